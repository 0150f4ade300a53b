"""Specification of how the LLM backend handles failures: retries, re-asks, grounding, fallback.

Every test scripts the fake endpoint with the failure first and a correct answer (from gold) after.
`run()` is strict (`--backend llm`: endpoint failures raise); `run(strict=False)` is `--backend auto`.
"""

import pytest
from fakes.fixtures import SECRET, fake, llm_env  # noqa: F401 - pytest fixtures
from fakes.gold_answers import Document, issue_view, load_gold, outline_answer, whole_document_answer
from fakes.openai_server import Reply

from extractor import llm
from extractor.errors import ExtractorError
from extractor.rules import extract_text as rules_extract

DOC = "002_f8e588f7094716c5"
TEXT, GOLD = load_gold(DOC)
GOOD = outline_answer(Document(TEXT), GOLD)


def run(prompt="outline_blocks", strict=True):
    return llm.extract_text(TEXT, DOC, prompt=prompt, strict=strict)


def reask_message(request) -> str:
    """What instructor sent back to the model after a rejected answer (the last message)."""
    return str(request.messages[-1].get("content"))


# --- transient failures are retried --------------------------------------------------------------


def test_429_is_retried_after_the_retry_after_delay(fake, llm_env):
    fake.script(Reply(status=429, headers={"Retry-After": "0.4"}), Reply(data=GOOD))
    result = run()
    first, second = fake.requests
    assert second.at - first.at >= 0.4
    assert issue_view(result) == issue_view(GOLD)
    assert (result.meta["calls"], result.meta["retries"]) == (2, 1)


