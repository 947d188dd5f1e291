"""The error handler: one line for what went wrong, and the bot keeps going.

* A bug (any exception that is not a ``TelegramError``) is logged with its traceback, and the
  user gets an apology in a private chat (or on the pressed button).
* Telegram refusing a request (a blocked bot, a deleted message, a 4xx) is one WARNING line
  with the update, the chat id and Telegram's reason; its traceback only at DEBUG.
* A request ``bot.telegram.delivery`` gave up on, and a token Telegram rejects (the runner
  stops the bot with its own line), are already logged: DEBUG only.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.error import InvalidToken, TelegramError

from bot.core.phrases import say
from bot.telegram.delivery import DeliveryFailed
from bot.telegram.replies import reply_language
from bot.telegram.state import Context
from bot.telegram.texts import ERROR

log = logging.getLogger(__name__)


async def on_error(update: object, context: Context) -> None:
    """Log the exception (see the module docstring) and keep going; apologise for bugs in
    private chats, and answer a pressed button so its spinner stops."""
    where = "no update"
    if isinstance(update, Update):
        chat = update.effective_chat
        where = f"update {update.update_id} (chat {chat.id if chat else '-'}, {chat.type if chat else '-'})"
    error = context.error
    if isinstance(error, DeliveryFailed | InvalidToken):
        log.debug("while handling %s: %s", where, error, exc_info=error)
        return
    if isinstance(error, TelegramError):
        log.warning("could not answer %s: %s: %s", where, type(error).__name__, error)
        log.debug("the error's traceback", exc_info=error)
        return  # Telegram errors (a deleted chat, an old query) have no one left to tell
    log.error("error while handling %s", where, exc_info=error)
    if not isinstance(update, Update):
        return
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(say(ERROR, reply_language(update, context)))
        elif update.message is not None and update.message.chat.type == ChatType.PRIVATE:
            await update.message.reply_text(say(ERROR, reply_language(update, context)))
    except TelegramError:
        log.debug("could not apologise", exc_info=True)
