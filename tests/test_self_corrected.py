"""A claim the asker corrects while typing ("Falkesen – forsyningsdirektør, Krageby? Nej vent,
Lyngholt. Lyngholt, korrekt?") is judged with the value they meant, on the invented fixture
knowledge."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("Ingrid Falkesen – forsyningsdirektør, Krageby? Nej vent, Lyngholt. Lyngholt, korrekt?", "nej"),
        ("Er Falkesen fra Lyngholt? nej undskyld, Krageby", "ja"),
        ("Is Falkesen from Krageby? no wait, Søholt", "no"),
    ],
)
def test_the_value_meant_replaces_the_one_taken_back(fixture_engine: Engine, message: str, verdict: str) -> None:
    answer = fixture_engine.ask(message)
    assert fold(answer.text).split()[0] == verdict, answer.text
