"""Progres Skor: the subject region's official index results against the goal and the predicate
bands, the gap to 60,01 and to the next band, the yearly gain needed to reach a goal by a chosen
year, and the region beside other regions' published results of the same years (its own province
first; the national picture is partial and the page says so).

Only official, published results are used above the marker at the end; the scoring engine's
estimates and the simulator (issue 4) are added below it.
"""

from __future__ import annotations

import streamlit as st

from analytics import briefing, charts, progress, tables
from analytics.safe import md, md_badge
from analytics.text import MISSING, fmt_score, t
from ui import components, data, filters, links, score_sections
from ui.figures import later

GOAL_CHOICES = (65.0, 70.0, 75.0, 80.0, 85.0, 90.0, 95.0, 100.0)
GOAL_YEARS_AHEAD = 8
# the page's own choices are bound to the URL too, so a shared link shows the same trend and comparison
GOAL_KEY = "sasaran"
GOAL_YEAR_KEY = "tahun_sasaran"
COMPARE_YEAR_KEY = "banding"

f = filters.current()
year = f.year

subject = data.subject()
words = data.subject_words()
results = data.query("published_index_results", **subject.params())
targets = data.query("yearly_targets")
bands = data.bands(year)
own = results[results["is_subject"]].sort_values("year")
official = [progress.official_point(r, bands) for r in own.to_dict("records")]
target = progress.goal_for_year(targets, year).score

components.page_header(t("page.progres.title"), t("page.progres.caption", **words))
st.caption(t("page.progres.filters_note"))

# --- official results by year ---------------------------------------------------------------------
st.subheader(t("page.progres.official"), anchor=False)
points_df = progress.points_frame(official)
components.chart_with_table(
    later(charts.figure_score_trend, points_df, bands, target, title=""),
    later(tables.table_scores, official),
    key="progres_official",
    file_name="skor-resmi-per-tahun",
)
all_years = data.query("dashboard_years", **subject.params())["year"].astype(int).tolist()
if all_years:
    unpublished = sorted(set(range(min(all_years), max(all_years) + 1)) - set(own["year"].astype(int)))
    if unpublished:
        st.caption(t("page.progres.unpublished", years=", ".join(str(y) for y in unpublished)))
if any(p.predicate_derived for p in official):
    st.caption(t("page.progres.derived_note"))

upto = own[own["year"] <= year] if year is not None else own
if upto.empty:
    st.info(t("page.progres.none_yet", year=year, **words))
else:
    base = progress.official_point(upto.iloc[-1].to_dict(), bands)

    # --- the gaps ---------------------------------------------------------------------------------
    st.subheader(t("page.progres.gaps", year=base.year), anchor=False)
    if base.year != year:
        st.caption(t("page.progres.latest_before", year=year, base=base.year))
    gap = progress.gap(base.score, target, bands)
    cols = st.columns(3, border=True)
    with cols[0]:
        st.metric(t("page.progres.kpi_score", year=base.year), fmt_score(base.score))
        st.badge(md_badge(base.predicate) if base.predicate else MISSING, color="blue")
        st.caption(tables.score_note(base, markdown=True))
    with cols[1]:
        st.metric(
            t("kpi.gap", target=fmt_score(gap.target)),
            t("kpi.gap.reached") if gap.reached else fmt_score(gap.to_target),
        )
        st.caption(t("kpi.gap.above", gap=fmt_score(-gap.to_target)) if gap.reached else t("kpi.gap.below"))
    with cols[2]:
        if gap.next_band:
            st.metric(
                t("page.progres.kpi_next_band", band=md(gap.next_band)),
                t("kpi.gap.points", gap=fmt_score(gap.to_next_band)),
            )
            st.caption(t("page.progres.next_band_caption", band=md(gap.next_band)))
        else:
            st.metric(t("page.progres.kpi_next_band_none"), md(base.predicate) if base.predicate else MISSING)
            st.caption(t("page.progres.top_band"))

    # --- the trend needed -------------------------------------------------------------------------
    st.subheader(t("page.progres.trend"), anchor=False)
    goals = sorted({round(gap.target, 2), *GOAL_CHOICES})
    # once the goal is reached, the next round goal above the score is the useful question
    above = [g for g in goals if g > base.score]
    default_goal = round(gap.target, 2) if not gap.reached or not above else above[0]
    goal_years = list(range(base.year + 1, base.year + GOAL_YEARS_AHEAD + 1))
    if gap.reached and above:
        st.caption(t("page.progres.next_goal", target=fmt_score(gap.target), goal=fmt_score(default_goal)))
    # a goal or year in a shared link that the sliders do not offer is said at the top of the page
    links.expect(GOAL_KEY, [fmt_score(g) for g in goals], fmt_score(default_goal))
    links.expect(GOAL_YEAR_KEY, [str(y) for y in goal_years], str(goal_years[0]))
    c1, c2 = st.columns(2, gap="large")
    goal = c1.select_slider(
        t("page.progres.goal"),
        goals,
        value=default_goal,
        format_func=fmt_score,
        key=GOAL_KEY,
        bind="query-params",
    )
    goal_year = c2.select_slider(
        t("page.progres.goal_year"),
        goal_years,
        value=goal_years[0],
        key=GOAL_YEAR_KEY,
        bind="query-params",
    )
    trend = progress.trend_to_goal(upto, goal, goal_year)
    per_year = t("page.progres.per_year_suffix")
    cols = st.columns(2, border=True)
    cols[0].metric(
        t("page.progres.kpi_needed"),
        t("page.progres.reached_short")
        if trend.reached
        else f"{components.delta(trend.needed_per_year, 2)}{per_year}",
        help=t("page.progres.kpi_needed_help", goal=fmt_score(goal), year=goal_year),
    )
    cols[1].metric(
        t("page.progres.kpi_pace", first=int(upto["year"].min()), last=base.year),
        f"{components.delta(trend.pace_per_year, 2)}{per_year}"
        if trend.pace_per_year is not None
        else MISSING,
        help=t("page.progres.pace_help"),
    )
    st.markdown(briefing.trend_sentence(trend))
    components.chart_with_table(
        later(
            charts.figure_goal_path, upto, base.year, base.score, goal_year, goal, trend.pace_per_year, bands
        ),
        later(tables.table_goal_path, trend),
        key="progres_goal_path",
        file_name=f"jalur-ke-sasaran-{goal_year}",
    )

# --- the region beside other regions -------------------------------------------------------------
st.subheader(t("page.progres.compare", **words), anchor=False)
own_years = [int(y) for y in own["year"]]
if not own_years:
    st.info(t("page.progres.compare_none", **words))
else:
    earlier = [y for y in own_years if year is None or y <= year]
    default_year = earlier[-1] if earlier else own_years[-1]
    links.expect(COMPARE_YEAR_KEY, [str(y) for y in own_years], str(default_year))
    chosen = st.segmented_control(
        t("page.progres.compare_year"),
        own_years,
        default=default_year,
        key=COMPARE_YEAR_KEY,
        bind="query-params",
        required=True,
    )
    chosen = chosen if chosen is not None else default_year
    same_year = results[results["year"] == chosen]
    components.chart_with_table(
        later(charts.figure_region_comparison, same_year, bands, target),
        later(tables.table_regions, same_year),
        key="progres_compare",
        file_name=f"perbandingan-daerah-{chosen}",
    )
    others = int((~same_year["is_subject"]).sum())
    st.caption(t("page.progres.compare_caption", **words))
    st.warning(t("page.progres.partial", n=others, year=chosen, **words), icon=":material/info:")

# --- estimate & simulator sections (issue 4) ---
score_sections.render(year, scope=f.describe())
