"""[lights] and [report] in tracker.toml."""

from __future__ import annotations

import textwrap

from tracker.config import DEFAULT, load_settings


def settings_from(tmp_path, text):
    path = tmp_path / "tracker.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_settings(path)


def test_defaults():
    assert (DEFAULT.lights_by, DEFAULT.lights_yellow, DEFAULT.lagging_months, DEFAULT.report_unit) == (
        "status", 10.0, 2, None)


def test_lights_and_report_unit(tmp_path):
    settings, problems = settings_from(tmp_path, """\
        [lights]
        by = "points"
        yellow = 5
        lagging_months = 3

        [report]
        unit = "南昌市工业和信息化局"
        """)
    assert problems == []
    assert (settings.lights_by, settings.lights_yellow, settings.lagging_months, settings.report_unit) == (
        "points", 5.0, 3, "南昌市工业和信息化局")


def test_bad_values_are_problems_naming_the_setting(tmp_path):
    settings, problems = settings_from(tmp_path, """\
        [lights]
        by = "colour"
        yellow = -1
        lagging_months = 1

        [report]
        unit = 3
        """)
    assert settings.lights_by == "status" and settings.lights_yellow == 10.0 and settings.lagging_months == 2
    assert settings.report_unit is None
    messages = sorted(p.text("en") for p in problems)
    assert messages == sorted([
        "by must be one of 'status', 'points'", "yellow must not be negative",
        "lagging_months must be a whole number, 2 or more", "unit must be text"])
    assert {p.place for p in problems} == {"[lights]", "[report]"} and {p.reason for p in problems} == {"bad-settings"}


def test_report_unit_heads_the_report(tmp_path):
    import openpyxl

    from tracker.periods import parse_month
    from tracker.report import write_report

    settings, _ = settings_from(tmp_path, '[report]\nunit = "南昌市工业和信息化局"\n')
    wb = openpyxl.load_workbook(write_report([], [], [], parse_month("2024-09"), tmp_path / "out", settings=settings))
    assert wb["简报"]["A1"].value == "南昌市工业和信息化局目标任务推进情况（2024年1—9月）"
    assert wb["简报"]["A2"].value.startswith("报送单位：南昌市工业和信息化局　　监测月份：2024年9月　　生成时间：")
