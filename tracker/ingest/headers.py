"""Table headers: which row heads a table, of what shape, with which columns.

A header row is recognised by its column names, Chinese or English (地区/region,
指标/indicator, 期间/period, 数值/value …). ``classify`` tells a long table (one
figure a row, with a 数值 column) from a cross table (labels in the first
columns, then one column per period or per indicator), and a near miss (a
row that looks like a header but lacks a core column) from neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from tracker.messages import Phrase
from tracker.periods import Period

from tracker.ingest.cells import clean
from tracker.ingest.meaning import period_of

_ROLES: dict[str, str] = {}
for _role, _names in {
    "region": ("地区", "地区名称", "区域", "地市", "省份", "城市", "region", "area"),
    "indicator": ("指标", "指标名称", "indicator", "indicatorname"),
    "period": ("期间", "时期", "时间", "统计期", "统计期间", "报告期", "period", "time"),
    "year": ("年份", "年度", "year"),
    "value": ("数值", "值", "数据", "指标值", "value", "amount"),
    "unit": ("单位", "计量单位", "unit", "units"),
    "measure": ("口径", "统计口径", "measure"),
    "source": ("来源", "数据来源", "资料来源", "source"),
    "note": ("备注", "说明", "注释", "序号", "编号", "note", "notes", "remark", "remarks", "no", "no."),
}.items():
    for _n in _names:
        _ROLES[_n] = _role

_CORE = frozenset({"region", "indicator", "value", "period", "year"})
_LABELS = ("region", "indicator", "period", "unit", "measure")

_NOTE = re.compile(r"(注|说明|备注|附注|数据来源|资料来源)(\d|[:.、(])")


@lru_cache(maxsize=65536)
def _role(text: str) -> str | None:
    return _ROLES.get(clean(text).lower())


def role_of(v: object) -> str | None:
    return _role(v) if type(v) is str and v else None


def is_note(v: object) -> bool:
    return type(v) is str and bool(v) and _NOTE.match(clean(v)) is not None


def blank(v: object) -> bool:
    return v == "" or v is None


@dataclass
class Header:
    row: int
    layout: str  # "long" or "cross"
    roles: dict[str, int]  # label (or, for long, every) column by role
    columns: list[tuple[int, object]] = field(default_factory=list)  # cross: (col, Period or name text)
    by: str = "period"  # cross: what the value columns are ("period" or "indicator")
    rows_are: str = ""  # cross by indicator: what the first column holds ("period" or "region")
    bad: list[tuple[int, str]] = field(default_factory=list)  # header cells that are not periods
    first: int = 0  # the first column of the table
    last: int = 0


@dataclass
class Context:
    """What title lines above a table said (指标：…, 地区：…, 时间：…)."""

    indicator: str = ""
    region: str = ""
    period: object = ""
    unit: str = ""  # a 单位：亿元 line
    places: dict[str, tuple[int, int]] = field(default_factory=dict)


def classify(rows: list[list], r: int) -> Header | set[str] | None:
    """A Header when row ``r`` heads a table; the core roles found when it
    only looks like one (a near miss); None otherwise."""
    row = rows[r]
    roles: dict[str, int] = {}
    others: list[tuple[int, object]] = []
    first = None
    for c, v in enumerate(row):
        if blank(v):
            continue
        if first is None:
            first = c
        role = role_of(v)
        if role is None or role in roles:
            others.append((c, v))
        else:
            roles[role] = c
    if not roles:
        return None
    last = max([*roles.values(), *(c for c, _ in others)])
    core = _CORE.intersection(roles)

    if "value" in roles:
        if "indicator" in roles and ("period" in roles or "year" in roles):
            return Header(r, "long", roles, first=first, last=last)
        return core if len(core) >= 2 else None

    if "year" in roles or not others:
        return core if len(core) >= 2 else None
    labels = {k: c for k, c in roles.items() if k in _LABELS}
    periods, bad = [], []
    for c, v in others:
        p = period_of(v)
        (periods if isinstance(p, Period) else bad).append((c, p if isinstance(p, Period) else v))
    if periods and len(periods) >= len(bad) and "period" not in labels and ("region" in labels or "indicator" in labels):
        source = {"source": roles["source"]} if "source" in roles else {}  # the 来源 column, kept as text
        return Header(r, "cross", {**labels, **source}, periods, "period",
                      bad=[(c, v) for c, v in bad], first=first, last=last)
    if not periods and first in labels.values() and len(labels) == 1:
        # indicators across, periods (or regions) down the first column
        role = next(iter(labels))
        nxt = rows[r + 1][first] if r + 1 < len(rows) and first < len(rows[r + 1]) else ""
        if role in ("period", "indicator") and isinstance(period_of(nxt), Period):
            return Header(r, "cross", {"period": first}, list(others), "indicator", rows_are="period",
                          first=first, last=last)
        if role == "region":
            return Header(r, "cross", {"region": first}, list(others), "indicator", rows_are="region",
                          first=first, last=last)
    return core if len(core) >= 2 else None


def missing_for(core: set[str]) -> tuple[Phrase, ...] | Phrase:
    """The columns a near-miss header lacks, as a problem names them."""
    want = ["region", "indicator", "period", "value"]
    lacking = tuple(Phrase.of(f"column.{k}") for k in want if k not in core and not (k == "period" and "year" in core))
    return lacking or Phrase.of("column.per-period")



@lru_cache(maxsize=65536)
def may_end(text: str) -> bool:
    """Could a row starting with this text end a table (a note or a header)?"""
    return is_note(text) or _role(text) is not None
