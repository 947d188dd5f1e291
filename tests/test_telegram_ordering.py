"""``bot.telegram.ordering.ChatOrdered``: one chat's updates in order, chats concurrently, and a
chat with many waiting updates holds one worker at most."""

from __future__ import annotations

import asyncio
import random

from botapi_double import FakeTelegram
from telegram import Update

from bot.telegram.ordering import ChatOrdered


def _updates(chats: int, per_chat: int) -> list[Update]:
    telegram = FakeTelegram("1:x")
    for n in range(per_chat):
        for chat_id in range(1, chats + 1):
            user = telegram.user(chat_id)
            telegram.message(telegram.private_chat(user), user, f"question {n}")
    return [Update.de_json(u, None) for u in telegram.updates]


async def test_one_chat_in_order_and_chats_concurrently() -> None:
    processor = ChatOrdered(workers=4)
    handled: dict[int, list[str]] = {}
    running = 0
    most = 0
    rng = random.Random(11)

    async def handle(update: Update) -> None:
        nonlocal running, most
        running += 1
        most = max(most, running)
        await asyncio.sleep(rng.random() / 200)  # replies take varying time
        assert update.effective_chat is not None and update.message is not None
        handled.setdefault(update.effective_chat.id, []).append(update.message.text or "")
        running -= 1

    updates = _updates(chats=10, per_chat=8)
    await asyncio.gather(*(processor.process_update(u, handle(u)) for u in updates))
    assert handled == {chat: [f"question {n}" for n in range(8)] for chat in range(1, 11)}
    assert most == 4  # four chats at once, never more
    assert processor.chats_waiting == 0


async def test_a_chat_with_many_waiting_updates_does_not_hold_up_others() -> None:
    processor = ChatOrdered(workers=2)
    order: list[int] = []
    flood = _updates(chats=1, per_chat=50)
    other = _updates(chats=2, per_chat=1)[1]  # chat 2

    async def handle(update: Update) -> None:
        await asyncio.sleep(0.002)
        assert update.effective_chat is not None
        order.append(update.effective_chat.id)

    tasks = [asyncio.create_task(processor.process_update(u, handle(u))) for u in [*flood, other]]
    await asyncio.gather(*tasks)
    assert order.index(2) <= 1  # answered beside the flooder's first, not after its 50


async def test_updates_without_a_chat_only_take_a_worker() -> None:
    telegram = FakeTelegram("1:x")
    telegram.inline(telegram.user(5), "chair")
    update = Update.de_json(telegram.updates[-1], None)
    processor = ChatOrdered(workers=1)
    done: list[bool] = []

    async def handle() -> None:
        done.append(True)

    await processor.process_update(update, handle())
    assert done == [True] and processor.chats_waiting == 0
