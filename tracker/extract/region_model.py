"""The region a text speaks for, read from the gazetteer's hierarchy rather than from special cases.

Four named steps (docs/extract.md, "The region model"):

- ``spoken_levels``: the levels the text speaks at, from its own words — 全县/我县/本县/该县/县长 (county; 全旗, 旗长 too),
  全区/我区/区长 (district; in an autonomous region these are the region's, a province's), 全市/我市/市长 (city),
  全州/我州/州长 (prefecture), 全省/我省/省长 (province). A level's bodies (县委, 市政府, 省委 …) count as its words too,
  though less: they are as often a superior's the text obeys ("按照中央和省委、省政府的决策部署" in a city's report).
  ``municipal_words``: in a province-level city (北京, 天津, 上海, 重庆) 全市/市委/市政府 are the 直辖市's — a province's
  words — so a county of it (忠县: "位居全市区县第四", "市委六届历次全会精神") speaks as its county, not as a city.
- ``named_divisions``: the divisions of one level the text names, each counted by its full name and by its short form
  (忠县 — a county of one character's stem, 漳州 for 漳州市, 商丘 …; the text is read normalised, so 漳州 is found in
  traditional characters too), within the text's province when it has one.
- ``child_over_parent``: the lowest level the text speaks at whose division is clearly named — named most among its
  level's, and at least as often as any division above it that the text names (忠县 five times, 重庆 three) — wins over
  its parents: a county's text that names its city or province is still the county's.
- ``unsure``: where a level the text speaks at names two divisions alike, the model gives no region and says so
  (Reading.region None, its note ``region_model_unsure``); a level that names none leaves the decision to the levels
  above it.

``read_region(t, province)`` runs the steps and returns a :class:`Reading`, or None when the text speaks at no level
(no own words at all: a national text, a list of places) — the rules of context.document_scope decide those.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from tracker.extract import patterns as P
from tracker.extract.gazetteer import (GENERIC_NAMES, Place, gazetteer, generic_districts_in, names_in, short_form,
                                      single_stem_counties)
from tracker.extract.notes import Note
from tracker.extract.text import normalise

#: Levels from the lowest up; county and district are of one rank (county-level divisions), city and prefecture of
#: one rank (a county-level city's 全市 is read at the city level too: its division is a 市 of the gazetteer).
LEVELS = ("county", "district", "city", "prefecture", "province")
RANK = {"county": 0, "district": 0, "city": 1, "prefecture": 1, "province": 2}
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")

#: Own words (全X, 我X, 本X, 该X, the head X长) and bodies (X委, X政府) of each level.
_OWN = {
    "county": re.compile(r"全县|我县|本县|该县|(?<!副)县长|全旗|我旗|本旗|该旗|(?<!副)旗长"),
    "district": re.compile(r"全区|我区|本区|该区|(?<![副自治])区长"),
    "city": re.compile(P.CITY_OWN),
    "prefecture": re.compile(r"全州(?!县)|我州|本州|(?<![\u4e00-\u9fff])州长"),  # 全州县 is 广西's county, no 全州
    "province": re.compile(r"全省|我省|本省|(?<!副)省长"),
}
_BODY = {
    "county": re.compile(r"县委|县政府|县人民政府|旗委|旗政府|旗人民政府"),
    "district": re.compile(r"(?<!自治)(?:区委|区政府|区人民政府)"),
    "city": re.compile(r"市委|市政府|市人民政府"),
    "prefecture": re.compile(r"(?<![\u4e00-\u9fff])(?:州党?委|州人?民?政府)"),
    "province": re.compile(r"省委|省政府|省人民政府|省发展改革委|省[\u4e00-\u9fff]{2,8}厅(?:[、,，]|等)|省《政府工作报告》"),
}
_AUTONOMOUS_OWN = re.compile(r"全区|我区|本区|自治区党委|自治区人民政府|自治区政府|自治区主席")


@dataclass(frozen=True)
class Level:
    """What the text says at one level: its own words and its bodies, counted."""

    name: str
    own: int
    bodies: int

    @property
    def spoken(self) -> bool:
        return self.own > 0


def spoken_levels(t: str, province: str | None) -> dict[str, Level]:
    """spoken_levels: each level's own words and bodies in ``t`` (a text with its comparisons taken out:
    context.compared_away). In an autonomous region 全区/我区 are the region's (province level), no district's;
    in a province-level city (municipal_words) the city's words are the 直辖市's (province level)."""
    autonomous = (province or "").endswith("自治区")
    municipal = province in MUNICIPALITIES
    counts = {name: [len(_OWN[name].findall(t)), len(_BODY[name].findall(t))] for name in LEVELS}
    if autonomous:
        counts["province"][0] += len(_AUTONOMOUS_OWN.findall(t))
        counts["district"] = [0, 0]
    if municipal:
        counts["province"][0] += counts["city"][0]
        counts["province"][1] += counts["city"][1]
        counts["city"] = [0, 0]
    if zone_speaker(t):
        counts["district"] = [0, 0]
    return {name: Level(name, *counts[name]) for name in LEVELS}


_ZONE_WORD = re.compile(r"高新区|经开区|开发区|示范区|新区|园区|综保区")


#: district_government: a district's own government and congress (区人民政府, 区第十二次党代会, 区人大); a zone has a 管委会 and a
#: 党工委 instead.
_DISTRICT_GOVERNMENT = re.compile(r"(?<![\u4e00-\u9fff])区(?:人民政府|第[一二三四五六七八九十]{1,3}次党代会|人大)|[,。;:]区(?:人民政府|人大)")


def zone_speaker(t: str) -> bool:
    """zone_words: 全区/区委 are a zone's, not a district's, in a text that names a zone's word (开发区, 高新区, 园区 …) and no
    district of the gazetteer in full ("顶效开发区…只要全区干部职工团结一致": the zone's 全区, no district's) — unless the text
    speaks with a district's government (district_government: "区人民政府要按照区第十二次党代会…" beside 国家公共文化服务体系示范区,
    a title the district strives for, no zone)."""
    if not _ZONE_WORD.search(t) or _DISTRICT_GOVERNMENT.search(t) or generic_districts_in(t):
        return False  # 内江市市中区 (city_generic_district) is a district in full, as 奎文区 is
    return not any(_level_of(p) == "district" for _, _, name in names_in(t) for p in gazetteer().places(name))


# --------------------------------------------------------------------------
# named_divisions


#: partner_region: a region right after a verb of working with another (积极参与北京…建设, 对接上海, 携手香港,
#: 融入长三角) is a partner of the text, not the region it speaks for; such mentions are not counted.
PARTNER_BEFORE = r"(?:参与|对接|携手|联合|融入|接轨|借鉴|对口支援|援助|学习)"
#: partner_region, for cities listed: "与泰州、无锡联合冲刺…" names 泰州 and 无锡 as partners (与 … 联合/合作).
PARTNER_LIST = r"(?:(?<=与)|(?<=与[\u4e00-\u9fff]{2})、|(?<=与[\u4e00-\u9fff]{3})、)(?=[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})*(?:联合|合作|共同))"


def partner_mentions(t: str, name: str) -> int:
    """How often ``t`` names ``name`` as a partner (partner_region), by that very spelling."""
    return len(re.findall(PARTNER_BEFORE + re.escape(name), t)) + len(re.findall(PARTNER_LIST + re.escape(name), t))


#: Short forms that are common words first (公安局, 和平发展, 通道): never counted as the division by themselves.
WORDLIKE = frozenset("公安 通道 和平 新华 城关 长安 永安 光明 安全 平安 团结 前进 胜利 红旗 东方 中心 江南 江北 河东 河西 "
                     "城中 新城 解放 建设 发展 开发 青山 白云 东山 西山 南山 北山 文化 金山 新兴 华容 宁安 长宁 永和 泰和 富裕 "
                     "和顺 太和 大方 安宁 长寿 平和 友谊 宝山 普安 通化 丰收 和静 温泉 大同 安定 宁远 清水 石门 广安 永宁 "
                     "振兴 城区 高新 经济 新区 开放 先进 民主 新市 兴业 太平 兴隆 新丰 新民 永福 合作 江山 同仁 海港 港口 "
                     "铁西 铁东 中山 北塔 南岔 站前 向阳 红山 郊区 矿区 新荣 兴安 龙华 东风 建华 工农 红星 文峰 先锋 新建 南湖".split())


def _level_of(place: Place) -> str:
    if place.level == "province":
        return "province"
    if place.level == "prefecture":
        return "city" if place.name.endswith("市") else "prefecture"
    if place.name.endswith("市"):
        return "city"  # a county-level city speaks of 全市
    if place.name.endswith("区") and not place.name.endswith("自治区"):
        return "district"
    return "county"


@functools.cache
def _short_forms(level: str) -> dict[str, str]:
    """Short forms of one level that name one division only, two characters or more and no common word: 漳州 → 漳州市,
    商丘 → 商丘市, 奎文 → 奎文区; a county's or district's short form also not a city's or province's (those read first)."""
    seen: dict[str, set[str]] = {}
    g = gazetteer()
    for name, places in g.full.items():
        if name != normalise(name).text:
            continue
        for p in places:
            if _level_of(p) == level:
                seen.setdefault(short_form(p.name), set()).add(p.name)
    out = {}
    for form, names in seen.items():
        if len(names) != 1 or len(form) < 2 or form in WORDLIKE or form in GENERIC_NAMES:
            continue
        if level in ("county", "district") and form in g.short:
            continue
        out[form] = next(iter(names))
    return out


#: What may not stand before or after a one-character county's name when it is one (和县级, 各县, 示范县, 县委).
_STEM_BEFORE_NOT = "和与及各本全我该每个市省州区管理取代范型强"
_STEM_AFTER_NOT = "级域城内外里委长政两乡区市"
#: Words that end in a one-character county's stem and stand before 县 as a level (示范县, 百强县 aside).
_STEM_WORDS = frozenset("示范 模范 典范 规范 防范 管理 治理 代理 取代 时代 现代 年代 信息 贸易 交易 容易 英雄 清单 名单 简单 "
                        "人文 公文 茶叶 烟叶 贡献 文献 休息 利息 婚礼 典礼".split())


def _single_stem_count(t: str, name: str, spans: list[tuple[int, int, str]] = ()) -> int:
    """How often a one-character county (忠县) stands as a name: not inside a longer name the gazetteer read (丹凤县 holds
    no 凤县), not after a word it ends (示范县) or a level word (各县), not before a level's tail (县级, 县委)."""
    n = 0
    for m in re.finditer(re.escape(name), t):
        if any(a <= m.start() < b for a, b, _ in spans):
            continue
        before = t[m.start() - 1] if m.start() else ""
        after = t[m.end()] if m.end() < len(t) else ""
        if before and (before in _STEM_BEFORE_NOT or before + name[0] in _STEM_WORDS
                       or t.count(before + name[0]) > t.count(before + name)):
            continue  # word_tail: 示范县 is a word and 县 a level, no 范县 — or a word the text also uses alone
        if after and after in _STEM_AFTER_NOT:
            continue
        n += 1
    return n


