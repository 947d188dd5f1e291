"""A claim with "why?" after it in the same message (bot/core/claim_and_why.py), on the
invented fixture knowledge: Tobias Ravnkilde sits for Lyngholt, Rasmus Kvistgaard (ARI)
chairs the group, Mosevang has two members."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold


def opens_with(text: str, word: str) -> bool:
    return fold(text).split()[0] == fold(word)


@pytest.mark.parametrize(
    ("question", "true_fact"),
    [
        ("Ravnkilde er fra Krageby, hvorfor?", "Lyngholt"),
        ("Falkesen er formand - hvorfor hende?", "Kvistgaard"),
        ("Mosevang has three members, why so many?", "Vinterberg"),
        ("Ravnkilde is from Krageby, right? why Krageby?", "Lyngholt"),
    ],
)
def test_a_false_claim_followed_by_why_gets_no_and_the_true_fact(
    fixture_engine: Engine, question: str, true_fact: str
) -> None:
    answer = fixture_engine.ask(question)
    assert opens_with(answer.text, "nej") or opens_with(answer.text, "no"), answer.text
    assert true_fact in answer.text


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Ravnkilde er fra Lyngholt, hvorfor?", "Hvorfor, kan jeg ikke svare på"),
        ("Kvistgaard is the chair - why him?", "The why I cannot answer"),
    ],
)
def test_a_true_claim_followed_by_why_gets_yes_and_says_plainly_that_the_why_is_not_answered(
    fixture_engine: Engine, question: str, plainly: str
) -> None:
    answer = fixture_engine.ask(question)
    assert opens_with(answer.text, "ja") or opens_with(answer.text, "yes"), answer.text
    assert plainly in answer.text


def test_a_question_followed_by_why_is_not_read_as_a_claim(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("hvad er tema 2, og hvorfor er det vigtigt?")
    assert not opens_with(answer.text, "ja") and not opens_with(answer.text, "nej"), answer.text
