"""A self-contained review page: the notice's text with every issue highlighted, beside a table of issues.

One page per notice, or one page for a batch with a document list on the left. Everything (CSS,
script) is inline, so the page works offline and can be mailed around. Clicking an issue row selects
and scrolls to its highlight; clicking a highlight selects its row. Warnings sit at the top of each
notice. The page reads its URL fragment on load: `#doc=2&click=3` shows the second document and
clicks its third issue (`#click=3` for a single notice), which makes a selection linkable (and lets a
headless browser test the click). The script records what it did in the DOM: `data-highlights` on
each document section (distinct issues highlighted) and `<output id="selected">` (the selection).

Corrections (review.js): the reviewer deletes, adds (by selecting text in the source pane) and edits
issues and report fields; the working copy persists in localStorage keyed by the text's SHA-256, and
each notice exports as a gold file (an Extraction whose meta holds the reviewer, date and text), a
batch page all of them as one JSON list (`python -m eval --gold DIR` reads both). Each notice's data
sits in a `<script type="application/json">` with `<`, `>` and `&` escaped, so no notice string can
close it; the script writes notice strings into the DOM only as text.

Highlights come from each issue's `span` (the text that spans index must be supplied, or is reloaded
from the extraction's source path); an issue without a span is located by its verbatim `problem`, or
listed as 未定位.
"""

from __future__ import annotations

import functools
import hashlib
import html
import itertools
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from importlib.resources import files
from typing import Any, cast

from extractor.models import STATUSES, Extraction, Issue, Report
from extractor.output.flat import cell_text
from extractor.output.labels import ISSUE_LABELS, REPORT_LABELS, STATUS_COLOURS, STATUS_LABELS, status_label
from extractor.output.markdown import report_rows

TextLookup = Callable[[Extraction], "str | None"]


def _e(text: Any) -> str:
    return html.escape("" if text is None else str(text), quote=True)


@functools.cache
def _asset(name: str) -> str:
    """A file shipped beside this module (review.css, review.js, navigate.js): kept out of the Python source.

    review.js runs first: it renders each notice from its data (and stored corrections) before
    navigate.js selects what the URL fragment names."""
    return files("extractor.output").joinpath(name).read_text(encoding="utf-8")


_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def script_json(value: Any) -> str:
    """JSON that can sit inside <script>: no `<` (so no `</script>` or `<!--`), `>` or `&` survives raw."""
    return json.dumps(value, ensure_ascii=False).translate(_SCRIPT_SAFE)


def text_hash(text: str) -> str:
    """The key of a notice's corrections in the browser: the SHA-256 of its text (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


_CORRECTION_KINDS = {"corrected": "已更正", "added": "新增", "deleted": "已删除"}
_CORRECTION_MARKS = {"corrected": "✎", "added": "＋", "deleted": "✗"}


def _report_fields() -> list[dict[str, str]]:
    """The report form's inputs, from the Report model: key (dotted), label, kind (text/date/int/list)."""
    fields: list[dict[str, str]] = []
    for name, info in Report.model_fields.items():
        label = REPORT_LABELS.get(name, name)
        annotation = str(info.annotation)
        if name == "declared_status_counts":
            fields += [
                {"key": f"{name}.{s}", "label": f"声明{status_label(s)}数", "kind": "int"}
                for s in ("completed", "long_term", "in_progress")
            ]
        elif name == "contacts":
            fields += [
                {"key": "contacts.phones", "label": "联系电话", "kind": "list"},
                {"key": "contacts.emails", "label": "电子邮箱", "kind": "list"},
                {"key": "contacts.address", "label": "联系地址", "kind": "text"},
                {"key": "contacts.postcode", "label": "邮编", "kind": "text"},
            ]
        else:
            kind = "date" if "date" in annotation else "int" if "int" in annotation else "text"
            fields.append({"key": name, "label": label, "kind": kind})
    return fields


def _schema() -> dict[str, Any]:
    return {
        "statuses": {s: STATUS_LABELS[s] for s in STATUSES},
        "kinds": _CORRECTION_KINDS,
        "marks": _CORRECTION_MARKS,
        "report": _report_fields(),
    }


def _locate(extraction: Extraction, text: str | None) -> list[tuple[int, int, int] | None]:
    """(start, end, problem_start) per issue, clipped to the text; None when it cannot be placed."""
    located: list[tuple[int, int, int] | None] = []
    for issue in extraction.issues:
        if text is None:
            located.append(None)
            continue
        span = issue.span
        if span is not None and span[1] <= len(text) and span[0] < span[1]:
            start, end = span
            problem_at = text.find(issue.problem, start, end)
            located.append((start, end, problem_at))
            continue
        at = text.find(issue.problem)
        located.append((at, at + len(issue.problem), at) if at >= 0 else None)
    return located


