"""``/privacy``: in groups only administrators change it, and every reply says what is in force,
the operator's ``BOT_OPT_OUT_CHATS`` and ``BOT_RECORD=off`` included."""

from __future__ import annotations

from typing import Any

from botapi_double import BOT_USERNAME
from telegram_support import FakeRecorder, OfflineBot

from bot.core.engine import Engine


class OptOutRecorder(FakeRecorder):
    def __init__(self, configured: frozenset[int] = frozenset()) -> None:
        super().__init__()
        self.out: set[int] = set()
        self.configured = configured

    def set_opt_out(self, chat_id: int, out: bool) -> bool:
        (self.out.add if out else self.out.discard)(chat_id)
        return not out and chat_id not in self.configured

    def is_opted_out(self, chat_id: int) -> bool:
        return chat_id in self.out or chat_id in self.configured


async def _privacy(bot: OfflineBot, chat: dict[str, Any], user: dict[str, Any], arg: str = "", **extra: Any) -> str:
    await bot.say(chat, user, f"/privacy@{BOT_USERNAME} {arg}".strip(), **extra)
    return str(bot.last()["text"])


async def test_in_a_group_only_administrators_change_it(engine: Engine) -> None:
    recorder = OptOutRecorder()
    async with OfflineBot(engine, recorder) as bot:
        group = bot.telegram.group_chat(-1007)
        member, admin = bot.telegram.user(7, "Bo", "en"), bot.telegram.user(8, "Cy", "en")
        bot.telegram.make_admin(-1007, 8)

        text = await _privacy(bot, group, admin, "off")
        assert "Recording is off for this chat." in text and recorder.out == {-1007}
        text = await _privacy(bot, group, member, "on")
        assert "Recording is off for this chat." in text and recorder.out == {-1007}
        assert "Only this group's administrators can change that, so nothing was changed." in text
        assert "The group's administrators can turn it off with /privacy off" in text
        assert "Recording is off" in await _privacy(bot, group, member)  # anyone may look
        anonymous_admin = {"id": -1007, "type": "supergroup", "title": "Test group"}
        text = await _privacy(bot, group, bot.telegram.user(1087968824, "Group"), "on", sender_chat=anonymous_admin)
        assert "Recording is on for this chat." in text and recorder.out == set()
        assert [c["user_id"] for c in bot.replies("getChatMember")] == [8, 7]


async def test_a_failed_administrator_check_changes_nothing(engine: Engine) -> None:
    recorder = OptOutRecorder()
    async with OfflineBot(engine, recorder) as bot:
        group = bot.telegram.group_chat(-1008)
        admin = bot.telegram.user(8, "Cy", "en")
        bot.telegram.make_admin(-1008, 8)
        bot.telegram.fail_next("getChatMember", 400)
        text = await _privacy(bot, group, admin, "off")
        assert "nothing was changed" in text and recorder.out == set()


async def test_a_configured_opt_out_is_what_the_chat_is_told(engine: Engine) -> None:
    recorder = OptOutRecorder(configured=frozenset({42}))
    async with OfflineBot(engine, recorder, opt_out_chats=frozenset({42})) as bot:
        user = bot.telegram.user(42, "Ann", "en")
        chat = bot.telegram.private_chat(user)
        for arg in ("", "on", "off"):
            text = await _privacy(bot, chat, user, arg)
            assert "Recording is off for this chat: the bot's operator has turned it off here" in text
            assert "Recording is on" not in text
        assert recorder.out == set()  # nothing to change


async def test_recording_off_is_what_every_chat_is_told(engine: Engine) -> None:
    async with OfflineBot(engine, record=False) as bot:
        user = bot.telegram.user(42, "Ann", "da")
        text = await _privacy(bot, bot.telegram.private_chat(user), user, "on")
        assert "Intet gemmes: bottens operatør har slået det fra for alle chats." in text
        assert "Det gemmes nu" not in text
