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
