"""A self-contained review page: the notice's text with every issue highlighted, beside a table of issues.

One page per notice, or one page for a batch with a document list on the left. Everything (CSS,
script) is inline, so the page works offline and can be mailed around. Clicking an issue row selects
and scrolls to its highlight; clicking a highlight selects its row. Warnings sit at the top of each
notice. The page reads its URL fragment on load: `#doc=2&click=3` shows the second document and
clicks its third issue (`#click=3` for a single notice), which makes a selection linkable (and lets a
headless browser test the click). The script records what it did in the DOM: `data-highlights` on
each document section (distinct issues highlighted) and `<output id="selected">` (the selection).

Highlights come from each issue's `span` (the text that spans index must be supplied, or is reloaded
from the extraction's source path); an issue without a span is located by its verbatim `problem`, or
listed as 未定位.
"""

from __future__ import annotations

import html
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from extractor.models import STATUSES, Extraction, Issue
from extractor.output.flat import cell_text
from extractor.output.labels import ISSUE_LABELS, STATUS_COLOURS, status_label
from extractor.output.markdown import report_rows

TextLookup = Callable[[Extraction], "str | None"]

_CSS = """
*{box-sizing:border-box}body{margin:0;font:14px/1.6 "Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",
"PingFang SC",sans-serif;color:#222;background:#f6f7f9}header.top{padding:10px 18px;background:#1f3a5f;color:#fff}
header.top h1{margin:0;font-size:18px}header.top .stats{opacity:.85;font-size:13px}
.layout{display:flex;align-items:flex-start}#doclist{width:260px;flex:none;max-height:calc(100vh - 60px);
overflow:auto;position:sticky;top:0;border-right:1px solid #dde;background:#fff}#doclist ol{margin:0;padding:0;
list-style:none}#doclist li a{display:block;padding:6px 10px;border-bottom:1px solid #eef;color:#223;
text-decoration:none;font-size:13px}#doclist li a.active{background:#e6eefb;font-weight:bold}
#doclist li a.failed{color:#a00}#doclist .count{float:right;color:#678}main{flex:1;min-width:0;padding:12px 18px}
.doc{display:none}.doc.active{display:block}.doc h2{margin:4px 0 8px;font-size:17px}
.about{margin:0 0 8px;font-size:13px;color:#445}.about summary{cursor:pointer}.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0 0 8px;font-size:13px}
.facts dt{color:#667}.facts dd{margin:0}.warnings{margin:6px 0 10px}.warning{margin:3px 0;padding:6px 10px;
background:#fff4ce;border-left:4px solid #e0a800}.error{padding:10px;background:#fde2e2;border-left:4px solid #c00}
.panes{display:flex;gap:14px;align-items:flex-start}.text{position:relative;flex:3;min-width:0;background:#fff;border:1px solid #dde;
padding:12px 14px;max-height:calc(100vh - 120px);overflow:auto}.text pre{margin:0;white-space:pre-wrap;
word-break:break-word;font:inherit}.issues{position:relative;flex:2;min-width:0;max-height:calc(100vh - 120px);overflow:auto}
table{border-collapse:collapse;width:100%;background:#fff;font-size:13px}th,td{border:1px solid #dde;padding:4px 6px;
vertical-align:top;text-align:left}th{background:#eef2f8;position:sticky;top:0}tbody tr{cursor:pointer}
tbody tr:hover{background:#f3f7ff}tr.selected{background:#dbe8ff!important;outline:2px solid #3a6fd8}
mark.issue{background:#fff3b0;cursor:pointer;border-radius:2px}mark.issue.problem{background:#ffe066;
text-decoration:underline;text-decoration-color:#b58900}mark.issue.alt{background:#e3f2d9}
mark.issue.alt.problem{background:#c5e6b0}mark.issue.selected{background:#9cc3ff;outline:2px solid #3a6fd8}
.badge{display:inline-block;padding:0 6px;border-radius:9px;font-size:12px;white-space:nowrap;border:1px solid #ccd}
.unlocated{color:#a00;font-size:12px}
"""

