"""Response models the LLM fills, derived from the output contract in `extractor.models`.

Fields are taken from `Issue`/`Report` programmatically (`contract_fields`), never re-typed, so a
contract change reaches the LLM schema by itself. Inside an LLM call every answer model ends
with the strategy's check (`CHECK`): quotes must be found in the notice and every field readable
from it, else the validation error names the items and instructor re-asks. Outside a call (the
last answer after the re-asks, a cache entry) nothing is checked on parsing: the reconciliation
judges the answer. (instructor's own `context=` argument is not used: it also renders the messages
as Jinja templates, and a notice's text must reach the model untouched.)
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, create_model, model_validator

from extractor.models import Issue, Report


def contract_fields(
    model: type[BaseModel], *, include: Iterable[str] | None = None, exclude: Iterable[str] = ()
) -> dict[str, Any]:
    """`create_model` field definitions copied from a contract model (annotation, default, description)."""
    names = list(include) if include is not None else list(model.model_fields)
    excluded = set(exclude)
    missing = [n for n in names if n not in model.model_fields]
    if missing:
        raise KeyError(f"{model.__name__} has no field(s) {missing}")
    return {
        name: (model.model_fields[name].annotation, copy.copy(model.model_fields[name]))
        for name in names
        if name not in excluded
    }


CHECK: ContextVar[Callable[[BaseModel], list[str]] | None] = ContextVar("extractor_llm_check", default=None)
"""The check an answer must pass inside an LLM call: a function of the answer returning its problems."""


class _Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="after")
    def _grounded(self) -> _Answer:
        check = CHECK.get()
        problems = check(self) if check is not None else []
        if problems:
            raise ValueError(
                "some values are not in the notice or point at the wrong block. Copy text verbatim from the "
                "notice (or leave the field empty) and fix these items, keeping all others unchanged:\n- "
                + "\n- ".join(problems)
            )
        return self


# --- whole_document ---------------------------------------------------------------------------

if TYPE_CHECKING:  # built from the contract at import time: to a type checker, an item of the answer is Any
    ExtractedIssue: TypeAlias = Any
else:
    ExtractedIssue = create_model(
        "ExtractedIssue",
        __config__=ConfigDict(extra="forbid"),
        __doc__=Issue.__doc__,
        **contract_fields(Issue, exclude=("id", "span")),
    )


class WholeDocument(_Answer):
    """The notice's own facts and every issue in this text, in document order."""

    report: Report | None = Field(
        None, description="The notice's facts found in this text; null when this text holds none."
    )
    issues: list[ExtractedIssue] = Field(default_factory=list)


# --- outline_blocks ---------------------------------------------------------------------------

if TYPE_CHECKING:  # built at import time, as ExtractedIssue
    BlockLabel: TypeAlias = Any
else:
    BlockLabel = create_model(
        "BlockLabel",
        __config__=ConfigDict(extra="forbid"),
        __doc__="The label of one numbered block [n]: an issue, or a heading that groups issues.",
        n=(int, Field(description="The block number, as in [n].")),
        kind=(
            Literal["issue", "group", "other"],
            Field(
                description="issue: a problem with its own rectification text; "
                "group: a heading that only groups the issues below it; "
                "other: neither (introduction, report sections, 下一步, measures)."
            ),
        ),
        start=(
            str | None,
            Field(
                None,
                description="Only when the problem does not begin right after the block's "
                "number label (a lead-in such as 巡察发现, or a second problem "
                "inside one block): its first 4-10 characters, verbatim.",
            ),
        ),
        end=(
            str | None,
            Field(
                None,
                description="For an issue: the last 4-12 characters of the problem, verbatim, "
                "before 的整改情况/整改情况 and the final 。",
            ),
        ),
        **contract_fields(Issue, include=("status", "status_text", "cause", "accountability")),
    )


class OutlineBlocks(_Answer):
    """A label for every numbered block: issue, group or other. A block left out gets no verdict
    (the rules' reading of it stands)."""

    blocks: list[BlockLabel] = Field(default_factory=list)


RESPONSE_MODELS: dict[str, type[_Answer]] = {
    "WholeDocument": WholeDocument,
    "OutlineBlocks": OutlineBlocks,
}
"""Response models a prompt file may name. A new prompt variant needs a new entry only when it
needs a new answer shape (and then a strategy in `extractor.llm.strategies`)."""
