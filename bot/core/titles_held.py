"""The job titles the members hold, each once: "alle titler i styregruppen?", "how many different
job titles are in the list?".

The member list gives a title per person; asked for the titles themselves, the reply names each
distinct title once, with how many hold it and who, in the order the list first gives them.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.entities import Mention
from bot.core.fact_questions import FactReply
from bot.core.facts import FactRenderer
from bot.core.filters import Filters
from bot.core.knowledge import MEMBERS, Bilingual, Lang, Person
from bot.core.lexicon import COUNT_WORDS, PERSONAL_PRONOUNS, POSSESSIVE_PRONOUNS, THEME_WORDS, word_set
from bot.core.normalize import fold
from bot.core.phrases import say

TITLE_PLURALS = word_set("titler titlerne titles jobtitler stillingsbetegnelser stillingsbetegnelserne positions")
"""Titles asked for as things of their own ("which titles …"), not one member's title."""
ASKED_OVER_ALL = COUNT_WORDS | word_set("""
    different forskellige distinct unique alle all every hvilke which what hvad list nævn name
""")
"""How such a question asks over them: which, all, how many, how many different."""
_THEIRS = word_set("deres their")
"""Whose titles "deres titler?" asks: people named before, not the members at large."""
TITLES_HELD = Bilingual(
    da="Medlemmerne har {count} forskellige titler:",
    en="The members hold {count} different titles:",
)
TITLES_WITH = Bilingual(
    da="{people} af medlemmerne har «{part}» i titlen, fordelt på {count} forskellige titler:",
    en='{people} of the members have "{part}" in their title, in {count} different titles:',
)


def titles_held(
    render: FactRenderer, filters: Filters, mentions: Sequence[Mention], words: Sequence[str], lang: Lang
) -> FactReply | None:
    """Each title the members hold once, with its holders; None unless the titles are asked for.
    A word of the titles the question names ("which titles have chef in them?") keeps only the
    titles holding it."""
    asked = set(words)
    if mentions or not asked & TITLE_PLURALS or not asked & ASKED_OVER_ALL:
        return None
    if asked & (THEME_WORDS | POSSESSIVE_PRONOUNS | PERSONAL_PRONOUNS | _THEIRS):
        return None  # the themes' titles, or "deres titler": someone's, not the members' at large
    # Looked for only once the titles are asked for: every question that reaches the reasoner passes here.
    named = filters.title_word(words, strict=True)
    part = (named, filters.part_holders(named)) if named else None
    holders: dict[str, list[Person]] = {}
    for person in part[1] if part else render.k.people:
        holders.setdefault(fold(person.title.da), []).append(person)
    lines = [
        f"• {render.title_label(people[0], lang)}: {len(people)} ({', '.join(p.name for p in people)})"
        for people in holders.values()
    ]
    if part:
        written = _as_written(part[0], [people[0].title.da for people in holders.values()])
        head = say(TITLES_WITH, lang, people=len(part[1]), count=len(holders), part=written)
    else:
        head = say(TITLES_HELD, lang, count=len(holders))
    return FactReply("\n".join([head, *lines]), "answer", 100, "fact:titles", MEMBERS)


def _as_written(part: str, titles: Sequence[str]) -> str:
    """The folded ``part`` as the titles spell it ("direktor" -> "direktør")."""
    for title in titles:
        for start in range(len(title)):
            for end in range(start + 1, len(title) + 1):
                if fold(title[start:end]) == part:
                    return title[start:end]
    return part
