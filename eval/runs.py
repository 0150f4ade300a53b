"""Write a run folder: runs/<timestamp>/{pairs/ (datasets save_to_disk), summary.json, summary.md}."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.evaluate import SystemResult
from eval.report import comparison_markdown, error_lists_markdown, summary_record
from extractor.models import Issue

PAIRS_DIR = "pairs"

_ISSUE_COLUMNS = ("id", "problem", "status", "category", "path")


def _issue_cells(prefix: str, issue: Issue | None) -> dict[str, Any]:
    if issue is None:
        return {f"{prefix}_{c}": None for c in _ISSUE_COLUMNS}
    return {
        f"{prefix}_id": issue.id,
        f"{prefix}_problem": issue.problem,
        f"{prefix}_status": issue.status,
        f"{prefix}_category": issue.category,
        f"{prefix}_path": list(issue.path),
    }


def pair_rows(results: Sequence[SystemResult]) -> list[dict[str, Any]]:
    """One row per matched pair, missed gold issue and hallucinated prediction."""
    rows = []
    for r in results:
        for d in r.docs:
            a = d.alignment
            for gi, pi, sim in a.pairs:
                rows.append(
                    {
                        "system": r.name,
                        "doc": d.stem,
                        **_issue_cells("gold", d.gold.issues[gi]),
                        **_issue_cells("pred", d.pred.issues[pi]),
                        "similarity": sim,
                        "match": "matched",
                    }
                )
            for gi in a.missed:
                rows.append(
                    {
                        "system": r.name,
                        "doc": d.stem,
                        **_issue_cells("gold", d.gold.issues[gi]),
                        **_issue_cells("pred", None),
                        "similarity": None,
                        "match": "missed",
                    }
                )
            for pi in a.hallucinated:
                rows.append(
                    {
                        "system": r.name,
                        "doc": d.stem,
                        **_issue_cells("gold", None),
                        **_issue_cells("pred", d.pred.issues[pi]),
                        "similarity": None,
                        "match": "hallucinated",
                    }
                )
    return rows


def pairs_dataset(results: Sequence[SystemResult]):
    import datasets

    string = datasets.Value("string")
    columns: dict[str, Any] = {"system": string, "doc": string}
    for side in ("gold", "pred"):
        columns.update(
            {
                f"{side}_id": string,
                f"{side}_problem": string,
                f"{side}_status": string,
                f"{side}_category": string,
                f"{side}_path": datasets.List(string),
            }
        )
    columns.update({"similarity": datasets.Value("float64"), "match": string})
    rows = pair_rows(results)
    table = {name: [row[name] for row in rows] for name in columns}  # column-wise: also works with no rows
    return datasets.Dataset.from_dict(table, features=datasets.Features(columns))


def json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def new_run_dir(runs_dir: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = runs_dir / stamp
    n = 1
    while candidate.exists():
        n += 1
        candidate = runs_dir / f"{stamp}-{n}"
    candidate.mkdir(parents=True)
    return candidate


def write_run(
    runs_dir: Path,
    results: Sequence[SystemResult],
    settings: dict[str, Any],
    table_text: str,
) -> Path:
    import datasets

    run_dir = new_run_dir(Path(runs_dir))
    datasets.disable_progress_bars()
    # num_shards=1: with zero rows datasets would otherwise write no shard and fail to load it
    pairs_dataset(results).save_to_disk(str(run_dir / PAIRS_DIR), num_shards=1)

    summary = {"run": run_dir.name, **settings, "systems": [summary_record(r) for r in results]}
    (run_dir / "summary.json").write_text(
        json.dumps(summary, ensure_ascii=False, indent=2, default=json_default) + "\n", encoding="utf-8"
    )

    md = [f"# Evaluation run {run_dir.name}", ""]
    md += [f"- {key}: {value}" for key, value in settings.items() if not isinstance(value, (dict, list))]
    md += ["", comparison_markdown(results), ""]
    errors = error_lists_markdown(results)
    if errors:
        md += [errors, ""]
    md += ["<details><summary>plain-text table</summary>", "", "```", table_text, "```", "", "</details>", ""]
    (run_dir / "summary.md").write_text("\n".join(md), encoding="utf-8")
    return run_dir
