"""Status vocabulary: how a notice says where one issue's rectification stands.

Each tuple of phrases is one status; a new phrase is one more alternative here. `SUBJECT` is how a
notice names the issue itself in a status sentence (该项已办结, 此问题已解决).
"""

from __future__ import annotations

from extractor.lazy_re import LazyPattern, compile_shared
from extractor.vocab.numerals import CN_DIGITS

# The words that say the whole of an item's rectification is done, wherever a pattern below needs them (a
# declaration of all the items, a tally, a day it was done by): one more way of saying it is one more alternative here.
WHOLLY_RECTIFIED = r"(?:完成整改|整改(?:完成|到位|完毕))"
# …and the words a sentence says all of it done in, of every item or of the one it names: 已完成整改, 已全部整改到位,
# 已按期完成整改并销号, 已办结, 已销号, 已解决, 已落实到位, a bare 已完成 (not "已完成3个", a tally), or 整改 first, 整改已完成.
ALL_DONE_WORDS = (
    rf"(?:已(?:全部|按期|如期|按时)?(?:{WHOLLY_RECTIFIED}(?:并(?:已)?销号)?|整改并销号|办结|(?:验收)?销号|解决|落实到位|"
    r"完成(?:工作|任务)?(?![\u4e00-\u9fff\d]))(?:工作|任务)?|整改(?:工作)?已(?:全部)?(?:完成|到位|完毕))"
)
# The words that say done work must be kept up, after a status: 长期坚持, 长效坚持, 常抓不懈 ("已完成，需常抓不懈").
LASTING_WORDS = ("长期坚持", "长效坚持", "常抓不懈")
LASTING = f"(?:{'|'.join(LASTING_WORDS)})"
# (…after a comma or in brackets: 已完成，并长期坚持 / 已整改完成并长效坚持 / 已完成（长期坚持）.)
_LASTING = rf"(?:[，,、]?并?(?:需要?|将)?|[（(](?:需要?|并)?){LASTING}"
# (…or done and now routine: 已完成，常态化推进 / 已完成整改，转入常态化管理.)
_ROUTINE = r"[，,、]?并?(?:转入|实行|纳入)?常态化(?:推进|开展|管理)"
LONG_TERM = (
    rf"(?:(?:已经?)?(?:{WHOLLY_RECTIFIED}|完成)|已经?整改|(?:已经?)?阶段性(?:完成|销号))(?:{_LASTING}|{_ROUTINE})|"
    r"(?:已完成|已经?)?阶段性(?:整改|完成|目标|任务|销号)(?:任务)?|(?:已经?)?基本整改(?:到位|完成)?|"
    r"(?:已经?)?基本完成(?:整改)?[，,、]?并?(?:需要?)?(?:持续推进|长期坚持|持续整改)|"
    r"(?:已)?取得阶段性成效|阶段性完成|阶段性?办结|(?:已经?)?基本(?:整改)?完成|初步完成|(?:仍?需要?)?长期坚持|长期整改|常态化(?:推进|开展|管理)|持续深化|持续巩固|长期推进|长效推进|"
    # (…or named so: "另2个属长期任务", "为长期坚持事项".)
    r"(?:属于?|为|系)长期(?:任务|事项|坚持事项|整改事项)"
)
IN_PROGRESS = (
    r"正在(?:持续|有序|稳步|加快|加紧|积极|分阶段|逐步|逐项|全力|抓紧|进行|开展){0,2}(?:整改|推进|落实|办理|实施|施工|建设(?!的))中?|"
    # (…without 在 only where a word of pace follows: "其余29项正加快推进", not "真正落实".)
    r"正(?:持续|有序|稳步|加快|加紧|积极|逐步|逐项|全力|抓紧)(?:整改|推进|落实|办理|实施)|尚在(?:整改|推进|落实)中?|持续整改中|整改中|"
    r"整改(?:工作)?正在(?:进行|推进|实施)中?|"
    r"(?:不能|无法|难以|未能)(?:按期|如期|按时)完成(?:整改)?|"
    r"推进中|落实中|办理中|尚未完成|未完成|(?:尚)?未(?:能)?(?:按期|如期|按时)完成(?:整改)?|(?:尚)?未办结|(?:暂不|尚未|未)销号|(?:尚)?未整改(?:到位|完毕)?|已(?:启动|开始)整改|部分完成|部分整改|(?:已)?达到?序时进度|未达(?:到)?序时进度|滞后于序时进度|按序时(?:进度)?推进|序时推进|"
    r"按时序(?:进度)?推进|持续整改|持续推进|正在(?:研究|制定)整改方案|"
    # (…some of it done, whatever the done words after: "大部分已整改", "已完成部分整改".)
    r"(?:大)?部分已(?:整改|完成)(?:到位|完毕|整改)?|已完成部分(?:整改)?(?:任务)?|"
    r"(?:正在)?进行中|按计划推进"
)
# After a bare 已完成: nothing it names, or the item's own work (…整改, as in 已完成反馈问题整改5个; 任务, 销号, 验收), or a
# count in words (已完成五个, 已完成五十五项); not 已全部完成培训 or 已完成招标, a piece of the work done.
_NOTHING_NAMED = rf"(?!(?![^，,。；;、\n]{{0,10}}?整改|任务|销号|验收|并|了|[{CN_DIGITS}]+[个项条件])[\u4e00-\u9fff])"
COMPLETED = (
    # (All of it done, in figures, "已完成100%": read before the shorter phrases, which leave the share a tally.)
    rf"已经?(?:全部)?完成(?:整改)?[ \t]*100[ \t]*[%％]|已经?(?:全部|全面)?完成整改(?:任务)?(?:并(?:已)?(?:验收)?销号)?|已经?(?:全部)?完成{_NOTHING_NAMED}|已经?(?:全部)?办结|已经?(?:全部|全面|彻底)?整改(?:完成|到位|完毕)?(?:并(?:已)?(?:验收)?销号)?|整改到位|"
    r"整改(?:工作)?已(?:全部)?到位|已(?:达到|符合)整改(?:要求|目标|标准)|"
    r"已经?解决|已(?:得到|获)(?:有效|彻底|妥善|根本)?解决|已经?整改好|整改完毕|已经?(?:验收)?销号|予以销号|同意(?:验收)?销号|"
    r"已立行立改(?:到位|完毕)?|(?:整改)?完成率(?:达到?|为)?[ \t]*100[ \t]*[%％]|(?:符合|达到)销号(?:条件|标准|要求)|已经?落实(?:到位)?|已(?:全部|全面)落实(?=[。；;，,\n]|$)|已完结|已结案|完成整改|整改完成|已清零|已(?:全面|按期|如期|按时)完成(?:整改(?:任务|工作)?)?(?:并(?:已)?(?:验收)?销号)?|"
    r"已按(?:要求|规定|时限)整改(?:到位|完毕|完成)?|"
    # …and bare, not as a goal ("确保按期完成", "力争如期完成"):
    # (The test of the word before comes after the first characters, so that every phrase opens with a character.)
    r"(?:全面|按期|如期|按时)(?<![保取争要将应须未没能法以]..)完成(?:整改)?(?=[。；;，,\n]|$)|"
    # Done as the problem's own remedy says it, as the whole clause: money given back (已清退, 已追缴), a wrong
    # put right (已纠正), all of it (已全部收回); "已收回违规报销费用3.86万元" is a measure.
    r"已(?:予以)?(?:全部|全额|如数)?(?:纠正|清退|退还|追缴|追回|收回|缴回|归还)(?:到位)?(?=[。；;，,\n]|$)|"
    # …or an environmental problem's remedy done, as the whole clause: "已全部完成治理工作", "已完成整治" (not "已完成治理
    # 方案编制", a plan).
    r"已(?:全部|全面)?完成(?:治理|整治|修复|生态修复)(?:工作|任务)?(?=[。；;，,\n]|$)|"
    # …or says the remedy is finished: 已清理完毕, 已整治到位 (not "已公布完毕", said of publishing).
    r"已经?(?:清理|处理|处置|清退|退还|追缴|收回|拆除|整治|纠正|办理|补缴|归还|清查)(?:完毕|到位|完成)(?=[。；;，,\n]|$)|"
    # Done by a date: "已于2024年5月整改到位", "已于6月底前完成整改" (not a piece of work done by then: "已于8月完成移交").
    rf"已于[^，,。；;\n]{{2,12}}?(?:{WHOLLY_RECTIFIED}|完成{_NOTHING_NAMED}|办结|销号)"
)
# A share short of the whole after a completion phrase ("已完成70%", "已完成整改任务的80%", "整改完成率60%"): a tally of
# the work, no status (as gold_holdout5's n4 labels read it), where 100% is done.
PART_DONE = r"[ \t]*(?:[^，,。；;\n%％]{0,8}?的)?率?(?:达到?|为)?[ \t]*(?<!\d)\d{1,2}(?:\.\d+)?[ \t]*[%％]"
# The words of a clause after a status that plans, not states ("该问题未按期完成，计划于2025年6月底前完成").
PLAN_WORDS = "计划|预计|力争|争取|确保|拟"
# How promptly an item was taken in hand, a lead-in before its status ("立行立改，已完成"): no status of its own.
MANNER_LEAD_INS = frozenset(
    {"立行立改", "即知即改", "立知立改", "立查立改", "即查即改", "边查边改", "立即整改", "迅速整改"}
)
# An acceptance check's verdict, said after the status ("已完成整改，同意销号") or alone under 验收意见.
VERDICTS = ("同意销号", "同意验收销号", "予以销号")
# 已 as pages mistype it in a status (己完成, 巳整改到位: characters one stroke apart), read as 已; not the
# 己 of 自己 or 知己 ("自己完成学习任务"). (The test of the character before comes after the character, so
# that every phrase still opens with a known character, which the engine scans for: lazy_re.skip_ahead.)
ALREADY = "(?:已|[己巳](?<![自知利异][己巳]))"
MISTYPED_ALREADY = ("己", "巳")


