"""The order of things on the article's lists, asked of two or more at once: "hvem er nævnt
først, Herlev eller Holte?", "is Vejle listed before Aarhus?", "which comes earlier in the list
of themes: digital support or services?", "give me the first three members in list order".

A place on a list is a fact the article states (the member list's lines, the fact box's themes),
so these are answered from the facts: which of those named stands first (or last), or whether
one named stands before another, with the places of both."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.entities import Mention
from bot.core.fact_questions import FactReply
from bot.core.facts import FactRenderer
from bot.core.filters import verdict
from bot.core.knowledge import FACTS_BOX, MEMBERS, Bilingual, Lang, Seat
from bot.core.lexicon import (
    LAST_WORDS,
    NEGATION_WORDS,
    OR_WORDS,
    THEME_WORDS,
    cardinal_words,
    ordinal_words,
    tag_start,
    word_set,
)
from bot.core.peers import seat_named
from bot.core.phrases import say

EARLIER = word_set("""
    first forst foerst forste første earliest earlier tidligst tidligere before ahead above foran higher hojere
    top oeverst overst øverst forrest over ovenover ovenfor oppe
""")
"""Earlier on a list ("før" is read as "tidligere", as it folds to "for")."""
LATER = word_set("""
    last sidst sidste latest later senest senere after efter below under lower lavere bottom
    nederst bagerst nedenfor nedenunder nede
""")
ON_A_LIST = word_set("""
    list listen liste lista listed medlemslisten medlemsliste memberlist naevnt nævnt naevnes nævnes
    mentioned named listed appears appear comes come star står placed placeret order raekkefolge
    rækkefølge rækkefølgen raekkefolgen oeverst øverst nederst top bottom
""")
"""A place on a list is asked for: "was Herlev appointed before Holte?" asks nothing of the list."""
ASKS_WHICH = word_set("which hvilken hvilket hvilke who hvem whom whose hvis")
MEMBER_NOUNS = word_set("""
    members medlemmer medlemmerne people personer navne names folk persons seats pladser
    linjer lines bullets punkter
