"""A value the bot is said to have given: "You said theme 2, right?", "du sagde lige 2015?".

Put up alone, "theme 2" is a thing that exists, and the claim got a "Yes". What is claimed is
that the bot's last answer said it; when that answer (in either language) names no such thing,
the bot did not say it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.dialogue_state import Conversation, Reading, Turn, said
from bot.core.knowledge import Bilingual, Lang
from bot.core.lexicon import CLAIM_OPENERS, CLAIM_TAGS, STATE_VERBS, STOPWORDS, number_words, tag_start
from bot.core.normalize import fold
from bot.core.phrases import say
from bot.core.verdict_text import affirms

if TYPE_CHECKING:
    from bot.core.engine import Engine

MAX_VALUE_WORDS = 3
"""A value put up is a few words ("theme 2", "2015", "Karm"); more make a statement of its own."""
_STEM = 5
"""Letters of a longer word an inflection keeps ("digitalisering" and "digital")."""
NOT_SAID = Bilingual(
    da="Nej, det sagde jeg ikke: mit sidste svar nævnte ikke «{value}». Det sagde:",
    en='No, I did not say that: my last answer did not mention "{value}". It said:',
)


class RecalledValues:
    """The follow-up of ``Dialogue`` that checks a value against what the bot last said."""

    engine: Engine

    def _value_not_said(self, turn: Turn, state: Conversation, reading: Reading) -> Reading:
        """``reading``, or, when it says "yes" to a value the bot is said to have given that its
        last answer never gave, a "no" with that last answer."""
        if not turn.recalled or state.frame is None or not affirms(reading.answer.text):
            return reading
        words = [w for w in turn.folded[: tag_start(turn.folded)] if w not in CLAIM_TAGS]
        content = [w for w in words if w not in STOPWORDS]
        if not content or len(words) > MAX_VALUE_WORDS or set(words) & (CLAIM_OPENERS | STATE_VERBS):
            return reading
        last = {lang: self.engine.ask_in(state.frame, lang) for lang in ("da", "en")}
        if any(not answer.answered for answer in last.values()):
            return reading
        said_words = set(fold(" ".join(a.text for a in last.values())).split())
        if all(_named(word, said_words) for word in content):
            return reading
        typed = [raw.strip(",.?!") for raw in turn.text.split()]
        value = " ".join(raw for raw in typed if fold(raw) in content) or " ".join(content)
        lang: Lang = turn.lang
        text = f"{say(NOT_SAID, lang, value=value)} {last[lang].text}"
        return Reading(turn.text, said(turn.text, text, lang, "negative"))


def _named(word: str, said_words: set[str]) -> bool:
    """Whether ``word`` (or the digit it spells, or its stem) is among the words said."""
    if word in said_words:
        return True
    number = number_words(None).get(word)
    if number is not None and str(number) in said_words:
        return True
    return len(word) > _STEM and any(w.startswith(word[:_STEM]) for w in said_words)
