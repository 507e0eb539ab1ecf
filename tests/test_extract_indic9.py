"""Indicator names of drafts (issue #15, class H): modal_subject, tidy_name, respective_names (tracker/extract/indicators.py).

Hand-worked cases, invented probes (other places, numbers and wordings) and near-misses the rules must not fire on."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.extract import extract_text
from tracker.extract.indicators import split_names, tidy_name

from indicator_check import faults


def names(text: str, **kw) -> list[tuple]:
    """(indicator, number) of every draft, in the text's order."""
    out = []
    for t in extract_text(text, year=2025, **kw).targets:
        target = t["target"]
        out.append((t["indicator"], target.get("value", target.get("rate", target.get("plus")))))
    return out


# respective_names ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("2025年，规上工业增加值、固定资产投资分别增长7%和10%。", [("规上工业增加值", 7.0), ("固定资产投资", 10.0)]),
    ("今年，一般公共预算收入、社会消费品零售总额分别增长4%、6%。", [("一般公共预算收入", 4.0), ("社会消费品零售总额", 6.0)]),
    ("2025年，城乡居民人均可支配收入分别增长6%和7%。", [("城镇居民人均可支配收入", 6.0), ("农村居民人均可支配收入", 7.0)]),
    ("今年城镇、农村居民人均可支配收入分别增长5.5%、7.5%。", [("城镇居民人均可支配收入", 5.5), ("农村居民人均可支配收入", 7.5)]),
    ("今年城镇常住居民、农村常住居民人均可支配收入分别增长6%、8%。",
     [("城镇常住居民人均可支配收入", 6.0), ("农村常住居民人均可支配收入", 8.0)]),
    ("今年城、乡居民人均可支配收入分别增长6%、8%。", [("城镇居民人均可支配收入", 6.0), ("农村居民人均可支配收入", 8.0)]),
    ("2025年，肉、蛋、奶产量分别达到3.1万吨、1.2万吨、6.4万吨。", [("肉产量", 3.1), ("蛋产量", 1.2), ("奶产量", 6.4)]),
    ("2025年，一产、二产、三产增加值分别增长4%、8%、6%。", [("一产增加值", 4.0), ("二产增加值", 8.0), ("三产增加值", 6.0)]),
])
def test_respective_names(text, expected):
    assert names(text) == expected


def test_respective_names_unsplittable_keeps_the_joined_name_for_each():
    # 花生种植、收获机械化率: 种植 and 收获 are parallel inside one name — no split; the second rate no longer
    # carries "分别达到65%和" in its name.
    assert names("到2025年，花生种植、收获机械化率分别达到65%和55%。") == [
        ("花生种植、收获机械化率", 65.0), ("花生种植、收获机械化率", 55.0)]


def test_respective_names_needs_as_many_numbers_as_names():
    # one rate for two names is shared_rate's (each its own draft, named by lists.py), not split here
    assert split_names("规上工业增加值、固定资产投资", 3) is None
    assert split_names("城乡居民人均可支配收入", 3) is None
    assert split_names("城乡居民人均可支配收入", 2) == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert split_names("城市居民人均可支配收入、农民人均纯收入", 2) == ["城市居民人均可支配收入", "农民人均纯收入"]


# modal_subject ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("2025年，工业总产值力争突破1200亿元。", [("工业总产值", 1200.0)]),
    ("今年全县规模以上工业总产值要突破60亿元。", [("规上工业总产值", 60.0)]),
    ("今年，粮食产量确保达到52万吨。", [("粮食产量", 52.0)]),
    ("今年地区生产总值预期增长6%。", [("地区生产总值", 6.0)]),
    ("今年社会消费品零售总额争取增长7%。", [("社会消费品零售总额", 7.0)]),
    ("今年旅游总收入努力实现85亿元。", [("旅游总收入", 85.0)]),
    ("今年财政收入将增长5%。", [("财政收入", 5.0)]),
    ("今年规上工业企业力争实现突破900家。", [("规上工业企业", 900.0)]),
])
def test_modal_subject(text, expected):
    assert names(text) == expected


