"""What something means for the one asking: "hvad betyder strategien for en lille kommune som
vores?", "the fourth theme, what it means for a supplier like me?".

The article says what the strategy and its themes are, never what they mean for a particular
municipality or supplier. Read with the asker in it, the question found nothing; read without,
it finds what the article does say, which is answered with a note that it is no more than that.
"""

from __future__ import annotations

import re

from bot.core.answer import Answer
from bot.core.knowledge import Bilingual
from bot.core.patterns import lazy
from bot.core.verdict_text import has_verdict

_ASKER = (
    # "for a supplier like me", "for small municipalities like ours", "for companies such as us"
    r"for\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:like|such\s+as)\s+(?:me|us|mine|ours)"
    # "for os som lille kommune", "for mig som leverandør", "for us as a supplier"
    r"|for\s+(?:os|mig|us|me)\s+(?:som|as)\s+(?:en\s+|et\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}[\w-]+"
    # "for en lille kommune som vores", "for en leverandør som mig"
    r"|for\s+(?:en\s+|et\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+som\s+(?:vores|os|mig|min|mit|jer)"
    # "for os", "for us", "for me" closing the question
    r"|for\s+(?:os|mig|us|me)(?=\s*[?!.]*\s*$)"
)
_FOR_THE_ASKER = lazy(r"\s*,?\s*\b(?:" + _ASKER + r")\b", re.IGNORECASE)
_MIN_LEFT_WORDS = 2
"""Words the question needs without the asker: "hvad med os?" asks about nothing else."""

ONLY_IN_GENERAL = Bilingual(
    da="Artiklen siger ikke, hvad det betyder for jer i særdeleshed. Den siger dette: ",
    en="The article does not say what it means for you in particular. What it does say: ",
)


def without_the_asker(text: str) -> str | None:
    """``text`` without the words that put the asker in it, or None when it has none."""
    found = _FOR_THE_ASKER.search(text)
    if found is None:
        return None
    rest = (text[: found.start()] + text[found.end() :]).strip()
    return rest if len(rest.split()) >= _MIN_LEFT_WORDS else None


def in_general(answer: Answer) -> bool:
    """Whether ``answer``, to the question without the asker, says something of its own: facts,
    not a "Ja" on whether something is good for them, nor a failure to understand."""
    return answer.outcome == "answer" and not has_verdict(answer.text)
