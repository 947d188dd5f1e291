"""What the bot keeps between updates, typed: PTB makes one ``BotData``, a ``ChatData`` per chat
and a ``UserData`` per user (``CONTEXT_TYPES``); every handler gets them through ``Context``.

The current ``Engine`` lives in ``BotData`` and is read on every update, so a reload reaches
the next message.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from telegram import Message
from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.core.conversation import Conversation
from bot.core.engine import Engine
from bot.core.knowledge import Lang
from bot.curation.recording import Recorder
from bot.telegram.budget import Tally
from bot.telegram.memory import Memory, Remembered
from bot.telegram.transport import TokenWatch


class ChatData:
    """Per chat: the language of the last question in a private chat, for replies without words,
    each user's conversation in it (a private chat has one user; in a group every member
    has their own, so two people's follow-ups never mix), and whether it gets related questions."""

    def __init__(self) -> None:
        self.lang: Lang | None = None
        self.conversations: dict[int, Conversation] = {}
        """User id -> what their conversation in this chat remembers (``bot.core.conversation``);
        it expires by itself after a quiet spell, and /start clears it."""
        self.related: bool | None = None
        """``/related on|off``; None: the default (on in private chats, off in groups)."""

    def __setstate__(self, state: dict[str, object]) -> None:
        # Chat data pickled by an older version lacks the newer fields: defaults first.
        self.__init__()  # type: ignore[misc]
        self.__dict__.update(state)

    def conversation(self, user_id: int) -> Conversation | None:
        return self.conversations.get(user_id)

    def remember(self, user_id: int, conversation: Conversation) -> None:
        self.conversations[user_id] = conversation


class UserData:
    """Per user, in memory only: how many questions they asked this minute (``bot.telegram.budget``).
    Nothing about users is written anywhere (see ``bot.curation.store``)."""

    def __init__(self) -> None:
        self.tally = Tally()


class BotData:
    """One per bot: the engine, the recorder, who may use the bot, and what it answered.

    PTB creates it empty; ``build_application`` calls ``setup`` before the first update.
    """

    engine: Engine
    recorder: Recorder

    def __init__(self) -> None:
        self.knowledge_dir: Path | None = None
        """Where ``/reload`` and SIGHUP read the knowledge again (None: the checkout's)."""
        self.allowed_chats: frozenset[int] | None = None
        """None: every chat may use the bot."""
        self.admins: frozenset[int] = frozenset()
        self.questions_per_minute = 0
        """The per-user budget (``BOT_QUESTIONS_PER_MINUTE``); 0: none."""
        self.record = True
        """``BOT_RECORD``: False when the operator turned recording off for every chat."""
        self.opt_out_chats: frozenset[int] = frozenset()
        """``BOT_OPT_OUT_CHATS``: chats the operator keeps out of recording."""
        self.memory = Memory()
        """The bot's recent answers: their questions, conversations and votes. Kept across a
        restart with the chat data (``bot.telegram.persistence``), never in the curation database."""
        self.reload_lock = asyncio.Lock()
        self.token_watch = TokenWatch()
        """Set by the bot's requests when Telegram rejects the token (``bot.telegram.transport``)."""

    def setup(
        self,
        engine: Engine,
        recorder: Recorder,
        *,
        knowledge_dir: Path | None,
        allowed_chats: frozenset[int] | None,
        admins: frozenset[int],
        questions_per_minute: int = 0,
        record: bool = True,
        opt_out_chats: frozenset[int] = frozenset(),
    ) -> None:
        self.engine = engine
        self.recorder = recorder
        self.knowledge_dir = knowledge_dir
        self.allowed_chats = allowed_chats
        self.admins = admins
        self.questions_per_minute = questions_per_minute
        self.record = record
        self.opt_out_chats = opt_out_chats

    def is_allowed(self, chat_id: int | None) -> bool:
        return self.allowed_chats is None or (chat_id is not None and chat_id in self.allowed_chats)

    def remember(self, message: Message, question: str, conversation: Conversation | None = None) -> None:
        """Remember that the bot's ``message`` answers ``question``, leaving ``conversation``
        (the oldest are forgotten)."""
        self.memory.remember((message.chat_id, message.message_id), Remembered(question, conversation))

    def remembered(self, message: Message | None) -> Remembered | None:
        """What the bot's ``message`` answered, if it is one of its remembered answers."""
        return None if message is None else self.memory.answer((message.chat_id, message.message_id))


class Context(CallbackContext[ExtBot[Any], UserData, ChatData, BotData]):
    """The context every handler gets: ``bot_data`` is ``BotData``, ``chat_data`` ``ChatData``."""


CONTEXT_TYPES = ContextTypes(context=Context, chat_data=ChatData, user_data=UserData, bot_data=BotData)

App = Application[ExtBot[Any], Context, UserData, ChatData, BotData, None]
"""The bot's ``Application``: typed data, no job queue."""
