"""Two members set against each other with "vs" (on the invented fixture knowledge): side by side,
with a same-or-not verdict only where the question asks for one."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold


@pytest.mark.parametrize("question", ["Falkesen vs Ravnkilde", "Kvistgaard vs Falkesen - hvem bestemmer mest?"])
def test_members_set_against_each_other_alone_get_no_verdict(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert fold(answer.text).split()[0] not in {"yes", "no", "ja", "nej"}, answer.text
    assert "Falkesen" in answer.text, answer.text


def test_members_set_against_each_other_on_a_named_attribute_get_its_verdict(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Falkesen vs Ravnkilde samme titel?")
    assert fold(answer.text).split()[0] == "ja", answer.text
