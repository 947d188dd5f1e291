"""A claim of two clauses joined by "og"/"and" ("Strategien har fem temaer, og tema 4 er
digitalisering", a press line "KL har nedsat gruppen, og SKI er repræsenteret ved Signe. Er det i
orden?") is judged clause by clause: read whole, one clause's values were checked against the
other's subject ("Signe … KL": "Nej"), or the second clause was never checked ("Ja").

A conjunction holds when each clause does: "No" with the clause that fails, "Yes" when both hold.
Only where each clause alone gets a verdict; otherwise the whole message's answer stands."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.core.answer import Answer
from bot.core.framing import claim_confirmed_after
from bot.core.lexicon import CLAIM_OPENERS, LAST_WORDS, ordinal_words, word_set
from bot.core.normalize import fold
from bot.core.patterns import lazy
from bot.core.rewriting import without_closing_tag
from bot.core.verdict_text import affirms, has_verdict, without_verdict

_JOINED_CLAUSES = lazy(
    r"^(?P<first>(?:\S+\s+){2,}?\S+?)(?<!-)\s*,?\s+(?:og|and|samt)\s+(?P<second>(?:\S+\s+){2,}\S+)$", re.IGNORECASE
)
"""Two clauses of at least three words each, joined by "og"/"and" ("… fem temaer, og tema 4 er …")."""
_ELLIPTICAL_OPENERS = word_set("ikke not never aldrig heller neither nor også also too")
"""How a second clause that borrows the first one's verb opens ("… og ikke SKI", "and not SKI")."""
_LABEL = lazy(r"^[^\s:]+(?:\s+[^\s:]+){0,3}:\s+")
"""What a line is for, before a colon ("Draft: ", "Til SoMe-opslaget: ", "Our line: ")."""
_QUOTE_MARKS = "'\"«»“”‘’„"
_DISTRIBUTIVE = word_set("begge both each hver alle all")
"""Words that spread one claim over the names "og" joins ("Er A og B begge direktører?")."""
_PREPOSITIONS = word_set("fra from i in at på by af of for with med til to hos")
"""How a second clause without a subject of its own opens ("… and from Lyngholt")."""
_ABOUT_A_MEMBER = "fact:person:"
"""The source of an answer about one member, whom a second clause without a subject is about."""
_THAT = word_set("at that")
"""How a reported second clause opens ("…, og at den erstatter …"): no word of the claim."""
_ORDINAL_ARTICLES = word_set("den det the")
_COUNTED_NOUNS = {fold(plural): singular for plural, singular in (("temaer", "tema"), ("themes", "theme"))}
"""The first clause's counted things a second clause's bare ordinal means ("der er 5 temaer og
det femte handler om …": the fifth theme)."""


def judged_by_clauses(text: str, whole: Answer, answer_of: Callable[[str], Answer]) -> Answer | None:
    """The answer to ``text`` judged clause by clause, when that differs from ``whole``'s
    verdict; None when ``text`` is no two clauses each getting a verdict of its own."""
    framed = claim_confirmed_after(text) or text
    body = without_closing_tag(framed)
    tag = framed[len(body) :].strip(" ,") if body != framed else ""
    body = _LABEL.sub("", body.strip()).strip(_QUOTE_MARKS + " ,.")
    split = _JOINED_CLAUSES.match(body)
    if split is None or not _DISTRIBUTIVE.isdisjoint(fold(body).split()):
        return None
    if fold(body).split()[0] in CLAIM_OPENERS and not affirms(whole.text):
        # "Er Karm fra Vejle og Roslev fra Aalborg?" may join names as well as clauses: only a
        # "yes" to the whole is put to each part, never a verdict built from parts of names.
        return None
    second_words = split.group("second").split()
    if fold(second_words[0]) in _ELLIPTICAL_OPENERS:
        return None  # "det var KL der nedsatte gruppen og ikke SKI": the second leans on the first
    if fold(second_words[0]) in _THAT and len(second_words) > 3:
        second_words = second_words[1:]
    closing = f", {tag}" if tag else "?"
    first = answer_of(split.group("first").strip(_QUOTE_MARKS + " ,") + closing)
    if fold(second_words[0]) in _PREPOSITIONS or (
        fold(second_words[0]) in CLAIM_OPENERS and (first.source or "").startswith(_ABOUT_A_MEMBER)
    ):
        # "Falkesen is from Krageby and is water manager there": the second clause has no
        # subject of its own; read alone, it would be about whoever is a water manager. Of
        # the agreements ("… started in 2012 and have saved 18 billion?") it is their figure.
        return None
    second_words = _ordinal_noun_borrowed(second_words, split.group("first"))
    second = answer_of(" ".join(second_words).strip(_QUOTE_MARKS + " ,.?") + closing)
    if affirms(whole.text) and affirms(first.text) and not has_verdict(second.text) and _one_of_them(second_words):
        # "der er 5 temaer og det sidste handler om drikkevand, ik?": the "Ja" was the first
        # clause's; the second, about one of the things it counted, never checked, gets no "yes".
        return replace(whole, question=text, text=without_verdict(whole.text))
    if not (has_verdict(first.text) and has_verdict(second.text)):
        return None
    denied = next((a for a in (first, second) if not affirms(a.text)), None)
    if denied is not None:
        return replace(denied, question=text)
    if affirms(whole.text):
        return None
    return replace(first, question=text, text=f"{first.text}\n\n{without_verdict(second.text)}")


def _one_of_them(clause: list[str]) -> bool:
    """Whether ``clause`` opens with one of the things the first clause counted ("det femte",
    "the last one"): a clause of its own, not part of a name or a title ("… of finance and
    labour market")."""
    return (
        len(clause) > 2
        and fold(clause[0]) in _ORDINAL_ARTICLES
        and (fold(clause[1]) in ordinal_words() or fold(clause[1]) in LAST_WORDS)
    )


def _ordinal_noun_borrowed(second: list[str], first: str) -> list[str]:
    """ "det femte handler om …" after "der er 5 temaer": "det femte tema handler om …"."""
    if not _one_of_them(second):
        return second
    noun = next((_COUNTED_NOUNS[w] for w in fold(first).split() if w in _COUNTED_NOUNS), None)
    return [*second[:2], noun, *second[2:]] if noun is not None and fold(second[2]) != noun else second
