"""Batch runs on Ray Data (`--engine ray`), and the same as a library function over any table of texts.

Ray is an optional extra (`pip install -e '.[ray]'`); nothing else in the package imports it. The
run is the local engine's with another executor: inputs become a Ray dataset, each batch of
documents goes through the same `executors.execute` (so the same worker, the same time budget per
document, the same error records) in a Ray task, and the records stream back to the driver, which
appends them to the journal, skips what is done and writes the output as the local engine does.
`RAY_ADDRESS` picks the cluster (the package must be installed on its nodes, and file inputs must
be on storage every node sees); without it a local Ray starts with `-j` CPUs.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, cast

from extractor.batch.executors import DEFAULT_TIMEOUT, _llm_configured, _Pool, execute
from extractor.batch.records import Outcome
from extractor.batch.worker import Config
from extractor.errors import ExtractorError
from extractor.load.inputs import Item

if TYPE_CHECKING:
    import pyarrow
    import ray.data

INSTALL_HINT = "pip install 'rectification-extractor[ray]' (or pip install 'ray[data]')"
MAX_BATCH = 64
"""Documents per Ray task at most: big enough to amortise a task, small enough to spread a run."""


class RayMissing(ExtractorError):
    """`--engine ray` was asked for and Ray Data cannot be imported."""


def require_ray() -> None:
    """Raise RayMissing (one line for the CLI) unless Ray Data can be imported."""
    try:
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise RayMissing(f"--engine ray needs Ray Data, which is not installed ({exc}): {INSTALL_HINT}") from None


def connect(jobs: int = 0) -> None:
    """Join the cluster RAY_ADDRESS names, else start a local Ray with `jobs` CPUs (0: all); nothing
    when Ray is already initialised (a library user's own session, the tests' shared one)."""
    require_ray()
    import ray

    if not ray.is_initialized():
        quiet: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.WARNING}
        address = os.environ.get("RAY_ADDRESS", "").strip()
        try:
            if address:
                ray.init(address=address, **quiet)
            else:
                ray.init(address="local", num_cpus=jobs or os.cpu_count() or 1, **quiet)  # never a `ray start` one
        except (ConnectionError, RuntimeError, ValueError) as exc:
            where = f"the Ray cluster at RAY_ADDRESS={address}" if address else "a local Ray"
            raise ExtractorError(f"cannot start or reach {where}: {' '.join(str(exc).split())[:200]}") from None
    import ray.data

    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False  # the run draws its own progress line
    context.execution_options.preserve_order = True  # records stream back in input order
    logging.getLogger("ray.data").setLevel(logging.ERROR)


def _schema() -> pyarrow.Schema:
    import pyarrow as pa

    return pa.schema(
        [
            ("index", pa.int64()),
            ("source", pa.string()),
            ("line", pa.binary()),
            ("ok", pa.bool_()),
            ("sha256", pa.string()),
            ("issues", pa.int64()),
            ("statuses", pa.string()),
            ("fallback", pa.bool_()),
            ("backend", pa.string()),
            ("error", pa.string()),
            ("text", pa.string()),
        ]
    )


def _to_row(outcome: Outcome) -> dict[str, Any]:
    row = dict(outcome.__dict__)
    row["statuses"] = json.dumps(outcome.statuses)
    return row


def _from_row(row: dict[str, Any]) -> Outcome:
    row = dict(row)
    row["statuses"] = json.loads(row["statuses"] or "{}")
    return Outcome(**row)


class _KeptPool(_Pool):
    """The local engine's pool, kept from one batch to the next in a Ray worker: its process stays
    warm (modules loaded, patterns compiled) instead of being forked cold for every batch. Workers
    still busy when a batch ends (it was interrupted) are stopped; the kernel stops the others with
    the Ray worker."""

    def _close(self) -> None:
        for worker in [w for w in self.workers if w.tasks]:
            worker.process.kill()
            worker.process.join()
            worker.conn.close()
            self.workers.remove(worker)


_POOLS: dict[tuple[Config, float], _KeptPool] = {}


def _execute(items: list[Item], config: Config, concurrency: int | None, timeout: float | None) -> Iterator[Outcome]:
    """`executors.execute` with one worker process, the rules' kept for the life of the Ray worker."""
    rules = config.backend == "rules" or (config.backend == "auto" and not _llm_configured())
    if not (rules and timeout):
        return execute(items, config, 1, concurrency, timeout)
    pool = _POOLS.get((config, timeout))
    if pool is None:
        pool = _POOLS[(config, timeout)] = _KeptPool(config, 1, timeout, max(1, min(16, len(items) // 8)))
    return pool.run(items)


def _extract_batch(
    batch: pyarrow.Table, config: Config, concurrency: int | None, timeout: float | None
) -> pyarrow.Table:
    """A Ray task: one batch of inputs through the local executor (a worker process, so the time
    budget per document holds here too), outcomes as rows."""
    import pyarrow as pa

    items = [Item(row["index"], row["source"], row["path"], row["text"], row["error"]) for row in batch.to_pylist()]
    outcomes = _execute(items, config, concurrency, timeout)
    return pa.Table.from_pylist([_to_row(outcome) for outcome in outcomes], schema=_schema())


def _batch_size(count: int) -> int:
    import ray

    cpus = int(ray.cluster_resources().get("CPU", 1)) or 1  # type: ignore[no-untyped-call]  # ray leaves it bare
    return max(1, min(MAX_BATCH, math.ceil(count / (cpus * 4))))


def execute_on_ray(
    items: list[Item],
    config: Config,
    jobs: int,
    concurrency: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Iterator[Outcome]:
    """What `executors.execute` yields, computed on Ray: outcomes in input order."""
    if not items:
        return
    connect(jobs)
    import ray.data

    size = _batch_size(len(items))
    if config.save_text:
        config = dataclasses.replace(config, save_text=os.path.abspath(config.save_text))
    # Paths as this process sees them: a cluster's workers do not run in its working directory.
    rows = [
        {
            "index": i.index,
            "source": i.source,
            "path": i.path and os.path.abspath(i.path),
            "text": i.text,
            "error": i.error,
        }
        for i in items
    ]
    dataset = ray.data.from_items(rows, override_num_blocks=math.ceil(len(rows) / size)).map_batches(
        _extract_batch,  # type: ignore[arg-type]  # Ray types `fn` as one-argument; fn_kwargs passes the rest
        batch_size=size,
        batch_format="pyarrow",
        num_cpus=1,
        fn_kwargs={"config": config, "concurrency": concurrency, "timeout": timeout},
    )
    order = [item.index for item in items]
    waiting: dict[int, Outcome] = {}
    position = 0
    for batch in dataset.iter_batches(batch_size=None, batch_format="pyarrow"):
        for row in cast("pyarrow.Table", batch).to_pylist():  # batch_format="pyarrow"
            waiting[row["index"]] = _from_row(row)
        while position < len(order) and order[position] in waiting:
            yield waiting.pop(order[position])
            position += 1


def _as_dataset(data: Any) -> ray.data.Dataset:
    import ray.data

    if isinstance(data, ray.data.Dataset):
        return data
    module = type(data).__module__.split(".")[0]
    if module == "pandas":
        return ray.data.from_pandas(data)
    if module == "pyarrow":
        return ray.data.from_arrow(data)
    rows = list(data)
    return ray.data.from_items([{"text": row} if isinstance(row, str) else row for row in rows])


def _extract_rows(
    batch: pyarrow.Table,
    config: Config,
    text_column: str,
    id_column: str | None,
    concurrency: int | None,
    timeout: float | None,
) -> pyarrow.Table:
    """A Ray task of `extract_dataset`: rows of texts in, the same rows with their records out."""
    import hashlib

    import pyarrow as pa

    rows = batch.to_pylist()
    items = []
    for k, row in enumerate(rows):
        text = row.get(text_column)
        if id_column is not None:
            source = str(row.get(id_column))
        else:
            digest = hashlib.sha256(str(text).encode("utf-8", "surrogatepass")).hexdigest()
            source = f"sha256:{digest[:16]}"
        error = None if isinstance(text, str) else f"column {text_column!r} holds no text ({type(text).__name__})"
        items.append(Item(k, source, text=text if error is None else None, error=error))
    out = []
    for row, outcome in zip(rows, _execute(items, config, concurrency, timeout)):
        kept = {name: value for name, value in row.items() if name != text_column}
        out.append(
            kept
            | {
                "source": outcome.source,
                "ok": outcome.ok,
                "record": outcome.line.decode("utf-8"),
                "issues": outcome.issues,
                "error": outcome.error,
            }
        )
    return pa.Table.from_pylist(out)


def extract_dataset(
    data: Any,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    backend: str = "rules",
    prompt: str | None = None,
    model: str | None = None,
    no_cache: bool = False,
    timeout: float | None = DEFAULT_TIMEOUT,
    concurrency: int | None = None,
    batch_size: int = 32,
) -> ray.data.Dataset:
    """The records of a table of texts, as a lazy Ray dataset to put in your own pipeline.

    `data` is a Ray dataset, a pandas DataFrame, a pyarrow Table, or rows (dicts, or plain strings).
    Each output row keeps the input's columns but the text, plus `source` (the `id_column`, default
    `id` when there is one, else `sha256:<16 hex>` of the text), `ok`, `record` (the record's JSON,
    as the CLI writes it: an Extraction, or a Failure with its error), `issues` and `error`. Write
    it with `.write_parquet(...)`/`.write_json(...)`, or read records back with
    `extractor.batch.records.parse(row["record"], row["ok"])`. Uses the Ray session already
    initialised, else `ray.init()` (RAY_ADDRESS, or a local Ray).
    """
    require_ray()
    import ray

    if not ray.is_initialized():
        connect()
    dataset = _as_dataset(data)
    if id_column is None and "id" in (dataset.columns() or []):
        id_column = "id"
    config = Config(backend=backend, prompt=prompt, model=model, no_cache=no_cache)
    return dataset.map_batches(
        _extract_rows,  # type: ignore[arg-type]  # as in execute_on_ray
        batch_size=batch_size,
        batch_format="pyarrow",
        num_cpus=1,
        fn_kwargs={
            "config": config,
            "text_column": text_column,
            "id_column": id_column,
            "concurrency": concurrency,
            "timeout": timeout,
        },
    )
