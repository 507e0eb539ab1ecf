"""The document's own year, read from the text instead of today's calendar.

Small named rules, tried in order; the first that answers wins. Each returns
``(year, date or None, note)`` or None. The note says which rule answered; a
``guessed`` note makes the extractor lower its confidence and ask for a review.

1. ``dated_head``    a full date near the top (2024年1月20日, 一九九六年七月十七日, 2024-01-20, "Sat, 05 Mar 2022",
                     26.01.2015) —
                     not one on a line of the site's navigation (``page_chrome``: 洛阳网首页 … 电子报).
2. ``signed_tail``   the date under the signature at the end (国务院\\n2018年12月21日).
2a. ``titled_plan``  the title (first line) naming the year of its plan, aims or work report: "邢台市2024年主要经济指标预期
                     目标", "南宁市2019年政府工作报告", "…年度目标（2023年度）" — not a review (``reviewed_title``: 回顾, 总结,
                     执行情况 …).
3. ``plan_heading``  a heading or lead-in naming the year planned: "2026年工作安排", "2026年重点工作",
                     "2026年主要任务", "2026年主要预期目标", "2025年目标是", "2025年工作总体要求和主要目标",
                     "2025年济南市经济社会发展主要预期目标是" (``place_aims``), "2014年国民经济和社会发展计划",
                     "2018年发展目标", "安排部署2015年工业发展工作" (``arranged_year``), "常州高新区2014年将…"
                     (``intent_year``), an aims heading under a year line (``aims_after_year``: "2021年湖南\n立flag!\n
                     主要预期目标"), a line that is only a year's work heading (``work_heading_line``: "2023年主要工作",
                     "2023年工作安排", "2023年重点任务", "五、2024年度目标任务"), a table's target column (``target_cell``:
                     "| 2025年目标 |") — the document is of that year.
3a. ``concrete_year`` "具体到2022年,…": after a term's aims, the year the text comes down to is the year planned.
4. ``just_past``     "刚刚过去的2025年", "在刚过去的2021年", "2025年工作回顾", "回顾2025年", "回顾总结2014年": the year after it.
5. ``since``         "2024年以来": the document is written in that year — or one after the latest whole
                     year it reports, if that is later (``since_then``: 2021年以来 … 2022年增加值1.96万亿元 → 2023).
6. ``plan_period_start`` "计划时间是从2026年到2030年", "规划期为2026年至2035年": the plan's first year.
7. ``five_year_start`` "“十五五”开局之年", "实现“十五五”良好开局", "为“十四五”开好头": the first year of that plan (2026);
                     "“十四五”收官之年": its last (2025).
8. ``named_year``    "2023年是发展关键之年", "2022年是党的二十大召开之年": a text that says what kind of year a year is
                     (…之年) is written for that year.
9. ``cited_plan``    a plan cited by its title for a year: 《…关于2016年加快工业经济发展的实施意见》, 《2019年工作要点》 —
                     not a period or a deadline in the title: that year.
10. ``year_end_estimate`` "2020年預計全年實現…": a year still estimated is ending; the text is of the next.
10a. ``planned_year`` "2023年,…谋划确定…项目111项,…年度计划投资34.96亿元", "2024年初步计划安排…项目": the year whose sums are
                     planned.
10b. ``reviewed_term`` guessed: "十一五期间,…完成1.004亿元" and a look to 十二五: the year after the reviewed term (2011).
10c. ``span_horizon`` guessed: a text whose only year is its aims' horizon (到2010年…) counted in one span (今后三年,
                     三年内): the horizon less the span (2007).
11. ``latest_past``  guessed: one after the latest year a figure is reported for.
12. ``after_recalled`` guessed: a text dated only by a date it recalls (早在2010年12月6日 — ``recalled_date``, which
                     dated_head and signed_tail skip) is later: the first year its dateline's day (记者8月29日) falls after it.

13. ``issued_term_plan`` guessed: a text that prints no year but reports a five-year term's plans issued (出台《…“十四五”…
                     规划》): the term's first year (2021).

``dated_head`` skips a date the text recalls (早在…) or announces ahead (``coming_date``: 2013年7月6日将迎来…, 定于…召开).

Before any rule, ``wrapped_year`` joins a year cut by a hard line wrap (荣登2012\\n年 → 2012年).

With none of these, the extractor guesses today's year — or, when the text sets deadlines (到2025年) that
are already past, the earliest of them (``before_deadline``, in ``context``): a plan is written before
its deadlines.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tracker.extract import patterns as P
from tracker.extract.notes import Note
from tracker.extract.numbers import cn_int

_MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
_ENGLISH_DATE = re.compile(r"\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (20\d{2})\b")
#: day_first: "26.01.2015  11:32" — a European-style date line under a headline (day, month, year).
_DAY_FIRST = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(20\d{2})(?![\d.])")
_PLAN_HEADING = re.compile(
    r"(?<![到至\-—–~])(20\d{2})年(?:度)?(?:的)?"
    r"(?:[,，]?(?:[\u4e00-\u9fff]{2,6}?(?:省|市|县|区|州|高新区|开发区)?|全[省市县区州])?(?:全年)?(?:经济社会发展|经济增长)(?:的)?(?:主要)?预期目标(?=是|为|建议|[ \t]*(?:\n|$))|"  # place_aims
    r"(?:工作安排|重点工作|主要任务|主要工作任务|(?:工作)?行动计划|重点任务|工作要点|工作部署|主要预期目标|政府工作任务|工作任务|(?:政府)?工作重点)(?!的?(?:圆满|顺利|全面)?完成)|"
    r"工作的?重中之重|经济社会发展(?:的)?主要预期目标|重点工作安排|(?:政府|主要)?工作目标|(?:(?:政府)?工作的?)?总体要求(?:和主要目标)?|(?:政府)?工作总的要求|"
    r"国民经济和社会发展计划(?!(?:的)?(?:执行|完成)情况)|发展目标|目标任务和(?:重点工作|主要措施)|目标(?=是|为))")
#: place_aims: "2025年济南市经济社会发展主要预期目标是", "2019年,张家界高新区全年经济增长的预期目标是" — the place whose aims
#: they are may stand between the year and its aims; aims_headline: the phrase may close its line, a headline's
#: ("政府工作报告提出:2010年漳州经济社会发展预期目标", read through the pinyin glosses of 漳州經(jīng)濟… by text.pinyin_annotation). arranged_year: "全面安排部署2015年工业发展工作" names the year
#: arranged; intent_year: "常州高新区2014年将以…为引领", "2024年，要…" — a year that opens what is intended (将, 要, 力争,
#: 确保) is the year planned; "到2025年将…" is a deadline (not after 到/至). done_heading: "2020年工作任务的完成" reports
#: a year's tasks as done — no year planned.
_ARRANGED = re.compile(r"(?:安排部署|部署|安排)了?(20\d{2})年[\u4e00-\u9fff]{0,8}?工作")
_INTENT_YEAR = re.compile(r"(?<![到至\-—–~\d])(20\d{2})年[,，]?(?:我们|(?:该|全|我|本)[省市县区州旗]|(?<=[,，])[\u4e00-\u9fff]{2,10}?(?:[区市县州旗省]|高新区|开发区|经开区|示范区))?"
                          r"(?:将(?!近)|要(?![素求点闻件害])|力争|确保)")
#: intent_subject: "2025年,该区将紧扣…", "2025年,株洲经开区将…", "2024年,我们将锚定…" (a head of government speaking:
#: we_intend) — the year, then who intends (该区, 我们, a place or zone after the comma), then 将/要/力争/确保: the year
#: planned, as intent_year.
#: goal_set: "2021年,淄博工业增加值确定10%以上的增长目标" — a year opening a sentence in which a goal is set
#: (确定/定下/提出/锁定…目标) is the year the goal is for, as a heading of aims would say.
_GOAL_SET = re.compile(r"(?<![到至\-—–~\d])(20\d{2})年[,，][^。;；\n]{0,30}?(?:确定|定下|提出|锁定|明确)[^。;；\n]{0,20}?目标")
#: goal_is: "2024年,珠海高新区地区生产总值增长目标为8%" — a year opening a sentence that gives a growth goal's rate (增长目标为8%,
#: 目标是增长9%) names the year the goal is for, as goal_set does. Only a rate on the year before: a level ("2030年,全市GDP目标
#: 为1万亿元") may be a horizon written without 到, and 年均 is a term's; not when the sentence goes on to what came of it
#: (实际, 完成了, 实现了, 超额): a goal reviewed against its outcome.
_GOAL_IS = re.compile(r"(?<![到至\-—–~\d])(20\d{2})年[,，][^。;；\n]{0,30}?"
                      r"(?:(?<!年均)(?:增长|增速)目标(?:为|是|定为|设定为)(?:增长)?|目标(?:为|是|定为|设定为)增长)\d"
                      r"(?![^。;；\n]*(?:实际|完成了|实现了|超额))")
_JUST_PAST = re.compile(r"(?:刚刚|刚)过去的(20\d{2})年|(20\d{2})年(?:和“?十[三四五六]五”?时期)?工作回顾|回顾(?:了|总结)?(20\d{2})年")
_SINCE = re.compile(r"(20\d{2})年以来")

Found = tuple[int, str | None, str]


def _valid(y: int, mo: int, d: int) -> bool:
    return 1990 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31


_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_CN_DATE = re.compile(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")


def _cn_small(s: str) -> int:
    """十七 → 17, 十 → 10, 二十 → 20, 三十一 → 31, 七 → 7."""
    if "十" not in s:
        return _CN_DIGIT[s]
    tens, _, ones = s.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


def chinese_date(text: str) -> tuple[int, int, int, str] | None:
    """一九九六年七月十七日 → (1996, 7, 17, the words)."""
    for m in _CN_DATE.finditer(text):
        y = int("".join(str(_CN_DIGIT[c]) for c in m[1]))
        mo, d = _cn_small(m[2]), _cn_small(m[3])
        if _valid(y, mo, d):
            return y, mo, d, m[0]
    return None


#: page_chrome: a line of a page's own navigation (洛阳网首页 新闻 县区 … 电子报, 设为首页, 登录) — a date on it is the
#: page's (when it was built or crawled), not the text's.
_PAGE_CHROME = re.compile(r"首页|电子报|设为首页|收藏本站|登录|注册|站群导航|无障碍")


def page_chrome(line: str) -> bool:
    """page_chrome: a line that is the site's navigation, not the article (its date is the page's)."""
    return bool(_PAGE_CHROME.search(line)) and len(line) < 80


#: viewed_date: a line that is a date and its weekday only ("2024 年 03 月 28 日 星期四") over a labelled date ("时间:2022-01-06
#: 20:56", 发布时间, 日期) is the day the page was viewed — the site's clock — not the article's.
_WEEKDAY_LINE = re.compile(r"^\s*20\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]\s*$")
_LABELLED_DATE = re.compile(r"(?:发布时间|发布日期|时间|日期)\s*[:：]\s*20\d{2}\s*[-年/.]")


def viewed_date(line: str, head: str) -> bool:
    """viewed_date: ``line`` is a bare date with its weekday and ``head`` labels another date (时间:, 发布时间:)."""
    return bool(_WEEKDAY_LINE.match(line)) and bool(_LABELLED_DATE.search(head))


#: recalled_date: "记者8月29日在济源市第十一次党代会上了解到,早在2010年12月6日,河南省委书记…曾这样评价" — a full date right
#: after 早在/早于/曾于/远在 is one the text looks back to, not its own: the text is later than it.
_RECALLED = re.compile(r"(?:早在|早于|曾于|远在)\s*$")
#: A dateline's day with no year of its own: "记者8月29日…", "新华社北京3月5日电" (not the month and day of a full date).
_DATELINE_DAY = re.compile(r"(?<![\d年/\-.])(\d{1,2})月(\d{1,2})日")


#: coming_date: "成立于1953年的张家川回族自治县,2013年7月6日将迎来60周年华诞", "大会定于2024年3月5日召开" — a full date with 将
#: (即将, 也将) right after it, or 定于/将于 right before it, is a day ahead that the text announces, not the day it is written.
_COMING_AFTER = re.compile(r"\s*(?:即|也|还|就)?将(?!近)")
_COMING_BEFORE = re.compile(r"(?:定于|将于|拟于)\s*$")


def coming_date(head: str, m: re.Match) -> bool:
    """coming_date: the full date ``m`` is a day ahead the text announces (…7月6日将迎来…, 定于…召开): see _COMING_AFTER."""
    return bool(_COMING_AFTER.match(head, m.end()) or _COMING_BEFORE.search(head[max(0, m.start() - 4): m.start()]))


def recalled_dates(head: str) -> list[re.Match]:
    """The full dates in ``head`` that the text recalls (早在2010年12月6日): see _RECALLED."""
    return [m for m in P.FULL_DATE.finditer(head) if _RECALLED.search(head[max(0, m.start() - 4): m.start()])]


def _head(t: str) -> str:
    """The top of the text as dated_head reads it: no navigation lines, no viewed dates, recalled and coming dates blanked."""
    top = t[:600]
    head = "\n".join("" if page_chrome(line) or viewed_date(line, top) else line for line in top.split("\n"))
    for m in recalled_dates(head) + [m for m in P.FULL_DATE.finditer(head) if coming_date(head, m)]:
        head = head[: m.start()] + " " * (m.end() - m.start()) + head[m.end():]
    return head


def dated_head(t: str) -> Found | None:
    head = _head(t)
    if found := chinese_date(head):
        y, mo, d, words = found
        return y, f"{y:04d}-{mo:02d}-{d:02d}", Note("extract.note.year_date_top", date=words)
    if m := P.FULL_DATE.search(head):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        if _valid(y, mo, d):
            return y, f"{y:04d}-{mo:02d}-{d:02d}", Note("extract.note.year_date_top", date=m[0])
    if m := _ENGLISH_DATE.search(head):
        y, mo, d = int(m[3]), _MONTHS[m[2]], int(m[1])
        if _valid(y, mo, d):
            return y, f"{y:04d}-{mo:02d}-{d:02d}", Note("extract.note.year_date_top", date=m[0])
    if m := _DAY_FIRST.search(head):
        y, mo, d = int(m[3]), int(m[2]), int(m[1])
        if _valid(y, mo, d):
            return y, f"{y:04d}-{mo:02d}-{d:02d}", Note("extract.note.year_date_top", date=m[0])
    if m := _YEAR_SPACE_MONTH_DAY.search(head):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        if _valid(y, mo, d):
            return y, f"{y:04d}-{mo:02d}-{d:02d}", Note("extract.note.year_date_top", date=m[0])
    return None


#: year_space_date: a news site's date line "2024 01/19 19:46:13" — the year, a space, then month/day (and a time); on a
#: line of its own or before the time, never inside a sentence's numbers.
_YEAR_SPACE_MONTH_DAY = re.compile(r"(?m)^\s*(20\d{2})[ \t]+(\d{1,2})/(\d{1,2})(?=[ \t]+\d{1,2}:\d{2}|[ \t]*$)")


def signed_tail(t: str) -> Found | None:
    tail = "\n".join("" if page_chrome(line) else line for line in t[-300:].split("\n"))
    found = [m for m in P.FULL_DATE.finditer(tail) if not _RECALLED.search(tail[max(0, m.start() - 4): m.start()])]
    if found:
        m = found[-1]
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        if _valid(y, mo, d):
            return y, f"{y:04d}-{mo:02d}-{d:02d}", Note("extract.note.year_signed", date=m[0])
    return None


def _latest_year(years: list[int], after: int, note: str) -> Found | None:
    """The latest of ``years`` (plus ``after``: the year after a review), noted by ``note``; None for none."""
    if not years:
        return None
    y = max(years)
    return y + after, None, Note(note, year=y)


def plan_heading(t: str) -> Found | None:
    """plan_heading: 2026年工作安排, 2025年目标是; goal_set: "2021年,淄博工业增加值确定10%以上的增长目标"."""
    years = [int(m[1]) for m in _PLAN_HEADING.finditer(t)] + [int(m[1]) for m in _GOAL_SET.finditer(t)]
    years += [int(m[1]) for m in _GOAL_IS.finditer(t)]
    years += [int(m[1]) for m in _ARRANGED.finditer(t)] + [int(m[1]) for m in _INTENT_YEAR.finditer(t)]
    years += aims_after_year(t) + [int(m[1]) for m in _AIMS_HEADING_LINE.finditer(t)]
    years += target_cell(t)
    years += [int(m[1]) for m in _WORK_HEADING_LINE.finditer(t)] + [int(m[1]) for m in _PLANNED_SUBJECT.finditer(t)]
    years += [int(m[1]) for m in _WITHIN_YEAR_INTENT.finditer(t)] + pledged_year(t)
    return _latest_year(years, 0, "extract.note.year_heading")


#: pledged_year: "就2023年工业发展及招商工作立下了“军令状”" — departments pledge a year's work (立下军令状, 签订责任书, 作出承诺);
#: "推动2023年全市工业投资新增超21亿元,力争全年完成…" — a year right after a word of promise whose sentence goes on to 全年,
#: the same year spoken of as the running one. Either is the year planned; a deadline alone ("力争2025年新增…", no 全年) is not.
_PLEDGED_WORK = re.compile(r"就(20\d{2})年[\u4e00-\u9fff]{0,12}?工作(?:立下|签订|签下|作出|做出)")
_PLEDGED_RUNNING = re.compile(r"(?:推动|力争|确保|争取)(20\d{2})年(?:全[市县区省州])?[^。;；!！\n]{2,40}?[,，]?[^。;；!！\n]{0,20}?全年")


def pledged_year(t: str) -> list[int]:
    """pledged_year: the years a text pledges its work for (see _PLEDGED_WORK, _PLEDGED_RUNNING)."""
    return [int(m[1]) for m in _PLEDGED_WORK.finditer(t)] + [int(m[1]) for m in _PLEDGED_RUNNING.finditer(t)]


#: within_year_intent: "在2013年的经济发展中,将强化工业主导地位", "2013年工作中要…" — the year framed as the time within which
#: (在…中) something is intended (将, 要, 力争, 确保) is the year planned, as intent_year reads "2013年将…".
_WITHIN_YEAR_INTENT = re.compile(r"(?<![到至\-—–~\d])(20\d{2})年(?:的|度)?[\u4e00-\u9fff]{0,8}?(?:中|里|期间)[,，]?"
                                 r"(?:[\u4e00-\u9fff]{0,6}?)(?:将(?!近)|要(?![素求点闻件害])|力争|确保)")


#: aims_heading_line: a line that is only a year's aims heading — "2019年预期目标" over 德州's six aims (a graphic digest).
_AIMS_HEADING_LINE = re.compile(r"^\s*(20\d{2})年(?:的)?(?:主要)?(?:预期目标|预期性目标)[:：]?\s*$", re.M)
#: target_cell: a table's column of a year's targets — "指标 | 单位 | 2025年目标 | 属性", "2023年完成 | 2024年目标" (2024年计划,
#: 2024年目标值, 2024年预期目标) — names the year planned, as an aims heading does: the cell holds only the year and its
#: word for targets, between the table's bars or the line's ends (not "超额完成2023年目标", not 2023年完成, a result column).
_TARGET_CELL = re.compile(r"(?:^|[|｜])[ \t]*(20\d{2})年(?:度)?(?:预期)?(?:目标值?|计划(?:数|值)?)[ \t]*(?=[|｜]|$)", re.M)


#: reviewed_target: a header that sets a year's target beside its result ("指标 | 2023年计划 | 2023年完成 | 完成率") reviews the
#: year: its target column names no year planned. A result column of an earlier year (2023年完成 | 2024年目标) is the base.
_RESULT_CELL = re.compile(r"(20\d{2})年(?:度)?(?:[1１一]?[-—–~至]?\d{1,2}月)?(?:完成|实际|执行|实绩)")


def target_cell(t: str) -> list[int]:
    """target_cell: the earliest year a table's target column names ("| 2025年目标 |"), as a list for plan_heading — a
    table with targets for several years (2025年目标 | 2027年目标) is planned from its first; not a target beside its
    own year's result (reviewed_target)."""
    cells = []
    for m in _TARGET_CELL.finditer(t):
        line = t[t.rfind("\n", 0, m.start()) + 1: (t.find("\n", m.end()) + 1 or len(t) + 1) - 1]
        done = [int(y) for y in _RESULT_CELL.findall(line)]
        if "完成率" not in line and not any(y >= int(m[1]) for y in done):
            cells.append(int(m[1]))
    return [min(cells)] if cells else []


