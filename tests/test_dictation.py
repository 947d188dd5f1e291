"""Questions as speech-to-text writes them (fixture knowledge: the invented water board)."""

import pytest

from bot.core.dictation import undictated
from bot.core.engine import Engine


def _knows_ari(word: str) -> bool:
    return word in {"ari", "lyngholt", "varde"}


@pytest.mark.parametrize(
    ("said", "typed"),
    [
        ("hvem er formand spørgsmålstegn", "hvem er formand?"),
        ("who chairs it question mark", "who chairs it?"),
        ("hvad er a r i for noget", "hvad er ARI for noget"),
        ("planen gælder fra to tusind og enogtredive", "planen gælder fra 2031"),
        ("the plan runs from twenty thirty one", "the plan runs from 2031"),
        ("tyve enogtredive til tyve fireogtredive", "2031 til 2034"),
        ("i a b c", "i a b c"),
        ("hvem er fra lyng holt?", "hvem er fra lyngholt?"),
        ("var det ikke ham?", "var det ikke ham?"),
        ("ari by", "ari by"),
        ("tyve medlemmer og to tusind kroner", "tyve medlemmer og to tusind kroner"),
    ],
)
def test_dictated_marks_letters_and_years_read_as_typed(said: str, typed: str) -> None:
    assert undictated(said, _knows_ari) == typed


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hvad er helle bikmose for en titel spørgsmålstegn", "miljøchef"),
        ("hvad er a r i for noget", "Grundvandsinstituttet"),
    ],
)
def test_a_dictated_question_is_answered(fixture_engine: Engine, question: str, expected: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered
    assert expected in answer.text


def test_a_word_that_sounds_like_a_name_part_is_no_name_alone(fixture_engine: Engine) -> None:
    # "hele" (whole) sounds like Helle, but nothing beside it says it is a name.
    answer = fixture_engine.ask("hvem står bag hele vandplanen")
    assert "Helle" not in answer.text
