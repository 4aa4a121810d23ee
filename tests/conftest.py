"""Shared fixtures: a database built once per test session from the bundled data, in a temp dir."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from analytics import build as builder
from ui.server import navigation_only

ROOT = Path(__file__).resolve().parent.parent

# Hypothesis fails an example that runs longer than its deadline (200 ms by default). On a loaded
# machine that says something about the machine, not the code (tests/test_progress.py failed so
# once), so no property test here has a deadline; how many examples each runs stays its own choice.
settings.register_profile("dasbor", deadline=None)
settings.load_profile("dasbor")


@pytest.fixture(scope="session", autouse=True)
def _navigation_only() -> Iterator[None]:
    """AppTest runs the app as the server does: st.navigation only, pages/ never auto-discovered."""
    undo = navigation_only()
    yield
    undo()


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database built from data/ (reference + sample). Tests must not write to it."""
    path = tmp_path_factory.mktemp("db") / "inovasi.duckdb"
    builder.build(path)
    return path


@pytest.fixture(scope="session")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database built with --no-sample: reference data and official results, no innovations.
    Tests must not write to it."""
    path = tmp_path_factory.mktemp("empty") / "inovasi.duckdb"
    builder.build(path, include_sample=False)
    return path


@pytest.fixture
def db_copy(built_db: Path, tmp_path: Path) -> Path:
    """A private, writable copy of the built database."""
    path = tmp_path / "inovasi.duckdb"
    shutil.copy2(built_db, path)
    return path


@pytest.fixture
def env_db(built_db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point INOVASI_DB at the session database."""
    monkeypatch.setenv("INOVASI_DB", str(built_db))
    return built_db


def pytest_report_header(config: pytest.Config) -> str:
    return f"INOVASI_DB={os.environ.get('INOVASI_DB', '(default)')}"
