"""How many: "hvor mange kommunaldirektører er der?", "how many members come from SKI?",
"hvor mange hedder Lars?". The count is always said as a number, then the people counted."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.entities import Mention
from bot.core.fact_questions import FactReply
from bot.core.facts import FactRenderer
from bot.core.knowledge import MEMBERS, Bilingual, Lang, Person
from bot.core.lexicon import (
    ADDING_UP_WORDS,
    CLAIM_TAGS,
    COUNT_WORDS,
    GROUP_WORDS,
    MUNICIPALITY_CONTEXT,
    NAMING_WORDS,
    ONLY_WORDS,
    PERSON_CONTEXT,
    STOPWORDS,
    excludes,
    fits,
)
from bot.core.normalize import fold
from bot.core.patterns import lazy
from bot.core.phrases import HOLDERS, say

COUNT_PHRASE = lazy(r"\b(?:how many|hvor mange|antal(?:let)?|number of)\b")
"""Over the question's folded words."""
NOT_HOLDING = Bilingual(
    da="{count} af de {total} personer på listen er ikke {title}:",
    en='{count} of the {total} people listed are not "{title}":',
)
MUNICIPALITIES_NOT_HOLDING = Bilingual(
    da="{count} af de {total} kommuner i styregruppen er ikke repræsenteret ved en {title}:",
    en='{count} of the {total} municipalities in the group are not represented by a "{title}":',
)
CALLED = Bilingual(da="{count} af medlemmerne hedder «{name}»:", en='{count} of the members are called "{name}":')
_HEADS = frozenset(
    fold(
        "people persons personer folk members member medlemmer medlem names navne navn individual individuelle "
        "listed named nævnt nævnte listen list liste medlemslisten memberlist"
    ).split()
)
"""What a headcount of the whole group counts: people, members, names on the list."""
_HEADCOUNT = _HEADS | frozenset(fold("total alt i alt new ny nye different forskellige actually egentlig").split())
_HEADCOUNT_WITH = (
    _HEADCOUNT
    | ADDING_UP_WORDS
    | COUNT_WORDS
    | GROUP_WORDS
    | frozenset(fold("star står stand stands der there nar når when begge both fra from med with in pa på alt").split())
    | frozenset(fold("representatives repræsentanter repræsentanterne article artiklen as som").split())
)
"""Around a headcount that counts a place's people in ("når begge fra Viborg tælles med")."""
_COUNTED_IN = frozenset(fold("counting including inklusive inklusiv medregnet counted tælles").split())
"""A place 'counted in' a total, as against 'in total from Viborg', which counts only its people."""
_OTHER_THAN = frozenset(fold("besides other outside udover ud andre bortset except excluding undtagen udenfor").split())
"""'how many orgs *besides* kommuner?': the seats that are not a municipality's."""
_OTHER_KINDS = frozenset(
    fold("organisation organisations organization organizations orgs organisationer bodies organer").split()
)
_SEAT_CONTEXT = frozenset(
    fold(
        "organisation organisations organization organizations org orgs organisationer member members medlemmer "
        "people personer folk come comes kommer from fra than end over seat seats plads pladser sit sits sidder "
        "have has har represented repraesenteret med in total alt different forskellige difference bodies body organer "
        "work works arbejder do does"
    ).split()
)
_MUNICIPALITIES = frozenset(fold("kommuner kommunerne municipalities councils").split())
_GROUPS = frozenset(fold("groups styregrupper styregrupperne grupper grupperne committees").split())
_PLURALS = ("erne", "er", "es", "s", "e")
"""How a first name is made plural ("Lars'er", "Larses")."""
IN_ALL = Bilingual(da="{count} i alt:", en="{count} in all:")
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
    if extra & _GROUPS:
        return None  # "how many steering groups does the article mention?" counts groups, not members
    seats = None if mentions else _seat_kind_count(render, extra, lang)
    if seats is not None:
        return seats
    if not mentions and _taking_part(words):
        # "hvor mange er med?", "how many are in it?": the group is what the article is about.
        return _as_entry(render, "member_count", lang)
    if not mentions and extra & (_HEADS | GROUP_WORDS) and fits(extra, _HEADCOUNT | COUNT_WORDS | GROUP_WORDS):
        # "How many names are listed in the member list in total?", "hvor mange er med i styregruppen"
        return _as_entry(render, "member_count", lang)
    places_only = mentions and all(m.kind in ("municipality", "organisation") for m in mentions)
    if places_only and extra & _HEADS and extra & _COUNTED_IN and fits(extra, _HEADCOUNT_WITH):
        # "Hvor mange navne står der i alt på listen, når begge fra Viborg tælles med?": the
        # place is counted in, not counted alone.
        return _as_entry(render, "member_count", lang)
    if not fits(
        extra, PERSON_CONTEXT | MUNICIPALITY_CONTEXT | COUNT_WORDS | GROUP_WORDS | ADDING_UP_WORDS | ONLY_WORDS
    ):
        return None
    places = {m.ids[0] for m in mentions if m.kind in ("municipality", "organisation")}
    titles = [m for m in mentions if m.kind == "title"]
    if titles and places and excludes(words):
        return None  # "… hvis man ikke tæller Viborg med": the place is set apart (Filters)
    if titles and excludes(words) and extra & _MUNICIPALITIES:
        # "hvor mange kommuner er ikke repræsenteret af en kommunaldirektør?" counts places.
        return municipalities_without(render, titles[0], lang)
    if titles and excludes(words):
        # "how many people in the group are not kommunaldirektør?"
        others = [p for p in render.k.people if p.name not in titles[0].ids]
        label = render.title_label(render.person_by_name[titles[0].ids[0]], lang)
        head = say(NOT_HOLDING, lang, count=len(others), total=len(render.k.people), title=label)
        return _listed(render, head, others, lang, "fact:count:not-title")
    kinds = list(dict.fromkeys(m.ids for m in titles))
    if len(kinds) > 1 and not places:
        # "antal cheføkonomer og afdelingsledere tilsammen?": each title counted, then the sum.
        return _several_titles(render, kinds, bool(extra & ADDING_UP_WORDS), lang)
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
    if not shared:
        # "antal Ingrid'er": a first name made plural counts those called it, however few.
        shared = [m for m in mentions if m.kind == "person" and _plural_of_first_name(render, m)]
    if shared:
        people = [render.person_by_name[name] for name in shared[0].ids]
        firsts = {p.name.split()[0] for p in people}
        # "antal Lars'er" is answered about "Lars", the name they share, not the word as typed.
        name = firsts.pop() if len(firsts) == 1 else shared[0].surface
        head = say(CALLED, lang, count=len(people), name=name)
        return _listed(render, head, people, lang, "fact:count:name")
    plural = _first_name_plural(render, mentions)
    if plural is not None:
        name, people = plural
        return _listed(render, say(CALLED, lang, count=len(people), name=name), people, lang, "fact:count:name")
    named_places = [m for m in mentions if m.kind in ("municipality", "organisation")]
    # People *in the group* from a place, not its inhabitants or employees.
    about_seats = fits(extra, MUNICIPALITY_CONTEXT | COUNT_WORDS | GROUP_WORDS | ADDING_UP_WORDS)
    if named_places and all(m.kind == "organisation" for m in named_places) and extra & _MUNICIPALITIES:
        # "how many municipalities does KL represent?": an organisation's municipalities are not
        # its seats in the group (it has no municipality there).
        return None
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


