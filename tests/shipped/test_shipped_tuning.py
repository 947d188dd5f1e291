"""How sensitive the answers are to each tuning knob (run with -s to see the table).

Every knob of ``Tuning`` is moved one step either way and the labelled sets it can move are
scored in process with the shared scorer's rules: question knobs on the question sets,
conversation knobs on the conversation sets (memory bounds and time limits move no labelled
answer and are skipped). No one-step neighbour may beat the shipped tuning by more than 0.2 %
of the questions or turns: a knob moved to a clearly worse value fails here, with the table.
(A one-question gain is within what any new labelled set moves; chasing it is tuning on the sets.)

The runs are independent, so they are spread over the machine's cores: one run over every set
takes a minute or more, and there are two per knob.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.loader import load_knowledge
from bot.core.tuning import DEFAULT_TUNING, Reach, Tuning, reach
from bot.curation.evaluate import (
    Case,
    ConversationCase,
    evaluate_conversations,
    judge,
    load_cases,
    load_labelled,
    member_surnames,
)

ROOT = Path(__file__).resolve().parents[2]
QUESTION_SETS = [
    ROOT.parent / "shared" / "eval" / "questions.yaml",
    *sorted((ROOT / "tests" / "data").glob("*_questions.yaml")),
]
CONVERSATION_SETS = sorted((ROOT / "tests" / "data").glob("conversations_*.yaml"))


NOISE_SHARE = 0.002
"""Share of the questions a neighbour may save before the shipped value counts as mis-tuned:
a gain of one or two questions in 1,800 is within what any new labelled set moves."""

Job = tuple[Reach, str | None, float]
"""The sets to score, and the knob moved (None: the shipped tuning) to which value."""


def _step(value: float) -> float:
    """One step of a knob: a point on 0-100 scales and counts, 0.05 on shares and weights."""
    return 1 if isinstance(value, int) or value >= 2 else 0.05


def _questions() -> list[Case]:
    return [case for path in QUESTION_SETS if path.exists() for case in load_cases(path)]


def _conversations() -> list[ConversationCase]:
    found: list[ConversationCase] = []
    for path in CONVERSATION_SETS:
        loaded = load_labelled(path)
        found.extend(case for case in loaded if isinstance(case, ConversationCase))
    return found


def _failures(job: Job) -> int:
    """Failed questions (or turns) of the sets ``job`` scores, with its knob moved."""
    sets, knob, value = job
    tuning = DEFAULT_TUNING if knob is None else dataclasses.replace(DEFAULT_TUNING, **{knob: value})
    engine = Engine(load_knowledge(), tuning=tuning)
    if sets == "conversations":
        report = evaluate_conversations(engine, _conversations())
        return report.total - report.passed
    members = member_surnames(engine)
    return sum(judge(case, engine.ask(case.q).to_json(), members) is not None for case in _questions())


def _workers() -> int:
    return max(1, len(os.sched_getaffinity(0)))


@pytest.mark.skipif(not QUESTION_SETS[0].exists(), reason="shared/eval is not beside the checkout")
def test_no_single_knob_step_improves_the_labelled_sets() -> None:
    sizes = {"questions": len(_questions()), "conversations": sum(len(c.turns) for c in _conversations())}
    moves: list[Job] = []
    for knob in dataclasses.fields(Tuning):
        sets = reach(knob.name)
        if sets == "unmeasured":
            continue
        value = getattr(DEFAULT_TUNING, knob.name)
        moves += [(sets, knob.name, type(value)(value + direction * _step(value))) for direction in (-1, 1)]
    shipped: list[Job] = [("questions", None, 0), ("conversations", None, 0)]
    # fork: the workers inherit the loaded modules instead of importing this test file anew.
    with ProcessPoolExecutor(_workers(), mp_context=multiprocessing.get_context("fork")) as pool:
        counts = dict(zip(shipped + moves, pool.map(_failures, shipped + moves), strict=True))
    baseline = {sets: counts[(sets, None, 0)] for sets, _, _ in shipped}
    rows, better = [], []
    for index in range(0, len(moves), 2):
        down, up = moves[index], moves[index + 1]
        sets, knob = down[0], down[1]
        noise = max(1, round(NOISE_SHARE * sizes[sets]))
        for move in (down, up):
            if counts[move] < baseline[sets] - noise:
                better.append(f"{knob}={move[2]}: {counts[move]} failures of {sets} against {baseline[sets]}")
        shown = getattr(DEFAULT_TUNING, str(knob))
        rows.append(
            f"{knob!s:30s} {shown!s:>8}   -1: {counts[down] - baseline[sets]:+4d}"
            f"   +1: {counts[up] - baseline[sets]:+4d}   ({sets})"
        )
    print(f"\n{sizes['questions']} labelled questions, {baseline['questions']} failures with the shipped tuning")
    print(f"{sizes['conversations']} labelled turns, {baseline['conversations']} failures with the shipped tuning")
    print("\n".join(rows))
    assert not better, better
