"""table_rows (tracker/extract/tables.py): aims laid out in a table, on 温州's table and on invented tables."""

from __future__ import annotations

import datetime
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tracker.extract import extract_text
from tracker.extract.tables import aim_clause, column_role, row_cells, table_aims, table_blocks
from tracker.extract.text import normalise

DATA = Path(__file__).parent / "data" / "extract"
WENZHOU = DATA / "corpus" / "wenzhou_midyear_plan_report_2024.txt"
TODAY = datetime.date(2026, 12, 3)


def drafts(text: str, **kw) -> list[tuple]:
    """(region, indicator, kind, number, unit, qualifier, due, quote) of every draft kept at the default cut."""
    r = extract_text(text, today=TODAY, min_confidence=0.5, **kw)
    out = []
    for t in r.targets:
        number = t["target"].get("rate", t["target"].get("value"))
        out.append((t["region"], t["indicator"], t["kind"], number, t["target"].get("unit"), t.get("qualifier"), t["due"],
                    t["source"]["quote"]))
    return out


def skipped(text: str) -> list[str]:
    return [str(x["reason"]) for x in extract_text(text, today=TODAY).review if "skipped" in x]


# --------------------------------------------------------------------------
# The table's shape


@pytest.mark.parametrize("name, role, year", [
    ("序号", "number", None),
    ("指标名称", "indicator", None),
    ("指标", "indicator", None),
    ("单位", "unit", None),
    ("目标", "target", None),
    ("2025年目标", "target", 2025),
    ("预期目标", "target", None),
    ("年度目标", "target", None),
    ("目标值", "target", None),
    ("上半年实绩", "result", None),
    ("完成值", "result", None),
    ("2023年基数", "result", 2023),
    ("2024年实绩", "result", 2024),
    ("比上年增长(%)", "result", None),
    ("上半年完成情况", "result", None),
    ("2026年", "year", 2026),  # a bare year: bare_years reads it beside the others
    ("项目名称", "other", None),  # a list of projects, not of indicators
    ("企业名称", "other", None),
    ("项目", "indicator", None),
    ("属性", "other", None),
])
def test_column_role(name, role, year):
    col = column_role(name, 2025)
    assert (col.role, col.year) == (role, year)


@pytest.mark.parametrize("years, doc, roles", [
    ([2020, 2025], 2021, ["result", "target"]),  # a plan's base and aim
    ([2024, 2025], 2025, ["result", "target"]),  # last year's and this year's, in a work report
    ([2026], 2025, ["target"]),  # a year ahead
    ([2025], 2025, ["other"]),  # a bulletin's own year beside 比上年增长: no aim
    ([2024], 2025, ["result"]),
    ([2024, 2025], 2026, ["result", "result"]),  # both before the document
])
def test_bare_years(years, doc, roles):
    from tracker.extract.tables import bare_years
    cols = bare_years([column_role(f"{y}年", doc) for y in years], doc)
    assert [c.role for c in cols] == roles


def test_column_role_reads_the_unit_in_brackets():
    assert column_role("2025年目标(亿元)", 2025).unit == "亿元"
    assert column_role("增速(%)", 2025).unit == "%"


def test_wenzhou_table_shape():
    """温州: a caption, a header whose 上半年实绩 spans a second row's 绝对值 | 增速(%), and 经济发展 (a merged group cell)
    before the first row's 序号."""
    t = normalise(WENZHOU.read_text(encoding="utf-8")).text
    (table,) = table_blocks(t, 2024)
    assert table.caption == "表 上半年温州市国民经济和社会发展计划主要指标完成情况"
    assert [(c.name, c.role) for c in table.columns] == [
        ("序号", "number"), ("指标名称", "indicator"), ("单位", "unit"), ("目标", "target"),
        ("上半年实绩/绝对值", "result"), ("上半年实绩/增速(%)", "result")]
    assert len(table.rows) == 8
    first = row_cells(table.rows[0], table.columns)
    assert [first[i].text for i in range(6)] == ["1", "地区生产总值(GDP)", "亿元", "增长6%以上", "4297.8", "6.2"]
    aims = table_aims(table, 2024)
    assert [(a.indicator, a.clause) for a in aims] == [
        ("地区生产总值", "地区生产总值增长6%以上"), ("农林牧渔业增加值", "农林牧渔业增加值增长4%"),
        ("规上工业增加值", "规上工业增加值增长7%以上"), ("服务业增加值", "服务业增加值增长6.5%左右"),
        ("全员劳动生产率", None), ("常住人口城镇化率", "常住人口城镇化率74.5%"),
        ("一般公共预算收入", None), ("固定资产投资", "固定资产投资增长7%")]
    assert t[aims[5].start:aims[5].end] == "常住人口城镇化率 | % | 74.5"


