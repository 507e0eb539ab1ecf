"""Sentence rules of the twentieth sentence round (issue 15, branch sent20), each with hand-worked cases, invented probes
of the same class in other wording and near-misses it must not fire on: span_reached and aim_then_amount (南通: 用五年左右
时间,…规模翻番、达到2万亿元左右 is two goals, the doubling and a level of 2 万亿元).

Every value below was worked out by reading the sentence: what a reader takes as the goal, its number and unit.
"""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract.extract import aim_then_amount, span_reached


def _specs(text: str, **kw) -> list[tuple]:
    """(indicator, kind, due, target) of every draft, sorted."""
    out = [(t["indicator"], t["kind"], t["due"], t["target"]) for t in extract_text(text, **kw).targets]
    return sorted(out, key=repr)


# --------------------------------------------------------------------------
# span_reached, aim_then_amount


def test_span_reached_reads_the_verb_right_before_the_amount():
    assert span_reached("实现六大千亿级产业集群规模翻番、达到")
    assert span_reached("规上工业总产值达")
    assert span_reached("数字经济核心产业增加值突破")  # probe: 突破
    assert span_reached("工业总产值增至")  # probe: 增至
    assert not span_reached("培育")  # 用5年时间培育1万名数字专员: a sum over the span
    assert not span_reached("新增规上工业企业")
    assert not span_reached("累计完成工业投资达到")  # 累计: a sum, though 达到 stands before the amount
    assert not span_reached("再引培科创项目")


def test_aim_then_amount_cuts_the_first_aim_off_the_subject():
    assert aim_then_amount("六大千亿级产业集群规模翻番") == "六大千亿级产业集群规模"
    assert aim_then_amount("数字经济核心产业增加值翻一番") == "数字经济核心产业增加值"  # probe: 翻一番
    assert aim_then_amount("规上工业总产值增长50%") == "规上工业总产值"  # probe: a rate first
    assert aim_then_amount("软件业务收入增长1倍以上") == "软件业务收入"  # probe: 倍 and 以上
    assert aim_then_amount("翻一番") == ""  # the subject was cut off before (比2020年): no name at all
    assert aim_then_amount("规上工业增加值") == "规上工业增加值"  # no aim at its end: left alone
    assert aim_then_amount("翻番企业数量") == "翻番企业数量"  # 翻番 inside a name, not at its end


def test_a_doubling_and_a_level_reached_over_a_span_are_two_goals():
    # 南通, hand-worked: in 2024, 用五年左右时间 → due 2028 on this probe's counting; the doubling on 2023's size and 2 万亿元
    # as the level reached, both of the clusters' 规模 (the level is no sum added on 2023, as 三年新增100家 is)
    text = "南通市用五年左右时间,实现六大千亿级产业集群规模翻番、达到2万亿元左右。"
    assert _specs(text, year=2024, region="南通市") == [
        ("六大千亿级产业集群规模", "level", 2028, {"times": 2.0}),
        ("六大千亿级产业集群规模", "level", 2028, {"value": 2.0, "unit": "万亿元"})]
    # 苏州 (a frame text), hand-worked: 用3年左右时间,规上工业总产值达5万亿 in 2024 → 5 万亿元 of output in 2026
    text = "苏州在新年第一会上提出,用3年左右时间,规上工业总产值达5万亿。"
    assert _specs(text, year=2024, region="苏州市") == [("规上工业总产值", "level", 2026, {"value": 5.0, "unit": "万亿元"})]
    # probe: a rate first, then the level, in another place and span
    text = "某县用三年时间,规上工业总产值增长50%、达到300亿元。"
    assert ("规上工业总产值", "level", 2026, {"value": 300.0, "unit": "亿元"}) in _specs(text, year=2024, region="犍为县")


def test_a_sum_over_a_span_stays_a_sum():
    # near-miss: no verb of reaching — 培育 over three years adds to the stock of 2023
    text = "某市用三年时间培育高新技术企业500家。"
    assert [t[3] for t in _specs(text, year=2024, region="犍为县")] == [{"plus": 500.0}]
