"""One notice through a provider's Batch API: the live path's requests, its answers read the live way.

A `Document` is built twice in a batch run: once to list its requests (before the batch is
submitted), once with the batch's results (after it ends), because holding every notice's analysis
for the hours a batch takes would not fit a large corpus. Both times the strategy renders the same
messages, and the request body is the one instructor builds for the live path (captured on its way
out, never sent), so batch and live prompts cannot drift apart. A request is named by the hash of
its body: identical requests (a notice given twice) are sent once, and a resumed run finds its
answers whatever the order of its inputs.

What differs from the live path: no re-asks (an answer failing a check goes to the reconciliation
as the live path's last answer does) and no mode fallback (a mode the endpoint refuses fails those
requests). A request that failed, or that an expired, cancelled or failed batch left unanswered,
falls back to the rules for its part, with the reason in meta (`fallback_parts`, `endpoint_failure`).
"""

from __future__ import annotations

import functools
import hashlib
import json
import threading
import time
from collections.abc import Mapping
from typing import Any

import instructor
import openai
from openai.types.chat import ChatCompletion
from pydantic import ValidationError

from extractor.llm.analysis import analyse
from extractor.llm.batch_api import Result
from extractor.llm.budget import output_tokens
from extractor.llm.cache import DiskCache, cache_key
from extractor.llm.config import LLMSettings
from extractor.llm.errors import EndpointError, LLMError
from extractor.llm.pipeline import _Run, finish
from extractor.llm.prompts import Prompt
from extractor.llm.provider import modes
from extractor.llm.provider.ask import capped, completion_json, instructor_model, strip_reasoning
from extractor.llm.reconcile import PartOutcome
from extractor.llm.strategies import STRATEGIES
from extractor.models import Extraction

_CAPTURED = threading.local()


class _Captured(Exception):
    """Raised by the capturing transport: the request was built, and goes no further."""


class _CaptureClient(openai.DefaultHttpxClient):
    """The SDK's HTTP client, keeping each request's body instead of sending it."""

    def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        _CAPTURED.body = json.loads(request.content)
        raise _Captured


@functools.cache
def _builder(mode: str) -> Any:
    """An instructor client whose transport keeps the request body instead of sending it."""
    client = openai.OpenAI(
        api_key="not-sent", base_url="http://capture.invalid/v1", max_retries=0, http_client=_CaptureClient()
    )
    return instructor.from_openai(client, mode=modes.INSTRUCTOR_MODES[mode])


def request_body(
    settings: LLMSettings,
    model: str,
    temperature: float | None,
    mode: str,
    messages: list[dict[str, str]],
    response_model: type,
    budget: int | None = None,
) -> dict[str, Any]:
    """The chat completions body the live path (`provider.ask.Asker`) sends for these messages."""
    extra: dict[str, Any] = {}
    if temperature is not None:
        extra["temperature"] = temperature
    limit = capped(budget, settings.max_output_tokens)
    if limit:
        extra["max_tokens"] = limit
    _CAPTURED.body = None
    try:
        _builder(mode).chat.completions.create(
            model=model,
            messages=[dict(m) for m in messages],
            response_model=instructor_model(response_model),
            max_retries=0,
            strict=False,
            **extra,
        )
    except Exception:  # noqa: BLE001 - the capture ends every call
        pass
    body: dict[str, Any] | None
    body, _CAPTURED.body = _CAPTURED.body, None
    if body is None:
        raise LLMError(f"could not build the batch request for mode {mode}")
    return body


def custom_id(body: dict[str, Any]) -> str:
    """A request's name in the batch: the hash of its body (at most 64 characters, as the API allows)."""
    return "r-" + hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:40]


class Document:
    """One notice's parts: the requests to send, then its Extraction from the batch's results."""

    def __init__(
        self, text: str, source: str | None, settings: LLMSettings, prompt: Prompt, model: str, cache: DiskCache | None
    ) -> None:
        self.started = time.perf_counter()
        strategy = STRATEGIES[prompt.spec.response_model](analyse(text, source), settings.part_tokens)
        self.run = run = _Run(settings, prompt, model, strategy, cache, 0, False)
        self.mode = modes.current(settings.endpoint, model, settings.mode)
        self.parts = strategy.parts()
        self.requests: dict[str, dict[str, Any]] = {}
        self.asked: dict[int, tuple[str, str]] = {}  # part index -> (custom_id, cache key)
        self.cached: dict[int, Any] = {}
        for part in self.parts:
            if strategy.empty(part):
                continue
            messages = prompt.render(**strategy.variables(part, len(self.parts)))
            key = cache_key(messages=messages, mode=self.mode, **run.fixed)
            answer = run._cached(key, lambda answer, part=part: strategy.read(answer, part).problems)
            if answer is not None:
                self.cached[part.index] = answer
                continue
            body = request_body(
                settings,
                model,
                run.asker.temperature,
                self.mode,
                messages,
                strategy.response_model,
                output_tokens(strategy, part),
            )
            name = custom_id(body)
            self.requests[name] = body
            self.asked[part.index] = (name, key)

    def finish(self, results: Mapping[str, Result], batches: list[str]) -> Extraction:
        """The extraction from the batch's results; a part without a usable answer falls back to the rules."""
        outcomes = []
        for part in self.parts:
            if part.index in self.cached:
                self.run.modes_used.add(self.mode)
                outcomes.append(PartOutcome(part, self.cached[part.index], cached=True, clean=True))
            elif part.index in self.asked:
                name, key = self.asked[part.index]
                result = results.get(name) or Result(error="the batch gave no result for this request")
                outcomes.append(self._read(part, key, result))
            else:
                outcomes.append(PartOutcome(part))
        return finish(self.run, outcomes, self.started, llm_batch=batches)

    def _read(self, part: Any, key: str, result: Result) -> PartOutcome:
        run, strategy = self.run, self.run.strategy
        run.usage.calls += 1
        if result.body is None:
            run.failure = run.failure or EndpointError(result.error or "no answer")
            return PartOutcome(part, failure=result.error)
        try:
            completion = ChatCompletion.model_validate(result.body)
        except ValidationError:
            return PartOutcome(part, failure="the batch answer is not a chat completion")
        run.usage.add_response(completion)
        if completion.choices and completion.choices[0].finish_reason == "length":
            return PartOutcome(part, failure="the answer was cut off at the output token limit")
        strip_reasoning(completion)
        raw = completion_json(completion)
        if raw is None:
            return PartOutcome(part, failure="blank reply")
        try:
            answer = strategy.response_model.model_validate_json(raw, strict=False)
        except (ValidationError, ValueError) as exc:
            detail = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) and exc.errors() else str(exc)
            return PartOutcome(part, failure=f"invalid answer: {' '.join(detail.split())[:160]}")
        run.modes_used.add(self.mode)
        run.keys[part.index] = key
        return PartOutcome(part, answer, clean=not strategy.read(answer, part).problems)
