"""Frame rules of round five (issue #15): voiced_short_name, masthead_byline and unknown_now — each with cases worked out
by hand from the twenty-second and twenty-third blind splits (奎文区, 泰安, 牡丹江) and from texts that must not move."""

from __future__ import annotations

import datetime

from tracker.extract.context import (_province, document_context, masthead_mentions, unknown_now,
                                     voiced_short_name)
from tracker.extract.extract import extract_text
from tracker.extract.scope import heading_region
from tracker.extract.text import normalise

TODAY = datetime.date(2026, 12, 3)

KUIWEN = ("二、2025年工作安排\n区政府工作的总体要求是:坚持稳中求进工作总基调,奋力开创“更好的奎文”建设新局面。\n"
          "综合考虑各方面因素,全区经济社会发展主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长4%左右。\n")


# --------------------------------------------------------------------------
# voiced_short_name


def test_a_district_that_names_itself_only_by_its_short_form():
    # 全区 and 区政府 speak as a district; "更好的奎文" is the only district short form in the text; 奎文区 is one division
    # (潍坊's), and 奎文 is no word.
    assert voiced_short_name(KUIWEN) == "奎文区"
    ctx = document_context(KUIWEN, None, None, 2026)
    assert ctx.scope == "奎文区"
    drafts = extract_text(KUIWEN, today=TODAY).targets
    assert [(d["region"], d["due"], d["target"]["rate"]) for d in drafts] == [("奎文区", 2025, 6.0), ("奎文区", 2025, 4.0)]


def test_a_county_short_form_read_once_when_the_text_speaks_as_a_county():
    # 全县 and 县委: 龙游 (龙游县, 衢州's) stands as a name after 的 and before ”.
    assert voiced_short_name("县委提出,全县上下要建设“活力的龙游”。") == "龙游县"


def test_short_forms_that_are_words_are_not_read():
    assert voiced_short_name("全区上下凝聚振兴力量,区政府…") is None  # 振兴 (振兴区 of 丹东) is a word first
    assert voiced_short_name("全县公安干警…县委…") is None  # 公安 (公安县) likewise
    assert voiced_short_name("全区发展“新建”项目,区委…") is None  # 新建 (新建区 of 南昌) is a verb


def test_a_short_form_inside_a_run_of_words_is_no_name():
    # 广西工业 holds 西工 (西工区 of 洛阳) by its characters; 宏伟蓝图 holds 宏伟 (宏伟区) — neither stands as a name.
    assert voiced_short_name("全区工业…区委…学习广西工业经验") is None
    assert voiced_short_name("全区上下…区委…绘就宏伟蓝图") is None


def test_two_short_forms_of_the_level_give_none():
    # 奎文 and 坊子 (both districts of 潍坊): the text names two, so it is neither's by this rule.
    assert voiced_short_name("全区…区委…“更好的奎文”与“美丽的坊子”") is None


def test_only_where_the_text_speaks_as_that_level():
    assert voiced_short_name("全市工业…“更好的奎文”") is None  # no district voice
    # 全市 and 市委 twice outnumber 全区 once: the text is the city's, a district named in it
    assert voiced_short_name("全市…市委…全区…“更好的奎文”") is None
    # 自治区政府 is a province's body, not 区政府
    assert voiced_short_name("自治区政府…“更好的奎文”") is None
    # in an autonomous region 全区 is the region's own voice
    assert voiced_short_name(KUIWEN, "广西壮族自治区") is None


# --------------------------------------------------------------------------
# masthead_byline


def test_a_papers_place_is_a_byline():
    t = normalise("香港商報\n山東泰安敲定新型工業化強市路線圖\n來源:香港商報網\n香港商報訊 3月9日,山東省泰安市舉行了動員大會。").text
    assert masthead_mentions(t, "香港") == 3
    assert masthead_mentions(t, "山东") == 0
    assert _province(t) == "山东省"  # 山东 three times; 香港 three times, all in the paper's name
    assert heading_region("香港商报") is None  # the masthead over the title opens no section
    assert heading_region("泰安新闻网") is None
    assert masthead_mentions("湖北日报讯 全省…", "湖北") == 1
    assert masthead_mentions("湖北省委…", "湖北") == 0