#: work_heading_line: a line that is only a heading of a year's work or aims — "2023年主要工作" over 梁溪区's "全区经济社会发展的
#: 主要预期目标是:", "2023年工作安排", "2023年重点任务" — names the year the aims under it are for (not "2022年主要工作回顾",
#: "2022年主要工作完成情况": the line must end at the heading); ``numbered_heading``: after its list number ("五、2024年度目标任务",
#: "（三）2025年工作要点").
_WORK_HEADING_LINE = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])?\s*"
                                r"(20\d{2})年(?:度)?(?:的)?(?:主要工作|工作安排|重点任务|重点工作(?:任务)?|主要任务|目标任务|工作要点)"
                                r"[:：]?\s*$", re.M)


#: planned_subject: "2008年,顶效开发区计划实现国内生产总值24亿元…" — a year, then who plans (a place, a zone, 全区 …), then
#: 计划实现/计划完成/计划达到: the year planned, as intent_year reads 将/力争. Not when the sentence goes on to what was done
#: (实际完成, 已): a plan reviewed against its outcome.
_PLANNED_SUBJECT = re.compile(r"(?<![到至\-—–~\d])(20\d{2})年[,，]?(?:(?:该|全|我|本)[省市县区州旗]|[\u4e00-\u9fff]{2,10}?(?:[区市县州旗省]|高新区|开发区|经开区|示范区))?"
                              r"计划(?:实现|完成|达到)(?![^。\n]*(?:实际|已))")


