"""`python -m extractor PATH...`: extract notices and print or write the results.

One file in a text format (json, jsonl, md, csv, html) is the plain path: the extraction on standard
output (or -o), and any error a user can fix (missing, empty, binary, undecodable, encrypted,
unsupported file; unconfigured backend) is one `error: …` line and exit status 1, never a traceback.

Anything else is a batch run (extractor/batch/): several files, directories (recursive), globs,
`datasets` directories or JSONL/Parquet tables of texts, or a binary format (xlsx, parquet, dataset).
Each input gets one record, in input order; a failed input is an error record and one line in the
closing summary, and the exit status is 1 only when every input failed (2 for bad arguments, printed
as one `error: …` line without the usage block). Both paths run each input through the same worker
(extractor/batch/worker.py); a batch runs the rules in worker processes with a time budget (--timeout).

The single-file path imports nothing beyond the package's light core (pydantic); loaders and writers
import python-docx, BeautifulSoup, pypdf, openpyxl, pyarrow or datasets only when they are used.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, cast

from extractor.errors import ExtractorError, UsageError
from extractor.output import FORMATS, WRITERS, format_for_path

if TYPE_CHECKING:
    from extractor.batch.records import Failure
    from extractor.batch.worker import Config
    from extractor.models import Extraction


class _Parser(argparse.ArgumentParser):
    """Bad arguments are one `error: …` line (and exit 2), not the usage block first."""

    def error(self, message: str) -> NoReturn:
        from extractor.batch.progress import printable

        self.exit(2, f"error: {printable(message)} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m extractor",
        description="Extract the issues and facts of Chinese rectification notices (整改情况通报).",
        epilog="One file prints its extraction; several inputs (files, directories, globs, datasets) make a "
        "batch run with one record per input, a progress line on a terminal and a summary on stderr.",
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="PATH",
        help="notice files (.txt in UTF-8/UTF-16/GB18030, .docx, .html, .pdf with a text layer), directories "
        "(searched recursively), globs, or tables of texts (a datasets directory, .jsonl, .parquet)",
    )
    parser.add_argument(
        "--format",
        choices=tuple(WRITERS),
        default=None,
        help="json (default), jsonl, md, csv (UTF-8 with BOM), html (review page), xlsx (整改台账), parquet "
        "(one row per issue), dataset (a datasets directory); default: from -o's suffix, else json",
    )
    parser.add_argument("-o", "--output", help="write here instead of standard output (JSONL output is resumable)")
    parser.add_argument(
        "--backend",
        choices=("auto", "rules", "llm"),
        default="auto",
        help="auto: the LLM when one is configured in .env, else rules (default)",
    )
    parser.add_argument("--prompt", help="LLM prompt template name (see prompts/)")
    parser.add_argument("--model", help="LLM model name (overrides EXTRACTOR_MODEL)")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the LLM answer cache")
    parser.add_argument("--save-text", metavar="DIR", help="also write the extracted text (what spans index) to DIR")
    parser.add_argument(
        "--text-column", default="text", help="text column of a dataset/JSONL/Parquet input (default: text)"
    )
    parser.add_argument("--id-column", help="column naming each row of a table input (default: id, if present)")
    parser.add_argument(
        "-j", "--jobs", type=_positive, default=0, help="processes for the rules backend (default: one per CPU)"
    )
    parser.add_argument(
        "--concurrency",
        type=_positive,
        default=None,
        help="documents in flight for the LLM backend (default: twice EXTRACTOR_CONCURRENCY); requests in flight "
        "are capped by EXTRACTOR_CONCURRENCY however many documents are in flight",
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=60.0,
        metavar="SECONDS",
        help="time budget per document for the rules backend (default 60; 0: none): a document over it gets "
        "an error record of type timeout and the run goes on",
    )
    parser.add_argument(
        "--max-input-mb",
        type=_megabytes,
        default=None,
        metavar="MB",
        help="refuse an input whose content (file, unzipped .docx parts, PDF text) exceeds MB megabytes "
        "(default: EXTRACTOR_MAX_INPUT_MB, else 50)",
    )
    parser.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="local: this machine's processes (default); ray: Ray Data on the cluster RAY_ADDRESS names, else a "
        "local Ray with -j CPUs (needs the ray extra: pip install 'rectification-extractor[ray]')",
    )
    parser.add_argument(
        "--llm-batch",
        action="store_true",
        help="send the LLM's requests through the endpoint's Batch API (/v1/files, /v1/batches; half price at "
        "several providers): submitted at once, polled, then read like live answers; needs -o, whose "
        "OUT.batch.json keeps the batch id so a re-run resumes polling instead of submitting again",
    )
    parser.add_argument(
        "--batch-poll",
        type=_seconds,
        default=30.0,
        metavar="SECONDS",
        help="seconds between two looks at a running batch (default 30)",
    )
    parser.add_argument(
        "--no-progress", action="store_true", help="no progress line (it only shows on a terminal anyway)"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary at the end of a batch run")
    return parser


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value!r}")
    return number


def _non_negative(value: str, unit: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of {unit}, got {value!r}") from None
    if not number >= 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of {unit} (0 or more), got {value!r}")
    return number


def _seconds(value: str) -> float:
    return _non_negative(value, "seconds")


def _megabytes(value: str) -> float:
    number = _non_negative(value, "megabytes")
    if number == 0:
        raise argparse.ArgumentTypeError(f"expected a number of megabytes above 0, got {value!r}")
    return number


def _config(args: argparse.Namespace, keep_text: bool = False) -> Config:
    from extractor.batch.worker import Config

    return Config(
        backend=args.backend,
        prompt=args.prompt,
        model=args.model,
        save_text=args.save_text,
        no_cache=args.no_cache,
        max_input_mb=args.max_input_mb,
        keep_text=keep_text,
    )


def _single_file(args: argparse.Namespace, fmt: str) -> bool:
    """Whether this is today's one-file run (the contract JSON, or one text rendering, of one notice)."""
    if len(args.inputs) != 1 or fmt not in FORMATS or args.engine != "local" or args.llm_batch:
        return False
    path = Path(args.inputs[0])
    if path.is_dir():
        return False
    if path.is_file():
        return path.suffix.lower() not in (".jsonl", ".ndjson", ".parquet")
    return not (set("*?[") & set(args.inputs[0]))  # a missing file: today's "no such file" error


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    fmt = args.format or (format_for_path(args.output) if args.output else None) or "json"
    try:
        if _single_file(args, fmt):
            return _run_single(args, fmt)
        return _run_batch(args, fmt, parser)
    except KeyboardInterrupt:
        return 130


