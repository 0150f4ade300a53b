"""`python -m extractor FILE` as a user runs it: one clear line and a non-zero exit for bad input,
never a traceback; JSON, JSONL and Markdown for good input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DOC = Path("gold/docs/002_f8e588f7094716c5.txt")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EXTRACTOR_DOTENV": "", "OPENAI_API_KEY": ""}
    return subprocess.run(
        [sys.executable, "-m", "extractor", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary input"),
        (b"\x81\x30\xff\xfe\x81\x81\xfa" * 20, "undecodable input"),
    ],
    ids=["empty", "binary", "undecodable"],
)
def test_bad_input_is_one_error_line_and_exit_1(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes(content)
    result = run(str(path))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"error: {message}") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_a_missing_file_is_one_error_line_and_exit_1(tmp_path: Path) -> None:
    result = run(str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"error: no such file: {tmp_path / 'nope.txt'}"


def test_text_that_is_not_a_notice_gives_zero_issues_a_warning_and_exit_0(tmp_path: Path) -> None:
    path = tmp_path / "diary.txt"
    path.write_text("今天天气很好，我们去公园散步。", encoding="gb18030")
    result = run(str(path))
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["issues"] == [] and data["warnings"]


def test_json_output_is_the_contract_with_chinese_unescaped() -> None:
    result = run(str(DOC), "--backend", "rules")
    assert result.returncode == 0
    assert "该项已办结" in result.stdout
    data = json.loads(result.stdout)
    assert len(data["issues"]) == 28 and data["report"]["inspection_team"] == "许昌市委第三巡察组"


def test_jsonl_output_is_one_line() -> None:
    result = run(str(DOC), "--format", "jsonl")
    assert result.stdout.count("\n") == 1 and json.loads(result.stdout)["source"] == str(DOC)


def test_markdown_output_is_a_table_with_one_row_per_issue() -> None:
    rows = [
        line
        for line in run(str(DOC), "--format", "md").stdout.splitlines()
        if line.startswith("| ") and line[2].isdigit()
    ]
    assert len(rows) == 28


def test_output_file_receives_the_json(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert run(str(DOC), "-o", str(out)).returncode == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["issues"]) == 28


def test_an_unknown_option_is_an_argument_error_with_exit_2() -> None:
    result = run(str(DOC), "--format", "yaml")
    assert result.returncode == 2 and "Traceback" not in result.stderr
