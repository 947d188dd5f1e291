"""Questions about how a member's name is written (fixture knowledge: the invented water board):
the article's spelling is the answer, and a claim about a letter, a hyphen or the number of
names gets its yes or no from the name itself."""

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer
from bot.core.engine import Engine


@pytest.mark.parametrize(
    ("question", "verdict", "name"),
    [
        ("Is Strandgaard spelt with an h?", "No", "Helle Strandgaard"),
        ("Vinterberg with a V, right?", "Yes", "Jonas Vinterberg"),
        ("staves Vinterberg med W?", "Nej", "Jonas Vinterberg"),
        ("Kvistgaard uden h, ikk?", "Ja", "Rasmus Kvistgaard"),
        ("Aksel Brandtoft har tre navne?", "Nej", "Aksel Brandtoft"),
        ("Does Helle Birkmose have a middle name?", "No", "Helle Birkmose"),
        ("Falkesen is hyphenated, correct?", "No", "Ingrid Falkesen"),
        # a letter counted: two is the letter doubled, one is there and never doubled
        ("Kvistgaard med dobbelt a?", "Ja", "Rasmus Kvistgaard"),
        ("Falkesen med to l?", "Nej", "Ingrid Falkesen"),
        ("Birkmose with two s's, right?", "No", "Helle Birkmose"),
    ],
)
def test_a_claim_about_how_a_name_is_written_is_checked_against_the_name(
    fixture_engine: Engine, question: str, verdict: str, name: str
) -> None:
    answer = fixture_engine.ask(question)
    # The verdict is what is tested: a short Danish line may be answered in English.
    same_verdict = ("Ja", "Yes") if verdict in ("Ja", "Yes") else ("Nej", "No")
    assert answer.text.startswith(same_verdict)
    assert f"«{name}»" in answer.text


@pytest.mark.parametrize("question", ["how do you spell Ravnkilde?", "hvordan staves Ravnkildes navn?"])
def test_asked_how_a_name_is_spelt_the_bot_gives_the_articles_spelling_without_a_verdict(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered
    assert "«Tobias Ravnkilde»" in answer.text
    assert not answer.text.startswith(("Ja", "Nej", "Yes", "No"))


def test_med_before_a_word_claims_no_letter(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Er Ingrid Falkesen med i styregruppen?")
    assert answer.text.startswith("Ja")
    assert "Krageby" in answer.text


def test_a_pronoun_asks_the_spelling_of_the_member_just_named(
    fixture_talk: Callable[[Sequence[str]], Answer],
) -> None:
    answer = fixture_talk(["hvem er fra Søholt?", "han har tre navne?"])
    assert answer.text.startswith("Nej")
    assert "«Aksel Brandtoft»" in answer.text
