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
        ("So you say Falkesen is from Krageby, not Lyngholt?", "yes"),
        ("siger du at Falkesen er fra Lyngholt?", "nej"),
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


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (["hvad er tema 1?", "du sagde lige digitalisering"], "nej"),
        (["hvad er tema 1?", "du sagde drikkevand?"], "ja"),
        (["hvilke år dækker planen?", "du sagde vel 2030-2034?"], "nej"),
        (["hvilke år dækker planen?", "2031-2034, ikke?"], "ja"),
        (["hvornår blev planen vedtaget?", "2030, ikke?"], "nej"),
    ],
)
def test_a_value_put_up_as_the_last_answers_is_checked_against_that_answer(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str], verdict: str
) -> None:
    answer = fixture_talk(turns)
    assert verdict_of(answer.text) == verdict, answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["hvilke år dækker planen?", "så 2031 eller 2032?"],
        ["hvem er formand?", "nr 3, ikke?"],
    ],
)
def test_a_choice_or_a_move_after_an_answer_gets_no_verdict_on_a_value(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str]
) -> None:
    answer = fixture_talk(turns)
    assert verdict_of(answer.text) not in ("ja", "nej", "yes", "no"), answer.text


def test_a_claim_with_as_you_said_after_it_is_checked_against_the_turn_before(
    fixture_talk: Callable[[Sequence[str]], Answer],
) -> None:
    answer = fixture_talk(["hvem er med fra Krageby?", "Og hun er vandchef, som du lige sagde?"])
    assert verdict_of(answer.text) == "nej" and "forsyningsdirektør" in answer.text, answer.text


def test_a_recalled_statement_without_a_tag_is_still_a_claim_to_check(
    fixture_talk: Callable[[Sequence[str]], Answer],
) -> None:
    answer = fixture_talk(
        ["how much have the pipe agreements saved?", "and you said more than 50 utilities take part?"]
    )
    assert verdict_of(answer.text) == "no" and "30" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "opening"),
    [
        (["what is the purpose of the group?", "You said theme 2, right?"], "No, I did not say that"),
        (["hvornår startede ledningsaftalerne?", "du sagde lige 2030?"], "Nej. De fælles ledningsaftaler"),
        (["what is theme 2?", "you said theme 2, right?"], "Yes."),
    ],
)
def test_a_value_said_to_be_the_bots_is_checked_against_its_last_answer(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str], opening: str
) -> None:
    answer = fixture_talk(turns)
    assert answer.text.startswith(opening), answer.text
