"""`--llm-batch`: the LLM path through an OpenAI-compatible Batch API (a loopback fake, tests/fakes/batch_server.py).

The fake answers as a perfect model would (from gold/), so a batch run's records can be compared with
a live run's; the fake's batches can also end expired, cancelled, failed, or with some requests failed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fakes.batch_server import FakeBatchAPI
from fakes.fixtures import fake, llm_env  # noqa: F401 - pytest fixtures
from fakes.gold_answers import gold_router, gold_stems

from extractor.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold" / "docs"
STEMS = gold_stems()[:3]
FILES = [str(GOLD / f"{stem}.txt") for stem in STEMS]
ROUTER = gold_router(STEMS)


@pytest.fixture
def api(llm_env, monkeypatch):
    with FakeBatchAPI(responder=ROUTER, polls=2) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        yield server


def batch_run(output: Path, *extra: str) -> int:
    return main(
        [*FILES, "--backend", "llm", "--no-cache", "--llm-batch", "--batch-poll", "0.01", "-o", str(output), *extra]
    )


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def comparable(record: dict) -> dict:
    """A record without what differs between two runs of the same answers (time, the batch's id, the
    live transport's learned concurrency)."""
    meta = {
        k: v for k, v in record["meta"].items() if k not in ("seconds", "llm_batch", "endpoint", "endpoint_concurrency")
    }
    return record | {"meta": meta}


def submitted(api: FakeBatchAPI) -> int:
    return sum(1 for call in api.calls if call == ("POST", "/v1/batches"))


def test_a_batch_run_gives_the_live_runs_records(fake, llm_env, tmp_path: Path, monkeypatch) -> None:
    fake.responder = ROUTER
    assert main([*FILES, "--backend", "llm", "--no-cache", "-q", "-o", str(tmp_path / "live.jsonl")]) == 0
    with FakeBatchAPI(responder=ROUTER, polls=2) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        assert batch_run(tmp_path / "batch.jsonl") == 0
    live, batch = records(tmp_path / "live.jsonl"), records(tmp_path / "batch.jsonl")
    assert [comparable(r) for r in batch] == [comparable(r) for r in live]
    assert all(r["meta"]["llm_batch"] == ["batch_1"] and r["meta"]["fallbacks"] == 0 for r in batch)


def test_batch_requests_are_the_live_requests(fake, llm_env, tmp_path: Path, monkeypatch) -> None:
    fake.responder = ROUTER
    assert main([*FILES, "--backend", "llm", "--no-cache", "-q", "-o", str(tmp_path / "live.jsonl")]) == 0
    with FakeBatchAPI(responder=ROUTER, polls=2) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        assert batch_run(tmp_path / "batch.jsonl") == 0
        (created,) = server.created()
        lines = server.request_lines(created)
    # The live path streams its answers; a batch cannot, so those two keys are all that differ.
    live = [
        {k: v for k, v in request.body.items() if k not in ("stream", "stream_options")} for request in fake.requests
    ]
    assert sorted(json.dumps(line["body"], sort_keys=True) for line in lines) == sorted(
        json.dumps(body, sort_keys=True) for body in live
    )
    assert {line["url"] for line in lines} == {"/v1/chat/completions"} and created["endpoint"] == "/v1/chat/completions"


def test_an_interrupted_run_resumes_polling_without_submitting_again(api, tmp_path: Path, monkeypatch) -> None:
    import extractor.batch.llm_batch as llm_batch

    output = tmp_path / "out.jsonl"

    def interrupt(seconds: float) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(llm_batch.time, "sleep", interrupt)
        assert batch_run(output) == 130
    state = json.loads((tmp_path / "out.jsonl.batch.json").read_text(encoding="utf-8"))
    assert [batch["id"] for batch in state["batches"]] == ["batch_1"] and submitted(api) == 1
    assert batch_run(output) == 0
    assert submitted(api) == 1 and not (tmp_path / "out.jsonl.batch.json").exists()
    assert [r["meta"]["fallbacks"] for r in records(output)] == [0] * len(FILES)


@pytest.mark.parametrize("ending", ["expired", "cancelled"])
def test_an_ended_batch_keeps_its_answers_and_the_rest_fall_back_to_the_rules(api, tmp_path: Path, ending: str) -> None:
    api.ending, api.answered = ending, 1
    assert batch_run(tmp_path / "out.jsonl") == 0
    got = records(tmp_path / "out.jsonl")
    answered = [r for r in got if r["meta"]["fallbacks"] == 0]
    assert len(answered) == 1 and answered[0]["meta"]["backend"] == "llm"
    for record in got:
        if record is not answered[0]:
            (part,) = record["meta"]["fallback_parts"]
            assert f"batch_{ending}" in part["reason"]
            assert record["meta"]["endpoint_failure"] == part["reason"]


def test_a_failed_batch_falls_back_to_the_rules_with_its_reason(api, tmp_path: Path) -> None:
    api.ending = "failed"
    assert batch_run(tmp_path / "out.jsonl") == 0
    for record in records(tmp_path / "out.jsonl"):
        (part,) = record["meta"]["fallback_parts"]
        assert "ended failed" in part["reason"] and "the input was refused" in part["reason"]


def test_requests_that_failed_alone_fall_back_for_their_parts(api, tmp_path: Path) -> None:
    api.fail = lambda custom_id, body: ROUTER.which(body) == STEMS[1]
    assert batch_run(tmp_path / "out.jsonl") == 0
    got = records(tmp_path / "out.jsonl")
    assert [r["meta"]["fallbacks"] for r in got] == [0, 1, 0]
    assert "HTTP 500" in got[1]["meta"]["fallback_parts"][0]["reason"]


def test_a_batch_cancelled_while_polled_ends_the_run_with_the_rules(api, tmp_path: Path, monkeypatch) -> None:
    from extractor.llm.batch_api import BatchClient

    retrieve = BatchClient.retrieve

    def cancel_first(self, batch_id: str) -> dict:
        found = retrieve(self, batch_id)
        if found["status"] == "in_progress":
            self.cancel(batch_id)
        return found

    monkeypatch.setattr(BatchClient, "retrieve", cancel_first)
    assert batch_run(tmp_path / "out.jsonl") == 0
    assert ("POST", "/v1/batches/batch_1/cancel") in api.calls
    assert all(r["meta"]["fallbacks"] == 1 for r in records(tmp_path / "out.jsonl"))


def test_llm_batch_without_an_output_is_one_error_line(llm_env, capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*FILES, "--llm-batch"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --llm-batch needs -o") and err.count("\n") == 1
