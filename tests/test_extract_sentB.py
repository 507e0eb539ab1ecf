"""Sentence classes of probe 9 (issue 15, branch sentB), each with hand-worked cases, invented probes of the same class in
other wording and near-misses it must not fire on: percent_words (百分之八 is 8%).

Every value below was worked out by reading the sentence: what a reader takes as the goal, its number and unit.
"""

from __future__ import annotations

from tracker.extract import extract_text
from tracker.extract.text import normalise


def _specs(text: str, **kw) -> list[tuple]:
    """(indicator, kind, due, target, qualifier) of every draft, sorted."""
    out = [(t["indicator"], t["kind"], t["due"], t["target"], t.get("qualifier")) for t in extract_text(text, **kw).targets]
    return sorted(out, key=repr)


def _quotes(text: str, **kw) -> list[str]:
    return sorted(t["source"]["quote"] for t in extract_text(text, **kw).targets)


# --------------------------------------------------------------------------
# percent_words


def test_percent_words_read_as_the_figure():
    assert normalise("增长百分之八。").text == "增长8%。"
    assert normalise("增长百分之七点五，").text == "增长7.5%,"
    assert normalise("百分之十左右").text == "10%左右"
    assert normalise("覆盖率达到百分之一百").text == "覆盖率达到100%"
    assert normalise("百分之百").text == "100%"
    assert normalise("百分之三十五以上").text == "35%以上"  # probe: two numerals and a unit
    assert normalise("下降百分之零点五").text == "下降0.5%"  # probe: a decimal below one
    assert normalise("增长百分之8").text == "增长8%"  # probe: a digit after 百分之


def test_percent_words_without_a_numeral_stay():
    assert normalise("百分之").text == "百分之"
    assert normalise("百分之几").text == "百分之几"  # near-miss: no number
    assert normalise("提高百分点").text == "提高百分点"


def test_percent_words_keep_the_documents_words_in_quotes():
    n = normalise("增长百分之十左右，")
    assert n.text == "增长10%左右,"
    assert n.original_span(0, n.text.index("左") + 2) == "增长百分之十左右"
    assert n.original_span(2, 5) == "百分之十"


def test_percent_words_in_aims_are_drafted():
    text = "大庆市召开工业经济工作会议\n2019年2月18日\n今年全市力争规上工业增加值增长百分之八，固定资产投资增长百分之七点五左右。"
    specs = _specs(text)
    assert [(s[1], s[2], s[3], s[4]) for s in specs] == [
        ("growth", 2019, {"rate": 7.5}, "about"),
        ("growth", 2019, {"rate": 8.0}, None),
    ]
    assert "规上工业增加值增长百分之八" in " ".join(_quotes(text))
    # probe: another place, a decline in words
    text2 = "遂宁市2021年经济工作会议召开\n2021年1月6日\n会议提出，今年全市单位地区生产总值能耗下降百分之三。"
    assert [(s[1], s[2], s[3]) for s in _specs(text2)] == [("growth", 2021, {"rate": -3.0})]


# --------------------------------------------------------------------------
# aimed_yoy (class D: aims worded with 同比)

from tracker.extract.classify import aimed_yoy, classify  # noqa: E402
from tracker.extract.markers import dateline  # noqa: E402
from tracker.extract.extract import cell_label  # noqa: E402


def test_aimed_yoy_reads_a_setting_verb_or_promise_before_tongbi():
    assert aimed_yoy("会议明确,今年全市规上工业增加值同比增长8%以上,工业投资同比增长10%", 2024)
    assert aimed_yoy("全年,力争规上工业增加值同比增长8%以上,固定资产投资同比增长10%", 2024)
    assert aimed_yoy("会议提出:明年全区地区生产总值同比增长6%左右", 2023)  # probe: 提出： and 明年
    assert aimed_yoy("会议要求,年内确保工业用电量同比增长12%", 2021)  # probe: 要求, 年内, 确保