@functools.cache
def _name_position(form: str) -> re.Pattern:
    """name_position: a county's or district's short form, in a text that names another of its level in full but never
    this one, must stand as a name — after punctuation, the text's edge or 的/在/是/为/把/让/和/与, and before punctuation or 的/人/县/区 — not inside a
    run of words (资源开发 holds no 资源县, 宏伟蓝图 no 宏伟区)."""
    return re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[的在是为把让和与]))" + re.escape(form) + r"(?=[^\u4e00-\u9fff]|[的人]|$)")


_GENERIC_DISTRICT = re.compile("|".join(sorted((n for n in GENERIC_NAMES if n not in ("城区", "新区", "郊区", "矿区")), key=len,
                                              reverse=True)) + r"(?=两会|政府|区委|人大|政协|区长|人民政府|党委)")


def district_body(t: str) -> Counter:
    """district_body: a district whose name is also a common phrase (老城区, 新城区) is named when its own bodies follow it
    ("老城区两会召开", "老城区政府工作报告")."""
    return Counter(m[0] for m in _GENERIC_DISTRICT.finditer(t))


def named_divisions(t: str, level: str, province: str | None = None) -> Counter:
    """named_divisions: the divisions of ``level`` that ``t`` names, each counted by the more often of its full name and
    its short form (a one-character county — 忠县, 房县 — by its full name, not after 各/和/示范 nor before 级/委);
    within ``province`` when given (a 直辖市's counties are its own). Remembered for the last few texts (the model and
    unnamed_voice ask the same text for the same levels): a fresh Counter each time."""
    return Counter(_named_divisions(t, level, province))


