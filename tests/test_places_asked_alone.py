"""A place on the member list asked for with few words ("sidste på listen?", "hvem er den
første medlem?"), and the chair asked for in formal words, on the invented fixture knowledge:
seats in order Krageby (Falkesen), Lyngholt (Ravnkilde), Mosevang (two people), Søholt
(Brandtoft), LWB (Birkmose), ARI (Kvistgaard, the chair)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold


@pytest.mark.parametrize(
    ("question", "member"),
    [
        ("sidste på listen?", "Kvistgaard"),
        ("den første på listen?", "Falkesen"),
        ("sidste navn paa listen?", "Kvistgaard"),
        ("first on the list?", "Falkesen"),
        ("Goddag. Jeg vil gerne vide, hvem er den første medlem i styregruppen?", "Falkesen"),
        ("Jeg vil gerne høre om medlemmerne en for en. Hvem er den anden?", "Ravnkilde"),
        ("who is the fourth member?", "Brandtoft"),
        ("Please give me the 5th member of the steering group.", "Birkmose"),
    ],
)
def test_a_place_among_the_members_is_answered_with_the_member_there(
    fixture_engine: Engine, question: str, member: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and fold(member) in fold(answer.text), answer.text


def test_en_eller_anden_ranks_no_member(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("hvem af medlemmerne er ikke direktør af en eller anden slags")
    assert "nummer 2" not in fold(answer.text), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Hvem varetager formandskabet for den nyoprettede styregruppe?",
        "Hvem har formandskabet?",
        "hvem varetager formandsrollen",
    ],
)
def test_the_chair_asked_for_in_formal_words_is_named(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and fold("Kvistgaard") in fold(answer.text), answer.text


@pytest.mark.parametrize(
    ("question", "count", "member"),
    [
        ("Hvor mange medlemmer står før Brandtoft på listen?", "3 står før", "Falkesen"),
        ("how many come after Brandtoft on the list?", "2 come after", "Kvistgaard"),
    ],
)
def test_how_many_stand_before_or_after_a_member_is_counted_in_lines_of_the_list(
    fixture_engine: Engine, question: str, count: str, member: str
) -> None:
    answer = fixture_engine.ask(question)
    assert fold(answer.text).startswith(fold(count)) and fold(member) in fold(answer.text), answer.text


@pytest.mark.parametrize(
    ("question", "member"),
    [("Who's listed right before the chair?", "Birkmose"), ("hvem står før formanden på listen?", "Birkmose")],
)
def test_the_one_beside_the_chair_on_the_list_is_named(fixture_engine: Engine, question: str, member: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and fold(member) in fold(answer.text), answer.text


@pytest.mark.parametrize(
    ("question", "denial"),
    [("who is the 20th member?", "there is no number 20"), ("hvem er nummer 9 på listen?", "der er intet nummer 9")],
)
def test_a_place_beyond_the_list_is_denied_in_words(fixture_engine: Engine, question: str, denial: str) -> None:
    answer = fixture_engine.ask(question)
    assert fold(answer.text).startswith(fold(denial)), answer.text
