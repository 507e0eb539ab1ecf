"""Lists, ranges and coordinated counts around the numbers of a clause.

- ``expand_all``: "马铃薯种植、收获机械化率均达到45%" (and "A和B产业规模双双突破2000亿元") states one
  number for each listed item:
  one goal per item (``分别达到65%和55%`` needs no rule: each number is found on its own).
- ``merge_ranges``: "增长4.5%-5%", "8%—9%": one goal, the lower end as the target (at least)
  and the upper end as the stretch goal — both numbers the document gives are kept; a reader
  who prefers "about the middle" can set ``qualifier: about`` and the mean.
- ``coordinated``: "建设50所…学校和150个骨干专业": a count joined to an earlier one by 和/、/及
  shares its verb.
- ``scope_count``: "在10个左右…领域开展培训": 在 before a count names where, not how much;
  "重点发展12条产业链", "聚焦8个领域": the count of what is in focus, not a target.
- ``named_scope``: "甲、乙等12个百亿元项目加快建设": 等 before a count closes a list of named things
  already under way; the count says which, not how much. Not after a verb that creates (``listed_object``:
  "打造电子信息、装备制造等5个千亿级产业集群" is a goal).
- ``inherit_list_kind``: "一二三产增加值分别增长3.5%左右、6%左右、5%左右": the later items of a list
  (joined by 、/和/及) have no verb of their own and take the first item's kind (growth, cagr).
- ``quoted_name``: "打造“三个基地”", "“五个跃升”": a number inside quotation marks is part of a name.
- ``meeting_name``: "十一届九次、十次全会": a session's number names a meeting.
- ``list_item_name``: "冰壶、冬季两项、速度滑冰": a count standing as one item of a list is a name.
- ``comparison``: "高于全国GDP5.5%的增长目标": a number that another body set, quoted for comparison.
- ``bare_share``: "政府投资575.5亿元，占25.7%", "占比74.3%": a share with no verb and no 以上/左右
  describes how a plan is made up; "占比30%以上" and "比重达到35%" are goals.
- ``headline_restates``: a heading or title line ("郑州：2022年数字经济达5000亿元以上") that restates a
  number a full sentence of the text gives is left to that sentence.
- ``policy_term``: "按…50%的标准确定": the terms of a policy, not a level to reach.
- ``period_number``: "上半年2.5%的增速": a number right after a period already over is its result.
- ``start_not_deadline``: "2020年起", "从2019年开始": a start, not a due year.
- ``tier_items``: "电子信息、汽车、生命健康产业规模突破万亿元": each listed industry reaches a round tier.
- ``size_word``: "千万吨炼化一体化", "打造千亿元产业集群": a magnitude glued to a noun is a size class.
- ``plan_makeup``: "重点项目计划共安排项目883个", "资金来源为公共预算530亿元，国土基金20亿元": how many
  projects a plan lists and where its money comes from describe the plan, not a level to reach.
- ``amount_of_counted``: "实施总投资35亿元的80项城建重点工程": an amount before 的 and a count says what the
  counted things are like; the count is the goal.
- ``joined_threshold``: "营业收入超千亿元和市值超千亿元制造业企业群体": a threshold joined to another that qualifies a
  kind of firm qualifies it too — neither is a goal ("培育营收超千亿元企业5家" counts such firms).
- ``money_subject``: "旅游收入突破万亿", "营业收入达到5000亿": 亿 without 元 after a money subject is 亿元.
- ``task_count``: "抓好八个方面重点工作" counts a programme's parts; ``watched_firms``: "抓好…100家重点企业" names the
  firms looked after; ``ongoing_count``: "抓好6条续建高铁建设" counts
  what is already under way — neither is a goal.
- ``da_count``: "建设5大微短剧基地": N大 after a creating verb is a count of N (个).
- ``amount_scope``: "推动11个能源重点领域项目投资突破2000亿元": the count says whose amount; the amount is the goal.
- ``bare_index``: "制造业质量竞争力指数提高至92以上": an index set at a number with no unit, in its points (点).
- ``shared_rate``: "社会消费品零售总额、固定资产投资增长4%左右" — one rate after listed indicators is each one's.
- ``included_part``: "730家左右中小企业(含61家…、318家…)": numbers in a parenthesis opened by 含 say what the
  count before includes.
- ``counted_outcome``: "争取100个以上项目纳入国家用地保障范围", "力争5家企业入选…": a count after a promise
  word whose noun is then included, selected or approved is a goal, counted like 新增…家.
- ``people_task``: "确保完成10.08万建档立卡贫困人口脱贫任务": a number with no measure word before a noun of people
  (…人口, …群众, …劳动力) in 完成…任务 counts those people — 10.08 万人.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract import patterns as P
from tracker.extract.notes import Note
from tracker.extract.numbers import NUMBER, NumberError, cn_int, parse_number, split_magnitude


def _magnitudes(matches):
    """(match, value, magnitude) of each match whose number (group "num") reads — split_magnitude: 3500亿 → 3500, 亿;
    a match whose number does not read is passed over."""
    for m in matches:
        try:
            value, big = split_magnitude(m["num"])
        except NumberError:
            continue
        yield m, value, big


_EACH = re.compile(r"([\u4e00-\u9fff（）()]+(?:、[\u4e00-\u9fff（）()]+)+)[\u4e00-\u9fff]{0,8}?均(?:达到|达|为|增长|保持在|提高到|不低于)?$")
#: both_each: "全县工业总产值和GDP均突破1000亿元" — two items joined by 和/与/及 (a Latin name too: GDP), then 均: each reaches it.
_BOTH_EACH = re.compile(r"(?:^|[^\u4e00-\u9fffA-Za-z])(?:[\u4e00-\u9fff]{0,6}?(?:年前后|年底|年末|年|全市|全县|全区|全省))?"
                        r"(?P<a>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:和|与|及)(?P<b>[\u4e00-\u9fffA-Za-z]{2,12}?)均(?:突破|达到|达|超过|为|增长|保持在|提高到|不低于)?$")
_RANGE_SEP = re.compile(r"^[-—–~～至到]$")


_SHARED_TAIL = re.compile(r"(?:产业)?(?:规模|产值|营收|营业收入|增加值|总量|投资|收入)$")
_BOTH = re.compile(r"(?:^|[,，;；])(?:力争|确保|争取|推动|实现|要)?([\u4e00-\u9fff]{1,10}?)(?:和|与|及|、)([\u4e00-\u9fff]{1,16})"
                   r"双双(?:突破|达到|达|超过|增长|实现|保持在)?$")


def items_before(before: str) -> list[str]:
    """The items a 均 number applies to ([] when there is no 均 list); both_items: "新能源和高端不锈钢
    产业规模双双突破2000亿元" names two items, one goal each."""
    m = _EACH.search(before)
    if m:
        return m[1].split("、")
    if m := _BOTH_EACH.search(before):
        return [m["a"], m["b"]]  # both_each: 全县工业总产值和GDP均突破1000亿元
    m = _BOTH.search(before)
    if m is None:
        return []
    first = re.split(r"力争|确保|争取|推动|实现|将|要", m[1])[-1] or m[1]
    return [first, _SHARED_TAIL.sub("", m[2]) or m[2]]


_TIER_ITEMS = re.compile(r"([\u4e00-\u9fff]{1,12}(?:、[\u4e00-\u9fff]{1,10}?)+)(?:产业规模|产业|规模|产值|营业收入|营收)"
                         r"(?:均|都|各)?(?:突破|达到|达|超过|迈上|跨上|迈入)?$")
_TIER_NUMBER = re.compile(r"^[百千万亿]+")
_LEAD_WORDS = re.compile(r"^(?:.*?年|力争|确保|争取|推动|实现|将|要|使)+")


def tier_items(before: str, number: str) -> list[str]:
    """tier_items: "电子信息、汽车、生命健康产业规模突破万亿元" — industries listed before a round tier written
    without a digit (万亿元, 千亿元) each reach it: one goal per item. With digits ("A、B产业规模突破5000亿元") the
    text may mean their sum, and the list stays one goal."""
    if not _TIER_NUMBER.match(number):
        return []
    m = _TIER_ITEMS.search(before)
    if m is None:
        return []
    names = m[1].split("、")
    names[0] = _LEAD_WORDS.sub("", names[0]) or names[0]
    return names


_SIZE_AFTER_OK = re.compile(r"^(?:以上|左右|上下|规模|台阶|大关|的?目标|的?任务|水平|新台阶|新关口|新高|、|和|及|[,，;；。])")


def size_word(number: str, after: str, unit: str = "") -> bool:
    """size_word: "推进延安千万吨炼化一体化、榆能百万吨煤制芳烃等项目", "打造千亿元产业集群": an amount written
    only in magnitude characters (千万, 百万, 千亿) and glued to the noun after it names a kind of thing by its
    size, not an amount to reach ("突破千亿元" at the end of a clause is one). A count is not a size: 培育百万家
    企业 counts enterprises."""
    if unit and unit in P.MEASURE_WORDS:
        return False
    return bool(re.fullmatch(r"[百千万亿]+", number) and after and re.match(r"[\u4e00-\u9fff]", after)
                and not _SIZE_AFTER_OK.match(after))


#: sized_firm: "新增20亿元企业、10亿元企业、亿元企业分别不少于1家" — an amount in 元 glued to 企业/项目/工厂 names a class of
#: firm by its size.
_SIZED_FIRM = re.compile(r"^(?:级|以上|左右)?(?:企业|项目|工厂|大项目|重点企业)(?![\u4e00-\u9fff]{0,2}(?:总产值|产值|营收|营业收入|投资额))")


