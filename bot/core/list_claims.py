"""A member's (or a place's) place on the article's list, claimed: "is Karm first on the list?",
"Karm is number 8 on the list, right?", "står Hjørring sidst?". Checked against the list's
order, so "first" is never a yes on membership alone."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.entities import Mention
from bot.core.fact_questions import FactReply
from bot.core.facts import FactRenderer
from bot.core.filters import verdict
from bot.core.knowledge import Lang
from bot.core.lexicon import (
    CLAIM_TAGS,
    LAST_WORDS,
    NUMBER_MARKERS,
    QUESTION_WORDS,
    STOPWORDS,
    cardinal_words,
    ordinal_words,
    word_set,
)
from bot.core.peers import PLACE_ON_LIST, seat_named, who_is_at
from bot.core.phrases import say

_FIRST_PLACE = word_set("først first top toppen øverst forrest")
"""Words that put someone first without an ordinal number ("står først", "at the top")."""
_LAST_PLACE = LAST_WORDS | word_set("sidst bottom nederst")
"""Words that put someone last ("står sidst", "at the bottom")."""
_AMBIGUOUS_ORDINALS = word_set("anden andet")
"""Danish "anden" is also "other" ("den anden"): no place claimed by it alone."""
_NAME_WORDS = word_set("name names navn navne")
"""After "first": the first name, no place on the list, unless a list follows ("the first
name on the list")."""
_LIST_WORDS = word_set("list listen liste medlemslisten memberlist")
_POSITION_CONTEXT = (
    word_set("""
    list listen liste listed listet medlemslisten memberlist on på the den det at of af i in
    member members medlem medlemmer medlemmerne medlemmernes name navn one
    står stands stand standing comes come kommer placed placeret nævnt nævnes mentioned named
    is was var are er appear appears optræder
    over for styregruppens gruppens styregruppe styregruppen gruppen group groups steering
    som der who that which
    """)
    | CLAIM_TAGS
)
"""What may stand beside the name and the place claimed: nothing else is asked or claimed."""


_PART_OF = word_set("of af")


def position_claim(
    render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang
) -> FactReply | None:
    """Yes or no to the place on the list a question claims for the one member or place it names."""
    if len(mentions) != 1 or mentions[0].kind not in ("person", "municipality", "organisation"):
        return None
    mention = mentions[0]
    seat = seat_named(render, mention) if len(mention.ids) == 1 else None
    if seat is None or any(w in QUESTION_WORDS for w in words):
        return None
    seats = render.k.seats
    ordinals = ordinal_words()
    claimed: list[int] = []
    rest: set[str] = set()
    for i, word in enumerate(words):
        if mention.start <= i < mention.end:
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        before = words[i - 1] if i else ""
        # "the first name on the member list": a line of the list, not a given name.
        listed_name = after in _NAME_WORDS and bool(set(words[i + 2 :]) & _LIST_WORDS)
        # "at the top of the list" is a place; "first and last of the KL?" is not.
        of_the_list = bool(set(words[i + 2 : i + 4]) & _LIST_WORDS)
        if after in _PART_OF and not of_the_list and (word in _FIRST_PLACE or word in _LAST_PLACE or word in ordinals):
            return None  # "first and last of the KL?", "the third of them": one of a list, no place claimed
        if word in _FIRST_PLACE and (after not in _NAME_WORDS or listed_name):
            claimed.append(1)
        elif word in _LAST_PLACE:
            claimed.append(len(seats))
        elif word in ordinals and word not in _AMBIGUOUS_ORDINALS and (after not in _NAME_WORDS or listed_name):
            claimed.append(ordinals[word])
        elif word.isdigit() and before in NUMBER_MARKERS:
            claimed.append(int(word))
        elif before in NUMBER_MARKERS and (number := cardinal_words().get(word)) is not None:
            claimed.append(number)  # "nummer fire", "number four"
        elif word not in NUMBER_MARKERS:
            rest.add(word)
    if len(claimed) != 1 or not rest <= _POSITION_CONTEXT | STOPWORDS:
        return None
    place = seats.index(seat) + 1
    name = mention.ids[0] if mention.kind == "person" else seat.organisation
    line = render.seat_line(seat, "da").removeprefix("• ")
    text = say(PLACE_ON_LIST, lang, name=name, place=place, size=len(seats), line=line)
    if claimed[0] != place and 1 <= claimed[0] <= len(seats):
        text += " " + who_is_at(render, claimed[0], lang)  # "is Jensen last on the list?"
    return verdict(claimed[0] == place, text, lang, "fact:position")
