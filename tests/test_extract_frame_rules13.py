"""Frame rules of the sixth round (issue 15): page_chrome_issuer, county_not_national, prefecture_bare_short,
titled_period, deployed_work — each with hand-worked cases."""

from __future__ import annotations

from tracker.extract import docdate as D
from tracker.extract.context import document_context, national_issuer, prefecture_named


def _ctx(text: str):
    return document_context(text, None, None, 2026)


def test_page_chrome_is_no_national_issuer():
    # 广元's page ends with "返回顶部": it ends in 部 like a ministry, and issues nothing
    assert not national_issuer("返回顶部")
    assert national_issuer("工业和信息化部")
    text = "1—2月广元规上工业总产值157.1亿元\n来源:广元日报\n23日,全市规上工业增加值增长9.5%。广元要实现目标。广元工业。\n返回顶部"
    assert _ctx(text).scope != "全国"


def test_a_county_that_says_quanguo_in_passing_is_not_the_country():
    # 房县: 我县 speaks as a county; "全国知名的矿泉水" is a comparison, not the text's region. No county named: no region.
    text = "今年,我县将力争全年工业总产值达150亿元。重点紧盯全国知名的矿泉水企业。"
    assert _ctx(text).scope is None
    # a text with no voice of its own that speaks of 全国 is still the country's
    assert _ctx("全国规模以上工业增加值增长6%。").scope == "全国"


def test_prefecture_named_by_its_bare_short_form():
    # 迪庆: 我州, 州委 and "对迪庆提出的要求" — no 迪庆州, no full name
    text = "我州认真贯彻落实,把省委、省政府对迪庆提出的要求落到实处。州委、州政府部署全州工作。"
    assert prefecture_named(text) == "迪庆藏族自治州"
    # a county's text under the prefecture (全县, 县委) is not the prefecture's by a bare short form
    assert prefecture_named("州委部署,大理发展。县委要求全县实现增长。") is None


def test_titled_period_is_the_plans_first_year():
    text = "近日,丹凤县出台《工业强县三年(2013-2015)振兴计划》,确保到2015年培育1个年产值过100亿元的企业。"
    assert D.titled_period(text)[0] == 2013
    assert D.titled_period("《行动方案（2024—2026年）》") [0] == 2024
    assert D.titled_period("到2015年全县工业产值翻番") is None  # a deadline, no title
    assert document_context(text, None, None, 2026).year == 2013


def test_deployed_work_year_before_a_later_aims_year():
    text = ("会议总结了2017年工作,部署了科工局2018年工作。2017年全县工业增加值增长8%。"
            "力争新增规上企业10家,为2019年争创国家级园区打下基础。")
    assert D.deployed_work(text)[0] == 2018
    assert D.deployed_work("到2020年全县完成投资100亿元") is None


def test_single_stem_county():
    """single_stem_county, now the region model's (region_model.named_divisions counts a one-character county by its full
    name; read_region chooses it)."""
    from tracker.extract.region_model import named_divisions, read_region
    # 房县's short form is one character, so the gazetteer leaves it out; a county's text names it once
    assert named_divisions("我县鼓励引导在外房县籍成功人士返乡领办企业。", "county") == {"房县": 1.5}
    assert read_region("我县鼓励引导在外房县籍成功人士返乡领办企业。", None).region == "房县"
    assert _ctx("今年,我县力争全年工业总产值达150亿元。鼓励在外房县籍人士返乡。重点紧盯全国知名企业。").scope == "房县"
    # 示范县 is a title (word_tail), 和县级 a conjunction and a level: no county
    assert named_divisions("争创核桃产业振兴示范县。", "county") == {}
    assert named_divisions("市和县级财政共同负担。", "county") == {}
    # two such counties: none chosen — the model is unsure
    assert read_region("我县…在外房县籍人士与来自易县的客商", None).how == "extract.note.region_model_unsure"


def test_base_cumulative_is_no_total_to_reach():
    from tracker.extract.classify import BASE_CUMULATIVE, cumulative_goal
    s = "规模以上工业单位增加值能耗较2022年累计下降13%"
    assert BASE_CUMULATIVE.search(s)
    assert not cumulative_goal(s, 2023, 2027)
    assert cumulative_goal("累计建成国家级特色产业集群30个", 2025, 2027)  # a total to reach stays one


def test_reported_county_speaks_for_the_county_not_its_province():
    # 竹山: a provincial paper's report ("湖北日报客户端讯") of a county's congress; 该县 is the reporter's 我县
    text = ("湖北日报客户端讯 12月26日,笔者从竹山县第十九届人民代表大会第三次会议获悉,该县明确2024年主要预期目标。"
            "2023年,竹山县获评湖北省全域旅游示范区、湖北省全域公交县。2024年,该县将地区生产总值增长7%。")
    assert _ctx(text).scope == "竹山县"


def test_aims_heading_line_dates_the_aims_below_it():
    # 德州's digest opens "2019年预期目标" on a line of its own, its six aims below
    assert D.plan_heading("2019年预期目标\n地区生产总值增长6.5%左右\n一般公共预算收入增长6%左右")[0] == 2019
    assert D.plan_heading("2019年预期目标完成情况\n地区生产总值增长6.5%") is None  # a review's heading, not a line of aims


def test_a_districts_place_in_province_and_city_is_a_comparison():
    # 增城区: "有条件在全省、全市发展大局中走在前" — its 全市 is the city's whole, not the text's voice; 区委 speaks for 增城区
    from tracker.extract.context import compared_away
    assert "全市" not in compared_away("增城区有条件在全省、全市发展大局中走在前")
    text = "增城区召开高质量发展大会。增城区委书记指出,增城区有条件在全省、全市发展大局中走在前,地区生产总值增长7%。"
    assert _ctx(text).scope == "增城区"


def test_a_single_stem_county_is_a_printable_region():
    from tracker.extract.zones import printable_region
    assert printable_region("房县") and not printable_region("高新区")
