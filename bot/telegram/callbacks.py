"""Which button presses are real: callback data the bot made, about knowledge that exists.

Anyone can send a callback query with any data (Telegram's clients let a user forge it), so a
press is accepted (``accepted``) only when

* its data parses (``bot.telegram.format.parse_callback``: the forms the bot issues);
* it is one of the buttons of the message it was pressed on, as Telegram shows that message
  (skipped only for inline-mode messages and messages too old to be shown, which come
  without their keyboard);
* what it names exists in the loaded knowledge: a vote's source (``known_source``) is an entry,
  a member, a former member, a municipality, an organisation, a theme number or a passage that exists, or a
  fact label of the engine that names nothing (lower-case words only); a suggestion's key
  answers something (``Engine.answer_key``); a suggestion by row has that row; a related
  question's key names something the knowledge still has (``bot.core.related.related_question``)
  and was pressed on a message in a chat, where its answer can go.

Everything else is answered "this button has expired" and never recorded.
"""

from __future__ import annotations

import re

from telegram import InlineKeyboardMarkup, Message

from bot.core.engine import Engine
from bot.core.knowledge import Knowledge
from bot.core.related import related_question
from bot.telegram.format import MAX_CALLBACK_DATA, Follow, Pick, Vote, button_text, parse_callback

OTHER_SOURCES = frozenset({"clarify"})
"""Sources of the engine outside ``fact:`` that name nothing ("who do you mean?")."""
_LABEL = re.compile(r"[a-z0-9]+(?:[ -][a-z0-9]+)*(?::[a-z0-9]+(?:[ -][a-z0-9]+)*){0,3}")
"""A fact answer's label that names nothing in the knowledge (``fact:members``,
``fact:title:<folded words>``, ``fact:count:place``): lower-case ASCII words only."""
_THEME = re.compile(r"\d{1,2}")


def known_source(knowledge: Knowledge, source: str | None) -> bool:
    """Whether ``source`` (an ``Answer.source`` in a vote button) is one the engine gives about
    this knowledge: an entry, a member, a former member, a municipality, an organisation, a theme
    number or a passage that exists; or a fact label that names nothing (checked by its form only, so a new
    kind of fact answer in the core needs no change here).

    None is a vote button whose source did not fit in 64 bytes."""
    if source is None or source in OTHER_SOURCES or knowledge.entry(source) is not None:
        return True
    kind, _, rest = source.partition(":")
    if kind == "passage":
        return any(passage.id == rest for passage in knowledge.passages)
    if kind != "fact" or len(source) > MAX_CALLBACK_DATA:
        return False
    kind, _, name = rest.partition(":")
    if kind == "person":
        return any(person.name == name for seat in knowledge.seats for person in seat.people)
    if kind == "municipality":
        return _is_place(knowledge, name)
    if kind == "former":
        # "is X still in the group?" names a former member; "who represented X before?" a place.
        return any(f.name == name for f in knowledge.former_members) or _is_place(knowledge, name)
    if kind == "organisation":
        organisation, _, part = name.partition(":")
        return part in ("", "head", "seat") and any(o.id == organisation for o in knowledge.organisations)
    if kind == "theme":
        return _THEME.fullmatch(name) is not None
    return _LABEL.fullmatch(rest) is not None


def _is_place(knowledge: Knowledge, name: str) -> bool:
    return (
        any(m.name == name for m in knowledge.municipalities)
        or any(seat.municipality == name for seat in knowledge.seats)
        or any(f.municipality == name for f in knowledge.former_members)
    )


def on_keyboard(markup: InlineKeyboardMarkup | None, data: str) -> bool:
    """Whether one of ``markup``'s buttons carries ``data``."""
    if markup is None:
        return False
    return any(button.callback_data == data for row in markup.inline_keyboard for button in row)


def accepted(data: str | None, message: Message | None, engine: Engine) -> Pick | Vote | Follow | None:
    """What a press means, or None when it is not a button the bot made about what exists.

    ``message``: the message the button was pressed on, as Telegram shows it (None for an
    inline-mode message, or one too old to be shown)."""
    choice = parse_callback(data)
    if choice is None or data is None:
        return None
    markup = message.reply_markup if message is not None else None
    if message is not None and not on_keyboard(markup, data):
        return None
    if isinstance(choice, Vote):
        return choice if known_source(engine.knowledge, choice.source) else None
    if isinstance(choice, Follow):
        known = related_question(engine.knowledge, choice.key, choice.lang) is not None
        return choice if known and message is not None else None
    if choice.key is not None:
        return choice if engine.answer_key(choice.key, choice.lang) is not None else None
    return choice if choice.index is not None and button_text(markup, choice.index) else None
