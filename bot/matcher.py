"""Fuzzy matching of a question against the curated question variants.

Three steps, each chosen for one job:

1. Spelling: a word the knowledge does not know is mapped to the closest known word
   with the same first letter (rapidfuzz ``fuzz.ratio``), so "who chars the groop"
   reads as "who chairs the group".
2. Preselection: rapidfuzz ``process.extract`` with ``fuzz.token_set_ratio`` over all
   variants (normalised once, at load, keyed by variant number) keeps the few dozen
   that share words with the question. This is what keeps 10,000 entries fast.
3. Ranking: each kept variant gets a weighted word-overlap F-score, where a word weighs
   more the fewer entries use it (so "head" counts more than "group"), blended with
   ``fuzz.token_sort_ratio``; a variant asking "when" does not answer a "who" question.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.knowledge import LANGUAGES, QAEntry
from bot.lexicon import CONCEPTS, QUESTION_TYPES, STOPWORDS, rephrase
from bot.normalize import stem, tokens

SPELLING_CUTOFF = 80
"""``fuzz.ratio`` a typed word needs to be read as a known word."""
MIN_SPELLING_LENGTH = 4
PRESELECT_CUTOFF = 40
"""Variants scoring below this with ``token_set_ratio`` are not ranked at all."""
PRESELECT_LIMIT = 60
OVERLAP_WEIGHT = 0.75
"""Share of the weighted word overlap in the final score; the rest is token_sort_ratio."""
ENTRY_RECALL_WEIGHT = 0.5
"""Share, within the overlap, of how much of the question all of an entry's variants
together explain: an entry asked about in many ways knows more words than any one variant."""
QUESTION_TYPE_PENALTY = 25


@dataclass(frozen=True)
class Candidate:
    entry_id: str
    score: float
    variant: str


def content_words(words: Iterable[str]) -> list[str]:
    return [w for w in words if w not in STOPWORDS]


def meaning(word: str) -> str:
    """The word's concept if the lexicon has one ("formand" -> "chair"), else its stem."""
    return CONCEPTS.get(word) or stem(word)


def question_type(words: list[str]) -> str | None:
    """who / when / how-many / why / where / how, from the first question word found."""
    for i, word in enumerate(words):
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else ""
        if pair in QUESTION_TYPES:
            return QUESTION_TYPES[pair]
        if word in QUESTION_TYPES:
            return QUESTION_TYPES[word]
    return None


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


@dataclass(frozen=True)
class _Variant:
    entry_id: str
    text: str
    stems: frozenset[str]
    qtype: str | None


class QuestionIndex:
    """All question variants of the entries, normalised once, keyed by variant number."""

    def __init__(self, entries: Iterable[QAEntry]) -> None:
        self._variants: list[_Variant] = []
        self._choices: dict[int, str] = {}
        vocabulary: set[str] = set()
        smalltalk_words: set[str] = set()
        other_words: set[str] = set()
        entry_stems: dict[str, set[str]] = defaultdict(set)
        self.kind: dict[str, str] = {}
        for entry in entries:
            self.kind[entry.id] = entry.kind
            for lang in LANGUAGES:
                for question in entry.questions[lang]:
                    words = tokens(question)
                    vocabulary.update(words)
                    words = rephrase(words)
                    (smalltalk_words if entry.kind == "smalltalk" else other_words).update(words)
                    content = content_words(words)
                    if not content:
                        continue
                    stems = frozenset(meaning(w) for w in content)
                    entry_stems[entry.id].update(stems)
                    self._choices[len(self._variants)] = " ".join(content)
                    self._variants.append(_Variant(entry.id, " ".join(content), stems, question_type(words)))
        self._entry_stems = {entry_id: frozenset(stems) for entry_id, stems in entry_stems.items()}
        self.vocabulary = frozenset(vocabulary)
        self.known_stems = frozenset(meaning(w) for w in vocabulary) | frozenset(stem(w) for w in vocabulary)
        self.smalltalk_only = frozenset(smalltalk_words - other_words - STOPWORDS)
        """Words that only greetings, thanks and help use ("hej", "thanks")."""
        document_frequency: dict[str, int] = defaultdict(int)
        for meanings in self._entry_stems.values():
            for s in meanings:
                document_frequency[s] += 1
        total = len(entry_stems) or 1
        self._idf = {s: math.log((total + 1) / (df + 1)) + 1 for s, df in document_frequency.items()}
        self._unseen_idf = math.log(total + 1) + 1

    def __len__(self) -> int:
        return len(self._choices)

    def knows(self, word: str) -> bool:
        return word in self.vocabulary or meaning(word) in self.known_stems or stem(word) in self.known_stems

    def _weight(self, stems: Iterable[str]) -> float:
        return sum(self._idf.get(s, self._unseen_idf) for s in stems)

    def search(self, words: list[str], *, smalltalk: bool, limit: int = 3) -> list[Candidate]:
        """The best-scoring entries for the question ``words`` (folded), best first.

        ``smalltalk`` selects greeting/help entries only, or everything but them.
        """
        words = rephrase(words)
        content = content_words(words)
        if not content:
            return []
        query = " ".join(content)
        stems = frozenset(meaning(w) for w in content)
        qtype = question_type(words)
        query_weight = self._weight(stems)
        hits = process.extract(
            query, self._choices, scorer=fuzz.token_set_ratio, processor=None,
            score_cutoff=PRESELECT_CUTOFF, limit=PRESELECT_LIMIT,
        )
        best: dict[str, Candidate] = {}
        for _, _, key in hits:
            variant = self._variants[key]
            if (self.kind[variant.entry_id] == "smalltalk") != smalltalk:
                continue
            shared = self._weight(stems & variant.stems)
            recall = shared / query_weight
            precision = shared / self._weight(variant.stems)
            overlap = 0.0 if shared == 0 else 2 * recall * precision / (recall + precision)
            entry_recall = self._weight(stems & self._entry_stems[variant.entry_id]) / query_weight
            overlap = (1 - ENTRY_RECALL_WEIGHT) * overlap + ENTRY_RECALL_WEIGHT * entry_recall
            score = OVERLAP_WEIGHT * 100 * overlap + (1 - OVERLAP_WEIGHT) * fuzz.token_sort_ratio(
                query, variant.text, processor=None
            )
            if qtype and variant.qtype and qtype != variant.qtype:
                score -= QUESTION_TYPE_PENALTY
            current = best.get(variant.entry_id)
            if current is None or score > current.score:
                best[variant.entry_id] = Candidate(variant.entry_id, score, variant.text)
        return sorted(best.values(), key=lambda c: -c.score)[:limit]
