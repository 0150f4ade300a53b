"""Step 1 of the pipeline: a file on disk becomes the decoded text that every span refers to.

Every format goes through `load_path`, so spans always index the text it returns.
"""

from __future__ import annotations

from pathlib import Path

from extractor.load.text import decode, read_path

__all__ = ["decode", "load_path"]


def load_path(path: str | Path) -> str:
    """The text of a notice file, whatever its format."""
    return read_path(path)
