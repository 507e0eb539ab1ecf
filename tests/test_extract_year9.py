"""The document's year where the frame set still missed it (issue #15, branch year9): weighty_year (named_year) —
hand-worked cases from the frame texts, invented probes of the same classes in other wording, and near-misses the
rules must not fire on."""

from __future__ import annotations

import datetime

from tracker.extract import docdate as D
from tracker.extract import extract_text

TODAY = datetime.date(2026, 12, 3)


def dues(text: str, min_confidence: float = 0.5) -> set[int]:
    return {d["due"] for d in extract_text(text, min_confidence=min_confidence, today=TODAY).targets}


def test_weighty_year():
    """weighty_year (named_year): "2024年是天衢新区…的关键一年" (天衢新区), "2024年,对地处上海南部的奉贤区来说,是…的重要一年"
    (奉贤区) — 之年 written 一年 after a word of weight, and whose year it is between the year and 是; latest_past put both
    texts a year after their 2024 (2025), so 奉贤区's 2024 aims were taken for results of a year gone."""
    t = ("2024年,对地处上海南部的奉贤区来说,是全面贯彻落实党的二十大精神的重要一年,也是实现“十四五”规划目标任务的关键一年。\n"
         "记者了解到,2024年奉贤区提出,地区生产总值增长5%左右,区级财政收入增长5%。")
    assert D.named_year(t)[0] == 2024
    assert D.document_year(t)[0] == 2024
    assert dues(t) == {2024}
    assert D.named_year("2023年是天衢新区只争朝夕的一年。2024年是天衢新区“一年破题起势”的关键一年。")[0] == 2024
    assert D.named_year("2031年,对全县而言,是乡村振兴的攻坚一年。")[0] == 2031  # invented: 而言, 攻坚
    assert D.named_year("2029年是某市冲刺一年")[0] == 2029
    # near-misses: a bare 一年 looks back ("极不平凡的一年"), 重要的一年 is not the set phrase, a deadline is no year named
    assert D.named_year("2023年是极不平凡的一年。") is None
    assert D.named_year("2023年是天衢新区只争朝夕的一年。") is None
    assert D.named_year("到2025年是关键一年") is None
    assert D.named_year("2024年,对我们来说,困难很多。") is None


def test_goal_is():
    """goal_is (plan_heading): "“2024年,珠海高新区地区生产总值增长目标为8%,力争实现两位数增长。" (珠海高新区) — a year opening a
    sentence that gives a goal's figure is the year planned; nothing dated the text before (today's year, 2026, was taken
    and its drafts fell below the bar as guessed)."""
    t = ("据珠海高新区消息,2月18日,在珠海市高质量发展大会上,珠海高新区党工委书记赵适剑指出:“2024年,珠海高新区地区生产总值"
         "增长目标为8%,力争实现两位数增长。规上工业增加值增长15%以上,规上工业总产值超600亿元。”")
    assert D.plan_heading(t)[0] == 2024
    assert D.document_year(t)[0] == 2024
    assert dues(t) == {2024}
    assert D.plan_heading("2031年,某县规上工业增加值目标是增长9%。")[0] == 2031  # invented: 目标是增长
    assert D.plan_heading("2027年,全区固定资产投资增速目标定为12%。")[0] == 2027
    # near-misses: a goal reviewed against what came of it, a deadline, a goal with no figure
    assert D.plan_heading("2023年,全市GDP增长目标为6%,实际增长5.5%。") is None
    assert D.plan_heading("2023年,全市GDP增长目标为6%,全年实现了6.2%的增长。") is None
    assert D.plan_heading("到2025年,全市工业产值目标为1000亿元。") is None
    assert D.plan_heading("2024年,园区的目标是建成一流园区。") is None
    assert D.plan_heading("2030年,全市地区生产总值目标为1万亿元。") is None  # a level: maybe a horizon without 到
    assert D.plan_heading("2030年,全市地区生产总值年均增长目标为6%。") is None  # a term's yearly average


def test_year_task_sum():
    """year_task_sum (planned_year): "列入方案推进项目1024个,项目计划总投资5018.4亿元,2017年投资任务1301.7亿元" (安阳's progress
    notice of 1-9月份) — a year followed by its task's sum is the year planned; latest_past read it as a year reported and
    put the text in 2018, so "确保全年…完成投资1300亿元以上" was due 2018."""
    t = ("为落实市政府工作报告要求,4月25日,市发改委印发了《安阳市2017年“5113”(含省“5818”)扩大有效投资行动方案》,列入方案推进"
         "项目1024个,项目计划总投资5018.4亿元,2017年投资任务1301.7亿元。\n1-9月份,“5113”项目完成投资1023亿元,占年度投资任务的"
         "78.6%。\n下一步,确保全年“5113”扩大有效投资行动项目完成投资1300亿元以上。")
    assert D.planned_year(t)[0] == 2017
    assert D.document_year(t)[0] == 2017
    assert D.planned_year("全县重点项目62个,2030年度目标任务为85亿元。")[0] == 2030  # invented: 年度, 目标任务为
    assert D.planned_year("2028年建设任务42.5亿元,已下达。")[0] == 2028
    # near-misses: a task reviewed against what was done, a deadline, a task with no sum
    assert D.planned_year("2017年投资任务1301.7亿元,全年完成1350亿元,完成率103.7%。") is None
    assert D.planned_year("到2020年投资任务100亿元") is None
    assert D.planned_year("2017年任务艰巨,压力很大。") is None


