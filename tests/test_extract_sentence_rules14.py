"""Sentence rules of the fourteenth sentence round (issue 15), each with hand-worked cases: plan_total, bracketed_breakdown,
counted_size, planned_ahead, bare_year, picked_count, held_stock, enacted_articles, 处 as a measure word and own_item —
the classes the twenty-fourth to twenty-sixth blind splits showed (迪庆's project plan, 丹凤's county plan, 德州's
traditional-character digest, 新余's cluster list).

Every value below was worked out by reading the sentence: what a reader takes as the goal, its number and unit.
"""

from __future__ import annotations

from extract_drafts import drafts as _drafts
from tracker.extract import lists as L
from tracker.extract import patterns as P
from tracker.extract.extract import _BARE_YEAR, own_item, planned_opener


# --------------------------------------------------------------------------
# plan_total, bracketed_breakdown (迪庆)

DIQING = "共计划实施169项重点建设项目(新建69项、续建100项),2018年计划完成投资170.5亿元。"


def test_plan_total_gongjihua_is_no_cumulative_report():
    assert not P.PAST_MARKERS.search("共计划实施169项重点建设项目")
    assert P.PAST_MARKERS.search("全年共计实施169项重点建设项目")  # 共计: a total reported


def test_bracketed_breakdown_reads_the_last_item_before_the_bracket_closes():
    assert L.bracketed_breakdown("实施169项项目(新建69项、续建", ")")
    assert not L.bracketed_breakdown("推动730家企业(含61家…企业、", ")")  # included_part's, not a list of kinds
    assert not L.bracketed_breakdown("续建", "")


def test_diqing_total_and_its_breakdown_are_four_goals():
    got = _drafts(DIQING, year=2018, region="迪庆藏族自治州")
    assert got == sorted([("迪庆藏族自治州", "level", 2018, 169.0, "项"), ("迪庆藏族自治州", "level", 2018, 69.0, "项"),
                          ("迪庆藏族自治州", "level", 2018, 100.0, "项"), ("迪庆藏族自治州", "level", 2018, 170.5, "亿元")], key=repr)


def test_a_reported_gongji_total_stays_a_result():
    assert _drafts("2017年共计实施169项重点建设项目。", year=2018, region="迪庆藏族自治州") == []


# --------------------------------------------------------------------------
# counted_size, planned_ahead, bare_year (丹凤)

def test_counted_size_reads_the_size_class_after_a_count():
    assert L.counted_size("培育1个年产值过")
    assert L.counted_size("、6个年产值过")
    assert not L.counted_size("全县工业总产值过")  # no count before it: the amount is the level


def test_danfeng_counts_of_clusters_by_size_are_the_goals():
    text = "确保到2015年培育1个年产值过100亿元、1个年产值过30亿元、6个年产值过10亿元、5个年产值过亿元的企业集群。"
    got = _drafts(text, year=2013, region="丹凤县")
    assert got == sorted([("丹凤县", "level", 2015, v, "个") for v in (1.0, 1.0, 6.0, 5.0)], key=repr)


def test_planned_opener():
    assert planned_opener("计划新建循环经济示范企业5个")
    assert planned_opener("共计划实施169项重点建设项目")
    assert not planned_opener("尾矿综合利用类项目6个")
    assert not planned_opener("计划单列市")


def test_planned_ahead_dates_the_planned_counts_at_the_later_clauses_year():
    text = "发展循环工业,计划新建循环经济示范企业5个,尾矿综合利用类项目6个,确保2015年资源循环利用率达60%以上。"
    got = _drafts(text, year=2013, region="丹凤县")
    assert got == sorted([("丹凤县", "level", 2015, 5.0, "个"), ("丹凤县", "level", 2015, 6.0, "个"),
                          ("丹凤县", "level", 2015, 60.0, "%")], key=repr)


def test_bare_year_after_a_promise_is_the_deadline():
    text = "加快四大产业聚集区建设,确保2015产业聚集区实现产值占全县工业总产值的80%以上。"
    assert _drafts(text, year=2013, region="丹凤县") == [("丹凤县", "level", 2015, 80.0, "%")]


def test_bare_year_leaves_an_amount_and_a_printed_year_alone():
    assert _BARE_YEAR.search("确保2015产业聚集区")["year"] == "2015"
    assert _BARE_YEAR.search("力争2027基本建成") is not None
    assert _BARE_YEAR.search("确保2015亿元投资") is None  # an amount with its unit
    assert _BARE_YEAR.search("确保2015年") is None  # the year as printed: P.YEAR reads it
    assert _BARE_YEAR.search("增长到2015吨") is None


# --------------------------------------------------------------------------
# picked_count, held_stock, enacted_articles, 处 (德州, traditional characters)

DEZHOU = ("2019年預期目標\n狠抓重大項目建設\n實施新舊動能轉換重大項目“515”工程,始終保持500個以上項目庫存量,"
          "篩選100個項目重點調度,盯住50個項目快速推進。\n")


def test_dezhou_project_scheme_reads_three_counts():
    got = _drafts(DEZHOU, year=2019, region="德州市")
    assert got == sorted([("德州市", "level", 2019, v, "个") for v in (500.0, 100.0, 50.0)], key=repr)


def test_held_stock_needs_a_stock_after_and_baochi_before():
    assert L.held_stock("始终保持", "以上项目库存量")
    assert not L.held_stock("始终保持", "以上规模企业")
    assert not L.held_stock("新建", "以上项目库存量")


def test_enacted_articles_are_policies_not_counts():
    assert L.enacted_articles("坚决落实省支持民营经济", "条")
    assert not L.enacted_articles("新建", "条")
    assert not L.enacted_articles("落实", "项")
    text = "2019年預期目標\n堅決落實省支持民營經濟35條、市支持民營經濟高質量發展25條政策措施。\n"
    assert _drafts(text, year=2019, region="德州市") == []


def test_chu_counts_sites():
    text = "2019年預期目標\n新建和提升規模化標準化養殖場(區)200處以上。\n"
    assert _drafts(text, year=2019, region="德州市") == [("德州市", "level", 2019, 200.0, "处")]


# --------------------------------------------------------------------------
# own_item (新余)

def test_own_item_is_the_words_after_the_last_list_mark_outside_brackets():
    assert own_item("争创2个省级先进制造业集群(锂电新材料及应用、先进钢铁材料及应用领域)、") == ""
    assert own_item("争创2个省级集群(甲、乙)、1个国家级") == "1个国家级"
    assert own_item("培育省级特色产业集群") == "培育省级特色产业集群"


def test_xinyu_second_item_is_the_citys_not_the_provinces():
    text = ("新余市产业集群三年行动方案\n到2028年,依托重点产业链,爭創2個省級先進制造業集群(鋰電新材料及應用、先進鋼鐵材料及應用領域)、"
            "1個國家級產業集群(鋰電新材料及應用領域)。\n")
    got = _drafts(text, year=2025)
    assert got == sorted([("新余市", "level", 2028, 2.0, "个"), ("新余市", "level", 2028, 1.0, "个")], key=repr)
