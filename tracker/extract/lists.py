"""Lists, ranges and coordinated counts around the numbers of a clause.

- ``expand_all``: "马铃薯种植、收获机械化率均达到45%" states one number for each listed item:
  one goal per item (``分别达到65%和55%`` needs no rule: each number is found on its own).
- ``merge_ranges``: "增长4.5%-5%", "8%—9%": one goal, the lower end as the target (at least)
  and the upper end as the stretch goal — both numbers the document gives are kept; a reader
  who prefers "about the middle" can set ``qualifier: about`` and the mean.
- ``coordinated``: "建设50所…学校和150个骨干专业": a count joined to an earlier one by 和/、/及
  shares its verb.
- ``scope_count``: "在10个左右…领域开展培训": 在 before a count names where, not how much.
"""

from __future__ import annotations

import re
from dataclasses import replace

_EACH = re.compile(r"([\u4e00-\u9fff（）()]+(?:、[\u4e00-\u9fff（）()]+)+)[\u4e00-\u9fff]{0,8}?均(?:达到|达|为|增长|保持在|提高到|不低于)?$")
_RANGE_SEP = re.compile(r"^[-—–~～至到]$")


def items_before(before: str) -> list[str]:
    """The items a 均 number applies to ([] when there is no 均 list)."""
    m = _EACH.search(before)
    return m[1].split("、") if m else []


def expand_all(clause: str, found: list) -> list:
    out = []
    for f in found:
        names = items_before(clause[: f.start])
        if len(names) < 2:
            out.append(f)
            continue
        base = f.indicator or ""
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
                prev.range_note = f"a range {clause[prev.start: f.end]}: the lower end as the target, the upper end as stretch"
                continue
        out.append(f)
    return out


def coordinated(before: str) -> bool:
    return bool(re.search(r"(?:和|及|以及|与|、)$", before))


def scope_count(before: str) -> bool:
    return bool(re.search(r"在$", before))
