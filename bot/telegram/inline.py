"""Inline mode (``@botname question``): up to five articles, the answer and its suggestions."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InlineQueryResultsButton, InputTextMessageContent, Update
from telegram.constants import ParseMode

from bot.core.answer import Answer, entry_key
from bot.core.engine import Engine
from bot.core.knowledge import Lang
from bot.core.phrases import say
from bot.telegram.contract import ENTRIES
from bot.telegram.format import answer_keyboard, answer_messages
from bot.telegram.state import Context
from bot.telegram.texts import INLINE_HINT, NO_ANSWER_TITLE, NOT_ALLOWED, language_of

INLINE_LIMIT = 5


async def on_inline(update: Update, context: Context) -> None:
    query = update.inline_query
    if query is None:
        return
    state = context.bot_data
    lang = language_of(query.from_user.language_code)
    if not state.is_allowed(query.from_user.id):
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
        for entry_id in ENTRIES.inline_start:
            answer = engine.answer_key(entry_key(entry_id), lang)
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
