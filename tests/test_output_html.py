"""The html review page, as markup: every issue highlighted in the notice's own text, self-contained."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import extractor
from extractor.batch import ErrorInfo, Failure
from extractor.load import load_path
from extractor.models import Extraction, Issue
from extractor.output import FORMATS
from extractor.output.html import render_html, to_html

GOLD = Path(__file__).resolve().parent.parent / "gold" / "docs"
NOTICE = GOLD / "002_f8e588f7094716c5.txt"


class Marks(HTMLParser):
    """Collects the text of every <mark data-issue=N> (by N) and the external references."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: dict[str, str] = {}
        self.external: list[str] = []
        self.rows: list[str] = []
        self._open: list[str | None] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("src", "href"):
            if attrs.get(key) and re.match(r"^(https?:)?//", attrs[key]):
                self.external.append(attrs[key])
        if tag == "tr" and "data-issue" in attrs:
            self.rows.append(attrs["data-issue"])
        if tag == "mark":
            self._open.append(attrs.get("data-issue"))

    def handle_endtag(self, tag):
        if tag == "mark":
            self._open.pop()

    def handle_data(self, data):
        if self._open and self._open[-1]:
            self.marks[self._open[-1]] = self.marks.get(self._open[-1], "") + data


def parse(page: str) -> Marks:
    parser = Marks()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def notice() -> Extraction:
    return extractor.extract(NOTICE)


def test_every_issue_is_highlighted_once_with_its_span_text(notice) -> None:
    text = load_path(NOTICE)
    marks = parse(render_html(notice, text)).marks
    assert len(marks) == len(notice.issues)
    for number, issue in enumerate(notice.issues, 1):
        assert marks[str(number)] == text[issue.span[0] : issue.span[1]]


def test_every_issue_has_a_row_in_the_side_table(notice) -> None:
    assert parse(render_html(notice)).rows == [str(n) for n in range(1, len(notice.issues) + 1)]


def test_the_text_is_reloaded_from_the_source_path_when_not_given(notice) -> None:
    assert render_html(notice) == render_html(notice, load_path(NOTICE))


def test_the_page_is_self_contained(notice) -> None:
    page = FORMATS["html"](notice)
    assert parse(page).external == []
    assert "<style>" in page and "<script>" in page
    assert not re.search(r"<(script|link)[^>]+(src|href)=", page)


def test_text_is_escaped_so_a_notice_cannot_inject_markup() -> None:
    text = "一、关于<script>alert(1)</script>的问题\n整改情况：已完成。"
    page = render_html(extractor.extract(text), text)
    assert "<script>alert" not in page and "</script>的问题" not in page
    assert "&lt;script&gt;alert" in page


def test_status_badges_and_accountability_are_in_the_side_table() -> None:
    text = "一、学习不深入\n整改情况：对支部书记张某某进行了约谈。该项已办结。"
    result = extractor.extract(text)
    page = render_html(result, text)
    assert result.issues[0].status == "completed"
    assert '<span class="badge s-completed">已完成</span>' in page
    for person in result.issues[0].accountability:
        assert person.person in page


def test_warnings_come_before_the_text() -> None:
    text = "今天天气很好。\n我们去公园散步。"
    result = extractor.extract(text)
    page = render_html(result, text)
    assert result.warnings and page.index(result.warnings[0]) < page.index("我们去公园散步")


def test_overlapping_spans_still_highlight_each_issue() -> None:
    text = "甲乙丙丁戊己庚辛"
    issues = [Issue(id="1", problem="甲乙丙", span=(0, 6)), Issue(id="2", problem="丁戊", span=(3, 8))]
    marks = parse(render_html(Extraction(issues=issues), text)).marks
    assert set(marks) == {"1", "2"} and "".join(marks[k] for k in ("1", "2")) == text


def test_an_issue_without_a_span_is_located_by_its_problem_text() -> None:
    text = "前言。一、学习不深入。整改：已完成。"
    marks = parse(render_html(Extraction(issues=[Issue(id="1", problem="学习不深入")]), text)).marks
    assert marks == {"1": "学习不深入"}


def test_an_issue_that_cannot_be_placed_is_flagged() -> None:
    page = render_html(Extraction(issues=[Issue(id="1", problem="原文里没有这句")]), "别的文字")
    assert "未定位" in page and "1 个问题无法在原文中定位" in page


def test_a_batch_page_lists_every_document_including_failures() -> None:
    records = [extractor.extract(path) for path in sorted(GOLD.glob("*.txt"))[:2]]
    records.append(Failure(source="bad.pdf", error=ErrorInfo(type="InputError", message="no text layer")))
    page = to_html(records)
    assert page.count('<li><a href="#doc=') == 3
    assert 'id="doc-3"' in page and "no text layer" in page
    assert page.count('class="doc active"') == 1


def test_a_notice_string_cannot_close_the_data_script() -> None:
    text = "一、关于</script><script>alert(1)</script><!--的问题\n整改情况：已完成。"
    record = extractor.extract(text).model_copy(update={"source": "</SCRIPT>&.txt"})
    page = render_html(record, text)
    data = re.search(r'<script type="application/json" class="doc-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in data and ">" not in data and "&" not in data
    assert json.loads(data)["text"] == text and json.loads(data)["source"] == "</SCRIPT>&.txt"


def test_the_page_keys_corrections_by_the_hash_of_the_text(notice) -> None:
    import hashlib

    page = render_html(notice, load_path(NOTICE))
    data = json.loads(re.search(r'class="doc-data">(.*?)</script>', page, re.S).group(1))
    assert data["sha256"] == hashlib.sha256(load_path(NOTICE).encode()).hexdigest()
