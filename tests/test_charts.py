"""analytics.charts and analytics.tables: the one theme, every figure builder on real and empty data,
and the tables behind the charts in Indonesian formats."""

from __future__ import annotations

import itertools
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

from analytics import charts, db, progress, region, tables
from analytics.methods import method_for_year
from analytics.text import t

BANDS = method_for_year(2023).bands
NO_FILTER = {"year": 2025, "opd_id": None, "opd_kind": None, "jenis": None, "tahapan": None, "search": None}
ALLOWED_COLOURS = {c.upper() for c in charts.OKABE_ITO.values()} | {charts.GREY.upper()}


@pytest.fixture(scope="module")
def frames(built_db: Path) -> dict[str, pd.DataFrame]:
    with db.connection(built_db) as con:
        subject = region.subject_of(con).params()
        return {
            name: db.query(con, name, **NO_FILTER, **subject)
            for name in (
                "participation_by_year",
                "opd_innovation_counts",
                "innovation_counts_by_attribute",
                "published_index_results",
                "innovations_filtered",
            )
        } | {"evidence": db.query(con, "innovation_evidence_levels", innovation_id=1)}


def _official_points(frames) -> list[progress.ScorePoint]:
    results = frames["published_index_results"]
    own = results[results["is_subject"]]
    return [progress.official_point(r, BANDS) for r in own.to_dict("records")]


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


def _texts(fig: go.Figure) -> set[str]:
    """Every annotation text, with plotly line breaks read as spaces."""
    return {(a.text or "").replace("<br>", " ") for a in fig.layout.annotations}


def _legend_names(fig: go.Figure) -> list[str]:
    return [trace.name for trace in fig.data if trace.name]


def _has_sample_mark(fig: go.Figure) -> bool:
    mark = f"<b>{t('sample.badge')}</b>"
    return mark in {a.text for a in fig.layout.annotations} or fig.layout.legend.title.text == mark


def test_score_trend_tells_official_and_estimate_apart():
    scores = pd.DataFrame(
        {
            "year": [2021, 2022, 2023],
            "score": [53.0, 58.11, 64.9],
            "kind": ["official", "official", "estimate"],
        }
    )
    fig = charts.figure_score_trend(scores, BANDS, 60.01, sample=True)
    official, estimate, target = fig.data
    assert official.name == t("chart.score.official") and estimate.name == t("chart.score.estimate")
    assert official.line.dash != estimate.line.dash
    assert official.marker.symbol != estimate.marker.symbol
    labels = _texts(fig)
    assert {"53,00", "58,11", "64,90"} <= labels  # Indonesian decimals
    # the goal is named in the legend, not written on the line where a point could sit on it
    assert target.name == t("chart.target_line", value="60,01")
    assert t("chart.target_line", value="60,01") not in labels
    assert {b.name for b in BANDS if b.max > b.min} <= labels  # the bands are named
    assert _has_sample_mark(fig)
    assert [s.y0 for s in fig.layout.shapes if s.type == "line"] == [60.01]
    assert len([s for s in fig.layout.shapes if s.type == "rect"]) == 3
    # every year on the axis, also one without a figure
    gappy = charts.figure_score_trend(scores.assign(year=[2021, 2022, 2025]), BANDS, 60.01)
    assert list(gappy.layout.xaxis.tickvals) == [2021, 2022, 2023, 2024, 2025]


def test_score_trend_breaks_the_official_line_where_no_result_was_published():
    """2023 and 2024 have no published result: the solid line must not run through them (it
    would cross 60 there and read as a result); the estimates stay their own dotted line."""
    scores = pd.DataFrame(
        {
            "year": [2021, 2022, 2025, 2023, 2024],
            "score": [53.0, 58.11, 79.6, 64.9, 65.51],
            "kind": ["official", "official", "official", "estimate", "estimate"],
        }
    )
    fig = charts.figure_score_trend(scores, BANDS, 60.01)
    official = next(tr for tr in fig.data if tr.name == t("chart.score.official"))
    estimate = next(tr for tr in fig.data if tr.name == t("chart.score.estimate"))
    y = list(official.y)
    assert y[:2] == [53.0, 58.11] and y[-1] == 79.6
    assert y[2] is None  # the gap between 2022 and 2025
    assert not official.connectgaps
    # no official value in a year without a published result
    assert {x for x, v in zip(official.x, official.y, strict=True) if v is not None} == {2021, 2022, 2025}
    assert list(estimate.y) == [64.9, 65.51] and None not in estimate.y
    # consecutive years are joined without a gap
    joined = charts.figure_score_trend(scores[scores["year"] <= 2022], BANDS, 60.01)
    assert None not in joined.data[0].y


