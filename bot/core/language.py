"""Decides whether a question is Danish or English, so the answer can match it."""

from __future__ import annotations

from bot.core.knowledge import Lang
from bot.core.lexicon import DANISH_CUES, ENGLISH_CUES

_DANISH_LETTERS = frozenset("æøåÆØÅ")
_OPENERS: dict[str, Lang] = {
    **dict.fromkeys(("who", "what", "when", "where", "which", "why", "how", "whose"), "en"),
    **dict.fromkeys(("hvem", "hvad", "hvornar", "hvor", "hvilken", "hvilket", "hvilke", "hvorfor", "hvordan"), "da"),
}


def detect_language(
    words: list[tuple[str, str]],
    default: Lang,
    danish: frozenset[str] = DANISH_CUES,
    english: frozenset[str] = ENGLISH_CUES,
) -> Lang:
    """Vote with cue words; æ/ø/å outside names count for Danish; a tie keeps ``default``.

    ``words`` are (as typed, folded) pairs with names already removed, so "Mandøe" in an
    English question does not make it Danish.
    """
    danish_votes = sum(1 for _, w in words if w in danish)
    english_votes = sum(1 for _, w in words if w in english)
    if any(c in _DANISH_LETTERS for raw, _ in words for c in raw):
        danish_votes += 1
    if danish_votes > english_votes:
        return "da"
    if english_votes > danish_votes:
        return "en"
    # "which kommune": a tie between a question word and a Danish word of the article, which
    # English speakers borrow, is the question word's language.
    opener = next((w for _, w in words), "")
    if opener in _OPENERS:
        return _OPENERS[opener]
    return default
