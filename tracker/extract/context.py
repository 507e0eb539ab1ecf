"""The document as a whole: its year and date, province, plan period and speakers."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from tracker.extract import patterns as P
from tracker.extract.docdate import document_year
from tracker.extract.gazetteer import GENERIC_NAMES, autonomous_alias, firm_name, gazetteer, is_place, leading_place, names_in, short_form
from tracker.extract.text import normalise
from tracker.extract.notes import Note
from tracker.extract.numbers import cn_int
from tracker.extract.region_model import (LEVEL_NOTES, PARTNER_BEFORE, PARTNER_LIST, aims_slogan, ancestors, lowest_voice,
                                          read_region, town_outvoices, town_voice, unnamed_voice)
from tracker.extract.zones import (aid_partner, aided_text, city_bare_zone, defined_zone, headless_zone, spaced_zone_joined,
                                   spoken_zone, zone_interiors_masked)


# --------------------------------------------------------------------------
# Context of the whole document


@dataclass
class Context:
    year: int | None
    year_note: str | None
    date: str | None
    province: str | None
    plan_period: tuple[int, int] | None
    speakers: dict[str, str]
    region: str | None  # --region
    scope: str | None = None  # the region the document speaks for (title, issuer)
    scope_note: str | None = None
    city: str | None = None  # the city the text names most
    city_voice: bool = False  # the text speaks as a city (全市, 市政府, 市工信局): municipal_voice
    province_voice: bool = False  # the text speaks as a province (全省, 我省, 省政府)
    county: str | None = None  # the county or district the text names most (gazetteer)
    county_voice: bool = False  # the text speaks as a county (全县, 县委, 县政府): county_voice
    zone: str | None = None  # the development zone the text speaks for (zone_voice)
    compilation: bool = False  # the text names four provinces or more: sentence_region
    horizon: int | None = None  # 具体指标：到2022年 — the plan's target year (plan_horizon)
    places: dict = field(default_factory=dict)  # known_places of the text
    sentence_start: int = 0  # where the sentence being read starts (for sentence_subject)
    #: unknown_now: the year 今年/明年/今后N年 count from when it is not the document's year — in a text that prints no year
    #: and was dated by its earliest deadline, today's year (the last-resort guess, its note asking for --year)
    relative_year: int | None = None
    relative_note: object = None
    #: congress_term: a congress opened early in its year (January, February) counts its own year in 未来N年 (as 今后N年)
    term_from_year: bool = False
    #: unnamed_voice: the note for a text that speaks as a city, district, county, prefecture or zone it never names
    #: (待定地区, asking for --region), or None
    unnamed: object = None
    #: province_in_passing: the set phrase the province is named in when it is named only in passing (考察安徽重要讲话精神)
    province_passing: str | None = None


def _document_date(t: str, year: int | None) -> tuple[str | None, int | None]:
    head = t[:3000]
    if m := P.FULL_DATE.search(head):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}", y
    if m := P.MONTH_DAY.search(head):
        mo, d = int(m[1]), int(m[2])
        if year and 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{year:04d}-{mo:02d}-{d:02d}", None
    return None, None


_SARS = ("香港特别行政区", "澳门特别行政区")


def _province(t: str, own_voice: bool = False) -> str | None:
    """The province the text names most, not counting partner_region mentions (积极参与北京…); ``sar_partner``:
    when the text speaks as a province (全省, 我省), 香港 and 澳门 are partners it works with ("澳门+横琴",
    "携手港澳"), never its own province; ``aid_partner``: a text that does not speak as a province (no 全省, 我省) does not count
    a province named as the giver of aid (江苏省援疆, 江苏援伊工作指挥部) — a province's own report on its aid keeps it."""
    counts, bylines = Counter(), Counter()
    for full, short in P.PROVINCE_SHORT.items():
        n = _own_mentions(t, short, _PARTNER_BEFORE)
        if n > 0 and not (own_voice and full in _SARS) and (own_voice or not aid_partner(t, full)):
            counts[full] = n - masthead_mentions(t, short)
            bylines[full] = n
    counts = +counts or bylines  # masthead_byline: the paper's place only when nothing else names a province
    return counts.most_common(1)[0][0] if counts else None


#: masthead_byline: a newspaper's, agency's or station's name after a place (patterns.MASTHEAD_WORDS).
_MASTHEAD_TAIL = r"(?=[\u4e00-\u9fff]{0,2}?" + P.MASTHEAD_WORDS + ")"


def masthead_mentions(t: str, name: str) -> int:
    """masthead_byline: how often ``name`` is named as part of a newspaper's or agency's name ("香港商报讯", "来源:香港商报网") —
    a byline, not the text's place when the text names another place as its subject ("山东泰安敲定…"); the caller keeps the
    paper's place as a fallback when nothing else names a place (兰州's text names itself only in 兰州晚报)."""
    return len(re.findall(re.escape(name) + _MASTHEAD_TAIL, t))


def _own_mentions(t: str, name: str, partner: str) -> int:
    """How often ``t`` names ``name`` other than as a partner (``partner``: the pattern right before such a mention)
    or as part of another name (``street_or_old_name``: 河南府文庙, 湖南路, 山东大学 name no province)."""
    return (t.count(name) - len(re.findall(partner + re.escape(name), t))
            - len(re.findall(re.escape(name) + _NAME_TAIL, t))
            - sum(1 for m in re.finditer(re.escape(name) + r"(?![省市])", t) if firm_name(t, m.end())))


#: firm_head: a province's short form that begins a firm's name ("中国北京同仁堂(集团)有限责任公司" in 亳州's news of its drug
#: market) names the firm, not the text's province (gazetteer.firm_name) — not 省/市 after it (北京市…公司 stays a place's).
#: street_or_old_name: a place's short form glued to 府 (an old prefecture: 河南府), 路/街/大道 (a street), 大学 or 籍
#: is part of another name, not the place.
_NAME_TAIL = r"(?=府(?!文件)|路|街|大道|大街|大学|籍)"


#: partner_region (region_model.PARTNER_BEFORE, PARTNER_LIST): a region right after a verb of working with another
#: (积极参与北京…建设, 对接上海) or listed as partners ("与泰州、无锡联合冲刺…") is not counted as the text's.
_PARTNER_BEFORE = PARTNER_BEFORE


_HORIZON = re.compile(r"(?:目标|指标)[^。；;\n]{0,12}?(?:到|至)(20\d{2})年")


#: A heading line of a plan's aims: 一、主要目标, (一)总体目标, 发展目标 — its section sets the horizon.
_AIMS_HEADING = re.compile(r"(?m)^[^\n。]{0,8}(?:主要目标|总体目标|发展目标|工作目标|目标任务)\s*$")


def plan_horizon(t: str, year: int | None) -> int | None:
    """The year a plan's targets are set for: "主要目标。到2025年", "具体指标：到2022年"; ``aims_section``: the
    first 到2027年 within a few lines after a heading of aims ("一、主要目标\n(一)总体目标\n聚焦…到2027年试点期满时…")."""
    years = [int(m[1]) for m in _HORIZON.finditer(t)]
    for m in _AIMS_HEADING.finditer(t):
        if d := re.search(r"(?:到|至)(20\d{2})年", t[m.end(): m.end() + 400]):
            years.append(int(d[1]))
    years = [y for y in years if year is None or y >= year]
    return max(years) if years else None


def _city(t: str) -> str | None:
    """The city the text names most: the gazetteer's cities (names_in) and, where it lists none, names
    shaped like a city (X市)."""
    counts: Counter = Counter()
    listed = names_in(t)
    for _, _, name in listed:
        if name.endswith("市") and name not in P.PROVINCES:
            counts[name] += 1
    ends = {end for _, end, _ in listed}
    for m in P.REGION_NAME.finditer(t):
        name = place_name(t, m)
        if m.end(1) in ends or m.end(1) + 1 in ends:
            continue  # the gazetteer read these characters already
        if city_body(t, m.end(1)):
            continue  # 提请市十六届人大, 根据市委: the city's body, not a place 提请市
        if name.endswith("市") and shaped_place(name) and name not in P.PROVINCES:
            counts[name] += 1
    return counts.most_common(1)[0][0] if counts else None


