"""A bare "since when?" right after an answer that gave a figure from a year
(bot/core/corrections.py ``_since_of_last``), on the invented fixture knowledge: the pipe
agreements have saved "godt 2,4 mia. kr." since they began in 2026."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer
from bot.core.normalize import fold


def says(text: str, part: str) -> bool:
    return f" {fold(part)} " in f" {fold(text)} "


@pytest.mark.parametrize(
    "since",
    ["og fra hvornår regnes det?"],
)
def test_since_when_after_a_figure_is_the_year_the_answer_counted_it_from(
    fixture_talk: Callable[[Sequence[str]], Answer], since: str
) -> None:
    text = fixture_talk(["hvor meget har ledningsaftalerne sparet?", since]).text
    assert says(text, "2026"), text


@pytest.mark.parametrize("since", ["siden hvornår?", "since when?"])
def test_since_when_after_a_figure_asked_of_a_member_is_the_figures_year_not_the_members(
    fixture_talk: Callable[[Sequence[str]], Answer], since: str
) -> None:
    # The member stays in focus, but the article gives no "since when" of him: the figure's year.
    turns = ["hvem er Rasmus Kvistgaard?", "hvor meget har ledningsaftalerne sparet ifølge ham?", since]
    text = fixture_talk(turns).text
    assert says(text, "2026"), text
