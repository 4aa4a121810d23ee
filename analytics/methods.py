"""Index method files: load one assessment year's method (analytics/methods/iid_<year>.toml) and validate it.

The rules of the Indeks Inovasi Daerah change between assessment years, and several of its numbers
are reconstructed from third-party code or are our own assumptions. So every number the scoring
engine uses lives in a method file with its provenance (official / reconstructed / assumption),
never in code. This module turns such a file into frozen dataclasses and refuses a file that is
inconsistent, with one Indonesian message naming the file and the field
("iid_2023.toml: sid.indicator[3].weight harus bilangan bulat ≥ 0"). Over 500 lines on purpose: most of it is the validation of each field of the file, one
message per mistake, next to the dataclass field it fills. Array positions in field
names count from 1, as a person reading the file counts. The format is described in docs/method.md.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from analytics.text import label, t
from analytics.vocabulary import FIRST_YEAR, LAST_YEAR

METHODS_DIR = Path(__file__).resolve().parent / "methods"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
PROVENANCES = ("official", "reconstructed", "assumption")
# The only scoring rule the engine implements; the file states it so a future rule change fails
# loudly instead of being scored with the wrong formula.
SCORE_RULE = "weight x level"
_CODE = re.compile(r"[a-z][a-z0-9_]*")
_FILE_NAME = re.compile(r"iid_\d{4}\.toml")
# Scores are banded at two decimals (the official bands are written 0.01 apart).
_BAND_STEP = 0.01


class MethodError(ValueError):
    """A method file that cannot be used; the message (Bahasa Indonesia) names the file and field."""


@dataclass(frozen=True)
class Indicator:
    """One indicator: a score of weight x evidence level."""

    code: str
    name: str
    weight: int
    mandatory: bool
    provenance: str


@dataclass(frozen=True)
class CountStep:
    """From `min_innovations` innovations on, the innovation-count score is `score`."""

    min_innovations: int
    score: float


@dataclass(frozen=True)
class Band:
    """A predicate and the (two-decimal) score range it covers, both ends included."""

    name: str
    min: float
    max: float


@dataclass(frozen=True)
class Method:
    """The index method of one assessment year, validated. Numbers carry their provenance."""

    year: int
    name: str
    description: str
    source: str
    path: Path
    level_min: int
    level_max: int
    levels_provenance: str
    max_total: float
    max_total_provenance: str
    divisor_min: int
    divisor_provenance: str
    max_maturity: float
    max_maturity_provenance: str
    sid_rule_provenance: str
    sid_indicators: tuple[Indicator, ...]
    spd_max: float
    spd_max_provenance: str
    spd_rule_provenance: str
    spd_indicators: tuple[Indicator, ...]
    count_max: float
    count_max_provenance: str
    count_steps_provenance: str
    count_steps: tuple[CountStep, ...]
    bands: tuple[Band, ...]  # highest band first
    bands_provenance: str

    # Derived arrays, computed once per method (cached_property writes the instance __dict__
    # directly, which a frozen dataclass allows). Read-only so no caller can change a method.
    @cached_property
    def sid_codes(self) -> tuple[str, ...]:
        return tuple(i.code for i in self.sid_indicators)

    @cached_property
    def spd_codes(self) -> tuple[str, ...]:
        return tuple(i.code for i in self.spd_indicators)

    @cached_property
    def sid_weights(self) -> np.ndarray:
        return _frozen_array([i.weight for i in self.sid_indicators])

    @cached_property
    def spd_weights(self) -> np.ndarray:
        return _frozen_array([i.weight for i in self.spd_indicators])

    @cached_property
    def sid_mandatory(self) -> np.ndarray:
        return _frozen_array([i.mandatory for i in self.sid_indicators], dtype=bool)

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def display_path(self) -> str:
        """The file path relative to the project when it lies inside it (shorter on screen)."""
        try:
            return str(self.path.relative_to(PROJECT_ROOT))
        except ValueError:
            return str(self.path)

    def divisor(self, n_innovations: int) -> int:
        """The SID divisor MAX(divisor_min, n): with few innovations the sum is still divided by the minimum."""
        return max(self.divisor_min, int(n_innovations))

    def count_score(self, n_innovations: int) -> float:
        """The innovation-count score: the last step whose threshold n reaches."""
        score = 0.0
        for step in self.count_steps:
            if n_innovations >= step.min_innovations:
                score = step.score
        return score

    def predicate(self, score: float) -> str:
        """The predicate band of an index score under this method (see `band_name`); a score
        outside 0-100 is a ValueError."""
        name = band_name(score, self.bands)
        if name is None:
            raise ValueError(t("score.bad_score", value=score))
        return name

    def reconstructed_parts(self) -> tuple[str, ...]:
        """Indonesian descriptions of every part of the method that is not official, with its provenance."""
        parts: list[tuple[str, str]] = [
            (t("score.part.levels", min=self.level_min, max=self.level_max), self.levels_provenance),
            (t("score.part.total", value=_num(self.max_total)), self.max_total_provenance),
            (t("score.part.divisor", value=self.divisor_min), self.divisor_provenance),
            (t("score.part.max_maturity", value=_num(self.max_maturity)), self.max_maturity_provenance),
            (t("score.part.sid_rule"), self.sid_rule_provenance),
            *_indicator_parts("score.part.sid_weights", self.sid_indicators),
            (t("score.part.spd_max", value=_num(self.spd_max)), self.spd_max_provenance),
            (t("score.part.spd_rule"), self.spd_rule_provenance),
            *_indicator_parts("score.part.spd_weights", self.spd_indicators),
            (t("score.part.count_max", value=_num(self.count_max)), self.count_max_provenance),
            (t("score.part.count_steps"), self.count_steps_provenance),
            (t("score.part.bands"), self.bands_provenance),
        ]
        return tuple(
            t("score.part.with_provenance", part=part, provenance=label(prov))
            for part, prov in parts
            if prov != "official"
        )


class BandLike(Protocol):
    """What `band_name` reads of a band (a `Band`, or a row of bands from elsewhere)."""

    name: str
    min: float
    max: float


def band_name(score: float, bands: Iterable[BandLike]) -> str | None:
    """The one predicate lookup: the name of the band an index score falls in, after rounding the
    score to two decimals as the official bands are written (60.004 is Inovatif, 60.006 Sangat
    Inovatif); None when no band holds it."""
    rounded = round(float(score), 2)
    for band in bands:
        if band.min <= rounded <= band.max:
            return band.name
    return None


def _frozen_array(values: list[Any], dtype: Any = np.int64) -> np.ndarray:
    arr = np.asarray(values, dtype=dtype)
    arr.setflags(write=False)
    return arr


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _indicator_parts(key: str, indicators: tuple[Indicator, ...]) -> list[tuple[str, str]]:
    """One part per provenance among the indicators' weights ('bobot 20 indikator SID')."""
    counts: dict[str, int] = {}
    for ind in indicators:
        counts[ind.provenance] = counts.get(ind.provenance, 0) + 1
    return [(t(key, n=n), prov) for prov, n in counts.items()]


