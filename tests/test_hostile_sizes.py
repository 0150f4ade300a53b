"""Issue 9, item 5: content that expands past the size limit is refused with one error naming the limit
and how to raise it, before it is inflated."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from test_load_docx import notice_docx
from test_load_pdf import make_pdf

from extractor.errors import InputError
from extractor.load import load_bytes, read_bytes

ROOT = Path(__file__).resolve().parent.parent
NOTICE = sorted((ROOT / "gold" / "docs").glob("*.txt"))[0]
RAISE_IT = "raise it with --max-input-mb N or EXTRACTOR_MAX_INPUT_MB=N"


def docx_bomb(megabytes: int) -> bytes:
    """A real .docx whose document.xml is padded with `megabytes` MB of empty paragraphs (compresses ~1000:1)."""
    source = zipfile.ZipFile(io.BytesIO(notice_docx("一、问题\n整改情况：已完成。")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                padding = b"<w:p/>" * (megabytes * 1_000_000 // 6)
                data = data.replace(b"<w:body>", b"<w:body>" + padding, 1)
            bomb.writestr(info.filename, data)
    return out.getvalue()


def test_a_docx_that_expands_past_the_limit_is_refused_before_it_is_read() -> None:
    bomb = docx_bomb(3)
    assert len(bomb) < 100_000
    with pytest.raises(InputError) as caught:
        load_bytes(bomb, "bomb.docx", limit_mb=2)
    assert str(caught.value).startswith("too large: the .docx uncompressed is ")
    assert "over the 2 MB limit" in str(caught.value)
    assert RAISE_IT in str(caught.value)


def test_a_docx_under_the_limit_still_loads() -> None:
    assert "已完成" in load_bytes(docx_bomb(1), "ok.docx", limit_mb=2)


def test_the_limit_comes_from_the_environment_when_not_given(monkeypatch) -> None:
    monkeypatch.setenv("EXTRACTOR_MAX_INPUT_MB", "0.5")
    with pytest.raises(InputError, match="over the 0.5 MB limit"):
        load_bytes(docx_bomb(1), "bomb.docx")


def test_a_pdf_whose_text_passes_the_limit_is_refused() -> None:
    from extractor.load.pdf import pdf_text

    pdf = make_pdf([["x" * 80] * 60] * 40)  # 40 pages of 4.8 KB text
    with pytest.raises(InputError, match=r"too large: the PDF's text .* over the 0.1 MB limit"):
        pdf_text(pdf, limit=100_000)


def test_an_html_or_text_file_over_the_limit_is_refused_without_reading_all_of_it(tmp_path: Path) -> None:
    page = tmp_path / "big.html"
    page.write_bytes(b"<html><body>" + b"<p>x</p>" * 200_000 + b"</body></html>")
    with pytest.raises(InputError, match=r"too large: the file .* over the 1 MB limit"):
        read_bytes(page, limit_mb=1)


def test_an_endless_device_is_refused_at_the_limit() -> None:
    with pytest.raises(InputError, match="over the 1 MB limit"):
        read_bytes("/dev/zero", limit_mb=1)


def test_the_command_line_reports_a_zip_bomb_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "bomb.docx").write_bytes(docx_bomb(3))
    done = subprocess.run(
        [sys.executable, "-m", "extractor", str(tmp_path / "bomb.docx"), "--max-input-mb", "2"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("error: too large:") and done.stderr.count("\n") == 1
