"""What a chat message tells around its question: a colleague's claim ("Peter says …"), a
story whose question comes last, a press release whose last sentence asks to confirm one claim,
a place on the list named by its holder of a title. ``MessageReading`` reads a message with
these before and after reading it whole."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.core.answer import Answer
from bot.core.entities import Recognizer
from bot.core.framing import CLAUSE_END, CONFIRM_WORDS, QUESTION_START, SENTENCE_BREAK, put_up
from bot.core.knowledge import Knowledge, Lang
from bot.core.lexicon import CLAIM_TAGS, QUESTION_WORDS, STOPWORDS, word_set
from bot.core.matcher import QuestionIndex
from bot.core.normalize import fold, word_pairs
from bot.core.patterns import lazy
from bot.core.tuning import Tuning
from bot.core.verdict_text import has_verdict

_COLLEAGUE_SAYS = lazy(
    r"^\W*(?:haha\W+|lol\W+|ok\W+)*(?P<name>[A-ZÆØÅ][a-zæøåéü]+)\s+"
    r"(?:says|said|thinks|thought|reckons|claims|insists|siger|sagde|mener|tror|troede|påstår|paastaar|påstod|synes)"
    r"\s+(?:that\s+|at\s+)?(?P<claim>\S.*)$",
)
"""'Peter says <claim>', 'Lise siger at <claim>': a first name in the chat reporting a claim."""
_REJECTED_FIRST = lazy(
    r"^\W*(?:nej|no|nope|nah)?[\s,.!]*(?:(?:det|that|that's|thats|it|it's|its|du|you|you're|youre)\s+)?"
    r"(?:passer\s+ikke|stemmer\s+ikke|er\s+forkert|er\s+ikke\s+rigtigt|tager\s+fejl|is\s+wrong|are\s+wrong|"
    r"is\s+not\s+right|isn't\s+right|is\s+not\s+true|isn't\s+true|not\s+true|not\s+right|wrong|forkert)"
    r"(?:\s+(?:bot|@\w+))?\s*[,.:;!–-]+\s*(?P<claim>\S.*)$",
    re.IGNORECASE,
)
"""'nej det passer ikke, strategien er fra 2018', 'no that's wrong, Karm is from Vejle': a
rejection of what was said before, then the asker's own claim."""
PLACE_HOLDER_BESIDE = lazy(
    r"\b(?P<way>efter|før|foer|after|before)\s+(?P<phrase>[A-ZÆØÅ][\w\-]*?(?:['’]?s)?\s+[^\W\d_][\w\-]*)"
)
"""'… lige efter Aalborgs kommunaldirektør': a place on the list named by its holder of a title."""
LABEL_WORDS = 4
"""At most this many words before a colon label what follows: a claim ("answer key line 3:",
"settle this:") or a list of things asked for ("Three checks:")."""
_CLAIM_LABELS = word_set(
    "claim påstand faktatjek factcheck fact check tjek rumour rumor rygte myth myte udsagn statement"
)
"""Labels that say what follows is a claim to check ("Påstand: …", "Fact check: …")."""
_MIN_LABELLED_WORDS = 3
"""A labelled claim says something: "Check: Karm?" names no claim."""
_MIN_SAID_ALONE = 2
"""Words a last sentence put up to confirm needs beside its tag to be a claim of its own."""
_LABEL_NAMES = frozenset({"person", "municipality", "organisation", "theme", "title"})
"""What the knowledge names: before a colon, it says what is asked ("Karm: titel?")."""
_TOLD_KINDS = frozenset({"person", "municipality"})
"""Names a story may tell that its question must name again to be asked alone."""