@pytest.mark.parametrize("indicator, cell, unit, clause", [
    ("地区生产总值", "增长6%以上", "亿元", "地区生产总值增长6%以上"),  # the cell says it whole
    ("规上工业增加值增速", "7左右", "%", "规上工业增加值增长7%左右"),  # a growth indicator in %: a rate of growth
    ("地区生产总值", "6%左右", "亿元", "地区生产总值增长6%左右"),  # a rate of an amount in 亿元: its growth
    ("地区生产总值增速", "6-7", "%", "地区生产总值增长6%-7%"),  # a range, as the text path reads 6%-7%
    ("地区生产总值增速", "6%-7%", "%", "地区生产总值增长6%-7%"),
    ("常住人口城镇化率", "74.5", "%", "常住人口城镇化率74.5%"),  # a share: a level in %
    ("一般公共预算收入", "≥500", "亿元", "一般公共预算收入500亿元以上"),
    ("一般公共预算收入", ">500", "亿元", "一般公共预算收入500亿元以上"),
    ("城镇调查失业率", "<5.5", "%", "城镇调查失业率5.5%以内"),
    ("高新技术企业", "1200以上", "个", "高新技术企业1200个以上"),
    ("社会消费品零售总额", "1500", None, None),  # no unit anywhere: no aim
    ("全员劳动生产率", "稳步增长", "万元/人年", None),
    ("一般公共预算收入", "与经济增长 基本同步", "亿元", None),
    ("固定资产投资", "—", "亿元", None),
    ("单位GDP能耗降低", "待定", "%", None),
])
def test_aim_clause(indicator, cell, unit, clause):
    assert aim_clause(indicator, cell, unit) == clause


def test_growth_column_makes_a_rate_of_growth():
    assert aim_clause("规上工业增加值", "7.5", "%", growth_column=True) == "规上工业增加值增长7.5%"


# --------------------------------------------------------------------------
# Drafts


def test_wenzhou_reads_its_six_aims():
    got = drafts(WENZHOU.read_text(encoding="utf-8"), document=WENZHOU.name)
    assert got == [
        ("温州市", "地区生产总值", "growth", 6.0, None, None, 2024, "地区生产总值(GDP) | 亿元 | 增长6%以上"),
        ("温州市", "农林牧渔业增加值", "growth", 4.0, None, None, 2024, "#农林牧渔业增加值 | 亿元 | 增长4%"),
        ("温州市", "规上工业增加值", "growth", 7.0, None, None, 2024, "规上工业增加值 | 亿元 | 增长7%以上"),
        ("温州市", "服务业增加值", "growth", 6.5, None, "about", 2024, "服务业增加值 | 亿元 | 增长6.5%左右"),
        ("温州市", "常住人口城镇化率", "level", 74.5, "%", None, 2024, "常住人口城镇化率 | % | 74.5"),
        ("温州市", "固定资产投资", "growth", 7.0, None, None, 2024, "固定资产投资 | 亿元 | 增长7%"),
    ]
    reasons = skipped(WENZHOU.read_text(encoding="utf-8"))
    assert reasons.count("no numeric aim in the target column of the table (such as 稳步增长 or —): no draft") == 2


