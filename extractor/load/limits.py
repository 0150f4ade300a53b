"""How much one input may expand to once read: a 1 MB .docx can hold a gigabyte of XML (a zip bomb),
and nothing after the loader should have to cope with that.

The limit covers a file's bytes, the uncompressed parts of a .docx (as its zip directory declares
them: Python's zipfile never inflates a part past its declared size) and the text of a PDF's pages.
It is `EXTRACTOR_MAX_INPUT_MB` megabytes (default 50), or what the caller passes (`--max-input-mb`).
"""

from __future__ import annotations

import os

from extractor.errors import InputError

ENV = "EXTRACTOR_MAX_INPUT_MB"
DEFAULT_MB = 50.0
_MB = 1_000_000


def limit_bytes(limit_mb: float | None = None) -> int:
    """The limit in bytes: `limit_mb`, else EXTRACTOR_MAX_INPUT_MB, else the default."""
    if limit_mb is None:
        raw = os.environ.get(ENV, "").strip()
        try:
            limit_mb = float(raw) if raw else DEFAULT_MB
        except ValueError:
            raise InputError(f"{ENV}={raw!r} is not a number of megabytes") from None
    return max(1, int(limit_mb * _MB))


def over_limit(what: str, size: int, limit: int) -> InputError:
    """The one-line error for content over the limit, naming the limit and how to raise it."""
    shown = f"{size / _MB:.0f} MB" if size >= _MB else f"{size} bytes"
    return InputError(
        f"too large: {what} is {shown}, over the {limit / _MB:g} MB limit on input content "
        f"(raise it with --max-input-mb N or {ENV}=N)"
    )


def check(what: str, size: int, limit: int) -> None:
    """Raise `over_limit` when `size` bytes exceed `limit`."""
    if size > limit:
        raise over_limit(what, size, limit)