def test_goal_path_breaks_the_official_line_too():
    official = pd.DataFrame({"year": [2021, 2022, 2025], "score": [53.0, 58.11, 79.6]})
    fig = charts.figure_goal_path(official, 2025, 79.6, 2027, 85.0, 6.77, BANDS)
    line = fig.data[0]
    assert list(line.y) == [53.0, 58.11, None, 79.6] and not line.connectgaps
    assert list(line.text) == ["53,00", "58,11", "", "79,60"]
    assert t("chart.target_line", value="85,00") in _legend_names(fig)


def test_band_names_beside_the_score_plot_and_under_the_region_axis():
    """Band names never sit on the data: beside the plot (score over the years, two lines), or
    under the axis numbers with neighbours on different rows (regions: "Kurang InovatifInovatif")."""
    scores = pd.DataFrame({"year": [2021, 2022], "score": [53.0, 58.11], "kind": ["official"] * 2})
    fig = charts.figure_score_trend(scores, BANDS)
    bands = [a for a in fig.layout.annotations if a.text.replace("<br>", " ") in {b.name for b in BANDS}]
    assert len(bands) == 3
    assert all(a.xref == "paper" and a.x == 1 and a.xanchor == "left" for a in bands)
    assert fig.layout.margin.r >= charts.BAND_MARGIN_RIGHT

    regions = pd.DataFrame(
        {"region": ["Kabupaten Pati", "Jawa Tengah"], "province": ["Jawa Tengah", "Jawa Tengah"],
         "score": [53.0, 60.2], "is_subject": [True, False], "in_subject_province": [False, True]}
    )  # fmt: skip
    fig = charts.figure_region_comparison(regions, BANDS, 60.01)
    bands = sorted(
        (a for a in fig.layout.annotations if a.text in {b.name for b in BANDS}), key=lambda a: a.x
    )
    assert [a.yanchor for a in bands] == ["top"] * 3 and all(a.y == 0 for a in bands)
    shifts = [a.yshift for a in bands]
    assert all(s < 0 for s in shifts)  # under the plot, below the axis numbers
    assert shifts[0] != shifts[1] and shifts[1] != shifts[2]  # neighbours on different rows
    # the names above the bars, the legend (with the goal) above the plot
    assert {"<b>Kabupaten Pati</b>", "Jawa Tengah"} <= {a.text for a in fig.layout.annotations}
    assert t("chart.target_line", value="60,01") in _legend_names(fig)
    assert fig.layout.legend.y is None  # the theme's place: above the plot


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


def _bappeda_counts(frames) -> pd.DataFrame:
    counts = frames["opd_innovation_counts"]
    return counts[counts["opd_id"] == "bapperida"].sort_values("year")


@pytest.mark.parametrize(
    ("year", "shown", "hidden"), [(2025, "Bapperida", "Bappeda"), (2023, "Bappeda", "Bapperida")]
)
def test_heatmap_draws_a_renamed_opd_as_one_row_under_the_viewed_years_name(frames, year, shown, hidden):
    """The planning agency is one OPD (opd_id bapperida) with two names: Bappeda until 2023,
    Bapperida from 2024. One row, all five years, named as in the year being viewed."""
    counts = frames["opd_innovation_counts"]
    own = _bappeda_counts(frames)
    assert set(own["opd_short_name"]) == {"Bappeda", "Bapperida"}  # the real data holds both names
    fig = charts.figure_opd_heatmap(counts[~counts["is_kecamatan"]], year=year)
    heat = fig.data[0]
    rows = list(heat.y)
    assert rows.count(shown) == 1 and hidden not in rows
    assert len(rows) == counts.loc[~counts["is_kecamatan"], "opd_id"].nunique()
    z = dict(zip(rows, [list(r) for r in heat.z], strict=True))
    assert z[shown] == [int(n) for n in own["n_innovations"]]
    assert list(heat.x) == [str(y) for y in own["year"]]


