"""A claim that one member is another ("is Kim Herlev Bjarne Pedersen?") gets "No", on the invented
fixture knowledge: Ingrid Falkesen (Krageby) and Tobias Ravnkilde (Lyngholt) are two members."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer
from bot.core.engine import Engine
from bot.core.normalize import fold


def first_word(text: str) -> str:
    return fold(text).split()[0]


@pytest.mark.parametrize(
    "question",
    [
        "is Ingrid Falkesen Tobias Ravnkilde?",
        "er Ingrid Falkesen Tobias Ravnkilde?",
        "Falkesen er Ravnkilde, ikk?",
        "er Strandgaard og Vinterberg samme person?",
        "are Falkesen and Ravnkilde the same person?",
    ],
)
def test_a_claim_that_one_member_is_another_gets_no(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert first_word(answer.text) in ("no", "nej"), answer.text


@pytest.mark.parametrize(
    "question",
    ["are Ingrid Falkesen and Tobias Ravnkilde members?", "er Falkesen og Ravnkilde med i styregruppen?"],
)
def test_two_members_joined_by_and_are_each_asked_about_and_not_read_as_one_person(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert first_word(answer.text) not in ("no", "nej"), answer.text


def test_he_the_one_from_another_place_after_talk_of_a_member_gets_no(
    fixture_talk: Callable[[Sequence[str]], Answer],
) -> None:
    answer = fixture_talk(["who represents Krageby?", "is she the one from Lyngholt?"])
    assert first_word(answer.text) in ("no", "nej"), answer.text
    assert "Ravnkilde" in answer.text
