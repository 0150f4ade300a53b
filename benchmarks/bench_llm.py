"""Benchmark the LLM backend against a fake endpoint with a fixed latency per call.

    python benchmarks/bench_llm.py                       # 200 ms per call, parts of 3000 tokens, 4 at once
    python benchmarks/bench_llm.py --latency 0.5 --concurrency 8 --part-tokens 2000

For each prompt and gold notice it prints the wall time next to calls x latency / concurrency
(what perfect overlap of the calls would cost) and the output tokens per issue. Then, per prompt,
it extracts all the gold notices at once the way a batch run does (`extractor.batch.execute`:
threads, default documents in flight, every request through the process-wide EXTRACTOR_CONCURRENCY
limit) and prints that wall time next to all calls x latency / concurrency, with the most requests
the fake endpoint saw at once. The fake answers as a perfect model would (from gold/;
whole_document answers also carry the measures and documents a real model is asked for; the
answer for a request is found by which notice its text comes from), and counts tokens with a
simple CJK-aware estimate, so the numbers compare the two prompt shapes, not any real model.
No network: the endpoint is on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fakes.gold_answers import GOLD, gold_router, gold_stems, load_gold  # noqa: E402
from fakes.openai_server import FakeOpenAI  # noqa: E402

PROMPTS = ("outline_blocks", "whole_document")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.2, help="seconds per call (default 0.2)")
    parser.add_argument("--concurrency", type=int, default=4, help="EXTRACTOR_CONCURRENCY (default 4)")
    parser.add_argument("--part-tokens", type=int, default=3000, help="EXTRACTOR_PART_TOKENS (default 3000)")
    parser.add_argument("--mode", default="tools", choices=("tools", "json_schema", "json", "md_json"))
    args = parser.parse_args(argv)

    with FakeOpenAI(latency=args.latency) as server, tempfile.TemporaryDirectory() as cache:
        os.environ.update(
            EXTRACTOR_DOTENV="",
            OPENAI_API_KEY="sk-bench",
            OPENAI_BASE_URL=server.url,
            EXTRACTOR_MODEL="fake-model",
            EXTRACTOR_MODE=args.mode,
            EXTRACTOR_CONCURRENCY=str(args.concurrency),
            EXTRACTOR_PART_TOKENS=str(args.part_tokens),
            EXTRACTOR_CACHE_DIR=cache,
        )
        from extractor import llm

        server.responder = gold_router(verbose=True)
        # Warm up (imports, first connection) so the first timed notice is not penalised.
        text, _ = load_gold(gold_stems()[0])
        llm.extract_text(text, None, prompt=PROMPTS[0], no_cache=True)

        header = (
            f"{'prompt':<15} {'notice':<21} {'parts':>5} {'calls':>5} {'wall s':>7} {'calls*lat/conc':>14} {'waves*lat':>9} "
            f"{'in tok':>7} {'out tok':>7} {'issues':>6} {'out/issue':>9}"
        )
        print(
            f"fake endpoint latency {args.latency:.3f} s/call, concurrency {args.concurrency}, "
            f"parts of <= {args.part_tokens} tokens, mode {args.mode}\n"
        )
        print(header)
        print("-" * len(header))
        totals: dict[str, list[float]] = {}
        for prompt in PROMPTS:
            for stem in gold_stems():
                text, _ = load_gold(stem)
                started = time.perf_counter()
                result = llm.extract_text(text, stem, prompt=prompt, no_cache=True)
                wall = time.perf_counter() - started
                meta = result.meta
                assert meta["fallbacks"] == 0, meta["fallback_parts"]
                ideal = meta["calls"] * args.latency / args.concurrency
                waves = math.ceil(meta["parts"] / args.concurrency) * args.latency
                issues = len(result.issues)
                print(
                    f"{prompt:<15} {stem:<21} {meta['parts']:>5} {meta['calls']:>5} {wall:>7.2f} {ideal:>14.2f} {waves:>9.2f} "
                    f"{meta['input_tokens']:>7} {meta['output_tokens']:>7} {issues:>6} "
                    f"{meta['output_tokens'] / max(issues, 1):>9.1f}"
                )
                row = totals.setdefault(prompt, [0, 0, 0.0, 0.0, 0, 0, 0, 0.0])
                for k, value in enumerate(
                    (
                        meta["parts"],
                        meta["calls"],
                        wall,
                        ideal,
                        meta["input_tokens"],
                        meta["output_tokens"],
                        issues,
                        waves,
                    )
                ):
                    row[k] += value
            parts, calls, wall, ideal, tin, tout, issues, waves = totals[prompt]
            print(
                f"{prompt:<15} {'TOTAL':<21} {parts:>5} {calls:>5} {wall:>7.2f} {ideal:>14.2f} {waves:>9.2f} "
                f"{tin:>7} {tout:>7} {issues:>6} {tout / max(issues, 1):>9.1f}"
            )
            print("-" * len(header))
        base, lean = totals["whole_document"], totals["outline_blocks"]
        print(
            f"\noutput tokens per issue: outline_blocks {lean[5] / lean[6]:.1f} vs whole_document "
            f"{base[5] / base[6]:.1f} ({lean[5] / base[5]:.0%} of the baseline's output tokens)"
        )
        print(
            f"wall time / (calls x latency / concurrency): outline_blocks {lean[2] / lean[3]:.2f}, "
            f"whole_document {base[2] / base[3]:.2f} (1.00 = perfect overlap of all calls)"
        )
        print(
            f"wall time / (ceil(parts / concurrency) x latency, the floor for one notice at a time): "
            f"outline_blocks {lean[2] / lean[7]:.2f}, whole_document {base[2] / base[7]:.2f}"
        )

        print(
            f"\nall {len(gold_stems())} notices at once, as a batch run "
            f"(default documents in flight, EXTRACTOR_CONCURRENCY={args.concurrency} requests in flight):\n"
        )
        header = f"{'prompt':<15} {'docs':>4} {'calls':>5} {'wall s':>7} {'calls*lat/conc':>14} {'ratio':>6} {'peak in flight':>14}"
        print(header)
        print("-" * len(header))
        for prompt in PROMPTS:
            wall, calls, peak = batch_at_once(server, prompt)
            ideal = calls * args.latency / args.concurrency
            print(
                f"{prompt:<15} {len(gold_stems()):>4} {calls:>5} {wall:>7.2f} {ideal:>14.2f} {wall / ideal:>6.2f} {peak:>14}"
            )
        print("\nratio = wall time / (calls x latency / concurrency); 1.00 = the request slots never idle")
    return 0


def batch_at_once(server, prompt: str) -> tuple[float, int, int]:
    """Every gold notice through `extractor.batch.execute` (LLM backend, threads): wall seconds,
    calls sent, and the most requests the endpoint was answering at once."""
    from extractor.batch import Config, execute
    from extractor.load.inputs import collect

    items = collect([str(GOLD / "docs" / f"{stem}.txt") for stem in gold_stems()])
    config = Config(backend="llm", prompt=prompt, no_cache=True)
    server.max_in_flight = 0
    started = time.perf_counter()
    outcomes = list(execute(items, config, jobs=1))
    wall = time.perf_counter() - started
    calls = 0
    for outcome in outcomes:
        record = json.loads(outcome.line)
        assert outcome.ok and record["meta"]["backend"] == "llm", record.get("error")
        assert record["meta"]["fallbacks"] == 0, record["meta"]["fallback_parts"]
        calls += record["meta"]["calls"]
    return wall, calls, server.max_in_flight


if __name__ == "__main__":
    raise SystemExit(main())
