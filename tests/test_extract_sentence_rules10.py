"""Sentence rules of the tenth sentence round (issue 15), each with hand-worked cases: task_paragraph, realised_cover,
duration_count, contribution_made and 灌区 as no region.

Every value below was worked out by reading the sentence: what a reader takes as the goal, its number and unit.
"""

from __future__ import annotations

from extract_drafts import values as _values
from tracker.extract import extract_text
from tracker.extract import lists as L
from tracker.extract.classify import classify
from tracker.extract.extract import realised_cover, task_paragraph


def _regions(text: str, **kw) -> list[str]:
    return sorted(t["region"] for t in extract_text(text, **kw).targets)


# --------------------------------------------------------------------------
# task_paragraph


def test_task_paragraph_opens_with_a_verb_of_doing():
    assert task_paragraph("启动循环经济产业园建设,实施垃圾无害化综合处理项目。开展地下综合管廊建设,完成108公里市政管网改造。", 2018)
    assert task_paragraph("(三)完善农牧区基础设施,建成林周等5县污水处理厂。", 2018)
    assert not task_paragraph("全市完成108公里市政管网改造。", 2018)  # a subject first: it may report
    assert not task_paragraph("完善城市基础设施,2017年完成108公里市政管网改造。", 2018)  # an earlier year: a review
    assert not task_paragraph("完善城市基础设施,已完成108公里市政管网改造。", 2018)  # 已: done
    assert not task_paragraph("启动了21个项目。", 2018)  # 了: reported
    assert not task_paragraph("启动循环经济产业园建设。", None)  # no year of the text's own


def test_task_paragraph_counts_are_the_documents_years():
    # 拉萨's work report (2018): neither sentence has an intent word, the paragraph says what is to be done
    text = ("拉萨市2018年政府工作报告\n"
            "启动循环经济产业园建设,实施垃圾无害化综合处理项目。开展地下综合管廊建设,完成108公里市政管网改造。\n"
            "完善农牧区基础设施。建成林周等5县污水处理厂,启动21个乡镇生活垃圾无害化处理设施项目。\n")
    assert _values(text, year=2018, region="拉萨市") == [(2018, 21, "个"), (2018, 108, "公里")]


def test_review_paragraph_of_the_same_words_stays_a_result():
    text = ("拉萨市2018年政府工作报告\n"
            "过去一年,全市经济平稳增长。\n"
            "完善城市基础设施,2017年完成108公里市政管网改造,启动21个乡镇生活垃圾处理项目。\n")
    assert _values(text, year=2018, region="拉萨市") == []


# --------------------------------------------------------------------------
# realised_cover


def test_realised_cover_opens_a_cover_aim():
    assert realised_cover("实现拉萨所有乡镇公交全覆盖")
    assert realised_cover("年内做到规上企业数字化诊断全覆盖")
    assert not realised_cover("加快规上企业全覆盖")  # hastened_cover: the way the work goes
    assert not realised_cover("全市乡镇公交全覆盖")  # no verb opening it


def test_realised_cover_in_an_intended_paragraph_is_100_percent():
    text = ("拉萨市2018年政府工作报告\n"
            "大力发展农村交通和公交客运。投资28亿元,新建农村公路300公里,实现拉萨所有乡镇公交全覆盖。\n")
    assert (2018, 100, "%") in _values(text, year=2018, region="拉萨市")


# --------------------------------------------------------------------------
# duration_count


def test_duration_count_is_months_not_things():
    assert L.duration_count("月的就业见习", "个")
    assert not L.duration_count("乡镇项目", "个")
    assert not L.duration_count("月", "家")
    text = "2019年就业工作要点\n(五)扩大就业见习范围。组织失业青年参加3—12个月的就业见习,给予见习补贴。\n"
    assert _values(text, year=2019, region="北京市") == []


# --------------------------------------------------------------------------
# contribution_made


def test_contribution_made_is_a_result():
    # 大同's secretary on 2025: the year's output is reported, with the contribution it made
    s = "我们坚决落实国家煤炭增产保供任务,全年煤炭产量达到1.6亿吨,为能源保供作出了重要贡献"
    assert classify(s, 2025)[0] == "result"
    assert classify("全年煤炭产量力争达到1.6亿吨,为能源保供作出了新的贡献", 2025)[0] != "result"  # a promise
    assert classify("全年煤炭产量达到1.6亿吨,为能源保供作出更大贡献", 2025)[0] != "result"  # 作出更大贡献: to come
    text = "大同市委书记访谈\n" + s + "。\n"
    assert _values(text, year=2025, region="大同市") == []


