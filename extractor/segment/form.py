"""Notices laid out as a form: one ledger entry whose fields are the outline's sections.

A 督察 task's closure notice (验收销号公示) reads 一、整改问题 / 二、整改实施主体 / 三、重点措施 / 四、目标任务 /
五、完成时限 / 六、整改完成情况: the top-level headings name fields (`vocab.sections.FORM_FIELDS`), not
findings. The problem section holds the problems (its numbered items, else its own text); every problem
takes the measures and status sections as its cells, as a ledger row does.
"""

from __future__ import annotations

from extractor.lazy_re import compile_shared
from extractor.segment.outline import Node, Outline
from extractor.vocab.columns import names_a_column
from extractor.vocab.sections import CLOSING, FIELD_NAME_GOES_ON, FORM_FIELDS, FORM_PROBLEM_LEAD

_FIELD = {name: compile_shared(pattern) for name, pattern in FORM_FIELDS.items()}
_VALUE_LEAD = " \t:：,，、.。"
_NOT_OF_ITEM = ("plans", "publicity")
_NAME_GOES_ON = compile_shared(FIELD_NAME_GOES_ON)


def _field(outline: Outline, node: Node) -> tuple[str, int] | None:
    """(field, where its value starts) when `node`'s title opens with a field name; one that goes on to name what is
    checked of it ("五、整改措施落实情况", "（一）整改任务完成情况") says how the item stands (a plan's headings name no
    problem field, so they make no form)."""
    title = outline.folded[node.title_start : node.title_end]
    for name, pattern in _FIELD.items():
        m = pattern.match(title)
        if m and (goes_on := _NAME_GOES_ON.match(title, m.end())):
            name, m = "status", goes_on
        if m:
            at = m.end()
            while at < len(title) and title[at] in _VALUE_LEAD:
                at += 1
            return name, node.title_start + at
    return None


def form_fields(outline: Outline, parent: Node | None = None, at_least: int = 3) -> dict[str, tuple[Node, int]] | None:
    """The sections under `parent` (the top level by default) of a form by field (the node, where its value starts),
    or None when they are not one: it needs a problem section and `at_least` fields in all. Of two that say how the item
    stands (（二）整改情况 / （三）整改结果), the first tells what was done and the second the result."""
    fields: dict[str, tuple[Node, int]] = {}
    nodes = (parent or outline.root).children
    cut = bool(nodes) and _cut_at_label(outline, nodes[-1])
    if cut:
        nodes = nodes[:-1]  # (a page that stops at the last field's label, "四、": the fields before it)
    for node in nodes:
        found = _field(outline, node)
        if found is None:
            return None  # a heading that is no field: an ordinary notice
        if found[0] == "status" and "status" in fields and "measures" not in fields:
            fields["measures"] = fields.pop("status")
        fields.setdefault(found[0], (node, found[1]))
    # (The notice's own sections around the item, its plans and how to object, count for no field of it.)
    of_item = [name for name in fields if name not in _NOT_OF_ITEM]
    # (A complaint's report needs one field fewer: what the check found says the form is one, "一、交办问题基本情况 /
    # 二、调查情况 / 三、下步计划".)
    needed = at_least - 1 if "findings" in fields else at_least
    if nodes and fields.get("problem", (None,))[0] is nodes[0] and _named_alone(outline, *fields["problem"]):
        # (…or where the problem's field opens it under its name alone and one more follows, a page that may stop inside
        # or after the second: "一、整改问题概述" / … / "二、整改措施及完成情况" / "针对上述问题，…。"; or at the second's
        # label, "一、整改问题" / … / "二、", its first shown alone. A notice's own sections, "二、整改落实情况" / "三、存在
        # 的问题和不足", open with no problem.)
        needed = 1 if cut else min(needed, 2)
    return fields if "problem" in fields and len(of_item) >= needed else None


def _cut_at_label(outline: Outline, node: Node) -> bool:
    """Whether `node` is a label the text ends at with no value of its own: bare ("…\n四、"), with a field's name the
    end cuts short ("…\n二、整") or with a field's whole name and nothing after it ("…\n二、整改主体责任单位")."""
    if node.end < len(outline.text.rstrip()):
        return False
    words = outline.text[node.title_start : node.end].strip()
    if not words:
        return True
    if "\n" in words or words.endswith(_WHOLE_END) or len(words) > _NAME_AT_MOST:
        return False
    found = _field(outline, node)
    return found is None or not outline.text[found[1] : node.end].strip()


