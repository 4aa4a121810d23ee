"""The data foundation: schema, reference data, sample data, atomic build."""

from __future__ import annotations

import csv
import hashlib
import shutil
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from analytics import build as builder
from analytics.db import connection

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = ROOT / "data" / "reference" / "index_result.csv"

EXPECTED_TABLES = {
    "data_load", "index_result", "innovation", "innovation_evidence", "kecamatan", "opd",
    "opd_alias", "opd_name_period", "sid_indicator", "spd_evidence", "spd_indicator", "target",
}  # fmt: skip


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_build_creates_every_table_and_model(built_db: Path) -> None:
    info = builder.info(built_db)
    assert set(info["tables"]) >= EXPECTED_TABLES
    with connection(built_db) as con:
        views = {
            r[0] for r in con.execute("select view_name from duckdb_views() where not internal").fetchall()
        }
    assert set(builder.MODELS) <= views
    for table in ("opd", "innovation", "innovation_evidence", "index_result", "target", "data_load"):
        assert info["tables"][table] > 0, table


def test_21_kecamatan_and_their_opd(built_db: Path) -> None:
    info = builder.info(built_db)
    assert info["kecamatan_count"] == 21
    with connection(built_db) as con:
        names = {r[0] for r in con.execute("select name from kecamatan").fetchall()}
        unlinked = con.execute(
            "select count(*) from kecamatan k anti join opd o on o.kecamatan_code = k.code"
        ).fetchall()[0][0]
    assert {"Sukolilo", "Pati", "Wedarijaksa", "Dukuhseti", "Cluwak"} <= names
    assert unlinked == 0


def test_official_results_match_the_published_source_exactly(built_db: Path) -> None:
    with open(PUBLISHED, encoding="utf-8", newline="") as fh:
        published = list(csv.DictReader(fh))
    with connection(built_db) as con:
        stored = {
            (r[0], r[1]): r
            for r in con.execute(
                "select region, year, score, predicate, rank, rank_scope, source, province, kind from index_result"
            ).fetchall()
        }
    assert len(stored) == len(published)
    for row in published:
        _region, _year, score, predicate, rank, scope, source, province, kind = stored[
            (row["region"], int(row["year"]))
        ]
        assert score == Decimal(row["score"]).quantize(Decimal("0.01"))
        assert (predicate or "") == row["predicate"]
        assert (str(rank) if rank is not None else "") == row["rank"]
        assert (scope or "") == row["rank_scope"]
        assert source == row["source"] and source
        assert (province, kind) == (row["province"], row["kind"])


def test_pati_official_scores(built_db: Path) -> None:
    with connection(built_db) as con:
        pati = dict(
            con.execute(
                "select year, score::double from index_result where region = 'Kabupaten Pati' order by year"
            ).fetchall()
        )
    # only the three published figures; 2019, 2020, 2023 and 2024 stay missing
    assert pati == {2021: 53.0, 2022: 58.11, 2025: 79.60}


def test_bappeda_and_bapperida_are_one_unit_with_two_names(built_db: Path) -> None:
    with connection(built_db) as con:
        names = dict(
            con.execute(
                "select year, opd_short_name from stg_opd_year where opd_id = 'bapperida' order by year"
            ).fetchall()
        )
    assert names[2023] == "Bappeda"
    assert names[2024] == "Bapperida"


def test_aliases_resolve_common_short_names(built_db: Path) -> None:
    with connection(built_db) as con:
        aliases = {r[0] for r in con.execute("select alias from opd_alias").fetchall()}
        shorts = {r[0] for r in con.execute("select short_name from opd").fetchall()}
    assert {"Dinkes", "Disdukcapil", "Diskominfo"} <= aliases | shorts


def test_sample_data_shape(built_db: Path) -> None:
    with connection(built_db) as con:
        years = con.execute(
            "select year, n_innovations, opd_coverage, share_digital from mart_year_summary order by year"
        ).fetchall()
        stages = dict(con.execute("select tahapan, count(*) from innovation group by 1").fetchall())
        top_affairs = [
            r[0]
            for r in con.execute(
                "select urusan from innovation group by 1 order by count(*) desc limit 2"
            ).fetchall()
        ]
        all_sample = con.execute("select bool_and(is_sample) from innovation").fetchall()[0][0]
        sample_loads = con.execute(
            "select count(*) from data_load where kind = 'sample' and is_sample"
        ).fetchall()[0][0]
    assert [y[0] for y in years] == [2021, 2022, 2023, 2024, 2025]
    for _, n, coverage, digital in years:
        assert 50 <= n <= 120
        assert coverage < 1.0  # some OPD without an innovation every year
        assert 0.2 < digital < 0.8  # both jenis
    coverages = [y[2] for y in years]
    assert coverages == sorted(coverages)  # more OPD without innovation in early years
    share_penerapan = stages["penerapan"] / sum(stages.values())
    assert 0.85 <= share_penerapan <= 0.95
    assert set(top_affairs) == {"kesehatan", "pendidikan"}
    assert all_sample and sample_loads == 2


def test_no_sample_build_has_reference_only(tmp_path: Path) -> None:
    path = tmp_path / "ref.duckdb"
    builder.build(path, include_sample=False)
    info = builder.info(path)
    assert info["tables"]["innovation"] == 0
    assert info["sample_rows"] == 0
    assert info["tables"]["index_result"] == 24


