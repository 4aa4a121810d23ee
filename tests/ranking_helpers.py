"""Helpers for the ranking tests: a database holding a generated national results table."""

from __future__ import annotations

import shutil
from pathlib import Path

from analytics import db, importer, sample_results


def import_sample_table(path: Path, year: int) -> importer.ImportResult:
    """Generate the seeded national table of `year` and import it into `path` in one step."""
    with db.connection(path) as con:
        data = sample_results.csv_bytes(sample_results.generate(con, year))
        parsed = importer.parse(data, f"contoh-hasil-{year}.csv", con, kind="hasil")
    assert parsed.ok, parsed.report()
    return importer.apply(path, parsed, user="uji")


def database_with_tables(built_db: Path, folder: Path, years: tuple[int, ...]) -> Path:
    """A copy of the session database with the generated tables of `years` imported."""
    path = folder / "inovasi.duckdb"
    shutil.copy2(built_db, path)
    for year in years:
        import_sample_table(path, year)
    return path
