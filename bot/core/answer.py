"""What the engine returns for one question: the single contract every adapter uses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from bot.core.knowledge import Lang

Outcome = Literal["answer", "negative", "smalltalk", "suggestions", "not_in_article", "fallback"]
"""answer/negative/smalltalk are answers; the rest mean the article cannot answer it."""


@dataclass(frozen=True)
class Suggestion:
    question: str
    """The question as a user would ask it, in the reply's language."""
    key: str
    """A short, stable key that answers it directly (``e:<entry id>`` or ``p:<person>``)."""


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
