"""No input, however strange, makes the engine raise."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.engine import Engine


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_unicode_text_gets_an_answer_object(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.language in ("da", "en")
    assert answer.text
    assert 0 <= answer.confidence <= 100


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "hvem",
                "who",
                "Lars",
                "Aarhus",
                "tema",
                "3",
                "KL",
                "SKI",
                "is",
                "er",
                "med",
                "the",
                "Peter",
                "Odense",
                "formand",
                "😀",
                "\x00",
                "<b>",
                "&amp;",
                "Høje",
                "Taastrup",
                "theme",
                "last",
                "et",
            ]
        ),
        max_size=12,
    )
)
def test_any_mix_of_known_words_gets_an_answer_object(engine: Engine, words: list[str]) -> None:
    answer = engine.ask(" ".join(words))
    assert answer.text


def test_ten_thousand_characters_are_answered_without_error(engine: Engine) -> None:
    assert not engine.ask("x" * 10_000).answered
