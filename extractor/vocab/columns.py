"""Column names of rectification ledgers (整改台账): which field of an issue each column holds.

A ledger's header row (序号 | 反馈问题 | 整改措施 | 责任单位 | 完成时限 | 整改情况) names its columns; `segment.table`
reads each row's cells by these names. Each field's names are one pattern matched against a whole header cell
(spaces taken out); a new name is one more alternative here. A notice laid out as a form names the same fields
as section headings (`sections.FORM_FIELDS`).
"""

from __future__ import annotations

import re

from extractor.lazy_re import LazyPattern
from extractor.vocab.headings import ASIDE_KEYS

# The problem column names the problem, the feedback or the task the problem became (a 督察 ledger's 整改任务);
# where a table has both, the first such column is the problem and 整改任务 the measures.
PROBLEM_COLUMN = (
    r"(?:存在的?|反馈的?|具体|主要|整改|巡[察视](?:反馈)?的?|审计(?:发现|查出)的?|督察(?:反馈)?的?)?问题"
    r"(?:描述|表现|内容|清单|事项|名称|简述|概述|摘要)?|(?:巡[察视]|督察|审计)?反馈意见(?:内容)?|(?:整改)?(?:任务|事项)(?:名称|内容|描述)?|"
    # …or, in a 督察's list of the complaints it passed on, what each complaint says (交办问题基本情况, 反映问题).
    r"(?:交办|转办|信访|举报|群众)?(?:反映)?问题(?:基本|具体)?(?:情况|内容)|(?:群众)?反映(?:的)?(?:问题|情况)(?:内容)?|"
    r"(?:举报|投诉|信访|来信|来电)(?:反映)?(?:的)?(?:主要)?(?:内容|事项)"
)
# Field → the names of its column, in the order they are tried.
LEDGER_COLUMNS: dict[str, str] = {
    "problem": rf"^(?:{PROBLEM_COLUMN})$",
    # (…and what was done about a complaint: 处理和整改情况.)
    "measures": r"^(?:主要|具体)?整(?:改|治)(?:措施|举措|方案|任务)(?:(?:及|和|与)(?:结果|成效|完成情况|落实情况|进展情况?))?$|^(?:主要|具体)?措施$|^(?:已|已经)?(?:采取|落实)(?:的)?(?:整改)?措施$|^处理(?:和|及|与)?整改情况$|^处理情况$|^(?:查处|处置)情况$",
    "status": r"^(?:整改|整治|完成|落实)(?:进展|落实)?(?:情况|进展|结果|状态|进度|完成情况)$|^(?:进展|完成|办结)情况$|"
    r"^是否已?(?:完成|办结)(?:整改|整治)?$|^是否(?:整改|整治)(?:完成|到位)$|^办理结果$|^办结状态$|"
    r"^(?:目前|当前)(?:整改)?(?:状态|进展|进度|情况)$|^(?:状态|进度|进展)$|"
    # (…a complaint's target, which a table of complaints handled fills with where each stands: 办结目标 | 已办结.)
    r"^办结目标$",
    "cause": r"^(?:问题)?原因(?:分析)?$",
    # Who was held accountable for the row: 责任人被处理情况, 问责情况, 追责问责情况, 责任追究情况.
    "accountability": r"^(?:相关)?(?:责任人(?:员)?)?(?:被)?(?:处理|问责|追责问责|追责|责任追究)(?:情况)?$",
    "category": r"^(?:问题)?(?:类别|类型|方面|领域)$",
    "number": r"(?i:^(?:(?:问题|事项)?(?:序号|编号)|序|No\.?)$)",
}
# A note's column: where a ledger has no status column, a note that is nothing but a status (已销号, 长期坚持) is the
# row's status.
NOTE_COLUMN = r"^(?:备注|说明|备注说明)$"
# Column names a ledger has besides those it is read by: who owns each row, by when, its target, a note.
OTHER_COLUMNS = rf"^(?:{ASIDE_KEYS})$|{NOTE_COLUMN}"
# Of two columns on where an item stands (整改情况, then 整改结果), the one that names a result holds its status.
RESULT_COLUMN = (
    r"^(?:整改|完成|落实|目前|当前)?(?:结果|状态|进度|完成情况)$|^是否已?(?:完成|办结)(?:整改|整治)?$|^是否(?:整改|整治)(?:完成|到位)$|"
    r"^办结情况$"
)
# Every column name in one pattern, each field's names a group of that name ("other" for OTHER_COLUMNS), tried in
# LEDGER_COLUMNS' order.
ANY_COLUMN = LazyPattern(
    "|".join(f"(?P<{field}>{names})" for field, names in {**LEDGER_COLUMNS, "other": OTHER_COLUMNS}.items())
)


