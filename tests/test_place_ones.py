"""A member named by where they sit ("the Lyngholt one") is that member where
the seat has one, on the invented fixture knowledge."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer
from bot.core.engine import Engine
from bot.core.place_ones import place_ones_named

_MEMBERS = {"Lyngholt": "Tobias Ravnkilde", "Søholt": "Aksel Brandtoft"}


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("how does he compare with the Lyngholt one?", "how does he compare with Tobias Ravnkilde?"),
        ("and the Lyngholt guy's title?", "and Tobias Ravnkilde's title?"),
        ("the Mosevang one?", "the Mosevang one?"),
        ("hvem sagde det, Søholt-manden?", "hvem sagde det, Aksel Brandtoft?"),
        ("Søholt-manden?", "Søholt-manden?"),
        ("is the Søholt one a director too?", "is Aksel Brandtoft a director too?"),
        ("the new one?", "the new one?"),
    ],
)
def test_a_member_named_by_place_is_put_as_their_name(written: str, read: str) -> None:
    assert place_ones_named(written, _MEMBERS.get, named_in=lambda _: set()) == read


@pytest.mark.parametrize(
    ("claim", "names_someone"),
    [
        ("Is Tobias Ravnkilde the Lyngholt one?", True),
        ("Is the Søholt one a director like the Lyngholt one?", False),
        ("is he the Lyngholt guy too?", False),
        ("Is the Søholt member's title the same as the chair's?", False),
    ],
)
def test_a_place_in_a_claim_stays_a_place(claim: str, names_someone: bool) -> None:
    assert place_ones_named(claim, _MEMBERS.get, named_in=lambda _: {"person"} if names_someone else set()) == claim


def test_a_question_asking_what_the_member_of_a_place_is_names_the_member() -> None:
    asked = place_ones_named("what is the title of the Lyngholt one?", _MEMBERS.get, named_in=lambda _: set())
    assert asked == "what is the title of Tobias Ravnkilde?"


def test_a_comparison_with_the_member_of_a_place_compares_the_two(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("how does Ingrid Falkesen compare with the Lyngholt one?")
    assert "Ingrid Falkesen" in answer.text and "Tobias Ravnkilde" in answer.text, answer.text


def test_how_that_compares_after_a_member_compares_that_member(
    fixture_talk: Callable[[Sequence[str]], Answer],
) -> None:
    answer = fixture_talk(["what is Ingrid Falkesen's title?", "and how does that compare with the Lyngholt one?"])
    assert "Ingrid Falkesen" in answer.text and "Tobias Ravnkilde" in answer.text, answer.text


def test_a_member_compared_with_a_place_named_as_such_stays_a_place() -> None:
    asked = "how does the Lyngholt one's title differ from Krageby's?"
    assert place_ones_named(asked, _MEMBERS.get, named_in=lambda _: {"municipality"}) == asked
