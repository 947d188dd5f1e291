"""What the engine understands, shown on an invented knowledge (tests/fixtures/knowledge/).

The fixture is a made-up steering group of the Lakeside Water Board (LWB), chaired by Rasmus
Kvistgaard of the Aquifer Research Institute (ARI): six seats, four municipalities (Mosevang's
seat is shared by two people), titles that overlap in part ("forsyningsdirektør",
"teknik- og miljødirektør", "vandchef", "miljøchef", "forskningschef"), three themes, savings
of "godt 2,4 mia. kr." since 2026, and five quotable passages. None of its names is in the real
article, so every test here that passes proves the behaviour comes from the engine and the
knowledge it is given, not from names written into ``bot/``.

Each test states one behaviour; its table lists questions and what the answer must (not) say.
A case marked ``xfail(strict=True)`` is a bug found in ``bot/``: the reason says what is
expected and what the engine gives instead.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Sequence
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core import claims
from bot.core.answer import Answer
from bot.core.courtesy import THANKS, courtesy
from bot.core.engine import Engine
from bot.core.knowledge import Bilingual, Knowledge, Lang, Passage, Person, Seat
from bot.core.loader import load_knowledge
from bot.core.normalize import fold, word_pairs


def has(text: str, part: str) -> bool:
    """``part`` occurs in ``text`` as whole words, after folding (case, æ/ø/å, punctuation)."""
    return f" {fold(part)} " in f" {fold(text)} "


def verdict(answer: Answer) -> str | None:
    """The answer's leading yes or no, folded ("ja", "jo", "yes", "nej", "no"), else None."""
    first = fold(answer.text).split()[:1]
    return first[0] if first and first[0] in {"ja", "jo", "yes", "nej", "no"} else None


def check(
    answer: Answer,
    *,
    answered: bool = True,
    start: str | None = None,
    contains: Sequence[str] = (),
    lacks: Sequence[str] = (),
    language: str | None = None,
) -> None:
    """Assert what a table row expects of one answer."""
    shown = f"{answer.question!r} -> [{answer.outcome}] {answer.text!r}"
    assert answer.answered is answered, shown
    if start is not None:
        assert verdict(answer) == fold(start), shown
    for part in contains:
        assert has(answer.text, part), (part, shown)
    for part in lacks:
        assert not has(answer.text, part), (part, shown)
    if language is not None:
        assert answer.language == language, shown


YES = ("ja", "jo", "yes")
NO = ("nej", "no")


def bug(*values: object, reason: str, id: str | None = None, raises: type[Exception] | None = None) -> object:
    """A table row the engine gets wrong today: a strict xfail whose reason is the bug report."""
    mark = pytest.mark.xfail(strict=True, reason="BUG: " + reason, raises=raises)
    return pytest.param(*values, marks=mark, id=id)


# -- the fixture itself ---------------------------------------------------------------------


def test_the_fixture_knowledge_loads_with_six_seats_seven_people_and_three_themes(fixture_engine: Engine) -> None:
    k = fixture_engine.knowledge
    assert len(k.seats) == 6
    assert len(k.people) == 7
    assert [t.number for t in k.strategy.themes] == [1, 2, 3]
    assert k.chair_seat.people[0].name == "Rasmus Kvistgaard"


def test_no_person_place_or_organisation_of_the_fixture_is_in_the_shipped_knowledge(fixture_engine: Engine) -> None:
    fixture, shipped = fixture_engine.knowledge, load_knowledge()
    shipped_text = fold(repr(shipped))
    names = [p.name for p in fixture.people] + [m.name for m in fixture.municipalities]
    names += [o.short for o in fixture.organisations] + [o.name.en for o in fixture.organisations]
    assert [n for n in names if f" {fold(n)} " in f" {shipped_text} "] == []


def test_every_question_variant_of_the_fixture_is_answered_by_its_own_entry(fixture_engine: Engine) -> None:
    from bot.curation.check import find_collisions

    assert [str(c) for c in find_collisions(fixture_engine)] == []


@pytest.mark.parametrize(
    "question",
    ["What is the new group meant to achieve?", "what is the steering group intended to do", "hvad skal gruppen opnå"],
)
def test_what_the_group_is_meant_to_achieve_is_asked_for_its_purpose(fixture_engine: Engine, question: str) -> None:
    assert fixture_engine.ask(question).source == "purpose"


# -- claims about a member ------------------------------------------------------------------

MEMBER_CLAIMS = [
    # Danish: tag, "er det rigtigt at", statement + "?", yes/no opener
    ("Ingrid Falkesen er fra Krageby, ikk?", "ja", ["Krageby Kommune"], "da"),
    ("Ingrid Falkesen er fra Lyngholt, ikk?", "nej", ["Krageby Kommune", "Tobias Ravnkilde"], "da"),
    ("er det rigtigt at Aksel Brandtoft er fra Søholt?", "ja", ["Søholt Kommune"], "da"),
    ("er det rigtigt at Aksel Brandtoft er fra Mosevang?", "nej", ["Søholt Kommune"], "da"),
    ("Ingrid er fra Krageby?", "ja", ["Ingrid Falkesen"], "da"),
    # membership stated and put up with a question mark
    ("og Helle Birkmose sidder også i styregruppen?", "ja", ["LWB"], "da"),
    ("Tobias Ravnkilde is in the group too?", "yes", ["Lyngholt Kommune"], "en"),
    ("Kvistgaard er formand?", "ja", ["Rasmus Kvistgaard", "ARI"], "da"),
    ("Falkesen er formand, ikk?", "nej", ["Rasmus Kvistgaard"], "da"),
    ("er Falkesen formand?", "nej", ["Rasmus Kvistgaard"], "da"),
    ("Kvistgaard er fra ARI, ikk?", "ja", ["forskningschef"], "da"),
    ("er Jonas Vinterberg vandchef?", "ja", ["Mosevang Kommune"], "da"),
    ("er Jonas Vinterberg miljøchef?", "nej", ["vandchef"], "da"),
    ("Falkesen er forsyningsdirektør i Krageby, ikk?", "ja", [], "da"),
    ("Falkesen er forsyningsdirektør i Lyngholt, ikk?", "nej", ["Tobias Ravnkilde"], "da"),
    # English: "right?", yes/no opener, "represented by"
    ("Is Tobias Ravnkilde from Lyngholt, right?", "yes", ["Lyngholt Kommune"], "en"),
    ("Is Tobias Ravnkilde from Krageby, right?", "no", ["Lyngholt Kommune", "Ingrid Falkesen"], "en"),
    ("Is Tobias Ravnkilde from Lyngholm, right?", "no", ["Lyngholt Kommune"], "en"),
    ("Is Helle Birkmose from LWB?", "yes", ["miljøchef"], "en"),
    ("Does Helle Birkmose work for LWB?", "yes", [], "en"),
    ("Kvistgaard is from ARI, right?", "yes", [], "en"),
    ("Is Rasmus Kvistgaard the chair?", "yes", [], "en"),
    ("Birkmose is the chair, right?", "no", ["Rasmus Kvistgaard", "Helle Birkmose"], "en"),
    ("Is Jonas Vinterberg a water manager?", "yes", [], "en"),
    ("Is Jonas Vinterberg a head of environment?", "no", ["water manager"], "en"),
    ("Falkesen is a utilities director, right?", "yes", [], "en"),
    ("Falkesen is a water manager, right?", "no", ["utilities director"], "en"),
    ("Is Krageby represented by Ingrid Falkesen?", "yes", [], "en"),
    ("Is Krageby represented by Tobias Ravnkilde?", "no", ["Ingrid Falkesen"], "en"),
    # "X = Y?": no language cue, so no language is asked of the answer
    ("Falkesen = Krageby?", "yes", [], None),
    ("Falkesen = Lyngholt?", "no", ["Krageby Kommune"], None),
    ("Kvistgaard = ARI?", "yes", [], None),
    ("Kvistgaard = LWB?", "no", ["Helle Birkmose"], None),
    bug(
        "Helle Birkmose works for LWB, right?",
        "yes",
        [],
        "en",
        reason="answered in Danish ('Ja. Helle Birkmose er miljøchef i LWB …'): language cues are learnt "
        "from the knowledge's variants, so 'for' (only in Danish variants here) outvotes 'works'/'right'",
    ),
    pytest.param("Rasmus Kvistgaard chairs the group, right?", "yes", [], "en"),
    pytest.param("Falkesen leder styregruppen, ikk?", "nej", ["Rasmus Kvistgaard"], "da"),
    # a claim about the chair beside a true place is still a claim about the chair
    ("The group is chaired by Ingrid Falkesen from Krageby, isn't it?", "no", ["Rasmus Kvistgaard"], "en"),
    ("Ingrid F. Falkesen er formand?", "nej", ["Rasmus Kvistgaard"], "da"),
    # a title cut short, as chat shortens long titles, is still that title
    ("Ingrid Falkesen er forsyningsdirekt i Krageby?", "ja", [], "da"),
    ("ingrid falkesen er vandche i krageby?", "nej", ["forsyningsdirektør"], "da"),
    ("falkesen forsyningsdir krageby korrekt?", "ja", [], "da"),
    # another name a curator gave a title (vocabulary title_names) names its holders
    ("is Falkesen the head of utilities in Krageby?", "yes", [], "en"),
    ("is Vinterberg a utilities boss?", "no", ["vandchef"], "en"),
    # a kind of job claims a part of the title, as a word or a compound's part of its own
    ("er Falkesen chef i Krageby?", "nej", ["forsyningsdirektør"], "da"),
    ("er Vinterberg chef?", "ja", [], "da"),
    ("is Falkesen a director?", "yes", [], "en"),
    ("er Falkesen miljø i Krageby, ikk?", "nej", [], "da"),
    ("is Kvistgaard the head of the group?", "yes", [], "en"),
    # a vice chair is another office, which the article gives no one
    ("is Kvistgaard the vice chair?", "no", ["no vice chair", "Rasmus Kvistgaard"], "en"),
    ("er Kvistgaard næstformand?", "nej", ["ingen næstformand"], "da"),
    ("is Falkesen deputy chair?", "no", ["Rasmus Kvistgaard"], "en"),
    # names first, then a clause that points back at them
    ("Strandgaard og Brandtoft: er de begge teknik- og miljødirektører?", "ja", [], "da"),
    ("Falkesen and Vinterberg – are they both from Krageby?", "no", ["Mosevang"], "en"),
]

UNVERIFIABLE_MEMBER_CLAIMS = [
    # a title made up the way the members' titles are, which no member holds: no yes on the place
    "Ingrid Falkesen er forsyningschef i Krageby, ikk?",
    "Ingrid Falkesen er klimadirektør i Krageby?",
    # A plain negation gets its verdict in words (see negated_claims); one that claims more
    # than the opposite does not: "no longer", "not only".
    "Ingrid Falkesen er ikke længere fra Krageby, vel?",
    "Ingrid Falkesen is not only from Krageby, right?",
    "Ingrid Falkesen har været fra Krageby siden 2019, ikk?",  # a year no member fact holds
    "Ingrid Falkesen var tidligere fra Krageby, ikk?",
    "Ingrid Falkesen sits on Krageby Kommune's board, right?",  # the board is not the municipality
    "sidder Ingrid Falkesen i Krageby Kommunes bestyrelse?",
    # a title typed so short the title recogniser misses it: the place alone must not make a "ja"
    "Ingrid Falkesen er teknik i Krageby?",
]


@pytest.mark.parametrize("question", UNVERIFIABLE_MEMBER_CLAIMS)
def test_a_member_claim_saying_more_than_the_facts_can_check_gets_the_facts_without_a_verdict(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.text.startswith("Ingrid Falkesen"), answer.text
    assert "Krageby Kommune" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Ingrid Falkesen er fra Hobro, ikk?",  # a town the knowledge does not know
        "is Tobias Ravnkilde from Mars?",
        "er Jonas Vinterberg fra Jylland?",  # a region, which may even hold the member's place
        "is Tobias Ravnkilde nice?",  # small talk's word, said of the member
    ],
)
def test_a_member_claimed_to_be_something_the_facts_hold_nothing_on_gets_no_yes_but_the_facts(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert fold(answer.text).split()[0] not in {"ja", "yes"}, answer.text
    assert " Kommune" in answer.text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # The group's chair sits for ARI; who chairs ARI itself the facts never say.
        ("er Rasmus Kvistgaard formand for ARI?", "Rasmus Kvistgaard"),
        ("is Rasmus Kvistgaard the chair of ARI?", "Rasmus Kvistgaard"),
        # Nor does anyone sitting for another organisation or a municipality chair it.
        ("is Rasmus Kvistgaard the chair of LWB?", "No."),
        ("er Ingrid Falkesen formand for ARI?", "Nej."),
    ],
)
def test_the_chair_of_an_organisation_is_no_claim_about_the_groups_chair(
    fixture_engine: Engine, question: str, start: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.text.startswith(start), answer.text
    assert "formand for" in answer.text or "who chairs" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Apart from Rasmus Kvistgaard, who in the group is not from a municipality?",
        "bortset fra Rasmus Kvistgaard, hvem sidder ikke for en kommune?",
    ],
)
def test_a_member_set_apart_from_a_negated_filter_is_left_out_of_its_answer(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert "Helle Birkmose" in answer.text and "• Rasmus Kvistgaard" not in answer.text, answer.text
    assert "Ingrid Falkesen" not in answer.text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("is Ingrid Falkesen first on the list?", "Yes."),
        ("is Tobias Ravnkilde first on the list?", "No."),  # a member, but second
        ("Tobias Ravnkilde is number 2 on the list, right?", "Yes."),
        ("er Rasmus Kvistgaard den sidste på listen?", "Ja."),
        ("står Tobias Ravnkilde sidst?", "Nej."),
        ("is Tobias Ravnkilde's first name Tobias?", "Yes."),  # "first name" claims no place
    ],
)
def test_a_place_on_the_list_claimed_is_checked_against_the_lists_order(
    fixture_engine: Engine, question: str, start: str
) -> None:
    assert fixture_engine.ask(question).text.startswith(start)


