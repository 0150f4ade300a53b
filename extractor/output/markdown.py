"""A readable Markdown view: per notice its facts (source file first), then one table row per issue.

A batch gets an index table first (one row per document: its source file, title and issue count),
so a reader of the combined file always knows which file a table came from.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from extractor.models import Extraction, Report

STATUS_LABELS = {"completed": "已完成", "long_term": "长期坚持", "in_progress": "整改中", "not_stated": "未说明"}
REPORT_LABELS = {
    "title": "标题",
    "issuer": "发文单位",
    "inspected_unit": "被巡察单位",
    "inspection_team": "巡察组",
    "inspection_kind": "类型",
    "inspection_start": "巡察开始",
    "inspection_end": "巡察结束",
    "feedback_date": "反馈日期",
    "publish_date": "发布日期",
    "declared_issue_count": "声明问题数",
    "lead_official": "整改负总责",
}


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def report_rows(report: Report) -> list[tuple[str, str]]:
    """(label, value) pairs for the report fields that were found."""
    rows = []
    for field, label in REPORT_LABELS.items():
        value = getattr(report, field)
        if value is not None:
            rows.append((label, str(value)))
    contacts = report.contacts
    if contacts.phones or contacts.emails or contacts.address:
        parts = contacts.phones + contacts.emails + [p for p in (contacts.address, contacts.postcode) if p]
        rows.append(("联系方式", "；".join(parts)))
    return rows


def to_markdown(extraction: Extraction) -> str:
    lines = [f"# {_cell(extraction.report.title) or _cell(extraction.source) or '整改通报'}", ""]
    if extraction.source:
        lines.append(f"- **来源文件**：{_cell(extraction.source)}")
    for label, value in report_rows(extraction.report):
        lines.append(f"- **{label}**：{_cell(value)}")
    for warning in extraction.warnings:
        lines.append(f"- ⚠ {_cell(warning)}")
    lines += ["", "| # | 层级 | 类别 | 问题 | 状态 | 问责 |", "|---|---|---|---|---|---|"]
    for issue in extraction.issues:
        who = "；".join(f"{a.person}（{a.action}）" for a in issue.accountability)
        lines.append(
            f"| {issue.id} | {' > '.join(issue.path)} | {_cell(issue.category)} | {_cell(issue.problem)} | "
            f"{STATUS_LABELS[issue.status]} | {_cell(who)} |"
        )
    return "\n".join(lines) + "\n"


def to_markdown_many(records: Iterable[Any]) -> str:
    """Markdown for a batch: an index naming each document's source file, then each notice (or failure)."""
    records = list(records)
    index = ["| # | 来源文件 | 标题 | 问题数 |", "|---|---|---|---|"]
    parts = []
    for number, record in enumerate(records, 1):
        if isinstance(record, Extraction):
            index.append(f"| {number} | {_cell(record.source)} | {_cell(record.report.title)} | {len(record.issues)} |")
            parts.append(to_markdown(record))
        else:
            index.append(f"| {number} | {_cell(record.source)} | ✗ {_cell(record.error_type)} | |")
            parts.append(f"# {_cell(record.source)}\n\n- ✗ {_cell(record.error_type)}: {_cell(record.message)}\n")
    if len(records) < 2:
        return "\n---\n\n".join(parts)
    return "\n".join(index) + "\n\n" + "\n---\n\n".join(parts)
