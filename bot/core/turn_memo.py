"""Work one turn repeats, remembered for that turn alone.

A turn reads its words several times (whole, by clause, as compound parts, reframed, a
conversation's rewrites), and each reading names, corrects and searches much the same words.
What a pure function computed from its arguments is kept here while the turn lasts: nothing
outlives the turn, so no answer can depend on an earlier one, and a context variable gives
concurrent turns (async handlers) a memo each.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar, cast

T = TypeVar("T")


class _Memo(dict[Hashable, object]):
    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size


_TURN_MEMO: ContextVar[_Memo | None] = ContextVar("_TURN_MEMO", default=None)


@contextmanager
def one_turn(size: int) -> Iterator[None]:
    """Opens the turn's memo, of at most ``size`` results; a turn already open keeps its own."""
    if _TURN_MEMO.get() is not None:
        yield
        return
    token = _TURN_MEMO.set(_Memo(size))
    try:
        yield
    finally:
        _TURN_MEMO.reset(token)


def remembered(key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, computed once per turn for ``key``, which must hold everything the result
    depends on (the object computing it too). Outside a turn, computed every time."""
    memo = _TURN_MEMO.get()
    if memo is None:
        return compute()
    if key in memo:
        return cast(T, memo[key])
    value = compute()
    if len(memo) < memo.size:
        memo[key] = value
    return value
