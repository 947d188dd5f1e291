"""Measure the answer engine: latency per question, scaling, start-up and memory.

    .venv/bin/python benchmarks/engine_benchmark.py            # all figures
    .venv/bin/python benchmarks/engine_benchmark.py --quick    # fewer repetitions

Figures go in the README. Machines here are shared and noisy, so this script reports
medians and percentiles over many runs instead of tests asserting on time.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.engine import Engine  # noqa: E402
from bot.core.knowledge import Bilingual, Knowledge, QAEntry  # noqa: E402
from bot.core.loader import load_knowledge  # noqa: E402
from bot.core.tuning import DEFAULT_TUNING  # noqa: E402

LABELLED = [ROOT.parent / "shared" / "eval" / "questions.yaml", ROOT / "tests" / "data" / "dev_questions.yaml"]
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vi", "bo", "da", "fe", "gu", "ha", "jo", "pe", "ri"]


def labelled_questions() -> list[str]:
    questions: list[str] = []
    for path in LABELLED:
        if path.exists():
            questions += [str(item["q"]) for item in yaml.safe_load(path.read_text(encoding="utf-8"))]
    return questions


def synthetic_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def scaled(knowledge: Knowledge, size: int, seed: int = 7) -> Knowledge:
    """The real knowledge plus synthetic entries up to ``size``, each with 6 variants."""
    rng = random.Random(seed)
    vocabulary = [synthetic_word(rng) for _ in range(max(2000, size))]
    common = ["who", "what", "when", "hvem", "hvad", "group", "strategy", "members", "kommune"]
    entries = list(knowledge.entries)
    for n in range(size - len(entries)):

        def question() -> str:
            return " ".join(
                rng.choice(common) if rng.random() < 0.25 else rng.choice(vocabulary) for _ in range(rng.randint(3, 7))
            )

        entries.append(
            QAEntry(
                id=f"synthetic-{n}",
                kind="answer",
                questions={"da": tuple(question() for _ in range(3)), "en": tuple(question() for _ in range(3))},
                answer=Bilingual(da=f"svar {n}", en=f"answer {n}"),
                fact=None,
                source="lead",
                file="synthetic",
            )
        )
    return replace(knowledge, entries=tuple(entries))


def latencies(engine: Engine, questions: list[str], rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        for question in questions:
            started = time.perf_counter()
            engine.ask(question)
            times.append((time.perf_counter() - started) * 1000)
    return times


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def startup_env(pycache: str | None) -> dict[str, str]:
    """The child's environment: as ours for ``None`` (no bytecode written, so every start
    compiles the bot from source when the environment says PYTHONDONTWRITEBYTECODE, as here);
    else bytecode written to and read from ``pycache``, as after a normal install."""
    env = dict(os.environ)
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def startup(runs: int, pycache: str | None = None) -> float:
    """Median wall time of ``python -m bot ask hej`` (see ``startup_env`` for ``pycache``)."""
    env = startup_env(pycache)
    command = [sys.executable, "-m", "bot", "ask", "hej"]
    if pycache is not None:
        subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=True)  # writes the bytecode
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=True)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def startup_peak_mb() -> float:
    """Peak RSS of a ``python -m bot ask hej`` process.

    The peak is read by the child from /proc (VmHWM starts afresh at exec), because
    ``RUSAGE_CHILDREN`` would also count the parent's pages copied at fork.
    """
    probe = (
        "from bot.cli import main; main(['ask', 'hej']); "
        "print([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0])"
    )
    output = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    peak_kb = int(output.stdout.strip().splitlines()[-1].split()[1])
    return peak_kb / 1024


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rounds = 3 if args.quick else 20
    questions = labelled_questions()
    knowledge = load_knowledge()
    print(f"{len(questions)} labelled questions, {rounds} rounds each")
    runs = 5 if args.quick else 15
    with tempfile.TemporaryDirectory(prefix="pycache-") as pycache:
        compiled = startup(runs, pycache)
    cold = startup(runs)
    print(
        f"`python -m bot ask` start-up (median, includes answering 'hej'): {compiled:.0f} ms with bytecode "
        f"(as installed), {cold:.0f} ms cold (compiled from source); "
        f"peak memory of that process {startup_peak_mb():.0f} MB"
    )
    print(f"{'knowledge':>22} {'build ms':>9} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'peak MB':>8}")
    # The engine remembers answers and searches, so a question asked again costs next to nothing:
    # "uncached" turns both memories off, which is what a question never seen before costs.
    uncached = replace(DEFAULT_TUNING, answer_cache_size=0, search_cache_size=0)
    for label, size, tuning in (
        ("real", 0, DEFAULT_TUNING),
        ("real, uncached", 0, uncached),
        ("1,000 entries", 1000, DEFAULT_TUNING),
        ("10,000 entries", 10000, DEFAULT_TUNING),
    ):
        base = knowledge if size == 0 else scaled(knowledge, size)
        started = time.perf_counter()
        engine = Engine(base, tuning=tuning)
        build = (time.perf_counter() - started) * 1000
        times = latencies(engine, questions, rounds if size < 10000 else max(1, rounds // 4))
        print(
            f"{label + f' ({len(base.entries)})':>22} {build:9.0f} {percentile(times, 50):8.3f} "
            f"{percentile(times, 99):8.3f} {max(times):8.3f} {peak_rss_mb():8.0f}"
        )
    print("(peak MB: this benchmark process so far, synthetic knowledge included)")


if __name__ == "__main__":
    main()
