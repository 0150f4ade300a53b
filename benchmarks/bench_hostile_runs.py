"""Hostile runs: 100,000 copies of one token at one place in a real notice, for every token and place, each through
`extractor.extract` in its own process under a CPU limit. A pattern that tries a run from each of its characters
costs the run's length squared and is stopped by the limit; an input no stage expects may raise instead.

Run: python benchmarks/bench_hostile_runs.py [--tokens "— ，"] [--places item,row] [--cpu 40] [--length 100000]

The tokens are the characters and words the rules key on (labels, keys, status words, digits, stops, dashes,
spaces); the places are where a notice holds them (its title, opening, a heading, an item, a status, a ledger row,
the page's metadata, its signature, before and after it). Prints each run that failed or was stopped, then the
slowest, and exits 1 if any failed: the cases it finds belong in tests/test_hostile_patterns.py at 200 KB.
Takes about 15 minutes for the whole matrix on two cores.
"""

from __future__ import annotations

import argparse
import itertools
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOKENS = (
    *("0", "1", "十", "一", "a", "X", "某", " ", "\u3000", "\t", "\n\n"),
    *("（一）", "一、", "1.", "问题1：", "一是", "（", "(", ")", "）", "“", "”", "【", "】", "〔", "《", "》"),
    *(
        "整改情况：",
        "整改措施：",
        "责任单位：",
        "问题：",
        "已完成",
        "已",
        "问题",
        "整改",
        "个问题",
        "巡察组",
        "关于“",
        "方面",
    ),
    *("2023年", "月1日", "日至", "年", "月", "日", "第", "第1", "号", "0731-", "中共", "县", "局", "委", "组", "的"),
    *("，", "。", "、", "：", ":", "|", "\t|", "-", "—", "…", ".", "·", "*"),
)
PLACES = {
    "before": "RUN + '\\n' + NOTICE",
    "after": "NOTICE + '\\n' + RUN + '\\n'",
    "title": "'中共某县委员会关于' + RUN + '巡察整改情况的通报\\n' + NOTICE",
    "opening": "'根据县委统一部署，县委第一巡察组对' + RUN + '进行了巡察。\\n' + NOTICE",
    "meta": "'发布时间：' + RUN + '\\n' + NOTICE",
    "heading": "NOTICE + '\\n一、' + RUN + '方面\\n1.学习不深。\\n整改情况：已完成。\\n'",
    "item": "NOTICE + '\\n1.' + RUN + '。\\n整改情况：已完成。\\n'",
    "status": "NOTICE + '\\n1.学习不深。\\n整改情况：' + RUN + '已完成。\\n'",
    "row": "NOTICE + '\\n序号\\t问题\\t整改情况\\n1\\t' + RUN + '\\t已完成\\n'",
    "signature": "NOTICE + '\\n' + RUN + '\\n2024年1月5日\\n'",
}
PROGRAM = """
import resource, sys
resource.setrlimit(resource.RLIMIT_CPU, ({cpu}, {cpu} + 5))
sys.path.insert(0, {root!r})
import extractor
NOTICE = open({notice!r}, encoding='utf-8').read()[:1500]
RUN = {token!r} * ({length} // len({token!r}))
extractor.extract({place})
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tokens", help="space-separated tokens (default: all)")
    parser.add_argument("--places", help="comma-separated places (default: all)")
    parser.add_argument("--cpu", type=int, default=40, help="CPU seconds per run before it is stopped")
    parser.add_argument("--length", type=int, default=100_000, help="characters per run")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    tokens = args.tokens.split() if args.tokens else TOKENS
    places = args.places.split(",") if args.places else list(PLACES)
    notice = str(ROOT / "gold_real" / "docs" / "a05.txt")
    running: list[tuple[str, str, float, subprocess.Popen[str]]] = []
    done: list[tuple[str, str, float, int, str]] = []

    def reap(block: bool) -> None:
        for entry in list(running):
            token, place, started, process = entry
            if block or process.poll() is not None:
                _, err = process.communicate()
                done.append((token, place, time.monotonic() - started, process.returncode, err))
                running.remove(entry)

    for token, place in itertools.product(tokens, places):
        code = PROGRAM.format(
            cpu=args.cpu, root=str(ROOT), notice=notice, token=token, length=args.length, place=PLACES[place]
        )
        running.append(
            (
                token,
                place,
                time.monotonic(),
                subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True),
            )
        )
        while len(running) >= args.jobs:
            reap(block=False)
            time.sleep(0.05)
    reap(block=True)
    failed = [d for d in done if d[3] != 0]
    for token, place, _, code, err in failed:
        why = "stopped by the CPU limit" if code < 0 else (err.strip().splitlines() or ["?"])[-1]
        print(f"FAILED {token!r} at {place}: {why}")
    for token, place, seconds, _, _ in sorted(done, key=lambda d: -d[2])[:10]:
        print(f"{seconds:6.2f} s  {token!r} at {place}")
    print(f"{len(done)} runs, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
