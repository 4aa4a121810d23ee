"""Import of real data: messy files in, precise problems out, all-or-nothing writes, history, undo.

Every file is generated here (tests/fixtures/spreadsheets.py); the database is a private copy of
the session build (reference + sample data) per test.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import hashlib
import io
import json
import os
import shutil
import subprocess
import threading
import time
import zipfile
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analytics import build as builder
from analytics import db, importer
from analytics.__main__ import main as cli_main
from analytics.importer import store
from analytics.text import MONTHS
from tests.fixtures.cli import run_cli
from tests.fixtures.spreadsheets import (
    INNOVATION_HEADER,
    RESULT_HEADER,
    csv_bytes,
    innovation_row,
    sid_codes,
    xlsx_bytes,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CSV = ROOT / "data" / "sample" / "inovasi.csv"
DATA_TABLES = ("innovation", "innovation_evidence", "index_result", "spd_evidence")


# ----------------------------------------------------------------------------- helpers


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(path: Path) -> dict[str, list[tuple]]:
    """Every row of the data tables, sorted: equal snapshots mean equal stored data."""
    with db.connection(path) as con:
        return {
            table: sorted(con.execute(f"select * from {table}").fetchall(), key=repr) for table in DATA_TABLES
        }


def parse(path: Path, data: bytes, name: str = "berkas.xlsx", kind: str | None = None) -> importer.Parsed:
    with db.connection(path) as con:
        return importer.parse(data, name, con, kind=kind)


def header(path: Path) -> list[str]:
    return [*INNOVATION_HEADER, *sid_codes(path)]


def new_rows(n: int, *, year: int = 2024, prefix: str = "Uji Impor") -> list[list]:
    return [innovation_row(f"{prefix} {i}", year=year) for i in range(1, n + 1)]


def stored(path: Path, sql: str, params: list | None = None) -> list[tuple]:
    with db.connection(path) as con:
        return con.execute(sql, params or []).fetchall()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".write-" in p.name)


# ----------------------------------------------------------------------------- clean and messy files


def test_the_sample_csv_is_a_clean_file(built_db: Path) -> None:
    parsed = parse(built_db, SAMPLE_CSV.read_bytes(), "inovasi.csv")
    with SAMPLE_CSV.open(encoding="utf-8") as fh:
        n_rows = sum(1 for _ in fh) - 1
    assert parsed.ok, parsed.report()
    assert parsed.kind == "inovasi" and parsed.header_row == 1
    assert len(parsed.records) == n_rows
    assert parsed.ignored_columns == []
    first = parsed.records[0]
    assert first.row == 2 and first.values["opd_id"] == "bkpsdm"
    assert first.values["trial_date"] == dt.date(2020, 5, 19)


def test_messy_excel_is_normalised(built_db: Path) -> None:
    codes = sid_codes(built_db)
    messy_header = [
        "Tahun", "Nama Inovasi", " OPD ", "unit", "JENIS", "Bentuk", "tahapan", "Inisiator", "Urusan",
        "Tanggal Uji Coba", "tanggal penerapan", "Deskripsi", "Perubahan", "Dampak Terukur",
        "Metode_Baru", "KOLABORASI", "Regulasi inovasi daerah", "ketersediaan sdm", "No",
        *codes[2:],
    ]  # fmt: skip
    zeros = [0] * (len(codes) - 2)
    rows = [
        ["DAFTAR INOVASI DAERAH KABUPATEN PATI TAHUN 2024"],
        [],
        messy_header,
        [2024, "  Sapa   Warga ", "Dinkes", "Puskesmas Kayen", "Non Digital", "PELAYANAN PUBLIK", "ujicoba",
         "ASN", "Kesehatan", dt.date(2022, 12, 13), "13 Desember 2023", "uraian", "ya", "Y", 1, "0",
         "2", 3.0, 1, *zeros],
        [],
        ["2024", "Kios Arsip", "dinas kearsipan dan perpustakaan", None, "daring", "tata kelola", "uji-coba",
         "Kepala Daerah", "kearsipan", "13/12/2022", None, None, "tidak", "n", "TRUE", "iya", None, "0", 2,
         *zeros],
        [2024.0, "Lapak Desa", "Camat Sukolilo", None, "luring", "Inovasi daerah lainnya sesuai urusan",
         "Penerapan", "masyarakat", "pemberdayaan", "2022-01-05", 44927, None, 1, 0, None, None, "1.0",
         "2,0", 3, *zeros],
    ]  # fmt: skip
    parsed = parse(built_db, xlsx_bytes(rows))
    assert parsed.ok, parsed.report()
    assert parsed.header_row == 3 and parsed.sheet == "Data"
    assert parsed.blank_rows == 1
    assert any("No" in c for c in parsed.ignored_columns)
    a, b, c = parsed.records
    assert [r.row for r in parsed.records] == [4, 6, 7]
    assert a.values == {
        "year": 2024, "name": "Sapa Warga", "opd_id": "dinkes", "unit": "Puskesmas Kayen",
        "jenis": "non-digital", "bentuk": "pelayanan publik", "tahapan": "uji coba", "inisiator": "asn",
        "urusan": "kesehatan", "trial_date": dt.date(2022, 12, 13), "launch_date": dt.date(2023, 12, 13),
        "description": "uraian", "has_change": True, "has_measured_impact": True, "has_new_method": True,
        "has_collaboration": False,
    }  # fmt: skip
    assert a.evidence["regulasi"] == 2 and a.evidence["sdm"] == 3
    assert b.values["opd_id"] == "arpusda" and b.values["jenis"] == "digital"
    assert b.values["bentuk"] == "tata kelola pemerintahan daerah" and b.values["tahapan"] == "uji coba"
    assert b.values["trial_date"] == dt.date(2022, 12, 13) and b.values["launch_date"] is None
    assert b.values["has_new_method"] is True and b.values["has_collaboration"] is True
    assert b.evidence["regulasi"] == 0 and b.evidence["sdm"] == 0
    assert c.values["opd_id"] == "kec_sukolilo" and c.values["jenis"] == "non-digital"
    assert c.values["bentuk"] == "inovasi daerah lainnya" and c.values["year"] == 2024
    assert c.values["launch_date"] == dt.date(2023, 1, 1)  # Excel serial 44927
    assert c.evidence["regulasi"] == 1 and c.evidence["sdm"] == 2


@pytest.mark.parametrize(
    ("delimiter", "encoding"), [(",", "utf-8"), (";", "utf-8-sig"), (";", "cp1252"), ("\t", "utf-16")]
)
def test_csv_delimiters_and_encodings(built_db: Path, delimiter: str, encoding: str) -> None:
    rows = [["Rekap inovasi OPD"], header(built_db), innovation_row("Layanan “Cepat” Café", opd="DISKOMINFO")]
    parsed = parse(built_db, csv_bytes(rows, delimiter=delimiter, encoding=encoding), "rekap.csv")
    assert parsed.ok, parsed.report()
    assert parsed.header_row == 2
    (record,) = parsed.records
    assert record.row == 3
    assert record.values["name"] == "Layanan “Cepat” Café"
    assert record.values["opd_id"] == "diskominfo"


def test_header_by_indicator_name_and_template_sheets_are_skipped(built_db: Path) -> None:
    with db.connection(built_db) as con:
        names = [r[0] for r in con.execute("select name from sid_indicator order by ordinal").fetchall()]
    head = [*INNOVATION_HEADER, *[n.upper() for n in names]]
    data = xlsx_bytes(
        [head, innovation_row("Satu")],
        sheet="Inovasi",
        extra_sheets={"Petunjuk": [["tahun", "nama_inovasi", "opd", "jenis"]], "Daftar": [["opd"]]},
        hidden=("Daftar",),
    )
    parsed = parse(built_db, data)
    assert parsed.ok, parsed.report()
    assert parsed.sheet == "Inovasi"
    assert parsed.records[0].evidence == {c: i % 4 for i, c in enumerate(sid_codes(built_db))}


def test_every_problem_is_reported_in_one_pass(built_db: Path) -> None:
    rows = [
        ["Judul"],
        header(built_db),
        innovation_row("Baik"),
        innovation_row("OPD salah", opd="Dinas Kesehatn"),
        innovation_row("Tingkat salah", levels=[5] + [0] * 19),
        [2024, "Tanggal salah", "Dinkes", None, "digital", "pelayanan publik", "penerapan", "opd", "kesehatan",
         "31/02/2022", "kemarin", None, "mungkin", "ya", "ya", "ya"],
        [None, "Tanpa tahun", "Dinkes", None, "hibrida", "pelayanan publik", "penerapan", "opd", "kesehatan"],
        innovation_row("Baik"),
        [*innovation_row("Terbalik")[:9], "2023-06-01", "2023-01-10"],
    ]  # fmt: skip
    parsed = parse(built_db, xlsx_bytes(rows))
    assert not parsed.ok
    found = {(p.row, (p.column or "").split(" ")[0]) for p in parsed.problems}
    assert found == {
        (4, "C"),  # unknown OPD
        (5, "Q"),  # level 5
        (6, "J"),  # 31/02
        (6, "K"),  # 'kemarin'
        (6, "M"),  # 'mungkin'
        (7, "A"),  # tahun blank
        (7, "E"),  # jenis 'hibrida'
        (8, "B"),  # duplicate of row 3 (told on nama_inovasi)
        (9, "J"),  # trial after launch
    }
    assert parsed.problem_count == 9
    by_row = {p.row: p for p in parsed.problems}
    assert "Dinas Kesehatan (Dinkes)" in by_row[4].message  # the closest name is suggested
    assert "baris 3" in by_row[8].message
    report = parsed.report()
    assert "Baris 5, kolom Q (regulasi): tingkat bukti '5' harus 0, 1, 2 atau 3" in report
    assert "Tidak ada yang disimpan" in report


def test_missing_and_duplicate_columns(built_db: Path) -> None:
    head = [c for c in header(built_db) if c not in ("urusan", "inisiator")] + ["Nama Inovasi"]
    row = innovation_row("X")
    row = [v for c, v in zip(header(built_db), row, strict=True) if c not in ("urusan", "inisiator")] + ["X"]
    parsed = parse(built_db, xlsx_bytes([head, row]))
    messages = [p.text() for p in parsed.problems]
    assert any("'inisiator'" in m and "wajib" in m for m in messages)
    assert any("'urusan'" in m and "wajib" in m for m in messages)
    assert any("muncul dua kali" in m for m in messages)


def test_unrecognisable_file_says_which_columns_are_expected(built_db: Path) -> None:
    parsed = parse(built_db, csv_bytes([["nama", "alamat"], ["Budi", "Pati"]]), "daftar.csv")
    assert not parsed.ok and parsed.problem_count == 1
    assert "tahun, nama_inovasi, opd" in parsed.problems[0].message


def test_opd_must_exist_in_the_year(tmp_path: Path) -> None:
    from analytics import build

    data_dir = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "reference", data_dir / "reference")
    opd_csv = data_dir / "reference" / "opd.csv"
    opd_csv.write_text(
        opd_csv.read_text(encoding="utf-8").replace(
            "dlh,Dinas Lingkungan Hidup,DLH,dinas,,,,", "dlh,Dinas Lingkungan Hidup,DLH,dinas,,2025,,"
        ),
        encoding="utf-8",
    )
    path = tmp_path / "opd.duckdb"
    build.build(path, include_sample=False, data_dir=data_dir)
    rows = [
        header(path),
        innovation_row("Bank Sampah", opd="DLH", year=2024),
        innovation_row("Bank Sampah Digital", opd="DLH", year=2024, jenis="hibrida"),  # and a bad cell
    ]
    parsed = parse(path, xlsx_bytes(rows))
    assert [(p.row, p.column) for p in parsed.problems] == [(2, "C (opd)"), (3, "E (jenis)"), (3, "C (opd)")]
    assert "tidak ada pada tahun 2024 (ada 2025–…)" in parsed.problems[0].message
    assert parsed.problems[2].message == parsed.problems[0].message


def test_cell_and_cross_field_problems_are_told_in_one_pass(built_db: Path) -> None:
    """A rule across columns runs on the cells that could be read, even when others could not."""
    trial, launch = INNOVATION_HEADER.index("tanggal_uji_coba"), INNOVATION_HEADER.index("tanggal_penerapan")

    def row(name: str, **cells: object) -> list:
        values = innovation_row(name)
        for column, value in cells.items():
            values[INNOVATION_HEADER.index(column)] = value
        return values

    rows = [
        header(built_db),
        # 2: a bad cell AND the trial after the launch, in one row
        row("Dua Masalah", jenis="hibrida", tanggal_uji_coba="2023-06-01", tanggal_penerapan="2023-01-10"),
        # 3: only a bad cell; its identity is readable and is taken by row 6 again
        row("Kembar", tahapan="direncanakan"),
        # 4: only the trial after the launch
        row("Terbalik", tanggal_uji_coba="2023-06-01", tanggal_penerapan="2023-01-10"),
        # 5: a blank required cell, an unreadable date (so its date rule is skipped) and a bad level
        [*row("Tanpa Urusan", urusan=None, tanggal_uji_coba="kemarin")[:16], 9] + [0] * 19,
        # 6: a duplicate of row 3 that also has a bad cell of its own
        row("KEMBAR", perubahan="mungkin"),
    ]
    rows[1][trial], rows[1][launch] = "2023-06-01", "2023-01-10"
    parsed = parse(built_db, xlsx_bytes(rows), name="campur.xlsx")
    found = {(p.row, p.column, p.message) for p in parsed.problems}
    assert found == {
        (2, "E (jenis)", "'hibrida' tidak dikenal; pilihan: digital; non-digital"),
        (2, "J (tanggal_uji_coba)", "tanggal uji coba (1 Juni 2023) sesudah tanggal penerapan (10 Januari 2023)"),
        (3, "G (tahapan)", "'direncanakan' tidak dikenal; pilihan: inisiatif; uji coba; penerapan"),
        (4, "J (tanggal_uji_coba)", "tanggal uji coba (1 Juni 2023) sesudah tanggal penerapan (10 Januari 2023)"),
        (5, "I (urusan)", "wajib diisi"),
        (5, "J (tanggal_uji_coba)",
         "'kemarin' bukan tanggal; tulis misalnya 2022-12-13, 13/12/2022 atau 13 Desember 2022"),
        (5, "Q (regulasi)", "tingkat bukti '9' harus 0, 1, 2 atau 3"),
        (6, "M (perubahan)", "'mungkin' bukan ya/tidak"),
        (6, "B (nama_inovasi)", "inovasi yang sama (tahun, OPD, nama_inovasi) sudah ada di baris 3"),
    }  # fmt: skip
    assert parsed.problem_count == 9 and parsed.records == []
    report = parsed.report().splitlines()
    assert report[0] == "Berkas campur.xlsx, lembar 'Data', judul kolom di baris 1."
    assert "5 baris data dibaca; 9 masalah ditemukan" in report[1]
    assert "  Baris 2, kolom E (jenis): 'hibrida' tidak dikenal; pilihan: digital; non-digital" in report
    assert "  Baris 2, kolom J (tanggal_uji_coba): tanggal uji coba (1 Juni 2023) sesudah" in "\n".join(
        report
    )


def test_result_rules_run_beside_cell_problems_and_skip_unreadable_inputs(built_db: Path) -> None:
    rows = [
        RESULT_HEADER,
        # 2: a bad score, and a name that is no region of the reference list
        ["Pati Raya", "Jawa Tengah", None, 2023, "enam puluh", None, None, None, "sumber"],
        # 3: jenis_daerah cannot be read: the name is not looked up on top
        ["Pati Raya", "Jawa Tengah", "negara", 2024, 61, None, None, None, "sumber"],
        # 4: the same region and year as row 2 (whose score was bad), with a bad rank
        ["pati  raya", "Jawa Tengah", "kabupaten", 2023, 61, None, "satu", None, "sumber"],
    ]
    parsed = parse(built_db, xlsx_bytes(rows), kind="hasil")
    found = sorted((p.row, p.column.split(" ")[0], p.message.split(" ")[0]) for p in parsed.problems)
    assert found == [
        (2, "A", "daerah"),  # daerah 'Pati Raya' tidak ada di daftar wilayah Kemendagri
        (2, "E", "skor"),  # skor 'enam puluh' harus angka 0 sampai 100
        (3, "C", "'negara'"),  # 'negara' tidak dikenal
        (4, "A", "daerah"),  # daerah 'pati raya' tidak ada di daftar wilayah Kemendagri
        (4, "A", "hasil"),  # hasil yang sama (daerah, tahun) sudah ada di baris 2
        (4, "G", "peringkat"),  # peringkat 'satu' harus bilangan bulat
    ]
    assert "sudah ada di baris 2" in parsed.problems[-1].message  # cells first, then the rules


def test_cells_that_are_not_text_are_told_as_the_spreadsheet_shows_them(built_db: Path) -> None:
    row = innovation_row("Sel Bertipe", levels=[2.5] + [0] * 19)
    row[INNOVATION_HEADER.index("jenis")] = True  # an Excel logical cell
    row[INNOVATION_HEADER.index("tanggal_penerapan")] = dt.datetime(1970, 1, 2, 9, 30)
    parsed = parse(built_db, xlsx_bytes([header(built_db), row]))
    messages = {p.column.split(" ")[0]: p.message for p in parsed.problems}
    assert messages["E"].startswith("'BENAR' tidak dikenal")
    assert messages["K"].startswith("tanggal '2 Januari 1970 09.30' di luar rentang 1980–")
    assert messages["Q"] == "tingkat bukti '2,5' harus 0, 1, 2 atau 3"
    assert not any(word in parsed.report() for word in ("True", "False", "None", "nan", "NaT", "2.5"))


# ----------------------------------------------------------------------------- lenient readings


def test_lenient_readings_are_shown_as_what_they_were_read_as(built_db: Path) -> None:
    def row(name: str, year: int = 2024, **cells: object) -> list:
        values = innovation_row(name, year=year)
        for column, value in cells.items():
            values[INNOVATION_HEADER.index(column)] = value
        return values

    rows = [
        header(built_db),
        # 2: as the template writes it (codes, ISO dates, a date cell, ya/tidak, the short name)
        row("Persis", opd="Dinkes", jenis="Digital", tanggal_uji_coba=dt.date(2022, 12, 13)),
        # 3: read with interpretation
        row("Longgar", opd="DKK", jenis="online", bentuk="tata kelola", tanggal_uji_coba="13/12/2022",
            tanggal_penerapan=44927, perubahan="iya", kolaborasi=1),
        # 4: the planning agency's earlier name: its own name in 2023, an alias in 2024
        row("Nama Lama", year=2023, opd="Bappeda"),
        row("Nama Lama", opd="Bappeda", tanggal_penerapan="13 Des 2023"),
    ]  # fmt: skip
    with db.connection(built_db) as con:
        parsed = importer.parse(xlsx_bytes(rows), "longgar.xlsx", con)
        assert parsed.ok, parsed.report()
        the_plan = importer.plan(con, parsed)
    assert "9 nilai dibaca dengan penafsiran" in parsed.summary()
    frame = the_plan.frame().set_index("baris")
    assert frame.loc[2, "penafsiran"] == "" and frame.loc[4, "penafsiran"] == ""
    assert frame.loc[3, "penafsiran"].split("; ") == [
        "opd: DKK → Dinas Kesehatan (Dinkes)",
        "jenis: online → Digital",
        "bentuk: tata kelola → Tata kelola pemerintahan daerah",
        "tanggal_uji_coba: 13/12/2022 → 13 Desember 2022",
        "tanggal_penerapan: 44927 → 1 Januari 2023",
        "perubahan: iya → ya",
        "kolaborasi: 1 → ya",
    ]
    assert frame.loc[5, "penafsiran"] == (
        "opd: Bappeda → Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah (Bapperida); "
        "tanggal_penerapan: 13 Des 2023 → 13 Desember 2023"
    )
    assert len(the_plan.readings) == len(parsed.readings) == 9
    assert "  Baris 3, kolom E (jenis): online → Digital" in parsed.report()


def test_lenient_readings_of_official_results(built_db: Path) -> None:
    rows = [
        RESULT_HEADER,
        ["Kab. Pati", "Jawa Tengah", "kab", 2023, "61.25", "sangat inovatif", None, None, "uji"],
        ["Kota Semarang", "Jawa Tengah", "kota", 2023, "70,50", "Sangat Inovatif", None, None, "uji"],
    ]
    with db.connection(built_db) as con:
        parsed = importer.parse(xlsx_bytes(rows), "hasil.xlsx", con, kind="hasil")
        the_plan = importer.plan(con, parsed)
    assert [r.short() for r in parsed.readings] == [
        "daerah: Kab. Pati → Kabupaten Pati",
        "jenis_daerah: kab → kabupaten",
        "skor: 61.25 → 61,25",
    ]
    assert list(the_plan.frame()["penafsiran"])[1] == ""
    assert "3 nilai dibaca dengan penafsiran" in parsed.summary()


def test_the_cli_dry_run_lists_the_readings(db_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "longgar.csv"
    target.write_bytes(csv_bytes([header(db_copy), innovation_row("Daring", jenis="daring")]))
    result = cli_in_process("import", str(target), "--db", str(db_copy), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "1 nilai dibaca dengan penafsiran" in result.stdout
    assert "  Baris 2, kolom E (jenis): daring → Digital" in result.stdout


# ----------------------------------------------------------------------------- cell readers


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2022-12-13", dt.date(2022, 12, 13)),
        ("13/12/2022", dt.date(2022, 12, 13)),
        ("13-12-2022", dt.date(2022, 12, 13)),
        ("13.12.2022", dt.date(2022, 12, 13)),
        ("13 Desember 2022", dt.date(2022, 12, 13)),
        ("13 des 2022", dt.date(2022, 12, 13)),
        ("1 Agustus 2021", dt.date(2021, 8, 1)),
        ("5 Agt 2021", dt.date(2021, 8, 5)),
        ("2022-12-13 00:00:00", dt.date(2022, 12, 13)),
        (dt.datetime(2022, 12, 13, 0, 0), dt.date(2022, 12, 13)),
        (44908.0, dt.date(2022, 12, 13)),
        ("44908", dt.date(2022, 12, 13)),
    ],
)
def test_read_date(raw, expected) -> None:
    assert importer.read_date(raw) == expected


@pytest.mark.parametrize(
    "raw", ["31/02/2022", "13/13/2022", "kemarin", "2022", "12/2022", "13 Desembar 2022", 2.5, "1850-01-01"]
)
def test_read_date_rejects(raw) -> None:
    with pytest.raises(importer.BadValue):
        importer.read_date(raw)


@given(
    st.dates(min_value=dt.date(1980, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.sampled_from(["iso", "dmy", "words", "cell", "serial"]),
)
def test_read_date_property(day: dt.date, style: str) -> None:
    raw = {
        "iso": day.isoformat(),
        "dmy": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "words": f"{day.day} {MONTHS[day.month - 1]} {day.year}",
        "cell": day,
        "serial": float((day - importer.EXCEL_EPOCH).days),
    }[style]
    assert importer.read_date(raw) == day


@pytest.mark.parametrize(
    ("choice", "raw", "expected"),
    [
        ("jenis", "Non Digital", "non-digital"),
        ("jenis", "non-digital", "non-digital"),
        ("jenis", "NONDIGITAL", "non-digital"),
        ("jenis", "luring", "non-digital"),
        ("jenis", " Daring ", "digital"),
        ("tahapan", "ujicoba", "uji coba"),
        ("tahapan", "Uji-Coba", "uji coba"),
        ("tahapan", "uji_coba", "uji coba"),
        ("bentuk", "Inovasi daerah lainnya sesuai urusan", "inovasi daerah lainnya"),
        ("inisiator", "OPD (perangkat daerah)", "opd"),
        ("inisiator", "Anggota DPRD", "anggota dprd"),
        ("predikat", "SANGAT INOVATIF", "Sangat Inovatif"),
    ],
)
def test_read_choice(choice: str, raw: str, expected: str) -> None:
    assert importer.read_choice(raw, choice) == expected


@pytest.mark.parametrize(("raw", "expected"), [("ya", True), ("Y", True), ("1", True), (1.0, True), (True, True),
                                               ("tidak", False), ("N", False), ("0", False), (0, False), ("", False)])  # fmt: skip
def test_read_bool(raw, expected: bool) -> None:
    assert importer.read_bool(raw) is expected


@given(st.integers(0, 3), st.sampled_from(["int", "float", "text", "text_float", "text_comma"]))
def test_levels_are_numbers_even_as_text(level: int, style: str) -> None:
    raw = {
        "int": level,
        "float": float(level),
        "text": f" {level} ",
        "text_float": f"{level}.0",
        "text_comma": f"{level},0",
    }[style]
    assert importer.read_level(raw) == level


@pytest.mark.parametrize("raw", ["4", -1, "2.5", 2.5, "dua", "x"])
def test_read_level_rejects(raw) -> None:
    with pytest.raises(importer.BadValue):
        importer.read_level(raw)


def test_opd_by_full_short_alias_and_earlier_names(built_db: Path) -> None:
    with db.connection(built_db) as con:
        index = importer.OpdIndex.load(con)
    for spelling, opd_id in [
        ("Dinas Kesehatan", "dinkes"), ("dinkes", "dinkes"), ("DKK", "dinkes"), ("  DINKES ", "dinkes"),
        ("Bappeda", "bapperida"), ("Badan Perencanaan Pembangunan Daerah", "bapperida"),
        ("Kec. Pati", "kec_pati"), ("Kecamatan Pati", "kec_pati"), ("Sukolilo", "kec_sukolilo"),
        ("Dinas Sosial, Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana", "dinsos"),
    ]:  # fmt: skip
        assert index.resolve(spelling) == opd_id, spelling
    with pytest.raises(importer.BadValue, match="Dinas Pertanian"):
        index.resolve("Dinas Pertania")


# ----------------------------------------------------------------------------- unusable files


@pytest.mark.parametrize(
    ("name", "data", "needle"),
    [
        ("kosong.csv", b"", "kosong"),
        ("biner.csv", bytes(range(256)) * 40, "bukan spreadsheet"),
        ("palsu.xlsx", b"tahun,nama_inovasi\n2024,x\n", "bukan spreadsheet"),
        ("arsip.xlsx", b"PK\x03\x04" + b"\x00" * 200, "bukan spreadsheet"),
        ("gambar.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "tidak didukung"),
        ("lama.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "kata sandi atau rusak"),
        ("spasi.csv", b"\r\n  \r\n;;;\r\n", "kosong"),
    ],
)
def test_unusable_files_are_refused_clearly(built_db: Path, name: str, data: bytes, needle: str) -> None:
    with pytest.raises(importer.ImportFileError, match=needle) as caught:
        parse(built_db, data, name)
    assert name in str(caught.value)


def test_zip_that_is_not_a_spreadsheet(built_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "laporan.xlsx"
    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr("catatan.txt", "bukan excel")
    with pytest.raises(importer.ImportFileError, match="bukan spreadsheet"):
        parse(built_db, target.read_bytes(), target.name)


def test_header_only_file_is_empty(built_db: Path) -> None:
    with pytest.raises(importer.ImportFileError, match="tidak berisi baris data"):
        parse(built_db, xlsx_bytes([header(built_db), [], []]))


def test_over_20_mb_is_refused_before_parsing(built_db: Path, tmp_path: Path) -> None:
    big = tmp_path / "besar.csv"
    with big.open("wb") as fh:
        fh.truncate(importer.MAX_BYTES + 1)
    with pytest.raises(importer.ImportFileError, match="terlalu besar"):
        importer.read_file(big)
    with pytest.raises(importer.ImportFileError, match="terlalu besar"):
        parse(built_db, b"a" * (importer.MAX_BYTES + 1), "besar.csv")


def test_over_200000_rows_is_refused(built_db: Path) -> None:
    line = b"2024,x,Dinkes\n"
    data = b"tahun,nama_inovasi,opd\n" + line * (importer.MAX_ROWS + importer.HEADER_SCAN_ROWS + 1)
    assert len(data) < importer.MAX_BYTES
    with pytest.raises(importer.ImportFileError, match=r"200\.000"):
        parse(built_db, data, "banyak.csv")


def test_read_file_errors(tmp_path: Path) -> None:
    with pytest.raises(importer.ImportFileError, match="tidak ditemukan"):
        importer.read_file(tmp_path / "tidak-ada.xlsx")
    with pytest.raises(importer.ImportFileError, match="bukan berkas"):
        importer.read_file(tmp_path)


# ----------------------------------------------------------------------------- writing


def apply_rows(path: Path, rows: list[list], *, name: str = "impor.xlsx", **kwargs) -> importer.ImportResult:
    parsed = parse(path, xlsx_bytes([header(path), *rows]), name)
    assert parsed.ok, parsed.report()
    return importer.apply(path, parsed, user="uji", **kwargs)


def test_import_adds_rows_and_reimport_changes_nothing(db_copy: Path) -> None:
    before = snapshot(db_copy)
    result = apply_rows(db_copy, new_rows(3))
    assert (result.added, result.updated, result.unchanged, result.removed) == (3, 0, 0, 0)
    assert result.batch_id == 1
    rows = stored(
        db_copy,
        "select name, opd_id, is_sample, load_id from innovation where name like 'Uji Impor %' order by name",
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [(f"Uji Impor {i}", "dinkes", False) for i in (1, 2, 3)]
    (load,) = stored(db_copy, "select kind, target_table, source, row_count, is_sample, loaded_by from data_load where load_id = ?", [rows[0][3]])  # fmt: skip
    assert load == ("import", "innovation", "impor.xlsx", 3, False, "uji")
    evidence = stored(db_copy, "select count(*) from innovation_evidence e join innovation i using (innovation_id) where i.name = 'Uji Impor 1'")  # fmt: skip
    assert evidence == [(sum(1 for i in range(20) if i % 4),)]  # level 0 is stored as no row

    after_first = snapshot(db_copy)
    signature = db.file_signature(db_copy)
    again = apply_rows(db_copy, new_rows(3))
    assert again.batch_id is None and (again.added, again.updated, again.unchanged) == (0, 0, 3)
    assert snapshot(db_copy) == after_first
    assert db.file_signature(db_copy) == signature  # not even rewritten
    assert after_first != before


def test_changed_values_update_the_row_and_history_names_the_fields(db_copy: Path) -> None:
    apply_rows(db_copy, new_rows(2))
    (old_id,) = stored(db_copy, "select innovation_id from innovation where name = 'Uji Impor 1'")[0]
    changed = new_rows(2)
    changed[0][6] = "uji coba"  # tahapan
    changed[0][16] = 3  # regulasi 0 -> 3
    changed[0][1] = "UJI  IMPOR 1"  # same identity: case and spacing do not matter
    result = apply_rows(db_copy, changed, name="revisi.xlsx")
    assert (result.added, result.updated, result.unchanged) == (0, 1, 1)
    assert stored(
        db_copy, "select innovation_id, name, tahapan from innovation where lower(name) = 'uji impor 1'"
    ) == [(old_id, "UJI IMPOR 1", "uji coba")]
    with db.connection(db_copy) as con:
        history = importer.history(con)
        changes = importer.changes(con, result.batch_id)
    assert list(history["batch_id"]) == [2, 1]
    assert history.iloc[0]["file_name"] == "revisi.xlsx" and history.iloc[0]["rows_updated"] == 1
    assert len(history.iloc[0]["sha256"]) == 64
    (change,) = changes.itertuples()
    assert change.action == "update"
    assert sorted(change.changed_fields) == ["nama_inovasi", "regulasi", "tahapan"]


def test_columns_missing_from_the_file_keep_stored_values(db_copy: Path) -> None:
    apply_rows(db_copy, new_rows(1))
    before = stored(db_copy, "select * from innovation where name = 'Uji Impor 1'")
    evidence = stored(db_copy, "select * from innovation_evidence where innovation_id = ?", [before[0][0]])
    required = ["tahun", "nama_inovasi", "opd", "jenis", "bentuk", "tahapan", "inisiator", "urusan"]
    row = [2024, "Uji Impor 1", "Dinkes", "digital", "pelayanan publik", "penerapan", "opd", "kesehatan"]
    parsed = parse(db_copy, xlsx_bytes([required, row]))
    result = importer.apply(db_copy, parsed, user="uji")
    assert result.batch_id is None and result.unchanged == 1
    assert stored(db_copy, "select * from innovation where name = 'Uji Impor 1'") == before
    assert (
        stored(db_copy, "select * from innovation_evidence where innovation_id = ?", [before[0][0]])
        == evidence
    )


def test_a_sample_row_named_by_the_file_becomes_real(db_copy: Path) -> None:
    (year, opd_id, name, iid) = stored(db_copy, "select year, opd_id, name, innovation_id from innovation where is_sample order by innovation_id limit 1")[0]  # fmt: skip
    sample_rows = [r for r in csv_rows() if r[1] == name and int(r[0]) == year]
    parsed = parse(db_copy, csv_bytes([csv_header(), *sample_rows]), "satu.csv")
    result = importer.apply(db_copy, parsed, user="uji")
    assert (result.added, result.updated) == (0, 1)
    assert stored(db_copy, "select innovation_id, is_sample from innovation where name = ? and year = ? and opd_id = ?", [name, year, opd_id]) == [(iid, False)]  # fmt: skip


def csv_rows() -> list[list[str]]:
    import csv

    with SAMPLE_CSV.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))[1:]


def csv_header() -> list[str]:
    return SAMPLE_CSV.read_text(encoding="utf-8").splitlines()[0].split(",")


def test_undo_restores_exactly_the_previous_state(db_copy: Path) -> None:
    before = snapshot(db_copy)
    loads_before = stored(db_copy, "select count(*) from data_load")[0][0]
    samples = stored(db_copy, "select count(*) from innovation where is_sample and year in (2024, 2025)")[0][
        0
    ]
    assert samples > 0
    (name, iid) = stored(db_copy, "select name, innovation_id from innovation where is_sample and year = 2025 and opd_id = 'dinkes' limit 1")[0]  # fmt: skip
    update = innovation_row(name, year=2025)
    result = apply_rows(db_copy, [*new_rows(2), update], replace_sample=True)
    assert (result.added, result.updated, result.removed) == (2, 1, samples - 1)
    assert stored(db_copy, "select count(*) from innovation where is_sample and year in (2024, 2025)") == [
        (0,)
    ]
    assert stored(
        db_copy, "select innovation_id, is_sample from innovation where name = ? and year = 2025", [name]
    ) == [(iid, False)]
    assert stored(db_copy, "select count(*) from innovation where is_sample and year = 2023")[0][0] > 0
    assert snapshot(db_copy) != before

    undone = importer.undo(db_copy, result.batch_id, user="uji")
    assert undone.restored == 2 + 1 + samples - 1
    assert snapshot(db_copy) == before
    kinds = stored(db_copy, "select kind from data_load order by load_id")[loads_before:]
    assert kinds == [("import",), ("undo",)]
    with db.connection(db_copy) as con:
        row = importer.history(con).iloc[0]
    assert row["undone_by"] == "uji" and row["undone_at"] is not None
    with pytest.raises(importer.UndoError, match="sudah dibatalkan"):
        importer.undo(db_copy, result.batch_id)
    with pytest.raises(importer.UndoError, match="tidak ada"):
        importer.undo(db_copy, 99)


def test_undo_refuses_when_a_later_import_changed_the_rows(db_copy: Path) -> None:
    first = apply_rows(db_copy, new_rows(2))
    changed = new_rows(2)
    changed[1][7] = "masyarakat"
    second = apply_rows(db_copy, changed)
    after_second = snapshot(db_copy)
    with pytest.raises(importer.UndoError, match=r"#2") as caught:
        importer.undo(db_copy, first.batch_id)
    assert "Uji Impor 2" in str(caught.value)
    assert snapshot(db_copy) == after_second  # a refused undo changes nothing
    importer.undo(db_copy, second.batch_id)
    importer.undo(db_copy, first.batch_id)
    assert stored(db_copy, "select count(*) from innovation where name like 'Uji Impor %'") == [(0,)]


def test_new_ids_never_reuse_an_id_from_history(db_copy: Path) -> None:
    first = apply_rows(db_copy, new_rows(1, prefix="Pertama"))
    (first_id,) = stored(db_copy, "select innovation_id from innovation where name = 'Pertama 1'")[0]
    importer.undo(db_copy, first.batch_id)
    apply_rows(db_copy, new_rows(1, prefix="Kedua"))
    (second_id,) = stored(db_copy, "select innovation_id from innovation where name = 'Kedua 1'")[0]
    assert second_id > first_id


def test_a_failed_write_leaves_the_database_untouched(db_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before_digest = digest(db_copy)
    parsed = parse(db_copy, xlsx_bytes([header(db_copy), *new_rows(5)]))
    write_rows = store._write
    written: list[int] = []

    def fail_after_writing(*args: object) -> int:
        written.append(write_rows(*args))  # every row written, then a failure before the commit
        raise db.DatabaseError("kegagalan uji setelah penulisan")

    with monkeypatch.context() as patch:
        patch.setattr(store, "_write", fail_after_writing)
        with pytest.raises(db.DatabaseError, match="kegagalan uji setelah penulisan"):
            importer.apply(db_copy, parsed, user="uji")
    assert written == [1]  # the rows were written into the copy: the failure came after them
    assert digest(db_copy) == before_digest
    assert leftovers(db_copy.parent) == []

    def fail_before_swap(tmp: Path, target: Path) -> None:
        raise OSError("kegagalan uji sebelum penggantian berkas")

    monkeypatch.setattr(db, "swap_in", fail_before_swap)
    with (
        pytest.raises(db.DatabaseError, match="tetap seperti semula"),
        db.write_transaction(db_copy) as con,
    ):
        con.execute("delete from innovation").fetchall()
    assert digest(db_copy) == before_digest
    assert leftovers(db_copy.parent) == []


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (
            duckdb.ConstraintException('Constraint Error: Duplicate key "innovation_id: 7"'),
            "galat basis data",
        ),
        (duckdb.IOException("IO Error: No space left on device"), "ruang disk penuh"),
        (duckdb.OutOfMemoryException("Out of Memory Error: could not allocate block"), "memori server"),
    ],
)
def test_a_database_error_while_writing_is_told_in_indonesian(
    db_copy: Path, monkeypatch: pytest.MonkeyPatch, error: duckdb.Error, reason: str
) -> None:
    parsed = parse(db_copy, xlsx_bytes([header(db_copy), *new_rows(1)]))

    def fail(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(store, "_write", fail)
    with pytest.raises(db.DatabaseError) as caught:
        importer.apply(db_copy, parsed, user="uji")
    shown = str(caught.value)  # what the page shows
    assert shown.startswith("Impor gagal ditulis; basis data tetap seperti semula.") and reason in shown
    assert not any(word in shown for word in ("Error", "Duplicate", "space", "Memory", "allocate"))
    assert caught.value.detail.endswith(f"(DuckDB: {type(error).__name__})")  # the command line's hint


def test_an_unknown_system_user_is_recorded_in_indonesian(
    db_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_user() -> str:
        raise KeyError("getpwuid(): uid not found: 1234")

    monkeypatch.setattr(getpass, "getuser", no_user)
    parsed = parse(db_copy, xlsx_bytes([header(db_copy), *new_rows(1)]))
    importer.apply(db_copy, parsed)
    assert stored(db_copy, "select imported_by from import_batch") == [("tidak diketahui",)]


def test_a_file_with_problems_is_never_written(db_copy: Path) -> None:
    parsed = parse(db_copy, xlsx_bytes([header(db_copy), *new_rows(3), innovation_row("X", opd="Tidak Ada")]))
    assert not parsed.ok
    with pytest.raises(ValueError):
        importer.apply(db_copy, parsed)


def test_database_built_before_the_import_tables_gets_them(db_copy: Path) -> None:
    with duckdb.connect(str(db_copy)) as con:
        con.execute("drop table import_change")
        con.execute("drop table import_batch")
    with db.connection(db_copy) as con:
        assert importer.history(con).empty
    result = apply_rows(db_copy, new_rows(1))
    assert result.batch_id == 1
    with db.connection(db_copy) as con:
        assert list(importer.history(con)["batch_id"]) == [1]


# ----------------------------------------------------------------------------- official results


def test_official_results_import(db_copy: Path) -> None:
    rows = [
        RESULT_HEADER,
        ["Kab. Pati", "Jawa Tengah", None, 2023, "61,25", "sangat inovatif", None, None, "Kepmendagri (uji)"],
        [
            "Kota Semarang",
            "Jawa Tengah",
            "kota",
            2023,
            70.5,
            "Sangat Inovatif",
            3,
            "kota nasional",
            "BSKDN (uji)",
        ],
        ["Kabupaten Pati", "Jawa Tengah", None, 2022, "58.11", None, None, None, "5news.co.id, 14 Dec 2022"],
    ]
    parsed = parse(db_copy, xlsx_bytes(rows, sheet="Hasil"))
    assert parsed.ok, parsed.report()
    assert parsed.kind == "hasil"
    assert parsed.records[0].values["region"] == "Kabupaten Pati"
    assert parsed.records[0].values["kind"] == "kabupaten"
    result = importer.apply(db_copy, parsed, user="uji")
    # 2022 is stored already with the same score and source: unchanged
    assert (result.added, result.updated, result.unchanged) == (2, 0, 1)
    assert stored(
        db_copy,
        "select score, predicate, kind from index_result where region = 'Kabupaten Pati' and year = 2023",
    ) == [(Decimal("61.25"), "Sangat Inovatif", "kabupaten")]
    importer.undo(db_copy, result.batch_id)
    assert stored(db_copy, "select count(*) from index_result where year = 2023 and region in ('Kabupaten Pati', 'Kota Semarang')") == [(0,)]  # fmt: skip


def test_official_results_need_a_source_and_a_valid_score(db_copy: Path) -> None:
    rows = [
        RESULT_HEADER,
        ["Kabupaten Pati", "Jawa Tengah", None, 2023, 61.257, None, None, None, "sumber"],
        ["Kabupaten Rembang", "Jawa Tengah", None, 2023, 101, None, None, None, "sumber"],
        ["Kabupaten Kudus", "Jawa Tengah", None, 2023, 50, None, 0, None, None],
        ["Pati Raya", "Jawa Tengah", None, 2023, 50, None, None, None, "sumber"],
    ]
    parsed = parse(db_copy, xlsx_bytes(rows), kind="hasil")
    found = sorted((p.row, (p.column or "").split(" ")[0]) for p in parsed.problems)
    assert found == [(2, "E"), (3, "E"), (4, "G"), (4, "I"), (5, "A")]


# ----------------------------------------------------------------------------- all or nothing, as a property

CORRUPTIONS = {
    "opd": (2, "Dinas Entah Apa"),
    "jenis": (4, "semi digital"),
    "tahapan": (6, "direncanakan"),
    "tahun": (0, "dua ribu"),
    "tahun_blank": (0, None),
    "nama_blank": (1, None),
    "date": (9, "32/01/2023"),
    "bool": (12, "mungkin"),
    "level_high": (16, 7),
    "level_text": (20, "tinggi"),
}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    n_good=st.integers(0, 6),
    bad=st.lists(st.tuples(st.sampled_from(sorted(CORRUPTIONS)), st.integers(0, 6)), min_size=1, max_size=4),
    as_csv=st.booleans(),
    blank_rows=st.integers(0, 2),
)
def test_any_bad_file_leaves_the_stored_data_unchanged(
    db_copy: Path, tmp_path: Path, n_good: int, bad: list[tuple[str, int]], as_csv: bool, blank_rows: int
) -> None:
    rows = [header(db_copy), *new_rows(n_good, prefix="Baik")]
    for i, (corruption, _) in enumerate(bad):
        row = innovation_row(f"Rusak {i}")
        column, value = CORRUPTIONS[corruption]
        row[column] = value
        rows.insert(1 + bad[i][1] % (len(rows)), row)
    rows[1:1] = [[] for _ in range(blank_rows)]
    target = tmp_path / ("bad.csv" if as_csv else "bad.xlsx")
    target.write_bytes(csv_bytes(rows) if as_csv else xlsx_bytes(rows))
    before = digest(db_copy)
    code = cli_main(["import", str(target), "--db", str(db_copy)])
    assert code == 1
    assert digest(db_copy) == before
    assert leftovers(db_copy.parent) == []


# ----------------------------------------------------------------------------- concurrency


def test_a_reader_sees_the_new_file_after_an_import_even_with_an_old_connection_open(db_copy: Path) -> None:
    old = db.connect(db_copy)  # the dashboard keeps one per file version
    count = "select count(*) as n from innovation"
    n_before = int(db.query_sql(old, count)["n"][0])
    apply_rows(db_copy, new_rows(2))
    assert int(db.query_sql(old, count)["n"][0]) == n_before  # the old file, consistently
    fresh = db.connect(db_copy)
    assert int(db.query_sql(fresh, count)["n"][0]) == n_before + 2
    assert int(db.query(fresh, "import_sid_indicators").shape[0]) == 20  # cursors see the database too
    old.close()
    fresh.close()


def test_cli_import_works_while_a_reader_holds_the_database(db_copy: Path, tmp_path: Path) -> None:
    reader = db.connect(db_copy)
    target = tmp_path / "baru.xlsx"
    target.write_bytes(xlsx_bytes([header(db_copy), *new_rows(2)]))
    result = run_cli("import", str(target), "--db", str(db_copy))
    assert result.returncode == 0, result.stderr
    assert "2 baris baru" in result.stdout
    assert reader.execute("select count(*) from sid_indicator").fetchall() == [(20,)]
    reader.close()
    assert stored(db_copy, "select count(*) from innovation where name like 'Uji Impor %'") == [(2,)]


def test_a_second_writer_waits_for_the_first(db_copy: Path) -> None:
    release = threading.Event()
    holding = threading.Event()

    def hold() -> None:
        with db.write_lock(db_copy):
            holding.set()
            release.wait(5)

    thread = threading.Thread(target=hold)
    thread.start()
    holding.wait(5)
    with pytest.raises(db.DatabaseError, match="sedang diubah"), db.write_transaction(db_copy, timeout=0.3):
        pass
    started = time.monotonic()
    threading.Timer(0.5, release.set).start()
    result = apply_rows(db_copy, new_rows(1))  # waits for the lock, then writes
    thread.join()
    assert result.added == 1 and time.monotonic() - started >= 0.4


# ----------------------------------------------------------------------------- CLI


def test_cli_exit_codes(db_copy: Path, tmp_path: Path) -> None:
    good = tmp_path / "baik.xlsx"
    good.write_bytes(xlsx_bytes([header(db_copy), *new_rows(2)]))
    bad = tmp_path / "salah.csv"
    bad.write_bytes(csv_bytes([header(db_copy), innovation_row("A", opd="Dinas Entah")]))
    before = digest(db_copy)

    dry = run_cli("import", str(good), "--db", str(db_copy), "--dry-run")  # the real entry point once
    assert dry.returncode == 0 and "Uji saja" in dry.stdout and "2 baru" in dry.stdout
    assert digest(db_copy) == before

    invalid = cli_in_process("import", str(bad), "--db", str(db_copy))
    assert invalid.returncode == 1
    assert "Baris 2, kolom C (opd): OPD 'Dinas Entah' tidak dikenal" in invalid.stdout
    assert digest(db_copy) == before

    for path, needle in [
        (tmp_path / "tidak-ada.csv", "tidak ditemukan"),
        (tmp_path, "bukan berkas"),
    ]:
        missing = cli_in_process("import", str(path), "--db", str(db_copy))
        assert missing.returncode == 2 and needle in missing.stderr
    empty = tmp_path / "kosong.xlsx"
    empty.write_bytes(b"")
    assert cli_in_process("import", str(empty), "--db", str(db_copy)).returncode == 2
    binary = tmp_path / "data.csv"
    binary.write_bytes(os.urandom(4096) + b"\x00")
    result = cli_in_process("import", str(binary), "--db", str(db_copy))
    assert result.returncode == 2 and "bukan spreadsheet" in result.stderr
    assert cli_in_process("import", "--db", str(db_copy)).returncode == 2  # usage
    assert cli_in_process("import", str(good), "--db", str(tmp_path / "tidak-ada.duckdb")).returncode == 2
    assert digest(db_copy) == before

    ok = cli_in_process("import", str(good), "--db", str(db_copy), "--user", "budi")
    assert ok.returncode == 0 and "Impor #1" in ok.stdout and "2 baris baru" in ok.stdout
    history = cli_in_process("history", "--db", str(db_copy), "--json")
    (entry,) = json.loads(history.stdout)
    assert entry["imported_by"] == "budi" and entry["rows_added"] == 2 and entry["file_name"] == "baik.xlsx"
    assert "#1" in cli_in_process("history", "--db", str(db_copy)).stdout
    undo = cli_in_process("undo", "1", "--db", str(db_copy))
    assert undo.returncode == 0 and "dibatalkan" in undo.stdout
    again = cli_in_process("undo", "1", "--db", str(db_copy))
    assert again.returncode == 2 and "sudah dibatalkan" in again.stderr


def test_cli_import_is_refused_by_build_without_force(db_copy: Path, tmp_path: Path) -> None:
    good = tmp_path / "baik.csv"
    good.write_bytes(csv_bytes([header(db_copy), *new_rows(1)]))
    assert run_cli("import", str(good), "--db", str(db_copy)).returncode == 0
    rebuild = run_cli("build", "--db", str(db_copy))
    assert rebuild.returncode == 2 and "impor" in rebuild.stderr


def test_copy_on_write_keeps_no_wal_and_no_temp_files(db_copy: Path) -> None:
    apply_rows(db_copy, new_rows(1))
    names = sorted(p.name for p in db_copy.parent.iterdir())
    assert names == ["inovasi.duckdb", "inovasi.duckdb.lock"]


def test_sample_csv_import_then_rebuild_backup_is_not_needed(built_db: Path, tmp_path: Path) -> None:
    """The sample file imported as real rows, then a rebuild: no copy by hand is needed first, because
    the rebuild refuses without --force and with it keeps its own backup holding every imported row."""
    # a database without sample data takes the sample file as new real rows
    path = tmp_path / "kosong.duckdb"
    builder.build(path, include_sample=False)
    parsed = parse(path, SAMPLE_CSV.read_bytes(), "inovasi.csv")
    result = importer.apply(path, parsed, user="uji")
    assert result.added == len(parsed.records) and result.updated == 0
    real = "select count(*) from mart_innovation where not is_sample"
    with db.connection(path) as con:
        n = con.execute(real).fetchall()[0][0]
    assert n == len(parsed.records)

    imported = digest(path)
    with pytest.raises(builder.BuildError, match="--force"):
        builder.build(path, include_sample=False)
    assert digest(path) == imported  # refused: the imported rows are still there
    report = builder.build(path, include_sample=False, force=True)
    assert report.backup is not None and digest(report.backup) == imported
    with db.connection(report.backup) as con:
        assert con.execute(real).fetchall()[0][0] == len(parsed.records)
    with db.connection(path) as con:
        assert con.execute(real).fetchall()[0][0] == 0  # the rebuild itself has no imported rows
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("kosong")) == sorted(
        ["kosong.duckdb", "kosong.duckdb.lock", report.backup.name]
    )


def test_the_published_results_file_imports_as_it_is_and_changes_nothing(db_copy: Path) -> None:
    reference = ROOT / "data" / "reference" / "index_result.csv"
    parsed = parse(db_copy, reference.read_bytes(), reference.name)
    assert parsed.ok and parsed.kind == "hasil", parsed.report()
    with reference.open(encoding="utf-8") as fh:
        assert len(parsed.records) == sum(1 for _ in fh) - 1
    result = importer.apply(db_copy, parsed, user="uji")
    assert result.batch_id is None and result.unchanged == len(parsed.records)


# ----------------------------------------------------------------------------- hostile text


def test_a_file_without_an_identity_column_reports_it_instead_of_failing(built_db: Path) -> None:
    parsed = parse(built_db, csv_bytes([["tahun", "nama_inovasi"], [2024, "Tanpa OPD"]]), "sebagian.csv")
    assert not parsed.ok
    assert any(p.column == "opd" and "kolom wajib tidak ada" in p.message for p in parsed.problems)


def test_a_csv_field_longer_than_pythons_limit_is_a_cell_problem(built_db: Path, tmp_path: Path) -> None:
    long_text = "panjang " * 20_000  # 160.000 characters: above csv's 131.072 default
    rows = [header(built_db), innovation_row("Uraian Panjang")]
    rows[1][INNOVATION_HEADER.index("deskripsi")] = long_text
    parsed = parse(built_db, csv_bytes(rows), "panjang.csv")
    assert [p.text() for p in parsed.problems] == [
        "Baris 2, kolom L (deskripsi): teks terlalu panjang (paling banyak 5.000 karakter)"
    ]
    target = tmp_path / "panjang.csv"
    target.write_bytes(csv_bytes(rows))
    result = cli_in_process("import", str(target), "--db", str(built_db), "--dry-run")
    assert result.returncode == 1 and "Baris 2, kolom L (deskripsi): teks terlalu panjang" in result.stdout
    assert "field larger" not in result.stdout + result.stderr


@pytest.mark.parametrize(
    "twin",
    [
        "Duplikat\u200b Sama",  # zero-width space
        "Duplikat Sama\u200d",  # zero-width joiner
        "\ufeffDuplikat Sama",  # BOM / zero-width no-break space
        "Duplikat\u2060 Sama",  # word joiner
        "\u202eDuplikat Sama\u202c",  # right-to-left override ... pop
        "\u2066Duplikat Sama\u2069",  # isolate
        "Duplikat\u200e Sama\u200f",  # LRM, RLM
        "Duplikat \u061cSama",  # Arabic letter mark
        "Ｄｕｐｌｉｋａｔ Ｓａｍａ",  # full-width letters (NFKC)
        "Duplikat\x07 Sama\x1b",  # bell, escape
    ],
)
def test_invisible_differences_do_not_make_another_innovation(built_db: Path, twin: str) -> None:
    parsed = parse(
        built_db, xlsx_bytes([header(built_db), innovation_row("Duplikat Sama"), innovation_row(twin)])
    )
    assert [p.text() for p in parsed.problems] == [
        "Baris 3, kolom B (nama_inovasi): inovasi yang sama (tahun, OPD, nama_inovasi) sudah ada di baris 2"
    ]


def test_imported_text_is_stored_clean(db_copy: Path) -> None:
    dirty = "\u202eMerah\x1b[31m Tebal\u200b\r\nBaris dua\x9b2J\tTab"
    row = innovation_row("Nama \x1b]8;;https://evil.example\x07Tautan\x1b]8;;\x07 Bersih\u200b")
    row[INNOVATION_HEADER.index("deskripsi")] = dirty
    result = apply_rows(db_copy, [row], name="impor\x1b[2J\u202e.xlsx")
    assert result.added == 1
    name, description, file_name = stored(
        db_copy,
        "select i.name, i.description, b.file_name from innovation i join import_batch b"
        " on b.load_id = i.load_id where i.name like 'Nama %'",
    )[0]
    assert name == "Nama ]8;;https://evil.exampleTautan]8;; Bersih"
    assert description == "Merah[31m Tebal\nBaris dua2J\tTab"
    assert file_name == "impor[2J.xlsx"


def test_a_name_stored_before_cleaning_matches_its_clean_spelling(db_copy: Path) -> None:
    apply_rows(db_copy, [innovation_row("Lama Bersih")])
    with duckdb.connect(str(db_copy)) as con:  # as an import before this fix would have stored it
        con.execute("update innovation set name = 'Lama\u200b Bersih' where name = 'Lama Bersih'")
    again = apply_rows(db_copy, [innovation_row("Lama Bersih")])
    assert again.added == 0


def test_the_cli_prints_stored_escape_sequences_inert(db_copy: Path, tmp_path: Path) -> None:
    apply_rows(db_copy, [innovation_row("Cetak Aman")], name="aman.xlsx")
    with duckdb.connect(str(db_copy)) as con:  # text stored raw (reference data, or before the fix)
        con.execute("update import_batch set file_name = 'jahat\x1b[2J\x1b]0;judul\x07\u202e.xlsx'")
        con.execute("update index_result set source = 'sumber\x1b[31m merah\x9b1m' where year = 2022")
    history = cli_in_process("history", "--db", str(db_copy))
    info = cli_in_process("info", "--db", str(db_copy))
    assert history.returncode == 0 and info.returncode == 0
    assert "jahat[2J]0;judul.xlsx" in history.stdout
    assert "sumber[31m merah1m" in info.stdout
    for output in (history.stdout, info.stdout):
        assert not any(ch in output for ch in "\x1b\x07\x9b\u202e"), output
    # the same through the real entry point
    result = run_cli("history", "--db", str(db_copy))
    assert "jahat[2J]0;judul.xlsx" in result.stdout and "\x1b" not in result.stdout


def cli_in_process(*args: str) -> subprocess.CompletedProcess[str]:
    """The CLI in this process (no interpreter start), with what run_cli returns."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            code = cli_main(list(args))
        except SystemExit as exc:  # argparse: usage errors and --help
            code = int(exc.code or 0)
    return subprocess.CompletedProcess(list(args), code, stdout.getvalue(), stderr.getvalue())
