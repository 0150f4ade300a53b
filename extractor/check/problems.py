"""Problems that read as a piece of a heading, not a statement: a reader should look at those rows."""

from __future__ import annotations

from extractor.models import Issue
from extractor.vocab.sections import JOINING_END as _JOINING_END

# A problem statement is longer than this, and does not stop on a word that joins it to more.
_SHORTEST = 4


def fragment_warnings(issues: list[Issue]) -> list[str]:
    """One warning per issue whose problem is too short, or ends on a joining word ("存在的问题及")."""
    warnings = []
    for issue in issues:
        problem = issue.problem.rstrip()
        if len(problem) < _SHORTEST or problem.endswith(_JOINING_END):
            warnings.append(
                f"issue {issue.id}: the problem “{issue.problem}” reads as a piece of a heading, not a problem statement"
            )
    return warnings
