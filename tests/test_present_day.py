"""Questions about the present, which an article of one day cannot vouch for (fixture knowledge:
the invented water board, article of 02-05-2031)."""

import pytest

from bot.core.engine import Engine


@pytest.mark.parametrize(
    "question",
    ["Is Tobias Ravnkilde still utilities director today?", "er Ravnkilde stadig forsyningsdirektør i dag?"],
)
def test_a_claim_about_today_gets_the_article_and_its_date_but_no_yes(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert not answer.text.startswith(("Yes", "Ja"))
    assert "02-05-2031" in answer.text
    assert "Lyngholt" in answer.text


def test_a_claim_about_today_that_was_false_then_keeps_its_no(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("is Ravnkilde from Krageby today?")
    assert answer.text.startswith("No")
    assert "Lyngholt" in answer.text


def test_a_question_about_today_is_answered_as_of_the_article(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("hvem repræsenterer Lyngholt i dag?")
    assert "Ravnkilde" in answer.text
    assert "02-05-2031" in answer.text
