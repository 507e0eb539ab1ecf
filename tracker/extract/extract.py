"""Propose draft target specs (docs/formats.md) from a Chinese policy text.

A pipeline of small stages over the normalised text (see text.py):

    document ─context─▶ Context (year, date, province, plan period, speakers)
             ─split──▶ paragraphs ▶ sentences ▶ clauses, each with a time signal
             ─match──▶ quantities and word targets (翻番, 全覆盖) in goal clauses
             ─build──▶ spec dicts, validated with the Target model, deduplicated

Everything the extractor inferred rather than read in the goal's own clause is
listed in ``review`` so that a person checks exactly those fields.
"""

from __future__ import annotations

import contextvars
import datetime
import functools
import logging
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pydantic

from tracker.extract import patterns as P
from tracker.extract.docdate import horizon_and_span, reviewed_heading
from tracker.extract.context import Context, compared_away, document_context, region_in
from tracker.extract.zones import listed_zone_note, printed_region, zone_superior
from tracker.extract.numbers import NUMBER, NumberError, cn_int, split_magnitude
from tracker.extract.scope import heading_region, known_places, own_zone, last_region, region_list, subject_region, unnamed_regions
from tracker.extract.gazetteer import gazetteer, parent_province, short_form
from tracker.extract.lists import respective_places, coordinated, expand_all, inherit_list_kind, merge_ranges, named_scope, scope_count, start_not_deadline, quoted_name, meeting_name, list_item_name, comparison, bare_share, headline_restates, policy_term, period_number, alternatives, growth_target_topic, set_growth_rate, bare_rate, bare_index, bare_money, money_subject, task_count, ongoing_count, amount_scope, watched_firms, ranked_parks, da_count, open_range, plan_makeup, counted_outcome, formed_count, slogan_count, named_unit, size_word, joined_threshold, amount_of_counted, described_size, included_part, listed_object, create_verb, people_task, completed_count, attained_count, become_class, sufficient_condition, sized_firm, fraction_share, money_aim, counted_threshold, restated_count, demonstrative_part, counted_rates, hastened_cover, duration_count, reached_class, from_base, mask_from_base, counted_task, bracketed_breakdown, counted_size, enacted_articles, held_stock, quoted_aims_end, deeds_count, named_sizes
from tracker.extract.classify import (AIMS_HEADING, AIMS_LEAD, AIMS_YOY, PRIOR_RISE, aims_lead_prior, aims_yoy, ended_review, opens_period_list, period_list, review_list, reviewed_whole_year, classify, continues_result, cumulative_goal, established_aims, named_after,
                                      mask_asides, planned_total)
from tracker.extract.classify import ESTIMATE, PLAN_AMOUNT, aims_lead_yoy, aimed_yoy, continues_estimate, continues_plan, plan_contents, planned_yoy
from tracker.extract.confidence import confidence
from tracker.extract.lists import funded_purpose, listed_firms, ordinal_number, treated_count, respective_rate, round_count
from tracker.extract.indicators import (aim_then_amount, clean_indicator as _clean_indicator,  # noqa: F401 (aim_then_amount: tests)
                                        indicator_before as _indicator_before, respective_names, run_on_item)
from tracker.extract.markers import dateline, ellipsis_end, list_marker
from tracker.extract.tables import Table, table_aims, table_blocks
from tracker.extract.notes import Note
from tracker.extract.text import Normalised, normalise
from tracker.model import Target
from tracker.units import UnitError, parse_unit

log = logging.getLogger(__name__)

_TARGET = pydantic.TypeAdapter(Target)


@dataclass(frozen=True)
class ExtractResult:
    """``targets``: draft specs; ``review``: what was guessed, per target id (and
    ``plan`` for the document), plus goals found but left out; ``figures``: past
    results as rows for ``actuals/``."""

    targets: list[dict]
    review: list[dict]
    figures: list[dict]
    plan: dict = field(default_factory=dict)


# --------------------------------------------------------------------------
# Time signals


@dataclass(frozen=True)
class _Deadline:
    start: int
    end: int
    year: int
    explicit: bool  # read from the text itself, not derived from a guessed document year
    label: str
    annual: bool = False
    span: int = 0  # 三年新增…: a total over this many years (multi_year_total)
    stated: bool = False  # year_opened in a text whose year was guessed: the text's own plan year, kept though behind the guess


#: bare_year: "确保2015产业聚集区实现产值占全县工业总产值的80%以上" — a year right after a word of promise (确保, 力争, 争取, 到)
#: with no 年 after it, then words: the year the clause is due, as 确保2015年 would say. A year-sized number with a unit
#: (确保2015亿元) is an amount, and is left alone (a unit character follows it, not a word of the clause).
_BARE_YEAR = re.compile(r"(?:确保|力争|争取|(?<![\u4e00-\u9fff])到)(?P<year>20\d{2})(?![\d年.万亿千百个家项元%])(?=[\u4e00-\u9fff])")


#: horizon_span: (span, horizon) of the document being read, set by extract_text (see horizon_span).
_SPANNED: contextvars.ContextVar[tuple[int, int] | None] = contextvars.ContextVar("spanned", default=None)


def horizon_span(t: str, year: int | None) -> tuple[int, int] | None:
    """horizon_span: (span, horizon) when the text's only year is its aims' horizon and it names one span ahead, the
    document's year being the span before it (docdate's span_horizon: "今后三年要把…", "三年内建设…", "到2010年…", of 2007 —
    read so or given with --year). Its spans of that length are the same aims' period, so each ends at the horizon (2010),
    whether the phrase counts the document's year (今后三年) or the year after (三年内); None for any other document."""
    if year is None or (parts := horizon_and_span(t)) is None:
        return None
    horizon, span = parts
    return (span, horizon) if horizon - span == year else None


def _deadlines(text: str, offset: int, ctx: Context) -> list[_Deadline]:
    out: list[_Deadline] = []
    taken: list[tuple[int, int]] = []
    for m in P.YEAR.finditer(text):
        y = int(m["year"])
        future = bool(m["to"] and m["to"] not in ("在", "于")) or m["end"] in ("底", "末", "前") or (ctx.year is not None and y >= ctx.year)
        if m["end"] == "全年" and ctx.year is not None and y < ctx.year:
            future = False
        if start_not_deadline(text, m.start(), m.end()):
            future = False  # 2020年起, 从2019年开始: when something starts, not when it is due
        if not m["to"] and base_year(text, m.start("year")):
            future = False  # base_year: 较2025年增长50% — the base the change is measured from, not when it is due
        if future:
            out.append(_Deadline(offset + m.start(), offset + m.end(), y, True, m[0]))
        taken.append((m.start(), m.end()))
    for m in P.FIVE_YEAR.finditer(text):
        if m[1] in P.FIVE_YEAR_END and (ctx.year is None or P.FIVE_YEAR_END[m[1]] >= ctx.year):
            out.append(_Deadline(offset + m.start(), offset + m.end(), P.FIVE_YEAR_END[m[1]], True, m[0]))
    for m in _BARE_YEAR.finditer(text):  # bare_year: 确保2015产业聚集区… — a promised year printed without 年
        if not any(a <= m.start("year") < b for a, b in taken) and (ctx.year is None or int(m["year"]) >= ctx.year):
            out.append(_Deadline(offset + m.start("year"), offset + m.end("year"), int(m["year"]), True, m["year"]))
    if ctx.year is not None:
        explicit = ctx.year_note is None or not ctx.year_note.startswith("guessed")
        now = ctx.relative_year or ctx.year  # unknown_now: 今年 is not a deadline's year in a text with no year
        spanned = _SPANNED.get()
        for m in P.RELATIVE.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if m["this"]:
                n, annual = 0, False
            elif m["next"]:
                n, annual = 1, False
            elif m["after"]:
                n, annual = 2, False
            elif m["each"]:
                n, annual = 0, True
            elif m["term"] or m["m"] and ctx.term_from_year:  # congress_term: 未来五年 at a January congress
                n = cn_int(m["term"] or m["m"])  # term_phrase: 今后五年 counts the document's year, as term_heading does
                if not 1 < n <= 10:
                    continue
                due = spanned[1] if spanned and spanned[0] == n else ctx.year + n - 1
                out.append(_Deadline(offset + m.start(), offset + m.end(), due, explicit, m[0]))
                continue
            elif m["span"] or m["uspan"]:
                n = cn_int(m["span"] or m["uspan"])
                due = spanned[1] if spanned and spanned[0] == n else ctx.year + n - 1
                out.append(_Deadline(offset + m.start(), offset + m.end(), due, explicit, m[0], False, n))
                continue
            else:
                n, annual = cn_int(m["n"] or m["m"]), False
                if not 0 < n < 30:
                    continue
                if spanned and spanned[0] == n:
                    out.append(_Deadline(offset + m.start(), offset + m.end(), spanned[1], explicit, m[0]))
                    continue
            base = ctx.year if annual else now  # 每年 counts from the document's year, 今年/明年 from now
            out.append(_Deadline(offset + m.start(), offset + m.end(), base + n, explicit, m[0], annual))
    return sorted(out, key=lambda d: d.start)


def _ahead(sentence: str, s_a: int, ctx: Context, para_deadline: _Deadline | None) -> int | None:
    """The latest deadline a sentence lies under: the paragraph's, or one of its own ("三年内，累计培育…300家",
    own_deadline for cumulative_goal), not 每年."""
    own = [d.year for d in _deadlines(sentence, s_a, ctx) if not d.annual]
    years = own + ([para_deadline.year] if para_deadline else [])
    return max(years) if years else None


def _past_years(text: str, ctx: Context) -> list[int]:
    """Positions of years before the document's year (figures)."""
    if ctx.year is None:
        return []
    out = []
    for m in P.YEAR.finditer(text):
        y = int(m["year"])
        if y < ctx.year and not (m["to"] and m["to"] not in ("在", "于")) and not re.search(r"(?:比|较|以|与|相比|对比)$", text[: m.start()]):
            out.append(m.start())
    for m in _GLUED_YEAR.finditer(text):
        if int(m[1]) < ctx.year:
            out.append(m.start())  # glued_year: 南阳2020GDP3925亿元 — a year written onto its indicator, without 年
    for m in _ENDED_TERM.finditer(text):
        if P.FIVE_YEAR_END[m[1]] < ctx.year:
            out.append(m.start())  # ended_term: 十一五期间,全县生产总值达9.7亿元 in a text of 2011 reports the term
    return sorted(out)


#: glued_year: a year written straight onto GDP, without 年 ("南阳2020GDP3925亿元").
_GLUED_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?=GDP|gdp|GNP|地区生产总值|生产总值)")
#: ended_term: a five-year period named as a span (期间, 时期, 以来) — when it ended before the document's year, a report.
_ENDED_TERM = re.compile(r"(?<![到至])[“「『]?(十[一二三四五六])五[”」』]?(?:规划)?(?:期间|时期|以来)")


# --------------------------------------------------------------------------
# Splitting


@dataclass
class _Clause:
    start: int
    end: int
    text: str
    state: str | None = None  # "goal", "past" or None
    deadline: _Deadline | None = None
    deadline_from: str = ""  # "clause", "sentence", "paragraph", "plan", "document"


def _spans(text: str, start: int, end: int, sep: re.Pattern) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in sep.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(a, b) for a, b in _spans(text, start, end, P.SENTENCE_END) if text[a:b].strip()]


# --------------------------------------------------------------------------
# Quantities in a goal clause


@dataclass
class _Found:
    kind: str  # level, growth, cagr
    amount: dict  # target form
    qualifier: str | None
    start: int  # in the clause
    end: int
    indicator: str
    flow: bool | None = None
    stretch: dict | None = None
    is_stretch: bool = False
    topic: bool = False  # growth_target_topic made it a growth goal
    skipped: str | None = None  # why it cannot be emitted
    relative: bool = False
    item: int = 0  # the n-th item of a list stated with 均 (A、B均达到45%)
    verb: str | None = None  # the count verb that named what is counted
    range_note: str | None = None  # 8%—9%: how the range was read
    net: bool = False  # net_total: 净增300户 — a net change in a count


#: described_noun: descriptions joined by 、 and closed by 的 before what is counted — "30个人口过万、产值过亿的重点特色小镇".
_DESCRIBED_NOUN = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff\d.%]{0,13}(?:、[\u4e00-\u9fff][\u4e00-\u9fff\d.%]{0,13})+的(?=[\u4e00-\u9fff])")


def described_spans(clause: str) -> list[tuple[int, int]]:
    """described_noun: the descriptions between a count and what it counts ("30个人口过万、产值过亿的重点特色小镇",
    "5个营收超百亿、税收超十亿的龙头企业") say what each counted thing is like; amounts inside them are no goals.
    Returns the (start, end) of each stretch, from after the measure word to 的."""
    out = []
    for m in P.QUANTITY.finditer(clause):
        if m["unit"] and m["unit"][-1] in P.MEASURE_WORDS and (d := _DESCRIBED_NOUN.match(clause[m.end():])):
            out.append((m.end(), m.end() + d.end()))
    return out


def _noun_after(clause: str, pos: int) -> str:
    rest = clause[pos:]
    rest = re.sub(r"^(?:左右|以上|多|余)?(?:的)?", "", rest)
    if m := _DESCRIBED_NOUN.match(rest):
        rest = rest[m.end():]  # described_noun: 人口过万、产值过亿的重点特色小镇 — the towns are counted, not 人口过万
    m = P.NOUN_STOP.search(rest)
    noun = rest[: m.start()] if m else rest
    if "的" in noun:
        noun = noun.rsplit("的", 1)[1]
    noun = re.split(r"[和与及]", noun)[0] if not re.match(r"^[\u4e00-\u9fff]{0,3}[和与及]", noun) else noun
    return re.sub(r"等$", "", noun.strip(" “”\""))  # trailing_deng: 退出500家污染企业等 — 污染企业, 等 closes the list


#: place_subject_lead: "濟源市著力打造…兩個千億元產業基地" — a place named as the subject (X市, X县, X区 …) right before an intent word
#: (着力, 要, 将, 力争 …) opens the clause as 全市 does: the count after the verb is the place's aim.
_PLACE_SUBJECT = r"[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|州|盟|旗)(?=着力|全力|大力|力争|确保|争取|将|要|重点|加快|努力|集中力量|全力以赴)"
#: annual_lead: 年度 opening the clause (年度完成总投资640亿元以上: the year's amount) leads to the count verb as 全年 does.
_LEADING_VERB = re.compile(r"^(?:即|今年|明年|全年|年度|年内|年底|年末|每年|到\d{4}年(?:底|末)?|\d{4}年|全省|全市|全县|全区|我省|我市|,|" + _PLACE_SUBJECT + r")*(?:着力|全力|大力|力争|确保|争取|将|要|重点|加快|继续|持续|努力|共|滚动|深入|扎实|全面|积极|稳步|有序|集中力量|集中精力|全力以赴)*")
#: levels_not_place: the same lead without a place as subject — "谋划实施省市区重点项目390个": 省市区 are the levels of the
#: projects (provincial, city, district), not a place whose name swallows the verb (谋划实施省市区 + 重点 read as X区 + 重点).
_LEADING_VERB_NO_PLACE = re.compile(_LEADING_VERB.pattern.replace("|" + _PLACE_SUBJECT, ""))


def listed_nouns(before: str) -> bool:
    """A clause that opens with names and no verb of its own: "冶金、化工等" before its count. listed_parks: longer names,
    joined by 、, 和 or 及, when 等 closes them — "海林、…、东宁经开区和绥芬河综合保税区、绥芬河边境经济合作区等" (the count
    after them, 7个100亿级产业园区, carries the verb 打造 of the clause before: a count of what is to be made)."""
    if re.fullmatch(r"[\u4e00-\u9fff]{1,16}(?:[、和及][\u4e00-\u9fff]{1,16})+等", before) and not P.COUNT_VERB_ANY.search(before):
        return True
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8})*等?", before)) and not P.COUNT_VERB_ANY.search(before)


def _leading_verb(before: str) -> re.Match | None:
    """A count verb opening the clause (着力打造电子信息、…6个集群)."""
    lead = _LEADING_VERB.match(before)
    m = P.COUNT_VERB_ANY.match(before, lead.end() if lead else 0)
    if m is None and (plain := _LEADING_VERB_NO_PLACE.match(before)):
        m = P.COUNT_VERB_ANY.match(before, plain.end())  # levels_not_place: 谋划实施省市区重点项目
    return m


def _qualifier(before: str, after: str) -> tuple[str | None, int]:
    """Qualifier from the words around a number; also the length of the word after it."""
    q = None
    if P.AT_MOST_BEFORE.search(before):
        q = "at_most"
    elif re.search(r"(?:约|大约|近)$", before):
        q = "about"  # 退税减税约2.5万亿元
    elif P.AT_LEAST_BEFORE.search(before):
        q = None  # at_least is the default
    n = 0
    if m := P.AFTER_QUALIFIER.match(after):
        n = len(m[0])
        q = {"以上": "at_least", "左右": "about", "上下": "about"}.get(m["q"], "at_most")
    return q, n


