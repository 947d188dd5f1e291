"""The curation database: what real users asked that the bot could not answer, and their votes.

``SqliteRecorder`` implements ``bot.curation.recording.Recorder`` over one SQLite file (standard
library ``sqlite3``, rollback journal) in the data directory (``BOT_DATA_DIR``, see ``bot.config``).

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
    (locked, read-only, disk full, corrupt, newer schema, a data directory that is gone or
    unwritable) is logged once; its records are kept in memory, up to ``QUEUE_LIMIT``, and
    written when it works again (the thread retries, waiting longer each time up to
    ``RETRY_SECONDS``; recovery is logged too). Only records beyond that bound are dropped,
    counted, and logged once per outage. A database file deleted (or replaced) while the bot
    runs is noticed before the next write and created anew, with one log line.
    ``close()`` writes everything still kept before it returns (waiting up to
    ``DRAIN_SECONDS`` for a lock to go away), so a clean shutdown (SIGTERM through the
    Telegram runner) loses nothing that can be written; calling it twice is harmless.

Why a rollback journal, not WAL
    In WAL mode every connection maps the ``-shm`` file into memory; when that file is
    truncated or cannot be backed while the bot runs, the next access is a SIGBUS that kills
    the process with everything queued (the fault campaign of issue #11 did exactly that).
    ``journal_mode=DELETE`` uses no shared memory and ``mmap_size=0`` maps nothing, so every
    I/O problem comes back as an ``sqlite3`` error. A database left in WAL mode by an older
    version is switched over under ``locking_mode=EXCLUSIVE``, in which SQLite keeps the WAL
    index in heap memory and never opens the ``-shm`` (https://sqlite.org/wal.html, "Use of
    WAL without shared-memory"). ``review`` opens the file read-only beside the running bot;
    with a rollback journal it only needs read access to the file.

The schema and its migrations are in ``bot.curation.schema``.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import hmac
import logging
import os
import queue
import re
import secrets
import sqlite3
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from bot.core.answer import Answer
from bot.core.normalize import clean_display, fold
from bot.curation.paths import database_path
from bot.curation.recording import Stats
from bot.curation.schema import SchemaError, migrate, query_stats, schema_version, stored_version

log = logging.getLogger(__name__)

QUEUE_LIMIT = 10_000
"""Records kept in memory while the database cannot be written (and, separately, records
waiting for the writer thread); beyond this new records are dropped and counted."""
BATCH_LIMIT = 500
"""Records written in one transaction."""
RETRY_SECONDS = 30.0
"""The longest wait between two tries of a database that cannot be written."""
FIRST_RETRY_SECONDS = 0.5
"""The first wait after a failure; it doubles with each failure up to ``RETRY_SECONDS``."""
DRAIN_SECONDS = 5.0
"""How long ``close()`` keeps trying a locked database before it gives up on what is kept."""

_SURROGATE = re.compile("[\ud800-\udfff]")
_BUSY_CODES = frozenset({5, 6})  # SQLITE_BUSY, SQLITE_LOCKED: waiting may help

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
    done: Future[bool]


@dataclass(frozen=True)
class _StatsRequest:
    days: int
    now: float
    result: Future[Stats]


@dataclass(frozen=True)
class _Stop:
    deadline: float
    """``time.monotonic()`` after which a locked database is given up."""


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
        drain_seconds: float = DRAIN_SECONDS,
    ) -> None:
        """``opt_out_chats`` are never recorded (``BOT_OPT_OUT_CHATS``); ``connect`` replaces the
        default connection (tests use it for read-only files); ``clock`` gives the records'
        times (retries are timed with ``time.monotonic``)."""
        self.path = Path(path)
        self._connect = connect or self._default_connect
        self._busy_timeout = busy_timeout
        self._clock = clock
        self._retry_seconds = retry_seconds
        self._drain_seconds = drain_seconds
        self._queue_limit = queue_limit
        self._env_opt_outs = opt_out_chats
        self._queue: queue.Queue[_Item] = queue.Queue(maxsize=queue_limit)
        self._lock = threading.Lock()
        self._closed = False
        self._caller_drops = 0
        self._caller_problem_logged = False
        # Owned by the worker thread:
        self._conn: sqlite3.Connection | None = None
        self._identity: tuple[int, int] | None = None
        self._kept: deque[_Write] = deque()
        self._next_try = 0.0
        self._backoff = 0.0
        self._failing = False
        self._overflowing = False
        self._dropped = 0
        self._lost_at_close = 0
        self._refused_logged = False
        self._last_busy = False
        """Whether the last failed try met a lock (waiting may help), for ``_drain``."""
        self._salt = secrets.token_bytes(16)
        self._opted_out_hashes: set[str] = set()
        self._choices: dict[int, bool] = {}
        """Opt-outs (True) and opt-ins (False) of this run, by chat id."""
        self._unsaved: dict[int, bool] = {}
        """Those not yet in the open database (all of them after opening a file)."""
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
                raw = _storable(answer.question)
                text = (fold(raw), clean_display(raw), keys)
            params = (
                self._clock(),
                int(answer.answered),
                answer.outcome,
                answer.language,
                _storable(chat_type[:32]),
                int(answer.confidence),
                answer.source,
                *text,
            )
            self._submit(_Write(_INSERT_QUESTION, params, chat_id))
        except Exception as exc:  # recording must never break answering
            self._caller_problem(exc)

    def suggestion_picked(self, question: str, key: str, chat_id: int | None) -> None:
        try:
            raw = clean_display(_storable(question))
            self._submit(_Write(_INSERT_PICK, (self._clock(), _storable(key[:200]), fold(raw), raw), chat_id))
        except Exception as exc:
            self._caller_problem(exc)

    def vote(self, source: str | None, question: str, up: bool, chat_id: int | None) -> None:
        try:
            raw = clean_display(_storable(question))
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
        """Write everything kept, then close the database. Safe to call more than once.

        A locked database is tried for up to ``drain_seconds`` (and never beyond ``timeout``);
        what still cannot be written is counted and logged once."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        atexit.unregister(self.close)
        started = time.monotonic()
        try:
            self._queue.put(_Stop(started + min(self._drain_seconds, timeout)), timeout=timeout)
        except queue.Full:
            log.error("recording database: writer is stuck; queued records are lost")
            return
        self._thread.join(max(0.0, timeout - (time.monotonic() - started)))
        if self._thread.is_alive():
            log.error("recording database: writer did not finish within %.0f s", timeout)
            return
        if self._lost_at_close:
            log.error(
                "recording database %s: %d record(s) kept in memory could not be written before shutdown and are lost",
                self.path,
                self._lost_at_close,
            )
        if self.dropped:
            log.info("recording database: %d record(s) were dropped in this run", self.dropped)

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

        While the database is unavailable the opt-out holds in memory and is stored when
        the database works again (or in a new file, if the old one was deleted)."""
        self._submit(_OptOut(chat_id, out=True))

    def opt_in(self, chat_id: int) -> None:
        """Undo ``opt_out`` (a chat listed in ``BOT_OPT_OUT_CHATS`` stays out)."""
        self._submit(_OptOut(chat_id, out=False))

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued so far has been handed to the writer and tried.

        True when all of it is written; False when some is still kept for a later try
        (the database is unavailable and not due for a retry yet) or on timeout."""
        done: Future[bool] = Future()
        if not self._submit(_Flush(done)):
            return False
        try:
            return done.result(timeout)
        except Exception:
            return False

    @property
    def dropped(self) -> int:
        """Records lost so far (beyond the in-memory bound, recorder closed, or not writable
        at shutdown)."""
        return self._dropped + self._caller_drops

    @property
    def kept(self) -> int:
        """Records held in memory until the database can be written."""
        return len(self._kept)

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
        try:
            self._try_write(force=True)  # open and migrate at start, so problems show up in the log at once
        except Exception as exc:
            self._failed(exc)
        while True:
            wait = max(0.0, self._next_try - time.monotonic()) if self._kept or self._unsaved else None
            try:
                batch = [self._queue.get(timeout=wait)]
            except queue.Empty:
                batch = []
            while len(batch) < BATCH_LIMIT:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            try:
                stop = self._process(batch)
            except Exception as exc:  # never let the writer die, nor leave a caller waiting
                self._failed(exc)
                stop = next((item for item in batch if isinstance(item, _Stop)), None)
                for item in batch:
                    if isinstance(item, _Flush) and not item.done.done():
                        item.done.set_result(False)
                    elif isinstance(item, _StatsRequest) and not item.result.done():
                        item.result.set_exception(RuntimeError("recorder failed"))
            if stop is not None:
                self._drain(stop.deadline)
                break
        self._close_connection()

    def _process(self, batch: Sequence[_Item]) -> _Stop | None:
        for item in batch:
            if isinstance(item, _Write):
                if not self._excluded(item.chat_id):
                    self._keep(item)
            elif isinstance(item, _OptOut):
                self._choose(item)
            elif isinstance(item, _Flush):
                item.done.set_result(self._try_write())
            elif isinstance(item, _StatsRequest):
                self._try_write()
                self._answer_stats(item)
            else:
                return item
        self._try_write()
        return None

    def _keep(self, write: _Write) -> None:
        if len(self._kept) < self._queue_limit:
            self._kept.append(write)
            return
        self._dropped += 1
        if not self._overflowing:
            self._overflowing = True
            log.error(
                "recording database %s: %d records are waiting to be written; newer records are dropped "
                "until it can be written again",
                self.path,
                len(self._kept),
            )

    def _drain(self, deadline: float) -> None:
        """On ``close()``: write what is kept, retrying a locked database until ``deadline``."""
        while True:
            try:
                if self._try_write(force=True):
                    return
                busy = self._last_busy
            except Exception as exc:
                self._failed(exc)
                busy = False
            if not busy or time.monotonic() + self._backoff > deadline:
                break
            time.sleep(self._backoff)
        self._lost_at_close = len(self._kept)
        self._dropped += len(self._kept)
        self._kept.clear()

    def _try_write(self, force: bool = False) -> bool:
        """Write what is kept and the unsaved opt-outs, if the database is due for a try
        (``force``: now). True when nothing is left over."""
        if not force and time.monotonic() < self._next_try:
            return not (self._kept or self._unsaved)
        self._last_busy = False
        try:
            conn = self._connection()
            self._save_choices(conn)
            while self._kept:
                chunk = [self._kept[i] for i in range(min(BATCH_LIMIT, len(self._kept)))]
                conn.execute("BEGIN IMMEDIATE")
                for write in chunk:
                    self._insert(conn, write)
                conn.execute("COMMIT")
                for _ in chunk:
                    self._kept.popleft()
        except Exception as exc:  # the database or the file system: keep the records, try later
            self._rollback()
            self._last_busy = _is_busy(exc)
            if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
                self._close_connection()  # a damaged file: open it afresh next time
            self._failed(exc)
            self._schedule_retry()
            return False
        self._recovered()
        return True

    def _insert(self, conn: sqlite3.Connection, write: _Write) -> None:
        """Insert one record; a record SQLite refuses on its own (not the database's fault) is
        dropped and counted rather than blocking everything behind it."""
        try:
            conn.execute(write.sql, write.params)
        except (sqlite3.IntegrityError, sqlite3.InterfaceError, sqlite3.ProgrammingError, ValueError) as exc:
            self._dropped += 1
            if not self._refused_logged:
                self._refused_logged = True
                log.error("recording database: a record could not be stored and was dropped (%s)", exc)

    def _connection(self) -> sqlite3.Connection:
        """The open database; (re)opened when closed, or when the file at ``path`` is not the
        one that was opened (deleted or replaced while the bot ran)."""
        if self._conn is not None and self._identity is not None and self._file_identity() != self._identity:
            log.warning(
                "recording database %s was deleted or replaced while the bot ran; writing to a new one", self.path
            )
            self._close_connection()
        if self._conn is None:
            self._conn = self._open()
            self._identity = self._file_identity()
        return self._conn

    def _file_identity(self) -> tuple[int, int] | None:
        try:
            found = os.stat(self.path)
        except OSError:
            return None
        return (found.st_dev, found.st_ino)

    def _open(self) -> sqlite3.Connection:
        conn = self._connect()
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout * 1000)}")
            conn.execute("PRAGMA mmap_size = 0")
            # Exclusive first: a file an older version left in WAL mode is then read without
            # the -shm (SQLite keeps the WAL index in heap memory) while it is switched over.
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()
            conn.execute("PRAGMA locking_mode = NORMAL")
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # releases the exclusive lock
            if mode is None or str(mode[0]).lower() not in ("delete", "memory"):
                raise sqlite3.OperationalError(f"cannot leave journal mode {mode[0] if mode else None!r}")
            migrate(conn)
            row = conn.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()
            if row is None:
                raise SchemaError("meta table without a salt")
            try:
                salt = bytes.fromhex(str(row[0]))
            except ValueError:
                raise SchemaError("meta table with a malformed salt") from None
            hashes = {str(r[0]) for r in conn.execute("SELECT chat_hash FROM opt_outs")}
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
            raise
        self._salt = salt
        self._opted_out_hashes = hashes
        self._unsaved = dict(self._choices)  # a new or other file learns this run's choices too
        for chat_id, out in self._choices.items():
            self._remember_choice(chat_id, out)
        return conn

    def _choose(self, item: _OptOut) -> None:
        self._choices[item.chat_id] = item.out
        self._unsaved[item.chat_id] = item.out
        self._remember_choice(item.chat_id, item.out)

    def _remember_choice(self, chat_id: int, out: bool) -> None:
        digest = self._hash(chat_id)
        if out:
            self._opted_out_hashes.add(digest)
        else:
            self._opted_out_hashes.discard(digest)

    def _save_choices(self, conn: sqlite3.Connection) -> None:
        for chat_id, out in list(self._unsaved.items()):
            digest = self._hash(chat_id)
            if out:
                conn.execute("INSERT OR REPLACE INTO opt_outs (chat_hash, ts) VALUES (?, ?)", (digest, self._clock()))
            else:
                conn.execute("DELETE FROM opt_outs WHERE chat_hash = ?", (digest,))
            del self._unsaved[chat_id]

    def _answer_stats(self, request: _StatsRequest) -> None:
        try:
            conn = self._connection()
            request.result.set_result(query_stats(conn, request.days, request.now))
        except Exception as exc:
            request.result.set_exception(RuntimeError(f"database unavailable ({exc})"))

    def _excluded(self, chat_id: int | None) -> bool:
        if chat_id is None:
            return False
        if chat_id in self._env_opt_outs:
            return True
        choice = self._choices.get(chat_id)
        if choice is not None:
            return choice
        return self._hash(chat_id) in self._opted_out_hashes

    def _hash(self, chat_id: int) -> str:
        return hmac.new(self._salt, str(chat_id).encode(), hashlib.sha256).hexdigest()

    def _rollback(self) -> None:
        conn = self._conn
        if conn is None:
            return
        try:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        except sqlite3.Error:
            self._close_connection()

    def _close_connection(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
        self._conn = None
        self._identity = None

    def _schedule_retry(self) -> None:
        self._backoff = min(self._retry_seconds, max(self._backoff * 2, min(FIRST_RETRY_SECONDS, self._retry_seconds)))
        self._next_try = time.monotonic() + self._backoff

    def _failed(self, exc: BaseException) -> None:
        if self._failing:
            return
        self._failing = True
        log.error(
            "recording database %s unavailable (%s: %s); answering goes on, records are kept in memory "
            "(up to %d) and written when it works again",
            self.path,
            type(exc).__name__,
            exc,
            self._queue_limit,
        )

    def _recovered(self) -> None:
        self._backoff = 0.0
        self._next_try = 0.0
        if self._failing or self._overflowing:
            self._failing = self._overflowing = False
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


def data_dir_problem(data_dir: Path | str) -> str | None:
    """Why the recorder could not write in ``data_dir`` right now, or None (``klbot health``).

    Creates the directory if it is missing (as the recorder would), writes and removes a
    small file in it, and, when the database exists, reads its schema version read-only."""
    directory = Path(data_dir)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".klbot-health-") as probe:
            probe.write(b"\0" * 4096)
            probe.flush()
    except OSError as exc:
        return f"data directory {directory} is not writable ({type(exc).__name__}: {exc.strerror or exc})"
    path = database_path(directory)
    if not path.exists():
        return None
    if not os.access(path, os.R_OK | os.W_OK):
        return f"recording database {path} is not readable and writable"
    try:
        with contextlib.closing(sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=5)) as conn:
            found = stored_version(conn)
    except sqlite3.Error as exc:
        return f"recording database {path} cannot be read ({exc})"
    if found > schema_version():
        return f"recording database {path} has schema version {found}, newer than this bot's {schema_version()}"
    return None


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


def _is_busy(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in _BUSY_CODES


def _storable(text: str) -> str:
    """``text`` without surrogates (which SQLite cannot encode as UTF-8): each becomes U+FFFD."""
    return text if text.isascii() else _SURROGATE.sub("\ufffd", text)
