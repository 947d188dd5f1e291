"""Where in the article something stands ("In which section are the themes listed?") is
answered with the part of the article the answer about that thing rests on, on the invented
fixture knowledge."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.located import located_asked


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Under hvilken mellemrubrik står listen over medlemmerne?", ("listen over medlemmerne?", "da")),
        ("In which section of the article are the five themes listed? I need it.", ("the five themes?", "en")),
        ("where in the article is the chair named?", ("the chair?", "en")),
        ("hvem er formand?", None),
    ],
)
def test_a_where_in_the_article_question_names_the_thing_it_asks_about(
    question: str, asked: tuple[str, str] | None
) -> None:
    assert located_asked(question) == asked


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("In which section of the article are the themes listed?", "fact box on the water plan"),
        ("I hvilket afsnit står temaerne?", "faktaboksen om vandplanen"),
        ("where in the article is the chair named?", "list of the group's members"),
    ],
)
def test_where_something_stands_is_the_part_its_answer_rests_on(
    fixture_engine: Engine, question: str, part: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and part in answer.text, answer.text
