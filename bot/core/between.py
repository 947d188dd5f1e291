"""Who stands between two members on the article's member list ("who is listed between them?",
"hvem står mellem Jonas og Helle?"): the members between their places, in the list's order.

``Between`` is mixed into ``bot.core.conversation.Dialogue``; what it needs of it is declared here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.answer import Answer
from bot.core.dialogue_state import Conversation, Reading, Turn
from bot.core.knowledge import Bilingual
from bot.core.lexicon import word_set
from bot.core.phrases import say
from bot.core.turn_words import LIST_WORDS, MOVE_FILLER, PLURAL, WHO

if TYPE_CHECKING:
    from bot.core.engine import Engine

BETWEEN_WORDS = word_set("between mellem imellem inbetween")
BETWEEN_FILLER = (
    MOVE_FILLER
    | PLURAL
    | LIST_WORDS
    | WHO
    | word_set("listed placed står star sits sidder are er whose hvis names navne")
)
"""Words of "who is listed between them?" besides the pair: anything else asks something else."""
BETWEEN = Bilingual(
    da="Mellem {first} og {last} på listen over styregruppens medlemmer står:",
    en="Between {first} and {last} on the list of the steering group's members:",
)
NONE_BETWEEN = Bilingual(
    da="Ingen: {first} og {last} står lige efter hinanden på listen over styregruppens medlemmer.",
    en="No one: {first} and {last} come right after each other on the list of the steering group's members.",
)


class Between:
    """The "between" questions of ``Dialogue``."""

    engine: Engine
    people: tuple[str, ...]

    def _between(self, turn: Turn, state: Conversation) -> Reading | None:
        covered = turn.covered()
        words = {w for i, w in enumerate(turn.folded) if i >= turn.lead() and i not in covered}
        if not words & BETWEEN_WORDS or words - BETWEEN_WORDS - BETWEEN_FILLER:
            return None
        named = [m.ids[0] for m in turn.mentions if m.kind == "person" and len(m.ids) == 1]
        if named and len(named) != len(turn.mentions):
            return None
        # "between them": the two members talked about last (a pair listed, or the last two named).
        pair = named or (list(state.listed) if len(state.listed) == 2 else list(state.recent[-2:]))
        if len(pair) != 2 or not set(pair) <= set(self.people) or pair[0] == pair[1]:
            return None
        first, last = sorted(pair, key=self.people.index)
        inside = self.people[self.people.index(first) + 1 : self.people.index(last)]
        render, lang = self.engine.renderer, turn.lang
        if not inside:
            text = say(NONE_BETWEEN, lang, first=first, last=last)
        else:
            lines = [f"• {render.brief(render.person_by_name[p], lang)}" for p in inside]
            text = "\n".join([say(BETWEEN, lang, first=first, last=last), *lines])
        answer = Answer(turn.text, True, text, lang, 100, "answer", "fact:listed", state.citation)
        return Reading(turn.text, answer, listed=inside)
