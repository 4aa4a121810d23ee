"""Check a workbook's zip container (xlsx, xlsm, ods) before calamine parses it: no "zip bombs".

calamine inflates every part it reads and keeps a sheet as one dense block of cells, so a small
file can ask for gigabytes: a shared-strings part of 1 GB compressed into 2 MB, a cell at XFD200000
(a 200.000 × 16.384 block from two cells), or an ODS row repeated a million times. Under a memory
limit the process then dies with a Rust allocation error and no Indonesian word. `check_workbook()`
refuses such a file first, reading only the zip directory and streaming each part through zlib
without keeping it:

1. The directory: each part at most MAX_PART_BYTES and all parts together at most
   MAX_UNPACKED_BYTES uncompressed, and no part above RATIO_FLOOR compressed more than MAX_RATIO
   times. Real workbooks are far below: a template filled with 200.000 rows of 36 columns (27 MB,
   already above the 20 MB upload limit) has a 217 MB worksheet at ratio 8,5 and 28 MB of shared
   strings at ratio 18; the most repetitive sheet XML we could make stays near ratio 20. This
   refuses the usual bomb in milliseconds.
2. The parts themselves, inflated in chunks: a directory can understate a part's size, so a part
   that inflates to more than it declares is refused too.
3. The cell extent of every sheet: no cell (or ODS repeat with content) beyond MAX_COLUMNS columns
   or `max_rows` rows. Worksheet XML from Excel, LibreOffice, openpyxl and xlsxwriter is checked
   with byte counts and a few regular-expression searches (about 2 s for a 217 MB sheet); anything
   unusual (namespace prefixes, attributes in another order, single quotes, cells without a
   reference) and ODS content are walked element by element with expat, which takes longer but
   still keeps nothing.

A zip holding a binary workbook (xlsb: `workbook.bin`, `worksheets/*.bin`) is refused whatever its
name says: the importer never accepted xlsb, and its cell records are not scanned here.

Plain Python; the importer turns `WorkbookRefused` into its own file error.
"""

from __future__ import annotations

import io
import pyexpat
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator

from analytics.text import fmt_megabytes, fmt_number, t

MIB = 1024 * 1024
MAX_PART_BYTES = 320 * MIB
MAX_UNPACKED_BYTES = 400 * MIB
MAX_RATIO = 100  # also Apache POI's default for the same check
RATIO_FLOOR = MIB  # small parts (styles, themes) may compress better without harm
MAX_COLUMNS = 100  # column CV; the templates have 36
CHUNK = 4 * MIB

_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_SHEET_ROOTS = (b"worksheet", b"dialogsheet", b"macrosheet")
_ODS_ROOT = b"document-content"
_ROOT = re.compile(rb"<(?![?!])(?:[\w.-]+:)?([\w.-]+)")


class WorkbookRefused(ValueError):
    """The workbook is refused before parsing; the message (Bahasa Indonesia) says why."""


def check_workbook(data: bytes, file_name: str, *, max_rows: int, header_rows: int = 0) -> None:
    """Refuse a zip-based workbook whose parts or cell extent would take too much memory.

    A sheet may use `max_rows` data rows below up to `header_rows` rows above them (title, header).
    """
    limits = _Limits(file_name, max_rows + header_rows, max_rows)
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise WorkbookRefused(t("import.file.not_spreadsheet", file=file_name)) from None
    if any(_binary_sheet(info.filename) for info in infos):
        # xlsb (binary workbook) cells carry their own positions and are not scanned here; the
        # importer never accepted xlsb, so a workbook of binary sheets is refused however named
        raise WorkbookRefused(t("import.file.not_spreadsheet", file=file_name))
    _check_directory(infos, file_name)
    for info in infos:
        _check_part(data, info, limits)


def _binary_sheet(name: str) -> bool:
    name = name.lower()
    return name.endswith("workbook.bin") or (name.endswith(".bin") and "worksheets/" in name)


def _mb(size: float) -> str:
    return fmt_megabytes(size)


