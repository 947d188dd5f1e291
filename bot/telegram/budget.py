"""The per-user budget: at most ``BOT_QUESTIONS_PER_MINUTE`` questions (and commands) from one
user a minute, so one flooder cannot use up Telegram's shared ~30 messages a second.

A user's minute starts with their first question (by Telegram's time of the message, so a
backlog fetched after an outage counts as it was sent). Past the budget the user gets one
polite notice; what they send after that in the same minute goes unanswered (and unrecorded).
The tally lives in the user's ``UserData``, in memory only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

PERIOD = 60.0
"""Seconds in one budget window."""


class Verdict(Enum):
    ANSWER = "answer"
    NOTICE = "notice"
    """Past the budget for the first time in this window: tell the user, answer nothing."""
    DROP = "drop"


@dataclass
class Tally:
    """One user's questions in the current window."""

    started: float = -math.inf
    count: int = 0
    noticed: bool = False


def admit(tally: Tally, now: float, limit: int, period: float = PERIOD) -> Verdict:
    """Count one question at ``now`` (seconds); ``limit`` 0 means no budget."""
    if limit <= 0:
        return Verdict.ANSWER
    if now - tally.started >= period or now < tally.started:
        tally.started, tally.count, tally.noticed = now, 0, False
    tally.count += 1
    if tally.count <= limit:
        return Verdict.ANSWER
    if not tally.noticed:
        tally.noticed = True
        return Verdict.NOTICE
    return Verdict.DROP