_TAKING_PART = frozenset(fold("med in on part deltager participate participating").split())
_TAKING_PART_FILLER = _TAKING_PART | frozenset(fold("er are is der there i it den of så sa egentlig actually").split())


COUNT_OPENERS = frozenset({("hvor", "mange"), ("how", "many")})


def _taking_part(words: Sequence[str]) -> bool:
    """ "hvor mange er med?", "how many are in it?": a count of who takes part, naming nothing."""
    at = next((i + 2 for i in range(len(words) - 1) if (words[i], words[i + 1]) in COUNT_OPENERS), None)
    rest = [w for w in words[at:] if w not in CLAIM_TAGS] if at is not None else []
    return bool(rest) and bool(set(rest) & _TAKING_PART) and all(w in _TAKING_PART_FILLER for w in rest)


def _several_titles(render: FactRenderer, kinds: Sequence[tuple[str, ...]], adding_up: bool, lang: Lang) -> FactReply:
    blocks = []
    for names in kinds:
        holders = [render.person_by_name[name] for name in names]
        label = render.title_label(holders[0], lang)
        blocks.append(_listed(render, say(HOLDERS, lang, count=len(holders), title=label), holders, lang, "").text)
    total = len({name for names in kinds for name in names})
    head = [say(IN_ALL, lang, count=total)] if adding_up else []
    return FactReply("\n".join([*head, *blocks]), "answer", 100, "fact:count:titles", MEMBERS)


