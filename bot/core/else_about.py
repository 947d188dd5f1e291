"""What else the article says about something: "What else does the article say about that
theme?", "hvad står der ellers om aftalerne?".

Asked without "else" (alone the word leaves the engine nothing to match); when that is the
paragraph the last answer already gave, it is said to be all the article has on it, so the
reply neither pretends to be new nor drops what was asked.

``ElseAbout`` is mixed into ``bot.core.conversation.Dialogue``; what it needs of it is declared here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.core.dialogue_state import Conversation, Reading, Turn
from bot.core.knowledge import Bilingual, Lang
from bot.core.lexicon import word_set
from bot.core.patterns import lazy
from bot.core.turn_words import WHO

ELSE_WORD = lazy(r"\s*\b(?:else|ellers)\b", re.IGNORECASE)
TEXT_WORDS = word_set("article artiklen text teksten say says står star skriver writes write")
"""What makes "else" ask about the article's words, not about other people ("who else …?")."""
ABOUT = word_set("about om")
ALL_THERE_IS = Bilingual(
    da="Artiklen siger ikke mere om det end dette: {answer}", en="The article says no more about it than this: {answer}"
)


class ElseAbout:
    """ "what else does the article say about …?" for ``Dialogue``."""

    if TYPE_CHECKING:

        def _ask(self, question: str, lang: Lang) -> Reading: ...

    def _else_about(self, turn: Turn, state: Conversation) -> Reading | None:
        words = set(turn.folded)
        if state.source is None or not words & TEXT_WORDS or not words & ABOUT or words & WHO:
            return None
        if ELSE_WORD.search(turn.text) is None:
            return None
        reading = self._ask(ELSE_WORD.sub("", turn.text, count=1), turn.lang)
        answer = reading.answer
        if answer.outcome != "answer":
            return None
        if answer.source != state.source:
            return reading
        return replace(reading, answer=replace(answer, text=ALL_THERE_IS.get(turn.lang).format(answer=answer.text)))
