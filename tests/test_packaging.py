"""The knowledge travels inside the wheel, so an installed bot answers from any folder."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_knowledge_file_is_packaged_with_the_wheel() -> None:
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    mapped = {package: ROOT / folder for package, folder in setuptools["package-dir"].items()}
    packaged: set[Path] = set()
    for package, patterns in setuptools["package-data"].items():
        base = mapped.get(package) or mapped["bot._knowledge"] / package.removeprefix("bot._knowledge.")
        assert package in setuptools["packages"], package
        packaged |= {p for p in base.iterdir() if any(fnmatch.fnmatch(p.name, pat) for pat in patterns)}
    shipped = {p for p in (ROOT / "knowledge").rglob("*") if p.is_file()}
    assert shipped - packaged == set()
