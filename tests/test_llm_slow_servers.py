"""Specification of the LLM path against slow and small servers (issue 14), on loopback fakes.

Answers sized to the question, streams stopped when they degenerate, a time budget per document,
no requests stacked on a server still working, concurrency and answer mode learned from answers.
No test asserts speed: budgets are checked by what falls back, stacking by what the server saw.
"""

import json

import pytest
from fakes.fixtures import fake, llm_env  # noqa: F401 - pytest fixtures
from fakes.gold_answers import Document, issue_view, load_gold, outline_answer
from fakes.openai_server import FakeOpenAI, Reply, request_shape

from extractor import llm
from extractor.llm.analysis import analyse
from extractor.llm.budget import FLOOR, output_tokens
from extractor.llm.provider import endpoints
from extractor.llm.provider.guard import AnswerGuard, repeating_tail
from extractor.llm.strategies import OutlineBlocksStrategy, WholeDocumentStrategy
from extractor.rules import extract_text as rules_extract

DOC = "002_f8e588f7094716c5"
TEXT, GOLD = load_gold(DOC)
GOOD = outline_answer(Document(TEXT), GOLD)
LOOP = '{"blocks": [' + '{"n": 1, "kind": "other"}, ' * 400


def run(prompt="outline_blocks", strict=False):
    return llm.extract_text(TEXT, DOC, prompt=prompt, strict=strict)


# --- answers sized to the question ----------------------------------------------------------------


