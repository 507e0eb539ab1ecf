"""What ``tracker history`` says: a goal's figures with their revisions, and its status run by run."""

from __future__ import annotations

from tracker.messages.catalogue import register

MESSAGES: dict[str, tuple[str, str]] = {
    "history.figures": ("数据（在用的数据，以及被修订替换的数据）：", "Figures (in use, and values replaced by a revision):"),
    "history.no-figures": ("  库中没有数据", "  none in the store"),
    "history.in-use": ("在用", "in use"),
    "history.replaced": ("{when}被替换", "replaced {when}"),
    "history.revised": ("（由{value}修订而来）", "  (revised from {value})"),
    "history.recorded": ("记录于 {when}", "recorded {when}"),
    "history.runs": ("各次运行的状态：", "Status by run:"),
    "history.no-runs": ("  尚无任何已记录的运行评估过该目标", "  not judged by any recorded run"),
    "history.actual": ("实际 {value} {unit}", "actual {value} {unit}"),
    "history.actual-period": ("实际 {value} {unit}（{period}）", "actual {value} {unit} ({period})"),
    "history.progress": ("进度 {value}", "progress {value}"),
    "history.margin_pp": ("差距 {value}个百分点", "margin_pp {value}"),
    "history.no-target": ("tracker history：{targets} 中没有目标“{id}”，已记录的运行也未评估过它",
                          "tracker history: no target '{id}' in {targets} and none judged by a recorded run"),
}

register(MESSAGES)
