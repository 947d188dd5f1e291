"""A why resting on a figure the article states, and "ok?" as a tag that asks to confirm, on
the invented fixture knowledge: four municipalities in the group, more than 30 utilities join
the pipe agreements, a savings potential of just over 2.4 billion kroner."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold


def test_a_why_resting_on_a_figure_the_article_states_gets_no_no(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("hvorfor er 30 kommuner vigtigt?")
    assert fold(answer.text).split()[0].strip(".") != "nej", answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("besparelsespotentiale på godt 3 mia. kr. ok?", "nej"),
        ("besparelsespotentiale på godt 2,4 mia. kr. ok?", "ja"),
        ("Falkesen er fra Lyngholt, okay?", "nej"),
    ],
)
def test_ok_at_the_end_asks_to_confirm_the_claim(fixture_engine: Engine, claim: str, verdict: str) -> None:
    answer = fixture_engine.ask(claim)
    assert fold(answer.text).split()[0].strip(".") == verdict, answer.text


@pytest.mark.parametrize(
    ("fragment", "verdict"),
    [
        ("artikel fra 2030?", "nej"),
        ("artikel fra 2031?", "ja"),
        ("periode 2031-2036?", "nej"),
        ("periode 2031-2034?", "ja"),
    ],
)
def test_a_dated_thing_put_up_with_a_year_and_no_verb_gets_a_verdict(
    fixture_engine: Engine, fragment: str, verdict: str
) -> None:
    answer = fixture_engine.ask(fragment)
    assert fold(answer.text).split()[0].strip(".") == verdict, answer.text