def _check_directory(infos: list[zipfile.ZipInfo], file_name: str) -> None:
    total = 0
    for info in infos:
        part = info.filename
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise WorkbookRefused(
                t("import.file.zip_ratio", file=file_name, part=part, packed=_mb(info.compress_size),
                  size=_mb(info.file_size), ratio=fmt_number(ratio), max=fmt_number(MAX_RATIO))
            )  # fmt: skip
        if info.file_size > MAX_PART_BYTES:
            raise WorkbookRefused(
                t("import.file.zip_part_too_big", file=file_name, part=part, size=_mb(info.file_size),
                  max=fmt_number(MAX_PART_BYTES // MIB))
            )  # fmt: skip
        total += info.file_size
        if total > MAX_UNPACKED_BYTES:
            raise WorkbookRefused(
                t(
                    "import.file.zip_too_big",
                    file=file_name,
                    size=_mb(total),
                    max=fmt_number(MAX_UNPACKED_BYTES // MIB),
                )
            )


def _inflate(data: bytes, info: zipfile.ZipInfo, file_name: str) -> Iterator[bytes]:
    """The part's bytes as they really inflate, in chunks of at most CHUNK (never all at once)."""
    bad = WorkbookRefused(t("import.file.not_spreadsheet", file=file_name))
    header = data[info.header_offset : info.header_offset + _LOCAL_HEADER.size]
    if len(header) < _LOCAL_HEADER.size or info.flag_bits & 0x1:  # truncated, or encrypted
        raise bad
    signature, *_, name_length, extra_length = _LOCAL_HEADER.unpack(header)
    if signature != b"PK\x03\x04":
        raise bad
    start = info.header_offset + _LOCAL_HEADER.size + name_length + extra_length
    raw = memoryview(data)[start : start + info.compress_size]
    if info.compress_type == zipfile.ZIP_STORED:
        for offset in range(0, len(raw), CHUNK):
            yield bytes(raw[offset : offset + CHUNK])
        return
    if info.compress_type != zipfile.ZIP_DEFLATED:  # Excel and LibreOffice only deflate
        raise bad
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    pending: bytes | memoryview = raw
    try:
        while True:
            out = inflater.decompress(pending, CHUNK)
            if out:
                yield out
            pending = inflater.unconsumed_tail
            if inflater.eof or (not pending and not out):
                return
    except zlib.error:
        raise bad from None


def _check_part(data: bytes, info: zipfile.ZipInfo, limits: _Limits) -> None:
    """Inflate one part (checking its true size) and scan it for the cell extent it would make."""
    try:
        _scan_part(data, info, limits, fast=True)
    except _Restart:  # the fast scan cannot judge this part: walk it element by element
        _scan_part(data, info, limits, fast=False)
    if info.filename.lstrip("/") == "content.xml":  # the ODF spreadsheet's tables
        _scan_part(data, info, limits, fast=False, ods=True)


def _scan_part(data: bytes, info: zipfile.ZipInfo, limits: _Limits, *, fast: bool, ods: bool = False) -> None:
    file_name = limits.file_name
    size = 0
    scanner: _Scanner | None = None
    for chunk in _inflate(data, info, file_name):
        size += len(chunk)
        if size > info.file_size:
            raise WorkbookRefused(t("import.file.zip_understated", file=file_name, part=info.filename))
        if scanner is None and size == len(chunk):  # the first chunk: is this part XML at all?
            if not chunk.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
                return  # images, vbaProject.bin: calamine does not read cells from them
            if ods:
                scanner = _ExpatScanner(_OdsExtent(limits), strict=True)
            elif fast:
                scanner = _XlsxScanner(limits)
            else:
                # real SpreadsheetML parts are well-formed; VML drawings often are not (and hold no cells)
                scanner = _ExpatScanner(_XlsxExtent(limits), strict=info.filename.endswith(".xml"))
        if scanner is not None:
            scanner.feed(chunk)
    if scanner is not None:
        scanner.close()


# ----------------------------------------------------------------------------- extent of a sheet


def column_name(number: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while number:
        number, rem = divmod(number - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _column_number(letters: str) -> int:
    number = 0
    for ch in letters.upper():
        number = number * 26 + ord(ch) - 64
    return number


def _numbers_above(limit: int) -> bytes:
    """A regular expression for decimal numbers (without leading zeros) greater than `limit`."""
    digits = str(limit)
    parts = [rf"[1-9]\d{{{len(digits)},}}"]  # more digits
    for i, ch in enumerate(digits):
        if ch != "9":  # the same digits up to here, then a higher one, then any
            rest = len(digits) - i - 1
            parts.append(f"{digits[:i]}[{int(ch) + 1}-9]" + (rf"\d{{{rest}}}" if rest else ""))
    return ("(?:" + "|".join(parts) + ")").encode()


class _Scanner:
    def feed(self, chunk: bytes) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class _Limits:
    """The extent a sheet may have, and the messages when a cell lies beyond it."""

    def __init__(self, file_name: str, max_rows: int, shown_rows: int) -> None:
        self.file_name = file_name
        self.max_rows = max_rows
        self.shown_rows = shown_rows  # the limit users are told: data rows, without header rows

    def check(self, row: int, column: int) -> None:
        """`row` and `column` are 1-based positions of a used cell."""
        if row > self.max_rows:
            shown = fmt_number(self.shown_rows)
            raise WorkbookRefused(t("import.file.too_many_rows", file=self.file_name, max=shown))
        if column > MAX_COLUMNS:
            raise WorkbookRefused(
                t("import.file.too_wide", file=self.file_name, column=column_name(column),
                  n=fmt_number(column), max=fmt_number(MAX_COLUMNS), last=column_name(MAX_COLUMNS))
            )  # fmt: skip


class _XlsxScanner(_Scanner):
    """SpreadsheetML as the common writers write it, judged by counts and searches.

    It holds when every cell and row element is unprefixed and starts with `r="` and no reference
    lies beyond the limits; calamine's block is then at most max_rows × MAX_COLUMNS. Anything else
    raises _Restart, and the part is walked element by element instead.
    """

    def __init__(self, limits: _Limits) -> None:
        self.limits = limits
        above = _numbers_above(limits.max_rows).decode()
        last = column_name(MAX_COLUMNS)  # "CV": beyond it are 3 letters, [D-Z]x, or C[W-Z]
        wide = f"[A-Z]{{3}}|[{chr(ord(last[0]) + 1)}-Z][A-Z]|{last[0]}[{chr(ord(last[1]) + 1)}-Z]"
        # One search over every cell reference: a column beyond the limit, lower-case letters or a
        # leading zero (calamine reads them; the searches here do not), or a row beyond the limit.
        self.cell = re.compile(f'<c r="(?:{wide}|[a-z]|[A-Z]+0|[A-Z]{{1,2}}{above}")'.encode())
        self.row = re.compile(f'<row r="(?:0|{above}")'.encode())
        self.prefixed = re.compile(rb":(?:c|row)[\s/>]")  # <x:c>, <x:row>
        self.tail = b""

    def feed(self, chunk: bytes) -> None:
        buffer = self.tail + chunk
        cut = buffer.rfind(b"<")
        if cut <= 0 or len(buffer) - cut > 4096:  # no tag starts near the end: nothing is cut in two
            body, self.tail = buffer, b""
        else:
            body, self.tail = buffer[:cut], buffer[cut:]
        self._judge(body)

    def close(self) -> None:
        self._judge(self.tail)

    def _judge(self, body: bytes) -> None:
        cells = body.count(b"<c ") + body.count(b"<c>") + body.count(b"<c/>")
        rows = body.count(b"<row ") + body.count(b"<row>") + body.count(b"<row/>")
        if (
            body.count(b'<c r="') != cells
            or body.count(b'<row r="') != rows
            or self.prefixed.search(body)
            or self.cell.search(body)
            or self.row.search(body)
        ):
            raise _Restart  # the element walk judges it exactly and names the row or column


class _Restart(Exception):
    """The fast scan cannot judge this part."""


class _ExpatScanner(_Scanner):
    """Walks XML with expat (nothing kept), calling the extent's start/end for each element."""

    def __init__(self, extent: _XlsxExtent | _OdsExtent, *, strict: bool) -> None:
        self.parser = pyexpat.ParserCreate()
        self.parser.StartElementHandler = extent.start
        if extent.end is not None:
            self.parser.EndElementHandler = extent.end
        self.file_name = extent.limits.file_name
        self.strict = strict
        self.broken = False

    def feed(self, chunk: bytes, final: bool = False) -> None:
        if self.broken:
            return
        try:
            self.parser.Parse(chunk, final)
        except pyexpat.ExpatError:
            if self.strict:
                raise WorkbookRefused(t("import.file.not_spreadsheet", file=self.file_name)) from None
            self.broken = True

    def close(self) -> None:
        self.feed(b"", final=True)


def _local(name: str) -> str:
    return name.rpartition(":")[2]


_REF = re.compile(r"\s*([A-Za-z]{1,7})(\d{1,12})\s*")
_COLUMNS = {column_name(n): n for n in range(1, MAX_COLUMNS + 1)}


class _XlsxExtent:
    """calamine's positions in SpreadsheetML: a cell's `r` if it has one, else one right of the last."""

    def __init__(self, limits: _Limits) -> None:
        self.limits = limits
        self.row = 0  # 1-based row of the current <row>
        self.column = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name != "c" and name != "row" and not name.endswith((":c", ":row")):
            return
        ref = attrs.get("r")
        if ref is None and attrs:
            ref = next((v for k, v in attrs.items() if _local(k) == "r"), None)
        if name == "row" or name.endswith(":row"):
            self.row = int(ref) if ref and ref.strip().isdigit() else self.row + 1
            self.column = 0
            if self.row > self.limits.max_rows:
                self.limits.check(self.row, 1)
            return
        match = _REF.fullmatch(ref) if ref else None
        if match:
            letters = match[1]
            self.column = _COLUMNS.get(letters) or _column_number(letters)
            row = int(match[2])
        else:
            self.column += 1
            row = self.row
        if row > self.limits.max_rows or self.column > MAX_COLUMNS:
            self.limits.check(row, self.column)

    end = None  # nothing to do at the end of an element


class _OdsExtent:
    """ODF tables: rows and cells repeat (`number-rows-repeated`, `number-columns-repeated`).

    Repeats of empty rows and cells are how LibreOffice writes the unused sheet and cost nothing;
    a repeated row or cell with content is counted in full.
    """

    def __init__(self, limits: _Limits) -> None:
        self.limits = limits
        self.row = 0  # rows before the current one
        self.row_repeat = 1
        self.column = 0  # cells before the current one
        self.content_end = 0  # columns up to the last cell with content in this row
        self.cell_end = 0
        self.in_cell = 0

    @staticmethod
    def _repeat(attrs: dict[str, str], what: str) -> int:
        value = next((v for k, v in attrs.items() if _local(k) == f"number-{what}-repeated"), "1")
        return int(value) if value.strip().isdigit() else 1

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        if local == "table":
            self.row = 0
        elif local == "table-row":
            self.row_repeat = self._repeat(attrs, "rows")
            self.column = self.content_end = 0
        elif local in ("table-cell", "covered-table-cell"):
            self.column += self._repeat(attrs, "columns")
            self.cell_end = self.column
            self.in_cell += 1
            if any(_local(k) == "value-type" for k in attrs):
                self.content_end = self.column
        elif self.in_cell:  # text inside a cell: content
            self.content_end = self.cell_end

    def end(self, name: str) -> None:
        local = _local(name)
        if local in ("table-cell", "covered-table-cell"):
            self.in_cell = max(0, self.in_cell - 1)
        elif local == "table-row":
            if self.content_end:
                self.limits.check(self.row + self.row_repeat, self.content_end)
            self.row += self.row_repeat
