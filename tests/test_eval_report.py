"""Specification of the terminal table rendering (eval/report.py)."""

from eval.report import Spanned, display_width, render_markdown, render_table, truncate, with_ci


def test_cjk_characters_are_two_columns_wide():
    assert display_width("中文ab") == 6


def test_columns_line_up_with_chinese_cells():
    table = render_table(["name", "n"], [["中文名字", "1"], ["abc", "22"]], right=[False, True])
    widths = {display_width(line) for line in table.splitlines()}
    assert widths == {display_width("中文名字") + 2 + 2}


def test_spanned_row_does_not_widen_the_other_columns():
    table = render_table(["system", "P"], [["rules", "0.5"], Spanned(["llm"], "skipped: no key configured")])
    assert table.splitlines()[0] == "system  P"
    assert table.splitlines()[-1] == "llm     skipped: no key configured"


def test_markdown_table_has_a_separator_row_and_escaped_pipes():
    md = render_markdown(["a", "b"], [["x|y", "1"]])
    assert md.splitlines() == ["| a | b |", "|---|---|", "| x\\|y | 1 |"]


def test_truncate_respects_display_width():
    assert truncate("一二三四五六", 7) == "一二三…"


def test_value_with_confidence_interval_formatting():
    assert with_ci(0.5, [0.25, 0.75]) == "0.500 [0.25, 0.75]"
    assert with_ci(0.1, [-0.05, 0.2], signed=True) == "+0.100 [-0.05, +0.20]"
