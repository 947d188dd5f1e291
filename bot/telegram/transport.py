"""The HTTP requests to the Bot API: PTB's httpx client, watched for a rejected token.

``Watched`` wraps a ``BaseRequest`` (PTB's ``HTTPXRequest``, or the tests' in-process one)
and sets ``TokenWatch.rejected`` on any HTTP 401, whatever the method, so the runner can stop
the bot with one line instead of polling on deaf (``bot.telegram.runner``).
"""

from __future__ import annotations

import asyncio
from http import HTTPStatus

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.request import BaseRequest, HTTPXRequest, RequestData

POOL_SIZE = 256
"""Connections for the bot's requests (PTB's default; ``getUpdates`` has one of its own)."""


class TokenWatch:
    """Set once Telegram has answered any request with 401 Unauthorized."""

    def __init__(self) -> None:
        self.rejected = asyncio.Event()


class Watched(BaseRequest):
    """``inner`` with every 401 reported to ``watch``."""

    def __init__(self, inner: BaseRequest, watch: TokenWatch) -> None:
        self.inner = inner
        self.watch = watch

    @property
    def read_timeout(self) -> float | None:
        return self.inner.read_timeout

    async def initialize(self) -> None:
        await self.inner.initialize()

    async def shutdown(self) -> None:
        await self.inner.shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        code, payload = await self.inner.do_request(
            url,
            method,
            request_data=request_data,
            read_timeout=read_timeout,
            write_timeout=write_timeout,
            connect_timeout=connect_timeout,
            pool_timeout=pool_timeout,
        )
        if code == HTTPStatus.UNAUTHORIZED:
            self.watch.rejected.set()
        return code, payload


def watched_requests(watch: TokenWatch, request: BaseRequest | None = None) -> tuple[Watched, Watched]:
    """The requests for the bot's calls and for ``getUpdates``, as PTB's builder makes them
    (or ``request`` for both), watched."""
    if request is not None:
        return Watched(request, watch), Watched(request, watch)
    return Watched(HTTPXRequest(connection_pool_size=POOL_SIZE), watch), Watched(HTTPXRequest(1), watch)
