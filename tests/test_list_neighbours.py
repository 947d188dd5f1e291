"""A member named by a place beside another on the list ("the one after Falkesen is from
Lyngholt?"), on the invented fixture knowledge: the claim is about the one beside, not the one named."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("the one after Ingrid Falkesen is from Lyngholt?", "yes"),
        ("is the one after Falkesen a forsyningsdirektør?", "yes"),
        ("den efter Falkesen er fra Krageby?", "nej"),
        ("the one before Tobias Ravnkilde is from Krageby?", "yes"),
    ],
)
def test_a_claim_about_the_one_beside_a_member_is_checked_on_that_one(
    fixture_engine: Engine, question: str, verdict: str
) -> None:
    answer = fixture_engine.ask(question)
    assert fold(answer.text).split()[0] == verdict, answer.text


@pytest.mark.parametrize(
    "question", ["the one after Ravnkilde is from Mosevang?", "is the one after Ravnkilde a vandchef?"]
)
def test_a_claim_about_a_shared_seat_beside_gets_no_verdict_on_either(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and fold(answer.text).split()[0] not in {"yes", "no", "ja", "nej"}, answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hvem kommer to pladser efter Falkesen?", "Helle Strandgaard"),
        ("hvem står tre pladser efter hr. Falkesen på listen?", "Aksel Brandtoft"),
        ("who comes two places before Helle Birkmose on the list?", "Jonas Vinterberg"),
    ],
)
def test_a_count_of_places_beside_a_member_moves_that_many_along_the_list(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    answer = fixture_engine.ask(question)
    assert expected in answer.text and "Ravnkilde" not in answer.text, answer.text
