"""The gazetteer: China's provinces, prefecture-level cities and counties/districts by name.

The names come from ``data/divisions.tsv`` (国家统计局 2023年统计用区划代码, see its header for the
source and licence), read once, when a rule first asks (``gazetteer()``). Each name is known in the
form the extractor's patterns see (text.normalise of the name and of its traditional form, made with
hanziconv: 新鄉市 and 新乡市 are the same place).

Three named rules read it:

- ``names_in``: every full name in a text, wherever it sits — glued to a date or a number
  (2025年新乡市, 新乡市2025年), after a verb (推动新乡市) or after its province (河南省新乡市).
- ``leading_place``: a full name, or the short form of a province, a prefecture-level city or a county-level city
  (``county_city_short``: 张家港 for 张家港市, 义乌 for 义乌市 — not 合作, 江山, 安宁, words first) (新乡 for
  新乡市, 延边 for 延边朝鲜族自治州), at the very start of a text: a heading or a subject.
- ``parent_province``: the province a city or county belongs to, when its name is unique.

A name straddling a common word (新增城区 is no 增城区: ``straddled_word``) is not read.

Development zones are no divisions: ``data/zones.tsv`` (its sources in ``data/ZONES.md``) lists the national ones
(国家级经济技术开发区, 国家高新技术产业开发区, 国家级新区) and the zones the statistics code list carries beside counties,
each with its province, its prefecture and county where known, and the short forms texts use (株洲经开区, 东侨开发区).
``zone_table()`` reads it once; ``listed_zone`` looks a spelling up (zone_table: a zone by name with its parents). The
divisions above are read exactly as before: a zone's spelling that is a division's (浦东新区, 兰州新区) stays the division's.
Left out on purpose: short forms of counties and districts (公安, 通道, 和平 are words first), names
whose stem is one character (赵县, 芒市: too easily part of a longer word), and the names that are
also common phrases (新城区, 老城区, 市中区 …).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from tracker.extract.text import normalise

#: Real division names that are also common phrases of policy texts.
GENERIC_NAMES = frozenset("新城区 老城区 城区 矿区 郊区 东区 西区 市中区 新市区 城东区 城西区 城北区 城中区 城南区 新区".split())
_SUFFIX = re.compile(r"(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|林区|特区|省|市|县|区|旗|盟|州)$")
#: The 56 nationalities, as autonomous prefectures and counties name them (延边朝鲜族自治州, 伊犁哈萨克自治州).
_NATIONALITIES = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 "
    "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 "
    "塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各"
).split()
_ETHNIC_TAIL = re.compile(
    r"^(?P<stem>[\u4e00-\u9fff]{2,}?)(?:(?:" + "|".join(sorted(_NATIONALITIES, key=len, reverse=True)) + r")族?)+(?:自治州|自治县|自治旗)$"
)
#: ethnic_district_short: a district named for a nationality (管城回族区, 顺河回族区, 瀍河回族区, 梅里斯达斡尔族区) is written by
#: its own texts with the nationality left out (管城区: "2024管城区两会闭幕"): stem and 区 name it in full, as 黔南州 names
#: 黔南布依族苗族自治州 — unless that form is another division's name.
_ETHNIC_DISTRICT = re.compile(
    r"^(?P<stem>[\u4e00-\u9fff]{2,}?)(?:" + "|".join(sorted(_NATIONALITIES, key=len, reverse=True)) + r")族区$"
)
#: The character after a name that makes it part of a longer word: 东方市场, 提高县域, 新兴城际.
_GLUED_AFTER = frozenset("场值面域城际")
#: Before a name ending in 城市, a character that may stand there (沿海城市 and 新兴城市 are no places).
_BEFORE_CITY_OK = frozenset("年月日据对从向由把将到至与同比经按是让使在和及或、省市州区县盟旗")


@dataclass(frozen=True)
class Place:
    name: str  # 新乡市
    level: str  # province, prefecture or county
    province: str  # 河南省 (a province is its own)
    prefecture: str | None = None  # 新乡市 for 长垣市; None for provinces, prefectures and counties directly under a province


def short_form(name: str) -> str:
    """新乡市 → 新乡, 延边朝鲜族自治州 → 延边, 广西壮族自治区 → 广西, 大兴安岭地区 → 大兴安岭."""
    if m := _ETHNIC_TAIL.match(name):
        return m["stem"]
    return _SUFFIX.sub("", name)


@dataclass
class Gazetteer:
    full: dict[str, tuple[Place, ...]]  # every form of a full name (normalised) → its places
    short: dict[str, Place]  # short forms of provinces, prefectures and county-level cities (normalised) → the place
    longest: int
    former: dict[str, tuple[Place, ...]]  # former_county: 璧山县 (now 璧山区) → the county, printed as the text names it

    def places(self, name: str) -> tuple[Place, ...]:
        return self.full.get(name) or self.former.get(name, ())

    def named(self, name: str) -> bool:
        """A full name or a former county's (former_county)."""
        return name in self.full or name in self.former


