"""Button presses (``bot.telegram.callbacks``, ``bot.telegram.buttons``): only buttons the bot
made about knowledge that exists are accepted, and each person has one vote per answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from botapi_double import BOT_USERNAME
from telegram_support import OfflineBot

from bot.core.engine import Engine
from bot.telegram.callbacks import known_source

DATA = Path(__file__).resolve().parent / "data"
EXPIRED = "This button has expired. Please ask again."
FORGED = [
    "",
    "junk",
    "v:u:en:'; DROP TABLE votes;--",
    "v:u:en:\x1b[31mred\x1b[0m",
    "v:d:en:fact:person:Nobody Atall",
    "v:u:xx:chair",
    "v:u:en:chair",  # a real entry, but not a button of this message
    "s:en:e:no-such-entry",
    "s:en:p:Nobody",
    "s:en:e:chair",  # a real key, not offered here
    "t:en:7",
    "t:en:nope",
]


@pytest.fixture
async def bot(engine: Engine) -> Any:
    async with OfflineBot(engine) as offline:
        yield offline


def _buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [b for row in (message.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]


async def test_forged_presses_are_refused_and_never_recorded(bot: OfflineBot) -> None:
    user = bot.telegram.user(42, "Ann", "en")
    chat = bot.telegram.private_chat(user)
    await bot.say(chat, user, "who is lars")  # an answer with suggestions and votes
    message = bot.telegram.bot_messages(42)[-1]
    for data in FORGED:
        bot.telegram.press(message, data, user)
        await bot.feed(bot.telegram.updates[-1])
    answers = bot.replies("answerCallbackQuery")
    assert [a["text"] for a in answers] == [EXPIRED] * len(FORGED)
    assert bot.recorder.votes == [] and bot.recorder.picks == []
    assert bot.replies("editMessageText") == [] and bot.replies("editMessageReplyMarkup") == []


async def test_presses_on_inline_messages_are_checked_against_the_knowledge(bot: OfflineBot) -> None:
    user = bot.telegram.user(5, "Di", "en")
    for data in ("v:u:en:no-such-entry", "v:u:en:fact:person:Nobody", "v:u:en:chair"):
        bot.telegram.press_inline("inline-1", data, user)
        await bot.feed(bot.telegram.updates[-1])
    texts = [a["text"] for a in bot.replies("answerCallbackQuery")]
    assert texts == [EXPIRED, EXPIRED, "Thanks for your feedback!"]
    assert [v[0] for v in bot.recorder.votes] == ["chair"]


async def test_one_vote_per_person_per_answer_in_a_group(bot: OfflineBot) -> None:
    group = bot.telegram.group_chat(-1005)
    ann, bo = bot.telegram.user(7, "Ann", "en"), bot.telegram.user(8, "Bo", "da")
    await bot.say(group, ann, f"/ask@{BOT_USERNAME} who represents Vejle?")
    answer = bot.telegram.bot_messages(-1005)[-1]
    up, down = (b["callback_data"] for b in _buttons(answer)[-2:])

    async def press(data: str, user: dict[str, Any]) -> str:
        bot.telegram.press(answer, data, user)
        await bot.feed(bot.telegram.updates[-1])
        return str(bot.last("answerCallbackQuery")["text"])

    assert await press(up, ann) == "Thanks for your feedback!"
    assert await press(up, ann) == "You already voted 👍 on this answer."
    assert await press(up, ann) == "You already voted 👍 on this answer."
    assert await press(down, ann) == "Your vote is now 👎. Thanks!"
    assert await press(down, ann) == "You already voted 👎 on this answer."
    assert await press(up, bo) == "Thanks for your feedback!"
    source = "fact:municipality:Vejle"
    question = "who represents Vejle?"
    assert sorted(bot.recorder.votes, key=lambda v: v[2]) == [
        (source, question, False, -1005),
        (source, question, True, -1005),
    ]
    assert bot.replies("editMessageReplyMarkup") == []  # the row stays for the others


async def test_a_private_vote_removes_the_row_and_a_replayed_press_is_refused(bot: OfflineBot) -> None:
    user = bot.telegram.user(42, "Ann", "en")
    await bot.say(bot.telegram.private_chat(user), user, "Who chairs the steering group?")
    answer = bot.telegram.bot_messages(42)[-1]
    up = next(b for b in _buttons(answer) if b["callback_data"].startswith("v:"))["callback_data"]
    for _ in range(3):
        bot.telegram.press(answer, up, user)  # the message as Telegram now shows it
        await bot.feed(bot.telegram.updates[-1])
    texts = [a["text"] for a in bot.replies("answerCallbackQuery")]
    assert texts == ["Thanks for your feedback!", EXPIRED, EXPIRED]
    assert len(bot.recorder.votes) == 1


def test_every_source_the_engine_gives_is_known(engine: Engine) -> None:
    """Votes on any answer the engine gives, or on the answers to its suggestions, are accepted."""
    sources: set[str | None] = set()
    for path in sorted(DATA.glob("*_questions.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            answer = engine.ask(item["q"], "da" if item.get("lang") == "da" else "en")
            sources.add(answer.source)
            for suggestion in answer.suggestions:
                picked = engine.answer_key(suggestion.key, answer.language)
                sources.add(picked.source if picked else None)
    assert len(sources) > 100
    assert [s for s in sources if not known_source(engine.knowledge, s)] == []


@pytest.mark.parametrize(
    "source",
    [
        "chair'--",
        "nonsense",
        "fact:person:",
        "fact:person:Nobody",
        "fact:municipality:Atlantis",
        "fact:organisation:nsa",
        "fact:organisation:kl:boss",
        "fact:theme:100",
        "passage:x",
        "fact:members'; DROP TABLE votes",
        "fact:\x1b[2J",
        "fact:Members",
        "fact:",
    ],
)
def test_unknown_sources(engine: Engine, source: str) -> None:
    assert not known_source(engine.knowledge, source)


@pytest.mark.parametrize("source", ["fact:count:place", "fact:seat-headcount", "fact:title:okonomi og personalestaben"])
def test_fact_labels_the_engine_may_add_are_known_by_their_form(engine: Engine, source: str) -> None:
    assert known_source(engine.knowledge, source)


async def test_votes_do_not_carry_over_to_a_picked_answer(bot: OfflineBot) -> None:
    group = bot.telegram.group_chat(-1009)
    ann = bot.telegram.user(7, "Ann", "en")
    await bot.say(group, ann, f"/ask@{BOT_USERNAME} who is lars")
    offer = bot.telegram.bot_messages(-1009)[-1]
    down = _buttons(offer)[-1]["callback_data"]
    bot.telegram.press(offer, down, ann)
    await bot.feed(bot.telegram.updates[-1])
    pick = next(b["callback_data"] for b in _buttons(offer) if b["callback_data"].startswith("s:"))
    bot.telegram.press(offer, pick, ann)
    await bot.feed(bot.telegram.updates[-1])
    answer = bot.telegram.bot_messages(-1009)[-1]  # the same message, now the picked answer
    bot.telegram.press(answer, _buttons(answer)[-1]["callback_data"], ann)
    await bot.feed(bot.telegram.updates[-1])
    assert bot.last("answerCallbackQuery")["text"] == "Thanks for your feedback!"
    assert [v[2] for v in bot.recorder.votes] == [False, False] and bot.recorder.votes[0][0] != bot.recorder.votes[1][0]
