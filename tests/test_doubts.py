"""A doubt about the last answer ("er du sikker?", "that's wrong"), over the invented knowledge:
the article's answer again with its date, never given up, and the conversation goes on."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer
from bot.core.normalize import fold

Talk = Callable[[Sequence[str]], Answer]


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (["who chairs the group?", "are you sure?"], "en"),
        (["hvem er formand?", "er du helt sikker?"], "da"),
        (["who chairs the group?", "hmm, really?"], "en"),
        (["hvem er formand?", "det passer ikke"], "da"),
        (["who chairs the group?", "that's wrong"], "en"),
        (["who chairs the group?", "no, you're wrong"], "en"),
        (["who chairs the group?", "u sure?"], "en"),
    ],
)
def test_a_doubt_gets_the_last_answer_again_with_the_articles_date(
    fixture_talk: Talk, turns: list[str], language: str
) -> None:
    doubt = fixture_talk(turns)
    assert doubt.answered and doubt.language == language, doubt.text
    assert "Kvistgaard" in doubt.text and "02-05-2031" in doubt.text, doubt.text


@pytest.mark.parametrize("turns", [["who chairs the group?", "that's wrong"], ["hvem er formand?", "det er forkert"]])
def test_a_flat_denial_is_told_the_article_may_be_out_of_date_but_not_given_way_to(
    fixture_talk: Talk, turns: list[str]
) -> None:
    doubt = fixture_talk(turns)
    assert "Kvistgaard" in doubt.text and ("since" in doubt.text or "siden" in doubt.text), doubt.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [(["who chairs the group?", "are you sure?"], "yes"), (["hvem er formand?", "er du sikker?"], "ja")],
)
def test_are_you_sure_after_a_plain_answer_is_a_yes(fixture_talk: Talk, turns: list[str], expected: str) -> None:
    doubt = fixture_talk(turns)
    assert fold(doubt.text).split()[0] == expected, doubt.text


@pytest.mark.parametrize(
    ("turns", "opening"),
    [
        (["Falkesen is from Søholt, right?", "are you sure?"], "yes i am sure"),
        (["er Falkesen fra Søholt?", "er du sikker?"], "ja det er jeg sikker pa"),
    ],
)
def test_a_doubt_after_a_no_says_in_words_that_the_yes_is_to_being_sure(
    fixture_talk: Talk, turns: list[str], opening: str
) -> None:
    # A bare "Yes" to "are you sure?" after "No, Falkesen is from Krageby" would read both ways.
    doubt = fixture_talk(turns)
    assert fold(doubt.text).startswith(opening), doubt.text
    assert "Krageby" in doubt.text, doubt.text


def test_the_conversation_goes_on_about_the_same_thing_after_a_doubt(fixture_talk: Talk) -> None:
    answer = fixture_talk(["who chairs the group?", "are you sure?", "and his title?"])
    assert "head of research" in answer.text, answer.text


@pytest.mark.parametrize(
    ("doubt", "expected"),
    [
        ("er du sikker på at det er Kvistgaard?", "ja"),
        ("er du sikker på at det er Falkesen?", "nej"),
        ("are you sure it's Falkesen?", "no"),
    ],
)
def test_a_doubt_naming_someone_checks_that_one_against_the_last_answer(
    fixture_talk: Talk, doubt: str, expected: str
) -> None:
    answer = fixture_talk(["hvem er formand?", doubt])
    assert fold(answer.text).split()[0] == expected, answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["hvem er formand?", "Er du sikker? Jeg troede, det var LWB's direktør."],
        ["who chairs the group?", "are you sure? I thought it was Falkesen"],
    ],
)
def test_a_doubt_with_what_the_writer_believed_instead_is_answered_as_sure_with_the_last_answer(
    fixture_talk: Talk, turns: list[str]
) -> None:
    answer = fixture_talk(turns)
    assert fold(answer.text).split()[0] in {"ja", "yes"} and "Kvistgaard" in answer.text, answer.text
    assert "Falkesen" not in answer.text, answer.text
