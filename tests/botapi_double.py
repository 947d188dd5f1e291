"""A small Telegram Bot API double for tests and the benchmark.

``FakeTelegram`` is the state and the method logic (no I/O): users write messages, press
buttons and type inline queries; the bot's calls (``sendMessage``, ``answerCallbackQuery``,
...) are recorded and answered as Telegram would. ``BotApiServer`` serves it over HTTP on
127.0.0.1 from a background thread, with real long polling (``getUpdates`` honours
``offset``, ``limit`` and ``timeout``), so ``python -m bot run`` can talk to it through
``TELEGRAM_BASE_URL``. Only what the bot uses is implemented.

Faults, per method: ``fail_next`` queues HTTP errors (429 with ``retry_after``, 500, 502,
401, ...) for the next calls of one method; ``revoke`` makes every request fail with 401
from then on (a token revoked mid-run). ``BotApiServer`` can be started on a port chosen
in advance (the bot may be pointed at it before it listens: connection refused), and
``down``/``up`` close and reopen the listener mid-run (open connections are dropped).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

JSONDict = dict[str, Any]

BOT_ID = 7000001
BOT_USERNAME = "klbot_test_bot"
JSON_FIELDS = {
    "reply_markup",
    "reply_parameters",
    "results",
    "commands",
    "allowed_updates",
    "link_preview_options",
    "scope",
    "entities",
    "button",
}
INT_FIELDS = {
    "chat_id",
    "message_id",
    "offset",
    "limit",
    "timeout",
    "cache_time",
    "message_thread_id",
    "reply_to_message_id",
    "max_connections",
}
_COMMAND = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{5,32}")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def entities_of(text: str) -> list[JSONDict]:
    """The ``bot_command`` and ``mention`` entities Telegram would attach (UTF-16 offsets)."""
    found = []
    for kind, pattern in (("bot_command", _COMMAND), ("mention", _MENTION)):
        for match in pattern.finditer(text):
            found.append({"type": kind, "offset": utf16_len(text[: match.start()]), "length": utf16_len(match.group())})
    return sorted(found, key=lambda e: e["offset"])


@dataclass
class Call:
    method: str
    params: JSONDict
    at: float = field(default_factory=time.monotonic)


class ApiError(Exception):
    def __init__(self, code: int, description: str, parameters: JSONDict | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


class FakeTelegram:
    """The Bot API's state for one bot. Thread-safe: tests act while the server answers."""

    def __init__(self, token: str, username: str = BOT_USERNAME) -> None:
        self.token = token
        self.bot: JSONDict = {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "KL bot",
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }
        self.calls: list[Call] = []
        self.updates: list[JSONDict] = []
        self.messages: dict[tuple[int, int], JSONDict] = {}
        self.chats: dict[int, JSONDict] = {}
        self.webhook: JSONDict = {}
        self.failures: dict[str, list[ApiError]] = {}
        self.admins: dict[int, set[int]] = {}
        """Group chat id -> the user ids that are its administrators (``getChatMember``)."""
        self.revoked = False
        self.confirmed = 0
        """The highest update id the bot has confirmed (by asking for a later ``offset``)."""
        self.fetched: set[int] = set()
        """Update ids ``getUpdates`` has returned (maybe again, maybe never read by the bot)."""
        self.pushed: list[JSONDict] = []
        """Every update ever made, in order (``updates`` only holds those not yet confirmed)."""
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(1)
        self._lock = threading.Condition()
        self.on_update: list[Callable[[], None]] = []

    # -- what users do -------------------------------------------------------------------

    def user(self, user_id: int, name: str = "Test", language_code: str | None = "en") -> JSONDict:
        user: JSONDict = {"id": user_id, "is_bot": False, "first_name": name}
        if language_code:
            user["language_code"] = language_code
        return user

    def private_chat(self, user: JSONDict) -> JSONDict:
        return {"id": user["id"], "type": "private", "first_name": user["first_name"]}

    def group_chat(self, chat_id: int, title: str = "Test group", kind: str = "supergroup") -> JSONDict:
        return {"id": chat_id, "type": kind, "title": title}

    def message(
        self,
        chat: JSONDict,
        user: JSONDict,
        text: str | None = None,
        reply_to: JSONDict | None = None,
        kind: str = "message",
        **extra: Any,
    ) -> JSONDict:
        """A user's message arrives as an update; returns the message."""
        with self._lock:
            self.chats[chat["id"]] = chat
            message: JSONDict = {
                "message_id": next(self._ids),
                "date": int(time.time()),
                "chat": chat,
                "from": user,
                **extra,
            }
            if text is not None:
                message["text"] = text
                entities = entities_of(text)
                if entities:
                    message["entities"] = entities
            if reply_to is not None:
                message["reply_to_message"] = reply_to
            self.messages[(chat["id"], message["message_id"])] = message
        self.push({kind: message})
        return message

    def press(self, message: JSONDict, data: str, user: JSONDict) -> str:
        """A user presses an inline button of the bot's ``message``; returns the query id."""
        query_id = f"cq{next(self._ids)}"
        current = self.messages.get((message["chat"]["id"], message["message_id"]), message)
        self.push(
            {
                "callback_query": {
                    "id": query_id,
                    "from": user,
                    "message": current,
                    "chat_instance": f"ci{message['chat']['id']}",
                    "data": data,
                }
            }
        )
        return query_id

    def press_inline(self, inline_message_id: str, data: str, user: JSONDict) -> str:
        """A user presses a button of a message sent through inline mode (no chat, no message)."""
        query_id = f"cq{next(self._ids)}"
        query = {"id": query_id, "from": user, "inline_message_id": inline_message_id, "chat_instance": "ci0"}
        self.push({"callback_query": {**query, "data": data}})
        return query_id

    def inline(self, user: JSONDict, query: str) -> str:
        query_id = f"iq{next(self._ids)}"
        self.push({"inline_query": {"id": query_id, "from": user, "query": query, "offset": "", "chat_type": "sender"}})
        return query_id

    def push(self, update: JSONDict) -> JSONDict:
        with self._lock:
            update = {"update_id": next(self._update_ids), **update}
            self.updates.append(update)
            self.pushed.append(update)
        for callback in list(self.on_update):
            callback()
        return update

    def fail_next(self, method: str, code: int = 429, retry_after: float | None = 1, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` fail with HTTP ``code`` (429 with
        ``retry_after`` seconds by default). Telegram's ``retry_after`` is whole seconds; a
        fraction keeps a test fast and PTB reads it the same way."""
        parameters = {"retry_after": retry_after} if code == 429 and retry_after is not None else None
        description = DESCRIPTIONS.get(code, "Bad Request")
        if code == 429:
            description += f": retry after {retry_after}"
        with self._lock:
            self.failures.setdefault(method, []).extend(ApiError(code, description, parameters) for _ in range(times))

    def pending_failures(self, method: str) -> int:
        with self._lock:
            return len(self.failures.get(method, []))

    def revoke(self) -> None:
        """The token is revoked: every request from now on, and every waiting long poll, gets 401."""
        with self._lock:
            self.revoked = True
        for callback in list(self.on_update):
            callback()

    def make_admin(self, chat_id: int, user_id: int) -> None:
        with self._lock:
            self.admins.setdefault(chat_id, set()).add(user_id)

    # -- what the test sees ----------------------------------------------------------------

    def calls_of(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def wait_for(
        self, method: str, where: Callable[[JSONDict], bool] = lambda p: True, timeout: float = 10.0, count: int = 1
    ) -> list[JSONDict]:
        """Wait until ``count`` calls of ``method`` match ``where``; returns their params."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                found = [c.params for c in self.calls if c.method == method and where(c.params)]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [(c.method, c.params) for c in self.calls[-10:]]
                    raise AssertionError(f"{len(found)}/{count} {method} calls after {timeout}s; last: {seen}")
                self._lock.wait(left)

    def wait_delivered(self, chat_id: int, count: int = 1, timeout: float = 10.0) -> list[JSONDict]:
        """Wait until the bot's messages in ``chat_id`` number ``count`` (failed attempts do not count)."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.bot_messages(chat_id)
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"{len(found)}/{count} messages delivered to chat {chat_id} after {timeout}s")
            with self._lock:
                self._lock.wait(0.05)

    def bot_messages(self, chat_id: int) -> list[JSONDict]:
        """The bot's messages in a chat as they are now (after edits), oldest first."""
        with self._lock:
            return [
                m for (chat, _), m in sorted(self.messages.items()) if chat == chat_id and m["from"]["id"] == BOT_ID
            ]

    def sent_to(self, chat_id: int) -> list[JSONDict]:
        return [p for p in (c.params for c in self.calls_of("sendMessage")) if p.get("chat_id") == chat_id]

    # -- the Bot API -------------------------------------------------------------------------

    def take_updates(self, offset: int | None, limit: int) -> list[JSONDict]:
        with self._lock:
            if offset:
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
                self.confirmed = max(self.confirmed, int(offset) - 1)
            return self.updates[:limit]

    def api(self, method: str, params: JSONDict) -> tuple[int, JSONDict]:
        """One Bot API call: (HTTP status, response body). ``getUpdates`` never waits here."""
        with self._lock:
            self.calls.append(Call(method, params))
            self._lock.notify_all()
            pending = self.failures.get(method)
            failure = pending.pop(0) if pending else None
        if failure is not None:
            return _error(failure)
        handler = getattr(self, f"_m_{method.lower()}", None)
        try:
            result = handler(params) if handler is not None else True
        except ApiError as error:
            return _error(error)
        return 200, {"ok": True, "result": result}

    def _m_getme(self, params: JSONDict) -> JSONDict:
        return self.bot

    def _m_getupdates(self, params: JSONDict) -> list[JSONDict]:
        updates = self.take_updates(params.get("offset"), int(params.get("limit") or 100))
        with self._lock:
            self.fetched.update(u["update_id"] for u in updates)
        return updates

    def _m_getchatmember(self, params: JSONDict) -> JSONDict:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        with self._lock:
            admin = user_id in self.admins.get(chat_id, set())
        user = {"id": user_id, "is_bot": False, "first_name": f"user{user_id}"}
        if not admin:
            return {"status": "member", "user": user}
        rights = dict.fromkeys(ADMIN_RIGHTS, True)
        return {"status": "administrator", "user": user, "can_be_edited": False, "is_anonymous": False, **rights}

    def _m_setwebhook(self, params: JSONDict) -> bool:
        self.webhook = dict(params)
        return True

    def _m_deletewebhook(self, params: JSONDict) -> bool:
        self.webhook = {}
        return True

    def _m_getwebhookinfo(self, params: JSONDict) -> JSONDict:
        return {"url": self.webhook.get("url", ""), "has_custom_certificate": False, "pending_update_count": 0}

    def _bot_message(self, params: JSONDict) -> JSONDict:
        chat_id = int(params["chat_id"])
        with self._lock:
            chat = self.chats.get(chat_id) or {"id": chat_id, "type": "private", "first_name": "?"}
            message: JSONDict = {
                "message_id": next(self._ids),
                "date": int(time.time()),
                "chat": chat,
                "from": self.bot,
                "text": params.get("text", ""),
            }
            reply = params.get("reply_parameters") or {}
            replied = self.messages.get((chat_id, int(reply.get("message_id", 0))))
            if replied is not None:
                message["reply_to_message"] = replied
            if params.get("reply_markup"):
                message["reply_markup"] = params["reply_markup"]
            self.messages[(chat_id, message["message_id"])] = message
        return message

    def _m_sendmessage(self, params: JSONDict) -> JSONDict:
        if not params.get("text"):
            raise ApiError(400, "Bad Request: message text is empty")
        if len(params["text"]) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        return self._bot_message(params)

    def _edit(self, params: JSONDict, change: JSONDict) -> JSONDict | bool:
        if params.get("inline_message_id"):
            return True
        key = (int(params["chat_id"]), int(params["message_id"]))
        with self._lock:
            message = self.messages.get(key)
            if message is None:
                raise ApiError(400, "Bad Request: message to edit not found")
            message.update(change)
            if not change.get("reply_markup", True):
                message.pop("reply_markup", None)
            return dict(message)

    def _m_editmessagetext(self, params: JSONDict) -> JSONDict | bool:
        return self._edit(params, {"text": params["text"], "reply_markup": params.get("reply_markup")})

    def _m_editmessagereplymarkup(self, params: JSONDict) -> JSONDict | bool:
        return self._edit(params, {"reply_markup": params.get("reply_markup")})


DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}
ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
)


def _error(error: ApiError) -> tuple[int, JSONDict]:
    body: JSONDict = {"ok": False, "error_code": error.code, "description": error.description}
    if error.parameters:
        body["parameters"] = error.parameters
    return error.code, body


def decode_params(raw: dict[str, str]) -> JSONDict:
    """Form fields as PTB sends them (JSON for objects, text for the rest) into values."""
    params: JSONDict = {}
    for key, value in raw.items():
        if key in JSON_FIELDS:
            params[key] = json.loads(value)
        elif key in INT_FIELDS and re.fullmatch(r"-?\d+", value):
            params[key] = int(value)
        else:
            params[key] = value
    return params


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class BotApiServer:
    """``FakeTelegram`` over HTTP on 127.0.0.1, served from its own thread and event loop."""

    def __init__(self, telegram: FakeTelegram, port: int = 0) -> None:
        """``port``: listen there (0: a free port, chosen at ``start``)."""
        self.telegram = telegram
        self.port = port
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="botapi-double", daemon=True)
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None
        self._wakeup: asyncio.Event | None = None
        self._stopping = False
        self._down = False

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def start(self) -> BotApiServer:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        self.telegram.on_update.append(self._wake)
        return self

    def stop(self) -> None:
        self._stopping = True
        self._wake()
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def __enter__(self) -> BotApiServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def down(self) -> None:
        """Stop listening (connection refused) and drop every open connection, as a network
        outage would; ``up`` listens again on the same port."""
        self._down = True
        self._wake()
        asyncio.run_coroutine_threadsafe(self._stop_site(), self._loop).result(10)

    def up(self) -> None:
        self._down = False
        asyncio.run_coroutine_threadsafe(self._start_site(), self._loop).result(10)

    def _wake(self) -> None:
        if self._wakeup is not None:
            self._loop.call_soon_threadsafe(self._wakeup.set)

    async def _start(self) -> None:
        self._wakeup = asyncio.Event()
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        app.router.add_get("/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1)
        await self._runner.setup()
        self.port = self.port or free_port()
        await self._start_site()

    async def _start_site(self) -> None:
        assert self._runner is not None
        self._site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await self._site.start()

    async def _stop_site(self) -> None:
        if self._site is not None:
            await self._site.stop()
            self._site = None

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if self._down:
            return self._drop(request)
        if request.match_info["token"] != self.telegram.token or self.telegram.revoked:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        if request.content_type == "application/json":
            params = await request.json()
        else:
            params = decode_params({k: v for k, v in (await request.post()).items() if isinstance(v, str)})
        if method.lower() == "getupdates":
            await self._long_poll(params)
            if self._down:
                return self._drop(request)
            if self.telegram.revoked:
                return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        status, body = self.telegram.api(method, params)
        return web.json_response(body, status=status)

    @staticmethod
    def _drop(request: web.Request) -> web.StreamResponse:
        """Close the connection without an answer (the client sees a network error)."""
        if request.transport is not None:
            request.transport.close()
        return web.Response(status=503)

    async def _long_poll(self, params: JSONDict) -> None:
        """Wait up to ``timeout`` seconds for an update past ``offset`` (real long polling)."""
        assert self._wakeup is not None
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        while not self._stopping and not self._down and not self.telegram.revoked:
            if self.telegram.take_updates(params.get("offset"), limit):
                return
            left = deadline - time.monotonic()
            if left <= 0:
                return
            self._wakeup.clear()
            if self.telegram.take_updates(params.get("offset"), limit):
                return
            try:
                await asyncio.wait_for(self._wakeup.wait(), left)
            except TimeoutError:
                return
