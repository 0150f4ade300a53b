"""Batch runs: many notices in, one record per input out, incrementally, resumably and in parallel.

Records are JSON lines in input order. A document's record is its `Extraction` (the output contract,
`source` = the input path or `<table>#<id>`) with `meta.input` = {sha256, format, chars[, text_path]};
an input that fails gives `{"source", "error": {"type", "message"}, "meta": {"input": {...}}}` and the
run goes on. Each record is appended and flushed as soon as it is ready, to the output itself for
JSONL, else to `<output>.partial.jsonl`, which is turned into the final file (csv, xlsx, parquet …)
at the end and removed. Re-running with the same output skips every input whose record is already
there for the same path and content hash (sha256 of the file's bytes, or of a row's text); failed
inputs are tried again. At the end the JSONL output is rewritten in input order.

The rules backend runs across processes (a fork pool, ordered `imap` in chunks; measured faster here
than `datasets.map(num_proc=…)`, see benchmarks/bench_batch.py); the LLM backend runs in threads, at
most `concurrency` documents in flight (default: twice EXTRACTOR_CONCURRENCY), through
`extractor.api.extract_text`. The endpoint sees at most EXTRACTOR_CONCURRENCY requests at once however
many documents are in flight: every document's requests share one process-wide limit
(`extractor.llm.limiter`), so extra documents only keep the request slots busy while others are
between requests (rule segmentation, grounding, backoff waits). With `auto`, the first document
decides: if it came back from the rules fallback (no LLM configured) the rest run in processes too.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel, ConfigDict

from extractor.errors import ExtractorError
from extractor.load.inputs import Item
from extractor.models import STATUSES, Extraction


class ErrorInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: str
    message: str


class Failure(BaseModel):
    """The record of an input that could not be extracted."""

    model_config = ConfigDict(extra="forbid")
    source: str
    error: ErrorInfo
    meta: dict[str, Any] = {}

    @property
    def error_type(self) -> str:
        return self.error.type

    @property
    def message(self) -> str:
        return self.error.message

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent)


Record = Extraction | Failure


@dataclass(frozen=True)
class Config:
    """What every worker needs to know (picklable)."""

    backend: str = "rules"
    prompt: str | None = None
    model: str | None = None
    save_text: str | None = None
    keep_text: bool = False  # send the text back (for the html review page)
    no_cache: bool = False


@dataclass
class Outcome:
    """One input's result as a worker returns it: the JSON line plus what the summary counts."""

    index: int
    source: str
    line: bytes  # the UTF-8 JSON record, without its newline
    ok: bool
    sha256: str | None = None
    issues: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    fallback: bool = False
    backend: str | None = None
    error: str | None = None
    text: str | None = None


