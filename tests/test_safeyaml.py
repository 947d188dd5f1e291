"""``bot.safeyaml``: YAML from others is bounded, and every refusal is one line naming the file."""

from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

import pytest
import yaml

from bot import safeyaml
from bot.safeyaml import SafeYamlError, load_file, loads

ROOT = Path(__file__).resolve().parents[1]


def billion_laughs(levels: int = 9) -> str:
    """The classic: each level is nine aliases of the one before (9**9 strings once expanded)."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, levels):
        refs = ",".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


def refusal(path: Path, **limits: int) -> str:
    with pytest.raises(SafeYamlError) as error:
        load_file(path, **limits)
    message = str(error.value)
    assert "\n" not in message and message.startswith(f"{path}: ")
    return message


def write(tmp_path: Path, text: str | bytes, name: str = "file.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_a_billion_laughs_file_is_refused_at_once_in_little_memory(tmp_path: Path) -> None:
    path = write(tmp_path, billion_laughs())
    assert len(path.read_bytes()) < 1000
    tracemalloc.start()
    started = time.perf_counter()
    try:
        message = refusal(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "anchors (&a0) are not allowed" in message and "line 1" in message
    assert time.perf_counter() - started < 2
    assert peak < 10_000_000


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("base: &base {a: 1}\nother: {<<: *base}\n", "anchors (&base)"),
        ("- *undefined\n", "aliases (*undefined)"),
        ("- &x q\n", "anchors (&x)"),
    ],
)
def test_anchors_and_aliases_are_refused_even_when_harmless(tmp_path: Path, text: str, found: str) -> None:
    assert found in refusal(write(tmp_path, text))


@pytest.mark.parametrize(
    "text",
    [
        "q: " + "[" * 40 + "]" * 40 + "\n",
        "".join("  " * level + "a:\n" for level in range(40)) + "  " * 40 + "b: 1\n",
        "q: " + "[" * 100_000 + "]" * 100_000 + "\n",
        "q: " + "{a: " * 5000 + "1" + "}" * 5000 + "\n",
    ],
    ids=["flow-40", "block-40", "flow-100000", "mapping-5000"],
)
def test_deep_nesting_is_refused_without_recursion(tmp_path: Path, text: str) -> None:
    message = refusal(write(tmp_path, text))
    assert "nested deeper than 32 levels" in message or "nesting depth" in message


def test_nesting_up_to_the_limit_loads(tmp_path: Path) -> None:
    data = load_file(write(tmp_path, "q: " + "[" * 31 + "1" + "]" * 31 + "\n"))
    depth = 1
    node = data["q"]
    while isinstance(node, list):
        node, depth = node[0], depth + 1
    assert depth == 32 and node == 1


def test_too_many_values_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "[" + ",".join(["1"] * 101) + "]")
    assert "more than 100 values" in refusal(path, max_nodes=100)


def test_a_file_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    path = write(tmp_path, "- q: hello\n" * 200)
    assert "larger than 1000 bytes" in refusal(path, max_bytes=1000)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_file_is_read_only_up_to_the_limit() -> None:
    with pytest.raises(SafeYamlError, match="larger than"):
        load_file("/dev/zero")


@pytest.mark.parametrize(
    ("content", "found"),
    [
        (b"- q: caf\xe9\n", "line 1: not UTF-8 text (byte 0xe9)"),
        ("- {q: [unclosed\n", "not valid YAML: line 2"),
        ("- !!python/object/apply:os.system [echo hi]\n", "could not determine a constructor"),
        ("n: " + "9" * 5000 + "\n", "cannot be loaded: ValueError"),
        ("a: \x1b[31mred\n", "not valid YAML"),
    ],
    ids=["latin-1", "unclosed", "python-tag", "huge-int", "escape"],
)
def test_other_unusable_files_are_one_line(tmp_path: Path, content: str | bytes, found: str) -> None:
    assert found in refusal(write(tmp_path, content))


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    assert "cannot be read: No such file or directory" in refusal(tmp_path / "missing.yaml")


@pytest.mark.parametrize(
    "path",
    sorted((ROOT / "knowledge").rglob("*.yaml")) + sorted((ROOT / "tests" / "data").glob("*.yaml")),
    ids=lambda p: p.name,
)
def test_the_shipped_files_load_exactly_as_safe_load_reads_them(path: Path) -> None:
    assert load_file(path) == yaml.safe_load(path.read_text(encoding="utf-8"))


def test_without_libyaml_the_pure_python_parser_is_bounded_too(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(safeyaml, "_LOADER", yaml.SafeLoader)
    assert sys.getrecursionlimit() < 100_000
    assert "nested deeper" in refusal(write(tmp_path, "q: " + "[" * 100_000 + "]" * 100_000 + "\n"))
    assert "anchors" in refusal(write(tmp_path, billion_laughs(), "laughs.yaml"))
    assert loads("- {q: hello, expect: [[a]]}\n") == [{"q": "hello", "expect": [["a"]]}]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain æøå ✓ 👍", "plain æøå ✓ 👍"),
        ("\x1b[2J\x07", "\\x1b[2J\\x07"),
        ("csi\x9b31m del\x7f", "csi\\x9b31m del\\x7f"),
        ("line\nbreak\ttab\rreturn", "line\\nbreak\\ttab\\rreturn"),
        ("bidi \u202eevil\u2066", "bidi \\u202eevil\\u2066"),
        ("lone \udcff", "lone \\udcff"),
    ],
)
def test_printable_escapes_what_acts_on_a_terminal(text: str, shown: str) -> None:
    assert safeyaml.printable(text) == shown


def test_printable_keeps_what_it_is_told_to() -> None:
    assert safeyaml.printable("a\nb\tc\x1b", keep="\n\t") == "a\nb\tc\\x1b"
