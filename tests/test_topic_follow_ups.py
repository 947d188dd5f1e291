"""Follow-ups that name a new attribute of the last topic (fixture knowledge: the invented water
board): "og formålet?" after the plan's period is the plan's purpose, also after an "ok", and
"in one line" asks for no other fact."""

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer
from bot.core.engine import Engine

Talk = Callable[[Sequence[str]], Answer]


@pytest.mark.parametrize(
    "turns",
    [
        ["Hvilken periode dækker vandplanen?", "og formålet?"],
        ["hvornår blev vandplanen vedtaget?", "og formålet?"],
        ["which years does the plan cover?", "and the purpose?"],
        ["which years does the plan cover?", "ok and the purpose in one line"],
    ],
)
def test_an_attribute_after_and_is_asked_of_the_last_answers_topic(fixture_talk: Talk, turns: list[str]) -> None:
    answer = fixture_talk(turns)
    assert answer.source == "plan-purpose"
    assert not answer.text.startswith(("Yes", "Ja"))


def test_a_nod_before_and_opens_the_next_question(fixture_talk: Talk) -> None:
    assert fixture_talk(["hvornår blev vandplanen vedtaget?", "ok og formålet"]).source == "plan-purpose"


def test_a_plain_nod_is_still_small_talk(fixture_talk: Talk) -> None:
    assert fixture_talk(["which years does the plan cover?", "ok så ved vi det"]).outcome == "smalltalk"


@pytest.mark.parametrize("length", ["in one line", "i én sætning", "kort fortalt", "in a nutshell"])
def test_asking_for_a_short_answer_asks_for_no_other_fact(fixture_engine: Engine, length: str) -> None:
    plain = fixture_engine.ask("hvad er formålet med vandplanen?")
    assert fixture_engine.ask(f"hvad er formålet med vandplanen {length}?").source == plain.source


@pytest.mark.parametrize("length", ["a bit", "a little", "briefly"])
def test_asking_to_explain_a_little_asks_for_the_thing_itself(fixture_engine: Engine, length: str) -> None:
    assert fixture_engine.ask(f"Explain theme 2 {length}").source == fixture_engine.ask("Explain theme 2").source


def test_a_request_after_a_follow_up_question_says_how_to_answer_it(fixture_talk: Talk) -> None:
    answer = fixture_talk(
        ["how many members have the title forsyningsdirektør?", "Which of them? Please give the names"]
    )
    assert "Falkesen" in answer.text and "Ravnkilde" in answer.text


def test_the_municipalities_of_them_are_those_of_the_members_just_listed(fixture_talk: Talk) -> None:
    answer = fixture_talk(["Who has the title teknik- og miljødirektør?", "And the municipalities of them?"])
    assert "Mosevang" in answer.text and "Søholt" in answer.text


def test_a_clause_saying_when_after_a_who_question_gets_no_verdict(fixture_talk: Talk) -> None:
    answer = fixture_talk(["hvem er formand?", "Hvem er formand nu, efter at den gamle gruppe er nedlagt?"])
    assert answer.text.startswith("Formand") and "Kvistgaard" in answer.text


def test_a_wrong_place_claimed_on_the_list_names_who_is_there(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("står Falkesen sidst på listen?")
    assert answer.text.startswith("Nej") and "Kvistgaard" in answer.text


def test_a_wrong_place_claimed_in_a_follow_up_names_who_is_there(fixture_talk: Talk) -> None:
    answer = fixture_talk(["hvem repræsenterer Krageby?", "er hun den sidste på listen?"])
    assert answer.text.startswith("Nej") and "Kvistgaard" in answer.text


@pytest.mark.parametrize("turn", ["Samme svar på engelsk, tak", "same answer in English please"])
def test_the_same_answer_asked_for_in_another_language_is_given_in_it(fixture_talk: Talk, turn: str) -> None:
    answer = fixture_talk(["hvem er formand?", turn])
    assert answer.language == "en" and "Kvistgaard" in answer.text
