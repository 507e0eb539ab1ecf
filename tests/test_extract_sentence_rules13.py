"""Sentence rules of the thirteenth sentence round (issue 15), each with hand-worked cases: deployed_year_lead,
incubated_count, bracketed_kind, aims_makeup, net_total, scored_level, listed_parks and listed_examples — the classes the
twenty-second and twenty-third blind splits showed (汉寿's meeting news, 泰安's chains by size class, 宿迁's plan totals,
牡丹江's parks).

Every value below was worked out by reading the sentence: what a reader takes as the goal, its number and unit.
"""

from __future__ import annotations

from extract_drafts import drafts as _drafts
from tracker.extract import extract_text
from tracker.extract import lists as L
from tracker.extract.extract import (aims_lead, aims_makeup, deployed_year_lead, listed_examples, listed_nouns,
                                     net_total)


# --------------------------------------------------------------------------
# deployed_year_lead, incubated_count (汉寿)

HANSHOU = ("汉寿县:科技工信局专题学习县委经济工作会议精神\n"
           "1月8日,汉寿县科技工信局召开专题会议,认真学习贯彻县委经济工作会议精神。\n"
           "会上全文学习全县经济工作报告,部署了科工局2018年工作。\n"
           "工业工作,全县规模工业总产值达到240亿元;规模工业增加值增长10%;引进(新开工)固定资产投资1000以上工业项目20个,"
           "其中亿元以上项目8个;新进规模工业企业12户。\n"
           "科技工作,引进2-3个高端研发团队、机构;重点孵化20个科技型小微企业及重要成果转化项目,为2019年争创国家级夯实基础。\n")


def test_deployed_year_lead_reads_the_year_a_meeting_set_out():
    assert deployed_year_lead("会上全文学习全县经济工作报告,部署了科工局2018年工作。", 2018) == 2018
    assert deployed_year_lead("会议部署2019年重点工作", 2019) == 2019
    assert deployed_year_lead("部署了科工局2018年工作。", 2019) is None  # a year before the document's: a review
    assert deployed_year_lead("部署了科工局2018年工作,要求各单位抓好落实。", 2018) is None  # not the paragraph's end
    assert deployed_year_lead("安排2022年重点工作任务。", 2022) is None  # a work report's own lead (深圳): not a meeting's


def test_deployed_year_lead_dates_the_topic_paragraphs_after_it():
    # with the year and the county given (the frame): every aim of 工业工作 and 科技工作 is the year's — 240 亿元, 10%,
    # the 20 projects (1000以上 their size class, no unit), 8 of them over 亿元, 12 户, the lower end 2 of 2-3个, and
    # 20 个 incubated (incubated_count); 2019年 (为2019年争创国家级) dates no number
    assert _drafts(HANSHOU, year=2018, region="汉寿县") == sorted([
        ("汉寿县", "level", 2018, 240.0, "亿元"), ("汉寿县", "growth", 2018, 10.0, None),
        ("汉寿县", "level", 2018, 20.0, "个"), ("汉寿县", "level", 2018, 8.0, "个"), ("汉寿县", "level", 2018, 12.0, "户"),
        ("汉寿县", "level", 2018, 2.0, "个"), ("汉寿县", "level", 2018, 20.0, "个")], key=repr)


def test_without_the_lead_the_topic_paragraphs_state_no_aim():
    # 工业工作's list has no word of intent: without the lead it is no aim (as a review's list would be); the 孵化 sentence
    # still aims (争创, with 2019年 ahead) — an undated commitment of the document's year
    text = HANSHOU.replace("部署了科工局2018年工作。", "通报了有关情况。")
    got = extract_text(text, year=2018, region="汉寿县").targets
    assert [(t["due"], t["target"]) for t in got] == [(2018, {"value": 20.0, "unit": "个"})]
    assert got[0]["source"]["quote"].startswith("重点孵化20个")


# --------------------------------------------------------------------------
# bracketed_kind, aims_makeup (泰安)

TAIAN = ("泰安推进新型工业化强市建设的总的目标是,到2025年,全市规模以上工业企业数量达到2000家,营业收入超过4000亿元、"
         "力争达到5000亿元。具体目标有四个:\n"
         "一是打造一批具有影响力的产业链(集群)。力争培育过1000亿元产业链(集群)2个,过500亿元产业链(集群)1个。\n")


def test_bracketed_kind_makes_the_amount_a_size_class_of_the_counted_chains():
    assert L.counted_threshold("产业链(集群)2个,过500亿元产业链(集群)1个", "亿元", "力争培育过")
    assert L.counted_threshold("产业链(集群)1个", "亿元", "过")
    assert not L.counted_threshold("产业链(集群)", "亿元", "力争培育过")  # no count after it: an amount


def test_aims_makeup_is_how_many_aims_not_an_aim():
    assert aims_makeup("具体目标有", ":")
    assert aims_makeup("主要任务包括", "")
    assert not aims_makeup("具体目标有", "家企业")  # a count of firms after it
    assert aims_lead("营业收入超过4000亿元、力争达到5000亿元。具体目标有四个:") == "具体目标有四个:"


