"""A sentence with a blank to fill ("Udfyld: planen har ___ temaer.") asks what the blank
stands for; it is no claim to confirm. On the invented fixture knowledge."""

from __future__ import annotations

import pytest

from bot.core.blanks import blank_asked
from bot.core.engine import Engine
from bot.core.normalize import fold


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Udfyld: Planen har fokus på ___ temaer.", "Planen har fokus på hvor mange temaer?"),
        ("___ er formand for styregruppen", "hvem er formand for styregruppen?"),
        ("Fill in: the group is chaired by ___", "the group is chaired by who?"),
        ("udfyld: tema 2 er 'Færre ____ fra ledningerne'", "tema 2 er hvad?"),
        ("Udfyld citatet: 'at styrke det ___ samarbejde'", "'at styrke det  samarbejde'"),
        ("Formanden hedder ___ og kommer fra ___", None),
        ("hvem er formand", None),
    ],
)
def test_one_blank_is_put_as_the_question_word_it_stands_for(text: str, asked: str | None) -> None:
    assert blank_asked(text) == asked


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Styregruppen har ___ medlemmer", "6 medlemmer"), ("___ er formand for styregruppen", "Kvistgaard")],
)
def test_a_blank_is_answered_with_what_fills_it_and_no_verdict(
    fixture_engine: Engine, text: str, expected: str
) -> None:
    answer = fixture_engine.ask(text)
    assert expected in answer.text and fold(answer.text).split()[0] not in ("ja", "nej"), answer.text
