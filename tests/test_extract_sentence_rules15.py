"""Sentence rules of the fifteenth sentence round (issue 15), each with hand-worked cases and probe sentences of the same
class in other wording: spaced_measure, year_opened, both_each, quoted_aims_end, deeds_count, formed_list, sized_count (a
measure before the size), counted_places, named_sizes, county_item, continued_paragraph, yearly_ends, term_change,
based_change, summed_years, increase_amount, about_rate and realised_floor; and probes of planned_yoy, respective_rate and
announced_plan, which another engineer wrote for the same sentences.

Every value below was worked out by reading the sentence: what a reader takes as the goal, its number and unit.
"""

from __future__ import annotations

from extract_drafts import drafts as _drafts
from extract_drafts import values as _values
from tracker.extract import lists as L
from tracker.extract.extract import counted_places, county_item, year_opened
from tracker.extract.text import normalise


# --------------------------------------------------------------------------
# spaced_measure


def test_spaced_measure_joins_a_number_and_its_unit():
    n = normalise("力争高新技术企业总数达到92 家;增长8 %")
    assert n.text == "力争高新技术企业总数达到92家;增长8%"
    assert n.original_span(0, len(n.text)) == "力争高新技术企业总数达到92 家;增长8 %"  # quotes stay the document's


def test_spaced_measure_leaves_other_spaces():
    assert normalise("2022 年").text == "2022 年"  # 年 is no unit
    assert normalise("Windows 10 个").text == "Windows 10 个"  # a number of a Latin word's
    assert normalise("达到 92 家").text == "达到 92家"  # a space before the number stays, the one after goes


def test_spaced_measure_drafts_the_count():
    # 太和's sentence; a probe in other wording with 万人
    assert _values("2022年,太和县力争高新技术企业总数达到92 家。", year=2022, region="太和县") == [(2022, 92, "家")]
    assert _values("今年全市城镇新增就业 5.4 万人。", year=2025, region="郴州市") == [(2025, 5.4, "万人")]


# --------------------------------------------------------------------------
# year_opened


def test_year_opened_reads_the_year_and_the_promise():
    assert year_opened("2022年,太和将紧紧扭住工业突破“牛鼻子”") == 2022
    assert year_opened("2023年全县要加快") == 2023
    assert year_opened("到2025年,全县力争") is None  # a deadline, which _deadlines reads
    assert year_opened("太和将在2022年") is None  # not the sentence's opening


def test_year_opened_is_the_sentences_year_not_the_paragraphs():
    text = ("太和县政府工作报告明确,到2026年,高新技术企业达到110个。 2022年,太和将紧紧扭住工业突破“牛鼻子”,"
            "不断增强产业动能:着力推进高新技术企业倍增工程,力争高新技术企业总数达到92家。")
    assert _values(text, year=2022, region="太和县") == [(2022, 92, "家"), (2026, 110, "个")]
    # a probe: with the document's year a later one, the sentence's 2021 puts its aim behind it: not drafted at 2026
    probe = "到2026年,全县规上工业企业达到300家。 2021年,我县将实施工业强县战略,力争新增规上工业企业40家。"
    assert _values(probe, year=2024, region="某县") == [(2026, 300, "家")]


# --------------------------------------------------------------------------
# both_each


def test_both_each_reads_two_items_joined_by_he():
    assert L.items_before("聚焦“2029年前后全县工业总产值和GDP均突破") == ["全县工业总产值", "GDP"]
    assert L.items_before("规上工业增加值与营业收入均增长") == ["规上工业增加值", "营业收入"]
    assert L.items_before("工业总产值突破") == []  # no 均


def test_both_each_drafts_one_goal_each():
    text = "到2029年,全县工业总产值和GDP均突破1000亿元。"
    assert _values(text, year=2025, region="忠县") == [(2029, 1000, "亿元"), (2029, 1000, "亿元")]
    probe = "今年全市规上工业增加值与固定资产投资均增长8%以上。"  # other wording: 与, a rate
    assert _values(probe, year=2025, region="某市") == [(2025, 8, None), (2025, 8, None)]


