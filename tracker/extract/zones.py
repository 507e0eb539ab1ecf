"""Zones that speak for themselves, and partners that do not speak for the text.

Named rules (docs/extract.md, "Zones as regions"):

- ``zone_names``: the development zones a text names in full — a name ending in 高新区, 经开区, 经济开发区, 开发区, 新区,
  示范区, 综合保税区, 工业园区 (industrial_park_zone: 苏州工业园区, its voice word 园区) or 产业园 after a city's or county's name (株洲经开区) or a province's (辽宁省沈抚改革创新示范区 →
  沈抚改革创新示范区), spelled as the text names it, the province dropped.
- ``zone_speaks``: how often a text speaks as a zone: its short voice word on its own (示范区, 开发区, 高新区, 经开区, 园区
  outside the zone's full name: "实现示范区规上企业…"), 该区/全区/我区/本区, and the zone as a subject ("株洲经开区将…",
  "株洲经开区围绕…").
- ``spoken_zone``: the zone a text speaks as — at least twice by zone_speaks, more often than it speaks as its province
  (全省, 我省, 省政府 …) and as a city (全市, 我市) — is the text's region. A zone merely named in a city's text
  ("长治高新区、长治经开区管委会" among the addressees) is not.
- ``titled_zone``: a zone whose name opens the text's title line ("顶效开发区:努力保持经济发展良好态势") and comes again in
  the text is named in full, though its head is a town the gazetteer lacks (顶效, a town of 兴义市); spoken_zone weighs it
  as it weighs a zone after a place.
- ``zone_superior``: in a text that speaks as a zone (济南高新区), the city its name begins with (济南市: "济南市委常委,高新区
  党工委书记…") and that city's province are its superiors, named as actors: they open no section of their own.
- ``listed_zone_name`` (zone_table, gazetteer): a zone of the national lists or the statistics code list named by its
  name or a short form, though its head is no city's (长寿经济技术开发区 and 长寿经开区 of 重庆's 长寿区; 东侨开发区 of 宁德) —
  named as zone_names names a zone after a place. ``listed_zone_parent``: that zone's county, city and province are its
  superiors (zone_superior); a listed zone's spellings are printable, no headless_zone. ``stem_district_zone``: a zone
  written as a district by its stem (东侨区: "宁德东侨区…东侨区将…") is printed by the zone's own name (东侨经济开发区).
- ``partner_zone``: a zone every mention of which follows a partner word in its clause (主动对接武汉东湖新技术开发区,
  加强与长寿经开区…的合作) is the text's partner, never the zone it speaks as.
- ``listed_zone_interior`` (``zone_interiors_masked``): the inside of a listed zone's name that holds another place's name
  (大连长兴岛经济技术开发区: 长兴, a county of 浙江) is blanked before the region model counts the text's divisions.
- ``aid_partner``: a province named as the giver of aid (江苏省援疆, 江苏援伊工作指挥部, 对口支援) is a partner of the text,
  not the region it speaks for.
"""

from __future__ import annotations

import functools
import re
from tracker.extract import patterns as P
from tracker.extract.notes import Note
from tracker.extract.text import normalise
from tracker.extract.gazetteer import GENERIC_NAMES, gazetteer, is_place, listed_zone, single_stem_counties

_SUFFIXES = ("高新技术产业开发区", "综合保税区", "经济开发区", "高新区", "经开区", "开发区", "示范区", "新片区", "新区", "工业园区", "产业园",
             "合作区", "科学城")
#: Words that open no zone's name: a verb or an attribute before a zone ("创建国家级经开区", "打造示范区").
_NOT_ZONE_HEAD = re.compile(r"^(?:创建|建设|打造|争创|申报|推动|加快|支持|国家级|省级|各|全|我|该|本|新|是|为|和|及|在|对|的)")
_SHORT_VOICE = {"高新技术产业开发区": "高新区", "示范区": "示范区", "开发区": "开发区", "经济开发区": "开发区", "高新区": "高新区", "经开区": "经开区",
                "新区": "新区", "新片区": "新片区", "综合保税区": "综保区", "工业园区": "园区", "产业园": "园区",
                "合作区": "合作区", "科学城": "科学城"}