_AIMS_LINE = re.compile(r"^[^\n。，,]{0,6}(?:主要预期目标|主要目标|预期目标|发展目标)[:：]?$")
_YEAR_LINE = re.compile(r"^(20\d{2})年[^\n。]{0,12}$")


def aims_after_year(t: str) -> list[int]:
    """aims_after_year: an aims heading with no year of its own ("主要预期目标") takes the year of the short
    heading line a few lines above it ("2021年湖南\n立flag!\n主要预期目标") — as "2021年主要预期目标" would say."""
    lines = [x.strip() for x in t.split("\n") if x.strip()]
    out = []
    for i, line in enumerate(lines):
        if _AIMS_LINE.match(line):
            for above in reversed(lines[max(0, i - 4): i]):
                if m := _YEAR_LINE.match(above):
                    if not re.search(r"回顾|成绩|答卷|成就|以来", above):
                        out.append(int(m[1]))
                    break
    return out


def just_past(t: str) -> Found | None:
    return _latest_year([int(next(g for g in m.groups() if g)) for m in _JUST_PAST.finditer(t)], 1,
                        "extract.note.year_after_review")


def since(t: str) -> Found | None:
    """since: "2024年以来…" — written in 2024; ``since_then``: unless the text reports a whole later year
    ("2021年以来…2022年工业增加值1.96万亿元"), which puts it one year after that (as latest_past)."""
    found = _latest_year([int(m[1]) for m in _SINCE.finditer(t)], 0, "extract.note.year_since")
    if found is not None and (later := latest_past(t)) is not None and later[0] - 1 > found[0]:
        return later
    return found