_SCRIPT = """
(function(){
  function sections(){return Array.prototype.slice.call(document.querySelectorAll('section.doc'));}
  function show(d){
    sections().forEach(function(s){s.classList.toggle('active', s.dataset.doc===String(d));});
    document.querySelectorAll('#doclist a').forEach(function(a){a.classList.toggle('active', a.dataset.doc===String(d));});
  }
  function select(d,k,scroll){
    document.querySelectorAll('.selected').forEach(function(e){e.classList.remove('selected');});
    var sec=document.getElementById('doc-'+d); if(!sec) return false;
    var row=sec.querySelector('tr[data-issue="'+k+'"]'); var marks=sec.querySelectorAll('mark[data-issue="'+k+'"]');
    if(!row) return false;
    show(d); row.classList.add('selected');
    marks.forEach(function(m){m.classList.add('selected');});
    var out=document.getElementById('selected');
    out.value=d+':'+k; out.textContent=d+':'+k; out.dataset.doc=d; out.dataset.issue=k; out.dataset.marks=marks.length;
    if(scroll!==false){
      var pane=sec.querySelector('.text'), side=sec.querySelector('.issues');
      if(marks.length){pane.scrollTop=Math.max(0, marks[0].offsetTop-pane.clientHeight/3);}
      if(row.offsetTop<side.scrollTop || row.offsetTop>side.scrollTop+side.clientHeight-40){side.scrollTop=Math.max(0,row.offsetTop-60);}
    }
    return true;
  }
  document.addEventListener('click',function(ev){
    var t=ev.target.closest('tr[data-issue],mark[data-issue],#doclist a'); if(!t) return;
    if(t.matches('#doclist a')){ev.preventDefault(); show(t.dataset.doc); return;}
    var sec=t.closest('section.doc'); select(sec.dataset.doc, t.dataset.issue, true);
  });
  document.addEventListener('keydown',function(ev){
    if(ev.key==='Enter' && ev.target.matches && ev.target.matches('mark[data-issue],tr[data-issue]')){ev.target.click();}
  });
  function fromHash(){
    var h=location.hash.replace(/^#/,''); if(!h) return;
    var p={}; h.split('&').forEach(function(kv){var i=kv.indexOf('='); if(i>0) p[kv.slice(0,i)]=decodeURIComponent(kv.slice(i+1));});
    var d=p.doc||'1'; show(d);
    if(p.click){ var sec=document.getElementById('doc-'+d); var row=sec&&sec.querySelector('tr[data-issue="'+p.click+'"]');
      if(row){ row.click(); } }
  }
  sections().forEach(function(s){
    var ids={}; s.querySelectorAll('mark.issue').forEach(function(m){ids[m.dataset.issue]=1;});
    s.dataset.highlights=Object.keys(ids).length;
  });
  document.body.dataset.ready='1';
  window.addEventListener('hashchange',fromHash); fromHash();
})();
"""


def _e(text: Any) -> str:
    return html.escape("" if text is None else str(text), quote=True)


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
    return (f'<tr data-issue="{number}" tabindex="0"><td>{_e(number)}</td><td>{_e(path)}</td>'
            f"<td>{_badge(issue.status)}</td><td>{who}</td><td>{_e(problem)}{where}</td></tr>")


