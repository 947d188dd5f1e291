"""A time claimed by pointing back: "og strategien blev vedtaget samme dag?" right after an
answer that gave a date. The date of that answer is put in the pointer's place, so the engine's
verdict on dates applies."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.dialogue_state import Conversation, Reading, Turn
from bot.core.knowledge import Lang
from bot.core.lexicon import word_set
from bot.core.normalize import word_pairs
from bot.core.patterns import lazy
from bot.core.phrases import MONTH_NAMES
from bot.core.rewriting import swapped
from bot.core.verdict_text import verdict_prefix

_SAME = word_set("samme same")
_UNITS = word_set("dag dato tid tidspunkt måned day date time month")
_DATE = lazy(r"\b(\d{1,2})[-./](\d{1,2})[-./]((?:19|20)\d\d)\b")


class SameTime:
    """The follow-up of ``Dialogue`` that claims the time the last answer gave."""

    if TYPE_CHECKING:

        def _ask(self, question: str, lang: Lang) -> Reading: ...

    def _same_time(self, turn: Turn, state: Conversation) -> Reading | None:
        at = next(
            (i for i in range(len(turn.folded) - 1) if turn.folded[i] in _SAME and turn.folded[i + 1] in _UNITS), None
        )
        if at is None or state.frame is None:
            return None
        before = self._ask(state.frame, state.language or turn.lang).answer
        dates = {m.groups() for m in _DATE.finditer(before.text)}
        if len(dates) != 1:
            return None
        _, month, year = dates.pop()
        if not 1 <= int(month) <= 12:
            return None
        lang = turn.lang
        when = f"{'i' if lang == 'da' else 'in'} {MONTH_NAMES[lang][int(month) - 1]} {year}"
        reading = self._ask(swapped(turn.text, word_pairs(turn.text), {(at, at + 2): when}), lang)
        # Only a "no" holds: the same month is no proof of the same day, and a wrong yes is the
        # worst answer there is.
        if not reading.answer.text.startswith(verdict_prefix(False, lang)):
            return None
        return reading
