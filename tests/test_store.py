"""The curation database: what is recorded, privacy, and never getting in the way of answering."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import bot.curation.schema
from bot.config import ConfigError, load_config, parse_ids
from bot.curation.paths import DATABASE_NAME, database_path
from bot.curation.recording import Recorder, Stats
from bot.curation.schema import migrate, schema_version
from bot.curation.store import NullRecorder, SqliteRecorder, open_recorder


def rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def problems(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "bot.curation.store" and r.levelno >= logging.WARNING]


def test_an_unanswered_question_keeps_its_raw_and_folded_text_language_and_chat_type(
    recorder_factory, make_answer, db_path
):
    recorder = recorder_factory()
    recorder.question(make_answer("Hvornår mødes  Gruppen?", language="da"), "private", 42)
    recorder.close()
    assert rows(db_path, "SELECT answered, outcome, lang, chat_type, norm, raw FROM questions") == [
        (0, "fallback", "da", "private", "hvornar modes gruppen", "Hvornår mødes Gruppen?")
    ]


def test_a_suggestions_answer_is_recorded_with_the_keys_it_offered(recorder_factory, make_answer, db_path):
    recorder = recorder_factory()
    recorder.question(make_answer("who runs it", suggestions=("e:chair", "p:Peter Karm")), "group", 1)
    recorder.close()
    assert rows(db_path, "SELECT answered, outcome, suggestions FROM questions") == [
        (0, "suggestions", "e:chair\np:Peter Karm")
    ]


def test_an_answered_question_is_counted_without_its_text(recorder_factory, make_answer, db_path):
    recorder = recorder_factory()
    recorder.question(make_answer("who is the chair", answered=True, source="chair"), "private", 7)
    recorder.close()
    assert rows(db_path, "SELECT answered, source, norm, raw FROM questions") == [(1, "chair", None, None)]


def test_a_picked_suggestion_and_votes_are_recorded_with_their_question(recorder_factory, db_path):
    recorder = recorder_factory()
    recorder.suggestion_picked("who runs the groop", "e:chair", 5)
    recorder.vote("chair", "who runs the group", True, 5)
    recorder.vote("members", "Who is in it?", False, 5)
    recorder.close()
    assert rows(db_path, "SELECT key, norm, raw FROM picks") == [
        ("e:chair", "who runs the groop", "who runs the groop")
    ]
    assert rows(db_path, "SELECT up, source, norm FROM votes ORDER BY id") == [
        (1, "chair", "who runs the group"),
        (0, "members", "who is in it"),
    ]


def test_no_chat_id_is_ever_written(recorder_factory, make_answer, db_path):
    chat_id = 987654321
    recorder = recorder_factory()
    recorder.question(make_answer("what is this"), "private", chat_id)
    recorder.suggestion_picked("what is this", "e:article", chat_id)
    recorder.vote("article", "what is this", True, chat_id)
    recorder.opt_out(chat_id + 1)
    recorder.close()
    dump = "\n".join(sqlite3.connect(db_path).iterdump())
    assert str(chat_id) not in dump and str(chat_id + 1) not in dump


def test_the_database_uses_a_rollback_journal_no_shared_memory_and_the_current_schema_version(
    recorder_factory, make_answer, db_path
):
    recorder = recorder_factory()
    recorder.question(make_answer("hello?"), "private", None)
    assert recorder.flush()
    # While the recorder is open: no -shm (mapped into memory in WAL mode) and no -wal.
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]
    recorder.close()
    assert rows(db_path, "PRAGMA journal_mode") == [("delete",)]
    assert rows(db_path, "PRAGMA user_version") == [(schema_version(),)]


def test_stats_count_the_last_days_including_records_still_queued(recorder_factory, make_answer, clock):
    recorder = recorder_factory()
    clock.days_ago(10)
    recorder.question(make_answer("old", answered=True), "private", None)
    recorder.vote("chair", "old", False, None)
    clock.days_ago(1)
    for question in ("a", "b"):
        recorder.question(make_answer(question, answered=True), "private", None)
    recorder.question(make_answer("c"), "private", None)
    recorder.vote("chair", "a", True, None)
    clock.days_ago(0)
    assert recorder.stats(7) == Stats(days=7, answered=2, unanswered=1, votes_up=1, votes_down=0)
    assert recorder.stats(30) == Stats(days=30, answered=3, unanswered=1, votes_up=1, votes_down=1)


def test_close_writes_every_queued_record(recorder_factory, make_answer, db_path):
    recorder = recorder_factory()
    for number in range(3000):
        recorder.question(make_answer(f"question {number}"), "private", None)
    recorder.close()
    assert rows(db_path, "SELECT COUNT(*) FROM questions") == [(3000,)]


def test_close_twice_is_harmless_and_later_records_are_dropped_quietly(recorder_factory, make_answer, db_path, caplog):
    recorder = recorder_factory()
    recorder.close()
    recorder.close()
    recorder.question(make_answer("too late"), "private", None)
    assert recorder.stats() == Stats(days=7, answered=0, unanswered=0, votes_up=0, votes_down=0)
    assert rows(db_path, "SELECT COUNT(*) FROM questions") == [(0,)]
    assert problems(caplog) == []


@pytest.mark.parametrize("how", ["environment", "opt_out"])
def test_an_opted_out_chat_is_not_recorded(recorder_factory, make_answer, db_path, how):
    recorder = recorder_factory(opt_out_chats=frozenset({13}) if how == "environment" else frozenset())
    if how == "opt_out":
        recorder.opt_out(13)
    recorder.question(make_answer("from 13"), "private", 13)
    recorder.vote("chair", "from 13", True, 13)
    recorder.question(make_answer("from 14"), "private", 14)
    recorder.close()
    assert rows(db_path, "SELECT raw FROM questions") == [("from 14",)]
    assert rows(db_path, "SELECT COUNT(*) FROM votes") == [(0,)]


def test_an_opt_out_survives_a_restart_and_opt_in_undoes_it(recorder_factory, make_answer, db_path):
    first = recorder_factory()
    first.opt_out(13)
    first.close()
    second = recorder_factory()
    assert second.is_opted_out(13)
    second.question(make_answer("while out"), "private", 13)
    second.opt_in(13)
    second.question(make_answer("back in"), "private", 13)
    second.close()
    assert rows(db_path, "SELECT raw FROM questions") == [("back in",)]


def test_opt_out_chats_are_read_from_a_comma_or_space_separated_list():
    assert parse_ids("12, -100345 7\n8,,", "BOT_OPT_OUT_CHATS") == frozenset({12, -100345, 7, 8})
    assert load_config({"BOT_OPT_OUT_CHATS": "12, -100345 7\n8,,"}).opt_out_chats == frozenset({12, -100345, 7, 8})
    # The same parser as every other id list: a wrong id stops the bot with one line naming the variable.
    with pytest.raises(ConfigError, match="BOT_OPT_OUT_CHATS: 'abc'"):
        load_config({"BOT_OPT_OUT_CHATS": "12,abc"})


# -- failures never reach the caller -----------------------------------------------------------


def _read_only(path: Path) -> Any:
    SqliteRecorder(path, opt_out_chats=frozenset()).close()  # a valid database, opened read-only
    return {"connect": lambda: sqlite3.connect(f"file:{path}?mode=ro", uri=True)}


def _corrupt(path: Path) -> Any:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database " * 500)
    return {}


class _FullDisk(sqlite3.Connection):
    """A connection whose inserts fail as SQLite's do when the disk is full (SQLITE_FULL)."""

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
        if sql.lstrip().upper().startswith("INSERT"):
            raise sqlite3.OperationalError("database or disk is full")
        return super().execute(sql, *args)