@pytest.mark.parametrize("question", ["er aftalerne fra 2020?", "er planen fra 2020?", "er styregruppen fra 2020?"])
def test_a_year_claimed_of_something_other_than_the_article_is_not_checked_against_the_articles_date(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert not answer.text.startswith("Nej") and "02-05-2031" not in answer.text.split(".")[0], answer.text


def test_a_year_claimed_of_the_article_is_checked_against_its_date(fixture_engine: Engine) -> None:
    assert fixture_engine.ask("er artiklen fra 2020?").text.startswith("Nej.")


@pytest.mark.parametrize(("question", "start", "contains", "language"), MEMBER_CLAIMS)
def test_a_claim_about_a_member_is_answered_yes_or_no_with_the_true_facts(
    fixture_engine: Engine,
    question: str,
    start: str,
    contains: list[str],
    language: str | None,
) -> None:
    check(fixture_engine.ask(question), start=start, contains=contains, language=language)


TWO_PERSON_CLAIMS = [
    ("Falkesen og Ravnkilde er begge forsyningsdirektører, ikk?", "ja"),
    ("Falkesen og Brandtoft er begge forsyningsdirektører, ikk?", "nej"),
    ("Falkesen and Ravnkilde are both utilities directors, right?", "yes"),
    ("Strandgaard and Vinterberg are from Mosevang, right?", "yes"),
    ("Strandgaard and Brandtoft are from Mosevang, right?", "no"),
    ("Falkesen og Ravnkilde er fra Krageby, ikk?", "nej"),
    ("Strandgaard er fra Mosevang og Brandtoft fra Søholt, ikk?", "ja"),
    ("Strandgaard er fra Søholt og Brandtoft fra Mosevang, ikk?", "nej"),
    # a title right before a name, or in a relative clause after it, is that member's own
    (
        "Mosevang er repræsenteret af både teknik- og miljødirektøren Helle Strandgaard og Jonas Vinterberg,"
        " som er vandchef?",
        "ja",
    ),
    ("Mosevang er repræsenteret af Helle Strandgaard og Jonas Vinterberg, som er teknik- og miljødirektør?", "nej"),
    ("er Strandgaard og Vinterberg begge vandchefer?", "nej"),
]


@pytest.mark.parametrize(("question", "start"), TWO_PERSON_CLAIMS)
def test_a_claim_about_two_members_is_confirmed_only_when_it_holds_for_both(
    fixture_engine: Engine, question: str, start: str
) -> None:
    answer = fixture_engine.ask(question)
    check(answer, start=start)
    names = [p.name for p in fixture_engine.knowledge.people if has(question, p.name.split()[-1])]
    assert len(names) == 2 and all(has(answer.text, name) for name in names), answer.text


ONLY_CLAIMS = [
    ("Is Helle Strandgaard the only one from Mosevang?", "no", ["Jonas Vinterberg"]),
    ("er Jonas Vinterberg den eneste fra Mosevang?", "nej", ["Helle Strandgaard"]),
    ("Is Aksel Brandtoft the only one from Søholt?", "yes", []),
    ("er Ingrid Falkesen den eneste forsyningsdirektør?", "nej", []),
]


@pytest.mark.parametrize(("question", "start", "contains"), ONLY_CLAIMS)
def test_the_only_one_is_confirmed_only_where_no_one_else_holds_it(
    fixture_engine: Engine, question: str, start: str, contains: list[str]
) -> None:
    check(fixture_engine.ask(question), start=start, contains=contains)


@pytest.mark.parametrize("question", ["Helle er fra Mosevang, ikk?", "Is Helle from LWB?"])
def test_a_claim_about_a_first_name_two_members_share_gets_no_verdict_but_both_members(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert verdict(answer) is None, answer.text
    assert has(answer.text, "Helle Strandgaard") and has(answer.text, "Helle Birkmose")


# -- claims generated from the fixture facts ------------------------------------------------

Claims = list[tuple[str, bool]]
"""(claim, whether the fixture facts make it true)."""


def _seat(k: Knowledge, person: Person) -> Seat:
    return next(s for s in k.seats if s.id == person.seat_id)


def municipality_claims(k: Knowledge) -> Claims:
    """Every person x every municipality of the gazetteer (members and non-members) x 8 forms."""
    forms = (
        "{name} er fra {place}, ikk?",
        "{name} er fra {place}?",
        "er det rigtigt at {name} er fra {place}?",
        "{name} sidder for {place}, ikk?",
        "Is {name} from {place}, right?",
        "is it true that {name} is from {place}?",
        "{name} represents {place}, right?",
        "{name} = {place}?",
    )
    return [
        (form.format(name=p.name, place=m.name), _seat(k, p).municipality == m.name)
        for p in k.people
        for m in k.municipalities
        for form in forms
    ]


def title_claims(k: Knowledge) -> Claims:
    """Every person x every title, in Danish and in English."""
    claims = []
    for p in k.people:
        for title in sorted({x.title.da for x in k.people}):
            claims += [
                (f"er {p.name} {title}?", p.title.da == title),
                (f"{p.name} er {title}, ikk?", p.title.da == title),
            ]
        for title in sorted({x.title.en for x in k.people}):
            claims += [(f"Is {p.name} a {title}?", p.title.en == title)]
            claims += [(f"{p.name} is the {title}, right?", p.title.en == title)]
    return claims


def organisation_claims(k: Knowledge) -> Claims:
    """Every person x every organisation, by its short name and its Danish and English names."""
    forms = (
        "er {name} fra {short}?",
        "{name} er fra {da}, ikk?",
        "{name} = {short}?",
        "Is {name} from the {en}, right?",
        "{name} works for {short}, right?",
    )
    return [
        (form.format(name=p.name, short=o.short, da=o.name.da, en=o.name.en), _seat(k, p).organisation_id == o.id)
        for p in k.people
        for o in k.organisations
        for form in forms
    ]


def chair_claims(k: Knowledge) -> Claims:
    forms = (
        "{name} er formand, ikk?",
        "er det rigtigt at {name} er formand?",
        "Is {name} the chair?",
        "{name} is the chairman, right?",
        "Does {name} chair the group?",
    )
    return [(form.format(name=p.name), _seat(k, p).chair) for p in k.people for form in forms]


def chair_verb_claims(k: Knowledge) -> Claims:
    forms = ("{name} chairs the group, right?", "{name} leder styregruppen, ikk?")
    return [(form.format(name=p.name), _seat(k, p).chair) for p in k.people for form in forms]


def two_person_claims(k: Knowledge) -> Claims:
    """Every ordered pair of people x every member municipality, every English title, and every
    pair of member municipalities ("A er fra X og B fra Y")."""
    members = [s.municipality for s in k.seats if s.municipality]
    claims = []
    for a, b in itertools.permutations(k.people, 2):
        place_a, place_b = _seat(k, a).municipality, _seat(k, b).municipality
        for m in members:
            both = place_a == m == place_b
            claims += [
                (f"{a.name} og {b.name} er fra {m}, ikk?", both),
                (f"Are {a.name} and {b.name} both from {m}?", both),
            ]
        for title in sorted({x.title.en for x in k.people}):
            claims.append((f"{a.name} and {b.name} are both {title}, right?", a.title.en == title == b.title.en))
        for x, y in itertools.product(members, repeat=2):
            claims.append((f"{a.name} er fra {x} og {b.name} fra {y}, ikk?", (place_a, place_b) == (x, y)))
    return claims


def led_by_organisation_claims(k: Knowledge) -> Claims:
    """The group claimed led by each organisation, as the doer ("led by", "ledes af")."""
    forms = (
        "er styregruppen ledet af {short}?",
        "styregruppen ledes af {short}, ikk?",
        "skal styregruppen ledes af {short}?",
        "is the group led by {short}?",
        "is the steering group headed by {short}?",
    )
    chairing = {s.organisation_id for s in k.seats if s.chair}
    return [(form.format(short=o.short), o.id in chairing) for o in k.organisations for form in forms]


def title_count_claims(k: Knowledge) -> Claims:
    """How many hold each title (Danish plural as the fixture vocabulary spells it), claimed
    as 1 to 4, in digits and in words."""
    plurals = {"forsyningsdirektør": "forsyningsdirektører", "vandchef": "vandchefer", "miljøchef": "miljøchefer"}
    # "én" folds to the article "en": one is claimed in digits and in English only.
    words = {1: ("1", "one"), 2: ("to", "two"), 3: ("tre", "three"), 4: ("fire", "four")}
    claims: Claims = []
    for title, plural in plurals.items():
        holders = sum(p.title.da == title for p in k.people)
        for n, (da, en) in words.items():
            claims += [
                (f"er der {n} {plural}?", holders == n),
                (f"der er {da} {plural}, ikk?", holders == n),
                (f"there are {en} {plural}, right?", holders == n),
                (f"I count {n} {plural} among the members. Can you confirm?", holders == n),
            ]
    return claims


def everyone_claims(k: Knowledge) -> Claims:
    """Each title claimed of both people of the shared seat, and of all the members."""
    shared = next(s for s in k.seats if len(s.people) > 1)
    place = shared.municipality or shared.organisation
    claims: Claims = []
    for title in sorted({p.title.da for p in k.people}):
        both = all(p.title.da == title for p in shared.people)
        claims += [(f"Er begge fra {place} {title}?", both), (f"Are both {place} members {title}?", both)]
        claims += [(f"Er alle medlemmer {title}?", all(p.title.da == title for p in k.people))]
    return claims


def pair_claims(k: Knowledge) -> Claims:
    """Two themes claimed about one theme's topic together, and one organisation claimed part
    of another (a relation the facts never state, so never true)."""
    words = {1: "drikkevand", 2: "ledningstab", 3: "klima"}
    claims: Claims = []
    for a, b in itertools.combinations(sorted(words), 2):
        for n, topic in words.items():
            both = a == n == b
            claims += [(f"Tema {a} og tema {b} handler begge om {topic}?", both)]
    shorts = [o.short for o in k.organisations]
    claims += [(f"{x} is part of {y}, right?", False) for x, y in itertools.permutations(shorts, 2)]
    return claims


def kind_of_seat_claims(k: Knowledge) -> Claims:
    """Every person claimed to sit for some municipality, none named (KL-like seats do not)."""
    forms = ("er {name} fra en kommune?", "{name} er fra en kommune, ikk?", "Is {name} from a municipality?")
    return [(form.format(name=p.name), _seat(k, p).municipality is not None) for p in k.people for form in forms]


def name_claims(k: Knowledge) -> Claims:
    """Every member's first name and surname claimed, as every member's first name and surname."""
    firsts = sorted({p.name.split()[0] for p in k.people})
    lasts = sorted({p.name.split()[-1] for p in k.people})
    claims: Claims = []
    for p in k.people:
        first, last = p.name.split()[0], p.name.split()[-1]
        for f in firsts:
            claims += [
                (f"{last} hedder {f} til fornavn, ikk?", f == first),
                (f"{last}'s first name is {f}, right?", f == first),
            ]
        claims += [(f"is {last}'s surname {other}?", other == last) for other in lasts]
    return claims


def leading_claims(k: Knowledge) -> Claims:
    """Every person x every member municipality and title, asked as a leading question ("er X
    ikke fra Y?", "isn't X from Y?"): it claims Y, so its truth is that of the claim without
    the negation."""
    places = [s.municipality for s in k.seats if s.municipality]
    titles = sorted({x.title.da for x in k.people})
    claims: Claims = []
    for p in k.people:
        for m in places:
            home = _seat(k, p).municipality == m
            claims += [
                (f"er {p.name} ikke fra {m}?", home),
                (f"Isn't {p.name} from {m}?", home),
                (f"var det ikke {m} {p.name} kom fra?", home),
                (f"Is {p.name} not from {m}?", home),
            ]
        claims += [(f"er {p.name} ikke {title}?", p.title.da == title) for title in titles]
    return claims


def opposite_offering_claims(k: Knowledge) -> Claims:
    """Every person x every member municipality, with a tag that offers the opposite ("…, or
    not?", "… eller hvad?"): it asks whether the claim holds, and its "not" denies nothing."""
    places = [s.municipality for s in k.seats if s.municipality]
    claims: Claims = []
    for p in k.people:
        for m in places:
            home = _seat(k, p).municipality == m
            claims += [
                (f"is {p.name} from {m} or what?", home),
                (f"{p.name} is from {m}, or not?", home),
                (f"er {p.name} fra {m} eller hvad?", home),
                (f"{p.name} er fra {m} - eller hur?", home),
            ]
    return claims


FAMILIES: list[Callable[[Knowledge], Claims]] = [
    name_claims,
    municipality_claims,
    title_claims,
    organisation_claims,
    chair_claims,
    two_person_claims,
    title_count_claims,
    kind_of_seat_claims,
    leading_claims,
    opposite_offering_claims,
]


@functools.cache
def _verdict_of(engine: Engine, question: str) -> str | None:
    """Cached: the three tests below ask the same ~2,000 generated claims."""
    return verdict(engine.ask(question))


def _verdicts(engine: Engine, claims: Claims) -> list[tuple[str, bool, str | None]]:
    return [(q, true, _verdict_of(engine, q)) for q, true in claims]


@pytest.mark.parametrize(
    "make_claims",
    [*FAMILIES, chair_verb_claims, led_by_organisation_claims, everyone_claims, pair_claims],
    ids=lambda f: f.__name__,
)
def test_no_false_claim_generated_from_the_fixture_facts_is_ever_confirmed(
    fixture_engine: Engine, make_claims: Callable[[Knowledge], Claims]
) -> None:
    claims = make_claims(fixture_engine.knowledge)
    assert [q for q, true, v in _verdicts(fixture_engine, claims) if not true and v in YES] == []


@pytest.mark.parametrize(
    "make_claims",
    [*FAMILIES, pytest.param(chair_verb_claims, id="chair_verb_claims")],
    ids=lambda f: f.__name__,
)
def test_every_true_claim_generated_from_the_fixture_facts_is_confirmed(
    fixture_engine: Engine, make_claims: Callable[[Knowledge], Claims]
) -> None:
    claims = make_claims(fixture_engine.knowledge)
    assert [q for q, true, v in _verdicts(fixture_engine, claims) if true and v not in YES] == []


@pytest.mark.parametrize(
    "make_claims",
    [*FAMILIES, pytest.param(chair_verb_claims, id="chair_verb_claims")],
    ids=lambda f: f.__name__,
)
def test_every_false_claim_generated_from_the_fixture_facts_is_denied(
    fixture_engine: Engine, make_claims: Callable[[Knowledge], Claims]
) -> None:
    claims = make_claims(fixture_engine.knowledge)
    assert [q for q, true, v in _verdicts(fixture_engine, claims) if not true and v not in NO] == []


def test_the_generated_claims_are_many_and_both_true_and_false(fixture_engine: Engine) -> None:
    claims = [c for family in FAMILIES for c in family(fixture_engine.knowledge)]
    assert len(claims) > 1500
    assert 0.02 < sum(true for _, true in claims) / len(claims) < 0.5


def negated_claims(k: Knowledge) -> Claims:
    """Every person x every member municipality and title, and every seat, claimed with "ikke"/"not";
    the truth is that of the claim as negated."""
    places = [s.municipality for s in k.seats if s.municipality]
    claims: Claims = []
    for p in k.people:
        for m in places:
            away = _seat(k, p).municipality != m
            claims += [(f"{p.name} er ikke fra {m}, vel?", away), (f"{p.name} is not from {m}, right?", away)]
        for title in sorted({x.title.da for x in k.people}):
            claims += [(f"{p.name} er ikke {title}, vel?", p.title.da != title)]
        claims += [(f"Så {p.name} kommer altså ikke fra en kommune?", _seat(k, p).municipality is None)]
    chairing = {s.organisation_id for s in k.seats if s.chair}
    for o in k.organisations:
        claims += [
            (f"formanden er ikke fra {o.short}, vel?", o.id not in chairing),
            (f"the chair is not from {o.short}, right?", o.id not in chairing),
            # the fixture group is set up by LWB (facts.yaml, steering_group.set_up_by)
            (f"styregruppen er ikke nedsat af {o.short}, vel?", o.short != "LWB"),
        ]
    # claims about the plan, its themes and the agreements, turned around
    claims += [
        ("vandplanen blev ikke vedtaget i 2031, vel?", False),
        ("The plan was not adopted in 2030, right?", True),
        ("ledningsaftalerne kom ikke i 2026, vel?", False),
        ("Der er ikke 3 temaer, vel?", False),
        ("There are not four themes, right?", True),
        ("besparelsen er ikke 2,4 mia, vel?", False),
        ("tema 2 handler ikke om ledningstab, vel?", False),
        ("Theme 1 is not about climate, right?", True),
    ]
    for seat in k.seats:
        claims += [
            (f"Så {seat.organisation} er ikke med i styregruppen?", False),
            (f"{seat.organisation} er ikke med i gruppen, ikk?", False),
            (f"{seat.organisation} is not in the group, right?", False),
        ]
    return claims


_NEGATED_HOLDS = ("det er rigtigt", "that's right")
_NEGATED_FAILS = ("forkert", "not so")


def test_a_negated_claim_gets_its_verdict_in_words_and_a_false_one_never_a_yes(fixture_engine: Engine) -> None:
    wrong = []
    for question, holds in negated_claims(fixture_engine.knowledge):
        text = fixture_engine.ask(question).text.casefold()
        said = _NEGATED_HOLDS if holds else _NEGATED_FAILS
        if not text.startswith(said) or verdict(fixture_engine.ask(question)) in YES:
            wrong.append((question, holds, text[:60]))
    assert wrong == []


# -- claims about a topic: numbers with units, number words, years, months, organisations -----

TOPIC_CLAIMS = [
    # a bound or a rough figure is compared as such ("godt 2,4 mia." is just over 2.4 billion)
    ("er besparelsen over 2 mia?", "ja", ["2,4 mia"]),
    ("er besparelsen under 2 mia. kr.?", "nej", ["2,4 mia"]),
    ("besparelsen er omkring 2,4 mia, ikk?", "ja", []),
    ("besparelsen er omkring 5 mia, ikk?", "nej", ["2,4 mia"]),
    ("the savings are just over 2.4 billion, right?", "yes", []),
    ("the savings are under 3 billion, right?", "yes", []),
    ("is the saving higher than 2 billion?", "yes", ["2.4 billion"]),
    # a currency is a value too: the article's amount is in kroner
    ("the savings are 2.4 billion euros, right?", "no", ["2.4 billion"]),
    ("besparelsen er godt 2,4 mia. kr., ikk?", "ja", []),
    ("besparelsen er 2,4 mia. euro, ikk?", "nej", ["2,4 mia"]),
    # a decimal dictated without its comma
    ("besparelsen er godt 2 4 mia?", "ja", []),
    ("besparelsen er 2 5 mia?", "nej", ["2,4 mia"]),
    # a currency put up alone, with the amount left to the answer
    ("er besparelsen i euro?", "nej", ["2,4 mia"]),
    ("er besparelsen i kroner?", "ja", []),
    ("is the saving in euros?", "no", ["2.4 billion"]),
    # a season claimed is the months it spans: the plan was adopted at the end of March
    ("vedtog LWB's bestyrelse planen i efteråret 2031?", "nej", ["marts"]),
    ("was the plan adopted in spring 2031?", "yes", []),
    ("the plan was adopted in the autumn of 2031, right?", "no", ["March"]),
    # a crown with its country is that country's: the article's kroner are Danish
    ("er besparelsen i norske kroner?", "nej", ["2,4 mia"]),
    ("the savings are in Swedish kroner, right?", "no", ["2.4 billion"]),
    ("er besparelsen i danske kroner?", "ja", []),
    # a yes/no question opening with the verb of what is claimed
    ("gælder vandplanen for 2031-2034?", "ja", ["2031-2034"]),
    ("dækker vandplanen 2030-2033?", "nej", ["2031-2034"]),
    ("løber planen til 2034?", "ja", ["2031-2034"]),
    ("løber planen til 2035?", "nej", ["2031-2034"]),
    ("vedtog LWB's bestyrelse vandplanen i maj?", "nej", ["marts"]),
    # a count in Norwegian or Swedish, as a Scandinavian writing Danish types it
    ("planen har sju temaer, ikke sant?", "nej", ["3"]),
    # a figure put up with what it did, and no other words
    ("24 mia saved?", "no", ["2.4 billion"]),
    ("besparelse på 24 mia?", "nej", ["2,4 mia"]),
    ("besparelse på 2,4 mia?", "ja", []),
    ("ARI adopted the water plan?", "no", ["LWB"]),
    ("2,4 mia sparet?", "ja", []),
    ("er besparelsen lavere end 2 mia?", "nej", ["2,4 mia"]),
    # the part of the month is a value too: "early March" is not "the end of March"
    ("Was the plan adopted at the beginning of March 2031?", "no", ["end of March"]),
    ("blev vandplanen vedtaget i starten af marts?", "nej", ["udgangen af marts"]),
    ("vandplanen blev vedtaget i udgangen af marts, ikk?", "ja", []),
    ("Was the plan adopted in late March?", "yes", []),
    # amounts: the value and the unit must both hold ("2,4 mia" is not "24 mia")
    ("besparelsen er 2,4 mia?", "ja", ["2,4 mia"]),
    ("besparelsen er godt 2,4 milliarder kr, ikk?", "ja", []),
    ("besparelsen er 24 mia?", "nej", ["2,4 mia"]),
    ("besparelsen er 18 mia?", "nej", ["2,4 mia"]),
    ("the savings are 2.4 billion, right?", "yes", ["2.4 billion"]),
    ("the savings are DKK 2.4 bn, right?", "yes", []),
    ("the savings are 24 billion, right?", "no", ["2.4 billion"]),
    ("the savings were 2.4 million kroner, weren't they?", "no", ["2.4 billion"]),
    pytest.param("besparelsen er 2,4 mio, ikk?", "nej", ["2,4 mia"]),
    # a total since a year is no yearly figure, and a sum alone says what it is about
    ("er besparelsen 2,4 mia om året?", "nej", ["2026"]),
    ("besparelsen er 2,4 mia. kr. om året, ikk?", "nej", ["2026"]),
    ("the savings are 2.4 billion per year, right?", "no", ["2026"]),
    ("besparelsen er 2,4 mia årligt?", "nej", ["2026"]),
    ("så det er 2,4 mia om året?", "nej", ["2026"]),
    ("that's 2.4 billion per year, right?", "no", ["2026"]),
    ("is it 3 billion?", "no", ["2.4 billion"]),
    ("er det 2,4 mia. kr.?", "ja", []),
    # a sum called realised, where the knowledge gives a potential
    ("er besparelsen realiseret?", "nej", ["besparelsespotentiale"]),
    ("are the 2.4 billion actual, realised savings?", "no", ["savings potential"]),
    ("is the 2.4 billion actually saved?", "no", ["savings potential"]),
    # an amount in another scale is compared as an amount
    ("ledningsaftalerne har givet et besparelsespotentiale på 800 mio. kr., ikk?", "nej", ["2,4 mia"]),
    ("the pipe agreements produced savings of 2400 million kroner, right?", "yes", []),
    # counts in digits and in words, and the noun they count
    ("the water plan has three themes, right?", "yes", ["3"]),
    ("the water plan has four themes, right?", "no", ["3"]),
    ("vandplanen har tre temaer, ikk?", "ja", []),
    ("vandplanen har fire temaer, ikk?", "nej", []),
    # a public body named as the doer, against the doer the answer names
    ("vandplanen blev vedtaget af folketinget, ikk?", "nej", ["LWB"]),
    ("the steering group was set up by the government, right?", "no", ["LWB"]),
    ("the steering group was set up by Government, right?", "no", ["LWB"]),
    ("So it was the government that adopted the water plan?", "no", ["LWB"]),
    # a day and a month, against a date in digits
    ("the article is from 2 May 2031, right?", "yes", []),
    ("the article is from 3 May 2031, right?", "no", []),
    ("artiklen er fra 2. maj 2031, ikk?", "ja", []),
    # a claim typed without its question mark, and one put as an equation
    ("vandplanen har 4 temaer", "nej", ["3"]),
    ("tema 2 = færre ledningstab?", "ja", []),
    ("tema 2 = klimatilpasning?", "nej", ["Færre ledningstab"]),
    # a public office no member's title holds
    ("Krageby er repræsenteret ved sin borgmester, ikk?", "nej", ["Ingrid Falkesen"]),
    ("is the mayor of Søholt in the group?", "no", ["Aksel Brandtoft"]),
    # the chair claimed to hold a title
    ("the group is chaired by one of the forsyningsdirektører, right?", "no", ["Rasmus Kvistgaard"]),
    ("formanden er forskningschef, ikk?", "ja", ["Rasmus Kvistgaard"]),
    # an adjective between the number and what it counts
    ("vandplanen har tre overordnede temaer, ikk?", "ja", []),
    ("the water plan has four main themes, right?", "no", ["3"]),
    ("er der to temaer?", "nej", []),
    ("is it true that the water plan has three themes?", "yes", []),
    ("styregruppen har 6 medlemmer, ikk?", "ja", []),
    ("styregruppen har seks medlemmer, ikk?", "ja", []),
    ("the group has six members, right?", "yes", []),
    ("styregruppen har 4 medlemmer, ikk?", "nej", ["6"]),  # 4 is the number of municipalities, not members
    ("the group has 4 members, right?", "no", ["6"]),
    ("styregruppen har 4 kommuner, ikk?", "ja", []),
    ("the group has six municipalities, right?", "no", ["4"]),
    ("more than 30 utilities take part in the agreements, right?", "yes", []),
    ("more than 40 utilities take part in the agreements, right?", "no", ["30"]),
    # a figure put up with what it does, "?" for a tag
    ("mere end 50 forsyninger tilslutter sig aftalerne?", "nej", ["30"]),
    # years and periods
    ("the pipe agreements started in 2026, right?", "yes", ["2026"]),
    ("the pipe agreements started in 2025, right?", "no", ["2026"]),
    ("ledningsaftalerne blev etableret i 2026?", "ja", []),
    ("ledningsaftalerne blev etableret i 2012?", "nej", ["2026"]),
    # "so …?" draws a conclusion and asks to confirm it, with a verb no yes/no question opens with
    ("So the pipe agreements started in 2026?", "yes", ["2026"]),
    ("So the pipe agreements started in 2025?", "no", ["2026"]),
    ("Så ledningsaftalerne startede i 2012?", "nej", ["2026"]),
    ("the water plan was adopted in 2031?", "yes", []),
    ("the water plan was adopted in 2030?", "no", ["2031"]),
    ("vandplanen gælder 2031-2034, ikk?", "ja", []),
    ("the water plan covers 2031-2035, right?", "no", ["2031-2034"]),
    # months
    ("vandplanen blev vedtaget i marts?", "ja", ["marts"]),
    ("vandplanen blev vedtaget i maj?", "nej", ["marts"]),
    ("the water plan was adopted in March, right?", "yes", []),
    ("the water plan was adopted in May, right?", "no", ["March"]),
    # organisations, and a body the knowledge never names
    ("the steering group was set up by LWB?", "yes", ["LWB"]),
    ("the steering group was set up by ARI?", "no", ["LWB"]),
    ("was it ARI that set up the steering group?", "no", ["LWB"]),
    ("var det LWB der nedsatte styregruppen?", "ja", []),
    ("var det ARI der nedsatte styregruppen?", "nej", ["LWB"]),
    ("styregruppen blev nedsat af Folketinget?", "nej", ["LWB"]),
    ("vandplanen blev vedtaget af Folketinget i marts, ikk?", "nej", ["LWB"]),  # a true month, a wrong body
    # a theme and its subject
    ("tema 3 handler om klima, ikk?", "ja", ["Klimatilpasning ved søbredden"]),
    ("tema 2 handler om klima, ikk?", "nej", ["Færre ledningstab", "Klimatilpasning ved søbredden"]),
    ("theme 1 is about clean drinking water, right?", "yes", []),
    ("theme 1 is about leakage, right?", "no", ["Færre ledningstab"]),
    # a topic no theme is about: the theme, and that none is tied to it, without a verdict
    ("theme 1 is about sustainability, right?", None, ["Rent drikkevand", "does not tie any of the themes"]),
    ("tema 2 handler om bæredygtighed, ikk?", None, ["Færre ledningstab", "nogen af temaerne"]),
    # what the theme is set apart from (the curators' ``unlike``) is denied
    ("tema 1 handler om spildevand, ikk?", "nej", ["Rent drikkevand til alle"]),
    ("and theme 1 is about sewage?", "no", ["Rent drikkevand til alle"]),
    ("theme 2 is about climate adaptation, is it?", "no", ["Færre ledningstab"]),  # a tag question
    ("theme 3 is about climate along the shore, right?", "yes", []),  # a title word of the same theme
    ("tema 3 handler om klima", "ja", []),  # a statement without "?" is put up for checking too
    ("tema 2 handler om klima", "nej", ["Færre ledningstab"]),
    ("handler tema 3 om klima?", "ja", []),
    # a year is a year whatever word follows it; a date in digits bears out its month
    ("the water plan covers 2031 until 2034, correct?", "yes", []),
    ("the article is from May 2031, right?", "yes", ["02-05-2031"]),
    ("the article was published in June 2031, right?", "no", ["02-05-2031"]),
    # an organisation the claim rules out
    ("det er LWB der har nedsat styregruppen, ikke ARI, ikk?", "ja", ["LWB"]),
    ("det er ARI der har nedsat styregruppen, ikke LWB, ikk?", "nej", ["LWB"]),
    # "kan jeg skrive at …" puts a claim up for confirmation; "vel" early asks too
    ("kan jeg skrive at besparelsen er 2,4 mia. kr.?", "ja", []),
    ("besparelsen er vel 24 mia. kr.?", "nej", ["2,4 mia"]),
    # "er det ikke X der …?" asks about X; it does not rule X out
    ("er det ikke ARI der har nedsat styregruppen?", "nej", ["LWB"]),
    ("er det ikke LWB der har nedsat styregruppen?", "jo", ["LWB"]),
    # a body within the organisation is checked too: the board is not the assembly
    ("vandplanen blev vedtaget af LWB's repræsentantskab i marts 2031, korrekt?", "nej", ["Bestyrelsen"]),
    ("vandplanen blev vedtaget af LWB's bestyrelse i marts 2031, korrekt?", "ja", []),
    ("was the water plan adopted by LWB's general assembly?", "no", ["board"]),
    # an organisation set apart after its doer marker ("by X rather than by Y", "af X og ikke af Y")
    ("was the water plan adopted by LWB rather than by ARI?", "yes", ["LWB"]),
    ("was the water plan adopted by ARI rather than by LWB?", "no", ["LWB"]),
    ("blev vandplanen vedtaget af LWB og ikke af ARI?", "ja", ["LWB"]),
    # "am I right that …" opens a claim; an amount with its unit needs no noun to match
    ("am I right that the pipe agreements date back to 2026?", "yes", ["2026"]),
    ("am I right that the pipe agreements date back to 2025?", "no", ["2026"]),
    ("2,4 mia sparet, stemmer det?", "ja", ["2,4 mia"]),
    # "I thought …" puts up what the user believes
    ("I thought the pipe agreements started in 2026", "yes", []),
    ("I thought the pipe agreements started in 2024", "no", ["2026"]),
]

WHICH_FIRST = [
    ("which came first, the pipe agreements or the water plan?", ["pipe agreements came first", "2026", "2031"]),
    ("which is older: the water plan or the pipe agreements?", ["pipe agreements came first"]),
    ("hvad kom først, vandplanen eller ledningsaftalerne?", ["ledningsaftalerne kom først", "2026", "2031"]),
    # a second question after a comma is no part of the second thing
    (
        "which is older, the pipe agreements or the water plan, and by how many years?",
        ["the water plan came later", "5 years"],
    ),
    # how many years lie between the two
    ("hvor mange år gik der fra ledningsaftalerne blev etableret, til planen blev vedtaget?", ["5 år", "2026", "2031"]),
    ("how many years between the pipe agreements and the water plan?", ["5 years"]),
    # how long something had run: until the article, unless another thing is named
    ("hvor mange år har ledningsaftalerne kørt?", ["5 år", "2026", "2031"]),
    ("How many years had the pipe agreements been running when the article was published?", ["5 years"]),
]


@pytest.mark.parametrize(("question", "contains"), WHICH_FIRST)
def test_which_of_two_things_came_first_or_the_years_between_them_come_from_the_years_their_answers_state(
    fixture_engine: Engine, question: str, contains: list[str]
) -> None:
    check(fixture_engine.ask(question), contains=contains)


def test_which_came_first_gets_no_order_when_one_thing_has_no_date_in_the_knowledge(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("which came first, the pipe agreements or the moon landing?")
    assert "came first" not in answer.text


FRAMED = [
    # a preamble before the question, a remark after it
    ("Til notatet om vandplanen: hvem repræsenterer Krageby?", None, ["Ingrid Falkesen"]),
    ("Since when do the pipe agreements exist? I could not find it.", None, ["2026"]),
    ("What is the third theme of the plan, if I may ask?", None, ["Klimatilpasning ved søbredden"]),
    ("Krageby = hvem igen?", None, ["Ingrid Falkesen"]),
    ("to which organisation does Helle Birkmose belong, according to the text?", None, ["LWB"]),
    # a claim reported, or stated and then put up for confirmation
    ("Jeg har noteret, at Helle Birkmose er miljøchef i LWB. Er det korrekt?", "ja", []),
    ("Jeg har noteret, at Helle Birkmose er vandchef i LWB. Er det korrekt?", "nej", ["miljøchef"]),
    ("I wrote that the water plan has four themes. Is that accurate?", "no", ["3"]),
    ("Vi vil henvise til, at ledningsaftalerne blev etableret i 2012. Kan du bekræfte det?", "nej", ["2026"]),
    ("Is it true that the pipe agreements started in 2026?", "yes", []),
    ("My notes say the pipe agreements started in 2025 - can you confirm?", "no", ["2026"]),
    ("The water plan has four themes. Confirm.", "no", ["3"]),
    ("The water plan covers 2030-2034, is that what it says?", "no", ["2031-2034"]),
    # a framed claim the facts answer without a verdict still gets those facts
    ("Indrøm det nu: Krageby har slet ingen repræsentant i styregruppen.", None, ["Ingrid Falkesen"]),
    # a pronoun in the last sentence takes the member an earlier sentence named
    ("I came across the name Helle Birkmose on the list. Who is she?", None, ["miljøchef", "LWB"]),
    ("Jeg kender Ingrid Falkesen fra dengang – hvad er hendes titel nu?", None, ["forsyningsdirektør"]),
    # an owner before the group's name only names the group; "sendt ind" is how a seat is filled
    ("Who is the Krageby representative on LWB's water plan steering group?", None, ["Ingrid Falkesen"]),
    ("Who represents Krageby in ARI's new steering group?", None, ["Ingrid Falkesen"]),
    ("Hvem har Krageby sendt ind i styregruppen?", None, ["Ingrid Falkesen"]),
]


@pytest.mark.parametrize(("question", "start", "contains"), FRAMED)
def test_a_question_or_claim_framed_by_context_is_answered_as_if_asked_plainly(
    fixture_engine: Engine, question: str, start: str | None, contains: list[str]
) -> None:
    answer = fixture_engine.ask(question)
    check(answer, contains=contains)
    assert verdict(answer) == start, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did ARI's head of research say that one litre in nine leaks away?",
        "Did ARI's head of research say that the agreements saved 3 billion?",
    ],
)
def test_a_wrong_figure_put_in_a_titled_speakers_mouth_is_denied_not_confirmed_by_the_title(
    fixture_engine: Engine, question: str
) -> None:
    assert verdict(fixture_engine.ask(question)) == "no"


@pytest.mark.parametrize("question", ["is the chair from LWB or ARI?", "er formanden fra LWB eller ARI?"])
def test_which_of_two_organisations_the_chair_is_from_gets_the_chair_without_a_yes_or_no(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    check(answer, contains=[KVISTGAARD])
    assert verdict(answer) is None, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "who's the ARI boss in the group?",
        "hvem er ARI-chefen i styregruppen?",
        "og ARI dir?",
        "who is the ARI dir?",
        "who's the big boss over at ARI?",
    ],
)
def test_an_organisations_boss_asked_beside_the_group_is_its_head_not_the_groups_chair(
    fixture_engine: Engine, question: str
) -> None:
    assert fixture_engine.ask(question).source == "fact:organisation:ari:head"


@pytest.mark.parametrize(
    ("question", "contains"),
    [
        ("Which municipality does Ingrid Falkesen serve as forsyningsdirektør?", ["Krageby"]),
        ("who's the only vandchef in the group lol", ["Jonas Vinterberg"]),
        ("Which of the two, Ingrid Falkesen or Aksel Brandtoft, represents Søholt?", ["Søholt Kommune"]),
        ("Hvilken kommune er det Ingrid Falkesen kommer ifra?", ["Krageby"]),
    ],
)
def test_words_around_a_member_or_title_question_that_ask_nothing_new_leave_it_answered(
    fixture_engine: Engine, question: str, contains: list[str]
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.outcome == "answer", answer.text
    check(answer, contains=contains)


@pytest.mark.parametrize(
    "question",
    ["er styregruppen ledet af LWB?", "is the steering group headed by LWB?", "skal styregruppen ledes af LWB?"],
)
def test_the_group_claimed_led_by_an_organisation_that_does_not_chair_it_never_gets_a_yes(
    fixture_engine: Engine, question: str
) -> None:
    assert verdict(fixture_engine.ask(question)) in (None, "no", "nej")


@pytest.mark.parametrize(
    "question",
    [
        "hvornår er artiklen om den nye styregruppe fra?",
        "when was the article about the new steering group published?",
        "hvilken dato er artiklen om den nye styregruppe fra?",
    ],
)
def test_the_article_described_by_its_subject_is_still_asked_for_its_date(
    fixture_engine: Engine, question: str
) -> None:
    check(fixture_engine.ask(question), contains=["02-05-2031"])


@pytest.mark.parametrize(
    ("question", "start", "contains"),
    [
        ("er der et tema om klima i vandplanen?", "ja", ["Klimatilpasning ved søbredden"]),
        ("is the water plan about leaks?", "yes", ["Færre ledningstab"]),
    ],
)
def test_whether_a_theme_is_about_a_topic_is_yes_with_the_theme_when_one_is(
    fixture_engine: Engine, question: str, start: str, contains: list[str]
) -> None:
    check(fixture_engine.ask(question), start=start, contains=contains)


@pytest.mark.parametrize(
    ("question", "contains"),
    [
        ("det 3. tema, hvad går det ud på", ["Klimatilpasning ved søbredden"]),  # a Danish ordinal, "3." is "third"
        ("Which members come from ARI and LWB?", ["Rasmus Kvistgaard", "Helle Birkmose"]),
        ("which organisation is ARI?", ["Grundvandsinstituttet"]),
        ("hvem er forsyningsdirektr i krageby", ["Ingrid Falkesen"]),  # a title typed wrong
        ("hvem er de 2 fra Mosevang?", ["Helle Strandgaard", "Jonas Vinterberg"]),
        ("Er Krageby med i styregruppen, og i så fald ved hvem?", ["Ingrid Falkesen"]),
        ("hvem er fra ARI ifølge artiklen?", ["Rasmus Kvistgaard"]),  # citing the article asks nothing more
        ("Hvor mange ikke-kommunale organisationer er repræsenteret i gruppen?", ["2 af medlemmerne"]),
        ("Who represents Krageby in LWB's new steering group for the water plan?", ["Ingrid Falkesen"]),
    ],
)
def test_ordinals_and_seat_questions_put_plainly_get_the_fact(
    fixture_engine: Engine, question: str, contains: list[str]
) -> None:
    check(fixture_engine.ask(question), contains=contains)


def test_a_kind_of_job_beside_a_title_asks_for_members_not_about_the_chair(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("who in the group is a vandchef or a chef?")
    assert answer.source != "chair" and verdict(answer) is None, answer.text


def test_a_short_ikk_before_a_new_question_is_a_tag_not_a_negation(fixture_engine: Engine) -> None:
    check(fixture_engine.ask("Krageby sender forsyningsdirektøren ikk, hvem er det"), contains=[FALKESEN])


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("did Helle Birkmose say that one litre in seven leaks away?", "no"),
        ("LWB says that one litre in seven leaks away, right?", "no"),
        ("did Rasmus Kvistgaard say that one litre in seven leaks away?", "yes"),
        ("Var det Helle Birkmose, der sagde, at hver syvende liter forsvinder?", "nej"),
    ],
)
def test_a_claim_about_who_said_something_is_checked_against_the_speaker_not_only_the_words(
    fixture_engine: Engine, question: str, start: str
) -> None:
    answer = fixture_engine.ask(question)
    check(answer, start=start)
    if start in ("no", "nej"):
        assert "Rasmus Kvistgaard" in answer.text, answer.text


