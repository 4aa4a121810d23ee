"""Peringkat: where the subject region stands among the regions of its kind, nationally and in its
province; the spread of all scores and the share per predicate; its neighbours over the years; and
its rank from year to year.

A rank is computed only from a stored table that holds every region of its scope
(`analytics.ranking`); otherwise the page says how many it holds and shows no rank. A published
rank is shown as published, beside the computed one. Anything drawn from sample rows (a generated
table, `python -m analytics sample-hasil`) says "data contoh".
"""

from __future__ import annotations

import streamlit as st

from analytics import charts_ranking, ranking, regions, tables_ranking
from analytics.safe import md, md_badge
from analytics.text import MISSING, fmt_percent, fmt_score, source_label, t
from ui import components, data, filters, links
from ui.figures import later

YEAR_KEY = "tahun_peringkat"
SCOPE_KEY = "lingkup"

f = filters.current()
ref = regions.reference()
subject = regions.subject(ref)
table = ranking.coded(data.query("region_results"), ref)
years = ranking.years(table)
name = md(subject.name)

components.page_header(
    t("page.peringkat.title"), t("page.peringkat.caption", subject=name, province=md(subject.province))
)
st.caption(t("page.peringkat.filters_note"))

if not years:
    st.info(t("page.peringkat.none"))
    st.stop()

# the sidebar's year when results exist for it, else the latest year with results before it
earlier = [y for y in years if f.year is None or y <= f.year]
default_year = earlier[-1] if earlier else years[-1]
links.expect(YEAR_KEY, [str(y) for y in years], str(default_year))
chosen = st.segmented_control(
    t("page.peringkat.year"), years, default=default_year, key=YEAR_KEY, bind="query-params", required=True
)
year = int(chosen) if chosen is not None else default_year
bands = data.bands(year)
standings = ranking.standings(table, subject, ref, year)

# --- the subject's standing in each scope ---------------------------------------------------------
st.subheader(t("page.peringkat.standing", subject=name, year=year), anchor=False)
own = next((s for s in standings if s.score is not None), None)
columns = st.columns(len(standings) + 1, border=True)
for column, s in zip(columns, standings, strict=False):
    with column:
        scope = s.scope.label(md)
        label = t("page.peringkat.kpi_rank", where=s.scope.where(md))
        if s.rank is not None:
            st.metric(label, t("ranking.rank_of", rank=s.rank, size=s.scope.size))
            st.caption(f"{t('ranking.among', size=s.scope.size, scope=scope)}; {t('ranking.computed')}")
            if s.rank == 1 and s.below == s.scope.size - 1:
                st.caption(t("ranking.top", scope=scope))
            elif s.share_below is not None:
                kind = t(ranking.KIND_TEXT[s.scope.kind])
                st.caption(t("ranking.share_below", share=fmt_percent(s.share_below), kind=kind))
            components.sample_badge(s.is_sample)
        else:
            st.metric(label, t("page.peringkat.kpi_no_rank"))
            if s.score is None and s.complete:
                st.caption(t("ranking.no_score", year=year, subject=name))
            else:
                st.caption(t("ranking.partial", year=year, present=s.present, size=s.scope.size, scope=scope))
        if s.published_here:
            published = md(source_label(s.published_scope) or MISSING)
            st.caption(t("ranking.published", rank=s.published_rank, scope=published))
with columns[-1]:
    st.metric(t("page.peringkat.kpi_score", year=year), fmt_score(own.score) if own else MISSING)
    if own and own.predicate:
        st.badge(md_badge(own.predicate), color="blue")
    if own and own.source and not own.score_is_sample:
        st.caption(t("page.peringkat.score_official", source=md(source_label(own.source))))
    components.sample_badge(own is not None and own.score_is_sample)

if any(s.rank is not None and s.is_sample for s in standings):
    st.warning(t("page.peringkat.sample_note"), icon=":material/science:")
if all(s.rank is None for s in standings):
    st.info(t("page.peringkat.how"), icon=":material/info:")

