"""Review-page exports as labelled sets: `python -m eval --gold DIR` reads them, `eval.merge` files them."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

import extractor
from eval.load import GoldError, load_gold
from eval.merge import main as merge_main
from extractor.load import load_path

GOLD = Path(__file__).resolve().parent.parent / "gold" / "docs"
PATHS = sorted(GOLD.glob("*.txt"))[:2]


def exported(path: Path, reviewer: str = "王审阅", on: str = "2024-05-01", drop: int = 0) -> dict:
    """What the review page exports for one notice: the gold fields, and the text in meta."""
    text = load_path(path)
    result = extractor.extract(text).model_copy(update={"source": str(path)})
    data = json.loads(result.to_json())
    data["issues"] = data["issues"][drop:]
    for issue in data["issues"]:
        issue.pop("measures"), issue.pop("documents")
    data["meta"] = {
        "labelled_by": "review",
        "reviewer": reviewer,
        "reviewed_on": on,
        "text": text,
        "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
    }
    return data


def write(path: Path, value: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return path


def test_eval_reads_a_single_export_with_the_text_it_carries(tmp_path: Path) -> None:
    write(tmp_path / "one.gold.json", exported(PATHS[0]))
    (doc,) = load_gold(tmp_path)
    assert doc.stem == "one.gold" and doc.text == load_path(PATHS[0]) and doc.gold.meta["reviewer"] == "王审阅"


def test_eval_reads_a_batch_export_as_one_document_per_element(tmp_path: Path) -> None:
    write(tmp_path / "review-export.json", [exported(p) for p in PATHS])
    docs = load_gold(tmp_path)
    assert [d.stem for d in docs] == [p.stem for p in PATHS]
    assert [d.text for d in docs] == [load_path(p) for p in PATHS]


def test_an_export_whose_text_does_not_match_its_hash_is_refused(tmp_path: Path) -> None:
    data = exported(PATHS[0])
    data["meta"]["text"] += "。"
    write(tmp_path / "one.json", data)
    with pytest.raises(GoldError, match="text_sha256"):
        load_gold(tmp_path)


def test_merge_writes_a_labelled_set_that_eval_reads(tmp_path: Path) -> None:
    batch = write(tmp_path / "in" / "review-export.json", [exported(p) for p in PATHS])
    assert merge_main([str(batch), "-o", str(tmp_path / "set")]) == 0
    assert sorted(p.name for p in (tmp_path / "set" / "docs").iterdir()) == [f"{p.stem}.txt" for p in PATHS]
    gold = json.loads((tmp_path / "set" / f"{PATHS[0].stem}.json").read_text(encoding="utf-8"))
    assert gold["source"] == f"docs/{PATHS[0].stem}.txt" and "text" not in gold["meta"]
    assert [d.text for d in load_gold(tmp_path / "set")] == [load_path(p) for p in PATHS]


def test_merge_keeps_the_latest_review_of_a_document(tmp_path: Path) -> None:
    older = write(tmp_path / "in" / "a.json", exported(PATHS[0], reviewer="甲", on="2024-05-01"))
    newer = write(tmp_path / "in" / "b.json", exported(PATHS[0], reviewer="乙", on="2024-06-01", drop=1))
    assert merge_main([str(newer), str(older), "-o", str(tmp_path / "set")]) == 0
    (doc,) = load_gold(tmp_path / "set")
    assert doc.gold.meta["reviewer"] == "乙" and len(doc.gold.issues) == len(extractor.extract(PATHS[0]).issues) - 1


def test_merge_does_not_overwrite_a_later_review_already_in_the_set(tmp_path: Path, capsys) -> None:
    newer = write(tmp_path / "in" / "b.json", exported(PATHS[0], reviewer="乙", on="2024-06-01"))
    older = write(tmp_path / "in" / "a.json", exported(PATHS[0], reviewer="甲", on="2024-05-01"))
    merge_main([str(newer), "-o", str(tmp_path / "set")])
    merge_main([str(older), "-o", str(tmp_path / "set")])
    assert load_gold(tmp_path / "set")[0].gold.meta["reviewer"] == "乙"
    assert "later review" in capsys.readouterr().out


def test_merge_refuses_a_file_that_is_not_an_export(tmp_path: Path, capsys) -> None:
    plain = write(
        tmp_path / "plain.json", json.loads((GOLD.parent / f"{PATHS[0].stem}.json").read_text(encoding="utf-8"))
    )
    assert merge_main([str(plain), "-o", str(tmp_path / "set")]) == 2
    assert "not a review export" in capsys.readouterr().err
