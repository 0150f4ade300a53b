"""`--llm-batch`: a run's LLM requests through the provider's Batch API, resumable from `<output>.batch.json`.

1. Every input still to do is read and its requests listed (`extractor.llm.batched.Document`);
   identical requests are sent once.
2. Requests not yet in a batch named by `<output>.batch.json` are uploaded as one JSONL and
   submitted; the batch id is stored there at once, so an interrupted run (Ctrl-C, a lost
   connection, a reboot) polls the same batch when re-run instead of paying for it twice.
3. The batches are polled until each has ended, with a progress line; then each input is extracted
   from the results (same grounding, reconciliation and rules fallback as the live path), its record
   appended as any run's, and the state file removed once every record is written.
A batch that failed, expired or was cancelled keeps the answers it has; its other requests fall back
to the rules for their parts, the reason in meta.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from extractor.batch.journal import atomic_write
from extractor.batch.progress import printable
from extractor.batch.records import Outcome
from extractor.batch.worker import Config, load_item, run_item
from extractor.errors import ExtractorError
from extractor.load.inputs import Item

DEFAULT_POLL = 30.0
"""Seconds between two looks at a running batch (--batch-poll)."""


class _Job:
    """The settings, the Batch API client and the state file of one `--llm-batch` run."""

    def __init__(self, config: Config, state: Path, poll: float, stream: IO[str], show: bool | None) -> None:
        from extractor import llm
        from extractor.llm.batch_api import BatchClient
        from extractor.llm.cache import DiskCache
        from extractor.llm.errors import NotConfiguredError, redact_url
        from extractor.llm.prompts import load_prompt

        configured, why = llm.is_configured()
        if not configured:
            raise NotConfiguredError(f"--llm-batch needs an LLM endpoint: {why}")
        self.settings = llm.load_settings()
        self.prompt = load_prompt(config.prompt or self.settings.prompt, self.settings.prompts_dir)
        self.model = config.model or self.settings.model
        self.cache = None if config.no_cache else DiskCache(self.settings.cache_dir)
        self.client = BatchClient(self.settings)
        self.endpoint = redact_url(self.settings.endpoint)
        self.state, self.poll, self.stream = state, poll, stream
        self.show = stream.isatty() if show is None and hasattr(stream, "isatty") else bool(show)

    def document(self, text: str, source: str | None) -> Any:
        from extractor.llm.batched import Document

        return Document(text, source, self.settings, self.prompt, self.model, self.cache)

    # --- the state file ---

    def load_state(self) -> list[dict[str, Any]]:
        if not self.state.is_file():
            return []
        try:
            data = json.loads(self.state.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ExtractorError(f"cannot read {self.state} ({exc}): remove it to submit the batch anew") from None
        if data.get("endpoint") != self.endpoint:
            raise ExtractorError(
                f"{self.state} holds batches of {data.get('endpoint')}, not {self.endpoint}: "
                "point OPENAI_BASE_URL back at it, or remove the file to submit anew"
            )
        return list(data.get("batches") or [])

    def save_state(self, batches: list[dict[str, Any]]) -> None:
        data = {"endpoint": self.endpoint, "model": self.model, "batches": batches}
        atomic_write(self.state, lambda handle: handle.write(json.dumps(data, ensure_ascii=False).encode("utf-8")))

    # --- the batches ---

    def submit(self, requests: dict[str, dict[str, Any]], batches: list[dict[str, Any]]) -> None:
        """Submit the requests no stored batch holds; the new batch is in the state file before we go on."""
        from extractor.llm.batch_api import ENDPOINT

        covered = {name for batch in batches for name in batch["requests"]}
        missing = [name for name in requests if name not in covered]
        if not missing:
            return
        lines = (
            json.dumps(
                {"custom_id": name, "method": "POST", "url": ENDPOINT, "body": requests[name]}, ensure_ascii=False
            )
            for name in missing
        )
        jsonl = ("\n".join(lines) + "\n").encode("utf-8")
        batch = self.client.submit(
            jsonl, self.state.name.replace(".batch.json", "") + ".requests.jsonl", {"tool": "rectification-extractor"}
        )
        batches.append({"id": batch["id"], "requests": missing})
        self.save_state(batches)
        self.stream.write(
            f"batch {printable(batch['id'])}: {len(missing)} requests submitted "
            f"(state in {printable(str(self.state))})\n"
        )
        self.stream.flush()

    def wait(self, batches: list[dict[str, Any]], needed: set[str]) -> list[dict[str, Any]]:
        """Poll every batch holding a needed request until it has ended; the ended batches."""
        from extractor.llm.batch_api import TERMINAL

        ids = [batch["id"] for batch in batches if needed.intersection(batch["requests"])]
        ended: dict[str, dict[str, Any]] = {}
        started, last = time.monotonic(), ""
        while True:
            current: dict[str, Any] | None = None
            for batch_id in ids:
                if batch_id not in ended:
                    found = self.client.retrieve(batch_id)
                    if found.get("status") in TERMINAL:
                        ended[batch_id] = found
                    else:
                        current = found
            line = self._line(ended, current if len(ended) < len(ids) else None, len(ids), time.monotonic() - started)
            if self.show:
                self.stream.write("\r" + line + "\x1b[K")
            elif line.split(" · ")[:2] != last.split(" · ")[:2]:
                self.stream.write(line + "\n")
            self.stream.flush()
            last = line
            if len(ended) == len(ids):
                if self.show:
                    self.stream.write("\r\x1b[K")
                return [ended[batch_id] for batch_id in ids]
            time.sleep(self.poll)

    @staticmethod
    def _line(ended: dict[str, dict[str, Any]], current: dict[str, Any] | None, count: int, seconds: float) -> str:
        batch = current or list(ended.values())[-1]
        counts = batch.get("request_counts") or {}
        return (
            f"batch {printable(str(batch['id']))} ({len(ended)}/{count} ended) · {batch.get('status')} · "
            f"{counts.get('completed', 0)}/{counts.get('total', 0)} requests done, {counts.get('failed', 0)} "
            f"failed · {seconds:.0f}s"
        )

    def results(self, ended: list[dict[str, Any]], batches: list[dict[str, Any]]) -> dict[str, Any]:
        """custom_id -> Result over the ended batches; a request one of them left unanswered gets its reason."""
        from extractor.llm.batch_api import Result

        held = {batch["id"]: batch["requests"] for batch in batches}
        found: dict[str, Any] = {}
        for batch in ended:
            got = self.client.results(batch)
            errors = (batch.get("errors") or {}).get("data") or []
            why = "; ".join(str(e.get("message")) for e in errors if isinstance(e, dict) and e.get("message"))
            reason = f"batch {batch['id']} ended {batch['status']} without an answer to this request"
            for name in held.get(batch["id"], []):
                found[name] = got.get(name) or Result(error=reason + (f" ({why[:200]})" if why else ""))
        return found


def execute_llm_batch(
    items: list[Item],
    config: Config,
    jobs: int = 1,
    concurrency: int | None = None,
    timeout: float | None = None,
    *,
    state: Path,
    poll: float = DEFAULT_POLL,
    stream: IO[str] | None = None,
    show: bool | None = None,
) -> Iterator[Outcome]:
    """What `executors.execute` yields for the LLM backend, answered through the Batch API (jobs,
    concurrency and timeout do not apply: the provider schedules the requests)."""
    if not items:
        return
    stream = stream or sys.stderr
    job = _Job(config, state, poll, stream, show)
    requests: dict[str, dict[str, Any]] = {}
    for item in items:
        try:
            requests.update(job.document(load_item(item, config, {}), item.source).requests)
        except Exception:  # noqa: BLE001 - the input fails again below, with its error record
            continue
    batches = job.load_state()
    job.submit(requests, batches)
    try:
        ended = job.wait(batches, set(requests)) if requests else []
    except KeyboardInterrupt:
        stream.write(
            ("\n" if job.show else "") + f"the batch goes on at the provider: re-run the same command to collect it "
            f"({printable(str(state))})\n"
        )
        raise
    results = job.results(ended, batches)
    ids = [batch["id"] for batch in ended]
    for item in items:
        yield run_item(item, config, extract=lambda text, source: job.document(text, source).finish(results, ids))
    state.unlink(missing_ok=True)
