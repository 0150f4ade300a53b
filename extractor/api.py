"""The library entry point: `extractor.extract(text_or_path)`, and the only backend dispatch."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import Literal

from extractor.errors import ExtractorError, InputError
from extractor.load import NOTICE_SUFFIXES, load_bytes, load_path, normalise
from extractor.load.reading_aids import extract_past_notes
from extractor.models import Extraction

Backend = Literal["auto", "rules", "llm"]
_WARNED: set[str] = set()
_WARNED_LOCK = threading.Lock()


_SENTENCE_STOPS = "。，；！？"  # (in a notice's text; in no file's name)


def _as_text(text_or_path: str | bytes | os.PathLike[str]) -> tuple[str, str | None]:
    """A Path is read; bytes are a file's content (any format load_bytes reads). A string is a path
    when it is one short line ending in a notice suffix (.txt, .docx, .html, .pdf …) and holding no sentence's stop (a
    page copied onto one line may end in its address, "…本文地址:https://…/42497.html"): a mistyped path must fail,
    not be extracted as a one-line notice. Any other string is the notice's text."""
    if isinstance(text_or_path, os.PathLike):
        return load_path(text_or_path), os.fspath(text_or_path)
    if isinstance(text_or_path, (bytes, bytearray, memoryview)):
        return load_bytes(bytes(text_or_path)), None
    if not isinstance(text_or_path, str):
        raise InputError(
            f"extract() takes the notice's text, a path or the file's bytes, not {type(text_or_path).__name__}"
        )
    if (
        "\n" not in text_or_path
        and "\r" not in text_or_path
        and len(text_or_path) < 1024
        and not any(stop in text_or_path for stop in _SENTENCE_STOPS)
    ):
        candidate = Path(text_or_path.strip())
        if candidate.suffix.lower() in NOTICE_SUFFIXES:
            try:
                exists = candidate.is_file()
            except (OSError, ValueError):  # a name too long, or holding NUL
                exists = False
            if not exists:
                raise InputError(
                    f"no such file: {text_or_path.strip()} (a one-line string ending in {candidate.suffix} is read "
                    "as a path; pass notice text with its line breaks, or a pathlib.Path)"
                )
            return load_path(candidate), text_or_path
    return text_or_path, None


def extract(
    text_or_path: str | bytes | os.PathLike[str],
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
    """Extract notice text. Spans index the text as `extractor.load.normalise` gives it (newlines as
    \\n, lone surrogates as U+FFFD): the same text a file of it loads to, whatever its line endings.

    rules: the rule-based backend. llm: strict, an unconfigured or failing endpoint raises an
    ExtractorError naming the failure. auto: the LLM when one is configured; any endpoint failure
    falls back to the rules (for the parts it hit) with one warning line on stderr.
    """
    if not isinstance(text, str):
        raise InputError(f"the notice's text must be a str, not {type(text).__name__}")
    # (A reprint's pinyin is read past for either backend, and given back as written: `load.reading_aids`.)
    return extract_past_notes(normalise(text), lambda plain: _extract(plain, backend, source, prompt, model, no_cache))


def _extract(
    text: str, backend: Backend, source: str | None, prompt: str | None, model: str | None, no_cache: bool
) -> Extraction:
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
