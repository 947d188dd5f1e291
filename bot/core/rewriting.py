"""How the follow-up rules of ``bot.core.conversation`` rewrite a turn into a stand-alone
question: words put in place of others, and a name made possessive."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.knowledge import Lang
from bot.core.lexicon import tag_start
from bot.core.normalize import fold


def possessive_of(name: str, lang: Lang) -> str:
    if lang == "en":
        return f"{name}'" if name.endswith("s") else f"{name}'s"
    return f"{name}'" if name[-1] in "sxz" else f"{name}s"


def swapped(text: str, pairs: Sequence[tuple[str, str]], swaps: dict[tuple[int, int], str]) -> str:
    """``text`` with the words ``start:end`` (``word_pairs`` indexes) of each swap replaced and the
    rest (punctuation, "'s") kept; rebuilt from the words when they cannot be found in order."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for raw, _ in pairs:
        at = text.find(raw, cursor)
        if at < 0:
            words = [raw for raw, _ in pairs]
            for (start, end), replacement in sorted(swaps.items(), reverse=True):
                words[start:end] = [replacement]
            return " ".join(words) + ("?" if text.rstrip().endswith("?") else "")
        spans.append((at, at + len(raw)))
        cursor = at + len(raw)
    out = text
    for (start, end), replacement in sorted(swaps.items(), reverse=True):
        out = out[: spans[start][0]] + replacement + out[spans[end - 1][1] :]
    return " ".join(out.split())


def without_closing_tag(question: str) -> str:
    """The question without its closing tag, so that a phrase can go on from it: "…sparet 1,8
    mia., ikke sandt?" then "siden 2014 vel" is "…sparet 1,8 mia. siden 2014?", whose claim is
    checked, where the tag's "ikke" in the middle turned the verdict round."""
    tokens = [(match.start(), fold(match.group()).split()) for match in re.finditer(r"\S+", question)]
    words = [w for _, folded in tokens for w in folded]
    cut = tag_start(words)
    if cut in (0, len(words)):
        return question
    seen = 0
    for start, folded in tokens:
        if seen >= cut and folded:
            return question[:start]
        seen += len(folded)
    return question