def test_recalled_date():
    """recalled_date (dated_head) and after_recalled: "记者8月29日在济源市第十一次党代会上了解到,早在2010年12月6日,…曾这样评价"
    (济源) — the date after 早在 is one the text looks back to, not the text's (dated_head took it: 2010, stated); the
    text is later, guessed as the first year its dateline's day (8月29日) falls after it: 2011, and the note asks to check."""
    t = ("记者8月29日在济源市第十一次党代会上了解到,早在2010年12月6日,河南省委书记卢展工在济源调研时曾这样评价:“济源是一个"
         "非常年轻的城市”。\n济源市委书记说,我们认真谋划“十二五”的发展。")
    assert D.dated_head(t) is None
    found = D.document_year(t)
    assert found[0] == 2011 and found[1] is None
    assert found[2].phrase.code == "extract.note.year_recalled_date" and str(found[2]).startswith("guessed")
    # invented: a dateline day later in the year than the recalled date puts the text in the same year
    assert D.after_recalled("本报讯 12月20日,记者获悉,早于2031年3月1日,该县就已启动园区建设。")[0] == 2031
    assert D.after_recalled("新华社3月5日电 远在2018年11月2日,该市便提出…")[0] == 2019
    # near-misses: a date not recalled is the text's own; a recalled date with no dateline day dates nothing
    assert D.dated_head("2011年8月29日 济源市召开第十一次党代会。")[0] == 2011
    assert D.after_recalled("早在2010年12月6日,省委书记在济源调研。") is None
    assert D.dated_head("早在2010年12月6日,省委书记在济源调研。") is None


def test_wrapped_year():
    """wrapped_year (document_year): "荣登2012\\n年“中国城市社会效益竞争力10强”" (潜江's feature, its page's hard line ends kept)
    — the year cut by a line end is one year: latest_past reads 2012 (the text of 2013) instead of the only whole year
    left, "1965年6月15日" (1966), and "今年将实现千亿产值目标" is due 2013."""
    t = ("去年,潜江地区生产总值441.8亿元,同比增12.9%,增速位居全省市州;外贸出口3.4亿美元,居全省县域前列,荣登2012\n"
         "年“中国城市(市级行政区)社会效益竞争力10强”。\n1965年6月15日,潜江高石碑镇来麟村,江汉口油井喷出原油。\n"
         "去年五大传统产业产值达730亿,今年将实现千亿产值目标。")
    assert D.wrapped_year("荣登2012\n年“中国城市”") == "荣登2012年“中国城市”"
    assert D.wrapped_year("增长到2031 \n 年的水平") == "增长到2031年的水平"  # invented: spaces around the line end
    assert D.latest_past(t)[0] == 1966  # the rule alone does not see the cut year
    assert D.document_year(t)[0] == 2013
    assert dues(t, 0) == {2013}  # its region is not named in these lines: below the default bar
    # near-misses: a number that is no year, or a line that does not go on with 年
    assert D.wrapped_year("第12012\n年") == "第12012\n年"
    assert D.wrapped_year("全市2012\n企业") == "全市2012\n企业"
    assert D.wrapped_year("共2012\n个项目\n年内完成") == "共2012\n个项目\n年内完成"


def test_national_session():
    """national_session (context.congress_term): "十四届全国人大三次会议期间,全国人大代表、大同市委书记张强表示…" (访谈时间:
    2025年3月12日) — a text of March from the national session speaks at the start of its year: 未来三年 runs 2025–2027,
    as at a January congress, not 2026–2028 (大同's 1800万千瓦 was due 2028)."""
    from tracker.extract.context import congress_term

    t = ("十四届全国人大三次会议期间,全国人大代表、大同市委书记张强表示,大同将加速构建现代化产业体系。\n访谈时间: 2025年3月12日\n"
         "随着晋北新能源基地的落地开工,未来三年,大同新能源装机将达到1800万千瓦。")
    assert congress_term(t, "2025-03-12")
    assert dues(t) == {2027}
    assert congress_term("全国政协十五届二次会议上,委员们…", "2029-03-08")  # invented: the CPPCC's session
    assert congress_term("今年全国两会期间,代表们热议…", "2031-03-10")
    # near-misses: the national session's text of later in the year, a city's own March meeting, no date at all
    assert not congress_term(t, "2025-06-12")
    assert not congress_term("3月12日,大同市召开全市工作会议。未来三年,…", "2025-03-12")
    assert not congress_term(t, None)
    march_city = ("2025年3月12日,大同市召开全市能源工作会议。\n未来三年,大同新能源装机将达到1800万千瓦。")
    assert dues(march_city) == {2028}