@functools.lru_cache(maxsize=16)
def _named_divisions(t: str, level: str, province: str | None) -> Counter:
    full: Counter = Counter()
    g = gazetteer()
    spans = names_in(t)
    for _, _, name in spans:
        if any(_level_of(p) == level for p in g.places(name)):
            full[name] += 1
    short: Counter = Counter()
    for form, name in _short_forms(level).items():
        if form in t:
            if level in ("county", "district") and not full[name] and +full:
                short[name] = len(_name_position(form).findall(t))  # 资源 in 资源开发 is no 资源县 beside 丹凤县
            elif level in ("county", "district") and (n := t.count(form)) < 2:
                short[name] = len(_name_position(form).findall(t))  # once only: where it stands as a name (兴渝水泥厂 no 渝水区)
            else:
                short[name] = t.count(form) - partner_mentions(t, form)  # 与泰州、无锡联合: partners, not the text's
    if level == "county":
        for name in list(full):
            if name in g.former and name not in g.full:  # former_county: 璧山县 named, then 璧山 alone — the county's short form
                short[name] = max(short[name], t.count(short_form(name)))
        for name in single_stem_counties():
            if name in t and (n := _single_stem_count(t, name, spans)):
                full[name] = max(full[name], n)
    if level == "province":
        for name, form in P.PROVINCE_SHORT.items():
            if form in t:
                short[name] = t.count(form)
    if level == "district":
        full.update(district_body(t))
        for name, n in generic_districts_in(t).items():
            full[name] = max(full[name], n)  # city_generic_district: 内江市市中区, then 市中区 alone
    # full_name_first: named as often, a division the text names in full ranks before one it names only by a short form
    # (房县籍 beside a 南部 that stands like a name: 房县)
    for name in list(full):
        full[name] -= partner_mentions(t, name)
    full, short = +full, +short
    counts = Counter({name: max(full[name], short[name]) + (0.5 if full[name] else 0) for name in set(full) | set(short)})
    if province:
        counts = Counter({name: n for name, n in counts.items() if _province_of(name) in (province, None)})
    return +counts