_OWN_ZONE_WORDS = re.compile(r"该区|全区|我区|本区")
#: zone_meeting_subject: the zone holding its meeting (临港新片区召开…会议, 昆山开发区2024年工作会议) and owning an indicator
#: (…新片区规上工业总产值) speaks as itself, as it does owning its 地区生产总值.
_ZONE_SUBJECT = re.compile(r"(?:将|要|围绕|坚持|聚焦|力争|确保|计划|提出|明确|全力|着力|加快|推动|实现|党?工委|管委会|地区生产总值|召开|"
                           r"规上|规模以上|\d{4}年[\u4e00-\u9fff]{0,8}?会议)")
_PROVINCE_VOICE = re.compile(r"全省|我省|本省|省委|省政府|省人民政府")
_CITY_VOICE = re.compile(r"全市|我市|本市")


#: municipal_zone_head: a 直辖市 is a city as well as a province — its short name heads its zones (北京经开区, 天津经济技术开发区,
#: 上海自贸区…) as a prefecture city's does (株洲经开区).
MUNICIPAL_SHORT = ("北京", "天津", "上海", "重庆")


def _place_head(t: str, j: int) -> bool:
    """A city's or county's name (新乡, 株洲市, 长治; not a province's, but a 直辖市's: municipal_zone_head) starts at ``t[j]``,
    or a province's name ends right before it (辽宁省|沈抚…)."""
    g = gazetteer()
    if any(t[:j].endswith(full) for full in P.PROVINCE_SHORT):
        return True
    if t.startswith(MUNICIPAL_SHORT, j):
        return True
    for n in range(2, 6):
        places = [g.short[t[j:j + n]]] if t[j:j + n] in g.short else list(g.full.get(t[j:j + n], ()))
        if any(p.level != "province" for p in places):
            return True
    return False


_SUFFIX_AT = re.compile("|".join(_SUFFIXES))


def zone_names(t: str) -> list[str]:
    """zone_names: the zones ``t`` names in full, each time it names one: a zone's word (经开区, 示范区 …) after a name that
    starts with a place (株洲经开区, 长治高新区) or follows a province (辽宁省沈抚改革创新示范区 → 沈抚改革创新示范区)."""
    out, prev = [], 0
    for m in _SUFFIX_AT.finditer(t):
        lo, prev_end, prev = m.start(), prev, m.end()  # a name never reaches back over another zone's word
        if inner := _AFTER_OUTER_ZONE.search(t, max(prev_end, m.start() - 12), m.end()):
            if inner.end() == m.start():
                out.append(inner[1] + m[0])  # zone_in_zone: 上海自贸试验区|临港新片区 — the outer zone heads it
                continue
        while lo > prev_end and m.start() - lo < 8 and "\u4e00" <= t[lo - 1] <= "\u9fff":
            lo -= 1
        for j in range(lo, m.start() - 1):
            if _place_head(t, j):
                name = inner_zone(t[j:m.end()])
                if not is_place(name) and not _NOT_ZONE_HEAD.search(name):
                    out.append(name)
                break
        else:
            if name := listed_zone_name(t, lo, m.end()):
                out.append(name)
    return out


#: spaced_zone_name: a site's title breaks a zone's name with a space after its city ("遂宁 经开区传达学习…").
_SPACED_ZONE = re.compile(r"([\u4e00-\u9fff]{2,4})[ \u3000\xa0]+(" + "|".join(_SUFFIXES) + ")")


def spaced_zone_joined(t: str) -> str:
    """spaced_zone_name: a listed zone's name broken by spaces between its head and its zone word ("遂宁 经开区" — 遂宁经开区,
    遂宁经济技术开发区's short form) is read joined. Only a spelling zone_table lists (listed_zone) is joined: "全市 开发区"
    or "推进 高新区" stay apart."""
    def join(m: re.Match) -> str:
        for i in range(len(m[1]) - 1):
            if listed_zone(m[1][i:] + m[2]):
                return m[1] + m[2]
        return m[0]
    return _SPACED_ZONE.sub(join, t) if " " in t or "\u3000" in t or "\xa0" in t else t


#: defined_zone: a zone, park or industrial base the text names in full and then abbreviates ("落户大兴生物医药产业基地(以下简称
#: “基地”)").
_DEFINED_ZONE = re.compile(r"([\u4e00-\u9fff]{2,16}?(?:产业基地|产业园区|工业园区|产业园|园区|高新区|经开区|开发区|示范区))"
                           r"[(（]以下简称[“\"‘]?([\u4e00-\u9fff]{1,6}?)[”\"’]?[)）]")


