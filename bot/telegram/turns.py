"""One turn of a user's conversation in a chat, typed or tapped: which conversation it continues,
the answer, and what is kept afterwards.

* A turn continues the user's own conversation in this chat (``ChatData.conversations``).
* A reply to one of the bot's answers, or a related question tapped under one, continues the
  conversation *that answer* was given in (``Memory``'s snapshot), whoever asked it and
  however long ago: the reply says which context is meant, so its quiet spell does not count.
  The result becomes the user's own conversation from then on.
* Time is the message's own date, not the clock when it is handled: after a restart, a backlog
  of old messages still sees the 15-minute expiry as their senders did.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from telegram import Chat, Message, User
from telegram.constants import ChatType

from bot.core.answer import Answer
from bot.core.conversation import Conversation
from bot.core.knowledge import Lang
from bot.curation.recording import Recorder
from bot.telegram.replies import send_answer
from bot.telegram.state import Context

log = logging.getLogger(__name__)


def starting_point(context: Context, user_id: int, answered: Message | None, at: float) -> Conversation | None:
    """The conversation a turn at ``at`` continues: that of the bot's ``answered`` message when it
    is a remembered answer, else the user's own in this chat (None: a fresh one)."""
    remembered = context.bot_data.remembered(answered)
    if remembered is not None and remembered.conversation is not None:
        return replace(remembered.conversation, at=at)
    chat_data = context.chat_data
    return chat_data.conversation(user_id) if chat_data is not None else None


async def answer_turn(
    reply_to: Message,
    context: Context,
    question: str,
    user: User | None,
    *,
    at: float,
    lang: Lang,
    answered: Message | None = None,
) -> None:
    """Answer ``question`` from ``user`` (sent at ``at``, seconds since the epoch) as a reply to
    ``reply_to``; ``answered`` is the bot's message it continues (a reply, a tapped button)."""
    state = context.bot_data
    chat_data = context.chat_data
    conversation: Conversation | None = None
    if chat_data is not None and user is not None:
        start = starting_point(context, user.id, answered, at)
        answer, conversation = state.engine.converse(question, start, lang, at)
        chat_data.remember(user.id, conversation)
    else:
        answer = state.engine.ask(question, lang)
    if chat_data is not None and reply_to.chat.type == ChatType.PRIVATE and question.strip():
        chat_data.lang = answer.language
    record(state.recorder, answer, reply_to.chat)
    await send_answer(reply_to, answer, context, conversation)


def record(recorder: Recorder, answer: Answer, chat: Chat | None) -> None:
    try:
        recorder.question(answer, chat.type if chat else "inline", chat.id if chat else None)
    except Exception:  # recording must never break answering
        log.exception("recording a question failed")
