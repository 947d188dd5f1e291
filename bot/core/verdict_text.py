"""The verdict an answer opens with: "Ja"/"Yes" or "Nej"/"No", read off or put on its text.

Many paths ask whether an answer already carries a verdict, or strip an entry's own
"Yes, …" before it answers a claim it was not written for; they need only this, not the
reasoning that decides a verdict.
"""

from __future__ import annotations

import re

from bot.core.knowledge import Lang
from bot.core.patterns import lazy
from bot.core.phrases import NO, YES

_LEADING_VERDICT = lazy(
    r"^(?:(ja|jo|yes|det er rigtigt|that's right)|nej|no|forkert|not so)\b[,.!:]?\s*", re.IGNORECASE
)


def without_verdict(text: str) -> str:
    """An entry's own "Yes, it was dissolved" is no verdict on a claim it was not written for."""
    rest = _LEADING_VERDICT.sub("", text, count=1)
    return rest[:1].upper() + rest[1:] if rest != text else text


def has_verdict(text: str) -> bool:
    return _LEADING_VERDICT.match(text) is not None


def affirms(text: str) -> bool:
    """Whether the answer opens with a "Ja"/"Yes"."""
    found = _LEADING_VERDICT.match(text)
    return found is not None and found.group(1) is not None


def verdict_prefix(true: bool, lang: Lang) -> str:
    return (YES if true else NO).get(lang)