_FIVE_YEAR_EDGE = re.compile(r"[“「『]?(十[一二三四五六])五[”」』]?(?:规划)?(?:时期)?(?:的)?(开局之年|良好开局|开局起步|开好局|开好头|起好步|起步之年|第一年|首年|收官之年|圆满收官|最后一年)")


def five_year_start(t: str) -> Found | None:
    if m := _FIVE_YEAR_EDGE.search(t):
        end = P.FIVE_YEAR_END[m[1]]
        year = end if "收官" in m[2] or "最后" in m[2] else end - 4
        return year, None, Note("extract.note.year_five_year", plan=m[1], words=m[2], year=year)
    return None


#: A year the text sets as a deadline: 到2015年, 2015年底, 力争2015年 (as context.before_deadline reads them) — not a
#: change reported up to a year ("从2017年的300亿元增长到2022年的1500亿元").
_DEADLINE_YEAR = re.compile(r"(?<![长加高升降少大])到(20\d{2})年|(?<!\d)(20\d{2})年(?:底|末)|(?:力争|确保|争取)在?(20\d{2})年")


#: planned_year: a year whose sums are planned — "2023年,隆德县…谋划确定第一批基本建设项目111项,…年度计划投资34.96亿元",
#: "商州区2024年初步计划安排省市区重点建设项目…" — in one sentence (not 到2025年, not 2021年以来).
_PLANNED_YEAR = re.compile(r"(?<![到至\-—–~\d])(20\d{2})年(?![以起底末前])[^。;；!?！？\n]{0,80}?"
                           r"(?:年度计划投资|年度投资计划|计划安排|计划实施|计划开工|计划新开工|计划完成投资)"
                           r"|(?<![到至\-—–~\d])(20\d{2})年(?:度)?计划(?:完成)?投资\d"
                           r"|(?<![到至\-—–~\d])(20\d{2})年(?:度)?(?:投资|建设|目标)?任务(?:为|是)?\d(?![^。;；!?！？\n]*(?:完成率|全年完成|实际完成|超额))")
#: year_plan_sum: "总投资226.9361亿元,2018年计划投资95.7542亿元" — a year followed straight by its planned investment sum.
#: year_task_sum: "项目计划总投资5018.4亿元,2017年投资任务1301.7亿元" — a year followed straight by its task's sum (投资任务,
#: 目标任务) is set as planned too; not when the sentence goes on to what was done (完成率, 全年完成, 实际完成, 超额).


def planned_year(t: str) -> Found | None:
    """planned_year: a year named in the sentence that sets its projects' planned sums (年度计划投资, 计划安排, 计划实施) is
    the year the text is of — not data reported for it, so latest_past must not put the text a year after it. The
    latest such year."""
    return _latest_year([int(m[1] or m[2] or m[3]) for m in _PLANNED_YEAR.finditer(t)], 0, "extract.note.year_planned")


#: reviewed_term: "十一五期间,全县生产总值达9.7亿元,财政总收入完成1.004亿元" — a five-year period reported as done.
_REVIEWED_TERM = re.compile(r"[“「『]?(十[一二三四五六])五[”」』]?(?:规划)?(?:期间|时期|以来)[,，]?[^。;；]{0,60}?"
                            r"(?:完成|达到?|实现了?|首次突破|累计|取得了?)")


