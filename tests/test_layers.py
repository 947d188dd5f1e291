"""The layers of ``bot/``, checked on the source: the core is pure, curation knows no Telegram.

    bot/telegram ──┐
    bot/cli ───────┼──> bot/core   (no I/O but reading knowledge/, no Telegram, no SQLite)
    bot/curation ──┘

Imports are read with ``ast`` (not by importing), so a lazy import inside a function counts too.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "bot"


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, anywhere in the file, as absolute dotted names."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: relative import; the layer checks need absolute ones"
            if node.module is not None:
                found.add(node.module)
    return found


def _within(module: str, forbidden: tuple[str, ...]) -> bool:
    return any(module == name or module.startswith(name + ".") for name in forbidden)


def _modules(layer: str) -> list[Path]:
    files = sorted((PACKAGE / layer).glob("*.py"))
    assert files, f"no modules in bot/{layer}"
    return files


@pytest.mark.parametrize("path", _modules("core"), ids=lambda p: p.name)
def test_the_core_imports_no_adapter_telegram_or_sqlite(path: Path) -> None:
    forbidden = ("telegram", "sqlite3", "bot.telegram", "bot.curation", "bot.cli", "bot.config")
    assert [m for m in imported_modules(path) if _within(m, forbidden)] == []


@pytest.mark.parametrize("path", _modules("curation"), ids=lambda p: p.name)
def test_curation_imports_no_telegram(path: Path) -> None:
    assert [m for m in imported_modules(path) if _within(m, ("telegram", "bot.telegram"))] == []


def test_importing_the_package_loads_neither_telegram_nor_sqlite() -> None:
    code = (
        "import sys, bot\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('telegram', 'sqlite3', '_sqlite3')]\n"
        "assert not loaded, loaded\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_only_the_configuration_reads_the_environment() -> None:
    """``bot.config`` reads every variable once (``bot.envfile`` fills the environment from
    ``.env``); everything else gets its settings as parameters."""
    readers = {
        str(path.relative_to(PACKAGE.parent))
        for path in PACKAGE.rglob("*.py")
        if any(word in path.read_text(encoding="utf-8") for word in ("os.environ", "getenv", "environ.get"))
    }
    assert readers <= {"bot/config.py", "bot/envfile.py"}


def test_the_public_api_is_exported() -> None:
    import bot

    assert sorted(bot.__all__) == bot.__all__
    for name in bot.__all__:
        assert getattr(bot, name) is not None, name
    assert bot.Engine.from_directory().ask("Hvem er formand?").answered