def sized_firm(after: str, unit: str = "") -> bool:
    """sized_firm: "新增20亿元企业、10亿元企业、亿元企业分别不少于1家、1家和7家" — an amount in 元 right before 企业, 项目 or
    工厂 (with 级 or 以上 between at most) says how big each firm is, not an amount to reach: the count after 分别 is the goal
    (as size_class reads 12个百亿元项目). "企业营收" after the amount is not a firm's name."""
    return unit.endswith("元") and bool(_SIZED_FIRM.match(after))


#: fraction_share: "规模工业应税销售占全市1/8" — a share written as a fraction.
_FRACTION_SHARE = re.compile(r"(?P<head>占(?:全市|全省|全县|全区|全国)?(?:的)?(?:比重)?(?:为|达|达到|超|超过)?)(?P<a>\d{1,2})/(?P<b>\d{1,3})(?![\d/])")


def fraction_share(clause: str) -> list[tuple[int, int, float]]:
    """fraction_share: "规模工业应税销售占全市1/8", "净增高企…占全市比重超1/4" — a share of a whole written as a fraction
    after 占 is that share in % (12.5, 25), when it has an exact decimal of at most two places; 1/3 (33.33…) is not read.
    Returns (start, end, value in %) of each fraction."""
    out = []
    for m in _FRACTION_SHARE.finditer(clause):
        a, b = int(m["a"]), int(m["b"])
        if b == 0 or a >= b:
            continue
        pct = 100 * a / b
        if abs(round(pct, 2) - pct) > 1e-9:
            continue  # 1/3: no exact decimal
        out.append((m.start("a"), m.end("b"), round(pct, 2)))
    return out


_THRESHOLD_VERB = re.compile(r"(?:超过|超|过|逾)$")
_JOINED_THRESHOLD = re.compile(r"(?:和|与|及|、)[\u4e00-\u9fff]{1,8}?(?:超过|超|过|逾)")
_KIND_AFTER = re.compile(r"(?:以上)?的?(?![和与及、的]|目标|任务|水平|规模|台阶|大关|以上)[\u4e00-\u9fff]")


def joined_threshold(before: str, after: str) -> bool:
    """joined_threshold: "营业收入超千亿元和市值超千亿元制造业企业群体不断壮大" — a threshold (超, 超过, 过, 逾 and an
    amount) joined by 和/与/及/、 to a second threshold that runs on into a noun ("…超千亿元制造业企业",
    "…超100亿元的企业") says, with it, what kind of firm is meant: neither amount is a goal. Not two goals
    joined ("营业收入突破1000亿元和利润突破100亿元": 突破 is a level to reach), nor a threshold ending in a goal
    word ("…超1000亿元的目标")."""
    if not _THRESHOLD_VERB.search(before):
        return False
    m = _JOINED_THRESHOLD.match(after)
    q = m and P.QUANTITY.match(after, m.end())
    return bool(q) and q["unit"] != "%" and bool(_KIND_AFTER.match(after, q.end()))


_COUNT_AFTER_OF = re.compile(r"^(?:左右|以上|多)?的(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:多|余)?(?:" + "|".join(sorted(P.MEASURE_WORDS, key=len, reverse=True)) + ")")


def amount_of_counted(after: str, unit: str = "") -> bool:
    """amount_of_counted: "实施总投资35亿元的80项城建重点工程", "占地1000亩的3个园区": an amount followed by
    的 and a count describes each counted thing (their total investment, their area); the count is the
    goal, not the amount."""
    return unit != "%" and bool(_COUNT_AFTER_OF.match(after))


#: What an amount followed by 的 may name and still be the goal: 突破3000亿元的目标, 达到500亿元的规模.
_GOAL_NOUNS = r"(?:目标|任务|预期|规模|水平|大关|关口|台阶|增长|增速|幅度|总量|总额)"
_DESCRIBED = re.compile(rf"^(?:左右|以上|多)?的(?!{_GOAL_NOUNS})[\u4e00-\u9fff]")


def described_size(after: str, unit: str = "") -> bool:
    """described_size: "谋划建设可开发面积超100平方公里的大型产业园区" — an amount in a measure (an area, a sum;
    not a counted 个/家, not %) followed by 的 and a noun says how big the thing named is, not a level to reach;
    "突破3000亿元的目标", "达到500亿元的规模" stay goals."""
    counted = bool(unit) and unit[-1] in P.MEASURE_WORDS
    return unit not in ("%", "个百分点") and not counted and bool(_DESCRIBED.match(after))


#: become_class: "宜宾就能成为全省第2个经济总量突破3000亿元的地级市" — becoming a place of a class set by an amount.
_BECOME = re.compile(r"成为(?:全国|全省|全区|全市)?(?:第[\d一二两三四五六七八九十]+个)?(?P<ind>[\u4e00-\u9fff]{2,8}?)(?:突破|超过|达到|超)$")
_BECOME_AFTER = re.compile(r"^(?:以上|左右)?的(?:地级市|地级城市|副省级城市|城市|省份|省|市|县|县市|区|州)")


#: grown_class: "今后三年要把有色金属、机械、林产林化分别培育为产值超100亿元的产业" — industries named after 把, to be grown into
#: (培育为, 培育成, 打造成, 发展成为) industries whose output passes an amount: each named industry's own output is to pass it
#: (one goal per industry, as become_class reads a place), not the size of some industries counted (described_size).
_GROW_INTO = re.compile(r"把(?P<items>[\u4e00-\u9fff、]{2,40}?(?:(?:和|及|与)[\u4e00-\u9fff]{2,12}?)?)(?:产业)?(?:分别|都|均)?"
                        r"(?:培育|打造|发展|建设|做大)(?:成为|成|为)(?:年)?(?P<ind>产值|营业收入|营收|主营业务收入|销售收入|规模)"
                        r"(?:突破|超过|达到|超|达)?$")
_GROW_AFTER = re.compile(r"^(?:以上|左右)?(?:的)?(?:[\u4e00-\u9fff]{0,4}?)(?:产业|产业集群|集群|行业)")


def grown_items(before: str, after: str) -> list[str]:
    """grown_class: the industries (each with the indicator: 有色金属产值) an amount of 把…分别培育为产值超N的产业 applies to;
    [] when the clause does not say so."""
    m = _GROW_INTO.search(before)
    if m is None or not _GROW_AFTER.match(after):
        return []
    return [i + m["ind"] for i in re.split(r"、|和|及|与", m["items"]) if i]


def become_class(before: str, after: str) -> str | None:
    """become_class: "成为全省第2个经济总量突破3000亿元的地级市" — a place that is to become one of the places whose
    indicator passes an amount states its own level of that indicator (经济总量 at least 3000亿元), though the amount is
    followed by 的 and a noun (not described_size: the noun is a class of places, the subject's own). grown_class: "把化工和
    建材分别培育为产值超70亿元的产业" — industries to be grown into a class set by their output state their own. Returns the
    indicator, or None."""
    m = _BECOME.search(before)
    if m and _BECOME_AFTER.match(after):
        return m["ind"]
    grown = grown_items(before, after)
    return grown[0] if grown else None


#: sufficient_condition: "只需明年经济增长6.6%,宜宾就能…" — what is needed for an aim, not the aim.
_CONDITION_OPENS = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}?[,，])?(?:只需|只要|如果|假如|若要|倘若)")
_CONDITION_THEN = re.compile(r"(?:就能|就可以|就可|便能|便可|即可|就会)")


def sufficient_condition(clause: str, rest: str) -> bool:
    """sufficient_condition: a clause opening with 只需/只要/如果 whose sentence goes on with 就能/便可/即可 ("只需明年经济增长
    6.6%,宜宾就能成为全省第2个经济总量突破3000亿元的地级市") states what the aim needs, a condition, as rule_opinion reads
    如果: the aim is what comes after 就能. ``rest``: the sentence after the clause."""
    return bool(_CONDITION_OPENS.match(clause)) and bool(_CONDITION_THEN.search(rest))


def duration_count(after: str, unit: str = "") -> bool:
    """duration_count: "组织失业青年参加3—12个月的就业见习", "用6个月时间" — N个 before 月 is a span of time (months), not a
    count of things to reach."""
    return unit == "个" and after.startswith("月")


def included_part(before: str) -> bool:
    """included_part: "推动730家左右中小企业(含61家…“小巨人”企业、318家省级专精特新企业)完成…": a number inside
    a parenthesis opened by 含/包括/其中 says what the count before it includes, not a goal of its own."""
    opened = max(before.rfind("("), before.rfind("（"))
    if opened < 0 or max(before.rfind(")"), before.rfind("）")) > opened:
        return False
    return bool(re.match(r"[(（]\s*(?:含|包含|包括|其中)", before[opened:]))


_BREAKDOWN_OPEN = re.compile(r"[(（](?:[\u4e00-\u9fff]{1,4}\d[\d.]*[\u4e00-\u9fff]{1,2}、)+[\u4e00-\u9fff]{1,4}$")


def bracketed_breakdown(before: str, after: str) -> bool:
    """bracketed_breakdown: "共计划实施169项重点建设项目(新建69项、续建100项)" — the last amount of a bracketed list of
    kinds (verb, amount; verb, amount) ends its item at the closing bracket, as it would at a comma: 续建100项 is counted
    like 新建69项. Only a bracket opened by such a list counts (not "(含…)", which included_part reads as a part)."""
    return bool(re.match(r"^[)）]", after)) and bool(_BREAKDOWN_OPEN.search(before))


_SHARED_RATE = re.compile(r"^(?:今年|全年|全省|全市|全区|力争|确保|推动)*([\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,12})+)(?:增长|增速|增幅|涨幅)(?:保持在|达到|为)?$")


def shared_rate(before: str, found: list) -> list[str]:
    """shared_rate: "社会消费品零售总额、固定资产投资增长4%左右" — one growth rate after indicators listed with 、
    (no 分别, no other number in the clause) is each one's rate: a rate cannot be the sum of two, as an
    amount can ("A、B产业规模突破5000亿元" stays one goal)."""
    if len(found) != 1 or "rate" not in found[0].amount or found[0].kind != "growth":
        return []
    m = _SHARED_RATE.match(before)
    return m[1].split("、") if m else []


