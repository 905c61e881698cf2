"""What a build reports instead of raising: one thing a curator must fix, or one row left out."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing a curator must fix, or one row left out, with where and why."""
    file: str
    line: int | None
    field: str
    message: str
    value: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        shown = f" (got {self.value!r})" if self.value else ""
        return f"{where}: {self.field}: {self.message}{shown}"
