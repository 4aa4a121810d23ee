"""Ringkasan (for the regent): where Pati stands against 60,01, and which OPD have no innovation yet.

One screen: five KPI cards with the change from the previous year, a three-to-five sentence
summary, the score over the years with the target line and the predicate bands, and the OPD
without an innovation in the chosen year.
"""

from __future__ import annotations

import streamlit as st

from analytics import briefing, charts, progress, tables
from analytics.safe import md, md_badge
from analytics.text import MISSING, fmt_number, fmt_percent, fmt_score, t
from ui import components, data, downloads, filters

KECAMATAN_PREFIX = "Kecamatan "

f = filters.current()
year = f.year
scope = f.describe()

results = data.query("published_index_results")
brief = briefing.assemble(
    year,
    scope=scope,
    by_year=data.query("participation_by_year", **f.scope_params()),
    counts=data.query("opd_innovation_counts", **f.scope_params()),
    pati=results[results["is_pati"]],
    targets=data.query("yearly_targets"),
    estimates=data.estimates(),
    bands=data.bands(year),
)
point, previous, target = brief.point, brief.previous, brief.target
cur, prev, is_sample = brief.current, brief.prev_year, brief.is_sample

components.page_header(
    t("page.ringkasan.title", year=year), t("page.ringkasan.caption", target=fmt_score(target))
)
components.scope_caption(scope)
if data.estimates_error():
    st.warning(data.estimates_error())

# --- KPI cards ----------------------------------------------------------------------------------
cards = st.columns(5, border=True)
points_suffix = t("kpi.pp_suffix")

with cards[0]:
    st.metric(
        t("kpi.score"),
        fmt_score(point.score) if point.has_score else MISSING,
        delta=components.delta(progress.change(point.score, previous.score if previous else None), 2),
        help=t("kpi.score.help"),
    )
    if point.has_score:
        with st.container(horizontal=True, gap="small"):
            official = point.kind == progress.OFFICIAL
            st.badge(tables.score_kind(point), color="blue" if official else "orange")
            st.badge(md_badge(point.predicate) if point.predicate else MISSING, color="gray")
        st.caption(tables.score_note(point, short=True, markdown=True))
    else:
        st.caption(t("kpi.score.none"))
    if f.is_narrowed:
        st.caption(t("kpi.score.whole_regency"))

with cards[1]:
    label_gap = t("kpi.gap", target=fmt_score(target))
    if point.has_score:
        gap = progress.gap(point.score, target, brief.bands)
        before = progress.gap(previous.score, target, brief.bands) if previous else None
        st.metric(
            label_gap,
            # the number alone: "7,01 poin" does not fit a fifth of a projector screen
            t("kpi.gap.reached") if gap.reached else fmt_score(gap.to_target),
            # a shrinking distance is good news: inverse colours
            delta=components.delta(
                progress.change(max(gap.to_target, 0), max(before.to_target, 0))
                if before and not (gap.reached and before.reached)
                else None,
                2,
            ),
            delta_color="inverse",
            help=t("kpi.gap.help", target=fmt_score(target)),
        )
        if gap.reached:
            st.caption(t("kpi.gap.above", gap=fmt_score(-gap.to_target)))
        else:
            st.caption(t("kpi.gap.below"))
    else:
        st.metric(label_gap, MISSING, help=t("kpi.gap.help", target=fmt_score(target)))
        st.caption(t("kpi.score.none"))

with cards[2]:
    st.metric(
        t("kpi.innovations"),
        fmt_number(cur.n_innovations if cur else None),
        delta=components.delta(cur.n_innovations - prev.n_innovations if cur and prev else None),
    )
    components.sample_badge(is_sample)

with cards[3]:
    coverage = cur.coverage if cur else None
    before = prev.coverage if prev else None
    st.metric(
        t("kpi.coverage"),
        fmt_percent(coverage),
        delta=components.delta(
            (coverage - before) * 100 if coverage is not None and before is not None else None,
            suffix=points_suffix,
        ),
        help=t("kpi.coverage.help"),
    )
    if cur:
        st.caption(
            t(
                "kpi.coverage.caption",
                x=fmt_number(cur.n_opd_with_innovation),
                n=fmt_number(cur.n_opd),
                goal=fmt_percent(brief.target_coverage),
            )
        )
        st.progress(min(1.0, coverage or 0.0))

with cards[4]:
    share = cur.share_digital if cur else None
    before = prev.share_digital if prev else None
    st.metric(
        t("kpi.digital"),
        fmt_percent(share),
        delta=components.delta(
            (share - before) * 100 if share is not None and before is not None else None,
            suffix=points_suffix,
        ),
        # more digital is not better by itself (non-digital innovations count the same)
        delta_color="off",
        help=t("kpi.digital.help"),
    )
    if cur:
        st.caption(t("kpi.digital.caption", x=fmt_number(cur.n_digital), n=fmt_number(cur.n_innovations)))

comparisons = []
if prev is not None:
    comparisons.append(t("kpi.arrows.year", year=prev.year))
if previous is not None and point.has_score:
    comparisons.append(t("kpi.arrows.score", year=previous.year, kind=tables.score_kind(previous)))
if comparisons:
    st.caption(t("kpi.arrows", what="; ".join(comparisons)))

# --- the summary in words -------------------------------------------------------------------------
year_counts, without = brief.year_counts, brief.without
left, right = st.columns([3, 2])
with left, st.container(border=True, height="stretch"):
    st.markdown(f"**{t('page.ringkasan.summary')}**")
    components.sample_badge(is_sample)
    st.markdown(" ".join(brief.sentences_markdown))

# --- the OPD without an innovation: the regent's second question --------------------------------
with right, st.container(border=True, height="stretch"):
    st.markdown(f"**{t('page.ringkasan.without', year=year)}**")
    components.sample_badge(is_sample)
    if year_counts.empty:
        components.no_data(year)
    elif without.empty:
        st.success(t("page.ringkasan.without_none"))
    else:
        for is_kec, group in without.groupby("is_kecamatan", sort=True):
            if is_kec:
                # under the heading "Kecamatan" the word need not be repeated in every name
                names = [n.removeprefix(KECAMATAN_PREFIX) for n in group["opd_name"]]
                heading = t("page.ringkasan.group_kecamatan")
            else:
                names, heading = list(group["opd_name"]), t("page.ringkasan.group_opd")
            st.markdown(f"**{heading} ({fmt_number(len(group))}):** " + " · ".join(md(n) for n in names))

# --- score over the years -------------------------------------------------------------------------
st.subheader(t("page.ringkasan.chart"), anchor=False)
points_df = progress.points_frame(brief.points)
components.chart_with_table(
    charts.figure_score_trend(points_df, brief.bands, target, sample=brief.any_sample_estimate, title=""),
    tables.table_scores(brief.points),
    key="ringkasan_score",
    file_name="skor-iid-per-tahun",
    caption=t("page.ringkasan.chart_caption"),
)

# --- handouts for the room: made only when clicked (see ui/downloads.py) -----------------------
downloads.buttons(f)
