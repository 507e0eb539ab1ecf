"""The ninth blind frame check's and the thirty-third split's classes (frame round ten): key_year (named_year),
year_plan_sum (planned_year), part_year_report (docdate.py) — hand-worked cases and invented probe texts of the same
classes in other wording."""

from __future__ import annotations

import datetime

from tracker.extract import docdate as D
from tracker.extract import patterns as P
from tracker.extract.classify import classify
from tracker.extract import extract_text
from tracker.extract.context import _own_mentions, compared_away
from tracker.extract.gazetteer import firm_name, gazetteer
from tracker.extract.zones import printed_region, undivided_district
from tracker.units import MEASURE_WORDS

TODAY = datetime.date(2026, 12, 3)


def regions(text: str) -> set[str]:
    return {d["region"] for d in extract_text(text, min_confidence=0, today=TODAY).targets}


def test_key_year_without_zhi():
    """key_year: "2009年是…保持经济平稳较快增长的关键年,更是…的奋战之年" (孝感) — 关键年 without 之, and 之年 only after a
    long clause: the text is written for 2009, not the year after its latest figure (latest_past would say 2010)."""
    t = ("2009年是深入贯彻十七届三中全会精神、扩大内需保持经济平稳较快增长的关键年,更是进一步审时度势、抢抓机遇,"
         "积极应对国际国内经济形势的奋战之年。")
    assert D.named_year(t)[0] == 2009
    assert D.named_year("2031年是全县推进乡村振兴、实现产业提档升级的攻坚年。")[0] == 2031  # invented, other wording
    assert D.named_year("2025年是“十四五”规划的最后一年")[0] == 2025
    assert D.named_year("到2027年是全面达标的关键年") is None  # a deadline
    assert D.named_year("2009年是一个重要年份") is None  # no kind of year named
    assert D.document_year("主要目标\n生产总值增长13%。\n" + t)[0] == 2009


def test_year_plan_sum():
    """year_plan_sum: "总投资226.9361亿元,2018年计划投资95.7542亿元" (埇桥区) — a year followed straight by its planned
    investment sum is the year planned, not a year reported (latest_past said 2019)."""
    t = "该区调度重点项目共122个,总投资226.9361亿元,2018年计划投资95.7542亿元。计划开工的56个项目中,目前已开工23个。"
    assert D.planned_year(t)[0] == 2018
    assert D.planned_year("全市重大项目45个,2032年度计划完成投资88亿元。")[0] == 2032  # invented
    assert D.planned_year("2017年计划投资情况良好") is None  # no sum follows
    assert D.planned_year("到2020年计划投资100亿元") is None  # a deadline
    assert D.document_year(t)[0] == 2018


def test_part_year_report():
    """part_year_report: "舟山市普陀区人民政府办公室关于2024年上半 …" (a link title cut short, 普陀区) — a report about part of
    a year is written within it; without the rule nothing dated the text and today's year (2026) was taken."""
    t = "逃跑的槟榔 · 舟山市普陀区人民政府办公室关于2024年上半 ...· 5 天前 · |\n上半年 ,全区上下认真贯彻落实…"
    assert D.part_year_report(t)[0] == 2024
    assert D.part_year_report("某县统计局关于2030年前三季度经济运行情况的通报")[0] == 2030  # invented
    assert D.part_year_report("关于2023年1—9月全市工业经济运行情况")[0] == 2023
    assert D.part_year_report("关于2024年国民经济和社会发展计划执行情况") is None  # a whole year: other rules
    assert D.document_year(t)[0] == 2024


def test_ethnic_district_short():
    """ethnic_district_short: 管城区 is how 管城回族区's own texts write it ("2024管城区两会闭幕", 区委, 区长) — the stem and 区
    name the district in full, so the text speaks for it, not for 郑州市 (its city)."""
    g = gazetteer()
    assert [p.name for p in g.places("管城区")] == ["管城回族区"]
    assert g.places("管城区")[0].prefecture == "郑州市"
    assert [p.name for p in g.places("瀍河区")] == ["瀍河回族区"]  # 洛阳's, another wording of the same class
    assert [p.name for p in g.places("梅里斯区")] == ["梅里斯达斡尔族区"]
    assert g.places("回族区") == ()
    t = ("2月23日,为期三天的2024管城区两会闭幕。今年,管城区经济社会发展主要预期目标,努力实现地区生产总值增长7%以上,"
         "固定资产投资增长8%以上。区委书记强调,全区上下要为郑州国家中心城市建设作出新的更大贡献。")
    assert regions(t) == {"管城回族区"}
    probe = "瀍河区召开经济工作会议。今年,全区规模以上工业增加值增长8%以上。区长在会上作了讲话。"  # invented
    assert regions(probe) == {"瀍河回族区"}


