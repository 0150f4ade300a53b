"""The LLM backend end to end: the rules' analysis, parts asked concurrently, reconciliation.

Each part is answered from the cache or asked (see `provider.ask`); what the output keeps is
decided in `reconcile` only. An endpoint failure in a part ends the extraction with
`EndpointError` when `strict` (`--backend llm`); otherwise the rules fill that part and
`meta["endpoint_failure"]` says why. Only answers that passed every check, in a part that was not
degenerate, are cached.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from extractor.check import review
from extractor.errors import ExtractorError
from extractor.llm.analysis import analyse
from extractor.llm.budget import output_tokens
from extractor.llm.cache import DiskCache, cache_key, schema_hash
from extractor.llm.config import LLMSettings
from extractor.llm.errors import EndpointError, EndpointRejected, redact_url
from extractor.llm.prompts import Prompt
from extractor.llm.provider import client, endpoints, modes
from extractor.llm.provider.ask import AnswerInvalid, Asker, Usage
from extractor.llm.reconcile import PartOutcome, reconcile
from extractor.llm.strategies import STRATEGIES, Strategy
from extractor.models import Extraction

log = logging.getLogger("extractor.llm")


class _Run:
    """One extraction's requests: shared key parts, counters and the first endpoint failure."""

    def __init__(
        self,
        settings: LLMSettings,
        prompt: Prompt,
        model: str,
        strategy: Strategy,
        cache: DiskCache | None,
        repeat: int,
        strict: bool,
    ) -> None:
        self.settings, self.prompt, self.model, self.strategy = settings, prompt, model, strategy
        self.cache, self.strict = cache, strict
        temperature = prompt.spec.temperature if prompt.spec.temperature is not None else settings.temperature
        self.asker = Asker(settings, model, temperature)
        self.usage = Usage()
        self.failure: EndpointError | None = None
        self.over_budget = False
        self.modes_used: set[str] = set()
        self.keys: dict[int, str] = {}
        self.fixed = {
            "endpoint": redact_url(settings.endpoint),
            "model": model,
            "temperature": temperature,
            "max_tokens": settings.max_output_tokens,
            "prompt": prompt.sha256,
            "schema": schema_hash(strategy.response_model.model_json_schema()),
            "repeat": repeat,
        }

    def _cached(self, key: str, check: Any) -> Any:
        entry = self.cache.get(key) if self.cache is not None else None
        if entry is None:
            return None
        try:
            answer = self.strategy.response_model.model_validate(entry["answer"])
        except (ValueError, KeyError, TypeError):
            return None  # an entry this code can no longer read is a miss
        return answer if not check(answer) else None  # one that no longer passes the checks too

    async def part(self, part: Any, count: int, gate: asyncio.Semaphore) -> PartOutcome:
        strategy = self.strategy
        if strategy.empty(part):
            return PartOutcome(part)
        messages = self.prompt.render(**strategy.variables(part, count))

        def check(answer: Any) -> list[str]:
            return strategy.read(answer, part).problems

        mode = modes.current(self.settings.endpoint, self.model, self.settings.mode)
        key = cache_key(messages=messages, mode=mode, **self.fixed)
        answer = self._cached(key, check)
        if answer is not None:
            self.modes_used.add(mode)
            return PartOutcome(part, answer, cached=True, clean=True)
        async with gate:
            if isinstance(self.failure, EndpointRejected):  # asking again cannot help
                return PartOutcome(part, failure=str(self.failure))
            try:
                answer, clean, used = await self.asker.ask(
                    messages, strategy.response_model, check, self.usage, max_tokens=output_tokens(strategy, part)
                )
            except AnswerInvalid as exc:
                log.info("part %d of %d falls back to the rules: %s", part.index + 1, count, exc)
                return PartOutcome(part, failure=str(exc))
            except EndpointError as exc:
                if self.strict:
                    raise
                self.failure = self.failure or exc
                return PartOutcome(part, failure=str(exc))
        self.modes_used.add(used)
        self.keys[part.index] = cache_key(messages=messages, mode=used, **self.fixed)
        return PartOutcome(part, answer, clean=clean)

    async def budgeted(self, part: Any, count: int, gate: asyncio.Semaphore, deadline: float | None) -> PartOutcome:
        """The part, unless the document's time budget runs out first (then the rules fill it, and
        its request is cancelled: a streamed answer stops on the server too)."""
        if deadline is None:
            return await self.part(part, count, gate)
        try:
            async with asyncio.timeout_at(deadline):
                return await self.part(part, count, gate)
        except TimeoutError:
            budget = self.settings.doc_budget or 0
            failure = EndpointError(
                f"the document's time budget of {budget:g} s (EXTRACTOR_DOC_BUDGET) ran out "
                "before this part was answered"
            )
            if self.strict:
                raise failure from None
            self.over_budget = True
            return PartOutcome(part, failure=str(failure))

    async def all(self) -> list[PartOutcome]:
        parts = self.strategy.parts()
        gate = asyncio.Semaphore(self.settings.concurrency)  # parts of this notice asked at once
        budget = self.settings.doc_budget
        deadline = asyncio.get_running_loop().time() + budget if budget else None
        try:
            async with asyncio.TaskGroup() as group:
                tasks = [group.create_task(self.budgeted(part, len(parts), gate, deadline)) for part in parts]
        except BaseExceptionGroup as failed:
            first = next((e for e in failed.exceptions if isinstance(e, ExtractorError)), failed.exceptions[0])
            raise first from None
        return [task.result() for task in tasks]


