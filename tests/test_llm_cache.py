"""Specification of the LLM answer cache: re-runs make no calls; anything that changes the answer
changes the key; failures are never stored."""

import shutil
from pathlib import Path

from fakes.fixtures import fake, llm_env  # noqa: F401 - pytest fixtures
from fakes.gold_answers import gold_responder, issue_view, load_gold
from fakes.openai_server import Reply

from extractor import llm

DOC = "002_f8e588f7094716c5"
TEXT, GOLD = load_gold(DOC)
PROMPTS = Path(__file__).resolve().parents[1] / "prompts"


def test_a_rerun_is_answered_from_the_cache_without_any_request(fake, llm_env):
    fake.responder = gold_responder(TEXT, GOLD)
    first = llm.extract_text(TEXT, DOC)
    sent = len(fake.requests)
    second = llm.extract_text(TEXT, DOC)
    assert len(fake.requests) == sent
    assert second.issues == first.issues and second.report == first.report
    assert second.meta["calls"] == 0 and second.meta["cache_hits"] == second.meta["parts"]


def test_no_cache_neither_reads_nor_writes(fake, llm_env):
    fake.responder = gold_responder(TEXT, GOLD)
    llm.extract_text(TEXT, DOC, no_cache=True)
    llm.extract_text(TEXT, DOC, no_cache=True)
    assert len(fake.requests) == 2
    assert not Path(llm_env["EXTRACTOR_CACHE_DIR"]).exists()


def test_each_repeat_index_has_its_own_entry(fake, llm_env):
    fake.responder = gold_responder(TEXT, GOLD)
    for repeat in (0, 1, 0, 1):
        llm.extract_text(TEXT, DOC, repeat=repeat)
    assert len(fake.requests) == 2


def test_another_model_or_mode_misses_the_cache(fake, llm_env, monkeypatch):
    fake.responder = gold_responder(TEXT, GOLD)
    llm.extract_text(TEXT, DOC)
    llm.extract_text(TEXT, DOC, model="another-model")
    monkeypatch.setenv("EXTRACTOR_MODE", "json")
    llm.extract_text(TEXT, DOC)
    assert len(fake.requests) == 3


def test_editing_the_prompt_file_misses_the_cache(fake, llm_env, monkeypatch, tmp_path):
    prompts = tmp_path / "prompts"
    shutil.copytree(PROMPTS, prompts)
    monkeypatch.setenv("EXTRACTOR_PROMPTS_DIR", str(prompts))
    fake.responder = gold_responder(TEXT, GOLD)
    llm.extract_text(TEXT, DOC, prompt="outline_blocks")
    path = prompts / "outline_blocks.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    llm.extract_text(TEXT, DOC, prompt="outline_blocks")
    assert len(fake.requests) == 2


def test_another_text_misses_the_cache(fake, llm_env):
    fake.responder = gold_responder(TEXT, GOLD)
    llm.extract_text(TEXT, DOC)
    llm.extract_text(TEXT.replace("禹州", "许昌", 1), DOC)
    assert len(fake.requests) == 2


def test_a_part_that_fell_back_is_not_cached(fake, llm_env):
    fake.responder = lambda body: Reply(status=500)
    failed = llm.extract_text(TEXT, DOC, strict=False)
    assert failed.meta["fallbacks"] == 1
    fake.responder = gold_responder(TEXT, GOLD)
    fixed = llm.extract_text(TEXT, DOC)
    assert fixed.meta["fallbacks"] == 0 and fixed.meta["calls"] == 1
    assert issue_view(fixed) == issue_view(GOLD)


def test_an_answer_with_a_dropped_item_is_not_cached(fake, llm_env):
    from fakes.gold_answers import whole_document_answer

    bad = whole_document_answer(TEXT, GOLD)
    bad["issues"].append(dict(bad["issues"][0], problem="文中没有的问题"))
    fake.script(Reply(data=bad), Reply(data=bad))
    llm.extract_text(TEXT, DOC, prompt="whole_document")
    fake.responder = gold_responder(TEXT, GOLD)
    again = llm.extract_text(TEXT, DOC, prompt="whole_document")
    assert again.meta["calls"] == 1 and again.meta["cache_hits"] == 0 and again.meta["dropped"] == []


def test_a_hallucinating_run_leaves_nothing_for_a_good_run_to_find(fake, llm_env):
    invented = {"blocks": [{"n": 3, "kind": "issue", "end": "完全虚构的问题结尾", "cause": "虚构原因"}]}
    fake.responder = lambda body: Reply(data=invented)
    first = llm.extract_text(TEXT, DOC)
    assert first.meta["fallbacks"] == 1
    fake.responder = gold_responder(TEXT, GOLD)
    second = llm.extract_text(TEXT, DOC)
    assert second.meta["cache_hits"] == 0 and second.meta["calls"] == 1
    assert issue_view(second) == issue_view(GOLD) and "虚构" not in second.to_json()


def test_a_cache_entry_that_no_longer_passes_the_checks_is_a_miss(fake, llm_env):
    import json

    fake.responder = gold_responder(TEXT, GOLD)
    llm.extract_text(TEXT, DOC)
    for entry in Path(llm_env["EXTRACTOR_CACHE_DIR"]).rglob("*.json"):
        data = json.loads(entry.read_text(encoding="utf-8"))
        next(b for b in reversed(data["answer"]["blocks"]) if b["kind"] == "issue")["cause"] = "缓存里被篡改的原因"
        entry.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = llm.extract_text(TEXT, DOC)
    assert result.meta["cache_hits"] == 0 and result.meta["calls"] == 1
    assert "缓存里被篡改的原因" not in result.to_json()


def test_an_unreadable_cache_entry_is_a_miss(fake, llm_env):
    fake.responder = gold_responder(TEXT, GOLD)
    llm.extract_text(TEXT, DOC)
    for entry in Path(llm_env["EXTRACTOR_CACHE_DIR"]).rglob("*.json"):
        entry.write_text("{broken", encoding="utf-8")
    result = llm.extract_text(TEXT, DOC)
    assert result.meta["calls"] == 1 and issue_view(result) == issue_view(GOLD)
