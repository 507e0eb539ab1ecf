"""Sentence classification: commitment, result or context.

Named rules, applied in order to one sentence (``classify``):

- ``commitment``: a commitment word (力争, 确保, 达到, 突破, 迈上…台阶, 提高至, 超过, 预期, 目标, 将, 到20XX年, 今年/明年 …)
  that is not itself about an ended period.
- ``result``: 预计全年 (a year-end estimate of the year's outcome), or an aside saying so (``estimate_aside``: "(预计数,下同)"); a sentence about a period that has ended (a year before the document's year,
  1—11月, 上半年, 去年, 过去五年, 累计) with a result word (完成, 实现, 累计, 同比, 增长 as
  reported) and no commitment word. ``--figures`` may offer it as an actual figure.
- ``context``: anything else (background, reasons, restated numbers).

Each rule returns a reason string or None, so a draft's confidence can name it.
"""

from __future__ import annotations

import re

from tracker.extract.notes import Note

COMMITMENT = re.compile(
    r"力争|确保|争取|达到|突破|预期|目标|将|计划|努力|到20\d{2}年|(?<![截年\d])至20\d{2}年|20\d{2}年(?:底|末|前)|今年|明年|年内|全年|每年|"
    r"办好|办成|新增|新建|培育|打造|建设|实施|开展|培养|推动|推出|建立|控制在|不低于|不少于|不超过|以上|以内|左右|迈上|跨上|跃上|提高至|提高到|提升至|提升到|超过"
)
STRONG_COMMITMENT = re.compile(r"力争|确保|争取|预期|目标|到20\d{2}年|(?<![截年\d])至20\d{2}年|20\d{2}年(?:底|末|前)|今年|明年|年内|每年|将|(?:确定|定下|锁定)了?20\d{2}年")
RESULT_WORDS = re.compile(r"完成|实现|累计|同比|比上年|比去年|较上年|已|达到了|实际增长|增长了|居全国|位居")
ENDED_PERIOD = re.compile(
    r"[1-9]\d?[-—~至][1-9]\d?月|上半年|前三季度|一季度|去年|上年|过去(?:一年|五年|两年|\S{0,3}年)|这五年|十年来|"
    r"近年来|以来|刚刚过去"
)


def ended_year(sentence: str, doc_year: int | None) -> int | None:
    """A year before the document's year that the sentence is about (not 到2025年, not 比2020年)."""
    if doc_year is None:
        return None
    for m in re.finditer(r"(?<![到至比较于在])(20\d{2})年(?!底|末|前|以前)", sentence):
        y = int(m[1])
        if y < doc_year and not re.match(r"[-—–~至到]", sentence[m.end(): m.end() + 1]):
            return y
    return None


SUB_YEAR_PERIOD = re.compile(r"[1-9]\d?[-—~至][1-9]\d?月|上半年|前三季度|一季度|前[一二三四五六七八九十\d]+个?月")
TO_DATE = re.compile(r"累计|已经|已有|同比|已(?:建成|完成|实现|达到|开展|落地|投产|签约|举办|建设)|就(?:已|举办|建成|开展|完成|实现)|先后")
ESTIMATE = re.compile(r"预计(?!到|至)|全年预计")


PROMISE = re.compile(r"力争|确保|争取|预期|目标|到20\d{2}年|明年|计划|将|(?:确定|定下|锁定)了?20\d{2}年")  # set_year: 会议确定2008年…
PROMISE_NOT_WILL = re.compile(r"力争|确保|争取|预期|目标|到20\d{2}年|明年|计划")


#: bracketed_aside: "一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上" — a short aside in brackets qualifies
#: the indicator; a year or period inside it says what is left out, not when the sentence happens.
_ASIDE = re.compile(r"[(（][^()（）]{1,40}[)）]")


def mask_asides(text: str) -> str:
    """bracketed_aside: ``text`` with each short bracketed aside blanked (same length, so offsets hold), for reading
    whether a sentence or clause is about an ended period."""
    return _ASIDE.sub(lambda m: "　" * len(m[0]), text)


