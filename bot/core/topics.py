"""The subject of a question, for follow-ups that lean on it without naming it.

After "hvor meget har aftalerne sparet?", "siden hvornår?", "hvem sagde det?" and "when were
they established?" are about the agreements' savings. Nothing in such a turn names that
subject, so the last question's own content words stand in for it; or, better, its noun
phrase ("den gamle styregruppe"), put where the turn's pronoun is (``noun_phrases``).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.lexicon import CLAIM_TAGS, QUESTION_WORDS, STATE_VERBS, STOPWORDS, word_set
from bot.core.normalize import fold, word_pairs
from bot.core.patterns import lazy
from bot.core.turn_words import LEAD_WORDS, PRONOUN_DE_BEFORE, VERBS

_SUBJECTLESS = frozenset(
    fold(
        """
        ok okay og and men but so så nå well tak thanks please pls venligst hvad what hvem who
        hvor where when hvornår hvorfor why how hvordan mon egentlig præcis exactly again igen
        you u your du dig din dit dine
        """
    ).split()
)
"""How a question asks, never what about; the bot addressed ("could you tell me …") is no subject."""
POINTERS = frozenset(
    fold("den det de dem deres dens dets it they them their its that this those these dette disse").split()
)
"""Words that point back at a subject the turn does not name."""
SAID_POINTERS = word_set("that this those these disse")
"""Pointers that more often stand for what was said, or open a phrase ("those agreements"), than
for the last question's subject."""


_PREAMBLE_END = lazy(r"[:;](?=\s)|[–—]|\s-\s")
"""Where a preamble ends before the question ("hej, jeg er ny her – hvad er SKI?"); a colon
inside a word is the Swedish genitive ("KL:s strategi")."""


def subject_words(question: str) -> str:
    """The content words of ``question``: what it is about, without how it asks, nor the
    preamble before it ("hej, jeg er ny her – …" is no part of the subject)."""
    parts = _PREAMBLE_END.split(question)
    asking = [p for p in parts if any(w in QUESTION_WORDS for w in fold(p).split())]
    words = fold(asking[-1] if len(parts) > 1 and asking else question).split()
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


def points_back_unnamed(words: Sequence[str]) -> bool:
    """``points_back``, where "den"/"de" opening a phrase of the turn's own ("hvem har nedsat
    den nye styregruppe?") is its article: that turn names its subject, so leans on no other."""
    return any(w in POINTERS and (w not in ("den", "de") or stands_for_thing(words, i)) for i, w in enumerate(words))


# -- the noun phrase a pronoun stands for ---------------------------------------------------


THING_POINTERS = word_set("it they them dem den de")
"""Pronouns that stand for a thing or things named before; "det" and "that" more often stand
for what was said ("hvem sagde det?", "is that right?") and are left alone."""
_DETERMINERS = word_set("den det de the")
_GENITIVE = lazy(r"\b(\w+)['’]s\b")
TOPIC_PREPOSITIONS = word_set("om about")
""" "hvad siger hun om besparelserne?": Danish puts the article on the noun, so the phrase after
"om" is the topic too."""


_DEFINITE = lazy(r"^\w{4,}(?:en|ne)(s?)$")
"""A Danish noun in its definite form: "styregruppen", "aftalerne" (folded); not "-et", which
past participles end in too ("sparet", "etableret"). Its genitive ("styregruppens opgave") names
the same thing: "hvem er med i den?" after it is the group's, not the task's."""


_PARTICIPLE = lazy(r"^[a-z]{3,}ed$")
"""An English past participle ("adopted", "dissolved"), by its ending."""


_DANISH_PARTICIPLES = word_set("vedtaget etableret oprettet nedsat opløst nedlagt dannet startet besluttet godkendt")
"""Danish past participles that end a question about what was done ("hvornår blev strategien
vedtaget?"): "så den gælder til 2020?" is about the strategy, not the strategy adopted."""


_FINITE = word_set("er var blev bliver har havde kan kunne skal skulle vil ville får fik")
"""Danish puts the subject after these in a question: "hvornår blev de etableret?"."""


