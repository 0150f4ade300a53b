"""Which answer mode an endpoint accepts, found from its answers once and remembered for the process.

Modes are tried in the order tools → json_schema → json_object_schema → json → md_json from the
configured one: a request refused as invalid (400/422, or a 5xx whose body is a request-validation
error, as llama.cpp's server answers json_schema) moves to the next mode, and so does a tools
request answered with plain content (the endpoint ignores tools). json_object_schema is a
json_object request carrying the schema, which llama.cpp's servers turn into a grammar. The first
mode that gets an answer is remembered per endpoint and model, so later parts and notices start
there; until then one request at a time looks for it (`detecting`), so parts asked at once do not
each walk through the refusals. md_json asks for a fenced block in the prompt and needs nothing
from the server, so a refusal there is not about the mode.
"""

from __future__ import annotations

import asyncio
import os
import threading

import instructor
import openai

from extractor.llm.provider.client import is_validation_error

ORDER = ("tools", "json_schema", "json_object_schema", "json", "md_json")
INSTRUCTOR_MODES = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json_object_schema": instructor.Mode.JSON,  # plus the schema in response_format (provider.stream)
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}
_LOCK = threading.Lock()
_FOUND: dict[tuple[str, str, str], str] = {}
_LOCKS: dict[tuple[str, str, str], asyncio.Lock] = {}


def current(endpoint: str, model: str, configured: str) -> str:
    """The mode to start with: the one found for this endpoint, model and configured mode, else
    the configured one."""
    with _LOCK:
        return _FOUND.get((endpoint, model, configured), configured)


def found(endpoint: str, model: str, configured: str) -> bool:
    """Whether this endpoint's mode was already found in this process."""
    with _LOCK:
        return (endpoint, model, configured) in _FOUND


def detecting(endpoint: str, model: str, configured: str) -> asyncio.Lock:
    """Held by the one request looking for this endpoint's mode (all run on the process's loop)."""
    with _LOCK:
        return _LOCKS.setdefault((endpoint, model, configured), asyncio.Lock())


def remember(endpoint: str, model: str, configured: str, mode: str) -> None:
    with _LOCK:
        _FOUND[(endpoint, model, configured)] = mode


def forget() -> None:
    """Forget every endpoint's mode (tests start each endpoint afresh; a forked child too)."""
    with _LOCK:
        _FOUND.clear()
        _LOCKS.clear()


def _forget_in_child() -> None:
    _FOUND.clear()
    _LOCKS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_in_child)


def after(mode: str) -> str | None:
    """The next mode to try once `mode` was refused, or None."""
    index = ORDER.index(mode)
    return ORDER[index + 1] if index + 1 < len(ORDER) else None


def refuses_mode(exc: BaseException) -> bool:
    """Whether `exc` is the endpoint refusing the request's shape (worth another mode)."""
    if not isinstance(exc, openai.APIStatusError):
        return False
    if exc.status_code in (400, 422):
        return True
    try:
        body = exc.response.text
    except Exception:  # noqa: BLE001
        body = str(exc.body)
    return is_validation_error(exc.status_code, body)
