"""The zone table (tracker/extract/data/zones.tsv) and the rules that read it (issue #15, branch zones9):
listed_zone_name, listed_zone_parent, stem_district_zone, partner_zone, listed_zone_interior. Hand-worked cases and
probes of the same class (other zones, other wordings), with near-misses that must not fire."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract.extract import extract_text
from tracker.extract.gazetteer import gazetteer, is_place, listed_zone, zone_table
from tracker.extract.text import normalise
from tracker.extract.zones import (partner_zone, printable_region, spoken_zone, stem_district_zone, zone_interiors_masked,
                                   zone_names, zone_superior)


def _read(text: str) -> tuple[list[str], dict]:
    r = extract_text(text, document="probe.txt", min_confidence=0.0, today=datetime.date(2026, 12, 3))
    return sorted({t["region"] for t in r.targets}), {x["id"]: x for x in r.review}


# --------------------------------------------------------------------------- the table


def test_table_counts_by_kind():
    from tracker.extract.gazetteer import _read_zones
    kinds = [z.kind for z in _read_zones()]
    assert (kinds.count("etdz"), kinds.count("hitech"), kinds.count("new_area"), kinds.count("coded")) == (232, 173, 19, 56)


def test_every_parent_is_a_place_of_the_gazetteer():
    from tracker.extract.gazetteer import GENERIC_NAMES, _read_zones, single_stem_counties
    provinces = {p.name for places in gazetteer().full.values() for p in places if p.level == "province"}
    for zone in _read_zones():
        assert zone.province in provinces, zone
        for parent in (zone.prefecture, zone.county):  # 雄县 (one character's stem) and 城东区 (a common phrase) too
            assert (parent is None or is_place(normalise(parent).text) or parent in provinces
                    or parent in single_stem_counties() or parent in GENERIC_NAMES), zone


@pytest.mark.parametrize("spelling, name, county, prefecture, province", [
    ("长寿经开区", "长寿经济技术开发区", "长寿区", "重庆市", "重庆市"),  # a 直辖市's district heads it
    ("长寿经济技术开发区", "长寿经济技术开发区", "长寿区", "重庆市", "重庆市"),
    ("江宁经开区", "江宁经济技术开发区", "江宁区", "南京市", "江苏省"),
    ("东侨开发区", "东侨经济技术开发区", None, "宁德市", "福建省"),  # its parent from 宁德's annals page
    ("东侨区", "东侨经济技术开发区", None, "宁德市", "福建省"),
    ("株洲高新区", "株洲高新技术产业开发区", None, "株洲市", "湖南省"),
    ("杭州湾上虞经开区", "杭州湾上虞经济技术开发区", "上虞区", "绍兴市", "浙江省"),  # 杭州湾 is a bay: 绍兴's 上虞, not 杭州
    ("两江新区", "两江新区", None, "重庆市", "重庆市"),
    ("重庆两江新区", "两江新区", None, "重庆市", "重庆市"),
    ("东湖高新区", "武汉东湖新技术开发区", None, "武汉市", "湖北省"),  # city_stripped_form
])
def test_listed_zone_by_name_and_short_forms(spelling, name, county, prefecture, province):
    zone = listed_zone(spelling)
    assert (zone.name, zone.county, zone.prefecture, zone.province) == (name, county, prefecture, province)


def test_no_parent_is_guessed():
    assert listed_zone("红旗渠经济技术开发区").prefecture is None  # 红旗 is 新乡's 红旗区, but 红旗渠 is a canal of 林州
    assert listed_zone("红旗渠经济技术开发区").county is None
    from tracker.extract.gazetteer import _read_zones
    assert next(z for z in _read_zones() if z.name == "西咸新区").prefecture is None  # spans 西安 and 咸阳


@pytest.mark.parametrize("spelling", ["浦东新区", "兰州新区", "滨海新区", "经开区", "高新区", "临港经开区", "开发区"])
def test_divisions_and_bare_words_are_no_listed_zone(spelling):
    assert listed_zone(spelling) is None  # a division stays the division's; a bare word or a shared stem names no one zone


def test_every_spelling_names_one_zone():
    assert all(not is_place(form) for form in zone_table())


# --------------------------------------------------------------------------- listed_zone_name


def test_zone_names_reads_a_zone_whose_head_is_a_district():
    t = "2025年,长寿经济技术开发区将聚焦主导产业,长寿经开区力争产值增长10%。"
    assert zone_names(t) == ["长寿经济技术开发区", "长寿经开区"]


def test_zone_names_reads_a_zone_whose_head_is_no_place():
    assert zone_names("东侨开发区将加快产业升级") == ["东侨开发区"]
    assert zone_names("宾西经开区将加快产业升级") == ["宾西经开区"]


@pytest.mark.parametrize("t", ["创建国家级经开区", "各开发区要加快发展", "全省高新区实现营业收入", "新区建设加快推进"])
def test_zone_names_near_misses(t):
    assert zone_names(t) == []


def test_spoken_zone_gives_the_longest_spelling_of_one_listed_zone():
    t = "重庆两江新区管委会宣布,两江新区将力争投资4000亿元,两江新区计划实现GDP1300亿元。"
    assert spoken_zone(t) == "重庆两江新区"


# --------------------------------------------------------------------------- whole texts


@pytest.mark.parametrize("text, region", [
    ("长寿经济技术开发区2025年工作要点\n2025年,长寿经济技术开发区将聚焦主导产业,力争规模以上工业总产值达到1200亿元,"
     "该区固定资产投资增长8%。", "长寿经济技术开发区"),  # full name, head a district (待定地区 before)
    ("涪陵经济技术开发区工作会议召开\n2024年,涪陵经开区将围绕主导产业,力争规上工业产值增长10%,该区新签约项目30个。",
     "涪陵经济技术开发区"),  # another 重庆 district's zone, by both spellings: the longest
    ("江宁经开区召开2024年度工作会议\n2024年,江宁经开区将围绕高质量发展,力争实现地区生产总值增长6%,全区新增高新技术企业150家。",
     "江宁经开区"),  # short name only: as the text spells it
    ("东侨开发区:奋力推进高质量发展\n2024年,东侨开发区将加快产业升级,力争规上工业产值增长10%,全区固定资产投资达到80亿元。",
     "东侨开发区"),  # its city never printed
])
def test_zone_texts(text, region):
    assert _read(text)[0] == [region]


def test_stem_district_zone_prints_the_zones_own_name_and_its_city():
    regions, review = _read("宁德东侨区加快发展\n2024年,东侨区将继续发挥区位优势,力争地区生产总值增长7%。")
    assert regions == ["东侨经济开发区"]
    note = next(x for k, x in review.items() if k != "plan")["guessed"]["region"]
    assert "东侨区" in note and "宁德市" in note
    assert stem_district_zone("东侨区") == "东侨经济开发区"
    assert stem_district_zone("东侨开发区") is None  # spelled with its word: printed as the text spells it
    assert stem_district_zone("长寿区") is None  # a division


def test_a_zone_named_as_a_partner_is_not_the_region():
    regions, _ = _read("2024年,全区地区生产总值增长6%。区委区政府要求,主动对接武汉东湖新技术开发区、东湖新技术开发区,"
                       "力争引进光电子企业20家。全区上下要抓好落实。")
    assert "武汉东湖新技术开发区" not in regions  # was the region before partner_zone
    assert partner_zone("主动对接武汉东湖新技术开发区、东湖高新区", "武汉东湖新技术开发区")
    assert partner_zone("加强与长寿经开区、两江新区的产业合作", "长寿经开区")
    assert not partner_zone("东湖高新区将聚焦光电子信息产业", "东湖高新区")
    assert not partner_zone("主动对接武汉东湖新技术开发区。东湖高新区将聚焦光电子", "武汉东湖新技术开发区")  # once its own subject
    regions, _ = _read("合川区2024年政府工作报告\n2024年全区经济社会发展的主要预期目标是:地区生产总值增长6%左右。"
                       "我区将加强与长寿经开区、两江新区的产业合作,力争引进项目50个。")
    assert regions == ["合川区"]


def test_a_county_inside_a_zones_name_is_not_read():
    t = ("2024年,全县地区生产总值增长6%。县委县政府要求,加强与大连长兴岛经济技术开发区、长兴岛经开区的石化产业合作,"
         "力争引进项目20个。全县上下要抓好落实。")
    regions, review = _read(t)
    assert "长兴县" not in str(review["plan"])  # 长兴 is 长兴县 of 浙江 — here only inside 大连's zone
    assert zone_interiors_masked("大连长兴岛经济技术开发区") == "大连〇〇〇〇〇〇〇开发区"
    assert zone_interiors_masked("武汉东湖新技术开发区和东湖高新区") == "武汉〇〇〇〇〇开发区和〇〇高新区"
    assert zone_interiors_masked("长寿经济技术开发区") == "长寿经济技术开发区"  # 长寿 is its own county: kept
    assert zone_interiors_masked("长兴经济技术开发区") == "长兴经济技术开发区"  # 长兴县's own zone


def test_texts_naming_no_zone_are_unchanged():
    t = "2024年,平罗县全县地区生产总值增长6%,县委要求确保固定资产投资增长8%。"
    assert zone_interiors_masked(t) is t
    assert _read(t)[0] == ["平罗县"]


def test_listed_zone_parent_superiors_and_printable():
    assert zone_superior("长寿区", "长寿经济技术开发区")
    assert zone_superior("重庆市", "长寿经开区")
    assert not zone_superior("涪陵区", "长寿经济技术开发区")
    assert zone_superior("宁德市", "东侨开发区")
    assert printable_region("东侨区") and printable_region("长寿经开区")
    assert not printable_region("经开区")