def sha256_of(item: Item) -> str | None:
    """The content hash that keys a record (None when the input cannot be read)."""
    if item.text is not None:
        return hashlib.sha256(item.text.encode("utf-8")).hexdigest()
    if item.path is None:
        return None
    try:
        with open(item.path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def _is_fallback(extraction: Extraction, backend: str) -> bool:
    meta = extraction.meta
    if meta.get("fallback"):
        return True
    return backend != "rules" and meta.get("backend") == "rules"


def run_item(item: Item, config: Config) -> Outcome:
    """Extract one input; every error becomes a failure record, never an exception."""
    from extractor.api import extract_text
    from extractor.load import detect_format, load_bytes, read_bytes

    info: dict[str, Any] = {}
    text: str | None = None
    try:
        if item.error:
            from extractor.errors import InputError

            raise InputError(item.error)
        if item.text is not None:
            text = item.text.replace("\r\n", "\n").replace("\r", "\n")
            info = {"sha256": hashlib.sha256(item.text.encode("utf-8")).hexdigest(), "format": "row"}
        else:
            data = read_bytes(item.path)
            info = {"sha256": hashlib.sha256(data).hexdigest()}
            info["format"] = detect_format(data, item.path)  # raises for unsupported files, hash recorded
            text = load_bytes(data, item.path)
        info["chars"] = len(text)
        if config.save_text:
            info["text_path"] = save_text(config.save_text, item.source, info["sha256"], text)
        extraction = extract_text(
            text, config.backend, source=item.source, prompt=config.prompt, model=config.model, no_cache=config.no_cache
        )
        extraction.meta["input"] = info
        statuses = Counter(issue.status for issue in extraction.issues)
        return Outcome(
            item.index, item.source, _json_bytes(extraction), True, info["sha256"], len(extraction.issues),
            dict(statuses), _is_fallback(extraction, config.backend), extraction.meta.get("backend"),
            text=text if config.keep_text else None,
        )
    except Exception as exc:  # noqa: BLE001 - one bad input must not end the run
        kind = type(exc).__name__
        if isinstance(exc, OSError):
            message = f"{exc.strerror or exc}: {getattr(exc, 'filename', '') or ''}".rstrip(": ")
        elif isinstance(exc, ExtractorError):
            message = str(exc)
        else:
            message = f"unexpected error: {exc}"
        failure = Failure(source=item.source, error=ErrorInfo(type=kind, message=message),
                          meta={"input": info} if info else {})
        return Outcome(item.index, item.source, _json_bytes(failure), False, info.get("sha256"),
                       error=f"{kind}: {message}")


def _json_bytes(model: BaseModel) -> bytes:
    """The compact JSON of a model as UTF-8 bytes (what model_dump_json gives, without decoding it)."""
    return model.__pydantic_serializer__.to_json(model)


def save_text(directory: str, source: str, sha256: str, text: str) -> str:
    """Write the text the spans index to `<directory>/<name>-<hash12>.txt`; return its path."""
    name = Path(source.split("#", 1)[0]).stem or "text"
    if "#" in source:
        name += "-" + "".join(c if c.isalnum() or c in "-_" else "_" for c in source.split("#", 1)[1])[:40]
    path = Path(directory) / f"{name}-{sha256[:12]}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")  # byte for byte what the spans index
    return str(path)


# --- execution -----------------------------------------------------------------------------------


def _serial(items: list[Item], config: Config) -> Iterator[Outcome]:
    for item in items:
        yield run_item(item, config)


def _processes(items: list[Item], config: Config, jobs: int) -> Iterator[Outcome]:
    import functools
    import multiprocessing

    if jobs <= 1 or len(items) < 2:
        yield from _serial(items, config)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    chunk = max(1, min(16, len(items) // (jobs * 8)))
    gc.freeze()  # objects from before the fork stay out of every collection: no copy-on-write faults
    pool = context.Pool(jobs)
    try:
        yield from pool.imap(functools.partial(run_item, config=config), items, chunksize=chunk)
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()
        gc.unfreeze()


def llm_documents_in_flight() -> int:
    """The LLM backend's default documents in flight: twice EXTRACTOR_CONCURRENCY (the process-wide
    limit on requests in flight), so a slot freed by one document is taken at once by another."""
    from extractor.llm.config import LLMSettings, load_settings
    from extractor.llm.errors import NotConfiguredError

    try:
        requests = load_settings().concurrency
    except NotConfiguredError:  # every document will fail with that message; any width will do
        requests = LLMSettings.model_fields["concurrency"].default
    return 2 * requests


def _threads(items: list[Item], config: Config, concurrency: int | None) -> Iterator[Outcome]:
    """At most `concurrency` documents in flight (None: `llm_documents_in_flight()`); results yielded
    in input order."""
    concurrency = max(1, concurrency or llm_documents_in_flight())
    window = concurrency * 4  # finished-but-waiting results held at most
    pending: dict[int, Any] = {}
    done: dict[int, Outcome] = {}
    next_submit = next_yield = 0
    executor = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="extract")
    try:
        while next_yield < len(items):
            while next_submit < len(items) and len(pending) < concurrency and next_submit - next_yield < window:
                pending[next_submit] = executor.submit(run_item, items[next_submit], config)
                next_submit += 1
            if next_yield in done:
                yield done.pop(next_yield)
                next_yield += 1
                continue
            finished, _ = wait(pending.values(), return_when=FIRST_COMPLETED)
            for index in [i for i, f in pending.items() if f in finished]:
                done[index] = pending.pop(index).result()
    finally:
        for future in pending.values():
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)


