"""Heading label forms of the 公文 outline, and the rectification keys that open a paragraph.

Chinese official documents number their outline 一、 > （一） > 1. > （1） > ①, with 第一方面问题,
问题1： and 第一个问题： as notice-specific forms. Each form is one entry of `MARKERS`: its kind, and a pattern matched
at the start of a folded line whose group 1 is the number. `path_label` writes a label the way the
output contract's `path` does; `normalise_label` does the same for a label given as free text (an
LLM's answer), so both backends write one form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from extractor.lazy_re import SPACES, LazyPattern, compile_shared
from extractor.vocab.dates import BODY_NAME_LAST
from extractor.vocab.furniture import META_KEYS
from extractor.vocab.status import STATUS_GROUP

CN = "一二三四五六七八九十"
_SPACE = r"[ \t]*"
MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("fm", compile_shared(rf"第([{CN}\d]{{1,3}})(方面|部分|板块|大类|类)(?:的)?(?:问题)?{_SPACE}[:,、.]?")),
    # (…or with a colon where its 、 belongs: "三:整改完成情况:"; or a comma before it, in a copy that doubles its
    # punctuation: "一,、整改问题".)
    ("cn", compile_shared(rf"([{CN}]{{1,3}}){_SPACE}(?:[,，]?[、.]|[:：](?=[\u4e00-\u9fff]))")),
    # (一) as printed, in the other brackets pages use (【一】 〔一〕), or with its opening bracket lost (一）).
    ("pcn", compile_shared(rf"[(【〔\[]?{_SPACE}([{CN}]{{1,3}}){_SPACE}[)】〕\]]{_SPACE}[、.]?")),
    ("pnum", compile_shared(rf"[(【〔\[]{_SPACE}(\d{{1,3}}){_SPACE}[)】〕\]]{_SPACE}[、.]?")),
    ("num", compile_shared(r"(\d{1,3})[ \t]*(?:、|\.(?!\d)|．)")),
    ("numparen", compile_shared(r"(\d{1,3})\)(?!\))")),
    ("circled", compile_shared(r"([①-⑳])")),
    # Numbers set as one character: ⑴ ⑵ (parenthesised), ⒈ ⒉ (with a full stop), Ⅰ、Ⅱ. (Roman).
    ("pnumc", compile_shared(r"([⑴-⒇])")),
    ("numc", compile_shared(r"([⒈-⒛])")),
    ("roman", compile_shared(r"([Ⅰ-Ⅻ])[ \t]*[、.．]")),
    # 问题1：, 【问题一】, 反馈问题2：, 问题（三）：, 具体问题1：, 问题编号5：
    (
        "wt",
        compile_shared(
            rf"【?(?:巡[察视]反馈|反馈|存在|具体)?问题(?:编号)?{_SPACE}[(]?([{CN}\d]{{1,3}})[)]?(?:】|{_SPACE}[:：、.])"
        ),
    ),
    ("nth", compile_shared(rf"第([{CN}\d]{{1,3}})(个|项|条)问题{_SPACE}[:：、.]")),
    # 第1项：, 第二条： (a 督察 list of tasks)
    ("item", compile_shared(rf"第([{CN}\d]{{1,3}})(项|条){_SPACE}[:：、.]")),
    # 一是…二是…, 第一，…第二，…, 其一，…其二，… as items: only where each carries its own rectification key
    # (`ITEM_KEY`, checked by the outline); elsewhere an enumeration inside a paragraph (measures listed).
    ("shi", compile_shared(rf"([{CN}]{{1,2}})是(?![ \t]*[，,:：。])")),
    ("di", compile_shared(rf"第([{CN}]{{1,2}})[ \t]*[，,、]")),
    ("qi", compile_shared(rf"其([{CN}]{{1,2}})[ \t]*[，,、]")),
)
# The forms whose label keeps the unit after its number (第一方面, 第三个问题, 第1项).
UNIT_KINDS = ("fm", "nth", "item")
# The forms whose label is one character standing for its number (① is 1, ⑵ is 2, Ⅲ is 3).
CHARACTER_NUMBERS = ("circled", "pnumc", "numc", "roman")
# The enumeration forms above, which head an item only where it carries its own rectification key.
ENUMERATION_KINDS = ("shi", "di", "qi")
# Bullets a page may set before an item instead of a number ("◆理论学习不深入"): no part of the problem.
BULLETS = "◆◇●○■□▲△►▶•·★☆▪➢※◎◉⊙▸▷❖✦➤♦"
# "21.2018年…" is item 21, but "1.5万亩…" is a decimal: a digit after the dot is accepted only
# when the number continues the running sequence.
WEAK_NUM = compile_shared(r"(\d{1,3})\.(?=\d)")
# …and "1.4个部门超范围发放津补贴" is item 1 (its group's first) whose problem opens with a count: no decimal counts
# whole things (个, 家, 名…).
_WHOLE_THINGS = r"个|家|名|所|户|起|件|笔|批|类|处|座|辆|条|项|宗|份|村|人(?!民)"  # (counted whole, never in decimals)
COUNT_AFTER = compile_shared(rf"\d{{1,3}}\.\d{{1,4}}[ \t]*(?:{_WHOLE_THINGS})")
# "1.1 服务国家战略意识不强" under "1.…方面": a decimal label numbers the items of the item its first number
# names (an enterprise's outline), but "1.5万亩…" is a decimal with its unit. (Read only under the open
# item of that first number; its label is written as printed, "1.1".)
DECIMAL_LABEL = compile_shared(
    r"(\d{1,2})\.(\d{1,2})(?![\d.])(?:[ \t]*[、．.])?(?![ \t]*[万亿千百十%％‰元个项人次倍户家名条米吨亩公])"
)
# "1.2023年…": an item whose text opens with a year is a heading whatever its number.
YEAR_AFTER = compile_shared(r"(\d{1,3})\.(?=(?:19|20)\d{2}年)")
# An item that names the area of a finding rather than stating it: "1.关于落实意识形态工作责任制方面。<its rectification>".
TOPIC_ITEM = compile_shared(r"^(?:关于|针对)[^。；;，,]{2,60}方面$")
# An unnumbered heading that quotes the inspection: 关于“…”方面的问题; or one set in brackets that names an
# area of findings: 【落实全面从严治党战略部署方面】; or one that groups findings by status, its label lost (a Word
# list's numbering gone in conversion): 已完成整改的问题 (with its 的: "已完成整改任务" alone is an item's status).
UNNUMBERED_HEADING = compile_shared(
    r"关于“[^”]{2,80}”(?:方面)?(?:的|存在的)?(?:问题)?(?:的整改(?:情况)?)?[:。]?$|【[^【】。；;]{2,40}方面(?:的?问题)?】$|"
    rf"(?=[^\n]{{0,24}}的(?:整改)?(?:问题|事项|任务)(?:[（(][^()（）\n]{{0,16}}[)）])?$){STATUS_GROUP}|"
    rf"(?=(?:以下|下列)[^\n]{{2,24}}[:：]$){STATUS_GROUP}"
)
# In a text whose outline lost every label (a Word file's numbering gone in conversion), an area of findings or
# the plans ahead on a line of its own heads what follows it too: "落实全面从严治党方面", "下一步工作打算".
LOST_LABEL_HEADING = compile_shared(
    r"[^，,。；;：:“”\s]{4,30}方面(?:的?问题)?$|(?:下一步|下步|今后)(?:工作)?(?:打算|计划|安排|措施|举措|思路)$"
)
# Whether a text has any outline label at a line's start (else its labels were lost).
ANY_LABEL = compile_shared(
    r"^[ \t]*(?:[一二三四五六七八九十]{1,3}[ \t]*、|[(（][ \t]*[一二三四五六七八九十]{1,3}[ \t]*[)）]|\d{1,2}[ \t]*[.、．](?!\d))",
    re.M,
)
# A second marker inside a heading line ("（三）…方面存在的问题8.重业务轻党建问题突出").
EMBEDDED = LazyPattern(rf"(?<=[^\d\s(])(?:(\d{{1,3}})[.、](?!\d)|\(([{CN}]{{1,3}})\)|\((\d{{1,3}})\))", skip=True)
# The stages of an item's rectification text, in the order notices key it: the cause, the measures, who
# answers for it and by when, how it stands. A plain paragraph between two keys of rising stage goes on
# with the first ("整改措施：…" / "同时将…" / "整改情况：…"); where the stage repeats or falls back, the
# paragraph before the second key is the next item's problem.
# The keys that introduce an issue's cause ("原因分析：", "【产生问题的原因】").
CAUSE_WORDS = ("产生问题的原因", "问题产生的原因", "原因分析", "原因剖析", "问题原因", "产生原因", "主要原因", "原因")
# The keys of the measures taken ("整改措施：…", "整改举措：…", "主要措施：…", "已采取的整改措施：…").
MEASURE_KEY_WORDS = (
    *("整改措施", "整改举措", "具体措施", "主要措施", "工作措施", "采取措施"),
    *("已采取的整改措施", "采取的整改措施", "已采取整改措施", "已采取措施"),
)
# The keys of who answers for an item and by when ("责任单位：…", "完成时限：…").
ASIDE_KEY_WORDS = (
    *("责任单位", "责任领导", "责任人", "责任部门", "责任科室", "责任股室", "督办领导"),
    *("牵头单位", "牵头领导", "配合单位", "整改责任单位", "整改责任人", "整改责任部门", "整改责任领导"),
    *("完成时限", "整改时限", "整改期限", "完成时间", "整改时间", "时限要求", "完成期限"),
)
# The keys of how an item stands, or what was done and came of it ("整改情况：…", "整改进展：…", "销号情况：…").
PROGRESS_KEY_WORDS = (
    *("整改情况", "整改进展", "整改结果", "整改成效", "整改落实情况", "整改完成情况", "整改进度"),
    *("整改状态", "进展情况", "目前进展", "落实情况", "完成情况", "处理情况", "问责情况", "销号情况"),
)
# …and those read as keys only before a colon or over a value, since a title's line may end in them (…整改进展情况).
COLON_ONLY_PROGRESS_KEYS = ("整改进展情况",)
KEY_STAGES: dict[str, int] = {
    **dict.fromkeys(CAUSE_WORDS, 1),
    **dict.fromkeys((*MEASURE_KEY_WORDS, "整改目标", "整改要求"), 2),
    **dict.fromkeys(ASIDE_KEY_WORDS, 3),
    **dict.fromkeys(PROGRESS_KEY_WORDS, 4),
}


def alternatives(words: Iterable[str]) -> str:
    """`words` as a pattern's alternatives, the longest first (整改进展情况 before 整改进展)."""
    return "|".join(sorted(set(words), key=lambda word: (-len(word), word)))


