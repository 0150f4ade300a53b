"""Status vocabulary: what a notice says about one issue's rectification, normalised.

Only statements in a status position count: after a key (整改情况：已完成), with the issue as
subject (该项已办结, 此问题已解决), in brackets (（已完成）) or as a paragraph of their own. A
sentence describing finished work ("中小养殖户整改完成") is not a status.
"""

from __future__ import annotations

import re

from extractor.models import Status

_LONG_TERM = (
    r"(?:已)?完成(?:整改)?[并，,、]?(?:需要?)?长期坚持|阶段性完成[并，,、]?(?:需要?)?长期坚持|基本完成[并，,、]?(?:需要?)?(?:持续推进|长期坚持|持续整改)|"
    r"已取得阶段性成效|阶段性完成|基本完成|长期坚持|持续推进|长期整改|常态化推进|持续深化|长期推进"
)
_IN_PROGRESS = (
    r"正在(?:整改|推进|落实|办理)中?|持续整改中|整改中|推进中|落实中|办理中|尚未完成|未完成|部分完成|未整改到位"
)
_COMPLETED = (
    r"已完成整改(?:任务)?|已整改完成|已整改完毕|已经完成|已全部完成|已完成|已办结|已整改到位|已全部整改|整改到位|"
    r"已经?解决|已整改|整改完毕|已销号|已落实|已完结|完成整改|整改完成|已清零"
)
_VOCAB: tuple[tuple[Status, re.Pattern[str]], ...] = (
    ("long_term", re.compile(_LONG_TERM)),
    ("in_progress", re.compile(_IN_PROGRESS)),
    ("completed", re.compile(_COMPLETED)),
)
_SUBJECT = r"(?:该项问题|该项|此项|本项|该问题|此问题|本问题|上述问题|该条问题)"
_KEYED = re.compile(
    r"(?:整改|完成|落实|办理)(?:情况|进展|结果|状态|进度)[ \t]*[:：][ \t]*"
    rf"((?:{_SUBJECT}|目前|截至目前)?[，,]?(?:整改)?(?:工作)?[^。；;，,\n]{{0,24}})"
)
_SUBJECT_SENTENCE = re.compile(
    rf"(?:^|[。；;\n])[ \t]*((?:目前|截至目前|现)?[，,]?{_SUBJECT}(?:整改)?(?:工作)?(?:已经)?[^。；;，,\n]{{0,14}})[。；;\n]"
)
_BRACKETED = re.compile(r"[(（【\[][ \t]*((?:整改)?(?:状态|情况)?[:：]?[^()（）【】\[\]\n]{0,14})[)）】\]]")
# The clause right after the problem sentence: "建筑工地围挡不规范。已整改到位。对42个工地…".
_FIRST = re.compile(r"^[ \t。；;，,:：]*([^。；;，,\n]{2,14})(?:[。；;，,\n]|$)")
_ALONE = re.compile(r"^[ \t]*([^。；;，,\n]{2,14})[。；;]?[ \t]*$", re.M)


def classify(clause: str) -> Status | None:
    """The status a short clause states, or None. Long-term and in-progress phrases win over the
    completed vocabulary they contain (阶段性完成, 未完成)."""
    best: tuple[int, int, Status] | None = None
    for status, pattern in _VOCAB:
        m = pattern.search(clause)
        if m and (best is None or (m.start(), -len(m.group())) < (best[0], best[1])):
            best = (m.start(), -len(m.group()), status)
    return best[2] if best else None


def find_status(text: str) -> tuple[Status, str | None]:
    """(status, the phrase as written) for one issue's rectification text."""
    for pattern in (_KEYED, _FIRST, _SUBJECT_SENTENCE, _BRACKETED, _ALONE):
        for m in pattern.finditer(text):
            clause = m.group(1).strip(" \t，,()（）【】[]")
            status = classify(clause)
            # The phrase must open the clause (after its subject), not end a description of work.
            if status is not None and clause.find(_first_phrase(clause)) <= 12:
                return status, clause
    return "not_stated", None


def _first_phrase(clause: str) -> str:
    best: tuple[int, str] | None = None
    for _, pattern in _VOCAB:
        m = pattern.search(clause)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.group())
    return best[1] if best else clause
