"""Specification of the system registry (eval/systems.py) and of running a system (eval/evaluate.py)."""

import sys
import types

import pytest

import extractor
from eval.evaluate import evaluate
from eval.load import GoldDoc
from eval.systems import System, UnknownSystemError, baseline_extract, build_systems, usage_from_meta
from extractor.models import Extraction, Issue

NOTICE = """关于巡察整改情况的通报
一、政治建设方面
1.党组会议记录不规范的整改情况。已完成。
2、财务报销审核不严。正在整改中。
3.5万元资金未及时拨付（不是编号）
联系电话：0731-58205972
"""


def test_baseline_turns_numbered_lines_into_not_stated_issues():
    result = baseline_extract(NOTICE)
    assert [i.problem for i in result.issues] == ["党组会议记录不规范", "财务报销审核不严"]
    assert {i.status for i in result.issues} == {"not_stated"}


def test_unknown_system_name_is_rejected():
    with pytest.raises(UnknownSystemError, match="nope"):
        build_systems(["nope"])


def test_rules_system_is_skipped_with_reason_when_extractor_extract_is_missing(monkeypatch):
    monkeypatch.setitem(sys.modules, "extractor.api", None)  # makes the lazy import of extract fail
    (rules,) = build_systems(["rules"])
    assert rules.run is None
    assert "extractor.extract" in rules.skipped


def test_llm_system_is_skipped_when_extractor_llm_cannot_be_imported(monkeypatch):
    monkeypatch.setitem(sys.modules, "extractor.llm", None)  # makes the import fail
    monkeypatch.delattr(extractor, "llm", raising=False)
    (llm,) = build_systems(["llm"], prompts=["v1"])
    assert llm.name == "llm:v1"
    assert "extractor.llm" in llm.skipped


def _fake_llm(monkeypatch, configured: bool = True):
    """A stand-in LLM backend module: configured or not, answering with the prompt it was given."""
    fake = types.ModuleType("extractor.llm")
    fake.is_configured = lambda: (configured, "no LLM configured: set OPENAI_API_KEY")
    fake.list_prompts = lambda: ["whole_document", "outline_blocks"]

    def extract_text(text, source=None, *, backend="llm", prompt=None, model=None, repeat=0, **kw):
        assert backend == "llm"
        return Extraction(
            issues=[Issue(id="1", problem="党组会议记录不规范")], meta={"calls": 1, "prompt": prompt, "repeat": repeat}
        )

    fake.extract_text = extract_text
    monkeypatch.setitem(sys.modules, "extractor.llm", fake)
    monkeypatch.setattr(extractor, "llm", fake, raising=False)


def test_llm_system_is_skipped_when_no_endpoint_is_configured(monkeypatch):
    _fake_llm(monkeypatch, configured=False)
    (llm,) = build_systems(["llm"], prompts=["v1"], model="m")
    assert llm.name == "llm:v1@m"
    assert "OPENAI_API_KEY" in llm.skipped


def test_one_llm_system_per_prompt_passes_the_prompt_through(monkeypatch):
    _fake_llm(monkeypatch)
    built = build_systems(["baseline"], prompts=["a", "b"])
    assert [s.name for s in built] == ["baseline", "llm:a", "llm:b"]
    assert built[2].run("正文").meta["prompt"] == "b"


def test_llm_without_prompts_compares_every_prompt_template(monkeypatch):
    _fake_llm(monkeypatch)
    assert [s.name for s in build_systems(["llm"])] == ["llm:whole_document", "llm:outline_blocks"]


def test_usage_counters_are_read_from_meta_top_level_or_usage_dict():
    assert usage_from_meta({"calls": 3, "usage": {"input_tokens": 10}, "model": "x"}) == {
        "calls": 3,
        "input_tokens": 10,
    }


def test_a_failing_document_becomes_an_empty_prediction_with_the_error_recorded():
    def flaky(text):
        if "boom" in text:
            raise RuntimeError("parser exploded")
        return Extraction(issues=[Issue(id="1", problem="会议记录不规范")])

    gold = Extraction(issues=[Issue(id="1", problem="会议记录不规范")])
    docs = [GoldDoc("a", "fine", gold), GoldDoc("b", "boom", gold)]
    (result,) = evaluate([System("flaky", "rules", run=flaky)], docs, resamples=10)
    assert result.summary["errors"] == [{"doc": "b", "error": "RuntimeError: parser exploded"}]
    assert result.summary["issues"]["recall"] == 0.5


def test_skipped_system_yields_a_skipped_result_and_no_delta():
    gold = Extraction(issues=[Issue(id="1", problem="会议记录不规范")])
    base = System("base", "baseline", skipped="not here")
    other = System("other", "rules", run=lambda text: gold)
    skipped, scored = evaluate([base, other], [GoldDoc("a", "t", gold)], resamples=10)
    assert skipped.skipped == "not here"
    assert scored.summary["issues"]["f1"] == 1.0
    assert "delta_f1" not in scored.summary["issues"]
