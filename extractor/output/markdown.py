"""A readable Markdown view of one extraction: the notice's facts, then one table row per issue."""

from __future__ import annotations

from extractor.models import Extraction, Report

STATUS_LABELS = {"completed": "已完成", "long_term": "长期坚持", "in_progress": "整改中", "not_stated": "未说明"}
REPORT_LABELS = {
    "title": "标题", "issuer": "发文单位", "inspected_unit": "被巡察单位", "inspection_team": "巡察组",
    "inspection_kind": "类型", "inspection_start": "巡察开始", "inspection_end": "巡察结束",
    "feedback_date": "反馈日期", "publish_date": "发布日期", "declared_issue_count": "声明问题数",
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
    lines = [f"# {_cell(extraction.report.title) or (extraction.source or '整改通报')}", ""]
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
