"""Cached access to the database for the UI: one connection per database file version.

The connection itself comes from the one factory, `analytics.db.connect`; this module only caches
it (`st.cache_resource`) keyed on the file's signature, so an import or rebuild that swaps the file
in is picked up on the next rerun. Query results are cached with `st.cache_data`, keyed on the same
signature and on hashable parameters only.

`database_problem()` shows a database that cannot be used to a viewer: what happened and how to
rebuild or restore it, naming the file by its name only (never the server's folders).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb
import pandas as pd
import streamlit as st

from analytics import briefing as briefing_model
from analytics import build as builder
from analytics import db, scoring
from analytics.methods import MethodError, available_methods, method_for_year
from analytics.scope import Scope
from analytics.text import t

# What reading the database can raise when the file itself is the problem (see database_problem).
DATABASE_ERRORS = (db.DatabaseError, builder.BuildError, duckdb.Error)


def database_problem(exc: BaseException) -> None:
    """Show why the database cannot be used, in Bahasa Indonesia, without folder names."""
    message = db.hide_folders(str(exc)) if isinstance(exc, builder.BuildError) else str(db.unusable(exc))
    st.error(message, icon=":material/database:")


def ensure_database() -> tuple[str, int, int]:
    """Build the database from the bundled data when it is missing; return its signature."""
    path = db.db_path()
    if path.exists() and not path.is_file():
        raise db.database_error("db.not_a_file", path)
    if not path.is_file():
        with st.spinner(t("app.building_db")):
            builder.build(path)
    return db.file_signature(path)


@st.cache_resource(max_entries=2, show_spinner=False)
def _connection(signature: tuple[str, int, int]) -> duckdb.DuckDBPyConnection:
    return db.connect(signature[0], read_only=True)


def connection() -> duckdb.DuckDBPyConnection:
    """The read-only connection to the current database file."""
    return _connection(ensure_database())


@st.cache_data(max_entries=256, show_spinner=False)
def _query(signature: tuple[str, int, int], name: str, params: tuple[tuple[str, Any], ...]) -> pd.DataFrame:
    return db.query(_connection(signature), name, **dict(params))


def query(name: str, **params: Any) -> pd.DataFrame:
    """Cached result of analytics/sql/<name>.sql with the given (hashable) parameters."""
    return _query(ensure_database(), name, tuple(sorted(params.items())))


@st.cache_data(max_entries=4, show_spinner=False)
def _info(signature: tuple[str, int, int]) -> dict[str, Any]:
    return builder.info(signature[0])


def info() -> dict[str, Any]:
    return _info(ensure_database())


# ---------------------------------------------------------------------------------------------
# Index estimates and method bands (the scoring engine is plain Python; cached here per file)


@st.cache_data(max_entries=8, show_spinner=False)
def _estimates(signature: tuple[str, int, int]) -> tuple[dict[int, Any], str | None]:
    try:
        return {e.year: e for e in scoring.estimate_years(_connection(signature))}, None
    except scoring.ScoringError:
        # no evidence at all: years without an official result show "belum ada data"
        return {}, None
    except MethodError as exc:
        # an unusable method file: say so (the message names file and field), don't fail the page
        return {}, str(exc)


def estimates() -> dict[int, Any]:
    """The scoring engine's estimate (`analytics.scoring.Estimate`) of every year with data."""
    return _estimates(ensure_database())[0]


def estimates_error() -> str | None:
    """Why there are no estimates when a method file is unusable (Bahasa Indonesia), else None."""
    return _estimates(ensure_database())[1]


def bands(year: int | None) -> tuple[Any, ...]:
    """Predicate bands (highest first) of the method of `year` (the latest method if None)."""
    method = method_for_year(year) if year is not None else available_methods()[-1]
    return method.bands


# ---------------------------------------------------------------------------------------------
# The scoring engine's inputs of one year and what is made of them (Progres Skor's estimate
# sections, ui/score_sections.py): loaded once per file version, the plan once per target


@st.cache_data(max_entries=16, show_spinner=False)
def _year_data(signature: tuple[str, int, int], year: int) -> scoring.YearData:
    return scoring.load_year(_connection(signature), year)


def year_data(year: int) -> scoring.YearData:
    """The scoring engine's evidence of one assessment year."""
    return _year_data(ensure_database(), int(year))


@st.cache_data(max_entries=64, show_spinner=False)
def _plan(signature: tuple[str, int, int], year: int, target: float) -> scoring.Plan:
    return scoring.plan(_year_data(signature, year), target=target)


def plan(year: int, target: float) -> scoring.Plan:
    """The scoring engine's path from the year's evidence to `target`."""
    return _plan(ensure_database(), int(year), target)


@st.cache_data(max_entries=16, show_spinner=False)
def _official_result(signature: tuple[str, int, int], year: int) -> dict[str, Any] | None:
    return scoring.official_result(_connection(signature), year)


def official_result(year: int) -> dict[str, Any] | None:
    """The published result of `year` (`scoring.official_result`), or None."""
    return _official_result(ensure_database(), int(year))


@st.cache_data(max_entries=16, show_spinner=False)
def _gap_frames(
    signature: tuple[str, int, int], year: int
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    yd = _year_data(signature, year)
    return scoring.gaps(yd), scoring.gaps_by_opd(yd), scoring.gaps_by_innovation(yd)


def gap_frames(year: int) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The evidence gaps of `year`: by indicator, by OPD, by innovation (`scoring.gaps*`)."""
    return _gap_frames(ensure_database(), int(year))


# ---------------------------------------------------------------------------------------------
# The briefing model (analytics.briefing): one per year, filter and day, cached per file


@st.cache_data(max_entries=32, show_spinner=False)
def _briefing(
    signature: tuple[str, int, int], year: int, scope: Scope, today: dt.date
) -> briefing_model.Briefing:
    return briefing_model.build(_connection(signature), year, scope, made_on=today)


def briefing_for(year: int, scope: Scope) -> briefing_model.Briefing:
    """The briefing of `year` under `scope` (what Ringkasan, the slides and the handouts show)."""
    return _briefing(ensure_database(), int(year), scope, dt.date.today())


def briefing(f: Any) -> briefing_model.Briefing:
    """The briefing of the filters of this run (`ui.filters.Filters`)."""
    return briefing_for(f.year, f.scope)
