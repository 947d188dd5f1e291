"""What the engine understands, shown on an invented knowledge (tests/fixtures/knowledge/).

The fixture is a made-up steering group of the Lakeside Water Board (LWB), chaired by Rasmus
Kvistgaard of the Aquifer Research Institute (ARI): six seats, four municipalities (Mosevang's
seat is shared by two people), titles that overlap in part ("forsyningsdirektør",
"teknik- og miljødirektør", "vandchef", "miljøchef", "forskningschef"), three themes, savings
of "godt 2,4 mia. kr." since 2026, and four quotable passages. None of its names is in the real
article, so every test here that passes proves the behaviour comes from the engine and the
knowledge it is given, not from names written into ``bot/``.

Each test states one behaviour; its table lists questions and what the answer must (not) say.
A case marked ``xfail(strict=True)`` is a bug found in ``bot/``: the reason says what is
expected and what the engine gives instead.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bot.core.answer import Answer
from bot.core.engine import Engine
from bot.core.loader import load_knowledge
from bot.core.normalize import fold


def has(text: str, part: str) -> bool:
    """``part`` occurs in ``text`` as whole words, after folding (case, æ/ø/å, punctuation)."""
    return f" {fold(part)} " in f" {fold(text)} "


def verdict(answer: Answer) -> str | None:
    """The answer's leading yes or no, folded ("ja", "yes", "nej", "no"), else None."""
    first = fold(answer.text).split()[:1]
    return first[0] if first and first[0] in {"ja", "yes", "nej", "no"} else None


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


YES = ("ja", "yes")
NO = ("nej", "no")


