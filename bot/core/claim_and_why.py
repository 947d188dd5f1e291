"""A claim with "why?" after it in one message: "Viborg has three representatives, why so many?",
"Kim Herlev er formand, ikke? hvorfor ham?"; and the claim a why-question takes for granted:
"Why was the group set up by the Ministry of Finance?".

The claim is checked first, as if sent alone. A false claim's "why" rests on something that
does not hold, so the "No" and the true fact answer the whole message. A true claim's "why"
is read as the follow-up it is; when nothing in the article answers it, the reply says so
for that part only instead of dropping the verdict.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.core.answer import Answer
from bot.core.knowledge import Bilingual, Lang
from bot.core.lexicon import word_set
from bot.core.normalize import fold, tokens
from bot.core.patterns import lazy
from bot.core.phrases import say
from bot.core.speakers import reports_speech
from bot.core.verdict_text import affirms, has_verdict

_WHY_AFTER = lazy(
    r"(?:[,.;:?!]+|\s[-–—])\s*(?:(?:and|so|but|then|og|så|saa|men)\s+)?"
    r"(?=(?:why|hvorfor|how\s+come)\b)",
    re.IGNORECASE,
)
"""Where a "why" question starts after the claim it asks about ("…, so why …", "…? hvorfor …")."""
_MIN_CLAIM_WORDS = 2
"""A claim names something and says something of it; "ok, why?" claims nothing."""

NO_REASON_GIVEN = Bilingual(
    da="Hvorfor, kan jeg ikke svare på ud fra artiklen.",
    en="The why I cannot answer from the article.",
)


def claim_and_why(text: str) -> tuple[str, str] | None:
    """The claim before a trailing "why" question and that question, or None."""
    found = _WHY_AFTER.search(text)
    if found is None:
        return None
    claim, why = text[: found.start()].strip(), text[found.end() :].strip()
    if len(claim.split()) < _MIN_CLAIM_WORDS or not why:
        return None
    return claim, why


_WHY_FIRST = lazy(
    r"^\s*(?:(?:and|so|but|then|og|så|saa|men)\s+)?(?:why|hvorfor|how\s+come)\s+(?P<premise>[^?]+?)\s*\?*\s*$",
    re.IGNORECASE,
)
_ENGLISH_AUXILIARIES = word_set("is are was were did does do has have had will would can could should")
"""How an English why-question's clause opens when it asks "why is it so?" ("why was it set up by …")."""
_QUOTED = lazy(r"[\"«»“”]|(?<!\w)['‘’]|['‘’](?!\w)")
"""A quotation mark; an apostrophe inside a word is a genitive ("KL's board"), not a quote."""
_MIN_PREMISE_WORDS = 3
"""A premise names something and says something of it: "hvorfor er det?" takes nothing for granted."""


def why_premise(text: str) -> str | None:
    """The claim a why-question takes for granted, put as a yes/no question ("was the group set
    up by the Ministry of Finance?"), or None. Danish puts the verb second after "hvorfor", so
    the rest is already the yes/no question; English needs an auxiliary after "why"."""
    found = _WHY_FIRST.match(text)
    if found is None:
        return None
    premise = found.group("premise")
    words = premise.split()
    if len(words) < _MIN_PREMISE_WORDS or _QUOTED.search(premise) or reports_speech(tokens(premise)):
        return None  # "why does it say 'formand' after Mandøe?" asks about wording, not a claim
    english = text.lstrip().lower().split()[0] in ("why", "how", "and", "so", "but", "then")
    if english and fold(words[0]) not in _ENGLISH_AUXILIARIES:
        return None
    return f"{premise}?"


def answered_with_why(
    text: str,
    check: Callable[[str], Answer],
    follow_up: Callable[[str, str, Lang], Answer],
) -> Answer | None:
    """The verdict on the claim before "why", with the why answered as its follow-up; None when
    the message holds no such pair or its first part gets no verdict.

    ``check`` answers a message alone; ``follow_up(claim, why, lang)`` answers ``why`` as the
    turn after ``claim``."""
    split = claim_and_why(text)
    if split is None:
        return None
    claim, why = split
    checked = check(claim)
    if not checked.answered or not has_verdict(checked.text):
        return None
    if not affirms(checked.text):
        return replace(checked, question=text)
    reason = follow_up(claim, why, checked.language)
    if reason.answered and reason.source != checked.source:
        added = reason.text
    else:
        added = say(NO_REASON_GIVEN, checked.language)
    return replace(checked, question=text, text=f"{checked.text}\n\n{added}")
