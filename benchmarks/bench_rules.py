"""Speed of the rule-based extractor: docs/s and MB/s in-process, CLI start-up, and linearity.

Run: python benchmarks/bench_rules.py [--repeat N] [--big-mb 10]
Targets (2-core machine): >= 200 documents/s on one core; one-file CLI run within 0.15 s of a bare
`python -c pass`; a 10 MB input of repeated notices finishes, with time growing linearly in size.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.rules import extract_text  # noqa: E402

DOCS = sorted((ROOT / "gold" / "docs").glob("*.txt"))


def in_process(repeat: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in DOCS]
    size_mb = sum(len(t.encode()) for t in texts) / 1e6
    for t in texts:  # warm up regex caches
        extract_text(t)
    start = time.perf_counter()
    for _ in range(repeat):
        for t in texts:
            extract_text(t)
    elapsed = time.perf_counter() - start
    docs = repeat * len(texts)
    print(f"in-process: {docs} documents in {elapsed:.2f} s = {docs / elapsed:.0f} docs/s, "
          f"{repeat * size_mb / elapsed:.2f} MB/s (target >= 200 docs/s)")


def wall(cmd: list[str], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cli() -> None:
    bare = wall([sys.executable, "-c", "pass"])
    one = wall([sys.executable, "-m", "extractor", str(DOCS[0]), "--backend", "rules"])
    print(f"CLI: bare python {bare * 1000:.0f} ms, one-file extraction {one * 1000:.0f} ms, "
          f"overhead {(one - bare) * 1000:.0f} ms (target <= 150 ms)")


def linearity(big_mb: float) -> None:
    unit = "\n".join(p.read_text(encoding="utf-8") for p in DOCS)
    results = []
    for fraction in (0.25, 0.5, 1.0):
        copies = max(1, int(big_mb * fraction * 1e6 / len(unit.encode())))
        text = "\n".join([unit] * copies)
        start = time.perf_counter()
        extraction = extract_text(text)
        elapsed = time.perf_counter() - start
        mb = len(text.encode()) / 1e6
        results.append((mb, elapsed))
        print(f"linearity: {mb:5.1f} MB -> {elapsed:6.2f} s ({mb / elapsed:.2f} MB/s, {len(extraction.issues)} issues)")
    (small_mb, small_s), (big, big_s) = results[0], results[-1]
    print(f"linearity: time ratio {big_s / small_s:.1f}x for size ratio {big / small_mb:.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--big-mb", type=float, default=10.0)
    args = parser.parse_args()
    in_process(args.repeat)
    cli()
    linearity(args.big_mb)


if __name__ == "__main__":
    main()
