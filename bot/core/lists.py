"""Lists: "how many of them …", "which of them …" narrow the last list to those the answer
names; "who else …" leaves out who was already named; "which ones?" after a count asks it as
"which"; "how many are they?" counts the last list; "same title?" after two members compares them.

``Lists`` is mixed into ``bot.core.conversation.Dialogue``; what it needs of it is declared here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.core.answer import Answer
from bot.core.corrections import WHO_IS
from bot.core.dialogue_state import Conversation, Reading, Turn, said
from bot.core.knowledge import Bilingual, Lang
from bot.core.lexicon import (
    CLAIM_OPENERS,
    COUNT_WORDS,
    EXPLICIT_SAME_WORDS,
    GROUP_WORDS,
    MEMBERSHIP_WORDS,
    STOPWORDS,
    TITLE_WORDS,
    negated,
    ordinal_words,
    tag_start,
    word_set,
)
from bot.core.normalize import fold, word_pairs
from bot.core.patterns import lazy
from bot.core.peers import ALSO_WORDS
from bot.core.phrases import NO, YES, joined, say
from bot.core.rewriting import possessive_of, swapped
from bot.core.turn_words import (
    AMONG_FILLER,
    AMONG_THEM,
    ATTRIBUTE_WORDS,
    BESIDES_WORDS,
    EITHER,
    ELSE,
    ELSE_RAW,
    FRAGMENT_FILLER,
    HOW_MANY,
    HOW_MANY_FILLER,
    INCLUDING,
    LAST,
    LEAD_WORDS,
    LIST_SIZES,
    LIST_WORDS,
    OBJECT_FORMS,
    OF_THEM_PATTERN,
    OF_THEM_RAW,
    OTHER_WORDS,
    PLACE_PREPOSITIONS,
    POLAR_VERBS,
    SAME_ASKED,
    SEAT_SOURCES,
    SINGULAR,
    TOTAL,
    WHICH,
    WHICH_DOES,
    WHICH_FILLER,
    WHO,
)

if TYPE_CHECKING:
    from bot.core.engine import Engine

COMPARED_WITH = frozenset({"as", "som"})
"""Before the one compared with ("same title as Jonas"), not the one the question is about."""
_COUNTED = lazy(r"\b(?:how many|hvor mange|antallet af|antal|number of)\b")
"""How a count asks ("antal kommunaldirektører i styregruppen?"): "which" asks for the ones counted."""
HOW_MANY_THEMES = Bilingual(da="Hvor mange temaer er der?", en="How many themes are there?")
HOW_MANY_MEMBERS = Bilingual(da="Hvor mange medlemmer har styregruppen?", en="How many members does the group have?")
LISTED_COUNT = Bilingual(da="{count}: {names}.", en="{count}: {names}.")
PLACE_WORD = Bilingual(da="kommune", en="municipality")
OF_THEM = Bilingual(da="{count} af de {total}:", en="{count} of the {total}:")
NONE_OF_THEM = Bilingual(da="Ingen af de {total} ({names}).", en="None of the {total} ({names}).")
ALSO_THERE = Bilingual(da="Også derfra, men ikke blandt dem:", en="Also from there, but not among them:")
IN_GROUP = Bilingual(da="Er {name} med i styregruppen?", en="Is {name} represented in the steering group?")
SEAT_LISTS = ("municipalities", "municipality_count", "members", "member_count", "organisations_in_group")
"""The facts an answer lists the seats by: "is Odense among them?" after one asks about the group."""
AMONG_ALL = Bilingual(da="Blandt alle medlemmer:", en="Among all the members:")
MEMBERS_BESIDES_ASKED = Bilingual(da="hvem sidder i gruppen ud over {name}?", en="who is in the group besides {name}?")
_IN_THE_GROUP = word_set(
    "hvem who sidder sits sit er is are i in on på med with member members medlem medlemmer der there"
)


def _in_the_group(question: str) -> bool:
    """ "hvem sidder i gruppen?", "who is on the group?": who is in it, and nothing more."""
    words = fold(question).split()
    return bool(set(words) & GROUP_WORDS) and all(w in _IN_THE_GROUP | GROUP_WORDS for w in words)


_WITH = word_set("med with")
NARROWING = ("title", "municipality", "organisation")
"""What a "who else …" turn must name to narrow the members (or a first name several share)."""
BESIDES = Bilingual(da="Ud over {names} er der {count}:", en="Besides {names}, there are {count}:")
NONE_BESIDES = Bilingual(da="Ingen ud over {names}.", en="No one besides {names}.")
SHARED_TITLE = Bilingual(da="Alle {count} har titlen {title}:", en="All {count} hold the title {title}:")
NO_SHARED_TITLE = Bilingual(da="De {count} har ikke samme titel:", en="The {count} do not share one title:")
SHARED_WORDS = word_set("shared share shares sharing deler deles fælles common all alle both begge same samme")
"""'What is the title shared by all three of them?', 'hvilken titel har de alle?': one title of the list."""
THEY_WORDS = word_set("they them their de dem deres disse these those both begge")
"""What points back at the list: without it, "all" is everyone."""
THAT_WORDS = word_set("that this den denne dette")
"""'Who else holds that title?': the title named just before."""
_LIST_VERBS = word_set("list name show give nævn vis giv opregn læs read rems remse")
_LIST_FILLER = word_set("pls please plz tak venligst all alle of af me mig op up out")
"""'list them pls', 'nævn dem alle': the counted ones asked for by name."""
_MEMBER_FOCUS = frozenset({"person", "municipality", "organisation"})
"""What a turn about one member or seat is about: a total after it counts the whole group."""
_BARE_COUNT = word_set("antal antallet number count")
_COUNT_FILLER = word_set("the og and så then")
"""'antal?', 'and the number?': a count asked for in one word."""
_SHARE = word_set("share shares sharing deler")
_IT = word_set("den it that")
_ELSE_WITH_TITLE = Bilingual(da="hvem ellers har samme titel?", en="who else has the same title?")
_ELSE_FROM_PLACE = Bilingual(da="hvem ellers er fra samme kommune?", en="who else is from the same municipality?")
_MORE = word_set("mere more flere")
"""'hvem mere?': who else, in chat."""
_PLACE = word_set("sted stedet place")
"""'hvem ellers er fra samme sted?': the member's municipality, said as a place."""
THE_TITLE = Bilingual(da="titlen {title}", en="the title {title}")
ONLY_COUNT = Bilingual(
    da="Artiklen nævner ikke hvilke, den giver kun antallet:",
    en="The article does not say which; it only gives the number:",
)


