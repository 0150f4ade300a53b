"""Problems that read as a piece of a heading, not a statement, or that hold the page's own words (its breadcrumb, its
来源 or 发布时间 with their colon: furniture a page that lost its line breaks ran into the text): a reader should look at
those rows."""

from __future__ import annotations

from extractor.models import Issue
from extractor.segment.fold import fold
from extractor.vocab.columns import names_a_column
from extractor.vocab.furniture import PAGE_WORDS_IN_TEXT
from extractor.vocab.sections import JOINING_END as _JOINING_END

# A problem statement is longer than this, and does not stop on a word that joins it to more.
_SHORTEST = 4


def fragment_warnings(issues: list[Issue]) -> list[str]:
    """One warning per issue whose problem is too short, ends on a joining word ("存在的问题及"), is a field's name
    ("整改问题概述"), or holds the page's own words ("…公示  来源:石峰区…")."""
    warnings = []
    for issue in issues:
        problem = issue.problem.rstrip()
        if len(problem) < _SHORTEST or problem.endswith(_JOINING_END):
            warnings.append(
                f"issue {issue.id}: the problem “{issue.problem}” reads as a piece of a heading, not a problem statement"
            )
        elif names_a_column(fold(problem)):
            # (A form's or table's field name taken for its value: "整改问题", a copy cut where the field's value begins.)
            warnings.append(
                f"issue {issue.id}: the problem “{issue.problem}” is the name of a field or column, not a problem "
                "statement: check its row"
            )
        elif PAGE_WORDS_IN_TEXT.search(problem):
            warnings.append(
                f"issue {issue.id}: the problem “{issue.problem}” holds the page's own words (its breadcrumb or "
                "metadata), not only the notice's: check its row"
            )
    return warnings
