"""Page furniture: what a web page, a newspaper page or a browser's print-out puts around a notice.

Stored pages keep their breadcrumbs (当前位置：首页 > 信息公开), accessibility widgets (无障碍 关怀版
字号：大 中 小), metadata rows (索引号 / 发布机构 / 成文日期 / 标题 …), dateline rows (发布时间 / 来源 /
浏览次数), newspaper page labels (第A11版：发布厅) and site footers; a notice printed to PDF carries a
header (2024/5/3 10:21 <page title>) and a footer (file:///…/notice.html 1/8) on every page. None of it
is the notice: segmentation skips these lines, and the report reads the metadata they carry (a
publishing body, a date) only where the notice itself says nothing.

All patterns run on the folded view of one line (half-width punctuation, simplified characters).
"""

from __future__ import annotations

import re

from extractor.lazy_re import LazyPattern, compile_shared, opener_test
from extractor.vocab.glyphs import TAGS_TO_LINE_END


def _spaced(word: str) -> str:
    """Metadata keys are often letter-spaced ("索 引 号", "标  题")."""
    return r"[ \t]*".join(re.escape(ch) for ch in word)


# Keys of the metadata rows of government information-disclosure pages and of dateline rows.
META_KEYS: tuple[str, ...] = (
    "信息索引号",
    "索引号",
    "信息索取号",
    "索取号",
    "信息类别",
    "信息类型",
    "信息分类",
    "公告类型",
    "所属栏目",
    "栏目",
    # (A bid site's, which copies notices among its tenders: 项目编号：…, 招标编号：….)
    "项目编号",
    "招标编号",
    "主题分类",
    "组配分类",
    "体裁分类",
    "服务对象",
    "主题词",
    "关键词",
    "关键字",
    "发布机构",
    "发文机关",
    "发文机构",
    "发布单位",
    "发文单位",
    "所属机构",
    "来源单位",
    "稿件来源",
    "信息来源",
    "文章来源",
    "本文来源",
    "来源",
    "作者",
    "成文日期",
    "成文时间",
    "发文日期",
    "发文时间",
    "发布日期",
    "发布时间",
    "发布时期",
    "发表时间",
    "信息发布",
    "生成日期",
    "公开日期",
    "更新时间",
    "更新日期",
    "最后更新",
    "最后更新时间",
    "修改时间",
    "修改日期",
    # (An older site's or a forum's: 录入时间：…, 添加时间：…, 发稿时间：…, "发表于 2024-01-02", 发布：2024-01-02.)
    "录入时间",
    "添加时间",
    "发稿时间",
    "发表于",
    "发布于",
    "发布",
    "时间",
    "日期",
    "发文字号",
    "文件编号",
    "文号",
    "标题",
    "文件名称",
    "信息名称",
    "名称",
    "效力状态",
    "规范性文件有效性",
    "有效性",
    "公文时效",
    "时效性",
    "公文种类",
    "文种",
    "公开方式",
    "公开范围",
    "公开时限",
    "浏览次数",
    "浏览量",
    "浏览",
    "访问量",
    "访问次数",
    "阅读次数",
    "阅读数",
    "阅读量",
    "阅读",
    "点击数",
    "点击量",
    "点击率",
    "发布者",
    "内容提供方",
    "大小",
    "发布人",
    "责任编辑",
    "编辑",
    "审核",
    # A link to the page or to where it was first published ("原文链接：http://…").
    "原文链接",
    "原文地址",
    "本文链接",
    "本文地址",
    "文章链接",
    # A site's own hotline in its header or footer ("服务热线：12345"), no contact the notice gives.
    "服务热线",
    "客服热线",
    "政务服务热线",
    # A newspaper's credits under its page: "本版责编：… 美编：… 校对：…", "终审：…".
    "本版责编",
    "责编",
    "美编",
    "校对",
    "编审",
    "二审",
    "三审",
    "终审",
    "字号",
    "字体",
    "分享",
    # Document-sharing sites (a notice uploaded as a file): 上传人:… 文档编号:… 上传时间:… 格式:DOCX 页数:61
    # A ledger's own head (a spreadsheet's rows above its header): 填报单位：…（盖章） 填报时间：…
    "填报单位",
    # …or a form's stamp line: 责任单位(盖章):眉山市东坡生态环境局 2022年3月1日.
    "责任单位(盖章)",
    "填报时间",
    "填报日期",
    "上传人",
    "上传者",
    "文档编号",
    "上传时间",
    "页数",
)
_KEY = "|".join(_spaced(key) for key in META_KEYS)
_BULLET = r"^[ \t\-•·*▪◆●○■□>【\[(（|｜]*"
META_ROW = compile_shared(
    rf"{_BULLET}(?:{_KEY})[ \t]*(?:[:：|｜]|[】\]]|(?=\d{{4}}[-/.年]\d))|"
    rf"{_BULLET}(?:{_KEY})[ \t]+[^ \t\n][^\n]*?[ \t](?:{_KEY})[ \t]+[^ \t\n]"
)
"""A line opening with a metadata key (with its colon, in brackets of its own, "【发布日期】2024-04-26", a table's bar after it,
"发布日期 | 2023-12-21", or straight before a date: "发布时间2023年7月28日"), or a table's row of keys and values a space
apart ("索 引 号 014327354/2025-00018 发布机构 文化广电和旅游局 公开日期 2024-12-10"): the whole line is page metadata."""
TITLE_BEFORE_META = compile_shared(
    rf"[^。；;\n]{{6,80}}?(?:通报|报告|公告|公示)(?=[ \t\u3000]*(?:{_KEY})[ \t]*(?:[:：]|[】\]]))"
)
"""A notice's title that its page's metadata runs on from in one line ("中共…的通报 来源：… 时间：2024-08-30")."""
META_PAIR = LazyPattern(
    rf"({_KEY})[ \t]*(?:[:：|｜]|[】\]])[ \t]*(.*?)(?=[ \t|｜【】\[\]]*(?:{_KEY})[ \t]*(?:[:：|｜]|[】\]])|[ \t|｜【】\[\]]*$)"
)
"""Each key: value pair in a metadata line ("日期:2023-05-04 来源:区文旅体局 浏览量:")."""
_DAY = r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
_DAY_AND_TIME = rf"{_DAY}[ \t]*(?:上午|下午)?\d{{1,2}}:\d{{2}}"
_URL = r"(?:https?|file)://"
DATELINE = compile_shared(
    rf"{_BULLET}{_DAY_AND_TIME}|^[ \t]*[-•·*▪◆●○■□]+[ \t]*{_DAY}[ \t]*$|"
    rf"^[ \t]*{_DAY}[ \t]*(?:[/|｜][^\u4e00-\u9fff]*$|[/|｜]?[ \t]*(?:来源|作者|浏览|阅读|点击|编辑|发布)[ \t]*[:：]|星期[一二三四五六日天])|"
    rf"^[ \t]*原创[ \t]+[^。，,]{{0,40}}?{_DAY_AND_TIME}(?:[ \t]*发表于[\u4e00-\u9fff]{{0,8}})?[ \t]*$"
)
"""A line opening with a date and a clock time, or with a date and then only page metadata ("2021-11-10
来源:…", "2019-04-28 / :61") or a weekday (a newspaper's "2022年12月9日 星期五 A07 | 内地新闻"): a page's dateline
or a print-out's header; and a WeChat article's ("原创 <account>
<body> 2024-03-18 08:30 发表于四川")."""
ACCOUNT_DATELINE = compile_shared(
    rf"^[ \t]*(?:[^\s。，,:：；;]{{1,16}}[ \t]+){{1,4}}{_DAY_AND_TIME}(?:[ \t]*(?:发表于)?[\u4e00-\u9fff]{{1,6}})?[ \t]*$"
)
"""A WeChat article's dateline without 原创: short names (the account, an author), the date and time, where it
was posted ("清风某某 2024年03月12日 18:00 江西"). (It can open with any character: only a short line with a
clock time's colon is tried.)"""
# The same dateline run into the title on one line ("清风云岭 原创 … 2024年05月20日 17:30 云南 中共…关于…"): where
# it ends.
DATELINE_INTO_TITLE = compile_shared(
    rf"(?:[^\s。，,:：；;]{{1,16}}[ \t]+){{1,4}}{_DAY_AND_TIME}(?:[ \t]+(?:发表于)?[\u4e00-\u9fff]{{1,6}}(?=[ \t]))?[ \t]+(?=\S)"
)
_DATED = LazyPattern(_DAY, skip=True)
_META_ROW_OR_DATELINE = compile_shared(f"{META_ROW.pattern}|{DATELINE.pattern}")  # (one match for either)
PRINT_FOOTER = compile_shared(rf"^[ \t]*{_URL}\S+[ \t]+\d{{1,4}}[ \t]*/[ \t]*\d{{1,4}}[ \t]*$")
"""A browser print-out's footer: the page's address and the page counter ("file:///…/notice.html 1/8")."""
PRINT_HEADER = compile_shared(rf"^[ \t]*{_DAY_AND_TIME}(?![^\n]*(?:来源|作者|浏览|阅读|点击|编辑|发布))")
"""A dated line with a clock time and no page metadata after it ("2024/5/3 10:21 <the page's title>"): in a
print-out (one that has `PRINT_FOOTER` lines) the header dates the printing, not the notice."""