@pytest.mark.parametrize(
    ("year", "shown", "hidden"), [(2025, "Bapperida", "Bappeda"), (2022, "Bappeda", "Bapperida")]
)
def test_opd_by_year_table_has_one_row_per_opd(frames, year, shown, hidden):
    counts = frames["opd_innovation_counts"]
    own = _bappeda_counts(frames)
    table = tables.table_opd_by_year(counts, year=year)
    names = list(table[t("col.opd")])
    assert len(names) == counts["opd_id"].nunique()
    long_name = own.loc[own["opd_short_name"] == shown, "opd_name"].iloc[0]
    other = own.loc[own["opd_short_name"] == hidden, "opd_name"].iloc[0]
    assert names.count(long_name) == 1 and other not in names
    row = table[table[t("col.opd")] == long_name].iloc[0]
    assert [int(row[str(y)]) for y in own["year"]] == [int(n) for n in own["n_innovations"]]


def test_names_in_year_falls_back_to_the_nearest_year():
    counts = pd.DataFrame(
        {
            "opd_id": ["a", "a", "b", "c"],
            "year": [2023, 2024, 2021, 2025],
            "opd_name": ["Lama", "Baru", "Hanya 2021", "Baru 2025"],
            "opd_short_name": ["L", "B", "H", "B25"],
        }
    )
    names = tables.opd_names_in_year(counts, 2024).set_index("opd_id")["opd_name"].to_dict()
    # b did not exist in 2024: its latest earlier name; c only later: its earliest later name
    assert names == {"a": "Baru", "b": "Hanya 2021", "c": "Baru 2025"}
    assert tables.opd_names_in_year(counts, 2023).set_index("opd_id").at["a", "opd_name"] == "Lama"
    assert tables.opd_names_in_year(counts).set_index("opd_id").at["a", "opd_name"] == "Baru"


def test_heatmap_is_one_trace_with_cell_text_and_zero_always_pale(frames):
    """One heatmap trace whose cells carry their numbers (no annotation per cell); the colour
    scale starts at 0, so a row of zeros is the palest colour, whatever the other rows hold."""
    counts = frames["opd_innovation_counts"]
    fig = charts.figure_opd_heatmap(counts, sample=True)
    assert len(fig.data) == 1 and fig.data[0].type == "heatmap"
    assert fig.data[0].texttemplate == "%{z}"
    assert all(charts._is_sample_mark(a) for a in fig.layout.annotations)  # no per-cell labels
    # a row of zeros among busy rows, and a chart whose smallest value is 3
    zero_row = pd.DataFrame(
        {"opd_id": ["x"] * 3 + ["y"] * 3, "opd_short_name": ["X"] * 3 + ["Y"] * 3, "year": [2021, 2022, 2023] * 2,
         "n_innovations": [0, 0, 0, 3, 7, 12], "is_kecamatan": [False] * 6}
    )  # fmt: skip
    for frame in (zero_row, zero_row.assign(n_innovations=[3, 3, 4, 5, 7, 12])):
        heat = charts.figure_opd_heatmap(frame).data[0]
        assert heat.zmin == 0 and heat.zmax >= max(frame["n_innovations"])
        assert heat.colorscale[0][0] == 0.0 and heat.colorscale[0][1] == charts.SEQUENTIAL[0][1]
    assert [list(r) for r in charts.figure_opd_heatmap(zero_row).data[0].z] == [[3, 7, 12], [0, 0, 0]]


def test_coverage_of_one_opd_shows_its_innovations_per_year(built_db):
    """For one OPD a coverage line is 0 or 100 % (flat, meaningless): its innovations per year
    instead, titled so, with the years without an innovation as 0."""
    with db.connection(built_db) as con:
        one = db.query(con, "participation_by_year", opd_id="dinkes", opd_kind=None, jenis=None, tahapan=None)
    assert (one["n_opd"] == 1).all()
    fig = charts.figure_coverage_trend(one, sample=True)
    assert fig.layout.title.text == t("chart.coverage.one_opd")
    (bars,) = fig.data
    assert bars.type == "bar" and list(bars.y) == list(one["n_innovations"])
    assert not [s for s in fig.layout.shapes if s.type == "line"]  # no 100 % goal line
    assert t("chart.coverage.goal", value="100") not in _legend_names(fig)


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


