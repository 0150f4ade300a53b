"""Transport: one event loop and one OpenAI client per process, and what each HTTP request obeys.

Every LLM request of the process runs on one background event loop with one `AsyncOpenAI` client
(per endpoint configuration), whichever thread asked: connections are pooled and the concurrency
limit (`limiter.REQUESTS`) is taken per HTTP request, never across a backoff wait.

The SDK's own retries (`max_retries` = EXTRACTOR_RETRIES) handle 408/409/429 (Retry-After honoured)
and 5xx with exponential backoff. Two things it would retry are not retried:
- a request that timed out after it was sent: the server may still be working on it (a single-slot
  server queues the copy behind the original), so the timeout ends the request;
- a 5xx whose body is a request-validation error (it is the request's fault, not the server's),
  and a 429 for an exhausted quota: the response is marked `x-should-retry: false`, which the SDK
  obeys.
A 200 whose body is not JSON (a proxy's HTML page) is an endpoint failure, not an answer.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import threading
from collections.abc import Coroutine
from contextvars import ContextVar
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import openai

from extractor.llm.config import LLMSettings
from extractor.llm.limiter import REQUESTS

T = TypeVar("T")
_VALIDATION = re.compile(
    r"validat|invalid|must be|not supported|unsupported|not allowed|unknown (?:field|parameter)|extra (?:fields|inputs)|"
    r"response_format|tool_choice|json_schema",
    re.I,
)


class Counters:
    """HTTP requests of one part: `calls` sent, `retries` among them sent again by the SDK."""

    def __init__(self) -> None:
        self.calls = 0
        self.retries = 0


COUNTERS: ContextVar[Counters | None] = ContextVar("extractor_llm_counters", default=None)


def is_validation_error(status: int, body: str) -> bool:
    """A 5xx whose body says the request itself is invalid (llama.cpp answers these with 500)."""
    return status >= 500 and bool(_VALIDATION.search(body[:2000]))


def _is_json(content: bytes) -> bool:
    try:
        json.loads(content)
    except ValueError:
        return False
    return True


class LimitedHttpClient(openai.DefaultAsyncHttpxClient):
    """The SDK's HTTP client: each request holds a slot of the process-wide limit while in flight."""

    def __init__(self, limit: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.request_limit = limit

    async def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        counters = COUNTERS.get()
        await REQUESTS.acquire(self.request_limit)
        try:
            if counters is not None:
                counters.calls += 1
                if request.headers.get("x-stainless-retry-count", "0") != "0":
                    counters.retries += 1
            try:
                response = await super().send(request, *args, **kwargs)
            except Exception as exc:
                if type(exc).__name__ in ("ReadTimeout", "WriteTimeout"):
                    # Sent and not answered in time: never sent again (OpenAIError is not retried).
                    raise openai.APITimeoutError(request=request) from exc
                raise
        finally:
            REQUESTS.release()
        if response.status_code == 200 and not kwargs.get("stream") and not _is_json(response.content):
            raise openai.APIResponseValidationError(
                response, None, message=f"the endpoint answered with a body that is not JSON: {response.text[:80]!r}"
            )
        if (response.status_code >= 500 or response.status_code == 429) and not kwargs.get("stream"):
            try:
                body = response.text
            except Exception:  # noqa: BLE001 - an unread streamed body: leave it to the SDK
                body = ""
            if is_validation_error(response.status_code, body) or "insufficient_quota" in body:
                response.headers["x-should-retry"] = "false"  # retrying cannot fix it
        return response


class _Process:
    """The process's event loop thread and its clients (rebuilt in a forked child)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.clients: dict[tuple[Any, ...], openai.AsyncOpenAI] = {}

    def get_loop(self) -> asyncio.AbstractEventLoop:
        with self.lock:
            if self.loop is None or self.loop.is_closed():
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="extractor-llm", daemon=True)
                thread.start()
                self.loop = loop
            return self.loop


_PROCESS = _Process()


def _after_fork() -> None:
    global _PROCESS
    _PROCESS = _Process()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork)


def run(coro: Coroutine[Any, Any, T]) -> T:
    """Run `coro` on the process's LLM loop and wait for it; interrupting the wait cancels it."""
    loop = _PROCESS.get_loop()
    try:
        running = asyncio.get_running_loop()
    except RuntimeError:
        running = None
    if running is loop:
        raise RuntimeError("extractor.llm cannot be called synchronously from its own event loop")
    future = asyncio.run_coroutine_threadsafe(coro, loop)
    try:
        return future.result()
    except BaseException:
        future.cancel()
        raise


def submit(coro: Coroutine[Any, Any, T]) -> Any:
    """Start `coro` on the process's LLM loop; returns a concurrent.futures.Future (tests cancel it)."""
    return asyncio.run_coroutine_threadsafe(coro, _PROCESS.get_loop())


def _split_query(url: str | None) -> tuple[str | None, dict[str, str]]:
    """An endpoint's URL without its query, and the query (`?api-key=…` endpoints): the SDK appends
    paths to the URL as written, so the query goes with every request instead."""
    if not url or "?" not in url:
        return url, {}
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")), dict(parse_qsl(parts.query, keep_blank_values=True))


def client(settings: LLMSettings) -> openai.AsyncOpenAI:
    """The process's client for this endpoint, key and transport settings (made once)."""
    key = (settings.base_url, settings.key(), settings.timeout, settings.retries, settings.concurrency)
    with _PROCESS.lock:
        found = _PROCESS.clients.get(key)
        if found is None:
            base_url, query = _split_query(settings.base_url)
            found = openai.AsyncOpenAI(
                api_key=settings.key(),
                base_url=base_url,
                default_query=query or None,
                timeout=settings.timeout,
                max_retries=settings.retries,
                http_client=LimitedHttpClient(settings.concurrency, timeout=settings.timeout),
            )
            _PROCESS.clients[key] = found
        return found
