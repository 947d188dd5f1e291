"""A choice between two words about the last answer: "mia eller mio?", "is it million or billion?".

The last question is asked again; when its answer has exactly one of the two words, that one is
the answer, said before the answer it is read from. Either word may be what the turn asks about
only when the turn has no other word than how it asks.

``Choices`` is mixed into ``bot.core.conversation.Dialogue``; what it needs of it is declared here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.core.dialogue_state import Conversation, Reading, Turn
from bot.core.knowledge import Bilingual, Lang
from bot.core.lexicon import word_set
from bot.core.normalize import word_pairs
from bot.core.phrases import say
from bot.core.turn_words import CURRENCIES

CHOICE_WORDS = word_set("eller or")
CHOICE_FILLER = word_set("er is it was var det den that this dette the i in a an en et kr kroner dkk")
"""How a choice is asked around its two words ("er det mio eller mia?", "is it in millions or billions?")."""
CHOSEN = Bilingual(da="Det er {choice}: {answer}", en="It is {choice}: {answer}")


_MOST_SAID_AROUND = 2
"""Words of the last answer a choice may repeat around its options ("… af april?")."""


class Choices:
    """The choices of ``Dialogue``."""

    if TYPE_CHECKING:

        def _ask(self, question: str, lang: Lang) -> Reading: ...

    def _choice(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "mia eller mio?" after the savings: the one of the two the last answer has."""
        words = turn.folded[turn.lead() :]
        at = [i for i, w in enumerate(words) if w in CHOICE_WORDS]
        if state.frame is None or turn.mentions or len(at) != 1 or not 0 < at[0] < len(words) - 1:
            return None
        i = at[0]
        options = (words[i - 1], words[i + 1])
        others = [w for k, w in enumerate(words) if k not in (i - 1, i, i + 1) and w not in CHOICE_FILLER]
        if len(others) > _MOST_SAID_AROUND:
            return None
        last = self._ask(state.frame, turn.lang)
        said = {w for _, w in word_pairs(last.answer.text)}
        said |= {CURRENCIES[w] for w in said if w in CURRENCIES}  # "kroner" is the answer's "kr."
        if any(w not in said for w in others):
            return None  # "Udgangen eller starten af april?": "april" is the answer's own word
        chosen = [w for w in options if w in said or CURRENCIES.get(w) in said]
        if len(chosen) != 1 or not last.answer.answered:
            return None
        raw = next(r for r, w in word_pairs(turn.text) if w == chosen[0])
        if turn.text.lstrip().startswith(raw) and raw[1:].islower():
            raw = raw.lower()  # "Udgangen eller starten …?": capital only for opening the turn
        text = say(CHOSEN, turn.lang, choice=raw, answer=last.answer.text)
        return replace(last, answer=replace(last.answer, text=text))
