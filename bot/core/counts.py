"""How many: "hvor mange kommunaldirektører er der?", "how many members come from SKI?",
"hvor mange hedder Lars?". The count is always said as a number, then the people counted."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.entities import Mention
from bot.core.fact_questions import FactReply
from bot.core.facts import FactRenderer
from bot.core.knowledge import MEMBERS, Bilingual, Lang, Person
from bot.core.lexicon import (
    COUNT_WORDS,
    GROUP_WORDS,
    MUNICIPALITY_CONTEXT,
    NAMING_WORDS,
    NEGATION_WORDS,
    PERSON_CONTEXT,
    STOPWORDS,
    fits,
)
from bot.core.phrases import HOLDERS, say

COUNT_PHRASE = re.compile(r"\b(?:how many|hvor mange|antal(?:let)?|number of)\b")
"""Over the question's folded words."""
NOT_HOLDING = Bilingual(
    da="{count} af de {total} personer på listen er ikke {title}:",
    en='{count} of the {total} people listed are not "{title}":',
)
CALLED = Bilingual(da="{count} af medlemmerne hedder «{name}»:", en='{count} of the members are called "{name}":')
FROM_PLACES = Bilingual(
    da="{count} af personerne på listen kommer fra {places}:",
    en="{count} of the people listed come from {places}:",
)


def count(render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang) -> FactReply | None:
    """A count over the members a question names by title, name or place; None if it counts
    something else ("how many inhabitants does Vejle have?", themes, municipalities)."""
    if not COUNT_PHRASE.search(" ".join(words)):
        return None
    inside = {i for m in mentions for i in range(m.start, m.end)}
    extra = {w for i, w in enumerate(words) if i not in inside and w not in STOPWORDS}
    if not fits(extra, PERSON_CONTEXT | MUNICIPALITY_CONTEXT | COUNT_WORDS | GROUP_WORDS):
        return None
    places = {m.ids[0] for m in mentions if m.kind in ("municipality", "organisation")}
    titles = [m for m in mentions if m.kind == "title"]
    if titles and any(w in NEGATION_WORDS for w in words):
        # "how many people in the group are not kommunaldirektør?"
        others = [p for p in render.k.people if p.name not in titles[0].ids]
        label = render.title_label(render.person_by_name[titles[0].ids[0]], lang)
        head = say(NOT_HOLDING, lang, count=len(others), total=len(render.k.people), title=label)
        return _listed(render, head, others, lang, "fact:count:not-title")
    if titles:
        holders = [render.person_by_name[name] for name in titles[0].ids]
        if places:
            holders = [p for p in holders if render.places_of(p) & places]
        label = render.title_label(render.person_by_name[titles[0].ids[0]], lang)
        return _listed(render, say(HOLDERS, lang, count=len(holders), title=label), holders, lang, "fact:count:title")
    shared = [m for m in mentions if m.kind == "person" and len(m.ids) > 1]
    if not shared and any(w in NAMING_WORDS for w in words):
        # "hvor mange hedder Ingrid?": a first name only one member has is still counted.
        shared = [m for m in mentions if m.kind == "person" and len(m.surface.split()) == 1]
    if shared:
        people = [render.person_by_name[name] for name in shared[0].ids]
        head = say(CALLED, lang, count=len(people), name=shared[0].surface)
        return _listed(render, head, people, lang, "fact:count:name")
    named_places = [m for m in mentions if m.kind in ("municipality", "organisation")]
    # People *in the group* from a place, not its inhabitants or employees.
    about_seats = fits(extra, MUNICIPALITY_CONTEXT | COUNT_WORDS | GROUP_WORDS)
    if named_places and about_seats and not any(m.kind == "person" for m in mentions):
        people = [p for p in render.k.people if render.places_of(p) & places]
        if not people:
            # "how many come from Odense?": a place outside the group, said as such.
            outside = " ".join(render.municipality(m.ids[0], lang)[0] for m in named_places if m.kind == "municipality")
            return FactReply(outside, "negative", 100, "fact:members", MEMBERS) if outside else None
        where = ", ".join(m.surface for m in named_places)
        return _listed(
            render, say(FROM_PLACES, lang, count=len(people), places=where), people, lang, "fact:count:place"
        )
    return None


def _listed(render: FactRenderer, head: str, people: Sequence[Person], lang: Lang, source: str) -> FactReply:
    lines = "\n".join(f"• {render.brief(p, lang)}" for p in people)
    return FactReply(f"{head}\n{lines}" if lines else head, "answer", 100, source, MEMBERS)
