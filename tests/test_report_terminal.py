"""The terminal summary table and the import progress bar.

Snapshots live in tests/snapshots/; run with UPDATE_SNAPSHOTS=1 to rewrite them
after a deliberate change, and read the diff.
"""

from __future__ import annotations

import io
import threading
import os
from dataclasses import replace
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console

from tracker.report import import_progress, render_table

import test_report_samples as s

SNAPSHOTS = Path(__file__).parent / "snapshots"


def rendered(width: int, lang: str = "zh", evaluations=None, problems=None) -> str:
    console = Console(width=width, force_terminal=False, color_system=None, record=True, file=io.StringIO())
    render_table(s.evaluations() if evaluations is None else evaluations,
                 s.problems() if problems is None else problems, s.AS_OF, console, lang=lang)
    return console.export_text()


def check_snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("UPDATE_SNAPSHOTS") or not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("width", [80, 160])
def test_snapshot(width):
    check_snapshot(f"terminal_zh_{width}.txt", rendered(width))


def test_snapshot_english():
    check_snapshot("terminal_en_80.txt", rendered(80, lang="en"))


@pytest.mark.parametrize("width", [60, 80, 100, 120, 160, 200])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_table_rows_fit_the_width(width, lang):
    text = rendered(width, lang, problems=[])
    lines = text.splitlines()
    if width < 80:  # the counts line may wrap on a very narrow terminal; the table must not
        lines = lines[next(i for i, ln in enumerate(lines) if ln.startswith(("状态", "Status"))) - 2:]
    assert all(cell_len(line) <= width for line in lines), [ln for ln in lines if cell_len(ln) > width]
    # one line per goal: nothing wraps
    body = [ln for ln in lines[3:] if ln.strip() and not set(ln.strip()) <= set("─╌ ")]
    assert len(body) == len(s.evaluations())


def test_grouped_worst_first_with_counts():
    text = rendered(80)
    lines = text.splitlines()
    assert lines[0] == "目标进度（截至 2024-10）：共7项"
    assert lines[1] == "未完成 1 · 明显滞后 1 · 存在风险 1 · 暂无数据 1 · 进度正常 2 · 已完成 1"
    table = text[text.index("状态"):]
    order = [table.index(w) for w in ("未完成     南昌市", "明显滞后", "存在风险   江西省", "暂无数据   +区域",
                                      "进度正常   广州", "已完成     南昌高新区")]
    assert order == sorted(order)
    assert "…" in text  # long titles are cut with an ellipsis


def test_wide_table_shows_more():
    narrow, wide = rendered(80), rendered(160)
    assert "≥3500亿元(力争4500亿元)" in wide and "≥3500亿元(力争4500亿元)" not in narrow
    assert "2024年1-10月" in wide and "完成率" in wide
    assert "到2026年锂电产业营收超过3500亿元" in wide


def test_problems_are_listed_after_the_table():
    text = rendered(80)
    assert "输入文件中发现 2 个问题：" in text
    assert "bad.csv，第12行：单位“万元/吨”无法识别" in text
    many = [s.problems()[0]] * 25
    assert "另有 5 个问题" in rendered(80, problems=many)


def test_markup_in_input_is_printed_as_text():
    ev = replace(s.firms(), title="[bold red]高新[/] 企业 [link=http://x]x[/link]", region="[b]区[/b]")
    text = rendered(160, evaluations=[ev], problems=[])
    assert "[bold red]高新[/] 企业 [link=http://x]x[/link]" in text
    assert "[b]区[/b]" in text


def _raw(console_kwargs: dict) -> str:
    out = io.StringIO()
    console = Console(file=out, width=100, **console_kwargs)
    render_table(s.evaluations(), s.problems(), s.AS_OF, console)
    return out.getvalue()


def test_plain_text_when_not_a_terminal():
    assert "\x1b" not in _raw({})


def test_plain_table_written_directly_is_what_rich_would_print():
    evaluations = [*s.evaluations(), replace(s.firms(), id="x", title="响铃\x07 与\x1b[31m 转义\t制表")]
    for width in (100, 160):
        direct, through_rich = io.StringIO(), io.StringIO()
        render_table(evaluations, s.problems(), s.AS_OF, Console(file=direct, width=width))
        render_table(evaluations, s.problems(), s.AS_OF, Console(file=through_rich, width=width, record=True))
        assert direct.getvalue() == through_rich.getvalue()
        assert "\x07" not in direct.getvalue() and "\x1b" not in direct.getvalue()


def test_plain_text_with_no_color_even_on_a_terminal(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b" not in _raw({"force_terminal": True})


def test_colours_on_a_terminal(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    raw = _raw({"force_terminal": True, "color_system": "truecolor"})
    assert "\x1b[" in raw


def test_nothing_to_show():
    text = rendered(80, evaluations=[], problems=[])
    assert text.splitlines() == ["目标进度（截至 2024-10）：共0项",
                                 "未完成 0 · 明显滞后 0 · 存在风险 0 · 暂无数据 0 · 进度正常 0 · 已完成 0"]


def test_progress_shows_nothing_when_not_a_terminal(tmp_path):
    out = io.StringIO()
    console = Console(file=out, width=80)
    with import_progress(console, 30) as on_file:
        for i in range(30):
            on_file(tmp_path / f"{i}.xlsx")
    assert out.getvalue() == ""


def test_progress_bar_on_a_terminal(tmp_path, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    out = io.StringIO()
    console = Console(file=out, width=80, force_terminal=True, color_system="standard")
    with import_progress(console, 3) as on_file:
        # no refresh thread: files are read by forked workers only while no other thread runs
        assert threading.active_count() == 1
        for name in ("a.xlsx", "[b]b[/b].csv", "c.xls"):
            on_file(tmp_path / name)
            assert name.split("]")[-1] in out.getvalue()  # drawn as each file is done
    assert "3/3" in out.getvalue()
