"""Section kinds: what a heading of a notice's outline introduces.

A notice has a preamble, often a section on how the rectification was organised (一、整改工作组织情况
> （一）提高站位抓整改 （二）压实责任抓整改 …), the findings with their rectification (二、巡察反馈问题
整改落实情况 > the problems), a section of next steps (下一步工作打算) and a contact block. Only the
findings hold issues. Headings of the other sections describe the rectification *work* (抓整改, 整改
责任, 领导小组, 长效机制) or the report itself (总体情况, 下一步) and state no deficiency; a finding states
one (不到位, 缺乏, 滞后 …) or quotes the inspection's words.

`section_kind` reads the first clause of a heading; the stages decide with it and with structure
(whether rectification text follows, whether children are findings).
"""

from __future__ import annotations

from typing import Literal

from extractor.lazy_re import LazyPattern, compile_shared
from extractor.vocab.status import ALL_DONE_WORDS

SectionKind = Literal["organisation", "findings", "next_steps", "overview", "contacts"]

# An audit's results with their rectification, as a section's name: "三、工程结算审计结果及整改情况".
AUDIT_RESULTS_RECTIFIED = r"审计结果(?:及|和|与)(?:其)?整改(?:落实)?情况"
# The heading of the section that holds the findings: 巡察反馈问题整改落实情况, 集中整改期内整改进展情况,
# 区委巡察组反馈意见整改落实情况, 具体问题整改情况, 审计查出问题整改结果, 整改任务完成情况, 反馈问题阶段性整改情况,
# 交办信访件办理情况.
FINDINGS = compile_shared(
    # (…set out as a table: 巡察反馈问题整改落实情况表, 一览表.)
    r"(?:问题|意见|反馈|集中整改期内?|具体|事项|任务)(?:的)?(?:逐项|逐条|阶段性|集中)?(?:的?整改|整改工作)(?:落实|进展|完成)?(?:工作)?(?:情况|进展|结果)"
    r"(?:(?:及|和|与)(?:成效|结果))?(?:一览)?表?$|问题(?:及|和|与)其?整改(?:落实|进展|完成)?情况$|"
    r"问题(?:的)?(?:整改)?(?:落实|进展|进度|完成)?(?:情况)?(?:清单|台账)表?$|问题(?:及|和|与)(?:整改)?(?:措施|任务)(?:清单|台账)表?$|^(?!组织|推动|推进|部署|抓好|领导)[^,，、]{0,4}整改(?:落实|进展|完成)?(?:情况|结果)(?:(?:及|和|与)(?:成效|结果))?$|"
    r"整改任务(?:的)?(?:落实|推进|完成)?(?:情况|进展)$|"
    # (…or an audit's results with their rectification: "三、工程结算审计结果及整改情况", or the audited unit's: "四、被审计
    # (调查)单位的整改情况", "三、存在问题的处理及整改情况".)
    rf"{AUDIT_RESULTS_RECTIFIED}$|被审计(?:[(（]调查[)）])?单位的?整改(?:落实)?情况$|问题的?处理(?:及|和|与)整改(?:落实)?情况$|"
    # (…or the work on them, named for the inspection: "二、落实审计问题整改".)
    r"^(?:落实|抓好|推进|推动)?(?:审计|巡[察视]|督察)(?:反馈|发现|指出|查出)?的?问题(?:的)?整改(?:工作)?$|"
    # A 督察's complaints passed on, as handled: 二、第十五批交办信访件办理情况, 群众信访举报件办理和整改情况.
    r"(?:信访(?:举报)?件|交办件|交办问题)(?:的)?(?:办理|处理|查处)(?:和整改|及整改)?(?:落实)?(?:情况|结果)$|"
    # (…or, in a 公示 of them, what the check of each found: 二、查办结果, 调查处理情况.)
    r"^(?:查办|查处|调查处理|核查处理)(?:结果|情况)$"
)
# The words that make a heading the next steps whatever else it names ("三、存在的不足和下一步打算": the
# shortcomings a notice admits in general, not findings).
PLANS_AHEAD = compile_shared(r"(?=[下工努])(?:下一步|下步|工作打算|努力方向)")  # (a first-character scan in C)
# Next steps and the report's own overview.
NEXT_STEPS = compile_shared(r"下一步|下步|今后|工作打算|工作安排|努力方向|持续(?:深化|推进|抓好).{0,10}(?:整改|成果)")
OVERVIEW = compile_shared(
    r"总体情况|基本情况|(?:整体|总体)(?:推进|进展)情况|工作开展情况|主要做法|工作成效|整改成效|取得的成效|整改工作开展|"
    # (Not the area an inspection examines: 落实党的路线方针政策和党中央决策部署情况.)
    r"(?:工作)?(?<!决策)(?<!战略)部署(?:和|及|与)?(?:成效|情况|推进情况)$|"  # audit reports: 一、2023年度审计整改工作部署和成效
    r"^(?:巡[察视]|审计|督察)?整改工作(?:开展)?情况$|"
    # (…and who was held accountable, told after the items: 四、问责情况, 五、典型问题问责情况, 六、追责问责情况.)
    r"(?:追责)?问责(?:处理)?(?:情况|工作)$|责任追究(?:情况)?$"
)
# What a resolve says the work will not do: shirk, relent or let go (直面问题不回避, 一抓到底不放松, 整改不到位不销号).
_LETTING_GO = (
    "回避",
    "推诿",
    "遮掩",
    "掩饰",
    "护短",
    "含糊",
    "敷衍",
    "手软",
    "放松",
    "松懈",
    "松手",
    "撒手",
    "放手",
    "放过",
    "收兵",
    "罢休",
    "动摇",
    "偏离",
    "跑偏",
    "退缩",
    "拖延",
    "停歇",
    "停步",
    "止步",
    "降低",
    "变调",
    "走过场",
    "打折扣",
    "搞变通",
    "留死角",
    "销号",
)
# A resolve, not a shortfall: a clause ending in 不 and one of those words, whatever negations before it set its
# conditions ("问题不解决不放过", "不达目的不罢休"). (Anchored at a clause's start, so each clause is read once.)
RESOLVE = rf"(?:^|(?<=[，,。；;：:！!\n]))[^，,。；;：:！!\n]*不(?:{'|'.join(_LETTING_GO)})(?=$|[，,。；;！!\n])"
_RESOLVE = compile_shared(RESOLVE)
# 问题 as the object of the rectification work (a heading on how it was organised), not a problem stated.
WORK_ON_PROBLEMS = (
    # (…or of a resolve: 存在问题不回避, 问题不解决不放过.)
    rf"{RESOLVE}|"
    r"(?:聚焦|对照|围绕|紧扣|盘点|着眼|正视|直面|紧盯|盯紧|盯住|瞄准)[^，,。；;]{0,4}问题|(?:认领|梳理|查摆|查找|剖析|交办|移交|分类)(?:反馈)?问题|"
    # Problems to prevent or clear up: 防止同类问题再次发生, 坚决纠治“四风”问题, 从严查处违纪违法问题.
    r"(?:防止|杜绝|避免|纠治|查处|整治|治理|严查|整顿)[^，,。；;]{0,12}问题|"
    # Problems named in general, not stated: 针对存在问题, 针对反馈问题, 针对共性问题 (not 针对“…”问题, a finding).
    r"针对(?:存在|反馈|巡[察视](?:反馈|指出)?|指出|发现|共性|个性|突出|具体|上述|相关|有关|重点|各类|这些)?的?问题(?![^，,。；;]*“)|"
    r"(?:着力|逐项|切实|集中)?解决[^，,。；;]{0,12}问题|"
    r"(?:推动|推进|抓好|狠抓|加快|确保|聚焦)问题(?:整改|解决|销号)|问题(?:线索)?(?:清单|根源|线索|台账|导向)|"
    # …or the rectification of the problems found, as an area: "巡察、审计等监督发现问题整改方面".
    r"(?:发现|反馈|指出|查出|交办)(?:的)?问题(?:的)?整改"
)
# Shortcomings as the object of the work, not stated as findings: 补齐短板弱项, 狠抓薄弱环节, 针对存在的不足.
# (A goal the work sets is no shortcoming either: 确保整改不走过场, 防止问题反弹.)
_SHORTCOMINGS = ("短板", "弱项", "薄弱环节", "不足", "漏洞", "差距")
# Wrongs and dangers the work guards against or clears up (防范化解风险, 排查整治隐患, 严查违规违纪).
_WRONGS = (
    "风险",
    "隐患",
    "违规",
    "违纪",
    "违法",
    "形式主义",
    "官僚主义",
    "四风",
    "不正之风",
    "腐败",
    "漏洞",
    "死角",
    # (…and the laxity the work keeps off: 克服厌战情绪，防止松劲懈怠.)
    "松劲",
    "懈怠",
    "松懈",
    "厌战",
    "麻痹",
)
_HARD_SPOTS = ("难点", "堵点", "难题", "痛点", "困难", "急难愁盼")  # (…解决整改中的困难)
_RELAPSES = ("反弹", "回潮")
_FELL_SHORT = ("不到位", "不力", "不彻底", "不及时", "滞后", "缓慢", "敷衍")  # (对整改不到位的问题责令重新整改)
WORK_ON_SHORTCOMINGS = (
    rf"(?:聚焦|针对|对照|围绕|补齐|狠抓|加强|强化|夯实|破解|弥补|堵塞|查找|查摆|正视|直面|找准|缩小|反思|检视|紧盯|盯紧|盯住|瞄准)[^，,。；;]{{0,6}}"
    rf"(?:{'|'.join(_SHORTCOMINGS)})|"
    rf"(?:破解|攻克|化解|解决|疏通|突出|聚焦|紧盯|盯紧|瞄准|抓住)[^，,。；;]{{0,8}}(?:{'|'.join(_HARD_SPOTS)})|"
    rf"(?:防范|化解|排查|整治|查处|纠治|严查|治理|杜绝|防止|清理|消除|根治|严惩|整顿|反对|力戒|克服|破除|警惕|遏制)"
    rf"[^，,。；;]{{0,8}}?"
    rf"(?:{'|'.join(_WRONGS)})(?:[、和及与]?(?:{'|'.join(_WRONGS)}))*|"
    rf"补短板|强弱项|查缺补漏|防微杜渐|防止[^，,。；;]{{0,6}}(?:{'|'.join(_RELAPSES)})|"
    # Those who fell short, as the object of a measure: "对整改不到位的问题责令重新整改", "对进度滞后的单位进行通报",
    # "对整改不到位的问题，严肃追责问责" (not a heading that names the problem: "针对利息收入上缴不及时的问题",
    # "一、对资产管理不到位的问题").
    rf"(?<!针)对[^，,。；;]{{0,16}}?(?:{'|'.join(_FELL_SHORT)})的(?:问题|单位|部门|科室|股室|个人|干部|人员|责任人)"
    r"(?=[，,]?[\u4e00-\u9fff])|"
    # Risk as the object of its management: 强化风险防控, 加强风险管控.
    r"风险(?:防控|防范|管控|排查|评估|研判)|"
    # (…and what a measure makes sure of, whatever it keeps from happening: 确保整改不走过场, 确保整改方向始终不偏.)
    # (…not what falls short of one: "确保安全生产的措施不到位、不具体".)
    r"确保[^，,。；;]{0,10}?(?:、?不(?!到位|具体|健全|完善|规范|落实|严格|及时|够|力|足|细|实|全|深|明确|充分)[\u4e00-\u9fff]{1,3}){1,4}"
)
# How the rectification was organised: the work itself, its leadership and mechanisms.
ORGANISATION = compile_shared(
    r"组织(?:整改|领导|实施|推进|落实|开展)|整改工作(?:的)?(?:组织|基本|开展|推进|总体)|整改(?:工作)?组织|"
    r"(?:履行|落实|扛起|扛牢|扛实|压实|担起|担负).{0,12}(?:主体责任|第一责任人责任|整改责任|政治责任)|主体责任(?:落实)?情况|"
    r"提高(?:政治)?站位|提升(?:政治)?站位|压实(?:整改)?责任|压紧压实|扛起|扛牢|扛实|扛稳|高度重视|"
    r"(?:加强|强化|健全)(?:组织)?领导|成立.{0,12}(?:领导小组|工作专班|专班|领导架构|领导机构|工作机构)|(?:坚持|突出|强化)问题导向|"
    # (…the meetings held, the papers drawn up and the reporting set up for the work: "召开三个层面会议", "制定三套工作文件",
    # "建立三种汇报制度"; a heading that states a shortfall is read as one first.)
    r"^(?:组织)?召开.{0,10}会议|^制定.{0,10}(?:方案|文件|清单|计划)|^建立.{0,10}(?:制度|机制)|"
    r"注重(?:长效|建章立制|标本兼治)|抓(?:好|实|牢|细)?整改|抓落实|(?:推动|推进|确保|狠抓|压茬)(?:整改)?(?:落实|落地|见效|实效|严实|走深走实|取得实效)|"
    r"(?:强化|加强|严格)(?:督导|督查|督办|监督|跟踪问效)|(?:建立|健全|完善|形成)(?:[^,，。;；]{0,10})(?:机制|制度体系|长效)|"
    r"标本兼治|举一反三|以上率下|统筹推进|立行立改|上下联动|建章立制|长效化|(?:深化|巩固|运用)(?:巡[察视])?(?:整改)?成果|"
    r"(?:推进|推动|抓好|抓实|抓牢|落实|深化|严实|全面|分类|统筹|一体|即知即改|立行立改)整改(?:工作)?$|"
    # A body's own work on the rectification, as a section's name: "一、集团党委落实巡察整改情况".
    r"(?:党委|党组|党工委|党总支|党支部|[省市县区州旗]委)(?:落实|推进|抓好|开展|组织)(?:巡[察视]|审计|督察)?整改(?:工作)?(?:的)?情况$|"
    r"(?:更加|更为)(?:夯实|有力|完善|健全|有效|规范|扎实|严格|凸显|显著|明显|巩固|精准)$|"  # 审计整改责任更加夯实
    # Work done on the problems, not a problem: 聚焦问题清单, 主动认领问题, 推动问题整改, 抓好问题线索处置.
    rf"{WORK_ON_PROBLEMS}|{WORK_ON_SHORTCOMINGS}|跟踪问效|整改责任(?:落实)?情况|责任落实情况|追责问责|以案促改|对标对表|"
    r"(?:部署|推动|推进|组织|抓好)(?:推动|推进|实施|落实)?(?:巡[察视]|审计)?整改(?:落实)?(?:工作)?(?:的)?情况|对账销号|逐项销号|建立(?:整改)?台账|建立(?:责任|任务|问题|整改)清单|"
    r"(?:重大|首要|重要)政治任务|查找(?:问题)?根源|剖析(?:问题)?根源|明确(?:整改)?(?:方向|目标|任务|责任|要求)|抓紧抓实|抓细抓实|抓实抓细|抓牢抓实|(?:讲政治|全局|大局)(?:高度)?.{0,4}抓|(?:统一|提高)(?:思想)?认识|强化担当|从严从实|认识(?:和|与|及)态度|思想认识"
)
# A report section on the work's own shortcomings (三、存在的问题和不足, 仍存在的困难): after the findings, what
# the rectification has yet to do better ("整改成效还不够明显"), no finding.
_WORK_SHORTCOMINGS = r"(?:仍然?)?存在的?(?:主要)?(?:问题|不足|困难)(?:和|及|与)?(?:不足|问题|困难)?$"
# (…the work named before it: 整改工作中存在的困难和问题, 整改过程中存在的不足.)
SHORTCOMINGS_SECTION = compile_shared(rf"^(?:目前|当前)?(?:[^，,。；;]{{0,8}}?中)?{_WORK_SHORTCOMINGS}")
# A report section on the rectification of the inspection before (上轮巡视整改未完成事项推进情况, 关于上轮巡视整改情况).
# (Not a finding that the last rectification fell short: "上轮巡视整改不到位，部分问题反弹回潮".)
PREVIOUS_ROUND = compile_shared(r"上一?轮[^，,。；;]{0,8}?整改(?!不|走过场|打折扣|敷衍|流于形式)")
# A report section on the problems not yet rectified, or on its shortcomings, taken together (三、尚未整改
# 到位的问题及原因, 未完成整改的事项, 存在的问题和不足): an overview, whose items, where it lists them, are
# findings (but see `SHORTCOMINGS_SECTION`).
REMAINING = compile_shared(
    r"^(?:目前|当前)?(?:(?:尚未|仍未|未能?|没有)(?:全部|完全)?(?:整改|完成|办结|销号)?(?:到位|完成|整改|销号)?的?"
    rf"(?:问题|事项|任务)(?:及|和|与|$)|{_WORK_SHORTCOMINGS})"
)
# Words that make a heading read as a deficiency; 问题 alone also names report sections
# (审计查出问题整改工作总体情况), so it counts only where a section name does not.
STRONG_DEFICIENT = LazyPattern(
    r"(?<![绝决毫])不(?!断|仅|但|久|懈|反弹|回潮|松劲|走样|减|降|折|扣|停|留|移|渝|怠|动产)|未|没有|缺|欠|差|弱|乏|漏洞|短板|偏差|偏低|偏少|滞后|隐患|风险|虚化|薄弱|"
    r"(?<!关键)少(?!数)|慢|(?<![克迎知])(?<!整改)难(?!得|能可贵|点)|低|松|空白|违规|违反|超标|失职|乱|形式主义|官僚主义|打折扣|走过场|流于形式|待(?:提高|加强|提升|改进|优化|完善|规范|健全)|矛盾(?:突出|较大|尖锐)|"
    r"(?:时间|周期|时限)(?:过|较|偏)?长|"
    # …or an audit's money left idle or owed: "营养改善计划资金结余较大", "暂付款余额较大".
    r"(?:结余|余额|结存|沉淀|欠款|挂账)[^，,。；;]{0,4}?(?:较大|较多|过大|过多|偏大|偏多)|"
    # …or an audit's money spent past its bounds, overstated, or diverted: "超概算投资1024万元", "多计工程价款87.5万元".
    r"超(?:概算|预算|范围|计划)|多(?:计|付|支付|报|列|发|领|拨|收)|虚(?:报|列|增|开)|套取|骗取|挤占|挪用|截留|重复(?:支付|计|发放|申报)|"
    # …or a contract's flaw or a project past its time: "施工合同条款存在瑕疵", "项目工期已超合同工期", "逾期未办理".
    r"瑕疵|逾期|超期|超(?:合同)?工期|工期(?:拖延|延误)|"
    # …or says a problem persists: "“四风”问题仍有反弹，文山会海问题依然存在", "有偿补课问题时有发生".
    r"(?:仍有|仍然|出现|有所)反弹|(?:依然|仍然|仍)存在|时有发生|屡禁不止|屡[审查改纠]屡犯|问题(?:比较|较为)?突出",
    skip=True,
)
_WORK_ON_SHORTCOMINGS = compile_shared(WORK_ON_SHORTCOMINGS)


