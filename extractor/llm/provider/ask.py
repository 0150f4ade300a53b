"""One structured request: instructor for the schema and its re-asks, the SDK for HTTP retries.

- The SDK retries transient HTTP failures itself (see `client`); instructor re-asks, up to
  EXTRACTOR_REASKS times, when the answer does not validate or fails the strategy's check (the
  validator reads the check from `schemas.CHECK`). Only validation errors are re-asked: a
  cancelled request is never sent again.
- `<think>…</think>` reasoning blocks are cut from the answer before instructor parses it.
- A request refused for its shape, or a tools request answered without a tool call, moves to the
  next answer mode (`modes`); the requests are sent by `stream.make_create` (streamed and watched).
- `max_tokens`: the strategy's output-token budget for the part (EXTRACTOR_MAX_TOKENS caps it).
- When the re-asks are spent, the last answer is parsed without the check and returned marked
  not clean: the reconciliation decides what of it is kept.
Endpoint failures raise `EndpointError`/`EndpointRejected`; answers that cannot be read at all
raise `AnswerInvalid` (that part falls back to the rules).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from contextvars import Token
from dataclasses import asdict, dataclass
from typing import Any, TypeAlias, cast

import instructor
import openai
from pydantic import BaseModel, ValidationError

from extractor.llm.config import LLMSettings
from extractor.llm.errors import EndpointError, EndpointRejected, redact, redact_url, url_secrets
from extractor.llm.provider import modes
from extractor.llm.provider.client import COUNTERS, Counters, client
from extractor.llm.provider.stream import AnswerStopped, ModeIgnored, make_create
from extractor.llm.schemas import CHECK

try:  # instructor >= 1.11
    from instructor.core import IncompleteOutputException, InstructorRetryException
except ImportError:  # pragma: no cover - instructor 1.10
    from instructor.exceptions import IncompleteOutputException, InstructorRetryException
try:  # instructor 1.17's registry-based patching
    from instructor.v2.core.patch import patch_v2
except ImportError:  # pragma: no cover - older instructor: patch() takes the same create function
    patch_v2 = None  # type: ignore[assignment]

_CheckToken: TypeAlias = "Token[Callable[[BaseModel], list[str]] | None]"

log = logging.getLogger("extractor.llm")
_THINK = re.compile(r"<(think|thinking|reasoning)>.*?</\1>\s*", re.S | re.I)
_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.S)
_HINTS = {
    401: "check OPENAI_API_KEY",
    403: "check OPENAI_API_KEY and that it may use this model",
    404: "check EXTRACTOR_MODEL and OPENAI_BASE_URL",
}


def capped(budget: int | None, cap: int | None) -> int | None:
    """A request's max_tokens: the part's budget, or EXTRACTOR_MAX_TOKENS where that is lower."""
    limits = [t for t in (budget, cap) if t]
    return min(limits) if limits else None


class AnswerInvalid(Exception):
    """The endpoint answered, but nothing readable came of it; that part falls back to the rules."""


@dataclass
class Usage:
    """Counters for one extraction: HTTP `calls` sent (SDK `retries` and re-asks included)."""

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


def strip_reasoning(response: Any) -> None:
    """Cut reasoning blocks out of every choice's content, in place (before instructor parses it)."""
    for choice in getattr(response, "choices", None) or []:
        message: Any = getattr(choice, "message", None)
        content = getattr(message, "content", None)
        if isinstance(content, str) and "<" in content:
            message.content = _THINK.sub("", content).strip()


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
    """`model` wrapped the way instructor wraps a response model, once per model (it caches the
    schema per class, so the wrapper is not rebuilt for every request)."""
    return instructor.openai_schema(model)


def _first_line(text: str, limit: int = 200) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
    body = exc.body
    inner = body.get("error", body) if isinstance(body, dict) else None
    code = getattr(exc, "code", None) or (inner.get("code") if isinstance(inner, dict) else None)
    return str(code) if code else None


