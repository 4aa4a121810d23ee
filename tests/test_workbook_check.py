"""Hostile workbooks are refused before calamine parses them: zip bombs, understated zip
directories, cells far to the right or down, ODS repeats. Real-shaped workbooks pass.

The 1 GB bomb is generated once per session, streaming (tests/fixtures/hostile.py); the CLI test
runs the import under a 2 GiB address-space limit, so a check that let the bomb through would die
with calamine's allocation error instead of printing the Indonesian message.
"""

from __future__ import annotations

import io
import re
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from analytics import db, importer, workbook_check
from tests.fixtures import hostile
from tests.fixtures.spreadsheets import INNOVATION_HEADER, csv_bytes, innovation_row, sid_codes, xlsx_bytes

ROOT = Path(__file__).resolve().parent.parent
MEMORY_LIMIT = 2 * 1024**3  # the old code died under it (calamine wanted more); thread stacks fit


@pytest.fixture(scope="session")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile.write_shared_strings_bomb(tmp_path_factory.mktemp("bomb") / "bom_1gb.xlsx")


def parse(built_db: Path, data: bytes, name: str) -> importer.Parsed:
    with db.connection(built_db) as con:
        return importer.parse(data, name, con)


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def test_the_bomb_is_what_the_issue_describes(bomb: Path) -> None:
    part = zipfile.ZipFile(bomb).getinfo("xl/sharedStrings.xml")
    assert bomb.stat().st_size < 10 * 1024**2 < 900 * 1024**2 < part.file_size


def test_a_shared_strings_bomb_is_refused_by_the_importer(built_db: Path, bomb: Path) -> None:
    data = importer.read_file(bomb)  # 8 MB on disk: under the upload limit
    with pytest.raises(importer.ImportFileError) as caught:
        parse(built_db, data, bomb.name)
    message = str(caught.value)
    assert "bom_1gb.xlsx ditolak" in message and "xl/sharedStrings.xml" in message
    assert re.search(r"rasio \d+×", message) and "memori" in message


def test_the_cli_refuses_the_bomb_under_a_memory_limit(built_db: Path, bomb: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "analytics", "import", str(bomb), "--db", str(built_db), "--dry-run"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limit_memory,
    )
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.startswith("Galat: Berkas bom_1gb.xlsx ditolak")
    assert "Traceback" not in result.stderr and "memory allocation" not in result.stderr


def test_a_directory_that_understates_a_part_is_refused(built_db: Path, tmp_path: Path) -> None:
    honest = hostile.write_shared_strings_bomb(tmp_path / "kecil.xlsx", megabytes=40, zip64=False)
    lying = hostile.understate(honest.read_bytes(), "xl/sharedStrings.xml", declared=900_000)
    with pytest.raises(importer.ImportFileError, match="lebih besar daripada yang tercatat"):
        parse(built_db, lying, "bohong.xlsx")


def test_directory_limits_per_part_and_in_total() -> None:
    # an honest 350 MB part at a modest ratio: too big on its own (the upload limit stops it
    # earlier in practice; the check does not rely on that)
    info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
    info.file_size, info.compress_size = 350 * 1024**2, 30 * 1024**2
    with pytest.raises(workbook_check.WorkbookRefused, match="batasnya 320 MB"):
        workbook_check._check_directory([info], "besar.xlsx")
    parts = []
    for i in range(2):
        part = zipfile.ZipInfo(f"xl/worksheets/sheet{i}.xml")
        part.file_size, part.compress_size = 250 * 1024**2, 25 * 1024**2
        parts.append(part)
    with pytest.raises(workbook_check.WorkbookRefused, match=r"isinya .* MB bila dibuka; batasnya 400 MB"):
        workbook_check._check_directory(parts, "dua.xlsx")


FAR = "XFD2"  # the last column of Excel, two cells make a 2 x 16.384 block
SPARSE_SHEETS = {
    "far right": f'<row r="1">{hostile.inline("A1", "tahun")}{hostile.inline(FAR, "x")}</row>',
    "far down": f'<row r="1">{hostile.inline("A1", "tahun")}</row><row r="300000">{hostile.inline("B300000", "x")}</row>',
    "cell row beyond its row element": f'<row r="1">{hostile.inline("A1", "tahun")}{hostile.inline("C900000", "x")}</row>',
    "reference not first": '<row r="1"><c t="inlineStr" r="XFD1"><is><t>x</t></is></c></row>',
    "single quotes": f"<row r='1'>{hostile.inline('XFD1', 'x', quote=chr(39))}</row>",
    "lower case": f'<row r="1">{hostile.inline("xfd1", "x")}</row>',
    "leading zeros": f'<row r="1">{hostile.inline("A1", "t")}{hostile.inline("B0000300000", "x")}</row>',
    "cells without reference": '<row r="1">' + "<c/>" * 150 + hostile.inline(None, "x") + "</row>",
    "rows without reference": '<row r="199990"><c r="A199990" t="inlineStr"><is><t>t</t></is></c></row>'
    + "<row/>" * 100
    + f"<row>{hostile.inline(None, 'x')}</row>",
}


