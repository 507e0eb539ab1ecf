"""Sentence classes of the latest blind run's misses (issue 15, branch sentC), each with hand-worked cases, invented probes
of the same class in other wording and near-misses it must not fire on: period_list (前三季度,…;一产增加值增长6.4% — the
items after each ； of a part-year result report the same period).

Every value below was worked out by reading the sentence: what a reader takes as the goal, its number and unit.
"""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract import classify as C


def _quotes(text: str, **kw) -> list[str]:
    return sorted(t["source"]["quote"] for t in extract_text(text, **kw).targets)


def _titles(text: str, **kw) -> list[str]:
    return sorted(t["title"] for t in extract_text(text, **kw).targets)


# --------------------------------------------------------------------------
# period_list


def test_period_list_reads_the_part_year_and_its_items():
    assert C.opens_period_list("前三季度,全市实现生产总值461.8亿元,增长5.6%")
    assert C.opens_period_list("1—9月,全县规上工业增加值增长8%")
    assert C.opens_period_list("上半年,全区GDP增长5.4%")
    assert not C.opens_period_list("2021年,全市生产总值增长6%")  # a whole year: review_list reads those
    assert C.period_list("一产增加值增长6.4%", True)
    assert not C.period_list("一产增加值增长6.4%", False)  # no part-year result before it
    assert not C.period_list("全年力争增长7%", True)  # near-miss: a promise of its own
    assert not C.period_list("下半年固定资产投资增长10%", True)  # near-miss: turns to the time ahead
    assert not C.period_list("今年地区生产总值增长6%", True)
    assert not C.period_list("四季度要确保规上工业增加值增长8%", True)


def test_period_list_drafts_nothing_from_the_items_of_a_part_year_result():
    # hand-worked (武威, 2022): all of 前三季度's items are results, none an aim
    text = ("2022年12月26日\n今年以来,武威市推动经济运行稳步提质。前三季度,全市实现生产总值461.8亿元,增长5.6%;一产增加值增长6.4%;"
            "规上工业增加值增长9%;固定资产投资增长15.6%;城镇居民人均可支配收入增长4.7%。\n")
    assert _titles(text) == []
    # probe: another place, 1—9月, other indicators
    probe = ("2023年10月20日\n今年以来,宜宾市经济稳中向好。1—9月,全市规上工业增加值增长9.2%;社会消费品零售总额增长7.1%;"
             "一般公共预算收入增长11.3%。\n")
    assert _titles(probe) == []
    # probe: 上半年, items counted and amounts
    probe = ("2024年7月25日\n上半年,全区地区生产总值完成320亿元,增长5.8%;新增市场主体4300户;实际利用外资2.1亿美元。\n")
    assert _titles(probe) == []


def test_period_list_ends_at_a_promise_or_the_time_ahead():
    # near-miss: after the half-year's results, the year's aims follow the ；: they stay aims
    text = ("2024年7月25日\n上半年,全区地区生产总值增长5.8%;全年力争地区生产总值增长6.5%。\n")
    assert _titles(text) == ["全年力争地区生产总值增长6.5%"]
    text = ("2024年7月25日\n上半年,全区规上工业增加值增长7%;下半年确保固定资产投资增长10%以上。\n")
    assert _titles(text) == ["下半年确保固定资产投资增长10%以上"]


def test_period_list_leaves_aims_without_a_part_year_result_alone():
    # near-miss: a ；-list of aims with no ended period before it
    text = ("2024年2月20日\n今年全市地区生产总值增长6%;规上工业增加值增长8%;固定资产投资增长10%。\n")
    assert len(_titles(text)) == 3