_DEFINED_WORD_END = re.compile(r"(?:产业基地|产业园区|工业园区|产业园|园区|高新区|经开区|开发区|示范区)$")


def _zone_head(name: str) -> int | None:
    """Where a place's name (a full name, a short form of a city or province, or a district's or county's short form of two
    characters or more: 大兴 for 大兴区) first starts in ``name``, the zone's word after it; None when none does."""
    g = gazetteer()
    for j in range(len(name) - 2):
        for n in range(4, 1, -1):
            head = name[j:j + n]
            if head in g.full or head in g.short or head in _county_short_forms():
                return j
    return None


def defined_zone(t: str) -> str | None:
    """defined_zone: a zone, park or industrial base the text names in full, headed by a place, and abbreviates at once —
    "大兴生物医药产业基地(以下简称“基地”)" — and then speaks of by that short name at least three times, more often than it
    speaks as a city (全市, 我市) or a province (全省, 我省), is the text's region, spelled as the text names it. The
    abbreviation is the text's own declaration of its subject ("基地迎来了黄金增长期 … 基地各项指标"); a zone merely named,
    or abbreviated and left, is not."""
    m = _DEFINED_ZONE.search(t)
    if m is None or (j := _zone_head(m[1])) is None:
        return None
    name, short = m[1][j:], m[2]
    if is_place(name) or len(short) < 2:
        return None
    rest = t[m.end():].replace(name, "")
    n = rest.count(short)
    if n < 3 or n <= len(_PROVINCE_VOICE.findall(t)) or n <= len(_CITY_VOICE.findall(t)):
        return None
    return name


@functools.cache
def _county_short_forms() -> frozenset[str]:
    """The short forms of every county and district (长兴 for 长兴县, 东湖 for 东湖区), two characters or more."""
    from tracker.extract.gazetteer import short_form
    return frozenset(f for places in gazetteer().full.values() for p in places
                     if p.level == "county" and len(f := short_form(p.name)) >= 2)


def zone_interiors_masked(t: str) -> str:
    """listed_zone_interior: ``t`` with the inside of every listed zone's name blanked (〇) where it holds another place's
    name — 大连长兴岛经济技术开发区 holds 长兴 (长兴县 of 浙江), 武汉东湖新技术开发区 东湖 (南昌's 东湖区), 宁波杭州湾… 杭州: the
    zone's own head (大连, 武汉, 宁波: its city) and its word (经济技术开发区, 高新区) stay, so a zone's name counts for its city
    and speaks as a zone, never for a county its name merely contains. A text naming no listed zone comes back unchanged."""
    g = gazetteer()
    out = list(t)
    changed = False
    for m in _SUFFIX_AT.finditer(t):
        name = listed_zone_name(t, max(0, m.start() - 12), m.end())
        if name is None:
            continue
        start = m.end() - len(name)
        zone = listed_zone(name)
        own = {x for p in (zone.prefecture, zone.county, zone.province) if p for x in (p, _short(p))}
        head = max((n for n in range(2, 6) if name[:n] in own), default=0)
        inside = name[head:len(name) - len(m[0])]
        if any(inside[i:i + n] in g.full or inside[i:i + n] in g.short or inside[i:i + n] in _county_short_forms()
               for n in (2, 3, 4) for i in range(len(inside) - n + 1)):
            out[start + head:m.start()] = "〇" * (m.start() - start - head)
            changed = True
    return "".join(out) if changed else t


def _short(name: str) -> str:
    from tracker.extract.gazetteer import short_form
    return short_form(name)


def listed_zone_name(t: str, lo: int, end: int) -> str | None:
    """listed_zone_name: the longest spelling of a listed zone (gazetteer.zone_table) that ends at ``end`` and starts at
    ``lo`` or later — 长寿经济技术开发区, 长寿经开区 (长寿 names 长寿区, no city), 东侨开发区 (东侨 names no place) — as the text
    spells it; None when none ends there."""
    for j in range(lo, end - 3):
        if listed_zone(t[j:end]):
            return t[j:end]
    return None


#: The word of a zone that holds zones of its own (上海自贸区临港新片区: the free trade zone holds the new area).
_OUTER_ZONE = re.compile(r"^[\u4e00-\u9fff]{2,4}?(?:自贸区|自由贸易试验区|自贸试验区)(?=[\u4e00-\u9fff]{2,4}(?:新片区|片区)$)")


