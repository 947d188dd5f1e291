"""What a quoted speaker goes on to say, and whether they said something: "hvad ellers sagde
hun?", "what did she say right after that?", "Did she mention 2012?" after her words.

Only the paragraphs the article gives as theirs count (``speaker`` in ``knowledge/passages.yaml``):
a paragraph in the article's own voice beside them is not what they said.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.core.answer import Answer
from bot.core.dialogue_state import Conversation, Reading, Turn, said
from bot.core.knowledge import Bilingual, Lang, Passage
from bot.core.lexicon import STOPWORDS, word_set
from bot.core.normalize import fold
from bot.core.patterns import lazy
from bot.core.phrases import say
from bot.core.turn_words import (
    LEAD_WORDS,
    MENTIONED,
    MENTIONED_FILLER,
    SAID,
    SAID_AFTER,
    SAID_ON,
    SAID_ON_FILLER,
    WHETHER_SAID,
)
from bot.core.verdict_text import verdict_prefix

_NUMBER = lazy(r"\d+(?:[.,]\d+)*")
_YEAR = lazy(r"\b(?:19|20)\d\d\b")
_SENTENCE = lazy(r"(?<=[.!?])\s+")
_WHEN = word_set("hvornår when")
_WHEN_FILLER = _WHEN | word_set("siden since fra from")
YEAR_OF = lazy(
    r"\b(?:the\s+year|året|aaret|det\s+år)\s+(?:that\s+|when\s+|hvor\s+|da\s+)?(?P<clause>\w[^?.!]*?)[\s?.!]*$",
    re.IGNORECASE,
)
"""'the year the agreements were established': a year asked for by what happened in it."""
WHEN_ASKED = Bilingual(da="Hvornår {clause}?", en="When {clause}?")
NO_MORE_OF_THEIRS = Bilingual(da="Artiklen citerer ikke mere fra {name}.", en="The article quotes no more from {name}.")


class Spoken:
    """The follow-ups of ``Dialogue`` about a quoted speaker's own words."""

    passages: tuple[Passage, ...]

    if TYPE_CHECKING:

        def _shown_or_behind(self, state: Conversation) -> Passage | None: ...

        def _quote(self, turn: Turn, passage: Passage, lang: Lang | None = None) -> Reading: ...

        def _ask(self, question: str, lang: Lang) -> Reading: ...

    def _said_on(self, turn: Turn, state: Conversation) -> Reading | None:
        """The speaker's next paragraph after the one the last answer comes from; "else" may
        also be one of theirs before it."""
        words = self._rest(turn)
        if not words & SAID or not words & SAID_ON or words - SAID - SAID_ON - SAID_ON_FILLER:
            return None
        passage = self._speaker_passage(turn, state)
        if passage is None or passage.speaker is None:
            return None
        theirs = [p for p in self.passages if p.speaker == passage.speaker]
        at = theirs.index(passage)
        later = theirs[at + 1 :] if words & SAID_AFTER else [*theirs[at + 1 :], *theirs[:at]]
        if not later:
            name = passage.speaker.get(turn.lang)
            text = NO_MORE_OF_THEIRS.get(turn.lang).format(name=name)
            return Reading(turn.text, said(turn.text, text, turn.lang, "not_in_article"))
        return self._quote(turn, later[0])

    def _mentioned(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "Did she mention 2012?": "Yes" with the paragraph of theirs that says the figure. Not
        finding it is no "No" (the article may not quote all they said), so it is left alone."""
        words = turn.folded[turn.lead() :]
        rest = self._rest(turn)
        figures = {w for w in rest if w.isdigit()}
        year_of = None if figures else YEAR_OF.search(turn.text)
        if year_of is not None:
            # "Does she mention the year the agreements were established?": the year the
            # article gives for it, looked for in her words; the clause is no filler.
            rest = set(fold(turn.text[: year_of.start()]).split()) - LEAD_WORDS
        if not words or words[0] not in WHETHER_SAID or not (figures or year_of) or not rest & (MENTIONED | SAID):
            return None
        if rest - figures - MENTIONED - SAID - MENTIONED_FILLER:
            return None
        passage = self._speaker_passage(turn, state)
        if passage is None or passage.speaker is None:
            return None
        # Whole figures as written: "8" is no figure of "1,8 mia." (folding splits it into 1 and 8).
        claimed = _numbers(turn.text) if year_of is None else self._year_of(year_of.group("clause"), turn.lang)
        theirs = [p for p in self.passages if p.speaker == passage.speaker]
        saying = [p for p in theirs if claimed and claimed <= _numbers(p.text.da)]
        if year_of is not None:
            # The year alone may be another event's: her paragraph must also speak of this one.
            clause = set(fold(year_of.group("clause")).split()) - STOPWORDS
            saying = [p for p in saying if clause & set(fold(f"{p.text.da} {p.text.en}").split())]
        if not saying:
            return None
        quoted = self._quote(turn, saying[0]).answer
        return Reading(turn.text, replace(quoted, text=verdict_prefix(True, turn.lang) + quoted.text))

    def _when_shown(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "siden hvornår?" right after a quoted paragraph that names one year: the time its
        words give, which the speaker's member record never holds."""
        words = turn.folded[turn.lead() :]
        source = state.source or ""
        if not words or not set(words) & _WHEN or set(words) - _WHEN_FILLER or turn.mentions:
            return None
        if not source.startswith("passage:"):
            return None
        passage = next((p for p in self.passages if p.id == source.removeprefix("passage:")), None)
        if passage is None or len(set(_YEAR.findall(passage.text.da))) != 1:
            return None
        lang = turn.lang
        said_da = next(s for s in _SENTENCE.split(passage.text.da) if _YEAR.search(s))
        said_en = next((s for s in _SENTENCE.split(passage.text.en) if _YEAR.search(s)), passage.text.en)
        text = f"Artiklen skriver: «{said_da}»" if lang == "da" else f"The article says: «{said_en}»"
        answer = Answer(turn.text, True, text, lang, 100, "answer", source, passage.source)
        return Reading(turn.text, answer)

    def _year_of(self, clause: str, lang: Lang) -> set[str]:
        """The one year the answer to "when <clause>?" gives (none when it gives none or several)."""
        answer = self._ask(say(WHEN_ASKED, lang, clause=clause), lang).answer
        years = set(_YEAR.findall(answer.text)) if answer.outcome == "answer" else set()
        return years if len(years) == 1 else set()

    def _rest(self, turn: Turn) -> set[str]:
        covered = turn.covered()
        return {w for i, w in enumerate(turn.folded) if i >= turn.lead() and i not in covered}

    def _speaker_passage(self, turn: Turn, state: Conversation) -> Passage | None:
        """The quoted paragraph the last answer comes from, if the turn names nobody but its speaker
        ("what else did Mandøe say?" after her words is not about hers)."""
        passage = self._shown_or_behind(state)
        if passage is None or passage.speaker is None:
            return None
        if any(m.kind != "person" or m.ids[0] not in passage.speaker.da for m in turn.mentions):
            return None
        return passage


def _numbers(text: str) -> set[str]:
    return {m.group().replace(",", ".") for m in _NUMBER.finditer(text)}
