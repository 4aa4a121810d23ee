"""Build the database from the files in data/, atomically, and describe what it holds.

`build()` writes a brand-new DuckDB file next to the target, fills it in one transaction, checks
it, and only then swaps it in with `os.replace` (the writer steps it shares with the importer are
in `analytics.db`: the lock, `one_transaction`, `swap_in`, `insert_frame`, `record_load`). Any failure leaves the previous database exactly as
it was. Reference files are checked row by row; a bad value is reported with its file, row and
column in Bahasa Indonesia.

Over 500 lines on purpose: the loader of each data file (`_Loader`) is one step of the one build
transaction, and its file/row/column checks sit beside it; `info()` describes what a build wrote.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import os
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from analytics.db import (
    DATA_DIR,
    PROJECT_ROOT,
    SQL_DIR,
    DatabaseError,
    connect,
    connection,
    db_path,
    insert_frame,
    one_transaction,
    os_reason,
    record_load,
    remove_copy,
    swap_in,
    write_lock,
)
from analytics.files import write_atomically
from analytics.text import fmt_number, t
from analytics.vocabulary import NO_WORDS, YES_WORDS, evidence_levels

# Staging first, then marts: each model may only read tables and models listed before it.
MODELS = (
    "stg_year",
    "stg_opd_year",
    "stg_innovation",
    "mart_innovation",
    "mart_innovation_evidence",
    "mart_opd_year",
    "mart_year_summary",
)

SID_CODES_FILE = "reference/indikator_sid.csv"

# Columns of the sample innovation file (the same names as the import template).
INNOVATION_COLUMNS = (
    "tahun",
    "nama_inovasi",
    "opd",
    "unit",
    "jenis",
    "bentuk",
    "tahapan",
    "inisiator",
    "urusan",
    "tanggal_uji_coba",
    "tanggal_penerapan",
    "deskripsi",
    "perubahan",
    "dampak_terukur",
    "metode_baru",
    "kolaborasi",
)


class BuildError(Exception):
    """A build problem; the message is Bahasa Indonesia and names file, row and column."""


@dataclass(frozen=True)
class BuildReport:
    path: Path
    rows: int
    seconds: float
    backup: Path | None
    set_aside: Path | None = None  # an unreadable old file, kept under another name


# ----------------------------------------------------------------------------- reading files


def _read_csv(data_dir: Path, rel: str, required: Iterable[str]) -> pd.DataFrame:
    path = data_dir / rel
    if not path.is_file():
        raise BuildError(t("data.missing_file", file=rel))
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    frame.columns = [c.strip() for c in frame.columns]
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise BuildError(t("data.missing_columns", file=rel, columns=", ".join(missing)))
    return frame.apply(lambda col: col.str.strip())


def _bad(rel: str, index: int, column: str, reason: str) -> BuildError:
    # index is 0-based over data rows; row 1 of the file is the header
    return BuildError(t("data.bad_file", file=rel, row=fmt_number(index + 2), column=column, reason=reason))


def _convert(frame: pd.DataFrame, rel: str, column: str, fn: Callable[[str], Any], reason: str) -> list[Any]:
    out = []
    for i, raw in enumerate(frame[column]):
        try:
            out.append(fn(raw))
        except (ValueError, TypeError):
            raise _bad(rel, i, column, reason.format(value=raw)) from None
    return out


def _int_or_none(raw: str) -> int | None:
    return int(raw) if raw != "" else None


def _float_or_none(raw: str) -> float | None:
    return float(raw.replace(",", ".")) if raw != "" else None


def _yes_no(raw: str) -> bool:
    value = raw.lower()
    if value in YES_WORDS:
        return True
    if value in NO_WORDS:
        return False
    raise ValueError(raw)


def _date_or_none(raw: str) -> dt.date | None:
    return dt.date.fromisoformat(raw) if raw != "" else None


def _level(raw: str) -> int:
    value = int(raw) if raw != "" else evidence_levels()[0]
    if value not in evidence_levels():
        raise ValueError(raw)
    return value


def _level_reason() -> str:
    # called before the levels are read, so a method file that cannot say them stops the build
    # here, with its own message, and `_level` finds them cached
    try:
        levels = evidence_levels()
    except ValueError as exc:  # MethodError
        raise BuildError(str(exc)) from exc
    return f"tingkat bukti '{{value}}' harus {levels[0]} sampai {levels[-1]}"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ----------------------------------------------------------------------------- loading


class _Loader:
    """Fills one open connection (inside its transaction) and records every load."""

    def __init__(self, con: duckdb.DuckDBPyConnection, data_dir: Path, loaded_by: str):
        self.con = con
        self.data_dir = data_dir
        self.loaded_by = loaded_by
        self.now = dt.datetime.now().replace(microsecond=0)
        self.rows = 0

    def record_load(self, kind: str, table: str, rel: str, rows: int, *, is_sample: bool) -> int:
        load_id = record_load(
            self.con,
            kind=kind,
            target_table=table,
            source=f"data/{rel}",
            sha256=_sha256(self.data_dir / rel),
            row_count=rows,
            is_sample=is_sample,
            loaded_at=self.now,
            loaded_by=self.loaded_by,
        )
        self.rows += rows
        return load_id

    def insert(self, table: str, frame: pd.DataFrame) -> None:
        insert_frame(self.con, table, frame)

    # reference data ---------------------------------------------------------------------

    def kecamatan(self) -> None:
        rel = "reference/kecamatan.csv"
        f = _read_csv(self.data_dir, rel, ["kode", "nama", "kode_terkonfirmasi"])
        frame = pd.DataFrame(
            {
                "code": f["kode"],
                "name": f["nama"],
                "code_confirmed": _convert(f, rel, "kode_terkonfirmasi", _yes_no, "'{value}' bukan ya/tidak"),
            }
        )
        self.insert("kecamatan", frame)
        self.record_load("reference", "kecamatan", rel, len(frame), is_sample=False)

    def opd(self) -> None:
        rel = "reference/opd.csv"
        cols = [
            "opd_id",
            "nama",
            "nama_singkat",
            "jenis_opd",
            "alias",
            "ada_sejak",
            "ada_sampai",
            "kode_kecamatan",
        ]
        f = _read_csv(self.data_dir, rel, cols)
        frame = pd.DataFrame(
            {
                "opd_id": f["opd_id"],
                "name": f["nama"],
                "short_name": f["nama_singkat"],
                "kind": f["jenis_opd"],
                "kecamatan_code": f["kode_kecamatan"].replace("", None),
                "exists_from": _convert(f, rel, "ada_sejak", _int_or_none, "'{value}' bukan tahun"),
                "exists_until": _convert(f, rel, "ada_sampai", _int_or_none, "'{value}' bukan tahun"),
            }
        )
        self.insert("opd", frame)
        aliases = [
            (row.opd_id, alias.strip())
            for row in f.itertuples()
            for alias in row.alias.split(";")
            if alias.strip()
        ]
        self.insert("opd_alias", pd.DataFrame(aliases, columns=["opd_id", "alias"]))
        self.record_load("reference", "opd", rel, len(frame), is_sample=False)

        rel = "reference/opd_nama.csv"
        f = _read_csv(
            self.data_dir, rel, ["opd_id", "nama", "nama_singkat", "berlaku_dari", "berlaku_sampai", "sumber"]
        )
        frame = pd.DataFrame(
            {
                "opd_id": f["opd_id"],
                "name": f["nama"],
                "short_name": f["nama_singkat"],
                "valid_from": _convert(f, rel, "berlaku_dari", _int_or_none, "'{value}' bukan tahun"),
                "valid_until": _convert(f, rel, "berlaku_sampai", _int_or_none, "'{value}' bukan tahun"),
                "source": f["sumber"],
            }
        )
        self.insert("opd_name_period", frame)
        self.record_load("reference", "opd_name_period", rel, len(frame), is_sample=False)

    def indicators(self) -> None:
        rel = SID_CODES_FILE
        f = _read_csv(self.data_dir, rel, ["kode", "nama", "wajib", "urutan"])
        frame = pd.DataFrame(
            {
                "code": f["kode"],
                "name": f["nama"],
                "mandatory": _convert(f, rel, "wajib", _yes_no, "'{value}' bukan ya/tidak"),
                "ordinal": _convert(f, rel, "urutan", int, "'{value}' bukan bilangan bulat"),
            }
        )
        self.insert("sid_indicator", frame)
        self.record_load("reference", "sid_indicator", rel, len(frame), is_sample=False)

        rel = "reference/indikator_spd.csv"
        f = _read_csv(self.data_dir, rel, ["kode", "nama", "urutan"])
        frame = pd.DataFrame(
            {
                "code": f["kode"],
                "name": f["nama"],
                "ordinal": _convert(f, rel, "urutan", int, "'{value}' bukan bilangan bulat"),
            }
        )
        self.insert("spd_indicator", frame)
        self.record_load("reference", "spd_indicator", rel, len(frame), is_sample=False)

    def index_results(self) -> None:
        rel = "reference/index_result.csv"
        cols = ["region", "province", "kind", "year", "score", "predicate", "rank", "rank_scope", "source"]
        f = _read_csv(self.data_dir, rel, cols)
        for i, source in enumerate(f["source"]):
            if not source:
                raise _bad(rel, i, "source", "setiap hasil resmi wajib punya sumber")
        frame = pd.DataFrame(
            {
                "region": f["region"],
                "province": f["province"],
                "kind": f["kind"],
                "year": _convert(f, rel, "year", int, "'{value}' bukan tahun"),
                "score": _convert(f, rel, "score", float, "'{value}' bukan angka skor"),
                "predicate": f["predicate"].replace("", None),
                "rank": _convert(f, rel, "rank", _int_or_none, "'{value}' bukan peringkat"),
                "rank_scope": f["rank_scope"].replace("", None),
                "source": f["source"],
            }
        )
        frame["load_id"] = self.record_load("reference", "index_result", rel, len(frame), is_sample=False)
        self.insert("index_result", frame)

    def targets(self) -> None:
        rel = "reference/target.csv"
        f = _read_csv(self.data_dir, rel, ["tahun", "skor_minimal", "cakupan_opd_minimal", "sumber"])
        frame = pd.DataFrame(
            {
                "year": _convert(f, rel, "tahun", int, "'{value}' bukan tahun"),
                "min_score": _convert(f, rel, "skor_minimal", _float_or_none, "'{value}' bukan angka"),
                "min_opd_coverage": _convert(
                    f, rel, "cakupan_opd_minimal", _float_or_none, "'{value}' bukan angka 0..1"
                ),
                "source": f["sumber"],
            }
        )
        self.insert("target", frame)
        self.record_load("reference", "target", rel, len(frame), is_sample=False)

    def create_models(self) -> None:
        create_models(self.con)

    # sample data ------------------------------------------------------------------------

    def sample(self) -> None:
        self._sample_innovations("sample/inovasi.csv")
        self._sample_spd("sample/spd.csv")

    def _opd_lookup(self) -> dict[str, str]:
        rows = self.con.execute(
            """
            select opd_id, lower(opd_id) from opd
            union all select opd_id, lower(name) from opd
            union all select opd_id, lower(short_name) from opd
            union all select opd_id, lower(alias) from opd_alias
            union all select opd_id, lower(name) from opd_name_period
            """
        ).fetchall()
        return {key: opd_id for opd_id, key in rows}

    def _sample_innovations(self, rel: str) -> None:
        sid_codes = [
            r[0] for r in self.con.execute("select code from sid_indicator order by ordinal").fetchall()
        ]
        f = _read_csv(self.data_dir, rel, [*INNOVATION_COLUMNS, *sid_codes])
        lookup = self._opd_lookup()

        def opd_id(raw: str) -> str:
            return lookup[raw.lower()]

        load_id = self.record_load("sample", "innovation", rel, len(f), is_sample=True)
        first_id = self.con.execute("select coalesce(max(innovation_id), 0) + 1 from innovation").fetchall()[
            0
        ][0]
        ids = list(range(first_id, first_id + len(f)))
        frame = pd.DataFrame(
            {
                "innovation_id": ids,
                "year": _convert(f, rel, "tahun", int, "'{value}' bukan tahun"),
                "opd_id": _convert(f, rel, "opd", opd_id, "OPD '{value}' tidak dikenal"),
                "name": f["nama_inovasi"],
                "unit": f["unit"].replace("", None),
                "jenis": f["jenis"].str.lower(),
                "bentuk": f["bentuk"].str.lower(),
                "tahapan": f["tahapan"].str.lower(),
                "inisiator": f["inisiator"].str.lower(),
                "urusan": f["urusan"],
                "trial_date": _convert(
                    f, rel, "tanggal_uji_coba", _date_or_none, "'{value}' bukan tanggal (YYYY-MM-DD)"
                ),
                "launch_date": _convert(
                    f, rel, "tanggal_penerapan", _date_or_none, "'{value}' bukan tanggal (YYYY-MM-DD)"
                ),
                "description": f["deskripsi"].replace("", None),
                "has_change": _convert(f, rel, "perubahan", _yes_no, "'{value}' bukan ya/tidak"),
                "has_measured_impact": _convert(
                    f, rel, "dampak_terukur", _yes_no, "'{value}' bukan ya/tidak"
                ),
                "has_new_method": _convert(f, rel, "metode_baru", _yes_no, "'{value}' bukan ya/tidak"),
                "has_collaboration": _convert(f, rel, "kolaborasi", _yes_no, "'{value}' bukan ya/tidak"),
                "is_sample": True,
                "load_id": load_id,
            }
        )
        try:
            self.insert("innovation", frame)
        except duckdb.ConstraintException as exc:
            raise BuildError(f"Berkas {rel}: {exc}") from exc
        evidence = []
        for code in sid_codes:
            levels = _convert(f, rel, code, _level, _level_reason())
            evidence.extend((iid, code, lvl) for iid, lvl in zip(ids, levels, strict=True) if lvl > 0)
        self.insert(
            "innovation_evidence",
            pd.DataFrame(evidence, columns=["innovation_id", "indicator_code", "level"]),
        )
        self.rows += len(evidence)

    def _sample_spd(self, rel: str) -> None:
        f = _read_csv(self.data_dir, rel, ["tahun", "indikator", "tingkat"])
        load_id = self.record_load("sample", "spd_evidence", rel, len(f), is_sample=True)
        frame = pd.DataFrame(
            {
                "year": _convert(f, rel, "tahun", int, "'{value}' bukan tahun"),
                "indicator_code": f["indikator"],
                "level": _convert(f, rel, "tingkat", _level, _level_reason()),
                "is_sample": True,
                "load_id": load_id,
            }
        )
        try:
            self.insert("spd_evidence", frame)
        except duckdb.ConstraintException as exc:
            raise BuildError(f"Berkas {rel}: {exc}") from exc


def create_models(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the staging views and marts, in dependency order."""
    for name in MODELS:
        body = (SQL_DIR / "models" / f"{name}.sql").read_text(encoding="utf-8")
        con.execute(f"create or replace view {name} as\n{body}")


