"""Who runs the worker: processes for the rules, threads for the LLM; outcomes always in input order.

The rules run in worker processes of our own rather than a multiprocessing.Pool, because a document
over the time budget must be stopped without losing the others: its worker is killed and replaced,
the document gets a `timeout` record and the rest of its chunk goes back in the queue. Workers ignore
Ctrl-C (the parent stops them; no worker tracebacks), and on Linux the kernel kills them when the
parent dies (PR_SET_PDEATHSIG), even in the middle of a regex, when no Python code can run.

The LLM backend runs in threads, at most `concurrency` documents in flight (default: twice
EXTRACTOR_CONCURRENCY, the process-wide limit on requests in flight, see extractor.llm.limiter); its
calls are bounded by the client's own timeouts and retries, not by the budget. With `auto` and no LLM
configured, every document takes the rules' way; with one configured, the first document decides.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.connection import wait as wait_ready
from typing import Any

from extractor.batch.records import CRASH, TIMEOUT, Outcome, failed
from extractor.batch.worker import Config, run_item
from extractor.load.inputs import Item

DEFAULT_TIMEOUT = 60.0
"""Seconds one document may take in a batch run (--timeout)."""


def _serial(items: list[Item], config: Config) -> Iterator[Outcome]:
    for item in items:
        yield run_item(item, config)


def _serve(conn: Connection, parent_end: Connection, parent: int, config: Config) -> None:
    """A worker process: chunks of items in, one Outcome out per item, until None or the parent is gone."""
    parent_end.close()
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        for item in chunk:
            conn.send(run_item(item, config))


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when its parent dies (Linux), and exit if it already has."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:
        os._exit(1)


@dataclass
class _Worker:
    process: Any
    conn: Connection
    tasks: deque[Item] = field(default_factory=deque)
    started: float = 0.0  # when its current document started (as far as the parent can tell)


class _Pool:
    """`jobs` worker processes, each given a chunk at a time; a document over `timeout` seconds is a
    timeout record and its worker is replaced."""

    def __init__(self, config: Config, jobs: int, timeout: float | None, chunk: int) -> None:
        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("fork" if "fork" in methods else None)
        self.config, self.jobs, self.timeout, self.chunk = config, jobs, timeout or None, chunk
        self.workers: list[_Worker] = []

    def _spawn(self) -> _Worker:
        parent_end, child_end = self.context.Pipe()
        process = self.context.Process(
            target=_serve, args=(child_end, parent_end, os.getpid(), self.config), name="extract-worker", daemon=True
        )
        process.start()
        child_end.close()
        worker = _Worker(process, parent_end)
        self.workers.append(worker)
        return worker

    def _retire(self, worker: _Worker, pending: deque[Item]) -> Item:
        """Kill a worker; its unfinished items go back to the front of the queue, but the first (the
        one it was on) is returned: that one has had its chance."""
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        self.workers.remove(worker)
        current = worker.tasks.popleft()
        pending.extendleft(reversed(worker.tasks))
        return current

    def run(self, items: list[Item]) -> Iterator[Outcome]:
        pending: deque[Item] = deque(items)
        order = [item.index for item in items]
        results: dict[int, Outcome] = {}
        window = self.jobs * self.chunk * 4  # outcomes held at most, waiting for an earlier one
        position = 0
        gc.freeze()  # objects from before the fork stay out of every collection: no copy-on-write faults
        try:
            while position < len(order):
                if order[position] in results:
                    yield results.pop(order[position])
                    position += 1
                    continue
                self._assign(pending, results, window, order[position])
                busy = [w for w in self.workers if w.tasks]
                if not busy:
                    raise RuntimeError("batch executor stalled")  # cannot happen: the next input is always assigned
                now = time.monotonic()
                deadline = min(w.started for w in busy) + self.timeout if self.timeout else None
                ready = wait_ready([w.conn for w in busy], None if deadline is None else max(0.0, deadline - now))
                for worker in [w for w in busy if w.conn in ready]:
                    try:
                        outcome = worker.conn.recv()
                    except (EOFError, OSError):
                        worker.process.join(1)
                        code = worker.process.exitcode
                        item = self._retire(worker, pending)
                        results[item.index] = failed(
                            item.index,
                            item.source,
                            CRASH,
                            f"the worker process died while extracting it (exit code {code})",
                        )
                        continue
                    worker.tasks.popleft()
                    worker.started = time.monotonic()
                    results[outcome.index] = outcome
                if self.timeout:
                    now = time.monotonic()
                    for worker in [
                        w for w in busy if w.tasks and w.conn not in ready and now - w.started > self.timeout
                    ]:
                        item = self._retire(worker, pending)
                        results[item.index] = failed(
                            item.index,
                            item.source,
                            TIMEOUT,
                            f"took longer than the {self.timeout:g} s budget per document and was stopped "
                            "(raise it with --timeout SECONDS)",
                        )
        finally:
            self._close()
            gc.unfreeze()

    def _assign(self, pending: deque[Item], results: dict[int, Outcome], window: int, needed: int) -> None:
        """Give idle workers a chunk each, starting workers as needed, within the window."""
        while pending:
            in_flight = len(results) + sum(len(w.tasks) for w in self.workers)
            if in_flight >= window and pending[0].index != needed:
                return
            idle = next((w for w in self.workers if not w.tasks), None)
            if idle is None:
                if len(self.workers) >= self.jobs:
                    return
                idle = self._spawn()
            chunk = [pending.popleft() for _ in range(min(self.chunk, len(pending)))]
            idle.tasks.extend(chunk)
            idle.started = time.monotonic()
            idle.conn.send(chunk)

    def _close(self) -> None:
        """Stop every worker: finished ones are told to exit, busy ones (an interrupted run) killed."""
        for worker in self.workers:
            if worker.tasks:
                worker.process.kill()
            else:
                try:
                    worker.conn.send(None)
                except OSError:
                    worker.process.kill()
        for worker in self.workers:
            worker.process.join(2)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self.workers.clear()


def _processes(items: list[Item], config: Config, jobs: int, timeout: float | None) -> Iterator[Outcome]:
    if not timeout and (jobs <= 1 or len(items) < 2):
        yield from _serial(items, config)  # no budget to keep: no process needed
        return
    jobs = max(1, min(jobs, len(items)))
    chunk = max(1, min(16, len(items) // (jobs * 8)))
    yield from _Pool(config, jobs, timeout, chunk).run(items)


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


def _llm_configured() -> bool:
    from extractor.llm import is_configured

    return is_configured()[0]


def execute(
    items: list[Item],
    config: Config,
    jobs: int,
    concurrency: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Iterator[Outcome]:
    """Outcomes in input order: processes for rules (each document within `timeout` seconds, None or 0:
    no budget), threads for the LLM, `auto` by whether an LLM is configured and then its first document."""
    if not items:
        return
    if config.backend == "rules" or (config.backend == "auto" and not _llm_configured()):
        yield from _processes(items, config, jobs, timeout)
        return
    if config.backend == "auto":
        first = run_item(items[0], config)
        yield first
        rest = items[1:]
        if first.ok and first.backend == "rules":
            yield from _processes(rest, config, jobs, timeout)
        else:
            yield from _threads(rest, config, concurrency)
        return
    yield from _threads(items, config, concurrency)
