"""A dictated question's filler ("øh", "um", "ligesom", "like", "altså") is no word of what is
asked; "like" that compares ("like him", "like the others") or is a verb ("I like") stays. On
the invented fixture knowledge."""

from __future__ import annotations

import pytest

from bot.core.dictation import without_fillers
from bot.core.engine import Engine


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("hvem er ligesom forsyningsdirektør i krageby", "hvem er forsyningsdirektør i krageby"),
        ("and like who sits like right after him", "and who sits right after him"),
        ("um why does mosevang have two people like", "why does mosevang have two people"),
        ("hvad er hans ligesom stilling altsa", "hvad er hans stilling"),
        ("is he a director like the others?", "is he a director like the others?"),
        ("hvem andre er vandchef ligesom ham", "hvem andre er vandchef ligesom ham"),
        ("I like the plan", "I like the plan"),
        ("saa han er ogsaa vandchef ligesom jonas?", "saa han er ogsaa vandchef ligesom jonas?"),
    ],
)
def test_filler_words_are_dropped_and_comparisons_kept(said: str, read: str) -> None:
    assert without_fillers(said) == read


@pytest.mark.parametrize(
    ("question", "expected", "language"),
    [
        ("øh ingrid falkesen", "forsyningsdirektør", "da"),
        ("hvem er ligesom forsyningsdirektør i krageby", "Falkesen", "da"),
        ("um who is like the chair", "Kvistgaard", "en"),
    ],
)
def test_a_question_with_filler_is_answered_in_its_own_language(
    fixture_engine: Engine, question: str, expected: str, language: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and expected in answer.text and answer.language == language, answer.text


def test_a_danish_part_with_i_for_in_is_asked_not_taken_for_a_remark_of_the_asker(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("formand + antal kommuner i gruppen")
    assert "Rasmus Kvistgaard" in answer.text
    assert "4 kommuner" in answer.text


def test_asap_after_a_question_asks_nothing_of_its_own(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("TITEL på Aksel Brandtoft ASAP")
    assert answer.answered
    assert "teknik- og miljødirektør" in answer.text
