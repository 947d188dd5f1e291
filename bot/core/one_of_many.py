""" "Is Karm one of seven kommunaldirektører?" claims two things: that he holds the title, and
that seven members do. Read as one claim about him, it got a "Yes" whatever the number; each
is now checked on its own, and only both together get a "Yes". "Is Karm one of the members?"
claims only the first."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.lexicon import cardinal_words
from bot.core.normalize import fold
from bot.core.patterns import lazy

_ONE_OF_MANY = lazy(
    r"\b(?:one|en|et|ene)\s+(?P<of>of|af)\s+(?P<the>the\s+|de\s+)?(?:(?P<count>\d+|[^\W\d_]+)\s+(?=[^\W\d_]))?",
    re.IGNORECASE,
)
_THERE_ARE = {"da": "er der", "en": "are there"}
_ONE = {"da": "en", "en": "a"}


@dataclass(frozen=True)
class OneOfMany:
    """The claims of "X is one of N Ys": X is a Y; there are N Ys (None: no number was put)."""

    member: str
    count: str | None


def one_of_many(text: str) -> OneOfMany | None:
    """The claims of ``text`` when it puts someone up as "one of (N) Ys"; None when it does not."""
    found = _ONE_OF_MANY.search(text)
    if found is None:
        return None
    count = found.group("count")
    numbered = count is not None and (count.isdigit() or fold(count) in cardinal_words())
    if not numbered and found.group("the") is None:
        return None  # "one of them" points back; what "them" is, the conversation says
    tail = text[found.end() :] if numbered else text[found.end("the") :]
    language = "da" if found.group("of").lower() == "af" else "en"
    member = f"{text[: found.start()]}{_ONE[language]} {tail}"
    return OneOfMany(member, f"{_THERE_ARE[language]} {count} {tail}" if numbered else None)
