"""Load the gold set: gold/<stem>.json (an Extraction) plus its document gold/docs/<stem>.txt.

Three shapes are read: a gold file (an Extraction whose `source` names its document), a labelled page
opening (shared/real-openings), and an export of the review page: an Extraction carrying its own text in
`meta.text` (checked against `meta.text_sha256`), or a JSON list of them (a batch page's export), one
document per element, named after its source file.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from extractor.models import Contacts, Extraction, Report


class GoldError(Exception):
    """The gold directory is unusable; the message is one line meant for the terminal."""


@dataclass(frozen=True)
class GoldDoc:
    stem: str
    text: str
    gold: Extraction


def _doc_path(gold_dir: Path, stem: str, extraction: Extraction) -> Path:
    if extraction.source:
        candidate = gold_dir / extraction.source
        if candidate.is_file():
            return candidate
    return gold_dir / "docs" / f"{stem}.txt"


_OPENING_EXTRAS = ("url", "truncated", "not_a_notice", "notes")


def _unlabelled(report: dict[str, Any]) -> list[str]:
    """The report fields (as the eval names them) a labelled opening does not carry, so they go unscored: its shape
    has no postal address or postcode, and a label may leave out a field its set did not label (the shared openings
    give no tally by status)."""
    fields = [name for name in Report.model_fields if name != "contacts" and name not in report]
    contacts = [f"contacts.{name}" for name in Contacts.model_fields if name not in report]
    return fields + contacts


def _from_opening(data: dict[str, Any]) -> str:
    """A labelled page opening (the shape of shared/real-openings/gold: `doc`, flat contacts, issues
    without ids, `truncated`) as Extraction JSON, so every labelled set goes through one scorer."""
    report = dict(data.get("report") or {})
    unlabelled = _unlabelled(report)
    report["contacts"] = {"phones": report.pop("phones", []), "emails": report.pop("emails", [])}
    issues = [{"id": str(k), **issue} for k, issue in enumerate(data.get("issues") or [], 1)]
    meta = {key: data[key] for key in _OPENING_EXTRAS if key in data}
    meta["labelled_by"] = "hand"
    meta["unlabelled"] = unlabelled
    return json.dumps(
        {"source": f"docs/{data['doc']}", "report": report, "issues": issues, "meta": meta}, ensure_ascii=False
    )


def _review_text(path: Path, meta: dict[str, Any]) -> str | None:
    """The text a review export carries, or None; a text that does not match its hash is refused."""
    text = meta.get("text")
    if not isinstance(text, str):
        return None
    expected = meta.get("text_sha256")
    if expected and hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() != expected:
        raise GoldError(f"invalid gold file {path}: meta.text does not match meta.text_sha256")
    return text


def export_stem(source: str | None, fallback: str) -> str:
    """A file-name-safe stem for one exported document, from its source file's name."""
    name = re.split(r"[\\/]", source or "")[-1]
    name = re.sub(r"\.[^.]*$", "", name)
    return re.sub(r"[^\w.-]+", "_", name).strip("._")[:80] or fallback


def _documents(path: Path) -> list[tuple[str, str]]:
    """(stem, JSON of one document) for every document a file holds: one, or a review export's list."""
    content = path.read_text(encoding="utf-8")
    if not content.lstrip().startswith("["):
        return [(path.stem, content)]
    try:
        items = json.loads(content)
    except ValueError as exc:
        raise GoldError(f"invalid gold file {path}: {exc}") from None
    documents, seen = [], set()
    for number, item in enumerate(items, 1):
        stem = export_stem(item.get("source") if isinstance(item, dict) else None, f"{path.stem}-{number}")
        stem = stem if stem not in seen else f"{stem}-{number}"
        seen.add(stem)
        documents.append((stem, json.dumps(item, ensure_ascii=False)))
    return documents


def _rows(gold_dir: Path) -> list[dict[str, str]]:
    rows = []
    for path, (stem, gold_json) in ((p, d) for p in sorted(gold_dir.glob("*.json")) for d in _documents(p)):
        if '"doc"' in gold_json:
            try:
                gold_json = _from_opening(json.loads(gold_json))
            except (ValueError, KeyError, TypeError) as exc:
                raise GoldError(f"invalid gold file {path}: {exc}") from None
        try:
            extraction = Extraction.model_validate_json(gold_json)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first.get("loc", ()))
            raise GoldError(
                f"invalid gold file {path}: {exc.error_count()} error(s), first at {where or '<root>'}: {first.get('msg')}"
            ) from None
        text = _review_text(path, extraction.meta)
        if text is None:
            doc = _doc_path(gold_dir, stem, extraction)
            if not doc.is_file():
                raise GoldError(f"gold file {path} has no document: {doc} not found")
            text = doc.read_text(encoding="utf-8")
        rows.append({"stem": stem, "text": text, "gold_json": gold_json})
    return rows


def load_gold_dataset(gold_dir: str | Path):
    """The gold set as a `datasets.Dataset` with columns stem, text, gold_json (sorted by stem).

    Every gold file is validated against the Extraction contract; problems raise GoldError.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldError(f"gold directory not found: {gold_dir}")
    rows = _rows(gold_dir)
    if not rows:
        raise GoldError(f"no gold files (*.json) in {gold_dir}")
    import datasets

    features = datasets.Features(
        {"stem": datasets.Value("string"), "text": datasets.Value("string"), "gold_json": datasets.Value("string")}
    )
    return datasets.Dataset.from_list(rows, features=features)


def load_gold(gold_dir: str | Path) -> list[GoldDoc]:
    """Parsed gold documents, sorted by stem."""
    dataset = load_gold_dataset(gold_dir)
    return [
        GoldDoc(stem=row["stem"], text=row["text"], gold=Extraction.model_validate_json(row["gold_json"]))
        for row in dataset
    ]
