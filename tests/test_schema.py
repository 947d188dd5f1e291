"""The JSON Schemas in knowledge/schema/ (what an editor checks as a curator types) accept the
knowledge the bot accepts and refuse what it refuses."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from bot.core.knowledge import CITATIONS, ENTRY_KINDS, FACT_RENDERERS, KnowledgeError
from bot.core.loader import FIELDS, default_knowledge_dir, load_knowledge

KNOWLEDGE = default_knowledge_dir()
FIXTURE_KNOWLEDGE = Path(__file__).resolve().parent / "fixtures" / "knowledge"
SCHEMAS = KNOWLEDGE / "schema"
MODELINE = "# yaml-language-server: $schema="


def schema_name(path: Path) -> str:
    """Which schema a knowledge file follows: qa/*.yaml share one, the others are named after the file."""
    return "qa" if path.parent.name == "qa" else path.stem


def knowledge_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.yaml"))


def schema(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    return loaded


def schema_errors(path: Path) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema(schema_name(path)))
    return [f"{path.name}: {'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]


@pytest.mark.parametrize("name", ["facts", "municipalities", "passages", "qa", "vocabulary"])
def test_each_schema_is_a_valid_json_schema(name: str) -> None:
    jsonschema.Draft202012Validator.check_schema(schema(name))


@pytest.mark.parametrize("root", [KNOWLEDGE, FIXTURE_KNOWLEDGE], ids=["shipped", "fixture"])
def test_every_knowledge_file_validates_against_its_schema(root: Path) -> None:
    errors = [error for path in knowledge_files(root) for error in schema_errors(path)]
    assert errors == []


@pytest.mark.parametrize("root", [KNOWLEDGE, FIXTURE_KNOWLEDGE], ids=["shipped", "fixture"])
def test_every_knowledge_file_names_its_schema_on_the_first_line_so_editors_find_it(root: Path) -> None:
    for path in knowledge_files(root):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith(MODELINE), path
        target = (path.parent / first.removeprefix(MODELINE)).resolve()
        assert target == (SCHEMAS / f"{schema_name(path)}.schema.json").resolve(), path


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "loader_says"),
    [
        ("qa/group.yaml", "    answer:\n", "    anwser:\n", "field 'anwser'"),
        ("qa/not_in_article.yaml", "kind: not_in_article", "kind: not_in_artcle", "field 'kind'"),
        ("facts.yaml", 'date: "02-05-2031"', "date: 5", "field 'date'"),
        ("facts.yaml", "title_en: utilities director,", "titel_en: utilities director,", "field 'titel_en'"),
        ("passages.yaml", "    source: lead\n", "    sourse: lead\n", "field 'sourse'"),
        ("facts.yaml", "title_en: utilities director,", "title_en: utilities director, source: curator,", "'as_of'"),
        ("facts.yaml", "  summary:\n", "  summary:\n    dk: Artiklen\n", "field 'dk'"),
        ("vocabulary.yaml", "title_parts:\n", "title_part:\n", "field 'title_part'"),
        (
            "vocabulary.yaml",
            "  forsyningsdirektør: [",
            "  forsyningsdirektor: 5\n  x: [",
            "title_names 'forsyningsdirektor'",
        ),
    ],
    ids=[
        "misspelt-key",
        "misspelt-kind",
        "number-for-text",
        "misspelt-person-key",
        "misspelt-passage-key",
        "curator-note-without-date",
        "third-language",
        "misspelt-vocabulary-key",
        "title-name-not-a-list",
    ],
)
def test_a_curators_slip_is_refused_by_the_schema_and_by_the_loader(
    tmp_path: Path, file: str, old: str, new: str, loader_says: str
) -> None:
    root = tmp_path / "knowledge"
    shutil.copytree(FIXTURE_KNOWLEDGE, root)
    _edit(root / file, old, new)
    assert schema_errors(root / file) != []
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(root)
    assert any(loader_says in problem for problem in caught.value.problems), caught.value.problems


def records(name: str) -> dict[str, set[str]]:
    """The keys a schema accepts per record: its top level under the file's name, and each
    `$defs` entry that has properties under its own name (as ``loader.FIELDS`` names them)."""
    document = schema(name)
    found = {name: set(document["properties"])}
    found |= {key: set(d["properties"]) for key, d in document["$defs"].items() if "properties" in d}
    return found


@pytest.mark.parametrize("name", ["facts", "municipalities", "passages", "qa", "vocabulary"])
def test_each_schema_accepts_exactly_the_keys_the_loader_accepts(name: str) -> None:
    drift = {
        record: (keys, set(FIELDS.get(record, ())))
        for record, keys in records(name).items()
        if keys != set(FIELDS.get(record, ()))
    }
    assert drift == {}


def test_every_record_the_loader_reads_is_described_by_a_schema() -> None:
    files = ("facts", "municipalities", "passages", "qa", "vocabulary")
    described = {record for name in files for record in records(name)}
    assert set(FIELDS) == described


def test_the_schemas_closed_sets_are_the_loaders() -> None:
    entry = schema("qa")["$defs"]["entry"]["properties"]
    assert entry["kind"]["enum"] == list(ENTRY_KINDS)
    assert entry["fact"]["enum"] == list(FACT_RENDERERS)
    assert schema("facts")["properties"]["sources"]["required"] == list(CITATIONS)
