"""Framing that only says where a claim comes from or asks to check it is read off before the
claim is judged: "pursuant to the article", "…, I'm told.", "Am I right in saying …", a tag
"don't they?". On the invented fixture knowledge."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.framing import plain_framing


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "Is it accurate that, pursuant to the article, the plan was adopted in March?",
            "Is it accurate that the plan was adopted in March?",
        ),
        ("Hvem er i henhold til artiklen formand?", "Hvem er formand?"),
        ("Falkesen represents Lyngholt, I'm told. Correct?", "Falkesen represents Lyngholt. Correct?"),
        ("Am I right in saying Krageby's woman is Ingrid Falkesen?", "Krageby's woman is Ingrid Falkesen, correct?"),
        ("who chairs the group according to the article?", "who chairs the group according to the article?"),
        (
            "Min mand siger, at aftalerne kom i 2026, og han har som regel ret. Passer det?",
            "Min mand siger, at aftalerne kom i 2026. Passer det?",
        ),
        ("Og hendes titel, den kan De vel fortælle mig?", "Og hendes titel?"),
        ("Falkesen er fra Krageby, og hun er direktør?", "Falkesen er fra Krageby, og hun er direktør?"),
    ],
)
def test_framing_that_names_the_source_or_asks_to_check_is_read_off(text: str, plain: str) -> None:
    assert plain_framing(text) == plain


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Is it accurate that, pursuant to the article, the plan was adopted by the board of LWB?", "Yes"),
        ("Falkesen represents Lyngholt, I'm told. Correct?", "No"),
        ("Am I right in saying the plan has five themes?", "No"),
        ("The pipe agreements started in 2026, don't they?", "Yes"),
        ("The pipe agreements date back to 2020, don't they?", "No"),
        ("My husband says the pipe agreements started in 2026, and he is usually right. Is that so?", "Yes"),
        ("Min mand siger, at ledningsaftalerne kom i 2020, og han har som regel ret. Passer det?", "Nej"),
    ],
)
def test_a_claim_inside_such_framing_gets_its_own_verdict(fixture_engine: Engine, claim: str, verdict: str) -> None:
    assert fixture_engine.ask(claim).text.startswith(verdict), fixture_engine.ask(claim).text


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (["what is theme 1?", "Then please summarise the first theme in Danish."], "da"),
        (["hvad er tema 2?", "Forklar tema 2 på engelsk"], "en"),
    ],
)
def test_a_request_to_explain_that_ends_by_naming_a_language_is_answered_in_it(
    fixture_engine: Engine, turns: list[str], language: str
) -> None:
    state = None
    for turn in turns:
        answer, state = fixture_engine.converse(turn, state)
    assert answer.answered and answer.language == language, answer.text
