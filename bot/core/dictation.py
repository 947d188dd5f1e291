"""What speech-to-text makes of a spoken question: punctuation said as a word ("hvem er formand
spørgsmålstegn"), an abbreviation spelt out letter by letter ("hvad er s k i"), a town heard as
two words ("ny borg"), a year said in words ("to tusind og tolv", "tyve sytten", "twenty
seventeen"). Put back as typed, so the rest of the engine reads a dictated question as it reads
a typed one."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.lexicon import STOPWORDS
from bot.core.normalize import fold
from bot.core.number_names import CARDINALS
from bot.core.patterns import lazy

_SAID_MARKS = (
    (re.compile(r"\s*\b(?:spørgsmålstegn|spoergsmaalstegn|sporgsmalstegn|question\s+mark)\b", re.IGNORECASE), "?"),
    (re.compile(r"\s*\b(?:udråbstegn|udraabstegn|udrabstegn|exclamation\s+mark)\b", re.IGNORECASE), "!"),
)
_SPELT = lazy(r"(?<!\w)(?:[a-zA-ZæøåÆØÅ]\s){1,4}[a-zA-ZæøåÆØÅ](?!\w)")
"""Two to five single letters in a row, a word spelt out ("s k i", "k l")."""
_BARE_WORD = lazy(r"([^\W\d_]{2,})([^\w\s]*)")
"""A word of letters only, and the marks after it ("borg?")."""
_NUMBER = {name: n for names in CARDINALS.values() for n, name in enumerate(names)}


def _said_any_of(low: int, high: int) -> str:
    # "thirty-one" is said, and dictated, as "thirty one" too.
    names = sorted((name for name, n in _NUMBER.items() if low <= n <= high), key=len, reverse=True)
    return "|".join(re.escape(name).replace("\\-", "[-\\s]") for name in names)


_TENS_AND_UNITS = _said_any_of(10, 99)
_UNITS = _said_any_of(1, 99)
_SPOKEN_YEAR = lazy(
    rf"\b(?:(?:to\s*tusind|two\s+thousand)(?:\s+(?:og|and))?\s+(?P<after>{_UNITS})"
    rf"|(?:tyve|twenty)\s+(?P<short>{_TENS_AND_UNITS}))\b",
    re.IGNORECASE,
)
"""'to tusind og tolv', 'two thousand and twelve', 'tyve sytten', 'twenty seventeen': a year of
this century said the way people say years."""
_YEAR_SAID = lazy(r"tusind|thousand|tyve|twenty", re.IGNORECASE)
"""What every spoken year holds: few messages do, and the years' pattern, every number name in
two languages, is slow to compile and to search."""


def undictated(text: str, known_word: Callable[[str], bool]) -> str:
    """``text`` with said punctuation, spelt-out words the engine knows (``known_word``) and
    spoken years written as they are typed."""
    for said, mark in _SAID_MARKS:
        text = said.sub(mark, text)

    def joined(found: re.Match[str]) -> str:
        word = found.group(0).replace(" ", "")
        return word.upper() if known_word(word.lower()) else found.group(0)

    def year(found: re.Match[str]) -> str:
        said = re.sub(r"\s+", "-", (found.group("after") or found.group("short")).lower())
        return str(2000 + _NUMBER[said])

    text = _rejoined(_SPELT.sub(joined, text), known_word)
    return _SPOKEN_YEAR.sub(year, text) if _YEAR_SAID.search(text) else text


def _rejoined(text: str, known_word: Callable[[str], bool]) -> str:
    """``text`` with two words that are one known name heard in two ("ny borg") written as one;
    never two words either of which is a name on its own or a small word."""
    words = text.split(" ")
    kept: list[str] = []
    at = 0
    while at < len(words):
        first = words[at]
        second = _BARE_WORD.fullmatch(words[at + 1]) if at + 1 < len(words) else None
        if second is not None and _BARE_WORD.fullmatch(first) and not second.group(2).startswith("-"):
            parts = (fold(first), fold(second.group(1)))
            small = any(part in STOPWORDS for part in parts)  # "var det" is no Varde
            if not small and not any(known_word(part) for part in parts) and known_word("".join(parts)):
                kept.append(first + second.group(1).lower() + second.group(2))
                at += 2
                continue
        kept.append(first)
        at += 1
    return " ".join(kept)


_HESITATION = lazy(r"(?:^|(?<=\s)|(?<=,))(?:ehm+|um+|uh+m*|erm+)(?=[\s,.!?]|$)[,.]?\s*", re.IGNORECASE)
"""The English sounds of thinking aloud that speech-to-text writes down ("um why …"). The Danish
"øh" stays: it is filler to the matcher (``lexicon.STOPWORDS``) and tells the language."""
_COMPARED = (
    r"(?:(?i:him|her|them|me|us|you|ham|hende|dem|mig|os|jer|dig|the\s+others?|de\s+andre|den\s+anden|det\s+andet)"
    r"|[A-ZÆØÅ]\w+\b|[\w-]+[\s?!.]*$)"
)
"""What "like"/"ligesom" compares with ("like him", "ligesom de andre", "like Karm", "ligesom lasse?"
at the end): then it is no filler."""
_FILLER = lazy(
    r"(?:^|(?<=\s))(?<!\b[Ii] )(?<!\b[Ww]e )(?<!you )(?<!they )(?<!\bdo )(?<!would )"
    rf"(?i:like|ligesom)\s+(?!{_COMPARED})"
    r"|^\W*(?i:altså|altsa)\s+(?=\S)"
    r"|\s+(?i:like|ligesom|altså|altsa)(?=\s*[?.!]*\s*$)"
)
"""Spoken filler: "hvem er ligesom kommunaldirektør", "and like who sits like right after him",
"altså er tema to …", "… two people like"; never the verb ("I like the plan", "would like to know")."""


_IDIOM = lazy(r"\s*,?\s*\b(?i:in\s+the\s+first\s+place|to\s+begin\s+with)\b")
"""'Which body adopted the strategy in the first place?': no first of a list, only emphasis."""


def without_fillers(text: str) -> str:
    """``text`` without hesitation sounds and filler words a dictated question carries."""
    kept = _IDIOM.sub("", _FILLER.sub("", _HESITATION.sub("", text)))
    return kept.strip() or text
