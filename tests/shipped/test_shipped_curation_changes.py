"""Issue #9's curator changes, each made on a copy of knowledge/ by editing YAML alone: the
answers about the change follow the new data and nothing stale remains."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.loader import default_knowledge_dir, load_knowledge


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(default_knowledge_dir(), target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _engine(directory: Path) -> Engine:
    return Engine(load_knowledge(directory))


def test_a_member_replaced_by_someone_from_a_new_municipality_is_answered_from_the_new_data(
    knowledge_copy: Path,
) -> None:
    _edit(
        knowledge_copy / "facts.yaml",
        "    - id: rudersdal\n      organisation: Rudersdal Kommune\n      municipality: Rudersdal\n      people:\n"
        "        - {name: Bjarne Pedersen, title_da: kommunaldirektør, title_en: municipal chief executive}",
        "    - id: gentofte\n      organisation: Gentofte Kommune\n      municipality: Gentofte\n      people:\n"
        "        - {name: Sofie Lindholt, title_da: kommunaldirektør, title_en: municipal chief executive}",
    )
    engine = _engine(knowledge_copy)
    assert "Sofie Lindholt" in engine.ask("hvem repræsenterer Gentofte?").text
    assert engine.ask("Sofie Lindholt er fra Gentofte, ikk?").text.startswith("Ja")
    assert engine.ask("is Rudersdal in the steering group?").text.startswith("No")
    assert "Bjarne Pedersen" not in engine.ask("who are the members?").text


def test_the_chair_moved_to_another_member_changes_every_chair_answer(knowledge_copy: Path) -> None:
    facts = knowledge_copy / "facts.yaml"
    _edit(facts, "      organisation_id: kl\n      chair: true\n", "      organisation_id: kl\n")
    _edit(facts, "      organisation: Vejle Kommune\n", "      organisation: Vejle Kommune\n      chair: true\n")
    engine = _engine(knowledge_copy)
    assert "Peter Karm" in engine.ask("hvem er formand for styregruppen?").text
    assert engine.ask("Morten Mandøe er formand, ikk?").text.startswith("Nej")
    assert "Peter Karm" in engine.ask("hvad er KL's rolle?").text  # the answer's {chair.name}


def test_a_sixth_theme_is_read_counted_and_said_in_words(knowledge_copy: Path) -> None:
    _edit(
        knowledge_copy / "facts.yaml",
        "      keywords: [udvikling, udviklingsperspektiv, development, develop, perspective, perspektiv]\n",
        "      keywords: [udvikling, udviklingsperspektiv, development, develop, perspective, perspektiv]\n"
        "    - number: 6\n      title_da: Grønne indkøb\n      title_en: Green procurement\n"
        "      keywords: [grøn, grønne, green, klima, climate]\n",
    )
    engine = _engine(knowledge_copy)
    assert "Grønne indkøb" in engine.ask("hvad er det sjette tema?").text
    assert "Grønne indkøb" in engine.ask("theme six?").text
    assert "6 (seks)" in engine.ask("hvor mange temaer har strategien?").text


def test_a_new_entry_is_answered(knowledge_copy: Path) -> None:
    (knowledge_copy / "qa" / "extra.yaml").write_text(
        "entries:\n"
        "  - id: newsletter\n"
        "    source: lead\n"
        "    questions:\n"
        "      da: [Hvor kan jeg tilmelde mig nyhedsbrevet?]\n"
        "      en: [Where can I sign up for the newsletter?]\n"
        "    answer:\n"
        "      da: Artiklen nævner intet nyhedsbrev; spørg KL's sekretariat.\n"
        "      en: The article mentions no newsletter; ask KL's secretariat.\n",
        encoding="utf-8",
    )
    assert _engine(knowledge_copy).ask("where do I sign up for the newsletter").source == "newsletter"


def test_a_figure_changed_once_in_the_fact_base_reaches_every_answer_using_it(knowledge_copy: Path) -> None:
    from bot.core.engine import Engine

    _edit(knowledge_copy / "facts.yaml", "savings_en: just over DKK 1.8 billion", "savings_en: about DKK 2.3 billion")
    engine = Engine(load_knowledge(knowledge_copy))
    for question in ("How much have the binding agreements saved?", "what are the binding agreements"):
        text = engine.ask(question).text
        assert "about DKK 2.3 billion" in text and "1.8" not in text, text