#: 工业立市, 科技强市, 文旅兴县, 生态立区: a slogan (X builds/strengthens the city), not a place.
_SLOGAN = re.compile(r"[立兴强富活][市县区]$")


def slogan_place(name: str) -> bool:
    """slogan_place: a name shaped like a place that ends in a slogan's verb and 市/县/区 — 工业立市,
    科技强市, 旅游兴县 — is the slogan. Only for names the gazetteer does not list (绍兴市, 宜兴市 are)."""
    return bool(_SLOGAN.search(name))


#: 记者从市工信局获悉, 从市统计局了解到, 向市政府报告: a preposition right before 市/县/区, which opens the
#: body (市工信局) it points to.
_PREPOSITION_END = re.compile(r"[从向据由经对到自往朝于]([市县区])$")


def preposition_phrase(name: str) -> bool:
    """preposition_phrase: a name shaped like a place whose 市/县/区 follows a preposition — 记者从市
    (记者从市工信局获悉), 了解从县, 也得益于市 (也得益于市政府“一区两群”的…战略) — is a phrase: the preposition and the
    city's own body, no place. Only for names the gazetteer does not list (no division's name ends in 于市/于县/于区)."""
    return bool(_PREPOSITION_END.search(name))


#: submit_verb: "上报市2022年…预期目标" (reported to the city), "报送省", "呈报县", "抄送市" — a verb of reporting or handing up
#: before the superior government's 市/省/县/区 is a phrase: the verb and the government it reports to, no place.
_SUBMIT_END = re.compile(r"(?:上报|报送|呈报|呈送|报请|报经|提交|上交|上缴|抄送|抄报|转报|汇报|请示|移交|交由|递交|报给|报至)[省市县区州]$")


def submit_verb(name: str) -> bool:
    """submit_verb: a name shaped like a place whose 市/省/县/区 follows a verb of reporting or submitting (上报市 of
    "上报市里", 报送省) is the verb and the superior government, no place. Only for names the gazetteer does not list."""
    return bool(_SUBMIT_END.search(name))


#: title_word: 常务副市长, 副县长, 副区长 — an official's title, read as X副市 by shape, is no place.
_TITLE_END = re.compile(r"副[市县区州]$")


def title_word(name: str) -> bool:
    """title_word: a name shaped like a place whose 市/县/区 follows 副 (常务副市长 → 常务副市) is a title."""
    return bool(_TITLE_END.search(name))


#: period_head: "“十三五”末开发区", "年底前县" — a shaped name that opens with the tail of a time phrase (末, 底, 初) is that
#: phrase and a common noun, no place (no place name starts with these).
_PERIOD_HEAD = re.compile(r"^[末底初]")


def period_head(name: str) -> bool:
    """period_head: a name shaped like a place that opens with 末/底/初 — "末开发区" in "在“十三五”末开发区实现…" — is a
    time word's tail before a common noun."""
    return bool(_PERIOD_HEAD.match(name))


def listed_tail(name: str) -> tuple[int, str] | None:
    """listed_tail: a name shaped like a place whose tail is a place of the gazetteer by its full or short name —
    "促成泸州" (促成泸州化工园区…), "推进宜宾市" — is that place, the words before it a verb: (where the tail starts,
    the place's full name). The tail is two characters or more; None when no tail is listed."""
    g = gazetteer()
    for i in range(1, len(name) - 1):
        tail = normalise(name[i:]).text
        if tail in g.full:
            return i, g.full[tail][0].name
        if tail in g.short and tail not in _WORDLIKE:
            return i, g.short[tail].name
    return None


def shaped_place(name: str) -> bool:
    """A name that looks like a place by its shape alone: none of the exclusions of REGION_NAME
    (not 上市, 城市; no verb at its head: 坚持工业立市), of a place's length, no slogan, no
    preposition before its 市 (preposition_phrase: 记者从市), no title (title_word: 常务副市长) and no zone's word without a
    place at its head (headless_zone: 高新区, 高新技术产业开发区, 实现高新区)."""
    return not (P.NOT_REGION.search(name) or P.NOT_REGION_HEAD.search(name) or slogan_place(name)
                or preposition_phrase(name) or submit_verb(name) or title_word(name) or period_head(name) or own_word_tail(name)
                or headless_zone(name)) and _plausible_length(name)


_COLON_HEAD = re.compile(r"^\s*([\u4e00-\u9fff]{2,5})[:：]")


def colon_city(text: str) -> str | None:
    """colon_city: "广州：地区生产总值增长5%左右。", "苏州：…" — in a compilation, a line opening with a city's short form (a
    prefecture-level city's or a county-level city's, leading_place: 广州 → 广州市, 义乌 → 义乌市) and a colon is that city's,
    as "四川：…" is the province's. Only the whole head before the colon counts: "广州市区：", "会议：" name no city."""
    if not (m := _COLON_HEAD.match(text)):
        return None
    found = leading_place(m[1])
    return found[0] if found and found[1] == len(m[1]) else None


def colon_compilation(t: str) -> bool:
    """colon_compilation: a text of three lines or more that open with a different city and a colon (colon_city: 广州：…,
    深圳：…, 苏州：…) is a compilation of those cities' goals, as one naming four provinces is: each line is its city's
    (sentence_region)."""
    return len({c for line in t.split("\n") if (c := colon_city(line))}) >= 3


def own_word_tail(name: str) -> bool:
    """own_word_tail: "加之我市", "带动全县", "推动本区" — a name shaped like a place that ends in the text's own word (我市,
    全县, 本区) is a phrase with that word, not a place."""
    return len(name) >= 3 and name[-2] in "我全本该各"


_BODY_AFTER = re.compile(r"(?:委|人大|政协)?第?[一二三四五六七八九十]{1,3}届|委|人民政府|政府|人大|政协")


def city_body(t: str, end: int) -> bool:
    """city_body: "提请市十六届人大五次会议", "根据市委统一部署": 市 before a congress's ordinal or a body
    (市委, 市政府) is the city's own body; the characters before it ("提请", "根据") name no place. Only for
    names merely shaped like X市 — the gazetteer's cities (福州市委) are places."""
    return bool(_BODY_AFTER.match(t, end))


def _county(t: str) -> str | None:
    """The county (or district, or 旗) the text names most, by the gazetteer: 平罗县; and (``district_body``) a
    district whose name is also a common phrase (老城区, 新城区) when its own bodies follow it ("老城区两会召开",
    "老城区政府工作报告")."""
    counts = Counter(name for _, _, name in names_in(t)
                     if name.endswith(("县", "区", "旗")) and not name.endswith("自治区")
                     and any(p.level == "county" for p in gazetteer().places(name)))
    counts.update(district_body(t))
    return counts.most_common(1)[0][0] if counts else None


_DISTRICT_BODY = re.compile(r"(两会|政府|区委|人大|政协|区长|人民政府|党委)")


def district_body(t: str) -> Counter:
    """district_body: 老城区, 新城区, 市中区 … are left out of the gazetteer as common phrases; one directly
    followed by a district's own body or congress (两会, 政府, 区委, 人大) names the district."""
    return Counter(m[0] for m in re.finditer("|".join(sorted(GENERIC_NAMES, key=len, reverse=True)), t)
                   if m[0].endswith("区") and _DISTRICT_BODY.match(t, m.end()) and m[0] not in ("城区", "新区", "郊区", "矿区"))


#: County short forms that are common words first (公安局, 和平发展): never read as the county by themselves.
_WORDLIKE = frozenset("公安 通道 和平 新华 城关 长安 永安 光明 安全 平安 团结 前进 胜利 红旗 东方 中心 江南 江北 河东 河西 "
                      "城中 新城 解放 建设 发展 开发 青山 白云 东山 西山 南山 北山 文化 金山 新兴 华容 宁安 长宁 永和 泰和 富裕 "
                      "和顺 太和 大方 安宁 长寿 平和 友谊 宝山 普安 通化 丰收 和静 温泉 大同 安定 宁远 清水 石门 广安 永宁".split())


