"""Errors of the LLM backend, and the redaction every message and stored URL goes through.

Each error is an `ExtractorError`, so the CLI prints it as one line.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from extractor.errors import ExtractorError


class LLMError(ExtractorError):
    """Base class of the LLM backend's deliberate errors."""


class NotConfiguredError(LLMError):
    """No endpoint/key is configured, or the configuration is invalid."""


class PromptError(LLMError):
    """A prompt template is unknown or does not validate."""


class EndpointError(LLMError):
    """The endpoint did not deliver: unreachable, timed out, or failing after the SDK's retries.

    `--backend auto` answers from the rules instead; `--backend llm` stops with this message."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class EndpointRejected(EndpointError):
    """The endpoint refused the request for a reason retrying cannot fix (400/401/403/404/422,
    quota, a request-validation error, no answer mode it accepts)."""


_KEYLIKE = re.compile(r"\b(sk|key|tok)-[A-Za-z0-9_\-*.]{4,}")
_SECRET_PARAM = re.compile(
    r"(?:api[-_]?key|key|token|access[-_]?token|secret|password|passwd|pwd|sig|signature|auth|code)$", re.I
)
_USERINFO = re.compile(r"(?<=://)[^/@\s]+@")
_QUERY_SECRET = re.compile(
    r"([?&;](?:api[-_]?key|key|token|access[-_]?token|secret|password|passwd|pwd|sig|signature|auth|code)=)[^&#\s'\"]+",
    re.I,
)


def redact_url(url: str | None) -> str | None:
    """`url` with credentials masked: user:pass@ and secret-looking query values become ***."""
    if not url:
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return redact(url)
    netloc = parts.netloc
    if "@" in netloc:
        netloc = "***@" + netloc.rsplit("@", 1)[1]
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(k, "***" if _SECRET_PARAM.match(k) else v) for k, v in pairs], safe="*")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def redact(message: str, *secrets: str | None) -> str:
    """`message` with the API key, URL credentials and anything shaped like a key masked."""
    for secret in secrets:
        if secret:
            message = message.replace(secret, "***")
    message = _USERINFO.sub("***@", message)
    message = _QUERY_SECRET.sub(r"\1***", message)
    return _KEYLIKE.sub(lambda m: m.group(1) + "-***", message)


def url_secrets(url: str | None) -> list[str]:
    """The credential strings inside `url` (password, user, secret query values), for `redact`."""
    if not url:
        return []
    try:
        parts = urlsplit(url)
    except ValueError:
        return []
    found = [s for s in (parts.password, parts.username) if s]
    found += [v for k, v in parse_qsl(parts.query) if v and _SECRET_PARAM.match(k)]
    return sorted(found, key=len, reverse=True)
