"""Text normalisation shared by alignment and metrics.

`norm_text` folds full-width forms (NFKC) and drops whitespace, punctuation (ASCII and CJK) and
invisible format characters, so that "整改到位，" and "整改到位" compare equal.
`norm_category` additionally strips a 关于“…”方面的问题 style wrapper around a heading.
"""

from __future__ import annotations

import re
import string
import unicodedata

_ASCII_PUNCT = frozenset(string.punctuation)


def _dropped(ch: str) -> bool:
    if ch.isspace() or ch in _ASCII_PUNCT:
        return True
    cat = unicodedata.category(ch)
    return cat[0] in "PZ" or cat in ("Cc", "Cf")


def norm_text(text: str | None) -> str:
    """NFKC-fold `text` and remove whitespace and punctuation; None becomes ""."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in folded if not _dropped(ch))


_QUOTES = "\"'“”‘’「」『』"
_CATEGORY_SUFFIXES = (
    "的整改情况",
    "整改情况",
    "方面存在的问题",
    "方面的问题",
    "方面问题",
    "的问题",
    "问题",
    "方面",
)
_WRAPPED = re.compile(r"^关于\s*[" + _QUOTES + r"](?P<core>.+?)[" + _QUOTES + r"]")


def norm_category(text: str | None) -> str:
    """`norm_text` of a heading without a 关于“…”方面/问题 wrapper or a trailing 问题/方面.

    Both sides of a comparison go through the same stripping, so removing a trailing 问题 from a
    heading that genuinely ends in 问题 is harmless.
    """
    if not text:
        return ""
    s = unicodedata.normalize("NFKC", text).strip()
    m = _WRAPPED.match(s)
    if m:
        s = m.group("core")
    else:
        s = s.removeprefix("关于")
    s = s.strip().strip(_QUOTES).strip()
    changed = True
    while changed:
        changed = False
        for suffix in _CATEGORY_SUFFIXES:
            if len(s) > len(suffix) and s.endswith(suffix):
                s = s[: -len(suffix)].rstrip().rstrip(_QUOTES)
                changed = True
    return norm_text(s)


def norm_phone(text: str | None) -> str:
    """Digits only: "0731-5857 8888" and "（0731）58578888" compare equal."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text or "") if ch.isdigit())


def norm_email(text: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split()).lower()
