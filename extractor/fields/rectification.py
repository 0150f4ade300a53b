"""Cause, measures and documents issued, from one issue's rectification text."""

from __future__ import annotations

from extractor.fields.status import STATUS_EDGE, without_unticked
from extractor.lazy_re import compile_shared, opener_test
from extractor.segment.fold import fold
from extractor.vocab.headings import CAUSE_KEY as _CAUSE_KEY
from extractor.vocab.headings import ENUM as _ENUM
from extractor.vocab.headings import ENUM_AFTER_BREAK as _ENUM_AFTER_BREAK
from extractor.vocab.headings import KEYED_FIELDS_APART as _KEYED_FIELDS_APART
from extractor.vocab.headings import LEAD_IN as _PROBLEM_LEAD
from extractor.vocab.headings import MEASURE_KEY as _MEASURE_KEY
from extractor.vocab.headings import MEASURE_LABEL as _LABEL
from extractor.vocab.headings import OTHER_KEY as _OTHER_KEY
from extractor.vocab.headings import RECT_KEY as _KEY
from extractor.vocab.headings import RUN_IN_HEADING as _RUN_IN
from extractor.vocab.status import ACCEPTANCE_AFTER

_SENTENCE = compile_shared(r"[^。；;!！?？\n]+[。；;!！?？]?")
_EDGE = " \t\n\u3000。；;，,—√☑✓✔■"
# Time words left where a status sentence was taken out: "…学习。目前" once "该问题已完成" is gone.
# (And the brackets it stood in, with their key: "…公开一次。（已整改）" leaves no "（）", "（整改状态：已完成）" no
# "（整改状态：）", nor "（立行立改，已完成）" a "（立行立改，）".)
_DANGLING_LEAD = compile_shared(
    r"(?:截至目前|截至[^。；;，,\n]{2,12}|目前|当前|现|至此)[，,]?[ \t]*(?=[。；;\n]|$)|"
    r"[(（【\[][ \t]*(?:(?:整改)?(?:状态|情况|进度|进展|结果)[ \t]*[:：]|[^()（）【】\[\]\n，,:：]{2,6}[，,])?[ \t]*[)）】\]]"
)
_ACCEPTANCE_AFTER = compile_shared(ACCEPTANCE_AFTER)
_WORDLESS = compile_shared(r"[\W_]+")  # a piece with no word in it ("?" where a page lost its characters)
_STATUS_LINE_EDGE = STATUS_EDGE + "。；;"  # around a line that is only the status: "（已完成）。", "——已完成"
# Another key (责任单位：…, a line dropped) or else the measures' key (整改措施：…, taken off the line): one
# match for both, the other key tried first as when they were two.
_OTHER_OR_MEASURE_KEY = compile_shared(f"(?P<other>{_OTHER_KEY.pattern})|{_MEASURE_KEY.pattern}")
_may_open_key = opener_test(_OTHER_OR_MEASURE_KEY)
_KEY_REACH = 12  # the characters a key and its colon take at most ("【问题整改落实情况】：")
_DOC = compile_shared(r"《([^《》\n]{2,80}(?:《[^《》\n]{1,60}》[^《》\n]{0,40})*)》")


def _keyed(line: str) -> bool:
    """Whether a key's colon stands among the line's first characters."""
    return line.find("：", 0, _KEY_REACH) >= 0 or line.find(":", 0, _KEY_REACH) >= 0


_PROSE_AT_LEAST = 20  # the fewest characters of a key's value that make it sentences a page may carry on below


def _goes_on_below(value: str) -> bool:
    """Whether an aside key's value is sentences, not a name or a date ("调查核实情况：收到举报信件后，…处理。", not
    "责任单位：县水利局"): lines after it with no key of their own carry it on."""
    return len(value) >= _PROSE_AT_LEAST and value.rstrip().endswith(("。", "；", ";"))


def _measure_part(line: str) -> str:
    """`line` without the measures' key that opens it ("整改措施：…"); nothing of a line under another key
    (责任人：…)."""
    key = _OTHER_OR_MEASURE_KEY.match(line)
    if key is None:
        return line
    return "" if key.group("other") is not None else line[key.end() :]


