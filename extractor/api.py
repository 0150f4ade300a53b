"""The library entry point: `extractor.extract(text_or_path)`, and the only backend dispatch."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import Literal

from extractor.errors import ExtractorError
from extractor.load import NOTICE_SUFFIXES, load_path
from extractor.models import Extraction

Backend = Literal["auto", "rules", "llm"]
_WARNED: set[str] = set()
_WARNED_LOCK = threading.Lock()


def _as_text(text_or_path: str | os.PathLike[str]) -> tuple[str, str | None]:
    """A Path is read. A string is read as a path only when it is one short line naming an existing
    file with a notice suffix (.txt, .docx, .html, .pdf …); any other string is the notice's text."""
    if isinstance(text_or_path, os.PathLike):
        return load_path(text_or_path), str(text_or_path)
    if "\n" not in text_or_path and len(text_or_path) < 1024:
        candidate = Path(text_or_path.strip())
        try:
            if candidate.suffix.lower() in NOTICE_SUFFIXES and candidate.is_file():
                return load_path(candidate), text_or_path
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
    no_cache: bool = False,
) -> Extraction:
    """Extract one notice. `backend="rules"` needs nothing but this package; "llm" and "auto" use the
    endpoint configured in .env, and "auto" falls back to rules when none is configured or it fails."""
    text, path = _as_text(text_or_path)
    return extract_text(text, backend, source=source or path, prompt=prompt, model=model, no_cache=no_cache)


def _warn_once(endpoint: str, message: str) -> None:
    """One line on stderr per failing endpoint and process (a batch run does not repeat it)."""
    with _WARNED_LOCK:
        if endpoint in _WARNED:
            return
        _WARNED.add(endpoint)
    print(f"warning: {message}; using the rule-based result (--backend llm stops instead)", file=sys.stderr)


def extract_text(
    text: str,
    backend: Backend = "rules",
    *,
    source: str | None = None,
    prompt: str | None = None,
    model: str | None = None,
    no_cache: bool = False,
) -> Extraction:
    """Extract already-loaded notice text (spans index `text`).

    rules: the rule-based backend. llm: strict, an unconfigured or failing endpoint raises an
    ExtractorError naming the failure. auto: the LLM when one is configured; any endpoint failure
    falls back to the rules (for the parts it hit) with one warning line on stderr.
    """
    if backend == "rules":
        from extractor.rules import extract_text as rules_extract

        return rules_extract(text, source)
    if backend not in ("auto", "llm"):
        raise ExtractorError(f"unknown backend {backend!r}: choose auto, rules or llm")
    from extractor import llm

    configured, why = llm.is_configured()
    if not configured and backend == "auto":
        from extractor.rules import extract_text as rules_extract

        result = rules_extract(text, source)
        result.meta["llm_unavailable"] = why
        return result
    strict = backend == "llm"
    result = llm.extract_text(text, source, prompt=prompt, model=model, no_cache=no_cache, strict=strict)
    failure = result.meta.get("endpoint_failure")
    if failure:
        _warn_once(str(result.meta.get("endpoint")), str(failure))
    return result
