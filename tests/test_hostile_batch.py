"""Issue 9, batch runs: no input crashes, stalls or loses the run; one record per input; nothing
forged in the summary; one `error:` line for bad arguments (items 1, 3, 9, 10, 12 and the time budget)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import extractor.rules
from extractor.batch import Config, Run
from extractor.batch.journal import Lock, OutputLocked
from extractor.cli import main
from extractor.load.inputs import collect

ROOT = Path(__file__).resolve().parent.parent
GOLD_FILES = sorted((ROOT / "gold" / "docs").glob("*.txt"))


def run(inputs: list[str], output: Path, **settings):
    settings.setdefault("config", Config(backend="rules"))
    return Run(
        collect(inputs),
        fmt=settings.pop("fmt", "jsonl"),
        output=str(output),
        stdout=io.StringIO(),
        stderr=io.StringIO(),
        progress=False,
        **settings,
    ).run()


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_file_name_that_is_not_utf8_gets_its_record_and_the_batch_goes_on(tmp_path: Path) -> None:
    directory = tmp_path / "d"
    directory.mkdir()
    shutil.copy(GOLD_FILES[0], os.fsencode(directory) + b"/bad\xff.txt")
    shutil.copy(GOLD_FILES[1], directory / "later.txt")
    summary = run([str(directory)], tmp_path / "o.jsonl")
    assert [r["source"] for r in records(tmp_path / "o.jsonl")] == [
        str(directory / "bad\\xff.txt"),
        str(directory / "later.txt"),
    ]
    assert summary.extracted == 2
    assert run([str(directory)], tmp_path / "o.jsonl").skipped == 2  # and a re-run finds it done


def test_one_file_with_a_name_that_is_not_utf8_prints_its_json(tmp_path: Path) -> None:
    bad = os.fsencode(tmp_path) + b"/bad\xff.txt"
    shutil.copy(GOLD_FILES[0], bad)
    done = subprocess.run(
        [sys.executable, "-m", "extractor", os.fsdecode(bad), "--backend", "rules"], capture_output=True, timeout=60
    )
    assert done.returncode == 0 and json.loads(done.stdout)["source"].endswith("bad\\xff.txt")


def test_a_table_row_whose_id_holds_a_lone_surrogate_gets_its_record(tmp_path: Path) -> None:
    table = tmp_path / "t.jsonl"
    text = GOLD_FILES[0].read_text(encoding="utf-8")
    table.write_text(json.dumps({"id": "s\ud800", "text": text + "\ud800"}) + "\n", encoding="utf-8")
    assert run([str(table)], tmp_path / "o.jsonl").extracted == 1
    (record,) = records(tmp_path / "o.jsonl")
    assert record["source"] == f"{table}#s\\ud800" and record["issues"]


def test_rows_with_the_same_id_each_keep_their_record_across_reruns(tmp_path: Path) -> None:
    table = tmp_path / "t.jsonl"
    rows = [{"id": "dup", "text": path.read_text(encoding="utf-8")} for path in GOLD_FILES[:2]]
    table.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    run([str(table)], tmp_path / "o.jsonl")
    again = run([str(table)], tmp_path / "o.jsonl")
    assert (again.skipped, again.extracted) == (2, 0)
    assert [r["source"] for r in records(tmp_path / "o.jsonl")] == [f"{table}#dup", f"{table}#dup#1"]


def test_noncharacters_in_a_notice_still_give_a_workbook_and_leave_nothing_behind(tmp_path: Path) -> None:
    notice = tmp_path / "n.txt"
    notice.write_text(
        GOLD_FILES[0].read_text(encoding="utf-8").replace("问题", "问题\ufffe\uffff", 5), encoding="utf-8"
    )
    run([str(notice)], tmp_path / "l.xlsx", fmt="xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["l.xlsx", "n.txt"]


def test_a_second_run_on_the_same_output_is_refused_with_one_error_line(tmp_path: Path, capsys) -> None:
    output = tmp_path / "o.jsonl"
    with Lock(Path(f"{output}.lock"), str(output)):
        with pytest.raises(OutputLocked, match="another run"):
            run([str(GOLD_FILES[0])], output)
        assert main([str(GOLD_FILES[0]), str(GOLD_FILES[1]), "-o", str(output), "--backend", "rules"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: another run (pid {os.getpid()}) is writing {output}") and err.count("\n") == 1
    assert not output.exists()


def test_the_lock_is_gone_when_a_run_ends(tmp_path: Path) -> None:
    run([str(GOLD_FILES[0])], tmp_path / "o.jsonl")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["o.jsonl"]


# --- the time budget and the worker processes (the rules replaced by stand-ins, inherited by fork) -----


@pytest.fixture()
def stand_in(monkeypatch):
    """A rules backend that hangs on text holding HANG and dies on text holding DIE."""
    real = extractor.rules.extract_text

    def extract_text(text: str, source: str | None = None):
        if "HANG" in text:
            time.sleep(600)
        if "DIE" in text:
            os._exit(3)
        return real(text, source)

    monkeypatch.setattr(extractor.rules, "extract_text", extract_text)


def corpus(root: Path, odd: str) -> list[str]:
    root.mkdir()
    paths = []
    for n, path in enumerate(GOLD_FILES[:4]):
        text = path.read_text(encoding="utf-8") + (f"\n{odd}" if n == 1 else "")
        (root / f"{n}.txt").write_text(text, encoding="utf-8")
        paths.append(str(root / f"{n}.txt"))
    return paths


def test_a_document_over_the_time_budget_gets_a_timeout_record_and_the_run_goes_on(tmp_path: Path, stand_in) -> None:
    inputs = corpus(tmp_path / "in", "HANG")
    summary = run(inputs, tmp_path / "o.jsonl", jobs=2, timeout=1)
    out = records(tmp_path / "o.jsonl")
    assert [r["source"] for r in out] == inputs
    assert out[1]["error"]["type"] == "timeout" and "--timeout" in out[1]["error"]["message"]
    assert (summary.extracted, summary.failed) == (3, 1)


def test_a_budget_applies_with_one_process_too(tmp_path: Path, stand_in) -> None:
    inputs = corpus(tmp_path / "in", "HANG")
    assert run(inputs, tmp_path / "o.jsonl", jobs=1, timeout=1).failed == 1


def test_a_worker_that_dies_gives_a_crash_record_and_the_run_goes_on(tmp_path: Path, stand_in) -> None:
    inputs = corpus(tmp_path / "in", "DIE")
    summary = run(inputs, tmp_path / "o.jsonl", jobs=2)
    out = records(tmp_path / "o.jsonl")
    assert [r["source"] for r in out] == inputs and out[1]["error"]["type"] == "crash"
    assert (summary.extracted, summary.failed) == (3, 1)


HANGING_BATCH = """
import os, sys, time, pathlib, extractor.rules
def extract_text(text, source=None):
    pathlib.Path({marks!r}, str(os.getpid())).touch()
    time.sleep(600)
