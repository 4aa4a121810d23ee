"""Indonesian formats from the one catalogue."""

from __future__ import annotations

import datetime as dt

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
