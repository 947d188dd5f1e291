"""Claims that affirm one value and deny another ("A og ikke B", "ikke A men B"), on the
invented fixture knowledge: each half is checked on its own."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold

CONTRASTS = [
    ("Ingrid Falkesen er forsyningsdirektør og ikke miljøchef?", "ja"),
    ("Ingrid Falkesen er miljøchef og ikke forsyningsdirektør?", "nej"),
    ("Falkesen er vist miljøchef og ikke forsyningsdirektør, sådan som jeg husker det", "nej"),
    ("Is Ingrid Falkesen head of environment and not utilities director?", "no"),
    ("Ingrid Falkesen er fra Krageby, ikke Lyngholt?", "ja"),
    ("Ingrid Falkesen er fra Lyngholt og ikke fra Krageby, right?", "nej"),
    ("Ingrid Falkesen er ikke fra Lyngholt men fra Krageby?", "ja"),
    ("Ingrid Falkesen is not from Krageby but from Lyngholt?", "no"),
]


@pytest.mark.parametrize(("question", "verdict"), CONTRASTS)
def test_a_claim_setting_one_value_against_another_is_true_only_if_both_halves_are(
    fixture_engine: Engine, question: str, verdict: str
) -> None:
    answer = fixture_engine.ask(question)
    assert fold(answer.text).split()[0] == verdict, answer.text
    assert "Falkesen" in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("formanden kommer fra ARI, ikke fra LWB?", "ja"),
        ("formanden kommer fra LWB, ikke fra ARI?", "nej"),
        ("the chair is from LWB, not from ARI, right?", "no"),
        ("the chair is from ARI and not from LWB, right?", "yes"),
    ],
)
def test_an_organisation_denied_after_another_is_affirmed_is_ruled_out_not_claimed(
    fixture_engine: Engine, question: str, verdict: str
) -> None:
    answer = fixture_engine.ask(question)
    assert fold(answer.text).split()[0] == verdict, answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Falkesen er ikke fra Krageby... hun er fra Lyngholt, ikk?", "nej"),
        ("Falkesen er ikke fra Lyngholt... hun er fra Krageby, ikk?", "ja"),
        ("Falkesen isn't from Krageby, she's from Lyngholt, right?", "no"),
        ("Surely the chair isn't from LWB... it's Kvistgaard from ARI, right?", "yes"),
    ],
)
def test_a_denial_then_a_pronoun_resuming_is_checked_half_by_half(
    fixture_engine: Engine, question: str, verdict: str
) -> None:
    answer = fixture_engine.ask(question)
    assert fold(answer.text).split()[0] == verdict, answer.text


@pytest.mark.parametrize(
    "question", ["The chair isn't from ARI, it's from LWB, right?", "formanden er ikke fra ARI men fra LWB?"]
)
def test_a_false_second_half_after_a_denial_about_the_chair_gets_no_yes(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert fold(answer.text).split()[0] not in {"yes", "ja", "thats", "det"}, answer.text
