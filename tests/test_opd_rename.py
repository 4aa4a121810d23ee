"""A renamed OPD is one unit everywhere: the planning agency (opd_id bapperida) was Bappeda until 2023
and Bapperida from 2024 (data/reference/opd_nama.csv). Every handout shows it once, under the name
of the year it is about: the Excel sheet of OPD counts and the OPD's follow-up sheet.

(The page's heat map and table, which span several years, are tested in test_charts.py and
test_chart_pages_app.py.)"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pandas as pd
import pypdf
import pytest

from analytics import db, export, lembar
from analytics.text import t

MADE_ON = dt.date(2024, 12, 13)


@pytest.fixture(scope="module")
def names(built_db: Path) -> dict[int, str]:
    """The agency's name per year, as the data model holds it (stg_opd_year)."""
    with db.connection(built_db) as con:
        rows = db.query_sql(con, "select year, opd_name from stg_opd_year where opd_id = 'bapperida'")
    by_year = dict(zip(rows["year"].astype(int), rows["opd_name"], strict=True))
    assert len(set(by_year.values())) == 2  # the real reference data: two names, one unit
    return by_year


@pytest.mark.parametrize("year", [2023, 2024])
def test_excel_counts_sheet_has_the_agency_once_under_that_years_name(built_db, names, year):
    with db.connection(built_db) as con:
        book = pd.read_excel(
            io.BytesIO(export.workbook_xlsx(con, year, made_on=MADE_ON)), sheet_name=None, engine="calamine"
        )
    opd = list(book[t("export.sheet.participation")][t("export.col.opd")])
    other = next(n for y, n in names.items() if n != names[year])
    assert opd.count(names[year]) == 1 and other not in opd


@pytest.mark.parametrize("year", [2023, 2025])
def test_follow_up_sheet_names_the_agency_as_in_its_year(built_db, names, year):
    with db.connection(built_db) as con:
        data = lembar.lembar_pdf(con, year, "bapperida", made_on=MADE_ON)
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages).split())
    other = next(n for y, n in names.items() if n != names[year])
    assert names[year] in text and other not in text
