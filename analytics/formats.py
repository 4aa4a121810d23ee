"""Indonesian number and date formats: the one registry every output takes them from.

The pages, the charts' own labels, the PDF and HTML handouts, importer messages and the CLI write
numbers and dates with these functions (`analytics.text` re-exports them as `fmt_*`, beside the
words). They are Babel's formats for the locale id_ID, with the project's choices written down
here once:

    number(1234567.5, 1)  1.234.567,5     score(58.1)        58,10 (two decimals)
    number(1234567)       1.234.567       decimal(2.125)     2,125 (as many decimals as it has)
    percent(0.452)        45 %            signed(-2)         −2,00
    date(d)               13 Desember 2022
    date_time(t)          13 Desember 2022 09.30
    megabytes(n)          1,5 (with "MB" in the sentence)

Two outputs format numbers themselves and take their settings from here: plotly charts
(`PLOTLY_SEPARATORS` in the chart theme; ticks and hovers stay d3 format strings) and Excel cells
(`EXCEL_*` number formats: Excel keeps the number and shows it in the reader's own separators).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from decimal import ROUND_HALF_EVEN, Context, Decimal, localcontext
from typing import Any

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import (
    NumberPattern,
    format_decimal,
    get_decimal_symbol,
    get_group_symbol,
    parse_pattern,
)
from babel.numbers import parse_decimal as _parse_decimal

LOCALE = Locale.parse("id_ID")
MISSING = "–"  # a value that is not there: an en dash, never "nan" or "None"
SCORE_DECIMALS = 2  # index scores are published with two decimals: 58,11

DATE_PATTERN = "d MMMM y"  # 13 Desember 2022
DATE_TIME_PATTERN = "d MMMM y HH.mm"  # 13 Desember 2022 09.30: Indonesian writes a dot in clock times
MONTHS: tuple[str, ...] = tuple(LOCALE.months["format"]["wide"][m] for m in range(1, 13))

DECIMAL_SYMBOL = get_decimal_symbol(LOCALE)  # ","
GROUP_SYMBOL = get_group_symbol(LOCALE)  # "."
# plotly's `separators` layout setting: the decimal mark, then the thousands mark
PLOTLY_SEPARATORS = DECIMAL_SYMBOL + GROUP_SYMBOL

# Excel number formats are written in Excel's own neutral notation (a dot for the decimal mark);
# Excel shows them with the separators of the reader's locale, so an Indonesian Excel shows 58,11.
EXCEL_SCORE = "0." + "0" * SCORE_DECIMALS
EXCEL_SHARE = "0%"
EXCEL_DATE = "[$-421]d mmmm yyyy"  # [$-421]: month names of the locale id-ID (LCID 0x0421)

# Rounding happens on the exact binary value of a float, as Python's own `f"{x:.2f}"` does, so a
# number reads the same here as in any other Python output: 2.675 is 2,67 (it is stored as
# 2.67499…), 0.125 is 0,12 (half to even). Babel would round the shortest decimal string of the
# float instead ("2.675" -> 2,68). The precision is high enough for any float's exact value.
_EXACT = Context(prec=1_100, rounding=ROUND_HALF_EVEN)


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(math.isnan(value))
    except TypeError:
        return False


@functools.cache
def _fixed(decimals: int) -> NumberPattern:
    return parse_pattern("#,##0" + ("." + "0" * decimals if decimals else ""))


# Babel takes some 20 µs a number where an f-string took 2; tables and charts format the same few
# values (counts, years, scores, dates) over and over, so formatted values are kept. The sign is part
# of the key because -0.0 == 0.0 (and Python writes -0.00).
@functools.lru_cache(maxsize=16_384)
def _number(value: float, decimals: int, _negative: bool) -> str:
    with localcontext(_EXACT):
        return format_decimal(Decimal(value), format=_fixed(decimals), locale=LOCALE)


def number(value: Any, decimals: int = 0) -> str:
    """A number with `decimals` decimals, thousands grouped: 1.234.567 / 1.234,56."""
    if _is_missing(value):
        return MISSING
    value = float(value)
    return _number(value, decimals, math.copysign(1.0, value) < 0)


def score(value: Any) -> str:
    """An index score (or points of one) with two decimals: 58,11."""
    return number(value, SCORE_DECIMALS)


def quantity(value: Any) -> str:
    """A table cell's number: whole numbers without decimals (1.234), others as a score (12,50)."""
    if _is_missing(value):
        return MISSING
    return number(value, 0 if float(value).is_integer() else SCORE_DECIMALS)