""")
_FIRST_FEW = word_set("first forste første top")
_LAST_FEW = word_set("last sidste")

ORDERED = Bilingual(
    da="{name} står {where} af dem på listen over styregruppens medlemmer:",
    en="{name} comes {where} of them on the list of the group's members:",
)
PLACES = Bilingual(
    da="{first} står som nummer {a} og {second} som nummer {b} på listen over styregruppens medlemmer.",
    en="{first} is number {a} and {second} number {b} on the list of the group's members.",
)
RELATIVE_PLACES = Bilingual(
    da="{first} står {where} {second} på listen.",
    en="{first} comes {where} {second} on the list.",
)
THEMES_ORDERED = Bilingual(
    da="Af dem står tema {number} {where} i faktaboksens liste over strategiens temaer:",
    en="Of these, theme {number} comes {where} in the fact box's list of the strategy's themes:",
)
THEME_PLACES = Bilingual(
    da="Faktaboksen nævner tema {a} {where} tema {b}:",
    en="The fact box lists theme {a} {where} theme {b}:",
)
RELATIVE = {True: Bilingual(da="før", en="before"), False: Bilingual(da="efter", en="after")}
FEW = Bilingual(
    da="De {where} {count} på listen over styregruppens medlemmer:",
    en="The {where} {count} on the list of the group's members:",
)
FEW_HOLDING = Bilingual(
    da="Af de {where} {count} på listen har {holding} titlen «{title}»:",
    en='Of the {where} {count} on the list, {holding} hold the title "{title}":',
)
FEW_HOLDING_NONE = Bilingual(
    da="Ingen af de {where} {count} på listen har titlen «{title}».",
    en='None of the {where} {count} on the list holds the title "{title}".',
)
WHERE = {True: Bilingual(da="først", en="first"), False: Bilingual(da="sidst", en="last")}
FEW_WHERE = {True: Bilingual(da="første", en="first"), False: Bilingual(da="sidste", en="last")}
NUMBERED = Bilingual(da="Nummer {n}: {brief}", en="Number {n}: {brief}")


_RIGHT_NEXT = word_set("lige umiddelbart right directly immediately just")
"""Before "efter"/"after", what makes a place claimed the very next one."""


def _before_or_after(words: Sequence[str]) -> bool:
    """ "kommer tema 4 før eller efter tema 2?": both ways offered, joined by "or"."""
    for i, word in enumerate(words[1:-1], 1):
        if word in OR_WORDS and {words[i - 1], words[i + 1]} & EARLIER and {words[i - 1], words[i + 1]} & LATER:
            return True
    return False


def _direction(words: Sequence[str]) -> bool | None:
    """True for earlier, False for later, None when neither or both are asked."""
    earlier, later = any(w in EARLIER for w in words), any(w in LATER for w in words)
    return earlier if earlier != later else None


def _seats_named(render: FactRenderer, mentions: Sequence[Mention]) -> list[tuple[Mention, Seat]] | None:
    """Each member or place named with its seat, in the order named (None: anything else named)."""
    named: list[tuple[Mention, Seat]] = []
    for mention in mentions:
        if mention.kind not in ("person", "municipality", "organisation") or len(mention.ids) != 1:
            return None
        seat = seat_named(render, mention)
        if seat is None:
            return None
        if all(seat is not s for _, s in named):
            named.append((mention, seat))
    return named


def _numbered(render: FactRenderer, number: int, seat: Seat, lang: Lang) -> str:
    """A line of the member list with its number ("• Nummer 2: Kim Herlev, …")."""
    return f"• {say(NUMBERED, lang, n=number, brief=' / '.join(render.brief(p, lang) for p in seat.people))}"


def _asks_which(words: Sequence[str], first: int, last: int) -> bool:
    """A question word asks which; "or" does only between the things named ("…, or?" is a tag)."""
    return any(w in ASKS_WHICH for w in words) or any(w in OR_WORDS for w in words[first:last])


def _label(mention: Mention, seat: Seat) -> str:
    return mention.ids[0] if mention.kind == "person" else seat.organisation


def _relation_between(words: Sequence[str], first: Mention, second: Mention) -> bool | None:
    """ "Is Herlev listed before Holte?": the direction said between the two names, from the first."""
    return _direction(words[first.end : second.start])


def earlier_of(render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang) -> FactReply | None:
    """Which of two or more members or places stands first (or last) on the member list, or
    whether the first named stands before (or after) the second."""
    word_set_ = set(words)
    # "…, ikke?" is a tag, no negation of the order claimed.
    if not word_set_ & ON_A_LIST or set(words[: tag_start(words)]) & NEGATION_WORDS or word_set_ & THEME_WORDS:
        return None
    named = _seats_named(render, mentions)
    if named is None or len(named) < 2:
        return None
    seats = render.k.seats
    place = {id(seat): seats.index(seat) + 1 for _, seat in named}
    if _asks_which(words, named[0][0].start, named[-1][0].end) and not _before_or_after(words):
        earlier = _direction(words)
        if earlier is None:
            return None
        ranked = sorted(named, key=lambda pair: place[id(pair[1])], reverse=not earlier)
        head = say(ORDERED, lang, name=_label(*ranked[0]), where=WHERE[earlier].get(lang))
        lines = [
            _numbered(render, place[id(seat)], seat, lang)
            for _, seat in sorted(named, key=lambda pair: place[id(pair[1])])
        ]
        return FactReply("\n".join([head, *lines]), "answer", 100, "fact:position", MEMBERS)
    if len(named) != 2:
        return None
    (first, first_seat), (second, second_seat) = named
    a, b = place[id(first_seat)], place[id(second_seat)]
    facts = say(PLACES, lang, first=_label(first, first_seat), a=a, second=_label(second, second_seat), b=b)
    if _before_or_after(words):
        # "står Karm før eller efter Winther?": which way, not whether.
        where = RELATIVE[a < b].get(lang)
        relative = say(
            RELATIVE_PLACES, lang, first=_label(first, first_seat), second=_label(second, second_seat), where=where
        )
        return FactReply(f"{relative} {facts}", "answer", 100, "fact:position", MEMBERS)
    claimed = _relation_between(words, first, second)
    said_between = words[first.end : second.start]
    next_one = bool(set(said_between) & _RIGHT_NEXT)
    if claimed is None:
        # "efter Roslev kommer Hjørring": the direction before the first name puts the second
        # there, the way one reads down a list: the very next one, and the first stands the
        # other way from it.
        before = _direction(words[: first.start])
        claimed, next_one = (None if before is None else not before), True
    if claimed is None:
        return None
    holds = (a < b) == claimed
    if holds and next_one and abs(a - b) != 1:
        holds = False  # "står Roslev lige efter Karm?": after him, but not right after
    return verdict(holds, facts, lang, "fact:position")


def earlier_theme(
    render: FactRenderer, numbers: Sequence[int], spans: Sequence[tuple[int, int]], words: Sequence[str], lang: Lang
) -> FactReply | None:
    """Of two or more themes (``spans``: where each is named in ``words``), which comes first (or
    last) in the fact box, or whether the first named comes before (or after) the second."""
    word_set_ = set(words)
    if len(numbers) < 2 or len(set(numbers)) != len(numbers) or word_set_ & NEGATION_WORDS:
        return None
    if not word_set_ & ON_A_LIST and not word_set_ & THEME_WORDS:
        return None
    lines = [f"• {render.theme(n, lang)[0]}" for n in sorted(numbers)]
    # "The first theme is better procurement of services, or?": "first" names a theme there.
    inside = {i for start, end in spans for i in range(start, end)}
    outside = [w for i, w in enumerate(words) if i not in inside]
    if _asks_which(words, spans[0][0], spans[-1][1]) and not _before_or_after(words):
        earlier = _direction(outside)
        if earlier is None:
            return None
        number = min(numbers) if earlier else max(numbers)
        head = say(THEMES_ORDERED, lang, number=number, where=WHERE[earlier].get(lang))
        return FactReply("\n".join([head, *lines]), "answer", 100, f"fact:theme:{number}", FACTS_BOX)
    if len(numbers) != 2:
        return None
    where = RELATIVE[numbers[0] < numbers[1]].get(lang)
    listed = "\n".join([say(THEME_PLACES, lang, a=numbers[0], b=numbers[1], where=where), *lines])
    if _before_or_after(words):
        return FactReply(listed, "answer", 100, "fact:themes", FACTS_BOX)
    claimed = _direction(words[spans[0][1] : spans[1][0]])
    if claimed is None:
        return None
    return verdict((numbers[0] < numbers[1]) == claimed, listed, lang, "fact:themes", FACTS_BOX)


def first_few(render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang) -> FactReply | None:
    """ "Give me the first three members in list order", "de to sidste på listen": that many
    lines from the start (or the end) of the member list."""
    word_set_ = set(words)
    # "hvem af de 3 første på listen er kommunaldirektør?": a title named picks among them.
    titles = [m for m in mentions if m.kind == "title"]
    if len(titles) != len(mentions) or len(titles) > 1 or word_set_ & THEME_WORDS:
        return None
    if not word_set_ & (MEMBER_NOUNS | ON_A_LIST):
        return None
    seats = render.k.seats
    cardinals = cardinal_words()
    for i, word in enumerate(words):
        count = int(word) if word.isdigit() else cardinals.get(word)
        if count is None or not 2 <= count < len(seats) or _counts_back(words, i):
            continue
        beside = set(words[max(0, i - 2) : i + 3])
        first, last = bool(beside & _FIRST_FEW), bool(beside & _LAST_FEW)
        if first == last:
            continue
        shown = list(enumerate(seats, 1))[:count] if first else list(enumerate(seats, 1))[-count:]
        where = FEW_WHERE[first].get(lang)
        if titles:
            holders = [p for _, seat in shown for p in seat.people if p.name in titles[0].ids]
            label = render.title_label(render.person_by_name[titles[0].ids[0]], lang)
            phrase = FEW_HOLDING if holders else FEW_HOLDING_NONE
            head = say(phrase, lang, where=where, count=count, holding=len(holders), title=label)
            text = "\n".join([head, render.bullets(holders, lang)]).rstrip()
            return FactReply(text, "answer" if holders else "negative", 100, "fact:position", MEMBERS)
        lines = [_numbered(render, n, seat, lang) for n, seat in shown]
        head = say(FEW, lang, where=where, count=count)
        return FactReply("\n".join([head, *lines]), "answer", 100, "fact:position", MEMBERS)
    return None


def _counts_back(words: Sequence[str], at: int) -> bool:
    """ "second to last": its "to" counts back one line, no Danish "two" ("de første to" is)."""
    return (
        words[at] == "to"
        and 0 < at < len(words) - 1
        and words[at - 1] in ordinal_words()
        and words[at + 1] in LAST_WORDS
    )
