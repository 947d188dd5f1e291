"""Offline Telegram for handler tests: PTB's real ``Application`` and objects, with every Bot
API request answered in-process by ``FakeTelegram`` (no sockets), and a recorder in memory."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from botapi_double import FakeTelegram
from telegram import Update
from telegram.request import BaseRequest, RequestData

from bot.core.answer import Answer
from bot.core.engine import Engine
from bot.core.loader import load_knowledge
from bot.curation.recording import Stats
from bot.telegram.app import build_application
from bot.telegram.state import App

TOKEN = "123456789:TESTTOKENabcdefghijklmnopqrstuvwxyz_-0123"

# The Telegram tests talk to the bot over the shipped knowledge/; what they expect of it is
# read from it, so a curator's change (a new chair, a sixth theme) does not break them.
SHIPPED = load_knowledge()
CHAIR = SHIPPED.chair_seat.people[0].name
"""The chair's full name: every test asking "who chairs the group?" expects it."""


class OfflineRequest(BaseRequest):
    def __init__(self, telegram: FakeTelegram) -> None:
        self.telegram = telegram

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, *args: Any, **kwargs: Any
    ) -> tuple[int, bytes]:
        params = json.loads(json.dumps(request_data.parameters)) if request_data else {}
        status, body = self.telegram.api(url.rsplit("/", 1)[-1], params)
        return status, json.dumps(body).encode()


@dataclass
class FakeRecorder:
    questions: list[tuple[Answer, str, int | None]] = field(default_factory=list)
    picks: list[tuple[str, str, int | None]] = field(default_factory=list)
    votes: list[tuple[str | None, str, bool, int | None]] = field(default_factory=list)
    closed: bool = False

    def question(self, answer: Answer, chat_type: str, chat_id: int | None) -> None:
        self.questions.append((answer, chat_type, chat_id))

    def suggestion_picked(self, question: str, key: str, chat_id: int | None) -> None:
        self.picks.append((question, key, chat_id))

    def vote(self, source: str | None, question: str, up: bool, chat_id: int | None) -> None:
        self.votes.append((source, question, up, chat_id))

    def change_vote(self, source: str | None, question: str, up: bool, chat_id: int | None) -> None:
        other = [n for n, v in enumerate(self.votes) if v[0] == source and v[2] is not up]
        if other:
            del self.votes[other[-1]]
        self.votes.append((source, question, up, chat_id))

    def stats(self, days: int = 7) -> Stats:
        answered = sum(1 for a, _, _ in self.questions if a.answered)
        up = sum(1 for v in self.votes if v[2])
        return Stats(days, answered, len(self.questions) - answered, up, len(self.votes) - up)

    def set_opt_out(self, chat_id: int, out: bool) -> bool:
        return True  # this recorder has no opt-out: the chat is still recorded

    def is_opted_out(self, chat_id: int) -> bool:
        return False

    def close(self) -> None:
        self.closed = True


class OfflineBot:
    """One application over one ``FakeTelegram``: feed updates, inspect what the bot sent."""

    def __init__(self, engine: Engine, recorder: FakeRecorder | None = None, **options: Any) -> None:
        self.telegram = FakeTelegram(TOKEN)
        self.recorder = recorder or FakeRecorder()
        self.app: App = build_application(
            TOKEN, engine, self.recorder, rate_limiter=False, request=OfflineRequest(self.telegram), **options
        )

    async def __aenter__(self) -> OfflineBot:
        await self.app.initialize()
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.app.persistence is not None:
            await self.app.update_persistence()  # what Application.stop does in the real runner
        await self.app.shutdown()

    async def feed(self, update: dict[str, Any]) -> None:
        """Process one update (as ``FakeTelegram`` made it) and forget it from the queue."""
        self.telegram.updates.remove(update)
        await self.app.process_update(Update.de_json(update, self.app.bot))

    async def say(
        self, chat: dict[str, Any], user: dict[str, Any], text: str | None = None, **extra: Any
    ) -> dict[str, Any]:
        """A user's message, processed; returns the message."""
        message = self.telegram.message(chat, user, text, **extra)
        await self.feed(self.telegram.updates[-1])
        return message

    def replies(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        return [c.params for c in self.telegram.calls_of(method)]

    def last(self, method: str = "sendMessage") -> dict[str, Any]:
        calls = self.replies(method)
        assert calls, f"the bot made no {method} call"
        return calls[-1]
