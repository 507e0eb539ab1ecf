"""The tenth blind frame check's and the thirty-fourth split's classes (frame round eleven): submit_verb (context.py),
hand-worked cases and invented probe texts of the same classes in other wording."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract_text
from tracker.extract.context import region_in, shaped_place, submit_verb
from tracker.extract.scope import heading_region, subject_region

TODAY = datetime.date(2026, 12, 3)


def regions(text: str) -> set[str]:
    return {d["region"] for d in extract_text(text, min_confidence=0, today=TODAY).targets}


@pytest.mark.parametrize("name, verb", [
    ("上报市", True),    # 上报市里: reported to the city
    ("报送省", True),
    ("呈报县", True),
    ("抄送市", True),
    ("提交区", True),
    ("赣州市", False),
    ("上饶市", False),   # 上 + a place: a real city, not a verb
    ("报市", False),     # too short to be told apart from a name: left to the other rules
])
def test_submit_verb(name, verb):
    assert submit_verb(name) is verb


def test_submit_verb_is_no_place():
    """county_industry_bureau_speech_2022: "上报市2022年全县工业创新发展预期目标是:…" opened a section for a place 上报市."""
    p = "上报市2022年全县工业创新发展预期目标是:全县规模以上工业增加值比上年增长10%;"
    assert subject_region(p) is None
    assert region_in(p) is None
    assert not shaped_place("上报市")
    # probes in other wording
    assert region_in("报送省2023年度重点项目计划") is None
    assert heading_region("呈报县：全年目标") is None
    assert region_in("上饶市2023年全市工业投资增长10%") == "上饶市"


def test_submit_verb_text_drafts_no_such_region():
    t = ("我局关于明年工作的汇报\n"
         "上报市2023年全县工业发展预期目标是:全县规模以上工业增加值比上年增长9%;新增规上企业8家。\n")
    assert not any(r.endswith("报市") for r in regions(t))


def test_county_unnamed_is_not_the_province():
    """county_unnamed: fujian_county_work_report_2025 speaks as 全县/县政府 and names 福建 only ("在福建考察时的重要讲话精神"):
    its aims are the county's, which it never names — 待定地区 with the note saying so, never 福建省."""
    t = ("二、2025年发展目标任务\n县政府工作的总体要求是:深入学习贯彻习近平总书记在福建考察时的重要讲话精神,坚持稳中求进。"
         "全年主要预期目标是:全县地区生产总值增长6%,农林牧渔业总产值增长6.5%,规上工业增加值增长14.5%。\n")
    found = extract_text(t, min_confidence=0, today=TODAY).targets
    assert found and {d["region"] for d in found} == {"待定地区"}


def test_county_unnamed_probe_other_wording():
    """The same class in other wording: 我县 and 县委, the province named once as 江西 in passing."""
    t = ("二、2024年发展目标\n我县将认真落实江西省委部署,奋力开创新局面。全年主要预期目标是:规模以上工业增加值"
         "增长8%,固定资产投资增长5%。\n")
    got = regions(t)
    assert got and "江西省" not in got and got <= {"待定地区"}


def test_named_county_keeps_its_name():
    """A county text that names itself (全县 and 修水县) is still that county, and a province's text (全省) its province."""
    t = "修水县2024年工作安排\n全县规模以上工业增加值增长8%,固定资产投资增长5%。\n"
    assert regions(t) == {"修水县"}
    t = "江西省2024年工作安排\n全省规模以上工业增加值增长8%,固定资产投资增长5%。\n"
    assert regions(t) == {"江西省"}
