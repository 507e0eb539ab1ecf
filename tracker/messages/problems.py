"""Problems in the inputs: their reason codes and what each says, in Chinese and English.

``Reason`` names every kind of problem; its values are the stable codes that
scripts and the JSON read (``unknown-unit``, ``bad-period`` …). Each reason
has a message ``problem.<reason>`` in the catalogue, and variants
``problem.<reason>.<variant>`` where one reason is met in several ways. The
parameters are the values a message needs (the cell's text, the unit, the
period …); a parameter that is itself a message (a ``Phrase``: what a period
error says, the kind of file) is said in the same language.

Smaller phrases the problem messages share are here too: periods
(``period.*``), what a value is (``what.*``), units' dimensions
(``dimension.*``), measures (``measure.*``).
"""

from __future__ import annotations

import re
from enum import StrEnum

from tracker.messages.catalogue import quote, register

__all__ = ["Reason", "Words", "place_text", "where_text"]


class Reason(StrEnum):
    """Why an input is refused or doubted. The values never change: scripts and tests rely on them."""

    INVALID = "invalid"
    # files and folders
    UNREADABLE = "unreadable"
    BAD_ENCODING = "bad-encoding"
    MISSING_FILE = "missing-file"
    MISSING_FOLDER = "missing-folder"
    FILE_CHANGED = "file-changed"
    # an actuals entry that cannot be read now (tracker.ingest.listing)
    PERMISSION_DENIED = "permission-denied"
    FILE_VANISHED = "file-vanished"
    UNREADABLE_LINK = "unreadable-link"
    NOT_A_FILE = "not-a-file"
    FILE_BEING_WRITTEN = "file-being-written"
    NO_TARGETS = "no-targets"
    BAD_SETTINGS = "bad-settings"
    # YAML
    YAML_SYNTAX = "yaml-syntax"
    YAML_TOO_BIG = "yaml-too-big"
    YAML_TAG = "yaml-tag"
    YAML_KEY = "yaml-key"
    YAML_ALIAS = "yaml-alias"
    DUPLICATE_KEY = "duplicate-key"
    # target specs and aliases
    BAD_SHAPE = "bad-shape"
    BAD_VALUE = "bad-value"
    BAD_KIND = "bad-kind"
    MISSING_FIELD = "missing-field"
    UNKNOWN_FIELD = "unknown-field"
    DUPLICATE_ID = "duplicate-id"
    DUPLICATE_ALIAS = "duplicate-alias"
    # periods and units
    BAD_PERIOD = "bad-period"
    FUTURE_PERIOD = "future-period"
    BAD_UNIT = "bad-unit"
    UNKNOWN_UNIT = "unknown-unit"
    UNIT_CONFLICT = "unit-conflict"
    UNIT_MISMATCH = "unit-mismatch"
    # actuals tables
    BAD_MEASURE = "bad-measure"
    MEASURE_CONFLICT = "measure-conflict"
    EXCEL_ERROR = "excel-error"
    MISSING_LABEL = "missing-label"
    MISSING_UNIT = "missing-unit"
    MISSING_COLUMN = "missing-column"
    MERGED_VALUE = "merged-value"
    NO_TABLE = "no-table"
    NO_FIGURES = "no-figures"
    DUPLICATE = "duplicate"
    # judging
    BAD_BASE = "bad-base"
    # how regions and indicators are made of others (regions.yaml, indicators.yaml)
    BAD_DEFINITION = "bad-definition"
    DUPLICATE_DEFINITION = "duplicate-definition"
    # warnings: the data is used, but looks wrong
    UNIT_SLIP = "unit-slip"
    DID_YOU_MEAN = "did-you-mean"
    FUTURE_AS_OF = "future-as-of"
    TARGET_GONE = "target-gone"


class Words:
    """A parameter given in both languages by the caller (a period as 2024-06 and 2024年6月)."""

    __slots__ = ("zh", "en")

    def __init__(self, zh: object, en: object):
        self.zh, self.en = zh, en

    def text(self, lang: str) -> str:
        return str(self.en if lang == "en" else self.zh)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Words) and (self.zh, self.en) == (other.zh, other.en)

    def __hash__(self) -> int:
        return hash((self.zh, self.en))

    def __repr__(self) -> str:
        return f"Words({self.zh!r}, {self.en!r})"


class Place(str):
    """A place (``line 12``, ``数据!D7``) quoted inside a message: said as the reader's language says it."""

    __slots__ = ()

    def text(self, lang: str) -> str:
        return place_text(self, lang)


_LINE = re.compile(r"line (\d+)")
_SHEET = re.compile(r"sheet (.+)")


def place_text(place: str, lang: str) -> str:
    """``line 12`` → 第12行, ``sheet 数据`` → 工作表“数据”; cells (``数据!D7``) and ``[section]`` as they are."""
    if lang == "en" or not place:
        return place
    if m := _LINE.fullmatch(place):
        return f"第{m[1]}行"
    if m := _SHEET.fullmatch(place):
        return f"工作表“{m[1]}”"
    return place


def where_text(file: str, place: str, message: str, lang: str) -> str:
    """One problem as a line: ``file, place: message`` (``file，第3行：…`` in Chinese)."""
    if lang == "en":
        return f"{file}, {place}: {message}" if place else f"{file}: {message}"
    return f"{file}，{place_text(place, lang)}：{message}" if place else f"{file}：{message}"


