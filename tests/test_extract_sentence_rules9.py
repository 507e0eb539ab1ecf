"""Sentence rules of the twentieth split and the frame set's fourth check (issue 15), each with hand-worked cases:
formed_count, slogan_count, named_unit, bracket_heading and the size class in a shared-unit list.

Every value below was worked out by reading the sentence: what a reader takes as the goal, its number and unit.
"""

from __future__ import annotations

from extract_drafts import values as _values
from tracker.extract import lists as L
from tracker.extract.extract import _quantities, bracket_heading


def _amounts(clause: str, before: str = "") -> list[tuple[str, dict, str | None]]:
    return [(f.kind, f.amount, f.qualifier) for f in _quantities(clause, None, before)]


# --------------------------------------------------------------------------
# formed_count


def test_formed_count_reads_the_count_after_xingcheng():
    assert L.formed_count("到2025年,形成") is not None
    assert L.formed_count("形成了") is not None
    assert L.formed_count("形成具有“一招鲜”的“专精特新”中小企业") is None  # 形成 not right before the number
    # 以上 after the count, a size class after it: the count's at-least, not a threshold (5千万元以上工业企业)
    assert _amounts("形成6个以上千亿级支柱产业") == [("level", {"value": 6.0, "unit": "个"}, "at_least")]
    assert _amounts("形成5个千亿级支柱产业") == [("level", {"value": 5.0, "unit": "个"}, None)]


def test_formed_capacity_is_a_level_each():
    # 酒泉: 4000万千瓦 wind and 1000万千瓦 solar, the second sharing the verb
    assert _amounts("酒泉将形成4000万千瓦风电装机和1000万千瓦光电装机规模") == [
        ("level", {"value": 4000.0, "unit": "万千瓦"}, None), ("level", {"value": 1000.0, "unit": "万千瓦"}, None)]


def test_formed_count_in_a_dated_sentence_is_a_goal():
    text = "西安市产业发展目标\n到2025年,全市形成6个以上千亿级支柱产业,产值超百亿企业达到20户。"
    assert (2025, 6, "个") in _values(text, year=2020, region="西安市")


def test_size_class_in_a_list_takes_no_shared_unit():
    # 3个超五百亿、3个超百亿的产业集群: two counts of 3; 五百亿 is how big, never "500 亿个"
    assert _amounts("力争到2026年形成3个超五百亿、3个超百亿的产业集群") == [
        ("level", {"value": 3.0, "unit": "个"}, None), ("level", {"value": 3.0, "unit": "个"}, None)]
    # an ordinary shared unit still applies: 1.28万亿、8200亿元
    assert ("level", {"value": 1.28, "unit": "万亿元"}, None) in _amounts("产业规模分别达1.28万亿、8200亿元")


# --------------------------------------------------------------------------
# slogan_count


def test_slogan_count_is_the_plans_make_up():
    before = "今年我市将按照“盯紧一套目标,打好三场攻坚战,"
    assert L.slogan_count(before + "抓好", "六", "个", "重点")
    assert L.slogan_count(before + "抓好六个重点,强化", "五", "个", "落实”的总体要求")
    assert not L.slogan_count("今年我市将抓好", "六", "个", "重点")  # no open quotation
    assert not L.slogan_count(before + "新建", "50", "个", "重点项目")  # an Arabic count is an amount
    assert not L.slogan_count("他说:“今年新培育", "十", "家", "企业")  # 家 is not a formula's measure word


def test_slogan_counts_draw_no_draft_but_the_rates_do():
    text = ("兰州市工信委\n今年我市工业和信息化系统将按照“盯紧一套目标,打好三场攻坚战,抓好六个重点,强化五个落实”的总体要求,"
            "努力实现工业增加值增长15%,非公经济增加值增长17%以上。")
    assert _values(text, year=2012, region="兰州市") == [(2012, 15, None), (2012, 17, None)]


# --------------------------------------------------------------------------
# named_unit


def test_named_unit_takes_the_unit_from_the_indicator():
    assert L.named_unit("到2020年全市旅游接待人次达到1000万") == [(16, 21, 1000.0, "万人次")]
    assert L.named_unit("游客人数突破2.5亿") == [(6, 10, 2.5, "亿人")]
    assert L.named_unit("旅游接待人次达到1000万,将在全域推动") != []
    assert L.named_unit("接待人次达到1000万元") == []  # a unit printed after the number is the quantity's own
    assert L.named_unit("旅游接待人次达到1000") == []  # no 万/亿: not this rule's
    assert L.named_unit("旅游收入达到1000万") == []  # the name carries no unit


def test_named_unit_goal_is_drafted():
    text = "林芝市旅游发展\n林芝计划到2020年全市旅游接待人次达到1000万,将在全域推动“厕所革命”。"
    assert _values(text, year=2017, region="林芝市") == [(2020, 1000, "万人次")]


# --------------------------------------------------------------------------
# bracket_heading


def test_bracket_heading_drops_copy_guard_noise():
    assert bracket_heading("【经济社会发展主要预期目标建议】+ ~/ k6 `+ p) [' `: d( G+ G") == "经济社会发展主要预期目标建议"
    assert bracket_heading("【奋斗目标】") is None  # no noise: the line is read as it is
    assert bracket_heading("【培育重点产业】4 E: T7 _\" M% P. }8 F6 T") == "培育重点产业"
    assert bracket_heading("【综述】今年全市将新建50个项目") is None  # Chinese after the bracket: a sentence


def test_aims_under_a_noisy_bracket_heading_are_drafted():
    text = ("》》》2017年工作总体要求\n【经济社会发展主要预期目标建议】+ ~/ k6 `+ p) [' `: d( G+ G\n"
            "地区生产总值增长8.5%,一般公共预算收入增长3%,城镇登记失业率控制在4.5%以内。")
    assert _values(text, year=2017, region="大理白族自治州") == [(2017, 3, None), (2017, 4.5, "%"), (2017, 8.5, None)]
