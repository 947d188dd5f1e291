"""Small words said in a conversation on the invented fixture knowledge: an acknowledgement after
an answer, and a profile on the web the article never gives."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer
from bot.core.engine import Engine
from bot.core.normalize import fold


@pytest.mark.parametrize("remark", ["interessant", "interesting"])
def test_a_remark_after_an_answer_is_taken_note_of(
    fixture_talk: Callable[[Sequence[str]], Answer], remark: str
) -> None:
    answer = fixture_talk(["who chairs the group?", remark])
    assert answer.answered and answer.outcome == "smalltalk", answer.text


@pytest.mark.parametrize("turn", ["and his LinkedIn?", "hans hjemmeside?"])
def test_a_members_web_profile_is_not_in_the_article_and_no_one_elses_is_given(
    fixture_talk: Callable[[Sequence[str]], Answer], turn: str
) -> None:
    answer = fixture_talk(["who represents Lyngholt?", turn])
    assert not answer.answered, answer.text
    assert "Falkesen" not in answer.text and "Kvistgaard" not in answer.text, answer.text
    assert fold("Ravnkilde") in fold(answer.text), answer.text


@pytest.mark.parametrize(
    ("message", "verdict"),
    [("hej er der 2 forsyningsdirektører i gruppen?", "ja"), ("hej er der 3 forsyningsdirektører i gruppen?", "nej")],
)
def test_a_greeting_run_into_a_claim_leaves_the_claim_checked(
    fixture_engine: Engine, message: str, verdict: str
) -> None:
    assert fold(fixture_engine.ask(message).text).split()[0].strip(".") == verdict


def test_a_greeting_alone_is_still_a_greeting(fixture_engine: Engine) -> None:
    assert fixture_engine.ask("hej med dig").outcome == "smalltalk"
