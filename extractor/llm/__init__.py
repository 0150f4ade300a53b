"""The LLM backend: any OpenAI-compatible endpoint, prompt templates from `prompts/`.

    >>> from extractor import llm
    >>> llm.is_configured()                      # (False, "no LLM configured: set OPENAI_API_KEY …")
    >>> llm.list_prompts()                       # ['outline_blocks', 'whole_document']
    >>> llm.extract_text(text, "notice.txt", prompt="outline_blocks")

Importing this package is cheap: `openai` and `instructor` are imported on the first extraction.
The rule-based path never imports this package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from extractor.errors import ExtractorError
from extractor.llm.env import is_configured
from extractor.llm.errors import EndpointRejected, LLMError, NotConfiguredError, PromptError
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
    backend: str = "llm",
    prompt: str | None = None,
    model: str | None = None,
    no_cache: bool = False,
    repeat: int = 0,
) -> Extraction:
    """Extract one decoded notice with the configured LLM.

    backend="llm" needs an endpoint (NotConfiguredError otherwise); backend="auto" returns the
    rule-based result, with meta["llm_unavailable"] saying why, when none is configured.
    `prompt` and `model` override EXTRACTOR_PROMPT and EXTRACTOR_MODEL; `repeat` keys separate
    cache entries for repeated runs of the same input; `no_cache` neither reads nor writes the cache.
    """
    if backend == "rules":
        from extractor.rules import extract_text as rules_extract

        return rules_extract(text, source)
    if backend not in ("llm", "auto"):
        raise ExtractorError(f"unknown backend {backend!r}: choose auto, rules or llm")
    ok, why = is_configured()
    if not ok:
        if backend == "auto":
            from extractor.rules import extract_text as rules_extract

            result = rules_extract(text, source)
            result.meta["llm_unavailable"] = why
            return result
        raise NotConfiguredError(why)
    if repeat < 0:
        raise ExtractorError(f"repeat must be >= 0, got {repeat}")

    from extractor.llm.pipeline import extract
    from extractor.llm.config import load_settings
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
    )
