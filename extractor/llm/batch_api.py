"""Transport for an OpenAI-compatible Batch API: upload a JSONL of requests, create, poll, fetch, cancel.

Kept apart from `provider/` (the live path's client): a batch run makes a handful of slow calls,
so it uses the SDK's synchronous client with its own retries, and every failure is one
credential-free `EndpointError`.

    POST /v1/files (purpose=batch)  -> input_file_id
    POST /v1/batches                -> a batch: validating → in_progress → finalizing → completed
                                       (or failed, expired, cancelling → cancelled)
    GET  /v1/batches/{id}           -> status, request_counts, output_file_id, error_file_id
    GET  /v1/files/{id}/content     -> one JSON line per request: {custom_id, response{status_code, body}, error}
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Final, TypeVar

import openai

from extractor.llm.config import LLMSettings
from extractor.llm.errors import EndpointError, redact, redact_url, url_secrets
from extractor.llm.provider.client import _split_query

ENDPOINT: Final = "/v1/chat/completions"
TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})
T = TypeVar("T")


@dataclass
class Result:
    """One request's result: the chat completion body, or why there is none."""

    body: dict[str, Any] | None = None
    error: str | None = None


class BatchClient:
    """The Batch API calls of one endpoint (credentials from the LLM settings, never printed)."""

    def __init__(self, settings: LLMSettings) -> None:
        base_url, query = _split_query(settings.base_url)
        self.where = redact_url(settings.endpoint) or ""
        self._secrets = [settings.key(), *url_secrets(settings.base_url)]
        self.client = openai.OpenAI(
            api_key=settings.key(),
            base_url=base_url,
            default_query=query or None,
            timeout=settings.timeout,
            max_retries=settings.retries,
        )

    def _call(self, what: str, call: Callable[[], T]) -> T:
        try:
            return call()
        except openai.APIStatusError as exc:
            detail = f"HTTP {exc.status_code}: {exc.message}"
        except openai.APIError as exc:
            detail = str(exc.__cause__ or exc)
        detail = " ".join(redact(detail, *self._secrets).split())[:200]
        raise EndpointError(f"the LLM endpoint {self.where} failed to {what}: {detail}") from None

    def submit(self, jsonl: bytes, name: str, metadata: dict[str, str] | None = None) -> dict[str, Any]:
        """Upload the requests and create the batch; returns the batch as the API describes it."""
        uploaded = self._call(
            "take the batch input file",
            lambda: self.client.files.create(file=(name, jsonl, "application/jsonl"), purpose="batch"),
        )
        batch = self._call(
            "create the batch",
            lambda: self.client.batches.create(
                input_file_id=uploaded.id, endpoint=ENDPOINT, completion_window="24h", metadata=metadata
            ),
        )
        return batch.model_dump()

    def retrieve(self, batch_id: str) -> dict[str, Any]:
        return self._call(f"report on batch {batch_id}", lambda: self.client.batches.retrieve(batch_id)).model_dump()

    def cancel(self, batch_id: str) -> dict[str, Any]:
        return self._call(f"cancel batch {batch_id}", lambda: self.client.batches.cancel(batch_id)).model_dump()

    def content(self, file_id: str) -> str:
        return self._call(f"send file {file_id}", lambda: self.client.files.content(file_id).text)

    def results(self, batch: dict[str, Any]) -> dict[str, Result]:
        """custom_id -> Result, from a finished batch's output and error files (either may be absent)."""
        found: dict[str, Result] = {}
        for key in ("output_file_id", "error_file_id"):
            if batch.get(key):
                for custom_id, result in parse_results(self.content(batch[key])):
                    if custom_id not in found or found[custom_id].body is None:
                        found[custom_id] = result
        return found


def _error_text(error: Any) -> str:
    if isinstance(error, dict):
        inner = error.get("error", error)
        if isinstance(inner, dict):
            code, message = inner.get("code"), inner.get("message")
            return ": ".join(str(x) for x in (code, message) if x) or json.dumps(inner)[:200]
        return str(inner)[:200]
    return str(error)[:200]


def parse_results(text: str) -> Iterator[tuple[str, Result]]:
    """The lines of an output or error file, read leniently: a line that is not JSON is skipped
    (its request then has no result, and falls back like one that failed)."""
    for line in text.splitlines():
        try:
            data = json.loads(line)
        except ValueError:
            continue
        if not isinstance(data, dict) or not isinstance(data.get("custom_id"), str):
            continue
        response, error = data.get("response") or {}, data.get("error")
        status = response.get("status_code") if isinstance(response, dict) else None
        body = response.get("body") if isinstance(response, dict) else None
        if error:
            yield data["custom_id"], Result(error=f"the batch request failed: {_error_text(error)}")
        elif status == 200 and isinstance(body, dict):
            yield data["custom_id"], Result(body=body)
        else:
            yield data["custom_id"], Result(error=f"the batch request failed: HTTP {status}: {_error_text(body)}")