# ---------------------------------------------------------------------------------------------
# Loading and validation


class _Reader:
    """Typed access to the parsed TOML that raises MethodError naming the file and the field."""

    def __init__(self, file_name: str) -> None:
        self.file = file_name

    def fail(self, field: str, problem: str) -> MethodError:
        return MethodError(t("score.method.error", file=self.file, field=field, problem=problem))

    def table(self, data: dict[str, Any], key: str, field: str, allowed: tuple[str, ...]) -> dict[str, Any]:
        value = data.get(key)
        if value is None:
            raise self.fail(field, t("score.method.missing"))
        if not isinstance(value, dict):
            raise self.fail(field, t("score.method.table"))
        self.known_keys(value, field, allowed)
        return value

    def known_keys(self, data: dict[str, Any], field: str, allowed: tuple[str, ...]) -> None:
        # Unknown keys are refused so that a typo ("wieght") cannot silently fall back to nothing.
        for key in data:
            if key not in allowed:
                raise self.fail(
                    f"{field}.{key}" if field else key,
                    t("score.method.unknown_key", allowed=", ".join(allowed)),
                )

    def list_(self, data: dict[str, Any], key: str, field: str) -> list[Any]:
        value = data.get(key)
        if value is None:
            raise self.fail(field, t("score.method.missing"))
        if not isinstance(value, list) or not value:
            raise self.fail(field, t("score.method.list"))
        return value

    def int_(self, data: dict[str, Any], key: str, field: str, minimum: int = 0) -> int:
        value = data.get(key)
        if value is None:
            raise self.fail(field, t("score.method.missing"))
        # bool is an int subclass in Python; `true` is not a weight
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.fail(field, t("score.method.int_ge", min=minimum))
        return value

    def number(self, data: dict[str, Any], key: str, field: str, minimum: float = 0.0) -> float:
        value = data.get(key)
        if value is None:
            raise self.fail(field, t("score.method.missing"))
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or value < minimum
        ):
            raise self.fail(field, t("score.method.number_ge", min=_num(minimum)))
        return float(value)

    def text(self, data: dict[str, Any], key: str, field: str) -> str:
        value = data.get(key)
        if value is None:
            raise self.fail(field, t("score.method.missing"))
        if not isinstance(value, str) or not value.strip():
            raise self.fail(field, t("score.method.text"))
        return value.strip()

    def bool_(self, data: dict[str, Any], key: str, field: str, default: bool | None = None) -> bool:
        value = data.get(key, default)
        if value is None:
            raise self.fail(field, t("score.method.missing"))
        if not isinstance(value, bool):
            raise self.fail(field, t("score.method.bool"))
        return value

    def provenance(self, data: dict[str, Any], key: str, field: str) -> str:
        value = self.text(data, key, field)
        if value not in PROVENANCES:
            raise self.fail(field, t("score.method.provenance", value=value))
        return value

    def rule(self, data: dict[str, Any], key: str, field: str) -> str:
        value = self.text(data, key, field)
        if value != SCORE_RULE:
            raise self.fail(field, t("score.method.rule", value=value, rule=SCORE_RULE))
        return value


