"""The bot's configuration: every environment variable, read once, into one frozen ``Config``.

``load_config`` is the only place in ``bot/`` that reads the environment (``bot.envfile`` only
fills it from a ``.env`` file first). The command line calls it once at start and hands the
values down as parameters: to the engine (``knowledge_dir``), the recorder (``data_dir``,
``record``, ``opt_out_chats``) and the Telegram runner (the rest). README.md's table lists the
same variables.

A malformed value raises ``ConfigError``: one line naming the variable, shown without a
traceback, exit status 2. The token (and the webhook secret) stay out of ``repr`` and out of
every message.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

EXIT_CONFIG = 2
"""Exit status for a configuration problem (a missing token, a malformed variable)."""
EXIT_KNOWLEDGE = 3
"""Exit status when the knowledge files are invalid, or lack what the Telegram bot needs."""

TOKEN_PATTERN = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{30,100}$")
SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
HOW_TO_GET_A_TOKEN = (
    "create a bot by messaging @BotFather in Telegram (/newbot) and put the token it "
    "gives you in TELEGRAM_BOT_TOKEN (environment or .env file)"
)
_OFF = frozenset({"0", "off", "no", "false"})
LOG_LEVELS = {"CRITICAL": 50, "FATAL": 50, "ERROR": 40, "WARNING": 30, "WARN": 30, "INFO": 20, "DEBUG": 10, "NOTSET": 0}
"""``logging``'s level names and numbers (not imported here: ``ask`` starts without ``logging``)."""


class ConfigError(Exception):
    """A one-line configuration problem: printed without a traceback, exit status 2."""


@dataclass(frozen=True)
class Config:
    """Everything the environment (and the command line's options) say, checked and typed."""

    data_dir: Path
    """``BOT_DATA_DIR``: where the curation database lives; else ``$XDG_DATA_HOME/klbot``, else
    ``~/.local/share/klbot``. ``review --data-dir`` overrides it."""
    token: str = field(default="", repr=False)
    """``TELEGRAM_BOT_TOKEN``: the bot's token from @BotFather; only ``run`` needs it
    (``require_token``). Never logged or printed."""
    base_url: str | None = None
    """``TELEGRAM_BASE_URL``: another Bot API server, e.g. ``http://127.0.0.1:8081/bot``."""
    log_level: int = LOG_LEVELS["INFO"]
    """``BOT_LOG_LEVEL`` (or ``--log-level``): ``DEBUG``, ``INFO`` (default), ``WARNING``, ``ERROR``."""
    allowed_chats: frozenset[int] | None = None
    """``BOT_ALLOWED_CHATS``: the chat ids that may use the bot; None (unset): every chat."""
    admins: frozenset[int] = frozenset()
    """``BOT_ADMINS``: the user ids that may ``/reload`` the knowledge and see ``/stats``."""
    opt_out_chats: frozenset[int] = frozenset()
    """``BOT_OPT_OUT_CHATS``: chat ids whose questions are never recorded."""
    record: bool = True
    """``BOT_RECORD``: ``off`` (or ``0``, ``no``, ``false``) records nothing at all."""
    webhook_url: str | None = None
    """``BOT_WEBHOOK_URL`` (or ``--webhook-url``): the public https URL of webhook mode (plain
    http only with ``TELEGRAM_BASE_URL``, a self-hosted Bot API server); None: long polling."""
    webhook_secret: str | None = field(default=None, repr=False)
    """``BOT_WEBHOOK_SECRET`` (or ``--webhook-secret``): the token Telegram sends with each
    webhook request; a random one per start when webhook mode has none."""
    listen: str = "127.0.0.1"
    """``BOT_LISTEN`` (or ``--listen``): the webhook server's address."""
    port: int = 8443
    """``BOT_PORT`` (or ``--port``): the webhook server's port."""
    rate_limiter: bool = True
    """``BOT_RATE_LIMITER``: ``off`` disables flood control (benchmarks only)."""
    questions_per_minute: int = 20
    """``BOT_QUESTIONS_PER_MINUTE``: how many questions (and commands) one user may send in a
    minute (default 20); past it the user is told once to slow down and the rest of that
    minute goes unanswered. ``0`` or ``off``: no limit."""
    knowledge_dir: Path | None = None
    """``BOT_KNOWLEDGE_DIR`` (or ``--knowledge``): the knowledge directory; None: the
    checkout's ``knowledge/`` (``bot.core.loader.default_knowledge_dir``)."""

    def require_token(self) -> str:
        """The token, or a ``ConfigError`` saying how to get one."""
        if not self.token:
            raise ConfigError(f"TELEGRAM_BOT_TOKEN is not set: {HOW_TO_GET_A_TOKEN}")
        if not TOKEN_PATTERN.fullmatch(self.token):
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN does not look like a bot token (digits:letters): " + HOW_TO_GET_A_TOKEN
            )
        return self.token