def _marked_text(text: str, extraction: Extraction, located: list[tuple[int, int, int] | None]) -> str:
    """The escaped text with <mark> elements: every piece of text covered by an issue's span is marked for
    the innermost (latest-starting) issue covering it, so overlapping or nested spans still show each issue."""
    bounds = {0, len(text)}
    ranges: list[tuple[int, int, int, int, int]] = []  # start, end, issue number, problem start, problem end
    for number, (place, issue) in enumerate(zip(located, extraction.issues), 1):
        if place is None:
            continue
        start, end, problem_at = place
        p_start, p_end = (problem_at, problem_at + len(issue.problem)) if problem_at >= 0 else (-1, -1)
        ranges.append((start, end, number, p_start, p_end))
        bounds.update((start, end))
        if p_start >= 0:
            bounds.update((p_start, min(p_end, end)))
    cuts = sorted(b for b in bounds if 0 <= b <= len(text))
    out: list[str] = []
    first_seen: set[int] = set()
    ranges.sort(key=lambda r: (r[0], -r[1]))
    for left, right in itertools.pairwise(cuts):
        if left == right:
            continue
        piece = _e(text[left:right])
        covering = [r for r in ranges if r[0] <= left and right <= r[1]]
        if not covering:
            out.append(piece)
            continue
        start, end, number, p_start, p_end = covering[-1]
        classes = ["issue"]
        if p_start <= left and right <= p_end:
            classes.append("problem")
        if number % 2 == 0:
            classes.append("alt")
        anchor = ""
        if number not in first_seen:
            first_seen.add(number)
            anchor = f' tabindex="0" title="{_e(ISSUE_LABELS["problem"])} {number}"'
        out.append(f'<mark class="{" ".join(classes)}" data-issue="{number}"{anchor}>{piece}</mark>')
    return "".join(out)


def _badge(status: str) -> str:
    return f'<span class="badge s-{_e(status)}">{_e(status_label(status))}</span>'


def _issue_row(number: int, issue: Issue, placed: bool) -> str:
    who = "<br>".join(_e(cell_text(a)) for a in issue.accountability)
    problem = issue.problem if len(issue.problem) <= 60 else issue.problem[:60] + "…"
    where = "" if placed else ' <span class="unlocated">未定位</span>'
    path = " › ".join(issue.path) or issue.id
    return (
        f'<tr data-issue="{number}" tabindex="0"><td>{_e(number)}</td><td class="mark"></td><td>{_e(path)}</td>'
        f'<td>{_badge(issue.status)}</td><td class="who">{who}</td><td class="problem">{_e(problem)}{where}</td></tr>'
    )


def _doc_section(index: int, record: Any, text: str | None, active: bool) -> str:
    cls = "doc active" if active else "doc"
    if not isinstance(record, Extraction):
        return (
            f'<section class="{cls}" id="doc-{index}" data-doc="{index}" data-issues="0">'
            f'<h2>{_e(record.source)}</h2><p class="error">{_e(record.error_type)}：{_e(record.message)}</p></section>'
        )
    extraction = record
    located = _locate(extraction, text)
    title = extraction.report.title or extraction.source or "整改通报"
    facts = "".join(f"<dt>{_e(label)}</dt><dd>{_e(value)}</dd>" for label, value in report_rows(extraction.report))
    counts = Counter(i.status for i in extraction.issues)
    summary = "；".join(f"{status_label(s)} {counts[s]}" for s in STATUSES if counts[s])
    facts += f"<dt>识别问题数</dt><dd>{len(extraction.issues)}{'（' + _e(summary) + '）' if summary else ''}</dd>"
    if extraction.source:
        facts += f"<dt>来源文件</dt><dd>{_e(extraction.source)}</dd>"
    report = extraction.report
    brief = " · ".join(
        str(v)
        for v in (
            report.inspection_team,
            report.inspected_unit,
            report.feedback_date and f"反馈 {report.feedback_date}",
            f"{len(extraction.issues)} 个问题",
        )
        if v
    )
    warnings = list(extraction.warnings)
    if text is None:
        warnings.append("原文不可用：无法标注问题位置")
    elif any(place is None for place in located):
        warnings.append(f"{sum(place is None for place in located)} 个问题无法在原文中定位")
    warning_html = "".join(f'<p class="warning">⚠ {_e(w)}</p>' for w in warnings)
    body = _marked_text(text, extraction, located) if text is not None else ""
    headers = "".join(
        f'<th class="{c}">{_e(h)}</th>'
        for c, h in (
            ("n", "#"),
            ("mark", ""),
            ("path", ISSUE_LABELS["path"]),
            ("status", ISSUE_LABELS["status"]),
            ("who", ISSUE_LABELS["accountability"]),
            ("problem", ISSUE_LABELS["problem"]),
        )
    )
    rows = "".join(
        _issue_row(n, issue, place is not None) for n, (issue, place) in enumerate(zip(extraction.issues, located), 1)
    )
    return (
        f'<section class="{cls}" id="doc-{index}" data-doc="{index}" data-issues="{len(extraction.issues)}">'
        f'<h2>{_e(title)}</h2><div class="warnings">{warning_html}</div>'
        f'<details class="about"><summary>{_e(brief)}</summary><dl class="facts">{facts}</dl>'
        '<form class="report-form" onsubmit="return false"></form></details>'
        f"{_TOOLBAR}"
        f'<div class="panes"><article class="text"><pre>\n{body}</pre></article>'
        '<aside class="issues"><div class="editor" hidden></div>'
        f'<div class="rows"><table><thead><tr>{headers}</tr></thead><tbody>{rows}</tbody></table></div></aside></div>'
        f'<script type="application/json" class="doc-data">{_doc_data(extraction, text)}</script>'
        "</section>"
    )


