"""``check`` warns when a curator's own words name someone the facts no longer (or never) hold,
on copies of the invented fixture knowledge."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.cli import main
from bot.core.loader import load_knowledge
from bot.curation.names import stale_names

FIXTURE_KNOWLEDGE = Path(__file__).resolve().parent / "fixtures" / "knowledge"
KRAGEBY_PERSON = (
    "        - {name: Ingrid Falkesen, title_da: forsyningsdirektør, title_en: utilities director, pronoun: she}\n"
)
# Ingrid Falkesen leaves Krageby's seat; Nora Vestergaard takes it (a curator's note).
MEMBER_REPLACED = (
    "        - {name: Nora Vestergaard, title_da: forsyningsdirektør, title_en: utilities director,"
    ' source: curator, as_of: "2032-01-15"}\n'
    "      former:\n"
    "        - {name: Ingrid Falkesen, title_da: forsyningsdirektør, title_en: utilities director,"
    ' left: "2031-12", replaced_by: Nora Vestergaard, as_of: "2032-01-15"}\n'
)


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    root = tmp_path / "knowledge"
    shutil.copytree(FIXTURE_KNOWLEDGE, root)
    _edit(root / "facts.yaml", KRAGEBY_PERSON, MEMBER_REPLACED)
    return root


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _add_entry(root: Path, answer_da: str, answer_en: str) -> None:
    (root / "qa" / "history.yaml").write_text(
        "entries:\n"
        "  - id: krageby-history\n"
        "    source: curator\n"
        '    as_of: "2032-01-15"\n'
        "    questions:\n"
        "      da: [Hvad er redaktionens note om udskiftningen?]\n"
        "      en: [What is the editors' note on the change of member?]\n"
        "    answer:\n"
        f"      da: {answer_da}\n"
        f"      en: {answer_en}\n",
        encoding="utf-8",
    )


def _warnings(root: Path) -> list[str]:
    return [str(w) for w in stale_names(load_knowledge(root))]


def test_the_fixture_knowledge_gives_no_warning() -> None:
    assert _warnings(FIXTURE_KNOWLEDGE) == []


def test_a_replacement_recorded_under_former_gives_no_warning_by_itself(knowledge: Path) -> None:
    assert _warnings(knowledge) == []


def test_an_answer_naming_a_former_member_is_warned_with_file_entry_field_and_seat(knowledge: Path) -> None:
    _add_entry(knowledge, "Ingrid Falkesen sidder for Krageby.", "Krageby's seat is Nora Vestergaard's.")
    assert _warnings(knowledge) == [
        "qa/history.yaml: entry 'krageby-history', answer.da: names 'Ingrid Falkesen', "
        "who is no longer in the facts (former member of seat krageby)"
    ]


def test_a_former_member_named_in_the_genitive_is_still_warned(knowledge: Path) -> None:
    _add_entry(knowledge, "Krageby har en ny direktør.", "It was Ingrid Falkesen's seat.")
    assert [w.field for w in stale_names(load_knowledge(knowledge))] == ["answer.en"]


def test_a_full_name_nothing_in_the_knowledge_accounts_for_is_warned(knowledge: Path) -> None:
    _add_entry(knowledge, "Formanden er nu Sofie Lindholt.", "The chair is now Sofie Lindholt.")
    warnings = _warnings(knowledge)
    assert len(warnings) == 2 and all("names 'Sofie Lindholt', a full name that matches no" in w for w in warnings)


def test_a_theme_note_naming_a_former_member_is_warned(knowledge: Path) -> None:
    _edit(
        knowledge / "facts.yaml",
        "note_en: The article ties the joint pipe agreements",
        "note_en: Ingrid Falkesen ties the joint pipe agreements",
    )
    assert [w.split(": names")[0] for w in _warnings(knowledge)] == ["facts.yaml: theme 2, note_en"]


def test_an_organisations_about_naming_an_unknown_person_is_warned(knowledge: Path) -> None:
    _edit(knowledge / "facts.yaml", "a research institute that", "a research institute led by Karen Moesgaard that")
    assert [w.split(": names")[0] for w in _warnings(knowledge)] == ["facts.yaml: organisation 'ari', about.en"]


def test_current_members_places_organisations_and_sentence_starts_give_no_warning(knowledge: Path) -> None:
    _add_entry(
        knowledge,
        "Nora Vestergaard fra Krageby Kommune afløste en kollega; Rasmus Kvistgaards gruppe.",
        "In Krageby, Nora Vestergaard of Krageby Kommune works with the Lakeside Water Board.",
    )
    assert _warnings(knowledge) == []


def test_a_passage_naming_a_former_member_is_the_articles_word_and_gives_no_warning(knowledge: Path) -> None:
    _edit(
        knowledge / "passages.yaml",
        "    source: lead\n",
        "    source: lead\n    speaker: {da: Ingrid Falkesen, en: Ingrid Falkesen}\n",
    )
    assert _warnings(knowledge) == []


def test_check_prints_the_warning_and_still_exits_zero(knowledge: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _add_entry(knowledge, "Ingrid Falkesen sidder for Krageby.", "Ingrid Falkesen sits for Krageby.")
    status = main(["--knowledge", str(knowledge), "check"])
    out = capsys.readouterr().out
    assert status == 0, out
    assert "warning: qa/history.yaml: entry 'krageby-history', answer.en: names 'Ingrid Falkesen'" in out
    assert "2 warning(s)" in out
