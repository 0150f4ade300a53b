"""Find quoted text in the source, exactly or after width/space/punctuation folding.

The LLM path uses this to reject text that is not in the document; spans always point into the
decoded text, so a folded match is mapped back to original offsets.
"""

from __future__ import annotations

from extractor.lazy_re import LazyPattern
from extractor.segment.fold import fold

_SKIP = LazyPattern(r"[\s\u3000\xa0，,。．.、；;：:！!？?“”\"‘’'（）()《》<>【】\[\]—\-]")


def _squeeze(text: str) -> tuple[str, list[int]]:
    """Folded text without spaces and punctuation, with each kept character's original offset."""
    folded = fold(text)
    kept, offsets = [], []
    for i, ch in enumerate(folded):
        if not _SKIP.match(ch):
            kept.append(ch)
            offsets.append(i)
    return "".join(kept), offsets


def locate(quote: str, text: str, start: int = 0) -> tuple[int, int] | None:
    """[start, end) of `quote` in `text` at or after `start`, or None when it is not there."""
    quote = quote.strip()
    if not quote:
        return None
    exact = text.find(quote, start)
    if exact >= 0:
        return exact, exact + len(quote)
    squeezed_quote, _ = _squeeze(quote)
    if not squeezed_quote:
        return None
    squeezed, offsets = _squeeze(text)
    first = next((k for k, off in enumerate(offsets) if off >= start), len(offsets))
    hit = squeezed.find(squeezed_quote, first)
    if hit < 0:
        return None
    return offsets[hit], offsets[hit + len(squeezed_quote) - 1] + 1
