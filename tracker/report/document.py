"""The 简报 as a Word document to file: A4 portrait in the layout of a 公文.

Title (方正小标宋, 二号) centred, the header block (报送单位, the month, the date),
the 简报's paragraphs in 仿宋_GB2312 三号 with a two-character first-line indent
and fixed 28-point lines under 黑体 headings, then the lights table (worst
first), page numbers "— 1 —" at the foot. The fonts are named as 公文 name them;
where they are missing (LibreOffice on Linux) a CJK font takes their place.
Written atomically, beside the Excel report: ``<month>/进度简报-<month>.docx``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from tracker.report.atomic import save_atomically
from tracker.config import DEFAULT, Settings
from tracker.messages import say
from tracker.model import Evaluation
from tracker.periods import Period
from tracker.problems import Problem
from tracker.report import goal_text as gt
from tracker.report.brief import brief
from tracker.report.excel import sort_key
from tracker.report.header import header_lines, report_title
from tracker.report.labels import labels_for
from tracker.report.lights import LIGHT_STYLE, light_of
from tracker.report.previous import PreviousRun

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEADING_FONT = "黑体"
TABLE_FONT = "仿宋_GB2312"
MAX_ROWS = 200  # goals in the lights table; the Excel report has them all
_STEM = {"zh": "进度简报", "en": "progress-brief"}


def document_path(out_dir: Path, as_of: Period, lang: str = "zh") -> Path:
    labels_for(lang)
    month = as_of.iso()
    return Path(out_dir) / month / f"{_STEM[lang]}-{month}.docx"


def _font(run, name: str, size: float, bold: bool = False, colour: str | None = None) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _paragraph(doc, text: str, font: str, size: float, *, bold: bool = False, center: bool = False,
               indent: bool = False, line: float | None = 28, after: float = 0):
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        fmt.first_line_indent = Pt(size * 2)
    if line:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(line)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(after)
    _font(p.add_run(text), font, size, bold)
    return p


def _page_numbers(section) -> None:
    """— 1 — centred at the foot of each page (a PAGE field)."""
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run("— "), "宋体", 14)
    run = p.add_run()
    _font(run, "宋体", 14)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._element.append(el)
    _font(p.add_run(" —"), "宋体", 14)


def _shade(cell, colour: str) -> None:
    pr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    pr.append(shd)


def _lights_table(doc, evaluations: Sequence[Evaluation], settings: Settings, lang: str) -> None:
    lb = labels_for(lang)
    ordered = sorted(evaluations, key=sort_key)
    shown = ordered[:MAX_ROWS]
    owners = any(ev.owner for ev in shown)
    heads = [lb.col("region"), lb.col("indicator"), lb.col("goal"), lb.col("actual"), lb.col("year_completion"),
             lb.col("time_progress"), lb.col("light"), lb.col("status")] + ([lb.col("owner")] if owners else [])
    widths = [1.7, 2.4, 2.7, 2.0, 1.5, 1.4, 1.0, 1.5, 1.9][: len(heads)]  # cm: 16 cm between the margins
    table = doc.add_table(rows=1, cols=len(heads))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths):  # the grid LibreOffice and Word lay out by
        column.width = Cm(width)
    for cell, text, width in zip(table.rows[0].cells, heads, widths):
        cell.text = ""
        cell.width = Cm(width)
        _font(cell.paragraphs[0].add_run(text), HEADING_FONT, 10.5)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for ev in shown:
        light = light_of(ev, settings)
        actual = "" if ev.actual is None else (
            gt.shown(ev.actual, gt.actual_format(ev)) + gt.value_unit(ev))
        if ev.actual is not None and ev.actual < 0:
            actual = "-" + actual
        values = [ev.region, ev.indicator, gt.goal_text(ev, lb) + (say("doc.due", lang, due=ev.due) if ev.due else ""),
                  actual,
                  "" if ev.year_completion is None else gt.shown(ev.year_completion, gt.RATIO) + "%",
                  "" if ev.time_progress is None else gt.shown(ev.time_progress, gt.RATIO) + "%",
                  lb.light[light], lb.status[ev.status]] + ([ev.owner or ""] if owners else [])
        cells = table.add_row().cells
        for i, (cell, text, width) in enumerate(zip(cells, values, widths)):
            cell.text = ""
            cell.width = Cm(width)
            _font(cell.paragraphs[0].add_run(text), TABLE_FONT, 10.5)
            if i == 6:
                _shade(cell, LIGHT_STYLE[light][0])
    if len(ordered) > len(shown):
        _paragraph(doc, say("doc.more", lang, n=len(ordered) - len(shown)), BODY_FONT, 12, line=None)


def build_document(evaluations: Sequence[Evaluation], problems: Sequence[Problem], as_of: Period, *,
                   settings: Settings = DEFAULT, lang: str = "zh", previous: PreviousRun | Mapping[str, str] | None = None,
                   history: Mapping[str, Sequence[str]] | None = None, generated_at: datetime):
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    _page_numbers(section)
    _paragraph(doc, report_title(as_of, settings, lang), TITLE_FONT, 22, center=True, line=None, after=12)
    for line in header_lines(as_of, settings, lang, generated_at):
        _paragraph(doc, line, BODY_FONT, 14, center=True, line=None)
    _paragraph(doc, "", BODY_FONT, 16, line=None)
    paragraphs = brief(evaluations, problems, as_of, previous=previous, lang=lang, settings=settings,
                       history=history)
    for i, text in enumerate(paragraphs, 1):
        _paragraph(doc, say(f"doc.heading_{i}", lang), HEADING_FONT, 16)
        _paragraph(doc, text, BODY_FONT, 16, indent=lang == "zh")
    _paragraph(doc, say("doc.table_head", lang), HEADING_FONT, 16, after=6)
    _lights_table(doc, evaluations, settings, lang)
    doc.core_properties.title = report_title(as_of, settings, lang)
    doc.core_properties.author = settings.report_unit or "plan tracker"
    return doc


def write_document(evaluations: Sequence[Evaluation], problems: Sequence[Problem], as_of: Period, out_dir: Path, *,
                   settings: Settings = DEFAULT, lang: str = "zh",
                   previous: PreviousRun | Mapping[str, str] | None = None,
                   history: Mapping[str, Sequence[str]] | None = None, generated_at: datetime | None = None) -> Path:
    """Write the 简报 and the lights table as a .docx and return its path (saved atomically)."""
    path = document_path(out_dir, as_of, lang)
    if generated_at is None:
        generated_at = datetime.now().astimezone()
    doc = build_document(evaluations, problems, as_of, settings=settings, lang=lang, previous=previous,
                         history=history, generated_at=generated_at)
    return save_atomically(path, doc.save)
