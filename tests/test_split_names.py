"""A surname typed or dictated in two pieces ("brøn dum") is still the member's name."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine


@pytest.mark.parametrize(
    ("question", "contains"),
    [
        ("hvem er tobias ravn kilde", "Lyngholt"),
        ("hvor kommer ingrid falke sen fra", "Krageby"),
        ("hvad er helle strand gaard sin titel", "teknik- og miljødirektør"),
        ("who is jonas vinter berg", "Mosevang"),
    ],
)
def test_a_surname_split_in_two_after_the_first_name_names_the_member(
    fixture_engine: Engine, question: str, contains: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.outcome == "answer"
    assert contains in answer.text


def test_two_pieces_with_no_name_part_beside_them_name_no_one(fixture_engine: Engine) -> None:
    assert "Lyngholt" not in fixture_engine.ask("hvem er ravn kilde").text


def test_a_first_name_with_a_verbs_ending_in_lower_case_is_an_everyday_word(fixture_engine: Engine) -> None:
    # As "signed off" is no "Signe": "helled" names no Helle.
    answer = fixture_engine.ask("when was the plan helled off?")
    assert "Birkmose" not in answer.text
    assert "Strandgaard" not in answer.text
