"""Counts set against each other or grouped: "er der flere kommunaldirektører end
økonomidirektører?", "Har Viborg flere med i styregruppen end Aalborg?", "Which municipality has
more than one person listed?", "hvilken kommune har 2 folk med?".

Every figure is counted from the member list; a yes is only said where the named groups'
counts, read in the order the question names them, hold it.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from bot.core.entities import Mention
from bot.core.fact_questions import FactReply
from bot.core.facts import FactRenderer
from bot.core.filters import verdict
from bot.core.knowledge import MEMBERS, Bilingual, Lang, Person, Seat
from bot.core.lexicon import (
    CLAIM_OPENERS,
    COMPARATIVES,
    COUNT_WORDS,
    EXPLICIT_SAME_WORDS,
    FROM_WORDS,
    MANY,
    MUNICIPALITIES_AT_LARGE,
    NEGATION_WORDS,
    OTHERS_WORDS,
    QUESTION_WORDS,
    cardinal_words,
    same_before,
    touches,
    word_set,
)
from bot.core.peers import seat_named
from bot.core.phrases import joined, say

MORE = word_set("flere more")
FEWER = word_set("færre fewer less mindre")
MOST = word_set("flest most færrest fewest")
_CHOICE = word_set("eller or")
"""'… X eller Y?' asks which, not whether: no yes or no."""
_THERE_ARE = word_set("der there any nogen nogle")
_IN_IT = word_set("med")
"""'to med': two in the group, said of a seat ("har to med")."""
_SEAT_WORDS = word_set("kommune kommuner kommunen municipality municipalities")
"""Asked of municipalities; "which seat is shared by two people?" is the member count's entry."""
_PEOPLE = word_set("""
    person personer people folk member members medlem medlemmer names navne representative
    representatives repræsentant repræsentanter listed nævnt repræsentanterne repræsentanten medlemmerne
    personerne
""")
_ONE = word_set("en et én one")
_ABOVE = word_set("than end over")
_AT_LEAST = word_set("least mindst")
_SEVERAL = word_set("several flere multiple")
"""'which municipality has several people?': more than one."""

MORE_TITLES = Bilingual(
    da="Der er flere med titlen «{a}» ({n}) end «{b}» ({m}), en forskel på {d}:",
    en='More members hold the title "{a}" ({n}) than "{b}" ({m}), a difference of {d}:',
)
MORE_PLACES = Bilingual(
    da="{a} har flere personer på listen ({n}) end {b} ({m}):",
    en="{a} has more people on the list ({n}) than {b} ({m}):",
)
MUNICIPALITIES = Bilingual(da="kommunerne", en="the municipalities")
MORE_FROM = Bilingual(
    da="Flere på listen kommer fra {a} ({n}) end fra {b} ({m}):",
    en="More people on the list come from {a} ({n}) than from {b} ({m}):",
)
AS_MANY = Bilingual(da="Lige mange, {n} hver:", en="The same number, {n} each:")
WITH_SIZE = Bilingual(
    da="Med {size} på listen over styregruppens medlemmer: {count}.",
    en="With {size} on the list of the group's members: {count}.",
)
COUNTED_WITH_SIZE = Bilingual(
    da="{n} af kommunerne har {size} på listen over styregruppens medlemmer: {count}.",
    en="{n} of the municipalities have {size} on the list of the group's members: {count}.",
)
NONE_WITH_SIZE = Bilingual(
    da="Ingen har {size} på listen over styregruppens medlemmer; højst {most} (sådan en plads: {seats}).",
    en="None has {size} on the list of the group's members; at most {most} (such seats: {seats}).",
)
_SIZE = {
    ">": Bilingual(da="mere end {n}", en="more than {n}"),
    ">=": Bilingual(da="mindst {n}", en="at least {n}"),
    "==": Bilingual(da="{n}", en="{n}"),
}
_PERSONS = {1: Bilingual(da="person", en="person")}
_PLURAL = Bilingual(da="personer", en="people")


_KIND_NOUNS = {
    "municipalities": (
        word_set("kommuner kommunerne municipalities municipality kommune"),
        Bilingual("kommuner", "municipalities"),
    ),
    "themes": (word_set("temaer temaerne themes theme tema"), Bilingual("temaer", "themes")),
    "organisations": (
        word_set("organisationer organisations organizations organisation organization"),
        Bilingual("organisationer", "organisations"),
    ),
    "people": (word_set("personer people persons navne names"), Bilingual("personer på listen", "people listed")),
}
"""The kinds of thing the knowledge can count, for comparing one kind's count with another's."""
TWO_COUNTS = Bilingual(da="Der er {n} {a} og {m} {b}: flest {most}.", en="There are {n} {a} and {m} {b}: more {most}.")
TWO_COUNTS_EVEN = Bilingual(da="Der er {n} {a} og {m} {b}: lige mange.", en="There are {n} {a} and {m} {b}: as many.")