def _province_of(name: str) -> str | None:
    if name in P.PROVINCE_SHORT:
        return name
    places = gazetteer().places(name) or ((single_stem_counties()[name],) if name in single_stem_counties() else ())
    provinces = {p.province for p in places}
    return provinces.pop() if len(provinces) == 1 else None


def ancestors(name: str) -> tuple[str, ...]:
    """The divisions above ``name`` by the gazetteer (忠县 → 重庆市; 竹山县 → 十堰市, 湖北省); () when unknown or ambiguous."""
    places = gazetteer().places(name) or ((single_stem_counties()[name],) if name in single_stem_counties() else ())
    if len(places) != 1:
        return ()
    p = places[0]
    return tuple(x for x in (p.prefecture, p.province) if x and x != p.name)


# --------------------------------------------------------------------------
# child_over_parent


@dataclass(frozen=True)
class Reading:
    """The model's answer: ``region`` (None when unsure), the ``level`` it speaks at, and why (``how``: a catalogue
    code of tracker/messages/extract.py)."""

    region: str | None
    level: str
    how: str
    named: int = 0

    def note(self) -> Note:
        return Note(self.how, region=self.region or "待定地区", level=Note(_LEVEL_NOTE[self.level]))


_LEVEL_NOTE = {"county": "extract.note.level_county", "district": "extract.note.level_district",
               "city": "extract.note.level_city", "prefecture": "extract.note.level_prefecture",
               "province": "extract.note.level_province"}
#: The levels' names in notes, with a zone's (unnamed_voice).
LEVEL_NOTES = {**_LEVEL_NOTE, "zone": "extract.note.level_zone"}


def tied_child(counts: Counter) -> str | None:
    """child_over_parent, in a tie: of two divisions named alike at the top, one the parent of the other (常州市 and its
    溧阳市, both 市 and both spoken of as 全市), the child."""
    (a, n), (b, m), *rest = counts.most_common(3)
    if rest and rest[0][1] == n:
        return None  # three alike
    if a in ancestors(b):
        return b
    if b in ancestors(a):
        return a
    return None


def _clear_top(counts: Counter) -> tuple[str, int] | None | bool:
    """The division named most, when it is named more often than any other; False when two are named alike."""
    if not counts:
        return None
    (best, n), *rest = counts.most_common(2)
    if rest and rest[0][1] == n:
        return False
    return best, n