def county_short_name(t: str) -> str | None:
    """county_short_name: a text that speaks as a county (全县, 县委) but never names it in full — "龙游加快建设区域
    明珠城市", "亮明“龙游的态度”" — is the county whose short form (two characters or more, not a common word) it
    names at least twice, the most."""
    counts: Counter = Counter()
    for name, places in gazetteer().full.items():
        if name != normalise(name).text or not any(p.level == "county" for p in places) or not name.endswith("县"):
            continue
        form = short_form(name)
        if len(form) >= 2 and form not in _WORDLIKE and (n := t.count(form)) >= 2:
            counts[places[0].name] = n
    if not counts:
        return None
    (best, n), *rest = counts.most_common(2)
    return best if not rest or rest[0][1] < n else None


#: voiced_short_name: the words a text speaks as a district (全区, 区委) or a county (全县, 县委) in.
_DISTRICT_OWN = re.compile(r"全区|我区|本区|(?<!自治)(?:区委|区政府|区人民政府|代?区长)")  # 自治区政府 is a province's
_HIGHER_OWN = re.compile(r"全省|我省|本省|省委|省政府|省人民政府|自治区政府|自治区党委|全市|我市|本市|市政府|市人民政府|(?<![\u4e00-\u9fff]{2}市)市委")
_COUNTY_OWN = re.compile(r"全县|我县|本县|县委|县政府|县人民政府|代?县长")


@functools.cache
def _level_short_forms(level: str) -> dict[str, str]:
    """Short forms of the gazetteer's districts (level 区) or counties (县) that name one division only, are two characters
    or more, no common word (_WORDLIKE: 公安, 和平, 通道) and no short form of a province, prefecture or county-level city
    (those are read as such): 奎文 → 奎文区."""
    seen: dict[str, set[str]] = {}
    for name, places in gazetteer().full.items():
        for p in places:
            if p.level == "county" and p.name.endswith(level) and name == normalise(name).text and not p.name.endswith("自治区"):
                seen.setdefault(short_form(p.name), set()).add(p.name)
    return {form: names.pop() for form, names in seen.items()
            if len(names) == 1 and len(form) >= 2 and form not in _VOICED_WORDLIKE and form not in gazetteer().short}


#: voiced_short_name reads a short form even once, so more of the short forms that are words first are left out: 振兴 (乡村振兴,
#: 振兴区), 太平, 兴隆, 先进, 民主 ….
_VOICED_WORDLIKE = _WORDLIKE | frozenset("振兴 城区 高新 经济 新区 开放 先进 民主 新市 兴业 太平 兴隆 新丰 新民 永福 "
                                         "合作 江山 东方 同仁 海港 港口 新华 和平 铁西 铁东 中山 北塔 南岔 站前 向阳 红山 "
                                         "郊区 矿区 新荣 兴安 龙华 前进 东风 建华 建设 工农 胜利 红星 文峰 先锋 新建 南湖".split())


@functools.cache
def _NAME_POSITION(form: str) -> re.Pattern:
    """name_position: a short form read once must stand as a name — between a quote, punctuation or the text's edge and
    such a mark or 的/人 ("更好的奎文”", "奎文的发展"), after 的, 在, 是, 为, 把, 让, 和 or 与 at most — not inside a run of words
    (广西工业 holds no 西工, 宏伟蓝图 no 宏伟, 千亿大关 no 大关)."""
    return re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[的在是为把让和与]))" + re.escape(form) + r"(?=[^\u4e00-\u9fff]|[的人]|$)")


def voiced_short_name(t: str, province: str | None = None) -> str | None:
    """voiced_short_name: a text that speaks as a district (全区, 区委, 区政府) or a county (全县, 县委) and names no division of
    that level in full is the district or county whose short form it names — even once ("奋力开创“更好的奎文”建设新局面" in
    奎文区's work report that says 全区 and 区政府) — when that short form is the only one of its level in the text, names one
    division only and is no common word (公安, 通道, 和平). In an autonomous region 全区 is the region's voice, not a district's."""
    levels = [("县", _COUNTY_OWN)]
    if not (province or "").endswith("自治区"):
        levels.append(("区", _DISTRICT_OWN))
    higher = len(_HIGHER_OWN.findall(t))
    found: set[str] = set()
    for level, words in levels:
        if len(words.findall(t)) <= higher:
            continue  # the text speaks as a city or province more often (省政府, 全市): not as the district
        for form, name in _level_short_forms(level).items():
            if form in t and not re.search(re.escape(form) + "[区县市]", t) and _NAME_POSITION(form).search(t):
                found.add(name)
    return found.pop() if len(found) == 1 else None


#: 州委, 州政府 standing alone — not the tail of a city's name (苏州长江, 泰州长江 are no 州长; 郑州市委 is no 州委).
_OWN_PREFECTURE = re.compile(r"我州|全州|本州|(?<![\u4e00-\u9fff])(?:州党?委|州人?民?政府)|自治州(?=召开|党委|人民政府|政府|人大|两会)")


def prefecture_named(t: str) -> str | None:
    """prefecture_voice: a text that speaks as an autonomous prefecture (我州, 全州, 州委, "自治州召开…") is the
    prefecture it names — by its full name, its short form with 州 (昌吉州, 延边州) or, as people write, its first
    character with 州 (巴州 for 巴音郭楞蒙古自治州) — the one named most."""
    counts: Counter = Counter()
    for _, _, name in names_in(t):
        if name.endswith("自治州"):
            counts[name] += 1
    for name, places in gazetteer().full.items():
        if not name.endswith("自治州") or name != normalise(name).text:
            continue
        stem = short_form(name)
        for form in {stem + "州", stem[0] + "州"}:
            n = len(re.findall(re.escape(form) + r"(?![区市县])", t))
            if n:
                counts[places[0].name] += n
    if not counts and not _BANNER_VOICE_WORDS.search(t):  # a county's text (漾濞: 全县, 县委; 州委, 大理) is not the prefecture's
        counts = prefecture_bare_short(t)
    if not counts:
        return None
    (best, n), *rest = counts.most_common(2)
    return best if not rest or rest[0][1] < n else None


def prefecture_bare_short(t: str) -> Counter:
    """prefecture_bare_short: a text that speaks as an autonomous prefecture (我州, 州委) and names none by its full name or
    with 州 names it by its bare short form ("把省委、省政府对迪庆提出的要求" → 迪庆藏族自治州): each prefecture's short form of two
    characters or more, no common word, not the head of a county or city's name (迪庆县 would be no 迪庆), counted — in a text
    that does not speak as a county (漾濞彝族自治县's report says 州委 and 大理, and 全县, 县委: the county's)."""
    counts: Counter = Counter()
    for name, places in gazetteer().full.items():
        if not name.endswith("自治州") or name != normalise(name).text:
            continue
        stem = short_form(name)
        if len(stem) < 2 or stem in _WORDLIKE:
            continue
        if n := len(re.findall(re.escape(stem) + r"(?![区市县州])", t)):
            counts[places[0].name] += n
    return counts


_ZONE = re.compile(r"([\u4e00-\u9fff]{2,4}(?:高新区|经开区|开发区|高新技术产业开发区|经济技术开发区))")


_CITY_VOICE_WORDS = re.compile(r"全市|我市")
_ZONE_VOICE_WORDS = re.compile(r"全区|我区|本区|该区|[该全本]园区|(?<![\u4e00-\u9fff])园区")


def zone_outvoiced(t: str) -> bool:
    """zone_outvoiced: a text that speaks as the city (全市, 我市) more often than as a zone (全区, 我区, 该区, 该园区, 园区 on its
    own — not the tail of a park's name: 白酒产业园区, 化工园区) is the city's, though it names a zone of it twice ("以泸州国家
    高新区为例,到2020年,该园区…" in 泸州's briefing that says 全市 and 我市 three times)."""
    return len(_CITY_VOICE_WORDS.findall(t)) > len(_ZONE_VOICE_WORDS.findall(t))


