"""Sentence rules of the sixteenth sentence round (issue 15), each with hand-worked cases and probe sentences of the same
class in other wording: aims_lead_yoy (预期目标是,…同比增长7%), growth_times (增长2倍以上 as a growth of 200%), plan_contents
(重大项目计划共安排…同比增长26.2%,年度计划完成2241.3亿元) plan_size_rise (年度计划投资规模为550亿元、增长10.0%) and place_subject_lead (濟源市著力打造…兩個千億元產業基地).

Every value below was worked out by reading the sentence: what a reader takes as the goal, its number and unit.
"""

from __future__ import annotations

from extract_drafts import drafts as _drafts
from tracker.extract.classify import aims_lead_yoy, classify
from tracker.extract.extract import growth_times


# --------------------------------------------------------------------------
# aims_lead_yoy


def test_aims_lead_yoy_lists_aims_not_results():
    s = "预期目标是,地区生产总值同比增长7%,规上工业总产值同比增长8.5%,固定资产投资同比增长6%。"
    assert aims_lead_yoy(s, 2024)
    assert classify(s, 2024)[0] == "commitment"
    # hand-worked: three growths for 2024, each the rate printed after 同比增长
    assert _drafts("2024年,我们将锚定区域定位。" + s, year=2024, region="绿园区") == [
        ("绿园区", "growth", 2024, 6.0, None), ("绿园区", "growth", 2024, 7.0, None), ("绿园区", "growth", 2024, 8.5, None)]


def test_aims_lead_yoy_probes_in_other_wording():
    # 主要目标为 / 发展目标是, a colon, 同比提高: the same class
    s = "今年全县主要目标为:规模以上工业增加值同比增长9%,社会消费品零售总额同比提高6.5%。"
    assert aims_lead_yoy(s, 2023)
    assert _drafts(s, year=2023, region="犍为县") == [("犍为县", "growth", 2023, 6.5, None), ("犍为县", "growth", 2023, 9.0, None)]
    assert aims_lead_yoy("全区发展目标是财政收入同比增长5%左右。", 2023)


def test_aims_lead_yoy_leaves_results_alone():
    # an ended period, 已 or 累计 still reports; a 同比 before the lead is not the lead's
    assert not aims_lead_yoy("预期目标是,1-11月地区生产总值同比增长7%。", 2024)
    assert not aims_lead_yoy("目标是已同比增长7%的工业总产值再上台阶。", 2024)
    assert not aims_lead_yoy("地区生产总值同比增长7%,完成了年初确定的预期目标是重要成绩。", 2024)
    assert not aims_lead_yoy("地区生产总值增长7%。", 2024)  # no 同比: nothing for the rule to do
    assert classify("全区地区生产总值同比增长7%,规上工业总产值同比增长8.5%。", 2024)[0] == "result"


# --------------------------------------------------------------------------
# growth_times


def test_growth_times_reads_a_rise_of_n_hundred_percent():
    # hand-worked: 增长2倍 = the base plus two times it, a rise of 200% on the year before; 超450亿元 the amount beside it
    got = _drafts("2023年,力争工业投资超450亿元、增长2倍以上。", year=2023, region="增城区")
    assert ("增城区", "growth", 2023, 200.0, None) in got
    assert ("增城区", "level", 2023, 450.0, "亿元") in got
    assert growth_times("力争工业投资增长")
    # probe: 增加1倍 → 100%
    assert ("定州市", "growth", 2016, 100.0, None) in _drafts("今年力争实际利用外资增加1倍。", year=2016, region="定州市")


def test_growth_times_keeps_a_base_year_as_times():
    assert not growth_times("到2025年,力争工业总产值比2020年增长")
    assert not growth_times("较2015年末增加")
    # hand-worked: 比2020年增长1倍 by 2025 is twice 2020's level, a level of times 2 against that base
    got = _drafts("到2025年,力争工业总产值比2020年增长1倍。", year=2022, region="绿园区")
    assert [g[1] for g in got] == ["level"]


# --------------------------------------------------------------------------
# plan_contents, plan_size_rise


