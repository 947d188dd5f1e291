"""Something the asker has heard of, then "what is it about?", is asked as what it is or what
the article says of it, on the invented fixture knowledge."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.heard_of import readings_of_heard


@pytest.mark.parametrize(
    ("message", "readings"),
    [
        (
            "hej, jeg har hørt noget om 2,4 mia, hvad handler det om?",
            ("hvad er 2,4 mia?", "hvad siger artiklen om 2,4 mia?"),
        ),
        (
            "I have read something about the pipe agreements - what's that about?",
            ("what is the pipe agreements?", "what does the article say about the pipe agreements?"),
        ),
        ("jeg har hørt at Krageby er med", None),
        ("hvad handler det om?", None),
    ],
)
def test_what_the_asker_heard_of_is_read_as_plain_questions(message: str, readings: tuple[str, str] | None) -> None:
    assert readings_of_heard(message) == readings


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("jeg har hørt noget om 2,4 mia, hvad handler det om?", "2,4 mia"),
        ("I have read something about the pipe agreements - what's that about?", "2.4 billion"),
        ("Jeg har hørt om Krageby, hvad er det for noget?", "Ingrid Falkesen"),
    ],
)
def test_what_the_asker_heard_of_is_answered_from_the_article(
    fixture_engine: Engine, message: str, expected: str
) -> None:
    answer = fixture_engine.ask(message)
    assert answer.answered and expected in answer.text, answer.text
