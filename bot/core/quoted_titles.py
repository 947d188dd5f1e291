"""A theme's title quoted in a claim ("Tema 2 hedder »Bedre digital understøttelse af
økonomiopgaven« – er det korrekt ordlyd?") is checked word for word.

The theme claim is judged by topic words, so a title quoted with one word changed still named the
right theme and got "Ja". A quotation claims the wording: a word in it that the theme's title
does not hold (spelling aside) makes the claim false.
"""

from __future__ import annotations

from dataclasses import replace

from rapidfuzz import fuzz

from bot.core.answer import Answer
from bot.core.knowledge import Theme
from bot.core.lexicon import STOPWORDS, word_set
from bot.core.normalize import fold
from bot.core.patterns import lazy
from bot.core.verdict_text import affirms, verdict_prefix, without_verdict

_QUOTED = lazy(r"[»«\"“”„'‘’]([^»«\"“”„'‘’]{3,}?)[»«\"“”„'‘’]")
_THEME_SOURCE = "fact:theme:"
_NAMING = word_set(
    "hedder hed kaldes kaldet called named titled title titel titlen ordlyd ordlyden wording lyder navn name"
)
"""Words claiming the title's wording ("Tema 2 hedder »…«"); "handler om »…«" claims a topic."""
_MIN_QUOTED_WORDS = 2
"""A quotation this long claims a wording; a word or two in quotes ("'digital'") names a topic."""
_QUOTED_SHARE = 2
"""At least half the quoted words are the Danish title's: the quotation is of the article."""
_SAME_WORD = 85.0
"""A quoted word this close to one of the title's (rapidfuzz ratio) is that word misspelt."""


def wording_checked(asked: str, answer: Answer, themes: tuple[Theme, ...]) -> Answer:
    """``answer``, or a "No" with its text when it says yes to a theme whose title the question
    quotes with a word the title does not hold."""
    source = answer.source or ""
    if not affirms(answer.text) or not source.startswith(_THEME_SOURCE) or _NAMING.isdisjoint(fold(asked).split()):
        return answer
    number = source.removeprefix(_THEME_SOURCE)
    theme = next((t for t in themes if str(t.number) == number), None)
    if theme is None:
        return answer
    title = fold(theme.title.da).split()
    for quoted in _QUOTED.findall(asked):
        words = [w for w in fold(quoted).split() if w not in STOPWORDS]
        if len(words) < _MIN_QUOTED_WORDS:
            continue
        kept = [w for w in words if max(fuzz.ratio(w, t) for t in title) >= _SAME_WORD]
        # Most words the title's: the article's wording quoted; an English rendering of the
        # title ("Better purchasing of services") is the asker's own words, not a quotation.
        if len(kept) * _QUOTED_SHARE >= len(words) and len(kept) < len(words):
            return replace(answer, text=verdict_prefix(False, answer.language) + without_verdict(answer.text))
    return answer
