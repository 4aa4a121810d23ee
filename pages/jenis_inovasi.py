"""Jenis Inovasi: digital vs non-digital over the years, bentuk, tahapan as a pipeline, inisiator,
the largest government affairs, and how many innovations meet each of the four criteria."""

from __future__ import annotations

import streamlit as st

from analytics import charts, tables
from analytics.charts import CRITERIA_ORDER, OKABE_ITO
from analytics.text import t
from ui import components, data, filters
from ui.figures import later

TOP_URUSAN = 10

f = filters.current()
year = f.year

by_year = data.query("participation_by_year", **f.scope_params())
attributes = data.query("innovation_counts_by_attribute", **f.params())
is_sample = bool(by_year["has_sample"].any())


def of(attribute: str):
    return attributes[attributes["attribute"] == attribute]


components.page_header(t("page.jenis.title", year=year), t("page.jenis.caption"))
components.scope_caption(f.describe())

left, right = st.columns(2, gap="large")
with left:
    st.subheader(t("page.jenis.by_year"), anchor=False)
    components.chart_with_table(
        later(charts.figure_jenis_by_year, by_year, sample=is_sample),
        later(tables.table_jenis_by_year, by_year),
        key="jenis_by_year",
        file_name="inovasi-digital-per-tahun",
        caption=t("page.jenis.by_year_caption"),
        sample=is_sample,
    )
with right:
    st.subheader(t("page.jenis.tahapan", year=year), anchor=False)
    components.chart_with_table(
        later(charts.figure_tahapan_pipeline, of("tahapan"), sample=is_sample),
        later(tables.table_category, of("tahapan"), t("col.tahapan")),
        key="tahapan",
        file_name=f"tahapan-inovasi-{year}",
        caption=t("page.jenis.tahapan_caption"),
        sample=is_sample,
    )

if attributes.empty or int(attributes["n_of"].max()) == 0:
    components.no_data(year)
    st.stop()

left, right = st.columns(2, gap="large")
with left:
    st.subheader(t("page.jenis.bentuk", year=year), anchor=False)
    components.chart_with_table(
        later(charts.figure_category_counts, of("bentuk"), sample=is_sample),
        later(tables.table_category, of("bentuk"), t("col.bentuk")),
        key="bentuk",
        file_name=f"bentuk-inovasi-{year}",
        sample=is_sample,
    )
with right:
    st.subheader(t("page.jenis.inisiator", year=year), anchor=False)
    components.chart_with_table(
        later(
            charts.figure_category_counts, of("inisiator"), sample=is_sample, colour=OKABE_ITO["bluish_green"]
        ),
        later(tables.table_category, of("inisiator"), t("col.inisiator")),
        key="inisiator",
        file_name=f"inisiator-inovasi-{year}",
        sample=is_sample,
    )

left, right = st.columns(2, gap="large")
with left:
    urusan = of("urusan").sort_values(["n", "value"], ascending=[False, True])
    st.subheader(t("page.jenis.urusan", n=min(TOP_URUSAN, len(urusan)), year=year), anchor=False)
    top = urusan.head(TOP_URUSAN).assign(value=lambda d: d["value"].str.capitalize())
    components.chart_with_table(
        later(charts.figure_category_counts, top, sample=is_sample, colour=OKABE_ITO["reddish_purple"]),
        tables.table_category(urusan.assign(value=lambda d: d["value"].str.capitalize()), t("col.urusan")),
        key="urusan",
        file_name=f"urusan-inovasi-{year}",
        caption=t("page.jenis.urusan_caption", n=len(urusan)),
        sample=is_sample,
    )
with right:
    st.subheader(t("page.jenis.criteria", year=year), anchor=False)
    components.chart_with_table(
        later(charts.figure_criteria, of("kriteria"), sample=is_sample),
        later(tables.table_criteria, of("kriteria"), CRITERIA_ORDER),
        key="criteria",
        file_name=f"kriteria-inovasi-{year}",
        caption=t("page.jenis.criteria_caption"),
        sample=is_sample,
    )
