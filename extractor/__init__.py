"""Turn Chinese rectification notices (巡视/巡察/审计整改情况通报) into structured data.

    >>> import extractor
    >>> result = extractor.extract("notice.txt")          # a path or the text itself
    >>> result.issues[0].problem, result.issues[0].status

The rule-based backend is the default and imports nothing heavier than pydantic. Names are loaded
on first use, so `python -m extractor` can set up the process before pydantic is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from extractor.api import extract
    from extractor.errors import ExtractorError, InputError
    from extractor.models import Accountability, Contacts, Extraction, Issue, Report, StatusCounts

__all__ = [
    "Accountability",
    "Contacts",
    "Extraction",
    "ExtractorError",
    "InputError",
    "Issue",
    "Report",
    "StatusCounts",
    "extract",
]

_HOMES = {
    "extract": "extractor.api",
    "ExtractorError": "extractor.errors",
    "InputError": "extractor.errors",
    **{
        name: "extractor.models"
        for name in ("Accountability", "Contacts", "Extraction", "Issue", "Report", "StatusCounts")
    },
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'extractor' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(home), name)


def __dir__() -> list[str]:
    return sorted(__all__)