def compare_kinds(
    render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang
) -> FactReply | None:
    """ "Are there more municipalities in the group than themes in the strategy?": two kinds of
    thing, each counted from the knowledge, set against each other."""
    word_set_ = set(words)
    if mentions or not word_set_ & COMPARATIVES:
        return None
    named = [kind for kind, (nouns, _) in _KIND_NOUNS.items() if word_set_ & nouns]
    if len(named) != 2:
        return None
    k = render.k
    counts = {
        "municipalities": sum(1 for s in k.seats if s.municipality),
        "themes": len(k.strategy.themes),
        "organisations": sum(1 for s in k.seats if s.organisation_id),
        "people": len(k.people),
    }
    # In the order the question names them.
    named.sort(key=lambda kind: min(i for i, w in enumerate(words) if w in _KIND_NOUNS[kind][0]))
    (a, b), (n, m) = named, (counts[named[0]], counts[named[1]])
    nouns = {kind: _KIND_NOUNS[kind][1].get(lang) for kind in named}
    if n == m:
        text = say(TWO_COUNTS_EVEN, lang, n=n, a=nouns[a], m=m, b=nouns[b])
    else:
        text = say(TWO_COUNTS, lang, n=n, a=nouns[a], m=m, b=nouns[b], most=nouns[a] if n > m else nouns[b])
    more, fewer = bool(word_set_ & MORE), bool(word_set_ & FEWER)
    if words[0] in CLAIM_OPENERS and more != fewer and not word_set_ & _CHOICE:
        # "Are there more municipalities than themes?" asks whether: the counts say yes or no.
        return verdict(n > m if more else n < m, text, lang, "fact:compare-counts")
    return FactReply(text, "answer", 100, "fact:compare-counts", MEMBERS)


_EVEN_PAIRS = frozenset(
    {("lige", "mange"), ("same", "number"), ("as", "many"), ("samme", "antal"), ("equal", "number")}
)


def _as_many(words: Sequence[str]) -> bool:
    """ "lige mange", "the same number of", "as many": two counts asked to be even."""
    return any(pair in _EVEN_PAIRS for pair in pairwise(words))


def _from_municipalities(words: Sequence[str]) -> bool:
    """ "flere fra kommunerne end fra KL": people counted by where they come from."""
    return any(w in MUNICIPALITIES_AT_LARGE and i and words[i - 1] in FROM_WORDS for i, w in enumerate(words))


def compare_counts(
    render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang
) -> FactReply | None:
    """Two titles or two places, each counted on the member list, and which has more (or
    whether they have as many)."""
    word_set = set(words)
    even = _as_many(words)
    if not word_set & (MORE | FEWER | MOST) and not even:
        return None
    kinds = {m.kind for m in mentions}
    titles = [m for m in mentions if m.kind == "title"]
    places = [m for m in mentions if m.kind in ("municipality", "organisation")]
    if len(titles) == 2 and kinds == {"title"}:
        groups = [(render.title_label(render.person_by_name[m.ids[0]], lang), _holders(render, m)) for m in titles]
        table = MORE_TITLES
    elif (
        places
        and all(m.kind == "organisation" for m in places)
        and word_set & MUNICIPALITIES_AT_LARGE
        and (touches(word_set, _PEOPLE) or _from_municipalities(words))
        # "SKI says more than 90 municipalities join …" states a figure, it compares no sides.
        and not any(w.isdigit() for w in words)
    ):
        # "Er der flest fra kommunerne eller fra organisationer som KL og SKI?": the
        # municipalities' seats against the organisations', not one organisation against another.
        municipal = [p for s in render.k.seats if s.municipality is not None for p in s.people]
        named = {m.ids[0] for m in places}
        organisations = [p for s in render.k.seats if s.organisation_id in named for p in s.people]
        groups = [(MUNICIPALITIES.get(lang), municipal), (joined([m.surface for m in places], lang), organisations)]
        table = MORE_FROM
    elif len(places) == 2 and kinds <= {"municipality", "organisation"}:
        seats = [seat_named(render, m) for m in places]
        if any(s is None for s in seats):
            return None  # a place outside the group: its "no" is the member list's, said elsewhere
        groups = [(s.organisation, list(s.people)) for s in seats if s is not None]
        table = MORE_PLACES
    else:
        return None
    (a, first), (b, second) = groups
    n, m = len(first), len(second)
    if n == m:
        head = say(AS_MANY, lang, n=n)
    else:
        (a, n), (b, m) = sorted([(a, n), (b, m)], key=lambda g: -g[1])
        head = say(table, lang, a=a, b=b, n=n, m=m, d=n - m)
    lines = [f"• {label} ({len(people)}): {_names(people)}" for label, people in groups]
    text = "\n".join([head, *lines])
    asked_whether = words[0] in CLAIM_OPENERS and not word_set & (_CHOICE | MOST)
    if asked_whether:
        more = bool(word_set & MORE)
        holds = len(first) > len(second) if more else len(first) < len(second)
        if even and not word_set & (MORE | FEWER):
            holds = len(first) == len(second)  # "do SKI and KL have the same number of representatives?"
        return verdict(holds, text, lang, "fact:compare-count")
    return FactReply(text, "answer", 100, "fact:compare-count", MEMBERS)


