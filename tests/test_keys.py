"""Suggestion keys (``e:``/``p:``) are made and read by ``bot.core.answer`` only."""

from __future__ import annotations

from bot.core.answer import SuggestionKey, entry_key, parse_key, person_key
from bot.core.engine import Engine


def test_suggestion_keys_round_trip() -> None:
    assert parse_key(entry_key("chair")) == SuggestionKey("e", "chair")
    assert parse_key(person_key("Lars Holte")) == SuggestionKey("p", "Lars Holte")
    assert str(SuggestionKey("p", "Lars Holte")) == "p:Lars Holte"
    for not_a_key in ("", "e:", "x:chair", "chair", ":chair"):
        assert parse_key(not_a_key) is None


def test_every_key_the_engine_offers_parses_and_answers(engine: Engine) -> None:
    offered = [s for q in ("who is lars", "members or themes") for s in engine.ask(q).suggestions]
    parsed = [parse_key(s.key) for s in offered]
    assert None not in parsed
    assert {key.kind for key in parsed if key is not None} == {"e", "p"}
    assert all(engine.answer_key(s.key, "en") is not None for s in offered)
