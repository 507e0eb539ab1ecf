"""The pattern table: every word list and regular expression the extractor uses.

All patterns run over normalised text (NFKC, simplified characters). Keep the
rules general — they are measured on documents beyond the seeds.
"""

from __future__ import annotations

import re

from tracker.extract.numbers import NUMBER
from tracker.units import MEASURE_WORDS

# --------------------------------------------------------------------------
# Quantities

#: Units the tracker knows (units.py; its measure words 个 家 所 条 艘 张 批 …) and some it does not (noted, not emitted).
UNIT = (
    r"(?:%|个百分点|倍|"
    r"(?:万亿|亿|千万|百万|万|千|百)?"
    r"(?:微克/立方米|毫克/立方米|美元|元/人|元|万吨|吨|公斤|千克|千瓦时|万千瓦|千瓦|度|kwh|mwh|gwh|twh|"
    r"人次|家次|台套|平方公里|平方米|公里|公顷|亩|斤|标准煤|标准箱|标箱|teu|岁|"  # 岁: life_years (extract.py)
    r"(?:PFlops|EFlops|P)(?![A-Za-z])|"  # compute_unit: 算力突破20万P (P = PFlops); not the P of PPP, PUE
    rf"[{MEASURE_WORDS}]))"
)
#: The characters a number is written with (digits, a decimal point, Chinese numerals): what may not come
#: right before a number that stands on its own (a bare 万亿, 5大).
NUMERAL_CHARS = r"\d.零〇一二两三四五六七八九十百千"
QUANTITY = re.compile(rf"(?P<num>{NUMBER}|(?<![{NUMERAL_CHARS}])万亿(?=元))(?P<approx>多|余)?(?P<unit>{UNIT})", re.IGNORECASE)  # 突破万亿元: one 万亿

#: Targets written without a number.
WORD_TARGETS = re.compile(
    r"(?P<double>翻(?P<times>一|两|二|三|四|\d)?番)|(?P<cover>(?<![健完安齐])全覆盖|全面覆盖)|"
    r"(?P<twodigit>两位数(?:以上)?(?:的)?增长|增长(?:保持)?(?:在)?两位数(?:以上)?)"
)

# --------------------------------------------------------------------------
# Deadlines and time

YEAR_RANGE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*年?\s*[-—–~至到]\s*(20\d{2}|19\d{2})\s*年")
#: 到2026年, 2026年底, 至2025年末; "增长到2022年的" is not a deadline.
YEAR = re.compile(r"(?P<to>(?<![长高加大升降提达扩增])(?:到|至|在|于|截至|截止到?)?)(?<![\d—–~-])(?P<year>(?:19|20)\d{2})\s*年(?P<end>底|末|前|全年|内)?(?![-—–~至到]\s*\d)")
#: masthead_byline: the words that end a newspaper's, agency's or station's name (香港商報, 兰州晚报, 泰安新闻网,
#: 山东广播电视台, 融媒体中心), read after a place with up to two characters between.
#: A span from now (今后五年, 未来3年): group 1 the number of years, in digits or Chinese numerals.
SPAN_AHEAD = r"(?:今后|未来)([二两三四五六七八九十\d]{1,2})年"

#: A city's own words: the city as a whole (全市, 我市, 本市) and its head (市长, not 副市长).
CITY_OWN = r"全市|我市|本市|(?<!副)市长"

MASTHEAD_WORDS = r"(?:日报|晚报|早报|商报|时报|都市报|新闻网|电视台|广播电视台|融媒|报社|新闻社)"
#: A five-year plan's period as a deadline: “十五五”末, 「十二五」期間 (any quotes), “十五五”GDP目标设定为… (five_year_aim:
#: the plan's aim, said within a few characters before 目标).
#: toward_term: "面向“十五五”,黄石定下目标:力争…", "展望十五五" — a term the text turns toward (面向, 展望, 瞄准, 迈向, 放眼, 锚定) is
#: the deadline of the aims that follow, with nothing after the term's name but a comma or colon (展望“十四五”系列新闻发布会
#: names a series of briefings, no deadline).
_TOWARD = r"(?:面向|展望|瞄准|迈向|放眼|锚定)"
FIVE_YEAR = re.compile(r"[“「『\"‘']?(十[一二三四五六])五[”」』\"’']?(?:规划)?(?:期末|末期|末|期间|时期|(?=[^。；;，,]{0,12}?目标(?:设定为|定为|为|是))"
                       r"|(?:(?<=" + _TOWARD + r"[“「『\"‘']十[一二三四五六]五[”」』\"’'])|(?<=" + _TOWARD + r"十[一二三四五六]五))(?=[,，:：]))")