def _named_alone(outline: Outline, node: Node, value_start: int) -> bool:
    """Whether a problem field's heading is its name alone ("一、整改问题概述", not a section's "二、巡察反馈问题整改落实情况")
    over one statement (a paragraph, not a long run) or numbered items: not lines of other fields its labels hide (a
    page that garbled "（二）责任单位：" shows them as more of the problem)."""
    named = outline.folded[node.title_start : value_start].rstrip(" \t")
    if outline.folded[value_start : node.title_end].strip(_VALUE_LEAD) and not named.endswith((":", "：")):
        return False  # (…or its name and its value after a colon: "一、转办问题基本情况：…")
    return bool(node.children) or (len(node.body) <= 1 and node.end - node.title_start <= _ONE_STATEMENT_AT_MOST)


_WHOLE_END = tuple("。！？!?）)”")
_ONE_STATEMENT_AT_MOST = 300  # the longest problem field read as one statement
_NAME_AT_MOST = 12  # the longest field name a label the text ends at may hold


def section_span(outline: Outline, node: Node, value_start: int) -> tuple[int, int] | None:
    """A field's value: the rest of its heading line, its body and any items under it, up to a closing cue after a
    sentence ("…事项整改已完成。如对该问题整改公示情况有异议，…": the call for objections is the notice's)."""
    value_start, end = outline.within_paras(value_start, node.end)
    if closing := _CLOSING_AFTER_STOP.search(outline.folded, value_start, end):
        end = closing.start() + 1
    while end > value_start and outline.text[end - 1].isspace():
        end -= 1
    return (value_start, end) if end > value_start else None


_CLOSING_AFTER_STOP = compile_shared(rf"。(?={CLOSING.pattern})")
_CELL_EDGE = " \t|｜:："
_LONGEST_LABEL = 12  # a field name and the table's edge ("整改完成情况 |")
_CELL_LEAD_IN = compile_shared(FORM_PROBLEM_LEAD)
_OTHER = ""  # (a field of no use to the issue)


def _next_line(text: str, end: int, start: int) -> bool:
    """Whether `start` opens the line after the one ending at `end` (only spaces between)."""
    return not text[end:start].strip()


def form_cells(outline: Outline) -> dict[str, tuple[int, int]] | None:
    """A form written as a two-column table that lost its rows ("整改任务 |" / "<value> |" / "责任单位 |"
    …): each field name stands alone on its line with its value on the lines below. Returns each
    field's value span, or None unless a problem and two other fields are found (one, after a problem that opens it)."""
    labels: list[tuple[str, int, int]] = []  # (field, label line's start, where its value starts)
    alone: list[bool] = []  # whether each name stands alone on its line (else its value follows it: "整改任务 | …")
    for para in outline.paras:
        if para.end - para.start > _LONGEST_LABEL:
            # Most lines: far longer than any field name, unless a row's name and value ("整改任务 | <value> |").
            bar = outline.folded.find("|", para.start, para.start + _LONGEST_LABEL + 1)  # (folded: ｜ is |)
            line = outline.folded[para.start : bar].strip(_CELL_EDGE) if bar >= 0 else ""
            value_start = bar + 1 if bar >= 0 else para.end
        else:
            line = outline.folded[para.start : para.end].strip(_CELL_EDGE)
            value_start = para.end
        name = next((n for n, pattern in _FIELD.items() if line and pattern.fullmatch(line)), None)
        if name is None and line and names_a_column(line):
            name = _OTHER  # (another column's name, 行政区域 or 污染类型: it ends the field above, a value of its own)
        if name is not None:
            labels.append((name, para.start, value_start))
            alone.append(value_start == para.end)
    names = {name for name, _, _ in labels} - {_OTHER}
    # (Two where the problem's comes first, as `form_fields` reads a form whose problem opens it: a page may stop there.)
    if len(names) < (2 if labels and labels[0][0] == "problem" else 3) or "problem" not in names:
        return None
    pairs = zip(labels, labels[1:], alone, alone[1:])
    if any(first and second and _next_line(outline.text, a[2], b[1]) for a, b, first, second in pairs):
        return None  # field names on lines in a row head the columns of a table, not a form's rows
    cells: dict[str, tuple[int, int]] = {}
    text = outline.text
    for k, (name, _, label_end) in enumerate(labels):
        start, end = outline.within_paras(label_end, labels[k + 1][1] if k + 1 < len(labels) else outline.paras[-1].end)
        while start < end and (text[start].isspace() or text[start] in _CELL_EDGE):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in _CELL_EDGE):
            end -= 1
        if name == "problem":
            lead = _CELL_LEAD_IN.match(outline.folded, start, end)
            start = lead.end() if lead else start
        if end > start and name != _OTHER:
            cells.setdefault(name, (start, end))
    return cells if "problem" in cells else None
