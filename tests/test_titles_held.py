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
    assert '3 of the members have "chef" in their title, in 3 different titles' in text, text
    assert "forsyningsdirektør" not in text, text


def test_titles_with_a_word_say_how_many_members_hold_them_as_well_as_how_many_titles(fixture_engine: Engine) -> None:
    text = fixture_engine.ask("hvor mange direktører er der, alle slags direktørtitler medregnet?").text
    assert text.startswith("4 af medlemmerne har «direktør» i titlen"), text


@pytest.mark.parametrize(
    "question", ["hvem har en chefstitel men er ikke vandchef", "hvem har en chef-titel men er ikke vandchef"]
)
def test_a_title_part_joined_to_the_word_title_filters_by_the_part(fixture_engine: Engine, question: str) -> None:
    text = fixture_engine.ask(question).text
    assert "Helle Birkmose" in text and "Jonas Vinterberg" not in text and "Aksel" not in text, text


@pytest.mark.parametrize("question", ["hvad er deres titler?", "list the theme titles"])
def test_someones_titles_or_the_themes_titles_are_not_the_members_titles_at_large(
    fixture_engine: Engine, question: str
) -> None:
    assert "forskellige titler" not in fixture_engine.ask(question).text
    assert "different titles" not in fixture_engine.ask(question).text
