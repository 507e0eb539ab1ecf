"""The region model (tracker/extract/region_model.py): each step on hand-worked texts, then the documents it reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.extract import extract_text
from tracker.extract.region_model import (ancestors, named_divisions, obeying_child, passing_child, read_region,
                                          spoken_levels)
from tracker.extract.text import normalise, read_document

CORPUS = Path(__file__).parent / "data" / "extract" / "corpus"


# --------------------------------------------------------------------------
# spoken_levels


def _own(t: str, province: str | None) -> dict[str, tuple[int, int]]:
    return {name: (lv.own, lv.bodies) for name, lv in spoken_levels(t, province).items() if lv.own or lv.bodies}


def test_spoken_levels_counts_own_words_and_bodies():
    # 全县 and 县长 are the county's own words, 县委 its body; 全市 and 市委 a city's; 省委 and 省政府 a province's bodies
    text = "全县上下…县长…县委…全市…市委…省委、省政府"
    assert _own(text, "湖北省") == {"county": (2, 1), "city": (1, 1), "province": (0, 2)}


def test_deputy_heads_are_no_voice_and_a_named_body_is_its_levels():
    # 副县长 is left out (a deputy speaks for no level alone); 黄冈市委 is a city's body, the city named — 增城区委 in
    # 增城区's own news is the district's body as 区委 alone would be
    assert _own("副县长…黄冈市委", "湖北省") == {"city": (0, 1)}
    assert _own("增城区委书记指出", "广东省") == {"district": (0, 1)}


def test_municipal_words_are_the_province_level_citys():
    """municipal_words: in 重庆 the city's words are the 直辖市's (a province's level): 忠县's 全市区县, 市委."""
    text = "全县…位居全市区县第四…市委六届历次全会…市委书记"
    assert _own(text, "重庆市") == {"county": (1, 0), "province": (1, 2)}
    assert _own(text, "湖北省") == {"county": (1, 0), "city": (1, 2)}


def test_in_an_autonomous_region_quanqu_is_the_regions():
    # 全区 twice and 自治区政府 once: the region's (province level); 旗委 and 全旗 the banner's (county level)
    text = "全区上下…全区…自治区政府…旗委…全旗"
    assert _own(text, "内蒙古自治区") == {"county": (1, 1), "province": (3, 0)}
    assert _own("全区上下…区委", "湖北省") == {"district": (1, 1)}  # elsewhere a district's


# --------------------------------------------------------------------------
# named_divisions


def test_a_one_character_county_is_counted_by_its_full_name():
    # 忠县 three times as a name (+0.5: named in full); 示范县 is a word and 县 a level, not 范县; 和县级 no 和县
    text = "忠县坚持…调研忠县…百万忠县人民…建设示范县…市和县级"
    assert named_divisions(text, "county", "重庆市") == {"忠县": 3.5}


def test_a_citys_short_form_counts_in_traditional_characters_too():
    """漳州 for 漳州市, read in the normalised text: 2010年漳州經(jīng)濟 reads 2010年漳州经济."""
    text = normalise("政府工作報告提出:2010年漳州經(jīng)濟社會發展預(yù)期目標。“海西建設、漳州先行”").text
    assert named_divisions(text, "city", "福建省") == {"漳州市": 2}


def test_a_county_short_form_beside_a_full_name_counts_only_where_it_stands_as_a_name():
    # 丹凤县 is named in full; 资源 in 资源开发 is a word, not 资源县 (whose short form it is)
    text = "丹凤县…推进资源开发,资源整合"
    assert named_divisions(text, "county", "陕西省") == {"丹凤县": 1.5}


def test_a_province_of_another_place_is_no_division_of_the_text():
    # within the text's province: 万州 (重庆) is not counted in a 湖北 text; 竹山县 is
    assert named_divisions("竹山县…竹山县…万州区", "county", "湖北省") == {"竹山县": 2.5}


def test_ancestors_follow_the_gazetteer():
    assert ancestors("忠县") == ("重庆市",)
    assert ancestors("竹山县") == ("十堰市", "湖北省")
    assert ancestors("瑞金市") == ("赣州市", "江西省")
    assert ancestors("朝阳区") == ()  # 北京's and 长春's: ambiguous


# --------------------------------------------------------------------------
# child_over_parent and unsure


def test_a_county_of_a_municipality_is_the_county_not_the_municipality():
    """忠县 (zhongxian_county_aims_news_2025): 全县 once, 全市区县 and 市委 (重庆's) as often or more; 忠县 named more than
    重庆 — the child the text speaks as."""
    text = ("忠县坚持把视察重庆激发的激情转化为行动,认真落实市委六届历次全会精神和市委书记调研忠县指示要求,聚焦2029年前后全县"
            "工业总产值突破1000亿元。2024年,忠县地区生产总值增长6.7%,位居全市区县第四。忠县将持续壮大产业集群。")
    r = read_region(text, "重庆市")
    assert (r.region, r.level, r.how) == ("忠县", "county", "extract.note.region_model")


def test_a_county_named_under_its_city_and_province_is_the_county():
    """竹山 in 十堰市/湖北省: 该县 (reported_county) and 县委; 竹山县 twice, 十堰市 once, 湖北省 once."""
    text = "笔者从竹山县人代会获悉,该县明确2024年目标。竹山县获评湖北省全域旅游示范区。落实十堰市委部署,县委要求…"
    assert read_region(text, "湖北省").region == "竹山县"


def test_a_city_over_its_provinces_bodies():
    """漳州 (zhangzhou_work_report_news_2010): 代市長 (the city's head), 省委、省政府 (bodies the city obeys) — the city."""
    text = normalise("2010年漳州經濟社會發展預期目標\n代市長陳冬昨日提出…按照中央和省委、省政府的決策部署,“漳州先行”。").text
    assert read_region(text, "福建省").region == "漳州市"


def test_passing_child_a_provinces_report_naming_one_county():
    # 全省 three times; 某 county's 全县 once, the county named once, its province named four times: the province
    text = "湖北省…全省经济…全省…湖北…湖北…全省工业…竹山县全县脱贫…"
    r = read_region(text, "湖北省")
    assert r.region == "湖北省"
    levels = spoken_levels(text, "湖北省")
    assert passing_child("竹山县", 1.5, levels["county"], levels, {"湖北省": 3, "十堰市": 0})


def test_the_model_is_unsure_of_two_counties_named_alike():
    """unsure: 全县 and two counties named twice each — no region rather than a wrong one, and a note that says so."""
    r = read_region("全县…竹山县…竹山县…房县…房县…", "湖北省")
    assert r.region is None and r.how == "extract.note.region_model_unsure"
    assert "待定地区" in r.note().text("zh") and "县" in r.note().text("zh")


def test_a_prefecture_and_its_county_level_city_are_left_to_the_chain():
    # 全市 and both 赣州市 and its 瑞金市 named: whose 全市 it is is left to context's county_city_voice
    assert read_region("全市…省、赣州市、瑞金市党代会…赣州市…", "江西省") is None


def test_superior_bodies_make_the_city_under_them_speak():
    """superior_bodies: no level's own words, only 省委/省政府; 牡丹江 named thrice, 黑龙江 once: the city obeys them."""
    text = "牡丹江市…落实省委、省政府部署…牡丹江…牡丹江工业…黑龙江"
    r = read_region(text, "黑龙江省")
    assert (r.region, r.how) == ("牡丹江市", "extract.note.region_model_obeys")
    assert obeying_child("黑龙江省", 1, text, "黑龙江省") == "牡丹江市"
    # two counties under the city named twice each at its meeting: no one child, left to the chain
    assert read_region("市委…陆川县…陆川县…福绵区…福绵区…玉林市", "广西壮族自治区") is None


def test_a_text_that_speaks_at_no_level_is_left_to_the_chain():
    assert read_region("国内生产总值增长5%左右。", None) is None


# --------------------------------------------------------------------------
# The documents it reads


@pytest.mark.parametrize("name, region, year", [
    ("zhongxian_county_aims_news_2025.txt", "忠县", {2025, 2029, 2035}),
    ("zhangzhou_work_report_news_2010.txt", "漳州市", {2010}),
])
def test_the_documents_the_model_reads(name, region, year):
    """Both were read as their parent (重庆市; 福建省 and 2026) before the model and aims_headline."""
    got = extract_text(read_document(CORPUS / name), document=name).targets
    assert {t["region"] for t in got} == {region}
    assert {t["due"] for t in got} == year


def test_a_tie_of_a_parent_and_its_child_goes_to_the_child():
    """child_over_parent in a tie: 溧阳市 and 常州市 each named once in full under 全市 — the county-level city."""
    assert read_region("溧阳市召开大会。全市上下…常州市部署…", "江苏省").region == "溧阳市"


def test_partners_are_not_counted():
    """partner_region: "与泰州、无锡联合冲刺…" names two partner cities; the text's own 连云港 once is then named most."""
    text = "江苏信保 > 连云港 > 金融资讯\n全市…全力以赴与泰州、无锡联合冲刺国家先进制造业集群。"
    assert named_divisions(text, "city", "江苏省") == {"连云港市": 1}
    assert read_region(text, "江苏省").region == "连云港市"


def test_an_unsure_model_gives_no_scope_but_its_note():
    """When the model names two alike and no narrower rule decides, the document has no scope, and the review says why."""
    from tracker.extract.context import document_scope
    region, note = document_scope("全县…竹山县…竹山县…房县…房县…。", "湖北省")
    assert region is None and note.phrase.code == "extract.note.region_model_unsure"


def test_zone_words_are_no_districts():
    """zone_words: 全区 in a zone's text that names no district in full is the zone's — no district level spoken, and a
    district's short form glued into a word (兴渝水泥厂) names no 渝水区."""
    text = "顶效开发区:努力保持经济发展良好态势\n2008年,顶效开发区计划实现…只要全区干部职工团结一致。加快兴渝水泥厂建设。"
    assert _own(text, None) == {}
    assert read_region(text, None) is None
    assert _own("黄州区…全区上下…开发区", "湖北省") == {"district": (1, 0)}  # a district named in full: its 全区


def test_a_zones_aims_are_the_zones_though_its_head_sits_on_the_citys_committee():
    text = ("济南高新区2024年工作动员大会召开\n\n2月23日,济南高新区2024年工作动员大会召开。济南市委常委,高新区党工委书记、"
            "管委会主任孙斌出席会议并讲话。\n\n2023年,济南高新区认真落实部署,全区地区生产总值达到1767.3亿元。会议提出,2024年"
            "经济社会发展主要预期目标为:地区生产总值增长7%,规模以上工业增加值增长12%。")
    got = extract_text(text).targets
    assert {(t["region"], t["due"]) for t in got} == {("济南高新区", 2024)}
