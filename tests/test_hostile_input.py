"""Issue 9, the library: hostile or mistaken input to `extractor.extract` is read the same way as a
file of it, or refused with an ExtractorError, never a crash (items 7, 8 and 11)."""

from __future__ import annotations

from pathlib import Path

import pytest

import extractor
from extractor.load import normalise
from extractor.vocab.glyphs import WIDEST_GAP

ROOT = Path(__file__).resolve().parent.parent
GOLD_FILES = sorted((ROOT / "gold" / "docs").glob("*.txt"))
NOTICE = GOLD_FILES[0]


@pytest.mark.parametrize("ending", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_text_with_crlf_or_cr_line_endings_gives_the_same_issues_as_with_lf(ending: str) -> None:
    for path in GOLD_FILES:
        text = path.read_text(encoding="utf-8")
        expected = extractor.extract(text)
        assert extractor.extract(text.replace("\n", ending)).issues == expected.issues, path.name


def test_a_lone_surrogate_in_the_text_is_read_as_a_replacement_character() -> None:
    text = NOTICE.read_text(encoding="utf-8")
    result = extractor.extract(text.replace("。", "。\ud800", 3))
    assert len(result.issues) == len(extractor.extract(text).issues)
    result.to_json()  # serialisable: no surrogate survives


def test_an_html_page_declaring_utf7_loads_without_lone_surrogates(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_bytes(
        b'<html><head><meta charset="utf-7"></head><body><p>+2AA- \xe4\xb8\x80\xe3\x80\x81 '
        + "问题整改情况已完成。".encode("utf-7")
        + b"</p></body></html>"
    )
    text = extractor.extract(page)
    text.to_json()


def test_an_html_page_declaring_unicode_escape_loads_without_lone_surrogates(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_bytes(
        b'<html><head><meta charset="unicode_escape"></head><body><p>\\ud800 '
        + "一、问题整改情况已完成。".encode("unicode_escape")
        + b"</p></body></html>"
    )
    extractor.extract(page).to_json()


def test_a_one_line_string_naming_a_missing_notice_file_is_an_input_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(extractor.InputError, match="no such file: missing.txt"):
        extractor.extract("missing.txt")


def test_bytes_are_read_as_the_content_of_a_notice_file() -> None:
    data = NOTICE.read_bytes()
    assert extractor.extract(data).issues == extractor.extract(NOTICE).issues


def test_bytes_that_are_not_text_are_an_input_error() -> None:
    with pytest.raises(extractor.InputError, match="binary input"):
        extractor.extract(bytes(range(256)) * 4)


@pytest.mark.parametrize("value", [None, 42, ["一、问题"]], ids=["none", "int", "list"])
def test_a_value_that_is_neither_text_nor_path_nor_bytes_is_an_input_error(value: object) -> None:
    with pytest.raises(extractor.InputError, match="not "):
        extractor.extract(value)  # type: ignore[arg-type]


def test_a_gap_of_spaces_wider_than_any_page_sets_is_cut_to_the_widest_at_load() -> None:
    """(Every pattern that allows spaces before its words would try each of a hostile run's spaces in turn.)"""
    text = normalise("整改情况：" + " " * 100_000 + "已完成。\n序号" + " " * 40 + "问题")
    assert text == "整改情况：" + " " * WIDEST_GAP + "已完成。\n序号" + " " * 40 + "问题"


@pytest.mark.parametrize("stops", ["，，，，，", "。。。", "·····", "....."])
def test_a_ledger_row_whose_problem_cell_holds_only_stops_gives_no_issue_and_no_error(stops: str) -> None:
    notice = (ROOT / "gold_real" / "docs" / "a05.txt").read_text(encoding="utf-8")[:1500]
    found = extractor.extract(notice + f"\n序号\t问题\t整改情况\n1\t{stops}\t已完成\n")
    assert all(issue.problem.strip(stops[0]) for issue in found.issues)


def test_a_page_copied_onto_one_line_that_ends_in_its_address_is_text_not_a_path() -> None:
    # (gold_real11/w69's lines run into one: "…特此公告。 泸州市…第一中心 2025年1月13日 转载请注明来源本文地址:https://…/42497.html")
    page = next(ROOT.glob("gold_real*/docs/w69.txt")).read_text(encoding="utf-8")
    found = extractor.extract(" ".join(page.split("\n")))
    assert found.report.publish_date is not None