STAGED_KEYS = alternatives(KEY_STAGES)  # (every key of KEY_STAGES)
# The keys an item's measures or its progress open with, each taken off the measures' line.
MEASURE_OR_PROGRESS_KEYS = alternatives((*MEASURE_KEY_WORDS, *PROGRESS_KEY_WORDS, *COLON_ONLY_PROGRESS_KEYS))
# Paragraphs a page ran together with spaces: a sentence's end, spaces, an outline label or a bullet ...
_RUN_LABEL = (
    rf"(?=[{CN}]{{1,3}}、|[（(][{CN}\d]{{1,3}}[)）]|\d{{1,3}}(?:、|[.．](?!\d))|第[{CN}]+方面|(?:巡[察视]反馈|反馈|存在|具体)?问题[{CN}\d]{{1,3}}(?:[:：、．]|\.(?!\d))|[◆●■▲★♦➢►▶]|"
    # (…or a label before a count of whole things, no decimal: "。 5.2个养护项目未经招标…")
    rf"\d{{1,3}}\.\d{{1,4}}[ \t]*(?:{_WHOLE_THINGS}))"
)
# ... or a rectification key ("…不够透彻。 原因分析：…。 整改情况：…", a notice run into one line).
_RUN_KEY = rf"(?=(?:{STAGED_KEYS})[ \t]*[:：])"
# ... or a problem's key, which opens the next item ("…已完成。 反馈问题：…"), or the task a 督察's form states it as
# ("…予以公示。 整改任务：…"), or the problem's number in the round's list ("…手机查看 问题编号5:…").
PROBLEM_KEY_WORDS = "问题描述|存在问题|反馈问题|具体问题|主要问题|问题内容|问题表现|具体表现|主要表现"
# …and with them, before a colon or in brackets, those named for the inspection that fed the problem back:
# "【巡察反馈问题】…", "反馈意见：…".
PROBLEM_KEY_NAMES = rf"{PROBLEM_KEY_WORDS}|(?:巡[察视]组?|督察组?|审计)?反馈(?:问题|意见)"
_RUN_PROBLEM_KEY = rf"(?=(?:{PROBLEM_KEY_WORDS}|整改任务|问题|(?:问题|任务)编号[ \t]*[\d{CN}]{{1,4}})[ \t]*[:：])"
# ... or a paragraph that opens by naming the problem it answers ("…改造工作。 针对征地留用地突出问题。完成…").
_RUN_ANSWER = r"(?=(?:针对|关于)[^“”。；;：:\n]{2,80}?问题[。；;：:])"
# (A sentence may end in a bracketed tag that states the item's status: "…恢复耕地12.7亩。【整改进度：已完成】 （二）…".)
RUN_TOGETHER = compile_shared(
    rf"[。！？；：:!?;](?:【[^【】\n]{{1,24}}】|[（(][^（()）\n]{{1,24}}[)）])?(?P<gap>[ \t\u3000\xa0]+)(?:{_RUN_LABEL}|{_RUN_KEY}|{_RUN_PROBLEM_KEY})"
)
# Keyed fields of one item set on one line with only spaces between ("整改措施：修订制度 责任人：李四 整改情况：已完成").
_GAP_FROM_ITS_START = r"(?<![ \t\u3000\xa0])[ \t\u3000\xa0]+"  # (a gap tried once, from its start)
KEYED_FIELDS_APART = compile_shared(_GAP_FROM_ITS_START + _RUN_KEY)
# A form's keys set each on a line of its own, over its value ("反馈问题" / "…" / "整改目标" / "…"), where a page ran the
# lines on a space apart ("…公示 反馈问题 郴州市… 整改目标 对尾矿库… 整改时限 2019年2月底"): each key between spaces
# (or opening the line; not a heading's, after its label: "一、 整改任务 …"), cut apart from the words before and after
# it where a line holds `BARE_KEYS_AT_LEAST` of them.
# (A problem's key, a task's, the rectification's, four characters or more: not 原因 alone; or the verdict on it.)
_BARE_KEYS = sorted(
    {
        *PROBLEM_KEY_WORDS.split("|"),
        "督察问题",
        "整改任务",
        *(k for k in KEY_STAGES if len(k) >= 4),
        *("验收销号意见", "验收意见", "销号意见", "验收情况"),
    },
    key=lambda key: (-len(key), key),  # (longest first, in one order whatever the set's: stored by the pattern's text)
)
BARE_KEY_APART = compile_shared(
    rf"(?:(?<![^\n])|(?<![ \t\u3000\xa0、.．)）])[ \t\u3000\xa0]+)(?P<key>{'|'.join(_BARE_KEYS)})(?P<after>[ \t\u3000\xa0]+)(?=\S)"
)
BARE_KEYS_AT_LEAST = 2
# A problem's key after a space, or the words that name the problem a paragraph answers, which open the item's
# paragraph wherever a page ran it on to the words before ("…现对已完成整改的问题情况进行公示  反馈问题:石峰区…",
# "…予以通报。 大亚湾开发区 针对治污治水措施存在薄弱环节问题。一是…").
PROBLEM_KEY_APART = compile_shared(_GAP_FROM_ITS_START + rf"(?:{_RUN_PROBLEM_KEY}|{_RUN_ANSWER})")
# The key of where an item stands or of who answers for it by when, alone on its line with its colon, over a short
# value on the next ("整改状态：" / "已完成", "完成时限：" / "2024年12月底", a form's two cells a line each): read on one
# line with it, as "整改状态：已完成" (not over a label's line, a key's, or sentences: "整改情况：" / "1.…").
KEY_VALUE_AT_MOST = 20  # the most characters of a value so read
_STATE_OR_ASIDE_KEYS = alternatives((*ASIDE_KEY_WORDS, *PROGRESS_KEY_WORDS, *COLON_ONLY_PROGRESS_KEYS))
KEY_OVER_VALUE = compile_shared(
    rf"^([ \t\u3000]*(?:【(?:{_STATE_OR_ASIDE_KEYS})】[ \t]*[:：]?|(?:{_STATE_OR_ASIDE_KEYS})[ \t]*[:：]))[ \t\u3000]*\n"
    rf"[ \t\u3000]*(?=\S[^\n]{{0,{KEY_VALUE_AT_MOST - 1}}}$)"
    rf"(?![{CN}]{{1,3}}、|[（(【]|\d{{1,2}}[.、．](?!\d)|(?:{STAGED_KEYS}|{PROBLEM_KEY_NAMES})[ \t]*[:：])",
    re.M,
)
# A heading run into what opens its body on one line, a space between: "（一）关于学习不深入的问题 1.针对…",
# "1.制度执行不严格 整改情况：已完成", "（一）关于“…”的整改情况 一是…" — a label, a short heading with no stop, spaces,
# then a label, a key or an enumeration's first item.
# An outline's label with nothing after it but spaces ("一、　" before "整改任务：…" on its line): a line is never cut there.
LABEL_ALONE = compile_shared(rf"[ \t]*(?:[{CN}]{{1,3}}、|[（(][{CN}\d]{{1,3}}[)）]|\d{{1,2}}[.、．])[ \t]*")
# …and one on a line of its own above its words, as a page's markup may set it ("六、" / "结论", "（一）" / "关于…的问题"):
# read as one line with them, unless they open with a label of their own (at most one blank line between). Its groups
# name the label's form and number (`LINE_LABEL`: a label at a line's start).
_LINE_LABEL_FORMS = rf"(?:(?P<cn>[{CN}]{{1,3}})、|[（(](?P<pcn>[{CN}]{{1,3}})[)）]|[（(](?P<pnum>\d{{1,2}})[)）]|(?P<num>\d{{1,2}})[.、．](?!\d))"
LINE_LABEL = compile_shared(rf"^[ \t\u3000]*{_LINE_LABEL_FORMS}", re.M)
LABEL_BROKEN_OFF = compile_shared(
    rf"^([ \t\u3000]*{_LINE_LABEL_FORMS})[ \t\u3000]*\n(?:[ \t\u3000]*\n)?"
    rf"[ \t\u3000]*(?![{CN}]{{1,3}}、|[（(][{CN}\d]{{1,3}}[)）]|\d{{1,2}}[.、．]|\s)",
    re.M,
)
# The first characters of a heading's label a copy's end cuts before its mark ("三", "（二", "4"), alone on the text's
# last line: the text ends before that heading. (A whole label alone, "二、", is read as the heading it opens.)
LABEL_CUT_AT_END = compile_shared(rf"[ \t]*(?:[（(][{CN}\d]{{0,2}}|[{CN}]{{1,3}}|\d{{1,2}})[ \t]*")
SENTENCE_OR_LEAD_IN_END = compile_shared(r"[。！？!?]|[:：][ \t]*\n")  # (where a text's body has begun)
HEAD_INTO_BODY = compile_shared(
    rf"[ \t]*(?:[（(][{CN}\d]{{1,3}}[)）]|[{CN}]{{1,3}}、|\d{{1,2}}[.、．](?!\d))[^。；;！？!?:：\n]{{2,60}}?"
    rf"(?<=[\u4e00-\u9fff”)）])(?P<gap>[ \t]+)(?:{_RUN_LABEL}|{_RUN_KEY}|{_RUN_PROBLEM_KEY}|(?=一是))"
)
# …or a heading of the outline's upper levels run into the sentence that opens its body, where it ends as a heading
# does: "一、已整改完成的问题 针对巡察反馈意见…", "（一）关于学习不深入方面 局党组…".
HEAD_INTO_SENTENCE = compile_shared(
    rf"[ \t]*(?:[{CN}]{{1,3}}、|[（(][{CN}]{{1,3}}[)）])[^。；;！？!?:：，,\s]{{2,40}}?(?:问题|情况|方面|工作)"
    r"(?P<gap>[ \t]+)(?=[\u4e00-\u9fff“《])"
)
# …or ending in other words, four or more with no function word last ("一、加强组织领导 局党组…", "（二）压实整改责任 成立…";
# not "（一）关于 “…”问题"), where words open a clause that runs to its comma, stop or colon with no space in it (not a
# heading set a character apart: "（一）强化政治 担当 意识").
HEAD_INTO_CLAUSE = compile_shared(
    rf"[ \t]*(?:[{CN}]{{1,3}}、|[（(][{CN}]{{1,3}}[)）])[^。；;！？!?:：，,\s]{{4,40}}?(?<=[\u4e00-\u9fff])(?<![于对的和与及在为把被将从向])"
    r"(?P<gap>[ \t]+)(?=[\u4e00-\u9fff]{2}[^\s。；;，,:：]{0,60}[。；;，,:：])"
)
# The first label of each of the outline's levels, top down, in the folded view: 一、, (一), 1.
FIRST_LABELS = (compile_shared(r"一、"), compile_shared(r"\(一\)"), compile_shared(r"1[.、．](?!\d)"))
# In a line that shows that damage, a heading set after another with only a space between.
RUN_TOGETHER_HEADS = compile_shared(rf"(?<=[\u4e00-\u9fff”)）])[ \t\u3000\xa0]+{_RUN_LABEL}")
# A whole page run into one line with no space at all ("…予以公布。一、整改工作基本情况…。二、…"): a sentence's
# end and a label or key at once, or a heading and the first sub-heading under it ("…整改落实（一）…"), or the
# presenting sentence's colon and the first heading ("…公示如下：一、…").
RUN_TOGETHER_TIGHT = compile_shared(
    rf"(?<=[。！？!?])(?:{_RUN_LABEL}|{_RUN_KEY})|(?<=[\u4e00-\u9fff])(?=[（(]一[)）])|(?<=[：:])(?=一、)"
)
# …or a group's heading run into its first item on such a line, after a stop or the heading above: "…已完成。(二)产业结构调整
# 方面4.部分工业园区…", "…进展情况(一)责任落实不到位方面1.部分县区…" (a heading, no stop or digit in it, then an item's number).
HEAD_INTO_ITEM = compile_shared(
    r"(?<=[。！？!?\u4e00-\u9fff])(?P<head>[（(][一二三四五六七八九十]{1,3}[)）])[^。；;：:，,\d\s]{2,40}?"
    r"(?<=[\u4e00-\u9fff”）)])(?P<item>\d{1,2}[.、．](?!\d))"
)
# A page run into one line that presents its items numbered 1. 2. 3. after "如下：" or the key of the problems found
# ("…具体如下：1.…。已整改。2.…", "审计反映问题:1.工程款支付不及时。…。2.…"), each after a full stop; (measures listed inside
# an item are set apart by ；, and restart at 1).
PRESENTED_ITEMS = compile_shared(r"(?:如下|问题)[:：][ \t]*(?=1[.、．](?!\d))")
ITEM_AFTER_STOP = compile_shared(r"。[ \t]*(\d{1,2})[.、．](?!\d)")
# Items a copy ran on inside one line, the first opening it, each after it after a full stop or a semicolon
# ("1.公务接待不规范，已整改到位。2.…", "（一）…；（二）…"): one pattern for each form of label, its number the first
# group; and the second item of any form, after a stop, that a line must hold to be looked into.
_RUN_ON_FORMS = (
    r"(\d{1,2})[.、．](?!\d)",
    r"[（(](\d{1,2})[)）]",
    rf"[（(]([{CN}]{{1,3}})[)）]",
    rf"([{CN}]{{1,3}})、",
)
RUN_ON_ITEMS = tuple(compile_shared(rf"(?:^|(?<=[。；;]))[ \t]*{form}", re.M) for form in _RUN_ON_FORMS)
# …or numbered on in turn from any number, each naming the problem it answers ("…。(九)关于…问题。…。(十)关于…问题。…"): a
# report on an audit's findings that a copy ran into one line, perhaps cut before its first item (`lines._named_in_turn`).
NAMED_RUN_ON_ITEMS = tuple(
    compile_shared(rf"(?<=[。；;])[ \t]*{form}(?=[ \t]*(?:关于|针对))") for form in _RUN_ON_FORMS
)
# …or unnumbered, each sentence answering the problem it names, the line opening with the first: "针对理论学习不深入的问题，
# 制定…，已完成整改。针对公务接待不规范的问题，修订…" (`lines._answers_in_turn`).
_ANSWER_NAMED = r"(?:针对|关于)(?:[^“”。；;：:，,\n]|“[^“”\n]{1,60}”){2,60}?问题[，,]"  # (quoted or not)
ANSWER_AFTER_STOP = compile_shared(rf"(?<=[。；;])[ \t]*(?={_ANSWER_NAMED})")
ANSWER_OPENS = compile_shared(_ANSWER_NAMED)
SECOND_RUN_ON = compile_shared(r"[。；;][ \t]*(?:2[.、．](?!\d)|[（(][2二][)）]|二、)")
# A rectification key with its colon, where it opens a run-together item's rectification ("。整改情况：已整改到位。").
RECT_KEY_AHEAD = compile_shared(_RUN_KEY)
# A title run straight into the first heading, with neither space nor stop (document-sharing sites
# join a notice's lines): "…整改进展清单一、关于“…”", "…情况的通报（一）…". The title ends in a
# document word; only the first label (一、/（一）) is taken, so counts ("三个清单一、…") stay whole.
TITLE_INTO_HEADING = compile_shared(
    r"[^。；;！？!?\n]{6,60}?(?:通报|报告|清单|台账|情况|意见|方案|公告)(?=(?:一、|[（(]一[)）])[^一二三四五六七八九十、])"
)
# A title run into the page's dateline, and the dateline's last item run into the notice's first words
# (a page that lost its line breaks): "…情况的通报发布时间2023年7月28日 来源:泉州市妇联 阅读7695次根据市委…".
DATED_KEY = r"(?:发布时间|发布日期|发布时期|发表时间|发布于|时间|日期)[ \t]*[:：]?[ \t]*\d{4}"
# A page's date-and-time stamp with no key, as a headline's dateline sets it: "2024-09-20 15:24".
BARE_STAMP = r"(?<![\d.:/-])\d{4}-\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
# The words a notice's title ends with (…整改情况的通报).
TITLE_ENDS = ("通报", "报告", "公告", "公示", "一览表", "情况表", "汇总表")  # (…or a 督察's table of complaints)
# …and what a page's headline over a dateline may end with besides (…整改进展情况, …问题清单, …整改台账, …整改工作简报).
TITLE_OR_TOPIC_ENDS = (*TITLE_ENDS, "情况", "清单", "台账", "简报")
# A title without 关于 that names the work, a line of its own ("第二轮中央生态环境保护督察反馈问题(省序号28)整改完成情况公示",
# "中央第五环保督察组群众举报件信息公开"), a note in brackets after it perhaps.
WORK_TITLE = compile_shared(
    r"^[^。，,；;：:|｜>＞]{0,60}?(?:巡[察视]|督察|审计|整改)[^。，,；;：:|｜>＞]{0,60}"
    r"(?:通报|报告|公告|公示|情况|清单|台账|简报|公开)(?:[（(][^（()）]{1,24}[)）])?$"
)
# A title run into the opening formula with a space or nothing between ("…情况的通报 根据县委统一部署，…",
# "…情况的通报根据县委统一部署，…" where a page lost its line breaks).
TITLE_INTO_OPENING = compile_shared(
    r"[^。；;！？!?，,\n]{6,80}?(?:通报|报告|公示|公告)[ \t\u3000]*(?=(?:根据|按照|依据)[^。]{0,30}(?:部署|安排|要求))"
)
# A whole title (its issuer, 关于, its document word) that opens a line the page ran its furniture or text on to after
# a space ("中共…关于…的通报 字号: 大 中 小 根据…", "…的通报 2023-12-08 15:12 稿件作者:…").
# (…its issuer a space before its 关于, as a title set in two lines runs on: "中共济南市委 关于…的通报 根据…"; or two issuers
# a space apart: "中共汉中市委 汉中市人民政府关于…的通报 截至…".)
_ISSUER_APART = (
    r"[^。，,；;：:\s【】>＞»›]{2,40}?(?:党组|党委|党工委|党总支|党支部|委员会|[省市县区州旗盟]委|政府)[ \t\u3000]+"
)
ISSUER_APART = compile_shared(_ISSUER_APART)
# (…or a body of another kind, the one issuer a space before its 关于: "内江市市中区人民医院 关于…的公告".)
_BODY_APART = rf"[^。，,；;：:\s【】>＞»›]{{2,40}}?[{BODY_NAME_LAST}][ \t\u3000]+"
# The document word a title set on a line of the page's words ends with ("…的通报", "…整改情况的公开").
_TITLE_DOC = r"(?:通报|报告|公告|公示|情况的公开)"
TITLE_THEN_SPACE = compile_shared(
    rf"(?:{_ISSUER_APART})?(?:{_BODY_APART}|[^。，,；;：:\s]{{2,40}})关于[^。，,；;：:\s]{{2,70}}?{_TITLE_DOC}(?=[ \t\u3000]+\S)"
)
# …or the title of a paper of another kind that opens a line the page ran its text on to ("关于…结果公告的解读 解读人:…",
# "关于做好巡察整改情况公开工作的意见 为进一步…"): set apart whatever follows it, so that its kind is read.
OTHER_TITLE_THEN_SPACE = compile_shared(
    r"关于[^。，,；;：:\s]{4,70}?(?:解读|意见|通知|方案|办法|规定|细则)(?P<gap>[ \t\u3000]+)(?=\S)"
)
# …or one set after the page's breadcrumb on the line (a space or a column's tag before it, its issuer perhaps a space
# before its 关于): "首页 > 通知公告 【通报】中共…的通报 【信息来源:…", "> 正文 中共…党组 关于…的通报 来源:…".
TITLE_AFTER_CRUMBS = compile_shared(
    rf"(?:[ \t\u3000]|】)((?:{_ISSUER_APART}|{_BODY_APART})?"
    rf"[^。，,；;：:\s【】>＞»›]{{0,40}}关于[^。，,；;：:\s【】]{{2,70}}?{_TITLE_DOC})(?=[ \t\u3000【]|$)|"
    # …or one without 关于 that names the work, the page's metadata after it ("> 本级巡察情况 字体大小: 临夏州贯彻落实…督察
    # 反馈问题整改进展情况  来源:…").
    r"[ \t\u3000]((?=[^\s>＞»›]{0,40}?(?:巡[察视]|督察|审计|整改))[^。，,；;：:\s【】>＞»›]{6,90}?"
    r"(?:通报|报告|公告|公示|情况|清单|台账))"
    r"(?=[ \t\u3000]+(?:信息来源|文章来源|来源|发布时间|发布日期|发布于|时间|日期|作者)[ \t]*[:：])"
)
# A signature and its date run on after the last sentence, where a page lost its line breaks ("…qdscjgj@163.com。中共
# 祁东县市场监督管理局党组2024年6月12日", two bodies a space apart: "…接受公众监督。 中共泸州市委 泸州市人民政府 2024年3月25日"),
# or after a space where the last line ended with no stop ("…地址:…大楼415室 松江河林业局 2019年12月5日"): from the body's
# name to the line's end.
_SIGNATURE = (
    r"(?:(?<=[。！!])|(?<=[ \t\u3000]))(?:(?:中共)?[\u4e00-\u9fff（）()]{2,40}?(?:党组|党委|党工委|委员会|[省市县区州旗]委)[ \t\u3000]+)?"
    rf"(?:中共)?[\u4e00-\u9fff（）()]{{1,40}}?[{BODY_NAME_LAST}]"
    r"[ \t\u3000]*\d{4}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日"
)
SIGNATURE_RUN_ON = compile_shared(_SIGNATURE + r"[ \t\u3000]*$")
# …or the closing date alone, run on a space after words that sign nothing ("…责 任 人:王继贞 赵宏升 周红叶 2019年12月20日").
DATE_RUN_ON = compile_shared(r"[ \t\u3000]+(\d{4}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日)[ \t\u3000]*$")
# …or before what follows a notice's signature on the page, a space apart: its annex, the page's widget, the date again
# ("…受理电话:020-88521090 中共广州市委 广州市人民政府 2025年3月13日 附表 …", "… 2023年1月6日 扫一扫在手机打开当前页",
# "… 2025年1月13日 转载请注明来源…"): the date's 日 so followed, the signature then read as ending there.
DATE_BEFORE_ANNEX = compile_shared(
    r"日(?=[ \t\u3000]+(?:附件|附表|扫一扫|掃一掃|责任编辑|責任編輯|转载|轉載|\d{4}[ \t]*年[ \t]*\d{1,2}[ \t]*月))"
)
# (The page's source may come before its date: "…的公示 信息来源：…办公室 发布时间：2024-09-02 16:40 浏览量：1203", or its
# editor: "…整改进展情况 编辑:岳纪宣 发表时间:2021-11-05 10:56".)
TITLE_INTO_META = compile_shared(
    rf"[^。；;！？!?\n]{{6,200}}?(?:通报|报告|公示|公告|情况)"
    rf"(?=[ \t\u3000]*(?:(?:信息来源|稿件来源|来源|发布机构|作者|编辑)[:：][ \t]*[^ \t\u3000:：]{{0,40}}?[ \t\u3000]*)?"
    rf"(?:{DATED_KEY}|{BARE_STAMP}))"
)
# (…and the page's widgets may follow its count of readers: "浏览量：1203 【字体：大 中 小】 根据…".)
# (…or its last key names the source, a name with no stop, and the notice's words follow a space: "来源：县自然资源局
# 根据县委…", where what follows is no other key.)
META_INTO_TEXT = compile_shared(
    r"(?:阅读|浏览|点击|访问)(?:量|数|次数)?[ \t]*[:：]?[ \t]*\d+[ \t]*次?(?:[ \t\u3000]*【[^】\n]{0,16}】)*"
    r"(?=[ \t\u3000]*[\u4e00-\u9fff])|"
    r"(?:信息来源|来源单位|来源|发布机构|作者)[ \t]*[:：][ \t]*[^ \t\u3000:：。，,；;、\n]{1,30}"
    rf"(?=[ \t\u3000]+(?!(?:{'|'.join(META_KEYS)}|阅读|浏览|点击|访问|字号|字体|编辑|责任编辑))[\u4e00-\u9fff])|"
    # …or the page's date, the notice's words after a space (which may open with a date of their own: "日期：2024年05月20日
    # 2024年10月28日至11月10日，…巡察组…").
    r"(?:发布时间|发布日期|日期|时间)[ \t]*[:：][ \t]*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?"
    rf"(?=[ \t\u3000]+(?!(?:{'|'.join(META_KEYS)}|阅读|浏览|点击|访问|字号|字体|编辑|责任编辑))(?:[\u4e00-\u9fff]|\d{{4}}年))|"
    # …or its bare stamp, a widget perhaps after it ("…整改落实情况 2024-09-20 15:24 举报  经省委、省政府批准，…").
    rf"{BARE_STAMP}(?:[ \t\u3000]+(?:举报|分享|打印|收藏))?"
    rf"(?=[ \t\u3000]+(?!(?:{'|'.join(META_KEYS)}|阅读|浏览|点击|访问|字号|字体|编辑|责任编辑))[\u4e00-\u9fff])"
)
# Enumerations inside a paragraph: 一是…二是…, (1)…(2)…, 1.…2.…, ①…②….
ENUMERATED = LazyPattern(rf"[{CN}]{{1,2}}是[,，]?([^。；;]+?)[。；;]")
# The area a heading names before the problems it lists: "（一）贯彻落实…决策部署方面。巡察指出：一是…；二是…".
AREA_BEFORE_LIST = compile_shared(r"(?:在|关于|针对)?[^。；;，,：:\n]{2,40}方面[。：:，,][ \t]*")
# A shared rectification answering problems listed together one by one: "针对第一个问题，…。针对第二个问题，…".
ANSWER_IN_TURN = compile_shared(
    rf"(?:(?:针对|关于|对于)?第([{CN}]{{1,3}}|\d{{1,2}})(?:个|项|条)问题|(?:针对|关于|对于)问题([{CN}]{{1,3}}|\d{{1,2}}))[ \t]*[，,：:]"
)
ENUM_ITEM = rf"(?:[{CN}]{{1,3}}是|[(（]\d{{1,2}}[)）]|\d{{1,2}}[.、．](?!\d)|[①-⑳])"
# A heading whose paragraph goes on to list its problems ("3.国有资产监管存在漏洞。一是…；二是…"): its first sentence.
HEAD_BEFORE_LIST = compile_shared(rf"[^。；;：:\n]{{2,60}}[。：:](?=[ \t]*{ENUM_ITEM})")
ENUM_BREAK = rf"[。；;:：{re.escape(SPACES)}]"  # \s written out: this class is scanned for
ENUM = LazyPattern(rf"(?:(?<=^)|(?<={ENUM_BREAK})){ENUM_ITEM}")
# The same items found by the break before them (an item starts where the match ends): a pattern that
# opens with a class is scanned for in C, several times faster over a long rectification text.
ENUM_AFTER_BREAK = LazyPattern(rf"{ENUM_BREAK}(?={ENUM_ITEM})")
MEASURE_LABEL = compile_shared(rf"^(?:[{CN}]{{1,3}}、|\d{{1,2}}[.、．]|[(（][{CN}\d]{{1,2}}[)）]|[①-⑳])")

