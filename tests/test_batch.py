"""Batch runs: one record per input in input order, written as it goes, resumable, failures recorded."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import threading
import time
from pathlib import Path

import pytest
from fakes.fixtures import fake, llm_env  # noqa: F401 - pytest fixtures

import extractor
import extractor.api
from extractor.batch import Config, Failure, Progress, Run
from extractor.load.inputs import collect
from extractor.models import Extraction

GOLD = Path(__file__).resolve().parent.parent / "gold" / "docs"
GOLD_FILES = sorted(GOLD.glob("*.txt"))


def corpus(root: Path) -> list[str]:
    """Two gold notices, an empty file, a broken PDF and a missing file, in that (input) order."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(GOLD_FILES[0], root / "a.txt")
    shutil.copy(GOLD_FILES[1], root / "b.txt")
    (root / "c_empty.txt").write_bytes(b"")
    (root / "d_broken.pdf").write_bytes(b"%PDF-1.4 not really")
    return [str(root / name) for name in ("a.txt", "b.txt", "c_empty.txt", "d_broken.pdf", "e_missing.txt")]


def run(inputs: list[str], output: Path | None = None, *, fmt: str = "jsonl", **settings) -> tuple:
    stdout, stderr = io.StringIO(), io.StringIO()
    settings.setdefault("config", Config(backend="rules"))
    summary = Run(
        collect(inputs),
        fmt=fmt,
        output=str(output) if output else None,
        stdout=stdout,
        stderr=stderr,
        progress=False,
        **settings,
    ).run()
    return summary, stdout.getvalue()


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_one_record_per_input_in_input_order(tmp_path: Path) -> None:
    inputs = corpus(tmp_path / "in")
    run(inputs, tmp_path / "out.jsonl")
    assert [r["source"] for r in records(tmp_path / "out.jsonl")] == inputs


def test_a_document_record_is_the_extraction_contract_plus_its_input_hash(tmp_path: Path) -> None:
    inputs = corpus(tmp_path / "in")
    run(inputs, tmp_path / "out.jsonl")
    line = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()[0]
    record = Extraction.model_validate_json(line)
    expected = extractor.extract(Path(inputs[0]))
    assert record.issues == expected.issues and record.report == expected.report
    assert record.meta["input"]["sha256"] == hashlib.sha256(Path(inputs[0]).read_bytes()).hexdigest()
    assert record.meta["input"]["format"] == "text"


def test_a_failed_input_gives_an_error_record_and_the_run_goes_on(tmp_path: Path) -> None:
    inputs = corpus(tmp_path / "in")
    summary, _ = run(inputs, tmp_path / "out.jsonl")
    failures = [Failure.model_validate(r) for r in records(tmp_path / "out.jsonl") if "error" in r]
    assert [(f.source, f.error_type) for f in failures] == [(p, "InputError") for p in inputs[2:]]
    assert "empty input" in failures[0].message and "no such file" in failures[2].message
    assert (summary.extracted, summary.failed) == (2, 3)


def test_records_stream_to_stdout_when_there_is_no_output_file(tmp_path: Path) -> None:
    inputs = corpus(tmp_path / "in")
    _, stdout = run(inputs)
    assert [json.loads(line)["source"] for line in stdout.splitlines()] == inputs


def test_a_rerun_skips_inputs_already_done(tmp_path: Path) -> None:
    inputs = corpus(tmp_path / "in")
    run(inputs[:2], tmp_path / "out.jsonl")
    before = (tmp_path / "out.jsonl").read_bytes()
    summary, _ = run(inputs[:2], tmp_path / "out.jsonl")
    assert (summary.skipped, summary.extracted) == (2, 0)
    assert (tmp_path / "out.jsonl").read_bytes() == before


