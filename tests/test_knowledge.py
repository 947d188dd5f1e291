"""Loading the knowledge: broken files are reported with file, entry and field (on copies of
the invented fixture knowledge; tests/shipped/ states what the real article says)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.core.facts import FactRenderer
from bot.core.knowledge import KnowledgeError
from bot.core.loader import load_knowledge

KNOWLEDGE = Path(__file__).resolve().parent / "fixtures" / "knowledge"


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target


def problems_after(directory: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(directory)
    return caught.value.problems


def test_a_missing_answer_text_names_file_entry_and_field(knowledge_copy: Path) -> None:
    path = knowledge_copy / "qa" / "group.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("      en: LWB (the Lakeside", "      xx: LWB (the Lakeside", 1),
        encoding="utf-8",
    )
    problems = problems_after(knowledge_copy)
    assert any("group.yaml" in p and "entry 'set-up-by'" in p and "'answer.en'" in p for p in problems), problems


def test_a_duplicate_entry_id_is_reported_with_both_files(knowledge_copy: Path) -> None:
    path = knowledge_copy / "qa" / "article.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("id: chair-comment", "id: chair"), encoding="utf-8")
    problems = problems_after(knowledge_copy)
    assert any("duplicate id" in p and "'chair'" in p and "group.yaml" in p for p in problems), problems


def test_invalid_yaml_is_reported_with_its_line(knowledge_copy: Path) -> None:
    (knowledge_copy / "qa" / "broken.yaml").write_text("entries:\n  - id: x\n    questions: [unclosed\n")
    problems = problems_after(knowledge_copy)
    assert any("broken.yaml" in p and "line" in p for p in problems), problems


def test_an_unknown_source_and_fact_are_both_reported_in_one_run(knowledge_copy: Path) -> None:
    path = knowledge_copy / "qa" / "plan.yaml"
    text = path.read_text(encoding="utf-8").replace("source: facts_box", "source: nowhere", 1)
    path.write_text(text.replace("fact: themes", "fact: weather", 1), encoding="utf-8")
    problems = problems_after(knowledge_copy)
    assert any("unknown source 'nowhere'" in p for p in problems)
    assert any("unknown fact 'weather'" in p for p in problems)


def test_a_seat_without_a_name_is_reported_by_seat(knowledge_copy: Path) -> None:
    path = knowledge_copy / "facts.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("{name: Tobias Ravnkilde, ", "{", 1), encoding="utf-8")
    problems = problems_after(knowledge_copy)
    assert any("seat 'lyngholt'" in p and "people.name" in p for p in problems), problems


def test_a_missing_file_is_named(knowledge_copy: Path) -> None:
    (knowledge_copy / "municipalities.yaml").unlink()
    assert any("municipalities.yaml: file is missing" in p for p in problems_after(knowledge_copy))


def test_a_missing_directory_says_how_to_point_at_one(tmp_path: Path) -> None:
    assert "BOT_KNOWLEDGE_DIR" in problems_after(tmp_path / "nowhere")[0]


def test_a_source_the_fact_answers_cite_must_be_defined(knowledge_copy: Path) -> None:
    path = knowledge_copy / "facts.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  facts_box:\n", "  fact_box:\n"), encoding="utf-8")
    problems = problems_after(knowledge_copy)
    assert any("facts.yaml" in p and "field 'facts_box'" in p for p in problems), problems


def test_an_unknown_field_in_a_passage_is_named_with_file_passage_and_field(knowledge_copy: Path) -> None:
    path = knowledge_copy / "passages.yaml"
    text = path.read_text(encoding="utf-8").replace("    source: lead\n", "    sourse: lead\n")
    path.write_text(text, encoding="utf-8")
    problems = problems_after(knowledge_copy)
    assert any("passages.yaml" in p and "passage 'lead'" in p and "field 'sourse'" in p for p in problems), problems


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        # a misspelt field in a Q&A entry, with the field it probably is
        ("qa/group.yaml", "    answer:\n", "    anwser:\n", ["field 'anwser'", "did you mean 'answer'"]),
        # a misspelt kind: a refusal must not silently become a confident answer
        ("qa/not_in_article.yaml", "kind: not_in_article", "kind: not_in_artcle", ["field 'kind'", "not_in_article'?"]),
        # a misspelt top-level key of the fact base
        ("facts.yaml", "\nagreements:\n", "\nagrements:\n", ["field 'agrements'", "did you mean 'agreements'"]),
        # a number where a text belongs
        ("facts.yaml", 'date: "02-05-2031"', "date: 5", ["field 'date'", "number 5"]),
        # a seat id used twice
        ("facts.yaml", "    - id: lyngholt\n", "    - id: krageby\n", ["seat 'krageby'", "duplicate seat id"]),
        # a seat in a municipality that does not exist
        ("facts.yaml", "municipality: Lyngholt\n", "municipality: Lyngholtt\n", ["is not in municipalities.yaml"]),
        # a pronoun outside the closed set: "hun" would otherwise silently rule her out of "she"
        (
            "facts.yaml",
            "head of environment, pronoun: she}",
            "head of environment, pronoun: hun}",
            ["seat 'lwb', person 'Helle Birkmose'", "field 'pronoun'", "must be one of he, she"],
        ),
    ],
)
def test_check_refuses_a_curators_slip_naming_file_entry_and_field(
    knowledge_copy: Path, file: str, old: str, new: str, expected: list[str]
) -> None:
    _edit(knowledge_copy / file, old, new)
    problems = problems_after(knowledge_copy)
    assert any(file.split("/")[-1] in p and all(e in p for e in expected) for p in problems), problems


def test_the_same_person_in_two_seats_is_refused(knowledge_copy: Path) -> None:
    _edit(knowledge_copy / "facts.yaml", "{name: Tobias Ravnkilde,", "{name: Ingrid Falkesen,")
    problems = problems_after(knowledge_copy)
    assert any("'Ingrid Falkesen' is already in another seat" in p for p in problems), problems


def test_a_placeholder_naming_no_fact_is_refused_with_the_nearest_one(knowledge_copy: Path) -> None:
    _edit(knowledge_copy / "qa" / "agreements.yaml", "potential of just over", "potential of {agreements.saving}")
    problems = problems_after(knowledge_copy)
    assert any("placeholder '{agreements.saving}'" in p and "did you mean 'agreements.savings'" in p for p in problems)


def test_another_name_for_a_title_no_member_holds_is_refused_naming_the_file_and_the_title(tmp_path: Path) -> None:
    root = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, root)
    vocabulary = root / "vocabulary.yaml"
    text = vocabulary.read_text(encoding="utf-8")
    vocabulary.write_text(text.replace("  forsyningsdirektør: [", "  havnefoged: ["), encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(root)
    assert any("vocabulary.yaml" in p and "havnefoged" in p for p in caught.value.problems), caught.value.problems


def test_a_hand_written_answer_may_name_how_many_years_the_strategy_spans(knowledge_copy: Path) -> None:
    renderer = FactRenderer(load_knowledge(knowledge_copy))
    period = renderer.k.strategy.period
    years = [int(y) for y in period.split("-")]
    filled = renderer.fill("{strategy.period}: {count.strategy_years} years", "en")
    assert filled == f"{period}: {years[1] - years[0] + 1} years"
