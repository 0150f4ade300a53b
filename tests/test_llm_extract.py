"""Specification of the LLM backend on the happy path, against a fake OpenAI-compatible endpoint.

The fake answers as a perfect model would, from the hand labels in gold/, so these tests check
that the answers are assembled into exactly the labelled records.
"""

import json
import threading

import pytest
from fakes.fixtures import fake, llm_env  # noqa: F401 - pytest fixtures
from fakes.gold_answers import (
    Document,
    gold_responder,
    gold_stems,
    issue_view,
    load_gold,
    outline_answer,
    whole_document_answer,
)
from fakes.openai_server import Reply

from eval.systems import usage_from_meta
from extractor import llm

DOC = "002_f8e588f7094716c5"


@pytest.mark.parametrize("stem", gold_stems())
def test_outline_blocks_turns_block_labels_into_the_gold_records(fake, llm_env, stem):
    text, gold = load_gold(stem)
    fake.script(Reply(data=outline_answer(Document(text), gold)))
    result = llm.extract_text(text, stem, prompt="outline_blocks")
    assert issue_view(result) == issue_view(gold)
    assert result.meta["calls"] == 1 and result.meta["fallbacks"] == 0


@pytest.mark.parametrize("stem", gold_stems())
def test_whole_document_grounds_the_answer_into_the_gold_records_and_report(fake, llm_env, stem):
    text, gold = load_gold(stem)
    fake.script(Reply(data=whole_document_answer(text, gold)))
    result = llm.extract_text(text, stem, prompt="whole_document")
    assert issue_view(result) == issue_view(gold)
    assert result.report == gold.report


@pytest.mark.parametrize("prompt", ["outline_blocks", "whole_document"])
def test_every_problem_is_verbatim_and_inside_its_span(fake, llm_env, prompt):
    text, gold = load_gold(DOC)
    fake.responder = gold_responder(text, gold)
    result = llm.extract_text(text, DOC, prompt=prompt)
    assert result.issues
    for issue in result.issues:
        start, end = issue.span
        assert issue.problem in text[start:end]


def test_whole_document_takes_problem_text_from_the_notice_not_from_the_answer(fake, llm_env):
    text, gold = load_gold(DOC)
    answer = whole_document_answer(text, gold)
    original = answer["issues"][0]["problem"]
    answer["issues"][0]["problem"] = original.replace(",", "，")  # full-width commas: found by folding
    fake.script(Reply(data=answer))
    result = llm.extract_text(text, DOC, prompt="whole_document")
    assert result.issues[0].problem == original


def test_whole_document_normalises_path_labels(fake, llm_env):
    text, gold = load_gold(DOC)
    answer = whole_document_answer(text, gold)
    answer["issues"][0]["path"] = ["一、", "(一)", "1."]
    fake.script(Reply(data=answer))
    result = llm.extract_text(text, DOC, prompt="whole_document")
    assert result.issues[0].path == ["一", "（一）", "1"]


@pytest.mark.parametrize("stem", gold_stems())
def test_outline_blocks_cuts_spans_measures_and_documents_like_the_rules_on_the_same_blocks(fake, llm_env, stem):
    from extractor.rules import extract_text as rules_extract

    text, gold = load_gold(stem)
    fake.script(Reply(data=outline_answer(Document(text), gold)))
    result = llm.extract_text(text, stem, prompt="outline_blocks")
    derived = ("span", "measures", "documents")
    assert [i.model_dump(include=set(derived)) for i in result.issues] == [
        i.model_dump(include=set(derived)) for i in rules_extract(text).issues
    ]


@pytest.mark.parametrize(
    ("mode", "request_shape"),
    [
        ("tools", lambda body: body["tools"][0]["function"]["name"] == "OutlineBlocks"),
        ("json", lambda body: body["response_format"] == {"type": "json_object"}),
        ("json_schema", lambda body: body["response_format"]["type"] == "json_schema"),
        ("md_json", lambda body: "tools" not in body and "response_format" not in body),
    ],
)
def test_each_instructor_mode_sends_its_request_shape_and_reads_the_answer(
    fake, llm_env, monkeypatch, mode, request_shape
):
    monkeypatch.setenv("EXTRACTOR_MODE", mode)
    text, gold = load_gold(DOC)
    fake.script(Reply(data=outline_answer(Document(text), gold)))
    result = llm.extract_text(text, DOC, prompt="outline_blocks")
    assert request_shape(fake.requests[0].body)
    assert issue_view(result) == issue_view(gold)
    assert result.meta["mode"] == mode


def test_the_model_argument_overrides_the_configured_model(fake, llm_env):
    text, gold = load_gold(DOC)
    fake.responder = gold_responder(text, gold)
    result = llm.extract_text(text, DOC, model="other-model")
    assert fake.requests[0].body["model"] == "other-model"
    assert result.meta["model"] == "other-model"


