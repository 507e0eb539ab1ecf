"""Goals laid out in a table (`table_aims`).

Official texts often state their aims as a table. In the stored web copies a table arrives as lines whose cells are
joined by " | ", by tabs or by runs of spaces, under a header row naming the columns (指标, 单位, 2025年目标, 上半年实绩 …),
sometimes with a caption above it (表1 2025年主要指标) and a numbered first column (序号). This module only reads the
table's shape: where its rows are, what each column is, and, for each row, the indicator, its unit and the aim in a
target column, with the clause a sentence would say it in ("规上工业增加值增速(%) | 7左右" → 规上工业增加值增长7%左右). The
numbers are read by the text path's own readers (extract.py drafts the clause as it drafts any clause of running text);
the region and the due year come from the document's frame, the header or caption only naming a year.

- `table_blocks`: a header row (a column of indicators and at least one target or result column) and the rows under it
  that share its separator; a second header row of column parts (绝对值 | 增速(%)) splits the header's last columns.
- `column_role`: a header cell's role — number (序号), indicator (指标, 项目, 名称), unit (单位), target (目标, 预期, 计划)
  or result (实绩, 完成, 实际, 基数, 上年, 同比, 绝对值, 上半年 …, which are never goals); a year in it (2025年目标) is the
  target's due year, a bare year (2025年) a target when it is not before the document's year.
- `row_cells`: a row's cells aligned to the header — anchored on its 序号 when the header has one (a merged group cell
  such as 经济发展 before it is left out), else from the left.
- `aim_clause`: a target cell as a clause: the indicator's name and the cell when the cell carries its own unit or verb
  (增长6%以上); else the number with the unit column's unit (or the unit in brackets in the indicator's name or the
  column's header), growth when the indicator or the column names a rate of growth (增速, 增长, 增幅) and the unit is %.
  ≥ and > read as 以上, ≤ and < as 以内. A cell without a number (稳步增长, 与经济增长同步, —, 待定) is no aim.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

#: a number cell of a 序号 column
_ORDINAL = re.compile(r"^(?:\d{1,3}[.、]?|\(\d{1,3}\)|[①-⑳])$")
#: a markdown table's rule (|---|:---:|) and a group's label on a line of its own between rows (一、经济发展)
_RULE = re.compile(r"^[-:—=]+$")
_GROUP = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))?[\u4e00-\u9fff]{2,12}$")
#: a column of average yearly growth (年均增长(%)): a rate to the table's last target year
_YEARLY = re.compile(r"年均(?:增长|增速|增幅)")
_NUMBER_HEAD = re.compile(r"^(?:序号|编号|序|No\.?)$", re.IGNORECASE)
_INDICATOR_HEAD = re.compile(r"指标|项目(?!名称)|(?<!项目|工程|企业|单位)名称|内容")
_UNIT_HEAD = re.compile(r"^(?:计量)?单位$")
_RESULT_HEAD = re.compile(r"实绩|完成|实际|基数|基期|上年|去年|同比|比上年|绝对值|绝对数|现状|累计|上半年|前三季度|一季度|\d{1,2}[-—~]\d{1,2}月|执行|预计")
_TARGET_HEAD = re.compile(r"目标|预期|计划|规划|指标值")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_BARE_YEAR_HEAD = re.compile(r"^((?:19|20)\d{2})年(?:度)?(?:\([^()]*\))?$")
#: a unit in brackets: 增速(%), 2025年目标(亿元), 规上工业增加值增速(%)
_BRACKET_UNIT = re.compile(r"\(([^()]{1,6})\)$")
_UNIT_WORD = re.compile(r"^(?:%|‰|[万亿千百]*(?:元|美元|人|户|家|个|项|吨|千瓦时|千瓦|平方米|平方公里|公里|亩|辆|套|件|台|所|张|次|人次|床|标箱|吨标准煤)|万元/人年?|[^\d\s]{1,4}/[^\d\s]{1,4}|个百分点|万吨标准煤|年|岁|天)$")
#: a second header row: column parts only (绝对值 | 增速(%)), no figures
_PART_HEAD = re.compile(r"^(?:(?:19|20)\d{2}年)?(?:绝对值|绝对数|总量|数值|金额|增速|增幅|增长|增长率|比上年增长|同比增长|目标值?|预期目标|预期|实绩|完成值?|实际|基数|单位|上半年|全年)(?:\([^()]{1,6}\))?$")
_GROWTH_NAME = re.compile(r"(?:增速|增长率|增长速度|增幅|增长)$")
#: what follows a target cell's number: its own unit (74.5%, 500亿元) and 左右/以上/以内
_TAIL = re.compile(r"^(?P<unit>.*?)(?P<tail>左右|以上|以内|以下|及以上)?$")
_LEAD_NUMBER = re.compile(r"^(?P<num>\d+(?:\.\d+)?(?:\s*[-—~–]\s*\d+(?:\.\d+)?)?)(?P<rest>.*)$")
_AT_LEAST = re.compile(r"^(?:≥|>=|>|不低于|不少于)\s*")
_AT_MOST = re.compile(r"^(?:≤|<=|<|不高于|不超过)\s*")
_INDICATOR_TRIM = re.compile(r"^(?:#|＃|\*|其中[:：]?|[一二三四五六七八九十]+[、.]|\d+[、.])+")


@dataclass
class Cell:
    text: str
    start: int  # in the text the table was read from
    end: int


@dataclass
class Column:
    name: str
    role: str  # number, indicator, unit, target, result, other
    year: int | None = None
    unit: str | None = None  # the unit in the header's brackets: 2025年目标(亿元)


@dataclass
class Table:
    start: int  # the header's first character
    end: int  # the last row's end
    separator: str
    caption: str | None
    columns: list[Column]
    rows: list[list[Cell]] = field(default_factory=list)  # each row's cells, aligned to columns by row_cells
    framed: bool = False  # its lines open with |: empty cells are kept, each cell in its column

    @property
    def aims(self) -> bool:
        return any(c.role == "target" for c in self.columns)


@dataclass
class TableAim:
    indicator: str  # the indicator's name, brackets and list marks left out
    clause: str | None  # the aim as a sentence would say it: 规上工业增加值增长7%左右 (None: no number, 稳步增长)
    head: int  # where the indicator's name ends in the clause (a number inside it, PM2.5, is no aim)
    start: int  # the quote: from the indicator's cell to the target's
    end: int
    year: int | None  # the year the header or the caption names, None for the document's
    year_from: str  # "header", "caption" or "document"
    label: str  # the header (or caption) that named the year


def _split(line: str, offset: int, framed: bool = False) -> tuple[str, list[Cell]] | None:
    """The separator of a table row and its non-empty cells (with their places), or None for a line that is no row.
    ``framed``: a table whose lines open with | (| 类别 | 指标 |) keeps its empty cells, so each cell keeps its column."""
    if "|" in line:
        sep, pattern = "|", re.compile(r"\|")
    elif "\t" in line.strip():
        sep, pattern = "\t", re.compile(r"\t+")
    elif re.search(r"\S {2,}\S", line):
        sep, pattern = " ", re.compile(r" {2,}")
    else:
        return None
    cells, pos = [], 0
    for m in list(pattern.finditer(line)) + [None]:
        end = m.start() if m else len(line)
        raw = line[pos:end]
        text = raw.strip()
        if text or framed and sep == "|":
            lead = len(raw) - len(raw.lstrip())
            cells.append(Cell(text, offset + pos + lead, offset + pos + lead + len(text)))
        pos = m.end() if m else len(line)
    if framed and sep == "|":
        cells = cells[1:] if cells and not cells[0].text else cells
        cells = cells[:-1] if cells and not cells[-1].text else cells
    return (sep, cells) if sum(1 for c in cells if c.text) >= 2 else None


def column_role(name: str, year: int | None) -> Column:
    """What a header cell names (see the module's docstring); ``year`` is the document's."""
    plain = re.sub(r"\s+", "", name)
    unit = m[1] if (m := _BRACKET_UNIT.search(plain)) and _UNIT_WORD.match(m[1]) else None
    y = int(m[1]) if (m := _YEAR.search(plain)) else None
    if _NUMBER_HEAD.match(plain):
        return Column(plain, "number")
    if _UNIT_HEAD.match(plain):
        return Column(plain, "unit")
    if _RESULT_HEAD.search(plain):
        return Column(plain, "result", y, unit)
    if _YEARLY.search(plain):
        return Column(plain, "target", y, "%")
    if _TARGET_HEAD.search(plain) and not _INDICATOR_HEAD.search(plain.replace("指标值", "")):
        return Column(plain, "target", y, unit)
    if _INDICATOR_HEAD.search(plain):
        return Column(plain, "indicator")
    if m := _BARE_YEAR_HEAD.match(plain):
        return Column(plain, "year", int(m[1]), unit)  # resolved by bare_years
    return Column(plain, "other", y, unit)


def bare_years(columns: list[Column], year: int | None) -> list[Column]:
    """Columns headed by a year alone (2020年 | 2025年): the latest is the aim when it is after the document's year, or is
    its year beside an earlier one (a plan's base and aim); the others are bases. A lone column of the document's own year
    (a bulletin's 2025年 | 比上年增长) says nothing of aims: no role."""
    years = [c.year for c in columns if c.role == "year" and c.year]
    for c in columns:
        if c.role == "year":
            latest = c.year == max(years)
            aim = year is not None and latest and (c.year > year or c.year == year and len(years) > 1)
            c.role = "target" if aim else "result" if year is not None and c.year < year or not latest else "other"
    return columns


def _header(cells: list[Cell], year: int | None) -> list[Column] | None:
    columns = [column_role(c.text, year) for c in cells]
    roles = {c.role for c in columns}
    if any(re.search(r"\d", re.sub(r"\([^()]*\)|(?:19|20)\d{2}年", "", c.text)) for c in cells):
        return None  # a header names columns; a figure makes it a row
    if "indicator" in roles and roles & {"target", "result", "year"}:
        return growth_of_before(bare_years(columns, year))
    return None


_BARE_GROWTH = re.compile(r"^(?:增长|增速|增幅|增长率)(?:\(%\))?$")


def growth_of_before(columns: list[Column]) -> list[Column]:
    """growth_of_before: a column headed only by 增长(%) or 增速 is the growth of the column before it — an aim beside
    2025年预期目标, a result beside 2024年完成 (its year too)."""
    for k, c in enumerate(columns):
        if k and c.role == "other" and _BARE_GROWTH.match(c.name) and columns[k - 1].role in ("target", "result"):
            c.role, c.year, c.unit = columns[k - 1].role, columns[k - 1].year, "%"
    return columns


def _parts(cells: list[Cell]) -> bool:
    return all(_PART_HEAD.match(re.sub(r"\s+", "", c.text)) for c in cells if c.text)


def _framed_parts(columns: list[Column], parts: list[Cell], year: int | None) -> list[Column]:
    """A framed table's second header row: each part names the column it stands in, under the nearest header cell at or
    before it (a spanned cell: | 2026年 | | over | 预期目标 | 2025年基数 |)."""
    out = list(columns) + [Column("", "other") for _ in range(len(parts) - len(columns))]
    parent = None
    for p, col in enumerate(out):
        parent = col if col.name else parent
        if p < len(parts) and parts[p].text and parent is not None and parent.role not in ("indicator", "unit", "number"):
            out[p] = _part_of(parent, parts[p], year)
    return out


def _part_of(parent: Column, part: Cell, year: int | None) -> Column:
    sub = bare_years([column_role(part.text, year)], year)[0]
    role = sub.role if sub.role in ("result", "target") else parent.role
    if parent.role == "result":
        role = "result"  # 增速 under 上半年实绩 is a result
    return Column(parent.name + "/" + sub.name, role, sub.year or parent.year, sub.unit or parent.unit)


def _with_parts(columns: list[Column], parts: list[Cell], width: int, year: int | None) -> list[Column]:
    """The header's last columns split into the parts a second header row names (上半年实绩 over 绝对值 | 增速(%)):
    ``width`` is the cells a row has, so the parts spread over the last (parts − extra cells) columns."""
    extra = max(width - len(columns), 0)
    spanned = len(parts) - extra
    if spanned <= 0 or spanned > len(columns):
        return columns
    each = [1] * spanned
    each[-1] += extra if len(parts) % spanned else 0
    if len(parts) % spanned == 0:
        each = [len(parts) // spanned] * spanned
    out, i = columns[: len(columns) - spanned], 0
    for parent, n in zip(columns[len(columns) - spanned:], each):
        for part in parts[i:i + n]:
            out.append(_part_of(parent, part, year))
        i += n
    return out


def _anchor(cells: list[Cell], columns: list[Column]) -> int:
    """How many leading cells of a row stand before the header's first column (a merged group cell: 经济发展)."""
    k = next((i for i, c in enumerate(columns) if c.role == "number"), None)
    if k is not None:
        for i in range(k, min(k + 3, len(cells))):
            if _ORDINAL.match(cells[i].text):
                return i - k
        return 0
    u = next((i for i, c in enumerate(columns) if c.role == "unit"), None)
    if u is not None and len(cells) > len(columns) and u + 1 < len(cells):
        if _UNIT_WORD.match(cells[u + 1].text) and not _UNIT_WORD.match(cells[u].text):
            return 1
    return 0


def row_cells(cells: list[Cell], columns: list[Column], framed: bool = False) -> dict[int, Cell]:
    """A row's cells by the index of their column."""
    if framed:
        return {j: c for j, c in enumerate(cells[:len(columns)]) if c.text}
    skip = _anchor(cells, columns)
    return {j: c for j, c in enumerate(cells[skip:skip + len(columns)])}


def _caption(lines: list[tuple[int, str]], i: int) -> str | None:
    if i == 0:
        return None
    text = lines[i - 1][1].strip()
    if 0 < len(text) <= 60 and not re.search(r"[。;；!?]", text) and (text.startswith("表") or re.search(r"指标|目标", text)):
        return text
    return None


def table_blocks(text: str, year: int | None) -> list[Table]:
    """Every table of ``text``: a header row and the rows under it with the same separator (see the docstring)."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        a, line = lines[i]
        framed = line.lstrip().startswith("|")
        split = _split(line, a, framed) if ("|" in line or "\t" in line or "  " in line) else None
        columns = _header(split[1], year) if split else None
        if not columns:
            i += 1
            continue
        sep = split[0]
        table = Table(a, a + len(line), sep, _caption(lines, i), columns, framed=framed)
        j, parts = i + 1, None
        if j < len(lines) and (p := _split(lines[j][1], lines[j][0], framed)) and p[0] == sep and _parts(p[1]):
            parts, j = p[1], j + 1
        while j < len(lines):
            row = _split(lines[j][1], lines[j][0], framed)
            if not (row and row[0] == sep and not _header(row[1], year)):
                label = lines[j][1].replace("|", "").strip()
                after = _split(lines[j + 1][1], lines[j + 1][0]) if j + 1 < len(lines) else None
                if not (_GROUP.match(label) and after and after[0] == sep):
                    break
                j += 1  # a group's label between rows (一、经济发展 | |): no row of its own
                continue
            if not all(_RULE.match(c.text) for c in row[1] if c.text):
                table.rows.append(row[1])
            table.end = lines[j][0] + len(lines[j][1])
            j += 1
        if parts and framed:
            table.columns = _framed_parts(columns, parts, year)
        elif parts and table.rows:
            skips = [_anchor(r, columns) for r in table.rows]
            width = max(len(r) - s for r, s in zip(table.rows, skips))
            table.columns = _with_parts(columns, parts, width, year)
        if table.rows:
            tables.append(table)  # a header with no rows under it (a headline "2025年目标 | 指标解读") is no table
        i = j
    return tables


def _indicator(name: str) -> tuple[str, str | None]:
    """The indicator's name without list marks and bracketed asides, and the unit its brackets name (增速(%))."""
    plain = _INDICATOR_TRIM.sub("", re.sub(r"\s+", "", name))
    unit = None
    if (m := _BRACKET_UNIT.search(plain)) and _UNIT_WORD.match(m[1]):
        unit = m[1]
    return re.sub(r"\([^()]*\)", "", plain).strip() or plain, unit


def aim_clause(indicator: str, cell: str, unit: str | None, growth_column: bool = False, verb: str = "增长") -> str | None:
    """The clause a sentence would state the aim in, or None when the cell holds no number (稳步增长, —, 待定)."""
    value = re.sub(r"\s+", "", cell)
    if not re.search(r"\d", value):
        return None
    if m := _AT_LEAST.match(value):
        value = value[m.end():] + "以上"
    elif m := _AT_MOST.match(value):
        value = value[m.end():] + "以内"
    value = re.sub(r"%(?=[-—~–]\d)", "", value)  # 6%-7%: one range, its unit after it
    lead = _LEAD_NUMBER.match(value)
    if lead is None:
        return indicator + value  # 增长6%以上, 下降3%: the cell says it whole
    own, tail = _TAIL.match(lead["rest"]).group("unit", "tail")
    tail = tail or ""
    # a rate where the row's unit is an amount's (地区生产总值 | 亿元 | 6%左右) is the amount's growth
    growth = growth_column or _GROWTH_NAME.search(indicator) or own == "%" and unit not in (None, "%")
    unit = own or unit
    if not unit:
        return None  # a bare number with no unit anywhere: no aim to read
    num = lead["num"]
    if unit == "%" and growth:
        base = _GROWTH_NAME.sub("", indicator) or indicator
        return base + verb + re.sub(r"(?=[-—~–])", "%", num) + "%" + tail
    return indicator + num + unit + tail


def table_aims(table: Table, year: int | None, role: str = "target") -> list[TableAim]:
    """The aims of a table's target columns, one a row and target column (none for a table of results only); with
    ``role="result"`` the figures of its result columns instead, said as a clause the same way (上半年实绩/增速(%) 6.2 →
    地区生产总值增长6.2%; 绝对值 4297.8 under 亿元 → 地区生产总值4297.8亿元), their column's header as ``label``."""
    cols = table.columns
    ind = next((i for i, c in enumerate(cols) if c.role == "indicator"), None)
    unit_col = next((i for i, c in enumerate(cols) if c.role == "unit"), None)
    if ind is None:
        return []
    caption_year = int(m[1]) if table.caption and (m := _YEAR.search(table.caption)) else None
    last_year = max((c.year for c in cols if c.role == "target" and c.year and not _YEARLY.search(c.name)), default=None)
    aims = []
    for row in table.rows:
        cells = row_cells(row, cols, table.framed)
        if ind not in cells:
            continue
        name, bracket_unit = _indicator(cells[ind].text)
        row_unit = cells[unit_col].text if unit_col is not None and unit_col in cells else None
        if row_unit is not None and not _UNIT_WORD.match(re.sub(r"\s+", "", row_unit)):
            row_unit = None
        for k, col in enumerate(cols):
            if col.role != role or k not in cells:
                continue
            if role == "result":
                growth = bool(re.search(r"增速|增幅|增长|比上年|同比", col.name.split("/")[-1]))
                clause = aim_clause(name, cells[k].text, "%" if growth else bracket_unit or col.unit or row_unit, growth)
                if clause is not None:
                    head = len(os.path.commonprefix([clause, name]))
                    aims.append(TableAim(name, clause, head, cells[ind].start, cells[k].end, col.year, "header", col.name))
                continue
            yearly = bool(_YEARLY.search(col.name))
            if yearly and (col.year or last_year or caption_year) is None:
                continue  # a yearly rate with no year to run to
            unit = "%" if yearly else bracket_unit or col.unit or row_unit
            growth = yearly or bool(_GROWTH_NAME.search(re.sub(r"\([^()]*\)", "", col.name.split("/")[-1])))
            clause = aim_clause(_GROWTH_NAME.sub("", name) if yearly else name, cells[k].text, unit, growth, "年均增长" if yearly else "增长")
            if yearly and not col.year and last_year:
                due, how, label = last_year, "header", col.name  # 年均增长 beside 2025年: the rate runs to 2025
            elif col.year is not None:
                due, how, label = col.year, "header", col.name
            elif caption_year is not None:
                due, how, label = caption_year, "caption", table.caption or ""
            else:
                due, how, label = None, "document", ""
            head = len(os.path.commonprefix([clause or "", name]))
            if clause is None and _RULE.match(re.sub(r"\s+", "", cells[k].text)):
                continue  # — : nothing stated, not even an aim in words
            aims.append(TableAim(name, clause, head, cells[ind].start, cells[k].end, due, how, label))
    return aims