def _error(message: str, code: int = 1) -> int:
    from extractor.batch.progress import printable

    print(f"error: {printable(message)}", file=sys.stderr)
    return code


def _run_single(args: argparse.Namespace, fmt: str) -> int:
    """One file through the batch worker, in this process (no pool to start: the time budget is the
    batch's; here Ctrl-C stops it), its record rendered as before: the contract without `meta.input`."""
    from extractor.batch.records import parse
    from extractor.batch.worker import run_item
    from extractor.load.inputs import collect
    from extractor.output import render

    (item,) = collect(args.inputs[:1])
    outcome = run_item(item, _config(args, keep_text=fmt == "html"))
    record = parse(outcome.line, outcome.ok)
    if not outcome.ok:
        return _error(cast("Failure", record).message)
    record = cast("Extraction", record)  # parse() gives an Extraction for an ok line
    saved = record.meta.pop("input", {}).get("text_path")
    if saved and not args.quiet:
        print(f"text: {saved}", file=sys.stderr)
    if fmt == "html":
        from extractor.output.html import render_html

        rendered = render_html(record, outcome.text)
    else:
        rendered = render(record, fmt)
    ending = "" if rendered.endswith("\n") else "\n"
    try:
        if args.output:
            Path(args.output).write_text(rendered + ending, encoding="utf-8")
        else:
            sys.stdout.write(rendered + ending)
    except OSError as exc:
        return _error(f"cannot write output: {exc.strerror or exc}: {getattr(exc, 'filename', '') or ''}".rstrip(": "))
    return 0


def _run_batch(args: argparse.Namespace, fmt: str, parser: argparse.ArgumentParser) -> int:
    from extractor.batch.run import Run
    from extractor.load.inputs import collect

    if args.llm_batch:
        if not args.output:
            parser.error("--llm-batch needs -o OUT: the batch id is kept beside the output (OUT.batch.json)")
        if args.backend == "rules":
            parser.error("--llm-batch sends the LLM's requests: use it with --backend auto or llm")
        if args.engine != "local":
            parser.error("--llm-batch runs on the local engine: the provider schedules the requests")
    if args.engine == "ray":
        from extractor.batch.on_ray import RayMissing, require_ray

        try:
            require_ray()
        except RayMissing as exc:
            return _error(str(exc), 2)
    writer = WRITERS[fmt]
    if writer.directory and not args.output:
        parser.error(f"--format {fmt} writes a directory: give it with -o DIR")
    if writer.binary and not args.output and sys.stdout.isatty():
        parser.error(f"--format {fmt} is binary: write it to a file with -o FILE")
    try:
        items = collect(args.inputs, text_column=args.text_column, id_column=args.id_column)
    except UsageError as exc:
        parser.error(str(exc))
    try:
        summary = Run(
            items,
            fmt=fmt,
            output=args.output,
            config=_config(args),
            jobs=args.jobs,
            concurrency=args.concurrency,
            progress=False if args.no_progress else None,
            timeout=args.timeout or None,
            engine=args.engine,
            llm_batch=args.llm_batch,
            batch_poll=args.batch_poll,
        ).run()
    except ExtractorError as exc:  # another run holds the output
        return _error(str(exc))
    except OSError as exc:  # the output cannot be written: that ends the run
        return _error(f"cannot write output: {exc.strerror or exc}: {getattr(exc, 'filename', '') or ''}".rstrip(": "))
    if not args.quiet:
        for line in summary.lines():
            print(line, file=sys.stderr)
    if summary.interrupted:
        return 130
    return 1 if summary.all_failed else 0