#: record_claim: "…新开的就突破1000项,是桂林工业历史上新开技改项目最多的一年" — a record set reports what was done.
#: ranked_streak: "2021年,武夷岩茶品牌价值710.54亿元,连续5年位列中国茶叶类区域品牌价值第2名" — a rank held N years running is
#: a record of what was done (a promise to keep one — 力争连续5年位居… — is a commitment: PROMISE_NOT_WILL).
RECORD = re.compile(r"历史上[^。;；,，]{0,16}?最(?:多|高|好|大|快)|历年(?:之|来)?最(?:高|多|好)|历年之最|创历史新高|创历史最好|历史最好|"
                    r"连续[一二三四五六七八九十两\d]{1,3}年(?:位列|位居|稳居|名列|蝉联|排名|排在|居)")


#: contribution_made: "…全年煤炭产量达到1.6亿吨,为能源保供作出了重要贡献" — a contribution made is a result claimed.
CONTRIBUTION = re.compile(r"[作做]出了[^。;；,，]{0,10}?贡献")


#: estimate_aside: "2021年,全县完成地区生产总值263.5亿元(预计数,下同)" — an aside saying the figures are estimates.
ESTIMATE_ASIDE = re.compile(r"[(（]预计(?:数|值|数据)?(?:[,，、]?下同)?[)）,，]")


#: planned_yoy: "2008年,顶效开发区计划实现国内生产总值24亿元…,同比分别增长20%" — a plan verb (计划实现, 计划完成, 计划达到; not
#: 按计划/超计划/完成计划) before 同比…增长: the rise is the one planned on the year before, not a rise reported.
PLAN_VERB = re.compile(r"(?<![按超照据])计划(?:实现|完成|达到|新增|增长)")
_PLANNED_YOY = re.compile(r"同比(?:分别)?(?=增长|增加|提高|提升|下降|降低)")


def planned_yoy(sentence: str, doc_year: int | None) -> bool:
    """planned_yoy: a sentence whose plan verb (PLAN_VERB) comes before its 同比 and that has no other sign of a result (an
    ended year or period, a part of a year, 已, 累计, an estimate) plans a rise on the year before."""
    return _led_yoy(sentence, PLAN_VERB, doc_year)


def _led_yoy(sentence: str, lead: re.Pattern, doc_year: int | None) -> bool:
    """Whether ``lead`` (a plan verb, an aims lead, a plan's contents) comes before the sentence's first 同比 and nothing else
    in it, its 同比 and short asides blanked, is a sign of a result: an ended year or period, a part of a year, 已,
    累计 (TO_DATE), an estimate — planned_yoy, aims_lead_yoy and plan_contents read the rise as planned, not reported."""
    found = lead.search(sentence)
    yoy = _PLANNED_YOY.search(sentence)
    if found is None or yoy is None or yoy.start() < found.start():
        return False
    rest = _PLANNED_YOY.sub(lambda m: "　" * len(m[0]), mask_asides(sentence))
    return (not TO_DATE.search(rest) and "已" not in rest and not SUB_YEAR_PERIOD.search(rest)
            and not ENDED_PERIOD.search(rest) and ended_year(rest, doc_year) is None and not ESTIMATE.search(rest))


#: aims_lead_yoy: "预期目标是,地区生产总值同比增长7%,规上工业总产值同比增长8.5%,…" — an aims lead (预期目标是, 主要目标是,
#: 发展目标为 …) before 同比…增长: the rises listed after it are the aims, each on the year before, not rises reported.
AIMS_LEAD = re.compile(r"(?:预期|主要|发展|奋斗|工作|年度|全年|增长)?目标(?:任务)?(?:是|为)[:：,，]?")


#: aimed_yoy: "会议明确，今年全市规上工业增加值同比增长8%以上，工业投资同比增长10%" and "全年，力争规上工业增加值同比增长8%以上，
#: 固定资产投资同比增长10%" — a promise (力争, 确保, 争取) or a meeting's setting verb with its colon or comma (明确，提出：确定，
#: 要求，) before the sentence's first 同比, in a sentence about the year ahead (今年, 全年, 明年, 年内): the rises after it are
#: aims on the year before. 同比 reports only when the period has ended: an ended year or period, a part of a year
#: (1—10月), 已, 累计 or an estimate keep it a result ("1—6月，…同比增长8%").
AIMED_YOY_LEAD = re.compile(r"力争|确保|争取|(?:明确|提出|确定|要求)了?[,，:：]|目标(?:任务)?[:：]")
_YEAR_AHEAD = re.compile(r"今年(?!以来)|全年|明年|年内|(?<![较比\d])(?P<year>20\d{2})年(?!以来|[-—~至]|\d{1,2}月)")


