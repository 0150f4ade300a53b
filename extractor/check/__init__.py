"""Step 4 of the pipeline: check the extraction against itself and against the source text."""

from extractor.check.counts import count_warnings
from extractor.check.grounding import locate
from extractor.check.problems import fragment_warnings
from extractor.models import Issue, Report

__all__ = ["count_warnings", "fragment_warnings", "locate", "review"]


def review(report: Report, issues: list[Issue], reads_as_notice: bool | None = None) -> list[str]:
    """What a reader should check: declared counts against those found, problems that read as fragments.
    `reads_as_notice` is the genre's judgement where one was made (the rules'), to say why no item was found."""
    return count_warnings(report, issues, reads_as_notice) + fragment_warnings(issues)