def test_a_pronoun_for_someone_the_message_never_names_is_not_given_a_member(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Min chef er fra Krageby. Hvad er hans titel?")
    assert answer.outcome != "answer", answer.text


def test_a_preamble_does_not_turn_a_question_the_article_cannot_answer_into_an_answer(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Til notatet om Krageby: hvad tjener Ingrid Falkesen?")
    assert answer.outcome == "not_in_article", answer.text


@pytest.mark.parametrize(
    ("question", "chosen"),
    [
        ("Is the savings potential bigger or smaller than 2 billion kroner?", "Bigger."),
        ("er besparelsen større eller mindre end 3 mia?", "Mindre."),
        ("har aftalerne sparet mere eller mindre end 2 mia. kr.?", "Mere."),
    ],
)
def test_a_figure_asked_bigger_or_smaller_gets_the_comparative_that_holds_not_a_no(
    fixture_engine: Engine, question: str, chosen: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.text.startswith(chosen), answer.text


@pytest.mark.parametrize(("question", "start", "contains"), TOPIC_CLAIMS)
def test_a_claim_about_a_topic_is_checked_value_by_value_against_the_fixture(
    fixture_engine: Engine, question: str, start: str, contains: list[str]
) -> None:
    check(fixture_engine.ask(question), start=start, contains=contains)


def test_a_bare_name_with_a_question_mark_claims_nothing(fixture_engine: Engine) -> None:
    assert verdict(fixture_engine.ask("Ravnkilde?")) is None


@pytest.mark.parametrize("question", ["tema 2 handler om det?", "theme 1 is about that, right?"])
def test_a_theme_claimed_about_a_pronoun_gets_the_theme_without_a_verdict(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and verdict(answer) is None, answer.text


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("Who is on LWB's new water plan steering group?", "members"),
        ("who chairs LWB's new steering group for the water plan?", "chair"),
    ],
)
def test_the_group_named_by_its_owner_and_its_names_words_is_still_asked_what_the_question_asks(
    fixture_engine: Engine, question: str, source: str
) -> None:
    assert fixture_engine.ask(question).source == source


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("which theme comes after theme 1?", "fact:theme:2"),
        ("hvilket tema kommer før tema 3?", "fact:theme:2"),
        ("what comes after the leakage theme?", "fact:theme:3"),
        ("which theme comes after theme 3?", "fact:themes"),
        # "previous" of a group, with a theme's word further on, names no theme
        ("what happened to the previous pipe council for the pipe agreements?", "previous-council"),
    ],
)
def test_the_theme_after_or_before_one_named_is_its_neighbour_in_the_fact_box(
    fixture_engine: Engine, question: str, source: str
) -> None:
    assert fixture_engine.ask(question).source == source


# -- comparisons ----------------------------------------------------------------------------

COMPARISONS = [
    ("are Strandgaard and Vinterberg from the same municipality?", "yes", ["Mosevang Kommune"]),
    ("are Falkesen and Ravnkilde from the same municipality?", "no", ["Krageby Kommune", "Lyngholt Kommune"]),
    ("er Strandgaard og Vinterberg fra samme kommune?", "ja", []),
    ("er Falkesen og Ravnkilde fra samme kommune?", "nej", []),
    ("do Falkesen and Ravnkilde have the same title?", "yes", ["utilities director"]),
    ("har Strandgaard og Brandtoft samme titel?", "ja", ["teknik- og miljødirektør"]),
    ("har Strandgaard og Vinterberg samme titel?", "nej", ["vandchef"]),
    ("do Birkmose and Kvistgaard work for the same organisation?", "no", ["LWB", "ARI"]),
    ("are Strandgaard and Vinterberg in the same organisation?", "yes", []),
    # a place's seat against the chair's
    ("Is the LWB member's organisation the same as the chair's?", "no", ["ARI", "LWB"]),
    ("is ARI's member the same as the chair?", "yes", ["Rasmus Kvistgaard"]),
    ("er formanden fra samme kommune som Mosevangs medlemmer?", "nej", ["ARI", "Mosevang Kommune"]),
    # the attribute compared named first, before a colon, and the two joined by "vs" or "&"
    ("same title: Ingrid Falkesen vs Tobias Ravnkilde?", "yes", ["the same title"]),
    ("samme kommune: Strandgaard & Vinterberg?", "ja", ["samme kommune"]),
    ("samme kommune: Falkesen & Ravnkilde?", "nej", ["Krageby Kommune", "Lyngholt Kommune"]),
]


@pytest.mark.parametrize(("question", "start", "contains"), COMPARISONS)
def test_two_members_are_compared_on_the_attribute_asked_about(
    fixture_engine: Engine, question: str, start: str, contains: list[str]
) -> None:
    check(fixture_engine.ask(question), start=start, contains=contains)


def test_a_terse_danish_comparison_naming_only_members_and_titler_is_answered_in_danish(
    fixture_engine: Engine,
) -> None:
    check(fixture_engine.ask("strandgaard vs vinterberg titler"), start="nej", language="da")


SIDE_BY_SIDE = [
    ("What's the difference between Ingrid Falkesen and Aksel Brandtoft?", ["Krageby", "Søholt"]),
    ("Compare the roles of Rasmus Kvistgaard and Helle Birkmose", ["ARI", "formand", "LWB"]),
    ("Hvad er forskellen på Tobias Ravnkilde og Jonas Vinterberg?", ["Lyngholt", "Mosevang", "vandchef"]),
    ("hvad er forskellen på Strandgaards og Vinterbergs roller?", ["teknik- og miljødirektør", "vandchef"]),
]


RANKED = [
    ("who sounds more senior, Falkesen or Kvistgaard?", ["does not rank", "forsyningsdirektør", "forskningschef"]),
    ("hvem er mest senior, Strandgaard eller Vinterberg?", ["rangordner ikke", "teknik- og miljødirektør", "vandchef"]),
]


@pytest.mark.parametrize(("question", "contains"), RANKED)
def test_which_of_two_members_ranks_higher_says_the_article_ranks_no_one_and_gives_both(
    fixture_engine: Engine, question: str, contains: list[str]
) -> None:
    answer = fixture_engine.ask(question)
    check(answer, contains=contains)
    assert verdict(answer) is None, answer.text


SEATS_APART = [
    ("What distinguishes Mosevang's entry from the other municipalities?", ["only", "Strandgaard", "Vinterberg"]),
    ("hvad er særligt ved Krageby i forhold til de andre kommuner?", ["Falkesen"]),
]


@pytest.mark.parametrize(("question", "contains"), SEATS_APART)
def test_what_sets_one_seat_apart_from_the_others_is_its_size_when_no_other_seat_shares_it(
    fixture_engine: Engine, question: str, contains: list[str]
) -> None:
    answer = fixture_engine.ask(question)
    check(answer, contains=contains)
    assert ("only" in answer.text or "eneste" in answer.text) == ("only" in contains), answer.text


@pytest.mark.parametrize(("question", "contains"), SIDE_BY_SIDE)
def test_how_two_members_differ_on_no_one_attribute_describes_both_side_by_side(
    fixture_engine: Engine, question: str, contains: list[str]
) -> None:
    answer = fixture_engine.ask(question)
    check(answer, contains=contains)
    assert verdict(answer) is None, answer.text


@pytest.mark.parametrize(
    ("question", "contains"),
    [
        ("Theme 1 vs theme 3 - what's the difference?", ["Rent drikkevand til alle", "Klimatilpasning ved søbredden"]),
        # an ordinal whose noun is said once, after the second
        ("Contrast the first and the third theme.", ["Rent drikkevand til alle", "Klimatilpasning ved søbredden"]),
        ("hvad er forskellen på det første og det andet tema?", ["Rent drikkevand til alle", "Færre ledningstab"]),
        # two themes asked for by one noun are both asked for, "the last" among them
        (
            "Name the first and the last theme of the plan.",
            ["Rent drikkevand til alle", "Klimatilpasning ved søbredden"],
        ),
        ("hvad er forskellen på tema 2 og tema 3?", ["Færre ledningstab", "Klimatilpasning ved søbredden"]),
        ("compare theme 1 and theme 2", ["Rent drikkevand til alle", "Færre ledningstab"]),
    ],
)
def test_how_two_themes_differ_gives_both_themes_side_by_side(
    fixture_engine: Engine, question: str, contains: list[str]
) -> None:
    check(fixture_engine.ask(question), contains=contains)


@pytest.mark.parametrize(
    ("question", "contains"),
    [
        ("Compare the roles of the Krageby representative and the Søholt representative", ["Falkesen", "Brandtoft"]),
        ("sammenlign lige Lyngholts og Mosevangs repræsentanter", ["Ravnkilde", "Strandgaard", "Vinterberg"]),
        ("what separates Krageby from Lyngholt?", ["Falkesen", "Ravnkilde"]),
        ("Krageby vs Søholt", ["forsyningsdirektør", "teknik- og miljødirektør"]),
        # two organisations' people, when their people are named; one seat's people among themselves
        ("How do the LWB and ARI representatives differ in role?", ["Birkmose", "Kvistgaard"]),
        ("mosevang har 2 folk - forskel paa deres titler", ["teknik- og miljødirektør", "vandchef"]),
    ],
)
def test_two_municipalities_compared_get_their_representatives_side_by_side(
    fixture_engine: Engine, question: str, contains: list[str]
) -> None:
    answer = fixture_engine.ask(question)
    check(answer, contains=contains)
    assert verdict(answer) is None, answer.text


@pytest.mark.parametrize(
    ("question", "neither"),
    [
        ("ARI vs LWB – which one has the chair?", False),
        ("which one holds the chair, LWB or ARI?", False),
        ("is the chair from Krageby or Lyngholt?", True),
    ],
)
def test_asked_which_of_two_places_has_the_chair_the_engine_names_the_chair_and_whether_either_holds_it(
    fixture_engine: Engine, question: str, neither: bool
) -> None:
    answer = fixture_engine.ask(question)
    check(answer, contains=["Rasmus Kvistgaard", "ARI"])
    assert (has(answer.text, "Neither") or has(answer.text, "Ingen af dem")) is neither, answer.text