# Navigation, accessibility and sharing widgets; a line made of nothing else is furniture.
WIDGETS = (
    r"(?:网站)?无障碍(?:版|阅读|浏览|通道)?|页面(?:功能)?|对比度|语音(?:播报)?|听(?:新闻|全文)|(?:进入)?关怀版|个性化定制|选择语言|长者(?:助手|模式|版)|适老化|老年版|读屏|保护视力色?|视力保护|朗读|"
    r"字体大小|字号|字体|[大中小](?=[ \t|\]】]|$)|默认|放大|缩小|还原|往期回顾|"
    # (…its sizes in letters or words: "A+ A- A", "默认 大号 超大"; a media column's tabs: "视频".)
    r"A[+＋\-－]?(?![A-Za-z\d])|(?:特|超)?大号|中号|小号|超大|视频|音频|打印(?:本页|此页|正文|全文|文章)?|关闭(?:窗口|本页)?|返回(?:上一级|首页|顶部)?|"
    r"设为首页|加入收藏|收藏(?:本页)?|分享(?:到)?|扫一扫|(?:微信|手机)?扫码(?:关注|看资讯|(?:阅读|查看|浏览|观看)(?:手机版)?)?|(?:文章|页面|本页)?二维码|看资讯|关注我们|在手机上?(?:继续)?(?:打开|阅读|浏览|观看|查看)(?:当前页面?|本页)?|"
    r"(?:用手机)?扫描(?:二维码)?|手机(?:查看|浏览|阅读|观看)|微信公众号|官方微博|官方微信|"
    r"微信|微博|QQ空间|站内(?:检索|搜索)|全站搜索|高级(?:搜索|检索)|搜索|检索|请输入(?:您要搜索的)?(?:关键字|关键词|搜索内容|内容)|登录|注册|(?:用户|个人|会员)中心|退出(?:登录)?|(?:繁体|简体|手机|电脑|PC)版?|English|"
    # A site's greeting and the day's date: "今天是：2024年12月27日 星期五".
    r"今天是[:：]?[ \t]*\d{4}年\d{1,2}月\d{1,2}日(?:[ \t]*星期[一二三四五六日天])?|"
    r"上一篇|下一篇|上一版|下一版|PDF版|版面导航|标题导航|相关(?:链接|文章|阅读)?|下载(?:文档|全文)?|举报|资源描述|文档描述|(?:点击查看)?更多[>»＞]*|【|】|\[|\]|\||:|"
    # A product page's tabs a mirror keeps around the notice: "详细介绍", "产品详情".
    r"详细介绍|详情介绍|产品(?:详情|介绍|参数)|"
    # A WeChat article's foot: its counts ("阅读 1568", "在看 12", "阅读10万+") and links (阅读原文, 写留言).
    r"(?:阅读|浏览|点击|在看|点赞|分享|收藏|留言)(?:量|数|次数)?[ \t]*[:：]?[ \t]*\d+(?:\.\d+)?[万wW]?\+?次?(?![\d.])|"
    r"阅读原文|写留言|在看|留言|点赞|预览时标签不可点|(?:微信)?扫一扫(?:可以)?(?:关注该公众号|使用小程序)?|关注该公众号|"
    r"继续滑动看下一个|轻触阅读原文|向上滑动看下一个|知道了|"
    # A folded article's prompt to read on, and an image's to see it larger, wherever a page breaks the text: "展开全文",
    # "阅读全文", "继续阅读", "▲点击图片查看大图".
    r"(?:展开|阅读|查看|收起)全文|全文阅读|继续阅读|[▲△▼▽↑]?[ \t]*(?:点击)?(?:图片)?(?:查看|看)(?:大图|原图)|"
    # A portal's home link alone, its share and login prompts' heads ("分享到朋友圈", "温馨提示:").
    r"(?:网站)?首页|朋友圈|温馨提示|(?:我要)?纠错|(?:政府)?网站找错|"
    # A portal's badge: "网站支持IPv6", "本站已支持IPv6访问".
    r"(?:本?网站|本站)?已?支持IP[vV]6(?:访问)?"
)
WIDGET_RUN = compile_shared(rf"^(?:(?:{WIDGETS})[ \t]*)+")
# Widget words that open sentences too ("相关村党组织书记…", "举报人反映…", "分享经验…", a printed line's "微信群等…").
WIDGETS_IN_PROSE = frozenset(
    ("相关", "举报", "分享", "注册", "登录", "收藏", "关闭", "打印", "返回", "放大", "缩小", "还原", "默认", "朗读")
    + ("微信", "微博", "留言", "点赞", "退出", "扫描", "更多", "搜索", "检索", "视频", "音频", "超大", "大号")
)
# Breadcrumbs: "当前位置：首页 > 信息公开", "首页 >> 本级巡察情况", "中国共产党新闻网>>反腐倡廉" (a site's name, one step),
# "首页 \ 工作部署 \ 督察进驻".
BREADCRUMB = compile_shared(
    r"^(?:当前位置|您当前(?:所在)?(?:的)?位置|您的位置|您所在的位置|所在位置|位置[:：])|首页[ \t]*(?:>|＞|»|›|/|\\)|^[^。，,>＞»›]{1,30}(?:[ \t]*(?:>|＞|»|›)[ \t]*[^。，,>＞»›]{1,30}){2,}$|"
    r"^[^。，,>＞»›\s]{2,20}网[ \t]*(?:>|＞|»|›)+[ \t]*[^。，,>＞»›]{1,30}$"
)
# The page's own words inside a paragraph, where a page that lost its line breaks ran them into the text: where it is
# ("您当前的位置：首页 > …"), or a key of its metadata with its colon, after no word it would end ("…公示  来源:石峰区";
# not "资金来源：").
PAGE_WORDS_IN_TEXT = compile_shared(
    r"当前(?:所在)?(?:的)?位置[:：]|首页[ \t]*[>＞»›]|"
    r"(?<![\u4e00-\u9fff])(?:信息来源|来源|发布时间|发布日期|浏览量|浏览次数|阅读次数|访问量|责任编辑|字号)[ \t]*[:：]"
)
# A site's menu of its sections: "首页 | 政务公开 | 互动交流 | 无障碍", "网站首页 丨 人大概况 丨 …".
NAV_MENU = compile_shared(
    r"^(?:网站)?首页[ \t]*[|｜丨/·•][^。；;，,：:]{0,160}$|"
    # …or set apart by spaces alone: "网站首页  法院概况  审判动态  司法公开  诉讼服务", "首  页 要闻动态 专项活动 …".
    r"^(?:网站)?首[ \t\u3000]{0,2}页(?:[ \t\u3000]+[^\s。；;，,：:>＞»›|｜]{2,8}){3,16}[ \t\u3000]*$"
)
# A site's welcome line, its menu perhaps after it: "欢迎访问某某市第一人民医院官方网站!  预约挂号 | 院务公开 | 联系我们",
# or a line of nothing else ("欢迎来到国际医疗器械(山东)博览会!").
WELCOME_LINE = compile_shared(
    r"^[ \t]*欢迎(?:访问|来到|光临|进入|登录)(?:[^。，,；;]{2,40}?(?:网站|官网|门户|平台|主页)|[^，,；;：:\n]{2,60}$)"
)
# A site's name alone on its line, as a page's banner sets it: "某某县人民政府门户网站", "中国某某网", "某某市纪委监委网站".
SITE_NAME = compile_shared(
    r"^[ \t]*[^\s。；;，,：:]{2,30}(?:门户网站|政府网站|官方网站|网站|门户网|政府网|政务网|新闻网|官网)[ \t]*$"
)
_SITE_NAME_ENDS = ("网站", "网", "官网")
# A spam mirror's keywords at the top of its page, a comma between each ("亚洲视频第一页,最近中文字幕免费…,中文字幕最新在线,
# …"): read only before the page's first line of text (a sentence of the notice ends with 。 and runs longer).
KEYWORD_RUN = compile_shared(r"^[ \t]*[^。；;：:，,\n]{2,20}(?:[，,][^。；;：:，,\n]{2,20}){3,}[，,]?[ \t]*$")
# A row of a site's menu above a notice's title, its items (2 to 8 characters) set apart by bars or by wide spaces:
# "医院概况  新闻中心  科室导航  专家介绍  就医指南" (read only above the title: a ledger's header row looks the same);
# or one a space apart that opens with the home page: "首   页 走进汉台 新闻中心 政府信息公开 政务服务".
MENU_ROW = compile_shared(
    r"^[ \t]*[^\s。；;，,：:|｜丨]{2,8}(?:(?:[ \t\u3000]*[|｜丨][ \t\u3000]*|[ \t\u3000]{2,})[^\s。；;，,：:|｜丨]{2,8}){3,}[ \t]*$|"
    r"^[ \t]*首[ \t\u3000]*页(?:[ \t\u3000]+[^\s。；;，,：:|｜丨]{2,8}){3,}[ \t]*$"
)
CRUMB_SEPARATOR = compile_shared(r"[ \t]*(?:>+|＞+|»|›)[ \t]*")
# The word a breadcrumb's last step may put before the page's own title, run into it: "首页 > 通知公告 > 正文中共…".
_PAGE_WORDS = r"(?:正文|详情|内容|详细内容|详细信息|文章详情|信息详情|浏览文章)"
CRUMB_PAGE_WORD = compile_shared(rf"^{_PAGE_WORDS}(?=\S)")
# …or on a line of its own, over the title or the text ("正文"; not 内容 alone, a ledger's column one cell a line).
PAGE_WORD_LINE = compile_shared(rf"^(?!内容[ \t]*$){_PAGE_WORDS}[ \t]*$")
_BREADCRUMB_NEEDS = compile_shared("|".join(map(re.escape, ("位置", "首页", ">", "＞", "»", "›"))))


