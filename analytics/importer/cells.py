"""Cell readers: one spreadsheet cell into one stored value, or a `BadValue` that says why not.

Lenient on purpose (Indonesian and English spellings, dates typed in several ways, numbers typed
as text), and honest about it: `reading_of_*` says what a cell was taken as when that was an
interpretation, so the editor sees it before anything is saved (see `results.Reading`).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from analytics import vocabulary
from analytics.importer.vocabulary import ALLOWED, CHOICES, MONTH_NUMBERS, NO, YES, norm_key
from analytics.text import fmt_date, fmt_datetime, fmt_decimal, fmt_score, label, t

EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial day 0 of the 1900 date system (Lotus leap-year bug)


class BadValue(ValueError):
    """A cell that cannot be read; the message (Bahasa Indonesia) says why."""


def is_blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and value.strip() == ""


def show(value: Any) -> str:
    """A cell value as the user sees it in the spreadsheet, for messages and the preview.

    Never a Python repr: a logical cell is BENAR/SALAH (as Indonesian Excel shows it), a decimal
    has a comma, a date cell is written the Indonesian way.
    """
    if isinstance(value, bool):
        return t("import.cell.true") if value else t("import.cell.false")
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return fmt_decimal(value, grouping=False)
    if isinstance(value, dt.datetime):
        return fmt_datetime(value) if value.time() != dt.time() else fmt_date(value)
    if isinstance(value, dt.date):
        return fmt_date(value)
    text = str(value).strip()
    return text if len(text) <= 60 else text[:57] + "..."


def as_text(value: Any) -> str:
    """A cell read into a text column (stored): dates in ISO form, logical cells as BENAR/SALAH."""
    if isinstance(value, bool | float):
        return show(value)
    if isinstance(value, dt.datetime) and value.time() != dt.time():
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def as_int(value: Any) -> int:
    """A whole number, also when typed as text ('2', '2.0', '2,0')."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise BadValue(t("import.value.not_whole", value=show(value)))
    text = str(value).strip()
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    if re.fullmatch(r"[+-]?\d+[.,]0+", text):
        return int(re.split(r"[.,]", text)[0])
    raise BadValue(t("import.value.not_whole", value=show(value)))


def read_year(value: Any) -> int:
    try:
        year = as_int(value)
    except BadValue:
        raise BadValue(t("import.value.not_year", value=show(value))) from None
    first, last = vocabulary.FIRST_YEAR, vocabulary.last_entry_year()
    if not first <= year <= last:
        raise BadValue(t("import.value.year_range", value=show(value), first=first, last=last))
    return year


def read_level(value: Any) -> int:
    levels = vocabulary.evidence_levels()
    if is_blank(value):
        return levels[0]
    bad = BadValue(
        t(
            "import.value.not_level",
            value=show(value),
            levels=", ".join(map(str, levels[:-1])),
            last=levels[-1],
        )
    )
    try:
        level = as_int(value)
    except BadValue:
        raise bad from None
    if level not in levels:
        raise bad
    return level


def read_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower()
    if text in YES:
        return True
    if text in NO:
        return False
    raise BadValue(t("import.value.not_bool", value=show(value)))


def read_choice(value: Any, choice: str) -> str:
    key = norm_key(value)
    options = CHOICES[choice]
    if key in options:
        return options[key]
    compact = key.replace(" ", "")
    for option, code in options.items():
        if option.replace(" ", "") == compact:
            return code
    raise BadValue(t("import.value.not_choice", value=show(value), allowed="; ".join(ALLOWED[choice])))


def read_date(value: Any) -> dt.date:
    """ISO, dd/mm/yyyy (also - and .), Excel date cells and serial numbers, '13 Desember 2022'."""
    if isinstance(value, dt.datetime):
        result = value.date()
    elif isinstance(value, dt.date):
        result = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if not (isinstance(value, int) or float(value).is_integer()) or not 1 <= value <= 2958465:
            raise BadValue(t("import.value.not_date", value=show(value)))
        result = EXCEL_EPOCH + dt.timedelta(days=int(value))
    else:
        result = _parse_date_text(str(value).strip())
    last = dt.date.today().year + 5
    if not 1980 <= result.year <= last:
        raise BadValue(t("import.value.date_range", value=show(value), last=last))
    return result


def _parse_date_text(text: str) -> dt.date:
    bad = BadValue(t("import.value.not_date", value=show(text)))
    iso = re.fullmatch(
        r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?", text
    )
    dmy = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
    words = re.fullmatch(r"(\d{1,2})[\s\-/.]+([A-Za-z]+)\.?[\s\-/.,]+(\d{4})", text)
    try:
        if iso:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        if dmy:
            return dt.date(int(dmy[3]), int(dmy[2]), int(dmy[1]))
        if words:
            month = MONTH_NUMBERS.get(words[2].lower())
            if month is None:
                raise bad
            return dt.date(int(words[3]), month, int(words[1]))
        if re.fullmatch(r"\d{5}(?:\.0+)?", text):  # an Excel serial that became text in a CSV
            return read_date(float(text))
    except ValueError:
        raise bad from None
    raise bad


def read_score(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise BadValue(t("import.value.not_score", value=show(value)))
    text = repr(value) if isinstance(value, float) else str(value).strip().replace(",", ".")
    try:
        score = Decimal(text)
    except InvalidOperation:
        raise BadValue(t("import.value.not_score", value=show(value))) from None
    if not score.is_finite() or not 0 <= score <= 100:
        raise BadValue(t("import.value.not_score", value=show(value)))
    rounded = score.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if rounded != score:
        raise BadValue(t("import.value.score_decimals", value=show(value)))
    return rounded


def read_rank(value: Any) -> int:
    try:
        rank = as_int(value)
    except BadValue:
        raise BadValue(t("import.value.not_rank", value=show(value))) from None
    if rank < 1:
        raise BadValue(t("import.value.not_rank", value=show(value)))
    return rank


# ----------------------------------------------------------------------------- lenient readings
# What a cell was taken as, when that was an interpretation rather than the stored value or the
# template's own spelling (see Reading); None otherwise.


# The kinds of field whose cells can be read leniently (the others are read as written).
LENIENT_KINDS = frozenset({"choice", "bool", "date", "score", "region", "opd"})


def reading_of_choice(raw: Any, code: str) -> str | None:
    return _reading_of_choice(str(raw), code)


@functools.lru_cache(maxsize=4096)  # a column repeats a few spellings thousands of times
def _reading_of_choice(raw: str, code: str) -> str | None:
    written = norm_key(raw).replace(" ", "")
    if written in (norm_key(code).replace(" ", ""), norm_key(label(code)).replace(" ", "")):
        return None
    return label(code)


def reading_of_bool(raw: Any, value: bool) -> str | None:
    if isinstance(raw, bool) or str(raw).strip().lower() in ("ya", "tidak"):
        return None
    return t("import.cell.yes") if value else t("import.cell.no")


def reading_of_date(raw: Any, value: dt.date) -> str | None:
    if isinstance(raw, dt.datetime) and raw.time() == dt.time():
        return None
    if isinstance(raw, dt.date) and not isinstance(raw, dt.datetime):
        return None
    if isinstance(raw, str) and raw.strip().casefold() in (value.isoformat(), fmt_date(value).casefold()):
        return None
    return fmt_date(value)  # 13/12/2022 (day first), 13 Des 2022, an Excel serial number, a time


def reading_of_score(raw: Any, value: Decimal) -> str | None:
    # a score cell is a number; typed as text, "58.11" could be read either way in Indonesia
    return fmt_score(value) if isinstance(raw, str) and "." in raw else None