_SECTIONS = ("method", "levels", "total", "sid", "spd", "count_score", "predicates")
_INDICATOR_KEYS = ("code", "name", "weight", "mandatory", "provenance")


def _indicators(r: _Reader, section: dict[str, Any], prefix: str, mandatory_default: bool | None):
    items = r.list_(section, "indicator", f"{prefix}.indicator")
    seen: set[str] = set()
    out: list[Indicator] = []
    for pos, item in enumerate(items, start=1):
        field = f"{prefix}.indicator[{pos}]"
        if not isinstance(item, dict):
            raise r.fail(field, t("score.method.table"))
        r.known_keys(item, field, _INDICATOR_KEYS)
        code = r.text(item, "code", f"{field}.code")
        if not _CODE.fullmatch(code):
            raise r.fail(f"{field}.code", t("score.method.code", value=code))
        if code in seen:
            raise r.fail(f"{field}.code", t("score.method.duplicate", code=code))
        seen.add(code)
        out.append(
            Indicator(
                code=code,
                name=r.text(item, "name", f"{field}.name"),
                weight=r.int_(item, "weight", f"{field}.weight", 0),
                mandatory=r.bool_(item, "mandatory", f"{field}.mandatory", mandatory_default),
                provenance=r.provenance(item, "provenance", f"{field}.provenance"),
            )
        )
    return tuple(out)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=0, abs_tol=1e-9)


