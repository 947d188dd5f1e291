"""The curation database: what real users asked that the bot could not answer, and their votes.

``SqliteRecorder`` implements ``bot.curation.recording.Recorder`` over one SQLite file (standard
library ``sqlite3``, WAL mode) in the data directory (``BOT_DATA_DIR``, see ``bot.config``).

What is stored (and what is not)
    * ``questions``: one row per question the adapter reports. Questions the bot could not
      answer, or answered only with suggestions, keep their text (as typed and folded by
      ``bot.core.normalize.fold``), language, chat type, outcome and time. Answered questions
      are counted only (time, outcome, language, chat type, entry): their text is not kept.
    * ``picks``: which suggestion (``e:<entry>`` / ``p:<person>``) a user pressed after a
      question, with that question's text.
    * ``votes``: every 👍/👎 with the entry it was about (``Answer.source``) and the question;
      a changed vote (``change_vote``) replaces one vote the other way, so each person counts once.
    * No user ids, user names or chat ids are ever written.

Opting out
    A chat is left out of every table when its id is listed in ``BOT_OPT_OUT_CHATS``
    (``opt_out_chats``, read by ``bot.config``) or after ``opt_out(chat_id)`` (the Telegram
    ``/privacy off`` command; ``/privacy on`` calls ``opt_in``). ``opt_out`` stores only a keyed hash of the chat id
    (HMAC-SHA256 with a random per-database salt) in ``opt_outs``: enough to recognise the
    chat again, not a readable id (chat ids are guessable, so this deters casual reading,
    not a determined attacker holding the file). Past records carry no chat id, so there is
    nothing per chat to delete. ``BOT_RECORD=0`` turns recording off altogether.

Never in the way of answering
    The public methods only put a record on a bounded queue; one background thread owns
    the connection and writes in batches. A database that cannot be opened or written
    (locked, read-only, disk full, corrupt, newer schema) is logged once, and records are
    dropped until writing works again (the thread retries; recovery is logged too).
    ``close()`` writes everything still queued before it returns, so a clean shutdown
    (SIGTERM through the Telegram runner) loses nothing; calling it twice is harmless.

The schema and its migrations are in ``bot.curation.schema``.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import hmac
import logging
import queue
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from bot.core.answer import Answer
from bot.core.normalize import clean_display, fold
from bot.curation.paths import database_path
from bot.curation.recording import Stats
from bot.curation.schema import SchemaError, migrate, query_stats

log = logging.getLogger(__name__)

QUEUE_LIMIT = 10_000
"""Records waiting to be written; beyond this (a stuck disk) new records are dropped."""
BATCH_LIMIT = 500
"""Records written in one transaction."""
RETRY_SECONDS = 30.0
"""How long a database that failed to open is left alone before the next try."""

_INSERT_QUESTION = (
    "INSERT INTO questions (ts, answered, outcome, lang, chat_type, confidence, source, norm, raw,"
    " suggestions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_PICK = "INSERT INTO picks (ts, key, norm, raw) VALUES (?, ?, ?, ?)"
_INSERT_VOTE = "INSERT INTO votes (ts, up, source, norm, raw) VALUES (?, ?, ?, ?, ?)"
_UNDO_VOTE = (
    "DELETE FROM votes WHERE id = (SELECT id FROM votes WHERE source IS ? AND up = ?"
    " ORDER BY norm = ? DESC, id DESC LIMIT 1)"
)
"""Removes the latest vote the other way on the same answer (the same question first)."""


# -- queue items -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Write:
    sql: str
    params: tuple[object, ...]
    chat_id: int | None


@dataclass(frozen=True)
class _OptOut:
    chat_id: int
    out: bool


@dataclass(frozen=True)
class _Flush:
    done: Future[None]


@dataclass(frozen=True)
class _StatsRequest:
    days: int
    now: float
    result: Future[Stats]


class _Stop:
    pass


_Item = _Write | _OptOut | _Flush | _StatsRequest | _Stop


class SqliteRecorder:
    """Records to one SQLite file from a background thread; see the module docstring."""

    def __init__(
        self,
        path: Path | str,
        *,
        opt_out_chats: frozenset[int] = frozenset(),
        connect: Callable[[], sqlite3.Connection] | None = None,
        busy_timeout: float = 1.0,
        clock: Callable[[], float] = time.time,
        queue_limit: int = QUEUE_LIMIT,
        retry_seconds: float = RETRY_SECONDS,
    ) -> None:
        """``opt_out_chats`` are never recorded (``BOT_OPT_OUT_CHATS``); ``connect`` replaces the
        default connection (tests use it for read-only files)."""
        self.path = Path(path)
        self._connect = connect or self._default_connect
        self._busy_timeout = busy_timeout
        self._clock = clock
        self._retry_seconds = retry_seconds
        self._env_opt_outs = opt_out_chats
        self._queue: queue.Queue[_Item] = queue.Queue(maxsize=queue_limit)
        self._lock = threading.Lock()
        self._closed = False
        self._caller_drops = 0
        self._caller_problem_logged = False
        # Owned by the worker thread:
        self._conn: sqlite3.Connection | None = None
        self._next_open = 0.0
        self._failing = False
        self._dropped = 0
        self._salt = secrets.token_bytes(16)
        self._opted_out_hashes: set[str] = set()
        self._session_opt_outs: set[int] = set()
        self._thread = threading.Thread(target=self._run, name="klbot-recorder", daemon=True)
        self._thread.start()
        atexit.register(self.close)

    # -- Recorder protocol ---------------------------------------------------------------

    def question(self, answer: Answer, chat_type: str, chat_id: int | None) -> None:
        """Count an answered question; keep the text of one not answered (or only suggested)."""
        try:
            if answer.answered:
                text: tuple[str | None, str | None, str | None] = (None, None, None)
            else:
                keys = "\n".join(s.key for s in answer.suggestions) or None
                text = (fold(answer.question), clean_display(answer.question), keys)
            params = (
                self._clock(),
                int(answer.answered),
                answer.outcome,
                answer.language,
                chat_type[:32],
                int(answer.confidence),
                answer.source,
                *text,
            )
            self._submit(_Write(_INSERT_QUESTION, params, chat_id))
        except Exception as exc:  # recording must never break answering
            self._caller_problem(exc)

    def suggestion_picked(self, question: str, key: str, chat_id: int | None) -> None:
        try:
            raw = clean_display(question)
            self._submit(_Write(_INSERT_PICK, (self._clock(), key[:200], fold(raw), raw), chat_id))
        except Exception as exc:
            self._caller_problem(exc)

    def vote(self, source: str | None, question: str, up: bool, chat_id: int | None) -> None:
        try:
            raw = clean_display(question)
            self._submit(_Write(_INSERT_VOTE, (self._clock(), int(up), source, fold(raw), raw), chat_id))
        except Exception as exc:
            self._caller_problem(exc)

    def change_vote(self, source: str | None, question: str, up: bool, chat_id: int | None) -> None:
        """One earlier vote the other way on ``source`` becomes this one (no user ids are kept,
        so any such vote will do: the counts are what matter)."""
        try:
            raw = clean_display(question)
            self._submit(_Write(_UNDO_VOTE, (source, int(not up), fold(raw)), chat_id))
            self._submit(_Write(_INSERT_VOTE, (self._clock(), int(up), source, fold(raw), raw), chat_id))
        except Exception as exc:
            self._caller_problem(exc)

    def stats(self, days: int = 7, timeout: float = 3.0) -> Stats:
        """Counts for the last ``days`` days, including records still queued.

        Waits for the writer thread (at most ``timeout`` seconds); all zeros when the
        database cannot be read. From async code: ``await asyncio.to_thread(rec.stats, 7)``.
        """
        result: Future[Stats] = Future()
        if self._submit(_StatsRequest(days, self._clock(), result)):
            try:
                return result.result(timeout)
            except Exception as exc:
                log.warning("recording database: no statistics (%s)", exc or type(exc).__name__)
        return Stats(days=days, answered=0, unanswered=0, votes_up=0, votes_down=0)

    def close(self, timeout: float = 30.0) -> None:
        """Write everything queued, then close the database. Safe to call more than once."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        atexit.unregister(self.close)
        try:
            self._queue.put(_Stop(), timeout=timeout)
        except queue.Full:
            log.error("recording database: writer is stuck; queued records are lost")
            return
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.error("recording database: writer did not finish within %.0f s", timeout)
        dropped = self._dropped + self._caller_drops
        if dropped:
            log.info("recording database: %d record(s) were dropped while it was unavailable", dropped)

    def set_opt_out(self, chat_id: int, out: bool) -> bool:
        """``opt_out`` or ``opt_in``; after ``opt_in`` the chat is recorded again, unless it is
        one of ``opt_out_chats`` (``BOT_OPT_OUT_CHATS``), which stay out."""
        if out:
            self.opt_out(chat_id)
        else:
            self.opt_in(chat_id)
        return not out and chat_id not in self._env_opt_outs

    def is_opted_out(self, chat_id: int, timeout: float = 3.0) -> bool:
        """Waits (at most ``timeout`` seconds) for queued opt-outs to be applied first."""
        self.flush(timeout)
        return self._excluded(chat_id)

    # -- beyond the protocol -------------------------------------------------------------

    def opt_out(self, chat_id: int) -> None:
        """Record nothing more from ``chat_id``, now and after restarts (stores a keyed hash).

        While the database is unavailable the opt-out holds until the bot stops."""
        self._submit(_OptOut(chat_id, out=True))

    def opt_in(self, chat_id: int) -> None:
        """Undo ``opt_out`` (a chat listed in ``BOT_OPT_OUT_CHATS`` stays out)."""
        self._submit(_OptOut(chat_id, out=False))

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued so far is written (or dropped); False on timeout."""
        done: Future[None] = Future()
        if not self._submit(_Flush(done)):
            return False
        try:
            done.result(timeout)
        except Exception:
            return False
        return True

    @property
    def dropped(self) -> int:
        """Records lost so far (database unavailable, queue full or recorder closed)."""
        return self._dropped + self._caller_drops

    # -- caller side ---------------------------------------------------------------------

    def _submit(self, item: _Item) -> bool:
        with self._lock:
            if self._closed:
                self._caller_drops += isinstance(item, _Write)
                return False
            try:
                self._queue.put_nowait(item)
            except queue.Full:
                self._caller_drops += 1
                if not self._caller_problem_logged:
                    self._caller_problem_logged = True
                    log.error("recording database: %d records waiting; new records are dropped", self._queue.maxsize)
                return False
        return True

    def _caller_problem(self, exc: Exception) -> None:
        with self._lock:
            self._caller_drops += 1
            if self._caller_problem_logged:
                return
            self._caller_problem_logged = True
        log.error("recording failed (%s: %s); answering goes on", type(exc).__name__, exc)

    # -- writer thread -------------------------------------------------------------------

    def _default_connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return sqlite3.connect(self.path, timeout=self._busy_timeout, isolation_level=None)

    def _run(self) -> None:
        self._connection()  # open and migrate at start, so problems show up in the log at once
        stopping = False
        while not stopping:
            batch = [self._queue.get()]
            while len(batch) < BATCH_LIMIT:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            try:
                stopping = self._process(batch)
            except Exception as exc:  # never let the writer die, nor leave a caller waiting
                self._failed(exc, sum(isinstance(item, _Write) for item in batch))
                for item in batch:
                    if isinstance(item, _Flush) and not item.done.done():
                        item.done.set_result(None)
                    elif isinstance(item, _StatsRequest) and not item.result.done():
                        item.result.set_exception(RuntimeError("recorder failed"))
                stopping = any(isinstance(item, _Stop) for item in batch)
        self._close_connection()

    def _process(self, batch: Sequence[_Item]) -> bool:
        stopping = False
        writes: list[_Write] = []
        for item in batch:
            if isinstance(item, _Write):
                if not self._excluded(item.chat_id):
                    writes.append(item)
                continue
            self._write(writes)
            writes = []
            if isinstance(item, _OptOut):
                self._set_opt_out(item)
            elif isinstance(item, _Flush):
                item.done.set_result(None)
            elif isinstance(item, _StatsRequest):
                self._answer_stats(item)
            else:
                stopping = True
        self._write(writes)
        return stopping

    def _connection(self) -> sqlite3.Connection | None:
        if self._conn is None and self._clock() >= self._next_open:
            self._conn = self._open()
        return self._conn

    def _open(self) -> sqlite3.Connection | None:
        conn: sqlite3.Connection | None = None
        try:
            conn = self._connect()
            conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout * 1000)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            migrate(conn)
            row = conn.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()
            if row is None:
                raise SchemaError("meta table without a salt")
            self._salt = bytes.fromhex(str(row[0]))
            self._opted_out_hashes = {str(r[0]) for r in conn.execute("SELECT chat_hash FROM opt_outs")}
        except (sqlite3.Error, OSError, SchemaError, ValueError) as exc:
            if conn is not None:
                conn.close()
            self._next_open = self._clock() + self._retry_seconds
            self._failed(exc, 0)
            return None
        return conn

    def _write(self, writes: list[_Write]) -> None:
        if not writes:
            return
        conn = self._connection()
        if conn is None:
            self._dropped += len(writes)
            return
        try:
            conn.execute("BEGIN")
            for write in writes:
                conn.execute(write.sql, write.params)
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback(conn)
            self._failed(exc, len(writes))
            if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
                self._reopen_later()  # a damaged file: stop using this connection
            return
        self._recovered()

    def _set_opt_out(self, item: _OptOut) -> None:
        digest = self._hash(item.chat_id)
        if item.out:
            self._session_opt_outs.add(item.chat_id)
            self._opted_out_hashes.add(digest)
        else:
            self._session_opt_outs.discard(item.chat_id)
            self._opted_out_hashes.discard(digest)
        conn = self._connection()
        if conn is None:
            return
        try:
            if item.out:
                conn.execute("INSERT OR REPLACE INTO opt_outs (chat_hash, ts) VALUES (?, ?)", (digest, self._clock()))
            else:
                conn.execute("DELETE FROM opt_outs WHERE chat_hash = ?", (digest,))
        except sqlite3.Error as exc:
            self._failed(exc, 0)
            return
        self._recovered()

    def _answer_stats(self, request: _StatsRequest) -> None:
        conn = self._connection()
        if conn is None:
            request.result.set_exception(RuntimeError("database unavailable"))
            return
        try:
            request.result.set_result(query_stats(conn, request.days, request.now))
        except sqlite3.Error as exc:
            request.result.set_exception(exc)

    def _excluded(self, chat_id: int | None) -> bool:
        if chat_id is None:
            return False
        return (
            chat_id in self._env_opt_outs
            or chat_id in self._session_opt_outs
            or self._hash(chat_id) in self._opted_out_hashes
        )

    def _hash(self, chat_id: int) -> str:
        return hmac.new(self._salt, str(chat_id).encode(), hashlib.sha256).hexdigest()

    def _rollback(self, conn: sqlite3.Connection) -> None:
        try:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        except sqlite3.Error:
            self._reopen_later()

    def _close_connection(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
        self._conn = None

    def _reopen_later(self) -> None:
        self._close_connection()
        self._next_open = self._clock() + self._retry_seconds

    def _failed(self, exc: BaseException, dropped: int) -> None:
        self._dropped += dropped
        if self._failing:
            return
        self._failing = True
        log.error(
            "recording database %s unavailable (%s: %s); answering goes on, records are dropped "
            "until it can be written again",
            self.path,
            type(exc).__name__,
            exc,
        )

    def _recovered(self) -> None:
        if self._failing:
            self._failing = False
            log.info("recording database %s works again (%d record(s) dropped so far)", self.path, self._dropped)


class NullRecorder:
    """Records nothing (``BOT_RECORD=0``); same methods as ``SqliteRecorder``."""

    def question(self, answer: Answer, chat_type: str, chat_id: int | None) -> None:
        return None

    def suggestion_picked(self, question: str, key: str, chat_id: int | None) -> None:
        return None

    def vote(self, source: str | None, question: str, up: bool, chat_id: int | None) -> None:
        return None

    def change_vote(self, source: str | None, question: str, up: bool, chat_id: int | None) -> None:
        return None

    def stats(self, days: int = 7, timeout: float = 3.0) -> Stats:
        return Stats(days=days, answered=0, unanswered=0, votes_up=0, votes_down=0)

    def close(self, timeout: float = 30.0) -> None:
        return None

    def set_opt_out(self, chat_id: int, out: bool) -> bool:
        return False  # nothing is recorded, whatever the chat asks for

    def opt_out(self, chat_id: int) -> None:
        return None

    def opt_in(self, chat_id: int) -> None:
        return None

    def is_opted_out(self, chat_id: int, timeout: float = 3.0) -> bool:
        return True

    def flush(self, timeout: float = 10.0) -> bool:
        return True


def open_recorder(
    data_dir: Path | str, *, record: bool = True, opt_out_chats: frozenset[int] = frozenset()
) -> SqliteRecorder | NullRecorder:
    """The recorder the Telegram runner uses: ``<data dir>/klbot.sqlite3``, or nothing when
    ``record`` is off (``BOT_RECORD=0``). Never raises; an unusable database is logged once and
    skipped."""
    if not record:
        log.info("recording is off (BOT_RECORD=0)")
        return NullRecorder()
    path = database_path(data_dir)
    log.info("recording unanswered questions and votes to %s", path)
    return SqliteRecorder(path, opt_out_chats=opt_out_chats)
