"""How sensitive the answers are to each tuning knob (run with -s to see the table).

Every knob of ``Tuning`` is moved one step either way; the labelled sets are scored in
process with the shared scorer's rules. No one-step neighbour may beat the shipped tuning
by more than 0.2 % of the questions: a knob moved to a clearly worse value fails here, with the
table. (A one-question gain is within what any new labelled set moves; chasing it is
tuning on the sets.)
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.loader import load_knowledge
from bot.core.tuning import DEFAULT_TUNING, Tuning
from bot.curation.evaluate import Case, judge, load_cases, member_surnames

ROOT = Path(__file__).resolve().parents[2]
SETS = [ROOT.parent / "shared" / "eval" / "questions.yaml", *sorted((ROOT / "tests" / "data").glob("*_questions.yaml"))]


NOISE_SHARE = 0.002
"""Share of the questions a neighbour may save before the shipped value counts as mis-tuned:
a gain of one or two questions in 1,800 is within what any new labelled set moves."""


def _step(value: float) -> float:
    """One step of a knob: a point on 0-100 scales and counts, 0.05 on shares and weights."""
    return 1 if isinstance(value, int) or value >= 2 else 0.05


def _failures(tuning: Tuning, cases: list[Case]) -> int:
    engine = Engine(load_knowledge(), tuning=tuning)
    members = member_surnames(engine)
    return sum(judge(case, engine.ask(case.q).to_json(), members) is not None for case in cases)


@pytest.mark.skipif(not SETS[0].exists(), reason="shared/eval is not beside the checkout")
def test_no_single_knob_step_improves_the_labelled_sets() -> None:
    cases = [case for path in SETS if path.exists() for case in load_cases(path)]
    baseline = _failures(DEFAULT_TUNING, cases)
    noise = max(1, round(NOISE_SHARE * len(cases)))
    rows = []
    better = []
    for field in dataclasses.fields(Tuning):
        value = getattr(DEFAULT_TUNING, field.name)
        counts = []
        for direction in (-1, 1):
            moved = type(value)(value + direction * _step(value))
            failures = _failures(dataclasses.replace(DEFAULT_TUNING, **{field.name: moved}), cases)
            counts.append(failures)
            if failures < baseline - noise:
                better.append(f"{field.name}={moved}: {failures} failures")
        rows.append(f"{field.name:26s} {value!s:>8}   -1: {counts[0] - baseline:+4d}   +1: {counts[1] - baseline:+4d}")
    print(f"\n{len(cases)} labelled questions, {baseline} failures with the shipped tuning")
    print("\n".join(rows))
    assert not better, better
