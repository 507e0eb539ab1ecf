"""The eighth blind frame check's and the thirty-second split's classes (frame round nine): national_new_area,
division_named_park, city_generic_district (gazetteer.py), country_in_passing, park_in_district, agency_dateline,
december_present (context.py), rank_not_scope and span_opener (extract.py), city_bare_zone (zones.py), pledged_year and
estimate_subject (docdate.py), used_span's 经过N年 (patterns.py) — hand-worked cases and invented probe texts of the same
classes in other wording."""

from __future__ import annotations

import datetime
import re
import sys
from pathlib import Path

from tracker.extract import extract_text
from tracker.extract.context import country_in_passing, park_in_district, region_in, without_dateline
from tracker.extract.docdate import document_year, pledged_year, year_end_estimate
from tracker.extract.gazetteer import gazetteer, generic_districts_in, names_in
from tracker.extract.region_model import read_region, zone_speaker
from tracker.extract.zones import city_bare_zone

TODAY = datetime.date(2026, 12, 3)


def regions(text: str, **kw) -> set[str]:
    return {d["region"] for d in extract_text(text, min_confidence=0, today=TODAY, **kw).targets}


def drafts(text: str, **kw) -> list[dict]:
    return extract_text(text, min_confidence=0, today=TODAY, **kw).targets


# national_new_area -------------------------------------------------------------------------------------------------

def test_national_new_areas_are_places():
    (xiongan,) = gazetteer().places("雄安新区")
    assert xiongan.province == "河北省" and xiongan.prefecture is None
    assert gazetteer().places("贵安新区")[0].province == "贵州省"
    assert [n for _, _, n in names_in("今年雄安新区预计实施重点项目共270个")] == ["雄安新区"]


def test_a_new_areas_news_is_the_new_areas():
    # invented: 贵安新区's project news in other wording, no 全区, no province named
    text = ("贵安新区一季度重大项目集中开工\n3月1日,贵安新区举行集中开工活动,共开工项目36个。"
            "今年贵安新区计划实施重点项目180个,计划完成年度投资500亿元。贵安新区将加快数据中心建设。\n")
    assert regions(text, year=2024) == {"贵安新区"}


# country_in_passing ------------------------------------------------------------------------------------------------

ZIGONG_LIKE = ("会上,宜宾提出,要确保今年经济总量过3000亿元。宜宾的一家企业生产的电池用到我国首批新能源重卡上。"
               "宜宾将加快园区建设,力争规模工业增加值增长10%。宜宾还将开展创新试点。\n")


def test_country_in_passing():
    assert country_in_passing(ZIGONG_LIKE) == "宜宾市"  # 宜宾 four times, 我国 once (a firm's product)
    assert country_in_passing("我国经济…全国统一大市场…宜宾宜宾宜宾") is None  # two national words: national
    assert country_in_passing("我国首艘航母。宜宾提出目标") is None  # 宜宾 once: no place named again and again
    assert regions(ZIGONG_LIKE, year=2024) == {"宜宾市"}


# rank_not_scope ----------------------------------------------------------------------------------------------------

def test_a_provincial_rank_in_a_citys_text_is_the_citys():
    # invented: a city's congress news; 省级 ranks the centres it creates, 全市 is its own voice
    text = ("2月20日,南阳市第八届人民代表大会第三次会议开幕。今年全市将创建省级工程技术研究中心15家以上,"
            "新增高新技术企业100家。南阳市将加快建设副中心城市。\n")
    assert regions(text, year=2025) == {"南阳市"}


# city_generic_district and park_in_district ------------------------------------------------------------------------

def test_city_generic_district():
    t = "乐山市市中区第十届人民代表大会开幕。该区将实施项目。奋力谱写市中区新篇章。"
    assert generic_districts_in(t) == {"市中区": 2}
    assert generic_districts_in("全市城区人口增长") == {}  # no city before it: a common phrase
    assert generic_districts_in("南京市市中区") == {}  # 南京市 has no 市中区: a phrase, not a division
    assert not zone_speaker(t + "完成某某产业园建设")  # the district is named in full: 该区 is the district's


def test_park_in_district():
    t = "内江市市中区…市中区…该区…市中区将…完成甜味食品产业园建设"
    assert park_in_district(t, "市中区", "甜味食品产业园")  # 市中区 three times, the park once
    assert not park_in_district(t, "株洲经开区", "株洲经开区")  # a zone's own scope: no district
    assert not park_in_district("市中区…某某产业园…某某产业园", "市中区", "某某产业园")  # named less than three times


def test_a_generic_district_report_is_the_districts():
    # invented: 阳泉市城区 (a district called 城区) at its congress, a park named in passing
    text = ("1月10日,阳泉市城区第十七届人民代表大会第四次会议开幕。城区人民政府区长作报告。\n"
            "新的一年,该区将实现地区生产总值增长6%,完成阳泉数字经济产业园一期建设,城区固定资产投资增长8%。\n")
    assert regions(text, year=2025) == {"城区"}


# division_named_park -----------------------------------------------------------------------------------------------

def test_a_district_named_like_a_park_is_kept():
    (lvyuan,) = gazetteer().places("绿园区")
    assert lvyuan.prefecture == "长春市" and lvyuan.province == "吉林省"
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    try:
        from build_gazetteer import NOT_ADMINISTRATIVE
    finally:
        sys.path.pop(0)
    assert not NOT_ADMINISTRATIVE.search("绿园区")
    assert NOT_ADMINISTRATIVE.search("苏州工业园区")  # a park stays out


