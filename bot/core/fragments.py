"""Fragments and a subject left out: a turn that is only a name ("og Hjørring?", "what about
the third theme?") puts it in the place of the name of the same kind in the last question; a
turn without a name that the engine cannot answer alone ("og titlen?", "since when?") is asked
about the last subject, or about the last question's noun phrase ("den gamle styregruppe");
"and about the results?" asks the last question about something else; "who's the SKI one?" is
who sits for the place named.

``Fragments`` is mixed into ``bot.core.conversation.Dialogue``; what it needs of it is declared here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.core.answer import Answer
from bot.core.claim_shape import is_claim
from bot.core.dialogue_state import RESOLVED, Conversation, Reading, Turn
from bot.core.entities import Mention
from bot.core.framing import SENTENCE_BREAK, confirmed_claim
from bot.core.genders import gender_of, member_meant
from bot.core.guesses import ASKED_GUESS
from bot.core.knowledge import Lang
from bot.core.lexicon import CLAIM_OPENERS, QUESTION_WORDS, STATE_VERBS, STOPWORDS, THEME_WORDS, tagged
from bot.core.moves import CANONICAL
from bot.core.normalize import fold, word_pairs
from bot.core.patterns import lazy
from bot.core.peers import seat_named
from bot.core.phrases import joined, say
from bot.core.rewriting import possessive_of, swapped, without_closing_tag
from bot.core.topics import (
    POINTERS,
    SAID_POINTERS,
    THING_POSSESSIVES,
    TOPIC_PREPOSITIONS,
    leans_on_thing,
    noun_phrases,
    points_back,
    points_back_unnamed,
    stands_for_thing,
    subject_words,
)
from bot.core.turn_words import (
    ABOUT_ELSE,
    AND,
    ATTRIBUTE_WORDS,
    BARE_QUESTION,
    ECHO_VERBS,
    ELABORATE,
    FRAGMENT_FILLER,
    LEAD_WORDS,
    MORE_OF_ONE_FILLER,
    NAME_WORDS,
    ONE_OF_PLACE,
    ONE_WORDS,
    PLURAL,
    PRONOUNS,
    SINGULAR,
    SINGULAR_POSSESSIVE,
    TRAILING,
    WHICH,
    WHO,
)
from bot.core.verdict_text import has_verdict

if TYPE_CHECKING:
    from bot.core.engine import Engine

_SENTENCE_END = lazy(r"(?<=[.!?])\s+")
_IS_THAT = lazy(r"\s+(?:is|er|was|var)\s+(?:that|this|it|det|dette|den)\s*[?!.]*\s*$", re.IGNORECASE)
""" "what municipality is that?" right after a member: "which municipality?", of that member."""


_A_YEAR = lazy(r"\b(?:(?:i|in|since|siden|fra|from|year|år|aar)\s+)?(?:19|20)\d\d\b")


_THEIR = frozenset({"their", "deres", "they", "de", "them", "dem"})
_SMALL_GROUP = 3
"""A few asked about by name, as "those two" are; more is a group the question drew from."""
_ALSO = frozenset({"ogsa", "also", "too", "ligeledes", "likewise"})
_TITLE_CLAIM_FILLER = frozenset({"a", "an", "en", "et", "han", "hun", "he", "she", "is", "er", "then", "sa", "vel"})


class Fragments:
    """The fragments and subject ellipsis of ``Dialogue``."""

    engine: Engine
    _organisation_short: dict[str, str]

    if TYPE_CHECKING:

        def _ask(self, question: str, lang: Lang) -> Reading: ...

        def _one_of_those_listed(self, question: str, state: Conversation, lang: Lang) -> Reading | None: ...

        def _focus_phrase(self, state: Conversation, lang: Lang) -> str | None: ...

        def _read(self, alone: Answer) -> Turn: ...

        def _more_about(self, turn: Turn, name: str, citation: str | None) -> Reading: ...

        def _follow_up(self, turn: Turn, state: Conversation) -> Reading | None: ...

    def _attribute_of_person(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "which municipality?", "og titlen?", "what organisation?" right after a member: that
        member's, not the list of every municipality."""
        words = turn.folded[turn.lead() :]
        if turn.mentions or state.focus not in ("person", "municipality", "organisation", "list"):
            return None
        # "Viborg representative?" - "titles?": a seat of two leaves no one person, but its place.
        # "her title?" after Mandøe passes him by for the woman talked about before, if any.
        person = member_meant(state, gender_of(words), self.engine.renderer.person_by_name)
        if state.person and person is None:
            return None
        subject = person or (state.municipality if state.focus == "municipality" else None)
        pair = state.drawn_from if len(state.listed) == 1 and 1 < len(state.drawn_from) <= _SMALL_GROUP else ()
        if pair and set(words) & _THEIR:
            # "Who of those two chairs it?" - "and their titles?": the two asked about, not the
            # one of them that was the answer.
            subject = joined(pair, turn.lang)
        elif subject is None and len(state.listed) > 1 and not set(words) & (SINGULAR | SINGULAR_POSSESSIVE):
            # "which members are finance directors?" - "which municipalities?": theirs; "hans
            # titel?" after two listed asks of one of them, whom it does not say.
            subject = joined(state.listed, turn.lang)
        if subject is None:
            return None
        if person and len(words) == 1 and words[0] in _FROM_ALONE:
            # "fra?", "og from?": where the member is from, in the fewest words a phone allows.
            return self._ask(_FROM_ALONE[words[0]].format(person), turn.lang)
        text = turn.text
        pointed = _IS_THAT.search(text) if state.focus == "person" else None
        if pointed is not None and len(words) > 2:
            text, words = text[: pointed.start()], words[:-2]
        asked = ATTRIBUTE_WORDS | NAME_WORDS | (_PLURAL_ATTRIBUTES if state.focus == "list" else frozenset())
        if not 0 < len(words) <= 3 or not set(words) & asked:
            return None
        if any(w not in asked | QUESTION_WORDS | STOPWORDS | FRAGMENT_FILLER for w in words):
            return None
        # "fuldt navn": the name is all there is; "fuldt" asked with it found nothing said.
        text = _IN_FULL.sub("", text)
        return self._ask(f"{text.rstrip(' ?!.')} {subject}?", turn.lang)

    def _also_title(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "også kommunaldirektør?", "also a director?" after one member: whether that member
        holds the title too, not who all hold it."""
        titles = [m for m in turn.mentions if m.kind == "title"]
        one = state.focus in ("person", "municipality", "organisation") and state.person
        if not one or len(titles) != 1 or len(turn.mentions) != 1:
            return None
        title = titles[0]
        rest = [w for i, w in enumerate(turn.folded) if i >= turn.lead() and not title.start <= i < title.end]
        if not set(rest) & _ALSO or any(w not in _ALSO | _TITLE_CLAIM_FILLER for w in rest):
            return None
        verb = "er" if turn.lang == "da" else "is"
        also = " ".join(raw for raw, w in word_pairs(turn.text) if w in _ALSO)
        return self._ask(f"{verb} {state.person} {also} {title.surface}?", turn.lang)

    def _continued_question(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "Is Aalborg represented on the steering group?" - "by its finance director?": a
        phrase opening with a preposition goes on with the last yes/no question, which is asked
        again with it, for its verdict."""
        if state.frame is None or any(m.kind not in ("title", "unknown_person") for m in turn.mentions):
            return None  # "og fra SKI?" puts a name in place of the last one's (``_named_fragment``)
        lead = turn.lead()
        rest = turn.folded[lead:]
        if not 1 < len(rest) <= self.engine.tuning.short_turn or rest[0] not in _CONTINUING:
            return None
        opener = fold(state.frame).split()[:1]
        if set(rest) & QUESTION_WORDS or not opener or opener[0] not in CLAIM_OPENERS:
            return None
        phrase = " ".join(raw for raw, _ in word_pairs(turn.text)[lead:])
        reading = self._ask(f"{without_closing_tag(state.frame).rstrip(' ?!.,')} {phrase}?", turn.lang)
        return reading if has_verdict(reading.answer.text) else None

    def _last_sentence(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "over 80?? wow. siden hvornår": remarks, then the follow-up in the last sentence; read
        as that sentence when the whole turn gets no answer."""
        sentences = [part for part in SENTENCE_BREAK.split(turn.text) if part.strip()]
        if len(sentences) < 2 or turn.alone.answered:
            return None
        # "Min nabo påstod, at han også er formand. Passer det?": the last sentence asks to
        # confirm the one before, whose claim is what is read, never the last answer again.
        asked = confirmed_claim(sentences[-2], sentences[-1]) or sentences[-1]
        last = self._read(self.engine.ask_in(asked, turn.lang))
        reading = self._follow_up(last, state)
        return reading if reading is not None and reading.answer.outcome in ("answer", "negative") else None

    def _named_fragment(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "og Hjørring?", "what about the third theme?", "and Roslev?": only a name, put in the
        last question in place of the name of the same kind."""
        mentions = [m for m in turn.mentions if m.kind != "unknown_person"]
        if not mentions or state.frame is None:
            return None
        covered = turn.covered()
        lead = turn.lead()
        rest = [w for i, w in enumerate(turn.folded) if i >= lead and i not in covered]
        echoed = lead > 0 and turn.folded[-1] in ECHO_VERBS and len(turn.folded) - 1 not in covered
        if echoed:
            rest = rest[:-1]  # "Men Hjørring er?" after "Er Odense en af dem?"
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
        people = state.focus in ("person", "list")
        if frame is None and kind == "seat" and (set(fold(state.frame).split()) & WHO or people):
            # "hvem er formand?" - "og SKI?": a question for a person (or about one: "cheføkonom??"
            # after the chair, "same title?" after two members), so SKI's member is meant, not
            # what SKI is.
            frame = say(CANONICAL["seat"], lang, name=replacement)
        if frame is None:
            return None
        # "Er Kim Herlev en af dem?" - "og Mads Grønvall?": one of those listed, as before.
        return self._one_of_those_listed(frame, state, lang) or self._ask(frame, lang)

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

    def _more_of_one_named(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "tell me more about Aksel Brandtoft", "tell me more about the one from Mosevang" after a list
        naming one of its two: more about that member, as "tell me more" after him or her."""
        if len(turn.mentions) != 1 or len(turn.mentions[0].ids) != 1:
            return None
        mention = turn.mentions[0]
        covered = turn.covered()
        rest = {w for i, w in enumerate(turn.folded) if i >= turn.lead() and i not in covered}
        if not rest & ELABORATE or rest - MORE_OF_ONE_FILLER:
            return None
        if mention.kind == "person":
            # A curated answer to the turn itself stays; "more" is only what the engine lacks.
            return None if turn.alone.answered else self._more_about(turn, mention.ids[0], None)
        if mention.kind not in ("municipality", "organisation") or not rest & ONE_WORDS:
            return None
        seat = seat_named(self.engine.renderer, mention)
        people = [p.name for p in seat.people] if seat is not None else []
        if len(people) > 1:
            people = [name for name in people if name in state.listed]
        return self._more_about(turn, people[0], None) if len(people) == 1 else None

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
        if not set(turn.folded[: turn.lead()]) & AND or not 0 < len(rest) <= 3:
            return None
        if state.frame is None or state.focus is not None or turn.mentions or points_back(rest):
            return None
        if turn.alone.outcome not in ("answer", "negative", "suggestions") or any(w in PRONOUNS for w in rest):
            return None
        # "periode?" - "og formålet?": a frame that names nothing is about what its entry is about.
        curated = self.engine.curated_question(state.source, turn.lang) or ""
        # Its shortest phrase: the curators' longer ones run on into a verb ("the strategy cover").
        phrases = noun_phrases(state.frame, in_clause=True)[:1] or noun_phrases(curated, definite=True)[-1:]
        for phrase in phrases:
            reading = self._ask(f"{turn.text.rstrip(' ?!.')} {phrase}?", turn.lang)
            answer = reading.answer
            if has_verdict(answer.text):
                return None  # "and the purpose?" claims nothing: a verdict read it wrong
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
        if any(m.kind != "unknown_person" for m in turn.mentions) and not ASKED_GUESS.match(" ".join(rest)):
            # "var det KL's repræsentantskab?" after "af hvem?" names its guess at the who: the
            # last question's subject is what it is claimed of.
            return None
        if any(w in SINGULAR | SINGULAR_POSSESSIVE for w in rest):
            return None  # "hans titel?" is about a person: "who do you mean?" if none was named
        if turn.lang == "da" and "it" in rest:
            return None  # "hvornår startede it?", "hvilket handler om it?": IT, a subject of its own
        alone = turn.alone.outcome
        pointing = points_back_unnamed(rest)
        if pointing and turn.alone.answered and all(w in SAID_POINTERS or w not in POINTERS for w in rest):
            # "who chairs that?" after "what replaced it?", "since when had those agreements
            # existed?": "that" is what was said, "those" opens a phrase of the turn's own; the
            # turn answered alone is not the last question's subject.
            return None
        content = [w for w in rest if w not in STOPWORDS | QUESTION_WORDS | BARE_QUESTION | POINTERS]
        asking = any(w in QUESTION_WORDS for w in rest) or rest in (("siden",), ("since",))
        bare = 0 < len(rest) <= 3 and not content and asking  # "siden?" asks "since when?"
        if not (pointing or bare) and alone in ("fallback", "suggestions") and 0 < len(rest) <= 3:
            # "hvad er formålet?" after the strategy: too short to stand alone, it is the
            # strategy's; only the last question's noun phrase is tried, not its loose words.
            # "What is" a thing no question of the knowledge names ("hvad er klokken?") asks
            # what that thing is, of no topic.
            asks_what_is = tuple(rest[:2]) in _WHAT_IS or tuple(rest[:1]) in _WHAT_IS
            if asks_what_is and not any(self.engine.index.knows(w) for w in content):
                return None
            # "lunch at 12?" in a group is said to someone else, of no topic; "in wich currency?"
            # and "gerne uddybende" hold a typo of a word the bot knows.
            typed = [w for w in content if not w.isdigit()]
            unheard = [w for w in typed if self.engine.spelling.correct(w) == w and not self.engine.index.knows(w)]
            if not asking and not turn.lead() and typed and len(unheard) == len(typed):
                return None
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
        if has_verdict(turn.alone.text) or (set(rest) & STATE_VERBS and is_claim(rest, asked=True)):
            # "har den fire temaer, ikk?" checked on its own, "og den løber til 2020?": the last
            # question's loose words appended would put its claim ("vedtaget i maj") up for a
            # verdict as well.
            return None
        if tagged(rest):
            # "og det er realiserede penge, ikke?": words appended after the tag would make it
            # a negation ("… ikke meget sparet"), and the claim's verdict turn round.
            return None
        subject = subject_words(frame)
        if is_claim(rest, asked=True) and not set(rest) & QUESTION_WORDS:
            # "so that's since 2010?" - "and is that in kroner?": the year was the last claim's
            # value, and appended it would be claimed again.
            subject = " ".join(_A_YEAR.sub(" ", subject).split())
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
        phrases = noun_phrases(frame, definite=at is not None, in_clause=at is not None)
        if at is None and phrases and set(rest) <= _WHY:
            # "Why?" after "what happened to the old group for the agreements?": why of all it
            # named, not of its last phrase alone ("the agreements").
            opening = min((frame.find(p) for p in phrases if p in frame), default=-1)
            phrases = [frame[opening:].rstrip(" ?!."), *phrases] if opening >= 0 else phrases
        for phrase in ([answered, *phrases] if answered and at is not None else phrases)[
            : self.engine.tuning.subject_phrases_tried
        ]:
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
        kept = state.topic or state.frame
        source = reading.answer.source or ""
        entry = self.engine.knowledge.entry(source) if not source.startswith(("fact:", "passage:")) else None
        if (
            _PRO_FORM.search(kept)
            and entry is not None
            and entry.kind == "answer"
            and reading.answer.outcome == "answer"
        ):
            # "what happened to the old one?" - "who set it up?", answered "KL set up the steering
            # group": a topic named only by "the old one" gives the next "it" nothing to mean; the
            # entry's own question says what "it" was read as.
            return entry.canonical_question(reading.answer.language)
        return kept


_PRO_FORM = lazy(
    r"\b(?:the|an?)\s+\w+\s+ones?\b|\b(?:den|det|de)\s+(?:nye|gamle|tidligere|forrige|første|sidste)\s*[?.!]*$",
    re.IGNORECASE,
)
"""A thing named only by an adjective and a pro-form: "the old one", "hvad med den gamle?"."""
_WHY = frozenset({"why", "hvorfor"})
_IN_FULL = lazy(r"\b(?:fuldt|fulde|full|complete)\s+", re.IGNORECASE)
_FROM_ALONE = {"fra": "hvor er {} fra?", "from": "where is {} from?"}
"""A lone "from" after a member asks where they are from."""
_PLURAL_ATTRIBUTES = frozenset(
    fold("municipalities kommuner kommunerne organisations organizations organisationer organisationerne").split()
)
"""What a list of members holds one each of: "which municipalities?" after them asks theirs."""
_CONTINUING = frozenset(fold("by af with med in i from fra for til to at on på hos").split())
"""Prepositions a phrase goes on with the question before it by ("by its finance director?")."""
_WHAT_IS = frozenset({("hvad", "er"), ("what", "is"), ("whats",), ("hvad", "var"), ("what", "was")})


def _slot(kind: str) -> str:
    return "seat" if kind in ("municipality", "organisation") else kind


def _possessive_surface(word: str, names: Sequence[str]) -> bool:
    """Whether a name's last word is typed in the genitive ("Holtes", "Karms"), not as the name."""
    parts = {part for name in names for part in fold(name).split()}
    return word not in parts and word.endswith("s") and word[:-1] in parts
