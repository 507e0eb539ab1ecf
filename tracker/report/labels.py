"""Words for reports in Chinese (the default) and English.

Only presentation: status names, column headers, sheet names and the method
text. Nothing here decides anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from tracker.figure import Measure
from tracker.model import Kind, Qualifier, Status
from tracker.report.lights import Light

LANGS = ("zh", "en")


@dataclass(frozen=True, slots=True)
class Labels:
    lang: str
    status: Mapping[Status, str]
    qualifier: Mapping[Qualifier, str]
    kind: Mapping[Kind, str]
    measure: Mapping[Measure, str]
    sheets: Mapping[str, str]
    columns: Mapping[str, str]
    words: Mapping[str, str]
    method: tuple[tuple[str, str], ...]  # (heading, text with {placeholders})
    light: Mapping[Light, str]

    def sheet(self, key: str) -> str:
        return self.sheets[key]

    def col(self, key: str) -> str:
        return self.columns[key]

    def w(self, key: str, **kw: object) -> str:
        text = self.words[key]
        return text.format(**kw) if kw else text


def _ro(d: dict) -> Mapping:
    return MappingProxyType(d)


ZH = Labels(
    lang="zh",
    status=_ro({
        Status.ACHIEVED: "已完成",
        Status.ON_TRACK: "进度正常",
        Status.AT_RISK: "存在风险",
        Status.OFF_TRACK: "明显滞后",
        Status.MISSED: "未完成",
        Status.NO_DATA: "暂无数据",
        Status.AWAITING_FINAL: "待全年数据",
    }),
    qualifier=_ro({Qualifier.AT_LEAST: "≥", Qualifier.AT_MOST: "≤", Qualifier.ABOUT: "约"}),
    kind=_ro({Kind.LEVEL: "总量", Kind.GROWTH: "增速", Kind.CAGR: "年均增速"}),
    measure=_ro({Measure.VALUE: "数值", Measure.YOY: "同比增长(%)"}),
    sheets=_ro({
        "brief": "简报", "summary": "汇总", "ranking": "排名", "trends": "趋势", "figures": "数据",
        "problems": "问题", "method": "说明",
    }),
    columns=_ro({
        "group": "分组", "owner": "责任单位", "year_target": "年度目标", "year_completion": "年度完成率",
        "points": "较序时进度或目标（个百分点）", "light": "亮灯", "lagging": "滞后提示",
        "rank": "排名", "vs_average": "较平均（个百分点）", "move": "较上月", "rank_value": "进度/增速差",
        "region": "地区", "indicator": "指标", "goal": "目标", "due": "目标年份",
        "actual": "最新数值", "unit": "单位", "period": "数据期",
        "completion": "完成率", "completion_due": "完成率（对目标年）", "time_progress": "序时进度",
        "progress": "进度(计划=100%)", "plan_progress": "完成序时计划",
        "probability": "完成概率",
        "status": "状态", "previous": "上月状态", "change": "变化",
        "gap": "与计划差距", "required_rate": "今后所需增速", "projected": "预计年末", "projected_due": "预计目标年末",
        "title": "目标原文", "source": "出处", "note": "备注", "id": "编号",
        # trends
        "planned": "计划进度", "stretch": "力争进度",
        # figures
        "measure": "口径", "value": "数值", "cell": "来源单元格",
        "revised_from": "修订前数值", "used_by": "所用目标",
        # problems
        "file": "文件", "place": "位置", "message": "问题", "reason": "代码", "severity": "类别",
    }),
    words=_ro({
        "report": "目标进度报告",
        "title": "目标进度报告（截至{year}年{month}月）",
        "counts": "共{n}项：{parts}",
        "growth": "增长", "decline": "下降", "cagr": "年均增长", "cagr_decline": "年均下降",
        "stretch": "(力争{text})",
        "pp": "个百分点",
        "improved": "↑好转", "worsened": "↓变差", "new": "新增", "same": "",
        "trend_title": "{region} · {indicator}",
        "no_trends": "暂无两期以上数据的目标，无法绘制趋势图。",
        "trends_capped": "共{total}个目标有两期以上数据，此处按状态从差到好列出前{shown}个；其余目标的评价数据见“数据”表。",
        "no_problems": "未发现问题。",
        "severity_error": "错误", "severity_warning": "提醒",
        "no_figures": "本期评价未使用任何数据。",
        "figures_note": "下列为本报告评价所用的全部数据；“修订前数值”为被后来导入的数据替换的旧值。",
        "actual_series": "实际",
        "as_of": "截至月份", "generated": "生成时间", "version": "程序版本", "run": "运行编号",
        "thresholds": "判定阈值",
        "problems_more": "……另有 {n} 个问题，详见报告“问题”表或 tracker validate。",
        "problems_head": "输入文件中发现 {n} 个问题：",
        "header": "目标进度（截至 {as_of}）：共{n}项",
        "importing": "导入",
        "method_title": "说明：状态如何判定",
        "lagging": "连续{n}个月滞后", "no_group": "（未分组）", "sources_head": "出处及数据来源",
        "previous_month": "上月状态（{month}）", "no_ranking": "没有三个以上地区共有同一指标、类型和目标年份的目标，暂无排名。",
        "ranking_note": "同一指标、类型和目标年份的目标在三个以上地区时排名：总量类按进度，增速类按增速差（个百分点），数值相同者名次并列。",
        "year": "年份", "whole_actual": "全年实际", "whole_plan": "全年计划", "months_span": "1—{months}月",
        "ytd_actual": "{span}累计实际", "ytd_plan": "{span}累计计划",
        "beijing_time": "{time}（北京时间）", "goal_short": "目标",
        "completion_chart": "年度完成率与序时进度",
        "lights_by_group": "分组亮灯情况", "group": "分组", "total": "合计", "others": "其他",
        "brief_title": "总体情况",
    }),
    method=(
        ("数据范围", "只使用截至 {as_of}（含）的数据。"),
        ("已完成", "最新数据已达到目标（提前达到也算；“不超过”类目标须有目标年份全年数据）。"),
        ("进度正常", "进度 ≥ 100%，即实际值不低于序时计划值；增速类目标：实际增速不低于目标。"),
        ("存在风险", "总量类：进度在 {at_risk_progress:.0%} 至 100% 之间；增速类：实际增速低于目标但差距不超过 {at_risk_margin_abs:g} 个百分点。"),
        ("明显滞后", "总量类：进度低于 {at_risk_progress:.0%}；增速类：实际增速比目标低 {at_risk_margin_abs:g} 个百分点以上。"),
        ("未完成", "已有目标年份全年数据，且未达到目标。"),
        ("暂无数据", "没有可用于评价的数据（原因见“备注”）。"),
        ("待全年数据", "目标年份已结束，但尚无全年数据；进度等数字按最新一期数据计算（见“备注”）。"),
        ("完成率", "最新数值 ÷ 目标值。"),
        ("序时进度", "年内已过月份 ÷ 12；例如1-10月累计数据为 83.3%。"),
        ("完成序时计划", "（实际 − 基数）÷（计划 − 基数）；计划值沿基期到目标年的匀速增长轨迹按序时折算；100% 即恰好符合计划。"),
        ("与计划差距", "总量类：实际值 − 序时计划值（目标单位）；增速类：实际增速 − 目标增速（百分点）。"),
        ("今后所需增速", "为在目标年达到目标，今后每年需要的平均增速。"),
        ("预计年末", "按当前进度推算目标年年末的数值。"),
        ("“左右”", "总量类允许相对误差 {level_tolerance:.0%}，增速类允许 {rate_tolerance:g} 个百分点。"),
        ("年度目标", "多年目标按基期到目标年的匀速增长轨迹折算的当年计划值；增速类为目标增速。"),
        ("年度完成率", "最新数值 ÷ 年度目标；与序时进度相比，差额（×100）即快于或慢于序时进度的百分点数。"),
        ("亮灯", "默认按状态：已完成、进度正常为绿灯，存在风险为黄灯，明显滞后、未完成为红灯，暂无数据、待全年数据为灰灯；"
                 "tracker.toml 的 [lights] by = \"points\" 时，累计类目标按慢于序时进度的百分点数亮灯。"),
    ),
    light=_ro({Light.GREEN: "绿", Light.YELLOW: "黄", Light.RED: "红", Light.GREY: "灰"}),
)

EN = Labels(
    lang="en",
    status=_ro({
        Status.ACHIEVED: "Achieved",
        Status.ON_TRACK: "On track",
        Status.AT_RISK: "At risk",
        Status.OFF_TRACK: "Off track",
        Status.MISSED: "Missed",
        Status.NO_DATA: "No data",
        Status.AWAITING_FINAL: "Awaiting full-year data",
    }),
    qualifier=_ro({Qualifier.AT_LEAST: "≥", Qualifier.AT_MOST: "≤", Qualifier.ABOUT: "about "}),
    kind=_ro({Kind.LEVEL: "level", Kind.GROWTH: "growth", Kind.CAGR: "average growth"}),
    measure=_ro({Measure.VALUE: "value", Measure.YOY: "year-on-year growth (%)"}),
    sheets=_ro({
        "brief": "Brief", "summary": "Summary", "ranking": "Ranking", "trends": "Trends", "figures": "Figures",
        "problems": "Problems", "method": "Method",
    }),
    columns=_ro({
        "group": "Group", "owner": "Responsible", "year_target": "This year's plan",
        "year_completion": "Year's completion", "points": "Ahead (+) / behind (−), pp", "light": "Light",
        "lagging": "Lagging", "rank": "Rank", "vs_average": "vs average (pp)", "move": "vs last month",
        "rank_value": "Progress / margin",
        "region": "Region", "indicator": "Indicator", "goal": "Goal", "due": "Due",
        "actual": "Latest", "unit": "Unit", "period": "Period",
        "completion": "Complete", "time_progress": "Time elapsed", "progress": "Progress (plan = 100%)",
        "plan_progress": "Progress (plan = 100%)", "completion_due": "Complete (due year's goal)",
        "projected_due": "Projected (due year)",
        "probability": "Probability",
        "status": "Status", "previous": "Last month", "change": "Change",
        "gap": "Gap to plan", "required_rate": "Growth needed", "projected": "Projected",
        "title": "Goal as stated", "source": "Stated in", "note": "Note", "id": "ID",
        "planned": "Plan", "stretch": "Stretch",
        "measure": "Measure", "value": "Value", "cell": "Source cell",
        "revised_from": "Earlier value", "used_by": "Used by",
        "file": "File", "place": "Place", "message": "Problem", "reason": "Code", "severity": "Kind",
    }),
    words=_ro({
        "report": "Progress report",
        "title": "Progress report as of {year}-{month:02d}",
        "counts": "{n} goals: {parts}",
        "growth": "growth ", "decline": "decline ", "cagr": "average growth ",
        "cagr_decline": "average decline ",
        "stretch": " (stretch {text})",
        "pp": " pp",
        "improved": "↑ better", "worsened": "↓ worse", "new": "new", "same": "",
        "trend_title": "{region} · {indicator}",
        "no_trends": "No goal has figures for two or more periods yet: no trend to draw.",
        "trends_capped": "{total} goals have figures for two or more periods; the first {shown}, worst first, are shown here. The figures behind every judgement are in the Figures sheet.",
        "no_problems": "No problems found.",
        "severity_error": "error", "severity_warning": "warning",
        "no_figures": "No figure was used.",
        "figures_note": "Every figure this report's judgements used; 'Earlier value' is the value a later import replaced.",
        "actual_series": "Actual",
        "as_of": "As of", "generated": "Generated", "version": "Version", "run": "Run",
        "thresholds": "Thresholds",
        "problems_more": "… and {n} more problems: see the report's Problems sheet or tracker validate.",
        "problems_head": "{n} problems in the input files:",
        "header": "Progress as of {as_of}: {n} goals",
        "importing": "Importing",
        "method_title": "Method: how each status is decided",
        "lagging": "behind {n} months in a row", "no_group": "(no group)", "sources_head": "Sources",
        "previous_month": "Status in {month}", "no_ranking": "No indicator, kind and due year is shared by goals of three or more regions: no ranking.",
        "ranking_note": "Goals sharing indicator, kind and due year across three or more regions, ranked by progress (levels) or margin in percentage points (rates); equal values share a rank.",
        "year": "Year", "whole_actual": "Whole year", "whole_plan": "Whole-year plan", "months_span": "Jan–{months}",
        "ytd_actual": "{span} actual", "ytd_plan": "{span} plan",
        "beijing_time": "{time} (Beijing time, UTC+8)", "goal_short": "Goal",
        "completion_chart": "Year's completion against time elapsed (furthest behind first)",
        "lights_by_group": "Lights by group", "group": "Group", "total": "Total", "others": "Others",
        "brief_title": "Overview",
    }),
    method=(
        ("Figures counted", "{as_of}: only figures for periods ending in or before this month count."),
        ("Achieved", "The latest figure meets the goal (early counts; an 'at most' goal needs the whole due year)."),
        ("On track", "Progress ≥ 100%: the figure is at or above the plan for the time elapsed; growth goals: the rate meets the goal."),
        ("At risk", "Levels: progress from {at_risk_progress:.0%} to below 100%; growth goals: the rate falls short by at most {at_risk_margin_abs:g} percentage points."),
        ("Off track", "Levels: progress below {at_risk_progress:.0%}; growth goals: the rate falls short by more than {at_risk_margin_abs:g} percentage points."),
        ("Missed", "The whole due year is in and the goal was not met."),
        ("No data", "No figure can be judged yet (see Note)."),
        ("Awaiting full-year data", "The due year has ended but its whole-year figure has not come yet; "
         "the numbers are those of the latest figure (see Note)."),
        ("Completion", "Latest figure ÷ goal."),
        ("Time elapsed", "Months of the year elapsed ÷ 12; January–October is 83.3%."),
        ("Progress", "(actual − base) ÷ (plan − base), the plan following constant growth from the base year to the due year, pro rata within the year; 100% is exactly on plan."),
        ("Gap to plan", "Levels: actual − plan for the time elapsed (goal's unit); growth goals: actual − goal rate (percentage points)."),
        ("Growth needed", "The average annual growth the remaining years need to reach the goal."),
        ("Projected", "The value expected at the end of the due year at the present pace."),
        ("'About'", "Levels allow a relative shortfall of {level_tolerance:.0%}; rates {rate_tolerance:g} percentage points."),
        ("This year's plan", "For a goal over several years, the planned value for the figure's year on the constant-growth path from the base; rates: the goal's rate."),
        ("Year's completion", "Latest figure ÷ this year's plan; minus time elapsed (× 100) it is how many points ahead or behind."),
        ("Lights", "By status by default: achieved and on track green, at risk yellow, off track and missed red, no data and awaiting grey; "
                   "with [lights] by = \"points\" in tracker.toml, year-to-date goals are lit by their points behind time elapsed."),
    ),
    light=_ro({Light.GREEN: "green", Light.YELLOW: "yellow", Light.RED: "red", Light.GREY: "grey"}),
)


def labels_for(lang: str) -> Labels:
    if lang == "zh":
        return ZH
    if lang == "en":
        return EN
    raise ValueError(f"unknown report language {lang!r} (expected one of {', '.join(LANGS)})")
