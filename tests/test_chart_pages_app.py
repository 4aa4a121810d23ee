"""App tests (Streamlit AppTest) of what the chart pages draw (issue 11): the planning agency is one
row on Partisipasi OPD under the viewed year's name, one OPD gets its innovations per year instead
of a flat 100 % coverage line, and an empty selection gives every chart the one empty state."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from analytics import db
from analytics.text import t

ROOT = Path(__file__).resolve().parent.parent
ENTRY = str(ROOT / "dashboard.py")


def _page(page: str, **query: str) -> AppTest:
    at = AppTest.from_file(ENTRY, default_timeout=60)
    at.query_params.update(query)
    at.run()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _charts(at: AppTest) -> dict[str, dict[str, Any]]:
    """Every plotly chart on the page by its key (chart_<key> of components.chart_with_table)."""
    out = {}
    for element in at.get("plotly_chart"):
        key = element.proto.id.split("-", 2)[-1]
        out[key] = json.loads(element.proto.spec)
    return out


def _array(value: Any) -> list:
    """A plotly JSON array: a list, or numpy's typed array as plotly writes it (base64)."""
    if isinstance(value, dict) and "bdata" in value:
        shape = [int(n) for n in str(value.get("shape", "-1")).split(",")]
        return np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"]).reshape(shape).tolist()
    return value


def _bappeda(built_db: Path) -> pd.DataFrame:
    with db.connection(built_db) as con:
        counts = db.query(
            con, "opd_innovation_counts", opd_id="bapperida", opd_kind=None, jenis=None, tahapan=None
        )
    return counts.sort_values("year")


@pytest.mark.parametrize(
    ("year", "shown", "hidden"), [("2025", "Bapperida", "Bappeda"), ("2023", "Bappeda", "Bapperida")]
)
def test_partisipasi_heatmap_and_table_show_the_planning_agency_once(env_db, built_db, year, shown, hidden):
    own = _bappeda(built_db)
    at = _page("pages/partisipasi_opd.py", tahun=year)
    heat = _charts(at)["chart_heatmap_opd"]["data"][0]
    assert heat["type"] == "heatmap"
    assert heat["y"].count(shown) == 1 and hidden not in heat["y"]
    row = _array(heat["z"])[heat["y"].index(shown)]
    assert row == [int(n) for n in own["n_innovations"]]  # all five years in one row
    long_name = own.loc[own["opd_short_name"] == shown, "opd_name"].iloc[0]
    other = own.loc[own["opd_short_name"] == hidden, "opd_name"].iloc[0]
    table = next(d.value for d in at.dataframe if str(own["year"].iloc[0]) in d.value.columns)
    names = list(table[t("col.opd")])
    assert names.count(long_name) == 1 and other not in names


def test_one_opd_gets_its_innovations_per_year_not_a_flat_coverage_line(env_db):
    at = _page("pages/partisipasi_opd.py", opd="Dinas Kesehatan")
    coverage = _charts(at)["chart_coverage"]
    assert coverage["layout"]["title"]["text"] == t("chart.coverage.one_opd")
    assert [trace["type"] for trace in coverage["data"]] == ["bar"]
    assert t("page.partisipasi.coverage_one") in [c.value for c in at.caption]


def test_an_empty_selection_gives_every_chart_the_same_empty_state(env_db):
    """Sekretariat DPRD has no innovation in any year: Jenis Inovasi's charts say so, in one way,
    and draw no empty axes."""
    at = _page("pages/jenis_inovasi.py", opd="Sekretariat DPRD")
    charts = _charts(at)
    assert set(charts) >= {"chart_jenis_by_year", "chart_tahapan"}
    for key, spec in charts.items():
        layout = spec["layout"]
        assert not spec["data"], key
        assert [a["text"] for a in layout["annotations"]] == [t("chart.empty")], key
        assert layout["xaxis"]["visible"] is False and layout["yaxis"]["visible"] is False, key
