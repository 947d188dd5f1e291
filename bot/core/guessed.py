"""A guess at what the article would not say: "who owns the digital theme?" - "come on, it's
Mads Grønvall, isn't it?".

After a question the article could not answer, "it's X, right?" puts X up as that answer. Read
alone, "it's Mads Grønvall" is true of him (he is Mads Grønvall), and "it's 1.8 billion" of the
savings; either got a "Yes" to a budget or an owner the article never names. What the article
does not say it cannot confirm either.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.core.dialogue_state import Conversation, Reading, Turn
from bot.core.knowledge import Bilingual, Lang
from bot.core.patterns import lazy
from bot.core.phrases import say

_IT_IS = lazy(
    r"(?:^|[.!?]\s+|,\s*)(?:(?:so|så|sa|saa|but|men|surely)\s+)?"
    r"(?:(?:it|that)(?:['’]s|\s+is|\s+was|\s+must\s+be)|(?:det|så\s+det)\s+(?:er|var|må\s+være)(?:\s+(?:vel|jo|nok))?)\s+"
    r"(?P<guess>(?:[^,?!.]|(?<=\d)[,.](?=\d)){2,60}?)"
    r"(?:,?\s*(?:right|isn['’]?t\s+it|wasn['’]?t\s+it|ain['’]?t\s+it|innit|correct|yeah|no|ikke|ikk|ik|vel|ikke\s+sandt))?"
    r"\s*[?!.]*\s*$",
    re.IGNORECASE,
)
"""The guess at the end of a turn: "it's 1.8 billion, right?", "det er vel Karm, ikke?"."""

_SUM = lazy(r"\d[\d.,]*\s*(?:mia|mio|milliard\w*|million\w*|billion\w*|bn|kr|kroner|dkk)\b", re.IGNORECASE)
"""A sum guessed ("1.8 billion", "2,4 mia"): years and counts are checked against the article."""

CANNOT_CONFIRM = Bilingual(
    da="Det kan jeg ikke bekræfte: artiklen siger ikke noget om det. {last}",
    en="I can't confirm that: the article does not say. {last}",
)


class Guessed:
    """The follow-up of ``Dialogue`` that declines to confirm a guess at an unanswered question."""

    if TYPE_CHECKING:

        def _ask(self, question: str, lang: Lang) -> Reading: ...

    def _guess_at_unanswered(self, turn: Turn, state: Conversation) -> Reading | None:
        # ("it's 2017, right?" after the adoption's date, answered, checks that date.)
        if state.unanswered is None:
            return None
        found = _IT_IS.search(turn.text)
        if found is None:
            return None
        start, end = found.span("guess")
        # Only a who or a sum is guessed: "thanks, that's all" and "so that's since 2010?"
        # (a date of something the article does give) are no guesses at the unanswered.
        named = any(m.kind == "person" for m in turn.mentions if m.start >= len(turn.text[:start].split()))
        sum_guessed = _SUM.search(turn.text[start:end]) is not None
        if not (named or sum_guessed):
            return None
        last = self._ask(state.unanswered, turn.lang).answer
        said = last.text if last.outcome == "not_in_article" else ""
        body = say(CANNOT_CONFIRM, turn.lang, last=said).strip()
        answer = replace(last, text=body, outcome="not_in_article", answered=False, question=turn.text, suggestions=())
        # Asked as typed: whom the guess names ("it's Mads Grønvall") is who "he" is next.
        return Reading(turn.text, answer)