def states_deficiency(text: str) -> bool:
    """Whether `text` states a deficiency (`STRONG_DEFICIENT`), not counting the shortcomings the work takes on
    (补齐短板弱项: `WORK_ON_SHORTCOMINGS`)."""
    if "不" in text and _RESOLVE.search(text):
        text = _RESOLVE.sub("", text)
    if STRONG_DEFICIENT.search(text) is None:
        return False
    if _SHORTCOMING_WORDS.search(text) is None and "“" not in text:
        return True  # (most headings name no shortcoming the work took on, and quote nothing)
    # (Nor a term of party work in quotes: 紧盯“关键少数”.)
    return STRONG_DEFICIENT.search(SLOGANS.sub("", _WORK_ON_SHORTCOMINGS.sub("", text))) is not None


# The words `WORK_ON_SHORTCOMINGS` cannot match without: one of its objects, or the 确保 of a goal.
_SHORTCOMING_WORDS = compile_shared(
    "|".join((*_SHORTCOMINGS, *_WRONGS, *_HARD_SPOTS, *_RELAPSES, *_FELL_SHORT, "确保", "查缺", "杜渐"))
)


# A notice laid out as a form (a 督察 task's 验收销号公示): its sections are the fields of one entry of
# the ledger, each heading a field name, sometimes run into its value ("一、整改任务秸秆禁烧工作…").
FORM_FIELDS: dict[str, str] = {
    # (…and a complaint a 督察 passed on, set out the same way: 一、交办问题基本情况 / 二、调查核实情况 / 三、处理和整改
    # 情况 / 四、问责情况 / 五、办理结果.)
    # (The problem's field may name the inspection first: "一、中央环境保护督察反馈意见整改任务".)
    "problem": r"(?:[^，,。；;：:]{0,30}?(?:督察|巡视|巡察|审计)组?(?:反馈|交办)?(?:意见)?)?"
    r"(?:整改|存在的?|反馈的?|突出)?(?:问题|任务)(?:描述|内容|清单|概述|概况)?|(?:交办|转办|信访)?问题基本情况|(?:群众)?反映(?:的)?问题|"
    # (…or what the complainant said: 一、群众反映情况, 一、举报内容.)
    r"(?:群众|信访人|举报人)反映(?:的)?情况|(?:举报|投诉|信访)(?:的)?(?:主要)?内容|(?:信访|举报|投诉)事项|"
    # (…or the feedback itself, or the matter to rectify: 一、反馈意见建议, 一、整改事项.)
    r"反馈意见(?:建议)?(?![\u4e00-\u9fff])|整改事项(?:内容|名称)?(?![\u4e00-\u9fff])",
    "measures": r"(?:重点|主要|具体)?(?:整改)?措施(?:(?:及|和|与)(?:(?:完成|落实|进展)?情况|成效))?|处理(?:和|及)?整改情况",
    # (…or the work done and what it achieved, where the form says how the task stands: 四、整改主要工作及成效.)
    "status": r"整改(?:完成|落实|进展)?情况|(?:完成|落实|进展)情况|整改(?:结果|成效|效果)|办理结果|办理(?:进展)?情况|办结情况|"
    r"(?:整改)?(?:的)?(?:主要)?(?:工作|做法)(?:及|和|与)(?:成效|进展|完成情况)",
    # What the check of a complaint found (and whether it was true, or told before: 二、属实情况, 三、重复情况).
    "findings": r"调查(?:核实)?情况|核查情况|(?:是否)?属实(?:情况)?|重复(?:投诉)?情况",
    "accountability": r"问责情况",
    "verdict": r"验收(?:销号)?(?:意见|结论|情况)",  # the acceptance check's verdict: 已完成整改，同意销号
    "target": r"(?:整改)?目标(?:任务)?|目标任务",
    # The day the work was done ("六、整改完成时间。2021年9月"), a field apart from the deadline where a form has both.
    "done_on": r"(?:整改|实际)完成时间|完成整改时间|销号时间",
    "deadline": r"(?:整改)?(?:完成|整改)(?:时限|期限|时间)|拟?何时销号",
    # (…and who checks the work: 三、验收单位.)
    "owner": r"整改(?:实施|责任)?主体|(?:整改)?(?:责任|牵头|配合)(?:单位|部门|领导|人)|验收(?:单位|部门)",
    # What is still to do (no field of the item either): 四、后续工作计划, 五、下一步工作打算.
    "plans": r"(?:后续|下一步|下步)(?:工作)?(?:计划|打算|安排|措施)?",
    # How to object while it is posted (no field of the item): 五、公示时间, 六、受理部门, 七、受理电话, 八、受理地址.
    # (…or whom to call: 社会监督联系人及电话.)
    "publicity": r"公示(?:时间|期限|期)|(?:联系|监督|反馈|受理)方式|受理(?:部门|单位|机构|电话|地址|邮箱)|(?:联系|监督|举报)(?:电话|地址)|"
    r"(?:社会)?(?:监督)?联系人(?:及|和)?(?:联系)?(?:电话|方式)?",
}
# The value of a form's done_on field that dates the work done, not a deadline ("2021年9月", not "2021年9月底前").
DONE_ON_DATE = compile_shared(r"[ \t:：。,，]*\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:底|末|份)?(?![前之以内\d])")
# …but a field's name that goes on to name what is checked of it is no field: "（一）整改任务完成情况", "（二）整改措施落实情况"
# (a plan's or an evaluation's headings).
FIELD_NAME_GOES_ON = r"的?(?:完成|落实|执行|巩固|推进)(?:情况|进展|成效)"
# A heading that names the section of the one problem a closure notice posts, its text in the paragraph below:
# "一、中央环境保护督察组反馈问题情况", "一、反馈问题", "一、存在问题". (The inspection's name may lead it.)
PROBLEM_SECTION = compile_shared(
    r"[^，,。；;：:]{0,24}?(?:督察组?|巡视组?|巡察组?|审计)?(?:反馈|交办|转办|存在|发现|指出)的?(?:主要)?问题(?:基本)?(?:情况)?"
)
# What a closure notice's problem paragraph opens with, naming where the task stands in a plan: "《…整改方案的通知》
# (吉林办[2018]251号)任务清单第4项：".
TASK_REFERENCE = compile_shared(
    r"[^。；;\n]{0,80}?(?:清单|方案|台账)第[\d一二三四五六七八九十]{1,3}(?:项|个|条|号)(?:整改任务|问题)?[ \t]*[:：][ \t]*"
)
# A problem cell that opens with the task's name: "第二轮…督察第6项整改任务：2022年8月5日，…".
FORM_PROBLEM_LEAD = r"[^:：。\n]{0,40}?(?:整改任务|问题(?:描述)?)[ \t]*[:：]"
# Headings that wrap the findings list rather than state a finding (二、巡视反馈问题整改落实情况).
WRAPPER_TITLE = compile_shared(
    r"整改(?:落实|进展|完成)?(?:情况|结果)$|整改(?:工作|落实)(?:情况)?$|问题清单$|整改任务(?:的)?(?:落实|推进|完成)?(?:情况|进展)$"
)
# …and one named for the problems found, where a notice lists them before it tells of their rectification (二、审计发现
# 的主要问题 over (一)…(五), then 四、审计整改情况): where they sit, no group of them. (Not a findings section to the
# genre check: news of an inspection's feedback lists 一、巡察发现的问题 too.)
FOUND_PROBLEMS = compile_shared(r"(?:审计|巡[察视]|督察)(?:发现|查出|指出|反馈)的?(?:主要)?问题")
# …with the auditor's handling of them: "三、审计发现的主要问题及处理意见", or their rectification: "…及整改情况".
# (…or the audit's results with their rectification, said for all after them.)
# (…or the problems that stand, with the auditor's handling: "三、存在的问题及处理意见".)
STANDING_PROBLEMS_HANDLED = r"存在的(?:主要)?问题(?:及|和)(?:审计)?处理"
FOUND_AND_HANDLED = compile_shared(
    rf"{FOUND_PROBLEMS.pattern}(?:(?:及|和)(?:审计)?(?:处理|整改)(?:处罚)?(?:意见|情况|决定))?|[^，,。；;]{{0,10}}?{AUDIT_RESULTS_RECTIFIED}|"
    rf"{STANDING_PROBLEMS_HANDLED}(?:意见|决定)"
)
# A section of an audit's results after the one listing the problems found, named for what was done about them all:
# "三、审计处理及整改情况", "四、审计处理和初步整改情况", "四、审计发现问题整改及建议采纳情况". Their shared answer, no
# problem of its own. (Not a plain "二、整改落实情况", which may answer them in turn: "针对…的问题，…".)
HANDLING_OF_FOUND = compile_shared(
    r"(?:审计)?(?:处理(?:意见)?|审计发现问题)(?:的)?(?:及|和|与)?(?:初步)?整改(?:落实)?(?:及建议采纳)?情况"
)
# …and one named for the rectification's results where it holds the findings (三、整改落实主要成效, 二、整改成效):
# a section's name, which stays in their paths, not a slogan (二、坚决立行立改，确保整改实效).
RESULTS_SECTION = compile_shared(
    r"(?:巡[察视]|审计|督察)?(?:反馈)?(?:问题)?整改(?:落实|工作)?(?:的)?(?:主要|具体)?(?:成效|成果)"
)
# …except a section named for the area whose findings it answers: an audit report's area audited (一、省级财政管理
# 审计查出问题的整改情况, 二、部门预算执行审计查出问题的整改情况) or an inspection's area (一、贯彻落实党的路线方针政策方面
# 问题整改情况, 二、党的建设方面存在问题的整改情况): it groups that area's findings, as a category does.
AREA_SECTION = compile_shared(
    # (Not one named for the auditor, "二、县审计局审计发现问题整改情况", beside another inspection's section.)
    r"^(?!本次|本轮|上述|有关|相关|此次|历年|以往)(?![^，,。；;]{0,16}?审计[局厅署组办])[^，,。；;]{2,24}?审计(?:(?:查出|发现)的?问题)?的?整改|"
    # (Not a count of areas: "巡察反馈四个方面问题整改情况", "三方面问题的整改情况".)
    r"^[^，,。；;]{2,40}?(?<![个项类大各等几多两一二三四五六七八九十\d])(?:方面|领域)(?:存在)?的?问题的?整改(?:落实|进展)?(?:情况|进展)$"
)
# A paragraph on the auditor's handling of the problem above it, in an audit's found-problems section:
# "三门峡市审计局依法出具了审计报告…", "对上述问题，…".
AUDITOR_HANDLING = compile_shared(
    r"[^，,。；;]{0,20}?审计(?:署|厅|局)|(?:对|针对)(?:上述|以上|该|此|本次审计发现的|审计中?发现的)|责成|依法|"
    r"审计(?:决定|责令|要求)"
)
# …or the sentence after the problem's own in its paragraph: "…导致多计建安工程费用26.05万元。审计决定对…予以核减。"
AUDITOR_HANDLING_AFTER = compile_shared(rf"。[ \t]*(?={AUDITOR_HANDLING.pattern})")
# …or closing the problem's own sentence: "多计工程投资2347084.01元，予以核减".
HANDLING_TAIL = compile_shared(r"[，,](?:予以|应予|已予|责令|要求)(?:核减|收回|追回|纠正|调整|退回|整改)$")
# The one finding an opening's formula quotes, where the notice answers that one alone: "现将关于“部分项目未严格执行工程
# 管理程序”涉及我局相关事项，整改情况公示如下".
FORMULA_QUOTES_ONE = compile_shared(r"关于“([^“”\n]{4,80})”(?=[^。\n]{0,30}?整改(?:情况|结果))")
# …or the one problem a closure's title quotes, where the text has no item: "关于对…警示片涉及“上海联化金属制品有限公司
# 重金属污染问题”整改情况的公示".
# (…the title set in two lines, broken after the quote.)
TITLE_QUOTES_ONE = compile_shared(r"“([^“”\n]{4,80}?问题)”(?=\n?[^。“”\n]{0,12}?整改(?:完成|落实)?(?:情况|结果))")
# …or the one complaint or problem a closure's opening quotes after naming it, then its rectification: "…承担的2020年
# 省环保组督察问题“D3600120200711033”:“<the complaint>”整改工作,目前已完成,现将相关整改情况进行公示如下:".
OPENING_QUOTES_ONE = compile_shared(
    r"(?:问题|信访件|举报件?)(?:“[^“”\n]{1,30}”)?[^“”。\n]{0,40}?[:：][ \t]*“([^“”\n]{4,400})”(?=[^。\n]{0,12}?整改)"
)
# …or the one complaint a 督察 passed on that news of its handling names in its opening: quoted ("…收到省督察组第4批关于
# “<the complaint>”信访交办件"), or as the problem it is ("省督察组交办的<…管理不到位问题>,…已经整改到位").
COMPLAINT_TOLD = compile_shared(
    r"督察组?[^。“”\n]{0,12}?关于“([^“”\n]{8,200})”的?(?:信访(?:举报)?|举报|投诉)?(?:交办)?件|"
    r"督察组?[^。，,“”\n]{0,8}?交办的([^。，,；;“”\n]{6,60}?问题)(?=[，,])|"
    # (…or quoted after the complainant's verb: "…督察组交办的0016群众投诉反映“<the complaint>”的问题,…", "…督察组向广安市移交
    # 第二批信访件,其中一件反映“<the complaint>”".)
    r"督察组?[^。“”\n]{0,20}?(?:投诉|反映|举报)[^。“”\n]{0,6}?“([^“”\n]{8,400})”(?:的?问题)?|"
    # (…or quoted after its case number as the report on it begins: "受理编号4260:“<the complaint>”。")
    r"(?<![^\s。：:])受理编号[ \t]*[A-Za-z\d\-]{1,24}号?[ \t]*[:：][ \t]*“([^“”\n]{8,400})”|"
    # (…or the one finding news of an audit names, what it found the project to have: "审计组现场调查发现,该项目存在
    # <…无法正常使用发挥效益>的问题。")
    r"审计组?[^。“”\n]{0,12}?发现[，,]?[^。“”\n有]{0,12}?存在((?:(?!问题)[^。“”\n]){6,80}?)(?<!等)的?问题(?=[。，,])|"
    # (…or as the whole sentence after what found it: "…经济责任审计中，…。抽查发现，截至2017年底，…累计欠缴租金合计437万
    # 元。", "…开展审计时发现，该单位…结余资金达1111.31万元。"; not "审计发现的问题", said of them all.)
    # (…not a list of several run into it, "…存在资金分配使用不及时、大量财政资金沉淀未发挥效用等问题", as a notice's opening
    # sums its findings up; nor a sentence that goes on to what was found later, "…过程中,发现…,但审计组现场调查发现,…".)
    r"(?:审计|抽查)[^。“”\n]{0,30}?发现(?![的问并])[，,:：]?有?(?!类似|同样|此类|上述)((?:(?!发现|等问题)[^。“”\n]){8,150}?)(?:的?问题)?(?<!等)(?<!等问题)(?=。)"
)
# Its groups by what they hold: a complaint quoted (关于“…”件, 投诉反映“…”, 受理编号4260:“…”), whose news tells of its
# handling; one named unquoted (交办的…问题), whose news may tell only that it was taken up; an audit's finding.
COMPLAINT_TOLD_QUOTED = (1, 3, 4)
COMPLAINT_TOLD_FINDING = (5, 6)
# What news of an audit's finding tells after it, when it tells how the finding was rectified: "…高度重视审计发现的问题，
# 立即组织…", "…采纳审计建议…", "…已全额追回", "…已将…上缴财政".
FINDING_HANDLED = compile_shared(
    r"整改|采纳审计|已(?:经)?(?:全部|全额)?(?:清理|收回|追回|追缴|上缴|收缴|缴入|退还|清退|补提|拨付|将)"
)
# …or the few it lists, counted: "反馈问题由区水利局牵头整改2个，分别是<problem>；<problem>。".
FORMULA_LISTS = compile_shared(
    r"(?:问题|任务|事项)[^。；;\n]{0,20}?(\d{1,2}|[二三四五六七八九十])(?:个|项|条)[，,]?分别(?:是|为)[:：]?"
)
# An area an inspection examines, heading a group of its findings: 落实党的路线方针政策和党中央决策部署情况, 落实全面从严
# 治党战略部署情况, 贯彻落实新时代党的组织路线情况 (the 巡察's four areas), even the only one a text's opening reaches.
INSPECTION_AREA = compile_shared(r"^(?:贯彻)?(?:落实|执行)[^，,。；;]{4,40}情况$")
# Report sections that never hold findings (总体情况, 下一步工作安排 …), whatever lies under them.
REPORT_SECTION = compile_shared(
    r"下一步|下步|工作打算|工作安排|工作开展情况|总体情况|基本情况|主要做法|工作成效|加强组织领导|健全长效机制|"
    r"提高政治站位|推进.{0,6}整改工作|整改工作开展|"
    # (…a section, as a whole heading, on the rules the work issued or the problems the unit found itself besides those
    # fed back, whatever items it sets out: 四、建章立制情况, 四、举一反三自查整改情况.)
    r"^(?:建章立制|举一反三(?:自查)?(?:自纠)?(?:整改)?)(?:工作)?(?:情况)?[ \t。.]*$|"
    # (…or on how to object while the notice is posted: 二、公示时间, 三、受理部门及联系电话、地址.)
    rf"^(?:{FORM_FIELDS['publicity']})[^。；;]{{0,12}}$|"
    # (…or, as a whole heading, on what an audit decided or advised, or what an inspection's announcement takes in and how
    # to reach it: 三、审计处理及建议情况, 二、信访举报受理范围, 三、反映问题联系方式.)
    r"^审计(?:处理|建议|意见)(?:[及和与](?:处理|建议|意见))?(?:情况)?[ \t。.]*$|^(?:信访举报|举报)?受理范围[ \t。.]*$|"
    r"^(?:反映问题)?联系方式[ \t。.]*$"
)
# A paragraph of an audit's advice after its findings, by key ("审计建议：（一）规范政府投资行为…"): the auditor's words, no
# finding's rectification.
AUDIT_ADVICE = compile_shared(r"[ \t]*审计建议[ \t]*[:：]")
# A top-level heading that names a form's measures or its target alone ("三、整改措施", "二、整改目标"): the items under it
# are measures, whatever they name (a copy may have cut the problem's field above it).
MEASURES_SECTION = compile_shared(r"(?:重点|主要|具体)?(?:整改)?(?:措施|举措)|整改目标")
# Sub-items that are measures, not problems: they open with an action (制定…, 开展…, 对…进行约谈), perhaps one taken
# further (进一步修订…).
MEASURE_START = LazyPattern(
    r"(?:进一步)?(?:制定|修订|出台|印发|建立|健全|完善|开展|组织|召开|加强|落实|推进|推动|实行|实施|严格|督促|压实|强化|规范|明确|"
    r"成立|按照|坚持|聚焦|持续|定期|举办|下发|配备|完成|新增|清退|追缴|收回|追回|约谈|给予|对|将|联合|围绕|全面|深入|加大|"
    r"针对|指导|编制|梳理|排查|核查|查处|调整|优化|引导|建设|启动|召集|印制|选派|派出|已|"
    r"清理|加快|压降|盘活|化解|严控|精简|提升|通过|向|为|申请|争取|协调|采取|增加|增设|投入|安排|购买|引进|招聘|招录|补充|"
    r"充实|选配|配齐|新建|改造|更新|升级|购置|修缮|整合|推行)"
)
# A deed done about a problem, anywhere in what follows it (not after a negation, as a problem's "未建立…制度" has it,
# nor naming a thing by it: "2022年实施的3个…项目"):
# words after a problem with none of these, nor 整改 nor a status, and with a shortfall (`SHORTFALL_TOLD`) tell more of
# the problem ("…不够有力。基层医疗卫生服务能力提升缓慢，…").
DEED_DONE = compile_shared(
    r"(?<![未不没无])(?:制定|修订|出台|印发|建立|健全|完善|开展|召开|督促|约谈|给予|清退|追缴|收回|追回|下发|举办|成立|整治|"
    r"查处|培训|组织|落实|推进|加强|规范|实行|实施|明确|压实|强化|调整|优化|核查|排查|梳理|补齐|退还|办理|完成|取消|已|进行|"
    r"清理|处理|拆除|关停|取缔|恢复|补缴|缴纳|收缴|移交|立案|处罚|罚款|责令|要求)(?!的)"
)
# …and what tells of a problem in them: a shortfall, a breach, what a check found ("…未达到…标准", "抽查发现，…多计工程款").
SHORTFALL_TOLD = compile_shared(
    r"未|不[够足到力严规实]|没有|存在|违规|违反|多计|多付|少计|超[标出过期额]|偏[低高少]|滞后|缓慢|不足|发现|隐患|漏洞|问题"
)
# When a measure was taken, opening its sentence: "2025年9月，召开…", "9月12日，组织…", "2024年以来，…".
WHEN_DONE = compile_shared(
    r"(?:\d{4}年(?:以来)?)?(?:\d{1,2}月(?:\d{1,2}日)?(?:以来|起|上旬|中旬|下旬|底|初)?)?[ \t]*[，,][ \t]*"
)
# A clause that ends by saying what falls short is a problem even where it opens as a measure would ("推进社有企业
# 改革不力", "落实主体责任不到位", "对课堂…阵地管理存在薄弱环节"): the shortfall is its predicate.
SHORTFALL_END = LazyPattern(
    r"(?:不够?(?:力|足|到位|严格?|规范|完善|健全|及时|全面|深入?|透彻?|准确?|充分|明显|高|强|实|细|落实|扎实|精准|彻底|主动|有力|"
    r"紧密|清晰?|畅通|重视)|不够|未(?:落实|执行|到位|完成|建立|开展|落地)|缺失|缺位|薄弱(?:环节)?|滞后|偏低|偏少|短板|漏洞|有差距|"
    r"存在差距|流于形式|走过场|打折扣|弱化|虚化|淡化|屡[审查改纠]屡犯”?)(?:的?问题|等问题)?$"
)
# Where the closing part of a notice begins: contacts, appendices, the page's footer, the plans.
CLOSING = compile_shared(
    r"(?:欢迎|如有意见|如对[^。；;\n]{0,24}?有(?:意见|异议|疑问)|联系(?:电话|地址|方式|人)|(?:监督|举报|投诉|监督举报)电话|电子邮箱|电子信箱|邮政信箱|邮编|邮政编码|公示(?:期|时间|日期)(?:间|为)?[:：为]|公示期间|"
    r"附件[:：]|责任编辑|版权所有|备案|来源[:：]|打印本页|关闭窗口|分享到|"
    # …and a closure notice's call for objections while it is posted: "现将整改情况向社会公示,公示期为7天…如有异议",
    # "以上整改情况向社会公示,如有异议,…".
    r"现将[^。；;\n]{0,24}?(?:公示|公开)[，,](?=[^。\n]{0,40}?(?:公示期|异议))|以上[^。；;\n]{0,24}?(?:公示|公开)[，,]|"
    # …and the page's links to other pages after the notice: 上一篇：…, 相关链接.
    r"[【\[]?(?:上一篇|下一篇|上一条|下一条|相关链接|相关文章|相关阅读|相关新闻|推荐阅读|扫一扫))"
)
# The heading of a notice's annexes ("附件：" on its own line, or before the first), whose numbered lines below it name
# files ("1.整改问题清单.docx", "2.整改台账"), none a finding; a line that long or with a stop is text again.
ANNEXES_HEAD = compile_shared(r"附件[ \t]*[:：]")
ANNEX_NAME_AT_MOST = 60
# A new notice's opening formula (a page or file holding several starts its outline afresh).
NOTICE_START = compile_shared(
    r"(?:根据|按照)[^。\n]{0,40}(?:统一部署|工作安排|巡[察视]工作)[^。\n]{0,80}?组对[^。\n]{0,60}?(?:进行|开展|实施)"
)
# (…or a summary of what the whole rectification achieved: "通过巡察整改，局党组政治站位进一步提升…".)
CLOSING_PLAN = compile_shared(r"(?:下一步|今后|当前|总之|通过(?:巡[察视]|审计|督察)整改(?:工作)?)[,，:：]")
CLOSING_PLAN_TOPIC = compile_shared(r"巡[察视]|审计|督察|整改(?:工作|落实|成果|成效)")
# What makes a text with numbered points a rectification notice: it talks of the rectification.
RECTIFICATION_WORDS = compile_shared(r"整改(?:情况|措施|进展|结果|落实)|的整改")
# A page about a notice rather than the notice: an interpretation, a press conference.
ABOUT_A_NOTICE = compile_shared(
    r"(?:的?解读|答记者问|政策问答|新闻发布会(?:实录)?)$|"
    # …or another genre of inspection page: the announcement of an inspection, news of its meetings.
    r"巡[察视](?:工作)?公告$|(?:动员|反馈|见面|部署)(?:会|大会)(?:召开|举行)?$|"
    # …or a model text (范文) with placeholders where its issuer goes: "XX市XX镇关于…整改情况的报告".
    r"^[^。]{0,12}?(?:XX|××|xx)[^。]{0,8}?(?:XX|××|xx)"
)
# The formula of a page that publishes something else: the results of an audit or the findings of an
# inspection, not their rectification ("现将审计结果公告如下", "现将巡察情况通报如下").
OTHER_FORMULA = compile_shared(
    r"现将[^。；;\n整]{0,20}?(?:审计结果|审计情况|巡[察视](?:反馈)?(?:情况|意见)|检查结果|督查情况)[^。；;\n整]{0,6}?"
    r"(?:公告|通报|公布|反馈)"
)
# …unless what follows its findings says the audited unit acted on them: "…已按照审计处理意见对相关事项进行了整改",
# "上述问题已全部整改到位", "市城投公司和市儿童专科医院进行了整改", "审计指出问题后，…", "认真执行审计决定和采纳审计建议",
# "审计建议已采纳" (an audit's results announced with their rectification, though no item says where it stands); not the
# auditor's own order ("已责令建设单位调整多计的工程价款", "审计责令…依法予以整改").
RECTIFIED_AS_ORDERED = compile_shared(
    r"(?<![令求促])(?:进行了|作了|做了|完成了)整改|"
    r"(?:上述|以上|相关|所有|全部)(?:问题|事项)[^。；;\n]{0,8}(?:已(?:全部)?(?:整改|纠正)(?:到位|完毕|完成)?|"
    rf"{ALL_DONE_WORDS})|"
    r"审计(?:指出|发现)(?:上述|以上|该|这些)?(?:问题)?后[，,]|"
    r"执行(?:了)?审计决定|(?:审计)?建议已(?:被)?采纳|已采纳(?:了)?(?:审计)?建议"
)
# The formula a notice announces itself with: "现将巡察整改进展情况予以公布", "现将审计结果及整改情况公告如下", "…整改情况的通报".
NOTICE_FORMULA = compile_shared(
    # (整治, as an environmental 督导's problems are remedied: "现将问题整治进展情况予以公开".)
    # (Not a report asked for: "按规定时限报送整改情况报告", in news of the feedback meeting.)
    r"现将[^。；;\n]{0,20}整[改治][^。；;\n]{0,12}(?:公布|通报|报告|公开|公示|公告)|"
    r"(?<!报送)(?<!提交)(?<!上报)(?<!形成)(?<!撰写)整改[^。；;\n]{0,10}情况的?(?:通报|报告)"
)
# Titles of pages of other genres that list problems: the inspection's own feedback (关于巡察…党组的反馈意见), a
# 纪委's typical cases (通报5起…典型问题), a work report (2023年工作总结和2024年工作计划)…
OTHER_GENRE_TITLE = compile_shared(
    r"(?<!整改)反馈意见$|通报[\d一二三四五六七八九十]+起|典型(?:问题|案例)$|工作总结|工作计划|工作要点|述职(?:述廉)?报告|"
    # …an audit's findings (审计结果公告, …的审计工作报告), an inspection's arrival (巡察进驻情况的公告, 十四届市委第十四轮巡察公告,
    # 巡视公告: where to send complaints during it).
    r"审计结果公告|审计工作报告$|进驻(?:情况)?的?公告|(?<!整改)巡[察视](?:工作)?公告$|"
    # …a leader's self-criticism at a 民主生活会 (对照检查材料, 检视剖析材料), an order to rectify (整改通知书).
    r"(?:对照检查|检视剖析|剖析检查|个人检视)(?:材料|发言(?:提纲)?|报告)$|整改通知书?$|"
    # …and news of a feedback: "县委第二巡察组向县自然资源局党组反馈巡察情况".
    r"组向[^，,。；;]{2,40}反馈[^，,。；;]{0,24}(?:情况|意见)$"
)
# A speech at a meeting, whatever the meeting is on ("在全县巡察整改工作推进会上的讲话", "…表态发言"): the problems it names
# are the speaker's, no notice's.
SPEECH_TITLE = compile_shared(
    r"^在[^，,。；;]{2,40}(?:会|仪式|座谈|培训班)上的(?:讲话|发言|致辞|报告)(?:稿|提纲)?$|(?:表态|交流)发言(?:稿)?$"
)
# News of an event about the rectification, not the notice of it: its first sentence tells of a meeting held, a report
# heard, a visit ("11月13日，学院党委召开全院干部师生会议，通报…整改情况", "近日，…人大常委会专题听取和审议了…报告",
# "3月14日，公司党委召开…整改推进会", its day perhaps in Chinese numerals: "四月二十五日，…反馈会召开"), or its title does ("…党委召开巡视整改情况通报会", "…人大常委会听取和审议…").
EVENT_NEWS = compile_shared(
    # (…or a visit to check on it: "5月8日，市委巡察办副主任王志贤率市委巡察工作组来我县督查…整改落实情况".)
    # (…its day written as figures too: "2022-04-25,县委第二巡察组…反馈会召开".)
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|近日|日前|近期)"
    r"(?:[上下]午)?[，,]?[^。；;！!]{0,50}?"
    r"(?:召开|举行|专题听取|听取(?:和|并)审议|审议了|进行了?视察|(?:来|到|赴)[^。；;，,]{0,20}?(?:督查|调研|回访|视察))"
)
# …or a news agency's or paper's dateline and byline opening it: "中新社北京6月28日电 (记者 刘辰瑶)", "本报讯（记者 …）".
NEWS_DATELINE = compile_shared(
    r"[社网报][^。；;\n]{0,8}?\d{1,2}月\d{1,2}日电|本报讯|[（(][ \t]*(?:记者|通讯员)[^()（）\n]{1,30}[)）]"
)
# …or news of the feedback itself: a first sentence on the team feeding back (…巡察组向区委办反馈巡察情况), then the
# meeting's doings (主持会议, 出席会议, 表态发言, 会上) where a notice would go on to its rectification.
FEEDBACK_GIVEN = compile_shared(r"向[^。；;]{2,80}?反馈(?:了)?巡[察视](?:“回头看”)?情况")
MEETING_REPORTED = compile_shared(r"(?:主持|出席)(?:了)?(?:会议|反馈会)|表态发言|会上[，,]|反馈会(?:上|议)")
EVENT_TITLE = compile_shared(
    r"召开|举行|听取|视察|(?<!工)会$|会议$"
)  # (not 审议: "…整改情况和审议意见研究处理结果的报告")
# A list of the complaints an inspection passed on to the unit (中央第三生态环境保护督察组交办信访件办理情况公示): each
# complaint is a row, its handling the rectification, though no finding was fed back. (Also "群众信访举报转办及地方查处
# 情况", "转交群众来电来信举报件办理情况表".)
COMPLAINT_LIST = compile_shared(r"(?:信访|举报|投诉)(?:举报)?件|交办件|转办件|信访事项|信访举报|来电来信")
# Placeholders of a model text (20XX年X月X日, XX单位, XXX): a text with a few of them is no notice.
PLACEHOLDER = compile_shared(r"XX|××|xx|X月X日|第X")
PLACEHOLDERS_IN_A_MODEL = 3
# …unless the title names the rectification ("…典型问题整改情况的通报"); a model text's does too.
RECTIFICATION_TITLE = compile_shared(r"整改(?:情况|进展|落实|工作)")
# …and an audit's results announced (…审计结果公告): a notice where they come with how they were rectified.
AUDIT_RESULT_TITLE = compile_shared(r"审计结果公告")
MODEL_TITLE = compile_shared(r"范文|范本|模板")
# A round-up of a round's rectification across the units it inspected ("——七届省委第八轮巡视整改进展情况综述"): news,
# though its title names the rectification.
ROUND_UP_TITLE = compile_shared(r"综述$")
# A plan's title (…的整改方案, …整改工作实施方案): its items are the measures a unit will take, not done.
PLAN_TITLE = compile_shared(r"(?:整改|实施|工作)方案$")
# …or its opening says it is one: "…巩固脱贫成果，制定本实施方案", "特制定如下整改方案" (not "各部门制定本部门整改方案").
PLAN_SAYS_ITSELF = compile_shared(r"制[定订](?:本|如下)(?:整改)?(?:工作)?(?:实施)?方案")
# A directive's title (…工作的意见, …管理办法, …实施细则): what units must do, its items rules, not findings. (Not the
# inspection's feedback, "…反馈意见", which `OTHER_GENRE_TITLE` reads.)
# (…or a notice that tells units to do the work, "关于做好巡察反馈问题整改工作的通知", or sends them a plan, "关于印发…整改方案
# 的通知".)
DIRECTIVE_TITLE = compile_shared(
    r"(?<!反馈)(?<!整改)(?:意见|办法|规定|细则|决定)$|"
    r"^关于(?:切实|进一步|扎实|认真|全面)?(?:做好|抓好|印发|落实好|开展)[^，,。；;]{2,40}的通知$"
)
# A heading ends at its sentence's end, or where a page set its body after it with a space.
_FIRST_CLAUSE = compile_shared(r"[^。；;!！?？ \t\u3000]*")
# Quoted slogans and terms of party work: quotation marks that quote no inspection finding.
SLOGANS = compile_shared(
    r"“(?:一岗双责|两个维护|两个确立|四个意识|四个自信|四个全面|两个责任|三重一大|后半篇文章|关键少数|一把手|"
    r"不忘初心、?牢记使命|回头看|以案促改|全面从严治党|三不腐?|不敢腐、?不能腐、?不想腐|三个区分开来|四种形态)”|"
    # …and the name of a campaign against a kind of problem: 开展“庸懒散”问题专项整治, “不作为、慢作为”专项治理.
    r"“[^“”]{1,30}”(?:等)?(?:问题)?(?=(?:的)?(?:专项|集中)(?:整治|治理|清理|行动|整顿))"
)


