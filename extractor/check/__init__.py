"""Step 4 of the pipeline: check the extraction against itself and against the source text."""

from extractor.check.counts import count_warnings
from extractor.check.grounding import locate

__all__ = ["count_warnings", "locate"]