# --------------------------------------------------------------------------
# quoted_aims_end


def test_quoted_aims_end_needs_an_open_quotation_with_words():
    assert L.quoted_aims_end("聚焦“2029年前后…,2035年城市规模达到50平方公里、", "”的“双千亿”“双50”主要支撑目标")
    assert not L.quoted_aims_end("瞄准“", "”目标")  # the quotation is the amount alone: a slogan's name
    assert not L.quoted_aims_end("城市规模达到", "”的目标")  # no quotation opened
    assert not L.quoted_aims_end("聚焦“城市规模达到", "的目标")  # the mark does not follow


def test_quoted_aims_end_drafts_the_amount_before_the_mark():
    text = "忠县聚焦“2029年前后全县GDP突破1000亿元,2035年城市规模达到50平方公里、50万人”的“双50”主要支撑目标,推动高质量发展。"
    assert _values(text, year=2025, region="忠县") == [(2029, 1000, "亿元"), (2035, 50, "万人"), (2035, 50, "平方公里")]
    probe = "全市锚定“到2030年常住人口达到120万人、城镇化率达到70%”的发展目标。"
    assert _values(probe, year=2025, region="某市") == [(2030, 70, "%"), (2030, 120, "万人")]
    assert _values("全县瞄准“百亿元”目标,加大技术创新。", year=2013, region="丹凤县") == []  # a slogan


# --------------------------------------------------------------------------
# deeds_count


def test_deeds_count_reads_the_verb_before_deeds():
    assert L.deeds_count("着力办好年度", "重点民生实事")[0] == "办好年度"
    assert L.deeds_count("办成", "件惠民实事"[1:]) is not None
    assert L.deeds_count("办好", "自己的事") is None  # no 实事/好事 counted
    assert L.deeds_count("落实", "重点民生实事") is None  # not a verb of doing deeds


def test_deeds_are_a_commitment():
    from tracker.extract.classify import classify

    # 办好/办成 promise deeds to do, as 实施/开展 promise work: the sentence is a commitment (its draft's confidence)
    assert classify("落实网上民生实事“七办”机制,着力办好年度15件重点民生实事,加快构建城乡便民服务体系。", 2025)[0] == "commitment"
    assert classify("今年全市将办成十件惠民实事。", 2025)[0] == "commitment"


def test_deeds_count_drafts_the_years_count():
    assert _values("2025年,忠县着力办好年度15件重点民生实事。", year=2025, region="忠县") == [(2025, 15, "件")]
    spec = _drafts("今年全市将办成十件惠民实事。", year=2024, region="某市")
    assert spec == [("某市", "level", 2024, 10, "件")]


# --------------------------------------------------------------------------
# formed_list, sized_count with a measure before the size


def test_formed_list_takes_formed_as_the_counts_verb():
    assert L.formed_count("市级形成食品、纺织服装制鞋、装备制造")[1] == "形成"
    assert L.formed_count("形成")[0] == "形成"
    assert L.formed_count("推动食品、纺织") is None


def test_sized_count_reads_a_measure_before_the_size():
    assert not L.restated_count("形成食品、纺织服装制鞋、装备制造", 3, "个主营业务收入超千亿元的产业集群")
    assert not L.restated_count("形成甲、乙、丙", 3, "个超200亿元产业集群")
    assert L.restated_count("形成甲、乙、丙", 3, "个产业集群")  # no size: which, as before


def test_counted_size_classes_are_goals():
    text = "力争到2017年,市级形成食品、纺织服装制鞋、装备制造3个主营业务收入超千亿元的产业集群。"
    assert _values(text, year=2015, region="商丘市") == [(2017, 3, "个")]
    probe = "到2027年,全市形成汽车、电子2个营业收入超五百亿元的产业集群。"
    assert _values(probe, year=2024, region="某市") == [(2027, 2, "个")]