def test_region_comparison_highlights_the_subject(frames):
    results = frames["published_index_results"]
    year = results[results["year"] == 2021]
    fig = charts.figure_region_comparison(year, BANDS, 60.01)
    bars = fig.data[0]
    own = list(year["is_subject"]).index(True)
    assert bars.marker.color[own] == charts.COLOURS["subject"]
    # the names above the bars, in the bars' order: the subject's in bold
    names = [a.text for a in fig.layout.annotations if a.xref == "paper" and a.yref == "y"]
    assert len(names) == len(year)
    assert names[own].startswith("<b>") and sum(n.startswith("<b>") for n in names) == 1
    assert all(c != charts.COLOURS["subject"] for i, c in enumerate(bars.marker.color) if i != own)
    # the legend names the subject and its province from the data (data/reference/daerah.toml)
    assert _legend_names(fig)[:2] == [
        "Kabupaten Pati",
        t("chart.region.subject_province", provinsi="Jawa Tengah"),
    ]


def _no_rows(*columns: str) -> pd.DataFrame:
    return pd.DataFrame(columns=list(columns))


SUMMARY_COLUMNS = ("year", "n_innovations", "n_digital", "n_non_digital", "n_opd", "opd_coverage",
                   "opd_only_coverage", "kecamatan_coverage", "target_opd_coverage")  # fmt: skip
COUNT_COLUMNS = ("opd_id", "opd_short_name", "year", "n_innovations", "is_kecamatan")

# every figure_* builder with an empty frame (the parametrised test checks none is missing)
EMPTY = {
    "figure_score_trend": lambda: charts.figure_score_trend(_no_rows("year", "score", "kind"), BANDS, 60.01),
    "figure_goal_path": lambda: charts.figure_goal_path(_no_rows("year", "score"), 2025, 79.6, 2027, 85.0),
    "figure_region_comparison": lambda: charts.figure_region_comparison(
        _no_rows("region", "province", "score", "is_subject", "in_subject_province"), BANDS, 60.01
    ),
    "figure_opd_counts": lambda: charts.figure_opd_counts(_no_rows(*COUNT_COLUMNS)),
    "figure_opd_heatmap": lambda: charts.figure_opd_heatmap(_no_rows(*COUNT_COLUMNS), year=2025),
    "figure_coverage_trend": lambda: charts.figure_coverage_trend(_no_rows(*SUMMARY_COLUMNS)),
    "figure_one_opd_by_year": lambda: charts.figure_one_opd_by_year(_no_rows(*SUMMARY_COLUMNS)),
    "figure_jenis_by_year": lambda: charts.figure_jenis_by_year(_no_rows(*SUMMARY_COLUMNS)),
    "figure_category_counts": lambda: charts.figure_category_counts(_no_rows("value", "n")),
    "figure_tahapan_pipeline": lambda: charts.figure_tahapan_pipeline(_no_rows("value", "n")),
    "figure_criteria": lambda: charts.figure_criteria(_no_rows("value", "n", "n_of")),
    "figure_evidence_levels": lambda: charts.figure_evidence_levels(
        _no_rows("indicator_name", "mandatory", "level")
    ),
    "figure_plan_steps": lambda: charts.figure_plan_steps(
        _no_rows("step", "gain_iid", "cumulative_iid", "description"), 58.0, 60.01
    ),
    "figure_evidence_gaps": lambda: charts.figure_evidence_gaps(
        _no_rows("opd_name", "points_at_risk", "n_missing")
    ),
}

