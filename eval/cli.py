"""`python -m eval`: score extraction systems against the gold set and compare them.

Exit codes: 0 success, 2 bad arguments (unusable --gold directory, unknown system name).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from eval.align import DEFAULT_THRESHOLD
from eval.stats import DEFAULT_RESAMPLES, DEFAULT_SEED
from eval.systems import KNOWN_SYSTEMS, REPO_ROOT, UnknownSystemError, parse_names

DEFAULT_SYSTEMS = ("baseline", "rules")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m eval",
        description="Evaluate extraction systems on gold/*.json and print a comparison table. "
        "The first system (or --baseline) is the reference for ΔF1.",
    )
    parser.add_argument("--gold", type=Path, default=REPO_ROOT / "gold", help="gold directory (default: %(default)s)")
    parser.add_argument(
        "--systems",
        nargs="+",
        metavar="NAME",
        help=f"systems to run: {', '.join(KNOWN_SYSTEMS)}, llm:PROMPT (default: {' '.join(DEFAULT_SYSTEMS)})",
    )
    parser.add_argument("--prompts", nargs="+", metavar="NAME", help="prompt names; one LLM system per prompt")
    parser.add_argument("--model", help="LLM model name passed to extractor.llm")
    parser.add_argument("--repeat", type=int, default=1, metavar="N", help="run every system N times (rows name#k)")
    parser.add_argument("--baseline", metavar="NAME", help="reference system for ΔF1 (default: the first system)")
    parser.add_argument(
        "--runs-dir", type=Path, default=REPO_ROOT / "runs", help="parent of run folders (default: %(default)s)"
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        help="minimum problem similarity of a match (default: %(default)s)",
    )
    parser.add_argument(
        "--resamples", type=int, default=DEFAULT_RESAMPLES, help="bootstrap resamples (default: %(default)s)"
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="bootstrap seed (default: %(default)s)")
    parser.add_argument(
        "--prices",
        type=Path,
        metavar="FILE",
        help='per-model prices, JSON {"model": {"input": USD, "output": USD}} per million tokens '
        "(default: EVAL_PRICES, else built-in list prices)",
    )
    parser.add_argument(
        "--price",
        action="append",
        default=[],
        metavar="MODEL=IN/OUT",
        help="one model's price in USD per million input/output tokens (repeatable)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="progress, per-document breakdown, full error lists"
    )
    return parser


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.repeat < 1:
        return _fail("--repeat must be >= 1")
    if not 0.0 <= args.threshold <= 1.0:
        return _fail("--threshold must be between 0 and 1")
    from eval.prices import load_prices

    try:
        load_prices(args.prices, args.price)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return _fail(f"prices: {exc}")
    names = list(args.systems or DEFAULT_SYSTEMS)
    if args.baseline:
        names = [args.baseline, *(n for n in names if n != args.baseline)]
    try:
        parse_names(names)
    except UnknownSystemError as exc:
        return _fail(str(exc))

    from eval.load import GoldError, load_gold

    try:
        docs = load_gold(args.gold)
    except GoldError as exc:
        return _fail(str(exc))

    # Heavy imports only after the arguments are known to be good.
    from eval.evaluate import evaluate
    from eval.report import LEGEND, comparison_table, error_lists, field_breakdown, per_document
    from eval.runs import write_run
    from eval.systems import build_systems

    def progress(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    systems = build_systems(names, args.prompts, args.model)
    results = evaluate(
        systems,
        docs,
        repeat=args.repeat,
        threshold=args.threshold,
        resamples=args.resamples,
        seed=args.seed,
        progress=progress if args.verbose else None,
    )

    table = comparison_table(results)
    settings = {
        "gold_dir": str(args.gold),
        "documents": len(docs),
        "gold_issues": sum(len(d.gold.issues) for d in docs),
        "threshold": args.threshold,
        "bootstrap_resamples": args.resamples,
        "bootstrap_seed": args.seed,
        "baseline": results[0].name if results else None,
        "repeat": args.repeat,
        "model": args.model,
        "prompts": args.prompts,
    }
    run_dir = write_run(args.runs_dir, results, settings, table)  # before printing: survives a closed pipe

    print(f"gold: {args.gold} ({settings['documents']} documents, {settings['gold_issues']} issues)")
    reviewers = sorted({str(d.gold.meta["reviewer"]) for d in docs if d.gold.meta.get("reviewer")})
    if reviewers:  # a labelled set made in the review page: the extractor is scored against these people
        print(f"reviewed by {', '.join(reviewers)}")
    print()
    print(table)
    print(LEGEND)
    lists = error_lists(results, limit=None if args.verbose else 15)
    if lists:
        print()
        print(lists)
    if args.verbose:
        for r in results:
            if r.skipped is None:
                print()
                print(per_document(r))
        breakdown = field_breakdown(results)
        if breakdown:
            print()
            print(breakdown)
    print()
    print(f"run saved to {run_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