# The inspection's words as a heading quotes them: named as the problem or area (“微腐败”问题,
# 关于“…”方面), or a clause stating a deficiency (“学思践悟不够深入”); a quote of anything else is a term
# of the work (难得的“全面政治体检”, 落实“六个明确”).
# (The quote's words exclude “ as well as ”: each try stops at the next “, so a run of them costs linear time.)
_QUOTE = compile_shared(r"“([^“”]{2,})”((?:等|的)?(?:问题|方面))?")


# A heading that names the problem it answers, then the work done on it: "针对责任传导层层递减的问题，压紧压实整改责任",
# "针对以往整改“一阵风”的问题，举一反三抓长效", "针对部分问题整改进度滞后的情况，实行挂图作战" (a part of how the work
# was organised, not a finding).
_ANSWERED_BY_WORK = compile_shared(
    r"^(?:针对|对照|聚焦|围绕|着眼)[^，,。；;]{2,40}?(?:问题|情况|现象|短板|不足|薄弱环节|弱项)[，,]([^。；;，,]{2,60})(?:$|[，,；;。])|"
    # (…or a campaign against a kind of problem: "对“不作为、慢作为”问题开展专项整治".)
    r"^对[^，,。；;]{2,40}?(?:问题|现象)((?:开展|进行|实施)(?:了)?(?:专项|集中)?(?:整治|治理|清理|排查|整顿|纠治|督查|检查))(?:$|[，,；;。])"
)


