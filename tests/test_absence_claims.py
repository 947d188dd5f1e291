"""A member said to be left out of the group (fixture knowledge: the invented water board) gets
"No" and the seat, whether the claim is stated, asked or the premise of a why-question; a place
really not in the group is never told "That's right" for it."""

import pytest

from bot.core.absence import absence_claim
from bot.core.engine import Engine


@pytest.mark.parametrize(
    ("claim", "verdict", "seat_holder"),
    [
        ("Krageby was left out of the steering group, right?", "Not so", "Falkesen"),
        ("Was Lyngholt dropped from the group?", "Not so", "Ravnkilde"),
        ("Why did the board drop ARI from the steering group?", "Not so", "Kvistgaard"),
        ("Why is Krageby not in the steering group?", "Not so", "Falkesen"),
        ("Hvorfor er Mosevang ikke med i styregruppen?", "Forkert", "Strandgaard"),
        ("Er Krageby blevet udeladt af styregruppen?", "Forkert", "Falkesen"),
    ],
)
def test_a_member_said_to_be_left_out_gets_no_and_the_seat(
    fixture_engine: Engine, claim: str, verdict: str, seat_holder: str
) -> None:
    answer = fixture_engine.ask(claim)
    assert answer.text.startswith(verdict)
    assert seat_holder in answer.text


@pytest.mark.parametrize("question", ["Why was Egemose left out?", "Hvorfor er Egemose ikke med i styregruppen?"])
def test_a_place_really_left_out_is_not_confirmed_as_right(fixture_engine: Engine, question: str) -> None:
    assert not fixture_engine.ask(question).text.startswith(("That's right", "Det er rigtigt", "Yes", "Ja"))


@pytest.mark.parametrize(
    "question", ["Who was left out?", "Er Krageby ikke med?", "Was the old group dropped?", "Hvem blev udeladt?"]
)
def test_no_one_named_or_a_leading_question_is_no_absence_claim(question: str) -> None:
    assert absence_claim(question) is None
