"""A tiny ``.env`` reader: ``KEY=value`` lines into ``os.environ``; the real environment wins.

Supported: blank lines, ``#`` comments, an optional ``export`` prefix, values in single or
double quotes (``#`` inside quotes is kept), and trailing `` # comments`` after unquoted
values. No variable expansion, no multi-line values: enough for a bot's configuration.
"""

from __future__ import annotations

import os
import re
from collections.abc import MutableMapping
from pathlib import Path

_LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$")


def parse_env(text: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _LINE.match(line)
        if match is None:
            continue
        key, raw = match.groups()
        if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
            value = raw[1:-1]
            if raw[0] == '"':
                value = value.replace('\\"', '"').replace("\\n", "\n")
        else:
            value = re.split(r"\s+#", raw, maxsplit=1)[0]
        values[key] = value
    return values


def load_env_file(path: Path | str | None = None, environ: MutableMapping[str, str] | None = None) -> Path | None:
    """Read ``path`` (default ``BOT_ENV_FILE`` or ``./.env``) if it exists; returns what was read.

    Variables already set in the environment are not overwritten.
    """
    env = os.environ if environ is None else environ
    file = Path(path or env.get("BOT_ENV_FILE") or ".env")
    try:
        text = file.read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None
    for key, value in parse_env(text).items():
        env.setdefault(key, value)
    return file
