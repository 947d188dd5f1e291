"""Conversations in Telegram (issue #8), through PTB's real Application with the Bot API offline:
replies that continue an earlier answer, message time, related-question buttons, and what
survives a restart."""

from __future__ import annotations

import pickle
import time
from pathlib import Path
from typing import Any

import pytest
from botapi_double import BOT_USERNAME
from telegram_support import CHAIR, OfflineBot

from bot.core.conversation import Conversation
from bot.core.engine import Engine
from bot.core.tuning import DEFAULT_TUNING
from bot.telegram.memory import Memory, Remembered
from bot.telegram.persistence import memory_file
from bot.telegram.state import ChatData
from bot.telegram.texts import EXPIRED

EXPIRY = DEFAULT_TUNING.conversation_expiry


@pytest.fixture
async def bot(engine: Engine) -> Any:
    async with OfflineBot(engine) as offline:
        yield offline


def _private(bot: OfflineBot, user_id: int = 42, lang: str = "da") -> tuple[dict[str, Any], dict[str, Any]]:
    user = bot.telegram.user(user_id, "Ann", lang)
    return bot.telegram.private_chat(user), user


def _buttons(params: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    rows = (params.get("reply_markup") or {}).get("inline_keyboard", [])
    return [b for row in rows for b in row if b["callback_data"].startswith(prefix)]


async def _press(bot: OfflineBot, message: dict[str, Any], data: str, user: dict[str, Any]) -> None:
    bot.telegram.press(message, data, user)
    await bot.feed(bot.telegram.updates[-1])


# -- replies continue the answer they reply to ---------------------------------------------------


async def test_a_reply_to_an_older_answer_continues_that_answers_conversation(bot: OfflineBot) -> None:
    chat, user = _private(bot)
    await bot.say(chat, user, "hvem repræsenterer Aarhus?")
    aarhus = bot.telegram.bot_messages(42)[-1]
    await bot.say(chat, user, "hvem er formand?")
    await bot.say(chat, user, "hvad er hendes titel?", reply_to=aarhus)
    assert "udbuds- og indkøbschef" in bot.last()["text"] and "cheføkonom" not in bot.last()["text"]


async def test_after_a_reply_the_users_own_conversation_goes_on_from_it(bot: OfflineBot) -> None:
    chat, user = _private(bot, lang="en")
    await bot.say(chat, user, "who represents Vejle?")
    vejle = bot.telegram.bot_messages(42)[-1]
    await bot.say(chat, user, "what is theme 2?")
    await bot.say(chat, user, "and Aarhus?", reply_to=vejle)
    await bot.say(chat, user, "what is her title?")
    assert "Anette Juhl Winther" in bot.last()["text"]


async def test_in_a_group_a_member_replying_to_anothers_answer_continues_it_and_leaves_theirs(bot: OfflineBot) -> None:
    group = bot.telegram.group_chat(-1002)
    ann, bo = bot.telegram.user(7, "Ann", "da"), bot.telegram.user(8, "Bo", "da")
    await bot.say(group, ann, f"/ask@{BOT_USERNAME} hvem repræsenterer Aarhus?")
    anns_answer = bot.telegram.bot_messages(-1002)[-1]
    await bot.say(group, bo, f"/ask@{BOT_USERNAME} hvem repræsenterer Vejle?")
    await bot.say(group, bo, "hvad er hendes titel?", reply_to=anns_answer)
    assert "udbuds- og indkøbschef" in bot.last()["text"]
    await bot.say(group, ann, f"/ask@{BOT_USERNAME} og Hjørring?")
    assert "Hjørring" in bot.last()["text"]


# -- time is the message's own ---------------------------------------------------------------------


async def test_a_follow_up_sent_after_the_quiet_spell_starts_afresh_even_when_handled_at_once(bot: OfflineBot) -> None:
    chat, user = _private(bot)
    sent = int(time.time()) - 2 * EXPIRY  # a backlog fetched after a restart
    await bot.say(chat, user, "hvem repræsenterer Aarhus?", date=sent)
    await bot.say(chat, user, "hvad er hendes titel?", date=sent + EXPIRY + 60)
    assert "Winther" not in bot.last()["text"]


async def test_a_backlog_sent_within_the_quiet_spell_keeps_its_context_however_late_it_is_handled(
    bot: OfflineBot,
) -> None:
    chat, user = _private(bot)
    sent = int(time.time()) - 2 * EXPIRY
    await bot.say(chat, user, "hvem repræsenterer Aarhus?", date=sent)
    await bot.say(chat, user, "hvad er hendes titel?", date=sent + 60)
    assert "udbuds- og indkøbschef" in bot.last()["text"]


# -- related questions -----------------------------------------------------------------------------


async def test_a_private_answer_offers_up_to_three_related_questions_above_the_votes(bot: OfflineBot) -> None:
    chat, user = _private(bot, lang="en")
    await bot.say(chat, user, "who represents Viborg?")
    rows = bot.last()["reply_markup"]["inline_keyboard"]
    assert [row[0]["text"] for row in rows[:-1]] == [
        "Who is Lasse Jacobsen?",
        "Who is Klaus Christiansen?",
        "Who chairs the steering group?",
    ]
    assert [b["text"] for b in rows[-1]] == ["👍", "👎"]


async def test_a_tapped_related_question_is_answered_below_and_joins_the_conversation(bot: OfflineBot) -> None:
    chat, user = _private(bot, lang="en")
    await bot.say(chat, user, "who represents Viborg?")
    offer = bot.telegram.bot_messages(42)[-1]
    klaus = next(b for b in _buttons(offer, "r:") if "Klaus" in b["text"])
    await _press(bot, offer, klaus["callback_data"], user)
    assert "text" not in bot.last("answerCallbackQuery")  # answered, silently
    assert bot.last()["text"].startswith("Klaus Christiansen")
    assert bot.recorder.questions[-1][0].question == "Who is Klaus Christiansen?"
    await bot.say(chat, user, "what is his title?")
    assert bot.last()["text"].startswith("Klaus Christiansen")


async def test_a_picked_suggestion_joins_the_conversation(bot: OfflineBot) -> None:
    chat, user = _private(bot, lang="en")
    await bot.say(chat, user, "who is lars")
    offer = bot.telegram.bot_messages(42)[-1]
    holte = next(b for b in _buttons(offer, "s:") if "Holte" in b["text"])
    await _press(bot, offer, holte["callback_data"], user)
    await bot.say(chat, user, "where is he from?")
    assert "Lars Holte" in bot.last()["text"] and "Svenningsen" not in bot.last()["text"]


@pytest.mark.parametrize("data", ["r:en:p:Nobody", "r:en:h:9", "r:xx:c", "r:en:"])
async def test_a_forged_related_button_has_expired(bot: OfflineBot, data: str) -> None:
    chat, user = _private(bot, lang="en")
    await bot.say(chat, user, "who represents Viborg?")
    offer = bot.telegram.bot_messages(42)[-1]
    offer["reply_markup"]["inline_keyboard"].insert(0, [{"text": "?", "callback_data": data}])  # as a forger would
    sent = len(bot.replies())
    await _press(bot, offer, data, user)
    assert bot.last("answerCallbackQuery")["text"] == EXPIRED.get("en")
    assert len(bot.replies()) == sent


async def test_a_group_gets_no_related_questions_until_an_administrator_turns_them_on(bot: OfflineBot) -> None:
    group = bot.telegram.group_chat(-1005)
    admin, member = bot.telegram.user(7, "Ann", "en"), bot.telegram.user(8, "Bo", "en")
    bot.telegram.make_admin(-1005, 7)
    await bot.say(group, member, f"/ask@{BOT_USERNAME} who represents Viborg?")
    assert _buttons(bot.last(), "r:") == []
    await bot.say(group, member, "/related on")
    assert "Only this group's administrators" in bot.last()["text"]
    await bot.say(group, admin, "/related on")
    await bot.say(group, member, f"/ask@{BOT_USERNAME} who represents Viborg?")
    assert [b["text"] for b in _buttons(bot.last(), "r:")] == ["Who is Lasse Jacobsen?"]


async def test_related_off_in_a_private_chat_leaves_only_the_votes(bot: OfflineBot) -> None:
    chat, user = _private(bot, lang="en")
    await bot.say(chat, user, "/related off")
    await bot.say(chat, user, "who represents Viborg?")
    assert [b["text"] for row in bot.last()["reply_markup"]["inline_keyboard"] for b in row] == ["👍", "👎"]


# -- a restart -------------------------------------------------------------------------------------


async def test_votes_and_a_replied_answers_conversation_survive_a_restart(engine: Engine, tmp_path: Path) -> None:
    state_file = tmp_path / "chats.pickle"
    group = {"id": -1009, "type": "supergroup", "title": "g"}
    async with OfflineBot(engine, state_file=state_file) as first:
        ann = first.telegram.user(7, "Ann", "da")
        await first.say(group, ann, f"/ask@{BOT_USERNAME} hvem repræsenterer Aarhus?")
        aarhus = first.telegram.bot_messages(-1009)[-1]
        await first.say(group, ann, f"/ask@{BOT_USERNAME} hvem er formand?")
        await _press(first, aarhus, _buttons(aarhus, "v:u")[0]["callback_data"], ann)
    async with OfflineBot(engine, state_file=state_file) as second:
        second.telegram.messages[(-1009, aarhus["message_id"])] = aarhus  # Telegram still shows it
        await _press(second, aarhus, _buttons(aarhus, "v:u")[0]["callback_data"], ann)
        assert second.last("answerCallbackQuery")["text"].startswith("Du har allerede stemt")
        assert second.recorder.votes == []
        await second.say(group, ann, "hvad er hendes titel?", reply_to=aarhus)
        assert "udbuds- og indkøbschef" in second.last()["text"]


async def test_a_damaged_answer_memory_is_left_behind_and_the_bot_starts(engine: Engine, tmp_path: Path) -> None:
    state_file = tmp_path / "chats.pickle"
    memory_file(state_file).write_bytes(b"not a pickle")
    async with OfflineBot(engine, state_file=state_file) as bot:
        chat, user = _private(bot)
        await bot.say(chat, user, "hvem er formand?")
        assert CHAIR in bot.last()["text"]


def test_chat_data_pickled_before_related_questions_existed_loads_with_the_default() -> None:
    old = ChatData()
    del old.related
    restored = pickle.loads(pickle.dumps(old))
    assert restored.related is None and restored.conversations == {}


async def test_a_related_button_on_an_inline_message_has_expired(bot: OfflineBot) -> None:
    user = bot.telegram.user(42, "Ann", "en")
    bot.telegram.press_inline("inline-1", "r:en:c", user)
    await bot.feed(bot.telegram.updates[-1])
    assert bot.last("answerCallbackQuery")["text"] == EXPIRED.get("en")


# -- the answer memory -----------------------------------------------------------------------------


def test_the_memory_forgets_its_oldest_answers_and_votes_past_its_size() -> None:
    memory = Memory(size=2)
    for n in range(3):
        memory.remember((1, n), Remembered(f"q{n}"))
        memory.set_vote((1, n), 7, True)
    assert list(memory.answers) == [(1, 1), (1, 2)] and list(memory.votes) == [(1, 1), (1, 2)]


def test_a_restored_memory_holds_what_was_saved_and_is_not_yet_changed() -> None:
    saved = Memory()
    saved.remember((1, 5), Remembered("hvem er formand?", Conversation(person="Morten Mandøe")))
    saved.set_vote((1, 5), 7, False)
    memory = Memory()
    memory.restore(pickle.loads(pickle.dumps(saved)))
    remembered = memory.answer((1, 5))
    assert remembered is not None and remembered.conversation == Conversation(person="Morten Mandøe")
    assert memory.vote_of((1, 5), 7) is False and not memory.changed