def test_taian_counts_are_the_goals_and_due_at_the_plan_horizon():
    # 2000 家, 4000 亿元 with 5000 as stretch (one goal), and the chains: 2 of over 1000 亿元, 1 of over 500 亿元 — due 2025
    # under "具体目标有四个:" (its 四个 no goal); the 过…亿元 are size classes
    got = extract_text(TAIAN, year=2022, region="泰安市").targets
    assert sorted((t["due"], t["target"].get("value"), t["target"].get("unit"), (t.get("stretch") or {}).get("value"))
                  for t in got) == [(2025, 1.0, "个", None), (2025, 2.0, "个", None), (2025, 2000.0, "家", None),
                                    (2025, 4000.0, "亿元", 5000.0)]


# --------------------------------------------------------------------------
# net_total, scored_level (宿迁)

SUQIAN = ("宿迁市加快建设长三角先进制造业基地行动方案(2024-2025年)\n二、主要目标\n全面实施“7113”工程,到2025年,力争全市规上工业总产值达7000亿元,每年新增1个千亿级产业、1个百亿企业,"
          "净增300户规模以上工业企业。\n"
          "——智能化水平显著提高。企业两化融合发展水平达到65;数字经济核心产业增加值占地区生产总值比重达到12%左右。\n")


def test_net_total_base_year():
    assert net_total(2025, 2024) == 2023  # a plan of 2024 to 2025: the net increase counts from the end of 2023
    assert net_total(2024, 2024) is None  # the document's own year: the year's count (达州's 净增规上工业企业100户)
    assert net_total(2025, None) is None


def test_net_total_takes_the_term_not_each_year():
    got = {t["target"].get("plus"): t for t in extract_text(SUQIAN, year=2024, region="宿迁市").targets if "plus" in t["target"]}
    assert list(got) == [300.0]
    spec = got[300.0]
    assert spec["due"] == 2025 and spec["base"] == {"period": "2023", "unit": "户"} and spec["flow"] is False
    # 每年新增1个千亿级产业 stays the year's
    yearly = [t for t in extract_text(SUQIAN, year=2024, region="宿迁市").targets if t["target"].get("value") == 1.0]
    assert [t["due"] for t in yearly] == [2024, 2024]


def test_net_increase_in_a_plan_for_its_own_year_stays_a_count():
    got = extract_text("今年,全市力争净增规上工业企业100户。", year=2022, region="达州市").targets
    assert [(t["due"], t["target"]) for t in got] == [(2022, {"value": 100.0, "unit": "户"})]


def test_scored_level_reads_an_integration_score_with_no_unit():
    assert L.bare_index("企业两化融合发展水平达到65") == [(12, 14, "企业两化融合发展水平", 65.0, None)]
    assert L.bare_index("企业两化融合发展水平达到65%") == []  # a percentage is read as one
    assert L.bare_index("管理水平达到65") == []  # a level of anything else: no score named
    drafts = _drafts(SUQIAN, year=2024, region="宿迁市")
    assert ("宿迁市", "level", 2025, 65.0, "点") in drafts and ("宿迁市", "level", 2025, 12.0, "%") in drafts


# --------------------------------------------------------------------------
# listed_parks, listed_examples (牡丹江); 今年 keeps the document's year

MUDANJIANG = ("据了解,牡丹江市积极明确目标任务,到2025年,力争规模以上工业企业达到370户;打造牡丹江经开区1000亿级产业园区,海林、"
              "穆棱、宁安、林口、东宁经开区和绥芬河综合保税区、绥芬河边境经济合作区等7个100亿级产业园区。\n"
              "在抓实重点项目方面,今年牡丹江市将重点推进投资1000万元以上开(复)工项目82个。其中,亿元以上项目44个。\n")


def test_listed_parks_and_examples():
    head = "海林、穆棱、宁安、林口、东宁经开区和绥芬河综合保税区、绥芬河边境经济合作区等"
    assert listed_nouns(head) and listed_examples(head)
    assert not listed_nouns("打造东宁经开区和绥芬河综合保税区等")  # a verb of its own: not a bare list
    assert not listed_examples("东宁经开区")  # a place as the subject, no 等
    assert listed_nouns("冶金、化工等") and listed_nouns("冶金、化工")  # the short lists as before


def test_mudanjiang_parks_are_the_citys_and_its_jinnian_is_the_documents_year():
    # 370 户 and 7 个 (the parks, the city's: 东宁经开区 is one of the examples) due 2025; 今年's 82 and 44 due 2020, the
    # document's year, not the 到2025年 of the paragraph before; 1000亿级 (one named park) and 1000万元以上 are classes
    assert _drafts(MUDANJIANG, year=2020, region="牡丹江市") == sorted([
        ("牡丹江市", "level", 2025, 370.0, "户"), ("牡丹江市", "level", 2025, 7.0, "个"),
        ("牡丹江市", "level", 2020, 82.0, "个"), ("牡丹江市", "level", 2020, 44.0, "个")], key=repr)