# A run-in heading sentence (在粮食生产方面。 / 在高标准农田建设方面的整改情况。) that groups the measures after it.
RUN_IN_HEADING = compile_shared(r"(?:在|关于|针对)?[^。；;，,：:!！?？\n]{2,20}方面(?:的?整改情况)?")
# The fields of a complaint a 督察 passed on: what it says (交办问题基本情况：, 反映情况：), and how it was handled
# (调查核实情况：, 是否属实：, 处理和整改情况：, 是否办结：).
COMPLAINT_PROBLEM_KEYS = r"(?:交办|转办|信访)?问题基本情况|(?:群众)?反映(?:的)?(?:问题|情况)"
COMPLAINT_HANDLING_KEYS = (
    r"调查核实情况|核查情况|是否属实|处理(?:和|及)整改情况|是否办结|办结情况|办理结果|行政区域|污染类型"
)
# Paragraph openers that mark rectification text rather than a problem statement.
RECT_KEYS = (
    rf"(?:问题)?(?:整改措施(?:及|和|与)(?:完成|落实|进展)?情况|{STAGED_KEYS})|"
    # (…and before a colon only, as a title's last words and a form's field names alone on their lines are no keys:
    # "整改进展情况：", "整改措施及成效：".)
    rf"(?:{'|'.join(COLON_ONLY_PROGRESS_KEYS)}|整改(?:措施(?:及|和|与)(?:成效|结果))?)(?=[ \t]*[:：】])|"
    rf"{COMPLAINT_HANDLING_KEYS}"
)
# A bare problem key and its words, a space, then the rectification's key, where a page ran an item's two lines into one
# ("…新台阶 问题:履行核心职能不到位 整改:经发局党委…"): cut at the space, as the lines were (the problem's words hold none).
PROBLEM_THEN_RECT_KEY = compile_shared(
    rf"(?<!\S)问题[ \t]*[:：][^\s:：]{{2,120}}?(?P<gap>[ \t\u3000\xa0]+)(?=(?:{RECT_KEYS})[ \t]*[:：])"
)
# (In brackets a key may be one word: 【措施】, 【成效】.)
RECT_KEY = compile_shared(rf"(?:【(?:{RECT_KEYS}|措施|成效|进展|结果)】|(?:{RECT_KEYS})[ \t]*(?:[:：。]|$))")
# A rectification key alone on its line, over the numbered list it holds ("整改完成情况：" / "1.…" / "2.…").
BARE_RECT_KEY = compile_shared(r"[ \t]*(?:整改|完成|落实)?(?:措施|情况|完成情况|进展情况|成效|结果)[ \t]*[:：][ \t]*")
# A rectification key inside a paragraph, which makes an enumerated paragraph (一是…) an item of its own.
ITEM_KEY = compile_shared(rf"【(?:{RECT_KEYS})】|(?:{RECT_KEYS})[ \t]*[:：]")
# A paragraph that announces a problem by key ("【问题】…", "问题描述：…", or the key on a line of its own) starts
# an issue of its own.
PROBLEM_KEY = compile_shared(
    rf"(?:【(?:问题|{PROBLEM_KEY_NAMES})】|(?:{PROBLEM_KEY_WORDS})[ \t]*$|(?:{PROBLEM_KEY_NAMES})[ \t]*[:：]|"
    # …or what a complaint a 督察 passed on says: "交办问题基本情况：…", "反映问题：…".
    rf"(?:{COMPLAINT_PROBLEM_KEYS})[ \t]*[:：])"
)
# The fields of a complaint run into one line a space apart ("受理编号:〔2018〕200 反映情况:… 调查核实情况:… 处理及整改
# 情况:… 问责情况:无。"): where the line is cut into one paragraph a field.
COMPLAINT_FIELD = compile_shared(
    rf"(?<=[ \t])(?:受理编号|{COMPLAINT_PROBLEM_KEYS}|{COMPLAINT_HANDLING_KEYS}|问责情况|责任人被处理情况|所属区域)[ \t]*[:：]"
)
# …of which those that handle it: a complaint's form keys its problem, so a plain paragraph over one of these carries on
# the field above ("转办问题基本情况：…。" / "希望借助督察组的力量，彻底解决。" / "行政区域：北塔"), stating no problem of its own.
COMPLAINT_HANDLING_FIELD = compile_shared(
    rf"(?:{COMPLAINT_HANDLING_KEYS}|问责情况|责任人被处理情况|所属区域)[ \t]*[:：]"
)
COMPLAINT_FIELDS_AT_LEAST = 3  # the fewest such fields a line holds for it to be cut at them
# …or a closure notice's problem by its number in the round's list, then the problem quoted, then how it stands:
# "第三轮中央环境保护督察反馈问题(40-3)：“天然林毁坏问题突出。…”。已整改完成…". (Apart from `PROBLEM_KEY`, whose
# opening characters the outline reads.)
NUMBERED_PROBLEM_KEY = compile_shared(
    r"[^:：。\n“”]{0,40}?(?:(?:反馈问题|整改任务)[ \t]*[（(][^()（）\n]{1,12}[)）]|问题共[1一]项)[ \t]*[:：][ \t]*(?=“)"
)
# A paragraph that opens by naming the problem it answers, then rectifies it: "针对治污治水措施存在薄弱
# 环节问题。一是加快推进…", "关于财务管理不规范问题：…".
ANSWERS_PROBLEM = compile_shared(r"(?P<about>(?:针对|关于)[^“”。；;：:\n]{2,80}?问题)[。；;：:]")
# …or names it as the subject of its status (the stages check the words name a shortfall): "公务接待不规范问题已整改到位。…",
# "公车管理不到位问题正在整改中。", "…问题整改已完成。".
PROBLEM_THEN_STATUS = compile_shared(
    r"(?P<about>[^。；;，,：:“”\n]{4,60}?)的?问题(?=已|正在|尚未|基本|均已|全部|整改(?:工作)?(?:已|正在))"
)
# The inspection that found the problem a paragraph names, after 针对 or 对: "针对审计发现的…问题，".
FINDER = r"(?:审计|巡[察视]|督察)(?:发现|指出|反馈|查出)的"
# …which, named so, wraps the problem as 关于…问题 does: "对审计发现的…7.57亿元问题,…" (not a bare 针对: 针对…突出问题).
FOUND_THEN_NAMED = compile_shared(rf"(?:针对|对于?){FINDER}")
# …or names it before a comma, where the words name a shortfall (the stages check it: not "针对巡察反馈的问题，", "针对这一
# 问题，"): "关于部分非税收入未及时缴库问题，县财政局…", "对审计发现的专项资金结转结余未及时收回问题，…".
ANSWERS_PROBLEM_COMMA = compile_shared(
    # (…after a word going on from the paragraph before: "此外,对审计发现的…问题,…".)
    rf"(?:(?:此外|另外|同时)[，,][ \t]*)?(?P<about>(?:针对|关于|对(?={FINDER}))(?:{FINDER})?[^“”。；;：:，,\n]{{4,60}}?问题)[，,]"
)
# …or by quoting it, perhaps after its rectification's key: "针对“学习贯彻不深入”的问题，局党组…", "整改情况：针对
# “‘三重一大’制度执行不严格”的问题，…", or the report that found it: "关于《审计报告》中提出“…”的问题情况属实，…"
# (the stages check that the quote is a finding's words, not a slogan's; the acknowledgement is no rectification).
# A finding quoted as the object of its rectification, the quote its problem: "对“部分…下达不及时”的整改".
QUOTED_REMEDY = r"对“([^“”\n]{5,80})”(?:问题)?的?整改"
ANSWERS_QUOTED = compile_shared(
    r"(?:整改(?:情况|措施|进展)[ \t]*[:：][ \t]*)?(?:[一二三四五六七八九十]是)?"
    # (…a quote alone before 问题 where it is longer than a slogan's: "关于“财务报销审核不严”问题", not "针对“四风”问题".)
    r"(?P<about>(?:针对|关于)(?=(?:《[^《》\n]{1,30}》)?[^“”。；;\n]{0,8}“)"
    r"(?:(?:[^“”。；;：:\n]|“[^“”\n]{1,80}”){2,120}?|“[^“”\n]{5,80}”)问题"
    # …or one of a group's findings, enumerated, quoted as the object of its rectification: "一是对“部分…下达不及时”的整改:".
    rf"|(?<=是){QUOTED_REMEDY})"
    r"(?:情况)?(?:属实|确实存在)?[，,。；;：:]"
)
# A heading quoting its problem with its body run into it after a space (a page that lost its line breaks):
# "1.关于“促转型融资结构不优,…成效不明显”的问题 一是推动…".
QUOTED_THEN_BODY = compile_shared(r"(?:关于|针对|对于)“.{2,}?”(?:方面)?(?:的|存在的)?问题[ \t]+(?=\S)")
# Where a problem sentence ends and its rectification begins inside one line (…问题的整改 only where it ends a
# sentence: not "检查记录中发现问题的整改均无复查记录"; …整改情况 where a stop, a space or the line's end follows it:
# not "对…发现问题整改情况开展“回头看”").
INLINE_CUT = LazyPattern(
    rf"(?:的)?整改(?:落实)?(?:情况|进展情况)(?:如下)?(?:[ \t]*[。:：.;；,，]|[ \t]+|$)|"
    rf"问题的整改(?!情况)[ \t]*(?:[。:：;；]|$)|(?:{MEASURE_OR_PROGRESS_KEYS}|整改)[ \t]*[:：]|【(?:{RECT_KEYS})】|"
    # …or a complaint's next field, where its fields run on in one paragraph ("…反映问题：…。所属区域：…").
    r"(?:所属|行政)区域[ \t]*[:：]|调查核实情况[ \t]*[:：]|处理(?:和|及)整改情况[ \t]*[:：]",
    skip=True,
)
# An item's heading that only numbers it: "1. 受理编号：D3SN202405300017" (its problem is keyed below).
# (…or by its place in the round's list: "问题编号：第二十七项".)
ID_FIELD = compile_shared(
    r"(?:受理|信访|案件|问题|任务)?编号[ \t]*[:：]?[ \t]*(?:[A-Za-z0-9\-－]+|第?[一二三四五六七八九十百\d]{1,6}(?:项|号)?)$"
)
# Where a closure notice's rectification quotes the problem it answers: "…反馈问题第二十七项指出，“<problem>”问题，…".
QUOTED_FINDING = compile_shared(r"(?:指出|反馈|提出)[的，,:：]?(?=“)")
# Lead-ins before a problem's own words: 巡察组反馈问题：, 巡察发现，, a 督察's 整改任务：, a task's number ({编号364(35-11)}:).
# The key of a paragraph that lists what a check found, its items answered by the numbered rectification below it
# ("检查发现:一是…;二是…;三是…" over "整改进展情况" / "1、…" / "2、…").
FINDINGS_KEY = compile_shared(
    r"[ \t]*(?:(?:检查|督察|巡察|巡视|审计|督导|暗访|核查)组?)?(?:发现|指出)(?:的)?(?:主要)?(?:问题)?[ \t]*[:：]|"
    r"[ \t]*存在(?:的)?(?:主要)?问题[ \t]*[:：]"
)
LEAD_IN = compile_shared(
    r"^(?:(?:巡[察视]组?|审计|督察组?)?(?:反馈|指出|发现)(?:的)?问题[ \t]*[:：]|存在(?:以下|如下|的)?(?:主要)?问题[ \t]*[:：]|"
    r"(?:整改)?问题[ \t]*[:：]|"
    r"(?:整改|督察|反馈)?任务(?:内容|名称)?[ \t]*[:：]|[{【〔\[]?(?:问题|任务)?(?:编号|序号|(?<=问题)清单)[ \t]*[\d一二三四五六七八九十]+(?:[（(][\d\-－]{1,12}[)）])?[}】〕\]]?[ \t]*[:：、.]|"
    rf"【(?:问题|{PROBLEM_KEY_NAMES})】|(?:{PROBLEM_KEY_NAMES})[ \t]*[:：]|(?:{PROBLEM_KEY_WORDS})[ \t]*\n|"
    r"(?:巡[察视]|审计|督察)(?:组)?(?:调研|走访|调研走访|检查|核查)?(?:发现|指出|反馈)[ \t]*[:：,，]|"
    r"(?:群众|市民|居民|村民|网民|信访人|来信人)反映[ \t]*[:：,，]|(?:投诉人|举报人|来信人|信访人|来信|来电)(?:反映|举报|投诉)[ \t]*[:：,，]?|"
    # (…or the complainant's verb alone, before the place complained of: "反映大堡乡大堡村新屋组因…".)
    r"反映(?=[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|乡|镇|街道|村|社区)[\u4e00-\u9fff])|"
    # …or the task's ordinal, before what the 督察 found: "第二十六项,督察发现,…".
    r"第[\d一二三四五六七八九十百]{1,4}项[ \t]*[,，:：][ \t]*(?:(?:巡[察视]|审计|督察)组?(?:发现|指出|反馈)[ \t]*[:：,，])?|"
    # …or the round's feedback that points it out: "第三轮省级环保督察反馈问题指出，…".
    r"[^，,。；;：:]{0,20}?(?:督察|巡[察视]|审计)组?(?:反馈)?(?:问题|意见)?指出[ \t]*[:：,，]|"
    # …or the audit that found it: "经审计，项目工程价款结算中存在…".
    r"经审计[ \t]*[，,]|"
    # …or the report it comes from: "根据审计报告反馈，…".
    r"根据(?:审计|巡[察视]|督察)?(?:报告|意见)?(?:反馈|指出)[ \t]*[:：,，]|"
    # …or a complaint's, after its number: "受理编号D3SN202405240004，反映问题：", "交办问题基本情况：",
    # "受理编号十二师03号的环境信访问题为:".
    rf"(?:受理编号[ \t]*[:：]?[ \t]*[A-Za-z0-9\-－]+[，,、 \t]*)?(?:{COMPLAINT_PROBLEM_KEYS})[ \t]*[:：]|"
    r"受理编号[^，,。；;：:\n]{1,20}?的?(?:环境)?信访(?:举报)?(?:件|问题)(?:为|是)[ \t]*[:：]|"
    # (…or its number alone before it: "16、受理编号671:城关区…垃圾转运站,臭味扰民。")
    r"受理编号[ \t]*[:：]?[ \t]*[A-Za-z0-9\-－]{2,30}[ \t]*[:：。]|"
    # …or the check that fed it back, by its year or round: "2024年省秦岭生态保护交叉执法检查反馈太白县…", "第二轮省生态环境
    # 保护督察反馈危险废物管理存在漏洞…".
    r"(?:\d{4}年|第[一二三四五六七八九十]{1,2}轮)[^，,。；;：:\n]{2,30}?(?:检查|督察|督查|巡察|巡视|审计)反馈(?![的意问])"
    r")"
)
# A sentence after a problem's own that details it, before the measures: "审计发现截至2022年底县级暂付款余额4.86亿元".
PROBLEM_DETAIL = compile_shared(
    r"[ \t]*(?:(?:审计|巡[察视]|督察)组?(?:发现|指出)|经(?:核)?查[，,]|(?:具体|主要)表现(?:为|在)|如[:：]|例如[:：，,])"
)
# The handling an item tells after its problem, once the inspection pointed it out: "…支付至合同价格的90%,审计指出问题后已
# 立行立改支付到位。" (an audit's result announced with how it was rectified); the problem stops at the clause before it.
HANDLED_AFTER_FINDING = compile_shared(
    r"[，,；;][ \t]*(?=(?:审计|巡[察视]|督察)(?:组|局|署|厅)?(?:指出|发现|反馈)(?:该|此|上述|以上|这一)?(?:个|项)?(?:问题)?后)"
)
# A status line closing a heading's measures: 整改状态：已完成.
STATUS_LINE = LazyPattern(r"【?(?:整改|完成|落实)(?:状态|情况|结果|进展|进度)】?[ \t]*[:：】]?[ \t]*\S{1,14}$")
# Keys inside one issue's rectification text.
# (A longer key may stand without its colon; a bare 原因 needs one, or its brackets: "原因是…" is a sentence.)
CAUSE_KEY = compile_shared(
    rf"^[ \t]*【?(?:(?:{'|'.join(w for w in CAUSE_WORDS if w != '原因')})】?[ \t]*[:：]?|原因[ \t]*(?:】|[:：]))[ \t]*"
)
MEASURE_KEY = compile_shared(
    r"^[ \t]*【?(?:(?:问题)?(?:整改措施(?:及|和|与)(?:完成|落实|进展)?(?:情况|成效|结果)|"
    rf"{MEASURE_OR_PROGRESS_KEYS})|完成进度|是否完成|处理(?:和|及)整改情况)】?[ \t]*[:：]?[ \t]*"
    r"|^[ \t]*整改[ \t]*[:：][ \t]*"  # a bare 整改： key (村务公开: "整改：…。（已整改）")
)
# (In brackets too, as a problem's line may close with them: "（责任单位：县住建局；整改时限：2025年底）".)
# The keys of what stands beside an item's rectification: who owns it, by when, its target (责任单位：…,
# 完成时限：…, 整改目标：…); in a line of their own, in brackets closing the problem's line, or as a ledger's columns.
ASIDE_KEYS = (
    rf"{alternatives(ASIDE_KEY_WORDS)}|(?:责任|牵头|配合|整改)(?:单位|部门|领导|人|科室|股室)|(?:完成|整改)(?:时限|期限|时间)|"
    r"整改目标|"
    # (…and a complaint's facts beside its handling: where, what kind, whether it was true, what was found, who
    # answered for it.)
    r"行政区域|污染类型|是否属实|调查核实情况|核查情况|问责情况|序号|受理编号|"
    # (…where, as a table names the units and places concerned: 涉及团场及部门; and by when it is to be closed.)
    r"涉及(?:[\u4e00-\u9fff]{1,4}(?:及|和))?(?:单位|部门|团场|乡镇|区县|地区|区域)|办结时限|"
    # (…and the firm a central group's complaint concerns: 所属企业单位; when it was closed, and how a province sorts
    # complaints: 区域分布, 利益关系, 群众身边.)
    r"所属(?:企业)?(?:单位|企业)|办结时间|区域分布|利益关系|群众身边"
)
OTHER_KEY = compile_shared(
    rf"^[ \t]*(?:[(（\[]?[ \t]*(?:{ASIDE_KEYS})[ \t]*[:：]|【(?:{ASIDE_KEYS})[ \t]*(?:】|[:：]))"
)
# A line that opens a new paragraph even right after a full-width line (hard-wrapped text, a PDF's lines): a label, a
# problem's number (问题3：), any rectification key with its colon (整改时限：…), a form's field by its key ("反馈问题：…",
# "责任单位：…"), the contact block or an annex; "——" opens the line under a report's title that dates it
# ("——2023年8月29日在…会议上"). (Not the same words inside a sentence the margin broke: "…现将13个单位" / "整改情况的
# 部分内容予以通报", "…密切" / "联系群众…", "…家庭" / "地址变更…".)
PARA_OPENS = LazyPattern(
    rf"^(?:[{CN}百]{{1,3}}[、.．]|[（(【〔]?[{CN}百\d]{{1,3}}[)）】〕]|\d{{1,3}}[.、．](?!\d)|[①-⑳]|第[{CN}百]+(?:方面|部分)|"
    rf"(?:巡[察视]反馈|反馈|存在|具体)?问题[{CN}\d]{{1,3}}(?:[:：、．]|\.(?!\d))|{_RUN_KEY}|整改(?:情况|措施|进展|结果|状态)(?!的)|原因分析|【|——|附件|"
    r"联系(?:人|电话|方式|地址|邮箱|单位)|(?:电话|邮箱|地址)(?=[ \t]*[:：\d])|"
    rf"{PROBLEM_KEY.pattern}|(?:{ASIDE_KEYS})[ \t]*[:：])"
)


