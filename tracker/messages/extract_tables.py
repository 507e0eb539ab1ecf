"""What ``tracker extract`` says about aims read from a table (``tracker/extract/tables.py``)."""

from __future__ import annotations

from tracker.messages.catalogue import register

NOTES: dict[str, tuple[str, str]] = {
    "extract.note.table_row": ("承诺：表格目标列中的一项（指标、单位、目标值按行读取）",
                               "commitment: a row of the target column of a table (indicator, unit and aim read along the row)"),
    "extract.note.table_no_number": ("表格目标列中没有数值目标（如“稳步增长”“—”），不起草",
                                     "no numeric aim in the target column of the table (such as 稳步增长 or —): no draft"),
    "extract.note.table_past": ("表格中{year}年的目标早于文件年份，已过期，不起草",
                                "the aim of the table for {year} is before the year of the document, already past: no draft"),
    "extract.note.table_reviewed": ("表格位于回顾部分，其目标属于已过去的时期，不起草",
                                    "the table stands in a section that reviews: its aims are of a period past, no draft"),
}

register(NOTES)
