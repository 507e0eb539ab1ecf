"""Excel error values (#DIV/0!, #N/A …) that python-calamine hides.

python-calamine 0.9 returns an error cell as "" — the same as an empty cell,
which the importer would count as "no figure". So the importer looks for them
itself, once it meets a value cell that reads as empty (``grids.SheetErrors``;
a file without one is not read again): in an .xlsx sheet's XML only when it
holds an error cell at all (``t="e"``), and in an .xls file by walking the BIFF
records of the workbook stream (error constants and formulas whose result is an
error).

Best effort: a file this module cannot make sense of gives no errors (and
is logged), never a failure; the reader proper decides if it is readable.
"""

from __future__ import annotations

import html
import logging
import posixpath
import re
import struct
import zipfile
from pathlib import Path

from tracker.figure import column_index

log = logging.getLogger(__name__)

Errors = dict[tuple[int, int], str]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sheet_errors(path: Path, names: list[str]) -> dict[str, Errors]:
    """Error cells by sheet name, then by (row, col), 0-based."""
    try:
        with open(path, "rb") as f:
            magic = f.read(8)
        if magic.startswith(b"PK"):
            return _xlsx_errors(path, names)
        if magic == _OLE_MAGIC:
            return _xls_errors(path.read_bytes())
    except Exception as e:  # noqa: BLE001 - best effort, see the module doc
        log.warning("%s: could not look for Excel error values: %s", path, e)
    return {}


# --------------------------------------------------------------------------
# xlsx / xlsm

_ATTR = re.compile(rb'([\w:]+)\s*=\s*"([^"]*)"')
_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\b([^>]*)>")
_REL_TAG = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)>")
_ERR_CELL = re.compile(rb'<(?:\w+:)?c\b([^>]*\bt="e"[^>]*)>')
_ERR_VALUE = re.compile(rb"(?:<(?:\w+:)?f\b[^>]*?(?:/>|>[^<]*</(?:\w+:)?f>))?<(?:\w+:)?v>([^<]*)</")
_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')


def _attrs(raw: bytes) -> dict[str, str]:
    out = {}
    for k, v in _ATTR.findall(raw):
        key = k.decode().split(":")[-1]
        out.setdefault(key, html.unescape(v.decode("utf-8")))
    return out


def _xlsx_errors(path: Path, names: list[str]) -> dict[str, Errors]:
    found: dict[str, Errors] = {}
    with zipfile.ZipFile(path) as zf:
        members = set(zf.namelist())
        book = "xl/workbook.xml"
        if book not in members:
            return found
        rels_path = "xl/_rels/workbook.xml.rels"
        targets = {}
        if rels_path in members:
            for raw in _REL_TAG.findall(zf.read(rels_path)):
                a = _attrs(raw)
                if "Id" in a and "Target" in a:
                    t = a["Target"]
                    t = t.lstrip("/") if t.startswith("/") else posixpath.normpath(posixpath.join("xl", t))
                    targets[a["Id"]] = t
        wanted = set(names)
        for raw in _SHEET_TAG.findall(zf.read(book)):
            a = _attrs(raw)
            name, part = a.get("name"), targets.get(a.get("id", ""))
            if name not in wanted or part not in members:
                continue
            errors: Errors = {}
            for data in _row_pieces(zf, part):
                if b't="e"' not in data:
                    continue
                for m in _ERR_CELL.finditer(data):
                    ref = _REF.search(m[1])
                    value = _ERR_VALUE.match(data, m.end())
                    if ref and value:
                        errors[(int(ref[2]) - 1, column_index(ref[1].decode()))] = value[1].decode("utf-8", "replace")
            if errors:
                found[name] = errors
    return found


def _row_pieces(zf: zipfile.ZipFile, part: str, size: int = 1 << 20):
    """A sheet's XML in pieces of about ``size`` bytes that end after a ``</row>``.

    Streamed, so that memory stays small for a large sheet, and bounded by
    the part's declared size (``zf.read`` would first unpack a part that lies
    about its size in full).
    """
    rest = b""
    with zf.open(part) as fh:
        while chunk := fh.read(size):
            data = rest + chunk
            cut = data.rfind(b"</row>")
            if cut < 0:
                rest = data
                continue
            cut += len(b"</row>")
            yield data[:cut]
            rest = data[cut:]
    if rest:
        yield rest


# --------------------------------------------------------------------------
# xls (BIFF8 inside an OLE compound file)

_BIFF_ERRORS = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?", 0x24: "#NUM!", 0x2A: "#N/A", 0x2B: "#GETTING_DATA"}
_END = 0xFFFFFFFE


