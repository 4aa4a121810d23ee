"""The one registry of Indonesian number and date formats (analytics.formats, Babel id_ID)."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analytics import charts, formats, text


def _python_format(value: float, decimals: int) -> str:
    """What the hand-written formatter wrote before Babel: Python's rounding, then the marks swapped."""
    english = f"{value:,.{decimals}f}"
    return english.replace(",", "\0").replace(".", ",").replace("\0", ".")


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (58.11, 2, "58,11"),
        (1234567, 0, "1.234.567"),
        (1234567.5, 1, "1.234.567,5"),
        (2.675, 2, "2,67"),  # stored as 2.67499…: rounded as Python rounds, not as the text "2.675"
        (0.125, 2, "0,12"),  # an exact half goes to the even digit
        (-1234.5, 2, "-1.234,50"),
        (-0.0, 2, "-0,00"),  # as Python writes it; and formatted values are kept per sign:
        (0.0, 2, "0,00"),  # -0.0 == 0.0, yet the zero is not shown with the minus kept for -0.0
        (1e20, 0, "100.000.000.000.000.000.000"),
        (None, 2, "–"),
        (float("nan"), 2, "–"),
    ],
)
def test_number(value, decimals, expected) -> None:
    assert formats.number(value, decimals) == expected


# The deadline is off on purpose: the property is about rounding, and a loaded machine must not
# turn a slow example into a failure.
@settings(deadline=None, max_examples=300)
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15), st.integers(0, 3))
def test_number_reads_as_python_rounds_it(value: float, decimals: int) -> None:
    assert formats.number(value, decimals) == _python_format(value, decimals)


def test_the_named_formats() -> None:
    assert formats.score(58.1) == "58,10"
    assert formats.quantity(1234) == "1.234"
    assert formats.quantity(12.5) == "12,50"
    assert formats.decimal(1234567.5) == "1.234.567,5"
    assert formats.decimal(2.125) == "2,125"  # every decimal it has, nothing rounded away
    assert formats.decimal(12.0) == "12"
    assert formats.decimal(2023.0, grouping=False) == "2023"  # a typed year quoted back
    assert formats.decimal(1234.5, grouping=False) == "1234,5"
    assert formats.percent(0.452) == "45 %"
    assert formats.percent(0.4567, 1) == "45,7 %"
    assert formats.signed(5.11) == "+5,11"
    assert formats.signed(-2) == "−2,00"
    assert formats.signed(0) == "±0,00"
    assert formats.megabytes(20 * 1024 * 1024) == "20,0"
    assert formats.kilobytes(1_263_616) == "1.234"
    for missing in (None, float("nan")):
        for fmt in (formats.score, formats.quantity, formats.decimal, formats.percent, formats.signed):
            assert fmt(missing) == formats.MISSING


def test_dates() -> None:
    assert formats.date(dt.date(2022, 12, 13)) == "13 Desember 2022"
    assert formats.date(pd.Timestamp("2024-07-01 23:30")) == "1 Juli 2024"
    assert formats.date_time(dt.datetime(2022, 12, 13, 9, 30, 59)) == "13 Desember 2022 09.30"
    assert formats.date_time(pd.Timestamp("2022-12-13 17:05")) == "13 Desember 2022 17.05"
    # Babel would format *today* for None; a missing date must say it is missing
    for missing in (None, pd.NaT, "2022-12-13", 20221213):
        assert formats.date(missing) == formats.MISSING
        assert formats.date_time(missing) == formats.MISSING
    assert formats.date_time(dt.date(2022, 12, 13)) == formats.MISSING  # a day has no time to show
    assert formats.MONTHS[0] == "Januari" and formats.MONTHS[-1] == "Desember" and len(formats.MONTHS) == 12


@pytest.mark.parametrize(
    ("typed", "number"),
    [("62,5", 62.5), ("1.234.567,5", 1234567.5), ("1.000", 1000.0), ("62.5", 62.5), ("−3,5", -3.5)],
)
def test_parse_decimal(typed: str, number: float) -> None:
    assert formats.parse_decimal(typed) == number


@pytest.mark.parametrize("typed", ["1e2", "nan", "inf", "62,", "1.23,4", "62,5,1", "", None])
def test_parse_decimal_refuses_what_is_not_a_typed_number(typed) -> None:
    # Babel alone would read "1e2", "nan" and "inf"
    assert formats.parse_decimal(typed) is None


@settings(deadline=None, max_examples=200)
@given(st.floats(min_value=0, max_value=1e9, allow_nan=False))
def test_parse_decimal_reads_back_what_score_writes(value: float) -> None:
    assert math.isclose(formats.parse_decimal(formats.score(value)), round(value, 2), rel_tol=1e-12)


def test_outputs_that_format_numbers_themselves_take_their_marks_from_here() -> None:
    assert formats.PLOTLY_SEPARATORS == ",."
    assert charts.THEME.layout.separators == formats.PLOTLY_SEPARATORS
    assert formats.EXCEL_SCORE == "0.00"  # Excel's neutral notation: shown as 58,11 in Indonesian Excel


def test_text_re_exports_the_registry() -> None:
    # callers keep writing text.fmt_score & co.; there is one implementation behind the names
    assert text.fmt_score is formats.score
    assert text.fmt_number is formats.number
    assert text.fmt_date is formats.date
    assert text.fmt_datetime is formats.date_time
    assert text.parse_decimal is formats.parse_decimal
    assert text.MONTHS == formats.MONTHS
