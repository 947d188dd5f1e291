"""Regular expressions compiled when first used, not when their module is imported.

The core holds some 280 module-level patterns, and compiling them all took about 70 ms of a
250 ms start-up, while answering a first question uses under a third of them. ``lazy`` gives a
stand-in that compiles its pattern on first use and then keeps the compiled pattern's methods as
its own attributes, so every later call costs what a compiled pattern's does.
"""

from __future__ import annotations

import re
from typing import Any, cast

_FORWARDED = (
    "search",
    "match",
    "fullmatch",
    "sub",
    "subn",
    "split",
    "findall",
    "finditer",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class _Lazy:
    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Only reached while an attribute is missing: the first use, or a name no pattern has.
        compiled = re.compile(*self._source)
        for attribute in _FORWARDED:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags))
