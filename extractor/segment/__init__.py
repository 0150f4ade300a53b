"""Step 2 of the pipeline: find the notice's outline and cut it into issue blocks."""

from extractor.segment.issues import IssueBlock, find_issue_blocks
from extractor.segment.lines import Para
from extractor.segment.outline import Node, parse_outline

__all__ = ["IssueBlock", "Node", "Para", "find_issue_blocks", "parse_outline"]
