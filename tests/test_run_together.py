"""Words typed without the space between them ("hvormange", "igruppen", "ingridfalkesen") are
read as the two words, on the invented fixture knowledge; Danish compounds and words that only
begin like a small word stay whole."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.run_together import RunTogether

KNOWN = {"hvor", "mange", "gruppen", "gamle", "den", "i", "styregruppen", "kommunal", "direktør", "gennem"}


@pytest.fixture
def run_together() -> RunTogether:
    return RunTogether(KNOWN, ["Ingrid Falkesen"], cache_size=100)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("hvormange er der", "hvor mange er der"),
        ("hvem sidder igruppen?", "hvem sidder i gruppen?"),
        ("formand for dengamle styregruppe", "formand for den gamle styregruppe"),
        ("hvem er IngridFalkesen", "hvem er Ingrid Falkesen"),
    ],
)
def test_a_small_word_or_a_first_name_run_into_the_next_word_is_put_apart(
    run_together: RunTogether, typed: str, read: str
) -> None:
    assert run_together.apart(typed) == read


@pytest.mark.parametrize("typed", ["styregruppen", "kommunaldirektør", "igennem", "ingen", "Themen"])
def test_a_known_word_a_compound_or_a_word_of_its_own_stays_whole(run_together: RunTogether, typed: str) -> None:
    assert run_together.apart(typed) == typed


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hvem er ingridfalkesen", "forsyningsdirektør"),
        ("hvem sidder for krageby igruppen", "Falkesen"),
        ("hvormange temaer har planen", "3"),
    ],
)
def test_a_question_with_words_run_together_is_answered_as_if_spaced(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and expected in answer.text, answer.text


def test_a_follow_up_after_a_run_together_name_is_about_that_member(fixture_engine: Engine) -> None:
    first, state = fixture_engine.converse("hvem er ingridfalkesen")
    second, _ = fixture_engine.converse("hvor er hun fra", state)
    assert "Falkesen" in first.text and "Krageby" in second.text, second.text
