"""The python-telegram-bot ``Application``: built here, and every handler registered here.

The callbacks live beside it, one module per surface: ``commands`` (commands and text
messages), ``buttons`` (callback queries), ``inline`` (inline queries), ``admin`` (``/reload``,
``/stats``), ``errors`` (the error handler), ``lifecycle`` (start, reload, shutdown), with
``replies`` shared by them and ``state`` for what they keep. Around them: ``delivery`` (the
rate limiter that retries answers), ``ordering`` (one chat's updates in order), ``budget``
(questions per user and minute), ``callbacks`` (which presses are real), ``transport`` (the
HTTP requests, watched for a rejected token). ``bot.telegram.main`` runs it through
``bot.telegram.runner`` (and ``bot.telegram.webhook`` in webhook mode).
"""

from __future__ import annotations

import logging
from pathlib import Path

from telegram.ext import (
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
from bot.telegram.admin import on_reload, on_stats
from bot.telegram.buttons import on_button
from bot.telegram.commands import (
    on_about,
    on_ask,
    on_group_text,
    on_help,
    on_members,
    on_privacy,
    on_private_other,
    on_private_text,
    on_related,
    on_themes,
)
from bot.telegram.contract import check_entries
from bot.telegram.delivery import Delivery, RetryPolicy
from bot.telegram.errors import on_error
from bot.telegram.inline import on_inline
from bot.telegram.lifecycle import post_init, post_shutdown
from bot.telegram.memory import Memory
from bot.telegram.ordering import ChatOrdered
from bot.telegram.persistence import KeptState
from bot.telegram.state import CONTEXT_TYPES, App
from bot.telegram.transport import TokenWatch, watched_requests

log = logging.getLogger(__name__)

CONCURRENT_UPDATES = 16
"""Chats handled at once (``bot.telegram.ordering``: one chat's updates one after another):
enough that a chat waiting on a group's flood limit does not hold up the others; more only
makes httpx's connection pool slower (benchmarks/telegram_throughput.py)."""


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
    retry_policy: RetryPolicy | None = None,
    questions_per_minute: int = 0,
    record: bool = True,
    opt_out_chats: frozenset[int] = frozenset(),
    request: BaseRequest | None = None,
    state_file: Path | None = None,
) -> App:
    """The bot, ready for ``bot.telegram.runner.serve`` (or ``process_update`` in tests).

    Raises ``KnowledgeError`` (one line) when ``engine``'s knowledge lacks an entry the bot
    names (``bot.telegram.contract``). ``rate_limiter`` keeps Telegram's flood limits; answers
    are retried either way (``bot.telegram.delivery``, ``retry_policy``). ``request``
    replaces PTB's HTTP client (tests answer the Bot API in-process with it).
    ``questions_per_minute`` is the per-user budget (``bot.telegram.budget``; 0: none).
    ``record`` and ``opt_out_chats`` (``BOT_RECORD``, ``BOT_OPT_OUT_CHATS``) are only what
    ``/privacy`` tells people; ``recorder`` already applies them. Every 401 from Telegram sets
    ``bot_data.token_watch`` (``bot.telegram.transport``).
    """
    check_entries(engine.knowledge)
    builder = (
        Application.builder()
        .token(token)
        .context_types(CONTEXT_TYPES)
        .job_queue(None)
        .concurrent_updates(ChatOrdered(CONCURRENT_UPDATES))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .rate_limiter(Delivery(flood_control=rate_limiter, policy=retry_policy))
    )
    if base_url:
        builder = builder.base_url(base_url)
    # Chat data and the answer memory survive a restart (``bot.telegram.persistence``); the rest
    # of bot data (the engine) is rebuilt. The memory exists before the app, so both can hold it.
    memory = Memory()
    if state_file is not None:
        builder = builder.persistence(KeptState(state_file, memory))
    watch = TokenWatch()
    calls, updates = watched_requests(watch, request)
    builder = builder.request(calls).get_updates_request(updates)
    app: App = builder.build()
    app.bot_data.memory = memory
    app.bot_data.setup(
        engine,
        recorder,
        knowledge_dir=knowledge_dir,
        allowed_chats=allowed_chats,
        admins=admins,
        questions_per_minute=questions_per_minute,
        record=record,
        opt_out_chats=opt_out_chats,
    )
    app.bot_data.token_watch = watch
    add_handlers(app)
    return app


def add_handlers(app: App) -> None:
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
            CommandHandler("related", on_related, filters=new),
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
