"""End to end: the real ``python -m bot run`` process against a Bot API double on 127.0.0.1.

One bot process serves most tests (module fixture); start-up, signals, webhooks and
configuration errors get processes of their own.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from botapi_double import BOT_USERNAME, BotApiServer, FakeTelegram, free_port
from e2e_support import KNOWLEDGE, REPO, TOKEN, BotProcess, answers_to, chat_and_user, clean_env, start_bot
from telegram_support import CHAIR

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FakeTelegram, BotProcess, Path]]:
    """A running bot (rate limiter on, admin user 1) on a copy of the knowledge."""
    tmp = tmp_path_factory.mktemp("live")
    knowledge = tmp / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    telegram = FakeTelegram(TOKEN)
    with BotApiServer(telegram) as server:
        bot = start_bot(server, tmp, "--knowledge", str(knowledge), BOT_ADMINS="1")
        try:
            telegram.wait_for("setMyCommands", timeout=20)
            yield telegram, bot, knowledge
        finally:
            bot.stop()


# -- through one running bot ---------------------------------------------------------------------


def test_private_chat_question(live: tuple[FakeTelegram, BotProcess, Path]) -> None:
    telegram, _, _ = live
    chat, user = chat_and_user(telegram, 101)
    telegram.message(chat, user, "Hvem er formand for styregruppen?")
    (reply,) = answers_to(telegram, 101)
    assert reply["parse_mode"] == "HTML" and reply["text"].startswith(f"Formand for styregruppen er {CHAIR}")
    assert "<i>Kilde:" in reply["text"]
    assert [b["text"] for b in reply["reply_markup"]["inline_keyboard"][-1]] == ["👍", "👎"]


def test_group_answers_only_when_addressed(live: tuple[FakeTelegram, BotProcess, Path]) -> None:
    telegram, _, _ = live
    group = telegram.group_chat(-100201)
    user = telegram.user(201, "Bo", "en")
    telegram.message(group, user, "Who chairs the steering group?")  # not addressed
    telegram.message(group, user, "/ask@another_bot who chairs the group?")
    asked = telegram.message(group, user, f"/ask@{BOT_USERNAME} who represents Vejle?")
    (first,) = answers_to(telegram, -100201)
    assert "Peter Karm" in first["text"]
    assert first["reply_parameters"]["message_id"] == asked["message_id"]
    bots_message = telegram.bot_messages(-100201)[-1]
    follow_up = telegram.message(group, user, "and who chairs the group?", reply_to=bots_message)
    mention = telegram.message(group, user, f"@{BOT_USERNAME} what is theme 3?")
    replies = answers_to(telegram, -100201, count=3)
    assert {r["reply_parameters"]["message_id"] for r in replies} == {
        asked["message_id"],
        follow_up["message_id"],
        mention["message_id"],
    }
    time.sleep(0.3)
    assert len(telegram.sent_to(-100201)) == 3


def test_inline_query(live: tuple[FakeTelegram, BotProcess, Path]) -> None:
    telegram, _, _ = live
    user = telegram.user(301, "Di", "en")
    query_id = telegram.inline(user, "who represents Aarhus")
    (call,) = telegram.wait_for("answerInlineQuery", lambda p: p["inline_query_id"] == query_id)
    assert 1 <= len(call["results"]) <= 5
    assert "Anette Juhl Winther" in call["results"][0]["input_message_content"]["message_text"]
    empty_id = telegram.inline(user, "")
    (empty,) = telegram.wait_for("answerInlineQuery", lambda p: p["inline_query_id"] == empty_id)
    assert len(empty["results"]) == 3


def test_pressing_a_suggestion_button(live: tuple[FakeTelegram, BotProcess, Path]) -> None:
    telegram, _, _ = live
    chat, user = chat_and_user(telegram, 401)
    telegram.message(chat, user, "who is lars")
    (offer,) = answers_to(telegram, 401)
    buttons = [row[0] for row in offer["reply_markup"]["inline_keyboard"] if row[0]["callback_data"].startswith("s:")]
    assert buttons
    message = telegram.bot_messages(401)[-1]
    query_id = telegram.press(message, buttons[-1]["callback_data"], user)
    telegram.wait_for("answerCallbackQuery", lambda p: p["callback_query_id"] == query_id)
    (edited,) = telegram.wait_for("editMessageText", lambda p: p.get("chat_id") == 401)
    assert edited["message_id"] == message["message_id"]
    assert buttons[-1]["text"].removeprefix("Who is ").rstrip("?") in edited["text"]
    answer = telegram.bot_messages(401)[-1]
    forged_id = telegram.press(answer, "v:u:en:x", user)  # not a button of this message
    (refusal,) = telegram.wait_for("answerCallbackQuery", lambda p: p["callback_query_id"] == forged_id)
    assert refusal["text"] == "This button has expired. Please ask again."
    up = answer["reply_markup"]["inline_keyboard"][-1][0]["callback_data"]
    vote_id = telegram.press(answer, up, user)
    (ack,) = telegram.wait_for("answerCallbackQuery", lambda p: p["callback_query_id"] == vote_id)
    assert ack["text"] == "Thanks for your feedback!"


def test_a_429_is_waited_out_and_the_answer_arrives(live: tuple[FakeTelegram, BotProcess, Path]) -> None:
    telegram, _, _ = live
    chat, user = chat_and_user(telegram, 501)
    telegram.fail_next("sendMessage", retry_after=1)
    started = time.monotonic()
    telegram.message(chat, user, "Who chairs the steering group?")
    attempts = answers_to(telegram, 501, count=2)
    assert time.monotonic() - started >= 1.0
    assert attempts[0] == attempts[1] and CHAIR in attempts[1]["text"]
    assert len(telegram.bot_messages(501)) == 1  # delivered once, after the wait


def test_a_burst_of_100_questions_from_20_users_is_all_answered(live: tuple[FakeTelegram, BotProcess, Path]) -> None:
    telegram, _, _ = live
    questions = [
        "Who chairs the steering group?",
        "Hvem repræsenterer Aarhus?",
        "What is theme 3?",
        "How many members are there?",
        "hvad er de forpligtende aftaler?",
    ]
    users = [chat_and_user(telegram, 10_000 + n) for n in range(20)]
    for question in questions:
        for chat, user in users:
            telegram.message(chat, user, question)
    ids = {chat["id"] for chat, _ in users}
    telegram.wait_for("sendMessage", lambda p: p.get("chat_id") in ids, timeout=30, count=100)
    for chat, _ in users:
        texts = [m["text"] for m in telegram.bot_messages(chat["id"])]
        assert len(texts) == 5 and all(texts)
    # flood control keeps to Telegram's ~30 messages/s: after a first bucket of 30, 70 take > 2 s
    sent = sorted(c.at for c in telegram.calls_of("sendMessage") if c.params.get("chat_id") in ids)
    assert sent[-1] - sent[0] >= 2.0


def test_odd_updates_do_not_stop_the_bot(live: tuple[FakeTelegram, BotProcess, Path]) -> None:
    telegram, _, _ = live
    chat, user = chat_and_user(telegram, 601)
    telegram.message(chat, user, "edited question", kind="edited_message", edit_date=1)
    telegram.message({"id": -100601, "type": "channel", "title": "News"}, user, "/help", kind="channel_post")
    telegram.message(
        chat,
        user,
        None,
        sticker={
            "file_id": "s",
            "file_unique_id": "s",
            "type": "regular",
            "width": 1,
            "height": 1,
            "is_animated": False,
            "is_video": False,
        },
    )
    telegram.message(chat, user, "Who chairs the steering group?")
    texts = [r["text"] for r in answers_to(telegram, 601, count=2)]
    assert texts[0] == "I only understand text: please type your question."
    assert CHAIR in texts[1]


def test_reload_on_sighup_and_by_admin(live: tuple[FakeTelegram, BotProcess, Path]) -> None:
    telegram, bot, knowledge = live
    facts = knowledge / "facts.yaml"
    good = facts.read_text(encoding="utf-8")
    admin_chat, admin = chat_and_user(telegram, 1)
    try:
        facts.write_text(good.replace('date: "05-07-2017"', 'date: "06-07-2017"'), encoding="utf-8")
        bot.process.send_signal(signal.SIGHUP)
        bot.wait_for_log("knowledge reloaded")
        telegram.message(admin_chat, admin, "/about")
        (about,) = answers_to(telegram, 1)
        assert "06-07-2017" in about["text"]

        facts.write_text(good.replace('  title: "Ny', '  titel: "Ny'), encoding="utf-8")
        bot.process.send_signal(signal.SIGHUP)
        bot.wait_for_log("reload: ")
        telegram.message(admin_chat, admin, "/reload")
        refused = answers_to(telegram, 1, count=2)[-1]["text"]
        assert refused.startswith("Reload refused") and "field 'title'" in refused
        telegram.message(admin_chat, admin, "/about")
        assert "06-07-2017" in answers_to(telegram, 1, count=3)[-1]["text"]  # the last good one

        stranger_chat, stranger = chat_and_user(telegram, 2)
        telegram.message(stranger_chat, stranger, "/reload")
        assert answers_to(telegram, 2)[0]["text"].startswith("Sorry, only the bot's administrators")
    finally:
        facts.write_text(good, encoding="utf-8")


def test_the_token_never_appears_in_debug_output(live: tuple[FakeTelegram, BotProcess, Path]) -> None:
    _, bot, _ = live
    output = bot.output()
    assert "getUpdates" in output and "sendMessage" in output  # DEBUG logging did log requests
    assert TOKEN not in output and TOKEN.split(":")[1] not in output


# -- processes of their own -----------------------------------------------------------------------


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_signals_stop_the_bot_with_status_0(tmp_path: Path, sig: int) -> None:
    telegram = FakeTelegram(TOKEN)
    with BotApiServer(telegram) as server:
        # configured from a .env file in the working directory
        (tmp_path / ".env").write_text(
            f"# bot settings\nexport TELEGRAM_BOT_TOKEN={TOKEN}\nTELEGRAM_BASE_URL='{server.base_url}'\n"
            f"BOT_DATA_DIR={tmp_path / 'data'}\nBOT_LOG_LEVEL=DEBUG  # everything\n",
            encoding="utf-8",
        )
        env = clean_env()
        del env["BOT_ENV_FILE"]
        bot = BotProcess([], env, tmp_path / "bot.log", cwd=tmp_path)  # plain `python -m bot`
        telegram.wait_for("setMyCommands", timeout=20)
        chat, user = chat_and_user(telegram, 42)
        telegram.message(chat, user, "Who chairs the steering group?")
        answers_to(telegram, 42)
        assert bot.stop(sig) == 0
    output = bot.output()
    assert "Traceback" not in output and TOKEN not in output and TOKEN.split(":")[1] not in output
    assert (tmp_path / "data" / "klbot.sqlite3").exists()


def test_webhook_mode_checks_the_secret(tmp_path: Path) -> None:
    telegram = FakeTelegram(TOKEN)
    port = free_port()
    secret = "s3cret-Token_for-the-webhook"
    url = f"http://127.0.0.1:{port}/hook/klbot"
    with BotApiServer(telegram) as server:
        bot = start_bot(
            server,
            tmp_path,
            "run",
            "--webhook-url",
            url,
            "--listen",
            "127.0.0.1",
            "--port",
            str(port),
            "--webhook-secret",
            secret,
        )
        (registered,) = telegram.wait_for("setWebhook", timeout=20)
        assert registered["url"] == url and registered["secret_token"] == secret
        user = telegram.user(42)
        update = {
            "update_id": 1,
            "message": {
                "message_id": 1,
                "date": int(time.time()),
                "text": "/members",
                "entities": [{"type": "bot_command", "offset": 0, "length": 8}],
                "chat": telegram.private_chat(user),
                "from": user,
            },
        }

        def post(token: str) -> int:
            request = urllib.request.Request(
                url,
                json.dumps(update).encode(),
                method="POST",
                headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": token},
            )
            try:
                with urllib.request.urlopen(request, timeout=5) as response:
                    return int(response.status)
            except urllib.error.HTTPError as error:
                return error.code

        deadline = time.monotonic() + 10
        while True:  # the webhook server starts right after setWebhook
            try:
                status = post("wrong-secret")
                break
            except urllib.error.URLError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert status == 403
        assert post(secret) == 200
        (reply,) = answers_to(telegram, 42)
        assert "14 members" in reply["text"]
        assert bot.stop() == 0
    assert secret not in bot.output() and TOKEN not in bot.output()


def test_a_token_telegram_rejects_exits_2_without_traceback(tmp_path: Path) -> None:
    telegram = FakeTelegram("111111111:SOMEONEELSEabcdefghijklmnopqrstuvwxyz")
    with BotApiServer(telegram) as server:
        bot = start_bot(server, tmp_path, BOT_LOG_LEVEL="INFO")
        assert bot.process.wait(20) == 2
    output = bot.output()
    assert "Telegram rejected TELEGRAM_BOT_TOKEN" in output and "@BotFather" in output
    assert "Traceback" not in output and TOKEN not in output


@pytest.mark.parametrize("token", [None, "", "not-a-token", "12345:short", f"{TOKEN}\nx"])
def test_missing_or_malformed_token_is_one_line_and_status_2(tmp_path: Path, token: str | None) -> None:
    env = clean_env(BOT_DATA_DIR=str(tmp_path))
    if token is not None:
        env["TELEGRAM_BOT_TOKEN"] = token
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=30,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "@BotFather" in lines[0] and "TELEGRAM_BOT_TOKEN" in lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""
    if token:
        assert token.strip() not in result.stderr


def test_knowledge_lacking_an_entry_the_bot_names_exits_3_with_one_line(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    path = knowledge / "qa" / "article.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  - id: article\n", "  - id: the-article\n"))
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--knowledge", str(knowledge), "run"],
        env=clean_env(TELEGRAM_BOT_TOKEN=TOKEN, BOT_DATA_DIR=str(tmp_path / "data")),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=30,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 3
    assert result.stderr.splitlines() == [
        "klbot: the Telegram bot needs entries the knowledge lacks: 'article' (used by /about)"
    ]
    assert result.stdout == "" and not (tmp_path / "data").exists()