def test_aimed_yoy_leaves_ended_periods_results():
    assert not aimed_yoy("1—6月,全市规上工业增加值同比增长8%,力争全年增长9%", 2024)  # a part of a year: reported
    assert not aimed_yoy("会议明确,去年全市规上工业增加值同比增长8%", 2024)  # near-miss: 去年
    assert not aimed_yoy("今年以来,全市规上工业增加值同比增长8%,力争全年增长9%", 2024)  # 同比 before the promise
    assert not aimed_yoy("会议明确,全市规上工业增加值同比增长8%", 2024)  # no year ahead named
    assert not aimed_yoy("会议明确,今年全市已新增企业20家,同比增长8%", 2024)  # 已: done
    assert classify("1—10月,涿州市规上工业增加值同比增长8.2%,固定资产投资同比增长9.5%", 2024)[0] == "result"


def test_aimed_yoy_drafts_each_clause():
    text = ("涿州市1—10月经济运行分析\n2024-11-12\n1—10月，涿州市规上工业增加值同比增长8.2%，固定资产投资同比增长9.5%。\n"
            "全年，力争规上工业增加值同比增长8%以上，固定资产投资同比增长10%。")
    assert [(s[1], s[2], s[3]) for s in _specs(text)] == [("growth", 2024, {"rate": 10.0}), ("growth", 2024, {"rate": 8.0})]
    text = "湖州市召开2024年全市工业经济工作会议\n2024年2月8日\n会议明确，今年全市规上工业增加值同比增长8%以上，工业投资同比增长10%。"
    assert sorted(s[3]["rate"] for s in _specs(text)) == [8.0, 10.0]
    # probe: another city, 提出, a decline
    text = "曲靖市2023年工业经济工作会议召开\n2023年1月30日\n会议提出，今年全市规上工业增加值同比增长9%，单位工业增加值能耗同比下降3%。"
    assert sorted(s[3]["rate"] for s in _specs(text)) == [-3.0, 9.0]
    # near-miss: a mid-year review reports
    text = "曲靖市上半年经济运行情况\n2023年7月20日\n1—6月，全市规上工业增加值同比增长8%，工业投资同比增长10%。"
    assert _specs(text) == []


# --------------------------------------------------------------------------
# dateline (class D: aims under a title of 目标任务)


def test_dateline_is_a_date_alone():
    assert dateline("2022年2月20日")
    assert dateline("2024-11-12")
    assert dateline("2024年2月8日 来源:湖州日报")
    assert dateline("2023/3/1 09:30")
    assert not dateline("2022年工作目标任务")  # a heading
    assert not dateline("2022年2月20日,全市召开工业经济工作会议。")  # a sentence that opens with its date
    assert not dateline("赣州市2022年工业经济目标任务分解")


def test_bare_aims_under_an_aims_title_go_on_past_the_date_line():
    text = "赣州市2022年工业经济目标任务分解\n2022年2月20日\n全市规上工业增加值增长9%，工业投资增长12%。"
    assert [(s[1], s[2], s[3]) for s in _specs(text)] == [("growth", 2022, {"rate": 12.0}), ("growth", 2022, {"rate": 9.0})]
    # probe: another place, 工作安排 title, date with a source
    text = "吉安市2023年工业经济工作安排\n2023年3月2日 来源:吉安日报\n全市规上工业增加值增长8.5%，新增规上工业企业150家。"
    got = sorted((s[1], s[2], s[3]) for s in _specs(text))
    assert got == [("growth", 2023, {"rate": 8.5}), ("level", 2023, {"unit": "家", "value": 150.0})]
    # near-miss: a title that sets nothing (a meeting held) leaves bare figures undated
    text = "吉安市召开全市工业经济工作会议\n2023年3月2日\n全市规上工业增加值增长8.5%。"
    assert _specs(text) == []


def test_cell_label_ends_at_the_bar():
    assert cell_label("地区生产总值增速 |") == "地区生产总值增速"
    assert cell_label("规上工业增加值增长｜") == "规上工业增加值增长"
    assert cell_label("地区生产总值") == "地区生产总值"
    text = "张店区2025年主要预期目标\n2025年1月10日\n地区生产总值增速 | 6%左右"
    assert [(s[1], s[2], s[3], s[4]) for s in _specs(text)] == [("growth", 2025, {"rate": 6.0}, "about")]


