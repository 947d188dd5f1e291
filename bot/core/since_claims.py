"""A start year claimed on its own right after a claim was checked: "Siden 2015?" after "og
samarbejdet har sparet 1,8 mia.?". The year is put to that claim, so the engine's verdict on the
whole of it applies, and a wrong year gets "no" with the year the article gives."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.core.dialogue_state import Conversation, Reading, Turn
from bot.core.knowledge import Lang
from bot.core.lexicon import word_set
from bot.core.normalize import word_pairs
from bot.core.rewriting import without_closing_tag
from bot.core.turn_words import TIME_CLAIM_FILLER
from bot.core.verdict_text import affirms, has_verdict, verdict_prefix, without_verdict

_SINCE = word_set("siden since fra from")


class SinceClaims:
    """The follow-up of ``Dialogue`` that adds a start year to the claim checked last."""

    if TYPE_CHECKING:

        def _ask(self, question: str, lang: Lang) -> Reading: ...

    def _since_claim(self, turn: Turn, state: Conversation) -> Reading | None:
        words = turn.folded[turn.lead() :]
        years = [w for w in words if w.isdigit() and 1900 <= int(w) <= 2100]
        if state.frame is None or len(years) != 1 or not set(words) & _SINCE:
            return None
        if any(w not in _SINCE | TIME_CLAIM_FILLER and w not in years for w in words):
            return None
        # Only after a claim: after a question the year would turn its loose words into a claim
        # nobody made.
        last = self._ask(state.frame, state.language or turn.lang)
        if not has_verdict(last.answer.text):
            return None
        if not affirms(last.answer.text) and years[0] in last.answer.text:
            # "Har aftalerne sparet 3 mia.?" - "Nej …" - "siden 2012?": the year alone is put up
            # now; the figure already got its "Nej". Its answer naming the year bears it out.
            text = verdict_prefix(True, turn.lang) + without_verdict(last.answer.text)
            return replace(last, answer=replace(last.answer, text=text, outcome="answer"), topic=state.frame)
        lead = turn.lead()
        said = " ".join(raw for raw, _ in word_pairs(turn.text)[lead:]).rstrip(" ?!.")
        reading = self._ask(f"{without_closing_tag(state.frame).rstrip(' ?!.,')} {said}?", turn.lang)
        answer = reading.answer
        if answer.outcome not in ("answer", "negative") or not has_verdict(answer.text):
            return None
        if answer.text.startswith(verdict_prefix(True, turn.lang)) and years[0] not in answer.text:
            return None  # a "yes" the answer's own words do not bear out is worse than none
        return replace(reading, topic=state.frame)
