"""A part of the article asked for by where it stands ("the lead", "the first lines"), with the
courtesy of a request around it, on the invented fixture knowledge (its lead: "En ny styregruppe
skal føre Søvandsrådets fælles vandplan ud i livet …")."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Kan du give mig manchetten ordret, tak?",
        "what are the first lines of the article?",
        "hvad står der i artiklens første afsnit?",
        "could you quote the lead paragraph?",
    ],
)
def test_the_lead_asked_for_by_where_it_stands_is_quoted(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and "fælles vandplan ud i livet" in answer.text, answer.text


def test_the_first_lines_of_something_else_are_not_the_articles(fixture_engine: Engine) -> None:
    assert not fixture_engine.ask("can you give me the first lines of a poem about rain?").answered


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("explain the 3 themes briefly", "Færre ledningstab"),
        ("forklar kort de 3 temaer", "Klimatilpasning"),
    ],
)
def test_asking_for_it_briefly_asks_the_same_question(fixture_engine: Engine, question: str, expected: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and expected in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    ["Tema 3 ordret, tak", "hvordan lyder tema 3", "Hvordan lyder det sidste tema i faktaboksen helt ordret?"],
)
def test_a_themes_wording_asked_for_politely_is_its_title(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and "«Klimatilpasning ved søbredden»" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "start"),
    [("is Kvistgaard quoted in the piece?", "Yes"), ("is Falkesen quoted in the text?", "No")],
)
def test_whether_a_member_is_quoted_in_the_piece_or_the_text_is_whether_in_the_article(
    fixture_engine: Engine, question: str, start: str
) -> None:
    assert fixture_engine.ask(question).text.startswith(start)
