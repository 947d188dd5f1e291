"""A place claimed for the theme a topic names ("er temaet om adfærd nummer 5?") is checked
against that theme's number, on the invented fixture knowledge."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("er temaet om klimatilpasning nummer 3?", "ja"),
        ("er temaet om klima nummer 2?", "nej"),
        ("er temaet om drikkevand nummer 3?", "nej"),
        ("the theme about leakage is number three, right?", "no"),
        ("the theme about leakage is number two, right?", "yes"),
        ("temaet om drikkevand er nummer 1 ikke", "ja"),
    ],
)
def test_a_place_claimed_for_a_topics_theme_gets_the_verdict_of_that_place(
    fixture_engine: Engine, question: str, verdict: str
) -> None:
    answer = fixture_engine.ask(question)
    assert fold(answer.text).split()[0] == verdict, answer.text


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("hvilket tema i planen er nummer 2?", "Færre ledningstab"),
        ("which theme of the plan is number 3?", "Klimatilpasning ved søbredden"),
    ],
)
def test_a_theme_asked_for_by_number_after_what_it_is_of_is_that_theme_alone(
    fixture_engine: Engine, question: str, title: str
) -> None:
    answer = fixture_engine.ask(question)
    assert title in answer.text
    assert "Rent drikkevand til alle" not in answer.text
