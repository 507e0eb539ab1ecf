"""Notes that explain a status in words, in English and Chinese.

The evaluator records a note as a code with its arguments; ``note`` in the
JSON is the English text, and reports render the same note in their language.
"""

from __future__ import annotations

from dataclasses import dataclass

_TEXT: dict[str, tuple[str, str]] = {
    # code: (English, 中文)
    "no-unit": (
        "no figure for this region and indicator, and the target names no unit",
        "该地区、该指标暂无数据，目标也未写明单位",
    ),
    "units-disagree": ("the target's units do not agree: {detail}", "目标的单位不一致：{detail}"),
    "base-missing": (
        "the base value for {base} is missing: no figure for it, and the target is relative to it",
        "缺少基期（{base}）数值，而目标是相对基期设定的",
    ),
    "no-figures": ("no figure for {region} {indicator} up to {as_of}", "截至{as_of_zh}，{region}{indicator}暂无数据"),
    "no-usable-figure": (
        "no {which}figure of the value{after} and by {due} up to {as_of}",
        "截至{as_of_zh}，暂无{after_zh}至{due}年的{which_zh}数据",
    ),
    "before-due-no-base": (
        "the latest figure ({period}) is from before the due year {due}, and without a base there is no plan "
        "to compare it with",
        "最新数据（{period_zh}）早于目标年份{due}年，目标未设基期，无法按序时进度判断",
    ),
    "met": ("target met", "已完成目标"),
    "met-early": ("target met early, with the figure for {period}", "已提前完成目标（{period_zh}数据）"),
    "missed": (
        "the figure for the whole due year is {actual}, the target {target}",
        "目标年份全年数据为{actual}，目标为{target}，未完成",
    ),
    "flat-plan": (
        "the plan expects no change from the base at this date; judged by the figure against it",
        "按计划此时应与基期持平，按最新数据与计划值比较判断",
    ),
    "no-growth-figure": ("no year-to-date growth figure for {due}", "暂无{due}年的累计增速数据"),
    "growth-met": ("target met for the whole year", "全年增速达到目标"),
    "growth-short": ("the whole-year growth falls short of the target", "全年增速未达到目标"),
    "cagr-no-base": (
        "no base value and no growth figure for {base}–{due}",
        "缺少基期（{base}）数值，{base}—{due}年也暂无增速数据",
    ),
    "cagr-no-values": (
        "no whole-year value after the base year and no growth figure for {base}–{due}",
        "基期之后暂无全年数据，{base}—{due}年也暂无增速数据",
    ),
    "months-summed": (
        "{period_zh} ({period}) is the sum of {pieces} (由各月当期值累加)",
        "{period_zh}由{pieces_zh}累加",
    ),
    "gap": (
        "no figure for {month_zh} ({month}): the months after it are not counted (缺{month_zh}数据)",
        "缺{month_zh}数据，其后各月数据未计入",
    ),
    "growth-from-levels": (
        "the growth for {period_zh} ({period}) is computed from its value and the value a year earlier "
        "(增速由上年同期累计值计算)",
        "{period_zh}增速由本期与上年同期累计值计算",
    ),
    "region-sum": (
        "the value for {period_zh} ({period}) is the sum of {parts} (由各组成地区数值相加)",
        "{period_zh}数值由{parts}相加",
    ),
    "derived-indicator": (
        "{indicator} for {period_zh} ({period}) is {how} (由{parts}计算)",
        "{period_zh}{indicator}由{parts}计算（{how_zh}）",
    ),
    "awaiting-final": (
        "the due year {due} has ended without its whole-year figure: judged on the figure for {period}",
        "{due}年已结束，尚无全年数据，按{period_zh}数据评价",
    ),
    "cagr-fallback": (
        "the average annual growth is not known yet (no base value or no whole-year value after the base "
        "year): the latest growth rate stands in for it",
        "年均增速暂无法计算（缺少基期数值或基期后的全年数据），以最新增速代替",
    ),
}


@dataclass(frozen=True, slots=True)
class Note:
    code: str
    args: tuple[tuple[str, str], ...] = ()
    more: tuple[Note, ...] = ()  # further notes said after this one

    def text(self, lang: str = "en") -> str:
        en, zh = _TEXT[self.code]
        template = zh if lang == "zh" else en
        own = template.format(**dict(self.args))
        if not self.more:
            return own
        return ("；" if lang == "zh" else "; ").join([own, *(m.text(lang) for m in self.more)])


def note(code: str, **args: object) -> Note:
    if code not in _TEXT:
        raise KeyError(f"unknown note code {code!r}")
    return Note(code, tuple((k, str(v)) for k, v in sorted(args.items())))


def joined(*notes: Note | None) -> Note | None:
    """The notes given (None left out) as one, said in order; None when there is none."""
    found = [n for n in notes if n is not None]
    if not found:
        return None
    first, rest = found[0], found[1:]
    return Note(first.code, first.args, first.more + tuple(rest)) if rest else first
