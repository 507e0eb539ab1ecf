"""The seventh blind frame check's classes (round eight): municipal_zone_head, zone_in_zone, one_zone_two_spellings
(zones.py), district_government and province_outnamed (region_model.py) — hand-worked cases and invented probe texts of
the same classes in other wording."""

from __future__ import annotations

from collections import Counter

from tracker.extract import extract_text
from tracker.extract.context import compared_away
from tracker.extract.region_model import outnamed_province, read_region, zone_speaker
from tracker.extract.zones import inner_zone, same_zone, spoken_zone, zone_names

#: Invented: a 天津 district's report in another wording — the district by its short form only (静海), a
#: national demonstration title it strives for (示范区), 北京 named once as a partner.
MUNICIPAL_DISTRICT = ("2023年是全面贯彻党的二十大精神的开局之年。区人民政府要落实区第二次党代会部署,创建国家生态文明建设示范区,"
                      "主动承接北京非首都功能疏解,建设美丽静海、活力静海、幸福静海。全区主要预期目标是:地区生产总值增长6%,"
                      "一般公共预算收入增长4%。\n")
#: Invented: a zone of 重庆 named by its city's short name, then as 开发区 and its 管委会 again and again.
MUNICIPAL_ZONE = ("重庆经济技术开发区召开年度工作会议\n会上,重庆经济技术开发区提出,今年开发区地区生产总值增长8%,工业总产值达到2000亿元。"
                  "开发区管委会表示,开发区将加快引进重大项目。\n")
#: Invented: a new area inside a free trade zone, named once in full and then by its own name.
AREA_IN_ZONE = ("据报道,上海自贸试验区临港新片区发布三年行动方案。到2025年,临港新片区规模以上工业总产值达到8000亿元。"
                "临港新片区将加快建设国际创新协同区,临港新片区管委会负责实施。\n")


def test_municipal_zone_head_names_a_zone_of_a_municipality():
    assert zone_names("北京经开区将坚持") == ["北京经开区"]
    assert zone_names("天津经济技术开发区召开") == ["天津经济技术开发区"]
    assert zone_names(MUNICIPAL_ZONE)[0] == "重庆经济技术开发区"
    assert zone_names("举全市之力加快开发区建设") == []  # no place at the head: a voice word only


def test_zone_in_zone_is_spelled_by_its_own_name():
    assert inner_zone("上海自贸区临港新片区") == "临港新片区"
    assert inner_zone("上海自贸试验区临港新片区") == "临港新片区"
    assert inner_zone("株洲经开区") == "株洲经开区"  # no outer zone
    assert spoken_zone(compared_away(AREA_IN_ZONE)) == "临港新片区"


def test_one_zone_two_spellings():
    assert same_zone("北京经开区", "北京经济技术开发区")
    assert same_zone("如皋高新区", "如皋高新技术产业开发区")
    assert not same_zone("北京经开区", "天津经开区")
    assert not same_zone("咸宁高新区", "黄冈高新区")
    # 北京经开区将…, 北京经开区工委…, 北京经开区地区生产总值…: three subjects of either spelling; the full spelling is printed
    t = ("北京经济技术开发区发布规划。到2025年,北京经开区地区生产总值实现3800亿元以上。在北京经开区工委主办的发布会上,"
         "北京经济技术开发区有关负责人表示,北京经开区将坚持创新发展。")
    assert spoken_zone(t) == "北京经济技术开发区"


def test_a_municipal_zone_text_is_the_zones():
    drafts = extract_text(MUNICIPAL_ZONE, min_confidence=0).targets
    assert drafts and {d["region"] for d in drafts} == {"重庆经济技术开发区"}
    drafts = extract_text(AREA_IN_ZONE, min_confidence=0).targets
    assert drafts and {d["region"] for d in drafts} == {"临港新片区"}


def test_district_government_is_no_zone():
    assert zone_speaker("顶效开发区…只要全区干部职工团结一致")
    assert not zone_speaker("区人民政府要按照区第十二次党代会确定的战略部署,巩固国家公共文化服务体系示范区创建成果。全区…")
    assert not zone_speaker(MUNICIPAL_DISTRICT)


def test_province_outnamed():
    # 静海 three times, 北京 once: the district of 天津, though 北京 is the province named most
    assert outnamed_province(MUNICIPAL_DISTRICT, "district", "北京市") == Counter({"静海区": 3})
    assert outnamed_province("北京北京北京,美丽静海、活力静海", "district", "北京市") == Counter()  # 北京 named more
    assert outnamed_province("美丽静海。", "district", "北京市") == Counter()  # once only
    reading = read_region(compared_away(MUNICIPAL_DISTRICT), "北京市")
    assert reading is not None and reading.region == "静海区"


