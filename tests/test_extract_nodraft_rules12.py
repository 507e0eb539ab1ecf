"""Rules for texts that drew no draft at all (the frame set's sixth check): planned_year, term_aims_lead and
named_due, each on hand-worked sentences."""

from __future__ import annotations

import datetime

from tracker.extract import docdate as D
from tracker.extract.extract import extract_text, term_aims_lead


def _specs(text: str, **kw) -> list[dict]:
    return extract_text(text, **kw).targets


def test_planned_year_reads_the_year_whose_sums_are_planned():
    t = "2023年,隆德县谋划确定第一批基本建设项目111项,总投资74.04亿元,年度计划投资34.96亿元。"
    assert D.planned_year(t)[0] == 2023
    assert D.planned_year("商州区2024年初步计划安排省市区重点建设项目8大类134个、总投资332.86亿元。")[0] == 2024
    # a deadline, a starting year or a report is no planned year
    assert D.planned_year("到2025年,计划实施重点项目100个。") is None
    assert D.planned_year("2021年以来,计划实施的项目已完成投资219.8亿元。") is None
    assert D.planned_year("2022年全县完成固定资产投资30亿元,同比增长8%。") is None


def test_planned_year_beats_latest_past_in_document_year():
    t = "2023年,隆德县谋划确定第一批基本建设项目111项,年度计划投资34.96亿元。\n全年预计完成固定资产投资28.59亿元,增长12%。"
    year, _, note = D.document_year(t)
    assert year == 2023 and "planned sums of 2023" in note


def test_planned_projects_draw_goals_of_that_year():
    t = "2023年,隆德县牢固树立大抓项目的工作导向,谋划确定第一批基本建设项目111项,总投资74.04亿元,年度计划投资34.96亿元。"
    got = {(s["target"]["value"], s["due"]) for s in _specs(t)}
    assert (34.96, 2023) in got and (111.0, 2023) in got


def test_term_aims_lead_dates_the_paragraphs_after_it():
    lead = "12月16日,仙桃市第十届人民代表大会第一次会议开幕,仙桃市《政府工作报告》提出了今后五年经济社会发展的主要目标任务:紧紧围绕发展定位,推动三产协同发展。"
    assert term_aims_lead(lead, 2022) == (2026, "今后五年经济社会发展的主要目标任务")
    assert term_aims_lead("今后五年,我们要继续努力。", 2022) is None  # no aims announced with a colon
    assert term_aims_lead(lead, None) is None
    t = lead + "\n坚持“工业挑大梁”,实施“工业倍增”计划,推动非织造布产业率先形成千亿规模。"
    specs = _specs(t, year=2022, region="仙桃市")
    assert [(s["target"]["value"], s["target"]["unit"], s["due"]) for s in specs] == [(1000.0, "亿元", 2026)]


def test_named_due_takes_no_cut_for_a_guessed_document_year():
    # no date anywhere: the document's year is guessed, but “十五五”末 names 2030 itself: 1.0 - 0.1 (region) - 0.2
    # (no indicator) = 0.7, kept at 0.7
    t = "揭阳市市长表示,揭阳将加快打造“一化一海五优特”产业集群,力争“十五五”末突破万亿元。"
    res = extract_text(t, min_confidence=0.7, today=datetime.date(2026, 1, 20))
    assert [(s["target"]["value"], s["target"]["unit"], s["due"]) for s in res.targets] == [(1.0, "万亿元", 2030)]
    # 今年 counts from the guessed year: the cut stays, 1.0 - 0.25 (year) - 0.1 (region) = 0.65, left out at 0.7
    t2 = "揭阳市市长表示,揭阳将加快打造产业集群,力争今年产业规模突破1000亿元。"
    assert extract_text(t2, min_confidence=0.7, today=datetime.date(2026, 1, 20)).targets == []


def test_sized_count_after_a_list_is_a_goal():
    from tracker.extract import lists as L
    # as many names as the count, but a size class after it: the named clusters are to reach that size
    assert L.restated_count("打造食品、智能装备制造", 2, "个五百亿产业集群") is False
    assert L.restated_count("电子信息技术、新能源新材料、生物医药", 3, "个百亿级产业集群") is False
    # no size class: which were just named, not how many (as before)
    assert L.restated_count("建成小麦、家禽", 2, "个省实验室") is True
    t = "今后五年,打造食品、智能装备制造2个五百亿产业集群,电子信息技术、新能源新材料、生物医药3个百亿产业集群。"
    got = [(s["target"]["value"], s["target"]["unit"], s["due"]) for s in _specs(t, year=2022, region="仙桃市")]
    assert got == [(2.0, "个", 2026), (3.0, "个", 2026)]


