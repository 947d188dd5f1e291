"""Measure what conversations cost (issue #8): time per turn and memory per conversation.

    .venv/bin/python benchmarks/bench_conversations.py            # all figures
    .venv/bin/python benchmarks/bench_conversations.py --quick    # fewer repetitions

Turns are the labelled conversations of ``tests/data/conversations*.yaml`` on the real
knowledge, each conversation from a fresh state, with a clock ten seconds a turn. Reported:
the same turns asked alone (``Engine.ask``, the bot before #8), as conversation turns
(``Engine.converse``), and as the Telegram bot handles them (``converse``, the related questions
and the snapshot it remembers with the answer).

Memory is that of 10,000 active conversations as ``ChatData`` keeps them (user id -> the state
after the conversation's last turn), and of the bot's memory of its last 5,000 answers with
their snapshots, measured with tracemalloc on a pickled-and-loaded copy: every object then
owns its strings, as after a restart, which is the most they can take.

Figures go in the README. Machines here are shared and noisy, so this script reports
percentiles over many runs instead of tests asserting on time.
"""

from __future__ import annotations

import argparse
import gc
import pickle
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.conversation import Conversation  # noqa: E402
from bot.core.engine import Engine  # noqa: E402
from bot.core.knowledge import Lang  # noqa: E402
from bot.core.related import related  # noqa: E402
from bot.core.tuning import DEFAULT_TUNING  # noqa: E402
from bot.telegram.memory import REMEMBERED, Memory, Remembered  # noqa: E402

CONVERSATIONS = sorted((ROOT / "tests" / "data").glob("conversations*.yaml"))
ACTIVE = 10_000
TURN_SECONDS = 10.0


def labelled_conversations() -> list[list[tuple[str, Lang | None]]]:
    found: list[list[tuple[str, Lang | None]]] = []
    for path in CONVERSATIONS:
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            turns = [(str(t["q"]), t.get("lang") if t.get("lang") in ("da", "en") else None) for t in item["turns"]]
            found.append(turns)
    return found


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


Turn = Callable[[str, Conversation, Lang | None, float], Conversation]


def timed(conversations: list[list[tuple[str, Lang | None]]], rounds: int, turn: Turn) -> list[float]:
    """Milliseconds per turn, every conversation from a fresh state, ``rounds`` times."""
    times: list[float] = []
    clock = 1_800_000_000.0
    for _ in range(rounds):
        for turns in conversations:
            state = Conversation()
            for question, lang in turns:
                clock += TURN_SECONDS
                started = time.perf_counter()
                state = turn(question, state, lang, clock)
                times.append((time.perf_counter() - started) * 1000)
    return times


def final_states(engine: Engine, conversations: list[list[tuple[str, Lang | None]]]) -> list[bytes]:
    """The state after the last turn of each labelled conversation, pickled."""
    finals = []
    for turns in conversations:
        state = Conversation()
        for question, lang in turns:
            _, state = engine.converse(question, state, lang, 1_800_000_000.0)
        finals.append(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
    return finals


def states_of(finals: list[bytes], count: int) -> list[Conversation]:
    """``count`` states taken in turn from ``finals``, each a copy of its own (its own strings and
    tuples, as each user's would be after a restart)."""
    return [pickle.loads(finals[n % len(finals)]) for n in range(count)]


def traced(build: Callable[[], object]) -> int:
    """Bytes ``build()``'s result holds, as tracemalloc counts them."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = build()
    size = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    del kept
    return size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rounds = 3 if args.quick else 20
    engine = Engine.from_directory()
    knowledge = engine.knowledge
    conversations = labelled_conversations()
    turns = sum(len(c) for c in conversations)
    print(f"{len(conversations)} labelled conversations, {turns} turns, {rounds} rounds each")

    def alone(question: str, state: Conversation, lang: Lang | None, now: float) -> Conversation:
        engine.ask(question, lang)
        return state

    def converse(question: str, state: Conversation, lang: Lang | None, now: float) -> Conversation:
        return engine.converse(question, state, lang, now)[1]

    def telegram(question: str, state: Conversation, lang: Lang | None, now: float) -> Conversation:
        answer, after = engine.converse(question, state, lang, now)
        related(knowledge, answer)
        Remembered(answer.question, after)
        return after

    print(f"{'per turn':>34} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for label, turn in (
        ("asked alone (Engine.ask)", alone),
        ("conversation (Engine.converse)", converse),
        ("Telegram (converse + related)", telegram),
    ):
        timed(conversations, 1, turn)  # warm the caches
        times = timed(conversations, rounds, turn)
        print(f"{label:>34} {percentile(times, 50):8.3f} {percentile(times, 99):8.3f} {max(times):8.3f}")

    # The engine remembers answers and searches, and every round above repeats the same turns:
    # a fresh engine with both memories off, one round, is what turns never seen before cost.
    engine = Engine(knowledge, tuning=replace(DEFAULT_TUNING, answer_cache_size=0, search_cache_size=0))
    times = timed(conversations, 1, converse)
    label = "conversation, uncached"
    print(f"{label:>34} {percentile(times, 50):8.3f} {percentile(times, 99):8.3f} {max(times):8.3f}")

    finals = final_states(engine, conversations)
    size = traced(lambda: dict(enumerate(states_of(finals, ACTIVE))))
    chats: dict[int, Any] = dict(enumerate(states_of(finals, ACTIVE)))
    pickled = len(pickle.dumps(chats, protocol=pickle.HIGHEST_PROTOCOL))
    print(
        f"{ACTIVE:,} active conversations: {size / 2**20:.1f} MB in memory ({size / ACTIVE:.0f} B each), "
        f"{pickled / 2**20:.1f} MB pickled ({pickled / ACTIVE:.0f} B each)"
    )

    def answer_memory() -> Memory:
        memory = Memory()
        for n, state in enumerate(states_of(finals, REMEMBERED)):
            memory.remember((-100 - n % 50, n), Remembered(str(state.frame or "?"), state))
            memory.set_vote((-100 - n % 50, n), n, True)
        return memory

    size = traced(answer_memory)
    pickled = len(pickle.dumps(answer_memory(), protocol=pickle.HIGHEST_PROTOCOL))
    print(
        f"answer memory ({REMEMBERED:,} answers with snapshots and a vote each): "
        f"{size / 2**20:.1f} MB in memory, {pickled / 2**20:.1f} MB pickled"
    )


if __name__ == "__main__":
    main()
