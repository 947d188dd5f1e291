"""A bare "since when?" right after an answer that gave a figure from a year
(bot/core/corrections.py ``_since_of_last``), on the invented fixture knowledge: the pipe
agreements have saved "godt 2,4 mia. kr." since they began in 2026."""

from __future__ import annotations

import pytest

from bot.core.conversation import Conversation
from bot.core.engine import Engine
from bot.core.normalize import fold


def says(text: str, part: str) -> bool:
    return f" {fold(part)} " in f" {fold(text)} "


def last_answer(engine: Engine, turns: list[str]) -> str:
    state, text = Conversation(), ""
    for turn in turns:
        answer, state = engine.converse(turn, state)
        text = answer.text
    return text


@pytest.mark.parametrize(
    "since",
    ["og fra hvornår regnes det?"],
)
def test_since_when_after_a_figure_is_the_year_the_answer_counted_it_from(fixture_engine: Engine, since: str) -> None:
    text = last_answer(fixture_engine, ["hvor meget har ledningsaftalerne sparet?", since])
    assert says(text, "2026"), text
