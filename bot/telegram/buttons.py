"""Callback queries: a pressed suggestion (answered in place) or a 👍/👎 (recorded, then removed)."""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError

from bot.core.phrases import say
from bot.telegram.format import Pick, Vote, answer_keyboard, answer_messages, button_text, parse_callback, without_votes
from bot.telegram.replies import after_command, reply_language, send_answer
from bot.telegram.state import BotData, Context
from bot.telegram.texts import EXPIRED, NOT_ALLOWED, VOTE_THANKS

log = logging.getLogger(__name__)


async def on_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None:
        return
    chat = update.effective_chat
    lang = reply_language(update, context)
    if not context.bot_data.is_allowed(chat.id if chat else query.from_user.id):
        await query.answer(say(NOT_ALLOWED, lang), show_alert=True)
        return
    choice = parse_callback(query.data)
    if isinstance(choice, Vote):
        await _vote(update, context, choice)
    elif isinstance(choice, Pick):
        await _pick(update, context, choice)
    else:
        await query.answer()


def question_for(state: BotData, message: object) -> str:
    """The question a reply of the bot answered, if it is still remembered."""
    if not isinstance(message, Message):
        return ""
    known = state.asked.get((message.chat_id, message.message_id))
    if known is not None:
        return known
    original = message.reply_to_message  # in groups the bot replies to the question
    text = original.text or "" if original is not None else ""
    return after_command(text) if text.startswith("/") else text


async def _vote(update: Update, context: Context, vote: Vote) -> None:
    query = update.callback_query
    assert query is not None
    state = context.bot_data
    chat_id = update.effective_chat.id if update.effective_chat else None
    try:
        state.recorder.vote(vote.source, question_for(state, query.message), vote.up, chat_id)
    except Exception:
        log.exception("recording a vote failed")
    await query.answer(say(VOTE_THANKS, vote.lang))
    markup = query.message.reply_markup if isinstance(query.message, Message) else None
    try:
        await query.edit_message_reply_markup(reply_markup=without_votes(markup))
    except TelegramError as error:  # already edited, too old, or an inline message
        log.debug("could not remove the vote buttons: %s", error)


async def _pick(update: Update, context: Context, pick: Pick) -> None:
    query = update.callback_query
    assert query is not None
    state = context.bot_data
    engine = state.engine
    message = query.message if isinstance(query.message, Message) else None
    answer = engine.answer_key(pick.key, pick.lang) if pick.key else None
    label = button_text(
        message.reply_markup if message else None,
        pick.index if pick.index is not None else _index_of(message, query.data),
    )
    if answer is None and label:
        answer = engine.ask(label, pick.lang)
    if answer is None:
        await query.answer(say(EXPIRED, pick.lang), show_alert=True)
        return
    await query.answer()
    chat_id = update.effective_chat.id if update.effective_chat else None
    try:
        state.recorder.suggestion_picked(question_for(state, message), pick.key or label or "", chat_id)
    except Exception:
        log.exception("recording a picked suggestion failed")
    chunks = answer_messages(answer, engine.knowledge)
    if len(chunks) == 1:
        try:
            await query.edit_message_text(chunks[0], parse_mode=ParseMode.HTML, reply_markup=answer_keyboard(answer))
        except BadRequest as error:  # e.g. the message is too old to edit
            log.debug("could not edit in the picked answer: %s", error)
        else:
            if message is not None:
                state.remember(message, label or answer.question)
            return
    if message is not None:
        await send_answer(message, answer, context)


def _index_of(message: Message | None, data: str | None) -> int:
    if message is None or message.reply_markup is None:
        return -1
    for number, row in enumerate(message.reply_markup.inline_keyboard):
        if any(button.callback_data == data for button in row):
            return number
    return -1