def test_first_within():
    """first_within: "今年在全省率先建成小康社会" (大冶, a county-level city whose secretary speaks) ranks the city within its
    province; 全省 there is no voice of the province's, so the text is 大冶市's, not 湖北省's."""
    assert "全省" not in compared_away("今年在全省率先建成小康社会")
    assert "全市" not in compared_away("力争在全市范围内率先实现垃圾分类全覆盖")  # invented, other wording
    assert "全省" in compared_away("全省率先发展的地区要带头")  # no 在: not this rule
    t = ("“政府工作报告提出,加快推进多极发展格局。大冶将坚决落实报告精神。”省人大代表、黄石市副市长、大冶市委书记李修武说。"
         "李修武表示,大冶将坚定不移地走转型发展之路。“十三五”期间大冶将力争实现三大目标:今年在全省率先建成小康社会、"
         "主要经济指标再翻一番、进入全国百强第二方阵。湖北县域经济仅占湖北经济总量的60.3%。")
    assert regions(t) == {"大冶市"}


def test_firm_head():
    """firm_head: "中国北京同仁堂(集团)有限责任公司" (亳州's drug-market news, 北京 once, 安徽 once) names a firm, not the text's
    province — the firm's kind may stand in brackets (firm_bracket); the drafts are 亳州市's, none 北京市's."""
    assert firm_name("北京同仁堂(集团)有限责任公司", 2)
    assert firm_name("广州医药（集团）股份有限公司", 2)  # invented, full-width brackets
    assert not firm_name("北京市推进中医药发展", 2)
    assert _own_mentions("中国北京同仁堂(集团)有限责任公司董事长出席。安徽省提出…", "北京", "(?!)") == 0
    assert _own_mentions("北京市提出,北京将…", "北京", "(?!)") == 2  # the place itself
    t = ("3月5日,中国(亳州)药市新年正式开市。去年,安徽省提出要把亳州打造成为“世界中医药之都”。根据规划,到2020年,"
         "亳州全市中药工业总产值突破1000亿元。开市仪式上,亳州市委书记汪一光,中国北京同仁堂(集团)有限责任公司党委书记"
         "共同启动开市激光球。")
    assert regions(t) == {"亳州市"}


def test_toward_term():
    """toward_term: "面向“十五五”,黄石定下目标:力争规模以上工业总产值突破5000亿元" (黄石, a text of 2026) — the term the text
    turns toward is the deadline of the aims after it: due 2030, not the document's year (the 2030 aims were drafted 2026)."""
    assert [m[1] for m in P.FIVE_YEAR.finditer("面向“十五五”,黄石定下目标")] == ["十五"]
    assert [m[1] for m in P.FIVE_YEAR.finditer("展望十四五:全县将…")] == ["十四"]  # invented, other wording
    assert [m[1] for m in P.FIVE_YEAR.finditer("瞄准“十五五”，力争…")] == ["十五"]
    assert list(P.FIVE_YEAR.finditer("省政府新闻办今天召开展望“十四五”系列新闻发布会第三场")) == []  # a series' name
    assert list(P.FIVE_YEAR.finditer("“十五五”实现培育高企300家")) == []  # nothing turns toward it: not this rule
    t = ("今年,黄石计划实施数字化改造项目270个。面向“十五五”,黄石定下目标:力争规模以上工业总产值突破5000亿元,"
         "工业增速和规模走在全省前列。")
    dues = {d["due"] for d in extract_text("2026年1月10日\n" + t, min_confidence=0, today=TODAY).targets}
    assert 2030 in dues


