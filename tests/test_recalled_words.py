"""The bot's own words put up again ("du sagde vel at …?", "did you just say …?") are checked as
the user's own claim, on the invented fixture knowledge (Kvistgaard of ARI chairs the group;
Ingrid Falkesen represents Krageby; the pipe agreements date from 2026)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer
from bot.core.engine import Engine
from bot.core.normalize import fold


def verdict_of(text: str) -> str:
    return fold(text).split()[0]


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("did you just say Kvistgaard is from Krageby?", "no"),
        ("du sagde vel at Falkesen er fra Krageby?", "ja"),
        ("you said Falkesen is from Krageby, right?", "yes"),
    ],
)
def test_a_claim_said_to_be_the_bots_gets_the_verdict_the_facts_give(
    fixture_engine: Engine, message: str, verdict: str
) -> None:
    answer = fixture_engine.ask(message)
    # The facts of the claim, not whether anyone in the article said it.
    assert verdict_of(answer.text) == verdict and "Krageby" in answer.text, answer.text


def test_a_recalled_claim_leans_on_the_turn_before_as_it_would_unframed(
    fixture_talk: Callable[[Sequence[str]], Answer],
) -> None:
    answer = fixture_talk(["when did the pipe agreements start?", "wait, you said they started in 2026, right?"])
    assert verdict_of(answer.text) == "yes", answer.text
