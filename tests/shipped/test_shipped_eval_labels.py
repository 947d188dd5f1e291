"""``eval`` on the shipped knowledge: the shared labelled file (whose labels encode the
article's facts) is judged exactly as shared/eval/score.py judges it, and passes."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.cli import main
from bot.curation.evaluate import judge, load_cases, member_surnames

SHARED_SCORE = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"
SHARED_QUESTIONS = SHARED_SCORE.with_name("questions.yaml")


def reply(answer: str = "", answered: bool = True, language: str = "en") -> dict[str, Any]:
    return {"answered": answered, "answer": answer, "language": language}


def _shared_scorer() -> Any:
    spec = importlib.util.spec_from_file_location("shared_score", SHARED_SCORE)
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


@pytest.mark.skipif(not SHARED_SCORE.is_file(), reason="shared/eval is not beside the checkout")
def test_at_members_stands_for_every_surname_score_py_knows(engine):
    assert set(_shared_scorer().MEMBER_SURNAMES) <= set(member_surnames(engine))


@pytest.mark.skipif(not SHARED_SCORE.is_file(), reason="shared/eval is not beside the checkout")
def test_every_verdict_on_the_shared_file_equals_score_py(engine):
    score = _shared_scorer()
    items = yaml.safe_load(SHARED_QUESTIONS.read_text(encoding="utf-8"))
    cases = load_cases(SHARED_QUESTIONS)
    for item, case in zip(items, cases, strict=True):
        got = engine.ask(case.q).to_json()
        assert judge(case, got, score.MEMBER_SURNAMES) == score.judge(item, got), case.q
        for wrong in (reply(got["answer"], not got["answered"]), reply("No, Karm is not.", True, "da")):
            assert judge(case, wrong, score.MEMBER_SURNAMES) == score.judge(item, wrong), case.q


def test_eval_of_the_shared_file_passes_in_process(capsys):
    if not SHARED_QUESTIONS.is_file():
        pytest.skip("shared/eval is not beside the checkout")
    assert main(["eval", str(SHARED_QUESTIONS), "--min", "95"]) == 0
