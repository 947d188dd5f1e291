"""A bare "why?" right after an answer (bot/core/corrections.py ``_why_of_last``), on the
invented fixture knowledge: the chair Rasmus Kvistgaard thanks the old water group, which
"har lagt grunden for planen"; the pipe agreements saved "godt 2,4 mia. kr." since 2026."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer
from bot.core.normalize import fold


def says(text: str, part: str) -> bool:
    return f" {fold(part)} " in f" {fold(text)} "


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["Whom does Rasmus Kvistgaard thank?", "Why?"], "lagt grunden"),
        (["hvem takker Rasmus Kvistgaard?", "hvorfor det?"], "lagt grunden"),
        (["hvor meget har ledningsaftalerne sparet?", "hvorfor så meget?"], "besparelsespotentiale"),
    ],
)
def test_a_bare_why_after_an_answer_is_answered_from_the_paragraph_that_answer_came_from(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str], expected: str
) -> None:
    text = fixture_talk(turns).text
    assert says(text, expected), text


@pytest.mark.parametrize(
    ("turns", "plainly"),
    [
        (["Whom does Rasmus Kvistgaard thank?", "Why?"], "no reason beyond"),
        (["hvem takker Rasmus Kvistgaard?", "hvorfor?"], "ingen anden begrundelse"),
    ],
)
def test_a_why_after_a_quoted_paragraph_says_plainly_that_it_is_all_the_reason_given(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str], plainly: str
) -> None:
    text = fixture_talk(turns).text
    assert says(text, plainly) and says(text, "lagt grunden"), text
