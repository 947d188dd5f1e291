"""The theme next to one named: "what comes after professional purchasing behaviour?",
"hvilket tema kommer før tema 3?". The fact box's order decides; the first and the last theme
are said to be so rather than given a neighbour they do not have."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.core.entities import Mention
from bot.core.fact_questions import FactReply
from bot.core.facts import FactRenderer
from bot.core.knowledge import FACTS_BOX, Bilingual, Lang
from bot.core.lexicon import QUESTION_WORDS, STOPWORDS, THEME_WORDS, touches, word_set
from bot.core.phrases import say

AFTER = Bilingual(da="Efter tema {number} kommer:", en="After theme {number} comes:")
BEFORE = Bilingual(da="Før tema {number} kommer:", en="Before theme {number} comes:")
LAST = Bilingual(
    da="Tema {number} er det sidste af de {count} temaer.", en="Theme {number} is the last of the {count} themes."
)
FIRST = Bilingual(
    da="Tema {number} er det første af de {count} temaer.", en="Theme {number} is the first of the {count} themes."
)
_NEXT = word_set("after efter following next næste subsequent")
_PREVIOUS = word_set("before preceding previous forrige prior foran inden tidligere earlier")
_ORDER_VERBS = word_set("kommer comes come står star lige just")
"""Before a folded "for", what makes it the Danish "før" ("kommer for tema 3")."""


_THE_ONE = word_set("one den det")
"""Right before "after"/"before", what stands for the theme asked for ("the one before theme 5")."""


def order_words(words: Sequence[str]) -> list[int]:
    """Where the question says "after" or "before" (a folded "før" only after an order verb)."""
    return [
        i for i, w in enumerate(words) if w in _NEXT | _PREVIOUS or (w == "for" and i and words[i - 1] in _ORDER_VERBS)
    ]


def theme_beside(render: FactRenderer, numbers: Sequence[int], words: Sequence[str], lang: Lang) -> FactReply | None:
    """``numbers``: the themes the question names, by number or by topic. None unless it names
    one theme and asks which comes after or before it."""
    ordered = order_words(words)
    # "and the one before theme 5?", "og den efter tema 2?": "the one" asks which, as a question
    # word does ("den for" stays unread: it is also "hvad er det for tema 3").
    asks = any(w in QUESTION_WORDS for w in words) or any(
        w in _THE_ONE and i + 1 in ordered for i, w in enumerate(words)
    )
    if len(numbers) != 1 or not asks:
        return None
    said = {words[i] for i in ordered}
    later, earlier = bool(said & _NEXT), bool(said - _NEXT)
    if later == earlier:
        return None
    number, count = numbers[0], len(render.k.strategy.themes)
    beside = number + 1 if later else number - 1
    if not 1 <= beside <= count:
        return FactReply(
            say(LAST if later else FIRST, lang, number=number, count=count), "answer", 100, "fact:themes", FACTS_BOX
        )
    head = say(AFTER if later else BEFORE, lang, number=number)
    return FactReply(f"{head} {render.theme(beside, lang)[0]}", "answer", 100, f"fact:theme:{beside}", FACTS_BOX)


_ONE = word_set("one en et")
"""'the digital one': a theme's subject with "one" for the theme."""


def _phrase_head(words: Sequence[str], start: int) -> int:
    """Where the noun phrase from ``start`` ends ("the digital theme" -> "theme"): its last word
    before a small word or the end, the first small words ("the") skipped."""
    i = start
    while i < len(words) and words[i] in STOPWORDS and words[i] not in _ONE:
        i += 1
    while i + 1 < len(words) and (words[i + 1] not in STOPWORDS or words[i + 1] in _ONE):
        i += 1
    return i


_ORDER_REACH = 3
"""How far after "after"/"before" a theme's subject may start ("after the digital one")."""


def theme_named_beside(
    render: FactRenderer,
    topic_theme: Callable[[str], int | None],
    themes: Sequence[Mention],
    mentions: Sequence[Mention],
    words: Sequence[str],
    lang: Lang,
) -> FactReply | None:
    """ "hvilket tema kommer efter tema 3?", "what comes after professional purchasing
    behaviour?": a theme named by number, or by two words of one theme's subject."""
    if len(themes) != len(mentions):
        return None
    inside = {i for m in mentions for i in range(m.start, m.end)}
    topics = [(i, n) for i, w in enumerate(words) if i not in inside and (n := topic_theme(w))]
    named = {int(m.ids[0]) for m in themes}
    if not named:
        # "after professional purchasing behaviour", "before the digital theme": the theme's
        # subject is all that follows the word of order ("the previous pipe council …" is a body).
        first = topics[0][0] if topics else -1
        subject = {i for i, _ in topics} | {i for i, w in enumerate(words) if w in THEME_WORDS or w in _ONE}
        close = any(
            0 < first - at <= _ORDER_REACH and _phrase_head(words, at + 1) in subject for at in order_words(words)
        )
        if len({n for _, n in topics}) != 1 or not close:
            return None
        if len(topics) < 2 and not touches(set(words), THEME_WORDS):
            return None  # "what happens after cooperation?" names no theme; "after the cooperation theme" does
    return theme_beside(render, sorted(named) if named else [topics[0][1]], words, lang)