#: each_pair: "创中国名牌产品和中国驰名商标各5个", "纺织和医药产业产值也要分别达到20亿元" — two items joined by 和/与/及, then 各 or 分别
#: before one amount: each reaches it (one goal each), as both_each reads 均. 分别 with a list of amounts after the first
#: ("城镇和农村居民收入分别增长6.5%、8%") gives each its own: not this.
_EACH_PAIR = re.compile(r"(?:^|[^\u4e00-\u9fffA-Za-z])(?:今年|明年|全年|20\d{2}年)?(?:创|新增|培育|打造|建成|力争|确保|要)?(?P<a>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:和|与|及)"
                        r"(?P<b>[\u4e00-\u9fffA-Za-z]{2,12}?)(?P<tail>产业产值|产值|规模)?(?:也|还)?(?:要|将)?(?:各|分别)"
                        r"(?:达到|达|突破|超过|为|增长|新增)?$")
_MORE_AMOUNTS = re.compile(r"^(?:以上|左右|以内)?[、和及]")


def each_pair(before: str, after: str) -> list[str]:
    """each_pair: the two items an amount after 各/分别 applies to, each ([] when there is no such pair, or when more amounts
    follow it: then 分别 pairs each item with its own)."""
    m = _EACH_PAIR.search(before)
    if m is None or _MORE_AMOUNTS.match(after):
        return []
    return [m["a"] + (m["tail"] or ""), m["b"] + (m["tail"] or "")]


def expand_all(clause: str, found: list) -> list:
    out = []
    for f in found:
        grown = grown_items(clause[: f.start], clause[f.end:])
        if len(grown) >= 2:
            out.extend(replace(f, item=i, indicator=name) for i, name in enumerate(grown))  # grown_class: 把A、B、C分别培育为…
            continue
        pair = each_pair(clause[: f.start], clause[f.end:])
        if len(pair) == 2 and not items_before(clause[: f.start]):
            out.extend(replace(f, item=i, indicator=name) for i, name in enumerate(pair))  # each_pair: 和…各5个
            continue
        names = items_before(clause[: f.start]) or tier_items(clause[: f.start], clause[f.start: f.end]) or shared_rate(clause[: f.start], found)
        if len(names) < 2:
            out.append(f)
            continue
        base = re.sub(r"双双$", "", f.indicator or "")
        out.extend(replace(f, item=i, indicator=f"{base}（{name}）") for i, name in enumerate(names))
    return out


def _number(amount: dict) -> tuple[float | None, str | None]:
    if "rate" in amount:
        return amount["rate"], "%"
    return amount.get("value"), amount.get("unit")


def merge_ranges(clause: str, found: list) -> list:
    out: list = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and prev.stretch is None and _RANGE_SEP.match(clause[prev.end: f.start]):
            (a, unit_a), (b, unit_b) = _number(prev.amount), _number(f.amount)
            if a is not None and b is not None and unit_a == unit_b and b > a:
                key = "rate" if "rate" in prev.amount else "value"
                prev.stretch = {**prev.amount, key: b}
                prev.end = f.end
                prev.range_note = Note("extract.note.range", words=clause[prev.start: f.end])
                continue
        out.append(f)
    return out


def coordinated(before: str) -> bool:
    return bool(re.search(r"(?:和|及|以及|与|、)$", before))


_SCOPE_BEFORE = re.compile(r"(?:在|重点发展|重点围绕|重点聚焦|聚焦|围绕)$")


def scope_count(before: str) -> bool:
    """在10个领域开展 (where); 重点发展12条产业链, 聚焦8个领域 (what is in focus, not how much)."""
    return bool(_SCOPE_BEFORE.search(before))


def task_count(after: str) -> bool:
    """task_count: "具体抓好八个方面重点工作", "重点抓好以下14个方面的工作" — a count of the parts of a work
    programme (…个方面) announces the tasks that follow; it is not a goal. ``after``: the clause after the
    count's measure word."""
    return bool(re.match(r"^方面", after))


def ongoing_count(after: str) -> bool:
    """ongoing_count: "抓好6条续建高铁建设" — a count of what is already under way (续建, 在建) says which, not
    how many to do; "抓好629个省级重点工程项目" is a goal. ``after``: as for task_count."""
    return bool(re.match(r"^(?:续建|在建)", after))


def watched_firms(verb: str, after: str) -> bool:
    """watched_firms: "抓好亿元以上重大增长点和100家重点企业" — 抓好 before a count of 重点企业 names the firms the
    government looks after (which ones, a scope), not a number to reach; "抓好629个省级重点工程项目" counts projects
    to carry out and stays a goal. ``verb``: the count verb; ``after``: as for task_count."""
    return verb.endswith("抓好") and bool(re.match(r"^(?:重点)?(?:工业)?企业", after))


_RANKED_AFTER = re.compile(r"^(?:省级以上|国家级|省级|省)[\u4e00-\u9fff]{0,12}?(?:园|园区|基地|区)"
                           r"(?:建设|提能升级|提质升级|提档升级|扩容提质)?$")


def ranked_parks(verb: str, after: str) -> bool:
    """ranked_parks: "抓好8个省级以上现代农业产业园建设", "推动21家省高能级服务业创新发展区提能升级" — 抓好 or 推动 before a
    count of parks or zones that hold a rank already (省级以上, 国家级, 省…区), ending in their building or upgrading,
    names the ones the government looks after, which ones (a scope), as watched_firms does for firms; "创建3个省级现代农业
    产业园" counts parks to win the rank and stays a goal. ``after``: as for task_count."""
    return verb.endswith(("抓好", "推动")) and bool(_RANKED_AFTER.match(after))


_AMOUNT_ENDS = re.compile(rf"^[\u4e00-\u9fff]*?(?:突破|达到|达|超过|超|不低于|不少于)(?:{NUMBER})(?:多|余)?{P.UNIT}(?:以上|左右)?$")


def amount_scope(after: str) -> bool:
    """amount_scope: "推动11个能源重点领域项目投资突破2000亿元" — a count whose noun goes on to an amount of its own
    that ends the clause says whose amount it is (a scope); the amount is the goal. "培育5家营收超100亿元企业"
    counts enterprises of a size: the count stays. ``after``: as for task_count."""
    return bool(_AMOUNT_ENDS.match(after))


_DA_COUNT = re.compile(rf"(?<![{P.NUMERAL_CHARS}])(?P<num>\d+|[二两三四五六七八九十]+)大(?=[\u4e00-\u9fff]{{2}})")


#: round_count: 百 or 千 alone, a measure word and the noun counted, right after a verb of counting — 实施百项工业重点项目.
_ROUND_COUNT = re.compile(rf"(?<![{P.NUMERAL_CHARS}\d])(?P<num>[百千])(?P<unit>[项个家户座所])(?![百千万亿])(?=[\u4e00-\u9fff]{{2}})")
#: idioms with 百家/千家 that count nothing: 百家争鸣, 千家万户.
_ROUND_IDIOM = re.compile(r"^(?:争鸣|万户|姓)")


def round_count(clause: str) -> list[tuple[int, int, float, str]]:
    """round_count: "每年实施百项工业重点项目" — 百 or 千 with no digit before it, a measure word (项, 个, 家, 户, 座, 所) and
    the noun counted, right after a verb of counting (实施, 培育, 建设 … with 每年, 力争 … before it), is a count of 100 or
    1000 as 百亿元 is 100 亿元. Not a name in quotation marks (“百项工程”), not 百强 (no measure word), not 千家万户 or
    百家争鸣 (idioms), not without the verb right before it (百家企业联盟 names a body). Returns (start, end, value, unit)."""
    out = []
    for m in _ROUND_COUNT.finditer(clause):
        before, after = clause[: m.start()], clause[m.end():]
        if quoted_name(before, after) or _ROUND_IDIOM.match(after) or not P.COUNT_VERB.search(before):
            continue
        out.append((m.start(), m.end(), {"百": 100.0, "千": 1000.0}[m["num"]], m["unit"]))
    return out


def da_count(clause: str) -> list[tuple[int, int, float]]:
    """da_count: "建设5大微短剧基地" — N大 before a noun, right after a verb of creating that opens the clause, is a
    count of N things (no measure word printed; read as 个). Not in quotation marks (打造“四大集群” is a name),
    not after anything but the verb (推动三大攻坚战取得成效 has no creating verb). Returns (start, end, value)."""
    out = []
    for m in _DA_COUNT.finditer(clause):
        before = clause[: m.start()]
        if quoted_name(before, clause[m.end():]) or not _DA_VERB.fullmatch(before):
            continue
        try:
            value = parse_number(m["num"])
        except NumberError:
            continue
        out.append((m.start(), m.end(), value))
    return out


_PEOPLE_TASK = re.compile(
    rf"完成(?P<num>{NUMBER})(?![{P.NUMERAL_CHARS}万亿])(?!(?!人口)[{P.MEASURE_WORDS}])(?P<noun>[\u4e00-\u9fff]{{0,10}}?(?:人口|群众|劳动力)[\u4e00-\u9fff]{{0,6}}?)任务")


def people_task(clause: str) -> list[tuple[int, int, float, str, str]]:
    """people_task: "确保完成10.08万建档立卡贫困人口脱贫任务" — a number printed with no measure word right after 完成 and
    before a noun of people (…人口, …群众, …劳动力) that ends in 任务 counts those people: 10.08 万人, the task's
    people (建档立卡贫困人口脱贫) its indicator. Not "完成10个项目" (a measure word: an ordinary count; "完成12万户…" counts households), nor a task
    with no people in it ("完成5000亩造林任务"). Returns (start, end, value, unit, indicator) for each; the span is the
    number's."""
    out = []
    for m, value, big in _magnitudes(_PEOPLE_TASK.finditer(clause)):
        if value > 0 and big in ("", "万", "亿"):
            out.append((m.start("num"), m.end("num"), value, big + "人", m["noun"]))
    return out


