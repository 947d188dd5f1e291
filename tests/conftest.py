"""Shared fixtures. Several test modules add to this file: append, do not reorder."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from bot.core.answer import Answer, Suggestion
from bot.core.engine import Engine

# -- curation loop: store, review, evaluate ------------------------------------------------


@pytest.fixture(scope="session")
def engine() -> Engine:
    """The engine over the checkout's knowledge/ directory."""
    return Engine.from_directory()


@pytest.fixture
def make_answer() -> Callable[..., Answer]:
    """Build an ``Answer`` as the engine would return it (unanswered fallback by default)."""

    def build(
        question: str,
        *,
        answered: bool = False,
        outcome: str | None = None,
        language: str = "en",
        source: str | None = None,
        suggestions: tuple[str, ...] = (),
    ) -> Answer:
        if outcome is None:
            outcome = "answer" if answered else ("suggestions" if suggestions else "fallback")
        return Answer(
            question=question,
            answered=answered,
            text="…",
            language=language,  # type: ignore[arg-type]
            confidence=90 if answered else 0,
            outcome=outcome,  # type: ignore[arg-type]
            source=source,
            suggestions=tuple(Suggestion(f"question {key}", key) for key in suggestions),
        )

    return build


class Clock:
    """A settable clock for recorders: ``clock.now`` seconds since the epoch, starting at the
    real time (so commands that use the real time see the records as recent)."""

    def __init__(self) -> None:
        self.today = self.now = float(int(time.time()))

    def __call__(self) -> float:
        return self.now

    def days_ago(self, days: float) -> None:
        """Set the clock ``days`` before the moment the clock was made."""
        self.now = self.today - days * 86400


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "klbot.sqlite3"


@pytest.fixture
def recorder_factory(db_path: Path, clock: Clock) -> Iterator[Callable[..., Any]]:
    """Open ``SqliteRecorder``s on ``db_path`` (or another path); all are closed afterwards."""
    from bot.curation.store import SqliteRecorder

    opened: list[SqliteRecorder] = []

    def open_one(path: Path | None = None, **options: Any) -> SqliteRecorder:
        options.setdefault("clock", clock)
        options.setdefault("opt_out_chats", frozenset())
        recorder = SqliteRecorder(path or db_path, **options)
        opened.append(recorder)
        return recorder

    yield open_one
    for recorder in opened:
        recorder.close()


# -- understanding: the engine over an invented knowledge -----------------------------------

FIXTURE_KNOWLEDGE = Path(__file__).resolve().parent / "fixtures" / "knowledge"
"""An invented steering group (tests/fixtures/knowledge/): no name in it is in the real article."""


@pytest.fixture(scope="session")
def fixture_engine() -> Engine:
    """The engine over the invented knowledge in tests/fixtures/knowledge/."""
    from bot.core.loader import load_knowledge

    return Engine(load_knowledge(FIXTURE_KNOWLEDGE))


@pytest.fixture(scope="session")
def fixture_talk(fixture_engine: Engine) -> Callable[[Sequence[str]], Answer]:
    """Says ``turns`` in one fresh conversation with the fixture engine, a second apart, and
    gives the answer to the last one."""

    def talk(turns: Sequence[str]) -> Answer:
        from bot.core.conversation import Conversation

        state, answer = Conversation(), None
        for number, turn in enumerate(turns):
            answer, state = fixture_engine.converse(turn, state, now=1000.0 + number)
        assert answer is not None
        return answer

    return talk