@pytest.mark.parametrize("sheet", list(SPARSE_SHEETS.values()), ids=list(SPARSE_SHEETS))
def test_cells_far_right_or_down_are_refused(built_db: Path, sheet: str) -> None:
    with pytest.raises(importer.ImportFileError, match=r"kolom ke-\d+|lebih dari 200\.000 baris"):
        parse(built_db, hostile.xlsx_with_sheet(sheet), "jarang.xlsx")


def test_a_prefixed_sheet_is_walked_and_refused(built_db: Path) -> None:
    sheet = f'<x:row r="1">{hostile.inline("A1", "tahun", prefix="x")}{hostile.inline(FAR, "x", prefix="x")}</x:row>'
    with pytest.raises(importer.ImportFileError, match="kolom XFD"):
        parse(built_db, hostile.xlsx_with_sheet(sheet, prefix="x"), "awalan.xlsx")


@pytest.mark.parametrize(
    "sheet",
    [
        f'<row r="1">{hostile.inline("A1", "tahun")}{hostile.inline("CV1", "x")}</row>',
        f'<x:row r="1">{hostile.inline("A1", "tahun", prefix="x")}{hostile.inline("B2", "x", prefix="x")}</x:row>',
        '<row r="1"><c t="inlineStr" r="C1"><is><t>x</t></is></c></row>',
        '<row r="200030">' + "<c/>" * 20 + hostile.inline(None, "x") + "</row>",
    ],
    ids=["column CV", "prefixed", "reference not first", "cells without reference"],
)
def test_unusual_but_small_sheets_pass_the_check(sheet: str) -> None:
    prefix = "x" if "<x:" in sheet else ""
    workbook_check.check_workbook(
        hostile.xlsx_with_sheet(sheet, prefix=prefix), "biasa.xlsx", max_rows=200_000, header_rows=30
    )


def test_an_ods_repeat_bomb_is_refused_and_libreoffice_padding_is_not(built_db: Path) -> None:
    with pytest.raises(importer.ImportFileError, match=r"lebih dari 200\.000 baris"):
        parse(built_db, hostile.ods_bytes(1_000_000, 3), "ulang.ods")
    with pytest.raises(importer.ImportFileError, match="kolom ke-16\\.000"):
        parse(built_db, hostile.ods_bytes(1000, 16_000), "lebar.ods")
    # how LibreOffice writes the unused rest of a sheet: empty repeats, nothing to refuse
    workbook_check.check_workbook(
        hostile.ods_bytes(1_048_000, 1024, with_content=False), "kosong.ods", max_rows=200_000, header_rows=30
    )


def test_a_real_shaped_workbook_passes(built_db: Path) -> None:
    rows = [innovation_row(f"Inovasi Uji {i}") for i in range(3000)]
    parsed = parse(built_db, xlsx_bytes([[*INNOVATION_HEADER, *sid_codes(built_db)], *rows]), "nyata.xlsx")
    assert parsed.ok and len(parsed.records) == 3000


@pytest.mark.parametrize("limit", [5, 90, 99, 100, 1000, 200_030])
def test_numbers_above(limit: int) -> None:
    pattern = re.compile(workbook_check._numbers_above(limit))
    for n in [*range(0, 3 * limit + 1000, max(1, limit // 500)), limit, limit + 1, 10 * limit]:
        assert bool(pattern.fullmatch(str(n).encode())) == (n > limit), n


def test_a_binary_workbook_under_an_xlsx_name_is_refused(built_db: Path) -> None:
    data = hostile.xlsx_with_sheet("")
    archive = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for info in archive.infolist():
            out.writestr(info.filename.replace("workbook.xml", "workbook.bin"), archive.read(info))
    with pytest.raises(importer.ImportFileError, match="bukan spreadsheet"):
        parse(built_db, buffer.getvalue(), "biner.xlsx")


def test_csv_is_not_a_zip_and_is_not_checked_as_one(built_db: Path) -> None:
    parsed = parse(built_db, csv_bytes([["tahun", "nama_inovasi"], [2024, "x"]]), "biasa.csv")
    assert parsed.problem_count  # read (and found wanting), not refused as a workbook
