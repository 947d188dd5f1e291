"""Moves along a list of municipalities the bot just gave (bot/core/moves.py, the ``places``
of bot/core/dialogue_state.py), on the invented fixture knowledge: member municipalities in
list order Krageby, Lyngholt, Mosevang (Helle Strandgaard), Søholt (Aksel Brandtoft)."""

from __future__ import annotations

import pytest

from bot.core.conversation import Conversation
from bot.core.engine import Engine
from bot.core.normalize import fold


def says(text: str, part: str) -> bool:
    return f" {fold(part)} " in f" {fold(text)} "


def conversed(engine: Engine, turns: list[str]) -> list[str]:
    state, texts = Conversation(), []
    for turn in turns:
        answer, state = engine.converse(turn, state)
        texts.append(answer.text)
    return texts


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["Which municipalities are represented?", "Which of them is the third on the list?"], "Mosevang"),
        (["Which municipalities are represented?", "And what about the last one?"], "Søholt"),
        (["Which municipalities are represented?", "Which of them is the second?"], "Lyngholt"),
        (["Which municipalities are represented?", "Who represents the last one?"], "Aksel Brandtoft"),
        (["Hvilke kommuner er repræsenteret?", "Hvem repræsenterer den tredje?"], "Helle Strandgaard"),
        # the place denied is named before the list, and is no item of it
        (["er Egemose med?", "hvem er nr 2 på listen?"], "Lyngholt"),
        (["Is Egemose in the group?", "And the last one?"], "Søholt"),
    ],
)
def test_a_place_on_a_list_of_municipalities_just_given_is_that_municipality(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    last = conversed(fixture_engine, turns)[-1]
    assert says(last, expected), last


def test_the_municipality_moved_to_stays_the_list_for_the_next_move(fixture_engine: Engine) -> None:
    texts = conversed(
        fixture_engine,
        [
            "Which municipalities are represented?",
            "Which of them is the third on the list?",
            "And who represents it?",
            "And what about the last one?",
        ],
    )
    assert says(texts[2], "Helle Strandgaard"), texts[2]
    assert says(texts[3], "Aksel Brandtoft"), texts[3]
