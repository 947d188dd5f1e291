"""Webhook mode: Telegram only calls https URLs, so ``--webhook-url`` (``BOT_WEBHOOK_URL``) must be
one; plain http only with ``TELEGRAM_BASE_URL`` (a self-hosted Bot API server may call http)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_config

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "123456789:" + "A" * 35


def run_klbot(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_"))}
    environment.update({"BOT_ENV_FILE": os.devnull, **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], capture_output=True, text=True, timeout=60, cwd=ROOT, env=environment
    )


# -- webhook URLs --------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["http://bot.example.org/hook", "http://127.0.0.1:8443/hook"])
def test_a_webhook_url_must_be_https(url: str) -> None:
    with pytest.raises(ConfigError) as error:
        load_config({"TELEGRAM_BOT_TOKEN": TOKEN, "BOT_WEBHOOK_URL": url})
    assert "must be an https URL" in str(error.value) and "\n" not in str(error.value)


@pytest.mark.parametrize("url", ["https://", "https:///hook", "hook"])
def test_a_webhook_url_without_a_host_is_refused(url: str) -> None:
    with pytest.raises(ConfigError, match="must be an http"):
        load_config({"TELEGRAM_BOT_TOKEN": TOKEN}, webhook_url=url)


def test_https_is_accepted_and_http_only_with_a_self_hosted_bot_api_server() -> None:
    assert load_config({"BOT_WEBHOOK_URL": "https://bot.example.org/hook"}).webhook_url == (
        "https://bot.example.org/hook"
    )
    local = {"TELEGRAM_BASE_URL": "http://127.0.0.1:8081/bot", "BOT_WEBHOOK_URL": "http://127.0.0.1:9000/hook"}
    assert load_config(local).webhook_url == "http://127.0.0.1:9000/hook"


def test_run_refuses_an_http_webhook_url_in_one_line_with_status_2() -> None:
    result = run_klbot("run", "--webhook-url", "http://bot.example.org/hook", env={"TELEGRAM_BOT_TOKEN": TOKEN})
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("klbot: --webhook-url must be an https URL")
