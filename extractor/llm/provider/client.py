"""Transport: one event loop and one OpenAI client per process, and what each HTTP request obeys.

Every LLM request of the process runs on one background event loop with one `AsyncOpenAI` client
(per endpoint configuration), whichever thread asked: connections are pooled and the concurrency
limit (`limiter.REQUESTS`) is taken per HTTP request, never across a backoff wait.

Each request also holds a slot of its endpoint's learned limit (`endpoints`): one request at a time
until the endpoint shows it answers more in parallel. A streamed answer holds both slots until its
body is closed.

The SDK's own retries (`max_retries` = EXTRACTOR_RETRIES) handle 408/409/429 (Retry-After honoured)
and 5xx with exponential backoff. Two things it would retry are not retried:
- a request that timed out after it was sent: the server may still be working on it (a single-slot
  server queues the copy behind the original), so the timeout ends the request, and no other
  request goes to that endpoint until it is seen idle;
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
import time
from collections.abc import Coroutine
from contextvars import ContextVar
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import openai

try:  # the HTTP library the openai SDK is built on (httpx2 in openai 3, httpx before)
    import httpx2 as httpx
except ImportError:  # pragma: no cover - openai 1.x/2.x
    import httpx  # type: ignore[no-redef]

from extractor.llm.config import LLMSettings
from extractor.llm.limiter import REQUESTS
from extractor.llm.provider import endpoints

T = TypeVar("T")
_IDLE_WAIT = 5
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


class _TrackedStream(httpx.AsyncByteStream):
    """A streamed body that tells its endpoint when the answer begins and frees the slots when closed."""

    def __init__(self, inner: Any, owner: LimitedHttpClient, request: Any, tracked: endpoints.Tracked) -> None:
        self.inner, self.owner, self.request, self.tracked = inner, owner, request, tracked
        self.closed = False

    async def __aiter__(self) -> Any:
        async for chunk in self.inner:
            if chunk:
                if self.tracked.first is None:
                    self.tracked.endpoint.first_byte(self.tracked)
                self.tracked.endpoint.chunk(self.tracked)
            yield chunk

    async def aclose(self) -> None:
        try:
            await self.inner.aclose()
        finally:
            if not self.closed:
                self.closed = True
                self.owner.finish(self.request, self.tracked, abandoned=self.tracked.first is None)


class LimitedHttpClient(openai.DefaultAsyncHttpxClient):
    """The SDK's HTTP client: each request holds a slot of the process-wide limit and one of its
    endpoint's learned limit (`endpoints`) while in flight; a streamed answer holds them until its
    body is closed."""

    def __init__(self, limit: int, endpoint: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.request_limit = limit
        self.endpoint_url = endpoint
        self._holds: set[asyncio.Task[None]] = set()

    async def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        counters = COUNTERS.get()
        # (Looked up on each request, not kept: a record forgotten since, as tests do, is not written to.)
        endpoint = endpoints.endpoint(self.endpoint_url, self.request_limit)
        await endpoint.limiter.acquire(endpoint.current)
        try:
            await REQUESTS.acquire(self.request_limit)
        except BaseException:
            endpoint.limiter.release()
            raise
        tracked = endpoint.started()
        if counters is not None:
            counters.calls += 1
            if request.headers.get("x-stainless-retry-count", "0") != "0":
                counters.retries += 1
        try:
            response = await super().send(request, *args, **kwargs)
        except BaseException as exc:
            # Sent (unless the connection was refused): the server may be working on it.
            self.finish(request, tracked, abandoned=not isinstance(exc, httpx.ConnectError))
            if type(exc).__name__ in ("ReadTimeout", "WriteTimeout"):
                # Sent and not answered in time: never sent again (OpenAIError is not retried).
                raise openai.APITimeoutError(request=request) from exc
            raise
        if kwargs.get("stream"):
            if response.status_code == 200 and "event-stream" in response.headers.get("content-type", ""):
                response.stream = _TrackedStream(response.stream, self, request, tracked)
                return response
            try:
                await response.aread()  # an error body or a whole answer: read it, then judge it as one
            except BaseException:
                self.finish(request, tracked, abandoned=True)
                raise
        endpoint.first_byte(tracked)
        self.finish(request, tracked)
        if response.status_code in (429, 503):
            endpoint.busy()
        if response.status_code == 200 and not _is_json(response.content):
            raise openai.APIResponseValidationError(
                response, None, message=f"the endpoint answered with a body that is not JSON: {response.text[:80]!r}"
            )
        if response.status_code >= 500 or response.status_code == 429:
            body = response.text
            if is_validation_error(response.status_code, body) or "insufficient_quota" in body:
                response.headers["x-should-retry"] = "false"  # retrying cannot fix it
        return response

    def finish(self, request: Any, tracked: endpoints.Tracked, abandoned: bool = False) -> None:
        """Free the request's slots; one abandoned before its answer began keeps its endpoint slot
        until the server is seen idle (it may still be reading the prompt, and would queue the next)."""
        REQUESTS.release()
        endpoint = tracked.endpoint
        endpoint.ended(tracked, ok=not abandoned)
        if not abandoned:
            endpoint.limiter.release()
            return
        endpoint.settle(1, "a request was abandoned before its answer began: the server may still work on it")
        task = asyncio.get_running_loop().create_task(self._hold_until_idle(request, endpoint))
        self._holds.add(task)
        task.add_done_callback(self._holds.discard)

    async def _hold_until_idle(self, request: Any, endpoint: endpoints.Endpoint) -> None:
        """Keep the endpoint slot until the server answers a cheap GET of its model list (a
        single-slot server such as llama-cpp-python answers it only once it is free), at most
        `_IDLE_WAIT` x the request timeout."""
        url = request.url.copy_with(path=request.url.path.rsplit("/chat/completions", 1)[0] + "/models")
        probe = self.build_request(
            "GET", url, headers={k: v for k, v in request.headers.items() if k.lower() in ("authorization", "api-key")}
        )
        deadline = time.monotonic() + _IDLE_WAIT * float(self.timeout.read or 60)
        try:
            while time.monotonic() < deadline:
                try:
                    response = await httpx.AsyncClient.send(self, probe)
                    await response.aclose()
                    return
                except httpx.TimeoutException:
                    continue  # still busy
                except httpx.ConnectError:
                    return  # unreachable: nothing is queued there
                except httpx.HTTPError:
                    await asyncio.sleep(0.1)  # a pooled connection the server had closed: ask again
        finally:
            endpoint.limiter.release()


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
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")), dict(
        parse_qsl(parts.query, keep_blank_values=True)
    )


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
                http_client=LimitedHttpClient(settings.concurrency, settings.endpoint, timeout=settings.timeout),
            )
            _PROCESS.clients[key] = found
        return found
