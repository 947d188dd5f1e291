"""Telegram formatting: escaping, the source line, splitting and callback data limits."""

from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.core.answer import Answer, Suggestion
from bot.core.engine import Engine
from bot.telegram.format import (
    MAX_CALLBACK_DATA,
    MAX_MESSAGE,
    Pick,
    Vote,
    answer_keyboard,
    answer_messages,
    button_text,
    footer,
    html_messages,
    parse_callback,
    split_html,
    suggestion_data,
    vote_data,
    without_votes,
)

_ENTITY = re.compile(r"&(amp|lt|gt|quot|#x27);")


def _answer(text: str = "x", **fields: object) -> Answer:
    values: dict[str, object] = {
        "question": "q",
        "answered": True,
        "text": text,
        "language": "en",
        "confidence": 100,
        "outcome": "answer",
        "source": "chair",
        "citation": "members",
    }
    values.update(fields)
    return Answer(**values)  # type: ignore[arg-type]


def test_footer_names_the_part_of_the_article_and_its_date(fixture_engine: Engine) -> None:
    k = fixture_engine.knowledge
    assert footer("members", "en", k) == "<i>Source: the list of the group's members, article of 02-05-2031</i>"
    assert footer("members", "da", k).startswith("<i>Kilde: listen over")
    assert footer("background", "en", k) == "<i>Source: background, not from the article</i>"
    assert footer(None, "en", k) == ""
    assert footer("no-such-part", "en", k).startswith("<i>Source: no-such-part")


def test_answer_text_is_escaped_and_ends_with_the_source(fixture_engine: Engine) -> None:
    (message,) = answer_messages(_answer("a < b & «c» > d\n<b>not bold</b>"), fixture_engine.knowledge)
    assert message == (
        "a &lt; b &amp; «c» &gt; d\n&lt;b&gt;not bold&lt;/b&gt;\n\n"
        "<i>Source: the list of the group's members, article of 02-05-2031</i>"
    )
    (plain,) = answer_messages(_answer("no source", citation=None), fixture_engine.knowledge)
    assert plain == "no source"


@given(st.text(alphabet=st.sampled_from(list("ab <>&\n«»æ")), max_size=3000), st.integers(min_value=20, max_value=400))
def test_split_keeps_every_character_and_every_entity(text: str, limit: int) -> None:
    escaped = html.escape(text, quote=False)
    chunks = split_html(escaped, limit)
    assert all(len(chunk) <= limit for chunk in chunks)
    assert "".join("".join(chunks).split()) == "".join(escaped.split())
    for chunk in chunks:  # no entity is cut in two
        assert all(_ENTITY.match(chunk, i) for i, c in enumerate(chunk) if c == "&")


def test_long_messages_are_split_below_telegrams_limit() -> None:
    text = "\n\n".join(f"Paragraph {n}: " + "ord & ord " * 150 for n in range(20))
    messages = html_messages(text, "<i>Source: x</i>")
    assert len(messages) > 1
    assert all(len(m) <= MAX_MESSAGE for m in messages)
    assert messages[-1].endswith("\n\n<i>Source: x</i>")
    assert all(m.startswith("Paragraph") for m in messages)  # cut at paragraph boundaries


def test_callback_data_fits_for_every_member_and_entry(engine: Engine) -> None:
    keys = [f"p:{p.name}" for p in engine.knowledge.people] + [f"e:{e.id}" for e in engine.knowledge.entries]
    for key in keys:
        for lang in ("da", "en"):
            data = suggestion_data(key, lang, 0)
            assert data == f"s:{lang}:{key}" and len(data.encode()) <= MAX_CALLBACK_DATA
            assert parse_callback(data) == Pick(lang, key, None)
            answered = engine.answer_key(key, lang)
            assert answered is not None
            for up in (True, False):
                vote = vote_data(up, lang, answered.source)
                assert len(vote.encode()) <= MAX_CALLBACK_DATA
                assert parse_callback(vote) == Vote(up, lang, answered.source)


def test_overlong_keys_fall_back_to_the_button_text() -> None:
    key = "p:" + "Æblegrød " * 10
    assert suggestion_data(key, "da", 3) == "t:da:3"
    assert parse_callback("t:da:3") == Pick("da", None, 3)
    assert vote_data(True, "en", "fact:" + "x" * 80) == "v:u:en:"
    assert parse_callback("v:u:en:") == Vote(True, "en", None)


def test_foreign_callback_data_is_ignored() -> None:
    for data in (None, "", "x", "s:", "s:fr:e:chair", "s:en:", "t:en:x", "v:", "v:y:en:a", "v:u:xx:a"):
        assert parse_callback(data) is None


def test_keyboards_suggestions_then_votes() -> None:
    answer = _answer(
        outcome="suggestions",
        answered=False,
        source=None,
        suggestions=(
            Suggestion("Who is Lars Holte?", "p:Lars Holte"),
            Suggestion("Who is Lars Svenningsen?", "p:Lars Svenningsen"),
        ),
    )
    markup = answer_keyboard(answer)
    assert markup is not None
    rows = markup.inline_keyboard
    assert [b.text for b in rows[0]] == ["Who is Lars Holte?"]
    assert [b.text for b in rows[-1]] == ["👍", "👎"]
    assert button_text(markup, 1) == "Who is Lars Svenningsen?"
    assert button_text(markup, 7) is None and button_text(None, 0) is None
    remaining = without_votes(markup)
    assert remaining is not None and len(remaining.inline_keyboard) == 2
    assert without_votes(answer_keyboard(_answer())) is None
    assert without_votes(InlineKeyboardMarkup([[InlineKeyboardButton("a", url="https://x.org")]])) is not None