def _disk_full(path: Path) -> Any:
    SqliteRecorder(path, opt_out_chats=frozenset()).close()
    return {"connect": lambda: sqlite3.connect(path, isolation_level=None, factory=_FullDisk)}


def _newer_schema(path: Path) -> Any:
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    return {}


def _not_a_directory(path: Path) -> Any:
    path.parent.parent.mkdir(parents=True, exist_ok=True)
    path.parent.write_text("a file where the data directory should be")
    return {}


@pytest.mark.parametrize(
    "broken", [_read_only, _corrupt, _disk_full, _newer_schema, _not_a_directory], ids=lambda f: f.__name__.strip("_")
)
def test_an_unusable_database_never_raises_keeps_the_records_and_logs_once(
    recorder_factory, make_answer, db_path, caplog, broken
):
    options = broken(db_path)
    recorder = recorder_factory(**options)
    for number in range(5):
        recorder.question(make_answer(f"question {number} " + "x" * 300), "private", None)
        recorder.suggestion_picked("q", "e:chair", None)
        recorder.vote("chair", "q", False, None)
        assert not recorder.flush()
    assert recorder.stats() == Stats(days=7, answered=0, unanswered=0, votes_up=0, votes_down=0)
    assert recorder.kept == 15 and recorder.dropped == 0
    recorder.close()
    # One line when it fails; one at shutdown for what it then still could not write.
    errors = [r.getMessage() for r in problems(caplog) if r.levelno >= logging.ERROR]
    assert len(errors) == 2, errors
    assert "unavailable" in errors[0] and "kept in memory" in errors[0]
    assert "15 record(s) kept in memory could not be written before shutdown" in errors[1]
    assert recorder.dropped == 15


def test_a_locked_database_keeps_the_records_logs_once_and_writes_them_when_released(
    recorder_factory, make_answer, db_path, caplog
):
    caplog.set_level(logging.INFO, "bot.curation.store")
    recorder = recorder_factory(busy_timeout=0.05, retry_seconds=0.05)
    recorder.flush()
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    for number in range(3):
        recorder.question(make_answer(f"locked {number}"), "private", None)
        recorder.flush()
    assert recorder.kept == 3
    blocker.execute("ROLLBACK")
    blocker.close()
    recorder.question(make_answer("after"), "private", None)
    recorder.close()
    assert rows(db_path, "SELECT raw FROM questions ORDER BY id") == [
        ("locked 0",),
        ("locked 1",),
        ("locked 2",),
        ("after",),
    ]
    assert len(problems(caplog)) == 1
    assert "works again" in caplog.text
    assert recorder.dropped == 0


