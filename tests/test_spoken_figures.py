"""Figures said aloud or echoed back ("to komma fire milliarder siger du"), as dictation and
chat write them, on the invented fixture knowledge."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold
from bot.core.number_names import spoken_decimals


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("en komma otte milliarder", "1,8 milliarder"),
        ("one point eight billion", "1.8 billion"),
        ("To komma fem", "2,5"),
        ("hvad er en komma", "hvad er en komma"),
    ],
)
def test_a_decimal_said_in_words_is_written_in_digits(said: str, written: str) -> None:
    assert spoken_decimals(said) == written


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("to komma fire milliarder siger du", "ja"),
        ("tre komma fire milliarder siger du", "nej"),
        ("2,4 milliarder siger du", "ja"),
        ("two point four billion you say", "yes"),
        ("three point four billion you say", "no"),
    ],
)
def test_a_figure_echoed_back_with_you_say_is_checked(fixture_engine: Engine, question: str, verdict: str) -> None:
    assert fold(fixture_engine.ask(question).text).split()[0] == verdict
