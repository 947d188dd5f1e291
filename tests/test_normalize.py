"""Normalisation: the ways Danes type the same word meet in one form."""

from __future__ import annotations

import pytest

from bot.core.language import detect_language
from bot.core.normalize import fold, stem, word_pairs


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("København", "kobenhavn"),
        ("Koebenhavn", "kobenhavn"),
        ("Kobenhavn", "kobenhavn"),
        ("Århus", "arhus"),
        ("Aarhus", "arhus"),
        ("Hjørring", "hjorring"),
        ("Hjoerring", "hjorring"),
        ("Holbæk", "holbaek"),
        ("Svendsen-Tune", "svendsen tune"),
        ("KL’s", "kl"),
        ("  Hvem   ER ", "hvem er"),
        ("Mandøe", "mando"),
        ("Mandoe", "mando"),
    ],
)
def test_spellings_of_one_word_fold_to_the_same_form(typed: str, folded: str) -> None:
    assert fold(typed) == folded


def test_word_pairs_keep_the_typed_form_for_echoing_names() -> None:
    assert word_pairs("Er Søren Ås med?") == [("Er", "er"), ("Søren", "soren"), ("Ås", "as"), ("med", "med")]


@pytest.mark.parametrize(
    ("a", "b"), [("kommunerne", "kommune"), ("medlemmer", "medlem"), ("represented", "represents"), ("themes", "theme")]
)
def test_inflections_share_a_stem(a: str, b: str) -> None:
    assert stem(a) == stem(b)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("hvem er formand", "da"),
        ("who is the chair", "en"),
        ("tema 3", "da"),
        ("theme 3", "en"),
        ("formanden", "da"),
        ("tak for hjælpen", "da"),
        ("which kommuner are in the group", "en"),
    ],
)
def test_language_follows_the_words_of_the_question(question: str, language: str) -> None:
    assert detect_language(word_pairs(question), default="en") == language


def test_a_question_without_language_cues_keeps_the_default() -> None:
    assert detect_language(word_pairs("Nyborg?"), default="da") == "da"


@pytest.mark.parametrize(
    ("question", "default", "language"), [("which kommune", "da", "en"), ("hvilken municipality", "en", "da")]
)
def test_a_tie_between_a_question_word_and_a_borrowed_word_is_the_question_words_language(
    question: str, default: str, language: str
) -> None:
    assert detect_language(word_pairs(question), default=default) == language


@pytest.mark.parametrize(
    ("spaced", "typed"), [("kl s strategi", "kl's strategi"), ("what is ski s role", "what is ski's role")]
)
def test_a_genitive_typed_with_a_space_for_its_apostrophe_reads_as_the_genitive(spaced: str, typed: str) -> None:
    assert [w for _, w in word_pairs(spaced)] == [w for _, w in word_pairs(typed)]


def test_a_lone_s_after_a_number_is_left_alone() -> None:
    assert [w for _, w in word_pairs("tema 5 s")] == ["tema", "5", "s"]
