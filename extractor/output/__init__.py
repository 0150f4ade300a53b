"""Step 5 of the pipeline: render extractions for people and programs."""

from __future__ import annotations

from collections.abc import Callable

from extractor.models import Extraction
from extractor.output.markdown import to_markdown

FORMATS: dict[str, Callable[[Extraction], str]] = {
    "json": lambda e: e.to_json(indent=2),
    "jsonl": lambda e: e.to_json(indent=None),
    "md": to_markdown,
}


def render(extraction: Extraction, fmt: str) -> str:
    """The extraction in format `fmt` (one of FORMATS)."""
    return FORMATS[fmt](extraction)
