"""The configuration (``bot.config``): .env files, environment, token checks, log redaction."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.config import Config, ConfigError, load_config, parse_ids
from bot.envfile import load_env_file, parse_env
from bot.telegram.main import RedactingFormatter, setup_logging

TOKEN = "123456789:AAHtestTOKENabcdefghijklmnopqrstuvw"


def _run_config(env: dict[str, str], **options: Any) -> Config:
    """The configuration ``run`` uses: ``env`` with the command line's ``options``, token checked."""
    config = load_config(env, **options)
    config.require_token()
    return config


def test_env_file_syntax() -> None:
    text = """
# comment
TELEGRAM_BOT_TOKEN=123:abc
export BOT_ADMINS = "1, 2"
BOT_X='single # kept'
BOT_Y=value # trailing comment
BOT_Z="line\\nbreak"
not a line
BOT_EMPTY=
"""
    assert parse_env(text) == {
        "TELEGRAM_BOT_TOKEN": "123:abc",
        "BOT_ADMINS": "1, 2",
        "BOT_X": "single # kept",
        "BOT_Y": "value",
        "BOT_Z": "line\nbreak",
        "BOT_EMPTY": "",
    }
    assert parse_env("A = spaced value  \r\n") == {"A": "spaced value"}


def test_env_file_never_overrides_the_environment(tmp_path: Path) -> None:
    file = tmp_path / ".env"
    file.write_text("A=from-file\nB=from-file\n", encoding="utf-8")
    env = {"A": "from-env"}
    assert load_env_file(file, env) == file
    assert env == {"A": "from-env", "B": "from-file"}
    assert load_env_file(tmp_path / "missing", env) is None
    assert load_env_file(tmp_path, env) is None  # a directory


def test_defaults(tmp_path: Path) -> None:
    config = _run_config({"TELEGRAM_BOT_TOKEN": TOKEN, "XDG_DATA_HOME": str(tmp_path)})
    assert config.token == TOKEN and config.base_url is None
    assert config.allowed_chats is None and config.admins == frozenset()
    assert config.rate_limiter and config.webhook_url is None and config.webhook_secret is None
    assert config.log_level == logging.INFO and config.data_dir == tmp_path / "klbot"


def test_everything_from_the_environment(tmp_path: Path) -> None:
    config = _run_config(
        {
            "BOT_DATA_DIR": str(tmp_path / "data"),
            "TELEGRAM_BOT_TOKEN": f" {TOKEN} ",
            "TELEGRAM_BASE_URL": "http://127.0.0.1:8081/bot",
            "BOT_ALLOWED_CHATS": "42, -1001 7",
            "BOT_ADMINS": "1,2",
            "BOT_RATE_LIMITER": "off",
            "BOT_LOG_LEVEL": "debug",
            "BOT_WEBHOOK_URL": "https://bot.example.org/hook",
            "BOT_PORT": "8000",
            "BOT_LISTEN": "0.0.0.0",
        },
    )
    assert config.token == TOKEN and config.base_url == "http://127.0.0.1:8081/bot"
    assert config.allowed_chats == frozenset({42, -1001, 7}) and config.admins == frozenset({1, 2})
    assert not config.rate_limiter and config.log_level == logging.DEBUG
    assert config.data_dir == tmp_path / "data"
    assert config.webhook_url == "https://bot.example.org/hook" and config.port == 8000
    assert config.listen == "0.0.0.0"
    assert config.webhook_secret and len(config.webhook_secret) >= 32  # generated per start


def test_arguments_win_over_the_environment() -> None:
    config = _run_config(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "BOT_WEBHOOK_URL": "https://b.example/y",
            "BOT_PORT": "1",
            "BOT_LOG_LEVEL": "DEBUG",
        },
        webhook_url="https://a.example/x",
        webhook_secret="abc_DEF-1",
        port=9000,
        log_level="WARNING",
    )
    assert (config.webhook_url, config.webhook_secret, config.port, config.log_level) == (
        "https://a.example/x",
        "abc_DEF-1",
        9000,
        logging.WARNING,
    )


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "TELEGRAM_BOT_TOKEN is not set"),
        ({"TELEGRAM_BOT_TOKEN": "   "}, "TELEGRAM_BOT_TOKEN is not set"),
        ({"TELEGRAM_BOT_TOKEN": "abc"}, "does not look like a bot token"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN + "\nmore"}, "does not look like a bot token"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "BOT_ALLOWED_CHATS": "42,general"}, "BOT_ALLOWED_CHATS: 'general'"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "BOT_ADMINS": "me"}, "BOT_ADMINS: 'me'"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "BOT_LOG_LEVEL": "LOUD"}, "unknown log level 'LOUD'"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "BOT_WEBHOOK_SECRET": "no spaces"}, "webhook secret"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "BOT_WEBHOOK_URL": "ftp://x"}, "must be an http(s) URL"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "BOT_PORT": "eighty"}, "port must be a number"),
    ],
)
def test_configuration_errors_are_one_line(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError) as error:
        _run_config(env)
    text = str(error.value)
    assert message in text and "\n" not in text
    if "token" in message:
        assert "@BotFather" in text


