"""Pronouns: "hvor kommer han fra?", "what is her title?", "hvad laver de?" take the person, or
the people, the last turns named; "it", "den" what the last turn was about; "them" with nobody
listed, the organisation talked about; "the other one's title", "they both" after a list
narrowed to one are the other and the pair; "he" after "is there another Lars?" is the one the
list brought in; in "og aftalerne, hvornår startede de?" "de" is the topic put first; "what
does that stand for?" is the abbreviation the last answer named.

``Pronouns`` is mixed into ``bot.core.conversation.Dialogue``; what it needs of it is declared here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.core.answer import Answer
from bot.core.dialogue_state import Conversation, Reading, Turn
from bot.core.entities import Mention
from bot.core.genders import GENDERED, first_fitting, fits, member_meant
from bot.core.knowledge import Bilingual, Lang, Passage, Person, Pronoun
from bot.core.language import detect_language
from bot.core.lexicon import (
    CHAIR_WORDS,
    CLAIM_OPENERS,
    CLAIM_TAGS,
    GROUP_CHAIR_WORDS,
    HEAD_NOUNS,
    MONTHS,
    ORGANISATION_WORDS,
    PLAIN_NEGATIONS,
    QUESTION_WORDS,
    QUESTION_WORDS_WITH_IS,
    STOPWORDS,
    TAG_PRONOUNS,
    tag_start,
    word_set,
)
from bot.core.normalize import fold, word_pairs
from bot.core.patterns import lazy
from bot.core.phrases import joined, say
from bot.core.rewriting import possessive_of, swapped
from bot.core.topics import noun_phrases, stands_for_thing
from bot.core.turn_words import (
    ABBREVIATION_POINTERS,
    ABOUT_WORDS,
    BOTH,
    COLLEAGUES,
    DESCRIBED,
    DISLOCATED,
    EACH_OF_THEM,
    ELSE,
    HOW_MANY,
    IN_TITLE,
    LEAD_WORDS,
    LIST_SIZES,
    MEMBER_WORDS,
    OBJECT_FORMS,
    ORGANISATION_POINTERS,
    OTHER_ONE,
    OTHER_WORDS,
    OTHERS,
    PERSON_POINTERS,
    PLACE_POINTERS,
    PLACE_PREPOSITIONS,
    PLURAL,
    PLURAL_POSSESSIVE,
    POINTER_CLAUSE,
    PRONOUN_DE_BEFORE,
    PRONOUNS,
    REPRESENT_WORDS,
    SINGULAR_POSSESSIVE,
    SPEECH_VERBS,
    STANDS_FOR_PATTERN,
    THEME_POINTERS,
    THING,
    THING_POSSESSIVE,
    THOSE_ORGANISATIONS,
    VERBS,
    WHICH,
)

if TYPE_CHECKING:
    from bot.core.engine import Engine

_RUNNING = word_set(
    "runs run running manages manage driver styrer boss bosses chef chefen direktør direktøren director"
)
"""Words for running an organisation ("who runs it?", "who is the boss of it?" after SKI), beside
those for leading it."""

THERE = frozenset({"der", "there"})
ALL_OF = frozenset({"alle", "all"})
POINTED_NAMES = {"theme": ("theme",), "person": ("person", "unknown_person")}
"""What a turn may name for a pointer of each kind to be left as it is ("that person, Karm?")."""
STANDS_FOR = Bilingual(da="Hvad står {name} for?", en="What does {name} stand for?")


_POINTERS_BY_FIRST_WORD: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _kind, _phrases in (
    ("place", PLACE_POINTERS),
    ("organisation", ORGANISATION_POINTERS),
    ("theme", THEME_POINTERS),
    ("person", PERSON_POINTERS),
):
    for _phrase in _phrases:
        _POINTERS_BY_FIRST_WORD.setdefault(_phrase[0], []).append((_phrase, _kind))
"""The pointing phrases by their first word, so a turn is scanned once, not once per phrase."""


ONE_TOO = lazy(r"\bone(?=\s+(?:too|as\s+well|also)\b)", re.IGNORECASE)
"""'is he one too?': "one" standing for what the last question said someone was."""
_POINTING = frozenset({"that", "this", "denne", "dette"})
"""Before "person"/"member": the one talked about, not one described by the place after it."""

_PARTITIVE = frozenset({"of", "af"})
"""'which of them', 'hvem af dem': a choice from a whole."""


_DOES = word_set("does did do")
"""The auxiliary a question puts before its subject: "how many … does it represent?"."""
_MEMBERS = word_set("members member medlemmer medlem people personer")
"""Whom "it" has after an organisation is still the group's ("how many members does it have?")."""


