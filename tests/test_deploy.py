"""Deployment: the Dockerfile, compose.yaml and the systemd unit name commands that exist and
that README.md documents, and ``klbot health`` answers in one line with exit 0 or 1.

Docker does not run where the tests run (only its client may be installed), so the image is
not built here: the files are read and checked against the command line and the README.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from bot.cli import build_parser
from bot.core.loader import default_knowledge_dir
from bot.curation.paths import DATABASE_NAME
from bot.curation.schema import schema_version

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def deployment_section() -> str:
    return README.split("\n## Deployment\n", 1)[1].split("\n## ", 1)[0]


def dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of the Dockerfile, continuation lines joined, comments left out."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    joined = re.sub(r"\\\n\s*", " ", "\n".join(lines))
    return [
        (line.split(None, 1)[0].upper(), line.split(None, 1)[1] if " " in line.strip() else "")
        for line in joined.splitlines()
        if line.strip()
    ]


def instruction(name: str) -> list[str]:
    return [args for found, args in dockerfile() if found == name]


def exec_form(args: str) -> list[str]:
    words = json.loads(args)
    assert isinstance(words, list) and all(isinstance(w, str) for w in words), args
    return words


def subcommands() -> set[str]:
    parser = build_parser()
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


def console_script() -> str:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (name,) = pyproject["project"]["scripts"]
    assert pyproject["project"]["scripts"][name] == "bot.cli:main"
    return str(name)


# -- Dockerfile --------------------------------------------------------------------------------


def test_the_image_is_python_311_slim_and_runs_as_a_user_that_is_not_root() -> None:
    assert instruction("FROM") == ["python:3.11-slim"]
    (user,) = instruction("USER")
    assert user not in ("root", "0") and not user.startswith("0:")
    assert [args for args in instruction("RUN") if "useradd" in args and user in args]


def test_the_data_volume_is_bot_data_dir() -> None:
    env = " ".join(instruction("ENV"))
    (data_dir,) = re.findall(r"BOT_DATA_DIR=(\S+)", env)
    assert exec_form(instruction("VOLUME")[0]) == [data_dir]
    assert any(f"chown {instruction('USER')[0]}" in args and data_dir in args for args in instruction("RUN"))


def test_entrypoint_cmd_and_healthcheck_are_commands_the_cli_has_and_the_readme_documents() -> None:
    (entrypoint,) = instruction("ENTRYPOINT")
    (cmd,) = instruction("CMD")
    (healthcheck,) = instruction("HEALTHCHECK")
    assert healthcheck.split("CMD", 1)[0].strip()  # interval, timeout, ...
    health = exec_form(healthcheck.split("CMD", 1)[1].strip())
    start = exec_form(entrypoint) + exec_form(cmd)
    script = console_script()
    commands = subcommands()
    section = deployment_section()
    for words in (start, health):
        assert words[0] == script and words[1] in commands, words
        assert f"`{' '.join(words)}`" in section or f"{' '.join(words)}" in section, words
    assert start == [script, "run"] and health == [script, "health"]
    assert f"`{script} health`" in section and f"`{script} run`" in README


def test_the_knowledge_directory_in_the_image_is_the_one_copied_in() -> None:
    env = " ".join(instruction("ENV"))
    (knowledge,) = re.findall(r"BOT_KNOWLEDGE_DIR=(\S+)", env)
    (workdir,) = instruction("WORKDIR")
    assert [args for args in instruction("COPY") if args.split() == ["knowledge", "./knowledge"]]
    assert knowledge == f"{workdir}/knowledge"


def test_secrets_and_data_stay_out_of_the_build_context() -> None:
    ignored = [line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()]
    assert ignored[ignored.index("*") :][:1] == ["*"]  # everything out, then the few files in
    assert {"!pyproject.toml", "!README.md", "!bot", "!knowledge"} <= set(ignored)
    assert "**/.env" in ignored and "**/*.sqlite3*" in ignored
    assert "TELEGRAM_BOT_TOKEN" not in (ROOT / "Dockerfile").read_text()


# -- compose.yaml --------------------------------------------------------------------------------


def test_compose_runs_the_image_with_the_data_volume_and_the_token_from_env_file() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    (service,) = compose["services"].values()
    env = " ".join(instruction("ENV"))
    (data_dir,) = re.findall(r"BOT_DATA_DIR=(\S+)", env)
    assert service["build"] == "."
    assert service["env_file"] == ".env"
    assert service["environment"]["BOT_DATA_DIR"] == data_dir
    volume, target = service["volumes"][0].split(":")
    assert target == data_dir and volume in compose["volumes"]
    assert service["read_only"] is True and "/tmp" in service["tmpfs"]
    assert "command" not in service and "healthcheck" not in service  # the image's own
    assert "TELEGRAM_BOT_TOKEN" not in service["environment"]
    assert not re.search(r"\d{6,}:[A-Za-z0-9_-]{30,}", (ROOT / "compose.yaml").read_text())  # no token


# -- the systemd unit ----------------------------------------------------------------------------


def unit() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in (ROOT / "deploy" / "klbot.service").read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            found.setdefault(key.strip(), []).append(value.strip())
    return found


def test_the_systemd_unit_starts_run_after_health_as_its_own_user() -> None:
    service = unit()
    script = console_script()
    for key, command in (("ExecStart", "run"), ("ExecStartPre", "health")):
        (line,) = service[key]
        words = shlex.split(line)
        assert Path(words[0]).name == script and words[1:] == [command] and command in subcommands()
    assert service["User"] == ["klbot"] and service["Group"] == ["klbot"]
    assert service["StateDirectory"] == ["klbot"]
    assert "BOT_DATA_DIR=/var/lib/klbot" in service["Environment"][0].split()
    assert service["RestartPreventExitStatus"] == ["2 3"]
    assert service["EnvironmentFile"] == ["/etc/klbot/klbot.env"]
    assert "deploy/klbot.service" in deployment_section()


# -- klbot health --------------------------------------------------------------------------------


def run_klbot(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_"))}
    environment.update({"BOT_ENV_FILE": os.devnull, **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=environment,
    )


def test_health_is_one_line_and_exit_0_when_all_is_well(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_klbot("health", env={"BOT_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("klbot health: ok: ") and result.stdout.count("\n") == 1
    assert f"data directory {data} writable" in result.stdout and result.stderr == ""
    assert data.is_dir() and list(data.iterdir()) == []  # the probe file is gone


def test_health_with_recording_off_does_not_need_the_data_directory(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    result = run_klbot("health", env={"BOT_DATA_DIR": str(blocked / "data"), "BOT_RECORD": "off"})
    assert result.returncode == 0 and "recording off" in result.stdout


def _data_dir_is_a_file(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "data").write_text("a file where the data directory should be")
    return {"BOT_DATA_DIR": str(tmp_path / "data")}


def _knowledge_is_broken(tmp_path: Path) -> dict[str, str]:
    import shutil

    target = tmp_path / "knowledge"
    shutil.copytree(default_knowledge_dir(), target)
    (target / "facts.yaml").write_text("members: [unclosed\n", encoding="utf-8")
    return {"BOT_DATA_DIR": str(tmp_path / "data"), "BOT_KNOWLEDGE_DIR": str(target)}


def _database_is_newer(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "data").mkdir()
    with sqlite3.connect(tmp_path / "data" / DATABASE_NAME) as conn:
        conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    return {"BOT_DATA_DIR": str(tmp_path / "data")}


def _database_is_not_sqlite(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / DATABASE_NAME).write_bytes(b"not a database " * 100)
    return {"BOT_DATA_DIR": str(tmp_path / "data")}


def _configuration_is_wrong(tmp_path: Path) -> dict[str, str]:
    return {"BOT_DATA_DIR": str(tmp_path / "data"), "BOT_ADMINS": "me"}


@pytest.mark.parametrize(
    ("broken", "found"),
    [
        (_data_dir_is_a_file, "is not writable"),
        (_knowledge_is_broken, "facts.yaml"),
        (_database_is_newer, "newer than this bot's"),
        (_database_is_not_sqlite, "cannot be read"),
        (_configuration_is_wrong, "BOT_ADMINS: 'me'"),
    ],
    ids=lambda f: f.__name__.strip("_") if callable(f) else "",
)
def test_health_is_one_line_and_exit_1_when_something_is_wrong(tmp_path: Path, broken, found: str) -> None:
    result = run_klbot("health", env=broken(tmp_path))
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("klbot health: FAIL: ") and found in line


def test_health_notices_a_read_only_data_directory(tmp_path: Path) -> None:
    from test_store_faults import read_only_directory

    data = tmp_path / "data"
    data.mkdir()
    with read_only_directory(data):
        result = run_klbot("health", env={"BOT_DATA_DIR": str(data)})
    assert result.returncode == 1 and "is not writable" in result.stderr
    assert run_klbot("health", env={"BOT_DATA_DIR": str(data)}).returncode == 0
