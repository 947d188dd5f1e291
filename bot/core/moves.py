"""Moves: "the next one", "det forrige", "den sidste", "the third one", "og 4?" go along the
themes, the last list, the members or the seats from where the conversation is; "which one is
about behaviour?" and "and the one about services?" pick a theme by its words, and "is that the
first theme?" checks which one the last was.

``Moves`` is mixed into ``bot.core.conversation.Dialogue``; what it needs of it is declared here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.core.answer import Answer
from bot.core.dialogue_state import Conversation, Reading, Turn, said
from bot.core.genders import gender_of, member_meant
from bot.core.knowledge import Bilingual, Lang
from bot.core.lexicon import (
    DEPUTY_WORDS,
    GROUP_CHAIR_WORDS,
    PENULTIMATE_WORDS,
    THEME_WORDS,
    cardinal_words,
    counted_back,
    ordinal_words,
    word_set,
)
from bot.core.normalize import fold, word_pairs
from bot.core.patterns import lazy
from bot.core.phrases import NO, PERSON_QUESTION, YES, say
from bot.core.rewriting import possessive_of, swapped
from bot.core.turn_words import (
    BEFORE_RAW,
    ELABORATE,
    FRAGMENT_FILLER,
    JUMP,
    LAST,
    LEAD_WORDS,
    LIST_WORDS,
    MAX_HOPS,
    MEMBER_WORDS,
    MOVE_FILLER,
    NEXT,
    NUMBER_WORDS,
    OBJECT_FORMS,
    ONE_ABOUT,
    ORDINAL_ARTICLES,
    ORDINAL_HEADS,
    OTHER_WORDS,
    PLACE_FILLER,
    PLACE_WORDS,
    PLURAL,
    PREVIOUS,
    REPRESENT_WORDS,
    SINGULAR,
    SINGULAR_POSSESSIVE,
    THEME_CLAIM_WORDS,
    UP_DOWN,
    WHICH,
    WHICH_ONE,
    correction,
)
from bot.core.verdict_text import has_verdict, without_verdict

if TYPE_CHECKING:
    from bot.core.engine import Engine

CANONICAL = {
    "person": PERSON_QUESTION,
    "seat": Bilingual(da="Hvem repræsenterer {name}?", en="Who represents {name}?"),
    "theme": Bilingual(da="Hvad er tema {name}?", en="What is theme {name}?"),
}
"""The question a move lands on when the last question had no name of that kind."""
WHO_WORDS = frozenset({"who", "whos", "hvem"})
"""A move that opens with these asks who the member moved to is."""
SEAT_LIST_CUES = word_set("listed står star stands comes kommer came kom stod stood")
"""Words that make "after Viborg" a place on the member list, not a time."""
SEAT_PEOPLE_WORDS = word_set("representatives repræsentanter repraesentanter representanter people folk personer")
"""'the Viborg representatives': those the seat names, no step."""
ANCHOR_STEPS = frozenset({"efter", "after", "before", "inden", "forud"})
"""The steps a move from a member named in the turn may take: "next to Lars" is no step."""
PLACE = Bilingual(
    da="{name} står som nummer {place} af {size} på listen over styregruppens medlemmer.",
    en="{name} is number {place} of {size} on the list of the steering group's members.",
)
NO_NEXT = Bilingual(da="Der er ikke flere: {name} er den sidste.", en="There are no more: {name} is the last one.")
NO_PREVIOUS = Bilingual(
    da="Der er ingen før: {name} er den første.", en="There is none before: {name} is the first one."
)


class Moves:
    """The moves of ``Dialogue``."""

    engine: Engine
    people: tuple[str, ...]
    seats: tuple[str, ...]
    theme_count: int
    _organisation_short: dict[str, str]

    if TYPE_CHECKING:
        # Declared for mypy only: a stub defined at run time would shadow the method of a mixin
        # after this one in ``Dialogue``'s bases.
        def _ask(self, question: str, lang: Lang) -> Reading: ...

        def _other(self, state: Conversation) -> str | None: ...

        def _substituted(self, frame: str, kind: str, replacement: str) -> str | None: ...

        def _theme_quoted(self, answer: Answer) -> int | None: ...

    def _other_side(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "hvem står før Aarhus på listen?" - "og efter?": the last question asked again of the
        other side of the place it named, not of the place beside it."""
        said_words = [
            raw.lower()
            for raw, folded in word_pairs(turn.text)
            if raw.lower() in _OTHER_SIDE or folded not in LEAD_WORDS | FRAGMENT_FILLER
        ]
        if len(said_words) != 1 or said_words[0] not in _OTHER_SIDE or state.frame is None:
            return None
        framed = [raw for raw, _ in word_pairs(state.frame)]
        sides = [raw for raw in framed if raw.lower() in _OTHER_SIDE]
        if len(sides) != 1 or sides[0].lower() not in _OTHER_SIDE[said_words[0]]:
            return None
        question = re.sub(rf"(?<!\w){re.escape(sides[0])}(?!\w)", said_words[0], state.frame, count=1)
        return self._ask(question, turn.lang)

    def _move(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "the next one", "det forrige", "den sidste", "the third one", "og 4?"."""
        other_side = self._other_side(turn, state)
        if other_side is not None:
            return other_side
        raw = {r.lower() for r, _ in word_pairs(turn.text)}
        if _before_without_letters(turn):
            raw = raw | {"før"}
        seat_move = self._from_seat(turn, raw, state)
        if seat_move is not None:
            return seat_move
        anchor = _anchor(turn, raw)
        if anchor is None and any(m.kind != "unknown_person" for m in turn.mentions):
            return None
        covered = turn.covered() if anchor else set()
        words = [w for i, w in enumerate(turn.folded) if i >= turn.lead() and i not in covered]
        if anchor is None and _chair_anchored(words, raw):
            # "who comes right before the chair on the list?": the chair is one member, named by
            # the office; the office's word is no step.
            anchor = self.engine.knowledge.chair_seat.people[0].name
            words = [w for w in words if w not in GROUP_CHAIR_WORDS]
        # "og den før hende", "hvem står efter ham på listen?": before or after the member talked about.
        relative = OBJECT_FORMS if state.person else frozenset()
        group = self._group(state)
        if group:
            relative = relative | PLURAL  # "og efter dem?" after the two who share a seat
        elif self._on_places(state):
            # "which of them is the tenth?", "who represents the last one?" after municipalities.
            relative = relative | PLURAL | WHICH | REPRESENT_WORDS
        steps = [
            w
            for i, w in enumerate(words)
            if w not in MOVE_FILLER | relative
            and not (i == 0 and w in WHICH)  # "which member follows them?" asks who does
            and not _one_who(words, i)
            and w not in THEME_WORDS
            and not (w in ("to", "til") and i and words[i - 1] in JUMP)
        ]
        if not steps and raw & BEFORE_RAW:
            steps = ["before"]
        beside = _beside_number(words, steps, bool(raw & BEFORE_RAW))
        if beside is not None:
            # "den før 4", "the one after nr 2": a line counted from the number, not from here.
            steps = [str(beside)]
        if len(steps) == 2 and steps[0] in _BACK and _hops(steps[::-1]) > 1:
            # "go back two": the way said before the count ("the next three" lists three).
            steps = steps[::-1]
        hops = _hops(steps)
        if hops > 1:
            steps = steps[1:]  # "to op fra hende", "two after him": that many lines the one way
        if len(steps) > 1 and (all(w in NEXT for w in steps) or all(w in PREVIOUS for w in steps)):
            steps = steps[:1]  # "den næste på listen efter ham", "the one right before": one step, said twice
        # "the second to last?", "third from last": an ordinal counted back from the end; "den
        # fjortende og sidste" is the fourteenth, which is the last, not the fourteenth from last.
        if (
            len(steps) == 2
            and steps[1] in _LAST_ALONE
            and any(w in _AND and after in _LAST_ALONE for w, after in pairwise(words))
        ):
            steps = steps[:1]
        back = counted_back(steps)
        if back is not None:
            steps = ["last"]
        if len(steps) != 1:
            return None
        step = steps[0]
        if step in UP_DOWN and hops == 1 and not set(words) & _ONE:
            return None  # "en op", "one down" step; "list dem opp" lists them
        domain = "theme" if any(w in THEME_WORDS for w in words) else None
        if domain is None and any(w in MEMBER_WORDS for w in words):
            domain = "list" if state.listed else "members"
        if domain != "theme" and self._on_places(state) and not (state.person and set(words) & OBJECT_FORMS):
            # "which municipalities?" - "which of them is the tenth?": a place on that list ("the
            # one after him" is still after a member).
            domain = "places"
        # "Hvem står før hende på listen?", "who is listed directly before him?", "og hvilket kommer
        # efter?" ask who or which that one is: the last question ("hendes e-mailadresse?", "tema 3
        # er 'tjenesteydelser'?") is not asked of the one moved to.
        landing = replace(state, frame=None) if words and (words[0] in WHO_WORDS or words[0] in WHICH) else state
        if step in OTHER_WORDS and domain != "theme":
            other = self._other(state)
            if other is not None:
                return self._about("person", other, state, turn.lang)
        if step in NEXT:
            wanted: int | str = "next"
        elif step in PREVIOUS:
            wanted = "previous"
        elif step in LAST:
            wanted = -back if back else "last"
        elif step in PENULTIMATE_WORDS:
            wanted = "penultimate"
        elif step in ordinal_words():
            wanted = ordinal_words()[step]
        elif step in cardinal_words() and (any(w in NUMBER_WORDS for w in words) or self._bare_number(words, state)):
            # "nummer tre"; "og tre" alone after a theme, as "og 3" is.
            wanted = cardinal_words()[step]
        elif step.isdigit() and len(step) <= 2:
            wanted = int(step)
        else:
            return None
        if anchor is not None:
            # "og den før Anders Brøndum?", "who comes after Lars Holte on the list?": from the
            # member named, along the member list (a list an answer gave is in its own order,
            # often by name, and a place named by a member is a place in the article's).
            if wanted not in ("next", "previous") or anchor not in self.people:
                return None
            at = self.people.index(anchor) + (hops if wanted == "next" else -hops)
            if not 0 <= at < len(self.people):
                return edge(turn, NO_NEXT if wanted == "next" else NO_PREVIOUS, anchor)
            reading = self._about("person", self.people[at], landing, turn.lang, claim=False)
            return replace(reading, moved=(anchor, wanted))
        if group and set(words) & PLURAL and wanted in ("next", "previous"):
            # "og efter dem?": past the last of them on the member list ("før dem": the first).
            ends = sorted(self.people.index(name) for name in group)
            at = ends[-1] + 1 if wanted == "next" else ends[0] - 1
            if not 0 <= at < len(self.people):
                return edge(turn, NO_NEXT if wanted == "next" else NO_PREVIOUS, group[-1])
            reading = self._about("person", self.people[at], landing, turn.lang, claim=False)
            # Remembered from the pair's far end: "efter dem?" - "og før?" lands before the pair, not inside it.
            return replace(reading, moved=(group[0] if wanted == "next" else group[-1], wanted))
        domain = domain or self._domain(state)
        # "nr 7?" after talk about a member numbers a line of the member list, as "the seventh" does.
        numbered = beside is not None or (
            any(w in NUMBER_WORDS for w in words) and (step.isdigit() or step in cardinal_words())
        )
        walking = ((step in ordinal_words() and step not in OTHER_WORDS) or numbered) and state.person in self.people
        if (
            isinstance(wanted, int)
            and domain not in ("theme", "list", "places")
            and not (walking or self._positional(state))
        ):
            # "og 4?" counts themes or a list, not the members at large; "og den tredje?" after a
            # member is a place among the members ("den anden" is the other one, not the second).
            return None
        if domain == "theme":
            number = moved(state.theme, self.theme_count, wanted, 1, hops)
            if number is None:
                return None
            if number < 1:
                # Still about the themes: "ok, det næste da" goes on from theme 1.
                return edge(turn, NO_PREVIOUS, f"{'tema' if turn.lang == 'da' else 'theme'} 1", "fact:theme:1")
            # Past the last theme the engine says there is no such theme.
            return self._about("theme", str(number), landing, turn.lang)
        if (
            domain == "list"
            and isinstance(wanted, int)
            and wanted > len(state.listed)
            and (numbered or (self._a_run_of_members(state.listed) and state.listed[0] == self.people[0]))
        ):
            # "the first three in list order" - "who's fourth?": the list goes on past the run's
            # end, and a run from the top numbers the lines as the member list does; "og nummer
            # otte?" after Viborg's two numbers a line no list of two has.
            domain = "members"
        if domain == "members" and isinstance(wanted, int):
            # "og den tredje?" is a line of the list, as "who is number 3?" counts: one names two.
            seats = self.engine.knowledge.seats
            wanted = wanted if wanted > 0 else len(seats) + 1 + wanted
            if not 1 <= wanted <= len(seats):
                return None
            seat = seats[wanted - 1]
            if len(seat.people) == 1:
                reading = self._about("person", seat.people[0].name, landing, turn.lang, claim=False)
                # "nr 4 på listen?" - "5" - "6": the turn asked for a line, so the next bare
                # number is another line; remembered as the person asked about, it was not.
                return replace(reading, asked=say(LINE_ASKED, turn.lang, number=wanted))
            return self._ask(say(CANONICAL["seat"], turn.lang, name=self.seats[wanted - 1]), turn.lang)
        on_list = set(words) & LIST_WORDS and set(words) & OBJECT_FORMS and state.person in self.people
        if domain == "list" and on_list and wanted in ("next", "previous"):
            # "who comes right after him on the list?" after a list the bot gave (often by name):
            # the list a member has a place on is the article's.
            domain = "members"
        namesakes = len({name.split()[0] for name in state.listed}) == 1
        if domain == "list" and namesakes and set(words) & OBJECT_FORMS and wanted in ("next", "previous"):
            # "n foran ham?" after "the two called Lars" and one of them picked: the namesakes
            # were offered to choose from, not as a list to walk; before him is on the article's.
            domain = "members"
        if domain == "list" and wanted in ("next", "previous") and self._a_run_of_members(state.listed):
            # "top 3 on the member list?" - "nr 3" - "n efter ham": a run of the article's list is
            # that list, so the one after its last is the next line there, not "no more".
            domain = "members"
        if domain == "list" and len(state.listed) == 1 and wanted in ("next", "previous"):
            # A list narrowed to one ("which of them represents Mosevang?") has no before or after
            # of its own: "the one before him" is along the member list.
            domain = "members"
        items, current, kind = self._items(domain, state)
        if not items:
            return None
        last = state.moved
        if last is not None and wanted in ("next", "previous") and last[1] != wanted and last[0] in items:
            # "lige før ham?" - "og lige efter?": the other way from where the last move started.
            current = last[0]
        elif domain == "members" and wanted in ("next", "previous") and set(words) & THAT_ANSWER - relative:
            current = self._seat_end(current, wanted, state)
        position = items.index(current) if current in items else None
        index = moved(position, len(items), wanted, 0, hops)
        if index is None:
            return None
        if not 0 <= index < len(items):
            if wanted not in ("next", "previous"):
                return None
            name = self._organisation_short.get(current or items[-1], current or items[-1])
            return edge(turn, NO_NEXT if wanted == "next" else NO_PREVIOUS, name)
        reading = self._about(kind, items[index], landing, turn.lang, claim=False)
        if wanted in ("next", "previous") and current is not None and set(words) & relative:
            # "før ham", "after him": the move is anchored on him, and so is an elided "og efter?".
            return replace(reading, moved=(current, wanted))
        return reading

    def _from_seat(self, turn: Turn, raw: set[str], state: Conversation) -> Reading | None:
        """ "Who is listed after the Viborg representatives?", "hvem står før Aarhus på listen?":
        past the last (or before the first) of those the seat named names, along the member list.
        A list word is asked for: "who represented Fredensborg before?" is about earlier times."""
        places = [m for m in turn.mentions if m.kind in ("municipality", "organisation") and len(m.ids) == 1]
        if len(places) != 1 or len(turn.mentions) != 1:
            return None
        covered = turn.covered()
        words = [w for i, w in enumerate(turn.folded) if i >= turn.lead() and i not in covered]
        if not set(words) & (LIST_WORDS | SEAT_LIST_CUES):
            return None
        steps = [w for w in words if w not in MOVE_FILLER | PLURAL | SEAT_PEOPLE_WORDS]
        if not steps and raw & BEFORE_RAW:
            steps = ["before"]
        if len(steps) != 1 or steps[0] not in NEXT | PREVIOUS:
            return None
        render = self.engine.renderer
        seated = [n for n in self.people if places[0].ids[0] in render.places_of(render.person_by_name[n])]
        if not seated:
            return None
        wanted = "next" if steps[0] in NEXT else "previous"
        at = self.people.index(seated[-1]) + 1 if wanted == "next" else self.people.index(seated[0]) - 1
        if not 0 <= at < len(self.people):
            return edge(turn, NO_NEXT if wanted == "next" else NO_PREVIOUS, seated[-1 if wanted == "next" else 0])
        reading = self._about("person", self.people[at], replace(state, frame=None), turn.lang, claim=False)
        # Remembered from the seat's far end: "efter Viborg?" - "og før?" lands before the seat,
        # not on its first member.
        return replace(reading, moved=(seated[0] if wanted == "next" else seated[-1], wanted))

    def _ordinal_pointed(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "title of the first one?" after the two on Viborg's seat, "og det sidste handler om
        digitalisering?" after a theme: an ordinal in a question of its own words points at that
        item of the last list of members, or at that theme, put in its place (the bare "the last
        one" is a move). Only for a turn the engine cannot answer alone, and only when the
        question put that way is answered."""
        if turn.alone.outcome not in ("fallback", "suggestions"):
            return None
        if correction(turn.text) is not None:
            return None  # "Nej, jeg mente det tredje": the correction says what it takes back
        if any(m.kind != "unknown_person" for m in turn.mentions):
            return None
        pairs = word_pairs(turn.text)
        words = turn.folded
        at = [i for i, w in enumerate(words) if i >= turn.lead() and _ordinal(w) is not None]
        # "og tjenesteydelser er nummer 4?" after a theme: "nummer 4" is the fourth one.
        numbered = [
            i
            for i in range(turn.lead(), len(words) - 1)
            if words[i] in _NUMBER_OF_PLACE and words[i + 1].isdigit() and state.focus == "theme"
        ]
        if len(at) + len(numbered) != 1:
            return None
        if numbered:
            i = numbered[0]
            ordinal, owner, start, end = words[i + 1], False, i, i + 2
            wanted = int(ordinal)
        else:
            i = at[0]
            # "hvad er den førstes titel?": the ordinal in the genitive is the item's, put in as such.
            ordinal = _ordinal(words[i]) or words[i]
            owner = ordinal != words[i]
            start = i - 1 if i > 0 and words[i - 1] in ORDINAL_ARTICLES else i
            end = i + 1
            wanted = self.theme_count if ordinal in LAST else ordinal_words()[ordinal]
        while end < len(words) and words[end] in ORDINAL_HEADS | THEME_WORDS:
            end += 1
        rest = [w for k, w in enumerate(words) if k >= turn.lead() and not start <= k < end]
        if not [w for w in rest if w not in MOVE_FILLER]:
            return None  # "den sidste?", "the third one": a move
        if state.focus == "theme" or any(w in THEME_WORDS for w in words[start:end]):
            if not 1 <= wanted <= self.theme_count:
                return None
            replacement = f"{'tema' if turn.lang == 'da' else 'theme'} {wanted}"
        elif len(state.listed) > 1 or len(state.shown) > 1:
            # "who is first, and who is last?" answered with two: "the first one" is the first
            # of the two the answer showed, though no list was asked for.
            items = state.listed if len(state.listed) > 1 else state.shown
            if ordinal in LAST:
                wanted = len(items)
            if not 1 <= wanted <= len(items):
                return None
            replacement = items[wanted - 1]
        else:
            return None
        if owner:
            replacement = possessive_of(replacement, turn.lang)
        reading = self._ask(swapped(turn.text, pairs, {(start, end): replacement}), turn.lang)
        return reading if reading.answer.outcome in ("answer", "negative") else None

    def _list_place(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "What number is he on the member list?", "hvilken plads har hun på listen?": the
        member's place in the article's list of members."""
        people = [m.ids[0] for m in turn.mentions if m.kind == "person" and len(m.ids) == 1]
        covered = turn.covered()
        rest = [w for i, w in enumerate(turn.folded) if i >= turn.lead() and i not in covered]
        if not turn.mentions and state.person and set(rest) & (SINGULAR | SINGULAR_POSSESSIVE):
            meant = member_meant(state, gender_of(rest), self.engine.renderer.person_by_name)
            people = [meant] if meant else []  # "what number is he on the list?"
            rest = [w for w in rest if w not in SINGULAR | SINGULAR_POSSESSIVE]
        if len(people) != 1 or len(turn.mentions) > 1 or people[0] not in self.people:
            return None
        if not set(rest) & PLACE_WORDS or not set(rest) & LIST_WORDS or any(w not in PLACE_FILLER for w in rest):
            return None
        name = people[0]
        # A place is a line of the list, as "who is number 10?" counts: one seat names two.
        seats = self.engine.knowledge.seats
        seat = self.engine.renderer.seat_of(self.engine.renderer.person_by_name[name])
        text = say(PLACE, turn.lang, name=name, place=seats.index(seat) + 1, size=len(seats))
        profile = self._ask(say(CANONICAL["person"], turn.lang, name=name), turn.lang).answer
        answer = Answer(turn.text, True, text, turn.lang, 100, "answer", profile.source, profile.citation)
        return Reading(turn.text, answer)

    def _which_theme(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "which one is about behaviour?", "hvilket af dem handler om adfærd?" after the themes
        were talked about: the theme it is about, not a person of a list kept from before."""
        if state.focus != "theme" or any(m.kind != "unknown_person" for m in turn.mentions):
            return None
        match = WHICH_ONE.search(turn.text)
        about = ONE_ABOUT.match(turn.text) if match is None else None
        if about is not None:
            # "and the one about services?": which theme is about them.
            which = "hvilket tema handler om" if turn.lang == "da" else "which theme is about"
            asked = f"{which} {about.group('topic')}?"
        elif match is None:
            return None
        else:
            which = "hvilket tema" if turn.lang == "da" else "which theme"
            asked = f"{turn.text[: match.start()]}{which}{turn.text[match.end() :]}"
        reading = self._ask(asked, turn.lang)
        # "which of them is the work on the agreements tied to?" is answered by the entry on
        # that tie, which names the theme by its title: a theme all the same.
        themed = (reading.answer.source or "").startswith("fact:theme:") or (
            reading.answer.answered and self._theme_quoted(reading.answer) is not None
        )
        return reading if themed else None

    def _theme_more(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "Kunne du uddybe det andet tema lidt?" after the themes: that theme, asked plainly."""
        themes = [m for m in turn.mentions if m.kind == "theme" and len(m.ids) == 1 and m.ids[0].isdigit()]
        if len(themes) != 1 or len(turn.mentions) != 1 or state.focus != "theme":
            return None
        covered = turn.covered()
        rest = [w for i, w in enumerate(turn.folded) if i not in covered]
        if not set(rest) & ELABORATE or any(w not in MOVE_FILLER | THEME_WORDS for w in rest):
            return None
        return self._ask(say(CANONICAL["theme"], turn.lang, name=themes[0].ids[0]), turn.lang)

    def _theme_claim(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "is that the first theme?", "er det tema 1?" right after an answer about one theme:
        "Ja"/"Nej" by its number, with that answer again; only when the last answer was that
        one theme, so "that" can mean nothing else."""
        if state.theme is None or state.source != f"fact:theme:{state.theme}":
            return None
        words = turn.folded[turn.lead() :]
        if not words or words[0] not in ("is", "er") or not set(words) & {"that", "it", "this", "det", "dette"}:
            return None
        themes = [m for m in turn.mentions if m.kind == "theme" and len(m.ids) == 1 and m.ids[0].isdigit()]
        if any(m.kind != "theme" for m in turn.mentions) or len(themes) > 1:
            return None
        covered = turn.covered()
        rest = [w for i, w in enumerate(turn.folded) if i >= turn.lead() and i not in covered]
        numbers = [ordinal_words()[w] for w in rest if w in ordinal_words()]
        numbers += [int(m.ids[0]) for m in themes]
        if LAST & set(rest):
            numbers.append(self.theme_count)
        described = (turn.alone.source or "").removeprefix("fact:theme:")
        if not numbers and described.isdigit() and has_verdict(turn.alone.text) and set(rest) & THEME_WORDS:
            # "Er det det tema, der handler om samarbejde?" after theme 4: the theme the words
            # describe (1) against the one talked about, not a "Ja" that theme 1 is about them.
            reading = self._ask(say(CANONICAL["theme"], turn.lang, name=state.theme), turn.lang)
            if int(described) == state.theme:
                return replace(reading, answer=replace(reading.answer, text=YES.get(turn.lang) + reading.answer.text))
            text = f"{NO.get(turn.lang)}{reading.answer.text}\n\n{without_verdict(turn.alone.text)}"
            return replace(reading, answer=replace(reading.answer, text=text, outcome="negative"))
        if len(numbers) != 1 or any(w not in THEME_CLAIM_WORDS | LAST and w not in ordinal_words() for w in rest):
            return None
        reading = self._ask(say(CANONICAL["theme"], turn.lang, name=state.theme), turn.lang)
        verdict = (YES if numbers[0] == state.theme else NO).get(turn.lang)
        return replace(reading, answer=replace(reading.answer, text=verdict + reading.answer.text))

    def _group(self, state: Conversation) -> tuple[str, ...]:
        """The members "dem"/"them" stands for in a move: the last list of members, or the
        member talked about (or the last move went from) with those who share the seat; in the
        article's order."""
        if len(state.listed) > 1 and all(name in self.people for name in state.listed):
            return tuple(name for name in self.people if name in state.listed)
        render = self.engine.renderer
        seat = None
        for name in (state.person, state.moved[0] if state.moved else None):
            person = render.person_by_name.get(name or "")
            seat = render.seat_of(person) if person is not None else None
            if seat is not None and len(seat.people) > 1:
                break
        if seat is None or len(seat.people) < 2:
            return ()
        return tuple(name for name in self.people if name in {p.name for p in seat.people})

    def _seat_end(self, current: str | None, wanted: str, state: Conversation) -> str | None:
        """ "next" - "and the one after that" after an answer that showed both on Viborg's seat:
        "that" is the answer, that line of the member list, so the move goes past the seat's last
        (or before its first); "after him" and "og den næste?" are still after the one talked
        about."""
        render = self.engine.renderer
        person = render.person_by_name.get(current or "")
        seat = render.seat_of(person) if person is not None else None
        if seat is None or len(seat.people) < 2 or not {p.name for p in seat.people} <= set(state.shown):
            return current
        sharing = [name for name in self.people if name in {p.name for p in seat.people}]
        return sharing[-1] if wanted == "next" else sharing[0]

    def _on_places(self, state: Conversation) -> bool:
        """Whether the last list is of municipalities: no list of members since, or only the
        members of the municipality talked about ("who represents it?" after "the tenth")."""
        if not state.places:
            return False
        seat = {p.name for s in self.engine.knowledge.seats if s.municipality == state.municipality for p in s.people}
        return not state.listed or set(state.listed) <= seat

    def _a_run_of_members(self, listed: tuple[str, ...]) -> bool:
        """Whether ``listed`` is a stretch of the member list, in its order ("the first three")."""
        if len(listed) < 2 or not all(name in self.people for name in listed):
            return False
        places = [self.people.index(name) for name in listed]
        return all(b - a == 1 for a, b in pairwise(places))

    def _positional(self, state: Conversation) -> bool:
        """ "who is first on the member list?" - "and the second?": the last question asked for a
        place among the members, so a bare ordinal is another place there."""
        if state.focus != "person" or state.frame is None:
            return False
        words = fold(state.frame).split()
        # "hvem er nr 4 på listen?" asks for a place as "the fourth" does.
        numbered = any(w in NUMBER_WORDS and (n.isdigit() or n in cardinal_words()) for w, n in pairwise(words))
        return numbered or any(w in ordinal_words() or w in LAST for w in words)

    def _domain(self, state: Conversation) -> str | None:
        if state.focus == "theme":
            return "theme"
        if state.focus == "list" or (state.focus == "person" and state.person in state.listed):
            return "list"
        if state.focus in ("municipality", "organisation"):
            return "seats"
        if state.focus == "person":
            return "members"
        return None

    def _items(self, domain: str | None, state: Conversation) -> tuple[tuple[str, ...], str | None, str]:
        if domain == "list":
            return state.listed, state.person, "person"
        if domain == "members":
            return self.people, state.person, "person"
        if domain == "places":
            return state.places, state.municipality if state.municipality in state.places else None, "seat"
        if domain == "seats":
            current = state.municipality if state.focus == "municipality" else state.organisation
            if state.focus == "municipality" and current is not None:
                # The gazetteer's "Høje-Taastrup" is the seat of "Høje Taastrup": its place on the list.
                seat = self.engine.renderer.seat_for_municipality(current)
                current = seat.municipality if seat is not None else current
            return self.seats, current, "seat"
        return (), None, "person"

    @staticmethod
    def _bare_number(words: list[str], state: Conversation) -> bool:
        """Whether the turn is a number word alone said after a theme ("og tre"): what else
        could a number alone ask then."""
        return len(words) == 1 and state.focus == "theme"

    def _about(self, kind: str, name: str, state: Conversation, lang: Lang, *, claim: bool = True) -> Reading:
        """The last question asked about ``name`` instead, or the plain question about it.
        ``claim``: whether a yes/no question is carried over too ("no, the other one" after "is
        he the chair?" asks it of the other; "og næste på listen?" after "så hun er indkøbschef?"
        asks who the next one is, not whether the next one is a head of procurement)."""
        replacement = self._organisation_short.get(name, name) if kind == "seat" else name
        carried = state.frame if state.frame and not _MORE_FRAME.search(fold(state.frame)) else None
        frame = self._substituted(carried, kind, replacement) if carried and (claim or not state.claim) else None
        plain = say(CANONICAL[kind], lang, name=replacement)
        reading = self._ask(frame or plain, lang)
        if frame and kind == "person" and reading.answer.outcome == "not_in_article":
            # "and his email?" - "ok, next one": a move on after what the article does not hold
            # is to the next member's facts, not to another "the article does not say".
            return self._ask(plain, lang)
        return reading


_MORE_FRAME = lazy(r"\b(?:fortael|fortaelle|tell|sig|say)\b.*\b(?:mere|more)\b")
"""A "tell me more about him" frame (folded): the next member gets his or her own facts, as the
article has no more to say of any member than the list does."""
THAT_ANSWER = frozenset({"that", "this", "det", "dette"})
"""'the one after that': after what the last answer showed, not after the one it was about."""


def _anchor(turn: Turn, raw: set[str]) -> str | None:
    """The one member a move is made from when the turn names him or her with "før", "efter",
    "before", "after" ("den før Anders Brøndum"); None otherwise."""
    people = [m for m in turn.mentions if m.kind == "person" and len(m.ids) == 1]
    if len(people) != 1 or len(turn.mentions) != 1:
        return None
    return people[0].ids[0] if raw & BEFORE_RAW or set(turn.folded) & ANCHOR_STEPS else None


def _chair_anchored(words: list[str], raw: set[str]) -> bool:
    """Whether a move is made from the group's chair ("the one after the chair"), not a deputy."""
    steps = raw & BEFORE_RAW or set(words) & ANCHOR_STEPS
    return bool(steps and set(words) & GROUP_CHAIR_WORDS and not set(words) & DEPUTY_WORDS)


def moved(position: int | None, size: int, wanted: int | str, base: int, hops: int = 1) -> int | None:
    """Where a move lands: ``base`` is the first index (1 for theme numbers, 0 for lists);
    ``hops`` how many lines "next" or "previous" goes."""
    if wanted == "next":
        return base + hops - 1 if position is None else position + hops
    if wanted == "previous":
        return None if position is None else position - hops
    if wanted == "last":
        return base + size - 1
    if wanted == "penultimate":
        return base + size - 2
    assert isinstance(wanted, int)
    # Negative: counted back from the end ("second to last" is -2).
    return wanted - 1 + base if wanted > 0 else base + size + wanted


_ONE = frozenset({"en", "et", "one"})


LINE_ASKED = Bilingual(da="Hvem er nr {number} på listen?", en="Who is number {number} on the list?")


_BESIDE = {**dict.fromkeys(word_set("before foran inden"), -1), **dict.fromkeys(word_set("efter after"), 1)}
"""Words that place a line beside a numbered one ("den efter 4"), and which way; "før" folds
to "for", which is said to be "før" only when the message spells it so."""


def _beside_number(words: list[str], steps: list[str], before_spelt: bool) -> int | None:
    """The line "den før 4", "the one after nr 2", "the one after the third" points at (3, 3,
    4), or None; never line 0."""
    if len(steps) == 2 and steps[0] in _BESIDE:
        way, said = _BESIDE[steps[0]], steps[1]
    elif len(steps) == 1 and before_spelt and steps[0] in words and words.index(steps[0]) > 0:
        at = words.index(steps[0])
        while at > 0 and (words[at - 1] in NUMBER_WORDS or words[at - 1] in ORDINAL_ARTICLES):
            at -= 1  # "før nr 4", "før den tredje"
        if at == 0 or words[at - 1] != fold("før"):
            return None
        way, said = -1, steps[0]
    else:
        return None
    # "the one after the third": an ordinal names the line as a number does.
    number = int(said) if said.isdigit() else cardinal_words().get(said) or ordinal_words().get(said)
    if number is None or number + way < 1:
        return None
    return number + way


_BACK = word_set("back tilbage")
_AND = word_set("og and")
_LAST_ALONE = word_set("sidste last")


def _hops(steps: list[str]) -> int:
    """How many lines a move of a count and a way goes ("to op", "two after"): 1 unless so."""
    if len(steps) != 2 or steps[1] not in NEXT | PREVIOUS:
        return 1
    count = int(steps[0]) if steps[0].isdigit() else cardinal_words().get(steps[0], 0)
    return count if 1 < count <= MAX_HOPS else 1


def edge(turn: Turn, phrase: Bilingual, name: str, source: str | None = None) -> Reading:
    """ "There are no more: … is the last one."; ``source`` the item it stays at, if any."""
    answer = said(turn.text, say(phrase, turn.lang, name=name), turn.lang, "negative")
    return Reading(turn.text, replace(answer, source=source) if source else answer)


_OTHER_SIDE: dict[str, frozenset[str]] = {
    **dict.fromkeys(BEFORE_RAW, frozenset({"efter"})),
    "efter": BEFORE_RAW,
    "before": frozenset({"after"}),
    "after": frozenset({"before"}),
}
"""A side of a place on a list, as typed ("før" folds to "for"), and the sides opposite it."""


def _before_without_letters(turn: Turn) -> bool:
    """ "hvem star for hende pa listen": "før" typed without "ø" is "for", and "står for" is
    what one is in charge of; but on a list, "for" right before the member is the place before."""
    if not set(turn.folded) & LIST_WORDS:
        return False
    starts = {m.start for m in turn.mentions if m.kind == "person"}
    raw = [r.lower() for r, _ in word_pairs(turn.text)]
    return any(
        r == "for" and i + 1 < len(raw) and (turn.folded[i + 1] in OBJECT_FORMS or i + 1 in starts)
        for i, r in enumerate(raw)
    )


_NUMBER_OF_PLACE = frozenset({"nummer", "number", "nr", "no"})


def _ordinal(word: str) -> str | None:
    """The ordinal ``word`` is ("tredje", "sidste"), also in the genitive ("førstes"); None
    for any other word."""
    for form in (word, word[:-1] if word.endswith("s") else None):
        if form is not None and (form in ordinal_words() or form in LAST):
            return form
    return None


_WHO_THAT = frozenset({"som", "der", "who", "that"})


def _one_who(words: list[str], at: int) -> bool:
    """ "og han som står før hende?", "she who comes next": a turn opening with a subject pronoun
    and "som" or "who" says "the one that", no step ("står han som nummer 1?" claims a place)."""
    opens = len(words) > 1 and words[0] in SINGULAR and words[1] in _WHO_THAT
    return opens and at < 2
