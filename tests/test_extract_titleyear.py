"""The year a title names is the year planned (issue #15, branch titleyear): titled_plan (title_year in the chain),
reviewed_title, target_cell, and plan_heading's 年度 / 政府工作的总体要求 / 计划执行情况 — hand-worked cases from the
probe texts of the ninth probe set (m01, m02, p01, p27, p51), invented texts of the same class in other places and
wordings, and near-misses that must stay years reported."""

from __future__ import annotations

import datetime

from tracker.extract import docdate as D
from tracker.extract import extract_text

TODAY = datetime.date(2026, 12, 3)


def drafts(text: str, year: int | None = None) -> list[tuple[str, int]]:
    r = extract_text(text, year=year, min_confidence=0.5, today=TODAY)
    return [(d["source"]["quote"], d["due"]) for d in r.targets]


def dues(text: str) -> set[int]:
    return {due for _, due in drafts(text)}


def test_title_aims_heading():
    """m01: "邢台市2024年主要经济指标预期目标" over its aims — no rule read the title (主要经济指标预期目标 is not the
    plan_heading phrase), so today's year (2026) was taken and the 2024 heading's section was past: no drafts. The title
    names the year planned: both aims are due 2024, as with --year 2024."""
    t = "邢台市2024年主要经济指标预期目标\n全市地区生产总值增长6%左右，规上工业增加值增长7%。"
    assert D.title_year(t) == 2024
    found = D.document_year(t)
    assert found[0] == 2024 and "2024" in str(found[2])
    assert dues(t) == {2024}
    assert len(drafts(t)) == 2
    assert drafts(t) == drafts(t, year=2024)
    # invented: another city and year, 计划 and 指标 wordings
    assert D.document_year("保山市2031年主要经济指标预期目标\n全市规上工业增加值增长9%。")[0] == 2031
    assert D.document_year("泰州市2023年经济社会发展计划\n全市一般公共预算收入增长5%。")[0] == 2023


def test_title_work_report():
    """m02, p27: "邢台市2024年政府工作报告 / 今年…增长6%左右" — the title's 2024 was taken for a year reported (latest_past: 2025)
    and 今年's aims were drafted for 2025. A work report given at its year's congress reviews the year before and plans
    its own: the title's year is the year planned (2024), its 去年 is 2023."""
    t = "邢台市2024年政府工作报告\n今年全市地区生产总值增长6%左右，规上工业增加值增长7%。"
    assert D.document_year(t)[0] == 2024
    assert dues(t) == {2024}
    t = ("南宁市2019年政府工作报告\n各位代表：\n去年，全市地区生产总值增长5.4%，规模以上工业增加值增长6.2%。\n"
         "今年经济社会发展的主要预期目标是：地区生产总值增长7%左右，规模以上工业增加值增长8%，固定资产投资增长10%。")
    assert D.document_year(t)[0] == 2019
    assert dues(t) == {2019}
    assert len(drafts(t)) == 3  # 去年's 5.4% and 6.2% are results, not aims
    # invented: a district's, with 区 before 政府; a summary in brackets
    assert D.document_year("双流区2022年区政府工作报告（摘要）\n今年全区地区生产总值增长8%。")[0] == 2022


def test_title_notice_and_bracketed_year():
    """p51: "东营市工业经济发展年度目标（2023年度）" — the year in the title's closing brackets (bracketed_title_year);
    "关于2024年主要经济指标目标任务分解的通知" — a notice sharing out a year's targets; "全区工业经济工作要点（2025年）"."""
    t = "东营市工业经济发展年度目标（2023年度）\n一、总体目标\n全市规上工业增加值增长7%，工业技改投资增长10%，新增省级“专精特新”企业50家。"
    assert D.title_year(t) == 2023
    assert dues(t) == {2023}
    assert len(drafts(t)) == 3
    assert D.title_year("关于2024年主要经济指标目标任务分解的通知\n各县（市、区）：") == 2024
    assert D.title_year("关于下达2030年全县目标任务的通知") == 2030
    assert D.title_year("全区工业经济工作要点（2025年）\n一、") == 2025
    assert D.title_year("青州市2024年度目标任务\n全市") == 2024
    assert D.title_year("2025年工作要点\n") == 2025
    assert D.title_year("政府工作报告（2027年）\n各位代表：") == 2027


