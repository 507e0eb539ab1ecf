"""The cell parsers: numbers as officials type them, 口径 words, indicator names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.ingest.cells import CellError, measure_of, number, split_name
from tracker.figure import Measure

FULL_WIDTH = str.maketrans("0123456789.,-", "０１２３４５６７８９．，－")


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False).map(lambda x: round(x, 2)))
def test_numbers_with_thousands_separators_and_full_width_digits(x):
    assert number(f"{x:,.2f}") == (round(x, 2), None)
    assert number(f"{x:,.2f}".translate(FULL_WIDTH)) == (round(x, 2), None)
    assert number(x) == (x, None)


@pytest.mark.parametrize("text", ["", " ", "—", "-", "--", "/", "…", "...", "无", "——", "－", "　"])
def test_placeholders_are_no_figure(text):
    assert number(text) is None


@pytest.mark.parametrize("text, expected", [
    ("5.9%", (5.9, "%")), ("５．９％", (5.9, "%")), ("3500亿元", (3500.0, "亿元")),
    ("−4.2", (-4.2, None)), ("40,922.2", (40922.2, None)), (" 12 ", (12.0, None)),
])
def test_numbers_with_units_and_signs(text, expected):
    assert number(text) == expected


@pytest.mark.parametrize("value, reason", [
    ("#DIV/0!", "excel-error"), ("#N/A", "excel-error"), ("#NAME?", "excel-error"),
    ("约60", "bad-value"), ("六十", "bad-value"), ("60左右", "bad-value"), (True, "bad-value"), (float("nan"), "bad-value"),
])
def test_not_numbers(value, reason):
    with pytest.raises(CellError) as e:
        number(value)
    assert e.value.reason == reason


@pytest.mark.parametrize("text, measure, ytd", [
    ("累计值", Measure.VALUE, True), ("绝对值", Measure.VALUE, False), ("本期", Measure.VALUE, False),
    ("总量", Measure.VALUE, False), ("当期值", Measure.VALUE, False), ("value", Measure.VALUE, False),
    ("同比增长", Measure.YOY, False), ("累计增长", Measure.YOY, True), ("增速", Measure.YOY, False),
    ("增长%", Measure.YOY, False), ("增长率(%)", Measure.YOY, False), ("YoY", Measure.YOY, False),
    ("growth", Measure.YOY, False),
])
def test_measure_words(text, measure, ytd):
    assert measure_of(text) == (measure, ytd)


def test_statistics_bureau_names():
    n = split_name("房地产投资累计值(亿元)")
    assert (n.indicator, n.unit, n.measure, n.ytd) == ("房地产投资", "亿元", Measure.VALUE, True)
    n = split_name("工业增加值同比增长（％）")
    assert (n.indicator, n.unit, n.measure, n.ytd) == ("工业增加值", "%", Measure.YOY, False)
    n = split_name("居民消费价格指数(上年同月=100)")
    assert (n.indicator, n.unit, n.measure) == ("居民消费价格指数", "上年同月=100", None)
    n = split_name("GDP(现价)")
    assert (n.indicator, n.unit, n.bracket) == ("GDP(现价)", None, "现价")
    assert split_name("规上工业增加值增速").indicator == "规上工业增加值"
