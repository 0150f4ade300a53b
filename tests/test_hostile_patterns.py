"""Issue 9, item 4: every stage gets 200 KB of the crafted runs that made its patterns quadratic, through
`extractor.extract`, and must finish. Each case runs in its own process, all started together, and is
stopped after HANG_GUARD seconds: a guard against hangs, not a speed target.

Beyond the issue's reproducers, runs of every token the patterns key on (digits, quotes, labels, names,
status words) come before and after a notice: a run of '0' once took minutes in the count pattern."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HANG_GUARD = 20.0

NOTICE = "(Path({root!r}) / 'gold/docs/002_f8e588f7094716c5.txt').read_text(encoding='utf-8')[:1500] + '\\n'"
CASES = {
    "a_line_of_200k_A_after_a_notice": f"{NOTICE} + 'A' * 200_000 + '\\n'",
    "200k_of_phone_prefixes": f"{NOTICE} + '0731-' * 40_000",
    "200k_of_dashes": f"{NOTICE} + '-' * 200_000",
    "200k_of_digits": f"{NOTICE} + '1' * 200_000",
    "200k_of_dots": f"{NOTICE} + '.' * 200_000",
    "200k_of_open_date_ranges": f"{NOTICE} + '2023年3月5日至' * 20_000",
    "200k_of_zeros_before_a_notice": f"'0' * 200_000 + '\\n' + {NOTICE}",
    "200k_of_open_quotes": f"{NOTICE} + '关于“' * 60_000",
    "200k_of_listed_items": f"{NOTICE} + '一是' * 100_000",
    "200k_of_open_brackets": f"'（' * 200_000 + {NOTICE}",
    "200k_of_redacted_names_and_actions": f"{NOTICE} + '张某某约谈' * 40_000",
    "200k_of_status_words": f"{NOTICE} + '整改情况：已完成' * 25_000",
    "200k_of_counts": f"{NOTICE} + '3个问题' * 50_000",
}
SCRIPT = "from pathlib import Path; import extractor; extractor.extract({text})"


@pytest.fixture(scope="module")
def runs() -> dict[str, tuple[subprocess.Popen, float]]:
    """Every case started at once (so the guard costs HANG_GUARD seconds in all), with its start time."""
    started = {
        name: (subprocess.Popen([sys.executable, "-c", SCRIPT.format(text=text.format(root=str(ROOT)))],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True), time.monotonic())
        for name, text in CASES.items()
    }
    yield started
    for process, _ in started.values():
        if process.poll() is None:
            process.kill()
        process.wait()


def finished(runs: dict[str, tuple[subprocess.Popen, float]], name: str) -> subprocess.Popen:
    process, started = runs[name]
    try:
        process.wait(timeout=max(0.1, started + HANG_GUARD - time.monotonic()))
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail(f"{name}: still running after {HANG_GUARD:g} s")
    return process


@pytest.mark.parametrize("name", list(CASES))
def test_crafted_runs_finish_without_error(runs, name: str) -> None:
    process = finished(runs, name)
    assert process.returncode == 0, process.stderr.read()
