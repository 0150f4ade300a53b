"""Batch runs: many notices in, one record per input out, incrementally, resumably and in parallel.

Records are JSON lines in input order. A document's record is its `Extraction` (the output contract,
`source` = the input path or `<table>#<id>`) with `meta.input` = {sha256, format, chars[, text_path]};
an input that fails gives `{"source", "error": {"type", "message"}, "meta": {"input": {...}}}` and the
run goes on. Each record is appended and flushed as soon as it is ready, to the output itself for
JSONL, else to `<output>.partial.jsonl`, which is turned into the final file (csv, xlsx, parquet …)
at the end and removed. Re-running with the same output skips every input whose record is already
there for the same path and content hash (sha256 of the file's bytes, or of a row's text); failed
inputs are tried again. At the end the JSONL output is rewritten in input order. A second run on the
same output is refused while the first holds `<output>.lock`.

The parts, one job each:
  records   the record models (Failure, ErrorInfo) and the Outcome a worker hands back
  worker    one input → one Outcome, never an exception (also the single-file command's path)
  executors worker processes with a time budget per document (rules), threads (LLM), in input order
  journal   the JSONL the records are appended to, read back to resume, and the lock on the output
  progress  the progress line and the closing summary
  run       the Run that ties them together
  on_ray    the same run on Ray Data (--engine ray), and extract_dataset over any table of texts
  llm_batch the LLM's requests through the provider's Batch API (--llm-batch), resumable
"""

from __future__ import annotations

from typing import Any

# Names load on first use: the single-file command imports the worker without the executors
# (multiprocessing, concurrent.futures), which would cost it start-up time.
_HOMES = {
    "execute": "executors",
    "extract_dataset": "on_ray",
    "llm_documents_in_flight": "executors",
    "OutputLocked": "journal",
    "Progress": "progress",
    "Summary": "progress",
    "ErrorInfo": "records",
    "Failure": "records",
    "Outcome": "records",
    "Record": "records",
    "Run": "run",
    "run": "run",
    "Config": "worker",
    "run_item": "worker",
    "save_text": "worker",
    "sha256_of": "worker",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'extractor.batch' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"extractor.batch.{home}"), name)


def __dir__() -> list[str]:
    return __all__