def extract(
    text: str,
    source: str | None,
    *,
    settings: LLMSettings,
    prompt: Prompt,
    model: str,
    no_cache: bool = False,
    repeat: int = 0,
    strict: bool = True,
) -> Extraction:
    started = time.perf_counter()
    analysis = analyse(text, source)
    strategy = STRATEGIES[prompt.spec.response_model](analysis, settings.part_tokens)
    cache = None if no_cache else DiskCache(settings.cache_dir)
    run = _Run(settings, prompt, model, strategy, cache, repeat, strict)
    outcomes = client.run(run.all())
    return finish(run, outcomes, started)


def finish(run: _Run, outcomes: list[PartOutcome], started: float, **extra_meta: Any) -> Extraction:
    """Reconcile the parts' outcomes, cache the clean answers and record meta: the end of every LLM
    extraction, whether its answers came live or from a provider's Batch API (`extra_meta`)."""
    settings, prompt, strategy, cache = run.settings, run.prompt, run.strategy, run.cache
    analysis = strategy.analysis
    result = reconcile(analysis, strategy, outcomes)
    if cache is not None:
        for outcome in outcomes:
            key = run.keys.get(outcome.part.index)
            if key and outcome.clean and outcome.answer is not None and outcome.part.index not in result.degenerate:
                cache.put(key, {"answer": outcome.answer.model_dump(mode="json")})
    mode = sorted(run.modes_used, key=modes.ORDER.index)[-1] if run.modes_used else settings.mode
    meta: dict[str, Any] = {
        "backend": "llm",
        "prompt": prompt.name,
        "prompt_version": prompt.spec.version,
        "response_model": prompt.spec.response_model,
        "model": run.model,
        "mode": mode,
        "endpoint": redact_url(settings.endpoint),
        "parts": len(outcomes),
        "cache_hits": sum(1 for o in outcomes if o.cached),
        **run.usage.as_dict(),
        **result.record,
        "fallback": bool(result.record["fallbacks"]),  # a part came from the rules (batch summaries count it)
        "repeat": run.fixed["repeat"],
        **extra_meta,
        "seconds": round(time.perf_counter() - started, 3),
    }
    if run.failure is not None:
        meta["endpoint_failure"] = str(run.failure)
    if run.over_budget:
        meta["over_budget"] = settings.doc_budget
    learned = endpoints.known(settings.endpoint)
    if learned is not None:
        meta["endpoint_concurrency"] = learned.describe()
    warnings = result.warnings + review(result.report, result.issues)
    return Extraction(source=analysis.source, report=result.report, issues=result.issues, warnings=warnings, meta=meta)