_TOOLBAR = (
    '<div class="toolbar"><button type="button" data-act="add">＋ 以选中原文新增问题</button>'
    '<button type="button" data-act="export">导出本篇金标准</button>'
    '<button type="button" data-act="reset">撤销本篇全部更正</button><span class="corrections"></span></div>'
)


def _doc_data(extraction: Extraction, text: str | None) -> str:
    """What the corrections script starts from: the extraction as the extractor made it, and the text."""
    key = text_hash(text) if text is not None else text_hash("source:" + (extraction.source or ""))
    return script_json(
        {"source": extraction.source, "sha256": key, "text": text, "extraction": extraction.model_dump(mode="json")}
    )


def _default_text(extraction: Extraction) -> str | None:
    if not extraction.source:
        return None
    from extractor.errors import ExtractorError
    from extractor.load import load_path

    try:
        return load_path(extraction.source)
    except (ExtractorError, OSError):
        return None


def to_html(
    records: Iterable[Any], texts: Mapping[str, str] | TextLookup | None = None, *, title: str | None = None
) -> str:
    """The review page for these records (Extractions, or failures with source/error_type/message).

    `texts` gives each notice's text (what its spans index), by source or as a function; by default
    the text is reloaded from the extraction's source path."""
    records = list(records)

    def text_of(extraction: Extraction) -> str | None:
        if callable(texts):
            return texts(extraction)
        if texts is not None and extraction.source in texts:
            return texts[cast(str, extraction.source)]  # in texts, so a str
        return _default_text(extraction)

    several = len(records) != 1
    extractions = [r for r in records if isinstance(r, Extraction)]
    n_issues = sum(len(e.issues) for e in extractions)
    n_failed = len(records) - len(extractions)
    if title is None:
        title = (
            (extractions[0].report.title or extractions[0].source) if not several and extractions else "整改通报审阅"
        )
    stats = f"{len(records)} 份通报 · {n_issues} 个问题" + (f" · {n_failed} 份失败" if n_failed else "")
    doclist = ""
    if several:
        items = []
        for index, record in enumerate(records, 1):
            if isinstance(record, Extraction):
                label = record.report.title or record.source or f"通报 {index}"
                count = f'<span class="count">{len(record.issues)}</span>'
                cls = "active" if index == 1 else ""
            else:
                label, count, cls = (
                    record.source,
                    '<span class="count">✗</span>',
                    "failed" + (" active" if index == 1 else ""),
                )
            items.append(
                f'<li><a href="#doc={index}" data-doc="{index}" class="{cls}" title="{_e(getattr(record, "source", ""))}">'
                f"{count}{_e(label)}</a></li>"
            )
        doclist = f'<nav id="doclist"><ol>{"".join(items)}</ol></nav>'
    sections = "".join(
        _doc_section(index, record, text_of(record) if isinstance(record, Extraction) else None, index == 1)
        for index, record in enumerate(records, 1)
    )
    export_all = '<button type="button" data-act="export-all">导出全部金标准</button>' if several else ""
    badge_css = "".join(f".badge.s-{s}{{background:#{STATUS_COLOURS[s]}}}" for s in STATUSES)
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_asset('review.css')}{badge_css}</style></head>"
        f'<body><header class="top"><div class="review"><label>审阅人 <input id="reviewer" autocomplete="name"></label> '
        f'{export_all}<output id="review-status"></output></div>'
        f'<h1>{_e(title)}</h1><div class="stats">{_e(stats)}</div></header>'
        f'<div class="layout">{doclist}<main>{sections}</main></div>'
        '<output id="selected" hidden></output>'
        f'<script type="application/json" id="review-schema">{script_json(_schema())}</script>'
        f"<script>{_asset('review.js')}\n{_asset('navigate.js')}</script></body></html>\n"
    )


def render_html(extraction: Extraction, text: str | None = None) -> str:
    """The review page of one notice (FORMATS["html"]); `text` defaults to reloading its source."""
    return to_html([extraction], None if text is None else (lambda e: text))


__all__ = ["render_html", "to_html"]
