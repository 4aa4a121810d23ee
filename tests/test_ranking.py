"""Ranks only where honest: a national table of every kabupaten imports in one step and gives Pati's
national and provincial rank; the bundled published results give none; the import of a results
table matches names, refuses duplicates and flags predicates off the bands."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from analytics import db, importer, ranking, regions, sample_results
from analytics.__main__ import main as cli_main
from analytics.methods import band_name, method_for_year
from analytics.regions import Reference, Region
from tests.fixtures.spreadsheets import RESULT_HEADER, csv_bytes, xlsx_bytes
from tests.ranking_helpers import database_with_tables, import_sample_table


@pytest.fixture(scope="module")
def ref() -> Reference:
    return regions.reference()


@pytest.fixture(scope="module")
def national(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session database with the generated national table of 2025 imported."""
    return database_with_tables(built_db, tmp_path_factory.mktemp("nasional"), (2025,))


def _table(path: Path, ref: Reference) -> pd.DataFrame:
    with db.connection(path) as con:
        return ranking.load(con, ref)


def _scalar(path: Path, sql: str, params: list | None = None):
    with db.connection(path) as con:
        return con.execute(sql, params or []).fetchall()[0][0]


# ----------------------------------------------------------------------------- the national table


def test_a_national_table_imports_in_one_step_and_gives_pati_both_ranks(
    national: Path, ref: Reference
) -> None:
    pati = regions.subject(ref)
    national_rank, province_rank = ranking.standings(_table(national, ref), pati, ref, 2025)
    # what the ranks must be, counted straight from the stored rows
    kabupaten = "select count(*) from index_result where year = 2025 and kind = 'kabupaten'"
    assert _scalar(national, kabupaten) == 415
    higher = _scalar(national, kabupaten + " and score > 79.60")
    higher_here = _scalar(national, kabupaten + " and province = 'Jawa Tengah' and score > 79.60")
    assert (national_rank.present, national_rank.scope.size, national_rank.rank) == (415, 415, higher + 1)
    assert (province_rank.present, province_rank.scope.size, province_rank.rank) == (29, 29, higher_here + 1)
    assert province_rank.scope.label() == "kabupaten di Jawa Tengah"
    lower = _scalar(national, kabupaten + " and score < 79.60")
    assert national_rank.share_below == pytest.approx(lower / 414)
    # Pati's own score is the official one: the sample table never replaced it
    assert national_rank.score == pytest.approx(79.60) and not national_rank.score_is_sample
    assert national_rank.source.startswith("politika.co.id")
    # and every rank drawn from the table says it is sample data
    assert national_rank.is_sample and province_rank.is_sample


def test_the_sample_table_is_recorded_as_sample_and_leaves_official_rows_alone(national: Path) -> None:
    assert _scalar(national, "select is_sample from data_load where kind = 'import'") is True
    with db.connection(national) as con:
        batch = con.execute("select rows_added, rows_unchanged from import_batch").fetchall()
    # 546 autonomous governments; the two stored 2025 results (Pati, Tegal) are written as stored
    assert batch == [(544, 2)]
    assert _scalar(
        national, "select score from index_result where region = 'Kabupaten Tegal' and year = 2025"
    ) == Decimal("77.59")


def test_the_bundled_results_give_no_rank(built_db: Path, ref: Reference) -> None:
    table = _table(built_db, ref)
    assert table["code"].notna().all(), table[table["code"].isna()]
    pati = regions.subject(ref)
    for year in (2021, 2025):
        for s in ranking.standings(table, pati, ref, year):
            assert s.rank is None and s.share_below is None and not s.complete
            assert not s.is_sample
    national_2021, province_2021 = ranking.standings(table, pati, ref, 2021)
    assert (national_2021.present, national_2021.scope.size) == (11, 415)
    assert (province_2021.present, province_2021.scope.size) == (2, 29)
    assert ranking.history(table, pati, ref)["rank"].isna().all()


