"""Periods: every Chinese and ISO form of CONTRACT §2, and ISO output."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.periods import Period, PeriodError, parse_month, parse_period


@pytest.mark.parametrize("text,iso", [
    ("2024", "2024"),
    ("2024年", "2024"),
    ("2024年全年", "2024"),
    ("2024年度", "2024"),
    ("2024-06", "2024-06"),
    ("2024年6月", "2024-06"),
    ("2024年06月份", "2024-06"),
    ("2024年1-6月", "2024-01/2024-06"),
    ("2024年1—6月", "2024-01/2024-06"),
    ("2024年1–6月", "2024-01/2024-06"),
    ("2024年1~6月", "2024-01/2024-06"),
    ("2024年1～6月", "2024-01/2024-06"),
    ("2024年1至6月", "2024-01/2024-06"),
    ("2024年上半年", "2024-01/2024-06"),
    ("2024年下半年", "2024-07/2024-12"),
    ("2024年前三季度", "2024-01/2024-09"),
    ("2024年1-2月", "2024-01/2024-02"),
    ("2024年一季度", "2024-01/2024-03"),
    ("2024年第二季度", "2024-04/2024-06"),
    ("2024Q2", "2024-04/2024-06"),
    ("2024q4", "2024-10/2024-12"),
    ("2024年1-12月", "2024"),
    ("２０２４年１－６月", "2024-01/2024-06"),
    ("２０２４", "2024"),
    (" 2024年 1-6月 ", "2024-01/2024-06"),
    ("2024-01/2024-10", "2024-01/2024-10"),
    ("2023-07/2024-06", "2023-07/2024-06"),
])
def test_forms(text, iso):
    assert parse_period(text).iso() == iso


def test_numbers_from_spreadsheet_cells_are_years():
    assert parse_period(2024).iso() == "2024"
    assert parse_period(2024.0).iso() == "2024"


@pytest.mark.parametrize("text,year,iso", [
    ("1-6月", 2023, "2023-01/2023-06"),
    ("6月", 2023, "2023-06"),
    ("一季度", 2023, "2023-01/2023-03"),
    ("上半年", 2023, "2023-01/2023-06"),
    ("1-12月", 2023, "2023"),
])
def test_forms_without_year_take_it_from_elsewhere(text, year, iso):
    assert parse_period(text, year).iso() == iso


def test_one_to_two_months_is_a_two_month_year_to_date():
    p = parse_period("2024年1-2月")
    assert p.months == 2 and p.is_year_to_date and not p.is_whole_year
    assert p.end_month == 2


def test_whole_year_written_as_months_is_the_year():
    assert parse_period("2024年1-12月") == parse_period("2024") == Period.year_of(2024)


@pytest.mark.parametrize("text", [
    "2024年13月", "2024年1-0月", "2024年6-3月", "2024Q5", "2024年第五季度", "24年", "abc", "", "2024年0月",
    "1-6月",  # no year anywhere
    "2024-13", "2024-06/2024-01",
])
def test_impossible_periods_are_refused_with_the_text(text):
    with pytest.raises(PeriodError) as e:
        parse_period(text)
    assert str(e.value)


def test_parse_month_wants_a_single_month():
    assert parse_month("2024-10").iso() == "2024-10"
    with pytest.raises(PeriodError):
        parse_month("2024")


def test_properties():
    p = parse_period("2024年1-10月")
    assert (p.start_year, p.start_month, p.end_year, p.end_month) == (2024, 1, 2024, 10)
    assert p.same_months_a_year_earlier().iso() == "2023-01/2023-10"
    assert p.ends_by(parse_month("2024-10")) and not p.ends_by(parse_month("2024-09"))


months = st.integers(min_value=1000 * 12, max_value=9999 * 12 + 11)


@given(months, st.integers(min_value=0, max_value=60))
def test_format_then_parse_gives_the_same_period(start, length):
    end = min(start + length, 9999 * 12 + 11)
    p = Period(start, end)
    assert parse_period(p.iso()) == p
    assert parse_period(p.chinese()) == p


@given(st.text(max_size=30))
def test_any_text_gives_a_period_or_a_period_error(text):
    try:
        parse_period(text)
    except PeriodError:
        pass


@given(st.text(alphabet="0123456789年月-—~至季度一二三四上下半全Q ", max_size=14), st.none() | st.integers(1900, 2100))
def test_period_like_text_gives_a_period_or_a_period_error(text, year):
    try:
        parse_period(text, year)
    except PeriodError:
        pass


@pytest.mark.parametrize("text,chinese", [
    ("2024", "2024年"), ("2024-06", "2024年6月"), ("2024年1-6月", "2024年1-6月"), ("2024Q2", "2024年4-6月"),
    ("2023-07/2024-06", "2023年7月-2024年6月"),
])
def test_chinese_form(text, chinese):
    assert parse_period(text).chinese() == chinese
    assert parse_period(chinese) == parse_period(text)