def test_recording_returns_at_once_while_the_writer_is_stuck(make_answer, db_path, caplog):
    release = threading.Event()

    def slow_connect() -> sqlite3.Connection:
        release.wait(10)
        return sqlite3.connect(db_path, isolation_level=None)

    db_path.parent.mkdir(parents=True)
    recorder = SqliteRecorder(db_path, connect=slow_connect, queue_limit=10, opt_out_chats=frozenset())
    started = time.perf_counter()
    for number in range(50):
        recorder.question(make_answer(f"question {number}"), "private", None)
    elapsed = time.perf_counter() - started
    release.set()
    recorder.close()
    assert elapsed < 0.5
    assert recorder.dropped == 40
    assert len(problems(caplog)) == 1
    assert rows(db_path, "SELECT COUNT(*) FROM questions") == [(10,)]


def test_a_bad_answer_object_is_logged_once_and_never_raises(recorder_factory, caplog):
    recorder = recorder_factory()
    for _ in range(3):
        recorder.question(None, "private", None)  # type: ignore[arg-type]
    recorder.close()
    assert len(problems(caplog)) == 1


# -- schema ------------------------------------------------------------------------------------


def test_an_empty_file_from_before_any_schema_is_migrated_to_the_current_version(recorder_factory, db_path):
    db_path.parent.mkdir(parents=True)
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE unrelated (x)")
    recorder_factory().close()
    assert rows(db_path, "PRAGMA user_version") == [(schema_version(),)]
    assert rows(db_path, "SELECT COUNT(*) FROM questions") == [(0,)]


def test_a_database_of_an_older_version_is_migrated_on_start_and_keeps_its_records(
    recorder_factory, make_answer, db_path, monkeypatch
):
    first = recorder_factory()
    first.question(make_answer("kept"), "private", None)
    first.close()
    newer = (*bot.curation.schema.MIGRATIONS, "ALTER TABLE questions ADD COLUMN note TEXT;")
    monkeypatch.setattr(bot.curation.schema, "MIGRATIONS", newer)
    recorder_factory().close()
    assert rows(db_path, "PRAGMA user_version") == [(len(newer),)]
    assert rows(db_path, "SELECT raw, note FROM questions") == [("kept", None)]


def test_a_failing_migration_leaves_the_old_version_intact(db_path, monkeypatch):
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrate(conn)
    broken = (*bot.curation.schema.MIGRATIONS, "CREATE TABLE t (x); BROKEN SQL;")
    monkeypatch.setattr(bot.curation.schema, "MIGRATIONS", broken)
    with pytest.raises(sqlite3.Error):
        migrate(conn)
    assert conn.execute("PRAGMA user_version").fetchone() == (1,)
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 't'").fetchall() == []


# -- opening -----------------------------------------------------------------------------------


def test_open_recorder_writes_under_the_data_dir(tmp_path, make_answer, monkeypatch):
    monkeypatch.delenv("BOT_RECORD", raising=False)
    recorder = open_recorder(tmp_path / "klbot-data")
    recorder.question(make_answer("hello?"), "private", None)
    recorder.close()
    assert rows(tmp_path / "klbot-data" / DATABASE_NAME, "SELECT raw FROM questions") == [("hello?",)]


def test_bot_record_off_gives_a_recorder_that_stores_nothing(tmp_path, make_answer):
    recorder: Recorder = open_recorder(tmp_path, record=load_config({"BOT_RECORD": "0"}).record)
    recorder.question(make_answer("hello?"), "private", None)
    recorder.close()
    assert isinstance(recorder, NullRecorder)
    assert not (tmp_path / DATABASE_NAME).exists()


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"BOT_DATA_DIR": "/srv/klbot", "XDG_DATA_HOME": "/x"}, Path("/srv/klbot")),
        ({"XDG_DATA_HOME": "/x"}, Path("/x/klbot")),
        ({"HOME": "/home/anna"}, Path("/home/anna/.local/share/klbot")),
    ],
)
def test_the_data_dir_comes_from_bot_data_dir_then_xdg_then_home(env, expected):
    data_dir = load_config(env).data_dir
    assert data_dir == expected
    assert database_path(data_dir) == expected / DATABASE_NAME


def test_records_are_written_when_the_program_exits_without_calling_close(tmp_path):
    path = tmp_path / "klbot.sqlite3"
    script = (
        "import sys\n"
        "from bot.core.answer import Answer\n"
        "from bot.curation.store import SqliteRecorder\n"
        "recorder = SqliteRecorder(sys.argv[1], opt_out_chats=frozenset())\n"
        "for n in range(2000):\n"
        "    recorder.question(Answer(f'q{n}', False, '', 'en', 0, 'fallback'), 'private', None)\n"
        "sys.exit(0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert rows(path, "SELECT COUNT(*) FROM questions") == [(2000,)]
