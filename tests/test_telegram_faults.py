"""Issue #11's fault campaign, end to end: the real ``python -m bot run`` against the Bot API
double (``botapi_double.py``) injecting faults: nothing lost, nobody in.

One bot process per flood-control setting serves the delivery tests (``bot`` fixture, with
the rate limiter on and off); start-up, a revoked token, webhooks and SIGTERM get their own.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from botapi_double import BOT_USERNAME, BotApiServer, FakeTelegram, free_port
from e2e_support import TOKEN, BotProcess, answers_to, chat_and_user, start_bot
from telegram_support import CHAIR

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

MUNICIPALITIES = {
    "Rudersdal": "Bjarne Pedersen",
    "Fredensborg": "Kim Herlev",
    "Høje Taastrup": "Lars Holte",
    "København": "Mads Grønvall",
    "Holbæk": "Anders Brøndum",
    "Vordingborg": "Lau Svendsen-Tune",
    "Nyborg": "Lars Svenningsen",
    "Vejle": "Peter Karm",
    "Aarhus": "Anette Juhl Winther",
    "Aalborg": "Christian Roslev",
}
"""Ten questions ("Who represents X?") whose answers name ten different people."""


@dataclass
class Live:
    telegram: FakeTelegram
    process: BotProcess
    limiter: bool
    database: Path

    def __iter__(self) -> Iterator[Any]:
        return iter((self.telegram, self.process))


@pytest.fixture(scope="module", params=[True, False], ids=["limiter-on", "limiter-off"])
def bot(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    """A running bot at log level INFO, flood control on or off."""
    limiter = bool(request.param)
    tmp = tmp_path_factory.mktemp("faults")
    telegram = FakeTelegram(TOKEN)
    with BotApiServer(telegram) as server:
        process = start_bot(server, tmp, BOT_LOG_LEVEL="INFO", BOT_RATE_LIMITER="on" if limiter else "off")
        try:
            telegram.wait_for("setMyCommands", timeout=20)
            yield Live(telegram, process, limiter, tmp / "data" / "klbot.sqlite3")
        finally:
            assert process.stop() == 0
    assert "Traceback" not in process.output()


def _log_lines(process: BotProcess, pattern: str) -> list[str]:
    return [line for line in process.output().splitlines() if re.search(pattern, line)]


# -- delivery ------------------------------------------------------------------------------------


def test_ten_429s_in_a_row_on_one_answer(bot: Live) -> None:
    telegram, process = bot
    chat, user = chat_and_user(telegram, 1101)
    telegram.fail_next("sendMessage", 429, retry_after=0.1, times=10)
    telegram.message(chat, user, "Who chairs the steering group?")
    attempts = answers_to(telegram, 1101, count=11, timeout=20)
    assert CHAIR in attempts[-1]["text"]
    assert len(telegram.bot_messages(1101)) == 1  # delivered once
    assert len(_log_lines(process, r"INFO .*sendMessage to chat 1101 failed \(Flood control")) == 10


def test_ten_429s_across_a_burst(bot: Live) -> None:
    telegram, _ = bot
    users = [chat_and_user(telegram, 1200 + n) for n in range(10)]
    telegram.fail_next("sendMessage", 429, retry_after=1, times=10)
    for chat, user in users:
        telegram.message(chat, user, "What is theme 3?")
    for chat, _ in users:
        telegram.wait_delivered(chat["id"], timeout=20)
    time.sleep(0.2)
    assert telegram.pending_failures("sendMessage") == 0
    assert all(len(telegram.bot_messages(chat["id"])) == 1 for chat, _ in users)


def test_two_500s_are_retried(bot: Live) -> None:
    telegram, process = bot
    chat, user = chat_and_user(telegram, 1301)
    telegram.fail_next("sendMessage", 500, times=2)
    started = time.monotonic()
    telegram.message(chat, user, "Who represents Vejle?")
    attempts = answers_to(telegram, 1301, count=3, timeout=20)
    assert time.monotonic() - started >= 1.4  # backoff 0.5 s, then 1 s
    assert "Peter Karm" in attempts[-1]["text"] and len(telegram.bot_messages(1301)) == 1
    warnings = _log_lines(process, r"WARNING .*sendMessage to chat 1301 failed")
    assert len(warnings) == 2 and all("Internal Server Error" in line for line in warnings)


def test_replies_in_a_chat_keep_the_order_of_the_questions(bot: Live) -> None:
    """500 questions from 50 users (150 with flood control on: 30 messages/s would take 17 s)."""
    telegram = bot.telegram
    users = [chat_and_user(telegram, 20_000 + n) for n in range(50)]
    per_user = 3 if bot.limiter else 10
    asked = list(MUNICIPALITIES.items())
    for round_ in range(per_user):
        for n, (chat, user) in enumerate(users):
            telegram.message(chat, user, f"Who represents {asked[(n + round_) % 10][0]}?")
    for n, (chat, _) in enumerate(users):
        replies = telegram.wait_delivered(chat["id"], per_user, timeout=60)
        expected = [asked[(n + round_) % 10][1] for round_ in range(per_user)]
        assert [next(name for name in MUNICIPALITIES.values() if name in r["text"]) for r in replies] == expected


def test_a_flooding_user_does_not_hold_up_others(bot: Live) -> None:
    telegram, process = bot
    flood_chat, flooder = chat_and_user(telegram, 3001)
    chat, user = chat_and_user(telegram, 3002)
    for n in range(300):
        telegram.message(flood_chat, flooder, "Who chairs the steering group?")
        if n == 100:
            asked = time.monotonic()
            telegram.message(chat, user, "Who represents Aarhus?")
    (reply,) = answers_to(telegram, 3002, timeout=10)
    answered = next(c.at for c in telegram.calls_of("sendMessage") if c.params.get("chat_id") == 3002)
    assert answered - asked < 2.0 and "Anette Juhl Winther" in reply["text"]
    flood = telegram.wait_delivered(3001, 21, timeout=20)
    time.sleep(0.5)
    flood = telegram.bot_messages(3001)
    assert len(flood) == 21  # the budget's 20 answers and one notice; 279 questions dropped
    assert flood[-1]["text"].startswith("You are asking faster than I can answer everyone: at most 20 questions")
    assert len(_log_lines(process, r"INFO .*chat 3001: a user sent more than 20 questions in a minute")) == 1


# -- start-up, network and token -----------------------------------------------------------------


def test_telegram_unreachable_at_start_then_up_then_down_mid_run(tmp_path: Path) -> None:
    telegram = FakeTelegram(TOKEN)
    port = free_port()
    server = BotApiServer(telegram, port=port)
    base_url = f"http://127.0.0.1:{port}/bot"
    process = start_bot(base_url, tmp_path, BOT_LOG_LEVEL="INFO")
    try:
        process.wait_for_log(f"start-up: cannot reach the Telegram Bot API at {base_url}", timeout=20)
        server.start()  # Telegram comes back
        telegram.wait_for("setMyCommands", timeout=20)
        process.wait_for_log("start-up: reached the Telegram Bot API")
        chat, user = chat_and_user(telegram, 4001)
        telegram.message(chat, user, "Who chairs the steering group?")
        telegram.wait_delivered(4001, timeout=10)

        server.down()  # the connection drops during the run
        process.wait_for_log(f"polling the Telegram Bot API at {base_url} failed", timeout=20)
        time.sleep(1.5)
        server.up()
        telegram.message(chat, user, "Who represents Vejle?")
        assert "Peter Karm" in telegram.wait_delivered(4001, 2, timeout=30)[-1]["text"]
        assert process.stop() == 0
    finally:
        process.stop()
        server.stop()
    output = process.output()
    assert "Traceback" not in output and TOKEN.split(":")[1] not in output
    startup = _log_lines(process, "start-up: cannot reach")
    polling = _log_lines(process, "polling the Telegram Bot API at .* failed")
    assert startup and polling
    assert all(" WARNING " in line and base_url in line for line in startup + polling)


def test_sigterm_while_waiting_for_telegram_at_start_up(tmp_path: Path) -> None:
    base_url = f"http://127.0.0.1:{free_port()}/bot"  # nothing listens there
    process = start_bot(base_url, tmp_path, BOT_LOG_LEVEL="INFO")
    process.wait_for_log("start-up: cannot reach the Telegram Bot API", timeout=20)
    assert process.stop(timeout=10) == 0
    assert "stopped while waiting for Telegram" in process.output() and "Traceback" not in process.output()


def test_a_token_revoked_mid_run_stops_the_bot_with_one_line(tmp_path: Path) -> None:
    telegram = FakeTelegram(TOKEN)
    with BotApiServer(telegram) as server:
        process = start_bot(server, tmp_path, BOT_LOG_LEVEL="INFO")
        telegram.wait_for("setMyCommands", timeout=20)
        chat, user = chat_and_user(telegram, 5001)
        telegram.message(chat, user, "Who chairs the steering group?")
        telegram.wait_delivered(5001)
        mark = len(process.output())
        telegram.revoke()
        telegram.message(chat, user, "Who represents Vejle?")
        assert process.process.wait(20) == 2
    after = process.output()[mark:]
    assert "Traceback" not in after and TOKEN.split(":")[1] not in after
    errors = [line for line in after.splitlines() if " ERROR " in line or "CRITICAL" in line]
    assert len(errors) == 1 and "TELEGRAM_BOT_TOKEN" in errors[0] and "@BotFather" in errors[0]


# -- buttons ---------------------------------------------------------------------------------------


def _votes(database: Path) -> list[tuple[int, str | None, str]]:
    with sqlite3.connect(database) as conn:
        return conn.execute("SELECT up, source, raw FROM votes ORDER BY id").fetchall()


def test_forged_and_repeated_presses(bot: Live) -> None:
    telegram = bot.telegram
    group = telegram.group_chat(-100_6001)
    users = [telegram.user(6001 + n, f"member{n}", "en") for n in range(3)]
    telegram.message(group, users[0], f"/ask@{BOT_USERNAME} who represents Nyborg?")
    (reply,) = telegram.wait_delivered(-100_6001)
    keyboard = [b["callback_data"] for row in reply["reply_markup"]["inline_keyboard"] for b in row]
    up, down = keyboard[-2:]
    before = _votes(bot.database)
    forged = [
        "v:u:en:'); DROP TABLE votes; --",
        "v:d:en:\x1b]0;pwned\x07\x1b[2J",
        "v:u:en:chair",
        "s:en:p:Robert'); DROP TABLE picks;--",
        "x" * 64,
    ]
    presses = [telegram.press(reply, data, users[0]) for data in forged]
    for _ in range(100):  # 300 presses of 👍 from 3 people
        presses += [telegram.press(reply, up, user) for user in users]
    presses.append(telegram.press(reply, down, users[0]))  # one changes their mind
    answered = telegram.wait_for("answerCallbackQuery", lambda p: p["callback_query_id"] in presses, 30, len(presses))
    texts = {p["callback_query_id"]: p.get("text") for p in answered}
    assert [texts[q] for q in presses[: len(forged)]] == ["This button has expired. Please ask again."] * len(forged)
    assert sum(text == "Thanks for your feedback!" for text in texts.values()) == 3
    assert texts[presses[-1]] == "Your vote is now 👎. Thanks!"
    expected = [(0, "fact:municipality:Nyborg"), (1, "fact:municipality:Nyborg"), (1, "fact:municipality:Nyborg")]
    deadline = time.monotonic() + 10
    while sorted((up, source) for up, source, _ in _votes(bot.database)[len(before) :]) != expected:
        assert time.monotonic() < deadline, _votes(bot.database)
        time.sleep(0.1)
    time.sleep(0.5)  # and nothing more arrives
    new = _votes(bot.database)[len(before) :]
    assert sorted((up, source) for up, source, _ in new) == expected  # three people, one changed their mind
    assert all(raw == "who represents Nyborg?" for _, _, raw in new)


# -- privacy ---------------------------------------------------------------------------------------


def test_group_privacy_is_for_administrators(bot: Live) -> None:
    telegram = bot.telegram
    group = telegram.group_chat(-100_7001)
    member, admin = telegram.user(7001, "Bo", "en"), telegram.user(7002, "Cy", "en")
    telegram.make_admin(-100_7001, 7002)
    telegram.message(group, admin, f"/privacy@{BOT_USERNAME} off")
    telegram.message(group, member, f"/privacy@{BOT_USERNAME} on")
    admins, members = (m["text"] for m in telegram.wait_delivered(-100_7001, 2))
    assert "Recording is off for this chat." in admins
    assert "Recording is off for this chat." in members and "Only this group's administrators" in members


# -- webhook ---------------------------------------------------------------------------------------


def _post(port: int, path: str, body: bytes, headers: dict[str, str], declared: int | None = None) -> int:
    """POST over a raw socket; ``declared`` claims a longer body than is sent. The status code."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", f"Content-Length: {declared or len(body)}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        answer = sock.recv(4096)
        assert answer.startswith(b"HTTP/1.1 "), answer
        if declared:  # the server hangs up instead of waiting for the rest
            sock.settimeout(5)
            with contextlib.suppress(ConnectionResetError):
                while sock.recv(65536):
                    pass
        return int(answer.split()[1])


