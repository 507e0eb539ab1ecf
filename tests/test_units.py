"""Units: the table of CONTRACT §2 and conversion."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.units import UnitError, convert, factor, parse_unit


@pytest.mark.parametrize("value,src,dst,expected", [
    (1, "亿元", "万元", 10_000),
    (40922.2, "亿元", "万亿元", 4.09222),
    (1.08, "万亿元", "亿元", 10_800),
    (15_560_000, "万元", "亿元", 1556),
    (129.26, "万吨", "吨", 1_292_600),
    (1, "亿千瓦时", "万千瓦时", 10_000),
    (1, "GWh", "kWh", 1_000_000),
    (1, "Gwh", "MWh", 1000),
    (1, "万千瓦时", "kWh", 10_000),
    (1.2, "亿部", "亿台", 1.2),
    (1.2, "亿部", "万台", 12_000),
    (18071, "家", "万户", 1.8071),
    (5.9, "%", "%", 5.9),
    (1.5, "亿美元", "万美元", 15_000),
    (320, "万美元", "美元", 3_200_000),
])
def test_conversion(value, src, dst, expected):
    assert convert(value, src, dst) == pytest.approx(expected)


@pytest.mark.parametrize("word", list("个家项户场名人台部辆架套件块座"))
def test_every_measure_word_is_a_count_with_or_without_wan_yi(word):
    assert parse_unit(word).dimension == "count"
    assert parse_unit("万" + word).factor == 10_000
    assert parse_unit("亿" + word).factor == 100_000_000


def test_full_width_and_spaces():
    assert parse_unit("ｋＷｈ").dimension == "energy"
    assert parse_unit(" 亿元 ").factor == 1e8


def test_unknown_unit_names_it():
    with pytest.raises(UnitError) as e:
        parse_unit("亿卢布")
    assert "亿卢布" in str(e.value)
    assert e.value.reason == "unknown-unit"


def test_mixed_dimensions_name_both_units():
    with pytest.raises(UnitError) as e:
        factor("万吨", "亿元")
    assert "万吨" in str(e.value) and "亿元" in str(e.value)
    assert e.value.reason == "unit-mismatch"


def test_dollars_never_convert_to_yuan():
    """100亿美元 is no number of 亿元 without a rate of exchange, which the tracker does not guess."""
    assert parse_unit("亿美元").dimension == "money_usd"
    with pytest.raises(UnitError) as e:
        factor("亿美元", "亿元")
    assert e.value.reason == "unit-mismatch"
    assert "money in US dollars" in str(e.value) and "(money)" in str(e.value)


def test_index_units_convert_only_to_the_same_base():
    assert factor("上年同月=100", "上年同月=100") == 1
    with pytest.raises(UnitError):
        factor("上年同月=100", "上年=100")


@given(st.text(max_size=12))
def test_any_text_gives_a_unit_or_a_unit_error(text):
    try:
        parse_unit(text)
    except UnitError:
        pass
