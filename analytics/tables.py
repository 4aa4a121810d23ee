"""The table behind every chart, ready to show: Indonesian column names and number formats.

Each chart on the dashboard has its table one click away; these functions turn the same tidy frame
the chart was drawn from into a display frame. Decimals and shares are formatted as Indonesian text
(58,11; 45 %) because the browser's own number locale is not Indonesian; whole counts stay numbers
so the table still sorts by them. Plain pandas, no Streamlit, so exports can reuse them.

The tables hold values as stored (st.dataframe shows cells as text). The few functions that return
Markdown for the page (`score_note(markdown=True)`, `plan_step_lines`, `scenario_lines`) escape the
values they put into a sentence with `analytics.safe.md`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import pandas as pd

from analytics.progress import ESTIMATE, OFFICIAL, ScorePoint, Trend
from analytics.safe import md
from analytics.scoring import YearData
from analytics.text import (
    MISSING,
    fmt_date,
    fmt_number,
    fmt_percent,
    fmt_score,
    fmt_signed,
    label,
    source_label,
    t,
)


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


def score_note(point: ScorePoint, short: bool = False, *, markdown: bool = False) -> str:
    """Where a figure comes from: the published source, or the method of an estimate.

    `short` keeps only the publisher of a source (what a KPI card has room for); tables show it all.
    `markdown`: for st.caption and the like, the source escaped (`safe.md`).
    """
    if point.kind == OFFICIAL:
        source = point.source or MISSING
        if short:
            # the publisher only: "samin-news.com and jurnalindo.com, Dec 2022 (...)" -> "samin-news.com"
            source = re.split(r" \(|,| and ", source)[0]
        note = t("kpi.score.source", source=md(source) if markdown else source)
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


def opd_names_in_year(counts: pd.DataFrame, year: int | None = None) -> pd.DataFrame:
    """One row per OPD (opd_id): its name and short name in `year`, the year being viewed.

    An OPD keeps its identity (opd_id) when it is renamed (Bappeda until 2023, Bapperida from
    2024), so a table or chart over several years has ONE row per opd_id, labelled with the name
    of the viewed year. An OPD that did not exist in that year keeps the name of the nearest year
    it did exist, an earlier year first. `year` None: the latest year in `counts`.
    `counts`: opd_id, year, and opd_name and/or opd_short_name (opd_innovation_counts rows)."""
    columns = ["opd_id", *(c for c in ("opd_name", "opd_short_name") if c in counts)]
    if counts.empty:
        return pd.DataFrame(columns=columns)
    years = counts["year"].astype(int)
    viewed = int(years.max()) if year is None else int(year)
    ranked = counts.assign(_distance=(years - viewed).abs(), _later=years > viewed)
    nearest = ranked.sort_values(["_distance", "_later"], kind="stable").drop_duplicates("opd_id")
    return nearest[columns].reset_index(drop=True)


def table_opd_by_year(counts: pd.DataFrame, year: int | None = None) -> pd.DataFrame:
    """OPD by year: one row per OPD (by opd_id, so a renamed OPD is one row) under its name in
    `year` (see `opd_names_in_year`), perangkat daerah first, then kecamatan, by name."""
    if counts.empty:
        return pd.DataFrame(columns=[_col("opd")])
    grid = counts.pivot_table(
        index=["opd_id", "is_kecamatan"], columns="year", values="n_innovations", aggfunc="sum"
    ).fillna(0)
    grid = grid.astype(int).reset_index()
    names = opd_names_in_year(counts, year).set_index("opd_id")["opd_name"]
    grid.insert(0, _col("opd"), grid["opd_id"].map(names))
    grid = grid.sort_values(["is_kecamatan", _col("opd")]).drop(columns=["opd_id", "is_kecamatan"])
    grid.columns = [str(c) for c in grid.columns]
    return grid.reset_index(drop=True)


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
                t("col.rank_value", rank=int(r), scope=source_label(s) if s else "")
                if pd.notna(r)
                else MISSING
                for r, s in zip(results["rank"], results["rank_scope"], strict=True)
            ],
            _col("source"): [source_label(v) for v in results["source"]],
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


# ---------------------------------------------------------------------------------------------
# The estimate sections of Progres Skor: the plan, the evidence gaps, a what-if scenario


def _scol(key: str) -> str:
    return t(f"scoresim.col.{key}")


def plan_step_lines(steps: pd.DataFrame, limit: int | None = None) -> list[str]:
    """The plan as a Markdown numbered list: "1. Naikkan bukti ... dari tingkat 1 ke 3: +0,42 poin"
    (the step, which names an innovation and its OPD, escaped)."""
    rows = steps if limit is None else steps.head(limit)
    return [
        t("scoresim.path.line", step=int(r.step), description=md(r.description), gain=fmt_signed(r.gain_iid))
        for r in rows.itertuples()
    ]


def table_plan(steps: pd.DataFrame) -> pd.DataFrame:
    """Every step of the plan, with the estimate after it (Indonesian number formats)."""
    return pd.DataFrame(
        {
            _scol("step"): steps["step"].astype(int),
            _scol("action"): steps["description"],
            _scol("mandatory"): [t("scoresim.yes") if m else "" for m in steps["mandatory"]],
            _scol("gain"): [fmt_signed(g) for g in steps["gain_iid"]],
            _scol("after"): [fmt_score(v) for v in steps["cumulative_iid"]],
        }
    )


def table_gaps_by_opd(by_opd: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            _scol("rank"): range(1, len(by_opd) + 1),
            _scol("opd"): by_opd["opd_name"],
            _scol("n_innovations"): by_opd["n_innovations"].astype(int),
            _scol("n_missing"): by_opd["n_missing"].astype(int),
            _scol("points_at_risk"): [fmt_score(v) for v in by_opd["points_at_risk"]],
        }
    )


def table_gaps_by_innovation(by_innovation: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            _scol("rank"): range(1, len(by_innovation) + 1),
            _scol("innovation"): by_innovation["innovation_name"],
            _scol("opd"): by_innovation["opd_name"],
            _scol("missing"): by_innovation["missing"],
            _scol("n_missing"): by_innovation["n_missing"].astype(int),
            _scol("points_at_risk"): [fmt_score(v) for v in by_innovation["points_at_risk"]],
        }
    )


def scenario_lines(
    yd: YearData, sid_changes: Mapping[tuple[int, str], int], spd_changes: Mapping[str, int]
) -> list[str]:
    """The changes of a what-if scenario as Markdown lines (names escaped), SID first, in the
    method's indicator order.

    `sid_changes` maps (innovation_id, indicator code) to the new level, `spd_changes` code to level.
    """
    m = yd.method
    row_of = {int(i): r for r, i in enumerate(yd.innovation_id)}
    sid_col = {c: j for j, c in enumerate(m.sid_codes)}
    spd_col = {c: j for j, c in enumerate(m.spd_codes)}
    lines = []
    for (innovation_id, code), level in sorted(
        sid_changes.items(), key=lambda kv: (row_of[kv[0][0]], sid_col[kv[0][1]])
    ):
        r, j = row_of[innovation_id], sid_col[code]
        lines.append(
            t(
                "scoresim.whatif.change_sid",
                indicator=md(m.sid_indicators[j].name),
                innovation=md(yd.innovation_name[r]),
                opd=md(yd.opd_name[r]),
                from_level=int(yd.levels[r, j]),
                to_level=level,
            )
        )
    for code, level in sorted(spd_changes.items(), key=lambda kv: spd_col[kv[0]]):
        j = spd_col[code]
        lines.append(
            t(
                "scoresim.whatif.change_spd",
                indicator=md(m.spd_indicators[j].name),
                from_level=int(yd.spd_levels[j]),
                to_level=level,
            )
        )
    return lines