def parse_method(data: dict[str, Any], path: Path) -> Method:
    """Validate parsed TOML data of a method file; `path` names the file in messages."""
    r = _Reader(path.name)
    r.known_keys(data, "", _SECTIONS)

    meta = r.table(data, "method", "method", ("year", "name", "description", "source"))
    year = r.int_(meta, "year", "method.year", FIRST_YEAR)
    if year > LAST_YEAR:
        raise r.fail("method.year", t("score.method.year", first=FIRST_YEAR, last=LAST_YEAR))

    levels = r.table(data, "levels", "levels", ("min", "max", "provenance"))
    level_min = r.int_(levels, "min", "levels.min", 0)
    level_max = r.int_(levels, "max", "levels.max", 0)
    if level_max <= level_min:
        raise r.fail("levels.max", t("score.method.level_range", min=level_min))

    total = r.table(data, "total", "total", ("max", "provenance"))
    sid = r.table(
        data,
        "sid",
        "sid",
        (
            "divisor_min",
            "divisor_provenance",
            "max_maturity",
            "max_maturity_provenance",
            "score_rule",
            "score_rule_provenance",
            "indicator",
        ),
    )
    sid_indicators = _indicators(r, sid, "sid", None)
    max_maturity = r.number(sid, "max_maturity", "sid.max_maturity")
    expected = sum(i.weight for i in sid_indicators) * level_max
    if not _close(max_maturity, expected):
        raise r.fail(
            "sid.max_maturity", t("score.method.sum_mismatch", value=_num(max_maturity), expected=expected)
        )

    spd = r.table(
        data, "spd", "spd", ("max", "max_provenance", "score_rule", "score_rule_provenance", "indicator")
    )
    spd_indicators = _indicators(r, spd, "spd", False)
    spd_max = r.number(spd, "max", "spd.max")
    expected = sum(i.weight for i in spd_indicators) * level_max
    if not _close(spd_max, expected):
        raise r.fail("spd.max", t("score.method.sum_mismatch", value=_num(spd_max), expected=expected))

    count = r.table(data, "count_score", "count_score", ("max", "max_provenance", "provenance", "steps"))
    count_max = r.number(count, "max", "count_score.max")
    steps = _count_steps(r, count, count_max)

    max_total = r.number(total, "max", "total.max", 1e-9)
    expected_total = spd_max + max_maturity + count_max
    if not _close(max_total, expected_total):
        raise r.fail(
            "total.max",
            t("score.method.total_mismatch", value=_num(max_total), expected=_num(expected_total)),
        )

    predicates = r.table(data, "predicates", "predicates", ("provenance", "bands"))
    bands = _bands(r, predicates)

    return Method(
        year=year,
        name=r.text(meta, "name", "method.name"),
        description=r.text(meta, "description", "method.description") if "description" in meta else "",
        source=r.text(meta, "source", "method.source"),
        path=path,
        level_min=level_min,
        level_max=level_max,
        levels_provenance=r.provenance(levels, "provenance", "levels.provenance"),
        max_total=max_total,
        max_total_provenance=r.provenance(total, "provenance", "total.provenance"),
        divisor_min=r.int_(sid, "divisor_min", "sid.divisor_min", 1),
        divisor_provenance=r.provenance(sid, "divisor_provenance", "sid.divisor_provenance"),
        max_maturity=max_maturity,
        max_maturity_provenance=r.provenance(sid, "max_maturity_provenance", "sid.max_maturity_provenance"),
        sid_rule_provenance=_rule_provenance(r, sid, "sid"),
        sid_indicators=sid_indicators,
        spd_max=spd_max,
        spd_max_provenance=r.provenance(spd, "max_provenance", "spd.max_provenance"),
        spd_rule_provenance=_rule_provenance(r, spd, "spd"),
        spd_indicators=spd_indicators,
        count_max=count_max,
        count_max_provenance=r.provenance(count, "max_provenance", "count_score.max_provenance"),
        count_steps_provenance=r.provenance(count, "provenance", "count_score.provenance"),
        count_steps=steps,
        bands=bands,
        bands_provenance=r.provenance(predicates, "provenance", "predicates.provenance"),
    )


def _rule_provenance(r: _Reader, section: dict[str, Any], prefix: str) -> str:
    r.rule(section, "score_rule", f"{prefix}.score_rule")
    return r.provenance(section, "score_rule_provenance", f"{prefix}.score_rule_provenance")


def _count_steps(r: _Reader, count: dict[str, Any], count_max: float) -> tuple[CountStep, ...]:
    items = r.list_(count, "steps", "count_score.steps")
    steps: list[CountStep] = []
    for pos, item in enumerate(items, start=1):
        field = f"count_score.steps[{pos}]"
        if not isinstance(item, dict):
            raise r.fail(field, t("score.method.table"))
        r.known_keys(item, field, ("min_innovations", "score"))
        step = CountStep(
            min_innovations=r.int_(item, "min_innovations", f"{field}.min_innovations", 0),
            score=r.number(item, "score", f"{field}.score"),
        )
        if pos == 1 and step.min_innovations != 0:
            raise r.fail(f"{field}.min_innovations", t("score.method.steps_first"))
        if steps and step.min_innovations <= steps[-1].min_innovations:
            raise r.fail(f"{field}.min_innovations", t("score.method.steps_order"))
        # A falling score would make one more innovation cost points for no reason in the method.
        if steps and step.score < steps[-1].score:
            raise r.fail(f"{field}.score", t("score.method.steps_score"))
        steps.append(step)
    if not _close(steps[-1].score, count_max):
        raise r.fail(
            "count_score.max",
            t("score.method.steps_max", value=_num(steps[-1].score), max=_num(count_max)),
        )
    return tuple(steps)


