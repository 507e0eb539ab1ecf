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
