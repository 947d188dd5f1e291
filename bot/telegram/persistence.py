"""Keeping what the bot knows about its chats across a restart.

PTB's ``PicklePersistence`` keeps chat data (each user's conversation, the reply language,
``/related``) in ``telegram_chats.pickle``. Bot data cannot go there: it holds the engine and
the recorder, and PTB would deep-copy and pickle it whole every minute. So only its small,
picklable part, the ``Memory`` of recent answers (their conversations and who voted on them),
goes to a second file beside it, written whenever PTB writes the chat data (every minute when
something changed, and at shutdown) and read back at start.

A memory file that cannot be read (damaged, from an incompatible version) is logged and the bot
starts with an empty memory: forgetting old votes is better than not starting.
"""

from __future__ import annotations

import logging
import os
import pickle
from pathlib import Path

from telegram.ext import PersistenceInput, PicklePersistence

from bot.telegram.memory import Memory
from bot.telegram.state import CONTEXT_TYPES, BotData, ChatData, UserData

log = logging.getLogger(__name__)

KEPT = PersistenceInput(bot_data=False, chat_data=True, user_data=False, callback_data=False)
"""Chat data through PTB; user data is a per-minute tally, not worth keeping."""


def memory_file(state_file: Path) -> Path:
    """Where the answer memory goes: ``telegram_chats.pickle`` -> ``telegram_chats.answers.pickle``."""
    return state_file.with_name(f"{state_file.stem}.answers{state_file.suffix}")


class KeptState(PicklePersistence[UserData, ChatData, BotData]):
    """Chat data in ``path`` (PTB's format), and ``memory`` in ``memory_file(path)``."""

    def __init__(self, path: Path, memory: Memory) -> None:
        super().__init__(path, store_data=KEPT, context_types=CONTEXT_TYPES)
        self.memory = memory
        self.memory_path = memory_file(path)
        self._loaded = False

    async def get_chat_data(self) -> dict[int, ChatData]:
        # PTB reads chat data once, at start: the memory is read with it.
        if not self._loaded:
            self._loaded = True
            saved = _load(self.memory_path)
            if saved is not None:
                self.memory.restore(saved)
        return await super().get_chat_data()

    async def update_chat_data(self, chat_id: int, data: ChatData) -> None:
        await super().update_chat_data(chat_id, data)
        self._save()

    async def flush(self) -> None:
        await super().flush()
        self._save()

    def _save(self) -> None:
        if not self.memory.changed:
            return
        temporary = self.memory_path.with_name(f"{self.memory_path.name}.tmp")
        try:
            with temporary.open("wb") as file:
                pickle.dump(self.memory, file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.memory_path)  # a crash mid-write leaves the last good file
        except OSError as error:
            log.warning("could not keep the answer memory in %s: %s", self.memory_path, error)
            return
        self.memory.changed = False


def _load(path: Path) -> Memory | None:
    try:
        with path.open("rb") as file:
            saved = pickle.load(file)
    except FileNotFoundError:
        return None
    except Exception as error:  # any damage: start without it rather than not at all
        log.warning("could not read the answer memory %s (%s); starting without it", path, error)
        return None
    if not isinstance(saved, Memory):
        log.warning("%s holds no answer memory; starting without it", path)
        return None
    return saved
