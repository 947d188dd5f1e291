"""Who heads a municipality, or an organisation whose member is no managing director, the facts
never say (fixture knowledge: the invented water board), so "is X the boss of <her own seat>?"
and "X leder ARI, ikke?" get the member's facts without a verdict, and heading another seat still
gets "No"."""

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


@pytest.mark.parametrize("claim", ["Rasmus Kvistgaard leder ARI, ikke?", "Rasmus Kvistgaard runs ARI, right?"])
def test_leading_the_organisation_one_sits_for_gets_no_verdict_when_its_head_is_unsaid(
    fixture_engine: Engine, claim: str
) -> None:
    answer = fixture_engine.ask(claim)
    assert not answer.text.startswith(VERDICTS)
    assert "ARI" in answer.text


@pytest.mark.parametrize("claim", ["does Ingrid Falkesen run ARI?", "leder Ingrid Falkesen selv ARI?"])
def test_running_an_organisation_one_does_not_sit_for_gets_no(fixture_engine: Engine, claim: str) -> None:
    assert fixture_engine.ask(claim).text.startswith(("No", "Nej"))


@pytest.mark.parametrize(
    "claim", ["Is Helle Birkmose head of IT, correct?", "Helle Birkmose is head of finance, right?"]
)
def test_a_head_of_another_field_than_the_members_gets_no_yes(fixture_engine: Engine, claim: str) -> None:
    assert not fixture_engine.ask(claim).text.startswith("Yes")


def test_a_head_of_the_members_own_field_is_confirmed(fixture_engine: Engine) -> None:
    assert fixture_engine.ask("Is Helle Birkmose head of environment?").text.startswith("Yes")


def test_a_title_of_the_members_own_seat_is_confirmed(fixture_engine: Engine) -> None:
    assert fixture_engine.ask("Is Tobias Ravnkilde the utilities director of Lyngholt?").text.startswith("Yes")


def test_a_title_of_the_city_a_member_sits_for_is_confirmed(fixture_engine: Engine) -> None:
    claim = "Is Tobias Ravnkilde the utilities director of the municipality of Lyngholt?"
    assert fixture_engine.ask(claim).text.startswith("Yes")