_AFTER_OUTER_ZONE = re.compile(r"(?:自贸区|自由贸易试验区|自贸试验区)([\u4e00-\u9fff]{2,4}?)(?=新片区)")


def inner_zone(name: str) -> str:
    """zone_in_zone: a zone named after the zone that holds it (上海自贸区临港新片区) is spelled by its own name (临港新片区) — the
    outer zone and its city are its superiors, not part of its name."""
    return _OUTER_ZONE.sub("", name)


#: park_voice: 园区 as an industrial park's own voice word stands on its own — after a clause's start, a year or 该/我/本/全
#: ("园区去年…", "2010年园区地区生产总值") — not as the tail of another park's name (产业园区, 加工园区) nor after a verb or
#: preposition that makes it a place things go to (向园区集聚: a city's parks).
_PARK_VOICE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[年该我本全]))园区")


def zone_speaks(t: str, zone: str, named: tuple[str, ...] = ()) -> int:
    """zone_speaks: the times ``t`` speaks as ``zone`` — its short voice word outside any zone's full name (``named``: the
    zones the text names), 该区/全区/我区/本区, and the zone as the subject of a clause (by any of its spellings: one_zone_two_spellings)."""
    suffix = next(s for s in _SUFFIXES if zone.endswith(s))
    rest = t
    for name in sorted({zone, *named}, key=len, reverse=True):
        rest = rest.replace(name, "〇")
    own = len(_PARK_VOICE.findall(rest)) if suffix == "工业园区" else rest.count(_SHORT_VOICE[suffix])
    words = len(_OWN_ZONE_WORDS.findall(t))
    subjects = sum(1 for z in {zone, *(y for y in named if same_zone(y, zone))}
                   for m in re.finditer(re.escape(z), t) if _ZONE_SUBJECT.match(t, m.end()))
    return own + words + subjects


_LONG_WORDS = (("经济技术开发区", "经开区"), ("高新技术产业开发区", "高新区"), ("经济开发区", "开发区"))


def _zone_key(name: str) -> str:
    for long, short in _LONG_WORDS:
        if name.endswith(long):
            return name[: -len(long)] + short
    return name


def same_zone(a: str, b: str) -> bool:
    """one_zone_two_spellings: 北京经开区 and 北京经济技术开发区 (如皋高新区 and 如皋高新技术产业开发区) are one zone, spelled short and
    long; what the text says as either speaks as the zone."""
    return _zone_key(a) == _zone_key(b) or (listed_zone(a) or a) == (listed_zone(b) or b)


#: partner_zone: the words before a zone, in its clause, that make it a partner of the text (对接武汉东湖新技术开发区,
#: 加强与长寿经开区、两江新区的合作, 学习…的经验) — region_model's partner_region words, and 与/同.
_PARTNER_CLAUSE = re.compile(r"(?:参与|对接|携手|联合|融入|接轨|借鉴|对口支援|援助|学习|与|同)[^,，。;；:：!！?？\n]*$")
_CLAUSE_START = re.compile(r"[,，。;；:：!！?？\n]")


def partner_zone(t: str, zone: str) -> bool:
    """partner_zone: every time ``t`` names ``zone`` (by any spelling of a listed zone), a partner word stands before it in
    its clause ("主动对接武汉东湖新技术开发区、东湖新技术开发区", "加强与长寿经开区的产业合作"): the zone is the text's partner,
    not the zone it speaks as."""
    spellings = {zone} | ({s for s in zone_table_spellings(zone)} if listed_zone(zone) else set())
    starts = [m.start() for s in spellings for m in re.finditer(re.escape(s), t)]
    if not starts:
        return False
    for start in starts:
        clause_from = max((m.end() for m in _CLAUSE_START.finditer(t, max(0, start - 60), start)), default=max(0, start - 60))
        if not _PARTNER_CLAUSE.search(t, clause_from, start):
            return False
    return True


def zone_table_spellings(zone: str) -> tuple[str, ...]:
    """Every spelling the zone table gives the listed zone ``zone`` spells (its name and short forms)."""
    listed = listed_zone(zone)
    return (listed.name, *listed.forms, *filter(None, [listed.own])) if listed else (zone,)


