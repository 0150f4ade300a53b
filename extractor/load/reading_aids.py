"""A reprint's pinyin (縣(xiàn)委, 問(wèn)題), read past and then given back.

Some sites that reprint notices set the pinyin of some characters after them. It is no part of the
notice's wording, and it splits the words the rules look for (問(wèn)題整改, 整改狀態(tài)：), so the backends
read the text without it. Their output is then given back in the text's own characters, pinyin and all:
every value is a verbatim piece of the notice as loaded, and every span indexes it.
"""

from __future__ import annotations

import bisect
from typing import Any

from pydantic import BaseModel

from extractor.models import Extraction, Issue
from extractor.vocab.glyphs import PINYIN_NOTE

_AT_LEAST = 3  # the notes that make a text read as annotated (one alone may be the notice's own)
_LOOKED_AT = 20_000  # the characters looked at to decide
_NOT_TEXT = frozenset({"id", "path", "status", "source", "warnings", "meta", "span"})


class ReadingAids:
    """The text without its notes, and where each note stood, to give values back as written."""

    def __init__(self, text: str, notes: list[tuple[int, int]]) -> None:
        self.text = text
        pieces, at, self._after, self._removed = [], 0, [], []
        removed = 0
        for start, end in notes:
            pieces.append(text[at:start])
            self._after.append(start - removed)  # where the note stood, in the plain text
            removed += end - start
            self._removed.append(removed)
            at = end
        pieces.append(text[at:])
        self.plain = "".join(pieces)

    def original(self, offset: int) -> int:
        """An offset into the plain text as one into the text: past the notes before it, and past a note
        right at it (a note follows its character, so it ends a value that ends with that character)."""
        k = bisect.bisect_right(self._after, offset)
        return offset + (self._removed[k - 1] if k else 0)

    def as_written(self, value: str, near: int = 0) -> str:
        """`value` as the text writes it, found in the plain text from `near` (or anywhere)."""
        start = self.plain.find(value, near)
        if start < 0:
            start = self.plain.find(value)
        if start < 0 or not value:
            return value
        return self.text[self.original(start) : self.original(start + len(value))]

    def restore(self, extraction: Extraction) -> Extraction:
        """The extraction read from the plain text, with its values and spans in the text's own terms."""
        _restore_model(self, extraction.report, 0)
        for issue in extraction.issues:
            near = issue.span[0] if issue.span else 0
            _restore_model(self, issue, near)
            if issue.span:
                issue.span = (self.original(issue.span[0]), self.original(issue.span[1]))
        return extraction


def read_past_notes(text: str) -> ReadingAids | None:
    """The text's reading aids, where it is annotated; None for a text without them (about every one)."""
    if len(PINYIN_NOTE.findall(text, 0, _LOOKED_AT)) < _AT_LEAST:
        return None
    return ReadingAids(text, [m.span() for m in PINYIN_NOTE.finditer(text)])


def _restore_model(aids: ReadingAids, model: BaseModel, near: int) -> None:
    for name in type(model).model_fields:
        if name in _NOT_TEXT:
            continue
        value: Any = getattr(model, name)
        if isinstance(value, str):
            setattr(model, name, aids.as_written(value, near))
        elif isinstance(value, list):
            for k, item in enumerate(value):
                if isinstance(item, str):
                    value[k] = aids.as_written(item, near)
                elif isinstance(item, BaseModel):
                    _restore_model(aids, item, near)
        elif isinstance(value, BaseModel) and not isinstance(value, Issue):
            _restore_model(aids, value, near)
