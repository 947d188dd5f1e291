"""Questions that take for granted an office no member holds ("how many mayors are on it?"),
on the invented fixture knowledge: the answer says the article names none, never a count or
a "yes" found for some other part of the question."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold


@pytest.mark.parametrize(
    "question",
    [
        "how many mayors are in the group?",
        "How many borgmestre - mayors - are actually on this group?",
        "hvor mange borgmestre sidder i styregruppen?",
        "hvor mange politikere er med i gruppen?",
        "which politicians sit on the group?",
    ],
)
def test_how_many_or_which_holders_of_an_office_no_member_holds_is_answered_with_none(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and answer.outcome == "negative", answer.text
    assert fold(answer.text).split()[0] not in {"yes", "ja"}, answer.text


@pytest.mark.parametrize("question", ["are actually on this group?", "is on the group?"])
def test_a_claim_that_names_no_subject_gets_no_yes(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert fold(answer.text).split()[0] not in {"yes", "ja"}, answer.text
