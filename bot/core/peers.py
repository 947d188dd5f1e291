"""Members picked by how they relate to the rest: "who else has the same title as Kim
Herlev?", "how many others share his title?", "who in the group does not sit for a
municipality?"."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.entities import Mention
from bot.core.fact_questions import FactReply
from bot.core.facts import FactRenderer
from bot.core.knowledge import MEMBERS, Bilingual, Lang, Person
from bot.core.lexicon import (
    COUNT_WORDS,
    GROUP_WORDS,
    MUNICIPALITY_CONTEXT,
    MUNICIPALITY_WORDS,
    PERSON_CONTEXT,
    SAME_WORDS,
    STOPWORDS,
    TITLE_WORDS,
    fits,
    touches,
)
from bot.core.normalize import fold
from bot.core.phrases import say

SAME_TITLE = Bilingual(
    da="{count} andre i styregruppen har samme titel som {name} ({title}):",
    en='{count} others in the group have the same title as {name} ("{title}"):',
)
ONE_SAME_TITLE = Bilingual(
    da="Én anden i styregruppen har samme titel som {name} ({title}):",
    en='One other member of the group has the same title as {name} ("{title}"):',
)
NO_SAME_TITLE = Bilingual(
    da="Ingen andre i styregruppen har samme titel som {name} ({title}).",
    en='No one else in the group has the same title as {name} ("{title}").',
)
NOT_FOR_A_MUNICIPALITY = Bilingual(
    da="{count} af medlemmerne sidder ikke for en kommune, men for en organisation:",
    en="{count} of the members do not sit for a municipality but for an organisation:",
)
_NOT = frozenset({"not", "ikke", "non", "dont", "doesnt", "isnt", "arent"})
_SHARING = SAME_WORDS | frozenset(fold("share shares sharing deler deles").split())


def same_title(render: FactRenderer, people: Sequence[Mention], words: Sequence[str], lang: Lang) -> FactReply | None:
    """Of one named member, the others holding exactly their title."""
    word_set = set(words)
    if (
        len(people) != 1
        or len(people[0].ids) != 1
        or not (touches(word_set, _SHARING) and touches(word_set, TITLE_WORDS))
    ):
        return None
    person = render.person_by_name[people[0].ids[0]]
    others = [p for p in render.k.people if p is not person and fold(p.title.da) == fold(person.title.da)]
    title = render.title_label(person, lang)
    if not others:
        return FactReply(say(NO_SAME_TITLE, lang, name=person.name, title=title), "answer", 100, "fact:peers", MEMBERS)
    head = say(
        ONE_SAME_TITLE if len(others) == 1 else SAME_TITLE, lang, count=len(others), name=person.name, title=title
    )
    return FactReply(_with_lines(render, head, others, lang), "answer", 100, "fact:peers", MEMBERS)


def not_for_a_municipality(
    render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang
) -> FactReply | None:
    """ "who in the group does not come from a municipality?": the organisations' people."""
    word_set = set(words)
    # "not"/"ikke" inside the question, not as a tag ("… 4 kommuner, ikke?"); "besides the
    # municipalities" asks for the organisations, which their entry answers.
    negated = any(w in _NOT for w in words[: max(0, len(words) - 2)])
    if mentions or not negated or not touches(word_set, MUNICIPALITY_WORDS):
        return None
    content = {w for w in word_set if w not in STOPWORDS} - _NOT
    if not fits(content, PERSON_CONTEXT | MUNICIPALITY_CONTEXT | COUNT_WORDS | GROUP_WORDS):
        return None  # "tilslutninger på mere end 80 kommuner er ikke et særsyn" is about something else
    people = [p for p in render.k.people if render.seat_of(p).municipality is None]
    head = say(NOT_FOR_A_MUNICIPALITY, lang, count=len(people))
    if touches(word_set, COUNT_WORDS) and not people:
        return None
    return FactReply(_with_lines(render, head, people, lang), "answer", 100, "fact:peers", MEMBERS)


def _with_lines(render: FactRenderer, head: str, people: Sequence[Person], lang: Lang) -> str:
    return "\n".join([head, *(f"• {render.brief(p, lang)}" for p in people)])
