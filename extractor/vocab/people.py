"""People: surnames, role words and disciplinary actions, shared by the accountability and lead-official rules."""

from __future__ import annotations

from extractor.lazy_re import LazyPattern, compile_shared

# Job titles end in a handful of words: 书记, 主任, any X长 (局长, 馆长, 董事长), any X员 (委员, 报账员,
# 执法人员), any X警 (民警), 经理, 会计, 法官助理, 教师 …; the text before them (村党支部, 市住建局) is
# part of the role.
ROLE_WORDS = (
    "书记|常委|主任|[\u4e00-\u9fff]长|[\u4e00-\u9fff]{1,3}员|经理|会计|出纳|负责人|责任人|当事人|[经承主]办人|经手人|审[核批]人|支书|主管|专干|干部|职工|"
    "员工|主席|总裁|[\u4e00-\u9fff]警|法官|检察官|助理|教师|医师|医生|护士|领导|负责同志|"
    # A firm's officers: 执行董事, 监事, 财务总监, 总会计师.
    "董事|监事|总监|总[\u4e00-\u9fff]{1,2}师|文书|干事|"
    # A school's, a hospital's or a firm's staff by title: 教授, 讲师, 导师, 财务秘书, 工程师.
    "教授|讲师|导师|秘书|工程师|会计师|律师"
)
# The last character of every role word above, for a quick test of where a role can end.
ROLE_ENDS = "记任长员理计纳人书管干部工席裁警官师生士导志监授"
# …and the role words whose last character is too common to look for alone (事 of 事项, 事业; 委 of 市委).
ROLE_PAIR_ENDS = ("董事", "监事", "干事", "常委")
# Common surnames: a name must start with one, which keeps words like 会议 or 开展 out.
SURNAMES = (
    "张王李赵陈刘杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
    "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚"
    "岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑"
    "迟邝封揭练狄容幸阎芮蔺鞠冀郜粟晋"
    "洪谈茅闻匡宦蔚楚郁伏尉谌晁漆湛荆裘訾邸雍谯竺钮禹靖储郦鄢阙逯屠辜蓟帅戈衡井敬鄂冼"
    "萧逄仉仝庾庹糜汝隗禤蒯郗钭宓籍亓"
    "毋禚贲笪郄眭扈厍昝阚郏茆雒邴邰乜"
    # Surnames of the south-west's peoples, as notices from Yunnan and Sichuan write them (普某某, 禄某).
    "普禄杞矣"
)
# A personal name: a common surname and one or two more characters, or the published 张某某 / 张某.
# Words that open like a name (a surname's character first) but follow a role: its manner (书记严格履行…),
# or another role joined to it (党委书记和校长任组长) or a thing (责任领导和责任单位), or the post it takes (书记、主席任组长).
NOT_A_NAME = r"严格|严肃|高度|常态|全面|全力|齐抓|时刻|定期|牵头|亲自|[和与及][^，,。]{0,2}长|[和与及](?:责任|相关|有关|分管|主管|其他|各)|任(?:常务)?副?组长"
# Two-character surnames (欧阳志刚), tried first.
COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "皇甫",
    "令狐",
    "慕容",
    "司徒",
    "夏侯",
    "尉迟",
    "公孙",
    "宇文",
    "端木",
    "独孤",
    "申屠",
    "呼延",
    "轩辕",
    "澹台",
    "钟离",
    "东方",
)
NAME = rf"(?:(?:{'|'.join(COMPOUND_SURNAMES)})[\u4e00-\u9fff]{{1,2}}?|[{SURNAMES}](?:某某|某|[\u4e00-\u9fff]{{1,2}}?))"
# A leader's name as a Word file may pad a two-character one to the width of three ("林  斌"): read without the spaces.
PADDED_NAME = rf"(?:{NAME}|[{SURNAMES}][ \t]{{1,3}}[\u4e00-\u9fff])"
# A published 张某某 / 张某 ends at its last 某 whatever follows ("卢某某贷后检查不到位").
REDACTED_NAME = rf"[{SURNAMES}]某某?(?!某)"

