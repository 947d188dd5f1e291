"""Sending and replying, shared by every surface: the reply language, the allow-list refusal,
quoting in groups, and answers with their buttons."""

from __future__ import annotations

import logging

from telegram import Chat, Message, Update
from telegram.constants import ChatType, ParseMode

from bot.core.answer import Answer
from bot.core.conversation import Conversation
from bot.core.knowledge import Lang
from bot.core.phrases import say
from bot.core.related import Related, related
from bot.telegram.budget import Verdict, admit
from bot.telegram.format import answer_keyboard, answer_messages, html_messages
from bot.telegram.state import Context
from bot.telegram.texts import NOT_ALLOWED, SLOW_DOWN, language_of

log = logging.getLogger(__name__)

GROUP_RELATED = 1
"""Related questions under one answer in a group that turned them on: one row, so a busy
group's screen is not filled with buttons (private chats get ``bot.core.related.LIMIT``)."""


def reply_language(update: Update, context: Context) -> Lang:
    """The chat's last question language (private chats), else the user's Telegram language."""
    chat = update.effective_chat
    if chat is not None and chat.type == ChatType.PRIVATE and context.chat_data is not None:
        remembered = context.chat_data.lang
        if remembered is not None:
            return remembered
    user = update.effective_user
    return language_of(user.language_code if user else None)


async def refused(update: Update, context: Context) -> bool:
    """True if this message gets no answer: the chat is not on the allow-list (told so
    politely), or the user is past their budget (told once a minute; ``bot.telegram.budget``).

    Every handler that answers a message asks this once, first."""
    chat = update.effective_chat
    if context.bot_data.is_allowed(chat.id if chat else None):
        return await over_budget(update, context)
    message = update.effective_message
    if message is not None:
        await message.reply_text(
            say(NOT_ALLOWED, reply_language(update, context)),
            do_quote=in_group(message),
            allow_sending_without_reply=True,
        )
    log.info("refused chat %s", chat.id if chat else None)
    return True


async def over_budget(update: Update, context: Context, at: float | None = None) -> bool:
    """Count the message (or a button press at ``at``) against its user's budget; past it,
    tell them once and return True."""
    message, user = update.effective_message, update.effective_user
    limit = context.bot_data.questions_per_minute
    if message is None or user is None or context.user_data is None or limit <= 0:
        return False
    verdict = admit(context.user_data.tally, message.date.timestamp() if at is None else at, limit)
    if verdict is Verdict.ANSWER:
        return False
    if verdict is Verdict.NOTICE:
        log.info(
            "chat %s: a user sent more than %d questions in a minute; the rest of their minute goes unanswered",
            message.chat_id,
            limit,
        )
        await send_text(message, say(SLOW_DOWN, reply_language(update, context), limit=limit))
    return True


def in_group(message: Message) -> bool:
    return message.chat.type != ChatType.PRIVATE


def from_bot(message: Message, context: Context) -> bool:
    """Messages from bots, or sent through this bot's inline mode, are never questions."""
    user = message.from_user
    via = message.via_bot
    return bool((user is not None and user.is_bot) or (via is not None and via.id == context.bot.id))


def after_command(text: str) -> str:
    """What follows ``/command`` in a message ("" when nothing does)."""
    parts = text.split(None, 1)
    return parts[1].strip() if len(parts) > 1 else ""


async def send_text(message: Message, text: str, small_print: str = "") -> Message:
    """Plain text as HTML reply/replies; quotes the message in groups."""
    sent = message
    for chunk in html_messages(text, small_print):
        sent = await message.reply_text(
            chunk, parse_mode=ParseMode.HTML, do_quote=in_group(message), allow_sending_without_reply=True
        )
    return sent


async def send_answer(
    message: Message, answer: Answer, context: Context, conversation: Conversation | None = None
) -> None:
    """The answer with its source, suggestion buttons, related questions and 👍/👎. Each message
    is remembered with ``conversation`` (the asker's, after this answer), for votes and replies."""
    state = context.bot_data
    chunks = answer_messages(answer, state.engine.knowledge)
    keyboard = answer_keyboard(answer, related=related_offered(answer, context, message.chat))
    for number, chunk in enumerate(chunks, start=1):
        sent = await message.reply_text(
            chunk,
            parse_mode=ParseMode.HTML,
            do_quote=in_group(message),
            allow_sending_without_reply=True,
            reply_markup=keyboard if number == len(chunks) else None,
        )
        state.remember(sent, answer.question, conversation)


def related_offered(answer: Answer, context: Context, chat: Chat) -> tuple[Related, ...]:
    """The related questions to offer under ``answer`` in ``chat``: up to three in a private
    chat, none in a group unless it turned them on (``/related on``), then one."""
    setting = context.chat_data.related if context.chat_data is not None else None
    private = chat.type == ChatType.PRIVATE
    if not (private if setting is None else setting):
        return ()
    found = related(context.bot_data.engine.knowledge, answer)
    return found if private else found[:GROUP_RELATED]