def answers_by_working(head: str) -> bool:
    """Whether a heading names a problem only to say the work it answered it with (`_ANSWERED_BY_WORK`): "针对…的问题，
    由法规科牵头开展案卷评查，…", "聚焦…薄弱环节，开展“所长轮训”"."""
    answered = _ANSWERED_BY_WORK.match(head) if head.startswith(("针对", "对", "聚焦", "围绕", "着眼")) else None
    if answered is None or quotes_a_finding(work := answered.group(answered.lastindex or 1)):
        return False
    # (The work may name what it guards against: "建立债务风险月度监测机制".)
    # (…or says who did it: "由镇党委班子成员包联2个软弱涣散村".)
    acts = work.startswith("由") or (
        MEASURE_START.match(work) is not None and not work.startswith(("对", "将", "为", "向", "已"))
    )
    return acts or not states_deficiency(work)


def quotes_a_finding(text: str) -> bool:
    """Whether `text` quotes words of the inspection (“学思践悟不够深入”), not a slogan (“一岗双责”)."""
    if "“" not in text:
        return False
    return any(m.group(2) or STRONG_DEFICIENT.search(m.group(1)) for m in _QUOTE.finditer(SLOGANS.sub("", text)))


def first_clause(title: str) -> str:
    """A heading's own words: a heading run into its body ("（一）提高站位，扛实责任。局党组…") stops at 。."""
    if not title:
        return ""
    first = _FIRST_CLAUSE.match(title)
    assert first is not None  # [^…]* always matches
    return first.group().strip(" \t,，、:：.")


