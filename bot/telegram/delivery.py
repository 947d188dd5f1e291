"""Delivery: every request that answers someone goes through, or its failure is logged once.

``Delivery`` is the bot's ``BaseRateLimiter`` (PTB passes every Bot API request but
``getUpdates`` through it), installed with flood control on or off:

* **Retries.** The requests that answer people (``RETRIED``: messages, edits, button and
  inline answers) are retried after Telegram's 429 (waiting its ``retry_after``), after 5xx
  answers and after network errors (capped exponential backoff, ``RetryPolicy``), until they
  go through or ``RetryPolicy.give_up_after`` seconds have passed. Each failed attempt is one
  log line (429: INFO, others: WARNING), and giving up is one ERROR line with the method, the
  chat id and the reason; the request then raises ``DeliveryFailed`` (the error handler does
  not log it again). A 4xx other than 429 (a blocked bot, a deleted message) is not retried.
  A retried request may reach a chat twice when Telegram got it but its answer was lost.
  Once the bot is stopping (``stopping``), retries end ``STOP_GRACE`` seconds later at the
  latest, so every answer is sent or logged before a service manager's stop timeout.
* **Flood control** (``BOT_RATE_LIMITER``, on unless benchmarking): Telegram's ~30 messages
  per second overall and 20 per minute per group, as PTB's ``AIORateLimiter`` keeps them.

Retries happen inside the request, so the handler that sends waits for them: handlers of one
chat run one after another (``bot.telegram.ordering``), and a chat's replies keep their order.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dtm
import logging
import warnings
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, NoReturn

from aiolimiter import AsyncLimiter
from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

log = logging.getLogger(__name__)

RETRIED = frozenset(
    {"sendMessage", "editMessageText", "editMessageReplyMarkup", "answerCallbackQuery", "answerInlineQuery"}
)
"""The Bot API methods that answer someone, and so are retried. Start-up calls (``getMe``,
``setWebhook``, ...) are retried by ``bot.telegram.runner``, ``getUpdates`` by PTB's poller."""
OVERALL_PER_SECOND = 30
"""Telegram's limit for messages to all chats together, per second."""
GROUP_PER_MINUTE = 20
"""Telegram's limit for messages to one group, per minute."""
GROUP_LIMITERS = 512
"""Group limiters kept before idle ones are forgotten."""
STOP_GRACE = 15.0
"""Seconds retries may go on after SIGTERM (systemd's unit and compose.yaml allow 30 s to stop)."""

Result = bool | dict[str, Any] | list[dict[str, Any]]


@dataclass(frozen=True)
class RetryPolicy:
    """How long a request that answers someone is retried."""

    first_delay: float = 0.5
    """Seconds before the first retry after a 5xx or network error; doubled each time."""
    max_delay: float = 30.0
    """The longest wait between two attempts (Telegram's ``retry_after`` excepted)."""
    give_up_after: float = 120.0
    """Seconds from the first attempt after which a request is given up (and logged)."""
    retry_after_slack: float = 0.1
    """Added to Telegram's ``retry_after``, so the retry does not arrive a moment too early."""

    def backoff(self, attempt: int) -> float:
        """The wait after failed attempt number ``attempt`` (1, 2, ...)."""
        return min(self.max_delay, self.first_delay * 2.0 ** (attempt - 1))


class DeliveryFailed(NetworkError):
    """A request was given up after its retries; its one log line is already written."""