SHAOXING = """绍兴市人民政府
2025年1月10日
关于绍兴市2025年国民经济和社会发展计划的报告
表1 2025年绍兴市国民经济和社会发展主要指标
序号 | 指标 | 单位 | 2024年实绩 | 2025年目标
1 | 地区生产总值增速 | % | 6.1 | 6左右
2 | 一般公共预算收入 | 亿元 | 480 | ≥500
3 | 研发经费支出占GDP比重 | % | 3.1 | 3.2以上
4 | 城镇调查失业率 | % | 4.8 | <5.5
5 | 居民人均可支配收入增速 | % | 5.5 | 与经济增长同步
6 | 新增城镇就业 | 万人 | 8.2 | 8
7 | 单位GDP能耗降低 | % | 3.2 | 待定
"""


def test_another_city_with_the_year_in_the_header():
    """Only the 2025年目标 column; the 2024年实绩 column (6.1, 480, 3.1 …) is no goal."""
    assert drafts(SHAOXING) == [
        ("绍兴市", "地区生产总值", "growth", 6.0, None, "about", 2025, "地区生产总值增速 | % | 6.1 | 6左右"),
        ("绍兴市", "一般公共预算收入", "level", 500.0, "亿元", None, 2025, "一般公共预算收入 | 亿元 | 480 | ≥500"),
        ("绍兴市", "研发经费支出占GDP比重", "level", 3.2, "%", None, 2025, "研发经费支出占GDP比重 | % | 3.1 | 3.2以上"),
        ("绍兴市", "城镇调查失业率", "level", 5.5, "%", "at_most", 2025, "城镇调查失业率 | % | 4.8 | <5.5"),
        ("绍兴市", "新增城镇就业", "level", 8.0, "万人", None, 2025, "新增城镇就业 | 万人 | 8.2 | 8"),
    ]


def test_a_share_reads_as_the_text_path_reads_it():
    """研发经费支出占GDP比重 in a table and in running text: the same kind, value and unit."""
    table = drafts(SHAOXING)[2]
    text = drafts("绍兴市人民政府\n2025年1月10日\n2025年,全市研发经费支出占GDP比重达到3.2%以上。")
    assert len(text) == 1 and table[2:7] == text[0][2:7]


def test_tabs_and_a_base_column():
    text = ("宜宾市人民政府\n2026年1月15日\n全市主要预期目标如下。\n指标\t单位\t预期目标\t2025年基数\n"
            "规上工业增加值增速\t%\t8左右\t9.1\n固定资产投资增长\t%\t6-7\t5.2\n社会消费品零售总额\t亿元\t1500\t1420\n")
    got = drafts(text)
    assert [g[:7] for g in got] == [
        ("宜宾市", "规上工业增加值", "growth", 8.0, None, "about", 2026),
        ("宜宾市", "固定资产投资", "growth", 6.0, None, None, 2026),
        ("宜宾市", "社会消费品零售总额", "level", 1500.0, "亿元", None, 2026),
    ]
    assert got[0][7] == "规上工业增加值增速\t%\t8左右"
    r = extract_text(text, today=TODAY)
    assert r.targets[1]["stretch"] == {"rate": 7.0}  # 6-7: the lower end the target, the upper the stretch


def test_runs_of_spaces_and_the_caption_year():
    """A caption naming the year dates the table's 年度目标; 上年完成 is no goal."""
    text = ("株洲市发展和改革委员会\n株洲市2026年主要目标\n指标名称      单位      年度目标      上年完成\n"
            "地区生产总值增速      %      6.5      6.2\n高新技术企业数      个      1200以上      1050\n")
    assert [g[:7] for g in drafts(text)] == [
        ("株洲市", "地区生产总值", "growth", 6.5, None, None, 2026),
        ("株洲市", "高新技术企业数", "level", 1200.0, "个", None, 2026),
    ]


def test_a_header_in_two_rows():
    text = ("赣州市发展和改革委员会 2025年7月20日\n表2 赣州市上半年主要指标完成情况\n"
            "指标 | 单位 | 2025年目标 | 上半年完成情况\n完成值 | 增速(%)\n"
            "地区生产总值 | 亿元 | 增长6%左右 | 2300.5 | 5.8\n规上工业增加值 | 亿元 | 增长7.5% | 900.2 | 8.1\n")
    assert drafts(text) == [
        ("赣州市", "地区生产总值", "growth", 6.0, None, "about", 2025, "地区生产总值 | 亿元 | 增长6%左右"),
        ("赣州市", "规上工业增加值", "growth", 7.5, None, None, 2025, "规上工业增加值 | 亿元 | 增长7.5%"),
    ]


