"""``python -m bot run``: logging and the long-polling or webhook runner.

The configuration comes ready from ``bot.config`` (environment, ``.env`` and the command
line's options). The token is checked first and never written to any log.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from pathlib import Path

from bot.config import EXIT_CONFIG, EXIT_KNOWLEDGE, HOW_TO_GET_A_TOKEN, Config, ConfigError
from bot.core.engine import Engine
from bot.core.knowledge import KnowledgeError

log = logging.getLogger("bot.telegram")

STATE_FILE = "telegram_chats.pickle"
"""Under BOT_DATA_DIR: each chat's reply language and conversations, kept across restarts (and,
beside it, ``telegram_chats.answers.pickle``: recent answers' conversations and votes)."""

ALLOWED_UPDATES = ["message", "callback_query", "inline_query"]
QUIET_LOGGERS = ("httpx", "httpcore", "tornado.access", "tornado.general")
"""Warnings only: httpx and httpcore write request URLs (which contain the token); tornado
adds a second line to each webhook request ``bot.telegram.webhook`` refuses."""


class RedactingFormatter(logging.Formatter):
    """Replaces secrets (the token, the webhook secret) wherever they would appear."""

    def __init__(self, fmt: str, secrets_: Iterable[str]) -> None:
        super().__init__(fmt)
        self.secrets = [s for s in secrets_ if s]

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in self.secrets:
            text = text.replace(secret, "[redacted]")
        return text


def _no_token_traceback(record: logging.LogRecord) -> bool:
    """PTB logs a rejected token with a traceback (its poller on every 401); ``run_bot`` and
    the runner say it in one line instead: PTB's records about it are left out, ours lose
    the traceback."""
    from telegram.error import InvalidToken

    if record.exc_info and isinstance(record.exc_info[1], InvalidToken):
        if record.name.startswith("telegram"):
            return False
        record.exc_info, record.exc_text = None, None
    return True


def setup_logging(level: int, secrets_: Iterable[str]) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(_no_token_traceback)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", secrets_))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


def run_bot(config: Config, engine: Engine, knowledge_dir: Path) -> int:
    """Run until SIGTERM/SIGINT (exit 0); configuration problems exit 2 with one line, and
    knowledge lacking an entry the bot names (``bot.telegram.contract``) exits 3 with one line.

    ``knowledge_dir`` is where ``engine``'s knowledge came from: ``/reload`` and SIGHUP read it again.
    """
    from bot.telegram.contract import check_entries

    try:
        token = config.require_token()
    except ConfigError as error:
        print(f"klbot: {error}", file=sys.stderr)
        return EXIT_CONFIG
    try:
        check_entries(engine.knowledge)  # build_application checks again; here it is one line, before any log
    except KnowledgeError as error:
        print(f"klbot: {'; '.join(error.problems)}", file=sys.stderr)
        return EXIT_KNOWLEDGE
    setup_logging(config.log_level, [token, config.webhook_secret or ""])
    try:
        return _run(config, engine, knowledge_dir)
    except Exception as error:  # one redacted line instead of a traceback
        from telegram.error import InvalidToken

        if isinstance(error, InvalidToken):
            log.error("Telegram rejected TELEGRAM_BOT_TOKEN: %s", HOW_TO_GET_A_TOKEN)
            return EXIT_CONFIG
        log.error("the bot stopped: %s", error, exc_info=config.log_level <= logging.DEBUG)
        return 1


def _run(config: Config, engine: Engine, knowledge_dir: Path) -> int:
    import asyncio

    from bot.curation.store import open_recorder
    from bot.telegram.app import build_application
    from bot.telegram.runner import BOT_API, serve
    from bot.telegram.webhook import start_webhook

    try:
        config.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        log.warning("cannot create the data directory %s: %s", config.data_dir, error)
    recorder = open_recorder(config.data_dir, record=config.record, opt_out_chats=config.opt_out_chats)
    try:
        app = build_application(
            config.token,
            engine,
            recorder,
            base_url=config.base_url,
            knowledge_dir=knowledge_dir,
            allowed_chats=config.allowed_chats,
            admins=config.admins,
            rate_limiter=config.rate_limiter,
            questions_per_minute=config.questions_per_minute,
            record=config.record,
            opt_out_chats=config.opt_out_chats,
            state_file=config.data_dir / STATE_FILE,
        )
        chats = "all chats" if config.allowed_chats is None else f"{len(config.allowed_chats)} allowed chat(s)"
        log.info(
            "starting: %s, knowledge %s, data %s, %s, rate limiter %s",
            "webhook" if config.webhook_url else "long polling",
            knowledge_dir,
            config.data_dir,
            chats,
            "on" if config.rate_limiter else "off",
        )
        webhook = None
        if config.webhook_url:
            webhook = start_webhook(
                listen=config.listen,
                port=config.port,
                url=config.webhook_url,
                secret=config.webhook_secret or "",  # never empty: bot.config makes one
                allowed_updates=ALLOWED_UPDATES,
                base_url=config.base_url or BOT_API,
            )
        status = asyncio.run(serve(app, base_url=config.base_url, allowed_updates=ALLOWED_UPDATES, webhook=webhook))
    finally:
        recorder.close()
    log.info("stopped")
    return status
