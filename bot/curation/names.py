"""``check``'s warning about stale names in hand-written text.

Facts answers follow ``facts.yaml`` by themselves, but a curator's own words do not: after
the chair moves or a member leaves, an answer may still name the old person. This finds
hand-written text (Q&A answers, theme notes, organisations' ``about``) that names a former
member, or a full personal name that nothing in the knowledge accounts for. Passages are
left alone: they are the article's own words, true as of the article.

It is a warning, not an error: a name the heuristic does not know may still be right.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.core.knowledge import LANGUAGES, Bilingual, FormerMember, Knowledge
from bot.core.normalize import fold

# A capitalised word with at least one lower-case letter ("Mandøe", "Svendsen-Tune"), so
# acronyms (KL, SKI) never start a personal name.
_CAPITALISED = re.compile(r"[A-ZÆØÅÉÜ][a-zæøåéüöä]+(?:-[A-ZÆØÅÉÜa-zæøåéüöä][a-zæøåéüöä]+)*")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\S")


@dataclass(frozen=True)
class NameWarning:
    file: str
    """Relative to the knowledge directory: ``qa/group.yaml``, ``facts.yaml``."""
    where: str
    """``entry 'chair-history'``, ``theme 2``, ``organisation 'kl'``."""
    field: str
    name: str
    why: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where}, {self.field}: names '{self.name}', {self.why}"


@dataclass(frozen=True)
class _Text:
    file: str
    where: str
    field: str
    text: str


def stale_names(knowledge: Knowledge) -> list[NameWarning]:
    """Every hand-written text's mention of a former member or of an unaccounted full name."""
    known = _known_phrases(knowledge)
    common = _common_words(knowledge)
    warnings = []
    for text in _hand_written(knowledge):
        former = [f for f in knowledge.former_members if _mentions(text.text, f.name)]
        for person in former:
            warnings.append(NameWarning(text.file, text.where, text.field, person.name, _former_why(person)))
        for name in _unknown_full_names(text.text, known | {tuple(fold(f.name).split()) for f in former}, common):
            why = "a full name that matches no person, organisation or place in the facts"
            warnings.append(NameWarning(text.file, text.where, text.field, name, why))
    return warnings


def _former_why(person: FormerMember) -> str:
    return f"who is no longer in the facts (former member of seat {person.seat_id})"


def _hand_written(knowledge: Knowledge) -> Iterator[_Text]:
    for entry in knowledge.entries:
        if entry.answer is not None:
            yield from _both(f"qa/{Path(entry.file).name}", f"entry '{entry.id}'", "answer.", entry.answer)
    for theme in knowledge.strategy.themes:
        if theme.note is not None:
            yield from _both("facts.yaml", f"theme {theme.number}", "note_", theme.note)
    for organisation in knowledge.organisations:
        yield from _both("facts.yaml", f"organisation '{organisation.id}'", "about.", organisation.about)


def _both(file: str, where: str, prefix: str, text: Bilingual) -> Iterator[_Text]:
    for lang in LANGUAGES:
        yield _Text(file, where, prefix + lang, text.get(lang))


def _mentions(text: str, name: str) -> bool:
    # Folded on both sides with spaces around, so "Kim Herlev" is found in "Kim Herlev's"
    # and "kim herlev" but not inside a longer word.
    return f" {fold(name)} " in f" {fold(text)} "


def _known_phrases(knowledge: Knowledge) -> set[tuple[str, ...]]:
    """Proper nouns the knowledge accounts for, as folded word tuples: current people,
    organisations, municipalities, seats, the strategy's and article's own names, and every
    capitalised run in the article's passages (the article's own names are not stale)."""
    texts: list[str] = [p.name for p in knowledge.people]
    for organisation in knowledge.organisations:
        texts += [organisation.short, organisation.name.da, organisation.name.en, *organisation.aliases]
    for municipality in knowledge.municipalities:
        texts += [municipality.name, *municipality.aliases]
    texts += [seat.organisation for seat in knowledge.seats]
    texts += [knowledge.group_name.da, knowledge.group_name.en, knowledge.article.title]
    texts += [knowledge.strategy.name.da, knowledge.strategy.name.en]
    texts += [knowledge.agreements.name.da, knowledge.agreements.name.en]
    for theme in knowledge.strategy.themes:
        texts += [theme.title.da, theme.title.en]
    for passage in knowledge.passages:
        texts += _runs(passage.text.da) + _runs(passage.text.en)
        if passage.speaker is not None:
            texts += [passage.speaker.da, passage.speaker.en]
    return {tuple(fold(text).split()) for text in texts if fold(text)}


def _common_words(knowledge: Knowledge) -> set[str]:
    """Words the knowledge also writes in lower case ("the", "in", "then"): capitalised at
    the start of a sentence, they are not part of a name."""
    texts = [t for entry in knowledge.entries if entry.answer for t in (entry.answer.da, entry.answer.en)]
    texts += [t for passage in knowledge.passages for t in (passage.text.da, passage.text.en)]
    texts += [knowledge.article.summary.da, knowledge.article.summary.en]
    return {fold(word) for text in texts for word in _WORD.findall(text) if word[:1].islower()}


def _runs(text: str) -> list[str]:
    """Runs of two or more adjacent capitalised words ("Signe Lynggaard Madsen")."""
    runs: list[list[str]] = [[]]
    for word in _WORD.findall(text):
        if _CAPITALISED.fullmatch(word):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [" ".join(run) for run in runs if len(run) >= 2]


def _unknown_full_names(text: str, known: set[tuple[str, ...]], common: set[str]) -> Iterable[str]:
    for run in _runs(text):
        words = run.split()
        folded = [fold(word) for word in words]
        explained = [fold_word in common for fold_word in folded]
        for phrase in sorted(known, key=len, reverse=True):
            for start in range(len(folded) - len(phrase) + 1):
                if _matches(folded[start : start + len(phrase)], phrase):
                    explained[start : start + len(phrase)] = [True] * len(phrase)
        yield from _unexplained_pairs(words, explained)


def _matches(words: list[str], phrase: tuple[str, ...]) -> bool:
    # The last word may carry a genitive -s ("Mandøes formandskab").
    *head, last = phrase
    return words[:-1] == head and words[-1] in {last, last + "s"}


def _unexplained_pairs(words: list[str], explained: list[bool]) -> Iterator[str]:
    """Each run of two or more words nothing explains: a full name the knowledge lacks."""
    run: list[str] = []
    for word, ok in [*zip(words, explained, strict=True), ("", True)]:
        if not ok:
            run.append(word)
            continue
        if len(run) >= 2:
            yield " ".join(run)
        run = []