def test_the_papers_place_is_the_fallback():
    # nothing but the paper names a province: its place is kept (as 兰州's text reads 兰州市 from 兰州晚报)
    assert _province("香港商报讯 全市工业增加值增长8%。") == "香港特别行政区"


def test_taian_text_is_taians():
    t = ("香港商報\n山東泰安敲定新型工業化強市路線圖\n責任編輯:萬思琪 2022-03-15 09:21:10原創 來源:香港商報網\n"
         "    香港商報訊  3月9日,山東省泰安市舉行了新型工業化強市建設動員大會。\n"
         "    到2025年,全市規模以上工業企業數量達到2000家。\n")
    drafts = extract_text(t, today=TODAY).targets
    assert [(d["region"], d["due"], d["target"]["value"]) for d in drafts] == [("泰安市", 2025, 2000.0)]


# --------------------------------------------------------------------------
# unknown_now


MUDANJIANG = ("记者从牡丹江市工信局获悉,牡丹江市将加快构建现代产业体系。\n"
              "据了解,牡丹江市积极明确目标任务,到2025年,力争规模以上工业企业达到370户。\n"
              "在抓实重点项目方面,今年牡丹江市将重点推进投资1000万元以上开(复)工项目82个。\n")


def test_a_horizon_is_not_the_texts_this_year():
    # no year printed: the earliest deadline (2025) bounds the text's year, but its 今年 is not 2025 — it keeps the
    # last-resort guess, today's year (2026), with the note asking for --year.
    ctx = document_context(MUDANJIANG, None, None, 2026)
    assert ctx.year == 2025 and ctx.relative_year == 2026
    r = extract_text(MUDANJIANG, today=TODAY)
    assert [(d["due"], d["target"]["value"]) for d in r.targets] == [(2025, 370.0), (2026, 82.0)]
    plan = r.review[0]
    assert plan["id"] == "plan" and "--year" in str(plan["guessed"]["this_year"])


def test_a_text_with_its_year_counts_this_year_from_it():
    ctx = document_context("2024年1月20日\n" + MUDANJIANG, None, None, 2026)
    assert ctx.year == 2024 and ctx.relative_year is None
    assert document_context(MUDANJIANG, 2020, None, 2026).relative_year is None  # --year given


def test_unknown_now_is_todays_year():
    year, note = unknown_now(2026)
    assert year == 2026 and note.phrase.code == "extract.note.year_today"


def test_a_paragraph_opening_with_this_year_in_a_text_without_one():
    from tracker.extract.extract import plan_opener
    assert plan_opener("今年,牡丹江市将重点推进项目82个。", 2025, 2026) == 2026  # unknown_now: 今年 is not the horizon
    assert plan_opener("今年,牡丹江市将重点推进项目82个。", 2025) == 2025  # a year read from the text: 今年 is it
    t = "到2025年,力争全市规模以上工业企业达到370户。\n今年,全市将重点推进开(复)工项目82个。\n"
    assert [(d["due"], d["target"]["value"]) for d in extract_text(t, today=TODAY).targets] == [(2025, 370.0), (2026, 82.0)]


def test_counted_aims_lead_dates_the_items_after_it():
    from tracker.extract.extract import aims_lead
    assert aims_lead("到2025年,全市规模以上工业企业数量达到2000家。具体目标有四个:") == "具体目标有四个:"
    assert aims_lead("具体目标有四个方面的考虑。") is None  # no colon: it leads nothing
    t = ("泰安推进新型工业化强市建设的总的目标是,到2025年,全市规模以上工业企业数量达到2000家。具体目标有四个:\n"
         "一是打造一批产业链。力争培育省级特色产业集群4个。\n")
    assert (2025, 4.0) in [(d["due"], d["target"]["value"]) for d in extract_text(t, today=TODAY).targets]
