"""Knowledge checks beyond the schema: questions that the engine answers from the wrong entry."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.engine import Engine
from bot.core.knowledge import LANGUAGES


@dataclass(frozen=True)
class Collision:
    entry_id: str
    file: str
    question: str
    got: str
    """What the engine gave instead: another entry or fact id, or the outcome."""

    def __str__(self) -> str:
        return f"{self.file}: entry '{self.entry_id}': question {self.question!r} is answered by {self.got}"


def find_collisions(engine: Engine) -> list[Collision]:
    """Every question variant that does not lead back to its own entry."""
    collisions = []
    for entry in engine.knowledge.entries:
        for lang in LANGUAGES:
            for question in entry.questions[lang]:
                answer = engine.ask(question, language_hint=lang)
                if answer.source != entry.id:
                    got = f"'{answer.source}'" if answer.source else f"nothing ({answer.outcome})"
                    collisions.append(Collision(entry.id, entry.file, question, got))
    return collisions