def aimed_yoy(sentence: str, doc_year: int | None) -> bool:
    """aimed_yoy: a promise, a setting verb or an aims colon (AIMED_YOY_LEAD: 今年目标：) before the sentence's first 同比, the
    year ahead named (今年, 全年, 明年, 年内, or the document's year or a later one: 会议确定，2024年… in a 2024 text), and no
    other sign of a result (an ended year or period, a part of a year, 已, 累计, an estimate)."""
    ahead = any(m["year"] is None or doc_year is not None and int(m["year"]) >= doc_year for m in _YEAR_AHEAD.finditer(sentence))
    return ahead and _led_yoy(sentence, AIMED_YOY_LEAD, doc_year)


def aims_lead_yoy(sentence: str, doc_year: int | None) -> bool:
    """aims_lead_yoy: a sentence whose aims lead (AIMS_LEAD) comes before its 同比 and that has no other sign of a result (an
    ended year or period, a part of a year, 已, 累计, an estimate) lists aims, as planned_yoy reads a plan verb."""
    return _led_yoy(sentence, AIMS_LEAD, doc_year)


#: plan_contents: "深圳2022年重大项目计划共安排项目883个,总投资35674.8亿元,同比增长26.2%,年度计划完成2241.3亿元,同比增长6.3%" —
#: a year's plan described by its contents (计划共安排, 计划安排: the projects a plan lists) before its 同比: the sentence says what the
#: plan holds, not what was done. Only an amount the plan sets to be done (PLAN_AMOUNT: 年度计划完成2241.3亿元, 计划新开工项目98个)
#: is an aim; the projects it lists, their total investment and the plan's rise on last year's plan (同比增长26.2%) are
#: context. An ended year or period, 已, 累计 or an estimate still make it a result.
PLAN_CONTENTS = re.compile(r"(?<![按超照据成])计划(?:共|总共|合计)?安排")
PLAN_AMOUNT = re.compile(r"(?<![按超照据成])计划(?:完成|投资|新开工|开工|实现|达到|新增|实施)")

#: plan_total: "该市今年计划实施…项目260个,总投资3673亿元,年度计划完成建设投资700亿元" — a plan's projects counted, their total
#: investment (总投资 right after the count) and the amount the plan sets for the year (PLAN_AMOUNT after the total): the plan is
#: described by its contents as 计划安排 does, though there is no 同比. The count the plan sets (计划实施…项目260个) and the year's
#: amount are the aims; the total investment of projects that run over several years is their size, context. Without the
#: year's amount after it ("建设…产业项目3800个,总投资1万亿元以上") the total stays a goal.
PLAN_TOTAL = re.compile(r"(?<![按超照据成])计划(?:共|总共|合计)?(?:实施|安排|建设)[^。;；]{0,40}?项目(?:\d+|[一二两三四五六七八九十百千]+)个"
                        r"[,，、](?:计划)?总投资(?:额)?(?:约|近|超|达)?\d")


def plan_total(sentence: str, doc_year: int | None) -> bool:
    """plan_total: a plan's count of projects, their total investment right after it, and the year's amount the plan sets
    after that (PLAN_AMOUNT), with no sign of a result (an ended year or period, a part of a year, 已, 累计, an estimate)."""
    m = PLAN_TOTAL.search(sentence)
    if m is None or not PLAN_AMOUNT.search(sentence, m.end()):
        return False
    rest = mask_asides(sentence)
    return (not TO_DATE.search(rest) and "已" not in rest and not SUB_YEAR_PERIOD.search(rest)
            and not ENDED_PERIOD.search(rest) and ended_year(rest, doc_year) is None and not ESTIMATE.search(rest))