FIVE_YEAR_END = {"十一": 2010, "十二": 2015, "十三": 2020, "十四": 2025, "十五": 2030, "十六": 2035}
#: Relative deadlines: offset from the document's year.
RELATIVE = re.compile(
    r"(?P<this>今年(?![一二三四]季度|[一二三四五六七八九十\d]+月|以来|上半年|下半年|前|第|度以来)|年内(?!\d)|全年|本年度)|(?P<next>明年)|(?P<after>后年)|"
    r"(?:(?:利用|用|花|经过)(?P<uspan>[两二三四五六七八九十\d]+)年(?:左右)?的?时间)|"  # used_span: 利用5年时间培育1万名 — a total over 5 years; 经过4年左右的时间 too
    r"(?:(?P<n>[两二三四五六七八九十\d]+)年(?:内|时间|之内))|(?:未来(?P<m>[两二三四五六七八九十\d]+)年)|(?P<each>每年)|"
    r"(?:今后(?P<term>[两二三四五六七八九十\d]+)年)|"  # term_phrase: 今后五年 in a 2024 report runs 2024—2028
    r"(?:(?<![\d年])(?P<span>[两二三四五])年(?=累计|共|合计|新增|新培育|培育|新建|建成|引进|打造|新认定))"
)
#: A past month or period of the document's year: figures, not goals.
PAST_PERIOD = re.compile(
    r"今年以来|今年(?:上半年|前\S?个?季度|一季度|[1-9一二三四五六七八九十]+月)|上半年|下半年以来|一季度|二季度|前三季度|"
    r"[1-9]\d?[-—~至][1-9]\d?月|(?<![比较同])去年|(?<![比较同])上年|前年|近年来|近年|这些年|过去|以来"
)

# --------------------------------------------------------------------------
# Clause signals

#: A goal is announced, promised or planned.
GOAL_MARKERS = re.compile(r"力争|确保|争取|目标|预期|将|未来|努力|计划到|计划在|规划到|预计到|(?<![认评鉴判核规决])定(?:在|为)")
#: A figure is reported. 首批 before a verb of doing is the plan's first batch (首批推动建设30家平台,
#: plan_batch), not a selection already made (入选首批).
PAST_MARKERS = re.compile(
    r"同比|环比|比上年|比去年|较上年|较去年|比年初|比一季度|比上半年|已经|已有|已|截至|截止|目前|现有|"
    r"先后|(?<![为除])了(?!解)|居全国|列全国|位居|位列|排名|排在|首批(?!推动|推进|建设|培育|打造|布局|创建|支持|认定|遴选|实施|开展)|共计(?!划)|历史|实现了|达到了"
)

# --------------------------------------------------------------------------
# Comparators (the qualifiers of docs/formats.md)

AT_LEAST_BEFORE = re.compile(r"(?:超过|突破|超|不低于|不少于|高于|达到|达|实现|保持在|保持|增至|提高到|提升到|提高至|提升至|扩大到|增加到|力争|确保|争取)$")
AT_MOST_BEFORE = re.compile(r"(?:不超过|不高于|控制在|控制到|(?<!不)低于|降至|降到|降低到|下降到|压减到|压缩到|压缩至|压减至|小于)$")
STRETCH_BEFORE = re.compile(r"(?:力争|争取|努力)(?:达到|达|实现|突破|超过)?$")
AFTER_QUALIFIER = re.compile(r"^(?P<q>以上|左右|上下|以内|以下|之内|内)")
#: AFTER_OK: what may follow an amount that ends its clause — 的目标, 台阶, 大关; new_level: 新台阶, 新关口, 新高 too
AFTER_OK = re.compile(r"^(?:的?(?:目标|目标任务|任务|规模|水平|台阶|大关)?)$|^(?:新(?:台阶|关口|高度|水平|高))$|^(?:、|和|及)")

