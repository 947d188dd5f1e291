"""The polite Danish "De" ("Hvad kan De svare på?", "Kan De sige mig …"): the bot addressed as
"du", the old way.

Written with a capital inside a sentence, "De", "Dem" and "Deres" are the polite you, your: read
as "they", "Hvad kan De svare på?" met no entry, as "Hvad kan du svare på?" meets the help
entry. At a sentence's start the capital says nothing ("De er begge fra Viborg"), so only a
capitalised word after another word of the same sentence is read so.
"""

from __future__ import annotations

from bot.core.patterns import lazy

_POLITE = lazy(r"(?<=[^\W\d_])(?P<gap>[ ,]+)(?P<word>De|Dem|Deres)\b")
_PLAIN = (("De", "du"), ("Dem", "dig"), ("Deres", "din"))
"""The polite forms as written (with their capital, unlike the folded word lists) and "du"'s."""


def polite_address_plain(text: str) -> str:
    """``text`` with the polite "De", "Dem", "Deres" inside a sentence read as "du", "dig", "din"."""
    if "De" not in text:
        return text
    plain = dict(_PLAIN)
    return _POLITE.sub(lambda found: found.group("gap") + plain[found.group("word")], text)
