"""Entry point of Dasbor Inovasi Daerah: page config, navigation and the shared filters."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics.db import DatabaseError
from analytics.text import fmt_number, fmt_score, t
from ui import data

st.set_page_config(page_title=t("app.title"), page_icon="📊", layout="wide")

st.title(t("app.title"))
st.caption(t("app.subtitle"))

try:
    summary = data.info()
except DatabaseError as exc:
    st.error(str(exc))
    st.stop()

if summary["sample_rows"]:
    st.warning(t("sample.notice"), icon="ℹ️")

cols = st.columns(4)
cols[0].metric(t("info.opd"), fmt_number(summary["opd_count"]))
cols[1].metric(t("info.kecamatan"), fmt_number(summary["kecamatan_count"]))
cols[2].metric(
    t("info.years"), f"{min(summary['years'])}–{max(summary['years'])}" if summary["years"] else "–"
)
cols[3].metric(t("info.sample_rows"), fmt_number(summary["sample_rows"]))

st.subheader(t("info.official"))
results = pd.DataFrame(summary["official_results"])
results["score"] = results["score"].map(fmt_score)
st.dataframe(
    results.rename(
        columns={
            "region": "Daerah",
            "year": "Tahun",
            "score": "Skor",
            "predicate": "Predikat",
            "rank": "Peringkat",
            "rank_scope": "Lingkup peringkat",
            "source": "Sumber",
        }
    ),
    hide_index=True,
    width="stretch",
)

st.subheader(t("info.tables"))
st.dataframe(
    pd.DataFrame(list(summary["tables"].items()), columns=["Tabel", "Jumlah baris"]),
    hide_index=True,
)
