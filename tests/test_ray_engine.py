"""`--engine ray` and `extract_dataset`: the local engine's records, computed on a local Ray (2 CPUs).

Ray takes seconds to start, so one session serves every test here (`ray_session`) and the tests are few.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import extractor
from extractor.batch import Config, Run
from extractor.cli import main
from extractor.load.inputs import collect

ROOT = Path(__file__).resolve().parent.parent
GOLD_FILES = sorted((ROOT / "gold" / "docs").glob("*.txt"))


@pytest.fixture(scope="session")
def ray_session():
    ray = pytest.importorskip("ray")
    import os

    from extractor.batch.on_ray import connect

    os.environ.pop("RAY_ADDRESS", None)
    connect(2)  # a local Ray with 2 CPUs, shared by every test of the session
    yield ray
    ray.shutdown()


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """The labelled notices plus an empty file (an error record)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for path in GOLD_FILES:
        shutil.copy(path, folder / path.name)
    (folder / "zz_empty.txt").write_bytes(b"")
    return folder


def test_ray_engine_records_equal_the_local_engines_error_records_included(
    ray_session, inputs: Path, tmp_path: Path
) -> None:
    local, on_ray = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    assert main([str(inputs), "--backend", "rules", "-q", "-o", str(local)]) == 0
    assert main([str(inputs), "--backend", "rules", "-q", "--engine", "ray", "-j", "2", "-o", str(on_ray)]) == 0
    lines = on_ray.read_bytes().splitlines()
    assert lines == local.read_bytes().splitlines()
    assert len(lines) == len(GOLD_FILES) + 1 and b'"error"' in lines[-1]


def test_ray_engine_keeps_the_time_budget_per_document(ray_session, inputs: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    main([str(inputs), "--backend", "rules", "-q", "--engine", "ray", "--timeout", "0.001", "-o", str(output)])
    errors = [json.loads(line).get("error", {}).get("type") for line in output.read_text(encoding="utf-8").splitlines()]
    assert errors[:-1] == ["timeout"] * len(GOLD_FILES)  # every notice takes longer than a millisecond


def test_ray_engine_skips_inputs_already_done(ray_session, inputs: Path, tmp_path: Path) -> None:
    output = str(tmp_path / "out.jsonl")
    items = collect([str(inputs)])
    Run(items[:2], output=output, config=Config(backend="rules"), progress=False).run()
    summary = Run(items, output=output, config=Config(backend="rules"), progress=False, engine="ray").run()
    assert (summary.skipped, summary.extracted, summary.failed) == (2, len(items) - 3, 1)
    assert [json.loads(line)["source"] for line in Path(output).read_text(encoding="utf-8").splitlines()] == [
        item.source for item in items
    ]


def test_ray_engine_writes_the_same_parquet_as_the_local_engine(ray_session, inputs: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    local, on_ray = tmp_path / "local.parquet", tmp_path / "ray.parquet"
    assert main([str(inputs), "--backend", "rules", "-q", "-o", str(local)]) == 0
    assert main([str(inputs), "--backend", "rules", "-q", "--engine", "ray", "-o", str(on_ray)]) == 0
    assert pq.read_table(on_ray).equals(pq.read_table(local))


def test_extract_dataset_gives_each_row_its_record(ray_session) -> None:
    import pandas as pd

    from extractor.batch.on_ray import extract_dataset
    from extractor.batch.records import parse

    texts = [path.read_text(encoding="utf-8") for path in GOLD_FILES]
    frame = pd.DataFrame(
        {
            "id": [f"n{k}" for k in range(len(texts))] + ["missing"],
            "text": texts + [None],
            "year": list(range(len(texts) + 1)),
        }
    )
    rows = sorted(extract_dataset(frame, batch_size=2).take_all(), key=lambda row: row["year"])
    assert [row["source"] for row in rows] == list(frame["id"]) and "text" not in rows[0]
    for row, text in zip(rows, texts):
        assert parse(row["record"].encode(), row["ok"]).issues == extractor.extract(text).issues
    assert rows[-1]["ok"] is False and rows[-1]["error"]


def test_engine_ray_without_ray_installed_is_one_error_line(monkeypatch, inputs: Path, capsys) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` raises ImportError
    monkeypatch.setitem(sys.modules, "ray.data", None)
    assert main([str(inputs), "--engine", "ray", "--backend", "rules"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("error: --engine ray needs Ray") and "[ray]" in err


def test_a_local_batch_run_does_not_import_ray(inputs: Path, tmp_path: Path) -> None:
    script = (
        f"import sys; from extractor.cli import main; main([{str(inputs)!r}, '--backend', 'rules', '-q', "
        f"'-o', {str(tmp_path / 'o.jsonl')!r}]); print('ray' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


def test_ray_address_picks_the_cluster_instead_of_starting_one(monkeypatch) -> None:
    ray = pytest.importorskip("ray")
    from extractor.batch import on_ray

    calls: list[dict] = []
    monkeypatch.setattr(ray, "is_initialized", lambda: False)
    monkeypatch.setattr(ray, "init", lambda **kwargs: calls.append(kwargs))
    monkeypatch.setenv("RAY_ADDRESS", "ray://head:10001")
    on_ray.connect(2)
    monkeypatch.delenv("RAY_ADDRESS")
    on_ray.connect(2)
    assert calls[0]["address"] == "ray://head:10001" and "num_cpus" not in calls[0]
    assert calls[1]["num_cpus"] == 2 and calls[1]["address"] == "local"
