"""Texts of the outlook (tracker.outlook): what a goal's probability was made from."""

from __future__ import annotations

from tracker.messages.catalogue import register

MESSAGES: dict[str, tuple[str, str]] = {
    "outlook.achieved": ("已完成目标", "the target is met"),
    "outlook.missed": ("目标年份全年数据已出，未完成", "the whole due year is known and falls short"),
    "outlook.short": (
        "往年同期数据仅{n}年，不足{need}年，不估计完成概率",
        "only {n} past year(s) of the same figures, fewer than {need}: no probability",
    ),
    "outlook.growth": (
        "按{years}年1-{m}月累计增速到全年增速的变化推算",
        "from how the growth rate moved from months 1-{m} to the whole year in {years}",
    ),
    "outlook.shares": (
        "按{years}年1-{m}月占全年的比重推算全年",
        "the whole year from the share months 1-{m} had of the whole year in {years}",
    ),
    "outlook.shares-carried": (
        "按{years}年1-{m}月占全年的比重推算今年，以后各年按{growth_years}年的年增长延续至{due}年",
        "this year from the share months 1-{m} had in {years}, later years carried to {due} at the "
        "annual growth of {growth_years}",
    ),
    "outlook.carried": (
        "按{growth_years}年的年增长延续至{due}年",
        "carried to {due} at the annual growth of {growth_years}",
    ),
    "outlook.stock": (
        "按{years}年的年增长延续至{due}年末",
        "carried to the end of {due} at the annual growth of {years}",
    ),
    "outlook.cagr": (
        "最新全年数值按{growth_years}年的年增长延续至{due}年（今年按累计增速）",
        "the latest whole year carried to {due} at the annual growth of {growth_years} (this year by its "
        "year-to-date growth)",
    ),
    "outlook.seasonal-normal": ("按往年同期进度衡量则进度正常", "measured by past years' pace, progress is normal"),
    "outlook.fell-below": (
        "完成概率本月降至{threshold}以下：{goals}",
        "probability fell below {threshold} this month: {goals}",
    ),
    "outlook.probability": ("完成概率", "Probability"),
    "outlook.seasonal-time-progress": ("按往年同期进度", "Past years' pace"),
}

register(MESSAGES)