def test_the_webhook_refuses_before_reading_and_keeps_answering(tmp_path: Path) -> None:
    telegram = FakeTelegram(TOKEN)
    port = free_port()
    secret = "webhook-Secret_123"
    path = "/hook/klbot"
    with BotApiServer(telegram) as server:
        process = start_bot(
            server,
            tmp_path,
            "run",
            "--webhook-url",
            f"http://127.0.0.1:{port}{path}",
            "--port",
            str(port),
            "--webhook-secret",
            secret,
            BOT_LOG_LEVEL="INFO",
        )
        telegram.wait_for("setWebhook", timeout=20)
        process.wait_for_log("webhook: listening on")
        good = {"X-Telegram-Bot-Api-Secret-Token": secret, "Content-Type": "application/json"}
        user = telegram.user(8001)
        chat = telegram.private_chat(user)
        message = {
            "message_id": 1,
            "date": int(time.time()),
            "chat": chat,
            "from": user,
            "text": "Who represents Vejle?",
        }

        started = time.monotonic()
        big = b"x" * 65536
        assert _post(port, path, big, {"Content-Type": "application/json"}, declared=100_000_000) == 403
        assert _post(port, path, big, {**good, "X-Telegram-Bot-Api-Secret-Token": "wrong"}, declared=10**8) == 403
        assert _post(port, path, big, good, declared=100_000_000) == 413
        assert time.monotonic() - started < 5  # none of the 100 MB bodies was waited for
        assert _post(port, path, b'{"update_id": 1, "message": ', good) == 400
        assert _post(port, path, b"\xff\xfe not utf-8", good) == 400
        assert _post(port, path, b"[1, 2, 3]", good) == 400
        assert _post(port, path, b'{"update_id": 2, "message": {"text": "no chat"}}', good) == 400
        assert _post(port, path, b"{}", {**good, "Content-Type": "text/plain"}) == 415
        assert _post(port, path, json.dumps({"update_id": 3, "message": message}).encode(), good) == 200
        assert "Peter Karm" in telegram.wait_delivered(8001)[0]["text"]
        assert process.stop() == 0
    output = process.output()
    assert "Traceback" not in output and secret not in output
    refusals = _log_lines(process, "webhook: refused POST")
    assert len(refusals) == 8 and sum(" INFO " in line for line in refusals) == 2


