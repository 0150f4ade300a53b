"""Specification of LLM configuration: environment and .env, the secret key, and what happens when
nothing is configured. Also: the rule-based path never loads the LLM stack."""

import logging
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from fakes.fixtures import SECRET, fake, llm_env  # noqa: F401 - pytest fixtures
from fakes.gold_answers import gold_responder, load_gold
from fakes.openai_server import Reply

import extractor
from extractor import llm
from extractor.llm.config import ENV_VARS, load_settings

ROOT = Path(__file__).resolve().parents[1]
DOC = "002_f8e588f7094716c5"


@pytest.fixture
def clean_env(monkeypatch):
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("EXTRACTOR_DOTENV", "")
    return monkeypatch


def test_settings_come_from_the_environment(clean_env):
    clean_env.setenv("OPENAI_API_KEY", SECRET)
    clean_env.setenv("OPENAI_BASE_URL", "http://localhost:11434/v1")
    clean_env.setenv("EXTRACTOR_MODEL", "qwen2.5:14b")
    clean_env.setenv("EXTRACTOR_MODE", "json")
    clean_env.setenv("EXTRACTOR_CONCURRENCY", "2")
    clean_env.setenv("EXTRACTOR_TIMEOUT", "12.5")
    settings = load_settings()
    assert (settings.model, settings.mode, settings.concurrency, settings.timeout) == ("qwen2.5:14b", "json", 2, 12.5)
    assert settings.endpoint == "http://localhost:11434/v1" and settings.key() == SECRET


def test_defaults_need_only_a_key(clean_env):
    clean_env.setenv("OPENAI_API_KEY", SECRET)
    settings = load_settings()
    assert settings.endpoint == "https://api.openai.com/v1"
    assert settings.mode == "tools" and settings.prompt == "outline_blocks" and 1 <= settings.reasks <= 2


def test_a_dotenv_file_is_read_and_the_environment_wins(clean_env, tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text(f"OPENAI_API_KEY={SECRET}\nEXTRACTOR_MODEL=from-dotenv\nEXTRACTOR_MODE=md_json\n")
    clean_env.setenv("EXTRACTOR_DOTENV", str(env_file))
    clean_env.setenv("EXTRACTOR_MODE", "json")
    settings = load_settings()
    assert (settings.key(), settings.model, settings.mode) == (SECRET, "from-dotenv", "json")
    assert llm.is_configured() == (True, "")


def test_the_key_never_appears_in_repr_or_dumps(clean_env):
    clean_env.setenv("OPENAI_API_KEY", SECRET)
    settings = load_settings()
    for shown in (repr(settings), str(settings), settings.model_dump_json()):
        assert SECRET not in shown


def test_the_key_is_never_logged(fake, llm_env, caplog):
    text, gold = load_gold(DOC)
    fake.script(Reply(status=429, error=f"slow down {SECRET}"), Reply(status=500, error=SECRET))
    fake.responder = gold_responder(text, gold)
    with caplog.at_level(logging.DEBUG):
        result = llm.extract_text(text, DOC)
    assert SECRET not in caplog.text and SECRET not in result.to_json()


def test_an_invalid_setting_names_the_variable(clean_env):
    clean_env.setenv("OPENAI_API_KEY", SECRET)
    clean_env.setenv("EXTRACTOR_MODE", "xml")
    with pytest.raises(llm.NotConfiguredError, match="EXTRACTOR_MODE"):
        load_settings()


def test_without_a_key_the_backend_reports_why(clean_env):
    ok, why = llm.is_configured()
    assert not ok and "OPENAI_API_KEY" in why


def test_backend_llm_without_a_key_is_an_error(clean_env):
    with pytest.raises(extractor.ExtractorError, match="no LLM configured: set OPENAI_API_KEY"):
        extractor.extract("一、问题\n1.台账不全。整改情况：已完成。", backend="llm")


def test_backend_auto_without_a_key_returns_the_rule_result_and_says_why(clean_env):
    text, _ = load_gold(DOC)
    result = extractor.extract(text, backend="auto")
    assert result.meta["backend"] == "rules"
    assert "OPENAI_API_KEY" in result.meta["llm_unavailable"]
    assert result.issues == extractor.extract(text, backend="rules").issues


def test_the_rule_path_never_imports_the_llm_stack():
    script = textwrap.dedent(
        f"""
        import sys
        import extractor
        extractor.extract({str(ROOT / "gold/docs" / (DOC + ".txt"))!r}, backend="rules")
        from extractor import cli
        loaded = [m for m in ("openai", "instructor", "datasets", "ray", "extractor.llm") if m in sys.modules]
        print(",".join(loaded))
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == ""


def test_importing_the_llm_package_does_not_import_the_client_libraries():
    script = "import sys, extractor.llm as l; l.is_configured(); l.list_prompts(); print('openai' in sys.modules, 'instructor' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False False"


def test_env_example_documents_every_setting_and_loads_as_is():
    from dotenv import dotenv_values

    example = dotenv_values(ROOT / ".env.example")
    assert set(ENV_VARS) <= set(example)
    settings = load_settings({**{k: v or "" for k, v in example.items()}, "OPENAI_API_KEY": SECRET})
    assert settings.prompt == "outline_blocks"


def test_temperature_none_sends_no_temperature(fake, llm_env, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_TEMPERATURE", "none")
    text, gold = load_gold(DOC)
    fake.responder = gold_responder(text, gold)
    llm.extract_text(text, DOC)
    assert "temperature" not in fake.requests[0].body
    monkeypatch.setenv("EXTRACTOR_TEMPERATURE", "0.2")
    llm.extract_text(text, DOC, no_cache=True)
    assert fake.requests[-1].body["temperature"] == 0.2
