"""Regular expressions compiled on first use.

Python compiles patterns in Python code, and the rules carry dozens of large ones; patterns that
only some notices need (people held accountable, ledger tables, PDF wraps) compile when first
used, so a command-line run pays only for what its notice needs.
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """Stands in for `re.compile(pattern, flags)`; compiles on the first attribute access."""

    __slots__ = ("_pattern", "_flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return getattr(self._compiled, name)
