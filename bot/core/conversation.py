"""Follow-up questions: a small, explicit conversation state, and turns read against it.

``Engine.ask`` answers one question on its own. ``Engine.converse`` answers one turn of a
conversation. A turn that stands alone is answered exactly as ``ask`` answers it. A turn
that leans on the turns before it is rewritten into a stand-alone question, which is then
answered the normal way (``Engine.ask_in``, in the language of the turn):

- a pronoun ("hvor kommer han fra?", "what is her title?", "hvad laver de?") takes the
  person, or the people, the last turns named;
- a turn that is only a name ("og Hjørring?", "what about the third theme?") puts it in the
  place of the name of the same kind in the last question; a turn without a name that the
  engine cannot answer alone ("og titlen?", "since when?") is asked about the last subject;
- "the next one", "det forrige", "den sidste", "the third one" move along the themes, the
  last list or the members;
- "how many of them …", "which of them …" narrow the last list to those the answer names;
  "who else …" leaves out who was already named; "which ones?" after a count asks it as "which";
- "fra den kommune", "from there" are the place talked about; a pronoun or a bare "since
  when?" after a topic stands for the last question's noun phrase ("den gamle styregruppe");
- "the other one's title", "they both" after a list narrowed to one are the other and the
  pair; "he" after "is there another Lars?" is the one the list brought in;
- "and about the results?" asks the last question about something else; "what does that stand
  for?" is the abbreviation the last answer named; "them" with nobody listed, an organisation;
- a correction ("nej, jeg mente den anden Lars") asks the last question about the one meant;
- "tell me more" / "fortæl mere" quotes the article around the last answer.

A turn that names its own subject in a complete question is never rewritten: after turns
about one member, "hvem er formand?" is still the chair. A pronoun with nobody to refer to
gets the engine's "who do you mean?".

What is remembered (``Conversation``) is small, immutable and picklable: the last person,
municipality, organisation and theme, the last stand-alone question (the frame), what it was
about, the topic a run of follow-ups leans on, the people last listed, the organisations the
last answer named, the language and the time of the last turn. It expires after
``Tuning.conversation_expiry`` seconds of quiet; a fresh ``Conversation()`` is a reset.

Adapters keep the state and pass it back; nothing is kept here. Per turn:
``answer, state = engine.converse(text, state, language_hint, now)``; for an answer got
another way (a pressed suggestion): ``state = engine.dialogue.remember(state, question, answer)``;
``engine.dialogue.read`` also returns the stand-alone question a turn was read as.

The state and a turn as read are in ``bot.core.dialogue_state``, the moves in ``bot.core.moves``,
the words turns are read by in ``bot.core.turn_words``, and what a pronoun stands for in
``bot.core.topics``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.core.answer import Answer
from bot.core.corrections import Corrections
from bot.core.dialogue_state import RESOLVED, Conversation, Focus, Reading, Turn, TurnReading
from bot.core.entities import Mention
from bot.core.knowledge import Bilingual, Lang
from bot.core.lexicon import QUESTION_WORDS, STOPWORDS, THEME_WORDS
from bot.core.lists import Lists
from bot.core.moves import CANONICAL, Moves
from bot.core.normalize import fold, word_pairs
from bot.core.phrases import say
from bot.core.pronouns import Pronouns
from bot.core.reasoning import CLARIFY_SOURCE
from bot.core.rewriting import possessive_of, swapped
from bot.core.topics import (
    POINTERS,
    THING_POSSESSIVES,
    TOPIC_PREPOSITIONS,
    leans_on_thing,
    noun_phrases,
    points_back,
    stands_for_thing,
    subject_words,
)
from bot.core.turn_words import (
    ABBREVIATION_POINTERS,
    ABOUT_ELSE,
    AND,
    ATTRIBUTE_WORDS,
    BARE_QUESTION,
    FRAGMENT_FILLER,
    HANDLE,
    LANGUAGE_ONLY,
    LANGUAGE_PREFIX,
    LEAD_WORDS,
    ONE_OF_PLACE,
    PLACE_POINTERS,
    PLURAL,
    PLURAL_POSSESSIVE,
    PRONOUNS,
    SINGULAR,
    SINGULAR_POSSESSIVE,
    STANDS_FOR_PATTERN,
    TRAILING,
    WHICH,
    WHICH_ONE,
    WHO,
)

if TYPE_CHECKING:
    from bot.core.engine import Engine

__all__ = ["Conversation", "Dialogue", "TurnReading"]
"""``Conversation`` and ``TurnReading`` live in ``bot.core.dialogue_state``; adapters import them here."""

STANDS_FOR = Bilingual(da="Hvad står {name} for?", en="What does {name} stand for?")
# -- reading a turn ----------------------------------------------------------------------


class Dialogue(Lists, Corrections, Pronouns, Moves):
    """Reads the turns of conversations against one engine's knowledge (``Engine.dialogue``)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        knowledge = engine.knowledge
        self.people = tuple(p.name for p in knowledge.people)
        """Every member, in the article's order: "the next one" after a member."""
        self.seats = tuple(s.municipality or s.organisation_id or s.id for s in knowledge.seats)
        self.theme_count = len(knowledge.strategy.themes)
        self.passages = knowledge.passages
        self._passages_by_id = {p.id: p for p in knowledge.passages}
        self._folded_passages = [fold(f"{p.text.da} {p.text.en}") for p in knowledge.passages]
        self._organisation_short = {o.id: o.short for o in knowledge.organisations}
        self._theme_titles = {t.number: (t.title.da, t.title.en) for t in knowledge.strategy.themes}

    # -- public -------------------------------------------------------------------------

    def turn(
        self, question: str, state: Conversation, language_hint: Lang | None = None, now: float | None = None
    ) -> tuple[Answer, Conversation]:
        """Answer ``question`` as the next turn after ``state``; return the answer and the next state."""
        read = self.read(question, state, language_hint, now)
        return read.answer, read.state

    def read(
        self, question: str, state: Conversation, language_hint: Lang | None = None, now: float | None = None
    ) -> TurnReading:
        """``turn``, also saying which stand-alone question was answered (for eval and logs)."""
        now = time.time() if now is None else now
        if state.expired(now, self.engine.tuning.conversation_expiry):
            state = Conversation()
        prefix = LANGUAGE_PREFIX.match(question)
        noted = None
        if state.at is not None:
            # "ok", "lol ok" after an answer take note of it; alone they say nothing.
            noted = self.engine.acknowledge(question, state.language or language_hint or self.engine.default_language)
        if noted is not None:
            alone = noted
        elif prefix is not None:
            # "ok, på dansk nu: hvad er deres titler": the request says the language; the rest
            # is the turn, whose "deres" still leans on the turns before.
            lang: Lang = "da" if fold(prefix.group("lang")) in ("dansk", "danish") else "en"
            alone = self.engine.ask_in(prefix.group("rest"), lang)
        else:
            alone = self.engine.ask(question, state.language or language_hint)
        reading = None
        if state.at is not None:
            reading = self._follow_up(self._read(alone), state)
        if reading is None:
            reading = Reading(alone.question, alone)
        answer = replace(reading.answer, question=alone.question)
        after = self.remember(
            state,
            reading.asked,
            answer,
            now,
            listed=reading.listed,
            topic=reading.topic or self._topic_kept(reading, state),
            besides=reading.besides,
            drawn_from=reading.drawn_from,
            moved=reading.moved,
        )
        return TurnReading(answer, after, reading.asked)

    def remember(
        self,
        state: Conversation,
        asked: str,
        answer: Answer,
        now: float | None = None,
        *,
        listed: tuple[str, ...] | None = None,
        topic: str | None = None,
        besides: tuple[str, ...] = (),
        moved: tuple[str, str] | None = None,
        drawn_from: tuple[str, ...] = (),
    ) -> Conversation:
        """The state after ``answer`` to the stand-alone question ``asked``. Adapters call it for
        answers got without a turn (a pressed suggestion), so what it named can be followed up."""
        now = time.time() if now is None else now
        if answer.outcome not in RESOLVED:
            # Small talk and what was not understood leave the subject as it was.
            # "hvad tjener de?" not understood for want of whom "de" means waits like "who do
            # you mean?": "medlemmerne af styregruppen" next says whom.
            they = bool(set(fold(asked).split()) & (PLURAL | PLURAL_POSSESSIVE | {"de"}))
            pending = asked if answer.source == CLARIFY_SOURCE or (they and state.at is None) else None
            return replace(state, language=answer.language, at=now, pending=pending)
        mentions = self.engine.recognizer.find(word_pairs(asked))
        named = self._people_in(answer.text)
        asked_people = list(dict.fromkeys(m.ids[0] for m in mentions if m.kind == "person" and len(m.ids) == 1))
        person, people = state.person, state.listed
        if len(asked_people) == 1:
            person = asked_people[0]
        elif len(asked_people) > 1:
            person, people = None, tuple(asked_people)
        elif answer.source and answer.source.startswith("fact:person:"):
            person = answer.source.removeprefix("fact:person:")
        elif len(named) == 1:
            person = named[0]
        elif len(named) > 1 and ("•" in answer.text or (answer.source or "").startswith("fact:")):
            # A list ("hvem er kommunaldirektør?", "who represents Viborg?"), not an entry that
            # happens to name two people in passing.
            person, people = None, named
        if listed is not None:
            people = listed
            if len(listed) == 1:
                person = listed[0]  # "who else is from there?" - one: "his title" is that one's
        elif person is not None and person not in people:
            people = ()
        focus = self._focus(mentions, named, asked_people)
        if focus is None and (self._lists_themes(answer) or _from_source(answer, "fact:theme:")):
            focus = "theme"  # "the five themes?" - "the third one": a move along the themes
        quoted = self._theme_quoted(answer) if _theme_of(mentions, answer) is None else None
        if quoted is not None and focus is None and state.focus == "theme":
            # "which of them is tied to the agreements?" answered with theme 1 by its title:
            # "and the last one?" is still a move along the themes.
            focus = "theme"
        earlier = state.person if person != state.person and state.person else state.earlier
        return Conversation(
            person=person,
            earlier=earlier,
            municipality=_first(mentions, "municipality")
            or _from_source(answer, "fact:municipality:")
            or state.municipality,
            organisation=_first(mentions, "organisation") or _organisation_source(answer) or state.organisation,
            theme=_theme_of(mentions, answer) or quoted or state.theme,
            frame=asked,
            focus=focus if listed is None else "list",
            listed=people,
            source=answer.source,
            citation=answer.citation,
            language=answer.language,
            at=now,
            topic=topic,
            besides=besides if listed is not None else (),
            drawn_from=drawn_from if listed is not None else (),
            moved=moved,
            answered_organisations=tuple(
                dict.fromkeys(
                    m.ids[0]
                    for m in self.engine.recognizer.find(word_pairs(answer.text))
                    if m.kind == "organisation" and len(m.ids) == 1
                )
            ),
        )

    # -- reading ------------------------------------------------------------------------

    def _read(self, alone: Answer) -> Turn:
        text = HANDLE.sub(" ", alone.question).strip()
        pairs = word_pairs(text)
        return Turn(
            text=text,
            folded=tuple(folded for _, folded in pairs),
            mentions=tuple(self.engine.recognizer.find(pairs)),
            alone=alone,
        )

    def _follow_up(self, turn: Turn, state: Conversation) -> Reading | None:
        if not turn.folded:
            return None
        turn = self._placed(turn, state)
        for rule in (
            self._in_language,
            self._dislocated,
            self._pending,
            self._who_said,
            self._which_of_count,
            self._how_many_listed,
            self._which_theme,
            self._stands_for,
            self._attribute_of_person,
            self._same_as,
            self._correction,
            self._more,
            self._of_them,
            self._move,
            self._pronoun,
            self._one_of_place,
            self._named_fragment,
            self._about_else,
            self._and_of_topic,
        ):
            reading = rule(turn, state)
            if reading is not None:
                return self._or_alone(turn, reading)
        return self._bare_fragment(turn, state) or self._on_subject(turn, state)

    def _placed(self, turn: Turn, state: Conversation) -> Turn:
        """ "er han den eneste fra den kommune?", "who else is from there?": the place talked
        about (the member's, or the last one named) put in for the words pointing at it, so the
        rules below see a named place."""
        pairs = word_pairs(turn.text)
        spans = [
            (i, i + len(phrase))
            for i in range(len(pairs))
            for phrase in PLACE_POINTERS
            if tuple(w for _, w in pairs[i : i + len(phrase)]) == phrase
        ]
        if len(spans) != 1 or any(m.kind in ("municipality", "organisation") for m in turn.mentions):
            return turn
        place = self._place(state)
        if place is None:
            return turn
        start, end = spans[0]
        words = [w for _, w in pairs[start:end]]
        preposition = "fra" if words == ["derfra"] else pairs[start][0] if words[-1] == "there" else ""
        replacement = f"{preposition} {place}".strip()
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

    def _or_alone(self, turn: Turn, reading: Reading) -> Reading:
        """A rewrite the engine cannot answer does not replace an answer to the turn itself."""
        if reading.answer.outcome in ("fallback", "suggestions") and turn.alone.answered:
            return Reading(turn.alone.question, turn.alone)
        return reading

    def _ask(self, question: str, lang: Lang) -> Reading:
        answer = self.engine.ask_in(question, lang)
        return Reading(answer.question, answer)

    def _in_language(self, turn: Turn, state: Conversation) -> Reading | None:
        wanted = LANGUAGE_ONLY.match(" ".join(turn.folded))
        if wanted is None or state.frame is None:
            return None
        lang: Lang = "da" if wanted.group(1) in ("dansk", "danish") else "en"
        return self._ask(state.frame, lang)

    def _which_theme(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "which one is about behaviour?", "hvilket af dem handler om adfærd?" after the themes
        were talked about: the theme it is about, not a person of a list kept from before."""
        if state.focus != "theme" or any(m.kind != "unknown_person" for m in turn.mentions):
            return None
        match = WHICH_ONE.search(turn.text)
        if match is None:
            return None
        which = "hvilket tema" if turn.lang == "da" else "which theme"
        asked = f"{turn.text[: match.start()]}{which}{turn.text[match.end() :]}"
        reading = self._ask(asked, turn.lang)
        return reading if _from_source(reading.answer, "fact:theme:") else None

    def _stands_for(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "what does that abbreviation stand for?", "hvad står det for?": the abbreviation the
        last answer named first."""
        if turn.mentions or not state.answered_organisations:
            return None
        folded = " ".join(turn.folded)
        if not STANDS_FOR_PATTERN.search(folded) or not set(turn.folded) & ABBREVIATION_POINTERS:
            return None
        short = self._organisation_short.get(state.answered_organisations[0], state.answered_organisations[0])
        reading = self._ask(say(STANDS_FOR, turn.lang, name=short), turn.lang)
        return reading if reading.answer.outcome == "answer" else None

    def _attribute_of_person(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "which municipality?", "og titlen?", "what organisation?" right after a member: that
        member's, not the list of every municipality."""
        words = turn.folded[turn.lead() :]
        if turn.mentions or state.person is None or state.focus not in ("person", "municipality", "organisation"):
            return None
        if not 0 < len(words) <= 3 or not set(words) & ATTRIBUTE_WORDS:
            return None
        if any(w not in ATTRIBUTE_WORDS | QUESTION_WORDS | STOPWORDS | FRAGMENT_FILLER for w in words):
            return None
        return self._ask(f"{turn.text.rstrip(' ?!.')} {state.person}?", turn.lang)

    # -- fragments ----------------------------------------------------------------------

    def _named_fragment(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "og Hjørring?", "what about the third theme?", "and Roslev?": only a name, put in the
        last question in place of the name of the same kind."""
        mentions = [m for m in turn.mentions if m.kind != "unknown_person"]
        if not mentions or state.frame is None:
            return None
        covered = turn.covered()
        lead = turn.lead()
        rest = [w for i, w in enumerate(turn.folded) if i >= lead and i not in covered]
        if any(w not in FRAGMENT_FILLER for w in rest) or len(mentions) > 1:
            return None
        if lead == 0 and turn.folded[-1] not in TRAILING:
            return None  # "Horsens?" on its own is a question of its own; "og Horsens?" is not
        return self._put(mentions[0], state, turn.lang)

    def _put(self, mention: Mention, state: Conversation, lang: Lang) -> Reading | None:
        """The last question with ``mention`` in place of its name of the same kind."""
        if state.frame is None:
            return None
        kind = _slot(mention.kind)
        if mention.kind == "person":
            if len(mention.ids) > 1:
                return None
            replacement = mention.ids[0]
        elif mention.kind == "municipality":
            replacement = mention.ids[0]
        elif mention.kind == "organisation":
            replacement = self._organisation_short.get(mention.ids[0], mention.surface)
        elif mention.kind == "theme":
            replacement = mention.ids[0]
        else:
            replacement = mention.surface
        frame = self._substituted(state.frame, kind, replacement)
        if frame is None and kind == "seat" and set(fold(state.frame).split()) & WHO:
            # "hvem er formand?" - "og SKI?": a question for a person, so SKI's member is
            # meant, not what SKI is.
            frame = say(CANONICAL["seat"], lang, name=replacement)
        return self._ask(frame, lang) if frame is not None else None

    def _one_of_place(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "who's the SKI one then?", "hvem er Vejle-repræsentanten?": who sits for the place named."""
        places = [m for m in turn.mentions if m.kind in ("municipality", "organisation")]
        if len(places) != 1 or len(turn.mentions) != 1 or turn.alone.outcome not in ("fallback", "suggestions"):
            return None
        covered = turn.covered()
        rest = [w for i, w in enumerate(turn.folded) if i >= turn.lead() and i not in covered]
        if not set(rest) & WHO or any(w not in WHO | ONE_OF_PLACE | FRAGMENT_FILLER for w in rest):
            return None
        mention = places[0]
        name = mention.ids[0] if mention.kind == "municipality" else self._organisation_short.get(mention.ids[0])
        return self._ask(say(CANONICAL["seat"], turn.lang, name=name or mention.surface), turn.lang)

    def _substituted(self, frame: str, kind: str, replacement: str) -> str | None:
        pairs = word_pairs(frame)
        slots = [m for m in self.engine.recognizer.find(pairs) if _slot(m.kind) == kind]
        if len(slots) != 1:
            return None
        slot = slots[0]
        if kind == "person" and _possessive_surface(pairs[slot.end - 1][1], slot.ids):
            replacement = possessive_of(replacement, "da")  # "hvad er Lars Holtes titel?"
        if kind == "theme":
            theme_word = next((w for _, w in pairs[slot.start : slot.end] if w in THEME_WORDS), "")
            replacement = f"{'tema' if theme_word.startswith('tema') else 'theme'} {replacement}"
        return swapped(frame, pairs, {(slot.start, slot.end): replacement})

    def _about_else(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "what did she say about the new group?" - "and about the results?": the last question
        about something else, put in place of what it was about."""
        match = ABOUT_ELSE.match(turn.text)
        if match is None or state.frame is None or any(m.kind != "unknown_person" for m in turn.mentions):
            return None
        pairs = word_pairs(state.frame)
        at = [i for i, (_, word) in enumerate(pairs) if word in TOPIC_PREPOSITIONS]
        if not at:
            return None
        asked = swapped(state.frame, pairs, {(at[-1] + 1, len(pairs)): match.group("topic")})
        reading = self._ask(asked, turn.lang)
        return reading if reading.answer.outcome in ("answer", "negative") else None

    def _and_of_topic(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "hvem var medlemmer af den gamle styregruppe?" - "og hvem var formand?": a short turn
        that goes on with "og"/"and" and names nothing is about the topic the last question
        named, where that gives another answer than the turn alone (never the new group's chair
        for the old group's); a turn the topic does not change stands alone."""
        rest = turn.folded[turn.lead() :]
        if turn.lead() == 0 or turn.folded[0] not in AND or not 0 < len(rest) <= 3:
            return None
        if state.frame is None or state.focus is not None or turn.mentions or points_back(rest):
            return None
        if not turn.alone.answered or any(w in PRONOUNS for w in rest):
            return None
        for phrase in noun_phrases(state.frame)[:1]:
            reading = self._ask(f"{turn.text.rstrip(' ?!.')} {phrase}?", turn.lang)
            answer = reading.answer
            curated_gap = answer.outcome == "not_in_article" and answer.source is not None
            if answer.outcome not in ("answer", "negative") and not curated_gap:
                return None
            if answer.source == turn.alone.source or (answer.source or "").startswith("passage:"):
                return None
            return reading
        return None

    def _bare_fragment(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "og titlen?", "since when?": a short turn without a name, which the engine cannot
        answer alone, asked about the last subject."""
        if turn.alone.outcome not in ("fallback", "suggestions") or turn.mentions:
            return None
        if any(w in PRONOUNS or w in ("de", "her") for w in turn.folded):
            return None  # a pronoun with nobody to refer to gets "who do you mean?"
        lead = turn.lead()
        rest = turn.folded[lead:]
        asks = any(w in QUESTION_WORDS for w in rest)
        content = [w for w in rest if w not in STOPWORDS | QUESTION_WORDS | BARE_QUESTION]
        if len(rest) > 3 or len(content) > 1 or (content and (asks or lead == 0)) or not (asks or content):
            # "since when?", "og titlen?" lean on the last subject; "hvad er klokken?", "what
            # is procurement?" and "qwertyuiop" are questions of their own.
            return None
        subject = self._focus_phrase(state, turn.lang) if state.focus != "list" else None
        if subject is None:
            return None
        reading = self._ask(f"{turn.text.rstrip(' ?!.')} {subject}?", turn.lang)
        answer = reading.answer
        if answer.outcome == "not_in_article" and answer.source is None and state.frame:
            # "what did she say about the savings?" - "since when?": not the member's "since
            # when", which the article never gives, but the savings'.
            topic = self._named_subject(turn, state.frame, turn.alone.outcome)
            if topic is not None and topic.answer.outcome == "answer":
                return topic
        if answer.outcome not in RESOLVED:
            return None
        # Only an answer about the subject: "hvad er klokken tema 2?" gets the themes, not theme 2.
        about = f"fact:theme:{state.theme}" == answer.source if state.focus == "theme" else subject in answer.text
        return reading if about else None

    def _on_subject(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "by whom?", "hvornår startede de?", "and who owns it?": after an answer that was
        about a topic rather than a member, a turn that cannot stand alone, or points back at
        something it does not name, is asked with the last question's subject words."""
        rest = turn.folded[turn.lead() :]
        # "hvad sagde hun om aftalerne?" - "hvornår blev de etableret?": with no people listed,
        # "de" cannot be people, so it is the topic the member spoke of.
        things = state.focus == "person" and not state.listed and any(w in PLURAL | {"de"} for w in rest)
        frame = state.topic or state.frame
        if frame is None or (state.focus in ("person", "list") and not things):
            return None
        if any(m.kind != "unknown_person" for m in turn.mentions):
            return None
        if any(w in SINGULAR | SINGULAR_POSSESSIVE for w in rest):
            return None  # "hans titel?" is about a person: "who do you mean?" if none was named
        alone = turn.alone.outcome
        pointing = points_back(rest)
        content = [w for w in rest if w not in STOPWORDS | QUESTION_WORDS | BARE_QUESTION | POINTERS]
        asking = any(w in QUESTION_WORDS for w in rest) or rest in (("siden",), ("since",))
        bare = 0 < len(rest) <= 3 and not content and asking  # "siden?" asks "since when?"
        if not (pointing or bare) and alone in ("fallback", "suggestions") and 0 < len(rest) <= 3:
            # "hvad er formålet?" after the strategy: too short to stand alone, it is the
            # strategy's; only the last question's noun phrase is tried, not its loose words.
            return self._named_subject(turn, frame, alone, fragment=True)
        if not (pointing or bare) or len(rest) > self.engine.tuning.short_turn:
            return None  # a question with words of its own stands alone ("what are the KPIs?")
        # An answered turn is read again only when it is short and points back ("hvornår
        # startede de?"): a whole sentence with "det" in it ("… er det korrekt?") stands alone.
        short = len(rest) <= self.engine.tuning.short_turn
        if alone not in ("fallback", "suggestions") and not (
            pointing and short and alone == "answer" and not state.focus
        ):
            return None
        named = self._named_subject(turn, frame, alone, answered=self._answer_subject(state, turn.lang))
        if named is not None or things:
            return named  # loose words of a question about a member name the member
        subject = subject_words(frame)
        if not subject:
            return None
        reading = self._ask(f"{turn.text.rstrip(' ?!.')} {subject}?", turn.lang)
        # "who was its chair?" after the old group: a curated "the article does not say who
        # chaired it" is the answer, never the new group's chair.
        curated_gap = pointing and reading.answer.outcome == "not_in_article" and reading.answer.source is not None
        if reading.answer.outcome not in ("answer", "negative") and not curated_gap:
            return None
        if alone == "answer" and reading.answer.source == turn.alone.source:
            return None
        # The loose words appended lose the phrase that named the topic; the next turn leans on
        # it still, unless this one named a topic of its own.
        return reading if noun_phrases(turn.text) else replace(reading, topic=frame)

    def _answer_subject(self, state: Conversation, lang: Lang) -> str | None:
        """ "which body did the new group replace?" - "who chaired it?": a question asking which
        thing is answered by naming it, so "it" is the answer's subject ("The former steering
        group"), not the question's ("the new steering group")."""
        if state.frame is None or state.focus is not None:
            return None
        words = fold(state.frame).split()
        lead = next((i for i, w in enumerate(words) if w not in LEAD_WORDS), len(words))
        if lead >= len(words) - 1 or words[lead] not in WHICH or words[lead] == "what":
            return None
        entry = self.engine.knowledge.entry(state.source) if state.source else None
        if entry is None or entry.answer is None:
            return None
        first = _SENTENCE_END.split(self.engine.renderer.fill(entry.answer.get(lang), lang).strip())[0]
        opening = [p for p in noun_phrases(first) if first.startswith(p)]
        return max(opening, key=len) if opening else None

    def _named_subject(
        self, turn: Turn, frame: str, alone: str, *, fragment: bool = False, answered: str | None = None
    ) -> Reading | None:
        """ "hvem var medlemmer af den?" after "hvad skete der med den gamle styregruppe?": the
        pronoun stands for the last question's noun phrase ("den gamle styregruppe"), put in its
        place; the last question's loose words appended would read "skete" as the subject too.
        A bare "since when?" is asked of that phrase the same way."""
        pairs = word_pairs(turn.text)
        # "who were its members?" after the old group: the group's, put in as "the old group's".
        at = next(
            (
                i
                for i in range(turn.lead(), len(pairs))
                if stands_for_thing(turn.folded, i) or turn.folded[i] in THING_POSSESSIVES
            ),
            None,
        )
        rest = turn.folded[turn.lead() :]
        if at is None and not fragment and any(w not in STOPWORDS | QUESTION_WORDS | BARE_QUESTION for w in rest):
            return None
        phrases = noun_phrases(frame, definite=at is not None)
        for phrase in [answered, *phrases] if answered and at is not None else phrases:
            if at is None:  # "since when?": asked of the phrase
                asked = f"{turn.text.rstrip(' ?!.')} {phrase}?"
            else:
                owner = turn.folded[at] in THING_POSSESSIVES
                asked = swapped(turn.text, pairs, {(at, at + 1): possessive_of(phrase, turn.lang) if owner else phrase})
            reading = self._ask(asked, turn.lang)
            answer = reading.answer
            curated_gap = answer.outcome == "not_in_article" and answer.source is not None
            if answer.outcome not in ("answer", "negative") and not curated_gap:
                continue
            if (answer.source or "").startswith("passage:"):
                continue  # a paragraph is the engine's last resort: no sign the phrase was understood
            # The same answer as the turn alone is kept too: the phrase it was asked of carries
            # the subject on to the next turn.
            return reading
        return None

    # -- helpers ------------------------------------------------------------------------

    def _topic_kept(self, reading: Reading, state: Conversation) -> str | None:
        """ "og den blev vedtaget i maj?", answered on its own, names its subject only by "den":
        the next turn that leans on a pronoun leans on the topic before it, not on these words.
        Not after a member or a list, where the pronoun may be people; not when the turn
        named something of its own."""
        if state.frame is None or state.focus in ("person", "list"):
            return None
        if reading.answer.outcome not in RESOLVED or not leans_on_thing(reading.asked):
            return None
        if any(m.kind != "unknown_person" for m in self.engine.recognizer.find(word_pairs(reading.asked))):
            return None
        return state.topic or state.frame

    def _theme_quoted(self, answer: Answer) -> int | None:
        """The one theme an answer names by its title, if it names exactly one."""
        quoted = [n for n, titles in self._theme_titles.items() if any(t and t in answer.text for t in titles)]
        return quoted[0] if len(quoted) == 1 else None

    def _lists_themes(self, answer: Answer) -> bool:
        entry = self.engine.knowledge.entry(answer.source) if answer.source else None
        return entry is not None and entry.fact in ("themes", "theme_count")

    def _people_in(self, text: str) -> tuple[str, ...]:
        """The members an answer names, in the order it names them."""
        found = [(text.find(name), name) for name in self.people if name in text]
        return tuple(name for _, name in sorted(found))

    def _focus(self, mentions: Sequence[Mention], named: Sequence[str], asked_people: Sequence[str]) -> Focus | None:
        for mention in mentions:
            if mention.kind == "person":
                return "person" if len(asked_people) == 1 else "list"
            if mention.kind in ("municipality", "organisation", "theme"):
                return mention.kind
            if mention.kind == "title":
                # "who is the finance director in Hjørring?" names one member: "others with the
                # same title?" and "which municipality?" are then about that member.
                return "person" if len(named) == 1 else "list"
        if len(named) > 1:
            return "list"
        return "person" if named else None


# -- small functions -----------------------------------------------------------------------


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _slot(kind: str) -> str:
    return "seat" if kind in ("municipality", "organisation") else kind


def _first(mentions: Sequence[Mention], kind: str) -> str | None:
    return next((m.ids[0] for m in mentions if m.kind == kind and len(m.ids) == 1), None)


def _from_source(answer: Answer, prefix: str) -> str | None:
    source = answer.source or ""
    return source.removeprefix(prefix) if source.startswith(prefix) else None


def _organisation_source(answer: Answer) -> str | None:
    rest = _from_source(answer, "fact:organisation:")
    return rest.split(":")[0] if rest else None


def _theme_of(mentions: Sequence[Mention], answer: Answer) -> int | None:
    named = _first(mentions, "theme") or _from_source(answer, "fact:theme:")
    return int(named) if named and named.isdigit() else None


def _possessive_surface(word: str, names: Sequence[str]) -> bool:
    """Whether a name's last word is typed in the genitive ("Holtes", "Karms"), not as the name."""
    parts = {part for name in names for part in fold(name).split()}
    return word not in parts and word.endswith("s") and word[:-1] in parts
