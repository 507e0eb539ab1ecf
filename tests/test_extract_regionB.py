"""Region classes found by invented probes (issue #15, probe 9, branch regionB): autonomous_county_stem (an autonomous
county or banner written without its nationalities names it in full: 三江县, 峨山县). Hand-worked cases from the probes,
invented probes of the same class in other places and wording, and near misses the rules must not fire on."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract_text
from tracker.extract.context import colon_city, colon_compilation
from tracker.extract.gazetteer import banner_abbreviation, gazetteer, is_place, names_in
from tracker.extract.region_model import town_voice
from tracker.extract.text import normalise
from tracker.extract.zones import titled_zone, zone_names, zone_speaks

TODAY = datetime.date(2026, 12, 3)


def regions(text: str) -> list[str]:
    return [d["region"] for d in extract_text(text, min_confidence=0, today=TODAY).targets]


# --------------------------------------------------------------------------
# autonomous_county_stem (C1, C2)


@pytest.mark.parametrize("spelling, full", [
    ("三江县", "三江侗族自治县"),  # numeral-initial: NOT_REGION_HEAD kept it from the shape rules
    ("三都县", "三都水族自治县"),
    ("五峰县", "五峰土家族自治县"),
    ("峨山县", "峨山彝族自治县"),
    ("威宁自治县", "威宁彝族回族苗族自治县"),
    ("莫力达瓦旗", "莫力达瓦达斡尔族自治旗"),  # a banner: stem and 旗
])
def test_autonomous_stem_names_the_county(spelling, full):
    assert gazetteer().full[spelling][0].name == full


@pytest.mark.parametrize("spelling", ["三县", "五个县", "十县", "两县", "三江", "峨山"])
def test_counts_and_bare_stems_are_no_place(spelling):
    """Near misses: counts of counties have no stem of two characters an autonomous county owns; a bare stem (三江 is also
    a river's word) is no full name."""
    assert not is_place(spelling)


def test_an_existing_name_is_not_overwritten():
    """A spelling already listed keeps its place: 长阳县 stays the one county 长阳土家族自治县, and a county named X县 in full
    (平江县) is not re-pointed."""
    assert [p.name for p in gazetteer().full["长阳县"]] == ["长阳土家族自治县"]
    assert [p.name for p in gazetteer().full["平江县"]] == ["平江县"]


@pytest.mark.parametrize("text, region", [
    # p20: 三江县 as the subject of its own year's aims
    ("三江县2015年经济工作会议召开\n2015年1月20日\n2015年，三江县将力争实现地区生产总值增长9%，财政收入增长8%，"
     "完成固定资产投资65亿元。\n", "三江侗族自治县"),
    # p42: the title names it, the aims speak as 全县
    ("三都县召开2016年工业工作会议\n2016年1月8日\n会议提出，今年全县规模以上工业增加值增长12%，工业总产值力争突破30亿元。\n",
     "三都水族自治县"),
    # m07 (C2): a speaker named by the short form, at a city's meeting — the goal is the county's, not the city's
    ("玉溪市召开2025年经济工作推进会\n2025年2月12日\n峨山县委书记说，全县今年力争地区生产总值增长7%。\n", "峨山彝族自治县"),
    # invented: another numeral-initial county, another wording
    ("五峰县2023年政府工作报告\n2023年1月5日\n今年全县地区生产总值增长6.5%左右，一般公共预算收入增长5%。\n", "五峰土家族自治县"),
])
def test_autonomous_short_form_is_the_region(text, region):
    assert set(regions(text)) == {region}


def test_a_count_of_counties_is_no_region():
    """Near miss: 三个县 and 五县 are counts; the city that speaks keeps its goals."""
    text = "南宁市召开2025年工作会议\n2025年1月8日\n全市三个县和五县区要加快发展，今年全市地区生产总值增长6%。\n"
    assert set(regions(text)) == {"南宁市"}
    assert [n[2] for n in names_in("三个县和五县区")] == []


# --------------------------------------------------------------------------
# banner_abbreviation (C3)


@pytest.mark.parametrize("name, short", [
    ("阿拉善左旗", "阿左旗"),
    ("土默特右旗", "土右旗"),
    ("达尔罕茂明安联合旗", "达茂旗"),  # 联合旗: 达尔罕 + 茂明安
    ("科尔沁左翼中旗", "科左中旗"),
    ("察哈尔右翼后旗", "察右后旗"),
    ("乌拉特前旗", "乌前旗"),
    ("东乌珠穆沁旗", "东乌旗"),
    ("喀喇沁左翼蒙古族自治县", "喀左县"),
])
def test_banner_abbreviation(name, short):
    assert banner_abbreviation(name) == short
    assert gazetteer().full[short][0].name == name


@pytest.mark.parametrize("name", ["准格尔旗", "镶黄旗", "正镶白旗", "左云县", "右玉县", "资中县", "台前县", "东光县", "长沙市"])
def test_names_of_one_part_have_no_abbreviation(name):
    """Near misses: a banner of one part, a county that begins or ends with 左/右/中/前 as part of its one name, a city."""
    assert banner_abbreviation(name) is None


@pytest.mark.parametrize("text, region", [
    # p50: the heading names the banner by its abbreviation; the region printed is the banner's full name
    ("阿左旗召开上半年经济运行分析会\n2020年7月20日\n会议要求，下半年全旗确保全年地区生产总值增长4%，规上工业增加值增长5%。\n",
     "阿拉善左旗"),
    # invented: another banner, another wording
    ("2024年，土右旗将力争地区生产总值增长6%，固定资产投资增长10%。\n", "土默特右旗"),
    ("科左中旗2023年政府工作报告\n2023年1月6日\n今年全旗地区生产总值增长6.5%左右。\n", "科尔沁左翼中旗"),
])
def test_banner_abbreviation_is_the_region(text, region):
    assert set(regions(text)) == {region}


# --------------------------------------------------------------------------
# official_speaks (E2)

YUXI = "玉溪市召开2025年经济工作推进会\n2025年2月12日\n会议要求，今年全市地区生产总值增长6%。\n"


def test_official_speaks_carries_through_the_sentence():
    """m08: 澄江市市长表示，2025年澄江市将确保…增长10%以上，新增规上企业12户 — the 12户 is 澄江市's, not the meeting's city's."""
    text = YUXI + "澄江市市长表示，2025年澄江市将确保固定资产投资增长10%以上，新增规上企业12户。\n"
    assert regions(text) == ["玉溪市", "澄江市", "澄江市"]


@pytest.mark.parametrize("line, region", [
    # invented: another city, a deputy head, another speech verb, the place not repeated in the sentence
    ("江川区副区长介绍，今年将力争规上工业增加值增长9%，新增市场主体500户。", "江川区"),
    ("华宁县县长指出，全年固定资产投资增长12%，新开工项目30个。", "华宁县"),
    ("通海县常务副县长说，今年确保一般公共预算收入增长6%，引进项目20个。", "通海县"),
])
def test_official_speaks_other_wordings(line, region):
    found = regions(YUXI + "红塔区委书记表示，今年红塔区地区生产总值力争增长6%。\n" + line + "\n")
    assert found[0] == "玉溪市" and found[1] == "红塔区" and set(found[2:]) == {region} and len(found) == 4


def test_a_head_of_no_named_place_opens_nothing():
    """Near miss: 市长表示 with no place before it is the meeting's own city speaking — the goals stay 玉溪市's."""
    assert set(regions(YUXI + "市长表示，今年全市新增规上企业50户，固定资产投资增长8%。\n")) == {"玉溪市"}


# --------------------------------------------------------------------------
# colon_city, colon_compilation (C6)


@pytest.mark.parametrize("line, city", [
    ("广州：地区生产总值增长5%左右。", "广州市"),
    ("苏州:地区生产总值增长5%以上。", "苏州市"),
    ("义乌：地区生产总值增长7%。", "义乌市"),  # a county-level city's short form (county_city_short)
    ("洛阳市：地区生产总值增长6%以上。", "洛阳市"),
])
def test_colon_city(line, city):
    assert colon_city(line) == city


@pytest.mark.parametrize("line", ["会议：全年增长5%。", "龚法生：今年增长6%。", "广州市区：增长5%。", "记者：今年目标是多少？",
                                  "地区生产总值：增长5%。"])
def test_colon_heads_that_name_no_city(line):
    assert colon_city(line) is None


def test_city_colon_compilation():
    """p55: four cities by short name and colon; 苏州's 5% is its own, not a duplicate of 广州's."""
    text = ("2024年多个城市公布GDP增长目标\n2024-01-25 来源：第一财经\n广州：地区生产总值增长5%左右。\n深圳：地区生产总值增长5.5%左右。\n"
            "苏州：地区生产总值增长5%以上。\n洛阳：地区生产总值增长6%以上。\n")
    assert colon_compilation(text)
    assert regions(text) == ["广州市", "深圳市", "苏州市", "洛阳市"]


def test_invented_city_colon_compilation():
    text = ("2023年部分城市经济目标一览\n2023-02-01\n成都：地区生产总值增长6.5%左右，固定资产投资增长5%。\n"
            "合肥：地区生产总值增长7%以上。\n宁波：地区生产总值增长5.5%左右。\n")
    assert regions(text) == ["成都市", "成都市", "合肥市", "宁波市"]


def test_two_colon_cities_are_no_compilation():
    """Near miss: a city's own text quoting two others by colon is not a compilation of cities."""
    assert not colon_compilation("南宁市2024年工作要点\n广州：增长5%。\n深圳：增长5.5%。\n全市地区生产总值增长5%。\n")


# --------------------------------------------------------------------------
# industrial_park_zone (C4)


def test_industrial_park_speaks_as_itself():
    """p35: 苏州工业园区's own text (园区 its voice word, twice) is the zone's, not 苏州市's."""
    text = ("苏州工业园区召开2010年经济工作会议\n2010-01-22 来源：苏州日报\n园区去年累计实现地区生产总值1001亿元，同比增长11%。"
            "会议提出，2010年园区地区生产总值增长12%，到2012年地区生产总值突破1500亿元。\n")
    assert set(regions(text)) == {"苏州工业园区"}
    assert zone_names(text) == ["苏州工业园区"]


def test_invented_industrial_park():
    text = ("常州工业园区2023年工作会议召开\n2023年2月3日\n会议提出，今年园区规上工业总产值增长10%，园区新增高新技术企业40家。\n")
    assert set(regions(text)) == {"常州工业园区"}


def test_a_city_naming_its_park_stays_the_city():
    """Near miss: a city's text (全市, 我市) that names its 工业园区 once is the city's."""
    text = ("苏州市2010年经济工作会议召开\n2010年1月5日\n全市地区生产总值增长10%，我市将支持苏州工业园区建设，全市新增企业500家。\n")
    assert set(regions(text)) == {"苏州市"}


# --------------------------------------------------------------------------
# town_voice, town_outvoices, town_superior (C5)


def notes(text: str) -> list[str]:
    r = extract_text(text, min_confidence=0, today=TODAY)
    return [x.get("guessed", {}).get("region") for x in r.review if x["id"] != "plan"]


@pytest.mark.parametrize("text, town", [
    # p18: 全镇 and the town in the title
    ("柳市镇召开2019年经济工作会议\n2019年2月15日\n今年全镇力争规上工业产值增长8%，新增小升规企业30家，工业投资完成25亿元。\n", "柳市镇"),
    # p29: no 全镇, the town the subject twice (召开, 将)
    ("虎门镇2022年工作会议召开\n2022-02-10 来源：东莞日报\n今年，虎门镇将力争实现地区生产总值增长6%，规上工业增加值增长7%，"
     "完成固定资产投资150亿元，新增规上工业企业50家。\n", "虎门镇"),
    # invented: a township (乡) and a street (街道), other wordings
    ("石桥乡召开2023年经济工作会议\n2023年1月9日\n乡党委提出，今年全乡农业总产值增长8%，力争新建高标准农田1万亩。\n", "石桥乡"),
    ("城关街道召开2024年工作会议\n2024年1月9日\n街道党工委提出，今年全街道固定资产投资增长10%，新增市场主体300户。\n", "城关街道"),
])
def test_town_voice(text, town):
    assert town_voice(normalise(text).text) == town
    assert set(regions(text)) == {town}


def test_town_with_its_superior_named():
    """The town's county-level city acts in its text (乐清市委常委出席): the goals stay the town's, the note names the city
    as its superior."""
    text = ("柳市镇召开2019年经济工作会议\n2019年2月15日\n乐清市委常委出席。今年全镇力争规上工业产值增长8%，新增小升规企业30家，"
            "镇党委提出工业投资完成25亿元。\n")
    assert regions(text) == ["柳市镇"] * 3
    assert all("乐清市" in n and "柳市镇" in n for n in notes(text))


@pytest.mark.parametrize("text", [
    "推进乡镇建设，全市城镇化率达到60%，今年全市新增特色小镇5个。",  # 乡镇, 城镇, 特色小镇: words, no town
    "今年全县各乡镇要加快发展，下乡服务200场次。",
    "城乡居民人均可支配收入增长6%，建设美丽乡村100个。",
    "柳市镇、虎门镇等强镇经验值得学习，全县工业增加值增长8%。",  # two towns named alike, the text speaks as a county
])
def test_no_town_voice(text):
    assert town_voice(normalise(text).text) is None


def test_county_text_naming_a_town_stays_the_county():
    """Near miss: a county's text (全县 three times) that names one of its towns as a subject is the county's."""
    text = ("乐清市2019年经济工作会议召开\n2019年2月1日\n全市地区生产总值增长7%。柳市镇将建设电气小镇，全市新增企业100家，"
            "全市工业投资增长10%。\n")
    assert set(regions(text)) == {"乐清市"}


# --------------------------------------------------------------------------
# zone_meeting_subject, titled_zone_voice; 合作区 and 科学城 as zones' words (C4)


@pytest.mark.parametrize("text, zone", [
    ("临港新片区召开2024年工作会议\n2024年1月20日\n会议提出，今年临港新片区规上工业总产值增长20%，新增企业500家。\n", "临港新片区"),
    ("横琴粤澳深度合作区召开2024年工作会议\n2024年1月20日\n会议提出，今年合作区地区生产总值增长10%，新增企业500家。\n",
     "横琴粤澳深度合作区"),
    ("张江科学城召开2024年工作会议\n2024年1月20日\n会议提出，今年张江科学城规上工业总产值增长8%，科学城新增高新技术企业300家。\n",
     "张江科学城"),
    # invented: another 合作区 and another 科学城, other wordings
    ("前海合作区召开2023年工作会议\n2023年2月1日\n合作区将力争今年实现增加值增长8%，新增企业2000家。\n", "前海合作区"),
    ("怀柔科学城2025年工作会议召开\n2025年1月15日\n会议提出，今年怀柔科学城规模以上工业总产值增长10%，科学城新增科技型企业100家。\n",
     "怀柔科学城"),
])
def test_zone_spelled_as_the_text_names_it(text, zone):
    assert set(regions(text)) == {zone}


def test_a_city_supporting_its_zone_stays_the_city():
    """Near miss: a city's report (全市 twice) naming a 合作区 it supports is the city's."""
    text = ("珠海市2024年政府工作报告\n2024年1月10日\n今年全市地区生产总值增长6%，全力支持横琴粤澳深度合作区建设，全市新增企业1000家。\n")
    assert set(regions(text)) == {"珠海市"}


def test_a_zone_named_once_in_the_title_without_its_voice_is_none():
    """titled_zone needs the zone named again — in full, or by its voice word (合作区): a title alone names no voice."""
    assert titled_zone("横琴粤澳深度合作区召开2024年工作会议\n今年地区生产总值增长10%。") is None
    assert titled_zone("横琴粤澳深度合作区召开2024年工作会议\n今年合作区地区生产总值增长10%。") == "横琴粤澳深度合作区"


def test_zone_meeting_by_year():
    """昆山开发区2024年工作会议召开 … 今年昆山开发区规上…: the zone holds its year's meeting and owns the indicator — the zone's
    (as the text spells it), not 昆山市's."""
    text = "昆山开发区2024年工作会议召开\n2024年1月20日\n会议提出，今年昆山开发区规上工业总产值增长8%，新增高新技术企业50家。\n"
    assert set(regions(text)) == {"昆山开发区"}


def test_city_meeting_naming_its_zone_once_stays_the_city():
    """Near miss: 昆山市's own meeting (全市) names its 开发区 once with an indicator: the city's."""
    text = ("昆山市2024年经济工作会议召开\n2024年1月20日\n会议提出，今年全市地区生产总值增长5.5%，昆山开发区规上工业总产值增长8%，"
            "全市新增高新技术企业300家。\n")
    found = regions(text)
    assert found[0] == "昆山市" and found[-1] == "昆山市"


def test_park_names_are_no_park_voice():
    """park_voice: a city's text (梧州's news, the thirty-sixth split) that names its 工业园区 once and speaks of 产业园区,
    向园区集聚, 加工园区 — other parks' names and a place things go to — is the city's, not the park's."""
    text = ("打造九大产业 梧州市建设区域性加工制造基地\n国庆长假，梧州市工业园区的建设者们加班加点建设工业厂房。到2010年，"
            "梧州市规模以上工业总产值要突破600亿元。着力打造产业园区，加快产业向园区集聚，建设再生资源加工园区等重大项目。\n")
    assert set(regions(text)) == {"梧州市"}
    assert zone_speaks(normalise(text).text, "梧州市工业园区", ("梧州市工业园区",)) == 0
