"""Delivery (``bot.telegram.delivery``) through PTB's real Application, the Bot API answered
offline: 429s are waited out, 5xx answers retried with backoff, and a request given up is
one log line with the chat id and the reason."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import pytest
from telegram.error import NetworkError
from telegram_support import CHAIR, OfflineBot

from bot.core.engine import Engine
from bot.telegram.delivery import Delivery, DeliveryFailed, RetryPolicy

FAST = RetryPolicy(first_delay=0.01, max_delay=0.05, give_up_after=5.0, retry_after_slack=0.0)


@pytest.fixture
async def bot(engine: Engine) -> Any:
    async with OfflineBot(engine, retry_policy=FAST) as offline:
        yield offline


def _private(bot: OfflineBot, user_id: int = 42) -> tuple[dict[str, Any], dict[str, Any]]:
    user = bot.telegram.user(user_id, "Ann", "en")
    return bot.telegram.private_chat(user), user


def _lines(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == level and r.name.startswith("bot.")]


async def test_ten_429s_in_a_row_are_waited_out(bot: OfflineBot, caplog: pytest.LogCaptureFixture) -> None:
    chat, user = _private(bot)
    bot.telegram.fail_next("sendMessage", 429, retry_after=0.01, times=10)
    with caplog.at_level(logging.INFO):
        await bot.say(chat, user, "Who chairs the steering group?")
    attempts = bot.replies()
    assert len(attempts) == 11 and CHAIR in attempts[-1]["text"]
    assert len(bot.telegram.bot_messages(42)) == 1  # delivered once
    waits = [line for line in _lines(caplog, logging.INFO) if "sendMessage to chat 42 failed" in line]
    assert len(waits) == 10 and "Flood control exceeded" in waits[0]
    assert not _lines(caplog, logging.ERROR)


@pytest.mark.parametrize("code", [500, 502, 503])
async def test_server_errors_are_retried_with_backoff(
    bot: OfflineBot, caplog: pytest.LogCaptureFixture, code: int
) -> None:
    chat, user = _private(bot)
    bot.telegram.fail_next("sendMessage", code, times=2)
    with caplog.at_level(logging.INFO):
        await bot.say(chat, user, "Who chairs the steering group?")
    assert len(bot.replies()) == 3 and len(bot.telegram.bot_messages(42)) == 1
    warnings = _lines(caplog, logging.WARNING)
    assert len(warnings) == 2 and all("sendMessage to chat 42 failed" in w and "\n" not in w for w in warnings)
    assert "retry 1 in 0.0" in warnings[0] and "retry 2 in 0.0" in warnings[1]


def test_backoff_doubles_up_to_its_cap() -> None:
    policy = RetryPolicy(first_delay=0.5, max_delay=30.0)
    assert [policy.backoff(n) for n in range(1, 9)] == [0.5, 1, 2, 4, 8, 16, 30, 30]


async def test_a_request_given_up_is_one_line_and_the_bot_goes_on(
    engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    policy = RetryPolicy(first_delay=0.01, max_delay=0.01, give_up_after=0.1)
    async with OfflineBot(engine, retry_policy=policy) as bot:
        chat, user = _private(bot)
        bot.telegram.fail_next("sendMessage", 500, times=1000)
        with caplog.at_level(logging.DEBUG):
            await bot.say(chat, user, "Who chairs the steering group?")
        (line,) = _lines(caplog, logging.ERROR)
        assert line.startswith("could not deliver sendMessage to chat 42 after ")
        assert line.endswith(": Internal Server Error") and "\n" not in line
        assert not any(r.exc_info for r in caplog.records if r.levelno >= logging.INFO)
        bot.telegram.failures.clear()
        await bot.say(chat, user, "Who chairs the steering group?")
        assert CHAIR in bot.telegram.bot_messages(42)[-1]["text"]


async def test_refusals_are_not_retried_and_are_one_line(bot: OfflineBot, caplog: pytest.LogCaptureFixture) -> None:
    chat, user = _private(bot)
    for code in (400, 403):
        bot.telegram.fail_next("sendMessage", code)
        with caplog.at_level(logging.INFO):
            await bot.say(chat, user, "Who chairs the steering group?")
    assert len(bot.replies()) == 2 and bot.telegram.bot_messages(42) == []
    warnings = _lines(caplog, logging.WARNING)
    assert len(warnings) == 2 and all("chat 42" in w for w in warnings)
    assert "BadRequest" in warnings[0] and "Forbidden" in warnings[1]
    assert not _lines(caplog, logging.ERROR)


async def test_button_answers_and_edits_are_retried_too(bot: OfflineBot) -> None:
    chat, user = _private(bot)
    await bot.say(chat, user, "who is lars")
    offer = bot.telegram.bot_messages(42)[-1]
    data = offer["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    bot.telegram.fail_next("answerCallbackQuery", 429, retry_after=0.01)
    bot.telegram.fail_next("editMessageText", 502)
    bot.telegram.press(offer, data, user)
    await bot.feed(bot.telegram.updates[-1])
    assert len(bot.replies("answerCallbackQuery")) == 2 and len(bot.replies("editMessageText")) == 2
    assert "Lars Holte" in bot.telegram.bot_messages(42)[-1]["text"]


async def test_the_command_menu_is_not_retried(bot: OfflineBot) -> None:
    from bot.telegram.lifecycle import post_init

    bot.telegram.fail_next("setMyCommands", 500)
    await post_init(bot.app)
    assert len(bot.replies("setMyCommands")) == 1  # post_init logs it and goes on


async def test_a_stop_cuts_retries_short_and_each_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    delivery = Delivery(flood_control=False, policy=RetryPolicy(first_delay=5.0, max_delay=5.0, give_up_after=600))
    calls = 0

    async def unreachable(*args: Any, **kwargs: Any) -> bool:
        nonlocal calls
        calls += 1
        raise NetworkError("httpx.ConnectError: All connection attempts failed")

    async def send(chat_id: int) -> None:
        await delivery.process_request(unreachable, (), {}, "sendMessage", {"chat_id": chat_id}, None)

    sends = [asyncio.create_task(send(chat_id)) for chat_id in (1, 2)]
    await asyncio.sleep(0.05)  # both are waiting 5 s for their second attempt
    started = time.monotonic()
    delivery.stopping(grace=0.2)
    results = await asyncio.gather(*sends, return_exceptions=True)
    assert time.monotonic() - started < 1.0 and calls == 2
    assert all(isinstance(r, DeliveryFailed) for r in results)
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert sorted(lines) == [
        f"could not deliver sendMessage to chat {n} after 1 attempt(s) in 0 s: "
        "httpx.ConnectError: All connection attempts failed"
        for n in (1, 2)
    ]


async def test_after_a_stop_short_retries_still_happen() -> None:
    delivery = Delivery(flood_control=False, policy=FAST)
    delivery.stopping(grace=5.0)
    attempts: list[int] = []

    async def flaky(*args: Any, **kwargs: Any) -> bool:
        attempts.append(1)
        if len(attempts) < 3:
            raise NetworkError("Internal Server Error")
        return True

    assert await delivery.process_request(flaky, (), {}, "sendMessage", {"chat_id": 1}, None) is True
    assert len(attempts) == 3
