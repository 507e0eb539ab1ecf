"""tracker.extract's named rules, each on hand-worked sentences, and the corpus scores."""

from __future__ import annotations

import datetime
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from tracker.extract import extract_text, read_document, to_yaml
from tracker.extract import classify as C
from tracker.extract import docdate as D
from tracker.extract import lists as L
from tracker.extract import scope as S
from tracker.extract.confidence import confidence
from tracker.extract.score import matches, score_all, score_document, table

DATA = Path(__file__).parent / "data" / "extract"
GOLD = DATA / "gold"


def only(text: str, **kw) -> dict:
    targets = extract_text(text, **kw).targets
    assert len(targets) == 1, [t["title"] for t in targets]
    return targets[0]


# --------------------------------------------------------------------------
# Document date


@pytest.mark.parametrize("rule, text, year", [
    (D.dated_head, "某市人民政府\n2024年1月20日\n今年…", 2024),
    (D.dated_head, "标题\nSat, 05 Mar 2022 06:50:55 GMT\n正文", 2022),
    (D.signed_tail, "正文……\n国务院\n2018年12月21日\n（此件公开发布）", 2018),
    (D.plan_heading, "三、2026年工作安排\n主要预期目标是：", 2026),
    (D.plan_heading, "二、2025年工作总体要求和主要目标\n今年是…为实现“十五五”良好开局打牢基础", 2025),
    (D.just_past, "各位代表！刚刚过去的2025年，是极不平凡的一年。", 2026),
    (D.just_past, "一、2025年工作回顾", 2026),
    # the year planned in running text, with 的 (a news report of a work report)
    (D.plan_heading, "回顾了2012年的政府工作，也提出了2013年的政府工作目标。", 2013),
    (D.plan_heading, "县长指出，2019年的主要预期目标是：生产总值增长8%。", 2019),
    (D.just_past, "报告回顾了2018年的工作。", 2019),
    (D.plan_heading, "报告分三个部分……及2021年主要工作任务。", 2021),
    (D.plan_heading, "介绍《广东省建设现代化产业体系2025年行动计划》主要内容", 2025),
    (D.plan_heading, "邓立松表示,2025年目标是石化新材料产值1600亿元、生物医药产值280亿元。", 2025),  # a year's aims in running text
    (D.plan_heading, "2024年的目标为增长5%。", 2024),
    (D.just_past, "2020年和“十三五”时期工作回顾", 2021),
    (D.since, "2024年以来，全市工业经济稳中有进。", 2024),
    (D.latest_past, "2023年全市规上工业增加值增长7%。", 2024),
])
def test_document_year_rules(rule, text, year):
    assert rule(text)[0] == year


def test_a_deadline_is_not_the_year_planned():
    """到2025年的发展目标 in a plan written earlier names its deadline, not the document's year."""
    assert D.plan_heading("到2025年的工作目标是：产业规模突破1000亿元。") is None
    assert D.plan_heading("至2027年工作目标") is None
    assert D.plan_heading("到2025年目标是产值突破1000亿元。") is None  # a deadline's aims, not the year planned
    assert D.plan_heading("2025年目标任务全面完成。") is None  # not 目标是/目标为
    assert D.plan_heading("《某省制造业发展2023-2025年行动计划》") is None  # a plan's period, not one year


def test_the_year_planned_beats_the_latest_year_reported():
    """A news report giving 2012's results and 2013's targets is of 2013, not 2014 (one after the latest
    year with a figure): its 2013 goals are goals, not results."""
    text = ("会上，县长回顾了2012年的政府工作，也提出了2013年的政府工作目标。2012年全年实现生产总值163亿元。\n"
            "2013年的主要预期目标是：生产总值增长13%，公共财政预算收入增长18%。\n")
    assert D.document_year(text)[0] == 2013
    got = {(t["target"].get("rate"), t["due"]) for t in extract_text(text, region="某县").targets}
    assert got == {(13, 2013), (18, 2013)}


def test_document_year_prefers_the_text_to_a_guess():
    text = "2023年全市增长7%。\n三、2025年重点工作\n今年全市工业投资增长12%左右。"
    assert D.document_year(text)[0] == 2025
    assert D.document_year("没有年份。") is None


def test_city_document_without_a_year_uses_its_own_year_and_city():
    """The issue's short city document: 2024 from 以来, the city from the title, never 全国."""
    text = "赣州市人民政府关于加快工业发展的通知\n2024年以来，全市工业经济平稳运行。\n2024年全市工业投资增长12%左右。"
    t = only(text)
    assert (t["due"], t["region"], t["kind"], t["target"], t["qualifier"]) == (2024, "赣州市", "growth", {"rate": 12}, "about")


# --------------------------------------------------------------------------
# Sentence classification


@pytest.mark.parametrize("sentence, cls", [
    ("1—11月全市规模以上工业增加值增长7%。", "result"),
    ("C919累计交付13架。", "result"),
    ("2023年完成1200辆新能源汽车示范应用。", "result"),
    ("力争2025年新增专精特新企业100家。", "commitment"),
    ("今年全市工业投资增长12%左右。", "commitment"),
    ("这样的设定是否有特殊考虑？", "context"),
])
def test_classify(sentence, cls):
    assert C.classify(sentence, 2024)[0] == cls


def test_results_are_not_goals_but_figures():
    r = extract_text("2023年全省完成1200辆新能源汽车示范应用。1—11月全市规模以上工业增加值增长7%。", year=2024, region="某市")
    assert r.targets == []
    assert r.figures  # offered with --figures


# --------------------------------------------------------------------------
# Region scope


@pytest.mark.parametrize("para, region", [
    ("二、吉安市", "吉安市"),
    ("（三）北京市：", "北京市"),
    ("（一）巩固壮大实体经济根基，纵深推进产业强省建设", None),
])
def test_heading_region(para, region):
    assert S.heading_region(para) == region


@pytest.mark.parametrize("para, region", [
    ("北京市坚持稳中求进，明年全市地区生产总值增长5%左右。", "北京市"),
    ("贵州提出，做好四季度经济工作。", "贵州省"),
    ("全市坚持稳中求进。", None),
])
def test_subject_region(para, region):
    assert S.subject_region(para) == region


def test_compilation_changes_region_by_section():
    text = ("多地部署明年经济工作\n2023年12月20日\n"
            "北京市提出，明年全市地区生产总值增长5%左右。\n"
            "江西省坚持工业强省，明年全省规模以上工业增加值增长8%以上。\n")
    got = [(t["region"], t["target"]) for t in extract_text(text).targets]
    assert got == [("北京市", {"rate": 5}), ("江西省", {"rate": 8})]


def test_national_documents_are_national_even_with_quan_shi():
    text = "国务院办公厅关于某试点的通知\n各省、自治区、直辖市人民政府：\n在全市域范围内开展试点。到2020年，秸秆综合利用率达到85%以上。\n国务院办公厅\n2018年12月29日"
    t = only(text)
    assert (t["region"], t["due"]) == ("全国", 2020)


# --------------------------------------------------------------------------
# Counts, lists, ranges, totals, numerals


@pytest.mark.parametrize("sentence, value, unit", [
    ("今年实施省级企业技术创新项目3000项左右。", 3000, "项"),
    ("今年培育省级特色产业集群30家。", 30, "家"),
    ("今年开展产需对接活动30场以上。", 30, "场"),
    ("今年培养数字化评测诊断咨询师100名。", 100, "名"),
    ("今年新增规上工业企业一千二百家。", 1200, "家"),
    ("到2026年全省电子信息产业营收达到1.08万亿元。", 1.08, "万亿元"),
])
def test_counts_phrased_as_actions(sentence, value, unit):
    assert only(sentence, year=2024, region="某省")["target"] == {"value": value, "unit": unit}


def test_lists_with_fenbie_and_jun():
    r = extract_text("到2025年，花生种植、收获机械化率分别达到65%和55%，马铃薯种植、收获机械化率均达到45%。", year=2019, region="全国")
    assert sorted(t["target"]["value"] for t in r.targets) == [45, 45, 55, 65]
    assert L.items_before("马铃薯种植、收获机械化率均达到") == ["马铃薯种植", "收获机械化率"]


def test_a_range_is_the_lower_end_with_the_upper_as_stretch():
    t = only("今年经济增长4.5%-5%。", year=2026, region="全国")
    assert (t["kind"], t["target"], t["stretch"]) == ("growth", {"rate": 4.5}, {"rate": 5})


def test_coordinated_and_scope_counts():
    assert L.coordinated("建设50所高水平高等职业学校和")
    assert L.scope_count("推动职业院校在")
    r = extract_text("到2022年，建设50个高水平学校和150个骨干专业。自2022年开始，在10个左右领域开展培训。", year=2019, region="全国")
    assert sorted(t["target"]["value"] for t in r.targets) == [50, 150]


def test_a_multi_year_total_is_a_level_over_a_base():
    t = only("力争三年新增专精特新企业100家。", year=2024, region="某市")
    assert (t["due"], t["target"], t["base"], t["flow"]) == (2026, {"plus": 100}, {"period": "2023", "unit": "家"}, False)


def test_identical_goals_stated_twice_are_proposed_once():
    r = extract_text("今年国内生产总值预期增长5.5%左右。我们把今年的目标设定为5.5%左右。", year=2022, region="全国")
    assert [(t["kind"], t["target"]) for t in r.targets] == [("growth", {"rate": 5.5})]


# --------------------------------------------------------------------------
# Confidence


def test_confidence_takes_off_for_each_guess():
    assert confidence(year_guessed=False, sentence_class="commitment", due_from="clause", region_note=None,
                      indicator="x", relative=False) == (1.0, [])
    score, reasons = confidence(year_guessed=True, sentence_class="context", due_from="paragraph",
                                region_note="全国 (no region found: set it)", indicator="", relative=True)
    assert score == pytest.approx(0.05) and len(reasons) == 6  # 1 - 0.25 - 0.3 - 0.1 - 0.3 - 0.2 - 0.05 < 0.05


def test_min_confidence_drops_weak_drafts_and_output_validates():
    text = "今年新增规上工业企业200家。"  # no year, no region: both guessed
    weak = extract_text(text, today=datetime.date(2025, 6, 1))
    assert weak.targets and all("confidence" in r["guessed"] for r in weak.review if r.get("id", "plan") != "plan")
    assert weak.targets[0]["due"] == 2025
    assert extract_text(text, min_confidence=0.9, today=datetime.date(2025, 6, 1)).targets == []
    from tracker.spec import load_spec_text
    targets, problems, _ = load_spec_text(to_yaml(weak, figures=True), "draft.yaml")
    assert not problems and len(targets) == len(weak.targets)


def test_a_document_without_goals_yields_no_drafts():
    for name in ("zhejiang_decade_2022.txt", "provinces_q3_review_2021.txt"):
        assert extract_text(read_document(DATA / "corpus" / name)).targets == []


# --------------------------------------------------------------------------
# The corpus: gold lists, scorer, speed


def test_gold_quotes_are_in_their_documents():
    for f in GOLD.glob("*.yaml"):
        gold = yaml.safe_load(f.read_text(encoding="utf-8"))
        text = (GOLD.parent / gold["document"]).read_text(encoding="utf-8")
        for g in gold["goals"]:
            for q in g.get("quotes") or [g["quote"]]:
                assert q in text, (f.name, q)


def test_matches_needs_quote_kind_number_unit_due_and_region():
    spec = {"source": {"quote": "今年GDP增长5%左右。"}, "kind": "growth", "due": 2026, "region": "贵州省", "target": {"rate": 5}}
    goal = {"quote": "GDP增长5%左右", "kind": "growth", "rate": 5, "due": 2026, "region": "贵州省"}
    assert matches(spec, goal)
    assert not matches({**spec, "due": 2027}, goal)
    assert not matches({**spec, "region": "全国"}, goal)
    assert not matches({**spec, "target": {"rate": 6}}, goal)


#: The sixth development round's documents whose frame (the year, the region) no rule reads yet — docdate and scope decide
#: those, and their rules for these texts are still to come. Their sentence reading is held below with the frame
#: supplied, as a user gives it with --year and --region; the default scores are in SOURCES.md and the README.
FRAME_PENDING = {
    "foshan_work_report_news_2023.txt": (2023, "佛山市"),      # prints no year: 去年底 is all it says
    "jiulong_park_work_plan_2019.txt": (2019, "九龙坡区"),      # never names its district (its 2019 is read now)
    # the seventh development round's 赣州, 昆明 and 玉林 are read now (event_year, own_word_tail, 预期目标建议为, 主要工作目标)
    # the twentieth blind split's
    "lanzhou_industry_targets_news_2012.txt": (2012, "兰州市"),  # prints no year: "年份未写明…请用 --year 指定" in its notes
    # the twenty-first split's 锦州 prints no year: its 2025 is 决胜之年 = the last year of 辽宁's 全面振兴新突破三年行动
    # (2023—2025), a campaign the text never dates; a table of one province's campaign would be fitted to this text, not
    # read from it, so no rule reads it ("年份未写明…请用 --year 指定" in its notes). Its region (锦州市) is read.
    "jinzhou_press_conference_news_2025.txt": (2025, "锦州市"),
    # the twenty-second and twenty-third splits' (their sentences read since deployed_year_lead, aims_makeup, net_total,
    # listed_examples): 汉寿's year is guessed 2020 from its "为2019年争创国家级" though it prints 部署了科工局2018年工作;
    # 牡丹江 prints no year (its 3月15日 is of 2020, read from outside the text): its 今年 is no longer taken as its 2025
    # horizon (unknown_now) but counted from today's year with the note asking for --year. 奎文区 (voiced_short_name) and
    # 泰安 (masthead_byline) are read now and held by the dev floor (1.00/1.00 each). 汉寿's 2018 is read now (deployed_work).
    "mudanjiang_industry_targets_news_2020.txt": (2020, "牡丹江市"),
    # the eighth development round's 如皋高新区 is read now (headless_zone, zone_spelling, share_number; held by the dev floor)
    # the twenty-fourth to twenty-sixth splits' (their sentences read since plan_total, bracketed_breakdown, counted_size,
    # planned_ahead, bare_year, picked_count, held_stock, enacted_articles, own_item): their frames are read now and held by
    # the dev floor — 德州 (aims_heading_line), 迪庆 (prefecture_bare_short), 房县 (county_not_national, single_stem_county),
    # 广元 (page_chrome_issuer), 竹山 (reported_county). 增城区 prints no year (its 1月30日 大会 is of 2023, read from outside
    # the text): "年份未写明…请用 --year 指定" in its notes; its region is read (standing of two: 在全省、全市发展大局中).
    "zengcheng_development_conference_news_2023.txt": (2023, "增城区"),
    # the twenty-seventh and twenty-eighth splits' 漳州 and 忠县 are read now by the region model (region_model.py: 代市長 and
    # 漳州 → 漳州市 over 省委、省政府; 全县 and 忠县 → 忠县, 全市区县/市委 being 重庆's) and aims_headline (漳州's 2010); 漳州 is
    # held by the dev floor, 忠县 by SENTENCES_PENDING below.
    # the twenty-ninth split's 梁溪区 (work_heading_line, list_marker), 济南高新区 (zone_superior) and 顶效开发区 (titled_zone,
    # planned_yoy, respective_rate) are read now and held by the dev floor, 1.00/1.00 each (济南高新区's 新增城镇就业1.65万人
    # by announced_plan).
    # the thirtieth split's (scored blind once after the frame's seventh round): 金昌's 今后五年 aims, heard at a congress of
    # 2021-12-06 that reviews 2021's plan and drafts 2022's, run 2022–2026, read as due 2025 (read right with --year 2022, the
    # first year of the five); 绿园区's aims (预期目标是,地区生产总值同比增长7%…) are taken for results (同比) and its year
    # guessed 2025 — no draft, even with the frame given. 金昌 is read now (next_year_plan: the congress speaks for 2022) and
    # held by the dev floor (1.00/1.00). 绿园区's year is read now (year_space_date: "2024 01/19 19:46:13"; we_intend:
    # "2024年,我们将…") and, since the sixteenth sentence round, its 同比 aims after 预期目标是 too (aims_lead_yoy: 1.00/1.00 with
    # the frame given) — it stayed here while its region was not read (待定地区: the gazetteer's build had dropped 绿园区
    # as a park's name); read now (division_named_park) and held by the dev floor (1.00/1.00).
    # the thirty-second split's (scored blind once after the frame's eighth round): 大连高新区 was read as 大连市 (the text says
    # 高新区 and names 大连市 in the zone's roles) and 同安区's year guessed; both read now (city_bare_zone: 1.00/1.00;
    # estimate_subject, december_present and span_opener: 同安区's 未来五年 aims due 2030; with the seventeenth sentence round's
    # life_years its 人均预期寿命85岁 too: 1.00/1.00) and held by the dev floor.
    # the thirty-third split's 管城区 (scored blind once after the frame's ninth round): read as 郑州市 (管城区's own words:
    # 区委, 区长; 郑州 its city); its 谋划实施…重点项目390个 and 年度完成总投资640亿元以上 are not drafted even with the frame given.
    # Its frame is read now (ethnic_district_short: 管城区 names 管城回族区) and its sentences since the eighteenth sentence
    # round: held by the dev floor.
    # the thirty-fourth split's (scored blind once after the frame's tenth round): the 福建 county that never names itself is
    # read as 福建省 (gold 待定地区); the 工信 speech's four drafts go to a place 上报市 made of 上报市里, and its 比上年增长 rates
    # and counts are not drafted even with the frame given. Both frames are read since the frame's eleventh round
    # (submit_verb: 上报市 is no place; county_unnamed: a county never named is 待定地区, not its province): 福建's county is
    # held by the dev floor (1.00/1.00), the 工信 speech too (its sentences read since the nineteenth sentence round).
    # the thirty-first and thirty-fifth splits' (scored blind once, at the end of session eight; development material since
    # session nine): 石城 names its county only inside 现代化石城 and is read as 江西省; the 安徽 city never names itself and
    # is read as 安徽省 (gold 待定地区). Both 1.00/1.00 with the frame given. Both frames are read since round region9
    # (aims_slogan: 石城县 from 全面建设社会主义现代化石城 under 省委 and 市委; unnamed_voice: 我市 and 市委, no city named —
    # 待定地区 with the note asking for --region, not 安徽省): held by the dev floor (1.00/1.00 each).
    # the thirty-sixth split's (scored blind once, session nine, after its first round of rules): 土右旗 (the banner's
    # short name) read as 包头市; 梧州 prints no year of its own (its aims are due 2010) and is dated today; 秭归 (pinyin after
    # each character) read as 湖北省, its aims not drafted even with the frame given. 土右旗 is read since round regionB
    # (banner_abbreviation: 土右旗 names 土默特右旗, derived from the gazetteer's names) and held by the dev floor (1.00/1.00).
    # 梧州 is read since sentence round sentC (its document year still today's, but every aim is due 2010 by 今後三年/到2010年):
    # grown_class (把有色金屬、機械、林產林化分別培育為產值超100億元的產業: one goal per industry), each_pair (各5個, 分別達到20億元),
    # listed_firms (2家以上企業上市), treated_count (對100家企業進行技改): 18 of 19, 18 of 19 (its 共安排工業項目110項 is a
    # plan's makeup by plan_makeup; 三年內完成投資285億元 the gold's not expressible), held by the dev floor.
    # 秭归 is read since sentence round sentC (named_after: the quotation “…增长12%以上……” closed by 已定下的2021年…主要预期目标
    # is that year's aims; ellipsis_end: 2800人以上……” ends its item): 1.00/0.80 (its 支持112个… is the gold's uncertain
    # one), held by the dev floor.
    # the thirty-seventh split's (scored blind once at the end of session nine's second round; development material
    # since): 叶县 read as 河南省 (its title opens with "(河南省)"), 大亚湾开发区 as 惠州市 (the zone by its short form),
    # 茶山镇's indicator list no draft (0.75/0.90 with the frame given).
    "yexian_work_report_2025.txt": (2025, "叶县"),
    "dayawan_zone_meeting_news_2024.txt": (2024, "大亚湾开发区"),
    "chashan_town_targets_news_2024.txt": (2024, "茶山镇"),
}

#: Frame-pending documents whose regions change by heading, so that no one region can be given: left out of the floor.
HEADED_REGIONS: set[str] = set()  # 北京's districts (通州 / 平谷 / 东城 / 顺义 headings) are read now: heading_divisions

