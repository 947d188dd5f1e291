"""Claims that set one value against another: "Pedersen er økonomidirektør og ikke
kommunaldirektør", "Karm er ikke fra Vejle men fra Kolding", "from Vejle, not Kolding".

The "ikke"/"not" of such a claim negates only its own half. Read as one negation of the
whole (the claim without "ikke", then turned), a false half on either side came out as
"Det er rigtigt"; each half is checked on its own instead: what it affirms must hold and
what it denies must not."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.lexicon import PLAIN_NEGATIONS, tag_start, word_set
from bot.core.patterns import lazy

_THEN_NOT = word_set("og and men but samt")
"""What joins an affirmed half to a denied one ("A og ikke B", "A but not B")."""
_BUT = word_set("men but snarere rather derimod instead")
"""What joins a denied half to an affirmed one ("ikke A men B", "not A but B")."""


_COMMA_THEN_NOT = lazy(r",\s*(?:ikke|not)\s+\w", re.IGNORECASE)
"""", ikke fra en kommune": a negation set off after what the claim affirms (", ikke?" is a tag)."""


@dataclass(frozen=True, slots=True)
class Contrast:
    """Which of a claim's values it affirms and which it denies, by their index."""

    affirmed: tuple[int, ...]
    denied: tuple[int, ...]


def contrast(words: Sequence[str], spans: Sequence[tuple[int, int]]) -> Contrast | None:
    """The halves of a claim whose values sit at ``spans`` (start, end), when one plain
    negation splits them into an affirmed half and a denied half; None for any other claim."""
    at = [i for i, w in enumerate(words) if w in PLAIN_NEGATIONS]
    if len(at) != 1:
        return None
    cut = at[0]
    before = tuple(i for i, (_, end) in enumerate(spans) if end <= cut)
    after = tuple(i for i, (start, _) in enumerate(spans) if start > cut)
    if len(before) + len(after) != len(spans):
        return None
    turn = next((i for i in range(cut + 1, len(words)) if words[i] in _BUT or _resumes(words, i)), None)
    if turn is not None:
        # The negation reaches from "ikke" to "men": what stands before it ("the chair isn't
        # from SKI, it's Mandøe from KL") is affirmed with the second half.
        denied = tuple(i for i in after if spans[i][1] <= turn)
        affirmed = tuple(i for i in after if spans[i][0] > turn)
        if denied and affirmed and len(denied) + len(affirmed) == len(after):
            return Contrast(affirmed=before + affirmed, denied=denied)
    joined = cut and (words[cut - 1] in _THEN_NOT or any(end == cut for _, end in spans))
    if before and after and joined:
        # "A og ikke B", "from Vejle, not Kolding" (the comma is gone from the words).
        return Contrast(affirmed=before, denied=after)
    return None


_RESUMING = word_set("han hun det den he she it")
_COPULAS = word_set("er var is was")
_CLIPPED = word_set("he she it")
"""English pronouns whose "'s" the words lose ("it's" is "it")."""


def _resumes(words: Sequence[str], at: int) -> bool:
    """ "Karm er ikke fra Vejle… han er fra Kolding", "not from SKI, it's from KL": a pronoun
    and its verb start the affirmed half, as "men" does."""
    if words[at] not in _RESUMING or at + 1 >= len(words):
        return False
    return words[at + 1] in _COPULAS or words[at] in _CLIPPED


def second_half_denied(text: str, words: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a claim denies a second half after values it affirms: "formanden kommer fra KL
    selv, ikke fra en kommune?", "… og ikke fra en kommune". Such a claim is not the first
    half turned around; what the second half denies may be nothing a check covers."""
    before_tag = list(words[: tag_start(words)])
    at = [i for i, w in enumerate(before_tag) if w in PLAIN_NEGATIONS]
    if len(at) != 1 or at[0] + 1 >= len(before_tag):
        return False
    cut = at[0]
    if not any(end <= cut for _, end in spans):
        return False
    return words[cut - 1] in _THEN_NOT or _COMMA_THEN_NOT.search(text) is not None
