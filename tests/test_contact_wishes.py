"""The asker's plan to reach a member ("I would like to contact her about a tender") is no claim
about the member: it gets what the article says of them and that it gives no way to reach them,
on the invented fixture knowledge."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold
from bot.core.wishes import as_contact_question

_VERDICTS = {"yes", "no", "ja", "nej", "jo"}


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("I would like to contact Ingrid Falkesen about water.", "How can I contact Ingrid Falkesen?"),
        ("I'd like to get in touch with her regarding a tender", "How can I contact her?"),
        ("Jeg vil gerne kontakte Helle Strandgaard om miljø.", "Hvordan kontakter jeg Helle Strandgaard?"),
        ("jeg skal lige ringe til ham i morgen", "Hvordan kontakter jeg ham?"),
        ("I'd like to know if Falkesen is from Krageby.", "I'd like to know if Falkesen is from Krageby."),
        ("Jeg vil gerne kontakte Falkesen om vand, hvad er hendes titel?", None),
    ],
)
def test_a_plan_to_reach_someone_is_asked_as_how_to_reach_them(message: str, asked: str | None) -> None:
    assert as_contact_question(message) == (asked or message)


@pytest.mark.parametrize(
    "message",
    [
        "I would like to contact Ingrid Falkesen about water.",
        "I want to write to Jonas Vinterberg about a tender.",
        "Jeg vil gerne kontakte Helle Strandgaard om miljø.",
        "Jeg skal mødes med Tobias Ravnkilde om forsyning.",
    ],
)
def test_a_plan_to_reach_a_member_gets_no_verdict(fixture_engine: Engine, message: str) -> None:
    answer = fixture_engine.ask(message)
    assert fold(answer.text).split()[0] not in _VERDICTS, answer.text
    assert answer.outcome == "not_in_article", answer.text


def test_a_plan_to_reach_the_member_just_named_says_the_article_gives_no_way(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("What is Ingrid Falkesen's e-mail address? I would like to contact her about water.")
    assert fold(answer.text).split()[0] not in _VERDICTS, answer.text
    assert "Falkesen" in answer.text and answer.outcome == "not_in_article"
