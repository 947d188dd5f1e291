"""Members picked by how they relate to the rest: "who else has the same title as Kim
Herlev?", "how many others share his title?", "who in the group does not sit for a
municipality?"."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from bot.core.beside import asks_beside, both_sides
from bot.core.counts import COUNT_PHRASE
from bot.core.entities import Mention
from bot.core.fact_questions import FactReply
from bot.core.facts import FactRenderer
from bot.core.filters import verdict
from bot.core.knowledge import FACTS_BOX, MEMBERS, Bilingual, Lang, Person, Seat
from bot.core.lexicon import (
    APART_WORDS,
    CHAIR_TITLE,
    CLAIM_OPENERS,
    CLAIM_TAGS,
    COUNT_WORDS,
    DIFFERENCE_WORDS,
    EXCLUDING_PAIRS,
    EXPLICIT_SAME_WORDS,
    FROM_WORDS,
    GROUP_WORDS,
    LAST_WORDS,
    MANY,
    MUNICIPALITIES_AT_LARGE,
    MUNICIPALITY_CONTEXT,
    MUNICIPALITY_WORDS,
    NEGATION_WORDS,
    NUMBER_MARKERS,
    ORGANISATION_WORDS,
    OTHERS_WORDS,
    PENULTIMATE_WORDS,
    PEOPLE_WORDS,
    PERSON_CONTEXT,
    QUESTION_WORDS,
    QUOTE_CUES,
    RANK_WORDS,
    SAME_WORDS,
    STOPWORDS,
    TITLE_WORDS,
    UNIVERSAL_WORDS,
    WITHOUT_WORDS,
    cardinal_words,
    counted_back,
    exclusion_ends,
    fits,
    ordinal_words,
    tag_start,
    touches,
    word_set,
)
from bot.core.normalize import fold
from bot.core.phrases import NO, YES, say

SAME = Bilingual(
    da="{count} andre i styregruppen har samme {what} som {name} ({value}):",
    en='{count} others in the group have the same {what} as {name} ("{value}"):',
)
ONE_SAME = Bilingual(
    da="Én anden i styregruppen har samme {what} som {name} ({value}):",
    en='One other member of the group has the same {what} as {name} ("{value}"):',
)
NO_SAME = Bilingual(
    da="Ingen andre i styregruppen har samme {what} som {name} ({value}).",
    en='No one else in the group has the same {what} as {name} ("{value}").',
)
_WHAT = {
    "title": Bilingual("titel", "title"),
    "seat": Bilingual("kommune eller organisation", "municipality or organisation"),
}
AT_POSITION = Bilingual(
    da="Nummer {number} på listen over styregruppens medlemmer er {brief}.",
    en="Number {number} on the list of the group's members is {brief}.",
)
NO_POSITION = Bilingual(
    da="Der er intet nummer {number}: listen over styregruppens medlemmer har {count} pladser.",
    en="There is no number {number}: the list of the group's members has {count} seats.",
)
_LIST_WORDS = frozenset(fold("list listen liste listed medlemslisten memberlist").split())
_WHO_AT = frozenset(
    fold(
        "who hvem whose hvis guy fyr fyren person personen member medlem medlemmet hedder heder called navnet navn name"
    ).split()
)
"""Words that ask for the one at a place on the list: "first guy on the list?" asks who, too."""
_WHO = frozenset(fold("who hvem").split())
_MEMBER_AT = frozenset(fold("member medlem medlemmet person personen").split())
_MEMBERS_NAMED = frozenset(fold("member members medlem medlemmet medlemmer medlemmerne").split())
_THE = frozenset(fold("den det the").split())
"""Before an ordinal that ranks ("den tolvte"); "en eller anden" ranks nothing."""
_ASKED_FOR = frozenset(fold("give giv name nævn show vis tell fortæl").split())
"""'Please give me the 5th member': asked for, as 'who' asks."""
_SEAT_AT = frozenset(fold("kommune kommunen municipality council organisation organisationen").split())
_STANDS = frozenset(fold("står stod stands stood").split())
_PLACE_ON_LIST = NUMBER_MARKERS | _LIST_WORDS | frozenset(fold("på pa paa on in i the of og and").split())
_FROM_THE_TOP = frozenset(fold("første forste først first").split())
_A_PLACE = _FROM_THE_TOP | frozenset(fold("den the one sidste sidst last").split())
"""A place said alone, with the list it is on ("den sidste på listen?")."""
_FROM_END = frozenset(fold("to from fra til").split())
_TOP = frozenset(fold("øverst øverste oeverst overst top topmost").split())
_BOTTOM = frozenset(fold("nederst nederste bottom").split())
NOT_FOR_A_MUNICIPALITY = Bilingual(
    da="{count} af medlemmerne sidder ikke for en kommune, men for en organisation:",
    en="{count} of the members do not sit for a municipality but for an organisation:",
)
NOT_FOR_A_MUNICIPALITY_BESIDES_CHAIR = Bilingual(
    da="Ud over formanden sidder {count} af medlemmerne ikke for en kommune, men for en organisation:",
    en="Besides the chair, {count} of the members do not sit for a municipality but for an organisation:",
)
NOT_FOR_A_MUNICIPALITY_BESIDES = Bilingual(
    da="Ud over {names} sidder {count} af medlemmerne ikke for en kommune, men for en organisation:",
    en="Besides {names}, {count} of the members do not sit for a municipality but for an organisation:",
)
NOT_RANKED = Bilingual(
    da="Artiklen rangordner ikke medlemmerne; den giver kun deres titler:",
    en="The article does not rank the members; it only gives their titles:",
)
ONLY_SEAT_OF_SIZE = Bilingual(
    da="{seat} er den eneste plads på listen, der nævner {count} personer: {people}.",
    en="{seat} is the only seat on the list that names {count} people: {people}.",
)
SEAT_NAMES = Bilingual(
    da="Listen nævner for {seat}: {people}.",
    en="For {seat} the list names: {people}.",
)
SEATS_BESIDES = Bilingual(
    da="Ud over {places} står {count} {kind} på listen over styregruppens medlemmer:",
    en="Besides {places}, {count} {kind} are on the list of the group's members:",
)
_SEATS = Bilingual(da="pladser", en="seats")
_MUNICIPALITIES = Bilingual(da="kommuner", en="municipalities")
PEOPLE_BESIDES = Bilingual(
    da="Ud over {places} står {count} personer på listen over styregruppens medlemmer:",
    en="Besides {places}, {count} people are on the list of the group's members:",
)
_WHICH = word_set("which what who hvilke hvilken hvilket hvad hvem list liste nævn name show vis")
SIDE_BY_SIDE = Bilingual(da="Det siger artiklen om hver af dem:", en="What the article says about each of them:")
_VERSUS = frozenset({"vs", "versus", "mod", "against"})
_REPRESENTATIVES = frozenset(fold("representatives repræsentanter repræsentanterne folk people").split())
_NOT = frozenset(fold("not ikke non dont doesnt isnt arent").split())
_WITHOUT_REACH = 5
"""Words from "uden"/"without" to the municipality it denies ("uden at komme fra en kommune")."""
_OUTSIDE = frozenset({"outside", "udenfor", "udefra"})
"""Words that deny a seat in a municipality wherever they stand ("who is from outside the municipalities?")."""
_INSTEAD = frozenset({("rather", "than"), ("instead", "of"), ("snarere", "end"), ("frem", "for")})
_SEAT_KINDS = word_set("""
    organisations organizations organisationer orgs national nationale landsdækkende among blandt
    which hvilke municipal kommunal kommunale
