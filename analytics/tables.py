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
            t("col.year"): p.year,
            t("col.score"): fmt_score(p.score),
            t("col.kind"): score_kind(p),
            t("col.predicate"): p.predicate or MISSING,
            t("col.note"): score_note(p),
        }
        for p in points
    ]
    return pd.DataFrame(
        rows, columns=[t(k) for k in ("col.year", "col.score", "col.kind", "col.predicate", "col.note")]
    )


def table_opd_counts(counts: pd.DataFrame) -> pd.DataFrame:
    data = counts.sort_values(["n_innovations", "opd_name"], ascending=[False, True])
    return pd.DataFrame(
        {
            t("col.opd"): data["opd_name"],
            t("col.group"): [label(k) for k in data["opd_kind"]],
            t("col.n_innovations"): data["n_innovations"].astype(int),
            t("col.n_digital"): data["n_digital"].astype(int),
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
        return pd.DataFrame(columns=[t("col.opd")])
    grid = counts.pivot_table(
        index=["opd_id", "is_kecamatan"], columns="year", values="n_innovations", aggfunc="sum"
    ).fillna(0)
    grid = grid.astype(int).reset_index()
    names = opd_names_in_year(counts, year).set_index("opd_id")["opd_name"]
    grid.insert(0, t("col.opd"), grid["opd_id"].map(names))
    grid = grid.sort_values(["is_kecamatan", t("col.opd")]).drop(columns=["opd_id", "is_kecamatan"])
    grid.columns = [str(c) for c in grid.columns]
    return grid.reset_index(drop=True)


def table_coverage(summary: pd.DataFrame) -> pd.DataFrame:
    data = summary.sort_values("year")
    return pd.DataFrame(
        {
            t("col.year"): data["year"],
            t("col.opd_with"): [
                t("col.x_of_n", x=fmt_number(a), n=fmt_number(b))
                for a, b in zip(data["n_opd_with_innovation"], data["n_opd"], strict=True)
            ],
            t("col.coverage"): [fmt_percent(v) for v in data["opd_coverage"]],
            t("col.coverage_opd"): [fmt_percent(v) for v in data["opd_only_coverage"]],
            t("col.coverage_kecamatan"): [fmt_percent(v) for v in data["kecamatan_coverage"]],
            t("col.goal"): [fmt_percent(v) for v in data["target_opd_coverage"]],
        }
    )


def table_jenis_by_year(summary: pd.DataFrame) -> pd.DataFrame:
    data = summary.sort_values("year")
    return pd.DataFrame(
        {
            t("col.year"): data["year"],
            label("digital"): data["n_digital"].astype(int),
            label("non-digital"): data["n_non_digital"].astype(int),
            t("col.n_innovations"): data["n_innovations"].astype(int),
            t("col.share_digital"): [fmt_percent(v) for v in data["share_digital"]],
        }
    )


def table_category(counts: pd.DataFrame, heading: str) -> pd.DataFrame:
    data = counts.sort_values(["n", "value"], ascending=[False, True])
    n_of = data["n_of"] if "n_of" in data else pd.Series([data["n"].sum()] * len(data), index=data.index)
    return pd.DataFrame(
        {
            heading: [label(v) for v in data["value"]],
            t("col.n_innovations"): data["n"].astype(int),
            t("col.share"): [fmt_percent(n / d if d else None) for n, d in zip(data["n"], n_of, strict=True)],
        }
    )


# the label of each innovation criterion, and of all four (the criteria chart and its table)
CRITERIA_TEXT = {
    "perubahan": "chart.criteria.perubahan",
    "dampak terukur": "chart.criteria.dampak_terukur",
    "metode baru": "chart.criteria.metode_baru",
    "kolaborasi": "chart.criteria.kolaborasi",
    "keempatnya": "chart.criteria.keempatnya",
}


def table_criteria(counts: pd.DataFrame, order: Iterable[str]) -> pd.DataFrame:
    by_value = dict(zip(counts["value"], counts["n"], strict=True))
    n_of = int(counts["n_of"].max()) if not counts.empty else 0
    rows = [
        {
            t("col.criterion"): t(CRITERIA_TEXT[c]),
            t("col.n_innovations"): int(by_value.get(c, 0)),
            t("col.share"): fmt_percent(by_value.get(c, 0) / n_of if n_of else None),
        }
        for c in order
    ]
    return pd.DataFrame(rows)


def table_regions(results: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("col.region"): results["region"],
            t("col.province"): results["province"],
            t("col.year"): results["year"],
            t("col.score"): [fmt_score(v) for v in results["score"]],
            t("col.predicate"): results["predicate"].fillna(MISSING),
            t("col.rank"): [
                t("col.rank_value", rank=int(r), scope=source_label(s) if s else "")
                if pd.notna(r)
                else MISSING
                for r, s in zip(results["rank"], results["rank_scope"], strict=True)
            ],
            t("col.source"): [source_label(v) for v in results["source"]],
        }
    )


def table_innovations(innovations: pd.DataFrame) -> pd.DataFrame:
    """The Data Inovasi table: one row per innovation, index = innovation_id."""
    data = innovations
    table = pd.DataFrame(
        {
            t("col.year"): data["year"],
            t("col.innovation"): data["innovation_name"],
            t("col.opd"): data["opd_short_name"],
            t("col.jenis"): [label(v) for v in data["jenis"]],
            t("col.bentuk"): [label(v) for v in data["bentuk"]],
            t("col.tahapan"): [label(v) for v in data["tahapan"]],
            t("col.urusan"): [str(v).capitalize() for v in data["urusan"]],
            t("col.launch_date"): [fmt_date(d) for d in data["launch_date"]],
            t("col.criteria"): [t("col.criteria_value", n=int(n)) for n in data["criteria_met"]],
            t("col.sample"): [_yes(v) for v in data["is_sample"]],
        }
    )
    table.index = data["innovation_id"].to_numpy()
    return table


def innovation_fields(row: pd.Series) -> pd.DataFrame:
    """Every field of one innovation as (field, value) rows, in Indonesian."""
    fields = [
        ("col.innovation", row["innovation_name"]),
        ("col.year", str(int(row["year"]))),
        ("col.opd", row["opd_name"]),
        ("col.unit", row["unit"] if isinstance(row["unit"], str) else MISSING),
        ("col.jenis", label(row["jenis"])),
        ("col.bentuk", label(row["bentuk"])),
        ("col.tahapan", label(row["tahapan"])),
        ("col.inisiator", label(row["inisiator"])),
        ("col.urusan", str(row["urusan"]).capitalize()),
        ("col.trial_date", fmt_date(row["trial_date"])),
        ("col.launch_date", fmt_date(row["launch_date"])),
        ("col.description", row["description"] if isinstance(row["description"], str) else MISSING),
        ("col.criterion_change", _yes(row["has_change"])),
        ("col.criterion_impact", _yes(row["has_measured_impact"])),
        ("col.criterion_method", _yes(row["has_new_method"])),
        ("col.criterion_collaboration", _yes(row["has_collaboration"])),
        ("col.sample", _yes(row["is_sample"])),
    ]
    return pd.DataFrame([(t(k), v) for k, v in fields], columns=[t("col.field"), t("col.value")])


def table_evidence(levels: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("col.indicator"): levels["indicator_name"],
            t("col.mandatory"): [_yes(v) for v in levels["mandatory"]],
            t("col.level"): levels["level"].astype(int),
        }
    )


