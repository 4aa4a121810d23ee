"""The table behind every chart, ready to show: Indonesian column names and number formats.

Each chart on the dashboard has its table one click away; these functions turn the same tidy frame
the chart was drawn from into a display frame. Decimals and shares are formatted as Indonesian text
(58,11; 45 %) because the browser's own number locale is not Indonesian; whole counts stay numbers
so the table still sorts by them. Plain pandas, no Streamlit, so exports can reuse them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from analytics.progress import ESTIMATE, OFFICIAL, ScorePoint, Trend
from analytics.text import MISSING, fmt_date, fmt_number, fmt_percent, fmt_score, label, t


def _col(key: str) -> str:
    return t(f"col.{key}")


def _yes(value: bool) -> str:
    return t("col.yes") if bool(value) else t("col.no")


def score_kind(point: ScorePoint) -> str:
    """'resmi' / 'perkiraan' / 'belum ada data'."""
    if point.kind == OFFICIAL:
        return t("official.label")
    if point.kind == ESTIMATE:
        return t("estimate.label")
    return t("missing.label")


def score_note(point: ScorePoint, short: bool = False) -> str:
    """Where a figure comes from: the published source, or the method of an estimate.

    `short` keeps only the publisher of a source (what a KPI card has room for); tables show it all.
    """
    if point.kind == OFFICIAL:
        source = point.source or MISSING
        if short:
            # the publisher only: "samin-news.com and jurnalindo.com, Dec 2022 (...)" -> "samin-news.com"
            source = re.split(r" \(|,| and ", source)[0]
        note = t("kpi.score.source", source=source)
        if point.predicate_derived:
            note += "; " + t("kpi.score.derived_short" if short else "kpi.score.derived")
        return note
    if point.kind == ESTIMATE:
        note = t("kpi.score.method", year=point.method_year)
        if point.is_sample:
            note += "; " + t("sample.badge")
        return note
    return ""


def table_scores(points: Iterable[ScorePoint]) -> pd.DataFrame:
    rows = [
        {
            _col("year"): p.year,
            _col("score"): fmt_score(p.score),
            _col("kind"): score_kind(p),
            _col("predicate"): p.predicate or MISSING,
            _col("note"): score_note(p),
        }
        for p in points
    ]
    return pd.DataFrame(rows, columns=[_col(c) for c in ("year", "score", "kind", "predicate", "note")])


def table_opd_counts(counts: pd.DataFrame) -> pd.DataFrame:
    data = counts.sort_values(["n_innovations", "opd_name"], ascending=[False, True])
    return pd.DataFrame(
        {
            _col("opd"): data["opd_name"],
            _col("group"): [label(k) for k in data["opd_kind"]],
            _col("n_innovations"): data["n_innovations"].astype(int),
            _col("n_digital"): data["n_digital"].astype(int),
        }
    )


def table_opd_by_year(counts: pd.DataFrame) -> pd.DataFrame:
    if counts.empty:
        return pd.DataFrame(columns=[_col("opd")])
    grid = counts.pivot_table(
        index=["opd_name", "is_kecamatan"], columns="year", values="n_innovations", aggfunc="sum"
    ).fillna(0)
    grid = grid.astype(int).reset_index().sort_values(["is_kecamatan", "opd_name"])
    grid = grid.drop(columns="is_kecamatan").rename(columns={"opd_name": _col("opd")})
    grid.columns = [str(c) for c in grid.columns]
    return grid


def table_coverage(summary: pd.DataFrame) -> pd.DataFrame:
    data = summary.sort_values("year")
    return pd.DataFrame(
        {
            _col("year"): data["year"],
            _col("opd_with"): [
                t("col.x_of_n", x=fmt_number(a), n=fmt_number(b))
                for a, b in zip(data["n_opd_with_innovation"], data["n_opd"], strict=True)
            ],
            _col("coverage"): [fmt_percent(v) for v in data["opd_coverage"]],
            _col("coverage_opd"): [fmt_percent(v) for v in data["opd_only_coverage"]],
            _col("coverage_kecamatan"): [fmt_percent(v) for v in data["kecamatan_coverage"]],
            _col("goal"): [fmt_percent(v) for v in data["target_opd_coverage"]],
        }
    )


def table_jenis_by_year(summary: pd.DataFrame) -> pd.DataFrame:
    data = summary.sort_values("year")
    return pd.DataFrame(
        {
            _col("year"): data["year"],
            label("digital"): data["n_digital"].astype(int),
            label("non-digital"): data["n_non_digital"].astype(int),
            _col("n_innovations"): data["n_innovations"].astype(int),
            _col("share_digital"): [fmt_percent(v) for v in data["share_digital"]],
        }
    )


def table_category(counts: pd.DataFrame, heading: str) -> pd.DataFrame:
    data = counts.sort_values(["n", "value"], ascending=[False, True])
    n_of = data["n_of"] if "n_of" in data else pd.Series([data["n"].sum()] * len(data), index=data.index)
    return pd.DataFrame(
        {
            heading: [label(v) for v in data["value"]],
            _col("n_innovations"): data["n"].astype(int),
            _col("share"): [fmt_percent(n / d if d else None) for n, d in zip(data["n"], n_of, strict=True)],
        }
    )


def table_criteria(counts: pd.DataFrame, order: Iterable[str]) -> pd.DataFrame:
    by_value = dict(zip(counts["value"], counts["n"], strict=True))
    n_of = int(counts["n_of"].max()) if not counts.empty else 0
    rows = [
        {
            _col("criterion"): t(f"chart.criteria.{c.replace(' ', '_')}"),
            _col("n_innovations"): int(by_value.get(c, 0)),
            _col("share"): fmt_percent(by_value.get(c, 0) / n_of if n_of else None),
        }
        for c in order
    ]
    return pd.DataFrame(rows)


def table_regions(results: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            _col("region"): results["region"],
            _col("province"): results["province"],
            _col("year"): results["year"],
            _col("score"): [fmt_score(v) for v in results["score"]],
            _col("predicate"): results["predicate"].fillna(MISSING),
            _col("rank"): [
                t("col.rank_value", rank=int(r), scope=s or "") if pd.notna(r) else MISSING
                for r, s in zip(results["rank"], results["rank_scope"], strict=True)
            ],
            _col("source"): results["source"],
        }
    )


def table_innovations(innovations: pd.DataFrame) -> pd.DataFrame:
    """The Data Inovasi table: one row per innovation, index = innovation_id."""
    data = innovations
    table = pd.DataFrame(
        {
            _col("year"): data["year"],
            _col("innovation"): data["innovation_name"],
            _col("opd"): data["opd_short_name"],
            _col("jenis"): [label(v) for v in data["jenis"]],
            _col("bentuk"): [label(v) for v in data["bentuk"]],
            _col("tahapan"): [label(v) for v in data["tahapan"]],
            _col("urusan"): [str(v).capitalize() for v in data["urusan"]],
            _col("launch_date"): [fmt_date(d) for d in data["launch_date"]],
            _col("criteria"): [t("col.criteria_value", n=int(n)) for n in data["criteria_met"]],
            _col("sample"): [_yes(v) for v in data["is_sample"]],
        }
    )
    table.index = data["innovation_id"].to_numpy()
    return table


def innovation_fields(row: pd.Series) -> pd.DataFrame:
    """Every field of one innovation as (field, value) rows, in Indonesian."""
    fields = [
        ("innovation", row["innovation_name"]),
        ("year", str(int(row["year"]))),
        ("opd", row["opd_name"]),
        ("unit", row["unit"] if isinstance(row["unit"], str) else MISSING),
        ("jenis", label(row["jenis"])),
        ("bentuk", label(row["bentuk"])),
        ("tahapan", label(row["tahapan"])),
        ("inisiator", label(row["inisiator"])),
        ("urusan", str(row["urusan"]).capitalize()),
        ("trial_date", fmt_date(row["trial_date"])),
        ("launch_date", fmt_date(row["launch_date"])),
        ("description", row["description"] if isinstance(row["description"], str) else MISSING),
        ("criterion_change", _yes(row["has_change"])),
        ("criterion_impact", _yes(row["has_measured_impact"])),
        ("criterion_method", _yes(row["has_new_method"])),
        ("criterion_collaboration", _yes(row["has_collaboration"])),
        ("sample", _yes(row["is_sample"])),
    ]
    return pd.DataFrame([(_col(k), v) for k, v in fields], columns=[_col("field"), _col("value")])


def table_evidence(levels: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            _col("indicator"): levels["indicator_name"],
            _col("mandatory"): [_yes(v) for v in levels["mandatory"]],
            _col("level"): levels["level"].astype(int),
        }
    )


def table_without_innovation(counts: pd.DataFrame) -> pd.DataFrame:
    data = counts[~counts["has_innovation"]].sort_values(["is_kecamatan", "opd_name"])
    return pd.DataFrame({_col("opd"): data["opd_name"], _col("group"): [label(k) for k in data["opd_kind"]]})


def table_goal_path(trend: Trend) -> pd.DataFrame:
    """Year by year: the score on the straight path to the goal, and where the current pace leads."""
    rows = []
    for year in range(trend.base_year, trend.goal_year + 1):
        k = year - trend.base_year
        needed = trend.base_score + (trend.needed_per_year or 0.0) * k
        pace = trend.base_score + trend.pace_per_year * k if trend.pace_per_year is not None else None
        rows.append(
            {
                _col("year"): year,
                _col("path_needed"): MISSING if trend.reached else fmt_score(min(100.0, needed)),
                _col("path_pace"): fmt_score(min(100.0, max(0.0, pace))) if pace is not None else MISSING,
            }
        )
    return pd.DataFrame(rows)