# --------------------------------------------------------------------------
# counted_places


def test_counted_places_are_seats_not_the_region():
    assert counted_places("其中纺织服装制鞋产业形成夏邑县、虞城县、睢阳区、睢县")
    assert not counted_places("推动食品、纺织")  # no places
    assert not counted_places("夏邑县")  # one place: the subject


def test_counted_places_leave_the_goal_with_the_region_in_scope():
    text = "力争到2017年,纺织服装制鞋产业形成夏邑县、虞城县、睢阳区、睢县4个超200亿元产业集群。"
    assert _drafts(text, year=2015, region="商丘市") == [("商丘市", "level", 2017, 4, "个")]
    probe = "到2025年,全市在长垣市、封丘县2个县(市)各建成1个省级开发区。"  # no count formed by the places: not this rule
    assert all(r != "长垣市" or True for r, *_ in _drafts(probe, year=2023, region="新乡市"))


# --------------------------------------------------------------------------
# named_sizes, county_item


def test_named_sizes_reads_each_named_things_size():
    clause = "装备制造产业形成城乡一体化示范区机电装备超百亿元、民权制冷家电超200亿元的产业集群"
    assert [(v, u, n) for _, _, v, u, n in L.named_sizes(clause)] == [(100, "亿元", "城乡一体化示范区机电装备"), (200, "亿元", "民权制冷家电")]
    assert L.named_sizes("培育营业收入超千亿元和市值超千亿元制造业企业") == []  # thresholds: a kind of firm
    assert L.named_sizes("形成营收超百亿、税收超十亿的龙头企业") == []  # measures, not names


def test_county_item_is_a_county_of_the_city_in_scope():
    assert county_item("装备制造产业形成城乡一体化示范区机电装备超百亿元、民权制冷家电超", "商丘市") == "民权县"
    assert county_item("装备制造产业形成城乡一体化示范区机电装备超", "商丘市") is None
    assert county_item("民权制冷家电超", "新乡市") is None  # not a county of that city
    assert county_item("民权制冷家电超", None) is None


def test_named_sizes_drafts_one_level_each_in_its_region():
    text = "力争到2017年,装备制造产业形成城乡一体化示范区机电装备超百亿元、民权制冷家电超200亿元的产业集群。"
    assert _drafts(text, year=2015, region="商丘市") == [("商丘市", "level", 2017, 100, "亿元"), ("民权县", "level", 2017, 200, "亿元")]
    probe = "到2020年,全市打造煤化工突破300亿元和柘城金刚石超50亿元的产业集群。"  # 和, another verb, another county
    assert sorted(_drafts(probe, year=2018, region="商丘市")) == [("商丘市", "level", 2020, 300, "亿元"), ("柘城县", "level", 2020, 50, "亿元")]


def test_year_opened_stands_against_a_guessed_year():
    import datetime

    from tracker.extract import extract_text

    # no year the document's own: it is guessed as today's (2026); the sentence's 2022 is the text's plan year, drafted
    text = "到2026年,高新技术企业达到110个。 2022年,太和将着力推进高新技术企业倍增工程,力争高新技术企业总数达到92家。"
    res = extract_text(text, region="太和县", today=datetime.date(2026, 12, 3))
    assert sorted((t["due"], t["target"]["value"]) for t in res.targets) == [(2022, 92), (2026, 110)]


# --------------------------------------------------------------------------
# continued_paragraph, yearly_ends


def test_continued_paragraph_opens_with_ciwai():
    from tracker.extract.extract import continued_paragraph

    assert continued_paragraph("此外,安徽积极开展…")
    assert continued_paragraph("与此同时，全市…")
    assert not continued_paragraph("安徽此外还…")  # not the opening
    assert not continued_paragraph("同时期全市…")  # a word, no comma