def reviewed_term(t: str) -> Found | None:
    """reviewed_term: a text with no year that reports a five-year period as done ("十一五期间,…财政总收入完成1.004亿元") and
    looks to the next ("展望十二五期间…", "到十二五末力争…") is written after the reviewed period: the year after its end
    (2011). Guessed (the turn of the term may be written in its last months), so its drafts are reviewed."""
    for m in _REVIEWED_TERM.finditer(t):
        end = P.FIVE_YEAR_END.get(m[1])
        nxt = {v: k for k, v in P.FIVE_YEAR_END.items()}.get(end + 5) if end else None
        if nxt and re.search(nxt + r"五", t):
            return end + 1, None, Note("extract.note.year_after_term", plan=m[1], year=end + 1)
    return None


def after_recalled(t: str) -> Found | None:
    """after_recalled: a text whose only date at the top is one it recalls ("记者8月29日…了解到,早在2010年12月6日,…") is
    later than it — guessed as the first year in which its dateline's day (8月29日, before the recalled date, with no year
    of its own) falls after the recalled date: 2011. Guessed, so its drafts are reviewed; None without such a dateline."""
    top = t[:600]
    head = "\n".join("" if page_chrome(line) or viewed_date(line, top) else line for line in top.split("\n"))
    recalled = recalled_dates(head)
    if not recalled:
        return None
    r = recalled[0]
    day = _DATELINE_DAY.search(head, 0, r.start())
    ry, rmo, rd = int(r[1]), int(r[2]), int(r[3])
    if day is None or not _valid(ry, rmo, rd) or not _valid(ry, int(day[1]), int(day[2])):
        return None
    year = ry if (int(day[1]), int(day[2])) > (rmo, rd) else ry + 1
    return year, None, Note("extract.note.year_recalled_date", date=r[0].strip(), day=day[0], year=year)


#: span_horizon: the spans ahead a text counts its aims in — 今后三年, 未来五年, 三年内 (two to ten years).
_HORIZON_SPAN = re.compile(P.SPAN_AHEAD + r"|(?<![\d一二三四五六七八九十])([二两三四五六七八九十])年内")


def span_horizon(t: str) -> Found | None:
    """span_horizon: guessed — a text whose only year is the horizon of its aims ("到2010年,梧州市规模以上工业总产值要突破
    600亿元", "2010年实现…达500家") and which counts those aims in one span ahead ("今后三年要把…", "三年内建设…") was
    written that span before the horizon (2010 − 3 = 2007): the span and the deadline are the same aims' two ends, as
    context's span_to_deadline reads a text with no rule's year at all. Before ``latest_past``, which would take the
    horizon's "2010年实现…" for a year reported. Only when every year the text names is that one year, it is set as a
    deadline (到2010年, 2010年底, 力争2010年) at least once, and the text names one span only; None otherwise."""
    if (parts := horizon_and_span(t)) is None:
        return None
    horizon, span = parts
    year = horizon - span
    return year, None, Note("extract.note.year_span_horizon", year=year, horizon=horizon, span=span)


def horizon_and_span(t: str) -> tuple[int, int] | None:
    """(horizon, span) for span_horizon: the text's one year, set as a deadline, and its one span ahead; None otherwise."""
    named = {int(m[1]) for m in re.finditer(r"(?<!\d)((?:19|20)\d{2})(?:\s*年|[-—–./]\d)", t)}
    if len(named) != 1:
        return None
    horizon = named.pop()
    if horizon not in {int(next(g for g in m.groups() if g)) for m in _DEADLINE_YEAR.finditer(t)}:
        return None
    spans = {cn_int(m[1] or m[2]) for m in _HORIZON_SPAN.finditer(t)}
    if len(spans) != 1 or not 2 <= (span := spans.pop()) <= 10:
        return None
    return horizon, span


def latest_past(t: str) -> Found | None:
    """latest_past: one after the latest year a figure is reported for — not a year the text sets as a deadline
    (``deadline_year``: "明年起到2015年…实现产业增加值1.2万亿元。…2015年销售收入突破7000亿元" reports no 2015)."""
    deadlines = {int(next(g for g in m.groups() if g)) for m in _DEADLINE_YEAR.finditer(t)}
    years = []
    for sent in P.SENTENCE_END.split(t):
        if P.GOAL_MARKERS.search(sent):
            continue
        for m in P.YEAR.finditer(sent):
            if m["to"] or m["end"]:
                continue
            if sent[m.end(): m.end() + 1] in "-—–~至到" or _PLAN_HEADING.match(sent, m.start("year")):
                continue  # 2026年主要任务 names the year planned, not a year reported
            if int(m["year"]) not in deadlines or P.PAST_MARKERS.search(sent) or re.search(r"完成|实现|增长\d", sent):
                years.append(int(m["year"]))  # a deadline year with a figure reported as done (已, 同比, 完成) is reported
    if years:
        return max(years) + 1, None, Note("extract.note.year_latest_past", year=max(years))
    return None


#: issued_term_plan: a plan issued under a title that names its five-year term — "我市出台《遂宁市“十四五”电子信息产业发展规划》",
#: 印发《…“十四五”…规划》.
_TERM_TITLE = r"《[^《》\n]{0,30}?[“「『\"]?(十[一二三四五六])五[”」』\"]?[^《》\n]{0,30}?(?:规划|计划|方案)》"
_ISSUED_TERM_PLAN = re.compile(r"(?:出台|印发|发布|制定|编制|出炉)(?:了)?" + _TERM_TITLE)


def issued_term_plan(t: str) -> Found | None:
    """issued_term_plan: guessed — a text that prints no year at all but reports a five-year term's plan issued
    ("我市出台《遂宁市“十四五”电子信息产业发展规划》…明确,全市电子信息产业实现营业收入500亿元") is written in that
    term's first year, as ``titled_period`` reads a cited plan that prints its period: a term's plans are issued as it
    opens, and their aims fall due at its end (2025), not in today's year. The last rule: only when no other answers, and
    only when no year (19xx, 20xx) is printed anywhere and every plan's title names the same one term."""
    if re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", t):
        return None
    terms = {m[1] for m in re.finditer(_TERM_TITLE, t)}  # every term a plan's title names, issued or cited
    if not _ISSUED_TERM_PLAN.search(t) or len(terms) != 1 or (term := terms.pop()) not in P.FIVE_YEAR_END:
        return None
    year = P.FIVE_YEAR_END[term] - 4
    return year, None, Note("extract.note.year_issued_term_plan", plan=term, year=year)


#: plan_period_start: "计划时间是从2026年到2030年", "规划期为2026年至2035年" — a plan's own period.
_PLAN_PERIOD = re.compile(r"(?:计划时间|规划期限?|规划时间|实施期限?|行动期限?)(?:是|为)?从?(20\d{2})年?\s*(?:到|至|[-—–~])\s*(20\d{2})年")


def plan_period_start(t: str) -> Found | None:
    """plan_period_start: a plan that states its own period ("计划时间是从2026年到2030年", "规划期为2026年至2035年") is of
    the period's first year."""
    if (m := _PLAN_PERIOD.search(t)) and int(m[1]) < int(m[2]):
        return int(m[1]), None, Note("extract.note.year_heading", year=int(m[1]))
    return None