_CLEFT_OPENERS = word_set("var er was is")
_CLEFT_FILLER = word_set("det it ikke not ik ikk da vel nu så")


def _cleft_focus(turn: Turn, mention: Mention, index: int) -> bool:
    """ "var det ikke Odense han kom fra?": the place a cleft puts first is what is claimed of
    the pronoun right after it, not whom the pronoun means."""
    before = turn.folded[turn.lead() : mention.start]
    return (
        mention.end == index
        and len(before) >= 2
        and before[0] in _CLEFT_OPENERS
        and before[1] in ("det", "it")
        and all(w in _CLEFT_FILLER for w in before[1:])
    )


class Pronouns:
    """The pronouns of ``Dialogue``."""

    engine: Engine
    people: tuple[str, ...]
    _organisation_short: dict[str, str]
    _passages_by_id: dict[str, Passage]

    if TYPE_CHECKING:

        def _ask(self, question: str, lang: Lang) -> Reading: ...

        def _other(self, state: Conversation) -> str | None: ...

        def _read(self, alone: Answer) -> Turn: ...

    def _both_listed(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "and both are kommunaldirektør?" after the two on Viborg's seat: with no pronoun,
        "both" are the two listed last (or talked about last), named in its place so the claim
        is checked of each."""
        if any(m.kind not in ("title", "unknown_person") for m in turn.mentions):
            return None
        words = turn.folded
        at = next((i for i, w in enumerate(words) if w in BOTH), None)
        if at is None or set(words) & (PRONOUNS | PLURAL_POSSESSIVE) or words[at + 1 : at + 2] in (("of",), ("af",)):
            return None
        # With no list of two, the last two members talked about one after the other
        # ("Høje Taastrup?" - "og Fredensborg?" - "both kommunaldirektør?").
        pair = state.listed if state.listed else self._plural(turn, state)
        if len(pair) != 2:
            return None
        both = joined(pair, turn.lang)
        pairs = word_pairs(turn.text)
        reading = self._ask(swapped(turn.text, pairs, {(at, at + 1): f"{both} {pairs[at][0]}"}), turn.lang)
        return reading if reading.answer.outcome in ("answer", "negative") else None

    def _described(self, turn: Turn) -> Turn:
        """ "samme titel som ham fra Vejle?", "and the guy from SKI?": the one member whose seat
        is the place named put in for the words describing him or her, so the rules after this
        see the member named."""
        pairs = word_pairs(turn.text)
        swaps: dict[tuple[int, int], str] = {}
        render = self.engine.renderer
        for mention in turn.mentions:
            if mention.kind not in ("municipality", "organisation") or len(mention.ids) != 1:
                continue
            at = mention.start - 1
            if at < 1 or pairs[at][1] not in PLACE_PREPOSITIONS or pairs[at - 1][1] not in DESCRIBED:
                continue
            if pairs[at - 1][1] == "one" and (at < 2 or pairs[at - 2][1] != "the"):
                continue  # "is he the only one from Rudersdal?" describes no one
            start = at - 1
            while start > 0 and pairs[start - 1][1] in DESCRIBED and pairs[start - 1][1] not in ("den", "the"):
                start -= 1
            if start > 0 and pairs[start - 1][1] in ("den", "the"):
                start -= 1  # "the one from Vejle", "den fra Vejle"
            elif start > 0 and pairs[start - 1][1] in _POINTING:
                continue  # "is that person from KL?": the member talked about, claimed to be from KL
            seated = [p.name for p in render.person_by_name.values() if mention.ids[0] in render.places_of(p)]
            if len(seated) == 1:
                swaps[(start, mention.end)] = seated[0]
        if not swaps:
            return turn
        text = swapped(turn.text, pairs, swaps)
        rewritten = word_pairs(text)
        return replace(
            turn,
            text=text,
            folded=tuple(w for _, w in rewritten),
            mentions=tuple(self.engine.recognizer.find(rewritten)),
        )

    def _pointed(self, turn: Turn, state: Conversation) -> Turn:
        """ "er han den eneste fra den kommune?", "who else is from there?", "what does that
        organisation do?", "hvad hedder det tema?": the place, organisation or theme talked about
        put in for the words pointing at it, so the rules after this see it named."""
        pairs = word_pairs(turn.text)
        folded = tuple(w for _, w in pairs)
        spans = [
            (i, i + len(phrase), kind)
            for i, word in enumerate(folded)
            for phrase, kind in _POINTERS_BY_FIRST_WORD.get(word, ())
            if folded[i : i + len(phrase)] == phrase
        ]
        last = len(pairs) - 1
        if not spans and last > 0 and pairs[last][1] in THERE and pairs[last - 1][1] in HEAD_NOUNS | MEMBER_WORDS:
            # "hvem er direktør der?", "who is the boss there?" after SKI: there is SKI (not
            # the "der" of "hvor mange er der?", which has no head or member before it).
            spans = [(last, last + 1, "there")]
        if len(spans) != 1:
            return turn
        start, end, kind = spans[0]
        named = POINTED_NAMES.get(kind, ("municipality", "organisation"))
        if any(m.kind in named for m in turn.mentions):
            return turn
        words = [w for _, w in pairs[start:end]]
        if kind == "place":
            place = self._place(state)
            preposition = "fra" if words == ["derfra"] else pairs[start][0] if words[-1] == "there" else ""
            replacement = f"{preposition} {place}".strip() if place else None
        elif kind == "there":
            place = self._place(state) if state.focus in ("organisation", "municipality") else None
            replacement = f"{'i' if turn.lang == 'da' else 'at'} {place}" if place else None
        elif end < len(pairs) and pairs[end][1] in POINTER_CLAUSE:
            return turn  # "det tema, der handler om adfærd": the clause says which, not the context
        elif kind == "organisation":
            replacement = self._organisation_talked_about(state)
        elif kind == "person":
            replacement = state.person if state.focus == "person" else None
        else:
            theme = state.theme if state.focus == "theme" else None
            replacement = f"{'tema' if turn.lang == 'da' else 'theme'} {theme}" if theme else None
        if replacement is None:
            return turn
        text = swapped(turn.text, pairs, {(start, end): replacement})
        return self._read(replace(self.engine.ask_in(text, turn.lang), question=text))

    def _place(self, state: Conversation) -> str | None:
        render = self.engine.renderer
        person = render.person_by_name.get(state.person or "") if state.focus == "person" else None
        if person is not None:
            seat = render.seat_of(person)
            return seat.municipality or self._organisation_short.get(seat.organisation_id or "", seat.organisation)
        if state.focus == "organisation" and state.organisation:
            return self._organisation_short.get(state.organisation, state.organisation)
        return state.municipality if state.focus in ("municipality", "list") else None

    def _organisation_talked_about(self, state: Conversation) -> str | None:
        """The organisation last talked about, or the one the member talked about sits for
        (never a municipality: "that organisation" after a municipality's member is no place)."""
        if state.focus == "organisation" and state.organisation:
            return self._organisation_short.get(state.organisation, state.organisation)
        person = self.engine.renderer.person_by_name.get(state.person or "") if state.focus == "person" else None
        seat = self.engine.renderer.seat_of(person) if person is not None else None
        if seat is None or seat.organisation_id is None:
            return None
        return self._organisation_short.get(seat.organisation_id, seat.organisation_id)

    def _dislocated(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "og aftalerne, hvornår startede de?": the topic put first is what the pronoun after it
        stands for, not the last question's subject; asked with the topic in its place."""
        match = DISLOCATED.match(turn.text)
        if match is None:
            return None
        topic, rest = match.group("topic").strip(), match.group("rest")
        topic_words = [w for _, w in word_pairs(topic)]
        if not topic_words or set(topic_words) & QUESTION_WORDS or not noun_phrases(topic, definite=True):
            return None  # "ok, hvornår startede de?": no topic, only an opener
        if topic_words[0] in CLAIM_OPENERS:
            return None  # "er det ikke KL's bestyrelse, der har vedtaget den?": a cleft question, no topic put first
        pairs = word_pairs(rest)
        folded = tuple(w for _, w in pairs)
        if tag_start(folded) == 0:
            return None  # "and theme 2 is about digital support, isn't it?": a claim and its tag
        at = [i for i in range(len(folded)) if stands_for_thing(folded, i)]
        if len(at) != 1:
            return None
        reading = self._ask(swapped(rest, pairs, {(at[0], at[0] + 1): topic}), turn.lang)
        # "Og den tidligere styregruppe, hvem var formand for den?": a curated "the article does
        # not say" about the topic put first is its answer; read without it, the turn got the
        # new group's chair.
        curated_gap = (
            reading.answer.outcome == "not_in_article"
            and self.engine.curated_question(reading.answer.source, turn.lang) is not None
        )
        return reading if reading.answer.outcome in ("answer", "negative") or curated_gap else None

    def _pronoun(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "hvor kommer han fra?", "what is her title?", "hvad laver de?", "what is it about?"."""
        swaps: dict[tuple[int, int], str] = {}
        weak = False
        folded = turn.folded
        in_title = IN_TITLE.search(" ".join(folded))
        other = OTHERS.search(turn.text)
        if other is not None and self._other(state) is not None:
            # "and the other one's title?": the other one's, like "his" with "den anden".
            named = possessive_of(self._other(state) or "", turn.lang)
            return self._ask(f"{turn.text[: other.start()]}{named}{turn.text[other.end() :]}", turn.lang)
        alone = OTHER_ONE.search(turn.text) if not turn.mentions else None
        if alone is not None and (the_other := self._other(state)) is not None:
            # "where's the other one from?": the other one himself.
            return self._ask(f"{turn.text[: alone.start()]}{the_other}{turn.text[alone.end() :]}", turn.lang)
        # "he's from Vejle, isn't he?": the tag's pronoun echoes the pronoun before it, which is
        # the one to resolve ("hvad er han" is no tag: no pronoun stands before it).
        tag = tag_start(folded)
        if set(folded[tag:]) & _CONTENT_VERBS:
            tag = len(folded)  # "det var KL's bestyrelse der vedtog den?": "vedtog den" is no tag
        echoed = any(w in PRONOUNS for w in folded[:tag])
        # The words as typed, for "før", which folds to "for" (none when a rule rewrote the words).
        pairs = word_pairs(turn.text)
        typed = [raw for raw, _ in pairs] if len(pairs) == len(folded) else []
        for i, word in enumerate(folded):
            if echoed and i >= tag and word in TAG_PRONOUNS:
                continue
            if word in _THE_ONE and i + 2 < len(typed) and _beside_on_list(typed[i + 1]):
                # "og ham før ham er afdelingsleder i Holbæk?": the first "ham" is the one before
                # him on the list, not the member talked about.
                if word != "den":
                    swaps[(i, i + 1)] = "den" if turn.lang == "da" else "the one"
                continue
            possessive = word in SINGULAR_POSSESSIVE | PLURAL_POSSESSIVE | THING_POSSESSIVE
            span = 1
            after = folded[i + 1] if i + 1 < len(folded) else ""
            counted: tuple[str, ...] = ()
            if (
                possessive
                and after in COLLEAGUES
                and any(m.kind in _PLACE_KINDS and m.start > i for m in turn.mentions)
            ):
                # "og hans kollega fra Hjørring?": a fellow member, the one from Hjørring, not his.
                swaps[(i, i + 2)] = "medlemmet" if turn.lang == "da" else "the member"
                continue
            if word == "de" and LIST_SIZES.get(after) == len(state.listed) and not turn.mentions:
                # "hvor kommer de to fra?" after a list of two: "de to" are the two listed.
                span = 2
            elif word == "de" and LIST_SIZES.get(after) == len(state.shown) and not turn.mentions:
                # "hvor kommer de to fra?" after "None of the 7 … • Signe Lynggaard Madsen • Morten
                # Mandøe": the two the answer named, not the seven the question drew from.
                span, counted = 2, state.shown
            elif word == "her" and (turn.lang == "en" or _typed_in_english(turn.text)):
                # "whats her job" is English whatever language the replies were asked in.
                possessive = bool(after) and after not in STOPWORDS
            elif word == "de" and turn.lang == "da":
                titled = any(m.kind == "title" and m.start == i + 1 for m in turn.mentions)
                if after and after not in PRONOUN_DE_BEFORE and not titled:
                    continue
            elif word not in PRONOUNS:
                continue
            # "who leads it?" after SKI: SKI's head, though alone it would be the group's chair.
            led = self._organisation_led(turn, state, i)
            # "KL's bestyrelse vedtog den?": with a doer named before it, "den" is what was done to.
            done_to = word in THING and _object_at_end(turn, i) and any(m.start < i for m in turn.mentions)
            if not led and not done_to and self._antecedent_before(turn, i):
                return None
            if word in PLURAL | PLURAL_POSSESSIVE | {"de"}:
                if (in_title and word in ("their", "deres")) or self._words_before(turn, i):
                    continue
                subject = self._list_phrase(counted or self._plural(turn, state), turn.lang)
                if subject is None and state.focus == "organisation":
                    # "who represents them?", "who is their boss?" after SKI: SKI, SKI's.
                    subject = self._focus_phrase(state, turn.lang)
            elif word in THING | THING_POSSESSIVE:
                if word == "it" and turn.lang == "da":
                    continue  # "hvilket tema handler om it?": IT, information technology, in Danish
                if word == "it" and state.focus == "person":
                    continue  # "is it still raining in Aarhus?": English "it" never stands for a person
                after = folded[i + 1] if i + 1 < len(folded) else ""
                if (turn.alone.answered or self._words_before(turn, i)) and not led and not done_to:
                    continue  # "is it KL that chairs?": "it" points forward, the engine knows
                if word in ("den", "det") and after and after not in PRONOUN_DE_BEFORE:
                    continue  # "den gamle styregruppe": the article
                if word in ("den", "det") and after in _WITH_ABOUT and _content_after(folded, i + 2):
                    # "det med digitalt", "den om adfærd": the one the words describe; after
                    # themes, a theme ("og det med digitalt, det er nummer to ikke?").
                    if state.focus == "theme":
                        swaps[(i, i + 1)] = "temaet"
                    continue
                weak = not led  # "who heads it?" after KL: the article does not say, not the chair
                done = self._done_to_thing_before(turn, state, i) if done_to else None
                if done is not None:
                    return done
                subject = self._focus_phrase(state, turn.lang)
                if state.focus == "person" and word in THING_POSSESSIVE and state.frame is not None:
                    # "Hvem leder styregruppen?" - "hvad er dens formål?": "its" is no person's;
                    # it is the thing the last question named.
                    things = noun_phrases(state.frame, definite=True, in_clause=True)
                    subject = things[0] if things else subject
            elif any(w in OTHER_WORDS - _ONE_MORE for w in folded) and self._other(state):
                # "og den anden, hvad er hans titel?"; "another director?" asks of one more
                # director, not of the other one.
                subject = self._other(state)
            else:
                subject = self._person_meant(turn, state, GENDERED.get(word))
                employer = self._employer(subject, folded, i) if possessive and subject else None
                if employer is not None:
                    # "hendes organisation" is SKI, asked about as SKI: her own profile only names it.
                    swaps[(i, i + 2)] = employer
                    continue
            if subject is None:
                continue
            swaps[(i, i + span)] = possessive_of(subject, turn.lang) if possessive else subject
        if not swaps:
            return None
        reading = self._ask(self._one_meant(swapped(turn.text, word_pairs(turn.text), swaps), state), turn.lang)
        if weak and reading.answer.outcome not in ("answer", "negative"):
            return None  # "what time is it?" is not "what time is Vejle?"
        return reading

    def _done_to_thing_before(self, turn: Turn, state: Conversation, index: int) -> Reading | None:
        """ "Hvornår vedtog KL den nye indkøbsstrategi?" - "KL's bestyrelse vedtog den?": what is
        done to is the thing the last question named, not the organisation it was about."""
        if state.frame is None:
            return None
        phrases = noun_phrases(state.frame, definite=True, in_clause=True)[: self.engine.tuning.subject_phrases_tried]
        pairs = word_pairs(turn.text)
        for phrase in filter(None, map(_without_claimed_values, phrases)):
            reading = self._ask(swapped(turn.text, pairs, {(index, index + 1): phrase}), turn.lang)
            if reading.answer.outcome in ("answer", "negative"):
                return reading
        return None

    def _one_meant(self, question: str, state: Conversation) -> str:
        """ "Is Lasse Jacobsen a kommunaldirektør?" - "Not him, the other one. Is he one too?":
        "one" is the one title the last question claimed, asked of the other."""
        one = ONE_TOO.search(question)
        if one is None or state.frame is None:
            return question
        titles = [m for m in self.engine.recognizer.find(word_pairs(state.frame)) if m.kind == "title"]
        if len({m.surface for m in titles}) != 1:
            return question
        return f"{question[: one.start()]}a {titles[0].surface}{question[one.end() :]}"

    def _person_meant(self, turn: Turn, state: Conversation, wanted: Pronoun | None) -> str | None:
        """The nearest person a singular pronoun of gender ``wanted`` may mean; past the member
        talked about to those before only when the gender rules him or her out."""
        people = self.engine.renderer.person_by_name
        near = (
            self._quoted_speaker(turn, state),
            state.person,
            _one_fitting(state.listed, wanted, people),
            self._seat_person(state, wanted),
            _newcomer(state),
            state.instead,
        )
        return first_fitting(near, wanted, people) or member_meant(state, wanted, people)

    def _quoted_speaker(self, turn: Turn, state: Conversation) -> str | None:
        """ "hvem er formand?" - "hvad siger SKI om samarbejdet?" - "hun takker den nye
        styregruppe?": a person said to speak (say, thank, mean) right after an answer quoting a
        paragraph is its speaker, when a member, not the person talked about before the quote."""
        if not set(turn.folded) & SPEECH_VERBS or not (state.source or "").startswith("passage:"):
            return None
        passage = self._passages_by_id.get((state.source or "").removeprefix("passage:"))
        if passage is None:
            return None
        # A paragraph of a comment that names no speaker of its own ("I SKI ser man frem til …")
        # is the comment's: the speaker of its other paragraphs, when they have one.
        comment = {p.speaker.da for p in self._passages_by_id.values() if p.source == passage.source and p.speaker}
        spoken = [passage.speaker.da] if passage.speaker else list(comment)
        if len(spoken) != 1:
            return None
        said = f" {fold(spoken[0]).replace(',', ' ')} "
        speakers = [name for name in self.people if f" {fold(name)} " in said]
        return speakers[0] if len(speakers) == 1 else None

    @staticmethod
    def _organisation_led(turn: Turn, state: Conversation, index: int) -> bool:
        """ "who leads it?", "hvem leder den?", "hvem leder det?" after an organisation: "it" at the end is the
        organisation when only a word for leading (not the group's "chair") comes before it;
        "who is its boss?", "how many municipalities does it represent?" after one are about it."""
        folded = turn.folded
        if state.focus == "organisation" and not turn.mentions:
            after = folded[index + 1] if index + 1 < len(folded) else ""
            if folded[index] in ("its", "dens", "dets") and after in HEAD_NOUNS:
                return True
            # "how many members does it have?" is still the group's members, the bot's subject.
            if folded[index] == "it" and index and folded[index - 1] in _DOES and not set(folded) & _MEMBERS:
                return True
        if (
            state.focus != "organisation"
            or turn.folded[index] not in ("it", "den", "det")
            or index + 1 != len(turn.folded)
        ):
            return False
        before = set(turn.folded[:index])
        return bool(before & (CHAIR_WORDS | _RUNNING)) and not before & GROUP_CHAIR_WORDS and not turn.mentions

    def _stands_for(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "what does that abbreviation stand for?", "hvad står det for?": the abbreviation the
        last answer named first."""
        if turn.mentions or not state.answered_organisations:
            return None
        if not STANDS_FOR_PATTERN.search(turn.text) or not set(turn.folded) & ABBREVIATION_POINTERS:
            return None
        short = self._organisation_short.get(state.answered_organisations[0], state.answered_organisations[0])
        reading = self._ask(say(STANDS_FOR, turn.lang, name=short), turn.lang)
        return reading if reading.answer.outcome == "answer" else None

    def _those_organisations(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "who represents each of those two organisations?", "hvem repræsenterer de to
        organisationer?": the organisations the last answer named, by name."""
        found = THOSE_ORGANISATIONS.search(turn.text)
        if found is None and set(turn.folded) & REPRESENT_WORDS:
            # "who represents each of them?": members are not represented, organisations are.
            found = EACH_OF_THEM.search(turn.text)
        named = state.answered_organisations
        if found is None or len(named) < 2 or turn.mentions:
            return None
        count = found.groupdict().get("count")
        if count and LIST_SIZES.get(fold(count), int(count) if count.isdigit() else 0) != len(named):
            return None
        names = [self._organisation_short.get(n, n) for n in named]
        joined = ", ".join(names[:-1]) + (" og " if turn.lang == "da" else " and ") + names[-1]
        reading = self._ask(f"{turn.text[: found.start()]}{joined}{turn.text[found.end() :]}", turn.lang)
        return reading if reading.answer.outcome == "answer" else None

    def _employer(self, person: str, folded: Sequence[str], index: int) -> str | None:
        """The short name of the organisation ``person`` sits for, when the word after the
        possessive at ``index`` is "organisation"; None for a member from a municipality."""
        if index + 1 >= len(folded) or folded[index + 1] not in ORGANISATION_WORDS:
            return None
        member = self.engine.renderer.person_by_name.get(person)
        seat = self.engine.renderer.seat_of(member) if member is not None else None
        if seat is None or seat.organisation_id is None:
            return None
        return self._organisation_short.get(seat.organisation_id, seat.organisation_id)

    def _plural(self, turn: Turn, state: Conversation) -> tuple[str, ...]:
        """Whom "they" means: the last list; or, with "both"/"begge" and no list, the last two
        members talked about one after the other ("Roslev?" - "og Herlev?" - "er de begge …?").
        "Both" after a list narrowed to one ("which of them is kommunaldirektør?") is that one
        and the other; never one person alone."""
        sizes = [LIST_SIZES[w] for w in turn.folded if w in LIST_SIZES and LIST_SIZES[w] > 2]
        if not state.listed and len(sizes) == 1 and set(turn.folded) & ALL_OF and len(state.recent) >= sizes[0]:
            # "og Nyborg?" - "og Fredensborg?" - "er de alle tre kommunaldirektører?": the last
            # three members talked about one after the other.
            return state.recent[-sizes[0] :]
        they = set(turn.folded) & (PLURAL | {"de"})
        if not state.listed and not sizes and they and set(turn.folded) & ALL_OF and len(state.recent) >= 2:
            # "hoje taastrup" - "og fredensborg?" - "rudersdal?" - "er de alle kommunaldirektører?":
            # the members talked about one after the other, not the whole group.
            return state.recent
        if not set(turn.folded) & BOTH or len(state.listed) > 1:
            # No list, but an answer that named several in passing ("Viborg's seat names two
            # people (A and B)"): "who are they?" are those. "Which of them" picks from a whole
            # the answer was about (the group it counted), not from the two it named in passing.
            # After a count ("how many members?"), "they" are those counted, not the two named.
            partitive = bool(set(turn.folded) & _PARTITIVE)
            if not (state.listed or partitive) and len(state.shown) < 2 and state.earlier and state.person:
                # "Hvem er Lars Holte?" - "Og Lars Svenningsen?" - "Hvad er deres titler?": the
                # last two members talked about one after the other.
                return (state.earlier, state.person) if state.focus == "person" else ()
            if state.listed or len(state.shown) < 2 or partitive:
                return state.listed
            counted = state.frame is not None and HOW_MANY.search(fold(state.frame)) is not None
            return () if counted else state.shown
        if state.listed:
            other = self._other(state)
            return (state.listed[0], other) if other is not None and state.person == state.listed[0] else ()
        if not (state.earlier and state.person):
            return state.listed
        if state.person in state.shown and len(state.shown) == 2:
            # "are they both kommunaldirektør?" after a step onto a seat two people share: the two
            # the answer named, not the one stepped from.
            return state.shown
        return (state.earlier, state.person)

    def _antecedent_before(self, turn: Turn, index: int) -> bool:
        """ "hvem er formand, og hvor kommer han fra?", "what about Anna Sørensen, is she a
        member?", "hvad hedder hende fra Aarhus?": the turn names whom the pronoun means."""
        kinds = ("person", "municipality", "organisation", "unknown_person")
        named = any(m.kind in kinds and m.start < index and not _cleft_focus(turn, m, index) for m in turn.mentions)
        # "hende fra Aarhus", "ham fra SKI": the object form with a place after it describes her.
        # "ham der fra Viborg", "hende som er fra Aarhus": so is one with "der"/"som" between.
        at = index + 1
        while at < len(turn.folded) and turn.folded[at] in _RELATIVE_FILLER and at < index + 3:
            at += 1
        after = turn.folded[at] if at < len(turn.folded) else ""
        described = (
            turn.folded[index] in OBJECT_FORMS
            and after in PLACE_PREPOSITIONS
            and any(m.start == at + 1 and m.kind in kinds for m in turn.mentions)
        )
        return named or described or any(w in CHAIR_WORDS for w in turn.folded[:index])

    @staticmethod
    def _words_before(turn: Turn, index: int) -> bool:
        """ "how much have the municipalities saved since they started?", "how does the group
        make its decisions?": the pronoun has words before it to refer to; "where do they
        come from?" has none, and neither has "hvilke kommuner kommer de fra?", where the noun
        after "hvilke"/"which" is what is asked, not whom "de" means."""
        # "are both their names …": "both" says how many the pronoun means, not what it means.
        ignored = STOPWORDS | QUESTION_WORDS | QUESTION_WORDS_WITH_IS | VERBS | LEAD_WORDS | ABOUT_WORDS | BOTH | ALL_OF
        start = turn.lead()
        before = turn.folded[start:index]
        return any(w not in ignored and not (i > 0 and before[i - 1] in WHICH) for i, w in enumerate(before))

    def _list_phrase(self, people: Sequence[str], lang: Lang) -> str | None:
        if not people:
            return None
        if set(people) >= set(self.people):
            return "medlemmerne" if lang == "da" else "the members"
        # "A og B og C": with commas, which the words lose, adjacent names would read as one.
        return (" og " if lang == "da" else " and ").join(people)

    def _focus_phrase(self, state: Conversation, lang: Lang) -> str | None:
        if state.focus == "theme" and state.theme:
            return f"{'tema' if lang == 'da' else 'theme'} {state.theme}"
        if state.focus == "organisation" and state.organisation:
            return self._organisation_short.get(state.organisation, state.organisation)
        if state.focus == "municipality":
            return state.municipality
        if state.focus == "person":
            return state.person
        if state.focus == "list":
            return self._list_phrase(state.listed, lang)
        return None

    def _seat_person(self, state: Conversation, wanted: Pronoun | None = None) -> str | None:
        """ "hvad er SKI?" … "hvad sagde hun?": the one person sitting for the place talked about
        (of two, the one the pronoun's gender leaves)."""
        render = self.engine.renderer
        if state.focus == "organisation" and state.organisation:
            seat = render.seat_for_organisation(state.organisation)
        elif state.focus == "municipality" and state.municipality:
            seat = render.seat_for_municipality(state.municipality)
        else:
            return None
        if seat is None:
            return None
        fitting = [p.name for p in seat.people if fits(p.name, wanted, render.person_by_name)]
        return fitting[0] if len(fitting) == 1 else None


_ONE_MORE = word_set("another")
"""'Another' counts one more of a kind; it points at no other person ("prob another director")."""


def _one_fitting(listed: Sequence[str], wanted: Pronoun | None, people: Mapping[str, Person]) -> str | None:
    """ "hvem er med fra SKI og KL?" - "hvad er hans titel?": of the people just listed, the only
    one the pronoun's gender fits (never a guess among several who fit)."""
    if wanted is None:
        return None
    fitting = [name for name in listed if fits(name, wanted, people)]
    return fitting[0] if len(fitting) == 1 else None


_PLACE_KINDS = frozenset({"municipality", "organisation"})


_THE_ONE = word_set("ham hende den him her")
"""Pronouns that, right before "før"/"after", stand for "the one" beside someone on the list."""
_BESIDE_WORDS = word_set("efter foer foran bagved after before behind")


def _beside_on_list(typed: str) -> bool:
    """Whether ``typed`` places one member beside another; "før" only as typed, since it
    folds to "for", which places nothing."""
    return typed.lower() == "før" or fold(typed) in _BESIDE_WORDS


def _newcomer(state: Conversation) -> str | None:
    """ "Nyborg?" - "is there another Lars?" - "where is he from?": of a list of two that asked
    for another than the member talked about before it, "he" is the one the list brought in."""
    if len(state.listed) != 2 or state.earlier not in state.listed or state.frame is None:
        return None
    if not set(fold(state.frame).split()) & (OTHER_WORDS | ELSE):
        return None  # "hvem er forsyningsdirektør?" after one of the two: either could be meant
    return next(name for name in state.listed if name != state.earlier)


_RELATIVE_FILLER = frozenset({"der", "som", "er"})
"""Between an object pronoun and the place that describes it ("ham der fra Viborg")."""
_WITH_ABOUT = frozenset({"med", "om"})


def _content_after(folded: Sequence[str], at: int) -> bool:
    """A word of content at ``at``: "det med digitalt" describes a thing; "er det med i
    gruppen?" and "hvad med det?" do not."""
    return at < len(folded) and folded[at] not in STOPWORDS and not folded[at].isdigit()


def _typed_in_english(text: str) -> bool:
    """Whether the words themselves are English, as the reply language may not be ("svar på
    dansk fra nu af" - "whats her job": "her" is hers, not the Danish "here")."""
    return detect_language(word_pairs(text), "da") == "en"


def _without_claimed_values(phrase: str) -> str:
    """A noun phrase of a claim up to what the claim put up ("KL's strategy adopted | in March
    2017, right"): the thing, not the values that were checked of it."""
    kept: list[str] = []
    for raw, word in word_pairs(phrase):
        if word.isdigit() or word in MONTHS or word in PLAIN_NEGATIONS or word in CLAIM_TAGS:
            break
        kept.append(raw)
    return " ".join(kept)


_CONTENT_VERBS = word_set("vedtog dækker covers runs løber gælder handler sidder fik gav")
"""Verbs that open a yes/no question but make no question tag ("…, er han ikke?" is one;
"… der vedtog den?" ends the claim with what was adopted)."""


def _object_at_end(turn: Turn, index: int) -> bool:
    """Whether a thing pronoun ends its clause right after a verb ("KL's bestyrelse vedtog den?",
    "so SKI set it up?"): it is what is done to, the thing talked about, never the one named
    before it as the doer (that would be "sig"/"itself")."""
    words = turn.folded
    before = index - 1
    if before < turn.lead() or index + 1 < tag_start(words):
        return False
    named = any(m.start <= before < m.end for m in turn.mentions)
    return not named and words[before] not in STOPWORDS and words[before] not in QUESTION_WORDS
