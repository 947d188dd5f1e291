"""What the engine returns for one question: the single contract every adapter uses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from bot.core.knowledge import Lang

Outcome = Literal["answer", "negative", "smalltalk", "suggestions", "not_in_article", "fallback"]
"""answer/negative/smalltalk are answers; the rest mean the article cannot answer it."""

KeyKind = Literal["e", "p"]
"""What a suggestion key answers: ``e`` a Q&A entry (by id), ``p`` a member (by full name)."""


@dataclass(frozen=True)
class SuggestionKey:
    """A parsed ``Suggestion.key``: ``e:<entry id>`` or ``p:<person>``. Make keys with
    ``entry_key``/``person_key`` and read them with ``parse_key``, never by hand."""

    kind: KeyKind
    value: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.value}"


def entry_key(entry_id: str) -> str:
    """The key that answers the Q&A entry ``entry_id``."""
    return str(SuggestionKey("e", entry_id))


def person_key(name: str) -> str:
    """The key that answers "who is ``name``?" from the facts."""
    return str(SuggestionKey("p", name))


def parse_key(key: str) -> SuggestionKey | None:
    """The kind and value of a suggestion key; None for anything else (an empty value too)."""
    kind, _, value = key.partition(":")
    if not value:
        return None
    if kind == "e":
        return SuggestionKey("e", value)
    if kind == "p":
        return SuggestionKey("p", value)
    return None


@dataclass(frozen=True)
class Suggestion:
    question: str
    """The question as a user would ask it, in the reply's language."""
    key: str
    """A short, stable key that answers it directly (``e:<entry id>`` or ``p:<person>``; see
    ``SuggestionKey``)."""


@dataclass(frozen=True)
class Answer:
    question: str
    answered: bool
    text: str
    language: Lang
    confidence: int
    outcome: Outcome
    source: str | None = None
    """The entry or fact the answer comes from (``chair``, ``fact:person:Peter Karm``)."""
    citation: str | None = None
    """The part of the article it rests on: a key of ``Knowledge.sources``."""
    as_of: str | None = None
    """When the answer rests on a curator's note: the date it was true."""
    suggestions: tuple[Suggestion, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        """The ``ask --json`` shape: plain text, suggestions as question strings."""
        return {
            "question": self.question,
            "answered": self.answered,
            "answer": self.text,
            "language": self.language,
            "confidence": self.confidence,
            "source": self.source,
            "suggestions": [s.question for s in self.suggestions],
        }