_YEARS = [2021, 2022, 2023]
# every builder whose input can be all zeros, with such an input
ALL_ZERO = {
    "figure_region_comparison": lambda: charts.figure_region_comparison(
        pd.DataFrame(
            {
                "region": ["A"],
                "province": ["B"],
                "score": [0.0],
                "is_subject": [True],
                "in_subject_province": [False],
            }
        )
    ),
    "figure_opd_counts": lambda: charts.figure_opd_counts(
        pd.DataFrame({"opd_short_name": ["A", "B"], "n_innovations": [0, 0], "is_kecamatan": [False, True]})
    ),
    "figure_opd_heatmap": lambda: charts.figure_opd_heatmap(
        pd.DataFrame(
            {
                "opd_id": ["a"] * 3,
                "opd_short_name": ["A"] * 3,
                "year": _YEARS,
                "n_innovations": [0] * 3,
                "is_kecamatan": [False] * 3,
            }
        )
    ),
    "figure_coverage_trend": lambda: charts.figure_coverage_trend(
        pd.DataFrame(
            {
                "year": _YEARS,
                "n_innovations": [0] * 3,
                "n_opd": [51] * 3,
                "opd_coverage": [0.0] * 3,
                "opd_only_coverage": [0.0] * 3,
                "kecamatan_coverage": [0.0] * 3,
                "target_opd_coverage": [1.0] * 3,
            }
        )
    ),
    "figure_one_opd_by_year": lambda: charts.figure_one_opd_by_year(
        pd.DataFrame({"year": _YEARS, "n_innovations": [0] * 3, "n_opd": [1] * 3})
    ),
    "figure_jenis_by_year": lambda: charts.figure_jenis_by_year(
        pd.DataFrame(
            {"year": _YEARS, "n_digital": [0] * 3, "n_non_digital": [0] * 3, "n_innovations": [0] * 3}
        )
    ),
    "figure_category_counts": lambda: charts.figure_category_counts(
        pd.DataFrame({"value": ["a", "b"], "n": [0, 0]})
    ),
    "figure_tahapan_pipeline": lambda: charts.figure_tahapan_pipeline(
        pd.DataFrame({"value": ["inisiatif", "penerapan"], "n": [0, 0]})
    ),
    "figure_criteria": lambda: charts.figure_criteria(
        pd.DataFrame({"value": list(charts.CRITERIA_ORDER), "n": [0] * 5, "n_of": [0] * 5})
    ),
    "figure_evidence_levels": lambda: charts.figure_evidence_levels(
        pd.DataFrame(
            {"indicator_name": ["Regulasi", "Alat kerja"], "mandatory": [True, False], "level": [0, 0]}
        )
    ),
    "figure_evidence_gaps": lambda: charts.figure_evidence_gaps(
        pd.DataFrame({"opd_name": ["A"], "points_at_risk": [0.0], "n_missing": [0]})
    ),
}

EMPTY_SENTENCES = {t("chart.empty"), t("chart.score.none"), t("chart.evidence.none")}


def _assert_the_empty_state(fig: go.Figure) -> None:
    assert not fig.data  # no traces: no axes, bars, lines or legend entries
    assert not fig.layout.shapes  # no bands, no goal line
    (note,) = fig.layout.annotations  # the one sentence, nothing else
    assert note.text in EMPTY_SENTENCES
    assert (note.x, note.y, note.xref, note.yref) == (0.5, 0.5, "paper", "paper")
    assert fig.layout.xaxis.visible is False and fig.layout.yaxis.visible is False
    assert fig.layout.showlegend is False
    assert fig.layout.height == charts.EMPTY_HEIGHT


def test_every_builder_is_checked_for_the_empty_state():
    builders = {name for name in dir(charts) if name.startswith("figure_")}
    assert builders == set(EMPTY), builders ^ set(EMPTY)
    # each is finished by the theme (@_chart sets the gathered labels and the "data contoh" mark)
    assert all(hasattr(getattr(charts, name), "__wrapped__") for name in builders)


@pytest.mark.parametrize("name", sorted(EMPTY))
def test_empty_data_gives_the_one_empty_state(name):
    _assert_the_empty_state(EMPTY[name]())


@pytest.mark.parametrize("name", sorted(ALL_ZERO))
def test_all_zero_data_gives_the_one_empty_state(name):
    _assert_the_empty_state(ALL_ZERO[name]())


def test_evidence_of_an_innovation_without_any_says_so():
    fig = ALL_ZERO["figure_evidence_levels"]()
    assert fig.layout.annotations[0].text == t("chart.evidence.none")


