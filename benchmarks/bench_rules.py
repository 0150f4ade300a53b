"""Speed of the rule-based extractor: its ratio to the floor in-process, CLI start-up, and linearity.

Run: python benchmarks/bench_rules.py [--rounds N] [--big-mb 10]

The floor is what any extractor of these notices must do: read each file, NFKC-normalise it, split its
lines and run two regular-expression passes over it (outline labels, status phrases). Docs/s depend on
the machine and on whatever else runs on it, so the figure to compare is the ratio of the rules to the
floor, both measured in the same run: rounds interleave the two and the median of each is taken, in
CPU time (`time.process_time`) so that other processes on a shared machine move it less.
Targets (2-core machine): rules within 2x the floor; one-file CLI run within 0.20 s of a bare
`python -c pass`; a 10 MB input of repeated notices finishes, with time growing linearly in size.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.rules import extract_text  # noqa: E402

DOCS = sorted((ROOT / "gold" / "docs").glob("*.txt"))


# The floor's two passes, each over the whole text: outline labels (anywhere, as a heading may be run
# into a line) and status phrases. Anchoring the labels at line starts would make the floor ~1.5x faster.
_LABELS = re.compile(r"[ \t]*(?:[一二三四五六七八九十]{1,3}[、.]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.、])")
_STATUS = re.compile(r"已完成|已整改|整改到位|正在整改|持续推进|长期坚持|阶段性")


def floor(paths: list[Path]) -> int:
    """The least work per notice: read, NFKC, split lines, two regex passes. Returns a count so
    nothing is optimised away."""
    found = 0
    for path in paths:
        text = unicodedata.normalize("NFKC", path.read_text(encoding="utf-8"))
        found += len(text.split("\n")) + len(_LABELS.findall(text)) + len(_STATUS.findall(text))
    return found


def rules(paths: list[Path]) -> int:
    """The rule-based extractor over the same files, read the same way."""
    return sum(len(extract_text(path.read_text(encoding="utf-8")).issues) for path in paths)


def in_process(rounds: int) -> float:
    """Docs/s of the floor and of the rules, and their ratio (rules time / floor time)."""
    size_mb = sum(p.stat().st_size for p in DOCS) / 1e6
    rules(DOCS), floor(DOCS)  # warm up: lazy patterns compile, files enter the page cache
    floor_times, rules_times = [], []
    for _ in range(rounds):  # interleaved, so a busy moment on the machine hits both alike
        start = time.process_time()
        for _ in range(5):  # the floor is fast: five passes per round for a measurable time
            floor(DOCS)
        floor_times.append((time.process_time() - start) / 5)
        start = time.process_time()
        rules(DOCS)
        rules_times.append(time.process_time() - start)
    floor_s, rules_s = statistics.median(floor_times), statistics.median(rules_times)
    ratio = rules_s / floor_s
    print(f"floor: {len(DOCS) / floor_s:.0f} docs/s (read, NFKC, split lines, two regex passes)")
    print(f"rules: {len(DOCS) / rules_s:.0f} docs/s, {size_mb / rules_s:.2f} MB/s")
    print(f"ratio to floor: {ratio:.2f}x (median CPU time of {rounds} interleaved rounds; target <= 2.0x)")
    return ratio


def _bytecode_fresh() -> bool:
    """Whether the package's modules have up-to-date cached bytecode (see `python -m compileall`)."""
    import importlib.util

    for source in (ROOT / "extractor").rglob("*.py"):
        cached = Path(importlib.util.cache_from_source(str(source)))
        if not cached.exists() or cached.stat().st_mtime < source.stat().st_mtime:
            return False
    return True


def cli(runs: int = 15) -> float:
    """Median overhead of a one-file CLI run over a bare `python -c pass`, from interleaved runs: in CPU
    time (user + system, which other load on the machine moves little) and in wall-clock time. The run
    that counts has the compiled patterns of an earlier run (`extractor.pattern_store`, warmed here in a
    directory of its own); the first run after an install or an upgrade, which compiles them, is shown
    beside it."""
    store = tempfile.mkdtemp(prefix="bench-patterns-")
    command = [sys.executable, "-m", "extractor", str(DOCS[0]), "--backend", "rules"]
    runs_with = {
        "bare": ([sys.executable, "-c", "pass"], store),
        "cli": (command, store),
        "cold": (command, ""),  # an empty EXTRACTOR_CACHE_DIR: nothing stored, every pattern compiled
    }
    subprocess.run(
        command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, env={**os.environ, "EXTRACTOR_CACHE_DIR": store}
    )
    cpu: dict[str, list[float]] = {name: [] for name in runs_with}
    wall: dict[str, list[float]] = {name: [] for name in runs_with}
    for _ in range(runs):
        for name, (argv, directory) in runs_with.items():
            environment = {**os.environ, "EXTRACTOR_CACHE_DIR": directory}
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(argv, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, env=environment)
            wall[name].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[name].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    shutil.rmtree(store, ignore_errors=True)
    med = statistics.median

    def over(name: str, clock: dict[str, list[float]]) -> float:
        return (med(clock[name]) - med(clock["bare"])) * 1000

    print(
        f"CLI overhead: {over('cli', cpu):.0f} ms CPU, {over('cli', wall):.0f} ms wall (bare python "
        f"{med(wall['bare']) * 1000:.0f} ms, one-file extraction {med(wall['cli']) * 1000:.0f} ms; median of {runs} "
        f"interleaved runs; target <= 200 ms; load average {os.getloadavg()[0]:.1f}); the first run, patterns "
        f"compiled: {over('cold', cpu):.0f} ms CPU, {over('cold', wall):.0f} ms wall"
    )
    if not _bytecode_fresh():
        print(
            "CLI: the package has no fresh bytecode, so each run compiles its source: run "
            "`python -m compileall -q extractor` (PYTHONDONTWRITEBYTECODE stops Python writing it)"
        )
    return over("cli", cpu) / 1000


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
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--big-mb", type=float, default=10.0)
    args = parser.parse_args()
    in_process(args.rounds)
    cli()
    linearity(args.big_mb)


if __name__ == "__main__":
    main()
