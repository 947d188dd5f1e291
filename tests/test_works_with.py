"""Members asked for by the field they work in (fixture knowledge: the invented water board):
the field is the part of their titles that names it ("forsyning" in "forsyningsdirektør")."""

import pytest

from bot.core.engine import Engine


@pytest.mark.parametrize(
    ("question", "holders", "others"),
    [
        ("hvem arbejder med forsyning?", ["Falkesen", "Ravnkilde"], ["Kvistgaard", "Birkmose"]),
        ("which members work with utilities?", ["Falkesen", "Ravnkilde"], ["Kvistgaard"]),
        ("who works with research?", ["Kvistgaard"], ["Falkesen"]),
        ("who is responsible for research?", ["Kvistgaard"], ["Falkesen"]),
        ("who works with the environment?", ["Strandgaard", "Brandtoft", "Birkmose"], ["Kvistgaard"]),
        ("hvem i gruppen arbejder med forskning og miljø til daglig?", ["Kvistgaard", "Birkmose"], ["Falkesen"]),
    ],
)
def test_who_works_with_a_field_lists_the_members_whose_title_names_it(
    fixture_engine: Engine, question: str, holders: list[str], others: list[str]
) -> None:
    text = fixture_engine.ask(question).text
    assert all(name in text for name in holders)
    assert not any(name in text for name in others)


def test_a_kind_of_job_is_no_field_of_work(fixture_engine: Engine) -> None:
    # "director" names a kind of job: "who works with directors?" asks nothing of the titles.
    text = fixture_engine.ask("who works with directors?").text
    assert "in their title" not in text