def test_reviewed_title():
    """reviewed_title: near-misses that stay years reported — a review (回顾, 总结, 回眸), a plan's execution reported
    (执行情况, 完成情况), an assessment (考核结果), a year's aims reported as met; and a first line that is a sentence
    (its commas and stops), or a period or a deadline in the title."""
    for title in ("2023年工作回顾", "2023年度工作总结", "关于2023年国民经济和社会发展计划执行情况的报告",
                  "2023年度目标任务完成情况", "关于2023年度目标任务考核结果的通报", "2023年目标任务全面完成",
                  "全市超额完成2023年目标", "玉环市2019年国民经济和社会发展统计公报", "安阳市2017年扩大有效投资行动项目进展情况通报",
                  "2023年政府工作报告民生实事进展", "回眸2023年政府工作报告", "2015年工作回顾与2016年目标",
                  "某某县三年行动计划（2024—2026年）", "到2025年主要目标", "2023年1-6月主要经济指标"):
        assert D.title_year(title + "\n全市规上工业增加值增长7%。") is None, title
    assert D.title_year("2020年工作任务的完成,标志着“十三五”顺利收官。") is None
    # the near-misses' own years: the year after the one reviewed
    assert D.document_year("2023年工作回顾\n全市规上工业增加值增长7%。")[0] == 2024
    assert D.document_year("2023年度工作总结\n2023年，全市规上工业增加值增长7%。")[0] == 2024
    t = "关于2023年国民经济和社会发展计划执行情况的报告\n2023年，全市地区生产总值增长5.2%，规上工业增加值增长6%。"
    assert D.document_year(t)[0] == 2024
    assert dues(t) <= {2025, 2026} and not drafts(t)  # results only: nothing drafted for 2023


def test_plan_execution_and_the_next_plan():
    """plan_heading: 国民经济和社会发展计划执行情况 is the year reviewed, not planned; the next year's plan after it is."""
    assert D.plan_heading("关于2023年国民经济和社会发展计划执行情况的报告") is None
    assert D.plan_heading("关于2023年国民经济和社会发展计划的执行情况") is None
    t = "关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告"
    assert D.plan_heading(t)[0] == 2024
    assert D.plan_heading("阜平县2024年国民经济和社会发展计划")[0] == 2024


def test_work_report_general_requirement():
    """p01: "2024年政府工作的总体要求是：…" — plan_heading read 2024年工作总体要求, not 政府工作的总体要求, so the county report
    (title 于都县2024年政府工作报告（摘要）) was put in 2025 and its seven aims dropped."""
    assert D.plan_heading("2024年政府工作的总体要求是：坚持稳中求进工作总基调。")[0] == 2024
    assert D.plan_heading("2031年工作的总体要求是：")[0] == 2031
    assert D.plan_heading("2024年度政府工作重点")[0] == 2024  # 年度
    t = ("于都县2024年政府工作报告（摘要）\n各位代表：\n2024年政府工作的总体要求是：坚持稳中求进工作总基调。\n"
         "全县经济社会发展的主要预期目标是：地区生产总值增长7%左右；规模以上工业增加值增长8.5%；固定资产投资增长6%以上。")
    assert D.document_year(t)[0] == 2024
    assert dues(t) == {2024}
    assert len(drafts(t)) == 3
    # without the title, the body's lead-in alone dates it
    assert D.document_year(t.split("\n", 1)[1])[0] == 2024
    # near-miss: a year's general requirement reported as done is no such heading
    assert D.plan_heading("2023年政府工作任务的完成") is None


def test_work_heading_line_year_of_targets():
    """work_heading_line: a line that is only "2024年度目标任务", "2025年工作要点", "2024年重点工作任务" heads the year's aims."""
    t = "五、2024年度目标任务\n全市规上工业增加值增长8%。"
    assert D.plan_heading("2024年度目标任务\n全市规上工业增加值增长8%。")[0] == 2024
    assert D.plan_heading("2024年重点工作任务\n")[0] == 2024
    assert D.plan_heading("2025年工作要点：\n")[0] == 2025
    assert D.plan_heading(t)[0] == 2024  # numbered_heading: after its list number
    assert D.plan_heading("（三）2031年度目标任务\n")[0] == 2031
    t = "唐山市政府工作报告\n" + t  # the place (全市 needs one), and a title naming no year
    assert D.document_year(t)[0] == 2024
    assert drafts(t) == [("全市规上工业增加值增长8%", 2024)]
    t = "唐山市政府工作报告\n2023年工作回顾\n全市规上工业增加值增长6%。\n五、2024年度目标任务\n全市规上工业增加值增长8%。"
    assert drafts(t) == [("全市规上工业增加值增长8%", 2024)]  # the review's 6% stays a result
    # near-miss: the heading goes on to what was done
    assert D.plan_heading("2023年度目标任务完成情况\n") is None


