"""Members other than those named: "hvem andre end Jacobsen er kommunaldirektør?", "who else is
in the group besides Mandøe?", "hvem er kommunaldirektør ligesom Jacobsen?". The title's
holders, or the whole list, less the members the question sets apart."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.counts import COUNT_PHRASE
from bot.core.entities import Mention
from bot.core.fact_questions import FactReply
from bot.core.facts import FactRenderer
from bot.core.knowledge import MEMBERS, Bilingual, Lang
from bot.core.lexicon import (
    CHAIR_TITLE,
    COUNT_WORDS,
    EXCLUDING_PAIRS,
    GROUP_WORDS,
    NEGATION_WORDS,
    OTHERS_WORDS,
    PERSON_CONTEXT,
    STOPWORDS,
    exclusion_ends,
    fits,
    touches,
    word_set,
)
from bot.core.peers import PEOPLE_BESIDES
from bot.core.phrases import say

TITLE_BESIDES = Bilingual(
    da="Ud over {names} har {count} i styregruppen titlen {title}:",
    en='Besides {names}, {count} in the group hold the title "{title}":',
)
ONE_TITLE_BESIDES = Bilingual(
    da="Ud over {names} har én i styregruppen titlen {title}:",
    en='Besides {names}, one in the group holds the title "{title}":',
)
NO_TITLE_BESIDES = Bilingual(
    da="Ingen andre end {names} i styregruppen har titlen {title}.",
    en='No one in the group but {names} holds the title "{title}".',
)
SEATS_BESIDES_COUNT = Bilingual(
    da="Ud over {names} har styregruppen {seats} medlemmer på listen, {people} personer i alt:",
    en="Besides {names}, the group has {seats} members on its list, {people} people in all:",
)
SOURCE = "fact:people-besides"
"""The answer's source: a conversation keeps those set apart, so "how many in all?" counts them in."""
_LIKE = word_set("ligesom like")
"""'hvem er kommunaldirektør *ligesom* Jacobsen?': the title's other holders."""
_WHO = word_set("who hvem which hvilke")
_MEMBERSHIP = word_set("in i on på with med sidder sits sit is er are members medlemmer people personer")
"""What a question about the rest of the list says beside its names ("who else is on the group")."""
_SEAT_KINDS = word_set(
    "municipality municipalities kommune kommuner kommunerne organisation organization organisations"
)
"""What a seat is, which a negated question filters by ("… who is not from a municipality?")."""


def people_besides(
    render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang
) -> FactReply | None:
    """None unless a question asks who, names members only to set them apart, and asks nothing
    more of the rest than a title or a place on the list."""
    named = [m for m in mentions if m.kind == "person"]
    counting = COUNT_PHRASE.search(" ".join(words)) is not None
    if any(len(m.ids) != 1 for m in named) or not (set(words) & _WHO or counting):
        return None
    if any(m.kind not in ("person", "title") for m in mentions):
        return None  # places and themes are set apart by other readings (seats_besides)
    ends = exclusion_ends(words)
    # "udover formanden": the chair is set apart by the word for the chair.
    chair_at = next((i for i, w in enumerate(words) if w in CHAIR_TITLE and any(0 <= i - e <= 1 for e in ends)), None)
    first = named[0].start if named else chair_at
    if first is None:
        return None
    if not any(0 <= first - end <= 1 for end in ends) and not (first and words[first - 1] in _LIKE):
        return None
    inside = {i for m in mentions for i in range(m.start, m.end)} | ({chair_at} if chair_at is not None else set())
    content = {w for i, w in enumerate(words) if i not in inside and w not in STOPWORDS}
    content -= {w for pair in EXCLUDING_PAIRS for w in pair} | _LIKE
    if not fits(
        content, PERSON_CONTEXT | GROUP_WORDS | OTHERS_WORDS | NEGATION_WORDS | _MEMBERSHIP | _WHO | COUNT_WORDS
    ):
        return None  # "who besides Karm has spoken to the press?" asks more than the list holds
    if touches(content, NEGATION_WORDS) and touches(content, _SEAT_KINDS):
        return None  # "apart from Mandøe, who is not from a municipality?" filters the rest
    chair = [render.k.chair_seat.people[0].name] if chair_at is not None else []
    apart = list(dict.fromkeys([*chair, *(m.ids[0] for m in named)]))
    names = (" og " if lang == "da" else " and ").join(apart)
    titles = [m for m in mentions if m.kind == "title"]
    if len(titles) > 1:
        return None
    if titles:
        label = render.title_label(render.person_by_name[titles[0].ids[0]], lang)
        holders = [render.person_by_name[n] for n in titles[0].ids if n not in apart]
        if not holders:
            return FactReply(say(NO_TITLE_BESIDES, lang, names=names, title=label), "answer", 100, SOURCE, MEMBERS)
        phrase = ONE_TITLE_BESIDES if len(holders) == 1 else TITLE_BESIDES
        head = say(phrase, lang, names=names, count=len(holders), title=label)
    else:
        holders = [p for p in render.k.people if p.name not in apart]
        head = say(PEOPLE_BESIDES, lang, places=names, count=len(holders))
        seats = [s for s in render.k.seats if any(p.name not in apart for p in s.people)]
        if counting and len(seats) != len(holders):
            # "how many members besides the chair?": members are the list's seats, and one
            # seat names two people, so both counts are given.
            head = say(SEATS_BESIDES_COUNT, lang, names=names, seats=len(seats), people=len(holders))
    lines = "\n".join([head, *(f"• {render.brief(p, lang)}" for p in holders)])
    return FactReply(lines, "answer", 100, SOURCE, MEMBERS)
