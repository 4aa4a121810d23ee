"""The Data Inovasi search (innovations_filtered.sql, also behind the Excel download): the text is
found literally and case-insensitively; '%', '_' and '\\' are characters, not wildcards."""

from __future__ import annotations

from pathlib import Path

import pytest

from analytics import db, importer
from tests.fixtures.spreadsheets import INNOVATION_HEADER, csv_bytes, innovation_row, sid_codes

NAMES = ["Diskon 50% Retribusi", "Data_Terbuka Desa", "Arsip C:\\Dokumen"]
ALL_YEARS = {"year": None, "opd_id": None, "opd_kind": None, "jenis": None, "tahapan": None}


@pytest.fixture(scope="module")
def search_db(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search") / "inovasi.duckdb"
    path.write_bytes(built_db.read_bytes())
    rows = [[*INNOVATION_HEADER, *sid_codes(path)], *(innovation_row(n, year=2025) for n in NAMES)]
    with db.connection(path) as con:
        parsed = importer.parse(csv_bytes(rows), "cari.csv", con, kind="inovasi")
    assert parsed.ok, parsed.report()
    importer.apply(path, parsed, user="uji")
    return path


def found(path: Path, search: str | None) -> set[str]:
    with db.connection(path) as con:
        return set(db.query(con, "innovations_filtered", search=search, **ALL_YEARS)["innovation_name"])


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("%", {"Diskon 50% Retribusi"}),
        ("50%", {"Diskon 50% Retribusi"}),
        ("_", {"Data_Terbuka Desa"}),
        ("a_t", {"Data_Terbuka Desa"}),
        ("\\", {"Arsip C:\\Dokumen"}),
        ("c:\\dok", {"Arsip C:\\Dokumen"}),  # case-insensitive
    ],
)
def test_search_text_is_literal(search_db: Path, search: str, expected: set[str]) -> None:
    assert found(search_db, search) == expected


def test_search_still_finds_words_anywhere(search_db: Path) -> None:
    every = found(search_db, None)
    assert set(NAMES) <= every
    assert found(search_db, "RETRIBUSI") == {"Diskon 50% Retribusi"}
    # a '_' as a one-character wildcard would match 'Data Terbuka' or 'DataXTerbuka' too
    assert found(search_db, "Data_") == {"Data_Terbuka Desa"}
    # the description and the OPD name are searched as well
    assert set(NAMES) <= found(search_db, "Uraian")
    assert found(search_db, "no such text anywhere") == set()