class Told:
    """The engine's reading of what a message tells beside what it asks."""

    tuning: Tuning
    index: QuestionIndex
    recognizer: Recognizer
    knowledge: Knowledge
    _spokesperson: dict[str, str]

    if TYPE_CHECKING:
        # Declared for mypy only: the engine's own methods, as in ``bot.core.message``.
        def _ask(self, text: str, language_hint: Lang | None, forced: Lang | None = None) -> Answer: ...

        def _answer(self, text: str, language_hint: Lang | None, forced: Lang | None = None) -> Answer: ...

        def _answer_as_written(self, text: str, language_hint: Lang | None, forced: Lang | None = None) -> Answer: ...

        def _named_ids(self, text: str) -> set[tuple[str, tuple[str, ...]]]: ...

    def _last_sentence_checked(self, text: str, lang: Lang, forced: Lang | None) -> Answer | None:
        """ "Vi laver en pressemeddelelse om, at vores kommunaldirektør er kommet med. I den
        skriver vi, at styregruppen ledes af Mandøe – passer det?": the claim to check is the
        one the last sentence asks to have confirmed; read whole, the sentences before it mixed
        their words into it (a "Nej" to a true claim). Its own verdict, when it gives one."""
        sentences = [s for s in SENTENCE_BREAK.split(text) if s.strip()]
        if len(sentences) < 2 or not set(fold(sentences[-1]).split()) & (CLAIM_TAGS | CONFIRM_WORDS):
            return None
        said = [w for w in fold(sentences[-1]).split() if w not in CLAIM_TAGS | CONFIRM_WORDS | STOPWORDS]
        if len(said) < _MIN_SAID_ALONE:
            # "Lars Holte – kommunaldirektør, Høje Taastrup? Nej vent, Rudersdal. Rudersdal,
            # korrekt?": a name and a tag say what they say of the sentences before; alone,
            # "Rudersdal, korrekt?" got a "Ja" for Rudersdal being in the group.
            return None
        checked = self._answer_as_written(sentences[-1].strip(), lang, forced)
        return checked if has_verdict(checked.text) else None

    def _claim_after_label(self, text: str) -> str | None:
        """ "settle this: Aalborg sent their finance director, right?", "answer 14: Svendsen-Tune,
        kommunaldirektør, Vejle. right?": a few words naming nothing before a colon label the
        claim after it, which its tag puts up to be checked. A name before the colon ("Karm:
        titel?") says what is asked."""
        head, colon, claim = text.partition(":")
        words = fold(claim).split()
        if not colon or len(head.split()) > LABEL_WORDS:
            return None
        if set(fold(head).split()) & _CLAIM_LABELS and "?" not in claim and len(words) >= _MIN_LABELLED_WORDS:
            # "Påstand: Styregruppen … er blevet opløst.": the label itself puts it up.
            return put_up(claim.strip().rstrip(" .!"))
        if not set(words[-2:]) & CLAIM_TAGS:
            return None
        # "Videresendt fra Bo:", "Forwarded from Jón:": someone unknown who sent it is a label too.
        named = any(m.kind in _LABEL_NAMES for m in self.recognizer.find(word_pairs(head)))
        return None if named else claim.strip()

    def _colleague_says(self, text: str) -> str | None:
        """ "Peter says SKI's director gets quoted, right?", "Mikkel thinks SKI's boss chairs
        it": the claim a first name opening the message reports, for someone in the chat said
        it. Not a member's surname or full name ("Mandøe says …"), nor the first name of one
        the article quotes, who may well have said it."""
        found = _COLLEAGUE_SAYS.match(text)
        if found is None:
            return None
        name = fold(found.group("name"))
        if name in QUESTION_WORDS | STOPWORDS:
            return None  # "Hvad siger hun om …?", "What says the SKI chief …?" ask
        mentions = self.recognizer.find(word_pairs(found.group("name")))
        if not mentions and self.index.knows(name):
            return None  # "Artiklen siger …", "Staten mener …": a word, not someone in the chat
        for mention in mentions:
            if mention.kind in ("municipality", "organisation", "theme", "title"):
                return None
            if mention.kind == "person" and any(
                name != fold(person).split()[0] or person in self._spokesperson for person in mention.ids
            ):
                return None
        return found.group("claim")

    def last_question_told(self, text: str, lang: Lang, forced: Lang | None) -> Answer | None:
        """ "Goddag, jeg læste i avisen om den nye styregruppe, og min nabo mente …, så hvem er
        det egentlig fra Nyborg Kommune, hvis De ved det?": a long message that is not answered
        read whole tells a story around its question, and the question is its last clause with
        a question word, asked from that word on. A story whose last question is not answered
        alone ("jeg ved hvem der er formand, men hvad tjener han?") gets no earlier one's answer."""
        if len(text.split()) < self.tuning.story_words:
            return None
        clauses = [c for c in CLAUSE_END.split(text) if c.strip()]
        asked = next((c for c in reversed(clauses) if QUESTION_START.search(c)), None)
        if len(clauses) < 2 or asked is None:
            return None
        found = QUESTION_START.search(asked)
        assert found is not None
        question = asked[found.start() :].strip()
        # "Jeg arbejder i Herning, …, hvem repræsenterer os?" asks of the place told before;
        # "styregruppen hos KL" told before only names the group.
        told = {(kind, ids) for kind, ids in self._named_ids(text.replace(asked, " ")) if kind in _TOLD_KINDS}
        if not told <= self._named_ids(question):
            return None
        answer = self._ask(question, lang, forced)
        if answer.outcome != "answer" or has_verdict(answer.text):
            return None
        if answer.confidence < self.tuning.story_question_confidence:
            return None  # "… to what sum does it refer?" alone is a guess at a sentence's other half
        return replace(answer, question=text)

    def _place_holder_named(self, found: re.Match[str]) -> str:
        """ "efter Aalborgs kommunaldirektør": the member who is that place's holder of that
        title, by name, so a claim about places on the list names whom it is about."""
        mentions = self.recognizer.find(word_pairs(found.group("phrase")))
        places = [m for m in mentions if m.kind in ("municipality", "organisation") and len(m.ids) == 1]
        titles = [m for m in mentions if m.kind == "title"]
        if len(places) != 1 or len(titles) != 1 or len(mentions) != 2:
            return found.group(0)
        place = fold(places[0].ids[0])
        held = [
            person
            for seat in self.knowledge.seats
            if place in (fold(seat.municipality or ""), fold(seat.organisation_id or ""), fold(seat.organisation))
            for person in seat.people
            if person.name in titles[0].ids
        ]
        return f"{found.group('way')} {held[0].name}" if len(held) == 1 else found.group(0)


def claimed_after_rejection(text: str) -> str | None:
    """The claim a message makes after rejecting what was said ("nej det passer ikke, Kim Herlev
    er fra Fredensborg"), put up to be checked: its "ikke" rejects the earlier answer, it does
    not deny the claim that follows."""
    found = _REJECTED_FIRST.match(text)
    if found is None:
        return None
    claim = found.group("claim").rstrip()
    return claim if claim.endswith("?") else claim + "?"