def zone_voice(t: str) -> str | None:
    """zone_voice: a text about a development zone of a city (张家界高新区 named as the subject again and again), not a
    division of the gazetteer, speaks for the zone: the zone named at least twice, more often than its city by the
    city's own name (张家界 outside the zone's name) — not a text that speaks as the city (全市) and never as the zone
    (全区, 园区)."""
    counts = Counter(m[1] for m in _ZONE.finditer(t) if not is_place(m[1]) and shaped_place(m[1]))
    if not counts or zone_outvoiced(t):
        return None  # a city's text (全市) that names a zone of its own is the city's
    zone, n = counts.most_common(1)[0]
    if n < 2:
        return None
    stem = re.sub(r"(?:高新区|经开区|开发区|高新技术产业开发区|经济技术开发区)$", "", zone)
    return zone if t.count(stem) - n < n else None


_LONG_SUFFIX = re.compile(r"(?:新区|高新区|经开区|开发区|自治州|自治县|自治区)$")


def _plausible_length(name: str) -> bool:
    """Place names are short: 海淀区, 赣县, 宜春市, 呼和浩特市; 南昌高新区 and 自治州 may be longer."""
    if _LONG_SUFFIX.search(name) or name in P.PROVINCES:
        return True
    return len(name) - 1 <= (4 if name.endswith(("市", "州", "盟", "旗")) else 3)


_LEAD_WORD = re.compile(r"^(?:据|对|从|向|由|把|将|到|至|与|同|比|经|按|是|让|使|在|年|月|日)")  # 2025年新乡市: a date's tail


def place_name(text: str, m: re.Match) -> str:
    """The place a REGION_NAME match names, its edges fixed: 据赣州市 → 赣州市 (a function word before
    it is not part of it; 市/县/区 right after a 州 belongs to it)."""
    name = m[1]
    nxt = text[m.end(1): m.end(1) + 1]
    if name.endswith("州") and nxt in ("市", "县", "区"):
        name += nxt
    while (lead := _LEAD_WORD.match(name)) and len(name) - len(lead[0]) >= 3:
        name = name[len(lead[0]):]  # 在长沙市 → 长沙市; 同江市 stays
    return name


def _heuristic_region(text: str) -> tuple[int, int, str] | None:
    """The first name that looks like a place by its shape alone (REGION_NAME and its exclusions):
    南昌高新区 and the places no gazetteer lists."""
    for m in P.REGION_NAME.finditer(text):
        name = place_name(text, m)
        if not shaped_place(name):
            continue  # 工改造老旧小区, 美丽乡村整县: a long phrase that happens to end in 区 or 县; 工业立市
        if name.endswith(("省", "自治区")) and not any(name.startswith(short) for short in P.PROVINCE_SHORT.values()):
            continue  # 实施省大中型项目: there are 34 provinces, and this is none of them
        end = m.end(1) + (name[-1] != m[1][-1])  # 苏州 + 市
        if (tail := listed_tail(name)) is not None:  # 促成泸州 is 泸州市
            return end - len(name) + tail[0], end, tail[1]
        return end - len(name), end, name
    return None


#: agency_dateline: "新华网广州1月31日电", "新华社北京3月5日电", "中新网成都5月2日电" — where the agency filed from, not the region
#: its news is about (河源's meeting, reported from 广州).
_DATELINE = re.compile(r"(?<=[网社台报])[\u4e00-\u9fff]{2,4}(?=\d{1,2}月\d{1,2}日(?:电|讯))")


def without_dateline(text: str) -> str:
    """agency_dateline: ``text`` with the place of an agency's dateline blanked (same length: positions hold)."""
    return _DATELINE.sub(lambda m: "〇" * len(m[0]), text)


def region_in(text: str) -> str | None:
    """The first place ``text`` names: a name of the gazetteer (names_in) wherever it sits, else one
    that looks like a place (据赣州市 is 赣州市, 2025年新鄉市 is 新乡市). Where both read the same
    characters, the gazetteer's name wins (江苏溧阳市 is 溧阳市). An agency's dateline names no region (agency_dateline)."""
    text = without_dateline(text)
    listed = names_in(text)
    shaped = _heuristic_region(text)
    if shaped is not None and firm_name(text, shaped[1]):
        shaped = None  # firm_name: 宝鸡市金山钛业有限责任公司 is a firm
    if listed and (shaped is None or listed[0][0] <= shaped[0] or listed[0][0] < shaped[1]):
        return listed[0][2]
    if shaped is None:
        return None
    name = autonomous_alias(shaped[2]) or shaped[2]  # autonomous_alias: 澜沧县 → 澜沧拉祜族自治县
    for full, short in P.PROVINCE_SHORT.items():
        if name.startswith(short) and name[len(short):] in ("省", "市", "自治区", ""):
            return full
    return name


def _speakers(t: str, province: str | None) -> dict[str, str]:
    """Speaker name → region, from introductions such as 宜春市委常委、副市长龚法生."""
    names = set()
    for line in t.split("\n"):
        if m := P.SPEAKER_LINE.match(line):
            if not P.REPORTER.search(m[1]):
                names.add(m[1])
    found: dict[str, str] = {}
    for name in names:
        for m in re.finditer(rf"{P.TITLE_WORDS}{re.escape(name)}", t):
            window = t[max(0, m.start() - 30): m.start() + 1]
            window = re.split(r"[,。;:!?\n(]", window)[-1]
            region = region_in(window)
            if region is None and province and (window.startswith("省") or "省" in window[:3]):
                region = province
            if region:
                found[name] = region
                break
    return found


_COMPARED = re.compile(
    r"(?:高于|低于|快于|慢于|好于|超过|领先|居|位居|位列|列|保持在|在)?(?:全国|全省|全市|全区)(?:的)?"
    r"(?:平均水平|平均|第[一二三四五六七八九十\d]+位?|前列|前茅|领先)|(?:高于|低于|快于|慢于|好于|领先|领跑)(?:全国|全省|全市)|"
    r"占(?:全国|全省|全市)[\u4e00-\u9fff]{0,8}?(?:比重|份额|比例)|"
    r"占(?:到)?(?:全国|全省|全市)的?(?=\d)|"  # share_number: "占全市32.46%", "占全市1/8", "占到全省的1/4" — a share of the larger region
    r"(?:做到|达到)(?:全国|全省|全市)[\u4e00-\u9fff]{1,10}?的(?=\d)|"  # share_of_total: "总量做到全市工业经济总量的5%"
    r"全国统一大市场|全国(?:首[个家批例]|一流|重要)|"
    r"为(?:全国|全省|全区|全市)(?:、?(?:全国|全省|全区|全市))*[\u4e00-\u9fff]{0,10}?(?:挑大梁|做贡献|作贡献|作出贡献|多作贡献)|"
    r"在(?:全国|全省|全区|全市)(?:、(?:全国|全省|全区|全市))*[\u4e00-\u9fff]{0,12}?(?:格局|大局|版图)中|(?:全国|全省|全区)[一二三四五六七八九十\d]{1,2}(?:大|强)|"
    r"[与同和跟](?:全国|全省|全区|全市)(?:、?(?:全国|全省|全区|全市))*(?:一道|一起)?同步|"
    r"在(?:全国|全省|全区|全市)(?:、(?:全国|全省|全区|全市))*(?:范围内)?(?:率先|领先|首先|最先)")
#: contribution: "为全国全省高质量发展挑大梁、做贡献", "为全省之稳做贡献" — what a region gives the larger one; standing:
#: "在全省区域协调发展格局中占据关键地位" (a place within the larger one's pattern), ranking: "全省三大城市", "全国百强"
#: (one of the larger region's top N) — also of two at once ("在全省、全市发展大局中走在前", a district's place in both);
#: in_step: "确保与全国全省同步全面建成小康社会" (keeping pace with the larger ones).
#: share_of_total: "总量做到全市工业经济总量的5%左右" (璧山县's aim), "各项经济指标达到全市经济总量的40%以上" (a zone's) — an aim
#: to reach a share of the larger region's total: the larger region is measured, not speaking. Not 占全市…的N%: a city's own
#: text says so of its parts ("产值占全市工业总产值的64.9%").
#: first_within: "今年在全省率先建成小康社会" (大冶), "在全市范围内率先实现…" — doing a thing first among the larger region's
#: places measures the text's region against it, as a rank does; 全省 there is not the text's own voice.


