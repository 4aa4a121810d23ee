"""analytics.progress: the score of a year (official > estimate > missing), gaps, the trend needed."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analytics import progress
from analytics.methods import band_name, method_for_year

BANDS = method_for_year(2023).bands


@dataclass(frozen=True)
class FakeEstimate:
    year: int
    iid: float
    predicate: str
    method_year: int = 2023
    method_name: str = "Indeks Inovasi Daerah 2023"
    is_sample: bool = True


def _official(rows: list[tuple[int, float, str | None]]) -> pd.DataFrame:
    return pd.DataFrame(
        [{"year": y, "score": s, "predicate": p, "source": f"sumber {y}"} for y, s, p in rows]
    )


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (0.0, "Tidak Dapat Dinilai"),
        (0.01, "Kurang Inovatif"),
        (34.99, "Kurang Inovatif"),
        (35.0, "Inovatif"),
        (60.0, "Inovatif"),
        (60.01, "Sangat Inovatif"),
        (100.0, "Sangat Inovatif"),
    ],
)
def test_band_name_edges(score, band):
    assert band_name(score, BANDS) == band


def test_official_without_predicate_gets_a_derived_one():
    point = progress.official_point(
        {"year": 2022, "score": 58.11, "predicate": None, "source": "5news"}, BANDS
    )
    assert (point.kind, point.predicate, point.predicate_derived) == ("official", "Inovatif", True)
    published = progress.official_point(
        {"year": 2025, "score": 79.6, "predicate": "Sangat Inovatif", "source": "x"}, BANDS
    )
    assert published.predicate_derived is False


def test_score_point_prefers_official_then_estimate_then_missing():
    official = _official([(2022, 58.11, None)])
    estimate = FakeEstimate(2022, 61.0, "Sangat Inovatif")
    assert progress.score_point(2022, official, estimate, BANDS).kind == "official"
    assert progress.score_point(2022, official, estimate, BANDS).score == pytest.approx(58.11)
    other = progress.score_point(2023, official, FakeEstimate(2023, 64.9, "Sangat Inovatif"), BANDS)
    assert (other.kind, other.method_year, other.is_sample) == ("estimate", 2023, True)
    missing = progress.score_point(2024, official, None, BANDS)
    assert missing.kind == "missing" and not missing.has_score


def test_score_series_and_previous_point_skip_missing_years():
    official = _official([(2021, 53.0, None), (2025, 79.6, "Sangat Inovatif")])
    points = progress.score_series([2025, 2021, 2022, 2023], official, {}, BANDS)
    assert [p.year for p in points] == [2021, 2022, 2023, 2025]
    assert progress.previous_point(points, 2025).year == 2021
    assert progress.previous_point(points, 2021) is None
    frame = progress.points_frame(points)
    assert list(frame["kind"]) == ["official", "missing", "missing", "official"]


@pytest.mark.parametrize(
    ("score", "to_target", "next_band", "to_next"),
    [
        (58.11, 1.90, "Sangat Inovatif", 1.90),
        (79.60, -19.59, None, None),
        (30.0, 30.01, "Inovatif", 5.0),
        (60.01, 0.0, None, None),
    ],
)
def test_gap_to_target_and_next_band(score, to_target, next_band, to_next):
    gap = progress.gap(score, 60.01, BANDS)
    assert gap.to_target == pytest.approx(to_target)
    assert gap.next_band == next_band
    assert gap.to_next_band == (pytest.approx(to_next) if to_next is not None else None)
    assert gap.reached == (to_target <= 0)


def test_pace_is_the_least_squares_slope():
    assert progress.pace(_official([(2021, 53.0, None)])) is None
    assert progress.pace(_official([(2021, 53.0, None), (2022, 58.11, None)])) == pytest.approx(5.11)
    # three points on a line: the slope of that line
    three = _official([(2021, 50.0, None), (2023, 60.0, None), (2025, 70.0, None)])
    assert progress.pace(three) == pytest.approx(5.0)


def test_trend_to_goal_from_the_latest_official_result():
    official = _official([(2021, 53.0, None), (2022, 58.11, None)])
    trend = progress.trend_to_goal(official, 60.01, 2023)
    assert (trend.base_year, trend.base_score) == (2022, pytest.approx(58.11))
    assert trend.needed_per_year == pytest.approx(1.90)
    assert trend.pace_per_year == pytest.approx(5.11)
    assert trend.pace_reaches_goal_in == 2023
    assert trend.pace_is_enough is True

    slow = progress.trend_to_goal(official, 80.0, 2024)
    assert slow.needed_per_year == pytest.approx((80 - 58.11) / 2)
    assert slow.pace_is_enough is False
    assert slow.pace_reaches_goal_in == 2022 + 5  # 21,89 / 5,11 = 4,3 -> 5 years

    assert progress.trend_to_goal(official.iloc[0:0], 60.01, 2026) is None
    reached = progress.trend_to_goal(_official([(2025, 79.6, None)]), 60.01, 2026)
    assert reached.reached and reached.pace_is_enough and reached.pace_per_year is None


@given(
    st.lists(
        st.tuples(st.integers(2015, 2030), st.floats(0, 100, allow_nan=False)),
        min_size=1,
        max_size=8,
        unique_by=lambda p: p[0],
    ),
    st.floats(0.01, 100),
    st.integers(1, 10),
)
def test_trend_needed_gain_lands_on_the_goal(points, goal, years_ahead):
    official = _official([(y, s, None) for y, s in points])
    latest = max(points)[0]
    trend = progress.trend_to_goal(official, goal, latest + years_ahead)
    assert trend.base_year == latest
    assert trend.base_score + trend.needed_per_year * years_ahead == pytest.approx(goal)
    if trend.pace_per_year is not None and trend.pace_per_year > 0 and trend.pace_reaches_goal_in is None:
        assert not trend.reached
        assert (goal - trend.base_score) / trend.pace_per_year > progress.HORIZON_YEARS
    if trend.pace_reaches_goal_in is not None and not trend.reached:
        # the pace really reaches the goal in that year, and not a year earlier
        k = trend.pace_reaches_goal_in - trend.base_year
        assert trend.base_score + trend.pace_per_year * k >= goal - 1e-6
        assert trend.base_score + trend.pace_per_year * (k - 1) < goal


def test_change_handles_missing_values():
    assert progress.change(5.0, 3.0) == 2.0
    assert progress.change(None, 3.0) is None
    assert progress.change(float("nan"), 3.0) is None


def _targets(rows):
    return pd.DataFrame(rows, columns=["year", "min_score", "min_opd_coverage"])


def test_goal_for_year_takes_the_latest_goal_not_after_the_year():
    targets = _targets([(2022, 60.01, 0.8), (2024, 65.0, 1.0)])
    assert progress.goal_for_year(targets, 2023) == progress.Goal(score=60.01, coverage=0.8)
    assert progress.goal_for_year(targets, 2024) == progress.Goal(score=65.0, coverage=1.0)
    assert progress.goal_for_year(targets, 2030) == progress.Goal(score=65.0, coverage=1.0)


def test_goal_for_year_before_the_first_goal_uses_the_first_goal():
    targets = _targets([(2024, 65.0, 0.9), (2022, 61.0, 0.7)])  # order in the file does not matter
    assert progress.goal_for_year(targets, 2021) == progress.Goal(score=61.0, coverage=0.7)


def test_goal_for_year_blank_cells_and_no_rows_fall_back_to_the_default():
    blank = _targets([(2022, None, 0.5), (2023, 62.0, None)])
    assert progress.goal_for_year(blank, 2022) == progress.Goal(score=62.0, coverage=0.5)
    assert progress.goal_for_year(blank, 2023) == progress.Goal(score=62.0, coverage=0.5)
    empty = _targets([])
    assert progress.goal_for_year(empty, 2025) == progress.Goal(
        score=progress.DEFAULT_GOAL_SCORE, coverage=progress.DEFAULT_GOAL_COVERAGE
    )
    assert progress.DEFAULT_GOAL_SCORE == 60.01
