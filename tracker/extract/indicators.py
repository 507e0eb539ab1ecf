"""Indicator names: the rules that tidy the name a draft's number is of (issue #15, class H).

The scorer does not read a draft's ``indicator``, but users read it first (``tracker extract`` prints it, the report
shows it). ``indicator_before`` reads the words before a number and ``clean_indicator`` strips the time, scope and
verb words around them (both at the end of this module; extract.py calls them for every number it reads); the rules
here read what those would leave wrong:

- ``modal_subject``: "工业总产值力争突破1200亿元" — a modal or intent word (力争, 确保, 争取, 预计, 预期, 努力, 将, 要, 实现 …)
  between the subject and its verb: the name is the subject before the word, not the nothing after it (待定指标).
- ``tidy_name``: what is left around a name — a modal word at its end (地区生产总值预计, 收入分别完成), the residue of a range
  (新培育…企业8— of 8—10个), a modal at its head (预计实施重点项目; not 计划, a noun as often: 投资促进计划项目), a place or a development zone at its head
  (芜湖市新能源汽车产业产值, 东湖高新区地区生产总值: the region says where; the name says what) and 完成 before a flow
  of money (完成固定资产投资 → 固定资产投资; 完成投资 stays: the name would be one word).
- ``respective_names``: "规上工业增加值、固定资产投资分别增长7%和10%" — indicators listed with 、 before 分别 and as many
  numbers: each number its own name, in order; a shared tail is given to each (城镇、农村居民人均可支配收入 → 城镇居民…,
  农村居民…; 肉、蛋、奶产量 → 肉产量 …), and 城乡居民… with two numbers is 城镇居民… and 农村居民…. A list that cannot be
  split so (花生种植、收获机械化率) keeps its joined name for each.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract import patterns as P
from tracker.extract.gazetteer import leading_place
from tracker.extract.lists import from_base

#: modal_subject: the intent words that may stand between a subject and its verb.
_MODAL_END = re.compile(r"(?:力争|确保|争取|预计|预期|努力|将|要|需要|计划|拟|有望|能够|能)(?:实现|完成)?$|(?<![力确争])实现$")
#: what a modal's verb leaves when nothing names the subject after it.
_BARE_VERB = re.compile(r"^(?:实现|完成|突破|达到|达|超过|增长|提高|提升|保持|为)*$")


def modal_subject(head: str, rest_name: str) -> str | None:
    """modal_subject: ``head`` is the clause up to the end of its last boundary word, ``rest_name`` the name read after
    it. When that is empty (or a bare verb) and the boundary word is a modal or 实现, the subject before it is the name:
    returns ``head`` without the modal (the caller reads the name in it again), or None."""
    if not _BARE_VERB.match(rest_name):
        return None
    m = _MODAL_END.search(head)
    if m is None:
        return None
    subject = head[: m.start()]
    subject = re.sub(r"(?:力争|确保|争取|预计|预期|努力|将|要|计划|拟)+$", "", subject)
    if d := re.search(r"\d(?!\d*(?:年|月|日))", subject):  # a year (2019年规上工业总产值总量) is no rate
        if re.match(r"[\d.]*[个家项座所条户名位]", subject[d.start():]):
            return None  # 其余11个县(市)都将建设…: counted places are the subject, no indicator's name
        subject = subject[: d.start()]  # 地区生产总值年均增长8%左右,力争达到880亿元: the subject is named before its rate
    return subject if re.search(r"[\u4e00-\u9fffA-Za-z]{2}", subject) else None


_TAIL_MODAL = re.compile(r"(?:预计|预期|需要|有望|能够|(?:分别)?完成)+$")
#: range_residue: "企业8—" of 企业8—10个: the first number and the dash of a range are no part of the name.
_RANGE_RESIDUE = re.compile(r"\d+(?:\.\d+)?\s*[—\-–~～至到]+$")
_HEAD_MODAL = re.compile(r"^(?:预计|预期|拟|力争|确保|争取|将|要)+(?=[\u4e00-\u9fff]{2})")
#: zone_head: a development zone (a name up to six characters long, then 高新区, 经开区 …) opening the name.
_ZONE_HEAD = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}?(?:高新区|经开区|经济技术开发区|高新技术产业开发区|开发区|新区)(?=[\u4e00-\u9fff]{4})"
                        r"|园区(?=地区生产总值|生产总值|GDP|经济总量))")  # a park heads only its economy's totals (园区新增规上工业企业 stays)
#: people of a place (江苏游客, 城乡居民): the place says whose, not where — no place head is stripped before them.
_PEOPLE = re.compile(r"^(?:游客|居民|市民|农民|人|群众|企业家)")
#: done_flow: 完成 before a named flow of money: the amount done is the flow's.
_DONE_FLOW = re.compile(r"^完成(?=[\u4e00-\u9fff]{2,}(?:投资|投入|产值|增加值|收入|总额)$)")
_SCOPE_HEAD = re.compile(r"^(?:全省|全市|全县|全区|全州|全盟|全旗|的)+")


def tidy_name(name: str, head: bool = True) -> str:
    """tidy_name: the name without the modal at its end, a range's residue, and (``head``) a modal, a place, a zone or
    a 完成 before a flow at its head. The name is kept whole when stripping would leave fewer than two characters."""
    s = _RANGE_RESIDUE.sub("", name)
    s = _TAIL_MODAL.sub("", s) or s
    if not head:
        return s
    s = _HEAD_MODAL.sub("", s)
    if "“" not in s and "”" not in s and (place := leading_place(s)) is not None:
        rest = _SCOPE_HEAD.sub("", s[place[1]:])
        if len(rest) >= 2 and not _PEOPLE.match(rest) and not rest.startswith("、") and leading_place(rest) is None:
            s = rest
    if m := _ZONE_HEAD.match(s):
        s = _SCOPE_HEAD.sub("", s[m.end():])
    return _DONE_FLOW.sub("", s)


_RESPECTIVE = "分别"
#: indicator_end: the last character of a whole indicator's name (产值, 投资, 收入, 比重, 产量, 人次 …).
_INDICATOR_END = re.compile(r"[值额入资量率数重比口账价模积费税润度收产次]$")
_URBAN_RURAL = re.compile(r"^城乡(?P<tail>(?:常住)?居民.+)$")


def split_names(joined: str, n: int) -> list[str] | None:
    """The ``n`` names of a list of indicators joined by 、 (respective_names), or None when it cannot be split."""
    if "、" not in joined:
        if n == 2 and (m := _URBAN_RURAL.match(joined)):
            return ["城镇" + m["tail"], "农村" + m["tail"]]  # urban_rural: 城乡居民人均可支配收入分别增长6%和7%
        return None
    items = joined.split("、")
    if len(items) != n or any(not x for x in items):
        return None
    last = items[-1]
    if items[0] == "城" and last.startswith("乡"):
        return ["城镇" + last[1:], "农村" + last[1:]] if n == 2 else None  # 城、乡居民人均可支配收入
    names = []
    for item in items[:-1]:
        shared = any(len(item) - k >= 2 and item[k:] == last[k:len(item)] for k in range(1, len(item) - 1))
        if (shared or len(item) <= 2) and len(last) > len(item) + 1:
            names.append(item + last[len(item):])  # shared tail: 城镇常住居民、农村常住居民人均可支配收入; 肉、蛋、奶产量
        elif _INDICATOR_END.search(item) and len(item) >= 3:
            names.append(item)  # whole names: 规上工业增加值、固定资产投资
        else:
            return None
    return names + [last]


def respective_names(found: list, clause: str) -> list:
    """respective_names: the numbers after "A、B分别…" each take their own name, in order, when there are as many numbers
    as names (``split_names``); otherwise each keeps the joined name (not a name with 分别 and the first number in it)."""
    at = clause.find(_RESPECTIVE)
    if at < 0:
        return found
    joined = next((f.indicator for f in found if f.start > at and f.indicator), None)
    if joined is None or not ("、" in joined or _URBAN_RURAL.match(joined)) or _RESPECTIVE in joined:
        return found
    group = [i for i, f in enumerate(found) if f.start > at and (f.indicator == joined or f.indicator.startswith(joined + _RESPECTIVE))]
    if len(group) < 2:
        return found
    names = split_names(joined, len(group)) or [joined] * len(group)
    out = list(found)
    for i, name in zip(group, names):
        out[i] = replace(found[i], indicator=name)
    return out


# --------------------------------------------------------------------------
# The name before a number (moved here from extract.py unchanged)

#: aimed_break: 冲刺 (a sprint toward) before the name and 破 (break through, as 突破) after it.
_AIM_VERB_EDGES = re.compile(r"^(?:全力)?冲刺(?=[\u4e00-\u9fff]{2})|(?<=[\u4e00-\u9fff]{2})(?<!突)破$")


def clean_indicator(raw: str, head: bool = True) -> str:
    """The name in ``raw``: time and scope words at its head (``head``), verbs and comparisons at its end, quotes and
    的 around it stripped (patterns.INDICATOR_STRIP_HEAD/TAIL), aliases applied, then ``tidy_name``."""
    s = raw
    for _ in range(3):
        if head:
            s = P.INDICATOR_STRIP_HEAD.sub("", s)
        s = P.INDICATOR_STRIP_TAIL.sub("", s)
    s = s.strip(" “”\"'()《》、,的")
    s = _AIM_VERB_EDGES.sub("", s)  # aimed_break: 冲刺地区生产总值破千亿元 — 冲刺 and 破 are the aim's verbs, not the name
    for a, b in P.INDICATOR_ALIASES:
        s = s.replace(a, b)
    return tidy_name(s, head)


#: listed_amount: the amounts before a list item's own ("石化新材料产值1600亿元、生物医药产值280亿元").
_LISTED_AMOUNT = re.compile(rf".*(?:{P.QUANTITY.pattern}|\d+/\d+)(?:左右|以上|以内)?[、;；]", re.IGNORECASE)  # 1/4: a share (fraction_share)


#: bracketed_aside: an aside with a year in it, "(扣除2022年灾后恢复重建专项资金支出外)", is no boundary of the indicator.
_DATED_ASIDE = re.compile(r"[(（][^()（）]{0,40}?\d{4}年[^()（）]{0,40}?[)）]")


def indicator_before(clause: str, pos: int) -> str:
    """The name of the number at ``pos`` in ``clause``: the words before it, cut at the last boundary word
    (patterns.INDICATOR_BOUNDARY; ``modal_subject`` when only a verb follows a modal), after the amount before a list
    item's own (listed_amount), and cleaned (``clean_indicator``)."""
    before = _DATED_ASIDE.sub("", clause[:pos])
    if (q := before.rfind("“")) >= 0 and "”" not in before[q:] and re.search(r"[\u4e00-\u9fff]", before[q + 1:]):
        before = before[q + 1:]  # open_quote: 确立了“地区生产总值增长6% — the quoted list starts at its indicator
    if (base := from_base(before)) and base[-1][1] == len(before):
        before = re.sub(r"(?:要|将|力争|确保|争取)$", "", before[: base[-1][0]])  # from_base: 开发区高新技术企业要从目前的22家增加到 → 开发区高新技术企业
    m = P.INDICATOR_BOUNDARY.match(before)
    if m:
        if (subject := modal_subject(before[: m.end()], clean_indicator(before[m.end():]))) is not None:
            return indicator_before(subject, len(subject))  # modal_subject: 工业总产值力争突破1200亿元 → 工业总产值
        before = before[m.end():]
    if (last := list(_AMOUNT_OR_SHARE.finditer(before))) and run_on_item(before[: last[-1].start()], before[last[-1].end():] + clause[pos:], last[-1]["unit"] or ""):
        return clean_indicator(before[last[-1].end():], head=False)  # run_on_item: 实际利用外资1亿美元规模工业应税销售占全市1/8
    if (listed := _LISTED_AMOUNT.match(before)) and (item := clean_indicator(before[listed.end():], head=False)):
        return item  # listed_amount: 生物医药产值 after 石化新材料产值1600亿元、 (上云用云企业, 中试平台 keep their heads)
    if listed and (last := list(P.QUANTITY.finditer(before))) and re.fullmatch(r"(?:左右|以上|以内)?[、,，](?:增长|增速|增幅|下降)?", before[last[-1].end():]):
        # amount_then_rate: 实现社会消费品零售总额450亿元、增长6% — the rate is of what the amount before it measures
        return clean_indicator(before[: last[-1].start()])
    return aim_then_amount(clean_indicator(before))