def test_every_load_is_recorded_with_hash(built_db: Path) -> None:
    with connection(built_db) as con:
        loads = con.execute(
            "select target_table, source, sha256, row_count, is_sample from data_load"
        ).fetchall()
    by_table = {r[0]: r for r in loads}
    assert by_table["index_result"][2] == _digest(PUBLISHED)
    assert by_table["index_result"][3] == 24 and by_table["index_result"][4] is False
    assert by_table["innovation"][4] is True


def test_failed_build_leaves_previous_database_unchanged(
    db_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _digest(db_copy)
    for step in ("opd", "sample", "create_models"):
        done = getattr(builder._Loader, step)
        ran: list[str] = []

        def fail_after(loader: builder._Loader, done=done, step=step, ran=ran) -> None:
            done(loader)
            ran.append(step)
            raise builder.BuildError(f"kegagalan uji setelah langkah '{step}'")

        with monkeypatch.context() as patch:
            patch.setattr(builder._Loader, step, fail_after)
            with pytest.raises(builder.BuildError, match=f"langkah '{step}'"):
                builder.build(db_copy)
        assert ran == [step]  # the step itself ran; the failure came after it
        assert _digest(db_copy) == before
        assert builder.info(db_copy)["tables"]["innovation"] > 0
    assert not list(db_copy.parent.glob(".*build*"))


def test_bad_reference_row_is_reported_with_file_row_column(tmp_path: Path, db_copy: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "reference", data / "reference")
    shutil.copytree(ROOT / "data" / "sample", data / "sample")
    path = data / "reference" / "index_result.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(
        "Kabupaten Pati,Jawa Tengah,kabupaten,2025,79.60", "Kabupaten Pati,Jawa Tengah,kabupaten,2025,tujuh"
    )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = _digest(db_copy)
    with pytest.raises(builder.BuildError) as err:
        builder.build(db_copy, data_dir=data)
    message = str(err.value)
    assert "reference/index_result.csv" in message and "baris 4" in message and "'score'" in message
    assert _digest(db_copy) == before


def test_build_refuses_to_drop_imported_data_without_force(db_copy: Path) -> None:
    with duckdb.connect(str(db_copy)) as con:
        con.execute(
            "insert into data_load values (999, 'import', 'innovation', 'x.xlsx', null, 1, false, now(), 'uji', null)"
        )
    with pytest.raises(builder.BuildError, match="--force"):
        builder.build(db_copy)
    report = builder.build(db_copy, force=True)
    assert report.backup is not None and report.backup.exists()


def test_year_summary_mart_agrees_with_the_page_query(built_db: Path) -> None:
    """`info` reads mart_year_summary; the pages count from stg_* because their filters (jenis,
    tahapan) reach below the mart's grain. Unfiltered, both must give the same figures."""
    from analytics import build as builder
    from analytics.db import query

    summary = builder.info(built_db)["year_summary"]
    with connection(built_db) as con:
        page = query(con, "participation_by_year", opd_id=None, opd_kind=None, jenis=None, tahapan=None)
    assert [r["year"] for r in summary] == [int(y) for y in page["year"]]
    for r, (_, p) in zip(summary, page.iterrows(), strict=True):
        assert r["n_innovations"] == p["n_innovations"]
        assert r["n_opd_with_innovation"] == p["n_opd_with_innovation"]
        assert r["n_opd"] == p["n_opd"]
        assert r["share_digital"] == pytest.approx(p["share_digital"])


def _with_an_import(path: Path) -> None:
    with duckdb.connect(str(path)) as con:
        con.execute(
            "insert into data_load values (999, 'import', 'innovation', 'x.xlsx', null, 1, false, now(), 'uji', null)"
        )


def test_a_backup_is_complete_and_opens(db_copy: Path) -> None:
    _with_an_import(db_copy)
    old = _digest(db_copy)
    report = builder.build(db_copy, force=True)
    assert report.backup.name.startswith("inovasi.duckdb.bak-") and _digest(report.backup) == old
    with connection(report.backup) as con:
        assert con.execute("select count(*) from data_load where kind = 'import'").fetchall() == [(1,)]
    assert sorted(p.name for p in db_copy.parent.iterdir() if p.name.startswith(".")) == []
    # a second forced build within the same second keeps both backups
    _with_an_import(db_copy)
    second = builder.build(db_copy, force=True).backup
    assert second != report.backup and report.backup.exists() and second.exists()


def test_a_backup_cut_short_never_looks_like_a_backup(db_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _with_an_import(db_copy)
    before = _digest(db_copy)

    def copy_half(source, target, **kwargs):  # what a kill in the middle of the copy leaves
        Path(target).write_bytes(Path(source).read_bytes()[:4096])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(builder.shutil, "copy2", copy_half)
    with pytest.raises(builder.BuildError, match="ruang disk penuh"):
        builder.build(db_copy, force=True)
    assert _digest(db_copy) == before
    assert [p.name for p in db_copy.parent.iterdir() if "bak" in p.name] == []


def test_a_build_over_an_unreadable_database_keeps_it_aside(db_copy: Path) -> None:
    db_copy.write_bytes(b"rusak" * 1000)
    report = builder.build(db_copy)
    assert report.set_aside is not None and report.set_aside.read_bytes() == b"rusak" * 1000
    assert report.set_aside.name.startswith("inovasi.duckdb.rusak-")
    assert builder.info(db_copy)["tables"]["innovation"] > 0


def test_a_build_onto_a_folder_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "inovasi.duckdb"
    folder.mkdir()
    with pytest.raises(builder.BuildError, match="bukan berkas"):
        builder.build(folder)
    assert folder.is_dir()