def test_a_timed_out_request_is_not_sent_again(fake, llm_env, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_TIMEOUT", "0.5")
    fake.script(Reply(data=GOOD, delay=1.5), Reply(data=GOOD))
    with pytest.raises(llm.EndpointError, match="timed out"):
        run()
    assert len(fake.requests) == 1  # the server may still be working on it


def test_a_timed_out_request_falls_back_to_the_rules_under_auto(fake, llm_env, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_TIMEOUT", "0.5")
    fake.script(Reply(data=GOOD, delay=1.5), Reply(data=GOOD))
    result = run(strict=False)
    assert issue_view(result) == issue_view(rules_extract(TEXT, DOC))
    assert "timed out" in result.meta["endpoint_failure"] and len(fake.requests) == 1


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_are_retried(fake, llm_env, status):
    fake.script(Reply(status=status), Reply(data=GOOD))
    result = run()
    assert issue_view(result) == issue_view(GOLD)
    assert result.meta["retries"] == 1


def test_a_blank_reply_is_asked_again(fake, llm_env):
    fake.script(Reply(raw=""), Reply(data=GOOD))
    assert issue_view(run()) == issue_view(GOLD)


def test_blank_replies_past_the_reasks_fall_back_to_the_rules(fake, llm_env):
    fake.script(Reply(raw=""), Reply(raw=""), Reply(data=GOOD))
    result = run()
    assert issue_view(result) == issue_view(rules_extract(TEXT, DOC))
    assert result.meta["fallbacks"] == 1 and "blank reply" in result.meta["fallback_parts"][0]["reason"]
    assert len(fake.requests) == 2  # EXTRACTOR_REASKS=1


# --- persistent failures fall back to the rules ----------------------------------------------


def test_persistent_500_falls_back_to_the_rule_result_and_says_so(fake, llm_env):
    fake.responder = lambda body: Reply(status=500, error="upstream overloaded")
    result = run(strict=False)
    assert issue_view(result) == issue_view(rules_extract(TEXT, DOC))
    assert result.meta["fallbacks"] == 1
    assert "HTTP 500" in result.meta["fallback_parts"][0]["reason"]
    assert any("rule-based result" in w for w in result.warnings)
    assert len(fake.requests) == result.meta["calls"] == 3  # EXTRACTOR_RETRIES=2, retried by the SDK
    assert result.meta["retries"] == 2


def test_persistent_500_is_an_error_naming_it_under_backend_llm(fake, llm_env):
    fake.responder = lambda body: Reply(status=500, error="upstream overloaded")
    with pytest.raises(llm.EndpointError, match="HTTP 500: upstream overloaded"):
        run()


def test_only_the_failed_part_falls_back(fake, llm_env, monkeypatch):
    from fakes.gold_answers import gold_responder

    monkeypatch.setenv("EXTRACTOR_PART_TOKENS", "3000")
    respond = gold_responder(TEXT, GOLD)
    fake.responder = lambda body: Reply(status=503) if "[1] " in body["messages"][-1]["content"] else respond(body)
    result = run(strict=False)
    assert result.meta["fallbacks"] == 1 and result.meta["fallback_parts"][0]["part"] == 1
    rules = rules_extract(TEXT, DOC)
    fell_back = result.meta["fallback_parts"][0]["range"]
    expected = [
        r if fell_back[0] <= r["span"][0] < fell_back[1] else g
        for r, g in zip(
            [i.model_dump(mode="json") for i in rules.issues],
            [i.model_dump(mode="json") for i in GOLD.issues],
        )
    ]
    keys = ("problem", "path", "status", "accountability")
    assert [{k: i[k] for k in keys} for i in expected] == [
        {k: v for k, v in i.model_dump(mode="json").items() if k in keys} for i in result.issues
    ]


def test_a_500_whose_body_is_a_request_validation_error_is_not_retried(fake, llm_env, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_MODE", "md_json")
    fake.responder = lambda body: Reply(status=500, error="request validation failed: messages must be a list")
    with pytest.raises(llm.EndpointRejected, match="validation"):
        run()
    assert len(fake.requests) == 1


def test_an_unreachable_endpoint_falls_back(llm_env, monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")  # discard port: connection refused
    monkeypatch.setenv("EXTRACTOR_RETRIES", "1")
    result = run(strict=False)
    assert result.meta["fallbacks"] == 1
    assert "connection" in result.meta["fallback_parts"][0]["reason"]


# --- invalid answers are re-asked --------------------------------------------------------------


def test_malformed_json_is_reasked(fake, llm_env, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_MODE", "json")  # content answers (a tools request answered with content moves on)
    fake.script(Reply(raw='{"blocks": [{"n": 3,'), Reply(data=GOOD))
    result = run()
    assert issue_view(result) == issue_view(GOLD)
    assert (result.meta["calls"], result.meta["reasks"]) == (2, 1)


def test_a_schema_invalid_answer_is_reasked_with_the_validation_error(fake, llm_env):
    bad = {"blocks": [dict(GOOD["blocks"][2], status="done")]}
    fake.script(Reply(data=bad), Reply(data=GOOD))
    result = run()
    assert issue_view(result) == issue_view(GOLD)
    assert "status" in reask_message(fake.requests[1])


def test_an_invalid_date_is_reasked(fake, llm_env):
    bad = whole_document_answer(TEXT, GOLD)
    bad["report"]["feedback_date"] = "11月3日"
    fake.script(Reply(data=bad), Reply(data=whole_document_answer(TEXT, GOLD)))
    result = run("whole_document")
    assert str(result.report.feedback_date) == "2020-11-03"
    assert "feedback_date" in reask_message(fake.requests[1])


def test_tokens_of_rejected_answers_are_counted(fake, llm_env, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_MODE", "json")  # content answers (a tools request answered with content moves on)
    fake.script(Reply(raw="not json at all"), Reply(data=GOOD))
    meta = run().meta
    sent = fake.usage_sent
    assert (meta["input_tokens"], meta["output_tokens"]) == (sent["prompt_tokens"], sent["completion_tokens"])
    assert fake.requests[0].usage["completion_tokens"] > 0


def test_an_answer_still_invalid_after_the_reasks_falls_back(fake, llm_env, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_MODE", "json")  # content answers (a tools request answered with content moves on)
    fake.script(Reply(raw="{not json"), Reply(raw="[]"))
    result = run()
    assert result.meta["fallbacks"] == 1
    assert "invalid answer" in result.meta["fallback_parts"][0]["reason"]
    assert len(fake.requests) == 2  # EXTRACTOR_REASKS=1


# --- grounding -------------------------------------------------------------------------------------


def test_a_hallucinated_problem_is_reasked_naming_the_quote(fake, llm_env):
    bad = whole_document_answer(TEXT, GOLD)
    bad["issues"].append(dict(bad["issues"][0], problem="全市干部作风问题已全面根治"))
    fake.script(Reply(data=bad), Reply(data=whole_document_answer(TEXT, GOLD)))
    result = run("whole_document")
    assert issue_view(result) == issue_view(GOLD)
    assert "全市干部作风问题已全面根治" in reask_message(fake.requests[1])


def test_a_hallucinated_problem_that_persists_is_dropped_with_a_warning(fake, llm_env):
    bad = whole_document_answer(TEXT, GOLD)
    bad["issues"].insert(3, dict(bad["issues"][0], problem="全市干部作风问题已全面根治"))
    fake.script(Reply(data=bad), Reply(data=bad))
    result = run("whole_document")
    assert issue_view(result) == issue_view(GOLD)
    (dropped,) = result.meta["dropped"]
    assert "全市干部作风问题已全面根治" in dropped["reason"] and result.meta["fallbacks"] == 0
    assert any("全市干部作风问题已全面根治" in w for w in result.warnings)


def test_a_boundary_quote_outside_its_block_is_dropped_after_the_reasks(fake, llm_env):
    issue = next(b for b in GOOD["blocks"] if b["kind"] == "issue")
    bad = {
        "blocks": GOOD["blocks"]
        + [{"n": issue["n"], "kind": "issue", "start": issue.get("start"), "end": "根本不存在的结尾"}]
    }
    fake.script(Reply(data=bad), Reply(data=bad))
    result = run()
    assert issue_view(result) == issue_view(GOLD)
    (dropped,) = result.meta["dropped"]
    assert "根本不存在的结尾" in dropped["reason"]


def test_an_ungrounded_status_phrase_gives_way_to_the_rules_reading(fake, llm_env):
    bad = outline_answer(Document(TEXT), GOLD)
    first = next(b for b in bad["blocks"] if b["kind"] == "issue")
    first["status_text"] = "全部整改完毕并验收"
    fake.script(Reply(data=bad), Reply(data=bad))
    result = run()
    rules = rules_extract(TEXT, DOC).issues[0]
    assert (result.issues[0].status, result.issues[0].status_text) == (rules.status, rules.status_text)
    assert result.issues[0].problem == GOLD.issues[0].problem
    assert "全部整改完毕并验收" not in result.model_dump_json(exclude={"warnings", "meta"})


def test_a_group_label_on_a_paragraph_block_is_rejected(fake, llm_env):
    paragraph = next(s.n for s in Document(TEXT).segments if s.node is None)
    bad = {"blocks": GOOD["blocks"] + [{"n": paragraph, "kind": "group"}]}
    fake.script(Reply(data=bad), Reply(data=GOOD))
    assert issue_view(run()) == issue_view(GOLD)
    assert f"[{paragraph}]" in reask_message(fake.requests[1])


# --- errors retrying cannot fix ----------------------------------------------------------------


def test_401_raises_a_clear_error_without_retrying_or_leaking_the_key(fake, llm_env):
    fake.script(Reply(status=401, error=f"Incorrect API key provided: {SECRET}"))
    with pytest.raises(ExtractorError) as raised:
        run()
    message = str(raised.value)
    assert "401" in message and "OPENAI_API_KEY" in message
    assert SECRET not in message and SECRET[:12] not in message
    assert len(fake.requests) == 1


@pytest.mark.parametrize("status", [403, 404])
def test_client_errors_are_not_retried(fake, llm_env, status):
    fake.script(Reply(status=status, error="nope"))
    with pytest.raises(llm.EndpointRejected, match=str(status)):
        run()
    assert len(fake.requests) == 1


def test_an_exhausted_quota_is_not_retried(fake, llm_env):
    fake.script(Reply(status=429, error="You exceeded your current quota", error_code="insufficient_quota"))
    with pytest.raises(llm.EndpointRejected, match="quota"):
        run()
    assert len(fake.requests) == 1


def test_the_cli_prints_one_line_for_a_rejected_key(fake, llm_env, capsys, tmp_path):
    from extractor.cli import main

    notice = tmp_path / "notice.txt"
    notice.write_text(TEXT, encoding="utf-8")
    fake.script(Reply(status=401, error="invalid key"))
    assert main([str(notice), "--backend", "llm"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ") and "401" in err
