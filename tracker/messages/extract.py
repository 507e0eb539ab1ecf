"""What ``tracker extract`` says around its drafts (the YAML comments and its errors)."""

from __future__ import annotations

from tracker.messages import register

MESSAGES: dict[str, tuple[str, str]] = {
    "extract.header": (
        "# `tracker extract` 提出的目标草稿。下面每个目标按原样即可通过校验。\n"
        "# 请对照引文核对每条 review 说明中列出的字段（地区、指标、目标年份、流量或存量、基期），\n"
        "# 然后保留、修改或删除该目标。每个目标上方注明置信度（0–1）及其理由。",
        "# Draft target specs proposed by `tracker extract`. Every target below validates as\n"
        "# printed. Check the fields named in each `review:` note against the quote (region,\n"
        "# indicator, due year, flow or stock, base), then keep, correct or delete the target.\n"
        "# Above each target: its confidence (0-1) and the reasons.",
    ),
    "extract.confidence": ("# 置信度 {detail}", "# confidence {detail}"),
    "extract.guessed": ("# 推测的字段：{fields}（见文末 review）", "# guessed: {fields} (see review below)"),
    "extract.figures": ("# figures：文中找到的已完成数据，可作为 actuals/ 的行（长表，CSV）：",
                        "# figures: past results found in the text, as rows for actuals/ (long layout, CSV):"),
    "extract.unreadable": ("tracker：{file}：无法读取文件：{error}", "tracker: {file}: cannot read the document: {error}"),
}

register(MESSAGES)
