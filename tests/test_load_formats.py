"""`load_path` is the one door for every format: chosen by content when it is unambiguous, else by suffix."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import extractor
from extractor.errors import InputError
from extractor.load import detect_format, load_bytes, load_path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold" / "docs"
NOTICE = GOLD / "000_25518d0931de2d4e.txt"


def test_plain_text_loads_as_its_decoded_bytes() -> None:
    from extractor.load.text import decode

    assert load_path(NOTICE) == decode(NOTICE.read_bytes())


def test_a_pdf_saved_under_a_txt_name_is_read_as_pdf() -> None:
    from test_load_pdf import make_pdf

    assert detect_format(make_pdf([["notice"]]), "notice.txt") == "pdf"


def test_a_docx_saved_without_a_suffix_is_read_as_docx(tmp_path: Path) -> None:
    from test_load_docx import notice_docx

    path = tmp_path / "download"
    path.write_bytes(notice_docx("关于巡察整改情况的通报\n一、整改情况"))
    assert load_path(path) == "关于巡察整改情况的通报\n一、整改情况"


@pytest.mark.parametrize(
    "name, advice",
    [
        ("notice.doc", r"\.doc.*save it as \.docx"),
        ("notice.wps", r"save it as \.docx"),
        ("scan.jpg", "images are not supported.*OCR"),
        ("notices.zip", "unpack it first"),
    ],
)
def test_unsupported_file_types_are_refused_with_advice(name: str, advice: str) -> None:
    with pytest.raises(InputError, match=advice):
        load_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)), name)


def test_an_old_word_document_is_refused_whatever_its_suffix() -> None:
    with pytest.raises(InputError, match="old Office"):
        load_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "notice.bin")


def test_an_unknown_suffix_is_read_as_text() -> None:
    assert load_bytes("一、整改情况\n已完成。".encode("gb18030"), "notice.dat") == "一、整改情况\n已完成。"


def test_missing_file_error_is_unchanged(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_path(tmp_path / "missing.docx")


def test_extract_reads_any_supported_format_through_load_path(tmp_path: Path) -> None:
    from test_load_docx import notice_docx

    path = tmp_path / "notice.docx"
    path.write_bytes(notice_docx(load_path(NOTICE)))
    result = extractor.extract(path)
    assert result.source == str(path)
    assert len(result.issues) == len(extractor.extract(NOTICE).issues)


def test_reading_plain_text_imports_no_document_libraries() -> None:
    code = (
        "import sys, extractor\n"
        f"extractor.extract({str(NOTICE)!r})\n"
        "heavy = {'docx', 'bs4', 'lxml', 'pypdf', 'openpyxl', 'pyarrow', 'datasets', 'openai', 'instructor'}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"


def test_question_marks_a_page_left_for_its_spaces_are_read_as_spaces() -> None:
    # (gold_real25/ab06: a mirror garbled the no-break spaces around a table's cells, a line each, to "?".)
    text = "一览表\n?\n?序号\n?\n? ? ?受理编号\n?\n? 行政区域\n?\n? 1\n?\n"
    assert load_bytes(text.encode(), "t.txt") == "一览表\n \n 序号\n \n     受理编号\n \n  行政区域\n \n  1\n \n"


def test_a_notice_s_own_question_marks_stay() -> None:
    text = "一、存在问题\n?\n（一）是否按期完成?\n整改情况：已完成。\n"
    assert load_bytes(text.encode(), "t.txt") == text
