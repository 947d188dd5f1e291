"""Commands and text messages: ``/start``, ``/help``, ``/members``, ``/themes``, ``/about``,
``/ask``, ``/privacy``, ``/related``, questions in private chats, and questions addressed to the
bot in groups.

Nothing here decides an answer; that is the core's job.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Message, MessageEntity, Update, User
from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError

from bot.core.answer import entry_key
from bot.core.phrases import about, say
from bot.curation.recording import Recorder
from bot.telegram.contract import ENTRIES
from bot.telegram.replies import after_command, from_bot, in_group, refused, reply_language, send_answer, send_text
from bot.telegram.state import Context
from bot.telegram.texts import (
    ASK_USAGE,
    HELP,
    PRIVACY,
    PRIVACY_ADMINS_ONLY,
    PRIVACY_HOW,
    PRIVACY_HOW_GROUP,
    PRIVACY_OFF,
    PRIVACY_OFF_CONFIGURED,
    PRIVACY_OFF_EVERYWHERE,
    PRIVACY_ON,
    RELATED_ADMINS_ONLY,
    RELATED_OFF,
    RELATED_ON,
    TEXT_ONLY,
)
from bot.telegram.turns import answer_turn

log = logging.getLogger(__name__)


async def answer_question(update: Update, context: Context, question: str) -> None:
    message = update.effective_message
    if message is None or await refused(update, context):
        return
    # Follow-ups ("og hans titel?") read against this user's conversation in this chat, or, in a
    # reply to one of the bot's answers, against that answer's (``bot.telegram.turns``).
    await answer_turn(
        message,
        context,
        question,
        update.effective_user,
        at=message.date.timestamp(),
        lang=reply_language(update, context),
        answered=message.reply_to_message,
    )


# -- commands -------------------------------------------------------------------------------


async def on_help(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or await refused(update, context):
        return
    lang = reply_language(update, context)
    user = update.effective_user
    if context.chat_data is not None and user is not None and (message.text or "").startswith("/start"):
        getattr(context.chat_data, "conversations", {}).pop(user.id, None)  # /start: a new conversation
    knowledge = context.bot_data.engine.knowledge
    place = next((s.municipality for s in knowledge.seats if s.municipality), knowledge.seats[0].organisation)
    text = say(HELP, lang, username=context.bot.username, place=place, **about(knowledge, lang))
    await send_text(message, text)


async def _entry_command(update: Update, context: Context, entry_id: str) -> None:
    message = update.effective_message
    if message is None or await refused(update, context):
        return
    answer = context.bot_data.engine.answer_key(entry_key(entry_id), reply_language(update, context))
    if answer is None:
        raise LookupError(
            f"no entry '{entry_id}': bot.telegram.contract.check_entries should have refused this knowledge"
        )
    await send_answer(message, answer, context)


async def on_members(update: Update, context: Context) -> None:
    await _entry_command(update, context, ENTRIES.members)


async def on_themes(update: Update, context: Context) -> None:
    await _entry_command(update, context, ENTRIES.themes)


async def on_about(update: Update, context: Context) -> None:
    await _entry_command(update, context, ENTRIES.about)


async def on_ask(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or from_bot(message, context):
        return
    question = after_command(message.text or "")
    if not question:
        if not await refused(update, context):
            await send_text(message, say(ASK_USAGE, reply_language(update, context)))
        return
    await answer_question(update, context, question)


async def on_privacy(update: Update, context: Context) -> None:
    """``/privacy [on|off]``: what is recorded and what is in force for this chat. In groups
    only the chat's administrators may change it; the operator's ``BOT_RECORD=off`` and
    ``BOT_OPT_OUT_CHATS`` cannot be changed from a chat."""
    message = update.effective_message
    if message is None or await refused(update, context):
        return
    state = context.bot_data
    lang = reply_language(update, context)
    choice = after_command(message.text or "").lower()
    out = True if choice in ("off", "fra", "no", "nej") else False if choice in ("on", "til", "yes", "ja") else None
    group = in_group(message)
    lines = [say(PRIVACY, lang)]
    if not state.record:
        lines.append(say(PRIVACY_OFF_EVERYWHERE, lang))
    elif message.chat_id in state.opt_out_chats:
        lines.append(say(PRIVACY_OFF_CONFIGURED, lang))
    else:
        allowed = out is None or not group or await _group_admin(message, context)
        recording = await _recording(state.recorder, message.chat_id, out if allowed else None)
        lines.append(say(PRIVACY_ON if recording else PRIVACY_OFF, lang))
        lines.append(say(PRIVACY_HOW_GROUP if group else PRIVACY_HOW, lang))
        if not allowed:
            lines.append(say(PRIVACY_ADMINS_ONLY, lang))
    await send_text(message, " ".join(lines))


async def on_related(update: Update, context: Context) -> None:
    """``/related [on|off]``: related-question buttons under answers. On by default in private
    chats, off in groups (where only the chat's administrators may change it)."""
    message = update.effective_message
    if message is None or context.chat_data is None or await refused(update, context):
        return
    lang = reply_language(update, context)
    choice = after_command(message.text or "").lower()
    wanted = True if choice in ("on", "til", "yes", "ja") else False if choice in ("off", "fra", "no", "nej") else None
    group = in_group(message)
    allowed = wanted is None or not group or await _group_admin(message, context)
    if wanted is not None and allowed:
        context.chat_data.related = wanted
    setting = context.chat_data.related
    lines = [say(RELATED_ON if (not group if setting is None else setting) else RELATED_OFF, lang)]
    if not allowed:
        lines.append(say(RELATED_ADMINS_ONLY, lang))
    await send_text(message, " ".join(lines))


async def _recording(recorder: Recorder, chat_id: int, out: bool | None) -> bool:
    """Opt ``chat_id`` out (``out``) or back in, or only look (None); whether it is recorded now."""
    try:
        if out is None:
            return not await asyncio.to_thread(recorder.is_opted_out, chat_id)
        return recorder.set_opt_out(chat_id, out)
    except Exception:
        log.exception("changing the chat's recording failed")
        return True  # unknown: never claim more privacy than is certain


async def _group_admin(message: Message, context: Context) -> bool:
    """Whether the message comes from an administrator of its group (or the group itself,
    as an anonymous administrator's messages do)."""
    if message.sender_chat is not None and message.sender_chat.id == message.chat_id:
        return True
    user = message.from_user
    if user is None:
        return False
    try:
        member = await context.bot.get_chat_member(message.chat_id, user.id)
    except TelegramError as error:
        log.warning(
            "chat %s: could not check for an administrator (%s); /privacy left as it is", message.chat_id, error
        )
        return False
    return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


# -- plain messages -------------------------------------------------------------------------


async def on_private_text(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or from_bot(message, context):
        return
    await answer_question(update, context, message.text or "")


async def on_group_text(update: Update, context: Context) -> None:
    """Groups: answer only when addressed; stay silent otherwise (privacy mode on or off)."""
    message = update.effective_message
    if message is None or from_bot(message, context):
        return
    question = _addressed_text(message, context.bot.bot)
    if question is not None:
        await answer_question(update, context, question)


async def on_private_other(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or from_bot(message, context) or await refused(update, context):
        return
    await message.reply_text(say(TEXT_ONLY, reply_language(update, context)))


def _addressed_text(message: Message, bot: User) -> str | None:
    """In a group: the question if the message is addressed to the bot, else None."""
    text = message.text or ""
    original = message.reply_to_message
    if original is not None and original.from_user is not None and original.from_user.id == bot.id:
        return text
    username = (bot.username or "").lower()
    mentions = [
        e
        for e, value in message.parse_entities([MessageEntity.MENTION]).items()
        if username and value.lower() == f"@{username}"
    ]
    if not mentions:
        return None
    for entity in sorted(mentions, key=lambda e: e.offset, reverse=True):
        # Entity offsets count UTF-16 code units; cut on the encoded text.
        encoded = text.encode("utf-16-le")
        start, end = 2 * entity.offset, 2 * (entity.offset + entity.length)
        text = (encoded[:start] + encoded[end:]).decode("utf-16-le")
    return " ".join(text.split())
