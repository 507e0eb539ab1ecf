"""The gazetteer of provinces, prefectures and counties, and the region rules that read it."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources

import pytest

from tracker.extract import gazetteer as G
from tracker.extract import scope as S
from tracker.extract.context import document_scope, region_in
from tracker.extract.extract import extract_text
from tracker.extract.text import normalise


def test_the_data_file_says_where_it_came_from():
    head = resources.files("tracker.extract").joinpath("data/divisions.tsv").read_text(encoding="utf-8")[:800]
    assert "国家统计局" in head and "licence" in head and "modood/Administrative-divisions-of-China" in head


def test_it_is_read_only_when_a_rule_asks():
    code = ("import tracker.extract.extract, tracker.extract.gazetteer as g; print(g.gazetteer.cache_info().currsize);"
            "g.is_place('新乡市'); print(g.gazetteer.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["0", "1"]


def test_levels_and_parents():
    g = G.gazetteer()
    assert [p.level for p in g.places("河南省")] == ["province"]
    assert [(p.level, p.province) for p in g.places("新乡市")] == [("prefecture", "河南省")]
    assert [(p.level, p.prefecture) for p in g.places("长垣市")] == [("county", "新乡市")]  # a county-level city since 2019
    assert G.parent_province("溧阳市") == "江苏省"
    assert G.parent_province("朝阳区") is None  # 北京市 and 长春市 (吉林省) both have one
    assert G.parent_province("不存在市") is None


@pytest.mark.parametrize("name, short", [
    ("新乡市", "新乡"), ("广西壮族自治区", "广西"), ("大兴安岭地区", "大兴安岭"), ("锡林郭勒盟", "锡林郭勒"),
    ("延边朝鲜族自治州", "延边"), ("恩施土家族苗族自治州", "恩施"), ("伊犁哈萨克自治州", "伊犁"),
    ("海西蒙古族藏族自治州", "海西"), ("西双版纳傣族自治州", "西双版纳"), ("龙胜各族自治县", "龙胜"),
])
def test_short_forms(name, short):
    assert G.short_form(name) == short


def test_names_in_finds_places_glued_to_anything():
    t = normalise("2025年新鄉市政府工作報告：推动新乡市、长沙市发展，河南省新乡市长垣市2024年").text
    assert [n for _, _, n in G.names_in(t)] == ["新乡市", "新乡市", "长沙市", "河南省", "新乡市", "长垣市"]
    start, end, name = G.names_in("中共新乡市委")[0]
    assert (start, end, name) == (2, 5, "新乡市")


@pytest.mark.parametrize("text", ["沿海城市", "新兴城市", "东方市场", "培育城区", "推进新城区建设", "赵县", "市中区"])
def test_words_that_only_look_like_places(text):
    assert G.names_in(text) == []


def test_leading_place_takes_full_names_and_prefecture_short_forms():
    assert G.leading_place("长沙：数字经济") == ("长沙市", 2)
    assert G.leading_place("长沙县提出") == ("长沙县", 3)  # the longer name, not 长沙
    assert G.leading_place("延边提出") == ("延边朝鲜族自治州", 2)
    assert G.leading_place("吉林提出") == ("吉林省", 2)  # a province before its capital's namesake city
    assert G.leading_place("获嘉提出") is None  # no short forms of counties
    assert G.leading_place("提出") is None


@pytest.mark.parametrize("text, region", [
    ("推动新乡市建设", "新乡市"),  # the shape rule stops at 推动新乡市, a verb at its head
    ("江苏溧阳市力争", "溧阳市"),  # province short form + city: the gazetteer's name
    ("2025年新乡市", "新乡市"),
    ("新乡市2025年", "新乡市"),
    ("南昌高新区", "南昌高新区"),  # not listed: the shape rule still finds it
    ("沿海城市", None),
])
def test_region_in_with_the_gazetteer(text, region):
    assert region_in(normalise(text).text) == region


def test_heading_and_subject_by_gazetteer_short_forms():
    assert S.subject_region("新乡提出，力争全市工业增加值增长8%") == "新乡市"
    assert S.heading_region("二、长垣市") == "长垣市"
    assert S.subject_region("中山大学提出") is None  # a place's name opening a longer word is no subject


def test_a_county_title_scopes_its_text():
    text = ("获嘉县人民政府关于印发获嘉县工业发展行动计划的通知\n2023年5月10日\n各乡镇人民政府：\n"
            "到2025年，全县规上工业增加值年均增长8%。\n")
    assert document_scope(text, None)[0] == "获嘉县"
    assert [t["region"] for t in extract_text(text).targets] == ["获嘉县"]


def test_a_city_text_that_names_its_province_speaks_for_the_city():
    text = ("河南省新乡市2025年政府工作报告\n2025年2月14日\n"
            "2025年，市政府将坚持稳中求进，力争全市地区生产总值增长6%左右。\n"
            "新乡位于河南省北部。\n")
    assert [t["region"] for t in extract_text(text).targets] == ["新乡市"]


def test_a_traditional_city_report_glued_to_its_date():
    text = "新鄉市2025年政府工作報告\n2025年2月14日\n2025年，全市地區生產總值力爭增長6%左右。\n"
    assert [(t["region"], t["due"]) for t in extract_text(text).targets] == [("新乡市", 2025)]
