"""Callback queries: a pressed suggestion (answered in place), a related question (answered in
a new message, as if typed, continuing the conversation of the answer it was under) or a 👍/👎.

Only buttons the bot made, about knowledge that exists, are accepted (``bot.telegram.callbacks``);
anything else is answered "this button has expired" and never recorded. Each person has one
vote per answer: pressing the other button changes it (recorded as a change), pressing the
same one again changes nothing. In a private chat the 👍/👎 row is removed after the vote; in a
group it stays for the other members.
"""

from __future__ import annotations

import logging
import time

from telegram import CallbackQuery, Message, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, TelegramError

from bot.core.answer import Answer
from bot.core.conversation import Conversation
from bot.core.phrases import say
from bot.core.related import related_question
from bot.telegram.callbacks import accepted
from bot.telegram.format import (
    DOWN,
    UP,
    Follow,
    Pick,
    Vote,
    answer_keyboard,
    answer_messages,
    button_text,
    without_votes,
)
from bot.telegram.memory import VotedOn
from bot.telegram.replies import after_command, over_budget, related_offered, reply_language, send_answer
from bot.telegram.state import BotData, Context
from bot.telegram.texts import EXPIRED, NOT_ALLOWED, VOTE_AGAIN, VOTE_CHANGED, VOTE_THANKS
from bot.telegram.turns import answer_turn, starting_point

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
    message = query.message if isinstance(query.message, Message) else None
    choice = accepted(query.data, message, context.bot_data.engine)
    if isinstance(choice, Vote):
        await _vote(update, context, choice)
    elif isinstance(choice, Pick):
        await _pick(update, context, choice)
    elif isinstance(choice, Follow):
        await _follow(update, context, choice)
    else:
        log.debug("chat %s: a press with data the bot did not make, or about nothing known: %r", chat, query.data)
        await query.answer(say(EXPIRED, lang), show_alert=True)


def question_for(state: BotData, message: object) -> str:
    """The question a reply of the bot answered, if it is still remembered."""
    if not isinstance(message, Message):
        return ""
    known = state.remembered(message)
    if known is not None:
        return known.question
    original = message.reply_to_message  # in groups the bot replies to the question
    text = original.text or "" if original is not None else ""
    return after_command(text) if text.startswith("/") else text


async def _vote(update: Update, context: Context, vote: Vote) -> None:
    query = update.callback_query
    assert query is not None
    state = context.bot_data
    chat = update.effective_chat
    chat_id = chat.id if chat else None
    voted_on = _voted_on(query)
    before = state.memory.vote_of(voted_on, query.from_user.id)
    emoji = UP if vote.up else DOWN
    if before is vote.up:
        await query.answer(say(VOTE_AGAIN, vote.lang, vote=emoji))
        return
    state.memory.set_vote(voted_on, query.from_user.id, vote.up)
    question = question_for(state, query.message)
    try:
        if before is None:
            state.recorder.vote(vote.source, question, vote.up, chat_id)
        else:
            state.recorder.change_vote(vote.source, question, vote.up, chat_id)
    except Exception:
        log.exception("recording a vote failed")
    await query.answer(say(VOTE_THANKS if before is None else VOTE_CHANGED, vote.lang, vote=emoji))
    if chat is not None and chat.type != ChatType.PRIVATE:
        return  # the other members may still vote
    markup = query.message.reply_markup if isinstance(query.message, Message) else None
    try:
        await query.edit_message_reply_markup(reply_markup=without_votes(markup))
    except TelegramError as error:  # already edited, too old, or an inline message
        log.debug("could not remove the vote buttons: %s", error)


def _voted_on(query: CallbackQuery) -> VotedOn:
    """The answer a vote is about: (chat id, message id), or its inline message's id."""
    if query.message is not None:
        return (query.message.chat.id, query.message.message_id)
    return query.inline_message_id or f"query:{query.id}"


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
    conversation = _fold(context, query, message, label or answer.question, answer)
    chunks = answer_messages(answer, engine.knowledge)
    if len(chunks) == 1 and message is not None:
        keyboard = answer_keyboard(answer, related=related_offered(answer, context, message.chat))
        try:
            await query.edit_message_text(chunks[0], parse_mode=ParseMode.HTML, reply_markup=keyboard)
        except BadRequest as error:  # e.g. the message is too old to edit
            log.debug("could not edit in the picked answer: %s", error)
        else:
            state.memory.forget_votes(_voted_on(query))  # a new answer: votes on the old one do not carry over
            state.remember(message, label or answer.question, conversation)
            return
    elif len(chunks) == 1:  # an inline-mode message: edited in place, no chat to remember it in
        try:
            await query.edit_message_text(chunks[0], parse_mode=ParseMode.HTML, reply_markup=answer_keyboard(answer))
        except BadRequest as error:
            log.debug("could not edit in the picked answer: %s", error)
        else:
            state.memory.forget_votes(_voted_on(query))
        return
    if message is not None:
        await send_answer(message, answer, context, conversation)


def _fold(
    context: Context, query: CallbackQuery, message: Message | None, asked: str, answer: Answer
) -> Conversation | None:
    """A picked suggestion joins the presser's conversation, so "og hans titel?" follows it."""
    if context.chat_data is None:
        return None
    at = time.time()  # a press has no date of its own; it arrives as it happens
    start = starting_point(context, query.from_user.id, message, at) or Conversation()
    conversation = context.bot_data.engine.dialogue.remember(start, asked, answer, at)
    context.chat_data.remember(query.from_user.id, conversation)
    return conversation


async def _follow(update: Update, context: Context, follow: Follow) -> None:
    """A tapped related question: asked as if the presser had typed it, continuing the
    conversation of the answer it was under; the answer comes as a new message below."""
    query = update.callback_query
    assert query is not None
    message = query.message if isinstance(query.message, Message) else None
    question = related_question(context.bot_data.engine.knowledge, follow.key, follow.lang)
    if message is None or question is None:  # ``accepted`` let neither through; the knowledge may have been reloaded
        await query.answer(say(EXPIRED, follow.lang), show_alert=True)
        return
    await query.answer()
    at = time.time()
    if await over_budget(update, context, at):
        return
    await answer_turn(message, context, question, query.from_user, at=at, lang=follow.lang, answered=message)


def _index_of(message: Message | None, data: str | None) -> int:
    if message is None or message.reply_markup is None:
        return -1
    for number, row in enumerate(message.reply_markup.inline_keyboard):
        if any(button.callback_data == data for button in row):
            return number
    return -1