_PRICE_INDEX = re.compile(r"(?:居民消费价格(?:指数)?|消费价格(?:总)?指数|CPI|物价(?:总)?(?:水平)?|价格总水平)(?:上涨幅度|涨幅)?(?:控制在|保持在|控制|为|在)?$")


def cell_label(indicator: str) -> str:
    """cell_label: a row typed as "地区生产总值增速 | 6%左右" names its rate in the cell before the bar: the bar and the spaces
    around it end the label, so 增速 still says the rate is a growth."""
    return re.sub(r"[\s|｜]+$", "", indicator)


def price_index(indicator: str) -> bool:
    """price_index: a percentage said of a price index or the price level (居民消费价格指数控制在3.5%以内,
    CPI为3%左右, 物价总水平控制在3%) is how much prices rise — a growth rate, as 涨幅 says outright; so is the rise
    said in words (居民消费价格总水平上涨幅度控制在2%左右)."""
    return bool(_PRICE_INDEX.search(indicator))


def _own_quantity(between: str, rest: str) -> bool:
    """A quantity of its own between a count verb and this count (实施10个…，新建20个: the verb is the
    first one's); not an amount that only says what the counted things are like (amount_of_counted:
    实施总投资35亿元的80项工程)."""
    return any(not amount_of_counted(between[q.end():] + rest, q["unit"]) for q in P.QUANTITY.finditer(between))


#: about_rate: 约/大约/近 between a verb of growth and its rate.
_ABOUT_TAIL = re.compile(r"(?:约|大约|近)$")


#: life_years: "人均预期寿命85岁", "人均预期寿命提高到80.3岁" — years of life are a level in 岁 only after 寿命 (a few words between)
_LIFE_YEARS = re.compile(r"寿命[^,，;；。:：、]{0,6}$")


def life_years(before: str) -> bool:
    """life_years: a number in 岁 is an amount (a level to reach, 人均预期寿命85岁) only right after 寿命 and a few words
    (达到, 提高到); elsewhere an age says who is meant (16—24岁失业青年, 60岁以上老人) and is no goal."""
    return bool(_LIFE_YEARS.search(before))


def _quantities(clause: str, carry: str | None = None, sentence_before: str = "") -> list[_Found]:
    """The quantities of one clause. ``carry``: the count verb of the clause before, when this clause
    opens with a count (carried_verb: "孵化培育百万家…，十万家…，一万家…"); ``sentence_before``: the
    sentence up to the clause."""
    found: list[_Found] = []
    task_counts = {a for a, *_ in counted_task(clause)}  # counted_task reads these itself
    sized = {a: (value, unit, name) for a, _, value, unit, name in named_sizes(clause)}
    for m in P.QUANTITY.finditer(clause):
        unit_raw = m["unit"]
        if m.start() in task_counts:
            continue
        if m.start() in sized:  # named_sizes: 形成…机电装备超百亿元、民权制冷家电超200亿元的产业集群 — each named one's size
            value, unit, name = sized[m.start()]
            found.append(_Found("level", {"value": value, "unit": unit}, None, m.start(), m.end(), name, flow=True))
            continue
        before, after_all = clause[: m.start()], clause[m.end():]
        if ordinal_number(before):
            continue  # ordinal_number (lists.py): 第五次, 第二批 — which one, not how many
        if quoted_name(before, after_all) or meeting_name(before, clause[m.start():]) or list_item_name(before, after_all, m["num"]):
            continue  # 打造“三个基地”, 十一届九次全会, 冰壶、冬季两项、…: a name, not an amount
        if unit_raw == "%" and (rates := counted_rates(before)):
            try:
                rate_value, _ = split_magnitude(m["num"])
            except NumberError:
                continue
            for ind in rates:  # counted_rates: 项目开工率、年度计划投资完成率实现两个100% — one goal per indicator
                found.append(_Found("level", {"value": rate_value, "unit": "%"}, None, m.start(), m.end(), ind, flow=False))
            continue
        if unit_raw == "岁" and not life_years(before):
            continue  # life_years: 16—24岁失业青年, 60岁以上老人 — an age that says who, not an amount to reach
        if unit_raw == "所" and re.search(r"(?:集团|研究院|总院|公司)$", before):
            continue  # institute_number: 中国电子科技集团34所 — an institute's name, not a count
        if re.search(r"(?:\d|[一二两三四五六七八九十])[个家项座]$", before):
            continue  # size_class: 12个百亿元项目 — the amount says how big each is, not how much in all
        if policy_term(before, after_all, clause) or period_number(before) or enacted_articles(before, unit_raw):
            continue  # 按…50%的标准确定; 上半年2.5%的增速
        if comparison(before) or bare_share(before, after_all, clause):
            continue  # 高于全国GDP5.5%的增长目标; …亿元，占25.7%: a comparison or a composition
        if size_word(m["num"], after_all, unit_raw) or sized_firm(after_all, unit_raw):
            continue  # sized_firm: 新增20亿元企业…分别不少于1家 — the size of each firm  # 千万吨炼化一体化: the size of what is named, not an amount
        if joined_threshold(before, after_all):
            continue  # 营业收入超千亿元和市值超千亿元制造业企业: with the threshold after it, a kind of firm
        if included_part(before):
            continue  # 730家(含61家…、318家…): what the count before includes
        if amount_of_counted(after_all, unit_raw) or counted_threshold(after_all, unit_raw, before) or counted_size(before):
            continue  # 总投资35亿元的80项工程, 5000万元以上重点工业项目100个: what each counted thing is like; the count is the goal
        if demonstrative_part(before):
            continue  # 该园区建成区面积达37.6平方公里: a part's own measure, not the region's
        if any(a <= m.start() < b for a, b in from_base(clause)):
            continue  # from_base: 从目前的22家增加到30家 — 22家 is where it starts, not a goal
        if duration_count(after_all, unit_raw):
            continue  # duration_count: 3—12个月的就业见习 — months, a span of time
        become = become_class(before, after_all)  # become_class: 成为…经济总量突破3000亿元的地级市 — the subject's own level
        if described_size(after_all, unit_raw) and become is None:
            continue  # 可开发面积超100平方公里的大型产业园区: how big the park is, not a level to reach
        if plan_makeup(before, unit_raw, sentence_before) or aims_makeup(before, after_all):
            continue  # 共安排项目883个; 资金来源为公共预算530亿元: what a plan holds, not a goal
        if slogan_count(sentence_before + before, m["num"], unit_raw, after_all):
            continue  # “…,抓好六个重点,强化五个落实”的总体要求: a line of the plan's formula
        qual, qn = _qualifier(before, after_all)
        after = after_all[qn:]
        if m["approx"] and qual is None:
            qual = "at_least"
        try:
            value, big = split_magnitude(m["num"])
        except NumberError:
            continue
        if value == 0:
            continue  # 零部件: 零 is part of a word here
        if m["num"] == "一" and not m["approx"]:
            continue  # indefinite_one: 提供一个案例, 一批项目 — 一 here is "a", not a count
        if unit_raw == "%":
            if big:
                continue
            verb_before = _ABOUT_TAIL.sub("", before)  # about_rate: 增长约7.8% is a growth of about 7.8%, as 增长7.8%左右
            if P.CAGR_DECLINE.search(verb_before):
                f = _Found("cagr", {"rate": -value}, qual or "at_most", m.start(), m.end() + qn, "")
            elif P.CAGR_VERB.search(verb_before):
                f = _Found("cagr", {"rate": value}, qual, m.start(), m.end() + qn, "")
            elif P.DECLINE_VERB.search(verb_before):
                f = _Found("growth", {"rate": -value}, "about" if qual == "about" else "at_most", m.start(), m.end() + qn, "")
            elif P.GROWTH_VERB.search(verb_before):
                f = _Found("growth", {"rate": value}, qual, m.start(), m.end() + qn, "")
            elif P.STRETCH_BEFORE.search(before) and found:
                f = _Found(found[-1].kind, {"rate": value} if "rate" in found[-1].amount else {"value": value, "unit": "%"}, qual, m.start(), m.end() + qn, "", is_stretch=True)
            elif yearly := rate_of_growth(before, after_all[qn:]):  # 每年保持着20%以上的增速: a rate, said before its noun
                f = _Found(yearly, {"rate": value}, qual, m.start(), m.end() + qn, "")
            elif named := named_rate_growth(before, after_all[qn:]):  # named_rate_growth: 带来10%的技改投资增长
                f = _Found(named[0], {"rate": value}, qual, m.start(), m.end() + qn, named[1])
            else:
                ind = cell_label(_indicator_before(clause, m.start()))
                if price_index(ind):  # 居民消费价格指数控制在3.5%以内: the index's rise
                    f = _Found("growth", {"rate": value}, qual, m.start(), m.end() + qn, re.sub(r"(?:上涨幅度|涨幅)$", "", ind))
                elif re.search(r"(?:增速|增幅|涨幅|增长率|增长)$", ind):
                    f = _Found("growth", {"rate": value}, qual, m.start(), m.end() + qn, re.sub(r"(?:增速|增幅|涨幅|增长率|增长)$", "", ind))
                else:
                    f = _Found("level", {"value": value, "unit": "%"}, qual, m.start(), m.end() + qn, ind, flow=False)
        elif unit_raw == "个百分点":
            if P.PLUS_VERB.search(before):
                f = _Found("level", {"plus": value}, qual, m.start(), m.end() + qn, "", flow=False, relative=True)
            elif P.MINUS_VERB.search(before):
                f = _Found("level", {"plus": -value}, qual, m.start(), m.end() + qn, "", flow=False, relative=True)
            else:
                continue
        elif unit_raw == "倍":
            if re.search(r"(?:增长|增加)$", before) and not growth_times(clause[: m.start()]):
                f = _Found("level", {"times": value + 1}, qual, m.start(), m.end() + qn, "", relative=True)
            elif re.search(r"(?:增长|增加)$", before):  # growth_times: 增长2倍以上 on the year before is a rise of 200%
                f = _Found("growth", {"rate": value * 100}, qual, m.start(), m.end() + qn, "")
            elif re.search(r"(?:达到|达|是|为)(?:\d{4}年)?(?:的)?$", before):
                f = _Found("level", {"times": value}, qual, m.start(), m.end() + qn, "", relative=True)
            else:
                continue
        else:
            unit = big + unit_raw
            f = _Found("level", {"value": value, "unit": unit}, qual, m.start(), m.end() + qn, "")
            try:
                parse_unit(unit)
            except UnitError:
                f.skipped = Note("extract.note.unknown_unit", unit=unit)
            verb = P.COUNT_VERB.search(before)
            at_end = (bool(P.AFTER_OK.match(after)) or not after or become is not None or bracketed_breakdown(before, after)
                      or quoted_aims_end(sentence_before + before, after)
                      or ellipsis_end(after)  # ellipsis_end (markers.py): “…城镇新增就业2800人以上……” — the list cut short
                      or funded_purpose(before, after, unit)  # funded_purpose: 将投资2.4亿元建设道路 — the sum, what for after it
                      or run_on_item(before, after, unit_raw) and verb is None and _leading_verb(before) is None)
            if become is not None:
                f.indicator = become
            if P.STRETCH_BEFORE.search(before) and found and found[-1].kind == "level":
                f.is_stretch = True
            elif not at_end:
                # 打造 6 个 先进制造业集群: the noun after the number is what is counted
                completed = completed_count(before, after_all)  # 推动…等4个新建项目年内建成投产
                formed = formed_count(before)  # 形成6个以上千亿级支柱产业, 将形成4000万千瓦风电装机
                held = held_stock(before, after_all)  # held_stock: 始终保持500个以上项目库存量
                deeds = deeds_count(before, after_all)  # deeds_count: 着力办好年度15件重点民生实事
                deeds = deeds or listed_firms(before, after_all)  # listed_firms (lists.py): 2家以上企业上市 — the listing is the verb
                treated = treated_count(before, after_all)  # treated_count (lists.py): 对100家企业进行技改 — 对 stands for the verb
                deeds = deeds or (treated[0] if treated else None)
                v = verb or _leading_verb(before) or counted_outcome(before, after_all) or completed or formed or attained_count(before, after_all) or held or deeds
                if v is None and carry and (not before.strip() or listed_nouns(before)):
                    v = re.match(re.escape(carry), carry)  # carried_verb; carried_create_verb: 冶金、化工等2个…
                subject = subject_count(before, after_all, unit_raw, m["num"]) if v is None else None
                if subject:
                    v = re.match("", "")  # subject_count: 30个技改项目将带来… — the count is the subject's, no verb before it
                if v is None and coordinated(before) and found and getattr(found[-1], "verb", None):
                    v = re.match(re.escape(found[-1].verb), found[-1].verb)  # shared_verb: 建设5条…、26条产业路
                noun = subject or _noun_after(clause, m.end() + qn)
                if v is None or not noun or re.match(r"^(?:以上|以下)", after_all) and not verb and not counted_outcome(before, after_all) and not formed and not held and not deeds:
                    continue  # 5千万元以上工业企业: a threshold, not a goal
                if verb is None and v.end() < len(before) and _own_quantity(before[v.end():], clause[m.start():]) and not coordinated(before):
                    continue
                if task_count(after_all) or ongoing_count(after_all) and not completed or amount_scope(after_all) or watched_firms(v[0], after_all) or ranked_parks(v[0], after_all):
                    continue  # 抓好八个方面重点工作; 抓好6条续建高铁建设; 11个…项目投资突破2000亿元; 抓好100家重点企业; 抓好8个省级以上…产业园建设: not how many
                if scope_count(before) or restated_count(before, value, after_all) or named_scope(before, clause[m.start():]) and not listed_object(before) and not completed and not (carry and v[0] == carry and create_verb(carry)):
                    continue  # 在10个左右领域开展培训, 甲、乙等12个项目, 甲、乙、丙3个园: where or which, not how much
                prefix = _indicator_before(before, v.start()) if verb else ""
                if _LEADING_VERB.fullmatch(prefix):
                    prefix = ""  # 集中力量打造…: a manner word, no part of what is counted
                f.indicator = (prefix if len(prefix) <= 6 else "") + v[0].rstrip("了约近超过不少于低以上") + noun
                if treated and v is treated[0]:
                    f.indicator = treated[1]  # treated_count: 企业技改, not 对企业
                f.flow = bool(P.FLOW_VERBS.search(v[0])) or deeds is not None  # deeds_count: the deeds done in the year
                f.verb = v[0]
            if not f.indicator:
                f.indicator = _indicator_before(clause, m.start())
            f.net = bool(_NET_VERB.search(before)) and unit_raw[-1:] in P.MEASURE_WORDS
        if f.kind in ("growth", "cagr") and not f.indicator and not f.is_stretch:
            f.indicator = _indicator_before(clause, m.start())
            if not f.indicator:
                after2 = clause[f.end:]
                if mm := re.match(r"^的(.+?)(?:增长|增速)?(?:目标|任务)?$", after2):
                    f.indicator = _clean_indicator(mm[1])
        if f.relative and not f.indicator:
            f.indicator = _indicator_before(clause, m.start())
        found.append(f)
    found.extend(_shared_unit(clause, found))
    for a, b, value, unit in bare_money(clause):
        if not any(f.start <= a < f.end for f in found):  # bare_money: 总量超过五千亿规模
            qual, _ = _qualifier(clause[:a], clause[b:])
            found.append(_Found("level", {"value": value, "unit": unit}, qual, a, b, _indicator_before(clause, a)))
    for a, b, value in fraction_share(clause):
        if not any(f.start <= a < f.end for f in found):  # fraction_share: 规模工业应税销售占全市1/8 → 12.5%
            qual, _ = _qualifier(clause[:a], clause[b:])
            found.append(_Found("level", {"value": value, "unit": "%"}, qual, a, b, _indicator_before(clause, a), flow=False))
    for a, b, value, unit in named_unit(clause):
        if not any(f.start <= a < f.end for f in found):  # named_unit: 旅游接待人次达到1000万
            qual, _ = _qualifier(clause[:a], clause[b:])
            found.append(_Found("level", {"value": value, "unit": unit}, qual, a, b, _indicator_before(clause, a)))
    for a, b, value, unit in reached_class(clause):
        if not any(f.start <= a < f.end for f in found):  # reached_class: 总收入达到1000亿级的产业区
            found.append(_Found("level", {"value": value, "unit": unit}, None, a, b, re.sub(r"^(?:建成|建设|打造)", "", _indicator_before(clause, a))))
    for a, b, value, unit, name in money_aim(clause):
        if not any(f.start <= a < f.end for f in found):  # money_aim: 实现千亿产值目标 — a level of 产值, not a size class
            found.append(_Found("level", {"value": value, "unit": unit}, None, a, b, name, flow=True))
    for a, b, value, unit in money_subject(clause):
        if not any(f.start <= a < f.end for f in found):  # money_subject: 旅游收入突破万亿
            qual, _ = _qualifier(clause[:a], clause[b:])
            found.append(_Found("level", {"value": value, "unit": unit}, qual, a, b, _indicator_before(clause, a)))
    for a, b, value in da_count(clause):
        if not any(f.start <= a < f.end for f in found):  # da_count: 建设5大微短剧基地
            verb = clause[:a]
            found.append(_Found("level", {"value": value, "unit": "个"}, None, a, b, _clean_indicator(verb) + _noun_after(clause, b),
                                flow=bool(P.FLOW_VERBS.search(verb)), verb=verb))
    for a, b, value, unit in round_count(clause):
        if not any(f.start <= a < f.end for f in found):  # round_count: 每年实施百项工业重点项目 — 100 项
            verb = P.COUNT_VERB.search(clause[:a])
            found.append(_Found("level", {"value": value, "unit": unit}, None, a, b, _clean_indicator(verb[0]) + _noun_after(clause, b),
                                flow=bool(P.FLOW_VERBS.search(verb[0])), verb=verb[0]))
    for a, b, value, unit, noun in counted_task(clause):
        if not any(f.start <= a < f.end for f in found):  # counted_task: 年底完成…39条生产线、1390台(套)设备落后产能淘汰任务
            found.append(_Found("level", {"value": value, "unit": unit}, None, a, b, noun, flow=True, verb="完成"))
    for a, b, value, unit, noun in people_task(clause):
        if not any(f.start <= a < f.end for f in found):  # people_task: 完成10.08万建档立卡贫困人口脱贫任务
            found.append(_Found("level", {"value": value, "unit": unit}, None, a, b, noun, flow=True, verb="完成"))
    for a, b, ind, value, qual in bare_rate(clause):
        if not any(f.start <= a < f.end for f in found):  # bare_rate: 利用率保持在95以上
            found.append(_Found("level", {"value": value, "unit": "%"}, qual, a, b, _clean_indicator(ind), flow=False))
    for a, b, ind, value, qual in bare_index(clause):
        if not any(f.start <= a < f.end for f in found):  # bare_index: 质量竞争力指数提高至92以上
            found.append(_Found("level", {"value": value, "unit": "点"}, qual, a, b, _clean_indicator(ind), flow=False))
    for m in P.WORD_TARGETS.finditer(clause):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        if quoted_name(clause[: m.start()], clause[m.end():]):
            continue  # 研发活动“全覆盖两提升”行动: a word target inside quotation marks is part of a name
        if m["double"]:
            n = m["times"]
            times = 2 ** (cn_int(n) if n else 1)
            f = _Found("level", {"times": float(times)}, None, m.start(), m.end(), _indicator_before(clause, m.start()), relative=True)
        elif m["cover"] and hastened_cover(clause[: m.start()]):
            continue  # 加快规上企业全覆盖: a direction, not a level to reach
        elif m["cover"]:
            ind = _indicator_before(clause, m.start())
            f = _Found("level", {"value": 100.0, "unit": "%"}, None, m.start(), m.end(), (ind + "覆盖率") if ind else "", flow=False)
        else:
            f = _Found("growth", {"rate": 10.0}, None, m.start(), m.end(), _indicator_before(clause, m.start()))
        found.append(f)
    described = described_spans(clause)  # described_noun: 5个营收超百亿、税收超十亿的龙头企业 — what the firms are like
    found = [f for f in found if not any(a <= f.start < b for a, b in described)]
    found.sort(key=lambda f: f.start)
    found = inherit_list_kind(clause, found)
    found = merge_ranges(clause, found)
    found = open_range(clause, found)
    found = expand_all(clause, found)
    found = alternatives(clause, found)
    # Stretch pairs: 超过3500亿元、力争4500亿元
    out: list[_Found] = []
    for f in found:
        if f.is_stretch and out and out[-1].kind == f.kind and out[-1].stretch is None:
            prev = out[-1]
            if set(prev.amount) == set(f.amount):
                prev.stretch = f.amount
                prev.end = f.end
                continue
        f.is_stretch = False
        out.append(f)
    return out


