"""Helpers for AppTests: the chart/table tabs only build the open tab (ui/components.py), so a test
that reads a table opens its tab first."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from analytics.text import t


def open_tab(at: AppTest, key: str, label: str) -> AppTest:
    """Switch the keyed st.tabs `key` to the tab named `label` and rerun."""
    at.session_state[key] = label
    return at.run()


def open_tables(at: AppTest, *chart_keys: str) -> AppTest:
    """Open the "Tabel" tab of each `components.chart_with_table` (by its key) and rerun."""
    for key in chart_keys:
        at.session_state[f"tabs_{key}"] = t("tab.table")
    return at.run()
