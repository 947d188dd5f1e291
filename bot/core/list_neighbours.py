"""A member named by a place on the list beside another: "the one after Anders Brøndum is from
Vordingborg?", "hvad er titlen på den før Karm?".

Read word by word, such a question is about the member it names (a claim about Brøndum got
"No. Anders Brøndum … Holbæk"); it is about the one beside him on the member list. The phrase
is put in that member's name before anything else reads the message; where the seat beside is
shared by two people, it is asked as "who".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.core.knowledge import Seat
from bot.core.patterns import lazy

_BESIDE = lazy(
    r"\b(?:the\s+(?:one|person|member|guy)|den|personen|medlemmet)\s+(?:(?:right|directly|just|immediately|lige)\s+)?"
    r"(?P<way>after|before|efter|før|foer|foran|bagved)\s+(?P<name>[^\W\d_][\w\-]*(?:\s+[^\W\d_][\w\-]*){0,3})",
    re.IGNORECASE,
)
"""The phrase, with up to four words after the direction: the name is the longest run of them
that names one member ("den efter Falkesen forsyningsdirektør?" names Falkesen)."""
_AFTER = frozenset({"after", "efter", "bagved"})
_DANISH_WAYS = frozenset({"efter", "før", "foer", "foran", "bagved"})
_WHO = {"da": "hvem", "en": "who"}
"""How a shared seat beside is asked for, in the language the direction was written in."""


def beside_named(text: str, person_named: Callable[[str], str | None], seats: Sequence[Seat]) -> str:
    """``text`` with "the one after X" put as the name of the member after X on the list;
    ``person_named`` gives the one member a phrase names, or None."""
    found = _BESIDE.search(text)
    if found is None:
        return text
    words = list(re.finditer(r"\S+", found.group("name")))
    named = ((person_named(found.group("name")[: w.end()]), w.end()) for w in reversed(words))
    name, end = next(((n, e) for n, e in named if n is not None), (None, 0))
    end += found.start("name")
    lang = "da" if found.group("way").casefold() in _DANISH_WAYS else "en"
    at = next((i for i, seat in enumerate(seats) if any(p.name == name for p in seat.people)), None)
    if name is None or at is None:
        return text
    beside = at + (1 if found.group("way").casefold() in _AFTER else -1)
    if not 0 <= beside < len(seats):
        return text
    people = seats[beside].people
    # A seat shared by two names no one member: the claim is asked as "who …", whose answer
    # says whom it holds of, with no verdict on either.
    meant = people[0].name if len(people) == 1 else _WHO[lang]
    return text[: found.start()] + meant + text[end:]
