"""The output contract: the one model tree every backend fills and every consumer reads.

The CLI serialises these models, the eval harness loads gold files through them and the LLM
response schemas are derived from them, so a field changes here or nowhere.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Status = Literal["completed", "long_term", "in_progress", "not_stated"]
"""What the notice *states* about one issue's rectification.

completed: 已完成, 已办结, 该项已办结, 已整改到位, 此问题已解决 ...
long_term: 阶段性完成并长期坚持, 基本完成并持续推进, 长期坚持 ...
in_progress: 正在整改中, 持续整改中, 整改中, 正在推进 ...
not_stated: the text gives no status for the issue. Describing finished work is not a status.
"""

STATUSES: tuple[Status, ...] = ("completed", "long_term", "in_progress", "not_stated")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Accountability(_Model):
    """One named person disciplined or talked to for one issue (one record per person and action).

    `person` is a name as written (张某某 counts; a bare role such as 支部书记 does not);
    `action` is the disciplinary term as written (约谈, 诫勉谈话, 警示谈话, 提醒谈话, 批评教育,
    书面检查, 通报批评, 党纪处分 ...).
    """

    person: str
    role: str | None = None
    action: str


class Issue(_Model):
    """One leaf problem the inspection fed back and the notice reports a rectification for.

    The most granular numbered item, or a clearly separate unnumbered problem paragraph. Headings
    that only group other items are its `path`/`category`/`subcategory`, not issues; a grouping
    heading with no sub-items, followed directly by its own rectification text, is an issue.
    Introductory sections, 下一步 plans and contact blocks hold no issues.
    """

    id: str
    path: list[str] = Field(
        default_factory=list,
        description='Heading labels from the top down, normalised: "一", "（一）", "1", "（1）", "第一方面".',
    )
    category: str | None = Field(None, description="Text of the top-level finding heading, without its label.")
    subcategory: str | None = Field(
        None, description="Text of the second-level grouping heading, when the issue sits below one."
    )
    problem: str = Field(
        description="Verbatim substring of the document: the problem, without its number label and "
        "without trailing 的整改情况/整改情况/问题的整改."
    )
    cause: str | None = None
    measures: list[str] = Field(default_factory=list)
    status: Status = "not_stated"
    status_text: str | None = Field(None, description="The status phrase as written, e.g. 该项已办结.")
    accountability: list[Accountability] = Field(default_factory=list)
    documents: list[str] = Field(default_factory=list, description="Titles of documents issued, without 《》.")
    span: tuple[int, int] | None = Field(
        None,
        description="[start, end) character offsets into the decoded text covering the issue's whole "
        "block, problem through its last rectification sentence. Optional in gold files.",
    )

    @field_validator("problem")
    @classmethod
    def _problem_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("problem must not be blank")
        return value

    @field_validator("span")
    @classmethod
    def _span_ordered(cls, value: tuple[int, int] | None) -> tuple[int, int] | None:
        if value is not None and not 0 <= value[0] <= value[1]:
            raise ValueError(f"span must satisfy 0 <= start <= end, got {value}")
        return value


class StatusCounts(_Model):
    """Status totals the notice itself declares (已完成 N 个, 阶段性完成并长期坚持 N 个, 整改中 N 个). A status it does not
    tally is None, not 0 ("9个问题已完成整改6个" says nothing of the other 3); it is 0 where the totals it gives add up
    to its declared count without it."""

    completed: int | None = None
    long_term: int | None = None
    in_progress: int | None = None

    def tallied(self) -> int:
        """The problems these totals account for."""
        return sum(value or 0 for value in (self.completed, self.long_term, self.in_progress))


class Contacts(_Model):
    """Where the public may send feedback on the rectification."""

    phones: list[str] = Field(default_factory=list)
    emails: list[str] = Field(default_factory=list)
    address: str | None = None
    postcode: str | None = None


class Report(_Model):
    """The notice's own facts: who inspected whom, when, and what it declares."""

    title: str | None = None
    issuer: str | None = None
    inspected_unit: str | None = None
    inspection_team: str | None = None
    inspection_kind: str | None = Field(
        None,
        description="巡视, 巡察, 审计 or 督察, with a special inspection's qualifier (专项巡察, 巡视“回头看”); a value of"
        " that vocabulary, in simplified characters whatever the text's script.",
    )
    inspection_start: dt.date | None = None
    inspection_end: dt.date | None = None
    feedback_date: dt.date | None = None
    publish_date: dt.date | None = None
    declared_issue_count: int | None = Field(
        None, description='The finest count the text declares ("13个问题…细分为24个" gives 24).'
    )
    declared_status_counts: StatusCounts | None = None
    lead_official: str | None = Field(None, description="The person named 负总责 for the rectification.")
    contacts: Contacts = Field(default_factory=Contacts)


class Extraction(_Model):
    """Everything extracted from one notice."""

    source: str | None = None
    report: Report = Field(default_factory=Report)
    issues: list[Issue] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    meta: dict[str, Any] = Field(default_factory=dict)

    def to_json(self, indent: int | None = 2) -> str:
        """JSON with Chinese left readable (pydantic never \\u-escapes)."""
        return self.model_dump_json(indent=indent)
