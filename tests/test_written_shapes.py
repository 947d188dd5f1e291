"""Messages in the shapes chat gives them (fixture knowledge: the invented water board): all in
capitals, questions listed as a) and b), a number guessed after a count."""

import pytest

from bot.core.engine import Engine
from bot.core.written_shapes import good_name_plain, regarding_plain, whose_asked


def test_a_question_in_capitals_is_read_as_in_lower_case(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("NAME THE CHAIR AND HIS TITLE")
    assert "Rasmus Kvistgaard" in answer.text
    assert "forskningschef" in answer.text


def test_questions_listed_with_letters_are_each_answered(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("a) who chairs the group b) how many themes are there")
    assert "Rasmus Kvistgaard" in answer.text
    assert "Klimatilpasning ved søbredden" in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("hvor mange temaer har vandplanen - fem?", "Nej."),
        ("hvor mange temaer har vandplanen - tre?", "Ja."),
        ("how many themes does the water plan have, 3?", "Yes."),
    ],
)
def test_a_number_guessed_after_a_count_gets_its_verdict(fixture_engine: Engine, question: str, verdict: str) -> None:
    assert fixture_engine.ask(question).text.startswith(verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("hvor mange mia har ledningsaftalerne sparet, var det 1,5?", "Nej."),
        ("hvor mange mia har ledningsaftalerne sparet - 2,4?", "Ja."),
        ("how much have the pipe agreements saved, 3 billion?", "No."),
    ],
)
def test_a_sum_guessed_after_asking_how_much_gets_its_verdict(
    fixture_engine: Engine, question: str, verdict: str
) -> None:
    assert fixture_engine.ask(question).text.startswith(verdict)


def test_a_count_answered_with_a_span_of_years_gets_no_verdict_on_the_guess(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("hvor mange år dækker vandplanen - 3?")
    assert answer.text == "Vandplanen gælder for 2031-2034."


def test_a_remark_after_the_comma_of_a_question_leaves_the_question(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("what is ARI exactly, someone asked in the meeting")
    assert answer.text.startswith("ARI is the Aquifer Research Institute")


@pytest.mark.parametrize("question", ["hvis styregruppe er det?", "hvis er styregruppen?", "Hvis styregruppe er det"])
def test_the_danish_hvis_before_its_verb_asks_whose_and_is_answered_without_a_verdict(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert not answer.text.startswith("Ja")
    assert "LWB" in answer.text


def test_the_danish_hvis_opening_a_condition_is_left_as_written() -> None:
    assert (
        whose_asked("hvis Brandtoft er fra Søholt, hvad er han så?") == "hvis Brandtoft er fra Søholt, hvad er han så?"
    )


@pytest.mark.parametrize(
    ("question", "member"),
    [
        ("hvem står på plads 2 på listen?", "Tobias Ravnkilde"),
        ("the person on position 3, who is it please?", "Helle Strandgaard"),
        ("hvem står allernederst på listen?", "Rasmus Kvistgaard"),
    ],
)
def test_a_place_on_the_list_said_as_a_position_or_with_aller_is_that_place(
    fixture_engine: Engine, question: str, member: str
) -> None:
    assert member in fixture_engine.ask(question).text


@pytest.mark.parametrize(
    ("written", "read"),
    [("and her good name?", "and her name?"), ("Kindly tell the good names of both", "Kindly tell the names of both")],
)
def test_the_good_name_of_indian_english_is_read_as_the_name(written: str, read: str) -> None:
    assert good_name_plain(written) == read


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who set the group up?", "LWB (the Lakeside Water Board) set up"),
        ("who set the steering group up in the first place?", "LWB (the Lakeside Water Board) set up"),
        ("Who's the wee man from Søholt on the list?", "Aksel Brandtoft"),
    ],
)
def test_a_phrasal_verb_apart_and_scottish_or_emphatic_filler_ask_what_they_would_without(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered
    assert expected in answer.text


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("hvad er han så for en, stillingsmæssigt?", "hvad er han så for en, stilling?"),
        ("og jobmaessigt?", "og job?"),
        ("hvem er formand?", "hvem er formand?"),
    ],
)
def test_an_attribute_said_as_regards_it_is_read_as_that_attribute(written: str, read: str) -> None:
    assert regarding_plain(written) == read