class Asker:
    """Asks one endpoint and model for structured answers (the process's client does the HTTP)."""

    def __init__(self, settings: LLMSettings, model: str, temperature: float | None) -> None:
        self.settings, self.model, self.temperature = settings, model, temperature
        self.where = redact_url(settings.endpoint) or ""
        self._secrets = [settings.key(), *url_secrets(settings.base_url)]
        quiet = logging.getLogger("instructor")  # it logs every failed attempt at ERROR; we report ourselves
        if quiet.level == logging.NOTSET:
            quiet.setLevel(logging.CRITICAL)

    def describe(self, exc: BaseException) -> str:
        """A one-line, credential-free description of a failed request."""
        if isinstance(exc, openai.APITimeoutError):
            return f"request timed out after {self.settings.timeout:g}s (not sent again: the server may still be working on it)"
        if isinstance(exc, openai.APIConnectionError):
            return "connection error: " + _first_line(redact(str(exc.__cause__ or exc), *self._secrets))
        if isinstance(exc, openai.APIStatusError):
            return f"HTTP {exc.status_code}: " + _first_line(redact(_server_message(exc), *self._secrets), 160)
        if isinstance(exc, openai.APIResponseValidationError):
            return _first_line(redact(exc.message, *self._secrets), 160)
        return _first_line(redact(f"{type(exc).__name__}: {exc}", *self._secrets))

    async def ask(
        self,
        messages: list[dict[str, str]],
        response_model: type[BaseModel],
        check: Callable[[BaseModel], list[str]],
        usage: Usage,
        max_tokens: int | None = None,
    ) -> tuple[BaseModel, bool, str]:
        """(answer, passed the check, mode used). Raises EndpointError, EndpointRejected, AnswerInvalid."""
        key = (self.settings.endpoint, self.model, self.settings.mode)
        if modes.found(*key):
            return await self._ask(messages, response_model, check, usage, max_tokens)
        async with modes.detecting(*key):  # one request finds the mode; the others wait for it
            return await self._ask(messages, response_model, check, usage, max_tokens)

    async def _ask(
        self,
        messages: list[dict[str, str]],
        response_model: type[BaseModel],
        check: Callable[[BaseModel], list[str]],
        usage: Usage,
        max_tokens: int | None,
    ) -> tuple[BaseModel, bool, str]:
        endpoint = self.settings.endpoint
        mode = modes.current(endpoint, self.model, self.settings.mode)
        refused: list[str] = []
        while True:
            try:
                answer, clean = await self._once(mode, messages, response_model, check, usage, max_tokens)
            except ModeIgnored as exc:
                following = modes.after(mode)
                refused.append(f"{mode} ({exc})")
                log.info("the endpoint ignored mode %s; trying %s", mode, following)
                mode = following or mode
                if following is None:
                    raise AnswerInvalid(str(exc)) from None
                continue
            except openai.APIStatusError as exc:
                following = modes.after(mode)
                if modes.refuses_mode(exc) and following is not None:
                    refused.append(f"{mode} ({self.describe(exc)})")
                    log.info("the endpoint refused mode %s; trying %s", mode, following)
                    mode = following
                    continue
                if refused and modes.refuses_mode(exc):
                    refused.append(f"{mode} ({self.describe(exc)})")
                raise self._endpoint_error(exc, refused) from None
            except openai.APIError as exc:
                raise EndpointError(f"the LLM endpoint {self.where} failed: {self.describe(exc)}") from None
            modes.remember(endpoint, self.model, self.settings.mode, mode)
            return answer, clean, mode

    async def _once(
        self,
        mode: str,
        messages: list[dict[str, str]],
        response_model: type[BaseModel],
        check: Callable[[BaseModel], list[str]],
        usage: Usage,
        max_tokens: int | None = None,
    ) -> tuple[BaseModel, bool]:
        counters, attempts = Counters(), [0]
        counting = COUNTERS.set(counters)
        checking: _CheckToken | None = CHECK.set(check)
        sdk = client(self.settings)
        patched = instructor.from_openai(sdk, mode=modes.INSTRUCTOR_MODES[mode])
        create = make_create(
            sdk, mode, instructor_model(response_model), stream=self.settings.stream, endpoint=self.settings.endpoint
        )
        patched.create_fn = (
            patch_v2(func=create, provider=patched.provider, mode=patched.mode)
            if patch_v2 is not None
            else instructor.patch(create=create, mode=patched.mode)
        )
        patched.on("completion:kwargs", lambda *a, **k: attempts.__setitem__(0, attempts[0] + 1))

        def on_response(response: Any) -> None:
            strip_reasoning(response)
            usage.add_response(response)

        patched.on("completion:response", on_response)
        extra: dict[str, Any] = {}
        if self.temperature is not None:
            extra["temperature"] = self.temperature
        limit = capped(max_tokens, self.settings.max_output_tokens)
        if limit:
            extra["max_tokens"] = limit
        sent: list[Any] = [dict(m) for m in messages]  # role/content dicts
        try:
            answer = await patched.chat.completions.create(
                model=self.model,
                messages=sent,
                response_model=instructor_model(response_model),
                max_retries=self.settings.reasks,  # re-asks of validation errors only
                strict=False,
                **extra,
            )
            return answer, True
        except InstructorRetryException as exc:
            cause = exc.__cause__
            while cause is not None and not isinstance(
                cause, (openai.APIError, IncompleteOutputException, AnswerStopped, ModeIgnored)
            ):
                cause = cause.__cause__
            if isinstance(cause, (openai.APIError, ModeIgnored)):
                raise cause from None
            if isinstance(cause, AnswerStopped):
                raise AnswerInvalid(str(cause)) from None
            if isinstance(cause, IncompleteOutputException):
                raise AnswerInvalid(
                    f"the answer was cut off at the output token limit ({extra.get('max_tokens')})"
                ) from None
            CHECK.reset(cast(_CheckToken, checking))  # set above, cleared only here
            checking = None
            return self._lenient(exc, response_model), False
        except IncompleteOutputException:
            raise AnswerInvalid(
                f"the answer was cut off at the output token limit ({extra.get('max_tokens')})"
            ) from None
        except AnswerStopped as exc:
            raise AnswerInvalid(str(exc)) from None
        finally:
            if checking is not None:
                CHECK.reset(checking)
            COUNTERS.reset(counting)
            usage.calls += counters.calls
            usage.retries += counters.retries
            usage.reasks += max(0, attempts[0] - 1)

    def _lenient(self, exc: Any, response_model: type[BaseModel]) -> BaseModel:
        """The last answer after the re-asks, parsed without the check (the reconciliation judges it)."""
        attempts = getattr(exc, "n_attempts", None) or self.settings.reasks + 1
        raw = completion_json(getattr(exc, "last_completion", None))
        if raw is None:
            raise AnswerInvalid(f"blank reply after {attempts} attempts")
        try:
            return response_model.model_validate_json(raw, strict=False)
        except (ValidationError, ValueError) as final:
            errors = final.errors() if isinstance(final, ValidationError) else []
            detail = errors[0]["msg"] if errors else str(final)
            raise AnswerInvalid(
                f"invalid answer after {attempts} attempts: {_first_line(redact(detail), 160)}"
            ) from None

    def _endpoint_error(self, exc: openai.APIStatusError, refused: list[str]) -> EndpointError:
        status, message = exc.status_code, self.describe(exc)
        if status == 429 and _error_code(exc) == "insufficient_quota":
            return EndpointRejected(f"the LLM endpoint {self.where} reports the quota is exhausted: {message}", status)
        if len(refused) > 1:
            return EndpointRejected(
                f"the LLM endpoint {self.where} refused every answer mode: {'; '.join(refused)}", status
            )
        if status in (400, 401, 403, 404, 422) or modes.refuses_mode(exc):
            hint = _HINTS.get(status, f"check EXTRACTOR_MODEL ({self.model}) and EXTRACTOR_MODE ({self.settings.mode})")
            return EndpointRejected(f"the LLM endpoint {self.where} rejected the request: {message}; {hint}", status)
        retries = self.settings.retries
        suffix = f" (after {retries} retries)" if retries and (status >= 500 or status in (408, 409, 429)) else ""
        return EndpointError(f"the LLM endpoint {self.where} failed: {message}{suffix}", status)