def read_region(t: str, province: str | None) -> Reading | None:
    """The steps in order (the module's docstring): the lowest level the text speaks at whose division it names clearly —
    at least as often as any of that division's parents the text names — is the text's region (child_over_parent); a level
    that names two alike makes the model unsure; a level that names none passes to the level above."""
    levels = spoken_levels(t, province)
    spoken = sorted((lv for lv in levels.values() if lv.spoken), key=lambda lv: RANK[lv.name])
    by_bodies = not spoken
    if by_bodies:  # bodies_only: no level's own words — its bodies speak (县委 in 太和县's news, 区委 in 增城区's)
        spoken = sorted((lv for lv in levels.values() if lv.bodies), key=lambda lv: RANK[lv.name])
    if not spoken:
        return None
    above = Counter()
    for level in ("province", "prefecture", "city"):
        above.update(named_divisions(t, level, province))
    for lv in spoken:
        counts = named_divisions(t, lv.name, province)
        if not counts and province and lv.name in ("county", "district"):
            counts = outnamed_province(t, lv.name, province)
        if lv.name == "province" and province is None:
            counts = own_provinces(counts, t)
        if lv.name == "province" and not counts and province:
            if named_below(province, 2, t, province, at_least=3):
                if not _OWN["province"].search(t) and (child := obeying_child(province, 0, t, province)):
                    # 全区 once in 拉萨's report (西藏's word, or a district's), 拉萨 again and again; never over 全省/我省
                    return Reading(child, _level_of(_place(child)), "extract.note.region_model_obeys", 0)
                return None
            counts = Counter({province: 0})  # province_of_places: 全省 in a text that names its cities, never its province
        top = _clear_top(counts)
        if top is None:
            continue
        if top is False and (child := tied_child(counts)):
            top = child, counts[child]  # 溧阳市 and 常州市 named alike: the child (a county-level city), not its parent
        if top is False:
            return Reading(None, lv.name, "extract.note.region_model_unsure")
        name, n = top
        if passing_child(name, n, lv, levels, above):
            continue
        if n % 1 == 0 and any(RANK[x.name] > RANK[lv.name] and x.own >= lv.own > 0 for x in spoken):
            continue  # contested_voice: 全省 as often as 全市, and 武汉 named by its short form only — not clearly the city's
        if by_bodies and named_below(name, n, t, province):
            if child := obeying_child(name, n, t, province):
                return Reading(child, _level_of(_place(child)), "extract.note.region_model_obeys", n)
            return None  # superior_bodies, no one child clearly: 陆川县 and 福绵区 at 玉林市's meeting — left to context's rules
        if lv.name == "city" and any(name in ancestors(other) for other in counts):
            return None  # a prefecture and a county-level city of it (赣州市, 瑞金市): whose 全市 is left to context's rules
        return Reading(name, lv.name, "extract.note.region_model", n)
    return None


def outnamed_province(t: str, level: str, province: str) -> Counter:
    """province_outnamed: the province a text names most may be one it names in passing (北京 once in 天津北辰区's report:
    "抓住北京二环以内央企总部疏解"). A county's or district's text that names no division of its level within that province
    but one of another province clearly — at least twice and more often than the province itself (北辰 four times, 北京
    once) — speaks for that one; else nothing."""
    counts = named_divisions(t, level)
    top = _clear_top(counts)
    if not top:
        return Counter()
    name, n = top
    return Counter({name: n}) if n >= 2 and n > t.count(P.PROVINCE_SHORT.get(province, province)) else Counter()


def own_provinces(counts: Counter, t: str) -> Counter:
    """partner_province: in a text whose province is not known, a province named is its own only when it is above the
    cities and counties the text names (香港 in news of 绵阳's 涪城区 is a partner); with none named below, any."""
    lower = [d for level in ("county", "district", "city", "prefecture") for d in named_divisions(t, level)]
    if not lower:
        return counts
    return Counter({p: n for p, n in counts.items() if any(p in ancestors(d) for d in lower)})


def _place(name: str) -> Place:
    places = gazetteer().places(name) or ((single_stem_counties()[name],) if name in single_stem_counties() else ())
    return places[0]


def obeying_child(name: str, n: float, t: str, province: str | None) -> str | None:
    """superior_bodies: a text whose only level words are the bodies of ``name`` (省委、省政府) and that names one division
    under it at least three times, more often than ``name`` and than all the others under it together (牡丹江 beside
    黑龙江's 省委、省政府; 南阳 beside 河南省委) is that division's — the child obeying them, not the parent."""
    below: Counter = Counter()
    for level in LEVELS:
        if RANK[level] < RANK[_level_of(_place(name))]:
            below.update({d: m for d, m in named_divisions(t, level, province).items() if name in ancestors(d)})
    if not below:
        return None
    child, m = below.most_common(1)[0]
    others = sum(k for d, k in below.items() if d != child and child not in ancestors(d))  # 海林市 is 牡丹江's own
    return child if m >= 3 and m > n and m > others else None


