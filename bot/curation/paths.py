"""Where the bot keeps what it records (the curation database), shared by ``run`` and ``review``.

The data directory itself is configuration (``BOT_DATA_DIR``, see ``bot.config``).
"""

from __future__ import annotations

from pathlib import Path

DATABASE_NAME = "klbot.sqlite3"
"""The file name of the recording database inside the data directory."""


def database_path(data_dir: Path | str) -> Path:
    """The recording database in ``data_dir``."""
    return Path(data_dir) / DATABASE_NAME
