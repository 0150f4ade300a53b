"""The library entry point: `extractor.extract(text_or_path)`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from extractor.errors import ExtractorError
from extractor.load import load_path
from extractor.models import Extraction

Backend = Literal["auto", "rules", "llm"]


def _as_text(text_or_path: str | os.PathLike[str]) -> tuple[str, str | None]:
    """A Path, or a one-line string naming an existing file, is read; any other string is the text."""
    if isinstance(text_or_path, os.PathLike):
        return load_path(text_or_path), str(text_or_path)
    if "\n" not in text_or_path and len(text_or_path) < 1024:
        try:
            if Path(text_or_path).is_file():
                return load_path(text_or_path), text_or_path
        except OSError:
            pass
    return text_or_path, None


def extract(
    text_or_path: str | os.PathLike[str],
    backend: Backend = "rules",
    *,
    source: str | None = None,
    prompt: str | None = None,
    model: str | None = None,
) -> Extraction:
    """Extract one notice. `backend="rules"` needs nothing but this package; "llm" and "auto" use the
    endpoint configured in .env, and "auto" falls back to rules when none is configured."""
    text, path = _as_text(text_or_path)
    source = source or path
    if backend == "rules":
        from extractor.rules import extract_text

        return extract_text(text, source)
    if backend not in ("auto", "llm"):
        raise ExtractorError(f"unknown backend {backend!r}: choose auto, rules or llm")
    try:
        from extractor import llm
    except ImportError as exc:
        if backend == "auto":
            from extractor.rules import extract_text

            return extract_text(text, source)
        raise ExtractorError(f"the LLM backend is not available: {exc}") from None
    return llm.extract_text(text, source, backend=backend, prompt=prompt, model=model)