def test_no_chart_text_under_fourteen_pixels(frames):
    """At 1920 px a projector shows the charts as drawn: no label, number, band name, cell or mark
    under 14 px (the browser test measures the same on the pages)."""
    for name, fig in _figures(frames).items():
        sizes = [a.font.size for a in fig.layout.annotations if a.font and a.font.size]
        sizes += [fig.layout.legend.title.font.size] if fig.layout.legend.title.text else []
        for axis in (fig.layout.xaxis, fig.layout.yaxis):
            sizes += [axis.tickfont.size] if axis.tickfont.size else []
        for trace in fig.data:
            font = getattr(trace, "textfont", None)
            sizes += [font.size] if font is not None and font.size else []
        assert all(s >= charts.MIN_FONT for s in sizes), (name, sizes)


def test_sample_mark_moves_into_the_legend_when_there_is_one(frames):
    """The "data contoh" corner mark would sit on a legend that wraps on a phone: charts with a
    legend carry it as the legend's heading; charts without one keep the corner mark."""
    summary = frames["participation_by_year"]
    with_legend = charts.figure_jenis_by_year(summary, sample=True)
    assert with_legend.layout.legend.title.text == f"<b>{t('sample.badge')}</b>"
    assert not any(charts._is_sample_mark(a) for a in with_legend.layout.annotations)
    attrs = frames["innovation_counts_by_attribute"]
    without = charts.figure_category_counts(attrs[attrs["attribute"] == "bentuk"], sample=True)
    assert any(charts._is_sample_mark(a) for a in without.layout.annotations)
    assert not without.layout.legend.title.text
    # the projector copy scales the heading like every other text
    big = charts.for_projector(with_legend)
    assert big.layout.legend.title.font.size >= charts.PROJECTOR_MIN_FONT


def test_long_names_wrap_and_rows_grow_with_them():
    """Names above the gap bars wrap instead of being cut at the chart's edge ("…Riset dan
    Inovasi D"); rows with a two-line label are taller, so labels never touch."""
    gaps = pd.DataFrame(
        {"opd_name": ["Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", "Dinkes"],
         "points_at_risk": [1.2, 0.4], "n_missing": [3, 1]}
    )  # fmt: skip
    fig = charts.figure_evidence_gaps(gaps)
    names = [a.text for a in fig.layout.annotations]
    assert names[0] == "Badan Perencanaan Pembangunan, Riset<br>dan Inovasi Daerah"
    assert all(len(line) <= charts.GAP_NAME_WRAP for n in names for line in n.split("<br>"))
    bars = fig.data[0]
    assert bars.y[1] - bars.y[0] > bars.y[0]  # the first row holds two lines of name

    levels = pd.DataFrame(
        {"indicator_name": ["Alat kerja", "Integrasi program dan kegiatan inovasi dalam RKPD", "Replikasi"],
         "mandatory": [False, False, False], "level": [1, 2, 3]}
    )  # fmt: skip
    ev = charts.figure_evidence_levels(levels)
    centres = list(ev.data[0].y)
    lines = [text.count("<br>") + 1 for text in ev.layout.yaxis.ticktext]
    assert lines[0] == 1 and lines[1] >= 2
    # the gap between two rows' centres holds half of each label
    for (c0, k0), (c1, k1) in itertools.pairwise(zip(centres, lines, strict=True)):
        assert c1 - c0 >= charts.LINE_HEIGHT * (k0 + k1) / 2


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


def test_projector_copy_grows_charts_whose_rows_are_pixels(frames):
    """Rows sized in pixels (names above bars, wrapped labels) keep their room when the type is
    scaled up for a slide: the copy grows; a chart with an ordinary axis gets the height asked."""
    results = frames["published_index_results"]
    regions = charts.figure_region_comparison(results[results["year"] == 2021], BANDS, 60.01)
    big = charts.for_projector(regions, height=1080, width=1920)
    assert big.layout.height >= round(regions.layout.height * charts.PROJECTOR_SCALE)
    assert big.layout.yaxis.range == regions.layout.yaxis.range
    trend = charts.figure_coverage_trend(frames["participation_by_year"])
    assert charts.for_projector(trend, height=1080, width=1920).layout.height == 1080