GROWTH_VERB = re.compile(r"(?:增长|增速|增幅|涨幅|递增|提高|提升|上涨|增加|增长率)(?:率)?(?:预期)?(?:目标)?(?:力争|确保|争取)?(?:达到|达|为|是|设定为|定为|保持在|保持|在|超过|突破|不低于|力争|确保)?$")
DECLINE_VERB = re.compile(r"(?:下降|降低|减少|压减|削减|降幅|减排|下降率|降)(?:率)?(?:达到|达|为|在|超过|不低于|控制在)?$")
CAGR_VERB = re.compile(r"(?:年均|年平均|年复合)(?:增长|增速|增幅|递增|提高|提升)?(?:率)?(?:达到|达|为|保持在|保持|在|超过|不低于)?$")
CAGR_DECLINE = re.compile(r"(?:年均|年平均)(?:下降|降低|减少)(?:率)?(?:达到|达|为|在)?$")
PLUS_VERB = re.compile(r"(?:再)?(?:提高|提升|增加|上升|增长)$")
MINUS_VERB = re.compile(r"(?:再)?(?:下降|降低|减少)$")

#: Verbs before a count or an amount of money that names what is counted after
#: the number: 新培育 500 家 专精特新企业, 统筹 20 亿元 资金.
COUNT_VERBS = (
    "新培育 培育 新增 新建成 新建 建成 建设 推出 建成投产 开工建设 新开工建设 布局建设 新打造 新引进 新开工 开工 实施 打造 举办 开展 推进 推动 引进 招引 引育 "
    "新认定 认定 创建 培训 吸引 带动 落地 签约 统筹 安排 投入 筹集 发放 撬动 募集 改造 新上 储备 "
    "谋划 遴选 评选 组织 服务 支持 扶持 帮助 解决 提供 新招引 新落地 完成 新设立 设立 建立 新获批 "
    "获批 新创建 新打造 新引进 新发展 发展 培养 新认证 认证 提供 吸纳 带动 帮扶 安置 转移 争创 创成 抓好 "
    "启动 退出 "  # started_or_closed: 启动21个…项目, 退出500家污染企业
    "孵化 "  # incubated_count: 重点孵化20个科技型小微企业 — what is incubated is counted, as what is fostered (培育)
    "筛选 盯住 "  # picked_count: 筛选100个项目重点调度, 盯住50个项目快速推进 — what is picked out is counted, as what is 遴选
    "拆除 腾退 关停 淘汰"  # cleared_amount: 要拆除存量违法建设4.5万平方米, 关停30家小煤矿 — what is cleared away counts too
).split()
COUNT_VERB = re.compile("(?:" + "|".join(sorted(set(COUNT_VERBS), key=len, reverse=True)) + r")(?:了)?(?:约|近|超|超过|不少于|不低于|以上)?$")
COUNT_VERB_ANY = re.compile("(?:" + "|".join(sorted(set(COUNT_VERBS), key=len, reverse=True)) + ")")
NOUN_STOP = re.compile(r"开展|实施|参加|参与|进行|完成|实现|入驻|落户|达到|登陆|支持|用于|投向|形成|建成|的“|[,、;:。,]")
FLOW_VERBS = re.compile(r"(?<!数)量$|营业收入|营收|产值|增加值|投资|收入|利润|税收|销售额|交易额|总额|新|引进|招引|举办|实施|推进|推动|开展|培训|统筹|安排|投入|筹集|发放|完成|签约|开工|落地|吸纳|安置|转移|每年")
STOCK_WORDS = re.compile(r"比重|占比|比例|率|覆盖|数量|总数|保有量|家数|个数|存量|余额|人口|面积|产能|规模以上企业|总量达|集群|基地|平台|园区|指数|强度|水平|密度|寿命|占|达标")

# --------------------------------------------------------------------------
# Indicator names

#: Cut the indicator at the last of these (what comes before is not its name).
INDICATOR_BOUNDARY = re.compile(
    r".*(?:力争|确保|争取|实现|推动|推进|促进|使|让|目标是|目标为|:|提出|其中|期间|期末|末|年底|年末|年内|两年内|今年|明年|全年|"
    r"到\d{4}年|\d{4}年|每年|将|要|着力|努力|全力|预期|并|同时)"
)
INDICATOR_STRIP_HEAD = re.compile(r"^(?:每年|今年|明年|全年|年内|当年|到\d{4}年|\d{4}年|全省|全市|全县|全区|全州|全国|我省|我市|我县|我区|本省|本市|省级|市级|县级|的|在|上|中|里|,|、)+")
INDICATOR_STRIP_TAIL = re.compile(
    r"(?:提高至|提高到|提升至|提升到|迈上|年均|增长率|增长|增速|增幅|涨幅|下降|降低|减少|降幅|提高|提升|增加|上升|达到|达|超过|突破|超|保持在|保持|控制在|"
    r"不低于|不少于|不超过|不高于|稳定在|实现|为|在|要|将|分别|总共|共|约|近|力争|确保|争取|比上年|比\d{4}年|较\d{4}年|(?<![占对])比|较|同比|再)+$"
)
INDICATOR_ALIASES = (("规模以上", "规上"), ("营收", "营业收入"), ("营业收入入", "营业收入"))
TOPIC = re.compile(r"^(?:[一二三四五六七八九十]+是|首先|其次|再次|另外|同时)?,?([A-Za-z0-9\u4e00-\u9fff/]{1,12}?产业)")

