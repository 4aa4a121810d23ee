"""Where Pati stands against its index goal: the score of a year, the gaps, the trend it needs.

Plain Python over small inputs (rows of `index_result`, scoring-engine estimates, the predicate
bands of a method file), so the dashboard, the PDF handout and the tests share one set of rules:

- The score of a year is the **official** published result when there is one; otherwise the
  scoring engine's **estimate** (always labelled so, with its method year); otherwise missing.
  No figure is ever invented.
- An official result published without a predicate (Pati 2021, 2022) gets one derived from the
  bands of the method, and says that it is derived.
- Gaps: to the goal (60,01) and to the next predicate band.
- Trend: the yearly gain needed to reach the goal by a chosen year, beside the pace of the
  official results so far (least-squares slope).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import pandas as pd

from analytics.methods import BandLike, band_name
from analytics.text import source_label

# Beyond this many years a pace "reaches" a goal only on paper.
HORIZON_YEARS = 50

# The goal when `target` holds no row at all: above 60 (the Sangat Inovatif band starts at 60,01)
# and every OPD with at least one innovation (domain reference; Bappeda workshop, December 2022).
DEFAULT_GOAL_SCORE = 60.01
DEFAULT_GOAL_COVERAGE = 1.0

OFFICIAL = "official"
ESTIMATE = "estimate"
MISSING = "missing"


class EstimateLike(Protocol):
    """What this module reads of an `analytics.scoring.Estimate`."""

    year: int
    iid: float
    predicate: str
    method_year: int
    method_name: str
    is_sample: bool


@dataclass(frozen=True)
class ScorePoint:
    """The index score of one assessment year and what kind of figure it is."""

    year: int
    score: float | None
    kind: str  # OFFICIAL | ESTIMATE | MISSING
    predicate: str | None = None
    predicate_derived: bool = False  # official score without a published predicate
    source: str | None = None  # official: where it was published
    method_year: int | None = None  # estimate: the method file's year
    method_name: str | None = None
    is_sample: bool = False  # estimate computed from sample data

    @property
    def has_score(self) -> bool:
        return self.score is not None


@dataclass(frozen=True)
class Gap:
    """How far a score is from the goal and from the next predicate band up."""

    score: float
    target: float
    to_target: float  # target - score; <= 0 means the goal is reached
    next_band: str | None  # None: already in the highest band
    to_next_band: float | None

    @property
    def reached(self) -> bool:
        return self.to_target <= 0


@dataclass(frozen=True)
class Trend:
    """The yearly gain needed from the latest official result to reach `goal` by `goal_year`."""

    base_year: int
    base_score: float
    goal: float
    goal_year: int
    needed_per_year: float | None  # None when goal_year is not after base_year
    pace_per_year: float | None  # slope of the official results; None with fewer than two
    pace_reaches_goal_in: int | None  # the year the current pace reaches the goal, if it does

    @property
    def reached(self) -> bool:
        return self.base_score >= self.goal

    @property
    def pace_is_enough(self) -> bool | None:
        if self.reached:
            return True
        if self.pace_per_year is None or self.needed_per_year is None:
            return None
        return self.pace_per_year >= self.needed_per_year


def official_point(row: Mapping[str, Any], bands: Sequence[BandLike]) -> ScorePoint:
    """A published result (a row of index_result: year, score, predicate, source)."""
    score = float(row["score"])
    published = row.get("predicate")
    has_published = isinstance(published, str) and published.strip() != ""
    return ScorePoint(
        year=int(row["year"]),
        score=score,
        kind=OFFICIAL,
        predicate=published if has_published else band_name(score, bands),
        predicate_derived=not has_published,
        source=source_label(row.get("source")) if row.get("source") else None,
    )


def estimate_point(estimate: EstimateLike) -> ScorePoint:
    return ScorePoint(
        year=int(estimate.year),
        score=float(estimate.iid),
        kind=ESTIMATE,
        predicate=estimate.predicate,
        method_year=int(estimate.method_year),
        method_name=estimate.method_name,
        is_sample=bool(estimate.is_sample),
    )


def score_point(
    year: int,
    official: pd.DataFrame,
    estimate: EstimateLike | None,
    bands: Sequence[BandLike],
) -> ScorePoint:
    """The score of `year`: official when published, else the estimate, else missing.

    `official`: Pati's published results (year, score, predicate, source).
    """
    rows = official[official["year"] == year] if not official.empty else official
    if len(rows):
        return official_point(rows.iloc[0].to_dict(), bands)
    if estimate is not None:
        return estimate_point(estimate)
    return ScorePoint(year=int(year), score=None, kind=MISSING)


def score_series(
    years: Iterable[int],
    official: pd.DataFrame,
    estimates: Mapping[int, EstimateLike],
    bands: Sequence[BandLike],
) -> list[ScorePoint]:
    """`score_point` for every year (ascending)."""
    return [score_point(y, official, estimates.get(y), bands) for y in sorted(set(years))]


def points_frame(points: Iterable[ScorePoint]) -> pd.DataFrame:
    """Score points as a frame (year, score, kind, predicate, ...) for charts and tables."""
    rows = [p.__dict__ for p in points]
    columns = list(ScorePoint.__dataclass_fields__)
    return pd.DataFrame(rows, columns=columns)


@dataclass(frozen=True)
class Goal:
    """The goal that holds in an assessment year: the minimum index score and OPD coverage."""

    score: float
    coverage: float  # share of OPD with at least one innovation, 0-1


def goal_for_year(targets: pd.DataFrame, year: int | None) -> Goal:
    """The goal of `year` from the `yearly_targets` rows (`year, min_score, min_opd_coverage`).

    The latest goal set for a year not after `year`; for a year before the first goal, the first
    goal; a column left blank falls back to the default (60,01 and 100 %). This is the one place
    the rule lives: the pages, the path to the goal and the PDF handout all call it.
    """

    def pick(column: str, default: float) -> float:
        known = targets.dropna(subset=[column]).sort_values("year")
        if known.empty:
            return default
        upto = known[known["year"] <= year] if year is not None else known
        return float((upto if not upto.empty else known.iloc[:1])[column].iloc[-1])

    return Goal(
        score=pick("min_score", DEFAULT_GOAL_SCORE),
        coverage=pick("min_opd_coverage", DEFAULT_GOAL_COVERAGE),
    )


def previous_point(points: Sequence[ScorePoint], year: int, *, same_kind: bool = False) -> ScorePoint | None:
    """The latest point with a score before `year` (the year before may have none).

    `same_kind`: only a point of the same kind as `year`'s (official with official, estimate with
    estimate), so a change never compares an official result with an estimate."""
    kind = next((p.kind for p in points if p.year == year), None)
    earlier = [p for p in points if p.year < year and p.has_score and (not same_kind or p.kind == kind)]
    return max(earlier, key=lambda p: p.year) if earlier else None


def gap(score: float, target: float, bands: Sequence[BandLike]) -> Gap:
    """The distance to `target` and to the lowest band that starts above `score`."""
    rounded = round(float(score), 2)
    above = [b for b in bands if b.min > rounded]
    nxt = min(above, key=lambda b: b.min) if above else None
    return Gap(
        score=float(score),
        target=float(target),
        to_target=round(float(target) - rounded, 2),
        next_band=nxt.name if nxt else None,
        to_next_band=round(nxt.min - rounded, 2) if nxt else None,
    )


def pace(official: pd.DataFrame) -> float | None:
    """Least-squares yearly change of the official results; None with fewer than two years."""
    data = official.dropna(subset=["score"])
    if data["year"].nunique() < 2:
        return None
    x = data["year"].astype(float)
    y = data["score"].astype(float)
    dx = x - x.mean()
    return float((dx * (y - y.mean())).sum() / (dx * dx).sum())


def trend_to_goal(official: pd.DataFrame, goal: float, goal_year: int) -> Trend | None:
    """The yearly gain needed from the latest official result to reach `goal` by `goal_year`.

    None when there is no official result at all.
    """
    data = official.dropna(subset=["score"]).sort_values("year")
    if data.empty:
        return None
    base_year = int(data["year"].iloc[-1])
    base_score = float(data["score"].iloc[-1])
    years = goal_year - base_year
    needed = (goal - base_score) / years if years > 0 else None
    slope = pace(data)
    reach_year = None
    if base_score >= goal:
        reach_year = base_year
    elif slope is not None and slope > 0:
        years_needed = math.ceil(round((goal - base_score) / slope, 9))
        # a pace so slow it needs generations is "not reached", not a year to print
        reach_year = base_year + years_needed if years_needed <= HORIZON_YEARS else None
    return Trend(
        base_year=base_year,
        base_score=base_score,
        goal=float(goal),
        goal_year=int(goal_year),
        needed_per_year=needed,
        pace_per_year=slope,
        pace_reaches_goal_in=reach_year,
    )


def change(current: float | None, previous: float | None) -> float | None:
    """current - previous, or None when either is missing."""
    if current is None or previous is None:
        return None
    if pd.isna(current) or pd.isna(previous):
        return None
    return float(current) - float(previous)
