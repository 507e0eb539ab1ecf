"""The frame's fourth round (issue 15): zones as regions, banners, aid partners, salutations, and three year rules —
each with cases worked out by hand from the texts of the fifth blind check and the twenty-first split."""

from __future__ import annotations

import pytest

from tracker.extract import docdate as D
from tracker.extract.context import document_context, without_salutation
from tracker.extract.zones import aid_partner, spoken_zone, zone_names, zone_speaks

TODAY = 2026


def _ctx(text: str):
    return document_context(text, None, None, TODAY)


# --------------------------------------------------------------------------
# zone_names


@pytest.mark.parametrize("text, names", [
    ("3月4日,株洲经开区党工委(扩大)会议上传来消息", ["株洲经开区"]),  # a city's short name opens the zone's name
    ("按照《辽宁省沈抚改革创新示范区国民经济和社会发展第十五个五年规划纲要》", ["沈抚改革创新示范区"]),  # after a province
    ("该区将紧扣创建国家级经开区目标", []),  # a verb and an attribute: no zone's name
    ("至此湖北省国家级高新区达到12家", []),  # a province, then an attribute: none
    ("国务院批复咸宁高新区、黄冈高新区晋升", ["咸宁高新区", "黄冈高新区"]),  # never reaching back over 高新区
    ("长治高新区、长治经开区管委会", ["长治高新区", "长治经开区"]),
])
def test_zone_names(text, names):
    assert zone_names(text) == names


def test_zone_speaks_counts_voice_words_and_subjects():
    text = "2025年,株洲经开区将紧扣目标。该区将做强产业。2024年,株洲经开区围绕目标抓项目。株洲经开区获得荣誉。"
    # subjects: 株洲经开区将, 株洲经开区围绕 (2; "株洲经开区获得" is no intent); 该区 (1); 经开区 outside the name (0)
    assert zone_speaks(text, "株洲经开区", ("株洲经开区",)) == 3
    # 示范区 on its own three times outside the full name, no 该区, no subject
    shenfu = "是示范区功能转换的起步之年。《辽宁省沈抚改革创新示范区规划纲要》。实现示范区规上企业。示范区智能化。"
    assert zone_speaks(shenfu, "沈抚改革创新示范区", ("沈抚改革创新示范区",)) == 3


def test_spoken_zone():
    shenfu = ("2026年,是示范区功能转换、价值再造的起步之年。按照《辽宁省沈抚改革创新示范区国民经济和社会发展第十五个五年规划纲要》"
              "总体部署。认真落实省委、省政府的决策部署。实现示范区规上企业营业收入增长。推动示范区智能化改造。")
    assert spoken_zone(shenfu) == "沈抚改革创新示范区"  # 3 (示范区) > 2 (省委, 省政府)
    zhuzhou = ("3月4日,株洲经开区党工委(扩大)会议上传来消息,2025年,该区将紧扣创建国家级经开区目标。入选全省先进制造业集群,"
               "全省工业经济运行监测协调工作先进单位。2025年,株洲经开区将紧扣“双百亿”目标。")
    # 党工委, 将 (2 subjects) + 该区 (1) + 经开区 in 国家级经开区 (1) = 4 > 2 (全省 twice)
    assert spoken_zone(zhuzhou) == "株洲经开区"
    # a city's notice names its zones among the addressees; it speaks as 我市, never as a zone
    changzhi = "各县、区人民政府,长治高新区、长治经开区管委会,市直各有关单位:\n批准我市2023年计划。落实市委部署,我市将…"
    assert spoken_zone(changzhi) is None
    # two zones spoken of alike: neither
    assert spoken_zone("咸宁高新区、黄冈高新区晋升为国家高新区。咸宁高新区将…。黄冈高新区将…。") is None
    # one zone spelled short and long: the full spelling
    yinchuan = "银川经济技术开发区将建设…。银川开发区将推进…。全区工业…。银川开发区围绕…。银川经济技术开发区围绕…"
    assert spoken_zone(yinchuan) == "银川经济技术开发区"


