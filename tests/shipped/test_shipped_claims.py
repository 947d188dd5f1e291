"""Claims about the shipped facts: a false claim never gets a yes, a true one gets it.

The claims are generated from the loaded knowledge (every member × every member
municipality and a few others × every title × every organisation × the chair), so a
curator's change to the group changes the claims with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.core.engine import Engine
from bot.core.normalize import fold

OTHER_MUNICIPALITIES = ("Odense", "Kolding", "Herning")


def _verdict(engine: Engine, question: str) -> str | None:
    answer = engine.ask(question)
    first = fold(answer.text).split()[:1]
    return first[0] if first and first[0] in {"ja", "jo", "yes", "nej", "no"} else None


def _municipality_claims(engine: Engine) -> list[tuple[str, bool]]:
    k = engine.knowledge
    places = [s.municipality for s in k.seats if s.municipality] + list(OTHER_MUNICIPALITIES)
    claims = []
    for seat in k.seats:
        for person in seat.people:
            for place in places:
                true = seat.municipality == place
                claims.append((f"{person.name} er fra {place}, ikk?", true))
                claims.append((f"Is {person.name} from {place}, right?", true))
                # a leading question claims the place too ("isn't X from Y?")
                claims.append((f"er {person.name} ikke fra {place}?", true))
                claims.append((f"Isn't {person.name} from {place}?", true))
    return claims


def _title_claims(engine: Engine) -> list[tuple[str, bool]]:
    people = engine.knowledge.people
    titles = sorted({p.title.da for p in people})
    return [(f"er {p.name} {title}?", p.title.da == title) for p in people for title in titles]


def _organisation_claims(engine: Engine) -> list[tuple[str, bool]]:
    k = engine.knowledge
    claims = []
    for seat in k.seats:
        for person in seat.people:
            for organisation in k.organisations:
                true = seat.organisation_id == organisation.id
                claims.append((f"{person.name} works for {organisation.short}, right?", true))
            claims.append((f"Is {person.name} the chair?", seat.chair))
    return claims


OFFICES = ("borgmester", "mayor", "minister")


def _office_claims(engine: Engine) -> list[tuple[str, bool]]:
    """An elected office beside the member's own place: never any member's job."""
    claims = []
    for seat in engine.knowledge.seats:
        place = seat.municipality or seat.organisation
        for person in seat.people:
            claims += [(f"{person.name} er {office} i {place}, ikk?", False) for office in OFFICES]
            claims += [(f"is {person.name} the {office} of {place}?", False) for office in OFFICES]
    return claims


def _led_by_claims(engine: Engine) -> list[tuple[str, bool]]:
    k = engine.knowledge
    chairing = {s.organisation_id for s in k.seats if s.chair}
    forms = ("er styregruppen ledet af {short}?", "is the group led by {short}?", "styregruppen ledes af {short}, ikk?")
    return [(form.format(short=o.short), o.id in chairing) for o in k.organisations for form in forms]


def _name_claims(engine: Engine) -> list[tuple[str, bool]]:
    people = engine.knowledge.people
    firsts = sorted({p.name.split()[0] for p in people})
    claims = []
    for p in people:
        first, last = p.name.split()[0], p.name.split()[-1]
        claims += [(f"{last} hedder {f} til fornavn, ikk?", f == first) for f in firsts]
        claims += [(f"{last}'s first name is {f}, right?", f == first) for f in firsts]
    return claims


UNHELD_PLACES = ("Hobro", "Jylland", "Mars")
"""A town, a region and a planet: no municipality the knowledge knows, so never confirmed."""
UNHELD_TRAITS = ("nice", "stupid", "human")
"""What small talk says of someone, which the facts hold nothing on."""


def _unheld_claims(engine: Engine) -> list[tuple[str, bool]]:
    claims = []
    for person in engine.knowledge.people:
        claims += [(f"{person.name} er fra {place}, ikk?", False) for place in UNHELD_PLACES]
        claims += [(f"is {person.name} from {place}?", False) for place in UNHELD_PLACES]
        claims += [(f"is {person.name} {trait}?", False) for trait in UNHELD_TRAITS]
    return claims


def _board_claims(engine: Engine) -> list[tuple[str, bool]]:
    """The chair of an organisation, which is not the group's chair and no member's title."""
    k = engine.knowledge
    claims = []
    for person in k.people:
        for organisation in k.organisations:
            claims.append((f"er {person.name} formand for {organisation.short}?", False))
            claims.append((f"is {person.name} the chair of {organisation.short}?", False))
    return claims


def _position_claims(engine: Engine) -> list[tuple[str, bool]]:
    """Each member first, last and at each number on the list, by the list's order."""
    seats = engine.knowledge.seats
    claims = []
    for place, seat in enumerate(seats, start=1):
        for person in seat.people:
            claims.append((f"is {person.name} first on the list?", place == 1))
            claims.append((f"står {person.name} sidst på listen?", place == len(seats)))
            claims += [(f"{person.name} is number {n} on the list, right?", n == place) for n in (1, 5, 8, 14)]
    return claims


def _contrast_claims(engine: Engine) -> list[tuple[str, bool]]:
    """One value affirmed and another denied ("X er A og ikke B?"): true only with both halves."""
    k = engine.knowledge
    titles = sorted({p.title.da for p in k.people})
    places = sorted({s.municipality for s in k.seats if s.municipality})
    claims = []
    for seat in k.seats:
        for person in seat.people:
            own = person.title.da
            for other in [t for t in titles if t != own][:3]:
                claims.append((f"{person.name} er {own} og ikke {other}?", True))
                claims.append((f"{person.name} er {other} og ikke {own}?", False))
            if seat.municipality:
                other_place = next(p for p in places if p != seat.municipality)
                claims.append((f"{person.name} is from {seat.municipality}, not {other_place}?", True))
                claims.append((f"{person.name} is from {other_place}, not {seat.municipality}?", False))
    return claims


