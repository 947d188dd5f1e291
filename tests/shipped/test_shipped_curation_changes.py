"""Issue #9's five curator changes, each made on a copy of knowledge/ by editing YAML alone:
`check` stays clean, and every answer about the change follows the new data with nothing
stale left. The changes and their questions are scripts/curation_acceptance.py's (a curator
runs that script to see the answers); they replace the article's own lines, so they live here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from bot.core.engine import Engine
from bot.core.loader import default_knowledge_dir

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "curation_acceptance.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("curation_acceptance", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


acceptance = _load_script()
CHANGES = {change.id: change for change in acceptance.CHANGES}
QUESTIONS = [
    pytest.param(
        change.id,
        question,
        id=f"{change.id}: {question.q}",
        marks=[pytest.mark.xfail(strict=True, reason=question.gap)] if question.gap else [],
    )
    for change in acceptance.CHANGES
    for question in change.questions
]


@pytest.fixture(scope="module")
def engines(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Engine]:
    """One engine per change, each over its own copy of knowledge/."""
    return {
        change_id: acceptance.engine_after(change, default_knowledge_dir(), tmp_path_factory.mktemp(change_id))
        for change_id, change in CHANGES.items()
    }


@pytest.mark.parametrize("change_id", list(CHANGES))
def test_check_is_clean_after_the_change(engines: dict[str, Engine], change_id: str) -> None:
    assert acceptance.check_problems(engines[change_id]) == []


@pytest.mark.parametrize(("change_id", "question"), QUESTIONS)
def test_the_answer_about_the_change_follows_the_new_data(
    engines: dict[str, Engine], change_id: str, question: object
) -> None:
    answer = engines[change_id].ask(question.q).text  # type: ignore[attr-defined]
    assert acceptance.judge(question, answer) is None, answer


def test_the_acceptance_script_reports_every_change_and_no_failure(capsys: pytest.CaptureFixture[str]) -> None:
    assert acceptance.main([]) == 0
    out = capsys.readouterr().out
    assert all(f"== {change_id}:" in out for change_id in CHANGES)
    assert out.rstrip().endswith("5 change(s), 0 failure(s)")
