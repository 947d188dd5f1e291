"""A "tak" closing a request is "please", and a remark closed by "tak" thanks (fixture knowledge:
the invented water board, whose article has a paragraph of thanks)."""

import pytest

from bot.core.engine import Engine


@pytest.mark.parametrize("request_", ["alle medlemmer i styregruppen tak", "hvem sidder i styregruppen tak"])
def test_a_closing_tak_after_a_request_is_please_not_the_thanks_in_the_article(
    fixture_engine: Engine, request_: str
) -> None:
    answer = fixture_engine.ask(request_)
    assert "stor tak" not in answer.text
    assert "Ingrid Falkesen" in answer.text


@pytest.mark.parametrize("thanks", ["det var alt tak", "det var godt tak"])
def test_a_remark_closed_by_tak_is_still_thanks(fixture_engine: Engine, thanks: str) -> None:
    assert fixture_engine.ask(thanks).outcome == "smalltalk"
