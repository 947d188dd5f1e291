"""A claim the asker corrects as they type: "Lars Holte – kommunaldirektør, Høje Taastrup? Nej
vent, Rudersdal. Rudersdal, korrekt?".

What is put up is the first claim with the place (or name) they meant in place of the one they
took back. Read as two claims, the one taken back got its own "Ja" and the bare "Rudersdal,
korrekt?" another, for Rudersdal being in the group.
"""

from __future__ import annotations

import re

from bot.core.entities import Recognizer
from bot.core.normalize import word_pairs
from bot.core.patterns import lazy

_TAKEN_BACK = lazy(
    r"^(?P<claim>.+?)[?.!,;–—-]*\s+(?:nej|no|nope|nah|undskyld|sorry|hov|oops)\W+"
    r"(?:vent(?:\s+lige)?|wait|undskyld|sorry|jeg\s+mener|i\s+mean|det\s+var)?\W*(?P<meant>[^.?!,]+?)\s*(?:[.?!,]+.*)?$",
    re.IGNORECASE | re.DOTALL,
)
_KINDS = ("municipality", "organisation", "person", "title")
_TAG = {True: "korrekt", False: "correct"}


def corrected_claim(text: str, recognizer: Recognizer) -> str | None:
    """The claim with the value the asker meant put in place of the one taken back, as a claim
    to confirm; None when the message takes nothing back or names no value of the same kind."""
    found = _TAKEN_BACK.match(text.strip())
    if found is None:
        return None
    meant = [m for m in recognizer.find(word_pairs(found.group("meant"))) if m.kind in _KINDS]
    if len(meant) != 1:
        return None
    claim = found.group("claim")
    pairs = word_pairs(claim)
    before = [m for m in recognizer.find(pairs) if m.kind == meant[0].kind]
    if not before:
        return None
    taken_back = before[-1].surface
    at = claim.rfind(taken_back)
    if at < 0:
        return None
    danish = bool(re.search(r"\b(?:nej|vent|undskyld|hov|korrekt|ikke|ik)\b", text, re.IGNORECASE))
    fixed = claim[:at] + meant[0].surface + claim[at + len(taken_back) :]
    return f"{fixed.rstrip(' ?.!,')}, {_TAG[danish]}?"
