"""`python -m eval --prompts A B` against a fake OpenAI-compatible server: one row per prompt, scored
for real, next to the rules row; a re-run is answered from the cache."""

from __future__ import annotations

import json
import re
import shutil

from fakes.fixtures import fake, llm_env  # noqa: F401 - pytest fixtures
from fakes.gold_answers import gold_responder, load_gold, requested_text
from fakes.openai_server import Reply

from eval.cli import main

STEM = "002_f8e588f7094716c5"


def _gold_dir(tmp_path):
    gold = tmp_path / "gold"
    (gold / "docs").mkdir(parents=True)
    shutil.copy(f"gold/{STEM}.json", gold / f"{STEM}.json")
    shutil.copy(f"gold/docs/{STEM}.txt", gold / "docs" / f"{STEM}.txt")
    return gold


def _compare(tmp_path, *prompts_and_more):
    """The eval's arguments comparing the rules with LLM prompts on one labelled notice."""
    return [
        "--gold",
        str(_gold_dir(tmp_path)),
        "--systems",
        "rules",
        "--runs-dir",
        str(tmp_path / "runs"),
        "--resamples",
        "20",
        "--prompts",
        *prompts_and_more,
    ]


def _whole_document_states_no_status(text, gold):
    """Perfect block labels; a whole-document answer that states no issue's status."""
    perfect = gold_responder(text, gold)

    def respond(body):
        reply = perfect(body)
        if requested_text(body) is not None:
            data = dict(reply.data)
            data["issues"] = [dict(i, status="not_stated", status_text=None) for i in data["issues"]]
            return Reply(data=data)
        return reply

    return respond


def _rows(out: str) -> dict[str, str]:
    return {line.split()[0]: line for line in out.splitlines() if re.match(r"^(rules|llm:\S+)\s", line)}


def test_two_prompts_give_two_rows_with_different_scores(fake, llm_env, tmp_path, capsys):
    text, gold = load_gold(STEM)
    fake.responder = _whole_document_states_no_status(text, gold)
    args = _compare(tmp_path, "whole_document", "outline_blocks")
    assert main(args) == 0
    rows = _rows(capsys.readouterr().out)
    assert set(rows) == {"rules", "llm:whole_document", "llm:outline_blocks"}
    (summary_file,) = (tmp_path / "runs").glob("*/summary.json")
    summary = {s["name"]: s for s in json.loads(summary_file.read_text(encoding="utf-8"))["systems"]}
    assert summary["llm:outline_blocks"]["metrics"]["issues"]["f1"] == 1.0
    assert summary["llm:whole_document"]["metrics"]["issues"]["f1"] == 1.0
    assert summary["llm:whole_document"]["metrics"]["status"]["accuracy"] < 1.0
    assert summary["llm:whole_document"]["metrics"]["usage"]["calls"] >= 1


def test_rerunning_the_comparison_makes_no_calls(fake, llm_env, tmp_path, capsys):
    text, gold = load_gold(STEM)
    fake.responder = gold_responder(text, gold)
    args = _compare(tmp_path, "outline_blocks")
    assert main(args) == 0
    calls = len(fake.requests)
    assert calls >= 1
    assert main(args) == 0
    assert len(fake.requests) == calls


def test_the_cost_column_prices_the_tokens_sent_and_a_cached_rerun_counts_hits_not_calls(
    fake, llm_env, tmp_path, capsys
):
    text, gold = load_gold(STEM)
    fake.responder = gold_responder(text, gold)
    args = _compare(tmp_path, "outline_blocks", "--price", "fake-model=1/2")

    def usage():
        newest = max((tmp_path / "runs").glob("*/summary.json"), key=lambda p: p.stat().st_mtime_ns)
        systems = {s["name"]: s for s in json.loads(newest.read_text(encoding="utf-8"))["systems"]}
        return systems["llm:outline_blocks"]["metrics"]["usage"]

    assert main(args) == 0
    first = usage()
    sent = fake.usage_sent
    assert first["cost_micro_usd"] == sent["prompt_tokens"] * 1 + sent["completion_tokens"] * 2
    assert first["calls"] >= 1 and first["cache_hits"] == 0
    assert "cost $" in capsys.readouterr().out
    assert main(args) == 0
    second = usage()
    assert second["calls"] == 0 and second["cache_hits"] == first["calls"] and second["cost_micro_usd"] == 0