def spoken_zone(t: str) -> str | None:
    """spoken_zone: the zone ``t`` speaks as, or None (see the module's docstring). Two zones spoken as alike
    (咸宁高新区 and 黄冈高新区 in one piece of news) give none; one zone spelled short and long (银川开发区, 银川经济技术开发区)
    gives its longest spelling."""
    named = tuple(dict.fromkeys(zone_names(t))) or tuple(filter(None, [titled_zone(t)]))
    named = tuple(z for z in named if not partner_zone(t, z))  # partner_zone: 对接武汉东湖新技术开发区 — a partner's
    if not named:
        return None
    scored = sorted(((zone_speaks(t, z, named), z) for z in named), reverse=True)
    score, zone = scored[0]
    tied = [z for sc, z in scored if sc == score]
    if len({listed_zone(z) or z[:2] for z in tied}) > 1:
        return None  # two zones alike; a listed zone's two spellings (重庆两江新区, 两江新区) are one
    zone = max(tied, key=len)  # one_zone_two_spellings: 银川开发区 and 银川经济技术开发区 — the full spelling
    if listed_zone(zone):  # listed_zone_name: the longest spelling the text gives the zone (长寿经济技术开发区, 长寿经开区)
        zone = max((z for z in named if listed_zone(z) == listed_zone(zone)), key=len)
    if score < 2 or score <= len(_PROVINCE_VOICE.findall(t)) or score <= len(_CITY_VOICE.findall(t)):
        return None
    return zone_spelling(zone)


_TITLE_ZONE = re.compile(r"^\s*([\u4e00-\u9fff]{2,8}?(?:" + "|".join(_SUFFIXES) + "))")


def titled_zone(t: str) -> str | None:
    """titled_zone: the zone whose full name opens the text's first line ("顶效开发区:努力保持经济发展良好态势") and is named
    again in the text, or None. Not a verb or attribute before a zone's word (创建国家级经开区, 各开发区), not a place of the
    gazetteer (浦东新区 is a division, read as such). titled_zone_voice: a zone of a long name (横琴粤澳深度合作区) may come
    again by its voice word alone (合作区) — that counts as named again."""
    first = next((line.strip() for line in t.split("\n") if line.strip()), "")
    m = _TITLE_ZONE.match(first)
    if m is None:
        return None
    name = m[1]
    voice = _SHORT_VOICE[next(s for s in _SUFFIXES if name.endswith(s))]
    if _NOT_ZONE_HEAD.search(name) or is_place(name) or (t.count(name) < 2 and voice not in t.replace(name, "〇")):
        return None
    return name


def zone_superior(region: str, zone: str | None) -> bool:
    """zone_superior: ``region`` is the city whose name ``zone`` begins with (济南市 for 济南高新区) or that city's province
    (山东省) — the zone's superiors, which act in its text (济南市委常委, 省市工作安排) but open no section of their own."""
    if not zone or region == zone or not is_place(region):
        return False
    if (listed := listed_zone(zone)) and region in {normalise(p).text for p in (listed.county, listed.prefecture,
                                                                                 listed.province) if p}:
        return True  # listed_zone_parent: 长寿区 and 重庆市 for 长寿经济技术开发区
    g = gazetteer()
    for n in range(2, 6):
        head = zone[:n]
        cities = [g.short[head]] if head in g.short else list(g.full.get(head, ()))
        for city in cities:
            if city.level != "province" and region in (city.name, city.province, city.prefecture):
                return True
    return False


_HITECH_LONG = "高新技术产业开发区"


def zone_spelling(zone: str) -> str:
    """zone_spelling: a 高新技术产业开发区 is printed by the short word its own texts speak as and the gold spells it with
    (如皋高新技术产业开发区 → 如皋高新区, like 宝鸡高新区 and 镇江高新区); every other zone as the text names it."""
    return zone[: -len(_HITECH_LONG)] + "高新区" if zone.endswith(_HITECH_LONG) and len(zone) > len(_HITECH_LONG) else zone


#: The words that end a zone's name (and a park's or area's): on their own, or after words that are no place, they are a
#: voice word or a common noun (高新区, 高新技术产业开发区, 园区), never a region.
_ZONE_WORD_END = re.compile(r"(?:高新技术产业开发区|经济技术开发区|综合保税区|经济开发区|高新区|经开区|开发区|示范区|新片区|新区|园区|产业园|合作区|科学城)$")


