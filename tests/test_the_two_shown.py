""" "de to" after an answer that showed two members apart from the list its question drew from
(bot/core/pronouns.py, ``Conversation.shown``), on the invented fixture knowledge: of the seven,
Helle Birkmose (LWB) and Rasmus Kvistgaard (ARI) sit for no municipality."""

from __future__ import annotations

import time

import pytest

from bot.core.conversation import Conversation
from bot.core.engine import Engine
from bot.core.normalize import fold

FOUR = ("Ingrid Falkesen", "Tobias Ravnkilde", "Helle Strandgaard", "Jonas Vinterberg")
TWO = ("Helle Birkmose", "Rasmus Kvistgaard")


def says(text: str, part: str) -> bool:
    return f" {fold(part)} " in f" {fold(text)} "


@pytest.mark.parametrize("turn", ["hvor kommer de to fra?", "hvad er de to's titel?"])
def test_the_two_are_the_two_the_last_answer_showed_not_the_list_it_drew_from(
    fixture_engine: Engine, turn: str
) -> None:
    state = Conversation(
        frame="which of them are not from a municipality?",
        focus="list",
        listed=FOUR,
        shown=TWO,
        language="en",
        at=time.time(),
    )
    answer, _ = fixture_engine.converse(turn, state)
    assert says(answer.text, "LWB") and says(answer.text, "ARI"), answer.text
    assert not says(answer.text, "Krageby"), answer.text
