"""End to end, issue #8: conversations through the real ``python -m bot run`` process against the
Bot API double on 127.0.0.1 (private follow-ups, group members apart, replies to old answers,
and a restart over the same data directory)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from botapi_double import BOT_USERNAME, BotApiServer, FakeTelegram
from e2e_support import TOKEN, answers_to, chat_and_user, start_bot

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FakeTelegram]:
    tmp = tmp_path_factory.mktemp("conversations")
    telegram = FakeTelegram(TOKEN)
    with BotApiServer(telegram) as server:
        bot = start_bot(server, tmp)
        try:
            telegram.wait_for("setMyCommands", timeout=20)
            yield telegram
        finally:
            bot.stop()


def _vote_up(message: dict[str, Any]) -> str:
    rows = message["reply_markup"]["inline_keyboard"]
    return next(b["callback_data"] for row in rows for b in row if b["callback_data"].startswith("v:u:"))


def test_a_follow_up_in_a_private_chat(live: FakeTelegram) -> None:
    chat, user = chat_and_user(live, 1101, "da")
    live.message(chat, user, "hvem repræsenterer Aarhus?")
    answers_to(live, 1101)
    live.message(chat, user, "hvad er hendes titel?")
    assert "udbuds- og indkøbschef" in answers_to(live, 1101, count=2)[-1]["text"]


def test_two_members_of_a_group_keep_their_own_contexts(live: FakeTelegram) -> None:
    group = live.group_chat(-1001102)
    ann, bo = live.user(1102, "Ann", "da"), live.user(1103, "Bo", "da")
    live.message(group, ann, f"/ask@{BOT_USERNAME} hvem repræsenterer Aarhus?")
    answers_to(live, -1001102)
    live.message(group, bo, f"/ask@{BOT_USERNAME} hvem repræsenterer Vejle?")
    answers_to(live, -1001102, count=2)
    live.message(group, ann, f"/ask@{BOT_USERNAME} hvad er hendes titel?")
    live.message(group, bo, f"/ask@{BOT_USERNAME} hvad er hans titel?")
    anns, bos = answers_to(live, -1001102, count=4)[-2:]
    assert "Anette Juhl Winther" in anns["text"] and "Karm" not in anns["text"]
    assert "Peter Karm" in bos["text"] and "Winther" not in bos["text"]


def test_a_reply_to_an_old_answer_continues_that_answers_context(live: FakeTelegram) -> None:
    chat, user = chat_and_user(live, 1104, "da")
    live.message(chat, user, "hvem repræsenterer Aarhus?")
    answers_to(live, 1104)
    aarhus = live.bot_messages(1104)[-1]
    live.message(chat, user, "hvem er formand?")  # talking about someone else since
    answers_to(live, 1104, count=2)
    live.message(chat, user, "hvad er hendes titel?", reply_to=aarhus)
    reply = answers_to(live, 1104, count=3)[-1]["text"]
    assert "udbuds- og indkøbschef" in reply and "cheføkonom" not in reply


def test_context_and_votes_survive_a_restart(tmp_path: Path) -> None:
    telegram = FakeTelegram(TOKEN)
    group = telegram.group_chat(-1001105)
    ann = telegram.user(1105, "Ann", "da")
    with BotApiServer(telegram) as server:
        first = start_bot(server, tmp_path)
        try:
            telegram.wait_for("setMyCommands", timeout=20)
            telegram.message(group, ann, f"/ask@{BOT_USERNAME} hvem repræsenterer Aarhus?")
            answers_to(telegram, -1001105)
            answer = telegram.bot_messages(-1001105)[-1]
            query_id = telegram.press(answer, _vote_up(answer), ann)
            (thanks,) = telegram.wait_for("answerCallbackQuery", lambda p: p["callback_query_id"] == query_id)
            assert thanks["text"] == "Tak for din vurdering!"
        finally:
            assert first.stop() == 0
        second = start_bot(server, tmp_path)
        try:
            telegram.wait_for("setMyCommands", timeout=20, count=4)  # two languages, twice
            query_id = telegram.press(answer, _vote_up(answer), ann)
            (again,) = telegram.wait_for("answerCallbackQuery", lambda p: p["callback_query_id"] == query_id)
            assert again["text"] == "Du har allerede stemt 👍 på dette svar."
            telegram.message(group, ann, f"/ask@{BOT_USERNAME} hvad er hendes titel?")
            assert "udbuds- og indkøbschef" in answers_to(telegram, -1001105, count=2)[-1]["text"]
        finally:
            second.stop()
