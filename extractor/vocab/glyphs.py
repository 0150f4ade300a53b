"""Characters that text extraction puts in place of the ones the notice was written with.

A PDF whose font maps some glyphs to Unicode's radical blocks gives `⼀、`, `⼯作`, `⽅⾯`, `⻔` where
the page shows 一、 工作 方面 门: the text reads the same to the eye but matches no word of the
vocabulary. These are damage, not the author's characters (unlike a traditional-character reprint),
so the loader puts the ordinary character back, one for one.

- Kangxi radicals (U+2F00-U+2FD5) and CJK compatibility ideographs (U+F900-U+FAFF): Unicode's own
  compatibility mapping (NFKC) names the ordinary character, so the table is derived from it, but for
  two whose mapping is a variant simplified text does not use (`SIMPLIFIED_READINGS`).
- CJK radicals supplement (U+2E80-U+2EF3): only two have such a mapping, but PDFs use the simplified
  radical forms that are whole characters too; `SUPPLEMENT_FORMS` lists them.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from extractor.lazy_re import compile_shared

# Radicals-supplement forms that stand for a whole simplified character, written as aligned strings:
# SUPPLEMENT_FORMS[i] is read as SUPPLEMENT_CHARS[i].
SUPPLEMENT_FORMS = "⺠⻄⻅⻆⻉⻋⻓⻔⻚⻛⻜⻝⻢⻥⻦⻨⻩⻬⻮⻰⻳"
SUPPLEMENT_CHARS = "民西见角贝车长门页风飞食马鱼鸟麦黄齐齿龙龟"
assert len(SUPPLEMENT_FORMS) == len(SUPPLEMENT_CHARS)

# Kangxi radicals whose Unicode mapping is a variant that simplified text does not use: a simplified
# font's 户 and 青 come out as these radicals (用⼾, ⾭年), whose mapping gives 戶 and 靑.
SIMPLIFIED_READINGS = {"⼾": "户", "⾭": "青"}

# Where extraction's stand-ins live: one search of the text for any of them.
STAND_IN = compile_shared("[\u2e80-\u2fdf\uf900-\ufaff]")


@functools.cache
def stand_in_table() -> dict[int, str]:
    """Stand-in character → the ordinary one (for `str.translate`); built when a text holds one."""
    table: dict[int, str] = {}
    for code in [*range(0x2F00, 0x2FD6), *range(0xF900, 0xFB00)]:
        plain = unicodedata.normalize("NFKC", chr(code))
        if len(plain) == 1 and plain != chr(code):
            table[code] = plain
    table.update(zip(map(ord, SUPPLEMENT_FORMS), SUPPLEMENT_CHARS, strict=True))
    table.update({ord(radical): char for radical, char in SIMPLIFIED_READINGS.items()})
    return table


# An outline's second-level label set as one character, as a Word list's numbering copies out: ㈠ ㈡ … ㈩ (U+3220-U+3229)
# show (一) … (十); read as those three characters at load time, so the outline knows them as the labels they show.
ENCLOSED_LABEL = compile_shared("[\u3220-\u3229]")


def enclosed_label(m: re.Match[str]) -> str:
    """The label an enclosed ideograph shows (㈢ → （三）), as the full-width brackets a notice sets it in."""
    return "（" + unicodedata.normalize("NFKC", m.group())[1:-1] + "）"


# Characters that show nothing, which text copied from WeChat articles and editors carries between words (zero-width
# spaces and joiners, word joiners, a byte-order mark mid-text, soft hyphens): taken out at load time, so no
# pattern has to allow for them ("，\u200b对其他相关干部…" is "，对其他相关干部…").
INVISIBLE = compile_shared("[\u200b-\u200d\u2060\ufeff\u00ad]")
# Spaces a page sets for a plain one (a no-break space from &nbsp;, en, em, thin and narrow no-break spaces): read as
# the plain space at load time, one for one, so a line's indent and a gap between cells read the same whatever the
# site wrote. (Not the ideographic space, 　, a Chinese text's own indent and gap, which the folded view reads.)
PLAIN_SPACES = {ord(space): " " for space in "\xa0\u2002\u2003\u2009\u202f"}
# A space a PDF's text sets on each side of a run of digits among Chinese characters, where the page shows none (the
# digits set in another font: "于 2023 年 3 月 5 日", "发现 12 个问题", "市委第 3 巡察组"). A text that keeps doing so
# (`DIGIT_SPACES_AT_LEAST` such spaces, and more of them than digits closed up to a character) is read without them,
# its values given back with them (`load.reading_aids`); elsewhere a space by a digit may part two fields of a page
# that lost its line breaks ("…予以公示 2023年5月6日"). (Not a space before a day in figures that ends its line: a list
# of links sets each title's day so, "…反馈巡察情况 05-06", a PDF no date.)
DIGIT_SPACE = compile_shared(
    r" (?:(?<=[\u4e00-\u9fff] )(?=\d)(?!\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?[ \t]*(?:\n|$))|(?<=\d )(?=[\u4e00-\u9fff]))"
)
DIGIT_CLOSED_UP = compile_shared(r"[\u4e00-\u9fff]\d|\d[\u4e00-\u9fff]")
DIGIT_SPACES_AT_LEAST = 3
# Question marks a page's encoding left for the no-break spaces it set around a table's cells ("?" / "? ? ?受理编号" / "?
# 1"): at a line's start or end, a run of them and spaces is a gap, read as spaces one for one at load time, where a
# text has `GARBLED_GAPS_AT_LEAST` lines that open so (one "?" opening a line may be the notice's own).
GARBLED_GAP = compile_shared(r"^[ \t]*\?[? \t]*(?=[^\s?。，,；;：:！!、]|$)|(?<=[^\s?])[ \t]*\?[? \t]*$", re.M)
GARBLED_GAPS_AT_LEAST = 5
# What a page's encoding left for characters it lost, before a title's words: "???????? 中共達州市委" / "關于…".
LOST_MARKS = "?？\ufffd"
# A gap of spaces wider than any page sets (a PDF-to-text tool's widest columns come within it), cut to that width at
# load time: every pattern that allows spaces before its words tries each of them in turn, so a hostile run of 100,000
# would cost each such search the run's length squared.
WIDEST_GAP = 200
WIDER_GAP = compile_shared(rf"(?<![ \t\u3000])[ \t\u3000]{{{WIDEST_GAP + 1},}}")


# HTML character references left in text scraped from a page (&nbsp;&nbsp;关于&ldquo;…&rdquo;): named ones
# and numeric ones. Two or more make a text read as scraped; a lone "&x;" may be the notice's own.
CHARACTER_REFERENCE = compile_shared(r"&(?:[A-Za-z]{2,8}\d{0,2}|#\d{2,7}|#[xX][0-9A-Fa-f]{2,6});")


# Tags left in text copied out of a page's source ("<strong>二、巡察反馈问题整改落实情况</strong><br>", a spam mirror's empty
# "<video id=…><source id=…></source></video>"): two or more make a text read as such; those of LINE_TAGS end a line, the
# rest style words.
MARKUP_TAG = compile_shared(
    r"</?(strong|b|em|i|u|span|font|br|p|div|section|h[1-6]|sup|sub|li|ul|ol|td|tr|table|tbody|center|"
    r"video|audio|source|object|mark|img|iframe|embed)\b[^<>\n]{0,200}/?>",
    re.IGNORECASE,
)
# Tags alone to the end of a line ('<video id="mzcvq"><mark id="mzcvq"></mark></video>'), as a spam mirror sets them.
TAGS_TO_LINE_END = r"(?:</?[A-Za-z][^<>\n]{0,200}>[ \t]*)+$"
# A list's number before nothing but tags ('1. <source id="mzcvq"><td id="mzcvq"></td></source>', as a spam mirror's
# empty list sets it): no label of the notice's outline, taken out with the tags.
LABEL_OVER_TAGS = compile_shared(rf"^([ \t]*)\d{{1,3}}[.、．][ \t]*(?={TAGS_TO_LINE_END})", re.MULTILINE)
LINE_TAGS = frozenset(("br", "p", "div", "section", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "center"))


# Outline labels an OCR engine misreads at a line's start: "—、" or "-、" for 一、, "（-）" for （一）, "l." for 1.
# (Read back on loading: a label is no value the output quotes, and every step after reads the labels.)
MISREAD_LABEL = compile_shared(r"^([ \t\u3000\xa0]*)(?:[—\-－](?=、)|([(（])[—\-－](?=[)）])|l(?=[.、．]))", re.M)
# …and 一 read for the 、 after a number: "二一巡察反馈问题整改落实情况" (二、), "2一落实乡村振兴战略…" (2、); read so only
# where the text has the label before it (一、 or 1、 at a line's start), since "三一重工" or "2一3月" may be words.
MISREAD_COMMA = compile_shared(
    r"^([ \t\u3000\xa0]*)([二三四五六七八九]|[2-9])一(?=[\u4e00-\u9fff])(?![一二三四五六七八九十月日年个项])", re.M
)

# A table flattened one cell a line, each cell closed with a bar after a space ("序号 |" / "受理编号 |" / … / "48 |"):
# the bars are the table's rules, no part of the cells. (Not a Markdown table's row, which opens with its bar too.)
CELL_BARS = "|｜"
CELL_BARS_AT_LEAST = 3  # the fewest lines so closed that make a flattened table