""")
"""What the seats outside the municipalities are called ("national organisations")."""
ALSO_WORDS = frozenset(fold("also too også ogsa ligeledes").split())
"""'Who also holds that title?': with a question word, who else."""
_SHARING = SAME_WORDS | frozenset(fold("share shares sharing deler deles else ellers andre other others").split())


def same_as(render: FactRenderer, people: Sequence[Mention], words: Sequence[str], lang: Lang) -> FactReply | None:
    """Of one named member, the others holding exactly their title ("who else has the same
    title as Kim Herlev?") or sitting for the same place ("… from the same municipality")."""
    word_set = set(words)
    # Exact words: "sammen" (together) is no "samme" (same), and a quote is no comparison.
    # "hvem har også Karms titel?": who, too, is who else.
    sharing = word_set & _SHARING or (word_set & ALSO_WORDS and word_set & _WHO_ASKS) or _holders_asked(people, words)
    if len(people) != 1 or len(people[0].ids) != 1 or not sharing or word_set & QUOTE_CUES:
        return None
    if touches(word_set, TITLE_WORDS):
        attribute = "title"
    elif touches(word_set, MUNICIPALITY_WORDS | ORGANISATION_WORDS):
        attribute = "seat"
    else:
        return None
    person = render.person_by_name[people[0].ids[0]]

    def value(member: Person) -> str:
        return fold(member.title.da) if attribute == "title" else member.seat_id

    others = [p for p in render.k.people if p is not person and value(p) == value(person)]
    shown = render.title_label(person, lang) if attribute == "title" else render.seat_of(person).organisation
    values = {"what": _WHAT[attribute].get(lang), "name": person.name, "value": shown}
    if not others:
        # "samme titel som Grønvall?" asks whether anyone shares it: no one does, whoever is meant.
        whether = not word_set & QUESTION_WORDS and words[0] in _WHETHER_SHARED
        text = (NO.get(lang) if whether else "") + say(NO_SAME, lang, **values)
        return FactReply(text, "answer", 100, "fact:peers", MEMBERS)
    head = say(ONE_SAME if len(others) == 1 else SAME, lang, count=len(others), **values)
    return FactReply(_with_lines(render, head, others, lang), "answer", 100, "fact:peers", MEMBERS)


_WHETHER_SHARED = SAME_WORDS | frozenset(fold("har has anyone nogen").split())
"""How "samme titel som X?", "har nogen X's titel?" open: whether anyone shares it."""
_HOLDING = frozenset(fold("har has have holds hold bærer baerer bears").split())


def _holders_asked(people: Sequence[Mention], words: Sequence[str]) -> bool:
    """ "hvem har Peter Karms titel?", "who holds Karm's job?": who holds the title one member
    holds is who else holds it (the member is the owner of the title, not the one asked about)."""
    if len(people) != 1 or people[0].start != 2 or people[0].end >= len(words):
        return False
    owner_of = words[people[0].end]
    rest = set(words[people[0].end + 1 :]) - GROUP_WORDS - STOPWORDS
    return words[0] in _WHO_ASKS and words[1] in _HOLDING and owner_of in TITLE_WORDS and not rest


_BEFORE_ON_LIST = frozenset(fold("before above preceding ahead foran forud tidligere inden over").split())
"""Earlier on the list ("før" is read as "tidligere", as it folds to "for")."""
_AFTER_ON_LIST = frozenset(fold("after below following efter under").split())
_EVERY_ONE = frozenset(fold("which hvilke members medlemmer alle all everyone").split())
"""'which members are listed after …': every seat on that side, not the next one."""
PLACES_AWAY = Bilingual(
    da="{count} pladser {side} {name} på listen over styregruppens medlemmer står:",
    en="{count} places {side} {name} on the list of the group's members:",
)
NEIGHBOURS = Bilingual(
    da="{side} {name} på listen over styregruppens medlemmer står:",
    en="{side} {name} on the list of the group's members:",
)
COUNTED_NEIGHBOURS = Bilingual(
    da="{count} står {side} {name} på listen over styregruppens medlemmer:",
    en="{count} come {side} {name} on the list of the group's members:",
)
SIDES = {
    True: Bilingual(da="Før", en="Before"),
    False: Bilingual(da="Efter", en="After"),
}
AT_THE_END = Bilingual(
    da="{name} står {where} på listen over styregruppens medlemmer.",
    en="{name} is {where} on the list of the group's members.",
)
ENDS = {True: Bilingual(da="først", en="first"), False: Bilingual(da="sidst", en="last")}


_AS_WRITTEN = frozenset(fold("written skrevet line linje linjen navn name navnet reads lyder ordlyd står star").split())
"""'How is the Viborg line written?', 'hvad står der efter Mandøes navn i listen?': the line itself."""
_WHY = frozenset({"why", "hvorfor"})
LIST_LINE = Bilingual(da="I medlemslisten står der: «{line}»", en="The member list reads: «{line}»")


def list_line(render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang) -> FactReply | None:
    """A member's or a place's line of the member list, as the article writes it."""
    word_set = set(words)
    named = _lone_seat(render, mentions)
    if not word_set & _LIST_WORDS or named is None:
        return None
    if word_set & _WHY or words[0] in CLAIM_OPENERS or any(w in CLAIM_TAGS for w in words[tag_start(words) :]):
        # "hvorfor står der to navne ud for Viborg?", "does Viborg have two on one line?",
        # "Viborg has two names on its line, right?": a reason or a claim, not the line's words.
        return None
    if asks_beside(words):
        return None  # "hvem står ved siden af Helle på listen?" asks who, not how the line reads
    written = word_set & _AS_WRITTEN
    # "står" alone also says who stands before or after; a name or a line says the line is meant.
    if not written or (written <= {"star", "står"} and word_set & (_BEFORE_ON_LIST | _AFTER_ON_LIST)):
        return None
    line = render.seat_line(named[1], "da").removeprefix("• ")
    return FactReply(say(LIST_LINE, lang, line=line), "answer", 100, "fact:position", MEMBERS)


PLACE_ON_LIST = Bilingual(
    da="{name} står som nummer {place} af {size} på listen over styregruppens medlemmer: «{line}»",
    en="{name} is number {place} of {size} on the list of the group's members: «{line}»",
)
_WHERE = frozenset(fold("where hvor whereabouts").split())
_PLACE_ASKED = frozenset(
    fold("place plads pladsen position positionen placering placeringen placeret placed rank number nummer nr").split()
)
"""'Where is Karm on the list?', 'hvilken plads har Viborg på listen?': the place asked for."""
_WHO_ASKS = frozenset(fold("who hvem whose hvis").split())
"""'Who is number 8 on the list?' asks for the one at a place, not a place."""


def place_on_list(
    render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang
) -> FactReply | None:
    """ "Where is Karm on the list?", "hvor står Viborg på listen?", "what number is Winther on
    the member list?": the one named member's (or place's) line of the list, counted as a place
    among the list's lines."""
    word_set = set(words)
    named = _lone_seat(render, mentions)
    if named is None or not word_set & _LIST_WORDS or not word_set & (_WHERE | _PLACE_ASKED):
        return None
    if word_set & (_WHY | _BEFORE_ON_LIST | _AFTER_ON_LIST) or asks_beside(words):
        return None  # "who stands after Karm on the list?" asks for another one
    if words[0] in CLAIM_OPENERS or any(w in CLAIM_TAGS for w in words[tag_start(words) :]):
        return None  # "Karm is number 8 on the list, right?" is a claim to check
    if any(w.isdigit() for w in words) or word_set & _WHO_ASKS:
        return None  # "who is number 8 on the list?" asks for the one at a place
    mention, seat = named
    seats = render.k.seats
    name = mention.ids[0] if mention.kind == "person" else seat.organisation
    line = render.seat_line(seat, "da").removeprefix("• ")
    text = say(PLACE_ON_LIST, lang, name=name, place=seats.index(seat) + 1, size=len(seats), line=line)
    return FactReply(text, "answer", 100, "fact:position", MEMBERS)


def who_is_at(render: FactRenderer, number: int, lang: Lang) -> str:
    """ "Number 14 on the list … is Morten Mandøe, …": said after a place claimed wrongly, so the
    one asked about is named too ("is he the last one?" - "No, number 12 … Number 14 is …")."""
    line = render.seat_line(render.k.seats[number - 1], lang).removeprefix("• ")
    return say(AT_POSITION, lang, number=number, brief=line)


def seat_named(render: FactRenderer, mention: Mention) -> Seat | None:
    """The seat of the member, municipality or organisation ``mention`` names (None: outside the group)."""
    if mention.kind == "person":
        return render.seat_of(render.person_by_name[mention.ids[0]])
    if mention.kind == "organisation":
        return render.seat_for_organisation(mention.ids[0])
    return render.seat_for_municipality(mention.ids[0])


def _lone_seat(render: FactRenderer, mentions: Sequence[Mention]) -> tuple[Mention, Seat] | None:
    """The one member or place a question names, and its seat on the list (None: anything else)."""
    if len(mentions) != 1 or mentions[0].kind not in ("person", "municipality", "organisation"):
        return None
    mention = mentions[0]
    seat = seat_named(render, mention) if len(mention.ids) == 1 else None
    return (mention, seat) if seat is not None else None


def neighbours(render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang) -> FactReply | None:
    """ "who comes before Mads Grønvall on the list?", "which members are listed after the Aarhus
    representative?": the seats beside a member's (or a place's) on the article's list."""
    word_set = set(words)
    # "hvem står efter Roslev?": who stands after a member is who comes next on the list, the
    # only order the article gives its members.
    stands = bool(word_set & _WHO_ASKS and word_set & _STANDS_ON_LIST)
    if not word_set & _LIST_WORDS and not stands and not _one_beside(mentions, words):
        return None
    # "listen over medlemmerne" is the list of the members: that "over" is no place above.
    placed = {w for i, w in enumerate(words) if not (w == "over" and i and words[i - 1] in _LIST_WORDS)}
    before, after = bool(placed & _BEFORE_ON_LIST), bool(placed & _AFTER_ON_LIST)
    named = _lone_seat(render, mentions)
    if named is not None and not before and not after and asks_beside(words):
        mention, seat = named
        return both_sides(render, seat, mention.ids[0] if mention.kind == "person" else seat.organisation, lang)
    if before == after:
        return None
    if named is not None:
        mention, seat = named
        name = mention.ids[0] if mention.kind == "person" else seat.organisation
    elif not mentions and touches(word_set, CHAIR_TITLE):
        # "who is listed right before the chair?": the chair is one member, named by the office.
        seat = render.k.chair_seat
        name = seat.people[0].name
    else:
        return None
    seats = render.k.seats
    index = seats.index(seat)
    side = seats[:index][::-1] if before else seats[index + 1 :]
    if not side:
        text = say(AT_THE_END, lang, name=name, where=ENDS[before].get(lang))
        return FactReply(text, "answer", 100, "fact:position", MEMBERS)
    away = _places_away(words)
    if away > 1:
        # "hvem kommer to pladser efter Brøndum?": the one that many places along, not the next.
        if away > len(side):
            text = say(AT_THE_END, lang, name=name, where=ENDS[before].get(lang))
            return FactReply(text, "answer", 100, "fact:position", MEMBERS)
        lines = [f"• {render.brief(p, lang)}" for p in side[away - 1].people]
        head = say(PLACES_AWAY, lang, count=away, side=SIDES[before].get(lang).lower(), name=name)
        return FactReply("\n".join([head, *lines]), "answer", 100, "fact:position", MEMBERS)
    counting = bool(word_set & MANY and word_set & COUNT_WORDS - MANY)
    shown = side if word_set & _EVERY_ONE or counting else side[:1]
    if before:
        shown = shown[::-1]  # in the list's own order
    lines = [f"• {render.brief(p, lang)}" for s in shown for p in s.people]
    head = say(NEIGHBOURS, lang, side=SIDES[before].get(lang), name=name)
    if counting:
        # "hvor mange står før Grønvall?": the count of lines on that side, then the lines.
        head = say(COUNTED_NEIGHBOURS, lang, count=len(shown), side=SIDES[before].get(lang).lower(), name=name)
    return FactReply("\n".join([head, *lines]), "answer", 100, "fact:position", MEMBERS)


_PLACE_NOUNS = frozenset(fold("pladser plads pladsen pladserne places place positions steps trin seats spots").split())


def _places_away(words: Sequence[str]) -> int:
    """ "to pladser efter", "two places before", "3 after": how many places along the list;
    1 when no count stands before the place word or the side word."""
    for i, word in enumerate(words[1:], start=1):
        if word in _PLACE_NOUNS or word in _BEFORE_ON_LIST | _AFTER_ON_LIST:
            said = words[i - 1]
            count = int(said) if said.isdigit() else cardinal_words().get(said)
            if count is not None and 1 < count < _MAX_PLACES_AWAY:
                return count
    return 1


_MAX_PLACES_AWAY = 15
"""A count above the list's length is no number of places ("2017 after …")."""
_STANDS_ON_LIST = frozenset(
    fold("står star stod nævnt nævnes nævnte opført listed named mentioned comes kommer follows følger").split()
)
"""Verbs that place someone in the article's order ("hvem står efter …", "who is listed before …")."""
_ONE_BESIDE = frozenset(fold("den det the one lige right just og and so så then nej no").split())
"""Beside "after"/"before" and a name, the words of a fragment that points along the list."""


def _one_beside(mentions: Sequence[Mention], words: Sequence[str]) -> bool:
    """ "den efter Hjørring?", "the one right before Karm": the list is meant without being named."""
    inside = {i for m in mentions for i in range(m.start, m.end)}
    rest = [w for i, w in enumerate(words) if i not in inside]
    sides = [w for w in rest if w in _BEFORE_ON_LIST | _AFTER_ON_LIST]
    return len(sides) == 1 and bool(set(rest) & {"den", "the"}) and all(w in _ONE_BESIDE or w in sides for w in rest)


def at_position(
    render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang
) -> FactReply | None:
    """ "who is third on the member list?", "hvem står som nummer 8 på listen?", "who is last
    on the list?": the member at that place in the article's list."""
    word_set = set(words)
    # "hvem er nr 5?", "who is number 5?": a person at a number is one of the members' list,
    # the only list of people; "hvem er den femte?" names no list and may go on another one.
    numbered = any(w in NUMBER_MARKERS for w in words[:-1])  # a number word with its number after it
    # "nr 2 på listen?" asks who stands there without saying "who".
    bare = numbered and bool(word_set & _LIST_WORDS) and all(w.isdigit() or w in _PLACE_ON_LIST for w in words)
    # "sidste på listen?", "den første på listen?": a place on the list alone asks who stands there.
    bare = bare or (bool(word_set & _LIST_WORDS) and all(w in _PLACE_ON_LIST or w in _A_PLACE for w in words))
    # "whose name appears first in the list?", "hvis navn står først?" ask who as well.
    # "hvilken kommune står som nr 12 på listen?": the seat's place, which its line names too.
    # "hvilken kommune står først i listen?": a place said by its rank from the top, too (the
    # last line is an organisation's, not a municipality's).
    ranks = numbered or bool(word_set & (_FROM_THE_TOP | _TOP | ordinal_words().keys()) and not word_set & LAST_WORDS)
    seat_asked = bool(word_set & _SEAT_AT and word_set & _LIST_WORDS and ranks)
    if mentions or not (word_set & _WHO_AT or bare or seat_asked):
        return None
    # "hvem står først?": standing first is a place in a list, and the members' is the only one of people.
    standing = bool(word_set & _WHO and word_set & _STANDS)
    # "which member sits at nr 4?": a member at a number is on the members' list, named or not.
    # "hvem er den første medlem?", "medlemmerne en for en: hvem er den tolvte?": a place among
    # the members is a place on their list.
    ranked = bool(word_set & (_WHO | _ASKED_FOR) and word_set & _MEMBERS_NAMED) and any(
        w in ordinal_words() and i and words[i - 1] in _THE for i, w in enumerate(words)
    )
    if not word_set & _LIST_WORDS and not (numbered and word_set & (_WHO | _MEMBER_AT)) and not standing and not ranked:
        return None
    seats = render.k.seats
    # "hvem står først og sidst på listen?" names two places: each is answered.
    named: dict[int, int] = {}
    for i, word in enumerate(words):
        if word in LAST_WORDS:
            # "second to last", "third from last": counted from the end.
            before = [(j, w) for j, w in enumerate(words[max(0, i - 2) : i], max(0, i - 2)) if w not in _FROM_END]
            counted = ordinal_words().get(before[-1][1]) if before else None
            if counted == 1:
                counted = None  # "first & last person on the list?" names the first as well
            if counted is not None:
                named.pop(before[-1][0], None)
            named[i] = len(seats) + 1 - (counted or 1)
        elif word in PENULTIMATE_WORDS:
            named[i] = len(seats) - 1
        elif (back := counted_back([word])) is not None:
            named[i] = len(seats) + 1 - back  # "hvem er tredjesidst på listen?"
        elif word in _TOP:
            named[i] = 1  # "hvem står øverst på medlemslisten?"
        elif word in _BOTTOM:
            named[i] = len(seats)
        elif word in ordinal_words():
            named[i] = ordinal_words()[word]
        elif word.isdigit() and i and words[i - 1] in NUMBER_MARKERS:
            named[i] = int(word)
        elif word in cardinal_words() and i and words[i - 1] in NUMBER_MARKERS:
            named[i] = cardinal_words()[word]  # "nummer fem"
    positions = list(dict.fromkeys(named.values()))
    if not positions:
        return None
    if not all(1 <= position <= len(seats) for position in positions):
        beyond = next(p for p in positions if not 1 <= p <= len(seats))
        return FactReply(
            say(NO_POSITION, lang, number=beyond, count=len(seats)), "negative", 100, "fact:position", MEMBERS
        )
    lines = []
    for position in positions:
        # A line of the list is a seat; Viborg's names two people.
        people = seats[position - 1].people
        briefs = " / ".join(render.brief(p, lang) for p in people)
        lines.append(say(AT_POSITION, lang, number=position, brief=briefs))
    people = seats[positions[0] - 1].people
    one = len(positions) == 1 and len(people) == 1
    source = f"fact:person:{people[0].name}" if one else "fact:position"
    return FactReply("\n".join(lines), "answer", 100, source, MEMBERS)


def not_for_a_municipality(
    render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang
) -> FactReply | None:
    """ "who in the group does not come from a municipality?": the organisations' people."""
    word_set = set(words)
    # "not"/"ikke" inside the question, not as a tag ("… 4 kommuner, ikke?"); "besides the
    # municipalities" asks for the organisations, which their entry answers.
    negated = any(w in _NOT for w in words[: max(0, len(words) - 2)]) or bool(word_set & _OUTSIDE)
    # "uden at komme fra en kommune": "without" denies what follows it, which must be the municipality.
    negated = negated or any(
        w in WITHOUT_WORDS and touches(set(words[i + 1 : i + 1 + _WITHOUT_REACH]), MUNICIPALITY_WORDS)
        for i, w in enumerate(words)
    )
    # "organisations *rather than* municipalities" picks people as "not" does; "ud over
    # kommunerne" asks for the organisations, which their entry answers.
    paired = [end for end in exclusion_ends(words) if end >= 2 and (words[end - 2], words[end - 1]) in EXCLUDING_PAIRS]
    rather = any(
        (words[end - 2], words[end - 1]) in _INSTEAD and touches(set(words[end : end + 2]), MUNICIPALITY_WORDS)
        for end in paired
    )
    # "are all members from municipalities?": a claim about everyone, which these people deny.
    all_of_them = words[0] in CLAIM_OPENERS and bool(word_set & UNIVERSAL_WORDS) and not negated
    # "Apart from Mandøe, who … is not from a municipality?": members named only to be set apart.
    ends = exclusion_ends(words)
    apart = [m for m in mentions if m.kind == "person" and len(m.ids) == 1 and any(0 <= m.start - e <= 1 for e in ends)]
    if len(apart) != len(mentions) or not (negated or rather or all_of_them):
        return None
    if not touches(word_set, MUNICIPALITY_WORDS):
        return None
    named = {w for m in apart for w in words[m.start : m.end]}
    word_set -= named
    if any(a in MANY and b in MUNICIPALITIES_AT_LARGE for a, b in pairwise(words)):
        return None  # "hvor mange kommuner er ikke med?" counts municipalities, not people
    pair_words = {w for pair in EXCLUDING_PAIRS for w in pair}
    content = {w for w in word_set if w not in STOPWORDS | pair_words} - _NOT - _OUTSIDE - WITHOUT_WORDS
    if not fits(content, PERSON_CONTEXT | MUNICIPALITY_CONTEXT | COUNT_WORDS | GROUP_WORDS | _SEAT_KINDS):
        return None  # "tilslutninger på mere end 80 kommuner er ikke et særsyn" is about something else
    people = [p for p in render.k.people if render.seat_of(p).municipality is None]
    chair_apart = any(touches(set(words[end : end + 2]), CHAIR_TITLE) for end in paired)
    set_apart = list(dict.fromkeys(m.ids[0] for m in apart))
    if chair_apart:
        # "Apart from the chair, who … rather than a kommune?"
        people = [p for p in people if not render.seat_of(p).chair]
        head = say(NOT_FOR_A_MUNICIPALITY_BESIDES_CHAIR, lang, count=len(people))
    elif set_apart:
        people = [p for p in people if p.name not in set_apart]
        names = (" og " if lang == "da" else " and ").join(set_apart)
        head = say(NOT_FOR_A_MUNICIPALITY_BESIDES, lang, names=names, count=len(people))
    else:
        head = say(NOT_FOR_A_MUNICIPALITY, lang, count=len(people))
    if touches(word_set, COUNT_WORDS) and not people:
        return None
    # Which of them chairs is part of how they sit, and "who is the chair among them?" asks it.
    lines = [f"• {render.brief(p, lang)}{_chair_mark(render, p, lang)}" for p in people]
    if all_of_them:
        return verdict(not people, "\n".join([head, *lines]), lang, "fact:peers")
    return FactReply("\n".join([head, *lines]), "answer", 100, "fact:peers", MEMBERS)


def _chair_mark(render: FactRenderer, person: Person, lang: Lang) -> str:
    return (" (formand)" if lang == "da" else " (chair)") if render.seat_of(person).chair else ""


def side_by_side(render: FactRenderer, people: Sequence[Mention], words: Sequence[str], lang: Lang) -> FactReply | None:
    """ "What's the difference between Lars Holte and Lars Svenningsen?": two or more members
    described side by side (title, municipality or organisation, chair), for the reader to compare."""
    named = list(dict.fromkeys(m.ids[0] for m in people if len(m.ids) == 1))
    ranked = touches(set(words), RANK_WORDS)
    if len(named) < 2 or not (ranked or touches(set(words), DIFFERENCE_WORDS | APART_WORDS)):
        return None
    lines = [f"• {render.person(render.person_by_name[name], lang)}" for name in named]
    # "who sounds more senior, X or Y?": the article ranks no one, so it says so, then both.
    head = say(NOT_RANKED if ranked else SIDE_BY_SIDE, lang)
    return FactReply("\n".join([head, *lines]), "answer", 100, "fact:compare", MEMBERS)


def seats_side_by_side(
    render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang
) -> FactReply | None:
    """ "Compare the roles of the Aarhus and the Aalborg representatives", "sammenlign Københavns
    og Holbæks repræsentanter": the people of two or more municipalities' seats side by side.
    Organisations compared ("KL vs SKI") are a question about the organisations, not their people."""
    # "How do the KL and SKI representatives differ?": their people are named, so they are meant.
    people_named = touches(set(words), PEOPLE_WORDS | _REPRESENTATIVES)
    kinds = ("municipality", "organisation") if people_named else ("municipality",)
    named = [m for m in mentions if m.kind in kinds and len(m.ids) == 1]
    seats = list(dict.fromkeys(s for m in named if (s := seat_named(render, m)) is not None))
    # "viborg har 2 folk - forskel på deres titler": one seat of several people, compared within.
    shared = len(seats) == 1 and len(seats[0].people) > 1
    if (len(seats) < 2 and not shared) or any(m.kind not in (*kinds, "title") for m in mentions):
        return None
    if not touches(set(words), DIFFERENCE_WORDS | _VERSUS):
        return None
    lines = [f"• {render.person(p, lang)}" for seat in seats for p in seat.people]
    return FactReply("\n".join([say(SIDE_BY_SIDE, lang), *lines]), "answer", 100, "fact:compare", MEMBERS)


def seat_apart(render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang) -> FactReply | None:
    """ "What distinguishes Viborg's entry from the other municipalities?": how many people its
    seat names, when no other seat names as many, else what the list says of the seat."""
    word_set = set(words)
    if len(mentions) != 1 or mentions[0].kind not in ("municipality", "organisation"):
        return None
    if not touches(word_set, DIFFERENCE_WORDS | APART_WORDS) or not touches(word_set, OTHERS_WORDS):
        return None
    mention = mentions[0]
    by_id = {s.organisation_id if mention.kind == "organisation" else s.municipality: s for s in render.k.seats}
    seat = by_id.get(mention.ids[0])
    if seat is None:
        return None
    people = "; ".join(f"{p.name}, {render.title_label(p, lang)}" for p in seat.people)
    if sum(len(s.people) == len(seat.people) for s in render.k.seats) == 1:
        text = say(ONLY_SEAT_OF_SIZE, lang, seat=seat.organisation, count=len(seat.people), people=people)
    else:
        text = say(SEAT_NAMES, lang, seat=seat.organisation, people=people)
    return FactReply(text, "answer", 100, "fact:seat-apart", MEMBERS)


def themes_side_by_side(
    render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang
) -> FactReply | None:
    """ "Theme 1 vs theme 3 - what's the difference?": both themes as the fact box gives them."""
    elided = _elided_themes(mentions, words, len(render.k.strategy.themes))
    themes = list(dict.fromkeys([*elided, *(int(m.ids[0]) for m in mentions if m.kind == "theme")]))
    if len(themes) < 2 or any(m.kind != "theme" for m in mentions):
        return None
    # "Name the first and the last theme": two themes asked for by one noun are both asked for.
    if not touches(set(words), DIFFERENCE_WORDS | _VERSUS) and not elided:
        return None
    lines = [f"• {render.theme(number, lang)[0]}" for number in themes]
    return FactReply("\n".join([say(SIDE_BY_SIDE, lang), *lines]), "answer", 100, "fact:compare-themes", FACTS_BOX)


def _elided_themes(mentions: Sequence[Mention], words: Sequence[str], count: int) -> list[int]:
    """ "the first and the fifth theme", "det første og det sidste tema": an ordinal whose noun
    is said once, after the last one (``count``: how many themes there are, for "the last")."""
    found = []
    for mention in mentions:
        if mention.kind != "theme":
            continue
        before = [w for w in words[: mention.start] if w not in _ARTICLES]
        if len(before) < 2 or before[-1] not in _AND:
            continue
        if before[-2] in ordinal_words():
            found.append(ordinal_words()[before[-2]])
        elif before[-2] in LAST_WORDS:
            found.append(count)
    return found


_ARTICLES = frozenset({"the", "det", "den", "de"})
_AND = frozenset({"and", "og", "vs", "versus"})
"""What joins two ordinals sharing one noun ("the first and the fifth theme")."""


def _with_lines(render: FactRenderer, head: str, people: Sequence[Person], lang: Lang) -> str:
    return f"{head}\n{render.bullets(people, lang)}" if people else head


def seats_besides(
    render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang
) -> FactReply | None:
    """ "hvilke kommuner er med udover København?", "who else is in the group apart from SKI
    and KL?": the seats of the list less the places set apart, or their people."""
    asked = set(words)
    if not mentions or any(m.kind not in ("municipality", "organisation") for m in mentions):
        return None
    ends = exclusion_ends(words)
    first = min(m.start for m in mentions)
    # "hvor mange kommuner bortset fra København?" counts what "hvilke" would list.
    if not any(0 <= first - end <= 1 for end in ends) or not (asked & _WHICH or COUNT_PHRASE.search(" ".join(words))):
        return None
    if not touches(asked, MUNICIPALITY_WORDS | ORGANISATION_WORDS | PEOPLE_WORDS | GROUP_WORDS):
        return None
    inside = {i for m in mentions for i in range(m.start, m.end)}
    content = {w for i, w in enumerate(words) if i not in inside and w not in STOPWORDS}
    content -= {w for pair in EXCLUDING_PAIRS for w in pair}
    beside_seats = MUNICIPALITY_CONTEXT | GROUP_WORDS | NEGATION_WORDS | OTHERS_WORDS | _SEAT_KINDS | COUNT_WORDS
    if not fits(content, beside_seats):
        return None  # "hvilke kommuner udover København har over 100.000 indbyggere?" asks more
    apart = {m.ids[0] for m in mentions}
    seats = [s for s in render.k.seats if not {s.municipality, s.organisation_id} & apart]
    kind = _SEATS
    if touches(asked, MUNICIPALITY_WORDS - FROM_WORDS) and not touches(asked, ORGANISATION_WORDS):
        seats = [s for s in seats if s.municipality]
        kind = _MUNICIPALITIES
    names = (" og " if lang == "da" else " and ").join(dict.fromkeys(m.ids[0] for m in mentions))
    if touches(asked, PEOPLE_WORDS - word_set("represent represents repræsenterer")):
        people = [p for s in seats for p in s.people]
        head = say(PEOPLE_BESIDES, lang, count=len(people), places=names)
        return FactReply(_with_lines(render, head, people, lang), "answer", 100, "fact:besides", MEMBERS)
    lines = [f"• {s.organisation}: {', '.join(p.name for p in s.people)}" for s in seats]
    head = say(SEATS_BESIDES, lang, count=len(seats), places=names, kind=kind.get(lang))
    return FactReply("\n".join([head, *lines]), "answer", 100, "fact:besides", MEMBERS)


def place_and_chair(
    render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang
) -> FactReply | None:
    """ "Is the SKI member's organisation the same as the chair's?": yes only when the place
    named holds the chairing seat; the chair and the place's seat are given either way."""
    asked = set(words)
    if len(mentions) != 1 or mentions[0].kind not in ("municipality", "organisation"):
        return None
    if not touches(asked, EXPLICIT_SAME_WORDS) or not touches(asked, CHAIR_TITLE):
        return None
    mention = mentions[0]
    seat = next((s for s in render.k.seats if mention.ids[0] in {s.municipality, s.organisation_id}), None)
    if seat is None:
        return None
    people = "; ".join(f"{p.name}, {render.title_label(p, lang)}" for p in seat.people)
    facts = " ".join([render.chair(lang), say(SEAT_NAMES, lang, seat=seat.organisation, people=people)])
    return FactReply((YES if seat.chair else NO).get(lang) + facts, "answer", 100, "fact:chair-seat", MEMBERS)
