"""``python -m bot run``: configuration from the environment (and ``.env``), logging, and the
long-polling or webhook runner. The token is validated first and never written to any log.

Environment:
    TELEGRAM_BOT_TOKEN   required; from @BotFather
    TELEGRAM_BASE_URL    optional Bot API base URL, e.g. ``http://127.0.0.1:8081/bot``
    BOT_LOG_LEVEL        DEBUG, INFO (default), WARNING, ...
    BOT_ALLOWED_CHATS    optional allow-list of chat ids (comma or space separated)
    BOT_ADMINS           user ids that may /reload and /stats
    BOT_DATA_DIR         where recordings go (default ``~/.local/share/klbot``)
    BOT_RATE_LIMITER     ``off`` disables flood control (benchmarks only)
    BOT_WEBHOOK_URL, BOT_WEBHOOK_SECRET, BOT_LISTEN, BOT_PORT   webhook mode
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import secrets
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from bot.core.engine import Engine
from bot.core.loader import default_knowledge_dir
from bot.curation.paths import default_data_dir

log = logging.getLogger("bot.telegram")

EXIT_CONFIG = 2
TOKEN_PATTERN = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{30,100}$")
SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
HOW_TO_GET_A_TOKEN = (
    "create a bot by messaging @BotFather in Telegram (/newbot) and put the token it "
    "gives you in TELEGRAM_BOT_TOKEN (environment or .env file)"
)
ALLOWED_UPDATES = ["message", "callback_query", "inline_query"]
QUIET_LOGGERS = ("httpx", "httpcore", "tornado.access")
"""Loggers that write request URLs (which contain the token): warnings only."""


class ConfigError(Exception):
    """A one-line configuration problem: printed without a traceback, exit status 2."""


@dataclass(frozen=True)
class Config:
    token: str
    base_url: str | None
    allowed_chats: frozenset[int] | None
    admins: frozenset[int]
    data_dir: Path
    rate_limiter: bool
    webhook_url: str | None
    webhook_secret: str | None
    listen: str
    port: int
    log_level: int


def parse_ids(text: str | None, name: str) -> frozenset[int]:
    ids = set()
    for item in re.split(r"[,\s]+", (text or "").strip()):
        if item:
            try:
                ids.add(int(item))
            except ValueError:
                raise ConfigError(f"{name}: {item!r} is not a Telegram id (a whole number)") from None
    return frozenset(ids)


def _switch(value: str | None, default: bool) -> bool:
    if value is None or not value.strip():
        return default
    return value.strip().lower() not in {"0", "off", "no", "false"}


def load_config(args: argparse.Namespace, env: Mapping[str, str]) -> Config:
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        raise ConfigError(f"TELEGRAM_BOT_TOKEN is not set: {HOW_TO_GET_A_TOKEN}")
    if not TOKEN_PATTERN.fullmatch(token):
        raise ConfigError("TELEGRAM_BOT_TOKEN does not look like a bot token (digits:letters): " + HOW_TO_GET_A_TOKEN)
    level_name = str(getattr(args, "log_level", None) or env.get("BOT_LOG_LEVEL") or "INFO").upper()
    level = logging.getLevelName(level_name)
    if not isinstance(level, int):
        raise ConfigError(f"unknown log level {level_name!r}: use DEBUG, INFO, WARNING or ERROR")
    allowed = env.get("BOT_ALLOWED_CHATS", "").strip()
    webhook_url = getattr(args, "webhook_url", None) or env.get("BOT_WEBHOOK_URL") or None
    secret = getattr(args, "webhook_secret", None) or env.get("BOT_WEBHOOK_SECRET") or None
    if secret is not None and not SECRET_PATTERN.fullmatch(secret):
        raise ConfigError("the webhook secret may only use A-Z, a-z, 0-9, _ and - (1-256 characters)")
    if webhook_url is not None:
        if urlparse(webhook_url).scheme not in ("http", "https"):
            raise ConfigError(f"--webhook-url must be an http(s) URL, not {webhook_url!r}")
        secret = secret or secrets.token_urlsafe(32)
    port = getattr(args, "port", None) or env.get("BOT_PORT") or 8443
    try:
        port = int(port)
    except ValueError:
        raise ConfigError(f"the webhook port must be a number, not {port!r}") from None
    return Config(
        token=token,
        base_url=env.get("TELEGRAM_BASE_URL", "").strip() or None,
        allowed_chats=parse_ids(allowed, "BOT_ALLOWED_CHATS") if allowed else None,
        admins=parse_ids(env.get("BOT_ADMINS"), "BOT_ADMINS"),
        data_dir=default_data_dir(),
        rate_limiter=_switch(env.get("BOT_RATE_LIMITER"), True),
        webhook_url=webhook_url,
        webhook_secret=secret,
        listen=getattr(args, "listen", None) or env.get("BOT_LISTEN") or "127.0.0.1",
        port=port,
        log_level=level,
    )


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
    """PTB logs a rejected token with a traceback; ``run_bot`` says it in one line instead."""
    from telegram.error import InvalidToken

    if record.exc_info and isinstance(record.exc_info[1], InvalidToken):
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


def run_bot(args: argparse.Namespace, engine: Engine) -> int:
    """Run until SIGTERM/SIGINT (exit 0); configuration problems exit 2 with one line."""
    try:
        config = load_config(args, os.environ)
    except ConfigError as error:
        print(f"klbot: {error}", file=sys.stderr)
        return EXIT_CONFIG
    setup_logging(config.log_level, [config.token, config.webhook_secret or ""])
    try:
        return _run(args, engine, config)
    except Exception as error:  # one redacted line instead of a traceback
        from telegram.error import InvalidToken

        if isinstance(error, InvalidToken):
            log.error("Telegram rejected TELEGRAM_BOT_TOKEN: %s", HOW_TO_GET_A_TOKEN)
            return EXIT_CONFIG
        log.error("the bot stopped: %s", error, exc_info=config.log_level <= logging.DEBUG)
        return 1


def _run(args: argparse.Namespace, engine: Engine, config: Config) -> int:
    from bot.curation.store import open_recorder
    from bot.telegram.app import build_application

    knowledge = getattr(args, "knowledge", None)
    knowledge_dir = Path(knowledge) if knowledge else default_knowledge_dir()
    try:
        config.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        log.warning("cannot create the data directory %s: %s", config.data_dir, error)
    recorder = open_recorder(config.data_dir)
    app = build_application(
        config.token,
        engine,
        recorder,
        base_url=config.base_url,
        knowledge_dir=knowledge_dir,
        allowed_chats=config.allowed_chats,
        admins=config.admins,
        rate_limiter=config.rate_limiter,
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
    try:
        if config.webhook_url:
            app.run_webhook(
                listen=config.listen,
                port=config.port,
                url_path=urlparse(config.webhook_url).path.lstrip("/"),
                webhook_url=config.webhook_url,
                secret_token=config.webhook_secret,
                allowed_updates=ALLOWED_UPDATES,
            )
        else:
            app.run_polling(allowed_updates=ALLOWED_UPDATES)
    finally:
        recorder.close()
    log.info("stopped")
    return 0
