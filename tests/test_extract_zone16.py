"""The twenty-ninth split's frame classes: titled_zone, zone_superior (zones.py), work_heading_line and planned_subject
(docdate.py), planned_yoy (classify.py), respective_rate (lists.py), list_marker (markers.py) — hand-worked cases and
invented probe texts of the same classes in other wording."""

from __future__ import annotations

import pytest

from tracker.extract import extract_text
from tracker.extract.classify import classify, planned_yoy
from tracker.extract.context import compared_away, document_context
from tracker.extract.docdate import document_year
from tracker.extract.markers import list_marker
from tracker.extract.zones import printed_region, spoken_zone, titled_zone, zone_superior

#: Invented: a zone's work meeting whose 党工委书记 is also its city's 市委常委 and whose results rank 位居全市前列.
ZONE_MEETING = ("长沙高新区2025年工作会议召开\n3月1日,长沙高新区召开2025年工作会议。长沙市委常委,高新区党工委书记张三出席会议并讲话。"
                "2024年,长沙高新区全区地区生产总值增长6.1%,主要指标位居全市前列。会议提出,2025年全区主要预期目标为:地区生产总值增长6.5%,"
                "规模以上工业增加值增长8%。\n")
#: Invented: a zone headed by a town the gazetteer lacks (白马), its plan in one sentence, and 国内生产总值 said in passing.
TOWN_ZONE = ("白马开发区:全力冲刺年度目标\n\n  2010年,白马开发区计划实现工业总产值50亿元、税收收入3亿元,同比分别增长15%。\n\n"
             "  开发区管委会认为,只要全区上下齐心协力,就一定能实现国内生产总值的增长目标。开发区要求,加快项目建设。\n")
#: Invented: a heading of the year's work over numbered aims, in four kinds of list marker.
NUMBERED_AIMS = "2024年工作安排\n全区主要预期目标是:\n1.地区生产总值增长6%\n(2)一般公共预算收入增长5%左右\n③固定资产投资完成120亿元\n"


def test_zone_superior_is_the_zones_city_and_province():
    assert zone_superior("济南市", "济南高新区")
    assert zone_superior("山东省", "济南高新区")
    assert zone_superior("长沙市", "长沙高新区")
    assert not zone_superior("青岛市", "济南高新区")  # another city of the province: a place of its own
    assert not zone_superior("济南高新区", "济南高新区")
    assert not zone_superior("济南市", None)  # a text that speaks as no zone


def test_a_zone_meeting_is_the_zones_though_its_city_acts_in_it():
    drafts = extract_text(ZONE_MEETING, min_confidence=0).targets
    assert {(d["region"], d["due"], d["target"]["rate"]) for d in drafts} == {("长沙高新区", 2025, 6.5), ("长沙高新区", 2025, 8.0)}


def test_titled_zone():
    assert titled_zone(TOWN_ZONE) == "白马开发区"
    assert titled_zone("顶效开发区:努力保持经济发展良好态势\n\n2008年,顶效开发区计划实现…") == "顶效开发区"
    assert titled_zone("白马开发区:全力冲刺\n全市…") is None  # named once only
    assert titled_zone("创建国家级开发区\n创建国家级开发区…") is None  # a verb before the zone's word
    assert titled_zone("2024年工作安排\n全区…") is None
    assert spoken_zone(compared_away(TOWN_ZONE)) == "白马开发区"  # 开发区管委会, 开发区要求, 全区, 白马开发区计划: four


def test_a_titled_zone_is_printed_though_its_head_is_no_place():
    assert printed_region("白马开发区", "白马开发区", "白马开发区") is None
    assert printed_region("开发区", "白马开发区", "白马开发区") == "白马开发区"
    assert printed_region("白马开发区", None) == "待定地区"  # no text read it as its zone: still guarded


def test_a_zone_text_with_national_words_is_the_zones():
    ctx = document_context(TOWN_ZONE, None, None)
    assert (ctx.scope, ctx.year) == ("白马开发区", 2010)  # not 全国 by 国内生产总值; planned_subject: 2010年,…计划实现


@pytest.mark.parametrize("sentence, planned", [
    ("2008年,顶效开发区计划实现国内生产总值24亿元、财政收入2.4亿元,同比分别增长20%。", True),
    ("全区计划完成固定资产投资80亿元,同比增长12%。", True),
    ("1-3月,全区计划完成投资5亿元,同比增长20%。", False),  # a part of the year: a result
    ("全区按计划完成投资5亿元,同比增长20%。", False),  # 按计划: done as planned
    ("全区计划实现产值10亿元,已完成6亿元,同比增长20%。", False),  # 已
    ("同比增长20%,计划实现产值10亿元。", False),  # 同比 before the plan verb
])
def test_planned_yoy(sentence, planned):
    assert planned_yoy(sentence, 2008) is planned