#: What the frame-pending documents score with the frame supplied (recall, precision): the sentence reading.
FRAMED_FLOOR = {name: (1.0, 1.0) for name in FRAME_PENDING}
FRAMED_FLOOR["chashan_town_targets_news_2024.txt"] = (0.75, 0.9)  # 茶山's list: 申报…至少2家, two project counts
# 梧州's floor with the frame given went 0.26/0.62 → 0.36/0.87 (horizon_span) → 0.47/0.90 (each_pair) → 0.53/0.91 (listed_firms) → 0.58/0.92
# (treated_count) → 0.95/0.95 (grown_class) in sentence round sentC; it left FRAME_PENDING then (above).
# the nineteenth sentence round: the 工信 speech's 比上年增长 and 预计比上年增长 aims after 预期目标是/目标任务是 are read (aims_lead_prior,
# prior_base): 14 of 14 with the frame given, 1.00/1.00 (it was 4 of 14)
# the eighteenth sentence round: 管城区's 谋划实施省市区重点项目390个 (levels_not_place) and 年度完成总投资640亿元以上 (annual_lead)
# are read with the frame given: 1.00/1.00
# the seventeenth sentence round: 大连高新区's two 预计 figures are estimates (continues_estimate: 预计…;软件和服务外包收入505.5亿元)
# and 同安区's 未来五年 aims are read (term_aims_opener, life_years; its 预计…顺利实现年度目标任务 a result: estimate_target_met),
# both 1.00/1.00 with the frame given; since frame round nine both frames are read too (out of FRAME_PENDING, above)
# 增城区's 增长2倍以上 is read as a growth of 200% (growth_times) and 绿园区's aims after 预期目标是 (aims_lead_yoy) since the
# sixteenth sentence round: both at 1.00/1.00 with the frame given
#: Dev documents whose frame is read but whose sentences are not yet: held at what they score now, out of the
#: split's per-document bar (none at present: 沈抚's aims are read by aims_section since the eleventh round).
SENTENCES_PENDING: dict[str, tuple[float, float]] = {
    # the thirty-fourth split's 坪山区 is read since the nineteenth sentence round: the year before's results (全年地區生產總值
    # 達910.6億元、增長11.7% …, after 2021年實現了…) are results (reviewed_whole_year, review_list): 1.00/1.00, held by the dev floor
    # the thirty-third split's 乌兰察布 is read since the eighteenth sentence round (plan_total, threshold_list, compute_unit):
    # 1.00/1.00, held by the dev floor; 管城区 (frame round ten: ethnic_district_short) is held by the dev floor too
    # the thirty-second split's 坊子区: 30个技改项目将带来10%的技改投资增长 is read since the seventeenth sentence round
    # (subject_count, named_rate_growth); the headline's “4000+新增就业” (no unit printed) is not read
    "fangzi_district_plan_news_2025.txt": (0.75, 1.0),
    # the thirty-fifth split's 温州 (its aims in a table: indicator | unit | target, rows joined by " | ") is read since
    # table_rows (tables.py): 1.00/1.00, held by the dev floor
    # the twenty-seventh split's 商丘 is read now (formed_list, sized_count, counted_places, named_sizes, county_item) and the
    # twenty-eighth's 忠县 (its frame read by the region model) too (both_each, quoted_aims_end, deeds_count): both held by the
    # dev floor (1.00/1.00)
}

# 如皋高新区 (its frame read since headless_zone) scores 13 of 15 by the dev floor: two items run into the next with no
# punctuation in the stored page ("实际利用外资1亿美元规模工业应税销售…", "有效发明专利数280件培育国家…"), which no rule splits
# 拉萨 (its frame read: named_year) is held by the dev floor; task_paragraph, realised_cover and 灌区 (no region) read its
# last four goals (tests/test_extract_sentence_rules10.py).


def test_dev_split_scores():
    scores = score_all(GOLD, "dev")
    print("\n" + table(scores))
    for s in scores:
        if s.name in SENTENCES_PENDING:
            floor_recall, floor_precision = SENTENCES_PENDING[s.name]
            assert s.recall >= floor_recall and s.precision >= floor_precision, (s.name, s.recall, s.precision)
    scores = [s for s in scores if s.name not in FRAME_PENDING and s.name not in HEADED_REGIONS
              and s.name not in SENTENCES_PENDING]
    for s in scores:  # the dev split includes the two earlier test splits, scored blind once each
        assert s.recall >= 0.7 and s.precision >= 0.6, (s.name, s.recall, s.precision)
    assert sum(s.recall for s in scores) / len(scores) >= 0.9
    assert sum(s.precision for s in scores) / len(scores) >= 0.9


@pytest.mark.parametrize("name", sorted(FRAME_PENDING))
def test_frame_pending_documents_read_with_the_frame_given(name):
    """The sentences of the sixth development round's frame-pending documents, read with --year and --region given: every
    goal's quote, kind, number and unit is drafted, and nothing else (precision), at the floor above."""
    year, region = FRAME_PENDING[name]
    s = score_document(GOLD / name.replace(".txt", ".yaml"), year=year, region=region)
    recall, precision = s.recall, s.precision
    floor = FRAMED_FLOOR[name]
    assert recall >= floor[0] and precision >= floor[1], (name, recall, precision)


def test_scorer_runs_as_a_module():
    out = subprocess.run([sys.executable, "-m", "tracker.extract.score", "--split", "dev"], capture_output=True, text=True, check=True)
    assert "| yunnan_work_report_2026.txt | dev |" in out.stdout