# --------------------------------------------------------------------------
# Classifying clauses


_BARE_LIST = re.compile(rf"(?P<items>(?:(?:{NUMBER})(?:、|和|及))+)(?P<last>{NUMBER})(?:多|余)?(?P<unit>{P.UNIT})")
_UNIT_MAGNITUDE = re.compile(r"^(?:万亿|亿|千万|百万|万|千|百)")


def _shared_unit(clause: str, found: list[_Found]) -> list[_Found]:
    """shared_unit: "产业规模分别达1.28万亿、1.18万亿、8200亿元": the earlier numbers of a list take the
    unit of the last (with their own 万亿/亿), so each item is a goal of its own."""
    out = []
    for m in _BARE_LIST.finditer(clause):
        base = _UNIT_MAGNITUDE.sub("", m["unit"])
        if base in ("%", "个百分点", "倍") or not base:
            continue
        pos = m.start("items")
        for item in re.finditer(rf"({NUMBER})(?:、|和|及)", m["items"]):
            a, b = pos + item.start(1), pos + item.end(1)
            if any(f.start <= a < f.end for f in found):
                continue
            if re.search(r"(?:\d|[一二两三四五六七八九十])[个家项座](?:超|过)?$", clause[:a]):
                continue  # size_class: 3个超五百亿、3个超百亿的产业集群 — how big each is, not an amount with the list's unit
            try:
                value, big = split_magnitude(item[1])
            except NumberError:
                continue
            if value == 0:
                continue
            unit = big + base
            try:
                parse_unit(unit)
            except UnitError:
                continue
            out.append(_Found("level", {"value": value, "unit": unit}, None, a, b, _indicator_before(clause, m.start())))
    return out


_STRETCH_OPENS = re.compile(rf"^(?:力争|争取|努力)(?:达到|达|实现|突破|超过)?{NUMBER}")
_NUMBER_ENDS = re.compile(rf"{NUMBER}(?:多|余)?{P.UNIT}(?:以上|左右|以内)?[”\"']?$")


def _stretch_clauses(clauses: list[_Clause], sentence: str, s_start: int) -> list[_Clause]:
    """stretch_clause: "为7%以上，力争达到8%" — a clause that opens with 力争 and a number right after a
    clause that ends with one states that goal's stretch: the two are read as one clause."""
    out: list[_Clause] = []
    for c in clauses:
        if out and _STRETCH_OPENS.match(c.text) and _NUMBER_ENDS.search(out[-1].text.rstrip()):
            a = out[-1].start
            out[-1] = _Clause(a, c.end, sentence[a - s_start: c.end - s_start])
            continue
        out.append(c)
    return out


#: net_total: a net change in a count — 净增300户规模以上工业企业.
_NET_VERB = re.compile(r"(?:^|[^\u4e00-\u9fff]|力争|确保|将|要)净增(?:加)?$|^净增")


def net_total(due: int, year: int | None) -> int | None:
    """net_total: "到2025年,…每年新增1个千亿级产业…,净增300户规模以上工业企业" in a plan of 2024 — a net increase in a count
    (净增) is a total over the plan: it takes the sentence's term (到2025年), not the 每年 of the clause before it, and when
    that term ends after the document's year it is a level to reach from the stock at the end of the year before the
    document's (plus 300 on 2023), as multi_year_total reads 三年新增100家. In a plan for its own year ("今年净增规上工业企业
    100户") it stays the year's count. Returns the base year, or None."""
    if year is None or due <= year:
        return None
    return year - 1


def item_year(d: _Deadline, c: _Clause) -> bool:
    """item_year: "“十三五”期间大冶将力争实现三大目标:今年在全省率先建成小康社会、主要经济指标再翻一番、进入全国百强第二方阵" —
    a relative year (今年, 明年) inside one item of a 、-list whose item holds no number dates that item only; the clause's
    numbers in the other items keep the deadline the sentence set before it (十三五: 2020)."""
    if not re.fullmatch(r"今年|明年|年内", d.label) or "、" not in c.text:
        return False
    at = d.start - c.start
    a = c.text.rfind("、", 0, at) + 1
    b = c.text.find("、", at)
    item = c.text[a: b if b >= 0 else len(c.text)]
    return not re.search(r"\d|[一二两三四五六七八九十百千万]+(?:个|家|项|倍|番)", item)


def _classify(sentence: str, s_start: int, ctx: Context, para_deadline: _Deadline | None, section_past: bool,
              aims: bool = False) -> list[_Clause]:
    clauses = [_Clause(a, b, sentence[a - s_start: b - s_start]) for a, b in _spans(sentence, 0, len(sentence), P.CLAUSE_END) for a, b in [(a + s_start, b + s_start)]]
    clauses = _stretch_clauses(clauses, sentence, s_start)
    deadlines = _deadlines(sentence, s_start, ctx)
    state: str | None = None
    last_deadline: _Deadline | None = None
    established = established_aims(sentence)
    named = named_after(sentence)  # named_after: “…增长12%以上……”…定下的2021年主要预期目标 — read back to the quotation
    established = established + [(x, y) for x, y, _, _ in named]
    inherited: list[_Clause] = []  # clauses with no signal of their own, which took the state of the clause before
    for c in clauses:
        own = [d for d in deadlines if c.start <= d.start < c.end]
        if own and last_deadline is not None and not last_deadline.annual and all(item_year(d, c) for d in own):
            own = []  # item_year: 今年 dates its own item of a 、-list only (今年…建成小康社会、主要经济指标再翻一番 under 十三五)
        in_aims = any(x <= c.start - s_start < y for x, y in established)  # established_aims: 确立了“…”的目标 — its 了 reports no result
        masked = mask_from_base(mask_asides(c.text))  # from_base: 从目前的22家… — 目前 is the base, not a report
        for x, y, _, _ in named:  # named_after: “…2800人以上……”1月26日,… — the words after the quotation date the telling, not the aim
            if x <= c.start - s_start < y < c.end - s_start:
                masked = masked[: y - (c.start - s_start)]
        past_years = _past_years(masked, ctx)  # bracketed_aside: (扣除2022年…支出外) dates nothing
        past_period = P.PAST_PERIOD.search(masked)
        goal_marker = P.GOAL_MARKERS.search(c.text) or _HOLD_LEVEL.match(c.text)
        past_marker = P.PAST_MARKERS.search(PRIOR_RISE.sub(lambda m: "　" * len(m[0]), AIMS_YOY.sub(lambda m: "　" * len(m[0]), masked)) if aims else masked)
        if own:
            whole = planned_whole_year(own[-1], last_deadline or para_deadline)  # 2023年,…将…;…力争全年…: 2023's whole
            origin = "clause" if whole is own[-1] else "sentence" if last_deadline is not None else "paragraph"
            c.state, last_deadline = "goal", whole
            c.deadline, c.deadline_from = whole, origin
            # 2022年产业营收达到1117亿元，今年…: a past year after the deadline wins
            if past_years and min(past_years) > own[-1].end - c.start:
                c.state = "past"
        elif past_period and not past_years and quarter_aim(c.text, sentence, state):
            c.state = "period"  # quarter_aim: 其中一季度为5%左右 — an aim for part of the year, not a result, and no goal of the year
        elif past_years or past_period:
            c.state = "past"
        elif in_aims:
            c.state = "goal"
        elif goal_marker and not (past_marker and past_marker.start() < goal_marker.start()):
            c.state = "goal"
        elif past_marker:
            c.state = "past"
        else:
            c.state = state
            inherited.append(c)
        if c.state == "goal" and c.deadline is None:
            if last_deadline is not None and last_deadline.annual and _NET_VERB.match(c.text) and (
                    term := next((d for d in reversed(deadlines) if not d.annual and d.start < c.start), None)):
                c.deadline, c.deadline_from = term, "sentence"  # net_total: 每年新增…,净增300户… under 到2025年
            elif last_deadline is not None and last_deadline.annual and yearly_ends(c.text, para_deadline, ctx.year):
                c.deadline, c.deadline_from = para_deadline, "paragraph"  # yearly_ends: 每年…300亿元,形成…4000户 under 到2025年
            elif last_deadline is not None and last_deadline.annual and yearly_ends(
                    c.text, term := next((d for d in reversed(deadlines) if not d.annual and d.start < c.start), None), ctx.year):
                c.deadline, c.deadline_from = term, "sentence"  # yearly_ends: 到2027年,每年新建千个…,累计完成投资… in one sentence
            elif last_deadline is not None:
                c.deadline, c.deadline_from = last_deadline, "sentence"
        state = c.state
        if c.state == "period" and P.QUANTITY.search(c.text):
            state = "goal"  # the quarter's own number closes it: 一二三产增加值分别增长… after it is the year's again
    for c in inherited:
        if c.state == "past" and (later := aimed_ahead(c, clauses)) is not None:
            c.state, c.deadline, c.deadline_from = "goal", later, "sentence"
    for x, y, u, v in named:  # named_after: the quotation's aims are due at the year its closing words name
        named_due = next((d for d in deadlines if u <= d.start - s_start < v), None)
        for c in clauses:
            if named_due is not None and x <= c.start - s_start < y and c.state == "goal" and c.deadline is None:
                c.deadline, c.deadline_from = named_due, "sentence"
    planned = False
    for c in clauses:  # planned_ahead: 计划新建…企业5个,尾矿…项目6个,确保2015年… — due at the later clause's year
        if c.state is None and any(c is x for x in inherited) and (planned or planned_opener(c.text)) and (later := _later_own(c, clauses)) is not None:
            c.state, c.deadline, c.deadline_from, planned = "goal", later, "sentence", True
        else:
            planned = False
    if state is None and section_past:
        for c in clauses:
            c.state = c.state or "past"
    if (opened := year_opened(sentence)) is not None and not any(d.start == s_start for d in deadlines):
        for c in clauses:  # year_opened: "2022年,太和将…:…,力争…达到92家" — the sentence's own year, not the paragraph's 2026
            if c.state == "goal" and c.deadline is None:
                guessed = (ctx.year_note or "").startswith("guessed")
                c.deadline, c.deadline_from = _Deadline(s_start, s_start + 5, opened, True, f"{opened}年", stated=guessed), "sentence"
    # a clause with no signal of its own inherits from the paragraph's deadline
    for c in clauses:
        if c.state is None and para_deadline is not None:
            c.state, c.deadline, c.deadline_from = "goal", para_deadline, "paragraph"
        if c.state == "goal" and c.deadline is None:
            if para_deadline is not None:
                c.deadline, c.deadline_from = para_deadline, "paragraph"
            elif ctx.plan_period and (ctx.year is None or ctx.plan_period[1] >= ctx.year):
                c.deadline = _Deadline(c.start, c.start, ctx.plan_period[1], False, Note("extract.note.deadline_plan_period", start=ctx.plan_period[0], end=ctx.plan_period[1]))
                c.deadline_from = "plan"
            elif ctx.year is not None:
                c.deadline = _Deadline(c.start, c.start, ctx.year, False, Note("extract.note.deadline_document"))
                c.deadline_from = "document"
    return clauses


#: growth_times: "工业投资超450亿元、增长2倍以上" — 增长/增加 N倍 with no base year of its own (比2020年, 较2015年末) is a rise on
#: the year before of N×100% (增长2倍: the base plus two times it), a growth as 增长25% beside it is; against a stated base year
#: it stays a level of N+1 times that base's.
_BASE_YEAR = re.compile(r"[比较](?:19|20)\d{2}年(?:底|末)?(?:的?水平)?")


def growth_times(before: str) -> bool:
    """growth_times: whether 增长/增加 N倍 at the end of ``before`` (the clause up to the number) is a yearly rise, having
    no base year of its own."""
    return _BASE_YEAR.search(before) is None


#: plan_size_rise: "年度计划投资规模为550亿元、增长10.0%" — a rise right after a plan's size (计划…规模 and its amount) is the plan's
#: rise on last year's plan, not an aim for the figure itself; the size is the aim. Not 计划增长5% (a planned rise) nor
#: 计划实现…24亿元,同比分别增长20% (no 规模: the rise planned for the figure).
_PLAN_SIZE = re.compile(r"计划[^,，;；。]{0,6}?规模(?:为|达到|达|是)?[^,，;；。、]{0,4}?[\d.]+[万亿千百]*元?[、,，]?(?:同比|比上年|较上年)?(?:增长|增加|提高)$")