def headless_zone(name: str) -> bool:
    """headless_zone: a name ending in a zone's word (高新区, 开发区, 经开区, 示范区, 园区, 新区 …) that does not begin with a
    place's name — the bare voice word "高新区", "高新技术产业开发区", or a verb before it ("实现高新区") — names no region.
    A division of the gazetteer (浦东新区) and a zone after a place (如皋高新区, 株洲经开区) are regions."""
    if not _ZONE_WORD_END.search(name) or is_place(name) or listed_zone(name):
        return False
    if name.endswith("新片区") and len(name) > 3 and not _NOT_ZONE_HEAD.search(name):
        return False  # zone_in_zone: a new area is named by its own name (临港新片区), its city heading the outer zone
    return not _place_head(name, 0) and not joined_places_head(name)


@functools.cache
def _city_first_characters() -> dict[str, set[str]]:
    """The first character of each prefecture city's short name → the provinces of those cities (沈 → 辽宁省)."""
    firsts: dict[str, set[str]] = {}
    for form, place in gazetteer().short.items():
        if place.level == "prefecture" and len(form) >= 2:
            firsts.setdefault(form[0], set()).add(place.province)
    return firsts


def joined_places_head(name: str) -> bool:
    """joined_places_head: a zone named by the first characters of two or three cities of one province (沈抚改革创新示范区:
    沈阳 and 抚顺 of 辽宁) begins with those places' names."""
    firsts = _city_first_characters()
    for n in (3, 2):
        head = name[:n]
        if len(name) > n + 2 and all(ch in firsts for ch in head) and len(set(head)) == n:
            if set.intersection(*(firsts[ch] for ch in head)):
                return True
    return False


def printable_region(region: str) -> bool:
    """printable_region: what a draft may print as its region — a place of the gazetteer (or 全国), a zone whose name
    begins with a place's name (如皋高新区), a county of one character's stem (房县: single_stem_county), or 待定地区; never a
    bare voice word (高新区, 开发区, 园区)."""
    if region in ("全国", "待定地区") or is_place(region) or region in P.PROVINCE_SHORT or region in single_stem_counties():
        return True
    if listed_zone(region):
        return True  # listed_zone_parent: a listed zone's own spelling (东侨区 for 东侨经济技术开发区)
    if region in GENERIC_NAMES and not headless_zone(region):
        return True  # a division whose name is also a common phrase (洛阳's 老城区, 西安's 新城区); not 新区
    if _DEFINED_WORD_END.search(region) and _zone_head(region) == 0:
        return True  # defined_zone: a base or park headed by a county's or district's short form (大兴生物医药产业基地)
    return bool(_ZONE_WORD_END.search(region)) and not headless_zone(region)


_AID = re.compile(r"(?:省|市)?(?:对口)?(?:援[疆藏青伊喀和阿克][\u4e00-\u9fff]{0,1}|支援|帮扶)")


#: partner_park: a park named for the province that aids it — its short name, then a place of another province, then the
#: park's word ("和田市北京和田工业园区", "上海喀什产业园", "江苏霍尔果斯经济开发区").
_PARK_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:工业园区|产业园区|产业园|园区|经济开发区|开发区|经开区|高新区|合作区)")


def aid_partner(t: str, province: str) -> bool:
    """aid_partner: ``province`` (江苏省) is named as the giver of aid — its name right before 援疆/援藏/援伊 (江苏省援疆力量,
    江苏援伊工作指挥部) or 对口支援, or at the head of a park it aids (partner_park: 北京和田工业园区, 和田 a place of 新疆) — and
    so is the text's partner, not its region."""
    short = P.PROVINCE_SHORT.get(province, province)
    if re.search("(?:" + re.escape(province) + "|" + re.escape(short) + ")" + _AID.pattern, t):
        return True
    return any(partner_park(t, m.end(), province) for m in re.finditer(re.escape(short), t))


def partner_park(t: str, end: int, province: str) -> bool:
    """partner_park: the province's name ending at ``end`` heads a park named after a place of another province
    (北京 in "北京和田工业园区")."""
    from tracker.extract.gazetteer import leading_place, parent_province
    found = leading_place(t[end:end + 12])
    if found is None or parent_province(found[0]) in (province, None) or leading_place(t[end + found[1]:end + 20]):
        return False  # a list of places (北京上海广州…) is no park's name
    return bool(_PARK_AFTER.match(t, end + found[1]))


def aided_text(t: str) -> bool:
    """Whether ``t`` names some province as the giver of aid (aid_partner)."""
    return any(aid_partner(t, full) for full in P.PROVINCE_SHORT)


