"""Running the bot: start-up that waits for Telegram, long polling or the webhook, and the stop.

``serve`` does what PTB's ``run_polling``/``run_webhook`` do (initialize, ``post_init``, start
fetching updates, ``start``; on the way out stop, shutdown, ``post_shutdown``), and besides:

* **Start-up waits for Telegram.** While the Bot API cannot be reached, ``getMe`` (and, in
  webhook mode, ``setWebhook``) is tried again with a growing pause (1 s, doubling, at most
  ``STARTUP_MAX_DELAY``), each failure one WARNING line naming the base URL, never the token.
  SIGTERM or Ctrl-C during that wait stops the bot with status 0.
* **Network errors while polling** are one WARNING line each (PTB's own handler logs a full
  traceback on every retry); tracebacks only at DEBUG.
* **A rejected token stops the bot.** A 401 on any request at any time (``TokenWatch``) stops
  it with one line about the token and exit status 2; a token rejected at start-up raises
  ``InvalidToken`` for ``bot.telegram.main`` to say the same.
* **SIGTERM and SIGINT** stop fetching, answer every update already fetched (PTB's ``stop``
  handles the whole queue, deliveries with their retries for ``delivery.STOP_GRACE`` seconds
  more at most, then each logged), then exit 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable, Sequence

from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter, TelegramError

from bot.config import EXIT_CONFIG, HOW_TO_GET_A_TOKEN
from bot.telegram.delivery import Delivery, retry_after_seconds
from bot.telegram.state import App

log = logging.getLogger("bot.telegram")

BOT_API = "https://api.telegram.org/bot"
"""PTB's base URL when ``TELEGRAM_BASE_URL`` is not set."""
STARTUP_FIRST_DELAY = 1.0
STARTUP_MAX_DELAY = 30.0
"""Seconds between start-up attempts: 1, 2, 4, ... at most this."""


class Stopped(Exception):
    """SIGTERM or SIGINT arrived while waiting for Telegram at start-up."""


async def until_up(action: Callable[[], Awaitable[object]], what: str, base_url: str, stop: asyncio.Event) -> None:
    """Run ``action`` until it gets through to Telegram; raises ``Stopped`` if ``stop`` is set
    while waiting. A rejected token (``InvalidToken``) and Telegram refusing the call itself
    (another ``TelegramError``) are not retried."""
    delay = STARTUP_FIRST_DELAY
    attempt = 0
    while True:
        attempt += 1
        try:
            await action()
        except RetryAfter as error:
            wait = retry_after_seconds(error)
            log.warning("%s: Telegram asks to wait %.0f s; trying again then", what, wait)
        except BadRequest:
            raise
        except NetworkError as error:
            wait = delay
            delay = min(STARTUP_MAX_DELAY, delay * 2)
            log.warning(
                "%s: cannot reach the Telegram Bot API at %s (%s); trying again in %.0f s", what, base_url, error, wait
            )
            log.debug("the error's traceback", exc_info=error)
        else:
            if attempt > 1:
                log.info("%s: reached the Telegram Bot API at %s (attempt %d)", what, base_url, attempt)
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), wait)
        if stop.is_set():
            raise Stopped


def polling_error(base_url: str) -> Callable[[TelegramError], None]:
    """PTB's poller calls this for each failed ``getUpdates`` (it then waits 1 s, 1.5 s, ... 30 s)."""

    def on_error(error: TelegramError) -> None:
        log.warning("polling the Telegram Bot API at %s failed (%s); trying again", base_url, error)
        log.debug("the error's traceback", exc_info=error)

    return on_error


async def serve(
    app: App,
    *,
    base_url: str | None,
    allowed_updates: Sequence[str],
    webhook: Callable[[App, asyncio.Event], Awaitable[Callable[[], Awaitable[None]]]] | None = None,
) -> int:
    """Run ``app`` until SIGTERM/SIGINT (0) or a token rejected mid-run (``EXIT_CONFIG``).

    ``webhook``: starts webhook mode (given the app and the stop event) and returns the
    coroutine function that stops it; None: long polling."""
    base = base_url or BOT_API
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows; not the main thread
            loop.add_signal_handler(sig, stop.set)
    rejected = app.bot_data.token_watch.rejected
    watcher = asyncio.create_task(_stop_when_rejected(rejected, stop))
    stop_webhook: Callable[[], Awaitable[None]] | None = None
    try:
        await until_up(app.initialize, "start-up", base, stop)
        if app.post_init is not None:
            await app.post_init(app)
        if webhook is not None:
            stop_webhook = await webhook(app, stop)
        else:
            assert app.updater is not None
            await app.updater.start_polling(
                allowed_updates=allowed_updates, bootstrap_retries=-1, error_callback=polling_error(base)
            )
        await app.start()
        await stop.wait()
    except Stopped:
        log.info("stopped while waiting for Telegram")
    finally:
        watcher.cancel()
        await _shut_down(app, stop_webhook)
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)
    if rejected.is_set():
        log.error("Telegram rejected TELEGRAM_BOT_TOKEN (401) while running; stopped. %s", HOW_TO_GET_A_TOKEN)
        return EXIT_CONFIG
    return 0


async def _stop_when_rejected(rejected: asyncio.Event, stop: asyncio.Event) -> None:
    await rejected.wait()
    stop.set()


async def _shut_down(app: App, stop_webhook: Callable[[], Awaitable[None]] | None) -> None:
    """Stop fetching, answer what was fetched, and close everything, as PTB's runners do.
    Answers still being retried get ``delivery.STOP_GRACE`` seconds more at most."""
    if isinstance(app.bot.rate_limiter, Delivery):
        app.bot.rate_limiter.stopping()
    if stop_webhook is not None:
        await stop_webhook()
    if app.updater is not None and app.updater.running:
        try:
            await app.updater.stop()
        except InvalidToken:
            pass  # the poller ended on it; the caller says it in one line
        except TelegramError as error:
            log.warning("while stopping the poller: %s", error)
    if app.running:
        await app.stop()
        if app.post_stop is not None:
            await app.post_stop(app)
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)
