"""A batch run: skip what the journal already holds, execute the rest, append each record as it comes,
then write the output in input order (see the package docstring for the contract)."""

from __future__ import annotations

import dataclasses
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, cast

from extractor.batch import journal
from extractor.batch.executors import DEFAULT_TIMEOUT, execute
from extractor.batch.progress import Progress, Summary
from extractor.batch.records import Outcome, parse
from extractor.batch.worker import Config, sha256_of
from extractor.load.inputs import Item
from extractor.models import Extraction


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
    timeout: float | None = DEFAULT_TIMEOUT  # seconds per document for the rules (None or 0: no budget)
    engine: str = "local"  # local: this machine's processes/threads; ray: Ray Data (extractor.batch.on_ray)
    llm_batch: bool = False  # the LLM's requests through the provider's Batch API (extractor.batch.llm_batch)
    batch_poll: float = 30.0  # seconds between two looks at a running batch

    def run(self) -> Summary:
        """Raises OutputLocked when another run is writing the same output, OSError when it cannot be written."""
        if self.output is None:
            return self._run(None)
        Path(self.output).parent.mkdir(parents=True, exist_ok=True)
        with journal.Lock(Path(self.output + ".lock"), self.output):
            path = Path(self.output) if self.fmt == "jsonl" else Path(self.output + ".partial.jsonl")
            return self._run(path)

    def _run(self, journal_path: Path | None) -> Summary:
        stdout = self.stdout or sys.stdout
        stderr = self.stderr or sys.stderr
        summary = Summary(inputs=len(self.items), output=self.output)
        started = time.monotonic()
        previous = journal.read(journal_path) if journal_path else {}
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

        config = dataclasses.replace(self.config, keep_text=self.fmt == "html")
        fresh: dict[int, Outcome] = {}  # this run's records, for the formats written at the end
        texts: dict[str, str] = {}
        stream_stdout = self.output is None and self.fmt == "jsonl"
        progress = Progress(len(todo), stderr, self.progress)
        out = getattr(stdout, "buffer", None)
        try:
            with journal.open_for_append(journal_path) if journal_path else nullcontext() as sink:
                for outcome in self._executor()(
                    todo, config, self.jobs or os.cpu_count() or 1, self.concurrency, self.timeout
                ):
                    summary.add(outcome)
                    progress.update(outcome)
                    if sink is not None:
                        sink.write(outcome.line + b"\n")
                        sink.flush()
                    if stream_stdout:
                        if out is not None:
                            stdout.flush()
                            out.write(outcome.line + b"\n")
                            out.flush()
                        else:
                            stdout.write(outcome.line.decode("utf-8") + "\n")
                            stdout.flush()
                    if self.fmt != "jsonl":
                        fresh[outcome.index] = Outcome(outcome.index, outcome.source, outcome.line, outcome.ok)
                    if outcome.text is not None:
                        texts[outcome.source] = outcome.text
        except KeyboardInterrupt:
            summary.interrupted = True
        finally:
            progress.close()
            summary.seconds = time.monotonic() - started
        if summary.interrupted or stream_stdout:
            return summary
        if self.fmt == "jsonl":
            if not fresh_file:
                journal.rewrite_in_input_order(self.items, Path(cast(str, self.output)))  # not stdout here
            return summary  # a fresh output was written in input order as the run went
        self._write_final(stdout, previous, fresh, texts, journal_path)
        return summary

    def _executor(self) -> Callable[..., Iterator[Outcome]]:
        """The engine's executor: same arguments, same outcomes in input order."""
        if self.llm_batch:
            if self.output is None or self.engine != "local":
                raise ValueError(
                    "an LLM batch run needs an output (its batch id is kept beside it) and the local engine"
                )
            from functools import partial

            from extractor.batch.llm_batch import execute_llm_batch

            return partial(
                execute_llm_batch,
                state=Path(self.output + ".batch.json"),
                poll=self.batch_poll,
                stream=self.stderr or sys.stderr,
                show=self.progress,
            )
        if self.engine == "ray":
            from extractor.batch.on_ray import execute_on_ray

            return execute_on_ray
        if self.engine != "local":
            raise ValueError(f"unknown engine {self.engine!r}: choose local or ray")
        return execute

    def _write_final(
        self,
        stdout: IO[str],
        previous: dict[str, journal.Known],
        fresh: dict[int, Outcome],
        texts: dict[str, str],
        journal_path: Path | None,
    ) -> None:
        """Every input's record, in input order (this run's, or the previous run's when skipped), in the format."""
        from extractor.load import normalise
        from extractor.output import WRITERS

        writer = WRITERS[self.fmt]
        ordered: list[tuple[bytes, bool]] = []
        for item in self.items:
            if item.index in fresh:
                ordered.append((fresh[item.index].line, fresh[item.index].ok))
            else:
                _, ok, line, _ = previous[item.source]
                ordered.append((line, ok))
        records = [parse(line, ok) for line, ok in ordered]
        by_source = {item.source: item for item in self.items}

        def text_of(extraction: Extraction) -> str | None:
            if extraction.source in texts:
                return texts[extraction.source]
            item = by_source.get(extraction.source or "")
            if item is not None and item.text is not None:
                return normalise(item.text)
            from extractor.output.html import _default_text

            return _default_text(extraction)

        if self.output is None:
            if writer.binary:
                stdout.flush()
                writer.write(records, getattr(stdout, "buffer", stdout), text_of)
            else:
                writer.write(records, stdout, text_of)
            return
        if writer.directory:
            writer.write(records, self.output, text_of)
        else:
            tmp = Path(self.output + ".tmp")
            try:
                writer.write(records, tmp, text_of)
                os.replace(tmp, self.output)
            except BaseException:
                tmp.unlink(missing_ok=True)  # the journal stays, so a re-run resumes
                raise
        if journal_path is not None and journal_path.exists():
            journal_path.unlink()


def run(items: Iterable[Item], **settings: Any) -> Summary:
    """Convenience: `Run(list(items), **settings).run()`."""
    return Run(list(items), **settings).run()