#: titled_period: a plan's title printing its period — 《工业强县三年(2013-2015)振兴计划》, 《…行动方案（2024—2026年）》.
_TITLED_PERIOD = re.compile(r"《(?=[^《》\n]{0,60}(?:计划|规划|方案|意见|纲要|行动))[^《》\n]{0,40}?"
                            r"[(（](20\d{2})年?\s*[-—–~至到]\s*(20\d{2})年?[)）][^《》\n]{0,24}》")


def titled_period(t: str) -> Found | None:
    """titled_period: a text that cites a plan whose title prints its period ("丹凤县出台《工业强县三年(2013-2015)振兴计划》")
    is of the period's first year — the year the plan starts — when it gives no surer date; the earliest such start."""
    periods = sorted((int(m[1]), int(m[2])) for m in _TITLED_PERIOD.finditer(t) if int(m[1]) < int(m[2]))
    if not periods:
        return None
    start, end = periods[0]
    return start, None, Note("extract.note.year_titled_period", start=start, end=end)


#: deployed_work: "会议…部署了科工局2018年工作", "安排部署2019年重点工作" — the year whose work a meeting lays out.
_DEPLOYED_WORK = re.compile(r"(?:部署|安排)了?[\u4e00-\u9fff]{0,8}?(?<![到至\-—–~\d])(20\d{2})年(?:的)?(?:各项|重点)?(?:工作|任务)")


def deployed_work(t: str) -> Found | None:
    """deployed_work: a meeting that "部署了科工局2018年工作" is held for that year's work; it dates the text before the latest
    past year with a figure does (汉寿's "为2019年争创国家级…" is a later aim, not the year planned). The earliest such year."""
    years = [int(m[1]) for m in _DEPLOYED_WORK.finditer(t)]
    return (min(years), None, Note("extract.note.year_deployed_work", year=min(years))) if years else None


#: key_year: "2009年是深入贯彻…保持经济平稳较快增长的关键年" — 之年 may be left out (…的关键年, …的攻坚年, …的最后一年), and the
#: kind of year may come after a long clause (up to 80 characters, commas included).
#: weighty_year: 之年 may be written 一年 after a word of weight — "2024年是天衢新区…的关键一年", "…的重要一年", 攻坚一年 —
#: never a bare "…的一年" ("2023年是极不平凡的一年" looks back on a year); and whose year it is may stand between the year
#: and 是 ("2024年,对地处上海南部的奉贤区来说,是…的重要一年": 对…来说/而言).
_NAMED_YEAR = re.compile(r"(?<![到至\-—–~\d])(20\d{2})年[,，]?(?:对[^。；;,，\n]{1,24}?(?:来说|而言)[,，]?)?是[^。；;\n]{0,80}?"
                         r"(?:之年|的(?:关键|攻坚|决胜|奋战|开局|起步|收官|转折|突破|决战|最后一)年|"
                         r"(?:关键|重要|攻坚|决胜|决战|奋进|冲刺|起步|开局)一年)")


def named_year(t: str) -> Found | None:
    """named_year: "2023年是發展關鍵之年", "2022年是党的二十大召开之年,是实施“十四五”规划关键之年" — a year the text calls a
    kind of year (…之年) is the year it is written for; the latest such year when several are named."""
    return _latest_year([int(m[1]) for m in _NAMED_YEAR.finditer(t)], 0, "extract.note.year_named")


#: cited_plan: a document the text cites by its title that names the year it plans for — 《泸州市委、市政府关于2016年加快工业
#: 经济发展的实施意见》, 《2019年工作要点》 — not a period (2021—2025年) nor a deadline (到2025年).
_CITED_PLAN = re.compile(r"《[^《》\n]{0,30}?(?<![到至\-—–~\d])(20\d{2})年(?![—–\-~至到]\d)[^《》\n]{0,20}?"
                         r"(?:实施意见|工作要点|实施方案|工作方案|行动方案|行动计划|工作计划|意见|计划)"
                         r"(?:[(（](?:公开)?(?:征求意见稿|送审稿|草案|试行|暂行|代拟稿|讨论稿)[)）])?》")


def cited_plan(t: str) -> Found | None:
    """cited_plan: "1月底,泸州一号文件出台。这份《泸州市委、市政府关于2016年加快工业经济发展的实施意见》明确…" — a text that
    cites a plan for a year (its title: …年…意见/要点/方案/计划) and gives no surer date is of that year (the latest cited).
    draft_marker: the title may end in the draft's mark — 《铜仁市2026年项目建设提升年行动方案(公开征求意见稿)》, (草案), (试行)."""
    return _latest_year([int(m[1]) for m in _CITED_PLAN.finditer(t)], 0, "extract.note.year_cited_plan")


_CONCRETE_YEAR = re.compile(r"具体(?:到|来看|而言)[,，]?(20\d{2})年")


def concrete_year(t: str) -> Found | None:
    """concrete_year: "今后五年，要推动…到“十四五”末…。具体到2022年，…实现地区生产总值增长13%以上" — after a term's aims, the
    year the text comes down to is the year it plans for (the earliest such)."""
    years = [int(m[1]) for m in _CONCRETE_YEAR.finditer(t)]
    return (min(years), None, Note("extract.note.year_concrete", year=min(years))) if years else None


#: estimate_subject: "2025年,同安区预计地区生产总值增长6.5%左右" — the place whose figures are estimated may stand between the
#: year and 预计 (a place's name ending in 区/市/县/州/旗/省, or 全区, 该市 …), as in intent_year.
_YEAR_END_ESTIMATE = re.compile(r"(?<![到至\-—–~\d])(20\d{2})年[,，]?(?:(?:该|全|我|本)[省市县区州旗]|[\u4e00-\u9fff]{2,6}?[区市县州旗省])?"
                                r"预计(?:全年)?(?:实现|完成|达到)?")


def year_end_estimate(t: str) -> Found | None:
    """year_end_estimate: "攀枝花2020年預計全年實現地區生產總值1040億元", "2017年,预计…" — a year whose own figures are still
    estimated is just ending: the text is of the next year (the latest such year, plus one)."""
    return _latest_year([int(m[1]) for m in _YEAR_END_ESTIMATE.finditer(t)], 1, "extract.note.year_after_estimate")


#: meeting_year: "黔南州2009年旅游工作会议", "玉溪市举行2022年一季度建设项目集中开工仪式" — a meeting or ceremony named
#: for a year is held in that year (not a deadline after 到/至, not "…以来", not a meeting reported with 提出/召开了).
_MEETING_YEAR = re.compile(r"(?<![到至\-—–~\d])(20\d{2})年(?:度)?(?![,，])[\u4e00-\u9fff]{0,14}?"
                           r"(?:工作会议|工作会|推进会|动员会|开工仪式|签约仪式|仪式|推广周|活动周|宣传周|博览会|交易会|洽谈会|"
                           r"活动(?=在|于|正式|启动|开幕|举行))")
