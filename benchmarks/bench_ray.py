"""Ray's overhead: 10,000 notices (the labelled ones, replicated) through the local engine and through Ray.

Run: python benchmarks/bench_ray.py [--docs 10000] [--jobs 2] [--repeat 2]

Each run is the whole batch path of `python -m extractor DIR -o out.jsonl --backend rules -j N
[--engine ray]`: list the files, read, hash, extract, append to the JSONL output. Ray gets a local
cluster with N CPUs; its start-up (`ray.init`, paid once per command) is timed apart from the runs,
and the first Ray run (which also starts Ray's worker processes) is reported apart. Runs are
interleaved and repeated and the best of each engine is compared, because a shared machine's other
load moves single runs a lot. Target: Ray's best run within 1.3x the local engine's best.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_batch import make_corpus  # noqa: E402 - the same replicated corpus as the batch benchmark

from extractor.batch import Config, Run  # noqa: E402
from extractor.load.inputs import collect  # noqa: E402


def tree_cpu() -> float:
    """CPU seconds of this process and every process under it (Ray's raylet, workers and their pool
    processes included), from /proc: a figure other load on the machine moves far less than wall time."""
    procs: dict[int, tuple[int, int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                fields = Path(f"/proc/{name}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            procs[int(name)] = (int(fields[1]), sum(int(x) for x in fields[11:15]))
    mine, grown = {os.getpid()}, True
    while grown:
        found = {pid for pid, (parent, _) in procs.items() if parent in mine} - mine
        mine |= found
        grown = bool(found)
    return sum(procs[pid][1] for pid in mine if pid in procs) / os.sysconf("SC_CLK_TCK")


def timed_run(directory: Path, jobs: int, engine: str) -> tuple[float, int, float]:
    """Seconds of one batch run, the issues it found and the CPU seconds it took (all processes)."""
    output = directory.parent / f"out-{engine}.jsonl"
    output.unlink(missing_ok=True)
    cpu = tree_cpu()
    start = time.perf_counter()
    items = collect([str(directory)])
    summary = Run(
        items, output=str(output), config=Config(backend="rules"), jobs=jobs, progress=False, engine=engine
    ).run()
    elapsed = time.perf_counter() - start
    assert summary.failed == 0 and summary.extracted == len(items), summary.lines()
    return elapsed, summary.issues, tree_cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    from extractor.batch.on_ray import connect

    work = Path(tempfile.mkdtemp(prefix="bench-ray-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        make_corpus(corpus, args.docs)
        started = time.perf_counter()
        connect(args.jobs)
        init = time.perf_counter() - started
        local: list[float] = []
        ray: list[float] = []
        cpu: dict[str, list[float]] = {"local": [], "ray": []}
        issues: set[int] = set()
        for _ in range(args.repeat + 1):  # interleaved; Ray's first run also starts its workers
            for engine, times in (("ray", ray), ("local", local)):
                seconds, found, used = timed_run(corpus, args.jobs, engine)
                times.append(seconds)
                cpu[engine].append(used)
                issues.add(found)
        assert len(issues) == 1, f"the engines found different issue counts: {issues}"
        best_local, best_ray = min(local), min(ray)
        print(f"{args.docs} notices, {args.jobs} CPUs, {issues.pop()} issues per run")
        print(
            f"local engine: best {best_local:.1f}s ({args.docs / best_local:.0f} docs/s); runs "
            + ", ".join(f"{s:.1f}" for s in local)
        )
        print(
            f"ray engine:   best {best_ray:.1f}s ({args.docs / best_ray:.0f} docs/s); first run {ray[0]:.1f}s; runs "
            + ", ".join(f"{s:.1f}" for s in ray)
        )
        print(f"ray.init (local cluster): {init:.1f}s")
        print(
            "CPU seconds per run (every process): local "
            + ", ".join(f"{c:.0f}" for c in cpu["local"])
            + "; ray "
            + ", ".join(f"{c:.0f}" for c in cpu["ray"])
            + f" -> ray {min(cpu['ray'][1:] or cpu['ray']) / min(cpu['local']):.2f}x once its workers run"
        )
        print(
            f"overhead: {best_ray / best_local:.2f}x the local engine (best runs); "
            f"{(ray[0] + init) / best_local:.2f}x for a cold command (start-up and first run)"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