# --------------------------------------------------------------------------
# 灌区 is no region


def test_irrigation_district_is_no_region():
    text = "拉萨市2018年政府工作报告\n今年,全市投资25亿元,建设帕古水库、堆曲灌区工程等水利项目30个。\n"
    assert "堆曲灌区" not in _regions(text, year=2018, region="拉萨市")


# --------------------------------------------------------------------------
# from_base and reached_class (银川经开区)


def _amounts(clause: str) -> list[tuple]:
    from tracker.extract.extract import _quantities
    return [(f.kind, f.amount, f.indicator) for f in _quantities(clause, None, "")]


def test_from_base_reads_the_level_not_the_base():
    assert L.from_base("开发区高新技术企业要从目前的22家增加到30家") == [(10, 20)]
    assert L.from_base("全市规上企业增加到30家") == []  # no base
    assert _amounts("开发区高新技术企业要从目前的22家增加到30家") == [("level", {"value": 30.0, "unit": "家"}, "高新技术企业")]  # tidy_name: the zone is the region's
    assert _amounts("高新技术产业产值比重从目前的20%调升到30%") == [("level", {"value": 30.0, "unit": "%"}, "高新技术产业产值比重")]


def test_from_base_under_a_deadline_is_a_goal_not_a_result():
    # 目前 inside the base phrase reports nothing: the clause is the deadline's aim
    text = ("银川经济技术开发区发展蓝图\n"
            "到2017年,开发区高新技术企业要从目前的22家增加到30家,高新技术产业产值比重从目前的20%调升到30%。\n")
    assert _values(text, year=2015, region="银川经济技术开发区") == [(2017, 30, "%"), (2017, 30, "家")]
    # 目前 outside a base phrase still reports
    assert _values("银川经济技术开发区\n到2017年,目前开发区高新技术企业22家。\n", year=2015, region="银川经济技术开发区") == []


def test_reached_class_is_the_amount_to_reach():
    assert L.reached_class("建成技工贸总收入达到1000亿级的产业区") == [(10, 16, 1000.0, "亿元")]  # 建成技工贸总收入达到 is ten characters; 1000亿级 six
    assert L.reached_class("打造千亿级产业集群") == []  # a size class of what is named
    assert L.reached_class("形成6个以上千亿级支柱产业") == []  # no money subject
    assert _amounts("建成技工贸总收入达到1000亿级的产业区") == [("level", {"value": 1000.0, "unit": "亿元"}, "技工贸总收入")]


# --------------------------------------------------------------------------
# counted_task (兰州)


def test_counted_task_reads_each_count_of_the_task():
    clause = "年底完成甘肃强鑫铁合金有限公司等34户企业的39条生产线、1390台(套)设备落后产能淘汰任务"
    # 34户企业的: whose lines (no goal); 39 条 生产线 and 1390 台 设备, (套) left out
    assert L.counted_task(clause) == [(22, 25, 39.0, "条", "生产线"), (29, 34, 1390.0, "台", "设备")]
    assert L.counted_task("年内完成12个项目建设任务") == [(4, 7, 12.0, "个", "项目")]
    assert L.counted_task("完成5000亩造林任务") == []  # 亩 is no measure word of a count
    assert L.counted_task("完成39条生产线改造") == []  # no 任务: an ordinary count
    assert _amounts(clause) == [("level", {"value": 39.0, "unit": "条"}, "生产线"), ("level", {"value": 1390.0, "unit": "台"}, "设备")]


def test_counted_task_at_years_end_is_the_documents_year():
    text = ("兰州市工信委2012年工作安排\n"
            "今年5月30日前,该部门将对辖区内企业进行拉网式调查。"
            "年底完成甘肃强鑫铁合金有限公司等34户企业的39条生产线、1390台(套)设备落后产能淘汰任务;结合十大节能工程,推进工业窑炉清洁能源替代。\n")
    assert _values(text, year=2012, region="兰州市") == [(2012, 39, "条"), (2012, 1390, "台")]


