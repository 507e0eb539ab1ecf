"""File-level safety checks, made before any parser touches an actuals file.

``check(path)`` says what a file really is (by its first bytes, not its
name) and refuses, with a message a statistician can act on, what must not
reach a parser:

* a file larger than ``MAX_FILE_BYTES``;
* a workbook (ZIP) that is truncated or corrupt, that would unpack to more
  than ``MAX_UNPACKED_BYTES``, that holds a part compressed more than
  ``MAX_RATIO``:1 (and larger than ``RATIO_FLOOR_BYTES`` unpacked: a "zip
  bomb"), more than ``MAX_MEMBERS`` parts, encrypted parts, or XML with a
  document type declaration (``<!DOCTYPE``/``<!ENTITY``: Excel never writes
  one; it is how an entity-expansion bomb starts);
* a password-protected workbook (an OLE file holding an ``EncryptionInfo``
  stream);
* a file whose content is not what its name says: an ``.xls`` or ``.xlsx``
  that is really an HTML page or CSV text, a ``.csv`` that is really a
  workbook, an Excel 2.x–4.0 worksheet, an empty file.

Only the ZIP's central directory and the first few KB of each XML part are
read; nothing is unpacked in full. A workbook whose content is the other
Excel format (an ``.xlsx`` saved with an ``.xls`` name, or the reverse) is
allowed: the reader opens it by its content, as Excel does.
"""

from __future__ import annotations

import mmap
import re
import zipfile
from pathlib import Path

from tracker.ingest.grids import Unreadable
from tracker.messages import Phrase
from tracker.messages.problems import Words

__all__ = [
    "Refused", "check", "MAX_FILE_BYTES", "MAX_UNPACKED_BYTES", "MAX_RATIO", "RATIO_FLOOR_BYTES", "MAX_MEMBERS",
]

#: Larger files are refused before they are opened (a year of monthly figures
#: for every county of a province is a few MB).
MAX_FILE_BYTES = 200 * 1024 * 1024
#: A workbook may unpack to at most this much XML in all.
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
#: A part unpacking to more than RATIO_FLOOR_BYTES may be compressed at most
#: MAX_RATIO:1 (real sheets compress about 5–20:1; deflate's limit is ~1030:1).
MAX_RATIO = 200
RATIO_FLOOR_BYTES = 50 * 1024 * 1024
#: Parts in one workbook (a workbook with 200 sheets has about 420).
MAX_MEMBERS = 10_000
#: How much of each XML part is read to look for a DOCTYPE.
_XML_HEAD = 4096

ZIP, OLE, CSV = "zip", "ole", "csv"

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DOCTYPE = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_HTML = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|table|meta|div|style)\b",
                   re.IGNORECASE | re.DOTALL)
_SPREADSHEET_2003 = re.compile(rb"\s*<\?xml[^>]*>.{0,2000}?<(?:\w+:)?Workbook\b", re.DOTALL)


class Refused(Unreadable):
    """The file is refused before parsing (its problem's reason is ``unreadable``, as for any
    file that cannot be read; the message says why)."""


def check(path: Path) -> str:
    """What the file really is (``"zip"``, ``"ole"`` or ``"csv"``), or Refused.

    Its name decides what it must be: ``.csv`` text, ``.xlsx``/``.xlsm``/``.xls``
    a workbook of either format.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    size = path.stat().st_size
    if size == 0:
        raise Refused.of("unreadable.empty")
    if size > MAX_FILE_BYTES:
        raise Refused.of("unreadable.too-large", size=_mb(size), limit=_mb(MAX_FILE_BYTES))
    with open(path, "rb") as f:
        head = f.read(8192)
    kind = sniff(head)
    if suffix == ".csv":
        if kind in (ZIP, OLE):
            raise Refused.of("unreadable.csv-is-workbook", ext=".xlsx" if kind == ZIP else ".xls")
        if kind == "html":
            raise Refused.of("unreadable.csv-is-html")
        return CSV
    if kind == ZIP:
        _check_zip(path)
        return ZIP
    if kind == OLE:
        _check_ole(path)
        return OLE
    raise Refused(_not_a_workbook(suffix, kind))


def sniff(head: bytes) -> str:
    """zip, ole, biff (Excel 2.x–4.0), html, xml2003, text or binary, from a file's first bytes."""
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return ZIP
    if head.startswith(_OLE_MAGIC):
        return OLE
    if len(head) >= 4 and head[0] == 0x09 and head[1] in (0x00, 0x02, 0x04) and head[2] in (0x04, 0x06, 0x08):
        return "biff"
    text = head.removeprefix(b"\xef\xbb\xbf")
    if _HTML.match(text):
        return "html"
    if _SPREADSHEET_2003.match(text):
        return "xml2003"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary"
    return "text"