def test_one_place_named_twice_is_no_choice_between_places_for_the_chair(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("I am writing about LWB's role. Who is the miljøchef at LWB?")
    check(answer, contains=["Helle Birkmose"], lacks=["Neither"])


@pytest.mark.parametrize(
    ("question", "theme", "neither"),
    [
        ("Between theme 1 and theme 3, which one is about the shore?", "Klimatilpasning ved søbredden", False),
        ("tema 1 eller 2 - hvilket handler om ledningstab?", "Færre ledningstab", False),
        ("which of theme 1 and theme 2 is about climate?", "Klimatilpasning ved søbredden", True),
    ],
)
def test_which_of_the_themes_named_is_about_a_topic_is_that_theme_or_neither_and_the_one_that_is(
    fixture_engine: Engine, question: str, theme: str, neither: bool
) -> None:
    answer = fixture_engine.ask(question)
    check(answer, contains=[theme])
    assert (has(answer.text, "Neither") or has(answer.text, "Ingen af dem")) is neither, answer.text


def test_a_difference_question_that_claims_a_shared_title_still_gets_the_verdict(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Er Falkesen og Brandtoft begge forsyningsdirektører, eller er der forskel?")
    check(answer, start="nej", contains=["teknik- og miljødirektør"])


@pytest.mark.parametrize(
    ("question", "neither"),
    [
        ("who is the chair, Falkesen or Kvistgaard?", False),
        ("which of Birkmose and Kvistgaard is the chair?", False),
        ("hvem er formand, Falkesen eller Ravnkilde?", True),
    ],
)
def test_asked_which_of_two_members_chairs_the_engine_names_the_fixture_chair(
    fixture_engine: Engine, question: str, neither: bool
) -> None:
    answer = fixture_engine.ask(question)
    first_line = answer.text.splitlines()[0]
    assert has(first_line, "Rasmus Kvistgaard") and has(first_line, "ARI"), answer.text
    assert (has(first_line, "Neither") or has(first_line, "Ingen af dem")) is neither, answer.text


# -- filters: part of a title, negated, outside a place ---------------------------------------

FALKESEN, RAVNKILDE, STRANDGAARD, VINTERBERG, BRANDTOFT, BIRKMOSE, KVISTGAARD = (
    "Ingrid Falkesen",
    "Tobias Ravnkilde",
    "Helle Strandgaard",
    "Jonas Vinterberg",
    "Aksel Brandtoft",
    "Helle Birkmose",
    "Rasmus Kvistgaard",
)
EVERYONE = {FALKESEN, RAVNKILDE, STRANDGAARD, VINTERBERG, BRANDTOFT, BIRKMOSE, KVISTGAARD}

FILTERS = [
    # two titles joined by "or": the holders of either
    ("which members are forsyningsdirektør or vandchef?", {FALKESEN, RAVNKILDE, VINTERBERG}),
    ("hvem er miljøchef eller forskningschef?", {BIRKMOSE, KVISTGAARD}),
    # a kind of job alone, asked of the members: everyone whose title has it
    ("which members are directors?", {FALKESEN, RAVNKILDE, STRANDGAARD, BRANDTOFT}),
    ("hvem er direktører?", {FALKESEN, RAVNKILDE, STRANDGAARD, BRANDTOFT}),
    # a bare singular without an article asks who holds such a job
    ("hvem er direktør?", {FALKESEN, RAVNKILDE, STRANDGAARD, BRANDTOFT}),
    # a place named beside the kind of job: that place's holders
    ("which directors are from Mosevang?", {STRANDGAARD}),
    ("hvem fra Mosevang er chefer?", {VINTERBERG}),
    ("who is director in the group?", {FALKESEN, RAVNKILDE, STRANDGAARD, BRANDTOFT}),
    ("who are the chiefs in the group?", {VINTERBERG, BIRKMOSE, KVISTGAARD}),
    ("hvilke medlemmer er chefer?", {VINTERBERG, BIRKMOSE, KVISTGAARD}),
    ("who has 'miljø' in their title?", {STRANDGAARD, BRANDTOFT, BIRKMOSE}),
    ('hvem har "chef" i titlen?', {VINTERBERG, BIRKMOSE, KVISTGAARD}),
    ("which members have chef in their title?", {VINTERBERG, BIRKMOSE, KVISTGAARD}),
    # the title's language names which title, not a part of it
    ("Which members have 'chef' in their Danish title?", {VINTERBERG, BIRKMOSE, KVISTGAARD}),
    ("hvem har chef i deres danske titel?", {VINTERBERG, BIRKMOSE, KVISTGAARD}),
    ("who has direktør in their title?", {FALKESEN, RAVNKILDE, STRANDGAARD, BRANDTOFT}),
    ("hvem har forsyning i titlen?", {FALKESEN, RAVNKILDE}),
    ("Which members have the word 'miljø' in their exact title?", {STRANDGAARD, BRANDTOFT, BIRKMOSE}),
    ("hvem har ordet chef i deres fulde titel?", {VINTERBERG, BIRKMOSE, KVISTGAARD}),
    ("hvem har forsyning eller research i titlen?", {FALKESEN, RAVNKILDE, KVISTGAARD}),
    ('who has "research" in their title?', {KVISTGAARD}),
    ("who has 'bager' in their title?", set()),
    ("who is not a forsyningsdirektør?", EVERYONE - {FALKESEN, RAVNKILDE}),
    ("hvem er ikke forsyningsdirektør?", EVERYONE - {FALKESEN, RAVNKILDE}),
    ("hvem er ikke teknik- og miljødirektør?", EVERYONE - {STRANDGAARD, BRANDTOFT}),
    ("who is not a water manager?", EVERYONE - {VINTERBERG}),
    # chat's short "ikk" before a word is the negation, not a tag
    ("hvem i gruppen er ikk forsyningsdirektor", EVERYONE - {FALKESEN, RAVNKILDE}),
    ("forsyningsdirektører uden for Krageby", {RAVNKILDE}),
    ("teknik- og miljødirektører uden for Søholt", {STRANDGAARD}),
    pytest.param("utilities directors outside Lyngholt", {FALKESEN}),
    ("List the members whose title includes 'direktør'.", {FALKESEN, RAVNKILDE, STRANDGAARD, BRANDTOFT}),
    ("titles with 'chef' in them? 👀", {VINTERBERG, BIRKMOSE, KVISTGAARD}),
    ("Hvilke medlemmer har en titel hvor ordet 'chef' indgår?", {VINTERBERG, BIRKMOSE, KVISTGAARD}),
    ("whose title doesn't include direktør", {VINTERBERG, BIRKMOSE, KVISTGAARD}),
    ("hvem har ordet 'direktør' i deres titel?", {FALKESEN, RAVNKILDE, STRANDGAARD, BRANDTOFT}),
    # Set apart by two words ("other than", "rather than", "apart from", "bortset fra", "udover").
    ("who in the group is something other than a forsyningsdirektør?", EVERYONE - {FALKESEN, RAVNKILDE}),
    ("hvem er den anden fra Mosevang, udover teknik- og miljødirektøren?", {VINTERBERG}),
    # The title denied, and the places' people set apart after "bortset fra"/"apart from".
    ("hvem er ikke forsyningsdirektør bortset fra folkene fra LWB og ARI", {STRANDGAARD, VINTERBERG, BRANDTOFT}),
    ("who is not a water manager apart from the people from Mosevang?", EVERYONE - {STRANDGAARD, VINTERBERG}),
    ("Which members represent organisations rather than municipalities?", {BIRKMOSE, KVISTGAARD}),
    ("Which two members represent organisations rather than municipalities?", {BIRKMOSE, KVISTGAARD}),
    ("Apart from the chair, who represents an organisation rather than a municipality?", {BIRKMOSE}),
    # A part named as what a title is about, or as the kind of title, with an alternative.
    ("Which member's title refers specifically to research or water?", {VINTERBERG, KVISTGAARD}),
    ("hvem har en forsyning titel?", {FALKESEN, RAVNKILDE}),
    ("hvilke medlemmer har en titel, der direkte har med forsyning at gøre?", {FALKESEN, RAVNKILDE}),
    ("which members have a title that has to do with research?", {KVISTGAARD}),
    ("who has a utilities title?", {FALKESEN, RAVNKILDE}),
    ("Filter: members whose title is exactly 'miljøchef'.", {BIRKMOSE}),
    # A title written whole only inside a shortened pair ("teknik- og miljødirektør").
    ("hvem er miljødirektør?", {STRANDGAARD, BRANDTOFT}),
    # "neither … nor …": those meeting none of two conditions.
    ("Who on the list is neither a director of any kind nor from a municipality?", {BIRKMOSE, KVISTGAARD}),
    ("hvem er hverken chef eller fra en kommune?", set()),
    (
        "who is neither a chef nor a director?",
        EVERYONE - {FALKESEN, RAVNKILDE, STRANDGAARD, BRANDTOFT} - {VINTERBERG, BIRKMOSE, KVISTGAARD},
    ),
    # a title denied, then a place denied: those who are neither
    ("members who are not forsyningsdirektør and not from LWB or ARI?", {STRANDGAARD, VINTERBERG, BRANDTOFT}),
    ("hvem er ikke teknik- og miljødirektør og ikke fra ARI", {FALKESEN, RAVNKILDE, VINTERBERG, BIRKMOSE}),
    # the municipalities asked for: those no member of which holds the title, with their people
    ("which municipalities are not represented by a teknik- og miljødirektør?", {FALKESEN, RAVNKILDE}),
]


BESIDES_NAMED = [
    ("hvem andre end Falkesen er forsyningsdirektør?", {RAVNKILDE}),
    ("who else is a teknik- og miljødirektør besides Aksel Brandtoft?", {STRANDGAARD}),
    ("hvem er teknik- og miljødirektør ligesom Brandtoft?", {STRANDGAARD}),
    # a title named by its English name, the member set apart first
    ("Apart from Ingrid Falkesen, who else is a utilities director?", {RAVNKILDE}),
    ("who else is on the group besides Kvistgaard?", EVERYONE - {KVISTGAARD}),
    ("hvem sidder i gruppen ud over Kvistgaard og Birkmose?", EVERYONE - {KVISTGAARD, BIRKMOSE}),
]


@pytest.mark.parametrize(("question", "listed"), BESIDES_NAMED)
def test_the_members_besides_those_named_are_the_title_holders_or_the_list_less_them(
    fixture_engine: Engine, question: str, listed: set[str]
) -> None:
    answer = fixture_engine.ask(question)
    bullets = "\n".join(line for line in answer.text.splitlines() if line.startswith("•"))
    assert {name for name in EVERYONE if has(bullets, name)} == listed, answer.text


def test_a_member_set_apart_from_something_the_list_does_not_hold_gets_no_list(fixture_engine: Engine) -> None:
    assert "•" not in fixture_engine.ask("who besides Falkesen has spoken to the press?").text


@pytest.mark.parametrize(("question", "listed"), FILTERS)
def test_a_filter_over_titles_lists_exactly_the_members_it_selects(
    fixture_engine: Engine, question: str, listed: set[str]
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered, answer.text
    assert {name for name in EVERYONE if has(answer.text, name)} == listed, answer.text


THEMES_BY_TOPIC = [
    (
        "which themes are about drinking water stuff or climate things?",
        ["Rent drikkevand", "Klimatilpasning"],
        ["Færre"],
    ),
    ("hvilke temaer handler om ledningstab og den slags?", ["Færre ledningstab"], ["Rent drikkevand", "Klima"]),
    ("which themes are about football stuff?", [], ["Rent drikkevand", "Færre", "Klima"]),
]


@pytest.mark.parametrize(("question", "contains", "lacks"), THEMES_BY_TOPIC)
def test_themes_picked_by_topic_are_exactly_those_a_topic_word_names_filler_aside(
    fixture_engine: Engine, question: str, contains: list[str], lacks: list[str]
) -> None:
    check(fixture_engine.ask(question), answered=bool(contains), contains=contains, lacks=lacks)


BESIDES = [
    ("hvilke kommuner er med udover Mosevang?", {FALKESEN, RAVNKILDE, BRANDTOFT}, ["Krageby Kommune"], ["LWB", "ARI"]),
    ("who else is in the group apart from LWB and ARI?", EVERYONE - {BIRKMOSE, KVISTGAARD}, [], []),
    (
        "which municipalities besides Krageby and Lyngholt are in the group?",
        {STRANDGAARD, VINTERBERG, BRANDTOFT},
        [],
        [],
    ),
    ("hvilke kommuner udover Mosevang har over 10.000 indbyggere?", set(), [], []),
]


@pytest.mark.parametrize(("question", "listed", "contains", "lacks"), BESIDES)
def test_the_seats_besides_the_places_set_apart_are_exactly_the_rest_of_the_list(
    fixture_engine: Engine, question: str, listed: set[str], contains: list[str], lacks: list[str]
) -> None:
    answer = fixture_engine.ask(question)
    check(answer, answered=bool(listed), contains=contains, lacks=lacks)
    if listed:  # unanswered, the reply may still say what the article says of the place
        assert {name for name in EVERYONE if has(answer.text, name)} == listed, answer.text


NAMED_LIKE = [
    ("hvem sidder for en kommune med 'holt' i navnet?", {RAVNKILDE, BRANDTOFT}, []),
    ("which municipalities have 'vang' in their name?", set(), ["Mosevang Kommune"]),
    ("kommuner hvis navn indeholder 'by'", set(), ["Krageby Kommune"]),
    ("which members have 'gaard' in their name?", {STRANDGAARD, KVISTGAARD}, []),
    ("which members come from municipalities starting with L?", {RAVNKILDE}, []),
    ("which members come from municipalities starting with letter L?", {RAVNKILDE}, []),
]


@pytest.mark.parametrize(("question", "listed", "contains"), NAMED_LIKE)
def test_a_filter_by_a_part_of_a_name_lists_exactly_the_names_holding_it(
    fixture_engine: Engine, question: str, listed: set[str], contains: list[str]
) -> None:
    answer = fixture_engine.ask(question)
    check(answer, contains=contains)
    assert {name for name in EVERYONE if has(answer.text, name)} == listed, answer.text


def test_a_member_named_after_except_is_left_out_of_the_filter_and_the_head_says_so(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Nævn medlemmerne med 'direktør' i titlen, bortset fra Helle Strandgaard")
    head, *lines = answer.text.splitlines()
    assert {name for name in EVERYONE if any(has(line, name) for line in lines)} == {FALKESEN, RAVNKILDE, BRANDTOFT}
    assert has(head, "3") and has(head, STRANDGAARD), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Why does Mosevang send a vandchef rather than its forsyningsdirektør?",
        "Why is Mosevang represented by a water manager rather than a director?",
        "whose title refers to football?",
        "who is neither rich nor poor?",
    ],
)
def test_a_why_question_or_a_condition_no_filter_reads_gets_no_filtered_list(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert not (answer.source or "").startswith(("fact:title", "fact:neither")), answer.text


@pytest.mark.parametrize(
    ("question", "echo"),
    [
        ('hvem har "chef" i titlen?', "«chef»"),
        ("who has 'miljø' in their title?", '"miljø"'),
        ("who has miljo in their title?", '"miljø"'),
        # A kind of job the vocabulary names is known to the spelling corrector, not "corrected".
        ("hvem har forsyning i titlen?", "«forsyning»"),
    ],
)
def test_the_part_of_a_title_asked_about_is_echoed_as_the_user_typed_it(
    fixture_engine: Engine, question: str, echo: str
) -> None:
    assert echo in fixture_engine.ask(question).text


# -- counts ---------------------------------------------------------------------------------

COUNTS = [
    ("hvor mange forsyningsdirektører er der?", 2, {FALKESEN, RAVNKILDE}),
    ("how many utilities directors are there?", 2, {FALKESEN, RAVNKILDE}),
    ("hvor mange teknik- og miljødirektører er der?", 2, {STRANDGAARD, BRANDTOFT}),
    ("how many members come from Mosevang?", 2, {STRANDGAARD, VINTERBERG}),
    ("hvor mange kommer fra Mosevang?", 2, {STRANDGAARD, VINTERBERG}),
    ("how many members are from Krageby?", 1, {FALKESEN}),
    ("how many people come from ARI?", 1, {KVISTGAARD}),
    ("hvor mange hedder Helle?", 2, {STRANDGAARD, BIRKMOSE}),
    ("how many members are called Helle?", 2, {STRANDGAARD, BIRKMOSE}),
    pytest.param("hvor mange hedder Ingrid?", 1, {FALKESEN}),
    pytest.param("hvor mange er ikke forsyningsdirektører?", 5, EVERYONE - {FALKESEN, RAVNKILDE}),
    ("hvor mange vandchefer er med", 1, {VINTERBERG}),
    ("how many forsyningsdirektører are there?", 2, {FALKESEN, RAVNKILDE}),
    ("antal Helle'er i gruppen?", 2, {STRANDGAARD, BIRKMOSE}),
    ("antal Ingrid'er i gruppen", 1, {FALKESEN}),
    ("How many members represent either LWB or ARI?", 2, {BIRKMOSE, KVISTGAARD}),
    # beside the counted thing, words of adding up and of how a title is held
    ("How many members come from LWB and ARI combined?", 2, {BIRKMOSE, KVISTGAARD}),
    ("antal vandchefer og miljøchefer tilsammen?", 2, {VINTERBERG, BIRKMOSE}),
    ("how many forsyningsdirektører and vandchefer are there in total?", 3, {FALKESEN, RAVNKILDE, VINTERBERG}),
    ("How many members carry the title forsyningsdirektør?", 2, {FALKESEN, RAVNKILDE}),
    ("Hvor mange personer er nævnt for Mosevang Kommune?", 2, {STRANDGAARD, VINTERBERG}),
    # municipalities counted, not people: Mosevang's two members make one municipality
    ("hvor mange kommuner er IKKE repræsenteret af en forsyningsdirektør", 2, {STRANDGAARD, VINTERBERG, BRANDTOFT}),
    ("How many municipalities send someone other than a teknik- og miljødirektør?", 2, {FALKESEN, RAVNKILDE}),
]


@pytest.mark.parametrize(("question", "number", "listed"), COUNTS)
def test_a_count_over_the_members_is_said_as_a_number_then_the_people_counted(
    fixture_engine: Engine, question: str, number: int, listed: set[str]
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and answer.text.split()[0] == str(number), answer.text
    assert {name for name in EVERYONE if has(answer.text, name)} == listed, answer.text


COUNTS_COMPARED = [
    ("er der flere forsyningsdirektører end vandchefer i gruppen", "ja", ["forsyningsdirektør", "2", "1"]),
    ("are there more vandchefer than forsyningsdirektører in the group?", "no", ["2", "1"]),
    ("Er der flest forsyningsdirektører eller miljøchefer i styregruppen?", None, ["forsyningsdirektør", "2"]),
    ("How many more forsyningsdirektører than vandchefer are there?", None, ["a difference of 1"]),
    ("Har Mosevang flere med i styregruppen end Krageby?", "ja", [STRANDGAARD, VINTERBERG, FALKESEN]),
    # the municipalities as one side, the organisations named as the other
    ("are there more people from the municipalities than from LWB and ARI?", "yes", ["(5)", "(2)"]),
    ("Er der flest repræsentanter fra kommunerne eller fra LWB og ARI?", None, ["kommunerne (5)", "LWB og ARI (2)"]),
    # people counted by where they come from, with no word for people
    ("er der flere fra kommunerne end fra LWB og ARI i gruppen", "ja", ["kommunerne (5)", "LWB og ARI (2)"]),
    ("Does Krageby have more people listed than Mosevang?", "no", ["Mosevang Kommune", "2"]),
    ("Which municipality has more people listed, Mosevang or Søholt?", None, ["Mosevang Kommune", BRANDTOFT]),
]


@pytest.mark.parametrize(
    ("question", "contains"),
    [
        ("Are there more municipalities in the group than themes in the plan?", ["4 municipalities", "3 themes"]),
        ("er der flere temaer end organisationer?", ["3 temaer", "2 organisationer", "flest temaer"]),
        ("Which is larger: the number of themes or the number of people listed?", ["7 people", "more people"]),
    ],
)
def test_two_kinds_of_thing_are_each_counted_and_set_against_each_other(
    fixture_engine: Engine, question: str, contains: list[str]
) -> None:
    check(fixture_engine.ask(question), contains=contains)


@pytest.mark.parametrize(("question", "start", "contains"), COUNTS_COMPARED)
def test_two_titles_or_places_are_counted_on_the_list_and_set_against_each_other(
    fixture_engine: Engine, question: str, start: str | None, contains: list[str]
) -> None:
    answer = fixture_engine.ask(question)
    check(answer, contains=contains)
    assert verdict(answer) == start, answer.text


@pytest.mark.parametrize(
    ("question", "listed"),
    [
        ("Which municipality has more than one person listed?", {STRANDGAARD, VINTERBERG}),
        ("hvilken kommune har 2 folk med", {STRANDGAARD, VINTERBERG}),
        ("hvilke kommuner har mere end en person paa listen", {STRANDGAARD, VINTERBERG}),
        ("which municipality has 3 people listed?", set()),
    ],
)
def test_which_seat_names_so_many_people_is_answered_from_the_seats_sizes(
    fixture_engine: Engine, question: str, listed: set[str]
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered, answer.text
    assert {name for name in EVERYONE if has(answer.text, name)} == listed, answer.text


@pytest.mark.parametrize(
    ("question", "contains"),
    [
        ("how many orgs besides kommuner? thx", ["2", BIRKMOSE, KVISTGAARD]),
        ("How many organisations other than municipalities are represented?", ["2", "LWB", "ARI"]),
        ("how many members come from outside the municipalities?", ["2", BIRKMOSE]),
        ("How many different municipalities have a seat on the steering group?", ["4", "Søholt"]),
        ("how many municipalities are there in total?", ["4", "Søholt"]),
    ],
)
def test_seats_counted_by_kind_say_how_many_municipalities_or_organisations(
    fixture_engine: Engine, question: str, contains: list[str]
) -> None:
    check(fixture_engine.ask(question), contains=contains)


@pytest.mark.parametrize(
    "question",
    [
        "How many names are listed in the member list in total?",
        "How many individual people are named in the member list?",
        "How many members are on the new steering group?",
        "hvor mange er med i styregruppen",
        # the kinds of seat added up
        "How many organisations in total are represented, counting municipalities plus other bodies?",
        "How many names are on the list in total, counting both people from Mosevang?",
        "Hvor mange navne står der i alt på medlemslisten, når begge personer fra Mosevang tælles med?",
    ],
)
def test_a_headcount_of_the_whole_group_gets_the_member_count(fixture_engine: Engine, question: str) -> None:
    check(fixture_engine.ask(question), contains=["6", "7"])


@pytest.mark.parametrize(
    "question",
    [
        "how many inhabitants does Krageby have?",
        "hvor mange indbyggere har Mosevang?",
        "how many people live in Søholt?",
        "how many employees does ARI have?",
    ],
)
def test_how_many_inhabitants_a_member_municipality_has_is_not_answered_as_a_count_of_members(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert not answer.answered, answer.text
    assert not (answer.source or "").startswith("fact:count"), answer.source


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("hvor mange kommer fra Egemose?"),
        pytest.param("how many members come from Lyngholm?"),
    ],
)
def test_a_count_over_a_municipality_outside_the_group_says_it_is_not_in_the_group(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    place = question.rstrip("?").split()[-1]
    check(answer, contains=[place], lacks=list(EVERYONE))
    assert answer.outcome == "negative", answer.text


# -- compound questions ---------------------------------------------------------------------

THEME_TITLES = ("Rent drikkevand til alle", "Færre ledningstab", "Klimatilpasning ved søbredden")
COMPOUNDS = [
    ("hvem er fra Krageby og hvem er fra Søholt?", [FALKESEN, BRANDTOFT], []),
    ("who represents Krageby and who represents Lyngholt?", [FALKESEN, RAVNKILDE], []),
    ("tema 1 + tema 3", [THEME_TITLES[0], THEME_TITLES[2]], [THEME_TITLES[1]]),
    ("hvem er formand og hvor mange temaer har vandplanen?", [KVISTGAARD, *THEME_TITLES], []),
    # a second question word opens the second question with no mark before it
    ("hvem er formand hvem er fra krageby", [KVISTGAARD, FALKESEN], []),
    ("what is theme 1 what is theme 3", [THEME_TITLES[0], THEME_TITLES[2]], [THEME_TITLES[1]]),
    # "hvor mange er med?" names nothing: those who take part in the group
    ("hvem er formand og hvor mange er med?", [KVISTGAARD, "6 medlemmer"], []),
    ("how many are in it?", ["6 members"], []),
    # "tilsammen": one count over both, not a count of each
    ("hvor mange fra LWB + ARI tilsammen", ["2 af personerne"], ["1 af personerne"]),
    # a preposition before the second question word
    ("who chairs the group, and in which municipality does Falkesen sit?", [KVISTGAARD, "Krageby"], []),
    ("When were the pipe agreements established compared with when the plan was adopted?", ["2026", "2031"], []),
    # a last part of a word or two is asked of the bare names before it, not alone
    ("Anne Falkesen? member?", ["not a member"], ["Krageby"]),
    # things requested by name, joined by "and"
    ("Give me the date of the article and the period the plan covers.", ["02-05-2031", "covers the years"], []),
    # themes listed after one "tema" are each answered
    ("skriv lige tema 1 og 3", [THEME_TITLES[0], THEME_TITLES[2]], [THEME_TITLES[1]]),
    ("themes 2 and 3?", [THEME_TITLES[1], THEME_TITLES[2]], [THEME_TITLES[0]]),
    # a count beside "first"/"last" takes that many themes from that end
    ("what are the first two themes of the plan?", [THEME_TITLES[0], THEME_TITLES[1]], [THEME_TITLES[2]]),
    ("de to sidste temaer?", [THEME_TITLES[1], THEME_TITLES[2]], [THEME_TITLES[0]]),
    ("Falkesen? Brandtoft? titel?", ["forsyningsdirektør", "teknik- og miljødirektør"], ["Styregruppen har"]),
    # a part the knowledge cannot answer is said to be so, beside the part it can
    ("who chairs the group and when does the group meet?", [KVISTGAARD, "does not say when"], []),
    ("who represents Mosevang and what is Krageby's budget for pipes?", [STRANDGAARD, "The article does not say"], []),
    ("hvem er Falkesen og hvad tjener hun?", [FALKESEN, "Det står der ikke noget om i artiklen"], []),
    pytest.param("theme 2 and theme 3?", [THEME_TITLES[1], THEME_TITLES[2]], []),
    # what the last part asks of its name is asked of the bare names before it
    ("LWB + ARI representatives?", ["Helle Birkmose", KVISTGAARD], []),
    ("Krageby og Søholt, repræsentanter?", [FALKESEN, BRANDTOFT], []),
    # numbered questions
    ("1) hvem er formand 2) hvor mange temaer har vandplanen?", [KVISTGAARD, *THEME_TITLES], []),
    # questions after a preamble, and questions joined by a bare comma
    ("Til notatet: hvem er formand, og hvor mange temaer har vandplanen?", [KVISTGAARD, *THEME_TITLES], []),
    ("hvem er formand, hvem har nedsat styregruppen?", [KVISTGAARD, "LWB"], []),
    pytest.param("tema 1 og tema 3", [THEME_TITLES[0], THEME_TITLES[2]], []),
    pytest.param("hvem er formand og hvad tjener han?", [KVISTGAARD, "ikke noget om"], []),
    pytest.param("who chairs the group? who set up the group?", [KVISTGAARD, "LWB"], []),
    pytest.param("hvem er formand? og hvem har nedsat styregruppen?", [KVISTGAARD, "LWB"], []),
    # parts one profile answers, and a check the profile alone has no verdict on
    pytest.param(
        "which municipality does Ingrid Falkesen represent, what's her title, and is she the chair?",
        ["Krageby", "No.", KVISTGAARD],
        [],
    ),
    # a later part without a subject states something of the first part's subject
    pytest.param("Ingrid Falkesen er fra Krageby og er vandchef der, ikke sant?", ["Nej."], ["Ja."]),
    pytest.param("Ingrid Falkesen is from Krageby and is water manager there, right?", ["No."], ["Yes."]),
    pytest.param("Ingrid Falkesen er fra Krageby og er forsyningsdirektør, ikke sant?", ["Ja."], ["Nej."]),
    # of the agreements, a later part without a subject is their figure, claimed without a question word
    pytest.param("the pipe agreements started in 2026 and have saved 24 billion kroner?", ["No.", "2.4"], ["Yes"]),
    pytest.param("I recall the pipe agreements started in 2026 and have saved 24 billion?", ["No.", "2.4"], ["Yes"]),
    # a later part opening with "until": its question word after the preposition; "it runs" lasts
    pytest.param("when was the water plan adopted and until which year does it run?", ["March 2031", "2031-2034"], []),
    pytest.param("hvornår blev vandplanen vedtaget og til hvornår gælder den?", ["marts 2031", "2031-2034"], []),
]


@pytest.mark.parametrize(("question", "contains", "lacks"), COMPOUNDS)
def test_a_compound_question_is_answered_part_by_part_in_one_reply(
    fixture_engine: Engine, question: str, contains: list[str], lacks: list[str]
) -> None:
    check(fixture_engine.ask(question), contains=contains, lacks=lacks)


# -- quotes: what someone in the article says ------------------------------------------------


QUOTES = [
    ("what does Kvistgaard say about the leaking pipes?", "chair-leaks"),
    ("hvad siger Kvistgaard om utætte rør?", "chair-leaks"),
    ("what does ARI say about the leaking pipes?", "chair-leaks"),
    ("what does Rasmus Kvistgaard say about cloudbursts and the cellars?", "chair-climate"),
    ("hvad siger Kvistgaard om skybruddene og kældrene?", "chair-climate"),
    ("what does Kvistgaard say about the savings since 2026?", "chair-results"),
    ("hvad siger Kvistgaard om besparelsespotentialet siden 2026?", "chair-results"),
    ("hvad siger artiklen om utætte rør?", "chair-leaks"),
    # what chat calls the organisation's head names who speaks, not what about
    ("hvad sagde ARI-chefen om utætte rør?", "chair-leaks"),
    # an honorific before a name is no part of a stranger's name
    ("what does Mr Kvistgaard say about the leaking pipes?", "chair-leaks"),
    ("hvad siger hr. Kvistgaard om utætte rør?", "chair-leaks"),
    ("what does Frau Kvistgaard say about the leaking pipes?", "chair-leaks"),
    # the last thing someone says is their last paragraph
    ("In his closing remarks, what does Kvistgaard say about the plan?", "chair-thanks"),
    ("hvad siger Kvistgaard helt til sidst?", "chair-thanks"),
    ("hvordan slutter Kvistgaards citat?", "chair-thanks"),
    ("how does Kvistgaard's quote end?", "chair-thanks"),
    # "står der" asks what the article says, typed without å too
    ("hvad star der om de utaette ror", "chair-leaks"),
    pytest.param("what does Kvistgaard say about leaks?", "chair-leaks"),
    pytest.param("what does Kvistgaard say about cloudbursts?", "chair-climate"),
    pytest.param("hvad siger Kvistgaard om skybruddene?", "chair-climate"),
    # a quote asked for about one topic, no speaker named
    ("citat om besparelsen?", "chair-results"),
    ("quote about the leaks?", "chair-leaks"),
]


@pytest.mark.parametrize(("question", "passage"), QUOTES)
def test_what_a_speaker_says_about_a_topic_quotes_the_passage_about_that_topic(
    fixture_engine: Engine, question: str, passage: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and answer.source == f"passage:{passage}", (answer.source, answer.text)
    text = next(p.text.da for p in fixture_engine.knowledge.passages if p.id == passage)
    assert text in answer.text


FRAMED_QUOTES = [
    ("For my thesis I need the exact wording about the leaking drinking water.", "chair-leaks"),
    ("Which expression does Kvistgaard use about the cellars?", "chair-climate"),
    (
        "What exactly does Kvistgaard say about the leaking pipes? I would like the original wording, if possible.",
        "chair-leaks",
    ),
    ("Hvad skriver artiklen ordret om utætte rør? Vi vil gerne gengive det i pressenoten.", "chair-leaks"),
    ("What does the article say, word for word, about the cloudbursts and the cellars?", "chair-climate"),
]


@pytest.mark.parametrize(("question", "passage"), FRAMED_QUOTES)
def test_how_a_formal_request_is_framed_does_not_hide_the_passage_it_asks_for(
    fixture_engine: Engine, question: str, passage: str
) -> None:
    # "exactly", "word for word", "if possible", "for my thesis" once counted as unknown
    # topic words and sent the question to "I can't answer that".
    answer = fixture_engine.ask(question)
    assert answer.answered and answer.source == f"passage:{passage}", (answer.source, answer.text)


@pytest.mark.parametrize(
    "question",
    [
        "What exactly does the article say about the weather, word for word?",
        "Hvad siger artiklen præcist om fodbold? Citér det gerne ordret til mit speciale.",
        "hvad siger Mette Frederiksen præcist om utætte rør?",
    ],
)
def test_framing_words_do_not_make_an_off_topic_question_answerable(fixture_engine: Engine, question: str) -> None:
    check(fixture_engine.ask(question), answered=False)


def test_a_title_asked_for_as_written_in_the_article_is_the_members_title(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("What is the exact Danish title that Ingrid Falkesen holds, as written in the article?")
    check(answer, contains=["forsyningsdirektør"])


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("forklar hvorfor skybruddene er et problem for kældrene", "chair-climate"),
        ("Explain why the cellars flood when cloudbursts come.", "chair-climate"),
        ("hvorfor skal tabet i de utætte rør halveres?", "chair-leaks"),
        ("Why does the old water group get thanks?", "chair-thanks"),
    ],
)
def test_a_why_or_explain_question_is_answered_by_the_paragraph_that_gives_the_reason(
    fixture_engine: Engine, question: str, passage: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and answer.source == f"passage:{passage}", (answer.source, answer.text)


@pytest.mark.parametrize(
    "question", ["why is football popular?", "hvorfor er fodbold populært?", "explain the offside rule, please"]
)
def test_a_why_or_explain_question_about_something_else_gets_nothing(fixture_engine: Engine, question: str) -> None:
    check(fixture_engine.ask(question), answered=False)


@pytest.mark.parametrize(
    "question",
    [
        "what is the status of the old water group according to the article?",
        "what happened to the old water group, in the article's words?",
    ],
)
def test_asking_how_a_thing_stands_quotes_the_paragraph_about_the_thing(fixture_engine: Engine, question: str) -> None:
    # "happened" and "status" are no topic the paragraph must hold.
    answer = fixture_engine.ask(question)
    assert answer.answered and answer.source == "passage:chair-thanks", (answer.source, answer.text)


@pytest.mark.parametrize(
    "question", ["what happened to the football club?", "what's the status of the football league?"]
)
def test_asking_how_something_else_stands_gets_nothing(fixture_engine: Engine, question: str) -> None:
    check(fixture_engine.ask(question), answered=False)


def test_a_request_after_the_question_says_how_to_answer_not_what(fixture_engine: Engine) -> None:
    # "I need the full list" after the question once answered the member list on its own.
    answer = fixture_engine.ask("Which utilities have joined the pipe agreements? I need the full list for my thesis.")
    check(answer, answered=False, lacks=[KVISTGAARD])


@pytest.mark.parametrize(
    "question",
    [
        "Ifølge ARI, hvor mange forsyninger er med i ledningsaftalerne siden 2026?",
        "According to ARI, how many utilities have joined the pipe agreements since 2026?",
    ],
)
def test_a_figure_asked_as_someone_says_it_is_answered_with_the_figure_not_a_paragraph(
    fixture_engine: Engine, question: str
) -> None:
    # Once the chair's paragraph on the savings since 2026: its words matched, its figures did not.
    check(fixture_engine.ask(question), contains=["30"])


@pytest.mark.parametrize(
    "question",
    ["hvem siger at hver syvende liter forsvinder?", "what does Kvistgaard say about how many litre leak?"],
)
def test_a_word_of_the_articles_own_paragraphs_is_no_typo_for_another_word(
    fixture_engine: Engine, question: str
) -> None:
    # "liter" once read as "liste" (list): "who is seventh on the list?".
    answer = fixture_engine.ask(question)
    assert answer.source == "passage:chair-leaks", (answer.source, answer.text)


def test_a_word_the_language_gives_a_meaning_is_no_typo_for_another_word(fixture_engine: Engine) -> None:
    # "cities" once read as "cite": a question about quotes, which matched nothing.
    assert "Krageby" in fixture_engine.ask("which cities are in the group?").text


@pytest.mark.parametrize(
    "question",
    [
        "whom does Kvistgaard thank?",
        "hvem siger tak til vandgruppen?",
        "who thanks the group?",
        "hvem takker den gamle vandgruppe?",
        # The words are in the lead and in a quote alike: who said them is the one quoted.
        "who says something about the water plan and the group?",
        "who writes about the plan and the group?",
    ],
)
def test_who_thanks_or_says_something_is_answered_by_the_paragraph_someone_says(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.source == "passage:chair-thanks", (answer.source, answer.text)
    assert KVISTGAARD in answer.text


WHETHER_QUOTED = [
    ("Is Ingrid Falkesen quoted in the article?", "no", [FALKESEN, KVISTGAARD]),
    ("Does Helle Birkmose say anything in the article? Any quote from her?", "no", [KVISTGAARD]),
    ("Bliver Jonas Vinterberg citeret i artiklen?", "nej", [KVISTGAARD]),
    ("Is Rasmus Kvistgaard quoted in the article?", "yes", [KVISTGAARD]),
    ("how many people are quoted in the article?", None, ["1", KVISTGAARD]),
    ("hvor mange bliver citeret i artiklen?", None, ["1", KVISTGAARD]),
    ("Is anyone from ARI quoted in the article?", "yes", [KVISTGAARD]),
    ("is anyone from the Lakeside Water Board quoted in the article?", "no", ["LWB", KVISTGAARD]),
    ("Bliver nogen fra Krageby Kommune citeret?", "nej", ["Krageby", KVISTGAARD]),
    ("bliver formanden citeret?", "ja", [KVISTGAARD]),
    ("Is ARI's head of research quoted?", "yes", [KVISTGAARD]),
    ("Is Rasmus Kvistgaard the only person quoted in the article?", "yes", ["only"]),
    ("Er det korrekt forstået, at Ingrid Falkesen er den eneste, der bliver citeret?", "nej", [KVISTGAARD]),
]


@pytest.mark.parametrize(("question", "start", "contains"), WHETHER_QUOTED)
def test_whether_someone_is_quoted_is_answered_from_the_speakers_of_the_paragraphs(
    fixture_engine: Engine, question: str, start: str | None, contains: list[str]
) -> None:
    answer = fixture_engine.ask(question)
    check(answer, contains=contains)
    assert verdict(answer) == start, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what does Kvistgaard say about football?",
        "what does Kvistgaard say about the football match tonight?",
        "hvad siger Kvistgaard om fodbold?",
        "hvad siger Kvistgaard om vejret i morgen?",
        "what does ARI say about the football match?",
        "what does the article say about the weather on Mars?",
        # a quote asked for about a word several paragraphs hold alike chooses none of them
        "citat om styregruppen?",
    ],
)
def test_a_question_about_what_someone_says_off_topic_gets_no_passage(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert not answer.answered, answer.text
    assert not (answer.source or "").startswith("passage:"), answer.source


# -- definitions ----------------------------------------------------------------------------

DEFINITIONS = [
    ("what does forsyningsdirektør mean?", "term-forsyningsdirektoer", "en"),
    ("hvad er en forsyningsdirektør?", "term-forsyningsdirektoer", "da"),
    ("forsyningsdirektør på engelsk", "term-forsyningsdirektoer", "da"),
    ("hvad betyder vandchef?", "term-vandchef", "da"),
    ("what is a vandchef?", "term-vandchef", "en"),
    ("what does formand mean?", "term-formand", "en"),
    ("hvad er en formand?", "term-formand", "da"),
    # the member whose title holds the term only says where it stands
    ("what does 'vandchef' mean in Vinterberg's title?", "term-vandchef", "en"),
    ("What does '(formand)' after Rasmus Kvistgaard's name mean?", "term-formand", "en"),
    ("hvad betyder forsyningsdirektør i Falkesens titel?", "term-forsyningsdirektoer", "da"),
    # what a term refers to is what it means
    ("What does 'vandchef' refer to?", "term-vandchef", "en"),
]


@pytest.mark.parametrize(("question", "entry", "language"), DEFINITIONS)
def test_what_a_title_means_is_answered_by_its_definition_entry(
    fixture_engine: Engine, question: str, entry: str, language: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and answer.source == entry, (answer.source, answer.text)
    assert answer.language == language


@pytest.mark.parametrize(
    "question",
    [
        "hvem er forsyningsdirektør?",
        "who is the water manager?",
        "what does water manager mean?",
    ],
)
def test_a_question_naming_a_title_never_gets_the_definition_of_another_term(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.source != "term-formand" and not has(answer.text, "formand means chair"), answer.text


@pytest.mark.parametrize("question", ["hvad betyder at lave mad", "hvad betyder det at lave noget?"])
def test_a_word_of_one_variants_frame_is_no_term_whose_definition_is_asked(
    fixture_engine: Engine, question: str
) -> None:
    # "hvad laver en forsyningsdirektør" is one way to ask the term; "lave" is not the term.
    answer = fixture_engine.ask(question)
    assert answer.source != "term-forsyningsdirektoer", answer.text


@pytest.mark.parametrize("question", ["du er sgu lidt ubrugelig hva", "you are kinda useless huh"])
def test_rudeness_padded_with_chat_filler_still_gets_the_small_talk_answer(
    fixture_engine: Engine, question: str
) -> None:
    assert fixture_engine.ask(question).source == "complaint"


# -- courtesy: @handles, thanks, filler, a requested language --------------------------------

COURTESY = [
    ("@lakebot who chairs the group?", [KVISTGAARD], "en"),
    ("@lakebot who's frm ARI n LWB?? 🙏", [KVISTGAARD, BIRKMOSE], "en"),
    ("@lakebot hvem repræsenterer Søholt?", [BRANDTOFT], "da"),
    ("hvem er formand? tak", [KVISTGAARD], "da"),
    ("hvem repræsenterer Lyngholt tak", [RAVNKILDE], "da"),
    ("who represents Krageby? thx", [FALKESEN], "en"),
    ("who represents Krageby thx", [FALKESEN], "en"),
    ("who represents Krageby, thanks!", [FALKESEN], "en"),
    ("hej! hvem er formand?", [KVISTGAARD], "da"),
    ("Godmorgen. Hvem repræsenterer Mosevang? Tak 🙏", [STRANDGAARD, VINTERBERG], "da"),
    ("Jeg skriver et notat til min chef. Hvem repræsenterer Krageby?", [FALKESEN], "da"),
    ("I am preparing a briefing for my team. Who chairs the group?", [KVISTGAARD], "en"),
    ("Quick question for you - who represents Søholt?", [BRANDTOFT], "en"),
    ("please answer in English: hvem repræsenterer Lyngholt?", [RAVNKILDE, "utilities director"], "en"),
    ("svar på dansk: who chairs the group?", [KVISTGAARD, "Formand for styregruppen"], "da"),
    ("hvem repræsenterer Lyngholt? in English please", [RAVNKILDE, "utilities director"], "en"),
    ("who chairs the group? på dansk tak", [KVISTGAARD, "Formand for styregruppen"], "da"),
    ("hvem repræsenterer Lyngholt? svar på engelsk", [RAVNKILDE, "utilities director"], "en"),
    ("hvem er formand? svar paa engelsk tak", [KVISTGAARD, "chaired"], "en"),
    # a relative "hvor" in the preamble is no question of its own
    (
        "Til et notat, hvor formanden takker for arbejdet, skal titlen være rigtig: hvilken titel har Falkesen?",
        ["forsyningsdirektør"],
        "da",
    ),
    ("Hvem repræsenterer Søholt? På forhånd mange tak.", [BRANDTOFT], "da"),
]


@pytest.mark.parametrize(("question", "contains", "language"), COURTESY)
def test_courtesy_around_a_question_never_decides_its_answer_but_a_requested_language_does(
    fixture_engine: Engine, question: str, contains: list[str], language: str
) -> None:
    check(fixture_engine.ask(question), contains=contains, language=language)


ONLY_COURTESY = [
    ("thanks, that was useful!", "thanks", "en"),
    ("thanks a lot, that was helpful", "thanks", "en"),
    ("mange tak, det var lige hvad jeg skulle bruge til mødet", "thanks", "da"),
    ("nice one 👍 tak", "thanks", None),
    ("god morgen allesammen 👋", "greeting", "da"),
    ("Hello from Reykjavik!", "greeting", "en"),
    ("Goddag, jeg arbejder med vand i en kommune", "greeting", "da"),
    ("det var en stor hjælp tak", "thanks", "da"),  # a remark before a closing "tak" thanks
    ("på forhånd tak", "thanks", "da"),
    ("thanks in advance", "thanks", "en"),
    ("@lakebot 👋", "greeting", None),
    ("hej alle 👋", "greeting", "da"),
    # whom a greeting or thanks is said to is no question about the members
    ("good morning everyone @lakebot ☕", "greeting", "en"),
    ("hello everybody", "greeting", "en"),
    ("tak alle sammen", "thanks", "da"),
    ("kan du svare på dansk?", "reply-language", "da"),
    ("can you answer in English?", "reply-language", "en"),
    ("hej, hvad kan du?", "help", "da"),
    ("hi, what can you do?", "help", "en"),
    # a greeting, then a remark that asks nothing
    ("Goddag. Jeg skal senere bruge dig til et notat.", "greeting", "da"),
    ("Good morning. I will use you for a briefing later today.", "greeting", "en"),
    # a question about the bot after a preamble
    ("Before I start, I would like to know, what can you do?", "help", "en"),
]


@pytest.mark.parametrize("message", ["thanks mate, tusen takk 🙏", "Tusen takk for hjelpen!", "cheers buddy"])
def test_thanks_said_to_a_mate_or_with_a_norwegian_thousand_is_courtesy(message: str) -> None:
    thanked = courtesy(message)
    assert thanked is not None and thanked.kind == THANKS


@pytest.mark.parametrize("message", ["Tak skal du have", "tak skal I have, det var nyttigt"])
def test_tak_skal_du_have_is_thanks_said_in_full_with_nothing_left_over_of_it(message: str) -> None:
    thanked = courtesy(message)
    assert thanked is not None and thanked.kind == THANKS and "skal" not in thanked.rest.split(), thanked


@pytest.mark.parametrize(("question", "entry", "language"), ONLY_COURTESY)
def test_a_greeting_or_thanks_that_asks_nothing_is_small_talk_whatever_else_it_says(
    fixture_engine: Engine, question: str, entry: str, language: str | None
) -> None:
    answer = fixture_engine.ask(question)
    assert (answer.outcome, answer.source) == ("smalltalk", entry), (answer.source, answer.text)
    if language is not None:
        assert answer.language == language


@pytest.mark.parametrize(
    ("question", "contains"),
    [
        ("Hello from Krageby!", [FALKESEN]),
        ("tak! hvem repræsenterer Søholt?", [BRANDTOFT]),
        ("thanks, and who chairs the group", [KVISTGAARD]),
        ("pls 🙏 what's theme 2 again, sry", ["Færre ledningstab"]),
    ],
)
def test_a_greeting_or_thanks_beside_a_question_the_knowledge_answers_gets_the_answer(
    fixture_engine: Engine, question: str, contains: list[str]
) -> None:
    check(fixture_engine.ask(question), contains=contains)


def test_a_closing_tak_after_a_request_is_please_so_an_off_topic_request_gets_no_answer(
    fixture_engine: Engine,
) -> None:
    assert fixture_engine.ask("opskrift på æbleskiver tak").outcome == "fallback"


@pytest.mark.parametrize(
    "question", ["translate 'good morning' into German", "👍", "translate thank you into German", "say hello to Søren"]
)
def test_a_quoted_or_mentioned_greeting_or_a_thumbs_up_alone_is_no_small_talk(
    fixture_engine: Engine, question: str
) -> None:
    assert fixture_engine.ask(question).outcome != "smalltalk"


# -- pronouns -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "hvor kommer han fra?",
        "hvad er hans titel?",
        "hvad laver hun?",
        "where is she from?",
        "what is her title?",
        pytest.param("er hun fra Krageby?"),
        "who does she work for?",  # "who" asks whom she works for; it names no one
        "hvem arbejder han for?",
    ],
)
def test_a_pronoun_with_nobody_named_gets_who_do_you_mean_and_no_members_data(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert not answer.answered and answer.source == "clarify", answer.text
    assert not any(has(answer.text, name) for name in EVERYONE), answer.text


@pytest.mark.parametrize(
    ("question", "passage_word"),
    [
        # a paragraph found by where it stands
        ("hvad står der i indledningen?", "Søvandsrådets fælles vandplan"),
        ("What does the article's lead paragraph (the text right under the date) say?", "Søvandsrådets"),
        ("hvordan lyder Rasmus Kvistgaards første citat?", "utætte"),
        ("what did Kvistgaard say at the end?", "stor tak"),
    ],
)
def test_a_paragraph_asked_for_by_where_it_stands_is_that_paragraph(
    fixture_engine: Engine, question: str, passage_word: str
) -> None:
    check(fixture_engine.ask(question), contains=[passage_word])


@pytest.mark.parametrize(
    ("question", "passage_word"),
    [
        ("what did he say about the leaking pipes?", "utætte"),
        ("hvad siger han om skybruddene?", "Skybruddene"),
        ("Which figure does he quote for the savings?", "2,4"),
    ],
)
def test_a_pronoun_asking_what_was_said_about_a_topic_means_the_one_person_the_article_quotes(
    fixture_engine: Engine, question: str, passage_word: str
) -> None:
    check(fixture_engine.ask(question), contains=[passage_word])


@pytest.mark.parametrize(
    "question",
    [
        "Hvad siger Ingrid Falkesen om skybruddene?",
        "what does LWB's miljøchef say about the leaking pipes?",
        "It was Helle Birkmose who said the loss must be halved, right?",
    ],
)
def test_what_a_member_the_article_never_quotes_says_is_answered_with_who_is_quoted(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    check(answer, contains=["Rasmus Kvistgaard"])
    assert answer.outcome == "negative" and verdict(answer) in NO, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "who is quoted, Falkesen or Kvistgaard?",
        "Hvem bliver citeret i artiklen – miljøchefen fra LWB eller forskningschefen fra ARI?",
    ],
)
def test_which_of_several_people_is_quoted_is_answered_with_who_the_article_quotes(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    check(answer, contains=["Rasmus Kvistgaard"], lacks=["Falkesen", "Birkmose"])


def test_whom_a_speaker_thanked_is_confirmed_only_for_whom_the_paragraph_thanks(fixture_engine: Engine) -> None:
    thanked_old = fixture_engine.ask("ARI's head of research thanked the old water group, right?")
    thanked_new = fixture_engine.ask("ARI's head of research thanked the new group, right?")
    assert verdict(thanked_old) == "yes", thanked_old.text
    assert verdict(thanked_new) not in YES, thanked_new.text


def test_what_the_article_says_of_a_member_is_no_question_of_what_the_member_said(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Does the article say when the group Ingrid Falkesen sits in will first meet?")
    assert answer.source != "fact:speakers" and not has(answer.text, "quoted"), answer.text


def test_a_summary_that_says_something_of_a_member_is_no_question_of_what_the_member_said(
    fixture_engine: Engine,
) -> None:
    check(
        fixture_engine.ask("The summary says Ingrid Falkesen is from Lyngholt. Correct?"),
        start="no",
        contains=["Krageby"],
    )


@pytest.mark.parametrize("question", ["what did he say?", "hvad sagde han om det?", "hvad sagde han saa?"])
def test_a_pronoun_asking_what_was_said_about_nothing_in_particular_still_gets_who_do_you_mean(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert not answer.answered and answer.source == "clarify", answer.text


@pytest.mark.parametrize(
    ("question", "contains"),
    [
        ("who's the ARI guy in the group lol", ["Rasmus Kvistgaard"]),
        ("hvem er LWB-damen i styregruppen", ["Helle Birkmose"]),
        ("hvad hedder tema 2 præcist", ["Færre ledningstab"]),
        ("hvem er m fra Krageby", ["Ingrid Falkesen"]),
        ("krageby hvem er med derfra", ["Ingrid Falkesen"]),
        ("Hvem repræsenterer henholdsvis Lyngholt og Søholt i styregruppen?", ["Tobias Ravnkilde", "Aksel Brandtoft"]),
        ("hvem repræsenterer vores nabokommune Søholt?", ["Aksel Brandtoft"]),
        ("Of Rasmus Kvistgaard and Helle Birkmose, which one chairs the group?", ["Rasmus Kvistgaard"]),
        ("hvem er forskningschef derinde?", ["Rasmus Kvistgaard"]),
        ("Besparelsen var vel på omkring 3,5 mia. kr. dengang?", ["Nej", "2,4 mia"]),
        ("hvor mange er med i styregruppen ca", ["6 medlemmer"]),
        ("Er LWB ligeledes repræsenteret i styregruppen?", ["Helle Birkmose"]),
    ],
)
def test_chat_words_around_a_plain_look_up_do_not_stop_it_being_answered(
    fixture_engine: Engine, question: str, contains: list[str]
) -> None:
    check(fixture_engine.ask(question), contains=contains)


@pytest.mark.parametrize(
    ("question", "contains"),
    [
        ("Jeg er ny i byrådet i Krageby. Hvem repræsenterer vores kommune i styregruppen?", ["Ingrid Falkesen"]),
        ("I work for Lyngholt. What is the title of our representative?", ["Tobias Ravnkilde", "utilities director"]),
        ("Hej, jeg sidder i Søholt kommunalbestyrelse. Hvem er min kommunes repræsentant?", ["Aksel Brandtoft"]),
    ],
)
def test_the_askers_own_municipality_is_the_one_their_message_named_before(
    fixture_engine: Engine, question: str, contains: list[str]
) -> None:
    check(fixture_engine.ask(question), contains=contains)


@pytest.mark.parametrize(
    ("question", "member"),
    [
        ("hvem sidder med derude fra Krageby?", True),
        ("who from lovely Søholt is in the group?", True),
        ("hvem er nabo til Krageby?", False),  # no word of the group: not who represents it
        ("who lives in Krageby?", False),
        ("hvem er skolechef i Krageby?", False),  # a job the member does not hold
        ("who is the mayor of Krageby?", False),
    ],
)
def test_who_represents_a_place_is_answered_beside_a_word_never_seen_but_not_beside_a_job_or_no_word_of_the_group(
    fixture_engine: Engine, question: str, member: bool
) -> None:
    answer = fixture_engine.ask(question)
    named = has(answer.text, "Ingrid Falkesen") or has(answer.text, "Aksel Brandtoft")
    assert (answer.outcome == "answer" and named) is member, answer.text


def test_the_askers_own_municipality_is_no_member_when_the_message_never_names_it(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Hvem repræsenterer vores kommune?")
    assert sum(has(answer.text, name) for name in EVERYONE) != 1, answer.text


# -- nothing of the real article is written into bot/ ------------------------------------------


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("Who chairs the newly established steering group?", "chair"),
        ("hvem er formand for den nyligt nedsatte styregruppe", "chair"),
        ("who established the steering group?", "set-up-by"),
        ("hvem har nedsat styregruppen?", "set-up-by"),
    ],
)
def test_the_group_described_by_how_it_came_about_is_still_the_group_not_a_question_of_who_set_it_up(
    fixture_engine: Engine, question: str, source: str
) -> None:
    assert fixture_engine.ask(question).source == source


@pytest.mark.parametrize(
    "question",
    ["who chairs the group?", "Who chairs the steering group?", "hvem er formand?", "hvem bestemmer i gruppen?"],
)
def test_who_chairs_the_group_is_answered_with_the_fixture_chair_not_the_real_one(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    check(answer, contains=["Rasmus Kvistgaard", "forskningschef", "ARI"], lacks=["Morten Mandøe", "KL"])
    assert answer.source == "chair"


@functools.cache
def _real_article_markers() -> tuple[str, ...]:
    """Names, titles, dates and phrases of the shipped knowledge (the real article), none of
    which the invented fixture uses."""
    real = load_knowledge()
    markers = [p.name for p in real.people] + [s.organisation for s in real.seats]
    markers += [s.municipality for s in real.seats if s.municipality]
    markers += [name for o in real.organisations for name in (o.short, o.name.da, o.name.en)]
    markers += [real.article.date, real.strategy.period, real.strategy.name.da, real.strategy.name.en]
    markers += [real.agreements.name.da, real.agreements.name.en, *(t.title.da for t in real.strategy.themes)]
    return (*markers, "indkøbsstrategi", "indkøbsstrategien", "procurement strategy", "forpligtende aftaler")


ABOUT_THE_INVENTED_GROUP = [
    "who chairs the group?",
    "hvem sidder i styregruppen?",
    "how many members does the group have?",
    "which municipalities are in the group?",
    "hvor mange kommuner er med i styregruppen?",
    "who represents Krageby?",
    "is Egemose in the group?",
    "which organisations are in the group?",
    "what is ARI?",
    "who runs ARI?",
    "who set up the steering group?",
    "how many themes does the water plan have?",
    "when was the water plan adopted?",
    "how much have the pipe agreements saved?",
    "what is the article about?",
    "Kvistgaard er formand, ikk?",
    "how many utilities directors are there?",
    "who has 'chef' in their title?",
    "are Falkesen and Ravnkilde from the same municipality?",
    "Er Søren Hedegaard medlem af styregruppen?",
    "what is Krageby's budget?",
    "what does Kvistgaard say about the leaking pipes?",
    "when does the steering group meet?",
    "what does forsyningsdirektør mean?",
    "theme 7",
    "how much was saved in 2016?",
    "hello",
    "help",
    pytest.param("who is Ingrid Falkesen?"),
    pytest.param("hvem er Aksel Brandtoft?"),
    pytest.param("Falkesen er fra Lyngholt, ikk?"),
    pytest.param("what is Ingrid Falkesen's salary?"),
    pytest.param("what are the themes?"),
    pytest.param("hvilke temaer har vandplanen?"),
    pytest.param("tema 2"),
    pytest.param("which theme is about climate?"),
    pytest.param("hvor kommer han fra?"),
    pytest.param("hvem er Søren Hedegaard?"),
    pytest.param("what time is it"),
]


@pytest.mark.parametrize("question", ABOUT_THE_INVENTED_GROUP)
def test_no_answer_about_the_invented_group_names_anything_of_the_real_article(
    fixture_engine: Engine, question: str
) -> None:
    text = fixture_engine.ask(question).text
    assert [m for m in _real_article_markers() if has(text, m)] == [], text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        pytest.param("hvor mange temaer har vandplanen?", "3 (tre)"),
        pytest.param("how many themes does the water plan have?", "3 (three)"),
    ],
)
def test_the_number_of_themes_is_also_said_in_words(fixture_engine: Engine, question: str, said: str) -> None:
    assert said in fixture_engine.ask(question).text


# -- robustness: invisible characters and any text at all -------------------------------------


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("\ufeffwho chairs the group?", "who chairs the group?"),
        ("hvem\u00a0er\u00a0formand?", "hvem er formand?"),
        ("Kvistgaard\u200d er fra ARI, ikk?", "Kvistgaard er fra ARI, ikk?"),
        ("\u202ehvem er formand?", "hvem er formand?"),
        ("hvem er formand?\x00", "hvem er formand?"),
        pytest.param("Kvist\u200bgaard er formand?", "Kvistgaard er formand?"),
        pytest.param("Kvist\u00adgaard er formand?", "Kvistgaard er formand?"),
        pytest.param("who is Falke\u2060sen?", "who is Falkesen?"),
        pytest.param("hvem repræsenterer Krage\u200bby?", "hvem repræsenterer Krageby?"),
    ],
)
def test_invisible_and_control_characters_do_not_change_the_answer(
    fixture_engine: Engine, typed: str, meant: str
) -> None:
    assert fixture_engine.ask(typed).text == fixture_engine.ask(meant).text


SPECIAL_CHARACTERS = [
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\x85",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u202e",
    "\u2028",
    "\ud800",
    "\udfff",
    "\u0301",
    "😀",
    "🙏",
    "👍",
    "\U0001f3fd",  # skin tone modifier
    "\U0001f1e9",  # regional indicators: 🇩🇰 is two of them
    "\U0001f1f0",
]
ANY_CHARACTER = st.one_of(st.characters(exclude_categories=()), st.sampled_from(SPECIAL_CHARACTERS))
"""Every code point, lone surrogates and control characters included, and a few known troublemakers
(one code point each: an alphabet for ``st.text``)."""


QUESTION_PIECES = [
    "hvem",
    "who",
    "er",
    "is",
    "fra",
    "from",
    "ikk?",
    "right?",
    "=",
    "?",
    "+",
    "og",
    "and",
    "tema",
    "theme",
    "3",
    "2,4 mia",
    "samme",
    "same",
    "ikke",
    "not",
    "hvor mange",
    "how many",
    "i titlen",
    "in their title",
    "uden for",
    "outside",
    "han",
    "she",
    "tak",
    "thx",
    "@bot",
    "please answer in English:",
    "siger",
    "say",
    "about",
    "2026",
    "marts",
    "tre",
]


def _fixture_words(k: Knowledge) -> list[str]:
    """The fixture's names, titles and places, the words questions are built of, and odd characters."""
    words = [w for p in k.people for w in (p.name, *p.name.split(), p.title.da, p.title.en)]
    words += [m.name for m in k.municipalities] + [o.short for o in k.organisations]
    return [*words, *QUESTION_PIECES, *SPECIAL_CHARACTERS]


def _answers_sanely(answer: Answer) -> None:
    assert answer.language in ("da", "en")
    assert answer.text.strip()
    assert 0 <= answer.confidence <= 100


HYPOTHESIS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@HYPOTHESIS
@given(text=st.text(alphabet=ANY_CHARACTER, max_size=400), hint=st.sampled_from([None, "da", "en"]))
def test_no_text_at_all_makes_the_fixture_engine_raise(fixture_engine: Engine, text: str, hint: Lang | None) -> None:
    _answers_sanely(fixture_engine.ask(text, hint))


@HYPOTHESIS
@given(piece=st.text(alphabet=ANY_CHARACTER, min_size=1, max_size=12), times=st.integers(30, 2_000))
def test_a_very_long_message_is_answered_without_error(fixture_engine: Engine, piece: str, times: int) -> None:
    _answers_sanely(fixture_engine.ask(piece * times))


@pytest.mark.parametrize(
    "text",
    # a name said again after a pronoun, beside a theme word: read as a correction naming no seat
    ["han ikk? Ingrid Falkesen Ingrid Falkesen tema Ingrid Falkesen"],
)
def test_mixes_hypothesis_once_found_raising_get_a_sane_answer(fixture_engine: Engine, text: str) -> None:
    _answers_sanely(fixture_engine.ask(text))


@HYPOTHESIS
@given(data=st.data())
def test_any_mix_of_the_fixtures_names_and_question_words_gets_a_sane_answer(
    fixture_engine: Engine, data: st.DataObject
) -> None:
    words = data.draw(st.lists(st.sampled_from(_fixture_words(fixture_engine.knowledge)), max_size=14))
    hint = data.draw(st.sampled_from([None, "da", "en"]))
    _answers_sanely(fixture_engine.ask(" ".join(words), hint))


# -- the same engine over variants of the fixture the schema allows -------------------------


@pytest.fixture(scope="module")
def seatless_engine(fixture_engine: Engine) -> Engine:
    """The fixture without LWB's seat: LWB is still an organisation (it set the group up), as
    knowledge/README.md allows, but nobody sits for it."""
    k = fixture_engine.knowledge
    return Engine(replace(k, seats=tuple(s for s in k.seats if s.organisation_id != "lwb")))


@pytest.mark.parametrize(
    "question",
    [
        "what is LWB?",
        "the steering group was set up by LWB?",
        "who set up the steering group?",
        "who represents LWB?",
        "is LWB in the group?",
        "who runs LWB?",
        "hvem leder LWB?",
        "Kvistgaard = LWB?",
        "Kvistgaard works for LWB, right?",
    ],
)
def test_an_organisation_without_a_seat_is_answered_without_error_and_never_gets_a_member(
    seatless_engine: Engine, question: str
) -> None:
    answer = seatless_engine.ask(question)
    assert answer.text and not has(answer.text, BIRKMOSE)
    assert verdict(answer) not in YES or "set up" in question, answer.text


@pytest.fixture(scope="module")
def three_in_a_seat_engine(fixture_engine: Engine) -> Engine:
    """The fixture with a third person in Mosevang's seat."""
    k = fixture_engine.knowledge
    seats = tuple(
        replace(s, people=(*s.people, Person("Nanna Oddershede", Bilingual("vandchef", "water manager"), s.id)))
        if s.id == "mosevang"
        else s
        for s in k.seats
    )
    return Engine(replace(k, seats=seats))


@pytest.mark.parametrize(
    "question",
    [
        bug(
            "how many members does the group have?",
            reason="a seat of three is said to name 'two people (Helle Strandgaard and Jonas Vinterberg and Nanna "
            "Oddershede)' (FactRenderer.member_count writes 'two'; it also names only the first shared seat)",
        ),
        bug("hvor mange medlemmer har styregruppen?", reason="as above: 'plads nævner to personer (… og … og …)'"),
    ],
)
def test_the_member_count_says_how_many_people_a_shared_seat_names(
    three_in_a_seat_engine: Engine, question: str
) -> None:
    text = three_in_a_seat_engine.ask(question).text
    assert has(text, "Nanna Oddershede") and not (has(text, "two people") or has(text, "to personer")), text


# -- peers: members picked by how they relate to the rest ------------------------------------

PEERS = [
    ("who else has the same title as Ingrid Falkesen?", ["Tobias Ravnkilde"], ["Helle Strandgaard"]),
    ("hvor mange andre har samme titel som Aksel Brandtoft", ["Én anden", "Helle Strandgaard"], ["Ingrid"]),
    ("Which other members share Jonas Vinterberg's title?", ["No one else"], ["Tobias"]),
    # the member named owns the title asked about; who holds it is who else does
    ("hvem har Aksel Brandtofts titel?", ["Helle Strandgaard"], ["Ingrid"]),
    ("who holds Ingrid Falkesen's title?", ["Tobias Ravnkilde"], ["Helle"]),
    ("Who in the group does not come from a municipality?", ["Helle Birkmose", "Rasmus Kvistgaard"], ["Falkesen"]),
    ("hvem kommer ikke fra en kommune", ["Helle Birkmose", "Rasmus Kvistgaard"], ["Falkesen"]),
    ("which members are from outside the municipalities?", ["Helle Birkmose", "Rasmus Kvistgaard"], ["Falkesen"]),
    ("hvem kommer udenfor kommunerne?", ["Helle Birkmose", "Rasmus Kvistgaard"], ["Falkesen"]),
]


@pytest.mark.parametrize(("question", "contains", "lacks"), PEERS)
def test_members_are_picked_by_sharing_a_title_or_not_sitting_for_a_municipality(
    fixture_engine: Engine, question: str, contains: list[str], lacks: list[str]
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered
    for text in contains:
        assert text in answer.text
    for text in lacks:
        assert text not in answer.text


@pytest.mark.parametrize(
    "question", ["What does Mette Frederiksen say about the water plan?", "hvad siger Danske Regioner om vandplanen?"]
)
def test_what_someone_the_article_never_names_says_is_not_quoted(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert not answer.answered
    assert answer.source is None or not answer.source.startswith("passage:")


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("er Falkesen ikke medlem?", "Jo."),
        ("Is Ingrid Falkesen not from a municipality?", "Yes."),
        ("er Falkesen ikke fra Søholt?", "Nej."),
        ("men er Falkesen ikke fra Krageby?", "Jo."),
        # an interjection before the verb ("wait, …", "hov, …") still opens a leading question
        ("wait, isn't Falkesen from Søholt?", "No."),
        ("hov, er Falkesen ikke fra Krageby?", "Jo."),
        # a past verb opens one as "var" does
        ("kom Falkesen ikke fra Søholt?", "Nej."),
        ("kom Falkesen ikke fra Krageby?", "Jo."),
        ("sad Falkesen ikke for Krageby?", "Jo."),
        # a claim put up in a frame that doubts it
        ("det er vel ikke rigtigt at Falkesen er fra Krageby?", "Jo."),
        ("it's not true that Ingrid Falkesen is from Søholt, is it?", "No."),
        ("det passer vel ikke at Falkesen er fra Søholt?", "Nej."),
        ("det stemmer vel ikke at Falkesen er fra Krageby?", "Jo."),
        # a cleft doubted: "surely it isn't Falkesen who …?"
        ("det er vel ikke Falkesen der er fra Krageby?", "Jo."),
        ("det er vel ikke Falkesen der er fra Søholt?", "Nej."),
        # "mon ikke …?" presumes the claim ("surely …")
        ("mon ikke Falkesen er fra Krageby?", "Jo."),
    ],
)
def test_a_leading_question_is_answered_as_the_claim_it_leads_to_and_a_danish_yes_to_it_is_jo(
    fixture_engine: Engine, question: str, opening: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.text.startswith(opening) and "Ingrid Falkesen" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # a negation inside a clause or after a quantifier filters; it asks for who is not
        ("er der nogen der ikke er vandchef?", "Ingrid Falkesen"),
        ("is anyone not from a municipality?", "Helle Birkmose"),
    ],
)
def test_a_negation_that_filters_is_kept_when_the_question_opens_with_its_verb(
    fixture_engine: Engine, question: str, shown: str
) -> None:
    answer = fixture_engine.ask(question)
    assert shown in answer.text and verdict(answer) is None, answer.text


@pytest.mark.parametrize(
    ("question", "contains"),
    [
        ("who else comes from the same municipality as Helle Strandgaard?", "Jonas Vinterberg"),
        ("hvem sidder for samme kommune som Ingrid Falkesen", "Ingen andre"),
    ],
)
def test_the_others_from_a_members_place_are_listed_or_said_to_be_none(
    fixture_engine: Engine, question: str, contains: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered
    assert contains in answer.text


@pytest.mark.parametrize("question", ["hvad sagde Rasmus Kvistgaard?", "what did Kvistgaard say?"])
def test_what_a_speaker_said_without_a_topic_quotes_their_first_paragraph(
    fixture_engine: Engine, question: str
) -> None:
    assert fixture_engine.ask(question).source == "passage:chair-leaks"


def test_a_quote_about_working_together_is_no_comparison(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("hvad siger Rasmus Kvistgaard om hvordan forsyningerne arbejder sammen")
    assert answer.source is None or answer.source != "fact:peers"


def test_a_theme_claim_naming_also_another_themes_title_word_gets_the_facts_without_a_verdict(
    fixture_engine: Engine,
) -> None:
    answer = fixture_engine.ask("theme 1 is about clean water along the shore, right?")
    assert answer.text.startswith("Theme 1"), answer.text


def test_a_negated_part_of_a_title_lists_the_members_without_it(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Hvem i gruppen har IKKE ordet 'direktør' i titlen?")
    for name in ("Jonas Vinterberg", "Helle Birkmose", "Rasmus Kvistgaard"):
        assert name in answer.text
    assert "Ingrid Falkesen" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "who is Anne Falkesen?",
        "what's Per Ravnkilde's role",
        "hvad siger Henrik Kvistgaard fra ARI i artiklen?",
        # opening the message, where a capital alone would be grammar
        "Henrik Kvistgaard er fra ARI, ikk?",
        "Anne Falkesen is a director, right?",
    ],
)
def test_a_members_surname_beside_an_unknown_first_name_is_someone_else(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert not answer.answered
    assert all(name not in answer.text for name in ("Ingrid Falkesen", "Tobias Ravnkilde", "Rasmus Kvistgaard"))


def test_a_member_named_in_full_after_a_greeting_is_still_the_member(fixture_engine: Engine) -> None:
    assert "Krageby" in fixture_engine.ask("Hej, hvem er Ingrid Falkesen?").text


def test_members_from_places_spelt_some_way_are_listed_whatever_comes_before_whose(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("list the members from municipalities whose names start with K")
    assert "Ingrid Falkesen" in answer.text


def test_a_title_beside_places_spelt_some_way_keeps_only_its_holders_there(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("forsyningsdirektører fra kommuner der starter med K?")
    check(answer, contains=["Ingrid Falkesen"], lacks=["Tobias Ravnkilde"])


@pytest.mark.parametrize("question", ["Which member has a hyphenated surname?", "hvem har bindestreg i navnet?"])
def test_members_with_a_hyphen_in_their_name_are_none_when_no_name_has_one(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.outcome == "negative" and not any(has(answer.text, name) for name in EVERYONE), answer.text


def test_a_quoted_paragraphs_gloss_naming_its_speaker_is_no_evidence_of_who_did_something(
    fixture_engine: Engine,
) -> None:
    organisations = fixture_engine.knowledge.organisations
    ari = next(o for o in organisations if o.short == "ARI")
    claim = claims.Claimed(quantities=(), months=frozenset(), organisations=(ari,), denied=(), strangers=())
    gloss = "Rasmus Kvistgaard, head of research at ARI: the loss must be halved."
    words = "Det tab skal vi halvere, før planen udløber."
    assert claims.judge(claim, gloss, "en", organisations, whole=True, organisations_in=words) is not True
    assert claims.judge(claim, gloss, "en", organisations, whole=True, organisations_in=gloss) is True


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who is first on the member list?", "Ingrid Falkesen"),
        ("hvem står som nummer 3 på listen?", "Helle Strandgaard"),
        ("Hvem står som nummer fem på medlemslisten?", "Helle Birkmose"),  # the number as a word
        ("who is last on the list?", "Rasmus Kvistgaard"),
        ("who is 20th on the list?", "6 seats"),
    ],
)
def test_a_place_on_the_member_list_names_the_member_there(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    assert expected in fixture_engine.ask(question).text


def test_an_owner_typed_with_a_possessive_s_and_no_apostrophe_still_only_names_what_it_owns(
    fixture_engine: Engine,
) -> None:
    assert "Rent drikkevand til alle" in fixture_engine.ask("hvad er det forste tema i LWBs vandplan?").text


def test_which_one_is_a_title_asks_for_its_holder_not_the_titles_meaning(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("which one is a vandchef?")
    assert "Jonas Vinterberg" in answer.text


@pytest.mark.parametrize("question", ["er han formand?", "is she the chair?", "er hun formand, ikk?"])
def test_a_claim_about_an_unnamed_he_or_she_asks_who_is_meant_instead_of_confirming_the_chair(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert verdict(answer) is None, answer.text
    assert not answer.answered and answer.source == "clarify", answer.text


@pytest.mark.parametrize(
    ("question", "contains"),
    [
        ("Which municipality is Jonas Vinterberg the water manager of?", ["Mosevang"]),
        ("lol whos Jonas Vinterberg", ["Mosevang"]),
    ],
)
def test_a_question_about_a_member_using_their_own_title_words_or_chat_filler_gets_their_facts(
    fixture_engine: Engine, question: str, contains: list[str]
) -> None:
    check(fixture_engine.ask(question), contains=contains)


@pytest.mark.parametrize(
    "question",
    [
        "is Jonas Vinterberg a director?",  # a vandchef: "director" is another kind of job
        "is Ingrid Falkesen the head of research?",
        "er Jonas Vinterberg direktør?",
    ],
)
def test_a_job_word_in_a_yes_no_question_about_a_member_never_gets_a_yes_it_was_not_checked_for(
    fixture_engine: Engine, question: str
) -> None:
    assert verdict(fixture_engine.ask(question)) not in YES


@pytest.mark.parametrize("question", ["which environment does Helle Birkmose head?", "hvad hedder Vinterbergs vand"])
def test_asking_which_particular_thing_a_members_title_names_is_not_in_the_article(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.outcome == "not_in_article", answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("søbredden skal kunne tage imod regnvandet, ikk?", "ja"),
        ("regnvandet skal kunne tage imod søbredden, ikk?", None),  # the same words, the other way round
        ("søbredden skal kunne tage imod skybruddene, ikk?", None),  # two clauses mixed into one claim
    ],
)
def test_a_claim_restating_a_quoted_paragraph_is_confirmed_only_in_the_paragraphs_own_order(
    fixture_engine: Engine, question: str, expected: str | None
) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


def test_a_later_part_of_a_compound_question_that_leans_on_the_first_is_read_as_its_follow_up(
    fixture_engine: Engine,
) -> None:
    answer = fixture_engine.ask("what does the water plan aim at and when was it adopted?")
    check(answer, contains=["clean", "March 2031"])


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hvad er Ingrid Falkesens titel? hun er fra Krageby", "Ja."),
        ("hvad er Ingrid Falkesens titel? hun er fra Søholt", "Nej."),
    ],
)
def test_a_he_or_she_in_a_later_part_of_a_message_is_the_member_the_first_part_named(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    # Alone, "hun er fra Søholt" would answer who represents Søholt.
    answer = fixture_engine.ask(question)
    assert "forsyningsdirektør" in answer.text and f"\n\n{expected}" in answer.text, answer.text


@pytest.mark.parametrize("question", ["og hvem sagde det om besparelsen?", "and who said that about the savings?"])
def test_an_and_opening_a_question_is_only_the_turn_of_the_conversation(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert KVISTGAARD in answer.text and verdict(answer) is None, answer.text


def test_a_guess_trailing_a_question_unpunctuated_does_not_turn_it_into_a_gap(fixture_engine: Engine) -> None:
    # "…titel hun er fra krageby tror jeg": "tror jeg" is the asker's doubt, no subject of its own.
    answer = fixture_engine.ask("hvad er ingrid falkesens titel hun er fra krageby tror jeg")
    assert answer.outcome == "answer" and "forsyningsdirektør" in answer.text, answer.text


@pytest.mark.parametrize("question", ["Jonas Vinterberg Mosevang ik", "krageby sender ingrid falkesen ikk?"])
def test_a_danish_tag_alone_beside_names_makes_the_answer_danish(fixture_engine: Engine, question: str) -> None:
    assert fixture_engine.ask(question).language == "da"


def test_the_same_question_asked_twice_gets_the_same_answer_even_after_a_caller_changed_the_first_mentions(
    fixture_engine: Engine,
) -> None:
    from bot.core.normalize import word_pairs

    words = word_pairs("hvem er Jonas Vinterberg?")
    first = fixture_engine.recognizer.find(words)
    first.clear()
    assert fixture_engine.recognizer.find(words), "remembered mentions must not share the caller's list"
    assert fixture_engine.ask("hvem er Jonas Vinterberg?").text == fixture_engine.ask("hvem er Jonas Vinterberg?").text


@pytest.mark.parametrize(
    ("question", "contains", "lacks"),
    [
        ("what is falkeson's title?", ["Ingrid Falkesen"], []),
        ("who is rasmis kvistgaard?", ["Rasmus Kvistgaard"], []),
        ("what does Rasmis do?", ["Rasmus Kvistgaard"], []),
        ("who is jonah?", [], ["Vinterberg"]),
        ("can you recommend hells in Krageby?", [], ["Helle"]),
    ],
)
def test_a_near_miss_of_a_name_part_needs_a_capital_a_name_beside_it_or_a_close_match(
    fixture_engine: Engine, question: str, contains: list[str], lacks: list[str]
) -> None:
    """A lower-case word two letters from a name part ("jonah", "hells") is a word of its
    own, not the member; a closer typo ("falkeson"), one beside an exact name part, or one
    typed with a capital mid-sentence is still the member."""
    answer = fixture_engine.ask(question)
    for part in contains:
        assert part in answer.text, answer.text
    for part in lacks:
        assert part not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "contains"),
    [
        ("ARI is represented in the group, correct?", ["Rasmus Kvistgaard"]),
        ("LWB has a seat in the group, right?", ["Helle Birkmose"]),
        ("Søholt er med i styregruppen, ikk?", ["Aksel Brandtoft"]),
    ],
)
def test_a_seat_claimed_with_a_trailing_tag_is_confirmed_as_when_asked(
    fixture_engine: Engine, question: str, contains: list[str]
) -> None:
    answer = fixture_engine.ask(question)
    check(answer, contains=contains)
    assert verdict(answer) in ("yes", "ja"), answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Krageby og Søholt er med, ikk?", "ja"),
        ("Krageby and Søholt are in, right?", "yes"),
        ("Krageby og Odense er med, ikk?", "nej"),
        ("Krageby and Odense are in, right?", "no"),
        # a "but" opening the claim is only the turn of the conversation
        ("men Krageby og Søholt er med, ikk?", "ja"),
        ("but Krageby is in the group, right?", "yes"),
    ],
)
def test_places_claimed_to_be_in_by_a_bare_med_or_in_get_a_verdict_for_all_of_them(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


def test_a_place_put_in_somewhere_the_article_does_not_name_gets_no_verdict(fixture_engine: Engine) -> None:
    assert verdict(fixture_engine.ask("is Krageby in Jutland?")) is None


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("can you confirm whether Krageby is represented?", "yes"),
        ("confirm whether Falkesen is from Søholt", "no"),
        ("please confirm that Falkesen is from Krageby", "yes"),
        ("Could you verify whether Falkesen is from Krageby?", "yes"),
        ("bekræft venligst at Falkesen er fra Søholt", "nej"),
    ],
)
def test_a_request_to_confirm_or_verify_whether_a_claim_holds_checks_the_claim(
    fixture_engine: Engine, request_: str, expected: str
) -> None:
    assert verdict(fixture_engine.ask(request_)) == expected


@pytest.mark.parametrize("question", ["So Jens Hansen chairs the group, right?", "Er Jens Hansen formand?"])
def test_a_stranger_claimed_to_chair_gets_a_no_and_the_real_chair(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.outcome == "negative", answer.text
    assert KVISTGAARD in answer.text


@pytest.mark.parametrize(
    ("question", "member", "other_holder"),
    [
        ("hvem er teknik- og miljødirektør i Krageby?", "Ingrid Falkesen", "Helle Strandgaard"),
        ("who is the utilities director of Mosevang?", "Helle Strandgaard", "Tobias Ravnkilde"),
    ],
)
def test_a_title_asked_of_a_place_whose_member_holds_another_is_a_no_naming_that_member(
    fixture_engine: Engine, question: str, member: str, other_holder: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.outcome == "negative", answer.text
    assert member in answer.text and other_holder not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "So the old pipe council keeps working alongside the new group?",
        "the old pipe council carries on next to the new group?",
    ],
)
def test_a_claim_between_two_close_entries_is_decided_by_the_one_whose_answer_rules_it_out(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert verdict(answer) == "no", answer.text
    assert "dissolved" in answer.text


@pytest.mark.parametrize(
    ("question", "office", "contains"),
    [
        ("Which minister approved the water plan?", "minister", "LWB"),
        ("hvilken borgmester sidder i styregruppen?", "borgmester", KVISTGAARD),
        ("which government body set up the group?", "government", "LWB"),
    ],
)
def test_a_question_taking_for_granted_an_office_the_article_never_names_says_so_and_who_did(
    fixture_engine: Engine, question: str, office: str, contains: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.outcome == "negative", answer.text
    assert office in answer.text and contains in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    ["hvem i styregruppen er vegetar", "who in the group is a freemason?", "hvem i gruppen er frimurer"],
)
def test_who_in_the_group_is_something_no_fact_holds_names_no_one(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.outcome != "answer", answer.text
    assert not [name for name in EVERYONE if has(answer.text, name)], answer.text


@pytest.mark.parametrize(
    "question", ["when will the joint pipe agreements end?", "when do the pipe agreements expire?"]
)
def test_when_something_ends_is_not_answered_by_when_it_began(fixture_engine: Engine, question: str) -> None:
    assert "2026" not in fixture_engine.ask(question).text


def test_an_owner_before_a_misspelt_name_of_what_it_owns_names_that_not_the_owner(fixture_engine: Engine) -> None:
    check(fixture_engine.ask("hvad er tema 2 i LWB's vanplan?"), contains=["Færre ledningstab"])


@pytest.mark.parametrize(
    "question", ["what does 'ledningstab' mean?", "hvad betyder ledningstab", "ledningstab in English?"]
)
def test_a_word_of_the_article_asked_about_as_a_word_gets_its_meaning(fixture_engine: Engine, question: str) -> None:
    check(fixture_engine.ask(question), contains=["leakage"])


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Does Søholt have more than one member in the group?", "No."),
        ("Har Mosevang flere repræsentanter i styregruppen?", "Ja."),
        ("Har LWB flere repræsentanter?", "Nej."),
        ("Does Mosevang have fewer than two members?", "No."),
        ("Mosevang har to repræsentanter, ikk?", "Ja."),
    ],
)
def test_a_seats_headcount_claimed_as_more_or_fewer_than_a_number_is_checked_as_a_bound(
    fixture_engine: Engine, question: str, verdict: str
) -> None:
    assert fixture_engine.ask(question).text.startswith(verdict)


@pytest.mark.parametrize(
    ("question", "count"),
    [("Mosevang har tre repræsentanter, ikk?", "2"), ("Does Søholt have two members in the group?", "1")],
)
def test_a_seats_headcount_claimed_gets_the_true_number_with_its_no(
    fixture_engine: Engine, question: str, count: str
) -> None:
    answer = fixture_engine.ask(question)
    assert verdict(answer) in ("nej", "no") and has(answer.text, count), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how many different municipalities are represented by a forsyningsdirektør?",
        "hvor mange forskellige kommuner har en forsyningsdirektør?",
    ],
)
def test_how_many_different_counts_the_holders_and_asks_no_definition(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert has(answer.text, "2") and has(answer.text, "Ingrid Falkesen"), answer.text


@pytest.mark.parametrize(
    "question",
    ["how many municipalities does LWB represent?", "hvor mange kommuner er ikke med i styregruppen"],
)
def test_a_count_of_municipalities_is_not_a_count_of_the_organisations_people(
    fixture_engine: Engine, question: str
) -> None:
    assert not has(fixture_engine.ask(question).text, BIRKMOSE)


@pytest.mark.parametrize(
    ("question", "listed", "contains"),
    [
        ("who comes before Aksel Brandtoft on the list?", {STRANDGAARD, VINTERBERG}, []),
        ("hvem står efter Ingrid Falkesen på listen?", {RAVNKILDE}, []),
        (
            "hvilke medlemmer står efter Lyngholt på listen?",
            {STRANDGAARD, VINTERBERG, BRANDTOFT, BIRKMOSE, KVISTGAARD},
            [],
        ),
        ("hvem står før Ingrid Falkesen på listen?", set(), ["først"]),
    ],
)
def test_who_stands_before_or_after_a_member_on_the_list_is_read_off_the_list(
    fixture_engine: Engine, question: str, listed: set[str], contains: list[str]
) -> None:
    answer = fixture_engine.ask(question)
    assert {name for name in EVERYONE if has(answer.text, name)} - _asked_about(question) == listed, answer.text
    check(answer, contains=contains)


def _asked_about(question: str) -> set[str]:
    return {name for name in EVERYONE if has(question, name)}


@pytest.mark.parametrize("question", ["Are all members from municipalities?", "er alle medlemmer fra en kommune?"])
def test_a_claim_that_everyone_comes_from_a_municipality_is_denied_with_the_organisations_people(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert verdict(answer) in {"no", "nej"}, answer.text
    check(answer, contains=[BIRKMOSE, KVISTGAARD])


@pytest.mark.parametrize(
    "question", ["what does that mean?", "hvad betyder det?", "what does that title mean in English?"]
)
def test_a_meaning_asked_without_naming_the_word_gets_no_words_meaning(fixture_engine: Engine, question: str) -> None:
    assert "leakage" not in fixture_engine.ask(question).text.casefold()


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("How is the Mosevang line written in the member list?", "teknik- og miljødirektør / Jonas Vinterberg"),
        ("hvad står der efter Rasmus Kvistgaards navn i medlemslisten?", "forskningschef, ARI (formand)"),
    ],
)
def test_a_members_line_of_the_list_is_given_as_the_article_writes_it(
    fixture_engine: Engine, question: str, line: str
) -> None:
    assert line in fixture_engine.ask(question).text


def test_why_a_line_of_the_list_names_two_people_is_not_answered_with_the_line(fixture_engine: Engine) -> None:
    assert "«" not in fixture_engine.ask("Hvorfor står der to navne ud for Mosevang på listen?").text


@pytest.mark.parametrize(
    ("question", "contains"),
    [
        ("which title is the most common?", ["forsyningsdirektør", "teknik- og miljødirektør", "2 each"]),
        ("hvilken kommune har flest folk i styregruppen", ["Mosevang Kommune (2)", STRANDGAARD, VINTERBERG]),
        ("Which municipality has more representatives than any other?", ["Mosevang Kommune"]),
        ("hvilken kommune har flest repraesentanter", ["Mosevang Kommune (2)"]),
    ],
)
def test_the_most_common_title_or_the_largest_seat_is_counted_off_the_list(
    fixture_engine: Engine, question: str, contains: list[str]
) -> None:
    check(fixture_engine.ask(question), contains=contains)


@pytest.mark.parametrize(
    ("question", "theme"),
    [
        ("is less leakage one of the three themes?", "Færre ledningstab"),
        ("hvilket af de tre temaer handler om klima?", "Klimatilpasning"),
    ],
)
def test_the_themes_counted_right_in_passing_still_name_a_theme_by_its_topic(
    fixture_engine: Engine, question: str, theme: str
) -> None:
    check(fixture_engine.ask(question), contains=[theme])


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("det er vel ikke Mosevang der har en vandchef med?", "Jo."),
        ("Søholt har vel ikke en vandchef med?", "Det er rigtigt:"),
        ("er det ikke Mosevang der har en vandchef med?", "Jo."),
        ("er det ikke Krageby der har en vandchef med?", "Nej."),
    ],
)
def test_a_place_claimed_not_to_send_a_title_is_checked_as_a_claim_not_read_as_a_filter(
    fixture_engine: Engine, question: str, opening: str
) -> None:
    assert fixture_engine.ask(question).text.startswith(opening)