def test_modal_subject_names_a_subject_before_its_rate_not_the_rate():
    # 地区生产总值年均增长8%左右,力争达到880亿元: the subject is named before its rate; 8% is no name
    assert names("2025年，地区生产总值增长8%左右，力争达到880亿元。") == [("地区生产总值", 8.0), ("地区生产总值", 880.0)]
    # near-miss: a modal with nothing before it names nothing
    assert names("2025年，力争突破500亿元。")[0][0] == "待定指标"


# tidy_name ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("芜湖市新能源汽车产业产值", "新能源汽车产业产值"),  # a place at the head: the region says where
    ("亳州全市中药产业固定资产投资", "中药产业固定资产投资"),
    ("东湖高新区地区生产总值", "地区生产总值"),  # a zone at the head
    ("武进高新区地区生产总值", "地区生产总值"),
    ("高新区地区生产总值", "地区生产总值"),
    ("完成固定资产投资", "固定资产投资"),  # 完成 before a named flow of money
    ("完成交通投资", "交通投资"),
    ("完成投资", "完成投资"),  # near-miss: one word would be left
    ("新培育年产值超10亿元企业8—", "新培育年产值超10亿元企业"),  # a range's residue
    ("储备项目3-", "储备项目"),
    ("地区生产总值预计", "地区生产总值"),  # a modal at the end
    ("预计实施重点项目", "实施重点项目"),  # a modal at the head
    ("计划新开工项目", "计划新开工项目"),  # near-miss: 计划 is a noun as often
    ("江苏游客到新疆旅游", "江苏游客到新疆旅游"),  # near-miss: the place says whose tourists
    ("“潜江龙虾”区域公用品牌价值", "“潜江龙虾”区域公用品牌价值"),  # near-miss: a brand's name
    ("三门峡、渑池县产业集聚区", "三门峡、渑池县产业集聚区"),  # near-miss: a list of places is no head
    ("湟中区", "湟中区"),  # near-miss: nothing would be left
    ("城镇居民人均可支配收入", "城镇居民人均可支配收入"),
])
def test_tidy_name(raw, expected):
    assert tidy_name(raw) == expected


def test_tidy_name_keeps_heads_when_asked_to():
    assert tidy_name("芜湖市新能源汽车产业产值", head=False) == "芜湖市新能源汽车产业产值"


def test_place_and_zone_in_a_text_leave_the_region_and_name_the_indicator():
    [t] = extract_text("今年，东湖高新区地区生产总值增长8%以上。", year=2025).targets
    assert t["indicator"] == "地区生产总值"
    [t] = extract_text("到2025年，芜湖市新能源汽车产业产值突破3000亿元。", year=2023).targets
    assert (t["indicator"], t["region"]) == ("新能源汽车产业产值", "芜湖市")


# the checker -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("indicator, expected", [
    ("待定指标", ["pending"]),
    ("芜湖市新能源汽车产业产值", ["place"]),
    ("高新区地区生产总值", ["place"]),
    ("完成固定资产投资", ["verb"]),
    ("规上工业增加值、固定资产投资", ["list"]),
    ("企业8—", ["residue"]),
    ("地区生产总值", []),
])
def test_checker_faults(indicator, expected):
    assert faults(indicator) == expected


def test_cli_prints_the_tidied_names(tmp_path: Path):
    import subprocess
    import sys
    doc = tmp_path / "plan.txt"
    doc.write_text("2025年政府工作报告\n2025年，规上工业增加值、固定资产投资分别增长7%和10%，工业总产值力争突破1200亿元。\n",
                   encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "tracker", "extract", str(doc), "--year", "2025", "--region", "芜湖市"],
                       capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    for name in ("规上工业增加值", "固定资产投资", "工业总产值"):
        assert f"indicator: {name}\n" in r.stdout
    assert "待定指标" not in r.stdout and "、固定资产投资\n" not in r.stdout


def test_checker_lists_a_count_verb_apart():
    assert faults("培育国家级专精特新企业") == ["count_verb"]
    assert faults("推动企业") == ["verb"]


def test_modal_subject_not_counted_places():
    # near-miss: 其余11个县(市)都将建设…: the subject is the counted counties, no name before the count's verb
    assert names("今年，其余11个县(市)都将建设2家以上的三星级宾馆。") == [("建设三星级宾馆", 2.0)]
