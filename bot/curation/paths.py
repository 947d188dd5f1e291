"""Where the bot keeps what it records (the curation database), shared by ``run`` and ``review``."""

from __future__ import annotations

import os
from pathlib import Path

DATABASE_NAME = "klbot.sqlite3"
"""The file name of the recording database inside the data directory."""


def default_data_dir() -> Path:
    """``BOT_DATA_DIR``, else ``$XDG_DATA_HOME/klbot``, else ``~/.local/share/klbot``."""
    configured = os.environ.get("BOT_DATA_DIR")
    if configured:
        return Path(configured).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "klbot"


def database_path(data_dir: Path | str | None = None) -> Path:
    """The recording database in ``data_dir`` (default: ``default_data_dir()``)."""
    return Path(data_dir if data_dir is not None else default_data_dir()) / DATABASE_NAME