def _not_a_workbook(suffix: str, kind: str) -> Phrase:
    name = suffix or "workbook"
    if kind in ("html", "xml2003", "biff", "text"):
        return Phrase.of(f"unreadable.{kind}", name=name)
    return Phrase.of("unreadable.not-workbook", name=name)


# --------------------------------------------------------------------------
# xlsx / xlsm: a ZIP archive of XML parts


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_members(infos)
            names = {i.filename for i in infos}
            if "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
                found = next((n for n in ("word/document.xml", "ppt/presentation.xml") if n in names), None)
                what = {"word/document.xml": "zip-word", "ppt/presentation.xml": "zip-ppt"}.get(found or "", "zip-other")
                raise Refused.of(f"unreadable.{what}")
            for info in infos:
                if info.filename.lower().endswith((".xml", ".rels", ".vml")):
                    with zf.open(info) as part:
                        head = part.read(_XML_HEAD)
                    if _DOCTYPE.search(head):
                        raise Refused.of("unreadable.doctype", part=info.filename)
    except Refused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, RuntimeError, NotImplementedError) as e:
        raise Refused.of("unreadable.zip-damaged", detail=Words(_ZIP_ERRORS.get(str(e), "其内部结构无法解读"), str(e))) from None


#: zipfile's words for a damaged archive, in Chinese
_ZIP_ERRORS = {"File is not a zip file": "不是 ZIP 文件", "Bad magic number for file header": "文件头损坏",
               "Truncated file header": "文件头被截断", "Bad CRC-32 for file": "校验和不符"}


def _check_members(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise Refused.of("unreadable.too-many-parts", n=f"{len(infos):,}", limit=f"{MAX_MEMBERS:,}")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise Refused.of("unreadable.password")
        total += info.file_size
        if total > MAX_UNPACKED_BYTES:
            raise Refused.of("unreadable.unpack-too-large", limit=_mb(MAX_UNPACKED_BYTES))
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise Refused.of("unreadable.zip-bomb", part=info.filename,
                             ratio=f"{info.file_size // max(info.compress_size, 1):,}", packed=_mb(info.compress_size),
                             unpacked=_mb(info.file_size))


# --------------------------------------------------------------------------
# xls and encrypted xlsx: an OLE compound file

_STREAMS = {name: (name.encode("utf-16-le") + b"\x00\x00", (len(name) + 1) * 2)
            for name in ("EncryptionInfo", "EncryptedPackage", "Workbook", "Book")}


def _check_ole(path: Path) -> None:
    found = _ole_streams(path)
    if "EncryptionInfo" in found or "EncryptedPackage" in found:
        raise Refused.of("unreadable.password")
    if not found & {"Workbook", "Book"}:
        raise Refused.of("unreadable.ole-no-workbook")


def _ole_streams(path: Path) -> set[str]:
    """Which of a few stream names the compound file's directory holds.

    Directory entries are 128 bytes, aligned at 128 from the start of the
    file (headers and sectors are multiples of 128); an entry names its
    stream in UTF-16 with the name's byte length at offset 64 and type 2 (a
    stream) at offset 66. Looking for aligned entries needs no FAT walk.
    """
    found = set()
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
        for name, (pattern, length) in _STREAMS.items():
            at = data.find(pattern, 512)
            while at >= 0:
                if at % 128 == 0 and at + 67 <= len(data) and int.from_bytes(data[at + 64:at + 66], "little") == length \
                        and data[at + 66] == 2:
                    found.add(name)
                    break
                at = data.find(pattern, at + 1)
    return found


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):,.0f} MB" if n >= 1024 * 1024 else f"{n / 1024:,.0f} KB"