#: counted_task: 完成 heading a clause whose counts stand before 任务 — "年底完成…等34户企业的39条生产线、1390台(套)设备落后产能淘汰任务".
_COUNTED_TASK = re.compile(r"^(?:年底|年末|年内|今年|全年|年底前|年内|,)*(?:前)?(?:力争|确保|全面|要|将)*完成(?P<body>[^,，。;；]+?)任务$")
_TASK_COUNT = re.compile(rf"(?P<num>{NUMBER})(?P<unit>[{P.MEASURE_WORDS}])(?:[(（][{P.MEASURE_WORDS}][)）])?(?P<noun>[\u4e00-\u9fff]{{1,6}}?)(?=、|和|及|落后|淘汰|改造|整治|搬迁|关停|拆除|建设|治理|$)")


def counted_task(clause: str) -> list[tuple[int, int, float, str, str]]:
    """counted_task: "年底完成甘肃强鑫铁合金有限公司等34户企业的39条生产线、1390台(套)设备落后产能淘汰任务" — 完成 opening the clause
    (after a time word) and 任务 ending it: each count of the task is a goal of the year (39 条 生产线, 1390 台 设备; the
    alternative measure word in brackets, (套), is left out). A count followed by 的 says whose they are (34户企业的: the
    firms whose lines go), not a goal of its own. Returns (start, end, value, unit, noun) for each; the span is the count's."""
    m = _COUNTED_TASK.match(clause)
    if not m:
        return []
    out = []
    body_start = m.start("body")
    for q, value, big in _magnitudes(_TASK_COUNT.finditer(m["body"])):
        if m["body"][q.end("unit"):].lstrip("(（套台个)）").startswith("的") or m["body"][q.end():q.end() + 1] == "的":
            continue
        if value > 0 and big == "":
            out.append((body_start + q.start(), body_start + q.end("unit"), value, q["unit"], q["noun"]))
    return out


_DA_VERB = re.compile(r"(?:今年|明年|全年|力争|确保|争取|将|要|着力|加快|重点|新)*(?:建设|建成|打造|培育|创建|新建|布局建设)")


_NAMED_SCOPE = re.compile(r"等(?:[\d.一二三四五六七八九十百千万亿]+[个家项所条座][^、，,。；;]*?(?:、|和|及))*$")


_ENUMERATED = re.compile(r"[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8})+[一二三四五六七八九十]$")
_ENUMERATED_WHAT = re.compile(r"^[个项][\u4e00-\u9fff]{0,4}?(?:任务|工作|举措|原则|方面|要求|重点|行动|工程)")


_CREATE_HEAD = re.compile(r"^(?:今年|明年|全年|到20\d{2}年(?:底|末)?|力争|确保|争取|将|要|着力|加快|重点|努力|,)*"
                          r"(?:打造|培育|形成|建设|建成|创建|壮大|做强|发展壮大|新建|建立|新开工|开工建设|开工)")


def listed_object(before: str) -> bool:
    """listed_object: "打造电子信息、装备制造等5个千亿级产业集群" — after a verb that creates (打造, 培育, 形成,
    建设, 新开工: "新开工晏城至表白寺等2个项目"), A、B等N个X is how many to create, the named ones being examples; named_scope ("甲、乙等12个项目加快
    建设") is for a named set standing as the subject."""
    return bool(_CREATE_HEAD.match(before))


_CREATE_VERB = re.compile(r"^(?:\d+年内|[一二三四五六七八九十]+年内|今年|明年|全年|到20\d{2}年(?:底|末)?|力争|确保|争取|将|要|着力|加快|努力|,)*"
                          r"(打造|培育|形成|建设|建成|创建|壮大|做强|新建|建立)")


def create_verb(clause: str) -> str | None:
    """The creating verb near the head of a clause ("5年内形成…产业3个"), which a following clause that lists
    only counts carries on (``carried_create_verb``: "…,冶金、化工等2个五千亿级产业链、10个千亿级产业链")."""
    m = _CREATE_VERB.match(clause)
    return m[1] if m else None


def named_scope(before: str, number_and_after: str = "") -> bool:
    """等12个项目 (a named set); 稳增长、防风险、保民生三项基本任务 (the count of the tasks just listed);
    第四次普查 (an ordinal)."""
    enumerated = _ENUMERATED.search(before + number_and_after[:1]) and _ENUMERATED_WHAT.match(number_and_after[1:])
    return bool(_NAMED_SCOPE.search(before) or enumerated or before.endswith("第"))


_LIST_JOIN = re.compile(r"^(?:左右|以上|以下|以内)?(?:、|和|及|以及|与)$")


def inherit_list_kind(clause: str, found: list) -> list:
    for prev, f in zip(found, found[1:]):
        if (prev.kind in ("growth", "cagr") and f.kind == "level" and f.amount.get("unit") == "%"
                and _LIST_JOIN.match(clause[prev.end: f.start])):
            sign = -1 if prev.amount.get("rate", 0) < 0 else 1  # declined_list: 分别下降3%、5% — both declines
            f.kind, f.amount, f.flow, f.indicator = prev.kind, {"rate": sign * f.amount["value"]}, None, prev.indicator
            if f.qualifier is None and prev.qualifier == "about" and clause[f.end: f.end + 2] != "左右":
                pass
    return found


def start_not_deadline(text: str, start: int, end: int) -> bool:
    return bool(re.match(r"(?:起|开始|以来)", text[end: end + 2]) or (re.search(r"[从自]$", text[:start]) and not re.search(r"[到至]", text[end: end + 6])))


def quoted_name(before: str, after: str) -> bool:
    """“三个基地” is a name; “5.5%左右”的预期目标 quotes the goal itself, and so does a quote opened
    right after the verb that sets it: 目标为“7%以上，力争达到8%” (quoted_goal)."""
    if not (before.count("“") > before.count("”") and "”" in after):
        return False
    if re.search(r"(?:为|是|在|定在|定为|达到|达)“[^“”]*$", before):
        return False
    if re.search(r"“[^“”]*?(?:达到|突破|超过|超|增长|提高到|提升到)[^“”]{0,2}$", before):
        return False  # quoted_aims_end: “到2030年常住人口达到120万人”的目标 — the quotation states aims with their verb
    # quoted_aims_list: “三年内规上工业总产值超千亿元、综合评价排名进入…前十”的目标 — a quoted list of aims closed by 的目标
    return not re.match(r"^[^“”]{0,60}”(?:的)?(?:预期|发展|奋斗|总体)?(?:目标|任务)", after)


_MEETING = re.compile(r"^[一二三四五六七八九十\d]+次(?:、[一二三四五六七八九十\d]+次)*(?:全会|全体会议|会议|代表大会|党代会)")


#: ordinal_number: "武威市第五次(党代会)", "第二批产业园3个" — a number right after 第 says which one (an ordinal), not how many:
#: never an amount, wherever the text breaks off after it.
def ordinal_number(before: str) -> bool:
    """ordinal_number: whether the number after ``before`` is an ordinal (第 right before it)."""
    return before.endswith("第")


def meeting_name(before: str, number_and_after: str) -> bool:
    return bool(before.endswith("届") or _MEETING.match(number_and_after))


def list_item_name(before: str, after: str, number: str = "") -> bool:
    """list_item_name: "冰壶、冬季两项、速度滑冰" — a count in words standing as one item of a list is part of
    a name. A number in digits is an amount even there: "改造老旧小区10万户、市政管网1000公里、供热设施4000台"."""
    if re.search(r"\d", number):
        return False
    return bool(re.search(r"、[\u4e00-\u9fff]{1,4}$", before)) and after.startswith("、")


def comparison(before: str) -> bool:
    return bool(re.search(r"(?:高于|低于|快于|慢于|不及)(?:全国|全省|全市|其他城市|其他省份)[^，,；;]*$", before))


def bare_share(before: str, after: str, clause: str) -> bool:
    if not re.search(r"(?:占|占比)$", before):
        return False
    if re.match(r"^%?(?:以上|左右|以内|以下)", after.lstrip("%")) or re.search(r"达到|提高|提升|超过|保持|力争|确保", clause):
        return False
    return True


_FUNDING = re.compile(r"资金来源(?:为|是|包括|[:：])")
_LISTED_PROJECTS = re.compile(r"安排(?:[^，,；;。]{0,24}?项目)?$")


def plan_makeup(before: str, unit: str, sentence_before: str = "") -> bool:
    """plan_makeup: the count of projects a plan lists (共安排883个, 安排市政府投资项目522个) and the
    sources of its money (资金来源为公共预算530亿元，国土基金20亿元 — the later items of the list too:
    ``sentence_before`` is the sentence up to the clause) describe the plan, not a level to reach."""
    if unit in ("个", "项") and _LISTED_PROJECTS.search(before):
        return True
    tail = sentence_before + before
    m = None
    for m in _FUNDING.finditer(tail):
        pass
    return m is not None and not re.search(r"[。；;]", tail[m.end():])


_PROMISE_BEFORE = re.compile(r"(?:力争|争取|确保|推动|推荐)$")
_OUTCOME_AFTER = re.compile(r"^(?:以上|左右)?[\u4e00-\u9fff]{1,12}?(?:纳入|入选|列入|获批|获评|进入|入围|认定为)")


