"""The women or the men of the group: "hvem er kvinderne i styregruppen?", "how many women are
there?".

The article never says anyone's sex. The curated facts give each member the pronoun their name
takes ("she", "he"), which the follow-ups use; the members are picked by it, and the answer says
that this is where it comes from. A member with no pronoun is counted as neither.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.entities import Mention
from bot.core.fact_questions import FactReply
from bot.core.facts import FactRenderer
from bot.core.knowledge import MEMBERS, Bilingual, Lang
from bot.core.lexicon import COUNT_WORDS, GROUP_WORDS, PEOPLE_WORDS, QUESTION_WORDS, STOPWORDS, word_set
from bot.core.phrases import say

_SHE = word_set("""
    women woman female females ladies kvinder kvinderne kvinde kvindelige damer damerne kvindlige
""")
_HE = word_set("men male males mænd mændene mandlige herrer herrerne")
_AROUND = (
    STOPWORDS
    | QUESTION_WORDS
    | GROUP_WORDS
    | COUNT_WORDS
    | PEOPLE_WORDS
    | word_set("""
    der som er is are blandt among medlemmerne list nævn name who hvem hvilke which
""")
)
"""What may stand around the word for women or men in a question that asks for them."""
BY_PRONOUN = Bilingual(
    da="Artiklen siger ikke noget om køn; ud fra navnene er {count} af de {total} personer på listen {kind}:",
    en="The article says nothing about sex; going by their names, {count} of the {total} people listed are {kind}:",
)
_KINDS = {"she": Bilingual(da="kvinder", en="women"), "he": Bilingual(da="mænd", en="men")}


def by_gender(render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang) -> FactReply | None:
    """The members whose curated pronoun is the one asked for, or None when the question asks
    anything else (a place or a title named beside it, another word)."""
    if mentions:
        return None
    asked = set(words)
    wanted = [pronoun for pronoun, nouns in (("she", _SHE), ("he", _HE)) if asked & nouns]
    if len(wanted) != 1 or not all(w in _AROUND | _SHE | _HE for w in asked):
        return None
    people = render.k.people
    picked = [p for p in people if p.pronoun == wanted[0]]
    head = say(BY_PRONOUN, lang, count=len(picked), total=len(people), kind=_KINDS[wanted[0]].get(lang))
    return FactReply(f"{head}\n{render.bullets(picked, lang)}", "answer", 100, "fact:by-pronoun", MEMBERS)
