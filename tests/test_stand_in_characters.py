"""Text extraction damages characters in two common ways, and a notice loaded from such text must give
the issues of its clean text, in the characters the page shows:

- a PDF whose font maps glyphs to Unicode's radical blocks gives `⼀、` `⼯作` `⽅⾯` `⻔` for 一、 工作 方面 门;
- text scraped from a page without decoding its character references keeps `&nbsp;` `&ldquo;` `&rdquo;`.

The damaged copies here are made from real notices."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

import extractor
from extractor.load import load_bytes

ROOT = Path(__file__).resolve().parent.parent

# Ordinary character → the Kangxi radical a PDF font puts for it (the inverse of Unicode's mapping).
_AS_RADICAL = {
    ord(unicodedata.normalize("NFKC", chr(code))): chr(code)
    for code in range(0x2F00, 0x2FD6)
    if len(unicodedata.normalize("NFKC", chr(code))) == 1
}


def as_radicals(text: str) -> str:
    return text.translate(_AS_RADICAL)


def as_scraped(text: str) -> str:
    """Each line indented with &nbsp; and its quotes written as references, as a scraper that kept the
    page's markup text saves it."""
    return "\n".join("&nbsp;&nbsp;" + line.replace("“", "&ldquo;").replace("”", "&rdquo;") for line in text.split("\n"))


def _issues(text: str) -> list[tuple[str, str]]:
    return [(issue.problem, issue.status) for issue in extractor.extract(text).issues]


REAL = ["gold/docs/001_c5853bb1bbc4a49d.txt", "gold_real7/docs/r01.txt", "gold_real6/docs/n12.txt"]


@pytest.mark.parametrize("path", REAL, ids=lambda p: Path(p).stem)
def test_a_copy_written_in_kangxi_radicals_gives_the_issues_of_the_real_notice(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    damaged = as_radicals(text)
    assert damaged != text
    expected = _issues(text)
    assert expected
    assert _issues(damaged) == expected


def test_radical_stand_ins_are_read_as_the_characters_the_page_shows() -> None:
    text = load_bytes("⼀、⼯作⽅⾯\n⻔⼾⽹站".encode(), "notice.txt")
    assert text == "一、工作方面\n门户网站"


@pytest.mark.parametrize("path", REAL, ids=lambda p: Path(p).stem)
def test_a_scraped_copy_with_character_references_gives_the_issues_of_the_real_notice(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    expected = _issues(text)
    assert expected
    assert [(problem.strip(), status) for problem, status in _issues(as_scraped(text))] == expected


def test_character_references_are_read_as_the_characters_they_name() -> None:
    text = load_bytes("关于&ldquo;形式主义&rdquo;问题&#65306;已整改".encode(), "notice.txt")
    assert text == "关于“形式主义”问题：已整改"


def test_a_lone_ampersand_word_in_a_notice_is_kept_as_written() -> None:
    assert load_bytes("研发投入（R&amp;D）占比提高".encode(), "notice.txt") == "研发投入（R&amp;D）占比提高"
