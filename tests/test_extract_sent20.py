"""Sentence rules of the twentieth sentence round (issue 15, branch sent20), each with hand-worked cases, invented probes
of the same class in other wording and near-misses it must not fire on: span_reached and aim_then_amount (南通: 用五年左右
时间,…规模翻番、达到2万亿元左右 is two goals, the doubling and a level of 2 万亿元).

Every value below was worked out by reading the sentence: what a reader takes as the goal, its number and unit.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract_text
from tracker.extract.extract import aim_then_amount, span_reached


def _specs(text: str, **kw) -> list[tuple]:
    """(indicator, kind, due, target) of every draft, sorted."""
    out = [(t["indicator"], t["kind"], t["due"], t["target"]) for t in extract_text(text, **kw).targets]
    return sorted(out, key=repr)


# --------------------------------------------------------------------------
# span_reached, aim_then_amount


def test_span_reached_reads_the_verb_right_before_the_amount():
    assert span_reached("实现六大千亿级产业集群规模翻番、达到")
    assert span_reached("规上工业总产值达")
    assert span_reached("数字经济核心产业增加值突破")  # probe: 突破
    assert span_reached("工业总产值增至")  # probe: 增至
    assert not span_reached("培育")  # 用5年时间培育1万名数字专员: a sum over the span
    assert not span_reached("新增规上工业企业")
    assert not span_reached("累计完成工业投资达到")  # 累计: a sum, though 达到 stands before the amount
    assert not span_reached("再引培科创项目")


def test_aim_then_amount_cuts_the_first_aim_off_the_subject():
    assert aim_then_amount("六大千亿级产业集群规模翻番") == "六大千亿级产业集群规模"
    assert aim_then_amount("数字经济核心产业增加值翻一番") == "数字经济核心产业增加值"  # probe: 翻一番
    assert aim_then_amount("规上工业总产值增长50%") == "规上工业总产值"  # probe: a rate first
    assert aim_then_amount("软件业务收入增长1倍以上") == "软件业务收入"  # probe: 倍 and 以上
    assert aim_then_amount("翻一番") == ""  # the subject was cut off before (比2020年): no name at all
    assert aim_then_amount("规上工业增加值") == "规上工业增加值"  # no aim at its end: left alone
    assert aim_then_amount("翻番企业数量") == "翻番企业数量"  # 翻番 inside a name, not at its end


def test_a_doubling_and_a_level_reached_over_a_span_are_two_goals():
    # 南通, hand-worked: in 2024, 用五年左右时间 → due 2028 on this probe's counting; the doubling on 2023's size and 2 万亿元
    # as the level reached, both of the clusters' 规模 (the level is no sum added on 2023, as 三年新增100家 is)
    text = "南通市用五年左右时间,实现六大千亿级产业集群规模翻番、达到2万亿元左右。"
    assert _specs(text, year=2024, region="南通市") == [
        ("六大千亿级产业集群规模", "level", 2028, {"times": 2.0}),
        ("六大千亿级产业集群规模", "level", 2028, {"value": 2.0, "unit": "万亿元"})]
    # 苏州 (a frame text), hand-worked: 用3年左右时间,规上工业总产值达5万亿 in 2024 → 5 万亿元 of output in 2026
    text = "苏州在新年第一会上提出,用3年左右时间,规上工业总产值达5万亿。"
    assert _specs(text, year=2024, region="苏州市") == [("规上工业总产值", "level", 2026, {"value": 5.0, "unit": "万亿元"})]
    # probe: a rate first, then the level, in another place and span
    text = "某县用三年时间,规上工业总产值增长50%、达到300亿元。"
    assert ("规上工业总产值", "level", 2026, {"value": 300.0, "unit": "亿元"}) in _specs(text, year=2024, region="犍为县")


def test_a_sum_over_a_span_stays_a_sum():
    # near-miss: no verb of reaching — 培育 over three years adds to the stock of 2023
    text = "某市用三年时间培育高新技术企业500家。"
    assert [t[3] for t in _specs(text, year=2024, region="犍为县")] == [{"plus": 500.0}]


# --------------------------------------------------------------------------
# planned_whole_year, aims_pursued (continued_paragraph)


def test_aims_pursued_goes_on_with_the_paragraph_before():
    from tracker.extract.extract import continued_paragraph
    assert continued_paragraph("为实现发展目标,郧阳区将以创新发展为路径")
    assert continued_paragraph("为完成上述目标,全县将加快项目建设")  # probe: 完成, 上述
    assert continued_paragraph("为确保实现全年目标任务,我市将…")  # probe: 确保实现…目标任务
    assert not continued_paragraph("为实现高质量发展,全县将…")  # not the aims: a purpose of its own
    assert not continued_paragraph("实现发展目标,郧阳区将…")
    assert not continued_paragraph("为实现发展,全县将…")  # no 目标: not the aims before


def _dues(text: str, **kw) -> list[tuple]:
    return sorted((t["due"], t["target"].get("value", t["target"].get("rate"))) for t in extract_text(text, **kw).targets)


def test_the_whole_year_is_the_year_planned():
    # 郧阳区, hand-worked: a text of 2022-12-26 plans 2023 (会议提出,2023年,…); the next paragraph, how those aims are to be
    # reached, says 力争全年…570亿元 — 2023's whole year, not 2022's
    text = ("12月26日上午,郧阳区第十八届人民代表大会第二次会议开幕。会议提出,2023年,郧阳区将力争实现地区生产总值增长15%以上。\n"
            "为实现发展目标,郧阳区将加快汽车及零部件产业转型,力争全年实现规上工业总产值570亿元。")
    assert _dues(text, year=2022, region="郧阳区") == [(2023, 15.0), (2023, 570.0)]
    # probe: 年内, 为完成上述目标, another county and year
    text = ("12月20日,县经济工作会议召开。会议明确,2025年,全县将力争生产总值增长6%。\n"
            "为完成上述目标,全县将加快项目建设,年内新开工亿元项目30个。")
    assert _dues(text, year=2024, region="犍为县") == [(2025, 6.0), (2025, 30.0)]
    # probe: in one sentence
    text = "2023年,某区将力争地区生产总值增长8%,力争全年实现规上工业总产值300亿元。"
    assert _dues(text, year=2022, region="郧阳区") == [(2023, 8.0), (2023, 300.0)]


def test_the_whole_year_under_a_horizon_or_today_stays_the_documents():
    # near-miss: 到2025年 is a horizon, not a year planned — 全年 after it is the document's 2024
    text = "到2025年,全县生产总值达到500亿元;全年新开工亿元项目30个。"
    assert _dues(text, year=2024, region="犍为县") == [(2024, 30.0), (2025, 500.0)]
    # near-miss: 今年 says "this year" outright
    text = "会议明确,2025年,全县将力争生产总值增长6%。\n此外,今年全县新开工亿元项目30个。"
    assert _dues(text, year=2024, region="犍为县") == [(2024, 30.0), (2025, 6.0)]
    # near-miss: the year planned is the document's own — nothing changes
    text = "2024年,全县将力争生产总值增长6%,全年新开工亿元项目30个。"
    assert _dues(text, year=2024, region="犍为县") == [(2024, 6.0), (2024, 30.0)]


# --------------------------------------------------------------------------
# round_count, summed_years with 超


def test_round_count_reads_a_bare_hundred_or_thousand_after_a_counting_verb():
    from tracker.extract.lists import round_count
    assert round_count("每年实施百项工业重点项目") == [(4, 6, 100.0, "项")]
    assert round_count("全县将培育千家小微企业") == [(5, 7, 1000.0, "家")]  # probe: 千家
    assert round_count("力争新建百个村级服务站") == [(4, 6, 100.0, "个")]  # probe: 百个
    assert round_count("让清洁能源走进千家万户") == []  # idiom
    assert round_count("打造“百项工程”") == []  # a name in quotation marks
    assert round_count("全市百家企业联盟成立") == []  # no verb of counting before it
    assert round_count("实施百强企业培育") == []  # 百强: no measure word
    assert round_count("实施3百项工程") == []  # a digit before it: not this rule's


def test_a_yearly_round_count_and_a_sum_over_the_plan():
    # 常州, hand-worked: in a text of 2018 under 到2020年末, 每年实施百项工业重点项目 is 100 项 every year (due 2018, the
    # document's year); 累计完成投入超1200亿元 is money summed over the years to 2020 — left out with a note
    text = "到2020年末,百强龙头骨干企业完成工业总产值7200亿元。每年实施百项工业重点项目,累计完成投入超1200亿元。"
    result = extract_text(text, year=2018, region="常州市")
    got = sorted((t["due"], t["target"]["value"], t["target"]["unit"]) for t in result.targets)
    assert got == [(2018, 100.0, "项"), (2020, 7200.0, "亿元")]
    assert any(r.get("skipped") == "累计完成投入超1200亿元" for r in result.review)
    # probe: another place and amount, 累计投资超 under 到2027年 in 2025
    text = "到2027年,全市每年新建千个充电桩,累计完成投资超50亿元。"
    result = extract_text(text, year=2025, region="犍为县")
    assert [(t["due"], t["target"]["value"]) for t in result.targets] == [(2025, 1000.0)]


# --------------------------------------------------------------------------
# run_on_item


def test_run_on_item_reads_where_an_item_ends_with_no_mark():
    from tracker.extract.extract import run_on_item
    assert run_on_item("实际利用外资", "规模工业应税销售占全市1/8", "亿美元")
    assert run_on_item("有效发明专利数", "培育国家专精特新“小巨人”企业占全市1/3", "件")  # a name of a count before 件
    assert run_on_item("进出口总额", "社会消费品零售总额增长8%", "亿美元")  # probe: a rate as the next item
    assert run_on_item("限上住宿餐饮业营业额占全市", "新增省级重点人才项目入选数10个", "%")  # a count's name, then its number
    assert not run_on_item("牵头的第", "规模以上工业增加值增长9%以上", "项")  # an ordinal
    assert not run_on_item("有限责任公司等", "企业增速超过100%", "家")  # a list closed by 等: the firms are counted
    assert not run_on_item("产值过", "企业突破10家", "亿元")  # a size of the firms
    assert not run_on_item("新增规模工业企业", "企业营收达到5亿元", "家")  # 家 with no name of a count before it
    assert not run_on_item("实际利用外资", "的目标", "亿美元")  # nothing after it that is an item


def test_items_run_together_are_each_drafted():
    # 如皋高新区, hand-worked: 全年主要预期目标是 (2024): 1 亿美元 of 实际利用外资, 12.5% (1/8) of 规模工业应税销售, 280 件 of
    # 有效发明专利数, and 44% of the 规上服务业 firms — one goal each, though two pairs run together with no mark
    text = ("全年主要预期目标是:实际利用外资1亿美元规模工业应税销售占全市1/8,"
            "有效发明专利数280件培育国家专精特新“小巨人”企业占全市1/3规上服务业重点行业企业数占全市44%。")
    got = _specs(text, year=2024, region="如皋高新区")
    assert ("实际利用外资", "level", 2024, {"value": 1.0, "unit": "亿美元"}) in got
    assert ("规模工业应税销售占全市", "level", 2024, {"value": 12.5, "unit": "%"}) in got
    assert ("有效发明专利数", "level", 2024, {"value": 280.0, "unit": "件"}) in got
    assert ("规上服务业重点行业企业数占全市", "level", 2024, {"value": 44.0, "unit": "%"}) in got
    assert len(got) == 4  # 1/3 has no exact decimal: not read (fraction_share)
    # probe: another zone's list, a rate and a share run on
    text = "今年主要目标是:进出口总额5亿美元社会消费品零售总额增长8%,高新技术企业数120家研发投入占比达到3%。"
    got = _specs(text, year=2025, region="如皋高新区")
    assert got == sorted([("进出口总额", "level", 2025, {"value": 5.0, "unit": "亿美元"}),
                          ("社会消费品零售总额", "growth", 2025, {"rate": 8.0}),
                          ("高新技术企业数", "level", 2025, {"value": 120.0, "unit": "家"}),
                          ("研发投入占比", "level", 2025, {"value": 3.0, "unit": "%"})], key=repr)


def test_a_count_with_its_verb_is_no_run_on():
    # near-miss: 培育 counts the firms; the size after 家 says which firms
    got = _specs("今年将培育5家营收超100亿元企业。", year=2025, region="如皋高新区")
    assert [g[3] for g in got] == [{"value": 5.0, "unit": "家"}]


# --------------------------------------------------------------------------
# declined_list (inherit_list_kind); the qualifier after a list


def test_a_list_of_declines_keeps_its_sign():
    # hand-worked: 分别下降3%、5% — energy and material use per unit each fall, by 3% and by 5%
    got = _specs("今年,单位能耗和物耗分别下降3%、5%。", year=2024, region="犍为县")
    assert sorted(t[3]["rate"] for t in got) == [-5.0, -3.0]
    # probe: a rise stays a rise
    got = _specs("今年,城乡居民收入分别增长6%、7%。", year=2024, region="犍为县")
    assert sorted(t[3]["rate"] for t in got) == [6.0, 7.0]


def test_a_qualifier_after_a_list_is_the_last_items():
    # the corpus's reading (甘肃, 赣州, 陆川, 山南): 左右 after the last number is its own; the first keeps the default
    got = extract_text("今年,城乡居民人均可支配收入分别增长7%和8%左右。", year=2024, region="犍为县").targets
    assert sorted((t["target"]["rate"], t.get("qualifier")) for t in got) == [(7.0, None), (8.0, "about")]


# --------------------------------------------------------------------------
# quoted_aims_list, size_word's 的目标, aimed_break


def test_a_quoted_list_of_aims_is_no_name():
    from tracker.extract.lists import quoted_name, size_word
    before = "2024年珠海高新区将锚定“三年内规上工业总产值超"
    assert not quoted_name(before, "、综合评价排名进入国家高新区前十”的目标")
    assert not quoted_name("某县提出“地区生产总值突破", "、财政收入突破20亿元”的发展目标")  # probe: 发展目标
    assert quoted_name("打造“", "个基地”品牌")  # near-miss: a name, no 目标 after it
    assert not size_word("千亿", "的目标", "元")  # 超千亿元的目标: the amount aimed at
    assert size_word("千亿", "产业集群", "元")  # 千亿元产业集群: a size


def test_the_zone_aim_in_quotation_marks_is_drafted():
    # 珠海高新区, hand-worked: 三年内…超千亿元 is 1000 亿元 of 规上工业总产值 (the list's second aim, a rank, has no amount)
    text = "据介绍,2024年珠海高新区将锚定“三年内规上工业总产值超千亿元、综合评价排名进入国家高新区前十”的目标。"
    got = _specs(text, year=2024, region="珠海高新区")
    assert [(g[0], g[1], g[3]) for g in got] == [("规上工业总产值", "level", {"value": 1000.0, "unit": "亿元"})]
    # probe: unquoted, another zone and amount
    got = _specs("2025年某开发区将锚定两年内工业总产值超百亿元的目标。", year=2025, region="株洲经开区")
    assert [(g[0], g[3]) for g in got] == [("工业总产值", {"value": 100.0, "unit": "亿元"})]
    # near-miss: a cluster named by its size stays no amount
    assert _specs("2025年某开发区将全力打造千亿元产业集群。", year=2025, region="株洲经开区") == []


def test_aimed_break_leaves_the_name():
    # 潜江 (a frame text), hand-worked: 冲刺…破千亿元 is 1000 亿元 of 地区生产总值 this year
    got = _specs("潜江市长表示,今年将全力冲刺地区生产总值破千亿元的目标任务。", year=2024, region="潜江市")
    assert got == [("地区生产总值", "level", 2024, {"value": 1000.0, "unit": "亿元"})]
    from tracker.extract.extract import _clean_indicator
    assert _clean_indicator("冲刺规上工业产值破") == "规上工业产值"  # probe
    assert _clean_indicator("营业收入突破") == "营业收入"  # 突破 is stripped as before, not left as 突


# --------------------------------------------------------------------------
# said_year_list (list_item)


def test_items_under_a_said_this_year_stay_aims_when_the_year_is_guessed():
    from tracker.extract.extract import _Deadline, list_item
    said = _Deadline(0, 2, 2025, False, "今年")  # 今年 in the text, the document's year guessed
    assert list_item("commitment", "今年,主要预期目标是:地区生产总值增长6%左右;", said, 2025)
    assert not list_item("commitment", "今年,主要预期目标是:地区生产总值增长6%左右。", said, 2025)  # after 。: not a list
    assert not list_item("commitment", "…;", _Deadline(0, 0, 2025, False, "每年"), 2025)  # not a word of this year
    # 惠州 (a frame text), hand-worked: no year printed; every ；-item of 今年's aims is drafted, each due the guessed year
    text = ("今年,该市经济社会发展的主要预期目标是:地区生产总值增长6%左右;社会消费品零售总额增长6%;外贸进出口总额增长6%;"
            "城镇新增就业8.9万人。")
    got = extract_text(text, region="惠州市", today=datetime.date(2025, 3, 1), min_confidence=0.5).targets  # as printed
    assert sorted(t["target"].get("rate", t["target"].get("value")) for t in got) == [6.0, 6.0, 6.0, 8.9]
