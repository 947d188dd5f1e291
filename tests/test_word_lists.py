"""The engine's word lists are written as the words they meet: folded ("does" is "dos" once
folded, "dækker" is "daekker"). A list written raw never matches and fails silently, as
"doesn't" did for every English negation."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import bot.core
from bot.core.engine import Engine
from bot.core.normalize import fold

RAW_ON_PURPOSE = {
    ("claims", "_SCALE"),  # units by case: "M" and "G" are mega and giga, "m" is metres
    ("claims", "AMOUNT_UNITS"),
    ("claims", "_STRESSED_ONE"),  # "én" and "ét" as typed, told apart from "en" and "et"
    ("language", "_DANISH_LETTERS"),
    ("list_neighbours", "_DANISH_WAYS"),  # matched on the words as typed, before folding
    ("moves", "BEFORE_RAW"),
    ("moves", "_OTHER_SIDE"),  # "før" folds to "for", so the sides are read as typed
    ("turn_words", "BEFORE_RAW"),
    ("neighbours", "_NEIGHBOUR_WORDS"),  # Swedish and Norwegian, matched with their own letters
    ("neighbours", "_FIRST_WORDS"),
}


def _word_lists() -> list[tuple[str, str, frozenset[str]]]:
    found = []
    for module_info in pkgutil.iter_modules(bot.core.__path__):
        module = importlib.import_module(f"bot.core.{module_info.name}")
        for name, value in vars(module).items():
            if not name.lstrip("_").isupper() or (module_info.name, name) in RAW_ON_PURPOSE:
                continue
            words = value.keys() if isinstance(value, dict) else value if isinstance(value, frozenset) else ()
            if words and all(isinstance(w, str) for w in words):
                found.append((module_info.name, name, frozenset(words)))
    return found


@pytest.mark.parametrize(("module", "name", "words"), _word_lists(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_word_of_a_word_list_is_written_folded(module: str, name: str, words: frozenset[str]) -> None:
    raw = sorted(w for w in words if w.replace(" ", "").isalpha() and fold(w) != w)
    assert not raw, f"{module}.{name} holds words no folded text has: {raw}"


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Falkesen doesn't come from Krageby, right?", "not"),
        ("Falkesen doesn't come from Lyngholt, right?", "that"),
        ("does Falkesen sit in the group?", "yes"),
    ],
)
def test_does_and_doesnt_are_read_as_the_opener_and_the_negation_they_are(
    fixture_engine: Engine, question: str, verdict: str
) -> None:
    assert fold(fixture_engine.ask(question).text).split()[0] == verdict
