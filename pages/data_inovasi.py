"""Data Inovasi: a searchable, filterable table of innovations; choosing one shows every field and
its evidence level per SID indicator."""

from __future__ import annotations

import streamlit as st

from analytics import charts, tables
from analytics.safe import md
from analytics.text import fmt_number, t
from ui import components, data, downloads, filters, links
from ui.figures import later

SEARCH_KEY = "cari"  # bound to the URL too, so a search can be shared like the filters
ALL_YEARS_KEY = "semua_tahun"  # bound to the URL (?semua_tahun=true)
DETAIL_KEY = "data_rincian"
TABLE_KEY = "data_tabel"
PICKED_KEY = "_data_dipilih"

f = filters.current()

components.page_header(t("page.data.title"), t("page.data.caption"))
components.scope_caption(f.describe())

c1, c2 = st.columns([3, 1], vertical_alignment="bottom")
search = c1.text_input(
    t("page.data.search"),
    key=SEARCH_KEY,
    bind="query-params",
    placeholder=t("page.data.search_placeholder"),
    icon=":material/search:",
)
links.expect(ALL_YEARS_KEY, ("true", "false"), t("page.data.one_year", year=f.year), any_case=True)
all_years = c2.toggle(t("page.data.all_years"), key=ALL_YEARS_KEY, bind="query-params")

search = (search or "").strip() or None
params = {**f.params(), "search": search}
if all_years:
    params["year"] = None
innovations = data.query("innovations_filtered", **params)

where = t("page.data.all_years_short") if all_years else str(f.year)
st.markdown(t("page.data.count", n=fmt_number(len(innovations)), where=where))
# the filtered year as a workbook, narrowed by the search too ('all years' aside: one year per file)
downloads.excel_button(f, search=search)
if all_years and f.year is not None:
    st.caption(t("page.data.excel_one_year", year=f.year))
if innovations.empty:
    if search or all_years or f.is_narrowed:
        st.info(t("page.data.none"))
    else:
        components.no_data(f.year)
    st.stop()
components.sample_badge(bool(innovations["is_sample"].any()))

table = tables.table_innovations(innovations)
# On screen the columns that fit beside the sidebar at 1366 px (widths in px, ~860 in all): bentuk
# and the launch date are in the details below and in the Excel file; "Data contoh" only when the
# rows differ (otherwise the badge above says it). Wider screens share the rest out evenly.
widths = {
    "col.year": 55,
    "col.innovation": 210,
    "col.opd": 95,
    "col.jenis": 85,
    "col.tahapan": 85,
    "col.urusan": 170,
    "col.criteria": 125,
}
mixed = innovations["is_sample"].nunique() > 1
if mixed:
    widths["col.sample"] = 95
event = st.dataframe(
    table,
    hide_index=True,
    width="stretch",
    height=min(420, 38 + 35 * len(table)),
    on_select="rerun",
    selection_mode="single-row",
    key=TABLE_KEY,
    column_order=[t(key) for key in widths],
    column_config={t(key): st.column_config.Column(width=width) for key, width in widths.items()},
)

ids = [int(i) for i in innovations["innovation_id"]]
picked_rows = list(event.selection.rows) if event is not None else []
picked = ids[picked_rows[0]] if picked_rows and picked_rows[0] < len(ids) else None
if picked is not None and picked != st.session_state.get(PICKED_KEY):
    # a row newly picked in the table drives the chooser below (set before the chooser is drawn);
    # a pick that stays selected must not undo a later choice in the chooser
    st.session_state[DETAIL_KEY] = picked
st.session_state[PICKED_KEY] = picked
if st.session_state.get(DETAIL_KEY) not in ids:
    st.session_state[DETAIL_KEY] = ids[0]

by_id = innovations.set_index("innovation_id")
st.subheader(t("page.data.detail"), anchor=False)
# one label per innovation, made in one pass over the columns (a cell lookup per option cost 80 %
# of this page's server time at 50x the sample: 21.150 options)
option_labels = {
    int(i): t("page.data.choose_option", name=name, opd=opd, year=int(year))
    for i, name, opd, year in zip(
        innovations["innovation_id"],
        innovations["innovation_name"],
        innovations["opd_short_name"],
        innovations["year"],
        strict=True,
    )
}
chosen = st.selectbox(
    t("page.data.choose"),
    ids,
    format_func=option_labels.__getitem__,
    key=DETAIL_KEY,
    help=t("page.data.choose_help"),
)

row = by_id.loc[chosen].copy()
row["innovation_id"] = chosen
levels = data.query("innovation_evidence_levels", innovation_id=int(chosen))
left, right = st.columns(2, gap="large")
with left:
    st.markdown(f"**{md(row['innovation_name'])}**")
    components.sample_badge(bool(row["is_sample"]))
    # a static table: every field shown in full, long descriptions wrapped; st.table renders its
    # cells as Markdown, so every cell is escaped
    st.table(tables.innovation_fields(row).map(md), hide_index=True, hide_header=True)
with right:
    st.markdown(f"**{t('page.data.evidence')}**")
    components.chart_with_table(
        later(charts.figure_evidence_levels, levels, sample=bool(row["is_sample"])),
        later(tables.table_evidence, levels),
        key="evidence",
        file_name=f"tingkat-bukti-inovasi-{chosen}",
        caption=t("page.data.evidence_caption"),
        sample=bool(row["is_sample"]),
    )
