"""Chinese labels for the contract's fields and statuses, for the views people read (xlsx, html).

Keyed by model field name; `tests/test_output_tables.py` checks (with `missing_labels`) that every
field of the models has one, so a field added to models.py cannot silently drop out of the ledger.
"""

from __future__ import annotations

from extractor.models import STATUSES, Accountability, Issue, Report
from extractor.output.markdown import REPORT_LABELS as _MARKDOWN_REPORT_LABELS
from extractor.output.markdown import STATUS_LABELS

__all__ = [
    "ACCOUNTABILITY_LABELS",
    "ISSUE_LABELS",
    "REPORT_LABELS",
    "STATUS_COLOURS",
    "STATUS_LABELS",
    "missing_labels",
    "status_label",
]

ISSUE_LABELS: dict[str, str] = {
    "id": "编号",
    "path": "层级",
    "category": "方面/类别",
    "subcategory": "子类别",
    "problem": "问题",
    "cause": "原因分析",
    "measures": "整改措施",
    "status": "整改状态",
    "status_text": "状态原文",
    "accountability": "问责情况",
    "documents": "涉及文件",
    "span": "原文位置",
}
REPORT_LABELS: dict[str, str] = {
    **_MARKDOWN_REPORT_LABELS,
    "declared_status_counts": "声明状态数",
    "contacts": "联系方式",
}
ACCOUNTABILITY_LABELS: dict[str, str] = {"person": "姓名", "role": "职务", "action": "处理"}

STATUS_COLOURS: dict[str, str] = {
    "completed": "C6EFCE",  # green
    "long_term": "DDEBF7",  # blue
    "in_progress": "FFEB9C",  # amber
    "not_stated": "EDEDED",  # grey
}


def status_label(status: str) -> str:
    """已完成 / 长期坚持 / 整改中 / 未说明 for a contract status."""
    return STATUS_LABELS.get(status, status)


def missing_labels() -> list[str]:
    """Model fields or statuses without a label here (views fall back to the field name)."""
    return [
        *(f"Issue.{f}" for f in Issue.model_fields if f not in ISSUE_LABELS),
        *(f"Report.{f}" for f in Report.model_fields if f not in REPORT_LABELS),
        *(f"Accountability.{f}" for f in Accountability.model_fields if f not in ACCOUNTABILITY_LABELS),
        *(f"status {s}" for s in STATUSES if s not in STATUS_LABELS or s not in STATUS_COLOURS),
    ]
