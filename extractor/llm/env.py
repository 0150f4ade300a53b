"""Where the LLM backend's settings come from, and whether an endpoint is configured at all.

Kept apart from the settings model so that asking "is an LLM configured?" (every `--backend auto`
run does) imports neither pydantic's settings machinery nor python-dotenv when there is no `.env`.
The process environment wins over `.env`; `.env` is read from the working directory, then from the
project root; `EXTRACTOR_DOTENV` names another file, or disables `.env` when set to an empty string.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
NOT_CONFIGURED = (
    "no LLM configured: set OPENAI_API_KEY (plus OPENAI_BASE_URL and EXTRACTOR_MODEL for a "
    "non-OpenAI endpoint) in the environment or in .env, or use --backend rules"
)

# Environment variable -> settings field. `.env.example` documents each one.
ENV_VARS: dict[str, str] = {
    "OPENAI_API_KEY": "api_key",
    "OPENAI_BASE_URL": "base_url",
    "EXTRACTOR_MODEL": "model",
    "EXTRACTOR_MODE": "mode",
    "EXTRACTOR_PROMPT": "prompt",
    "EXTRACTOR_PROMPTS_DIR": "prompts_dir",
    "EXTRACTOR_TEMPERATURE": "temperature",
    "EXTRACTOR_MAX_TOKENS": "max_output_tokens",
    "EXTRACTOR_TIMEOUT": "timeout",
    "EXTRACTOR_RETRIES": "retries",
    "EXTRACTOR_REASKS": "reasks",
    "EXTRACTOR_CONCURRENCY": "concurrency",
    "EXTRACTOR_PART_TOKENS": "part_tokens",
    "EXTRACTOR_STREAM": "stream",
    "EXTRACTOR_DOC_BUDGET": "doc_budget",
    "EXTRACTOR_CACHE_DIR": "cache_dir",
}


def _dotenv_values() -> dict[str, str]:
    chosen = os.environ.get("EXTRACTOR_DOTENV")
    if chosen is not None:
        files = [Path(chosen)] if chosen.strip() else []
    else:
        files = [Path.cwd() / ".env", PROJECT_ROOT / ".env"]
    files = [path for path in files if path.is_file()]
    if not files:
        return {}  # no .env: python-dotenv is not even imported, which keeps the CLI's start-up short
    try:
        from dotenv import dotenv_values
    except ImportError:  # python-dotenv is a dependency, but the rules path must not need it
        return {}
    values: dict[str, str] = {}
    for path in files:
        if path.is_file():
            for name, value in dotenv_values(path).items():
                if value is not None:
                    values.setdefault(name, value)
    return values


def environment() -> dict[str, str]:
    """The variables the backend reads: `.env` first, the process environment over it."""
    merged = _dotenv_values()
    merged.update({name: value for name, value in os.environ.items() if name in ENV_VARS})
    return merged


def dependencies_missing() -> str | None:
    """Which LLM client packages cannot be imported, without importing them."""
    missing = [name for name in ("openai", "instructor") if importlib.util.find_spec(name) is None]
    return ", ".join(missing) or None


def is_configured() -> tuple[bool, str]:
    """(True, "") when an endpoint key is set and the client packages are installed, else (False, why)."""
    missing = dependencies_missing()
    if missing:
        return False, f"the LLM backend needs {missing}: pip install 'openai>=1.40' 'instructor>=1.10'"
    if not environment().get("OPENAI_API_KEY", "").strip():
        return False, NOT_CONFIGURED
    return True, ""