def may_be_breadcrumb(line: str) -> bool:
    """Whether `line` holds a word or sign `BREADCRUMB` cannot match without: one scan for them spares
    most lines a search whose alternatives have no literal prefix for the engine to skip ahead by."""
    return _BREADCRUMB_NEEDS.search(line) is not None


URL_PREFIX = compile_shared(rf"^{_URL}[!-~]+")
# A site's banner run into the title: "XX市人民政府门户网站 XX局 政务公告 <title>".
# A site's welcome run into the title, with its widgets: "江屿区人民政府欢迎您！今天是：2024年12月27日无障碍关怀版…",
# "…人民政府网站欢迎你!".
SITE_WELCOME = compile_shared(rf"^[^。，,\s]{{2,24}}?[ \t]*欢迎[您你][!！]?[ \t]*(?:(?:{WIDGETS})[ \t]*)*")
SITE_BANNER = compile_shared(r"^\S*(?:门户网站|政府网站|网站|门户网|政府网)(?:[ \t]+\S+)*[ \t]+(?=\S+$)")
# A column's tag before a title: "【通报】中共…", "【巡察整改】中共…关于…的通报".
TITLE_TAG = compile_shared(r"^【[^】]{1,8}】(?=[^。]{6,}(?:通报|报告|公告|公示|情况)$)")
# A column's name run into the title with no bracket (a page that lost its line breaks): "党务公开中共泉州市…关于…".
COLUMN_NAMES = (
    "党务公开|政务公开|信息公开|政府信息公开|通知公告|公示公告|公告公示|通知公示|公示通知|政府公告|通知通告|公告通知|最新公告|工作动态|巡察动态|巡察工作|巡视巡察|巡察整改|纪检监察|"
    "党建专栏|党建园地|党建工作|党建动态|廉政建设|新闻中心|新闻动态"
)
COLUMN_TAG = compile_shared(rf"^(?:{COLUMN_NAMES})(?=中共|[^。]{{2,40}}关于)")
# A portal's sections besides its columns, as its menu names them: set a link a line with a bullet ("• 公众互动",
# "• 在线服务"), wherever a copy puts the menu, they are furniture.
PORTAL_SECTIONS = (
    "网站首页|首页|公众互动|互动交流|政民互动|在线服务|办事服务|政务服务|网上办事|便民服务|机构概况|领导信息|领导之窗|"
    "新闻资讯|要闻动态|公司动态|公司新闻|新闻推荐|专题专栏|政策文件|政策解读|联系我们"
)
MENU_LINK = compile_shared(rf"^[ \t]*[-•·*][ \t]*(?:{COLUMN_NAMES}|{PORTAL_SECTIONS})[ \t]*$")
# The words of a form's field names ("整改任务概述", "整改责任单位"), which no item of a site's menu holds.
FIELD_WORDS = compile_shared(r"整改|问题|原因|措施|时限|责任")
# A spam mirror's brand run into the title before its issuer: "JBO官网APP首页登录中国红十字会总会关于…", "开云体育(中国)官方
# 网站西藏自治区人民政府关于…", "米乐·M6安吉县教育局关于…", "乐鱼体育官网投注:…" (a betting site's name, up to the last
# word only such a site says of itself: 官网, 登录, 投注, 网址, 网上娱乐, APP, bet, a brand's code after its dot; not 体育 alone,
# 市体育局, nor a road's number, G320国道).
# …and a betting site's code, on a line of its own above the title ("• yl34511线路中心", "365bet网页版"): letters and
# digits no short title holds.
SPAM_CODE = r"[A-Za-z]{1,8}\d{3,}|\d{3,}[A-Za-z]{2,}"
SPAM_BRAND_WORDS = r"官方网站|官网|登录|投注|网页版|网址|网上娱乐|APP|App|app|bet|BET|[·・][A-Za-z]+\d*"
# (Up to the last of its words within the line's first 40 characters, found by one bounded span and no repeated group:
# a run of brand words repeated along a line would otherwise be tried in every way of grouping it.)
SPAM_PREFIX = compile_shared(
    rf"^(?:(?!关于)[^\s。，,]){{0,40}}(?:{SPAM_BRAND_WORDS})"
    r"(?:[(（][\u4e00-\u9fff]{1,4}[)）])?[_·・:：|｜\s-]*(?=[\u4e00-\u9fff\d])"
)
# …or a betting site's line of its own among the notice's ("365bet中文版_365bet官网_bet365体育在线投注"): a code and two of
# its words, and no word of a notice's.
SPAM_LINE = compile_shared(
    rf"^(?![^\n]*(?:关于|通报|报告|整改|巡[察视]|审计|督察|问题))(?=[^\n]*(?:{SPAM_CODE}))(?:[^\n]*?(?:{SPAM_BRAND_WORDS})){{2}}"
)
# …or a spam mirror's line of keywords, the dramas, novels, videos and betting its site pushes ("孤男寡女免费观看电视剧战狼4,
# …", "亚洲精品国产第一综合99久久,…", "澳门新葡京官网,皇冠体育投注,真人百家乐开户送彩金"): its words weighed, those only such
# a site says (免费观看, 百家乐) 2, those a notice might say once (电视剧, 精品, 官网) 1, `SPAM_WEIGHT_AT_LEAST` in all, in a
# line with no sentence's stop, no word of a notice's and no measure's verb (开展, 加强 …); of the second kind alone, only
# in a list (two commas or more: "最新电影,最新电视剧,…电视剧排行榜,…"), not in a measure ("场馆视频监控，在官网公开").
SPAM_WORDS_ONLY = (
    "免费观看|在线观看|免费阅读|全文阅读|最新章节|高清完整版|无码|人妻|少妇|一区二区|日韩|欧美|韩剧|美剧|午夜|福利导航|久草|"
    "看片|影院|四虎|奇米|txt下载|完本|彩金|百家乐|博彩|开户送|娱乐城|真人视讯|AG真人|六合彩|特马|开奖|外挂|游艺|AV"
)
SPAM_WORDS_TOO = (
    "电视剧|电影|影视|剧场|动漫|直播|小说|视频|高清|精品|国产|亚洲|日本|成人|官网|官方网站|网站|地址|入口|投注|彩票|游戏|下载|"
    "排行榜|[Aa][Pp][Pp]"
)
SPAM_WEIGHT_AT_LEAST = 3
_SPAM_WORD = compile_shared(rf"(?P<only>{SPAM_WORDS_ONLY})|{SPAM_WORDS_TOO}")
_NOTICE_WORD = compile_shared(
    r"关于|通报|整改|巡[察视]|审计|督察|问题|开展|加强|建立|健全|完善|落实|推进|制定|规范|[。！？]"
)
_SPAM_LINE_AT_MOST = 200