def test_a_rerun_with_more_inputs_extracts_only_the_new_ones_and_keeps_input_order(tmp_path: Path) -> None:
    inputs = corpus(tmp_path / "in")
    run([inputs[1]], tmp_path / "out.jsonl")
    summary, _ = run(inputs[:2], tmp_path / "out.jsonl")
    assert (summary.skipped, summary.extracted) == (1, 1)
    assert [r["source"] for r in records(tmp_path / "out.jsonl")] == inputs[:2]


def test_a_changed_file_is_extracted_again(tmp_path: Path) -> None:
    inputs = corpus(tmp_path / "in")
    run(inputs[:1], tmp_path / "out.jsonl")
    shutil.copy(GOLD_FILES[2], inputs[0])
    summary, _ = run(inputs[:1], tmp_path / "out.jsonl")
    assert (summary.skipped, summary.extracted) == (0, 1)
    (record,) = records(tmp_path / "out.jsonl")
    assert record["meta"]["input"]["sha256"] == hashlib.sha256(GOLD_FILES[2].read_bytes()).hexdigest()


def test_failed_inputs_are_tried_again_on_a_rerun(tmp_path: Path) -> None:
    inputs = corpus(tmp_path / "in")
    run(inputs[2:3], tmp_path / "out.jsonl")
    Path(inputs[2]).write_bytes(GOLD_FILES[3].read_bytes())
    summary, _ = run(inputs[2:3], tmp_path / "out.jsonl")
    assert (summary.extracted, summary.failed) == (1, 0)
    assert ["error" in r for r in records(tmp_path / "out.jsonl")] == [False]


def test_a_record_cut_short_by_a_crash_is_done_again(tmp_path: Path) -> None:
    inputs = corpus(tmp_path / "in")
    run(inputs[:2], tmp_path / "out.jsonl")
    data = (tmp_path / "out.jsonl").read_bytes()
    (tmp_path / "out.jsonl").write_bytes(data[: len(data) - 500])  # the second record loses its end
    summary, _ = run(inputs[:2], tmp_path / "out.jsonl")
    assert (summary.skipped, summary.extracted) == (1, 1)
    assert [r["source"] for r in records(tmp_path / "out.jsonl")] == inputs[:2]


def test_records_of_other_inputs_already_in_the_output_are_kept(tmp_path: Path) -> None:
    inputs = corpus(tmp_path / "in")
    run([inputs[0]], tmp_path / "out.jsonl")
    run([inputs[1]], tmp_path / "out.jsonl")
    assert [r["source"] for r in records(tmp_path / "out.jsonl")] == [inputs[1], inputs[0]]


def test_a_non_jsonl_output_resumes_from_its_partial_journal(tmp_path: Path) -> None:
    inputs = corpus(tmp_path / "in")
    partial = tmp_path / "ledger.xlsx.partial.jsonl"
    run(inputs[:1], partial)  # what an interrupted run leaves behind
    summary, _ = run(inputs[:2], tmp_path / "ledger.xlsx", fmt="xlsx")
    assert (summary.skipped, summary.extracted) == (1, 1)
    assert not partial.exists()
    import openpyxl

    sheet = openpyxl.load_workbook(tmp_path / "ledger.xlsx")["通报"]
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == inputs[:2]


