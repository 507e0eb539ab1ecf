"""Sentence rules of the nineteenth sentence round (issue 15), each with hand-worked cases and probe sentences of the same
class in other wording: reviewed_whole_year and review_list (坪山区: 2021年实现了…。全年地区生产总值达910.6亿元 is 2021's
whole, a result), aims_lead_prior with prior_base (the 工信 speech: 预期目标是:…比上年增长10%;…预计比上年增长24.8% are aims)
and funded_purpose (石河子开发区: 将投资2.4亿元建设道路 drafts the sum).

Every value below was worked out by reading the sentence: what a reader takes as the goal, its number and unit.
"""

from __future__ import annotations

from extract_drafts import drafts as _drafts
from tracker.extract.classify import aims_lead_prior, ended_review, review_list, reviewed_whole_year
from tracker.extract.lists import funded_purpose, period_number

# --------------------------------------------------------------------------
# reviewed_whole_year, review_list


def test_ended_review_is_a_whole_year_that_has_ended():
    assert ended_review("坪山区2021年实现了经济发展稳中提质", 2022)
    assert ended_review("过去一年,全区上下攻坚克难", 2022)  # probe: 过去一年
    assert ended_review("去年,全县经济运行稳中有进", 2022)  # probe: 去年
    assert not ended_review("1—11月,全县规上工业增加值增长7%", 2022)  # a part of a year: its 全年 may still be aimed at
    assert not ended_review("2022年实现了经济发展稳中提质", 2022)  # the document's own year has not ended


def test_reviewed_whole_year_needs_the_ended_year_before_and_no_promise():
    assert reviewed_whole_year("全年地区生产总值达910.6亿元、增长11.7%", True)
    assert not reviewed_whole_year("全年地区生产总值达910.6亿元、增长11.7%", False)  # no review before: the year's aim
    assert not reviewed_whole_year("全年力争地区生产总值增长7%左右", True)  # a promise of its own
    assert not reviewed_whole_year("地区生产总值达910.6亿元", True)  # no 全年 opening it
    assert review_list("社会消费品零售总额达181.2亿元,增长19.2%", True)
    assert not review_list("社会消费品零售总额达181.2亿元,增长19.2%", False)
    assert not review_list("今年社会消费品零售总额增长6%左右", True)  # 今年 promises: the review's list has ended


def test_reviewed_whole_year_drafts_only_the_aims():
    # 坪山区, hand-worked: 2021's figures (全年…910.6亿元, and the items after each ；) are results; 2022's two aims stay
    text = ("区政府工作报告回顾了2021年工作。\n"
            "报告指出,坪山区2021年实现了经济发展稳中提质。全年地区生产总值达910.6亿元、增长11.7%,固定资产投资总额达481.5亿元、"
            "增长15.9%;规上工业增加值达485.1亿元,增长12.1%;社会消费品零售总额达181.2亿元,增长19.2%。\n"
            "2022年坪山区经济社会发展的主要预期目标是:地区生产总值增长7%左右;规模以上工业增加值增长10.5%左右。")
    assert _drafts(text, year=2022, region="坪山区") == [("坪山区", "growth", 2022, 10.5, None), ("坪山区", "growth", 2022, 7.0, None)]
    # probe: 过去一年 as the review, other indicators and wording
    text = ("过去一年,全县经济实现平稳增长。全年完成一般公共预算收入12.3亿元,增长8.1%;城镇居民人均可支配收入4.2万元,增长6.5%。\n"
            "今年全县一般公共预算收入力争增长6%。")
    assert _drafts(text, year=2024, region="犍为县") == [("犍为县", "growth", 2024, 6.0, None)]


def test_a_whole_year_after_a_part_of_a_year_is_still_the_aim():
    # probe: 1—11月 reported, then 全年 with 以上 — the part of a year does not make the whole year a review
    text = "1—11月,全县规上工业增加值增长7.2%。全年规上工业增加值增长7%以上。"
    assert _drafts(text, year=2023, region="犍为县") == [("犍为县", "growth", 2023, 7.0, None)]


# --------------------------------------------------------------------------
# aims_lead_prior, prior_base


def test_prior_base_is_no_ended_period():
    assert not period_number("增加值比上年增长")  # prior_base: 比上年 is the rise's base, not the number's period
    assert not period_number("增加值较去年增长")  # probe: 较去年
    assert period_number("城镇化率较上年提高")  # a change in points on the year before stays a restatement (probe wr22)
    assert period_number("上年")  # the year before alone still dates the number (上年2.5%的增速)
    assert period_number("去年同期")


