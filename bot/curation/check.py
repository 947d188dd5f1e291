"""Knowledge checks beyond the schema: files that are unsafe to load, and questions that the
engine answers from the wrong entry."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot import safeyaml
from bot.core.engine import Engine
from bot.core.knowledge import LANGUAGES


def unsafe_files(knowledge_dir: Path) -> list[str]:
    """One line per knowledge file ``bot.safeyaml`` refuses (too large, anchors or aliases, too
    deeply nested, not YAML), so ``check`` names it before the engine loads it.

    The engine's own loader (``bot.core.loader``, libyaml's safe loader) follows aliases; this
    keeps them out of the knowledge in the first place."""
    problems = []
    for path in sorted(knowledge_dir.rglob("*.yaml")):
        try:
            safeyaml.load_file(path)
        except safeyaml.SafeYamlError as error:
            problems.append(str(error))
    return problems


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
