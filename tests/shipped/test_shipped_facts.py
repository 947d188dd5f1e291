"""What the article says, as the shipped knowledge/ holds it: the group's size, its chair, the
themes, and that the curated text is clean. A curator's legitimate change may require updating
these; nothing else should."""

from __future__ import annotations

import subprocess
import sys

from bot.core.engine import Engine
from bot.core.loader import default_knowledge_dir, load_knowledge
from bot.curation.names import stale_names

KNOWLEDGE = default_knowledge_dir()


def test_the_shipped_knowledge_loads_with_all_fourteen_seats_and_five_themes() -> None:
    knowledge = load_knowledge(KNOWLEDGE)
    assert len(knowledge.seats) == 14
    assert len(knowledge.people) == 15
    assert [t.number for t in knowledge.strategy.themes] == [1, 2, 3, 4, 5]
    assert knowledge.chair_seat.people[0].name == "Morten Mandøe"
    assert len(knowledge.municipalities) == 98


def test_no_hand_written_text_in_the_shipped_knowledge_names_a_person_the_facts_do_not_hold() -> None:
    assert [str(w) for w in stale_names(load_knowledge(KNOWLEDGE))] == []


def test_check_passes_on_the_shipped_knowledge_without_collisions_or_warnings() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--knowledge", str(KNOWLEDGE), "check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no collisions" in result.stdout and "warning" not in result.stdout


def test_a_member_municipality_spelt_as_the_gazetteer_spells_it_finds_its_seat() -> None:
    """The gazetteer writes "Høje-Taastrup", the member list "Høje Taastrup": both are one seat."""
    engine = Engine(load_knowledge(KNOWLEDGE))
    answer = engine.ask("Is Høje Taastrup's representative the same person as Holbæk's?")
    assert "Lars Holte" in answer.text and "Anders Brøndum" in answer.text, answer.text
