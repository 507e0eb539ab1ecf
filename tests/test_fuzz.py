"""Fuzzing the small parsers: each returns a value or raises the tool's own InputError, never anything else."""

from __future__ import annotations

import math
from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract.numbers import parse_number, parse_quantity
from tracker.ingest import guard
from tracker.ingest.cells import measure_of, number, split_name, unit_text
from tracker.periods import Period, parse_period
from tracker.problems import InputError
from tracker.units import Unit, parse_unit

# Text close to what the parsers look for, so that the fuzzing gets past the first check.
PERIOD_ALPHABET = "0123456789年月季度上下半全前三一二四两Qq-—–~～至到/.M第份 \t０１２"
NUMBER_ALPHABET = "0123456789,.+-eE%万亿千百元吨个家约近超过左右以上−０１２３，．  \u3000—…/无"
UNIT_ALPHABET = "万亿千百元吨公斤克个家项户人次台套kKwWhHmMgGtT%=上年同月100平方米立"

texts = st.text(max_size=40)
cells = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | texts
         | st.text(alphabet=NUMBER_ALPHABET, max_size=20) | st.dates() | st.datetimes())


def _only_input_errors(fn, *args):
    try:
        return fn(*args)
    except InputError:
        return None


@settings(max_examples=400)
@given(st.one_of(texts, st.text(alphabet=PERIOD_ALPHABET, max_size=16), st.integers(), st.floats(), st.booleans(),
                 st.none()),
       st.none() | st.integers(-10, 10_000))
def test_parse_period_returns_a_period_or_its_error(value, year):
    p = _only_input_errors(parse_period, value, year)
    if p is not None:
        assert isinstance(p, Period) and p.start <= p.end
        assert 1 <= p.start_month <= 12 and 1 <= p.end_month <= 12
        assert parse_period(p.iso()) == p  # what it writes, it reads back


@settings(max_examples=400)
@given(st.one_of(texts, st.text(alphabet=UNIT_ALPHABET, max_size=8)))
def test_parse_unit_returns_a_unit_or_its_error(text):
    u = _only_input_errors(parse_unit, text)
    if u is not None:
        assert isinstance(u, Unit) and u.factor > 0 and math.isfinite(u.factor)


@settings(max_examples=600)
@given(cells)
def test_cell_number_returns_a_finite_value_or_its_error(v):
    try:
        got = number(v)
    except InputError:
        return
    if got is not None:
        value, unit = got
        assert isinstance(value, float) and math.isfinite(value)
        assert unit is None or parse_unit(unit)


@settings(max_examples=300)
@given(st.one_of(texts, st.text(alphabet=UNIT_ALPHABET + "累计同比增长值速率()（）", max_size=12)))
def test_cell_label_parsers_return_a_value_or_their_error(text):
    _only_input_errors(unit_text, text)
    _only_input_errors(measure_of, text)
    name = split_name(text)
    assert isinstance(name.indicator, str)


@settings(max_examples=400)
@given(st.one_of(texts, st.text(alphabet=NUMBER_ALPHABET + "零一二三四五六七八九十点两", max_size=20), st.integers(),
                 st.none()))
def test_extract_numbers_return_a_value_or_their_error(text):
    n = _only_input_errors(parse_number, text)
    if n is not None:
        assert isinstance(n, float) and math.isfinite(n)
    _only_input_errors(parse_quantity, text)


@settings(max_examples=300)
@given(st.binary(max_size=64))
def test_sniffing_any_bytes_names_a_kind(head):
    assert guard.sniff(head) in {"zip", "ole", "biff", "html", "xml2003", "text", "binary"}


def test_dates_in_value_cells_are_their_error():
    for v in (date(2024, 6, 30), datetime(2024, 6, 30, 12)):
        assert _only_input_errors(number, v) is None