# Disciplinary and accountability measures as written, longest first so the longest reading wins.
# Party and government penalties, written bare (给予警告) or with 处分 (给予党内警告处分).
PENALTIES = (
    "党内警告",
    "党内严重警告",
    "严重警告",
    "撤销党内职务",
    "留党察看",
    "开除党籍",
    "政务警告",
    "政务记过",
    "政务记大过",
    "政务降级",
    "政务撤职",
    "政务开除",
    "记过",
    "记大过",
    "降级",
    "撤职",
)
ACTIONS = sorted(
    [
        "党纪政务处分",
        "警示约谈",
        "提醒约谈",
        "诫勉约谈",
        "诫勉谈话",
        "警示谈话",
        "提醒谈话",
        "谈话提醒",
        "批评教育",
        "书面检查",
        "深刻检查",
        "深刻检讨",
        "作出检讨",
        "通报批评",
        "警告处分",
        "党纪处分",
        "政务处分",
        "行政处分",
        "停职检查",
        "责令辞职",
        "辞退处理",
        "辞退",
        "解聘",
        "组织处理",
        "约谈提醒",
        "谈话函询",
        "责令检查",
        "追责问责",
        "责任追究",
        "约谈",
        "诫勉",
        "批评",
        "开除",
        "处分",
        "免职",
        "函询",
        "停职",
        *PENALTIES,
        *(f"{penalty}处分" for penalty in PENALTIES),
    ],
    key=len,
    reverse=True,
)
# Words that follow a surname-like character without making a name ("对相关…", "给予党纪…").
NOT_NAMES = (
    r"^(?:进行|同志|本人|其他|相关|有关|个别|部分|全体|班子|人员|干部|负责|主要|分管|该村|该|党纪|党内|政务|组织|"
    r"诫勉|纪律|通报|严肃|严重|责任|单位|全市|全县|全区|全镇|时任|原任|现任|"
    # (…nor a party body named in brackets beside another: "学院党委（党总支）书记".)
    r"党总支|党支部|党工委|党委|党组|总支|支部)"
)

# A sentence after the items that points back to one of them before telling who was held accountable for it: by its
# number ("针对巡察反馈的第4个问题，", "针对问题5，", "针对反馈问题第5项，") or its words ("针对违规发放津补贴问题，").
POINTS_BACK = LazyPattern(
    r"(?:针对|关于)(?:巡察|巡视|审计|督察)?(?:反馈|指出|发现)?(?:的)?"
    r"(?:第(?P<number>[\d一二三四五六七八九十]{1,3})(?:个|项|条)问题|问题第?(?P<later>\d{1,3})(?:个|项|条)?"
    r"|(?P<topic>[^，,。；;：:]{2,24}?)(?:的)?问题)[，,：:]"
)
# What the person held accountable bore, said between the verb and the name: "对负有直接责任的郑某某给予诫勉处理".
LIABLE = r"负有(?:直接|主要|重要|领导|监管|管理)?责任的"
# A count of people after an action ("诫勉谈话3人"): people counted, not named.
PEOPLE_COUNTED = compile_shared(r"[ \t]*\d+[ \t]*(?:人|名|人次)(?![ \t]*[（(])")
# An action on a person named before ("对其进行诫勉谈话", "给予其警告处分"), not on others (其他, 其余, 其中).
REFERS_BACK = compile_shared(r"(?:对|给予|责令)其(?!他|余|中)")
# A "name" that ends as a place or a body does (某村, 某局): no person.
ENDS_AS_A_BODY = compile_shared(r"(?:村|镇|乡|县|区|市|省|局|委|组|会|司|厂|站|所|院|校|办|队|部)$")
# The measure words of a count of people ("3名", "2人"): a role after a number is no one's.
COUNT_WORDS = "名个位人"
