"""How a member's name is written: "how do you spell the chair's name?", "Winther with an h,
yes?", "Svendsen-Tune har bindestreg?", "han har tre navne?".

People quoting the group in a minute or a press release check the names first. The answer is
the name as the article writes it; a claim about a letter, a hyphen or how many names the
member has gets its "Ja"/"Nej" from that name itself, never from a guess.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.core.entities import Mention
from bot.core.knowledge import Bilingual, Lang
from bot.core.lexicon import QUESTION_WORDS, QUESTION_WORDS_WITH_IS, cardinal_words, word_set
from bot.core.normalize import fold
from bot.core.patterns import lazy
from bot.core.phrases import say
from bot.core.verdict_text import verdict_prefix

SPELLING_WORDS = word_set("""
    spell spells spelt spelled spelling spellings staves stavet stavning stavningen stavemåde stavemaaden
""")
"""Words that ask how a name is written."""
HYPHEN_WORDS = word_set("hyphen hyphens hyphenated bindestreg bindestregen bindestreger")
"""Words that claim (or ask) that a name has a hyphen."""
NAME_WORDS = word_set("names navne fornavne efternavne")
"""What is counted in "han har tre navne?", "she has three names?"."""
MIDDLE_NAME_WORDS = word_set("middle mellemnavn mellemnavne")
"""A middle name: a name of three words or more has one."""
WITHOUT_WORDS = word_set("without uden")
HOW_WORDS = word_set("how hvordan")
"""The one question word of a spelling question ("how is it spelt?"); "which title does he have?
skal staves korrekt" asks the title."""
AT_THE_END = lazy(r"\b(?:til\s+sidst|at\s+the\s+end|i\s+slutningen|sidst\s+i)\b", re.IGNORECASE)

_LETTER = lazy(
    r"\b(?P<with>with|med|without|uden)\s+(?:an?\s+|et\s+|en\s+|the\s+letters?\s+|bogstavet\s+|bogstaverne\s+)?"
    r"(?:(?P<count>\w+)\s+)?"
    r"(?:(?P<letter>[^\W\d_])(?:['’]?s)?|[\"'«“‘](?P<letters>[^\W\d_]{1,3})[\"'»”’])(?=\s*(?:[?!.,;:)]|$|til\s+sidst|at\s+the\s+end))",
    re.IGNORECASE,
)
"""'with an h', 'med ø', 'uden "h"', "med 'th' til sidst", "med to r", "with two r's": a letter
(or, quoted, a few), how many times if said, claimed in or out of the name, ending its clause
(so "med i styregruppen" claims no letter "i")."""
DOUBLE_WORDS = word_set("double dobbelt dobbelte")

SPELT = Bilingual(da="Artiklen staver navnet «{name}».", en="The article spells the name «{name}».")


@dataclass(frozen=True)
class SpellingReply:
    text: str
    person: str


def spelling_asked(
    text: str, words: Sequence[str], mentions: Sequence[Mention], lang: Lang, name_cutoff: float
) -> SpellingReply | None:
    """The reply to a question about how one named member's name is written, or None when the
    question is about something else (or names no one member). ``name_cutoff``: the
    ``fuzz.ratio`` at which a typed word is a part of the name (``Tuning.name_cutoff``)."""
    named = [m for m in mentions if m.kind == "person"]
    people = {m.ids[0] for m in named if m.ids}
    if len(people) != 1 or any(len(m.ids) != 1 for m in named):
        return None  # "Lars med s?": which Lars is asked first, elsewhere
    name = next(iter(people))
    asked = set(words)
    if asked & (QUESTION_WORDS | QUESTION_WORDS_WITH_IS) - HOW_WORDS and not asked & MIDDLE_NAME_WORDS:
        return None
    letter = _LETTER.search(text)
    times = _times(letter.group("count")) if letter is not None and letter.group("count") else None
    if letter is not None and letter.group("count") and times is None:
        return None  # "med stort K": how it is written, which the name as the article has it cannot say
    counted = _names_counted(words)
    hyphen = bool(asked & HYPHEN_WORDS)
    middle = bool(asked & MIDDLE_NAME_WORDS) and bool(asked & {"name", "navn", "mellemnavn", "mellemnavne"})
    if not (asked & SPELLING_WORDS or letter or hyphen or counted is not None or middle):
        return None
    holds: bool | None = None
    if letter is not None:
        parts = _parts_typed(name, [m for m in mentions if m.kind == "person"], words, name_cutoff)
        letters = (letter.group("letter") or letter.group("letters")).casefold()
        written = " ".join(parts).casefold()
        # "med to r", "with two r's", "dobbelt n": the letter doubled ("Svenningsen" has "nn");
        # one: there, and never doubled. More is not said of a name.
        if times is None:
            inside = letters in written
        elif times in (1, 2):
            doubled = letters * 2 in written
            inside = doubled if times == 2 else letters in written and not doubled
        else:
            return SpellingReply(say(SPELT, lang, name=name), name)
        if inside and AT_THE_END.search(text) and not any(part.casefold().endswith(letters) for part in parts):
            return SpellingReply(say(SPELT, lang, name=name), name)  # "'th' til sidst" of Winther: near it
        holds = inside != (fold(letter.group("with")) in WITHOUT_WORDS)
    elif hyphen:
        holds = "-" in name
    elif counted is not None:
        holds = counted == len(name.split())
    elif middle:
        holds = len(name.split()) >= 3
    if asked & QUESTION_WORDS:
        holds = None  # "how is it spelt?", "hvad hedder han til mellemnavn?": asked, not claimed
    body = say(SPELT, lang, name=name)
    return SpellingReply((verdict_prefix(holds, lang) if holds is not None else "") + body, name)


def _times(word: str) -> int | None:
    """ "to", "two", "2", "dobbelt": how many of a letter are claimed."""
    folded = fold(word)
    if folded in DOUBLE_WORDS:
        return 2
    return int(folded) if folded.isdigit() else cardinal_words().get(folded)


def _names_counted(words: Sequence[str]) -> int | None:
    """'tre navne', 'three names', '3 names': the count claimed, if any."""
    for before, word in itertools.pairwise(words):
        if word in NAME_WORDS:
            number = int(before) if before.isdigit() else cardinal_words().get(before)
            if number is not None:
                return number
    return None


def _parts_typed(name: str, mentions: Sequence[Mention], words: Sequence[str], cutoff: float) -> list[str]:
    """The parts of ``name`` the asker typed ("Winther" of "Anette Juhl Winther"): a letter is
    claimed of them; the whole name when none can be told apart."""
    typed = [w for m in mentions for w in words[m.start : m.end]]
    parts = [part for part in name.split() if any(fuzz.ratio(fold(part), w) >= cutoff for w in typed)]
    return parts or [name]
