"""Which of the members last listed stands first, last or n-th on the article's member list
("Which of them comes first on the list?", "hvem af dem står sidst på listen?"): an answer's list
is in its own order (often by name), so the place is the one on the article's list.

``FirstOfThem`` is mixed into ``bot.core.conversation.Dialogue``; what it needs of it is declared here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.answer import Answer
from bot.core.dialogue_state import Conversation, Reading, Turn
from bot.core.knowledge import Bilingual
from bot.core.lexicon import ordinal_words, word_set
from bot.core.phrases import say
from bot.core.turn_words import LAST, LIST_SIZES, LIST_WORDS, MOVE_FILLER, OF_THEM_PATTERN, PLURAL, WHICH, WHO

if TYPE_CHECKING:
    from bot.core.engine import Engine

ON_LIST = LIST_WORDS | word_set("""
    listed placed placeret comes come står star kommer appears appear nævnt nævnes named mentioned
    order orden rækkefølge rækkefølgen
""")
"""A place on a list is asked for: "which of them is first?" alone may be first in anything."""
FIRST = word_set("først")
""" "hvem af dem står først?": the adverb, which names a place only on a list."""
OF_THEM_WORDS = PLURAL | word_set("of af among blandt those these disse")
FIRST_FILLER = (
    MOVE_FILLER
    | ON_LIST
    | OF_THEM_WORDS
    | WHICH
    | WHO
    | word_set("is are er who hvem in i article artiklen artiklens artikel")  # "in the article's order"
)
PLACED = Bilingual(
    da="Af de {total} står {brief} {where} på listen over styregruppens medlemmer (nummer {place} af {size}).",
    en="Of the {total}, {brief} comes {where} on the list of the steering group's members (number {place} of {size}).",
)
WHERE = {
    "first": Bilingual(da="først", en="first"),
    "last": Bilingual(da="sidst", en="last"),
    "nth": Bilingual(da="som nummer {n} af dem", en="as number {n} of them"),
}


class FirstOfThem:
    """The "which of them comes first on the list?" questions of ``Dialogue``."""

    engine: Engine
    people: tuple[str, ...]

    def _first_of_them(self, turn: Turn, state: Conversation) -> Reading | None:
        if turn.mentions or len(state.listed) < 2 or not set(state.listed) <= set(self.people):
            return None
        words = turn.folded[turn.lead() :]
        of_them = OF_THEM_PATTERN.search(" ".join(words))
        if not of_them or not set(words) & ON_LIST:
            return None
        # "hvem af de syv står først?": the count must be the list's, and is then no filler.
        count = of_them.group("count")
        if count and LIST_SIZES.get(count, int(count) if count.isdigit() else 0) != len(state.listed):
            return None
        places = [w for w in words if w in LAST or w in FIRST or w in ordinal_words()]
        if len(places) != 1 or any(w not in FIRST_FILLER and w not in places and w != count for w in words):
            return None
        ordered = sorted(state.listed, key=self.people.index)
        n = len(ordered) if places[0] in LAST else 1 if places[0] in FIRST else ordinal_words()[places[0]]
        if not 1 <= n <= len(ordered):
            return None
        name = ordered[n - 1]
        render, lang = self.engine.renderer, turn.lang
        where = "first" if n == 1 else "last" if n == len(ordered) else "nth"
        seats = self.engine.knowledge.seats
        person = render.person_by_name[name]
        text = say(
            PLACED,
            lang,
            total=len(ordered),
            brief=render.brief(person, lang),
            where=say(WHERE[where], lang, n=n),
            place=seats.index(render.seat_of(person)) + 1,
            size=len(seats),
        )
        answer = Answer(turn.text, True, text, lang, 100, "answer", f"fact:person:{name}", state.citation)
        # "them" is still the list; "he" next is the one found.
        return Reading(turn.text, answer, listed=state.listed, found=name)
