"""The Excel workbook: sheets, row counts equal to the database queries, labels, dates, CLI."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pandas as pd
import pytest

from analytics import db, export, region, report, scoring
from analytics.text import t
from tests.cli_helpers import run_cli

ALL = {"opd_id": None, "opd_kind": None, "jenis": None, "tahapan": None}


@pytest.fixture(scope="module")
def con(built_db: Path):
    with db.connection(built_db) as c:
        yield c


def _read(data: bytes) -> dict[str, pd.DataFrame]:
    return pd.read_excel(io.BytesIO(data), sheet_name=None, engine="calamine")


@pytest.fixture(scope="module")
def book_2022(con) -> dict[str, pd.DataFrame]:
    return _read(export.workbook_xlsx(con, 2022, made_on=dt.date(2022, 12, 13)))


def test_sheets_in_order(book_2022) -> None:
    assert list(book_2022) == [
        t("export.sheet.notes"),
        t("export.sheet.innovations"),
        t("export.sheet.participation"),
        t("export.sheet.years"),
        t("export.sheet.scores"),
        t("export.sheet.gaps"),
    ]
    assert all(len(name) <= 31 for name in book_2022)


def test_row_counts_match_the_database(con, book_2022) -> None:
    innovations = db.query(con, "innovations_filtered", year=2022, search=None, **ALL)
    counts = db.query(con, "opd_innovation_counts", **ALL)
    by_year = db.query(con, "participation_by_year", **ALL)
    assert len(book_2022[t("export.sheet.innovations")]) == len(innovations) > 0
    assert len(book_2022[t("export.sheet.participation")]) == int((counts["year"] == 2022).sum())
    assert len(book_2022[t("export.sheet.years")]) == len(by_year)
    assert len(book_2022[t("export.sheet.gaps")]) == len(scoring.evidence_gaps(con, 2022))
    sheet = book_2022[t("export.sheet.participation")]
    assert sheet[t("export.col.n_innovations")].sum() == len(innovations)
    # an OPD without an innovation has no data to be sample or not: "–", never "tidak"
    none = sheet[sheet[t("export.col.n_innovations")] == 0]
    assert len(none) > 0 and set(none[t("export.col.sample")]) == {"–"}


def test_filtered_view(con) -> None:
    params = {**ALL, "opd_kind": "kecamatan", "jenis": "digital"}
    book = _read(export.workbook_xlsx(con, 2024, opd="jenis:kecamatan", jenis="digital"))
    innovations = db.query(con, "innovations_filtered", year=2024, search=None, **params)
    sheet = book[t("export.sheet.innovations")]
    assert len(sheet) == len(innovations) > 0
    assert set(sheet[t("export.col.jenis")]) == {"Digital"}
    assert len(book[t("export.sheet.participation")]) == 21  # the 21 kecamatan
    ids = set(innovations["innovation_id"])
    gaps = scoring.evidence_gaps(con, 2024)
    assert len(book[t("export.sheet.gaps")]) == int(gaps["innovation_id"].isin(ids).sum())
    notes = book[t("export.sheet.notes")].astype(str).to_string()
    assert "semua kecamatan" in notes


def test_search_narrows_the_innovations_like_the_data_page(con) -> None:
    search = "kesehatan"
    book = _read(export.workbook_xlsx(con, 2025, search=f"  {search} "))
    innovations = db.query(con, "innovations_filtered", year=2025, search=search, **ALL)
    every = db.query(con, "innovations_filtered", year=2025, search=None, **ALL)
    assert 0 < len(innovations) < len(every)
    sheet = book[t("export.sheet.innovations")]
    assert sorted(sheet[t("export.col.innovation")]) == sorted(innovations["innovation_name"])
    # the counts per OPD stay whole: the search narrows rows, not the participation picture
    assert book[t("export.sheet.participation")][t("export.col.n_innovations")].sum() == len(every)
    notes = book[t("export.sheet.notes")].astype(str).to_string()
    assert t("export.note.search_text", search=search) in notes


def test_scores_official_with_source_estimates_labelled(con, book_2022) -> None:
    scores = book_2022[t("export.sheet.scores")].set_index(t("export.col.year"))
    row = scores.loc[2022]
    assert row[t("export.col.kind")] == "resmi"
    assert abs(float(row[t("export.col.score")]) - 58.11) < 1e-9
    assert "5news.co.id" in row[t("export.col.source")]
    subject = region.subject_of(con).params()
    official_years = set(db.query(con, "published_index_results", **subject).query("is_subject")["year"])
    for year, r in scores.iterrows():
        if year in official_years:
            assert r[t("export.col.kind")] == "resmi"
        elif pd.notna(r[t("export.col.score")]):
            assert r[t("export.col.kind")] == "perkiraan"
            assert "metode" in r[t("export.col.source")]


def test_keterangan_says_sample_official_and_estimate(book_2022) -> None:
    notes = book_2022[t("export.sheet.notes")]
    text = " ".join(str(v) for v in notes.to_numpy().ravel())
    assert t("handout.title", year=2022, daerah="Kabupaten Pati") in notes.columns[0]
    assert "13 Desember 2022" in text
    assert t("export.note.sample_yes") in text
    assert "Hasil resmi 2022" in text and "5news.co.id" in text
    assert t("export.note.estimate") in text
    innov = book_2022[t("export.sheet.innovations")]
    assert set(innov[t("export.col.sample")]) <= {"ya", "tidak"}


def test_dates_are_dates(book_2022) -> None:
    dates = book_2022[t("export.sheet.innovations")][t("export.col.launch_date")].dropna()
    assert len(dates) and all(isinstance(d, (pd.Timestamp, dt.datetime)) for d in dates)


def test_unknown_year_is_a_clear_error(con) -> None:
    with pytest.raises(report.ExportError, match="Tahun 1999"):
        export.workbook_xlsx(con, 1999)


def test_cli_export(built_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "data.xlsx"
    done = run_cli(
        "export", "--year", "2023", "--out", str(out), "--db", str(built_db)
    )  # tests/cli_helpers.py
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:2] == b"PK"
    assert t("export.sheet.notes") in _read(out.read_bytes())
    bad = run_cli("export", "--year", "2023", "--out", str(tmp_path / "x.pdf"), "--db", str(built_db))
    assert bad.returncode == 2 and ".xlsx" in bad.stderr and "Traceback" not in bad.stderr
