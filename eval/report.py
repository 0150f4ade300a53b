"""Render results: the comparison table (terminal and Markdown), error lists, per-document view."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eval.evaluate import SystemResult
from eval.metrics import per_doc_rows

DASH = "–"


# --- plain-text table with CJK-aware widths -------------------------------------------------


def display_width(text: str) -> int:
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def pad(text: str, width: int, right: bool = False) -> str:
    fill = " " * max(0, width - display_width(text))
    return fill + text if right else text + fill


def truncate(text: str, width: int) -> str:
    """Cut `text` to at most `width` display columns, marking the cut with "…"."""
    text = " ".join(text.split())
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


@dataclass
class Spanned:
    """A row whose leading cells are normal and whose remaining text spans all other columns."""

    cells: list[str]
    text: str


Row = list[str] | Spanned


def render_table(headers: Sequence[str], rows: Sequence[Row], right: Sequence[bool] | None = None) -> str:
    right = list(right) if right is not None else [False] * len(headers)
    widths = [display_width(h) for h in headers]
    for row in rows:
        cells = row.cells if isinstance(row, Spanned) else row
        for i, cell in enumerate(cells):
            widths[i] = max(widths[i], display_width(cell))
    sep = "  "
    lines = [sep.join(pad(h, widths[i], right[i]) for i, h in enumerate(headers)).rstrip()]
    lines.append(sep.join("-" * w for w in widths))
    for row in rows:
        if isinstance(row, Spanned):
            lead = sep.join(pad(c, widths[i], right[i]) for i, c in enumerate(row.cells))
            lines.append((lead + sep + row.text).rstrip())
        else:
            lines.append(sep.join(pad(c, widths[i], right[i]) for i, c in enumerate(row)).rstrip())
    return "\n".join(lines)


def render_markdown(headers: Sequence[str], rows: Sequence[Row]) -> str:
    def esc(cell: str) -> str:
        return cell.replace("|", "\\|")

    lines = ["| " + " | ".join(esc(h) for h in headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    for row in rows:
        if isinstance(row, Spanned):
            cells = [*row.cells, row.text]
            cells += [""] * (len(headers) - len(cells))
        else:
            cells = list(row)
        lines.append("| " + " | ".join(esc(c) for c in cells) + " |")
    return "\n".join(lines)


# --- cell formatting ------------------------------------------------------------------------


def f3(value: float | None) -> str:
    return DASH if value is None else f"{value:.3f}"


def with_ci(value: float | None, ci: Sequence[float] | None, signed: bool = False) -> str:
    if value is None:
        return DASH
    fmt = "+.3f" if signed else ".3f"
    cfmt = "+.2f" if signed else ".2f"
    text = format(value, fmt)
    if ci:
        text += f" [{format(ci[0], cfmt)}, {format(ci[1], cfmt)}]"
    return text


def count(value: int | None) -> str:
    return DASH if value is None else f"{value:,}"


def dollars(micro: int | None) -> str:
    return DASH if micro is None else f"{micro / 1e6:.4f}"


def rate(value: float | None) -> str:
    if value is None:
        return DASH
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


HEADERS = (
    "system", "P", "R", "F1 [95% CI]", "ΔF1 vs base [95% CI]", "sim", "st.acc", "st.F1",
    "cat", "path", "acct F1", "rep µ", "rep M", "wall s", "docs/s", "calls", "cached", "tok in/out", "cost $",
    "retries", "reasks", "fallbk", "dropped", "err",
)  # fmt: skip
RIGHT = (False,) + (True,) * (len(HEADERS) - 1)

LEGEND = "\n".join(
    (
        "P/R/F1: issues aligned one-to-one by problem similarity, micro-averaged; CI: bootstrap over documents.",
        "ΔF1: paired bootstrap vs the first row.  sim: mean problem similarity of matched issues.",
        "st.acc/st.F1 (status accuracy/macro-F1), cat, path, acct F1: over matched issues.",
        "rep µ/M: report-field accuracy micro/macro.  wall s: extraction time over all documents.",
        "calls: HTTP requests sent (re-asks and retries included); cached: parts answered from the cache, no call.",
        "cost $: tokens of the calls sent x per-model price (--prices/--price); reasks: validation re-asks.",
        "fallbk: parts the LLM could not deliver, done by the rules instead; dropped: LLM items and fields that",
        "failed their grounding check.  err: documents on which the system raised.",
    )
)


def table_rows(results: Sequence[SystemResult]) -> list[Row]:
    rows: list[Row] = []
    for r in results:
        if r.skipped is not None:
            rows.append(Spanned([r.name], f"skipped: {r.skipped}"))
            continue
        s = r.summary
        iss = s["issues"]
        usage = s["usage"]
        tokens = DASH
        if "input_tokens" in usage or "output_tokens" in usage:
            tokens = f"{count(usage.get('input_tokens'))}/{count(usage.get('output_tokens'))}"
        delta = DASH
        if "delta_f1" in iss:
            delta = with_ci(iss["delta_f1"], iss.get("delta_f1_ci"), signed=True)
        elif r is results[0]:
            delta = "(base)"
        rows.append(
            [
                r.name,
                f3(iss["precision"]),
                f3(iss["recall"]),
                with_ci(iss["f1"], iss.get("f1_ci")),
                delta,
                f3(s["problem_similarity"]),
                f3(s["status"]["accuracy"]),
                f3(s["status"]["macro_f1"]),
                f3(s["category_accuracy"]),
                f3(s["path_accuracy"]),
                f3(s["accountability"]["f1"]),
                f3(s["report_fields"]["micro"]),
                f3(s["report_fields"]["macro"]),
                f"{s['speed']['seconds']:.2f}",
                rate(s["speed"]["docs_per_s"]),
                count(usage.get("calls")),
                count(usage.get("cache_hits")),
                tokens,
                dollars(usage.get("cost_micro_usd")),
                count(usage.get("retries")),
                count(usage.get("reasks")),
                count(usage.get("fallbacks")),
                count(usage.get("dropped")),
                str(len(s["errors"])),
            ]
        )
    return rows


def comparison_table(results: Sequence[SystemResult]) -> str:
    return render_table(HEADERS, table_rows(results), RIGHT)


def comparison_markdown(results: Sequence[SystemResult]) -> str:
    return render_markdown(HEADERS, table_rows(results))


# --- missed / hallucinated issues -----------------------------------------------------------


def error_items(result: SystemResult) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """(missed, hallucinated) as (doc stem, issue id, problem) triples."""
    missed, hallucinated = [], []
    for d in result.docs:
        for gi in d.alignment.missed:
            issue = d.gold.issues[gi]
            missed.append((d.stem, issue.id, issue.problem))
        for pi in d.alignment.hallucinated:
            issue = d.pred.issues[pi]
            hallucinated.append((d.stem, issue.id, issue.problem))
    return missed, hallucinated


def error_lists(results: Sequence[SystemResult], limit: int | None = 15, excerpt: int = 60) -> str:
    """Missed and hallucinated issues per system; at most `limit` lines per list (None: all)."""
    blocks = []
    for r in results:
        if r.skipped is not None:
            continue
        for label, items in zip(("missed", "hallucinated"), error_items(r)):
            if not items:
                continue
            lines = [f"{label} issues — {r.name} ({len(items)}):"]
            shown = items if limit is None else items[:limit]
            for stem, issue_id, problem in shown:
                lines.append(f"  {stem}  #{issue_id}  {truncate(problem, excerpt)}")
            if len(shown) < len(items):
                lines.append(f"  … {len(items) - len(shown)} more (use -v, or see the run folder)")
            blocks.append("\n".join(lines))
        for err in r.summary["errors"]:
            blocks.append(f"error — {r.name} on {err['doc']}: {err['error']}")
    return "\n\n".join(blocks)


def error_lists_markdown(results: Sequence[SystemResult], excerpt: int = 80) -> str:
    blocks = []
    for r in results:
        if r.skipped is not None:
            continue
        for label, items in zip(("Missed", "Hallucinated"), error_items(r)):
            if not items:
                continue
            lines = [f"### {label} issues — {r.name} ({len(items)})", ""]
            lines += [f"- `{stem}` #{issue_id}: {truncate(problem, excerpt)}" for stem, issue_id, problem in items]
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


# --- per-document breakdown -----------------------------------------------------------------

DOC_HEADERS = ("doc", "gold", "pred", "match", "miss", "halluc", "P", "R", "F1", "sim", "st.acc", "rep", "sec", "error")


def per_document(result: SystemResult) -> str:
    rows: list[Row] = []
    for row in per_doc_rows(result.stats):
        rows.append(
            [
                row["doc"],
                str(row["gold"]),
                str(row["predicted"]),
                str(row["matched"]),
                str(row["missed"]),
                str(row["hallucinated"]),
                f3(row["precision"]),
                f3(row["recall"]),
                f3(row["f1"]),
                f3(row["problem_similarity"]),
                f3(row["status_accuracy"]),
                f3(row["report_accuracy"]),
                f"{row['seconds']:.2f}",
                truncate(row["error"], 40) if row["error"] else "",
            ]
        )
    right = [False] + [True] * (len(DOC_HEADERS) - 2) + [False]
    return f"per document — {result.name}\n" + render_table(DOC_HEADERS, rows, right)


def field_breakdown(results: Sequence[SystemResult]) -> str:
    """Per-field report accuracy, fields as rows and systems as columns."""
    scored = [r for r in results if r.skipped is None]
    if not scored:
        return ""
    fields = list(scored[0].summary["report_fields"]["per_field"])
    rows: list[Row] = [[name, *(f3(r.summary["report_fields"]["per_field"][name]) for r in scored)] for name in fields]
    headers = ["report field", *(r.name for r in scored)]
    return render_table(headers, rows, [False] + [True] * len(scored))


def summary_record(result: SystemResult) -> dict[str, Any]:
    record: dict[str, Any] = {"name": result.name, "kind": result.kind, "info": result.info, "skipped": result.skipped}
    if result.skipped is None:
        record["metrics"] = result.summary
        record["per_document"] = per_doc_rows(result.stats)
    return record
