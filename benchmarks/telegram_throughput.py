"""Answered questions per second and peak memory of the real bot process.

Starts the Bot API double from ``tests/botapi_double.py`` on 127.0.0.1, runs
``python -m bot run`` against it with the rate limiter off (``BOT_RATE_LIMITER=off``: the
bot's own capacity, not Telegram's flood limits) and no per-user budget
(``BOT_QUESTIONS_PER_MINUTE=0``: every user here asks far more than 20 a minute), queues a
burst of questions from many private chats and times until every answer has been sent. Peak memory is the bot
process's ``VmHWM`` (peak resident set size) from ``/proc``.

    .venv/bin/python benchmarks/telegram_throughput.py [--questions 2000] [--users 50]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from botapi_double import BotApiServer, FakeTelegram  # noqa: E402

TOKEN = "555555555:BENCHabcdefghijklmnopqrstuvwxyz_-012345"
QUESTIONS = [
    "Who chairs the steering group?",
    "Hvem repræsenterer Aarhus?",
    "What is theme 3?",
    "How many members are there?",
    "hvad er de forpligtende aftaler?",
    "Who is Peter Karm?",
    "Hvornår blev strategien vedtaget?",
    "who represents Vejle",
    "what does SKI do?",
    "hej",
]


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run(questions: int, users: int, rate_limiter: bool) -> dict[str, float]:
    telegram = FakeTelegram(TOKEN)
    with BotApiServer(telegram) as server, tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_"))}
        env.update(
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_BASE_URL=server.base_url,
            BOT_DATA_DIR=tmp,
            BOT_LOG_LEVEL="WARNING",
            BOT_RATE_LIMITER="on" if rate_limiter else "off",
            BOT_QUESTIONS_PER_MINUTE="0",
            BOT_ENV_FILE=os.devnull,
        )
        log = Path(tmp) / "bot.log"
        with log.open("wb") as out:
            bot = subprocess.Popen(
                [sys.executable, "-m", "bot", "run"], env=env, cwd=REPO, stdout=out, stderr=subprocess.STDOUT
            )
        try:
            telegram.wait_for("setMyCommands", timeout=30)
            chats = [telegram.user(100_000 + n, f"u{n}", "en") for n in range(users)]
            # warm-up: one question per user
            for user in chats:
                telegram.message(telegram.private_chat(user), user, QUESTIONS[0])
            telegram.wait_for("sendMessage", count=len(chats), timeout=30)
            before = len(telegram.calls_of("sendMessage"))
            started = time.monotonic()
            for n in range(questions):
                user = chats[n % users]
                telegram.message(telegram.private_chat(user), user, QUESTIONS[n % len(QUESTIONS)])
            injected = time.monotonic() - started
            telegram.wait_for("sendMessage", count=before + questions, timeout=300)
            elapsed = time.monotonic() - started
            answered = len(telegram.calls_of("sendMessage")) - before
            rss = peak_rss_mb(bot.pid)
        finally:
            bot.send_signal(signal.SIGTERM)
            status = bot.wait(30)
        if status != 0:
            sys.stderr.write(log.read_text(errors="replace"))
    return {
        "questions": questions,
        "users": users,
        "answered": answered,
        "seconds": round(elapsed, 3),
        "injected_in_seconds": round(injected, 3),
        "answered_per_second": round(answered / elapsed, 1),
        "peak_rss_mb": round(rss, 1),
        "exit_status": status,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=2000)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--rate-limiter", action="store_true", help="keep PTB's AIORateLimiter on")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.questions, args.users, args.rate_limiter)
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"{result['answered']}/{result['questions']} questions from {result['users']} chats answered in "
            f"{result['seconds']} s: {result['answered_per_second']} answered/s; "
            f"peak RSS of the bot process {result['peak_rss_mb']} MB; exit status {result['exit_status']}"
        )
    return 0 if result["answered"] == result["questions"] and result["exit_status"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
