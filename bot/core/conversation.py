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
  "who is, then?" after a "No." is the one the no named instead; "is Odense among them?" after
  the municipalities asks whether it is in the group;
- "tell me more" / "fortæl mere" quotes the article around the last answer;
- "mia eller mio?" is the one of the two the last answer has; "Who adopted it, the
  government?" gets "No." before who did.

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

Here are the reading of a turn, the order its rules are tried in, and what is remembered. The
rules are mixins of ``Dialogue``, one module to a kind of follow-up: the lists in
``bot.core.lists``, corrections and the article behind an answer ("tell me more", "who said
that?") in ``bot.core.corrections``, pronouns in ``bot.core.pronouns``, fragments and a subject
left out in ``bot.core.fragments``, the moves in ``bot.core.moves``, a choice of two words in
``bot.core.choices``; a guess after a who-question is split off in ``bot.core.guesses``. The state and a turn as
read are in ``bot.core.dialogue_state``, how a turn's words are rewritten in
``bot.core.rewriting``, the words turns are read by in ``bot.core.turn_words``, and what a
pronoun stands for in ``bot.core.topics``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.core.answer import Answer
from bot.core.between import Between
from bot.core.choices import Choices
from bot.core.corrections import Corrections
from bot.core.courtesy import after_nod
from bot.core.dialogue_state import RESOLVED, Conversation, Focus, Reading, Turn, TurnReading
from bot.core.doubts import Doubts
from bot.core.else_about import ElseAbout
from bot.core.entities import HONORIFICS, Mention
from bot.core.first_of_them import FirstOfThem
from bot.core.fragments import Fragments
from bot.core.framing import said_to_me
from bot.core.guessed import Guessed
from bot.core.guesses import (
    ADVERBIAL_OPENERS,
    ASKED_GUESS,
    split_count_guess,
    split_guess,
    with_count_guess,
    with_guess,
)
from bot.core.knowledge import Lang
from bot.core.lexicon import QUESTION_WORDS, word_set
from bot.core.lists import Lists
from bot.core.moves import Moves
from bot.core.normalize import fold, he_is_spelt_out, word_pairs
from bot.core.patterns import lazy
from bot.core.people_besides import SOURCE as besides_source
from bot.core.place_claims import PlaceClaims
from bot.core.place_people import PlacePeople
from bot.core.pronouns import Pronouns
from bot.core.reasoning import CLARIFY_SOURCE
from bot.core.recalled_values import RecalledValues
from bot.core.relist import Relist
from bot.core.said_values import SaidValues
from bot.core.same_time import SameTime
from bot.core.seat_partners import SeatPartners
from bot.core.settled import Settled
from bot.core.since_claims import SinceClaims
from bot.core.spoken import Spoken
from bot.core.that_figure import ThatFigure, scaled_figure
from bot.core.the_others import TheOthers
from bot.core.told import claimed_after_rejection
from bot.core.turn_words import (
    CHAT_FOR,
    ELSE,
    FROM_NOW_ON,
    HANDLE,
    KEEP_ANSWERING,
    LANGUAGE_INSIDE,
    LANGUAGE_ONLY,
    LANGUAGE_PREFIX,
    LANGUAGE_REQUEST,
    LANGUAGE_SWITCH,
    LIKE_THE_OTHERS,
    PLURAL,
    PLURAL_POSSESSIVE,
    REQUEST_HEAD,
    REQUEST_TAIL,
    former_and_latter,
    language_named,
    original_asked,
    pointed_at_as_pronoun,
    reaction,
)
from bot.core.verdict_text import has_verdict, verdict_prefix

if TYPE_CHECKING:
    from bot.core.engine import Engine

BESIDE_SOURCES = frozenset({"fact:peers", "fact:position"})
"""Answers that name members beside the one asked about (same title, next on the list)."""
_REQUEST_PARTS = lazy(r"[.,;:!?]\s")
"""Where a request for the replies' language may stand apart inside a longer turn."""
_REMARK_BREAK = lazy(r"(?<=[.,;!?])\s+")
"""Where a request ends and a remark on it begins ("… in Danish please, it's for a client")."""
_APART_SOURCES = frozenset({besides_source, "fact:peers"})
"""Answers listing members beside those a question named, who are set apart, not forgotten."""
MORE_PREFIX = lazy(r"^\s*(?:uddyb|elaborate|more)\s*:\s*(?=\S)", re.IGNORECASE)
"""'uddyb:', 'elaborate:' before a question asks that question in full."""
MORE_OF = ELSE | frozenset({"flere", "more", "other", "another"})
"""'are there more named Helle?': others than the one talked about."""
COMPARED_WITH = frozenset({"as", "like", "than", "with", "som", "ligesom", "end", "med"})
"""Before a name a turn compares with ("same title as Leif?", "samme titel som Karm?")."""
REPLY_WORDS = frozenset({"answer", "reply", "respond", "svar", "svare", "skriv", "skrive", "write"})
"""A request for the language of the replies ("kan du svare på dansk?", "answer in English please")
lasts, as the replies are asked for; a translation ("what is that in English?") is one answer."""
THAT_ANSWER = frozenset({"det", "dette", "that", "it", "this", "svaret"})
"""What a request for a language writes when it means the last answer only ("kan du skrive det på
engelsk?"): a translation, however it is worded."""

__all__ = ["Conversation", "Dialogue", "TurnReading"]
"""``Conversation`` and ``TurnReading`` live in ``bot.core.dialogue_state``; adapters import them here."""


# -- reading a turn ----------------------------------------------------------------------


_THE_NOUN_OF_THEM = lazy(
    r"\bthe\s+(municipalities|titles|names|organisations|organizations|positions|roles|jobs|seats|employers)"
    r"\s+of\s+(?:them|those\s+two|both)\b",
    re.IGNORECASE,
)
_WHAT_IS_IT_AFTER = lazy(
    r"^(?P<asked>.*\S)\s*,\s*(?:og\s+|and\s+)?"
    r"(?:(?:hvad|what)\s+(?:går|gaar|handler|var|er|is|was|does)\s+(?:det|den|de|it|that|they)"
    r"|(?:hvad|what)\s+(?:hedder|heder|is)\s+(?:han|hun|he|she)(?:\s+called)?"
    r"|(?:hvem|who)\s+(?:er|var|is|was)\s+(?:han|hun|det|he|she|it|that))"
    r"(?:\s+(?:ud\s+på|ud\s+paa|om|nu|igen|så|about|again|then|say|cover))*\s*[?.!]*\s*$",
    re.IGNORECASE,
)
"""A turn that names what it asks about, then asks "what is it" of it: "Og det næste tema i
rækken, hvad går det ud på?", "the theme after that, what was it again?", "og nummer tre, hvad
hedder han?" (he is the one at number three, not the one talked about before)."""
_ADVERBIAL_AFTER = lazy(r"^(?P<asked>[^,?]+?)\s*,\s*(?P<opener>\w+)\b[^,?]*\?*\s*$")
"""A short turn, then after a comma a clause that may say when or why ("og Aalborg, når vi nu er
i Jylland?"); ``ADVERBIAL_OPENERS`` tells such a clause."""
_ON_WHOSE_WORD = lazy(
    r"^(?P<asked>[^,]+?)\s*,\s*(?:according\s+to|ifølge|iflg\.?)\s+(?:her|him|them|hende|ham|dem)\s*\?*\s*$",
    re.IGNORECASE,
)
"""A question, then on the word of someone talked about ("…, according to her?"); one named
("…, according to SKI?", "…, ifølge artiklen?") says whose words to quote, and stays."""
_OTHER_THEN_NAMED = lazy(
    r"^(?P<no>nej|no|nope|nah)\b[\s,]*(?:den|det|the)\s+(?:anden|andet|other)(?:\s+one)?\s*[,;:–—-]\s*(?P<meant>\S.*)$",
    re.IGNORECASE,
)
"""'nej den anden, den før Karm': "the other one", then who is meant said outright; what follows
the comma names the one meant better than "the other" does."""
_BACK_TO = lazy(
    r"^(?:(?:anyway|ok|okay|so|well|nå|naa|men|but|and|og)\W+)*(?:back\s+to|going\s+back\s+to|returning\s+to"
    r"|tilbage\s+til|apropos)\s+(?!(?:danish|dansk|english|engelsk)\b)(?P<topic>[^-–—:,?]+?)\s*(?:[-–—:,]|\s-)\s*(?P<asked>\S.*)$",
    re.IGNORECASE,
)
"""'anyway back to the chair - is he from SKI?': the subject returned to, then what is asked of it
("back to Danish please: …" returns to a language, which ``LANGUAGE_PREFIX`` reads)."""
_THAT_COMPARED = lazy(r"\bhow\s+(?:does|do|would)\s+(?:that|this|it)\s+(?=compare\b)", re.IGNORECASE)
"""'how does that compare with Christian Roslev?' after an answer about one member: that member."""
_SENTENCE_END = lazy(r"[.!]\s+(?=\S)")
"""Where a first sentence may end before a question ("Hr. Roslev, javel. Og Hjørring?")."""
_ECHO_NODS = word_set("""
    ja jo javel nå naa aha ah ok okay right i see naturligvis selvfølgelig selvfolgelig netop præcis
    yes yeah indeed of course sure
""")
"""Words that nod to a name just answered ("Hr. Roslev, javel."): no claim of the asker's."""
_QUESTION_THEN_REQUEST = lazy(r"^(?P<question>[^?.!]+\?)\s+(?P<rest>[^?]+)$")
"""A question, then a sentence that asks nothing: "Which of them? Please give the names"."""


_NOT_ANSWERED = ("fallback", "suggestions")
"""Outcomes of a question the bot could not answer, beside "not_in_article" (the article is silent)."""


class Dialogue(
    Guessed,
    Lists,
    PlacePeople,
    RecalledValues,
    Corrections,
    Doubts,
    Spoken,
    SameTime,
    ThatFigure,
    SinceClaims,
    Pronouns,
    Fragments,
    Moves,
    Choices,
    PlaceClaims,
    Between,
    FirstOfThem,
    SeatPartners,
    Relist,
    ElseAbout,
    SaidValues,
    Settled,
    TheOthers,
):
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
        # "@bot from now on in Danish 🇩🇰": the handle says whom the turn is to, nothing of it.
        asked = HANDLE.sub(" ", question).strip() or question
        asked = he_is_spelt_out(self.engine.without_speaker_labels(asked))
        # "nej det passer ikke, det er Karm": the last answer rejected, the asker's own claim put up.
        asked = claimed_after_rejection(asked) or asked
        # "And the municipalities of them?": what each of them has, as "their municipalities" asks.
        asked = _THE_NOUN_OF_THEM.sub(lambda found: f"their {found.group(1)}", asked)
        asked = (after_nod(asked) if state.at is not None else None) or asked
        asked = pointed_at_as_pronoun(asked) if state.at is not None else asked
        asked = former_and_latter(asked) if len(state.listed) == 2 else asked
        asked = self._other_then_named(asked)
        if state.person is not None and state.focus == "person":
            asked = _THAT_COMPARED.sub(lambda _: f"how does {state.person} ", asked)
        asked = (self._after_echo(asked, state) if state.at is not None else None) or asked
        returned = self._returned_to(asked, state, language_hint, now)
        if returned is not None:
            return replace(returned, answer=replace(returned.answer, question=question))
        if asked != question:
            read = self._read_guessed(asked, state, language_hint, now)
            return replace(read, answer=replace(read.answer, question=question))
        return self._read_guessed(question, state, language_hint, now)

    def _returned_to(
        self, question: str, state: Conversation, language_hint: Lang | None, now: float
    ) -> TurnReading | None:
        """ "anyway back to the chair - is he from SKI?": the subject returned to is read as a
        turn of its own, then the question after it leans on that turn; None when either part
        is not answered."""
        found = _BACK_TO.match(question.strip())
        if found is None:
            return None
        subject = self._read_guessed(found.group("topic") + "?", state, language_hint, now)
        if not subject.answer.answered:
            return None
        asked = self._read_guessed(found.group("asked"), subject.state, language_hint, now)
        return asked if asked.answer.answered else None

    def _other_then_named(self, question: str) -> str:
        """ "nej den anden, den før Karm" read as "nej, den før Karm" when what follows names
        someone or something; "nej den anden, hvad hedder han?" keeps its pointer."""
        found = _OTHER_THEN_NAMED.match(question.strip())
        if found is None:
            return question
        named = [m for m in self.engine.recognizer.find(word_pairs(found.group("meant"))) if m.kind != "unknown_person"]
        return f"{found.group('no')}, {found.group('meant')}" if named else question

    def _after_echo(self, question: str, state: Conversation) -> str | None:
        """ "Hr. Roslev, javel. Og Hjørring, lidt nordligere?": the question after a sentence that
        only echoes a member just talked about with a nod; read with it, the name and the place
        made a claim nobody made."""
        if not question.rstrip().endswith("?") or _SENTENCE_END.search(question) is None:
            return None
        talked_about = {*state.recent, *state.listed, *state.shown, *([state.person] if state.person else [])}
        names = {part for name in talked_about for part in fold(name).split()}
        for end in _SENTENCE_END.finditer(question):
            echoed = set(fold(question[: end.start()]).split())
            if "?" in question[: end.start()] or not echoed <= names | _ECHO_NODS | HONORIFICS:
                return None
            if echoed & names and echoed & _ECHO_NODS:
                return question[end.end() :]
        return None

    def _read_guessed(self, question: str, state: Conversation, language_hint: Lang | None, now: float) -> TurnReading:
        attributed = _ON_WHOSE_WORD.match(question.strip())
        if attributed is not None:
            # "and who does the actual work, according to her?": on whose word is no guess to
            # judge, nor the subject: what is asked stands before it.
            said = self._part_read(attributed.group("asked") + "?", question, state, language_hint, now)
            if said is not None:
                return said
        counted = split_count_guess(question) if state.at is not None else None
        if counted is not None:
            # "hvor mange var de i alt, 12?" after a turn about a member: the count the turn asks
            # may need the turns before it, which the message asked alone has not.
            plain = self._read_turn(counted[0], state, language_hint, now, None)
            if plain.answer.answered:
                verdict = with_count_guess(counted[1], counted[2], plain.answer)
                return replace(plain, answer=replace(verdict, question=question))
        asked, guess = split_guess(question, self.engine.tuning.guess_words)
        if guess is not None and ASKED_GUESS.match(guess):
            # "Og af hvem - var det KL's repræsentantskab?": the guess is checked as the turn
            # after the who-question, so its verdict rests on the claim rules, not on words shared.
            first = self._read_turn(asked, state, language_hint, now, None)
            if first.answer.answered:
                checked = self._read_turn(f"{guess.strip()}?", first.state, first.answer.language, now, None)
                if checked.answer.answered and has_verdict(checked.answer.text):
                    return checked
        if guess is not None:
            # "Hvem sidder med fra min egen kommune, Holbæk?": what follows the comma may be
            # what the question needs, so the whole turn is read when the question alone is not.
            guessed = self._read_turn(asked, state, language_hint, now, guess)
            if guessed.answer.answered:
                return guessed
        named_first = _WHAT_IS_IT_AFTER.match(question.strip())
        if named_first is not None:
            # The "what is it" asks nothing the named thing does not: the name is the turn.
            named = self._part_read(named_first.group("asked") + "?", question, state, language_hint, now)
            if named is not None:
                return named
        whole = self._read_turn(question, state, language_hint, now, None)
        asked_first = _QUESTION_THEN_REQUEST.match(question.strip())
        if asked_first is not None and not whole.answer.answered and asked == question:
            # "Which of them? Please give the names": a request after the question says how to
            # answer it; it asks nothing the question did not.
            rest = fold(asked_first.group("rest")).split()
            if not set(rest) & QUESTION_WORDS and not self.engine.ask(asked_first.group("rest")).answered:
                before_request = self._part_read(asked_first.group("question"), question, state, language_hint, now)
                if before_request is not None:
                    return before_request
        aside = _ADVERBIAL_AFTER.match(question.strip())
        if aside is not None and not whole.answer.answered and fold(aside.group("opener")) in ADVERBIAL_OPENERS:
            # "Og Aalborg, når vi nu er i Jylland?": the clause after the comma says why it is
            # asked; what is asked stands before it.
            alone = self._part_read(aside.group("asked") + "?", question, state, language_hint, now)
            if alone is not None:
                return alone
        if asked != question and not whole.answer.answered:
            # "hvem har ansvaret nu, efter at den gamle gruppe er nedlagt?": the clause after the
            # comma says when; the question before it is what is asked.
            alone = self._part_read(asked, question, state, language_hint, now)
            if alone is not None:
                return alone
        return whole

    def _part_read(
        self, part: str, question: str, state: Conversation, language_hint: Lang | None, now: float
    ) -> TurnReading | None:
        """The turn read as ``part`` of it, as the answer to the whole ``question``; None when
        ``part`` alone is not answered."""
        read = self._read_turn(part, state, language_hint, now, None)
        return replace(read, answer=replace(read.answer, question=question)) if read.answer.answered else None

    def _read_turn(
        self, question: str, state: Conversation, language_hint: Lang | None, now: float, guess: str | None
    ) -> TurnReading:
        if state.expired(now, self.engine.tuning.conversation_expiry):
            state = Conversation()
        question = _as_lasting_request(question)
        question = self._request_alone(question) or self._lasting_request(question) or question
        # "uddyb: hvad er deres kommuner?": the request for more is the question after the colon.
        question = MORE_PREFIX.sub("", question, count=1)
        # "wait, you said they started in 2012, right?": the claim leans on the turns before it
        # as it would unframed; the frame only recalls the bot's own words.
        recalled = said_to_me(question)
        question = recalled or question
        prefix = LANGUAGE_PREFIX.match(question) or LANGUAGE_REQUEST.match(question)
        wanted = self._wanted(question, prefix, state)
        state = state if wanted == state.wanted else replace(state, wanted=wanted)
        noted = None
        if state.at is not None:
            # "ok", "lol ok" after an answer take note of it; alone they say nothing.
            last_lang = state.language or language_hint or self.engine.default_language
            noted = self.engine.acknowledge(question, last_lang)
            if noted is None and reaction(question):
                # "👍", "🤯" after an answer: a reaction to it, taken note of like "ok" (alone,
                # a message without words is asked for words).
                noted = replace(
                    self.engine.acknowledge("ok", last_lang) or self.engine.ask(question, last_lang), question=question
                )
        if noted is not None:
            alone = noted
        elif prefix is not None:
            # "ok, på dansk nu: hvad er deres titler": the request says the language; the rest
            # is the turn, whose "deres" still leans on the turns before.
            alone = self.engine.ask_in(prefix.group("rest"), language_named(prefix.group("lang")))
        elif state.wanted is not None:
            # "Kan du svare på engelsk fremover?" earlier: every turn is answered in it.
            alone = self.engine.ask_in(question, state.wanted)
        else:
            alone = self.engine.ask(question, state.language or language_hint)
        if state.at is not None:
            reading = self._as_follow_up_of(alone, state, recalled=recalled is not None)
        else:
            reading = Reading(alone.question, alone)
        inside = LANGUAGE_INSIDE.match(question) if state.at is not None and prefix is None else None
        if inside is not None and noted is None:
            # "kan du skrive det sidste tema på engelsk", "sig lige paa engelsk hvad hendes titel
            # er": a language asked for inside a turn that still asks something; read so only
            # when the turn as a whole was not answered in it ("og på engelsk?" translates).
            wanted_here = language_named(inside.group("lang"))
            if reading.answer.language != wanted_here or not reading.answer.answered:
                rest = f"{inside.group('before')} {inside.group('after')}".strip()
                asked = self.engine.ask_in(rest, wanted_here)
                other = self._as_follow_up_of(asked, state)
                if other.answer.answered and other.answer.language == wanted_here:
                    alone, reading = asked, other
        answer = reading.answer
        if answer.question != alone.question:
            answer = replace(answer, question=alone.question)
        answer = with_guess(guess, answer, self.engine.recognizer)
        if reading.about_last:
            # "source?" - "when were they set up?": what it quotes is no new subject; only "she"
            # may then mean the one speaker quoted, when no one was talked about before.
            quoted = self._people_in(answer.text)
            person = state.person or (quoted[0] if len(quoted) == 1 else None)
            kept = replace(state, language=answer.language, at=now, person=person)
            return TurnReading(answer, kept, reading.asked)
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
            found=reading.found,
            typed=alone.question if reading.asked != alone.question else None,
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
        found: str | None = None,
        typed: str | None = None,
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
            # "hvor mange penge er afsat til tema 3?" not answered: the theme it named is still
            # where "og det næste tema?" goes on from.
            named_theme = (
                _theme_of(self.engine.recognizer.find(word_pairs(asked)), answer) if state.focus == "theme" else None
            )
            theme = state.theme if named_theme is None else named_theme
            unanswered = asked if answer.outcome in _NOT_ANSWERED else None
            return replace(state, language=answer.language, at=now, pending=pending, theme=theme, unanswered=unanswered)
        pairs = word_pairs(asked)
        owner = self.engine.names_the_group([w for _, w in pairs])
        # "Hvad er det for en ny styregruppe KL har lavet?" is about the group: "den" next is
        # the group, not KL, which only says whose group it is.
        mentions = [m for m in self.engine.recognizer.find(pairs) if m.kind != "organisation" or m.start not in owner]
        named = self._people_in(answer.text)
        # The bullets an answer lists ("… Among all the members: • A • B") are what it shows.
        bullets = "\n".join(line for line in answer.text.splitlines() if line.lstrip().startswith("•"))
        shown = self._people_in(bullets) if bullets else named
        if len(named) > 1 and "•" not in answer.text and answer.text.startswith(named[0]):
            # "Lasse Jacobsen is kommunaldirektør … shared with Klaus Christiansen": one member's
            # profile names the seat partner in passing; "his position" is still the first one's.
            partners = self._seat_partners(named[0])
            if all(name in partners for name in named[1:]):
                named = named[:1]
        asked_people = list(dict.fromkeys(m.ids[0] for m in mentions if m.kind == "person" and len(m.ids) == 1))
        person, people = state.person, state.listed
        others = [name for name in named if name not in asked_people]
        profile = (answer.source or "").startswith("fact:person:")
        profiled = (answer.source or "").removeprefix("fact:person:") if profile else None
        beside = answer.source in BESIDE_SOURCES
        if len(asked_people) == 1 and len(others) == 1 and (set(fold(asked).split()) & ELSE or beside) and not profile:
            # "hvem ellers har samme titel?" answered with one other: "han" is that one. (Not
            # "den anden": that names whom it asks about, whose profile names the seat partner.)
            # Likewise "his colleague with the same title?", "hvem sidder før ham på listen?":
            # the one found beside the member asked about.
            person = others[0]
        elif not asked_people and state.person in named and len(named) == 2 and set(fold(asked).split()) & MORE_OF:
            # "er der flere der hedder Helle?" after one Helle, answered with both: "hun" is the new one.
            person, people = next(name for name in named if name != state.person), named
        elif len(asked_people) == 1 and profiled in others:
            # "and the one after him? prob another director" - "No. Anders Brøndum is …": the
            # claim was checked of the one found beside him, whom "he" means next.
            person = profiled
        elif len(asked_people) == 1:
            person = asked_people[0]
            if len(named) == 2 and person in named and "•" in answer.text:
                # "is he the only one with that title?" - "No. … The same goes for: • Jensen":
                # "the other one" is the one listed beside him.
                people = named
        elif len(asked_people) > 1:
            # "Er Karm fra Vejle?" - "Og Jensen har samme titel?", read as both compared: "han"
            # next is the one the turn itself named; the context put the other in.
            person, people = self._one_typed(typed, asked_people), tuple(asked_people)
        elif answer.source and answer.source.startswith("fact:person:"):
            person = answer.source.removeprefix("fact:person:")
        elif len(named) == 1:
            person = named[0]
        elif len(named) > 1 and ("•" in answer.text or (answer.source or "").startswith("fact:")):
            # A list ("hvem er kommunaldirektør?", "who represents Viborg?"), not an entry that
            # happens to name two people in passing.
            person, people = None, named
        apart: tuple[str, ...] = ()
        if listed is None and answer.source in _APART_SOURCES and shown and asked_people:
            # "hvem andre end Jacobsen er kommunaldirektør?", "hvem deler titel med ham?": "de"
            # next are those listed, and "hvor mange i alt, ham medregnet?" counts him in. One
            # listed is "he" next, no list to move along.
            apart = tuple(asked_people)
            if len(shown) > 1:
                listed = tuple(shown)
        if listed is not None:
            people = listed
            if len(listed) == 1:
                person = listed[0]  # "who else is from there?" - one: "his title" is that one's
            person = found or person
        elif apart:
            people = tuple(shown)
        elif person is not None and person not in people:
            people = ()
        titled = [m for m in mentions if m.kind == "title"]
        explained = answer.source in self.engine.definition_ids
        if explained and listed is None and not people and len(titled) == 1 and len(titled[0].ids) > 1:
            # "Hvad er en kommunaldirektør?" - "hvor mange af dem sidder i gruppen?": "dem" are
            # the members who hold the title just explained.
            people = titled[0].ids
        focus = self._focus(mentions, named, asked_people)
        if focus in (None, "organisation") and (self._lists_themes(answer) or _from_source(answer, "fact:theme:")):
            # "the five themes?" - "the third one": a move along the themes. An organisation
            # named in a question the themes answer owns the strategy ("KL:s inköpsstrategi").
            focus = "theme"
        quoted = self._theme_quoted(answer) if _theme_of(mentions, answer) is None else None
        if quoted is not None and focus is None and state.focus == "theme":
            # "which of them is tied to the agreements?" answered with theme 1 by its title:
            # "and the last one?" is still a move along the themes.
            focus = "theme"
        earlier = state.person if person != state.person and state.person else state.earlier
        municipality = (
            _first(mentions, "municipality") or _from_source(answer, "fact:municipality:") or state.municipality
        )
        places = self._places(answer, named, municipality, state)
        instead = None
        if answer.text.startswith(verdict_prefix(False, answer.language)):
            # "is he the chair?" - "No. … chaired by Morten Mandøe": "who is, then?" is him.
            named_instead = [name for name in named if name not in asked_people]
            instead = named_instead[0] if len(named_instead) == 1 else None
        return Conversation(
            person=person,
            earlier=earlier,
            recent=(*(p for p in state.recent if p != person), person)[-5:] if person else state.recent,
            municipality=municipality,
            places=places,
            shown=shown if shown != people else (),
            organisation=_first(mentions, "organisation") or _organisation_source(answer) or state.organisation,
            theme=_theme_of(mentions, answer) or quoted or state.theme,
            frame=asked,
            unanswered=asked if answer.outcome == "not_in_article" else None,
            focus=focus if listed is None else "list",
            listed=people,
            source=answer.source,
            citation=answer.citation,
            language=answer.language,
            at=now,
            topic=topic,
            besides=(besides if listed is not None else ()) or apart,
            # "which of them is from Hjørring?" - "his full name?": still the one found of the two,
            # so "the other one" next is the other of them.
            drawn_from=drawn_from if listed is not None else (state.drawn_from if people == state.listed else ()),
            moved=moved,
            instead=instead,
            wanted=state.wanted,
            figure=scaled_figure(answer.text, state.figure),
            claim=answer.text.startswith(
                (verdict_prefix(True, answer.language), verdict_prefix(False, answer.language))
            ),
            answered_organisations=tuple(
                dict.fromkeys(
                    m.ids[0]
                    for m in self.engine.recognizer.find(word_pairs(answer.text))
                    if m.kind == "organisation" and len(m.ids) == 1
                )
            ),
        )

    def _places(
        self, answer: Answer, named: Sequence[str], municipality: str | None, state: Conversation
    ) -> tuple[str, ...]:
        """The municipalities an answer listed (three or more, no member named), in its order;
        or the list before it while the talk is on one of its municipalities and no member but
        that municipality's ("who represents it?" after "the tenth on the list")."""
        found = tuple(
            dict.fromkeys(
                m.ids[0]
                for m in self.engine.recognizer.find(word_pairs(answer.text))
                if m.kind == "municipality" and len(m.ids) == 1
            )
        )
        seated = tuple(place for place in found if self.engine.renderer.seat_for_municipality(place) is not None)
        if seated:
            # "Nej, Frederiksberg Kommune er ikke med. De 12 kommuner i gruppen er Rudersdal, …":
            # the place denied is named first, and is no item of the list that follows.
            found = seated
        if len(found) >= 3 and not named:
            return found
        if not state.places or municipality not in state.places or len(found) > 1:
            return ()
        seat = self.engine.renderer.seat_for_municipality(municipality) if municipality else None
        members = {p.name for p in seat.people} if seat is not None else set()
        return state.places if set(named) <= members else ()

    def _one_typed(self, typed: str | None, asked_people: Sequence[str]) -> str | None:
        """The one member a turn named as typed, of those its stand-alone reading names."""
        if typed is None:
            return None
        pairs = word_pairs(typed)
        # "same job title as Leif?": the one compared with is no subject of the turn.
        own = {
            m.ids[0]
            for m in self.engine.recognizer.find(pairs)
            if m.kind == "person" and len(m.ids) == 1 and (m.start == 0 or pairs[m.start - 1][1] not in COMPARED_WITH)
        }
        return own.pop() if len(own) == 1 and own <= set(asked_people) else None

    # -- reading ------------------------------------------------------------------------

    def _as_follow_up_of(self, alone: Answer, state: Conversation, *, recalled: bool = False) -> Reading:
        """The turn answered ``alone`` read as a follow-up of ``state``, or as that answer."""
        turn = self._read(alone, recalled=recalled)
        reading = self._follow_up(turn, state)
        return self._value_not_said(turn, state, reading or Reading(alone.question, alone))

    def _read(self, alone: Answer, *, recalled: bool = False) -> Turn:
        text = CHAT_FOR.sub("for", HANDLE.sub(" ", alone.question)).strip()
        pairs = word_pairs(text)
        return Turn(
            text=text,
            folded=tuple(folded for _, folded in pairs),
            mentions=tuple(self.engine.recognizer.find(pairs)),
            alone=alone,
            recalled=recalled,
        )

    def _follow_up(self, turn: Turn, state: Conversation) -> Reading | None:
        if not turn.folded:
            return None
        asked = turn
        # "can u give me that one in danish?": the request as typed, before "that one" is read
        # as the member talked about.
        in_language = self._in_language(asked, state)
        if in_language is not None:
            return self._or_alone(asked, in_language)
        turn = self._pointed(self._described(turn), state)
        for rule in (
            self._guess_at_unanswered,
            self._dislocated,
            self._pending,
            self._who_said,
            self._said_on,
            self._else_about,
            self._mentioned,
            self._when_shown,
            self._speaker_claim,
            self._source_asked,
            self._exact_words,
            self._doubted,
            self._why_of_last,
            self._figure_claim,
            self._that_figure,
            self._choice,
            self._same_time,
            self._place_of_member,
            self._named_as_answer,
            self._value_claim,
            self._time_claim,
            self._since_claim,
            self._continued_question,
            self._who_then,
            self._which_of_count,
            self._how_many_listed,
            self._listed_member,
            self._among_them,
            self._first_of_them,
            self._ordinal_pointed,
            self._which_theme,
            self._theme_claim,
            self._theme_more,
            self._stands_for,
            self._those_organisations,
            self._also_title,
            self._attribute_of_person,
            self._title_named_before,
            self._shared_title,
            self._same_as,
            self._correction,
            self._other_there,
            self._more_of_one_named,
            self._more,
            self._besides_named,
            self._the_others,
            self._of_them,
            self._place_claim,
            self._list_place,
            self._places_represented,
            self._relist,
            self._seat_partner,
            self._between,
            self._move,
            self._both_listed,
            self._pronoun,
            self._one_of_place,
            self._named_fragment,
            self._about_else,
            self._and_of_topic,
        ):
            reading = rule(turn, state)
            if reading is not None:
                return self._or_alone(turn, reading)
        reading = self._bare_fragment(turn, state)
        if reading is not None and not reading.answer.answered:
            # "siden hvornår?" after "Fra aftalerne blev etableret i 2012 … 1,8 mia. kr.": that
            # answer's year, not the fragment asked of the member in focus ("since when Signe?"),
            # which the article never says.
            reading = self._since_of_last(turn, state) or reading
        reading = (
            reading
            or self._on_subject(turn, state)
            or self._since_of_last(turn, state)
            or self._last_sentence(turn, state)
            or self._settled_by_subject(turn, state)
        )
        curated_gap = turn.alone.outcome == "not_in_article" and turn.alone.source is not None
        if reading is None and turn is not asked and (turn.alone.answered or curated_gap):
            # "what does that organisation do?" read as "what does SKI do?" stands alone then;
            # "who is the boss there?" as "… at ARI?" gets the article's silence on ARI's head.
            return Reading(turn.text, turn.alone)
        return reading

    def _or_alone(self, turn: Turn, reading: Reading) -> Reading:
        """A rewrite the engine cannot answer does not replace an answer to the turn itself."""
        if reading.answer.outcome in ("fallback", "suggestions") and turn.alone.answered:
            return Reading(turn.alone.question, turn.alone)
        return reading

    def _ask(self, question: str, lang: Lang) -> Reading:
        # "Is Anders Brøndum a kommunaldirektør like several of the others?": whether he is one;
        # the others are no second subject to compare him with.
        question = LIKE_THE_OTHERS.sub("", question)
        answer = self.engine.ask_in(question, lang)
        return Reading(answer.question, answer)

    def _request_alone(self, question: str) -> str | None:
        """A language request and an aside beside it that asks nothing ("answer in English from
        now on, my supervisor doesn't read Danish"): the request alone, so the aside's words
        neither hide it nor are answered with "cannot answer"."""
        head = REQUEST_HEAD.match(question)
        if head is None:
            return None
        parts = re.split(r"(?<=[?.!,;:])\s+", question[head.end() :].strip())
        kept = [head.group(0)]
        while parts and set(FROM_NOW_ON.sub(" ", fold(parts[0])).split()) <= REQUEST_TAIL:
            kept.append(parts.pop(0))
        aside = " ".join(parts)
        if not aside or "?" in aside or self.engine.ask(aside).answered:
            return None
        return " ".join(kept).rstrip(" ,;:")

    def _lasting_request(self, question: str) -> str | None:
        """A turn of several parts that together ask for one language from now on ("Could you
        repeat that in Danish, please, and keep answering in Danish from now on? I'm practising."):
        the first part asking for the language, said to last. Every other part is another request
        for that language, courtesy, or an aside that asks nothing; a part asking a question keeps
        the turn as it is."""
        parts = [p for p in re.split(r"(?<=[?.!,;:])\s+", question.strip()) if fold(p)]
        if len(parts) < 2 and KEEP_ANSWERING.search(fold(question)) is None:
            return None
        lasting = False
        asked: list[tuple[str, str]] = []
        asides: list[str] = []
        for part in parts:
            folded = fold(part)
            kept = KEEP_ANSWERING.sub("answer", folded)
            lasting = lasting or kept != folded or FROM_NOW_ON.search(folded) is not None
            only = LANGUAGE_ONLY.match(" ".join(FROM_NOW_ON.sub(" ", kept).split()))
            if only is not None:
                asked.append((kept, "da" if only.group(1) in ("dansk", "danish") else "en"))
            elif not set(folded.split()) <= REQUEST_TAIL | {"and", "og"}:
                asides.append(part)
        if not lasting or not asked or len({lang for _, lang in asked}) > 1:
            return None
        aside = " ".join(asides)
        if aside and ("?" in aside or self.engine.ask(aside).answered):
            return None
        first, lang = asked[0]
        return first if FROM_NOW_ON.search(first) else f"{first} {'fremover' if lang == 'da' else 'from now on'}"

    def _wanted(self, question: str, prefix: re.Match[str] | None, state: Conversation) -> Lang | None:
        """The language the turns are to be answered in from now on: the one a request for the
        replies names ("svar på engelsk fremover", "kan du svare på dansk?", "answer in English
        please"); a translation or a request put before a question ("på dansk: …") ends it, and
        otherwise it lasts."""
        folded = fold(question)
        request = fold(question[: prefix.start("rest")]) if prefix else folded
        named = prefix.group("lang") if prefix else None
        if named is None:
            only = LANGUAGE_ONLY.match(" ".join(FROM_NOW_ON.sub(" ", folded).split()))
            named = only.group(1) if only else None
        if named is None and prefix is None:
            # "Jeg laver en engelsk version, så svar på engelsk fra nu af, tak. Hvem er formand?":
            # a lasting request told in a part of its own beside the question.
            lasting = (
                LANGUAGE_ONLY.match(" ".join(FROM_NOW_ON.sub(" ", part).split()))
                for part in map(fold, _REQUEST_PARTS.split(question))
                if FROM_NOW_ON.search(part)
            )
            found = next((match for match in lasting if match is not None), None)
            if found is not None:
                return language_named(found.group(1))
        if named is None:
            return state.wanted
        said = set(request.split())
        if FROM_NOW_ON.search(request) is None and (prefix is not None or not said & REPLY_WORDS or said & THAT_ANSWER):
            return None
        return language_named(named)

    def _in_language(self, turn: Turn, state: Conversation) -> Reading | None:
        if state.frame is not None and original_asked(" ".join(turn.folded)):
            # "and the Danish word for this?": answered as typed, the article's words beside ours.
            return self._ask(state.frame, turn.lang)
        wanted = LANGUAGE_ONLY.match(" ".join(FROM_NOW_ON.sub(" ", " ".join(turn.folded)).split()))
        if wanted is None and state.frame is not None:
            wanted = self._request_with_remark(turn.text)
        if wanted is None or state.frame is None:
            return None
        lang: Lang = "da" if wanted.group(1) in ("dansk", "danish") else "en"
        again = self._ask(state.frame, lang)
        source = state.source or ""
        shown = self._passages_by_id.get(source.removeprefix("passage:")) if source.startswith("passage:") else None
        if not again.answer.answered and shown is not None:
            # "hvad ellers sagde hun?" leaned on the turns before it; alone it asks nothing. The
            # paragraph it was answered with is the last answer, said again.
            return replace(self._quote(turn, shown, lang), asked=state.frame)
        return again

    def _request_with_remark(self, text: str) -> re.Match[str] | None:
        """ "Give me that in Danish please, it's going straight into a client email.": a request
        for the last answer in a language, then a remark on why that asks nothing of its own."""
        parts = _REMARK_BREAK.split(text.strip(), maxsplit=1)
        if len(parts) < 2 or "?" in parts[1]:
            return None
        request, remark = parts
        wanted = LANGUAGE_ONLY.match(" ".join(FROM_NOW_ON.sub(" ", fold(request)).split()))
        if wanted is None or set(fold(remark).split()) & QUESTION_WORDS or self.engine.ask(remark).answered:
            return None
        return wanted

    # -- helpers ------------------------------------------------------------------------

    def _theme_quoted(self, answer: Answer) -> int | None:
        """The one theme an answer names by its title, if it names exactly one."""
        quoted = [n for n, titles in self._theme_titles.items() if any(t and t in answer.text for t in titles)]
        return quoted[0] if len(quoted) == 1 else None

    def _lists_themes(self, answer: Answer) -> bool:
        entry = self.engine.knowledge.entry(answer.source) if answer.source else None
        return entry is not None and entry.fact in ("themes", "theme_count")

    def _seat_partners(self, name: str) -> set[str]:
        render = self.engine.renderer
        person = render.person_by_name.get(name)
        return {p.name for p in render.seat_of(person).people if p is not person} if person else set()

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


def _as_lasting_request(question: str) -> str:
    """ "back to Danish please: …", "switch to English" put as the request the turn readers know:
    "svar på dansk fra nu af: …", "answer in English from now on"."""
    switch = LANGUAGE_SWITCH.match(question)
    if switch is None:
        return question
    danish = language_named(switch.group("lang")) == "da"
    request = "svar på dansk fra nu af" if danish else "answer in English from now on"
    rest = switch.group("rest")
    return f"{request}: {rest}" if rest else request