_ALSO = word_set("også ogsaa also too")
"""Words asking who shares a title with the member talked about, not who holds one named."""


_BESIDES_THEM = lazy(
    r"\b(?:besides|except|apart\s+from|other\s+than|udover|ud\s+over|bortset\s+fra|undtagen)\s+"
    r"(?P<them>them|those(?P<two>\s+two|\s+2)?|these(?:\s+two|\s+2)?|dem|de(?:\s+to|\s+2)|disse(?:\s+to|\s+2)?|begge)\b",
    re.IGNORECASE,
)
"""'besides those two', 'udover dem': the members talked about, set apart by a pronoun."""


class Lists:
    """The list follow-ups of ``Dialogue``."""

    engine: Engine

    if TYPE_CHECKING:

        def _ask(self, question: str, lang: Lang) -> Reading: ...

        def _people_in(self, text: str) -> tuple[str, ...]: ...

    def _which_of_count(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "which ones?", "hvem?", "hvilke kommuner er det præcist?" after "how many municipalities are in
        the group?": the count's question asked as "which"; where the article only gives a
        number, the engine's answer to that says so."""
        if state.frame is None or turn.mentions:
            return None
        pairs = word_pairs(state.frame)
        frame = [w for _, w in pairs]
        words = turn.folded[turn.lead() :]
        if words and words[0] in _LIST_VERBS and set(words[1:]) <= THEY_WORDS | _LIST_FILLER:
            words = ("which",)  # "list them pls", "nævn dem" after a count: which they are
        # A bare "hvem?" after "how many finance directors are there?" asks which ones as much as
        # "hvilke?"; "hvem er de?" is left to the pronoun, which names those listed. A count
        # that listed no one ("Styregruppen har 14 medlemmer: …") leaves the pronoun no one to
        # name: "who are they?" asks which.
        unlisted = not state.listed and len(words) > 1 and set(words[1:]) & THEY_WORDS
        asking = WHICH | WHO if len(words) == 1 or unlisted else WHICH
        counted = _COUNTED.search(" ".join(frame))
        if not words or words[0] not in asking or counted is None:
            return None
        # Beside "which", only words that point back, or a noun the count itself used.
        if any(w not in WHICH_FILLER and w not in frame for w in words[1:]):
            return None
        # "how many X", "antal X", "antallet af X" become "which X", "hvilke X".
        at = len(" ".join(frame)[: counted.start()].split())
        span = len(counted.group(0).split())
        which = "which" if frame[at] in ("how", "number") else "hvilke"
        if at + span < len(frame) and frame[at + span] in CLAIM_OPENERS:
            # "hvor mange sidder i styregruppen?" counts people by what they do: "hvem sidder …".
            which = "who" if which == "which" else "hvem"
        reading = self._ask(swapped(state.frame, pairs, {(at, at + span): which}), turn.lang)
        answer = reading.answer
        curated_gap = answer.outcome == "not_in_article" and answer.source is not None
        if answer.outcome not in ("answer", "negative") and not curated_gap:
            return None
        if (answer.source or "").startswith("passage:"):
            return None  # a paragraph is the engine's last resort, no list of which ones
        if answer.source == state.source and "•" not in answer.text:
            # "which" leads back to the count: the article gives a number, not the names. (A
            # count that listed them names them: "name them" gets the list again.)
            text = f"{say(ONLY_COUNT, turn.lang)} {answer.text}"
            return Reading(turn.text, replace(said(turn.text, text, turn.lang, "not_in_article"), source=answer.source))
        return reading

    def _how_many_listed(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "how many are there in total?", "hvor mange er det?", "antal?": the last list counted."""
        rest = turn.folded[turn.lead() :]
        if rest and set(rest) & _BARE_COUNT and set(rest) <= _BARE_COUNT | _COUNT_FILLER:
            turn = replace(turn, folded=(*turn.folded[: turn.lead()], "hvor", "mange"))
        if not HOW_MANY.search(" ".join(turn.folded)):
            return None  # most turns: no count, so no need to find who is counted in
        # "hvor mange er de så, Jacobsen medregnet?": the one set apart before, named to count him in.
        apart = set(state.besides)
        # "… med ham fra Nyborg": his place names him too.
        render = self.engine.renderer
        places = {p for name in apart for p in render.places_of(render.person_by_name[name])}
        # "hvor mange kommunaldirektører i alt?" after some of them: the list's own title counts
        # them, as "they" would; without "i alt" the question stands alone.
        counting_all = TOTAL.search(" ".join(turn.folded)) is not None
        counted_in = {
            i
            for m in turn.mentions
            if (m.kind == "person" and apart.issuperset(m.ids))
            or (m.kind == "title" and counting_all and state.listed and set(m.ids) >= {*state.listed, *apart})
            or (m.kind not in ("person", "title") and m.ids and m.ids[0] in places)
            for i in range(m.start, m.end)
        }
        if len(counted_in) != sum(m.end - m.start for m in turn.mentions):
            return None
        # "… fra Nyborg", "… med Lars Svenningsen": the word that joins the one counted in.
        joining = {i - 1 for i in counted_in if i and turn.folded[i - 1] in PLACE_PREPOSITIONS | _WITH}
        with_them = any(turn.folded[i] in _WITH for i in joining)
        counted_in |= joining
        words = [w for i, w in enumerate(turn.folded) if i >= turn.lead() and i not in counted_in]
        if not HOW_MANY.search(" ".join(words)):
            return None
        if any(w not in HOW_MANY_FILLER for w in TOTAL.sub(" ", " ".join(words)).split()):
            return None  # "how many municipalities are in the group?" asks its own question
        if state.focus == "theme":
            return self._ask(say(HOW_MANY_THEMES, turn.lang), turn.lang)
        # "who else is a kommunaldirektør?" - "how many in total?": those named before it too.
        total = TOTAL.search(" ".join(words)) or (counted_in and (set(words) & INCLUDING or with_them))
        listed = (*state.besides, *state.listed) if total else state.listed
        names: Sequence[str] = listed
        if len(listed) < 2 and len(state.places) >= 2 and not state.besides:
            # "how many of them?", "hvor mange er der i alt?" after the municipalities were
            # listed: those municipalities, which leave no people listed (nobody set apart).
            seats = [render.seat_for_municipality(place) for place in state.places]
            names = [seat.organisation if seat else place for seat, place in zip(seats, state.places, strict=True)]
            listed = ()
        if len(names) < 2:
            if total and not state.besides and state.focus in _MEMBER_FOCUS:
                # "who is from Aalborg?" - "how many in total?": one member named, all counted.
                return self._ask(say(HOW_MANY_MEMBERS, turn.lang), turn.lang)
            return None
        text = say(LISTED_COUNT, turn.lang, count=len(names), names=joined(names, turn.lang))
        answer = Answer(turn.text, True, text, turn.lang, 100, "answer", "fact:listed", state.citation)
        return Reading(turn.text, answer, listed=listed or None)

    def _listed_member(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "Er Kim Herlev en af dem?" after the kommunaldirektører were listed."""
        return self._one_of_those_listed(turn.text, state, turn.lang)

    def _one_of_those_listed(self, question: str, state: Conversation, lang: Lang) -> Reading | None:
        """Whether the member a question names is one of the people the last answer listed
        ("Er Mads Grønvall en af dem?" after the kommunaldirektører): "dem" is that list, not
        the group, and the list stays "dem" for the next turn."""
        if not state.listed or not AMONG_THEM.search(fold(question)):
            return None
        pairs = word_pairs(question)
        mentions = self.engine.recognizer.find(pairs)
        people = [m for m in mentions if m.kind == "person" and len(m.ids) == 1]
        if len(people) != 1 or len(mentions) != 1:
            return None
        covered = set(range(people[0].start, people[0].end))
        if any(w not in AMONG_FILLER for i, (_, w) in enumerate(pairs) if i not in covered):
            return None
        name = people[0].ids[0]
        profile = self._ask(say(WHO_IS, lang, name=name), lang).answer
        text = (YES if name in state.listed else NO).get(lang) + profile.text
        return Reading(question, replace(profile, text=text, question=question), listed=state.listed)

    def _among_them(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "Is Odense among them?" after the municipalities in the group: is it in the group."""
        entry = self.engine.knowledge.entry(state.source) if state.source else None
        if entry is None or entry.fact not in SEAT_LISTS or not AMONG_THEM.search(" ".join(turn.folded)):
            return None
        places = [m for m in turn.mentions if m.kind in ("municipality", "organisation")]
        if len(places) != 1 or len(turn.mentions) != 1:
            return None
        covered = turn.covered()
        if any(w not in AMONG_FILLER for i, w in enumerate(turn.folded) if i >= turn.lead() and i not in covered):
            return None
        return self._ask(say(IN_GROUP, turn.lang, name=places[0].surface), turn.lang)

    def _title_named_before(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "What does 'cheføkonom' mean?" - "who in the group has that title?": the one title
        the last question named; after one member, "what does that title mean?" is that
        member's title."""
        words = turn.folded
        if turn.mentions or set(words) & (ELSE | OTHER_WORDS):
            return None  # "who else has that title?" after a list: those not on it (``_shared_title``)
        at = next((i for i in range(len(words) - 1) if words[i] in THAT_WORDS and words[i + 1] in TITLE_WORDS), None)
        if at is None:
            return None
        one = state.person or (state.listed[0] if len(state.listed) == 1 else None)
        if one is not None and state.frame is not None and set(words) & WHO and not set(words) & _ALSO:
            # "Peter Karm er udbuds- og indkøbschef i Vejle, ikk?" - "Nej …" - "Hvem har så den
            # titel?": the title the asker named, which he does not hold, not his own ("hvem har
            # også den titel?" still asks who shares his).
            found = self.engine.recognizer.find(word_pairs(state.frame))
            claimed = {m.surface for m in found if m.kind == "title" and one not in m.ids}
            if len(claimed) == 1:
                named = say(THE_TITLE, turn.lang, title=claimed.pop())
                return self._ask(swapped(turn.text, word_pairs(turn.text), {(at, at + 2): named}), turn.lang)
        if one in self.engine.renderer.person_by_name:
            held = f"{possessive_of(one, turn.lang)} {'titel' if turn.lang == 'da' else 'title'}"
            reading = self._ask(swapped(turn.text, word_pairs(turn.text), {(at, at + 2): held}), turn.lang)
            if reading.answer.answered:
                return reading  # "how many have that title?" is left to the rules that count holders
        render = self.engine.renderer
        shared = {render.person_by_name[p].title.da for p in state.listed if p in render.person_by_name}
        if state.person is None and len(state.listed) > 1 and len(shared) == 1:
            # "har de begge samme titel?" - "hvor mange i gruppen har den titel?": the one they share.
            named = say(THE_TITLE, turn.lang, title=shared.pop())
            return self._ask(swapped(turn.text, word_pairs(turn.text), {(at, at + 2): named}), turn.lang)
        if state.frame is None or state.person is not None:
            return None
        titles = {m.surface for m in self.engine.recognizer.find(word_pairs(state.frame)) if m.kind == "title"}
        if len(titles) != 1:
            return None
        named = say(THE_TITLE, turn.lang, title=titles.pop())
        return self._ask(swapped(turn.text, word_pairs(turn.text), {(at, at + 2): named}), turn.lang)

    def _shared_title(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "What is the title shared by all three of them?", "hvilken titel har de alle?" after a
        list of members: the one title they all hold (or that they hold none in common, with
        each one's); then "who else on the list holds that title?": the other members holding it."""
        listed = [p for p in state.listed if p in self.engine.renderer.person_by_name]
        words = set(turn.folded)
        if len(listed) < 2 or any(m.kind == "person" for m in turn.mentions) or not words & TITLE_WORDS:
            return None
        if negated(turn.folded):
            return None
        render, lang = self.engine.renderer, turn.lang
        people = [render.person_by_name[p] for p in listed]
        titles = {fold(p.title.da) for p in people}
        if words & (ELSE | OTHER_WORDS):
            if not words & THAT_WORDS or len(titles) != 1 or not words & WHO:
                return None
            title = titles.pop()
            kept = tuple(p.name for p in render.k.people if fold(p.title.da) == title and p.name not in listed)
            if not kept:
                text = say(NONE_BESIDES, lang, names=joined(listed, lang))
            else:
                lines = [f"• {render.brief(render.person_by_name[p], lang)}" for p in kept]
                text = "\n".join([say(BESIDES, lang, names=joined(listed, lang), count=len(kept)), *lines])
            answer = Answer(turn.text, True, text, lang, 100, "answer", "fact:listed", state.citation)
            return Reading(turn.text, answer, listed=kept or tuple(listed), besides=tuple(listed))
        if not words & SHARED_WORDS or not words & WHICH:
            return None  # "do they share the same title?" is a claim, compared elsewhere
        if not words & (THEY_WORDS | set(LIST_SIZES)):
            return None  # "hvilken titel har alle medlemmerne?" asks of the whole group
        lines = [f"• {render.brief(p, lang)}" for p in people]
        if len(titles) == 1:
            head = say(SHARED_TITLE, lang, count=len(people), title=render.title_label(people[0], lang))
        else:
            head = say(NO_SHARED_TITLE, lang, count=len(people))
        answer = Answer(turn.text, True, "\n".join([head, *lines]), lang, 100, "answer", "fact:listed", state.citation)
        return Reading(turn.text, answer, listed=tuple(listed))

    @staticmethod
    def _title_asked(state: Conversation) -> bool:
        """Whether the last question asked for a title ("hvad er Roslevs titel?")."""
        return state.person is not None and bool(set(fold(state.frame or "").split()) & TITLE_WORDS)

    def _same_as(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "same job title as Leif?" after Peter Karm: the two compared, not Leif's peers;
        "er der andre med samme titel?", "who else is from the same municipality?": the
        peers of the member talked about."""
        people = [m for m in turn.mentions if m.kind == "person"]
        words = set(turn.folded)
        if negated(turn.folded) and not words & EXPLICIT_SAME_WORDS:
            return None  # "who else isn't from a kommune?" asks for the others, not the member's peers
        also = words & ALSO_WORDS and words & WHO  # "hvem har også den titel?": who else
        # "which other members share that title?": "other" with the one title talked about.
        other_sharing = words & OTHER_WORDS and words & (THAT_WORDS | _SHARE)
        peers_asked = bool(
            (words & (EXPLICIT_SAME_WORDS | ELSE) or also or other_sharing) and words & (ATTRIBUTE_WORDS | _PLACE)
        )
        asked_of = self._bare_else(turn, state)
        if asked_of is not None:
            # "hvem er kommunaldirektør i Aalborg?" - "who else?": others with what the last
            # question asked by (its title before its place), as "who else has that title?".
            turn = replace(turn, text=asked_of)
            peers_asked = True
        if not turn.mentions and words & _SHARE and words & WHO and words & _IT and self._title_asked(state):
            # "hvad er Roslevs titel?" - "hvem deler den?": who else holds that title.
            turn = replace(turn, text=f"{turn.text.rstrip(' ?!.')} {'titel' if turn.lang == 'da' else 'title'}?")
            peers_asked = True
        two = state.listed if len(state.listed) == 2 else (state.earlier, state.person)
        # "which other member has the same title?" asks for peers like "who else", not the two compared.
        if not turn.mentions and all(two) and peers_asked and not words & (ELSE | OTHER_WORDS) and not also:
            # "same title?" after two members: the two compared.
            return self._ask(f"{joined([n for n in two if n], turn.lang)}: {turn.text}", turn.lang)
        # "hvem andre er direktører med økonomi i titlen?" names the title part it filters by: no
        # question of the member's peers ("who else has his title?").
        own_part = bool(words & set(self.engine.knowledge.vocabulary.title_parts))
        if not turn.mentions and state.person and state.focus != "list" and peers_asked and not own_part:
            reading = self._ask(f"{turn.text.rstrip(' ?!.')} {state.person}?", turn.lang)
            peers = tuple(p for p in self._people_in(reading.answer.text) if p != state.person)
            if len(peers) < 2 or "•" not in reading.answer.text:
                return reading
            # "hvem har ellers den titel?" - "hvor mange er de i alt?": those listed, and him.
            return replace(reading, listed=peers, besides=(state.person,))
        if state.focus == "list" and len(people) == 1 and len(people[0].ids) == 1 and peers_asked:
            return self._same_as_listed(people[0].ids[0], turn, state)
        compared = self._place_compared_with_member(turn, state) if words & EXPLICIT_SAME_WORDS else None
        if compared is not None:
            return compared
        if state.person is None or state.focus == "list" or len(people) != 1 or len(people[0].ids) != 1:
            return None
        if people[0].ids[0] == state.person or not any(w in EXPLICIT_SAME_WORDS for w in turn.folded):
            return None
        if any(w in ELSE for w in turn.folded):
            return None  # "who else has the same title as Leif?" asks for Leif's peers
        asked = turn.text
        if self._title_asked(state) and not words & (ATTRIBUTE_WORDS | _PLACE):
            # "titel" - "samme som ham fra Vejle, ik?": the same title, which the last question
            # asked; left unsaid, a comparison is of the municipalities.
            pairs = word_pairs(turn.text)
            at = next(i for i, (_, w) in enumerate(pairs) if w in EXPLICIT_SAME_WORDS)
            title = "titel" if turn.lang == "da" else "title"
            asked = swapped(turn.text, pairs, {(at, at + 1): f"{pairs[at][0]} {title}"})
        reading = self._ask(f"{state.person} {asked}", turn.lang)
        # "Og Jonas har samme titel?" - "hvilken kommune er han fra?": the one the turn brought in.
        # After "same title as Jonas?" either may be meant, so "he" stays unresolved.
        if people[0].start > 0 and turn.folded[people[0].start - 1] in COMPARED_WITH:
            return reading
        return replace(reading, listed=(state.person, people[0].ids[0]), found=people[0].ids[0])

    def _bare_else(self, turn: Turn, state: Conversation) -> str | None:
        """ "who else?", "hvem ellers?", "hvem mere?" alone after one member was answered: asked
        again as "who else has the same title?" when the last question picked the member by a
        title, or "… is from the same municipality?" by a place; None when the turn says more
        or the question named neither."""
        words = set(turn.folded)
        if turn.mentions or not words & WHO or not words & (ELSE | _MORE) or state.person is None:
            return None
        if not words <= ELSE | _MORE | WHO | FRAGMENT_FILLER | LEAD_WORDS or not state.frame:
            return None
        kinds = {m.kind for m in self.engine.recognizer.find(word_pairs(state.frame))}
        if "title" in kinds:
            return say(_ELSE_WITH_TITLE, turn.lang)
        if kinds & {"municipality", "organisation"}:
            return say(_ELSE_FROM_PLACE, turn.lang)
        return None

    def _place_compared_with_member(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "hvem er med fra Vejle?" - "og Hjørring har en med samme titel, ikk?": the place
        named is compared with the member talked about's own municipality."""
        places = [m for m in turn.mentions if m.kind == "municipality"]
        person = self.engine.renderer.person_by_name.get(state.person or "")
        if len(places) != 1 or len(turn.mentions) != 1 or person is None or set(turn.folded) & COMPARED_WITH:
            return None
        own = self.engine.renderer.seat_of(person).municipality
        if own is None or own in places[0].ids:
            return None
        pairs = word_pairs(turn.text)
        tag = tag_start(turn.folded)
        claim = " ".join(raw for raw, _ in pairs[:tag])
        tail = f", {' '.join(raw for raw, _ in pairs[tag:])}" if tag < len(pairs) else ""
        with_whom = "som" if turn.lang == "da" else "as"
        return self._ask(f"{claim} {with_whom} {own}{tail}?", turn.lang)

    def _same_as_listed(self, person: str, turn: Turn, state: Conversation) -> Reading | None:
        """ "hvad med ham fra Søholt, samme titel?" after a list: him compared with each one listed;
        an answer only when every comparison gives the same verdict (a mixed one says neither)."""
        same = SAME_ASKED.search(turn.text)
        if same is None or person in state.listed or not state.listed or any(w in ELSE for w in turn.folded):
            return None
        readings = [self._ask(f"{joined([n, person], turn.lang)}: {same.group(0)}", turn.lang) for n in state.listed]
        verdicts = {_verdict_of(r.answer) for r in readings}
        return readings[0] if len(verdicts) == 1 and "" not in verdicts else None

    def _besides_named(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "who else besides Kim Herlev and Lars Holte?" after a list: the list less those named."""
        them = _BESIDES_THEM.search(turn.text) if not any(m.kind == "person" for m in turn.mentions) else None
        if them is not None:
            # "who else is kommunaldirektør besides those two?" after two members in turn: them
            # named, or read as "not kommunaldirektør" (the complement) it listed the others.
            two = them.group("two") is not None
            apart = state.listed if len(state.listed) > 1 and not two else state.recent[-2:]
            if len(apart) < 2:
                return None
            asked = f"{turn.text[: them.start('them')]}{joined(apart, turn.lang)}{turn.text[them.end('them') :]}"
            reading = self._ask(asked, turn.lang)
            return reading if reading.answer.answered else None
        people = [m.ids[0] for m in turn.mentions if m.kind == "person" and len(m.ids) == 1]
        if not people or len(people) != len(turn.mentions) or not set(people) < set(state.listed):
            return None
        covered = turn.covered()
        rest = {w for i, w in enumerate(turn.folded) if i >= turn.lead() and i not in covered}
        if not rest & (ELSE | BESIDES_WORDS) or rest - (ELSE | BESIDES_WORDS | WHO | FRAGMENT_FILLER | LEAD_WORDS):
            return None
        named = tuple(p for p in state.listed if p in people)
        kept = tuple(p for p in state.listed if p not in people)
        render, lang = self.engine.renderer, turn.lang
        lines = [f"• {render.brief(render.person_by_name[p], lang)}" for p in kept]
        text = "\n".join([say(BESIDES, lang, names=joined(named, lang), count=len(kept)), *lines])
        answer = Answer(turn.text, True, text, lang, 100, "answer", "fact:listed", state.citation)
        return Reading(turn.text, answer, listed=kept, besides=named)

    def _of_them(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "hvor mange af dem er kommunaldirektører?": the question about everyone, narrowed to
        the last list; "who else is a kommunaldirektør?": less who was already named."""
        if any(m.kind == "person" and len(m.ids) == 1 for m in turn.mentions):
            return None  # "Lars Holte or Lars Svenningsen, which of them …": the turn names them
        folded = " ".join(turn.folded)
        of_them = OF_THEM_PATTERN.search(folded)
        listed = state.listed
        if of_them and of_them.group("count"):
            size = of_them.group("count")
            count = LIST_SIZES.get(size, int(size) if size.isdigit() else 0)
            if count != len(listed):
                # "which of those 3" after three members asked about in turn: those three; after
                # a list of another size and no such run, no list the turn can mean.
                if not 1 < count <= len(state.recent):
                    return None
                listed = state.recent[-count:]
                state = replace(state, listed=listed, drawn_from=())
        if of_them and len(listed) == 1 and len(state.drawn_from) > 1 and not of_them.group("count"):
            # "which of them is from Fredensborg?" - "1 of the 7" - "og hvem af dem er fra Aalborg?":
            # one is no "them"; the seven asked about before are (still a list narrowed to, so a
            # "none" of them is not followed by the whole group's answer).
            listed = state.drawn_from
            state = replace(state, listed=listed)
        if of_them and not listed and state.person in state.shown and len(state.shown) == 2:
            # "is either of them a kommunaldirektør?" after a step onto a seat two people share:
            # the two the answer named.
            listed = state.shown
            state = replace(state, listed=listed)
        rest = OF_THEM_RAW.sub("", turn.text, count=1).strip()
        if (
            of_them
            and not listed
            and len(state.places) > 1
            and WHICH_DOES.search(rest)
            and not any(w in LIST_WORDS or w in LAST or w in ordinal_words() for w in turn.folded)
        ):
            # "which of them has two people in the group?" after the municipalities: which one
            # (a place on the list, "the tenth", is a move along it).
            place = say(PLACE_WORD, turn.lang)
            return self._ask(WHICH_DOES.sub(lambda which: f"{which.group(0)} {place}", rest, count=1), turn.lang)
        if of_them and listed and (len(listed) > 1 or "one" not in of_them.group()):
            # "Which of them holds the chair?", "Is either of them from KL?": of people, "which"
            # is who and "either" any, as the question is put to everyone.
            who = "hvem" if turn.lang == "da" else "who"
            rest = EITHER.sub("any", WHICH_DOES.sub(who, rest, count=1), count=1)
            if self._other_title(rest, state.frame):
                # "how many of them are kommunaldirektører?" - "which of them is an afdelingsleder?":
                # a member has one title, so the list narrowed by another cannot hold one; the
                # user means the group the list was drawn from.
                return self._ask(rest, turn.lang)
            # "how many of them are kommunaldirektører?" counted; "which of them are from KL?" next
            # may still mean the group counted in, so a "none" there is followed by the group's answer.
            counted = HOW_MANY.search(fold(state.frame or "")) is not None and bool(state.drawn_from)
            if counted:
                return self._narrowed(turn, rest, state.listed, keep=True, counted_in=state.drawn_from)
            return self._narrowed(turn, rest, state.listed, keep=True, root=state.drawn_from)
        if not any(w in ELSE for w in turn.folded) or set(turn.folded) & (SINGULAR - OBJECT_FORMS):
            return None  # "is he a kommunaldirektør like the others?" asks about him, not who else
        if state.person and set(turn.folded) & OBJECT_FORMS:
            return None  # "hvem andre er kommunaldirektør ligesom ham?" names him: the pronoun's to read
        excluded = (state.person,) if state.person else state.listed
        if not excluded:
            return None
        rest = ELSE_RAW.sub("", turn.text, count=1).strip()
        if negated(turn.folded):
            return None  # "who else isn't from Krageby?": everyone not from there, which the turn asks itself
        narrowing = self.engine.recognizer.find(word_pairs(rest))
        # "er der andre der hedder Lars?": a first name several members share narrows too.
        if not any(m.kind in NARROWING or (m.kind == "person" and len(m.ids) > 1) for m in narrowing):
            if state.person and not narrowing and _in_the_group(rest):
                # "hvem er Peter Karm?" - "hvem andre sidder i gruppen?": the list less him.
                return self._ask(say(MEMBERS_BESIDES_ASKED, turn.lang, name=state.person), turn.lang)
            return None  # "andre" in "hvad gør andre kommuner?" is no list follow-up
        return self._narrowed(turn, rest, excluded, keep=False)

    def _other_title(self, rest: str, frame: str | None) -> bool:
        """Whether ``rest`` asks for one title and the last question narrowed by another that
        no holder of it has (a title mention's ids are its holders)."""
        if frame is None:
            return False
        asked, before = (
            [m.ids for m in self.engine.recognizer.find(word_pairs(text)) if m.kind == "title"]
            for text in (rest, frame)
        )
        return len(asked) == 1 and len(before) == 1 and not set(asked[0]) & set(before[0])

    def _narrowed(
        self,
        turn: Turn,
        rest: str,
        people: tuple[str, ...],
        *,
        keep: bool,
        root: tuple[str, ...] = (),
        counted_in: tuple[str, ...] = (),
    ) -> Reading:
        """``root``: the list ``people`` was narrowed from; ``counted_in``: the list a count
        narrowed to ``people``, which "them" may still mean."""
        lang = turn.lang
        full = self.engine.ask_in(rest, lang)
        # A profile names its seat partner too ("… shared with Helle Strandgaard"): only its subject counts.
        source = full.source or ""
        named = self._people_in(full.text)
        if source.startswith("fact:person:"):
            named = (source.removeprefix("fact:person:"),)
        elif source.startswith(SEAT_SOURCES):
            pass  # "is anyone from Viborg?": a shared seat's answer names both, in one sentence
        elif "•" not in full.text:
            named = named[:1]  # one profile: the first name is whom it is about
        if keep and _only_membership(rest):
            # "hvor mange af dem sidder i styregruppen?": every member listed sits in it (the
            # group's own answer names people only in passing).
            named = people
        if not full.answered or not named:
            return Reading(full.question, full)
        if keep:
            kept = tuple(p for p in people if p in named)
            names = joined(people, lang)
            head = say(OF_THEM, lang, count=len(kept), total=len(people)) if kept else None
            empty = say(NONE_OF_THEM, lang, total=len(people), names=names)
        else:
            kept = tuple(p for p in named if p not in people)
            names = joined(people, lang)
            head = say(BESIDES, lang, names=names, count=len(kept)) if kept else None
            empty = say(NONE_BESIDES, lang, names=names)
        render = self.engine.renderer
        lines = [f"• {render.brief(render.person_by_name[p], lang)}" for p in kept]
        outside = [p for p in named if p not in people and p in render.person_by_name]
        if keep and kept and outside and source.startswith(SEAT_SOURCES):
            # "which of them are from Viborg?" after the kommunaldirektører: Viborg's other member
            # is no answer to "them", but is said apart, so the seat is never shown as one person.
            lines += [say(ALSO_THERE, lang), *(f"• {render.brief(render.person_by_name[p], lang)}" for p in outside)]
        text = "\n".join([head, *lines]) if head else empty
        polar = keep and turn.folded[turn.lead() : turn.lead() + 1] and turn.folded[turn.lead()] in POLAR_VERBS
        if polar:
            # "er en af dem formand?" asks yes or no, and is told which.
            text = (YES if kept else NO).get(lang) + text
        if keep and not kept and not root:
            # "which of them is the afdelingsleder?" after a list of two that holds none, and was
            # no narrowing of another: the user may well mean the whole group, so its answer
            # follows the "none" (never in its place). A list narrowed from another
            # ("which of them is from Aalborg?" after the kommunaldirektører) stays the "them".
            wider = tuple(p for p in named if p in render.person_by_name)
            if wider:
                lines = [f"• {render.brief(render.person_by_name[p], lang)}" for p in wider]
                text = "\n".join([text, say(AMONG_ALL, lang), *lines])
                # Still a "none" for the list asked about: the verdict stays negative.
                answer = replace(full, text=text, outcome="negative", answered=True, suggestions=())
                # "he" after it is the one member found among all, while "them" is still the list.
                found = wider[0] if len(wider) == 1 else None
                # "Is either of them from ARI?" - "No": the talk is still of them ("who is between them?").
                them = people if polar else wider
                return Reading(full.question, answer, listed=counted_in or them, found=found)
        answer = replace(full, text=text, outcome="answer" if kept else "negative", answered=True, suggestions=())
        drawn = (root or people) if keep and kept else ()
        return Reading(
            full.question,
            answer,
            listed=kept or people,
            besides=() if keep or not kept else people,
            drawn_from=drawn,
        )


def _only_membership(question: str) -> bool:
    """Whether ``question`` asks nothing but who sits in the group ("who of them are members?")."""
    words = [w for w in fold(question).split() if w not in STOPWORDS | COUNT_WORDS | WHICH | WHO]
    return bool(words) and all(w in MEMBERSHIP_WORDS | GROUP_WORDS for w in words)


def _verdict_of(answer: Answer) -> str:
    """ "yes" or "no" for an answer opening with one ("Nej, ikke samme titel:"), else ""."""
    first = fold(answer.text).split()[:1]
    return "yes" if first in (["ja"], ["yes"]) else "no" if first in (["nej"], ["no"]) else ""
