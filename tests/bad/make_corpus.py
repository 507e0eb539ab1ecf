"""Writes the binary cases of the bad-input corpus (see cases.yaml).

Text cases are committed as files under figures/ and targets/; the cases
that are binary, large or awkward to keep in git (workbooks, zip bombs,
encodings, a sparse 201 MB file) are made here, reproducibly:

    python tests/bad/make_corpus.py OUT_DIR     # writes OUT_DIR/figures/* and OUT_DIR/targets/*

The tests call ``generate(out_dir)`` once per session.
"""

from __future__ import annotations

import struct
import sys
import zipfile
import zlib
from io import BytesIO
from pathlib import Path

HEADER = ["地区", "指标", "期间", "数值", "单位"]
REGION, INDICATOR = "宜春市", "锂电产业营业收入"
ROW = [REGION, INDICATOR, "2024年1-6月", 640, "亿元"]

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WB_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
_SHEET_TAIL = "</sheetData></worksheet>"

_LOL = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + "]>"
)


def _inline_row(r: int, values: list) -> str:
    cells = []
    for c, v in enumerate(values):
        ref = f"{chr(65 + c)}{r}"
        if isinstance(v, (int, float)):
            cells.append(f'<c r="{ref}"><v>{v}</v></c>')
        else:
            cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>')
    return f'<row r="{r}">{"".join(cells)}</row>'


def _sheet_xml(rows: list[list], prolog: str = "") -> str:
    body = "".join(_inline_row(i + 1, row) for i, row in enumerate(rows))
    head = _SHEET_HEAD if not prolog else _SHEET_HEAD.replace("?>", "?>" + prolog, 1)
    return head + body + _SHEET_TAIL


def _xlsx(sheet: str, extra: dict[str, str] | None = None) -> bytes:
    """A minimal workbook of one sheet 数据, written by hand (any XML we like)."""
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        for name, text in (extra or {}).items():
            z.writestr(name, text)
    return buf.getvalue()


