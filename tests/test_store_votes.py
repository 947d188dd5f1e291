"""A changed vote in the curation database: the change is recorded, not a second vote."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from bot.curation.recording import Stats
from bot.curation.store import NullRecorder


def rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def test_a_changed_vote_replaces_one_vote_the_other_way(recorder_factory: Any, db_path: Path) -> None:
    recorder = recorder_factory()
    recorder.vote("chair", "who chairs it", True, 5)
    recorder.vote("chair", "who is the chair", True, 6)
    recorder.vote("members", "who is in it", True, 5)
    recorder.change_vote("chair", "who chairs it", False, 5)
    assert recorder.stats(7) == Stats(days=7, answered=0, unanswered=0, votes_up=2, votes_down=1)
    recorder.close()
    assert rows(db_path, "SELECT up, source, norm FROM votes ORDER BY id") == [
        (1, "chair", "who is the chair"),  # the same question's vote was the one changed
        (1, "members", "who is in it"),
        (0, "chair", "who chairs it"),
    ]


def test_a_change_without_an_earlier_vote_still_counts_once(recorder_factory: Any, db_path: Path) -> None:
    recorder = recorder_factory()
    recorder.change_vote("chair", "q", True, None)  # the first vote was lost (database down, restart)
    recorder.close()
    assert rows(db_path, "SELECT up, source FROM votes") == [(1, "chair")]


def test_an_opted_out_chat_changes_nothing(recorder_factory: Any, db_path: Path) -> None:
    recorder = recorder_factory(opt_out_chats=frozenset({13}))
    recorder.vote("chair", "q", True, 5)
    recorder.change_vote("chair", "q", False, 13)
    recorder.close()
    assert rows(db_path, "SELECT up FROM votes") == [(1,)]


def test_the_null_recorder_changes_nothing() -> None:
    NullRecorder().change_vote("chair", "q", False, 5)
