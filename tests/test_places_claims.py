"""Claims about several places at once, and "the only person from" a place, on the invented
fixture knowledge (Krageby, Lyngholt, Mosevang (two people), Søholt, LWB and ARI sit in the
group; Egemose is a municipality outside it)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold


def verdict_of(text: str) -> str:
    return fold(text).split()[0].strip(".,")


@pytest.mark.parametrize(
    ("claim", "verdict", "named"),
    [
        ("er både LWB og ARI med i styregruppen?", "ja", ["Helle Birkmose", "Rasmus Kvistgaard"]),
        ("are both Krageby and Lyngholt in the group?", "yes", ["Ingrid Falkesen", "Tobias Ravnkilde"]),
        ("er både Krageby og Egemose med?", "nej", ["Ingrid Falkesen", "Egemose"]),
        ("are Egemose and Søholt both represented?", "no", ["Aksel Brandtoft", "Egemose"]),
    ],
)
def test_a_claim_that_several_places_are_in_the_group_holds_only_when_every_one_is(
    fixture_engine: Engine, claim: str, verdict: str, named: list[str]
) -> None:
    answer = fixture_engine.ask(claim)
    assert verdict_of(answer.text) == verdict, answer.text
    assert all(name in answer.text for name in named), answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Strandgaard is the only person from Mosevang, right?", "no"),
        ("Falkesen is the only person from Krageby, right?", "yes"),
    ],
)
def test_the_only_person_from_a_place_is_checked_against_everyone_on_its_seat(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    assert verdict_of(fixture_engine.ask(claim).text) == verdict


@pytest.mark.parametrize(
    "claim", ["handler et af temaerne om klimatilpasning", "handler et af temaerne om drikkevand?"]
)
def test_a_verb_first_question_whether_a_theme_is_about_a_topic_gets_a_yes_when_one_is(
    fixture_engine: Engine, claim: str
) -> None:
    assert verdict_of(fixture_engine.ask(claim).text) == "ja"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("er alle andre end Birkmose og Kvistgaard fra kommuner?", "ja"),
        ("are all members except Kvistgaard from municipalities?", "no"),
    ],
)
def test_a_claim_about_everyone_but_those_named_is_checked_on_everyone_else(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    assert verdict_of(fixture_engine.ask(claim).text) == verdict


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Falkesen or Ravnkilde, which one is from Lyngholt?", "Tobias Ravnkilde"),
        ("hvem af Brandtoft og Birkmose er fra Søholt?", "Aksel Brandtoft"),
        ("is Falkesen or Ravnkilde from Krageby?", "Ingrid Falkesen"),
        ("er Falkesen eller Ravnkilde fra Søholt?", "Ingen af dem"),
    ],
)
def test_which_of_two_members_sits_for_a_place_is_answered_with_that_seat_never_a_no(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    answer = fixture_engine.ask(question)
    assert expected in answer.text, answer.text
    assert verdict_of(answer.text) not in ("no", "nej", "yes", "ja"), answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who in the group works at ARI?", "Rasmus Kvistgaard"),
        ("hvem arbejder for Krageby Kommune?", "Ingrid Falkesen"),
    ],
)
def test_who_works_at_a_place_in_the_group_is_whom_its_seat_names(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and expected in answer.text, answer.text


def test_how_many_employees_an_organisation_has_is_not_in_the_article(fixture_engine: Engine) -> None:
    assert not fixture_engine.ask("how many employees does ARI have?").answered


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("are Falkesen and Brandtoft utilities directors?", "no"),
        ("are Falkesen and Ravnkilde utilities directors?", "yes"),
        ("er Brandtoft og Falkesen forsyningsdirektører?", "nej"),
    ],
)
def test_a_title_right_after_members_joined_by_and_is_claimed_of_them_all(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    assert verdict_of(fixture_engine.ask(claim).text) == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [("ingrid falkesen - lyngholt, ikk?", "nej"), ("Falkesen – Krageby, right?", "yes")],
)
def test_a_claim_split_by_a_dash_is_checked_whole_not_as_its_last_part(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    assert verdict_of(fixture_engine.ask(claim).text) == verdict


@pytest.mark.parametrize(
    ("question", "seated"),
    [
        ("Søren Hansen sidder for Krageby, vel?", "Ingrid Falkesen"),
        ("ARI's person in the group is Mette Holm, right?", "Rasmus Kvistgaard"),
    ],
)
def test_a_stranger_claimed_for_a_seat_gets_no_and_who_does_sit_there(
    fixture_engine: Engine, question: str, seated: str
) -> None:
    answer = fixture_engine.ask(question)
    assert verdict_of(answer.text) in ("nej", "no") and seated in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "expected"), [("er Krageby med i sg?", "ja"), ("is Lyngholt in the sg, right?", "yes")]
)
def test_the_group_shortened_to_sg_is_the_steering_group(fixture_engine: Engine, question: str, expected: str) -> None:
    assert verdict_of(fixture_engine.ask(question).text) == expected


@pytest.mark.parametrize(
    ("claim", "verdict"), [("Krageby og Lyngholt begge med?", "Ja"), ("Krageby og Egemose begge med?", "Nej")]
)
def test_places_said_to_be_both_in_with_no_verb_get_the_verdict_of_each_being_in(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    assert fixture_engine.ask(claim).text.startswith(verdict)
