"""Filters and descriptions worded as people word them (fixture knowledge: the invented water
board): a title that "involves" a word, members "without" a municipality, the group named by
who set it up, a topic no theme is named for, and "vedr."/"re:" shorthand."""

import pytest

from bot.core.engine import Engine
from bot.core.neighbours import in_danish


@pytest.mark.parametrize(
    "question", ["Which members have a title that involves environment?", "hvem har en titel der omfatter miljø?"]
)
def test_a_title_that_involves_a_word_lists_its_holders(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert all(name in answer.text for name in ("Strandgaard", "Brandtoft", "Birkmose"))


@pytest.mark.parametrize(
    "question",
    [
        "hvem er med i styregruppen uden at komme fra en kommune",
        "who is in the group without being from a municipality?",
    ],
)
def test_members_without_a_municipality_are_the_organisations_people(fixture_engine: Engine, question: str) -> None:
    text = fixture_engine.ask(question).text
    assert "Birkmose" in text and "Kvistgaard" in text and "Falkesen" not in text


@pytest.mark.parametrize(
    "question",
    [
        "hvem sidder i den styregruppe LWB har nedsat?",
        "hvem er med i gruppen som LWB har nedsat?",
        "who is in the steering group set up by LWB?",
    ],
)
def test_the_group_named_by_who_set_it_up_is_asked_about_whole(fixture_engine: Engine, question: str) -> None:
    text = fixture_engine.ask(question).text
    assert "Falkesen" in text and "Kvistgaard" in text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("is green transition one of the themes?", "Not by name"),
        ("er grøn omstilling et af temaerne?", "Ikke ved navn"),
    ],
)
def test_a_topic_no_theme_is_named_for_is_said_to_be_none_of_them(
    fixture_engine: Engine, question: str, opening: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.text.startswith(opening)
    assert "Klimatilpasning ved søbredden" in answer.text


def test_a_topic_a_theme_is_named_for_still_gets_its_yes(fixture_engine: Engine) -> None:
    assert fixture_engine.ask("is climate adaptation one of the themes?").text.startswith("Yes")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("signe quote re: 80 kommuner?", "signe quote about 80 kommuner?"),
        ("hvad siger hun vedr. besparelsen?", "hvad siger hun om besparelsen?"),
        ("Hvem er med? Mvh. Vedrana", "Hvem er med? Mvh. Vedrana"),
    ],
)
def test_regarding_shorthand_is_read_as_the_word_it_stands_for(typed: str, read: str) -> None:
    assert in_danish(typed) == read


def test_what_a_member_says_regarding_a_topic_quotes_them(fixture_engine: Engine) -> None:
    assert "tabet af drikkevand" in fixture_engine.ask("hvad siger Kvistgaard vedr. ledningstab?").text


@pytest.mark.parametrize(
    "question",
    ["What is ARI exactly, is it like our own institute?", "hvad er ARI, er det ligesom vores eget institut?"],
)
def test_a_likeness_the_article_never_draws_leaves_the_question_before_it_answered(
    fixture_engine: Engine, question: str
) -> None:
    assert "Aquifer Research Institute" in fixture_engine.ask(question).text


@pytest.mark.parametrize("question", ["who are the environment people?", "hvem er de miljø folk?"])
def test_the_people_of_a_field_are_those_with_it_in_their_title(fixture_engine: Engine, question: str) -> None:
    text = fixture_engine.ask(question).text
    assert all(name in text for name in ("Strandgaard", "Brandtoft", "Birkmose")) and "Kvistgaard" not in text, text


def test_a_curators_short_name_for_a_title_with_an_abbreviation_in_it_is_read_as_typed(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("hvor mange fors.dir.?")
    assert "Falkesen" in answer.text
    assert "Ravnkilde" in answer.text


@pytest.mark.parametrize(
    "question", ["How many persons are in the new steering group of LWB?", "hvem er med i styregruppen hos LWB?"]
)
def test_the_group_named_by_its_owner_is_the_whole_group_not_the_owners_seat(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert "6" in answer.text
    assert "Ingrid Falkesen" in answer.text or "4 municipalities" in answer.text


def test_a_filter_with_its_exclusion_after_a_comma_keeps_the_exclusion(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Which members are from organisations, not from municipality?")
    assert "Helle Birkmose" in answer.text
    assert "Ingrid Falkesen" not in answer.text
