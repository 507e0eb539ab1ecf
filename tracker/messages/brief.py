"""The 简报's sentences and the bulletin's other words (tracker.report.brief, the report's header and lights)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # -- the report's settings in tracker.toml ([lights], [report])
    "problem.bad-settings.choice": ("{key} 应为 {choices} 之一", "{key} must be one of {choices}"),
    "problem.bad-settings.months": ("{key} 应为不小于2的整数", "{key} must be a whole number, 2 or more"),
    "problem.bad-settings.negative": ("{key} 不能为负数", "{key} must not be negative"),
    # -- 总体情况
    "brief.overview": (
        "截至{month}，纳入监测的目标任务共{n}项。其中，已完成{achieved}项，进度正常{on_track}项，"
        "慢于序时进度{behind}项（存在风险{at_risk}项、明显滞后{off_track}项），未完成{missed}项，"
        "待全年数据{awaiting}项，暂无数据{no_data}项。",
        "As of {month}, {n} goals are monitored: {achieved} achieved, {on_track} on track, "
        "{behind} behind plan ({at_risk} at risk, {off_track} off track), {missed} missed, "
        "{awaiting} awaiting full-year data, {no_data} without data.",
    ),
    "brief.lights": (
        "亮灯情况：绿灯{green}项、黄灯{yellow}项、红灯{red}项、灰灯{grey}项。",
        "Lights: {green} green, {yellow} yellow, {red} red, {grey} grey.",
    ),
    # -- changes since the month before
    "brief.changes": (
        "与{month}相比，{n}项目标状态发生变化：{items}。",
        "Compared with {month}, {n} goals changed status: {items}.",
    ),
    "brief.changes_more": ("等", " and others"),
    "brief.change_item": ("{goal}由“{before}”转为“{now}”", "{goal} from {before} to {now}"),
    "brief.no_changes": ("与{month}相比，各项目标状态均无变化。", "Compared with {month}, no goal changed status."),
    "brief.new_goals": ("本月新纳入监测目标{n}项。", "{n} goals are monitored for the first time."),
    "brief.first": ("本月为首次监测，暂无上月情况可比。", "This is the first month monitored: nothing to compare with."),
    "brief.earlier_month": ("上期", "the previous report"),
    # -- furthest behind
    "brief.behind_head": ("进度最慢的{n}项：", "The {n} goals furthest behind: "),
    "brief.seasonal": ("{goals}慢于序时进度，但按往年同期进度衡量则进度正常。",
                       "{goals}: behind the straight 序时进度, but on plan measured by past years' pace."),
    "brief.fell_below": ("完成概率本月降至50%以下的{n}项：{goals}。",
                         "{n} goal(s) whose probability of being met fell below 50% this month: {goals}."),
    "brief.behind_none": ("目前没有慢于序时进度的目标。", "No goal is behind plan."),
    "brief.item_flow": (
        "{goal}，{period}完成{actual}{unit}，完成年度目标的{completion}%，{direction}序时进度{points}个百分点",
        "{goal}: {actual} {unit} in {period}, {completion}% of the year's target, {points} pp {direction} time elapsed",
    ),
    "brief.item_rate": (
        "{goal}，{period}{word}{actual}%，{direction}目标{points}个百分点",
        "{goal}: {word} {actual}% in {period}, {points} pp {direction} the goal",
    ),
    "brief.item_progress": (
        "{goal}，{period}为{actual}{unit}，完成序时计划的{progress}%",
        "{goal}: {actual} {unit} in {period}, {progress}% of plan",
    ),
    "brief.faster": ("快于", "ahead of"),
    "brief.slower": ("慢于", "behind"),
    "brief.higher": ("高于", "above"),
    "brief.lower": ("低于", "below"),
    "brief.grew": ("增长", "growth"),
    "brief.fell": ("下降", "decline"),
    "brief.goal": ("{region}{indicator}（{due}年目标）", "{region} {indicator} (due {due})"),
    "brief.item_sep": ("；", "; "),
    "brief.list_sep": ("、", ", "),
    "brief.lagging": ("连续{months}个月滞后的目标{n}项：{items}。", "{n} goals behind plan {months} months in a row: {items}."),
    # -- data problems
    "brief.problems": (
        "本期数据文件中发现问题{n}个（错误{errors}个、警告{warnings}个），涉及{files}，详见“问题”表。",
        "{n} problems were found in the input files ({errors} errors, {warnings} warnings), in {files}; "
        "see the Problems sheet.",
    ),
    "brief.files_more": ("等{n}个文件", " and {n} files in all"),
    "brief.no_problems": ("本期数据文件未发现问题。", "No problem was found in the input files."),
    # -- the report's header block and title
    "report.title": ("{unit}目标任务推进情况（{period}）", "Progress on plan goals{unit}, {period}"),
    "report.title_unit": ("{unit}", " of {unit}"),
    "report.period_ytd": ("{year}年1—{month}月", "{year}-01 to {year}-{month:02d}"),
    "report.period_january": ("{year}年1月", "{year}-01"),
    "report.unit": ("报送单位：{unit}", "Reported by: {unit}"),
    "report.month": ("监测月份：{month}", "Month: {month}"),
    "report.date": ("生成时间：{time}（北京时间）", "Generated: {time} (Beijing time)"),
    "report.lights_by_group": ("分组亮灯情况", "Lights by group"),
    "report.chart_title": ("年度完成率与序时进度", "Year's completion against time elapsed"),
    "report.chart_time": ("序时进度", "Time elapsed"),
    "report.chart_completion": ("年度完成率", "Year's completion"),
    "report.total": ("合计", "Total"),
    "report.group": ("分组", "Group"),
    "report.no_group": ("（未分组）", "(no group)"),
    "report.sources_head": ("出处及数据来源", "Sources"),
    "report.source_note": ("注{n}", "[{n}]"),
    "report.data_origin": ("数据来源：{text}", "Figures from: {text}"),
    # -- 排名 (tracker.report.ranking)
    "rank.head": ("{indicator}（{kind}，{due}年目标）：{n}个地区，平均{average}",
                  "{indicator} ({kind}, due {due}): {n} regions, average {average}"),
    "rank.line": ("  {rank:>3}  {region}  {value}  较平均{diff}  {move}",
                  "  {rank:>3}  {region}  {value}  vs average {diff}  {move}"),
    "rank.up": ("前移{n}位", "up {n}"),
    "rank.down": ("后移{n}位", "down {n}"),
    "rank.same": ("持平", "same"),
    "rank.none": ("没有三个以上地区共有同一指标、类型和目标年份的目标，无法排名。",
                  "No indicator, kind and due year is shared by goals of three or more regions: nothing to rank."),
    "rank.by_progress": ("进度", "progress"),
    "rank.by_margin": ("增速差", "margin"),
    # -- the Word document (tracker.report.document)
    "doc.heading_1": ("一、总体情况", "1. Overview"),
    "doc.heading_2": ("二、较上月变化", "2. Changes since last month"),
    "doc.heading_3": ("三、需重点关注的目标", "3. Goals needing attention"),
    "doc.heading_4": ("四、数据问题", "4. Data problems"),
    "doc.table_head": ("附表：目标任务亮灯情况", "Table: the goals and their lights"),
    "doc.due": ("（{due}年）", " (by {due})"),
    "doc.more": ("另有{n}项目标见Excel报告“汇总”表。", "{n} more goals are in the Excel report's Summary sheet."),
}