def is_spam_keywords(line: str) -> bool:
    """Whether `line` is a spam mirror's line of keywords (`SPAM_WORDS_ONLY`, `SPAM_WORDS_TOO`)."""
    if len(line) > _SPAM_LINE_AT_MOST or _NOTICE_WORD.search(line):
        return False
    words = list(_SPAM_WORD.finditer(line))
    only = sum(1 for m in words if m.group("only"))
    return len(words) + only >= SPAM_WEIGHT_AT_LEAST and (only > 0 or lists_things(line))


LISTED_COMMAS = 2  # the commas of a line that lists things, as no title does and a spam mirror's keywords do


def lists_things(line: str) -> bool:
    """Whether `line` lists things a comma apart (`LISTED_COMMAS` or more)."""
    return line.count(",") + line.count("，") >= LISTED_COMMAS


# A site's banner that gives its name in English too ("汝南农商银行 RUNAN RURAL COMMERCIAL BANK", "…人民政府 The People's
# Government of …"): three English words in a row, which no notice's title or issuer line has.
ENGLISH_NAME = compile_shared(r"[A-Za-z][A-Za-z'’]+(?:[ \t]+[A-Za-z][A-Za-z'’]*){2,}")
# A column's name with its English one after it: "要闻动态Navigation", "新闻中心 NEWS CENTER".
BILINGUAL_COLUMN = compile_shared(r"^[ \t]*[\u4e00-\u9fff]{2,8}[ \t]*[A-Za-z]{3,}(?:[ \t]+[A-Za-z]+){0,3}[ \t]*$")
# A head line that names a site's column or the site and its column ("茅箭区人民政府信息公开"): no title.
COLUMN_LINE = compile_shared(
    rf"^(?!关于)(?![\u4e00-\u9fff]*?(?:巡[察视]|督察|督导)组)[\u4e00-\u9fff]{{0,16}}?(?:{COLUMN_NAMES})$"
)  # (not a title's "关于…巡察整改", nor one that names a team: "中央第五环保督察组群众举报件信息公开")
# A line of a page's metadata without its key: a field left empty ("招标联系人-", "项目编号-"), an index number alone
# ("00258225-1/2025-74923"), how the document is published ("主动公开"), or the page's label for a part ("公告正文").
META_VALUE_LINE = compile_shared(
    r"^(?:[^\s:：]{2,12}[-－—]+|[\dA-Za-z][\dA-Za-z\-/.]{5,}|(?:主动|依申请|不予)公开|公告(?:摘要|正文)|正文)$"
)
PUNCTUATION_ONLY = compile_shared(r"^[\W_]+$")
COUNTER = compile_shared(
    r"^[ \t]*(?:\d{1,4}[ \t]*/[ \t]*\d{1,4}|第[ \t]*\d{1,4}[ \t]*页[ \t]*[,，/]?[ \t]*共[ \t]*\d{1,4}[ \t]*页|"
    r"共[ \t]*\d{1,4}[ \t]*页[ \t]*[,，/]?[ \t]*第[ \t]*\d{1,4}[ \t]*页|"
    r"[-—–－·\s]*(?:第[ \t]*)?\d{1,4}(?:[ \t]*页)?(?:[ \t]*/[ \t]*\d{1,4})?[-—–－·\s]*)[ \t]*$"
)
"""A page number or counter: "3", "- 3 -", "第3页", "1/8", "第2页/共5页" (text and PDF alike)."""
BARE_COUNTER = compile_shared(r"[ \t]*\d{1,4}(?:[ \t]*/[ \t]*\d{1,4})?[ \t]*")
"""A counter with nothing to say it numbers a page ("18", "1/2"): a web page has them too (a view count, a carousel's
place); one alone shows no page break, where "- 2 -" or "第2页" does."""
PAGE_CAPTION = compile_shared(r"^[^。]{2,80}_[ \t]*第[ \t]*\d{1,4}[ \t]*页$")
"""A document-sharing site's caption under each page image ("<file name>_第1页")."""
_PAGE_OF = r"第[ \t]*\d{1,4}[ \t]*页[ \t]*[,，/]?[ \t]*共[ \t]*\d{1,4}[ \t]*页|共[ \t]*\d{1,4}[ \t]*页[ \t]*[,，/]?[ \t]*第[ \t]*\d{1,4}[ \t]*页"
# A running footer's name (the unit, the title) and a page number between dashes after it: "桑梓县人民医院党委 - 1 -".
_NAMED_PAGE_NUMBER = (
    r"[^\s。；;，,！？:：]{2,40}?(?<![\d年月日号至到~\-—–－])[ \t\u3000]+[-—–－][ \t]*\d{1,4}[ \t]*[-—–－]"
)
FOOTER_WITH_COUNTER = compile_shared(
    rf"^(?:[^。；;，,！？\n]{{1,30}}?[ \t\u3000]+(?:{_PAGE_OF})|[ \t]*{_NAMED_PAGE_NUMBER})[ \t]*$"
)
"""A page's footer with its counter set to the right: "青山县审计局          第 2 页 共 3 页", "桑梓县人民医院 - 1 -"."""
# A running footer with its page number that a PDF's text ran into the line of the text after it, or after a
# sentence's end ("…已完成。桑梓县人民医院党委 - 1 - 2.医疗设备…"): its page number, then the name before it.
_DASHED_PAGE_NUMBER = compile_shared(r"[ \t\u3000]+[-—–－][ \t]*\d{1,4}[ \t]*[-—–－](?=[ \t]*\S)")
_FOOTER_NAME = compile_shared(r"(?<![^\s。；;！？])[^\s。；;，,！？:：]{2,40}(?<![\d年月日号至到~\-—–－])$")