#: aim_then_amount: the first aim of a subject with two ("规模翻番、达到2万亿元", "总产值增长50%、达到300亿元") ends the words
#: before the second amount: what is left before it is the subject both aims measure.
_FIRST_AIM = re.compile(r"(?:(?:比|较)\d{4}年)?(?:再)?(?:翻(?:一|两|三)?番|(?:增长|增加|提高|提升)[\d.]+(?:%|倍))(?:以上|左右)?[、,，]*$")


def aim_then_amount(indicator: str) -> str:
    """aim_then_amount: "实现六大千亿级产业集群规模翻番、达到2万亿元左右" — one subject with two aims joined by 、 or a comma
    (翻番、达到X; 增长N%、达到X; 比2020年翻一番、突破X): the indicator of the second is the subject's name, not the name with the
    first aim glued to it (六大千亿级产业集群规模, not …规模翻番). A name with no aim at its end is left as it is."""
    m = _FIRST_AIM.search(indicator)
    if m is None:
        return indicator
    if m.start() == 0:
        return ""  # 比2020年翻一番、达到5000亿元 with the subject cut off before the year: no name, not the aim as one
    return clean_indicator(indicator[: m.start()], head=False)


_AMOUNT_OR_SHARE = re.compile(rf"{P.QUANTITY.pattern}|\d+/\d+", re.IGNORECASE)
#: run_on_item: the next item of a list printed with no mark between — a name, then a verb of measure and a number.
_NEXT_ITEM = re.compile(r"^(?![以的])[\u4e00-\u9fff“”\"]{2,24}?(?:(?:占|达到|达|增长|增速|突破|超过|不少于|不低于|提高到|为)"
                        r"[\u4e00-\u9fff]{0,4}?|(?<=[数量额]))(?:\d|[一二两三四五六七八九十百千](?:[个家项%分]|分之))")


def run_on_item(before: str, after: str, unit: str) -> bool:
    """run_on_item: "实际利用外资1亿美元规模工业应税销售占全市1/8", "有效发明专利数280件培育国家专精特新“小巨人”企业占全市1/3" —
    an amount of a named indicator followed straight, with no comma or 、, by the next item's name, its verb of measure (占,
    达到, 增长 …) and its number ends its own item: the words after it are not what it counts. Only with a name right before
    the amount (实际利用外资), not an ordinal (第3项), a list closed by 等 (…等9家企业增速超过100%) or a size (产值过10亿元企业);
    a count in a measure word (件, 家, 个) only after a name of a count (专利数, 企业数量): "培育5家营收超100亿元企业" counts
    the firms. The caller also wants no verb of counting before it."""
    if not re.search(r"[\u4e00-\u9fff]{2}$", before) or re.search(r"(?:第|等|过|超|超过|有|近|约|达)$", before):
        return False
    if unit and unit[-1] in P.MEASURE_WORDS and not re.search(r"(?:数|数量|总数)$", before):
        return False
    return bool(_NEXT_ITEM.match(after))