def table_without_innovation(counts: pd.DataFrame) -> pd.DataFrame:
    data = counts[~counts["has_innovation"]].sort_values(["is_kecamatan", "opd_name"])
    return pd.DataFrame(
        {t("col.opd"): data["opd_name"], t("col.group"): [label(k) for k in data["opd_kind"]]}
    )


def table_goal_path(trend: Trend) -> pd.DataFrame:
    """Year by year: the score on the straight path to the goal, and where the current pace leads."""
    rows = []
    for year in range(trend.base_year, trend.goal_year + 1):
        k = year - trend.base_year
        needed = trend.base_score + (trend.needed_per_year or 0.0) * k
        pace = trend.base_score + trend.pace_per_year * k if trend.pace_per_year is not None else None
        rows.append(
            {
                t("col.year"): year,
                t("col.path_needed"): MISSING if trend.reached else fmt_score(min(100.0, needed)),
                t("col.path_pace"): fmt_score(min(100.0, max(0.0, pace))) if pace is not None else MISSING,
            }
        )
    return pd.DataFrame(rows)


# ---------------------------------------------------------------------------------------------
# The estimate sections of Progres Skor: the plan, the evidence gaps, a what-if scenario


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
            t("scoresim.col.step"): steps["step"].astype(int),
            t("scoresim.col.action"): steps["description"],
            t("scoresim.col.mandatory"): [t("scoresim.yes") if m else "" for m in steps["mandatory"]],
            t("scoresim.col.gain"): [fmt_signed(g) for g in steps["gain_iid"]],
            t("scoresim.col.after"): [fmt_score(v) for v in steps["cumulative_iid"]],
        }
    )


def table_gaps_by_opd(by_opd: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("scoresim.col.rank"): range(1, len(by_opd) + 1),
            t("scoresim.col.opd"): by_opd["opd_name"],
            t("scoresim.col.n_innovations"): by_opd["n_innovations"].astype(int),
            t("scoresim.col.n_missing"): by_opd["n_missing"].astype(int),
            t("scoresim.col.points_at_risk"): [fmt_score(v) for v in by_opd["points_at_risk"]],
        }
    )


def table_gaps_by_innovation(by_innovation: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("scoresim.col.rank"): range(1, len(by_innovation) + 1),
            t("scoresim.col.innovation"): by_innovation["innovation_name"],
            t("scoresim.col.opd"): by_innovation["opd_name"],
            t("scoresim.col.missing"): by_innovation["missing"],
            t("scoresim.col.n_missing"): by_innovation["n_missing"].astype(int),
            t("scoresim.col.points_at_risk"): [fmt_score(v) for v in by_innovation["points_at_risk"]],
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
