"""LLM backend settings, read from the environment and `.env`.

The process environment wins over `.env`; `.env` is read from the working directory, then from the
project root. `EXTRACTOR_DOTENV` names another file, or disables `.env` when set to an empty
string (the tests do this). The API key is a `SecretStr`: it never appears in a repr, a log line
or an error message.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from extractor.llm.env import ENV_VARS, NOT_CONFIGURED, PROJECT_ROOT, dependencies_missing, environment, is_configured
from extractor.llm.errors import NotConfiguredError

Mode = Literal["tools", "json_schema", "json_object_schema", "json", "md_json"]

__all__ = [
    "ENV_VARS",
    "NOT_CONFIGURED",
    "PROJECT_ROOT",
    "LLMSettings",
    "Mode",
    "dependencies_missing",
    "environment",
    "is_configured",
    "load_settings",
]


class LLMSettings(BaseModel):
    """Everything the LLM backend needs to know about its endpoint and its limits."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    api_key: SecretStr | None = None
    base_url: str | None = Field(None, description="Any OpenAI-compatible endpoint; None means api.openai.com.")
    model: str = Field("gpt-4o-mini", min_length=1)
    mode: Mode = Field(
        "tools", description="answer mode to start with: tools | json_schema | json_object_schema | json | md_json"
    )
    prompt: str = Field("outline_blocks", description="Default prompt template (a file stem in prompts/).")
    prompts_dir: Path = PROJECT_ROOT / "prompts"
    temperature: float | None = Field(0.0, ge=0, le=2, description="None: send no temperature.")
    max_output_tokens: int | None = Field(None, gt=0)
    timeout: float = Field(
        120.0, gt=0, description="Seconds for one HTTP request; a request that times out is not sent again."
    )
    retries: int = Field(
        4,
        ge=0,
        le=20,
        description="The openai SDK's retries of 408/409/429/5xx and connection errors (exponential backoff, "
        "Retry-After honoured).",
    )
    reasks: int = Field(1, ge=0, le=2, description="Re-asks after an invalid or ungrounded answer.")
    concurrency: int = Field(
        4,
        ge=1,
        le=64,
        description="LLM requests in flight at once in this process, shared by every notice being extracted "
        "(a batch run's documents included); also the most parts of one notice asked at once.",
    )
    part_tokens: int = Field(8000, ge=200, description="Input token budget of one part of a long notice.")
    stream: bool = Field(True, description="Stream answers, so one that repeats or stops being JSON is stopped early.")
    doc_budget: float | None = Field(
        300.0,
        gt=0,
        description="Seconds one notice may spend on the LLM; parts not answered by then are the rules'. None: no budget.",
    )
    cache_dir: Path = Path(".cache/extractor-llm")

    @property
    def endpoint(self) -> str:
        return (self.base_url or "https://api.openai.com/v1").rstrip("/")

    def key(self) -> str:
        return self.api_key.get_secret_value() if self.api_key else ""


_NULLABLE = ("temperature", "max_output_tokens", "base_url", "doc_budget")


def load_settings(env: Mapping[str, str] | None = None, **overrides: object) -> LLMSettings:
    """Settings from `env` (default: `environment()`); empty values count as unset.

    Raises NotConfiguredError naming the variable when a value does not validate.
    """
    env = environment() if env is None else env
    data: dict[str, object] = {
        field: env[name].strip() for name, field in ENV_VARS.items() if env.get(name, "").strip()
    }
    for field in _NULLABLE:
        if str(data.get(field, "")).lower() in ("none", "null"):
            data[field] = None  # e.g. EXTRACTOR_TEMPERATURE=none: do not send one at all
    if str(data.get("doc_budget", "")).strip() in ("0", "0.0"):
        data["doc_budget"] = None  # EXTRACTOR_DOC_BUDGET=0: no budget
    data.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return LLMSettings(**data)
    except ValidationError as exc:
        fields = {field: name for name, field in ENV_VARS.items()}
        problems = []
        for error in exc.errors():
            field = str(error["loc"][0]) if error["loc"] else "?"
            problems.append(f"{fields.get(field, field)}: {error['msg']}")
        raise NotConfiguredError("invalid LLM settings: " + "; ".join(problems)) from None
