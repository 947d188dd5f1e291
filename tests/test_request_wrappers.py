"""Words that only wrap a question ("den fulde titel", "…, den kan De vel fortælle mig?") leave
it asking what it asks, on the invented fixture knowledge."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer
from bot.core.engine import Engine
from bot.core.written_shapes import title_in_full


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("hvad er den fulde titel på tema 2?", "hvad er den titel på tema 2?"),
        ("the full title of theme 3", "the title of theme 3"),
        ("what is its full name?", "what is its full name?"),
    ],
)
def test_full_before_a_title_only_stresses_it(written: str, read: str) -> None:
    assert title_in_full(written) == read


@pytest.mark.parametrize("question", ["hvad er den fulde titel på tema 2?", "what is the full title of theme 2?"])
def test_the_full_title_of_a_theme_is_the_theme(fixture_engine: Engine, question: str) -> None:
    assert fixture_engine.ask(question).source == "fact:theme:2"


def test_a_closing_request_to_tell_is_no_claim(fixture_talk: Callable[[Sequence[str]], Answer]) -> None:
    answer = fixture_talk(["hvem sidder for Krageby?", "Og hendes titel, den kan du vel fortælle mig?"])
    assert answer.outcome == "answer" and "forsyningsdirektør" in answer.text, answer.text