def bug(*values: object, reason: str) -> object:
    """A table row the engine gets wrong today: a strict xfail whose reason is the bug report."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason="BUG: " + reason))


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


# -- claims about a member ------------------------------------------------------------------

MEMBER_CLAIMS = [
    # Danish: tag, "er det rigtigt at", statement + "?", yes/no opener
    ("Ingrid Falkesen er fra Krageby, ikk?", "ja", ["Krageby Kommune"], [], "da"),
    ("Ingrid Falkesen er fra Lyngholt, ikk?", "nej", ["Krageby Kommune", "Tobias Ravnkilde"], [], "da"),
    ("er det rigtigt at Aksel Brandtoft er fra Søholt?", "ja", ["Søholt Kommune"], [], "da"),
    ("er det rigtigt at Aksel Brandtoft er fra Mosevang?", "nej", ["Søholt Kommune"], [], "da"),
    ("Ingrid er fra Krageby?", "ja", ["Ingrid Falkesen"], [], "da"),
    ("Kvistgaard er formand?", "ja", ["Rasmus Kvistgaard", "ARI"], [], "da"),
    ("Falkesen er formand, ikk?", "nej", ["Rasmus Kvistgaard"], [], "da"),
    ("er Falkesen formand?", "nej", ["Rasmus Kvistgaard"], [], "da"),
    ("Kvistgaard er fra ARI, ikk?", "ja", ["forskningschef"], [], "da"),
    ("er Jonas Vinterberg vandchef?", "ja", ["Mosevang Kommune"], [], "da"),
    ("er Jonas Vinterberg miljøchef?", "nej", ["vandchef"], [], "da"),
    ("Falkesen er forsyningsdirektør i Krageby, ikk?", "ja", [], [], "da"),
    ("Falkesen er forsyningsdirektør i Lyngholt, ikk?", "nej", ["Tobias Ravnkilde"], [], "da"),
    # English: "right?", yes/no opener, "represented by"
    ("Is Tobias Ravnkilde from Lyngholt, right?", "yes", ["Lyngholt Kommune"], [], "en"),
    ("Is Tobias Ravnkilde from Krageby, right?", "no", ["Lyngholt Kommune", "Ingrid Falkesen"], [], "en"),
    ("Is Tobias Ravnkilde from Lyngholm, right?", "no", ["Lyngholt Kommune"], [], "en"),
    ("Is Helle Birkmose from LWB?", "yes", ["miljøchef"], [], "en"),
    ("Does Helle Birkmose work for LWB?", "yes", [], [], "en"),
    ("Kvistgaard is from ARI, right?", "yes", [], [], "en"),
    ("Is Rasmus Kvistgaard the chair?", "yes", [], [], "en"),
    ("Birkmose is the chair, right?", "no", ["Rasmus Kvistgaard", "Helle Birkmose"], [], "en"),
    ("Is Jonas Vinterberg a water manager?", "yes", [], [], "en"),
    ("Is Jonas Vinterberg a head of environment?", "no", ["water manager"], [], "en"),
    ("Falkesen is a utilities director, right?", "yes", [], [], "en"),
    ("Falkesen is a water manager, right?", "no", ["utilities director"], [], "en"),
    ("Is Krageby represented by Ingrid Falkesen?", "yes", [], [], "en"),
    ("Is Krageby represented by Tobias Ravnkilde?", "no", ["Ingrid Falkesen"], [], "en"),
    # "X = Y?": no language cue, so no language is asked of the answer
    ("Falkesen = Krageby?", "yes", [], [], None),
    ("Falkesen = Lyngholt?", "no", ["Krageby Kommune"], [], None),
    ("Kvistgaard = ARI?", "yes", [], [], None),
    ("Kvistgaard = LWB?", "no", ["Helle Birkmose"], [], None),
    bug(
        "Helle Birkmose works for LWB, right?",
        "yes",
        [],
        [],
        "en",
        reason="answered in Danish ('Ja. Helle Birkmose er miljøchef i LWB …'): language cues are learnt "
        "from the knowledge's variants, so 'for' (only in Danish variants here) outvotes 'works'/'right'",
    ),
    bug(
        "Rasmus Kvistgaard chairs the group, right?",
        "yes",
        [],
        [],
        "en",
        reason="a chair claim made with the verb is not read as a claim: 'The article does not say. "
        "About Rasmus Kvistgaard …' (same on the shipped knowledge: 'Morten Mandøe chairs the group, right?')",
    ),
    bug(
        "Falkesen leder styregruppen, ikk?",
        "nej",
        ["Rasmus Kvistgaard"],
        [],
        "da",
        reason="'leder styregruppen' is no chair claim: Falkesen's profile, no 'Nej', no chair",
    ),
]


@pytest.mark.parametrize(("question", "start", "contains", "lacks", "language"), MEMBER_CLAIMS)
def test_a_claim_about_a_member_is_answered_yes_or_no_with_the_true_facts(
    fixture_engine: Engine,
    question: str,
    start: str,
    contains: list[str],
    lacks: list[str],
    language: str | None,
) -> None:
    check(fixture_engine.ask(question), start=start, contains=contains, lacks=lacks, language=language)


TWO_PERSON_CLAIMS = [
    ("Falkesen og Ravnkilde er begge forsyningsdirektører, ikk?", "ja"),
    ("Falkesen og Brandtoft er begge forsyningsdirektører, ikk?", "nej"),
    ("Falkesen and Ravnkilde are both utilities directors, right?", "yes"),
    ("Strandgaard and Vinterberg are from Mosevang, right?", "yes"),
    ("Strandgaard and Brandtoft are from Mosevang, right?", "no"),
    ("Falkesen og Ravnkilde er fra Krageby, ikk?", "nej"),
    ("Strandgaard er fra Mosevang og Brandtoft fra Søholt, ikk?", "ja"),
    ("Strandgaard er fra Søholt og Brandtoft fra Mosevang, ikk?", "nej"),
]


@pytest.mark.parametrize(("question", "start"), TWO_PERSON_CLAIMS)
def test_a_claim_about_two_members_is_confirmed_only_when_it_holds_for_both(
    fixture_engine: Engine, question: str, start: str
) -> None:
    answer = fixture_engine.ask(question)
    check(answer, start=start)
    names = [p.name for p in fixture_engine.knowledge.people if has(question, p.name.split()[-1])]
    assert len(names) == 2 and all(has(answer.text, name) for name in names), answer.text


@pytest.mark.parametrize("question", ["Helle er fra Mosevang, ikk?", "Is Helle from LWB?"])
def test_a_claim_about_a_first_name_two_members_share_gets_no_verdict_but_both_members(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert verdict(answer) is None, answer.text
    assert has(answer.text, "Helle Strandgaard") and has(answer.text, "Helle Birkmose")