@pytest.mark.parametrize(
    "question",
    ["who took over the tasks?", "hvem overtog opgaverne?"],
)
def test_a_past_tense_of_taking_over_finds_the_paragraph_saying_takes_over(
    fixture_engine: Engine, question: str
) -> None:
    # "took" and "overtog" share no stem with "takes" and "overtager": one concept joins them.
    handover = Passage(
        "handover",
        "setup",
        Bilingual(
            da="Styregruppen overtager fremover opgaverne fra det gamle ledningsråd.",
            en="The steering group takes over the tasks of the old pipe council.",
        ),
    )
    k = fixture_engine.knowledge
    answer = Engine(replace(k, passages=(*k.passages, handover))).ask(question)
    assert answer.source == "passage:handover", answer.text


def _with_a_fact_box(engine: Engine) -> Engine:
    box = Passage(
        "box-aim",
        "facts_box",
        Bilingual(da="Vandplanen skal sikre rent vand til alle.", en="The plan is to secure clean water for all."),
    )
    return Engine(replace(engine.knowledge, passages=(*engine.knowledge.passages, box)))


def test_what_the_fact_box_says_is_the_whole_box_heading_paragraphs_and_themes(fixture_engine: Engine) -> None:
    answer = _with_a_fact_box(fixture_engine).ask("hvad står der i faktaboksen?")
    check(answer, contains=["faktaboksen om vandplanen", "sikre rent vand", "Færre ledningstab"])