def plan_size_rise(f: "_Found", clause: str) -> bool:
    """plan_size_rise: whether the growth ``f`` of ``clause`` follows a plan's size (_PLAN_SIZE) right before it."""
    return f.kind == "growth" and _PLAN_SIZE.search(clause[: f.start]) is not None


def yearly_ends(clause: str, para_deadline: _Deadline | None, year: int | None) -> bool:
    """yearly_ends: "每年引导金融机构…提供信贷融资300亿元,形成…中小企业4000户左右,力争规模以上工业企业总数达到2.5万户左右" — 每年
    is the yearly amount's own: a later clause of the sentence that does not say 每年 (年均, 逐年) again is due at the
    paragraph's deadline ahead (到2025年), when there is one, not every year."""
    return (para_deadline is not None and para_deadline.explicit and not para_deadline.annual and year is not None
            and para_deadline.year > year and not re.search(r"每年|年均|逐年|每年度", clause))


_TERM = re.compile(r"十[一二三四五六]五")


def term_change(deadline: _Deadline | None, year: int | None) -> str | None:
    """term_change: "平谷…将作为“十三五”期间的重中之重,目标为PM2.5下降15%以上" — a rate of growth or decline (not 年均) whose deadline
    is a five-year term's (十三五, due 2020) and lies more than a year ahead is the change over the whole term, against the year
    before it starts: no one year's growth, which is what a growth draft says. Left out with a note to set it by hand.
    Returns the term's words."""
    if deadline is None or year is None or deadline.year <= year + 1:
        return None
    m = _TERM.search(str(deadline.label))
    return m[0] if m else None


def base_year(text: str, at: int) -> bool:
    """base_year: a year right after 较 or 比 ("规上工业总产值较2025年增长50%", "比2020年翻一番") is the base a change is
    measured from, never a deadline: the clause is due at the sentence's own deadline (到2030年)."""
    return text[at - 1:at] in ("较", "比")


_YEARLY = re.compile(r"年均|每年|年平均|平均每年|逐年")


def span_change(deadline: _Deadline | None, year: int | None, head: str) -> str | None:
    """span_change: "到2027年，…规上工业单位增加值能耗下降5%" and "到2030年，…规上工业总产值较2025年增长50%" in texts of 2025 — a
    rate of growth or decline (not 年均, 每年) due more than a year after the document's year is the change over the years to
    the deadline, against a base the text may not name: no one year's growth, which is what a growth draft says (the
    corpus's gold marks such changes not expressible). Left out with a note, as term_change is. Returns the span's words."""
    if deadline is None or year is None or deadline.annual or deadline.year <= year + 1 or _YEARLY.search(head):
        return None
    based = re.search(r"[较比]((?:19|20)\d{2})年", head)
    return f"{based[1] if based else year}—{deadline.year}"


_BASED = re.compile(r"[较比](?P<year>20\d{2})年(?:末|底)?(?:的水平)?累计(?:下降|降低|减少|增长|提高|上升)(?:了)?$")


def based_change(head: str, due: int) -> str | None:
    """based_change: "到2015年,万元工业增加值能耗较2012年累计下降10%" — a rate said 累计 against a base year before the year
    ahead of the due year is the change over those years, not one year's growth: left out with a note, as term_change is
    (base_cumulative in classify reads the same words as no result). Without 累计 ("较2024年下降10%" by 2027) span_change
    reads it when the deadline lies more than a year ahead. Returns the years' words."""
    m = _BASED.search(head)
    return f"{m['year']}—{due}" if m and int(m["year"]) < due - 1 else None


_SUMMED = re.compile(r"累计(?:完成)?(?:[\u4e00-\u9fff]{0,6}?)(?:投资|投入|融资|完成投资)(?:额)?(?:在|达到|达|超过|超|突破)?$")


def summed_years(head: str, amount: dict, deadline: _Deadline, year: int | None) -> bool:
    """summed_years: "到“十四五”末,…工业累计投资在2600亿元以上" — money invested (投资, 投入, 融资) said to be 累计, by a deadline more
    than a year ahead, is the sum over the years to it: no level at one date, which is what a draft says. Left out with a
    note. A deadline that is a five-year term's end (到“十四五”末) is such a span though the document's year was guessed
    as that year. A count 累计 (累计建成…集群30个) is a level to reach and stays (cumulative_goal)."""
    unit = amount.get("unit") or ""
    span = year is not None and deadline.year > year + 1 or bool(_TERM.search(str(deadline.label)))
    return span and unit.endswith("元") and bool(_SUMMED.search(head))


_INCREASE = re.compile(r"(?:增长|增加)(?:将|要)?(?:不超过|不超|不少于|超过|约|近)?$")


def increase_amount(head: str) -> bool:
    """increase_amount: "全年常住人口增长将不超3.8万人", "城乡居民收入增加2000元" — an amount with its unit right after 增长/增加 is
    how much more there is to be, not how much: no level (增加到500家, 新增 and 增加值 are not this). ``head``: the clause up
    to the amount."""
    return bool(_INCREASE.search(head))


#: continued_paragraph: a paragraph that opens with 此外/另外/与此同时/同时 and a comma.
_CONTINUED = re.compile(r"^(?:此外|另外|与此同时|同时)[,，]"
                        # aims_pursued: 为实现(上述|这些)(发展)目标, — how the aims of the paragraph before are to be reached
                        r"|^为(?:实现|完成|确保(?:实现|完成)?)(?:上述|以上|这些|各项|今年|明年|全年)?(?:发展|主要|预期)?目标(?:任务)?[,，]")


def continued_paragraph(para: str) -> bool:
    """continued_paragraph: "此外,安徽积极开展…,形成…“专精特新”中小企业4000户左右,力争规模以上工业企业总数达到2.5万户左右" —
    a paragraph that opens with 此外 (另外, 同时) and names no deadline of its own goes on with the plan of the paragraph
    before: its undated aims are due at the deadline ahead that paragraph named in a clause (力争到2025年), not at the
    document's year. 每年 in it is still every year's. aims_pursued: "为实现发展目标,郧阳区将…,力争全年实现规上工业总产值570亿元"
    opens with how the aims before are to be reached, and goes on with their plan as 此外 does."""
    return bool(_CONTINUED.match(para))


def planned_whole_year(own: _Deadline, planned: _Deadline | None) -> _Deadline:
    """planned_whole_year: "会议提出,2023年,郧阳区将…增长15%以上。为实现发展目标,…力争全年实现规上工业总产值570亿元" in a
    text of December 2022 — 全年 (年内) is the whole of the year being planned: when the sentence or the paragraph (or the
    paragraph it goes on from) has named a plan for the year after the one 全年 would count from, 全年 is that year (2023),
    not the document's. Only a year named bare (2023年, 在2023年) plans that year; 到2025年, 2025年底 are horizons, and
    三年内 or 每年 plan no single year: 全年 under them stays the document's. 今年 keeps the document's year (it says "this
    year" outright)."""
    if (planned is None or own.label not in ("全年", "年内") or planned.annual or planned.span
            or planned.year != own.year + 1 or planned.start >= own.start
            or not re.fullmatch(r"(?:在|于)?(?:19|20)\d{2}\s*年", str(planned.label))):
        return own
    return _Deadline(own.start, own.end, planned.year, planned.explicit, planned.label, stated=planned.stated)


#: year_opened: a sentence that opens with a year and then its subject's promise (2022年,太和将…).
_YEAR_OPENED = re.compile(r"^(?P<year>20\d{2})年[,，]?[\u4e00-\u9fff]{0,8}?(?:将|要|力争|计划|拟)")


def year_opened(sentence: str) -> int | None:
    """year_opened: "2022年,太和将紧紧扭住…:着力推进…,力争高新技术企业总数达到92家" — a sentence that opens with a year and
    its subject's promise (将, 要, 力争, 计划) speaks of that year: a goal clause of it with no deadline of its own is due then,
    not at a later deadline an earlier sentence of the paragraph named (到2026年). Where the document's year was read, such a
    year is a deadline already (``_deadlines``); where it was guessed (today's year), the text's own plan year stands
    against the guess and its goals are drafted at it (the guessed year's cut in confidence says to check it). Where a read
    year puts it behind, its goals are not drafted. Returns the year."""
    m = _YEAR_OPENED.match(sentence.strip())
    return int(m["year"]) if m else None


# --------------------------------------------------------------------------
# The composer


_AIMED_OPENER = re.compile(r"^(?:加快|努力|力争|着力|全力|奋力|争取)(?:推进|推动)?(?:建设|打造|培育|形成|建成)")


def aimed_ahead(c: _Clause, clauses: list[_Clause]) -> _Deadline | None:
    """aimed_ahead: "今年以来,永城市…积极开展…招商,加快建设两个千亿级化工、新材料产业集群,努力推动永城成为“十四五”期间全省首个
    千亿元以上县(市)" — a clause that only inherited the report of 今年以来 but opens with an aim to create (加快建设, 努力打造,
    力争建成 …) is an aim when a later clause of the sentence names a deadline of its own: due then. Returns that deadline."""
    if not _AIMED_OPENER.match(c.text.strip()):
        return None
    return next((d.deadline for d in clauses if d.start > c.start and d.state == "goal" and d.deadline_from == "clause" and d.deadline is not None), None)


_PLANNED_OPENER = re.compile(r"^(?:共|全年|今年|年内)?计划")


def planned_opener(clause: str) -> bool:
    """planned_ahead: "计划新建循环经济示范企业5个,尾矿综合利用类项目6个,确保2015年资源循环利用率达60%以上" — a clause with no
    signal of its own that opens with 计划 and a count verb (计划新建, 计划实施), and the bare clauses right after it, are
    aims due at the deadline a later clause of the same sentence names (2015), as aimed_ahead reads 加快建设…."""
    m = _PLANNED_OPENER.match(clause.strip())
    return bool(m) and bool(P.COUNT_VERB_ANY.match(clause.strip(), m.end()))


def _later_own(c: _Clause, clauses: list[_Clause]) -> _Deadline | None:
    return next((d.deadline for d in clauses if d.start > c.start and d.state == "goal" and d.deadline_from == "clause" and d.deadline is not None), None)


def _slug(document: str | None, text: str) -> str:
    if document:
        stem = Path(document).stem.lower()
        slug = re.sub(r"[^a-z0-9]+", "-", stem).strip("-")[:12].strip("-")
        if len(slug) >= 3:
            return slug
    return f"goal-{zlib.crc32(text.encode('utf-8')) & 0xFFFFFF:06x}"


#: indicator_core: the words an indicator may be said with or without — 规上/规模以上 ahead, 总 in 总产值.
_CORE_DROP = re.compile(r"^(?:规上|规模以上)|总(?=产值|收入|额)")


def _similar(a: str, b: str) -> bool:
    if not a or not b:
        return a == b
    a, b = _CORE_DROP.sub("", a), _CORE_DROP.sub("", b)  # indicator_core: 规上工业产值 ≈ 工业总产值
    if a in b or b in a:
        return True
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    if re.search(r"(?:率|比重|占比)$", a):
        return False  # rate_of_whom: 花生种植、收获机械化率 and 农作物耕种收综合机械化率 are two rates (one is not in the other)
    return n >= 3


def _base_period(due: int, ctx: Context, sentence: str) -> tuple[str, str]:
    if m := re.search(r"(?:比|较|以|在)(\d{4})年(?:的?基础上)?", sentence):
        y = int(m[1])
        if y < due:
            return str(y), Note("extract.note.base_in_sentence", year=y)
    if ctx.plan_period and ctx.plan_period[1] == due:
        y = ctx.plan_period[0] - 1
        return str(y), Note("extract.note.base_plan_period", year=y, start=ctx.plan_period[0], end=ctx.plan_period[1])
    for name, end in P.FIVE_YEAR_END.items():
        if end == due and name in sentence:
            return str(end - 5), Note("extract.note.base_five_year", year=end - 5)
    y = (ctx.year - 1) if ctx.year and ctx.year <= due else due - 1
    return str(y), Note("extract.note.base_document", year=y)


def extract_text(text: str, *, year: int | None = None, region: str | None = None, document: str | None = None,
                 min_confidence: float = 0.0, today: datetime.date | None = None) -> ExtractResult:
    """Draft target specs for every quantitative goal in ``text``."""
    norm = normalise(text)
    ctx = document_context(norm.text, year, region, (today or datetime.date.today()).year)
    token = _SPANNED.set(horizon_span(norm.text, ctx.year))
    try:
        return _extract(norm, ctx, document, min_confidence)
    finally:
        _SPANNED.reset(token)


