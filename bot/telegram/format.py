"""Answers as Telegram HTML messages and inline keyboards. No network, no handlers.

Every piece of user or knowledge text is escaped with ``html.escape``; the only tags are
the ones written here. A message never exceeds Telegram's 4,096 characters, and callback
data never exceeds its 64 bytes.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.core.answer import Answer
from bot.core.knowledge import Knowledge, Lang
from bot.core.provenance import source_line
from bot.core.related import Related

MAX_MESSAGE = 4096
"""Telegram's limit for one message's text."""
MAX_CALLBACK_DATA = 64
"""Telegram's limit for a button's callback data, in bytes."""
UP, DOWN = "👍", "👎"


# -- text ---------------------------------------------------------------------------------


def footer(citation: str | None, lang: Lang, knowledge: Knowledge, as_of: str | None = None) -> str:
    """The source in small print (``<i>``), or "" when the reply rests on nothing; a
    curator's note says the date it was true, not the article's."""
    line = source_line(citation, lang, knowledge, as_of)
    return f"<i>{html.escape(line, quote=False)}</i>" if line else ""


def answer_messages(answer: Answer, knowledge: Knowledge) -> list[str]:
    """The answer as one or more HTML messages; the source ends the last one."""
    return html_messages(answer.text, footer(answer.citation, answer.language, knowledge, answer.as_of))


def html_messages(text: str, small_print: str = "") -> list[str]:
    """Plain ``text`` escaped and split into messages, with optional ready-made HTML at the end."""
    tail = f"\n\n{small_print}" if small_print else ""
    body = html.escape(text.strip(), quote=False)
    chunks = split_html(body, MAX_MESSAGE - len(tail))
    chunks[-1] += tail
    return chunks


def split_html(escaped: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Split escaped text (no tags) into chunks of at most ``limit`` characters.

    Prefers paragraph, then line, then word boundaries; never cuts an entity like ``&amp;``.
    """
    chunks: list[str] = []
    rest = escaped
    while len(rest) > limit:
        cut = -1
        for separator in ("\n\n", "\n", " "):
            cut = rest.rfind(separator, 0, limit + 1)
            if cut > 0:
                break
        if cut <= 0:
            cut = limit
            amp = rest.rfind("&", max(0, limit - 10), limit)
            if amp != -1 and ";" not in rest[amp:limit]:
                cut = amp
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    chunks.append(rest)
    return [chunk for chunk in chunks if chunk] or [""]


# -- callback data --------------------------------------------------------------------------

CallbackKind = Literal["s", "t", "v", "r"]
"""The first field of a button's callback data, and the fields after it:

* ``s:<lang>:<suggestion key>``: a suggestion (``bot.core.answer.SuggestionKey``);
* ``t:<lang>:<row>``: a suggestion whose key is too long for 64 bytes, answered by the text
  of the button in that row;
* ``v:<u|d>:<lang>:<source>``: a 👍 (``u``) or 👎 (``d``) on the answer from ``source``;
* ``r:<lang>:<related key>``: a related question (``bot.core.related``), asked as if typed.

Made by ``suggestion_data``/``vote_data`` and read by ``parse_callback`` only.
"""


@dataclass(frozen=True)
class Pick:
    """A pressed suggestion: answer ``key``, or the button's own text when ``index`` is set."""

    lang: Lang
    key: str | None
    index: int | None


@dataclass(frozen=True)
class Vote:
    up: bool
    lang: Lang
    source: str | None


@dataclass(frozen=True)
class Follow:
    """A pressed related question: ``key`` as ``bot.core.related.related_question`` reads it."""

    lang: Lang
    key: str


def _data(kind: CallbackKind, *fields: str) -> str:
    return ":".join((kind, *fields))


def _fits(data: str) -> bool:
    return len(data.encode("utf-8")) <= MAX_CALLBACK_DATA


def suggestion_data(key: str, lang: Lang, index: int) -> str:
    data = _data("s", lang, key)
    return data if _fits(data) else _data("t", lang, str(index))


def vote_data(up: bool, lang: Lang, source: str | None) -> str:
    direction = "u" if up else "d"
    data = _data("v", direction, lang, source or "")
    return data if _fits(data) else _data("v", direction, lang, "")


def related_data(key: str, lang: Lang) -> str | None:
    """None when the key does not fit in 64 bytes: that question is then not offered."""
    data = _data("r", lang, key)
    return data if _fits(data) else None


def parse_callback(data: str | None) -> Pick | Vote | Follow | None:
    """The meaning of a button's callback data, or None for anything not made here."""
    kind, _, rest = (data or "").partition(":")
    if kind == "v":
        direction, _, rest = rest.partition(":")
        code, _, source = rest.partition(":")
        if direction in ("u", "d") and code in ("da", "en"):
            return Vote(direction == "u", _lang(code), source or None)
        return None
    code, _, value = rest.partition(":")
    if code not in ("da", "en") or not value:
        return None
    if kind == "s":
        return Pick(_lang(code), value, None)
    if kind == "t" and value.isdigit():
        return Pick(_lang(code), None, int(value))
    if kind == "r":
        return Follow(_lang(code), value)
    return None


def _lang(code: str) -> Lang:
    return "da" if code == "da" else "en"


# -- keyboards ------------------------------------------------------------------------------


def answer_keyboard(answer: Answer, votes: bool = True, related: Sequence[Related] = ()) -> InlineKeyboardMarkup | None:
    """One button per suggestion, one per related question, then a 👍/👎 row. Suggestions come
    first: ``t:<row>`` buttons are found by their row."""
    rows = [
        [InlineKeyboardButton(s.question, callback_data=suggestion_data(s.key, answer.language, i))]
        for i, s in enumerate(answer.suggestions)
    ]
    for question in related:
        data = related_data(question.key, answer.language)
        if data is not None:
            rows.append([InlineKeyboardButton(question.question, callback_data=data)])
    if votes:
        rows.append(vote_row(answer.language, answer.source))
    return InlineKeyboardMarkup(rows) if rows else None


def vote_row(lang: Lang, source: str | None) -> list[InlineKeyboardButton]:
    return [
        InlineKeyboardButton(UP, callback_data=vote_data(True, lang, source)),
        InlineKeyboardButton(DOWN, callback_data=vote_data(False, lang, source)),
    ]


def button_text(markup: InlineKeyboardMarkup | None, index: int) -> str | None:
    """The text of the ``index``-th suggestion button (one per row) of a message's keyboard."""
    if markup is None or not 0 <= index < len(markup.inline_keyboard):
        return None
    row = markup.inline_keyboard[index]
    return row[0].text if row else None


def without_votes(markup: InlineKeyboardMarkup | None) -> InlineKeyboardMarkup | None:
    """The keyboard with its 👍/👎 row removed, so a message is voted on once."""
    if markup is None:
        return None
    rows = [
        row
        for row in markup.inline_keyboard
        if not any(isinstance(b.callback_data, str) and isinstance(parse_callback(b.callback_data), Vote) for b in row)
    ]
    return InlineKeyboardMarkup(rows) if rows else None
