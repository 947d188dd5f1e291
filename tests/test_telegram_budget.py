"""The per-user budget (``bot.telegram.budget``): N questions a minute, then one notice, then
silence until the minute is over; one flooder does not hold up anyone else."""

from __future__ import annotations

import logging
import time
from typing import Any

import pytest
from botapi_double import BOT_USERNAME
from telegram_support import CHAIR, OfflineBot

from bot.core.engine import Engine
from bot.telegram.budget import Tally, Verdict, admit


def test_admit_counts_a_window_from_the_first_question() -> None:
    tally = Tally()
    verdicts = [admit(tally, 100.0 + n, limit=3) for n in range(6)]
    assert verdicts == [Verdict.ANSWER] * 3 + [Verdict.NOTICE] + [Verdict.DROP] * 2
    assert admit(tally, 160.0, limit=3) is Verdict.ANSWER  # a new minute
    assert tally.count == 1 and not tally.noticed
    assert all(admit(Tally(), 0.0, limit=0) is Verdict.ANSWER for _ in range(100))


async def test_a_flooder_gets_one_notice_and_others_are_answered(
    engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    async with OfflineBot(engine, questions_per_minute=3) as bot:
        flooder = bot.telegram.user(42, "Flo", "en")
        other = bot.telegram.user(43, "Ann", "da")
        chat = bot.telegram.private_chat(flooder)
        with caplog.at_level(logging.INFO):
            for _ in range(10):
                await bot.say(chat, flooder, "Who chairs the steering group?")
            await bot.say(bot.telegram.private_chat(other), other, "Hvem er formand?")
        texts = [m["text"] for m in bot.telegram.sent_to(42)]
        assert len(texts) == 4 and all(CHAIR in t for t in texts[:3])
        assert texts[3].startswith("You are asking faster than I can answer everyone: at most 3 questions a minute.")
        assert CHAIR in bot.telegram.sent_to(43)[0]["text"]
        notices = [r.getMessage() for r in caplog.records if "questions in a minute" in r.getMessage()]
        assert notices == [
            "chat 42: a user sent more than 3 questions in a minute; the rest of their minute goes unanswered"
        ]
        assert len(bot.recorder.questions) == 4  # dropped questions are not recorded either

        later = int(time.time()) + 61
        await bot.say(chat, flooder, "/members", date=later)
        assert "14 members" in bot.telegram.sent_to(42)[-1]["text"]


async def test_the_budget_counts_per_user_in_groups(engine: Engine) -> None:
    async with OfflineBot(engine, questions_per_minute=2) as bot:
        group = bot.telegram.group_chat(-1001)
        users: list[dict[str, Any]] = [bot.telegram.user(7, "Bo"), bot.telegram.user(8, "Cy")]
        for _ in range(3):
            for user in users:
                await bot.say(group, user, f"/ask@{BOT_USERNAME} who represents Vejle?")
        await bot.say(group, users[0], "just chatting, not addressed")  # not a question: not counted
        texts = [m["text"] for m in bot.telegram.sent_to(-1001)]
        assert sum("Peter Karm" in t for t in texts) == 4
        assert sum(t.startswith("You are asking faster") for t in texts) == 2
