"""Thin handlers: each turns one Telegram update into core calls and sends the reply.

The current ``Engine`` lives in ``BotState`` in ``bot_data`` and is read on every update,
so a reload reaches the next message. Nothing here decides an answer; that is the core's job.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from telegram import (
    Chat,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Message,
    MessageEntity,
    Update,
    User,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes

from bot.core.answer import Answer, entry_key
from bot.core.engine import Engine
from bot.core.knowledge import KnowledgeError, Lang
from bot.core.phrases import say
from bot.curation.recording import Recorder
from bot.telegram.format import (
    Pick,
    Vote,
    answer_keyboard,
    answer_messages,
    button_text,
    html_messages,
    parse_callback,
    without_votes,
)
from bot.telegram.texts import (
    ADMINS_ONLY,
    ASK_USAGE,
    ERROR,
    EXPIRED,
    HELP,
    INLINE_HINT,
    NO_ANSWER_TITLE,
    NOT_ALLOWED,
    PRIVACY,
    PRIVACY_OFF,
    PRIVACY_ON,
    RELOAD_FAILED,
    RELOAD_OK,
    STATS,
    TEXT_ONLY,
    VOTE_THANKS,
    language_of,
)

log = logging.getLogger(__name__)

STATE = "klbot"
"""The ``bot_data`` key of the ``BotState``."""
INLINE_LIMIT = 5
INLINE_START = (entry_key("chair"), entry_key("members"), entry_key("themes"))
"""What an empty inline query offers: the most asked-for entries."""
REMEMBERED = 5000
"""How many of the bot's recent replies remember the question they answer (for votes)."""


@dataclass
class BotState:
    engine: Engine
    recorder: Recorder
    knowledge_dir: Path | None = None
    allowed_chats: frozenset[int] | None = None
    """None: every chat may use the bot."""
    admins: frozenset[int] = frozenset()
    asked: OrderedDict[tuple[int, int], str] = field(default_factory=OrderedDict)
    reload_lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def remember(self, message: Message, question: str) -> None:
        self.asked[(message.chat_id, message.message_id)] = question
        self.asked.move_to_end((message.chat_id, message.message_id))
        while len(self.asked) > REMEMBERED:
            self.asked.popitem(last=False)

    def question_for(self, message: object) -> str:
        """The question a reply of the bot answered, if it is still remembered."""
        if not isinstance(message, Message):
            return ""
        known = self.asked.get((message.chat_id, message.message_id))
        if known is not None:
            return known
        original = message.reply_to_message  # in groups the bot replies to the question
        text = original.text or "" if original is not None else ""
        return _after_command(text) if text.startswith("/") else text


def state_of(context: ContextTypes.DEFAULT_TYPE) -> BotState:
    state = context.bot_data[STATE]
    assert isinstance(state, BotState)
    return state


# -- helpers --------------------------------------------------------------------------------


def reply_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Lang:
    """The chat's last question language (private chats), else the user's Telegram language."""
    chat = update.effective_chat
    if chat is not None and chat.type == ChatType.PRIVATE and context.chat_data:
        remembered = context.chat_data.get("lang")
        if remembered in ("da", "en"):
            return "da" if remembered == "da" else "en"
    user = update.effective_user
    return language_of(user.language_code if user else None)


def is_allowed(state: BotState, chat_id: int | None) -> bool:
    return state.allowed_chats is None or (chat_id is not None and chat_id in state.allowed_chats)