def parse_ids(text: str | None, name: str) -> frozenset[int]:
    """Telegram chat or user ids, comma- or space-separated; ``name`` is the variable's name."""
    ids = set()
    for item in re.split(r"[,\s]+", (text or "").strip()):
        if item:
            try:
                ids.add(int(item))
            except ValueError:
                raise ConfigError(f"{name}: {item!r} is not a Telegram id (a whole number)") from None
    return frozenset(ids)


def parse_switch(value: str | None, default: bool) -> bool:
    """``off``, ``0``, ``no`` and ``false`` (any case) are off; unset or blank is ``default``."""
    if value is None or not value.strip():
        return default
    return value.strip().lower() not in _OFF


def load_config(
    env: Mapping[str, str] | None = None,
    *,
    knowledge: str | None = None,
    webhook_url: str | None = None,
    webhook_secret: str | None = None,
    listen: str | None = None,
    port: int | None = None,
    log_level: str | None = None,
) -> Config:
    """Read ``env`` (default: the process environment) once; the keyword options are the
    command line's (None: not given) and win over their variables."""
    env = os.environ if env is None else env
    level_name = str(log_level or env.get("BOT_LOG_LEVEL") or "INFO").upper()
    level = LOG_LEVELS.get(level_name)
    if level is None:
        raise ConfigError(f"unknown log level {level_name!r}: use DEBUG, INFO, WARNING or ERROR")
    allowed = env.get("BOT_ALLOWED_CHATS", "").strip()
    url = webhook_url or env.get("BOT_WEBHOOK_URL") or None
    secret = webhook_secret or env.get("BOT_WEBHOOK_SECRET") or None
    if secret is not None and not SECRET_PATTERN.fullmatch(secret):
        raise ConfigError("the webhook secret may only use A-Z, a-z, 0-9, _ and - (1-256 characters)")
    base_url = env.get("TELEGRAM_BASE_URL", "").strip() or None
    if url is not None:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ConfigError(f"--webhook-url must be an http(s) URL, not {url!r}")
        if parsed.scheme != "https" and base_url is None:
            # Telegram delivers webhooks over HTTPS only; a self-hosted Bot API server
            # (TELEGRAM_BASE_URL, telegram-bot-api --local) may call plain http.
            raise ConfigError(
                f"--webhook-url must be an https URL (Telegram only calls webhooks over HTTPS; put the bot "
                f"behind a TLS reverse proxy), not {url!r}; http is accepted with TELEGRAM_BASE_URL only"
            )
        if secret is None:
            import secrets  # only here: ``ask`` starts without it

            secret = secrets.token_urlsafe(32)
    port_text = port or env.get("BOT_PORT") or 8443
    try:
        port_number = int(port_text)
    except ValueError:
        raise ConfigError(f"the webhook port must be a number, not {port_text!r}") from None
    knowledge_dir = knowledge or env.get("BOT_KNOWLEDGE_DIR")
    return Config(
        token=env.get("TELEGRAM_BOT_TOKEN", "").strip(),
        base_url=base_url,
        log_level=level,
        allowed_chats=parse_ids(allowed, "BOT_ALLOWED_CHATS") if allowed else None,
        admins=parse_ids(env.get("BOT_ADMINS"), "BOT_ADMINS"),
        data_dir=_data_dir(env),
        opt_out_chats=parse_ids(env.get("BOT_OPT_OUT_CHATS"), "BOT_OPT_OUT_CHATS"),
        record=parse_switch(env.get("BOT_RECORD"), True),
        webhook_url=url,
        webhook_secret=secret,
        listen=listen or env.get("BOT_LISTEN") or "127.0.0.1",
        port=port_number,
        rate_limiter=parse_switch(env.get("BOT_RATE_LIMITER"), True),
        questions_per_minute=_per_minute(env.get("BOT_QUESTIONS_PER_MINUTE")),
        knowledge_dir=Path(knowledge_dir) if knowledge_dir else None,
    )


def _per_minute(text: str | None) -> int:
    """``BOT_QUESTIONS_PER_MINUTE``: a whole number; ``0``, ``off`` (or another off word): no limit."""
    value = (text or "").strip()
    if not value:
        return Config.questions_per_minute
    if value.lower() in _OFF:
        return 0
    if not value.isdigit():
        raise ConfigError(f"BOT_QUESTIONS_PER_MINUTE: {value!r} is not a whole number (or 'off')")
    return int(value)


def _data_dir(env: Mapping[str, str]) -> Path:
    """``BOT_DATA_DIR``, else ``$XDG_DATA_HOME/klbot``, else ``~/.local/share/klbot``."""
    configured = env.get("BOT_DATA_DIR")
    if configured:
        return Path(configured).expanduser()
    xdg = env.get("XDG_DATA_HOME")
    home = env.get("HOME")
    base = Path(xdg).expanduser() if xdg else (Path(home) if home else Path.home()) / ".local" / "share"
    return base / "klbot"
