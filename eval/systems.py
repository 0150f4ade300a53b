"""Systems under evaluation: named callables `text -> Extraction` plus metadata.

Registry names (for --systems):
  baseline   every line starting with a number label ("1." "2、") becomes an issue; no report
  rules      extractor.extract(text, backend="rules")
  llm        one system per --prompts name (default: the extractor's own prompt) for --model;
             "llm:NAME" selects a single prompt directly

A system that cannot be built (extractor not importable, no OPENAI_API_KEY ...) is returned with
`skipped` set to the reason instead of raising, so the report can show it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from extractor.models import Extraction, Issue

Kind = Literal["rules", "llm", "baseline"]
KNOWN_SYSTEMS = ("baseline", "rules", "llm")
USAGE_KEYS = (
    "calls",
    "cache_hits",
    "input_tokens",
    "output_tokens",
    "retries",
    "reasks",
    "fallbacks",
    "dropped",
    "cost_micro_usd",
)
REPO_ROOT = Path(__file__).resolve().parents[1]


class UnknownSystemError(ValueError):
    pass


@dataclass
class System:
    name: str
    kind: Kind
    run: Callable[[str], Extraction] | None = None
    skipped: str | None = None
    info: dict[str, Any] = field(default_factory=dict)


def usage_from_meta(meta: dict[str, Any] | None) -> dict[str, int]:
    """The LLM usage counters present in `Extraction.meta` (top level or under meta["usage"])."""
    found: dict[str, int] = {}
    if not meta:
        return found
    sources = [meta]
    if isinstance(meta.get("usage"), dict):
        sources.append(meta["usage"])
    for source in sources:
        for key in USAGE_KEYS:
            value = source.get(key)
            if isinstance(value, list):  # meta["dropped"] lists each dropped item with its reason
                value = len(value)
            if isinstance(value, (int, float)) and not isinstance(value, bool) and key not in found:
                found[key] = int(value)
    if "input_tokens" in found and "cost_micro_usd" not in found:
        from eval.prices import cost_micro_usd

        cost = cost_micro_usd(meta.get("model"), found["input_tokens"], found.get("output_tokens", 0))
        if cost is not None:
            found["cost_micro_usd"] = cost
    return found


def _as_extraction(result: Any) -> Extraction:
    if isinstance(result, Extraction):
        return result
    if isinstance(result, dict):
        return Extraction.model_validate(result)
    if isinstance(result, (str, bytes)):
        return Extraction.model_validate_json(result)
    raise TypeError(f"system returned {type(result).__name__}, expected Extraction")


# --- baseline -------------------------------------------------------------------------------

_NUMBERED = re.compile(r"^\s*(\d{1,3})\s*[.．、](?!\d)\s*(\S.*)$")
_SENTENCE_END = re.compile(r"[。；;]")
_TRAILERS = ("问题的整改情况", "的整改情况", "整改情况", "问题的整改")


def baseline_extract(text: str) -> Extraction:
    """Trivial stand-in: each line opening with "N." / "N、" is an issue, status not_stated.

    The problem is the line's first sentence without the label and a trailing 的整改情况.
    """
    issues: list[Issue] = []
    for line in text.splitlines():
        m = _NUMBERED.match(line)
        if not m:
            continue
        problem = _SENTENCE_END.split(m.group(2), maxsplit=1)[0].strip()
        for trailer in _TRAILERS:
            if problem.endswith(trailer) and len(problem) > len(trailer):
                problem = problem[: -len(trailer)]
                break
        if problem.strip():
            issues.append(Issue(id=str(len(issues) + 1), path=[m.group(1)], problem=problem))
    return Extraction(issues=issues, meta={"system": "baseline"})


# --- builders -------------------------------------------------------------------------------


def _rules_system() -> System:
    try:
        import extractor

        extract = extractor.extract
    except Exception as exc:  # noqa: BLE001 - any import failure means "not available yet"
        return System("rules", "rules", skipped=f"extractor.extract not importable ({type(exc).__name__}: {exc})")

    def run(text: str) -> Extraction:
        return _as_extraction(extract(text, backend="rules"))

    return System("rules", "rules", run=run)


def llm_system_name(prompt: str | None, model: str | None) -> str:
    return "llm" + (f":{prompt}" if prompt else "") + (f"@{model}" if model else "")


def _llm_system(prompt: str | None, model: str | None) -> System:
    """LLM system: extractor.llm.extract_text(text, prompt=..., model=..., repeat=...) (strict).

    `run(text, repeat=k)` gives each --repeat round its own cache entry, so re-running the eval
    makes no calls; the system is skipped, with the reason, when no endpoint is configured.
    """
    name = llm_system_name(prompt, model)
    info = {"prompt": prompt, "model": model}
    try:
        from extractor import llm
    except Exception as exc:  # noqa: BLE001
        return System(name, "llm", skipped=f"extractor.llm not importable ({type(exc).__name__}: {exc})", info=info)
    configured, why = llm.is_configured()
    if not configured:
        return System(name, "llm", skipped=why, info=info)

    def run(text: str, repeat: int = 0) -> Extraction:
        return llm.extract_text(text, None, prompt=prompt, model=model, repeat=repeat)

    return System(name, "llm", run=run, info=info)


def _default_prompts() -> list[str | None]:
    """Every prompt template in prompts/, so `--systems llm` compares them all."""
    try:
        from extractor import llm

        return list(llm.list_prompts()) or [None]
    except Exception:  # noqa: BLE001 - the system itself reports why it cannot run
        return [None]


def parse_names(names: Iterable[str]) -> list[str]:
    """Validate registry names; raises UnknownSystemError naming the first bad one."""
    out = []
    for name in names:
        base = name.split(":", 1)[0]
        if base not in KNOWN_SYSTEMS or (base != "llm" and name != base) or name == "llm:":
            raise UnknownSystemError(f"unknown system {name!r} (known: {', '.join(KNOWN_SYSTEMS)}, llm:PROMPT)")
        out.append(name)
    return out


def build_systems(names: Sequence[str], prompts: Sequence[str] | None = None, model: str | None = None) -> list[System]:
    """Systems for registry `names`, in order, without duplicates.

    "llm" expands to one system per prompt in `prompts` (or the extractor's default prompt);
    if prompts are given without "llm" in `names`, the LLM systems are appended.
    """
    names = parse_names(names)
    if prompts and not any(n.split(":", 1)[0] == "llm" for n in names):
        names = [*names, "llm"]
    systems: list[System] = []
    seen: set[str] = set()

    def add(system: System) -> None:
        if system.name not in seen:
            seen.add(system.name)
            systems.append(system)

    for name in names:
        if name == "baseline":
            add(System("baseline", "baseline", run=baseline_extract))
        elif name == "rules":
            add(_rules_system())
        elif name == "llm":
            for prompt in prompts or _default_prompts():
                add(_llm_system(prompt, model))
        else:  # llm:PROMPT
            add(_llm_system(name.split(":", 1)[1], model))
    return systems