def _q(name: str) -> tuple[str, str]:
    return quote("{" + name + "}", "zh"), quote("{" + name + "}", "en")


_ZH_SAVE_AS = "请用 Excel 打开，另存为 Excel 工作簿（.xlsx）"
_EN_SAVE_AS = "open it in Excel and save it as an Excel workbook (.xlsx)"
_ZH_EXPECTED = ("应为长表（地区、指标、期间或年份、数值、单位，可选口径）、宽表（地区、指标、单位、口径，"
                "其后每个期间一列，如“2024年1-6月”），或首列为指标、地区或时间的统计局表格")
_EN_EXPECTED = ("expected a long table (地区/region, 指标/indicator, 期间/period or 年份/year, 数值/value, 单位/unit, "
                "optional 口径/measure), a wide table (地区, 指标, 单位, 口径, then one column per period such as "
                "2024年1-6月) or a statistics-bureau table whose first column is 指标, 地区 or 时间")
_ZH_FORMS = "可用的写法如 2024、2024年6月、2024年1-6月、2024年上半年、2024年一季度、2024Q2、2024-06、2024-01/2024-06"
_EN_FORMS = ("expected forms such as 2024, 2024年6月, 2024年1-6月, 2024年上半年, 2024年一季度, 2024Q2, 2024-06, "
             "2024-01/2024-06")

