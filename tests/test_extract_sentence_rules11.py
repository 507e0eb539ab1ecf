"""Sentence rules of the eleventh sentence round (issue 15), each with hand-worked cases: established_aims, open_quote,
aims_section (aims_yoy, aims_item), attained_count, become_class, sufficient_condition, a carried 明年 as explicit
future, glued_year — and the fifth frame check's three texts without a draft, decided by the conventions.

Every value below was worked out by reading the sentence: what a reader takes as the goal, its number and unit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.extract import extract_text
from tracker.extract import lists as L
from tracker.extract.classify import aims_yoy, classify, established_aims

FRAMES = Path(__file__).parent / "data" / "extract" / "frames"


def _drafts(text: str, **kw) -> list[tuple]:
    out = []
    for t in extract_text(text, **kw).targets:
        target = t["target"]
        out.append((t["indicator"], t["kind"], t["due"], target.get("value", target.get("rate")), target.get("unit"),
                    t.get("qualifier", "at_least")))
    return sorted(out)


# --------------------------------------------------------------------------
# established_aims, open_quote

JINZHOU = ("锦州市今年确定了109项攻坚任务。将推动经济实现质的有效提升和量的合理增长作为核心任务,确立了“地区生产总值增长6%,"
           "规上工业增加值增长8%,固定资产投资增长8%,城乡居民人均可支配收入增长与经济增长同步”的预期目标。")


def test_established_aims_spans_the_quoted_set():
    s = "确立了“地区生产总值增长6%,固定资产投资增长8%”的预期目标"
    assert established_aims(s) == [(0, s.index("”") + 1)]
    assert established_aims("明确了“十五五”的发展目标") == [(0, 8)]  # a set with no number: nothing to read in it
    assert established_aims("提出了“三区一引擎”目标定位") == [(0, 10)]
    assert established_aims("去年地区生产总值增长6%,实现了“开门红”") == []  # 实现了 is no verb of setting aims


def test_established_aims_reads_the_quoted_goals_despite_its_了():
    # three numbers in the quoted set, 同步 has none; 109项 is the city's own list of tasks (the plan's makeup, no goal)
    got = _drafts(JINZHOU, year=2025, region="锦州市")
    assert [(ind, kind, due, v) for ind, kind, due, v, *_ in got] == [
        ("固定资产投资", "growth", 2025, 8), ("地区生产总值", "growth", 2025, 6), ("规上工业增加值", "growth", 2025, 8)]


def test_a_result_with_了_stays_a_result():
    text = "一季度,锦州市实现了“开门红”:地区生产总值增长5.7%,规上工业增加值增长6%。"
    assert _drafts(text, year=2025, region="锦州市") == []


def test_open_quote_starts_the_indicator_inside_the_quote():
    got = _drafts("今年确立了“社会消费品零售总额增长7%,一般公共预算收入增长5%”的目标。", year=2025, region="某市")
    assert {g[0] for g in got} == {"社会消费品零售总额", "一般公共预算收入"}


def test_open_quote_leaves_a_quoted_number_to_its_indicator_before():
    # "为实现经济增长“5.5%左右”的预期目标": the quote opens on the number, the indicator (经济增长) is before it
    got = _drafts("为实现经济增长“5.5%左右”的预期目标,今年要着重做好以下方面:", year=2022, region="全国")
    assert all(g[0] != "" for g in got)


# --------------------------------------------------------------------------
# aims_section: aims_yoy, aims_item

SHENFU = ("一、行动目标\n"
          "——产业能级实现新跨越。规上工业增加值增速力争超过全省平均水平;科技服务业营业收入同比增长15%;5个战略性新兴产业链初具规模。\n"
          "——创新能力获得新突破。引进及认定科技型中小企业、高新技术企业、独角兽等科技型企业100家,技术合同成交额同比增长20%,"
          "形成高技术成果不少于5项。\n"
          "——数智绿色转型取得新成效。实现示范区规上企业评估诊断全覆盖,数字化改造比例大幅提升。\n"
          "二、重点任务\n"
          "今年1-5月,科技服务业营业收入同比增长12%。\n")


def test_aims_yoy_only_when_同比_is_the_sole_sign_of_a_result():
    assert classify("科技服务业营业收入同比增长15%", 2026)[0] == "result"  # outside an aims section
    assert aims_yoy("科技服务业营业收入同比增长15%", 2026)
    assert not aims_yoy("1-5月科技服务业营业收入同比增长15%", 2026)  # an ended part of the year: still a result
    assert not aims_yoy("科技服务业营业收入已同比增长15%", 2026)  # 已
    assert not aims_yoy("科技服务业营业收入增长15%", 2026)  # no 同比: nothing for this rule to change


def test_an_aims_section_reads_its_dash_items_as_aims():
    got = _drafts(SHENFU, year=2026, region="沈抚改革创新示范区")
    assert got == sorted([
        ("科技服务业营业收入", "growth", 2026, 15, None, "at_least"),
        ("战略性新兴产业链初具规模", "level", 2026, 5, "个", "at_least"),
        ("引进及认定科技型中小企业、高新技术企业、独角兽等科技型企业", "level", 2026, 100, "家", "at_least"),  # one count
        ("技术合同成交额", "growth", 2026, 20, None, "at_least"),
        ("形成高技术成果", "level", 2026, 5, "项", "at_least"),  # 不少于5项
        ("示范区规上企业评估诊断覆盖率", "level", 2026, 100, "%", "at_least"),  # 实现…全覆盖
    ])  # 1-5月…同比增长12% under 二、重点任务 stays a result


def test_aims_items_are_commitments_in_their_confidence():
    res = extract_text(SHENFU, year=2026, region="沈抚改革创新示范区")
    notes = [r["guessed"]["confidence"].text("zh") for r in res.review if r.get("id") != "plan"]
    assert sum("目标章节" in n for n in notes) >= 3 and all(not n.startswith("0.6") for n in notes)


def test_the_same_同比_without_an_aims_heading_is_a_result():
    text = SHENFU.replace("一、行动目标\n", "一、工作进展\n")
    assert not any(g[0] == "科技服务业营业收入" for g in _drafts(text, year=2026, region="某区"))


# --------------------------------------------------------------------------
# attained_count

@pytest.mark.parametrize("before, after, hit", [
    ("", "战略性新兴产业链初具规模", True),
    ("全市", "产业集群基本建成", True),
    ("", "项目建成投产", True),
    ("", "产业链", False),  # no state reached
    ("其中", "产业链初具规模", False),  # not opening its clause
    ("这", "产业链初具规模", False),
])
def test_attained_count(before, after, hit):
    assert (L.attained_count(before, after) is not None) is hit


# --------------------------------------------------------------------------
# become_class, sufficient_condition, a carried 明年

YIBIN = ("记者在会上获悉,去年,宜宾市经济总量突破2600亿元、由全省第4跃居全省第3。今年上半年经济增长2.4%,预计全年经济增长5%、"
         "总量达到2770亿元。以此为起点,只需明年经济增长6.6%,宜宾就能成为全省第2个经济总量突破3000亿元的地级市,如期建成全省经济副中心。")


@pytest.mark.parametrize("before, after, ind", [
    ("宜宾就能成为全省第2个经济总量突破", "的地级市", "经济总量"),
    ("成为全国GDP超过", "的城市", None),  # GDP is no word of 汉字: the indicator is not read here
    ("力争成为地区生产总值突破", "的城市", "地区生产总值"),
    ("谋划建设可开发面积超", "的大型产业园区", None),  # described_size: how big the park is
    ("成为经济总量突破", "的目标", None),  # not a class of places
])
def test_become_class(before, after, ind):
    assert L.become_class(before, after) == ind


@pytest.mark.parametrize("clause, rest, hit", [
    ("只需明年经济增长6.6%", ",宜宾就能成为…", True),
    ("以此为起点,只要今年增长7%", ",即可实现翻番", True),
    ("如果工业增长10%", ",就会带动…", True),
    ("只需明年经济增长6.6%", ",还要稳住就业", False),  # no 就能: no aim it is the condition of
    ("明年经济增长6.6%", ",就能…", False),
])
def test_sufficient_condition(clause, rest, hit):
    assert L.sufficient_condition(clause, rest) is hit


def test_a_conditional_aim_drafts_the_aim_not_the_condition():
    # 去年 opens the paragraph (past_opener), 预计全年 is the year's estimate: results; the aim after 就能 is next year's level
    assert _drafts(YIBIN, year=2020, region="宜宾市") == [("经济总量", "level", 2021, 3000, "亿元", "at_least")]
    res = extract_text(YIBIN, year=2020, region="宜宾市")
    assert any("只需明年经济增长6.6%" in str(r.get("skipped", "")) for r in res.review)


# --------------------------------------------------------------------------
# glued_year

def test_glued_year_is_a_past_year():
    text = ("“十四五”时期为实现“经济总量跨越五千亿元台阶,力争接近六千亿元”的奋斗目标。"
            "2017年省委提出支持南阳建设区域中心城市,“十四五”期间要再打造两个城市,南阳2020GDP3925亿元,排在全国第60位。")
    got = _drafts(text, year=2021, region="南阳市")
    assert all(g[3] != 3925 for g in got)


# --------------------------------------------------------------------------
# the fifth frame check's texts without a draft, decided by the conventions

def test_shiyan_hastened_level_is_no_goal():
    """十堰: "未來五年,十堰市經濟總量加快向3000億元邁進" — 加快向…迈进 says which way the economy goes, as hastened_cover's
    加快…全覆盖 does: no level the text commits to reach. The text has no other number: no draft is right."""
    text = (FRAMES / "shiyan_work_report_news_2021.txt").read_text(encoding="utf-8")
    assert extract_text(text, min_confidence=0.5).targets == []
    got = _drafts("到2025年,全市经济总量力争突破3000亿元。", year=2021, region="十堰市")
    assert [g[1:] for g in got] == [("level", 2025, 3000, "亿元", "at_least")]  # said as a level to reach, it is one


def test_anqing_headline_aim_without_its_sentence_is_no_draft():
    """安庆: the aim is a newspaper's subheading, "盼生产总值年均增11%" (盼: hopes), and the sentence that would state it breaks
    off ("今后5年,安庆的发展目"): a heading is left to the sentence that states it (headline_restates), and here none does;
    the rest are results (首9月, 08年). No draft is right."""
    text = (FRAMES / "anqing_mayor_outlook_news_2009.txt").read_text(encoding="utf-8")
    assert extract_text(text, min_confidence=0.5).targets == []  # as tracker extract's default


def test_yibin_reads_its_aim_for_next_year():
    text = (FRAMES / "yibin_plenum_briefing_news_2020.txt").read_text(encoding="utf-8")
    got = extract_text(text, min_confidence=0.5).targets
    assert [(t["region"], t["due"], t["target"]) for t in got] == [("宜宾市", 2021, {"value": 3000, "unit": "亿元"})]


# --------------------------------------------------------------------------
# the eighth development round: sized_firm, fraction_share

@pytest.mark.parametrize("after, unit, hit", [
    ("企业、10亿元企业", "亿元", True),
    ("以上企业100家", "亿元", True),
    ("项目", "亿元", True),
    ("企业营收", "亿元", False),  # the firms' revenue: an amount of it
    ("企业", "家", False),  # a count, not a size
    (",企业", "亿元", False),
])
def test_sized_firm(after, unit, hit):
    assert L.sized_firm(after, unit) is hit


@pytest.mark.parametrize("clause, got", [
    ("规模工业应税销售占全市1/8", [12.5]),
    ("新增新开规模工业企业数占全市1/5", [20.0]),
    ("净增高企和科创项目占全市比重超1/4", [25.0]),
    ("培育国家专精特新“小巨人”企业占全市1/3", []),  # 33.33…: no exact decimal
    ("完成全年任务的1/2", []),  # no 占: not a share
    ("占全市2024/2025", []),
])
def test_fraction_share(clause, got):
    assert [v for _, _, v in L.fraction_share(clause)] == got


def test_a_zones_shares_and_sized_firms():
    text = ("全年主要预期目标是:一般预算收入占全市32.46%,规模工业应税销售占全市1/8,新增20亿元企业、10亿元企业、亿元企业"
            "分别不少于1家、1家和7家;净增高企和科创项目占全市比重超1/4。")
    got = _drafts(text, year=2024, region="如皋高新区")
    assert sorted((kind, v, unit) for _, kind, _, v, unit, _ in got) == sorted([
        ("level", 32.46, "%"), ("level", 12.5, "%"), ("level", 1, "家"), ("level", 1, "家"), ("level", 7, "家"),
        ("level", 25, "%")])  # no 20亿元 or 10亿元: the size of each firm
