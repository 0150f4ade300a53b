"""Turn Chinese rectification notices (巡视/巡察/审计整改情况通报) into structured data.

    >>> import extractor
    >>> result = extractor.extract("notice.txt")          # a path or the text itself
    >>> result.issues[0].problem, result.issues[0].status

The rule-based backend is the default and imports nothing heavier than pydantic.
"""

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