def retry_after_seconds(error: RetryAfter) -> float:
    """Telegram's ``retry_after`` in seconds (PTB 22 warns when it is read as a number)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


def target_of(data: dict[str, Any]) -> str:
    """Whom a request is for, for the log: ``chat <id>`` when it names one."""
    if data.get("chat_id") is not None:
        return f"chat {data['chat_id']}"
    if data.get("inline_message_id"):
        return "an inline message"
    if data.get("callback_query_id"):
        return "a button press"
    if data.get("inline_query_id"):
        return "an inline query"
    return "the bot"


class Delivery(BaseRateLimiter[int]):
    """Retries the requests in ``RETRIED``; with ``flood_control``, keeps Telegram's limits."""

    def __init__(self, *, flood_control: bool = True, policy: RetryPolicy | None = None) -> None:
        self.flood_control = flood_control
        self.policy = policy or RetryPolicy()
        self._overall = AsyncLimiter(OVERALL_PER_SECOND, 1) if flood_control else None
        self._groups: dict[int | str, AsyncLimiter] = {}
        self._stopping = asyncio.Event()
        self._stop_by: float | None = None

    def stopping(self, grace: float = STOP_GRACE) -> None:
        """The bot is stopping: give up retries ``grace`` seconds from now at the latest."""
        self._stop_by = asyncio.get_running_loop().time() + grace
        self._stopping.set()

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        if endpoint not in RETRIED:
            return await self._limited(callback, args, kwargs, data)
        loop = asyncio.get_running_loop()
        started = loop.time()
        attempt = 0
        while True:
            attempt += 1
            try:
                return await self._limited(callback, args, kwargs, data)
            except RetryAfter as error:
                failure: NetworkError | RetryAfter = error
                delay = retry_after_seconds(error) + self.policy.retry_after_slack
                level = logging.INFO
            except BadRequest:
                raise  # the request itself is wrong: sending it again changes nothing
            except NetworkError as error:  # 5xx answers, timeouts, refused or dropped connections
                failure = error
                delay = self.policy.backoff(attempt)
                level = logging.WARNING
            retry_at = loop.time() + delay
            if retry_at - started > self.policy.give_up_after or not self._in_time(retry_at):
                self._give_up(endpoint, data, attempt, loop.time() - started, failure)
            log.log(
                level, "%s to %s failed (%s); retry %d in %.1f s", endpoint, target_of(data), failure, attempt, delay
            )
            if not await self._wait(retry_at):
                self._give_up(endpoint, data, attempt, loop.time() - started, failure)

    def _in_time(self, moment: float) -> bool:
        return self._stop_by is None or moment <= self._stop_by

    async def _wait(self, until: float) -> bool:
        """Sleep until ``until`` (loop time); False as soon as a stop makes that too late."""
        loop = asyncio.get_running_loop()
        if not self._stopping.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), max(0.0, until - loop.time()))
        if not self._in_time(until):
            return False
        await asyncio.sleep(max(0.0, until - loop.time()))
        return True

    @staticmethod
    def _give_up(endpoint: str, data: dict[str, Any], attempt: int, elapsed: float, failure: Exception) -> NoReturn:
        log.error(
            "could not deliver %s to %s after %d attempt(s) in %.0f s: %s",
            endpoint,
            target_of(data),
            attempt,
            elapsed,
            failure,
        )
        raise DeliveryFailed(f"{endpoint} given up after {attempt} attempt(s): {failure}") from failure

    async def _limited(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        data: dict[str, Any],
    ) -> Result:
        chat_id = data.get("chat_id")
        if self._overall is None or chat_id is None:
            return await callback(*args, **kwargs)
        group = self._group(chat_id)
        async with group if group is not None else contextlib.nullcontext(), self._overall:
            return await callback(*args, **kwargs)

    def _group(self, chat_id: object) -> AsyncLimiter | None:
        """The per-group limiter for a group or channel (negative id, or ``@username``)."""
        key: int | str
        if isinstance(chat_id, str) and not chat_id.lstrip("-").isdigit():
            key = chat_id
        else:
            try:
                key = int(str(chat_id))
            except ValueError:
                return None
            if key >= 0:
                return None
        if key not in self._groups and len(self._groups) >= GROUP_LIMITERS:
            for old, limiter in list(self._groups.items()):
                if limiter.has_capacity(limiter.max_rate):
                    del self._groups[old]
        if key not in self._groups:
            self._groups[key] = AsyncLimiter(GROUP_PER_MINUTE, 60)
        return self._groups[key]