#: listed_firms: "2家以上企业上市", "全市5家企业实现境内外上市" — a count of firms opening its clause (nothing before it but the
#: scope's word) whose firms are to list on a market (上市, 挂牌): the listing is the count's verb, a count to reach, as
#: counted_outcome reads 力争5家企业入选…; the listing ends the clause. Not a count after other words ("支持2家上市企业…": which
#: firms, read by its verb), nor a listing that only sets the time of something else ("2家企业上市后将扩大产能").
_LISTED_AFTER = re.compile(r"^(?:以上|左右)?(?:[\u4e00-\u9fff]{0,6}?(?:企业|公司))(?:实现|成功|力争|争取)?(?:在?(?:境内外|境内|境外|主板|创业板|科创板|北交所|新三板))?(?P<verb>挂牌上市|上市|挂牌)$")
_LISTED_SCOPE = re.compile(r"(?:今年|全年|年内|三年内|今后三年)?(?:全[省市县区州旗]|我[省市县区])?(?:力争|争取|确保|推动)?")


def listed_firms(before: str, after: str) -> re.Match | None:
    """listed_firms: an empty match standing for the listing verb (上市, 挂牌, which the noun after the count already holds:
    企业上市) of a count of firms that opens its clause and ends with the listing; None otherwise."""
    if not _LISTED_SCOPE.fullmatch(before.strip()):
        return None
    return re.match("", "") if _LISTED_AFTER.match(after) else None


#: treated_count: "对100家企业进行技改", "对50个村开展人居环境整治" — 对 + a count + what is counted + 进行/实施/开展 + the action
#: ending the clause: the count of things the action is to reach, a count to reach as 完成…改造 would say. Not a count that
#: only says who ("对2家企业进行了处罚" reports a deed done: 了), nor 对 as "towards" with no action after it.
_TREATED_AFTER = re.compile(r"^(?:以上|左右)?(?P<noun>[\u4e00-\u9fff]{1,10}?)(?:进行|实施|开展)(?!了)(?P<act>[\u4e00-\u9fff]{2,8})$")


def treated_count(before: str, after: str) -> tuple[re.Match, str] | None:
    """treated_count: (the 对 before the count, which stands for its verb; the indicator: what is counted and the action,
    企业技改) of a count after 对 whose clause ends with the action done to what is counted (进行技改); None otherwise."""
    m = _TREATED_AFTER.match(after)
    on = re.search(r"对$", before)
    return (on, m["noun"] + m["act"]) if m and on else None


def counted_outcome(before: str, after: str) -> re.Match | None:
    """counted_outcome: "争取100个以上项目纳入国家用地保障范围", "力争5家企业入选国家级示范": the
    promise word before the count stands for the count verb; returns it."""
    if _OUTCOME_AFTER.match(after):
        return _PROMISE_BEFORE.search(before)
    return None


def _number_key(spec: dict) -> float | None:
    """The number a draft states, whatever its form (rate 5.5, value 5.5 %)."""
    t = spec["target"]
    return next((float(t[k]) for k in ("rate", "value", "times", "plus") if k in t), None)


def headline_restates(spec: dict, others: list[dict], headings: set[str]) -> bool:
    quote = spec["source"]["quote"]
    if quote not in headings:
        return False
    return any(o is not spec and o["source"]["quote"] not in headings and _number_key(o) == _number_key(spec)
               and o["due"] == spec["due"] for o in others)


_TERM_AFTER = re.compile(r"^%?(?:的)?(?:标准|比例|额度|上限|下限|幅度)")


def policy_term(before: str, after: str, sentence: str) -> bool:
    """policy_term: "或按…社会保险费50%的标准确定", "可返还其…的50%": the terms of a policy (a rate to
    pay, a cap) set by 按/可/最高, not a level to reach."""
    return bool(_TERM_AFTER.match(after) and re.search(r"按|可|最高|最低|返还|补贴", sentence))


def enacted_articles(before: str, unit: str) -> bool:
    """enacted_articles: "坚决落实省支持民营经济35条、市支持民营经济高质量发展25条政策措施" — N条 after 落实/贯彻/执行/兑现 in
    its clause names a policy already issued (its articles, as 22条措施 is named), which is carried out, not a count to
    reach. ``before``: the clause up to the number; ``unit``: the unit as printed."""
    return unit == "条" and bool(re.search(r"(?:落实|贯彻|执行|兑现)[^,，。;；:：]*$", before))


_HELD_STOCK = re.compile(r"^(?:以上|左右)?[\u4e00-\u9fff]{0,8}(?:库存量|储备量|储备|存量)(?![\u4e00-\u9fff])")


def held_stock(before: str, after: str) -> re.Match | None:
    """held_stock: "始终保持500个以上项目库存量" — a count after 保持 with a stock after it (库存量, 储备) is a level to
    hold: the verb is 保持 and the count the goal, though 以上 comes between (not a size class: 5千万元以上工业企业).
    ``before``: the clause up to the number; ``after``: the clause after the unit. Returns 保持's match."""
    if not _HELD_STOCK.match(after):
        return None
    return re.search(r"保持$", before)


_PERIOD_BEFORE = re.compile(r"(?:上半年|下半年|[一二三四]季度|前三季度|[1-9]\d?[-—~至][1-9]\d?月|去年|上年|同期)(?:的|,|，)?[\u4e00-\u9fff]{0,4}$")


def period_number(before: str) -> bool:
    """period_number: "上半年2.5%的增速…与…目标仍存在差距": a number right after a period already over
    is that period's result, even in a sentence that also names a goal. prior_base: 比上年/较去年 right before 增长 is the base
    of a rise, not the period the number is of: "预期目标是:…比上年增长10%" (whether the rise is reported or aimed at the clause
    decides); 较上年提高1个百分点 stays a restated change."""
    return bool(_PERIOD_BEFORE.search(before)) and not _PRIOR_RISE_BEFORE.search(before)


_PRIOR_RISE_BEFORE = re.compile(r"(?:比|较)(?:上年|去年)(?:分别)?(?:增长|递增)$")


def _one_number(amount: dict) -> float | None:
    values = [v for k, v in amount.items() if k in ("rate", "value", "plus", "times")]
    return values[0] if len(values) == 1 else None


def alternatives(clause: str, found: list) -> list:
    """alternatives: "定在6%以上或者6%左右", "增长6%以上或者6%左右" — one number said twice, joined by 或/或者,
    is one goal (the first, whose kind its verb gave; the text leaves the qualifier open)."""
    out: list = []
    for f in found:
        prev = out[-1] if out else None
        if (prev is not None and _one_number(prev.amount) == _one_number(f.amount) is not None
                and re.fullmatch(r"\s*(?:或者|或是|或)\s*", clause[prev.end:f.start])):
            continue
        out.append(f)
    return out


_TARGET_ONLY = re.compile(r"^(?:除了)?(?:.{0,10}?的)?(?:预期)?(?:增长)?目标(?:在|为|是|定在)?$|^(?:为|在|定在|是|确定在|普遍确定在)?$")
_SET_AT = re.compile(r"(?:定在|定为)$")  # 海南、重庆…则定在6%以上, 确定为, 设定为: a target set
_GROWTH_TOPIC = re.compile(r"增长目标|增速目标|增长预期目标|预期增长目标|增长预期")
_GDP_TOPIC = re.compile(r"经济增长|增速目标|GDP|地区生产总值|国内生产总值")


def growth_target_topic(f, para: str, before: str) -> bool:
    """growth_target_topic: "青海省的目标在4.5%左右", "为7%以上" in a paragraph about growth targets
    (增长目标, 增速目标): a bare percentage stated as a target, with no indicator of its own, is a
    growth rate — of the economy (地区生产总值) when the paragraph speaks of 经济增长 or 增速目标.
    ``before``: the sentence up to the number, which must name the target (目标) first — in "5.5%左右的增长
    目标高于平均值" the number is talked about, not set — unless the clause sets it (…则定在6%以上). Turns ``f`` into a growth goal and says whether it did."""
    if f.kind != "level" or f.amount.get("unit") != "%" or not _GROWTH_TOPIC.search(para):
        return False
    ind = f.indicator or ""
    if not (("目标" in before and _TARGET_ONLY.search(ind)) or _SET_AT.search(before.rstrip("“\"")) and len(ind) <= 30):
        return False
    f.kind = "growth"
    f.amount = {"rate": f.amount["value"]}
    if f.stretch and "value" in f.stretch:
        f.stretch = {"rate": f.stretch["value"]}
    f.indicator = "地区生产总值" if _GDP_TOPIC.search(para) else ""
    f.flow = None
    return True


_SET_VERB_END = re.compile(r"(?:确定|设定|提出|定下|锁定)$")


def set_growth_rate(f, after: str) -> bool:
    """set_growth_rate: "淄博工业增加值确定10%以上的增长目标" — a percentage set (确定, 提出 …) as 的增长目标 is the
    growth rate of what is named before the verb (工业增加值 +10%), not a level of 10%. ``after``: the clause after
    the number and its qualifier. Turns ``f`` into a growth goal and says whether it did."""
    if f.kind != "level" or f.amount.get("unit") != "%" or not re.match(r"^(?:以上|左右)?的(?:年度)?(?:增长|增速)(?:预期)?目标", after):
        return False
    if not (m := _SET_VERB_END.search(f.indicator or "")):
        return False
    f.kind, f.amount, f.flow = "growth", {"rate": f.amount["value"]}, None
    f.indicator = f.indicator[: m.start()]
    return True


_BARE_RATE = re.compile(
    r"(?P<ind>[\u4e00-\u9fff]{1,12}?率)(?:稳定在|保持在|提高到|提升到|提高至|提升至|不低于|达到|达|超过)"
    r"(?P<num>\d{1,3}(?:\.\d+)?)(?P<q>以上|左右|以内|以下)?(?![\d.%％‰])(?![\u4e00-\u9fff]*?[个家项万亿元吨])"
)
_RATE_QUALIFIER = {"以上": None, "左右": "about", "以内": "at_most", "以下": "at_most"}