def test_a_table_short_of_one_region_gives_no_rank_in_that_scope(national: Path, ref: Reference) -> None:
    table = _table(national, ref)
    aceh = ref.scope("kabupaten", "11")[0]
    short = table[~((table["code"] == aceh.code) & (table["year"] == 2025))]
    national_rank, province_rank = ranking.standings(short, regions.subject(ref), ref, 2025)
    assert (national_rank.present, national_rank.rank) == (414, None)
    assert national_rank.missing == 1
    assert province_rank.rank is not None  # Jawa Tengah is still complete


def test_undo_takes_the_ranks_away(db_copy: Path, ref: Reference) -> None:
    result = import_sample_table(db_copy, 2024)
    pati = regions.subject(ref)
    assert ranking.standings(_table(db_copy, ref), pati, ref, 2024)[0].rank is not None
    importer.undo(db_copy, result.batch_id, user="uji")
    assert ranking.standings(_table(db_copy, ref), pati, ref, 2024)[0].rank is None


def test_the_generated_table_is_seeded(built_db: Path, tmp_path: Path) -> None:
    with db.connection(built_db) as con:
        first = sample_results.generate(con, 2023)
        again = sample_results.generate(con, 2023)
        other = sample_results.generate(con, 2023, seed=7)
    pd.testing.assert_frame_equal(first, again)
    assert not first["skor"].equals(other["skor"])
    assert len(first) == 546 and first["daerah"].is_unique
    # every score has its band's predicate; the sample rows say they are sample data
    bands = method_for_year(2023).bands
    sample_rows = first[first["sumber"].map(ranking.is_sample_source)]
    # four results of 2023 are published (Tegal, Boyolali, Kota Mojokerto, Kutai Kartanegara)
    assert len(sample_rows) == 546 - 4
    for score, predicate in zip(sample_rows["skor"], sample_rows["predikat"], strict=True):
        assert predicate == band_name(float(score.replace(",", ".")), bands)


