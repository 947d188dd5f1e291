"""The titles the members hold, each once (bot/core/titles_held.py), on the invented fixture
knowledge: six members hold five titles; two are forsyningsdirektør and two teknik- og
miljødirektør."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "alle titler i styregruppen?",
        "how many different job titles are in the list?",
        "hvilke titler har medlemmerne?",
        "which titles appear more than once?",
    ],
)
def test_the_titles_asked_for_are_each_named_once_with_their_holders(fixture_engine: Engine, question: str) -> None:
    text = fixture_engine.ask(question).text
    assert "5" in text.splitlines()[0], text
    assert text.count("forsyningsdirektør") == 1 and "Ingrid Falkesen, Tobias Ravnkilde" in text, text


def test_titles_with_a_word_named_are_only_those_holding_it(fixture_engine: Engine) -> None:
    text = fixture_engine.ask("which titles have chef in them?").text
    assert '3 different titles with "chef"' in text and "forsyningsdirektør" not in text, text


@pytest.mark.parametrize("question", ["hvad er deres titler?", "list the theme titles"])
def test_someones_titles_or_the_themes_titles_are_not_the_members_titles_at_large(
    fixture_engine: Engine, question: str
) -> None:
    assert "forskellige titler" not in fixture_engine.ask(question).text
    assert "different titles" not in fixture_engine.ask(question).text
