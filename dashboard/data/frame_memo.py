"""Results derived from a frame, computed once per frame object and dropped when the frame is.

The app's tables are built once per server process and never modified in place (see
`dashboard.ui.cache`), so anything derived from a whole table — the annual series, the DuckDB index
of a big trade table — can be kept beside it instead of being recomputed on every script run. The
key is the frame's identity; a weak reference makes sure a recycled `id()` never returns another
frame's result, and a finaliser forgets the entries when the frame is garbage-collected.
"""
from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Hashable
from typing import TypeVar

import pandas as pd

T = TypeVar("T")

_LOCK = threading.Lock()
# id(frame) -> (weak reference to the frame, {key: value})
_ENTRIES: dict[int, tuple[weakref.ref, dict[Hashable, object]]] = {}


def _forget(frame_id: int) -> None:
    with _LOCK:
        _ENTRIES.pop(frame_id, None)


def memo(frame: pd.DataFrame, key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()` the first time `key` is asked of this frame object, the stored value after that.
    Two sessions asking at once may both compute; the first result stored is the one kept."""
    frame_id = id(frame)
    with _LOCK:
        entry = _ENTRIES.get(frame_id)
        if entry is not None and entry[0]() is frame and key in entry[1]:
            return entry[1][key]  # type: ignore[return-value]
    value = compute()  # outside the lock: a slow first computation must not stall other sessions
    with _LOCK:
        entry = _ENTRIES.get(frame_id)
        if entry is None or entry[0]() is not frame:
            entry = (weakref.ref(frame), {})
            _ENTRIES[frame_id] = entry
            weakref.finalize(frame, _forget, frame_id)
        return entry[1].setdefault(key, value)  # type: ignore[return-value]


def entries() -> int:
    """How many frames have stored results (for tests: they must go when their frames go)."""
    with _LOCK:
        return len(_ENTRIES)
