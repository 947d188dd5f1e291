"""The command line, run as a user runs it: a subprocess of ``python -m bot``."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.loader import default_knowledge_dir

ROOT = Path(__file__).resolve().parent.parent


def run_bot(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    environment = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=environment,
    )


def test_ask_prints_the_answer() -> None:
    result = run_bot("ask", "hvem er formand?")
    assert result.returncode == 0
    assert "Morten Mandøe" in result.stdout


def test_ask_json_from_stdin_answers_every_line_in_order_including_empty_ones() -> None:
    result = run_bot("ask", "--json", "-", stdin="who chairs the group\n\nNyborg?\nqwertyuiop\n")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["question"] for line in lines] == ["who chairs the group", "", "Nyborg?", "qwertyuiop"]
    assert [line["answered"] for line in lines] == [True, False, True, False]
    assert lines[0]["source"] == "chair" and lines[0]["language"] == "en"


def test_check_passes_on_the_shipped_knowledge() -> None:
    result = run_bot("check")
    assert result.returncode == 0, result.stdout
    assert "no collisions" in result.stdout


@pytest.fixture
def broken_knowledge(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(default_knowledge_dir(), target)
    path = target / "qa" / "group.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("id: purpose", "id: Purpose!"), encoding="utf-8")
    return target


@pytest.mark.parametrize("command", [["check"], ["ask", "hej"], ["chat"]])
def test_broken_knowledge_fails_fast_with_the_file_and_no_traceback(broken_knowledge: Path, command: list[str]) -> None:
    result = run_bot("--knowledge", str(broken_knowledge), *command)
    assert result.returncode == 3
    assert "group.yaml" in result.stderr and "field 'id'" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [["ask", "hej"], ["run"]])
def test_a_malformed_variable_is_one_line_naming_it_and_status_2(command: list[str]) -> None:
    result = run_bot(*command, env={"BOT_ADMINS": "1, me", "BOT_ENV_FILE": "/dev/null"})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["klbot: BOT_ADMINS: 'me' is not a Telegram id (a whole number)"]


def test_a_colliding_variant_makes_check_fail(tmp_path: Path) -> None:
    target = tmp_path / "knowledge"
    shutil.copytree(default_knowledge_dir(), target)
    path = target / "qa" / "strategy.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "        - hvem vedtog strategien\n",
            "        - hvem vedtog strategien\n        - Hvem er formand for styregruppen?\n",
        ),
        encoding="utf-8",
    )
    result = run_bot("--knowledge", str(target), "check")
    assert result.returncode == 1
    assert "entry 'adoption'" in result.stdout and "collision" in result.stdout


def test_chat_answers_each_line_and_a_number_picks_a_suggestion() -> None:
    result = run_bot("chat", stdin="who is Lars\n2\n")
    assert result.returncode == 0
    _, picked = result.stdout.split("2. Who is Lars Svenningsen?", 1)
    assert "Lars Svenningsen is kommunaldirektør (municipal chief executive) at Nyborg Kommune" in picked


def test_without_a_token_the_bare_command_starts_the_console_chat() -> None:
    result = run_bot(stdin="hvem repræsenterer Vejle\n")
    assert result.returncode == 0
    assert "Peter Karm" in result.stdout


def test_ask_chat_and_check_never_import_telegram() -> None:
    code = (
        "import sys; from bot.cli import main; main(['ask', 'hej']); main(['check']); "
        "assert not [m for m in sys.modules if m.startswith('telegram')], 'telegram imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_output_cut_short_by_the_reader_is_not_a_traceback() -> None:
    import os

    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    result = subprocess.run(
        f"{sys.executable} -m bot check | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
    )
    assert result.stdout.startswith("knowledge OK")
    assert "Traceback" not in result.stderr
