"""Former members and provenance, on a copy of the invented knowledge where a curator has
recorded a change: Søholt's seat passed to Egemose, and Krageby's member was replaced."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.knowledge import KnowledgeError
from bot.core.loader import load_knowledge
from bot.telegram.format import answer_messages

FIXTURE_KNOWLEDGE = Path(__file__).resolve().parent / "fixtures" / "knowledge"

SOEHOLT_SEAT = (
    "    - id: soeholt\n      organisation: Søholt Kommune\n      municipality: Søholt\n      people:\n"
    "        - {name: Aksel Brandtoft, title_da: teknik- og miljødirektør, "
    "title_en: director of technical and environmental services}\n"
)
EGEMOSE_SEAT = """    - id: egemose
      organisation: Egemose Kommune
      municipality: Egemose
      people:
        - {name: Vibeke Moesgaard, title_da: kommunaldirektør, title_en: municipal chief executive, as_of: "2032-02-01"}
      former:
        - name: Aksel Brandtoft
          title_da: teknik- og miljødirektør
          title_en: director of technical and environmental services
          organisation: Søholt Kommune
          municipality: Søholt
          left: "2032-01"
          replaced_by: Vibeke Moesgaard
          as_of: "2032-02-01"
"""
KRAGEBY_PERSON = (
    "        - {name: Ingrid Falkesen, title_da: forsyningsdirektør, title_en: utilities director, pronoun: she}\n"
)
KRAGEBY_CHANGED = (
    "        - {name: Oskar Lundbeck, title_da: forsyningsdirektør, title_en: utilities director,\n"
    "           as_of: '2033-05-01'}\n"
    "      former:\n"
    "        - {name: Ingrid Falkesen, title_da: forsyningsdirektør, title_en: utilities director,\n"
    "           as_of: '2033-05-01'}\n"
)


def _copy_with(tmp_path: Path, *changes: tuple[str, str]) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(FIXTURE_KNOWLEDGE, target)
    facts = target / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new, 1)
    facts.write_text(text, encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    directory = _copy_with(
        tmp_path_factory.mktemp("history"), (SOEHOLT_SEAT, EGEMOSE_SEAT), (KRAGEBY_PERSON, KRAGEBY_CHANGED)
    )
    return Engine(load_knowledge(directory))


@pytest.mark.parametrize(
    ("question", "opening", "named"),
    [
        ("Is Aksel Brandtoft still in the group?", "No.", "Vibeke Moesgaard"),
        ("er Aksel Brandtoft stadig medlem af styregruppen?", "Nej.", "Vibeke Moesgaard"),
        ("did Aksel Brandtoft leave the group?", "Yes.", "Vibeke Moesgaard"),
        ("who replaced Aksel Brandtoft?", "Aksel Brandtoft is no longer", "Vibeke Moesgaard"),
        ("hvem afløste Ingrid Falkesen", "Ingrid Falkesen er ikke længere", "Oskar Lundbeck"),
    ],
)
def test_a_former_member_is_no_longer_in_the_group_and_their_successor_is_named(
    changed: Engine, question: str, opening: str, named: str
) -> None:
    answer = changed.ask(question)
    assert answer.answered
    assert answer.text.startswith(opening)
    assert named in answer.text


@pytest.mark.parametrize("question", ["who represented Søholt before?", "hvem repræsenterede Søholt før?"])
def test_who_represented_a_municipality_before_names_the_former_member(changed: Engine, question: str) -> None:
    answer = changed.ask(question)
    assert "Aksel Brandtoft" in answer.text
    assert "2032-01" in answer.text


def test_a_municipality_that_left_the_group_gets_a_no_with_its_history(changed: Engine) -> None:
    answer = changed.ask("er Søholt med i styregruppen?")
    assert answer.text.startswith("Nej")
    assert "Aksel Brandtoft" in answer.text
    assert "Vibeke Moesgaard" in answer.text


def test_without_a_recorded_predecessor_the_bot_says_nothing_records_one(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("who represented Lyngholt before?")
    assert not answer.answered
    assert "Tobias Ravnkilde" in answer.text


def test_a_member_added_by_a_curator_cites_the_note_and_its_date(changed: Engine) -> None:
    answer = changed.ask("who represents Egemose?")
    assert "Vibeke Moesgaard" in answer.text
    assert (answer.citation, answer.as_of) == ("curator", "2032-02-01")
    assert "as of 2032-02-01" in answer_messages(answer, changed.knowledge)[-1]


def test_a_member_from_the_article_still_cites_the_member_list(changed: Engine) -> None:
    answer = changed.ask("who represents Lyngholt?")
    assert (answer.citation, answer.as_of) == ("members", None)


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("utilities director, pronoun: she}\n", "utilities director, pronoun: she, as_of: '1 May'}\n", "as_of"),
        ("utilities director, pronoun: she}\n", "utilities director, pronoun: she, source: curator}\n", "as_of"),
        ("utilities director, pronoun: she}\n", "utilities director, pronoun: she, source: membres}\n", "source"),
        (SOEHOLT_SEAT, EGEMOSE_SEAT.replace("municipality: Søholt", "municipality: Atlantis"), "municipality"),
        (SOEHOLT_SEAT, EGEMOSE_SEAT.replace('left: "2032-01"', "left: soon"), "left"),
        (SOEHOLT_SEAT, EGEMOSE_SEAT.replace("replaced_by:", "replaced_bye:"), "replaced_bye"),
    ],
)
def test_a_bad_provenance_or_history_field_is_refused_naming_the_field(
    tmp_path: Path, old: str, new: str, field: str
) -> None:
    with pytest.raises(KnowledgeError) as refused:
        load_knowledge(_copy_with(tmp_path, (old, new)))
    assert any(f"field '{field}'" in problem for problem in refused.value.problems), refused.value.problems


def test_a_kind_of_job_a_curator_adds_to_the_vocabulary_is_found_in_the_titles(tmp_path: Path) -> None:
    """Subject words live in knowledge/vocabulary.yaml, not in the engine: adding one is enough."""
    question = "who has 'hydrology' in their title?"
    directory = _copy_with(tmp_path)
    assert "Rasmus Kvistgaard" not in Engine(load_knowledge(directory)).ask(question).text
    vocabulary = directory / "vocabulary.yaml"
    vocabulary.write_text(vocabulary.read_text(encoding="utf-8") + "  # added by a curator\n", encoding="utf-8")
    text = vocabulary.read_text(encoding="utf-8").replace(
        "  forskning: [research, forskning]", "  forskning: [research, hydrology, forskning]"
    )
    vocabulary.write_text(text, encoding="utf-8")
    assert "Rasmus Kvistgaard" in Engine(load_knowledge(directory)).ask(question).text
