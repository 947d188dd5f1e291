"""Decides whether a question is Danish or English, so the answer can match it."""

from __future__ import annotations

from bot.knowledge import Lang
from bot.lexicon import DANISH_CUES, ENGLISH_CUES

_DANISH_LETTERS = frozenset("æøåÆØÅ")


def detect_language(words: list[tuple[str, str]], default: Lang) -> Lang:
    """Vote with cue words; æ/ø/å outside names count for Danish; a tie keeps ``default``.

    ``words`` are (as typed, folded) pairs with names already removed, so "Mandøe" in an
    English question does not make it Danish.
    """
    danish = sum(1 for _, w in words if w in DANISH_CUES)
    english = sum(1 for _, w in words if w in ENGLISH_CUES)
    if any(c in _DANISH_LETTERS for raw, _ in words for c in raw):
        danish += 1
    if danish > english:
        return "da"
    if english > danish:
        return "en"
    return default