def test_poultry_measure_word():
    """羽 counts poultry as 头 counts livestock: "“十四五”期间,肉鸡年出栏量计划提升到10亿羽" (南平) is a goal of 10 亿羽 due
    2025 — it drew no draft without the measure word."""
    assert "羽" in MEASURE_WORDS
    t = "2021-08-11\n南平市。“十四五”期间,肉鸡年出栏量计划提升到10亿羽。"
    (d,) = extract_text(t, min_confidence=0, today=TODAY).targets
    assert (d["due"], d["target"]["value"], d["target"]["unit"]) == (2025, 10, "亿羽")
    probe = "2024-03-01\n某县。到2027年,全县蛋鸭存栏量计划达到3000万羽。"  # invented
    assert [(d["due"], d["target"]["unit"]) for d in extract_text(probe, min_confidence=0, today=TODAY).targets] == [(2027, "万羽")]


def test_ranked_streak():
    """ranked_streak: "2021年,武夷岩茶品牌价值710.54亿元,连续5年位列中国茶叶类区域品牌价值第2名" (南平, a text of 2021) is a
    record held, a result — not a goal of 2021; a promise to keep a rank running stays a commitment."""
    assert classify("2021年,武夷岩茶品牌价值710.54亿元,连续5年位列中国茶叶类区域品牌价值第2名", 2021)[0] == "result"
    assert classify("该县粮食产量达到12亿斤,连续十年稳居全省前列", 2021)[0] == "result"  # invented
    assert classify("力争全市地区生产总值连续3年位居全省第一", 2021)[0] == "commitment"
    assert classify("全市地区生产总值增长7%左右", 2021)[0] != "result"


def test_item_year():
    """item_year: "“十三五”期间大冶将力争实现三大目标:今年在全省率先建成小康社会、主要经济指标再翻一番、进入全国百强第二方阵"
    (大冶, a text of 2016) — 今年 dates its own item (no number in it); 再翻一番 is due at the term's end, 2020, not 2016."""
    t = ("初步测算,以2015年指标看,全市增长较快。“十三五”期间大冶将力争实现三大目标:今年在全省率先建成小康社会、"
         "主要经济指标再翻一番、进入全国百强第二方阵。")
    got = extract_text("2016年1月20日\n" + t, min_confidence=0, today=TODAY).targets
    assert [d["due"] for d in got] == [2020]
    probe = ("2024年3月1日\n到2027年,全县将实现两个目标:明年建成县级物流园区、"  # invented, 明年 in the first item
             "规模以上工业企业达到120家。")
    assert {d["due"] for d in extract_text(probe, min_confidence=0, today=TODAY).targets} == {2027}
    own = ("2024年3月1日\n到2027年,全县将实现两个目标:明年新建物流园区2个、规模以上工业企业达到120家。")
    assert 2025 in {d["due"] for d in extract_text(own, min_confidence=0, today=TODAY).targets}  # a number in 明年's item


def test_undivided_district():
    """undivided_district: "宁德东侨区…东侨区将…力争在2025年实现GDP翻一番" — 东侨区 is shaped like a district but no division of
    the gazetteer bears it (it is 宁德's 东侨经济开发区): the draft prints the place in scope, 宁德市, not a name that is no place.
    The gold spells the zone in full (东侨经济开发区), which the text never prints. Since the zone table (zones9) 东侨区 is a
    listed zone's spelling (stem_district_zone: printed 东侨经济开发区, tests/test_extract_zones9.py); the rule stands for
    names no list holds (海坛区, invented)."""
    assert undivided_district("海坛区")
    assert not undivided_district("东侨区")  # stem_district_zone: 宁德's 东侨经济技术开发区, listed
    assert not undivided_district("蕉城区")  # 宁德's own district
    assert not undivided_district("如皋高新区") and not undivided_district("新疆维吾尔自治区")
    assert printed_region("海坛区", "宁德市") == "宁德市"
    assert printed_region("海坛区", None) is None  # nothing in scope: left as read
    assert printed_region("东侨区", "宁德市") == "东侨经济开发区"
    t = ("宁德东侨区,作为福建省宁德市的一个重要区域,近年来发展迅速。东侨区以工业为主导。"
         "东侨区将继续发挥区域优势,力争在2025年实现GDP翻一番,成为宁德市乃至福建省的经济增长引擎。")
    assert regions(t) == {"东侨经济开发区"}  # stem_district_zone (was 宁德市)
    probe = "据了解,漳州侨兴区将力争到2027年实现规上工业产值突破100亿元。漳州市委要求各地加快发展。全市上下…"  # invented
    assert regions(probe) == {"漳州市"}
