"""The first or the last of those just listed on the member list: "which of them is listed
last?" after the kommunaldirektører, "which of them comes first on the list?" after Viborg's two.

The article's member list decides (a seat's line, then its order within the line), not the
order the last answer happened to give them in; the list stays "them" for the next turn and
the one found is "he" or "she".

``ListOrder`` is mixed into ``bot.core.conversation.Dialogue``; what it needs of it is declared here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.answer import Answer
from bot.core.dialogue_state import Conversation, Reading, Turn
from bot.core.knowledge import Lang
from bot.core.lexicon import word_set
from bot.core.moves import CANONICAL, PLACE
from bot.core.phrases import say
from bot.core.turn_words import LAST, LIST_WORDS, OF_THEM_PATTERN

if TYPE_CHECKING:
    from bot.core.engine import Engine

FIRST = word_set("first første først top")
ORDER_WORDS = LIST_WORDS | word_set("listed comes come står stands named nævnt nævnes mentioned appears placed")
"""What makes "first" a place on the list ("listed first", "står først"), not a first in time."""
ORDER_FILLER = (
    FIRST
    | LAST
    | ORDER_WORDS
    | word_set("""
    and og so så then which hvem hvilken who of af them dem those these disse blandt among one is er
    the den det on på in i at the
""")
)


class ListOrder:
    """The first or last of the listed, for ``Dialogue``."""

    engine: Engine
    people: tuple[str, ...]

    if TYPE_CHECKING:

        def _ask(self, question: str, lang: Lang) -> Reading: ...

    def _first_or_last_of_them(self, turn: Turn, state: Conversation) -> Reading | None:
        words = set(turn.folded[turn.lead() :])
        ends = (bool(words & FIRST), bool(words & LAST))
        if len(state.listed) < 2 or sum(ends) != 1 or not words & ORDER_WORDS or turn.mentions:
            return None
        if not OF_THEM_PATTERN.search(" ".join(turn.folded)) or words - ORDER_FILLER:
            return None
        listed = [name for name in self.people if name in state.listed]
        if len(listed) != len(state.listed):
            return None
        name = listed[0] if ends[0] else listed[-1]
        seats = self.engine.knowledge.seats
        seat = self.engine.renderer.seat_of(self.engine.renderer.person_by_name[name])
        text = say(PLACE, turn.lang, name=name, place=seats.index(seat) + 1, size=len(seats))
        profile = self._ask(say(CANONICAL["person"], turn.lang, name=name), turn.lang).answer
        answer = Answer(turn.text, True, f"{text} {profile.text}", turn.lang, 100, "answer", profile.source)
        # Narrowed to one, like "which of them is from Lyngholt?": "them" is still the list it was
        # drawn from, and a step "on the list" is along the member list.
        return Reading(profile.question, answer, listed=(name,), drawn_from=state.listed)