def mistyped(phrases: str) -> str:
    """`phrases` that also read 已 where a page mistyped it (only texts holding 己 or 巳 need them)."""
    return phrases.replace("已", ALREADY)


# A status said of the items above it, after the last of them: "以上问题已全部整改到位", "上述3个问题均已完成整改"
# (not "以上措施已落实", said of one item's measures).
ABOVE_WORDS = ("以上", "上述")
# …perhaps after the day it speaks at: "目前，上述问题已全部整改到位", "截至2024年6月底，以上问题…", "2024年6月，上述问题…".
ABOVE_LEAD = compile_shared(
    r"(?:目前|截至目前|现已?)[，,]?|(?:(?:截至|截止)[^，,。；;\n]{2,16}|\d{4}年\d{1,2}月(?:底|末)?)[，,]"
)
# …where it ends a paragraph that answers them together, the paragraph opens so: "针对以上问题，一是…；二是…".
ANSWERS_TOGETHER = ("针对以上", "针对上述", "对以上", "对上述")
# The exception such a sentence allows for the items that say their own: "以上问题除另有说明外，均已整改完成".
EXCEPT_AS_SAID = LazyPattern(r"除(?:另有|特别|单独|另行)?(?:说明|注明|标注|列明)(?:的|者)?(?:以)?外[，,]?")
# …or says it of some of them by their labels: "其中，（二）（三）两个问题需长期坚持".
AMONG_WORDS = ("其中",)
# …or opens naming them by number: "第9项至第11项已全部完成整改", "第1、3项已完成整改，第2项正在推进".
NAMED_FIRST = LazyPattern(r"第\d+(?:[、，,至到]第?\d+)*(?:个|项|条)")
ABOVE = (
    rf"^(?:{'|'.join(ABOVE_WORDS)})(?:第?[\d一二两三四五六七八九十]+(?:[、，,和及至-][\d一二三四五六七八九十]+)*)?"
    r"(?:个|项|条)?(?:问题|事项|任务)"
)  # (…or names them by number: "以上第1、2项问题已全部整改到位")
# A group's opening words that declare all its items rectified, before the list: "对巡察期间移交的5个立行立改问题，
# 局党组即知即改、边巡边改，已于巡察期间全部整改到位：" (not a tally, "64项整改任务已完成55项", nor a goal, "确保…全部
# 整改到位"). The sentence names the items (问题, 事项, 任务) before the words.
_ALL_DONE = rf"(?:{WHOLLY_RECTIFIED}|办结|整改(?=[。；;，,：:\n]|$))"  # (…全部整改。 as said at the end)
GROUP_DONE = (
    rf"(?:问题|事项|任务)[^。；;]{{0,40}}?(?<![保求争将])(?:均|全部)(?:已经?)?{_ALL_DONE}"
    rf"|(?:问题|事项|任务)[^。；;]{{0,40}}?已(?:于[^，,。；;]{{1,12}})?(?:均|全部){_ALL_DONE}"
)
# An audit's class of problems rectified in stages: under way as the whole of a status cell ("分阶段整改") or in a
# tally ("分阶段整改5个"); beside a phrase of its own ("分阶段整改，已完成阶段性目标") that phrase says where it stands.
STAGED = "分阶段整改"
# A status field or ledger cell that holds a bare word: "整改情况：完成", "是否完成：是", a 完成情况 cell "完成".
# (A form may tick the cell instead: √ for done, × for not.)
BARE = {
    "完成": "completed",
    "办结": "completed",
    "销号": "completed",
    STAGED: "in_progress",
    "是": "completed",
    "否": "in_progress",
    "√": "completed",
    "✓": "completed",
    "✔": "completed",
    "×": "in_progress",
    "✗": "in_progress",
}
# The marks a ledger sets in the column of the status an item is at, where each status has a column of its own
# ("| 序号 | 反馈问题 | 已完成 | 阶段性完成、长期坚持 | 正在整改 |" over "| 1 | … | √ |  |  |").
TICKS = ("√", "✓", "✔", "☑", "●", "■", "★", "▲", "是")
SUBJECT = r"(?:该项问题|该项|此项|本项|(?:该条|该|此|本)?(?:审计|巡[察视]|督察|反馈)?问题)"  # (…"该审计问题已整改完毕")
# …and the clause that names a notice's one problem to say where it stands, a demonstrative before it: "该反馈问题已整改
# 完成", "目前，此问题已办结" (not "…确保环保督察问题整改到位", a goal, nor "对问题未整改到位的…", a measure).
THE_ONE_NAMED = rf"(?:^|[，,])[ \t]*(?:目前|截至目前|现)?[，,]?[ \t]*(?=[该此本]){SUBJECT}"
# What a section on the audited unit's rectification, after an audit's findings, says of them all in its last
# sentence: "…被审计单位已落实整改。", "同时该单位已按照审计整改的要求及时进行了整改。", "…管理局多计工程价款问题已依法整改。"
# (a section of that name, "四、被审计(调查)单位的整改情况", holds no item of its own); or the auditor's handling of one
# finding says of it: "…依法出具了审计报告，要求建设单位据实结算，目前建设单位已按照审计报告的要求进行了落实。"
SECTION_DONE = (
    r"(?P<done>已(?:按照?[^，,。；;\n]{0,16}?(?:要求|规定)|根据需要)?(?:及时|依法|全部)?(?:进行了?)?(?:落实)?整改(?:到位|完毕|完成)?|"
    rf"{ALL_DONE_WORDS}|"
    r"已按照?[^，,。；;\n]{0,16}?要求进行了?落实)[。；;]?[ \t]*$"
)
# The units answering for the item, as a status sentence's subject: "相关单位已整改完成".
RESPONSIBLE = r"(?:相关|有关|涉及)的?(?:单位|部门|乡镇|街道|村|科室|股室)"
# The words a group's status says where its items stand in: 已完成整改, 正在推进, 需长期坚持, 达到序时进度, 已销号 …
_WHERE_IT_STANDS = "(?:完成|整改|到位|办结|销号|推进|坚持|序时|时序|进度|成效|解决)"
# A heading that groups findings by where they stand: "一、已整改完成的问题",
# "（一）集中整改期内已完成（含基本完成）的整改事项", "（二）正在推进的整改任务", "二、达到序时进度的问题",
# "阶段性完成的问题", with their count: "一、已完成整改的问题（10个）", in a notice published in parts:
# "二、第二批已完成整改的问题及整改情况", "二、达到序时进度问题整改进展情况", with the day it stands at:
# "第一批已完成整改的问题（截至2024年10月31日）".
STATUS_GROUP = (
    r"(?:^(?:集中整改期(?:内|间)?|目前|第[\d一二三四五六七八九十]+批)?"
    r"(?:已|基本|正在|持续|尚未|未|需|达到|按序时|按时序|按计划|阶段性|长期|取得阶段性)"
    # (…saying where they stand: not a finding that opens so, "（四）未及时办理竣工财务决算问题", "长期挂账问题".)
    rf"(?=[^，,。；;]{{0,14}}?{_WHERE_IT_STANDS})"
    r"[^，,。；;]{0,14}?(?:的)?(?:整改)?(?:问题|事项|任务)"
    r"(?:[（(]?共?[\d一二三四五六七八九十]+(?:个|项|条)[)）]?|[（(](?:截至|截止)[^()（）]{2,16}[)）])?"
    r"(?:(?:及(?:其)?)?整改(?:落实|进展|推进)?情况)?$|"
    # …or a lead-in that says where the items after it stand: "以下问题已完成整改：", "下列3个问题需长期坚持：",
    # "以下问题已基本完成整改，需长期坚持：".
    r"^(?:以下|下列)(?:[\d一二三四五六七八九十]+(?:个|项|条))?(?:问题|事项|任务)(?:均|已经?|基本|正在|持续|尚未|未|需要?|长期)"
    r"[^，,。；;：:]{0,12}(?:[，,][^，,。；;：:]{0,8})?[:：]?$)"
)
# A notice that declares every problem it lists rectified (a 销号公示, a closure notice, or a notice whose
# tasks are all done): "反馈的7个问题已完成整改", "50个整改任务已全部完成整改，并将长期坚持" (then long-term),
# "移交的2件立行立改事项已完成2件" (the two counts must agree), "交办的2个问题…现已完成整改工作，进入销号程序",
# "整改任务第43项已整改完成，并通过核查验收", "以下5项整改任务已完成整改，达到销号条件", "共计12个问题已整改完成". Not a tally of part of them ("36个问题已完成整改30个"), nor one
# beside other statuses. `words` is the status phrase, `lasting` a long-term continuation.
_N = r"[\d一二三四五六七八九十]+"
ALL_DONE = (
    rf"(?:(?:反馈|交办|督办|指出|移交|以下|共计|合计)的?(?P<total>{_N})(?:个|项|条|件)[^，,。；;]{{0,8}}?(?:问题|事项|任务)"
    rf"|\d+(?:个|项|条|件)(?:整改)?(?:问题|事项|任务)(?=[^。；;]{{0,4}}全部)|(?:问题|事项|任务)(?:均|全部)"
    # (…or the one task a closure posts, by its number: "第十三项任务", "第二十六项整改事项", "反馈问题(序号22)".)
    rf"|第{_N}(?:项|个|号)(?:整改)?(?:问题|任务|事项)|(?:问题|任务)[(（]序号{_N}[)）]"
    # (…or the problems found, all: "截至公告日，审计发现问题已全部整改到位".)
    r"|(?:发现|反馈|指出|查出)的?问题(?=已|整改已))"
    rf"(?:[(（][^()（）]{{0,60}}[)）])?[，,]?(?:均|全部)?"
    rf"(?P<words>{ALL_DONE_WORDS}(?!{_N})|已(?:全部)?完成(?P<done>{_N})(?:个|项|条|件))"
    rf"(?P<lasting>[，,](?:并将|并|需|仍需|还将)?{LASTING})?"
    rf"|现{ALL_DONE_WORDS}[，,][^。；;]{{0,20}}(?:销号|公示)"
    rf"|{ALL_DONE_WORDS}[，,]{{0,2}}并?通过[^。；;]{{0,30}}?验收"  # (",,": a copy that doubles its commas)
    # (…or what a closure notice posts: "现对已完成整改的问题情况进行公示".)
    rf"|对{ALL_DONE_WORDS}的(?:问题|任务|事项)(?:情况)?(?:进行|予以)?(?:公示|公开|销号)"
    # (…or the one complaint a closure notice posts: "省生态环保督察转办信访件(编号D4JN20241031009)相关内容已整改完成".)
    rf"|(?:信访(?:举报)?件|交办件|转办件)(?:[（(][^()（）]{{0,30}}[)）])?(?:相关内容|反映的?问题)?{ALL_DONE_WORDS}"
    # (…or the one task a closure notice posts: "…集团已完成中央生态环境保护督察2022年第4项问题整改，拟申请验收销号", "我县已完成
    # …第二十项问题整改,现对该项问题整改完成情况向社会公示".)
    rf"|已完成[^。；;，,]{{0,40}}?第{_N}(?:项|个|号)(?:问题|任务)?的?整改(?:工作|任务)?"
    r"(?=[，,]?[^。；;]{0,80}?(?:销号|验收|完成情况[^。；;]{0,12}公示))"
    # (…or the complaints a disclosure publishes, those closed: "截至9月7日,已办结256件,现予以公开;正在办理14件,待…".)
    r"|已办结\d+件[，,]现予以(?:公开|公示|公布)"
)
# What a status sentence goes on to say of the acceptance after the status ("该问题已完成整改，具备销号条件", "…已整改到位，
# 达到销号验收条件，现予以公示"): no measure, left out of the measures with the status.
ACCEPTANCE_AFTER = (
    r"(?:[，,]+(?:(?:已|并)?(?:达到|符合|具备|满足)[^，,。；;\n]{0,12}(?:条件|标准|要求|目标)|"
    r"现(?:予以|向社会)?(?:公示|公开|公告|公布)))*"
)
# The words a measure opens with ("对…", "按照…", "通过…"): a first clause opening so tells the work done, not a status.
MEASURE_OPENINGS = ("对", "针对", "按照", "将", "通过", "围绕", "结合")
# What a clause after a completed status ends with when it says the work goes on ("…，长期坚持").
LASTING_ENDS = LASTING_WORDS
# A last clause saying the work must go on ("需长期坚持", "仍需长期坚持"): long-term, not done.
GOES_ON_LASTING = compile_shared(rf"(?:需要?|仍需|还需|将|要){LASTING}$")
# The keys of a line that gives a deadline or an owner (整改时限：…, 责任单位：…), whose value is no status.
DEADLINE_WORDS = compile_shared(r"时限|期限|时间|日期|责任")
# The words of time a status text opens with ("目前，已完成"), left out of it.
# The words that date a closing status to now, or to a day ("截至6月底已完成整改", "截至2024年5月10日，已整改到位").
AS_OF = r"(?:目前|截至目前|现|(?:截至|截止)(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:底|末)?)"
TIME_LEAD = compile_shared(rf"^(?:{AS_OF}|现已)[，,]?")
# A bare key before a status word ("整改情况：完成", "完成进度 100%"), or a question its 是 or 否 answers ("是否销号：是").
BARE_STATUS_KEY = compile_shared(r"(?:(?:整改|完成)(?:情况|进展|结果|状态|进度)?|是否已?(?:销号|办结|整改到位))[ \t]*$")
# A continuation after a status said of items by number ("…已完成，并长期坚持"): long-term.
LASTING_AFTER = compile_shared(rf"[，,](?:并|将|需|仍需|还需)?(?:{LASTING}|持续推进)(?=[，,。；;]|$)")
# A line on all the items above, with their count: "以上5个问题已全部整改完成".
# A last sentence that tallies the items above as done, by their number ("截至2023年7月底，已完成整改合计4项，整改完成",
# "4个问题均已整改到位"): their status where the number is theirs.
DONE_TALLY = compile_shared(
    rf"(?:已|均已|全部){WHOLLY_RECTIFIED}(?:合计|共计|共)?([\d一二三四五六七八九十]{{1,3}})(?:个|项|条)|"
    rf"(?:合计|共计|共)?([\d一二三四五六七八九十]{{1,3}})(?:个|项|条)(?:问题)?[，,]?(?:已|均已|已全部|全部){WHOLLY_RECTIFIED}"
)
ALL_ABOVE_COUNTED = compile_shared(r"以上(?:共)?(\d+|[一二三四五六七八九十]+)(?:个|项|条)(?:问题|事项|任务)")
# The words a text saying the work is under way opens with ("正在整改", "仍在推进").
UNDER_WAY_WORDS = ("正在", "仍在", "尚在")
# The words the next steps open with: what follows them is planned, no status.
AHEAD_WORDS = ("下一步", "下步", "今后", "接下来", "下阶段")
# Words of work going on that, followed by what it works on, are a measure: "持续推进“压减”工作".
PRESSED_ON = frozenset(("持续推进", "持续深化", "持续巩固", "常态化推进", "常态化开展", "长期推进", "长效推进"))
