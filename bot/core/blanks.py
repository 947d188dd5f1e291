"""A sentence with a blank to fill, as a quiz puts it: "Udfyld: Strategien har fokus på ___
temaer.", "Fill in: the group is chaired by ___".

Read as written, a statement with a gap is a claim, and one with its figure missing got a "Ja".
The blank is what is asked: a count before a plural noun, who at the head of the sentence,
otherwise what.
"""

from __future__ import annotations

import re

from bot.core.lexicon import word_set
from bot.core.normalize import fold
from bot.core.patterns import lazy

_BLANK = lazy(r"(?<!\w)(?:_{2,}|\[\s*\]|\(\s*\))(?!\w)")
"""Underscores or empty brackets; an ellipsis is more often a pause ("hmm … hvem er formand")."""
_QUOTED = lazy(r"'[^']*'|\"[^\"]*\"|«[^»]*»|“[^”]*”")
_LABEL = lazy(
    r"^\s*(?:udfyld(?:\s+hullet|\s+citatet)?|fill\s+in(?:\s+the\s+(?:blank|quote))?|complete(?:\s+the\s+quote)?|quiz)"
    r"\s*[:\-–]\s*",
    re.IGNORECASE,
)
_DANISH = word_set("er har på og i af den det de til med for som blev hedder står")
"""Small words that tell a Danish sentence from an English one."""
_PLURAL_ENDINGS = ("er", "erne", "s")
_ASK = {
    ("da", "count"): "hvor mange",
    ("en", "count"): "how many",
    ("da", "who"): "hvem",
    ("en", "who"): "who",
    ("da", "what"): "hvad",
    ("en", "what"): "what",
}


def blank_asked(text: str) -> str | None:
    """``text`` with its one blank put as the question word it stands for, as a question; None
    when it has no blank, or more than one."""
    blanks = list(_BLANK.finditer(text))
    if len(blanks) != 1:
        return None
    sentence = _LABEL.sub("", text)
    blank = _BLANK.search(sentence)
    if blank is None:
        return None
    quoted = next((q for q in _QUOTED.finditer(sentence) if q.start() < blank.start() < q.end()), None)
    if quoted is not None and not sentence[: quoted.start()].strip():
        # "Udfyld citatet: '… at styrke det ___ indkøbssamarbejde.'": the quotation without its
        # gap finds the paragraph it is from, which has the missing word.
        return f"{sentence[: blank.start()]}{sentence[blank.end() :]}"
    if quoted is not None:
        # "tema 2 er 'Bedre ____ understøttelse …'": a word missing from a title asks for the
        # title, which the answer gives whole.
        sentence = f"{sentence[: quoted.start()]}___{sentence[quoted.end() :]}"
        blank = _BLANK.search(sentence)
        if blank is None:
            return None
    before, after = sentence[: blank.start()].strip(), sentence[blank.end() :].strip()
    words = fold(f"{before} {after}").split()
    lang = "da" if set(words) & _DANISH else "en"
    following = fold(after).split()[:1]
    if following and following[0].endswith(_PLURAL_ENDINGS) and len(following[0]) > 3:
        kind = "count"
    elif not before or fold(before).split()[-1:] in (["by"], ["af"]):
        kind = "who"  # "___ er formand", "chaired by ___"
    else:
        kind = "what"
    asked = f"{before} {_ASK[lang, kind]} {after}".strip().rstrip(".!")
    return asked if asked.endswith("?") else f"{asked}?"
