"""What the adapters record about real traffic, so curators can see what people ask.

The Telegram layer talks to this protocol only; ``bot.curation.store.SqliteRecorder`` is the real
implementation. Recording must never block or break answering: implementations swallow
and log their own errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bot.core.answer import Answer


@dataclass(frozen=True)
class Stats:
    days: int
    answered: int
    unanswered: int
    votes_up: int
    votes_down: int


class Recorder(Protocol):
    def question(self, answer: Answer, chat_type: str, chat_id: int | None) -> None:
        """Record every answer: unanswered ones (and suggestions) in full, answered ones as a count."""

    def suggestion_picked(self, question: str, key: str, chat_id: int | None) -> None:
        """Record which suggestion a user pressed after an unanswered question."""

    def vote(self, source: str | None, question: str, up: bool, chat_id: int | None) -> None:
        """Record a 👍 (up) or 👎 vote on the answer that came from ``source``."""

    def change_vote(self, source: str | None, question: str, up: bool, chat_id: int | None) -> None:
        """Someone who voted the other way on an answer from ``source`` changed their vote to
        ``up``: the change is recorded, not a second vote (each person counts once)."""

    def stats(self, days: int = 7) -> Stats:
        """Counts for the last ``days`` days (answered, unanswered, votes)."""

    def set_opt_out(self, chat_id: int, out: bool) -> bool:
        """``/privacy off`` (``out``) or ``/privacy on``: stop or resume recording ``chat_id``.
        Returns whether the chat's questions are recorded from now on (what the chat is told)."""

    def is_opted_out(self, chat_id: int) -> bool:
        """Whether nothing from ``chat_id`` is recorded; may wait briefly for queued changes."""

    def close(self) -> None:
        """Flush and close; called on shutdown."""