MESSAGES: dict[str, tuple[str, str]] = {
    "text.raw": ("{text}", "{text}"),
    "problem.invalid": ("{text}", "{text}"),
    # -- small shared phrases ------------------------------------------------------------
    "what.mapping": ("映射（键: 值）", "a mapping"),
    "what.list": ("列表", "a list"),
    "what.empty": ("空值", "empty"),
    "what.nothing": ("空值", "nothing"),
    "what.text": _q("text"),
    "what.value": ("{text}", "{text}"),
    "what.list-or-mapping": ("列表或映射", "a list or mapping"),
    "type.text": ("文本", "text"),
    "type.integer": ("整数", "a whole number"),
    "type.number": ("数字", "a number"),
    "type.bool": ("true 或 false", "true or false"),
    "type.mapping": ("映射（键: 值）", "a mapping (key: value pairs)"),
    "type.list": ("列表", "a list"),
    "type.empty": ("空值", "empty"),
    "dimension.money": ("金额", "money"),
    "dimension.money_usd": ("美元金额", "money in US dollars"),
    "dimension.mass": ("重量", "mass"),
    "dimension.energy": ("能量", "energy"),
    "dimension.power": ("功率", "power"),
    "dimension.length": ("长度", "length"),
    "dimension.area": ("面积", "area"),
    "dimension.volume": ("体积", "volume"),
    "dimension.percent": ("百分比", "percent"),
    "dimension.count": ("计数", "count"),
    "dimension.money_per_person": ("人均金额", "money per person"),
    "dimension.points": ("指数点", "index points"),
    "dimension.concentration": ("浓度", "concentration"),
    "dimension.teu": ("集装箱标准箱", "containers (TEU)"),
    "dimension.life_years": ("岁(寿命)", "years of life"),
    "dimension.compute": ("算力", "computing power"),
    "dimension.index": ("指数（{base}）", "index ({base})"),
    "measure.value": ("数值", "value"),
    "measure.yoy": ("增速", "yoy"),
    "kind.workbook": ("Excel 工作簿", "an Excel workbook"),
    "kind.csv": ("CSV 文件", "a CSV file"),
    # -- periods (PeriodError) --------------------------------------------------------------
    "period.no-month": ("不存在{month}月", "month {month} does not exist"),
    "period.year-range": ("年份{year}超出范围", "year {year} is out of range"),
    "period.backwards": ("期间的结束早于开始（{start}至{end}）", "the period ends before it starts ({start} to {end})"),
    "period.not-period": ("“{text}”不是期间", "'{text}' is not a period"),
    "period.not-period-forms": (f"“{{text}}”不是期间（{_ZH_FORMS}）", f"'{{text}}' is not a period ({_EN_FORMS})"),
    "period.empty": ("期间为空", "the period is empty"),
    "period.no-month-in": ("“{text}”：没有{month}月", "'{text}': there is no month {month}"),
    "period.months-backwards": ("“{text}”：月份顺序颠倒（{first}月至{last}月）",
                                "'{text}': the months run backwards ({first} to {last})"),
    "period.not-month": ("“{text}”不是单个月份（应写作 YYYY-MM）", "'{text}' is not a single month (expected YYYY-MM)"),
    # -- units (UnitError) --------------------------------------------------------------------
    "problem.bad-unit": ("未给出单位", "no unit given"),
    "problem.unknown-unit": ("单位“{unit}”无法识别", "unknown unit '{unit}'"),
    "problem.unknown-unit.known": ("单位“{unit}”无法识别；可用的单位有{known}，以及个、家、万人等计数单位",
                                   "unknown unit '{unit}' (known units: {known}, counts such as 个, 家, 万人)"),
    "problem.unknown-unit.in-name": ("指标名称“{name}”中的单位“{unit}”无法识别",
                                     "unknown unit '{unit}' in the indicator name '{name}'"),
    "problem.unit-mismatch": ("单位“{unit}”（{dimension}）无法换算为“{target}”（{target_dimension}）",
                              "unit '{unit}' ({dimension}) cannot be converted to '{target}' ({target_dimension})"),
    "problem.unit-conflict.growth-cell": ("增速应以 % 为单位，而不是“{unit}”", "a growth rate must be in %, not '{unit}'"),
    "problem.unit-conflict.growth": ("增速（{measure}）应以 % 为单位，而不是“{unit}”",
                                     "a growth rate ({measure}) must be in %, not '{unit}'"),
    "problem.unit-conflict.cell": ("单元格中写的单位是“{cell}”，但本行的单位是“{row}”",
                                   "the cell says '{cell}' but the unit of this row is '{row}'"),
    "problem.unit-conflict.name": ("单位“{unit}”与指标名称“{name}”中的单位“{name_unit}”不一致",
                                   "单位 '{unit}' contradicts the unit '{name_unit}' in the indicator name '{name}'"),
    "problem.missing-unit": ("该数据没有单位：请增加“单位”列，或在指标名称后的括号中写明单位，如“营业收入(亿元)”",
                             "no unit for this figure: add a 单位/unit column or write the unit in brackets after the "
                             "indicator, such as 营业收入(亿元)"),
    # -- cells -----------------------------------------------------------------------------------
    "problem.bad-value.not-number": ("“{text}”不是数字", "'{text}' is not a number"),
    "problem.bad-value.too-large": ("“{text}”数值过大，不能作为统计数", "'{text}' is too large to be a figure"),
    "problem.bad-value.bool": ("逻辑值（{value}）不是数字", "a true/false value ({value}) is not a number"),
    "problem.bad-value.date": ("日期或时间（{value}）不是数字", "a date or time ({value}) is not a number"),
    "problem.excel-error": ("单元格中是 Excel 错误值 {error}，而不是数字", "the Excel error {error} instead of a number"),
    "problem.bad-measure": ("口径“{measure}”无法识别（数值类可写累计值、绝对值、本期、总量、当期值；"
                            "增速类可写同比增长、累计增长、增速、增长%）",
                            "unknown 口径/measure '{measure}' (expected value (累计值, 绝对值, 本期, 总量, 当期值) "
                            "or yoy (同比增长, 累计增长, 增速, 增长%))"),
    "problem.measure-conflict": ("口径“{measure}”与指标名称“{name}”（{name_measure}）相矛盾",
                                 "口径 '{measure}' contradicts the indicator name '{name}' ({name_measure})"),
    "problem.missing-label.indicator": ("该数据缺少指标名称", "no 指标/indicator for this figure"),
    "problem.missing-label.region-row": ("本行数据缺少地区", "no 地区/region for the figures in this row"),
    "problem.missing-label.region": ("该数据缺少地区", "no 地区/region for this figure"),
    # -- periods in tables ---------------------------------------------------------------------
    "problem.bad-period": ("{detail}", "{detail}"),
    "problem.bad-period.header": ("列标题“{text}”不是期间：{detail}", "column header '{text}' is not a period: {detail}"),
    "problem.bad-period.table": ("按指标排列的地区表需要在表格上方用“时间：”行写明期间",
                                 "a table of regions by indicator needs its period in a 时间： line above it"),
    "problem.bad-period.table-given": ("按指标排列的地区表需要在表格上方用“时间：”行写明期间，而不是“{text}”",
                                       "a table of regions by indicator needs its period in a 时间： line above it, "
                                       "not '{text}'"),
    "problem.bad-period.not-year": ("“{text}”不是年份", "'{text}' is not a year"),
    "problem.bad-period.no-year": ("该数据缺少年份", "no 年份/year for this figure"),
    "problem.bad-period.no-period": ("该数据缺少期间", "no 期间/period for this figure"),
    "problem.future-period": ("{period}的数据，其期间在{as_of}之后结束，尚未到期：年份或月份是否写错？",
                              "the figure for {period} is for a period that ends after {as_of}, which has not ended "
                              "yet: is the year or month mistyped?"),
    "problem.future-period.more": ("{period}的数据，其期间在{as_of}之后结束，尚未到期：年份或月份是否写错？"
                                   "（本文件另有{more}个此类数据）",
                                   "the figure for {period} is for a period that ends after {as_of}, which has not "
                                   "ended yet: is the year or month mistyped? (and {more} more such figure(s) in this "
                                   "file)"),
    # -- tables ----------------------------------------------------------------------------------
    "problem.missing-column.near-miss": (f"这一行像是表头（{{texts}}），但缺少{{missing}}；{_ZH_EXPECTED}",
                                         f"this row looks like a table header ({{texts}}) but lacks {{missing}}; "
                                         f"{_EN_EXPECTED}"),
    "problem.missing-column.no-indicator": ("该表没有“指标”列，表格上方也没有写明指标的“指标：”行",
                                            "the table has no 指标/indicator column and no 指标： line above it names "
                                            "the indicator"),
    "column.region": ("地区", "地区/region"),
    "column.indicator": ("指标", "指标/indicator"),
    "column.period": ("期间", "期间/period"),
    "column.value": ("数值", "数值/value"),
    "column.per-period": ("每个期间一列（如“2024年1-6月”）", "one column per period (such as 2024年1-6月)"),
    "problem.no-table.sheet": (f"未找到表格（第一个含多个表头的行是{{sheet}}第{{row}}行，内容为：{{texts}}）；{_ZH_EXPECTED}",
                               f"no table found (the first row with several headers, {{sheet}} row {{row}}, has: "
                               f"{{texts}}); {_EN_EXPECTED}"),
    "problem.no-table.line": (f"未找到表格（第一个含多个表头的行是第{{line}}行，内容为：{{texts}}）；{_ZH_EXPECTED}",
                              f"no table found (the first row with several headers, line {{line}}, has: {{texts}}); "
                              f"{_EN_EXPECTED}"),
    "problem.no-table": (f"未找到表格：文件中没有表头行；{_ZH_EXPECTED}",
                         f"no table found: the file has no header row; {_EN_EXPECTED}"),
    "problem.no-figures": ("该表有表头，但表头下没有数据（只有表头行？）：该文件没有提供任何数据",
                           "the table has a header but no figures under it (a header row only?): the file gives no "
                           "figures"),
    "problem.merged-value": ("合并单元格 {first}:{last} 覆盖了数据：请让每个数据单独占一个单元格",
                             "merged cells {first}:{last} cover figures: give each figure its own cell"),
    "problem.duplicate": ("{region}“{indicator}”{period}（{measure}）有两个不同的值：{there}为{first} {first_unit}，"
                          "{here}为{second} {second_unit}",
                          "{region} {indicator} {period} ({measure}) is given twice with different values: "
                          "{first} {first_unit} at {there} and {second} {second_unit} at {here}"),
    "problem.also": ("{message}（本列另有{more}个单元格同样如此）", "{message} (also in {more} more cells of this column)"),
    "problem.also.one": ("{message}（本列另有{more}个单元格同样如此）", "{message} (also in {more} more cell of this column)"),
    # -- files that cannot be read -----------------------------------------------------------------
    "problem.unreadable": ("无法读取该文件：{detail}", "cannot read the file: {detail}"),
    "problem.unreadable.missing": ("无法读取该文件：文件不存在", "cannot read the file: it does not exist"),
    "problem.unreadable.permission": ("无法读取该文件：没有读取权限", "cannot read the file: permission denied"),
    "problem.unreadable.damaged": ("无法按 {kind} 读取该文件（{detail}）；文件是否已损坏、设有密码或属于其他类型？",
                                   "cannot read the file as {kind} ({detail}); is it damaged, password-protected or of "
                                   "another type?"),
    "problem.unreadable.os": ("无法读取：{detail}", "cannot be read: {detail}"),
    "unreadable.suffix": ("“{suffix}”不是电子表格或 CSV 文件的后缀", "{suffix} is not a spreadsheet or CSV file"),
    "unreadable.no-suffix": ("文件名没有后缀，不是电子表格或 CSV 文件", "a file without a suffix is not a spreadsheet or CSV file"),
    "unreadable.empty": ("文件为空（0 字节）", "the file is empty (0 bytes)"),
    "unreadable.too-large": ("文件大小为 {size}，超过可读取的上限 {limit}：请拆分为较小的文件（按年份或地区）",
                             "the file is {size}, more than the {limit} the tracker reads: split it into smaller files "
                             "(by year or by region)"),
    "unreadable.csv-is-workbook": ("该 .csv 文件实际上是 Excel 工作簿（{ext}）：请把文件名后缀改为 {ext}",
                                   "this .csv file is really an Excel workbook ({ext}): give it the name ending {ext}"),
    "unreadable.csv-is-html": ("该 .csv 文件实际上是网页（HTML）：请用 Excel 打开，另存为“CSV UTF-8”格式",
                               "this .csv file is really a web page (HTML): open it in Excel and save it as CSV UTF-8"),
    "unreadable.html": (f"该 {{name}} 文件实际上是网页（HTML），统计网站导出的表格常常如此：{_ZH_SAVE_AS}",
                        f"this {{name}} file is really a web page (HTML), as statistics websites export tables: "
                        f"{_EN_SAVE_AS}"),
    "unreadable.xml2003": (f"该 {{name}} 文件是 Excel 2003 XML 表格，无法读取：{_ZH_SAVE_AS}",
                           f"this {{name}} file is an Excel 2003 XML spreadsheet, which the tracker cannot read: "
                           f"{_EN_SAVE_AS}"),
    "unreadable.biff": (f"该 {{name}} 文件是 Excel 2.x–4.0 工作表（1995年以前的格式），无法读取：{_ZH_SAVE_AS}",
                        f"this {{name}} file is an Excel 2.x–4.0 worksheet (before 1995), which the tracker cannot "
                        f"read: {_EN_SAVE_AS}"),
    "unreadable.text": ("该 {name} 文件实际上是文本（CSV），不是 Excel 工作簿：请把文件名后缀改为 .csv",
                        "this {name} file is really text (CSV), not an Excel workbook: give it the name ending .csv"),
    "unreadable.not-workbook": ("该 {name} 文件不是 Excel 工作簿（内容既非 .xlsx 也非 .xls）：是否属于其他类型？",
                                "this {name} file is not an Excel workbook (neither .xlsx nor .xls inside): is it of "
                                "another type?"),
    "unreadable.zip-word": ("该文件是 ZIP 压缩包，但不是 Excel 工作簿（而是 Word 文档）",
                            "the file is a ZIP archive but not an Excel workbook (it is a Word document)"),
    "unreadable.zip-ppt": ("该文件是 ZIP 压缩包，但不是 Excel 工作簿（而是 PowerPoint 文件）",
                           "the file is a ZIP archive but not an Excel workbook (it is a PowerPoint file)"),
    "unreadable.zip-other": ("该文件是 ZIP 压缩包，但不是 Excel 工作簿", "the file is a ZIP archive but not an Excel workbook"),
    "unreadable.doctype": (f"工作簿部件 {{part}} 含有文档类型声明（<!DOCTYPE> 或 <!ENTITY>），Excel 从不写入此类内容："
                           f"文件已被改动或由有缺陷的工具生成；{_ZH_SAVE_AS}",
                           f"the workbook part {{part}} holds a document type declaration (<!DOCTYPE> or <!ENTITY>), "
                           f"which Excel never writes: the file was altered or made by a faulty tool; {_EN_SAVE_AS} "
                           "again"),
    "unreadable.zip-damaged": ("工作簿已损坏（ZIP 压缩包被截断或损坏：{detail}）：请向发送方重新索取文件",
                               "the workbook is damaged (a truncated or corrupt ZIP archive: {detail}): ask the sender "
                               "for the file again"),
    "unreadable.too-many-parts": ("工作簿含有 {n} 个部件，超过可读取的上限 {limit} 个",
                                  "the workbook holds {n} parts, more than the {limit} the tracker reads"),
    "unreadable.password": ("工作簿设有密码：请去掉密码后另存", "the workbook is password-protected: save it without a password"),
    "unreadable.unpack-too-large": ("工作簿解压后将超过 {limit}，超出可读取的上限（可能是压缩“炸弹”，或单个文件数据过多：请拆分）",
                                    "the workbook would unpack to more than {limit}, more than the tracker reads (a "
                                    "compressed \"zip bomb\", or too much data for one file: split it)"),
    "unreadable.zip-bomb": ("工作簿部件 {part} 的压缩比为 {ratio} 比 1（{packed} 解压为 {unpacked}）；真实表格的压缩比至多约"
                            "为 20 比 1，因此该文件作为压缩“炸弹”被拒绝",
                            "the workbook part {part} is compressed {ratio} to 1 ({packed} unpacking to {unpacked}); "
                            "real sheets compress at most about 20 to 1, so the file is refused as a \"zip bomb\""),
    "unreadable.ole-no-workbook": ("该文件是 Office（OLE）文件，但其中没有 Excel 工作簿（是否为 Word 或其他 Office 文档？）",
                                   "the file is an Office (OLE) file but holds no Excel workbook (is it a Word or "
                                   "other Office document?)"),
    "unreadable.utf16": ("文件开头像是 UTF-16 编码，但无法按此解码（{detail}）",
                         "the file starts like UTF-16 but does not decode as it ({detail})"),
    "unreadable.mixed-encoding": ("第{line}行不是 UTF-8 文本（字节 0x{byte}），而第{utf8_line}行是：文件各部分以不同编码"
                                  "（GBK 与 UTF-8）保存，或文件已损坏；请将整个文件重新另存为“CSV UTF-8”",
                                  "line {line} is not UTF-8 text (byte 0x{byte}) though line {utf8_line} is: parts of "
                                  "the file were saved in different encodings (GBK and UTF-8), or it is damaged; save "
                                  "the whole file again as CSV UTF-8"),
    "unreadable.bad-bytes": ("第{line}行含有既非 UTF-8 也非 GB18030/GBK 文本的字节（0x{byte}）；请将文件另存为“CSV UTF-8”",
                             "line {line} holds bytes that are neither UTF-8 nor GB18030/GBK text (byte 0x{byte}); "
                             "save the file as CSV UTF-8"),
    "unreadable.nul": ("第{line}行含有 NUL 字符：这不是 CSV 文本文件", "line {line} holds NUL characters: it is not a CSV text file"),
    "unreadable.csv-big-cell": ("第{line}行：一个单元格超过 {limit} 个字符（是否有引号（\"）未闭合？）",
                                "line {line}: a cell holds more than {limit} characters (is a quote (\") never closed?)"),
    "unreadable.csv-unclosed": ("第{line}行：引号（\"）开始的单元格没有闭合，文件其余部分都会成为一个单元格",
                                "line {line}: a quote (\") opens a cell that is never closed: the rest of the file "
                                "would be one cell"),
    "unreadable.csv-after-quote": ("第{line}行：带引号的单元格在结束引号后还有文字（在带引号的单元格内写引号应写作 \"\"）",
                                   "line {line}: a quoted cell has text after its closing quote (write a quote inside "
                                   "a quoted cell as \"\")"),
    "unreadable.csv-other": ("第{line}行：{detail}", "line {line}: {detail}"),
    # -- encodings ------------------------------------------------------------------------------
    "problem.bad-encoding": ("不是 UTF-8 文本（字节 0x{byte} 无法读取）：请另存为 UTF-8",
                             "is not UTF-8 text (byte 0x{byte} cannot be read). save it as UTF-8"),
    "problem.bad-encoding.gbk": ("不是 UTF-8 文本（字节 0x{byte} 无法读取），看起来是 GBK/GB18030 编码：请另存为 UTF-8",
                                 "is not UTF-8 text (byte 0x{byte} cannot be read). It looks like GBK/GB18030: save it "
                                 "as UTF-8"),
    "problem.bad-encoding.unicode": ("文本中含有无效的 Unicode 字符", "the text holds characters that are not valid Unicode"),
    # -- folders and settings -------------------------------------------------------------------------
    "problem.missing-folder": ("实际数据文件夹不存在", "the actuals folder does not exist"),
    "problem.no-targets.missing": ("没有目标文件（*.yaml）：该文件夹不存在", "no target files (*.yaml): the folder does not exist"),
    "problem.no-targets.not-folder": ("没有目标文件（*.yaml）：这不是文件夹", "no target files (*.yaml): the folder is not a folder"),
    "problem.no-targets.none": ("没有目标文件（*.yaml）：该文件夹中一个也没有", "no target files (*.yaml): the folder holds none"),
    "problem.missing-file": ("设置文件不存在", "the settings file does not exist"),
    "problem.bad-settings.toml": ("不是有效的 TOML：{detail}", "not valid TOML: {detail}"),
    "problem.bad-settings.unknown": ("未知的设置“{name}”", "unknown setting '{name}'"),
    "problem.bad-settings.text": ("{key} 应为文本", "{key} must be text"),
    "problem.bad-settings.number": ("{key} 应为数字", "{key} must be a number"),
    "problem.bad-settings.negative": ("{key} 不能为负数", "{key} must not be negative"),
    "problem.bad-settings.notify": ("{key}：{what}", "{key} {what}"),
    # -- YAML ---------------------------------------------------------------------------------------
    "problem.yaml-syntax": ("YAML 语法错误：{problem}{context}{hint}", "YAML syntax error: {problem}{context}{hint}"),
    "yaml.context": ("（{context}）", " ({context})"),
    "yaml.context-at": ("（{context}，始于第{line}行）", " ({context} that starts at line {line})"),
    "yaml.unreadable": ("无法读取该文本", "the text cannot be read"),
    "yaml.hint.tabs": ("；请用空格缩进，不要用制表符（Tab）", "; indent with spaces, not tabs"),
    "yaml.hint.indent-or-quote": ("；请检查缩进，或把含有“: ”的文字放在引号中",
                                  "; check the indentation, or put text that holds ': ' in quotes"),
    "yaml.hint.indent": ("；请检查缩进", "; check the indentation"),
    "yaml.hint.colon": ("；键后面需要一个“:”", "; a key needs a ':' after it"),
    "yaml.hint.quote": ("；请把该值放在引号中", "; put the value in quotes"),
    "yaml.hint.unclosed": ("；有引号或括号没有闭合", "; a quote or bracket is not closed"),
    "problem.yaml-syntax.documents": ("文件中有多个 YAML 文档（'---'）：请把所有目标放在同一个文档中",
                                      "the file holds more than one YAML document ('---'): put all targets in one"),
    "problem.yaml-syntax.control": ("文件中含有 YAML 不允许的控制字符（{code}）",
                                    "the file holds a control character ({code}) that YAML does not allow"),
    "problem.yaml-syntax.other": ("无法读取该 YAML：{detail}", "the YAML cannot be read: {detail}"),
    "problem.yaml-too-big.deep": ("YAML 嵌套超过 {depth} 层", "the YAML is nested more than {depth} levels deep"),
    "problem.yaml-too-big.aliases": ("文件中的别名（*name）重复了超过 {n} 个值；请直接写出这些值",
                                     "the aliases (*name) in this file repeat more than {n} values; write the values "
                                     "out instead"),
    "problem.yaml-tag": ("不允许使用标签 {tag}：请写普通的 YAML 值，不要用“!”标签",
                         "the tag {tag} is not allowed: write plain YAML values without '!' tags"),
    "problem.yaml-alias.self": ("别名 *{name} 指向包含它自身的集合", "the alias *{name} refers to a collection that contains it"),
    "problem.yaml-alias.no-anchor": ("别名 *{name} 之前没有锚点 &{name}", "the alias *{name} has no anchor &{name} before it"),
    "problem.yaml-key.single": ("键应为单个名称，而不是列表或映射", "a key must be a single name, not a list or a mapping"),
    "problem.yaml-key.merge": ("“<<”后面应为一个映射或映射列表", "'<<' must be followed by a mapping or a list of mappings"),
    "problem.duplicate-key": ("键“{key}”重复（首次出现在第{first}行）", "duplicate key '{key}' (first at line {first})"),
    "problem.bad-value.not-finite": ("“{text}”不是有限的数字", "'{text}' is not a finite number"),
    "problem.bad-value.tag": ("“{text}”无法读作 {tag}", "'{text}' cannot be read as {tag}"),
    # -- target files ---------------------------------------------------------------------------------
    "problem.bad-shape.empty": ("文件为空：需要一个“targets:”列表", "the file is empty: it needs a 'targets:' list"),
    "problem.bad-shape.root": ("文件应为含有“targets:”（目标列表）和可选“plan:”的映射，而不是{what}",
                               "the file must be a mapping with 'targets:' (a list of targets) and optionally 'plan:', "
                               "not {what}"),
    "problem.bad-shape.top-key": ("未知的顶层键“{key}”：目标文件只含“targets:”和可选的“plan:”",
                                  "unknown top-level key '{key}': a target file holds 'targets:' and optionally 'plan:'"),
    "problem.bad-shape.top-key-alias": ("未知的顶层键“{key}”：目标文件只含“targets:”和可选的“plan:”"
                                        "（别名应写在目标文件夹顶层的 aliases.yaml 中）",
                                        "unknown top-level key '{key}': a target file holds 'targets:' and optionally "
                                        "'plan:' (aliases belong in aliases.yaml at the top of the targets folder)"),
    "problem.bad-shape.no-targets": ("文件中没有“targets:”列表", "the file has no 'targets:' list"),
    "problem.bad-shape.targets": ("“targets”应为列表，而不是{what}", "'targets' must be a list, not {what}"),
    "problem.bad-shape.target": ("第{number}个目标应为映射（id: …, title: …），而不是{what}",
                                 "target {number} must be a mapping (id: …, title: …), not {what}"),
    "problem.bad-shape.plan": ("“plan”应为默认值的映射，而不是{what}", "'plan' must be a mapping of defaults, not {what}"),
    "problem.bad-shape.plan-refused": ("plan：“{key}”不能作为默认值：每个目标各有其值",
                                       "plan: '{key}' cannot be a default: each target has its own"),
    "problem.unknown-field.plan": ("plan：未知字段“{key}”（可用的字段：{known}）",
                                   "plan: unknown field '{key}' (known fields: {known})"),
    "problem.duplicate-id": ("目标编号“{id}”重复：已在 {first} 定义", "duplicate id '{id}': already defined at {first}"),
    "problem.in-plan": ("plan：{message}", "plan: {message}"),
    "problem.in-target": ("{target}：{message}", "{target}: {message}"),
    "target.id": ("目标“{id}”", "target '{id}'"),
    "target.number": ("第{number}个目标", "target {number}"),
    # the checks of a target (pydantic's errors in words)
    "subject.field": ("字段“{name}”", "field '{name}'"),
    "subject.target": ("该目标", "the target"),
    "problem.missing-field": ("缺少字段“{name}”", "field '{name}' is required"),
    "problem.missing-field.kind": ("缺少字段“kind”：应为 level、growth 或 cagr", "field 'kind' is required: level, growth or cagr"),
    "problem.bad-kind": ("“kind”应为 {kinds} 之一，而不是{shown}", "'kind' must be one of {kinds}, not {shown}"),
    "problem.unknown-field": ("未知字段“{key}”{where}{help}", "unknown field '{key}'{where}{help}"),
    "field.in": ("（位于“{parent}”中）", " in '{parent}'"),
    "field.known": ("（可用的字段：{known}）", " (known fields: {known})"),
    "field.known-close": ("（是否想写“{close}”？可用的字段：{known}）", " (did you mean '{close}'? known fields: {known})"),
    "problem.bad-value.wrong-type": ("{subject}的类型不对（得到的是{got}）", "{subject} has the wrong type (got {got})"),
    "problem.bad-value.type": ("{subject}应为{wanted}，而不是{got}", "{subject} must be {wanted}, not {got}"),
    "problem.bad-value.type-quote": ("{subject}应为{wanted}，而不是{got}（请加上引号）",
                                     "{subject} must be {wanted}, not {got} (put it in quotes)"),
    "problem.bad-value.choice": ("{subject}应为{expected}，而不是{got}", "{subject} must be {expected}, not {got}"),
    "problem.bad-value.ge": ("{subject}应不小于 {limit}，而不是{got}", "{subject} must be at least {limit}, not {got}"),
    "problem.bad-value.gt": ("{subject}应大于 {limit}，而不是{got}", "{subject} must be more than {limit}, not {got}"),
    "problem.bad-value.le": ("{subject}应不大于 {limit}，而不是{got}", "{subject} must be at most {limit}, not {got}"),
    "problem.bad-value.lt": ("{subject}应小于 {limit}，而不是{got}", "{subject} must be less than {limit}, not {got}"),
    "problem.bad-value.check": ("{subject}：{message}", "{subject}: {message}"),
    "problem.bad-value.other": ("{subject}：{message}", "{subject}: {message}"),
    # aliases.yaml
    "problem.bad-shape.aliases": ("aliases.yaml 应含有“regions:”和“indicators:”，各自把一个名称对应到其别名列表",
                                  "aliases.yaml holds 'regions:' and 'indicators:', each mapping a name to a list of "
                                  "its other names"),
    "problem.bad-shape.aliases-section": ("未知的部分“{section}”；aliases.yaml 应含有“regions:”和“indicators:”，"
                                          "各自把一个名称对应到其别名列表",
                                          "unknown section '{section}'; aliases.yaml holds 'regions:' and "
                                          "'indicators:', each mapping a name to a list of its other names"),
    "problem.bad-shape.aliases-map": ("“{section}”应把每个名称对应到其别名列表",
                                      "'{section}' must map each name to a list of its other names"),
    "problem.bad-value.empty-name": ("名称不能为空", "a name must not be empty"),
    "problem.bad-value.alias-text": ("“{name}”的别名应为文本", "the other names of '{name}' must be text"),
    "problem.duplicate-alias": ("“{name}”同时列在“{owner}”（第{line}行）和“{canonical}”之下",
                                "'{name}' is listed under both '{owner}' (line {line}) and '{canonical}'"),
    # the checks of a target's values (model.py)
    "check.one-of": ("value（连同 unit）、times、plus 三者只能给出一个", "give exactly one of value (with unit), times or plus"),
    "check.value-unit": ("value 需要单位（例如 unit: 亿元）", "a value needs its unit (for example unit: 亿元)"),
    "check.times": ("times 应为正数（翻番写 2）", "times must be positive (2 for 翻番)"),
    "check.not-empty": ("不能为空", "must not be empty"),
    "check.id": ("编号“{id}”只能由小写字母、数字、“.”、“_”或“-”组成，并以字母或数字开头",
                 "id '{id}' must be lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"),
    "check.base-before-due": ("基期 {base} 应早于目标年份 {due}", "the base period {base} must be before the due year {due}"),
    "check.relative-no-base": ("{name} 是相对于基期的（times/plus），但没有给出基期",
                               "{name} is relative to the base (times/plus) but there is no base"),
    "check.units-differ": ("单位 {units} 计量的不是同一种量，无法比较",
                           "the units {units} measure different things and cannot be compared"),
    "check.cagr-base": ("年均增速需要正的基期值，而不是 {value}", "an average annual growth needs a positive base value, not {value}"),
    # judging (problems the lead's evaluate makes)
    "problem.bad-base": ("{goal}的基期值 {value} 不是正数，无法据此计算年均增速",
                         "the base value {value} for {goal!r} is not positive: an average annual growth cannot be "
                         "computed from it"),
    "problem.unit-mismatch.figure": ("“{unit}”单位的数据无法用于目标“{goal}”（单位“{target}”）：{detail}",
                                     "figure in {unit!r} cannot be used for target {goal!r} in {target!r}: {detail}"),
    "problem.unit-mismatch.parts": ("组成地区的数据计量的不是同一种量，无法相加：{both}",
                                    "a region's parts measure different things and cannot be added: {both}"),
    "problem.bad-definition.clash": ("“{name}”的组成部分计量的不是同一种量，无法计算：{both}",
                                     "the parts of {name!r} measure different things and cannot be combined: {both}"),
    "problem.bad-definition.self-part": ("“{name}”不能是它自己的组成部分", "{name!r} cannot be a part of itself"),
    "problem.bad-definition.no-parts": ("“{name}”没有列出组成部分", "{name!r} lists no parts"),
    "problem.bad-definition.form": ("“{name}”应定义为 {{ratio: [分子, 分母]}} 或 {{sum: [部分, 部分, …]}}",
                                    "{name!r} must be defined as {{ratio: [numerator, denominator]}} or "
                                    "{{sum: [part, part, …]}}"),
    "problem.bad-definition.ratio-parts": ("比值“{name}”需要两个部分：分子和分母（现有{n}个）",
                                           "the ratio {name!r} needs two parts, the numerator and the denominator "
                                           "(it has {n})"),
    "problem.bad-definition.sum-parts": ("合计“{name}”至少需要两个部分", "the sum {name!r} needs two parts or more"),
    "problem.bad-definition.from-itself": ("“{name}”不能由它自己计算", "{name!r} cannot be made from itself"),
    "problem.bad-definition.cycle": ("“{name}”经由其他项又由它自己组成", "{name!r} is made, through others, of itself"),
    "problem.bad-definition.names": ("{what}应为名称（文字）", "the {what} must be names (text)"),
    "problem.bad-definition.section": ("{file}只应包含一节“{section}:”，且为映射",
                                       "{file} holds one section, '{section}:', a mapping"),
    "problem.duplicate-definition": ("“{name}”重复给出", "{name!r} is given twice"),
    "problem.duplicate-definition.part": ("“{name}”的某个组成部分重复列出", "a part of {name!r} is listed twice"),
    "problem.unit-slip": ("{series} {period}为 {value}，是{before_period}（{before}，{before_source}）的{times}："
                          "单位是否填错（如万元填成亿元）？",
                          "{series} {period} is {value}, {times} the figure for {before_period} ({before}, "
                          "{before_source}): is the unit mistyped (万元 for 亿元)?"),
    "problem.did-you-mean": ("{kind}“{name}”没有目标使用，而目标的{kind}“{goal_name}”没有数据：是否应为“{goal_name}”？"
                             "（请改正文件，或在 aliases.yaml 中把“{name}”列为“{goal_name}”的别名）",
                             "the {kind} {name!r} is used by no goal, and the goals' {kind} {goal_name!r} has no "
                             "figure: did you mean {goal_name!r}? (fix the file, or list {name!r} as another name of "
                             "{goal_name!r} in aliases.yaml)"),
    "problem.future-as-of": ("截至月份 {as_of} 晚于当前月份 {now}（北京时间），该月统计数据尚未发布",
                             "the as-of month {as_of} is after the current month {now} (Asia/Shanghai): its statistics "
                             "cannot be out yet"),
    "problem.target-gone": ("目标“{id}”（{title}）在第{run}次运行（截至{as_of}）中评价过，现已不在任何目标文件中：是否有意删除或改名？",
                            "the goal {id!r} ({title}) was judged by run #{run} (as of {as_of}) and is in no target "
                            "file now: was it removed or renamed on purpose?"),
    "problem.file-changed": ("读取该文件时文件发生了变化；本次不采用，下次运行时将重新读取",
                             "the file changed while it was being read; it is left out and will be read again by the "
                             "next run"),
}

register(MESSAGES)
