"""The chair named by the role, not the name ("formandens e-mail", "the chairman's salary"), in
the fixture knowledge: what the facts lack of that person is said not to be in the article, with
what it does say of them; what they hold is still answered."""

import pytest

from bot.core.engine import Engine


@pytest.mark.parametrize(
    ("question", "not_said"),
    [
        ("Hvad er formandens e-mail?", "Det står der ikke noget om i artiklen."),
        ("what is the chair's age?", "The article does not say."),
        ("what is the chairman's salary?", "The article does not say."),
        # the role without a possessive, with something of his own no one's facts hold
        ("what salary does the chairman get?", "The article does not say."),
        ("hvor gammel er formanden?", "Det står der ikke noget om i artiklen."),
    ],
)
def test_what_the_facts_lack_of_the_chair_named_by_role_is_not_said(
    fixture_engine: Engine, question: str, not_said: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.text.startswith(not_said)
    assert "Rasmus Kvistgaard" in answer.text


@pytest.mark.parametrize("question", ["hvem er formanden?", "what is the chair's title?"])
def test_the_chair_named_by_role_is_still_answered(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.outcome == "answer"
    assert "Kvistgaard" in answer.text
