"""Rebuild tracker/extract/data/zones.tsv: China's development zones with their parent places.

    python tools/build_zones.py AREAS_CSV CITIES_CSV ETDZ_TXT HITECH_TXT NEWAREA_TXT PARENTS_TSV

(the inputs as used are kept in tools/zones_sources/: coded_areas.csv, cities.csv, etdz.txt, hitech.txt, newarea.txt,
parents.txt, in that order).

Inputs (see tracker/extract/data/ZONES.md for where each came from):

- AREAS_CSV, CITIES_CSV: dist/areas.csv and dist/cities.csv of modood/Administrative-divisions-of-China (the
  statistics code list the gazetteer is built from): the zones it lists beside counties (codes xxxx7x), each under
  its prefecture — kind ``coded``.
- ETDZ_TXT: ``<province short> <name>`` a line, the 国家级经济技术开发区 — kind ``etdz``.
- HITECH_TXT: ``<name> <district or ->`` a line, the 国家高新技术产业开发区 — kind ``hitech``.
- NEWAREA_TXT: ``<province> <prefecture or -> <name>`` a line, the 19 国家级新区 — kind ``new_area``.
- PARENTS_TSV: ``<name> <TAB> <prefecture> <TAB> <county> <TAB> <own spelling> <TAB> <source>`` a line: the parent of
  a zone whose name begins with no place (东侨经济技术开发区 → 宁德市), each from a page that says so, and the name that page
  gives the zone, province dropped (东侨经济开发区: its own name locally; ZONES.md lists them).

A zone's parent is read from its name against the gazetteer (divisions.tsv), never guessed: the head of its name
after any province (福建|东侨…, 河北|唐山…) is a prefecture's short name (株洲), a county's or county-level city's
full or short name (长寿, 昆山) of that province; a 高新区's district, when given, must lie in that prefecture. A name
whose head names no place leaves the parent empty (its province is still known) and is listed by ``--missing``.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from tracker.extract import patterns as P
from tracker.extract.gazetteer import _read, short_form

MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
#: What follows a province's name in a zone's name when that name is the zone's own head (吉林经济技术开发区: 吉林市's).
ZONE_HEAD = re.compile(r"经济|高新|高技术|新技术|开发区|新区|工业园区")
ZONE_TAIL = re.compile(r"(?:经济技术开发区|经济开发区|高新技术产业开发区|经开区|高新区|开发区|新区|工业园区)$")
OUT = Path(__file__).resolve().parent.parent / "tracker" / "extract" / "data" / "zones.tsv"
#: The statistics code list's own non-zones beside counties (管理区, 风景名胜区, 新城) are left out: only a zone's word.
ZONE_WORD = re.compile(r"(?:开发区|园区|示范区|新区|投资区|实验区|保税区)$")
#: The words that end a zone's name and the short word its texts use for it.
SHORT_WORD = (("高新技术产业开发区", "高新区"), ("高新技术产业园区", "高新区"), ("高技术产业开发区", "高新区"),
              ("高新技术开发区", "高新区"), ("新技术开发区", "高新区"), ("经济技术开发区", "经开区"), ("经济开发区", "开发区"))
HEADER = """\
# China's development zones with their parent places: one zone a line,
#   name <TAB> kind <TAB> province <TAB> prefecture (empty: none single, or not found) <TAB> county (empty: the
#   zone's own head names none) <TAB> short forms, space-separated <TAB> its own name where a local source gives
#   one that differs (东侨经济开发区), else empty.
# kind: etdz (国家级经济技术开发区), hitech (国家高新技术产业开发区), new_area (国家级新区), coded (a zone the statistics
#   code list carries beside counties, of any level). Sources, dates and what is missing: ZONES.md beside this file.
# Rebuilt by tools/build_zones.py; names as the sources spell them, parents read from the names (never guessed).
"""


#: (province, short form) of districts: such a head names a zone's district only as the whole stem (长寿|经济技术开发区,
#: 江宁|经开区), never before more of the name (红旗渠 is a canal of 林州, no 红旗区 of 新乡).
DISTRICT_SHORT: set[tuple[str, str]] = set()


def places():
    """province → {short or full name → (prefecture, county)} from the gazetteer's rows."""
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for province, prefecture, counties in _read():
        table = out.setdefault(province, {})
        if prefecture:
            for form in (prefecture, short_form(prefecture)):
                table.setdefault(form, (prefecture, ""))
        elif province in MUNICIPALITIES:  # a 直辖市 is the city of its zones (北京经开区): their prefecture
            for form in (province, short_form(province)):
                table.setdefault(form, (province, ""))
        for county in counties:
            for form in (county, short_form(county)):
                if len(form) >= 2:
                    table.setdefault(form, (prefecture, county))
                    if county.endswith("区") and form != county:
                        DISTRICT_SHORT.add((province, form))
    return out


