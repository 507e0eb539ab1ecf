"""Region scope in compilations: which region a section speaks for.

Two named rules over a paragraph; each returns the region that now is in scope or None:

- ``heading_region``: a short heading that starts with a region, after any numbering
  ("二、吉安市", "（三）北京市：", "3. 江西省") — not a region buried in a slogan
  ("纵深推进产业强省建设" names no place).
- ``own_zone``: a zone of the text's own city (哈尔滨新区 in 哈尔滨's report) is not a new scope; nor
  (``own_superior``) the city above the text's own county (黄冈市委 in 黄州区's report).
- ``subject_region``: a paragraph whose subject is a region ("北京市坚持…", "江西省提出…",
  "贵州提出，…"): the region opens the paragraph and a verb follows it.

全市/全省/我省 then resolve to the region in scope (extract._region_for).
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from tracker.extract import patterns as P
from tracker.extract.context import colon_city, place_name, region_in, submit_verb
from tracker.extract.region_model import ancestors
from tracker.extract.gazetteer import gazetteer, is_place, leading_place, names_in, parent_province, short_form
from tracker.extract.zones import spaced_zone_joined

_NUMBERING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\(\d+\)|\d+[.、．]|[①-⑳])\s*")
_SHORT = {v: k for k, v in P.PROVINCE_SHORT.items()}
_SUBJECT_VERB = re.compile(
    r"^(?:坚持|提出|明确|要求|表示|强调|计划|将|要|力争|确保|聚焦|围绕|全力|着力|积极|加快|推动|实施|部署|锚定|今年|明年|全年|方面|则|"
    r"20\d{2}年|委|政府|人民政府|[省市区]委|[省市区]政府|[省市]人民政府|经济工作会议|政府工作报告|全省|全市|"
    r"的(?=[^，,。]{0,8}?(?:会|报告|目标|计划|方案))|"  # place_meeting: "张家港的新年第一会上,…" is about 张家港
    r"(?:常务)?副?[省市县区旗州]长(?=[\u4e00-\u9fff]{0,4}?(?:表示|说|指出|强调|提出|介绍)))"  # official_speaks (below)
)
#: official_speaks: "澄江市市长表示，2025年澄江市将确保…，新增规上企业12户", "五华区副区长介绍，…" — a place's head of government
#: speaking (its 市长, 县长, 副区长, then a speech verb) makes the place the subject of what the sentence says, as its 委
#: (红塔区委书记表示) does: every clause of the sentence is the place's, not the meeting's city's or the previous speaker's.


def known_places(t: str) -> dict[str, str]:
    """known_places: the cities, counties and districts a text names in full (长沙市, 海淀区), by
    their short names too (长沙), so that a heading "长沙：…" or a subject "武汉提出…" is read as
    the place the same text elsewhere calls 长沙市/武汉市."""
    places: dict[str, str] = {}
    for m in P.REGION_NAME.finditer(t):
        raw = place_name(t, m)
        name = region_in(raw)
        if name and name == raw and name not in P.PROVINCES:
            short = re.sub(r"(?:市|县|区)$", "", name)
            if len(short) >= 2:
                places.setdefault(short, name)
            places.setdefault(name, name)
    for short, name in heading_divisions(t).items():
        places.setdefault(short, name)
    return places


@functools.cache
def _county_short_forms() -> dict[str, tuple]:
    """Short form → the counties and districts it may name (通州 → 北京's 通州区 and 南通's 通州区)."""
    out: dict[str, list] = {}
    for places in gazetteer().full.values():
        for p in places:
            if p.level == "county" and len(form := short_form(p.name)) >= 2 and p not in out.get(form, []):
                out.setdefault(form, []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def heading_divisions(t: str) -> dict[str, str]:
    """heading_divisions: a text whose headings are lines holding only a district's or county's short name ("通州", "平谷",
    "东城", "顺义" over each district's aims) names those divisions by them: at least two such lines, read as the
    divisions of the one province (or city) they all can belong to (通州 is 北京's, not 南通's, beside 平谷 and 顺义)."""
    lines = {x.strip() for x in t.split("\n") if 2 <= len(x.strip()) <= 4}
    forms = _county_short_forms()
    found = {line: forms[line] for line in lines if line in forms and line not in gazetteer().short}
    if len(found) < 2:
        return {}
    shared = Counter(prov for places in found.values() for prov in {p.province for p in places})
    province, n = shared.most_common(1)[0]
    if n < 2:
        return {}
    out = {}
    for line, places in found.items():
        mine = [p for p in places if p.province == province]
        if len(mine) == 1:
            out[line] = mine[0].name
    return out if len(out) >= 2 else {}


def province_prefix(text: str, province: str, end: int) -> tuple[str, int]:
    """province_prefix: a province followed by one of its own places names that place — "江苏省昆山市
    2024年工作要点" is 昆山市's heading, "河南省新乡市：…" 新乡市's; otherwise the province."""
    inner = names_in(text[end:end + 12])
    if inner and inner[0][0] == 0 and parent_province(inner[0][2]) == province:
        return inner[0][2], end + inner[0][1]
    return province, end


def _leading_region(text: str, places: dict[str, str] | None = None) -> tuple[str, int] | None:
    """A region name at the very start of ``text`` and where it ends: a province, a place the text
    names in full elsewhere (known_places), a place of the gazetteer (leading_place: 新乡, 长垣市),
    or a name shaped like a place."""
    for short, full in sorted(_SHORT.items(), key=lambda kv: -len(kv[0])):
        for name in (full, short):
            if text.startswith(name):
                return province_prefix(text, full, len(name))
    listed = leading_place(text)
    for name, full in sorted((places or {}).items(), key=lambda kv: -len(kv[0])):
        if text.startswith(name) and (listed is None or len(name) >= listed[1]):
            return full, len(name)
    if listed:
        return listed
    m = P.REGION_NAME.match(text)
    if m and not P.NOT_REGION.search(m[1]) and not submit_verb(m[1]) and region_in(m[1]) == m[1]:
        return m[1], m.end()
    return None


#: result_line: a short line naming a place and what it got or became ("长沙获批数字人民币试点城市", "洛阳跻身…") is an
#: item of a list of results, not a heading that opens a section for that place.
_RESULT_VERB = re.compile(r"^(?:获批|获评|荣获|获得|入选|跻身|成为|成功|实现|完成|通过|位列|位居|排名|首次)")


#: site_section: a line naming a place and a news outlet's word ("内蒙古新闻", "中新社内蒙古分社", "云南频道", "湖南要闻") is the
#: section of the site the page sits in, not a heading that opens a section of the text for that place.
#: masthead_byline: a newspaper's, agency's or station's name after a place — 香港商報, 兰州晚报, 泰安新闻网, 山东广播电视台.
_MASTHEAD_LINE = re.compile(r"^[\u4e00-\u9fff]{0,2}?" + P.MASTHEAD_WORDS)
_SITE_SECTION = re.compile(r"^\s*(?:新闻|要闻|资讯|频道|分社|新闻网|网|日报|在线|快讯|动态|时政|财经)(?:\s|[•·|丨>]|$)")


def heading_region(para: str, places: dict[str, str] | None = None) -> str | None:
    text = spaced_zone_joined(_NUMBERING.sub("", para.strip()))  # spaced_zone_name: "遂宁 经开区…" heads no section for 遂宁
    if len(text) > 30 or re.search(r"[。!?！？]$", text):
        return None
    found = _leading_region(text, places)
    if found is None:
        return None
    rest = text[found[1]:]
    if _RESULT_VERB.match(rest):
        return None  # result_line
    if _SITE_SECTION.match(rest):
        return None  # site_section
    if _MASTHEAD_LINE.match(rest):
        return None  # masthead_byline: "香港商報" over the title is the paper, not a section on 香港
    return found[0] if re.match(r"^(?:[:：，,\s]|$)", rest) or len(rest) <= 12 else None


def own_zone(region: str, own: str | None) -> bool:
    """own_zone: a zone inside the text's own city or county — named by its short form and not a
    division of the gazetteer (哈尔滨新区, 南昌高新区, 长沙经开区 in a text that speaks as 哈尔滨市 …) — is a
    part the text reports on ("8、哈尔滨新区自贸片区加速崛起"), not a new scope for what follows."""
    if not own or region == own:
        return False
    if own_superior(region, own):
        return True
    if is_place(region):
        return False
    short = re.sub(r"(?:市|县|区)$", "", own)
    return len(short) >= 2 and region.startswith(short)


def own_superior(region: str, own: str) -> bool:
    """own_superior: the city above the text's own county or district ("据了解,黄冈市委五届十三次全会提出了…新战略" in
    黄州区's report) acts in the text — its plenum, its strategy — but opens no section of its own: what follows is still
    the county's; so does the province above the text's own city or county ("河南省委十届十二次全会提出…" in a commentary on
    南阳, "按照重庆市委…" in 忠县's news): region_model.ancestors, a parent never chosen over the child the text speaks as.
    town_superior: a town no gazetteer lists (town_voice: 柳市镇) lies below every division its own text names as an actor."""
    if own.endswith(("镇", "乡", "街道")) and not is_place(own):
        return is_place(region)  # town_superior: 乐清市委常委 in 柳市镇's own text acts above it, as its superior
    return region in ancestors(own)


def subject_region(para: str, places: dict[str, str] | None = None) -> str | None:
    text = _NUMBERING.sub("", para.strip())
    found = _leading_region(text, places)
    if found is None:
        return None
    rest = text[found[1]:].lstrip("，,：: ")
    return found[0] if _SUBJECT_VERB.match(rest) else None


_UNNAMED = re.compile(
    r"各地|多地|各省(?:份|区市)?|其他(?:省份|地区|城市|地方)|其余(?:省份|地区|城市)|多个(?:经济大)?(?:省份|省|城市|地区)|"
    r"多个经济大省|不少(?:省份|地方|城市|地区)|部分(?:省份|地区|城市)|一些(?:省份|地方|城市|地区)|\d+个(?:省份|城市)|多省份?|各城市"
)
_OWN_WORDS = re.compile(r"全省|全市|全县|全区|我省|我市|我县|我区|本省|本市")


def unnamed_regions(head: str) -> bool:
    """unnamed_regions: "各地普遍确定在5%以上", "其他省份都在5%左右": the number is said of regions the text
    does not name (各地, 其他省份, 多个经济大省) — no region's goal. Not when the clause names a region or
    speaks for its own (全省各地)."""
    return bool(_UNNAMED.search(head)) and region_in(head) is None and not _OWN_WORDS.search(head)


_LIST_JOIN = "、和及与"
_AFTER_LIST = re.compile(r"^(?:则|都|均|也|分别|定在|的目标|目标|提出|将|预期|力争|确保|要|的增长目标|增长目标)")


def region_list(head: str, places: dict[str, str] | None = None) -> list[str]:
    """region_list: "海南、重庆、新疆、湖北和内蒙古则定在6%以上": regions listed together as the subject
    (then 则, 都, 均, 分别, 定在, 目标 …) share the number after them — one goal each."""
    for i in range(len(head)):
        if i and head[i - 1] not in "，,：:；; " and not head[i - 1].isdigit() and head[i - 1] not in "年其中":
            continue
        items, pos = [], i
        while (found := _leading_region(head[pos:], places)) is not None:
            items.append(found[0])
            pos += found[1]
            if pos < len(head) and head[pos] in _LIST_JOIN:
                pos += 1
                continue
            break
        if len(items) >= 2 and _AFTER_LIST.match(head[pos:]):
            return list(dict.fromkeys(items))
    return []


def last_region(text: str) -> str | None:
    """The region named last in ``text``: a full name of the gazetteer or a province's short form
    (四川, 广西). Used by sentence_region."""
    best: tuple[int, str] | None = None
    for start, _, name in names_in(text):
        best = (start, name) if best is None or start >= best[0] else best
    for full, short in P.PROVINCE_SHORT.items():
        at = text.rfind(short)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, full)
    if best is None and (city := colon_city(text)):
        best = (0, city)
    return best[1] if best else None

