"""Compare what was found with what the notice declares, so a reader sees where to look."""

from __future__ import annotations

from collections import Counter

from extractor.models import Issue, Report
from extractor.vocab.sections import PLAN_TITLE

_NO_ITEMS = {
    None: "no rectification items found: this may not be a rectification notice",
    True: "no rectification items found: the text reads as a rectification notice but shows no findings "
    "(a copy that stops before them, or findings laid out in a way not recognised)",
    False: "no rectification items found: this does not read as a rectification notice",
}


def count_warnings(report: Report, issues: list[Issue], reads_as_notice: bool | None = None) -> list[str]:
    """Warnings for declared-vs-found mismatches and for text that yields no issues at all (why, where the genre
    was judged: a notice's opening cut before its findings is told from a page of another kind)."""
    warnings: list[str] = []
    if not issues:
        warnings.append(_NO_ITEMS[reads_as_notice])
    elif report.title and PLAN_TITLE.search(report.title):
        warnings.append("this reads as a rectification plan (整改方案): its items state measures planned, not done")
    declared = report.declared_issue_count
    # (The finest count may be of the tasks the problems became, "13个问题，细化为56项整改任务", where the notice's
    # tally of where the problems stand counts the problems: found as many as it tallies, nothing is amiss.)
    tallied = report.declared_status_counts.tallied() if report.declared_status_counts else None
    if declared is not None and issues and len(issues) not in (declared, tallied):
        warnings.append(f"count mismatch: the notice declares {declared} issues, {len(issues)} were found")
    if report.declared_status_counts is not None and issues:
        found: Counter[str] = Counter(issue.status for issue in issues)
        for status, value in report.declared_status_counts.model_dump().items():
            if value and found.get(status, 0) != value:
                warnings.append(
                    f"status count mismatch: the notice declares {value} {status}, {found.get(status, 0)} were found"
                )
    return warnings