def _openpyxl(build) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "数据"
    build(wb, ws)
    buf = BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _bomb_zip(spaces: int, declared: int | None = None) -> bytes:
    """A workbook whose sheet is ``spaces`` bytes of blanks inside <sheetData>, deflated
    about 1000:1 without ever holding them in memory. ``declared``: the unpacked size the
    archive claims instead (a lying header)."""
    head = _SHEET_HEAD.encode()
    tail = _SHEET_TAIL.encode()
    block = b" " * (1 << 20)
    n_blocks, rem = divmod(spaces, len(block))
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    parts = [comp.compress(head), comp.flush(zlib.Z_FULL_FLUSH)]
    one = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    again = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    assert one == again  # after a full flush, the same input gives the same bytes
    parts.append(one * n_blocks)
    parts.append(comp.compress(block[:rem] + tail) + comp.flush())
    data = b"".join(parts)
    crc = zlib.crc32(head)
    for _ in range(n_blocks):  # n_blocks crc32 calls of 1 MB: cheap
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(block[:rem] + tail, crc)
    size = len(head) + n_blocks * len(block) + rem + len(tail)

    small = _xlsx(_sheet_xml([HEADER, ROW]))
    out = BytesIO()
    with zipfile.ZipFile(BytesIO(small)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                z.writestr(info.filename, src.read(info.filename))
    # append the bomb member by hand: local header, data, then rebuild the central directory
    entries = []
    with zipfile.ZipFile(out) as z:
        for info in z.infolist():
            entries.append((info, z.open(info).read()))
    return _raw_zip([(i.filename, zlib.compress(d)[2:-4], len(d), zlib.crc32(d)) for i, d in entries]
                    + [("xl/worksheets/sheet1.xml", data, declared if declared is not None else size, crc)])


def _raw_zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A ZIP of raw-deflated members with the sizes given (which may lie)."""
    out = bytearray()
    central = bytearray()
    for name, data, size, crc in members:
        raw_name = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 8, 0, 0x21, crc & 0xFFFFFFFF,
                           len(data), size, len(raw_name), 0) + raw_name + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, 8, 0, 0x21, crc & 0xFFFFFFFF,
                               len(data), size, len(raw_name), 0, 0, 0, 0, 0, offset) + raw_name
    start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), start, 0)
    return bytes(out)


def _cfb(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE compound file (version 3, 512-byte sectors) holding ``streams``
    (each at least 4096 bytes, so that no mini stream is needed)."""
    ssz = 512
    names = list(streams)
    data_sectors: list[tuple[str, int, int]] = []  # name, first sector, count
    next_sector = 2  # 0: FAT, 1: directory
    for name in names:
        n = -(-len(streams[name]) // ssz)
        data_sectors.append((name, next_sector, n))
        next_sector += n
    total = next_sector
    assert total <= ssz // 4, "keep the corpus file small: one FAT sector"
    fat = [0xFFFFFFFF] * (ssz // 4)
    fat[0] = 0xFFFFFFFD  # FATSECT
    fat[1] = 0xFFFFFFFE  # directory: one sector, end of chain
    for _, first, n in data_sectors:
        for s in range(first, first + n - 1):
            fat[s] = s + 1
        fat[first + n - 1] = 0xFFFFFFFE
    header = bytearray(ssz)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIII", header, 0x2C, 1, 1, 0, 0x1000, 0xFFFFFFFE)
    struct.pack_into("<IIII", header, 0x3C, 0, 0xFFFFFFFE, 0, 0xFFFFFFFE)
    struct.pack_into("<I", header, 0x4C, 0)
    for i in range(1, 109):
        struct.pack_into("<I", header, 0x4C + 4 * i, 0xFFFFFFFF)

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        e = bytearray(128)
        raw = name.encode("utf-16-le") + b"\x00\x00"
        e[: len(raw)] = raw
        struct.pack_into("<HBB", e, 64, len(raw), kind, 1)
        struct.pack_into("<III", e, 68, 0xFFFFFFFF, right, child)
        struct.pack_into("<II", e, 116, start, size)
        return bytes(e)

    directory = bytearray(entry("Root Entry", 5, 1, 0xFFFFFFFF, 0xFFFFFFFE, 0))
    for i, (name, first, _) in enumerate(data_sectors):
        right = i + 2 if i + 1 < len(data_sectors) else 0xFFFFFFFF
        directory += entry(name, 2, 0xFFFFFFFF, right, first, len(streams[name]))
    directory += bytes(ssz - len(directory))
    body = bytearray()
    for name, _, n in data_sectors:
        body += streams[name].ljust(n * ssz, b"\x00")
    return bytes(header) + struct.pack(f"<{ssz // 4}I", *fat) + bytes(directory) + bytes(body)


def figures() -> dict[str, bytes]:
    good_csv = ("地区,指标,期间,数值,单位\n" + f"{REGION},{INDICATOR},2024年1-6月,640,亿元\n").encode()

    def excel_error(wb, ws):
        ws.append(HEADER)
        ws.append([REGION, INDICATOR, "2024年1-6月", "#DIV/0!", "亿元"])

    def header_only(wb, ws):
        ws.append(HEADER)

    def cover_only(wb, ws):
        ws.append(["2024年上半年锂电产业运行情况"])
        ws.append(["（本表由市工信局提供）"])

    def merged(wb, ws):
        ws.append(HEADER)
        ws.append([REGION, INDICATOR, "2024年1-6月", 640, "亿元"])
        ws.append([REGION, INDICATOR, "2024年1-3月", None, "亿元"])
        ws.merge_cells("D2:D3")

    def hidden(wb, ws):
        ws.append(HEADER)
        ws.append([REGION, INDICATOR, "2024年1-6月", 640, "亿元"])
        h = wb.create_sheet("隐藏")
        h.append(HEADER)
        h.append([REGION, INDICATOR, "2024年1-3月", "约300", "亿元"])
        h.sheet_state = "hidden"

    good_xlsx = _xlsx(_sheet_xml([HEADER, ROW]))
    html = ("<html><head><meta charset='utf-8'></head><body><table><tr><td>地区</td><td>指标</td><td>期间</td>"
            "<td>数值</td><td>单位</td></tr><tr><td>宜春市</td><td>锂电产业营业收入</td><td>2024年1-6月</td>"
            "<td>640</td><td>亿元</td></tr></table></body></html>").encode()
    xml2003 = ('<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?>'
               '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="数据">'
               "</Worksheet></Workbook>").encode()
    shared = ('<?xml version="1.0" encoding="UTF-8"?>' + _LOL
              + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
              "<si><t>&lol9;</t></si></sst>")
    zip_not_book = BytesIO()
    with zipfile.ZipFile(zip_not_book, "w") as z:
        z.writestr("readme.txt", "地区,指标\n")
    mixed = (good_csv + f"{REGION},{INDICATOR},2024年1-3月,300,亿元\n".encode("gbk"))
    return {
        "excel-error.xlsx": _openpyxl(excel_error),
        "empty-workbook.xlsx": _openpyxl(lambda wb, ws: None),
        "header-only.xlsx": _openpyxl(header_only),
        "no-header.xlsx": _openpyxl(cover_only),
        "merged-cells.xlsx": _openpyxl(merged),
        "hidden-sheet.xlsx": _openpyxl(hidden),
        "encrypted.xlsx": _cfb({"EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00" + bytes(4088),
                                "EncryptedPackage": bytes(range(256)) * 16}),
        "truncated.xlsx": good_xlsx[: len(good_xlsx) // 2],
        "corrupt-zip.xlsx": b"PK\x03\x04" + bytes(range(256)) * 8,
        "old-excel4.xls": bytes.fromhex("0904060000001000") + bytes.fromhex("0a000000"),
        "csv-named.xlsx": good_csv,
        "html-named.xls": html,
        "html-named.xlsx": html,
        "spreadsheet-2003.xls": xml2003,
        "empty-file.xlsx": b"",
        "zip-not-workbook.xlsx": zip_not_book.getvalue(),
        "workbook-named.csv": good_xlsx,
        "entity-bomb.xlsx": _xlsx(_sheet_xml([HEADER, [REGION, INDICATOR, "2024年1-6月", "&lol9;", "亿元"]], _LOL)),
        "entity-bomb-strings.xlsx": _xlsx(_sheet_xml([HEADER, ROW]), {"xl/sharedStrings.xml": shared}),
        "zip-bomb.xlsx": _bomb_zip(300 << 20),
        "zip-bomb-lying.xlsx": _bomb_zip(300 << 20, declared=5 << 20),
        "mixed-encoding.csv": mixed,
        "invalid-bytes.csv": good_csv + b"\xff\xfe\x80,x,2024,1,\xe4\xba\xbf\xe5\x85\x83\n",
        "nul-bytes.csv": good_csv + f"{REGION},{INDICATOR},2024年1-3月,3\x0000,亿元\n".encode(),
        "enormous-cell.csv": good_csv + f'{REGION},"{"锂" * 300_000}",2024年1-3月,300,亿元\n'.encode(),
    }


SPARSE = {"too-large.csv": 201 * 1024 * 1024}


def targets() -> dict[str, bytes]:
    deep = "targets: " + "[" * 100_000 + "]" * 100_000 + "\n"
    gbk = ("targets:\n  - id: gbk-target\n    title: 锂电产业营收超过3500亿元\n    region: 宜春市\n"
           "    indicator: 锂电产业营业收入\n    kind: level\n    due: 2026\n    target: {value: 3500, unit: 亿元}\n")
    return {"deep-nesting.yaml": deep.encode(), "not-utf8.yaml": gbk.encode("gbk")}


def generate(out: Path) -> Path:
    out = Path(out)
    (out / "figures").mkdir(parents=True, exist_ok=True)
    (out / "targets").mkdir(parents=True, exist_ok=True)
    for name, data in figures().items():
        (out / "figures" / name).write_bytes(data)
    for name, size in SPARSE.items():
        with open(out / "figures" / name, "wb") as f:
            f.write("地区,指标,期间,数值,单位\n".encode())
            f.truncate(size)  # sparse: takes no disk space
    for name, data in targets().items():
        (out / "targets" / name).write_bytes(data)
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_corpus.py OUT_DIR")
    print(generate(Path(sys.argv[1])))