def test_parallel_processes_give_the_same_records_as_one_process(tmp_path: Path) -> None:
    inputs = [str(p) for p in GOLD_FILES] * 2 + corpus(tmp_path / "in")
    run(inputs, tmp_path / "one.jsonl", jobs=1)
    run(inputs, tmp_path / "two.jsonl", jobs=2)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_table_rows_are_extracted_like_files(tmp_path: Path) -> None:
    table = tmp_path / "texts.jsonl"
    table.write_text(
        json.dumps({"id": "n1", "text": GOLD_FILES[0].read_text(encoding="utf-8")}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    run([str(table)], tmp_path / "out.jsonl")
    (record,) = records(tmp_path / "out.jsonl")
    assert record["source"] == f"{table}#n1"
    assert len(record["issues"]) == len(extractor.extract(GOLD_FILES[0]).issues)


def test_save_text_writes_the_text_the_spans_index(tmp_path: Path) -> None:
    from test_load_docx import notice_docx

    notice = tmp_path / "notice.docx"
    notice.write_bytes(notice_docx(GOLD_FILES[0].read_text(encoding="utf-8"), table_after=2))
    run([str(notice)], tmp_path / "out.jsonl", config=Config(backend="rules", save_text=str(tmp_path / "texts")))
    (record,) = records(tmp_path / "out.jsonl")
    text = Path(record["meta"]["input"]["text_path"]).read_text(encoding="utf-8")
    assert Path(record["meta"]["input"]["text_path"]).parent == tmp_path / "texts"
    for issue in record["issues"]:
        assert issue["problem"] in text[issue["span"][0] : issue["span"][1]]


# --- the LLM path: threads, bounded concurrency (extractor.api.extract stands in for the LLM) ----------


@pytest.fixture()
def slow_llm(monkeypatch):
    """A fake `extract_text` for backend="llm": sleeps a little, records how many calls overlap."""
    state = {"now": 0, "most": 0, "calls": 0}
    lock = threading.Lock()
    real = extractor.api.extract_text

    def fake(text, backend="rules", *, source=None, prompt=None, model=None, no_cache=False):
        with lock:
            state["now"] += 1
            state["calls"] += 1
            state["most"] = max(state["most"], state["now"])
        try:
            time.sleep(0.02 if not source.endswith("a.txt") else 0.1)  # the first input finishes last
            result = real(text, backend="rules", source=source)
            result.meta["backend"] = "rules" if source.endswith("b.txt") else "llm"  # b.txt fell back
            return result
        finally:
            with lock:
                state["now"] -= 1

    monkeypatch.setattr(extractor.api, "extract_text", fake)
    return state


def test_llm_documents_run_in_threads_never_more_than_the_concurrency_bound(tmp_path: Path, slow_llm) -> None:
    inputs = [str(p) for p in GOLD_FILES] * 4
    summary, _ = run(inputs, tmp_path / "out.jsonl", config=Config(backend="llm"), concurrency=3)
    assert slow_llm["calls"] == len(inputs) and summary.extracted == len(inputs)
    assert 1 <= slow_llm["most"] <= 3


def test_llm_records_are_written_in_input_order_even_when_they_finish_out_of_order(tmp_path: Path, slow_llm) -> None:
    inputs = corpus(tmp_path / "in")[:2] + [str(p) for p in GOLD_FILES]
    run(inputs, tmp_path / "out.jsonl", config=Config(backend="llm"), concurrency=4)
    assert [r["source"] for r in records(tmp_path / "out.jsonl")] == inputs


def test_documents_the_llm_backend_handed_to_rules_are_counted_as_fallbacks(tmp_path: Path, slow_llm) -> None:
    summary, _ = run(corpus(tmp_path / "in")[:2], tmp_path / "out.jsonl", config=Config(backend="llm"))
    assert summary.fallbacks == 1 and "fallbacks: 1" in "\n".join(summary.lines())


def test_an_unexpected_exception_in_one_document_is_an_error_record(tmp_path: Path, monkeypatch) -> None:
    def broken(text, backend="rules", **kwargs):
        raise RuntimeError("model returned nonsense")

    monkeypatch.setattr(extractor.api, "extract_text", broken)
    summary, _ = run(corpus(tmp_path / "in")[:1], tmp_path / "out.jsonl", config=Config(backend="llm"))
    (record,) = records(tmp_path / "out.jsonl")
    assert record["error"] == {"type": "RuntimeError", "message": "unexpected error: model returned nonsense"}
    assert summary.all_failed


# --- the LLM path against the fake endpoint: every document in flight shares one request limit --------


def test_llm_documents_in_flight_default_to_twice_the_request_limit(tmp_path: Path, slow_llm, monkeypatch) -> None:
    from extractor.batch import executors as batch

    monkeypatch.setenv("EXTRACTOR_DOTENV", "")  # never read a developer's .env
    monkeypatch.setenv("EXTRACTOR_CONCURRENCY", "3")
    assert batch.llm_documents_in_flight() == 6
    widths = []
    real = batch.ThreadPoolExecutor

    def spy(max_workers=None, **kwargs):
        widths.append(max_workers)
        return real(max_workers=max_workers, **kwargs)

    monkeypatch.setattr(batch, "ThreadPoolExecutor", spy)
    summary, _ = run([str(p) for p in GOLD_FILES] * 3, tmp_path / "out.jsonl", config=Config(backend="llm"))
    assert widths == [6] and summary.extracted == 3 * len(GOLD_FILES)
    assert 1 <= slow_llm["most"] <= 6


def test_llm_batch_never_has_more_requests_in_flight_than_the_limit(tmp_path: Path, fake, llm_env, monkeypatch) -> None:
    from fakes.gold_answers import gold_router

    from extractor.llm.limiter import REQUESTS

    monkeypatch.setenv("EXTRACTOR_CONCURRENCY", "2")
    monkeypatch.setenv("EXTRACTOR_PART_TOKENS", "3000")  # 3-5 parts per notice, 4 notices in flight
    fake.latency = 0.05
    fake.responder = gold_router()
    REQUESTS.reset_peak()
    inputs = [str(p) for p in GOLD_FILES]
    summary, _ = run(inputs, tmp_path / "out.jsonl", config=Config(backend="llm", no_cache=True))
    assert summary.extracted == len(inputs) and summary.fallbacks == 0
    metas = [r["meta"] for r in records(tmp_path / "out.jsonl")]
    assert all(m["backend"] == "llm" and m["fallbacks"] == 0 for m in metas)
    assert sum(m["calls"] for m in metas) == len(fake.requests) > 2 * len(inputs)
    assert fake.max_in_flight <= 2 and REQUESTS.peak <= 2


# --- progress and summary ------------------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_silent_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    stderr = io.StringIO()
    Run(
        collect(corpus(tmp_path / "in")),
        output=str(tmp_path / "o.jsonl"),
        config=Config(backend="rules"),
        stderr=stderr,
    ).run()
    assert stderr.getvalue() == ""


def test_progress_on_a_terminal_shows_files_issues_errors_and_rate(tmp_path: Path) -> None:
    terminal = Terminal()
    Run(
        collect(corpus(tmp_path / "in")),
        output=str(tmp_path / "o.jsonl"),
        config=Config(backend="rules"),
        stderr=terminal,
    ).run()
    last = terminal.getvalue().split("\r")[-2]
    assert "5/5 files" in last and "issues" in last and "3 errors" in last and "docs/s" in last


def test_progress_counts_what_it_is_told() -> None:
    from extractor.batch import Outcome

    terminal = Terminal()
    progress = Progress(2, terminal)
    progress.update(Outcome(0, "a", b"{}", True, issues=7))
    progress.update(Outcome(1, "b", b"{}", False, error="InputError: x"))
    assert "2/2 files · 7 issues · 1 errors" in terminal.getvalue()


def test_the_summary_has_documents_issues_by_status_fallbacks_and_one_line_per_error(tmp_path: Path) -> None:
    inputs = corpus(tmp_path / "in")
    summary, _ = run(inputs, tmp_path / "out.jsonl")
    lines = summary.lines()
    assert lines[0].startswith("5 documents: 2 extracted, 3 failed")
    assert lines[1].startswith(f"issues: {summary.issues} (completed ")
    assert any(line.startswith("fallbacks: 0") for line in lines)
    errors = [line for line in lines if line.startswith("  ")]
    assert [line.split(": ", 1)[0].strip() for line in errors] == inputs[2:]


def test_the_run_fails_only_when_every_input_failed(tmp_path: Path) -> None:
    inputs = corpus(tmp_path / "in")
    assert not run(inputs, tmp_path / "some.jsonl")[0].all_failed
    assert run(inputs[2:], tmp_path / "none.jsonl")[0].all_failed
