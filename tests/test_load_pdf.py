"""PDF notices: the text layer is the text; scans, password-protected and broken files are clear errors.

No PDF writer is installed, so `make_pdf` writes minimal valid PDFs by hand: Helvetica for Latin
text, or the standard Adobe CJK font STSong-Light with the predefined UniGB-UTF16-H encoding for
Chinese (no font embedded; the text layer is what matters here).
"""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

import pytest

import extractor
from extractor.errors import InputError
from extractor.load import load_bytes, load_path

GOLD = Path(__file__).resolve().parent.parent / "gold" / "docs"


def make_pdf(pages: list[list[str]], *, cjk: bool = False) -> bytes:
    """A minimal valid PDF whose pages hold these lines (top to bottom) in a text layer; [] is a blank page."""
    if cjk:
        font = (
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H "
            "/DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 >>] >>"
        )

        def encode(line: str) -> str:
            return "<" + line.encode("utf-16-be").hex().upper() + ">"
    else:
        font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"

        def encode(line: str) -> str:
            return "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", font.encode("latin-1")]
    kids = []
    for lines in pages:
        operators = ["BT", "/F1 10 Tf", "12 TL", "40 800 Td", *(f"{encode(line)} Tj T*" for line in lines), "ET"]
        stream = "\n".join(operators).encode("latin-1") if lines else b""
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {len(objects)} 0 R >>".encode()
        )
        kids.append(len(objects))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def encrypt(pdf: bytes, user_password: str, owner_password: str = "owner") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def typeset(text: str, width: int = 38, lines_per_page: int = 50) -> list[list[str]]:
    """A notice as a typesetter lays it out: paragraphs wrapped at the margin, pages numbered at the foot."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if paragraph.strip():
            lines += textwrap.wrap(paragraph, width)
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    return [page + [f"- {number} -"] for number, page in enumerate(pages, 1)]


def test_pdf_text_layer_is_the_text() -> None:
    assert load_bytes(make_pdf([["Rectification notice (draft)", "Issue 1: late reports"]]), "n.pdf") == (
        "Rectification notice (draft)\nIssue 1: late reports"
    )


def test_pdf_pages_are_joined_in_order() -> None:
    text = load_bytes(make_pdf([["first page"], ["second page"]]), "n.pdf")
    assert text.index("first page") < text.index("second page")


def test_pdf_page_number_lines_are_dropped() -> None:
    text = load_bytes(make_pdf([["Notice body", "- 1 -"], ["More body", "2"]]), "n.pdf")
    assert text == "Notice body\nMore body"


def test_chinese_pdf_of_a_gold_notice_wrapped_across_lines_and_pages_gives_the_same_issues(tmp_path: Path) -> None:
    original = load_path(GOLD / "003_a20466f7e021ca68.txt")
    path = tmp_path / "notice.pdf"
    path.write_bytes(make_pdf(typeset(original), cjk=True))
    from_text = extractor.extract(original)
    from_pdf = extractor.extract(path)
    assert len(from_pdf.issues) == len(from_text.issues)
    assert [i.status for i in from_pdf.issues] == [i.status for i in from_text.issues]


def test_wrapped_pdf_lines_are_joined_back_into_paragraphs() -> None:
    paragraph = "根据区委统一部署，区委第三巡察组对我局开展了常规巡察，" * 4 + "现将整改情况予以公布。"
    text = load_bytes(make_pdf(typeset("一、关于整改\n" + paragraph, width=30), cjk=True), "n.pdf")
    assert text.split("\n") == ["一、关于整改", paragraph]


@pytest.mark.parametrize("at_margin", ["“4+2”", "村（社区）"], ids=["quote", "bracket"])
def test_a_line_ending_in_a_closing_quote_or_bracket_at_the_margin_runs_on(at_margin: str) -> None:
    """The margin falls inside a sentence; the line is joined to the next with nothing between them."""
    lead = "根据区委统一部署，区委第三巡察组对我局开展了常规巡察，"
    paragraph = lead + "整改工作执行" + at_margin + "程序，对合同执行缺少监管，现将整改情况予以公布。"
    width = len(lead) + len("整改工作执行" + at_margin)  # the quote or bracket closes the first line
    before = ("区委第三巡察组对我局开展了常规巡察" * 9)[: 2 * width] + "。"  # two lines at the margin, and one
    page = [before[:width], before[width : 2 * width], before[2 * width :], paragraph[:width], paragraph[width:]]
    assert load_bytes(make_pdf([[*page, "- 1 -"]], cjk=True), "n.pdf").split("\n") == [before, paragraph]


def test_spans_of_a_pdf_notice_index_the_loaded_text(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    path.write_bytes(make_pdf(typeset(load_path(GOLD / "003_a20466f7e021ca68.txt")), cjk=True))
    text = load_path(path)
    issues = extractor.extract(path).issues
    assert issues  # the loop below checks nothing when the PDF yields no issue
    for issue in issues:
        assert issue.problem in text[issue.span[0] : issue.span[1]]


def test_scanned_pdf_without_a_text_layer_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="no text layer.*OCR"):
        load_bytes(make_pdf([[], []]), "scan.pdf")


def test_password_protected_pdf_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="encrypted PDF.*password"):
        load_bytes(encrypt(make_pdf([["secret notice"]]), user_password="s3cret"), "locked.pdf")


def test_pdf_with_only_an_owner_password_opens() -> None:
    assert (
        load_bytes(encrypt(make_pdf([["restricted notice"]]), user_password=""), "restricted.pdf")
        == "restricted notice"
    )


def test_broken_pdf_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="not a readable PDF"):
        load_bytes(b"%PDF-1.4\nthis is not really a pdf\n", "broken.pdf")


def test_file_named_pdf_that_is_not_a_pdf_is_a_clear_error() -> None:
    with pytest.raises(InputError, match=r"not a valid \.pdf"):
        load_bytes("一、整改情况".encode(), "notice.pdf")
