"""Region classes found by invented probes (issue #15, probe 9, branch regionB): autonomous_county_stem (an autonomous
county or banner written without its nationalities names it in full: 三江县, 峨山县). Hand-worked cases from the probes,
invented probes of the same class in other places and wording, and near misses the rules must not fire on."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract_text
from tracker.extract.gazetteer import gazetteer, is_place, names_in

TODAY = datetime.date(2026, 12, 3)


def regions(text: str) -> list[str]:
    return [d["region"] for d in extract_text(text, min_confidence=0, today=TODAY).targets]


# --------------------------------------------------------------------------
# autonomous_county_stem (C1, C2)


@pytest.mark.parametrize("spelling, full", [
    ("三江县", "三江侗族自治县"),  # numeral-initial: NOT_REGION_HEAD kept it from the shape rules
    ("三都县", "三都水族自治县"),
    ("五峰县", "五峰土家族自治县"),
    ("峨山县", "峨山彝族自治县"),
    ("威宁自治县", "威宁彝族回族苗族自治县"),
    ("莫力达瓦旗", "莫力达瓦达斡尔族自治旗"),  # a banner: stem and 旗
])
def test_autonomous_stem_names_the_county(spelling, full):
    assert gazetteer().full[spelling][0].name == full


@pytest.mark.parametrize("spelling", ["三县", "五个县", "十县", "两县", "三江", "峨山"])
def test_counts_and_bare_stems_are_no_place(spelling):
    """Near misses: counts of counties have no stem of two characters an autonomous county owns; a bare stem (三江 is also
    a river's word) is no full name."""
    assert not is_place(spelling)


def test_an_existing_name_is_not_overwritten():
    """A spelling already listed keeps its place: 长阳县 stays the one county 长阳土家族自治县, and a county named X县 in full
    (平江县) is not re-pointed."""
    assert [p.name for p in gazetteer().full["长阳县"]] == ["长阳土家族自治县"]
    assert [p.name for p in gazetteer().full["平江县"]] == ["平江县"]


@pytest.mark.parametrize("text, region", [
    # p20: 三江县 as the subject of its own year's aims
    ("三江县2015年经济工作会议召开\n2015年1月20日\n2015年，三江县将力争实现地区生产总值增长9%，财政收入增长8%，"
     "完成固定资产投资65亿元。\n", "三江侗族自治县"),
    # p42: the title names it, the aims speak as 全县
    ("三都县召开2016年工业工作会议\n2016年1月8日\n会议提出，今年全县规模以上工业增加值增长12%，工业总产值力争突破30亿元。\n",
     "三都水族自治县"),
    # m07 (C2): a speaker named by the short form, at a city's meeting — the goal is the county's, not the city's
    ("玉溪市召开2025年经济工作推进会\n2025年2月12日\n峨山县委书记说，全县今年力争地区生产总值增长7%。\n", "峨山彝族自治县"),
    # invented: another numeral-initial county, another wording
    ("五峰县2023年政府工作报告\n2023年1月5日\n今年全县地区生产总值增长6.5%左右，一般公共预算收入增长5%。\n", "五峰土家族自治县"),
])
def test_autonomous_short_form_is_the_region(text, region):
    assert set(regions(text)) == {region}


def test_a_count_of_counties_is_no_region():
    """Near miss: 三个县 and 五县 are counts; the city that speaks keeps its goals."""
    text = "南宁市召开2025年工作会议\n2025年1月8日\n全市三个县和五县区要加快发展，今年全市地区生产总值增长6%。\n"
    assert set(regions(text)) == {"南宁市"}
    assert [n[2] for n in names_in("三个县和五县区")] == []
