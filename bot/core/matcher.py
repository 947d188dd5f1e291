"""Fuzzy matching of a question against the curated question variants.

Three steps, each chosen for one job:

1. Spelling: a word the knowledge does not know is mapped to the closest known word
   with the same first letter (rapidfuzz ``fuzz.ratio``), so "who chars the groop"
   reads as "who chairs the group".
2. Candidates: an inverted index from meanings (a concept such as "chair" for both
   "formand" and "chairman", else a stem) to variants keeps the few dozen variants that
   share the question's most distinctive words. This is what keeps 10,000 entries fast.
3. Ranking: rapidfuzz ``process.extract`` with ``fuzz.token_sort_ratio`` over the
   candidates (normalised once, at load, keyed by variant number), blended with a
   weighted word-overlap F-score in which a word weighs more the fewer entries use it
   (so "head" counts more than "group"); a "when" variant does not answer a "who" question.
"""

from __future__ import annotations

import math
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.core.knowledge import LANGUAGES, QAEntry, Vocabulary
from bot.core.lexicon import (
    CONCEPTS,
    LIST_ASKED_AFTER,
    LIST_REQUESTS,
    LISTING,
    MISMATCHED,
    OWNED_NAMES,
    PHRASES,
    QUESTION_TYPES,
    QUESTION_WORDS,
    STOPWORDS,
    phrase_index,
    rephrase,
)
from bot.core.normalize import stem, tokens
from bot.core.tuning import DEFAULT_TUNING, Tuning
from bot.core.turn_memo import remembered


@dataclass(frozen=True)
class Candidate:
    entry_id: str
    score: float
    variant: str
    coverage: float = 1.0
    """How much of the matched variant's topic words (by weight) the question contains."""


def content_words(words: Iterable[str]) -> list[str]:
    return [w for w in words if w not in STOPWORDS]


class Meanings:
    """A word's concept ("formand" -> "chair"), else its stem: the language's concepts, with
    the subject's synonyms from the knowledge (``Vocabulary.synonyms``) on top; one per
    engine, so two knowledge bases never share words."""

    def __init__(self, synonyms: Mapping[str, str] | None = None) -> None:
        self._concepts = {**CONCEPTS, **(synonyms or {})}

    def __call__(self, word: str) -> str:
        return self._concepts.get(word) or stem(word)


meaning = Meanings()
"""The language's concepts alone, for what does not depend on the knowledge."""


_QUESTION_MEANINGS = frozenset(meaning(w) for w in QUESTION_WORDS)


def question_type(words: list[str]) -> str | None:
    """who / when / how-many / why / where / how, from the first question word found; a list
    asked for with no question word ("list all municipalities represented") is a list."""
    for i, word in enumerate(words):
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else ""
        if pair in QUESTION_TYPES:
            return QUESTION_TYPES[pair]
        if word in QUESTION_TYPES:
            return QUESTION_TYPES[word]
    return LISTING if any(_asks_for_list(words, i) for i, w in enumerate(words) if w in LIST_REQUESTS) else None


def _asks_for_list(words: list[str], at: int) -> bool:
    """Whether the list word at ``at`` asks for a list ("list them", "give me a list", "can
    you list"), not names one ("on the list", "the member list")."""
    return at == 0 or words[at - 1] in LIST_ASKED_AFTER


def _type_agreement(asked: str, variant: str, tuning: Tuning) -> float:
    """What the question types of a question and a variant add to its score: a bonus when they
    agree, a penalty when they differ. A list asks nothing a who-question does not, so it
    differs only from a count."""
    if asked == variant:
        return tuning.question_type_bonus
    if LISTING in (asked, variant) and "how-many" not in (asked, variant):
        return 0.0
    return -tuning.question_type_penalty


def _sorted_tokens(text: str) -> str:
    """``text``'s words in sorted order, joined by single spaces: what ``fuzz.token_sort_ratio``
    compares (with no processor, it splits on whitespace)."""
    return " ".join(sorted(text.split()))


