"""A claim that runs on across dashes (fixture knowledge: the invented water board): the piece
after the last dash is the end of the claim, not a claim of its own to say yes to."""

import pytest

from bot.core.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Er det korrekt, at styregruppen supplerer – og altså ikke erstatter – det gamle ledningsråd?",
        "Is it right that the steering group works beside – and does not replace – the old pipe council?",
    ],
)
def test_a_claim_denying_between_dashes_what_the_article_says_gets_no_yes(
    fixture_engine: Engine, question: str
) -> None:
    assert not fixture_engine.ask(question).text.startswith(("Ja", "Yes"))


@pytest.mark.parametrize(
    "question",
    [
        "Er det korrekt, at det gamle ledningsråd er nedlagt?",
        "Jeg skriver et notat: det gamle ledningsråd er nedlagt, ikk?",
    ],
)
def test_a_true_claim_with_or_without_a_preamble_still_gets_its_yes(fixture_engine: Engine, question: str) -> None:
    assert fixture_engine.ask(question).text.startswith("Ja")
