"""A region is never a bare voice word (高新区, 开发区, 园区 …): headless_zone, zone_spelling, share_number, printable_region."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.extract import extract_text, read_document
from tracker.extract.context import compared_away, document_context, region_in, shaped_place
from tracker.extract.zones import (headless_zone, joined_places_head, printed_region, printable_region, spoken_zone, titled_zone,
                                   zone_spelling)

DATA = Path(__file__).parent / "data" / "extract"


@pytest.mark.parametrize("name", ["高新区", "开发区", "经开区", "示范区", "园区", "新区", "高新技术产业开发区", "经济技术开发区",
                                  "实现高新区", "综合保税区"])
def test_headless_zone_words_are_no_region(name):
    assert headless_zone(name)
    assert not shaped_place(name)
    assert not printable_region(name)


@pytest.mark.parametrize("name", ["沈抚改革创新示范区", "如皋高新区", "株洲经开区", "宝鸡高新区", "银川经济技术开发区", "南昌高新区", "浦东新区", "长治高新区"])
def test_zones_after_a_place_are_regions(name):
    assert not headless_zone(name)
    assert printable_region(name)


@pytest.mark.parametrize("name", ["如皋市", "江西省", "海淀区", "老城区", "全国", "待定地区"])
def test_places_and_the_pending_word_are_printable(name):
    assert printable_region(name)
    assert not headless_zone(name)


def test_bare_region_guard_prints_the_scope_or_pending():
    assert printed_region("如皋高新区", "如皋市") is None
    assert printed_region("高新区", "如皋市") == "如皋市"
    assert printed_region("高新区", "高新技术产业开发区") == "待定地区"
    assert printed_region("园区", None) == "待定地区"
    assert printed_region("某某市", "如皋市") is None  # shaped like a place: left as read


def test_bare_region_guard_in_a_draft():
    """Drafts go through the guard after every region rule: a city's text prints its city (如皋市), a place."""
    from tracker.extract.extract import extract_text as run
    drafts = run("江苏省如皋市2024年工作要点\n全市规上工业增加值增长10%。", min_confidence=0).targets
    assert drafts and {d["region"] for d in drafts} == {"如皋市"}


def test_a_region_the_user_gives_is_printed_as_given():
    drafts = extract_text("2024年工作要点\n全市规上工业增加值增长10%。", region="某市", min_confidence=0).targets
    assert drafts and {d["region"] for d in drafts} == {"某市"}


def test_joined_places_head():
    assert joined_places_head("沈抚改革创新示范区")  # 沈阳 and 抚顺, both of 辽宁省
    assert not joined_places_head("高新技术产业开发区")
    assert not joined_places_head("经济技术开发区")


def test_region_in_skips_the_bare_voice_word():
    assert region_in("高新区2024年工作规划") is None
    assert region_in("如皋高新技术产业开发区(如城街道、城南街道)") is None  # no place-shaped name but the zone's tail
    assert region_in("实现高新区规上企业营业收入增长10%") is None
    assert region_in("南昌高新区实现营业收入") == "南昌高新区"


def test_zone_spelling_shortens_only_the_hitech_long_form():
    assert zone_spelling("如皋高新技术产业开发区") == "如皋高新区"
    assert zone_spelling("银川经济技术开发区") == "银川经济技术开发区"  # the gold spells it in full (frames.yaml)
    assert zone_spelling("株洲经开区") == "株洲经开区"
    assert zone_spelling("高新技术产业开发区") == "高新技术产业开发区"  # no place to keep: left to headless_zone


def test_share_number_is_a_comparison_not_a_voice():
    assert "全市" not in compared_away("一般预算收入占全市32.46%,规模工业应税销售占全市1/8")
    assert "全市" in compared_away("全市规上工业增加值增长8%")


ZONE_TEXT = ("如皋高新技术产业开发区(如城街道、城南街道)\n高新区2024年工作规划\n来源: 高新区 发布时间:2024-02-01 16:55\n"
             "2024年,高新区将紧紧围绕市委部署,不断提升高新区在如皋、南通的排名。主要预期目标是:一般预算收入占全市32.46%,"
             "规模工业应税销售占全市1/8;高新区规上工业增加值增长10%。")


def test_a_zone_text_that_names_itself_in_full_once_speaks_as_the_zone():
    """The zone named in full once (如皋高新技术产业开发区) and spoken as 高新区 four times; its 全市 only as shares (占全市…)."""
    assert spoken_zone(compared_away(ZONE_TEXT)) == "如皋高新区"
    ctx = document_context(ZONE_TEXT, None, None)
    assert ctx.scope == "如皋高新区"
    drafts = extract_text(ZONE_TEXT, min_confidence=0).targets
    assert drafts and {d["region"] for d in drafts} == {"如皋高新区"}


def _documents() -> list[Path]:
    return sorted((DATA / "corpus").glob("*.txt")) + sorted((DATA / "frames").glob("*.txt"))


def test_no_printed_draft_anywhere_has_a_region_that_is_no_place():
    """Every draft of every dev document and every text of the frame set, at every confidence: its region is a place of
    the gazetteer, a zone whose name begins with a place's name, the zone the text's title names (titled_zone: 顶效开发区,
    its head a town the gazetteer lacks), or 待定地区."""
    bad = []
    for path in _documents():
        text = read_document(path)
        for d in extract_text(text, document=path.name, min_confidence=0).targets:
            if not printable_region(d["region"]) and d["region"] != titled_zone(text):
                bad.append((path.name, d["region"]))
    assert not bad, bad