def compared_away(t: str) -> str:
    """compared_away: the text without its comparisons — "高于全省平均水平", "居全国第3", "保持在全国平均水平
    以上" measure the region against a larger one; they do not make the text speak as that one (a city's
    report saying 全省平均 still speaks as the city, a province's saying 全国平均 as the province); nor do
    what a region joins or leads in (融入全国统一大市场, 全国首个)."""
    return without_salutation(_COMPARED.sub("", t))


#: salutation_line: "各县、区人民政府,长治高新区、长治经开区管委会,市直各有关单位:" — a notice's addressees, opening with 各
#: and ending with a colon: they receive the text; their bodies (区人民政府) and zones do not speak in it.
_SALUTATION = re.compile(r"(?m)^\s*各[^\n。]{2,80}[:：]\s*$")


def without_salutation(t: str) -> str:
    """The text without its salutation lines (salutation_line)."""
    return _SALUTATION.sub("", t)


def city_short_name(t: str) -> str | None:
    """city_short_name: a text that speaks as a city (全市, 市政府) but names no city in full — "对福建、福州
    工作的重要讲话" — is the prefecture-level city whose short form it names most (福州 → 福州市)."""
    counts: Counter = Counter()
    for form, place in gazetteer().short.items():
        if place.level == "prefecture" and len(form) >= 2 and form in t:
            n = _own_mentions(t, form, _PARTNER_LIST)
            if n > 0:
                counts[place.name] += n
    return counts.most_common(1)[0][0] if counts else None


_PARTNER_LIST = PARTNER_LIST

#: A prefecture named as the body whose instructions are followed: 郑州市委…全会精神, 对河南及郑州工作的重要论述.
_SUPERIOR_AFTER = r"(?:市委|市政府|市人民政府|工作的|重要讲话|重要指示|市、)"


def titled_prefecture(t: str, city: str | None) -> str | None:
    """titled_prefecture: a text that says 我市 under a title naming its prefecture by short form ("“十二五”营口打造十七大
    产业集群") and names a county-level city of that prefecture in full once or twice (盖州市, one of its places) speaks for
    the prefecture: the prefecture, when the title names it and not the county-level city, and the text names the
    prefecture (short form) more often than it."""
    if city is None:
        return None
    places = [p for p in gazetteer().places(city) if p.level == "county" and p.prefecture]
    if len(places) != 1:
        return None
    pref = places[0].prefecture
    own, above = short_form(city), short_form(pref)
    title = "\n".join(x for x in [x for x in t.split("\n") if x.strip()][:5] if len(x.strip()) <= 40)
    if above in title and own not in title and t.count(above) > t.count(own):
        return pref
    return None


def county_city_voice(t: str, city: str | None) -> str | None:
    """county_city_voice: a county-level city's text (荥阳's report: 市委六届八次全会, "建设荥阳实践") names its
    prefecture only as the body whose instructions it follows (落实郑州市委…全会精神, 对河南及郑州工作的重要论述);
    the county-level city it names, under that prefecture, is the city it speaks for — not the prefecture."""
    if city is None:
        return None
    pref = gazetteer().places(city)
    if not pref or pref[0].level != "prefecture":
        return None
    stem = short_form(city)
    if len(re.findall(re.escape(stem), t)) != len(re.findall(re.escape(stem) + "(?:市)?" + _SUPERIOR_AFTER, t)):
        return None  # the prefecture is named as a place too, not only as a superior
    own = Counter()
    for places in gazetteer().full.values():
        for place in places:
            if place.level == "county" and place.prefecture == city and place.name.endswith("市"):
                form = short_form(place.name)
                if len(form) >= 2 and form in t:
                    own[place.name] = t.count(form)
    return own.most_common(1)[0][0] if len(own) == 1 else None


#: A deadline: 到2025年, 2025年底/年末, and a year promised (力争2025年新增…, 确保在2025年…) — a year
#: right after a promise word is the year the promise is for.
_DEADLINE = re.compile(r"到(20\d{2})年|(?<!\d)(20\d{2})年(?:底|末)|(?:力争|确保|争取)在?(20\d{2})年")


def before_deadline(t: str) -> int | None:
    """before_deadline: the earliest year the text sets as a deadline (力争到2025年…, 2025年底前, 力争2025年新增…,
    and a five-year plan's end when the text's aims are set for its period: "「十二五」期间，煤炭产量稳定在3800万吨"):
    a text that prints no year of its own was written before its deadlines, so today's year is no guess
    for it when they are past."""
    years = [int(next(g for g in m.groups() if g)) for m in _DEADLINE.finditer(t)]
    years += [P.FIVE_YEAR_END[m[1]] for m in P.FIVE_YEAR.finditer(t)
              if _AIM_AFTER.match(t, m.end(), m.end() + 40) and "以来" not in t[m.end(): m.end() + 8]]
    return min(years) if years else None


_SPAN = re.compile(P.SPAN_AHEAD + r"|(?<![\d一二三四五六七八九十])([二两三四五六七八九十])年内")


def span_to_deadline(t: str) -> int | None:
    """span_to_deadline: a text with no year of its own that reaches its deadline in a span from now ("今后六年内…
    明年起到2015年") was written that many years before the deadline: the span, when the text names one (two to ten
    years) and only one."""
    spans = {cn_int(m[1] or m[2]) for m in _SPAN.finditer(t)}
    spans.discard(0)
    return spans.pop() if len(spans) == 1 and 2 <= next(iter(spans)) <= 10 else None


#: five_year_aims: a five-year period followed by what is to be reached in it (达到, 稳定在, 突破 …), not by 以来.
_AIM_AFTER = re.compile(r"[^。]*?(?:达到|稳定在|突破|力争|确保|保持|提高到|实现|年均增|超过|迈上|跨越|过\d)")