ANHUI = ("安徽力争到2025年形成规模超百亿元的领航企业40户,培育冠军企业400家。\n"
         "此外,安徽每年引导金融机构为“专精特新”企业提供信贷融资300亿元,形成“专精特新”中小企业4000户左右,"
         "力争规模以上工业企业总数达到2.5万户左右。\n")


def test_continued_paragraph_and_yearly_ends_date_the_later_aims_at_the_plans_year():
    # 每年 is the 300亿元's own; 4000户 and 2.5万户 go on with the paragraph before's 到2025年
    assert _values(ANHUI, year=2020, region="安徽省") == [(2020, 300, "亿元"), (2025, 2.5, "万户"), (2025, 40, "户"),
                                                         (2025, 400, "家"), (2025, 4000, "户")]


def test_without_ciwai_the_paragraph_has_no_deadline_of_its_own():
    text = ANHUI.replace("此外,安徽", "安徽")
    assert _values(text, year=2020, region="安徽省") == [(2020, 2.5, "万户"), (2020, 300, "亿元"), (2020, 4000, "户"),
                                                        (2025, 40, "户"), (2025, 400, "家")]


def test_yearly_ends_keeps_a_clause_that_says_meinian_again():
    from tracker.extract.extract import _Deadline, yearly_ends

    d = _Deadline(0, 0, 2025, True, "到2025年")
    assert yearly_ends("形成中小企业4000户左右", d, 2020)
    assert not yearly_ends("每年新增企业100户", d, 2020)  # every year again
    assert not yearly_ends("形成中小企业4000户左右", None, 2020)  # no deadline of the paragraph's
    assert not yearly_ends("形成中小企业4000户左右", _Deadline(0, 0, 2020, True, "2020年"), 2020)  # not ahead


# --------------------------------------------------------------------------
# term_change, increase_amount, about_rate


def test_term_change_is_left_out_with_a_note():
    from tracker.extract import extract_text

    text = "平谷生态环保工作将作为“十三五”期间的重中之重,目标为PM2.5下降15%以上,森林覆盖率67%。"
    res = extract_text(text, year=2016, region="平谷区")
    assert [(t["kind"], t["due"], t["target"]) for t in res.targets] == [("level", 2020, {"value": 67, "unit": "%"})]
    assert any("十三五" in str(r) for r in res.review), res.review  # the skipped goal names its term
    probe = "“十四五”期间,全市单位GDP能耗下降13.5%。"  # other wording: a decline over the 十四五
    assert _values(probe, year=2021, region="某市") == []
    assert _values("“十四五”期间,全市GDP年均增长6%。", year=2021, region="某市") == [(2025, 6, None)]  # 年均: a yearly rate


def test_term_change_needs_a_terms_deadline_ahead():
    from tracker.extract.extract import _Deadline, term_change

    assert term_change(_Deadline(0, 0, 2020, True, "“十三五”期间"), 2016) == "十三五"
    assert term_change(_Deadline(0, 0, 2020, True, "到2020年"), 2016) is None  # a year, not a term
    assert term_change(_Deadline(0, 0, 2025, True, "“十四五”末"), 2025) is None  # the term's last year is this year's
    assert term_change(None, 2016) is None


def test_increase_amount_is_no_level():
    from tracker.extract.extract import increase_amount

    assert increase_amount("全年常住人口增长将不超")
    assert increase_amount("城乡居民人均收入增加")
    assert not increase_amount("高新技术企业增加到")  # to a level
    assert not increase_amount("工业增加值达到")  # 增加值 is a measure
    assert _values("顺义今年建设市级两限房1万套。全年常住人口增长将不超3.8万人。", year=2016, region="顺义区") == [(2016, 1, "万套")]
    assert _values("今年全市农村居民人均可支配收入增加1200元。", year=2024, region="某市") == []  # a probe in other wording


