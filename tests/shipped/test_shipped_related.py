"""Related questions (issue #8): what follows on from an answer, over the shipped knowledge."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.related import LIMIT, related, related_question

QUESTIONS = [
    "hvem repræsenterer Aarhus?",
    "who represents Viborg?",
    "who is Peter Karm?",
    "who chairs the group?",
    "what is theme 2?",
    "what is theme 5?",
    "what is KL?",
    "hvad er de forpligtende aftaler?",
    "how much have the agreements saved?",
]


def _keys(engine: Engine, question: str) -> list[str]:
    return [r.key for r in related(engine.knowledge, engine.ask(question))]


def test_after_a_member_come_their_seat_and_the_chair(engine: Engine) -> None:
    assert _keys(engine, "who is Peter Karm?") == ["m:Vejle", "c"]


def test_after_a_municipality_come_its_members_and_the_chair(engine: Engine) -> None:
    assert _keys(engine, "who represents Viborg?") == ["p:Lasse Jacobsen", "p:Klaus Christiansen", "c"]


def test_after_the_chair_comes_the_chairs_name_first_and_never_the_chair_again(engine: Engine) -> None:
    keys = _keys(engine, "who chairs the group?")
    assert keys[0] == "p:Morten Mandøe" and "c" not in keys and "e:chair" not in keys


def test_after_a_theme_comes_the_next_theme(engine: Engine) -> None:
    assert _keys(engine, "what is theme 2?")[0] == "h:3"
    assert _keys(engine, "what is theme 5?") == ["h:4"]


def test_after_an_entry_come_the_entries_written_beside_it(engine: Engine) -> None:
    assert _keys(engine, "hvad er de forpligtende aftaler?") == ["e:agreements-start", "e:savings", "e:participation"]


def test_what_the_article_cannot_answer_gets_no_related_questions(engine: Engine) -> None:
    assert related(engine.knowledge, engine.ask("what is the steering group's budget?")) == ()
    assert related(engine.knowledge, engine.ask("who is lars")) == ()


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_related_question_is_answered_by_the_engine_as_typed(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    offered = related(engine.knowledge, answer)
    assert 1 <= len(offered) <= LIMIT
    for item in offered:
        assert engine.ask(item.question, answer.language).outcome == "answer", item.question


def test_related_questions_are_in_the_language_of_the_answer(engine: Engine) -> None:
    (first, *_) = related(engine.knowledge, engine.ask("hvem er Peter Karm?"))
    assert first.question == "Hvem repræsenterer Vejle?"


@pytest.mark.parametrize(
    "key", ["", "c:x", "m:Odense", "p:Nobody", "h:0", "h:6", "h:x", "o:nope", "e:greeting", "e:nope"]
)
def test_a_key_that_names_nothing_asks_nothing(engine: Engine, key: str) -> None:
    assert related_question(engine.knowledge, key, "en") is None
