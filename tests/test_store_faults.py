"""The curation database under the faults of issue #11's campaign.

A locked, read-only or vanished database (or data directory) must cost no record that fits the
in-memory bound, and nothing about the data directory may stop the process. How each fault is
made, since the tests run as root (for whom ``chmod`` changes nothing):

* a lock: another connection holding ``BEGIN EXCLUSIVE``, as a backup tool or a curator's
  sqlite3 shell would;
* a read-only data directory: ``chattr +i`` (immutable, which binds root too) when running as
  root, plain ``chmod`` otherwise; skipped where neither is possible;
* a deleted file or directory: ``unlink`` / ``rmtree`` while the recorder runs;
* an unusable ``-shm``: in a child process, ``-shm`` truncated (the SIGBUS trigger under WAL)
  or, as our recorder never creates one, a directory put in its place, and the rollback
  journal blocked by a directory for a while. A control run shows the same truncation kills a
  WAL connection with SIGBUS, so the fault is real.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.curation.store import SqliteRecorder

ROOT = Path(__file__).resolve().parents[1]


def rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def messages(caplog: pytest.LogCaptureFixture, level: int = logging.WARNING) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "bot.curation.store" and r.levelno >= level]


def wait_until_written(recorder: SqliteRecorder, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if recorder.flush(seconds):
            return True
        time.sleep(0.05)
    return False


class Lock:
    """Another connection holding the database's exclusive lock until ``release``."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute("BEGIN EXCLUSIVE")

    def release(self) -> None:
        self.conn.execute("ROLLBACK")
        self.conn.close()


