"""A request for a quote put as a request to the bot ("kan du give mig citatet om …",
"læs citatet op", "quote the bit about …"), on the invented fixture knowledge."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("læs citatet op om de utætte rør", "passage:chair-leaks"),
        ("Kan du give mig citatet om skybruddene ordret?", "passage:chair-climate"),
        ("can you give me the quote about the 40 millimetres", "passage:chair-climate"),
    ],
)
def test_a_request_for_a_quote_gets_the_paragraph(fixture_engine: Engine, question: str, passage: str) -> None:
    assert fixture_engine.ask(question).source == passage


@pytest.mark.parametrize(
    "question",
    [
        "can you give me the quote about the 40 millimetres",
        "kan du give mig citatet om de 40 millimeter",
        "can you give me the exact quote about 2,4 billion",
    ],
)
def test_a_request_to_the_bot_is_no_claim_to_say_yes_to(fixture_engine: Engine, question: str) -> None:
    assert fold(fixture_engine.ask(question).text).split()[0] not in {"yes", "ja"}


@pytest.mark.parametrize(
    ("question", "verdict"),
    [("kan du bekræfte at Falkesen er fra Krageby?", "ja"), ("kan du sige om Falkesen er fra Lyngholt?", "nej")],
)
def test_a_request_to_confirm_or_say_whether_is_still_a_claim(
    fixture_engine: Engine, question: str, verdict: str
) -> None:
    assert fold(fixture_engine.ask(question).text).split()[0] == verdict
