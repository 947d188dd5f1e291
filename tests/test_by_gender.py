"""The women or the men of the group are picked by the pronoun the curated facts give each
member, and the answer says so, since the article never says anyone's sex; a member with no
pronoun is neither. On the invented fixture knowledge."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine


@pytest.mark.parametrize(
    "question", ["Hvem er kvinderne i styregruppen?", "which members are women?", "hvor mange kvinder er der?"]
)
def test_the_women_are_the_members_the_facts_call_she(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    named = [n for n in ("Falkesen", "Strandgaard", "Birkmose", "Ravnkilde", "Brandtoft") if n in answer.text]
    assert named == ["Falkesen", "Strandgaard", "Birkmose"] and "3 " in answer.text, answer.text


def test_the_men_leave_out_a_member_with_no_pronoun(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("how many men are in the group?")
    assert "Ravnkilde" in answer.text and "Brandtoft" not in answer.text and "Falkesen" not in answer.text


def test_the_answer_says_the_article_does_not_give_anyones_sex(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("which members are women?")
    assert answer.text.startswith("The article says nothing about sex"), answer.text
