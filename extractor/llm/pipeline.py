"""The LLM backend end to end: plan parts, ask concurrently, check, fall back, merge, cross-check."""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import time
from collections.abc import Coroutine
from typing import Any, TypeVar

from extractor.check import count_warnings
from extractor.errors import ExtractorError
from extractor.llm.cache import DiskCache, cache_key, schema_hash
from extractor.llm.call import Caller, PartFailure, Usage
from extractor.llm.config import LLMSettings
from extractor.llm.document import Document
from extractor.llm.prompts import Prompt
from extractor.llm.schemas import Grounding
from extractor.llm.strategies import STRATEGIES, Assembled, PartResult, Strategy, checker
from extractor.models import Extraction

log = logging.getLogger("extractor.llm")
T = TypeVar("T")


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine from synchronous code, also when the caller already runs an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def extract(
    text: str,
    source: str | None,
    *,
    settings: LLMSettings,
    prompt: Prompt,
    model: str,
    no_cache: bool = False,
    repeat: int = 0,
) -> Extraction:
    started = time.perf_counter()
    doc = Document(text, source)
    strategy = STRATEGIES[prompt.spec.response_model](doc, settings.part_tokens)
    usage = Usage()
    cache = None if no_cache else DiskCache(settings.cache_dir)
    results = run_sync(_ask_all(doc, strategy, prompt, settings, model, usage, cache, repeat))
    assembled = strategy.assemble(results)
    return _extraction(doc, assembled, results, settings, prompt, model, usage, repeat, time.perf_counter() - started)


async def _ask_all(
    doc: Document,
    strategy: Strategy,
    prompt: Prompt,
    settings: LLMSettings,
    model: str,
    usage: Usage,
    cache: DiskCache | None,
    repeat: int,
) -> list[PartResult]:
    parts = strategy.parts()
    temperature = prompt.spec.temperature if prompt.spec.temperature is not None else settings.temperature
    response_model = strategy.response_model
    fixed_key = {
        "endpoint": settings.endpoint,
        "model": model,
        "mode": settings.mode,
        "temperature": temperature,
        "max_tokens": settings.max_output_tokens,
        "prompt": prompt.sha256,
        "schema": schema_hash(response_model.model_json_schema()),
        "repeat": repeat,
    }
    caller = Caller(settings, model, temperature)
    # At most EXTRACTOR_CONCURRENCY parts of this notice at once (a part waiting out a backoff keeps
    # its place here). On top of this, the HTTP requests of every notice in the process share one
    # limit of the same size (limiter.REQUESTS, taken per request in call.py; no slot during backoff).
    gate = asyncio.Semaphore(settings.concurrency)

    async def one(part: Any) -> PartResult:
        if strategy.empty(part):
            return PartResult(part, response_model())
        messages = prompt.render(**strategy.variables(part, len(parts)))
        key = cache_key(messages=messages, **fixed_key)
        if cache is not None:
            entry = cache.get(key)
            if entry is not None:
                grounding = Grounding(checker(strategy, part), lenient=True)
                try:
                    answer = response_model.model_validate(entry["answer"], context={"grounding": grounding})
                except (ValueError, KeyError, TypeError):
                    pass  # an entry this code can no longer read is a miss
                else:
                    warnings, dropped = list(entry.get("warnings", [])), int(entry.get("dropped", 0))
                    return PartResult(part, answer, warnings, dropped, cached=True)
        async with gate:
            try:
                answer, grounding = await caller.ask(messages, response_model, checker(strategy, part), usage)
            except PartFailure as failure:
                log.info("part %d of %d falls back to the rules: %s", part.index + 1, len(parts), failure)
                return PartResult(part, reason=str(failure))
        warnings = [f"part {part.index + 1}: dropped or corrected ungrounded output: {w}" for w in grounding.warnings]
        if cache is not None:
            entry = {"answer": answer.model_dump(mode="json"), "warnings": warnings, "dropped": grounding.dropped}
            cache.put(key, entry)
        return PartResult(part, answer, warnings, grounding.dropped)

    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(one(part)) for part in parts]
    except BaseExceptionGroup as failed:
        # A rejected request (bad key, unknown model…) ends the whole run with its own message.
        first = next((e for e in failed.exceptions if isinstance(e, ExtractorError)), failed.exceptions[0])
        raise first from None
    finally:
        await caller.close()
    return [task.result() for task in tasks]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shorter = min(a[1] - a[0], b[1] - b[0])
    common = min(a[1], b[1]) - max(a[0], b[0])
    return shorter > 0 and common * 2 >= shorter


def cross_check(doc: Document, assembled: Assembled) -> dict[str, list[str]]:
    """Problems only one side found: this backend's vs the rule result's (by overlapping text)."""
    rules = [(b.problem_start, b.problem_end) for b in doc.blocks]
    mine = assembled.problems
    only_llm = [doc.text[s:e] for s, e in mine if not any(_overlaps((s, e), r) for r in rules)]
    only_rules = [doc.text[s:e] for s, e in rules if not any(_overlaps((s, e), m) for m in mine)]
    return {"only_llm": only_llm, "only_rules": only_rules}


def _extraction(
    doc: Document,
    assembled: Assembled,
    results: list[PartResult],
    settings: LLMSettings,
    prompt: Prompt,
    model: str,
    usage: Usage,
    repeat: int,
    seconds: float,
) -> Extraction:
    issues = assembled.issues
    for number, issue in enumerate(issues, 1):
        issue.id = str(number)
    fallbacks = [
        {"part": r.part.index + 1, "range": [r.part.start, r.part.end], "reason": r.reason}
        for r in results
        if r.answer is None
    ]
    warnings: list[str] = []
    for r in results:
        warnings += r.warnings
    for fb in fallbacks:
        warnings.append(f"part {fb['part']} of {len(results)} used the rule-based result: {fb['reason']}")
    warnings += count_warnings(assembled.report, issues)
    checked = cross_check(doc, assembled)
    meta: dict[str, Any] = {
        "backend": "llm",
        "prompt": prompt.name,
        "prompt_version": prompt.spec.version,
        "response_model": prompt.spec.response_model,
        "model": model,
        "mode": settings.mode,
        "endpoint": settings.endpoint,
        "parts": len(results),
        "cache_hits": sum(1 for r in results if r.cached),
        **usage.as_dict(),
        "fallbacks": len(fallbacks),
        "fallback_parts": fallbacks,
        "dropped": sum(r.dropped for r in results),
        "only_llm": checked["only_llm"],
        "only_rules": checked["only_rules"],
        "repeat": repeat,
        "seconds": round(seconds, 3),
    }
    return Extraction(source=doc.source, report=assembled.report, issues=issues, warnings=warnings, meta=meta)