def bare_rate(clause: str) -> list[tuple[int, int, str, float, str | None]]:
    """bare_rate: "工业用水重复利用率保持在95以上" — a rate (…率) set at a number printed without its % is a
    percentage (at most 100). Returns (start, end, indicator, value, qualifier) for each."""
    out = []
    for m in _BARE_RATE.finditer(clause):
        value = float(m["num"])
        if 0 < value <= 100:
            out.append((m.start("num"), m.end(), m["ind"], value, _RATE_QUALIFIER.get(m["q"] or "以上")))
    return out


_BARE_INDEX = re.compile(
    r"(?P<ind>[\u4e00-\u9fff]{1,12}?(?:指数|融合发展水平|融合水平))(?:稳定在|保持在|提高到|提升到|提高至|提升至|达到|达|超过)"
    r"(?P<num>\d{1,4}(?:\.\d+)?)(?P<q>以上|左右|以内|以下)?(?![\d.%％‰])(?![\u4e00-\u9fff]*?[个家项万亿元吨])"
)


def bare_index(clause: str) -> list[tuple[int, int, str, float, str | None]]:
    """bare_index: "制造业质量竞争力指数提高至92以上" — an index (…指数) set at a number printed with no unit is a
    level in the index's own points (点); so is an assessed score of integration (``scored_level``: "企业两化融合发展水平
    达到65", the 两化融合 assessment's points); not a price index with % (居民消费价格指数控制在3.5%以内, price_index).
    Returns (start, end, indicator, value, qualifier) for each."""
    out = []
    for m in _BARE_INDEX.finditer(clause):
        value = float(m["num"])
        if value > 0:
            out.append((m.start("num"), m.end(), m["ind"], value, _RATE_QUALIFIER.get(m["q"] or "以上")))
    return out


_OPEN_RANGE = re.compile(rf"(?P<a>{NUMBER})\s*[-—–~～至到]\s*$")


def open_range(clause: str, found: list) -> list:
    """open_range: "力争培育8—10个百亿企业", "增长4.5-5%" — a range whose first number has no unit of its
    own: the lower end is the target and the upper the stretch, as merge_ranges does when both have one."""
    for f in found:
        if f.stretch is not None or f.is_stretch:
            continue
        key = "rate" if "rate" in f.amount else "value" if "value" in f.amount else None
        m = _OPEN_RANGE.search(clause[: f.start])
        if key is None or m is None or re.search(r"[\d.]$", clause[: m.start()]):
            continue
        try:
            a = parse_number(m["a"])
        except NumberError:
            continue
        b = f.amount[key]
        if 0 < a < b:
            f.stretch = {**f.amount, key: b}
            f.amount = {**f.amount, key: a}
            if f.kind == "level" and f.amount.get("unit") == "%" and P.GROWTH_VERB.search(clause[: m.start()]):
                f.kind, f.amount, f.stretch = "growth", {"rate": a}, {"rate": b}  # 增长4.5-5%
                f.indicator = re.sub(r"(?:增速|增幅|涨幅|增长率|增长)[^增]*$", "", f.indicator)
                f.flow = None
            f.range_note = Note("extract.note.range", words=clause[m.start(): f.end])
            f.start = m.start()
    return found


#: money_subject: what is counted in money when a plan writes 亿 without 元 (旅游收入突破万亿, 营业收入达到5000亿).
_MONEY_SUBJECT = re.compile(r"(?:收入|营收|产值|投资|增加值|总额|销售额|营业额|交易额|成交额|生产总值|GDP|经济总量|经济规模|产业规模|税收)"
                            r"(?:力争|确保|争取|突破|达到|达|超过|超|实现|迈上|跨上|跃上|提高至|提高到|提升至|提升到|增加到|增至|保持在|稳定在)*$")
_BARE_YI = re.compile(rf"(?P<num>{NUMBER}|(?<![{P.NUMERAL_CHARS}])万亿)(?=以上|左右|大关|台阶|新台阶|新关口|新高|$|[,;:。、)])")


def money_subject(clause: str) -> list[tuple[int, int, float, str]]:
    """money_subject: "力争到2027年旅游收入突破万亿" — an amount in 亿 or 万亿 printed without 元 after what is
    counted in money (收入, 产值, 投资, 增加值 …) is money: 1 万亿元 here (万亿, 千亿, 百亿 with no number before
    them are one 万亿, a thousand and a hundred 亿, as in 突破万亿元). Not 880亿斤, nor a size (千亿级, 千亿产业).
    Returns (start, end, value, unit) for each."""
    return _in_yuan(m for m in _BARE_YI.finditer(clause)
                    if m["num"].endswith("亿") and _MONEY_SUBJECT.search(clause[: m.start()]))


#: money_aim: "今年将实现千亿产值目标" — a verb of reaching, an amount in 亿 (元 may be left out) and what is counted in money
#: glued after it, then 目标: the aim is that level of the money named (1000 亿元 of 产值), not a size class as 千亿产业 is.
_MONEY_AIM_WORD = r"(?:总产值|产值|营业收入|主营业务收入|销售收入|营收|收入|税收)"
_MONEY_AIM = re.compile(rf"(?<=实现|达到|突破|完成|冲刺|冲击)(?P<num>{NUMBER}|(?<![{P.NUMERAL_CHARS}])万亿)(?=元?(?P<ind>{_MONEY_AIM_WORD})的?目标)")


def money_aim(clause: str) -> list[tuple[int, int, float, str, str]]:
    """money_aim: "今年将实现千亿产值目标", "力争突破500亿元营收目标" — returns (start, end, value, unit, indicator) for each: the
    amount in 亿元 (or 万亿元) and the money word after it. "打造千亿产值产业" (no 目标, no verb of reaching) is not one."""
    matches = list(_MONEY_AIM.finditer(clause))
    names = {m.start(): m["ind"] for m in matches}
    return [(a, b, value, unit, names[a]) for a, b, value, unit in _in_yuan(matches)]


#: reached_class: an amount class reached by what is counted in money — "技工贸总收入达到1000亿级的产业区".
_REACHED_CLASS = re.compile(rf"(?P<num>{NUMBER})级")
_REACH_VERB = re.compile(r"(?:达到|达|突破|超过|迈上|跨上|跃上|迈入|进入)$")


def reached_class(clause: str) -> list[tuple[int, int, float, str]]:
    """reached_class: "建成技工贸总收入达到1000亿级的产业区" — a class in 亿 (千亿级, 1000亿级) after what is counted in
    money (收入, 产值 …) and a verb of reaching is the level that amount is to reach: 1000 亿元. "打造千亿级产业集群" (a class
    glued to the thing named, no money subject before it) stays a size class (size_word). Returns (start, end, value, unit)."""
    return _in_yuan(m for m in _REACHED_CLASS.finditer(clause)
                    if m["num"].endswith("亿") and _REACH_VERB.search(clause[: m.start()]) and _MONEY_SUBJECT.search(clause[: m.start()]))


#: from_base: a level to reach from a base — "从目前的22家增加到30家", "从2014年的20%调升到30%".
_FROM_BASE = re.compile(r"从(?:目前|现在|现有|当前|原来|原有)?(?:的)?[^,，。;；从到至]{0,14}?"
                        r"(?:增加|提高|提升|调升|调高|上升|扩大|增长|发展|壮大|调整|翻番)(?:到|至)")


def from_base(clause: str) -> list[tuple[int, int]]:
    """from_base: "开发区高新技术企业要从目前的22家增加到30家" — the number after 从 is the base the level starts from (22
    家, as 目前 says: where things stand), the one after 增加到 the level to reach (30 家); 目前 there reports no result.
    Returns the (start, end) of each base phrase, 从 … 增加到."""
    return [(m.start(), m.end()) for m in _FROM_BASE.finditer(clause)]


def mask_from_base(clause: str) -> str:
    """The clause with its from_base phrases blanked, so that 目前 or a year inside them dates nothing."""
    for a, b in from_base(clause):
        clause = clause[:a] + "　" * (b - a) + clause[b:]
    return clause


_BARE_MONEY = re.compile(rf"(?P<num>{NUMBER})(?=规模)")


def bare_money(clause: str) -> list[tuple[int, int, float, str]]:
    """bare_money: "总量超过五千亿规模", "万亿规模" — an amount in 亿 or 万亿 printed without 元, as the size of
    an industry: money (亿元). Returns (start, end, value, unit) for each."""
    return _in_yuan(_BARE_MONEY.finditer(clause))


def _in_yuan(matches) -> list[tuple[int, int, float, str]]:
    """(start, end, value, 亿元 or 万亿元) of each match whose number (group "num") is in 亿 or 万亿."""
    out = []
    for m, value, big in _magnitudes(matches):
        if big in ("亿", "万亿") and value > 0:
            out.append((m.start(), m.end(), value, big + "元"))
    return out


#: completed_count: a drive verb heading the clause (推动, 促成 …), then a count of projects or firms brought to an outcome.
_DRIVE_HEAD = re.compile(r"^(?:今年|全年|年内|全省|全市|全县|全区|我省|我市|力争|确保|争取|将|要|加快|,)*(?P<verb>推动|促成|促进|推进|确保|力争|争取)")
_COMPLETED_AFTER = re.compile(r"^(?:以上|左右|多|余)?[\u4e00-\u9fff]{0,10}?(?:项目|工程|企业)[\u4e00-\u9fff]{0,8}?"
                              r"(?:建成投产|竣工投产|投产达效|投产达产|建成|投产|达产|竣工|开工)")


def completed_count(before: str, after: str) -> re.Match | None:
    """completed_count: "推动江达…等4个新建项目年内建成投产", "促成…智能工厂等40个项目投产" — a drive verb heads the clause
    and the projects counted are to reach an outcome (投产, 达产, 建成, 竣工, 开工): how many to bring there is the goal,
    the names before 等 being examples, not the scope (named_scope: "甲、乙等12个项目加快建设" has no such head).
    ``after``: the clause after the count's measure word. Returns the drive verb."""
    if not _COMPLETED_AFTER.match(after):
        return None
    m = _DRIVE_HEAD.match(before)
    return re.match(re.escape(m["verb"]), m["verb"]) if m else None