def document_context(t: str, year: int | None, region: str | None, today: int | None = None) -> Context:
    """``today``: the calendar year, the last resort when the text gives no year at all."""
    note = None
    date = None
    now = None
    if year is None and (found := document_year(t)) is not None:
        year, date, note = found
    elif year is None and today is not None:
        year, note = today, Note("extract.note.year_today", year=today)
        if (bound := before_deadline(t)) is not None and bound < today:
            year, note = bound, Note("extract.note.year_before_deadline", year=bound)
            now = today  # unknown_now: the deadline bounds the text's year; it is not the text's 今年
            if (span := span_to_deadline(t)) is not None:
                year = bound - span  # 今后六年内 … 到2015年: written in 2009
                now = None  # the span dates the text itself
    elif year is not None:
        date, _ = _document_date(t, year)
    province = _province(t, bool(_OWN_PROVINCE.search(compared_away(t))))
    if province is None and _OWN_PROVINCE.search(compared_away(t)):
        province = province_of_places(t)
    plan = None
    if m := P.YEAR_RANGE.search(t):
        a, b = int(m[1]), int(m[2])
        if a < b:
            plan = (a, b)
    ctx = Context(year, note, date, province, plan, _speakers(t, province), region)
    if now is not None and now != year:
        ctx.relative_year, ctx.relative_note = unknown_now(now)
    elif (present := december_present(t, note, year)) is not None:
        ctx.relative_year, ctx.relative_note = present, Note("extract.note.year_december_present", year=present, plan=year)
    ctx.term_from_year = congress_term(t, date)
    voice = spaced_zone_joined(compared_away(t))  # spaced_zone_name: "遂宁 经开区" is 遂宁经开区
    ctx.city_voice = bool(_OWN_CITY.search(voice) or _CITY_BUREAU.search(voice))
    ctx.city = _city(t) or (city_short_name(t) if ctx.city_voice else None)
    if ctx.city_voice and (titled := titled_prefecture(t, ctx.city)):
        ctx.city = titled
    if ctx.city_voice and (own := county_city_voice(t, ctx.city)):
        ctx.city = own
    ctx.province_voice = own_province_voice(voice, province)
    ctx.county_voice = bool(_OWN_COUNTY.search(voice))
    ctx.county = (_county(t) or (county_short_name(t) if re.search(r"全县|我县|县委|县政府", voice) else None)
                  or voiced_short_name(voice, province))
    ctx.zone = zone_voice(t)
    ctx.compilation = sum(short in t for short in P.PROVINCE_SHORT.values()) >= 4 or colon_compilation(t)
    ctx.horizon = plan_horizon(t, year)
    if region is None:
        ctx.scope, ctx.scope_note = document_scope(zone_interiors_masked(voice), province)  # listed_zone_interior
        if zone_over_named_most(ctx):
            ctx.scope, ctx.scope_note = ctx.zone, Note("extract.note.region_zone_voice", region=ctx.zone)
        elif (spoken := spoken_zone(voice)) and spoken != ctx.scope and not park_in_district(voice, ctx.scope, spoken):
            ctx.zone = spoken  # spoken_zone: 株洲经开区将…该区…, 示范区功能转换 — the zone, not its province or city
            ctx.scope, ctx.scope_note = spoken, Note("extract.note.region_zone_voice", region=spoken)
        elif (defined := defined_zone(voice)) and defined != ctx.scope:
            ctx.zone = defined  # defined_zone: 大兴生物医药产业基地(以下简称“基地”)…基地… — the base, not 北京市
            ctx.scope, ctx.scope_note = defined, Note("extract.note.region_zone_voice", region=defined)
        elif bare := city_bare_zone(voice, ctx.scope or ctx.city):  # the city read, or the one the text names (no scope)
            ctx.zone = bare  # city_bare_zone: 高新区召开…高新区提出 and 大连市 only in the zone's roles → 大连高新区
            ctx.scope, ctx.scope_note = bare, Note("extract.note.region_zone_voice", region=bare)
        if ctx.scope and ctx.scope == ctx.zone and (full := zone_full_name(t, ctx.scope)):
            ctx.zone = ctx.scope = full  # zone_full_name: 石河子开发区 → 石河子经济技术开发区, as the text spells it once
        if (town := town_voice(voice)) and (ctx.scope is None or town_outvoices(voice)) and not (ctx.zone and ctx.scope == ctx.zone):
            superior = ctx.county or ctx.city or ctx.scope  # town_voice: 柳市镇's own text — the town as printed
            ctx.scope, ctx.scope_note = town, (Note("extract.note.region_town_voice_in", region=town, superior=superior)
                                               if superior else Note("extract.note.region_town_voice", region=town))
            ctx.city_voice = ctx.county_voice = False  # 乐清市委常委 acts in the town's text; the text speaks as the town
        voiced = (ctx.city if ctx.city_voice else None) or (ctx.county if ctx.county_voice else None) or ctx.zone
        if ctx.scope is None and not voiced and (level := unnamed_voice(voice, province)):  # no voiced place read
            by_bodies = level != "zone" and not lowest_voice(voice, province)[1]  # 按照省委、市委部署: a city's or one under it
            ctx.unnamed = Note("extract.note.region_bodies_unnamed" if by_bodies else "extract.note.region_level_unnamed",
                               level=Note(LEVEL_NOTES[level]))  # unnamed_voice
            ctx.scope_note = ctx.scope_note or ctx.unnamed
    ctx.province_passing = None if ctx.province_voice else province_in_passing(t, province)
    return ctx


#: province_in_passing: the set phrases that name a province without speaking as it — a leader's visit or instructions
#: (考察安徽重要讲话精神, 在福建考察时的重要讲话精神, 对江西工作的重要要求) and the province's bodies the text obeys (江西省委部署).
_PASSING = ("(?:考察|视察|调研){p}(?:时|期间)?的?(?:重要讲话|重要指示|重要要求|讲话)(?:精神)?",
            "在{p}(?:考察|视察|调研)(?:时|期间)?的?(?:重要讲话|重要指示|重要要求|讲话)(?:精神)?",
            "对{p}工作的?重要(?:讲话|指示|批示|要求)(?:精神)?",
            "{p}(?:委|政府|人民政府)")


def province_in_passing(t: str, province: str | None) -> str | None:
    """province_in_passing: the first set phrase naming ``province`` when every mention of it (short or full name) stands in
    one (_PASSING: "深入落实习近平总书记考察安徽重要讲话精神", "江西省委部署") — the text names the province without speaking as
    it, so a region guessed from it is said to be a guess that --region should settle. None when the province is named
    anywhere else, or not at all."""
    if not province:
        return None
    short = P.PROVINCE_SHORT.get(province, province)
    names = "(?:" + "|".join(re.escape(x) for x in dict.fromkeys((province, short))) + ")"
    total = len(re.findall(re.escape(short), t))
    if not total:
        return None
    spans = []
    for shape in _PASSING:
        pattern = shape.format(p=names if "委" not in shape else re.escape(short) + "省?")
        spans += [(m.start(), m.end(), m[0]) for m in re.finditer(pattern, t)]
    spans = sorted({(a, b, x) for a, b, x in spans})
    inside = sum(1 for m in re.finditer(re.escape(short), t) if any(a <= m.start() < b for a, b, _ in spans))
    return spans[0][2] if spans and inside == total else None


_ZONE_TAIL = re.compile(r"(开发区)$")
_ZONE_FULL_MIDDLE = {"开发区": r"(?:经济技术|高新技术产业|经济|技术)"}


def zone_full_name(t: str, zone: str) -> str | None:
    """zone_full_name: a zone the text speaks as by the bare word 开发区 (石河子开发区) that it names in full elsewhere
    ("国家级石河子经济技术开发区") is printed in full — the one full name of that head; None when the text names none or two.
    高新区 and 经开区 are the zones' own short names and stay as the text writes them (如皋高新区)."""
    m = _ZONE_TAIL.search(zone)
    if m is None:
        return None
    head, kind = zone[: m.start()], m[1]
    full = {f.group(0) for f in re.finditer(re.escape(head) + _ZONE_FULL_MIDDLE[kind] + "开发区", t)}
    return full.pop() if len(full) == 1 else None


#: A dateline of November or December near the top: "台海网12月25日讯", "12月6日,…开幕".
_LATE_DATELINE = re.compile(r"(?<!\d)(1[12])月\d{1,2}日")
_FOR_NEXT_YEAR = ("extract.note.year_after_estimate", "extract.note.year_next_plan")


def december_present(t: str, note, year: int | None) -> int | None:
    """december_present: a text that speaks for the year after the one it reviews (year_end_estimate: "2025年,同安区预计…";
    next_year_plan) and is dated in November or December near its top (台海网12月25日讯) is written in the reviewed year: its
    今年 is that year ("成为全省今年唯一" of 2025), and 未来五年 and N年内 count from the year after it — the year planned, so
    同安区's 未来五年 run 2026–2030. A text of January (a congress reviewing the last year's estimates) keeps its year as its
    今年. Returns the year of the text's present, or None."""
    code = getattr(getattr(note, "phrase", None), "code", None)
    if year is None or code not in _FOR_NEXT_YEAR:
        return None
    head = t[:200]
    m = _LATE_DATELINE.search(head)
    if m is None or re.search(r"(?<!\d)(?:[1-9]|10)月\d{1,2}日", head[: m.start()]):
        return None
    return year - 1


#: congress_term: a congress of a party, a people's congress or a government's work report at its session.
_CONGRESS_WORDS = re.compile(r"代表大会|党代会|人代会|人大[一二三四五六七八九十\d]+次会议|政府工作报告")


#: national_session: the national people's congress and its CPPCC sit in early March — "十四届全国人大三次会议期间,全国人大
#: 代表、大同市委书记张强表示,…未来三年,大同新能源装机将达到1800万千瓦" (访谈时间: 2025年3月12日).
_NATIONAL_SESSION = re.compile(r"全国人大[^。\n]{0,4}?[一二三四五六七八九十\d]+次会议|全国政协[^。\n]{0,4}?[一二三四五六七八九十\d]+次会议|全国两会")


