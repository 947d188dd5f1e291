"""Text normalisation shared by the knowledge index and incoming questions.

Danish users type the same word many ways: "København", "Koebenhavn", "Kobenhavn";
"Århus", "Aarhus", "Arhus". Folding all of them to one skeleton lets exact lookups do
most of the work, so fuzzy scoring only has to absorb real typos.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.core.patterns import lazy

MAX_QUESTION_CHARS = 300
"""Longer messages are cut before matching: no real question is that long."""

_LETTER_FOLDS = (("æ", "ae"), ("ø", "o"), ("å", "a"), ("ß", "ss"))
# Digraphs are folded after the letters so "ø", "oe" and "o" (and "å", "aa", "a") meet.
_DIGRAPH_FOLDS = (("aa", "a"), ("oe", "o"))
_HE_IS = lazy(r"\b(he|she|it)['’`´]s\b", re.IGNORECASE)
"""'she's on the group too?', 'it's Karm?': "she is", "it is", never a genitive (which the rule below drops)."""
_POSSESSIVE = lazy(r"(\w)['’`´]s\b")
_CONTRACTION = lazy(r"(\w)['’`´](\w)")  # "don't" -> "dont"
_SPACED_POSSESSIVE = lazy(r"(?<=[^\W\d_]{2})\s+s(?=\s)")
"""'kl s indkøbsstrategi': a genitive typed with a space for its apostrophe, dropped as "'s" is."""
_NON_WORD = lazy(r"[^a-z0-9]+")
_NUMBER_SIGN = lazy(r"(?<![\w#])#\s?(?=\d)")
_DOTTED_KOM = lazy(r"\b(kom)\.(?=\s|$)", re.IGNORECASE)
"""Chat's "kom." for "kommuner" ("hvor mange kom. er med?"), read as the longer "komm." the
shorthand table knows; the bare verb "kom" ("hvornår kom han?") has no stop after it."""
"""'who's #8 on the member list': the sign before a number says "number" ("nr"), a place."""
_RAW_WORD = lazy(r"[^\W_]+")
# Unicode format characters (category Cf: zero-width space and joiners, word joiner, BOM, soft
# hyphen, bidi controls, tags) are invisible, so "for\u200bmand" must read as "formand"; they
# are removed before anything else. The ranges are Unicode 15.1's (tests check them).
_FORMAT = lazy(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


def fold(text: str) -> str:
    """Return the matching skeleton of ``text``: lower case, ASCII words, single spaces."""
    # Words recur in every question and answer: fold each one once.
    return _fold(text) if len(text) <= _CACHED_LENGTH else _fold_long(text)


_CACHED_LENGTH = 40
"""Texts up to this length (words, names, short questions) are folded once and remembered."""
_LONG_TEXTS = 1024
"""Longer texts (whole messages, answers) remembered, least recently used going first: one
turn folds its message and answers several times over (about 45 % of long folds in the
labelled conversations); a message is cut at 300 characters and few answers pass 2,000, so
at most a few megabytes."""


@lru_cache(maxsize=50_000)
def _fold(text: str) -> str:
    # ASCII text has no format characters, and both normalisations leave it as it is: skipping
    # them (and the accent strip, a Python loop over every character) halves a fold.
    text = text.lower() if text.isascii() else unicodedata.normalize("NFKC", _FORMAT.sub("", text)).casefold()
    text = _CONTRACTION.sub(r"\1\2", _POSSESSIVE.sub(r"\1", _HE_IS.sub(r"\1 is", text)))
    for letter, replacement in _LETTER_FOLDS:
        text = text.replace(letter, replacement)
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _NON_WORD.sub(" ", _NUMBER_SIGN.sub(" nr ", text))
    for digraph, replacement in _DIGRAPH_FOLDS:
        text = text.replace(digraph, replacement)
    return " ".join(text.split())


@lru_cache(maxsize=_LONG_TEXTS)
def _fold_long(text: str) -> str:
    return _fold.__wrapped__(text)


def tokens(text: str) -> list[str]:
    """Split ``text`` into folded word tokens."""
    return fold(text).split()


def word_pairs(text: str) -> list[tuple[str, str]]:
    """Split ``text`` into (as typed, folded) word pairs, so names can be echoed as typed."""
    return list(_word_pairs(text))


@lru_cache(maxsize=8192)
def _word_pairs(text: str) -> tuple[tuple[str, str], ...]:
    # A message is split many times over (whole, parts, reframings, follow-up rewrites).
    text = unicodedata.normalize("NFKC", _FORMAT.sub("", text[:MAX_QUESTION_CHARS]))
    text = _POSSESSIVE.sub(r"\1", _HE_IS.sub(r"\1 is", text))
    text = _SPACED_POSSESSIVE.sub("", text)
    text = _NUMBER_SIGN.sub(" nr ", _CONTRACTION.sub(r"\1\2", _DOTTED_KOM.sub(r"\1m.", text)))
    pairs = []
    for raw in _RAW_WORD.findall(text):
        folded = fold(raw).replace(" ", "")
        if folded:
            pairs.append((raw, folded))
    return tuple(pairs)


def he_is_spelt_out(text: str) -> str:
    """``text`` with "he's", "she's" as "he is", "she is": a name put in the pronoun's place
    must not take the "'s" for a genitive."""
    return _HE_IS.sub(r"\1 is", text)


def strip_possessive(token: str) -> str | None:
    """Return the token without a genitive -s ("gronvalls" -> "gronvall"), if it has one."""
    if len(token) > 3 and token.endswith("s"):
        return token[:-1]
    return None


def clean_display(text: str) -> str:
    """Tidy user text for echoing back: no control or format characters, bounded length."""
    text = "".join(c if c.isprintable() else " " for c in _FORMAT.sub("", text[:MAX_QUESTION_CHARS]))
    return " ".join(text.split())


_SUFFIXES = ("ernes", "erne", "ings", "ende", "ene", "ing", "ers", "ed", "es", "er", "en", "et", "s", "e")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude shared stem for Danish and English inflections: "kommunerne" and "kommune"
    meet at "kommun", "represented" and "represents" at "represent"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2]:
        word = word[:-1]  # "medlemm(er)" and "medlem"
    return word


def held_in(stemmed: str, stems: frozenset[str] | set[str]) -> bool:
    """Whether ``stemmed`` is among ``stems``, or one of them differs from it only in a short
    ending the crude ``stem`` left ("borgernær" -> "borgerna", "borgernære" -> "borgernaer")."""
    if stemmed in stems:
        return True
    if len(stemmed) < _LOOSE_STEM_LENGTH:
        return False
    return any(
        len(other) >= _LOOSE_STEM_LENGTH
        and abs(len(other) - len(stemmed)) <= 2
        and (other.startswith(stemmed) or stemmed.startswith(other))
        for other in stems
    )


@lru_cache(maxsize=1 << 16)
def held_in_frozen(stemmed: str, stems: frozenset[str]) -> bool:
    """``held_in`` for a set that never changes (a paragraph's meanings), remembered: the loose
    comparison scans the whole set, and the same words are looked for again turn after turn."""
    return held_in(stemmed, stems)


_LOOSE_STEM_LENGTH = 7
"""Shorter stems are too often other words ("kommun" is not "kommunal", "styrer" not "styret")."""
