"""Branch blindA: the year readings of the thirty-sixth split and the twelfth frame check (issue #15).

span_horizon / horizon_span (梧州: aims to 2010 counted in 今后三年 → written 2007, every aim due 2010), issued_term_plan
(遂宁: a yearless text on its “十四五” plans → 2021, aims due 2025), coming_date (张家川: 2013年7月6日将迎来… is no date
at the top). Hand-worked values, invented probes (other places, numbers, spans) and near-misses each rule must not fire on.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import docdate as D
from tracker.extract.extract import extract_text
from tracker.extract.text import normalise

TODAY = datetime.date(2026, 12, 3)


def _year(text: str):
    found = D.document_year(normalise(text).text)
    return found[0] if found else None


def _dues(text: str, **kw) -> dict[float, int]:
    """value → due year of every draft."""
    out = {}
    for t in extract_text(text, today=TODAY, **kw).targets:
        value = t["target"].get("value", t["target"].get("rate"))
        out[value] = t["due"]
    return out


# --- span_horizon -----------------------------------------------------------------------------------------------

WUZHOU_LIKE = ("梧州市确立打造九大产业的目标。到2010年,梧州市规模以上工业总产值要突破600亿元。"
               "今后三年要把有色金属产业培育为产值超100亿元的产业;纺织产业产值也要达到20亿元。\n"
               "三年内建设308万平方米标准厂房。2010年实现规模以上工业企业达500家。")


@pytest.mark.parametrize("text, year", [
    (WUZHOU_LIKE, 2007),  # 2010 − 3
    # invented: another city, a five-year span, 未来 and 年内 forms
    ("到2015年,某市工业总产值力争达到1000亿元。未来五年,全市将新建标准厂房200万平方米。", 2010),
    ("某县提出,四年内建成省级园区2个,到2020年全县规上工业企业达到120家。", 2016),
    ("今后两年,某区力争引进项目50个;2018年底前,全区固定资产投资突破300亿元。", 2016),
])
def test_span_horizon_dates_a_text_by_its_horizon_less_its_span(text, year):
    assert _year(text) == year
    assert D.span_horizon(normalise(text).text)[0] == year


@pytest.mark.parametrize("text", [
    # two years named: a figure reported (2007年) beside the horizon — latest_past and the rest read it
    "2007年全市工业总产值420亿元。到2010年,工业总产值要突破600亿元。今后三年新建厂房308万平方米。",
    # two spans: which one ends at the horizon is not known
    "到2010年,工业总产值要突破600亿元。今后三年新建厂房308万平方米,五年内引进项目100个。",
    # no span
    "到2010年,工业总产值要突破600亿元,规上工业企业达500家。",
    # the one year is no deadline (a year reported, not 到/底/力争)
    "今后三年新建厂房308万平方米。2010年全市工业总产值为600亿元。",
    # a span of one year, or more than ten
    "到2010年,工业总产值要突破600亿元。一年内新建厂房30万平方米。",
])
def test_span_horizon_near_misses(text):
    assert D.span_horizon(normalise(text).text) is None


def test_horizon_span_puts_every_span_at_the_horizon():
    """今后三年 counts the document's year (2007–2009) and 三年内 the year after (2008–2010); in a text dated by the span to
    its horizon, both are the aims' one period and end at 2010 — read or given with --year."""
    # 100.0: 把有色金属产业培育为产值超100亿元的产业, read since grown_class (sentC), under 今后三年 too
    assert _dues(WUZHOU_LIKE, region="梧州市") == {600.0: 2010, 100.0: 2010, 20.0: 2010, 308.0: 2010, 500.0: 2010}
    assert _dues(WUZHOU_LIKE, year=2007, region="梧州市") == {600.0: 2010, 100.0: 2010, 20.0: 2010, 308.0: 2010, 500.0: 2010}


def test_horizon_span_not_for_another_year_given():
    """--year 2008 says the text is not written the span before its horizon: 今后三年 counts from it as always (2010)."""
    dues = _dues(WUZHOU_LIKE, year=2008, region="梧州市")
    assert dues[20.0] == 2010 and dues[600.0] == 2010 and dues[308.0] == 2011  # 三年内 from the year after: 2009–2011


def test_span_horizon_note_is_a_guess():
    note = D.span_horizon(normalise(WUZHOU_LIKE).text)[2]
    assert str(note).startswith("guessed") and "2010" in note.text("zh") and "3" in note.text("zh")


# --- issued_term_plan -------------------------------------------------------------------------------------------

SUINING_LIKE = ("我市出台《遂宁市“十四五”电子信息产业发展规划》《遂宁市“十四五”装备制造产业发展规划》,明确了“十四五”期间"
                "我市两大产业的发展目标,《遂宁市“十四五”电子信息产业发展规划》明确,全市电子信息产业实现营业收入500亿元,"
                "《遂宁市“十四五”装备制造产业发展规划》明确,全市装备制造产业主营业务收入超过300亿元。")


@pytest.mark.parametrize("text, year", [
    (SUINING_LIKE, 2021),
    # invented: 印发, another term, 行动方案
    ("省政府印发《某省“十三五”现代物流业发展规划》,明确全省社会物流总额达到50万亿元。", 2016),
    ("某区编制了《某区十五五数字经济行动方案》,提出数字经济核心产业增加值突破80亿元。", 2026),
])
def test_issued_term_plan_dates_a_yearless_text_at_the_terms_first_year(text, year):
    assert _year(text) == year


@pytest.mark.parametrize("text", [
    # a year printed anywhere: other rules read the text (here latest_past), this one never answers
    "2022年,我市出台《遂宁市“十四五”电子信息产业发展规划》,明确全市电子信息产业实现营业收入500亿元。",
    # a term's plan cited, not issued
    "按照《遂宁市“十四五”电子信息产业发展规划》,全市电子信息产业实现营业收入500亿元。",
    # two terms' plans issued
    "我市出台《某市“十四五”工业规划》和《某市“十五五”工业规划》,明确工业增加值突破500亿元。",
])
def test_issued_term_plan_near_misses(text):
    assert D.issued_term_plan(normalise(text).text) is None


def test_issued_term_plan_puts_the_aims_at_the_terms_end():
    assert set(_dues(SUINING_LIKE, region="遂宁市").values()) == {2025}


# --- coming_date ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("head", [
    "编者按:\n成立于1953年的张家川回族自治县,2013年7月6日将迎来60周年华诞。\n",
    "某市第十届人民代表大会第一次会议定于2024年3月5日召开。\n",
    "2019年10月1日即将到来,全市各界积极筹备。\n",
])
def test_coming_date_is_no_date_at_the_top(head):
    assert D.dated_head(normalise(head).text) is None


@pytest.mark.parametrize("head, year", [
    ("2013年7月6日,张家川县召开项目推进会,将加快建设。\n", 2013),  # 将 in the next clause: the date is the text's
    ("2024年1月20日 来源:某市政府网\n全市将新增企业100家。\n", 2024),
    ("将近2023年5月8日时,某县发布了通知。\n", 2023),  # 将 before the date is no 将于
])
def test_coming_date_near_misses(head, year):
    assert D.dated_head(normalise(head).text)[0] == year