def congress_term(t: str, date: str | None) -> bool:
    """congress_term: "1月6日,中国共产党乐东黎族自治县第十四次代表大会开幕…描绘了未来五年的发展蓝图" — a congress held in January or
    February of its year reports on the term that year begins: its 未来五年 run from that year (2022–2026), as 今后五年 do. A
    text of later in the year (a news item of June: 长沙未来五年) counts 未来N年 from the year after. Needs the text's date.
    ``national_session``: a text of March from the national session (全国人大…次会议, 全国政协…次会议, 全国两会) speaks at the
    start of its year as a January congress does: 大同's secretary's 未来三年 of 2025-03-12 run 2025–2027."""
    if not date:
        return False
    head = t[:1500]
    return (date[5:7] in ("01", "02") and bool(_CONGRESS_WORDS.search(head))
            or date[5:7] == "03" and bool(_NATIONAL_SESSION.search(head)))


def unknown_now(today: int) -> tuple[int, Note]:
    """unknown_now: a text that prints no year, dated only by its earliest deadline (before_deadline: 到2025年), says when it
    was written nowhere — the deadline is a bound, not its 今年 ("今年牡丹江市将重点推进…项目82个" beside "到2025年,力争…" is not of
    2025). Its 今年/明年 keep the last-resort guess, today's year, with the note that asks for --year."""
    return today, Note("extract.note.year_today", year=today)


def park_in_district(t: str, scope: str | None, zone: str) -> bool:
    """park_in_district: a park or zone a district's text names in passing ("完成内江甜味食品产业园…建设" in 内江市市中区's
    congress news) is no region of the text: where the scope is a district the text names more often than the zone — by its
    full name, at least three times and more than twice the zone's — its 该区/全区 are the district's, not the park's. A
    zone's own text names the zone again and again (株洲经开区将…), not a district."""
    if not scope or not scope.endswith("区") or scope.endswith(("新区", "开发区", "高新区", "经开区", "园区", "自治区")):
        return False
    n = t.count(scope)
    return n >= 3 and n > 2 * t.count(zone)


def zone_over_named_most(ctx: Context) -> bool:
    """zone_over_named_most: a text that speaks for a zone of its city (zone_voice: 宝鸡高新区 named six times, 宝鸡 twice
    besides) and gives its scope only as the place it names most (no 全市) is the zone's: the city is named as the zone's
    own name."""
    phrase = getattr(ctx.scope_note, "phrase", None)
    if not ctx.zone or not ctx.scope or phrase is None or phrase.code != "extract.note.scope_named_most":
        return False
    stem = short_form(ctx.scope)
    return len(stem) >= 2 and ctx.zone.startswith(stem)


_NATIONAL_ISSUER = re.compile(r"^(?:国务院|中共中央|全国人大|国家发展改革委|国家发展和改革委员会|工业和信息化部|国家[\u4e00-\u9fff]{1,10}(?:委|局|部|署))|^[\u4e00-\u9fff]{2,8}部$|^各省、自治区、直辖市")
_NATIONAL_WORDS = re.compile(r"国内生产总值|全国|我国")
#: page_chrome_issuer: a web page's navigation line (返回顶部, 回到顶部, 页面底部) ends in 部 like a ministry but issues nothing.
_PAGE_CHROME_LINE = re.compile(r"^(?:返回|回到|跳到|跳转到|去)?(?:页面)?(?:顶部|底部|头部|尾部|全部)$")


#: local_department: a department of a local party committee or government ("中共贵州省委宣传部", "毕节市委组织部",
#: "县政府办公室…部") ends in 部 like a ministry but is the province's, city's or county's — no national body.
_LOCAL_DEPARTMENT = re.compile(r"[省市县区州旗](?:委|政府|人民政府)[\u4e00-\u9fff]{1,6}部$")


def national_issuer(line: str) -> bool:
    """national_issuer: a title or issuer line of a national body (国务院, 工业和信息化部, 各省、自治区、直辖市) — not a web
    page's navigation (返回顶部), which only looks like one (page_chrome_issuer), nor a local committee's department
    (local_department: 中共贵州省委宣传部)."""
    return (bool(_NATIONAL_ISSUER.search(line)) and not _PAGE_CHROME_LINE.match(line)
            and not _LOCAL_DEPARTMENT.search(line))
_OWN_PROVINCE = re.compile(r"我省|全省|本省|省人民政府|省政府|省长|全区|我区|自治区人民政府|自治区党委|自治区政府|自治区主席|"
                           r"省发展改革委|省[\u4e00-\u9fff]{2,8}厅(?:[、,，]|等)|省《政府工作报告》")  # 省发展改革委、省财政厅…负责
_CITY_BUREAU = re.compile(r"(?<![省部国])市[\u4e00-\u9fff]{1,3}局")
_OWN_CITY = re.compile(r"我市|全市|本市|市人民政府|市政府|市长|市委")
#: reported_county: a reporter's 该县 ("竹山县…获悉,该县明确2024年…主要预期目标") speaks of the county as 我县 would.
_OWN_COUNTY = re.compile(r"全县|我县|本县|该县|县委|县政府|县人民政府|县长|我区|本区|区委|区政府|区人民政府|区长|全旗|我旗|旗委|旗政府")


def _title_lines(t: str) -> list[str]:
    """Short lines at the top (title, issuer, date) and at the end (signature)."""
    lines = [x.strip() for x in t.split("\n") if x.strip()]
    return [x for x in lines[:15] + lines[-6:] if len(x) <= 40 and not re.search(r"[。！？!?；;]", x)]


def title_voice(line: str, county: bool, city: bool, province: bool) -> str | None:
    """title_voice: the place a title or issuer line names at the level the text speaks as — the county
    when it says 全县 (长垣县人民政府 … 全县), the city for 全市 ("江苏省昆山市2024年工作要点" … 全市 is
    昆山市, not 江苏省), the province for 全省/我省. A line naming several, the most specific of that level."""
    names = [n for _, _, n in names_in(line)]
    if not names and (r := region_in(line)):
        names = [r]
    if county and (hit := [n for n in names if n.endswith(("县", "区", "旗")) and not n.endswith("自治区")]):
        return hit[-1]
    if city and (hit := [n for n in names if n.endswith("市")]):
        return hit[-1]
    if province and (hit := [n for n in names if not n.endswith("市")]):
        return hit[0]
    return None


_COUNTRY_VOICE = re.compile(r"我国|国内生产总值|全国人民|国务院")


def named_province(t: str, province: str | None) -> str | None:
    """named_province: a text that names one province again and again (视察甘肃…新甘肃…甘肃段) and speaks
    for the country in no words of its own (我国, 国内生产总值) is that province's, even when it says 全国
    in passing ("深化全国一体化算力网络…建设") and never 全省."""
    if province is None or province not in P.PROVINCE_SHORT:
        return None
    if t.count(P.PROVINCE_SHORT[province]) < 2 or _COUNTRY_VOICE.search(t):
        return None
    return province


def province_of_places(t: str) -> str | None:
    """province_of_places: a text that speaks as a province (省发展改革委、省财政厅…负责) but never names it
    is the province of the cities it names — at least two of them (葫芦岛, 大连, 辽阳 → 辽宁省)."""
    cities: dict[str, str] = {}
    for _, _, name in names_in(t):
        for place in gazetteer().places(name):
            if place.level == "prefecture":
                cities[name] = place.province
    for form, place in gazetteer().short.items():
        if place.level == "prefecture" and len(form) >= 2 and form in t:
            cities[place.name] = place.province
    counts = Counter(cities.values())
    if not counts:
        return None
    best, n = counts.most_common(1)[0]
    return best if n >= 2 and n > sum(counts.values()) - n else None


def city_named_most(t: str, province: str) -> str | None:
    """city_named_most: the prefecture-level city of ``province`` that the text names at least three times, more
    often than its province and than the province's other cities together (济南 four times, 山东 twice → 济南市)."""
    counts: Counter = Counter()
    for form, place in gazetteer().short.items():
        if place.level == "prefecture" and place.province == province and len(form) >= 2:
            counts[place.name] = t.count(form)
    if not counts:
        return None
    city, n = counts.most_common(1)[0]
    prov = t.count(P.PROVINCE_SHORT.get(province, province))
    return city if n >= 3 and n > prov and n > sum(counts.values()) - n else None