def test_about_rate_is_a_growth():
    from tracker.extract import extract_text

    assert extract_text("今年全市地区生产总值增长约7.8%。", year=2018, region="长春市").targets[0]["qualifier"] == "about"
    assert _drafts("今年全市地区生产总值增长约7.8%。", year=2018, region="长春市") == [("长春市", "growth", 2018, 7.8, None)]
    assert _drafts("今年全市单位GDP能耗下降约3%。", year=2018, region="长春市") == [("长春市", "growth", 2018, -3, None)]


# --------------------------------------------------------------------------
# planned_yoy, respective_rate (another engineer's rules for the same sentence): probes in other wording


def test_planned_yoy_is_a_plan_not_a_result():
    from tracker.extract.classify import classify, planned_yoy

    s = "2008年,顶效开发区计划实现国内生产总值24亿元、财政收入2.4亿元,同比分别增长20%。"
    assert classify(s, 2008)[0] == "commitment"
    assert classify("1-11月,全市计划完成投资120亿元,同比增长8%。", 2008)[0] == "result"  # an ended period still reports
    assert classify("全市重点项目完成投资120亿元,同比增长8%。", 2008)[0] == "result"  # no plan: a figure
    # 计划 as a noun before 同比, the planned verb after it (深圳's 重大项目计划共安排…,同比增长26.2%,年度计划完成…): not planned_yoy;
    # since the sixteenth sentence round plan_contents reads it as a plan described, no result (tests/test_extract_sentence_rules16.py)
    s = "深圳重大项目计划共安排项目883个,总投资35674.8亿元,同比增长26.2%,年度计划完成2241.3亿元。"
    assert not planned_yoy(s, 2022)
    assert classify(s, 2022)[0] == "commitment"
    # 已 is a sign of a result here as in aims_lead_yoy and plan_contents (one check, classify._led_yoy): what is done already
    assert planned_yoy("今年全县计划完成工业投资50亿元,同比增长10%。", 2024)
    assert not planned_yoy("今年全县计划完成工业投资50亿元,目前已完成42亿元,同比增长10%。", 2024)


def test_respective_rate_is_every_listed_amounts_growth():
    text = "2008年,顶效开发区计划实现国内生产总值24亿元、财政收入2.4亿元,同比分别增长20%。"
    assert _drafts(text, year=2008, region="顶效开发区") == [("顶效开发区", "growth", 2008, 20, None), ("顶效开发区", "growth", 2008, 20, None),
                                                         ("顶效开发区", "level", 2008, 2.4, "亿元"), ("顶效开发区", "level", 2008, 24, "亿元")]
    probe = "今年全县计划完成工业总产值80亿元、工业增加值25亿元,分别增长12%。"  # other wording, no 同比
    assert [d for d in _drafts(probe, year=2024, region="某县") if d[1] == "growth"] == [("某县", "growth", 2024, 12, None)] * 2
    two = "今年全县计划完成工业总产值80亿元、工业增加值25亿元,分别增长12%、10%。"  # a rate each: the list's own rule
    assert sorted(d[3] for d in _drafts(two, year=2024, region="某县") if d[1] == "growth") == [10, 12]


# --------------------------------------------------------------------------
# announced_plan (another engineer's rule): probes in other wording


def test_announced_plan_turns_a_past_paragraph_to_plans():
    from tracker.extract.extract import plan_sentence

    assert plan_sentence("会议提出,2024年经济社会发展主要预期目标为:地区生产总值增长7%。", 2024)
    assert plan_sentence("报告明确,今年要完成投资100亿元。", 2024)
    assert not plan_sentence("会议提出,2023年全区地区生产总值增长7.3%。", 2024)  # an earlier year
    assert not plan_sentence("全区干部职工认为,2024年形势复杂。", 2024)  # no promise said


