"""A doubt about the last answer ("er du sikker?", "that's wrong"), over the invented knowledge:
the article's answer again with its date, never given up, and the conversation goes on."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bot.core.answer import Answer
from bot.core.conversation import Conversation
from bot.core.engine import Engine
from bot.core.normalize import fold


def talk(engine: Engine, turns: Sequence[str]) -> list[Answer]:
    state, answers = Conversation(), []
    for number, question in enumerate(turns):
        answer, state = engine.converse(question, state, now=1000.0 + 10 * number)
        answers.append(answer)
    return answers


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (["who chairs the group?", "are you sure?"], "en"),
        (["hvem er formand?", "er du helt sikker?"], "da"),
        (["who chairs the group?", "hmm, really?"], "en"),
        (["hvem er formand?", "det passer ikke"], "da"),
        (["who chairs the group?", "that's wrong"], "en"),
        (["who chairs the group?", "no, you're wrong"], "en"),
    ],
)
def test_a_doubt_gets_the_last_answer_again_with_the_articles_date(
    fixture_engine: Engine, turns: list[str], language: str
) -> None:
    doubt = talk(fixture_engine, turns)[-1]
    assert doubt.answered and doubt.language == language, doubt.text
    assert "Kvistgaard" in doubt.text and "02-05-2031" in doubt.text, doubt.text


@pytest.mark.parametrize("turns", [["who chairs the group?", "that's wrong"], ["hvem er formand?", "det er forkert"]])
def test_a_flat_denial_is_told_the_article_may_be_out_of_date_but_not_given_way_to(
    fixture_engine: Engine, turns: list[str]
) -> None:
    doubt = talk(fixture_engine, turns)[-1]
    assert "Kvistgaard" in doubt.text and ("since" in doubt.text or "siden" in doubt.text), doubt.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [(["who chairs the group?", "are you sure?"], "yes"), (["hvem er formand?", "er du sikker?"], "ja")],
)
def test_are_you_sure_after_a_plain_answer_is_a_yes(fixture_engine: Engine, turns: list[str], expected: str) -> None:
    doubt = talk(fixture_engine, turns)[-1]
    assert fold(doubt.text).split()[0] == expected, doubt.text


def test_a_doubt_after_a_no_says_no_yes_of_its_own(fixture_engine: Engine) -> None:
    # "Ja" to "are you sure?" after "No, Falkesen is from Krageby" would read as a yes to the claim.
    doubt = talk(fixture_engine, ["Falkesen is from Søholt, right?", "are you sure?"])[-1]
    assert not fold(doubt.text).startswith(("yes", "ja")), doubt.text
    assert "Krageby" in doubt.text, doubt.text


def test_the_conversation_goes_on_about_the_same_thing_after_a_doubt(fixture_engine: Engine) -> None:
    answers = talk(fixture_engine, ["who chairs the group?", "are you sure?", "and his title?"])
    assert "head of research" in answers[-1].text, answers[-1].text


@pytest.mark.parametrize(
    ("doubt", "expected"),
    [
        ("er du sikker på at det er Kvistgaard?", "ja"),
        ("er du sikker på at det er Falkesen?", "nej"),
        ("are you sure it's Falkesen?", "no"),
    ],
)
def test_a_doubt_naming_someone_checks_that_one_against_the_last_answer(
    fixture_engine: Engine, doubt: str, expected: str
) -> None:
    answer = talk(fixture_engine, ["hvem er formand?", doubt])[-1]
    assert fold(answer.text).split()[0] == expected, answer.text