# -- stopping ----------------------------------------------------------------------------------------


def test_sigterm_in_the_middle_of_a_burst_answers_everything_fetched(tmp_path: Path) -> None:
    telegram = FakeTelegram(TOKEN)
    with BotApiServer(telegram) as server:
        process = start_bot(server, tmp_path, BOT_LOG_LEVEL="INFO", BOT_RATE_LIMITER="off")
        telegram.wait_for("setMyCommands", timeout=20)
        users = [chat_and_user(telegram, 9000 + n) for n in range(50)]
        asked = list(MUNICIPALITIES)
        for round_ in range(10):
            for n, (chat, user) in enumerate(users):
                telegram.message(chat, user, f"Who represents {asked[(n + round_) % 10]}?")
        ids = {chat["id"] for chat, _ in users}
        telegram.wait_for("sendMessage", lambda p: p.get("chat_id") in ids, timeout=30, count=100)
        telegram.fail_next("sendMessage", 500, times=3)  # and a few answers still need retries
        answered_before = sum(len(telegram.bot_messages(chat_id)) for chat_id in ids)
        stopped = time.monotonic()
        assert process.stop(timeout=60) == 0
        took = time.monotonic() - stopped
    confirmed = [u for u in telegram.pushed if u["update_id"] <= telegram.confirmed]
    assert confirmed, "the bot confirmed nothing"
    for chat_id in ids:
        questions = [u for u in confirmed if u["message"]["chat"]["id"] == chat_id]
        assert len(telegram.bot_messages(chat_id)) == len(questions)  # every one fetched, answered once
    answered = sum(len(telegram.bot_messages(chat_id)) for chat_id in ids)
    assert answered_before < 400 < answered  # stopped in the middle; the rest answered on the way out
    assert took < 30 and "Traceback" not in process.output()