def test_a_district_titled_with_its_city():
    text = ("2024年,长春市绿园区这样干!\n长春市绿园区委副书记、区长 某某\n"
            "2024年,我们将锚定目标。预期目标是,地区生产总值同比增长7%,固定资产投资同比增长6%。\n")
    assert regions(text) == {"绿园区"}


# city_bare_zone ----------------------------------------------------------------------------------------------------

def test_city_bare_zone():
    t = ("9月3日,开发区召开全区干部大会。开发区提出,力争全年实现地区生产总值150亿元。开发区正在加快建设,"
         "明确了其作为芜湖市对外开放主阵地的定位。")
    assert city_bare_zone(t, "芜湖市") == "芜湖开发区"
    assert city_bare_zone(t.replace("芜湖市", "全市芜湖市"), "芜湖市") is None  # the city speaks: its text
    assert city_bare_zone("高新区召开会议。高新区提出目标。", "大连市") is None  # twice only
    assert city_bare_zone(t, None) is None
    assert regions(t, year=2019) == {"芜湖开发区"}


# agency_dateline ---------------------------------------------------------------------------------------------------

def test_agency_dateline_names_no_region():
    assert without_dateline("新华网广州1月31日电(记者)河源") == "新华网〇〇1月31日电(记者)河源"
    assert region_in("新华社北京3月5日电 力争引进项目110个") is None
    assert region_in("中新网成都5月2日电 绵阳市提出") == "绵阳市"
    assert region_in("广州市1月31日召开会议") == "广州市"  # no agency before it: the place itself


# pledged_year ------------------------------------------------------------------------------------------------------

def test_pledged_year():
    assert pledged_year("该市各部门就2023年工业发展及招商工作立下了军令状") == [2023]
    assert pledged_year("推动2023年全市工业投资新增超21亿元,力争全年完成工业投资237.26亿元") == [2023]
    assert pledged_year("力争2025年新增企业100家") == []  # a deadline alone: no 全年
    # other wording: a county signs its year's responsibility letters
    found = document_year("据了解,2022年,全县工业投资增长8%。会上,各乡镇就2023年招商引资工作签订了责任书。")
    assert found is not None and found[0] == 2023


# used_span's 经过N年 ----------------------------------------------------------------------------------------------

def test_a_span_passed_through():
    text = "2015年3月2日\n我们将力争经过3年左右的时间,培育10家百亿元企业。\n"
    assert [d["due"] for d in drafts(text)] == [2017]  # 2015, 2016, 2017


# estimate_subject, december_present, span_opener -------------------------------------------------------------------

def test_estimate_subject():
    assert year_end_estimate("2025年,同安区预计地区生产总值增长6.5%左右")[0] == 2026
    assert year_end_estimate("2019年,该市预计完成投资100亿元")[0] == 2020
    assert year_end_estimate("2019年,工业增加值预计增长8%") is None  # no place before 预计: as before


DECEMBER = ("某某网12月20日讯 昨日,思明区第十八届人民代表大会第六次会议开幕。\n"
            "2025年,思明区预计地区生产总值增长5.5%左右,顺利实现年度目标任务。\n"
            "过去一年,思明区新增城镇就业1.2万人。\n"
            "未来五年,思明区将建设现代化中心城区。经济社会发展主要目标是,地区生产总值达2500亿元,年均增长5.5%。\n")


def test_december_present():
    from tracker.extract.context import document_context

    ctx = document_context(DECEMBER, None, None, 2026)
    assert (ctx.year, ctx.relative_year) == (2026, 2025)  # for 2026, written in 2025
    assert {(d["due"], d["kind"]) for d in drafts(DECEMBER)} == {(2030, "level"), (2030, "cagr")}  # 2026–2030
    january = DECEMBER.replace("12月20日", "1月10日")  # a January congress reviewing the estimates: 今年 is its year
    ctx = document_context(january, None, None, 2026)
    assert (ctx.year, ctx.relative_year) == (2026, None)


def test_span_opener():
    from tracker.extract.extract import span_opener

    assert span_opener("未来五年,同安区将建设现代化新城区。")
    assert span_opener("今后三年,我们要实现工业倍增。")
    assert not span_opener("过去五年,我们实现了工业倍增。")
    assert not span_opener("未来五年是关键时期。")  # no intent
    # the aims announced for the term end a review too (term_aims_opener did this before the merge with sentence round
    # ten; it now only dates the aims): no intent word in the opening sentence, 主要目标是 in the next
    assert span_opener("今后五年,是我县转型发展的关键时期。主要目标是:地区生产总值达300亿元。")
    assert not span_opener("未来五年是关键时期。发展目标是,工业倍增。")  # no comma after the term: not its opening
    review = "过去一年,全县新增城镇就业2.4万人。\n今后五年,是我县转型发展的关键时期。主要目标是:地区生产总值达300亿元。"
    assert [(d["due"], d["target"]["value"]) for d in drafts(review, year=2021, region="犍为县")] == [(2025, 300.0)]
    assert re.search("2030", str([d["due"] for d in drafts(DECEMBER)]))