@pytest.mark.parametrize("name", ["BOT_ALLOWED_CHATS", "BOT_ADMINS", "BOT_OPT_OUT_CHATS"])
def test_every_id_list_has_the_same_parser(name: str) -> None:
    assert parse_ids("12, -100345 7\n8,,", name) == frozenset({12, -100345, 7, 8})
    with pytest.raises(ConfigError, match=f"^{name}: 'x' is not a Telegram id"):
        load_config({name: "1 x"})


def test_knowledge_dir_and_recording_switches(tmp_path: Path) -> None:
    assert load_config({}).knowledge_dir is None  # the checkout's knowledge/
    assert load_config({"BOT_KNOWLEDGE_DIR": "/srv/k"}).knowledge_dir == Path("/srv/k")
    assert load_config({"BOT_KNOWLEDGE_DIR": "/srv/k"}, knowledge="mine").knowledge_dir == Path("mine")
    assert load_config({}).record and not load_config({"BOT_RECORD": "off"}).record
    assert load_config({"BOT_RECORD": "on"}).record


def test_the_token_and_secret_stay_out_of_repr() -> None:
    config = load_config({"TELEGRAM_BOT_TOKEN": TOKEN, "BOT_WEBHOOK_SECRET": "hush-hush"})
    assert TOKEN not in repr(config) and TOKEN.split(":")[1] not in repr(config)
    assert "hush-hush" not in repr(config)


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    quiet = {name: logging.getLogger(name).level for name in ("httpx", "httpcore", "tornado.access")}
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)
    for name, old in quiet.items():
        logging.getLogger(name).setLevel(old)


def test_the_token_is_never_logged(restore_logging: None, capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging(logging.DEBUG, [TOKEN, "webhook-secret-1"])
    assert logging.getLogger("httpx").level == logging.WARNING
    url = f"https://api.telegram.org/bot{TOKEN}/getUpdates"
    logging.getLogger("httpx").info("HTTP Request: POST %s", url)  # silenced
    logging.getLogger("telegram.ext").debug("calling %s with webhook-secret-1", url)
    try:
        raise RuntimeError(f"connection to {url} failed")
    except RuntimeError:
        logging.getLogger("bot").exception("boom")
    err = capsys.readouterr().err
    assert "HTTP Request" not in err
    assert "calling https://api.telegram.org/bot[redacted]/getUpdates with [redacted]" in err
    assert "Traceback" in err and "boom" in err
    assert TOKEN not in err and "webhook-secret-1" not in err


def test_redacting_formatter_handles_arguments() -> None:
    formatter = RedactingFormatter("%(message)s", ["s3cret", ""])
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "a %s b", ("s3cret",), None)
    assert formatter.format(record) == "a [redacted] b"


@pytest.mark.parametrize(("value", "expected"), [(None, 20), ("", 20), ("5", 5), (" 60 ", 60), ("0", 0), ("off", 0)])
def test_questions_per_minute(value: str | None, expected: int) -> None:
    env = {} if value is None else {"BOT_QUESTIONS_PER_MINUTE": value}
    assert load_config(env).questions_per_minute == expected


@pytest.mark.parametrize("value", ["many", "-1", "2.5"])
def test_questions_per_minute_must_be_a_whole_number(value: str) -> None:
    with pytest.raises(ConfigError) as error:
        load_config({"BOT_QUESTIONS_PER_MINUTE": value})
    assert str(error.value).startswith("BOT_QUESTIONS_PER_MINUTE: ") and "\n" not in str(error.value)