class SpellingCorrector:
    """Maps unknown words to the closest known word with the same first letter."""

    def __init__(
        self,
        vocabulary: Iterable[str],
        tuning: Tuning = DEFAULT_TUNING,
        known_only: Iterable[str] = (),
        meaningful: frozenset[str] = frozenset(),
        meaning: Callable[[str], str] | None = None,
    ) -> None:
        """``known_only``: words never corrected, nor a correction's target ("igen" must not
        become the negation "ingen"). ``meaningful``: words ``meaning`` gives a meaning of their
        own, corrected only into a word of the same meaning."""
        self.tuning = tuning
        self._meaningful = meaningful
        self._meaning = meaning
        targets = frozenset(vocabulary)
        self.vocabulary = targets | frozenset(known_only)
        by_letter: dict[str, list[str]] = defaultdict(list)
        for word in sorted(targets - STOPWORDS):
            # Filler words are no target for a near miss: "live" must not become "living".
            if len(word) >= tuning.min_spelling_length - 1:
                by_letter[word[0]].append(word)
        self._by_letter = dict(by_letter)
        self._anagrams: dict[str, list[str]] = defaultdict(list)
        # Sorted: "ist" is a swap of both "its" and "sit", and the first one found wins; in a
        # set's order that was the hash seed's choice, so one question got two answers by run.
        for word in sorted(targets):
            self._anagrams["".join(sorted(word))].append(word)
        self._cache: dict[str, str] = {}

    def correct(self, word: str) -> str:
        if word in self.vocabulary or len(word) < 3 or word.isdigit():
            return word
        cached = self._cache.get(word)
        if cached is None:
            cached = self._swapped(word) or self._closest(word) or word
            meaning = self._meaning
            if cached != word and word in self._meaningful and meaning is not None and meaning(cached) != meaning(word):
                cached = word
            if len(self._cache) < self.tuning.spelling_cache_size:
                self._cache[word] = cached
        return cached

    def _swapped(self, word: str) -> str | None:
        """ "waht" -> "what", "teh" -> "the": two neighbouring letters typed in reverse.

        ``fuzz.ratio`` scores such a swap in a short word too low to trust, yet it is the
        commonest typo; a swap also never turns "park" into "part".
        """
        for known in self._anagrams.get("".join(sorted(word)), ()):
            diffs = [i for i in range(len(word)) if word[i] != known[i]]
            if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
                return known
        return None

    def _closest(self, word: str) -> str | None:
        if len(word) < self.tuning.min_spelling_length:
            return None
        match = process.extractOne(
            word,
            self._by_letter.get(word[0], []),
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=self.tuning.spelling_cutoff,
        )
        if match is None:
            return None
        known = match[0]
        # A short word two or more letters shorter than the word it would become is that word
        # with one run of letters left out ("medl", "betyr"), or another word ("meme" is no
        # "member").
        if (
            len(word) < self.tuning.short_word_length
            and len(known) - len(word) > 1
            and not _one_run_left_out(word, known)
        ):
            return None
        return known


def _one_run_left_out(word: str, known: str) -> bool:
    gap = len(known) - len(word)
    return any(known[:i] + known[i + gap :] == word for i in range(len(word) + 1))


@dataclass(frozen=True)
class _Variant:
    entry_id: str
    text: str
    meanings: frozenset[str]
    weight: float
    qtype: str | None
    smalltalk: bool
    topic: frozenset[str]
    """The meanings beyond the question words: what the variant is about."""
    topic_weight: float


