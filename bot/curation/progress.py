"""Progress for long command-line runs (``eval``, ``review``), on stderr and only when useful.

On a terminal the count is redrawn in place; otherwise (logs, CI) a line is written every
tenth of the way, and only for runs of at least ``QUIET_BELOW`` steps, so short runs and
tests stay silent.
"""

from __future__ import annotations

import sys
from typing import TextIO

QUIET_BELOW = 500
"""Runs shorter than this show no progress unless stderr is a terminal."""


class Progress:
    def __init__(self, label: str, total: int, stream: TextIO | None = None) -> None:
        self.label = label
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.interactive = _isatty(self.stream)
        self.enabled = total > 0 and (self.interactive or total >= QUIET_BELOW)
        self._step = max(1, total // (100 if self.interactive else 10))
        self._shown = False

    def update(self, done: int) -> None:
        """Report that ``done`` of ``total`` steps are finished."""
        if not self.enabled or (done % self._step and done != self.total):
            return
        if self.interactive:
            self.stream.write(f"\r{self.label}: {done}/{self.total}")
        else:
            self.stream.write(f"{self.label}: {done}/{self.total}\n")
        self.stream.flush()
        self._shown = True

    def finish(self) -> None:
        """Clear the in-place counter so the report starts on a clean line."""
        if self._shown and self.interactive:
            self.stream.write("\r" + " " * (len(self.label) + 2 * len(str(self.total)) + 3) + "\r")
            self.stream.flush()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