def _extract(norm: Normalised, ctx: Context, document: str | None, min_confidence: float) -> ExtractResult:
    t = norm.text
    slug = _slug(document, norm.original)
    drafts: list[tuple[dict, dict, str]] = []  # spec, guesses, key for dedupe
    skipped: list[dict] = []
    figures: list[dict] = []

    places = known_places(t)
    ctx.places = places
    horizon = sole_horizon(t, ctx.year)
    year_guessed = (ctx.year_note or "").startswith("guessed")
    headings: set[str] = set()
    speaker_region: str | None = None
    section_region: str | None = None
    section_past = False
    section_deadline: _Deadline | None = None
    aims_section = False  # under a heading of aims (一、行动目标): 同比增长 there is a target's wording
    previous_deadline: _Deadline | None = None  # the paragraph before's own deadline ahead (continued_paragraph)
    tables = [tb for tb in table_blocks(t, ctx.year) if tb.aims]  # table_rows (tables.py): tables with a target column
    para_start = 0
    for para_end in [m.start() for m in re.finditer("\n", t)] + [len(t)]:
        a, b = para_start, para_end
        para_start = para_end + 1
        para = t[a:b].strip()
        if not para:
            continue
        if tables and (tb := next((x for x in tables if x.start <= a <= x.end), None)):
            if a == tb.start:  # table_rows: its rows are read as a table, not as sentences
                _table_drafts(tb, norm, ctx, speaker_region, section_region, drafts, skipped, figures, section_past)
            continue
        para = bracket_heading(para) or para  # 【经济社会发展主要预期目标建议】+ ~/ k6: the heading, without the noise
        if (m := P.SPEAKER_LINE.match(t[a:b])) and heading_region(para, places) is None:
            name = m[1]
            if P.REPORTER.search(name) or name not in ctx.speakers and len(para) < 8:
                speaker_region = None
            speaker_region = ctx.speakers.get(name, speaker_region if name not in ctx.speakers else None)
            if P.REPORTER.search(t[a:b][:20]):
                speaker_region = None
        elif P.REPORTER.search(para[:12]) and (para.endswith("?") or "记者:" in para[:12]):
            speaker_region = None
        national = ctx.scope == "全国" and "national body" in (ctx.scope_note or "")
        own = (ctx.county if ctx.county_voice else ctx.city if ctx.city_voice else None) or ctx.scope
        zone_scope = ctx.zone if ctx.zone and ctx.scope == ctx.zone else None  # zone_superior (zones.py): its city acts, no section
        if (r := heading_region(para, places) or (None if national else subject_region(para, places))) and not own_zone(r, own) and not zone_superior(r, zone_scope):
            section_region = r  # 长沙：… is a place, not a speaker; in a national circular a province
            # named as a subject (西藏自治区人民政府要…) is an actor, not the scope of what follows
        if REVIEW_OPENER.match(para):
            section_past, section_deadline = True, None  # review_opener: 刚刚过去的2025年…, 五年来…
        para_past = past_opener(para, ctx.year)  # 据介绍，2023年东莞全市…: this paragraph reports
        opener: _Deadline | None = None
        if not REVIEW_OPENER.match(para) and (planned := plan_opener(para, ctx.year, ctx.relative_year) or year_aims_lead(para, ctx.year)) is not None:
            section_past = False  # plan_opener: 2024年，市工信局将围绕… ends a review the paragraph before opened
            opener = _Deadline(a, a, planned, True, Note("extract.note.deadline_opener", words=para[:5]))
        elif section_past and span_opener(para):
            section_past = False  # span_opener: 未来五年,同安区将… ends the review 过去一年 opened; its span sets the deadline
        term_open = None if REVIEW_OPENER.match(para) else term_aims_opener(para, ctx.year)
        if term_open is not None and opener is None:  # term_aims_opener: 未来五年,…。…主要目标是,… (span_opener ended the review)
            opener = _Deadline(a, a, term_open, True, Note("extract.note.deadline_opener", words=para[:4]))
        if not dateline(para) and len(para) <= 30 and (not re.search(r"[。!?]$", para) and not P.QUANTITY.search(re.sub(r"\([^)]*\)", "", para)) or task_lead(para)):
            aims_section = False
            # heading_count: a heading's count of its own parts, "三、2026年重点工作(十个方面)", is no quantity
            if (term := term_heading(para, ctx.year)) is not None:
                section_past = False  # term_heading: 今后五年的重点目标 → the term's last year
                section_deadline = _Deadline(a, a, term, True, Note("extract.note.deadline_section", heading=para))
            elif (five := re.search(r"十([三四五六])五", para)) and not re.search(r"回顾|20\d{2}年", para) and re.search(r"目标|任务|规划|指标", para):
                end = P.FIVE_YEAR_END["十" + five[1]]  # five_year_heading: “十五五”时期主要目标 → 2030
                section_past = bool(ctx.year and end < ctx.year)
                section_deadline = None if section_past else _Deadline(a, a, end, True, Note("extract.note.deadline_section", heading=para))
            elif ys := [int(y) for y in re.findall(r"(20\d{2})年", para)]:
                section_past = bool(ctx.year and max(ys) < ctx.year) or reviewed_heading(para)  # 2024年目标任务完成情况
                section_deadline = None
                if not section_past and ctx.year and re.search(r"安排|目标|任务|重点|要点|部署|计划|要求|主要工作", para):
                    section_deadline = _Deadline(a, a, max(ys), True, Note("extract.note.deadline_section", heading=para))
                    aims_section = bool(AIMS_HEADING.search(para) or re.search(r"目标任务", para))  # year_aims_heading: 富源县2023年主要预期目标
            elif "回顾" in para or "过去" in para:
                section_past, section_deadline = True, None
            elif re.search(r"工作安排|工作要点|工作部署|预期目标|主要目标|总体目标|发展目标|工作目标|行动目标|目标任务|重点任务|重点工作", para) and ctx.year:
                section_past = False
                aims_section = bool(AIMS_HEADING.search(para))  # aims_section: 一、行动目标 — what follows are aims
                # aims_section: a plan's 主要目标/总体目标/发展目标/工作目标 heading is due at its horizon (到2027年), not
                # the document's year
                due = ctx.horizon if ctx.horizon and re.search(r"主要目标|总体目标|发展目标|工作目标|行动目标", para) and "预期" not in para else ctx.year
                section_deadline = _Deadline(a, a, due, True, Note("extract.note.deadline_section", heading=para))
        if len(para) <= 40 and not re.search(r"[。!?;；！？]", para.rstrip("!！")):
            # a title or heading line; exclaimed_headline: "今年,万州完成…630亿元,增速25%!" is a title too
            headings.add(norm.original_span(a, b).strip().rstrip("!！"))
        para_deadline: _Deadline | None = opener or section_deadline
        if para_deadline is None and continued_paragraph(para) and previous_deadline is not None and not section_past:
            para_deadline = previous_deadline  # continued_paragraph: 此外,…形成…4000户左右 goes on with the paragraph before's 到2025年
        previous_deadline = None
        task = task_paragraph(para, ctx.year)  # task_paragraph: 启动…建设,实施…。开展…,完成108公里… — what is to be done
        previous_class: str | None = None
        para_intent = False  # an earlier sentence of the paragraph says what is intended (将, 着力 …)
        previous_result = False
        previous_plan = False  # the sentence before describes a plan's contents (plan_contents)
        previous_estimate = False  # the sentence before, ended by ；, is an estimate (continues_estimate)
        previous_ended = False  # the sentence before is a result about an ended year (reviewed_whole_year)
        previous_review = False  # the sentence before, ended by ；, reviews an ended year (review_list)
        previous_period = False  # the sentence before, ended by ；, reports an ended part of a year (period_list)
        aims_listing = False  # an aims lead opened a list the sentence before went on with, ended by ； (aims_lead_prior)
        for s_a, s_b in _sentences(t, a, b):
            s_a += list_marker(t[s_a:s_b], norm.original_span(s_a, s_b))  # list_marker (markers.py): 01/, 1., (1), ① open no aim
            sentence = t[s_a:s_b]
            ctx.sentence_start = s_a
            if para_past and plan_sentence(sentence, ctx.year):
                para_past = False  # plan_sentence: "2019年,…预期目标是…" after "2018年,…" results: the rest is planned
            sentence_class = classify(sentence, ctx.year)[0]
            prior_aims = sentence_class != "opinion" and aims_lead_prior(sentence, ctx.year, aims_listing)
            if prior_aims and sentence_class == "result":
                sentence_class = "commitment"  # aims_lead_prior: 预期目标是:…比上年增长10%;…预计比上年增长24.8% are aims
            reviewing = sentence_class != "result" and (reviewed_whole_year(sentence, previous_ended) or review_list(sentence, previous_review))
            in_period = sentence_class != "result" and period_list(sentence, previous_period)
            if in_period:
                sentence_class = "result"  # period_list: 前三季度,…增长5.6%;一产增加值增长6.4% — the ended period's list goes on
            if reviewing:
                sentence_class = "result"  # reviewed_whole_year: 2021年实现了…。全年地区生产总值达910.6亿元 — the ended year's whole
            if sentence_class == "result" and aims_section and section_deadline is not None and aims_yoy(sentence, ctx.year):
                sentence_class = "context"  # aims_section: 科技服务业营业收入同比增长15% under 一、行动目标 is an aim
            continued_estimate = continues_estimate(sentence, previous_estimate)
            if continues_result(sentence, previous_class) or reported_event(sentence, ctx) or continued_estimate:
                sentence_class = "result"  # continues_estimate: 预计…;软件和服务外包收入505.5亿元 — the estimate's list goes on
            elif sentence_class == "result" and (cumulative_goal(sentence, ctx.year, _ahead(sentence, s_a, ctx, para_deadline), year_guessed)
                                                 or planned_total(sentence, ctx.year)):
                sentence_class = "context"  # 到2027年…；累计建成…30个, 今年力争…累计达到30家: a total to reach by the deadline
            previous_estimate = sentence_class == "result" and t[s_b:s_b + 1] == ";" and (
                continued_estimate or bool(ESTIMATE.search(sentence[:16])))
            previous_review = sentence_class == "result" and t[s_b:s_b + 1] == ";" and reviewing
            previous_period = sentence_class == "result" and t[s_b:s_b + 1] == ";" and (in_period or previous_period or opens_period_list(sentence))
            previous_ended = sentence_class == "result" and (reviewing or ended_review(sentence, ctx.year))
            aims_listing = sentence_class != "result" and t[s_b:s_b + 1] == ";" and (aims_listing or bool(AIMS_LEAD.search(sentence)))
            list_entry = False
            if sentence_class == "context" and list_item(previous_class, t[a:s_a], para_deadline, ctx.year):
                sentence_class, list_entry = "commitment", True  # list_item: 到“十四五”末,…;…;建成1个四百亿级园区,2个三百亿级园区
            elif sentence_class == "context" and aims_section and section_deadline is not None:
                sentence_class, list_entry = "commitment", "aims"  # aims_item: ——产业能级实现新跨越。…;5个…初具规模 under 一、行动目标
            if prior_aims and not list_entry:
                list_entry = "aims"  # aims_lead_prior: an item of the aims list (its confidence as an aims item's)
            previous_class = sentence_class
            after_result = previous_result  # an undated count right after a result goes on reporting
            previous_result = sentence_class == "result"
            para_intent = para_intent or (sentence_class != "result" and bool(_INTENT.search(sentence)))
            if s_a > a and not national and (r := subject_region(sentence, places)) and not own_zone(r, own) and not zone_superior(r, zone_scope):
                section_region = r  # 江西省明确，明年…: a region as the subject of a sentence (not own_superior: 河南省委… in 南阳's)
            clauses = _classify(sentence, s_a, ctx, para_deadline, section_past, aims_section and section_deadline is not None
                                or sentence_class == "commitment" and (planned_yoy(sentence, ctx.year)  # planned_yoy: 计划实现…,同比增长20%
                                                                       or aims_lead_yoy(sentence, ctx.year))
                                or sentence_class != "result" and aimed_yoy(sentence, ctx.year)  # aimed_yoy: 力争…同比增长8%,…同比增长10%
                                or prior_aims)  # aims_lead_prior: 比上年增长 after 预期目标是 is the aim's rise  # aims_lead_yoy: 预期目标是,…同比增长7%
            if sentence_class != "result" and (plan_contents(sentence, ctx.year) or continues_plan(sentence, previous_plan)):
                previous_plan = True
                planned_by = next((c.deadline for c in clauses if c.deadline is not None and c.deadline_from == "clause"), para_deadline)
                for c in clauses:  # plan_contents: only what the plan sets to be done (年度计划完成2241.3亿元) is an aim
                    if not PLAN_AMOUNT.search(c.text):
                        c.state = "context"
                    elif c.state != "goal" and (planned_by is not None or ctx.year is not None):
                        c.state, c.deadline_from = "goal", "sentence" if planned_by is not None else "document"
                        c.deadline = planned_by or _Deadline(c.start, c.start, ctx.year, False, Note("extract.note.deadline_document"))
            else:
                previous_plan = False
            if _TARGET_LIST.search(sentence) and sentence_class != "result" and (listed := next((c.deadline for c in clauses if c.state == "goal" and c.deadline is not None), None)):
                para_deadline = listed  # target_list: 主要预期目标为：…；…；… — the items after each ； are the list's too
            carry: str | None = None
            level_before: str | None = None  # the indicator of the clause before when it states an amount (rate_of_level)
            levels_before: list[str] = []  # the indicators of the amounts the clause before states (respective_rate)
            quote = norm.original_span(s_a, s_b).strip()
            for c in clauses:
                if (c.deadline is not None and c.deadline_from == "clause" and not c.deadline.annual and sentence_class != "result" and not year_list(c.text)
                        and not (term_open is not None and c.deadline.label.startswith(("未来", "今后")))):  # term_aims_opener's term
                    para_deadline = c.deadline
                    if c.deadline.explicit and c.deadline.year > (ctx.year or 0):
                        previous_deadline = c.deadline  # continued_paragraph reads it in the next paragraph
                found = _quantities(c.text, carry, t[s_a:c.start])
                for f in found:
                    if ind := rate_of_level(f, c.text, level_before):
                        f.indicator = ind  # rate_of_level: 工业总产值突破2000亿元,年均增速15%左右
                found = respective_rate(found, c.text, levels_before)  # 国内生产总值24亿元、财政收入2.4亿元,同比分别增长20%
                found = respective_names(found, c.text)  # 规上工业增加值、固定资产投资分别增长7%和10%: one name each
                found = [f for f in found if not plan_size_rise(f, c.text)]  # 年度计划投资规模为550亿元、增长10.0%: the plan's rise
                level_before = next((f.indicator for f in reversed(found) if f.kind == "level" and "value" in f.amount and f.amount.get("unit") != "%"), None) if found else None
                levels_before = [f.indicator for f in found if f.kind == "level" and "value" in f.amount and f.amount.get("unit") != "%"]
                carry = next((f.verb for f in reversed(found) if f.verb), None) or create_verb(c.text)
                if not found:
                    continue
                if c.state is None and not section_past and not para_past and not after_result and (due := _undated_due(ctx)) and (
                        undated_commitment(c.text, sentence, ctx.year, bool(ctx.horizon) or para_intent or task, task) or quoted_aims(para, sentence, ctx.year)
                        or intended_rate(sentence, t[s_b:s_b + 1], para, ctx.year, para_intent)):
                    c.state, c.deadline_from = "goal", "horizon" if ctx.horizon else "document"
                    c.deadline = _Deadline(c.start, c.start, due[0], False, due[1])
                if c.state == "goal" and (section_past or para_past) and not explicit_future(c):
                    c.state = "past"  # review_section: 2025年工作回顾 reports results unless a clause names a later year
                if c.state != "goal" or c.deadline is None:
                    if c.state == "past":
                        figures.extend(_figures(found, c, sentence, s_a, ctx, speaker_region or section_region, quote))
                    continue
                if c.deadline.year < (ctx.year or 0) and not c.deadline.stated:
                    continue
                if sentence_class == "opinion":
                    continue  # rule_opinion: an analyst's reckoning is not a target
                if sentence_class == "result":
                    figures.extend(_figures(found, c, sentence, s_a, ctx, speaker_region or section_region, quote))
                    continue
                if sufficient_condition(c.text, t[c.end:s_b]):  # 只需明年经济增长6.6%,…就能…: the condition, not the aim
                    skipped.append({"skipped": norm.original_span(c.start, c.end).strip(), "reason": Note("extract.note.condition")})
                    continue
                paired = respective_places(c.text, [f.start for f in found], places)  # respective_places: 于都县、瑞金市…分别增长10%、9.5%
                after_respective = [f for f in found if f.start > c.text.find("分别")] if paired else []
                for f in found:
                    head = c.text[: f.start]
                    if unnamed_regions(head):  # 各地普遍确定在5%以上: no region's goal
                        skipped.append({"skipped": norm.original_span(c.start, c.end).strip(), "reason": Note("extract.note.unnamed_regions")})
                        continue
                    if f.kind == "growth" and (base := based_change(c.text[: f.start], c.deadline.year)):
                        skipped.append({"skipped": norm.original_span(c.start, c.end).strip(), "reason": Note("extract.note.term_change", term=base)})
                        continue  # based_change: 能耗较2012年累计下降10% by 2015 — the change over the years since 2012
                    if f.kind == "level" and summed_years(c.text[: f.start], f.amount, c.deadline, ctx.year):
                        skipped.append({"skipped": norm.original_span(c.start, c.end).strip(),
                                        "reason": Note("extract.note.summed_years", end=c.deadline.year)})
                        continue  # summed_years: 到“十四五”末…工业累计投资在2600亿元以上 — a sum over the years, no level at a date
                    if f.kind == "growth" and (term := term_change(c.deadline, ctx.year) or span_change(c.deadline, ctx.year, head)):
                        skipped.append({"skipped": norm.original_span(c.start, c.end).strip(), "reason": Note("extract.note.term_change", term=term)})
                        continue  # term_change: “十三五”期间…目标为PM2.5下降15%以上 — over the five years, not one year's
                    if f.kind == "level" and "value" in f.amount and f.amount.get("unit") != "%" and increase_amount(head):
                        skipped.append({"skipped": norm.original_span(c.start, c.end).strip(),
                                        "reason": Note("extract.note.increase_amount", amount=c.text[f.start:f.end])})
                        continue  # increase_amount: 全年常住人口增长将不超3.8万人 — how much more, not how many
                    if not set_growth_rate(f, c.text[f.end:]):  # 工业增加值确定10%以上的增长目标: names its indicator, no topic guess
                        f.topic = growth_target_topic(f, para, sentence[: c.start - s_a + f.start])
                    if f.kind == "cagr" and c.deadline.annual and (to := rate_horizon(c, clauses)):
                        c.deadline = to  # rate_of_growth: 每年保持着20%以上的增速，到2025年…: the yearly rate runs to 2025
                    elif to := cagr_horizon(f, c, horizon):
                        c.deadline, c.deadline_from = to, "horizon"  # cagr_horizon: 年均增长10%左右 under the text's 到2026年
                    own_place = [paired[next(i for i, x in enumerate(after_respective) if x is f)]] if any(x is f for x in after_respective) else []
                    for r in own_place or region_list(head, places) or [None]:  # 海南、重庆、…则定在6%以上: one goal each
                        _draft(f, c, sentence, s_a, norm, quote, ctx, speaker_region, section_region, drafts, skipped, r, list_entry)
        if (lead := aims_lead(para)) and para_deadline is not None and para_deadline.explicit and not section_past:
            # aims_lead: "到2027年，…实现以下目标：" dates the paragraphs of aims after it at its horizon
            section_deadline = _Deadline(b, b, para_deadline.year, True, Note("extract.note.deadline_section", heading=lead))
        elif (term := term_aims_lead(para, ctx.year)) is not None and not section_past:
            # term_aims_lead: "…提出了今后五年经济社会发展的主要目标任务:…" heads the paragraphs after it at the term's end
            section_deadline = _Deadline(b, b, term[0], True, Note("extract.note.deadline_section", heading=term[1]))
        elif (deployed := deployed_year_lead(para, ctx.year)) is not None and not section_past:
            # deployed_year_lead: "…部署了科工局2018年工作。" heads the paragraphs of aims after it at that year
            section_deadline = _Deadline(b, b, deployed, True, Note("extract.note.deadline_section", heading=para[-12:]))
        elif len(para) > 30 and task_lead(para) and ctx.year and not section_past:
            # task_lead at a paragraph's end ("…具体抓好以下工作：") heads the task paragraphs after it
            section_deadline = _Deadline(b, b, ctx.year, True, Note("extract.note.deadline_section", heading=para[-20:]))

    targets, review = _finish(drafts, skipped, ctx, slug, min_confidence, headings)
    plan_source: dict[str, Any] = {}
    if document:
        plan_source["document"] = document
    if ctx.date:
        plan_source["date"] = ctx.date
    plan = {"source": plan_source} if plan_source else {}
    doc_review = {}
    if ctx.year_note:
        doc_review["year"] = Note("extract.note.year_value", year=ctx.year, how=ctx.year_note)
        if ctx.date and ctx.year_note.startswith("guessed"):
            doc_review["date"] = Note("extract.note.date_of_guess", date=ctx.date)
        if ctx.relative_note is not None:
            doc_review["this_year"] = ctx.relative_note  # unknown_now: 今年 counted from today's year, --year asked for
    if ctx.scope_note and ctx.region is None:
        doc_review["region"] = ctx.scope_note
    if doc_review:
        review.insert(0, {"id": "plan", "guessed": doc_review})
    return ExtractResult(targets, review, figures, plan)


