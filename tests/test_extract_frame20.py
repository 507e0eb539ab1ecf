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


@pytest.mark.parametrize("line, national", [
    ("中共贵州省委宣传部", False),   # weining_county_vegetables_news_2019: the page's sponsor, a province's department
    ("毕节市委组织部", False),
    ("中共某县委宣传部", False),
    ("工业和信息化部", True),
    ("中共中央宣传部", True),
    ("国家发展改革委", True),
])
def test_local_department(line, national):
    from tracker.extract.context import national_issuer
    assert national_issuer(line) is national


def test_local_department_leaves_the_county():
    """weining_county_vegetables_news_2019: 贵州省威宁自治县 … 威宁 seven times, and "中共贵州省委宣传部" among the page's
    sponsors at the end — the county's news (威宁彝族回族苗族自治县), not a national body's (全国). A probe in other wording."""
    t = ("湖南江华推进生姜产业\n湖南省江华自治县大力发展生姜产业,江华生姜远近闻名。江华计划到2025年,生姜种植面积达到10万亩以上。"
         "江华地处湘粤桂三省交界。\n中共湖南省委宣传部\n")
    assert regions(t) == {"江华瑶族自治县"}


@pytest.mark.parametrize("text, province, partner", [
    ("在和田市北京和田工业园区北部建材产业园附近", "北京市", True),   # hotan_investment_projects_news_2024
    ("上海喀什产业园今年新签约企业20家", "上海市", True),
    ("江苏霍尔果斯经济开发区管委会", "江苏省", True),
    ("北京上海广州工业园区各具特色", "北京市", False),             # a list of places, no park named for a partner
    ("北京海淀园区", "北京市", False),                             # 海淀 is 北京's own
    ("北京市委书记到和田调研", "北京市", False),
])
def test_partner_park(text, province, partner):
    from tracker.extract.zones import aid_partner
    assert aid_partner(text, province) is partner


def test_partner_park_is_not_the_province():
    """hotan_investment_projects_news_2024: 北京 twice, only in 和田市北京和田工业园区 (a park 北京 aids); 新疆 never named —
    the 和田地区 text's list after "今年和田地区计划实施…" is 和田地区's, not 北京市's. A probe in other wording."""
    t = ("今年喀什地区计划实施重点项目300个,其中续建项目100个,新建项目150个。\n"
         "在上海喀什产业园,工人们正在加紧施工。上海喀什产业园管委会负责人说,项目年底完工。\n")
    assert regions(t) == {"喀什地区"}


def test_draft_marker():
    """draft_marker (cited_plan): tongren_project_year_plan_2026 cites 《铜仁市2026年项目建设提升年行动方案(公开征求意见稿)》 and
    prints 2026's figures only as aims — the plan's year (2026), not one after them (latest_past's 2027)."""
    from tracker.extract import docdate as D
    t = "附件:《铜仁市2026年项目建设提升年行动方案(公开征求意见稿)》\n2026年,全市完成固定资产投资390亿元以上,增长12%以上。\n"
    assert D.cited_plan(t)[0] == 2026
    assert D.document_year(t)[0] == 2026
    # other wording: a draft and a trial version
    assert D.cited_plan("印发《某县2024年工业稳增长工作方案（草案）》的通知")[0] == 2024
    assert D.cited_plan("《2019年农业农村工作要点（试行）》")[0] == 2019
    assert D.cited_plan("《2019年工作要点(附表)》") is None  # not a draft's mark


