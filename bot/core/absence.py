"""Claims that someone is missing from the group, said with a verb of leaving out: "Copenhagen
was left out of the steering group, right?", "Er København blevet udeladt?", "Why did KL drop
SKI from the group?", "Why is SKI not in the group?".

Each is put as the plain claim it makes ("SKI is not in the steering group, right?"), which the
claim checks already judge. Only a "No" is taken from that check: a member said to be left out
gets "No" and the seat; someone really not in the group keeps the answer the message gets as
written (a why-question about a true absence asks a reason the article may not give).
"""

from __future__ import annotations

import re

from bot.core.knowledge import Lang
from bot.core.lexicon import word_set
from bot.core.normalize import fold
from bot.core.patterns import lazy

_LEFT_OUT_EN = r"left\s+out|dropped|excluded|removed|kicked\s+out|omitted|cut|thrown\s+out"
_LEFT_OUT_DA = r"udeladt|droppet|udelukket|fjernet|smidt\s+ud|holdt\s+ude|glemt"
"""Verbs of leaving out; "ikke med"/"not in" are left to the negation rules, which read "er
København ikke med?" as the leading question it is."""


def _subject(name: str = "subject") -> str:
    return rf"(?P<{name}>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){{0,3}}?)"


_SUBJECT = _subject()
_SUBJECT_AFTER_VERB = _subject("also")
"""The subject after a contracted verb ("why isn't SKI in …"), the other branch of one pattern."""
_OPENERS = r"(?:(?:so|and|but|wait|så|og|men|hov)\s*,?\s+)?"

_PASSIVE_EN = lazy(
    rf"^\s*{_OPENERS}(?:(?:was|were|has|have|is|are)\s+)?{_SUBJECT}\s+"
    rf"(?:(?:was|were|is|are|got|has\s+been|have\s+been|been)\s+)?(?:{_LEFT_OUT_EN})\b"
    r"(?:\s+(?:of|from)\b)?",
    re.IGNORECASE,
)
""""Copenhagen was left out of …", "was SKI dropped from …", "has Aarhus been excluded"."""
_PASSIVE_DA = lazy(
    rf"^\s*{_OPENERS}(?:(?:er|blev|var|har)\s+)?{_SUBJECT}\s+"
    rf"(?:(?:er|blev|var|blevet|er\s+blevet|har\s+været)\s+)?(?:{_LEFT_OUT_DA})\b"
    r"(?:\s+(?:af|fra|i)\b)?",
    re.IGNORECASE,
)
""""København er blevet udeladt af …", "blev SKI droppet fra gruppen?"."""
_ACTIVE_WHY = lazy(
    rf"^\s*{_OPENERS}(?:why|how\s+come)\s+(?:did|does|do|has|have|would)\s+\S+(?:\s+\S+)?\s+"
    rf"(?:drop|exclude|remove|leave\s+out|kick\s+out|omit|cut)\s+{_SUBJECT}\s+(?:from|out\s+of)\b",
    re.IGNORECASE,
)
""""Why did KL drop SKI from the group?": the one dropped is the object."""
_NEGATED_WHY_EN = lazy(
    rf"^\s*{_OPENERS}(?:why|how\s+come)\s+(?:(?:is|are|was|were)\s+{_SUBJECT}\s+not"
    rf"|(?:isn['’]?t|aren['’]?t|wasn['’]?t|weren['’]?t)\s+{_SUBJECT_AFTER_VERB})\s+"
    r"(?:in|on|part\s+of|a\s+member\s+of|represented\s+in|among)\b",
    re.IGNORECASE,
)
""""Why is SKI not in the group?", "why isn't Aarhus on the steering group?"."""
_NEGATED_WHY_DA = lazy(
    rf"^\s*{_OPENERS}hvorfor\s+(?:er|var|sidder|kom)\s+{_SUBJECT}\s+ikke\s+"
    r"(?:med|i|en\s+del\s+af|repræsenteret|repraesenteret)\b",
    re.IGNORECASE,
)
""""Hvorfor er Aarhus ikke med i styregruppen?"."""

_NOT_IN: dict[Lang, str] = {
    "da": "{subject} er ikke med i styregruppen, vel?",
    "en": "{subject} is not in the steering group, right?",
}
_SUBJECT_WORDS_NOT_NAMES = word_set(
    "it they he she this that there who which what det de han hun den der hvem hvilke hvad the group gruppen"
)
"""Subjects that name no one: "was it left out", "hvem blev udeladt?" ask, they claim nothing."""


_READINGS: tuple[tuple[re.Pattern[str], Lang], ...] = (
    (_NEGATED_WHY_EN, "en"),
    (_NEGATED_WHY_DA, "da"),
    (_ACTIVE_WHY, "en"),
    (_PASSIVE_EN, "en"),
    (_PASSIVE_DA, "da"),
)


def absence_claim(text: str) -> str | None:
    """The claim that someone is not in the group, when ``text`` says it with a verb of leaving
    out or asks why someone is not in it; None otherwise."""
    for pattern, claim_lang in _READINGS:
        found = pattern.match(text)
        if found is None:
            continue
        subject = found.groupdict().get("subject") or found.group("also")
        if fold(subject.split()[0]) in _SUBJECT_WORDS_NOT_NAMES:
            return None
        return _NOT_IN[claim_lang].format(subject=subject.strip())
    return None
