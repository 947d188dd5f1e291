"""The order of replies: one chat's updates are handled one after another, in the order they
came, while different chats are handled concurrently.

PTB hands every update to an update processor as soon as it is fetched. ``ChatOrdered`` gives
each chat a lane (an ``asyncio.Lock``, which wakes its waiters first come, first served): an
update waits for the previous update of its chat to be answered, with its retries
(``bot.telegram.delivery``), before it is handled. Only then does it take one of ``workers``
slots, so a chat with many waiting updates (a flooder, a group at its flood limit) holds one
slot at most and never queues in front of other chats. Updates without a chat (inline
queries) only take a slot.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

WAITING = 100_000
"""Updates that may wait in their chat's lane at once (PTB's own bound, so in practice none)."""


class _Lane:
    __slots__ = ("lock", "waiting")

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.waiting = 0


def chat_of(update: object) -> int | None:
    """The chat whose replies must stay in order: the message's or the pressed button's chat."""
    if isinstance(update, Update) and update.effective_chat is not None:
        return update.effective_chat.id
    return None


class ChatOrdered(BaseUpdateProcessor):
    """Per chat in order, across chats at most ``workers`` at once (see the module docstring)."""

    def __init__(self, workers: int) -> None:
        super().__init__(WAITING)
        self.workers = workers
        self._slots = asyncio.Semaphore(workers)
        self._lanes: dict[int, _Lane] = {}

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = chat_of(update)
        if chat is None:
            async with self._slots:
                await coroutine
            return
        lane = self._lanes.get(chat)
        if lane is None:
            lane = self._lanes[chat] = _Lane()
        lane.waiting += 1
        try:
            async with lane.lock, self._slots:
                await coroutine
        finally:
            lane.waiting -= 1
            if lane.waiting == 0:
                del self._lanes[chat]

    @property
    def chats_waiting(self) -> int:
        """Chats with an update being handled or waiting (for tests and curiosity)."""
        return len(self._lanes)