def plan_contents(sentence: str, doc_year: int | None) -> bool:
    """plan_contents: a sentence that describes a plan's contents (PLAN_CONTENTS before its first 同比, or plan_total) with
    no other sign of a result (an ended year or period, a part of a year, 已, 累计, an estimate)."""
    return _led_yoy(sentence, PLAN_CONTENTS, doc_year) or plan_total(sentence, doc_year)


def continues_plan(sentence: str, previous_plan: bool) -> bool:
    """plan_contents: "其中,计划新开工项目98个,续建项目539个,前期项目246个" right after a plan's contents goes on listing them."""
    return previous_plan and bool(re.match(r"^(?:其中|此外|另外)[,，]?", sentence))


#: estimate_target_met: "2025年,同安区预计地区生产总值增长6.5%左右,…,顺利实现年度目标任务" — a year's target said met (顺利实现
#: 年度目标任务, 圆满完成全年目标) is a result claimed: its 目标 promises nothing, so an estimate (预计) with it stays a result.
#: A promise before it (确保完成全年目标任务, 力争实现…目标) is not this: only 顺利/圆满/胜利/超额/全面 + 实现/完成 are read.
TARGET_MET = re.compile(r"(?:顺利|圆满|胜利|超额|全面)(?:实现|完成)了?(?:全年|年度|各项|既定)?[^。;；,，]{0,6}?目标(?:任务)?")


def rule_result(sentence: str, doc_year: int | None) -> str | None:
    if (m := ESTIMATE_ASIDE.search(sentence)) and not PROMISE_NOT_WILL.search(sentence):
        return Note("extract.note.result_estimate", word=m[0].strip("(（),，"))  # estimate_aside: read before asides are masked
    sentence = mask_asides(sentence)
    if (m := RECORD.search(sentence)) and not PROMISE_NOT_WILL.search(sentence):
        return Note("extract.note.result_record", word=m[0])  # record_claim
    if (m := CONTRIBUTION.search(sentence)) and not PROMISE_NOT_WILL.search(sentence):
        return Note("extract.note.result_contribution", word=m[0])  # contribution_made
    if (m := ESTIMATE.search(sentence)) and not PROMISE_NOT_WILL.search(TARGET_MET.sub(lambda t: "　" * len(t[0]), sentence)):
        return Note("extract.note.result_estimate", word=m[0])  # 预计今年全年将新增…; estimate_target_met
    if not PROMISE.search(sentence) and not aimed_yoy(sentence, doc_year):  # aimed_yoy: 会议明确，今年…同比增长8%以上
        # 今年前三季度…增长7%, 一年内就举办28场: 今年/年内 alone do not make these commitments
        if m := SUB_YEAR_PERIOD.search(sentence):
            return Note("extract.note.result_sub_year", period=m[0])
        if m := TO_DATE.search(sentence):
            return Note("extract.note.result_to_date", word=m[0])
    if (STRONG_COMMITMENT.search(sentence) or planned_yoy(sentence, doc_year) or aims_lead_yoy(sentence, doc_year)
            or plan_contents(sentence, doc_year) or aimed_yoy(sentence, doc_year)):
        return None
    if m := TO_DATE.search(sentence):
        return Note("extract.note.result_to_date", word=m[0])
    ended = ended_year(sentence, doc_year)
    period = ENDED_PERIOD.search(sentence)
    if (ended is None and period is None) or STRONG_COMMITMENT.search(sentence):
        return None
    word = RESULT_WORDS.search(sentence)
    what = f"{ended}年" if ended else period[0]
    if word:
        return Note("extract.note.result_ended", period=what, word=word[0])
    if ended:
        return Note("extract.note.result_past_year", period=what)
    return None


#: base_cumulative: "能耗较2022年累计下降13%" — a change over several years against a base year's level, neither a yearly
#: rate nor a total to reach: no draft speaks it (its goal is marked not expressible), so cumulative_goal leaves it a result.
BASE_CUMULATIVE = re.compile(r"[较比](?:20\d{2}|19\d{2})年(?:末|底)?(?:的水平)?累计(?:下降|降低|减少|增长|提高|上升)")