def test_good_start_of_a_five_year_plan_dates_the_text():
    # 为“十四五”开好头: the plan's first year (2025 - 4 = 2021), as 良好开局 does
    assert D.five_year_start("主要指标增速好于全省平均水平,为“十四五”开好头奠定了良好基础。")[0] == 2021
    assert D.five_year_start("为“十五五”起好步。")[0] == 2026


def test_aimed_ahead_lifts_an_aim_out_of_a_since_report():
    t = ("今年以来,永城市聚焦主导产业,积极开展产业链招商,加快建设两个千亿级化工、新材料产业集群,"
         "努力推动永城成为“十四五”期间全省首个千亿元以上县(市)。")
    got = [(s["target"]["value"], s["target"]["unit"], s["due"]) for s in _specs(t, year=2021, region="永城市")]
    assert got == [(2.0, "个", 2025)]
    # with no deadline later in the sentence, the clause stays part of the report
    t2 = "今年以来,永城市聚焦主导产业,积极开展产业链招商,加快建设两个千亿级化工、新材料产业集群。"
    assert _specs(t2, year=2021, region="永城市") == []
    # a clause that reports (签约) is not lifted though a deadline follows
    t3 = "今年以来,永城市新签约投资项目60个,努力推动永城成为“十四五”期间全省首个千亿元以上县(市)。"
    assert [s["target"]["value"] for s in _specs(t3, year=2021, region="永城市")] == []


def test_estimate_aside_marks_the_years_figures_as_results():
    from tracker.extract.classify import classify
    assert classify("2021年,全县完成地区生产总值263.5亿元(预计数,下同),年均增长6.94%;", 2021)[0] == "result"
    assert classify("全县完成地区生产总值263.5亿元(预计),年均增长6.94%。", 2021)[0] == "result"
    # an aside that says something else is still masked: 扣除…支出外 dates nothing
    assert classify("2022年一般公共预算支出(扣除2021年灾后恢复重建专项资金支出外)力争增长3%以上。", 2022)[0] == "commitment"
    t = ("2021年,全县完成地区生产总值263.5亿元(预计数,下同),年均增长6.94%;规模工业增加值44.5亿元,年均增长5.95%。\n"
         "报告明确了安化县2022年经济社会发展的主要预期目标,即地区生产总值增长8%以上,地方一般公共预算收入增长10%以上。")
    got = [(s["target"].get("rate"), s["due"]) for s in _specs(t, year=2021, region="安化县")]
    assert got == [(8.0, 2022), (10.0, 2022)]


def test_reviewed_term_and_ended_term_keep_a_reviewed_period_out_of_the_aims():
    t = ("會議全面總結了臺江縣過去五年的工作,展望十二五期間該縣經濟社會發展藍圖。十一五期間,全縣生產總值達9.7億元,"
         "財政總收入完成1.004億元,首次突破億元大關。未來五年,臺江縣將…,到十二五末力爭生產總值翻一番以上,實現26億元以上,年均增長18%以上。")
    simplified = ("会议全面总结了台江县过去五年的工作,展望十二五期间该县经济社会发展蓝图。十一五期间,全县生产总值达9.7亿元,"
                  "财政总收入完成1.004亿元,首次突破亿元大关。")
    year, _, note = D.document_year(simplified)  # the rules read the normalised (simplified) text
    assert year == 2011 and note.startswith("guessed")  # 十一五 ends 2010, reported as done: 2011, a guess
    assert D.reviewed_term("十一五期间,全县生产总值达9.7亿元。") is None  # no look to 十二五: no answer
    assert D.reviewed_term("到十二五末,全县生产总值达到26亿元。") is None  # a deadline, not a period reported
    got = sorted({s["due"] for s in _specs(t, region="台江县")})
    assert got == [2015]  # 9.7亿元 and 1.004亿元 of 十一五 are no aims


def test_sentence_future_and_glued_year_in_a_paragraph_that_opened_in_the_past():
    t = ("2017年省委十届四次全会提出“支持南阳建设重要区域中心城市”。南阳2020GDP3925亿元,排在全国第60位。"
         "“十四五”时期为实现“经济总量跨越五千亿元台阶,力争接近六千亿元,稳居全省第三”的奋斗目标,关键抓手是深化产业结构战略性调整。")
    got = [(s["target"]["value"], s["due"]) for s in _specs(t, year=2021, region="南阳市")]
    # 3925 亿元 of 2020 (glued_year) is no aim; the 十四五 aims hold though the paragraph opened with 2017年 (sentence_future)
    assert got == [(5000.0, 2025), (6000.0, 2025)]
