"""The others after one member: "og de andre?", "and the rest?", "hvem er de andre?" after an
answer about one member ask who else is in the group; alone, "andre" matched nothing and the turn
got suggestions.

``TheOthers`` is mixed into ``bot.core.conversation.Dialogue``; what it needs of it is declared here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.dialogue_state import Conversation, Reading, Turn
from bot.core.knowledge import Bilingual
from bot.core.lexicon import word_set
from bot.core.phrases import say

if TYPE_CHECKING:
    from bot.core.knowledge import Lang

_OTHERS = word_set("andre others rest resten øvrige")
"""The people besides one; not "else" ("og hvad ellers?" asks what else was said)."""
_FRAME = word_set("""
    de dem the those hvem who er are is med about så then members medlemmer medlemmerne
    folk people personer persons
""")
"""Words around "andre"/"others" that ask nothing more ("hvem er de andre medlemmer?")."""
BESIDES_ONE = Bilingual(da="hvem er med i styregruppen udover {name}?", en="who is in the group besides {name}?")
"""The turn as the question it asks: the members less the one talked about."""


class TheOthers:
    """ "og de andre?" after one member, for ``Dialogue``."""

    if TYPE_CHECKING:

        def _ask(self, question: str, lang: Lang) -> Reading: ...

    def _the_others(self, turn: Turn, state: Conversation) -> Reading | None:
        if turn.mentions or state.person is None or state.listed:
            return None
        words = set(turn.folded[turn.lead() :])
        if not words & _OTHERS or words - _OTHERS - _FRAME:
            return None
        reading = self._ask(say(BESIDES_ONE, turn.lang, name=state.person), turn.lang)
        return reading if reading.answer.answered else None