def _count_imports(path: Path) -> int | None:
    """How many imports the database holds; None when the file cannot be read (damaged, no permission)."""
    try:
        with connection(path) as con:
            return con.execute("select count(*) from data_load where kind = 'import'").fetchall()[0][0]
    except (DatabaseError, duckdb.Error):
        return None


def _beside(target: Path, tag: str) -> Path:
    """A new name beside the database for a kept copy: `<db>.<tag>-<date>-<time>`, never an existing one."""
    stamp = f"{dt.datetime.now():%Y%m%d-%H%M%S}"
    candidate = target.with_name(f"{target.name}.{tag}-{stamp}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = target.with_name(f"{target.name}.{tag}-{stamp}-{n}")
    return candidate


def _backup(target: Path) -> Path:
    """Copy the database to `<db>.bak-<date>-<time>`: written under a temp name, fsynced, renamed.

    A process killed while copying leaves only the temp file (`.<db>.build-<pid>.bak`, removed by
    the next writer), never a truncated `.bak-*` that looks like a backup but cannot be opened.
    """
    tmp = target.with_name(f".{target.name}.build-{os.getpid()}.bak")
    return write_atomically(_beside(target, "bak"), lambda into: shutil.copy2(target, into), tmp=tmp)


def _set_aside(target: Path) -> Path:
    """Keep a database file that cannot be read as `<db>.rusak-<date>-<time>` before replacing it.

    It may hold imported data that a permission fix or an expert could still recover, so a rebuild
    must not destroy it. A hard link keeps the database at its path until the new one is swapped in;
    where links are not allowed, a rename.
    """
    aside = _beside(target, "rusak")
    try:
        os.link(target, aside)
    except OSError:
        os.rename(target, aside)
    return aside


def build(
    path: str | os.PathLike[str] | None = None,
    *,
    include_sample: bool = True,
    data_dir: Path = DATA_DIR,
    force: bool = False,
    loaded_by: str | None = None,
) -> BuildReport:
    """Build the database from data/ into a new file and swap it in atomically.

    A database that holds imported (non-file) data is not replaced unless `force`; then the old
    file is first copied to a backup beside it.
    """
    started = time.perf_counter()
    target = db_path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BuildError(
            t("build.failed", reason=f"folder {target.parent} tidak dapat dibuat ({os_reason(exc)})")
        ) from exc
    # the same writer lock as imports and undo: a build never swaps the file under an import
    with write_lock(target):
        return _build_locked(target, include_sample, Path(data_dir), force, loaded_by, started)


def _build_locked(
    target: Path,
    include_sample: bool,
    data_dir: Path,
    force: bool,
    loaded_by: str | None,
    started: float,
) -> BuildReport:
    if target.exists() and not target.is_file():
        raise BuildError(t("db.not_a_file", path=target))
    backup = set_aside = None
    n_imports = _count_imports(target) if target.exists() else 0
    if n_imports and not force:
        raise BuildError(t("db.has_imports", path=target, n=fmt_number(n_imports)))
    tmp = target.with_name(f".{target.name}.build-{os.getpid()}")
    remove_copy(tmp)
    try:
        con = connect(tmp, read_only=False)  # the one factory; a new file, so nothing else holds it
        try:
            loader = _Loader(con, data_dir, loaded_by or _user())
            with one_transaction(con):
                con.execute((SQL_DIR / "schema.sql").read_text(encoding="utf-8"))
                for run in _steps(loader, include_sample):
                    run()
        finally:
            con.close()
        _check(tmp)
        if n_imports is None and target.is_file():
            set_aside = _set_aside(target)
        elif n_imports and force:
            backup = _backup(target)
        swap_in(tmp, target)
    except BuildError:
        raise
    except OSError as exc:
        raise BuildError(t("build.failed", reason=os_reason(exc))) from exc
    except (DatabaseError, duckdb.Error, ValueError, KeyError) as exc:
        raise BuildError(t("build.failed", reason=str(exc).strip().splitlines()[0])) from exc
    finally:
        remove_copy(tmp)
    return BuildReport(target, loader.rows, time.perf_counter() - started, backup, set_aside)


def _steps(loader: _Loader, include_sample: bool) -> list[Callable[[], None]]:
    """What a build loads, in order: reference data, the sample data if asked for, the models."""
    steps = [loader.kecamatan, loader.opd, loader.indicators, loader.index_results, loader.targets]
    if include_sample:
        steps.append(loader.sample)
    steps.append(loader.create_models)
    return steps


def _check(path: Path) -> None:
    """Data tests on the freshly built file (before it replaces anything)."""
    with connection(path) as con:
        for model in MODELS:
            con.execute(f"select count(*) from {model}").fetchall()[0]
        dup = con.execute(
            "select count(*) from (select year, opd_id, name from innovation group by all having count(*) > 1)"
        ).fetchall()[0][0]
        if dup:
            raise BuildError("data rusak: ada inovasi ganda (tahun, OPD, nama)")
        orphans = con.execute(
            "select count(*) from innovation_evidence e anti join innovation i using (innovation_id)"
        ).fetchall()[0][0]
        if orphans:
            raise BuildError("data rusak: bukti tanpa inovasi")


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


# ----------------------------------------------------------------------------- describing


def info(path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """What the database holds: tables and row counts, years, OPD counts, official results."""
    p = db_path(path)
    with connection(p) as con:
        tables = [
            r[0]
            for r in con.execute(
                "select table_name from information_schema.tables "
                "where table_schema = 'main' and table_type = 'BASE TABLE' order by table_name"
            ).fetchall()
        ]
        counts = {name: con.execute(f'select count(*) from "{name}"').fetchall()[0][0] for name in tables}
        years = [r[0] for r in con.execute("select year from stg_year order by year").fetchall()]
        opd_count, kec_count = con.execute(
            "select count(*), count(*) filter (where kind = 'kecamatan') from opd"
        ).fetchall()[0]
        results = con.execute(
            "select region, year, score::double, predicate, rank, rank_scope, source "
            "from index_result order by region = 'Kabupaten Pati' desc, region, year"
        ).fetchall()
        sample_rows = con.execute(
            "select (select count(*) from innovation where is_sample) "
            "+ (select count(*) from spd_evidence where is_sample)"
        ).fetchall()[0][0]
        loads = con.execute("select count(*), max(loaded_at) from data_load").fetchall()[0]
        summary = con.execute(
            "select year, n_innovations, n_opd_with_innovation, n_opd, opd_coverage, share_digital, "
            "has_sample from mart_year_summary order by year"
        ).fetchall()
    return {
        "database": str(p),
        "tables": counts,
        "years": years,
        "opd_count": opd_count,
        "kecamatan_count": kec_count,
        "sample_rows": sample_rows,
        "loads": loads[0],
        "last_loaded_at": loads[1].isoformat() if loads[1] else None,
        "year_summary": [
            {
                "year": r[0],
                "n_innovations": r[1],
                "n_opd_with_innovation": r[2],
                "n_opd": r[3],
                "opd_coverage": r[4],
                "share_digital": r[5],
                "is_sample": r[6],
            }
            for r in summary
        ],
        "official_results": [
            {
                "region": r[0],
                "year": r[1],
                "score": r[2],
                "predicate": r[3],
                "rank": r[4],
                "rank_scope": r[5],
                "source": r[6],
            }
            for r in results
        ],
    }


def relative(path: Path) -> str:
    """A path shown relative to the project where it lies inside it."""
    try:
        return str(path.resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return str(path)
