"""Errors of the LLM backend. Each is an `ExtractorError`, so the CLI prints it as one line."""

from __future__ import annotations

import re

from extractor.errors import ExtractorError


class LLMError(ExtractorError):
    """Base class of the LLM backend's deliberate errors."""


class NotConfiguredError(LLMError):
    """No endpoint/key is configured, or the configuration is invalid."""


class PromptError(LLMError):
    """A prompt template is unknown or does not validate."""


class EndpointRejected(LLMError):
    """The endpoint refused the request for a reason retrying cannot fix (400/401/403/404/422, quota)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


_KEYLIKE = re.compile(r"\b(sk|key|tok)-[A-Za-z0-9_\-*.]{4,}")


def redact(message: str, secret: str | None) -> str:
    """`message` with the API key (and anything shaped like a key) masked."""
    if secret:
        message = message.replace(secret, "***")
    return _KEYLIKE.sub(lambda m: m.group(1) + "-***", message)
