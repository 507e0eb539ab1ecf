"""What the commands say around their results: counts, "no problems found", the problems' heading."""

from __future__ import annotations

from tracker.messages.catalogue import register

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.problems": ("输入文件中有{n}个问题：", "{n} problem(s) in the inputs:"),
    "cli.no-problems": ("未发现问题", "no problems found"),
    "cli.problems-and-warnings": ("输入文件中有{n}个问题，另有{w}个提醒（数据照常使用）：",
                                  "{n} problem(s) in the inputs, and {w} warning(s) (the data is used):"),
    "cli.warnings": ("{w}个提醒（数据照常使用）：", "{w} warning(s) (the data is used):"),
    "cli.warning-mark": ("提醒：", "warning: "),
    "cli.counts": ("{targets}个目标，来自{target_files}个文件；{figures}个数据，来自{files}个实际数据文件",
                   "{targets} target(s) from {target_files} file(s); {figures} figure(s) from {files} actuals file(s)"),
    "cli.counts-placeholders": ("{targets}个目标，来自{target_files}个文件；{figures}个数据，来自{files}个实际数据文件，"
                                "另有{placeholders}个单元格为占位符、没有数据",
                                "{targets} target(s) from {target_files} file(s); {figures} figure(s) from {files} "
                                "actuals file(s), {placeholders} placeholder cell(s) without a figure"),
}

register(MESSAGES)
