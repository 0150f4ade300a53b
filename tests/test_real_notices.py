"""Real published notices: page openings as stored copies of their web pages (gold_real/), full notices
made of a real opening followed by real findings, and a notice printed to PDF with its header and footer.

The openings carry what real pages carry: breadcrumbs, accessibility widgets, metadata rows, lost
digits in dates, traditional characters, and an organisation section before the findings that must
yield no issue. Labels were made by reading the pages (gold_real/README.md).
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from full_notices import (
    BODIES,
    OPENINGS,
    REAL_SETS,
    SIBLING_BODIES,
    body_gold,
    findings_part,
    full_notice,
    opening_part,
    sibling_notice,
)
from test_load_pdf import make_pdf

from extractor.load import load_bytes
from extractor.rules import extract_text

ROOT = Path(__file__).resolve().parent.parent
LABELS = sorted(path for name in REAL_SETS for path in (ROOT / name).glob("*.json"))
REPORT_FIELDS = (
    "issuer",
    "inspected_unit",
    "inspection_team",
    "inspection_start",
    "inspection_end",
    "feedback_date",
    "publish_date",
    "declared_issue_count",
    "lead_official",
)


def _load(label: Path) -> tuple[dict, str]:
    gold = json.loads(label.read_text(encoding="utf-8"))
    return gold, (label.parent / "docs" / gold["doc"]).read_text(encoding="utf-8")


def _notices() -> list[Path]:
    return [p for p in LABELS if not json.loads(p.read_text(encoding="utf-8")).get("not_a_notice")]


# Pages whose labelled problems or statuses the rules do not reach yet, and why (gold_real11/README.md): each test is
# expected to fail until a rule reaches them, and fails the run when one does, so the mark is taken off.
MISSED_PROBLEMS = {
    "w15": "items labelled 點位一/二/三 on lines a reprint's masking (略) breaks",
    "w69": "problems quoted in one run-on sentence (涉及本单位“…、…”等问题已整改完成)",
    "w81": "a complaint's closure whose problem follows a spam mirror's text (所列问题) with no field of its own",
    "l06": "a one-task notice in traditional characters with pinyin glued in, its (一) label garbled past reading",
    "l10": "an audit's result whose section 三、审计处理及整改情况 tells the unit's work, a heading that in other pages "
    "(w68) holds only the auditor's order: read as no notice",
    "o04": "a complaint table set out one cell a paragraph with blank paragraphs between (no row is read)",
    "ad10": "news of one complaint that never quotes it: the problem is what the check found (经查,…)",
    "ad11": "news of two complaints run into one line with its headline and byline (有群众反映,…), where they stand unsaid",
    "ad13": "news of a 督察's complaints answered in 关于“…”问题 paragraphs, all declared closed in its lead (目前均已办结)",
    "af03": "a mirror's stray tags read by the raw rules as text (the loader drops them), and a last complaint whose copy "
    "stops after its 责任单位 line: read as whole",
    "af04": "a complaint posted as the page's title, its body only the finding (经查,举报情况不属实)",
    "af06": "a complaint's report whose 六、存在的问题 lists what the check found (1.–3.): read as the form's problems, "
    "where the label takes the complaint, cut in its handling",
    "af11": "news of two complaints a 督查组 passed on, unquoted, that says nowhere where they stand",
    "ag01": "a report on one complaint quoted in its opening sentence (反映的关于“…”已收悉), its sections cut before its "
    "handling: read as no form and no news",
    "ag02": "news of one complaint, unquoted (有群众向省生态环境保护督察组举报,…), that says nowhere where it stands",
    "ag06": "news of an audit's finding (审计发现某单位…未清理,以前年度…但收效甚微) whose handling names no rectification word "
    "(即知即改, 已着手…), and whose label takes its first clause alone",
    "am08": "a news lead that states the first finding after a dateline (…審計發現,82個…“小金庫”。目前,…已…整改…): "
    "read as the news's opening, not an item",
    "am10": "a before/after display (整改前: / 整改后:) of one problem under a 专项整治, no inspection named",
    "ao01": "news of a provincial audit's findings run on in two paragraphs (审计反映…;…,已全部整改到位)",
    "ao02": "a newspaper's table whose six rows a copy glued into one line with no separator, under a header broken one "
    "fragment a line",
    "ao04": "news of the central audit's rectification report whose problems follow 針對 (針對多徵、提前徵收稅費等情形，報告指出…)",
    "az01": "a digest of several counties' rectification whose items run on in one paragraph as <county>针对…问题,<measures>",
    "az04": "news of a firm's rectification after an audit whose one finding is told in its prose (审计结果显示,…仍存在…的地方)",
    "ar03": "an audit rectification report whose numbered items are audits, each answering its findings in 关于…方面, clauses "
    "run on in one paragraph",
}
MISSED_STATUSES = {
    "w09": "the one problem's status is said only in the 下一步 section",
    "o09": "the section on the handling says one problem was entered in the accounts and the others rectified "
    "(其他问题…已落实整改): all four take the status",
    "w65": "a sentence of the rectification section names the problems it says are done (涉及合同签订不规范…等…已按要求完成整改)",
    "i23": "an acceptance's verdict that agrees to a stage of the task done (经验收组验收，…原则同意阶段整改完成), after a sentence "
    "of work done",
    "ad07": "a report on one complaint quoted after its case number (受理编号4260:“…”): where it stands is said only in "
    "the opening, of the batch (共1件举报案件,案件正在办理中)",
    "ab09": "the one task's status is said only in its 下一步 field (按照“长期坚持”的整改要求)",
    "am07": "the last of seven problems listed a line each takes in the detail sections after the list, whose last sentence "
    "(目前,上述问题已全部整改) speaks of the fourth",
    "ao03": "a flattened complaint table's 办结 cell, a row running over several paragraphs: the row's status is not read",
    "at01": "a status phrase said of one part of an item's measures (…通知更改为本人的电话,现已经整改完毕。迎水村…已逐步规范): "
    "read as the item's",
}


def _marked(labels: list[Path], missed: dict[str, str]) -> list[object]:
    return [
        pytest.param(p, id=p.stem, marks=pytest.mark.xfail(strict=True, reason=missed[p.stem]))
        if p.stem in missed
        else pytest.param(p, id=p.stem)
        for p in labels
    ]


def test_the_real_development_sets_hold_at_least_a_hundred_and_twenty_pages() -> None:
    assert len(LABELS) >= 120


@pytest.mark.parametrize("label", _marked(_notices(), MISSED_PROBLEMS))
def test_a_real_opening_gives_exactly_its_labelled_problems(label: Path) -> None:
    gold, text = _load(label)
    found = extract_text(text)
    assert [i.problem for i in found.issues] == [i["problem"] for i in gold["issues"]]


@pytest.mark.parametrize("label", _marked(_notices(), MISSED_STATUSES))
def test_a_real_opening_gives_the_labelled_statuses(label: Path) -> None:
    gold, text = _load(label)
    found = {i.problem: i.status for i in extract_text(text).issues}
    for issue in gold["issues"]:
        if issue["problem"] in found:
            assert found[issue["problem"]] == issue["status"], issue["problem"]


@pytest.mark.parametrize("label", [p for p in LABELS if p not in _notices()], ids=lambda p: p.stem)
def test_a_page_that_is_not_a_notice_yields_no_issue(label: Path) -> None:
    _, text = _load(label)
    assert extract_text(text).issues == []


def test_report_fields_on_real_openings_are_at_least_nine_in_ten_right() -> None:
    """A regression guard over every labelled field of every real notice (some labels name what the
    page's address shows and the text does not, so the rules cannot reach all of them)."""
    right = total = 0
    for label in _notices():
        gold, text = _load(label)
        report = extract_text(text).report.model_dump(mode="json")
        for field in REPORT_FIELDS:
            total += 1
            right += report[field] == gold["report"].get(field)
    assert right / total >= 0.9, f"{right}/{total}"


@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize("body", sorted(BODIES))
def test_an_organisation_section_before_the_findings_adds_no_issue(opening: str, body: str) -> None:
    found = extract_text(full_notice(opening, body))
    gold = body_gold(body)
    assert [i.problem for i in found.issues] == [i.problem for i in gold.issues]
    assert [i.status for i in found.issues] == [i.status for i in gold.issues]


@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize("body", sorted(SIBLING_BODIES))
def test_findings_groups_numbered_on_after_an_organisation_section_are_the_notice_s_issues(
    opening: str, body: str
) -> None:
    found = extract_text(sibling_notice(opening, body))
    gold = body_gold(body)
    assert [i.problem for i in found.issues] == [i.problem for i in gold.issues]
    assert [i.status for i in found.issues] == [i.status for i in gold.issues]


def test_a_findings_heading_named_by_a_key_after_a_section_whose_label_ran_into_the_opening_is_a_section() -> None:
    # (gold_real12/y05's opening ends "…予以公布。一、提高政治站位…" / "（一）深化思想认识。…" / "（二）压实整改责任。…": its
    # "一、" lost in the paragraph above; "二、整改落实情况" names a rectification key, and was read as （二）'s keyed text.)
    body = "003_a20466f7e021ca68"
    found = extract_text(f"{opening_part('y05')}\n二、整改落实情况\n{findings_part(body)}")
    assert [i.problem for i in found.issues] == [i.problem for i in body_gold(body).issues]


GOLD_DOCS = ROOT / "gold" / "docs"


def _printed(stem: str, width: int | None, docs: Path = GOLD_DOCS) -> str:
    """The notice as a browser prints it: a date-and-title header and a file:// footer with a page
    counter on every page, lines wrapped at `width` characters when given."""
    lines = [line.strip() for line in (docs / f"{stem}.txt").read_text(encoding="utf-8").splitlines()]
    lines = [piece for line in lines if line for piece in (textwrap.wrap(line, width) if width else [line])]
    pages = [lines[k : k + 40] for k in range(0, len(lines), 40)]
    printed = [
        [f"2024/5/3 10:21  {lines[0][:24]}", *page, f"file:///C:/Users/me/Desktop/notice.html  {k}/{len(pages)}"]
        for k, page in enumerate(pages, 1)
    ]
    return load_bytes(make_pdf(printed, cjk=True), "notice.pdf")


@pytest.mark.parametrize("stem", ["002_f8e588f7094716c5", "000_25518d0931de2d4e", "004_e2a1d9105bc8cd63"])
def test_a_printed_pdf_gives_the_same_issues_and_statuses_as_its_text(stem: str) -> None:
    text = extract_text((GOLD_DOCS / f"{stem}.txt").read_text(encoding="utf-8"))
    printed = extract_text(_printed(stem, None))
    assert [i.problem for i in printed.issues] == [i.problem for i in text.issues]
    assert [i.status for i in printed.issues] == [i.status for i in text.issues]


@pytest.mark.parametrize("stem", ["002_f8e588f7094716c5", "000_25518d0931de2d4e", "004_e2a1d9105bc8cd63"])
def test_a_printed_pdf_with_wrapped_lines_keeps_its_issue_count_and_statuses(stem: str) -> None:
    text = extract_text((GOLD_DOCS / f"{stem}.txt").read_text(encoding="utf-8"))
    printed = extract_text(_printed(stem, 38))
    assert not any("file:" in i.problem or "2024/5/3" in i.problem for i in printed.issues)
    assert [i.status for i in printed.issues] == [i.status for i in text.issues]


def test_a_printed_form_keeps_its_problem_key_apart_from_a_line_above_that_ends_at_the_margin() -> None:
    """(gold_real11/w53 printed with its lines wrapped: "…现对已完成整改的问题情况进行公示" ends a line at the margin with
    no stop, and "反馈问题:…" under it opens the form's problem field.)"""
    docs = ROOT / "gold_real11" / "docs"
    text = extract_text((docs / "w53.txt").read_text(encoding="utf-8"))
    printed = extract_text(_printed("w53", 38, docs))
    assert [(i.problem, i.status) for i in printed.issues] == [(i.problem, i.status) for i in text.issues]


def test_a_printed_page_keeps_a_number_the_margin_broke_inside_its_title() -> None:
    """(gold_real11/w79 printed with its lines wrapped: "…(受理编号X2SD202109080" / "018)问题整改情况的公示" is one line.)"""
    docs = ROOT / "gold_real11" / "docs"
    text = extract_text((docs / "w79.txt").read_text(encoding="utf-8"))
    printed = extract_text(_printed("w79", 38, docs))
    assert [(i.problem, i.status) for i in printed.issues] == [(i.problem, i.status) for i in text.issues]


def _complete_notices_with_items() -> list[Path]:
    labels = [(p, json.loads(p.read_text(encoding="utf-8"))) for p in LABELS]
    return [p for p, gold in labels if gold["issues"] and not gold.get("truncated") and not gold.get("not_a_notice")]


@pytest.mark.parametrize("label", _complete_notices_with_items(), ids=lambda p: p.stem)
def test_a_real_notice_cut_at_any_line_s_end_gives_no_problem_the_whole_does_not(label: Path) -> None:
    """A stored copy stops anywhere, often at a line's end: what a cut gives must be a part of what the whole gives
    (an item cut is left out, never read as another: a field's name, a heading over its lone item, a problem whose
    later sentences pass for its rectification)."""
    _, text = _load(label)
    whole = {i.problem for i in extract_text(text).issues}
    given = set()
    at = text.find("\n", 200)
    while at >= 0:
        given |= {i.problem for i in extract_text(text[:at]).issues}
        at = text.find("\n", at + 1)
    assert given - whole == set()


@pytest.mark.parametrize("width", [28, 38])
def test_a_heading_that_reaches_a_printed_page_s_margin_is_not_run_into_the_body_below_it(width: int) -> None:
    # (gold_real11/w28 printed at 38 characters a line: "(二)关于“医共体建设工作机制未理顺,推进缓慢问题整改不到位”的整改情况"
    # reaches the margin, and the problem ran on into "由市卫健委…"; gold_real7/r01 at 28 likewise.)
    docs = ROOT / "gold_real11" / "docs"
    text = extract_text((docs / "w28.txt").read_text(encoding="utf-8"))
    printed = extract_text(_printed("w28", width, docs))
    assert [i.problem for i in printed.issues] == [i.problem for i in text.issues]
