"""Checking a line of an answer key, and a user rejecting the last answer with a claim of their
own (fixture knowledge: the invented water board, chaired by ARI's Kvistgaard)."""

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer
from bot.core.engine import Engine

Talk = Callable[[Sequence[str]], Answer]


def test_a_listed_line_with_a_tag_is_one_claim_so_a_wrong_place_gets_a_no(fixture_engine: Engine) -> None:
    # Each part of the line was once confirmed alone ("Ravnkilde, right?" - "Yes").
    answer = fixture_engine.ask("answer 3: Tobias Ravnkilde, forsyningsdirektør, Krageby. right?")
    assert answer.text.startswith("No")
    assert "Lyngholt" in answer.text


def test_a_listed_line_that_holds_gets_a_yes(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("svar 3: Tobias Ravnkilde, forsyningsdirektør, Lyngholt. rigtigt?")
    assert answer.text.startswith("Ja")


def test_a_members_title_asked_beside_the_chair_is_no_claim_that_he_chairs(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Three checks: Ravnkilde's title, Falkesen's town, and the chair?")
    assert not answer.text.startswith(("No", "Nej"))
    assert "utilities director" in answer.text
    assert "Kvistgaard" in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("nej det passer ikke, Falkesen er fra Lyngholt", "Nej"),
        ("nej det passer ikke bot, Ravnkilde er fra Lyngholt, ikke Krageby", "Ja"),
        ("no that's wrong, Ravnkilde is from Krageby", "No"),
    ],
)
def test_a_rejection_before_a_claim_does_not_deny_the_claim(
    fixture_engine: Engine, question: str, verdict: str
) -> None:
    # The rejection's "ikke" once turned the claim around: "Det er rigtigt" to a false year.
    answer = fixture_engine.ask(question)
    assert answer.text.startswith(verdict)


@pytest.mark.parametrize(
    "turns",
    [
        ["hvem er formand?", "nej det passer ikke, det er Ravnkilde"],
        ["who chairs the group?", "no, it's Ravnkilde"],
    ],
)
def test_the_asker_naming_someone_else_after_the_chair_gets_a_no_and_the_chair(
    fixture_talk: Talk, turns: list[str]
) -> None:
    answer = fixture_talk(turns)
    assert answer.text.startswith(("Nej", "No"))
    assert "Kvistgaard" in answer.text


def test_someone_of_an_organisation_is_no_confirmation_of_what_it_was(fixture_engine: Engine) -> None:
    # "det er ARI-damen?" names no one "det" stands for; the seat's answer once got a "Ja".
    answer = fixture_engine.ask("det er ARI-damen?")
    assert not answer.text.startswith("Ja")


@pytest.mark.parametrize(
    "question",
    ["settle this: Lyngholt sent their utilities director, right?", "Answer: Lyngholt's rep is Ravnkilde. Tick?"],
)
def test_a_claim_after_a_short_label_is_checked(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.text.startswith("Yes")


def test_a_place_after_the_member_put_up_says_which_member_is_meant(fixture_talk: Talk) -> None:
    answer = fixture_talk(["hvem er formand?", "nej det passer ikke, det er da Tobias Ravnkilde fra Lyngholt"])
    assert answer.text.startswith("Nej")
    assert "Kvistgaard" in answer.text


def test_after_the_no_she_is_the_one_named_and_he_still_the_chair(fixture_talk: Talk) -> None:
    turns = ["hvem er formand?", "nej det passer ikke, det er da Ingrid Falkesen fra Krageby"]
    assert "forsyningsdirektør" in fixture_talk([*turns, "hvad er hun så?"]).text
    assert "forskningschef" in fixture_talk([*turns, "hvad er han så?"]).text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Videresendt fra Bo: Ravnkilde er forsyningsdirektør i Lyngholt. @bot passer det?", "Ja"),
        ("Forwarded from Jón: 'Ravnkilde is utilities director in Krageby' — correct?", "No"),
    ],
)
def test_a_forwarded_claim_is_checked_whoever_it_came_from(fixture_engine: Engine, question: str, verdict: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.text.startswith(verdict)


def test_something_unknown_tied_to_a_theme_gets_no_yes_from_the_themes_title(fixture_engine: Engine) -> None:
    # "FKA hænger sammen med tema 2 om …": theme 2 is about that, but what "FKA" is tied to is unknown.
    answer = fixture_engine.ask("XYQ hænger primært sammen med tema 2 om ledningstab, ikk?")
    assert not answer.text.startswith("Ja")
    assert "Færre ledningstab" in answer.text


def test_legit_at_the_end_asks_to_confirm(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Forwarded from Karen: 'Ravnkilde is from Lyngholt' - legit?")
    assert answer.text.startswith("Yes")


def test_a_kind_of_job_no_name_of_the_members_title_has_gets_no_yes(fixture_engine: Engine) -> None:
    # "research" is in his title; "officer" is in no name of it: another title is claimed.
    answer = fixture_engine.ask("Rasmus Kvistgaard is research officer at ARI, right?")
    assert not answer.text.startswith("Yes")
    assert "forskningschef" in answer.text