async def _refused(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Send the polite refusal when this chat is not on the allow-list; True if refused."""
    chat = update.effective_chat
    if is_allowed(state_of(context), chat.id if chat else None):
        return False
    message = update.effective_message
    if message is not None:
        await message.reply_text(
            say(NOT_ALLOWED, reply_language(update, context)),
            do_quote=_in_group(message),
            allow_sending_without_reply=True,
        )
    log.info("refused chat %s", chat.id if chat else None)
    return True


def _in_group(message: Message) -> bool:
    return message.chat.type != ChatType.PRIVATE


def _from_bot(message: Message, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Messages from bots, or sent through this bot's inline mode, are never questions."""
    user = message.from_user
    via = message.via_bot
    return bool((user is not None and user.is_bot) or (via is not None and via.id == context.bot.id))


async def send_text(message: Message, text: str, small_print: str = "") -> Message:
    """Plain text as HTML reply/replies; quotes the message in groups."""
    sent = message
    for chunk in html_messages(text, small_print):
        sent = await message.reply_text(
            chunk, parse_mode=ParseMode.HTML, do_quote=_in_group(message), allow_sending_without_reply=True
        )
    return sent


async def send_answer(message: Message, answer: Answer, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The answer with its source, suggestion buttons and 👍/👎; remembered for votes."""
    state = state_of(context)
    chunks = answer_messages(answer, state.engine.knowledge)
    for number, chunk in enumerate(chunks, start=1):
        sent = await message.reply_text(
            chunk,
            parse_mode=ParseMode.HTML,
            do_quote=_in_group(message),
            allow_sending_without_reply=True,
            reply_markup=answer_keyboard(answer) if number == len(chunks) else None,
        )
    state.remember(sent, answer.question)


def _record(state: BotState, answer: Answer, chat: Chat | None) -> None:
    try:
        state.recorder.question(answer, chat.type if chat else "inline", chat.id if chat else None)
    except Exception:  # recording must never break answering
        log.exception("recording a question failed")


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    message = update.effective_message
    if message is None or await _refused(update, context):
        return
    state = state_of(context)
    answer = state.engine.ask(question, reply_language(update, context))
    if context.chat_data is not None and message.chat.type == ChatType.PRIVATE and question.strip():
        context.chat_data["lang"] = answer.language
    _record(state, answer, message.chat)
    await send_answer(message, answer, context)


def _after_command(text: str) -> str:
    parts = text.split(None, 1)
    return parts[1].strip() if len(parts) > 1 else ""


def _addressed_text(message: Message, bot: User) -> str | None:
    """In a group: the question if the message is addressed to the bot, else None."""
    text = message.text or ""
    original = message.reply_to_message
    if original is not None and original.from_user is not None and original.from_user.id == bot.id:
        return text
    username = (bot.username or "").lower()
    mentions = [
        e
        for e, value in message.parse_entities([MessageEntity.MENTION]).items()
        if username and value.lower() == f"@{username}"
    ]
    if not mentions:
        return None
    for entity in sorted(mentions, key=lambda e: e.offset, reverse=True):
        # Entity offsets count UTF-16 code units; cut on the encoded text.
        encoded = text.encode("utf-16-le")
        start, end = 2 * entity.offset, 2 * (entity.offset + entity.length)
        text = (encoded[:start] + encoded[end:]).decode("utf-16-le")
    return " ".join(text.split())


# -- commands -------------------------------------------------------------------------------


async def on_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or await _refused(update, context):
        return
    state = state_of(context)
    lang = reply_language(update, context)
    await send_text(message, say(HELP, lang, date=state.engine.knowledge.article.date, username=context.bot.username))


async def _entry_command(update: Update, context: ContextTypes.DEFAULT_TYPE, entry: str) -> None:
    message = update.effective_message
    if message is None or await _refused(update, context):
        return
    engine = state_of(context).engine
    lang = reply_language(update, context)
    answer = engine.answer_key(entry_key(entry), lang)
    if answer is None:  # the entry was renamed: fall back to the fact renderer
        render = engine.renderer.named.get(entry, engine.renderer.article)
        answer = Answer(
            question=f"/{entry}",
            answered=True,
            text=render(lang),
            language=lang,
            confidence=100,
            outcome="answer",
            source=entry,
        )
    await send_answer(message, answer, context)


async def on_members(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _entry_command(update, context, "members")


async def on_themes(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _entry_command(update, context, "themes")


async def on_about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _entry_command(update, context, "article")


async def on_ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or _from_bot(message, context):
        return
    question = _after_command(message.text or "")
    if not question:
        if not await _refused(update, context):
            await send_text(message, say(ASK_USAGE, reply_language(update, context)))
        return
    await answer_question(update, context, question)


async def on_privacy(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/privacy [on|off]``: what is recorded, and the chat's opt-out."""
    message = update.effective_message
    if message is None or await _refused(update, context):
        return
    recorder = state_of(context).recorder
    lang = reply_language(update, context)
    choice = _after_command(message.text or "").lower()
    try:
        if choice in ("off", "fra", "no", "nej"):
            recording = recorder.set_opt_out(message.chat_id, True)
        elif choice in ("on", "til", "yes", "ja"):
            recording = recorder.set_opt_out(message.chat_id, False)
        else:
            recording = not await asyncio.to_thread(recorder.is_opted_out, message.chat_id)
    except Exception:
        log.exception("changing the chat's recording failed")
        recording = True
    await send_text(message, say(PRIVACY, lang, state=(PRIVACY_ON if recording else PRIVACY_OFF).get(lang)))


# -- plain messages -------------------------------------------------------------------------


async def on_private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or _from_bot(message, context):
        return
    await answer_question(update, context, message.text or "")


async def on_group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Groups: answer only when addressed; stay silent otherwise (privacy mode on or off)."""
    message = update.effective_message
    if message is None or _from_bot(message, context):
        return
    question = _addressed_text(message, context.bot.bot)
    if question is not None:
        await answer_question(update, context, question)


async def on_private_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or _from_bot(message, context) or await _refused(update, context):
        return
    await message.reply_text(say(TEXT_ONLY, reply_language(update, context)))


# -- buttons --------------------------------------------------------------------------------


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    state = state_of(context)
    chat = update.effective_chat
    lang = reply_language(update, context)
    if not is_allowed(state, chat.id if chat else query.from_user.id):
        await query.answer(say(NOT_ALLOWED, lang), show_alert=True)
        return
    choice = parse_callback(query.data)
    if isinstance(choice, Vote):
        await _vote(update, context, choice)
    elif isinstance(choice, Pick):
        await _pick(update, context, choice)
    else:
        await query.answer()


async def _vote(update: Update, context: ContextTypes.DEFAULT_TYPE, vote: Vote) -> None:
    query = update.callback_query
    assert query is not None
    state = state_of(context)
    chat_id = update.effective_chat.id if update.effective_chat else None
    try:
        state.recorder.vote(vote.source, state.question_for(query.message), vote.up, chat_id)
    except Exception:
        log.exception("recording a vote failed")
    await query.answer(say(VOTE_THANKS, vote.lang))
    markup = query.message.reply_markup if isinstance(query.message, Message) else None
    try:
        await query.edit_message_reply_markup(reply_markup=without_votes(markup))
    except TelegramError as error:  # already edited, too old, or an inline message
        log.debug("could not remove the vote buttons: %s", error)


async def _pick(update: Update, context: ContextTypes.DEFAULT_TYPE, pick: Pick) -> None:
    query = update.callback_query
    assert query is not None
    state = state_of(context)
    engine = state.engine
    message = query.message if isinstance(query.message, Message) else None
    answer = engine.answer_key(pick.key, pick.lang) if pick.key else None
    label = button_text(
        message.reply_markup if message else None,
        pick.index if pick.index is not None else _index_of(message, query.data),
    )
    if answer is None and label:
        answer = engine.ask(label, pick.lang)
    if answer is None:
        await query.answer(say(EXPIRED, pick.lang), show_alert=True)
        return
    await query.answer()
    chat = update.effective_chat
    try:
        state.recorder.suggestion_picked(
            state.question_for(message), pick.key or label or "", chat.id if chat else None
        )
    except Exception:
        log.exception("recording a picked suggestion failed")
    chunks = answer_messages(answer, engine.knowledge)
    if len(chunks) == 1:
        try:
            await query.edit_message_text(chunks[0], parse_mode=ParseMode.HTML, reply_markup=answer_keyboard(answer))
        except BadRequest as error:  # e.g. the message is too old to edit
            log.debug("could not edit in the picked answer: %s", error)
        else:
            if message is not None:
                state.remember(message, label or answer.question)
            return
    if message is not None:
        await send_answer(message, answer, context)


def _index_of(message: Message | None, data: str | None) -> int:
    if message is None or message.reply_markup is None:
        return -1
    for number, row in enumerate(message.reply_markup.inline_keyboard):
        if any(button.callback_data == data for button in row):
            return number
    return -1


# -- inline mode ----------------------------------------------------------------------------


async def on_inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    if query is None:
        return
    state = state_of(context)
    lang = language_of(query.from_user.language_code)
    if not is_allowed(state, query.from_user.id):
        await query.answer(
            [],
            cache_time=60,
            is_personal=True,
            button=InlineQueryResultsButton(say(NOT_ALLOWED, lang), start_parameter="refused"),
        )
        return
    answers = inline_answers(state.engine, query.query, lang)
    results = [
        InlineQueryResultArticle(
            id=str(number),
            title=title[:200],
            description=answer.text.replace("\n", " ")[:200],
            input_message_content=InputTextMessageContent(
                answer_messages(answer, state.engine.knowledge)[0], parse_mode=ParseMode.HTML
            ),
            reply_markup=answer_keyboard(answer),
        )
        for number, (title, answer) in enumerate(answers)
    ]
    hint = InlineQueryResultsButton(say(INLINE_HINT, lang), start_parameter="help")
    await query.answer(results, cache_time=60, is_personal=True, button=None if query.query.strip() else hint)


def inline_answers(engine: Engine, text: str, lang: Lang) -> list[tuple[str, Answer]]:
    """Up to five (title, answer) pairs: the answer and the answers to its suggestions."""
    found: list[tuple[str, Answer]] = []
    if not text.strip():
        for key in INLINE_START:
            answer = engine.answer_key(key, lang)
            if answer is not None:
                found.append((answer.question, answer))
        return found
    answer = engine.ask(text, lang)
    if answer.answered or not answer.suggestions:
        found.append((_title(engine, answer), answer))
    for suggestion in answer.suggestions[:INLINE_LIMIT]:
        picked = engine.answer_key(suggestion.key, answer.language)
        if picked is not None:
            found.append((suggestion.question, picked))
    return found[:INLINE_LIMIT]


def _title(engine: Engine, answer: Answer) -> str:
    if not answer.answered:
        return NO_ANSWER_TITLE.get(answer.language)
    entry = engine.knowledge.entry(answer.source) if answer.source else None
    return entry.canonical_question(answer.language) if entry is not None else answer.question


# -- administration -------------------------------------------------------------------------


async def _admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Message | None:
    """The message if it comes from an admin; otherwise refuse and return None."""
    message = update.effective_message
    user = update.effective_user
    if message is None:
        return None
    if user is None or user.id not in state_of(context).admins:
        await send_text(message, say(ADMINS_ONLY, reply_language(update, context)))
        return None
    return message


async def reload_knowledge(state: BotState) -> list[str]:
    """Load and validate the knowledge again; swap it in only if valid. Returns the problems."""
    async with state.reload_lock:
        try:
            engine = await asyncio.to_thread(Engine.from_directory, state.knowledge_dir)
        except KnowledgeError as error:
            log.warning("reload refused, keeping the old knowledge: %s", error)
            return list(error.problems)
        except OSError as error:
            log.warning("reload refused, keeping the old knowledge: %s", error)
            return [str(error)]
        state.engine = engine
        log.info("knowledge reloaded: %d entries", len(engine.knowledge.entries))
        return []


async def on_reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = await _admin(update, context)
    if message is None:
        return
    state = state_of(context)
    lang = reply_language(update, context)
    problems = await reload_knowledge(state)
    if problems:
        await send_text(message, "\n".join([say(RELOAD_FAILED, lang), *(f"• {p}" for p in problems)]))
        return
    k = state.engine.knowledge
    await send_text(
        message, say(RELOAD_OK, lang, entries=len(k.entries), seats=len(k.seats), themes=len(k.strategy.themes))
    )


async def on_stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = await _admin(update, context)
    if message is None:
        return
    stats = await asyncio.to_thread(state_of(context).recorder.stats, 7)
    await send_text(
        message,
        say(
            STATS,
            reply_language(update, context),
            days=stats.days,
            answered=stats.answered,
            unanswered=stats.unanswered,
            up=stats.votes_up,
            down=stats.votes_down,
        ),
    )


# -- errors ---------------------------------------------------------------------------------


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the exception with its context and keep going; apologise in private chats, and
    answer a pressed button so its spinner stops."""
    where = "no update"
    if isinstance(update, Update):
        chat = update.effective_chat
        where = f"update {update.update_id} (chat {chat.id if chat else '-'}, {chat.type if chat else '-'})"
    log.error("error while handling %s", where, exc_info=context.error)
    if not isinstance(update, Update) or isinstance(context.error, TelegramError):
        return  # Telegram errors (a deleted chat, an old query) have no one left to tell
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(say(ERROR, reply_language(update, context)))
        elif update.message is not None and update.message.chat.type == ChatType.PRIVATE:
            await update.message.reply_text(say(ERROR, reply_language(update, context)))
    except TelegramError:
        log.debug("could not apologise", exc_info=True)