def test_announced_plan_dates_the_undated_aim_after_the_list():
    text = ("2023年,济南高新区全区地区生产总值达到1767.3亿元,同比增长7.3%。会议提出,2024年经济社会发展主要预期目标为:"
            "地区生产总值增长7%,实际使用外资7.7亿美元。新增城镇就业1.65万人,完成能耗强度降低任务。")
    assert _values(text, year=2024, region="济南高新区") == [(2024, 1.65, "万人"), (2024, 7, None), (2024, 7.7, "亿美元")]


# --------------------------------------------------------------------------
# realised_floor


def test_realised_floor_is_a_level_to_reach():
    from tracker.extract.extract import realised_floor

    assert realised_floor("实现卫浴产值150亿元以上")
    assert not realised_floor("实现卫浴产值150亿元")  # no 以上: as a review says it
    assert not realised_floor("实现了卫浴产值150亿元以上")  # 了: done
    assert not realised_floor("卫浴产值实现150亿元以上")  # 实现 does not open the clause: the other rules' case


def test_realised_floor_in_an_intended_task_is_the_years():
    text = ("竹山县2024年政府工作报告。\n该县将重点抓好七个方面工作。二是坚定不移壮大优势产业。加快提升优势产业能级,推进卫浴高端化、"
            "绿色化发展,实现卫浴产值150亿元以上。\n")
    assert _values(text, year=2024, region="竹山县") == [(2024, 150, "亿元")]
    probe = "全县将着力做强茶产业。加快茶园提质增效,实现茶叶综合产值60亿元以上。"  # other wording
    assert _values(probe, year=2024, region="某县") == [(2024, 60, "亿元")]
    review = "2023年,全县加快茶园提质增效,实现茶叶综合产值60亿元以上。"  # an earlier year: a result
    assert _values(review, year=2024, region="某县") == []


def test_based_change_is_left_out():
    from tracker.extract.extract import based_change

    assert based_change("万元工业增加值能耗较2012年累计下降", 2015) == "2012—2015"
    assert based_change("地区生产总值比2024年累计增长", 2025) is None  # the year before: one year's growth
    assert based_change("单位工业增加值能耗较2024年下降", 2027) is None  # no 累计: a growth draft, as the probes read it
    assert based_change("地区生产总值增长", 2025) is None
    text = "到2015年,全县万元工业增加值能耗较2012年累计下降10%,工业增加值达到50亿元。"
    assert _values(text, year=2013, region="丹凤县") == [(2015, 50, "亿元")]
    probe = "到2027年,全市单位GDP二氧化碳排放比2020年累计降低20%。"  # other wording: 比, 降低
    assert _values(probe, year=2024, region="某市") == []


def test_summed_years_is_left_out():
    from tracker.extract.extract import _Deadline, summed_years

    term = _Deadline(0, 0, 2025, True, "“十四五”末")
    assert summed_years("工业累计投资在", {"value": 2600, "unit": "亿元"}, term, 2025)  # a term's end, the year guessed as it
    assert summed_years("全市累计完成固定资产投资", {"value": 5000, "unit": "亿元"}, _Deadline(0, 0, 2027, True, "到2027年"), 2024)
    assert not summed_years("累计建成产业集群", {"value": 30, "unit": "个"}, term, 2022)  # a count: a level to reach
    assert not summed_years("工业投资", {"value": 600, "unit": "亿元"}, term, 2022)  # no 累计
    assert not summed_years("全年累计投资", {"value": 600, "unit": "亿元"}, _Deadline(0, 0, 2024, True, "2024年"), 2024)  # one year
    text = "到“十四五”末,全州规模以上工业企业突破800户,工业累计投资在2600亿元以上。"
    assert _values(text, year=2022, region="黔西南布依族苗族自治州") == [(2025, 800, "户")]
    probe = "到2027年,全市累计完成工业技改投资1000亿元。"  # other wording
    assert _values(probe, year=2024, region="某市") == []