def test_stale_deadline():
    """stale_deadline: lancang_county_tea_news_2018 — "时间:2018-06-14" over "今后3年,澜沧县将…力争到2015年,全县茶园面积稳定在
    36万亩": the aims' deadline is before the page date, the text names no year after it — written 3 years before 2015."""
    from tracker.extract import docdate as D
    t = ("澜沧县加速茶产业发展\n时间:2018-06-14 15:21来源:网络\n今后3年,澜沧县将继续加大茶园基地建设。"
         "力争到2015年,全县茶园面积稳定在36万亩,茶叶总产值达16亿元。\n")
    assert D.document_year(t)[0] == 2012
    # other wording: 未来五年, 确保 — written 2010 for 2015
    t2 = "发布日期:2016-03-02\n未来五年,我县将加快发展。确保2015年全县生产总值达到100亿元。\n"
    assert D.document_year(t2)[0] == 2010
    # a page whose text names its own date's year, or a deadline still ahead, is not a reprint
    t3 = "发布日期:2016-03-02\n今后3年,力争到2018年全县生产总值达到100亿元,2016年增长8%。\n"
    assert D.document_year(t3)[0] == 2016


@pytest.mark.parametrize("name, county", [
    ("澜沧县", "澜沧拉祜族自治县"),     # lancang_county_tea_news_2018's title
    ("威宁自治县", "威宁彝族回族苗族自治县"),
    ("江华县", "江华瑶族自治县"),
    ("修水县", None),                  # a county of the gazetteer
    ("某某县", None),
])
def test_autonomous_alias(name, county):
    from tracker.extract.gazetteer import autonomous_alias
    assert autonomous_alias(name) == county


def test_autonomous_alias_in_a_text():
    t = ("澜沧县加速茶产业发展\n时间:2018-06-14\n今后3年,澜沧县将继续加大茶园基地建设。"
         "力争到2015年,全县茶园面积稳定在36万亩,茶叶总产值达16亿元。\n")
    found = extract_text(t, min_confidence=0, today=TODAY).targets
    assert {(d["region"], d["due"]) for d in found} == {("澜沧拉祜族自治县", 2015)}


def test_viewed_date():
    """viewed_date: ledong_county_party_congress_news_2022 — "2024 年 03 月 28 日 星期四" (the site's clock when viewed) over
    "时间:2022-01-06 20:56" (the article's): the congress's text is of 2022."""
    from tracker.extract import docdate as D
    t = ("2024 年 03 月 28 日 星期四\n新闻搜索:\n关注市县党代会丨乐东:将热带特色高效农业打造成为海南标杆\n"
         "南海网 时间:2022-01-06 20:56 来源:南海网\n6日,中国共产党乐东黎族自治县第十四次代表大会开幕。\n")
    assert D.dated_head(t)[:2] == (2022, "2022-01-06")
    # other wording: 发布日期 and 周三
    t2 = "2025年5月7日 周三\n发布日期：2023-11-02\n某县召开经济工作会议。\n"
    assert D.dated_head(t2)[0] == 2023
    # a weekday line with no labelled date is the text's own date
    t3 = "2024年03月28日 星期四\n某县召开经济工作会议。\n"
    assert D.dated_head(t3)[0] == 2024


def test_congress_term():
    """congress_term: a congress opened on 2022-01-06 ("未来五年,乐东将力争…地区生产总值年均增长10%左右") reports on the term
    that year begins — due 2026, as 今后五年 would be; a news item of June 2021 (长沙未来五年…) still counts from the year after."""
    from tracker.extract.context import congress_term
    assert congress_term("1月6日,中国共产党乐东黎族自治县第十四次代表大会开幕。", "2022-01-06")
    assert not congress_term("1月6日,中国共产党乐东黎族自治县第十四次代表大会开幕。", "2022-06-06")
    assert not congress_term("长沙召开数字经济发布会。", "2022-01-06")
    assert not congress_term("代表大会开幕。", None)
    t = ("时间:2022-01-06 20:56\n6日,中国共产党某某县第十四次代表大会开幕。\n"
         "未来五年,某某县将力争发展新格局逐步形成。地区生产总值年均增长10%左右,固定资产投资年均增长11%左右。\n")
    assert {d["due"] for d in extract_text(t, min_confidence=0, today=TODAY).targets} == {2026}
    # other wording: a people's congress in February, 未来5年
    t2 = ("发布时间:2023-02-10\n某市第十六届人民代表大会第二次会议开幕。\n"
          "未来5年,全市地区生产总值年均增长7%左右。\n")
    assert {d["due"] for d in extract_text(t2, min_confidence=0, today=TODAY).targets} == {2027}


