"""A seeded, synthetic national results table of one year ("data contoh"), made on demand.

No complete national table of index results is public in what this project could reach, yet the
Peringkat page, its tests and a workshop demonstration need one to show ranks. `generate()` makes
a table of every autonomous province, kabupaten and kota of the reference list in the import
template's columns (`hasil`); it is never loaded by default: `python -m analytics sample-hasil
--year 2025 --out contoh.csv` writes it, and importing that file (Kelola Data, or
`python -m analytics import contoh.csv`) stores it like any table, undoable.

- Results already stored for that year (the published ones) are written exactly as stored, so the
  import leaves them untouched ("sama") and a sample score never replaces an official one.
- Every other row is sample data: its source starts with the sample mark
  (`ranking.is_sample_source`), the importer records the whole load as sample (`data_load.is_sample`), and
  every rank and chart drawn from it says "data contoh".
- Scores: a normal spread around a mean per kind (about the published national average; 49,43 in
  2025), clipped to 0-100, two decimals; a few regions at 0 ("Tidak Dapat Dinilai"); the predicate
  from the bands of the year's method. The same seed and year give the same table.
"""

from __future__ import annotations

import csv
import io

import duckdb
import numpy as np
import pandas as pd

from analytics import ranking, regions
from analytics.importer.fields import RESULT_FIELDS
from analytics.methods import band_name, method_for_year
from analytics.text import fmt_score, t

SEED = 20261201
COLUMNS = tuple(f.name for f in RESULT_FIELDS)  # the hasil template's columns, in its order
MEAN = {"provinsi": 58.0, "kabupaten": 49.0, "kota": 54.0}
SPREAD = 16.0
NOT_ASSESSED_SHARE = 0.02  # regions that did not report: score 0, "Tidak Dapat Dinilai"


def _text(value: object) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def _comma(value: float) -> str:
    # the Indonesian way, as the template asks: a CSV opened in Indonesian Excel reads it as a number
    return fmt_score(value)


def generate(
    con: duckdb.DuckDBPyConnection, year: int, *, seed: int = SEED, ref: regions.Reference | None = None
) -> pd.DataFrame:
    """The synthetic table of `year` (template columns, one row per autonomous region)."""
    ref = ref or regions.reference()
    stored = ranking.load(con, ref)
    stored = stored[(stored["year"] == year) & stored["code"].notna()].drop_duplicates("code")
    kept = {row["code"]: row for row in stored.to_dict("records")}
    bands = method_for_year(year).bands
    rng = np.random.default_rng([seed, year])
    source = t("ranking.sample.source", mark=t("sample.badge"), seed=seed)
    rows = []
    for region in ref.regions:
        if not region.autonomous:
            continue
        # drawn for every region, kept or not, so one stored result never shifts the others' scores
        drawn = float(np.clip(rng.normal(MEAN[region.kind], SPREAD), 1.0, 100.0))
        not_assessed = rng.random() < NOT_ASSESSED_SHARE
        if region.code in kept:
            row = kept[region.code]
            rows.append(
                {"daerah": row["region"], "provinsi": row["province"], "jenis_daerah": row["kind"],
                 "tahun": year, "skor": _comma(row["score"]), "predikat": _text(row["predicate"]),
                 "peringkat": "" if pd.isna(row["rank"]) else str(int(row["rank"])),
                 "lingkup_peringkat": _text(row["rank_scope"]), "sumber": row["source"]}
            )  # fmt: skip
            continue
        score = 0.0 if not_assessed else round(drawn, 2)
        rows.append(
            {"daerah": region.name, "provinsi": region.province, "jenis_daerah": region.kind, "tahun": year,
             "skor": _comma(score), "predikat": band_name(score, bands) or "", "peringkat": "",
             "lingkup_peringkat": "", "sumber": source}
        )  # fmt: skip
    return pd.DataFrame(rows, columns=list(COLUMNS))


def csv_bytes(table: pd.DataFrame) -> bytes:
    """The table as a CSV the importer reads (semicolons, since the scores have decimal commas)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(table.columns)
    writer.writerows(table.itertuples(index=False))
    return buffer.getvalue().encode("utf-8")
