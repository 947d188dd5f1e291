"""A theme's title quoted in a claim is checked word for word: a quotation with a word the
title does not hold gets no "yes", on the invented fixture knowledge."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Tema 2 hedder »Færre ledningsbrud« – er det korrekt ordlyd?", "nej"),
        ("Is theme 1 called 'Rent drikkevand til alle borgere'?", "no"),
        ("Tema 2 hedder »Færre ledningstab«, ikke?", "ja"),
        ("Tema 2 hedder »Faerre ledningstab«, ikke?", "ja"),
    ],
)
def test_a_quoted_theme_title_is_checked_word_for_word(fixture_engine: Engine, claim: str, verdict: str) -> None:
    answer = fixture_engine.ask(claim)
    assert fold(answer.text).split()[0] == verdict, answer.text


def test_a_title_put_in_the_askers_own_english_words_is_not_held_to_the_danish_wording(
    fixture_engine: Engine,
) -> None:
    assert not fixture_engine.ask("Is theme 2 'Less leakage from the pipes'?").text.startswith("No")


def test_a_quoted_topic_is_judged_as_a_topic_not_as_the_wording(fixture_engine: Engine) -> None:
    assert not fixture_engine.ask("tema 3 handler om 'klimatilpasning ved søen', ikke?").text.startswith("Nej")