#: event_of_year: "2019年伊犁州文化和旅游推广周活动在宁启动", "2018年…博览会" — a fair, promotion week or campaign named for
#: a year and opening (在…启动, 开幕, 举行) is held in that year, as a meeting is.


def meeting_year(t: str) -> Found | None:
    """meeting_year: the text reports a meeting or ceremony of a year ("记者从黔南州2009年旅游工作会议上获悉", "举行2022年
    一季度建设项目集中开工仪式"): it is written in that year (the latest such)."""
    return _latest_year([int(m[1]) for m in _MEETING_YEAR.finditer(t)], 0, "extract.note.year_meeting")


#: The Party's national congresses: the 16th in 2002, one every five years.
_CONGRESS = re.compile(r"党的(十[六七八九]|二十[一二]?)大(?:召开之年|胜利召开|召开)")
_CN_ORD = {"十六": 16, "十七": 17, "十八": 18, "十九": 19, "二十": 20, "二十一": 21, "二十二": 22}
#: Anniversaries whose first year is known: 新中国成立70周年 (1949), 建党100周年 (1921), 改革开放40周年 (1978), and an
#: autonomous region's founding (自治区成立70周年), the region read from the text (its name or its places).
_ANNIVERSARY = re.compile(r"(新中国成立|中华人民共和国成立|建国|建党|中国共产党成立|改革开放|自治区成立)"
                          r"([一二三四五六七八九十百\d]{1,4})周年")
_FOUNDED = {"新中国成立": 1949, "中华人民共和国成立": 1949, "建国": 1949, "建党": 1921, "中国共产党成立": 1921,
            "改革开放": 1978}
_REGION_FOUNDED = {"内蒙古自治区": 1947, "新疆维吾尔自治区": 1955, "广西壮族自治区": 1958, "宁夏回族自治区": 1958,
                   "西藏自治区": 1965}


def _cn_number(s: str) -> int | None:
    """70, 七十, 一百, 七十五 → the number; None for a form not read."""
    if s.isdigit():
        return int(s)
    if s == "一百" or s == "百":
        return 100
    try:
        return _cn_small(s)
    except KeyError:
        return None


def autonomous_region(t: str) -> str | None:
    """The one autonomous region a text names, by name (内蒙古) or through its places (锡林郭勒 → 内蒙古自治区)."""
    from tracker.extract.gazetteer import gazetteer, names_in

    found = {r for r in _REGION_FOUNDED if P.PROVINCE_SHORT[r] in t}
    if not found:
        for _, _, name in names_in(t):
            found |= {p.province for p in gazetteer().places(name) if p.province in _REGION_FOUNDED}
    return found.pop() if len(found) == 1 else None


def event_year(t: str) -> Found | None:
    """event_year: a text dated only by an event whose year is known — "今年是党的二十大召开之年" (2022), "迎接党的十九大
    胜利召开" (2017), "迎接自治区成立70周年" (内蒙古, founded 1947: 2017), "新中国成立70周年" (2019): written in that year
    (the latest such). An autonomous region's anniversary counts only when the text's region is known."""
    years = [2002 + 5 * (_CN_ORD[m[1]] - 16) for m in _CONGRESS.finditer(t)]
    for m in _ANNIVERSARY.finditer(t):
        n = _cn_number(m[2])
        if n is None or not 1 <= n <= 120:
            continue
        if m[1] == "自治区成立":
            if (region := autonomous_region(t)) is not None:
                years.append(_REGION_FOUNDED[region] + n)
        else:
            years.append(_FOUNDED[m[1]] + n)
    return _latest_year(years, 0, "extract.note.year_event")


#: part_year_report: "舟山市普陀区人民政府办公室关于2024年上半 …" (a link title cut short), "关于2023年前三季度经济运行情况的通报"
#: — a report about part of a year (上半年, 前三季度, 一季度, 1—6月) is written within that year.
_PART_YEAR_REPORT = re.compile(r"关于(20\d{2})年(?:度)?(?:上半|前三季度|第?[一二三]季度|1\s*[-—–~至]\s*\d{1,2}\s*月)")


def part_year_report(t: str) -> Found | None:
    """part_year_report: a text that names itself a report about part of a year (关于2024年上半年…) is of that year —
    the latest such year."""
    return _latest_year([int(m[1]) for m in _PART_YEAR_REPORT.finditer(t)], 0, "extract.note.year_part_report")


#: title_year: a first line naming a year's plan or aims — "湖北荆州绘制2014年经济社会发展蓝图", "2016年工作目标出炉",
#: "邢台市2024年主要经济指标预期目标", "关于2024年主要经济指标目标任务分解的通知", "2025年工作要点"; a year's work report
#: ("邢台市2024年政府工作报告": given at that year's congress, it reviews the year before and plans its own); a year in the
#: title's closing brackets (``bracketed_title_year``: "东营市工业经济发展年度目标（2023年度）") — not a period (2024—2026年)
#: nor a deadline (到2025年).
_TITLE_YEAR = re.compile(r"(?<![到至\-—–~\d])(20\d{2})年(?:度)?(?:的)?[\u4e00-\u9fff]{0,10}?"
                         r"(?:发展蓝图|蓝图|发展目标|目标|计划|工作安排|重点工作|任务|工作要点|政府工作报告)"
                         r"|(?:目标|计划|任务|要点|安排|方案|政府工作报告)[^\n]{0,6}?[(（](?<![到至\-—–~\d])(20\d{2})年度?[)）]")
#: reviewed_title: a title that reports a year rather than plans it — 2023年工作回顾, 2023年度工作总结, 关于2023年国民经济和
#: 社会发展计划执行情况的报告, 2023年度目标任务完成情况, 2020年工作任务的完成, …考核结果, 成绩, 答卷, 以来, 回眸; a year's
#: aims reported as met ("2023年目标任务全面完成", "全市超额完成2023年目标").
_REVIEWED_TITLE = re.compile(r"回顾|回眸|回看|成绩|答卷|成就|以来|总结|(?:执行|完成|落实|推进)情况|进展|完成率|的完成|考核|结果|盘点|成效|"
                             r"(?:目标|任务|计划|要点)[^\n]{0,6}?(?:完成|实现|达成|兑现)|(?:完成|实现|达成|兑现)了?[^\n]{0,3}?20\d{2}年")
#: A title is a line, not a sentence: a first line with a sentence's stops or commas ("2020年工作任务的完成,标志着…。") is
#: the text's opening sentence, read by the other rules.
_SENTENCE_STOPS = re.compile(r"[。！？!?；;,，]")