@contextlib.contextmanager
def read_only_directory(path: Path) -> Iterator[None]:
    """``path`` cannot be written (no file created or removed in it) inside the block."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("root, and no chattr +i here: no way to make a directory read-only for root")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


# -- locks -------------------------------------------------------------------------------------


def test_a_database_locked_for_ten_seconds_loses_no_record(recorder_factory, make_answer, db_path, caplog):
    caplog.set_level(logging.INFO, "bot.curation.store")
    recorder = recorder_factory()  # the production busy timeout and retry times
    assert recorder.flush()
    lock = Lock(db_path)
    release = threading.Timer(10.0, lock.release)
    release.start()
    recorded = 0
    slowest = 0.0
    try:
        while release.is_alive():
            started = time.perf_counter()
            recorder.question(make_answer(f"while locked {recorded}"), "private", None)
            slowest = max(slowest, time.perf_counter() - started)
            recorded += 1
            time.sleep(0.1)
    finally:
        release.join()
    assert wait_until_written(recorder, 60), "not written within a minute of the lock's release"
    recorder.close()
    assert rows(db_path, "SELECT COUNT(*) FROM questions") == [(recorded,)]
    assert recorded >= 50 and recorder.dropped == 0
    assert slowest < 0.5  # recording never waited for the lock
    assert len(messages(caplog)) == 1 and "database is locked" in messages(caplog)[0]
    assert "works again" in caplog.text


def test_close_writes_what_is_kept_once_a_lock_goes_away(recorder_factory, make_answer, db_path):
    recorder = recorder_factory(busy_timeout=0.1)
    assert recorder.flush()
    lock = Lock(db_path)
    for number in range(5):
        recorder.question(make_answer(f"kept {number}"), "private", None)
    assert not recorder.flush()
    threading.Timer(1.0, lock.release).start()
    recorder.close()  # shutdown while still locked: it waits for the lock (up to drain_seconds)
    assert rows(db_path, "SELECT COUNT(*) FROM questions") == [(5,)]
    assert recorder.dropped == 0


def test_close_gives_up_on_a_lasting_lock_and_says_what_is_lost(recorder_factory, make_answer, db_path, caplog):
    recorder = recorder_factory(busy_timeout=0.1, drain_seconds=1.0)
    assert recorder.flush()
    lock = Lock(db_path)
    try:
        for number in range(5):
            recorder.question(make_answer(f"lost {number}"), "private", None)
        started = time.monotonic()
        recorder.close()
        assert time.monotonic() - started < 10
    finally:
        lock.release()
    assert recorder.dropped == 5
    assert "5 record(s) kept in memory could not be written before shutdown" in messages(caplog)[-1]


def test_records_beyond_the_bound_are_dropped_counted_and_logged_once(recorder_factory, make_answer, db_path, caplog):
    recorder = recorder_factory(busy_timeout=0.05, retry_seconds=0.05, queue_limit=10)
    assert recorder.flush()
    lock = Lock(db_path)
    for number in range(25):
        recorder.question(make_answer(f"q {number}"), "private", None)
        recorder.flush()
    assert (recorder.kept, recorder.dropped) == (10, 15)
    lock.release()
    assert wait_until_written(recorder, 30)
    recorder.close()
    assert rows(db_path, "SELECT raw FROM questions ORDER BY id") == [(f"q {n}",) for n in range(10)]
    errors = messages(caplog, logging.ERROR)
    assert len(errors) == 2, errors  # unavailable, and the overflow: once each
    assert "newer records are dropped" in errors[1]


# -- the data directory ------------------------------------------------------------------------


def test_a_read_only_data_directory_keeps_answering_and_recording_resumes(
    recorder_factory, make_answer, db_path, engine, caplog
):
    caplog.set_level(logging.INFO, "bot.curation.store")
    recorder = recorder_factory(retry_seconds=0.2)
    recorder.question(make_answer("before"), "private", None)
    assert recorder.flush()
    with read_only_directory(db_path.parent):
        started = time.monotonic()
        for number in range(20):
            answer = engine.ask("hvem er formand?")
            assert answer.answered
            recorder.question(make_answer(f"read-only {number}"), "private", None)
        recorder.flush()
        assert time.monotonic() - started < 5
        assert not recorder.flush() and recorder.kept == 20
    assert wait_until_written(recorder, 30)
    recorder.close()
    assert rows(db_path, "SELECT COUNT(*) FROM questions") == [(21,)]
    assert recorder.dropped == 0
    assert len(messages(caplog)) == 1 and "unable to open database file" in messages(caplog)[0]
    assert "works again" in caplog.text


@pytest.mark.parametrize("what", ["file", "directory"])
def test_a_deleted_database_is_noticed_and_created_anew_with_one_log_line(
    recorder_factory, make_answer, db_path, caplog, what
):
    recorder = recorder_factory()
    recorder.opt_out(13)
    recorder.question(make_answer("into the old file"), "private", None)
    assert recorder.flush()
    if what == "file":
        db_path.unlink()
    else:
        shutil.rmtree(db_path.parent)
    recorder.question(make_answer("into the new file"), "private", None)
    recorder.question(make_answer("from 13"), "private", 13)
    assert recorder.flush()
    assert db_path.is_file()
    assert rows(db_path, "SELECT raw FROM questions") == [("into the new file",)]
    assert rows(db_path, "SELECT COUNT(*) FROM opt_outs") == [(1,)]  # the opt-out is stored again
    recorder.close()
    warnings = messages(caplog)
    assert len(warnings) == 1 and "deleted or replaced" in warnings[0]


def test_a_replaced_database_file_is_noticed_too(recorder_factory, make_answer, db_path, tmp_path, caplog):
    recorder = recorder_factory()
    recorder.question(make_answer("into the first file"), "private", None)
    assert recorder.flush()
    other = tmp_path / "restored.sqlite3"
    shutil.copy(db_path, other)
    os.replace(other, db_path)  # e.g. a backup restored over it
    recorder.question(make_answer("into the restored file"), "private", None)
    recorder.close()
    assert rows(db_path, "SELECT raw FROM questions ORDER BY id") == [
        ("into the first file",),
        ("into the restored file",),
    ]
    assert ["deleted or replaced" in m for m in messages(caplog)] == [True]


def test_an_old_wal_database_is_switched_over_without_its_shm(recorder_factory, make_answer, db_path):
    first = recorder_factory()
    first.question(make_answer("from before"), "private", None)
    first.close()
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    shm = Path(f"{db_path}-shm")
    shm.mkdir()  # a -shm SQLite cannot open: a connection that needed it would fail
    recorder = recorder_factory()
    recorder.question(make_answer("after"), "private", None)
    assert recorder.flush()
    recorder.close()
    shm.rmdir()
    assert rows(db_path, "PRAGMA journal_mode") == [("delete",)]
    assert rows(db_path, "SELECT raw FROM questions ORDER BY id") == [("from before",), ("after",)]


def test_text_sqlite_cannot_encode_is_stored_with_a_replacement_character(recorder_factory, make_answer, db_path):
    recorder = recorder_factory()
    recorder.question(make_answer("hvad er \ud800 det"), "private", None)
    recorder.vote("chair", "lone \udfff", True, None)
    recorder.close()
    assert rows(db_path, "SELECT raw FROM questions") == [("hvad er \ufffd det",)]
    assert rows(db_path, "SELECT raw FROM votes") == [("lone \ufffd",)]
    assert recorder.dropped == 0


# -- the shared-memory file, in a child process (a SIGBUS would kill it, not pytest) -------------

RECORDER_CHILD = """
import sys
from bot.core.answer import Answer
from bot.curation.store import SqliteRecorder
recorder = SqliteRecorder(sys.argv[1], opt_out_chats=frozenset(), busy_timeout=0.1, retry_seconds=0.1)
for line in sys.stdin:
    recorder.question(Answer(line.strip(), False, "", "en", 0, "fallback"), "private", None)
    print("written" if recorder.flush() else "kept", flush=True)
