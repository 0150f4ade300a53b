"""The LLM path against hostile and provider-like servers, over real HTTP on loopback.

Whatever a server answers, every output holds at least the rules' issues, no string the notice
does not contain reaches a field, and credentials appear nowhere (output, meta, stderr).
"""

from __future__ import annotations

import time

import pytest
from fakes.fixtures import SECRET, fake, llm_env  # noqa: F401 - pytest fixtures
from fakes.gold_answers import Document, gold_responder, issue_view, load_gold, outline_answer, whole_document_answer
from fakes.openai_server import FakeOpenAI, Reply

import extractor
from extractor import api, llm
from extractor.rules import extract_text as rules_extract

DOC = "002_f8e588f7094716c5"
TEXT, GOLD = load_gold(DOC)
RULES = rules_extract(TEXT, DOC)
INVENTED = ("虚构", "99")


def fields_json(result: extractor.Extraction) -> str:
    """Every field of the output a reader takes as extracted (warnings and meta report, they do not)."""
    return result.model_dump_json(exclude={"warnings", "meta"})


def assert_at_least_the_rules(result: extractor.Extraction) -> None:
    problems = {i.problem for i in result.issues}
    assert all(i.problem in problems for i in RULES.issues)


def invented_whole_document() -> dict:
    answer = whole_document_answer(TEXT, GOLD)
    for issue in answer["issues"]:
        issue["problem"] = "虚构的问题" + issue["problem"][:4]
    return answer


# --- invented quotes ---------------------------------------------------------------------------


@pytest.mark.parametrize("prompt", ["whole_document", "outline_blocks"])
def test_an_answer_whose_every_quote_is_invented_gives_the_rules_result(fake, llm_env, prompt):
    invented = {"blocks": [{"n": 3, "kind": "issue", "end": "虚构的问题结尾"}]}
    fake.responder = lambda body: Reply(data=invented_whole_document() if prompt == "whole_document" else invented)
    result = llm.extract_text(TEXT, DOC, prompt=prompt)
    assert issue_view(result) == issue_view(RULES)
    assert result.meta["fallbacks"] == 1 and "degenerate answer" in result.meta["fallback_parts"][0]["reason"]
    assert result.meta["llm_items"] == 0 and result.meta["dropped"]
    assert "虚构" not in fields_json(result)


def test_one_wrong_quote_keeps_that_issue_from_the_rules(fake, llm_env):
    answer = whole_document_answer(TEXT, GOLD)
    answer["issues"][5]["problem"] = "虚构的问题：这一条的原文被改写了"
    fake.script(Reply(data=answer), Reply(data=answer))
    result = llm.extract_text(TEXT, DOC, prompt="whole_document")
    assert len(result.issues) == len(RULES.issues)
    assert RULES.issues[5].problem in {i.problem for i in result.issues}
    (filled,) = result.meta["fallback_items"]
    assert RULES.issues[5].problem.startswith(filled["problem"].rstrip("…"))
    assert result.meta["fallbacks"] == 0 and "虚构" not in fields_json(result)


def test_invented_people_causes_and_measures_never_reach_the_output(fake, llm_env):
    answer = whole_document_answer(TEXT, GOLD)
    for issue in answer["issues"]:
        issue["accountability"] = [{"person": "虚构张三", "role": None, "action": "诫勉谈话"}]
        issue["cause"] = "虚构的原因分析"
        issue["measures"] = ["虚构的整改措施"]
    fake.script(Reply(data=answer), Reply(data=answer))
    result = llm.extract_text(TEXT, DOC, prompt="whole_document")
    assert_at_least_the_rules(result)
    assert "虚构" not in fields_json(result)
    by_problem = {i.problem: i for i in result.issues}
    for rules in RULES.issues:  # the rules' values stand in for the dropped fields
        mine = by_problem[rules.problem]
        assert (mine.cause, mine.measures, mine.accountability) == (rules.cause, rules.measures, rules.accountability)


def test_invented_block_fields_never_reach_the_output(fake, llm_env):
    answer = outline_answer(Document(TEXT), GOLD)
    for block in answer["blocks"]:
        if block["kind"] == "issue":
            block.update(
                cause="虚构的原因", accountability=[{"person": "虚构张三", "role": None, "action": "诫勉谈话"}]
            )
    fake.script(Reply(data=answer), Reply(data=answer))
    result = llm.extract_text(TEXT, DOC, prompt="outline_blocks")
    assert_at_least_the_rules(result)
    assert "虚构" not in fields_json(result) and result.meta["llm_items"] == len(GOLD.issues)


def test_an_invented_report_gives_way_to_the_rules_report(fake, llm_env):
    text, gold = load_gold("000_25518d0931de2d4e")
    rules = rules_extract(text)
    answer = whole_document_answer(text, gold)
    answer["report"].update(issuer="虚构单位", declared_issue_count=99, feedback_date="2031-02-03")
    fake.script(Reply(data=answer), Reply(data=answer))
    result = llm.extract_text(text, "000", prompt="whole_document")
    assert (result.report.issuer, result.report.declared_issue_count, result.report.feedback_date) == (
        rules.report.issuer,
        rules.report.declared_issue_count,
        rules.report.feedback_date,
    )
    assert "虚构" not in fields_json(result) and "2031" not in fields_json(result)
    assert {d["field"] for d in result.meta["dropped"]} >= {"report.issuer", "report.declared_issue_count"}


def test_text_that_is_no_notice_is_answered_without_a_traceback(fake, llm_env):
    text = "会议通知\n一、时间\n1.本周五下午三点。\n二、地点\n1.三楼会议室。\n"
    fake.responder = lambda body: Reply(
        data={"blocks": []} if "blocks" in str(body.get("tools")) else {"report": None, "issues": []}
    )
    result = llm.extract_text(text, None)
    assert result.issues == [] and result.meta["fallbacks"] == 0