_RATE_NOUN_AFTER = re.compile(r"^的(?:年均)?(?:增速|增长率|增幅|增长速度|增长)(?!目标|预期|任务|区间)")


#: named_rate_growth: "带来10%的技改投资增长" — a percentage, 的, an indicator's name, then 增长/增速 ending the clause
_NAMED_RATE_AFTER = re.compile(r"^的(?P<ind>[\u4e00-\u9fffA-Za-z]{2,10}?)(?:增长率|增长速度|增速|增幅|增长)$")


def named_rate_growth(before: str, after: str) -> tuple[str, str] | None:
    """named_rate_growth: "30个技改项目将带来10%的技改投资增长", "实现8%左右的地区生产总值增长" — a percentage said before 的 and an
    indicator's name with 增长/增速 ending the clause is that indicator's rate of growth, not a level in %. 每年 or 年均
    before it makes it a yearly rate (cagr), as rate_of_growth reads "每年保持着20%以上的增速". A name holding a verb or
    a target word ("的增长目标", "的目标增长") is not this. ``after``: the clause after the number and its qualifier.
    Returns (kind, indicator), or None."""
    m = _NAMED_RATE_AFTER.match(after)
    if m is None or re.search(r"目标|预期|任务|区间|平均|年均", m["ind"]):
        return None
    return ("cagr" if re.search(r"每年|年均|年平均|逐年", before) else "growth"), m["ind"]


#: subject_count: a count opening its clause whose noun is the subject of 将/要/计划 and a verb
_SUBJECT_COUNT = re.compile(r"^(?P<noun>[\u4e00-\u9fff]{1,10}?)(?<![的和与及])(?:将|要|计划)(?=[\u4e00-\u9fff])")


_COUNT_SCOPE = re.compile(r"(?:今年|全年|年内)?(?:全[省市县区州旗]|我[省市县区])?")  # nothing, or the scope's own word


def subject_count(before: str, after: str, unit: str, number: str = "0") -> str | None:
    """subject_count: "30个技改项目将带来10%的技改投资增长" — a count (个, 家, 项 …) opening its clause (nothing before it but the
    scope's word: 全县50个重点项目将…), whose
    noun is the subject of 将/要/计划 and a verb: the things the plan is to have, a count to reach, though no verb
    (新建, 实施) stands before the number. A count after words ("抓好30个…") is read by the verbs before it instead.
    The number is written in digits (a plan's figure) and the noun is a plain name: "两条高铁的建成和开通将把上饶带进…" tells
    what two lines will do (a Chinese numeral, a noun with 的 or 和), not a count to reach. Returns the noun counted
    (技改项目), or None."""
    m = _SUBJECT_COUNT.match(after)
    if m is None or not _COUNT_SCOPE.fullmatch(before.strip()) or unit not in P.MEASURE_WORDS or not number[:1].isdigit() or re.search(r"[的和与及]", m["noun"]):
        return None
    return m["noun"]


def rate_of_growth(before: str, after: str) -> str | None:
    """rate_of_growth: "每年保持着20%以上的增速", "保持10%左右的增长" — a percentage said before 的增速/的增长 is a rate
    of growth, not a level in %; 每年 or 年均 before it makes it a yearly rate over a period (cagr). "5.5%左右的增长目标"
    names a target set elsewhere (restates keeps it out) and stays as it was. ``after``: the clause after the number
    and its qualifier. Returns the kind, or None."""
    if not _RATE_NOUN_AFTER.match(after):
        return None
    return "cagr" if re.search(r"每年|年均|年平均|逐年", before) else "growth"


def rate_horizon(c: _Clause, clauses: list[_Clause]) -> _Deadline | None:
    """The deadline a yearly rate runs to: a later clause of the same sentence that names its own year
    ("每年保持着20%以上的增速，到2025年力争…突破1000亿元")."""
    return next((o.deadline for o in clauses if o.start > c.start and o.deadline is not None and o.deadline_from == "clause"
                 and not o.deadline.annual and o.deadline.year > c.deadline.year), None)


_TO_YEAR = re.compile(r"(?:到|至)(20\d{2})年")


def sole_horizon(t: str, year: int | None) -> int | None:
    """sole_horizon: the one year ahead that the whole text aims at ("力争到2026年…" and no other 到20XX年 after the
    document's year), or None when there is none or more than one."""
    if year is None:
        return None
    ahead = {int(m[1]) for m in _TO_YEAR.finditer(t) if int(m[1]) > year}
    return ahead.pop() if len(ahead) == 1 else None


#: rate_of_level: what may stand before the rate in a clause with no subject of its own.
#: with 同比/比上年/较上年 before it ("力争实现旅游总收入8.4亿元,同比增长20%") the rate is the amount's rise on the year before too
_BARE_RATE_HEAD = re.compile(r"^[,，]?(?:同比|比上年|较上年)?(?:年均|年平均|每年)?(?:增速|增长|增幅|递增)(?:率)?(?:达到|达|为|保持在|保持|在)?$")


_QUARTER = re.compile(r"(?<!前)(?:一|二|三|四|第一|第二|第三|第四)季度|上半年|下半年")


def quarter_aim(clause: str, sentence: str, state: str | None) -> bool:
    """quarter_aim: "2025年,陆川县GDP增长目标为5%,其中一季度为5%左右,一二三产增加值分别增长4.5%、7.2%、4.3%左右" — a
    quarter (一季度, 上半年) named after a goal of the same sentence, in a sentence that sets aims (目标, 力争, 确保 …) and
    with no sign of a result (同比, 完成, 已 …), is an aim for that part of the year: it is neither drafted (a target is due
    at a year) nor a past figure, and the clauses after its own number are the year's aims again."""
    return (state == "goal" and bool(_QUARTER.search(clause)) and not P.PAST_MARKERS.search(clause)
            and bool(re.search(r"目标|力争|确保|争取", sentence)) and not re.search(r"以来|同比|已", sentence))


def rate_of_level(f: _Found, clause: str, level_before: str | None) -> str | None:
    """rate_of_level: "全州工业总产值突破2000亿元,年均增速15%左右" — a rate whose clause has no subject of its own (only
    年均增速, 增长 …before the number), right after a clause that states an amount of an indicator, is that indicator's
    rate. Returns the indicator, or None."""
    if f.kind not in ("cagr", "growth") or f.indicator or not level_before or not _BARE_RATE_HEAD.match(clause[: f.start].strip()):
        return None
    return level_before


def list_item(previous_class: str | None, para_before: str, para_deadline: _Deadline | None, year: int | None) -> bool:
    """list_item: "到“十四五”末,全州工业总产值突破2000亿元,…;开发区(园区)工业总产值比重在73.4%以上;建成1个四百亿级园区,2个
    三百亿级园区" — a sentence with no commitment word of its own, set off by ；from a commitment, in a paragraph under a
    deadline the text itself names (not before the document's year), is one more item of that list of aims."""
    return (previous_class == "commitment" and para_before.rstrip().endswith((";", "；")) and para_deadline is not None
            and (para_deadline.explicit or isinstance(para_deadline.label, str) and para_deadline.label in ("今年", "全年"))
            and (year is None or para_deadline.year >= year))


def cagr_horizon(f: _Found, c: _Clause, horizon: int | None) -> _Deadline | None:
    """cagr_horizon: "力争全市规上工业营收年均增长10%左右" in a paragraph with no year, in a text whose only horizon is
    到2026年 — a yearly average rate runs over years, so it is not due at the document's own year (a one-year average is
    a growth rate) but at that horizon. Only when the due year came from the document's year, not the text around it."""
    if f.kind != "cagr" or c.deadline_from != "document" or horizon is None:
        return None
    return _Deadline(c.start, c.start, horizon, True, Note("extract.note.deadline_horizon", year=horizon))


def explicit_future(c: _Clause) -> bool:
    """A clause's own deadline naming a year (到2030年, “十五五”末), not 每年 or one taken from around it."""
    return c.deadline is not None and c.deadline_from in ("clause", "sentence") and not c.deadline.annual and bool(re.search(r"\d{4}|十[三四五六]五|明年", c.deadline.label))


#: term_heading: 今后五年的重点目标, 今后5年主要目标, 未来五年的发展目标.
_TERM_HEADING = re.compile(r"^[^。!?;；]{0,6}?(?:今后|未来)(?P<n>[两二三四五六七八九十\d]+)年[^。!?;；]{0,8}?目标")


def term_heading(para: str, year: int | None) -> int | None:
    """term_heading: a heading "今后五年的重点目标" in a work report of 2017 heads the term's aims, the five years
    counted from the report's own: due 2021 (2017—2021), like a five-year plan's end."""
    m = _TERM_HEADING.match(para)
    if m is None or year is None or not 1 < (n := cn_int(m["n"])) <= 10:
        return None
    return year + n - 1


_PLAN_OPENER = re.compile(r"^(?:(?P<year>20\d{2})年|(?P<this>今年|新的一年)|(?P<next>明年))[,，]?")


#: term_aims_lead: a sentence announcing a term's aims with a colon — 提出了今后五年经济社会发展的主要目标任务:
_TERM_AIMS_LEAD = re.compile(r"(?:今后|未来)(?P<n>[两二三四五六七八九十\d]+)年[^。!?;；:：]{0,16}?(?:主要目标|目标任务|奋斗目标|发展目标)(?:任务)?(?:是|为)?[:：]")


def term_aims_lead(para: str, year: int | None) -> tuple[int, str] | None:
    """term_aims_lead: a paragraph with a sentence that announces a term's aims with a colon — "仙桃市《政府工作报告》提出了
    今后五年经济社会发展的主要目标任务:紧紧围绕…" — heads the paragraphs after it as a 今后五年的重点目标 heading does
    (term_heading): due the term's last year, counted from the document's year (2022 → 2026). Returns (year, the
    words that announce it), or None."""
    m = _TERM_AIMS_LEAD.search(para)
    if m is None or year is None or not 1 < (n := cn_int(m["n"])) <= 10:
        return None
    return year + n - 1, m[0].rstrip(":：")


#: term_aims_opener: a paragraph opening with a term (未来五年, 今后五年) and announcing its aims in a later sentence (主要目标是,)
_TERM_OPENER = re.compile(r"^(?:今后|未来)(?P<n>[两二三四五六七八九十\d]+)年[,，]")
_TERM_AIMS_SAID = re.compile(r"(?:主要|发展|奋斗|总体)目标(?:任务)?(?:是|为)[:：,，]")


def term_aims_opener(para: str, year: int | None) -> int | None:
    """term_aims_opener: "未来五年,同安区将建设…新城区。经济社会发展主要目标是,地区生产总值达1220亿元,…" — a paragraph that opens
    with a term (未来五年, 今后五年) and announces the aims in a later sentence (主要目标是/发展目标为, a comma or a colon after)
    states the term's aims, due its last year counted from the document's year (2026 → 2030), as term_heading and
    term_aims_lead count it. That it ends a review the paragraph before opened (过去一年,…) is span_opener's job. A
    paragraph with the term but no aims announced ("未来5年,长沙要…经济总量达1.7万亿元") is left to the clause's own 未来N年. A
    text that reviews the year before its own ("2025年,同安区预计…" for 2026) gets its year from estimate_subject, and a
    December one counts 未来N年 from the reviewed year (december_present). Returns the year, or None."""
    m = _TERM_OPENER.match(para)
    if m is None or year is None or not 1 < (n := cn_int(m["n"])) <= 10 or not _TERM_AIMS_SAID.search(para, m.end()):
        return None
    return year + n - 1


def plan_opener(para: str, year: int | None, now: int | None = None) -> int | None:
    """The year a paragraph plans for when it opens with that year (or 今年/明年), not earlier than the
    document's, and says what is intended (将, 要, 力争 …): "2024年，市工信局将围绕…力争…". ``now``: the year 今年 is when
    it is not the document's (unknown_now)."""
    m = _PLAN_OPENER.match(para)
    if m is None or year is None or not _INTENT.search(para):
        return None
    planned = int(m["year"]) if m["year"] else (now or year) + (1 if m["next"] else 0)
    return planned if planned >= year else None


_SPAN_OPENER = re.compile(r"^(?:未来|今后)[两二三四五六七八九十\d]{1,2}年[,，]?[^。;；!?！？]{0,12}?(?:将(?!近)|要(?![素求点闻件害])|力争|确保)")


def span_opener(para: str) -> bool:
    """span_opener: a paragraph that opens with the years ahead (未来五年, 今后三年) and what is intended in them ("未来五年,同安区
    将建设…") or the aims it announces for them ("今后五年,是我县…关键时期。主要目标是:", as term_aims_opener reads them)
    looks ahead: it ends a review that "过去一年" opened two paragraphs before."""
    if _SPAN_OPENER.match(para):
        return True
    m = _TERM_OPENER.match(para)
    return m is not None and bool(_TERM_AIMS_SAID.search(para, m.end()))


#: year_aims_lead: a first sentence naming a year and announcing its aims — 对2018年发展…提出…的预期目标:, 2022年主要预期目标是:
_YEAR_AIMS_LEAD = re.compile(r"(?P<year>20\d{2})年[^。;；!?！？:：]{0,20}?(?:预期目标|主要目标|发展目标|目标任务|奋斗目标)(?:是|为)?[:：]")


def year_aims_lead(para: str, year: int | None) -> int | None:
    """year_aims_lead: a paragraph whose first sentence names a year, not before the document's, and announces that
    year's aims with a colon ("尽管如此，黄冈市对2018年发展并未提出过高的预期目标：GDP增长8%左右，…") plans for that year,
    as a paragraph opening with 2024年，…将… does (plan_opener): it ends a review a headline or heading opened
    ("黄冈亮出2017年发展“成绩单”")."""
    first = re.split(r"[。!?！？]", para, maxsplit=1)[0]
    m = _YEAR_AIMS_LEAD.search(first)
    if m is None or year is None or int(m["year"]) < year:
        return None
    return int(m["year"])


#: reported_opener: who says it may come first — 据介绍, 报告显示, 会议指出, 会上介绍, 该负责人表示 …
_TASK_LEAD = re.compile(r"(?:抓好|做好|突出|聚焦)[^。，,：:]{0,12}?(?:重点工作|重点任务|主要任务|以下工作|方面(?:的)?(?:工作)?)[。:：]?$")


#: deployed_year_lead: a meeting that set out a year's work — 部署了科工局2018年工作, 部署2019年重点工作.
_DEPLOYED_YEAR = re.compile(r"部署(?:了)?[^。!?;；,，]{0,12}?(?P<year>20\d{2})年(?:度)?(?:的)?(?:各项|重点|主要)?工作[。!]?$")


def deployed_year_lead(para: str, year: int | None) -> int | None:
    """deployed_year_lead: a paragraph ending in a sentence that says a meeting set out a year's work — "会上全文学习全县
    经济工作报告…,部署了科工局2018年工作。" — heads the paragraphs after it (工业工作,全县规模工业总产值达到240亿元;…) as
    that year's aims, as a 2018年工作安排 heading does; not a year before the document's. Returns the year, or None."""
    m = _DEPLOYED_YEAR.search(para.rstrip())
    if m is None or (year is not None and int(m["year"]) < year):
        return None
    return int(m["year"])


def task_lead(para: str) -> bool:
    """task_lead: a short sentence announcing the tasks that follow — "具体抓好八个方面重点工作。", "重点抓好以下十个
    方面：" — heads a task section like 2026年重点工作 does, though it ends in 。 or ：."""
    return bool(_TASK_LEAD.search(para))


_BRACKET_HEADING = re.compile(r"^【(?P<head>[^【】]{2,30})】(?P<rest>[^\u4e00-\u9fff]*)$")


def bracket_heading(para: str) -> str | None:
    """bracket_heading: "【经济社会发展主要预期目标建议】+ ~/ k6 `+ p) [' `: d( G+ G" — a line that is a heading in
    【】 followed by no Chinese at all (a forum's copy-guard noise, spaces) is that heading: its words head the
    paragraphs after it as any heading line does. Returns the heading, or None."""
    m = _BRACKET_HEADING.match(para)
    return m["head"] if m and m["rest"].strip() else None