def _bands(r: _Reader, predicates: dict[str, Any]) -> tuple[Band, ...]:
    items = r.list_(predicates, "bands", "predicates.bands")
    bands: list[Band] = []
    names: set[str] = set()
    for pos, item in enumerate(items, start=1):
        field = f"predicates.bands[{pos}]"
        if not isinstance(item, dict):
            raise r.fail(field, t("score.method.table"))
        r.known_keys(item, field, ("name", "min", "max"))
        band = Band(
            name=r.text(item, "name", f"{field}.name"),
            min=r.number(item, "min", f"{field}.min"),
            max=r.number(item, "max", f"{field}.max"),
        )
        if band.max < band.min:
            raise r.fail(f"{field}.max", t("score.method.band_order"))
        if band.name in names:
            raise r.fail(f"{field}.name", t("score.method.duplicate", code=band.name))
        names.add(band.name)
        bands.append(band)
    ordered = sorted(bands, key=lambda b: b.min)
    if not _close(ordered[0].min, 0):
        raise r.fail("predicates.bands", t("score.method.bands_cover", detail=f"min {_num(ordered[0].min)}"))
    if not _close(ordered[-1].max, 100):
        raise r.fail("predicates.bands", t("score.method.bands_cover", detail=f"max {_num(ordered[-1].max)}"))
    for low, high in itertools.pairwise(ordered):
        if not _close(round(low.max + _BAND_STEP, 2), high.min):
            raise r.fail(
                "predicates.bands",
                t(
                    "score.method.bands_cover",
                    detail=f"{low.name} … {_num(low.max)}, {high.name} {_num(high.min)} …",
                ),
            )
    return tuple(reversed(ordered))


def load_method(path: str | Path) -> Method:
    """Load and validate one method file. Cached per file version (path, size, mtime)."""
    p = Path(path).expanduser().resolve()
    try:
        st = p.stat()
    except OSError as exc:
        raise MethodError(t("score.method.not_found", path=p)) from exc
    if not p.is_file():
        raise MethodError(t("score.method.not_found", path=p))
    return _load_cached(p, st.st_size, st.st_mtime_ns)


@functools.lru_cache(maxsize=32)
def _load_cached(path: Path, _size: int, _mtime_ns: int) -> Method:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise MethodError(t("score.method.toml", file=path.name, reason=str(exc))) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise MethodError(t("score.method.unreadable", path=path, reason=str(exc))) from exc
    return parse_method(data, path)


def available_methods(directory: str | Path | None = None) -> tuple[Method, ...]:
    """Every method file (iid_<year>.toml) in the directory, validated, ordered by year."""
    folder = Path(directory) if directory is not None else METHODS_DIR
    files = sorted(p for p in folder.glob("iid_*.toml") if _FILE_NAME.fullmatch(p.name))
    if not files:
        raise MethodError(t("score.method.none", path=folder))
    methods = sorted((load_method(p) for p in files), key=lambda m: m.year)
    for earlier, later in itertools.pairwise(methods):
        if earlier.year == later.year:
            raise MethodError(
                t("score.method.same_year", year=later.year, a=earlier.file_name, b=later.file_name)
            )
    return tuple(methods)


def method_for_year(year: int, directory: str | Path | None = None) -> Method:
    """The method of an assessment year: the file with the greatest year <= `year`, else the earliest.

    A year before the first method file falls back to the earliest one, because some method is
    needed to estimate early data at all; the estimate names the method year it used.
    """
    methods = available_methods(directory)
    chosen = methods[0]
    for method in methods:
        if method.year <= year:
            chosen = method
    return chosen