def test_a_header_year_spanning_its_parts():
    """2026年 over 预期目标 | 2025年基数: the parts split the year's column; the base is no goal."""
    text = ("德阳市人民政府 2026年2月1日\n序号 | 指标 | 单位 | 2026年\n预期目标 | 2025年基数\n"
            "1 | 地区生产总值 | 亿元 | 增长6%以上 | 3200\n2 | 常住人口城镇化率 | % | 62 | 60.8\n")
    assert [g[:7] for g in drafts(text)] == [
        ("德阳市", "地区生产总值", "growth", 6.0, None, None, 2026),
        ("德阳市", "常住人口城镇化率", "level", 62.0, "%", None, 2026),
    ]


def test_unit_inside_the_indicators_name():
    text = ("湖州市经信局 2025年3月1日\n指标 | 2025年目标\n规上工业增加值增速(%) | 7左右\n"
            "数字经济核心产业增加值(亿元) | 800\n全员劳动生产率(万元/人) | 稳步提高\n")
    assert [g[:7] for g in drafts(text)] == [
        ("湖州市", "规上工业增加值", "growth", 7.0, None, "about", 2025),
        ("湖州市", "数字经济核心产业增加值", "level", 800.0, "亿元", None, 2025),
    ]


def test_a_table_of_results_only_gives_no_draft():
    text = ("玉林市统计局 2025年3月20日\n玉林市2024年国民经济和社会发展统计公报\n表1 2024年主要指标\n"
            "指标 | 单位 | 2024年完成 | 比上年增长(%)\n地区生产总值 | 亿元 | 2300 | 5.2\n财政收入 | 亿元 | 150 | 3.1\n")
    assert drafts(text) == []
    assert all(not t.aims for t in table_blocks(normalise(text).text, 2025))


def test_a_past_years_aims_give_no_draft():
    """A 2026 report's table of the 2024 aims and results: those aims are past."""
    text = "丽水市人民政府\n2026年1月8日\n指标 | 单位 | 2024年目标 | 2024年实绩\n地区生产总值 | 亿元 | 增长6% | 6.3\n"
    assert drafts(text) == []
    assert "the aim of the table for 2024 is before the year of the document, already past: no draft" in skipped(text)


@pytest.mark.parametrize("text", [
    # a page's metadata (兴平's 索引号 | 发布机构 …): no indicator or target column
    "| 索引号 | 116104810160239447/2025-00655 | 签发时间 | 2025-09-01 | ||\n| 发布机构 | 兴平市人民政府 | 发文字号 | 兴政办发〔2025〕11号 | ||\n",
    # a site's navigation
    "洛阳网首页 | 洛阳日报 | 洛阳晚报\n返回经济网首页 | 版面导航 | 标题导航\n",
    # a header without an indicator column (玉环's 绝对数 | 比上年增长)
    "表1 2019年玉环市生产总值\n| 绝 对 数 (亿元) | 比上年增长 (%) |\n地区生产总值 | 617.50 | 5.2 |\n",
    # prose whose words are a header's, with a figure in it: a row, not a header
    "指标 | 目标 | 地区生产总值增长6%\n",
])
def test_near_misses_are_no_tables(text):
    assert table_blocks(normalise(text).text, 2025) == [] or not any(t.aims for t in table_blocks(normalise(text).text, 2025))


def test_running_text_still_reads_around_a_table():
    """The sentences before and after a table are read as before; an aim stated in both is proposed once."""
    text = ("金华市人民政府\n2025年1月12日\n2025年,全市地区生产总值增长6%左右,城镇新增就业6万人。\n"
            "指标 | 单位 | 2025年目标\n地区生产总值增速 | % | 6左右\n居民人均可支配收入增速 | % | 6\n"
            "2025年,力争新增高新技术企业300家。\n")
    got = drafts(text)
    assert sorted((g[1], g[3]) for g in got) == sorted([("地区生产总值", 6.0), ("居民人均可支配收入", 6.0), ("城镇新增就业", 6.0),
                                                         ("新增高新技术企业", 300.0)])