@pytest.mark.parametrize(
    "make_claims",
    [
        _contrast_claims,
        _position_claims,
        _board_claims,
        _municipality_claims,
        _title_claims,
        _organisation_claims,
        _led_by_claims,
        _name_claims,
        _office_claims,
        _unheld_claims,
    ],
)
def test_a_false_claim_about_a_member_is_never_confirmed(engine: Engine, make_claims) -> None:  # type: ignore[no-untyped-def]
    confirmed_false = [q for q, true in make_claims(engine) if not true and _verdict(engine, q) in {"ja", "jo", "yes"}]
    assert confirmed_false == []


@pytest.mark.parametrize(
    "make_claims", [_municipality_claims, _title_claims, _organisation_claims, _position_claims, _contrast_claims]
)
def test_a_true_claim_about_a_member_is_confirmed(engine: Engine, make_claims) -> None:  # type: ignore[no-untyped-def]
    unconfirmed = [q for q, true in make_claims(engine) if true and _verdict(engine, q) not in {"ja", "jo", "yes"}]
    assert unconfirmed == []


@pytest.mark.parametrize(
    "make_claims", [_municipality_claims, _title_claims, _organisation_claims, _office_claims, _contrast_claims]
)
def test_a_false_claim_about_a_member_is_denied(engine: Engine, make_claims) -> None:  # type: ignore[no-untyped-def]
    undenied = [q for q, true in make_claims(engine) if not true and _verdict(engine, q) not in {"nej", "no"}]
    assert undenied == []


LABELLED = sorted((Path(__file__).parents[1] / "data").glob("*_questions.yaml"))


def _false_claims() -> list[str]:
    """Questions a labelled set marks as false claims: a "yes"/"ja" is forbidden in the answer."""
    return [
        str(item["q"])
        for path in LABELLED
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))
        if {"yes", "ja"} & {str(alt).casefold() for alt in item.get("forbid", [])}
    ]


def test_no_false_claim_in_the_labelled_sets_gets_a_yes(engine: Engine) -> None:
    confirmed = [q for q in _false_claims() if _verdict(engine, q) in {"ja", "jo", "yes"}]
    assert confirmed == []


@pytest.mark.parametrize(
    ("question", "allowed"),
    [
        # an answer about SKI's part in the strategy names SKI, but not as the one adopting it
        ("SKI vedtog strategien?", {"nej", None}),
        ("SKI adopted the strategy?", {"no", None}),
        ("KL vedtog strategien?", {"ja"}),
        # SKI helping deliver the strategy is no origin of it
        ("is the strategy from SKI?", {"no", None}),
        ("strategien er fra SKI?", {"nej", None}),
        ("the steering group was set up by KL?", {"yes"}),
        # asked alone, "it" is nothing yet: the organisation's profile is no evidence of what "it" is
        ("er det SKI?", {None}),
        ("was it by SKI?", {None}),
    ],
)
def test_what_an_organisation_is_claimed_to_have_done_needs_the_deed_not_only_the_name(
    engine: Engine, question: str, allowed: set[str | None]
) -> None:
    assert _verdict(engine, question) in allowed, engine.ask(question).text


def test_what_ski_says_is_no_longer_rare_claimed_still_a_rarity_gets_no_yes(engine: Engine) -> None:
    answer = engine.ask(
        "Is it right that, according to SKI, participation by more than 80 municipalities in an agreement is still"
        " a rarity?"
    )
    assert not answer.text.startswith("Yes"), answer.text


def test_a_sum_put_up_with_drejer_sig_om_is_confirmed_like_one_put_up_with_er(engine: Engine) -> None:
    answer = engine.ask("Så det drejer sig om godt 1,8 mia. kr.?")
    assert answer.text.startswith("Ja.") and "1,8 mia" in answer.text, answer.text


def test_a_request_to_confirm_that_states_nothing_gets_no_verdict_from_the_entry_it_resembles(
    engine: Engine,
) -> None:
    # "Is that figure correct?" alone resembles the entry on where the savings figure comes
    # from; with no figure of its own, it has nothing to be borne out.
    assert not engine.ask("Is that figure correct?").text.startswith(("Yes", "No"))


def test_a_member_claimed_to_head_a_town_that_shares_another_members_surname_gets_no_yes(engine: Engine) -> None:
    # "of Herlev" is the town, not Kim Herlev: Lars Holte is kommunaldirektør, but of Høje Taastrup.
    assert engine.ask("Lars Holte is the kommunaldirektør of Herlev?").text.startswith("No")


@pytest.mark.parametrize(
    "question",
    ["er Morten Mandøe formand for hele KL?", "så han er formand for selve KL?", "Is Mandøe chair of the whole KL?"],
)
def test_the_group_chair_claimed_to_chair_the_whole_of_his_organisation_gets_no_yes(
    engine: Engine, question: str
) -> None:
    # He chairs the steering group; who chairs KL itself the article does not say.
    assert _verdict(engine, question) not in {"ja", "jo", "yes"}, engine.ask(question).text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("og Lau Svendsen-Tune, var han ikke fra Vordingborg?", "Jo"),
        ("Lau Svendsen-Tune, var han ikke fra Nyborg?", "Nej"),
    ],
)
def test_a_leading_question_about_a_hyphenated_name_set_before_it_leans_on_its_claim(
    engine: Engine, question: str, verdict: str
) -> None:
    assert engine.ask(question).text.startswith(verdict)
