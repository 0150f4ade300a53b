"""The LLM backend: any OpenAI-compatible endpoint, prompt templates from `prompts/`.

    >>> from extractor import llm
    >>> llm.is_configured()                      # (False, "no LLM configured: set OPENAI_API_KEY …")
    >>> llm.list_prompts()                       # ['outline_blocks', 'whole_document']
    >>> llm.extract_text(text, "notice.txt", prompt="outline_blocks")   # strict: endpoint failures raise

Importing this package is cheap: `openai` and `instructor` are imported on the first extraction.
The rule-based path never imports this package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from extractor.errors import ExtractorError
from extractor.llm.env import is_configured
from extractor.llm.errors import EndpointError, EndpointRejected, LLMError, NotConfiguredError, PromptError
from extractor.models import Extraction

if TYPE_CHECKING:
    from extractor.llm.config import LLMSettings, load_settings


def __getattr__(name: str) -> Any:
    """LLMSettings and load_settings load the settings model only when asked for."""
    if name in ("LLMSettings", "load_settings"):
        from extractor.llm import config

        return getattr(config, name)
    raise AttributeError(f"module 'extractor.llm' has no attribute {name!r}")


__all__ = [
    "EndpointError",
    "EndpointRejected",
    "LLMError",
    "LLMSettings",
    "NotConfiguredError",
    "PromptError",
    "extract_text",
    "is_configured",
    "list_prompts",
    "load_settings",
]


def list_prompts() -> list[str]:
    """Names of the prompt templates available (files in EXTRACTOR_PROMPTS_DIR, default prompts/)."""
    from extractor.llm.config import load_settings
    from extractor.llm.prompts import list_prompts as _list

    return _list(load_settings().prompts_dir)


def extract_text(
    text: str,
    source: str | None = None,
    *,
    prompt: str | None = None,
    model: str | None = None,
    no_cache: bool = False,
    repeat: int = 0,
    strict: bool = True,
) -> Extraction:
    """Extract one decoded notice with the configured LLM (NotConfiguredError without one).

    `strict` (what `--backend llm` uses): an endpoint failure raises EndpointError naming it.
    Otherwise (`--backend auto`) the rules fill the parts the endpoint failed to deliver and
    meta["endpoint_failure"] says why. Either way, answers that arrive are reconciled with the
    rules' reading (`extractor.llm.reconcile`). `prompt` and `model` override EXTRACTOR_PROMPT and
    EXTRACTOR_MODEL; `repeat` keys separate cache entries for repeated runs of the same input;
    `no_cache` neither reads nor writes the cache.
    """
    ok, why = is_configured()
    if not ok:
        raise NotConfiguredError(why)
    if repeat < 0:
        raise ExtractorError(f"repeat must be >= 0, got {repeat}")

    from extractor.llm.config import load_settings
    from extractor.llm.pipeline import extract
    from extractor.llm.prompts import load_prompt

    settings = load_settings()
    loaded = load_prompt(prompt or settings.prompt, settings.prompts_dir)
    return extract(
        text,
        source,
        settings=settings,
        prompt=loaded,
        model=model or settings.model,
        no_cache=no_cache,
        repeat=repeat,
        strict=strict,
    )
