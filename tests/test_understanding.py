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

from bot.core.engine import Engine
from bot.core.loader import load_knowledge
from bot.core.normalize import fold

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