def own_province_voice(t: str, province: str | None) -> bool:
    """province_voice: 我省, 全省, 省政府 … speak as a province; 全区 and 我区 only in an autonomous region's text — elsewhere
    they are a district's (黄州区's "全区上下")."""
    return any(m[0] not in ("全区", "我区") or (province or "").endswith("自治区") for m in _OWN_PROVINCE.finditer(t))




#: banner_voice: in an autonomous region 全区/我区/区委 are the region's own words; only a county's or banner's own words
#: (全旗, 我旗, 旗委, 全县, 县委) speak as the county there (新巴尔虎左旗: "旗委十五届六次全会暨全旗经济工作会议").
_BANNER_VOICE_WORDS = re.compile(r"全县|我县|本县|该县|县委|县政府|县长|全旗|我旗|本旗|旗委|旗政府|旗长")


_PREFECTURE_OWN_WORDS = re.compile(r"我州|全州|本州")


def prefecture_bodies_child(t: str, province: str | None, pref: str) -> str | None:
    """prefecture_bodies_child (child_over_parent): a text that names its autonomous prefecture's bodies only (州委、州政府,
    州人大代表 — no 我州, 全州, 本州) and that the region model reads as a division under that prefecture, named more often
    than the prefecture — "州委、州政府对珲春发展的关心…珲春将全面落实…" (珲春市's mayor, a delegate to the 州人大) — is that
    division's: the prefecture's bodies are its superiors there, not its voice. None otherwise (the prefecture's own text)."""
    if _PREFECTURE_OWN_WORDS.search(t):
        return None
    reading = read_region(t, province)
    if reading is None or not reading.region or pref not in ancestors(reading.region):
        return None
    return reading.region if reading.named > prefecture_named_count(t, pref) else None


def prefecture_named_count(t: str, pref: str) -> int:
    """How often ``t`` names the autonomous prefecture ``pref``: by its full name, its stem with 州 or its bare stem."""
    stem = short_form(pref)
    return max(t.count(pref), len(re.findall(re.escape(stem) + r"(?![区市县])", t)))


def document_scope(t: str, province: str | None) -> tuple[str | None, str | None]:
    """The region a document speaks for before any section names another.

    Rules, in order: an autonomous prefecture the text speaks as (prefecture_voice: 我州, 州委); a region named in a short
    title or issuer line (2026年江西省政府工作报告, 赣州市人民政府关于…) when the text speaks of 全省/全市; a national issuer
    (国务院, a ministry, the salutation 各省、自治区、直辖市); the region model (region_model.read_region: the level the text
    speaks at and the division of it named most, a child over its parent); then the narrower rules (_narrower_rules) for
    what the model leaves — and where it is unsure and they decide nothing, no region with the model's note."""
    own_city, own_prov = _OWN_CITY.search(t), own_province_voice(t, province)
    titles = _title_lines(t)
    own_county = _OWN_COUNTY.search(t)
    if ((_OWN_PREFECTURE.search(t) or aided_text(t)) and (pref := prefecture_named(t))
            and not prefecture_bodies_child(t, province, pref)):
        return pref, Note("extract.note.scope_prefecture_voice", region=pref)  # prefecture_voice: 我州, 自治州召开… → 巴州
    for line in titles[:15]:
        if r := title_voice(line, bool(own_county), bool(own_city), bool(own_prov)):
            return r, Note("extract.note.scope_title", region=r)
    if any(national_issuer(line) for line in titles):
        return "全国", Note("extract.note.scope_national_issuer")
    reading = read_region(t, province)
    if reading is not None and reading.region and reading.level == "province" and unnamed_voice(t, province):
        reading = None  # unnamed_voice: 按照省委、市委部署 beside 江西, or a zone's 管委会 and 全区 under 江苏省委, speak below the
        # province the model read by its bodies — as a city (or under one) or a zone the text never names
    if reading is not None and reading.region:
        if reading.level == "province" and not lowest_voice(t, province)[1] and (phrase := province_in_passing(t, reading.region)):
            # province_in_passing: 省委 its only words and 江西 only in 考察江西重要讲话精神 — a guess, said to be one
            return reading.region, Note("extract.note.region_province_passing", region=reading.region, phrase=phrase)
        return reading.region, reading.note()  # region_model: the level the text speaks at, its division named most
    if slogan := aims_slogan(t, province):  # aims_slogan: 全面建设社会主义现代化石城, at the level the text speaks at
        return slogan[0], Note("extract.note.scope_aims_slogan", region=slogan[0], phrase=slogan[1])
    region, note = _narrower_rules(t, province, own_city, own_prov, own_county)
    if region is None and reading is not None:
        return None, reading.note()  # unsure: the model names two alike and no narrower rule decides — it says so
    return region, note


def _narrower_rules(t: str, province: str | None, own_city, own_prov: bool, own_county) -> tuple[str | None, str | None]:
    """What the region model leaves to context's narrower rules: a text that speaks as a province by its bureaus
    (省发展改革委、省财政厅), a city named most beside its province with no voice words, a province named again and again,
    national words, and the place named most."""
    if own_prov and province:
        return province, Note("extract.note.scope_province_most", region=province)
    if province and not own_city and (city := city_named_most(t, province)):
        return city, Note("extract.note.scope_city_named", region=city)  # 济南 four times, 山东 twice, no 全省
    if (named := named_province(t, province)) and not own_city:
        return named, Note("extract.note.scope_province_most", region=named)
    if _NATIONAL_WORDS.search(t) and not own_city and not own_prov and not own_county:  # county_not_national: 我县…全国知名
        if province is None and (named := country_in_passing(t)):
            return named, Note("extract.note.scope_named_most", region=named)
        return "全国", Note("extract.note.scope_country")
    if province is None and not (own_city or own_prov or own_county) and (named := place_named_most(t)):
        return named, Note("extract.note.scope_named_most", region=named)  # named_most: 莆田市 …莆田…, no 全市
    return None, None


def country_in_passing(t: str) -> str | None:
    """country_in_passing: a national word said once, of a thing ("用到我国首艘航空母舰上": a firm's product), in a text that
    names one place again and again (自贡 nine times, no 全市) is no national voice: the text is that place's — the one
    place_named_most reads, named at least three times. Two national words or more (我国…全国) leave the text national."""
    if len(_NATIONAL_WORDS.findall(t)) > 1:
        return None
    named = place_named_most(t)
    if named is None:
        return None
    forms = {named, short_form(named)} if len(short_form(named)) >= 2 else {named}
    return named if max(t.count(f) for f in forms) >= 3 else None


@functools.cache
def _district_short_forms() -> dict[str, str]:
    """The short forms of districts (万州区 → 万州) that name one district only and are no common word."""
    seen: dict[str, set[str]] = {}
    for name, places in gazetteer().full.items():
        for p in places:
            if p.level == "county" and p.name.endswith("区") and name == normalise(name).text:
                seen.setdefault(short_form(p.name), set()).add(p.name)
    return {form: names.pop() for form, names in seen.items()
            if len(names) == 1 and len(form) >= 2 and form not in _WORDLIKE and form not in gazetteer().short}


def place_named_most(t: str) -> str | None:
    """named_most: a text that speaks as no place (no 全市, 全省, 全县) and names no province (else city_named_most weighs the
    city against its province) but names one city, county or district again and
    again — "莆田市第八屆人民代表大會…莆田2024年經濟工作…讓民營經濟成為莆田最大的優勢", "万州政府工作报告…万州工业" — is that
    place's: the one named most, by its full or short name, at least twice and more often than any other."""
    g = gazetteer()
    counts: Counter = Counter()
    for _, _, name in names_in(t):
        if any(p.level != "province" for p in g.places(name)):
            counts[name] += 1
    for form, place in g.short.items():
        if place.level != "province" and len(form) >= 2 and form not in _WORDLIKE and (n := t.count(form)):
            counts[place.name] = max(counts[place.name], n)
    for form, name in _district_short_forms().items():
        if n := t.count(form):
            counts[name] = max(counts[name], n)
    if not counts:
        return None
    (best, n), *rest = counts.most_common(2)
    return best if n >= 2 and (not rest or rest[0][1] < n) else None