_CLOSING_TAG = compile_shared(r"[（(][^()（）]{1,12}[)）]$")


def section_kind(title: str) -> SectionKind | None:
    """The kind of section a heading opens, or None when it may be a finding (or a group of findings)."""
    head = first_clause(title)
    if not head or quotes_a_finding(head):
        return None
    # (A tag in brackets closing it says what form the section takes: "二、反馈问题整改落实情况（问题清单）".)
    if head.endswith((")", "）")):
        head = _CLOSING_TAG.sub("", head) or head
    if PLANS_AHEAD.search(head, 0, 40):  # (among a heading's first words)
        return "next_steps"
    if head[:1] in "尚仍未没目当存" and REMAINING.match(head):
        return "overview"
    if PREVIOUS_ROUND.search(head) and not FINDINGS.search(head):
        return "overview"  # "四、上轮巡视整改未完成事项推进情况": its items, where it lists them, are findings
    if states_deficiency(head):
        return None
    if NEXT_STEPS.search(head):
        return "next_steps"
    if FINDINGS.search(head):
        return "findings"
    if ORGANISATION.search(head):
        return "organisation"
    if OVERVIEW.search(head):
        return "overview"
    return None


# A heading that names the problems in general, not one ("一、点位的基本问题", "（一）主要问题"): never an issue itself.
PROBLEMS_IN_GENERAL = compile_shared(r"[^，,。；;]{0,12}?(?:基本|主要|具体)问题(?:情况)?")
# A heading that names a class of problems, not one ("共性问题", "个性问题").
CLASS_OF_PROBLEMS = compile_shared(r"(?:共性|个性|其他|新发现的?|一般性?|重点)问题")
# A paragraph answering the problem above it ("针对上述问题，…", an audit result's "审计指出上述问题后，…"): that
# problem's rectification.
_ANSWERS_ABOVE = (
    r"(?:(?:针对|对于|就)(?:上述|以上|该|这一|此|这些)(?:个|项)?问题|"
    r"(?:审计|巡[察视]|督察)(?:组)?(?:指出|发现|反馈)(?:上述|以上|该|此|这些)?(?:个|项)?问题后)[，,]"
)
ANSWERS_ABOVE = compile_shared(_ANSWERS_ABOVE)
# An answer's own opening (针对…, 关于…), not one pointing back to the problem above ("针对上述问题，…" is that one's
# rectification): where a copy's end cuts the next answer.
ANSWER_OPENS = r"(?:针对|关于)(?!上述|以上|该|这|此|前述)"
# …run on after the problem's sentence, a space between, where a page lost its line breaks ("…4441.31万元。
# 审计指出上述问题后，…"): it opens its own paragraph.
ANSWERS_ABOVE_APART = compile_shared(rf"(?<=[。；;！？!?])[ \t\u3000\xa0]+(?={_ANSWERS_ABOVE})")
# A sub-item's line going on to its own rectification, by a key or an enumeration ("…问题。一是…").
OWN_RECTIFICATION = compile_shared(r"整改(?:情况|措施|进展|结果)[ \t]*[:：]|【|[。；;][ \t]*[一二三四五六七八九十]是")
# A heading quoting the problem it answers: "1.针对“学思践悟不够深入”问题。一是…".
QUOTES_PROBLEM = compile_shared(r"^(?:关于|针对)?“[^”]{2,}”(?:方面)?(?:的|存在的)?问题")
# …unless the quote names an area, a group of them: "4.关于“财政资金管理使用方面”的问题。" over "一是对“…”的整改:…".
QUOTES_AN_AREA = compile_shared(r"^(?:关于|针对)?“[^“”]{0,40}方面”")
# Words that open a paragraph going on with the one before: "在此基础上，…", "同时，…".
GOES_ON_WORDS = ("在此基础上", "同时", "此外", "另外", "与此同时", "下一步", "目前", "截至目前")
# The words and marks a problem statement does not stop on: they join it to more ("…及", "…的").
JOINING_END = tuple("及和与或的、，,")