# --------------------------------------------------------------------------
# Regions, speakers and dates

PROVINCES = (
    "北京市 天津市 上海市 重庆市 河北省 山西省 辽宁省 吉林省 黑龙江省 江苏省 浙江省 安徽省 福建省 江西省 "
    "山东省 河南省 湖北省 湖南省 广东省 海南省 四川省 贵州省 云南省 陕西省 甘肃省 青海省 台湾省 "
    "内蒙古自治区 广西壮族自治区 西藏自治区 宁夏回族自治区 新疆维吾尔自治区 香港特别行政区 澳门特别行政区"
).split()
PROVINCE_SHORT = {p: re.sub(r"(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$", "", p) for p in PROVINCES}
PROVINCE_SHORT.update({"广西壮族自治区": "广西", "宁夏回族自治区": "宁夏", "新疆维吾尔自治区": "新疆", "内蒙古自治区": "内蒙古"})
REGION_NAME = re.compile(r"(?<![全我本各该省市县区])([\u4e00-\u9fff]{2,6}?(?:自治州|自治县|高新区|经开区|开发区|新区|省|市|县|区|州|盟|旗))(?![级内域城际场民值面]|报(?![告送名道到批备]))")
NOT_REGION = re.compile(r"[年月日的和与及是在了占值率量]|^自治|^直辖|地区$|单位|全省|全市|全县|全区|^(?:全|我|本|各|该|城|地|园|社|小|片|辖|市|县|省|区|试点|示范|核心|集聚|聚集|功能|产业|开发|保护|生态|工业|重点)|(?:核心区|聚集区|集聚区|示范区|功能区|试验区|园区|城区|社区|景区|片区|厂区|矿区|牧区|灌区|山区|库区|老区|灾区|上市|城市|超市|棚户区|小区|街区|辖区|校区|林区|保护区|门市|股市|楼市|车市|夜市|开市)$")
#: A region name does not start with a verb or a quantifier (支持各县, 推动全区, 实施省…).
NOT_REGION_HEAD = re.compile(r"^[个项家座所条]|^其中|^按照|^根据|^围绕|届|各|级|提高|优化|提升|安排|完善|促进|加强|强化|健全|统筹|落实|坚持|扩大|改善|保障|构建|做强|做优|壮大|培优|振兴|带动|服务|引导|鼓励|规范|创新|深入|全面|进一步|实施|推进|推动|建设|发展|开展|完成|新增|培育|支持|加快|^(?:实施|支持|推动|推进|加快|建设|培育|打造|发展|完成|新建|新增|建成|围绕|聚焦|深化|开展|力争|确保|争取|每|两|三|四|五|六|七|八|九|十)")
SPEAKER_LINE = re.compile(r"^\s*([\u4e00-\u9fff]{2,4})\s*(?:[:：]|在[^,。:]{0,14}?时?表示)")
REPORTER = re.compile(r"记者|主持人|提问")
TITLE_WORDS = r"(?:书记|副书记|常委|市长|副市长|省长|副省长|县长|区长|主任|副主任|厅长|副厅长|局长|副局长|部长|副部长|主席|秘书长|发言人|负责人|党组成员|组长|委员|行长|总经理|董事长)"
FULL_DATE = re.compile(r"(?<!\d)(20\d{2})\s*(?:年|/|-|\.)\s*(\d{1,2})\s*(?:月|/|-|\.)\s*(\d{1,2})\s*日?")
MONTH_DAY = re.compile(r"(?<![\d年/.-])(\d{1,2})月(\d{1,2})日")

SENTENCE_END = re.compile(r"[。!?;\n]+")
CLAUSE_END = re.compile(r"[,;:]")