def named_below(name: str, n: float, t: str, province: str | None, at_least: int = 2) -> bool:
    """superior_bodies: a division of a lower level than ``name``'s, under it, that ``t`` names more often than ``name``
    (牡丹江 beside 黑龙江's 省委、省政府) or twice at least (陆川县 and 福绵区 in news of 玉林市's meeting, each county's
    区委书记 speaking): the bodies may be theirs, not the text's own voice."""
    rank = RANK[_level_of(gazetteer().places(name)[0]) if gazetteer().places(name) else "province"]
    for level in LEVELS:
        if RANK[level] < rank and any((m > n or m >= at_least) and name in ancestors(d)
                                      for d, m in named_divisions(t, level, province).items()):
            return True
    return False


def passing_child(name: str, n: int, lv: Level, levels: dict[str, Level], above: Counter) -> bool:
    """passing_child: a child the text names in passing, not one it speaks as — a parent of it is named more often, and the
    parent's level has as many words of its own in the text as the child's or more (a province's report that says 全省 again and
    again and names one county's 全县 once). A county that says 全旗/我旗 four times and 全区 twice (新巴尔虎左旗 in
    内蒙古) speaks as the banner though it names 内蒙古 more."""
    for parent in ancestors(name):
        if above.get(parent, 0) <= n:
            continue
        level = "province" if parent in P.PROVINCE_SHORT else _level_of(gazetteer().places(parent)[0])
        if levels[level].own + levels[level].bodies >= lv.own + lv.bodies:
            return True
    return False


# --------------------------------------------------------------------------
# unnamed_voice and aims_slogan (issue #15, round region9): a text that speaks at a level but names no division of it


def lowest_voice(t: str, province: str | None) -> tuple[str, bool] | None:
    """The lowest level the text speaks at and whether by its own words (True) or, having none, by bodies only (False):
    own words first (全市, 我县, 全州 …), bodies (县委, 市委 …) when the text has no own words at any level; None when neither."""
    levels = spoken_levels(t, province)
    for own in (True, False):
        found = [lv for lv in levels.values() if (lv.own if own else lv.bodies)]
        if found:
            return min(found, key=lambda lv: RANK[lv.name]).name, own
    return None


def _speaking_body(t: str, level: str) -> bool:
    """A body of ``level`` (市委, 县政府 …) that is not addressed as one of many (各市委、市政府要…, 各设区市委: a province's or
    the country's text speaking to them)."""
    return any("各" not in t[max(0, m.start() - 4): m.start()] for m in _BODY[level].finditer(t))


#: A zone's own words: its 管委会 and 党工委, 全区/我区/本区 in a zone's text (zone_speaker), 全园区/本园区.
_ZONE_OWN = re.compile(r"管委会|党工委|全区|我区|本区|[全本该]园区")


#: whole_market: 全市场 / 全市场化 (the whole market: 全市场成交额) hold 全市 but name no city; 全市场监管 is 全市 + 市场监管.
_WHOLE_MARKET = re.compile(r"全市场(?!监管)")


def unnamed_voice(t: str, province: str | None) -> str | None:
    """unnamed_voice: the level a text speaks at by its own words — a city's (我市, 全市, 市长), a district's (全区, 区长), a
    prefecture's (全州), a county's (全县) — below the province, when it names no division of that level nor of any level
    below it (within its province): the text's region is that level's and unknown ("我市区位及国家战略叠加优势…" beside
    考察安徽重要讲话精神 and 省委 is an 安徽 city it never names, not 安徽省). None when it speaks as a province as well (全省 as its
    own word, not in a comparison) or names a division of its level. Divisions below its level that the text names are its
    parts ("我市要支持章贡区、南康区") — unless one is named three times or more (it may be the speaker, its 全市 a superior's)
    or the text speaks by bodies only. With bodies only (no own words at any level),
    the lowest level's bodies speak when a province is named above them and they are not addressed as many (各市委): "按照
    省委、市委部署" beside 江西 is a city's or a county's text under 江西 — unnamed at the city's level or below, not 江西省. A zone's text (zone_speaker: 全区 beside 开发区/园区 words, or its 管委会) that names no division below its
    province gives "zone" (the caller asks only when no zone was read by its name: context.zone_voice, zones.spoken_zone)."""
    t = _WHOLE_MARKET.sub("", t)  # whole_market: 全市场 (the whole market) is no city's 全市
    if (zone_speaker(t) and _ZONE_OWN.search(t) and not (province or "").endswith("自治区")
            and not spoken_levels(t, province)["province"].own):
        return None if any(named_divisions(t, lv, province) for lv in LEVELS if lv != "province") else "zone"
    found = lowest_voice(t, province)
    if found is None:
        return None
    level, own = found
    if level == "province" or spoken_levels(t, province)["province"].own:
        return None
    if not own and not (province and _speaking_body(t, level)):
        return None  # bodies only: a province named above them, and a body of the level not addressed (各市委)
    for lower in LEVELS:
        if RANK[lower] == RANK[level] and named_divisions(t, lower, province):
            return None
        if RANK[lower] < RANK[level] and (named := named_divisions(t, lower, province)):
            if not own or max(named.values()) >= 3:
                return None  # its parts (我市要支持章贡区、南康区) — unless one is named again and again and may be the speaker
    return level