# --------------------------------------------------------------------------
# cleared_amount and trailing_deng (北京's districts)


def test_cleared_amount_is_a_goal():
    # 东城: its own line under the district's heading, no year of its own, 要 says it is to be done
    text = "北京各区2016年工作安排\n东城\n今年东城要完成7号线站点红线内搬迁;\n要拆除存量违法建设4.5万平方米;\n"
    assert (2016, 4.5, "万平方米") in _values(text, year=2016, region="东城区")
    assert _amounts("关停30家小煤矿") == [("level", {"value": 30.0, "unit": "家"}, "关停小煤矿")]


def test_trailing_deng_is_no_part_of_what_is_counted():
    assert _amounts("退出500家污染企业等") == [("level", {"value": 500.0, "unit": "家"}, "退出污染企业")]
    assert _amounts("退出500家污染企业") == [("level", {"value": 500.0, "unit": "家"}, "退出污染企业")]


# --------------------------------------------------------------------------
# described_noun and manner words before a count verb (榆林)


def test_described_noun_counts_the_towns():
    from tracker.extract.extract import described_spans
    clause = "集中力量打造30个人口过万、产值过亿的重点特色小镇"
    assert described_spans(clause) == [(9, 19)]  # 人口过万、产值过亿的
    assert _amounts(clause) == [("level", {"value": 30.0, "unit": "个"}, "打造重点特色小镇")]


def test_described_thresholds_are_no_goals():
    # what each firm is like: neither 100 亿元 nor 10 亿元 is an amount to reach
    assert _amounts("培育5个营收超百亿、税收超十亿的龙头企业") == [("level", {"value": 5.0, "unit": "个"}, "培育龙头企业")]
    assert _amounts("培育5个营收超100亿元、税收超10亿元的龙头企业") == [("level", {"value": 5.0, "unit": "个"}, "培育龙头企业")]
    # one description with no 、 keeps the earlier reading (counted_threshold and the like decide)
    assert _amounts("打造30个特色小镇") == [("level", {"value": 30.0, "unit": "个"}, "打造特色小镇")]


def test_yulin_towns_with_the_year_given():
    text = ("榆林市新闻发布会\n尉俊东介绍,榆林将把推动经济结构战略性调整作为优先选项。在城乡统筹发展方面,建设高品质区域中心城市,推进重点镇和美丽乡村建设,"
            "集中力量打造30个人口过万、产值过亿的重点特色小镇;\n")
    assert _values(text, year=2017, region="榆林市") == [(2017, 30, "个")]


# --------------------------------------------------------------------------
# single_quoted_period (攀枝花)


def test_five_year_period_in_single_quotes_is_its_deadline():
    # a quotation inside a quotation writes ‘十四五’ with single quotes: still the period ending 2025
    text = ("攀枝花市2021年政府工作报告\n记者从会上获悉,攀枝花2021年继续加码提速,地区生产总值增长7.5%。"
            "“‘十四五’期间,地区生产总值年均增速高于全省平均水平,总量达到1600亿元。”\n")
    assert (2025, 1600, "亿元") in _values(text, year=2021, region="攀枝花市")
    assert (2021, 1600, "亿元") not in _values(text, year=2021, region="攀枝花市")


# --------------------------------------------------------------------------
# the round's two dev documents, read with their frame given


from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tracker.extract.score import score_document  # noqa: E402

GOLD = Path(__file__).parent / "data" / "extract" / "gold"


@pytest.mark.parametrize("name,year,region", [("lasa_work_report_news_2018.txt", 2018, "拉萨市"),
                                              ("lanzhou_industry_targets_news_2012.txt", 2012, "兰州市")])
def test_round_documents_read_in_full_with_the_frame_given(name, year, region):
    s = score_document(GOLD / name.replace(".txt", ".yaml"), year=year, region=region)
    assert s.matched == s.goals == s.drafts, (name, s.matched, s.goals, s.drafts)


def test_task_paragraph_names_its_task_in_words_first():
    assert not task_paragraph("培育省级产业集群136个。", 2024)  # a bare count on its own may report it
    assert not task_paragraph("启动21个乡镇生活垃圾无害化处理设施项目,完成108公里管网改造。", 2018)  # a count first
