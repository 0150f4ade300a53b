"""Which answer mode an endpoint accepts, found from its answers and remembered for the process.

Modes are tried in the order tools → json_schema → json → md_json from the configured one: a
request refused as invalid (400/422, or a 5xx whose body is a request-validation error) moves to
the next mode; the first mode that gets an answer is remembered per endpoint and model, so later
parts and notices start there. md_json asks for a fenced block in the prompt and needs nothing
from the server, so a refusal there is not about the mode.
"""

from __future__ import annotations

import threading

import instructor
import openai

from extractor.llm.provider.client import is_validation_error

ORDER = ("tools", "json_schema", "json", "md_json")
INSTRUCTOR_MODES = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}
_LOCK = threading.Lock()
_FOUND: dict[tuple[str, str, str], str] = {}


def current(endpoint: str, model: str, configured: str) -> str:
    """The mode to start with: the one found for this endpoint, model and configured mode, else
    the configured one."""
    with _LOCK:
        return _FOUND.get((endpoint, model, configured), configured)


def remember(endpoint: str, model: str, configured: str, mode: str) -> None:
    with _LOCK:
        _FOUND[(endpoint, model, configured)] = mode


def forget() -> None:
    """Forget every endpoint's mode (tests start each endpoint afresh)."""
    with _LOCK:
        _FOUND.clear()


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