def footers_run_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where running footers with their page numbers stand inside text[start:end], run into the text around them
    (`_NAMED_PAGE_NUMBER`, found by its page number first: most lines have no dashed number)."""
    found = []
    for number in _DASHED_PAGE_NUMBER.finditer(text, start, end):
        name = _FOOTER_NAME.search(text, max(start, number.start() - 41), number.start())
        if name:
            found.append((name.start(), number.end()))
    return found


_COUNTER_LEAD = compile_shared(r"^[ \t]*\d{1,4}[ \t]*/[ \t]*\d{1,4}(?!\d)[ \t]*")
NEWSPAPER_PAGE = compile_shared(
    r"^第[ \t]*[A-Z]?\d{1,3}[ \t]*版[ \t]*[:：]?(?:[\u4e00-\u9fff]{1,6}?(?=中共|关于)|[^\u4e00-\u9fff]*$|[\u4e00-\u9fff]{1,8}(?=[ \t\u3000]|$))"
)
"""A newspaper's page label ("第A11版:发布厅"), alone, run into the title after it, or a space before it (a page that
lost its line breaks: "第C02版:要闻  十四届市委第十四轮巡察公告  按照…")."""
SITE_FOOTER = compile_shared(
    r"主办单位|承办单位|主办[:：]|承办[:：]|(?<=[\u4e00-\u9fff])主办(?=[ \t]*(?:\n|$))|网站标识码|ICP备|ICP[ \t]*\d|备案号[:：]|公网安备|版权所有|Copyright|技术支持|网站地图|"
    r"建议使用.{0,12}浏览器|最佳(?:浏览|显示)效果|"
    # …a portal's: its hotline and mailbox, its notice on reposts ("声明：本文转载自…如有侵权请联系本站删除").
    # …the site's own hotline ("网站举报电话：3153232"), not a notice's.
    r"违法和不良信息|新闻热线|投稿(?:邮箱|信箱)|广告服务|转载自|版权归原作者|本站删除|未经授权禁止|网站[\u4e00-\u9fff]{0,4}电话"
)
# An outline's label opening a line ("（二）广告服务未经分散采购。", "( 二 )广告服务…" spaced as the outline reads it):
# an item's, never a site footer's, whatever its words.
_LABELLED = compile_shared(
    r"[ \t]*(?:[一二三四五六七八九十]{1,3}[ \t]*、|[(（][ \t]*[一二三四五六七八九十\d]{1,3}[ \t]*[)）]|\d{1,2}[ \t]*[.、．](?!\d))"
)
# What a footer or a breadcrumb needs, for one scan of a line that holds neither (most lines).
_FOOTER_OR_CRUMB = compile_shared(f"{SITE_FOOTER.pattern}|{_BREADCRUMB_NEEDS.pattern}")

# A title-block line that is page metadata rather than the title (older pages run several together).
META_LINE = compile_shared(
    r"来源|发布时间|发布日期|浏览|稿件|作者|字体|分享(?![网站平台])|访问次数|点击|打印|信息来源|编辑[:：]|\d{1,2}:\d{2}|"
    r"首页|当前位置|您的位置|[>＞»›]|发布机构|发文日期|索引号|主题分类|成文日期|生成日期|公开方式|公开范围|发布单位"
)
# A document number (岑文旅党〔2024〕6号) or a web site's name above the title is not part of it.
MASTHEAD = compile_shared(r"[〔\[]\d{4}[〕\]]\s*\d+\s*号$|(?:门户网站|政府网站|网站|门户网|政府网|(?<![电])网)$")

# Class and id names of the page elements that hold furniture (menus, breadcrumbs, share bars, footers) or are
# never shown (hide, hidden).
HTML_FURNITURE_ATTR = LazyPattern(
    r"nav|menu|footer|(?:^|[-_\s])foot(?:$|[-_\s])|share|breadcrumb|crumb|sidebar|side-bar|copyright|toolbar|"
    r"topbar|top-bar|bdshare|jiathis|(?:^|[-_\s])(?:skip|login|search|print|close|position|location|dqwz|"
    r"related|xgwz|pager|pagination|banner|ad|ads|qrcode|ewm|fontsize|font-size|hide|hidden)(?:$|[-_\s])",
    re.IGNORECASE,
)


# A newspaper's list of its pages ("第01版:要闻 | 第02版:综合 | 第03版:要闻"), or the link back to it ("目录"), or the
# heading of its page's list of articles ("本版新闻列表").
PAGE_LIST = compile_shared(
    r"^(?:(?:版面导航[:：]?)?(?:[ \t|｜]*第[ \t]*[A-Z]?\d{1,3}[ \t]*版[:：]?[\u4e00-\u9fff]{0,6}){2,}|目录|"
    r"本版(?:新闻|文章|稿件)?(?:列表|导航|目录))[ \t]*$"
)
# The end of another article, carried over from an earlier page of the newspaper, above the notice: "（上接第1版）会议强调…"
# (read only above the title: a notice carried over itself goes on so).
CARRIED_OVER = compile_shared(r"^[ \t]*[(（]上接第?[ \t]*[A-Z]?[\d一二三四五六七八九十]{1,3}[ \t]*版[)）]")
NEWSPAPER_NAME = compile_shared(
    r"^[\u4e00-\u9fff]{2,8}(?:日报|晚报|早报|商报|时报|都市报)[ \t]*(?:数字报纸?|电子版|数字版)?[ \t]*$"
)
"""A newspaper's name alone on its masthead's line ("临江日报", "香港商报", "潇湘日报数字报", "浙江日报 数字报纸")."""
_BAR = r"[ \t|｜]*"  # (a masthead's fields set apart by spaces or bars)
NEWSPAPER_DATELINE = compile_shared(
    rf"{_DAY}{_BAR}(?:星期[一二三四五六日天])?{_BAR}第[ \t]*[A-Z]?\d{{1,3}}[ \t]*版|第[ \t]*[A-Z]?\d{{1,3}}[ \t]*版[^。，,]{{0,12}}?{_DAY}|"
    rf"(?:日报|晚报|早报|商报|时报|都市报)[ \t|｜]+{_DAY}"
)
"""A newspaper page's masthead: its name, the issue's date and the page ("临泽日报 2024年3月8日 星期五 第03版：要闻",
"云陵日报 | 2022年11月03日 星期四 | 第A03版：要闻")."""
# Most lines start with no character these patterns can start with: one set lookup each spares them.
_may_open_widgets = opener_test(WIDGET_RUN)
_may_open_counter = opener_test(COUNTER)
_may_open_meta = opener_test(META_ROW, DATELINE)
_may_open_column = opener_test(COLUMN_TAG)
_may_open_prefix = opener_test(URL_PREFIX, TITLE_TAG, COLUMN_TAG, NEWSPAPER_PAGE, WIDGET_RUN)


def is_counter(line: str) -> bool:
    """A page number or counter line (`COUNTER`), or a footer that carries one (`FOOTER_WITH_COUNTER`)."""
    if _may_open_counter(line) and COUNTER.match(line) is not None:
        return True
    return ("页" in line[-3:] or line.rstrip().endswith(_DASHES)) and FOOTER_WITH_COUNTER.match(line) is not None


_DASHES = ("-", "—", "–", "－")


def may_hold_a_footer_run_in(line: str) -> bool:
    """Whether `line` holds what `footers_run_in` needs, a dash (str scans spare most lines its searches)."""
    return "-" in line or "—" in line or "–" in line or "－" in line


def furniture_prefix(line: str) -> int:
    """How many characters at the start of `line` are furniture run into the content after them
    ("无障碍版长者助手登录中共中山市…", "http://www.example.gov.cn中共…", "第A11版:发布厅中共…")."""
    # A site's banner can open with any character, but needs 网 and a space.
    banner = ("网" in line and (" " in line or "\t" in line) and SITE_BANNER.match(line)) or (
        ("欢迎您" in line or "欢迎你" in line) and SITE_WELCOME.match(line)
    )
    if not _may_open_prefix(line):  # most lines open with no character the other patterns can open with
        return banner.end() if banner else 0
    # Each pattern behind the opening or the substring it cannot match without (most lines have none).
    found = (
        (line.startswith(("http", "file")) and URL_PREFIX.match(line))
        or banner
        or (line.startswith("【") and TITLE_TAG.match(line))
        or (_may_open_column(line) and COLUMN_TAG.match(line))
        or (line.startswith("第") and NEWSPAPER_PAGE.match(line))
    )
    if found:
        return found.end()
    widgets = WIDGET_RUN.match(line) if _may_open_widgets(line) else None
    # A lone 大/中/小 or a colon opens real sentences too; a prefix needs a real widget word. A word of prose alone
    # (a wrapped line's "相关村党组织书记…", "举报人反映…") is a widget only where a gap or a title (中共…, 关于…)
    # follows it, or nothing does.
    if widgets and len(widgets.group().split()) >= 2 and widgets.end() >= len(line.rstrip()):
        return widgets.end()  # a line of widgets alone, two or more a space apart ("A+ A- A", "[ 大 中 小 ]")
    if widgets and re.search(r"[\u4e00-\u9fff]{2}", widgets.group()):
        run = widgets.group()
        if (
            run not in WIDGETS_IN_PROSE
            or widgets.end() >= len(line.rstrip())
            or line.startswith(("中共", "关于"), widgets.end())
        ):
            return widgets.end()
    return 0


_WIDGETS_AFTER_REACH = 60  # how far from a line's end the widgets a page sets after its title are looked for


def widgets_after(line: str) -> int:
    """Where the widgets a page runs on after a line's words begin (its title's "… 【字体：大 中 小】【打印】"), in
    brackets and with a widget's word among them; the line's length where none follow it."""
    if "【" not in line and "[" not in line:
        return len(line)  # (most lines: spared the scan)
    end = len(line.rstrip())
    for at in range(max(1, end - _WIDGETS_AFTER_REACH), end):
        if line[at] in "【[" and (run := WIDGET_RUN.match(line[at:end])) and run.end() == end - at:
            if re.search(r"[\u4e00-\u9fff]{2}", run.group()):
                return len(line[:at].rstrip())
    return len(line)


# A link to the page before or after ("上一篇：中共…的通报"), and the heading of a list of links to other pages
# ("相关链接"), after which the short lines are their titles.
NAV_LINK = compile_shared(r"^[ \t]*[【\[]?[ \t]*(?:上一|下一)(?:篇|条|页|则)[ \t]*[】\]]?[ \t]*[:：]")
# Where a page that lost its line breaks runs its foot on after the notice's last words, a space apart ("…整改结果：已完成。
# 上一篇：… 下一篇：… 版权所有：…"): each of these opens a line of furniture.
RUN_ON_FOOT = compile_shared(
    r"[ \t\u3000]+(?=[【\[]?(?:上一|下一)(?:篇|条|页|则)[】\]]?[:：]|版权所有|主办单位|网站地图|网站标识码|[【\[](?:打印|关闭))"
)
LINKS_HEADING = compile_shared(
    r"^[ \t]*[【\[]?[ \t]*(?:相关(?:链接|文章|阅读|新闻|信息|推荐|专题|稿件|报道)|关联(?:稿件|阅读|新闻|文章)|推荐(?:阅读|文章)|延伸阅读|热点(?:推荐|新闻|文章)|猜你喜欢|为(?:您|你)推荐|"
    r"往期(?:推荐|回顾|精选)|精彩推荐|最新(?:信息|文章|动态|新闻|发布|更新)|热门(?:文章|新闻|信息|推荐|阅读))"
    r"[ \t]*[】\]]?[ \t]*[:：]?[ \t]*$"
)
# A linked page's title with its day after it, as lists of links set them ("中共…关于巡察整改进展情况的通报  2024-04-13",
# "…的公示 [2024-02-11]"): a line of its own in any list of links, however long the title.
DATED_LINK = compile_shared(
    r"^(?=[^\n]*?[\u4e00-\u9fff]{4})[^。\n]{4,120}?(?:[ \t]+|[\[【（(])[\[【（(]?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\]】）)]?[ \t]*$"
)
# A line of a column's list of other pages beside the notice, each title with its day ("中共…的通报  2023-05-06",
# "· 县委第一巡察组向县水利局党组反馈巡察情况  05-06"): a list of them is furniture wherever it stands, above the
# title too (`segment.lines._dated_lists` says how many make one). A bulleted day, or one in figures with its year, even
# run on to the title ("…的报告2023-03-15", a PDF's text that lost the space). Never a line that opens with a label or
# a row's number ("1." / "一、" / "(一)" / "1 ") or with a document's name (the rules a measure lists, "《…管理办法》
# 2024-03-05"), holds a table's tabs, or keys its date ("整改时限： 2023年12月31日").
# The day, brackets and all, is `day`; a bullet, group 1.
LISTED_LINK = compile_shared(
    r"^([-•·*●◆■▪][ \t]*)?(?!\d{1,3}[、.．\s]|[一二三四五六七八九十]{1,3}、|\(|《)(?=[^\n\t]*?[\u4e00-\u9fff]{4})"
    r"[^。:：\n\t]{4,120}?(?:[ \t]+|(?=[\[【(])|(?(1)(?=\d)|(?=\d{4}[-/])))"
    r"(?P<day>[\[【(]?(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?[\]】)]?)[ \t]*$"
)


# A title of another page, in a list of links a site sets by the notice: no sentence, and it ends as a document's title
# does ("中共…关于巡察整改进展情况的通报", "…交办案件办理结果公示(第十五批)", "…办理情况表(信2017…)"; not as a title's
# first line may, "…督察反馈意见"), or with its day.
_TITLE_END = compile_shared(
    r"(?:通报|报告|公告|公示|通知|情况|清单|决定|方案|(?:情况|清单|台账|一览)表)[)）]?(?:[(（][^()（）\n]{1,30}[)）])?[ \t]*$"
)
_LINKED_TITLE_AT_MOST = 120


def is_linked_title(line: str) -> bool:
    """Whether `line` (folded, stripped) reads as another page's title in a list of links (`DATED_LINK`, or a line with no
    sentence that ends as a title does); not an annex's (附件：…清单)."""
    if (
        not line
        or len(line) > _LINKED_TITLE_AT_MOST
        or "。" in line
        or line.startswith("附件")
        or META_LINE.search(line)
    ):
        return False  # (…nor the page's own dateline: "青岛政务网 发布日期 : 2021-12-30")
    return DATED_LINK.match(line) is not None or _TITLE_END.search(line) is not None