def test_aims_lead_prior_reads_the_rise_on_the_year_before_as_an_aim():
    assert aims_lead_prior("上报市2022年全县工业创新发展预期目标是:全县规模以上工业增加值比上年增长10%", 2022, False)
    assert aims_lead_prior("规模以上工业企业营收达到42亿元,比上年增长40%,其中营收过亿元企业达到12家", 2022, True)
    assert aims_lead_prior("规上企业营收入达到45亿元,预计比上年增长32.4%", 2022, True)
    assert not aims_lead_prior("规上企业营收入达到45亿元,预计比上年增长32.4%", 2022, False)  # no aims lead before it
    assert not aims_lead_prior("全县规模以上工业增加值比上年增长10%,目标是保二争一", 2022, False)  # the lead comes after
    assert not aims_lead_prior("主要目标是:1—11月工业增加值比上年增长10%", 2022, False)  # a part of a year: reported
    assert not aims_lead_prior("工业增加值已比上年增长10%", 2022, True)  # 已: reported


def test_aims_lead_prior_drafts_every_item_of_the_list():
    # the 工信 speech, hand-worked: the rises on the year before and the levels, all 2022's aims
    text = ("(一)目标任务\n"
            "上报市2022年全县工业创新发展预期目标是:全县规模以上工业增加值比上年增长10%;规模以上工业企业营收达到42亿元,比上年增长40%;"
            "新增规上企业10家。\n"
            "县2022年目标任务是:全县工业税收达到3.1亿元,预计比上年增长41%;新增规模上企业15家。")
    assert _drafts(text, year=2022, region="待定地区") == sorted([
        ("待定地区", "growth", 2022, 10.0, None), ("待定地区", "level", 2022, 42.0, "亿元"), ("待定地区", "growth", 2022, 40.0, None),
        ("待定地区", "level", 2022, 10.0, "家"), ("待定地区", "level", 2022, 3.1, "亿元"), ("待定地区", "growth", 2022, 41.0, None),
        ("待定地区", "level", 2022, 15.0, "家")], key=repr)
    # probe: 较上年 and 发展目标为, another county
    text = "2025年全县发展目标为:地区生产总值较上年增长6.5%;一般公共预算收入达到8亿元,较上年增长5%。"
    assert _drafts(text, year=2025, region="犍为县") == sorted([
        ("犍为县", "growth", 2025, 6.5, None), ("犍为县", "level", 2025, 8.0, "亿元"), ("犍为县", "growth", 2025, 5.0, None)], key=repr)


def test_a_rise_on_the_year_before_without_an_aims_lead_stays_a_result():
    # probe: a review's 比上年增长 — no aims lead, an ended year: nothing drafted
    text = "2021年,全县规模以上工业增加值比上年增长12%;规上工业企业营收达到30亿元,比上年增长25%。"
    assert _drafts(text, year=2022, region="犍为县") == []


# --------------------------------------------------------------------------
# funded_purpose


def test_funded_purpose_is_a_sum_before_what_it_pays_for():
    assert funded_purpose("开发区将投资", "建设道路、排水等基础设施", "亿元")
    assert funded_purpose("全县将投入", "用于农村公路改造", "万元")  # probe: 投入…用于
    assert funded_purpose("市里安排专项资金", "实施老旧小区改造", "亿元")  # probe: 安排专项资金…实施
    assert not funded_purpose("开发区将建设", "道路", "公里")  # not a sum of money
    assert not funded_purpose("开发区将建设道路", "建设", "亿元")  # no investing verb before it
    assert not funded_purpose("开发区将投资", "的项目", "亿元")  # no purpose after it


def test_funded_purpose_drafts_the_sum():
    # 石河子开发区, hand-worked: 2.4亿元 to invest in 2013 (今年, the text of 2013)
    text = "今年,开发区将投资2.4亿元建设道路、排水等基础设施,同时加快推进环保设施建设。"
    assert _drafts(text, year=2013, region="石河子经济技术开发区") == [("石河子经济技术开发区", "level", 2013, 2.4, "亿元")]
    # probe: 投入…用于, in 万元
    text = "今年全县将投入3000万元用于农村公路改造。"
    assert _drafts(text, year=2024, region="犍为县") == [("犍为县", "level", 2024, 3000.0, "万元")]