#: attained_count: a clause that opens with a count of things and says what state they reach — "5个战略性新兴产业链初具规模".
_ATTAINED_HEAD = re.compile(r"^(?:今年|全年|年内|全省|全市|全县|全区|示范区|园区|,)*$")
_ATTAINED_AFTER = re.compile(r"^(?:以上|左右)?[\u4e00-\u9fff“”]{2,14}?(?:初具规模|形成规模|规模化发展|基本建成|全面建成|建成投产|竣工投产|投产达效)$")


def attained_count(before: str, after: str) -> re.Match | None:
    """attained_count: "5个战略性新兴产业链初具规模" — with no verb before it, a count opening its clause is the subject,
    and the clause ends in the state the things counted are to reach (初具规模, 基本建成, 建成投产 …): how many reach it is
    the goal, as a count verb would make it. ``after``: the clause after the count's measure word. Returns an empty match
    (no verb: the indicator is the noun)."""
    if not _ATTAINED_HEAD.match(before) or not _ATTAINED_AFTER.match(after):
        return None
    return re.match("", after)


#: counted_threshold: an amount, maybe an alternative in brackets, then 以上 and the things counted.
#: threshold_list: "政府投资5000万元以上、企业投资亿元以上项目260个" — more thresholds joined by 、/和/或 (each maybe with
#: its own kind of money and an amount with no digits, 亿元以上) may stand between the first and the things counted.
_MORE_THRESHOLDS = r"(?:[、和或及][\u4e00-\u9fff]{0,8}?(?:\d+(?:\.\d+)?)?[十百千万亿]*(?:美元|元)(?:及以上|以上))*"
_THRESHOLD_OF_COUNTED = re.compile(r"^\)?(?:\([^()]{0,16}\))?(?:及以上|以上|以下)" + _MORE_THRESHOLDS + r"[\u4e00-\u9fff]{1,14}?"
                                   r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:多|余)?(?:个|家|项|所|座|条)")


#: the things counted right after an amount: a noun, then a count (项目5个, 企业5家).
_COUNT_AFTER_NOUN = re.compile(r"^(?:的)?[\u4e00-\u9fff“”]{1,14}?(?:\([\u4e00-\u9fff、]{1,8}\))?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:多|余)?(?:个|家|项|所|座|条|户)")


def counted_threshold(after: str, unit: str = "", before: str = "") -> bool:
    """counted_threshold: "实施5000万元以上重点工业项目100个以上", "新引进10亿元(或1亿美元)以上重大产业项目100个" — an
    amount with 以上 (an alternative amount in brackets between) before the things counted in the same clause is the
    size class of those things; the count is the goal. So is an amount after 超/超过/过/逾 with the things counted after
    it ("力争引进投资超10亿元项目5个以上"; ``before``: the clause up to the amount), a bracketed other name of the things
    between (``bracketed_kind``: "培育过1000亿元产业链(集群)2个"). "5千万元以上工业企业" without a
    count is a threshold already; a percentage is no size."""
    counted = bool(unit) and unit[-1] in P.MEASURE_WORDS
    if unit in ("%", "个百分点") or counted:
        return False
    if _THRESHOLD_VERB.search(before) and _COUNT_AFTER_NOUN.match(after):
        return True  # 引进投资超10亿元项目5个以上: 超 before the amount, the things counted after it
    return bool(_THRESHOLD_OF_COUNTED.match(after))


#: counted_size: the size class said right after its count — 1个年产值过100亿元、6个年产值过10亿元的企业集群.
_COUNTED_SIZE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)(?:个|家|户|条|座)(?:年)?(?:产值|总产值|营业收入|营收|主营业务收入|销售收入|规模)(?:过|超|超过|突破|达)$")


def counted_size(before: str) -> bool:
    """counted_size: "培育1个年产值过100亿元、1个年产值过30亿元、6个年产值过10亿元、5个年产值过亿元的企业集群" — an amount
    after a count and its measure (N个年产值过…) is the size class of the things counted, not a level of its own: the counts
    (1, 1, 6, 5) are the goals, as counted_threshold reads 引进投资超10亿元项目5个 with the count after. ``before``: the
    clause up to the amount."""
    return bool(_COUNTED_SIZE.search(before))


#: restated_count: a list of three names or more, joined by 、, the count right after the last.
_NAME_LIST = re.compile(r"(?:[\u4e00-\u9fff]{1,24}、)+[\u4e00-\u9fff]{1,24}$")


#: sized_count: a size class right after the count — 2个五百亿产业集群, 3个百亿级产业集群, 两个千亿级园区.
_SIZED_AFTER = re.compile(r"^(?:个|家|条|座|大)?(?:(?:主营业务收入|营业收入|销售收入|营收|产值|规模)(?:均)?)?(?:超|过|超过|达)?"
                          r"(?:[一二三四五六七八九十两\d]*[十百千万]|\d+)亿元?级?")


def restated_count(before: str, value: float, after: str = "") -> bool:
    """restated_count: "重点打造西南智能电网产业园、医药产业园、…、新材料及环保产业园8个特色产业园", "建成小麦、家禽两个省实验室"
    — a count right after a list of as many names (joined by 、, no 等) says how many were just named: which, not how many.
    "打造电子信息、装备制造等5个千亿级产业集群" (examples, 等) and "建设3个产业园" (no list) stay goals, and so does a count with
    a size class after it (``sized_count``: "打造食品、智能装备制造2个五百亿产业集群" — the kaifeng, qianxinan and xian gold count
    sized clusters and parks as goals). ``after``: the clause after the number."""
    m = _NAME_LIST.search(before)
    if _SIZED_AFTER.match(after):
        return False  # sized_count: 打造食品、智能装备制造2个五百亿产业集群 — the named things are to reach that size: a goal
    return bool(m) and not before.endswith("等") and m[0].count("、") + 1 == value


#: demonstrative_part: 该园区, 这个项目 — a thing just named, as the subject of the clause.
_DEMONSTRATIVE_PART = re.compile(r"(?:该|此|这个|这一)(?:园区|开发区|高新区|产业园|工业园|基地|项目|企业|公司|集团|平台|工程)")


def demonstrative_part(before: str) -> bool:
    """demonstrative_part: "以泸州国家高新区为例，到2020年，该园区建成区面积达37.6平方公里" — a quantity said of 该园区
    (这个项目, 该企业 …), a part of the region the text has just named, is that part's measure, not a level for the
    region. ``before``: the clause up to the number."""
    return bool(_DEMONSTRATIVE_PART.search(before))


#: counted_rates: indicators listed with 、, then a verb and "两个100%" — as many rates as indicators.
_COUNTED_RATES = re.compile(r"(?P<items>[\u4e00-\u9fff]{2,16}(?:、[\u4e00-\u9fff]{2,16}?)+)(?:均)?(?:实现|达到|保持|达)"
                            r"(?P<n>[两二三四五六七八九十]|\d{1,2})个$")
_RATE_ITEM_HEAD = re.compile(r"^(?:力争|确保|争取|努力|推动|实现|全市|全省|全县|全区|今年|全年)+")


def counted_rates(before: str) -> list[str]:
    """counted_rates: "力争项目开工率、年度计划投资完成率实现两个100%" — a number of rates said in words (两个, 三个) after
    as many indicators listed with 、 gives each indicator the rate: two goals of 100%, 项目开工率 and 年度计划投资完成率.
    Not "12个百亿元项目" (size_class: the count is of projects). ``before``: the clause up to the number. Returns the
    indicators, or [] when the count does not match the list."""
    m = _COUNTED_RATES.search(before)
    if not m:
        return []
    items = m["items"].split("、")
    items[0] = _RATE_ITEM_HEAD.sub("", items[0])
    n = m["n"]
    count = cn_int(n)
    return items if count == len(items) and all(items) else []


_HASTEN_HEAD = re.compile(r"^(?:今年|全年|,)*(?:加快|逐步)")


def hastened_cover(before: str) -> bool:
    """hastened_cover: "加快规上企业全覆盖" — 全覆盖 in a clause headed by a word of pace (加快, 逐步) says which way the
    work goes, not a level to reach (推进…全覆盖 under 到2025年 may well be one, and stays); "实现规上工业企业智改数转诊断全覆盖", "基本实现…全覆盖" (实现,
    达到, 做到 before it) and a bare "…全覆盖" stay goals of 100%. ``before``: the clause up to 全覆盖."""
    return bool(_HASTEN_HEAD.match(before)) and not re.search(r"实现|达到|做到", before)


#: formed_count: 形成 right before a count or an amount ("形成6个以上千亿级支柱产业", "将形成4000万千瓦风电装机").
_FORMED = re.compile(r"形成(?:了)?$")
#: formed_list: 形成 and then the names of what is formed, joined by 、, right before the count.
_FORMED_LIST = re.compile(r"(形成)(?:了)?[\u4e00-\u9fff]{1,12}(?:、[\u4e00-\u9fff]{1,12})+等?$")


def formed_count(before: str) -> re.Match | None:
    """formed_count: "到2025年…形成6个以上千亿级支柱产业", "到2020年，酒泉将形成4000万千瓦风电装机" — 形成 right before the
    number is the verb of what is to exist: the noun after the number (千亿级支柱产业, 风电装机) is what is counted or
    measured, and 以上 after a count with a size class after it (6个以上千亿级) is the count's at-least, not a threshold.
    Returns the verb."""
    if m := _FORMED.search(before):
        return m
    # formed_list: "市级形成食品、纺织服装制鞋、装备制造3个主营业务收入超千亿元的产业集群" — the names between 形成 and the count
    # are which are formed; 形成 is still the count's verb
    return m if (m := _FORMED_LIST.search(before)) and not re.search(r"形成", m[0][2:]) else None


