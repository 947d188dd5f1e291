"""A why-question takes its clause for granted ("why is Falkesen from Lyngholt?"): when the
article shows that clause false, the answer is the "No" and the fact, on the invented fixture
knowledge; a true or unchecked premise leaves the why to be answered as before."""

from __future__ import annotations

import pytest

from bot.core.claim_and_why import why_premise
from bot.core.engine import Engine
from bot.core.normalize import fold


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("why is Falkesen from Lyngholt?", "Krageby"),
        ("hvorfor er Falkesen fra Lyngholt?", "Krageby"),
        ("why are there 7 themes?", "3 themes"),
        ("Why did LWB's board reject the water plan in March?", "adopted"),
    ],
)
def test_a_why_resting_on_a_false_claim_gets_no_and_the_fact(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    answer = fixture_engine.ask(question)
    assert fold(answer.text).split()[0] in ("no", "nej") and expected in answer.text, answer.text


@pytest.mark.parametrize("question", ["why is Falkesen from Krageby?", "hvorfor er Kvistgaard formand?"])
def test_a_why_resting_on_a_true_claim_gets_no_verdict(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert fold(answer.text).split()[0] not in ("no", "nej", "yes", "ja"), answer.text


@pytest.mark.parametrize(
    ("question", "premise"),
    [
        ("Why was the group set up by the ministry?", "was the group set up by the ministry?"),
        ("og hvorfor har de kun sparet 180 mio?", "har de kun sparet 180 mio?"),
        ("why did LWB's board reject the plan?", "did LWB's board reject the plan?"),
        ("why does it say 'formand' after Mandøe?", None),
        ("why SKI?", None),
        ("why the board of LWB?", None),
        ("hvorfor er det?", None),
        ("who is the chair?", None),
    ],
)
def test_the_premise_of_a_why_question_is_its_clause_asked_yes_or_no(question: str, premise: str | None) -> None:
    assert why_premise(question) == premise


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did the board reject the plan in March?", "no"),
        ("did the board adopt the plan in March?", "yes"),
    ],
)
def test_a_claim_of_the_act_that_undoes_the_reported_one_is_denied(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    answer = fixture_engine.ask(question)
    assert fold(answer.text).split()[0] == expected, answer.text


@pytest.mark.parametrize(
    "question", ["why is a head of research chairing the group?", "hvorfor er det en forskningschef der er formand?"]
)
def test_a_why_whose_premise_holds_says_the_reason_is_not_given_without_a_yes(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    opening = fold(answer.text).split()[0]
    asked_word = "why" if question.startswith("why") else "hvorfor"
    assert opening not in ("yes", "ja") and "Kvistgaard" in answer.text, answer.text
    assert asked_word in fold(answer.text).split(), answer.text