def decimal(value: Any, *, grouping: bool = True) -> str:
    """A number with all the decimals it has (the shortest that reads back the same), as someone
    typed it: 1.234.567,5 / 2,125 / 12. Without grouping for a cell quoted back as it was typed
    (a year 2023 must not read 2.023)."""
    if _is_missing(value):
        return MISSING
    with localcontext(_EXACT):
        return format_decimal(value, locale=LOCALE, decimal_quantization=False, group_separator=grouping)


def percent(share: Any, decimals: int = 0) -> str:
    """A share (0..1) as a percentage: 0.452 -> '45 %' (the project writes a space before %)."""
    if _is_missing(share):
        return MISSING
    return f"{number(float(share) * 100, decimals)} %"


def signed(value: Any, decimals: int = 2) -> str:
    """A change with its sign: +5,11 / −2,00 / ±0,00 (a true minus sign, U+2212)."""
    if _is_missing(value):
        return MISSING
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    return f"{sign}{number(abs(value), decimals)}"


def megabytes(size: float) -> str:
    """A file size in bytes as megabytes with one decimal (the sentence says 'MB'): 1,5."""
    return number(size / 1024 / 1024, 1)


def kilobytes(size: float) -> str:
    """A file size in bytes as whole kilobytes (the sentence says 'kB'): 1.234."""
    return number(size / 1024)


@functools.lru_cache(maxsize=16_384)
def _date(day: dt.date) -> str:
    return format_date(day, DATE_PATTERN, locale=LOCALE)


def date(value: dt.date | dt.datetime | None) -> str:
    """A long date: 13 Desember 2022 (a datetime shows its day; missing values, NaT too, give '–')."""
    # Babel formats *today* for None, so anything that is not a date is answered here
    if not isinstance(value, dt.date):
        return MISSING
    try:
        return _date(dt.date(value.year, value.month, value.day))
    except (TypeError, ValueError):  # pandas' NaT is a datetime without a day
        return MISSING


def date_time(value: dt.datetime | None) -> str:
    """A moment to the minute: 13 Desember 2022 09.30 (as stored: no time zone is applied)."""
    if not isinstance(value, dt.datetime):
        return MISSING
    try:
        return format_datetime(value, DATE_TIME_PATTERN, locale=LOCALE)
    except ValueError:
        return MISSING


# What people type: "62,5", "60,01", "1.234,5" (dot groups of three digits), or the dot decimal
# "62.5" of older links and other software. Digits only: Babel (like Python's float) would also
# read "1e2", "nan" and "inf", which no one means as a score.
_INDONESIAN = re.compile(r"[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?")
_DOT_DECIMAL = re.compile(r"[+-]?\d+\.\d+")


def parse_decimal(text: str | None) -> float | None:
    """The number in `text` written the Indonesian way (comma decimal, dot thousands), or a plain
    dot decimal; None when it is not a number (the caller says so in its own words).
    "62,5" -> 62.5, "1.234,5" -> 1234.5, "1.000" -> 1000.0, "62.5" -> 62.5."""
    if text is None:
        return None
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", str(text)).replace("\u2212", "-")
    if _INDONESIAN.fullmatch(cleaned):
        return float(_parse_decimal(cleaned, locale=LOCALE))
    if _DOT_DECIMAL.fullmatch(cleaned):
        return float(cleaned)
    return None