def test_the_fact_box_heading_asked_for_is_the_heading_alone(fixture_engine: Engine) -> None:
    answer = _with_a_fact_box(fixture_engine).ask("what is the title of the fact box?")
    check(answer, contains=["the fact box on the water plan"], lacks=["clean water"])


@pytest.mark.parametrize(
    "question", ["What is meant by 'det gamle ledningsråd'?", "What is meant by «det gamle ledningsråd»?"]
)
def test_danish_words_quoted_in_an_english_question_leave_the_answer_english(
    fixture_engine: Engine, question: str
) -> None:
    assert fixture_engine.ask(question).language == "en"


def test_officials_are_the_groups_members(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Which of the two Mosevang officials is the vandchef?")
    assert answer.outcome == "answer" and has(answer.text, VINTERBERG), answer.text


def test_the_only_participant_from_an_organisation_is_its_seat(fixture_engine: Engine) -> None:
    check(fixture_engine.ask("Hvem er den eneste deltager fra ARI?"), contains=[KVISTGAARD])


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("kragebys forsyningsdirektør sidder med?", "ja"),
        ("lyngholts vandchef sidder med?", "nej"),
    ],
)
def test_a_place_and_a_title_stated_with_a_question_mark_are_checked_as_a_claim(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


def test_the_articles_figure_called_a_budget_gets_no_yes(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("So the 2.4 billion mentioned in the article is the plan's budget?")
    assert verdict(answer) is None, answer.text


@pytest.mark.parametrize("question", ["hvor mange kom. er med i styregruppen?", "how many kom. are in the group?"])
def test_kom_with_a_stop_is_read_as_municipalities(fixture_engine: Engine, question: str) -> None:
    assert "Krageby, Lyngholt, Mosevang" in fixture_engine.ask(question).text


def test_a_chat_abbreviation_with_a_full_stop_does_not_cut_the_claim_in_two(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("lyngholt er repr. af helle strandgaard")
    assert verdict(answer) == "nej", answer.text
    assert "Mosevang" in answer.text


def test_members_shortened_with_a_full_stop_is_one_of_two_questions_asked(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("hvor mange medl. og hvor mange temaer?")
    assert "6 medlemmer" in answer.text and "3 (tre) temaer" in answer.text, answer.text


@pytest.mark.parametrize("question", ["krageby sender deres forsyningsdirektor", "lyngholt + krageby repr?"])
def test_danish_pronouns_and_chat_shorthand_make_an_unaccented_question_danish(
    fixture_engine: Engine, question: str
) -> None:
    assert fixture_engine.ask(question).language == "da"


@pytest.mark.parametrize(
    ("question", "no"),
    [
        ("folketinget vedtog vandplanen?", "nej"),
        ("vedtog regeringen vandplanen?", "nej"),
        ("var det regeringen, der vedtog vandplanen?", "nej"),
        ("The Danish parliament adopted the plan, right?", "no"),
        ("the government adopted the water plan, right?", "no"),
    ],
)
def test_a_public_body_claimed_as_the_subject_who_did_it_gets_a_no_and_the_real_doer(
    fixture_engine: Engine, question: str, no: str
) -> None:
    answer = fixture_engine.ask(question)
    assert verdict(answer) == no, answer.text
    assert "LWB" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the pipe agreements relate especially to theme 2?", "yes"),
        ("the leakage is mainly linked to theme 3?", "no"),
        ("tema 1 = drikkevand?", "ja"),
        ("tema 3 = drikkevand?", "nej"),
    ],
)
def test_a_theme_and_a_topic_put_up_with_a_question_mark_are_checked_whatever_the_verb(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


@pytest.mark.parametrize(
    ("question", "entry", "language"),
    [
        ("skybruddene - meaning?", "word-skybrud", "en"),
        ("ledningstab = ?", "word-ledningstab", "en"),
        ("does 'ledningstab' mean leaks here?", "word-ledningstab", "en"),
        ("hvad betyder skybrud", "word-skybrud", "da"),
        ("Hvad vil det sige, at ARI har 'skybrud' i sit citat?", "word-skybrud", "da"),
        ("Hvad betyder 'ledningstab' i tema 2?", "word-ledningstab", "da"),
        ("what does 'ledningstab' mean for LWB?", "word-ledningstab", "en"),
        ("hvad menes der med ledningstab?", "word-ledningstab", "da"),
    ],
)
def test_a_word_of_the_article_asked_about_as_a_word_gets_its_meaning_not_the_paragraph_using_it(
    fixture_engine: Engine, question: str, entry: str, language: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.source == entry, answer.text
    assert answer.language == language


@pytest.mark.parametrize("question", ["what does that mean?", "hvad betyder det?"])
def test_asking_what_something_means_without_naming_a_word_gets_no_word_s_meaning(
    fixture_engine: Engine, question: str
) -> None:
    assert not (fixture_engine.ask(question).source or "").startswith("word-")


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("formand? + antal temaer", ["Kvistgaard", "3 (tre) temaer"]),
        ("hvem er formand? og hvor mange temaer er der?", ["Kvistgaard", "3 (tre) temaer"]),
        ("artiklens dato og hvornaar vandplanen blev vedtaget", ["02-05-2031", "marts 2031"]),
    ],
)
def test_a_question_before_a_question_mark_or_a_joining_word_is_answered_too_not_taken_for_a_preamble(
    fixture_engine: Engine, question: str, parts: list[str]
) -> None:
    answer = fixture_engine.ask(question)
    assert all(part in answer.text for part in parts), answer.text


def test_a_courtesy_question_before_the_real_one_still_gets_only_the_real_answer(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Kan du hjælpe mig? Hvem er formand?")
    assert answer.source == "chair"
    assert "temaer" not in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hvem kommer fra samme kommune", None),
        ("which members are from the same municipality?", None),
        ("er der to fra samme kommune?", "ja"),
        ("er der tre fra samme kommune?", "nej"),
    ],
)
def test_members_sharing_a_municipality_are_found_on_the_list_and_a_count_claimed_of_them_is_checked(
    fixture_engine: Engine, question: str, expected: str | None
) -> None:
    answer = fixture_engine.ask(question)
    assert verdict(answer) == expected, answer.text
    assert "Mosevang" in answer.text


def test_same_municipality_after_two_names_compares_those_two_not_the_whole_list(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Falkesen og Ravnkilde – samme kommune?")
    assert verdict(answer) == "nej", answer.text
    assert "Mosevang" not in answer.text


def test_an_article_brought_is_an_article_published(fixture_engine: Engine) -> None:
    # Danish papers "bringer" an article: "hvornår blev artiklen bragt?" asks for its date.
    check(fixture_engine.ask("hvornår blev artiklen bragt?"), contains=["02-05-2031"])


@pytest.mark.parametrize("question", ["Hvem udtaler sig på vegne af ARI?", "who is quoted on behalf of ARI?"])
def test_who_speaks_for_an_organisation_is_its_quoted_member(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and answer.source == "fact:speakers", answer.text
    assert "Rasmus Kvistgaard" in answer.text, answer.text


def test_who_speaks_for_an_organisation_nobody_quoted_sits_for_names_no_speaker(fixture_engine: Engine) -> None:
    # Nobody from LWB is quoted: naming the only speaker would put words in LWB's mouth.
    answer = fixture_engine.ask("Hvem udtaler sig på vegne af LWB?")
    assert "Rasmus Kvistgaard" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["Which figures does Rasmus Kvistgaard mention in his quote?", "hvilke tal nævner ARI i citatet?"]
)
def test_which_figures_a_speaker_mentions_quotes_their_paragraphs_with_figures(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    check(answer, contains=["2026", "2,4"])


def test_which_figures_an_organisation_nobody_quoted_sits_for_mentions_quotes_no_one(fixture_engine: Engine) -> None:
    assert "Rasmus Kvistgaard" not in fixture_engine.ask("Which figures does LWB mention in its quote?").text


@pytest.mark.parametrize(
    "question", ["which company does Helle Birkmose work for?", "hvilket firma er Helle Birkmose fra?"]
)
def test_which_company_a_member_is_from_is_the_organisation_they_sit_for(fixture_engine: Engine, question: str) -> None:
    check(fixture_engine.ask(question), contains=["LWB"])


@pytest.mark.parametrize("question", ["is Helle Birkmose from a company?", "is Ingrid Falkesen from a company?"])
def test_a_member_claimed_to_be_from_a_company_gets_no_yes(fixture_engine: Engine, question: str) -> None:
    # The knowledge records no kind of company: "company" is no synonym of an organisation in a claim.
    assert verdict(fixture_engine.ask(question)) not in YES


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("hvordan starter citatet", "passage:chair-leaks"),
        ("how does the quote begin?", "passage:chair-leaks"),
        ("hvordan slutter citatet", "passage:chair-thanks"),
        # The article's own words about ARI are no quote of ARI's.
        ("hvordan slutter citatet fra ARI?", "passage:chair-thanks"),
        ("hvad står der i leadet?", "passage:lead"),
        ("hvad staar der i underrubrikken", "passage:lead"),
    ],
)
def test_the_quote_s_start_or_end_and_the_lead_are_found_by_where_they_stand(
    fixture_engine: Engine, question: str, passage: str
) -> None:
    assert fixture_engine.ask(question).source == passage


@pytest.mark.parametrize(
    ("question", "expected"),
    [("ledningsaftalerne startede i 2024", "nej"), ("ledningsaftalerne startede i 2026", "ja")],
)
def test_a_start_year_stated_with_its_verb_is_checked_as_a_claim(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    answer = fixture_engine.ask(question)
    assert verdict(answer) == expected, answer.text
    assert "2026" in answer.text


@pytest.mark.parametrize(("question", "expected"), [("mosevang har 2 med?", "ja"), ("krageby har 2 med?", "nej")])
def test_a_place_s_headcount_put_up_with_a_question_mark_is_counted_off_its_seat(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


def test_a_place_said_to_have_no_representative_gets_the_member_who_represents_it(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Krageby har ikke nogen repræsentant i gruppen?")
    assert answer.text.startswith("Forkert"), answer.text
    assert "Falkesen" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("der er 3 fra mosevang i gruppen", "nej"),
        ("der er 2 fra mosevang i gruppen", "ja"),
        ("Passer det, at der sidder to fra Krageby?", "nej"),
        ("there are two from Mosevang", "yes"),
        # a line of the member list, claimed with a tag, is a headcount, not the line to quote
        ("Mosevang has two names on its line in the member list, right?", "yes"),
        ("Mosevang has three names on its line, right?", "no"),
    ],
)
def test_a_number_of_people_stated_from_a_place_is_checked_with_or_without_a_question_mark(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


def test_a_clause_whose_they_means_the_place_named_before_it_is_answered_of_that_place(
    fixture_engine: Engine,
) -> None:
    answer = fixture_engine.ask("Krageby - do they send their vandchef like Mosevang does?")
    assert verdict(answer) == "no", answer.text
    assert "Krageby" in answer.text


def test_a_german_tag_puts_a_claim_up_for_checking(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("savings of 24 billion kr from the pipe agreements, stimmt das?")
    assert verdict(answer) == "no", answer.text


def test_titles_that_mention_one_part_or_another_list_the_holders_of_either_spelt_as_the_titles_spell_it(
    fixture_engine: Engine,
) -> None:
    answer = fixture_engine.ask("Whose titles mention forsyning or miljo?")
    check(answer, contains=["forsyning / miljø", "Falkesen", "Ravnkilde", STRANDGAARD, "Birkmose"])


@pytest.mark.parametrize("question", ["LWB - what is it? like EPA in America?", "what is ARI? like NGU in Norway?"])
def test_an_aside_of_words_the_knowledge_never_saw_does_not_sink_the_question_beside_it(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and (answer.source or "").startswith("fact:organisation:"), answer.text


def test_them_is_no_theme_so_names_by_spelling_with_who_represents_them_list_the_members(
    fixture_engine: Engine,
) -> None:
    answer = fixture_engine.ask("which municipalities have names beginning with K, and who represents them?")
    check(answer, contains=["Falkesen", "Krageby"])


def test_ends_with_an_article_before_a_noun_is_no_spelling_filter(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("the article ends with a fact box. what are the 3 themes in it?")
    check(answer, contains=["Rent drikkevand til alle"])


@pytest.mark.parametrize("question", ["how many ppl get quoted in the article?", "hvor mange citeres i artiklen?"])
def test_how_many_are_quoted_counts_the_speakers_not_the_members(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.source == "fact:speakers", answer.text
    assert KVISTGAARD in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is Jonas Vinterberg listed as a vandchef rather than as a forsyningsdirektør?", "yes"),
        ("Is Jonas Vinterberg a forsyningsdirektør rather than a vandchef?", "no"),
        ("er Vinterberg vandchef snarere end forsyningsdirektør?", "ja"),
    ],
)
def test_the_alternative_a_yes_no_question_sets_aside_is_no_second_claim(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


@pytest.mark.parametrize(
    ("question", "member"),
    [
        ("hvad er ARI og hvem er deres chef?", KVISTGAARD),
        ("what is LWB and who represents them?", "Birkmose"),
    ],
)
def test_their_in_a_later_part_means_the_place_the_first_part_named(
    fixture_engine: Engine, question: str, member: str
) -> None:
    assert member in fixture_engine.ask(question).text


@pytest.mark.parametrize(
    "question",
    [
        "what is the difference between a vandchef and a forsyningsdirektør?",
        "hvad er forskellen på en vandchef og en forsyningsdirektør?",
    ],
)
def test_the_difference_between_two_job_terms_defines_both(fixture_engine: Engine, question: str) -> None:
    text = fixture_engine.ask(question).text
    assert "vandchef" in text and "forsyningsdirektør" in text and text.count("\n\n") == 1, text


def test_whose_name_appears_first_is_the_member_at_the_top_of_the_list(fixture_engine: Engine) -> None:
    assert "Falkesen" in fixture_engine.ask("Whose name appears first in the list of members?").text


def test_scrapped_means_dissolved_so_the_claim_is_confirmed(fixture_engine: Engine) -> None:
    assert verdict(fixture_engine.ask("so the old pipe council got scrapped??")) == "yes"


def test_names_in_a_row_separated_only_by_commas_are_each_member_named(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("What are the titles of Helle Strandgaard, Tobias Ravnkilde and Ingrid Falkesen?")
    check(answer, contains=["teknik- og miljødirektør", "Ravnkilde", "Falkesen"])


@pytest.mark.parametrize("question", ["hvem er Tobias Falkesen?", "is Ingrid Ravnkilde Strandgaard in the group?"])
def test_a_stranger_whose_name_mixes_members_names_is_not_read_as_those_members(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.outcome in ("not_in_article", "negative"), answer.text


def test_names_spelt_one_way_or_another_select_either(fixture_engine: Engine) -> None:
    check(fixture_engine.ask("which themes start with Rent or Færre?"), contains=THEME_TITLES[:2])


def test_the_list_a_last_part_names_is_where_the_first_part_looks_too(fixture_engine: Engine) -> None:
    check(
        fixture_engine.ask("Hvem står først, og hvem står sidst på medlemslisten?"), contains=["Falkesen", KVISTGAARD]
    )


def test_the_list_a_first_part_names_is_where_a_later_part_looks_too(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Who is the first person on the member list, and who is the last?")
    check(answer, contains=["Falkesen", KVISTGAARD])


@pytest.mark.parametrize(
    ("question", "expected"),
    [("are there more municipalities in the group than themes?", "yes"), ("er der flere temaer end kommuner?", "nej")],
)
def test_whether_one_kind_outnumbers_another_is_answered_yes_or_no_from_the_counts(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Må jeg spørge, hvordan Aksel Brandtofts titel er skrevet i artiklen?",
        "How is Aksel Brandtoft's title written in the article?",
    ],
)
def test_how_a_title_is_written_asks_for_the_title_itself(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.outcome == "answer" and "teknik- og miljødirektør" in answer.text, answer.text


def test_what_a_member_is_claimed_to_say_is_no_title_claimed_of_them(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Does Rasmus Kvistgaard say the plan will help the utilities cooperate?")
    assert verdict(answer) != "no", answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("sagde han at besparelsen var 2,4 mia?", "ja"),
        ("sagde han at besparelsen var 3 mia?", "nej"),
        ("besparelsen var 2,4 mia, sagde han det?", "ja"),
        ("did he say the savings were 2.4 billion?", "yes"),
        ("did he say the savings were 1.2 billion?", "no"),
    ],
)
def test_what_the_lone_speaker_is_claimed_to_have_said_is_checked_against_his_paragraph(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    answer = fixture_engine.ask(question)
    assert verdict(answer) == expected, answer.text
    assert "2,4" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "skybrud med mere end 40 millimeter regn er et særsyn?",
        "are cloudbursts of more than 40 millimetres rare?",
        "sagde han at skybrud med mere end 40 millimeter regn er et særsyn?",
    ],
)
def test_a_figure_the_article_states_in_a_denied_sentence_never_confirms_the_claim_it_denies(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert verdict(answer) not in ("ja", "yes"), answer.text


@pytest.mark.parametrize(
    ("question", "start", "place"),
    [
        ("is Ingrid Falkesen from Krageby or Lyngholt?", "Krageby", "Krageby"),
        ("Lyngholt eller Krageby – which one has Ingrid Falkesen?", "Krageby", "Krageby"),
        ("er Falkesen fra Søholt eller Lyngholt?", "Ingen af dem", "Krageby"),
    ],
)
def test_a_member_offered_two_places_gets_the_one_they_sit_for_and_no_yes_or_no(
    fixture_engine: Engine, question: str, start: str, place: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.text.startswith(start), answer.text
    assert place in answer.text
    assert verdict(answer) is None


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("hvordan er tema 3 formuleret", 3),
        ("hvilken ordlyd har tema 2 i faktaboksen?", 2),
        ("what is the exact wording of theme 1?", 1),
        ("hvad står der om tema 2 i artiklen", 2),
    ],
)
def test_a_theme_s_wording_asked_for_is_its_title_as_the_fact_box_gives_it(
    fixture_engine: Engine, question: str, number: int
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.source == f"fact:theme:{number}", (answer.source, answer.text)
    assert THEME_TITLES[number - 1] in answer.text


@pytest.mark.parametrize(
    "question",
    ["hvor mange kommuner har 2 repræsentanter", "how many municipalities have more than one representative?"],
)
def test_how_many_municipalities_have_a_number_of_people_counts_the_seats_and_names_them(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.text.startswith("1 "), answer.text
    assert "Mosevang" in answer.text


def test_how_many_different_people_are_quoted_counts_the_speakers(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("How many different people are quoted in the article?")
    check(answer, contains=["1", KVISTGAARD])


@pytest.mark.parametrize(
    "question",
    [
        "hvorfor måler Egemose ikke vandtabet i hele oplandet",
        "why is Egemose not measuring the water loss in the whole catchment?",
    ],
)
def test_a_paragraph_that_never_names_the_municipality_asked_about_is_no_answer_about_it(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert not (answer.source or "").startswith("passage:"), answer.text
    assert not answer.answered


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("er Rasmus Kvistgaard fra kommunerne?", "nej"),
        ("is Helle Birkmose from the municipalities?", "no"),
        ("er Ingrid Falkesen fra kommunerne?", "ja"),
    ],
)
def test_from_the_municipalities_is_a_claim_that_a_body_s_member_is_denied(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


@pytest.mark.parametrize(
    "question",
    ["hvilket år siger han at ledningsaftalerne kom?", "in which year does he say the pipe agreements came?"],
)
def test_which_year_the_lone_speaker_gives_is_his_paragraph_with_a_year(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.source == "passage:chair-results", (answer.source, answer.text)
    assert verdict(answer) not in ("nej", "no"), answer.text


def test_she_beside_her_saying_is_the_lone_speaker_whatever_organisation_the_claim_names(
    fixture_engine: Engine,
) -> None:
    answer = fixture_engine.ask("sagde han at resultatet er noget ARI har skabt?")
    assert answer.source != "clarify", answer.text
    assert "Kvistgaard" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("are all the members forsyningsdirektører?", "no"),
        ("Er det rigtigt, at alle medlemmerne af styregruppen er forsyningsdirektører?", "nej"),
        ("er alle i gruppen direktører?", "nej"),
        ("are all members directors?", "no"),
    ],
)
def test_a_claim_that_every_member_holds_a_title_or_kind_of_job_is_checked_against_all_of_them(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Ingrid Falkesen er med i styregruppen ik?", "ja"),
        ("Falkesen sidder i gruppen, right?", "ja"),
        ("Falkesen er formand, ikk?", "nej"),
    ],
)
def test_a_statement_about_a_member_with_a_tag_gets_a_verdict(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


def test_they_all_are_the_ones_listed_before_not_every_member(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("er de alle forsyningsdirektører?")
    assert verdict(answer) != "nej", answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the group has 7 people, right?", "yes"),
        ("styregruppen har 6 medlemmer", "ja"),
        ("group has like 10 ppl right", "no"),
        # a number the answer mentions of one seat ("two people") is no size of the group
        ("the group has 2 people, right?", "no"),
    ],
)
def test_a_claimed_size_of_the_group_is_checked_against_its_seats_and_the_people_listed(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [("7 themes in the plan?? 🤔", "no"), ("3 temaer i planen?", "ja"), ("6 medlemmer i styregruppen?", "ja")],
)
def test_a_bare_count_put_up_of_the_plan_or_the_group_gets_a_verdict(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


@pytest.mark.parametrize("question", ["who from ARI sits on the steering group?", "who from ARI sits in the group?"])
def test_who_from_an_organisation_sits_in_the_group_is_its_seat_not_the_whole_list(
    fixture_engine: Engine, question: str
) -> None:
    check(fixture_engine.ask(question), contains=[KVISTGAARD])


@pytest.mark.parametrize(
    ("question", "member", "other"),
    [
        ("hvem er Helle fra Mosevang?", "Helle Strandgaard", "Helle Birkmose"),
        ("who is Helle from LWB?", "Helle Birkmose", "Helle Strandgaard"),
    ],
)
def test_a_shared_first_name_with_the_place_of_one_of_them_names_that_one(
    fixture_engine: Engine, question: str, member: str, other: str
) -> None:
    answer = fixture_engine.ask(question)
    assert member in answer.text and other not in answer.text, answer.text


def test_a_shared_first_name_in_a_yes_no_question_still_offers_both(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("er Helle fra Mosevang?")
    assert "Helle Birkmose" in answer.text and not answer.text.startswith("Ja"), answer.text


@pytest.mark.parametrize(
    "question",
    ["which savings figure does Rasmus Kvistgaard give?", "Who is quoted, and which savings figure does he give?"],
)
def test_the_figure_a_speaker_gives_is_found_in_his_paragraphs(fixture_engine: Engine, question: str) -> None:
    check(fixture_engine.ask(question), contains=["2,4", KVISTGAARD])


def test_what_a_named_speaker_is_said_to_say_is_checked_against_his_paragraph(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Er det rigtigt, at Rasmus Kvistgaard siger, at skybruddene kommer oftere?")
    assert verdict(answer) == "ja", answer.text


def test_a_theme_asked_for_in_the_article_s_own_words_is_its_title(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Kan du nævne det første tema i planen med artiklens egen formulering?")
    assert answer.source == "fact:theme:1", answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is the group led by LWB?", "no"),
        ("styregruppen ledes af ARI, ikk?", "ja"),
        ("er styregruppen ledet af Krageby?", "nej"),
    ],
)
def test_whether_the_group_is_led_by_a_place_is_whether_its_seat_holds_the_chair(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


def test_the_head_of_an_organisation_named_in_a_membership_question_claims_no_chair(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Is the head of LWB part of the steering group?")
    assert "chaired by" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("was it LWB's council that adopted the plan?", "no"),
        ("did LWB's council adopt the plan?", "no"),
        ("did LWB's board adopt the plan?", "yes"),
    ],
)
def test_which_body_of_an_organisation_adopted_the_plan_is_checked_in_english_too(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


@pytest.mark.parametrize(
    "question",
    ["Which member of the steering group has a research-specific title?", "who has a research-related title?"],
)
def test_a_kind_specific_title_is_a_title_with_that_part_not_the_whole_member_list(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert KVISTGAARD in answer.text and "Ingrid Falkesen" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Which members have a title combining technical and environmental services?",
        "hvem har en titel der kombinerer teknik og miljø?",
    ],
)
def test_a_title_combining_two_parts_is_held_by_those_with_both(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert "Helle Strandgaard" in answer.text and "Aksel Brandtoft" in answer.text, answer.text
    assert "Helle Birkmose" not in answer.text, answer.text


def test_a_title_combining_two_parts_no_one_has_is_said_to_be_no_ones(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Which members have a title combining research and environment?")
    assert answer.outcome == "negative" and KVISTGAARD not in answer.text, answer.text


def test_the_article_s_lead_asked_with_the_genitive_is_the_lead_paragraph(fixture_engine: Engine) -> None:
    assert fixture_engine.ask("hvad står der i artiklens indledning").source == "passage:lead"


def test_a_report_whose_frame_itself_claims_something_is_not_cut_down_to_what_follows_that(
    fixture_engine: Engine,
) -> None:
    answer = fixture_engine.ask(
        "Kvistgaard says it's still rare that cloudbursts of more than 40 millimetres come, correct?"
    )
    assert verdict(answer) not in ("ja", "yes"), answer.text


@pytest.mark.parametrize(
    ("question", "contains", "outcome"),
    [
        ("tlf. Falkesen?", "Falkesen", "not_in_article"),
        ("hvem er fm. for styregruppen?", KVISTGAARD, "answer"),
        ("hvem er fmd?", KVISTGAARD, "answer"),
    ],
)
def test_danish_shorthand_with_a_stop_is_read_as_the_word_it_shortens(
    fixture_engine: Engine, question: str, contains: str, outcome: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.outcome == outcome and contains in answer.text, answer.text
    assert answer.language == "da"


def test_a_why_question_over_titles_and_places_is_not_answered_with_a_list(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("hvorfor sidder Søholt med en teknik- og miljødirektør og ikke en forsyningsdirektør?")
    assert answer.outcome == "not_in_article", answer.text


@pytest.mark.parametrize(
    "question", ["What is ARI doing exactly?", "What is Aquifer Research Institute doing?", "hvad laver ARI egentlig?"]
)
def test_what_an_organisation_is_doing_is_what_it_is(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    said = fold(answer.text)
    assert answer.answered and ("forskningsinstitut" in said or "research institute" in said), answer.text


@pytest.mark.parametrize(
    "question", ["hvad er hendes titel ifølge artiklen?", "what is her title according to the article?"]
)
def test_a_pronoun_of_the_other_gender_than_the_one_person_quoted_is_asked_who_it_means(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.source == "clarify" and KVISTGAARD not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "said_by"),
    [
        ("hvem siger at ledningsaftalerne har givet godt 2,4 mia. kr.?", "Det siger Rasmus Kvistgaard"),
        ("Who said 'Siden de fælles ledningsaftaler kom i 2026'?", "That is said by Rasmus Kvistgaard"),
    ],
)
def test_who_says_a_statement_the_article_bears_out_is_its_speaker_before_the_statement(
    fixture_engine: Engine, question: str, said_by: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.text.startswith(said_by), answer.text


def test_who_says_a_statement_the_article_contradicts_is_told_no_and_given_no_speaker(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("who said that the pipe agreements saved 5 billion?")
    assert answer.text.startswith("No.") and "said by" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("hvad siger artiklen om besparelsen?", "passage:chair-results"),
        ("hvad siger artiklen om skybrud?", "passage:chair-climate"),
    ],
)
def test_what_the_article_says_about_one_thing_is_the_paragraph_about_it(
    fixture_engine: Engine, question: str, passage: str
) -> None:
    assert fixture_engine.ask(question).source == passage


def test_what_the_article_says_about_a_thing_it_never_names_is_not_a_paragraph(fixture_engine: Engine) -> None:
    assert not (fixture_engine.ask("hvad siger artiklen om fodbold?").source or "").startswith("passage:")


@pytest.mark.parametrize(
    ("question", "verdict_word"),
    [
        ("LWB's board adopted the plan in march 2031 yeah?", "yes"),
        ("LWB's board adopted the plan in may 2031 yeah?", "no"),
    ],
)
def test_yeah_after_a_statement_asks_to_confirm_it(fixture_engine: Engine, question: str, verdict_word: str) -> None:
    assert verdict(fixture_engine.ask(question)) == verdict_word


def test_a_word_the_spelling_corrector_changed_is_no_topic_the_article_is_asked_about(fixture_engine: Engine) -> None:
    # "weather" is corrected to "water", which the fixture's lead paragraph is about.
    answer = fixture_engine.ask("what does the article say about the weather?")
    assert not (answer.source or "").startswith("passage:"), answer.text


def test_parts_one_profile_answers_are_answered_by_it_once(fixture_engine: Engine) -> None:
    text = fixture_engine.ask(
        "which municipality does Ingrid Falkesen represent, what's her title, and is she the chair?"
    ).text
    parts = text.split("\n\n")
    assert len(parts) == len(set(parts)) == 2, text


@pytest.mark.parametrize(
    "question", ["what is the job title?", "what exactly is the job title there?", "hvad er stillingen?"]
)
def test_a_members_title_asked_for_without_the_member_asks_who_is_meant(fixture_engine: Engine, question: str) -> None:
    assert fixture_engine.ask(question).source == "clarify"


@pytest.mark.parametrize("question", ["what's the chairman's job title", "what is the title of the article?"])
def test_a_title_asked_for_with_whose_it_is_is_no_question_of_whom(fixture_engine: Engine, question: str) -> None:
    assert fixture_engine.ask(question).source != "clarify"


@pytest.mark.parametrize("question", ["hvad omhandler tema 2?", "Hvad omhandler tema nummer 2?"])
def test_what_a_theme_deals_with_is_that_theme(fixture_engine: Engine, question: str) -> None:
    assert fixture_engine.ask(question).source == "fact:theme:2"


@pytest.mark.parametrize(
    ("question", "source"),
    [("what's the last of the three themes?", "fact:theme:3"), ("hvad er det andet af de tre temaer?", "fact:theme:2")],
)
def test_a_place_of_the_themes_named_with_their_count_is_that_theme(
    fixture_engine: Engine, question: str, source: str
) -> None:
    assert fixture_engine.ask(question).source == source


@pytest.mark.parametrize(
    ("question", "verdict_word"),
    [
        ("Krageby sender en forsyningsdirektør og ikke en vandchef, passer det?", "ja"),
        ("Mosevang sender en vandchef og ikke en direktør, passer det?", "nej"),
    ],
)
def test_a_title_sent_and_another_denied_after_it_are_both_checked(
    fixture_engine: Engine, question: str, verdict_word: str
) -> None:
    assert verdict(fixture_engine.ask(question)) == verdict_word


@pytest.mark.parametrize(
    "question",
    ["I hvilken måned vedtog LWB's bestyrelse vandplanen?", "in which month and year was the water plan adopted?"],
)
def test_which_month_asks_when(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.source == "adoption" and "2031" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Aksel Brandtoft – Søholt Kommune. Correct?", "en"),
        ("Aksel Brandtoft, Søholt Kommune, right?", "en"),
        ("hvem er fra Søholt Kommune?", "da"),
        ("søholt kommunes repraesentant", "da"),
        # a title and a place are names in any language: "udover" is the Danish word
        ("forsyningsdirektorer udover krageby", "da"),
    ],
)
def test_a_municipality_named_with_kommune_does_not_decide_the_language(
    fixture_engine: Engine, question: str, language: str
) -> None:
    assert fixture_engine.ask(question).language == language


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("is Falkesen or Vinterberg the vandchef?", "Jonas Vinterberg is vandchef"),
        ("hvem er vandchef, Falkesen eller Vinterberg?", "Jonas Vinterberg er vandchef"),
        ("which one is forsyningsdirektør: Strandgaard or Vinterberg?", "Neither of them."),
        # the names set up to choose among by "of" or "between", not only by "or"
        ("which of Falkesen and Vinterberg is the vandchef?", "Jonas Vinterberg is vandchef"),
        ("between Vinterberg and Falkesen, who is the vandchef?", "Jonas Vinterberg is vandchef"),
        ("hvem af Falkesen og Ravnkilde er forsyningsdirektør?", "Begge to."),
        ("Falkesen vs Ravnkilde, which one is forsyningsdirektør?", "Both of them."),
    ],
)
def test_a_title_asked_of_one_member_or_another_names_who_holds_it_without_a_verdict(
    fixture_engine: Engine, question: str, first: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.text.startswith(first) and verdict(answer) is None, answer.text


@pytest.mark.parametrize(
    ("question", "explained"),
    [
        ("what does Tobias Ravnkilde's title mean in English?", "utilities director"),
        ("hvad betyder Vinterbergs titel?", "vandchef"),
    ],
)
def test_what_a_members_title_means_is_the_titles_explanation(
    fixture_engine: Engine, question: str, explained: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.source is not None and answer.source.startswith("term-") and explained in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "language"),
    [("what does LWB actually do, in plain english", "en"), ("hvad er ARI, på almindeligt dansk?", "da")],
)
def test_a_request_for_plain_words_is_no_request_for_a_language_nor_part_of_the_question(
    fixture_engine: Engine, question: str, language: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.outcome == "answer" and answer.language == language, answer.text


@pytest.mark.parametrize(
    ("question", "kept", "left_out"),
    [
        ("which themes are there besides theme 1?", ["Færre ledningstab", "Klimatilpasning"], "Rent drikkevand"),
        ("hvilke temaer er der udover ledningstab?", ["Rent drikkevand", "Klimatilpasning"], "Færre ledningstab"),
    ],
)
def test_the_themes_besides_one_named_are_all_the_others(
    fixture_engine: Engine, question: str, kept: list[str], left_out: str
) -> None:
    text = fixture_engine.ask(question).text
    assert all(k in text for k in kept) and left_out not in text, text


@pytest.mark.parametrize(
    ("question", "count", "left_out"),
    [
        ("how many themes are there apart from the first one?", "2", "Rent drikkevand"),
        ("hvor mange temaer udover det sidste?", "2", "Klimatilpasning"),
        ("hvor mange kommuner bortset fra Krageby", "3", FALKESEN),
        ("how many municipalities apart from Krageby and Søholt?", "2", BRANDTOFT),
    ],
)
def test_a_count_apart_from_a_theme_or_place_counts_and_lists_the_rest(
    fixture_engine: Engine, question: str, count: str, left_out: str
) -> None:
    text = fixture_engine.ask(question).text
    assert f" {count} " in text.splitlines()[0] and left_out not in text.split(":", 1)[1], text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # the list's seats are its members, and one seat names two people: both are counted
        ("how many members besides the chair?", "the group has 5 members on its list, 6 people in all"),
        ("hvor mange medlemmer er der udover Falkesen", "styregruppen 5 medlemmer på listen, 6 personer i alt"),
        ("hvem er med udover formanden?", "Ud over Rasmus Kvistgaard står 6 personer"),
    ],
)
def test_the_members_apart_from_the_chair_or_one_named_are_counted_and_listed(
    fixture_engine: Engine, question: str, head: str
) -> None:
    text = fixture_engine.ask(question).text
    assert head in text.splitlines()[0], text


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("who is the chair the article mentions?", "who is the chair?"),
        ("who is the chair the article talks about?", "who is the chair?"),
    ],
)
def test_a_closing_clause_saying_the_article_mentions_it_asks_nothing_more(
    fixture_engine: Engine, question: str, plain: str
) -> None:
    assert fixture_engine.ask(question).text == fixture_engine.ask(plain).text


def _with_a_second_results_paragraph(engine: Engine) -> Engine:
    results = Passage(
        "pipe-results",
        "quotes",
        Bilingual(
            da="De gode resultater, som de fælles ledningsaftaler har givet, skal føres videre i den nye gruppe.",
            en="The good results the joint pipe agreements have given must be carried on in the new group.",
        ),
    )
    return Engine(replace(engine.knowledge, passages=(*engine.knowledge.passages, results)))


@pytest.mark.parametrize(
    "question",
    [
        "hvad skriver artiklen om ledningsaftalerne?",
        "what does the article say about the joint pipe agreements?",
    ],
)
def test_two_paragraphs_holding_the_asked_words_alike_are_both_quoted(fixture_engine: Engine, question: str) -> None:
    answer = _with_a_second_results_paragraph(fixture_engine).ask(question)
    assert answer.answered, answer.text
    assert "2,4 mia" in answer.text and "De gode resultater" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "hvem repræsenterer Mosevang i styregruppen for vandplanen?",
        "who represents Mosevang in the steering group for the water plan?",
        "who represents Mosevang in the group that is to implement the water plan?",
        "who represents Mosevang in the group that implements the water plan?",
        "who represents Mosevang in the group implementing the water plan?",
        "who represents Mosevang in the group implementing it?",
    ],
)
def test_the_group_named_by_the_plan_it_serves_is_still_just_the_group(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and "Strandgaard" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("what does Kvistgaard think about the cloudbursts?", "chair-climate"),
        ("hvad synes Kvistgaard om skybruddene?", "chair-climate"),
        ("what does Kvistgaard think of the pipes?", "chair-leaks"),
    ],
)
def test_what_a_quoted_speaker_thinks_is_what_they_say(fixture_engine: Engine, question: str, passage: str) -> None:
    assert fixture_engine.ask(question).source == f"passage:{passage}"


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("hvad sagde Kvistgaard om antallet af skybrud?", "chair-climate"),
        ("hvad sagde Kvistgaard ellers?", "chair-leaks"),
    ],
)
def test_what_else_a_speaker_said_or_what_about_a_number_is_a_paragraph_of_theirs(
    fixture_engine: Engine, question: str, passage: str
) -> None:
    assert fixture_engine.ask(question).source == f"passage:{passage}"


@pytest.mark.parametrize(
    "question", ["hvad synes du om skybruddene?", "what does Mette Frederiksen think about the cloudbursts?"]
)
def test_what_the_bot_or_a_stranger_thinks_gets_no_paragraph(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert not (answer.source or "").startswith("passage:"), answer.text


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("tell me more about ARI", "fact:organisation:ari"),
        ("fortæl mere om LWB", "fact:organisation:lwb"),
        ("tell me more about Mosevang", "fact:municipality:Mosevang"),
        ("fortæl mere om Mosevang", "fact:municipality:Mosevang"),
    ],
)
def test_tell_me_more_about_a_named_body_is_what_is_known_about_it(
    fixture_engine: Engine, question: str, source: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and answer.source == source, answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # an elected office is no member's title, wherever the member sits
        ("er Strandgaard borgmester i Mosevang?", "nej"),
        ("is Helle Strandgaard the mayor there?", "no"),
        # ... but the one who writes the claim may be a mayor
        ("borgmesteren vil skrive, at Kvistgaard er formand. Er det korrekt?", "ja"),
        # one title or another asks which, not whether both
        ("er Strandgaard borgmester eller direktør?", None),
        # whom the article never says heads an organisation is neither confirmed nor denied as
        # its head; someone sitting for another organisation is not its head
        ("is Kvistgaard the head of ARI?", None),
        ("is Birkmose the head of ARI?", "no"),
    ],
)
def test_an_office_or_an_organisations_head_claimed_of_a_member_gets_the_verdict_the_facts_support(
    fixture_engine: Engine, question: str, expected: str | None
) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


@pytest.mark.parametrize(
    "question",
    ["what is the group's mandate?", "what is the governing body's mandate?", "hvad er styregruppens mandat?"],
)
def test_a_groups_mandate_is_what_it_is_for(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and ("water plan" in answer.text or "vandplan" in answer.text), answer.text


@pytest.mark.parametrize("question", ["who is at the table?", "who sits at the table?"])
def test_those_at_the_table_are_the_groups_members(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert has(answer.text, "6") and has(answer.text, "Ingrid Falkesen"), answer.text


def test_a_phrase_the_vocabulary_joins_finds_the_paragraph_that_writes_it_as_one_word(fixture_engine: Engine) -> None:
    # The vocabulary reads "cloud bursts" as "cloudbursts" for entries; paragraphs must too.
    assert fixture_engine.ask("what does Kvistgaard say about cloud bursts?").source == "passage:chair-climate"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Kvistgaard thanks the old water group, right?", "yes"),
        ("is it true that Kvistgaard thanks the old water group?", "yes"),
    ],
)
def test_who_thanks_is_the_speaker_and_whom_is_the_claim(fixture_engine: Engine, question: str, expected: str) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


@pytest.mark.parametrize("question", ["whom does the article thank?", "hvem takker artiklen?"])
def test_whom_the_article_thanks_is_the_paragraph_with_the_thanks(fixture_engine: Engine, question: str) -> None:
    assert fixture_engine.ask(question).source == "passage:chair-thanks"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "head" inside a title claims the title, not the chair
        ("is Birkmose the only head of environment in the group?", "yes"),
        # membership claimed of each named member; a leading "ikke" claims it too
        ("are Strandgaard and Birkmose both in the group?", "yes"),
        ("er Strandgaard og Birkmose begge med i styregruppen?", "ja"),
        ("er Strandgaard og Birkmose ikke med i gruppen?", "jo"),
    ],
)
def test_a_title_with_head_in_it_and_membership_of_both_are_claims_about_each_member(
    fixture_engine: Engine, question: str, expected: str | None
) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a place said of "both", the names after it: each of them, never the first alone
        ("are both of them from Mosevang, Strandgaard and Birkmose?", "no"),
        ("are both of them from Mosevang, Strandgaard and Vinterberg?", "yes"),
    ],
)
def test_a_claim_said_of_both_holds_only_when_it_holds_for_each_named(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


def test_between_two_named_who_is_from_a_place_is_the_one_that_place_names(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("between Birkmose and Strandgaard, who is from Mosevang?")
    assert "Strandgaard" in answer.text and verdict(answer) is None, answer.text


def test_to_lead_the_group_claims_its_chair(fixture_engine: Engine) -> None:
    assert verdict(fixture_engine.ask("Birkmose will lead the group, right?")) == "no"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("formanden er fra Mosevang, ikk?", "nej"),
        ("har Mosevang formanden?", "nej"),
        ("is the chair from ARI?", "yes"),
        ("det er vel ARI der har formanden?", "ja"),
        # the place named as "the municipality of X"
        ("so the chair is from the municipality of Krageby?", "no"),
        ("formanden kommer fra kommunen Krageby, ikk?", "nej"),
    ],
)
def test_the_chair_claimed_for_one_place_is_checked_against_the_chairing_seat(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


def test_the_new_one_in_a_later_part_is_the_noun_the_earlier_part_named(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("What happened to the old committee, and what is the new one supposed to do?")
    assert "dissolved" in answer.text and "carry out the joint water plan" in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["the water plan of LWB covers 2031 to 2034, right?", "the plan from LWB covers 2031 to 2034, right?"]
)
def test_a_period_claimed_beside_an_organisation_is_checked_against_the_period_not_the_adoption(
    fixture_engine: Engine, question: str
) -> None:
    # "of LWB" is whose plan it is: asked back as "which years", not "who" or "when".
    answer = fixture_engine.ask(question)
    assert answer.source == "period" and not answer.text.startswith("No"), (answer.source, answer.text)


@pytest.mark.parametrize("question", ["formand og antal medlemmer?", "chair and number of members?"])
def test_two_fragments_joined_by_and_are_each_answered(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert "Rasmus Kvistgaard" in answer.text and "6" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "start"),
    [("har Ingrid Falkesen og Helle Birkmose samme titel?", "Nej"), ("Søvandsrådet og LWB?", "LWB står for")],
)
def test_a_comparison_or_one_name_with_and_in_it_is_not_split_into_fragments(
    fixture_engine: Engine, question: str, start: str
) -> None:
    assert fixture_engine.ask(question).text.startswith(start)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # more names and a noun after them make no statement to confirm
        ("Ingrid Falkesen and Tobias Ravnkilde's municipalities?", None),
        ("Ingrid Falkesen og Tobias Ravnkilde sidder i gruppen?", "ja"),
    ],
)
def test_two_members_named_before_a_noun_get_their_facts_without_a_verdict(
    fixture_engine: Engine, question: str, expected: str | None
) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