def test_plan_contents_is_no_result():
    from tracker.extract.classify import plan_contents

    s = "深圳2022年重大项目计划共安排项目883个,总投资35674.8亿元,同比增长26.2%,年度计划完成2241.3亿元,同比增长6.3%。"
    assert plan_contents(s, 2022)
    assert classify(s, 2022)[0] != "result"
    # hand-worked: only the amount the plan sets to be done in the year is an aim; the 883 projects it lists, their
    # total investment (over the projects' whole lives) and the plan's rises on last year's plan are not
    assert _drafts(s, year=2022, region="深圳市") == [("深圳市", "level", 2022, 2241.3, "亿元")]
    # 其中 goes on listing the plan: only 计划新开工 is an aim, not the projects carried over or prepared
    got = _drafts(s + "其中,计划新开工项目98个,续建项目539个,前期项目246个。", year=2022, region="深圳市")
    assert got == [("深圳市", "level", 2022, 2241.3, "亿元"), ("深圳市", "level", 2022, 98.0, "个")]


def test_plan_contents_probes_in_other_wording():
    from tracker.extract.classify import plan_contents

    s = "2024年全市重点项目计划安排项目500个,同比增加12%,年度计划投资1200亿元。"
    assert plan_contents(s, 2024)
    assert _drafts(s, year=2024, region="绿园区") == [("绿园区", "level", 2024, 1200.0, "亿元")]
    # a plan of an ended year is reported on; a project done by plan (按计划) is no plan's contents; without 同比 nothing to do
    assert not plan_contents("2021年重大项目计划共安排项目800个,同比增长10%。", 2022)
    assert not plan_contents("按计划安排的项目全部开工,投资同比增长10%。", 2022)
    assert not plan_contents("1-11月,重大项目计划共安排项目800个,同比增长10%。", 2022)
    assert not plan_contents("重大项目计划共安排项目800个。", 2022)


def test_plan_size_rise_is_the_plans_not_an_aim():
    # hand-worked: 550亿元 is the year's planned investment; 增长10.0% is that plan's size against last year's plan
    s = "根据计划,2022年,深圳安排市政府投资项目522个,年度计划投资规模为550亿元、增长10.0%。"
    assert ("深圳市", "growth", 2022, 10.0, None) not in _drafts(s, year=2022, region="深圳市")
    # a planned rise of the figure itself stays an aim (计划增长, 计划实现…同比分别增长)
    assert _drafts("2022年全年固定资产投资计划增长5%。", year=2022, region="深圳市") == [("深圳市", "growth", 2022, 5.0, None)]
    got = _drafts("2008年,顶效开发区计划实现国内生产总值24亿元、财政收入2.4亿元,同比分别增长20%。", year=2008, region="顶效开发区")
    assert [g for g in got if g[1] == "growth"] == [("顶效开发区", "growth", 2008, 20.0, None)] * 2


# --------------------------------------------------------------------------
# place_subject_lead


def test_place_subject_lead_opens_a_count_as_the_whole_place_does():
    # hand-worked: 两个 (2) bases is the count aimed at, the 济源市 of the frame given, the document's year (no deadline)
    s = "濟源市著力打造全國重要的鉛鋅深加工、河南省重要的特種裝備製造兩個千億元產業基地。"
    assert _drafts(s, year=2011, region="济源市") == [("济源市", "level", 2011, 2.0, "个")]
    # probes: 全市 already opened it; a county or district as subject with 要/将 before the count verb does too
    assert _drafts("全市着力打造2个千亿元产业基地。", year=2011, region="济源市") == [("济源市", "level", 2011, 2.0, "个")]
    assert _drafts("犍为县要培育3个百亿级产业集群。", year=2024, region="犍为县") == [("犍为县", "level", 2024, 3.0, "个")]


def test_place_subject_lead_needs_an_intent_word():
    # without 着力/要/将 … a place's count verb may report ("济源市打造2个…基地" in a review): not opened by the subject
    assert _drafts("济源市打造2个千亿元产业基地。", year=2011, region="济源市") == []
    # and an undated 要达到 level with no deadline (定州's 翻一番…要达到600亿元) stays undrafted: its year is not printed
    assert _drafts("生产总值、财政收入翻一番,也就是分别要达到600亿元、60亿元。", year=2016, region="定州市") == []