_AIMS_LEAD = re.compile(r"[^。!?;]*(?:(?:以下|如下)(?:主要)?目标|(?:主要)?目标(?:是|为|如下)|目标(?:有|包括)[一二两三四五六七八九十\d]+(?:个|项|条|方面))[:]?$")


#: aims_makeup: how many aims the plan has — 具体目标有四个, 主要任务包括五个方面.
_AIMS_MAKEUP = re.compile(r"(?:目标|任务)(?:有|包括|共)$")


def aims_makeup(before: str, after: str) -> bool:
    """aims_makeup: "具体目标有四个:" — a count right after 目标有/任务包括, with nothing after it but the colon or the
    clause's end, says how many aims follow (the plan's make-up), not an aim. Its colon makes the sentence an aims_lead."""
    return bool(_AIMS_MAKEUP.search(before)) and not re.match(r"\s*[\u4e00-\u9fff\d]", after)


def aims_lead(para: str) -> str | None:
    """aims_lead: a paragraph ending in a sentence that announces the aims listed after it — "到2027年，…实现以下
    目标：", "主要目标是：", "目标如下", "具体目标有四个：" (aims_makeup) — opens a section of aims like a 一、主要目标 heading; the paragraphs after it
    are due at the lead's own year (到2027年). Returns the lead sentence, or None."""
    m = _AIMS_LEAD.search(para.rstrip())
    return m[0].strip() if m else None


def year_list(clause: str) -> bool:
    """year_list: "2027年、2028年分别建成津潍、潍宿高铁" — years listed for listed things belong to those things;
    they do not set the deadline of the rest of the paragraph."""
    return bool(re.search(r"20\d{2}年[、和及与]20\d{2}年", clause))


#: target_list: a sentence that opens a list of targets (主要预期目标为：, 目标是：).
_TARGET_LIST = re.compile(r"目标(?:是|为)[:：]")

_PAST_OPENER = re.compile(r"^(?:据介绍|据了解|据悉|据统计|数据显示|[\u4e00-\u9fff]{1,6}?(?:显示|指出|提出|强调|介绍|表示|透露|获悉))?[,，]?(?:(?P<year>(?:19|20)\d{2})年(?![底末])|去年|上年)")


def past_opener(para: str, year: int | None) -> bool:
    """past_opener: a paragraph that opens with a year before the document's ("据介绍，2023年东莞全市…",
    "去年，…") and promises nothing in its first sentence reports that year: its clauses are results
    unless one names a later year itself. Unlike a review heading it ends with its paragraph."""
    m = _PAST_OPENER.match(para)
    if m is None or year is None:
        return False
    first = re.split(r"[。；;!?！？]", para, maxsplit=1)[0]
    if _PROMISE.search(first):
        return False  # 2024年，市工信局将力争…: the year planned for (plan_opener), not reported
    return int(m["year"]) < year if m["year"] else True


_PROMISE = re.compile(r"力争|确保|争取|目标|预期|(?<![一即])将|计划|拟")


def plan_sentence(sentence: str, year: int | None) -> bool:
    """plan_sentence: in a paragraph that opened with a past year (past_opener), a sentence that opens with the
    document's year or a later one, or with 今年/明年, and says what is intended ("2019年,张家界高新区全年经济增长的
    预期目标是…", "今年我市工业发展的主要任务是…") turns from what was done to what is planned; the clauses
    after it are not results. `announced_plan`: so does one that a meeting or speaker announces first ("会议提出,2024年经济
    社会发展主要预期目标为:…" after "2023年,济南高新区…" results): the sentences after it go on with the aims."""
    m = re.match(r"\s*(?:[\u4e00-\u9fff]{1,6}?(?:提出|明确|指出|强调|要求|表示)[,，:：]?)?(?:(20\d{2})年|今年|明年)", sentence)
    if m is None or year is None or (m[1] and int(m[1]) < year):
        return False
    return bool(_PROMISE.search(sentence) or re.search(r"主要任务|要(?![素求点闻件害])|着力", sentence[:20]))


REVIEW_OPENER = re.compile(r"^(?:各位代表[!！]?)?(?:刚刚过去的|过去(?:的)?(?:一|五|两|三)年|(?:这)?五年来|一年来|回顾过去)")


def reported_event(sentence: str, ctx: Context) -> bool:
    """reported_event: "4月8日上午，…集中启动的新开工项目共200个" in a document dated 4月12日 reports what
    happened on a day already past."""
    if not ctx.date or re.search(r"力争|确保|争取|目标|到20\d{2}年|明年", sentence):
        return False
    m = P.MONTH_DAY.search(sentence[:12])
    if not m:
        return False
    month, day = int(m[1]), int(m[2])
    y, mo, d = (int(x) for x in ctx.date.split("-"))
    return (month, day) < (mo, d) and 1 <= month <= 12


def _undated_due(ctx: Context) -> tuple[int, str] | None:
    """The due year of an undated count commitment: the plan's horizon, else the document's own year
    when it was read from the text (not guessed)."""
    if ctx.horizon:
        return ctx.horizon, Note("extract.note.deadline_horizon", year=ctx.horizon)
    if ctx.year and not (ctx.year_note or "").startswith("guessed"):
        return ctx.year, Note("extract.note.deadline_document")
    return None


_INTENT = re.compile(r"(?<![一要])将(?!总部|其|之)|要|必须|务必|力争|确保|争取|着力|计划|拟|努力|全力|大力|加快|推动|今年|明年|全年|年内|^年底")


#: hold_level: 稳定粮食年播种面积在278万亩以上, 保持耕地面积在500万亩以上.
_HOLD_LEVEL = re.compile(r"^(?:稳定|稳住|保持)[^,，。;；:：]{1,16}?在\s*\d[\d.]*[^,，。;；:：\d]{0,4}?以上")


def hold_level(clause: str) -> bool:
    """hold_level: a clause opening with 稳定/稳住/保持 that puts a quantity at a floor (在278万亩以上) states a
    level to hold: a goal, as 力争 or 确保 would mark it (a review says 播种面积稳定在…, the verb after its subject)."""
    return bool(_HOLD_LEVEL.match(clause))


#: realised_cover: 实现/做到/达到 opening a clause that ends in 全覆盖 — "实现拉萨所有乡镇公交全覆盖" (a level of 100%).
_REALISED_COVER = re.compile(r"(?:实现|做到|达到)[^,，。;；]{1,24}?全覆盖")


def realised_cover(clause: str) -> bool:
    """realised_cover: "实现拉萨所有乡镇公交全覆盖" — 实现 before 全覆盖 opens the clause as a count verb opens a count: the
    clause states the level (100%) to reach, and can be an undated commitment like 建立100个基地. 加快…全覆盖 does not
    (hastened_cover)."""
    lead = _LEADING_VERB.match(clause)
    return bool(_REALISED_COVER.match(clause, lead.end() if lead else 0))


#: task_paragraph: a paragraph whose first words are a verb of doing, with no subject — "启动循环经济产业园建设,…".
_TASK_OPENING = re.compile(
    r"^(?:[一二三四五六七八九十]+是|[(（]?[一二三四五六七八九十\d]+[)）、.]\s*)?"
    r"(?:完善|启动|推进|加快|实施|开展|深化|加强|强化|提升|做好|抓好|扩大|优化|促进|打造|培育|坚持|持续|大力|着力|积极|全面|健全|构建|落实)")


def task_paragraph(para: str, year: int | None) -> bool:
    """task_paragraph: a work report's task paragraph — "启动循环经济产业园建设,实施垃圾无害化综合处理项目。开展地下综合
    管廊建设,完成108公里市政管网改造。" — opens with a verb of doing and no subject, names its task in words before any count
    (a lone "培育省级产业集群136个。" may report one), names no year before the document's,
    and neither reviews (回顾, 过去, 去年, 以来, 已) nor reports (同比, 了): it says what is to be done, as 将 or 要 would,
    though no sentence of it has an intent word. Its undated counts are the document's year's (its year read from the
    text)."""
    if year is None or not _TASK_OPENING.match(para):
        return False
    first = re.split(r"(?<=[,，。;；])", para, maxsplit=1)[0]
    if P.QUANTITY.search(first) or len(first) >= len(para.strip()):
        return False  # the task is named in words first (启动…建设,); "培育省级产业集群136个。" alone may report a count
    if any(int(y) < year for y in re.findall(r"(20\d{2})年", para)):
        return False
    return not re.search(r"回顾|过去|去年|上年|以来|已|同比|比上年|[^为除]了(?!解)", para)


_REALISED_FLOOR = re.compile(r"^实现(?!了)[\u4e00-\u9fff]{2,16}?\d+(?:\.\d+)?(?:万亿|亿|万)?[\u4e00-\u9fff]{0,3}以上$")


def realised_floor(clause: str) -> bool:
    """realised_floor: "…,推进卫浴高端化、绿色化、集约化发展,实现卫浴产值150亿元以上" — a clause that opens with 实现 and ends with
    an amount and 以上 states a level to reach, as a count verb's clause does (undated_commitment); 实现了… and a clause with no
    以上 (实现营业收入150亿元, as a review says it) are not this."""
    return bool(_REALISED_FLOOR.match(clause))


def undated_commitment(clause: str, sentence: str, year: int | None, horizon: bool = True, task: bool = False) -> bool:
    """建立100个…基地 with no date of its own: a count verb opens the clause and the sentence is a
    commitment. Without a plan horizon (the document's year is used) the sentence must also say what
    is intended (将, 要, 力争, 着力 …): a review states results in the same words. In a task_paragraph the
    paragraph says it (启动21个…项目 in a sentence with no commitment word)."""
    if not (_leading_verb(clause) or realised_cover(clause) or realised_floor(clause)):
        return False
    cls = classify(sentence, year)[0]
    intent = bool(_INTENT.search(sentence)) or task
    if cls != "commitment" and not (cls == "context" and intent):
        return False  # intended_count: "大力发展服务消费，举办…活动500场" — no commitment word, but intent and a count verb
    return horizon or intent


#: intended_rate: a sentence that is one indicator's growth rate and nothing else — 规模产值增长10%.
_BARE_RATE_SENTENCE = re.compile(r"[\u4e00-\u9fff]{2,14}(?:增长|增速|增幅)\d+(?:\.\d+)?%(?:左右|以上)?[。;；]?")


def intended_rate(sentence: str, end: str, para: str, year: int | None, para_intent: bool) -> bool:
    """intended_rate: "鞋服产业，构建…品牌运营体系…；加快建设…产业园。规模产值增长10%。" — a sentence of its own (ended by
    。 or the paragraph, not an item of a ；-list) that is only an indicator's growth rate, after sentences that say
    what is intended (加快, 推动, 必须 …), is the target of those tasks, for the year the document plans (its year
    read from the text). A paragraph that reviews (回顾, 过去, 去年, an earlier year) reports its rates."""
    if not para_intent or end not in ("。", "\n", "") or not _BARE_RATE_SENTENCE.fullmatch(sentence.strip()):
        return False
    past = [int(y) for y in re.findall(r"(20\d{2})年", para) if year and int(y) < year]
    return not past and not re.search(r"回顾|过去|去年|上年|同比", para)


_QUOTED_PARA = re.compile(r"^“[^“”]+”$")


def quoted_aims(para: str, sentence: str, year: int | None) -> bool:
    """quoted_aims: a paragraph that is one quotation — an official's own words closing a news item —
    and a sentence of it that commits (实现…增长10%、…突破2000亿元) with no year of its own: the aims are
    the document's year's (its year read from the text, not guessed; see _undated_due). A quote naming a
    year dates itself; a quote of results (已, 同比) is no commitment."""
    return bool(_QUOTED_PARA.match(para)) and classify(sentence, year)[0] == "commitment"


def sentence_subject(sentence: str, c: _Clause, ctx: Context) -> str | None:
    """sentence_subject: "…未来5年，长沙要实力更强，经济总量达1.7万亿元": a region opening an earlier
    clause of the same sentence, followed by 要/将/提出…, is the subject of the clauses after it."""
    found = None
    for part in P.CLAUSE_END.split(sentence[: max(0, c.start - ctx.sentence_start)]):
        if r := subject_region(part, ctx.places) or aims_owner(part):
            found = r
    return found


_AIMS_OWNED = re.compile(r"的?(?:主要)?(?:预期|发展|工作)?目标(?:是|为)|预期目标")


def aims_owner(part: str) -> str | None:
    """aims_owner: "2024年,南京市经济社会发展的主要预期目标是地区生产总值增长5%以上,一般公共预算收入增长2%左右" — the
    region whose aims a clause announces (X…的主要预期目标是) owns the aims listed after it in the same sentence."""
    m = _AIMS_OWNED.search(part)
    if m is None:
        return None
    return region_in(part[: m.start()])


def _region_for(f: _Found, c: _Clause, sentence: str, ctx: Context, speaker_region: str | None, section_region: str | None) -> tuple[str, str | None]:
    """The region and, when it was guessed, how (see scope rules in docs/extract.md)."""
    named = region_in(c.text[: f.start])
    examples = listed_examples(c.text[: f.start])
    if named and not examples:
        return named, None
    if not examples and (county := county_item(c.text[: f.start], ctx.region or ctx.scope or ctx.city)):
        return county, Note("extract.note.region_county_item", region=county)
    if ctx.region:
        return ctx.region, None
    if subject := sentence_subject(sentence, c, ctx):
        return subject, Note("extract.note.region_subject", region=subject)
    if ctx.compilation and not (ctx.scope == "全国" and "national body" in (ctx.scope_note or "")):
        if r := last_region(sentence[: max(0, c.start - ctx.sentence_start)]):
            return r, Note("extract.note.region_sentence", region=r)  # sentence_region
    head = c.text[: f.start]
    voice = compared_away(c.text[: f.start + 1])  # share_number: "工业增加值占全省的1/2" is a share of the province, said by the city
    if re.search(r"全省|我省|省内|本省", voice) or re.search("省级", own_item(head)) and not rank_in_lower_text(ctx):
        r = next((x for x in (speaker_region, section_region, ctx.scope) if x and not x.endswith("市") and x != "全国"), None) or ctx.province
        if r:
            return r, Note("extract.note.region_own_province", region=r)
    if re.search(r"全市|我市|本市|全县|我县|全区|我区", head):
        own = ctx.county if re.search(r"全县|我县", head) else None  # 全县: the county, not its city
        r = next((x for x in (speaker_region, section_region, ctx.scope) if x and x != "全国"), None) or own or _main_city(ctx)
        if r is None and ctx.province and (ctx.province.endswith("自治区") and "区" in head or ctx.province in ("北京市", "天津市", "上海市", "重庆市")):
            r = ctx.province  # 全区 in an autonomous region, 全市 in a province-level city
        if r:
            return r, Note("extract.note.region_own_city", region=r)
        return "待定地区", Note("extract.note.region_city_unknown")
    if speaker_region:
        return speaker_region, Note("extract.note.region_speaker", region=speaker_region)
    if section_region:
        return section_region, Note("extract.note.region_section", region=section_region)
    if ctx.scope:
        return ctx.scope, None if "title" in (ctx.scope_note or "") else ctx.scope_note
    if re.search(r"全省|我省|省级|省委|省政府", compared_away(sentence)) and ctx.province:
        return ctx.province, Note("extract.note.region_province_word", region=ctx.province)
    if ctx.zone:
        return ctx.zone, Note("extract.note.region_zone_voice", region=ctx.zone)  # zone_voice: 张家界高新区's own text
    if ctx.county_voice and ctx.county and not ctx.province_voice and (not ctx.province or parent_province(ctx.county) == ctx.province):
        return ctx.county, Note("extract.note.region_county_voice", region=ctx.county)  # county_voice
    if ctx.city_voice and ctx.city and (not ctx.province or parent_province(ctx.city) == ctx.province and not ctx.province_voice):
        return ctx.city, Note("extract.note.region_city_voice", region=ctx.city)  # municipal_voice
    if ctx.unnamed:  # unnamed_voice (region_model): 我市 and 安徽 only — a city it never names; before county_unnamed, as
        return "待定地区", ctx.unnamed  # 全区/区委 are a district's words, not a county's
    if ctx.county_voice and not ctx.county and not ctx.province_voice:
        return "待定地区", Note("extract.note.region_county_unnamed")  # county_unnamed: 全县 and 福建 only — not the province
    if ctx.province and ctx.province_passing:  # province_in_passing: 考察安徽重要讲话精神 — a guess, said to be one
        return ctx.province, Note("extract.note.region_province_passing", region=ctx.province, phrase=ctx.province_passing)
    if ctx.province:
        return ctx.province, Note("extract.note.region_province_most", region=ctx.province)
    return "待定地区", Note("extract.note.region_none")  # no_region: nothing names a region or speaks for the country


