"""What a member the article quotes thinks is what the article has them say (fixture
knowledge: the chair, Rasmus Kvistgaard, speaks in the quoted paragraphs); a member who is
not quoted thinks nothing the article tells."""

import pytest

from bot.core.engine import Engine


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("How big does Rasmus Kvistgaard think the savings are?", "2.4"),
        ("Which theme does Rasmus Kvistgaard think the pipe agreements belong to?", "Færre ledningstab"),
    ],
)
def test_what_a_quoted_member_thinks_is_answered_from_what_they_say(
    fixture_engine: Engine, question: str, said: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered
    assert said in answer.text


def test_what_a_member_who_is_not_quoted_thinks_is_not_answered(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("How big does Tobias Ravnkilde think the savings are?")
    assert "2.4" not in answer.text
