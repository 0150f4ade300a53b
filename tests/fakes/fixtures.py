"""pytest fixtures for the LLM tests: a fake endpoint and an environment pointing at it.

Import them into a test module (`from fakes.fixtures import fake, llm_env`); pytest finds fixtures
by name in the module namespace.
"""

from __future__ import annotations

import os

import pytest

from extractor.llm.config import ENV_VARS
from fakes.openai_server import FakeOpenAI

SECRET = "sk-test-0123456789abcdefSECRET"


@pytest.fixture
def fake():
    from extractor.llm.provider import endpoints, modes

    modes.forget()  # each test's endpoint starts from its configured mode
    endpoints.forget()  # and from one request at a time
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def llm_env(fake, monkeypatch, tmp_path):
    """Every setting explicit: the fake endpoint, two SDK retries, one part per notice, a fresh cache."""
    for name in list(os.environ):
        if name in ENV_VARS or name.startswith("EXTRACTOR_"):
            monkeypatch.delenv(name, raising=False)
    values = {
        "EXTRACTOR_DOTENV": "",  # never read a developer's .env
        "OPENAI_API_KEY": SECRET,
        "OPENAI_BASE_URL": fake.url,
        "EXTRACTOR_MODEL": "fake-model",
        "EXTRACTOR_MODE": "tools",
        "EXTRACTOR_TIMEOUT": "5",
        "EXTRACTOR_RETRIES": "2",
        "EXTRACTOR_REASKS": "1",
        "EXTRACTOR_CONCURRENCY": "4",
        "EXTRACTOR_PART_TOKENS": "100000",
        "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache"),
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return values
