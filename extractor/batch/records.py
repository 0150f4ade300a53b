"""What a batch run writes for each input: the Extraction (see models.py) or a Failure, and the
Outcome a worker hands back to the run (the record's JSON line plus what the summary counts)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict

from extractor.load.text import escape_surrogates
from extractor.models import Extraction

TIMEOUT = "timeout"
"""The error type of a document that went over the time budget."""
CRASH = "crash"
"""The error type of a document whose worker process died (out of memory, killed …)."""


class ErrorInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: str
    message: str


class Failure(BaseModel):
    """The record of an input that could not be extracted."""

    model_config = ConfigDict(extra="forbid")
    source: str
    error: ErrorInfo
    meta: dict[str, Any] = {}

    @property
    def error_type(self) -> str:
        return self.error.type

    @property
    def message(self) -> str:
        return self.error.message

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent)


Record = Extraction | Failure


@dataclass
class Outcome:
    """One input's result as a worker returns it: the JSON line plus what the summary counts."""

    index: int
    source: str
    line: bytes  # the UTF-8 JSON record, without its newline
    ok: bool
    sha256: str | None = None
    issues: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    fallback: bool = False
    backend: str | None = None
    error: str | None = None
    text: str | None = None


def json_bytes(model: BaseModel) -> bytes:
    """The compact JSON of a model as UTF-8 bytes (what model_dump_json gives, without decoding it)."""
    return model.__pydantic_serializer__.to_json(model)


def failed(index: int, source: str, kind: str, message: str, info: dict[str, Any] | None = None) -> Outcome:
    """The Outcome of an input that failed. Names and messages may carry the undecodable bytes of a
    file name; they are escaped here so the record can always be written."""
    source, message = escape_surrogates(source), escape_surrogates(message)
    failure = Failure(source=source, error=ErrorInfo(type=kind, message=message), meta={"input": info} if info else {})
    return Outcome(index, source, json_bytes(failure), False, (info or {}).get("sha256"), error=f"{kind}: {message}")


def parse(line: bytes, ok: bool) -> Record:
    """A record read back from its JSON line."""
    return Extraction.model_validate_json(line) if ok else Failure.model_validate_json(line)