@pytest.mark.parametrize(
    "question", ["outline the themes", "describe the themes", "give me an overview of the themes", "skitser temaerne"]
)
def test_the_verb_that_asks_for_an_account_does_not_hide_what_it_is_asked_of(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.source == "themes", answer.text


@pytest.mark.parametrize("question", ["hvem udtaler sig i artiklen?", "hvem udtaler sig?"])
def test_asking_who_speaks_in_the_article_is_asking_who_is_quoted(fixture_engine: Engine, question: str) -> None:
    assert fixture_engine.ask(question).source == "chair-comment"


@pytest.mark.parametrize(
    ("question", "spelled"),
    [("when was the article published", "2 May 2031"), ("hvornår er artiklen fra", "2. maj 2031")],
)
def test_the_articles_date_is_also_said_in_words_so_day_and_month_cannot_be_swapped(
    fixture_engine: Engine, question: str, spelled: str
) -> None:
    assert spelled in fixture_engine.ask(question).text


@pytest.mark.parametrize(
    ("question", "neighbour"),
    [
        ("hvem står efter Ingrid Falkesen?", "Tobias Ravnkilde"),
        ("who comes before Tobias Ravnkilde?", "Ingrid Falkesen"),
    ],
)
def test_who_stands_or_comes_beside_a_member_is_their_neighbour_on_the_list_though_no_list_is_named(
    fixture_engine: Engine, question: str, neighbour: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.source == "fact:position" and neighbour in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("who's on the new steering group?", "members"),
        ("hvem fra ARI er med i den nye styregruppe?", "fact:organisation:ari:seat"),
    ],
)
def test_who_is_on_the_new_group_asks_for_its_members(fixture_engine: Engine, question: str, source: str) -> None:
    assert fixture_engine.ask(question).source == source