def cumulative_goal(sentence: str, doc_year: int | None, deadline_year: int | None, year_guessed: bool = False) -> bool:
    """cumulative_goal: "累计建成国家级特色产业集群30个" in a paragraph whose deadline lies ahead (到2027年,
    in a 2025 text) is a total to reach by then, not a total reached so far: 累计 is its only sign of a
    result (no ended year or period, no 已/同比, no estimate). When the document's year was guessed (from its
    earliest deadline), a deadline in that year is not behind it either (guessed_year_ahead). Not a change against a base
    year (base_cumulative: 较2022年累计下降13%)."""
    if doc_year is None or deadline_year is None or deadline_year < doc_year or deadline_year == doc_year and not year_guessed:
        return False
    if BASE_CUMULATIVE.search(sentence):
        return False
    return ({m[0] for m in TO_DATE.finditer(sentence)} == {"累计"} and "已" not in sentence and not SUB_YEAR_PERIOD.search(sentence)
            and ended_year(sentence, doc_year) is None and not ENDED_PERIOD.search(sentence) and not ESTIMATE.search(sentence))


_PLANNED = re.compile(r"力争|确保|争取|(?<![一即])将|计划|目标")
_THIS_YEAR = re.compile(r"今年(?!以来)|全年|年内")


def planned_total(sentence: str, doc_year: int | None) -> bool:
    """planned_total: "今年力争新增专精特新企业5家以上，累计达到30家" — 累计 in a sentence that promises (力争, 确保, 将 …)
    for the document's own year (今年, 全年, 年内) is the total to reach by the year's end, as cumulative_goal reads it
    under a later deadline; without a promise "今年新增…，累计达到30家" may report the year, and stays a result."""
    if doc_year is None or not _PLANNED.search(sentence) or not _THIS_YEAR.search(sentence):
        return False
    return ({m[0] for m in TO_DATE.finditer(sentence)} == {"累计"} and "已" not in sentence and not SUB_YEAR_PERIOD.search(sentence)
            and ended_year(sentence, doc_year) is None and not ENDED_PERIOD.search(sentence) and not ESTIMATE.search(sentence))


def rule_commitment(sentence: str, doc_year: int | None) -> str | None:
    m = COMMITMENT.search(sentence)
    return Note("extract.note.commitment", word=m[0]) if m else None


OPINION = re.compile(r"专家|研究院认为|分析认为|业内认为|测算|算过一笔账|这就要求|这意味着|意味着|如果|假如|若要|有望|"
                     r"预测|普遍预期|市场预期|(?:机构|分析师|经济学家|券商|人士)(?:普遍)?(?:认为|预计|预期)|"
                     r"国际货币基金组织|世界银行|IMF|经合组织|OECD")  # others' forecasts: forecast_by_others
GOVERNMENT_PROMISE = re.compile(r"力争|确保|争取|预期目标|政府工作报告|规划|方案|计划|提出")


def rule_opinion(sentence: str) -> str | None:
    """An analyst's reckoning or a condition ("有专家算过一笔账…这就要求…保持6%左右", "如果…"), or
    someone else's forecast ("多家机构预测", "市场普遍预期", "IMF预计"), with no government's promise in
    it is context, never a draft."""
    if (m := OPINION.search(sentence)) and not GOVERNMENT_PROMISE.search(sentence):
        return Note("extract.note.opinion", word=m[0])
    return None


def classify(sentence: str, doc_year: int | None) -> tuple[str, str]:
    """("result" | "commitment" | "context" | "opinion", the reason)."""
    if reason := rule_result(sentence, doc_year):
        return "result", reason
    if reason := rule_opinion(sentence):
        return "opinion", reason
    if reason := rule_commitment(sentence, doc_year):
        return "commitment", reason
    return "context", Note("extract.note.context")


#: established_aims: "…确立了“地区生产总值增长6%,规上工业增加值增长8%,…”的预期目标" — a set of goals established
#: (确立了/确定了/提出了/明确了/定下了 + a quoted list + 的目标/的预期目标) is a goal set, not a result, though it has 了.
ESTABLISHED_AIMS = re.compile(
    r"(?:确立|确定|提出|明确|定下|锁定)了?[^“”。;；]{0,12}?“(?P<list>[^“”]{2,400})”(?:的|这一|这个|等)?"
    r"(?:主要|总体|年度|全年)?(?:预期|发展|奋斗|工作|增长)?目标"
)


