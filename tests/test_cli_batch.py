"""`python -m extractor PATH...`: one file as before, several inputs as a batch, every format."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import extractor
from extractor.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold" / "docs"
GOLD_FILES = sorted(GOLD.glob("*.txt"))
NOTICE = GOLD_FILES[0]
GOLD_ISSUES = sum(len(extractor.extract(path).issues) for path in GOLD_FILES)


def test_one_file_prints_the_contract_json_exactly_as_before(capsys) -> None:
    assert main([str(NOTICE), "--backend", "rules"]) == 0
    assert capsys.readouterr().out == extractor.extract(NOTICE).to_json(indent=2) + "\n"


def test_one_missing_file_is_one_error_line_and_exit_1(tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path / "missing.txt"), "--backend", "rules"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err == f"error: no such file: {tmp_path / 'missing.txt'}\n"


def test_one_scanned_pdf_is_one_error_line_and_exit_1(tmp_path: Path, capsys) -> None:
    from test_load_pdf import make_pdf

    (tmp_path / "scan.pdf").write_bytes(make_pdf([[]]))
    assert main([str(tmp_path / "scan.pdf"), "--backend", "rules"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: no text layer") and err.count("\n") == 1


def test_one_docx_file_is_extracted(tmp_path: Path, capsys) -> None:
    from test_load_docx import notice_docx

    (tmp_path / "n.docx").write_bytes(notice_docx(NOTICE.read_text(encoding="utf-8")))
    assert main([str(tmp_path / "n.docx"), "--backend", "rules"]) == 0
    assert len(json.loads(capsys.readouterr().out)["issues"]) == len(extractor.extract(NOTICE).issues)


def test_several_files_in_json_are_a_list_of_records_in_input_order(capsys) -> None:
    files = [str(GOLD_FILES[2]), str(GOLD_FILES[0])]
    assert main([*files, "--backend", "rules", "-q"]) == 0
    assert [r["source"] for r in json.loads(capsys.readouterr().out)] == files


def test_a_directory_in_jsonl_gives_one_line_per_notice(capsys) -> None:
    assert main([str(GOLD), "--format", "jsonl", "--backend", "rules", "-q"]) == 0
    assert [json.loads(line)["source"] for line in capsys.readouterr().out.splitlines()] == [str(p) for p in GOLD_FILES]


def test_a_glob_is_expanded(capsys) -> None:
    assert main([str(GOLD / "00[01]_*.txt"), "--format", "jsonl", "--backend", "rules", "-q"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_a_batch_prints_a_summary_on_stderr(tmp_path: Path, capsys) -> None:
    assert (
        main([str(GOLD), str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out.jsonl"), "--backend", "rules"]) == 0
    )
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("6 documents: 5 extracted, 1 failed")
    assert f"  {tmp_path / 'missing.txt'}: InputError: no such file: {tmp_path / 'missing.txt'}" in err


def test_a_rules_run_with_no_llm_configured_counts_no_fallback(tmp_path: Path, capsys, monkeypatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "EXTRACTOR_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no .env here
    assert main([str(GOLD), "-o", str(tmp_path / "out.jsonl"), "--backend", "auto"]) == 0
    err = capsys.readouterr().err
    assert "fallbacks: 5" not in err and "fallbacks: 1" not in err


def test_quiet_batch_prints_nothing_on_stderr(tmp_path: Path, capsys) -> None:
    assert main([str(GOLD), "-o", str(tmp_path / "out.jsonl"), "--backend", "rules", "-q"]) == 0
    assert capsys.readouterr().err == ""


def test_exit_status_is_1_only_when_every_input_failed(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main([str(NOTICE), str(tmp_path / "empty.txt"), "--backend", "rules", "-q"]) == 0
    assert main([str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"), "--backend", "rules", "-q"]) == 1


def test_a_rerun_with_the_same_output_skips_what_is_done(tmp_path: Path, capsys) -> None:
    arguments = [str(GOLD), "-o", str(tmp_path / "out.jsonl"), "--backend", "rules"]
    main(arguments)
    capsys.readouterr()
    assert main(arguments) == 0
    assert "0 extracted, 0 failed, 5 already done (skipped)" in capsys.readouterr().err


@pytest.mark.parametrize(
    "name, check",
    [
        ("ledger.xlsx", lambda p: __import__("openpyxl").load_workbook(p).sheetnames[0] == "整改台账"),
        ("issues.parquet", lambda p: len(__import__("pandas").read_parquet(p)) == GOLD_ISSUES),
        ("issues.csv", lambda p: p.read_bytes().startswith(b"\xef\xbb\xbfsource,")),
        ("review.html", lambda p: p.read_text(encoding="utf-8").count('<section class="doc') == 5),
        ("notices.md", lambda p: p.read_text(encoding="utf-8").count("\n---\n") == 4),
    ],
)
def test_the_output_suffix_chooses_the_format(tmp_path: Path, capsys, name: str, check) -> None:
    assert main([str(GOLD), "-o", str(tmp_path / name), "--backend", "rules", "-q"]) == 0
    assert check(tmp_path / name)
    assert not (tmp_path / f"{name}.partial.jsonl").exists()


def test_a_dataset_directory_output_loads_with_datasets(tmp_path: Path) -> None:
    import datasets

    assert main([str(GOLD), "--format", "dataset", "-o", str(tmp_path / "ds"), "--backend", "rules", "-q"]) == 0
    assert datasets.load_from_disk(str(tmp_path / "ds")).num_rows == GOLD_ISSUES


def test_a_dataset_format_without_an_output_is_an_argument_error(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([str(GOLD), "--format", "dataset"])
    assert exit_.value.code == 2 and "-o DIR" in capsys.readouterr().err


def test_a_jsonl_table_with_a_text_column_is_an_input(tmp_path: Path, capsys) -> None:
    table = tmp_path / "rows.jsonl"
    table.write_text(
        json.dumps({"key": 7, "body": NOTICE.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    assert (
        main(
            [str(table), "--text-column", "body", "--id-column", "key", "--format", "jsonl", "--backend", "rules", "-q"]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["source"] == f"{table}#7"


def test_one_file_html_is_a_review_page(capsys) -> None:
    assert main([str(NOTICE), "--format", "html", "--backend", "rules"]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>") and page.count('<tr data-issue="') == len(
        extractor.extract(NOTICE).issues
    )


def test_save_text_on_one_file_writes_the_text_and_keeps_the_json(tmp_path: Path, capsys) -> None:
    shutil.copy(NOTICE, tmp_path / "notice.txt")
    assert main([str(tmp_path / "notice.txt"), "--backend", "rules", "--save-text", str(tmp_path / "texts")]) == 0
    out, err = capsys.readouterr()
    assert out == extractor.extract(tmp_path / "notice.txt").to_json(indent=2) + "\n"
    (saved,) = (tmp_path / "texts").iterdir()
    assert saved.read_text(encoding="utf-8") == extractor.load.load_path(NOTICE) and str(saved) in err


def test_the_single_file_cli_imports_no_heavy_libraries() -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "extractor", str(NOTICE), "--backend", "rules"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    imported = {line.split("|")[-1].strip().split(".")[0] for line in result.stderr.splitlines() if "|" in line}
    heavy = {
        "datasets",
        "openai",
        "instructor",
        "openpyxl",
        "pyarrow",
        "docx",
        "bs4",
        "lxml",
        "pypdf",
        "pandas",
        "multiprocessing",
        "concurrent",
        "ray",
    }
    assert imported & heavy == set()
