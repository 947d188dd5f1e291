"""Commands for the bot's administrators (``BOT_ADMINS``): ``/reload`` and ``/stats``."""

from __future__ import annotations

import asyncio

from telegram import Message, Update

from bot.core.phrases import say
from bot.telegram.lifecycle import reload_knowledge
from bot.telegram.replies import reply_language, send_text
from bot.telegram.state import Context
from bot.telegram.texts import ADMINS_ONLY, RELOAD_FAILED, RELOAD_OK, STATS


async def _admin(update: Update, context: Context) -> Message | None:
    """The message if it comes from an admin; otherwise refuse and return None."""
    message = update.effective_message
    user = update.effective_user
    if message is None:
        return None
    if user is None or user.id not in context.bot_data.admins:
        await send_text(message, say(ADMINS_ONLY, reply_language(update, context)))
        return None
    return message


async def on_reload(update: Update, context: Context) -> None:
    message = await _admin(update, context)
    if message is None:
        return
    state = context.bot_data
    lang = reply_language(update, context)
    problems = await reload_knowledge(state)
    if problems:
        await send_text(message, "\n".join([say(RELOAD_FAILED, lang), *(f"• {p}" for p in problems)]))
        return
    k = state.engine.knowledge
    await send_text(
        message, say(RELOAD_OK, lang, entries=len(k.entries), seats=len(k.seats), themes=len(k.strategy.themes))
    )


async def on_stats(update: Update, context: Context) -> None:
    message = await _admin(update, context)
    if message is None:
        return
    stats = await asyncio.to_thread(context.bot_data.recorder.stats, 7)
    await send_text(
        message,
        say(
            STATS,
            reply_language(update, context),
            days=stats.days,
            answered=stats.answered,
            unanswered=stats.unanswered,
            up=stats.votes_up,
            down=stats.votes_down,
        ),
    )