def established_aims(sentence: str) -> list[tuple[int, int]]:
    """established_aims: the spans (offsets in ``sentence``, from the verb to the closing quote) of goal sets a sentence
    establishes; a clause starting inside one is a goal of the set."""
    return [(m.start(), m.end("list") + 1) for m in ESTABLISHED_AIMS.finditer(sentence)]


#: named_after: "“地区生产总值增长12%以上,…,城镇新增就业2800人以上……”1月26日,…杨勇透露秭归县已定下的2021年经济社会发展主要预期目标" —
#: a quotation closed by words that name it as the aims of a year (…定下的2021年主要预期目标, 这是…确定的今年目标任务, …是明年的
#: 预期目标): reading backwards, the quotation's items are the aims of that year, as established_aims reads 确立了“…”的目标 forwards.
#: The closing words must name a year (20XX年, 今年, 明年, 全年, 年度) and 目标; a quotation of results closed by 成绩, 完成情况 or
#: 目标完成/实现情况 names no aims, nor does a quoted slogan (no numbers, so no draft either way).
NAMED_AFTER = re.compile(
    r"“(?P<list>[^“”]{2,400})”(?P<close>[^“”。;；]{0,40}?(?:定下|确定|提出|明确|确立|锁定|制定|设定|是|为)了?的?"
    r"[^“”。;；]{0,20}?(?:20\d{2}年|今年|明年|全年|年度)[^“”。;；,，]{0,16}?目标(?:任务)?)(?!完成|实现|情况|进展)"
)
_NAMED_RESULT = re.compile(r"成绩|成效|完成了|实现了|超额|完成情况|实现情况")


def named_after(sentence: str) -> list[tuple[int, int, int, int]]:
    """named_after: (quotation start, quotation end, closing words' start, end) — offsets in ``sentence`` — of each quotation
    the words after it name as a year's aims; a clause starting inside the quotation is an aim due at the year the closing
    words name."""
    return [(m.start(), m.end("list") + 1, m.start("close"), m.end("close")) for m in NAMED_AFTER.finditer(sentence)
            if not _NAMED_RESULT.search(m["close"])]


#: aims_section: a heading of aims ("一、行动目标", "主要目标", "发展目标") heads list items that are aims: there
#: "科技服务业营业收入同比增长15%" is a target's wording (a rise on the year before), not a result.
AIMS_HEADING = re.compile(r"(?:行动|主要|总体|发展|工作|预期)目标")
AIMS_YOY = re.compile(r"同比(?=(?:分别)?(?:增长|增加|提高|提升|下降|降低))")


def aims_yoy(sentence: str, doc_year: int | None) -> bool:
    """aims_section: under a heading of aims, a sentence that only 同比 (before a rise or fall) marks as a result is an aim;
    one with an ended period or year, 已, 累计 or an estimate stays a result."""
    masked = AIMS_YOY.sub(lambda m: "　" * len(m[0]), mask_asides(sentence))
    if masked == mask_asides(sentence) or "已" in masked:
        return False
    return rule_result(masked, doc_year) is None


def continues_result(sentence: str, previous: str | None) -> bool:
    """其中，…: a sentence opening with 其中/同期/此外 goes on about what the sentence before it
    reported; after a result it is a result too."""
    return previous == "result" and bool(re.match(r"^(?:其中|同期|同时期|此外|另外)[,，]?", sentence))


def continues_estimate(sentence: str, previous_estimate: bool) -> bool:
    """estimate_list: "预计高新技术产业收入500亿元以上,增长25%;软件和服务外包收入505.5亿元,增长50%。" — an item after a ； that
    ends an estimate (预计 made the sentence before a result) is an estimate of the same list, unless it promises of its
    own (力争, 确保, 目标 …): the ； goes on with the list, a 。 ends it (``previous_estimate`` is False after a 。)."""
    return previous_estimate and not PROMISE.search(sentence)