#: slogan_count: a count inside a quoted formula, verb + Chinese numeral + measure word + a short noun, nothing after.
_SLOGAN_VERB = re.compile(r"[\u4e00-\u9fff]{1,3}")
_SLOGAN_NOUN = re.compile(r"[\u4e00-\u9fff]{1,4}(?:[”\"]|$)")


def slogan_count(before: str, number: str, unit: str, after: str) -> bool:
    """slogan_count: "按照“盯紧一套目标,打好三场攻坚战,抓好六个重点,强化五个落实”的总体要求" — inside a quotation left
    open before the number, a line that is only a verb, a count in Chinese numerals and a short noun (抓好六个重点) is a
    line of the plan's formula, its make-up, not a goal. ``before``: the sentence up to the number; ``after``: the
    clause after the measure word."""
    if before.rfind("“") <= before.rfind("”"):
        return False
    start = max(before.rfind("“"), before.rfind(","), before.rfind("，")) + 1
    return (len(number) == 1 and number in "一二两三四五六七八九十" and unit in ("个", "场", "项", "条", "套", "大")
            and bool(_SLOGAN_VERB.fullmatch(before[start:])) and bool(_SLOGAN_NOUN.match(after)))


#: named_unit: an amount in bare 万/亿 whose unit ends the indicator's name (旅游接待人次达到1000万).
_NAMED_UNIT = re.compile(rf"(?P<unit>人次|人数)(?:达到|达|突破|超过|超|增至|增加到)(?P<num>{NUMBER})(?:以上|左右)?(?=[,，。;；]|$)")


def named_unit(clause: str) -> list[tuple[int, int, float, str]]:
    """named_unit: "到2020年全市旅游接待人次达到1000万" — the number ends in 万 or 亿 with no unit after it, and the
    indicator's name ends in its unit (人次; 人数 counts 人): the amount is 1000 万人次. Returns (start, end, value,
    unit) for each."""
    out = []
    for m, value, big in _magnitudes(_NAMED_UNIT.finditer(clause)):
        if big in ("万", "亿") and value > 0:
            out.append((m.start("num"), m.end("num"), value, big + ("人次" if m["unit"] == "人次" else "人")))
    return out


#: respective_rate: "国内生产总值24亿元、财政收入2.4亿元,同比分别增长20%" — one rate after 分别, with no subject of its own, in the
#: clause right after a clause that states two or more amounts, is each amount's rate: one growth per amount, sharing the
#: quote ("分别增长8%、9%" needs no rule: each number is found on its own).
_RESPECTIVE_HEAD = re.compile(r"^[,，]?(?:同比|比上年|较上年)?分别(?:增长|增加|提高|递增)(?:达到|达|为)?$")


def respective_rate(found: list, clause: str, levels_before: list[str]) -> list:
    """respective_rate: ``found``, with a lone growth rate after 分别 (the clause's only number, nothing before it but 同比分别
    增长) made one growth for each indicator of ``levels_before`` (the amounts of the clause before) when there are two or
    more; ``found`` unchanged otherwise."""
    if len(found) != 1 or len(levels_before) < 2 or found[0].kind != "growth" or "rate" not in found[0].amount:
        return found
    if not _RESPECTIVE_HEAD.match(clause[: found[0].start].strip()):
        return found
    return [replace(found[0], item=i, indicator=name) for i, name in enumerate(levels_before)]


def quoted_aims_end(before: str, after: str) -> bool:
    """quoted_aims_end: "聚焦“2029年前后…均突破1000亿元,2035年城市规模达到50平方公里、50万人”的“双千亿”“双50”主要支撑目标" — aims quoted
    as a slogan's content: an amount right before the closing quotation mark (a quotation opened earlier in the sentence,
    ``before``) ends its aim there, as an amount at the clause's end does; what follows the mark names the slogan.
    ``after``: the clause after the amount (and its qualifier). A quotation that is the amount alone (瞄准“百亿元”目标) is
    a slogan's name, not aims."""
    opened = before.rfind("“")
    return after.startswith(("”", '"')) and opened > before.rfind("”") and bool(re.search(r"[\u4e00-\u9fff]", before[opened + 1:]))


#: deeds_count: 办好/办成/办实 (a time word between) before a count of 实事/好事.
_DEEDS_VERB = re.compile(r"(?:办好|办成|办实|兑现)(?:年度|今年|全年|年内|明年)?$")
_DEEDS_AFTER = re.compile(r"^(?:以上|左右)?(?:重点|重大)?(?:民生|惠民|为民|便民)?(?:实事|好事)")


def deeds_count(before: str, after: str) -> re.Match | None:
    """deeds_count: "着力办好年度15件重点民生实事", "办成十件惠民实事" — the deeds a government promises to do (实事, 好事) after
    办好/办成/办实/兑现 are counted: how many is the goal (a count for the year, as 实施…项目N个). ``after``: the clause after
    the measure word. Returns the verb."""
    return _DEEDS_VERB.search(before) if _DEEDS_AFTER.match(after) else None


#: named_sizes: 形成/打造 … then named things each with its size (NAME超AMOUNT), joined by 、/和, then 的…集群/产业/基地.
_SIZED_ITEM = r"[\u4e00-\u9fff]{2,16}?(?:超过|突破|超|过|达到)(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]*[十百千万])[万亿]*亿元"
_NAMED_SIZES = re.compile(rf"(?:形成|打造|培育|建成|做大)(?P<items>{_SIZED_ITEM}(?:[、和及]{_SIZED_ITEM})+)的?(?:产业集群|集群|产业|基地|产业园|园区)")
_ITEM = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,16}?)(?:超过|突破|超|过|达到)(?P<amount>(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]*[十百千万])[万亿]*亿元)")
#: the words that make NAME a measure of a kind of thing (营业收入超千亿元…企业), not a thing named
_MEASURE_NAME = re.compile(r"(?:收入|营收|产值|规模|市值|税收|面积|利润|增加值|销售额|销售|投资|总额)$")


def named_sizes(clause: str) -> list[tuple[int, int, float, str, str]]:
    """named_sizes: "装备制造产业形成城乡一体化示范区机电装备超百亿元、民权制冷家电超200亿元的产业集群" — after a verb that
    forms (形成, 打造, 培育 …), named things each with a size (NAME超AMOUNT, joined by 、/和) and then what they are
    (的产业集群): each named thing is to reach its size, one level each. Not a kind of thing set by thresholds
    ("营业收入超千亿元和市值超千亿元制造业企业", joined_threshold): a NAME that is a measure (收入, 产值, 规模 …) is no name.
    Returns (start, end, value, unit, name) of each amount."""
    out = []
    for m in _NAMED_SIZES.finditer(clause):
        items = list(_ITEM.finditer(clause, m.start("items"), m.end("items")))
        if any(_MEASURE_NAME.search(i["name"]) for i in items):
            continue
        for i in items:
            try:
                value, big = split_magnitude(i["amount"][:-1])
            except NumberError:
                continue
            out.append((i.start("amount"), i.end("amount"), value, big + "元", i["name"].lstrip("和及、")))
    return out


#: funded_purpose: "今年,开发区将投资2.4亿元建设道路、排水等基础设施" — a sum after an investing verb (投资, 投入, 安排资金 …) and
#: before what it pays for (建设…, 用于…, 实施…) is the sum itself, a level to reach: the words after it say what for, not
#: what is counted (a count's noun, as 建设5条公路's 公路, is what the words after a count are).
_FUND_VERB = re.compile(r"(?:投资|投入|安排(?:专项)?资金|筹措(?:资金)?|筹集(?:资金)?|拨付(?:资金)?)(?:约|近|超过|超|达)?$")
_PURPOSE = re.compile(r"^(?:用于|(?:新|修|续|扩|改|重)?建(?:设)?|实施|改造|打造|推进|开展|购置|完善|提升|升级)")


def funded_purpose(before: str, after: str, unit: str) -> bool:
    """funded_purpose: a sum of money (unit …元) after an investing verb and before the purpose it pays for."""
    return unit.endswith("元") and bool(_FUND_VERB.search(before)) and bool(_PURPOSE.match(after))


#: respective_places: "其中，于都县、瑞金市、南康区规上工业增加值分别增长10%、9.5%、11%" — places listed as the clause's subject
#: (joined by 、 和 及 与, after 其中 at most), their one indicator, then 分别 and as many amounts as places: the i-th amount is
#: the i-th place's goal, as a list of indicators pairs with its amounts. With a count that differs, no pairing is read.
_RESPECTIVE_OPEN = re.compile(r"^(?:其中|同时|另外|此外)?[,，:：]?")
_PLACE_JOIN = "、和及与"


def respective_places(clause: str, starts: list[int], places: dict[str, str] | None = None) -> list[str] | None:
    """respective_places: the place of each amount after the clause's 分别 (``starts``: the amounts' offsets in ``clause``, in
    order), when two or more places open the clause, the words between them and 分别 name no other place and hold no number,
    and the amounts after 分别 are as many as the places; None otherwise."""
    from tracker.extract.scope import _leading_region  # scope reads lists; read it when called

    at = clause.find("分别")
    if at < 0:
        return None
    after = [s for s in starts if s > at]
    if len(after) < 2:
        return None
    pos = _RESPECTIVE_OPEN.match(clause).end()
    items: list[str] = []
    while (found := _leading_region(clause[pos:at], places)) is not None:
        items.append(found[0])
        pos += found[1]
        if pos < at and clause[pos] in _PLACE_JOIN:
            pos += 1
            continue
        break
    between = clause[pos:at]
    if len(items) < 2 or len(set(items)) != len(items) or len(items) != len(after) or re.search(r"\d", between):
        return None
    if _leading_region(between, places) is not None:
        return None
    return items