# --- in one scope: the spread of scores, the share per predicate, the rank over the years -----------
by_key = {s.scope.key: s for s in standings}


def scope_option(key: str) -> str:
    # the option's label is what the address holds (lingkup=Jawa+Tengah); province names come
    # from the committed reference list and hold no Markdown
    scope = by_key[key].scope
    return t("page.peringkat.scope_national") if key == ranking.NATIONAL else str(scope.province)


links.expect(SCOPE_KEY, [scope_option(k) for k in by_key], scope_option(ranking.NATIONAL))
picked = st.segmented_control(
    t("col.scope"),
    list(by_key),
    default=ranking.NATIONAL,
    format_func=scope_option,
    key=SCOPE_KEY,
    bind="query-params",
    required=True,
)
current = by_key.get(picked or ranking.NATIONAL, standings[0])
scope_label = current.scope.label(md)
if current.complete:
    spread = ranking.distribution(table, subject, current.scope, year)
    sample = bool(spread["is_sample"].any())
    components.section(t("page.peringkat.distribution", scope=scope_label, year=year), sample=sample)
    components.chart_with_table(
        later(charts_ranking.figure_score_distribution, spread, subject.name, bands, sample=sample),
        later(tables_ranking.table_distribution, spread),
        key="peringkat_distribution",
        file_name=f"sebaran-skor-{current.scope.key}-{year}",
        caption=t("page.peringkat.distribution_caption", subject=name),
        sample=sample,
    )
    shares = ranking.predicate_shares(table, current.scope, year, bands)
    components.section(t("page.peringkat.predicates", scope=scope_label, year=year), sample=sample)
    derived = int(shares["derived"].sum())
    components.chart_with_table(
        later(charts_ranking.figure_predicate_shares, shares, sample=sample),
        later(tables_ranking.table_predicate_shares, shares),
        key="peringkat_predicates",
        file_name=f"porsi-predikat-{current.scope.key}-{year}",
        caption=t("page.peringkat.predicates_derived", n=derived) if derived else None,
        sample=sample,
    )
else:
    st.info(
        t(
            "page.peringkat.distribution_partial",
            year=year,
            scope=scope_label,
            present=current.present,
            size=current.scope.size,
        )
    )

history = ranking.history(table, subject, ref)
history = history[history["scope"] == current.scope.key]
ranked = history.dropna(subset=["rank"])
sample = bool(ranked["is_sample"].any())
components.section(t("page.peringkat.history", where=current.scope.where(md)), sample=sample)
if ranked.empty:
    st.info(t("page.peringkat.history_none", scope=scope_label))
else:
    components.chart_with_table(
        later(charts_ranking.figure_rank_history, history, sample=sample),
        later(tables_ranking.table_rank_history, history),
        key="peringkat_history",
        file_name=f"peringkat-{current.scope.key}-per-tahun",
        sample=sample,
    )
    gaps = history[history["rank"].isna()]["year"].astype(int).tolist()
    if gaps:
        st.caption(t("page.peringkat.history_partial", years=", ".join(str(y) for y in gaps)))

# --- the neighbours over the years ------------------------------------------------------------
neighbours = ranking.neighbour_scores(table, subject, ref)
sample = bool(neighbours["is_sample"].any())
components.section(t("page.peringkat.neighbours", subject=name), sample=sample)
if not ref.neighbours(subject.code):
    st.info(t("page.peringkat.neighbours_none", subject=name))
components.chart_with_table(
    later(charts_ranking.figure_neighbour_scores, neighbours, bands, sample=sample),
    later(tables_ranking.table_neighbour_scores, neighbours),
    key="peringkat_neighbours",
    file_name="tetangga-per-tahun",
    sample=sample,
)
missing = ranking.neighbours_without_results(table, subject, ref)
if missing:
    st.caption(t("page.peringkat.neighbours_missing", names=", ".join(md(r.name) for r in missing)))
