"""A guess at what the article would not say ("who owns the leakage theme?" - "it's Aksel
Brandtoft, isn't it?") is never confirmed (fixture knowledge: the invented water board)."""

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer

Talk = Callable[[Sequence[str]], Answer]


@pytest.mark.parametrize(
    "turns",
    [
        ["who owns the leakage theme?", "it's Aksel Brandtoft isn't it?"],
        ["what's the group's budget for IT purchases?", "come on, it's 2,4 billion, right?"],
        ["hvem ejer temaet om ledningstab?", "det er vel Aksel Brandtoft, ikke?"],
    ],
)
def test_a_guess_at_an_unanswered_question_gets_no_verdict(fixture_talk: Talk, turns: list[str]) -> None:
    answer = fixture_talk(turns)
    assert not answer.text.startswith(("Yes", "Ja", "No", "Nej"))
    assert not answer.answered


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (["when was the plan adopted?", "so it was March 2031, right?"], "Yes"),
        (["hvem er formand?", "det er vel Kvistgaard, ikke?"], "Ja"),
    ],
)
def test_a_guess_at_an_answered_question_is_still_checked(fixture_talk: Talk, turns: list[str], verdict: str) -> None:
    assert fixture_talk(turns).text.startswith(verdict)


def test_whom_the_guess_names_is_who_he_is_next(fixture_talk: Talk) -> None:
    answer = fixture_talk(["who owns the leakage theme?", "it's Aksel Brandtoft isn't it?", "what does he do anyway"])
    assert "teknik- og miljødirektør" in answer.text


@pytest.mark.parametrize("closing", ["thanks, that's all", "tak, det var det hele"])
def test_thanks_after_an_unanswered_question_is_no_guess(fixture_talk: Talk, closing: str) -> None:
    assert fixture_talk(["who owns the leakage theme?", closing]).outcome == "smalltalk"
