"""Markdown, as page-to-text tools now save web pages: the notice's text without the markup.

A reader service or a crawler that writes Markdown puts `## 一、…` and `**（一）…**` around headings, `[首页](…)`
around links, `1\\.` for a label it must not read as a list, and `| 序号 | 问题 | … |` rows for a ledger. Each
would stand in front of a label or a key the rules look for. The markup is taken out line by line, a table's
rows becoming tab-separated cells as the other loaders give them; a text is read as Markdown only where
several of its lines carry such markup, so a notice's own asterisks and brackets stay.
"""

from __future__ import annotations

import re

# Markup that only Markdown writes: one line of it makes a text Markdown (a heading, a line in bold, a
# table's rule); links and emphasis inside lines must come on `_MARKED_LINES` lines.
# (The indent possessive, `*+`: given back a space at a time, each try scanned the rest of a line of spaces again.)
_MARKDOWN_LINE = re.compile(r"^[ \t]*+(?:#{1,6}[ \t]+\S|\*\*[^*\n]+\*\*[ \t]*$|\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+)", re.M)
# (Not stars a reprint masks names with, inside words or in runs: "**区半月沟…中天外环**排口", "****环境局".)
_MARKED = re.compile(
    r"(?<![\u4e00-\u9fff*])\*\*[^*\n]+\*\*(?![\u4e00-\u9fff*])|__[^_\n]+__|!?\[[^\[\]\n]*\]\([^()\n]*\)"
)
_MARKED_LINES = 3
# Or most lines open with a list bullet or a quote mark (a page saved as one list, or quoted whole).
_BULLETED = re.compile(r"^[ \t]*(?:[-*+]|>)[ \t]", re.M)
_TABLE_RULE = re.compile(r"^[ \t]*+\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?$")
_TABLE_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$")
_THEMATIC_BREAK = re.compile(r"^[ \t]*(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
# Quote marks, heading hashes and list bullets at a line's start; a page number "- 3 -" keeps its dashes.
_LINE_MARKS = re.compile(r"^[ \t]*(?:(?:>[ \t]?)+|#{1,6}[ \t]+|[-*+][ \t]+(?=\S)(?!\d+[ \t]*-[ \t]*$))*")
# (No bracket inside a bracket's text: each scan stops at the next opening one, so a line of them is linear.)
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)")
_LINK = re.compile(r"\[([^\[\]\n]*)\]\([^()\n]*\)")
_EMPHASIS = re.compile(r"\*\*([^*\n]+)\*\*|__([^_\n]+)__")
# One star around a word that stands apart ("原创 清风某县 *清风某县* 2024年11月05日 17:42 *浙江*"); a star inside
# a word is a masked name's (李*明) and stays.
_STARRED_WORD = re.compile(r"(?:(?<=[ \t])|^)\*([^*\s][^*\n]{0,30}?)(?<!\s)\*(?=[ \t]|$)", re.M)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def looks_like_markdown(text: str) -> bool:
    """Whether `text` carries markup that only Markdown writes (see `_MARKDOWN_LINE`, `_MARKED`, `_BULLETED`)."""
    if not any(mark in text for mark in ("#", "*", "|", "](", "__", "- ", "+ ", "> ")):
        return False
    if _MARKDOWN_LINE.search(text):
        return True
    if len({text.count("\n", 0, m.start()) for m in _MARKED.finditer(text)}) >= _MARKED_LINES:
        return True
    bulleted = len(_BULLETED.findall(text))
    return bulleted >= 3 and bulleted * 5 >= 3 * sum(1 for line in text.split("\n") if line.strip())


def plain_text(text: str) -> str:
    """`text` with its Markdown markup taken out, line by line."""
    out: list[str] = []
    for line in text.split("\n"):
        if _TABLE_RULE.match(line) or _THEMATIC_BREAK.match(line):
            continue
        row = _TABLE_ROW.match(line)
        if row:
            line = "\t".join(cell.strip() for cell in row.group(1).split("|"))
        line = _LINE_MARKS.sub("", line, count=1)
        line = _LINK.sub(r"\1", _IMAGE.sub("", line))
        line = _STARRED_WORD.sub(r"\1", _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), line))
        out.append(_ESCAPE.sub(r"\1", line))
    return "\n".join(out)
