"""The words a British journalist or a lawyer uses for what the facts hold: a member's
"council", the group as a "panel", "name and job title of the X boss", a headcount "counting
both" of a place, themes that have "the word" X. On the invented fixture knowledge."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which council does Tobias Ravnkilde hail from?", "Lyngholt Kommune"),
        ("Who's the Krageby council's person on the panel?", "Ingrid Falkesen"),
        ("How many persons in total are named as members, counting both Mosevang representatives?", "7"),
        ("which themes have the word klimatilpasning in them", "Theme 3"),
        ("hvilke temaer har ordet drikkevand i sig?", "Tema 1"),
    ],
)
def test_a_question_in_other_words_gets_the_fact_it_asks_for(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and expected in answer.text, answer.text


def test_the_name_and_title_of_an_organisations_boss_asks_for_its_head_not_the_chair(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Name and job title of the ARI boss, please")
    assert answer.source == "fact:organisation:ari:head", (answer.source, answer.text)
