"""A ledger as a PDF-to-text tool that keeps the layout gives it (`pdftotext -layout`): columns set apart by spaces,
every cell that does not fit its column wrapped onto the lines below at the column's place."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from extractor.api import extract_text
from extractor.load import normalise
from extractor.segment.lines import display_width

OPENING = (
    "根据县委统一部署，2024年3月11日至5月10日，县委第二巡察组对县自然资源局党组开展了巡察。"
    "2024年6月18日，县委巡察组反馈了巡察意见。现将整改进展情况予以公布。\n"
    "二、巡察反馈问题整改落实情况\n"
)
HEADER = ("序号", "问题", "整改措施", "责任单位", "整改情况")
WIDTHS = (6, 28, 32, 14, 12)  # display columns a cell's text may fill (a CJK character is two wide)


def _wrapped(cell: str, width: int, measure: Callable[[str], int] = display_width) -> list[str]:
    pieces: list[str] = []
    line = ""
    for char in cell:
        if measure(line + char) > width - 2:
            pieces.append(line)
            line = ""
        line += char
    return [*pieces, line] if line else pieces


def laid_out(
    rows: Sequence[tuple[str, ...]],
    header: tuple[str, ...] = HEADER,
    measure: Callable[[str], int] = display_width,
    widths: tuple[int, ...] = WIDTHS,
) -> str:
    """Rows laid out as `pdftotext -layout` sets them: each cell wrapped to its column, padded with spaces."""
    lines = []
    for row in [header, *rows]:
        cells = [_wrapped(cell, width, measure) for cell, width in zip(row, widths)]
        for k in range(max(len(c) for c in cells)):
            line = "  "
            for cell, width in zip(cells, widths):
                piece = cell[k] if k < len(cell) else ""
                line += piece + " " * (width - measure(piece))
            lines.append(line.rstrip())
    return "\n".join(lines) + "\n"


ROWS = [
    (
        "1",
        "学习贯彻习近平生态文明思想不够深入，与自然资源中心工作结合不紧密",
        "1.纳入党组理论学习中心组年度学习计划；2.开展专题研讨3次。",
        "办公室",
        "已完成",
    ),
    (
        "2",
        "耕地保护责任落实不到位，部分乡镇违法占用耕地问题整改滞后",
        "1.开展耕地保护专项整治；2.对执法大队原副大队长蒙某某进行了诫勉谈话。",
        "耕地保护股、执法大队",
        "阶段性完成，长期坚持",
    ),
]


def test_a_cell_wrapped_over_lines_is_read_whole() -> None:
    issues = extract_text(OPENING + laid_out(ROWS)).issues
    assert [i.problem for i in issues] == [ROWS[0][1], ROWS[1][1]]


def test_a_status_cell_wrapped_over_lines_gives_the_row_its_status() -> None:
    issues = extract_text(OPENING + laid_out(ROWS)).issues
    assert [(i.status, i.status_text) for i in issues] == [
        ("completed", "已完成"),
        ("long_term", "阶段性完成，长期坚持"),
    ]


def test_a_name_in_a_wrapped_measures_cell_is_held_accountable() -> None:
    issue = extract_text(OPENING + laid_out(ROWS)).issues[1]
    assert [(a.person, a.action) for a in issue.accountability] == [("蒙某某", "诫勉谈话")]


def test_a_row_across_the_table_groups_the_rows_below_it() -> None:
    table = (
        laid_out(ROWS[:1])
        + "        （二）落实全面从严治党主体责任方面存在差距\n"
        + laid_out(ROWS[1:]).split("\n", 1)[1]
    )
    issues = extract_text(OPENING + table).issues
    assert [(i.path, i.problem) for i in issues] == [
        (["二", "1"], ROWS[0][1]),
        (["二", "（二）", "2"], ROWS[1][1]),
    ]


def test_a_header_wrapped_over_two_lines_still_opens_the_ledger() -> None:
    header = ("序号", "问题", "整改措施", "责任单位及责任人", "整改情况")
    assert laid_out([], header).count("\n") == 2
    assert "序号\t问题\t整改措施\t责任单位及责任人\t整改情况\n" in normalise(OPENING + laid_out(ROWS, header))
    issues = extract_text(OPENING + laid_out(ROWS, header)).issues
    assert [i.problem for i in issues] == [ROWS[0][1], ROWS[1][1]]


def test_columns_a_tool_counts_in_characters_line_up_as_well() -> None:
    issues = extract_text(OPENING + laid_out(ROWS, measure=len)).issues
    assert [(i.problem, i.status) for i in issues] == [(ROWS[0][1], "completed"), (ROWS[1][1], "long_term")]


def test_the_paragraphs_after_the_ledger_stay_as_they_are() -> None:
    after = (
        "三、下一步工作打算\n局党组将继续抓好整改后续工作。\n\n                              中共某县自然资源局党组\n"
    )
    text = normalise(OPENING + laid_out(ROWS) + after)
    assert text.endswith(after)
    assert "1\t学习贯彻习近平生态文明思想不够深入，与自然资源中心工作结合不紧密\t" in text


def test_lines_set_apart_by_spaces_without_a_ledger_header_are_left_as_they_are() -> None:
    text = "  序号    姓名      职务\n  1       张三      局长\n          李四      副局长\n"
    assert normalise(text) == normalise(text.replace("\t", "")) and "\t" not in normalise(text)


def test_a_group_row_at_the_margin_over_the_next_row_does_not_end_the_ledger() -> None:
    first, second = laid_out(ROWS[:1]), laid_out(ROWS[1:]).split("\n", 1)[1]
    issues = extract_text(OPENING + first + "\n（二）落实全面从严治党主体责任方面\n\n" + second).issues
    assert [(i.path, i.category) for i in issues] == [
        (["二", "1"], None),
        (["二", "（二）", "2"], "落实全面从严治党主体责任方面"),
    ]


def test_a_row_a_page_break_cuts_goes_on_after_the_repeated_header() -> None:
    lines = laid_out(ROWS).split("\n")
    cut = next(k for k, line in enumerate(lines) if line.lstrip().startswith("2")) + 1  # (after row 2's first line)
    broken = "\n".join([*lines[:cut], "", "                    第 3 页 共 5 页", lines[0], "", *lines[cut:]])
    issues = extract_text(OPENING + broken).issues
    assert [(i.problem, i.status) for i in issues] == [(ROWS[0][1], "completed"), (ROWS[1][1], "long_term")]


def test_a_category_column_before_the_number_groups_its_rows() -> None:
    header = ("问题类别", "序号", "问题", "整改措施", "整改情况")
    rows = [("党的政治建设", *ROWS[0][:3], ROWS[0][4]), ("", *ROWS[1][:3], ROWS[1][4])]
    issues = extract_text(OPENING + laid_out(rows, header, widths=(10, 6, 28, 32, 12))).issues
    assert [(i.category, i.problem) for i in issues] == [("党的政治建设", ROWS[0][1]), ("党的政治建设", ROWS[1][1])]


def test_a_problem_over_rows_of_its_own_measures_takes_the_least_advanced_state() -> None:
    rows = [
        ("1", "校园食品安全和膳食经费管理存在漏洞", "开展膳食经费专项审计，清退违规费用", "审计科", "已完成"),
        ("", "", "推行“明厨亮灶”全覆盖", "后勤科", "正在整改"),
    ]
    [issue] = extract_text(OPENING + laid_out(rows)).issues
    assert (issue.problem, issue.status) == ("校园食品安全和膳食经费管理存在漏洞", "in_progress")


def test_a_short_group_row_that_fits_the_problem_column_still_groups_the_rows_below_it() -> None:
    first, second = laid_out(ROWS[:1]), laid_out(ROWS[1:]).split("\n", 1)[1]
    issues = extract_text(OPENING + first + "\n        （二）作风建设方面\n\n" + second).issues
    assert [(i.path, i.problem) for i in issues] == [(["二", "1"], ROWS[0][1]), (["二", "（二）", "2"], ROWS[1][1])]


def test_a_header_whose_wrapped_pieces_change_its_column_names_still_reads_its_rows() -> None:
    text = "  序号  问题    整改措施  整改情况\n  号    类别\n  1     学习不深入  制定计划  已完成\n"
    assert "1\t学习不深入\t制定计划\t已完成" in normalise(text)
