"""Loading YAML that someone else wrote, within bounds: size, nesting, node count, no aliases.

``yaml.safe_load`` constructs only plain data, but it still follows anchors and aliases (a
650-byte "billion laughs" file grew to 2.7 GB once its nested aliases were turned into text)
and recurses once per nesting level (deep nesting ends in ``RecursionError``). ``load_file``
reads at most ``max_bytes``, walks the parser's events once (an iterative state machine, so
depth costs no stack) refusing every anchor and alias, nesting deeper than ``max_depth`` and
more than ``max_nodes`` nodes, and only then constructs the data. Every refusal is a
``SafeYamlError`` of one line that names the file (and the line, where there is one).

``printable`` shows text from such files, from users or from the recording database on a
terminal without letting it act on the terminal (escape sequences, bidi overrides).

The curator tools use it for every file they read: ``eval`` for labelled files (and review
exports), ``check`` for the knowledge files before the engine loads them. The knowledge itself
is loaded by ``bot.core.loader`` with libyaml's safe loader (which has a nesting limit of its
own); it could call ``load_file`` too, since this module imports nothing from ``bot``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 8 * 1024 * 1024
"""Largest file read; labelled files and knowledge files are well under 1 MB."""
MAX_DEPTH = 32
"""Deepest nesting of lists and mappings; the files here use 5 levels at most."""
MAX_NODES = 1_000_000
"""Most scalars, lists and mappings in one file."""

# libyaml parses about ten times faster; both parsers produce events without recursion.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""C0 (ESC included), DEL, C1 (CSI included), bidi marks, overrides and isolates, surrogates."""


def printable(text: str, keep: str = "") -> str:
    """``text`` with the characters that act on a terminal written as repr-style escapes
    (``\\x1b``, ``\\x9b``, ``\\u202e``, ``\\udcff``); the characters of ``keep`` (e.g. a
    report's own newlines, ``"\\n\\t"``) are left alone."""
    return _UNPRINTABLE.sub(lambda m: m.group() if m.group() in keep else _escape(m.group()), text)


def _escape(char: str) -> str:
    code = ord(char)
    return _SHORT.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


_SHORT = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


class SafeYamlError(Exception):
    """The file cannot be used; the message is one line that names it."""


def load_file(
    path: Path | str, *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH, max_nodes: int = MAX_NODES
) -> Any:
    """The data in the YAML file ``path``, or ``SafeYamlError``."""
    try:
        with open(path, "rb") as file:
            data = file.read(max_bytes + 1)
    except OSError as exc:
        raise SafeYamlError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise SafeYamlError(f"{path}: larger than {max_bytes} bytes; not read")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SafeYamlError(f"{path}: line {line}: not UTF-8 text (byte {data[exc.start]:#04x})") from None
    return loads(text, str(path), max_depth=max_depth, max_nodes=max_nodes)


def loads(text: str, name: str = "<yaml>", *, max_depth: int = MAX_DEPTH, max_nodes: int = MAX_NODES) -> Any:
    """The data in ``text`` (called ``name`` in messages), or ``SafeYamlError``."""
    check(text, name, max_depth=max_depth, max_nodes=max_nodes)
    try:
        return yaml.load(text, Loader=_LOADER)  # a safe loader, on text checked above
    except yaml.YAMLError as exc:
        raise SafeYamlError(f"{name}: {_describe(exc)}") from None
    except (ValueError, RecursionError, MemoryError) as exc:  # e.g. an integer of 10,000 digits
        raise SafeYamlError(f"{name}: cannot be loaded: {type(exc).__name__}: {_first_line(str(exc))}") from None


def check(text: str, name: str = "<yaml>", *, max_depth: int = MAX_DEPTH, max_nodes: int = MAX_NODES) -> None:
    """Refuse anchors, aliases, nesting deeper than ``max_depth`` and more than ``max_nodes``
    nodes, reading only the parser's events."""
    depth = nodes = 0
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.AliasEvent):
                raise SafeYamlError(f"{name}: {_where(event)}aliases (*{event.anchor}) are not allowed")
            if isinstance(event, yaml.NodeEvent):
                if event.anchor is not None:
                    raise SafeYamlError(f"{name}: {_where(event)}anchors (&{event.anchor}) are not allowed")
                nodes += 1
                if nodes > max_nodes:
                    raise SafeYamlError(f"{name}: {_where(event)}more than {max_nodes} values")
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > max_depth:
                    raise SafeYamlError(f"{name}: {_where(event)}nested deeper than {max_depth} levels")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as exc:
        raise SafeYamlError(f"{name}: {_describe(exc)}") from None
    except (RecursionError, MemoryError) as exc:
        raise SafeYamlError(f"{name}: cannot be parsed: {type(exc).__name__}") from None


def _where(event: yaml.Event) -> str:
    mark = event.start_mark
    return f"line {mark.line + 1}: " if mark is not None else ""


def _describe(exc: yaml.YAMLError) -> str:
    """A YAML error on one line: where, then what (PyYAML's own text spans several lines)."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        what = " ".join(part for part in (exc.context, exc.problem) if part)
        return f"not valid YAML: {where}{_first_line(what) or 'cannot be parsed'}"
    return f"not valid YAML: {_first_line(str(exc))}"


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""
