"""Webhook mode: a small tornado server that takes Telegram's updates, and nothing else.

PTB's own webhook server reads a request's whole body (up to 100 MB) before it looks at the
secret, and answers a body that is not JSON with HTTP 500. ``UpdateHandler`` streams the body
instead, so it can refuse before reading any of it:

* a missing or wrong ``X-Telegram-Bot-Api-Secret-Token`` header: 403;
* another content type than JSON: 415; a ``Content-Length`` over ``MAX_BODY``: 413 (a longer
  body without one is cut off when it passes ``MAX_BODY``);
* after reading: a body that is not JSON, or not an update PTB can read: 400.

Each refusal is one log line (INFO for a wrong secret, as scanners send them; WARNING for a
bad body from someone who knows the secret) and the server keeps answering. Good updates
go on the application's update queue (PTB's custom webhook recipe), answered with 200.
``start_webhook`` listens first, then tells Telegram the URL (``setWebhook``, retried as
start-up is: ``bot.telegram.runner.until_up``).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from http import HTTPStatus
from types import TracebackType
from typing import Any
from urllib.parse import urlparse

import tornado.web
from telegram import Update
from tornado.httpserver import HTTPServer

from bot.telegram.runner import until_up
from bot.telegram.state import App

log = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024
"""The largest request body read (Telegram's updates are a few kB)."""
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
BODY_TIMEOUT = 10.0
"""Seconds a request may take to send its body."""
IDLE_TIMEOUT = 75.0
"""Seconds an idle kept-alive connection stays open."""


class WebhookApp(tornado.web.Application):
    def __init__(self, path: str, app: App, secret: str) -> None:
        super().__init__([(rf"{re.escape(path.rstrip('/'))}/?", UpdateHandler, {"app": app, "secret": secret})])

    def log_request(self, handler: tornado.web.RequestHandler) -> None:
        """Each refusal is logged by the handler; successes are not logged."""


@tornado.web.stream_request_body
class UpdateHandler(tornado.web.RequestHandler):
    """One POST from Telegram with one update (see the module docstring)."""

    SUPPORTED_METHODS = ("POST",)

    def initialize(self, app: App, secret: str) -> None:
        self.app = app
        self.secret = secret.encode()
        self.chunks: list[bytes] = []

    def set_default_headers(self) -> None:
        self.set_header("Content-Type", "application/json; charset=utf-8")

    def prepare(self) -> None:
        """Called with the headers, before any of the body is read."""
        given = self.request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self.secret):
            self.refuse(HTTPStatus.FORBIDDEN, "missing or wrong secret token", logging.INFO)
            return
        kind = self.request.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if kind != "application/json":
            self.refuse(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"content type {kind or 'missing'!r}, not JSON")
            return
        length = self.request.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > MAX_BODY:
            self.refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"a body of {int(length)} bytes")
            return
        self.request.connection.set_max_body_size(MAX_BODY)  # type: ignore[union-attr]

    def data_received(self, chunk: bytes) -> None:
        self.chunks.append(chunk)

    async def post(self) -> None:
        body = b"".join(self.chunks)
        try:
            data = json.loads(body)
        except (UnicodeDecodeError, ValueError) as error:
            self.refuse(HTTPStatus.BAD_REQUEST, f"a body that is not JSON ({error})")
            return
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            self.refuse(HTTPStatus.BAD_REQUEST, "JSON that is not an update")
            return
        try:
            update = Update.de_json(data, self.app.bot)
        except Exception as error:
            self.refuse(HTTPStatus.BAD_REQUEST, f"an update that cannot be read ({type(error).__name__}: {error})")
            return
        await self.app.update_queue.put(update)
        self.finish('{"ok": true}')

    def refuse(self, status: HTTPStatus, why: str, level: int = logging.WARNING) -> None:
        log.log(level, "webhook: refused %s from %s: %s", self.request.method, self.request.remote_ip, why)
        self.set_status(status)
        self.finish(json.dumps({"ok": False, "description": status.phrase}))

    def log_exception(
        self, typ: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        """One line per unexpected failure (its traceback at DEBUG); tornado's HTTP errors none."""
        if isinstance(value, tornado.web.HTTPError):
            return
        log.error("webhook: %s failed: %s: %s", self.request.method, typ.__name__ if typ else "?", value)
        log.debug("the error's traceback", exc_info=(typ, value, tb) if typ and value else None)


def webhook_server(app: App, path: str, secret: str) -> HTTPServer:
    return HTTPServer(
        WebhookApp(path, app, secret),
        max_body_size=MAX_BODY,
        body_timeout=BODY_TIMEOUT,
        idle_connection_timeout=IDLE_TIMEOUT,
    )


def start_webhook(
    *, listen: str, port: int, url: str, secret: str, allowed_updates: Sequence[str], base_url: str
) -> Callable[[App, asyncio.Event], Awaitable[Callable[[], Awaitable[None]]]]:
    """For ``bot.telegram.runner.serve``: listen on ``listen:port`` at ``url``'s path, then
    register ``url`` with Telegram; returns how to stop listening."""

    if not secret:
        raise ValueError("webhook mode needs a secret token")  # bot.config makes one when none is set

    async def start(app: App, stop: asyncio.Event) -> Callable[[], Awaitable[None]]:
        server = webhook_server(app, urlparse(url).path or "/", secret)
        server.listen(port, address=listen)

        async def register() -> Any:
            return await app.bot.set_webhook(url=url, secret_token=secret, allowed_updates=allowed_updates)

        async def close() -> None:
            server.stop()
            await server.close_all_connections()

        try:
            await until_up(register, "setWebhook", base_url, stop)
        except BaseException:
            await close()
            raise
        log.info("webhook: listening on %s:%d, registered with Telegram", listen, port)
        return close

    return start
