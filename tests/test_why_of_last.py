"""A bare "why?" right after an answer (bot/core/corrections.py ``_why_of_last``), on the
invented fixture knowledge: the chair Rasmus Kvistgaard thanks the old water group, which
"har lagt grunden for planen"; the pipe agreements saved "godt 2,4 mia. kr." since 2026."""

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
    ("turns", "expected"),
    [
        (["Whom does Rasmus Kvistgaard thank?", "Why?"], "lagt grunden"),
        (["hvem takker Rasmus Kvistgaard?", "hvorfor det?"], "lagt grunden"),
        (["hvor meget har ledningsaftalerne sparet?", "hvorfor så meget?"], "besparelsespotentiale"),
    ],
)
def test_a_bare_why_after_an_answer_is_answered_from_the_paragraph_that_answer_came_from(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    text = last_answer(fixture_engine, turns)
    assert says(text, expected), text


@pytest.mark.parametrize(
    ("turns", "plainly"),
    [
        (["Whom does Rasmus Kvistgaard thank?", "Why?"], "no reason beyond"),
        (["hvem takker Rasmus Kvistgaard?", "hvorfor?"], "ingen anden begrundelse"),
    ],
)
def test_a_why_after_a_quoted_paragraph_says_plainly_that_it_is_all_the_reason_given(
    fixture_engine: Engine, turns: list[str], plainly: str
) -> None:
    text = last_answer(fixture_engine, turns)
    assert says(text, plainly) and says(text, "lagt grunden"), text
