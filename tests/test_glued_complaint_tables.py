"""A 督察's table of complaints whose copy ran every cell together (a newspaper's e-paper, a mirror): each row is one
issue, its complaint bounded by the area and kind of pollution that follow it (gold_real11/w85, gold_real27/ad03,
gold_real29/af01)."""

from __future__ import annotations

from pathlib import Path

from extractor.rules import extract_text

ROOT = Path(__file__).resolve().parent.parent
HEADER = "序号受理编号受理方式转办问题基本情况行政区域污染类型调查核实情况是否属实处理和整改情况是否办结问责情况\n"
ROW_1 = (
    "1D3WH20240422001来电临港区草庙子镇隋家疃村南山,有大量建筑垃圾,占用种植地。临港区固废经巡查,未发现倾倒"
    "建筑垃圾情况。不属实草庙子镇政府严格查处违法违规行为。已办结"
)
ROW_2 = "2D3WH20240422003来电华夏牡丹花园小区后山有扬尘。环翠区大气经查属实。属实已洒水降尘。阶段办结"


def _text(name: str) -> str:
    return next(ROOT.glob(f"gold_real*/docs/{name}")).read_text(encoding="utf-8")


def test_a_flattened_row_gives_its_complaint_up_to_the_area_after_it_and_its_closure() -> None:
    issue = extract_text(_text("ad03.txt")).issues[0]
    assert (issue.path, issue.problem, issue.status, issue.status_text) == (
        ["1"],
        "临港区草庙子镇隋家疃村南山,有大量建筑垃圾,占用种植地",
        "completed",
        "已办结",
    )


def test_a_header_broken_into_scraps_of_names_a_paragraph_each_opens_the_table() -> None:
    problems = [issue.problem for issue in extract_text(_text("af01.txt")).issues]
    assert problems == [
        "呼和浩特市玉泉区鄂尔多斯西街前八里庄苗圃村村里东墙边上(门牌号10-84、10-85附近)有大量生活垃圾,无人处理,气味扰民"
    ]


def test_a_row_glued_to_the_last_cell_of_the_row_before_is_a_row_of_its_own() -> None:
    issues = extract_text("关于信访件办理情况的公示\n" + HEADER + ROW_1 + ROW_2 + "\n").issues
    assert [(i.path, i.problem, i.status) for i in issues] == [
        (["1"], "临港区草庙子镇隋家疃村南山,有大量建筑垃圾,占用种植地", "completed"),
        (["2"], "华夏牡丹花园小区后山有扬尘", "long_term"),
    ]


def test_the_handling_of_a_row_is_its_measures() -> None:
    issue = extract_text("关于信访件办理情况的公示\n" + HEADER + ROW_1 + "\n").issues[0]
    assert issue.measures == ["草庙子镇政府严格查处违法违规行为"]


def test_a_complaint_found_untrue_that_nothing_was_done_about_is_no_issue() -> None:
    # (w85's row 32: "…目前集装箱已移走。否无无", no handling and no one held accountable.)
    assert [issue.path for issue in extract_text(_text("w85.txt")).issues] == [["31"]]


def test_a_copy_cut_inside_a_complaint_says_so() -> None:
    assert any("ends in the middle of an item" in w for w in extract_text(_text("w85.txt")).warnings)


def test_a_row_with_no_area_and_kind_after_its_complaint_is_not_read() -> None:
    unbounded = ROW_1.replace("。临港区固废", "。")
    assert extract_text("关于信访件办理情况的公示\n" + HEADER + unbounded + "\n").issues == []