def path_label(kind: str, raw: str, unit: str = "") -> str:
    """The contract's form of a label of `kind` with number `raw`: 一、→"一"; (一)→"（一）"; 1.→"1";
    (1) and ⑴→"（1）"; ⒈→"1"; 第一方面问题→"第一方面" (`unit` is its 方面/部分…); 问题1：→"问题1"; 第一个问题：→"第一个问题"."""
    if kind == "fm":
        return f"第{raw}{unit}"
    if kind == "wt":
        return f"问题{raw}"
    if kind == "nth":
        return f"第{raw}{unit}问题"
    if kind == "item":
        return f"第{raw}{unit}"
    if kind in ENUMERATION_KINDS:
        return {"shi": f"{raw}是", "di": f"第{raw}", "qi": f"其{raw}"}[kind]
    if kind in ("pnumc", "numc"):  # ⑴ is (1) set as one character, ⒈ is 1.
        raw = str(int(unicodedata.numeric(raw)))
    return f"（{raw}）" if kind in ("pcn", "pnum", "pnumc") else raw


def normalise_label(label: str) -> str:
    """A label given as free text ("（二）", "2.", "第一方面问题", "一") in the contract's form."""
    from extractor.segment.fold import fold  # here, not at import: segment imports this module

    raw = fold(label.strip())
    for kind, pattern in MARKERS:
        m = pattern.match(raw)
        if m and not raw[m.end() :].strip(" \t:：,，、.)）"):
            return path_label(kind, m.group(1), m.group(2) if kind in UNIT_KINDS else "")
    bare = raw.strip(" \t()、.:：")
    if bare and all(ch in CN or ch.isdigit() for ch in bare):
        return f"（{bare}）" if raw.startswith("(") else bare
    return label.strip()


# The words round a problem a heading quotes ("关于“…”方面", "【…】"): the problem is what they wrap.
PROBLEM_WRAPPER = compile_shared(r"^关于“(.+)”(?:方面|的?问题)|^【(.+)】$")