def _forms(name: str) -> set[str]:
    from hanziconv import HanziConv

    return {normalise(name).text, normalise(HanziConv.toTraditional(name)).text}


def _read() -> list[tuple[str, str, list[str]]]:
    text = resources.files("tracker.extract").joinpath("data/divisions.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        province, prefecture, counties = (line.split("\t") + ["", ""])[:3]
        rows.append((province, prefecture, counties.split()))
    return rows


#: county_city_short: county-level cities whose short form is a word or a mountain first (合作共赢, 江山, 安宁, 东方, 一视同仁,
#: 井冈山精神): not read as the city at the start of a heading or subject.
_CITY_WORDS = frozenset("合作 江山 安宁 东方 新星 灯塔 白杨 同仁 建德 龙井 沙河 永康 阳春 新民 明光 龙泉 安国 福安 兴化 双河 "
                        "大安 永安 开平 高安 清镇 广德 韶山 庐山 峨眉山 五指山 井冈山 武夷山 香格里拉".split())


#: national_new_area: 国家级新区 that the statistics code list carries as no division of their own (雄安新区 spans 雄县, 容城县
#: and 安新县; 西咸新区, 贵安新区 likewise) and whose name begins with no place: a text that speaks for one (雄安新区's news of its
#: projects) names it as a region, spelled in full. The new areas that begin with a place (重庆两江新区, 青岛西海岸新区) or are
#: divisions already (浦东新区, 滨海新区) are read as before.
NEW_AREAS = (("河北省", "雄安新区"), ("陕西省", "西咸新区"), ("贵州省", "贵安新区"), ("四川省", "天府新区"),
             ("湖南省", "湘江新区"), ("江西省", "赣江新区"), ("云南省", "滇中新区"))


@functools.cache
def gazetteer() -> Gazetteer:
    """The gazetteer, read from the package data the first time it is needed."""
    full: dict[str, list[Place]] = {}
    short: dict[str, Place] = {}

    def add(place: Place) -> None:
        if place.name in GENERIC_NAMES or len(short_form(place.name)) < 2:
            return
        for form in _forms(place.name):
            if place not in full.setdefault(form, []):
                full[form].append(place)
        if place.name.endswith("自治州") and (stem := short_form(place.name)) != place.name:
            for form in _forms(stem + "州"):  # prefecture_stem: 黔南州, 恩施州, 大理州 — the stem and 州 name it in full
                if form not in full:
                    full[form] = [place]
        if (m := _ETHNIC_DISTRICT.match(place.name)) and not any(f in full for f in _forms(m["stem"] + "区")):
            for form in _forms(m["stem"] + "区"):  # ethnic_district_short: 管城区 names 管城回族区 in full
                full[form] = [place]
        if place.level != "county" or place.name.endswith("市") and short_form(place.name) not in _CITY_WORDS:
            for form in _forms(short_form(place.name)):
                if form not in short or place.level == "province" or short[form].level == "county" and place.level == "prefecture":
                    short[form] = place  # 吉林 and 海南 are provinces first; a prefecture before a county-level city

    rows = _read() + [(province, "", [area]) for province, area in NEW_AREAS]
    for province in dict.fromkeys(r[0] for r in rows):
        add(Place(province, "province", province))
    for province, prefecture, counties in rows:
        if prefecture:
            add(Place(prefecture, "prefecture", province))
        for county in counties:
            add(Place(county, "county", province, prefecture or None))
    _autonomous_stems(full)
    _banner_abbreviations(full)
    former = _former_counties(full)
    return Gazetteer({k: tuple(v) for k, v in full.items()}, short, max(map(len, full)), former)


#: banner_abbreviation: the parts of a banner's (or county's) name that its common abbreviation keeps one character of — a
#: stem, then 左/右 (左翼/右翼) and 前/中/后: 阿拉善|左|旗 → 阿左旗, 科尔沁|左翼|中|旗 → 科左中旗, 喀喇沁|左翼 (自治县) → 喀左县;
#: a leading 东/西 before the stem: 东|乌珠穆沁|旗 → 东乌旗; a 联合旗 joins two names of equal length: 达尔罕|茂明安 → 达茂旗.
_BANNER_PARTS = re.compile(r"^(?P<stem>[\u4e00-\u9fff]{2,}?)(?P<side>左翼|右翼|左|右)?(?P<rank>[前中后])?$")
_EAST_WEST = re.compile(r"^(?P<dir>[东西])(?P<stem>[\u4e00-\u9fff]{3,})$")


def banner_abbreviation(name: str) -> str | None:
    """banner_abbreviation: the usual abbreviation of a banner or county whose name is made of parts — the first character
    of each part and its suffix (阿拉善左旗 → 阿左旗, 土默特右旗 → 土右旗, 科尔沁左翼中旗 → 科左中旗, 达尔罕茂明安联合旗 → 达茂旗,
    东乌珠穆沁旗 → 东乌旗, 喀喇沁左翼蒙古族自治县 → 喀左县); None for a name of one part (准格尔旗, 左云县, 镶黄旗)."""
    tail = "旗" if name.endswith("旗") else "县" if name.endswith("县") else None
    if tail is None:
        return None
    stem = short_form(name)
    if stem.endswith("联合"):
        united = stem[:-2]
        half = len(united) // 2
        return united[0] + united[half] + tail if len(united) >= 4 and len(united) % 2 == 0 else None
    if m := _EAST_WEST.match(stem):
        return m["dir"] + m["stem"][0] + tail
    m = _BANNER_PARTS.match(stem)
    if not m or not (m["side"] or m["rank"]) or len(m["stem"]) < 2:
        return None
    return m["stem"][0] + (m["side"] or "")[:1] + (m["rank"] or "") + tail


def _banner_abbreviations(full: dict[str, list[Place]]) -> None:
    """banner_abbreviation: each abbreviation that exactly one county or banner has, and that is no division's name, is a
    full name of it (阿左旗 names 阿拉善左旗)."""
    by_form: dict[str, set[Place]] = {}
    for places in list(full.values()):
        for p in places:
            if p.level == "county" and (form := banner_abbreviation(p.name)):
                by_form.setdefault(form, set()).add(p)
    for form, places in by_form.items():
        if len(places) == 1 and not any(f in full for f in _forms(form)):
            for f in _forms(form):
                full[f] = list(places)


#: former_county: district names that are no county's former one — a 新区, 林区, 特区 or 地区 was never an X县.
_NOT_FORMER_COUNTY = ("新区", "自治区", "林区", "特区", "地区")


def _former_counties(full: dict[str, list[Place]]) -> dict[str, tuple[Place, ...]]:
    """former_county: a county since made a district (璧山县 → 璧山区 in 2014, 大洼县 → 大洼区 in 2016) is written by the texts
    of its county years as X县, and the statistics code list (a names-only snapshot, no history) has only X区. A spelling X县
    that is no division's name, where the gazetteer has a district X区 with a stem of two characters or more, names that
    district — printed as the text names it (璧山县, same province and prefecture), since that is the name its users read.
    Kept apart from ``full`` (the rules that list short forms of divisions see the district once, as before); read where
    names are read: ``names_in``, ``leading_place``, ``places``, ``is_place``."""
    added: dict[str, list[Place]] = {}
    for places in list(full.values()):
        for p in places:
            if p.level != "county" or not p.name.endswith("区") or p.name.endswith(_NOT_FORMER_COUNTY):
                continue
            stem = short_form(p.name)
            if len(stem) < 2 or p.name != stem + "区" or any(f in full for f in _forms(stem + "县")):
                continue
            former = Place(stem + "县", "county", p.province, p.prefecture)
            for f in _forms(former.name):
                if former not in added.setdefault(f, []):
                    added[f].append(former)
    return {k: tuple(v) for k, v in added.items()}


def _autonomous_stems(full: dict[str, list[Place]]) -> None:
    """autonomous_county_stem: an autonomous county or banner is written by its own texts with its nationalities left out —
    三江县 for 三江侗族自治县, 峨山县 for 峨山彝族自治县, 威宁自治县, 鄂温克旗 — and the stem with 县 (自治县) or 旗 names it in full,
    as 黔南州 names its prefecture (prefecture_stem): added to ``full`` when exactly one autonomous county has the stem and the
    spelling is no other division's name."""
    by_stem: dict[str, set[Place]] = {}
    for places in list(full.values()):
        for p in places:
            if p.level == "county" and p.name.endswith(("自治县", "自治旗")):
                by_stem.setdefault(short_form(p.name), set()).add(p)
    for stem, places in by_stem.items():
        if len(places) != 1 or len(stem) < 2:
            continue
        (place,) = places
        tails = ("县", "自治县") if place.name.endswith("自治县") else ("旗", "自治旗")
        for tail in tails:
            if any(f in full for f in _forms(stem + tail)):
                continue
            for form in _forms(stem + tail):
                full[form] = [place]


#: Words of plans whose second character starts a place's name: 新增城区 is "new urban area", not
#: 增城区; 新建德… and 召开封… likewise (straddled_word).
_STRADDLED = frozenset("新增 净增 倍增 递增 新建 扩建 改建 续建 召开 展开 公开 放开".split())


def straddled_word(text: str, start: int) -> bool:
    """straddled_word: a name whose first character ends a common word with the character before it
    (新增城区 → not 增城区, 扩建平… → not 建平县) is part of that word, not a place."""
    return start > 0 and text[start - 1:start + 1] in _STRADDLED


def _accept(text: str, start: int, end: int) -> bool:
    if end < len(text) and text[end] in _GLUED_AFTER:
        return False
    if straddled_word(text, start):
        return False
    if text.endswith("城市", start, end) and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":
        return text[start - 1] in _BEFORE_CITY_OK
    if _FIRM_AFTER.match(text, end):
        return False  # firm_name
    if location_word(text, end):
        return False
    return True


def location_word(text: str, end: int) -> bool:
    """location_word: a district's name before 位 is the word 区位 (location) after a place's short name — "璧山区位交通图",
    "港口区位并没有…" (a port's location, not 港口区) — unless 于 follows: "朝阳区位于北京东部" is the district."""
    return text[end - 1:end] == "区" and text[end:end + 1] == "位" and text[end + 1:end + 2] != "于"


#: firm_name: a place's name that begins a firm's ("宝鸡市金山钛业有限责任公司", "包头市XX集团") names the firm, not a region.
#: firm_bracket: the firm's kind may stand in brackets ("北京同仁堂(集团)有限责任公司").
_FIRM_AFTER = re.compile(r"[\u4e00-\u9fff]{1,10}?[(（]?(?:有限责任公司|股份有限公司|有限公司|集团|公司)")


def firm_name(text: str, end: int) -> bool:
    """firm_name: the place name ending at ``end`` begins a firm's name (…金山钛业有限责任公司)."""
    return bool(_FIRM_AFTER.match(text, end))


def name_ending_at(text: str, end: int, lo: int = 0) -> tuple[int, str] | None:
    """The longest full name that ends at ``end`` (and starts at ``lo`` or later)."""
    g = gazetteer()
    for start in range(max(lo, end - g.longest), end - 1):
        if g.named(text[start:end]) and _accept(text, start, end):
            return start, text[start:end]
    return None


_LAST_CHARS = re.compile(r"[省市县区旗盟州]")


def names_in(text: str) -> list[tuple[int, int, str]]:
    """names_in: every full name in ``text`` as (start, end, name), left to right, not overlapping;
    where two overlap the longer wins (长沙市 over 沙市). The name is the simplified one (新鄉市 → 新乡市)."""
    found: list[tuple[int, int, str]] = []
    lo = 0
    for m in _LAST_CHARS.finditer(text):
        end = m.end()
        if (hit := name_ending_at(text, end, lo)) is None:
            continue
        start, name = hit
        if found and start < found[-1][1]:
            continue
        found.append((start, end, gazetteer().places(name)[0].name))
        lo = end
    return found


def leading_place(text: str) -> tuple[str, int] | None:
    """leading_place: the place a text opens with — a full name (新乡市, 长垣市) or the short form of a
    province or prefecture-level city (新乡, 长沙) — as (the full name, how many characters it took).
    A short form is not taken when it starts a longer name (长沙县 is not 长沙)."""
    g = gazetteer()
    for n in range(min(len(text), g.longest), 1, -1):
        head = text[:n]
        if (head in g.full or head in g.short) and _FIRM_AFTER.match(text, n):
            return None  # firm_name: 宝鸡市金山钛业有限责任公司…
        if g.named(head) and _accept(text, 0, n):
            return g.places(head)[0].name, n
        if head in g.short:
            return g.short[head].name, n
    return None


def parent_province(name: str) -> str | None:
    """parent_province: 新乡市 → 河南省, 长垣市 → 河南省; None when the name is unknown or names places
    in two provinces (朝阳区: 北京市 and 吉林省)."""
    provinces = {p.province for p in gazetteer().places(name)}
    return provinces.pop() if len(provinces) == 1 else None


def is_place(name: str) -> bool:
    return gazetteer().named(name)


@dataclass(frozen=True)
class Zone:
    name: str  # 长寿经济技术开发区, as its source spells it
    kind: str  # etdz, hitech, new_area or coded (data/zones.tsv's header)
    province: str  # 重庆市
    prefecture: str | None  # 重庆市 (a 直辖市 is its zones' city); None when no single one is known
    county: str | None  # 长寿区, when the zone's name begins with it
    forms: tuple[str, ...]  # the short forms: 长寿经开区, 长寿开发区, 长寿经济开发区
    own: str | None = None  # its own name where a local source gives one that differs (东侨经济开发区)


def _read_zones() -> list[Zone]:
    text = resources.files("tracker.extract").joinpath("data/zones.tsv").read_text(encoding="utf-8")
    zones = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, province, prefecture, county, forms, own = (line.split("\t") + [""] * 7)[:7]
        zones.append(Zone(name, kind, province, prefecture or None, county or None, tuple(forms.split()), own or None))
    return zones


@functools.cache
def zone_table() -> dict[str, Zone]:
    """zone_table: every spelling of a listed zone — its name and its short forms, simplified and traditional — → the zone.
    A spelling that is a division's (浦东新区, 兰州新区) is left to the division; one two zones share goes to the one listed
    first (the national lists come before the statistics code list's)."""
    out: dict[str, Zone] = {}
    for zone in _read_zones():
        for spelling in (zone.name, *zone.forms):
            for form in _forms(spelling):
                if form not in out and not is_place(form):
                    out[form] = zone
    return out


def listed_zone(name: str) -> Zone | None:
    """The listed zone ``name`` spells (长寿经开区 → 长寿经济技术开发区 of 长寿区, 重庆市), or None."""
    return zone_table().get(name)


@functools.cache
def single_stem_counties() -> dict[str, Place]:
    """single_stem: the counties whose short form is one character (房县, 易县, 沛县) — left out of the gazetteer's names,
    since 县 after a common character is so often no county's (和县级, 管理县); named only where region_model.named_divisions
    finds one in a text that speaks as a county."""
    found: dict[str, Place] = {}
    for province, prefecture, counties in _read():
        for county in counties:
            if county.endswith("县") and len(short_form(county)) < 2 and county not in found:
                found[county] = Place(county, "county", province, prefecture or None)
    return found


@functools.cache
def generic_districts() -> dict[str, Place]:
    """city_generic_district: the districts whose name is also a common phrase (市中区, 城区, 郊区 — left out of the names),
    each by its prefecture's full name and its own (内江市市中区 → 市中区 of 内江市; 阳泉市城区 → 城区 of 阳泉市). Written so, the
    phrase is the district: a city has no 市中区 of its own but the division."""
    found: dict[str, Place] = {}
    for province, prefecture, counties in _read():
        for county in counties:
            if prefecture and county in GENERIC_NAMES:
                for form in _forms(prefecture + county):
                    found[form] = Place(county, "county", province, prefecture)
    return found


def generic_districts_in(t: str) -> dict[str, int]:
    """The common-phrase districts ``t`` names after their city (city_generic_district), each counted by every time the
    text names it — with its city or, once so introduced, alone (内江市市中区 … 奋力谱写中国式现代化市中区实践)."""
    out: dict[str, int] = {}
    for form, place in generic_districts().items():
        if form in t:
            out[place.name] = max(out.get(place.name, 0), t.count(place.name))
    return out


@functools.cache
def _autonomous_counties() -> dict[str, tuple[str, ...]]:
    """Short form → the autonomous counties and banners it names (澜沧 → 澜沧拉祜族自治县)."""
    out: dict[str, set[str]] = {}
    for places in gazetteer().full.values():
        for p in places:
            if p.level == "county" and p.name.endswith(("自治县", "自治旗")):
                out.setdefault(short_form(p.name), set()).add(p.name)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def autonomous_alias(name: str) -> str | None:
    """autonomous_alias: an autonomous county written without its nationalities — 澜沧县, 威宁自治县, 江华县 — is the
    autonomous county of that short form (澜沧拉祜族自治县), when exactly one has it. None for a name the gazetteer lists as
    a division of its own (修水县); the stems autonomous_county_stem lists give their county."""
    if places := gazetteer().places(name):  # autonomous_county_stem lists 澜沧县 itself: the county it names
        return places[0].name if places[0].name != name and places[0].name.endswith(("自治县", "自治旗")) else None
    if not (m := re.match(r"^([\u4e00-\u9fff]{2,4}?)(?:自治县|县)$", name)):
        return None
    found = _autonomous_counties().get(m[1], ())
    return found[0] if len(found) == 1 else None