def test_who_on_earth_is_no_question_about_the_members(fixture_engine: Engine) -> None:
    assert fixture_engine.ask("who on earth made you?").source != "members"


@pytest.mark.parametrize(
    "question", ["er det Ingrid Falkesen?", "is it Tobias Ravnkilde?", "er det ikke Ingrid Falkesen?"]
)
def test_is_it_a_member_with_nothing_before_it_gets_their_facts_and_no_verdict(
    fixture_engine: Engine, question: str
) -> None:
    assert verdict(fixture_engine.ask(question)) is None


@pytest.mark.parametrize(
    ("question", "yes"),
    [("wait, the old pipe council got dissolved?", "yes"), ("hov, det gamle ledningsråd er nedlagt?", "ja")],
)
def test_surprise_before_a_claim_and_a_passive_with_got_still_make_a_claim_to_confirm(
    fixture_engine: Engine, question: str, yes: str
) -> None:
    assert verdict(fixture_engine.ask(question)) == yes


def test_an_organisations_short_name_with_a_genitive_s_and_no_apostrophe_still_names_it(fixture_engine: Engine) -> None:
    mentions = fixture_engine.recognizer.find(word_pairs("hvem er ARIs forskningschef?"))
    assert [m.ids for m in mentions if m.kind == "organisation"] == [("ari",)]


@pytest.mark.parametrize(
    "question", ["hvem er Ingrid Falkesen samt Tobias Ravnkilde", "hvem er Ingrid Falkesen og Tobias Ravnkilde"]
)
def test_two_members_joined_by_samt_are_both_described(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and "Krageby" in answer.text and "Lyngholt" in answer.text, answer.text


@pytest.mark.parametrize("question", ["what is ARI's role?", "hvad er ARIs rolle?", "hvad har ARI gjort?"])
def test_what_an_entry_says_of_one_organisation_is_never_the_answer_about_another(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert "vedtog vandplanen" not in answer.text
    assert "adopted the water plan" not in answer.text


@pytest.mark.parametrize(
    "question",
    ["Which body, strictly speaking, adopted the water plan?", "Strictly speaking, which body adopted the water plan?"],
)
def test_a_hedge_around_a_question_adds_nothing_to_what_is_asked(fixture_engine: Engine, question: str) -> None:
    check(fixture_engine.ask(question), contains=["board of LWB"])


@pytest.mark.parametrize(
    ("question", "contains", "lacks"),
    [
        # what the asker says before ", but who …?" is background to the question after it
        ("I know how hard it is to get the towns together, but who chairs the group?", [KVISTGAARD], []),
        # a remark about the asker after the question asks nothing of its own
        (
            "Who chairs the group? I have always wondered about that since my days in the council.",
            [KVISTGAARD],
            ["does not say"],
        ),
        # a request first, then a remark that only blurs it when read together
        (
            "Forklar mig formålet med styregruppen. Jeg har aldrig helt forstået det, selv efter mange år i byrådet.",
            ["føre den fælles vandplan ud i livet"],
            [],
        ),
    ],
)
def test_what_the_asker_tells_of_themselves_around_a_question_leaves_the_question_answered(
    fixture_engine: Engine, question: str, contains: list[str], lacks: list[str]
) -> None:
    check(fixture_engine.ask(question), contains=contains, lacks=lacks)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Ingrid Falkesen er en af 2 forsyningsdirektører i gruppen?", "ja"),
        ("Ingrid Falkesen er en af 3 forsyningsdirektører i gruppen?", "nej"),
        ("is Ingrid Falkesen one of two utilities directors?", "yes"),
        ("is Ingrid Falkesen one of three utilities directors?", "no"),
        ("is Helle Birkmose one of two utilities directors?", "no"),
        ("is Ingrid Falkesen one of the members?", "yes"),
    ],
)
def test_one_of_a_number_of_title_holders_is_yes_only_when_both_the_title_and_the_number_hold(
    fixture_engine: Engine, question: str, start: str
) -> None:
    check(fixture_engine.ask(question), start=start)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("hvis jeg ikke tager fejl er Ingrid Falkesen fra Lyngholt?", "nej"),
        ("if I'm not mistaken, Ingrid Falkesen is from Lyngholt?", "no"),
        ("Ingrid Falkesen er fra Krageby, hvis jeg ikke tager fejl?", "ja"),
        ("unless I'm mistaken, the water plan was adopted in May 2031?", "no"),
        ("hvis jeg husker ret, blev vandplanen vedtaget i marts 2031?", "ja"),
        ("I'm not sure, is Ingrid Falkesen from Lyngholt?", "no"),
        ("not sure but Ingrid Falkesen is from Lyngholt?", "no"),
        ("jeg er ikke sikker, men er Ingrid Falkesen fra Lyngholt?", "nej"),
        ("correct me if I'm wrong, Ingrid Falkesen is from Lyngholt?", "no"),
        ("I don't know, but is Ingrid Falkesen from Krageby?", "yes"),
        # "don't you think …?" leans on the claim as "isn't …?" does
        ("tror du ikke Ingrid Falkesen er fra Lyngholt?", "nej"),
        ("tror du ikke Ingrid Falkesen er fra Krageby?", "jo"),
        ("don't you think Ingrid Falkesen is from Lyngholt?", "no"),
        ("am I not right that Ingrid Falkesen is from Lyngholt?", "no"),
        ("har jeg ikke ret i, at Ingrid Falkesen er fra Krageby?", "jo"),
    ],
)
def test_a_hedge_around_a_claim_is_the_askers_doubt_not_a_negation_of_the_claim(
    fixture_engine: Engine, question: str, start: str
) -> None:
    check(fixture_engine.ask(question), start=start)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Er Ingrid Falkesen forsyningsdirektør? Det tror jeg ikke på.", "ja"),
        ("Is Ingrid Falkesen a utilities director? I don't believe it.", "yes"),
    ],
)
def test_a_doubting_remark_after_a_claim_does_not_turn_its_verdict_round(
    fixture_engine: Engine, question: str, start: str
) -> None:
    check(fixture_engine.ask(question), start=start)


@pytest.mark.parametrize(
    "question", ["what does he mean by the savings on pipes?", "what does Rasmus Kvistgaard mean by the savings?"]
)
def test_what_a_speaker_means_by_something_is_his_paragraph(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.source == "passage:chair-results", (answer.source, answer.text)


def test_what_he_means_with_nothing_said_about_asks_who_is_meant(fixture_engine: Engine) -> None:
    assert not fixture_engine.ask("what does he mean?").answered


@pytest.mark.parametrize(
    "question",
    ["what does the article say about Tobias Ravnkilde?", "what does the article mention about Ingrid Falkesen"],
)
def test_what_the_article_says_about_a_member_it_does_not_quote_is_the_members_profile(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and answer.outcome == "answer" and answer.source and answer.source.startswith("fact:person")


@pytest.mark.parametrize("question", ["er det ARI?", "was it by ARI?", "is it LWB?"])
def test_whether_it_is_an_organisation_asked_alone_gets_no_verdict(fixture_engine: Engine, question: str) -> None:
    assert verdict(fixture_engine.ask(question)) is None


@pytest.mark.parametrize(
    ("question", "expected", "source"),
    [
        # "designation" is a job title; "having" the title asks who holds it
        ("What is the designation of Ingrid Falkesen?", "forsyningsdirektør", "fact:person:Ingrid Falkesen"),
        ("kindly list all members having the title forsyningsdirektør", "Tobias Ravnkilde", None),
        # a theme "talks about" its topic
        ("Which theme talks about leakage?", "Færre ledningstab", "fact:theme:2"),
        # whom an organisation represents is what it is, not who sits for it
        ("Who does LWB represent?", "Lakeside Water Board", "fact:organisation:lwb"),
        ("who represents LWB?", "Helle Birkmose", "fact:organisation:lwb:seat"),
    ],
)
def test_words_for_a_title_a_holder_a_theme_topic_and_whom_a_body_represents_are_understood(
    fixture_engine: Engine, question: str, expected: str, source: str | None
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and expected in answer.text, answer.text
    assert source is None or answer.source == source, answer.source


def test_who_will_run_together_is_a_question_and_gets_no_yes(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("who'll take over from Kvistgaard as chair?")
    assert verdict(answer) is None and not answer.answered, answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a member's "actual" title is the title, and his name with "'s" asks, it states nothing
        ("Ingrid Falkesen's actual job title?", "forsyningsdirektør"),
        ("what's ARI short for?", "Aquifer Research Institute"),
        ("Ingrid Falkesen - what's her actual title?", "forsyningsdirektør"),
    ],
)
def test_what_a_member_or_organisation_actually_is_is_answered_without_a_verdict(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and expected in answer.text and verdict(answer) is None, answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a greeting with whom it is said to, run into a yes/no question, leaves the question
        ("hey bot, is Krageby in the group?", "Yes. Krageby"),
        # a place on the member list asked for without "who"
        ("nr 2 på listen?", "Nummer 2 på listen over styregruppens medlemmer er Tobias Ravnkilde"),
    ],
)
def test_a_greeted_yes_no_question_and_a_bare_place_on_the_list_are_answered(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.text.startswith(expected), answer.text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # a clause about where the claim was heard, between the claim and its tag, is no part of it
        ("min nabo siger at Falkesen er fra Søholt, han var ellers ret sikker i sin sag, passer det?", "Nej."),
        ("jeg tror nok at Ingrid Falkesen er fra Krageby, men jeg er ikke helt sikker, kan du bekræfte det?", "Ja."),
        ("my neighbour says Falkesen is from Søholt, and he usually knows these things, is that right?", "No."),
    ],
)
def test_an_aside_on_the_claims_source_before_its_tag_leaves_the_verdict(
    fixture_engine: Engine, question: str, opening: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.text.startswith(opening) and "Krageby" in answer.text, answer.text


@pytest.mark.parametrize(
    "claim",
    ["grøn omstilling er et af de 3 temaer ik?", "sustainability is one of the three themes, right?"],
)
def test_something_claimed_one_of_the_counted_themes_gets_no_yes_from_the_count(
    fixture_engine: Engine, claim: str
) -> None:
    answer = fixture_engine.ask(claim)
    assert not answer.text.startswith(("Ja", "Yes")), answer.text


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("is Ravnkilde from Krageby or what?", "No"),
        ("Ravnkilde is from Krageby, is he not?", "No"),
        ("er Ravnkilde fra Krageby eller hvad?", "Nej"),
        ("Ravnkilde is from Lyngholt, is he not?", "Yes"),
        ("Strandgaard and Ravnkilde, same title, right?", "No"),
        ("Nogen sagde at Ravnkilde er fra Krageby. Stemmer det?", "Nej"),
        ("Lyngholt er med i den nye styregruppe, ikk?", "Ja"),
        ("Is Tobias Ravnkilde the first name on the member list?", "No"),
        ("Is Ingrid Falkesen the first name on the member list?", "Yes"),
        (
            "Saa vidt jeg har forstaaet vedtog LWB's bestyrelse vandplanen i udgangen af marts 2031"
            " – har jeg fat i den rigtige ende?",
            "Ja",
        ),
        ("Jeg er ret sikker paa at vandplanen har syv temaer, men ret mig endelig hvis jeg tager fejl", "Nej"),
        ("I'm pretty sure Ravnkilde is from Lyngholt, correct me if I'm wrong", "Yes"),
    ],
)
def test_a_claim_with_a_tag_offering_its_opposite_hearsay_or_the_new_group_gets_the_verdict_it_holds(
    fixture_engine: Engine, claim: str, expected: str
) -> None:
    answer = fixture_engine.ask(claim)
    assert answer.text.startswith(expected), answer.text


@pytest.mark.parametrize(
    ("question", "expected"), [("who from krageby in stgr", "Falkesen"), ("hvem er formand for stgr", "Kvistgaard")]
)
def test_the_steering_group_shortened_to_stgr_is_the_group(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and expected in answer.text, answer.text


def test_a_statement_that_one_of_the_themes_is_about_a_topic_put_up_with_a_tag_gets_a_yes(
    fixture_engine: Engine,
) -> None:
    answer = fixture_engine.ask("One of the themes is less leakage from the pipes (ledningstab), is it not?")
    assert answer.text.startswith("Yes") and "Færre ledningstab" in answer.text, answer.text


def test_isnt_it_right_with_chat_ik_is_a_leading_question_not_a_denial(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("er det ik rigtigt at Ravnkilde er fra Lyngholt")
    assert answer.text.startswith("Jo"), answer.text


def test_something_tied_to_a_theme_gets_no_yes_from_what_the_theme_is_about(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask(
        "The new steering group is mainly connected to theme 3 about climate adaptation, is it so?"
    )
    assert not answer.text.startswith("Yes"), answer.text


def test_a_courtesy_title_before_a_name_does_not_cut_the_question_from_it(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("What is the e-mail address of Mr. Tobias Ravnkilde?")
    assert not answer.answered, answer.text


def test_a_claim_saying_more_of_a_place_s_titled_member_than_the_title_gets_no_yes(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask(
        "The article reports that Krageby's forsyningsdirektør was critical of the dissolved steering group."
        " Is that correct?"
    )
    assert not answer.text.startswith("Yes"), answer.text


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("præcis 30 forsyninger er med i ledningsaftalerne?", "Nej"),
        ("exactly 30 utilities take part in the pipe agreements, right?", "No"),
    ],
)
def test_a_figure_claimed_exact_is_denied_where_the_article_gives_it_as_more_than(
    fixture_engine: Engine, claim: str, expected: str
) -> None:
    assert fixture_engine.ask(claim).text.startswith(expected)


@pytest.mark.parametrize(
    "question",
    [
        "stemmer det at over 5 kommuner kan tilslutte sig samme aftale?",
        "is it true that 3 councils use the same agreement?",
    ],
)
def test_the_same_said_of_something_else_than_a_seat_asks_nothing_of_seat_sizes(
    fixture_engine: Engine, question: str
) -> None:
    assert fixture_engine.ask(question).source != "fact:seat-size"


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Mosevang har to personer på samme punkt, Strandgaard og Vinterberg, ik?", "ja"),
        ("er Strandgaard og Vinterberg samme person?", "nej"),
    ],
)
def test_people_named_beside_the_same_are_not_what_is_the_same(
    fixture_engine: Engine, question: str, verdict: str
) -> None:
    assert fold(fixture_engine.ask(question).text).split()[0] == verdict


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who's the LWB lady", "Helle Birkmose"),
        ("hvem er manden fra Lyngholt?", "Tobias Ravnkilde"),
        ("hvem er fyren fra Lyngholt?", "Tobias Ravnkilde"),
    ],
)
def test_a_person_noun_beside_a_place_asks_for_who_sits_for_it(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and expected in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("hvem er forsynings direktør i Lyngholt?", "Tobias Ravnkilde"),
        ("forsynings dir Lyngholt?", "Tobias Ravnkilde"),
        ("hvem er vand chef?", "Jonas Vinterberg"),
    ],
)
def test_a_danish_compound_title_typed_in_two_words_names_its_holder(
    fixture_engine: Engine, question: str, holder: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and holder in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Krageby vs Egemose?",
        "er Krageby og Egemose repræsenteret af samme person?",
        "football score Krageby vs Egemose",
    ],
)
def test_a_member_town_compared_with_a_town_outside_the_group_gets_no_comparison_of_one_person(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.source != "fact:compare" and verdict(answer) is None, answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("sidder Helle Birkmose i LWB's bestyrelse?", "Artiklen siger ikke, hvem der sidder i LWB's bestyrelse"),
        ("is Falkesen on the board of ARI?", "The article does not say who sits on ARI's board"),
    ],
)
def test_a_member_claimed_to_sit_on_an_organisations_board_gets_that_the_article_names_no_one_there(
    fixture_engine: Engine, question: str, said: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.text.startswith(said) and verdict(answer) is None, answer.text


def test_a_capitalised_typo_of_a_common_word_is_that_word_not_a_strangers_name(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("who represents Krageby Municiplaity on the group?")
    check(answer, contains=["Ingrid Falkesen"])


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the pipe agreements kicked off in 2025, right?", "no"),
        ("just to confirm - the pipe agreements kicked off in 2026?", "yes"),
    ],
)
def test_kicked_off_is_started(fixture_engine: Engine, question: str, expected: str) -> None:
    assert verdict(fixture_engine.ask(question)) == expected


def test_gonna_is_no_word_the_question_hangs_on(fixture_engine: Engine) -> None:
    check(fixture_engine.ask("gonna need the name of the Krageby rep"), contains=["Ingrid Falkesen"])


def test_where_a_member_is_based_is_where_the_member_sits(fixture_engine: Engine) -> None:
    check(fixture_engine.ask("where is Falkesen based?"), contains=["Krageby"])


@pytest.mark.parametrize(
    ("claim", "lang", "asked"),
    [
        ("the plan covers the period 2031-2034, right?", "en", "the plan covers the period which years"),
        ("planen dækker 2031-2034, ikke?", "da", "planen daekker hvilke ar"),
        ("the plan covers 2031 to 2034, right?", "en", "the plan covers which years"),
        ("the plan 2031-2034 was adopted in March?", "en", "the plan was adopted in when"),
    ],
)
def test_a_period_claimed_with_its_dash_is_asked_back_as_which_years_not_when(
    claim: str, lang: Lang, asked: str
) -> None:
    assert claims.as_question(fold(claim).split(), [], lang) == asked.split()


@pytest.mark.parametrize("question", ["hvem er winterberg", "hvem er Jonas Winterberg?"])
def test_a_surname_spelt_with_w_for_v_is_the_member(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.source == "fact:person:Jonas Vinterberg", answer.text


@pytest.mark.parametrize(
    "question", ["hvem er den gamle vandgruppe, tak?", "who chairs the new steering group, please?"]
)
def test_a_closing_please_after_a_comma_answers_as_the_question_without_it(
    fixture_engine: Engine, question: str
) -> None:
    plain = question.rsplit(",", 1)[0] + "?"
    assert fixture_engine.ask(question).source == fixture_engine.ask(plain).source


@pytest.mark.parametrize("question", ["er Vinterberg IT-chef?", "is Kvistgaard an IT chief?"])
def test_a_kind_of_job_claimed_in_the_it_field_gets_no_yes_from_another_chef_title(
    fixture_engine: Engine, question: str
) -> None:
    assert verdict(fixture_engine.ask(question)) in ("nej", "no")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Styregruppen består jo kun af forsyningsdirektører, ikke?", "nej"),
        ("the group is made up only of forsyningsdirektører, right?", "no"),
    ],
)
def test_a_claim_that_the_group_holds_one_title_only_gets_a_verdict_over_every_member(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    answer = fixture_engine.ask(question)
    assert verdict(answer) == expected and "Strandgaard" in answer.text, answer.text


def test_a_kind_of_job_no_one_from_the_place_holds_names_who_does_sit_there(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("hvilke chefer er fra Krageby?")
    assert answer.text.startswith("Ingen") and "Falkesen" in answer.text, answer.text


@pytest.mark.parametrize("question", ["which members are called Helle or Ingrid?", "hvem hedder Helle eller Ingrid?"])
def test_names_asked_as_alternatives_list_everyone_either_name_fits(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert all(name in answer.text for name in (BIRKMOSE, STRANDGAARD, FALKESEN)), answer.text


def test_a_compound_typed_as_two_words_is_read_as_the_compound(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("hvad er tema nummer to i vand planen?")
    assert answer.text.startswith("Tema 2"), answer.text


def test_people_called_mennesker_are_counted_like_personer(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("hvor mange mennesker fra Mosevang er med?")
    assert "Strandgaard" in answer.text and "Vinterberg" in answer.text, answer.text


def test_one_person_asked_for_by_a_kind_of_job_is_not_a_filter(fixture_engine: Engine) -> None:
    assert "Kvistgaard" in fixture_engine.ask("hvem er chef?").text


def test_the_kind_of_job_is_named_as_the_titles_spell_it(fixture_engine: Engine) -> None:
    assert "«direktør»" in fixture_engine.ask("hvem er direktører?").text


@pytest.mark.parametrize(
    ("question", "member"),
    [
        ("hvem repræsenterede Krageby?", "Ingrid Falkesen"),
        ("Hvem var det nu, der repræsenterede Lyngholt?", "Tobias Ravnkilde"),
    ],
)
def test_who_represented_a_place_without_saying_before_asks_who_sits_for_it(
    fixture_engine: Engine, question: str, member: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and member in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("er Aksel Brandtoft nummer fire på listen?", "Ja."),
        ("is Tobias Ravnkilde number three on the list?", "No."),
    ],
)
def test_a_place_on_the_list_claimed_in_words_gets_a_verdict(
    fixture_engine: Engine, question: str, verdict: str
) -> None:
    assert fixture_engine.ask(question).text.startswith(verdict)


@pytest.mark.parametrize(
    ("question", "verdict", "holders"),
    [
        ("er Kvistgaard den eneste med forskning i titlen?", "Ja.", ["Rasmus Kvistgaard"]),
        ("is Falkesen the only one with utilities in her title?", "No.", ["Ingrid Falkesen", "Tobias Ravnkilde"]),
    ],
)
def test_whether_one_member_alone_has_a_word_in_their_title_is_judged_over_everyone(
    fixture_engine: Engine, question: str, verdict: str, holders: list[str]
) -> None:
    text = fixture_engine.ask(question).text
    assert text.startswith(verdict) and all(name in text for name in holders), text


def test_a_gig_is_a_job_title_when_two_members_are_compared(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("does Tobias Ravnkilde have the same gig as Ingrid Falkesen?")
    assert answer.text.startswith("Yes"), answer.text
