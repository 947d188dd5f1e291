"""Invisible Unicode format characters (category Cf) never change how a question is read (#11).

A zero-width space pasted inside "formand" used to split it into "for mand"; the fault campaign
found such questions unanswered. ``bot.core.normalize`` now drops every format character before
folding, splitting into words and echoing.
"""

from __future__ import annotations

import random
import sys
import unicodedata
from pathlib import Path

import pytest
import yaml

from bot.core.engine import Engine
from bot.core.normalize import _FORMAT, clean_display, fold, word_pairs

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\U000e0041"]
DATA = Path(__file__).resolve().parent / "data"


def test_every_format_character_of_this_python_is_removed() -> None:
    format_characters = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"]
    assert format_characters
    assert [c for c in format_characters if not _FORMAT.fullmatch(c)] == []
    # and nothing else: every character the pattern removes is a format character (or, for a
    # Unicode newer than this Python's, one not assigned yet)
    removed = [c for c in map(chr, range(sys.maxunicode + 1)) if _FORMAT.fullmatch(c)]
    assert {unicodedata.category(c) for c in removed} <= {"Cf", "Cn"}


@pytest.mark.parametrize("mark", ZERO_WIDTH, ids=lambda c: f"U+{ord(c):04X}")
def test_folding_words_and_display_ignore_format_characters(mark: str) -> None:
    assert fold(f"hvem er for{mark}mand?") == fold("hvem er formand?") == "hvem er formand"
    assert word_pairs(f"Juhl{mark} Win{mark}ther") == word_pairs("Juhl Winther")
    assert clean_display(f"{mark}hvem er for{mark}mand?{mark}") == "hvem er formand?"


def sprinkled(question: str, rng: random.Random, count: int = 3) -> str:
    chars = list(question)
    for _ in range(count):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(ZERO_WIDTH))
    return "".join(chars)


@pytest.mark.parametrize("name", ["dev_questions.yaml", "holdout_questions.yaml", "understanding_a_questions.yaml"])
def test_questions_with_format_characters_get_the_same_answers(engine: Engine, name: str) -> None:
    rng = random.Random(name)
    questions = [str(item["q"]) for item in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))]
    differ = []
    for question in questions:
        if question == "@long":
            continue
        plain, marked = engine.ask(question), engine.ask(sprinkled(question, rng))
        if (plain.outcome, plain.source, plain.text) != (marked.outcome, marked.source, marked.text):
            differ.append(question)
    assert differ == []
