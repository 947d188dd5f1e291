"""A short question the engine finds ambiguous, settled by what the conversation is about:
"hvad er formålet?" after "hvem har nedsat styregruppen?" asks the group's purpose, not the
strategy's, though alone it could be either and gets both offered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.dialogue_state import Conversation, Reading, Turn
from bot.core.matcher import content_words
from bot.core.normalize import fold

if TYPE_CHECKING:
    from bot.core.engine import Engine


class Settled:
    """The follow-up of ``Dialogue`` that picks, of the questions offered for a turn, the one
    about the last question's subject."""

    if TYPE_CHECKING:
        engine: Engine

    def _settled_by_subject(self, turn: Turn, state: Conversation) -> Reading | None:
        offered = turn.alone.suggestions
        if turn.alone.outcome != "suggestions" or state.frame is None or not offered:
            return None
        if state.focus in ("person", "list"):
            return None  # after a member or a list, a short question is about them, not a topic
        if len(turn.folded) > self.engine.tuning.short_turn:
            return None  # a question with words of its own says what it is about
        meaning = self.engine.meaning
        asked = {meaning(w) for w in content_words(turn.folded)}
        subject = {meaning(w) for w in content_words(fold(state.frame).split())} - asked
        on_subject = []
        for suggestion in offered:
            means = {meaning(w) for w in content_words(fold(suggestion.question).split())}
            # It must ask all the turn asks ("which municipality saved the most?" is not "how much
            # was saved?"), and what it adds, beyond that, must be the subject.
            if asked <= means and subject & (means - asked):
                on_subject.append(suggestion)
        if len(on_subject) != 1:
            return None  # none, or more than one, about the subject: still the user's choice
        chosen = on_subject[0]
        answer = self.engine.answer_key(chosen.key, turn.lang)
        if answer is None or not answer.answered:
            return None
        return Reading(chosen.question, answer)
