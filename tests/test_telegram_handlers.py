"""Every Telegram surface through PTB's real Application, with the Bot API answered offline."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

import pytest
from botapi_double import BOT_ID, BOT_USERNAME
from telegram_support import CHAIR, SHIPPED, FakeRecorder, OfflineBot

from bot.core.answer import Answer
from bot.core.engine import Engine
from bot.core.knowledge import KnowledgeError
from bot.telegram.format import MAX_CALLBACK_DATA, MAX_MESSAGE
from bot.telegram.lifecycle import post_init

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"


@pytest.fixture
async def bot(engine: Engine) -> Any:
    async with OfflineBot(engine) as offline:
        yield offline


def _private(bot: OfflineBot, user_id: int = 42, lang: str | None = "en") -> tuple[dict[str, Any], dict[str, Any]]:
    user = bot.telegram.user(user_id, "Ann", lang)
    return bot.telegram.private_chat(user), user


def _buttons(params: dict[str, Any]) -> list[dict[str, Any]]:
    return [b for row in (params.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]


def _votes(params: dict[str, Any]) -> list[dict[str, Any]]:
    return [b for b in _buttons(params) if b["callback_data"].startswith("v:")]


# -- private chat -------------------------------------------------------------------------------


async def test_private_question_is_answered_with_source_and_votes(bot: OfflineBot) -> None:
    chat, user = _private(bot)
    await bot.say(chat, user, "Who chairs the steering group?")
    reply = bot.last()
    assert reply["chat_id"] == 42 and reply["parse_mode"] == "HTML"
    assert CHAIR in reply["text"]
    assert reply["text"].endswith("article of 05-07-2017</i>")
    assert "reply_parameters" not in reply  # no quoting in a private chat
    assert [b["text"] for b in _buttons(reply)[-2:]] == ["👍", "👎"]
    answer, chat_type, chat_id = bot.recorder.questions[-1]
    assert (answer.source, chat_type, chat_id) == ("chair", "private", 42)


async def test_reply_language_follows_the_question_then_telegram(bot: OfflineBot) -> None:
    chat, user = _private(bot, lang="en")
    await bot.say(chat, user, "Hvem er formand for styregruppen?")
    assert bot.last()["text"].startswith("Formand for styregruppen")
    assert "artiklen fra 05-07-2017" in bot.last()["text"]
    await bot.say(chat, user, "/members")  # no words to judge: the chat's last language
    assert bot.last()["text"].startswith("Styregruppen har")
    chat2, user2 = _private(bot, user_id=43, lang="da")
    await bot.say(chat2, user2, "/themes")
    assert "temaer" in bot.last()["text"]


@pytest.mark.parametrize(("lang", "expected"), [("da", "Hej!"), ("en", "Hello!"), (None, "Hello!"), ("de", "Hello!")])
async def test_start_and_help_greet_in_the_users_language(bot: OfflineBot, lang: str | None, expected: str) -> None:
    chat, user = _private(bot, lang=lang)
    for command in ("/start", "/help"):
        await bot.say(chat, user, command)
        text = bot.last()["text"]
        assert text.startswith(expected)
        assert "05-07-2017" in text and f"@{BOT_USERNAME}" in text and "/members" in text


@pytest.mark.parametrize(
    ("command", "needle", "source"),
    [
        ("/members", "14 members", "members"),
        ("/themes", f"{len(SHIPPED.strategy.themes)} themes", "themes"),
        ("/about", "05-07-2017", "article"),
    ],
)
async def test_fact_commands(bot: OfflineBot, command: str, needle: str, source: str) -> None:
    chat, user = _private(bot)
    await bot.say(chat, user, command)
    reply = bot.last()
    assert needle in reply["text"] and "<i>Source:" in reply["text"]
    assert _votes(reply)[0]["callback_data"] == f"v:u:en:{source}"


async def test_ask_command_and_its_usage(bot: OfflineBot) -> None:
    chat, user = _private(bot)
    await bot.say(chat, user, "/ask who represents Aarhus?")
    assert "Anette Juhl Winther" in bot.last()["text"]
    await bot.say(chat, user, "/ask")
    assert bot.last()["text"].startswith("Put your question after the command")


async def test_unknown_command_in_private_gets_help(bot: OfflineBot) -> None:
    chat, user = _private(bot)
    await bot.say(chat, user, "/frobnicate")
    assert bot.last()["text"].startswith("Hello!")


async def test_html_in_questions_and_answers_is_escaped(
    bot: OfflineBot, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    tricky = Answer(
        question="<b>",
        answered=True,
        text="A & B <script> «x»",
        language="en",
        confidence=100,
        outcome="answer",
        source="chair",
        citation="members",
    )
    monkeypatch.setattr(engine, "ask", lambda q, hint=None: tricky)
    chat, user = _private(bot)
    await bot.say(chat, user, "<b>bold</b> & more")
    assert bot.last()["text"].startswith("A &amp; B &lt;script&gt; «x»\n\n<i>")


async def test_long_answers_are_split_with_buttons_on_the_last(
    bot: OfflineBot, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    long = Answer(
        question="q",
        answered=True,
        text="\n".join(["word & word " * 20] * 60),
        language="en",
        confidence=100,
        outcome="answer",
        source="chair",
        citation="members",
    )
    monkeypatch.setattr(engine, "ask", lambda q, hint=None: long)
    chat, user = _private(bot)
    await bot.say(chat, user, "anything")
    parts = bot.replies()
    assert len(parts) >= 3
    assert all(len(p["text"]) <= MAX_MESSAGE for p in parts)
    assert [bool(p.get("reply_markup")) for p in parts] == [False] * (len(parts) - 1) + [True]
    assert parts[-1]["text"].endswith("</i>")


async def test_non_text_in_private_gets_one_line(bot: OfflineBot) -> None:
    chat, user = _private(bot)
    sticker = {
        "file_id": "s1",
        "file_unique_id": "u1",
        "type": "regular",
        "width": 1,
        "height": 1,
        "is_animated": False,
        "is_video": False,
    }
    await bot.say(chat, user, None, sticker=sticker)
    await bot.say(chat, user, None, voice={"file_id": "v1", "file_unique_id": "v1", "duration": 1})
    replies = bot.replies()
    assert len(replies) == 2
    assert all(r["text"] == "I only understand text: please type your question." for r in replies)


async def test_edited_messages_and_channel_posts_are_ignored(bot: OfflineBot) -> None:
    chat, user = _private(bot)
    message = bot.telegram.message(chat, user, "Who chairs the group?", kind="edited_message", edit_date=1)
    await bot.feed(bot.telegram.updates[-1])
    channel = {"id": -1009, "type": "channel", "title": "News"}
    bot.telegram.message(channel, user, "/help", kind="channel_post")
    await bot.feed(bot.telegram.updates[-1])
    bot.telegram.message(channel, user, "edited", kind="edited_channel_post")
    await bot.feed(bot.telegram.updates[-1])
    assert message and bot.replies() == []


async def test_messages_from_bots_and_via_this_bot_are_ignored(bot: OfflineBot) -> None:
    chat, user = _private(bot)
    await bot.say(chat, user, "Who chairs the group?", via_bot=bot.telegram.bot)
    other_bot = {"id": 99, "is_bot": True, "first_name": "Other", "username": "other_bot"}
    group = bot.telegram.group_chat(-100)
    await bot.say(group, other_bot, f"@{BOT_USERNAME} who chairs the group?")
    assert bot.replies() == []


# -- groups -----------------------------------------------------------------------------------


async def test_group_answers_only_when_addressed(bot: OfflineBot) -> None:
    group = bot.telegram.group_chat(-1001)
    user = bot.telegram.user(7, "Bo", "en")
    other = bot.telegram.user(8, "Cy", "en")
    await bot.say(group, user, "Who chairs the steering group?")  # privacy mode off: still silent
    await bot.say(group, user, "/ask@some_other_bot who chairs the group?")
    await bot.say(group, user, "@someone_else who chairs the group?")
    await bot.say(group, user, "/help@some_other_bot")
    assert bot.replies() == []

    asked = await bot.say(group, user, f"/ask@{BOT_USERNAME} Who chairs the steering group?")
    reply = bot.last()
    assert CHAIR in reply["text"]
    assert reply["reply_parameters"]["message_id"] == asked["message_id"]  # quotes the question

    mention = await bot.say(group, user, f"@{BOT_USERNAME} who represents Vejle?")
    assert "Peter Karm" in bot.last()["text"]
    assert bot.last()["reply_parameters"]["message_id"] == mention["message_id"]

    bots_message = bot.telegram.bot_messages(-1001)[-1]
    assert bots_message["from"]["id"] == BOT_ID
    await bot.say(group, other, "and who is the chair?", reply_to=bots_message)
    assert CHAIR in bot.last()["text"]

    count = len(bot.replies())
    await bot.say(group, other, "thanks", reply_to=mention)  # a reply to a person, not the bot
    await bot.say(
        group,
        other,
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
    assert len(bot.replies()) == count
    assert [q[1] for q in bot.recorder.questions] == ["supergroup"] * 3


async def test_group_commands_quote_and_ask_without_question(bot: OfflineBot) -> None:
    group = bot.telegram.group_chat(-1002, kind="group")
    user = bot.telegram.user(7, "Bo", "da")
    message = await bot.say(group, user, f"/members@{BOT_USERNAME}")
    assert bot.last()["text"].startswith("Styregruppen har 14")
    assert bot.last()["reply_parameters"]["message_id"] == message["message_id"]
    await bot.say(group, user, "/ask")
    assert bot.last()["text"].startswith("Skriv dit spørgsmål")
    await bot.say(group, user, f"@{BOT_USERNAME}")
    assert "/help" in bot.last()["text"]  # the engine's "type a question in words"


# -- buttons ------------------------------------------------------------------------------------


async def test_suggestion_button_answers_and_is_recorded(bot: OfflineBot) -> None:
    chat, user = _private(bot)
    await bot.say(chat, user, "who is lars")
    offer = bot.last()
    suggestions = [b for b in _buttons(offer) if b["callback_data"].startswith("s:")]
    assert len(suggestions) >= 2
    assert all(len(b["callback_data"].encode()) <= MAX_CALLBACK_DATA for b in _buttons(offer))
    sent = bot.telegram.bot_messages(42)[-1]
    query_id = bot.telegram.press(sent, suggestions[0]["callback_data"], user)
    await bot.feed(bot.telegram.updates[-1])
    assert bot.last("answerCallbackQuery")["callback_query_id"] == query_id
    edited = bot.last("editMessageText")
    assert edited["message_id"] == sent["message_id"] and "Lars Holte" in edited["text"]
    assert [b["text"] for b in _votes(edited)] == ["👍", "👎"]
    assert not [b for b in _buttons(edited) if b["callback_data"].startswith("s:")]
    assert bot.recorder.picks == [("who is lars", suggestions[0]["callback_data"][5:], 42)]

    # a vote on the edited message is about the picked question
    bot.telegram.press(bot.telegram.messages[(42, sent["message_id"])], "v:d:en:fact:person:Lars Holte", user)
    await bot.feed(bot.telegram.updates[-1])
    assert bot.recorder.votes == [("fact:person:Lars Holte", suggestions[0]["text"], False, 42)]


async def test_suggestion_by_button_text_when_the_key_is_too_long(bot: OfflineBot) -> None:
    chat, user = _private(bot)
    bot.telegram.chats[42] = chat
    markup = {"inline_keyboard": [[{"text": "Who chairs the steering group?", "callback_data": "t:en:0"}]]}
    await bot.app.bot.send_message(42, "Did you mean?", reply_markup=None)
    sent = bot.telegram.bot_messages(42)[-1]
    sent["reply_markup"] = markup
    bot.telegram.press(sent, "t:en:0", user)
    await bot.feed(bot.telegram.updates[-1])
    assert CHAIR in bot.last("editMessageText")["text"]
    assert bot.replies("answerCallbackQuery")


async def test_vote_is_recorded_acknowledged_and_removed(bot: OfflineBot) -> None:
    chat, user = _private(bot)
    await bot.say(chat, user, "Who chairs the steering group?")
    sent = bot.telegram.bot_messages(42)[-1]
    up = _votes(bot.last())[0]["callback_data"]
    bot.telegram.press(sent, up, user)
    await bot.feed(bot.telegram.updates[-1])
    assert bot.recorder.votes == [("chair", "Who chairs the steering group?", True, 42)]
    assert bot.last("answerCallbackQuery")["text"] == "Thanks for your feedback!"
    assert _votes(bot.last("editMessageReplyMarkup")) == []  # the 👍/👎 row is gone


@pytest.mark.parametrize("data", ["", "junk", "s:xx:e:chair", "t:en:nope", "v:x:en:chair", "s:en:e:no-such-entry"])
async def test_every_button_press_is_answered(bot: OfflineBot, data: str) -> None:
    chat, user = _private(bot)
    await bot.say(chat, user, "Who chairs the steering group?")
    sent = bot.telegram.bot_messages(42)[-1]
    bot.telegram.press(sent, data, user)
    await bot.feed(bot.telegram.updates[-1])
    assert len(bot.replies("answerCallbackQuery")) == 1


# -- inline mode --------------------------------------------------------------------------------


async def test_inline_query_returns_articles(bot: OfflineBot) -> None:
    user = bot.telegram.user(5, "Di", "en")
    bot.telegram.inline(user, "who is lars")
    await bot.feed(bot.telegram.updates[-1])
    results = bot.last("answerInlineQuery")["results"]
    assert 2 <= len(results) <= 5
    assert {r["type"] for r in results} == {"article"}
    assert any("Lars Holte" in r["input_message_content"]["message_text"] for r in results)
    assert all(r["input_message_content"]["parse_mode"] == "HTML" for r in results)

    bot.telegram.inline(user, "hvem er formand")
    await bot.feed(bot.telegram.updates[-1])
    (first, *_) = bot.last("answerInlineQuery")["results"]
    assert first["title"] == "Hvem er formand for styregruppen?"
    assert first["input_message_content"]["message_text"].startswith("Formand for styregruppen")


async def test_empty_inline_query_offers_chair_members_themes(bot: OfflineBot) -> None:
    bot.telegram.inline(bot.telegram.user(5, "Di", "da"), "")
    await bot.feed(bot.telegram.updates[-1])
    call = bot.last("answerInlineQuery")
    texts = [r["input_message_content"]["message_text"] for r in call["results"]]
    assert len(texts) == 3
    assert CHAIR in texts[0] and f"{len(SHIPPED.seats)} medlemmer" in texts[1] and "temaer" in texts[2]
    assert call["button"]["start_parameter"] == "help"


async def test_inline_unanswerable_says_so(bot: OfflineBot) -> None:
    bot.telegram.inline(bot.telegram.user(5, "Di", "en"), "what is the weather on mars")
    await bot.feed(bot.telegram.updates[-1])
    results = bot.last("answerInlineQuery")["results"]
    assert len(results) == 1 and results[0]["title"] == "No answer in the article"


# -- allow-list -----------------------------------------------------------------------------------


async def test_allow_list_refuses_other_chats_politely(engine: Engine) -> None:
    async with OfflineBot(engine, allowed_chats=frozenset({42, -1001})) as bot:
        chat, user = _private(bot)
        await bot.say(chat, user, "Who chairs the steering group?")
        assert CHAIR.split()[0] in bot.last()["text"]
        stranger_chat, stranger = _private(bot, user_id=666)
        await bot.say(stranger_chat, stranger, "Who chairs the steering group?")
        await bot.say(stranger_chat, stranger, "/members")
        refusals = bot.telegram.sent_to(666)
        assert [r["text"] for r in refusals] == ["Sorry, this bot is not available in this chat."] * 2
        other_group = bot.telegram.group_chat(-2002)
        await bot.say(other_group, stranger, "not addressed")
        assert bot.telegram.sent_to(-2002) == []
        bot.telegram.inline(stranger, "chair")
        await bot.feed(bot.telegram.updates[-1])
        inline = bot.last("answerInlineQuery")
        assert inline["results"] == [] and "not available" in inline["button"]["text"]
        sent = bot.telegram.bot_messages(42)[-1]
        bot.telegram.press({**sent, "chat": stranger_chat, "message_id": 1}, "v:u:en:chair", stranger)
        await bot.feed(bot.telegram.updates[-1])
        assert bot.last("answerCallbackQuery")["show_alert"] is True
        assert len(bot.recorder.questions) == 1 and bot.recorder.votes == []


# -- administration --------------------------------------------------------------------------------


async def test_reload_and_stats_are_for_admins_only(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    engine = Engine.from_directory(knowledge)
    async with OfflineBot(engine, knowledge_dir=knowledge, admins=frozenset({1})) as bot:
        chat, user = _private(bot, user_id=2)
        await bot.say(chat, user, "/reload")
        await bot.say(chat, user, "/stats")
        assert [r["text"] for r in bot.telegram.sent_to(2)] == ["Sorry, only the bot's administrators can do that."] * 2

        admin_chat, admin = _private(bot, user_id=1)
        facts = knowledge / "facts.yaml"
        good = facts.read_text(encoding="utf-8")
        facts.write_text(good.replace('  title: "Ny styregruppe', '  titel: "Ny styregruppe'), encoding="utf-8")
        await bot.say(admin_chat, admin, "/reload")
        text = bot.last()["text"]
        assert text.startswith("Reload refused, I keep using the old knowledge. Problems:")
        assert "facts.yaml: article: field 'title': must be a non-empty text" in text
        assert bot.app.bot_data.engine is engine

        facts.write_text(good.replace("05-07-2017", "06-07-2017"), encoding="utf-8")
        await bot.say(admin_chat, admin, "/reload")
        assert bot.last()["text"].startswith("Knowledge reloaded:")
        await bot.say(admin_chat, admin, "/about")
        assert "06-07-2017" in bot.last()["text"]

        await bot.say(admin_chat, admin, "/stats")
        assert bot.last()["text"].startswith("Last 7 days: ")


def _knowledge_without(tmp_path: Path, entry_id: str, file: str) -> Path:
    """A copy of the knowledge in which entry ``entry_id`` (in ``qa/file``) is renamed."""
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    path = knowledge / "qa" / file
    text = path.read_text(encoding="utf-8")
    assert f"  - id: {entry_id}\n" in text
    path.write_text(text.replace(f"  - id: {entry_id}\n", f"  - id: {entry_id}-renamed\n"), encoding="utf-8")
    return knowledge


def test_knowledge_lacking_an_entry_the_bot_names_is_refused_at_build(tmp_path: Path) -> None:
    engine = Engine.from_directory(_knowledge_without(tmp_path, "chair", "group.yaml"))
    with pytest.raises(KnowledgeError) as error:
        OfflineBot(engine)
    (problem,) = error.value.problems
    assert "'chair' (used by inline mode)" in problem and "\n" not in problem


async def test_reload_refuses_knowledge_lacking_an_entry_the_bot_names(tmp_path: Path, engine: Engine) -> None:
    knowledge = _knowledge_without(tmp_path, "members", "group.yaml")
    async with OfflineBot(engine, knowledge_dir=knowledge, admins=frozenset({1})) as bot:
        chat, admin = _private(bot, user_id=1)
        await bot.say(chat, admin, "/reload")
        text = bot.last()["text"]
        assert text.startswith("Reload refused, I keep using the old knowledge. Problems:")
        assert "'members' (used by /members, inline mode)" in text
        assert bot.app.bot_data.engine is engine
        await bot.say(chat, admin, "/members")
        assert "14 members" in bot.last()["text"]


# -- errors and start-up ---------------------------------------------------------------------------


async def test_an_engine_error_is_logged_and_the_bot_goes_on(
    bot: OfflineBot, engine: Engine, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(question: str, hint: str | None = None) -> Answer:
        raise RuntimeError("boom")

    chat, user = _private(bot)
    with monkeypatch.context() as patch:
        patch.setattr(engine, "ask", broken)
        await bot.say(chat, user, "Who chairs the steering group?")
    record = next(r for r in caplog.records if r.name == "bot.telegram.errors" and r.levelno == logging.ERROR)
    assert record.exc_info and "boom" in str(record.exc_info[1]) and "chat 42" in record.getMessage()
    assert bot.last()["text"].startswith("Sorry, something went wrong")
    await bot.say(chat, user, "Who chairs the steering group?")
    assert CHAIR.split()[0] in bot.last()["text"]


async def test_recorder_failures_never_break_answering(engine: Engine) -> None:
    class Broken(FakeRecorder):
        def question(self, answer: Answer, chat_type: str, chat_id: int | None) -> None:
            raise OSError("disk full")

    async with OfflineBot(engine, Broken()) as bot:
        chat, user = _private(bot)
        await bot.say(chat, user, "Who chairs the steering group?")
        assert CHAIR.split()[0] in bot.last()["text"]


async def test_post_init_sets_commands_and_survives_failure(bot: OfflineBot, caplog: pytest.LogCaptureFixture) -> None:
    await post_init(bot.app)
    menus = bot.replies("setMyCommands")
    assert {m.get("language_code") for m in menus} == {None, "da"}
    assert [c["command"] for c in menus[0]["commands"]] == [
        "help",
        "ask",
        "members",
        "themes",
        "about",
        "privacy",
        "related",
    ]
    bot.telegram.fail_next("setMyCommands", code=500, retry_after=None)
    with caplog.at_level(logging.WARNING):
        await post_init(bot.app)
    assert any("could not set the command menu" in r.getMessage() for r in caplog.records)


async def test_privacy_opt_out_and_back_in(engine: Engine) -> None:
    class OptOutRecorder(FakeRecorder):
        out: set[int]

        def set_opt_out(self, chat_id: int, out: bool) -> bool:
            if out:
                self.out.add(chat_id)
            else:
                self.out.discard(chat_id)
            return not out

        def is_opted_out(self, chat_id: int) -> bool:
            return chat_id in self.out

    recorder = OptOutRecorder()
    recorder.out = set()
    async with OfflineBot(engine, recorder) as bot:
        chat, user = _private(bot)
        await bot.say(chat, user, "/privacy")
        assert "Recording is on for this chat" in bot.last()["text"]
        await bot.say(chat, user, "/privacy off")
        assert "Recording is off for this chat" in bot.last()["text"] and recorder.out == {42}
        await bot.say(chat, user, "/privacy")
        assert "Recording is off" in bot.last()["text"]
        await bot.say(chat, user, "/privacy on")
        assert "Recording is on" in bot.last()["text"] and recorder.out == set()
    async with OfflineBot(engine) as plain:  # a recorder without opt-out still explains itself
        chat, user = _private(plain, lang="da")
        await plain.say(chat, user, "/privacy off")
        assert "Det gemmes nu for denne chat" in plain.last()["text"]


async def test_a_failing_button_still_answers_the_callback(
    bot: OfflineBot, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    chat, user = _private(bot)
    await bot.say(chat, user, "who is lars")
    offer = bot.telegram.bot_messages(42)[-1]
    data = offer["reply_markup"]["inline_keyboard"][0][0]["callback_data"]

    def broken(key: str, lang: str) -> Answer:
        raise RuntimeError("boom")

    monkeypatch.setattr(engine, "answer_key", broken)
    query_id = bot.telegram.press(offer, data, user)
    await bot.feed(bot.telegram.updates[-1])
    answered = bot.last("answerCallbackQuery")
    assert answered["callback_query_id"] == query_id and answered["text"].startswith("Sorry")


async def test_a_group_vote_finds_the_question_it_replied_to(bot: OfflineBot) -> None:
    group = bot.telegram.group_chat(-1003)
    user = bot.telegram.user(7, "Bo", "en")
    await bot.say(group, user, f"/ask@{BOT_USERNAME} who represents Vejle?")
    bot.app.bot_data.memory.answers.clear()  # as when it is forgotten: only Telegram's reply is left
    answer = bot.telegram.bot_messages(-1003)[-1]
    bot.telegram.press(answer, _votes(answer)[0]["callback_data"], user)
    await bot.feed(bot.telegram.updates[-1])
    ((source, question, up, chat_id),) = bot.recorder.votes
    assert source and (question, up, chat_id) == ("who represents Vejle?", True, -1003)


# -- conversations (issue #8) ------------------------------------------------------------------


async def test_a_follow_up_in_a_private_chat_is_read_against_the_question_before(bot: OfflineBot) -> None:
    chat, user = _private(bot, lang="da")
    await bot.say(chat, user, "hvem repræsenterer Aarhus?")
    await bot.say(chat, user, "hvad er hendes titel?")
    assert "udbuds- og indkøbschef" in bot.last()["text"]


async def test_in_a_group_each_member_has_their_own_conversation(bot: OfflineBot) -> None:
    group = bot.telegram.group_chat(-1002)
    ann, bo = bot.telegram.user(7, "Ann", "da"), bot.telegram.user(8, "Bo", "da")
    await bot.say(group, ann, f"/ask@{BOT_USERNAME} hvem repræsenterer Aarhus?")
    await bot.say(group, bo, f"/ask@{BOT_USERNAME} hvem repræsenterer Vejle?")
    await bot.say(group, ann, f"/ask@{BOT_USERNAME} hvad er hendes titel?")
    assert "udbuds- og indkøbschef" in bot.last()["text"] and "Karm" not in bot.last()["text"]


async def test_start_begins_a_new_conversation(bot: OfflineBot) -> None:
    chat, user = _private(bot, lang="da")
    await bot.say(chat, user, "hvem repræsenterer Aarhus?")
    await bot.say(chat, user, "/start")
    await bot.say(chat, user, "hvad er hendes titel?")
    assert "Winther" not in bot.last()["text"] and "Hvem mener du?" in bot.last()["text"]


async def test_conversations_survive_a_restart_in_the_state_file(engine: Engine, tmp_path: Path) -> None:
    state_file = tmp_path / "chats.pickle"
    async with OfflineBot(engine, state_file=state_file) as first:
        chat, user = _private(first, lang="da")
        await first.say(chat, user, "hvem repræsenterer Aarhus?")
    async with OfflineBot(engine, state_file=state_file) as second:
        chat, user = _private(second, lang="da")
        await second.say(chat, user, "hvad er hendes titel?")
        assert "udbuds- og indkøbschef" in second.last()["text"]