def test_notes_in_both_languages(tmp_path):
    doc = tmp_path / "wenzhou.txt"
    doc.write_text(WENZHOU.read_text(encoding="utf-8"), encoding="utf-8")
    run = lambda *extra: subprocess.run([sys.executable, "-m", "tracker", "extract", str(doc), *extra],  # noqa: E731
                                        capture_output=True, text=True, check=True).stdout
    zh, en = run(), run("--lang", "en")
    assert "承诺：表格目标列中的一项" in zh and "表格目标列中没有数值目标" in zh
    assert "commitment: a row of the target column of a table" in en and "no numeric aim in the target column of the table" in en


def test_a_90_kb_document_with_tables_in_under_2_seconds():
    """A work report with 温州's table after every copy of it: the table reading adds no work per character."""
    from tracker.extract.gazetteer import gazetteer
    text = (DATA / "corpus" / "yunnan_work_report_2026.txt").read_text(encoding="utf-8") + "\n" + WENZHOU.read_text(encoding="utf-8")
    big = text * (90_000 // len(text.encode("utf-8")) + 1)
    assert len(big.encode("utf-8")) >= 90_000 and len(table_blocks(normalise(big).text, 2024)) >= 3
    gazetteer.cache_clear()
    t0 = time.perf_counter()
    extract_text(big)
    assert time.perf_counter() - t0 < 2.0


PLAN_TABLE = """台州市国民经济和社会发展第十四个五年规划纲要
(2021年2月3日台州市第六届人民代表大会第六次会议通过)
表1 “十四五”时期经济社会发展主要指标
| 类别 | 指标 | 2020年 | 2025年 | 年均增长(%) | 属性 |
|---|---|---|---|---|---|
| 经济发展 | 地区生产总值(亿元) | 5263 | 7200 | 6.5左右 | 预期性 |
| | 常住人口城镇化率(%) | 63.4 | 68 | — | 预期性 |
| 创新驱动 | | | | | |
| | 研发经费支出占GDP比重(%) | 2.4 | 3.0 | — | 预期性 |
"""


def test_a_framed_plan_table_with_a_yearly_rate():
    """| 类别 | 指标 | 2020年 | 2025年 | 年均增长(%) |: a framed table keeps its empty cells in their columns (the rows
    without 类别); 2020年 is the base (before 2021), 2025年 the aim, 年均增长 a yearly rate to 2025 over the base 2020;
    the markdown rule |---| and the group line | 创新驱动 | | are no rows; 属性 is no aim."""
    r = extract_text(PLAN_TABLE, today=TODAY)
    got = [(t["indicator"], t["kind"], t["target"], t.get("qualifier"), t["due"], t.get("base")) for t in r.targets]
    assert got == [
        ("地区生产总值", "level", {"value": 7200.0, "unit": "亿元"}, None, 2025, None),
        ("地区生产总值", "cagr", {"rate": 6.5}, "about", 2025, {"period": "2020"}),
        ("常住人口城镇化率", "level", {"value": 68.0, "unit": "%"}, None, 2025, None),
        ("研发经费支出占GDP比重", "level", {"value": 3.0, "unit": "%"}, None, 2025, None),
    ]
    assert {t["region"] for t in r.targets} == {"台州市"}
    assert not any("skipped" in x for x in r.review)  # — says nothing: no note


def test_group_lines_and_ordinals_between_tabbed_rows():
    text = ("嘉兴市人民政府\n2025年1月6日\n序号\t指标\t单位\t2025年目标\n一、经济发展\n(1)\t地区生产总值增速\t%\t6左右\n"
            "二、开放创新\n(2)\t货物贸易进出口总额\t亿元\t3800以上\n")
    assert [g[1:7] for g in drafts(text)] == [
        ("地区生产总值", "growth", 6.0, None, "about", 2025),
        ("货物贸易进出口总额", "level", 3800.0, "亿元", None, 2025),
    ]


def test_a_table_in_a_review_section_gives_no_draft():
    """A year-end report's table of last year's aims and results, under its review heading: past aims."""
    text = ("舟山市人民政府\n2025年1月15日\n一、2024年工作回顾\n2024年全市经济运行稳中有进。\n"
            "指标 | 单位 | 目标 | 完成\n地区生产总值 | 亿元 | 增长6% | 6.2\n规上工业增加值 | 亿元 | 增长8% | 9.1\n"
            "二、2025年工作安排\n2025年,全市地区生产总值增长6%左右。\n")
    got = drafts(text)
    assert [g[1:4] + (g[6],) for g in got] == [("地区生产总值", "growth", 6.0, 2025)]
    assert "全市地区生产总值增长6%左右" in got[0][7]
    assert skipped(text).count("the table stands in a section that reviews: its aims are of a period past, no draft") == 2


def test_result_columns_give_figures_not_goals():
    """温州's 上半年实绩 (绝对值 | 增速(%)): eleven figures of 2024's first half, as --figures offers results."""
    r = extract_text(WENZHOU.read_text(encoding="utf-8"), today=TODAY)
    got = [(f["indicator"], f["period"], f["value"], f["unit"], f["measure"]) for f in r.figures]
    half = "2024-01/2024-06"
    assert got == [
        ("地区生产总值", half, 4297.8, "亿元", "value"), ("地区生产总值", half, 6.2, "%", "yoy"),
        ("农林牧渔业增加值", half, 77.7, "亿元", "value"), ("农林牧渔业增加值", half, 4.2, "%", "yoy"),
        ("规上工业增加值", half, 820.9, "亿元", "value"), ("规上工业增加值", half, 11.2, "%", "yoy"),
        ("服务业增加值", half, 2457.9, "亿元", "value"), ("服务业增加值", half, 5.2, "%", "yoy"),
        ("一般公共预算收入", half, 402.5, "亿元", "value"), ("一般公共预算收入", half, 2.1, "%", "yoy"),
        ("固定资产投资", half, 0.7, "%", "yoy"),  # its 绝对值 is —
    ]
    assert {f["region"] for f in r.figures} == {"温州市"}
    shaoxing = [(f["indicator"], f["period"], f["value"], f["measure"]) for f in extract_text(SHAOXING, today=TODAY).figures]
    assert shaoxing[:2] == [("地区生产总值", "2024", 6.1, "yoy"), ("一般公共预算收入", "2024", 480.0, "value")]


def test_a_headline_shaped_like_a_header_is_read_as_text():
    """"2025年目标 | 指标解读" has no rows under it: no table, and the sentence after it is read as ever."""
    text = "宁波市人民政府\n2025年1月10日\n2025年目标 | 指标解读\n2025年,全市地区生产总值增长5.5%左右。\n"
    assert table_blocks(normalise(text).text, 2025) == []
    assert [g[1:4] for g in drafts(text)] == [("地区生产总值", "growth", 5.5)]


def test_an_estimate_column_and_a_planned_level():
    text = ("湘潭市人民政府\n2025年1月20日\n指标名称 | 计量单位 | 2024年预计完成 | 2025年预期目标 | 增长(%)\n"
            "地区生产总值 | 亿元 | 3000 | 3180 | 6左右\n其中:规上工业增加值 | 亿元 | 900 | 963 | 7\n")
    assert [g[1:7] for g in drafts(text)] == [  # 增长(%) beside the aim: the aim's growth (growth_of_before)
        ("地区生产总值", "level", 3180.0, "亿元", None, 2025),
        ("地区生产总值", "growth", 6.0, None, "about", 2025),
        ("规上工业增加值", "level", 963.0, "亿元", None, 2025),
        ("规上工业增加值", "growth", 7.0, None, None, 2025),
    ]
    after_result = "丽水市人民政府\n2025年1月8日\n指标 | 单位 | 2024年完成 | 增长(%)\n地区生产总值 | 亿元 | 2100 | 6.1\n"
    assert drafts(after_result) == []  # beside a result: a result's growth