def seats_by_size(
    render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang
) -> FactReply | None:
    """ "which municipality has more than one person listed?": the seats naming that many;
    "hvem kommer fra samme kommune?", "are any two members from the same municipality?": the
    seats naming more than one."""
    word_set = set(words)
    # "fra samme kommune": the sameness is the seat's; "tilslutte sig samme aftale" is another
    # thing the same, and its "80 kommuner" a count of councils, no seat's size.
    same = same_before(words, EXPLICIT_SAME_WORDS, _SEAT_WORDS)
    if mentions or not word_set & _SEAT_WORDS or word_set & NEGATION_WORDS:
        return None
    # "samme kommune?" alone leans on names before it; only "who"/"which"/"er der …" asks for seats.
    asks_whom = bool(words) and (words[0] in CLAIM_OPENERS or bool(word_set & {"who", "hvem"}))
    # "hvor mange kommuner har 2 repræsentanter?": how many seats, named with their count.
    counting = bool(word_set & MANY) and bool(word_set & COUNT_WORDS - MANY)
    # "er der (andre) kommuner der har to med?", "are there any municipalities with two people?"
    # The size must be of people ("to med", "two people"): "over 80 kommuner med på aftalerne" counts councils.
    there_are = bool(words) and words[0] in CLAIM_OPENERS and bool(word_set & _THERE_ARE) and _people_counted(words)
    if not (word_set & {"which", "hvilken", "hvilke", "hvilket"} or (same and asks_whom) or counting or there_are):
        return None
    if not (same or word_set & _PEOPLE or "med" in word_set):
        return None
    # "er der tre fra samme kommune?" names its own count; "samme kommune" alone means two or more.
    wanted = _size(words) or ((">=", _count_named(words) or 2) if same else None)
    if wanted is None:
        return None
    # "er der to fra samme kommune?" asks whether: the seats found are the yes.
    whether = (same or there_are) and bool(words) and words[0] in CLAIM_OPENERS
    operator, number = wanted
    seats = [s for s in render.k.seats if s.municipality]

    def fits(seat: Seat) -> bool:
        size = len(seat.people)
        return size > number if operator == ">" else size >= number if operator == ">=" else size == number

    chosen = [s for s in seats if fits(s)]
    # "er der andre kommuner der har to med?": "others" presumes one of that size is known; when
    # there is only one, there are no others.
    others_asked = whether and bool(word_set & OTHERS_WORDS) and len(chosen) == 1
    # "more than one person", "2 people": the noun agrees with the number as said.
    noun = _PERSONS.get(number, _PLURAL) if operator != ">=" else _PLURAL
    size = f"{say(_SIZE[operator], lang, n=number)} {noun.get(lang)}"
    if not chosen:
        most = max(len(s.people) for s in seats)
        largest = ", ".join(s.organisation for s in seats if len(s.people) == most)
        text = say(NONE_WITH_SIZE, lang, size=size, most=most, seats=largest)
        return (
            verdict(False, text, lang, "fact:seat-size")
            if whether
            else FactReply(text, "answer", 100, "fact:seat-size", MEMBERS)
        )
    lines = [f"• {s.organisation}: {_names(s.people)}" for s in chosen]
    head = say(WITH_SIZE, lang, count=", ".join(s.organisation for s in chosen), size=size)
    if counting:
        head = say(COUNTED_WITH_SIZE, lang, n=len(chosen), count=", ".join(s.organisation for s in chosen), size=size)
    text = "\n".join([head, *lines])
    return (
        verdict(not others_asked, text, lang, "fact:seat-size")
        if whether
        else FactReply(text, "answer", 100, "fact:seat-size", MEMBERS)
    )


def _count_named(words: Sequence[str]) -> int | None:
    """The first count above one the words name ("tre", "3"), if any."""
    cardinals = cardinal_words()
    counts = (int(w) if w.isdigit() else cardinals.get(w) for w in words)
    return next((n for n in counts if n is not None and n > 1), None)