extractor.rules.extract_text = extract_text
from extractor.cli import main
sys.exit(main({argv!r}))
"""


def start_hanging_batch(tmp_path: Path) -> tuple[subprocess.Popen, list[int]]:
    """A batch run whose two workers hang; returns it once both have started, with their pids."""
    marks = tmp_path / "marks"
    marks.mkdir()
    inputs = corpus(tmp_path / "in", "x")
    argv = [*inputs, "-o", str(tmp_path / "o.jsonl"), "-j", "2", "--backend", "rules"]
    script = textwrap.dedent(HANGING_BATCH).format(marks=str(marks), argv=argv)
    process = subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.PIPE, text=True)
    end = time.monotonic() + 60  # a guard for a busy machine, not a speed target
    while time.monotonic() < end and len(list(marks.iterdir())) < 2:
        time.sleep(0.05)
    return process, [int(p.name) for p in marks.iterdir()]


def gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] in "ZX"  # a zombie is dead
    except (FileNotFoundError, IndexError):
        return True


def wait_until_gone(pids: list[int], limit: float = 30.0) -> bool:
    """A hang guard, not a speed test: whether the processes are gone within `limit` seconds."""
    end = time.monotonic() + limit
    while time.monotonic() < end and not all(gone(pid) for pid in pids):
        time.sleep(0.05)
    return all(gone(pid) for pid in pids)


def test_ctrl_c_stops_a_batch_without_worker_tracebacks(tmp_path: Path) -> None:
    process, workers = start_hanging_batch(tmp_path)
    assert len(workers) == 2
    process.send_signal(signal.SIGINT)
    for pid in workers:  # a terminal sends Ctrl-C to the whole process group
        with contextlib.suppress(ProcessLookupError):  # the parent may have stopped it already
            os.kill(pid, signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "Traceback" not in err and "Process" not in err and "interrupted" in err
    assert wait_until_gone(workers)


def test_workers_die_with_a_killed_parent(tmp_path: Path) -> None:
    process, workers = start_hanging_batch(tmp_path)
    assert len(workers) == 2
    process.kill()
    process.wait(timeout=30)
    assert wait_until_gone(workers)


# --- what the command line prints --------------------------------------------------------------------------


def test_a_file_name_with_a_newline_or_escape_cannot_forge_summary_lines(tmp_path: Path, capsys) -> None:
    forged = tmp_path / "a\nerrors (9):\x1b[31m.txt"
    forged.write_bytes(b"")
    assert main([str(forged), str(GOLD_FILES[0]), "-o", str(tmp_path / "o.jsonl"), "--backend", "rules"]) == 0
    err = capsys.readouterr().err
    assert "\x1b" not in err and "a\\nerrors (9):\\x1b[31m.txt" in err
    assert [line for line in err.splitlines() if line.startswith("errors (")] == ["errors (1):"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-j", "abc"], "argument -j/--jobs: expected a whole number of at least 1, got 'abc'"),
        (["--timeout", "soon"], "argument --timeout: expected a number of seconds, got 'soon'"),
        (["--frobnicate"], "unrecognized arguments: --frobnicate"),
    ],
    ids=["jobs", "timeout", "unknown"],
)
def test_a_bad_argument_is_one_error_line_and_exit_2(argv: list[str], message: str, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([str(GOLD_FILES[0]), *argv])
    assert exit_.value.code == 2
    assert capsys.readouterr().err == f"error: {message} (see python -m extractor --help)\n"


def test_a_wrong_text_column_is_a_bad_argument(tmp_path: Path, capsys) -> None:
    table = tmp_path / "t.jsonl"
    table.write_text('{"body": "通报"}\n', encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main([str(table), "--text-column", "text"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and err.startswith("error: ") and "no column 'text'" in err and err.count("\n") == 1