# --------------------------------------------------------------------------
# respective_places (class E1: places listed before 分别, one amount each)

import re  # noqa: E402

from tracker.extract.lists import respective_places  # noqa: E402


def _rates_at(clause: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\d+(?:\.\d+)?(?:%|亿元|家)", clause)]


def test_respective_places_pairs_each_place_with_its_amount():
    c = "其中,于都县、瑞金市、南康区规上工业增加值分别增长10%、9.5%、11%"
    assert respective_places(c, _rates_at(c)) == ["于都县", "瑞金市", "南康区"]
    c = "宁都县和石城县工业投资分别增长12%、15%"  # probe: two places joined by 和
    assert respective_places(c, _rates_at(c)) == ["宁都县", "石城县"]


def test_respective_places_near_misses():
    c = "于都县、瑞金市、南康区规上工业增加值分别增长10%、9.5%"  # three places, two amounts: no pairing
    assert respective_places(c, _rates_at(c)) is None
    c = "城乡居民人均可支配收入分别增长6.5%、8%"  # no places
    assert respective_places(c, _rates_at(c)) is None
    c = "于都县规上工业增加值、工业投资分别增长10%、12%"  # one place, two indicators
    assert respective_places(c, _rates_at(c)) is None
    c = "于都县、瑞金市规上工业增加值增长10%"  # no 分别
    assert respective_places(c, _rates_at(c)) is None


def test_respective_places_set_each_drafts_region():
    text = ("赣州市2022年工业经济目标任务分解\n2022年2月20日\n全市规上工业增加值增长9%。"
            "其中，于都县、瑞金市、南康区规上工业增加值分别增长10%、9.5%、11%。")
    got = sorted((t["region"], t["target"]["rate"]) for t in extract_text(text).targets)
    assert got == [("于都县", 10.0), ("南康区", 11.0), ("瑞金市", 9.5), ("赣州市", 9.0)]
    # probe: another city, levels in 亿元
    text = ("宜春市2023年工业经济目标任务\n2023年2月1日\n"
            "今年，樟树市、丰城市、高安市工业投资分别达到120亿元、150亿元、90亿元。")
    got = sorted((t["region"], t["target"]["value"], t["target"]["unit"]) for t in extract_text(text).targets)
    assert got == [("丰城市", 150.0, "亿元"), ("樟树市", 120.0, "亿元"), ("高安市", 90.0, "亿元")]


# --------------------------------------------------------------------------
# span_change, base_year (class G: a change over a plan period or against a base year)

from tracker.extract.extract import _Deadline, base_year, span_change  # noqa: E402


def _dl(year: int, annual: bool = False) -> _Deadline:
    return _Deadline(0, 5, year, True, f"到{year}年", annual)


def test_span_change_reads_a_rate_due_beyond_next_year():
    assert span_change(_dl(2027), 2025, "规上工业单位增加值能耗下降") == "2025—2027"
    assert span_change(_dl(2030), 2025, "规上工业总产值较2025年增长") == "2025—2030"
    assert span_change(_dl(2028), 2023, "万元地区生产总值用水量比2022年降低") == "2022—2028"  # probe: 比, 降低


def test_span_change_near_misses():
    assert span_change(_dl(2026), 2025, "规上工业增加值增长") is None  # next year: one year's growth
    assert span_change(_dl(2025), 2025, "规上工业增加值增长") is None
    assert span_change(_dl(2027), 2025, "规上工业增加值年均增长") is None  # a yearly rate
    assert span_change(_dl(2027, annual=True), 2025, "规上工业增加值增长") is None  # 每年
    assert span_change(_dl(2027), None, "规上工业增加值增长") is None


def test_base_year_is_no_deadline():
    assert base_year("规上工业总产值较2025年增长50%", len("规上工业总产值较"))
    assert base_year("工业投资比2020年翻一番", len("工业投资比"))
    assert not base_year("到2030年,全市", len("到"))


def test_changes_over_a_plan_are_no_drafts():
    text = ("黄冈市“十五五”规划建议(摘要)\n2025年12月20日\n到2030年，全市地区生产总值达到4500亿元，规上工业总产值较2025年增长50%；"
            "到2035年，全市地区生产总值突破6000亿元。")
    r = extract_text(text)
    assert sorted((t["due"], t["target"]["value"]) for t in r.targets) == [(2030, 4500.0), (2035, 6000.0)]
    text = ("宝鸡市制造业倍增计划(2025—2027年)\n2025年4月3日\n到2027年，全市规上工业总产值翻一番，规上工业单位增加值能耗下降5%，"
            "工业用地亩均税收达到30万元以上。")
    r = extract_text(text)
    assert sorted(((t["due"], t["target"]) for t in r.targets), key=repr) == [(2027, {"times": 2.0}), (2027, {"value": 30.0, "unit": "万元"})]
    assert any("能耗下降5%" in str(x) for x in r.review)  # kept as a review note
    # probe: another plan, another indicator; near-miss: the same rate for next year is one year's growth
    text = "遵义市工业倍增行动方案(2024—2028年)\n2024年3月1日\n到2028年，全市万元工业增加值用水量较2023年下降12%。"
    assert extract_text(text).targets == []
    text = "遵义市2025年工业工作要点\n2024年12月20日\n明年全市规上工业增加值增长8%。"
    assert [(t["due"], t["target"]) for t in extract_text(text).targets] == [(2025, {"rate": 8.0})]


# --------------------------------------------------------------------------
# aimed_yoy with a year or 目标：, aims under a titled year's aims, 同比 rate_of_level

from tracker.extract.extract import _BARE_RATE_HEAD  # noqa: E402


def test_aimed_yoy_reads_the_documents_year_and_an_aims_colon():
    assert aimed_yoy("会议确定,2024年全市规上工业增加值同比增长7%", 2024)
    assert aimed_yoy("今年目标:规上工业增加值同比增长8%,工业投资同比增长10%", 2024)
    assert not aimed_yoy("会议确定,2023年全市规上工业增加值同比增长7%", 2024)  # an ended year: reported
    assert not aimed_yoy("会议明确,较2024年全市规上工业增加值同比增长7%", 2024)  # near-miss: a base year is no year ahead
    text = "曲靖市工业经济工作会议召开\n2024年2月1日\n会议确定，2024年全市规上工业增加值同比增长7%，工业投资同比增长12%。"
    assert sorted(s[3]["rate"] for s in _specs(text)) == [7.0, 12.0]
    text = "曲靖市工业经济工作会议召开\n2024年2月1日\n今年目标：规上工业增加值同比增长8%，工业投资同比增长10%。"
    assert sorted(s[3]["rate"] for s in _specs(text)) == [8.0, 10.0]


def test_tongbi_aims_under_a_titled_years_aims():
    text = "富源县2023年主要预期目标\n2023年1月5日\n地区生产总值同比增长7%，规上工业增加值同比增长9%。"
    assert sorted((s[2], s[3]["rate"]) for s in _specs(text)) == [(2023, 7.0), (2023, 9.0)]
    # near-miss: a titled half-year review reports
    text = "富源县2023年1-6月经济运行情况\n2023年7月15日\n全县地区生产总值同比增长7%，规上工业增加值同比增长9%。"
    assert _specs(text) == []


def test_yoy_rate_of_level_names_the_amounts_indicator():
    assert _BARE_RATE_HEAD.match(",同比增长")
    assert _BARE_RATE_HEAD.match("比上年增长")
    assert not _BARE_RATE_HEAD.match("出口同比增长")  # a subject of its own
    text = "襄阳市政府工作报告\n2023年1月5日\n2023年襄阳经济总量力争实现6400亿元，同比增长7.5%左右。"
    got = sorted((t["indicator"], t["kind"], repr(t["target"])) for t in extract_text(text).targets)
    assert got == [("经济总量", "growth", repr({"rate": 7.5})), ("经济总量", "level", repr({"value": 6400.0, "unit": "亿元"}))]
