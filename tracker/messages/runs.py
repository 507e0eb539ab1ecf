"""Texts of the run record: ``tracker run``'s summary, ``tracker runs``, ``tracker status``, the alerts."""

from __future__ import annotations

from tracker.messages.catalogue import register

RUNS: dict[str, tuple[str, str]] = {
    # outcomes and triggers
    "run.outcome.ok": ("成功", "ok"),
    "run.outcome.problems": ("有问题", "problems"),
    "run.outcome.skipped": ("跳过", "skipped"),
    "run.outcome.failed": ("失败", "failed"),
    "run.outcome.running": ("进行中", "running"),
    "run.trigger.cli": ("手动", "by hand"),
    "run.trigger.schedule": ("定时", "scheduled"),
    # statuses, as the report names them
    "run.status.achieved": ("已完成", "achieved"),
    "run.status.on_track": ("进度正常", "on track"),
    "run.status.at_risk": ("存在风险", "at risk"),
    "run.status.off_track": ("明显滞后", "off track"),
    "run.status.missed": ("未完成", "missed"),
    "run.status.no_data": ("暂无数据", "no data"),
    "run.status.awaiting_final": ("待全年数据", "awaiting full-year data"),
    "run.status.count": ("{status}{n}个", "{n} {status}"),
    # one run
    "run.head": ("运行 #{id}  {as_of}  {outcome}", "run #{id}  {as_of}  {outcome}"),
    "run.when": ("{started}，{trigger}", "{started}, {trigger}"),
    "run.imported": ("导入 {n} 个文件", "{n} file(s) imported"),
    "run.unchanged": ("{n} 个文件未变", "{n} file(s) unchanged"),
    "run.revised": ("修订 {n} 个数据", "{n} figure(s) revised"),
    "run.goals": ("目标 {n} 个：{counts}", "{n} goal(s): {counts}"),
    "run.goals.none": ("没有目标", "no goals"),
    "run.problems": ("问题 {n} 个", "{n} problem(s)"),
    "run.report": ("报告：{path}", "report: {path}"),
    "run.skipped": ("无新数据，与运行 #{matched} 相同，未重写报告",
                    "nothing new since run #{matched}; no new report"),
    "run.failed": ("失败原因：{error}", "failed: {error}"),
    "run.traceback": ("内部错误的调用栈：", "traceback of the internal error:"),
    "run.traceback.none": ("（没有调用栈）", "(no traceback kept)"),
    "run.stale": ("运行 #{id}（{as_of}）曾被中断，已记为失败",
                  "run #{id} (as of {as_of}) had been interrupted; recorded it as failed"),
    "run.alert.ok": ("已通知（{channel}）", "alerted ({channel})"),
    "run.alert.failed": ("通知失败（{channel}）：{detail}", "alert failed ({channel}): {detail}"),
    "run.holder.starting": ("另一个运行正在启动", "another tracker run is starting"),
    "run.holder": ("运行 #{id}（截至 {as_of}，{started} 开始，{host} 上的进程 {pid}）",
                   "run #{id} (as of {as_of}, started {started}, pid {pid} on {host})"),
    "run.waiting": ("{holder}正在使用此数据库；最多等待 {wait} 秒，待其结束",
                    "{holder} is in progress on this store; waiting up to {wait} s for it to finish"),
    "run.busy": ("{holder}在 {wait} 秒后仍未结束；不启动第二个运行（待其结束后再试）",
                 "{holder} is still in progress after {wait} s; not starting a second run "
                 "(try again when it has finished)"),
    "runs.none": ("尚无运行记录", "no runs recorded yet"),
    "runs.unknown": ("没有运行 #{id}", "no run #{id}"),
    "runs.see": ("详见 `tracker runs --show {id}`", "see `tracker runs --show {id}`"),
    # status
    "status.title": ("数据库 {store}", "store {store}"),
    "status.last_run": ("最近一次运行", "last run"),
    "status.no_run": ("尚无运行记录", "no runs recorded yet"),
    "status.files": ("各类文件的最新一期", "newest release per file family"),
    "status.files.none": ("数据文件夹中没有数据文件", "no actuals files in the folder"),
    "status.file": ("{family}：{name}（{release}）", "{family}: {name} ({release})"),
    "status.file.undated": ("{name}（名称中无日期）", "{name} (no date in its name)"),
    "status.awaiting": ("等待数据的目标（运行 #{id}）", "goals awaiting figures (run #{id})"),
    "status.awaiting.none": ("没有等待数据的目标", "no goal awaits figures"),
    "status.awaiting.unknown": ("等待数据的目标：尚无评估过目标的运行，无从得知",
                                "goals awaiting figures: no run has judged the goals yet"),
    "status.awaiting.goal": ("{id}：{status}", "{id}: {status}"),
    "status.awaiting.more": ("另有 {n} 个", "and {n} more"),
    "status.next": ("下次定时运行：{when}", "next scheduled run: {when}"),
    "status.next.job": ("（取自调度器的任务）", " (from the scheduler's job)"),
    "status.next.default": ("（默认时间表 {cron}，尚无调度器任务）",
                            " (the default schedule {cron}; no scheduler has run on this store)"),
    "status.next.never": ("无", "none"),
    "status.late": ("本月 {day} 日前未收到新数据文件：数据迟到",
                    "no new actuals file by day {day} of this month: data are late"),
    # alerts
    "alert.subject": ("【规划目标跟踪】{as_of} 运行 #{id}：{what}", "[plan tracker] {as_of} run #{id}: {what}"),
    "alert.late": ("数据迟到", "data late"),
    "alert.late.line": ("本月 {day} 日前未收到新数据文件（最近一次导入：{last}）",
                        "no new actuals file by day {day} of this month (last import: {last})"),
    "alert.never": ("从未", "never"),
}

register(RUNS)
