"""What a run shows a person: one progress line on a terminal, and a summary at the end.

Sources and messages are printed through `printable`, so a file name holding a newline or an ANSI
escape cannot forge or recolour lines of the summary.
"""

from __future__ import annotations

import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import IO

from extractor.batch.records import Outcome
from extractor.models import STATUSES


def printable(text: str) -> str:
    """`text` for one terminal line: control, format and separator characters (newlines, ESC, bidi
    overrides) and lone surrogates shown as escapes, everything else (Chinese included) as it is."""
    return "".join(ascii(ch)[1:-1] if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") else ch for ch in text)


class Progress:
    """One status line on a terminal (stderr): files, issues, errors, rate; silent when not a TTY."""

    def __init__(self, total: int, stream: IO[str] | None = None, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.enabled = (
            (self.stream.isatty() if hasattr(self.stream, "isatty") else False) if enabled is None else enabled
        )
        self.done = self.issues = self.errors = 0
        self.started = time.monotonic()
        self._last = 0.0

    def update(self, outcome: Outcome) -> None:
        self.done += 1
        self.issues += outcome.issues
        self.errors += not outcome.ok
        now = time.monotonic()
        if self.enabled and (now - self._last >= 0.1 or self.done == self.total):
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        width = 24
        filled = int(width * self.done / self.total) if self.total else width
        eta = (self.total - self.done) / rate if rate > 0 else 0
        line = (
            f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} files · {self.issues} issues · "
            f"{self.errors} errors · {rate:.1f} docs/s · ETA {eta:.0f}s"
        )
        self.stream.write(line + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


@dataclass
class Summary:
    """What a run did, for the closing lines and the exit code."""

    inputs: int = 0
    skipped: int = 0
    extracted: int = 0
    failed: int = 0
    issues: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    fallbacks: int = 0
    backends: Counter[str] = field(default_factory=Counter)
    errors: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    output: str | None = None
    interrupted: bool = False

    def add(self, outcome: Outcome) -> None:
        if outcome.ok:
            self.extracted += 1
            self.issues += outcome.issues
            self.statuses.update(outcome.statuses)
            self.fallbacks += outcome.fallback
            if outcome.backend:
                self.backends[outcome.backend] += 1
        else:
            self.failed += 1
            self.errors.append((outcome.source, outcome.error or "error"))

    @property
    def all_failed(self) -> bool:
        """Every input failed (none extracted now or skipped as already done): the run's exit code is 1."""
        return self.failed > 0 and self.extracted == 0 and self.skipped == 0

    def lines(self) -> list[str]:
        processed = self.extracted + self.failed
        rate = processed / self.seconds if self.seconds > 0 else 0.0
        head = f"{self.inputs} documents: {self.extracted} extracted, {self.failed} failed"
        if self.skipped:
            head += f", {self.skipped} already done (skipped)"
        head += f" in {self.seconds:.1f}s ({rate:.1f} docs/s)"
        if self.interrupted:
            head += " — interrupted, re-run to resume"
        by_status = " · ".join(f"{status} {self.statuses[status]}" for status in STATUSES)
        issues = f"issues: {self.issues} ({by_status})"
        out = [head, issues + (" incl. documents already done" if self.skipped else "")]
        backends = ", ".join(f"{name} {count}" for name, count in self.backends.most_common())
        out.append(f"fallbacks: {self.fallbacks}" + (f" (backends: {backends})" if backends else ""))
        if self.output:
            out.append(f"output: {printable(self.output)}")
        if self.errors:
            out.append(f"errors ({len(self.errors)}):")
            out += [f"  {printable(source)}: {printable(message)}" for source, message in self.errors]
        return out
