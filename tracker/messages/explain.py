"""What ``tracker explain`` says: how each number of a goal's judgement was made."""

from __future__ import annotations

from tracker.messages.catalogue import register

MESSAGES: dict[str, tuple[str, str]] = {
    "explain.goal": ("{id}：{title}", "{id}: {title}"),
    "explain.what": ("{region} · {indicator} · {kind} · 目标年份 {due} · 目标 {target}",
                     "{region} · {indicator} · {kind} · due {due} · target {target}"),
    "explain.status": ("状态（截至{as_of}）：{status}", "Status as of {as_of}: {status}"),
    "explain.note": ("说明：{note}", "Note: {note}"),
    "explain.actual": ("最新数值 A = {value}（{period}）", "Latest figure A = {value} ({period})"),
    "explain.made": ("A 由以下数据计算而来（{how}）：", "A was made from these figures ({how}):"),
    "explain.used": ("所用数据：", "Figures used:"),
    "explain.other": ("其他所用数据：", "Other figures used:"),
    "explain.none": ("  没有可用的数据", "  none"),
    "explain.figure": ("  {period:<14} {measure:<6} {value:>14} {unit:<6} {source}",
                       "  {period:<14} {measure:<6} {value:>14} {unit:<6} {source}"),
    "explain.base": ("基期值 b = {value}（{period}）", "Base value b = {value} ({period})"),
    "explain.time": ("序时进度 = {m}/12 = {value}", "Time elapsed = {m}/12 = {value}"),
    "explain.expected": ("计划值 E = {value}", "Expected E = {value}"),
    "explain.progress": ("进度 = (A − B)/(E − B) = {value}（B = {b}）", "progress = (A − B)/(E − B) = {value} (B = {b})"),
    "explain.completion": ("完成率 = A / 目标 = {value}", "completion = A / target = {value}"),
    "explain.margin": ("与目标差距 = {value}个百分点", "margin = {value} percentage points"),
    "explain.required": ("今后所需增速 = {value}%", "growth still needed = {value}%"),
    "explain.projected": ("预计目标年份 = {value}", "projected for the due year = {value}"),
    "explain.unknown": ("{targets} 中没有目标“{id}”", "no target '{id}' in {targets}"),
}

register(MESSAGES)