def test_the_cli_writes_the_table_and_refuses_another_suffix(built_db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "contoh.csv"
    assert cli_main(["sample-hasil", "--year", "2025", "--out", str(out), "--db", str(built_db)]) == 0
    assert "546 daerah tahun 2025" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8").startswith("daerah;provinsi;jenis_daerah;tahun;skor")
    assert (
        cli_main(["sample-hasil", "--year", "2025", "--out", str(tmp_path / "x.xlsx"), "--db", str(built_db)])
        == 2
    )
    assert "harus berakhiran .csv" in capsys.readouterr().err


# ----------------------------------------------------------------------------- the rules, on tiny data


def _tiny() -> tuple[Reference, Region]:
    regions_ = [
        Region("91", "Provinsi Utara", "provinsi", True, "91", "Utara"),
        Region("92", "Provinsi Selatan", "provinsi", True, "92", "Selatan"),
        Region("91.01", "Kabupaten Satu", "kabupaten", True, "91", "Utara"),
        Region("91.02", "Kabupaten Dua", "kabupaten", True, "91", "Utara"),
        Region("92.01", "Kabupaten Tiga", "kabupaten", True, "92", "Selatan"),
        Region("92.02", "Kabupaten Empat", "kabupaten", True, "92", "Selatan"),
        Region("91.71", "Kota Lima", "kota", True, "91", "Utara"),
    ]
    ref = Reference(regions_, [("91.01", "91.02"), ("91.01", "92.01")])
    return ref, ref.by_code["91.01"]


def _results(ref: Reference, rows: list[tuple]) -> pd.DataFrame:
    """rows: (name, year, score, predicate, rank, rank_scope, is_sample)."""
    frame = pd.DataFrame(
        [
            {"region": n, "province": ref.by_name[n].province, "kind": ref.by_name[n].kind, "year": y,
             "score": s, "predicate": p, "rank": r, "rank_scope": rs, "source": "uji", "is_sample": smp,
             "is_imported": True}
            for n, y, s, p, r, rs, smp in rows
        ]
    )  # fmt: skip
    return ranking.coded(frame, ref)


def test_equal_scores_share_a_rank_and_scopes_are_counted_apart() -> None:
    ref, subject = _tiny()
    table = _results(
        ref,
        [
            ("Kabupaten Satu", 2024, 60.0, None, None, None, False),
            ("Kabupaten Dua", 2024, 70.0, None, None, None, False),
            ("Kabupaten Tiga", 2024, 70.0, None, None, None, False),
            ("Kabupaten Empat", 2024, 60.0, None, None, None, False),
            ("Kota Lima", 2024, 99.0, None, None, None, False),  # a kota is not in a kabupaten scope
        ],
    )
    national, province = ranking.standings(table, subject, ref, 2024)
    assert (national.rank, national.below, national.share_below) == (3, 0, 0.0)
    assert (province.rank, province.scope.size) == (2, 2)
    assert ranking.predicate_shares(table, national.scope, 2024, method_for_year(2024).bands)[
        ["predicate", "n", "derived"]
    ].values.tolist() == [["Sangat Inovatif", 2, 2], ["Inovatif", 2, 2], ["Kurang Inovatif", 0, 0]]


def test_rank_changes_from_year_to_year_skip_incomplete_years() -> None:
    ref, subject = _tiny()
    rows = []
    for year, scores in ((2022, (50, 60, 70, 80)), (2023, (50, 60, None, 80)), (2024, (90, 60, 70, 80))):
        for name, score in zip(
            ("Kabupaten Satu", "Kabupaten Dua", "Kabupaten Tiga", "Kabupaten Empat"), scores, strict=True
        ):
            if score is not None:
                rows.append((name, year, float(score), None, None, None, year == 2024))
    history = ranking.history(_results(ref, rows), subject, ref)
    national = history[history["scope"] == ranking.NATIONAL].set_index("year")
    assert [None if pd.isna(r) else int(r) for r in national["rank"]] == [4, None, 1]
    assert int(national.loc[2024, "change"]) == 3  # from 4th to 1st: up three
    assert bool(national.loc[2024, "is_sample"]) and not bool(national.loc[2022, "is_sample"])


def test_a_published_rank_stays_beside_the_computed_one() -> None:
    ref, subject = _tiny()
    table = _results(
        ref,
        [
            ("Kabupaten Satu", 2021, 62.06, "Sangat Inovatif", 10, "kabupaten nasional", False),
            ("Kabupaten Dua", 2021, 50.0, "Inovatif", None, None, False),
        ],
    )
    national, province = ranking.standings(table, subject, ref, 2021)
    assert national.rank is None and national.published_rank == 10 and national.published_here
    assert not province.published_here
    assert province.rank == 1  # Utara's two kabupaten are both in the table


def test_neighbours_over_the_years() -> None:
    ref, subject = _tiny()
    table = _results(
        ref,
        [
            ("Kabupaten Satu", 2023, 55.0, None, None, None, False),
            ("Kabupaten Dua", 2022, 45.5, None, None, None, True),
        ],
    )
    scores = ranking.neighbour_scores(table, subject, ref)
    assert scores[["region", "year", "is_subject", "is_sample"]].values.tolist() == [
        ["Kabupaten Satu", 2023, True, False],
        ["Kabupaten Dua", 2022, False, True],
    ]
    assert [r.name for r in ranking.neighbours_without_results(table, subject, ref)] == ["Kabupaten Tiga"]


# ----------------------------------------------------------------------------- importing a results table


def _parse(path: Path, rows: list[list], name: str = "hasil.xlsx") -> importer.Parsed:
    data = csv_bytes(rows) if name.endswith(".csv") else xlsx_bytes(rows)
    with db.connection(path) as con:
        return importer.parse(data, name, con, kind="hasil")


def test_real_spellings_import_under_the_lists_names(db_copy: Path) -> None:
    rows = [
        RESULT_HEADER,
        ["KABUPATEN PATI", "Jawa Tengah", None, 2024, "66,10", None, None, None, "uji"],
        ["Kab. Hulu Sungai Selatan", "Kalimantan Selatan", None, 2024, "61,83", None, None, None, "uji"],
        ["Pati", "Jawa Tengah", None, 2023, "60,50", None, None, None, "uji"],
        ["Kota Semarang", "Jateng", None, 2024, "70,50", None, None, None, "uji"],
    ]
    parsed = _parse(db_copy, rows, "hasil.csv")
    assert parsed.ok, parsed.report()
    assert [r.values["region"] for r in parsed.records] == [
        "Kabupaten Pati", "Kabupaten Hulu Sungai Selatan", "Kabupaten Pati", "Kota Semarang",
    ]  # fmt: skip
    assert [r.values["kind"] for r in parsed.records] == ["kabupaten", "kabupaten", "kabupaten", "kota"]
    report = parsed.report()
    assert "daerah: Pati → Kabupaten Pati" in " | ".join(r.short() for r in parsed.readings)
    assert "Baris 5, kolom B (provinsi): Jateng → Jawa Tengah" in report
    importer.apply(db_copy, parsed, user="uji")
    assert _scalar(db_copy, "select province from index_result where region = 'Kota Semarang' and year = 2024") == "Jawa Tengah"  # fmt: skip


def test_two_spellings_of_one_region_and_year_are_a_duplicate(built_db: Path) -> None:
    rows = [
        RESULT_HEADER,
        ["Kab. Pati", "Jawa Tengah", None, 2024, 66, None, None, None, "uji"],
        ["KABUPATEN PATI", "Jawa Tengah", None, 2024, 67, None, None, None, "uji"],
    ]
    parsed = _parse(built_db, rows)
    assert [(p.row, p.column, p.message) for p in parsed.problems] == [
        (3, "A (daerah)", "hasil yang sama (daerah, tahun) sudah ada di baris 2")
    ]


def test_unknown_and_ambiguous_names_are_told_with_suggestions(built_db: Path) -> None:
    rows = [
        RESULT_HEADER,
        ["Kab. Patti", "Jawa Tengah", None, 2024, 66, None, None, None, "uji"],
        ["Semarang", "Jawa Tengah", None, 2024, 70, None, None, None, "uji"],
        ["Kabupaten Pati", "Jawa Timur", None, 2022, 58.11, None, None, None, "uji"],
    ]
    parsed = _parse(built_db, rows)
    texts = [p.text() for p in parsed.problems]
    assert texts == [
        # the prefix is written out as the cell is read ("Kab." is "Kabupaten")
        "Baris 2, kolom A (daerah): daerah 'Kabupaten Patti' tidak ada di daftar wilayah Kemendagri. "
        "Mungkin maksudnya: Kabupaten Pati (Jawa Tengah)",
        "Baris 3, kolom A (daerah): 'Semarang' cocok dengan lebih dari satu daerah: Kabupaten Semarang "
        "(Jawa Tengah); Kota Semarang (Jawa Tengah). Tulis Kabupaten, Kota atau Provinsi di depan nama, "
        "atau isi kolom jenis_daerah",
        "Baris 4, kolom B (provinsi): Kabupaten Pati tidak ada di provinsi Jawa Timur; yang ada: "
        "Kabupaten Pati (Jawa Tengah)",
    ]
    assert "Tidak ada yang disimpan" in parsed.report()


def test_a_predicate_off_the_bands_is_flagged_and_stored_as_published(db_copy: Path) -> None:
    rows = [
        RESULT_HEADER,
        [
            "Kabupaten Boalemo",
            "Gorontalo",
            None,
            2021,
            "58,07",
            "Sangat Inovatif",
            29,
            "kabupaten nasional (of 415)",
            "uji",
        ],
        ["Kabupaten Pohuwato", "Gorontalo", None, 2021, "38,76", "Inovatif", 197, None, "uji"],
    ]
    parsed = _parse(db_copy, rows)
    assert parsed.ok, parsed.report()
    assert parsed.readings[0].text() == (
        "Baris 2, kolom F (predikat): Sangat Inovatif → disimpan seperti diterbitkan, tetapi menurut pita "
        "predikat metode 2023 skor 58,07 termasuk Inovatif"
    )
    assert len(parsed.readings) == 1  # Pohuwato's predicate agrees with its band
    importer.apply(db_copy, parsed, user="uji")
    assert (
        _scalar(db_copy, "select predicate from index_result where region = 'Kabupaten Boalemo'")
        == "Sangat Inovatif"
    )