def _doc_section(index: int, record: Any, text: str | None, active: bool) -> str:
    cls = "doc active" if active else "doc"
    if not isinstance(record, Extraction):
        return (f'<section class="{cls}" id="doc-{index}" data-doc="{index}" data-issues="0">'
                f"<h2>{_e(record.source)}</h2><p class=\"error\">{_e(record.error_type)}：{_e(record.message)}</p></section>")
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
    brief = " · ".join(str(v) for v in (report.inspection_team, report.inspected_unit, report.feedback_date and
                                        f"反馈 {report.feedback_date}", f"{len(extraction.issues)} 个问题") if v)
    warnings = list(extraction.warnings)
    if text is None:
        warnings.append("原文不可用：无法标注问题位置")
    elif any(place is None for place in located):
        warnings.append(f"{sum(place is None for place in located)} 个问题无法在原文中定位")
    warning_html = "".join(f'<p class="warning">⚠ {_e(w)}</p>' for w in warnings)
    body = _marked_text(text, extraction, located) if text is not None else ""
    headers = "".join(f"<th>{_e(h)}</th>" for h in ("#", ISSUE_LABELS["path"], ISSUE_LABELS["status"],
                                                      ISSUE_LABELS["accountability"], ISSUE_LABELS["problem"]))
    rows = "".join(_issue_row(n, issue, place is not None)
                   for n, (issue, place) in enumerate(zip(extraction.issues, located), 1))
    return (f'<section class="{cls}" id="doc-{index}" data-doc="{index}" data-issues="{len(extraction.issues)}">'
            f"<h2>{_e(title)}</h2><div class=\"warnings\">{warning_html}</div>"
            f"<details class=\"about\"><summary>{_e(brief)}</summary><dl class=\"facts\">{facts}</dl></details>"
            f'<div class="panes"><article class="text"><pre>{body}</pre></article>'
            f'<aside class="issues"><table><thead><tr>{headers}</tr></thead><tbody>{rows}</tbody></table></aside></div>'
            "</section>")


def _default_text(extraction: Extraction) -> str | None:
    if not extraction.source:
        return None
    from extractor.errors import ExtractorError
    from extractor.load import load_path

    try:
        return load_path(extraction.source)
    except (ExtractorError, OSError):
        return None


def to_html(records: Iterable[Any], texts: Mapping[str, str] | TextLookup | None = None, *, title: str | None = None) -> str:
    """The review page for these records (Extractions, or failures with source/error_type/message).

    `texts` gives each notice's text (what its spans index), by source or as a function; by default
    the text is reloaded from the extraction's source path."""
    records = list(records)

    def text_of(extraction: Extraction) -> str | None:
        if callable(texts):
            return texts(extraction)
        if texts is not None and extraction.source in texts:
            return texts[extraction.source]
        return _default_text(extraction)

    several = len(records) != 1
    extractions = [r for r in records if isinstance(r, Extraction)]
    n_issues = sum(len(e.issues) for e in extractions)
    n_failed = len(records) - len(extractions)
    if title is None:
        title = (extractions[0].report.title or extractions[0].source) if not several and extractions else "整改通报审阅"
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
                label, count, cls = record.source, '<span class="count">✗</span>', "failed" + (" active" if index == 1 else "")
            items.append(f'<li><a href="#doc={index}" data-doc="{index}" class="{cls}" title="{_e(getattr(record, "source", ""))}">'
                         f"{count}{_e(label)}</a></li>")
        doclist = f'<nav id="doclist"><ol>{"".join(items)}</ol></nav>'
    sections = "".join(
        _doc_section(index, record, text_of(record) if isinstance(record, Extraction) else None, index == 1)
        for index, record in enumerate(records, 1)
    )
    badge_css = "".join(f".badge.s-{s}{{background:#{STATUS_COLOURS[s]}}}" for s in STATUSES)
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}{badge_css}</style></head>"
        f'<body><header class="top"><h1>{_e(title)}</h1><div class="stats">{_e(stats)}</div></header>'
        f'<div class="layout">{doclist}<main>{sections}</main></div>'
        '<output id="selected" hidden></output>'
        f"<script>{_SCRIPT}</script></body></html>\n"
    )


def render_html(extraction: Extraction, text: str | None = None) -> str:
    """The review page of one notice (FORMATS["html"]); `text` defaults to reloading its source."""
    return to_html([extraction], None if text is None else (lambda e: text))


__all__ = ["render_html", "to_html"]