def head_parent(name: str, province: str, table) -> tuple[str, str, str]:
    """(the name without its province, prefecture, county) read from the head of ``name``."""
    short = P.PROVINCE_SHORT.get(province, province)
    rest = name
    for lead in ("新疆生产建设兵团", province, short):
        if province in MUNICIPALITIES and lead != "新疆生产建设兵团":
            continue  # 北京经开区: the 直辖市's name is the city's, no province before a city
        if rest.startswith(lead) and not ZONE_HEAD.match(rest.replace("-", ""), len(lead)):
            rest = rest[len(lead):].lstrip("-")
            break
    for n in range(min(6, len(rest) - 2), 1, -1):
        if rest[:n] in table.get(province, {}):
            if rest[n] == "湾":  # a bay named for a city (杭州湾上虞…: 上虞 of 绍兴, no zone of 杭州): the place after the bay
                _, prefecture, county = head_parent(rest[n + 1:], province, table)
                if prefecture or county:
                    return rest, prefecture, county  # else the bay's own city (台州湾经济技术开发区: 台州)
            if (province, rest[:n]) in DISTRICT_SHORT and not ZONE_TAIL.match(rest, n):
                continue
            prefecture, county = table[province][rest[:n]]
            return rest, prefecture, county
    return rest, "", ""


def forms(name: str, rest: str, prefecture: str, own_head: bool, province: str) -> list[str]:
    """The short forms texts use: X经开区 and X开发区 for X经济技术开发区, X高新区 for X高新技术产业开发区 (with and without a
    leading province); a 新区 also after its city's or province's short name (重庆两江新区, 青岛西海岸新区)."""
    out = []
    for base in dict.fromkeys((name, rest) if own_head else (name,)):
        for long, short in SHORT_WORD:
            if base.endswith(long) and len(base) > len(long) + 1:
                stem = base[: -len(long)]
                out.append(stem + short)
                if short == "经开区":
                    out += [stem + "开发区", stem + "经济开发区"]
                break
    if name.endswith("新区"):
        for lead in filter(None, (prefecture and short_form(prefecture), P.PROVINCE_SHORT.get(province, province))):
            if not name.startswith(lead):
                out.append(lead + name)
    stem = re.sub(r"(?:经济技术开发区|经济开发区)$", "", rest)
    if not own_head and prefecture and len(stem) == 2 and stem != rest:
        out.append(stem + "区")  # stem_district: 东侨区 for 东侨经济技术开发区 (宁德东侨区), a zone whose head is no place and whose parent a source gives
    if rest != name and own_head:
        out.append(rest)  # 东营港经济开发区 for 山东东营港经济开发区; not a name that would then begin with no place
    return [f for f in dict.fromkeys(out) if f != name]


#: Stems that name no one zone: a zone's name without its city that is a common word (临港, 滨海, 空港 …).
GENERIC_STEMS = frozenset("临港 滨海 沿海 空港 临空港 航空港 高新 经济 开发 工业 现代 综合 保税 化学工业 新城 城南 城北 城东 城西 "
                          "港口 汽车 海港 江北 江南 河西 河东 航空 航天 石化 化工".split())


def strip_city_heads(rows: dict[str, list[str]], table) -> None:
    """city_stripped_form: a zone's short form without its city's name, as the city's own texts write it (东湖高新区 for
    武汉东湖新技术开发区, 长兴岛经开区 for 大连长兴岛经济技术开发区, 新站高新区) — added only when no other zone's spelling is the
    same, its stem is two characters or more and no common word (临港经开区 names several)."""
    found: dict[str, list[str]] = {}
    for name, row in rows.items():
        prefecture, county = row[3], row[4]
        heads = [h for h in (prefecture, prefecture and short_form(prefecture), row[2], P.PROVINCE_SHORT.get(row[2]))
                 if h and len(h) >= 2]
        for spelling in (name, *row[5].split()):
            head = next((h for h in sorted(heads, key=len, reverse=True) if spelling.startswith(h)), None)
            if head is None:
                continue
            rest = spelling[len(head):]
            if not "\u4e00" <= rest[:1] <= "\u9fff" or rest.startswith("湾"):
                continue  # 广西-东盟…, 杭州湾…: the head is no city's name there
            stem = next((rest[: -len(w)] for w in ZONE_WORDS if rest.endswith(w)), "")
            if len(stem) >= 2 and stem not in GENERIC_STEMS and not ZONE_HEAD.match(stem):
                found.setdefault(rest, []).append(name)
    spelled = {f for row in rows.values() for f in (row[0], *row[5].split())}
    for rest, names in found.items():
        if len(set(names)) == 1 and rest not in spelled:
            row = rows[names[0]]
            row[5] = " ".join([*row[5].split(), rest])


