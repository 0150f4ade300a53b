"""The notice's own facts: the words its opening formula, counts, contacts and signature use.

The opening formula (根据…统一部署，X年X月X日至X月X日，<team>对<unit>进行了巡察) names a team
(`TEAM_CORE`), a unit (ending in one of `UNIT_SUFFIX`) and a topic after it (`TOPIC_START`); counts
are declared as `ISSUE_COUNT` forms; the closing gives phones after `PHONE_CUE`, an `ADDRESS` and a
`POSTCODE`; a report to the 人大 is signed by its `SPEAKER`.
"""

from __future__ import annotations

import re

from extractor.lazy_re import LazyPattern, compile_shared
from extractor.vocab.furniture import META_KEYS, SPAM_CODE
from extractor.vocab.headings import TITLE_ENDS
from extractor.vocab.numerals import CN_DIGITS
from extractor.vocab.people import NAME, NOT_A_NAME, PADDED_NAME, ROLE_WORDS
from extractor.vocab.sections import STANDING_PROBLEMS_HANDLED

# An opening formula run into the page's metadata on one line, and a title there before it (中共…关于…的通报).
# (…or opens with the inspection's dates: "2022年11月21日至12月30日，市委第三巡察组…", a range no page's metadata holds.)
# (…or with the law an audit follows: "根据《中华人民共和国审计法》的规定，…审计局…".)
RUN_IN_BODY = compile_shared(
    r"(?:根据|按照|依据)(?:《[^《》\n]{1,60}》|[^。，,《]){0,30}?(?:部署|安排|要求|规定)|"
    r"\d{4}年\d{1,2}月(?:\d{1,2}日)?[ \t]*(?:至|到)[ \t]*(?:\d{4}年)?\d{1,2}月"
)
# …or other words a notice's text opens with, after a space (the page's words before it): "…的通报  截至2021年6月5日，…",
# "…的通报 2023-11-01 分享到: 为深入贯彻…", "…的公告  2023-11-01 1531 分享到:  根据…审计局《…审计报告》，…".
OPENS_AFTER_SPACE = compile_shared(
    r"(?<=[ \t\u3000])(?:截至|截止|近日|日前|近期|为(?:深入|认真|切实|进一步|全面|贯彻|落实)|根据[^。，,\s]{0,30}?《)"
)
RUN_IN_TITLE = compile_shared(
    r"(?:中共|(?<=[ \t\u3000]))[^：:。，,\s]{2,40}关于[^：:。，,\s]{2,70}?(?:通报|报告|公告|公示)"
)
_OPENING_WORDS = r"根据|按照|为|近日|经|现将|依据|遵照|\d{4}年|[〇零一二]{4}年"
BODY_START = compile_shared(rf"^(?:{_OPENING_WORDS})")
# A column's tag a page sets before the notice's opening words ("【巡察整改】根据市委统一部署，…", "【通报】按照…"), as it
# does before a title (`furniture.TITLE_TAG`); not an item's key in brackets (【整改措施】按照…), which the caller spares.
OPENING_TAG = compile_shared(rf"^【[^】\n]{{1,8}}】(?={_OPENING_WORDS})")
# (With what it inspects between its number and its kind, up to six characters that name no committee, round or
# batch: "第五安全生产督导组", "第三安全生产巡查组", "第2统计督察组"; a 督察's team
# numbered after its kind: "耕地保护专项督察第三组".)
TEAM_CORE = LazyPattern(
    # (Two teams named together: "市委第一、第二巡察组", "县委第三巡察组和第五巡察组".)
    r"(?:第(?:[一二三四五六七八九十\d]{1,3}(?:[、和及与]第?[一二三四五六七八九十\d]{1,3})*|[ \t\u3000]*)(?:轮)?"
    r"(?:提级)?(?:交叉|专项|机动|综合)?(?:(?![委轮輪届屆批巡督审组])[\u4e00-\u9fff]){0,6}?(?:巡[察视]|督[察查导]|巡查|审计)组"
    r"(?:[和及与、]第[一二三四五六七八九十\d]{1,3}(?:巡[察视]|督[察查导])组)*|"
    r"[一二三四五六七八九十\d]{1,3}个(?:[\u4e00-\u9fff]{0,4}?委)?(?:交叉|专项|机动)?巡[察视]组|(?:巡[察视]|督察)(?:第)?[一二三四五六七八九十\d]{1,3}组|"
    # (…a team sent by the level above, across units: "市委提级交叉巡查组".)
    # (…or its number after: "省委巡视组第八组".)
    r"(?:提级)?(?:交叉)?(?:专项)?(?:巡[察视]|督[察查导]|巡查|审计)组(?:第[一二三四五六七八九十\d]{1,3}组)?)"
    # (…and a sub-group of a team, named after it: "区委巡察一组二分组".)
    r"(?:[一二三四五六七八九十\d]{1,2}分组)?",
    skip=True,
)
# An opening set out as fields: "巡察组别：区委第一巡察组", "巡察对象：区住房和城乡建设局党组".
KEYED_TEAM = compile_shared(r"巡[察视]组(?:别)?[ \t]*[:：][ \t]*([^\s，,。；;:：]{2,30}?组)(?=[\s，,。；;]|$)")
KEYED_UNIT = compile_shared(r"(?:巡[察视]对象|被巡[察视](?:单位|党组织))[ \t]*[:：][ \t]*([^\s，,。；;:：]{2,40})")
# A team whose number a page lost ("县委第巡察组", "县委第 巡察组", "派出个督查组"): another mention may keep it.
# A team named by its committee and kind alone, no number or special kind: "州党委巡察组", "巡察组".
GENERIC_TEAM = compile_shared(r"(?:(?![一二三四五六七八九十两第专机交提联])[\u4e00-\u9fff]){0,10}巡[察视][组組]")
# A committee's term or an inspection's round in a team's name: "十五届县委第六轮巡察第二巡察组".
TERM_OR_ROUND = compile_shared(r"[届屆轮輪]")
# How many teams went, which names none of them: "3个巡察组", "3个县委巡察组".
TEAMS_COUNTED = compile_shared(r"[一二三四五六七八九十两\d]{1,3}[个個][^组組]{0,4}[组組]$")
BARE_TEAM = compile_shared(r"(?:巡[察视視]|督[察查导導]|巡查|审计|審計)[组組]")  # the word alone names no team
TEAM_LEAD_SERVED = ("任", "组长")  # "由派驻组组长任巡察组组长": a post served, not a team named
# A team that checked the work done, not the one that inspected: "通过了长春市南关区督导组和本局的联合验收".
TEAM_ACCEPTING = compile_shared(r"[^，,。；;\n]{0,12}?验收")
# A team whose arrangements the inspection followed, where another did the inspecting: "按照省委巡视组统一部署，…县专项巡察组
# 配合省委第十一巡视组…开展了专项巡察" (named so only, it is still the team).
TEAM_ARRANGING = compile_shared(r"(?:的)?(?:统一)?(?:部署|安排)")
TEAM_LOST_NUMBER = compile_shared(r"第[ \t\u3000]*(?:巡|督|审)|^个")
# An office that sends a team in its own name (市审计局派出审计组).
OFFICE_END = compile_shared(r"(?:局|厅|署|办|室|中心|委员会)$")
# The kind of inspection, as a notice names it: a special kind keeps its qualifier (专项巡察, 机动巡察,
# 交叉巡察, 专项督察, 巡视“回头看”, or unquoted: 巡察整改回头看); a regular one (常规巡察) is the bare kind; audits take no
# qualifier.
# (Opening with a lookahead for the characters it can start with, which the engine scans for in C.)
# (提级巡察: an inspection by the level above; 提级交叉巡察 is a cross one; 联动巡察 (同步联动, 上下联动): one run with
# the level above's.)
INSPECTION_KIND = compile_shared(
    r"(?=[常专机交提同上联巡督审])(?:(?:常规|专项|机动|交叉|提级|(?:同步|上下)?联动)?(?:巡视|巡察|督察)(?:(?:整改)?(?:“回头看”|回头看))?|审计)"
)
# …named with its second look first ("开展了“回头看”专项巡察"): the kind is written 专项巡察“回头看”.
LOOK_BACK_FIRST = compile_shared(r"“?回头看”?((?:专项|机动)?(?:巡视|巡察))")
# …or after its team ("中央环境保护督察组“回头看”信访举报件…"): the kind is written 督察“回头看”.
LOOK_BACK_OF_TEAM = compile_shared(r"(巡视|巡察|督察)组(“回头看”)")
BARE_KINDS = ("巡视", "巡察", "督察", "审计")
SPECIAL_KIND_WORDS = ("专项", "机动", "交叉", "提级", "联动", "回头看")  # what a special kind has that a bare one lacks
REGULAR = "常规"
# Words of a title that name no inspection's kind but imply one: a disclosure of the complaints a 督察 passed on and how
# they were handled as it went on ("…群众信访举报转办和边督边改公开情况一览表").
KIND_IMPLIED = {"边督边改": "督察"}
# The opening formula's sentence names the team that inspected: "…，市委第五巡察组对…进行了巡察".
# (A unit's name may hold a comma inside its brackets: "对中共…文化和旅游局(…文物局,含…执法大队)党组开展了巡察".)
# (…or where a page lost its 对, the team's own inspection: "…区委第五巡察组殡葬领域开展了专项巡察".)
INSPECTED_BY = compile_shared(
    r"对(?:[^，,。；;()（）]|[（(][^()（）。；;]{0,60}[)）]){2,80}?(?:进行|开展|实施|进驻)|进驻|"
    # (…"督察组辽阳市开展了第二轮省级生态环境保护督察": the round and the 督察's name between.)
    r"组[^，,。；;对]{0,30}?(?:进行|开展|实施)了?[^，,。；;]{0,14}?(?:巡[察视]|审计|督察)"
)
# The words after 和 in departments' names (住房和城乡建设局, 文化和旅游局, 粮食和物资储备局, 人力资源和社会保障局,
# 工业和信息化局, 自然资源和规划局): there 和 joins no two things.
DEPARTMENT_AND = (
    "城乡",
    "旅游",
    "物资",
    "社会保障",
    "信息化",
    "规划",
    "改革",
    "计划生育",
    "体育",
    "广播",
    "科技",
    "商务",
)
# A round named before a team that names its own committee ("八届区委第五轮巡察区委第四巡察组"): no part of the team's
# name, as the round inside one is ("县委第八轮巡察第三巡察组").
ROUND_BEFORE_TEAM = compile_shared(
    r"[^，,。；;]*?第[一二三四五六七八九十\d]{1,3}轮巡[察视](?=(?:中央|[省市县区州旗盟]委)[^，,。；;]{0,12}组$)"
)
# What a team's name before its kind holds where it names the body that sent it (市委, 中央, 省, 党组, 厅 …): words with
# none are what the text says of it ("深刻反思巡察组反馈的问题"), no part of its name.
TEAM_PREFIX_BODY = compile_shared(
    r"委|中央|国家|[省市县区州旗盟]|党组|政府|兵团|厅|局|部|办|院|公司|集团|[届屆轮輪]|"
    # (…or the work it inspects, as a special inspection's or a 督察's name gives it: "专项巡察第五交叉巡察组", "国家海洋督察组",
    # "常规统计督察组", "优化营商环境专项巡察组".)
    r"巡[察视]|督察|环|生态|统计|海洋|营商|专项|常规"
)
# The committee that sent a special inspection's team, before the theme the team's name carries, however long, quoted
# or listed: "市委巩固拓展脱贫攻坚成果同乡村振兴有效衔接专项巡察组", "市委深化“最多跑一次”改革、优化营商环境专项巡察组" (not
# the arrangements before it: "根据市委统一部署…").
TEAM_SENDER_WORD = compile_shared(r"委|中央")  # (a committee's in what stands before a team: it names the sender)
THEMED_TEAM_SENDER = compile_shared(
    r"(?:中央|[省市县区州旗盟]委)(?:(?!部署|安排|要求|根据|按照)[^，,。；;：:\s\d]){2,40}$"
)
TEAM_PREFIX_CUT = compile_shared(
    # (和 in a place's name, 兴和县审计局, or a department's, 省粮食和物资储备局, cuts nothing; nor does 经 in 经济.)
    # (…nor does a round's or a term's number: "县委第2轮巡察第1组", "第10届"; a leader named before the team is no part
    # of it: "以刘海涛为组长的县委第二巡察组".)
    # (…nor is 了, nor 自 before a committee: "自省委巡视组反馈意见以来", "通过了…督导组"; not 自治区, 自然资源厅.)
    # (…a year before it is no part of it either: "2016年、2018年、2021年中央生态环境保护督察组"; nor who went to oversee its
    # matters: "毛伟明赴湘潭督导中央巡视组第一批交办事项"; a committee and its government sending a team together keep
    # their 、: "省委、省政府第三生态环境保护督察组".)
    r".*(?:\d年度?|(?!\d{1,3}[轮届批]|(?<=委)、[省市县区州旗盟]?政府)[^\u4e00-\u9fff]|日|了|自(?=[省市县区州]委|中央)|根据|赴[^，,。；;]{0,8}?督导|按照|依据|对照|紧扣|针对|围绕|聚焦|结合|配合|接受|对|由|向|经(?!济)|在|于|期间|组长的|"
    # (…but a committee's request joined to the team is: "根据区委要求和区委第一巡察组反馈的问题"; so is what was agreed
    # to: "原则同意巡视组反馈的意见".)
    rf"(?:和|及|与)(?![县市区旗州]|{'|'.join(DEPARTMENT_AND)})|(?:要求|部署|安排)(?:和|及|与)|将|关于|落实|同意|"
    # (…nor what the text says of the team: "我市已收到中央第五…督察组交办的…", "希望借助督察组的力量", a reprint's 藉助;
    # nor what was done with its findings: "召开巡察整改专题研究会学习领会市委第三巡察组反馈意见", "在听取市委第四巡察组反馈意见后".)
    r"收到|[借藉]助|希望|请求|学习|领会|传达|研究|贯彻|听取|"
    # (…nor who received its matters, handled them or took them as a start: "7月28日晚,接陕西省第二轮…督查组交办的信访问题
    # 后", "《关于认真办理中央环境保护督察组交办…的通知》", "将以省第二轮…督查组交办的信访问题为契机".)
    r"接(?:到|收)?(?=[\u4e00-\u9fff]{0,4}[省市县区州]|中央)|以|办理|迎接|"
    # (…nor the word that sets the team's finding against the work done: "已于2021年6月竣工初验,但审计组现场调查发现"; nor
    # what points back to a team named before, or puts it as an object: "此次省委巡视组", "切实把市委巡察组反馈的问题…",
    # "统一到市委巡察组反馈的意见上来", "积极整改市委巡察组反馈的问题".)
    r"但|把|此次|本次|这次|该|各|到|(?:积极|认真|全面|切实|扎实|持续)整改|"
    # (…nor when it was sent: "2023年下半年海门区审计局派出审计组", "近日，市审计局…".)
    r"[上下]半年|年(?:[初底末]|中(?!央))|近日|日前|近期)",
    re.S,
)
UNIT_SUFFIX = r"(?:区|市|县|旗|盟|州|省|局|委|镇|乡|村|社区|院|所|校|公司|集团|银行|机关|厂|部|办(?:公室)?|处|中心|中央|联|馆|协|厅|署|队|社|党组|党委|工委|总支|支部|街道|站|会|政府|[中小大]学|(?<=个)单位)"
# (Not a second inspection the title joins to the first: "关于县委巡察和经济责任审计反馈问题…".)
UNIT_IN_TITLE = compile_shared(
    # (…not the 情况 a meeting's headline feeds back: "巡察县委教育工委情况反馈会召开", nor a round's: "…第四轮巡察情况全部
    # 反馈完毕".)
    # (…nor a team numbered after its kind: "市委巡视十七组向…党委反馈".)
    r"巡[察视](?!组|工作|整改|反馈|意见|情况|[和及与、][^反]{0,12}(?:审计|督察|巡[察视])|第?[一二三四五六七八九十\d]{1,3}组)"
    r"([\u4e00-\u9fff（）()]{2,40}?)(?:的)?(?:情况)?(?:反馈意见|反馈问题|反馈)"
)
UNIT_IN_TEXT = compile_shared(
    # (…an adverb between the unit and the verb: "对开发区党工委先后开展了…专项巡察".)
    r"(?:对|到)(?!\d)((?:[（(][^（()）\n]{0,30}[)）]|[^，,。；;:：\n]){2,80}?)(?:先后|分别|同时|依次|再次)?"
    r"(?:(?:进行了?|开展了?|实施了?)(?=[^。，,；;]{0,30}(?:巡|审计|督察|督导|检查|调查|体检))|进驻)"
)
# The count closing a list of the units inspected: "大王庄村、小李村、河湾村3个村党组织", "…服务中心3个镇属站所".
_UNITS_COUNTED = (
    r"个[\u4e00-\u9fff]{0,6}?(?:党组织|党支部|党委|党组|单位|站所|部门|村|社区|乡镇|街道|学校|企业)"  # after the number
)
COUNT_OF_LISTED = compile_shared(r"\d+" + _UNITS_COUNTED)
# The page's words on a line above a title, no part of it whatever body's name they hold: a site's welcome, its
# breadcrumb or widgets ("欢迎访问…驿站,…网站!", "…协会 >> 通知 关闭窗口", "无障碍服务| 长者模式"), a newspaper's page
# ("00006版:要闻"), an annex's label ("附件1"), a column's name in brackets ("【党建与工会】"), a spam mirror's line
# naming a betting site by its code (`furniture.SPAM_CODE`).
NOT_TITLE_LINE = compile_shared(
    r"[|｜>＞»›!！:：;；。]|欢迎|网站|窗口|^附件[\d一二三四五六七八九十]*$|^【[^】]{1,12}】$|"
    rf"^(?!.*关于).{{0,8}}(?:{SPAM_CODE})[^。]{{0,12}}$"
)
# A breadcrumb's step after its separator ("> 巡视巡察", "» 巡视整改"), its columns' names no kind of the notice's.
CRUMB_STEP = compile_shared(r"[>＞»›]+[ \t]*[^>＞»›\s。，,；;]{1,12}")
# A party body among those signing a notice together (it leads: its name is the issuer).
PARTY_SIGNATORY = compile_shared(r"^中共|党(?:委|组|工委|总支|支部)$|(?:总支部|支部|党)委员会$")
# A tally of other problems than those fed back: the unit's own checks' ("各村共自查发现问题47个，已整改41个"), or
# a batch published before ("于5月10日公布了第一批已完成整改的7个问题"), or the last inspection's ("上轮巡视未完成的3项任务，
# 已完成2项").
# (…or what a sweep of its own turned up: "持续开展问题排查和整治提升，排查问题2772个，立行立改2766个，正在推进6个".)
OTHER_TALLY = compile_shared(
    r"自查|自纠|举一反三|同类问题|前期|此前|上一批|上批|上一?轮|公布了?第[一二三四五六七八九十\d]+批|排查(?:出|发现)?问题|"
    r"问题线索"  # (the case leads handed over, as handled: "对巡视移交的1件问题线索，已办结1件")
)
# A headline's words, not a body's name: "我县召开县委第五轮巡察整改工作推进会" gives no issuer "我县召开县委" (but
# 中国人民政治协商会议…委员会 is one).
AN_EVENT = compile_shared(r"召开|举行|举办|推进会|(?<!协商)会议")
# A kind of unit, not one ("关于区委巡察社区党组织反馈问题…"): the unit is read from the text.
KIND_OF_UNIT = compile_shared(
    r"(?:各|被巡察)?(?:村|社区|村（社区）|村级|乡镇|街道|基层|部分)?(?:党组织|党支部|党委|党组|单位)"
)
# A note set by a signature, on its own line or after the body's name: "（此件公开发布）", "（盖章）".
SIGNATURE_NOTE = compile_shared(
    r"[（(](?:此件|本件)?[^()（）]{0,6}?(?:公开发布|主动公开|依申请公开|公开|盖章|印章|签章|章)[)）]$"
)
# The formula that closes a notice's text, the signature below it: "特此公告。", "特此通报。".
CLOSING_FORMULA = compile_shared(r"特此(?:公告|通报|通告|报告|公示|公布|说明|函告)[。！!]?")
# A team that enters the unit it inspects: "巡察组于2023年4月10日进驻县农业农村局开展巡察", "督察组进驻安徽省期间".
# …or names it after the verb: "巡察了县水利局党组".
_STAY = r"进驻([^，,。；;:：\n期]{2,20}?)期间"  # (the place a team stayed in: "督察组进驻安徽省期间")
UNIT_ENTERED = compile_shared(
    r"进驻((?:[（(][^（()）\n]{0,30}[)）]|[^，,。；;:：\n]){2,60}?)[，,]?(?:开展|进行|实施)(?=[^。，,；;]{0,20}(?:巡|审计|督察))"
    rf"|(?<=组){_STAY}"
    r"|巡[察视]了((?:[（(][^（()）\n]{0,30}[)）]|[^，,。；;:：\n]){2,60}?)(?=[，,。；;\n]|$)"
)
# A line after a notice's items on the team's stay, its period after it: "兵团第三生态环境保护督察组进驻十二师期间:2026年3月3日
# -3月22日" (the unit it stayed in, then the period).
STAYED_IN = compile_shared(rf"组{_STAY}[ \t]*[:：]?[^\n]{{0,40}}")
# The unit's own party body, named from within: 我院党委, 我局党组 (kept as written).
# The notice's word for itself that names no kind of unit: the unit the team fed back to names it.
OWN_UNIT_WORDS = ("我单位", "我们单位")
OWN_PARTY_BODY = compile_shared(r"我[\u4e00-\u9fff]{1,2}(?:党组|党委|党总支|党支部|党工委)")
PARTY_BODY_END = compile_shared(r"(?:党组|党委|党工委|党总支|党支部|委员会)$")  # a unit's name ends with its party body
# A unit's party body named by its kind alone ("局党组"), after the text named the unit.
SHORT_PARTY_BODY = compile_shared(r"[局院委所校厅办司社站](?:党组|党委|党总支|党支部)")
ENTERED_THEN_BODY = compile_shared(r"进驻([\u4e00-\u9fff（）()]{2,30}?)[，,]对")
UNIT_OWN = compile_shared(r"对(我(?:市|县|区|局|委|公司|司|单位|院|校|镇|乡|部|厅|行|社区|村|所|中心))")
# The words a feedback date goes with, in the order tried: an inspection's 反馈 (回饋 in a reprint), then an audit report handed over
# ("出具了审计报告", "向我局下达了审计报告", "向我校送达了《审计报告》").
_HANDED_OVER = ("下达了", "送达了", "下发了", "印发了")
FEEDBACK_CUES = ("反馈", "回馈", "出具", *(verb + report for verb in _HANDED_OVER for report in ("审计", "《审计")))
# A cue that is one only where the words from it on say so: 出具 where what is issued is an audit's ("出具了专项审计调查
# 报告", "出具了《审计报告》"), not the 出具 of 提出具体要求, nor another office's document ("应急局出具了《安全设施设计》…").
CUE_GOES_ON = {"出具": compile_shared(r"出具(?:了|的)?[^。；;]{0,30}?审计")}
# Whom the findings were fed back to: "…巡视组向广元市委反馈了巡视意见".
RECIPIENT = compile_shared(r"向([\u4e00-\u9fff（）()]{2,30}?)(?:主要负责同志|主要负责人)?(?:集中)?反馈")
UNIT_END = compile_shared(UNIT_SUFFIX)
UNIT_NAME = compile_shared(rf"{UNIT_SUFFIX}(?:[（(][^()（）]{{0,30}}[)）])?$")  # a name that ends as a unit's does
SCOPE_ENDS = ("系统", "领域", "行业", "战线")  # a sector a round inspects, the unit inspected named after it
# …or a field of work across a place ("对全市农业农村领域乡村振兴资金管理使用开展了专项巡察"), or one official's term an
# audit covers ("对徐建军同志任…局长期间…责任履行情况进行了专项审计"): no unit either.
# Regions a 督察 names without their kind ("对内蒙古开展了第二轮生态环境保护督察", "对广西开展了…"): units nonetheless.
REGIONS = frozenset(("内蒙古", "广西", "西藏", "宁夏", "新疆"))
# (…nor a thing the text already named, by a pronoun: "对该站点进行多次巡查".)
NOT_A_UNIT = compile_shared(r"^全[省市县区州旗盟镇乡]|同志|期间|^[该此其]")
# The unit where an official served the term an audit covers: "对徐建军同志任遂宁市农业农村局党组书记、局长期间…".
TERM_SERVED_IN = compile_shared(
    rf"对[\u4e00-\u9fff]{{2,4}}同志(?:担)?任(?:职)?([^，,。；;、\n]{{2,30}}?{UNIT_SUFFIX})"
    r"(?=党组|党委|党总支|党支部|(?:党[组委])?(?:副?书记|副?局长|副?主任|院长|校长|董事长|总经理|经理|所长|镇长|乡长))"
)
# The unit whose official an economic-responsibility audit covers: "对竹溪县卫生健康局原主要负责同志履行经济责任情况进行了审计",
# "对县林业局党组书记、局长张三任期经济责任进行了审计" (the unit, not the official nor the term).
_OFFICIALS = (
    r"负责同志|负责人|主要领导|领导干部|书记|局长|院长|校长|主任|所长|镇长|乡长|站长|董事长|总经理|经理|行长|部长|厅长|处长|"
    r"科长|馆长|社长|会长|理事长|队长"
)
OFFICIAL_AUDITED = compile_shared(
    rf"(?<![针面相绝])对([^，,。；;、的\n]{{2,30}}?{UNIT_SUFFIX})(?:党组|党委|党总支|党支部)?(?:原|前)?(?:主要)?(?:{_OFFICIALS})"
    r"[^，,。；;\n]{0,16}?经济责任"
)
# The unit a team fed its findings back to: "…，市委第四巡察组向市农业农村局党组反馈了巡察意见".
UNIT_FED_BACK = compile_shared(
    r"组向((?:[（(][^（()）\n]{0,30}[)）]|[^，,。；;:：\n向]){2,40}?)(?:集中)?反馈了?(?:巡[察视]|审计|督察)?(?:意见|情况)"
)
# Matters handled, not a unit inspected: "对中央督察组交办的第十七批11件信访举报件进行调查处理" (a 督察's complaints),
# "对移交的问题线索进行了核查", "已对梨树县、双辽市涉林案件进行督导".
HANDLED_MATTER = compile_shared(r"交办|转办|移交|信访|举报件|问题线索|案件")
# A unit's party organisation where it has no 党委 or 党组 of its own ("博罗县融媒体中心党组织"); not several
# units' ("省高院等11个党组织", "被巡察单位党组织").
PARTY_ORGANISATION = compile_shared(r"^[^等和及与各被\d个所]{2,30}党组织$")
# Problems the unit's own checks found, not the inspection's: "发现并督促整改问题43个", "开展专项检查，发现问题31个".
OWN_FINDING = compile_shared(r"发现并(?:督促)?(?:整改|纠正|解决|处理)")
OWN_CHECK = compile_shared(r"(?:自查|排查|检查|抽查|督查|核查|复查|评查|回头看)[^。；;]{0,12}$")
# The verbs that open such a count ("发现问题31个", "梳理出同类问题11个"), and the problems a unit finds beside
# those fed back when it looks for more of their kind (举一反三: "同类问题", "类似问题").
OWN_FINDING_VERBS = ("发现", "梳理", "查摆", "排查", "查找")
# A count of what the members found examining themselves, at a 民主生活会 or in the unit's own check, before its
# number: "查摆出个人存在的问题21条", "对照检查出存在的问题12条", "自查出存在的问题15条" (not the problems fed back,
# analysed: "深入剖析29个问题").
SELF_EXAMINED = compile_shared(r"(?:查摆|检视|对照检查|自查|自纠)(?:出|了)?[\u4e00-\u9fff]{0,8}$")
# A class of the problems by how they are to be rectified, before its count: "要求立行立改的187个问题已完成整改182个",
# "分阶段整改已到期的22个问题" (an audit's rectification report tallies each class; no class is all the problems).
RECTIFICATION_CLASS = compile_shared(
    r"(?:立行立改|立即整改|立查立改|分阶段整改|持续整改|长期整改|限期整改)(?:类|事项)?[\u4e00-\u9fff]{0,4}的[ \t]*$"
)
SIMILAR_PROBLEMS = ("同类问题", "类似问题")
# The problems of an earlier round, checked again beside this one's: "对照上轮巡察反馈的14个问题逐项开展自查".
EARLIER_ROUND = compile_shared(r"(?:上|前)一?(?:轮|次|届)[\u4e00-\u9fff]{0,8}$")
# A slogan of one-by-one work, no tally: "整改完成一项、核查一项、销号一项".
ONE_BY_ONE = compile_shared(r"[\u4e00-\u9fff]{1,6}一(?:项|个|件|条)(?:[、，,][\u4e00-\u9fff]{1,6}一(?:项|个|件|条))+")
# A count some leader takes on (主动认领11个反馈问题, 主动领办13项反馈问题), a share of the problems, not their number.
CLAIMED_SHARE = compile_shared(r"(?:认领|领办)[^，,。；;]{0,6}$")
# …but not the whole body taking on all the problems fed back: "全面认领巡察反馈的2个方面8个问题".
ALL_CLAIMED = compile_shared(r"(?:全面|全部|逐一|逐条|照单全收并?)认领|认领(?:了)?(?:巡[察视]组?)?(?:反馈|指出)")
# A party body as a notice shortens it (徐庄镇党委, 局党组, 海州区委) and the tail of its formal name, which the
# text may spell out elsewhere (中共徐庄镇委员会, in a cited plan or the leading group's name).
SHORT_BODY = compile_shared(r"(.{1,20}?)(党委|党组|党工委|工委|[省市县区州旗盟镇乡]委)")
FORMAL_TAIL = {
    "党组": "党组",
    "党工委": "(?:工作委员会|党工委)",
    "工委": "(?:工作委员会|党工委)",
    "党委": "(?:委员会|党委)",
}
"""Keyed by the short form's ending; a place's 委 (区委, 县委 …) ends in 委员会."""
# A party committee named with its government (省委、省政府; 自治区党委和政府): one publisher, not a list.
JOINT_BODY = compile_shared(r"[^、和]+委(?:、|和)[^、和]*(?:政府|行署)")  # (行署: a 盟's government)
# A place, not a body: what a 巡视 inspects (对连云港市海州区开展了巡视), while its 区委 publishes.
PLACE = compile_shared(r"[\u4e00-\u9fff]{1,12}?(?:省|自治区|市|县|区|州|旗|盟|镇|乡|村)")
# The words for a level of government alone, no place's name: what "我区" cannot resolve to ("自治区党委…" names none).
LEVEL_WORDS = frozenset({"省", "自治区", "市", "县", "区", "州", "旗", "盟", "镇", "乡", "村"})
# The unit's full name in the feedback it cites, where the notice says only 我局党组:
# "…区委第三巡察组《关于对海珠区教育局党组巡察情况的反馈意见》".
CITED_UNIT = compile_shared(
    r"《关于对([\u4e00-\u9fff（）()]{2,40}?)(?:开展)?(?:常规|专项)?(?:巡[察视]|审计)[^》]{0,20}反馈意见》"
)
# The party committee of a place, issuing a plan the notice cites: "印发《中共惠济区委贯彻落实省委第四巡视组反馈意见整改
# 工作方案》" (where the notice says only 我区 and 区委, the place it names).
PLAN_BY_COMMITTEE = compile_shared(
    r"《((?:中共)?(?!关于)[^》\s\d第届轮省市县区州旗盟]{2,8}([省市县区州旗盟])委)[^》]{4,60}?(?:方案|意见|清单|通知)》"
)
# The body that says it publishes the notice, where it has no title or signature naming it: "…，云泽区生态环境保护
# 督察整改工作领导小组办公室现将…公开如下".
# (Matched against the clause before each 现将.)
PUBLISHING = "现将"
PUBLISHING_BODY = compile_shared(
    r"(?!我)([\u4e00-\u9fff]{2,40}?(?:办公室|委员会|领导小组|党委|党组|党工委|政府|局|厅))特?"
)
# The unit a notice says it publishes the rectification of, where no sentence names the inspection's: "现将市委政法委
# (含市法学会党组)巡视集中整改情况向社会公开" (the name must end as a unit's does: not "十四届市委第五轮巡察").
UNIT_PUBLISHED = compile_shared(
    r"现将((?:[（(][^（()）\n]{0,30}[)）]|[^，,。；;:：\n（()）巡审督整我]){2,40}?)(?:落实)?(?:巡[察视]|审计|督察)"
)
# A headline's verb between the body and 关于: "中共…集团委员会发布关于巡视整改进展情况的通报" (news of a notice).
HEADLINE_VERB = compile_shared(r"(?:发布|公布|印发)$")
# …or the number of the body's series of announcements the notice is published as: "青岛市审计局审计结果公告2021年第3号
# (总第69号)——关于…的报告".
ANNOUNCEMENT_NUMBER = compile_shared(
    r"(?:审计结果|审计)?公告[ \t]*(?:\d{4}年)?第[\d一二三四五六七八九十]{1,4}号(?:[（(]总第\d{1,5}号[)）])?[ \t]*[—－\-:：]*$"
)
# …or, opening a closure notice, the body that says it has done the task it posts: "中国龙江森林工业集团有限公司已完成
# 中央生态环境保护督察2022年第4项问题整改，拟申请验收销号".
DONE_BY_BODY = compile_shared(
    r"(?:^|(?<=[。\n]))[ \t]*(?!我)([\u4e00-\u9fff（）()]{2,40}?(?:公司|集团|局|委|政府|管委会|中心|林场|厂|院))"
    r"已(?:完成|整改)[^。；;]{0,60}?(?:整改|任务)",
    re.M,
)
# A report read to a congress, on behalf of the government ("我受区政府委托,向区人大常委会报告…"): whoever acts in
# its account of the work (区委、区政府高度重视) does not issue it; its speaker does, where the text names one.
TO_CONGRESS = compile_shared(r"向[\u4e00-\u9fff]{0,12}?(?:人大常委会|人民代表大会常务委员会)(?:报告|作|汇报)")
# The body that acts in the organisation of the work, where the notice has no title or signature:
# "学院党委高度重视问题整改", "局党组成立由党组书记为组长的…工作专班", "衡水市委深刻认识到…".
ACTING_BODY = compile_shared(
    r"(?:^|(?<=[。；;，,、)）\s]))(?!我)([\u4e00-\u9fff]{0,12}?(?:党委|党组|党工委|党总支|[省市县区州旗盟]委)"
    # …or a party committee with its government, as regional 督察 reports name who rectifies: 省委、省政府.
    r"(?:(?:、|和)[\u4e00-\u9fff]{0,6}?(?:政府|行署))?)"
    # (…or what it takes seriously before it: "集团党委对巡察意见高度重视".)
    # (…an adverb between: "县委就立即召开常委扩大会议".)
    r"(?:就|随即|也)?(?=高度重视|严格|成立|认真|坚持|始终|切实|第一时间|立即|主动|召开|扛起|深入|深刻|坚决|把[^。；;]{2,30}作为|从[^。；;]{2,30}(?:高度|出发)|"
    # (…or the plan it drew up on the feedback: "云南省委、省政府根据督察报告,制定了《…整改方案》".)
    r"对[^。；;，,]{2,20}?高度重视|(?:根据|针对|对照)[^。；;]{2,40}?(?:研究)?制定)",
    re.M,
)
# What follows the unit's name when the text goes on to the subject inspected.
TOPIC_START = compile_shared(
    # (Not a bracket the unit's party body follows: "文化和旅游局(文物局,含…执法大队)党组" is one name.)
    # (…nor one naming the kind of unit again: "玉城街道等11个乡镇(街道)"; a field of work is a topic: "长葛市殡葬领域…";
    # 工作 is, but not in a 工作委员会's name: "中共万江街道工作委员会"; a number is, but not of the units under a place:
    # "天心区14个社区卫生服务中心".)
    r"\d(?!\d{0,5}"
    + _UNITS_COUNTED
    + r")|[（(](?!含|包括)(?![^()（）]*[)）](?:党组|党委|党总支|党支部|党组织))(?!(?:街道|社区|乡镇|村|单位)[)）])|[\u4e00-\u9fff]{0,6}领域|乡村振兴|脱贫|财务|预算|经济|食品|安全|党建|党的|意识形态|选人用人|巡[察视]|专项|常规|政治|全面|落实|"
    r"贯彻|领导班子|原|前任|离任|主要|工作(?!委)|有关|相关|开展|执行|资金|项目|生态|环境|债务|基金|国有资产|政法队伍|教育整顿|[“\"]|"
    # (…the level of its accounts: "对鹿城镇村级财务收支情况进行了审计", "…区本级预算执行".)
    r"[村镇乡县区市省]级|本级|"
    # (…the work it was inspected on: "对汕头市委推进“百千万工程”情况开展了巡视".)
    r"(?:推进|推动|促进|深化)[^，,。；;]{2,24}?(?:情况|工作)|"
    # (…the units it took in, with no bracket: "对区卫健局含区妇幼保健服务中心、…进行了巡察"; not 含山县, a place.)
    r"(?:含|包括)(?!山县)|"
    # (…or what of it was looked at: "对梓潼县教育和体育局的教体系统内部审计工作开展情况进行了专项审计调查".)
    r"的(?!党)"
)
# A field's key asking by when, over its date: "拟何时销号" / "2025年3月31日", "整改时限" / "2024年12月31日".
DEADLINE_KEY = compile_shared(r"(?:何时|时限|期限)[^\n。，,]{0,6}$")
# The matter an audit of a project covers, closing its name: "对…处理工程(一、二期防渗工程)竣工决算进行了审计", "对…设备
# 安装工程结算情况进行了审计".
# …and the project an audit result's title names, where the text names none it audited: "…工程项目结算情况审计结果公告".
PROJECT_AUDITED_IN_TITLE = compile_shared(
    r"^(.{4,60}(?:工程|项目))(?:竣工)?(?:财务)?(?:结算|决算)(?:情况)?审计结果(?:公告)?$"
)
# What a reprint puts for the part of a name it masks (read in the folded view: （略） is (略)).
NAME_MASKS = ("*", "(略)")
# The body that carried a project out, before the project an audit covered: "对滇源街道办事处实施的大哨幼儿园…工程…进行了审计",
# "对乐山城市建设投资有限公司(简称市城投公司)代建的…大楼项目进行了跟踪审计", "对我中心建设的…创建工程(第一合同段)进行了
# 审计" (what was audited is the project after it).
AGENT_OF_PROJECT = compile_shared(
    r"^[^，,。；;]{2,60}?(?:组织实施|实施|代建|承建|建设)的(?=[^，,。；;的]{4,80}?(?:工程|项目))"
)
AUDITED_MATTER_END = compile_shared(r"(?<=[程目)）])(?:竣工(?:财务)?决算|决算|(?:竣工)?结算)(?:情况)?$")
ALIAS = compile_shared(r"[（(][^（）()]*?(?:以下简称|简称)[^）)]*[）)]")
# The short form an alias gives ("（以下简称“委党组”）", "（简称:集团党委）"), and the name it stands for, back to the
# words before it ("现将…党组（以下简称…）", "对…党组（…）"; not 和 or 由, which names hold: 住房和城乡建设局, 自由贸易试验区).
ALIAS_NAME = compile_shared(r"简称[:：]?[ \t]*[“\"‘]?([\u4e00-\u9fff]{2,12})[”\"’]?[）)]$")
NAME_BEFORE_ALIAS = compile_shared(r"[，,。；;：:\n]|现将|对|向")  # (the last of them before the name)
A_NAME = compile_shared(r"[\u4e00-\u9fff（）()]{3,40}")
# The units an inspection took in with the one it went to: "市委统战部(含市台联、重庆欧美同学会)",
# "文化和旅游局(文物局,含文化市场综合执法大队)党组".
INCLUDED = compile_shared(r"[（(][^（）()]{0,30}?(?:含|包括)[^（）()]*[）)]")
# An inspection extended below the unit ("对龙穴街道党工委及延伸对龙穴社区党支部"): the unit ends before it.
EXTENDED_TO = compile_shared(r"(?:及|并|同时)延伸.*$")
COUNT_NUM = rf"(?<![\d{CN_DIGITS}第])(\d+|[{CN_DIGITS}]+)"
# Things a notice counts that are not problems, after the count's measure word (12个村, 5个单位).
COUNTED_UNITS = "村|社区|单位|部门|乡镇|街道|科室|站所|企业|学校|项目|党组织|党支部"
ISSUE_COUNT = LazyPattern(
    # (Not units counted before their own checks: "组织全镇12个村对照巡察反馈问题开展自查".)
    rf"{COUNT_NUM}[ \t]*(?:个|项|条)(?!{COUNTED_UNITS})(?:[\u4e00-\u9fff]{{0,6}}?(?:巡[察视]|审计|督[察查导]))?(?:具体|分项|整改|反馈|突出|主要|细化)?(?:的)?问题|"
    # The tasks the problems were broken into count as the finest declared figure: "梳理分解整改任务106个".
    # (…not the measures counted after the tasks: "细化提出5项整改任务9条整改措施".)
    rf"(?:梳理|分解|细化)(?:分解|梳理|细化)?(?:为|出|成|形成)?[^，。；]{{0,8}}?(?<![个项条])整改任务[ \t]*{COUNT_NUM}[ \t]*(?:个|项|条)|"
    # …or stated as a total: "形成问题清单、任务清单、责任清单，共22项整改任务", "明确整改任务35项", "我县承担整改任务27项",
    # "岳川市涉及整改任务38项", "督察反馈的30项整改任务".
    rf"(?:共计?|合计|明确|确定|承担|涉及|反馈|交办[\u4e00-\u9fff]{{0,4}}?)(?:了|的)?[ \t]*(?:{COUNT_NUM}[ \t]*(?:个|项|条)(?:具体)?整改任务|整改任务[ \t]*{COUNT_NUM}[ \t]*(?:个|项|条))|"
    # …or as the rectifications it takes: "共涉及33项整改", "需整改事项12项" (not "33项整改措施").
    rf"(?:共计?|合计|涉及|需)(?:了)?[ \t]*{COUNT_NUM}[ \t]*(?:个|项|条)整改(?:事项)?(?![任措举项目内工方计])|"
    rf"整改事项(?:共计?)?[ \t]*{COUNT_NUM}[ \t]*(?:个|项|条)|"
    # …"涉及黎安区的整改任务共17项", "形成整改任务112项".
    rf"整改任务(?:共计?|合计)[ \t]*{COUNT_NUM}[ \t]*(?:个|项|条)|形成(?:了)?整改任务(?:清单)?[ \t]*{COUNT_NUM}[ \t]*(?:个|项|条)|"
    # Grouped first, then counted: "反馈问题4类23个", "共反馈问题5个方面22条", "反馈问题3大类16项",
    # "指出了党的建设等4个方面的问题22个", "反馈4个方面问题共计35条"; or by the units inspected: "反馈4个村（社区）问题23个".
    rf"(?:问题|反馈|指出|发现|反映|查出)[^，。；]{{0,8}}?(?:\d+|[{CN_DIGITS}]+)[ \t]*个?(?:大?方面|大?类|领域|村(?:[（(]社区[)）])?|社区|单位|部门|乡镇|街道)(?:的?问题)?[、，, \t（(]*(?:共计?|合计)?[:：]?{COUNT_NUM}[ \t]*(?:个|项|条)(?!(?:具体)?(?:整改)?(?:措施|举措)|大?方面|大?类|领域)|"
    # …or the areas, then the kinds of problem in them, the finest count given: "指出存在4个方面16类问题".
    rf"(?<![\d{CN_DIGITS}])(?:\d{{1,3}}|[{CN_DIGITS}]{{1,3}})[ \t]*个?方面[、，, \t]*{COUNT_NUM}[ \t]*大?类(?:具体)?问题|"
    # The problems broken into finer ones or tasks: "细化为50个具体整改任务", "分解形成79个“问题清单”".
    # (…"细化成47个整改项目".)
    # (…"梳理出3大类、22小项整改任务": the groups first; "细化提出5项整改任务", "细化分解5个整改任务".)
    # (…"72个问题分解成的385个子问题".)
    rf"(?:细(?:化|分)|分解|梳理)(?:分解|细化|梳理)?(?:为|出了?|成|形成|提出)?(?:的)?[ \t]*(?:\d{{1,3}}[ \t]*个?(?:方面|大?类)[、，,]?[ \t]*)?"
    rf"{COUNT_NUM}[ \t]*(?:个|项|条|小项)[“\"]?(?:具体|分项|重点|子)?(?:整改)?(?:问题|任务|(?<=整改)项目)|"
    # …the tasks a tally counts in: "在104项具体整改任务中，75项已经完成".
    rf"在[ \t]*{COUNT_NUM}[ \t]*(?:个|项|条)(?:具体)?整改任务中|"
    # …or parts of the problems, then their sum: "本轮巡察反馈问题16个，上轮巡察整改不到位问题3个，共计19个".
    rf"问题[ \t]*(?:\d+|[{CN_DIGITS}]+)[ \t]*(?:个|项|条)[，,、；;][ \t]*(?:共计|合计|总计|共)[ \t]*{COUNT_NUM}[ \t]*(?:个|项|条)(?!方面|大?类)|"
    rf"(?:存在(?:的)?|具体)问题(?:共)?[ \t]*{COUNT_NUM}[ \t]*(?:个|项|条)|"
    # …the matters to put right at once a team handed over during its visit: "移交立行立改事项2件", "移交的3件立行立改事项".
    rf"(?:移交|交办)(?:了|的)?[ \t]*(?:立行立改(?:事项|问题)[ \t]*{COUNT_NUM}[ \t]*(?:件|个|项)|{COUNT_NUM}[ \t]*(?:件|个|项)立行立改(?:事项|问题))|"
    # …the tasks a closure notice lists: "以下5项整改任务已完成整改".
    rf"以下[ \t]*{COUNT_NUM}[ \t]*(?:个|项|条)整改任务|"
    # …or the points of feedback: "分别对29条巡视反馈意见牵头组织实施", "反馈意见共29条".
    rf"{COUNT_NUM}[ \t]*(?:个|项|条)(?:巡[察视]|督察)?反馈意见|反馈意见(?:共计?)?[ \t]*{COUNT_NUM}[ \t]*(?:个|项|条)|"
    # (…or the problems to rectify: "需整改问题36个", "梳理形成具体问题8个"; or those a unit takes as its own of a round's
    # feedback to several: "我局认领问题23个".)
    # (…"巡察反馈具体问题需要向社会公开的19个": the problems a notice publishes.)
    rf"(?:指出|反馈|反映|发现|提出|交办|移交|查出|涉及|认领|梳理(?:出|形成)?|需|应)(?:了)?(?:[\u4e00-\u9fff]{{0,8}})问题(?:清单)?"
    rf"(?:中?(?:需要?|应当?)?(?:向社会)?公开的)?(?:共计?|总计|合计)?[ \t]*[:：]?[ \t]*{COUNT_NUM}[ \t]*(?:个|项|条)(?!大?方面|大?类|领域)",
    skip=True,
)
# A count of problems given as an approximation ("共38余个问题", "发现问题30多个", "近40个问题"): no declared count, and none
# coarser is given in its stead.
APPROXIMATE_COUNT = compile_shared(
    rf"{COUNT_NUM}[ \t]*(?:余|多)[ \t]*(?:个|项|条)[\u4e00-\u9fff]{{0,4}}?问题|"
    rf"问题[ \t]*{COUNT_NUM}[ \t]*(?:余|多)[ \t]*(?:个|项|条)|(?:近|约)[ \t]*{COUNT_NUM}[ \t]*(?:个|项|条)[\u4e00-\u9fff]{{0,4}}?问题"
)
# The end of a period that names no day, after its start: "2024年7月15日至8月下旬", "…至2024年1月底"; or one that
# lost its 月 and reads two ways ("2024927日至126日": 1-26 or 12-6), which the date reader leaves out.
ENDS_WITHOUT_DAY = compile_shared(
    r"[ \t]*(?:至|到|—|-)[ \t]*(?:(?:\d{4}年)?\d{1,2}月(?:上旬|中旬|下旬|底|初|末|中)|\d{3,4}[ \t]*日)"
)
# A note in brackets closing a title ("…整改情况的报告（摘要）", "（全文）"), and a line in brackets under one (a byline:
# "（…领导小组办公室　2025年8月）").
# (…or the number of the case it reports on: "…办理情况表(信20170816134)".)
TITLE_NOTE = compile_shared(r"[(（](?:[^()（）]{1,6}|[^()（）\d]{0,3}[A-Za-z\d][A-Za-z\d\-]{3,30})[)）]$")
BRACKETED_LINE = compile_shared(r"[(（][^()（）]{2,60}[)）]")
# …but one that numbers the notice in a series is the title's: "（第二批）", "（第3期）".
PART_OF_SERIES = compile_shared(
    # (…with the batch's day perhaps, letter-spaced: "(第一批 2023年9月2日)", "(第 七 批 201 7 年 8 月 27 日)".)
    r"[(（][ \t]*第[ \t]*[一二三四五六七八九十\d]{1,3}[ \t]*(?:批|期|号|部分)"
    r"(?:[ \t]*[\d \t]{4,8}年[\d \t]{1,5}月[\d \t]{1,5}日)?[ \t]*[)）]"
)
SUM_OF_PARTS = compile_shared(
    r"[，,、；;][ \t]*(?:共计|合计|总计|共(?=[ \t]*\d))"
)  # the sum `ISSUE_COUNT` reads after the parts
# A 督察's complaints passed on, the items of a list of them where the text counts nothing else: "转办第八批群众信访
# 举报件6件", "交办的7件信访件", "交办我市的4件信访问题", "交办的第十七批涉及赤峰市11件信访举报件",
# "转办第九批信访举报件共计168件", "交办第十五批信访转办件共计24件", "第十五批9件信访件已办结6件" (not beside the
# problems fed back: "指出的26个问题…交办群众信访件182件"; nor the
# complaints an inspection hands the unit: "向县教育局党组移交了信访件21件").
COMPLAINT_COUNT = compile_shared(
    rf"(?:交办|转办)[^，。；]{{0,10}}?信访(?:举报)?件[ \t]*{COUNT_NUM}[ \t]*件|"
    rf"(?:交办|转办)(?:[^，,。；;\d]{{0,4}}?的)?(?:[^，,。；;\d]{{0,8}}?批[^，,。；;\d]{{0,8}}?)?{COUNT_NUM}[ \t]*件(?:群众)?信访(?:举报)?(?:件|问题)?|"
    rf"(?:交办|转办)[^，,。；;]{{0,14}}?信访(?:举报|转办|交办)?件(?:共计?|合计|总计)[ \t]*{COUNT_NUM}[ \t]*件|"
    rf"第[一二三四五六七八九十\d]{{1,4}}批[ \t]*{COUNT_NUM}[ \t]*件(?:群众|环境)?信访(?:举报)?(?:件|问题)?|"
    # (…or their batch's count after it: "转办第35-1批次,共1件举报案件", "信访举报件交办单第9批(共1件)".)
    rf"(?:交办|转办)[^。；;]{{0,20}}?批次?[，,]?[(（]?共[ \t]*{COUNT_NUM}[ \t]*件[)）]?(?:群众)?(?:信访)?(?:举报)?(?:案件|件)?|"
    rf"(?:信访|举报)[^。；;，,]{{0,12}}?第[一二三四五六七八九十\d\-]{{1,6}}批次?[(（]共[ \t]*{COUNT_NUM}[ \t]*件[)）]"
)
COMPLAINT_WORDS = ("信访", "举报")  # (one of which a text counting them holds)
# …named in a tally's sentence: what it tallies are complaints, not the problems, unless the notice counts them as its
# items ("转办巴州130件信访事项已全部办结" beside 15 tasks).
COMPLAINTS_NAMED = compile_shared(r"信访(?:举报)?(?:件|事项)|举报件|投诉件")
# …handled, in a tally of them: "已办结75件", "阶段性办结19件" (a disclosure of their handling, 边督边改).
COMPLAINTS_CLOSED = compile_shared(rf"办结[ \t]*{COUNT_NUM}[ \t]*件")
# Problems declared in two parts that make up the whole: "共性问题5个、个性问题16个" (21 in all), "上轮巡察整改不到位
# 问题5个、新发现问题7个" (12: a second look's old and new problems).
PARTS_OF_PROBLEMS = compile_shared(
    rf"共性问题[ \t]*{COUNT_NUM}[ \t]*(?:个|项|条)[、，,和及与 \t]*个性问题[ \t]*{COUNT_NUM}[ \t]*(?:个|项|条)|"
    rf"上一?轮[^、，,。；;]{{0,16}}?问题[ \t]*{COUNT_NUM}[ \t]*(?:个|项|条)[、，,和及与 \t]*(?:本轮)?新(?:发现|指出|反馈)?(?:的)?问题"
    rf"[ \t]*{COUNT_NUM}[ \t]*(?:个|项|条)"
)
PARTS_WORDS = ("个性问题", "新发现问题", "新发现的问题")  # (what a text declaring its problems in parts must hold)
# A count followed straight by a status is a tally of part of the problems, not their number: "3个问题已完成整改";
# unless the inspection's verb introduces it: "反馈的7个问题已完成整改" is all of them.
# (A total the status then tallies, "11个问题已整改到位8个", has a number after it.)
# The words a tally of problems by status opens with: "3个问题已…", "正在…".
TALLY_VERBS = r"已|正在|尚未|基本"
TALLIED = compile_shared(rf"[ \t]*(?:均|全部)?(?:{TALLY_VERBS})[^，,。；;\d]*(?:[，,。；;]|$)")
DECLARED_BY = compile_shared(r"(?:反馈|交办|指出|移交|督办|查出|发现)(?:了)?(?:的)?[ \t]*$")
# A clause that sets a target rather than tallies what is done: "2023年年底前24项全部整改完成", "确保…完成".
# (…or what is due by now: "39个问题应完成整改19个，已完成整改19个".)
PLANNED = compile_shared(r"(?:年底|月底|年内|之)前|确保|力争|争取|(?<!按)计划|预计|应(?:当|该)?(?:完成|整改|销号)")
THE_REST = ("其余", "剩余", "余下", "另有")  # a sentence tallying the problems the one before left out
# A count broken down in brackets after it: "正在整改18个（其中部分整改11个、分阶段整改7个）" tallies 18, not 36.
BREAKDOWN = compile_shared(r"[（(]其中[^（）()]*[)）]")
# A count's aside naming what it takes in: "已完成整改9（含巡察交办的立行立改已办结1）" tallies 9.
TALLY_ASIDE = compile_shared(r"[（(](?:含|包括)[^（）()]*[)）]")
# Problems counted by status with no total given: their sum is the declared number.
TALLY_OF_PROBLEMS = compile_shared(
    rf"(?<![\d{CN_DIGITS}])(?:\d+|[{CN_DIGITS}]+)[ \t]*(?:个|项|条)问题(?:均|全部)?(?:已|正在|尚未|基本)"
    # …or the problems fed back, tallied: "巡察反馈问题已完成整改19个，正在整改4个，需长期坚持的2个".
    r"|(?:反馈|指出|交办)(?:的)?问题(?:中)?[，,]?(?:目前)?(?:已|正在|尚未|基本)"
)
# A tally clause said of all the problems the clause before counts: "立行立改问题41个，已全部整改到位", "…，目前均已
# 完成整改" (the clause ends with the count of problems: not "21个省直部门…查出的10个方面个问题", a page that lost the
# number).
ALL_OF_THEM = compile_shared(r"^[ \t]*(?:目前|当前|现|至今|截至目前[，,]?)?[ \t]*(?:已|现已)?(?:全部|均)")
PROBLEMS_BEFORE = compile_shared(
    rf"(?:问题[ \t]*{COUNT_NUM}[ \t]*(?:个|项|条)|{COUNT_NUM}[ \t]*(?:个|项|条)(?:(?!方面|大?类)[\u4e00-\u9fff]){{0,4}}?问题)[ \t]*$"
)
# A count of problems or tasks in a tally (not the 八项 of 中央八项规定).
# (件 counts the complaints a 督察 passed on: "5件信访件已办结4件，阶段性办结1件".)
STATUS_NUM = LazyPattern(rf"{COUNT_NUM}[ \t]*(?:个|项|条|件)(?!规定|要求|原则)", skip=True)
# What follows a count that is not of problems: the areas they fall in, the measures taken.
GROUPING = compile_shared(r"[ \t]*(?:方面|大?类|领域|大项|(?:具体)?(?:整改)?(?:措施|举措))")
# A clause that tallies measures, not problems ("41条整改措施已落实38条"), and the rest of them after it ("其余3条…").
# (…its count after them too: "完成整改措施62项".)
MEASURES_TALLIED = compile_shared(
    rf"{COUNT_NUM}[ \t]*(?:个|项|条)?(?:具体)?(?:整改)?(?:措施|举措)|(?:整改)?(?:措施|举措)[ \t]*{COUNT_NUM}[ \t]*(?:个|项|条)"
)
# A clause that tallies the tasks the problems became ("56项整改任务已完成49项"): beside a tally of the problems
# themselves in the sentence ("13个问题中已完成整改9个…"), no count of theirs.
TASKS_TALLIED = compile_shared(rf"{COUNT_NUM}[ \t]*(?:个|项|条)?(?:具体)?(?:整改)?任务")
# Who leads the rectification, in the order tried: the person named as bearing overall responsibility
# (负总责, 第一责任人), else the head of the rectification's leading group (组长), whom a notice may name before the
# one who bears it ("成立以分管日常工作的副部长何分秋任组长…", then "部长肖帅坚决扛牢巡察整改第一责任人责任").
LEAD_CHARGED = LazyPattern(
    rf"(?:{ROLE_WORDS})(?!{NOT_A_NAME})({PADDED_NAME})(?:同志|(?=为|对|任|作为|担任|负|履行|是|坚决|切实|带头|亲自|牵头|统筹|挂帅|认真|主动|始终|严格|全面|扎实|落实|扛起|扛牢|[，,]))"
    # (Not a deputy's: "…陈某任副组长…，党委书记履行第一责任人职责"; nor over a clause naming another's role: "…所长赵启明任
    # 组长的…领导小组，所党委书记马骏履行整改第一责任人责任" is 马骏's; nor over one naming another 同志: "…校长钱志诚任双组长
    # 的…领导小组，杨帆同志切实履行整改第一责任人责任" is 杨帆's.)
    rf"(?:(?!副组长|[，,][^。；;，,]{{0,12}}?(?:书记|主任|[\u4e00-\u9fff]长)[\u4e00-\u9fff]{{2,4}}?(?:同志)?(?:切实|认真|严格|带头)?"
    rf"(?:履行|对|作为|担任|为|是)|[，,]{NAME}同志)[^。；;]){{0,30}}?(?:负总责|第一责任人)"
    # "郑国栋同志作为第一责任人，对整改工作负总责", "吴明远同志对整改工作负总责": named with 同志 alone, opening
    # the clause; or named bare as it: "，郑立新作为巡察整改第一责任人".
    rf"|(?<![\u4e00-\u9fff])({PADDED_NAME})(?:同志[^。；;]{{0,16}}?|作为[^。；;，,]{{0,10}}?)(?:负总责|第一责任人)"
)
LEAD_HEAD = LazyPattern(
    # "以党组书记、检察长张军同志为组长的巡视整改工作领导小组" (the round before 整改: "…为成员的十届省委第九轮巡视反馈意见整改
    # 工作领导小组"; with its deputies or members between:
    # "…郑国栋为组长，党委副书记、总经理为副组长的巡察整改工作领导小组" (…"，其他班子成员为组员的…"); the first of two heads:
    # "…熊卫东、县长邹志强任双组长", "局长黄志强和局党组副书记、副局长林晓东任双组长"; in the opening, a group named no more than 领导小组 is the rectification's).
    # (A page may set a 、 between the last role and the name, where 同志 follows: "以党组书记、局长、毋慧芳同志为组长"; the
    # members may close on the units that are members: "…为成员，局直各单位为成员单位的…".)
    rf"(?:{ROLE_WORDS})(?:、(?=[^、，,。；;]{{2,4}}同志))?(?!{NOT_A_NAME})({PADDED_NAME})(?:同志)?(?:、[^、，,。；;]{{2,12}}|[和与及][^，,。；;]{{2,24}}?)?(?:为|担?任)双?组长(?:[，,、][^。；;]{{0,100}}?(?:副组长|成员(?:单位)?|组员))?的(?:[^。；;]{{0,16}}整改[^。；;]{{0,12}}(?:(?:领导|工作)小组|专班)|领导小组|工作专班)"
    # "成立巡视整改工作领导小组，党组书记、部长袁贵仁同志担任组长".
    # (…with what the group does between: "…领导小组，全面负责整改工作的组织领导和协调落实，由党组书记、局长姜迪清任组长".)
    # (…its name in quotes: "成立了“省委巡视组反馈意见整改工作领导小组”,以市委书记任学锋同志为组长".)
    rf"|整改[^。；;]{{0,12}}领导小组[”\"]?(?:[，,][^。；;]{{0,40}}?)?[，,。](?:由)?[^。；;，,]{{0,6}}?(?:{ROLE_WORDS})(?:、[^、，,。；;]{{0,6}}?(?:{ROLE_WORDS}))?(?!{NOT_A_NAME})({PADDED_NAME})(?:同志)?(?:担任|任|为)组长"
    # "由局长周某任整改工作领导小组组长".
    rf"|由[^。；;，,]{{0,6}}?(?:{ROLE_WORDS})(?!{NOT_A_NAME})({PADDED_NAME})(?:同志)?(?:担任|任)[^。；;，,]{{0,12}}整改[^。；;，,]{{0,12}}领导小组(?:的)?组长"
)
# The section on how the secretary led it: "二、党委书记张发金组织落实巡察反馈意见整改工作的情况": the leading, then
# the role and name just before it (`LEAD_BEFORE`, matched on the words before).
LEADING = compile_shared(r"(?:组织|领导|推动)落实[^。；;，,]{0,20}整改")
LEAD_BEFORE = compile_shared(rf"(?:{ROLE_WORDS})(?!{NOT_A_NAME})({NAME})(?:同志)?$")
# …else the secretary the paragraph under a heading on bearing the first responsibility opens with: "（一）担负第一责任" /
# "局党委书记简波同志对巡察反馈问题整改工作高度重视，带领…" (chairing a meeting on the rectification alone makes no lead).
LEAD_UNDER_DUTY = compile_shared(
    rf"第一责任人?(?:职责|责任)?[^\n。；;，,]{{0,4}}\n[ \t]*[\u4e00-\u9fff]{{0,8}}?书记(?:、[\u4e00-\u9fff]{{1,6}}?(?:长|主任))?"
    # (…its whole name where 同志 follows it: "书记张三丰同志对…", not 张三.)
    rf"(?!{NOT_A_NAME})({NAME})(?:同志|(?![\u4e00-\u9fff]{{1,2}}同志))(?=[^\n。]{{0,40}}?(?:整改|巡[察视]))"
)
# The words `LEAD_CHARGED` and `LEAD_HEAD` cannot match without (they try their role words at every position).
CHARGED_WORDS = ("负总责", "第一责任人")
DUTY_WORD = "第一责任"
HEAD_WORD = "组长"
AGENT_WORDS = ("审计", "巡察办", "督察")  # (what `AGENT` cannot match without)
# An audit's results announced by the office that audited ("…审计局…进行了审计。现将审计结果公告如下"): that office issues
# the announcement, not the unit audited.
AUDIT_RESULTS_ANNOUNCED = compile_shared(r"现将[^。；;\n]{0,12}?审计(?:调查)?结果(?:及(?:其)?整改情况)?公告如下")
AUDIT_OFFICE = compile_shared(r"[\u4e00-\u9fff]{2,12}?审计(?:署|厅|局)$")
"""An audit office's name (苍溪县审计局, 陕西省审计厅): it issues its results' announcement."""
AUDIT_OFFICE_ENDS = ("审计署", "审计厅", "审计局")
"""How an audit office's name ends (区审计局, 审计署 too): the office that audited a unit is no inspection team."""
# …or the office's account of what its audit found, in the third person ("审计发现…存在…等问题", "二、审计查出主要问题"),
# where the unit audited does not speak for itself (我局, 我单位, 我校 …: its own report on the rectification).
# (…"经审计，该项目多计…", "三、存在的问题及处理意见".)
AUDIT_FOUND = compile_shared(rf"审计(?:发现|查出)|经审计[，,]|{STANDING_PROBLEMS_HANDLED}")
# The office that opens the text saying what it audited, without a team: "梓潼县审计局自2023年11月14日至…，对…进行了专项
# 审计调查" (group 1).
OFFICE_AUDITED = compile_shared(
    r"([\u4e00-\u9fff]{2,12}?审计(?:署|厅|局))[ \t]*[，,]?[ \t]*(?:于|自)?[^。；;\n]{0,40}?对[^。；;\n]{2,80}?进行了[^。；;\n]{0,8}?审计"
)
SPEAKS_AS_UNIT = compile_shared(r"我(?:局|单位|们单位|院|校|公司|委|办|中心|厂|站|所|社|会|馆|队)")
# …or whose report the notice answers: "根据内江市市中区审计局《…竣工决算审计报告》", "根据《泸州市审计局专项审计调查报告》".
AUDITOR_CITED = compile_shared(
    r"根据《?([\u4e00-\u9fff]{2,20}?审计(?:署|厅|局))(?:出具的)?《?[^》。；;]{0,80}?审计(?:调查)?报告》"
)
# An office that inspects in its own name: "县审计局于2023年5月对县教育局…进行了审计" (not one at work on the rectification:
# "区审计局对审计工作报告反映的问题逐项建立整改台账").
AGENT = LazyPattern(
    # (…not the year's 年 before it: "2020年陕西省审计厅对…进行审计".)
    r"[年月日]?([\u4e00-\u9fff]{0,8}(?:审计署|审计厅|审计局|巡察办|督察[\u4e00-\u9fff]{0,2}局)|"
    # …or a firm's or a school's own audit department ("江城文旅投资集团有限公司审计部", "滨海理工学院审计处").
    r"[\u4e00-\u9fff]{2,16}?(?:公司|集团|学院|大学|学校|医院)(?:内审|审计)(?:部|处|室|科|中心))"
    # (…the firm it engaged between: "平顶山市审计局委托中建卓越管理有限公司对…进行了审计".)
    r"(?:于[^，。；]{0,30}|委托[^，。；]{2,30}?)?对"
    r"(?=[^。；]{0,80}?(?:进行|开展|实施|组织)了?[^。；，,]{0,20}?(?:审计|巡察|督察)(?!整改))"
)
EMAIL = LazyPattern(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", skip=True
)
# A word a notice's title has: a document's name, the work or the inspection it reports on.
TITLE_WORD = compile_shared(r"关于|通报|报告|公告|公示|情况|清单|台账|整改|巡[察视]|审计|督[察查导]|问题|进展")
# The words a news item's lead ends with where the notice itself follows ("本报讯…现将通报全文刊发如下：",
# "以下为内容摘要："), as the folded view writes them (its colon half-width).
PRESENTS_NOTICE = ("全文如下:", "原文如下:", "刊发如下:", "刊登如下:", "内容摘要:", "摘要如下:")
# …run on to the notice a space after it, where a page lost its line breaks ("…以下为内容摘要: 中共济南市委 关于…").
PRESENTS_NOTICE_APART = compile_shared(
    "(?:" + "|".join(re.escape(lead[:-1]) for lead in PRESENTS_NOTICE) + r")[:：](?P<gap>[ \t\u3000]+)(?=\S)"
)
# …or a news lead that says who published the report and what it shows ("中共天津市委 天津市人民政府发布关于…的报告,报告
# 显示,…"), the report's own title below it.
PUBLISHED_REPORT = compile_shared(
    r"发布(?:了)?《?关于[^。《》\n]{4,80}?(?:报告|通报)》?[ \t]*[，,]?[ \t]*(?:报告|通报)(?:显示|指出|称)"
)
# …dated, where it tells the day the notice came out: "2021年8月26日,济南通报巡视整改进展情况。以下为内容摘要:".
LEAD_DATED = compile_shared(
    r"[ \t]*(\d{4}年\d{1,2}月\d{1,2}日)[，,][^。；;\n]{2,30}?(?:通报|公布|公开|发布)(?=[^。；;\n]{0,30}?整改)"
)
# The dashes opening a report's subtitle (——2024年11月26日在…人大常委会…会议上): no title line.
SUBTITLE_DASHES = ("——", "—", "--")
# A note in brackets under a signature that gives the notice's channel: "（监督举报电话：0734-5521369）".
BRACKETED_CONTACT = compile_shared(r"[(（][^()（）]{0,12}(?:电话|邮箱|信箱)[^()（）]{2,40}[)）]")
PHONE_CUE = compile_shared(r"电话|联系方式|热线|传真|手机|座机|致电|来电|拨打")
# The channels a notice offers for the public's supervision where it opens with them (a closure 公示's 监督电话 and
# 邮箱 in its first paragraph, before the task): the notice's contacts as much as a closing's.
# (…or invites views and then names its channels: "…接受社会监督。如有意见建议，请通过电话…或电子邮箱…反映", "请及时向我们反映。
# 联系电话：…", or names them first: "可通过电话0734-8216601、0734-8216633反映意见建议".)
SUPERVISION_CUE = compile_shared(
    r"(?:监督|举报|反映|投诉)(?:电话|方式|邮箱|渠道|热线)|(?:监督|意见建议|意见和建议|反映)[^\n]{0,30}?(?:电话|邮箱)|"
    r"(?:电话|邮箱)[^。\n]{0,40}?(?:反映|举报|监督)"
)
# (After a phone cue: with its area code, a mobile, a local number, or a national hotline, 12388 and the like.)
# (A local number may be set in two groups, "0577-6852 3107", as an OCR engine or a typist spaces it; the words
# around it may touch it: "通过电话0736-7102315或电子邮箱…".)
PHONE = compile_shared(
    r"(?<![0-9A-Za-z_@.])(?:\(?0\d{2,3}\)?[-—－ ]?(?:\d{7,8}|\d{3,4} \d{4})|1[3-9]\d{9}|\d{7,8}|12\d{3})(?![0-9A-Za-z_@])"
)
# A local number that reads as a day whose marks a copy lost ("公示时间20181012"): a phone only right after its key.
DAY_AS_NUMBER = compile_shared(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
PHONE_RIGHT_AFTER_KEY = compile_shared(r"(?:号码)?[ \t]*[:：]?[ \t]*")
# The spaces a page's CMS sets inside a date's figures ("发布日期: 2021- 06- 28 16: 53"), taken out to read it.
SPACE_IN_FIGURES = compile_shared(r"(?<=\d)[ \t]+(?=[-/.:：]\d)|(?<=\d[-/.:：])[ \t]+(?=\d)")
POSTCODE = compile_shared(r"(?:邮[ \t]*编|邮政编码)[ \t]*[:：]?[ \t]*(\d{6})(?!\d)")
ADDRESS = LazyPattern(
    r"(?:联系地址|通讯地址|通信地址|来信地址|邮寄地址|来信请寄(?:至)?|信件请寄(?:至)?|(?<!电子)地址|(?<!电子)邮政信箱|"
    # (The value may stand on the next line, where a printed page broke after the key.)
    r"(?<!电子)信箱)[ \t]*[:：][ \t]*(?:\n[ \t]*)?"
    # (Not the page's own address: "转载请注明来源本文地址:https://…".)
    r"(?!https?:|www\.)"
    # (…and before the signature and its date run on after it: "…大楼415室 松江河林业局 2019年12月5日", or the call for
    # objections: "受理地址:兰西县老武装部院内 如对该项整改任务完成情况有异议,…".)
    r"([^；;，,。\n]{4,80}?)(?=[；;，,。\n]|$|邮编|邮政编码|电话|[(（](?:邮|电)|[ \t\u3000]+(?:如对|如有|欢迎)|"
    r"[ \t\u3000]+(?:[\u4e00-\u9fff（）()]{2,40}[ \t\u3000]*)?\d{4}年\d{1,2}月\d{1,2}日)",
    skip=True,
)
SPEAKER = LazyPattern(
    r"^([\u4e00-\u9fff]{2,20}?(?:局|委员会|委|厅|办公室|办|政府|院|中心|署))(?:副)?(?:局长|主任|厅长|院长|县长|市长|区长|镇长|乡长|旗长|州长|"
    # (A short name may be padded: "泗县审计局局长  韩 冰".)
    r"书记|署长|审计长)[ \t\u3000]*(?:[\u4e00-\u9fff][ \t\u3000]{0,3}){1,3}[\u4e00-\u9fff](?:[(（]受[^()（）]{2,12}委托[)）])?$|"
    # …or the sentence saying who delivered it: "受省政府委托，11月24日，省审计厅厅长刘文华在…会议上", "…会议听取和审议了
    # 区审计局局长黄海燕受区人民政府委托所作的…".
    r"(?:^|[，,]|审议了|听取了)((?:(?!听取|审议)[\u4e00-\u9fff]){2,20}?(?:局|厅|署))(?:副)?(?:局长|厅长|署长|审计长)[\u4e00-\u9fff]{2,3}(?:同志)?(?:在|受)"
)
# …set on its own line, where a page ran its lines on a space apart ("…会议上 北京市审计局局长 马兰霞 主任、各位副主任、…"):
# the body and its head's name between spaces, a line of their own again.
SPEAKER_APART = compile_shared(
    r"(?<=\S)[ \t\u3000]+(?P<speaker>[\u4e00-\u9fff]{2,20}?(?:局|厅|署|委员会|办公室|政府))(?:副)?(?:局长|厅长|署长|审计长|主任)"
    r"[ \t\u3000]*[\u4e00-\u9fff]{2,3}(?P<gap>[ \t\u3000]+)(?=\S)"
)
# (The value ends at a space, a bar, a bracket, the line's end or the next key run on to it: "来源:…网站发布时间:2021-08-26",
# "来源:监督与审计局【字号:大 中 小】"; an empty one is no value: "来源:  作者:", "来源: 第三轮…督察反馈意见整改任务已完成整改，…",
# "【信息来源:【信息时间:2017-09-15 11:19】"; nor the question marks a page's spaces were garbled to: "来源:…分局???发布时间:…".)
SOURCE = LazyPattern(
    rf"来源[:：][ \t\u3000]*(?!(?:{'|'.join(META_KEYS)})[ \t]*[:：])"
    rf"([^\s|｜:：，,。；;【】\[\]?？]{{2,30}}?)(?=[\s|｜【\[?？]|(?:{'|'.join(META_KEYS)})[ \t]*[:：]|$)"
)
# (巡查: the older name of 巡察 in some provinces; 督查 and 督导: an environmental ministry's inspection groups.)
INSPECTION_WORDS = compile_shared(r"巡[察视查]|审计|督[察查导]|进驻")
# A 来源 that is a medium, not a body ("山东省纪委监委网站", "宿迁日报", "学习强国", a WeChat account such as "上海发布"): a
# page's source names no issuer.
MEDIA_SOURCE = compile_shared(
    r"(?:网站|(?<!电)网|日报|晚报|早报|报社|客户端|公众号|学习强国|头条|融媒体中心|电视台|发布)$"
)
# …nor the discipline body whose site carries the page ("来源：博兴县纪委监委", "来源:区纪委区监委"): it publishes the
# units' notices, which name their issuer or leave it unsaid (no real label names a 纪委 an issuer); …
DISCIPLINE_SOURCE = compile_shared(r"纪委|监委|纪工委|纪检|监察委员会|纪律检查委员会")
# …nor, for a notice, the inspection office whose column carries it ("（本文来源：某某县委巡察办）"; which does publish its
# own news of the inspection).
INSPECTION_OFFICE = compile_shared(r"巡[察视]办|巡[察视]工作领导小组办公室")
# …nor one of a body's own sections, named without the body: "来源:法规督考科".
SECTION_SOURCE = compile_shared(r"^[^省市县区州旗盟镇乡]{2,8}(?:科|股)$")
# A single date that opens the inspection when the notice gives no period: "自2023年3月6日起", "于3月6日进驻".
STARTED_ON = compile_shared(r"[ \t]*(?:起|开始)|[ \t]*[，,]?[^。；;，,\d]{0,20}?进驻")
# …and the date it ended on, later: "…进驻…开展巡察，6月12日结束", "于6月12日撤离".
ENDED_ON = compile_shared(r"[ \t]*(?:结束|撤离|完成进驻)")
AS_OF = compile_shared(
    r"(?:截至|截止|截止到|到)[ \t]*(?:目前|今年|本月)?$"
)  # the words before a date a tally stands at
YEAR_BEFORE = compile_shared(r"\d{4}[ \t]*年[ \t]*$")  # (a year a date's reading may start after)
ENDED_BY = compile_shared(r"[，,][ \t]*(?:至|到)[ \t]*$")
# A date set after a title on its line, in brackets or a gap apart, the page's date: "…整改进展情况的通报 (2024-07-26)",
# "…审计整改情况报告  2023-05-06", "…的通报 [2024-02-11]".
TITLE_DATE = compile_shared(
    r"(?:[ \t]*[(（\[【][ \t]*(\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日))[ \t]*[)）\]】]|"
    r"[ \t]+(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}))[ \t]*$"
)
# A line shaped as a notice's title: what it is about, then the kind of document ("…整改工作情况的报告").
# What another page's title in a list of links over a notice's does not open with: a subtitle's dash (——关于…的报告), a
# bracket (（第二批）), a label.
NOT_LISTED_OPENS = ("—", "-", "－", "(", "（", "一、", "1.", "1、")
# …nor ends with: a part's number ("整改进展情况（一）", the notice's first part under its title).
PART_NUMBER_END = compile_shared(r"[（(][一二三四五六七八九十\d]{1,3}[)）]$")
TITLE_SHAPE = compile_shared(
    r"^[^。，,；;：:]{0,40}(?:关于|巡[察视]|督察|审计|整改)[^。；;：:]{2,70}(?:通报|报告|公告|公示|情况|清单|台账)"
    r"(?:[（(][^（()）]{1,12}[)）])?$"  # (…a note in brackets after it: "…的通报（社会公开稿）", "…的报告（摘要）")
)
# A line that is a whole title with its issuer ("中共某某县委宣传部关于巡察整改进展情况的通报"): the lines set above
# it (a WeChat article's headline "巡察整改进展情况公示｜县委宣传部", a column's name) are no part of it.
SITE_NAME_ENDS = (
    "网站",
    "网",
    "门户",
    "平台",
)  # (how a site's name after a page's title ends: "…门户网站", "…纪检监察网")
WHOLE_TITLE = compile_shared(r"^[^。，,；;：:｜|]{2,40}关于[^。；;：:｜|]{2,70}(?:通报|报告|公告|公示)$")
# A headline's line that ends on hearing the report whose title is set below it ("…常委会第三十二次会议听取" /
# "国务院关于…的报告"): news of the meeting, the title its object.
HEARS_TITLE = compile_shared(r"(?:听取|审议)(?:了)?$")
# A title line that opens with the tail of its issuer's name, the rest of it on the line above ("中共…有限公司" /
# "委员会关于巡察整改进展情况的通报").
NAME_TAIL_FIRST = compile_shared(r"(?:党?委员会|党委|党组|党工委|工作委员会|党总支|总?支部委员会)关于")
# A title's first line that the line below carries on: its 关于 and no sentence's marks ("中共…党组关于落实…反馈意见").
_TITLE_OPENING = compile_shared(r"[^。，,；;：:|｜]{0,40}关于[^。，,；;：:|｜]{2,50}")


def opens_title(line: str, below: str) -> bool:
    """Whether a head line (folded) opens a title set in two lines, the line below carrying it on to its end
    ("天津市…党组关于十二届市委…巡视" / "整改进展情况的通报": the title's own line breaks, kept where a page or a PDF set
    it)."""
    if not below or not _TITLE_OPENING.fullmatch(line) or TITLE_NOTE.sub("", line).endswith(TITLE_ENDS):
        return False
    joined = line + below
    return bool(WHOLE_TITLE.match(joined) or (joined.startswith("关于") and TITLE_SHAPE.match(joined)))


# Where a head line joins the title to its site's or column's name, as a browser's page title does ("巡察整改 |
# 中共…的通报", "中共…的通报_某某县人民政府", "中共…的通报 - 某某县纪委监委"; spaces already taken out); a dash only
# right after the title's document word; a colon after a label a site (or a spam mirror) puts before it
# ("乐鱼体育官网投注:贵港市人民政府关于…的报告").
PAGE_TITLE_PARTS = compile_shared(r"[|｜丨_:：]|(?<=通报|报告|公告|公示)[-－—–]+")
# The metadata keys a page gives its notice's title under.
TITLE_KEYS = ("标题", "文件名称", "信息名称", "名称")
# A repost's label before the title it keeps: "原标题:内蒙古自治区贯彻落实…整改工作进展情况".
# The number of an issue in a series a notice is published in, on a line of its own under the series' heading ("审计结果公告"
# / "2024年第3号", "第12期"): the heading is no title.
SERIES_NUMBER = compile_shared(r"(?:\d{4}[ \t]*年[ \t]*)?第[ \t]*\d{1,4}[ \t]*[号期]")
# A document-sharing site's wrapper round the file it shows: "《…的通报.docx》由会员分享，可在线阅读，更多相关…".
SHARED_FILE = compile_shared(r"[ \t]*《([^《》\n]{6,120}?)(?:\.(?:docx?|pdf|wps|txt))?》由[\u4e00-\u9fff]{0,6}分享")
# …and the number it gives each page of the file it shows, run into the page's first line ("1、中共…的通报根据…"): a
# notice's title never opens with a label.
PAGE_NUMBER = compile_shared(r"\d{1,3}[、.．]")
# …or the alt text of its page images, the file's title and the page's number: "…关于巡察整改情况的通报_第1页".
PAGE_IMAGE = compile_shared(r"[ \t]*([^\n]{6,120}?)[_＿][ \t]*第[ \t]*1[ \t]*页[ \t]*$")
TITLE_LABEL = compile_shared(r"^(?:原标题|原题)[ \t]*[:：][ \t]*")
# A news lead that presents a report it names ("…局长某某在…会议上作了《关于…整改情况的报告》。报告的主要内容如下："): the
# report's title, where the page shows no title of its own.
PRESENTED_TITLE = compile_shared(
    r"《(关于[^《》\n]{4,80}?(?:通报|报告|公告|公示))》[^\n]{0,30}(?:如下|全文)[:：]?[ \t]*$"
)
# A line under a title that opens with a short key and its colon ("解读人：…", "撰稿：…", "审核：…"): a field of the page
# or the document, which ends the title block (a title is no "key: value").
KEYED_HEAD_LINE = compile_shared(r"^(?!(?:原标题|原题|标题|题目)[ \t]*[:：])[\u4e00-\u9fff]{2,6}[ \t]*[:：]")
# Items named by their numbers, not counted: "第1、3、5个问题", "第4项".
ITEMS_BY_NUMBER = compile_shared(r"第[\d一二三四五六七八九十、，, ]+(?:个|项|条)")
# The kinds of unit a notice calls itself by ("学校党委", "医院党委"): no name of its own.
UNIT_KINDS = frozenset(
    ("学校", "学院", "大学", "医院", "公司", "集团", "法院", "检察院", "银行", "中心", "单位", "机关")
)
# A place named as the notice's own, left to resolve: "对我县开展了第二轮省级生态环境保护督察".
OWN_PLACE = compile_shared(r"我(?:省|市|县|区|州|旗|盟|镇|乡|街道)")
# The place a title opens with, which 我区/我市/我县 in its text names: "内蒙古自治区贯彻落实…".
# Where a party committee's name runs into its government's (a title's space between them lost).
# (…or two party groups issuing together, each by its formal name: "中共…卫生健康局党组中共…红十字会党组".)
JOINED_ISSUERS = compile_shared(
    r"(?:(?<=委员会)|(?<=委)(?!员会))(?=[\u4e00-\u9fff]{2,12}?人民政府$)|(?:(?<=党组|党委|工委)|(?<=委员会))(?=中共[\u4e00-\u9fff（）()]{4,40}$)"
)
# A party group signing with its own unit, a space apart that the title lost: "中共确山县市场监督管理局党组　确山县
# 市场监督管理局" is one body, which the party group names (group 1).
PARTY_GROUP_AND_ITS_UNIT = compile_shared(r"((?:中共)?([\u4e00-\u9fff]{2,30})党组)\2")
CONGRESS = compile_shared(
    r"(?:人民代表大会常务委员会|人大常委会)(?:公报)?$"
)  # the congress a report is read to (or its gazette)
# A party body's formal name, alone on a line under a title without one: "中共成渝…有限公司总支部委员会".
FORMAL_BODY = compile_shared(r"中共[\u4e00-\u9fff（）()]{2,40}?(?:委员会|党组|党委|工委|总支部委员会|支部委员会)")
BARE_COMMITTEES = ("省委", "市委", "县委", "区委", "州委", "旗委", "盟委")  # a party committee named without its place
TITLE_PLACE = compile_shared(r"^(?:中共)?([\u4e00-\u9fff]{2,12}?(?:省|市|县|区|州|旗|盟|镇|乡))")
# A title with no 关于 that opens with its issuer, then the inspection round it answers:
# "沧州市海洋和港航管理局第三轮河北省生态环境保护督察反馈意见整改任务(序号1)整改验收公示"; not the
# inspecting committee a news title opens with ("十四届市委第十四轮巡察…").
TITLE_BODY = compile_shared(
    # (…its other name in brackets after it: "…妇幼保健计划生育服务中心(…社区卫生服务中心)".)
    # (Its longest name so ending, up to a committee's term: "…镇委员会十届市委第二轮巡察…", "…卫健委党组审计整改情况报告".)
    r"^(?![一二三四五六七八九十\d]+届)((?:(?![一二三四五六七八九十]{1,3}届)[\u4e00-\u9fff（）()]){3,30}"
    r"(?:局|委|厅|办|院|会|党组|党委|公司|政府|中心|馆|所|站|校|部|处|室|队)"
    r"(?:[（(][\u4e00-\u9fff]{2,20}[)）])?)"
    r"(?=第[一二三四五六七八九十\d]{1,3}轮|十[一二三四五六七八九]?届|(?:中央|省委|市委|县委|区委|州委|旗委)(?:第|生态|巡)"
    # …or the audit it answers: "桐源县农业农村局审计整改结果公告", "…局2023年度经济责任审计整改情况的公告".
    r"|[\u4e00-\u9fff\d]{0,12}?审计(?:查出|发现)?(?:问题)?整改(?:结果|情况|进展情况)?(?:的)?(?:公告|通报|报告|公示)$"
    # …or the complaints a 督察 passed on that it handled: "…执法局受理群众信访举报转办和边督边改公开情况公示(第二批)".
    r"|受理[\u4e00-\u9fff]{0,30}?(?:信访|举报|投诉)[\u4e00-\u9fff]{0,30}?(?:公示|公告|通报)(?:[(（]第[一二三四五六七八九十\d]{1,3}批[)）])?$)"
)
# A place heading a title without 关于, as it publishes its rectification: "锡林郭勒盟公开第二轮中央生态环境保护督察整改
# 落实情况" (the body of the place the page names issues it).
PLACE_PUBLISHES = compile_shared(r"^([\u4e00-\u9fff]{2,10}?(?:省|自治区|市|县|区|州|旗|盟))(?=公开|公布)")
# The field of a closure notice that names the body carrying the task out ("二、整改实施主体" over its value, "实施主体：…"):
# the one that posts it, where nothing else names who does. Its value is one body's name (group 1 on the key's line,
# group 2 on the line under a heading that is the key alone); a list of bodies (…党工委、管委会) names no one publisher.
# (Not a 责任单位: a complaint's row names one, and a closure the city posts names the county's bureau that did the work.)
IMPLEMENTING_BODY = compile_shared(
    r"^[ \t]*(?:[一二三四五六七八九十]{1,3}[、.．][ \t]*)?(?:整改)?实施主体[ \t]*"
    r"(?:[:：][ \t]*([\u4e00-\u9fff（）()]{4,40})[ \t。]*$|\n(?:[ \t]*\n)*[ \t]*([\u4e00-\u9fff（）()]{4,40})[ \t。]*$)",
    re.M,
)
# The place heading a title that carries out what an inspection fed back, where no body acting is named: it issues the
# notice ("延安市贯彻落实省委环保督察反馈意见具体问题整改进展情况"); not the place an office's name opens with, before
# its 关于 ("瓜州县落实中央环保督察反馈意见整改办公室关于…").
PLACE_CARRIES_OUT = compile_shared(
    r"^([\u4e00-\u9fff]{2,10}?(?:省|自治区|市|县|区|州|旗|盟))(?=(?:贯彻)?落实)(?!.*关于)"
)
# A range that is the notice's display period ("公示期为2025年12月29日至2026年1月12日"), not the inspection.
# The period a notice is displayed in, or the rectification's own ("整改时限从2023年2月17日起至…"): no
# inspection period, whatever the sentence names.
DISPLAY_PERIOD = compile_shared(
    r"(?:公示|整改)(?:期|时间|期间|时限|期限)?[为是:：自从(（]?[ \t]*\Z"
)  # (\Z: not over a line break)
# A notice displayed for a period says when it was put up: "公示日期为2025年1月21日至2月8日".
DISPLAY_START = compile_shared(
    rf"公示(?:期|时间|期间|日期)(?:为|是|自|从)?[ \t]*[:：]?[ \t]*(?=\d|[{CN_DIGITS}]{{4}}年)"  # (…二〇二〇年十二月六日至…)
)
# The notice's display, anywhere before a date: that date is when it is displayed, not an inspection's.
DISPLAYED = compile_shared(r"公示")
# The day an audit result's announcement gives itself under its title: "（2025年4月1日公告）".
_ANNOUNCED_DAY = (
    rf"(?:\d{{4}}|[{CN_DIGITS}]{{4}})[ \t]*年[ \t]*(?:\d{{1,2}}|[{CN_DIGITS}]{{1,3}})[ \t]*月"
    rf"[ \t]*(?:\d{{1,2}}|[{CN_DIGITS}]{{1,3}})[ \t]*日[ \t]*公告"  # (…in Chinese numerals: 二〇二五年四月一日)
)
ANNOUNCED_ON = compile_shared(rf"[（(]?[ \t]*{_ANNOUNCED_DAY}[ \t]*[)）]?")
# …in its brackets, run on after the title where a page lost its line breaks ("…的公告 (2020年10月9日公告) 根据…").
ANNOUNCED_RUN_ON = compile_shared(rf"[（(][ \t]*({_ANNOUNCED_DAY})[ \t]*[)）]")
PUBLISH_KEYS = (
    "发布时间",
    "发布日期",
    "发布时期",
    "成文日期",
    "成文时间",
    "发文日期",
    "发文时间",
    "公开日期",
    "信息发布",
    "发布",
    "发表于",
    "发布于",
    "录入时间",
    "添加时间",
    "发稿时间",
    "日期",
    "时间",
    "生成日期",
)
# The line under a report's title that says when it was delivered: "——2024年11月26日在江西省第十四届
# 人大常委会第十三次会议上" (its date is the report's own).
DELIVERED = compile_shared(
    r"[-—－─]{1,2}[ \t]*([^在\n]{6,20})在|"
    # …or, without the dash, a line that is only the date and the meeting: "2021年1月19日在省六届人大常委会第二十六次会议上".
    r"[(（]?([^在\n]{6,20})在[^。，,；;\n]{2,40}会议?上[)）]?[ \t]*$"
)
# …run on after the title where a page lost its line breaks ("…整改情况的报告  --20211228日在市届人大常委会会议 …").
DELIVERED_RUN_ON = compile_shared(r"(?<=[ \t\u3000])[-—－─]{1,2}[ \t]*(\d{4}[^在\s]{2,16})在[^。，,；;\s]{2,40}会议")
# A dated furniture line that does not date the notice: a document-sharing site's upload row.
# (…nor a document-sharing site's date of upload, followed by where from: "2024-03-05 发布于河南".)
# (…nor a site's clock: "今天是:2019年10月31日 星期三".)
# (…nor a link, whose address may hold a day in its path: "原文链接：http://…/art/2024/3/5/art_123.html".)
NOT_PUBLICATION = compile_shared(r"上传(?:时间|日期|人|者)|\d[ \t]*发布于[\u4e00-\u9fff]|今天是|今日是|https?://|www\.")
# A page's day, written with dashes, slashes or dots or in words: "2023-11-01", "2023/11/01", "2023.11.01", "2024年05月20日".
_PAGE_DAY = r"\d{4}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2}|年\d{1,2}月\d{1,2}日)"
# A page's dateline under its title with only a number after the date: its views, or its clock time that lost its
# colon ("2023-11-01 1531"), the share widget below it run on where a page lost its line breaks ("… 1531 分享到:").
DATE_THEN_COUNT = compile_shared(rf"[ \t]*({_PAGE_DAY})[ \t]+\d{{1,6}}(?:[ \t]+分享到?[:：]?)?[ \t]*")
# A page's publication date under its key, run into the text of a page that lost its line breaks ("…审计结果 发布日期:
# 2021-12-28 信息来源: …"): the keys that name no other date (not 整改时间, 公示时间), by precedence (published before
# written, then a bare 时间 or 日期 that is no other key's last word, its day no range's start: "…来源:区政府办公室
# 时间:2023-12-27 5月10日，…").
KEYED_PAGE_DAY = tuple(
    compile_shared(rf"(?:{keys})[ \t]*[:：]?[ \t]*({_PAGE_DAY})(?![ \t]*(?:至|到|—|-|~))")
    for keys in (
        "发布时间|发布日期|公开日期",
        "成文日期|成文时间|发文日期|发文时间",
        r"(?<![\u4e00-\u9fff])(?:时间|日期)(?=[ \t]*[:：])",
    )
    # …or a day in figures with no key, right before the page's source or how it is made public ("…督察整改情况
    # 2018-02-08 文章来源环境保护部", "…的通报 (2024-07-26)  来源: …", "…农业农村局 2024-01-18 主动公开"), or between the
    # bullets of the page's fields ("• 审计结果公告,执行公开 • 2022-01-18 • …").
) + (
    compile_shared(
        r"(?<!\w)[（(]?(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[)）]?"
        r"(?=[ \t•·]+(?:(?:文章|信息|稿件)?来源|主动公开|依申请公开))|(?<=[•·][ \t])(\d{4}-\d{1,2}-\d{1,2})(?=[ \t]*[•·])"
    ),
)
# A page's day under its key, which dates the page and nothing the notice tells ("发布时间:", "日期：", "时间 ": not
# 反馈时间 nor 进驻时间, which a notice's form may key), and a clock time after a day, which only a page's stamp gives.
PAGE_DAY_KEY = compile_shared(r"(?:(?<![\u4e00-\u9fff])|发布|公开|成文|发文|更新)(?:时间|日期)[ \t]*[:：]?[ \t]*$")
CLOCK_AFTER = compile_shared(r"[ \t]*\d{1,2}[:：∶]\d{2}(?!\d)")
# …or in figures alone ("2024-03-20", "2024/3/20"), set apart by a space, a bar or a bullet on each side (or the text's
# edge): a field of the page's.
FIGURES_DAY = compile_shared(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
FIELD_EDGE = compile_shared(r"[ \t\u3000|｜•·]{0,2}")
# A page's date-and-time stamp: "2023-03-17 09:13", "2021-02-23 12:42:06", "2024年05月20日 10:30".
PAGE_STAMP = compile_shared(rf"(?<!\d){_PAGE_DAY}[ \t]*\d{{1,2}}[:：∶]\d{{2}}(?!\d)")

# Where an annex begins after the notice's signature ("附件：…整改台账", "附件1", "附件下载：", an annexed ledger's "附表"):
# the notice ends above it, its signature and date with it.
ANNEX_START = compile_shared(r"^[ \t]*附(?:件|表)(?:\d{1,2}|[一二三四五六七八九十])?(?:下载)?[ \t]*(?:[:：]|$)")
# A count of two statuses, neither's own: "其余7个正在整改或需长期坚持".
EITHER_STATUS = compile_shared(r"(?:整改|推进|完成|坚持)[中的]?或(?:需|正在|已|长期|持续|基本)")
# Where a notice published in parts states its totals ("至此，…", "截至…"): 至此, 截至, 截止, as two patterns that open with a literal, which the engine finds by a fast scan (it tests
# a class of first characters character by character).
UP_TO = (compile_shared("至此"), compile_shared("截[至止]"))
# The level words an issuer named without its place opens with ("市审计局", "省统计局", "自治州审计局"): the page may
# name the same body with its place (the longest first).
BARE_LEVELS = ("自治州", "自治区", "自治县", "省", "市", "县", "区", "州")
# A title's opening that names a place alone ("枫亭县关于…"), not a body.
PLACE_ONLY = compile_shared(r".{1,8}[省市县区州旗盟镇乡]")
# What a page's 来源 says of the site itself, naming no body.
SITE_SELF_NAMES = ("本网", "本站", "原创", "网络", "系统", "管理员", "后台")  # ("来源:系统": the software)
# An office sending its team ("市审计局派出审计组", "…第五轮巡察派出7个巡察组"), before the team's name.
SENT_BY = compile_shared(r"(?:派出|派驻|组成|成立)(?:的)?$")
# The party body closing a unit's name, and every body word that may (a place's 委, a government), cut to name the unit.
PARTY_BODY_TAIL = compile_shared(r"(?:党组|党委|党总支|党支部)$")
UNIT_PARTY_TAIL = compile_shared(r"(?:(?:总)?支部委员会|党组|党委|党工委|党总支|党支部)$")  # (…of a unit, not a place)
BODY_TAIL = compile_shared(r"(?:(?:总)?支部委员会|委员会|党组|党委|党工委|工委|党总支|党支部|人民政府|政府|委)$")
# A tally of tasks or measures, not of problems ("62项整改任务…已完成55项", "41条整改措施已落实38条").
TASKS_OR_MEASURES = compile_shared(r"任务|措施|举措")
MEASURE_WORDS = compile_shared(r"措施|举措")
