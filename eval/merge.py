"""`python -m eval.merge EXPORTS… -o DIR`: merge review-page exports into a labelled set (DIR/docs + DIR/*.json).

An export carries its text; the labelled set keeps the text in DIR/docs/<stem>.txt and the labels in
DIR/<stem>.json (source `docs/<stem>.txt`), the layout of gold/, so `python -m eval --gold DIR` and the
tests read it like any hand-labelled set. One document (same text) reviewed more than once keeps the
latest review (by `meta.reviewed_on`, then argument order); a document already in DIR is replaced
only by a review at least as recent. Exit codes: 0 merged, 2 unusable input.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from eval.load import GoldError, _documents, _review_text, export_stem
from extractor.models import Extraction


@dataclass
class Reviewed:
    """One reviewed document from an export."""

    stem: str
    text: str
    gold: Extraction
    origin: Path

    @property
    def sha(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    @property
    def when(self) -> str:
        return str(self.gold.meta.get("reviewed_on") or "")


def read_exports(paths: Sequence[Path]) -> list[Reviewed]:
    """Every document in these export files, in order; GoldError for a file that is not an export."""
    found: list[Reviewed] = []
    for path in paths:
        if not path.is_file():
            raise GoldError(f"export not found: {path}")
        for stem, data in _documents(path):
            try:
                gold = Extraction.model_validate_json(data)
            except ValidationError as exc:
                raise GoldError(
                    f"invalid export {path}: {exc.error_count()} error(s), first: {exc.errors()[0].get('msg')}"
                ) from None
            text = _review_text(path, gold.meta)
            if text is None:
                raise GoldError(f"{path} is not a review export: no meta.text")
            found.append(Reviewed(export_stem(gold.source, stem), text, gold, path))
    return found


def _existing(out: Path) -> dict[str, tuple[str, str]]:
    """text hash -> (stem, reviewed_on) of the documents already in the labelled set."""
    known: dict[str, tuple[str, str]] = {}
    for path in sorted(out.glob("*.json")):
        doc = out / "docs" / f"{path.stem}.txt"
        if doc.is_file():
            sha = hashlib.sha256(doc.read_text(encoding="utf-8").encode("utf-8", "surrogatepass")).hexdigest()
            meta = json.loads(path.read_text(encoding="utf-8")).get("meta") or {}
            known[sha] = (path.stem, str(meta.get("reviewed_on") or ""))
    return known


def merge(paths: Sequence[Path], out: Path) -> list[str]:
    """Write the exports' documents into `out`; one line per document saying what happened."""
    latest: dict[str, Reviewed] = {}
    for item in read_exports(paths):
        if item.sha not in latest or item.when >= latest[item.sha].when:
            latest[item.sha] = item
    (out / "docs").mkdir(parents=True, exist_ok=True)
    known = _existing(out)
    taken = {stem for stem, _ in known.values()}
    report: list[str] = []
    for sha, item in latest.items():
        if sha in known:
            stem, when = known[sha]
            if item.when < when:
                report.append(f"kept {stem}: {out / (stem + '.json')} holds a later review ({when})")
                continue
        else:
            stem = item.stem if item.stem not in taken else f"{item.stem}_{sha[:8]}"
            taken.add(stem)
        meta = {k: v for k, v in item.gold.meta.items() if k != "text"}
        meta["text_sha256"] = sha
        gold = item.gold.model_copy(update={"source": f"docs/{stem}.txt", "meta": meta})
        (out / "docs" / f"{stem}.txt").write_text(item.text, encoding="utf-8", newline="")
        (out / f"{stem}.json").write_text(gold.to_json(indent=2) + "\n", encoding="utf-8")
        reviewer = meta.get("reviewer") or "?"
        report.append(
            f"{'updated' if sha in known else 'added'} {stem}: {len(gold.issues)} issues, reviewed by {reviewer} on {item.when or '?'}"
        )
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.merge", description=__doc__.split("\n\n")[0])
    parser.add_argument("exports", nargs="+", type=Path, help="files exported from the review page")
    parser.add_argument("-o", "--output", type=Path, required=True, help="labelled set directory (created if missing)")
    args = parser.parse_args(argv)
    try:
        lines = merge(args.exports, args.output)
    except (GoldError, OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for line in lines:
        print(line)
    print(f"{args.output}: {len(list(args.output.glob('*.json')))} labelled documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
