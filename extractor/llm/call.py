"""One structured request: instructor for the schema and re-asks, tenacity for transient failures.

Layers, inside out:
- instructor sends the request with the response model as a tool / JSON schema and validates the
  answer; an invalid or ungrounded answer is re-asked up to `reasks` times with the error message.
  When the re-asks are spent, the last answer is parsed once more in lenient mode: ungrounded items
  are dropped with a warning instead of failing the part.
- tenacity retries transient failures (timeouts, connection errors, 429 honouring Retry-After,
  5xx, blank replies) with exponential backoff, within `retries` and `total_timeout` (time spent
  queued for a request slot does not count: it is the process's limit, not the endpoint's fault).
- every HTTP request holds one slot of the process-wide limit (`limiter.REQUESTS`, sized by
  EXTRACTOR_CONCURRENCY) while it is in flight, and only then: backoff waits hold none.
- 400/401/403/404/422 and quota errors are never retried: they raise `EndpointRejected`.
Anything else ends the part with `PartFailure`, and the pipeline falls back to the rules for it.

Usage is counted through instructor's hooks, so tokens spent on re-asks and on answers that were
finally rejected are included.
"""

from __future__ import annotations

import email.utils
import functools
import logging
import random
import re
import sys
import time
from contextvars import ContextVar
from dataclasses import asdict, dataclass
from typing import Any

import instructor
import openai
from pydantic import BaseModel, ValidationError
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    retry_if_not_exception_type,
    stop_after_attempt,
)
from tenacity.stop import stop_base

from extractor.llm.config import LLMSettings
from extractor.llm.errors import EndpointRejected, redact
from extractor.llm.limiter import REQUESTS
from extractor.llm.schemas import GROUNDING, Checker, Grounding

try:  # instructor >= 1.11
    from instructor.core import IncompleteOutputException, InstructorRetryException
except ImportError:  # pragma: no cover - instructor 1.10
    from instructor.exceptions import IncompleteOutputException, InstructorRetryException

log = logging.getLogger("extractor.llm")

MODES = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}
_NOT_RETRIED = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 422: "Unprocessable Entity"}
_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.S)


@dataclass
class Usage:
    """Counters for one extraction. `calls` are HTTP requests sent (re-asks and failed attempts
    included), `retries` transient retries, `reasks` validation re-asks."""

    calls: int = 0
    retries: int = 0
    reasks: int = 0
    input_tokens: int = 0
    output_tokens: int = 0

    def add_response(self, response: Any) -> None:
        usage = getattr(response, "usage", None)
        self.input_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
        self.output_tokens += int(getattr(usage, "completion_tokens", 0) or 0)

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


class BlankReply(Exception):
    """The endpoint answered 200 with nothing in it; treated as transient."""


class PartFailure(Exception):
    """This part cannot be delivered by the LLM; the reason goes to meta and warnings."""


def _first_line(text: str, limit: int = 200) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cause(exc: BaseException, kind: type[BaseException]) -> BaseException | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def retry_after(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait (Retry-After / retry-after-ms), if it did."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def is_transient(exc: BaseException) -> bool:
    if isinstance(exc, (BlankReply, openai.APIConnectionError)):  # APITimeoutError is a subclass
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in (408, 409, 429) or exc.status_code >= 500
    return False


def describe(exc: BaseException, secret: str | None = None) -> str:
    """A one-line description of a failed request for warnings and meta."""
    if isinstance(exc, openai.APITimeoutError):
        return "request timed out"
    if isinstance(exc, openai.APIConnectionError):
        return f"connection error: {_first_line(redact(str(exc.__cause__ or exc), secret))}"
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}: {_first_line(redact(_server_message(exc), secret), 120)}"
    if isinstance(exc, BlankReply):
        return "blank reply"
    return _first_line(redact(f"{type(exc).__name__}: {exc}", secret))


