"""A figure pointed back at: "Is that figure an actual saving or a potential one?" after the
savings. The figure the last answers gave, as they wrote it, is put in the pointer's place, so
the turn is asked of the figure as if it had been typed."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.core.dialogue_state import Conversation, Reading, Turn
from bot.core.knowledge import Lang
from bot.core.lexicon import OR_WORDS, word_set
from bot.core.normalize import word_pairs
from bot.core.rewriting import swapped
from bot.core.turn_words import FIGURE
from bot.core.verdict_text import verdict_prefix, without_verdict

_POINTERS = word_set("that this the det dette")
_FIGURE_NOUNS = word_set("figure number amount sum tal beløb")
_FIGURE_ALONE = word_set("tallet beløbet summen")
"""'tallet', 'beløbet': the pointer and the noun in one word."""


def scaled_figure(text: str, before: str | None) -> str | None:
    """The one figure with a scale ``text`` gives; ``before`` when it gives none, None when it
    gives several (which one is meant is then unclear)."""
    scaled = {m.group(0).strip() for m in FIGURE.finditer(text) if m.group("scale")}
    if not scaled:
        return before
    return scaled.pop() if len(scaled) == 1 else None


class ThatFigure:
    """The follow-up of ``Dialogue`` that asks about the figure the last answers gave."""

    if TYPE_CHECKING:

        def _ask(self, question: str, lang: Lang) -> Reading: ...

    def _that_figure(self, turn: Turn, state: Conversation) -> Reading | None:
        if state.figure is None or turn.alone.answered or turn.mentions:
            return None
        words = turn.folded
        pointed = ((i, i + 2) for i in range(len(words) - 1) if words[i] in _POINTERS and words[i + 1] in _FIGURE_NOUNS)
        alone = ((i, i + 1) for i, w in enumerate(words) if w in _FIGURE_ALONE)
        span = next(pointed, None) or next(alone, None)
        if span is None:
            return None
        figure = state.figure if turn.lang == "da" else f"the {state.figure}"
        reading = self._ask(swapped(turn.text, word_pairs(turn.text), {span: figure}), turn.lang)
        answer = reading.answer
        if not answer.answered:
            return None
        if set(words) & OR_WORDS:
            # "an actual saving or a potential one?" asks which: a "Ja" would pick neither.
            return replace(reading, answer=replace(answer, text=without_verdict(answer.text)))
        if not answer.text.startswith(verdict_prefix(False, turn.lang)) and answer.text != without_verdict(answer.text):
            return None  # a "yes" on a figure put in by the bot is a claim no one made
        return reading
