"""What the bot remembers about its recent answers: the question each answered, the conversation
it left behind, and who voted on it.

A reply to one of the bot's answers (or a button pressed under it) continues the conversation
that answer was given in, so each answer keeps a snapshot of it (``Remembered.conversation``):
a few names and one short question, under 1 KB. The oldest answers are forgotten past
``REMEMBERED``. Everything here pickles (``bot.telegram.persistence`` keeps it across a
restart); the engine and the recorder, which do not, stay in ``BotData``.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import TypeVar

from bot.core.conversation import Conversation

REMEMBERED = 5000
"""How many of the bot's recent answers are remembered, and how many answers' votes."""

MessageKey = tuple[int, int]
"""(chat id, message id) of one of the bot's messages."""
VotedOn = MessageKey | str
"""An answer people vote on: (chat id, message id), or an inline message's id."""
_K = TypeVar("_K")
_V = TypeVar("_V")


@dataclass(frozen=True)
class Remembered:
    question: str
    """The question the message answers, as asked (recorded with votes and picks)."""
    conversation: Conversation | None = None
    """The asker's conversation right after this answer; None for answers outside one (/members)."""


class Memory:
    """The bot's recent answers and the votes on them, each bounded to ``size`` (oldest out first)."""

    def __init__(self, size: int = REMEMBERED) -> None:
        self.size = size
        self.answers: OrderedDict[MessageKey, Remembered] = OrderedDict()
        self.votes: OrderedDict[VotedOn, dict[int, bool]] = OrderedDict()
        """An answer -> user id -> 👍 (True) or 👎: one vote per person per answer."""
        self.changed = False
        """Whether anything changed since the last ``saved``: the state file is written only then."""

    def remember(self, key: MessageKey, remembered: Remembered) -> None:
        self.answers[key] = remembered
        self.answers.move_to_end(key)
        _trim(self.answers, self.size)
        self.changed = True

    def answer(self, key: MessageKey) -> Remembered | None:
        return self.answers.get(key)

    def vote_of(self, answer: VotedOn, user_id: int) -> bool | None:
        """The vote ``user_id`` gave ``answer`` (None: none yet)."""
        return self.votes.get(answer, {}).get(user_id)

    def set_vote(self, answer: VotedOn, user_id: int, up: bool) -> None:
        self.votes.setdefault(answer, {})[user_id] = up
        self.votes.move_to_end(answer)
        _trim(self.votes, self.size)
        self.changed = True

    def forget_votes(self, answer: VotedOn) -> None:
        """A message edited into another answer: votes on the old one do not carry over."""
        if self.votes.pop(answer, None) is not None:
            self.changed = True

    def restore(self, saved: Memory) -> None:
        """Take over what a saved memory holds (at start), keeping this one's bound."""
        for key, remembered in saved.answers.items():
            self.remember(key, remembered)
        for voted_on, votes in saved.votes.items():
            for user_id, up in votes.items():
                self.set_vote(voted_on, user_id, up)
        self.changed = False

    def __getstate__(self) -> dict[str, object]:
        return {"size": self.size, "answers": self.answers, "votes": self.votes}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__()  # type: ignore[misc]  # defaults first: a file from an older version may lack a field
        self.__dict__.update(state)
        self.changed = False


def _trim(items: OrderedDict[_K, _V], size: int) -> None:
    while len(items) > size:
        items.popitem(last=False)