def _server_message(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and inner.get("message"):
            return str(inner["message"])
        if isinstance(inner, str):
            return inner
    return getattr(exc, "message", "") or str(exc)


def _error_code(exc: openai.APIStatusError) -> str | None:
    code = getattr(exc, "code", None)
    if code:
        return str(code)
    body = exc.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and inner.get("code"):
            return str(inner["code"])
    return None


def completion_json(completion: Any) -> str | None:
    """The JSON text of an answer in any mode (tool call arguments, or content, fenced or not)."""
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return None
    calls = getattr(message, "tool_calls", None) or []
    if calls:
        return calls[0].function.arguments or None
    content = (getattr(message, "content", None) or "").strip()
    if not content:
        return None
    fenced = _FENCE.search(content)
    if fenced:
        return fenced.group(1).strip()
    first, last = content.find("{"), content.rfind("}")
    return content[first : last + 1] if 0 <= first < last else content


@functools.cache
def instructor_model(model: type[BaseModel]) -> type[BaseModel]:
    """`model` wrapped the way instructor wraps a response model, once per model.

    Handed a plain pydantic model, instructor builds a fresh subclass of it, and that subclass's JSON
    schema, on every request (milliseconds of CPU each, under the GIL every concurrent notice shares);
    handed this wrapper, it reuses both (its schema cache is keyed by class)."""
    return instructor.openai_schema(model)


# Seconds the current part (one `Caller.ask`) has spent queued for request slots.
_QUEUED: ContextVar[list[float] | None] = ContextVar("extractor_llm_queued", default=None)


@functools.cache
def _shared_ssl_context() -> Any:
    """One TLS context for every client of the process, built by the SDK's HTTP library as its
    default (`verify=True`) would be: loading the CA bundle costs ~20 ms of CPU per client, i.e. per
    notice. None when that library has no `create_ssl_context` (each client then builds its own)."""
    base = next((c for c in openai.DefaultAsyncHttpxClient.__mro__ if c.__name__ == "AsyncClient"), None)
    library = sys.modules.get(base.__module__.split(".")[0]) if base is not None else None
    factory = getattr(library, "create_ssl_context", None)
    try:
        return factory() if callable(factory) else None
    except Exception:  # noqa: BLE001 - fall back to the library's per-client default
        return None


class LimitedHttpClient(openai.DefaultAsyncHttpxClient):
    """The SDK's default async HTTP client, each request holding a slot of `REQUESTS` while in flight.

    `send` returns with the body read (this backend never streams), so the slot covers the whole
    exchange. openai's own retries are off (`max_retries=0`): no SDK backoff sleeps inside a slot.
    """

    def __init__(self, limit: int, **kwargs: Any) -> None:
        context = _shared_ssl_context()
        if context is not None:
            kwargs.setdefault("verify", context)
        super().__init__(**kwargs)
        self.request_limit = limit

    async def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        waited = await REQUESTS.acquire(self.request_limit)
        try:
            queued = _QUEUED.get()
            if queued is not None:
                queued[0] += waited
            return await super().send(request, *args, **kwargs)
        finally:
            REQUESTS.release()


class _StopAfterWorkingTime(stop_base):
    """`stop_after_delay` not counting the time spent queued for request slots."""

    def __init__(self, seconds: float, queued: list[float]) -> None:
        self.seconds, self.queued = seconds, queued

    def __call__(self, retry_state: RetryCallState) -> bool:
        return (retry_state.seconds_since_start or 0.0) - self.queued[0] >= self.seconds


class Caller:
    """Sends structured requests to one endpoint with one model; owns the HTTP client."""

    def __init__(self, settings: LLMSettings, model: str, temperature: float | None) -> None:
        self.settings = settings
        self.model = model
        self.temperature = temperature
        self._secret = settings.key()
        self._client = openai.AsyncOpenAI(
            api_key=self._secret,
            base_url=settings.base_url,
            timeout=settings.timeout,
            max_retries=0,  # retries are ours: bounded, logged and counted
            http_client=LimitedHttpClient(settings.concurrency, timeout=settings.timeout),
        )
        self._mode = MODES[settings.mode]
        # instructor logs every failed attempt at ERROR, server messages included; this backend
        # reports failures itself (meta, warnings), so keep it quiet unless the user configured it.
        quiet = logging.getLogger("instructor")
        if quiet.level == logging.NOTSET:
            quiet.setLevel(logging.CRITICAL)

    async def close(self) -> None:
        await self._client.close()

    async def ask(
        self, messages: list[dict[str, str]], response_model: type[BaseModel], checker: Checker, usage: Usage
    ) -> tuple[BaseModel, Grounding]:
        """The checked answer and its grounding record. Raises EndpointRejected or PartFailure."""
        settings = self.settings
        queued = [0.0]
        token = _QUEUED.set(queued)
        retrying = AsyncRetrying(
            stop=stop_after_attempt(settings.retries + 1) | _StopAfterWorkingTime(settings.total_timeout, queued),
            wait=self._wait,
            retry=retry_if_exception(is_transient),
            before_sleep=lambda state: self._before_sleep(state, usage),
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    return await self._once(messages, response_model, checker, usage)
        except (EndpointRejected, PartFailure):
            raise
        except Exception as exc:  # noqa: BLE001 - every other failure ends this part only
            attempts = retrying.statistics.get("attempt_number", 1)
            suffix = f" after {attempts} attempts" if attempts > 1 else ""
            raise PartFailure(describe(exc, self._secret) + suffix) from exc
        finally:
            _QUEUED.reset(token)
        raise PartFailure("no attempt was made")  # pragma: no cover

    def _wait(self, state: RetryCallState) -> float:
        settings = self.settings
        exc = state.outcome.exception() if state.outcome else None
        asked = retry_after(exc) if exc is not None else None
        if asked is not None:
            return min(asked, settings.backoff_max)
        backoff = settings.backoff * 2 ** (state.attempt_number - 1)
        return min(backoff * (1 + random.random() * 0.1), settings.backoff_max)

    def _before_sleep(self, state: RetryCallState, usage: Usage) -> None:
        usage.retries += 1
        exc = state.outcome.exception() if state.outcome else None
        wait = state.next_action.sleep if state.next_action else 0
        log.info("LLM request failed (%s); retry %d in %.2fs", describe(exc, self._secret), state.attempt_number, wait)

    async def _once(
        self, messages: list[dict[str, str]], response_model: type[BaseModel], checker: Checker, usage: Usage
    ) -> tuple[BaseModel, Grounding]:
        grounding = Grounding(checker)
        token = GROUNDING.set(grounding)
        client = instructor.from_openai(self._client, mode=self._mode)
        sent = 0

        def on_kwargs(*_args: Any, **_kwargs: Any) -> None:
            nonlocal sent
            sent += 1
            usage.calls += 1

        client.on("completion:kwargs", on_kwargs)
        client.on("completion:response", usage.add_response)
        extra: dict[str, Any] = {}
        if self.temperature is not None:
            extra["temperature"] = self.temperature
        if self.settings.max_output_tokens:
            extra["max_tokens"] = self.settings.max_output_tokens
        try:
            answer = await client.chat.completions.create(
                model=self.model,
                messages=[dict(m) for m in messages],
                response_model=instructor_model(response_model),
                # An AsyncRetrying (not an int) so the re-ask count means the same in every
                # instructor version; reraise=False so spent re-asks surface as
                # InstructorRetryException carrying the last completion.
                max_retries=AsyncRetrying(
                    stop=stop_after_attempt(self.settings.reasks + 1),
                    retry=retry_if_not_exception_type((openai.APIError, IncompleteOutputException)),
                    reraise=False,
                ),
                strict=False,
                **extra,
            )
            return answer, grounding
        except Exception as exc:  # noqa: BLE001 - sorted out below
            return self._recover(exc, response_model, checker)
        finally:
            usage.reasks += max(0, sent - 1)
            GROUNDING.reset(token)

    def _recover(self, exc: Exception, response_model: type[BaseModel], checker: Checker) -> tuple[BaseModel, Grounding]:
        """Classify a failed instructor call; after spent re-asks, salvage the last answer leniently."""
        api = _cause(exc, openai.APIError)
        if isinstance(api, openai.APIStatusError):
            self._reject(api)
        if api is not None:
            raise api
        if _cause(exc, IncompleteOutputException) is not None:
            raise PartFailure("the answer was cut off at the output token limit (raise EXTRACTOR_MAX_TOKENS "
                              "or lower EXTRACTOR_PART_TOKENS)") from exc
        retry = _cause(exc, InstructorRetryException)
        if retry is None:
            raise PartFailure(describe(exc, self._secret)) from exc
        raw = completion_json(getattr(retry, "last_completion", None))
        if raw is None:
            raise BlankReply() from exc
        lenient = Grounding(checker, lenient=True)
        try:
            answer = response_model.model_validate_json(raw, context={"grounding": lenient}, strict=False)
        except (ValidationError, ValueError) as final:
            detail = final.errors()[0]["msg"] if isinstance(final, ValidationError) and final.errors() else str(final)
            attempts = getattr(retry, "n_attempts", None) or self.settings.reasks + 1
            raise PartFailure(f"invalid answer after {attempts} attempts: {_first_line(detail, 160)}") from exc
        return answer, lenient

    def _reject(self, exc: openai.APIStatusError) -> None:
        """Raise EndpointRejected for the statuses retrying cannot fix."""
        status = exc.status_code
        message = _first_line(redact(_server_message(exc), self._secret), 200)
        where = self.settings.endpoint
        if status == 429 and _error_code(exc) == "insufficient_quota":
            raise EndpointRejected(f"the LLM endpoint {where} reports the quota is exhausted (429): {message}", status)
        if status not in _NOT_RETRIED:
            return
        hint = {
            401: "check OPENAI_API_KEY",
            403: "check OPENAI_API_KEY and that it may use this model",
            404: f"check EXTRACTOR_MODEL ({self.model}) and OPENAI_BASE_URL",
        }.get(status, f"check EXTRACTOR_MODEL ({self.model}) and EXTRACTOR_MODE ({self.settings.mode}); "
                      "the endpoint may not support this mode")
        raise EndpointRejected(
            f"the LLM endpoint {where} rejected the request ({status} {_NOT_RETRIED[status]}): {message}; {hint}",
            status,
        )