#: reviewed_heading: a dated heading that reports its year — "2023年工作回顾", "2024年工作总结", "2024年目标任务完成情况",
#: "…计划执行情况" — heads results even in the document's own year (its 目标/任务 are the year's aims reported as met);
#: not when a plan follows the review ("2024年工作总结和2025年工作安排": the heading's plan is the section's).
_REVIEW_WORD = re.compile(r"回顾|回眸|总结|(?:执行|完成|落实|推进)情况|完成率|进展")
_PLAN_AFTER = re.compile(r"安排|目标|任务|重点|要点|部署|计划|打算|思路")


def reviewed_heading(para: str) -> bool:
    """reviewed_heading: ``para`` (a short heading) reports a year — see _REVIEW_WORD — with no plan after the review."""
    m = _REVIEW_WORD.search(para)
    return bool(m) and not _PLAN_AFTER.search(para, m.end())


def title_year(t: str) -> int | None:
    """title_year: the year of the plan, aims or work report the text's first line names ("湖北荆州绘制2014年经济社会发展蓝图",
    "邢台市2024年政府工作报告", "…年度目标（2023年度）"); None when the first line names none, or reports a year
    (``reviewed_title``: 回顾, 总结, 执行情况, 完成情况, 成绩 …)."""
    first = next((line.strip() for line in t.split("\n") if line.strip()), "")
    if len(first) > 60 or _REVIEWED_TITLE.search(first) or _SENTENCE_STOPS.search(first) or not (m := _TITLE_YEAR.search(first)):
        return None
    return int(m[1] or m[2])


def titled_plan(t: str) -> Found | None:
    """titled_plan: a text whose title (its first line) names the year whose plan, aims or work report it is
    ("邢台市2024年主要经济指标预期目标", "南宁市2019年政府工作报告", "关于2024年…目标任务分解的通知") is of that year — the
    year planned, not a year reported (latest_past would put it a year later and drop its aims as past); see title_year."""
    if (year := title_year(t)) is None:
        return None
    return year, None, Note("extract.note.year_title", year=year)


RULES: tuple[Callable[[str], Found | None], ...] = (dated_head, signed_tail, titled_plan, plan_heading, concrete_year, just_past, since,
                                                    plan_period_start, titled_period, five_year_start, named_year, cited_plan,
                                                    year_end_estimate, meeting_year, event_year, planned_year, reviewed_term, deployed_work,
                                                    part_year_report, span_horizon, latest_past, after_recalled,
                                                    issued_term_plan)


#: set_year: "本次会议确定2008年全市实现地区生产总值970亿元" — a meeting sets the aims of a year.
_SET_YEAR = re.compile(r"(?:确定|定下|锁定)了?(20\d{2})年")


def reprinted(t: str, dated: Found) -> Found | None:
    """reprinted: a page dated after the year its text sets aims for ("2009-04-30" above "会议确定2008年全市实现地区生产
    总值970亿元…确定2012年地区生产总值达到1800亿元") is a reprint: a text does not set aims for a year already over, so it
    is of the earliest year it sets aims for."""
    years = [int(m[1]) for m in _SET_YEAR.finditer(t)]
    if years and min(years) < dated[0]:
        return min(years), None, Note("extract.note.year_heading", year=min(years))
    if (titled := title_year(t)) is not None and titled < dated[0]:  # 发布时间:2015-02-28 over "…2014年经济社会发展蓝图"
        return titled, None, Note("extract.note.year_title_reprint", year=titled, date=dated[1])
    return stale_deadline(t, dated)


#: stale_deadline: a commitment's deadline (力争到2015年, 确保2015年) and a span from now (今后3年, 未来五年).
_COMMITTED_DEADLINE = re.compile(r"(?:力争|确保|争取)(?:到|在)?(20\d{2})年")
_SPAN_FROM_NOW = re.compile(P.SPAN_AHEAD)


def stale_deadline(t: str, dated: Found) -> Found | None:
    """stale_deadline: a page dated after every year its text names ("时间:2018-06-14" over "今后3年,澜沧县将…力争到2015年,
    全县茶园面积稳定在36万亩") is a reprint of a text that commits to a deadline already past: it was written the span
    before that deadline (2015 − 3 = 2012). Only with one span (今后/未来 N年, two to ten) and every year named before the
    page's; None otherwise."""
    deadlines = [int(m[1]) for m in _COMMITTED_DEADLINE.finditer(t)]
    spans = {cn_int(m[1]) for m in _SPAN_FROM_NOW.finditer(t)}
    named = [int(m[1]) for m in re.finditer(r"(?<!\d)(20\d{2})年", t)]
    if not deadlines or len(spans) != 1 or not 2 <= (span := spans.pop()) <= 10 or max(named) >= dated[0]:
        return None
    year = max(deadlines) - span
    return year, None, Note("extract.note.year_stale_deadline", year=year, deadline=max(deadlines), date=dated[1] or dated[0])


#: next_year_plan: the next year's plan or budget put before a meeting as a draft (2022年国民经济和社会发展计划草案,
#: 2022年全市及市级财政预算草案).
_DRAFT_PLAN = re.compile(r"(?<![到至\-—–~\d])(20\d{2})年(?:度)?[\u4e00-\u9fff]{0,12}?(?:计划|预算)(?:\(|（)?草案")


def next_year_plan(t: str, found: Found) -> Found | None:
    """next_year_plan: a congress at the end of a year whose texts are the next year's plan (金昌's of 2021-12-06 reviews
    "2021年…计划执行情况" and "2022年…计划草案") speaks for the next year: its 今后五年 run from it (2022–2026). Only the year
    right after the one found, and only as a draft put before the meeting — a plan merely cited (2022年计划) is not."""
    drafts = {int(m[1]) for m in _DRAFT_PLAN.finditer(t)}
    if found[0] + 1 in drafts and found[0] not in drafts:
        return found[0] + 1, found[1], Note("extract.note.year_next_plan", year=found[0] + 1, date=found[1] or found[0])
    return None


#: wrapped_year: a year cut by the page's hard line wrap — "荣登2012\n年“中国城市社会效益竞争力10强”" (潜江's feature, copied
#: with its page's line ends) — is one year: four digits closing a line and 年 opening the next.
_WRAPPED_YEAR = re.compile(r"((?<!\d)(?:19|20)\d{2})[ \t]*\n[ \t]*(?=年)")


def wrapped_year(t: str) -> str:
    """wrapped_year: ``t`` with every year cut by a line end (2012\\n年) joined again, for the rules to read."""
    return _WRAPPED_YEAR.sub(r"\1", t) if "\n年" in t or re.search(r"\n[ \t]+年", t) else t


def document_year(t: str) -> Found | None:
    """The first rule's answer: (year, ISO date or None, how it was found)."""
    t = wrapped_year(t)
    for rule in RULES:
        if (found := rule(t)) is not None:
            if rule is dated_head and (earlier := reprinted(t, found)) is not None:
                return earlier
            if (later := next_year_plan(t, found)) is not None:
                return later
            return found
    return None