#: aims_slogan: the set phrases in which a speaker names itself as the place its aims are for — 全面建设社会主义现代化石城,
#: 谱写中国式现代化石城篇章, 建设现代化美丽X, 奋力打造…的新X, 美丽X, 幸福X, 新X, 推动X高质量发展, 谱写新时代X高质量发展新篇章. ``X`` stands right after the
#: opener and before a tail (篇章, 建设, 的, 高质量发展, punctuation); it is checked against the gazetteer by slogan_places.
_SLOGAN_OPENERS = tuple(re.compile(x) for x in (
    r"(?:社会主义|中国式)?现代化(?:美丽|幸福|和美)?新?",
    r"(?<=[建设造写创推进])(?:美丽|幸福|和美)新?",
    r"(?:(?<=建设)|(?<=打造)|(?<=开创)|(?<=谱写)|(?<=奋进)|(?<=[“\"]))新",
    r"(?:打造|建设)[^，。；,;:：“”\"]{0,20}?的(?:美丽|幸福|和美)?新?",
    r"(?:推动|推进|促进|实现|引领|加快)(?=[\u4e00-\u9fff]{2,6}高质量发展)",
    r"谱写(?:新时代|新征程)?"))
_SLOGAN_TAIL = re.compile(r"(?:新?篇章|新篇|建设|实践|的|高质量发展|[，。；、,;:：“”\"」）)\s]|$)")
#: Verbs before 现代化… that make the place another's (partner_region: 助力/服务/融入/对接 …; comparison: 学习/借鉴 …).
_SLOGAN_PARTNER = re.compile(r"(?:助力|服务|融入|对接|支持|支撑|携手|参与|学习|借鉴|对标|赶超|比肩|看齐)[^，。；,;]{0,6}$")


def _slogan_place_name(x: str, province: str | None) -> str | None:
    """The division of the gazetteer ``x`` names — a full name or one level's unique short form (石城 → 石城县) — never a
    province (美丽江西 is the province's own slogan) nor a common word; within ``province`` when given."""
    if x in P.PROVINCE_SHORT or x in P.PROVINCE_SHORT.values() or x in WORDLIKE or x in GENERIC_NAMES:
        return None
    names = {p.name for p in gazetteer().places(x) if p.level != "province"}
    if x in single_stem_counties():
        names.add(x)
    for level in ("city", "prefecture", "county", "district"):
        if x in _short_forms(level):
            names.add(_short_forms(level)[x])
    if province:
        names = {n for n in names if _province_of(n) in (province, None)}
    return names.pop() if len(names) == 1 else None


def slogan_hits(t: str, province: str | None) -> list[tuple[str, str]]:
    """aims_slogan: the divisions a text names inside the set phrases of its own aims (_SLOGAN_OPENERS … _SLOGAN_TAIL), each
    with its phrase — the longest name that fits between opener and tail; not after a verb that makes the place a partner or
    a model (助力赣州高质量发展, 学习借鉴…新昆山)."""
    hits, ends = [], set()
    for opener in _SLOGAN_OPENERS:
        for m in opener.finditer(t):
            if m.end() in ends or _SLOGAN_PARTNER.search(t[max(0, m.start() - 8): m.start()]):
                continue
            ends.add(m.end())
            for n in range(6, 1, -1):
                x = t[m.end(): m.end() + n]
                if len(x) == n and (tail := _SLOGAN_TAIL.match(t, m.end() + n)) and (name := _slogan_place_name(x, province)):
                    end = tail.end() if tail[0] and tail[0][0] in "篇建实高新" else m.end() + n
                    hits.append((name, t[m.start(): end]))
                    break
    return hits


def slogan_places(t: str, province: str | None) -> Counter:
    """aims_slogan: how often each division stands in the text's own aims phrases (slogan_hits)."""
    return Counter(name for name, _ in slogan_hits(t, province))