@pytest.mark.parametrize("strategy", [OutlineBlocksStrategy, WholeDocumentStrategy])
def test_the_output_budget_grows_with_the_blocks_of_the_part(strategy):
    small = strategy(analyse(TEXT[: len(TEXT) // 4], DOC), 100000)
    whole = strategy(analyse(TEXT, DOC), 100000)
    assert FLOOR <= output_tokens(small, small.parts()[0]) < output_tokens(whole, whole.parts()[0])


def test_each_request_asks_for_no_more_tokens_than_its_part_needs(fake, llm_env):
    fake.script(Reply(data=GOOD))
    run()
    strategy = OutlineBlocksStrategy(analyse(TEXT, DOC), 100000)
    assert fake.requests[0].body["max_tokens"] == output_tokens(strategy, strategy.parts()[0])


def test_extractor_max_tokens_caps_the_budget(fake, llm_env, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_MAX_TOKENS", "300")
    fake.script(Reply(data=GOOD))
    run()
    assert fake.requests[0].body["max_tokens"] == 300


# --- streaming and the early stop -----------------------------------------------------------------


def test_a_repeating_tail_is_found_and_varied_text_is_not():
    assert repeating_tail("x" + "ab" * 100) == 2
    assert repeating_tail('{"n": 1, "kind": "other"}, ' * 8) is not None
    assert repeating_tail(json.dumps([{"n": n, "kind": "other"} for n in range(40)])) is None


def test_the_guard_says_complete_when_the_top_level_object_closes():
    guard = AnswerGuard()
    assert guard.feed('```json\n{"a": "}{", "b": [1') is None
    assert guard.feed("]} and some chatter") == "complete"
    assert guard.answer == '```json\n{"a": "}{", "b": [1]}'


def test_the_guard_stops_text_that_is_no_longer_json():
    guard = AnswerGuard()
    assert "stopped being JSON" in guard.feed('{"blocks": [] 好')


def test_a_repeating_answer_is_stopped_and_its_part_falls_back(fake, llm_env, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_MODE", "json")
    fake.script(Reply(raw=LOOP, piece=20, pace=0.005))
    result = run()
    assert issue_view(result) == issue_view(rules_extract(TEXT, DOC))
    assert "repetition" in result.meta["fallback_parts"][0]["reason"]
    assert fake.requests[0].pieces < len(LOOP) // 40  # the client hung up: the server stopped generating
    assert len(fake.requests) == 1  # a looping model is not asked again


def test_chatter_after_a_complete_answer_is_not_read(fake, llm_env, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_MODE", "json")
    answer = json.dumps(GOOD, ensure_ascii=False)
    fake.script(Reply(raw=answer + " 以上。" * 400, piece=50, pace=0.005))
    result = run()
    assert issue_view(result) == issue_view(GOLD) and result.meta["reasks"] == 0
    assert fake.requests[0].pieces < (len(answer) + 800) // 50


def test_an_answer_ended_unfinished_by_the_server_falls_back_and_leaves_one_request_at_a_time(
    fake, llm_env, monkeypatch
):
    monkeypatch.setenv("EXTRACTOR_MODE", "json")
    fake.script(Reply(raw='{"blocks": [{"n": 1, "kind": "other"},', finish_reason=None))
    result = run()
    assert "without finishing" in result.meta["fallback_parts"][0]["reason"]
    assert result.meta["endpoint_concurrency"]["limit"] == 1 and result.meta["endpoint_concurrency"]["learned"]


def test_a_client_made_before_its_endpoints_record_was_forgotten_writes_to_the_new_record(fake, llm_env, monkeypatch):
    # (The process keeps one client per endpoint; a test's fake server may get a port an earlier one had.)
    monkeypatch.setenv("EXTRACTOR_MODE", "json")
    fake.script(Reply(raw='{"blocks": [{"n": 1, "kind": "other"},', finish_reason=None))
    run()
    endpoints.forget()
    fake.script(Reply(raw='{"blocks": [{"n": 1, "kind": "other"},', finish_reason=None))
    concurrency = run().meta["endpoint_concurrency"]
    assert concurrency["limit"] == 1 and concurrency["learned"]


# --- the document's time budget -------------------------------------------------------------------


def test_a_document_over_its_budget_falls_back_to_the_rules(fake, llm_env, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_DOC_BUDGET", "0.5")
    fake.script(Reply(data=GOOD, delay=3))  # the server stalls before answering
    result = run()
    assert issue_view(result) == issue_view(rules_extract(TEXT, DOC))
    assert result.meta["over_budget"] == 0.5
    assert "time budget" in result.meta["fallback_parts"][0]["reason"]


def test_a_document_over_its_budget_is_an_error_under_backend_llm(fake, llm_env, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_DOC_BUDGET", "0.5")
    fake.script(Reply(data=GOOD, delay=3))
    with pytest.raises(llm.EndpointError, match="time budget"):
        run(strict=True)


def test_the_budget_holds_by_default():
    assert llm.load_settings({}).doc_budget and llm.load_settings({"EXTRACTOR_DOC_BUDGET": "0"}).doc_budget is None


# --- no stacking on slow servers ------------------------------------------------------------------


def test_no_request_is_sent_while_the_server_still_works_on_a_timed_out_one(llm_env, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_TIMEOUT", "0.5")
    monkeypatch.setenv("EXTRACTOR_PART_TOKENS", "3000")  # several parts
    with FakeOpenAI(slots=1) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        server.script(Reply(data=GOOD, delay=1.5))  # the first part's prompt is read too slowly
        server.responder = lambda body: Reply(data={"blocks": []})
        result = llm.extract_text(TEXT, DOC, prompt="outline_blocks", strict=False)
    assert server.max_in_flight == 1  # the next part waited until the server was idle again
    assert "timed out" in result.meta["fallback_parts"][0]["reason"]


def test_a_single_slot_server_is_learned_to_queue_within_a_few_notices(llm_env, monkeypatch, tmp_path):
    # Learning needs two requests in flight at once, and when the limiter first lets a second one go
    # depends on how threads are scheduled: a run is a few notices, so the endpoint must settle within
    # three of them (each with a fresh cache, so every part is asked).
    monkeypatch.setenv("EXTRACTOR_PART_TOKENS", "3000")
    with FakeOpenAI(slots=1) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        server.responder = lambda body: Reply(data={"blocks": []}, piece=2, pace=0.01, delay=0.1)
        for run_number in range(3):
            monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path / f"cache{run_number}"))
            result = llm.extract_text(TEXT, DOC, prompt="outline_blocks", strict=False)
            assert result.meta["parts"] >= 3
            if result.meta["endpoint_concurrency"]["learned"]:
                break
    assert result.meta["endpoint_concurrency"] == {
        "limit": 1,
        "learned": "an answer began only after another had ended: the server queues requests",
    }


def test_learned_concurrency_grows_while_answers_stream_side_by_side():
    endpoint = endpoints.Endpoint(ceiling=4)
    first = endpoint.started(now=0)
    endpoint.first_byte(first, now=1)
    endpoint.ended(first, ok=True, now=2)  # it used the whole limit (one): one more
    a, b = endpoint.started(now=3), endpoint.started(now=3)
    endpoint.first_byte(a, now=4)
    endpoint.chunk(a)
    endpoint.first_byte(b, now=4.5)
    for _ in range(4):  # a goes on streaming after b began: two slots at least
        endpoint.chunk(a)
        endpoint.chunk(b)
    assert (endpoint.current(), endpoint.parallel, endpoint.learned) == (2, 2, None)


def test_learned_concurrency_settles_when_an_answer_waited_for_another():
    endpoint = endpoints.Endpoint(ceiling=4)
    endpoint.limit = 2
    a, b = endpoint.started(now=0), endpoint.started(now=0)
    endpoint.first_byte(a, now=1)
    endpoint.ended(a, ok=True, now=5)
    endpoint.first_byte(b, now=6)  # b began only once a had ended
    assert endpoint.current() == 1 and endpoint.learned


# --- the answer mode, found from the server's answers ---------------------------------------------


def test_an_endpoint_that_ignores_tools_is_asked_with_json_object_and_schema(llm_env, monkeypatch):
    with FakeOpenAI(ignore_tools=True) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        server.responder = lambda body: Reply(data=GOOD)
        result = llm.extract_text(TEXT, DOC, prompt="outline_blocks")
    assert [request_shape(r.body) for r in server.requests] == ["tools", "json_schema", "json_object_schema"][
        : len(server.requests)
    ]
    assert result.meta["mode"] in ("json_schema", "json_object_schema")
    assert issue_view(result) == issue_view(GOLD)


def test_json_object_schema_sends_the_response_schema(llm_env, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_MODE", "json_object_schema")
    with FakeOpenAI() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        server.responder = lambda body: Reply(data=GOOD)
        llm.extract_text(TEXT, DOC, prompt="outline_blocks")
    form = server.requests[0].body["response_format"]
    assert form["type"] == "json_object" and "blocks" in form["schema"]["properties"]


def test_the_mode_is_found_once_when_parts_are_asked_at_once(llm_env, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_PART_TOKENS", "3000")
    with FakeOpenAI(refuse={"tools", "json_schema"}, refuse_status=500) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        server.responder = lambda body: Reply(data={"blocks": []})
        result = llm.extract_text(TEXT, DOC, prompt="outline_blocks", strict=False)
    shapes = [request_shape(r.body) for r in server.requests]
    assert result.meta["parts"] >= 3
    assert shapes.count("tools") == shapes.count("json_schema") == 1
