"""The python-telegram-bot ``Application``: handlers, flood control, menu and reload signal."""

from __future__ import annotations

import logging
import signal
from pathlib import Path

from telegram import BotCommand
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.core.engine import Engine
from bot.curation.recording import Recorder
from bot.telegram.handlers import (
    STATE,
    BotState,
    on_about,
    on_ask,
    on_button,
    on_error,
    on_group_text,
    on_help,
    on_inline,
    on_members,
    on_privacy,
    on_private_other,
    on_private_text,
    on_reload,
    on_stats,
    on_themes,
    reload_knowledge,
)
from bot.telegram.texts import COMMANDS

log = logging.getLogger(__name__)

RETRIES = 3
"""How often one request is retried after Telegram's 429 ``retry_after``."""
CONCURRENT_UPDATES = 16
"""Updates handled at once: enough that a chat waiting on a group's flood limit does not hold
up the others; more only makes httpx's connection pool slower (benchmarks/telegram_throughput.py)."""


def build_application(
    token: str,
    engine: Engine,
    recorder: Recorder,
    *,
    base_url: str | None = None,
    knowledge_dir: Path | None = None,
    allowed_chats: frozenset[int] | None = None,
    admins: frozenset[int] = frozenset(),
    rate_limiter: bool = True,
    request: BaseRequest | None = None,
) -> Application:  # type: ignore[type-arg]
    """The bot, ready for ``run_polling``/``run_webhook`` (or ``process_update`` in tests).

    ``request`` replaces PTB's HTTP client (tests answer the Bot API in-process with it).
    """
    builder = Application.builder().token(token).concurrent_updates(CONCURRENT_UPDATES)
    if base_url:
        builder = builder.base_url(base_url)
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    builder = builder.post_init(_post_init).post_shutdown(_post_shutdown)
    if rate_limiter:
        # Telegram's flood limits: ~30 messages/s overall, 20/min per group; 429s are waited out.
        app: Application = builder.rate_limiter(AIORateLimiter(max_retries=RETRIES)).build()  # type: ignore[type-arg]
    else:
        app = builder.build()
    app.bot_data[STATE] = BotState(
        engine=engine, recorder=recorder, knowledge_dir=knowledge_dir, allowed_chats=allowed_chats, admins=admins
    )
    add_handlers(app)
    return app


def add_handlers(app: Application) -> None:  # type: ignore[type-arg]
    new = filters.UpdateType.MESSAGE  # edited messages and channel posts are left alone
    private, groups = filters.ChatType.PRIVATE, filters.ChatType.GROUPS
    app.add_handlers(
        [
            CommandHandler(["start", "help"], on_help, filters=new),
            CommandHandler("members", on_members, filters=new),
            CommandHandler("themes", on_themes, filters=new),
            CommandHandler("about", on_about, filters=new),
            CommandHandler("ask", on_ask, filters=new),
            CommandHandler("privacy", on_privacy, filters=new),
            CommandHandler("reload", on_reload, filters=new),
            CommandHandler("stats", on_stats, filters=new),
            MessageHandler(new & private & filters.COMMAND, on_help),
            MessageHandler(new & private & filters.TEXT, on_private_text),
            MessageHandler(new & groups & filters.TEXT & ~filters.COMMAND, on_group_text),
            MessageHandler(new & private & ~filters.TEXT & ~filters.StatusUpdate.ALL, on_private_other),
            CallbackQueryHandler(on_button),
            InlineQueryHandler(on_inline),
        ]
    )
    app.add_error_handler(on_error)


async def _post_init(app: Application) -> None:  # type: ignore[type-arg]
    try:
        for lang, commands in COMMANDS.items():
            menu = [BotCommand(name, description) for name, description in commands]
            await app.bot.set_my_commands(menu, language_code=lang if lang != "en" else None)
    except TelegramError as error:
        log.warning("could not set the command menu (%s); going on without it", error)
    _reload_on_sighup(app)
    log.info("bot @%s ready", app.bot.username)


def _reload_on_sighup(app: Application) -> None:  # type: ignore[type-arg]
    if not hasattr(signal, "SIGHUP"):
        return
    import asyncio

    state = app.bot_data[STATE]

    async def reload() -> None:
        problems = await reload_knowledge(state)
        for problem in problems:
            log.error("reload: %s", problem)

    try:
        asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, lambda: app.create_task(reload()))
    except (NotImplementedError, RuntimeError) as error:  # not the main thread, or no signals here
        log.debug("no SIGHUP reload: %s", error)


async def _post_shutdown(app: Application) -> None:  # type: ignore[type-arg]
    state = app.bot_data.get(STATE)
    if isinstance(state, BotState):
        try:
            state.recorder.close()
        except Exception:
            log.exception("closing the recorder failed")
