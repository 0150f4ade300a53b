"""What a copy sets among the notice's words that is no part of them, read past and then given back.

Some sites that reprint or convert notices set the pinyin of some characters after them (縣(xiàn)委, 問(wèn)題, 根據(jù));
a PDF's text sets spaces around the digits among Chinese characters (于 2023 年 3 月 5 日, 发现 12 个问题). Neither is
part of the notice's wording, and both split the words the rules look for (問(wèn)題整改, 第 3 巡察组, 12 个问题), so a
backend reads the text without them. Its output is then given back in the text's own characters, notes, spaces and
all: every value is a verbatim piece of the notice as loaded, and every span indexes it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from extractor.models import Extraction, Issue
from extractor.vocab.glyphs import DIGIT_CLOSED_UP, DIGIT_SPACE, DIGIT_SPACES_AT_LEAST
from extractor.vocab.traditional import PINYIN_NOTE, TONED_NOTE

_AT_LEAST = 3  # the toned notes that make a text read as annotated (one alone may be the notice's own)
_LOOKED_AT = 20_000  # the characters looked at to decide
# (Not text: labels, vocabulary values such as a status or the kind of inspection, and bookkeeping.)
_NOT_TEXT = frozenset({"id", "path", "status", "inspection_kind", "source", "warnings", "meta", "span"})


class ReadingAids:
    """The text without its notes, and where each note stood, to give values back as written."""

    def __init__(self, text: str, notes: list[tuple[int, int]]) -> None:
        self.text = text
        pieces: list[str] = []
        self._at: list[int] = []  # where each note stood, in the plain text
        self._removed: list[int] = []  # the characters removed up to and with each note
        at = removed = 0
        for start, end in notes:
            pieces.append(text[at:start])
            self._at.append(start - removed)
            removed += end - start
            self._removed.append(removed)
            at = end
        pieces.append(text[at:])
        self.plain = "".join(pieces)
        self._lines = [
            k for k, character in enumerate(self.plain) if character != "\n"
        ]  # (for values joined from lines)
        self._flat = "".join(self.plain[k] for k in self._lines)

    def original(self, offset: int) -> int:
        """An offset into the plain text as one into the text: past the notes before it, and past a note
        right at it (a note follows its character, so it ends a value that ends with that character)."""
        k = bisect.bisect_right(self._at, offset)
        return offset + (self._removed[k - 1] if k else 0)

    def as_written(self, value: str, near: int = 0) -> str:
        """`value` as the text writes it: found in the plain text from `near` (or anywhere), or, for a value
        joined from lines (a title over two), in the plain text without its line breaks."""
        if not value:
            return value
        start = self.plain.find(value, near)
        if start < 0:
            start = self.plain.find(value)
        if start >= 0:
            written = self.text[self.original(start) : self.original(start + len(value))]
            return written if value[-1].isspace() else written.rstrip()  # (not the space a digit's note ends with)
        flat = self._flat.find(value)
        if flat < 0:
            return value
        first, last = self._lines[flat], self._lines[flat + len(value) - 1]
        return self.text[self.original(first) : self.original(last + 1)].replace("\n", "")

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
    """The text's reading aids, where it has any; None for a text without them (about every one)."""
    notes = _pinyin_notes(text) + _digit_spaces(text)
    return ReadingAids(text, sorted(notes)) if notes else None


def _pinyin_notes(text: str) -> list[tuple[int, int]]:
    """A reprint's pinyin notes, where it is annotated (`_AT_LEAST` toned notes in its opening)."""
    if not _may_hold_notes(text) or len(TONED_NOTE.findall(text, 0, _LOOKED_AT)) < _AT_LEAST:
        return []
    return [m.span() for m in PINYIN_NOTE.finditer(text)]


def _digit_spaces(text: str) -> list[tuple[int, int]]:
    """The spaces a PDF's text sets around digits, where its opening keeps setting them (`vocab.glyphs.DIGIT_SPACE`)."""
    spaces = [m.span() for m in DIGIT_SPACE.finditer(text)]
    opening = sum(1 for start, _ in spaces if start < _LOOKED_AT)
    if opening < DIGIT_SPACES_AT_LEAST or opening <= len(DIGIT_CLOSED_UP.findall(text, 0, _LOOKED_AT)):
        return []
    return spaces


_SYLLABLE_END = frozenset("abcdefghijklmnopqrstuvwxyzüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")


def _may_hold_notes(text: str) -> bool:
    """Whether a closing bracket in the text's opening follows a letter of pinyin, as every note's does: a
    notice's brackets close labels and names ("（一）", "（盖章）"), and str.find is the quickest scan for them."""
    for bracket in (")", "）"):
        at = text.find(bracket, 1, _LOOKED_AT)
        while at >= 0:
            if text[at - 1] in _SYLLABLE_END:
                return True
            at = text.find(bracket, at + 1, _LOOKED_AT)
    return False


def extract_past_notes(text: str, extract: Callable[[str], Extraction]) -> Extraction:
    """`extract(text)`, or for an annotated text, `extract` of the text without its notes, given back as written."""
    aids = read_past_notes(text)
    return extract(text) if aids is None else aids.restore(extract(aids.plain))


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
