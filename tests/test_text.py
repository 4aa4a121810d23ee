"""Indonesian formats from the one catalogue."""

from __future__ import annotations

import ast
import datetime as dt
import string
from pathlib import Path

import pandas as pd
import pytest

from analytics import text


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [(58.11, 2, "58,11"), (1234567.5, 1, "1.234.567,5"), (60, 0, "60"), (0.005, 2, "0,01"), (None, 2, "–")],
)
def test_fmt_number(value, decimals, expected) -> None:
    assert text.fmt_number(value, decimals) == expected


def test_fmt_date_and_missing() -> None:
    assert text.fmt_date(dt.date(2022, 12, 13)) == "13 Desember 2022"
    assert text.fmt_date(dt.datetime(2024, 7, 1, 9, 30)) == "1 Juli 2024"
    assert text.fmt_date(None) == "–"
    assert text.fmt_date(pd.NaT) == "–"


def test_percent_and_signed() -> None:
    assert text.fmt_percent(0.452) == "45 %"
    assert text.fmt_percent(0.4567, 1) == "45,7 %"
    assert text.fmt_signed(5.11) == "+5,11"
    assert text.fmt_signed(-2) == "−2,00"


def test_catalogue_fills_placeholders() -> None:
    assert "/x.duckdb" in text.t("db.missing", path="/x.duckdb")
    with pytest.raises(KeyError):
        text.t("no.such.key")


def test_source_label_shows_the_stored_english_notes_in_indonesian():
    import csv

    from analytics.text import MISSING, source_label

    assert source_label("5news.co.id, 14 Dec 2022") == "5news.co.id, 14 Des 2022"
    assert source_label("press report of IID 2023") == "pemberitaan pers tentang IID 2023"
    assert source_label("kabupaten nasional (of 415)") == "kabupaten nasional (dari 415)"
    assert source_label(None) == MISSING
    # no English word of the stored sources is left on screen
    english = ("reported", " and ", " of ", "press", "rated", "outlet", " Dec ")
    with open("data/reference/index_result.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for value in (row["source"], row["rank_scope"]):
                shown = f" {source_label(value)} "
                assert not any(word in shown for word in english), shown


# --- values that live in configuration are named, not typed ---------------------------------------


def test_evidence_levels_in_sentences_come_from_the_method_files(monkeypatch: pytest.MonkeyPatch) -> None:
    from analytics import vocabulary

    assert text.t("chart.evidence.none").endswith("(semua tingkat 0)")
    assert "(0 = tidak ada bukti, 1 sampai 3)" in text.t("import.col.level", name="Regulasi")
    assert "tingkat bukti 0 sampai 3 (0 atau kosong" in text.t("import.template.notes_inovasi")
    # a method file with a fourth level changes every sentence that names the levels
    monkeypatch.setattr(vocabulary, "evidence_levels", lambda: range(0, 5))
    assert "(0 = tidak ada bukti, 1 sampai 4)" in text.t("import.col.level_mandatory", name="Regulasi")
    assert "tingkat bukti 0 sampai 4" in text.t("import.template.notes_inovasi")
    assert text.t("page.data.evidence_caption").startswith("Tingkat 0 = belum ada bukti, 1–4 = ")


def test_import_limits_in_sentences_come_from_the_importer(monkeypatch: pytest.MonkeyPatch) -> None:
    from analytics import importer

    assert "batasnya 20 MB" in text.t("import.file.too_big", file="a.xlsx", mb="25,0")
    assert "20 MB dan 200.000 baris" in text.t("import.template.notes_inovasi")
    monkeypatch.setattr(importer, "MAX_ROWS", 50_000)
    assert "(cukup untuk 50.000 baris)" in text.t("import.file.zip_too_big", file="a", size="9", max="8")
    # a caller's own value wins (a check run with a smaller limit says that limit)
    assert "cukup untuk 10 baris" in text.t(
        "import.file.zip_too_big", file="a", size="9", max="8", max_rows="10"
    )


def test_no_sentence_types_a_configured_value() -> None:
    typed = ("0, 1, 2 atau 3", "0–3", "1–3", "0 sampai 3", "1 sampai 3", "200.000", "20 MB", "60,01", "100 %")
    # "0 % atau 100 %" says what a share can be for a single OPD: arithmetic, not configuration
    arithmetic = {"page.partisipasi.coverage_one"}
    # the examples of how to type a score ("contoh: 60,01") are examples, not the goal
    examples = {"score.cli.bad_number"}
    found = [
        (key, value)
        for key, sentence in text.TEXT.items()
        if key not in arithmetic | examples
        for value in typed
        if value in sentence
    ]
    assert found == []


# --- every placeholder of a call is given (keys exist and are used: tests/test_text_keys.py) ------------

ROOT = Path(__file__).resolve().parent.parent
CODE = [
    p
    for folder in ("analytics", "ui", "pages")
    for p in sorted((ROOT / folder).rglob("*.py"))
    if p.name != "text.py"
] + [ROOT / "dashboard.py"]


def _trees():
    return [(p, ast.parse(p.read_text(encoding="utf-8"))) for p in CODE]


def _literal_calls():
    """(file, line, key, keyword names) of every t("literal", ...) call."""
    for path, tree in _trees():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "t"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                names = {k.arg for k in node.keywords}
                if any(k.arg is None for k in node.keywords):  # t(key, **values): names unknown
                    names = None
                yield path.name, node.lineno, node.args[0].value, names


def test_every_placeholder_of_a_call_is_given() -> None:
    """t("kpi.coverage.help") once showed "Sasaran: {goal}." on a page: a placeholder nobody filled."""
    unfilled = []
    for f, line, key, names in _literal_calls():
        if names is None or key not in text.TEXT:
            continue
        wanted = {n for _, n, _, _ in string.Formatter().parse(text.TEXT[key]) if n}
        if wanted - names - set(text.CONFIG_VALUES):
            unfilled.append((f, line, key, sorted(wanted - names - set(text.CONFIG_VALUES))))
    assert unfilled == []
