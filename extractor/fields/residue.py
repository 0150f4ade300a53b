"""Report fields of a reprint whose converter left pinyin after characters ("對(duì)荊門廣播電視臺(tái)黨委進(jìn)行了巡察").

The residue breaks the words the report's patterns look for (对…进行, 反馈, 巡察组), so the report is read
from the text without it, and each name it gives is then taken from the text as written, residue and all,
as every other field is: a name spans the same characters with the residue put back.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from extractor.models import Report
from extractor.segment.outline import Outline, parse_outline
from extractor.vocab.traditional import PINYIN_RESIDUE

_NAMES = ("title", "issuer", "inspected_unit", "inspection_team", "lead_official")


def has_residue(text: str) -> bool:
    """Whether `text` holds pinyin in brackets after a character ("根據(jù)")."""
    return "(" in text and PINYIN_RESIDUE.search(text) is not None


def report_past_residue(text: str, read: Callable[[Outline, Callable[[int | None], int | None]], Report]) -> Report:
    """The report `read` gives from `text` without its pinyin residue, names restored as written. `read` gets
    the outline of the text without residue and a map from offsets in `text` to offsets in that text."""
    kept: list[int] = []  # kept[i]: the offset in `text` of character i of the text without residue
    pos = 0
    for m in PINYIN_RESIDUE.finditer(text):
        kept.extend(range(pos, m.start()))
        pos = m.end()
    kept.extend(range(pos, len(text)))
    clean = "".join(text[i] for i in kept)

    def to_clean(offset: int | None) -> int | None:
        return None if offset is None else bisect.bisect_left(kept, offset)

    outline = parse_outline(clean)
    report = read(outline, to_clean)
    # Names are found in the text as the report joins its lines (a title over two lines is one name).
    joined = [i for i in kept if text[i] != "\n"]
    flat = "".join(text[i] for i in joined)
    restored = {}
    for name in _NAMES:
        value = getattr(report, name)
        at = flat.find(value) if value else -1
        if at >= 0:
            end = joined[at + len(value) - 1] + 1
            after = PINYIN_RESIDUE.match(text, end)  # the last character's own pinyin goes with it
            restored[name] = text[joined[at] : after.end() if after else end].replace("\n", "")
    return report.model_copy(update=restored)