def execute(items: list[Item], config: Config, jobs: int, concurrency: int | None = None) -> Iterator[Outcome]:
    """Outcomes in input order: processes for rules, threads for the LLM, `auto` decided by its first document."""
    if not items:
        return
    if config.backend == "rules":
        yield from _processes(items, config, jobs)
        return
    if config.backend == "auto":
        first = run_item(items[0], config)
        yield first
        rest = items[1:]
        if first.ok and first.backend == "rules":
            yield from _processes(rest, config, jobs)
        else:
            yield from _threads(rest, config, concurrency)
        return
    yield from _threads(items, config, concurrency)


# --- progress and summary ------------------------------------------------------------------------


class Progress:
    """One status line on a terminal (stderr): files, issues, errors, rate; silent when not a TTY."""

    def __init__(self, total: int, stream: IO[str] | None = None, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.enabled = (self.stream.isatty() if hasattr(self.stream, "isatty") else False) if enabled is None else enabled
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
        line = (f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} files · {self.issues} issues · "
                f"{self.errors} errors · {rate:.1f} docs/s · ETA {eta:.0f}s")
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
    statuses: Counter = field(default_factory=Counter)
    fallbacks: int = 0
    backends: Counter = field(default_factory=Counter)
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
            out.append(f"output: {self.output}")
        if self.errors:
            out.append(f"errors ({len(self.errors)}):")
            out += [f"  {source}: {message}" for source, message in self.errors]
        return out


# --- the run -------------------------------------------------------------------------------------


def _read_journal(path: Path) -> dict[str, tuple[str | None, bool, bytes, Counter]]:
    """source -> (sha256, ok, line, issue statuses) of the last complete record per source in a JSONL file."""
    records: dict[str, tuple[str | None, bool, bytes, Counter]] = {}
    if not path.is_file():
        return records
    with open(path, "rb") as handle:
        for line in handle:
            line = line.rstrip(b"\r\n")
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError):
                continue  # a record cut short by a crash: that input is done again
            if not isinstance(data, dict) or not isinstance(data.get("source"), str):
                continue
            sha = ((data.get("meta") or {}).get("input") or {}).get("sha256")
            statuses = Counter(issue.get("status") for issue in data.get("issues") or [] if isinstance(issue, dict))
            records[data["source"]] = (sha, "error" not in data, line, statuses)
    return records


def _parse(line: bytes, ok: bool) -> Record:
    return Extraction.model_validate_json(line) if ok else Failure.model_validate_json(line)