def _seat_kind_count(render: FactRenderer, extra: set[str], lang: Lang) -> FactReply | None:
    """ "How many different municipalities have a seat?", "how many orgs besides kommuner?":
    the seats counted by kind, when the question says nothing but that; "… in total, counting
    municipalities plus other bodies?": all the seats, which the member count gives."""
    if not extra & _MUNICIPALITIES or not fits(
        extra, _SEAT_CONTEXT | _MUNICIPALITIES | _OTHER_THAN | ADDING_UP_WORDS | COUNT_WORDS | GROUP_WORDS
    ):
        return None
    if extra & ADDING_UP_WORDS and extra & (_OTHER_THAN | _OTHER_KINDS):
        # "in total" with the municipalities alone still counts only them.
        return _as_entry(render, "member_count", lang)
    return _as_entry(render, "organisations_in_group" if extra & _OTHER_THAN else "municipality_count", lang)


def _as_entry(render: FactRenderer, fact: str, lang: Lang) -> FactReply:
    """A fact answered as the curated entry that renders it, so follow-ups read it alike."""
    entry = next((e.id for e in render.k.entries if e.fact == fact), f"fact:{fact.replace('_', '-')}")
    return FactReply(render.named[fact](lang), "answer", 100, entry, MEMBERS)


def _first_name_plural(render: FactRenderer, mentions: Sequence[Mention]) -> tuple[str, list[Person]] | None:
    """ "antal Lars'er i gruppen": a stranger's name that is a members' first name made plural."""
    for mention in mentions:
        if mention.kind != "unknown_person" or len(mention.surface.split()) != 1:
            continue
        word = fold(mention.surface)
        for suffix in _PLURALS:
            base = word.removesuffix(suffix)
            people = [p for p in render.k.people if base != word and fold(p.name.split()[0]) == base]
            if people:
                return people[0].name.split()[0], people
    return None


def _plural_of_first_name(render: FactRenderer, mention: Mention) -> bool:
    word = fold(mention.surface)
    firsts = {fold(render.person_by_name[name].name.split()[0]) for name in mention.ids}
    return len(word.split()) == 1 and any(word.removesuffix(s) in firsts - {word} for s in _PLURALS)


def municipalities_without(render: FactRenderer, title: Mention, lang: Lang) -> FactReply:
    """The municipalities in the group none of whose members holds ``title``'s title, with the
    members who sit for them: a municipality with two seats is counted once."""
    municipal = [p for p in render.k.people if render.seat_of(p).municipality]
    places = list(dict.fromkeys(render.seat_of(p).municipality for p in municipal))
    holding = {render.seat_of(render.person_by_name[name]).municipality for name in title.ids}
    lacking = [m for m in places if m not in holding]
    people = [p for p in municipal if render.seat_of(p).municipality in lacking]
    label = render.title_label(render.person_by_name[title.ids[0]], lang)
    head = say(MUNICIPALITIES_NOT_HOLDING, lang, count=len(lacking), total=len(places), title=label)
    return _listed(render, head, people, lang, "fact:count:municipalities-not-title")


def _listed(render: FactRenderer, head: str, people: Sequence[Person], lang: Lang, source: str) -> FactReply:
    lines = render.bullets(people, lang)
    return FactReply(f"{head}\n{lines}" if lines else head, "answer", 100, source, MEMBERS)