@pytest.mark.parametrize("name", ["yunnan_work_report_2026.txt", "provinces_targets_2025.txt"])
def test_a_90_kb_document_in_under_2_seconds(name):
    """A work report, and a compilation in traditional characters (sentence_region, the gazetteer on
    every sentence) — with the gazetteer read from its file inside the time."""
    from tracker.extract.gazetteer import gazetteer
    text = (DATA / "corpus" / name).read_text(encoding="utf-8")
    big = (text * (90_000 // len(text.encode("utf-8")) + 1))
    assert len(big.encode("utf-8")) >= 90_000
    gazetteer.cache_clear()
    t0 = time.perf_counter()
    extract_text(big)
    assert time.perf_counter() - t0 < 2.0


# --------------------------------------------------------------------------
# Rules added after the first corpus round


@pytest.mark.parametrize("before, after, scope", [
    ("加快推进甲、乙等", "12个百亿元项目建设", True),
    ("加快推进甲、乙等12个百亿元、", "70个项目建设", True),
    ("统筹推进稳增长、防风险、保民生", "三项基本任务", True),
    ("开展", "第四次农业普查", False),  # the ordinal is caught on 第 itself below
    ("着力打造电子信息、铜基新材料", "6个先进制造业集群", False),
])
def test_named_scope(before, after, scope):
    assert L.named_scope(before, after) is scope
    assert L.named_scope("开展第", "四次")


def test_scope_counts_are_not_goals():
    r = extract_text("今年统筹推进稳增长、防风险、保民生三项基本任务，开展第四次农业普查，加快推进甲、乙等12个项目建设。"
                     "今年着力打造电子信息、铜基新材料6个先进制造业集群。", year=2026, region="某省")
    assert [t["target"] for t in r.targets] == [{"value": 6, "unit": "个"}]


def test_a_list_inherits_the_first_items_kind():
    r = extract_text("今年一二三产增加值分别增长3.5%左右、6%左右、5%左右。", year=2026, region="某省")
    assert [(t["kind"], t["target"]["rate"]) for t in r.targets] == [("growth", 3.5), ("growth", 6), ("growth", 5)]


def test_a_start_year_is_not_a_deadline():
    assert L.start_not_deadline("2020年起基本不再招聘", 0, 5)
    assert L.start_not_deadline("从2019年开始实施", 1, 6)
    assert not L.start_not_deadline("到2020年建成", 1, 6)


def test_numbers_in_quotes_are_names():
    assert L.quoted_name("打造“", "基地”")
    assert extract_text("今年打造“三个基地”。", year=2026, region="某市").targets == []


def test_at_least_is_not_read_as_below():
    t = only("今年政府投资基金支持民间投资项目的资金占比不低于50%。", year=2026, region="某省")
    assert "qualifier" not in t  # at_least, the default


def test_dates_in_chinese_numerals():
    assert D.chinese_date("国务院办公厅\n一九九六年七月十七日") == (1996, 7, 17, "一九九六年七月十七日")
    assert D.document_year("通知\n一九九六年七月十七日\n1998年达到2000人的规模。")[0] == 1996


def test_undated_count_commitments_take_the_plans_horizon():
    from tracker.extract.context import plan_horizon
    text = "具体指标：到2022年，建设50个高水平学校。\n实施教师素质提高计划，建立100个教师培养培训基地。"
    assert plan_horizon(text, 2019) == 2022
    got = {(t["target"]["value"], t["due"]) for t in extract_text(text, year=2019, region="全国").targets}
    assert got == {(50, 2022), (100, 2022)}


def test_a_review_section_reports_results():
    text = ("一、2025年工作回顾\n过去一年，全省地区生产总值增长5.1%，确保城镇新增就业44.1万人。\n"
            "二、“十五五”时期主要目标\n全省规模以上工业增加值年均增长6.5%左右。\n"
            "三、2026年重点工作\n主要预期目标是：地区生产总值增长5%左右。")
    got = [(t["kind"], t["due"], t["target"]) for t in extract_text(text, region="某省").targets]
    assert got == [("cagr", 2030, {"rate": 6.5}), ("growth", 2026, {"rate": 5})]


def test_a_list_sharing_one_unit():
    r = extract_text("今年力争电子信息、有色金属、装备制造业产业规模分别达1.28万亿、1.18万亿、8200亿元。", year=2026, region="江西省")
    assert sorted((t["target"]["value"], t["target"]["unit"]) for t in r.targets) == [(1.18, "万亿元"), (1.28, "万亿元"), (8200, "亿元")]


@pytest.mark.parametrize("text, region", [
    ("实施省大中型项目", None),
    ("开工改造老旧小区", None),
    ("美丽乡村整县", None),
    ("支持各县集中资源", None),
    ("赣州市", "赣州市"),
    ("南昌高新区", "南昌高新区"),
    ("海淀区", "海淀区"),
])
def test_region_names_are_places(text, region):
    from tracker.extract.context import region_in
    assert region_in(text) == region


def test_jian_quan_is_not_full_coverage():
    assert extract_text("今年健全覆盖城乡的养老服务网络。", year=2026, region="某省").targets == []


@pytest.mark.parametrize("sentence, cls", [
    ("今年前三季度，全省规模以上工业增加值增长7%。", "result"),
    ("预计今年全市地区生产总值增长6%左右。", "result"),
    ("力争上半年完成投资300亿元。", "commitment"),
])
def test_classify_time_words_alone_do_not_promise(sentence, cls):
    assert C.classify(sentence, 2024)[0] == cls


def test_a_year_end_compilation_of_provinces():
    text = ("多省份部署明年经济工作\n2023年12月25日\n"
            "北京市2023年地区生产总值预计增长5%左右。明年全市地区生产总值增长5%左右。\n"
            "浙江省委经济工作会议提出，明年全省规模以上工业增加值增长6%以上，新增专精特新企业1000家。\n"
            "今年1—11月，江西规上工业增加值增长7%。江西省明确，明年全省固定资产投资增长5%。\n")
    got = [(t["region"], t["due"], t["target"]) for t in extract_text(text).targets]
    assert got == [("北京市", 2024, {"rate": 5}), ("浙江省", 2024, {"rate": 6}),
                   ("浙江省", 2024, {"value": 1000, "unit": "家"}), ("江西省", 2024, {"rate": 5})]


def test_cli_min_confidence(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("今年新增规上工业企业200家。\n", encoding="utf-8")  # no year, no region: weak
    run = lambda *extra: subprocess.run([sys.executable, "-m", "tracker", "extract", str(doc), *extra],  # noqa: E731
                                        capture_output=True, text=True, check=True).stdout
    assert "targets: []" in run() and "0.45" in run()  # under the default cut (0.5): left out, and said so
    assert "200" in run("--min-confidence", "0") and "# 置信度" in run("--min-confidence", "0")
    assert "# confidence" in run("--min-confidence", "0", "--lang", "en") and "Draft target specs" in run("--lang", "en")
    strict = run("--min-confidence", "0.9")
    assert "targets: []" in strict and "低于 --min-confidence 0.9" in strict
    assert "confidence 0.45 below --min-confidence 0.9" in run("--min-confidence", "0.9", "--lang", "en")
    bad = subprocess.run([sys.executable, "-m", "tracker", "extract", str(doc), "--min-confidence", "2"], capture_output=True, text=True)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr


def test_known_places_by_their_short_names():
    text = ("各地发展数字经济\n2021年9月1日\n据赣州市统计，……。吉安市也在发力。\n"
            "赣州：数字经济领跑\n到2025年全市数字经济规模达到1000亿元。\n"
            "吉安：电子信息立市\n吉安提出，到2025年全市电子信息产业营收达到3000亿元。\n")
    assert S.known_places(text)["赣州"] == "赣州市"
    assert [(t["region"], t["target"]["value"]) for t in extract_text(text).targets] == [("赣州市", 1000), ("吉安市", 3000)]


# --------------------------------------------------------------------------
# Rules from the second test split (scored blind once, then dev)


def test_name_like_items_comparisons_shares_and_meetings():
    assert L.list_item_name("高山滑雪、冬季", "、速度滑冰")  # 冬季[两项]、…
    assert L.comparison("这个目标高于全国GDP")
    assert L.bare_share("社会投资1665.8亿元，占", "%", "社会投资1665.8亿元，占74.3%")
    assert not L.bare_share("工业中战略性新兴产业占比", "%以上", "工业中战略性新兴产业占比30%以上")
    assert L.meeting_name("落实省委十一届", "九次、十次全会")
    r = extract_text("今年发展冰壶、冬季两项、速度滑冰等赛事。这个目标高于全国GDP5.5%的增长目标。"
                     "落实省委十一届九次、十次全会部署。今年政府投资575.5亿元，占25.7%。", year=2022, region="某市")
    assert [t["target"] for t in r.targets] == [{"value": 575.5, "unit": "亿元"}]


def test_headlines_restating_a_sentence_are_left_to_it():
    text = "各地数字经济\n2021年9月1日\n郑州：2022年数字经济达5000亿元以上\n《郑州市方案》提出，到2022年全市数字经济规模达到5000亿元以上。\n"
    t = only(text, region="郑州市")
    assert t["source"]["quote"].startswith("《郑州市方案》提出")


def test_a_place_heading_is_not_a_speaker():
    text = ("中部省会数字经济\n2021年9月24日\n报告提出，长沙市要建设数字产业集聚区。\n"
            "武汉：建成一线城市\n据武汉市数据，……。未来三年武汉全市数字经济增加值占GDP比重超过50%。\n")
    t = only(text)
    assert (t["region"], t["due"], t["target"]["value"]) == ("武汉市", 2024, 50)


def test_the_subject_earlier_in_a_sentence():
    text = "长沙党代会\n2021年9月24日\n报告提出，未来5年，长沙市要实力更强，经济总量达1.7万亿元。\n"
    t = only(text)
    assert (t["region"], t["due"], t["target"]) == ("长沙市", 2026, {"value": 1.7, "unit": "万亿元"})


@pytest.mark.parametrize("text", [
    "新闻\n2022年4月12日\n4月8日上午，新开工项目集中启动活动举行，本次集中启动的新开工项目共200个。\n",
    "新闻\n2022年4月12日\n2021年上半年，武汉市GDP增长28.6%。其中，数字经济占全市GDP比重超过40%。\n",
    "新闻\n2022年4月12日\n在短短的两年时间已建成平台，开发系统159个。\n",
    "新闻\n2022年4月12日\n武汉一年内就举办28场推广会。国家两化融合贯标企业达到146家。\n",
])
def test_reports_are_results(text):
    assert extract_text(text, region="某市").targets == []


def test_undated_counts_need_a_stated_intent_outside_a_plan():
    said = "深圳\n2022年4月12日\n同时，着力提升市场主体质量，新增国家高新技术企业500家。新增小微企业首贷户2万户。\n"
    assert sorted(t["target"]["value"] for t in extract_text(said, region="深圳市").targets) == [2, 500]
    reported = "回顾\n2026年1月28日\n各位代表！刚刚过去的2025年极不平凡。新增规模以上工业企业755户。\n"
    assert extract_text(reported, region="云南省").targets == []


def test_nian_ping_jun_is_a_cagr():
    t = only("预计到2022年，南昌数字经济增加值年平均增长30%以上。", year=2021, region="南昌市")
    assert (t["kind"], t["target"]) == ("cagr", {"rate": 30})


def test_growth_target_phrasing():
    t = only("2022年深圳地区生产总值预期增长目标6%左右。", year=2022, region="深圳市")
    assert (t["kind"], t["target"], t["qualifier"]) == ("growth", {"rate": 6}, "about")


def test_indefinite_one_is_not_a_count():
    assert extract_text("蚌埠也将为老工业基地转型升级提供一个案例。", year=2022, region="蚌埠市").targets == []
    assert only("今年新建两个产业园。", year=2022, region="蚌埠市")["target"] == {"value": 2, "unit": "个"}


def test_the_issues_own_list_and_range():
    r = extract_text("今年全市规模以上工业增加值、工业投资分别增长8%、9%。", year=2024, region="某市")
    assert [(t["kind"], t["target"]) for t in r.targets] == [("growth", {"rate": 8}), ("growth", {"rate": 9})]
    t = only("今年全市工业投资增长8%—9%。", year=2024, region="某市")
    assert (t["target"], t["stretch"]) == ({"rate": 8}, {"rate": 9})


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from([
    "今年", "明年", "到2025年", "2023年", "1—11月", "全市", "全省", "我省", "北京市", "长沙：", "力争", "确保", "累计",
    "同比", "增长", "达到", "新增", "培育", "企业", "项目", "8%", "9%左右", "、", "，", "。", "\n", "100家", "一千二百家",
    "1.08万亿元", "分别", "均", "“", "”", "三年", "以上", "以内", "等", "第", "其中，", "预计", "已建成", "12个",
])


@given(st.lists(_PIECES, max_size=40))
@settings(max_examples=300, deadline=None)
def test_extract_never_fails_and_prints_valid_yaml(pieces):
    from tracker.spec import load_spec_text
    text = "".join(pieces)
    result = extract_text(text, today=datetime.date(2024, 6, 1))
    for t in result.targets:
        assert t["source"]["quote"] in text
    _, problems, _ = load_spec_text(to_yaml(result, figures=True), "draft.yaml")
    assert not problems


# --------------------------------------------------------------------------
# Rules from the fourth test split (scored blind once, then dev)


def test_main_tasks_heading_gives_the_year():
    text = "三、2026年主要任务\n建议今年全市经济社会发展的主要预期目标是：全市生产总值增长5%左右。"
    assert D.document_year(text)[0] == 2026
    assert D.latest_past(text) is None  # 2026年主要任务 is the year planned, not a reported figure


@pytest.mark.parametrize("text, region", [
    ("今年，全区地区生产总值增长5%左右。内蒙古要闯新路，自治区党委部署。", "内蒙古自治区"),
    ("聚焦上海“五个中心”建设。今年全市生产总值增长5%左右。", "上海市"),
])
def test_autonomous_regions_and_province_level_cities(text, region):
    assert only(text, year=2026)["region"] == region


def test_a_national_circular_forwarding_a_ministry_stays_national():
    text = ("国务院办公厅转发国家教委\n关于扩大规模的请示的通知\n国办发〔1996〕32号\n"
            "西藏自治区人民政府要负责提供费用。1998年达到2000人的规模。\n国务院办公厅\n一九九六年七月十七日\n")
    assert only(text)["region"] == "全国"


def test_equal_numbers_of_one_list_are_separate_goals():
    """Added after the fifth split's blind score (宁夏 lost two of three equal list items to the merge)."""
    r = extract_text("今年一产、二产、三产增加值分别增长5%左右、5%以上、5%左右。", year=2026, region="宁夏回族自治区")
    assert [(t["target"]["rate"], t.get("qualifier", "at_least")) for t in r.targets] == [(5, "about"), (5, "at_least"), (5, "about")]
    r = extract_text("今年打造6个先进制造业集群。今年着力打造电子信息、铜基新材料6个先进制造业集群。", year=2026, region="江西省")
    assert len(r.targets) == 1  # the same goal stated in two sentences is proposed once


# --------------------------------------------------------------------------
# Rules from the sixth test split (the last, scored blind once; these came after)


def test_a_quoted_goal_is_a_goal():
    t = only("国务院研究室副主任向东介绍，为实现经济增长“5.5%左右”的预期目标，今年要着重做好以下方面。", year=2022, region="全国")
    assert (t["kind"], t["target"], t["qualifier"]) == ("growth", {"rate": 5.5}, "about")


def test_about_and_estimates():
    assert only("今年退税减税约2.5万亿元。", year=2022, region="全国")["qualifier"] == "about"
    assert C.classify("预计今年全年将新增减税降费超过7000亿元。", 2021)[0] == "result"


def test_bai_wan_and_a_verb_carried_across_commas():
    from tracker.extract.numbers import parse_number
    assert parse_number("百万") == 1_000_000 and parse_number("千亿") == 1e11
    text = "“十四五”期间，孵化培育百万家创新型中小企业，十万家“专精特新”中小企业，一万家“小巨人”企业。"
    got = [(t["target"]["value"], t["target"]["unit"], t["due"]) for t in extract_text(text, year=2021, region="全国").targets]
    assert got == [(100, "万家", 2025), (10, "万家", 2025), (1, "万家", 2025)]
    assert extract_text("百家争鸣，千家万户。", year=2021, region="全国").targets == []


def test_a_size_class_is_not_an_amount():
    r = extract_text("今年开工建设5个百亿级、10个三十亿元以上重大工业项目。", year=2022, region="深圳市")
    assert sorted(t["target"]["value"] for t in r.targets) == [5, 10]


# --------------------------------------------------------------------------
# Rules from the seventh test split (the last, scored blind once; these came after)


def test_a_headline_restating_a_rate_as_a_level():
    text = "GDP增长目标为何设为5.5%左右\nSun, 06 Mar 2022 00:03:50 GMT\n\n今年的政府工作报告，把这一目标确定在增长5.5%左右。\n"
    t = only(text)
    assert (t["kind"], t["target"]) == ("growth", {"rate": 5.5})


def test_opinions_policy_terms_and_period_numbers_are_not_goals():
    assert C.classify("有专家算过一笔账，这就要求经济增速保持6%左右。", 2022)[0] == "opinion"
    assert L.policy_term("或按6个月的企业及其职工应缴纳社会保险费", "%的标准确定", "或按…50%的标准确定")
    assert L.period_number("但目前来看，上半年")
    r = extract_text("有专家算过一笔账，这就要求经济增速保持6%左右。可返还其上年度实际缴纳失业保险费的50%。"
                     "上半年2.5%的增速与“全年GDP增长5.5%”的预期目标仍存在差距。", year=2022, region="全国")
    assert [(t["kind"], t["target"]) for t in r.targets] == [("growth", {"rate": 5.5})]


# --------------------------------------------------------------------------
# Second round: measure words, the eighth test split (scored blind once, then dev), default cut


def test_schools_roads_and_ships_are_counted():
    r = extract_text("2026年重点工作\n全力稳定基础设施投资。围绕产业需求布局建设5条铁路专用线、26条产业路，"
                     "新建公办幼儿园200所以上，新增3艘科考船。")
    assert [(t["target"]["value"], t["target"]["unit"]) for t in r.targets] == [(5, "条"), (26, "条"), (200, "所"), (3, "艘")]


def test_a_coordinated_count_shares_the_verb_before_it():
    """shared_verb: 26条产业路 has no verb of its own; it shares 建设 with 5条铁路专用线."""
    r = extract_text("今年布局建设5条铁路专用线、26条产业路。", year=2026, region="贵州省")
    assert [t["indicator"] for t in r.targets] == ["布局建设铁路专用线", "布局建设产业路"]


def test_the_count_of_what_is_in_focus_is_not_a_goal():
    assert L.scope_count("重点发展") and L.scope_count("今年聚焦") and not L.scope_count("今年建设")
    r = extract_text("今年重点发展12条制造业产业链、打造6个先进制造业集群。", year=2026, region="江西省")
    assert [t["target"] for t in r.targets] == [{"value": 6, "unit": "个"}]


def test_a_paragraph_opening_with_the_year_planned_ends_a_review():
    """plan_opener: 过去的一年 opens a review; "2024年，市工信局将…" plans for 2024 again."""
    from tracker.extract.extract import plan_opener
    assert plan_opener("2024年，市工信局将围绕…力争…", 2024) == 2024
    assert plan_opener("明年，要确保…", 2024) == 2025
    assert plan_opener("2023年，全市规上工业增加值增长8%。", 2024) is None  # a year already over
    assert plan_opener("2024年，全市规上工业增加值增长8%。", 2024) is None  # no intent: a result
    text = ("2月23日上午，某某市动员大会召开，部署安排2024年重点工作任务。\n"
            "过去的一年，市工信局全市工业取得新成效，产值增长8%。\n"
            "2024年，市工信局将围绕主题，确保全市工业经济总量突破5000亿元。\n")
    t = only(text)
    assert (t["due"], t["target"], t["region"]) == (2024, {"value": 5000, "unit": "亿元"}, "某某市")


def test_a_text_speaking_as_a_city_gives_its_city_to_clauses_without_a_region():
    """municipal_voice: 市工信局 and 全市 in a text that names one city and no province."""
    text = "溧阳市动员大会召开。\n2024年，市工信局将力争新能源产业规模突破2000亿元。\n"
    assert only(text)["region"] == "溧阳市"
    assert only("2024年，将力争新能源产业规模突破2000亿元。", region="某省")["region"] == "某省"


def test_two_items_doubly_reaching_a_number_are_two_goals():
    """both_items: 新能源和高端不锈钢产业规模双双突破2000亿元."""
    assert L.items_before("力争新能源和高端不锈钢产业规模双双突破") == ["新能源", "高端不锈钢"]
    assert L.items_before("2024年，市工信局将力争新能源和高端不锈钢产业规模双双突破") == ["新能源", "高端不锈钢"]
    r = extract_text("2024年，将力争新能源和高端不锈钢产业规模双双突破2000亿元。", region="溧阳市")
    assert [t["indicator"] for t in r.targets] == ["新能源和高端不锈钢产业规模（新能源）", "新能源和高端不锈钢产业规模（高端不锈钢）"]


def test_drafts_under_the_default_cut_are_left_out_by_the_cli(tmp_path):
    """0.45 = 1 − 0.25 (year guessed; 今年 counts from it, so named_due does not lift the cut) − 0.3 (region not
    found): below the default 0.5, kept at 0."""
    from tracker.extract.confidence import DEFAULT_MIN_CONFIDENCE
    assert DEFAULT_MIN_CONFIDENCE == 0.5
    doc = tmp_path / "plan.txt"
    doc.write_text("今年，产业规模500亿元以上。\n", encoding="utf-8")
    run = [sys.executable, "-m", "tracker", "extract", str(doc)]
    default = subprocess.run(run, capture_output=True, text=True, check=True).stdout
    everything = subprocess.run(run + ["--min-confidence", "0"], capture_output=True, text=True, check=True).stdout
    assert yaml.safe_load(default)["targets"] == []
    assert [t["target"] for t in yaml.safe_load(everything)["targets"]] == [{"value": 500, "unit": "亿元"}]
    assert "0.45" in default  # the draft left out is listed in the review


# --------------------------------------------------------------------------
# The review notes are said in the reader's language


def test_a_note_is_its_english_text_and_says_itself_in_chinese():
    from tracker.extract.notes import Note, said
    n = Note("extract.note.confidence", score=0.8, why=Note("extract.note.commitment", word="力争"),
             reasons=[Note("extract.note.off", amount="0.1", why=Note("extract.note.off_region"))])
    assert n == "0.8 (commitment: 力争; -0.1 region guessed)"  # what the rules compare
    assert n.text("zh") == "0.8（承诺：力争；-0.1 地区是推测的）"
    assert said({"a": [n, "原文"]}, "zh") == {"a": ["0.8（承诺：力争；-0.1 地区是推测的）", "原文"]}
    assert float(n.split()[0]) == 0.8
    assert yaml.safe_load(yaml.safe_dump({"confidence": n})) == {"confidence": str(n)}  # dumps as its English text


def test_the_review_is_chinese_by_default_and_english_with_lang_en():
    text = "2024年，市工信局将确保全市工业经济总量突破5000亿元。\n溧阳市动员大会召开。\n"
    result = extract_text(text)
    zh, en = to_yaml(result), to_yaml(result, lang="en")
    assert "取自原句；请与 actuals 的指标名或 aliases.yaml 对齐" in zh and "named from the sentence" not in zh
    assert "region: 溧阳市（句中的全市/全县，当前范围内的地区）" in zh
    assert "named from the sentence; align it with the actuals' indicator or aliases.yaml" in en
    assert "region: 溧阳市 (全市/全县 in the sentence; the region in scope)" in en
    for out in (zh, en):  # still a valid targets file, and the review still YAML
        block = out[out.index("# review:"):]
        assert yaml.safe_load("\n".join(line[2:] for line in block.splitlines()))["review"]


def test_every_review_note_code_is_used_or_documented():
    """Each extract.note.* code appears in the extractor's code (no dead texts in the catalogue)."""
    import tracker.messages.extract as M
    source = "".join(p.read_text(encoding="utf-8") for p in (Path(__file__).parents[1] / "tracker" / "extract").glob("*.py"))
    for code in M.NOTES:
        short = code.removeprefix("extract.note.")
        built = f'"{short}"' in source or f'"{short.removeprefix("from_")}"' in source  # f"extract.note.{how}"
        assert code in source or built, code


def test_others_forecasts_are_not_goals():
    """forecast_by_others: a commentary quoting institutions' or the market's forecasts."""
    assert C.classify("多家机构预测，今年GDP增长5%左右。", 2024)[0] == "opinion"
    assert C.classify("市场普遍预期全年经济增长5%左右。", 2024)[0] == "opinion"
    assert C.classify("IMF预计中国今年经济增长4.6%。", 2024)[0] in ("opinion", "result")
    assert C.classify("力争全年经济增长5%左右，市场预期稳定。", 2024)[0] == "commitment"  # a government's promise
    text = "某报评论\n2024年7月10日\n多家机构预测，今年GDP增长5%左右。今年经济增长预期目标为5%左右。\n"
    assert [t["target"] for t in extract_text(text).targets] == [{"rate": 5}]


# Rule from the ninth test split (scored blind once at the end; this came after)


def test_a_city_right_after_a_date_is_the_city():
    """date_tail: in "2025年新鄉市政府工作報告" the place is 新乡市, not 年新乡市 (which is no place)."""
    from tracker.extract.context import document_context
    from tracker.extract.text import normalise
    ctx = document_context(normalise("2月14日,2025年新鄉市政府工作報告全文發布。\n經濟增長6%左右。\n").text, None, None)
    assert ctx.city == "新乡市"
    text = "2月14日,2025年新鄉市政府工作報告全文發布。\n報告提出2025年主要預期目標:經濟增長6%左右,城鎮新增就業7.7萬人。\n"
    assert [(t["region"], t["due"]) for t in extract_text(text).targets] == [("新乡市", 2025)] * 2


# --------------------------------------------------------------------------
# Rules from the tenth test split (scored blind once, then dev)


def test_county_voice_gives_the_county_to_clauses_without_a_region():
    """county_voice: a text that speaks as a county (全县) and names 平罗县 most — not its province."""
    text = ("2022年8月3日\n记者从宁夏石嘴山市平罗县获悉，平罗县制定了工业转型升级方案。\n"
            "预计到2025年全县工业经济稳步提升，规上工业总产值达到1000亿元以上。\n")
    t = only(text)
    assert (t["region"], t["due"], t["target"]) == ("平罗县", 2025, {"value": 1000, "unit": "亿元"})


def test_quan_xian_is_the_county_not_its_city():
    text = "2022年8月3日\n石嘴山市平罗县召开会议。\n到2025年，全县规上工业总产值达到1000亿元。\n"
    assert only(text)["region"] == "平罗县"


@pytest.mark.parametrize("head, unnamed", [
    ("各地普遍确定在", True), ("其他省份都在", True), ("多个经济大省将目标定在", True), ("12个省份", True),
    ("全省各地新增", False),  # speaks for its own province
    ("青海省的目标在", False),  # names its region
])
def test_unnamed_regions(head, unnamed):
    assert S.unnamed_regions(head) is unnamed


def test_region_list_gives_each_region_the_number():
    assert S.region_list("海南、重庆、新疆、湖北和内蒙古则定在") == ["海南省", "重庆市", "新疆维吾尔自治区", "湖北省", "内蒙古自治区"]
    assert S.region_list("江苏和浙江的企业数量") == []  # not the subject of a target
    text = "2025年1月21日\n各省份增速目标揭晓。海南、重庆则定在6%以上或者6%左右。\n"
    got = [(t["region"], t["kind"], t["target"]) for t in extract_text(text).targets]
    assert got == [("海南省", "growth", {"rate": 6}), ("重庆市", "growth", {"rate": 6})]  # one each: 或者 says it twice


def test_alternatives_are_one_goal():
    r = extract_text("2025年1月21日\n今年全省地区生产总值增长6%以上或者6%左右。\n", region="湖北省")
    assert [t["target"] for t in r.targets] == [{"rate": 6}]


def test_sentence_region_in_a_compilation():
    """sentence_region: in a text naming four provinces or more, a clause without a region takes the one
    named last before it in the same sentence."""
    text = ("2025年1月21日\n山东、四川、安徽、甘肃等省份人代会开幕。\n"
            "比如，2024年广西地区生产总值增长4.2%左右，今年预期目标增长5%左右。\n")
    t = only(text)
    assert (t["region"], t["kind"], t["target"], t.get("qualifier")) == ("广西壮族自治区", "growth", {"rate": 5}, "about")
    one = "2025年1月21日\n比如，2024年广西地区生产总值增长4.2%左右，今年预期目标增长5%左右。\n"
    assert only(one)["region"] == "广西壮族自治区"  # not a compilation: the province named most, the same here


def test_a_stretch_after_a_comma_and_a_quoted_goal():
    """stretch_clause and quoted_goal: 为“7%以上，力争达到8%” is one goal, 7 with 8 as its stretch."""
    text = ("2025年1月21日\n山东、四川、安徽、甘肃等省份人代会开幕。\n"
            "其中，西藏预期增长目标最高，为“7%以上，力争达到8%”。\n")
    t = only(text)
    assert (t["region"], t["kind"], t["target"], t["stretch"]) == ("西藏自治区", "growth", {"rate": 7}, {"rate": 8})
    assert L.quoted_name("打造“三", "个基地”")  # a name
    assert not L.quoted_name("目标为“", "以上，力争达到8%”")  # the goal itself, quoted after the verb that sets it


def test_growth_target_topic():
    """growth_target_topic: a bare percentage stated as a target in a paragraph about growth targets."""
    text = "2025年1月21日\n梳理各地的增长目标，青海省的目标在4.5%左右。\n"
    t = only(text)
    assert (t["region"], t["kind"], t["target"], t["qualifier"]) == ("青海省", "growth", {"rate": 4.5}, "about")
    talked_about = "2022年3月5日\n今年GDP增长5.5%左右。5.5%左右的增长目标高于平均值。\n"
    assert [t["kind"] for t in extract_text(talked_about, region="全国").targets] == ["growth"]  # the number after is not set
    restated = "2025年1月21日\n今年全省地区生产总值增长4.5%左右。确定这一增长目标，全省的目标在4.5%左右。\n"
    assert len(extract_text(restated, region="青海省").targets) == 1  # restates the goal stated before it


def test_ding_zai_sets_a_target():
    assert C.classify("海南则定在6%以上", 2025)[0] == "commitment"
    from tracker.extract import patterns as P
    assert P.GOAL_MARKERS.search("则定在6%") and not P.GOAL_MARKERS.search("被认定为高新技术企业")


def test_past_opener_reports_its_paragraph():
    """past_opener: 据介绍，2023年… opens a paragraph that reports; the next paragraph plans again."""
    text = ("2024年1月31日\n2024年，东莞目标明确，地区生产总值预期目标增长5%。\n"
            "据介绍，2023年东莞全市新增经营主体31万户。在发展大产业方面，推动七大战略新基地提速建设、产值突破1000亿元。\n"
            "2024年，东莞将推动新基地产值突破1200亿元。\n")
    got = [(t["kind"], t["target"]) for t in extract_text(text, region="东莞市").targets]
    assert got == [("growth", {"rate": 5}), ("level", {"value": 1200, "unit": "亿元"})]
    assert extract_text(text, region="东莞市").figures  # the 2023 paragraph's figures are offered as results
    from tracker.extract.extract import past_opener
    assert past_opener("去年，全市新增企业100家。", 2024) and not past_opener("2024年，市工信局将力争…", 2026)


@pytest.mark.parametrize("clause, found", [
    ("工业用水重复利用率保持在95以上", [(12, 16, "工业用水重复利用率", 95.0, None)]),
    ("森林覆盖率稳定在60左右", [(8, 12, "森林覆盖率", 60.0, "about")]),
    ("综合利用率稳定在65%以上", []),  # has its %
    ("覆盖率达到100个", []),  # a count, not a rate
    ("利用率达到120以上", []),  # no percentage is over 100
])
def test_bare_rate(clause, found):
    assert L.bare_rate(clause) == found


# --------------------------------------------------------------------------
# Rules from the eleventh test split (scored blind once, then dev)


def test_open_range():
    """open_range: a range whose first number has no unit: 8—10个 is 8 at least, 10 the stretch."""
    t = only("2020年11月17日\n到2025年，力争培育8—10个百亿企业。\n", region="开封市")
    assert (t["target"], t["stretch"]) == ({"value": 8, "unit": "个"}, {"value": 10, "unit": "个"})
    g = only("2024年1月5日\n今年地区生产总值增长4.5-5%。\n", region="某省")
    assert (g["kind"], g["target"], g["stretch"], g["indicator"]) == ("growth", {"rate": 4.5}, {"rate": 5}, "地区生产总值")
    from tracker.extract.extract import _quantities
    years = _quantities("2020—2022年新增企业10家")  # years, not the range's lower end
    assert [(f.amount, f.stretch) for f in years] == [({"value": 10, "unit": "家"}, None)]


@pytest.mark.parametrize("clause, found", [
    ("总量超过五千亿规模", [(4, 7, 5000.0, "亿元")]),
    ("1.2万亿规模的产业", [(0, 5, 1.2, "万亿元")]),
    ("2个千亿级产业集群", []),  # a size class, not an amount
    ("形成万亿规模", []),  # no number of its own
])
def test_bare_money(clause, found):
    assert L.bare_money(clause) == found


# --------------------------------------------------------------------------
# Rules of the fourth round (dev documents still short; invented sentences of the same genre)


@pytest.mark.parametrize("before, unit, sentence_before, makeup", [
    ("2023年市重点项目共安排", "个", "", True),  # how many projects a plan lists
    ("省级预算内投资安排项目", "项", "", True),
    ("安排位于城区以外的项目", "个", "", True),
    ("资金来源为中央预算内投资", "亿元", "", True),  # where the money comes from
    ("地方专项债", "亿元", "2024年计划投资80亿元，资金来源为中央预算内投资12亿元，", True),  # a later item of that list
    ("新开工项目", "个", "", False),  # starting projects is a goal
    ("安排专项资金", "亿元", "", False),  # money set aside is not a project count
    ("新增投资", "亿元", "资金来源为中央预算内投资12亿元。", False),  # the list ended with its sentence
])
def test_plan_makeup(before, unit, sentence_before, makeup):
    assert L.plan_makeup(before, unit, sentence_before) is makeup


def test_plan_makeup_in_a_plan_text():
    text = ("2024年2月1日\n2024年，某市安排市重点项目300个，总投资力争完成500亿元；资金来源为地方专项债100亿元，"
            "社会资本400亿元。全年新开工项目80个。\n")
    got = [t["target"] for t in extract_text(text, region="某市").targets]
    assert {"value": 300, "unit": "个"} not in got and {"value": 100, "unit": "亿元"} not in got
    assert {"value": 400, "unit": "亿元"} not in got and {"value": 80, "unit": "个"} in got


@pytest.mark.parametrize("before, after, verb", [
    ("争取", "以上项目纳入国家用地保障范围", "争取"),
    ("力争", "企业入选国家级智能制造示范工厂", "力争"),
    ("推动", "园区进入全国百强", "推动"),
    ("争取", "项目尽快开工", None),  # no inclusion: not this rule
    ("新建", "企业入选名单", None),  # no promise word right before the count
])
def test_counted_outcome(before, after, verb):
    m = L.counted_outcome(before, after)
    assert (m[0] if m else None) == verb


def test_counted_outcome_drafts_the_count():
    t = only("2024年3月1日\n今年全省力争5家企业入选国家级智能制造示范工厂。\n", region="某省")
    assert (t["kind"], t["target"], t["due"]) == ("level", {"value": 5, "unit": "家"}, 2024)
    t = only("2024年3月1日\n全省争取20个以上项目列入国家重大项目清单。\n", region="某省")
    assert t["target"] == {"value": 20, "unit": "个"}


@pytest.mark.parametrize("line, county, city, province, region", [
    ("江苏省昆山市2024年工作要点", False, True, False, "昆山市"),  # 全市: the city, not its province
    ("江苏省昆山市2024年工作要点", False, False, True, "江苏省"),  # 全省: the province
    ("河南省新乡市长垣市人民政府", False, True, False, "长垣市"),  # the most specific city
    ("河南省新乡市获嘉县人民政府关于…", True, True, False, "获嘉县"),  # 全县 first
    ("2026年江西省政府工作报告", False, True, False, None),  # 全市 but no city in the title
])
def test_title_voice(line, county, city, province, region):
    from tracker.extract.context import title_voice
    assert title_voice(line, county, city, province) == region


@pytest.mark.parametrize("heading, region", [
    ("江苏省昆山市2024年工作要点", "昆山市"),
    ("河南省新乡市：力争", "新乡市"),
    ("江苏省：全年", "江苏省"),
    ("浙江省昆山市", "浙江省"),  # not one of its places: the province stays
])
def test_province_prefix(heading, region):
    assert S.heading_region(heading) == region


def test_work_points_heading_dates_its_goals():
    """A 2024年工作要点 heading is a plan heading: its undated goals are due that year, in the city the
    title names under its province."""
    got = [(t["region"], t["kind"], t["due"]) for t in
           extract_text("2024年1月8日\n江苏省昆山市2024年工作要点\n全市地区生产总值增长5.5%左右。力争新增上市公司5家。\n").targets]
    assert got == [("昆山市", "growth", 2024), ("昆山市", "level", 2024)]


# --------------------------------------------------------------------------
# Rules from the twelfth test split (scored blind once, then dev); invented sentences of the genre


@pytest.mark.parametrize("text, year", [
    ("今年是“十五五”开局之年。全市地区生产总值增长5%左右。", 2026),
    ("奋力实现“十五五”良好开局。", 2026),
    ("今年是“十四五”开局之年，做好经济工作意义重大。", 2021),
    ("2025年是“十四五”收官之年。", 2025),
    ("到“十五五”期末，力争…", None),  # a deadline, not the document's year
    ("2026年是“十五五”第一年，开好局起好步十分重要。", 2026),
    ("今年是“十四五”最后一年。", 2025),
])
def test_five_year_start(text, year):
    found = D.five_year_start(text)
    assert (found[0] if found else None) == year


def test_before_deadline_bounds_a_guessed_year():
    """A text printing no year of its own with 到2025年 aims was written before 2025: today's year (2026)
    would turn its goals into past ones."""
    from tracker.extract.context import before_deadline
    assert before_deadline("力争到2025年产业规模突破1000亿元，到2027年达到2000亿元。") == 2025
    assert before_deadline("2025年底前完成改造。") == 2025
    assert before_deadline("全年新增企业100家。") is None
    text = "记者从新闻发布会上获悉，该省力争到2025年高端装备产业规模达到5500亿元。\n"
    t = only(text, region="湖北省", today=datetime.date(2026, 5, 1))
    assert (t["target"], t["due"]) == ({"value": 5500, "unit": "亿元"}, 2025)
    later = extract_text("该省力争到2030年产业规模达到5500亿元。\n", region="湖北省", today=datetime.date(2026, 5, 1))
    assert "today" in str(later.review[0]["guessed"]["year"])  # a deadline still ahead: today's year stays


@pytest.mark.parametrize("text, left", [
    ("固定资产投资增速高于全省平均水平", "固定资产投资增速"),
    ("固定资产投资增速保持在全国平均水平以上", "固定资产投资增速以上"),
    ("经济总量居全省第2位", "经济总量"),
    ("积极融入和服务全国统一大市场建设", "积极融入和服务建设"),
    ("全省地区生产总值增长5%", "全省地区生产总值增长5%"),  # speaking as the province
])
def test_compared_away(text, left):
    from tracker.extract.context import compared_away
    assert compared_away(text) == left


def test_compared_words_do_not_set_the_voice():
    """A city's targets compared with 全省平均 stay the city's; a province's compared with 全国 stay the
    province's (not 全国)."""
    city = ("今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右；固定资产投资增速高于全省平均水平；"
            "社会消费品零售总额增长5%。对福建、莆田工作的重要讲话精神。\n")
    got = {t["region"] for t in extract_text(city, today=datetime.date(2026, 1, 1)).targets}
    assert got == {"莆田市"}
    prov = "三、2026年重点工作\n一般公共预算收入增长3％，居民收入增速高于全国平均水平。扩大陕西老字号品牌影响力。\n"
    assert only(prov)["region"] == "陕西省"


@pytest.mark.parametrize("text, city", [
    ("全面落实对福建、福州工作的重要讲话精神，全市上下…", "福州市"),
    ("市政府将深入贯彻对浙江、宁波工作的要求。", "宁波市"),
    ("全市上下团结一心。", None),  # no city named at all
    # partner_region for listed cities: 泰州 and 无锡 are partners; the page is 连云港's
    ("江苏信保 > 连云港 > 金融资讯\n市工信局将…全力以赴与泰州、无锡联合冲刺国家…集群。全市…", "连云港市"),
    ("全市将与无锡联合冲刺国家集群。", None),  # only a partner named: no city of its own
])
def test_city_short_name(text, city):
    from tracker.extract.context import city_short_name
    assert city_short_name(text) == city


@pytest.mark.parametrize("text, city, own", [
    # 荥阳's report: 郑州 named only as the superior whose instructions are followed
    ("深入贯彻对河南及郑州工作的重要论述,认真落实郑州市委十二届七次全会精神,按照市委六届八次全会部署,"
     "开创建设荥阳实践新局面。", "郑州市", "荥阳市"),
    # 郑州 named as a place as well: the prefecture's own text, 荥阳 a part of it
    ("郑州市委全会部署，郑州全市GDP增长6%，荥阳、新郑加快发展。", "郑州市", None),
    # two county-level cities of 郑州 named: which one speaks is not clear
    ("落实郑州市委部署，荥阳、新郑协同发展。", "郑州市", None),
    ("落实郑州市委部署，全市…", "郑州市", None),  # no county-level city named
])
def test_county_city_voice(text, city, own):
    from tracker.extract.context import county_city_voice
    assert county_city_voice(text, city) == own


def test_county_city_voice_drafts_for_the_county_level_city():
    text = ("二、2025年工作总体要求和主要目标\n认真落实郑州市委十二届七次全会精神,按照市委六届八次全会部署,"
            "开创荥阳实践新局面。\n主要预期目标是:地区生产总值增长6%左右。\n")
    (t,) = extract_text(text, today=datetime.date(2026, 12, 3)).targets
    assert (t["region"], t["due"]) == ("荥阳市", 2025)


@pytest.mark.parametrize("text, end, body", [
    ("提请市十六届人大五次会议审议", 3, True),
    ("根据市委统一部署", 3, True),
    ("据赣州市统计局", 4, False),
])
def test_city_body(text, end, body):
    from tracker.extract.context import city_body
    assert city_body(text, end) is body


def test_city_body_is_no_city():
    from tracker.extract.context import _city
    assert _city("20日，提请市十六届人大五次会议审议的报告。根据市委统一部署，全市…") is None


def test_bare_wan_yi_is_one():
    """突破万亿元: 万亿 with no number before it is one 万亿; 千亿元 was read already (1000 亿元)."""
    from tracker.extract.numbers import split_magnitude
    assert split_magnitude("万亿") == (1.0, "万亿")
    t = only("2024年3月1日\n到2027年，全省数字经济规模突破万亿元。\n", region="某省")
    assert (t["target"], t["due"]) == ({"value": 1, "unit": "万亿元"}, 2027)
    assert not extract_text("2024年3月1日\n到2027年，形成万亿规模。\n", region="某省").targets  # no 元: no amount


@pytest.mark.parametrize("before, number, items", [
    ("力争到2025年电子信息、汽车、生命健康产业规模突破", "万亿", ["电子信息", "汽车", "生命健康"]),
    ("推动新材料、新能源产业均突破", "千亿", ["新材料", "新能源"]),
    ("推动新材料、新能源产业规模突破", "5000亿", []),  # digits: perhaps their sum — one goal
    ("电子信息产业规模突破", "万亿", []),  # one item
])
def test_tier_items(before, number, items):
    assert L.tier_items(before, number) == items


def test_tier_items_draft_one_goal_each():
    text = "2024年3月1日\n力争到2027年，全省装备制造、食品产业规模突破千亿元。\n"
    got = [(t["indicator"], t["target"]) for t in extract_text(text, region="某省").targets]
    assert len(got) == 2 and all(g[1] == {"value": 1000, "unit": "亿元"} for g in got)


@pytest.mark.parametrize("number, after, unit, size", [
    ("千万", "炼化一体化、榆能百万吨煤制芳烃等项目", "吨", True),
    ("千亿", "产业集群", "元", True),
    ("千亿", "", "元", False),  # 突破千亿元 at the end: an amount
    ("千亿", "大关", "元", False),
    ("百万", "创新型中小企业", "家", False),  # a count, not a size
    ("500", "项目", "个", False),  # digits
])
def test_size_word(number, after, unit, size):
    assert L.size_word(number, after, unit) is size


def test_step_onto_a_level_is_a_commitment():
    """迈上…台阶 states a level to reach, like 突破 and 达到."""
    assert C.classify("带动全省制造业产值迈上7万亿元台阶", 2023)[0] == "commitment"
    t = only("2023年4月24日\n力争到2025年，带动全省制造业产值迈上7万亿元台阶。\n", region="湖北省")
    assert t["target"] == {"value": 7, "unit": "万亿元"}


# --------------------------------------------------------------------------
# Rules from the thirteenth test split (scored blind once, then dev); invented sentences of the genre


@pytest.mark.parametrize("before, after, number, name", [
    ("冰壶、冬季", "、速度滑冰", "两", True),  # a count in words inside a list of names
    ("改造城镇老旧小区10万户、市政管网", "、供热设施4000台", "1000", False),  # digits: an amount
])
def test_list_item_name_in_words_only(before, after, number, name):
    assert L.list_item_name(before, after, number) is name


def test_list_of_amounts_sharing_a_verb():
    got = [t["target"] for t in extract_text("2026年1月1日\n今年改造老旧小区10万户、市政管网1000公里、供热设施4000台。\n",
                                             region="某省").targets]
    assert got == [{"value": 10, "unit": "万户"}, {"value": 1000, "unit": "公里"}, {"value": 4000, "unit": "台"}]


def test_named_province():
    from tracker.extract.context import named_province
    text = "贯彻视察甘肃重要讲话。深化全国一体化算力网络建设。建设幸福美好新甘肃。"
    assert named_province(text, "甘肃省") == "甘肃省"
    assert named_province("我国经济…甘肃…甘肃", "甘肃省") is None  # the country speaks (我国)
    assert named_province("视察甘肃重要讲话。全国一体化。", "甘肃省") is None  # named once only
    text = ("2026年重点工作\n今年全面贯彻视察甘肃重要讲话，加快建设新甘肃。外贸进出口总值增长10%以上。"
            "深化全国一体化算力网络国家枢纽节点建设。\n")
    assert only(text)["region"] == "甘肃省"


def test_province_of_places():
    from tracker.extract.context import province_of_places
    assert province_of_places("加快推进葫芦岛基地、大连石化、辽阳石化等项目。") == "辽宁省"
    assert province_of_places("推进大连石化项目。") is None  # one city is not enough
    text = ("2025年省《政府工作报告》重点工作分工方案\n2025年是“十四五”规划的收官之年。\n"
            "一、对地区生产总值增长5%以上等预期目标进行监测。(省发展改革委、"
            "省财政厅等按职责分工负责)\n二、加快推进葫芦岛基地、大连石化、辽阳石化等重大项目。\n")
    assert only(text)["region"] == "辽宁省"


@pytest.mark.parametrize("clause, found", [
    ("打造电子信息、装备制造等5个千亿级产业集群", [{"value": 5, "unit": "个"}]),  # how many to create
    ("培育冶金、化工等2个五千亿级产业链", [{"value": 2, "unit": "个"}]),
    ("甲、乙等12个项目加快建设", []),  # a named set as the subject
    ("推进甲、乙等12个项目建设", []),  # pushing named projects on: which, not how many
])
def test_listed_object(clause, found):
    from tracker.extract.extract import _quantities
    assert [f.amount for f in _quantities(clause)] == found


def test_carried_create_verb():
    """carried_create_verb: a clause listing only counts ("冶金、化工等2个…产业链、10个…产业链") goes on with the
    creating verb of the clause before it (形成), so its counts are goals, not a named set."""
    from tracker.extract.lists import create_verb
    from tracker.extract.extract import _quantities, listed_nouns
    assert create_verb("5年内形成原材料、消费品等万亿级产业3个") == "形成"
    assert create_verb("加快推进项目建设进度") is None  # 建设 too far from the head
    assert listed_nouns("冶金、化工等") and not listed_nouns("推进冶金、化工等")
    got = [f.amount for f in _quantities("冶金、化工等2个五千亿级产业链、10个千亿级产业链", "形成")]
    assert got == [{"value": 2, "unit": "个"}, {"value": 10, "unit": "个"}]
    assert _quantities("冶金、化工等2个五千亿级产业链", None) == []  # no verb carried: a named set


# --------------------------------------------------------------------------
# Rules from the fifth round's development documents (五莲, 随州, 黑龙江, 福建)


def test_a_year_right_after_a_promise_is_a_deadline():
    """before_deadline: "力争2025年新增…" sets 2025 as a deadline, like 到2025年 — a text printing no year
    of its own and read in 2026 was written by then."""
    from tracker.extract.context import before_deadline
    assert before_deadline("力争2025年新增国家级专精特新小巨人2家以上。") == 2025
    assert before_deadline("确保在2024年完成改造，到2026年全面建成。") == 2024
    assert before_deadline("2025年全市新增企业100家。") is None  # a year with no promise before it


def test_traditional_characters_beyond_the_hand_list():
    """All of hanziconv's pairs: 堅持 must read 坚持 (a verb the rules know), one character each way."""
    from tracker.extract.text import normalise
    n = normalise("全市經信系統堅持工業立市，力爭新增企業")
    assert n.text == "全市经信系统坚持工业立市,力争新增企业"  # NFKC: ， is ,
    assert len(n.text) == len(n.original)
    assert normalise("显著").text[0] == "显"  # a simplified text keeps its characters


@pytest.mark.parametrize("name, slogan", [
    ("工业立市", True), ("科技强市", True), ("旅游兴县", True), ("生态立区", True),
    ("南昌市", False), ("南昌高新区", False),
])
def test_slogan_place(name, slogan):
    from tracker.extract.context import slogan_place
    assert slogan_place(name) is slogan


@pytest.mark.parametrize("name, head", [("末开发区", True), ("底前县", True), ("初新区", True), ("南昌高新区", False), ("中山市", False)])
def test_period_head(name, head):
    """period_head: 末/底/初 opening a name shaped like a place is a time word's tail ("十三五”末开发区")."""
    from tracker.extract.context import period_head
    assert period_head(name) is head


@pytest.mark.parametrize("name, tail", [
    ("促成泸州", (2, "泸州市")),        # 促成泸州化工园区…: a verb before the city's short name
    ("推进宜宾市", (2, "宜宾市")),      # before its full name
    ("南昌高新区", None),               # no tail of it is a place: the zone itself
    ("打造示范区", None),               # a common noun after the verb: no place
])
def test_listed_tail(name, tail):
    from tracker.extract.context import listed_tail
    assert listed_tail(name) == tail


@pytest.mark.parametrize("text, region", [
    ("其中,促成泸州化工园区原料结构调整项目、长机公司智能工厂等40个项目投产", "泸州市"),  # was the region 促成泸州
    ("力争在“十三五”末开发区实现经营(销售)收入10000亿元", None),                         # was the region 末开发区
])
def test_region_in_takes_no_verb_or_time_word(text, region):
    from tracker.extract.context import region_in
    assert region_in(text) == region


def test_place_named_most():
    """named_most: no scope words and no province named: the place named most, full or short, twice or more."""
    from tracker.extract.context import document_scope, place_named_most
    assert place_named_most("莆田市第八屆人民代表大會第三次會議…傳遞出莆田2024年經濟工作新動向…讓民營經濟成為莆田最大的優勢") == "莆田市"
    assert place_named_most("近日,万州政府工作报告对万州今年的工业经济増长做了目标预测…来源万州时报") == "万州区"
    assert place_named_most("莆田市出台措施") is None  # once is not enough
    assert place_named_most("泉州与厦门、泉州与漳州、厦门与漳州") is None  # 泉州 twice, 厦门 twice: no single place
    assert document_scope("万州政府工作报告…万州工业…万州", None)[0] == "万州区"
    assert document_scope("全县…万州政府工作报告…万州工业…万州", None)[0] is None  # a county's voice: not this rule


def test_zone_outvoiced():
    """zone_outvoiced: 全市/我市 more often than the zone's own words: the city's text, though it names a zone twice."""
    from tracker.extract.context import zone_outvoiced, zone_voice
    city = ("我市将推动泸州国家高新区、泸州白酒产业园区做强做优。以泸州国家高新区为例,到2020年,该园区建成区面积达37.6平方公里。"
            "今年全市将实施重点工业项目100个以上。促成泸州化工园区原料结构调整项目投产。我市…")
    assert zone_outvoiced(city)  # 我市, 全市, 我市 (3) against 该园区 (1): 白酒产业园区 and 化工园区 are parks' names
    assert zone_voice(city) is None
    zone = "张家界高新区召开工作会议。张家界高新区今年力争…园区企业…全区上下…全市"
    assert not zone_outvoiced(zone)  # 全市 once, 园区 and 全区: the zone speaks
    assert zone_voice(zone) == "张家界高新区"


def test_district_voice():
    """全区 is a district's voice outside an autonomous region; a county's words outnumbering a city's make the county speak."""
    from tracker.extract.context import compared_away, own_province_voice
    from tracker.extract.region_model import read_region
    assert not own_province_voice("全区上下要紧紧围绕", "湖北省")
    assert own_province_voice("全区上下要紧紧围绕", "宁夏回族自治区")
    assert own_province_voice("全省经济", "湖北省")
    text = ("黄州区第六届人民代表大会第一次会议上,代区长陈风作报告,全区上下要紧紧围绕。据了解,黄冈市委五届十三次全会提出了新战略,"
            "黄州区委第六次党代会绘就了新蓝图。实现地区生产总值占全市比重达到20%以上。在全区经济发展“高于全省、领跑全市”的总基调下")
    voice = compared_away(text)
    assert "全市" not in voice and "全省" not in voice  # 占全市比重, 高于全省, 领跑全市: comparisons
    assert read_region(voice, "湖北省").region == "黄州区"  # 代区长, 全区, 区委, 全区 against nothing of the city's own
    assert read_region("全市上下…市委…市长…区委", "湖北省") is None  # a city's text naming a district body once, no city


def test_own_superior():
    """own_superior: the city above the text's own county is no new section."""
    from tracker.extract.scope import own_superior, own_zone
    assert own_superior("黄冈市", "黄州区")
    assert own_zone("黄冈市", "黄州区")
    assert not own_superior("武汉市", "黄州区")
    assert not own_superior("黄州区", "黄冈市")


def test_shaped_place_has_no_verb_or_slogan():
    """The city a text names most, by shape, is no phrase such as 系统坚持工业立市 (a verb inside, a slogan
    at the end); 绍兴市 and 宜兴市 end like a slogan but are the gazetteer's."""
    from tracker.extract.context import region_in, shaped_place
    assert not shaped_place("统坚持工业立市")
    assert not shaped_place("科技强市")
    assert shaped_place("南昌高新区")
    assert region_in("推动绍兴市发展") == "绍兴市"
    assert region_in("坚持科技强市") is None


def test_a_city_bureau_without_a_year_or_its_full_name():
    """A city paper's report on its 经信 bureau: no year printed (力争2025年 is its deadline, read in 2026),
    the city named only as 襄阳日报 (city_short_name), a slogan 科技强市 that is no place."""
    text = ("襄阳日报讯 全市经信系统坚持科技强市，着力推动工业稳增长。\n"
            "强化优质企业培育，力争2025年新增省级专精特新中小企业20家以上。\n")
    t = only(text, today=datetime.date(2026, 3, 1))
    assert (t["region"], t["due"], t["target"]) == ("襄阳市", 2025, {"value": 20, "unit": "家"})


def test_a_name_straddling_a_word_is_no_place():
    """straddled_word: 新增城区绿化面积 is "new urban green area", not 增城区 (广州); 扩建平… is no 建平县.
    A name right after other characters is still read (推动增城区, 2025年建平县)."""
    from tracker.extract.gazetteer import names_in, straddled_word
    assert names_in("新增城区绿化面积28万平方米") == []
    assert straddled_word("扩建平台", 1)
    assert [n for _, _, n in names_in("推动增城区发展")] == ["增城区"]
    assert [n for _, _, n in names_in("2025年建平县")] == ["建平县"]
    text = "2013年，五莲县将新增城区绿化面积28万平方米。\n"
    assert only(text, year=2013)["region"] == "五莲县"


@pytest.mark.parametrize("after, unit, answer", [
    ("的80项城建重点工程", "亿元", True),
    ("左右的3个产业园区", "亩", True),
    ("的重点项目", "亿元", False),  # no count after 的
    ("，新建80项", "亿元", False),
    ("的5个园区", "%", False),  # a share is never what a thing is like
])
def test_amount_of_counted(after, unit, answer):
    assert L.amount_of_counted(after, unit) is answer


def test_the_count_not_the_investment_of_what_is_counted():
    """amount_of_counted: "年内实施总投资35亿元的80项城建重点工程" is a goal of 80 项; the 35亿元 says how
    big those projects are, not an amount to reach."""
    t = only("2013年，启动重点城建工程建设，年内实施总投资35亿元的80项城建重点工程。\n", year=2013, region="五莲县")
    assert (t["target"], t["due"]) == ({"value": 80, "unit": "项"}, 2013)
    t = only("今年将开工建设总投资1200亿元的300个重点项目。\n", year=2024, region="郑州市")
    assert t["target"] == {"value": 300, "unit": "个"}


@pytest.mark.parametrize("indicator, answer", [
    ("居民消费价格指数", True), ("居民消费价格指数控制在", True), ("CPI", True), ("物价总水平", True),
    ("城镇调查失业率", False), ("研发投入强度", False),
])
def test_price_index(indicator, answer):
    from tracker.extract.extract import price_index
    assert price_index(indicator) is answer


def test_a_price_index_target_is_its_rise():
    """price_index: "居民消费价格指数控制在3.5%以内" is a rise of prices of at most 3.5% — growth, as
    "居民消费价格涨幅2%以内" says outright — not a level of 3.5%. 失业率控制在5.5%以内 stays a level."""
    t = only("2013年的主要预期目标是：居民消费价格指数控制在3.5%以内。\n", year=2013, region="五莲县")
    assert (t["kind"], t["target"], t["qualifier"], t["indicator"]) == ("growth", {"rate": 3.5}, "at_most", "居民消费价格指数")
    t = only("2013年的主要预期目标是：城镇登记失业率控制在4%以内。\n", year=2013, region="五莲县")
    assert (t["kind"], t["target"]) == ("level", {"value": 4, "unit": "%"})


def test_a_first_batch_to_build_is_a_goal():
    """plan_batch: "首批推动建设不少于30家省级中试平台" is what the plan does first — a goal, though 首批 after
    入选 reports a selection already made."""
    text = "2025年，广东将继续实施重点工程，首批推动建设不少于30家省级中试平台。\n"
    t = only(text, year=2025, region="广东省")
    assert (t["target"], t["due"]) == ({"value": 30, "unit": "家"}, 2025)
    assert extract_text("2024年，全省12家企业入选首批国家级中试平台。\n", year=2025, region="广东省").targets == []


def test_strive_to_create_counts():
    """争创 N 个 …: a count to create, as 创建 and 培育 are; a range's lower end is the target."""
    t = only("2025年，广东将加快布局商业航天产业，争创1-2个国家级未来产业先导区。\n", year=2025, region="广东省")
    assert (t["target"], t.get("stretch")) == ({"value": 1, "unit": "个"}, {"value": 2, "unit": "个"})


@pytest.mark.parametrize("region, own, answer", [
    ("哈尔滨新区", "哈尔滨市", True), ("南昌高新区", "南昌市", True),
    ("哈尔滨市", "哈尔滨市", False),  # the city itself
    ("长沙县", "长沙市", False),  # a county of the gazetteer: a place of its own
    ("南昌高新区", "赣州市", False), ("南昌高新区", None, False),
])
def test_own_zone(region, own, answer):
    assert S.own_zone(region, own) is answer


def test_a_zone_of_the_city_in_a_review_list_is_no_new_scope():
    """own_zone: in a city's report, the review item "8、哈尔滨新区自贸片区加速崛起" names a part of the city;
    the 2021 target after it is the city's, not the zone's."""
    text = ("3月14日，哈尔滨市第十五届人民代表大会第六次会议开幕。市长在会上作政府工作报告。\n"
            "2020年和“十三五”时期工作回顾\n7、城市开放合作水平大幅提升\n8、哈尔滨新区自贸片区加速崛起\n"
            "2021年主要工作任务\n一、今年主要预期目标:\n地区生产总值增长6%以上。\n")
    t = only(text)
    assert (t["region"], t["due"], t["target"]) == ("哈尔滨市", 2021, {"rate": 6})


def test_since_a_year_that_a_later_year_reports():
    """since_then: "2021年以来…" with 2022's figures is written after 2022 (2023), so its 2022 figures are
    results, not goals; with no later year reported, 2024年以来 still gives 2024."""
    text = ("2021年以来，全省工信系统全面实施《规划》，制造业高质量发展取得明显成效。"
            "2022年工业增加值1.96万亿元，总量居全国第5位。规上工业企业数量突破2万家。\n")
    assert D.since(text)[0] == 2023
    assert extract_text(text).targets == []
    assert D.since("2024年以来，全市工业经济平稳运行。\n2024年全市工业投资增长12%左右。")[0] == 2024


def test_namely_before_a_count_verb():
    """即 (namely) opening a clause before its count verb: "即争创3-5个领军型县域冠军产业" counts like
    "争创3-5个…" (the verb is the clause's even with a range before the measure word)."""
    text = "到2027年，全省产业综合实力明显增强。县域产业加快升级，即争创3-5个领军型县域冠军产业。\n"
    t = only(text, year=2025, region="湖北省")
    assert (t["target"], t["due"]) == ({"value": 3, "unit": "个"}, 2027)


@pytest.mark.parametrize("sentence, doc_year, deadline, answer", [
    ("培育一批国家级特色产业集群，累计建成国家级中小企业特色产业集群30个", 2025, 2027, True),
    ("培育一批国家级特色产业集群，累计建成国家级中小企业特色产业集群30个", 2025, None, False),  # no deadline
    ("累计建成5G基站18.8万个", 2026, 2025, False),  # the deadline is past: a result
    ("2024年累计建成5G基站18.8万个", 2025, 2027, False),  # an ended year
    ("已累计建成5G基站18.8万个", 2025, 2027, False),  # 已
])
def test_cumulative_goal(sentence, doc_year, deadline, answer):
    assert C.cumulative_goal(sentence, doc_year, deadline) is answer


def test_a_cumulative_total_by_the_paragraphs_deadline():
    """cumulative_goal: after "到2027年…" a clause set off by ；that says 累计建成…30个 is a total to reach by
    2027; a 累计 figure in a review stays a result."""
    text = "到2027年，全省特色产业集群综合实力明显增强；培育一批国家级特色产业集群，累计建成国家级中小企业特色产业集群30个。\n"
    t = only(text, year=2025, region="湖北省")
    assert (t["target"], t["due"]) == ({"value": 30, "unit": "个"}, 2027)
    assert extract_text("过去一年，全省累计建成5G基站18.8万个。\n", year=2025, region="湖北省").targets == []


def test_a_meeting_reports_the_year_before():
    """reported_opener: "会议指出，2025年…" opens a paragraph reporting 2025 like "据介绍，2023年…" does: in a 2026
    text its 全年签约…296个 is a result, not a 2026 goal."""
    from tracker.extract.extract import past_opener
    assert past_opener("会议指出,2025年广西工业经济稳中有进。全年签约项目296个。", 2026)
    assert past_opener("该负责人表示，2024年全市新增企业300家。", 2025)
    assert not past_opener("会议指出,2026年广西将力争新增企业300家。", 2026)  # a promise: the year planned
    text = "1月21日，2026年全区工业和信息化工作会议在南宁举行。\n会议指出,2025年广西工业经济稳中有进。开放合作再提质,全年签约产业转移项目296个、总投资2173亿元。\n"
    assert extract_text(text, year=2026).targets == []


@pytest.mark.parametrize("before, answer", [
    ("推动730家左右工业中小企业(含", True),
    ("推动730家左右工业中小企业（含61家“小巨人”企业、", True),
    ("推动730家企业(其中", True),
    ("培育智能工厂(车间)", False),  # closed, and no 含
    ("打造(", False),
])
def test_included_part(before, answer):
    assert L.included_part(before) is answer


def test_a_plans_aims_heading_is_due_at_its_horizon():
    """aims_section: under "一、主要目标" a plan of 2026 whose aims say "到2027年试点期满时" gives its undated
    counts of "(二)细分目标" 2027, not the document's year; the numbers in "(含61家…)" are no goals."""
    from tracker.extract.context import plan_horizon
    text = ("东营市工业和信息化局\n2026年1月28日\n一、主要目标\n(一)总体目标\n聚焦全市2个试点细分行业,探索形成“东营模式”。"
            "到2027年试点期满时,推动730家左右工业中小企业(含61家国家专精特新“小巨人”企业)完成数字化改造。\n"
            "(二)细分目标\n——打造数字化改造样板,培育智能工厂(车间)32个。\n")
    assert plan_horizon(text, 2026) == 2027
    got = sorted((t["target"]["value"], t["due"]) for t in extract_text(text).targets)
    assert got == [(32, 2027), (730, 2027)]
    assert plan_horizon("一、主要预期目标\n地区生产总值增长5%。", 2026) is None


def test_a_target_list_goes_on_after_semicolons():
    """target_list: "主要预期目标为：A；B；C" — the items after each ； are targets of the list too (due the
    year of its first item), though they carry no commitment word of their own."""
    text = ("今年是“十五五”开局之年。\n建议经济社会发展主要预期目标为：地区生产总值增长5%以上，在实际工作中努力争取更好结果；"
            "一般公共预算收入增长2%，居民收入增长和经济增长同步；城镇调查失业率控制在5.5%左右，城镇新增就业110万人以上。\n")
    got = sorted((t["kind"], str(t["target"]), t["due"]) for t in extract_text(text, region="山东省").targets)
    assert got == sorted([("growth", str({"rate": 5.0}), 2026), ("growth", str({"rate": 2.0}), 2026),
                          ("level", str({"value": 5.5, "unit": "%"}), 2026), ("level", str({"value": 110.0, "unit": "万人"}), 2026)])


def test_listed_years_do_not_date_the_paragraph():
    """year_list: after "2027年、2028年分别建成津潍、潍宿高铁" the next sentence's 高速公路里程突破9500公里 is this
    year's goal (今年), not 2028's."""
    from tracker.extract.extract import year_list
    assert year_list("2027年、2028年分别建成津潍、潍宿高铁")
    assert not year_list("到2027年建成津潍高铁")
    text = ("今年是“十五五”开局之年。\n铁路方面，今年建成雄商、济滨高铁，高铁里程突破3400公里，2027年、2028年分别建成津潍、潍宿高铁。"
            "公路方面，提速续建项目，高速公路里程突破9500公里。\n")
    got = sorted((t["target"]["value"], t["due"]) for t in extract_text(text, region="山东省").targets)
    assert got == [(3400, 2026), (9500, 2026)]


def test_an_intended_count_without_a_commitment_word():
    """intended_count: in a task paragraph, "大力发展服务消费，举办…活动500场" has no commitment word but says what
    is intended (大力) and opens its clause with a count verb: a goal of the document's year. A sentence
    with neither (举办…活动500场 alone, in a paragraph with no intent) stays out."""
    text = "今年是“十五五”开局之年。\n大力发展服务消费，举办“齐鲁服务消费季”活动500场、首发首秀首展100场。\n"
    got = sorted((t["target"]["value"], t["target"]["unit"], t["due"]) for t in extract_text(text, region="山东省").targets)
    assert got == [(100, "场", 2026), (500, "场", 2026)]
    assert extract_text("今年是“十五五”开局之年。\n去年，各地举办服务消费季活动500场。\n", region="山东省").targets == []


@pytest.mark.parametrize("before, answer", [
    ("新开工晏城至表白寺等", True), ("开工建设A、B等", True), ("打造电子信息、装备制造等", True),
    ("提速庆云至章丘等", False),  # under way: which ones, not how many to create
])
def test_listed_object_after_a_verb_that_starts(before, answer):
    assert L.listed_object(before) is answer


def test_a_total_over_the_years_it_takes():
    """used_span: "利用5年时间培育1万名数字专员" in a 2021 text is a total over 2021–2025: a level 1 (万名) above the
    stock at the end of 2020, due 2025 — like 三年新增100家 — not a stock of 1万名 due 2026."""
    text = "“十四五”时期，山东将重点开展9大专项行动。利用5年时间培育1万名数字专员，对接服务100万家中小企业。\n"
    got = sorted((str(t["target"]), t["due"], str(t.get("base"))) for t in extract_text(text, year=2021, region="山东省").targets)
    assert got == sorted([(str({"plus": 1.0}), 2025, str({"period": "2020", "unit": "万名"})),
                          (str({"plus": 100.0}), 2025, str({"period": "2020", "unit": "万家"}))])


@pytest.mark.parametrize("para, answer", [
    ("具体抓好八个方面重点工作。", True), ("做好今年工作，重点抓好以下十个方面：", True),
    ("全年完成八个方面重点工作。", False),  # a result, not a lead
    ("这些目标经过努力是完全可以实现的。具体抓好以下工作：", True),
    ("重点抓好以下14个方面的工作：", True),
])
def test_task_lead(para, answer):
    from tracker.extract.extract import task_lead
    assert task_lead(para) is answer


def test_a_task_lead_dates_the_tasks_after_it():
    """task_lead: after "具体抓好八个方面重点工作。" a task paragraph's bare "高技术制造业投资增长10%以上" is a goal of
    the document's year, as under a 2026年重点工作 heading."""
    text = ("今年全省经济社会发展主要预期目标是：地区生产总值增长5%左右。\n具体抓好八个方面重点工作。\n"
            "（一）着力扩大内需。深入开展产业项目建设年活动，高技术制造业投资增长10%以上。\n")
    got = sorted((t["target"]["rate"], t["due"]) for t in extract_text(text, year=2026, region="黑龙江省").targets)
    assert got == [(5, 2026), (10, 2026)]


def test_a_rate_after_listed_indicators_is_each_ones():
    """shared_rate: "社会消费品零售总额、固定资产投资增长4%左右" — two goals of 4%; an amount after listed industries
    (A、B产业规模突破5000亿元) stays one, and 分别 lists keep one number each."""
    found = [type("F", (), {"amount": {"rate": 4.0}, "kind": "growth"})()]
    assert L.shared_rate("社会消费品零售总额、固定资产投资增长", found) == ["社会消费品零售总额", "固定资产投资"]
    assert L.shared_rate("社会消费品零售总额增长", found) == []
    text = "今年主要预期目标是：社会消费品零售总额、固定资产投资增长4%左右。\n"
    got = [(t["kind"], t["target"], t["indicator"]) for t in extract_text(text, year=2026, region="黑龙江省").targets]
    assert [g[:2] for g in got] == [("growth", {"rate": 4})] * 2
    assert [g[2] for g in got] == ["社会消费品零售总额、固定资产投资（社会消费品零售总额）", "社会消费品零售总额、固定资产投资（固定资产投资）"]


def test_no_region_is_no_country():
    """no_region: a text that names no region and never speaks for the country (no 全国, 我国, 国内生产总值)
    gives 待定地区 and asks for it (−0.3), not 全国; with national words it stays 全国."""
    text = "2026年是“十五五”第一年。今年经济社会发展的主要预期目标是：地方一般公共预算收入增长3%左右。\n"
    t = only(text)
    assert (t["region"], t["due"]) == ("待定地区", 2026)
    t = only("2026年是“十五五”第一年。今年我国国内生产总值预期增长5%左右。\n")
    assert t["region"] == "全国"


def test_a_paragraph_ending_with_a_task_lead_dates_the_next():
    """task_lead at the end of a long paragraph ("…具体抓好以下工作：") heads the task paragraphs after it: their
    bare growth goals (研发经费投入增长10%左右) are due the document's year. Manner words before a count verb
    (滚动实施1500个) do not hide the verb; a word target in quotation marks (“全覆盖两提升”行动) is a name."""
    text = ("2026年是“十五五”开局之年。\n今年经济社会发展的主要预期目标是：全省地区生产总值增长5%左右，在实际工作中努力争取更好结果。"
            "这些目标经过努力是完全可以实现的。具体抓好以下工作：\n（一）壮大实体经济。\n"
            "加快建设现代化产业体系。实施制造业重点产业强基提质行动，滚动实施1500个以上省重点技改项目。"
            "深化规上工业企业研发活动“全覆盖两提升”行动，全社会研发经费投入增长10%左右。\n")
    got = sorted(str(t["target"]) for t in extract_text(text, region="福建省").targets)
    assert got == sorted([str({"rate": 5.0}), str({"value": 1500.0, "unit": "个"}), str({"rate": 10.0})])


def test_hong_kong_and_macao_are_partners_of_a_province():
    """sar_partner: a text speaking as a province (全省) that names 澳门 and 香港 as partners and never itself is
    the province of the cities it names (广州, 深圳, 珠海 → 广东省), not 澳门."""
    text = ("2026年是“十五五”第一年。今年经济社会发展的主要预期目标是：地方一般公共预算收入增长3%左右。\n"
            "把握“澳门+横琴”新定位，促进澳门经济适度多元发展，携手香港、澳门深化合作。支持广州、深圳、珠海提升能级。促进全省联动发展。\n")
    assert only(text)["region"] == "广东省"


def test_a_partner_region_is_not_the_texts_own():
    """partner_region: "积极参与北京（京津冀）国际科技创新中心建设" names 北京 as a partner; a 河北 report that names
    北京 so and 河北 once ("…资源向河北延伸") is 河北's."""
    from tracker.extract.context import _province
    text = "积极参与北京（京津冀）国际科技创新中心建设。促进京津优质公共服务资源向河北延伸。"
    assert _province(text) == "河北省"
    assert _province("对接上海，融入长三角。浙江要走在前列。") == "浙江省"
    assert _province("上海要走在前列。") == "上海市"  # the subject, not a partner


# --------------------------------------------------------------------------
# Rules from the fourteenth test split (scored blind once, then dev)


@pytest.mark.parametrize("para, lead", [
    ("近日印发。《方案》指出,到2027年,中心建设取得显著进展,实现以下目标:", "《方案》指出,到2027年,中心建设取得显著进展,实现以下目标:"),
    ("到2025年,主要目标如下:", "到2025年,主要目标如下:"),
    ("总的看,今年主要目标是:", "总的看,今年主要目标是:"),
    ("到2027年,中心建设取得显著进展。", None),
    ("目标任务全面完成。规模以上工业增加值增长5%。", None),
])
def test_aims_lead(para, lead):
    from tracker.extract.extract import aims_lead
    assert aims_lead(para) == lead


def test_an_aims_lead_dates_the_paragraphs_after_it():
    """aims_lead: after "到2027年，…实现以下目标：" the paragraphs of aims, each opening with a heading sentence
    (规模能级实现新突破。), are due 2027 — their clauses name no year of their own; a paragraph before the lead is
    not."""
    text = ("近日，重庆市人民政府办公厅印发行动方案。\n到2027年，全市制造业取得显著进展，实现以下目标：\n"
            "规模能级实现新突破。规模以上工业企业营业收入迈上4万亿元台阶，制造业增加值占地区生产总值的比重提高至28%。\n"
            "创新赋能实现新突破。规模以上工业企业研发投入超800亿元，全员劳动生产率提高至50万元/人。\n")
    got = sorted((t["target"]["value"], t["target"]["unit"], t["due"]) for t in extract_text(text, year=2023).targets)
    assert got == [(4, "万亿元", 2027), (28, "%", 2027), (50, "万元/人", 2027), (800, "亿元", 2027)]
    without = text.replace("实现以下目标：", "产业体系更加完善。")
    assert extract_text(without, year=2023).targets == []


def test_verbs_of_a_level_to_reach_leave_the_indicator():
    """提高至, 迈上 … state a level to reach: the indicator is what comes before them (投入强度, not 投入强度提高至),
    so two goals of the same number with different indicators are not taken for one."""
    text = ("到2027年，实现以下目标：\n研发投入强度提高至2%，技术改造投资占工业投资的比重提高至40%。"
            "有研发机构的企业占比提升至40%。\n")
    got = {(t["indicator"], t["target"]["value"]) for t in extract_text(text, year=2023, region="重庆市").targets}
    assert got == {("有研发机构的企业占比", 40), ("技术改造投资占工业投资的比重", 40), ("研发投入强度", 2)}
    assert C.classify("投入强度提高至2%", 2023)[0] == "commitment"  # a level to reach is promised
    assert C.classify("数字经济增加值占比超过50%", 2023)[0] == "commitment"
    assert C.classify("2022年数字经济增加值占比已超过40%", 2023)[0] == "result"


@pytest.mark.parametrize("clause, found", [
    ("制造业质量竞争力指数提高至92以上", [(13, 17, "制造业质量竞争力指数", 92.0, None)]),
    ("营商环境指数达到85左右", [(8, 12, "营商环境指数", 85.0, "about")]),
    ("居民消费价格指数控制在3.5%以内", []),  # price_index, with its %
    ("景气指数达到3个", []),
])
def test_bare_index(clause, found):
    assert L.bare_index(clause) == found


def test_money_per_person_and_index_points_are_units():
    """全员劳动生产率提高至50万元/人 is money per person; an index with no unit (指数92) is in points (点)."""
    from tracker.units import factor, parse_unit
    assert parse_unit("万元/人").dimension == "money_per_person" and factor("万元/人", "元/人") == 10_000
    assert parse_unit("点").dimension == "points"
    t = only("到2027年，实现以下目标：\n制造业质量竞争力指数提高至92以上。\n", year=2023, region="重庆市")
    assert (t["kind"], t["target"], t["indicator"], t["due"]) == ("level", {"value": 92, "unit": "点"}, "制造业质量竞争力指数", 2027)


@pytest.mark.parametrize("clause, found", [
    ("力争到2027年旅游收入突破万亿", [(14, 16, 1.0, "万亿元")]),
    ("工业产值突破千亿", [(6, 8, 1000.0, "亿元")]),
    ("规模以上工业营业收入达到5000亿以上", [(12, 17, 5000.0, "亿元")]),
    ("粮食产量力争达到880亿斤", []),  # 斤, not money
    ("旅游人数突破万亿", []),  # no money subject
    ("打造千亿产业集群", []),  # a size
    ("营业收入达到5000亿元", []),  # 元 printed: QUANTITY reads it
    ("全省数字经济规模突破三万亿", [(10, 13, 3.0, "万亿元")]),  # 经济规模 is counted in money
    ("经济总量迈上千亿新台阶", [(6, 8, 1000.0, "亿元")]),        # new_level: 新台阶 after the amount
])
def test_money_subject(clause, found):
    assert L.money_subject(clause) == found


def test_a_bare_tier_of_revenue_is_money():
    """money_subject: "力争到2027年旅游收入突破万亿" is one 万亿元 of tourism revenue, due 2027."""
    t = only("2024年04月22日\n今年，吉林省打造冰雪旅游胜地，力争到2027年旅游收入突破万亿。\n", region="吉林省")
    assert (t["kind"], t["target"], t["due"], t["indicator"]) == ("level", {"value": 1, "unit": "万亿元"}, 2027, "旅游收入")


def test_a_price_rise_said_in_words_is_growth():
    """price_index: "居民消费价格总水平上涨幅度控制在2%左右" is a rise of prices of about 2% — growth, like
    居民消费价格指数控制在3.5%以内."""
    from tracker.extract.extract import price_index
    assert price_index("居民消费价格总水平上涨幅度控制在") and price_index("居民消费价格涨幅")
    assert not price_index("城镇调查失业率控制在")
    t = only("今年经济社会发展主要目标是：居民消费价格总水平上涨幅度控制在2%左右。\n", year=2026, region="山西省")
    assert (t["kind"], t["target"], t["qualifier"], t["indicator"]) == ("growth", {"rate": 2}, "about", "居民消费价格总水平")


@pytest.mark.parametrize("after, task, ongoing, scope", [
    ("方面重点工作", True, False, False),  # 具体抓好八个方面重点工作
    ("方面的工作", True, False, False),  # 重点抓好以下14个方面的工作
    ("续建高铁建设", False, True, False),  # 抓好6条续建高铁建设
    ("在建项目", False, True, False),
    ("能源重点领域项目投资突破2000亿元", False, False, True),  # 推动11个…项目投资突破2000亿元
    ("营收超100亿元企业", False, False, False),  # 培育5家营收超100亿元企业: a size, the count stays
    ("省级重点工程项目", False, False, False),  # 抓好629个省级重点工程项目
])
def test_counts_that_are_no_goals(after, task, ongoing, scope):
    assert (L.task_count(after), L.ongoing_count(after), L.amount_scope(after)) == (task, ongoing, scope)


@pytest.mark.parametrize("verb, after, watched", [
    ("抓好", "重点企业", True),  # 抓好亿元以上重大增长点和100家重点企业: the firms looked after
    ("抓好", "企业", True),
    ("抓好", "省级重点工程项目", False),  # 抓好629个省级重点工程项目: projects to carry out, a goal
    ("培育", "重点企业", False),  # 培育100家重点企业: firms to grow, a goal
])
def test_watched_firms(verb, after, watched):
    assert L.watched_firms(verb, after) is watched


def test_watched_firms_in_a_press_conference():
    text = ("今年是荆门的攻坚之年。二是着力促增长。抓好亿元以上重大增长点和100家重点企业，巩固工业经济增长良好态势；"
            "推进项目投资集中攻坚，力争固投增长10%。\n")
    got = [(t["kind"], t["target"]) for t in extract_text(text, year=2024, region="荆门市").targets]
    assert got == [("growth", {"rate": 10})]


@pytest.mark.parametrize("clause, found", [
    ("建设5大微短剧基地", [(2, 4, 5.0)]),
    ("着力打造三大产业基地", [(4, 6, 3.0)]),
    ("重点培育大农业、大装备“四大集群”", []),  # no number right after the verb
    ("打造“四大集群”", []),  # a name in quotation marks
    ("推动三大攻坚战取得成效", []),  # no creating verb
    ("位居全国5大城市之列", []),
])
def test_da_count(clause, found):
    assert L.da_count(clause) == found


def test_count_verbs_and_scopes_in_a_work_report():
    """抓好 counts what it names (抓好629个省级重点工程项目 is a goal), not 抓好八个方面重点工作 nor 抓好6条续建高铁建设;
    in 推动11个能源重点领域项目投资突破2000亿元 only the amount is a goal; 建设5大微短剧基地 is a count of 5 (个)."""
    text = ("三、2026年工作安排\n具体抓好八个方面重点工作。\n扩大有效投资。抓好629个省级重点工程项目，抓好6条续建高铁建设，"
            "推动11个能源重点领域项目投资突破2000亿元。加快发展新业态，建设5大微短剧基地。\n")
    got = sorted((t["target"]["value"], t["target"]["unit"], t["due"]) for t in extract_text(text, year=2026, region="山西省").targets)
    assert got == [(5, "个", 2026), (629, "个", 2026), (2000, "亿元", 2026)]


@pytest.mark.parametrize("original, read", [
    ("实现新突破.规模以上", "实现新突破。规模以上"),  # a full stop typed as "."
    ("增长5%.固定资产投资", "增长5%。固定资产投资"),
    ("增长5%, 固定资产投资增长6%", "增长5%,固定资产投资增长6%"),  # the space typed after a comma
    ("目标: 地区生产总值", "目标:地区生产总值"),
    ("增长3.5%", "增长3.5%"),  # a decimal point
    ("www.gov.cn, 2024", "www.gov.cn, 2024"),  # not Chinese text
    ("，：；（）", ",:;()"),  # NFKC: full-width reads as the ASCII the patterns match
])
def test_half_width_punctuation(original, read):
    from tracker.extract.text import normalise
    n = normalise(original)
    assert n.text == read
    assert n.original_span(0, len(n.text)) == original  # quotes stay the document's own text


def test_ascii_punctuation_reads_like_full_width():
    """half_width_punctuation: the same aims typed with ASCII punctuation (a news page's , : . and spaces) and with
    full-width punctuation give the same drafts; each quote is the document's own text."""
    full = "到2027年，全市制造业取得显著进展，实现以下目标：\n规模能级实现新突破。营业收入迈上4万亿元台阶，研发投入强度提高至2%。\n"
    ascii_ = "到2027年, 全市制造业取得显著进展, 实现以下目标:\n规模能级实现新突破.营业收入迈上4万亿元台阶, 研发投入强度提高至2%.\n"
    a = extract_text(full, year=2023, region="重庆市").targets
    b = extract_text(ascii_, year=2023, region="重庆市").targets
    assert [(t["target"], t["due"]) for t in a] == [(t["target"], t["due"]) for t in b] == [
        ({"value": 4, "unit": "万亿元"}, 2027), ({"value": 2, "unit": "%"}, 2027)]
    assert [t["source"]["quote"] for t in b] == ["营业收入迈上4万亿元台阶, 研发投入强度提高至2%"] * 2
    assert all(t["source"]["quote"] in ascii_ for t in b)


# --------------------------------------------------------------------------
# Rules from the fifteenth test split (scored blind once, then dev)


@pytest.mark.parametrize("text, place", [
    ("南国都市报记者 杜倬荷", None),  # masthead: a newspaper's name, not a city 南国都市
    ("燕赵都市报讯", None),
    ("某某市报告显示", "某某市"),  # 报告 is no newspaper
    ("据赣州市报送的材料", "赣州市"),
])
def test_masthead(text, place):
    """masthead: a name shaped like a place and glued to 报 (南国都市报, 燕赵都市报) is a newspaper; 报告, 报送 … are verbs
    after a place."""
    from tracker.extract.context import region_in
    assert region_in(text) == place


@pytest.mark.parametrize("para, sentence, answer", [
    ("“我们有信心,通过攻坚行动,实现规上工业增加值增长10%、营收突破2000亿元。”",
     "“我们有信心,通过攻坚行动,实现规上工业增加值增长10%、营收突破2000亿元", True),
    ("我们有信心,通过攻坚行动,实现规上工业增加值增长10%。", "我们有信心,通过攻坚行动,实现规上工业增加值增长10%", False),  # not a quote
    ("“去年全省规上工业增加值增长8%。”", "“去年全省规上工业增加值增长8%", False),  # a quote of results
    ("他说:“我们有信心实现增长10%。”", "他说:“我们有信心实现增长10%", False),  # the quote is not the whole paragraph
])
def test_quoted_aims(para, sentence, answer):
    from tracker.extract.extract import quoted_aims
    assert quoted_aims(para, sentence, 2025) is answer


def test_a_closing_quote_states_the_years_aims():
    """An official's targets as news: "2025年目标是…" names the document's year (plan_heading), the byline's 南国都市报 is
    no place (masthead), and the closing quotation with no year of its own (quoted_aims) states that year's aims
    for the province the text names — 海南省; without a year read from the text nothing is drafted from the quote."""
    text = ("1月16日,海南省工业和信息化厅厅长邓立松表示,今年将围绕“精准招商”开展攻坚。\n南国都市报记者 杜倬荷\n"
            "其次,要夯实产业基础,邓立松表示,2025年目标是石化新材料产值1600亿元、生物医药产值280亿元。\n"
            "“我们有信心,通过攻坚行动,实现规上工业增加值增长10%、数字经济核心产业营收突破2000亿元。”\n")
    got = sorted((str(t["target"]), t["due"], t["region"]) for t in extract_text(text).targets)
    assert got == sorted([(str({"value": 1600.0, "unit": "亿元"}), 2025, "海南省"), (str({"value": 280.0, "unit": "亿元"}), 2025, "海南省"),
                          (str({"rate": 10.0}), 2025, "海南省"), (str({"value": 2000.0, "unit": "亿元"}), 2025, "海南省")])
    undated = text.replace("2025年目标是", "目标是")
    quoted = [t for t in extract_text(undated, today=datetime.date(2026, 3, 1), min_confidence=0).targets if "攻坚行动" in t["source"]["quote"]]
    assert quoted == []  # the year is only guessed: the quote's aims get no year


@pytest.mark.parametrize("before, after, answer", [
    ("营业收入超", "和市值超千亿元制造业企业群体不断壮大", True),  # the second threshold runs into a kind of firm
    ("营业收入超", "、市值超100亿元的企业不断增多", True),
    ("营业收入超过", "和利润过100亿元的制造业企业达到10家", True),
    ("营业收入突破", "和利润突破100亿元的企业", False),  # 突破 is a level to reach, no threshold
    ("营业收入超", "和利润超100亿元", False),  # two goals joined
    ("营业收入超", "和利润超100亿元的目标", False),  # a goal word, not a kind
    ("营业收入超", "和利润增长超10%的企业", False),  # no amount joined
])
def test_joined_threshold(before, after, answer):
    assert L.joined_threshold(before, after) is answer


def test_thresholds_that_say_what_kind_of_firm_are_no_goals():
    """joined_threshold: in a plan's aims for 2030, "营业收入超千亿元和市值超千亿元制造业企业群体不断壮大" names a kind
    of firm (no goal), "制造业增加值占全球5%以上" stays a goal; two joined levels to reach stay two goals, and
    "培育营收超千亿元企业5家" keeps its count."""
    text = "到2030年,营业收入超千亿元和市值超千亿元制造业企业群体不断壮大,制造业增加值占全球5%以上。"
    got = [(t["target"], t["due"]) for t in extract_text(text, year=2023, region="江苏省").targets]
    assert got == [({"value": 5, "unit": "%"}, 2030)]
    two = extract_text("到2030年,营业收入超1000亿元和利润超100亿元。", year=2023, region="江苏省").targets
    assert sorted(t["target"]["value"] for t in two) == [100, 1000]
    count = extract_text("到2030年,培育营收超千亿元企业5家。", year=2023, region="江苏省").targets
    assert [t["target"] for t in count] == [{"value": 5, "unit": "家"}]


def test_concentration_in_air_is_a_unit():
    """微克/立方米 (μg/m³) is a concentration: 1 毫克/立方米 is 1000 微克/立方米, and it does not convert to a volume."""
    from tracker.units import UnitError, factor, parse_unit
    assert parse_unit("微克/立方米").dimension == "concentration"
    assert parse_unit("μg/m³").dimension == "concentration"  # NFKC reads ³ as 3
    assert factor("毫克/立方米", "微克/立方米") == 1000
    with pytest.raises(UnitError):
        factor("微克/立方米", "立方米")


def test_a_concentration_held_at_a_level():
    """"细颗粒物年均浓度控制在29微克/立方米左右" is a level of about 29 微克/立方米 (年均 is the year's mean, not a
    yearly rate; 控制在 with 左右 is about), drafted beside the other aims of the year and valid as printed."""
    from tracker.spec import load_spec_text
    text = "今年经济社会发展主要预期目标是：城镇调查失业率控制在5%以内，细颗粒物年均浓度控制在29微克/立方米左右、争取更优水平。"
    result = extract_text(text, year=2026, region="北京市")
    got = [(t["kind"], t["indicator"], t["target"], t.get("qualifier"), t["due"]) for t in result.targets]
    assert got == [("level", "城镇调查失业率", {"value": 5, "unit": "%"}, "at_most", 2026),
                   ("level", "细颗粒物年均浓度", {"value": 29, "unit": "微克/立方米"}, "about", 2026)]
    targets, problems, _ = load_spec_text(to_yaml(result), "draft.yaml")
    assert len(targets) == 2 and not problems


@pytest.mark.parametrize("clause, indicators", [
    ("2025年目标是石化新材料产值1600亿元、生物医药产值280亿元、高端食品产值500亿元",
     ["石化新材料产值", "生物医药产值", "高端食品产值"]),
    # a count's indicator keeps its verb (新认定, 培育: a rule of its own); the listed item keeps its head (中, 上)
    ("新认定省级概念验证中心20家、省级中试平台10家", ["新认定省级概念验证中心", "省级中试平台"]),
    ("培育智能工厂32个、上云用云中小企业1000家", ["培育智能工厂", "上云用云中小企业"]),
])
def test_listed_amount(clause, indicators):
    """listed_amount: in a list of amounts with no verb of their own ("…产值1600亿元、生物医药产值280亿元…"), each
    item's indicator starts after the amount before it — not 石化新材料产值1600亿元、生物医药产值."""
    from tracker.extract.extract import _quantities
    assert [f.indicator for f in _quantities(clause)] == indicators


# --------------------------------------------------------------------------
# Rules from the sixteenth test split (scored blind once, then dev)


@pytest.mark.parametrize("original, read", [
    ("營(yíng)收1000億級(jí)", "营收1000亿级"),  # the pinyin of each character, in brackets after it
    ("遴選認(rèn)定30個(gè)市級(jí)", "遴选认定30个市级"),
    ("经(jīng xìn)局", "经局"),  # syllables spaced in one bracket
    ("规划(2025—2027)", "规划(2025—2027)"),  # no pinyin: the plan's years stay
    ("的(de)目标", "的(de)目标"),  # no tone mark: not read as pinyin
    ("GDP(gè)", "GDP(gè)"),  # not after a Chinese character
    ("(gè)开头", "(gè)开头"),
    ("企业(Apple)", "企业(Apple)"),  # a name in Latin letters
])
def test_pinyin_annotation(original, read):
    from tracker.extract.text import normalise
    n = normalise(original)
    assert n.text == read
    assert n.original_span(0, len(n.text)) == original  # quotes keep the pinyin the document writes


def test_pinyin_annotated_reprint_reads_like_the_plain_text():
    """pinyin_annotation: a reprint writing pinyin after characters gives the drafts of the plain text, each quote the
    document's own (pinyin included); the 分别 list of size classes gives two counts (1000亿级 and 500亿级 are classes,
    size_word), and 累计新增…2个 under 到2026年底 is a total to reach by then (cumulative_goal)."""
    plain = ("成都市经信局印发《成都市制造业特色产业园培育三年行动计划(2025—2027)》,不断提升全市制造业特色产业园能级。\n"
             "到2026年底,特色产业园特色产业营收达到8500亿元,营收1000亿级、500亿级特色产业园数量分别达到1个、3个,"
             "累计新增国家级中小企业特色产业集群2个。\n")
    pinyin = ("成都市經(jīng)信局印發(fā)《成都市制造業(yè)特色產(chǎn)業(yè)園培育三年行動(dòng)計劃(2025—2027)》,不斷提升全市制造業(yè)特色產(chǎn)業(yè)園能級(jí)。\n"
              "到2026年底,特色產(chǎn)業(yè)園特色產(chǎn)業(yè)營(yíng)收達(dá)到8500億元,營(yíng)收1000億級(jí)、500億級(jí)特色產(chǎn)業(yè)園數(shù)量分別達(dá)到1個(gè)、3個(gè),"
              "累計(jì)新增國(guó)家級(jí)中小企業(yè)特色產(chǎn)業(yè)集群2個(gè)。\n")
    a = extract_text(plain, year=2025).targets
    b = extract_text(pinyin, year=2025).targets
    got = [(t["target"], t["due"], t["region"]) for t in b]
    assert got == [(t["target"], t["due"], t["region"]) for t in a] == [
        ({"value": 8500, "unit": "亿元"}, 2026, "成都市"), ({"value": 1, "unit": "个"}, 2026, "成都市"),
        ({"value": 3, "unit": "个"}, 2026, "成都市"), ({"value": 2, "unit": "个"}, 2026, "成都市")]
    assert all(t["source"]["quote"] in pinyin for t in b)
    assert b[0]["source"]["quote"].endswith("集群2個(gè)")


def test_teu_is_a_unit():
    """标箱 (标准箱, TEU) counts containers in twenty-foot equivalents: 30万标箱 is 300000 标箱, and it converts neither to
    a count of boxes (a 40-foot box is 2 TEU) nor to anything else."""
    from tracker.units import UnitError, factor, parse_unit
    assert parse_unit("万标箱").dimension == parse_unit("标准箱").dimension == parse_unit("TEU").dimension == "teu"
    assert factor("万标箱", "标箱") == 10000
    assert factor("万TEU", "标准箱") == 10000
    with pytest.raises(UnitError):
        factor("万标箱", "个")


def test_container_throughput_is_a_goal_in_teu():
    """"年内力争集装箱吞吐量达到30万标箱" is a level of 30 万标箱 this year, the indicator 集装箱吞吐量."""
    text = "岳阳把2017年确定为全面建成小康社会的决胜之年。推进现代物流创新发展城市试点,年内力争集装箱吞吐量达到30万标箱。\n"
    got = [(t["indicator"], t["target"], t["due"]) for t in extract_text(text, year=2017, region="岳阳市").targets]
    assert got == [("集装箱吞吐量", {"value": 30, "unit": "万标箱"}, 2017)]


@pytest.mark.parametrize("clause, got", [
    ("确保完成10.08万建档立卡贫困人口脱贫任务", [(10.08, "万人", "建档立卡贫困人口脱贫")]),
    ("完成3万农村贫困人口易地扶贫搬迁任务", [(3, "万人", "农村贫困人口易地扶贫搬迁")]),
    ("完成十万农村劳动力转移任务", [(10, "万人", "农村劳动力转移")]),
    ("完成800贫困群众搬迁任务", [(800, "人", "贫困群众搬迁")]),  # no magnitude: 人
    ("完成12万户贫困人口脱贫任务", []),  # households: 12万户 is an ordinary count
    ("完成10个项目建设任务", []),  # a measure word
    ("完成5000亩造林任务", []),  # no people
    ("完成10.08万贫困人口脱贫", []),  # not stated as a task
])
def test_people_task(clause, got):
    from tracker.extract.lists import people_task
    assert [(v, u, noun) for _, _, v, u, noun in people_task(clause)] == got


def test_a_task_of_people_is_a_count_of_people():
    """people_task: "确保完成10.08万建档立卡贫困人口脱贫任务" in a report for 2017 is a goal of 10.08 万人 that year, the
    quote the document's own (traditional characters)."""
    text = "岳陽把2017年確定為全面建成小康社會的決勝之年。以平江山區等為脫貧攻堅“主戰場”,確保完成10.08萬建檔立卡貧困人口脫貧任務。\n"
    got = extract_text(text, year=2017, region="岳阳市").targets
    assert [(t["indicator"], t["target"], t["due"], t["flow"]) for t in got] == [
        ("建档立卡贫困人口脱贫", {"value": 10.08, "unit": "万人"}, 2017, True)]
    assert "確保完成10.08萬建檔立卡貧困人口脫貧任務" in got[0]["source"]["quote"]


@pytest.mark.parametrize("text, city", [
    # 荆门's mayor at 湖北's press series: 全市, 荆门 named three times, 湖北 once
    ("省政府新闻办举行发布会。市长以《湖北实践荆门篇章》为题,介绍了荆门情况。今年,荆门落实省委、省政府部署。"
     "全市上下…为全省之稳做贡献。", "荆门市"),
    # a province's text naming one city twice by its short form, as often 全省 as 全市: the province speaks (contested_voice)
    ("全省经济稳中有进,武汉、武汉都市圈加快发展,全市…。", "湖北省"),
    # no 全市/我市 in its own words and the province speaking (全省): the province, though 荆门 is named thrice
    ("省政府新闻办举行发布会,介绍荆门、荆门、荆门的情况。全省经济回升向好。", "湖北省"),
    # superior_bodies: no 全省/我省 at all, the province only as its bodies (省政府新闻办): the city named thrice speaks
    ("省政府新闻办举行发布会,介绍荆门、荆门、荆门的情况。", "荆门市"),
    # 全市 and 荆门 three times, 湖北 as often (not more): the city the text speaks as (city_speaks gave no city here; the
    # region model reads its 全市 — a parent named as often is no reason to choose it)
    ("湖北湖北湖北,荆门荆门荆门,全市…。", "荆门市"),
])
def test_city_speaks(text, city):
    """city_speaks, now read by the region model (region_model.py) and the chain after it (context.document_scope)."""
    from tracker.extract.context import document_scope
    assert document_scope(text, "湖北省")[0] == city


@pytest.mark.parametrize("name, phrase", [
    ("记者从市", True),   # 记者从市工信局获悉: 从 + the city's own bureau
    ("解到向县", True),   # …向县政府报告
    ("据悉由区", True),
    ("也得益于市", True),  # changshou_dev_zone_plan_news_2022: 也得益于市政府“一区两群”的协调发展战略 (the eleventh frame check)
    ("南昌市", False),
    ("潜江市", False),
])
def test_preposition_phrase(name, phrase):
    from tracker.extract.context import preposition_phrase
    assert preposition_phrase(name) is phrase


def test_preposition_phrase_is_no_city():
    """记者从市工信局获悉 names no city 记者从市; the city is the one the text names by its short form (淄博)."""
    from tracker.extract.context import _city, region_in
    assert _city("记者从市工信局获悉,2021年,淄博工业增加值确定10%以上的增长目标。") is None
    assert region_in("记者从市工信局获悉") is None
    t = extract_text("【新年开新局】2021年实现工业增加值增长10%以上\n记者从市工信局获悉,2021年,淄博工业增加值确定10%以上的"
                     "增长目标。市工信局将力争营业收入过百亿元企业15家以上。\n")
    assert {(g["region"], g["due"]) for g in t.targets} == {("淄博市", 2021)}


@pytest.mark.parametrize("text, year", [
    ("记者从市工信局获悉,2021年,淄博工业增加值确定10%以上的增长目标。", 2021),
    ("2019年，全市提出地区生产总值增长7%的预期目标。", 2019),
    ("到2025年，全市确定增长目标。", None),        # a deadline, not the year planned
    ("2021年,全市工业增加值增长9.6%。", None),     # no goal set
])
def test_goal_set_year(text, year):
    from tracker.extract.docdate import plan_heading
    found = plan_heading(text)
    assert (found[0] if found else None) == year


@pytest.mark.parametrize("para, year, due", [
    ("今后五年的重点目标", 2017, 2021),   # 2017—2021: the report's own year is the first
    ("今后5年主要目标", 2022, 2026),
    ("未来三年发展目标", 2024, 2026),
    ("今后五年的重点目标", None, None),    # no year: nothing to count from
    ("今后五年重点工作", 2017, None),      # tasks, not aims
    ("赶超发展的五年", 2017, None),
])
def test_term_heading(para, year, due):
    from tracker.extract.extract import term_heading
    assert term_heading(para, year) == due


def test_term_heading_dates_the_lines_under_it():
    """The aims under 今后五年的重点目标 in 2017's report are due 2021; the year's own aims after 2017年主要工作 stay 2017."""
    t = extract_text("2017年4月22日,湖州市第八届人民代表大会第一次会议开幕。\n今后五年的重点目标\n地区生产总值突破3000亿元;\n"
                     "财政总收入突破500亿元;\n2017年主要工作\n全市经济社会发展主要预期目标:\n地区生产总值增长7.5%以上;\n")
    got = sorted((g["due"], g["kind"]) for g in t.targets)
    assert got == [(2017, "growth"), (2021, "level"), (2021, "level")]


@pytest.mark.parametrize("clause, held", [
    ("稳定粮食年播种面积在278万亩以上", True),
    ("保持耕地保有量在500万亩以上", True),
    ("粮食播种面积稳定在278万亩以上", False),   # a review's words: the verb after its subject
    ("稳定粮食生产", False),                   # no quantity
    ("稳定在278万亩左右", False),              # no floor
])
def test_hold_level(clause, held):
    from tracker.extract.extract import hold_level
    assert hold_level(clause) is held


def test_hold_level_is_a_goal():
    """稳定…在278万亩以上 holds a level: drafted (278 万亩) though no 力争 or 将 marks the sentence."""
    t = only("21日,江门市委全会召开。\n稳定粮食年播种面积在278万亩以上,切实保障粮食安全。\n", region="江门市", year=2021)
    assert (t["target"], t["due"]) == ({"value": 278, "unit": "万亩"}, 2021)


@pytest.mark.parametrize("after, unit, described", [
    ("的大型产业园区", "平方公里", True),   # 可开发面积超100平方公里的大型产业园区: the park's size
    ("以上的产业集群", "亿元", True),
    ("的目标", "亿元", False),            # 突破3000亿元的目标 is the goal
    ("的规模", "亿元", False),
    ("的企业", "家", False),              # a count: amount_of_counted and the count rules decide
    ("的增长目标", "%", False),
    ("", "平方公里", False),
])
def test_described_size(after, unit, described):
    from tracker.extract.lists import described_size
    assert described_size(after, unit) is described


def test_described_size_is_no_goal():
    t = extract_text("2021年1月21日\n推动高端产业集聚发展区建设,谋划建设可开发面积超100平方公里的大型产业园区。\n"
                     "全年完成投资超80亿元。\n", region="江门市")
    assert [g["target"] for g in t.targets] == [{"value": 80, "unit": "亿元"}]


@pytest.mark.parametrize("verb, after, scope", [
    ("推动", "省高能级服务业创新发展区提能升级", True),  # zones holding a rank, to upgrade: which ones
    ("推动", "企业提能升级", False),                  # firms to upgrade are counted (推动200家…企业…升级)
    ("抓好", "省级以上现代农业产业园建设", True),   # the parks looked after: which ones
    ("抓好", "国家级农业产业园", True),
    ("创建", "省级现代农业产业园", False),          # parks to win the rank: a goal
    ("抓好", "省级重点工程项目", False),            # projects to carry out stay goals
])
def test_ranked_parks(verb, after, scope):
    from tracker.extract.lists import ranked_parks
    assert ranked_parks(verb, after) is scope


def test_ranked_parks_draft_nothing():
    t = extract_text("2021年1月21日\n江门将实施数字农业农村发展行动,抓好8个省级以上现代农业产业园建设。\n"
                     "江门将创建3个省级现代农业产业园。\n", region="江门市")
    assert [g["target"] for g in t.targets] == [{"value": 3, "unit": "个"}]


def test_set_growth_rate():
    """淄博工业增加值确定10%以上的增长目标: growth of 工业增加值 at 10%, not a level of 10%; a bare 10% with no
    setting verb before it, or with 的比重 after it, is left as it was."""
    from tracker.extract.extract import _quantities
    from tracker.extract.lists import set_growth_rate
    f = _quantities("淄博工业增加值确定10%以上的增长目标")[0]
    assert set_growth_rate(f, "的增长目标")
    assert (f.kind, f.amount, f.indicator) == ("growth", {"rate": 10.0}, "工业增加值")  # tidy_name: the place (淄博) is the region's
    g = _quantities("淄博工业增加值确定10%以上的增长目标")[0]
    assert not set_growth_rate(g, "的比重")
    h = _quantities("研发投入强度10%以上的增长目标")[0]
    assert not set_growth_rate(h, "的增长目标") and h.kind == "level"


def test_set_growth_rate_beside_another_ten_percent():
    """Two growth goals of 10% for different indicators in one text are both kept (no restating)."""
    t = extract_text("2021年1月5日\n记者从市工信局获悉,2021年,淄博工业增加值确定10%以上的增长目标。今年,我市工业技改投资将增长10%。\n")
    assert sorted((g["kind"], g["target"]["rate"]) for g in t.targets) == [("growth", 10), ("growth", 10)]


# --------------------------------------------------------------------------
# Rules from the sixth development round's development documents (佛山, 石嘴山, 泸州, 黄冈, 黄州区, 莆田, 万州区, 海口, a 九龙坡
# park; gold written before their first run); invented sentences of the same genres


@pytest.mark.parametrize("original, read", [
    ("工业投资増长15%", "工业投资增长15%"),              # variant_form: 増 (U+5897) is 增
    ("实现规上エ业产值630亿元", "实现规上工业产值630亿元"),  # lookalike_characters: katakana エ between Han is 工
    ("到2025年カ争实现", "到2025年力争实现"),              # カ between 年 and 争 is 力
    ("アイエス", "アイエス"),                             # a run of kana stays Japanese
    ("エ业", "エ业"),                                    # at the start: no Han on both sides
    ("应用工业机器人32,000台,每年", "应用工业机器人32000台,每年"),  # thousands_separator
    ("1,200,000元", "1200000元"),
    ("增长5%,8%", "增长5%,8%"),                          # a comma between numbers with a unit between them stays
    ("2,3个", "2,3个"),                                  # one digit after the comma: two numbers
    ("1.234,567", "1.234,567"),                          # a decimal before: not a grouped number
    ("分别为120,150,200家", "分别为120,150,200家"),        # after 分别: a list typed with ASCII commas
])
def test_variant_lookalike_and_grouped_digits(original, read):
    from tracker.extract.text import normalise
    n = normalise(original)
    assert n.text == read
    assert n.original_span(0, len(n.text)) == original  # quotes stay the document's own text


def test_variant_characters_read_like_the_plain_text():
    """A repost writing 増, エ and カ drafts what the plain text drafts: 工业投资 growth 15% (not a level of 15%), and
    力争…突破1000亿元 for 2025; each quote keeps the document's characters."""
    t = extract_text("今年,坚定不移推进工业强区建设,工业投资増长15%。到2025年カ争实现工业总产值突破1000亿元。\n",
                     year=2023, region="万州区").targets
    assert sorted((g["kind"], g["target"].get("rate") or g["target"].get("value"), g["due"]) for g in t) == [
        ("growth", 15, 2023), ("level", 1000, 2025)]
    assert any("増长15%" in g["source"]["quote"] for g in t) and any("カ争" in g["source"]["quote"] for g in t)


@pytest.mark.parametrize("para, year, planned", [
    ("尽管如此,黄冈市对2018年发展并未提出过高的预期目标:GDP增长8%左右", 2018, 2018),
    ("2022年主要预期目标是:地区生产总值增长7%", 2022, 2022),
    ("报告提出,2019年全市经济社会发展的主要目标为:增长6%", 2019, 2019),
    ("对2017年发展的预期目标:增长7%", 2018, None),        # a year before the document's: a review
    ("2018年预期目标完成情况良好。", 2018, None),          # no colon: no aims announced
])
def test_year_aims_lead(para, year, planned):
    from tracker.extract.extract import year_aims_lead
    assert year_aims_lead(para, year) == planned


def test_year_aims_lead_ends_a_headline_review():
    """A headline reporting last year ("…亮出2017年发展“成绩单”") opened a review; the paragraph announcing 2018's
    预期目标 ends it: its six rates are drafted for 2018, last year's figures are not."""
    text = ("[聚焦黄冈两会]黄冈亮出2017年发展“成绩单”\n"
            "这份“成绩单”显示:2017年,预计全市实现地区生产总值(GDP)1890亿元,增长7.2%;规模以上工业增加值增长8.5%。\n"
            "尽管如此,黄冈市对2018年发展并未提出过高的预期目标:GDP增长8%左右,规模以上工业增加值增长8%以上,"
            "固定资产投资增长11%左右。\n")
    t = extract_text(text, year=2018, region="黄冈市").targets
    assert sorted((g["target"]["rate"], g["due"]) for g in t) == [(8, 2018), (8, 2018), (11, 2018)]


def test_work_aims_heading_dates_its_section_at_the_horizon():
    """aims_section: a plan's 一、工作目标 heading (like 主要目标) dates the aims under it at the plan's horizon, the
    dash-led line with no year of its own too: 120 家, 400 个 and 32000 台 (a grouped number) are due 2026."""
    text = ("佛山市制造能力升级行动方案\n(2022—2026年)\n一、工作目标\n"
            "深入实施制造能力升级行动。到2026年,全市规模以上工业企业80%实现数字化智能化转型发展。\n"
            "——制造能级大幅跃升。累计打造数字化智能化示范工厂120家、车间400个,应用工业机器人32,000台。\n")
    t = extract_text(text, year=2022, region="佛山市").targets
    assert sorted((g["target"]["value"], g["target"]["unit"], g["due"]) for g in t) == [
        (80, "%", 2026), (120, "家", 2026), (400, "个", 2026), (32000, "台", 2026)]


@pytest.mark.parametrize("before, after, verb", [
    ("推动江达60万只铝合金旋压轮圈等", "新建项目年内建成投产", "推动"),
    ("促成泸州化工园区原料结构调整项目、长机公司智能工厂等", "项目投产", "促成"),
    ("推动渝隆远大、柳发绰丰等", "投产项目尽快实现达产", "推动"),
    ("力争", "重大项目开工", "力争"),
    ("甲、乙等", "项目加快建设", None),          # named_scope: no drive verb, no outcome
    ("推动", "企业上云", None),                 # no outcome a project reaches
])
def test_completed_count(before, after, verb):
    m = L.completed_count(before, after)
    assert (m[0] if m else None) == verb


def test_completed_count_drafts_projects_brought_to_an_outcome():
    """completed_count: 4 new and 45 continued projects to finish this year and 10多个 to reach capacity are goals,
    though examples and 等 (named_scope) or 续建 (ongoing_count) come before them."""
    text = ("(一)扎实抓好年度重点工作。推动江达60万只铝合金旋压轮圈等4个新建项目年内建成投产,推动戴卡捷力轮毂二期、"
            "宇培电商物流二期等45个续建项目年内建成投产,推动渝隆远大、柳发绰丰等10多个投产项目尽快实现达产。\n")
    t = extract_text(text, year=2019, region="九龙坡区").targets
    assert sorted(g["target"]["value"] for g in t) == [4, 10, 45]
    assert {g["due"] for g in t} == {2019}


@pytest.mark.parametrize("after, unit, threshold", [
    ("以上重点工业项目100个以上", "万元", True),      # 5000万元以上重点工业项目100个以上
    ("(或1亿美元)以上重大产业项目100个", "亿元", True),  # an alternative in brackets between
    (")以上重大产业项目100个", "亿美元", True),          # the alternative itself
    ("以上工业企业", "万元", False),                    # no count after: the old threshold rule's case
    ("以上", "亿元", False),
    ("以上的企业5家", "%", False),                     # a percentage is no size
    ("以上企业15家", "家", False),                     # a count is no size
])
def test_counted_threshold(after, unit, threshold):
    assert L.counted_threshold(after, unit) is threshold


@pytest.mark.parametrize("before, after, unit, threshold", [
    ("力争引进投资超", "项目5个以上", "亿元", True),    # 超 before the amount, the things counted after it
    ("培育营收超", "企业5家", "亿元", True),
    ("营业收入突破", "", "亿元", False),              # a level to reach
    ("投资超", "", "亿元", False),                    # nothing counted after it
])
def test_counted_threshold_after_a_threshold_verb(before, after, unit, threshold):
    assert L.counted_threshold(after, unit, before) is threshold


def test_counted_threshold_keeps_the_count_only():
    """今年全市将实施5000万元以上重点工业项目100个以上: 100 个, not 5000 万元; 新引进10亿元(或1亿美元)以上…80个: 80 个."""
    text = "今年全市将实施5000万元以上重点工业项目100个以上。今年,力争新引进10亿元(或1亿美元)以上重大产业项目80个。\n"
    t = extract_text(text, year=2016, region="泸州市").targets
    assert [g["target"] for g in t] == [{"value": 100, "unit": "个"}, {"value": 80, "unit": "个"}]


@pytest.mark.parametrize("before, value, restated", [
    ("重点打造西南智能电网产业园、医药产业园、大数据产业园、海工装备产业园", 4, True),
    ("重点打造西南智能电网产业园、医药产业园、大数据产业园、海工装备产业园", 5, False),  # not as many as named
    ("建成小麦、家禽", 2, True),               # 建成小麦、家禽两个省实验室: the two just named
    ("打造电子信息、装备制造等", 2, False),     # 等: examples (listed_object)
    ("打造电子信息、装备制造、新材料等", 5, False),
    ("建设", 3, False),
])
def test_restated_count(before, value, restated):
    assert L.restated_count(before, value) is restated


@pytest.mark.parametrize("before, part", [
    ("到2020年,该园区建成区面积达", True),
    ("这个项目总投资", True),
    ("该市地区生产总值", False),   # the city itself
    ("园区建成区面积达", False),    # no demonstrative: which park is not said to be a part
])
def test_demonstrative_part(before, part):
    assert L.demonstrative_part(before) is part


def test_listed_parks_and_a_parks_area_are_no_goals():
    """restated_count and demonstrative_part: a park's area (该园区…37.6平方公里) and the count of the 3 parks just
    named are not the city's goals; the projects to put in production are."""
    text = ("以泸州国家高新区为例,到2020年,该园区建成区面积达37.6平方公里。\n"
            "泸州将培育特色产业集群,重点打造西南智能电网产业园、医药产业园、大数据产业园3个特色产业园。\n"
            "今年全市将促成长机公司智能工厂等40个项目投产。\n")
    t = extract_text(text, year=2016, region="泸州市").targets
    assert [(g["target"], g["due"]) for g in t] == [({"value": 40, "unit": "个"}, 2016)]


@pytest.mark.parametrize("sentence, end, para, intent, intended", [
    ("规模产值增长10%", "。", "鞋服产业,构建品牌运营体系;加快建设产业园。规模产值增长10%。", True, True),
    ("规模产值增长10%", "。", "鞋服产业,构建品牌运营体系。规模产值增长10%。", False, False),   # no intent said
    ("公共财政预算收入增长17.7%", ";", "加快建设。公共财政预算收入增长17.7%;", True, False),  # a ；-list item
    ("规模产值增长10%", "。", "回顾过去一年,加快建设。规模产值增长10%。", True, False),      # a review
    ("规模产值增长10%", "。", "2023年,加快建设。规模产值增长10%。", True, False),            # an earlier year
    ("加快建设产业园,规模产值增长10%", "。", "加快建设产业园,规模产值增长10%。", True, False),  # more than a rate
])
def test_intended_rate(sentence, end, para, intent, intended):
    from tracker.extract.extract import intended_rate
    assert intended_rate(sentence, end, para, 2024, intent) is intended


def test_intended_rate_and_must_as_intent():
    """莆田's industries: each closing 规模产值增长N% is the year's target of its tasks (intended_rate); 必须 says what
    is intended, so 新建5G基站1130个 after "必须做优做强" is a count to reach this year."""
    text = ("传统产业是现代化产业体系的基底,必须秉承匠心制造、加快转型升级。"
            "鞋服产业,构建“莆田鞋”区域品牌运营体系,培育自主品牌10个以上;加快建设城厢鞋服科技产业园。规模产值增长10%。"
            "食品产业,建成亚明预制菜产业园。规模产值增长12%。\n"
            "“四大经济”是绿色高质量发展的新增长极,必须做优做强。数字经济,开发市一体化公共数据平台,新建5G基站1130个。\n")
    t = extract_text(text, year=2024, region="莆田市").targets
    assert sorted((g["kind"], g["target"].get("rate") or g["target"].get("value")) for g in t) == [
        ("growth", 10), ("growth", 12), ("level", 10), ("level", 1130)]
    assert {g["due"] for g in t} == {2024}


@pytest.mark.parametrize("before, after, kind", [
    ("每年保持着", "的增速", "cagr"),
    ("年均保持", "的增长", "cagr"),
    ("保持", "左右的增长".removeprefix("左右"), "growth"),
    ("确定", "的增长目标", None),     # a target set elsewhere (restates keeps it out)
    ("占比", "的比重", None),
])
def test_rate_of_growth(before, after, kind):
    from tracker.extract.extract import rate_of_growth
    assert rate_of_growth(before, after) == kind


def test_yearly_rate_runs_to_the_sentences_year():
    """每年保持着20%以上的增速,到2025年…突破1000亿元: a yearly rate of 20% (cagr) due 2025, not a level of 20% this year."""
    t = extract_text("在去年实现工业总产值突破500亿元基础上,每年保持着20%以上的增速,到2025年力争实现工业总产值突破1000亿元。\n",
                     year=2023, region="万州区").targets
    assert sorted((g["kind"], g["due"]) for g in t) == [("cagr", 2025), ("level", 2025)]
    assert next(g for g in t if g["kind"] == "cagr")["target"] == {"rate": 20}


def test_exclaimed_headline_and_indicator_core_propose_once():
    """A headline ending in ! is a title (exclaimed_headline): its 630亿元 and 25% restate the body's and are dropped;
    规上工业产值 and 工业总产值 name one indicator (indicator_core), so 630亿元 said twice in the body is one goal."""
    text = ("今年,万州完成规上工业总产值630亿元,增速25%!\n"
            "万州政府工作报告对今年的工业经济做了目标预测:实现规上工业产值630亿元、增长25%以上。\n"
            "而今年要实现工业总产值突破630亿元的目标困难不大。\n")
    t = extract_text(text, year=2023, region="万州区").targets
    assert sorted((g["kind"], g["target"].get("rate") or g["target"].get("value")) for g in t) == [("growth", 25), ("level", 630)]


def test_similar_indicators():
    from tracker.extract.extract import _similar
    assert _similar("规上工业产值", "工业总产值")
    assert _similar("规模以上工业总产值", "工业产值")
    assert not _similar("工业投资", "工业产值")


@pytest.mark.parametrize("before, items", [
    ("力争项目开工率、年度计划投资完成率实现两个", ["项目开工率", "年度计划投资完成率"]),
    ("签约率、开工率、投产率均达到三个", ["签约率", "开工率", "投产率"]),
    ("项目开工率、年度计划投资完成率实现三个", []),   # not as many rates as indicators
    ("实施12个", []),                               # size_class's case: no list of indicators
])
def test_counted_rates(before, items):
    assert L.counted_rates(before) == items


def test_counted_rates_give_one_goal_per_indicator():
    """淄博: "力争项目开工率、年度计划投资完成率实现两个100%" is two goals of 100%, one per rate, from one quote."""
    t = extract_text("今年,我市工业技改投资将增长10%,力争项目开工率、年度计划投资完成率实现两个100%。\n",
                     year=2021, region="淄博市").targets
    levels = sorted(g["indicator"] for g in t if g["kind"] == "level")
    assert levels == ["年度计划投资完成率", "项目开工率"]
    assert all(g["target"] == {"value": 100, "unit": "%"} and g["due"] == 2021 for g in t if g["kind"] == "level")


@pytest.mark.parametrize("before, hastened", [
    ("加快规上企业", True),              # a direction
    ("逐步推进重点领域", True),
    ("推进乡镇5G", False),               # 推进…全覆盖 may be a goal under a deadline: left as it was
    ("实现规上工业企业智改数转诊断", False),  # reached: a goal of 100%
    ("加快实现规上企业", False),
    ("规上企业研发机构", False),          # no verb of direction
])
def test_hastened_cover(before, hastened):
    assert L.hastened_cover(before) is hastened


def test_hastened_cover_and_listed_labs_are_no_goals():
    """加快规上企业全覆盖 is a direction; 建成小麦、家禽两个省实验室 counts the two labs just named; 实现…诊断全覆盖 is a goal."""
    text = "今年,制定出台支持“智改数转”政策措施,加快规上企业全覆盖。今年建成小麦、家禽两个省实验室,实现规上工业企业智改数转诊断全覆盖。\n"
    t = extract_text(text, year=2022, region="连云港市").targets
    assert [(g["target"], g["indicator"]) for g in t] == [({"value": 100, "unit": "%"}, "规上工业企业智改数转诊断覆盖率")]



def test_term_phrase_in_a_sentence():
    """term_phrase: "今后五年" opening a sentence of a 2024 report dates its clauses 2028 (2024—2028, the document's year
    counted, as term_heading does for the heading); a clause naming its own year keeps it (到2026年 → 2026)."""
    t = extract_text("今后五年,地区生产总值年均增长7%左右,到2026年突破3000亿元。\n", year=2024, region="湖州市").targets
    assert sorted((g["kind"], g["due"]) for g in t) == [("cagr", 2028), ("level", 2026)]
    assert next(g for g in t if g["kind"] == "cagr")["target"] == {"rate": 7}
    # 未来五年 keeps its own reading: the five years after the document's (长沙's 2021 article → 2026)
    u = extract_text("未来五年,数字经济占GDP比重要超过45%。\n", year=2021, region="长沙市").targets
    assert [g["due"] for g in u] == [2026]


def test_five_year_indicator_heading():
    """five_year_heading: "“十四五”时期主要指标" heads a table-like list of indicators, one a line, due 2025 like
    “十四五”时期主要目标 — read in a 2024 text; in a 2026 text the 十四五 is over and its lines are not goals."""
    text = "“十四五”时期主要指标\n地区生产总值年均增长6%左右\n研发经费投入强度达到2.5%\n常住人口城镇化率达到65%\n"
    t = extract_text(text, year=2024, region="杭州市").targets
    assert [(g["kind"], g["target"].get("rate") or g["target"].get("value"), g["due"]) for g in t] == [
        ("cagr", 6, 2025), ("level", 2.5, 2025), ("level", 65, 2025)]
    assert extract_text(text, year=2026, region="杭州市").targets == []


@pytest.mark.parametrize("clause, amount", [
    ("规上工业总产值迈上2000亿元新台阶", {"value": 2000, "unit": "亿元"}),   # new_level: 新台阶 ends the goal
    ("工业总产值达到2000亿元新高", {"value": 2000, "unit": "亿元"}),
    ("全市经济总量迈上千亿新台阶", {"value": 1000, "unit": "亿元"}),          # money_subject: 千亿 before 新台阶
    ("地区生产总值迈上3000亿台阶", {"value": 3000, "unit": "亿元"}),
])
def test_new_level_words(clause, amount):
    from tracker.extract.extract import _quantities
    assert [f.amount for f in _quantities(clause)] == [amount]


def test_new_level_words_keep_size_classes():
    from tracker.extract.extract import _quantities
    assert _quantities("打造千亿产业集群") == []   # a size class still


@pytest.mark.parametrize("sentence, planned", [
    ("今年,力争新增专精特新“小巨人”企业5家以上,累计达到30家", True),
    ("今年,新增专精特新“小巨人”企业5家,累计达到30家", False),       # no promise: may report the year
    ("力争新增企业5家,累计达到30家", False),                         # no year of its own (cumulative_goal's case)
    ("今年力争新增5家,累计已达到30家", False),                        # 已: reached
    ("今年力争累计完成投资100亿元,同比增长10%", False),               # 同比: a result's sign besides 累计
])
def test_planned_total(sentence, planned):
    assert C.planned_total(sentence, 2024) is planned


def test_planned_total_is_a_goal_of_the_year():
    t = extract_text("今年,力争新增专精特新“小巨人”企业5家以上,累计达到30家。\n", year=2024, region="杭州市").targets
    assert sorted((g["target"]["value"], g["due"]) for g in t) == [(5, 2024), (30, 2024)]


def test_cumulative_goal_under_the_sentences_own_deadline():
    """cumulative_goal reads the sentence's own deadline too (own_deadline): "到2027年,累计培育…300家" is a total to reach
    by 2027 with no paragraph deadline before it; "累计培育…300家" alone in a 2024 text reports what was done."""
    t = extract_text("到2027年,累计培育省级以上专精特新企业300家。\n", year=2024, region="杭州市").targets
    assert [(g["target"], g["due"]) for g in t] == [({"value": 300, "unit": "家"}, 2027)]
    assert extract_text("累计培育省级以上专精特新企业300家。\n", year=2024, region="杭州市").targets == []


def test_amount_then_rate_shares_the_indicator():
    """amount_then_rate: "实现社会消费品零售总额450亿元、增长6%" — the growth is of 社会消费品零售总额, not of
    "社会消费品零售总额450亿元"; listed amounts keep their own indicators (listed_amount)."""
    t = extract_text("今年,实现社会消费品零售总额450亿元、增长6%。\n", year=2024, region="杭州市").targets
    assert [(g["kind"], g["indicator"]) for g in t] == [("level", "社会消费品零售总额"), ("growth", "社会消费品零售总额")]
    u = extract_text("今年,石化新材料产值1600亿元、生物医药产值280亿元。\n", year=2024, region="海南省").targets
    assert [g["indicator"] for g in u] == ["石化新材料产值", "生物医药产值"]


# --------------------------------------------------------------------------
# The nineteenth split's sentence misses (漾濞, 黔西南, 吉安), read generally


def test_bracketed_aside_is_no_period():
    """bracketed_aside: a year inside a short aside in brackets says what is left out, not when the sentence happens."""
    aside = "一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上"
    masked = C.mask_asides(aside)
    assert len(masked) == len(aside) and "2022" not in masked and masked.startswith("一般公共预算支出") and masked.endswith("增长3%以上")
    assert C.classify(aside, 2023)[0] == "commitment"
    assert C.classify("2022年一般公共预算支出增长3%", 2023)[0] == "result"  # the year outside brackets still dates it


def test_bracketed_aside_in_a_list_of_aims():
    t = extract_text("2023年主要预期目标为:地区生产总值增长8%以上;一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)"
                     "增长3%以上。\n", year=2023, region="漾濞彝族自治县", min_confidence=0.5).targets
    assert [(g["indicator"], g["target"], g["due"]) for g in t] == [
        ("地区生产总值", {"rate": 8}, 2023), ("一般公共预算支出", {"rate": 3}, 2023)]


def test_rate_of_level():
    """rate_of_level: a rate whose clause has no subject of its own, right after an amount of an indicator, is that
    indicator's rate; a rate naming its own subject, or after a share (%), keeps its own reading."""
    from tracker.extract.extract import _Found, rate_of_level
    cagr = _Found("cagr", {"rate": 15.0}, "about", 4, 8, "")
    assert rate_of_level(cagr, "年均增速15%左右", "工业总产值") == "工业总产值"
    assert rate_of_level(cagr, "年均增速15%左右", None) is None
    own = _Found("cagr", {"rate": 10.0}, None, 6, 9, "")
    assert rate_of_level(own, "工业投资年均增长10%", "工业总产值") is None   # 工业投资 is its subject
    named = _Found("cagr", {"rate": 15.0}, "about", 4, 8, "工业投资")
    assert rate_of_level(named, "年均增速15%左右", "工业总产值") is None
    t = extract_text("到2025年,全州工业总产值突破2000亿元,年均增速15%左右;规模以上工业增加值在675亿元以上,年均增长14%左右。\n",
                     year=2022, region="黔西南布依族苗族自治州").targets
    assert [(g["kind"], g["indicator"]) for g in t] == [
        ("level", "工业总产值"), ("cagr", "工业总产值"), ("level", "规上工业增加值"), ("cagr", "规上工业增加值")]
    u = extract_text("到2025年,制造业比重达到30%,年均增长5%。\n", year=2022, region="黔西南布依族苗族自治州").targets
    assert [g["indicator"] for g in u if g["kind"] == "cagr"] == ["待定指标"]  # a share's rate is not guessed


def test_list_item():
    """list_item: a sentence set off by ；from a commitment, under a deadline the text names, is one more aim."""
    from tracker.extract.extract import _Deadline, list_item
    named = _Deadline(0, 6, 2025, True, "“十四五”末")
    assert list_item("commitment", "到“十四五”末,全州工业总产值突破2000亿元;", named, 2022) is True
    assert list_item("commitment", "到“十四五”末,全州工业总产值突破2000亿元。", named, 2022) is False  # a new sentence
    assert list_item("context", "…;", named, 2022) is False
    assert list_item("result", "…;", named, 2022) is False
    assert list_item("commitment", "…;", _Deadline(0, 0, 2025, False, "document"), 2022) is False  # not named in the text
    assert list_item("commitment", "…;", named, 2026) is False  # behind the document's year
    assert list_item("commitment", "…;", None, 2022) is False


def test_list_item_keeps_the_counts_of_a_list_of_aims():
    """建成1个四百亿级园区,2个三百亿级园区 after ；in a list under 到“十四五”末 (the document's year guessed): at
    0.55 each, not 0.25 as context."""
    text = "到“十四五”末,全州工业总产值突破2000亿元;开发区工业总产值比重在73.4%以上;建成1个四百亿级园区,2个三百亿级园区。\n"
    t = extract_text(text, region="黔西南布依族苗族自治州", min_confidence=0.5).targets
    assert [(g["target"], g["due"]) for g in t] == [
        ({"value": 2000, "unit": "亿元"}, 2025), ({"value": 73.4, "unit": "%"}, 2025),
        ({"value": 1, "unit": "个"}, 2025), ({"value": 2, "unit": "个"}, 2025)]
    alone = extract_text("到“十四五”末,全州工业总产值突破2000亿元。建成1个四百亿级园区。\n", region="黔西南布依族苗族自治州",
                         min_confidence=0.5).targets
    assert [g["target"]["value"] for g in alone] == [2000]  # after 。 it is no item of the list


@pytest.mark.parametrize("doc_year, deadline, guessed, answer", [
    (2025, 2025, True, True),    # the year guessed from its earliest deadline: 2025 is not behind the text
    (2025, 2025, False, False),  # a year read from the text: 累计… in 2025 under 2025 may report the year
    (2024, 2025, False, True),
    (2026, 2025, True, False),
])
def test_cumulative_goal_with_a_guessed_year(doc_year, deadline, guessed, answer):
    assert C.cumulative_goal("规模以上工业企业突破800户,工业累计投资在2600亿元以上", doc_year, deadline, guessed) is answer


@pytest.mark.parametrize("text, year, horizon", [
    ("力争到2026年,全市电子信息产业营收突破3000亿元。力争年均增长10%左右。", 2024, 2026),
    ("到2025年…。到2027年…。", 2024, None),      # two horizons: none is the text's only one
    ("到2020年…。到2026年…。", 2024, 2026),       # a past 到2020年 is no horizon
    ("到2023年…。", 2024, None),
    ("到2026年…。", None, None),
])
def test_sole_horizon(text, year, horizon):
    from tracker.extract.extract import sole_horizon
    assert sole_horizon(text, year) == horizon


def test_cagr_horizon():
    """cagr_horizon: a yearly average rate with no year of its own runs to the text's only horizon; a growth rate in the
    same place stays due in the document's year, and a cagr dated by its paragraph keeps that date."""
    text = ("力争到2026年,全市电子信息产业营收突破3000亿元。\n"
            "在产业选择上,吉安市力争全市规上工业营收年均增长10%左右,力争全市工业投资增长8%。\n")
    t = extract_text(text, year=2024, region="吉安市").targets
    assert [(g["kind"], g["due"]) for g in t] == [("level", 2026), ("cagr", 2026), ("growth", 2024)]
    two = extract_text("力争到2026年,营收突破3000亿元。\n到2028年,产值突破5000亿元。\n力争全市规上工业营收年均增长10%左右。\n",
                       year=2024, region="吉安市").targets
    assert [g["due"] for g in two if g["kind"] == "cagr"] == [2024]  # two horizons: the document's year, as before


# --------------------------------------------------------------------------
# The seventh development round's sentence rules


@pytest.mark.parametrize("sentence, cls", [
    ("全年技改项目1400多项,新开的就突破1000项,是桂林工业历史上新开技改项目最多的一年", "result"),
    ("新入规工业企业231户,为历年之最", "result"),
    ("力争新开技改项目1000项,创历史新高", "commitment"),   # a promise to set a record is a goal
    ("新开技改项目突破1000项", "commitment"),
])
def test_record_claim(sentence, cls):
    assert C.classify(sentence, 2011)[0] == cls


def test_institute_number_is_a_name():
    from tracker.extract.extract import _quantities
    assert _quantities("推动中国电子科技集团34所民品生产产业化等重大项目建设") == []
    assert [f.amount for f in _quantities("新建学校3所")] == [{"value": 3.0, "unit": "所"}]


@pytest.mark.parametrize("clause, answer", [
    ("启动21个乡镇生活垃圾无害化处理设施项目", {"value": 21.0, "unit": "个"}),
    ("退出500家污染企业", {"value": 500.0, "unit": "家"}),
])
def test_started_or_closed_counts(clause, answer):
    """started_or_closed: 启动 (projects started) and 退出 (firms closed) name what they count after the number."""
    from tracker.extract.extract import _quantities
    assert [f.amount for f in _quantities(clause)] == [answer]


def test_quarter_aim():
    """quarter_aim: a quarter's aim inside a sentence of the year's aims is neither drafted nor a result, and the clauses
    after its own number are the year's aims again; a quarter with no number of its own dates the clause after it."""
    from tracker.extract.extract import quarter_aim
    s = "2025年,陆川县GDP增长目标为5%,其中一季度为5%左右,一二三产增加值分别增长4.5%、7.2%、4.3%左右"
    assert quarter_aim("其中一季度为5%左右", s, "goal") is True
    assert quarter_aim("其中一季度为5%左右", s, None) is False       # no goal before it
    assert quarter_aim("一季度增长5%", "一季度增长5%,同比提高1个百分点", "goal") is False  # a result
    assert quarter_aim("前三季度增长5%", s, "goal") is False          # 前三季度: a period reported
    t = extract_text(s + "。\n", year=2025, region="陆川县").targets
    assert [(g["kind"], g["target"]["rate"]) for g in t] == [("growth", 5), ("growth", 4.5), ("growth", 7.2), ("growth", 4.3)]
    u = extract_text("全力推动全年GDP增长6%、力争达到6.5%,其中,一季度,GDP增长6%,实现“开门红”。\n", year=2025,
                     region="福绵区").targets
    assert [(g["target"]["rate"], g.get("stretch")) for g in u] == [(6, {"rate": 6.5})]
