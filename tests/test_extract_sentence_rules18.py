"""Sentence rules of the eighteenth sentence round (issue 15), each with hand-worked cases and probe sentences of the same
class in other wording: threshold_list (政府投资5000万元以上、企业投资亿元以上项目260个), plan_total (计划实施…项目260个,总投资
3673亿元,年度计划完成建设投资700亿元), share_over_span (再用3年…全覆盖 stays 100%), compute_unit (算力突破20万P), annual_lead
(年度完成总投资640亿元以上) and levels_not_place (谋划实施省市区重点项目390个).

Every value below was worked out by reading the sentence: what a reader takes as the goal, its number and unit.
"""

from __future__ import annotations

import pytest

from extract_drafts import drafts as _drafts
from tracker.extract import patterns as P
from tracker.extract.classify import plan_contents, plan_total
from tracker.extract.extract import _leading_verb
from tracker.extract.lists import counted_threshold
from tracker.units import convert, parse_unit

# --------------------------------------------------------------------------
# threshold_list


def test_threshold_list_reads_each_threshold_as_a_size_class():
    # 乌兰察布: two thresholds joined by 、 (the second with no digits, 亿元以上), then the projects and their count
    assert counted_threshold("以上、企业投资亿元以上项目260个", "万元")
    assert counted_threshold("以上或5000万美元以上项目80个", "亿元")  # probe: 或 and another currency
    assert counted_threshold("以上重点工业项目100个以上", "万元")  # the single threshold still reads
    assert not counted_threshold("以上、企业投资亿元以上项目", "万元")  # no count after: nothing is counted
    assert not counted_threshold("以上、增长10%", "亿元")  # an amount and a rate, no threshold list


def test_threshold_list_drafts_the_count_only():
    # hand-worked: 260 projects to carry out in 2026; 5000万元 and 亿元 say how big each project is
    s = "今年全市计划实施政府投资5000万元以上、企业投资亿元以上项目260个。"
    assert _drafts(s, year=2026, region="乌兰察布市") == [("乌兰察布市", "level", 2026, 260.0, "个")]
    # probe: 或 between the thresholds, dollars in the second
    s = "全年计划实施1亿元以上或5000万美元以上项目80个。"
    assert _drafts(s, year=2025, region="犍为县") == [("犍为县", "level", 2025, 80.0, "个")]


# --------------------------------------------------------------------------
# plan_total

ULANQAB = ("该市今年计划实施政府投资5000万元以上、企业投资亿元以上项目260个,总投资3673亿元,年度计划完成建设投资700亿元;"
           "其中,能源投资项目有95个、大数据项目有51个,铁合金项目有16个,优势产业项目继续占据C位。")


def test_plan_total_recognises_a_plan_described_by_its_contents():
    s = "该市今年计划实施政府投资5000万元以上、企业投资亿元以上项目260个,总投资3673亿元,年度计划完成建设投资700亿元;"
    assert plan_total(s, 2026) and plan_contents(s, 2026)
    # no year's amount after the total: the total stays (黑龙江's 建设…产业项目3800个,总投资1万亿元以上)
    assert not plan_total("今年计划实施重点项目150个,总投资1200亿元。", 2025)
    # a plan already carried out is a result, not a plan's contents
    assert not plan_total("去年计划实施重点项目150个,总投资1200亿元,已完成投资300亿元。", 2025)


def test_plan_total_keeps_the_count_and_the_years_amount():
    # hand-worked: 260 projects and the year's 700亿元 are the aims; 3673亿元 is the projects' total over their years,
    # and 95, 51, 16 (after 其中) are parts of the 260
    assert _drafts(ULANQAB, year=2026, region="乌兰察布市") == [
        ("乌兰察布市", "level", 2026, 260.0, "个"), ("乌兰察布市", "level", 2026, 700.0, "亿元")]


def test_plan_total_probes_in_other_wording():
    # 计划投资 for the year's amount, 其中…有 after ;: 计划安排 lists the projects (context, as 深圳's 共安排项目883个)
    s = "全县今年计划安排重点项目120个,总投资860亿元,年度计划投资210亿元;其中,工业项目有60个。"
    assert _drafts(s, year=2025, region="犍为县") == [("犍为县", "level", 2025, 210.0, "亿元")]
    # 计划实施 sets the count itself: both the count and the year's amount
    s = "今年全区计划实施重点项目150个,总投资1200亿元,年度计划完成投资300亿元。"
    assert _drafts(s, year=2025, region="某区") == [("某区", "level", 2025, 150.0, "个"), ("某区", "level", 2025, 300.0, "亿元")]


def test_plan_total_leaves_a_total_with_no_years_amount():
    s = "今年全省要建设“四单合一”产业项目3800个,总投资1万亿元以上,高技术制造业投资增长10%以上。"
    assert _drafts(s, year=2026, region="黑龙江省") == [
        ("黑龙江省", "growth", 2026, 10.0, None), ("黑龙江省", "level", 2026, 1.0, "万亿元"), ("黑龙江省", "level", 2026, 3800.0, "个")]


# --------------------------------------------------------------------------
# share_over_span


