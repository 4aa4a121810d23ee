"""analytics.charts and analytics.tables: the one theme, every figure builder on real and empty data,
and the tables behind the charts in Indonesian formats."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

from analytics import charts, db, progress, tables
from analytics.methods import method_for_year
from analytics.text import t

BANDS = method_for_year(2023).bands
NO_FILTER = {"year": 2025, "opd_id": None, "opd_kind": None, "jenis": None, "tahapan": None, "search": None}
ALLOWED_COLOURS = {c.upper() for c in charts.OKABE_ITO.values()} | {charts.GREY.upper()}


@pytest.fixture(scope="module")
def frames(built_db: Path) -> dict[str, pd.DataFrame]:
    with db.connection(built_db) as con:
        return {
            name: db.query(con, name, **NO_FILTER)
            for name in (
                "participation_by_year",
                "opd_innovation_counts",
                "innovation_counts_by_attribute",
                "published_index_results",
                "innovations_filtered",
            )
        } | {"evidence": db.query(con, "innovation_evidence_levels", innovation_id=1)}


def _official_points(frames) -> list[progress.ScorePoint]:
    pati = frames["published_index_results"]
    pati = pati[pati["is_pati"]]
    return [progress.official_point(r, BANDS) for r in pati.to_dict("records")]


def _figures(frames) -> dict[str, go.Figure]:
    counts = frames["opd_innovation_counts"]
    attrs = frames["innovation_counts_by_attribute"]
    results = frames["published_index_results"]
    points = progress.points_frame(_official_points(frames))
    return {
        "score": charts.figure_score_trend(points, BANDS, 60.01, sample=True),
        "goal": charts.figure_goal_path(points, 2025, 79.6, 2027, 85.0, 6.77, BANDS),
        "regions": charts.figure_region_comparison(results[results["year"] == 2021], BANDS, 60.01),
        "opd": charts.figure_opd_counts(counts[counts["year"] == 2025]),
        "heatmap": charts.figure_opd_heatmap(counts),
        "coverage": charts.figure_coverage_trend(frames["participation_by_year"]),
        "jenis": charts.figure_jenis_by_year(frames["participation_by_year"]),
        "bentuk": charts.figure_category_counts(attrs[attrs["attribute"] == "bentuk"]),
        "tahapan": charts.figure_tahapan_pipeline(attrs[attrs["attribute"] == "tahapan"]),
        "criteria": charts.figure_criteria(attrs[attrs["attribute"] == "kriteria"]),
        "evidence": charts.figure_evidence_levels(frames["evidence"]),
    }


def test_theme_is_indonesian_colour_blind_safe_and_large():
    layout = charts.THEME.layout
    assert layout.separators == ",."
    assert layout.font.size >= 16
    assert [c.upper() for c in layout.colorway] == [
        charts.OKABE_ITO[k].upper()
        for k in ("blue", "orange", "bluish_green", "vermillion", "sky_blue", "reddish_purple")
    ]


def test_every_figure_uses_the_theme_and_only_palette_colours(frames):
    for name, fig in _figures(frames).items():
        assert fig.layout.template.layout.separators == ",.", name
        assert fig.data, f"{name} has no trace"
        for trace in fig.data:
            colours = []
            marker = getattr(trace, "marker", None)
            if marker is not None and marker.color is not None:
                value = marker.color
                colours += [value] if isinstance(value, str) else list(value)
            line = getattr(trace, "line", None)
            if line is not None and getattr(line, "color", None):
                colours.append(line.color)
            for colour in colours:
                assert colour.upper() in ALLOWED_COLOURS, (name, colour)


def test_score_trend_tells_official_and_estimate_apart():
    scores = pd.DataFrame(
        {
            "year": [2021, 2022, 2023],
            "score": [53.0, 58.11, 64.9],
            "kind": ["official", "official", "estimate"],
        }
    )
    fig = charts.figure_score_trend(scores, BANDS, 60.01, sample=True)
    official, estimate = fig.data
    assert official.name == t("chart.score.official") and estimate.name == t("chart.score.estimate")
    assert official.line.dash != estimate.line.dash
    assert official.marker.symbol != estimate.marker.symbol
    labels = {a.text for a in fig.layout.annotations}
    assert {"53,00", "58,11", "64,90"} <= labels  # Indonesian decimals
    assert t("chart.target_line", value="60,01") in labels
    assert {b.name for b in BANDS if b.max > b.min} <= labels  # the bands are named
    assert any(t("sample.badge") in a for a in labels)
    assert [s.y0 for s in fig.layout.shapes if s.type == "line"] == [60.01]
    assert len([s for s in fig.layout.shapes if s.type == "rect"]) == 3
    # every year on the axis, also one without a figure
    gappy = charts.figure_score_trend(scores.assign(year=[2021, 2022, 2025]), BANDS, 60.01)
    assert list(gappy.layout.xaxis.tickvals) == [2021, 2022, 2023, 2024, 2025]


def test_opd_counts_sorted_with_zeros(frames):
    counts = frames["opd_innovation_counts"]
    year = counts[counts["year"] == 2025]
    fig = charts.figure_opd_counts(year)
    values = list(fig.data[0].x)
    assert values == sorted(values, reverse=True)
    assert len(values) == len(year)
    assert 0 in values  # OPD without an innovation are shown, not dropped


def test_heatmap_puts_kecamatan_after_the_opd(frames):
    counts = frames["opd_innovation_counts"]
    fig = charts.figure_opd_heatmap(counts)
    rows = list(fig.data[0].y)
    kec = set(counts.loc[counts["is_kecamatan"], "opd_short_name"])
    first_kec = min(i for i, r in enumerate(rows) if r in kec)
    assert all(r in kec for r in rows[first_kec:])
    assert int(pd.DataFrame(fig.data[0].z).to_numpy().sum()) == int(counts["n_innovations"].sum())


def test_jenis_by_year_stacks_to_the_total(frames):
    summary = frames["participation_by_year"]
    fig = charts.figure_jenis_by_year(summary)
    digital, non_digital = fig.data
    assert [a + b for a, b in zip(digital.y, non_digital.y, strict=True)] == list(summary["n_innovations"])
    assert fig.layout.barmode == "stack"
    share = round(100 * summary["share_digital"].iloc[0])
    assert f"({share} %)" in fig.layout.xaxis.ticktext[0]


def test_tahapan_pipeline_keeps_stage_order_and_fills_zeros():
    counts = pd.DataFrame({"value": ["penerapan", "inisiatif"], "n": [9, 1]})
    fig = charts.figure_tahapan_pipeline(counts)
    assert list(fig.data[0].y) == [1, 0, 9]
    assert list(fig.layout.xaxis.ticktext) == ["1. Inisiatif", "2. Uji coba", "3. Penerapan"]


def test_criteria_in_fixed_order_with_shares(frames):
    attrs = frames["innovation_counts_by_attribute"]
    crit = attrs[attrs["attribute"] == "kriteria"]
    fig = charts.figure_criteria(crit)
    by_value = dict(zip(crit["value"], crit["n"], strict=True))
    assert list(fig.data[0].x) == [by_value[c] for c in charts.CRITERIA_ORDER]
    assert all("%" in text for text in fig.data[0].text)


def test_region_comparison_highlights_pati(frames):
    results = frames["published_index_results"]
    year = results[results["year"] == 2021]
    fig = charts.figure_region_comparison(year, BANDS, 60.01)
    bars = fig.data[0]
    pati_index = list(year["is_pati"]).index(True)
    assert bars.marker.color[pati_index] == charts.COLOURS["pati"]
    assert bars.y[pati_index].startswith("<b>")
    assert all(c != charts.COLOURS["pati"] for i, c in enumerate(bars.marker.color) if i != pati_index)


@pytest.mark.parametrize(
    "build",
    [
        lambda: charts.figure_opd_counts(
            pd.DataFrame(columns=["opd_short_name", "n_innovations", "is_kecamatan"])
        ),
        lambda: charts.figure_opd_heatmap(
            pd.DataFrame(columns=["opd_short_name", "year", "n_innovations", "is_kecamatan"])
        ),
        lambda: charts.figure_coverage_trend(pd.DataFrame()),
        lambda: charts.figure_jenis_by_year(pd.DataFrame()),
        lambda: charts.figure_category_counts(pd.DataFrame(columns=["value", "n"])),
        lambda: charts.figure_tahapan_pipeline(pd.DataFrame(columns=["value", "n"])),
        lambda: charts.figure_criteria(pd.DataFrame(columns=["value", "n", "n_of"])),
        lambda: charts.figure_region_comparison(
            pd.DataFrame(columns=["region", "score", "is_pati", "is_central_java"])
        ),
        lambda: charts.figure_evidence_levels(pd.DataFrame(columns=["indicator_name", "mandatory", "level"])),
    ],
)
def test_empty_data_gives_a_labelled_empty_chart(build):
    fig = build()
    assert t("chart.empty") in {a.text for a in fig.layout.annotations}


def test_score_table_formats_and_labels(frames):
    points = [
        *_official_points(frames),
        progress.ScorePoint(2023, 64.9, "estimate", "Sangat Inovatif", method_year=2023, is_sample=True),
        progress.ScorePoint(2024, None, "missing"),
    ]
    table = tables.table_scores(points)
    by_year = table.set_index(t("col.year"))
    assert by_year.loc[2022, t("col.score")] == "58,11"
    assert by_year.loc[2022, t("col.kind")] == t("official.label")
    assert t("kpi.score.derived") in by_year.loc[2022, t("col.note")]
    assert by_year.loc[2023, t("col.kind")] == t("estimate.label")
    assert t("sample.badge") in by_year.loc[2023, t("col.note")]
    assert by_year.loc[2024, t("col.kind")] == t("missing.label")


def test_coverage_and_innovation_tables(frames):
    coverage = tables.table_coverage(frames["participation_by_year"])
    assert all(v.endswith(" %") for v in coverage[t("col.coverage")])
    innovations = tables.table_innovations(frames["innovations_filtered"])
    assert list(innovations.index) == list(frames["innovations_filtered"]["innovation_id"])
    assert set(innovations[t("col.sample")]) <= {t("col.yes"), t("col.no")}
    # dates in Indonesian: "13 Desember 2022"
    dated = [d for d in innovations[t("col.launch_date")] if d != "–"]
    assert dated and all(d.split()[1] in {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                                           "Agustus", "September", "Oktober", "November", "Desember"} for d in dated)  # fmt: skip
    fields = tables.innovation_fields(frames["innovations_filtered"].iloc[0])
    assert len(fields) == 17


def test_goal_path_table_reaches_the_goal():
    trend = progress.Trend(2022, 58.11, 60.01, 2024, 0.95, 5.11, 2023)
    table = tables.table_goal_path(trend)
    assert list(table[t("col.year")]) == [2022, 2023, 2024]
    assert table[t("col.path_needed")].iloc[-1] == "60,01"
