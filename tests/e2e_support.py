"""The real ``python -m bot run`` process for end-to-end tests: its environment, its log, and
stopping it (used with the Bot API double in ``botapi_double.py``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from botapi_double import BotApiServer, FakeTelegram

TOKEN = "987654321:E2ETOKENabcdefghijklmnopqrstuvwxyz_-9876"
REPO = Path(__file__).resolve().parent.parent
KNOWLEDGE = REPO / "knowledge"


def clean_env(**values: str) -> dict[str, str]:
    """The test's environment without any bot configuration, plus ``values``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_"))}
    env.update(PYTHONUNBUFFERED="1", BOT_ENV_FILE=os.devnull)
    env.update(values)
    return env


class BotProcess:
    def __init__(self, args: list[str], env: dict[str, str], log: Path, cwd: Path = REPO) -> None:
        self.log = log
        with log.open("wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot", *args],
                env=env,
                cwd=cwd,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_for_log(self, text: str, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.output():
            assert self.process.poll() is None, f"the bot exited:\n{self.output()}"
            assert time.monotonic() < deadline, f"no {text!r} in the log:\n{self.output()[-3000:]}"
            time.sleep(0.05)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15.0) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise


def start_bot(server: BotApiServer | str, tmp: Path, *args: str, **env: str) -> BotProcess:
    values = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_BASE_URL": server if isinstance(server, str) else server.base_url,
        "BOT_DATA_DIR": str(tmp / "data"),
        "BOT_LOG_LEVEL": "DEBUG",
        **env,
    }
    command = list(args) if "run" in args else [*args, "run"]
    return BotProcess(command, clean_env(**values), tmp / f"bot-{time.monotonic_ns()}.log")


def chat_and_user(telegram: FakeTelegram, user_id: int, lang: str = "en") -> tuple[dict[str, Any], dict[str, Any]]:
    """A private chat and its user."""
    user = telegram.user(user_id, f"user{user_id}", lang)
    return telegram.private_chat(user), user


def answers_to(telegram: FakeTelegram, chat_id: int, count: int = 1, timeout: float = 10) -> list[dict[str, Any]]:
    """Wait for ``count`` messages of the bot to ``chat_id``; returns their parameters."""
    return telegram.wait_for("sendMessage", lambda p: p.get("chat_id") == chat_id, timeout, count)