recorder.close()
print("dropped", recorder.dropped, flush=True)
"""

WAL_CHILD = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("CREATE TABLE IF NOT EXISTS questions (raw TEXT)")
for line in sys.stdin:
    conn.execute("INSERT INTO questions (raw) VALUES (?)", (line.strip(),))
    print("written", flush=True)
"""


def spoil_shm(db_path: Path) -> None:
    """What the campaign did to the shared-memory file: truncate it; where there is none (our
    recorder never makes one), put a directory in its place so none can be made."""
    shm = Path(f"{db_path}-shm")
    if shm.exists():
        os.truncate(shm, 0)
    else:
        shm.mkdir()


def drive(script: str, db_path: Path, steps: list[str | None]) -> tuple[int, list[str]]:
    """Run ``script`` on ``db_path``, sending one question per step; a step None spoils the
    -shm instead, a step "block"/"unblock" puts a directory where the journal goes / removes it."""
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdin is not None and child.stdout is not None
    replies = []
    journal = Path(f"{db_path}-journal")
    try:
        for step in steps:
            if step is None:
                spoil_shm(db_path)
            elif step == "block":
                journal.mkdir()
            elif step == "unblock":
                journal.rmdir()
            else:
                try:
                    child.stdin.write(step + "\n")
                    child.stdin.flush()
                except BrokenPipeError:
                    break
                reply = child.stdout.readline().strip()
                if not reply:
                    break
                replies.append(reply)
        with contextlib.suppress(BrokenPipeError):
            child.stdin.close()
        replies.extend(child.stdout.read().split("\n"))
        return child.wait(timeout=60), [r for r in replies if r]
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


@pytest.mark.skipif(sys.platform != "linux", reason="how a truncated mapping fails is Linux's")
def test_control_the_same_fault_kills_a_wal_connection_with_sigbus(tmp_path):
    db_path = tmp_path / "wal.sqlite3"
    status, replies = drive(WAL_CHILD, db_path, ["one", "two", None, "three"])
    assert status == -signal.SIGBUS, (status, replies)


def test_an_unusable_shm_or_journal_never_stops_the_recorder_and_loses_nothing(tmp_path):
    db_path = tmp_path / "data" / "klbot.sqlite3"
    steps: list[str | None] = ["one", "two", None, "three", "block", "four", "five", "unblock", "six"]
    status, replies = drive(RECORDER_CHILD, db_path, steps)
    assert status == 0, replies
    assert replies[:2] == ["written", "written"]
    assert replies[3:5] == ["kept", "kept"]  # the journal cannot be created: kept in memory
    assert replies[-1] == "dropped 0"
    assert rows(db_path, "SELECT raw FROM questions ORDER BY id") == [
        (q,) for q in ("one", "two", "three", "four", "five", "six")
    ]


def test_a_record_sqlite_refuses_is_dropped_without_holding_up_the_others(recorder_factory, make_answer, db_path):
    from bot.curation.store import _INSERT_PICK, _Write

    recorder = recorder_factory()
    recorder.question(make_answer("before"), "private", None)
    recorder._submit(_Write(_INSERT_PICK, (0.0, object(), "n", "r"), None))  # cannot be bound
    recorder.question(make_answer("after"), "private", None)
    assert recorder.flush()
    recorder.close()
    assert rows(db_path, "SELECT raw FROM questions ORDER BY id") == [("before",), ("after",)]
    assert recorder.dropped == 1