#: reviewed_whole_year: "坪山区2021年实现了经济发展稳中提质。全年地区生产总值达910.6亿元、增长11.7%" — a sentence opening with 全年
#: right after a result about a year that has ended (2021年 before the document's year, 去年, 上年, 过去一年) is that year's
#: whole: a result, unless it promises of its own (力争, 确保, 目标, 将, 今年 …). review_list: the items after its ； ("规上工业
#: 增加值达485.1亿元,增长12.1%;社会消费品零售总额达181.2亿元…") go on with the review while none promises.
REVIEWED_WHOLE = re.compile(r"^全年(?!以来)")
ENDED_LEAD = re.compile(r"去年|上年|过去(?:的)?一年|刚刚过去的")


def ended_review(sentence: str, doc_year: int | None) -> bool:
    """Whether a sentence read as a result is about a whole year that has ended (an earlier year, 去年, 过去一年), not a part
    of a year (1—11月, 上半年): a 全年 after it is that year's (reviewed_whole_year)."""
    sentence = mask_asides(sentence)
    if SUB_YEAR_PERIOD.search(sentence):
        return False
    return ended_year(sentence, doc_year) is not None or bool(ENDED_LEAD.search(sentence))


def reviewed_whole_year(sentence: str, previous_ended: bool) -> bool:
    """reviewed_whole_year: 全年… right after a result about an ended year, with no promise of its own."""
    return previous_ended and bool(REVIEWED_WHOLE.match(sentence)) and not STRONG_COMMITMENT.search(sentence)


def review_list(sentence: str, previous_review: bool) -> bool:
    """review_list: an item after the ； that ends a reviewed year's sentence, with no promise of its own, is the review's too."""
    return previous_review and not STRONG_COMMITMENT.search(sentence) and not PROMISE.search(sentence)


#: period_list: "前三季度,全市实现生产总值461.8亿元,增长5.6%;一产增加值增长6.4%;规上工业增加值增长9%" — the items after each ；
#: of a sentence read as a result of part of a year that has ended (前三季度, 1—9月, 上半年: SUB_YEAR_PERIOD) go on reporting that
#: period while none promises (力争, 确保, 目标, 将 …) or turns to the time ahead (下半年, 全年, 今年, 明年, 年内, 要).
_AHEAD_TURN = re.compile(r"下半年|四季度|全年|今年|明年|年内|(?<![重主只])要")


def opens_period_list(sentence: str) -> bool:
    """period_list: whether a sentence read as a result names an ended part of a year (its asides masked), so the items
    after its ； report the same period."""
    return bool(SUB_YEAR_PERIOD.search(mask_asides(sentence)))


def period_list(sentence: str, previous_period: bool) -> bool:
    """period_list: an item after the ； that ends a part-year result's sentence (``previous_period``), with no promise of
    its own and no turn to the time ahead, is that period's result too."""
    return (previous_period and not STRONG_COMMITMENT.search(sentence) and not PROMISE.search(sentence)
            and not _AHEAD_TURN.search(sentence))


#: aims_lead_prior: "预期目标是:全县规模以上工业增加值比上年增长10%;规模以上工业企业营收达到42亿元,比上年增长40%" and "2022年目标
#: 任务是:…达到10.86亿元,预计比上年增长24.8%" — after an aims lead (AIMS_LEAD) a rise on the year before (比上年/较上年/比去年增长,
#: with 预计 the rise the aim implies) is the aim's, not a rise reported; so are the list's items after each ；.
PRIOR_RISE = re.compile(r"(?:预计)?(?:比|较)(?:上年|去年)(?=(?:分别)?(?:增长|增加|提高|提升|下降|降低))")


def aims_lead_prior(sentence: str, doc_year: int | None, listed: bool) -> bool:
    """aims_lead_prior: a sentence with a rise on the year before (PRIOR_RISE) after an aims lead in it, or an item of a list
    an aims lead opened (``listed``), and no other sign of a result (an ended year or period, 已, 累计, an estimate)."""
    first = PRIOR_RISE.search(sentence)
    if first is None:
        return False
    lead = AIMS_LEAD.search(sentence)
    if not listed and (lead is None or lead.start() > first.start()):
        return False
    masked = PRIOR_RISE.sub(lambda m: "　" * len(m[0]), mask_asides(sentence))
    return (not TO_DATE.search(masked) and "已" not in masked and not SUB_YEAR_PERIOD.search(masked)
            and not ENDED_PERIOD.search(masked) and ended_year(masked, doc_year) is None and not ESTIMATE.search(masked))
