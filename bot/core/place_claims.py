"""Claims about a member's place on the article's member list ("og han er den sidste?", "is
she the first one on the list?"): checked against the list, "Ja"/"Nej" with the place it gives.

``PlaceClaims`` is mixed into ``bot.core.conversation.Dialogue``; what it needs of it is declared here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.answer import Answer
from bot.core.dialogue_state import Conversation, Reading, Turn
from bot.core.genders import gender_of, member_meant
from bot.core.knowledge import MEMBERS
from bot.core.lexicon import word_set
from bot.core.moves import PLACE
from bot.core.peers import who_is_at
from bot.core.phrases import say
from bot.core.turn_words import LAST, LIST_WORDS, SINGULAR
from bot.core.verdict_text import verdict_prefix

if TYPE_CHECKING:
    from bot.core.engine import Engine

FIRST = word_set("første first")
CLAIM_VERBS = word_set("er is")
PLACE_CLAIM_FILLER = (
    SINGULAR
    | LIST_WORDS
    | CLAIM_VERBS
    | word_set("""
    den the one person member medlem på on i in så so then da altså right correct korrekt rigtigt vel ik ikk
    eh also også
""")
)
"""All a claim about a place may say beside the member and "first"/"last": no negation, no
question word ("hvem er den sidste?" moves along the list; it claims nothing)."""


class PlaceClaims:
    """The place claims of ``Dialogue``."""

    engine: Engine
    people: tuple[str, ...]

    def _place_claim(self, turn: Turn, state: Conversation) -> Reading | None:
        covered = turn.covered()
        rest = [w for i, w in enumerate(turn.folded) if i >= turn.lead() and i not in covered]
        ends = set(rest) & (FIRST | LAST)
        if len(ends) != 1 or not set(rest) & CLAIM_VERBS or any(w not in PLACE_CLAIM_FILLER | ends for w in rest):
            return None
        people = [m.ids[0] for m in turn.mentions if m.kind == "person" and len(m.ids) == 1]
        if len(people) != len(turn.mentions):
            return None
        if not people and set(rest) & SINGULAR:
            meant = member_meant(state, gender_of(rest), self.engine.renderer.person_by_name)
            people = [meant] if meant else []
        if len(people) != 1 or people[0] not in self.people:
            return None
        name = people[0]
        # A place is a line of the list, as "who is number 10?" counts: one line may name two.
        seats = self.engine.knowledge.seats
        seat = self.engine.renderer.seat_of(self.engine.renderer.person_by_name[name])
        place = seats.index(seat) + 1
        holds = place == (1 if ends & FIRST else len(seats))
        text = verdict_prefix(holds, turn.lang) + say(PLACE, turn.lang, name=name, place=place, size=len(seats))
        if not holds:
            text += " " + who_is_at(self.engine.renderer, 1 if ends & FIRST else len(seats), turn.lang)
        source = f"fact:person:{name}"
        answer = Answer(turn.text, True, text, turn.lang, 100, "answer" if holds else "negative", source, MEMBERS)
        return Reading(turn.text, answer)
