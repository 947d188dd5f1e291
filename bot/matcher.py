"""Fuzzy matching of a question against the curated question variants (rapidfuzz).

Each variant is reduced once, at load, to its content words (filler words dropped).
A question is scored against all variants with ``fuzz.token_set_ratio``, which forgives
extra or reordered words; the best few entries are then re-scored with
``fuzz.token_sort_ratio``, which penalises words the variant does not have, so the most
specific entry wins. Typos are repaired first, word by word, against the vocabulary of
the knowledge, so "who chars the groop" reads as "who chairs the group".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.knowledge import LANGUAGES, QAEntry
from bot.lexicon import STOPWORDS
from bot.normalize import tokens

SPELLING_CUTOFF = 80
"""``fuzz.ratio`` a typed word needs to be read as a known word."""
MIN_SPELLING_LENGTH = 4
PRESELECT_CUTOFF = 55
"""Variants scoring below this with ``token_set_ratio`` are not considered at all."""
PRESELECT_LIMIT = 40


@dataclass(frozen=True)
class Candidate:
    entry_id: str
    score: float
    variant: str


def content_words(words: Iterable[str]) -> list[str]:
    return [w for w in words if w not in STOPWORDS]


class SpellingCorrector:
    """Maps unknown words to the closest known word with the same first letter."""

    def __init__(self, vocabulary: Iterable[str]) -> None:
        self.vocabulary = frozenset(vocabulary)
        by_letter: dict[str, list[str]] = defaultdict(list)
        for word in sorted(self.vocabulary):
            if len(word) >= MIN_SPELLING_LENGTH - 1:
                by_letter[word[0]].append(word)
        self._by_letter = dict(by_letter)

    def correct(self, word: str) -> str:
        if word in self.vocabulary or len(word) < MIN_SPELLING_LENGTH or word.isdigit():
            return word
        choices = self._by_letter.get(word[0], [])
        match = process.extractOne(
            word, choices, scorer=fuzz.ratio, processor=None, score_cutoff=SPELLING_CUTOFF
        )
        return match[0] if match else word


class QuestionIndex:
    """All question variants of the entries, normalised once, keyed by variant number."""

    def __init__(self, entries: Iterable[QAEntry]) -> None:
        self._owner: list[str] = []
        self._choices: dict[int, str] = {}
        vocabulary: set[str] = set()
        smalltalk_words: set[str] = set()
        other_words: set[str] = set()
        self.kind: dict[str, str] = {}
        for entry in entries:
            self.kind[entry.id] = entry.kind
            for lang in LANGUAGES:
                for question in entry.questions[lang]:
                    words = tokens(question)
                    vocabulary.update(words)
                    (smalltalk_words if entry.kind == "smalltalk" else other_words).update(words)
                    content = " ".join(content_words(words))
                    if content:
                        self._choices[len(self._owner)] = content
                        self._owner.append(entry.id)
        self.vocabulary = frozenset(vocabulary)
        self.smalltalk_only = frozenset(smalltalk_words - other_words - STOPWORDS)
        """Words that only greetings, thanks and help use ("hej", "thanks")."""

    def __len__(self) -> int:
        return len(self._choices)

    def search(self, content: str, *, smalltalk: bool, limit: int = 3) -> list[Candidate]:
        """The best-scoring entries for ``content`` (content words), best first.

        ``smalltalk`` selects greeting/help entries only, or everything but them.
        """
        if not content:
            return []
        hits = process.extract(
            content, self._choices, scorer=fuzz.token_set_ratio, processor=None,
            score_cutoff=PRESELECT_CUTOFF, limit=PRESELECT_LIMIT,
        )
        best: dict[str, Candidate] = {}
        for variant, set_score, key in hits:
            entry_id = self._owner[key]
            if (self.kind[entry_id] == "smalltalk") != smalltalk:
                continue
            score = (set_score + fuzz.token_sort_ratio(content, variant, processor=None)) / 2
            if entry_id not in best or score > best[entry_id].score:
                best[entry_id] = Candidate(entry_id, score, variant)
        return sorted(best.values(), key=lambda c: -c.score)[:limit]