def _xls_errors(data: bytes) -> dict[str, Errors]:
    stream = _cfb_stream(data, ("Workbook", "Book"))
    found: dict[str, Errors] = {}
    for offset, name in _boundsheets(stream):
        errors = _sheet_biff_errors(stream, offset)
        if errors:
            found[name] = errors
    return found


def _boundsheets(stream: bytes) -> list[tuple[int, str]]:
    sheets = []
    pos, n = 0, len(stream)
    biff8 = False
    while pos + 4 <= n:
        rt, ln = struct.unpack_from("<HH", stream, pos)
        body = stream[pos + 4 : pos + 4 + ln]
        pos += 4 + ln
        if rt == 0x0809 and len(body) >= 2:
            biff8 = struct.unpack_from("<H", body)[0] == 0x0600
        elif rt == 0x0085 and biff8 and len(body) >= 8:
            offset, _state, kind, cch, flags = struct.unpack_from("<IBBBB", body)
            if kind != 0:  # not a worksheet
                continue
            raw = body[8:]
            name = raw[: 2 * cch].decode("utf-16-le") if flags & 1 else raw[:cch].decode("latin-1")
            sheets.append((offset, name))
        elif rt == 0x000A:  # end of the workbook globals
            break
    return sheets


def _sheet_biff_errors(stream: bytes, pos: int) -> Errors:
    errors: Errors = {}
    depth, n = 0, len(stream)
    while pos + 4 <= n:
        rt, ln = struct.unpack_from("<HH", stream, pos)
        body_at = pos + 4
        pos = body_at + ln
        if rt == 0x0809:
            depth += 1
        elif rt == 0x000A:
            depth -= 1
            if depth <= 0:
                break
        elif rt == 0x0205 and ln >= 8 and depth == 1:  # BOOLERR
            row, col, _xf, value, is_error = struct.unpack_from("<HHHBB", stream, body_at)
            if is_error:
                errors[(row, col)] = _BIFF_ERRORS.get(value, "#ERROR")
        elif rt == 0x0006 and ln >= 14 and depth == 1:  # FORMULA with a cached error
            row, col = struct.unpack_from("<HH", stream, body_at)
            result = stream[body_at + 6 : body_at + 14]
            if result[6:8] == b"\xff\xff" and result[0] == 2:
                errors[(row, col)] = _BIFF_ERRORS.get(result[2], "#ERROR")
    return errors


def _cfb_stream(data: bytes, names: tuple[str, ...]) -> bytes:
    """The first of ``names`` found in an OLE compound file (version 3 or 4)."""
    ssz = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    msz = 1 << struct.unpack_from("<H", data, 0x20)[0]
    n_fat, dir_start = struct.unpack_from("<II", data, 0x2C)
    cutoff, minifat_start, _n_minifat, difat_start, n_difat = struct.unpack_from("<IIIII", data, 0x38)
    per = ssz // 4

    def sector(s: int) -> bytes:
        return data[(s + 1) * ssz : (s + 2) * ssz]

    fat_sectors = list(struct.unpack_from("<109I", data, 0x4C))
    s, seen = difat_start, 0
    while s < _END - 4 and seen < n_difat:
        entries = struct.unpack_from(f"<{per}I", sector(s))
        fat_sectors.extend(entries[:-1])
        s, seen = entries[-1], seen + 1
    fat_bytes = b"".join(sector(s) for s in fat_sectors[:n_fat])
    fat = struct.unpack_from(f"<{len(fat_bytes) // 4}I", fat_bytes)

    def chain(start: int, table, limit: int) -> list[int]:
        out = []
        while start < len(table) and len(out) <= limit:
            out.append(start)
            start = table[start]
        return out

    limit = len(data) // ssz + 1

    def read(start: int) -> bytes:
        return b"".join(sector(s) for s in chain(start, fat, limit))

    directory = read(dir_start)
    entries = []
    for at in range(0, len(directory) - 127, 128):
        raw = directory[at : at + 128]
        name_len = struct.unpack_from("<H", raw, 64)[0]
        name = raw[: max(name_len - 2, 0)].decode("utf-16-le", "replace")
        kind = raw[66]
        start, size = struct.unpack_from("<II", raw, 116)
        entries.append((name, kind, start, size))
    root = entries[0]
    for wanted in names:
        for name, kind, start, size in entries:
            if kind != 2 or name != wanted:
                continue
            if size >= cutoff:
                return read(start)[:size]
            mini_stream = read(root[2])[: root[3]]
            minifat_bytes = read(minifat_start)
            minifat = struct.unpack_from(f"<{len(minifat_bytes) // 4}I", minifat_bytes)
            parts = [mini_stream[s * msz : (s + 1) * msz] for s in chain(start, minifat, len(mini_stream) // msz + 1)]
            return b"".join(parts)[:size]
    raise ValueError("no workbook stream in the compound file")