def _atomic_write(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as handle:
        write(handle)
    os.replace(tmp, path)


@dataclass
class Run:
    """A batch run's settings; `run()` does it and returns the Summary."""

    items: list[Item]
    fmt: str = "jsonl"
    output: str | None = None  # None: standard output
    config: Config = field(default_factory=Config)
    jobs: int = 0  # processes for rules (0: one per CPU)
    concurrency: int | None = None  # documents in flight for the LLM backend (None: 2 x EXTRACTOR_CONCURRENCY)
    progress: bool | None = None  # None: on a TTY only
    stdout: IO[str] | None = None
    stderr: IO[str] | None = None

    def run(self) -> Summary:
        from extractor.output import WRITERS

        stdout = self.stdout or sys.stdout
        stderr = self.stderr or sys.stderr
        writer = WRITERS[self.fmt]
        summary = Summary(inputs=len(self.items), output=self.output)
        started = time.monotonic()
        journal_path: Path | None = None
        if self.output:
            journal_path = Path(self.output) if self.fmt == "jsonl" else Path(self.output + ".partial.jsonl")
            journal_path.parent.mkdir(parents=True, exist_ok=True)
        previous = _read_journal(journal_path) if journal_path else {}
        fresh_file = journal_path is None or not journal_path.exists() or journal_path.stat().st_size == 0

        todo: list[Item] = []
        for item in self.items:
            known = previous.get(item.source)
            if known and known[1] and known[0] and known[0] == sha256_of(item):
                summary.skipped += 1
                summary.issues += sum(known[3].values())
                summary.statuses.update(known[3])
            else:
                todo.append(item)

        keep_text = self.fmt == "html"
        config = dataclasses.replace(self.config, keep_text=keep_text)
        fresh: dict[int, Outcome] = {}  # this run's records, for the formats written at the end
        texts: dict[str, str] = {}
        stream_stdout = self.output is None and self.fmt == "jsonl"
        keep_records = self.fmt != "jsonl"
        progress = Progress(len(todo), stderr, self.progress)
        journal = open(journal_path, "ab") if journal_path else None  # noqa: SIM115 - closed in the finally below
        out = getattr(stdout, "buffer", None)
        try:
            if journal is not None and journal.tell() > 0:
                _terminate_last_line(journal_path, journal)
            for outcome in execute(todo, config, self.jobs or os.cpu_count() or 1, self.concurrency):
                summary.add(outcome)
                progress.update(outcome)
                if journal is not None:
                    journal.write(outcome.line + b"\n")
                    journal.flush()
                if stream_stdout:
                    if out is not None:
                        stdout.flush()
                        out.write(outcome.line + b"\n")
                        out.flush()
                    else:
                        stdout.write(outcome.line.decode("utf-8") + "\n")
                        stdout.flush()
                if keep_records:
                    fresh[outcome.index] = Outcome(outcome.index, outcome.source, outcome.line, outcome.ok)
                if outcome.text is not None:
                    texts[outcome.source] = outcome.text
        except KeyboardInterrupt:
            summary.interrupted = True
        finally:
            progress.close()
            if journal is not None:
                journal.close()
            summary.seconds = time.monotonic() - started
        if summary.interrupted or stream_stdout:
            return summary
        if self.fmt == "jsonl":
            if not fresh_file:
                _rewrite_in_input_order(self.items, Path(self.output))
            return summary  # a fresh output was written in input order as the run went

        # Every input's record, in input order: this run's, or the previous run's when skipped.
        ordered: list[tuple[bytes, bool]] = []
        for item in self.items:
            if item.index in fresh:
                outcome = fresh[item.index]
                ordered.append((outcome.line, outcome.ok))
            else:
                _, ok, line, _ = previous[item.source]
                ordered.append((line, ok))
        records = [_parse(line, ok) for line, ok in ordered]
        by_source = {item.source: item for item in self.items}

        def text_of(extraction: Extraction) -> str | None:
            if extraction.source in texts:
                return texts[extraction.source]
            item = by_source.get(extraction.source or "")
            if item is not None and item.text is not None:
                return item.text.replace("\r\n", "\n").replace("\r", "\n")
            from extractor.output.html import _default_text

            return _default_text(extraction)

        if self.output is None:
            if writer.binary:
                stdout.flush()
                writer.write(records, getattr(stdout, "buffer", stdout), text_of)
            else:
                writer.write(records, stdout, text_of)
        else:
            if writer.directory:
                writer.write(records, self.output, text_of)
            else:
                tmp = Path(self.output + ".tmp")
                writer.write(records, tmp, text_of)
                os.replace(tmp, self.output)
            if journal_path is not None and journal_path.exists():
                journal_path.unlink()
        return summary


def _rewrite_in_input_order(items: list[Item], path: Path) -> None:
    """After a resumed run: one line per input in input order (the latest record of each), then the
    records of inputs from earlier runs that this run did not name, in their order; cut lines dropped."""
    final = _read_journal(path)
    current = {item.source for item in items}
    lines = [final[item.source][2] for item in items if item.source in final]
    lines += [line for source, (_, _, line, _) in final.items() if source not in current]
    _atomic_write(path, lambda handle: handle.writelines(line + b"\n" for line in lines))


def _terminate_last_line(path: Path, handle: IO[bytes]) -> None:
    """After a crash the journal may end mid-line; start the next record on a fresh line."""
    with open(path, "rb") as raw:
        raw.seek(-1, os.SEEK_END)
        if raw.read(1) != b"\n":
            handle.write(b"\n")


def run(items: Iterable[Item], **settings: Any) -> Summary:
    """Convenience: `Run(list(items), **settings).run()`."""
    return Run(list(items), **settings).run()
