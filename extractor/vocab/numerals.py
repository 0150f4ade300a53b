"""Chinese numerals as they appear in outline labels, counts and dates."""

from __future__ import annotations

_DIGITS = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "O": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_DIGITS = "〇零○一二两三四五六七八九十百"
# The Chinese numbers one to ten in order, as enumerations and labels count (一是 … 十是, 一、 … 十、).
CN_ORDER = "一二三四五六七八九十"
# The value of each one-character number, read without the general rules (most labels are one).
_ONE_CHARACTER = {**{str(d): d for d in range(10)}, **_DIGITS, "十": 10, "百": 100}


def to_int(token: str) -> int | None:
    """Parse 12, １２, 十二, 二十六, 一百零五 or 二〇二三 (digit by digit); None when it is not a number."""
    one = _ONE_CHARACTER.get(token)
    if one is not None:
        return one
    token = token.strip()
    if not token:
        return None
    if token.isdecimal():
        return int(token)
    if "十" not in token and "百" not in token:
        if all(ch in _DIGITS for ch in token):
            value = 0
            for ch in token:
                value = value * 10 + _DIGITS[ch]
            return value
        return None
    total, current = 0, 0
    for ch in token:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current