def test_planned_yoy_makes_the_sentence_a_commitment():
    assert classify("2008年,顶效开发区计划实现国内生产总值24亿元、财政收入2.4亿元,同比分别增长20%。", 2008)[0] == "commitment"
    assert classify("1-3月,全区计划完成投资5亿元,同比增长20%。", 2008)[0] == "result"


def test_respective_rate_after_two_levels():
    """Two levels and one rate after 同比分别增长: four goals, the two growths sharing the quote, each with its level's
    indicator (hand-worked: 50亿元, 3亿元, 15% of 工业总产值 and 15% of 税收收入)."""
    drafts = extract_text(TOWN_ZONE, min_confidence=0).targets
    got = {(d["kind"], d["indicator"], d["target"].get("value") or d["target"].get("rate")) for d in drafts}
    assert got == {("level", "工业总产值", 50.0), ("level", "税收收入", 3.0), ("growth", "工业总产值", 15.0), ("growth", "税收收入", 15.0)}
    assert {d["region"] for d in drafts} == {"白马开发区"} and {d["due"] for d in drafts} == {2010}


def test_a_planned_rate_after_a_single_level_is_one_growth():
    """planned_yoy without a list: 计划实现工业总产值50亿元,同比增长15% — the level and one growth (before planned_yoy the
    growth was read as a result)."""
    drafts = extract_text("2010年,白马开发区计划实现工业总产值50亿元,同比增长15%。", region="白马开发区", year=2010, min_confidence=0).targets
    assert [(d["kind"], d["target"].get("value") or d["target"].get("rate")) for d in drafts] == [("level", 50.0), ("growth", 15.0)]


@pytest.mark.parametrize("text, year", [
    ("梁溪区人大会议开幕\n2023年主要工作\n全区经济社会发展的主要预期目标是:\n01/地区生产总值增长5%\n", 2023),
    ("某区两会\n2025年重点任务:\n全区地区生产总值增长6%\n", 2025),
    ("某区两会\n2026年工作安排\n全区地区生产总值增长6%\n", 2026),
])
def test_work_heading_line_names_the_year(text, year):
    assert document_year(text)[0] == year


def test_a_review_heading_is_no_work_heading():
    found = document_year("某区两会\n2022年主要工作回顾\n全区地区生产总值增长4%。\n")
    assert found is None or found[0] != 2022


@pytest.mark.parametrize("sentence, original, length", [
    ("01/地区生产总值增长5%", None, 3),
    ("1.地区生产总值增长6%", None, 2),
    ("2、全市规上工业增加值增长8%", None, 2),
    ("(2)一般公共预算收入增长5%左右", None, 3),
    ("(一)全市地区生产总值", None, 3),
    ("三、规模以上服务业营业收入增长8%", None, 2),
    ("3固定资产投资完成120亿元", "③固定资产投资完成120亿元", 1),
    ("1.5%的增长", None, 0),  # an amount, not a marker
    ("10万吨", None, 0),
    ("2023年全市", None, 0),
    ("一、二、三产业增加值", None, 0),  # numbers listed
])
def test_list_marker(sentence, original, length):
    assert list_marker(sentence, original) == length


def test_numbered_aims_draft_without_their_markers():
    drafts = extract_text(NUMBERED_AIMS, region="某区", min_confidence=0).targets
    assert [d["source"]["quote"] for d in drafts] == ["地区生产总值增长6%", "一般公共预算收入增长5%左右", "固定资产投资完成120亿元"]
    assert [d["title"] for d in drafts] == ["地区生产总值增长6%", "一般公共预算收入增长5%左右", "固定资产投资完成120亿元"]
    assert [d["indicator"] for d in drafts][:2] == ["地区生产总值", "一般公共预算收入"]
    assert {d["due"] for d in drafts} == {2024}


def test_plan_sentence_after_an_announcing_lead_in():
    """announced_plan: "会议明确,2025年…主要预期目标为:…" after a paragraph opened with last year's results turns the paragraph to
    the plan: the sentence after it (新增城镇就业0.8万人) is an aim of 2025 too, not a result."""
    from tracker.extract.extract import plan_sentence
    assert plan_sentence("会议明确,2025年全区主要预期目标为:地区生产总值增长6%。", 2025)
    assert not plan_sentence("会议明确,2023年全区地区生产总值增长6%。", 2025)  # an earlier year
    text = ("2024年,全区地区生产总值达到120亿元,同比增长6.1%。会议明确,2025年全区主要预期目标为:地区生产总值增长6%,"
            "固定资产投资增长5%。新增城镇就业0.8万人,完成节能减排任务。")
    drafts = extract_text(text, region="某区", min_confidence=0).targets
    assert {(d["indicator"], d["due"]) for d in drafts} == {("地区生产总值", 2025), ("固定资产投资", 2025), ("新增城镇就业", 2025)}
