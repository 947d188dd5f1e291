"""Who sits for the municipalities an answer just listed: "hvilke kommuner har 'borg' i navnet?"
- "hvem sidder for dem?", "which municipalities start with H?" - "who represents them?".

The answer listed places, not people, so "dem" has no one to stand for among the members; asked
alone, the turn found the whole group. The places listed are the ones meant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.answer import Answer
from bot.core.dialogue_state import Conversation, Reading, Turn
from bot.core.knowledge import MEMBERS, Bilingual
from bot.core.lexicon import PEOPLE_WORDS, QUESTION_WORDS, STOPWORDS, word_set
from bot.core.normalize import word_pairs
from bot.core.phrases import say

if TYPE_CHECKING:
    from bot.core.engine import Engine

_THEM = word_set("dem de deres them they their")
_SITTING_FOR = PEOPLE_WORDS | word_set("""
    sidder sits sit sitting for repræsentanter repræsentanterne representatives repræsentant
    representative represented repræsenteret medlemmerne og and hvem who hvad what er is are
""")
"""What "who sits for them?", "og hvem er deres repræsentanter?" say beside the pronoun."""
SEATS_OF_PLACES = Bilingual(
    da="De {count} kommuner er repræsenteret sådan:",
    en="Those {count} municipalities are represented by:",
)


class PlacePeople:
    """The follow-up of ``Dialogue`` that asks who sits for the places just listed."""

    engine: Engine

    def _places_represented(self, turn: Turn, state: Conversation) -> Reading | None:
        words = set(turn.folded)
        if len(state.places) < 2 or state.listed or turn.mentions or not words & _THEM:
            return None
        if not words & (QUESTION_WORDS | PEOPLE_WORDS) or not words <= _SITTING_FOR | _THEM | STOPWORDS:
            return None
        named = self.engine.recognizer.find(word_pairs(state.frame or ""))
        if any(m.kind in ("municipality", "organisation") for m in named):
            # "er Randers eller Odense med?" - "Nej … De 12 kommuner i gruppen er …" - "hvem
            # repræsenterer dem?": "dem" are the places asked about, which have no one there.
            return None
        render = self.engine.renderer
        seats = [seat for place in state.places if (seat := render.seat_for_municipality(place)) is not None]
        if len(seats) < 2:
            return None
        lines = [say(SEATS_OF_PLACES, turn.lang, count=len(seats)), *(render.seat_line(s, turn.lang) for s in seats)]
        answer = Answer(turn.text, True, "\n".join(lines), turn.lang, 100, "answer", "fact:places-seats", MEMBERS)
        return Reading(turn.text, answer, tuple(p.name for s in seats for p in s.people))
