"""The subject of a question, for follow-ups that lean on it without naming it.

After "hvor meget har aftalerne sparet?", "siden hvornår?", "hvem sagde det?" and "when were
they established?" are about the agreements' savings. Nothing in such a turn names that
subject, so the last question's own content words stand in for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.lexicon import CLAIM_TAGS, QUESTION_WORDS, STOPWORDS
from bot.core.normalize import fold

_SUBJECTLESS = frozenset(
    fold(
        """
        ok okay og and men but so så nå well tak thanks please pls venligst hvad what hvem who
        hvor where when hvornår hvorfor why how hvordan mon egentlig præcis exactly again igen
        """
    ).split()
)
POINTERS = frozenset(
    fold("den det de dem deres dens dets it they them their its that this those these dette disse").split()
)
"""Words that point back at a subject the turn does not name."""


def subject_words(question: str) -> str:
    """The content words of ``question``: what it is about, without how it asks."""
    words = fold(question).split()
    kept = [
        w
        for w in words
        if w not in STOPWORDS
        and w not in QUESTION_WORDS
        and w not in CLAIM_TAGS
        and w not in _SUBJECTLESS
        and w not in POINTERS
    ]
    return " ".join(dict.fromkeys(kept))


def points_back(words: Sequence[str]) -> bool:
    """Whether the turn has a word that points back at an unnamed subject ("it", "de")."""
    return any(w in POINTERS for w in words)
