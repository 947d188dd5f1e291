"""A 👍/👎 on an answer about a former member is accepted, on a copy of the invented knowledge
where Krageby's member was replaced: the vote's source names someone who left, not nobody."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.loader import load_knowledge
from bot.telegram.callbacks import known_source

FIXTURE_KNOWLEDGE = Path(__file__).resolve().parent / "fixtures" / "knowledge"
KRAGEBY_PERSON = (
    "        - {name: Ingrid Falkesen, title_da: forsyningsdirektør, title_en: utilities director, pronoun: she}\n"
)
KRAGEBY_REPLACED = (
    "        - {name: Nora Vestergaard, title_da: forsyningsdirektør, title_en: utilities director,"
    ' as_of: "2032-01-15"}\n'
    "      former:\n"
    "        - {name: Ingrid Falkesen, title_da: forsyningsdirektør, title_en: utilities director,"
    ' left: "2031-12", as_of: "2032-01-15"}\n'
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("former") / "knowledge"
    shutil.copytree(FIXTURE_KNOWLEDGE, root)
    facts = root / "facts.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace(KRAGEBY_PERSON, KRAGEBY_REPLACED, 1), encoding="utf-8")
    return Engine(load_knowledge(root))


@pytest.mark.parametrize(
    "question",
    ["Is Ingrid Falkesen still in the group?", "who represented Krageby before?", "who represented Lyngholt before?"],
)
def test_a_vote_on_an_answer_about_who_left_is_accepted(engine: Engine, question: str) -> None:
    source = engine.ask(question).source
    assert source is not None and source.startswith("fact:former:"), source
    assert known_source(engine.knowledge, source)


def test_a_forged_former_member_is_refused(engine: Engine) -> None:
    assert not known_source(engine.knowledge, "fact:former:Nobody Atall")
