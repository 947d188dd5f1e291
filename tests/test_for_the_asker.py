"""What something means for the one asking ("for en lille kommune som vores", "for a supplier like
me") is no question the article answers: what it says in general is given, said to be no more
than that, on the invented fixture knowledge."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.for_the_asker import without_the_asker


@pytest.mark.parametrize(
    ("question", "general"),
    [
        ("Hvad betyder den nye plan for os som lille kommune?", "Hvad betyder den nye plan?"),
        ("Hvad betyder planen så for en lille kommune som vores?", "Hvad betyder planen så?"),
        ("the third one, what it means for supplier like me?", "the third one, what it means?"),
        ("hvem er formand for styregruppen?", None),
    ],
)
def test_the_words_putting_the_asker_in_the_question_are_set_apart(question: str, general: str | None) -> None:
    assert without_the_asker(question) == general


def test_what_a_theme_means_for_the_asker_gets_the_theme_and_a_note(fixture_engine: Engine) -> None:
    _, state = fixture_engine.converse("what are the themes of the water plan?")
    answer, _ = fixture_engine.converse("the third one, what it means for a supplier like me?", state)
    assert "climate adaptation" in answer.text and "for you in particular" in answer.text, answer.text


def test_a_yes_or_no_about_the_asker_gets_no_verdict(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Is the water plan good for us?")
    assert not answer.text.startswith(("Yes", "No")), answer.text
