"""Whether a place is among the group's municipalities or members, whether any municipality
has two people listed, and whether anyone shares a member's title, on the invented fixture
knowledge: municipalities Krageby, Lyngholt, Mosevang (two people), Søholt; organisations LWB
and ARI (the chair's); Egemose and Fjordvig are municipalities outside the group."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold


def opens_with(text: str) -> str:
    return fold(text).split()[0].strip(".,")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Is Søholt among the municipalities?", "yes"),
        ("er Krageby blandt kommunerne i gruppen?", "ja"),
        ("er LWB blandt kommunerne?", "nej"),
        ("is ARI one of the municipalities?", "no"),
        ("is Egemose among the municipalities?", "no"),
        ("er Falkesen blandt medlemmerne?", "ja"),
    ],
)
def test_a_place_or_member_among_the_group_gets_the_true_verdict(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    answer = fixture_engine.ask(claim)
    assert opens_with(answer.text) == verdict, answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("er der kommuner der har to med?", "ja"),
        ("are there any municipalities with two people?", "yes"),
        ("er der andre kommuner der har to med", "nej"),
        ("er der kommuner med tre personer?", "nej"),
    ],
)
def test_whether_a_municipality_has_two_people_listed_is_answered_with_mosevang(
    fixture_engine: Engine, question: str, verdict: str
) -> None:
    answer = fixture_engine.ask(question)
    assert opens_with(answer.text) == verdict and ("mosevang" in fold(answer.text)), answer.text


def test_a_count_of_councils_in_the_agreements_is_no_seat_size(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("er det ikke sådan at der er over 30 forsyninger med i aftalerne?")
    assert "mosevang" not in fold(answer.text), answer.text


def test_the_municipality_first_on_the_list_is_named(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Hvilken kommune står først i listen?")
    assert answer.answered and "krageby" in fold(answer.text), answer.text


@pytest.mark.parametrize("question", ["samme titel som Kvistgaard?", "har nogen samme titel som Vinterberg?"])
def test_whether_anyone_shares_a_title_no_one_shares_is_a_no(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert opens_with(answer.text) == "nej", answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Do LWB and ARI have the same number of representatives in the group?", "yes"),
        ("har Mosevang og Krageby lige mange med?", "nej"),
        ("har Søholt og Krageby lige mange repræsentanter?", "ja"),
    ],
)
def test_whether_two_seats_have_as_many_people_is_answered_from_their_lines(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    answer = fixture_engine.ask(claim)
    assert opens_with(answer.text) == verdict, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Which municipalities are represented without a forsyningsdirektør on the list?",
        "hvilke kommuner er med uden en forsyningsdirektør?",
    ],
)
def test_municipalities_without_a_title_are_those_none_of_whose_members_holds_it(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    text = fold(answer.text)
    assert "mosevang" in text and "soholt" in text and "krageby" not in text, answer.text