_NAME_AT_MOST = 16  # the longest a column's name on a line of its own is taken to be (问题描述及整改要求)


def names_a_column(line: str) -> bool:
    """Whether a line is nothing but a ledger column's name (受理编号, 序号 |): a table's header set one cell a line,
    no title and no problem. Spaces and the bar a flattened table closes a cell with are no part of the name."""
    name = re.sub(r"[\s|｜]+", "", line)
    # (…the row's number after the first cell's, where a page sets a table's header with each row: "序号 2 受理编号".)
    name = re.sub(r"^序号\d{1,3}(?=\D)", "", name)
    return len(name) <= _NAME_AT_MOST and ANY_COLUMN.match(name) is not None


_CELL_GAP = re.compile(r"[\s|｜]+")
_HEADER_AT_LEAST = 3  # the fewest columns' names that make a line a table's header


def heads_columns(line: str) -> bool:
    """Whether a line is a table's header row set a space or a bar apart ("序号 受理编号 交办问题基本情况 行政区域 …"):
    most of its cells, three at least, name columns. (No title has so many names in it.)"""
    if sum(map(line.count, (" ", "\t", "|", "｜", "\u3000"))) < _HEADER_AT_LEAST - 1:
        return False  # (too few gaps for three names: most lines, spared the split)
    cells = [cell for cell in _CELL_GAP.split(line) if cell]
    named = sum(1 for cell in cells if names_a_column(cell))
    return named >= _HEADER_AT_LEAST and 2 * named >= len(cells)


# A 督察's table of the complaints it passed on, flattened with nothing between its cells ("序号受理编号受理方式转办问题
# 基本情况行政区域污染类型…" over "1D3WH20240422001来电临港区…,占用种植地。临港区固废经巡查…已办结"): where no separator
# bounds a cell, what the cells around the complaint hold does (`segment.glued_table`).
# How a complaint came in, a column's name (受理方式) and its values (来电, 网络).
CHANNEL_COLUMN = r"(?:受理|来源|信访|反映)方式"
CHANNELS = r"来电|来信|来访|网络|网上|网信|电话|信件|书信|微信|邮件|走访|其他"
# The case's number: letters and digits (D3WH20240422001, BCD2022092601), after a place's short name (新乡D2018…), or a
# number in brackets (访受〔2021〕0517031号).
CASE_NUMBER = r"(?:[\u4e00-\u9fff]{1,4})?(?:[A-Z][A-Z0-9\-]{5,30}|〔\d{4}〕[\d\-]{1,16}号)"
# The administrative area the complaint is in (行政区域), and its kind of pollution (污染类型), the cells after it.
REGION = r"[\u4e00-\u9fff*]{1,14}?(?:市|区|县|旗|盟|州|镇|乡|街道)"
POLLUTION_KINDS = r"大气|水|土壤|噪声|噪音|固废|固体废物|生态|辐射|海洋|油烟|恶臭|扬尘|光污染|其他|综合"
# Whether the complaint was found true (是否属实), the cell after what the check found.
TRUTH = r"基本属实|部分属实|不属实|属实|是|否"
UNTRUE = ("不属实", "否")
# Whether it is closed (是否办结).
CLOSED_VALUES = r"(?:已|未|阶段性?)办结"
