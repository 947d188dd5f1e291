"""Who stands on either side of a member on the article's member list ("hvem sidder ved siden af
Helle på listen?", "who is next to Jonas on the list?"): the line before, the line after, and whoever
shares the member's own line. "Before" or "after" alone asks for one side (``peers.neighbours``)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.fact_questions import FactReply
from bot.core.facts import FactRenderer
from bot.core.knowledge import MEMBERS, Bilingual, Lang, Seat
from bot.core.lexicon import phrase_tuples, word_set
from bot.core.phrases import say

BESIDE = phrase_tuples("ved siden af", "next to", "beside", "on either side of", "på hver side af")
NEIGHBOUR_WORDS = word_set("""
    nabo naboer naboerne neighbour neighbours neighbor neighbors neighbouring neighboring sidemand sidemænd
""")
"""The speller may turn "neighbours" into "neighbouring", a word questions about places use."""
HEAD = Bilingual(
    da="{name} står som nummer {place} af {size} på listen over styregruppens medlemmer.",
    en="{name} is number {place} of {size} on the list of the group's members.",
)
SIDES = {
    "before": Bilingual(da="Før", en="Before"),
    "same": Bilingual(da="På samme linje", en="On the same line"),
    "after": Bilingual(da="Efter", en="After"),
}


def asks_beside(words: Sequence[str]) -> bool:
    """Whether ``words`` (folded) ask for both sides of a place rather than one."""
    found = tuple(words)
    return bool(set(found) & NEIGHBOUR_WORDS) or any(
        found[i : i + len(phrase)] == phrase for phrase in BESIDE for i in range(len(found))
    )


def both_sides(render: FactRenderer, seat: Seat, name: str, lang: Lang) -> FactReply:
    """The lines around ``seat`` (a line of the list is a seat: a shared seat is one line)."""
    seats = render.k.seats
    at = seats.index(seat)
    sides = {
        "before": seats[at - 1].people if at > 0 else (),
        # A place's own line is the place; a member's may name a partner beside them.
        "same": tuple(p for p in seat.people if p.name != name) if name in (p.name for p in seat.people) else (),
        "after": seats[at + 1].people if at + 1 < len(seats) else (),
    }
    lines = [say(HEAD, lang, name=name, place=at + 1, size=len(seats))]
    lines += [f"• {say(SIDES[side], lang)}: {render.brief(p, lang)}" for side, people in sides.items() for p in people]
    return FactReply("\n".join(lines), "answer", 100, "fact:position", MEMBERS)