def stands_for_thing(folded: Sequence[str], i: int) -> bool:
    """Whether ``folded[i]`` is a pronoun for a thing: "den" at the end or before a verb, not
    the article of "den gamle styregruppe"; "de" after a finite verb with a word or two after
    it ("hvor meget har de sparet?"), where an article would open a longer phrase ("har de
    forpligtende aftaler sparet?")."""
    word = folded[i]
    if word not in THING_POINTERS:
        return False
    if word in ("den", "de"):
        after = folded[i + 1] if i + 1 < len(folded) else ""
        # "hvad skal den bruges til?": after a finite verb, with a word or two after it.
        inverted = i > 0 and folded[i - 1] in _FINITE and len(folded) - i - 1 <= 2
        return not after or after in PRONOUN_DE_BEFORE | VERBS | _FINITE or inverted
    return True


THING_POSSESSIVES = word_set("dens dets its")
""" "hvem overtager dens opgaver?": a thing's, never a person's ("deres", "their" are often people's)."""


def leans_on_thing(question: str) -> bool:
    """Whether ``question`` has a pronoun for a thing where its subject would be, and no phrase
    of its own naming one: "og den blev vedtaget i maj?", "hvem overtager dens opgaver?"."""
    folded = [w for _, w in word_pairs(question)]
    pointing = any(stands_for_thing(folded, i) or w in THING_POSSESSIVES for i, w in enumerate(folded))
    return pointing and not noun_phrases(question, definite=True)


def noun_phrases(frame: str, *, definite: bool = False, in_clause: bool = False) -> list[str]:
    """The phrases of ``frame`` that open with an article ("den gamle styregruppe", "the binding
    agreements") or follow "om"/"about" ("om besparelserne"; these first), longest first: without a parser,
    where the phrase ends ("the binding agreements save") is left to the engine, which reads a
    stray verb as noise. "KL's procurement strategy" opens a phrase like "the KL procurement
    strategy": the words drop the "'s". With ``definite``, a Danish definite noun on its own
    too ("styregruppen"), for a pronoun to stand for: appended to a turn, so loose a phrase
    would make a question of anything ("qwertyuiop besparelsen?"). With ``in_clause``, for a
    pronoun in a clause with a verb of its own ("and it runs until 2020?" after "when was the
    strategy adopted?"), an English participle after the noun ends the phrase; a turn with no
    verb ("so 18 billion?" after "how much have the agreements saved?") keeps it as its verb."""
    pairs = word_pairs(_GENITIVE.sub(r"the \1", frame))
    stops = STOPWORDS | QUESTION_WORDS | VERBS | STATE_VERBS | _FINITE | POINTERS | LEAD_WORDS
    phrases: list[tuple[bool, str]] = []
    for i, (_, word) in enumerate(pairs):
        if word not in _DETERMINERS | TOPIC_PREPOSITIONS:
            continue
        topic = word in TOPIC_PREPOSITIONS
        start = i + 1 if topic else i
        end = i + 1
        while end < len(pairs) and pairs[end][1] not in stops:
            if (
                in_clause
                and end > start + 1
                and (_PARTICIPLE.search(pairs[end][1]) or pairs[end][1] in _DANISH_PARTICIPLES)
            ):
                break
            end += 1
        if end + 2 == len(pairs) and end > start + 1 and pairs[end][1] in POINTERS and pairs[end + 1][1] not in stops:
            # "what happened to the group it replaced?": a clause closing the question that
            # says which one, or "the group" would be any group.
            phrases.append((topic, " ".join(raw for raw, _ in pairs[start:])))
        phrases.extend((topic, " ".join(raw for raw, _ in pairs[start:stop])) for stop in range(end, i + 1, -1))
    # "what did SKI's director say about savings?": what it was said about is the topic.
    ranked = [phrase for _, phrase in sorted(phrases, key=lambda p: (not p[0], -len(p[1].split())))]
    # "hvornår holder styregruppen sit første møde?": Danish puts the article on the noun, so a
    # definite noun with no article before it is a phrase too, after those that have one.
    if not definite:
        return ranked
    definite_nouns = [
        raw[: len(raw) - len(found.group(1))]
        for raw, word in pairs
        if word not in stops and (found := _DEFINITE.search(word))
    ]
    return list(dict.fromkeys([*ranked, *definite_nouns]))
