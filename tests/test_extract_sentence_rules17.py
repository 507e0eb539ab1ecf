"""Sentence rules of the seventeenth sentence round (issue 15), each with hand-worked cases and probe sentences of the same
class in other wording: term_aims_opener (未来五年,…。经济社会发展主要目标是,…), estimate_target_met
(预计…,顺利实现年度目标任务), continues_estimate (预计…;软件和服务外包收入505.5亿元,增长50%), life_years (人均预期寿命85岁),
named_rate_growth (带来10%的技改投资增长) and subject_count (30个技改项目将带来…).

Every value below was worked out by reading the sentence: what a reader takes as the goal, its number and unit.
"""

from __future__ import annotations

from extract_drafts import drafts as _drafts
from tracker.extract.classify import classify, continues_estimate
from tracker.extract.docdate import year_end_estimate
from tracker.extract.extract import life_years, named_rate_growth, subject_count, term_aims_opener
from tracker.units import parse_unit

# --------------------------------------------------------------------------
# term_aims_opener

TERM_PARA = ("未来五年,同安區(qū)將建設(shè)宜居宜業(yè)的新城區(qū)。經(jīng)濟社會發(fā)展主要目標(biāo)是,地區(qū)生產(chǎn)總值達(dá)1220億元,"
             "年均增長(zhǎng)6.5%,規(guī)上工業(yè)總產(chǎn)值超2400億元,人均預(yù)期壽命85歲。")


def test_term_aims_opener_dates_the_terms_aims_at_its_last_year():
    # hand-worked: a report for 2026 (the year the congress speaks for): 未来五年 is 2026—2030, due 2030, not 2031
    assert term_aims_opener("未来五年,同安区将建设新城区。经济社会发展主要目标是,地区生产总值达1220亿元。", 2026) == 2030
    assert _drafts(TERM_PARA, year=2026, region="同安区") == [
        ("同安区", "cagr", 2030, 6.5, None), ("同安区", "level", 2030, 1220.0, "亿元"),
        ("同安区", "level", 2030, 2400.0, "亿元"), ("同安区", "level", 2030, 85.0, "岁")]


def test_term_aims_opener_ends_a_review_the_paragraph_before_opened():
    # the paragraph before opens 过去一年 (a review): the term's paragraph is planned again (since the merge with frame
    # round nine span_opener ends the review, term_aims_opener dates the aims)
    text = "过去一年,全区新增城镇就业2.4万人。\n" + TERM_PARA
    assert sorted(d[3] for d in _drafts(text, year=2026, region="同安区")) == [6.5, 85.0, 1220.0, 2400.0]


def test_a_text_estimating_the_year_before_counts_the_term_after_it():
    # ported from estimated_own_year (removed in the merge with frame round nine: estimate_subject and december_present
    # do its job). hand-worked: "2025年,…预计…" before the term makes the text one of 2026 (estimate_subject), so the
    # five years are 2026—2030, due 2030
    before = "2025年,同安区预计地区生产总值增长6.5%左右,顺利实现年度目标任务。\n"
    para = "未来五年,同安区将建设新城区。经济社会发展主要目标是,地区生产总值达1220亿元。"
    assert year_end_estimate(before)[0] == 2026
    assert term_aims_opener(para, 2026) == 2030
    assert term_aims_opener(para, 2025) == 2029  # a year given is the document's: the term counted from it
    assert _drafts(before + para, region="同安区") == [("同安区", "level", 2030, 1220.0, "亿元")]
    # a December text for 2026 with the year given: its 今年 is 2025 (december_present), the term still due 2030
    december = "某某网12月25日讯 昨日,同安区人大会议开幕。\n" + before + para
    assert _drafts(december, year=2026, region="同安区") == [("同安区", "level", 2030, 1220.0, "亿元")]


def test_term_aims_opener_probes_in_other_wording():
    # 今后五年 and 奋斗目标为 with a colon; a county's 2021 report
    assert term_aims_opener("今后五年,全县将奋力推进高质量发展。奋斗目标为:地区生产总值突破300亿元。", 2021) == 2025
    assert _drafts("今后五年,全县将奋力推进高质量发展。奋斗目标为:地区生产总值突破300亿元。", year=2021, region="犍为县") == [
        ("犍为县", "level", 2025, 300.0, "亿元")]
    # 未来三年 and 发展目标是
    assert term_aims_opener("未来三年,全市将聚焦制造业。发展目标是,规上工业企业达到1000家。", 2024) == 2026


def test_term_aims_opener_needs_the_aims_announced():
    # no 主要目标是 in the paragraph: left to the clause's own 未来N年 (长沙's 未来5年 of a 2021 text: 2026)
    assert term_aims_opener("未来5年,长沙要实力更强,经济总量达1.7万亿元。", 2021) is None
    assert term_aims_opener("五年来,全区主要目标是发展。", 2021) is None  # no term opening the paragraph
    assert term_aims_opener("未来五年,主要目标是…", None) is None  # no year: nothing to count from


# --------------------------------------------------------------------------
# estimate_target_met