def rank_in_lower_text(ctx: Context) -> bool:
    """rank_not_scope: in a text whose own region lies below a province (周口市's congress: "创建省级科技创新平台20家以上"),
    省级 ranks the platforms the text creates — the count is the text's own, not the province's."""
    scope = ctx.scope or ""
    return bool(scope) and scope != "全国" and scope != ctx.province and not scope.endswith(("省", "自治区"))


@functools.cache
def _counties_of(city: str) -> dict[str, str]:
    """The counties and districts of a prefecture-level city, by their short form (民权 → 民权县)."""
    out: dict[str, str] = {}
    for places in gazetteer().full.values():
        for p in places:
            if p.level == "county" and p.prefecture == city and len(form := short_form(p.name)) >= 2:
                out.setdefault(form, p.name)
    return out


def county_item(head: str, city: str | None) -> str | None:
    """county_item: "…机电装备超百亿元、民权制冷家电超200亿元的产业集群" — a list item that opens with the short form of a county of
    the city in scope (民权, a county of 商丘市) is that county's: 民权县. Only the item's own words count (after the last 、),
    and only a county of the city the text speaks for."""
    if not city:
        return None
    item = re.split(r"(?<=元)[和及]", own_item(head))[-1]  # an item after an amount and 和 is an item of its own too
    for form, name in _counties_of(city).items():
        if item.startswith(form):
            return name
    return None


def own_item(head: str) -> str:
    """own_item: "争创2个省级先进制造业集群(…、…领域)、1个国家级产业集群" — the words of a list's own item, after the last 、
    outside brackets: 省级 said of the item before (a rank of the city's clusters) is no province's scope for this one."""
    depth, cut = 0, 0
    for i, ch in enumerate(head):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif ch == "、" and depth == 0:
            cut = i + 1
    return head[cut:]


def listed_examples(head: str) -> bool:
    """listed_examples: "海林、…、东宁经开区和绥芬河综合保税区、绥芬河边境经济合作区等7个100亿级产业园区" — places named in a
    list closed by 等 right before a count are examples of what is counted (the parks), not the region whose goal it is:
    the goal is the region in scope's (牡丹江市)."""
    return head.endswith("等") and listed_nouns(head) or counted_places(head)


#: counted_places: two or more places joined by 、 that end the words before a count.
_PLACE_RUN = re.compile(r"[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+$")


def counted_places(head: str) -> bool:
    """counted_places: "其中纺织服装制鞋产业形成夏邑县、虞城县、睢阳区、睢县4个超200亿元产业集群" — places listed right before a
    count are the seats of what is counted (four clusters, one in each), not the region whose goal it is: the goal is the
    region in scope's (商丘市). Each item must be a place on its own (the first may carry the clause's verb before it)."""
    m = _PLACE_RUN.search(head)
    if m is None:
        return False
    items = m[0].split("、")
    first = region_in(items[0])
    rest = [x for x in items[1:] if region_in(x) == x or re.fullmatch(r"[\u4e00-\u9fff]{1,3}[县区市旗]", x)]
    return first is not None and items[0].endswith(first) and len(rest) == len(items) - 1


def _main_city(ctx: Context) -> str | None:
    return ctx.city


def _draft(f: _Found, c: _Clause, sentence: str, s_a: int, norm: Normalised, quote: str, ctx: Context,
           speaker_region: str | None, section_region: str | None, drafts: list, skipped: list, listed: str | None = None,
           list_entry: bool | str = False) -> None:
    """``listed``: the region of this goal when the clause lists several (region_list); ``list_entry``: the sentence
    is an item of a list of aims (list_item)."""
    assert c.deadline is not None
    title = norm.original_span(c.start, c.end).strip()
    if f.skipped:
        skipped.append({"skipped": title, "reason": f.skipped})
        return
    guessed: dict[str, Note] = {}
    due = c.deadline.year
    if c.deadline_from not in ("clause", "sentence") or not c.deadline.explicit:
        how = {"sentence": "due_sentence", "paragraph": "due_paragraph"}.get(c.deadline_from)
        guessed["due"] = (Note("extract.note.due_how", year=due, label=c.deadline.label, how=Note(f"extract.note.{how}"))
                          if how else Note("extract.note.due", year=due, label=c.deadline.label))
    if c.deadline.annual:
        guessed["due"] = Note("extract.note.due_annual", year=due)
    region, how_region = (listed, None) if listed else _region_for(f, c, sentence, ctx, speaker_region, section_region)
    if region != ctx.region and (instead := printed_region(region, ctx.scope, ctx.zone)) is not None:  # bare_region_guard (zones.py)
        region, how_region = instead, (listed_zone_note(region, instead)
                                       or Note("extract.note.region_bare_zone", region=instead, word=region))
    if how_region:
        guessed["region"] = how_region
    indicator = f.indicator
    if indicator.startswith("产业") and (m := P.TOPIC.match(sentence)):
        indicator = m[1] + indicator[2:]
    if not indicator:
        indicator = "待定指标"
    guessed["indicator"] = Note("extract.note.indicator", indicator=indicator)
    if f.topic:
        guessed["kind"] = Note("extract.note.kind_growth_topic")
    spec: dict[str, Any] = {"id": "", "title": title, "region": region, "indicator": indicator, "kind": f.kind, "due": due}
    target = dict(f.amount)
    spec["target"] = target
    if f.stretch:
        spec["stretch"] = dict(f.stretch)
    if f.qualifier and f.qualifier != "at_least":
        spec["qualifier"] = f.qualifier
    needs_base = f.kind == "cagr" or f.relative
    if needs_base:
        period, how = _base_period(due, ctx, sentence)
        base: dict[str, Any] = {"period": period}
        if f.kind == "level" and "plus" in target and "%" in sentence:
            base["unit"] = "%"
        spec["base"] = base
        guessed["base"] = Note("extract.note.base", how=how)
    if f.kind == "level":
        flow = f.flow
        if flow is None:
            unit = target.get("unit") or ""
            if unit == "%" or P.STOCK_WORDS.search(indicator):
                flow = False
            else:
                flow = not (unit and parse_unit(unit).dimension == "count") or bool(P.FLOW_VERBS.search(indicator))
        spec["flow"] = flow
        guessed["flow"] = Note("extract.note.flow" if flow else "extract.note.stock")
    if (c.deadline.span and f.kind == "level" and "value" in target and target.get("unit") != "%"
            and not span_reached(c.text[: f.start])):
        # 三年新增100家 (multi_year_total): the stock at the end of the period is the stock
        # the year before it starts plus the total; judged as a level against that base.
        # share_over_span: a level in % (再用3年…全覆盖 = 100%, 三年内覆盖率达到90%) is a share, not a sum: it stays the level.
        start = c.deadline.year - c.deadline.span + 1
        spec["target"] = {"plus": target["value"]}
        spec["base"] = {"period": str(start - 1), "unit": target["unit"]}
        spec["flow"] = False
        guessed["base"] = Note("extract.note.base_multi_year", year=start - 1, span=c.deadline.span, start=start, end=c.deadline.year, label=c.deadline.label)
    if f.net and "value" in target and (base_year := net_total(due, ctx.year)) is not None and not c.deadline.span:
        spec["target"] = {"plus": target["value"]}  # net_total: 净增300户 by 2025 in a plan of 2024
        spec["base"] = {"period": str(base_year), "unit": target["unit"]}
        spec["flow"] = False
        guessed["base"] = Note("extract.note.base_net_total", year=base_year)
    if f.range_note:
        guessed["range"] = f.range_note
    spec["source"] = {"quote": quote}
    cls, why = classify(sentence, ctx.year)
    if cls == "result":  # drafted all the same: cumulative_goal (累计… under a deadline ahead)
        cls, why = "context", Note("extract.note.context")
    if list_entry == "table":
        cls, why = "commitment", Note("extract.note.table_row")  # table_rows: a row of a table's target column
    elif cls == "context" and list_entry:
        cls, why = "commitment", Note("extract.note.aims_item" if list_entry == "aims" else "extract.note.list_item")
    score, reasons = confidence(
        year_guessed=bool(ctx.year_note and ctx.year_note.startswith("guessed")) and not named_due(c), sentence_class=cls,
        due_from=c.deadline_from, region_note=how_region, indicator=f.indicator, relative=needs_base)
    guessed["confidence"] = Note("extract.note.confidence", score=score, why=why, reasons=reasons or [Note("extract.note.nothing_guessed")])
    drafts.append((spec, guessed, score))


#: span_reached: a verb of reaching right before the amount (达到, 达, 突破, 超过, 增至 …), and no word of adding in the clause.
_REACH_END = re.compile(r"(?:达到|达至|达|突破|超过|超|增至|增加到|提高到|提升到|提高至|提升至|扩大到|迈上|迈过)(?:约|近)?$")
_ADDED = re.compile(r"累计|新增|净增|新建|新培育|新引进|再")


def span_reached(before: str) -> bool:
    """span_reached: "用3年左右时间,规上工业总产值达5万亿", "用五年左右时间,…规模翻番、达到2万亿元左右" — an amount reached (达到, 达,
    突破, 超过 right before it) at the end of a span of years is the level at its end, not a sum added over the span as
    multi_year_total reads "三年新增100家" and "用5年时间培育1万名数字专员" (no verb of reaching; 新增, 累计 or 再 in the
    clause keep the sum: "三年累计完成投资达到1000亿元")."""
    return bool(_REACH_END.search(before)) and not _ADDED.search(before)


def _table_drafts(table: Table, norm: Normalised, ctx: Context, speaker_region: str | None, section_region: str | None,
                  drafts: list, skipped: list, figures: list, reviewed: bool = False) -> None:
    """table_rows (tables.py): the aim of each row's target cell, drafted as the clause that states it in running text
    ("规上工业增加值增速(%) | 7左右" as 规上工业增加值增长7%左右); due in the header's or caption's year, else the document's.
    A year before the document's is a past aim — unless the document's year was guessed (the table's year is its own);
    so are aims of no year in a section that reviews (``reviewed``: 一、2024年工作回顾 over 指标 | 目标 | 完成).
    The result columns' figures go where the text path puts a result's (_figures: 上半年实绩 → the half-year's rows)."""
    for res in table_aims(table, ctx.year, "result"):
        said = f"{table.caption or ''} {res.label} {res.clause}"
        found = [f for f in _quantities(res.clause) if f.start >= res.head and not f.skipped]
        c = _Clause(len(said) - len(res.clause), len(said), res.clause, "past")
        figures.extend(_figures(found[:1], c, said, 0, ctx, speaker_region or section_region, norm.original_span(res.start, res.end).strip()))
    year_guessed = (ctx.year_note or "").startswith("guessed")
    for aim in table_aims(table, ctx.year):
        quote = norm.original_span(aim.start, aim.end).strip()
        due = aim.year or ctx.year
        if aim.clause is None or due is None or due < (ctx.year or due) and not year_guessed or reviewed and aim.year is None:
            reason = ("extract.note.table_no_number" if aim.clause is None else "extract.note.table_reviewed" if reviewed and aim.year is None
                      else "extract.note.table_past")
            skipped.append({"skipped": quote, "reason": Note(reason, year=due)})
            continue
        found = [f for f in _quantities(aim.clause) if f.start >= aim.head and not f.skipped]
        if not found:
            continue
        found[0].indicator = found[0].indicator or aim.indicator
        label = aim.label or Note("extract.note.deadline_document")
        deadline = _Deadline(aim.start, aim.start, due, aim.year is not None, label)
        c = _Clause(aim.start, aim.end, aim.clause, "goal", deadline, {"header": "clause", "caption": "sentence"}.get(aim.year_from, "document"))
        _draft(found[0], c, aim.clause, aim.start, norm, quote, ctx, speaker_region, section_region, drafts, skipped, None, "table")


def named_due(c: _Clause) -> bool:
    """named_due: a due year the clause or its sentence names outright — 力争“十五五”末突破万亿元, 到2027年 — does not rest
    on the document's year, so a guessed document year takes nothing off that draft's confidence. 今年, 明年 and
    今后五年 count from the document's year and keep the cut (their deadline is not explicit when the year is guessed)."""
    return c.deadline is not None and c.deadline.explicit and c.deadline_from in ("clause", "sentence")


def _key_number(spec: dict) -> tuple:
    t = spec["target"]
    return tuple(sorted((k, round(float(v), 6) if not isinstance(v, str) else v) for k, v in t.items()))


def restates(spec: dict, others: list, guessed: dict | None = None) -> bool:
    """A bare percentage restating a growth goal stated elsewhere ("5.5%左右"目标的设定, 目标设定为5.5%左右)
    — a level in %, or a growth that growth_target_topic read from a bare percentage."""
    if guessed and "kind" in guessed and spec["kind"] == "growth":
        rate = spec["target"].get("rate")
        return any(o is not spec and o["kind"] == "growth" and "kind" not in og and o["due"] == spec["due"]
                   and o["region"] == spec["region"] and o["target"].get("rate") == rate for o, og, _ in others)
    if spec["kind"] != "level" or spec["target"].get("unit") != "%":
        return False
    if not re.search(r"目标|待定指标|^$", spec["indicator"]) and len(spec["indicator"]) > 1:
        return False
    value = spec["target"]["value"]
    return any(o["kind"] == "growth" and o["due"] == spec["due"] and o["target"].get("rate") == value for o, _, _ in others)


def _finish(drafts: list, skipped: list, ctx: Context, slug: str, min_confidence: float = 0.0,
            headings: set[str] | None = None) -> tuple[list[dict], list[dict]]:
    kept: list[tuple[dict, dict, list[str]]] = []
    drafts = [d for d in drafts if not restates(d[0], drafts, d[1])]
    drafts = [d for d in drafts if not headline_restates(d[0], [o for o, _, _ in drafts], headings or set())]
    alike: dict[tuple, list[int]] = {}  # (region, kind, due, number) → the kept drafts stating it, in order
    for spec, guessed, _ in drafts:
        key = (spec["region"], spec["kind"], spec["due"], _key_number(spec))
        dup = None
        for i in alike.get(key, ()):
            other = kept[i][0]
            if other["source"]["quote"] == spec["source"]["quote"]:
                continue  # same_sentence_items: 一产、二产、三产分别增长5%左右、5%以上、5%左右 are three goals
            if _similar(other["indicator"], spec["indicator"]):
                dup = i
                break
        if dup is None:
            alike.setdefault(key, []).append(len(kept))
            kept.append((spec, guessed, []))
            continue
        other, og, also = kept[dup]
        if len(guessed) < len(og):  # the mention that needed fewer guesses wins
            kept[dup] = (spec, guessed, also + [other["source"]["quote"]])
        else:
            also.append(spec["source"]["quote"])
    targets, review = [], []
    counters: Counter = Counter()
    for spec, guessed, also in kept:
        score = float(guessed.get("confidence", "1").split()[0])
        if score < min_confidence:
            skipped.append({"skipped": spec["title"], "reason": Note("extract.note.below_cut", score=score, cut=f"{min_confidence:g}")})
            continue
        counters[spec["due"]] += 1
        spec = {**spec, "id": f"{slug}-{spec['due']}-{counters[spec['due']]:02d}"}
        try:
            _TARGET.validate_python(spec)
        except pydantic.ValidationError as e:
            skipped.append({"skipped": spec["title"], "reason": Note("extract.note.invalid", error=e.errors()[0]["msg"])})
            continue
        targets.append(spec)
        entry: dict[str, Any] = {"id": spec["id"], "guessed": guessed}
        if also:
            entry["also_stated_in"] = also
        review.append(entry)
    review.extend(skipped)
    return targets, review


# --------------------------------------------------------------------------
# Past results, offered as rows for actuals/


def _figures(found: list[_Found], c: _Clause, sentence: str, s_a: int, ctx: Context, region: str | None, quote: str) -> list[dict]:
    rows = []
    ys = re.findall(r"(?<!\d)((?:19|20)\d{2})年(?!\d)", sentence[: c.end - s_a])
    period = None
    if ys:
        period = ys[-1]
    elif ctx.year and re.search(r"今年上半年|上半年", sentence):
        period = f"{ctx.year}-01/{ctx.year}-06"
    elif ctx.year and "一季度" in sentence:
        period = f"{ctx.year}-01/{ctx.year}-03"
    elif ctx.year and "去年" in sentence:
        period = str(ctx.year - 1)
    if period is None:
        return rows
    for f in found:
        if f.skipped or f.relative or f.kind == "cagr" or not f.indicator:
            continue
        if f.kind == "growth":
            value, unit, measure = f.amount["rate"], "%", "yoy"
        elif "value" in f.amount:
            value, unit, measure = f.amount["value"], f.amount["unit"], "value"
        else:
            continue
        rows.append({"region": region or ctx.region or ctx.province or "", "indicator": f.indicator, "period": period,
                     "value": value, "unit": unit, "measure": measure, "source": quote})
    return rows