# --- providers -----------------------------------------------------------------------------------


def test_an_endpoint_refusing_tools_and_json_schema_is_asked_with_json_object_and_schema_and_remembered(
    llm_env, monkeypatch
):
    with FakeOpenAI(refuse={"tools", "json_schema"}) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        server.responder = gold_responder(TEXT, GOLD)
        first = llm.extract_text(TEXT, DOC, prompt="outline_blocks", no_cache=True)
        second = llm.extract_text(TEXT, DOC, prompt="outline_blocks", no_cache=True)
    from fakes.openai_server import request_shape

    assert [request_shape(r.body) for r in server.requests] == [
        "tools",
        "json_schema",
        "json_object_schema",
        "json_object_schema",
    ]
    assert issue_view(first) == issue_view(second) == issue_view(GOLD)
    assert first.meta["mode"] == "json_object_schema" and second.meta["calls"] == 1


def test_a_validation_500_for_a_mode_moves_to_the_next_mode_without_retries(llm_env, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_MODE", "json_schema")
    with FakeOpenAI(refuse={"json_schema"}, refuse_status=500) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        server.responder = gold_responder(TEXT, GOLD)
        result = llm.extract_text(TEXT, DOC, prompt="outline_blocks")
    assert len(server.requests) == 2 and result.meta["mode"] == "json_object_schema" and result.meta["retries"] == 0


def test_an_endpoint_refusing_every_mode_is_an_error_naming_it(llm_env, monkeypatch):
    with FakeOpenAI(refuse={"tools", "json_schema", "json_object_schema", "json", "md_json"}) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        with pytest.raises(llm.EndpointRejected, match="refused every answer mode"):
            llm.extract_text(TEXT, DOC)
    assert len(server.requests) == 5


@pytest.mark.parametrize("mode", ["json", "json_schema", "md_json"])
def test_a_reasoning_block_with_braces_costs_no_reask(fake, llm_env, monkeypatch, mode):
    monkeypatch.setenv("EXTRACTOR_MODE", mode)
    fake.script(Reply(data=outline_answer(Document(TEXT), GOLD), think='先想一想 {"blocks": []} 再回答 }'))
    result = llm.extract_text(TEXT, DOC)
    assert issue_view(result) == issue_view(GOLD)
    assert (result.meta["calls"], result.meta["reasks"]) == (1, 0)


def test_a_garbage_body_under_auto_falls_back_with_one_warning_line(fake, llm_env, capsys, monkeypatch):
    monkeypatch.setattr(api, "_WARNED", set())  # a reused port must not hide this endpoint's line
    fake.responder = lambda body: Reply(body="<html><body>502 Bad Gateway</body></html>")
    first = extractor.extract(TEXT, backend="auto", source=DOC)
    second = extractor.extract(TEXT, backend="auto", source=DOC)
    assert issue_view(first) == issue_view(second) == issue_view(RULES)
    assert first.meta["endpoint_failure"] and first.meta["fallback"] is True
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("warning: ")


def test_a_garbage_body_under_backend_llm_exits_non_zero_naming_it(fake, llm_env, capsys, tmp_path):
    from extractor.cli import main

    notice = tmp_path / "notice.txt"
    notice.write_text(TEXT, encoding="utf-8")
    fake.responder = lambda body: Reply(status=503, error="upstream is down")
    assert main([str(notice), "--backend", "llm"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "HTTP 503: upstream is down" in err


def test_a_429_and_a_500_are_retried_by_the_sdk(fake, llm_env):
    fake.script(
        Reply(status=429, headers={"Retry-After": "0.1"}),
        Reply(status=500),
        Reply(data=outline_answer(Document(TEXT), GOLD)),
    )
    result = llm.extract_text(TEXT, DOC)
    assert issue_view(result) == issue_view(GOLD)
    assert (result.meta["calls"], result.meta["retries"]) == (3, 2)


def test_a_cancelled_request_is_not_sent_again(fake, llm_env):
    from extractor.llm.config import load_settings
    from extractor.llm.provider import client
    from extractor.llm.provider.ask import Asker, Usage
    from extractor.llm.schemas import OutlineBlocks

    fake.script(Reply(data={"blocks": []}, delay=1.0), Reply(data={"blocks": []}))
    asker = Asker(load_settings(), "fake-model", 0.0)
    future = client.submit(asker.ask([{"role": "user", "content": "x"}], OutlineBlocks, lambda a: [], Usage()))
    while not fake.requests:
        time.sleep(0.01)
    future.cancel()
    time.sleep(1.3)  # past the first answer: a re-sent request would have arrived by now
    assert len(fake.requests) == 1 and fake.pending == 1


# --- credentials -----------------------------------------------------------------------------------


def test_credentials_in_the_base_url_appear_nowhere(fake, llm_env, monkeypatch, capsys):
    host_port = fake.url.split("//")[1]
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://alice:PA55W0RD@{host_port}?api-key=QUERYSECRET")
    fake.responder = lambda body: Reply(status=500, error=f"bad auth for {SECRET} alice:PA55W0RD QUERYSECRET")
    result = extractor.extract(TEXT, backend="auto", source=DOC)
    with pytest.raises(llm.EndpointError) as raised:
        extractor.extract(TEXT, backend="llm", source=DOC, no_cache=True)
    shown = result.to_json() + str(raised.value) + capsys.readouterr().err
    for secret in (SECRET, "PA55W0RD", "QUERYSECRET"):
        assert secret not in shown
    assert result.meta["endpoint"].startswith("http://***@") and "api-key=***" in result.meta["endpoint"]
    assert fake.requests[0].query == "api-key=QUERYSECRET"  # the query still reaches the endpoint