def test_a_municipal_district_report_is_the_districts():
    drafts = extract_text(MUNICIPAL_DISTRICT, min_confidence=0).targets
    assert drafts and {d["region"] for d in drafts} == {"静海区"}
    assert {d["due"] for d in drafts} == {2023}


def test_a_new_area_in_a_zone_is_printable():
    from tracker.extract.zones import headless_zone, printable_region

    assert printable_region("临港新片区")
    assert not headless_zone("临港新片区")
    assert headless_zone("新片区")
    assert headless_zone("加快新片区")  # a verb at the head


def test_within_year_intent():
    from tracker.extract.docdate import document_year

    found = document_year("市长在19日开幕的会议上说,在2013年的经济发展中,将强化工业主导地位。今年重点抓好项目。")
    assert found is not None and found[0] == 2013
    found = document_year("会议指出,2019年工作中要突出抓好项目建设。")  # other wording: 工作中要
    assert found is not None and found[0] == 2019
    assert document_year("在2013年的经济发展中,工业增长12%。") is None  # no intent: a report of the year
    assert document_year("到2013年的发展中,将强化工业") is None  # 到: a deadline, not the year planned


def test_zero_word_is_no_number():
    from tracker.extract.numbers import NUMBER
    import re

    assert re.search(NUMBER, "汽车及零部件") is None
    assert re.search(NUMBER, "零售额") is None
    assert re.search(NUMBER, "实现零增长")[0] == "零"  # a zero goal stays a zero
    assert re.search(NUMBER, "一百零五")[0] == "一百零五"


def test_a_span_goal_after_a_parts_industry():
    # 用5年左右时间 in a text of 2013: 2013–2017; 汽车及零部件 names an industry, not a count
    t = ("在2013年的经济发展中,全市将强化工业主导地位。依托优势产业,用5年左右时间,打造黄金、铝工业、汽车及零部件等装备制造业"
         "五个千亿产业集群。")
    drafts = extract_text(t, min_confidence=0).targets
    assert [(d["due"], d["target"]) for d in drafts] == [(2017, {"plus": 5.0})]


def test_next_year_plan():
    from tracker.extract.docdate import document_year, next_year_plan

    congress = ("2021/12/06 21:48 来源:新甘肃\n今天上午,市第九届人民代表大会第一次会议开幕。报告提出今后五年主要奋斗目标:地区生产总值年均增长7%以上。"
                "大会审查了2021年国民经济和社会发展计划执行情况及2022年国民经济和社会发展计划草案的报告。")
    found = document_year(congress)
    assert found is not None and found[0] == 2022 and found[1] == "2021-12-06"
    # other wording: a budget draft at a county's congress of late 2019
    assert next_year_plan("审议了2020年县级财政预算(草案)", (2019, "2019-12-20", None))[0] == 2020
    # a congress at the start of its year: it drafts its own year's plan and reviews the last — the year stays
    assert next_year_plan("审查了2021年计划执行情况及2022年计划草案", (2022, "2022-01-10", None)) is None
    assert next_year_plan("提出2022年计划", (2021, None, None)) is None  # cited, no draft before the meeting
    drafts = extract_text(congress, min_confidence=0).targets
    assert [(d["due"], d["target"]["rate"]) for d in drafts] == [(2026, 7.0)]  # 今后五年: 2022–2026


def test_year_space_date():
    from tracker.extract.docdate import dated_head

    found = dated_head("新华独家|2024年,长春市绿园区这样干!-新华网\n2024 01/19 19:46:13\n来源:新华网\n")
    assert found is not None and found[:2] == (2024, "2024-01-19")
    assert dated_head("发布日期\n2019 12/03\n") [:2] == (2019, "2019-12-03")  # a line of its own, no time
    assert dated_head("全年完成2024 01/19项目") is None  # not a line of its own
    assert dated_head("2024 13/40 10:00\n") is None  # no month 13


def test_we_intend():
    from tracker.extract.docdate import document_year

    found = document_year("区长 高文禄\n2023年全区生产总值增长6%。\n2024年,我们将锚定打造百亿级县区的定位。")
    assert found is not None and found[0] == 2024
    found = document_year("2018年全县工业增长9%。2019年我们要坚持工业强县。")  # other wording: 要, no comma
    assert found is not None and found[0] == 2019