def split_rectification(text: str, status_text: str | None) -> tuple[str | None, list[str]]:
    """(cause, measures) from one issue's rectification text (paragraphs on their own lines), keys
    and status dropped."""
    cause_parts: list[str] = []
    measure_text: list[str] = []
    lines = without_unticked(text).split("\n")
    if " " in text or "\t" in text or "\u3000" in text or "\xa0" in text:  # (keyed fields apart need a space)
        lines = [part for line in lines for part in _KEYED_FIELDS_APART.split(line)]
    aside = False  # (whether the lines go on with what an aside key opened: its sentences, no measure)
    for line in lines:
        line = line.strip(" \t\u3000\xa0")
        if not line:
            continue
        # (The words first: most lines open with none, and are spared the match.)
        cause_key = _CAUSE_KEY.match(line) if "原因" in line[:9] else None
        if cause_key:
            cause_parts.append(line[cause_key.end() :].rstrip("。； "))
            continue
        if "：" in line or ":" in line:
            lead = _PROBLEM_LEAD.match(line)
            if lead and lead.group().endswith(("：", ":")):
                continue  # the finding as fed back, keyed under its heading ("督察反馈：…"), is no measure
        key = _OTHER_OR_MEASURE_KEY.match(line)
        if key:
            aside = key.group("other") is not None and _goes_on_below(line[key.end() :])
            if key.group("other") is not None:
                continue
            line = line[key.end() :]
        elif aside and not _keyed(line):
            continue  # ("调查核实情况：收到举报信件后，…。" / "9月18日下午，…检测。": the findings, each sentence apart)
        bare = line.strip(_STATUS_LINE_EDGE) if status_text else ""
        if status_text and bare.startswith(status_text):
            # (A key may follow the status: "（已完成）。整改措施：…".)
            line = bare[len(status_text) :].strip(_STATUS_LINE_EDGE)
            line = _measure_part(line) if _may_open_key(line) else line
        if line:
            measure_text.append(line)
    cause = "；".join(cause_parts) or None
    text = "\n".join(measure_text)
    if status_text and status_text in text:
        # (With the time words that led into it, "目前该问题已完成" leaves no "目前" behind, and what it goes on to say of
        # the acceptance, "，具备销号条件".)
        folded, said = fold(text), fold(status_text)  # (matched folded: a reprint's 達到 is 达到)
        kept, last, at = [], 0, folded.find(said)
        while at >= 0:
            after = _ACCEPTANCE_AFTER.match(folded, at + len(said))
            assert after is not None  # (every part optional: always matches)
            kept.append(text[last:at])
            last = after.end()
            at = folded.find(said, last)
        text = _DANGLING_LEAD.sub("", "".join(kept) + text[last:])
    return cause, _measures(text)


def _measures(text: str) -> list[str]:
    """Split on 一是/二是…, （1）…, 1. … enumerations when the text uses them, else on sentences."""
    if not text:
        return []
    # Where `_ENUM.finditer` would match: at the start, and after each break an item follows (an item
    # holds no break, so the two never disagree).
    starts = ([0] if _ENUM.match(text) else []) + [m.end() for m in _ENUM_AFTER_BREAK.finditer(text)]
    if len(starts) >= 2:
        parts = []
        if starts[0] > 0:
            parts.append(text[: starts[0]])
        parts += [text[s:e] for s, e in zip(starts, starts[1:] + [len(text)])]
        if "\n" in text:  # (a paragraph after the last item, 整改成效 say, is a measure of its own)
            parts = [piece for part in parts for piece in part.split("\n")]
    else:
        parts = _SENTENCE.findall(text)
    measures = []
    for part in parts:
        part = part.strip(_EDGE)
        label = _LABEL.match(part)  # (anchored at the start: a match, not a substitution)
        if label:
            part = part[label.end() :]
        if ("：" in part or ":" in part) and _keyed(part):
            # A key within a line, its own sentence: "…。整改时限：6月底。" is no measure, "…。整改情况：，长效机制
            # 已建立" (its status taken out) is one without its key.
            part = part.lstrip(_EDGE)
            part = _measure_part(part) if _may_open_key(part) else part
        part = part.strip(_EDGE)
        # (A key run into the measures whose status was taken out, "…计划。整改情况：", is no measure; nor a
        # piece with no word in it.)
        if part and not (part[-1] in ":：" and _KEY.fullmatch(part)) and not _WORDLESS.fullmatch(part):
            measures.append(part)
    # Each measure is a piece of `text`: where the text never says 方面, none is a run-in heading.
    return _lead_with_run_in_headings(measures) if "方面" in text else measures


def _lead_with_run_in_headings(measures: list[str]) -> list[str]:
    """A run-in heading is not a measure of its own: it stays at the head of the measure after it."""
    out: list[str] = []
    heading = ""
    for measure in measures:
        if "方面" in measure and _RUN_IN.fullmatch(measure):
            heading += measure + "。"
            continue
        out.append(heading + measure)
        heading = ""
    if heading:
        out.append(heading.rstrip("。"))
    return out


def find_documents(text: str) -> list[str]:
    """Titles in 《》 (outermost when nested), in order, without repeats."""
    if "《" not in text:
        return []
    return list(dict.fromkeys(m.group(1) for m in _DOC.finditer(text)))