def aims_slogan(t: str, province: str | None) -> tuple[str, str] | None:
    """aims_slogan: a text whose region no other rule reads, that names one division of its province (from the gazetteer)
    only or mainly inside the set phrases of its own aims — "全面建设社会主义现代化石城的关键之年", "奋力谱写中国式现代化石城篇章",
    "打造…的新赣州", "推动X高质量发展" — speaks for it, when it is at the level the text speaks at: at that level for own
    words (全县 and 现代化石城), at it or below for bodies only (省委, 市委 as superiors: a county's report under them). Not
    when the text plainly names another division at or below its level outside those phrases (a partner or a place compared
    named in full wins nothing, and a place plainly named wins over a slogan), nor when two divisions of that level share
    the phrases alike (a superior's slogan quoted beside the text's own — 全县 with 中国式现代化赣州篇章 and 现代化石城 — is not of
    its level). Returns the division and its first phrase."""
    voice = lowest_voice(t, province)
    if voice is None:
        return None
    level, own = voice
    hits = slogan_hits(t, province)

    def at_level(name: str) -> bool:
        rank = RANK[_level_of(_place(name))]
        return rank <= RANK[level] and not (own and rank != RANK[level])

    places = Counter(name for name, _ in hits if at_level(name))  # 谱写中国式现代化赣州篇章 quoted by 全县: its city's
    if not places:
        return None
    best = _clear_top(places)
    if not best and len(places) == 2 and (child := tied_child(places)):
        best = child, places[child]
    if not best:
        return None
    name, _ = best
    for lower in LEVELS:
        if RANK[lower] > RANK[level]:
            continue
        for other in named_divisions(t, lower, province):
            if other != name and other not in ancestors(name) and name not in ancestors(other):
                return None
    return name, next(phrase for x, phrase in hits if x == name)


#: town_voice: the words a town's (乡镇's, 街道's) own text speaks in, and the names of towns it may give.
_TOWN_VOICE = re.compile(r"全镇|我镇|本镇|镇党委|镇委|镇政府|镇人民政府|全乡|我乡|本乡|乡党委|乡政府|乡人民政府|全街道|街道党工委|街道办事处")
_TOWN_NAME = re.compile(r"(?:^|(?<=[\s，,。:：、年日]))([\u4e00-\u9fff]{2,3}?)(镇|乡|街道)(?=[\u4e00-\u9fff\d，,])(?![镇乡村])")
#: Words ending in 镇/乡 that name no town: 城镇, 乡镇, 村镇, 小城镇, 特色小镇, 重点镇, 城乡, 家乡, 下乡 …
_NOT_TOWN_STEM = re.compile(r"[城村小重乡镇下家故返回入全我本该每各]$|^[全我本该每各]|^(?:特色|重点|中心|建制|集镇|城乡|全国|新型|今年|明年|去年)")
_TOWN_SUBJECT = re.compile(r"(?:将|要|力争|确保|召开|提出|明确|党委|政府|人民政府|\d{4}年)")


def town_voice(t: str) -> str | None:
    """town_voice: a text that speaks as a town (全镇, 我镇, 镇党委, 全乡, 街道党工委 …, or names the town as its subject:
    "虎门镇将力争…", "柳市镇召开…") and names one town, street or township — X镇, X乡, X街道 after a line's start or a
    clause's — more than any other, is that town's: the name as printed (柳市镇, 虎门镇). No gazetteer lists towns, so the
    name is the text's; None when no town is named, or two are named alike, or the text never speaks as one."""
    names = Counter()
    subjects = 0
    for m in _TOWN_NAME.finditer(t):
        if _NOT_TOWN_STEM.search(m[1]) or P.NOT_REGION_HEAD.search(m[1]) or is_place_name(m[1] + m[2]):
            continue
        names[m[1] + m[2]] += 1
        subjects += bool(_TOWN_SUBJECT.match(t, m.end()))
    if not names:
        return None
    ranked = names.most_common(2)
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None
    if not (_TOWN_VOICE.search(t) or subjects >= 2):
        return None
    return ranked[0][0]


def is_place_name(name: str) -> bool:
    """A name the gazetteer lists (a county named 某乡县 is no town)."""
    return gazetteer().named(name)


_HIGHER_VOICE = re.compile(r"全市|我市|本市|全县|我县|本县|全区|我区|本区")


def town_outvoices(t: str) -> bool:
    """town_voice over a place read: a text that names its county or city (乐清市) but speaks as the town (全镇, 镇党委) more
    often than as any higher level (全市, 全县, 全区) is the town's, the place named its superior."""
    return len(_TOWN_VOICE.findall(t)) > len(_HIGHER_VOICE.findall(t))