def test_zone_scope_in_document_context():
    ctx = _ctx("3月4日,株洲经开区党工委(扩大)会议上传来消息,2025年,该区将紧扣创建国家级经开区目标。入选全省先进制造业集群,"
               "获得湖南省绿色园区、全省工业经济运行监测协调工作先进单位。2025年,株洲经开区将力争新增企业6家以上。")
    assert ctx.scope == "株洲经开区"
    assert ctx.year == 2025  # intent_subject


# --------------------------------------------------------------------------
# Banners, aid partners, salutations


def test_banner_voice_in_an_autonomous_region():
    text = ("2024年是全面落实国务院推动内蒙古高质量发展《意见》的奋进之年。认真落实自治区党委十一届七次全会暨全区经济工作会议、"
            "市委五届七次全会议暨全市经济工作会议、旗委十五届六次全会暨全旗经济工作会议部署要求。新巴尔虎左旗2024年计划:"
            "全旗地区生产总值增长6%,我旗…,全旗…")
    ctx = _ctx(text)
    # banner words 旗委, 全旗 ×3, 我旗 = 5 > city words 全市, 市委 = 2; 全区 and 自治区党委 are the region's own
    assert ctx.scope == "新巴尔虎左旗"


def test_aid_partner():
    assert aid_partner("伊犁州旅游…与江苏省援疆力量密不可分", "江苏省")
    assert aid_partner("第九批江苏援伊工作指挥部提出", "江苏省")
    assert not aid_partner("向江苏游客推介伊犁", "江苏省")
    text = ("5月18日,2019年伊犁州文化和旅游推广周活动在宁启动。向江苏游客推介伊犁。伊犁州旅游呈现出迅猛发展的态势与江苏省援疆"
            "力量密不可分。第九批江苏援伊工作指挥部提出,目标是促进今年江苏游客到新疆旅游突破400万人次,到伊犁旅游突破100万人次。")
    ctx = _ctx(text)
    assert ctx.province == "新疆维吾尔自治区"  # 江苏 named four times, but as the giver of aid
    assert ctx.scope == "伊犁哈萨克自治州"  # the prefecture it aids, named as 伊犁州
    assert ctx.year == 2019  # event_of_year


def test_salutation_line_is_dropped():
    text = "各县、区人民政府,长治高新区、长治经开区管委会,市直各有关单位:\n长治市第十五届人民代表大会批准我市计划。"
    assert without_salutation(text) == "\n长治市第十五届人民代表大会批准我市计划。"
    assert without_salutation("各地要抓落实。") == "各地要抓落实。"  # a sentence, not a line ending in a colon
    ctx = _ctx(text + "\n落实市委经济工作会议。我市将…")
    assert ctx.scope != "长治高新区" and ctx.county_voice is False


# --------------------------------------------------------------------------
# Years


@pytest.mark.parametrize("text, year", [
    ("2025年,该区将紧扣目标", 2025),  # intent_subject: 该区
    ("2025年,株洲经开区将紧扣目标", 2025),  # intent_subject: a zone after the comma
    ("2016年,将整合区内产业园", 2016),  # intent_year as before
    ("到2025年,该区将建成", None),  # a deadline, not the year planned
])
def test_intent_subject(text, year):
    found = D.plan_heading(text)
    assert (found[0] if found else None) == year


def test_event_of_year():
    assert D.meeting_year("5月18日,2019年伊犁州文化和旅游推广周活动在宁启动")[0] == 2019
    assert D.meeting_year("2018年中国国际进口博览会")[0] == 2018
    assert D.meeting_year("2019年开展的活动取得成效") is None  # an activity reported, not one opening


def test_just_past_reads_gang_guoqu():
    assert D.just_past("在刚过去的2021年,小鹏汽车全年总交付量达到98155辆")[0] == 2022
    assert D.just_past("刚刚过去的2025年")[0] == 2026


def test_a_provinces_own_aid_report_keeps_its_province():
    # 江苏 speaks as itself (全省) of its own aid: the aid words do not take its province away
    ctx = _ctx("江苏省援疆工作会议召开。全省上下要做好对口支援,今年江苏援疆资金突破30亿元。江苏将…")
    assert ctx.province == "江苏省"
