"""'please list them', 'nævn dem' after an answer that named several members: those members, one a
line (a count's answer may have named them already; asked for, they are named again).

``Relist`` is mixed into ``bot.core.conversation.Dialogue``; what it needs of it is declared here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.answer import Answer
from bot.core.dialogue_state import Conversation, Reading, Turn
from bot.core.knowledge import Bilingual
from bot.core.lexicon import word_set
from bot.core.phrases import say
from bot.core.turn_words import LEAD_WORDS, PLURAL

if TYPE_CHECKING:
    from bot.core.engine import Engine

LIST_VERBS = word_set("list name enumerate show nævn naevn nævne naevne opremse opregn opregne vis")
RELIST_FILLER = (
    LEAD_WORDS
    | PLURAL
    | word_set("""
    please pls can could would will you du kan kunne vil gider venligst gerne tak thanks me mig all alle
    of af for them dem those these disse again igen
""")
)
"""Words of "could you please list them all for me?" besides the verb: anything else asks more."""
THEY_ARE = Bilingual(da="Det er {count}:", en="There are {count}:")


class Relist:
    """The "list them" requests of ``Dialogue``."""

    engine: Engine

    def _relist(self, turn: Turn, state: Conversation) -> Reading | None:
        words = set(turn.folded)
        if turn.mentions or not words & LIST_VERBS or not words & PLURAL or words - LIST_VERBS - RELIST_FILLER:
            return None
        if len(state.listed) < 2:
            return None
        render, lang = self.engine.renderer, turn.lang
        lines = [f"• {render.brief(render.person_by_name[p], lang)}" for p in state.listed]
        text = "\n".join([say(THEY_ARE, lang, count=len(lines)), *lines])
        answer = Answer(turn.text, True, text, lang, 100, "answer", "fact:listed", state.citation)
        return Reading(turn.text, answer, listed=state.listed)
