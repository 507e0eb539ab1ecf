"""The Word document (`tracker report --format docx`), `--brief` and `tracker evaluate --rank`.

The document is read back with python-docx and, where LibreOffice is installed,
converted to PDF and its text checked (pdftotext from poppler-utils).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import textwrap
from dataclasses import replace

import docx
import pytest
from docx.oxml.ns import qn

from tracker.report import brief
from tracker.report.document import MAX_ROWS, build_document, write_document

import test_report_samples as s
from test_cli import GANSU_TARGET, gansu_workbook, tracker, write_yaml

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def evaluations():
    return [replace(ev, owner="江西省工业和信息化厅") for ev in s.evaluations()]


def test_layout_of_a_gongwen(tmp_path):
    path = write_document(evaluations(), s.problems(), s.AS_OF, tmp_path, generated_at=s.GENERATED)
    assert path == tmp_path / "2024-10" / "进度简报-2024-10.docx"
    doc = docx.Document(str(path))
    section = doc.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)  # A4 portrait
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "目标任务推进情况（2024年1—10月）"
    assert texts[1] == "监测月份：2024年10月" and texts[2] == "生成时间：2024-11-05 09:30（北京时间）"
    title_font = doc.paragraphs[0].runs[0]._element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia"))
    assert title_font == "方正小标宋简体"
    paragraphs = brief(evaluations(), s.problems(), s.AS_OF)
    for heading, text in zip(["一、总体情况", "二、较上月变化", "三、需重点关注的目标", "四、数据问题"], paragraphs):
        i = texts.index(heading)
        assert texts[i + 1] == text
        body = doc.paragraphs[i + 1]
        assert body.runs[0]._element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "仿宋_GB2312"
        assert body.runs[0].font.size.pt == 16  # 三号
    [table] = doc.tables
    assert len(table.rows) == 1 + len(s.evaluations())
    assert [c.text for c in table.rows[0].cells][:3] == ["地区", "指标", "目标"]
    # worst first: the missed goal, then off track
    assert table.rows[1].cells[7].text == "未完成" and table.rows[1].cells[6].text == "红"
    assert table.rows[1].cells[8].text == "江西省工业和信息化厅"


def test_long_lists_stop_and_say_where_the_rest_is():
    many = [replace(s.firms(), id=f"g{i}") for i in range(MAX_ROWS + 5)]
    doc = build_document(many, [], s.AS_OF, generated_at=s.GENERATED)
    assert len(doc.tables[0].rows) == MAX_ROWS + 1
    assert doc.paragraphs[-1].text == "另有5项目标见Excel报告“汇总”表。"


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed: apt-get install libreoffice-writer-nogui")
def test_converts_to_pdf_with_its_text(tmp_path):
    path = write_document(evaluations(), s.problems(), s.AS_OF, tmp_path, generated_at=s.GENERATED)
    out = tmp_path / "pdf"
    result = subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                             "--convert-to", "pdf", "--outdir", str(out), str(path)],
                            capture_output=True, text=True, timeout=180)
    pdf = out / (path.stem + ".pdf")
    if not pdf.exists() and "filter" in (result.stdout + result.stderr):
        pytest.skip("LibreOffice Writer is not installed: apt-get install libreoffice-writer-nogui")
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        flat = re.sub(r"\s+", "", text)
        assert "目标任务推进情况（2024年1—10月）" in flat
        for paragraph in brief(evaluations(), s.problems(), s.AS_OF):
            assert re.sub(r"\s+", "", paragraph) in flat
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        assert "595.3" in info and "841.8" in info  # A4 portrait, in points


# -- through the command line --------------------------------------------------


def test_report_docx_and_brief_on_the_command_line(tmp_path):
    write_yaml(tmp_path / "targets" / "gansu.yaml", GANSU_TARGET)
    gansu_workbook(tmp_path / "actuals" / "gansu.xlsx")
    result = tracker(tmp_path, "report", "--as-of", "2024-10", "--format", "docx")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str("reports/2024-10/进度简报-2024-10.docx")
    assert (tmp_path / "reports" / "2024-10" / "进度简报-2024-10.docx").is_file()
    result = tracker(tmp_path, "report", "--as-of", "2024-10", "--brief")
    assert result.returncode == 0, result.stderr
    # 1556 of 1866: on track (progress 1556/1555 ≥ 1), one goal
    assert result.stdout.startswith("截至2024年10月，纳入监测的目标任务共1项。其中，已完成0项，进度正常1项，")
    assert result.stdout.strip().endswith("reports/2024-10/进度报告-2024-10.xlsx")


def test_evaluate_rank_prints_the_groups(tmp_path):
    write_yaml(tmp_path / "targets" / "cities.yaml", """\
        plan: {source: {document: 全省工业投资调度会}}
        targets:
          - {id: nc, title: 南昌投资, region: 南昌市, indicator: 工业投资, kind: level, due: 2024,
             target: {value: 1200, unit: 亿元}}
          - {id: jj, title: 九江投资, region: 九江市, indicator: 工业投资, kind: level, due: 2024,
             target: {value: 600, unit: 亿元}}
          - {id: gz, title: 赣州投资, region: 赣州市, indicator: 工业投资, kind: level, due: 2024,
             target: {value: 800, unit: 亿元}}
        """)
    (tmp_path / "actuals").mkdir()
    # 1-6月: E = v/2. 南昌 660/600 = 110%, 九江 270/300 = 90%, 赣州 440/400 = 110%
    (tmp_path / "actuals" / "cities.csv").write_text(textwrap.dedent("""\
        地区,指标,期间,口径,数值,单位
        南昌市,工业投资,2024年1-6月,累计值,660,亿元
        九江市,工业投资,2024年1-6月,累计值,270,亿元
        赣州市,工业投资,2024年1-6月,累计值,440,亿元
        """), encoding="utf-8")
    result = tracker(tmp_path, "evaluate", "--as-of", "2024-06", "--rank")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    i = lines.index("工业投资（总量，2024年目标）：3个地区，平均103.3%")
    assert [ln.split() for ln in lines[i + 1:i + 4]] == [
        ["1", "南昌市", "110.0%", "较平均+6.7个百分点"],
        ["1", "赣州市", "110.0%", "较平均+6.7个百分点"],
        ["3", "九江市", "90.0%", "较平均-13.3个百分点"],
    ]


def test_in_english(tmp_path):
    path = write_document(evaluations(), s.problems(), s.AS_OF, tmp_path, lang="en", generated_at=s.GENERATED)
    assert path.name == "progress-brief-2024-10.docx"
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert texts[0] == "Progress on plan goals, 2024-01 to 2024-10"
    assert texts[2] == "Generated: 2024-11-05 09:30 (Beijing time)"
    assert "1. Overview" in texts and "Table: the goals and their lights" in texts
    assert texts[texts.index("1. Overview") + 1] == brief(evaluations(), s.problems(), s.AS_OF, lang="en")[0]
