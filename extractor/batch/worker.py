"""One input in, one Outcome out, never an exception: the unit every executor runs, in a worker
process or a thread, and the single-file command runs too (so both read, hash and fail alike)."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from extractor.batch.records import Outcome, failed, json_bytes
from extractor.errors import ExtractorError, InputError
from extractor.load.inputs import Item
from extractor.models import Extraction

if TYPE_CHECKING:
    from extractor.api import Backend


@dataclass(frozen=True)
class Config:
    """What every worker needs to know (picklable)."""

    backend: str = "rules"
    prompt: str | None = None
    model: str | None = None
    save_text: str | None = None
    keep_text: bool = False  # send the text back (for the html review page)
    no_cache: bool = False
    max_input_mb: float | None = None  # None: EXTRACTOR_MAX_INPUT_MB, else the default


def sha256_of(item: Item) -> str | None:
    """The content hash that keys a record (None when the input cannot be read)."""
    if item.text is not None:
        return hashlib.sha256(item.text.encode("utf-8", "surrogatepass")).hexdigest()
    if item.path is None:
        return None
    try:
        with open(item.path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def _is_fallback(extraction: Extraction, backend: str) -> bool:
    """Whether the rules stood in for an LLM that was asked: not when none is configured."""
    meta = extraction.meta
    if meta.get("fallback") or meta.get("fallbacks"):
        return True
    return backend != "rules" and meta.get("backend") == "rules" and "llm_unavailable" not in meta


def load_item(item: Item, config: Config, info: dict[str, Any]) -> str:
    """The item's text (spans index it); fills `info` with its hash and format as soon as they are known."""
    from extractor.load import detect_format, load_bytes, normalise, read_bytes

    if item.error:
        raise InputError(item.error)
    if item.text is not None:
        info.update(sha256=sha256_of(item), format="row")
        return normalise(item.text)
    path = cast(str, item.path)  # an item without text or error names a file
    data = read_bytes(path, config.max_input_mb)
    info["sha256"] = hashlib.sha256(data).hexdigest()
    info["format"] = detect_format(data, path)  # raises for unsupported files, hash recorded
    return load_bytes(data, path, config.max_input_mb)


def run_item(item: Item, config: Config, extract: Callable[[str, str], Extraction] | None = None) -> Outcome:
    """Extract one input; every error becomes a failure record, never an exception. `extract`
    (text, source) stands in for the backend when the extraction is made elsewhere (a Batch API)."""
    from extractor.api import extract_text

    info: dict[str, Any] = {}
    try:
        text = load_item(item, config, info)
        info["chars"] = len(text)
        if config.save_text:
            info["text_path"] = save_text(config.save_text, item.source, info["sha256"], text)
        if extract is not None:
            extraction = extract(text, item.source)
        else:
            extraction = extract_text(
                text,
                cast("Backend", config.backend),  # one of the CLI's --backend choices
                source=item.source,
                prompt=config.prompt,
                model=config.model,
                no_cache=config.no_cache,
            )
        extraction.meta["input"] = info
        statuses: Counter[str] = Counter(issue.status for issue in extraction.issues)
        return Outcome(
            item.index,
            item.source,
            json_bytes(extraction),
            True,
            info["sha256"],
            len(extraction.issues),
            dict(statuses),
            _is_fallback(extraction, config.backend),
            extraction.meta.get("backend"),
            text=text if config.keep_text else None,
        )
    except Exception as exc:  # noqa: BLE001 - one bad input must not end the run
        if isinstance(exc, OSError):
            message = f"{exc.strerror or exc}: {getattr(exc, 'filename', '') or ''}".rstrip(": ")
        elif isinstance(exc, ExtractorError):
            message = str(exc)
        else:
            message = f"unexpected error: {exc}"
        return failed(item.index, item.source, type(exc).__name__, message, info)


def save_text(directory: str, source: str, sha256: str, text: str) -> str:
    """Write the text the spans index to `<directory>/<name>-<hash12>.txt`; return its path."""
    name = Path(source.split("#", 1)[0]).stem or "text"
    if "#" in source:
        name += "-" + "".join(c if c.isalnum() or c in "-_" else "_" for c in source.split("#", 1)[1])[:40]
    path = Path(directory) / f"{name}-{sha256[:12]}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")  # byte for byte what the spans index
    return str(path)
