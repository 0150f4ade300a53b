"""Specification of `python -m eval` (eval/cli.py) and of the gold loader (eval/load.py).

The gold directory is a two-document fixture written into tmp_path, so these tests do not
depend on the real gold set.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

import datasets
import pytest

from eval.cli import main
from eval.load import GoldError, load_gold, load_gold_dataset
from extractor.models import Extraction, Issue, Report

DOCS = {
    "a": (
        "关于巡察整改情况的通报\n1.会议记录不规范的整改情况。已完成。\n2.财务报销审核不严的整改情况。整改中。\n",
        ["会议记录不规范", "财务报销审核不严"],
    ),
    "b": ("关于巡察整改情况的通报\n1.干部培训不足。已完成。\n2.下一步工作打算。\n", ["干部培训不足"]),
}


def write_gold(root: Path) -> Path:
    gold = root / "gold"
    (gold / "docs").mkdir(parents=True)
    for stem, (text, problems) in DOCS.items():
        (gold / "docs" / f"{stem}.txt").write_text(text, encoding="utf-8")
        extraction = Extraction(
            source=f"docs/{stem}.txt",
            report=Report(title="关于巡察整改情况的通报"),
            issues=[Issue(id=str(i), path=[str(i)], problem=p, status="completed") for i, p in enumerate(problems, 1)],
        )
        (gold / f"{stem}.json").write_text(extraction.to_json(), encoding="utf-8")
    return gold


@pytest.fixture
def gold_dir(tmp_path):
    return write_gold(tmp_path)


def test_gold_loads_as_a_dataset_of_stem_text_and_json(gold_dir):
    ds = load_gold_dataset(gold_dir)
    assert ds.column_names == ["stem", "text", "gold_json"]
    assert ds["stem"] == ["a", "b"]
    assert [len(d.gold.issues) for d in load_gold(gold_dir)] == [2, 1]


def test_invalid_gold_file_is_a_one_line_gold_error(gold_dir):
    (gold_dir / "a.json").write_text('{"issues": [{"id": "1", "problem": "  "}]}', encoding="utf-8")
    with pytest.raises(GoldError, match=r"a\.json") as info:
        load_gold(gold_dir)
    assert "\n" not in str(info.value)


def test_gold_file_without_its_document_is_a_gold_error(gold_dir):
    (gold_dir / "docs" / "b.txt").unlink()
    with pytest.raises(GoldError, match="b.txt"):
        load_gold(gold_dir)


def test_baseline_run_prints_the_table_and_writes_the_run_folder(gold_dir, tmp_path, capsys):
    runs = tmp_path / "runs"
    assert main(["--gold", str(gold_dir), "--systems", "baseline", "--runs-dir", str(runs), "--resamples", "50"]) == 0
    out = capsys.readouterr().out
    assert "baseline" in out and "F1" in out

    (run_dir,) = runs.iterdir()
    summary = json.loads((run_dir / "summary.json").read_text(encoding="utf-8"))
    (system,) = summary["systems"]
    # a: both numbered lines match; b: 干部培训不足 matches, 下一步工作打算 is hallucinated
    assert system["name"] == "baseline"
    assert system["metrics"]["issues"]["precision"] == pytest.approx(3 / 4)
    assert system["metrics"]["issues"]["recall"] == 1.0
    assert system["metrics"]["issues"]["f1"] == pytest.approx(6 / 7)
    assert "| baseline |" in (run_dir / "summary.md").read_text(encoding="utf-8")

    pairs = datasets.load_from_disk(str(run_dir / "pairs"))
    assert sorted(pairs["match"]) == ["hallucinated", "matched", "matched", "matched"]
    assert {"system", "doc", "gold_problem", "pred_problem", "gold_path", "similarity"} <= set(pairs.column_names)


def test_verbose_run_adds_a_per_document_breakdown(gold_dir, tmp_path, capsys):
    main(
        ["--gold", str(gold_dir), "--systems", "baseline", "--runs-dir", str(tmp_path / "r"), "--resamples", "10", "-v"]
    )
    assert "per document — baseline" in capsys.readouterr().out


def test_skipped_system_is_listed_with_its_reason(gold_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("EXTRACTOR_DOTENV", "")
    args = [
        "--gold",
        str(gold_dir),
        "--systems",
        "baseline",
        "llm:v1",
        "--runs-dir",
        str(tmp_path / "r"),
        "--resamples",
        "10",
    ]
    assert main(args) == 0
    assert re.search(r"^llm:v1 +skipped: no LLM configured", capsys.readouterr().out, re.M)


def test_bad_gold_dir_prints_one_line_and_exits_2(tmp_path, capsys):
    assert main(["--gold", str(tmp_path / "missing"), "--runs-dir", str(tmp_path / "r")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
    assert not (tmp_path / "r").exists()


def test_gold_dir_without_gold_files_exits_2(tmp_path, capsys):
    assert main(["--gold", str(tmp_path), "--runs-dir", str(tmp_path / "r")]) == 2
    assert "no gold files" in capsys.readouterr().err


def test_unknown_system_prints_one_line_and_exits_2(gold_dir, capsys):
    assert main(["--gold", str(gold_dir), "--systems", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope" in err


def test_module_entry_point_exits_2_without_traceback(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "eval", "--gold", str(tmp_path / "missing")],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [f"error: gold directory not found: {tmp_path / 'missing'}"]


def test_run_where_every_system_is_skipped_still_writes_an_empty_pairs_dataset(gold_dir, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "extractor.llm", None)
    runs = tmp_path / "runs"
    assert main(["--gold", str(gold_dir), "--systems", "llm:v1", "--runs-dir", str(runs)]) == 0
    (run_dir,) = runs.iterdir()
    assert datasets.load_from_disk(str(run_dir / "pairs")).num_rows == 0
    assert json.loads((run_dir / "summary.json").read_text(encoding="utf-8"))["systems"][0]["skipped"]


def test_a_labelled_opening_leaves_unscored_the_report_fields_its_label_does_not_carry(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "o01.txt").write_text("市委第一巡察组对县水利局党组进行了巡察。", encoding="utf-8")
    report = {"issuer": None, "inspection_kind": None, "phones": [], "emails": []}
    label = {"doc": "o01.txt", "report": report, "issues": [], "truncated": True}
    (tmp_path / "o01.json").write_text(json.dumps(label, ensure_ascii=False), encoding="utf-8")
    unlabelled = set(load_gold(tmp_path)[0].gold.meta["unlabelled"])
    assert {"declared_status_counts", "contacts.address", "contacts.postcode", "title"} <= unlabelled
    assert not unlabelled & {"issuer", "inspection_kind", "contacts.phones", "contacts.emails"}
