"""Who heads a municipality the facts never say (fixture knowledge: the invented water board), so
"is X the boss of <her own municipality>?" gets her facts without a verdict, and the boss of
another municipality still gets "No"."""

import pytest

from bot.core.engine import Engine

VERDICTS = ("Yes", "No", "Ja", "Nej", "That's right", "Det er rigtigt")


@pytest.mark.parametrize(
    ("claim", "member"),
    [
        ("Is Ingrid Falkesen the boss of Krageby?", "Ingrid Falkesen"),
        ("is Tobias Ravnkilde the boss of Lyngholt?", "Tobias Ravnkilde"),
    ],
)
def test_the_boss_of_a_members_own_municipality_gets_no_verdict(
    fixture_engine: Engine, claim: str, member: str
) -> None:
    answer = fixture_engine.ask(claim)
    assert not answer.text.startswith(VERDICTS)
    assert member in answer.text


def test_the_boss_of_another_municipality_gets_no_and_the_true_seat(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Is Ingrid Falkesen the boss of Lyngholt?")
    assert answer.text.startswith("No")
    assert "Krageby" in answer.text