def test_target_cell():
    """target_cell: p10's "指标 | 单位 | 2025年目标 | 属性" under "张店区2025年国民经济和社会发展主要指标" — the title names no
    plan (主要指标 may be results) and latest_past read 2025 as reported (2026); the table's target column names the year
    planned. p33's "2023年完成 | 2024年目标": a result column of the year before is the base."""
    t = ("张店区2025年国民经济和社会发展主要指标\n指标 | 单位 | 2025年目标 | 属性\n"
         "地区生产总值增速 | % | 6左右 | 预期性\n")
    assert D.target_cell(t) == [2025]
    assert D.document_year(t)[0] == 2025
    assert D.target_cell("指标 | 2023年完成 | 2024年目标\n地区生产总值增速（%） | 5.5 | 6左右") == [2024]
    assert D.target_cell("指标｜2032年计划｜属性") == [2032]  # invented: full-width bars, 计划
    assert D.target_cell("指标 | 2025年目标 | 2027年目标\n") == [2025]  # several years: planned from the first
    assert D.target_cell("2026年目标值\n") == [2026]  # a line that is only the cell
    # near-misses: a target beside its own year's result (a review), a completion rate, a target reported as met
    assert D.target_cell("指标 | 2023年计划 | 2023年完成 | 完成率\n") == []
    assert D.target_cell("指标 | 2023年目标 | 2023年1-11月完成\n") == []
    assert D.target_cell("指标 | 2023年目标 | 完成率\n") == []
    assert D.target_cell("全市超额完成2023年目标\n") == []
    assert D.target_cell("指标 | 2023年完成 | 增长\n") == []


def test_dated_page_keeps_its_date():
    """A date at the top still comes first: a title year after it is no reprint, and a page dated after the title's year
    is one (reprinted, unchanged)."""
    t = "发布时间：2024-01-25\n邢台市2024年政府工作报告\n今年全市地区生产总值增长6%左右。"
    assert D.document_year(t)[0] == 2024
    t = "邢台市2024年政府工作报告\n发布时间：2025-03-01\n今年全市地区生产总值增长6%左右。"
    assert D.document_year(t)[0] == 2024  # title_year < the page's date: a reprint


def test_reviewed_heading():
    """reviewed_heading (the section under a dated heading): "2024年目标任务完成情况" in a text of 2024 heads results — its
    目标任务 made the section one of aims due 2024, and its 增长6% was drafted as a 2024 target. A review followed by a
    plan ("2024年工作总结和2025年工作安排") heads the plan."""
    assert D.reviewed_heading("2024年目标任务完成情况")
    assert D.reviewed_heading("2023年工作回顾")
    assert D.reviewed_heading("二、2031年工作总结")
    assert D.reviewed_heading("关于2023年国民经济和社会发展计划执行情况")
    assert not D.reviewed_heading("2024年工作总结和2025年工作安排")
    assert not D.reviewed_heading("2023年工作回顾与2024年目标")
    assert not D.reviewed_heading("2024年度目标任务")
    t = "唐山市人民政府\n2024年12月20日\n2024年目标任务完成情况\n全市规上工业增加值增长6%。"
    assert drafts(t) == []
    t = "唐山市人民政府\n2024年12月20日\n一、2024年工作总结和2025年工作安排\n全市规上工业增加值增长8%。"
    assert drafts(t) == [("全市规上工业增加值增长8%", 2025)]
    t = "唐山市人民政府\n2024年1月20日\n2024年目标任务\n全市规上工业增加值增长8%。"
    assert drafts(t) == [("全市规上工业增加值增长8%", 2024)]  # the same heading without 完成情况 heads aims
