"""The floor of the browser benchmark: the least a Streamlit app can be (one selectbox, one metric).

`bench/browser.py` serves this beside the dashboard and measures it in the same run, so every page's
time is read against what Streamlit itself costs on this machine at that moment. The selectbox has
the dashboard's year key and label, so one measuring routine drives both.
"""

import streamlit as st

year = st.sidebar.selectbox("Tahun", [2021, 2022, 2023, 2024, 2025], index=4, key="tahun")
st.metric("Tahun dipilih", year)