def test_estimate_target_met_stays_a_result():
    s = "2025年,同安区预计地区生产总值增长6.5%左右,规上工业增加值增长12%,顺利实现年度目标任务。"
    assert classify(s, 2025)[0] == "result"
    assert _drafts(s, year=2025, region="同安区") == []


def test_estimate_target_met_probes_in_other_wording():
    assert classify("全年预计完成固定资产投资300亿元,圆满完成全年目标任务。", 2023)[0] == "result"
    assert classify("今年预计财政收入增长8%,超额完成年度目标。", 2023)[0] == "result"


def test_estimate_with_a_promise_is_not_a_target_met():
    # 确保完成全年目标任务 promises: not this rule's (确保 before 完成); the estimate stays a commitment as before
    assert classify("预计地区生产总值增长6%,确保完成全年目标任务。", 2023)[0] != "result"
    assert classify("预计地区生产总值增长6%,力争实现年度目标。", 2023)[0] != "result"


# --------------------------------------------------------------------------
# continues_estimate


def test_continues_estimate_after_a_semicolon():
    text = ("目前,高新区正在努力完成今年各项工作任务。力争2010年实现地区生产总值200亿元,增长26%。"
            "预计高新技术产业收入500亿元以上,增长25%;软件和服务外包收入505.5亿元,增长50%。")
    # hand-worked: the two aims of 力争2010年; 500亿元/25% and 505.5亿元/50% are estimates (the list after 预计 and its ；)
    assert _drafts(text, year=2010, region="大连高新区") == [
        ("大连高新区", "growth", 2010, 26.0, None), ("大连高新区", "level", 2010, 200.0, "亿元")]


def test_continues_estimate_unit():
    assert continues_estimate("软件和服务外包收入505.5亿元,增长50%", True)
    assert not continues_estimate("软件和服务外包收入505.5亿元,增长50%", False)  # no estimate before (or a 。 ended it)
    assert not continues_estimate("力争软件收入达到600亿元", True)  # a promise of its own


def test_continues_estimate_probe_and_the_full_stop():
    # probe: another wording; the item after the ； is an estimate, the sentence after the 。 a promise again
    text = "2024年,全县将确保工业增加值增长8%。预计财政收入增长6%;税收收入增长5%。力争2024年新增规上企业20家。"
    assert _drafts(text, year=2024, region="犍为县") == [
        ("犍为县", "growth", 2024, 8.0, None), ("犍为县", "level", 2024, 20.0, "家")]


# --------------------------------------------------------------------------
# life_years


def test_life_years_only_after_life_expectancy():
    assert life_years("人均预期寿命")
    assert life_years("人均预期寿命提高到")
    assert not life_years("扩展至16—")
    assert not life_years("为")
    assert parse_unit("岁").dimension == "life_years"
    assert _drafts("2026年,全市人均预期寿命达到82岁。", year=2026, region="某市") == [("某市", "level", 2026, 82.0, "岁")]
    # an age that says who (60岁以上老人) is no goal; the count after it is
    assert _drafts("2026年,将为60岁以上老人新建食堂20个。", year=2026, region="某市") == [("某市", "level", 2026, 20.0, "个")]


# --------------------------------------------------------------------------
# named_rate_growth and subject_count


def test_named_rate_growth_and_subject_count():
    assert named_rate_growth("将带来", "的技改投资增长") == ("growth", "技改投资")
    assert named_rate_growth("年均保持", "的工业投资增速") == ("cagr", "工业投资")
    assert named_rate_growth("实现", "的增长目标") is None  # no indicator named (rate_of_growth's, restates keeps it out)
    assert subject_count("", "技改项目将带来10%的技改投资增长", "个", "30") == "技改项目"
    assert subject_count("", "高铁的建成和开通将把上饶带进", "条", "2") is None  # a Chinese numeral, a noun with 的
    assert subject_count("抓好", "项目将开工", "个", "30") is None  # words before it: the verbs read it
    assert subject_count("全县", "重点项目将完成投资", "个", "50") == "重点项目"  # the scope's word before it


def test_fangzi_clause_two_goals():
    s = "一方面推动传统铸造、造纸产业向“智改数转”要效益,30个技改项目将带来10%的技改投资增长。"
    # hand-worked: a count of 30 projects and a 10% growth of 技改投资, both 2025's
    assert _drafts("2025年,坊子区将推进产业升级。" + s, year=2025, region="坊子区") == [
        ("坊子区", "growth", 2025, 10.0, None), ("坊子区", "level", 2025, 30.0, "个")]


def test_named_rate_growth_probes_in_other_wording():
    assert _drafts("2024年,全县将实现8%左右的规上工业增加值增长。", year=2024, region="犍为县") == [
        ("犍为县", "growth", 2024, 8.0, None)]
    assert _drafts("2024年,全县50个重点项目将完成投资120亿元。", year=2024, region="犍为县") == [
        ("犍为县", "level", 2024, 120.0, "亿元"), ("犍为县", "level", 2024, 50.0, "个")]
