"""A same-length, width-folded view of the text, so every match offset is also an original offset.

Full-width ASCII (（ ） ： ， ． １) folds to half-width, ideographic/no-break spaces to a plain
space, corner quotes (「」) and the straight ones a line pairs to “”, and traditional characters to simplified ones;
everything else is kept, so the view never shifts offsets and spans need no mapping table.
"""

from __future__ import annotations

import re

from extractor.lazy_re import LazyPattern
from extractor.vocab.traditional import TABLE as _TRADITIONAL

_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_TABLE.update({0x3000: 0x20, 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x200B: 0x20, 0xFEFF: 0x20})
# The bars a WeChat article sets before its headings ("▌二、审计查出问题的整改情况") are decoration: a space.
_TABLE.update({code: 0x20 for code in range(0x2588, 0x2590)})
# A WeChat article's emoji before its headings, items and statuses ("📌（一）…", "整改状态：🔄阶段性完成") are decoration:
# a space; its ✅ a tick (✔), which a ledger's cell may hold for a status.
_TABLE.update(
    {
        code: 0x20
        for start, end in ((0x1F300, 0x1F6FF), (0x1F900, 0x1F9FF), (0x1FA70, 0x1FAFF))
        for code in range(start, end + 1)
    }
)
_TABLE.update({0x23F3: 0x20, 0x231B: 0x20, 0x2B50: 0x20, 0x2757: 0x20, 0x2705: 0x2714})
# …its variation selectors (✔️ is ✔ and U+FE0F) a space too, and a keycap's ring a full stop: "1️⃣ …" reads as "1 . …", a label.
_TABLE.update({0xFE0E: 0x20, 0xFE0F: 0x20, 0x20E3: ord(".")})
# Dashes and quotes that vary between sites fold to one form each.
_TABLE.update({0x2014: 0x2014, 0x2015: 0x2014, 0x2500: 0x2014, 0xFF5E: 0x7E, 0x301C: 0x7E})
# (Corner brackets, the quotes of Hong Kong and Taiwan reprints: 關於「…」的問題 reads as 关于“…”的问题.)
_TABLE.update({ord("「"): ord("“"), ord("」"): ord("”"), ord("『"): ord("“"), ord("』"): ord("”")})
# Traditional characters fold to simplified ones, one for one (reprints: 巡察組 → 巡察组).
_TABLE.update(_TRADITIONAL)


_FOLDED = frozenset(chr(code) for code in _TABLE if _TABLE[code] != code)
# Replacing one character at a time equals one translation only when no character folds to one that
# folds again.
assert not any(chr(_TABLE[ord(char)]) in _FOLDED for char in _FOLDED)


def _as_class(chars: frozenset[str]) -> str:
    """A regex character class of `chars`, runs of consecutive code points written as ranges (the emoji's
    thousands would make a class of single members slow to scan)."""
    codes = sorted(map(ord, chars))
    runs: list[tuple[int, int]] = []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    return "[" + "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in runs) + "]"


# The characters that fold, as one class (compiled on first use: it has a few thousand members).
_FOLDABLE = LazyPattern(_as_class(_FOLDED))


# A text holding more distinct foldable characters than this (a traditional-character reprint) is
# translated in one pass instead: each replacement is a pass over the whole text.
_REPLACE_AT_MOST = 32


# Letters an OCR engine reads for digits, beside digits or date words ("2O23年4月l0曰至5月3l日", "3个方面l4个问题",
# the label "1O.", "正在整改l个"), and 曰 read for 日 after a digit (its own read first: "6月2O曰"): the view reads them
# as the digits (and 日) the page shows.
_OCR_DIGIT = re.compile(
    # (Each form opens with the letter's class: the engine scans for it in C, and seldom finds one.)
    r"[OolI](?:(?<=[0-9][OolI])(?=[0-9年月日曰号个项条.、])|(?<![A-Za-z][OolI])(?=[0-9]{1,3}[年月日曰号个项条])|(?<=[年月][OolI])(?=[0-9])|"
    # (…or a count of one alone between words: "正在整改l个".)
    r"(?<=[\u4e00-\u9fff][OolI])(?=[个项条件]))"
)
_OCR_DAY = re.compile(r"(?<=[0-9])曰")
_AS_DIGIT = {"O": "0", "o": "0", "l": "1", "I": "1"}
_COUNTED = frozenset("个项条件")  # (what a count alone before them counts)


def fold(text: str) -> str:
    """Width-fold `text` without changing its length (and read an OCR engine's letters for digits as digits, and
    straight quotes as curly ones).

    Only the characters the text holds are replaced: a notice uses a handful of the table's
    characters, and a scan for the next one plus one `str.replace` each (all in C) is several times
    faster than `str.translate`, which looks every character of the text up in the table."""
    return _quotes_as_read(_read_ocr_digits(_rare_han_as_common(_width_fold(text))))