class QuestionIndex:
    """All question variants of the entries, normalised once, keyed by variant number.

    An inverted index from meanings to variants finds the candidates for a question, so
    only variants sharing a distinctive word with it are scored.
    """

    def __init__(
        self,
        entries: Iterable[QAEntry],
        tuning: Tuning = DEFAULT_TUNING,
        owners: frozenset[str] = frozenset(),
        subject: Vocabulary | None = None,
        owned: frozenset[str] = OWNED_NAMES,
    ) -> None:
        self.tuning = tuning
        self._owners = owners
        self._owned = owned
        self._search_cache: OrderedDict[tuple[tuple[str, ...], str | None, bool, int], tuple[Candidate, ...]] = (
            OrderedDict()
        )
        subject = subject or Vocabulary()
        self._phrases = phrase_index(PHRASES, subject.phrases)
        self._meaning = Meanings(subject.synonyms)
        """Folded short names of the organisations: "KL's strategy" is the strategy."""
        vocabulary: set[str] = set()
        smalltalk_words: set[str] = set()
        other_words: set[str] = set()
        by_language: dict[str, set[str]] = {lang: set() for lang in LANGUAGES}
        entry_meanings: dict[str, set[str]] = defaultdict(set)
        pending: list[tuple[QAEntry, list[str], list[str]]] = []
        for entry in entries:
            for lang in LANGUAGES:
                for question in entry.questions[lang]:
                    words = tokens(question)
                    vocabulary.update(words)
                    by_language[lang].update(words)
                    words = rephrase(words, owners, self._phrases, owned)
                    (smalltalk_words if entry.kind == "smalltalk" else other_words).update(words)
                    content = content_words(words)
                    if content:
                        entry_meanings[entry.id].update(self._meaning(w) for w in content)
                        pending.append((entry, words, content))
        self._entry_meanings = {entry_id: frozenset(m) for entry_id, m in entry_meanings.items()}
        shared_by: dict[str, Counter[str]] = defaultdict(Counter)
        variant_count: Counter[str] = Counter()
        for entry, _, content in pending:
            shared_by[entry.id].update({self._meaning(w) for w in content})
            variant_count[entry.id] += 1
        self._entry_core = {
            entry_id: frozenset(m for m, n in counts.items() if 2 * n >= variant_count[entry_id])
            for entry_id, counts in shared_by.items()
        }
        """The meanings at least half an entry's variants share: what the entry is about, not
        the frame one variant puts it in ("what does a kommunaldirektør do" -> kommunaldirektør)."""
        document_frequency: dict[str, int] = defaultdict(int)
        for meanings in self._entry_meanings.values():
            for m in meanings:
                document_frequency[m] += 1
        total = len(self._entry_meanings) or 1
        self._idf = {m: math.log((total + 1) / (df + 1)) + 1 for m, df in document_frequency.items()}
        self._unseen_idf = tuning.unknown_word_weight * (math.log(total + 1) + 1)

        self._variants: list[_Variant] = []
        # Separate postings for small talk, so a greeting check never scans the whole index.
        self._postings: dict[bool, dict[str, list[int]]] = {True: defaultdict(list), False: defaultdict(list)}
        for entry, words, content in pending:
            meanings = frozenset(self._meaning(w) for w in content)
            smalltalk = entry.kind == "smalltalk"
            for m in meanings:
                self._postings[smalltalk][m].append(len(self._variants))
            topic = meanings - _QUESTION_MEANINGS
            self._variants.append(
                _Variant(
                    entry.id,
                    " ".join(content),
                    meanings,
                    self._weight(meanings),
                    question_type(words),
                    smalltalk,
                    topic,
                    self._weight(topic),
                )
            )
        for postings in self._postings.values():
            for keys in postings.values():
                keys.sort(key=lambda key: self._variants[key].weight)  # most specific first
        self._variant_weights = [variant.weight for variant in self._variants]
        """Each variant's weight by number, read for every candidate of every search."""
        self._sorted_texts = [_sorted_tokens(variant.text) for variant in self._variants]
        """Each variant's words in sorted order, by number: ``fuzz.token_sort_ratio`` is
        ``fuzz.ratio`` of both texts so sorted, and a variant's never changes, so each search
        sorts only the question's words instead of every candidate's again."""
        self._posting_cap = max(tuning.min_posting_cap, len(self._variants) // 50)
        self.vocabulary = frozenset(vocabulary)
        self.known_meanings = frozenset(self._meaning(w) for w in vocabulary) | frozenset(stem(w) for w in vocabulary)
        self.smalltalk_only = frozenset(smalltalk_words - other_words - STOPWORDS)
        """Words that only greetings, thanks and help use ("hej", "thanks")."""
        self.only_in = {
            lang: frozenset(words - set().union(*(by_language[o] for o in LANGUAGES if o != lang)))
            for lang, words in by_language.items()
        }
        """Words the curated questions use in one language only: cues for language detection."""

    def phrased(self, words: list[str]) -> list[str]:
        """``words`` with fixed phrases read as their meaning ("focus areas" -> "themes"), as
        ``search`` reads them."""
        return rephrase(words, self._owners, self._phrases, self._owned)

    def entry_meanings(self, entry_id: str) -> frozenset[str]:
        return self._entry_meanings.get(entry_id, frozenset())

    def entry_core(self, entry_id: str) -> frozenset[str]:
        return self._entry_core.get(entry_id, frozenset())

    def knows(self, word: str) -> bool:
        return (
            word in self.vocabulary or self._meaning(word) in self.known_meanings or stem(word) in self.known_meanings
        )

    def _weight(self, meanings: Iterable[str]) -> float:
        idf, unseen = self._idf, self._unseen_idf
        return math.fsum(idf.get(m, unseen) for m in meanings)

    def _candidates(self, meanings: frozenset[str], smalltalk: bool) -> list[int]:
        """Variants sharing the question's most distinctive meanings, most shared weight first.

        Meanings used by very many variants ("who", "group") add little and would make the
        candidate list long, so they only count when the question has nothing rarer, and
        then only through their most specific (shortest) variants.
        """
        postings = self._postings[smalltalk]
        ranked = sorted((m for m in meanings if m in postings), key=lambda m: len(postings[m]))
        if not ranked:
            return []
        distinctive = [m for m in ranked if len(postings[m]) <= self._posting_cap]
        if not distinctive:
            return postings[ranked[0]][: self.tuning.preselect_limit]
        shared: dict[int, float] = defaultdict(float)
        idf = self._idf
        for m in distinctive:
            weight = idf[m]
            for key in postings[m]:
                shared[key] += weight
        # Among equally shared variants the shortest are the most specific: keep those. (Keys
        # are unique, so sorting all gives what ``heapq.nsmallest`` would, faster for the few
        # dozen variants a search shares words with.)
        weights = self._variant_weights
        best = sorted([(-weight, weights[key], key) for key, weight in shared.items()])
        return [key for _, _, key in best[: self.tuning.preselect_limit]]

    def search(self, words: list[str], *, smalltalk: bool, limit: int = 3) -> list[Candidate]:
        """The best-scoring entries for the question ``words`` (folded), best first.

        ``smalltalk`` selects greeting/help entries only, or everything but them.
        """
        # A turn's readings (rewrites, fragments, corrections) and repeated questions search
        # the same words again; the index never changes after it is built. What a search reads
        # is the content words and the question type: "og hvem er formand?" and "hvem er så
        # formanden?" asked of one turn are one search, which keying by every word would miss.
        phrased = self.phrased(words)
        content = tuple(content_words(phrased))
        qtype = question_type(phrased)
        key = (content, qtype, smalltalk, limit)
        cache = self._search_cache
        found = cache.get(key)
        if found is None:
            found = remembered(
                (self, key), lambda: tuple(self._search(content, qtype, smalltalk=smalltalk, limit=limit))
            )
            cache[key] = found
            if len(cache) > self.tuning.search_cache_size:
                cache.popitem(last=False)
        else:
            cache.move_to_end(key)
        return list(found)

    def _search(self, content: tuple[str, ...], qtype: str | None, *, smalltalk: bool, limit: int) -> list[Candidate]:
        """``search`` of the question's phrased content words and its question type."""
        if not content:
            return []
        query = " ".join(content)
        meanings = frozenset(self._meaning(w) for w in content)
        weights = {m: self._idf.get(m, self._unseen_idf) for m in meanings}
        asked = frozenset(m for m in meanings if m in MISMATCHED)
        opposed = frozenset().union(*(MISMATCHED[m] for m in asked)) - meanings
        # fsum: a sum over a set must not depend on its order (the hash seed), or a coverage of
        # exactly 1.0 comes out 0.9999999999999999 in one run and not the next.
        query_weight = math.fsum(weights.values())
        texts = self._sorted_texts
        choices = {key: texts[key] for key in self._candidates(meanings, smalltalk)}
        # ``fuzz.token_sort_ratio`` of the query and each candidate, their words sorted beforehand.
        surface = process.extract(_sorted_tokens(query), choices, scorer=fuzz.ratio, processor=None, limit=None)
        best: dict[str, Candidate] = {}
        entry_recalls: dict[str, float] = {}
        # Read once per search, not per candidate: the loop runs for up to 30 variants.
        tuning, variants, entry_meanings = self.tuning, self._variants, self._entry_meanings
        weight_of = weights.__getitem__
        recall_weight = tuning.entry_recall_weight
        overlap_weight = tuning.overlap_weight
        fsum = math.fsum
        for _, sort_score, key in surface:
            variant = variants[key]
            shared = fsum(map(weight_of, meanings & variant.meanings))
            recall = shared / query_weight
            precision = shared / variant.weight
            overlap = 0.0 if shared == 0 else 2 * recall * precision / (recall + precision)
            entry_recall = entry_recalls.get(variant.entry_id)
            if entry_recall is None:
                explained = meanings & entry_meanings[variant.entry_id]
                entry_recall = fsum(map(weight_of, explained)) / query_weight
                entry_recalls[variant.entry_id] = entry_recall
            overlap = (1 - recall_weight) * overlap + recall_weight * entry_recall
            score = overlap_weight * 100 * overlap + (1 - overlap_weight) * sort_score
            if qtype and variant.qtype:
                score += _type_agreement(qtype, variant.qtype, tuning)
            # "what was the old group responsible for?" is not asked by "what are the group's
            # responsibilities?" of an entry whose other variants speak only of the new one.
            if opposed and (
                opposed & variant.meanings
                or (opposed & entry_meanings[variant.entry_id] and not asked & entry_meanings[variant.entry_id])
            ):
                score -= tuning.opposite_penalty
            current = best.get(variant.entry_id)
            if current is None or score > current.score:
                topic = variant.topic
                coverage = fsum(map(weight_of, meanings & topic)) / variant.topic_weight if topic else 1.0
                best[variant.entry_id] = Candidate(variant.entry_id, score, variant.text, coverage)
        return sorted(best.values(), key=lambda c: -c.score)[:limit]
