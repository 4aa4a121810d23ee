"""analytics.vocabulary is the one home of the allowed values: the schema's checks, the importer's
accepted values, the template's dropdowns and the dashboard's filter options all agree with it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import duckdb
import pytest

from analytics import charts, importer, methods, vocabulary
from analytics.db import SQL_DIR
from analytics.methods import MethodError
from analytics.text import LABELS
from tests.test_template import build_template, validations
from ui import filters

# The schema's check of each coded column, and the vocabulary it must equal.
CODED_COLUMNS = {
    ("innovation", "jenis"): vocabulary.JENIS,
    ("innovation", "bentuk"): vocabulary.BENTUK,
    ("innovation", "tahapan"): vocabulary.TAHAPAN,
    ("innovation", "inisiator"): vocabulary.INISIATOR,
    ("opd", "kind"): vocabulary.OPD_KINDS,
    ("index_result", "kind"): vocabulary.REGION_KINDS,
}


@pytest.fixture(scope="module")
def schema_checks() -> dict[str, list[str]]:
    """The CHECK constraints of schema.sql as DuckDB reads them, by table."""
    con = duckdb.connect()
    try:
        con.execute((SQL_DIR / "schema.sql").read_text(encoding="utf-8"))
        rows = con.execute(
            "select table_name, constraint_text from duckdb_constraints() where constraint_type = 'CHECK'"
        ).fetchall()
    finally:
        con.close()
    checks: dict[str, list[str]] = {}
    for table, text in rows:
        checks.setdefault(table, []).append(text)
    return checks


def _in_list(checks: list[str], column: str) -> set[str]:
    for text in checks:
        found = re.search(rf"\"?\b{column}\"? IN \((.*?)\)\)", text, re.I)
        if found:
            return set(re.findall(r"'([^']*)'", found.group(1)))
    raise AssertionError(f"no IN check on {column}: {checks}")


def _between(checks: list[str], column: str) -> tuple[int, int]:
    for text in checks:
        found = re.search(rf"\"?\b{column}\"? BETWEEN (\d+) AND (\d+)", text, re.I)
        if found:
            return int(found.group(1)), int(found.group(2))
    raise AssertionError(f"no BETWEEN check on {column}: {checks}")


@pytest.mark.parametrize(("table", "column"), list(CODED_COLUMNS), ids=[f"{t}.{c}" for t, c in CODED_COLUMNS])
def test_schema_checks_are_the_vocabulary(schema_checks, table: str, column: str) -> None:
    assert _in_list(schema_checks[table], column) == set(CODED_COLUMNS[table, column])


def test_schema_year_and_evidence_checks_are_the_vocabulary(schema_checks) -> None:
    assert _between(schema_checks["innovation"], "year") == (vocabulary.FIRST_YEAR, vocabulary.LAST_YEAR)
    levels = vocabulary.evidence_levels()
    for table in ("innovation_evidence", "spd_evidence"):
        assert _between(schema_checks[table], "level") == (levels[0], levels[-1])


def test_the_importer_accepts_the_vocabulary() -> None:
    assert importer.ALLOWED == vocabulary.ALLOWED
    assert importer.CHOICES == vocabulary.SPELLINGS
    assert (importer.YES, importer.NO) == (vocabulary.YES_WORDS, vocabulary.NO_WORDS)
    for choice, codes in vocabulary.ALLOWED.items():
        assert [importer.read_choice(code, choice) for code in codes] == list(codes)
    levels = vocabulary.evidence_levels()
    assert [importer.read_level(level) for level in levels] == list(levels)
    with pytest.raises(importer.BadValue):
        importer.read_level(levels[-1] + 1)
    first, last = vocabulary.FIRST_YEAR, vocabulary.last_entry_year()
    assert (importer.read_year(first), importer.read_year(last)) == (first, last)
    for outside in (first - 1, last + 1):
        with pytest.raises(importer.BadValue):
            importer.read_year(outside)
    assert importer.read_bool(vocabulary.YES) is True and importer.read_bool(vocabulary.NO) is False


def test_every_spelling_names_an_allowed_code_and_every_code_spells_itself() -> None:
    for choice, spellings in vocabulary.SPELLINGS.items():
        assert set(spellings.values()) == set(vocabulary.ALLOWED[choice]), choice
        for code in vocabulary.ALLOWED[choice]:
            assert spellings[importer.norm_key(code)] == code


def test_every_code_has_a_label_that_reads_back_as_the_code() -> None:
    for choice in ("jenis", "bentuk", "tahapan", "inisiator"):
        for code in vocabulary.ALLOWED[choice]:
            assert code in LABELS, code
            assert importer.read_choice(LABELS[code], choice) == code
    # and the catalogue labels nothing else: its list of values is the vocabulary's
    coded = (*vocabulary.JENIS, *vocabulary.BENTUK, *vocabulary.TAHAPAN, *vocabulary.INISIATOR)
    assert set(LABELS) == {*coded, *vocabulary.OPD_KINDS, *methods.PROVENANCES}


def test_template_dropdowns_are_the_vocabulary(built_db: Path) -> None:
    rules = "\n".join(validations(build_template(built_db, "inovasi")))
    for codes in (vocabulary.JENIS, vocabulary.BENTUK, vocabulary.TAHAPAN, vocabulary.INISIATOR):
        assert f'"{",".join(codes)}"' in rules
    assert f'"{vocabulary.YES},{vocabulary.NO}"' in rules
    assert f'"{",".join(str(level) for level in vocabulary.evidence_levels())}"' in rules
    year_rule = re.search(r'<dataValidation type="whole".*?</dataValidation>', rules, re.S)
    assert year_rule is not None
    bounds = re.findall(r"<formula\d>(\d+)</formula\d>", year_rule.group(0))
    assert bounds == [str(vocabulary.FIRST_YEAR), str(vocabulary.last_entry_year())]
    results = "\n".join(validations(build_template(built_db, "hasil")))
    for codes in (vocabulary.REGION_KINDS, vocabulary.PUBLISHED_PREDICATES):
        assert f'"{",".join(codes)}"' in results


def test_filter_options_are_the_vocabulary() -> None:
    assert (filters.ALL, *vocabulary.JENIS) == filters.JENIS_OPTIONS
    assert (filters.ALL, *vocabulary.TAHAPAN) == filters.TAHAPAN_OPTIONS


def test_charts_and_queries_use_the_vocabulary() -> None:
    assert set(vocabulary.JENIS) <= set(charts.COLOURS)
    counts = (SQL_DIR / "innovation_counts_by_attribute.sql").read_text(encoding="utf-8")
    schema = (SQL_DIR / "schema.sql").read_text(encoding="utf-8")
    for word, column in vocabulary.CRITERIA.items():
        assert f"'{word}'" in counts and f"filter (where {column})" in counts
        assert re.search(rf"^\s+{column}\s+boolean not null", schema, re.M), column


def test_last_entry_year_is_next_year() -> None:
    assert vocabulary.last_entry_year(dt.date(2026, 12, 1)) == 2027


def test_evidence_levels_are_the_method_files_levels() -> None:
    for m in methods.available_methods():
        assert vocabulary.evidence_levels() == range(m.level_min, m.level_max + 1)


def test_method_files_that_disagree_on_levels_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    first, *_ = methods.available_methods()
    other = dataclasses.replace(first, year=first.year + 1, level_max=first.level_max + 1)
    monkeypatch.setattr(methods, "available_methods", lambda: (first, other))
    vocabulary.evidence_levels.cache_clear()
    try:
        with pytest.raises(MethodError, match="tingkat bukti yang berbeda"):
            vocabulary.evidence_levels()
    finally:
        vocabulary.evidence_levels.cache_clear()
