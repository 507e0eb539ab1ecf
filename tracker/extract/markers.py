"""list_marker: the numbering that opens a list item ("01/地区生产总值增长5%", "1.", "2、", "(1)", "①") is no part of the aim.

A draft's quote starts at the aim, after the marker (so the quote stays an exact substring of the document, only
shorter), and so do its title and indicator, which are read from the same text. A number that is the aim's own ("1.5%",
"10万吨", "2023年") is no marker: a marker is one or two digits followed by its mark (/ . 、) and then no digit.
"""

from __future__ import annotations

import re

#: 01/ 1. 1、 1． (1) （1） 一、 （一） (not "一、二、三产业": a numeral after 、 lists numbers) and, in the original text, a circled number ① … ⑳ (which the normalised text turns into a
#: plain digit, so it is read from the original).
_MARKER = re.compile(r"^\s*(?:\d{1,2}\s*[/.、．](?![\d.])|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]))\s*")
_CIRCLED = re.compile(r"^\s*[\u2460-\u2473\u2776-\u277f\u2780-\u2793]\s*")


def list_marker(sentence: str, original: str | None = None) -> int:
    """The length (in ``sentence``, the normalised text) of the list marker that opens it, or 0. ``original``: the same
    span of the original text, where a circled number (①) is still told from a digit."""
    if original is not None and (m := _CIRCLED.match(original)):
        digits = re.match(r"^\s*\d{1,2}\s*", sentence)
        return digits.end() if digits else 0
    m = _MARKER.match(sentence)
    if m is None or not re.match(r"[\u4e00-\u9fff“”《(（]", sentence[m.end(): m.end() + 1]):
        return 0  # a marker opens words, not a number: "1.5%增长" is an amount
    return m.end()


#: dateline: a line that only dates the text ("2022年2月20日", "2024-11-12", "2024年2月8日 来源:湖州日报", "2023/3/1 09:30") —
#: the date a page prints under its title, with a time, a source, an author or an editor after it.
_DATELINE = re.compile(r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})"
                       r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:来源|作者|编辑|发布|责任编辑|信息来源)\s*:.{0,30})?")


def dateline(para: str) -> bool:
    """dateline: whether ``para`` (normalised: NFKC, so its colon is ":") is only a date line under a title: it heads no
    section, so the title's section (赣州市2022年工业经济目标任务分解) goes on below it."""
    return bool(_DATELINE.fullmatch(para.strip()))


#: ellipsis_end: "“…,城镇新增就业2800人以上……”" — an ellipsis (……, "......" once normalised) right after an amount, at the end of
#: the text or before a closing quotation mark, cuts a list short: the amount ends its item as a 、 or the clause's end would.
_ELLIPSIS_END = re.compile(r"^(?:\.{3,}|…+)(?:[”\"'’]|$)")


def ellipsis_end(after: str) -> bool:
    """ellipsis_end: whether ``after`` (the text right after an amount and its qualifier) is an ellipsis that closes the
    list (at the end, or before a closing quotation mark)."""
    return bool(_ELLIPSIS_END.match(after))