def test_the_configured_prompt_is_the_default(fake, llm_env, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_PROMPT", "whole_document")
    text, gold = load_gold(DOC)
    fake.responder = gold_responder(text, gold)
    assert llm.extract_text(text, DOC).meta["prompt"] == "whole_document"


def test_long_notices_are_split_at_headings_and_merged_in_document_order(fake, llm_env, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_PART_TOKENS", "3000")
    text, gold = load_gold(DOC)
    fake.responder = gold_responder(text, gold)
    result = llm.extract_text(text, DOC, prompt="whole_document")
    assert result.meta["parts"] == len(fake.requests) > 1
    assert issue_view(result) == issue_view(gold)
    assert [i.id for i in result.issues] == [str(n) for n in range(1, len(gold.issues) + 1)]


def test_parts_are_in_flight_together_up_to_the_concurrency_limit_once_the_endpoint_has_answered(
    fake, llm_env, monkeypatch
):
    monkeypatch.setenv("EXTRACTOR_PART_TOKENS", "3000")
    monkeypatch.setenv("EXTRACTOR_CONCURRENCY", "2")
    text, gold = load_gold(DOC)
    respond = gold_responder(text, gold)
    both = threading.Barrier(2, timeout=10)  # the second and third requests wait until both have arrived

    def answer(body):
        if 2 <= len(fake.requests) <= 3:  # the first goes alone: the endpoint has shown nothing yet
            both.wait()
        return respond(body)

    fake.responder = answer
    result = llm.extract_text(text, DOC, prompt="outline_blocks")
    assert result.meta["parts"] >= 3 and result.meta["fallbacks"] == 0
    assert fake.max_in_flight == 2


def test_meta_records_backend_prompt_model_and_every_token(fake, llm_env):
    text, gold = load_gold(DOC)
    fake.responder = gold_responder(text, gold)
    meta = llm.extract_text(text, DOC, prompt="outline_blocks").meta
    sent = fake.usage_sent
    assert meta["backend"] == "llm" and meta["prompt"] == "outline_blocks" and meta["model"] == "fake-model"
    assert meta["input_tokens"] == sent["prompt_tokens"] and meta["output_tokens"] == sent["completion_tokens"]
    expected = {
        "calls": 1,
        "cache_hits": 0,
        "input_tokens": sent["prompt_tokens"],
        "output_tokens": sent["completion_tokens"],
        "retries": 0,
        "reasks": 0,
        "fallbacks": 0,
        "dropped": 0,
    }
    assert {k: v for k, v in usage_from_meta(meta).items() if k != "cost_micro_usd"} == expected
    assert (meta["llm_items"], meta["rules_items"], meta["dropped"], meta["disagreements"]) == (28, 0, [], [])
    json.dumps(meta)  # meta is plain JSON


def test_a_rules_issue_the_llm_left_unlabelled_keeps_the_rules_reading(fake, llm_env):
    text, gold = load_gold(DOC)
    answer = outline_answer(Document(text), gold)
    skipped = next(b for b in answer["blocks"] if b["kind"] == "issue")
    answer["blocks"].remove(skipped)
    fake.script(Reply(data=answer))
    result = llm.extract_text(text, DOC, prompt="outline_blocks")
    assert [i.problem for i in result.issues] == [i.problem for i in gold.issues]
    (filled,) = result.meta["fallback_items"]
    assert gold.issues[0].problem.startswith(filled["problem"].rstrip("…"))
    assert {"llm": "none", "rules": "issue"}.items() <= result.meta["disagreements"][0].items()
    assert result.meta["llm_items"] == len(gold.issues) - 1 and result.meta["fallbacks"] == 0


def test_an_explicit_verdict_that_a_rules_block_is_no_issue_stands_and_is_recorded(fake, llm_env):
    text, gold = load_gold(DOC)
    answer = outline_answer(Document(text), gold)
    first = next(b for b in answer["blocks"] if b["kind"] == "issue")
    answer["blocks"][answer["blocks"].index(first)] = {"n": first["n"], "kind": "other"}
    fake.script(Reply(data=answer))
    result = llm.extract_text(text, DOC, prompt="outline_blocks")
    assert [i.problem for i in result.issues] == [i.problem for i in gold.issues[1:]]
    assert result.meta["fallback_items"] == []
    assert {"llm": "other", "rules": "issue"}.items() <= result.meta["disagreements"][0].items()


def test_the_api_entry_point_reaches_the_llm_backend(fake, llm_env):
    import extractor

    text, gold = load_gold(DOC)
    fake.responder = gold_responder(text, gold)
    result = extractor.extract(text, backend="llm", prompt="outline_blocks")
    assert result.meta["backend"] == "llm"
    assert issue_view(result) == issue_view(gold)


def test_notice_text_reaches_the_model_verbatim_even_when_it_looks_like_a_template(fake, llm_env):
    text, gold = load_gold(DOC)
    odd = "附注：{{ 模板 }} {% if x %} {# 注释 #}"
    text = text.replace("\n", f"\n{odd}\n", 1)
    fake.responder = gold_responder(text, gold)
    for prompt in ("outline_blocks", "whole_document"):
        llm.extract_text(text, DOC, prompt=prompt)
        assert odd in fake.requests[-1].user_text