@pytest.mark.parametrize("text, number", [
    ("铝产业总产值达1 200亿元", "1200亿元"),    # baise_aluminium_industry_news: spaced digits
    ("铝产业总产值达2 000億元", "2000亿元"),
    ("达到12 500 000元", "12500000元"),
    ("Windows 10 200家", "Windows 10 200家"),   # no Chinese text before: left alone
    ("增长5%,8%", "增长5%,8%"),
])
def test_spaced_thousands(text, number):
    from tracker.extract.text import normalise
    assert number in normalise(text).text


def test_spaced_thousands_drafts_the_aim_with_its_quote():
    t = "到2025年,百色市铝产业总产值达1 200亿元。至2030年,铝产业科技创新取得重大突破,铝产业总产值达2 000亿元。"
    found = {(d["due"], d["target"]["value"], d["source"]["quote"][-10:])
             for d in extract_text(t, min_confidence=0, today=TODAY).targets}
    assert found == {(2025, 1200.0, "产值达1 200亿元"), (2030, 2000.0, "产值达2 000亿元")}


@pytest.mark.parametrize("sentence, kind", [
    ("至2030年,铝产业总产值达2000亿元", "commitment"),      # baise_aluminium_industry_news: 至 as 到
    ("至2027年,全省新能源汽车产量突破100万辆", "commitment"),
    ("截至2023年,全市企业达2000家", "context"),              # a cut-off date, not a deadline
    ("2016年至2020年,全市生产总值年均增长8%", "context"),    # a period reviewed
])
def test_to_year(sentence, kind):
    from tracker.extract.classify import classify
    assert classify(sentence, 2025)[0] == kind


@pytest.mark.parametrize("text, plain", [
    ("全部?jī)?yōu)于本行业能耗限额准入值", "全部□于本行业能耗限额准入值"),   # baise: 優 lost from the encoding
    ("是吗?yes)好", "是吗?yes)好"),                                        # one bracket only: left alone
])
def test_lost_character(text, plain):
    from tracker.extract.text import normalise
    assert normalise(text).text == plain


def test_lost_character_keeps_the_sentence():
    """百色's 2030 aim: "至2030年,…能效全部?jī)?yōu)于本行业…,铝产业总产值达2 000亿元" is one sentence: its 至2030年 commits the aim."""
    t = ("到2025年,百色市铝产业总产值达1 200亿元。至2030年,铝产业科技创新取得重大突破,实现循环、智能、高效、低碳发展,"
         "铝深加工产品能效全部?jī)?yōu)于本行业能耗限额准入值,铝产业总产值达2 000亿元。")
    found = extract_text(t, today=TODAY).targets
    assert {(d["due"], d["target"]["value"]) for d in found} == {(2025, 1200.0), (2030, 2000.0)}
    assert any(d["source"]["quote"].endswith("?jī)?yōu)于本行业能耗限额准入值,铝产业总产值达2 000亿元") for d in found)



def test_zone_full_name():
    """zone_full_name: shihezi_dev_zone_news_2013 speaks as 石河子开发区 and names "国家级石河子经济技术开发区" once — the zone
    in full; 高新区/经开区 stay as written (如皋高新区)."""
    from tracker.extract.context import zone_full_name
    assert zone_full_name("走进位于国家级石河子经济技术开发区的…石河子开发区生产总值", "石河子开发区") == "石河子经济技术开发区"
    assert zone_full_name("某某高新技术产业开发区…某某开发区", "某某开发区") == "某某高新技术产业开发区"
    assert zone_full_name("石河子开发区党工委", "石河子开发区") is None
    assert zone_full_name("如皋高新技术产业开发区…如皋高新区", "如皋高新区") is None
    assert zone_full_name("甲经济技术开发区与甲高新技术产业开发区", "甲开发区") is None   # two: left as read