def test_share_over_span_keeps_full_cover_a_level_of_100_percent():
    # 茂名 (2018): 再用3年左右时间 is 2018—2020; 全覆盖 is every firm: a level of 100% by 2020, not 100 added to 2017's share
    s = "力争再用3年左右时间,推动全市规上企业全覆盖实施技术改造,工业技术改造投资年均增长20%左右。"
    assert _drafts(s, year=2018, region="茂名市") == [("茂名市", "cagr", 2020, 20.0, None), ("茂名市", "level", 2020, 100.0, "%")]


def test_share_over_span_probes_and_the_sum_it_leaves():
    # a rate over three years (2024—2026) is the level at the end
    assert _drafts("力争用三年时间,全县村卫生室标准化覆盖率达到90%。", year=2024, region="犍为县") == [
        ("犍为县", "level", 2026, 90.0, "%")]
    # a count over three years is still a sum on the year before the span (multi_year_total): plus 100
    out = _drafts("力争三年新增专精特新企业100家。", year=2024, region="犍为县")
    assert out == [("犍为县", "level", 2026, 100.0, None)]


# --------------------------------------------------------------------------
# compute_unit


def test_compute_unit_table():
    assert parse_unit("P").dimension == "compute"
    assert parse_unit("万P").factor == 10_000
    assert convert(20, "万P", "P") == pytest.approx(200_000)
    assert convert(5, "EFlops", "P") == pytest.approx(5_000)  # 1 EFlops = 1000 PFlops


def test_compute_unit_in_quantities():
    assert [m[0] for m in P.QUANTITY.finditer("力争年内投运算力突破20万P,推动")] == ["20万P"]
    assert [m[0] for m in P.QUANTITY.finditer("PUE值降至1.2,20万PUE")] == []  # P of PUE is no unit
    assert [m[0] for m in P.QUANTITY.finditer("新建PPP项目20个")] == ["20个"]


def test_compute_unit_drafts():
    assert _drafts("力争年内投运算力突破20万P。", year=2026, region="乌兰察布市") == [("乌兰察布市", "level", 2026, 20.0, "万P")]
    # probe: EFlops with a deadline
    assert _drafts("到2027年,全市智能算力规模达到5EFlops以上。", year=2025, region="庆阳市") == [("庆阳市", "level", 2027, 5.0, "EFlops")]


# --------------------------------------------------------------------------
# annual_lead and levels_not_place

GUANCHENG = ("围绕奋斗目标,管城区将围绕推动经济高质量发展等八个方面持续发力。倾力打造高质量发展平台,着力在推动经济高质量发展上"
             "迈出新步伐,围绕创新能力提升、基础设施建设、民生社会事业等重点支持领域,谋划实施省市区重点项目390个,"
             "年度完成总投资640亿元以上。")


def test_levels_not_place_finds_the_verb():
    # 省市区 (provincial, city and district projects) is not a place whose name swallows 谋划实施
    assert _leading_verb("谋划实施省市区重点项目")[0] == "谋划"
    assert _leading_verb("年度完成总投资")[0] == "完成"  # annual_lead
    assert _leading_verb("全市着力打造")[0] == "打造"


def test_annual_lead_and_levels_not_place_draft_the_districts_aims():
    # hand-worked: 390 projects and 640亿元 of the year's investment, both aims for 2024
    assert _drafts(GUANCHENG, year=2024, region="管城回族区") == [
        ("管城回族区", "level", 2024, 390.0, "个"), ("管城回族区", "level", 2024, 640.0, "亿元")]


def test_annual_lead_and_levels_not_place_probes():
    s = "全市将持续发力。着力扩大有效投资,谋划推进省市县重点项目200个,年度完成投资300亿元以上。"
    assert _drafts(s, year=2025, region="某市") == [("某市", "level", 2025, 200.0, "个"), ("某市", "level", 2025, 300.0, "亿元")]
    # a review with the same words reports: 2023年 is over
    s = "2023年,全区谋划实施省市区重点项目350个,年度完成投资600亿元。"
    assert _drafts(s, year=2024, region="管城回族区") == []


# --------------------------------------------------------------------------
# money_aim (the ninth frame check's 潜江 feature)


def test_money_aim_reads_the_level_of_the_money_named():
    from tracker.extract.lists import money_aim
    # hand-worked: 千亿 is one thousand 亿, in 元 though the text leaves 元 out; 产值 is what it measures
    assert money_aim("今年将实现千亿产值目标") == [(5, 7, 1000.0, "亿元", "产值")]
    assert money_aim("打造千亿产值产业") == []  # no verb of reaching, no 目标: a size class
    s = "去年五大传统产业产值达730亿,今年将实现千亿产值目标。"
    assert _drafts(s, year=2013, region="潜江市") == [("潜江市", "level", 2013, 1000.0, "亿元")]


def test_money_aim_probes_in_other_wording():
    assert _drafts("力争今年突破500亿元营收目标。", year=2013, region="潜江市") == [("潜江市", "level", 2013, 500.0, "亿元")]
    assert _drafts("今年五大传统产业将实现千亿元产值目标。", year=2013, region="潜江市") == [("潜江市", "level", 2013, 1000.0, "亿元")]
    assert _drafts("今年要打造千亿级产业集群。", year=2013, region="潜江市") == []  # size_word's class stays
