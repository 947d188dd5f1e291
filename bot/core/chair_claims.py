"""Whether someone named by where they sit chairs the group: "Er SKI's direktør formand?",
"Det er KL's cheføkonom der er formand, ikke?", "is Vejle's man the chair?".

Read as a claim about the organisation's words, the question found a paragraph where SKI's
director speaks and took her being named for a "Ja". What it claims is one thing: that the
chairing seat is the place's, and, when a title is named, that the chair holds it.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.entities import Mention
from bot.core.fact_questions import FactReply
from bot.core.facts import FactRenderer
from bot.core.filters import verdict
from bot.core.knowledge import Lang
from bot.core.lexicon import (
    CHAIR_TITLE,
    CLAIM_OPENERS,
    GROUP_WORDS,
    NEGATION_WORDS,
    PERSON_NOUNS,
    QUESTION_WORDS,
    STOPWORDS,
    TAG_PRONOUNS,
    tag_start,
    word_set,
)
from bot.core.normalize import fold

SEAT_HOLDER_WORDS = word_set("repræsentant repræsentanten representative medlem medlemmet member folk people")
"""Words for whoever sits for a place, named by the place ("SKI's repræsentant", "Vejle's man")."""
_JOB_KINDS = {
    **dict.fromkeys(word_set("direktør direktøren director"), ("direktor", "director")),
    **dict.fromkeys(word_set("chef chefen chief boss"), ("chef", "chief")),
}
"""Kinds of job a claim may call the one sitting for a place ("SKI's direktør"), with the stems
a title of that kind holds: the chair is only "ARI's director" if the chair's title says so."""
_CLAIM_WORDS = (
    STOPWORDS | CLAIM_OPENERS | TAG_PRONOUNS | GROUP_WORDS | PERSON_NOUNS | SEAT_HOLDER_WORDS | _JOB_KINDS.keys()
)


def place_chairs(
    render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang
) -> FactReply | None:
    """Yes when the chair sits for the one place named and holds the title named with it;
    None when the claim says anything else (a negation, a question word, another word)."""
    places = [m for m in mentions if m.kind in ("municipality", "organisation")]
    titles = [m for m in mentions if m.kind == "title"]
    if len(places) != 1 or len(titles) > 1 or len(mentions) != len(places) + len(titles):
        return None
    asked = set(words)
    if not asked & CHAIR_TITLE or asked & QUESTION_WORDS:
        return None
    inside = {i for m in mentions for i in range(m.start, m.end)}
    claim = [w for i, w in enumerate(words[: tag_start(words)]) if i not in inside]
    if any(w in NEGATION_WORDS for w in claim) or not all(w in _CLAIM_WORDS | CHAIR_TITLE for w in claim):
        return None
    chair_seat = render.k.chair_seat
    chair = chair_seat.people[0]
    holds = places[0].ids[0] in {chair_seat.municipality, chair_seat.organisation_id}
    if titles:
        holds = holds and chair.name in titles[0].ids
    title = fold(f"{chair.title.da} {chair.title.en}")
    kinds = [_JOB_KINDS[w] for w in claim if w in _JOB_KINDS]
    if holds and any(not any(stem in title for stem in stems) for stems in kinds):
        return None  # "is the group chaired by ARI's director?": ARI's chair is no director
    return verdict(holds, render.chair(lang), lang, "chair")