# Han characters outside the basic block, which places' and people's names use (湖㳇镇, 䢺水镇, 𬌗): the patterns' classes
# of Chinese words ([\u4e00-\u9fff]) would stop at them, so the view reads each as one rare basic character (乀) that
# no vocabulary word holds. (Values are cut from the original text by offset: the name keeps its own character.)
_RARE_HAN = re.compile("[\u3400-\u4dbf\U00020000-\U0002ebef\U00030000-\U0003134f]")
_RARE_HAN_STAND_IN = "\u4e40"


def _rare_han_as_common(text: str) -> str:
    return _RARE_HAN.sub(_RARE_HAN_STAND_IN, text) if _RARE_HAN.search(text) else text


# Straight quotes a site or an editor set for a Chinese text's curly ones (关于"三重一大"制度, "4111"工作专班): on a line
# of Chinese words with an even number of them, read in turn as “ and ”, so the patterns that look for a quoted
# problem or topic find it. (A line with an odd number is read as it stands: a quote that runs over lines, or one that
# is no quote.)
_STRAIGHT_QUOTE = '"'
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _quotes_as_read(text: str) -> str:
    if _STRAIGHT_QUOTE not in text:
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if _STRAIGHT_QUOTE in line and line.count(_STRAIGHT_QUOTE) % 2 == 0 and _CHINESE.search(line):
            pieces = line.split(_STRAIGHT_QUOTE)
            lines[k] = "".join(piece + "“”"[n % 2] for n, piece in enumerate(pieces[:-1])) + pieces[-1]
    return "\n".join(lines)


def _read_ocr_digits(text: str) -> str:
    if _letter_by_digit(text):
        text = _OCR_DIGIT.sub(lambda m: _AS_DIGIT[m.group()], text)
    if _CN_YEAR_ZERO.search(text):
        text = _CN_YEAR_ZERO.sub(lambda m: m.group(1) + "〇" * len(m.group(2)), text)
    return _OCR_DAY.sub("日", text) if "曰" in text else text


# A year in Chinese numerals typed with a letter or a digit for its 〇: "二O一四年", "二0二四年", "二OO五年".
# (It opens with the year's first numeral, a class the engine scans for in C.)
_CN_YEAR_ZERO = re.compile(r"([一二])([Oo0Ｏ０]{1,2})(?=[〇○一二三四五六七八九]{1,2}年)")


def _letter_by_digit(text: str) -> bool:
    """Whether one of the letters OCR reads for digits stands by a digit (most texts: none; str.find is the
    quickest scan for the few letters a notice holds, in its e-mail addresses and links)."""
    for letter in _AS_DIGIT:
        at = text.find(letter)
        while at >= 0:
            if text[at - 1 : at].isdigit() or text[at + 1 : at + 2].isdigit() or text[at + 1 : at + 2] in _COUNTED:
                return True
            at = text.find(letter, at + 1)
    return False


def _width_fold(text: str) -> str:
    found = _FOLDABLE.search(text)
    for _ in range(_REPLACE_AT_MOST):
        if found is None:
            return text
        char = found.group()
        text = text.replace(char, chr(_TABLE[ord(char)]))
        found = _FOLDABLE.search(text, found.start())  # nothing before it folds any more
    return text.translate(_TABLE) if found else text


def as_written(value: str, folded: str, original: str) -> str:
    """`value`, read in `folded` (the fold of `original`), in the characters `original` writes it in: the view
    keeps offsets, so the same place says it (a traditional-character reprint's 誡勉談話, full-width brackets)."""
    at = folded.find(value)
    if at >= 0:
        return original[at : at + len(value)]
    if folded == original:
        return value
    # A value put together from pieces (a page's 來源 with the notice's 黨組; a name without the alias inside it,
    # "…开发建设管理局党组" from "…开发建设管理局(简称…)党组"): each piece where the text writes it, the longest the text
    # holds first, so a character is not taken from another word a page writes otherwise (信息公開 in its header).
    pieces: list[str] = []
    start = 0
    while start < len(value):
        end = _longest_held(value, start, folded)
        at = folded.find(value[start:end])
        pieces.append(original[at : at + end - start] if at >= 0 else value[start:end])
        start = end
    return "".join(pieces)


def _longest_held(value: str, start: int, folded: str) -> int:
    """The end of the longest piece of `value` from `start` that `folded` holds (at least one character on)."""
    low, high = start + 1, len(value)  # (low: held, or a character the text lacks; high: the most it could be)
    while low < high:
        middle = (low + high + 1) // 2
        if value[start:middle] in folded:
            low = middle
        else:
            high = middle - 1
    return low