_NAV_OPENS = ("上一", "下一", "【", "[", " ", "\t")
# A long article's pager, which a page sets between the parts it splits the text into, not only at its foot: "上一页 1 2 3
# 下一页", "首页 上一页 [1] [2] 下一页 尾页", "共3页 第1页 转到". Its words and numbers only, one of them a step to another part.
# (A number takes its digits whole and a gap its marks whole, so that a long run of either is read one way only.)
PAGER_PIECES = compile_shared(
    r"(?:首页|上一页|下一页|前一页|后一页|尾页|末页|共[ \t]*\d{1,5}[ \t]*[页条]|第[ \t]*\d{1,5}[ \t]*页|[\[【]\d{1,4}[\]】]|"
    r"\d{1,4}(?!\d)|跳转到?|转到|GO|Go|go|确定|[ \t|｜/…·.:：]+(?![ \t|｜/…·.:：]))+"
)
PAGER_STEPS = ("上一页", "下一页", "尾页", "末页", "前一页", "后一页")
_PAGER_AT_MOST = 120
# A document-sharing site's facts about the file, a list item each ("- 约5.37千字", "- 约 9页", "- 2024-03-05 发布于河南",
# "- 举报").
DOCUMENT_SITE_ITEM = compile_shared(
    r"^[-•·*][ \t]*(?:约[ \t]*[\d.]+[ \t]*(?:千字|万字|字|页)|\d{4}-\d{1,2}-\d{1,2}[ \t]*发布于[\u4e00-\u9fff]{0,8}|"
    r"举报|收藏|分享|下载|阅读|\d+[ \t]*(?:次|人)?(?:阅读|下载|浏览)?)[ \t]*$"
)
_LIST_BULLETS = ("-", "•", "·", "*")
# A file's name, as a document-sharing site heads its page with it ("关于…整改情况的报告.docx").
_DOCUMENT_ENDS = r"docx?|wps|pdf|txt|xlsx?|pptx?"
FILE_NAME = compile_shared(rf"(?i)^[ \t]*\S{{1,120}}\.(?:{_DOCUMENT_ENDS})[ \t]*$")
# …or a link to a file the page offers, under its notice ("附件：" / "1.巡察整改台账.xlsx", "附件下载：整改清单.pdf"): the
# file's name is no words of the notice's.
ATTACHED_FILE = compile_shared(
    r"(?i)^[ \t]*(?:(?:相关)?附件(?:下载)?[ \t]*\d{0,2}[ \t]*[:：.、]?[ \t]*|下载附件[:：]?[ \t]*)?(?:\d{1,2}[.、．][ \t]*)?"
    rf"[^\s。，,；;]{{1,120}}\.(?:{_DOCUMENT_ENDS}|et|ofd|zip|rar)[ \t]*$"
)
# An image's file name left where the image stood ("微信截图_20240920153326.jpg").
IMAGE_FILE = compile_shared(r"(?i)^[ \t]*\S{1,80}\.(?:jpe?g|png|gif|bmp|webp)[ \t]*$")
# Markup a copy kept as text, a line of tags alone, a list's number before them perhaps (a spam mirror's
# '<video id="mzcvq"><mark id="mzcvq"></mark></video>', '1. <source id="mzcvq"><td id="mzcvq"></td></source>'), and a
# list item holding a number alone, as a page's pager leaves it ("1. 1"): no words of the notice's.
MARKUP_LINE = compile_shared(
    rf"^[ \t]*(?:\d{{1,3}}[.、．][ \t]*)?{TAGS_TO_LINE_END}|^[ \t]*\d{{1,3}}[.．][ \t]*\d{{1,3}}[ \t]*$"
)
# A newspaper's marks where a story jumps between its pages ("（下转第2版）", "（上接第1版）", "（转A3版）"), and an
# advertisement's label on a line of its own ("广告"): no words of the notice's.
PRESS_MARK = compile_shared(
    r"^[ \t]*[(（][ \t]*(?:下转|上接|接上|转|接)[ \t]*第?[ \t]*[A-Za-z]?\d{1,2}[ \t]*版[ \t]*[)）][ \t]*$|^[ \t]*广告[ \t]*$"
)
# The mark a WeChat article or a news story ends with ("- END -", "—END—", "THE END", "（完）"): no words of the notice's.
END_MARK = compile_shared(r"^[ \t\-—–_=·•*~]*(?i:(?:the[ \t]+)?end)[ \t\-—–_=·•*~]*$|^[ \t]*[(（]完[)）][ \t]*$")
# …or the words a page sets for an image it lost ("标题图" over the title, "[图片]", the markup's "img" a copy kept as text).
IMAGE_WORDS = compile_shared(
    r"^[ \t]*[\[【(（]?(?:标题图|题图|头图|配图|封面图|缩略图|图片|(?i:img|image|photo|picture))[\]】)）]?[ \t]*$"
)
_IMAGE_ENDS = (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp")

# What a news page sets between its paragraphs around a picture or a video: a picture's caption ("图为巡察组反馈会现场",
# "▲图为…", "图1"), its credit ("（记者 张三 摄）", "（图片来源：县融媒体中心）"), the story's ("（记者 张三 通讯员 李四）"), a
# player's placeholder ("视频加载中..."), a link to the files ("附件下载：" alone): no words of the notice's, wherever they stand.
MEDIA_LINE = compile_shared(
    r"^[ \t]*(?:[▲△▼↑][ \t]*)?[(（]?[ \t]*图为[^\n]{2,80}$|"
    r"^[ \t]*[(（]?[ \t]*(?:图片来源|图片提供|图/文|文/图|图文|文图|摄影|图片|图)[ \t]*[:：/][^()（）。\n]{1,30}[)）]?[ \t]*$|"
    r"^[ \t]*[(（][ \t]*(?:(?:本报|本台|特约)?(?:记者|通讯员)[ \t]*)?[\u4e00-\u9fff][\u4e00-\u9fff \t、]{1,20}?摄影?[ \t]*[)）][ \t]*$|"
    r"^[ \t]*[(（][ \t]*(?:(?:本报|本台|特约)?(?:记者|通讯员)[ \t]*[\u4e00-\u9fff]{2,4}[ \t、]*){1,6}[)）][ \t]*$|"
    r"^[ \t]*图[ \t]*\d{1,2}(?:[ \t:：.、][^。\n]{0,40})?[ \t]*$|"
    r"^[ \t]*(?:视频加载中[^\n]{0,12}|您的浏览器(?:暂)?不支持[^\n]{0,24})$|"
    r"^[ \t]*(?:附件下载|相关附件|下载附件)[ \t]*[:：]?[ \t]*$"
)
# (A word each such line holds: most lines are spared.)
_MEDIA_WORDS = ("图", "摄", "视频", "浏览器", "附件", "记者", "通讯员")


SITE_CLOCK = compile_shared(
    r"^[ \t]*[\u4e00-\u9fff]{2,16}(?:网|网站|门户)[ \t|｜]*\d{4}年\d{1,2}月\d{1,2}日[ \t]*星期[一二三四五六日天][ \t]*$"
)
"""A site's name and the day's date it shows, with its weekday ("天津政务网 2019年12月3日星期二"): the reader's clock (or the
crawler's), no date of the notice's."""


SITE_PROMPT = compile_shared(
    r"^[ \t]*(?:打开微信[，,][^。\n]{0,40}?扫一扫[^。\n]{0,30}?分享(?:至|到)朋友圈|请(?:先)?(?:完成)?(?:个人中心)?登录后(?:再)?(?:进行)?(?:相关)?操作|"
    r"(?:轻触|点击)(?:这里|此处)(?:(?:关闭|打开|展开|收起)目录)?|(?:关闭|打开|展开|收起)目录|"
    r"跳(?:至|到|转到|过)(?:主要)?(?:内容|正文|导航)|"
    r"(?:点击|戳|轻触)?(?:下方|左下角)?[“\"「]?阅读原文[”\"」]?[^。，,\n]{0,12}|"
    r"(?:更多(?:精彩)?(?:内容|资讯|信息)?[，,]?)?(?:请|欢迎)?(?:长按(?:识别)?(?:二维码)?|点击上方(?:蓝字)?)?关注[^。，,\n]{0,30}?"
    r"(?:公众号|微信|微博|我们)(?:[，,][^。\n]{0,20})?|"
    # (…and a bid site's or an aggregator's, which copies notices among its own: its login and sign-up prompts, its
    # disclaimer: "登录后查看完整内容", "会员登录 | 免费注册", "免责声明：本站信息来源于互联网", "以上信息仅供参考，…".)
    r"(?:请)?(?:登录后|注册后)(?:查看|浏览|阅读)[^。\n]{0,12}|(?:查看|浏览)(?:完整|全部|更多)(?:信息|内容|详情)?[，,]?请(?:先)?(?:登录|注册)|"
    r"(?:会员登录|免费注册|用户登录|注册会员)(?:[ \t|｜/]+(?:会员登录|免费注册|用户登录|注册会员|找回密码|客服热线[:：]?[\d\- ]+))*|"
    r"免责声明[:：][^。\n]{0,40}|(?:以上|本站|本网)(?:信息|内容)?仅供参考[^。\n]{0,20}|点击查看原文)"
    r"[。！!]?[ \t]*$"
)
"""A portal's prompts in its share, login, contents, skip-link and follow widgets: "打开微信,点击底部的“发现”,使用“扫一扫”即可
将网页分享至朋友圈。", "请完成个人中心登录后进行相关操作", "轻触这里关闭目录", "跳至内容", "更多精彩内容，请关注微信公众号",
"点击“阅读原文”查看更多", "登录后查看完整内容"."""


_PROMPT_WORDS = (
    "朋友圈",
    "登录",
    "注册",
    "免责声明",
    "仅供参考",
    "查看原文",
    "关注",
    "目录",
    "阅读原文",
    "这里",
    "此处",
    "跳",
)  # (a word each prompt holds: most lines are spared)


def is_furniture(line: str, prefix: int | None = None) -> bool:
    """A whole line that is furniture: widgets only, a breadcrumb, a counter, a URL, a site footer, a link to
    the page before or after. `prefix` is `furniture_prefix(line)` when the caller has it already."""
    return is_counter(line) or is_other_furniture(line, prefix)


def is_other_furniture(line: str, prefix: int | None = None) -> bool:
    """`is_furniture` for a line known to be no counter (`is_counter`): the paragraphs are split from the
    lines that are left when page numbers are dropped, so each is spared that test a second time."""
    # (A line that opens with a letter, digit or ideograph is no punctuation alone: spared the match.)
    if not line.strip() or (not line[0].isalnum() and PUNCTUATION_ONLY.match(line)):
        return True
    if line.startswith(_NAV_OPENS) and NAV_LINK.match(line):
        return True
    if (
        len(line) <= _PAGER_AT_MOST
        and any(step in line for step in PAGER_STEPS)
        and PAGER_PIECES.fullmatch(line.strip())
    ):
        return True
    if line.startswith(("首", "网站首页")) and NAV_MENU.match(line):
        return True
    if "欢迎" in line[:4] and WELCOME_LINE.match(line) and "。" not in line:
        return True  # (…not a page that lost its line breaks, its text run on after the welcome)
    if len(line) <= 40 and line.rstrip().endswith(_SITE_NAME_ENDS) and SITE_NAME.match(line):
        return True
    if "." in line[-8:] and line.rstrip().lower().endswith(_IMAGE_ENDS) and IMAGE_FILE.match(line):
        return True
    if len(line) <= 12 and ("图" in line or line.isascii()) and IMAGE_WORDS.match(line):
        return True
    if len(line) <= 120 and any(word in line for word in _MEDIA_WORDS) and MEDIA_LINE.match(line):
        return True
    if ("<" in line or len(line) <= 12) and MARKUP_LINE.match(line):
        return True
    if line.lstrip().startswith(_LIST_BULLETS) and (DOCUMENT_SITE_ITEM.match(line) or MENU_LINK.match(line)):
        return True
    if len(line) <= 18 and "报" in line and NEWSPAPER_NAME.match(line):
        return True
    if len(line) <= 40 and "星期" in line and SITE_CLOCK.match(line):
        return True
    if len(line) <= 80 and any(word in line for word in _PROMPT_WORDS) and SITE_PROMPT.match(line):
        return True
    if ("版" in line[:12] and PAGE_LIST.match(line)) or line == "目录":
        return True
    if len(line) <= 8 and PAGE_WORD_LINE.match(line):
        return True
    if len(line) <= 20 and (END_MARK.match(line) or PRESS_MARK.match(line)):
        return True
    if "." in line[-6:] and ATTACHED_FILE.match(line):
        return True
    if len(line) <= 60 and SPAM_LINE.match(line):
        return True
    if is_spam_keywords(line):
        return True
    if len(line) < 120 and (
        ("_" in line and PAGE_CAPTION.match(line))
        or (
            _FOOTER_OR_CRUMB.search(line)
            and ((SITE_FOOTER.search(line) and not _LABELLED.match(line)) or BREADCRUMB.search(line))
        )
    ):
        return True
    cut = furniture_prefix(line) if prefix is None else prefix
    if not cut:
        return False
    # A print-out's footer, its page counter and the next page's header can come out as one line.
    rest = _COUNTER_LEAD.sub("", line[cut:])
    return not rest.strip(" \t|:：") or DATELINE.match(rest) is not None


def is_meta_line(line: str) -> bool:
    """Page metadata (key: value rows, datelines): not the notice, but the report reads it."""
    if len(line) >= 200:
        return False
    if _may_open_meta(line) and _META_ROW_OR_DATELINE.match(line):
        return True
    if len(line) < 60 and ":" in line and ACCOUNT_DATELINE.match(line):
        return True
    if len(line) < 60 and ("版" in line or "报" in line) and NEWSPAPER_DATELINE.search(line):
        return True
    # A site's name run into the dateline: "西藏自治区科学技术厅: sti.xizang.gov.cn 2026年01月29日 来源:… 作者:".
    # (Two key: value pairs need a colon: most short lines have none and skip both searches.)
    return (
        len(line) < 100
        and (":" in line or "：" in line)
        and _DATED.search(line) is not None
        and len(META_PAIR.findall(line)) >= 2
    )


# Keys whose value may stand on the line below ("• 文件名称：" / "中共…的通报").
VALUE_BELOW_KEYS = frozenset(
    {
        "信息索引号",
        "索引号",
        "信息索取号",
        "索取号",
        "主题分类",
        "发布机构",
        "发文机关",
        "发文机构",
        "发布单位",
        "成文日期",
        "成文时间",
        "发文日期",
        "发文时间",
        "发布日期",
        "发布时间",
        "文号",
        "发文字号",
        "标题",
        "文件名称",
        "信息名称",
        "名称",
        "公开方式",
    }
)


# The keys of a page's source (the body a notice came from), in the order they are read.
SOURCE_KEYS = ("来源", "信息来源", "来源单位", "稿件来源", "文章来源", "本文来源")
# …and keys whose value below must be a body's name alone ("来源:" / "道孚县人民政府", "发布机构" / "郧西县审计局"), not
# the title a page sets after an empty source or publisher; or a count ("阅读数:" / "72次"), not a table's cell nor the
# title.
NAME_BELOW_KEYS = frozenset((*SOURCE_KEYS, "发布机构", "发文机关", "发文机构", "发布单位"))
_NAME_BELOW = compile_shared(r"[\u4e00-\u9fff（）()]{2,30}(?<!通报|报告|公告|公示|情况|通知|方案|意见)")
COUNT_BELOW_KEYS = frozenset(
    {"阅读数", "阅读次数", "阅读量", "浏览次数", "浏览量", "点击数", "点击量", "访问量", "访问次数"}
)
_COUNT_BELOW = compile_shared(r"\d{1,9}[ \t]*次?")
# …and a dated key's value below opens with its date ("发布时间:" / "2021-03-02 10:00"), not the first line of the text or
# of a table that an empty key stands over ("發布時間:" / "整改任务概述 |").
_DATE_BELOW = compile_shared(r"[\d〇零一二三四五六七八九]{2,4}[ \t]*[-/.年]|\d{6,8}日")  # (…or one that lost its words)


def value_below(key: str, next_line: str) -> bool:
    """Whether `next_line` is the value of a metadata key left without one: short, no sentence, no row of keys of its
    own (a table's "名 称 | |||" over "| 成文日期 | 2025-11-03 |")."""
    if key in NAME_BELOW_KEYS:
        return _NAME_BELOW.fullmatch(next_line) is not None
    if key in COUNT_BELOW_KEYS:
        return _COUNT_BELOW.fullmatch(next_line) is not None
    if key.endswith(DATED_KEY_WORDS):
        return _DATE_BELOW.match(next_line) is not None
    return key in VALUE_BELOW_KEYS and len(next_line) <= 80 and "。" not in next_line and not is_meta_line(next_line)


def meta_pairs(line: str) -> list[tuple[str, str]]:
    """The (key, value) pairs of one metadata line, keys with their letter-spacing removed; a row without colons
    pairs each key with what follows it up to the next key."""
    pairs = list(META_PAIR.finditer(line)) or list(_SPACED_PAIR.finditer(line))
    return [(re.sub(r"[ \t]", "", m.group(1)), unbracketed(m.group(2).strip())) for m in pairs]


def unbracketed(value: str) -> str:
    """A value without the bracket that closes the line it stands in ("（来源：某某县人民政府网）"); one it opens keeps it."""
    while value.endswith((")", "）")) and value.count("(") + value.count("（") < value.count(")") + value.count("）"):
        value = value[:-1].rstrip()
    return value


_SPACED_PAIR = LazyPattern(rf"({_KEY})[ \t]+([^ \t].*?)(?=[ \t]+(?:{_KEY})[ \t]|[ \t]*$)")
# The words every dateline key holds (发布时间, 成文日期, 发布于).
DATED_KEY_WORDS = ("时间", "日期", "发布于")
# The words of a page's footer (上一篇, 版权所有, 网站地图 …).
FOOT_WORDS = ("上一", "下一", "版权所有", "主办单位", "网站地图", "网站标识码", "打印", "关闭")
# The keys of an official document's imprint, under its last page's text.
IMPRINT_KEYS = ("抄送", "主送", "附件", "印发")
