"""The error handler: log the exception with its update and keep going."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.error import TelegramError

from bot.core.phrases import say
from bot.telegram.replies import reply_language
from bot.telegram.state import Context
from bot.telegram.texts import ERROR

log = logging.getLogger(__name__)


async def on_error(update: object, context: Context) -> None:
    """Log the exception with its context and keep going; apologise in private chats, and
    answer a pressed button so its spinner stops."""
    where = "no update"
    if isinstance(update, Update):
        chat = update.effective_chat
        where = f"update {update.update_id} (chat {chat.id if chat else '-'}, {chat.type if chat else '-'})"
    log.error("error while handling %s", where, exc_info=context.error)
    if not isinstance(update, Update) or isinstance(context.error, TelegramError):
        return  # Telegram errors (a deleted chat, an old query) have no one left to tell
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(say(ERROR, reply_language(update, context)))
        elif update.message is not None and update.message.chat.type == ChatType.PRIVATE:
            await update.message.reply_text(say(ERROR, reply_language(update, context)))
    except TelegramError:
        log.debug("could not apologise", exc_info=True)