def _people_counted(words: Sequence[str]) -> bool:
    """A number said of people: "to med", "two people", "mere end én repræsentant"."""
    cardinals = cardinal_words()
    return any(
        (w.isdigit() or w in cardinals or w in _ONE) and i + 1 < len(words) and words[i + 1] in _PEOPLE | _IN_IT
        for i, w in enumerate(words)
    )


def _size(words: Sequence[str]) -> tuple[str, int] | None:
    """The size asked about: "more than one" (>1), "at least 2" (>=2), "2 folk" (==2), "several" (>1)."""
    cardinals = cardinal_words()
    for i, word in enumerate(words):
        number = int(word) if word.isdigit() else cardinals.get(word)
        if number is None and word in _ONE and i and words[i - 1] in _ABOVE:
            number = 1  # "mere end en person": after "end", the article "en" is the number
        if number is None:
            continue
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        # "more than one": "than" may have been read as another word, "more" two words back holds.
        if before in _ABOVE or (i > 1 and words[i - 2] in MORE | word_set("mere")):
            return ">", number
        if before in _AT_LEAST:
            return ">=", number
        # "which two members represent …?" counts the answer, not a seat's people.
        if (after in _PEOPLE or after in _IN_IT) and before not in QUESTION_WORDS:
            return "==", number
    if set(words) & _SEVERAL and set(words) & _PEOPLE:
        return ">", 1
    return None


def _holders(render: FactRenderer, mention: Mention) -> list[Person]:
    return [render.person_by_name[name] for name in mention.ids]


def _names(people: Sequence[Person]) -> str:
    return ", ".join(p.name for p in people) or "-"


_COMMONEST = word_set("flest most mest common commonest almindelig almindeligste udbredt udbredte hyppigst frequent")
"""'which title is the most common?', 'hvilken kommune har flest folk?': the largest count."""
_THAN_ANY = word_set("any other nogen anden andre")
_TITLE_NOUNS = word_set("titel titlen titler title titles stilling stillinger position positions job")
MOST_OF_A_TITLE = Bilingual(
    da="Den hyppigste titel i styregruppen er «{title}» ({count} af {total}):",
    en='The most common title in the steering group is "{title}" ({count} of {total}):',
)
MOST_TITLES_TIED = Bilingual(
    da="De hyppigste titler i styregruppen er {titles}, med {count} hver:",
    en="The most common titles in the steering group are {titles}, {count} each:",
)
MOST_AT_A_SEAT = Bilingual(
    da="Flest på listen har {seats} ({count}){rest}:",
    en="{seats} has the most people on the list ({count}){rest}:",
)
ONE_EACH = Bilingual(da="; de andre har én hver", en="; the others have one each")


def largest(render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang) -> FactReply | None:
    """ "Which job title is the most common?", "hvilken kommune har flest folk i styregruppen?",
    "which municipality has more representatives than any other?": the biggest count the list holds."""
    word_set = set(words)
    if mentions or not word_set & {"which", "hvilken", "hvilke", "hvilket"}:
        return None
    most = bool(word_set & _COMMONEST) or (
        bool(word_set & MORE) and len(word_set & _THAN_ANY) >= 1 and "than" in word_set
    )
    if not most or word_set & FEWER:
        return None
    people = render.k.people
    if word_set & _TITLE_NOUNS:
        by_title: dict[str, list[Person]] = {}
        for person in people:
            by_title.setdefault(person.title.da, []).append(person)
        top = max(len(holders) for holders in by_title.values())
        leaders = [holders for holders in by_title.values() if len(holders) == top]
        if len(leaders) == 1:
            title = render.title_label(leaders[0][0], lang)
            head = say(MOST_OF_A_TITLE, lang, title=title, count=top, total=len(people))
        else:
            titles = joined([f"«{render.title_label(holders[0], lang)}»" for holders in leaders], lang)
            head = say(MOST_TITLES_TIED, lang, titles=titles, count=top)
        lines = [f"• {render.brief(p, lang)}" for holders in leaders for p in holders]
        return FactReply("\n".join([head, *lines]), "answer", 100, "fact:most", MEMBERS)
    if word_set & _SEAT_WORDS and (word_set & _PEOPLE or word_set & {"med", "folk"}):
        seats = [seat for seat in render.k.seats if seat.municipality]
        top = max(len(seat.people) for seat in seats)
        if top < 2:
            return None
        biggest = [seat for seat in seats if len(seat.people) == top]
        rest = ONE_EACH.get(lang) if all(len(seat.people) == 1 for seat in seats if seat not in biggest) else ""
        head = say(MOST_AT_A_SEAT, lang, seats=", ".join(seat.organisation for seat in biggest), count=top, rest=rest)
        lines = [f"• {seat.organisation}: {_names(seat.people)}" for seat in biggest]
        return FactReply("\n".join([head, *lines]), "answer", 100, "fact:most", MEMBERS)
    return None
