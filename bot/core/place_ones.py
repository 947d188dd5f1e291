"""A member named by where they sit: "the Aalborg one", "the Hjørring guy", "SKI-damen".

Consultants compare members that way ("and how does that compare with the Aalborg one?"): the
place read as a place asked what the article says of Aalborg, not of its member. Where a seat
has one member, the words stand for that member's name, so a comparison, a claim or a follow-up
meets a person; a seat shared by two (or a place not in the group) is left as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.patterns import lazy

_ENGLISH = lazy(
    r"\b(?i:the)\s+(?P<place>[A-ZÆØÅ][\w.'-]*(?:\s+[A-ZÆØÅ][\w'-]*)?)\s+"
    r"(?:one|guy|rep|representative|person|member|woman|man|lady|gentleman|chap|dude|delegate|fellow)\b(?P<s>['’]s)?"
)
_DANISH = lazy(r"\b(?P<place>[A-ZÆØÅ][\w'-]*?)-(?:manden|kvinden|damen|fyren|repræsentanten|personen|direktøren)\b")
_PLACES = frozenset({"municipality", "organisation"})
_COPULA = lazy(r"\b(?:is|are|was|were|er|var)\b|(?<=\w)['’]s\s+the\b", re.IGNORECASE)
"""A claim's verb, also run into its subject ("Karm's the Vejle man")."""
_LEADING = lazy(r"^\W*(?:(?:sorry|ok|okay|so|and|but|then|og|men|så|nå|@\w+)\W+)*", re.IGNORECASE)
"""Words before a claim's subject that say nothing of it ("Sorry, is the Holbæk person …")."""
_SAME = lazy(r"\b(?:same|samme|like|ligesom|as)\b", re.IGNORECASE)
_ASKS_WHO_OR_WHAT = lazy(r"^\W*(?:(?:and|og|so|ok|okay)\W+)*(?:who|what|which|whose|how)\b", re.IGNORECASE)


def place_ones_named(text: str, member_at: Callable[[str], str | None], named_in: Callable[[str], set[str]]) -> str:
    """``text`` with each member named by their seat's place put as their name; ``member_at``
    gives the one member sitting for a place as written, or None; ``named_in`` the kinds of
    thing a text names ("person", "municipality", …; asked only of a text holding such a place).
    Beside a place named as such ("… differ from Rudersdal's?") the member's place is compared
    as a place too.

    A question asking who or what ("what is the title of the KL person?") always reads the
    member. A claim reads the member only as its subject ("is the Holbæk person a director
    too?"): one that the place's member is someone ("is he the Nyborg guy?", "Is Roslev the
    Aalborg one?"), that sets places side by side ("… like the Aalborg one?") or compares them
    ("the same as the chair's?") is judged of the places as written."""
    placed = [*_ENGLISH.finditer(text), *_DANISH.finditer(text)]
    if not placed or len(text.split()) <= len(placed):
        return text  # "Nyborg-repræsentanten?" alone asks for the seat, in the language it is written in
    rest = text
    for found in placed:
        rest = rest.replace(found.group(0), " ")
    besides = named_in(rest)
    if besides & _PLACES:
        return text
    if _COPULA.search(text) and not _ASKS_WHO_OR_WHAT.match(text):
        before = _LEADING.sub("", text[: min(found.start() for found in placed)])
        subject = not before.strip() or _COPULA.fullmatch(before.strip()) is not None
        if not subject or len(placed) > 1 or _SAME.search(text) or "person" in besides:
            return text

    def named(found: re.Match[str]) -> str:
        name = member_at(found.group("place"))
        if name is None:
            return found.group(0)
        return name + (found.groupdict().get("s") or "")

    return _DANISH.sub(named, _ENGLISH.sub(named, text))
