"""Specification of prompt templates and of the response models derived from the output contract."""

import shutil
import typing
from pathlib import Path

import pytest
import yaml
from fakes.fixtures import fake, llm_env  # noqa: F401 - pytest fixtures
from fakes.gold_answers import gold_responder, load_gold

from extractor import llm
from extractor.llm.analysis import analyse
from extractor.llm.prompts import load_prompt
from extractor.llm.schemas import RESPONSE_MODELS, BlockLabel, ExtractedIssue, OutlineBlocks, WholeDocument
from extractor.llm.strategies import STRATEGIES
from extractor.models import Issue, Report

PROMPTS = Path(__file__).resolve().parents[1] / "prompts"
DOC = "002_f8e588f7094716c5"


@pytest.fixture
def prompts_dir(tmp_path, monkeypatch):
    """A private copy of prompts/ that a test may edit."""
    target = tmp_path / "prompts"
    shutil.copytree(PROMPTS, target)
    monkeypatch.setenv("EXTRACTOR_PROMPTS_DIR", str(target))
    monkeypatch.setenv("EXTRACTOR_DOTENV", "")
    return target


def write_variant(directory: Path, name: str, **changes) -> Path:
    data = yaml.safe_load((PROMPTS / "whole_document.yaml").read_text(encoding="utf-8"))
    data.update(name=name, **changes)
    path = directory / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_the_two_shipped_prompts_are_listed(monkeypatch):
    monkeypatch.delenv("EXTRACTOR_PROMPTS_DIR", raising=False)
    assert {"whole_document", "outline_blocks"} <= set(llm.list_prompts())


@pytest.mark.parametrize("name", ["whole_document", "outline_blocks"])
def test_each_shipped_prompt_validates_and_renders_for_a_gold_notice(name):
    prompt = load_prompt(name, PROMPTS)
    text, _ = load_gold(DOC)
    strategy = STRATEGIES[prompt.spec.response_model](analyse(text), 100000)
    (part,) = strategy.parts()
    system, user = prompt.render(**strategy.variables(part, 1))
    assert system["role"] == "system" and user["role"] == "user"
    assert "许昌市委第三巡察组" in user["content"]


def test_adding_a_variant_is_adding_a_file(fake, llm_env, prompts_dir, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_PROMPTS_DIR", str(prompts_dir))
    write_variant(prompts_dir, "terse", system="只输出原文中的问题。", description="A shorter system prompt.")
    assert "terse" in llm.list_prompts()
    text, gold = load_gold(DOC)
    fake.responder = gold_responder(text, gold)
    result = llm.extract_text(text, DOC, prompt="terse")
    assert result.meta["prompt"] == "terse" and len(result.issues) == len(gold.issues)
    assert fake.requests[0].messages[0]["content"].startswith("只输出原文中的问题。")


def test_an_unknown_key_in_a_prompt_file_is_an_error(prompts_dir):
    write_variant(prompts_dir, "typo", temprature=0.3)
    with pytest.raises(llm.PromptError, match="temprature"):
        load_prompt("typo", prompts_dir)


def test_a_prompt_must_name_a_registered_response_model(prompts_dir):
    write_variant(prompts_dir, "odd", response_model="Everything")
    with pytest.raises(llm.PromptError, match="unknown response model"):
        load_prompt("odd", prompts_dir)


def test_a_template_that_does_not_compile_is_an_error(prompts_dir):
    write_variant(prompts_dir, "broken", user="{% for b in blocks %}never closed")
    with pytest.raises(llm.PromptError, match="does not compile"):
        load_prompt("broken", prompts_dir)


def test_the_file_name_and_the_prompt_name_must_agree(prompts_dir):
    path = write_variant(prompts_dir, "left")
    path.rename(prompts_dir / "right.yaml")
    with pytest.raises(llm.PromptError, match="does not match"):
        load_prompt("right", prompts_dir)


def test_templates_render_in_a_sandbox(prompts_dir):
    write_variant(prompts_dir, "escape", user="{{ text.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(llm.PromptError, match="unsafe"):
        load_prompt("escape", prompts_dir).render(text="x", part={}, context=[])


def test_an_undefined_template_variable_is_an_error(prompts_dir):
    write_variant(prompts_dir, "undefined", user="{{ no_such_variable }}")
    with pytest.raises(llm.PromptError, match="no_such_variable"):
        load_prompt("undefined", prompts_dir).render(text="x")


def test_an_unknown_prompt_lists_the_known_ones(llm_env):
    text, _ = load_gold(DOC)
    with pytest.raises(llm.PromptError, match="outline_blocks"):
        llm.extract_text(text, DOC, prompt="nope")


def test_prompt_names_cannot_leave_the_prompts_directory():
    with pytest.raises(llm.PromptError, match="invalid prompt name"):
        load_prompt("../pyproject", PROMPTS)


def test_every_registered_response_model_has_a_strategy():
    assert set(RESPONSE_MODELS) == set(STRATEGIES)


def test_the_extracted_issue_is_the_contract_issue_without_id_and_span():
    assert set(ExtractedIssue.model_fields) == set(Issue.model_fields) - {"id", "span"}
    for name, field in ExtractedIssue.model_fields.items():
        assert field.annotation == Issue.model_fields[name].annotation
        assert field.description == Issue.model_fields[name].description


def test_the_whole_document_answer_uses_the_contract_report():
    assert typing.get_args(WholeDocument.model_fields["report"].annotation)[0] is Report


def test_block_labels_take_status_cause_and_accountability_from_the_contract():
    for name in ("status", "status_text", "cause", "accountability"):
        assert BlockLabel.model_fields[name].annotation == Issue.model_fields[name].annotation


def test_answers_reject_unknown_fields():
    with pytest.raises(ValueError, match="extra"):
        OutlineBlocks.model_validate({"blocks": [{"n": 1, "kind": "issue", "end": "x", "confidence": 0.9}]})
