"""Partisipasi OPD: innovations per OPD, OPD by year, coverage against the 100 % goal, and the
innovations of one chosen OPD. The 21 kecamatan are always shown as their own group."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import charts, progress, tables
from analytics.safe import md
from analytics.text import fmt_date, fmt_number, fmt_percent, label, t
from ui import components, data, downloads, filters
from ui.figures import later

f = filters.current()
year = f.year

counts = data.query("opd_innovation_counts", **f.scope_params())
by_year = data.query("participation_by_year", **f.scope_params())
year_counts = counts[counts["year"] == year]
is_sample = bool(counts["has_sample"].any())

components.page_header(t("page.partisipasi.title", year=year), t("page.partisipasi.caption"))
components.scope_caption(f.describe())

if year_counts.empty:
    components.no_data(year)
    st.stop()

# --- headline numbers -----------------------------------------------------------------------------
row = by_year[by_year["year"] == year].iloc[0]
goal = progress.goal_for_year(data.query("yearly_targets"), year)
cols = st.columns(3, border=True)
cols[0].metric(
    t("page.partisipasi.kpi_all"),
    t("col.x_of_n", x=fmt_number(row["n_opd_with_innovation"]), n=fmt_number(row["n_opd"])),
    help=t("kpi.coverage.help", goal=fmt_percent(goal.coverage)),
)
cols[1].metric(
    t("page.partisipasi.kpi_opd"),
    t("col.x_of_n", x=fmt_number(row["n_opd_only_with_innovation"]), n=fmt_number(row["n_opd_only"])),
)
cols[2].metric(
    t("page.partisipasi.kpi_kecamatan"),
    t("col.x_of_n", x=fmt_number(row["n_kecamatan_with_innovation"]), n=fmt_number(row["n_kecamatan"])),
)

# --- innovations per OPD, kecamatan as their own group --------------------------------------------
groups = [
    (False, t("page.partisipasi.group_opd"), "opd"),
    (True, t("page.partisipasi.group_kecamatan"), "kecamatan"),
]
present = [g for g in groups if (year_counts["is_kecamatan"] == g[0]).any()]


def by_group(frame, figure, table, key: str, file_name: str, **options) -> None:
    """One chart per group side by side: the OPD, then the kecamatan (their own group).
    `file_name` of the CSV download, with {group} for "opd" or "kecamatan"; `options` go to both
    the figure and the table builder."""
    for column, (is_kec, title, group) in zip(st.columns(len(present), gap="large"), present, strict=True):
        part = frame[frame["is_kecamatan"] == is_kec]
        with column:
            st.markdown(f"**{title}**")
            components.chart_with_table(
                later(figure, part, sample=is_sample, **options),
                later(table, part, **options),
                key=f"{key}_{group}",
                file_name=file_name.format(group=group),
                sample=is_sample,
            )


st.subheader(t("page.partisipasi.per_opd", year=year), anchor=False)
by_group(
    year_counts, charts.figure_opd_counts, tables.table_opd_counts, "per_opd", f"inovasi-per-{{group}}-{year}"
)

# --- OPD by year ----------------------------------------------------------------------------------
st.subheader(t("page.partisipasi.heatmap"), anchor=False)
st.caption(t("page.partisipasi.heatmap_caption"))
# one row per OPD (opd_id), under its name in the year being viewed: a renamed OPD stays one row
by_group(
    counts,
    charts.figure_opd_heatmap,
    tables.table_opd_by_year,
    "heatmap",
    "inovasi-{group}-per-tahun",
    year=year,
)

# --- coverage over the years ----------------------------------------------------------------------
st.subheader(t("page.partisipasi.coverage"), anchor=False)
if by_year["n_opd"].le(1).all():
    # one OPD: its coverage is 0 or 100 %; the chart shows its innovations per year instead
    st.caption(t("page.partisipasi.coverage_one"))
components.chart_with_table(
    later(charts.figure_coverage_trend, by_year, sample=is_sample),
    later(tables.table_coverage, by_year),
    key="coverage",
    file_name="cakupan-opd-per-tahun",
    sample=is_sample,
)

# --- one OPD and its innovations ------------------------------------------------------------------
st.subheader(t("page.partisipasi.one_opd"), anchor=False)
ranked = year_counts.sort_values(["n_innovations", "opd_name"], ascending=[False, True])
options = list(ranked["opd_id"])
names = dict(zip(ranked["opd_id"], ranked["opd_name"], strict=True))
n_by_opd = dict(zip(ranked["opd_id"], ranked["n_innovations"], strict=True))
chosen = st.selectbox(
    t("page.partisipasi.choose"),
    options,
    index=options.index(f.opd_id) if f.opd_id in options else 0,
    format_func=lambda o: t("page.partisipasi.choose_option", name=names[o], n=fmt_number(n_by_opd[o])),
    key="partisipasi_opd_pilih",
)
history = counts[counts["opd_id"] == chosen].sort_values("year")
st.caption(
    t("page.partisipasi.history")
    + " · ".join(
        f"{int(y)}: {fmt_number(n)}" for y, n in zip(history["year"], history["n_innovations"], strict=True)
    )
)
# the OPD's follow-up sheet (its to-do list for the year, the whole OPD whatever the filters)
short_names = dict(zip(year_counts["opd_id"], year_counts["opd_short_name"], strict=True))
downloads.sheet_button(year, chosen, short_names.get(chosen) or chosen)
own = data.query("innovations_filtered", **{**f.params(), "opd_id": chosen, "opd_kind": None, "search": None})
if own.empty:
    st.info(t("page.partisipasi.none_for_opd", name=md(names[chosen]), year=year))
else:
    components.sample_badge(bool(own["is_sample"].any()))
    own_table = pd.DataFrame(
        {
            t("col.innovation"): own["innovation_name"],
            t("col.jenis"): [label(v) for v in own["jenis"]],
            t("col.tahapan"): [label(v) for v in own["tahapan"]],
            t("col.urusan"): [str(v).capitalize() for v in own["urusan"]],
            t("col.launch_date"): [fmt_date(d) for d in own["launch_date"]],
            t("col.criteria"): [t("col.criteria_value", n=int(n)) for n in own["criteria_met"]],
        }
    )
    st.dataframe(own_table, hide_index=True, width="stretch")
    components.csv_button(own_table, f"inovasi-{chosen}-{year}", key="csv_partisipasi_opd_pilih")
    st.caption(
        t(
            "page.partisipasi.opd_digital",
            share=fmt_percent(own["is_digital"].mean()),
            n=fmt_number(len(own)),
        )
    )