#: The words that end a zone's spelling, longest first (a stem is what stands before one).
ZONE_WORDS = ("高新技术产业开发区", "高新技术产业园区", "高技术产业开发区", "经济技术开发区", "新技术开发区", "经济开发区", "台商投资区",
              "高新区", "经开区", "开发区", "工业园区", "新区")


def main(areas: str, cities: str, etdz: str, hitech: str, newarea: str, parents: str) -> None:
    table = places()
    sourced = {}
    for line in open(parents, encoding="utf-8"):
        name, prefecture, county, own, _ = line.rstrip("\n").split("\t")
        sourced[name] = (prefecture, county, own)
    provinces = {short: full for full, short in P.PROVINCE_SHORT.items()}
    rows: dict[str, list[str]] = {}
    missing = []

    def add(name, kind, province, prefecture="", county="", fallback=("", "")):
        rest, p, c = head_parent(name, province, table)
        if not (p or c):
            p, c = fallback
        headed = bool(p or c)
        own = ""
        if name in sourced and not (p or c):
            p, c, own = sourced[name]
        prefecture, county = prefecture or p, county or c
        if province in MUNICIPALITIES and not prefecture:
            prefecture = province  # 长寿经济技术开发区 (长寿区), 两江新区, 虹桥经济技术开发区: a 直辖市 is its zones' city
        if not prefecture and not county and kind != "new_area":
            missing.append(f"{kind} {name}")
        if name in rows:  # listed twice (a coded zone that is also national): the national kind, the parents found
            old = rows[name]
            old[1] = old[1] if old[1] != "coded" else kind
            old[3] = old[3] or prefecture
            old[4] = old[4] or county
            return
        rows[name] = [name, kind, province, prefecture, county, " ".join(forms(name, rest, prefecture, headed, province)),
                      own]

    city_names = {r["code"]: r["name"] for r in csv.DictReader(open(cities, encoding="utf-8"))}
    for line in open(etdz, encoding="utf-8"):
        short, name = line.split()
        add(name, "etdz", provinces[short])
    for line in open(hitech, encoding="utf-8"):
        name, district = line.split()
        headed = [p for p, t in table.items() if any(name.startswith(k) for k in t if len(k) >= 2)]
        if len(headed) > 1:  # 中山: 中山市 of 广东 (a prefecture) before 大连's 中山区
            headed = [p for p in headed if any(name.startswith(k) and not v[1] for k, v in table[p].items())] or headed
        holding = [p for p, t in table.items() if district in t]
        both = [p for p in headed if p in holding]
        province = (both[0] if len(both) == 1 else holding[0] if len(holding) == 1 else headed[0] if len(headed) == 1
                    else next((p for p, s in P.PROVINCE_SHORT.items() if name.startswith(s)), ""))
        given = table.get(province, {}).get(district, ("", "")) if district != "-" else ("", "")
        add(name, "hitech", province, fallback=given)  # the district the source gives, where the name's head names none
    for line in open(newarea, encoding="utf-8"):
        province, prefecture, name = line.split()
        add(name, "new_area", province, "" if prefecture == "-" else prefecture)
    for r in csv.DictReader(open(areas, encoding="utf-8")):
        if r["code"][4] == "7" and ZONE_WORD.search(r["name"]):
            prefecture = city_names[r["cityCode"]]
            province = next(p for p, t in table.items() if prefecture in t and t[prefecture] == (prefecture, ""))
            add(r["name"], "coded", province, prefecture)
    strip_city_heads(rows, table)
    lines = [HEADER.rstrip("\n")] + ["\t".join(r) for r in rows.values()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} zones", file=sys.stderr)
    for m in missing:
        print("no parent:", m, file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:7])