def printed_region(region: str, scope: str | None, zone: str | None = None) -> str | None:
    """bare_region_guard: the region to print instead of ``region`` when it is a headless_zone (a bare 高新区 that some rule
    still read) — the region in scope when that one is printable, else 待定地区; an undivided_district — the place in scope;
    None otherwise. A place merely shaped like
    one (某某市, a place the gazetteer lacks) is left as read; a region the user gives (--region 某市) is printed as given:
    extract.py does not guard it."""
    if region == zone:
        return None  # titled_zone: the zone the text speaks as (顶效开发区), though its head is no place of the gazetteer
    if (listed := stem_district_zone(region)) is not None:
        return listed  # stem_district_zone: 东侨区 → 东侨经济开发区
    if zone and listed_zone(region) is not None and listed_zone(region) == listed_zone(zone):
        return zone  # listed_zone_name: the zone the text speaks as, by its one spelling (东湖高新区 → 武汉东湖新技术开发区)
    if undivided_district(region) and scope and scope != region and is_place(scope):
        return scope  # undivided_district: 东侨区 (宁德's 东侨经济开发区) — the place in scope (宁德市) stands
    if not headless_zone(region):
        return None
    return scope if scope and (printable_region(scope) or scope == zone) else "待定地区"


def stem_district_zone(region: str) -> str | None:
    """stem_district_zone: a listed zone written as a district, by its stem and 区 with no zone word ("宁德东侨区…东侨区将…" for
    东侨经济技术开发区), is printed by the zone's name — its own name where a local source gives one (东侨经济开发区, as its
    county annals call it), else its listed name (zone_spelling) — not as a district no division bears (undivided_district)
    nor as the city in scope; None for any other region."""
    listed = listed_zone(region)
    if listed is None or _ZONE_WORD_END.search(region) or not region.endswith("区"):
        return None
    return listed.own or zone_spelling(listed.name)


def listed_zone_note(word: str, region: str) -> Note | None:
    """The note for a region printed for a listed zone's spelling (stem_district_zone: 东侨区 → 东侨经济开发区, in 宁德市; or
    the zone the text speaks as: 东湖高新区 → 武汉东湖新技术开发区), None for any other."""
    listed = listed_zone(word)
    if listed is None:
        return None
    return Note("extract.note.region_listed_zone", region=region, word=word,
                parent=listed.county or listed.prefecture or listed.province)


def undivided_district(region: str) -> bool:
    """undivided_district: a name shaped like a district (X区, no zone word: 东侨区) that no division of the gazetteer bears —
    a zone or a part of a city the text calls 区 ("宁德东侨区" for 东侨经济开发区), no region of its own to print; a shaped
    市 or 县 (a place the gazetteer lacks) is left as read."""
    return (region.endswith("区") and not region.endswith("自治区") and not printable_region(region)
            and region not in GENERIC_NAMES)


#: The bare voice words a city's zone is called by in its own news (高新区召开…, 高新区提出…).
_BARE_WORDS = ("高新区", "经开区", "开发区")
_CITY_OWN = re.compile(P.CITY_OWN)


def city_bare_zone(t: str, city: str | None) -> str | None:
    """city_bare_zone: a text that speaks as a zone by its bare word only — "高新区召开全区处级以上干部会议", "高新区提出",
    "高新区正在…", three times at least, once as a clause's subject — names no zone in full, never speaks as the city
    (全市, 我市, 市长) and names that city (大连市) only in the zone's roles ("其作为大连市创新型科技新城区") is the city's
    zone, spelled as the city's zones are: the city's short name and the word (大连高新区, as 济南高新区)."""
    if not city or not city.endswith("市") or zone_names(t) or _CITY_OWN.search(t):
        return None
    stem = city[:-1]
    if len(stem) < 2:
        return None
    for word in _BARE_WORDS:
        n = t.count(word)
        subject = sum(1 for m in re.finditer(word, t) if _ZONE_SUBJECT.match(t, m.end()) or _BARE_SUBJECT.match(t, m.end()))
        if n >= 3 and subject and n > t.count(stem):
            return stem + word
    return None


#: What follows a zone's bare word as the subject of a clause in news of its meetings: 召开, 正在, 再次, 坚持 ….
_BARE_SUBJECT = re.compile(r"(?:召开|正在|再次|坚持|制定|举行|部署)")
