"""Chart builders of the dashboard and the ONE chart theme (colours, fonts, number formats).

Every chart is a function `figure_<what>(df, ...) -> go.Figure` that takes the tidy frame a page
query returns, so charts can be tested (and exported to PNG for the PDF handout) without
Streamlit. All of them share `THEME`:

- the Okabe-Ito palette, which stays distinguishable for the common forms of colour blindness;
  colour is never the only cue (lines differ in dash, markers in shape, bars carry their numbers);
- fonts large enough to read on a projector at the back of a meeting room;
- Indonesian number formats through plotly's `separators=",."` (58,11; 1.234).

Every word on a chart comes from `analytics.text`; every value from the data (names of OPD,
regions, innovations, urusan, indicators, bands) goes through `analytics.safe.html` first, because
plotly renders `<a>`, `<b>`, `<br>` and entities in labels, ticks, hovers and annotations.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import pandas as pd
import plotly.graph_objects as go

from analytics.safe import html
from analytics.text import fmt_number, fmt_score, label, t

# Okabe & Ito (2008), "Color Universal Design": eight colours safe for colour-blind readers.
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}
GREY = "#8C8C8C"
LIGHT_GREY = "#F2F2F2"

# What each colour means, so the same thing has the same colour on every page.
COLOURS = {
    "official": OKABE_ITO["blue"],
    "estimate": OKABE_ITO["orange"],
    "target": OKABE_ITO["vermillion"],
    "digital": OKABE_ITO["blue"],
    "non-digital": OKABE_ITO["orange"],
    "opd": OKABE_ITO["blue"],
    "kecamatan": OKABE_ITO["bluish_green"],
    "all": OKABE_ITO["black"],
    "pati": OKABE_ITO["vermillion"],
    "central_java": OKABE_ITO["blue"],
    "other_region": GREY,
    "needed": OKABE_ITO["reddish_purple"],
    "pace": OKABE_ITO["sky_blue"],
}
# Predicate bands, shaded lightly behind score charts (labelled, so the hue is only a hint).
BAND_COLOURS = {
    "Sangat Inovatif": "rgba(0, 158, 115, 0.13)",
    "Inovatif": "rgba(86, 180, 233, 0.13)",
    "Kurang Inovatif": "rgba(230, 159, 0, 0.13)",
}
BAND_FALLBACK = "rgba(140, 140, 140, 0.10)"
# A sequential scale from near-white to Okabe-Ito blue: readable in grey scale as well.
SEQUENTIAL = [[0.0, "#F7F7F7"], [0.15, "#D6E9F5"], [1.0, OKABE_ITO["blue"]]]

FONT_FAMILY = "Source Sans Pro, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif"
FONT_SIZE = 16  # projector: still readable from the back of a meeting room
TITLE_SIZE = 19
ROW_HEIGHT = 26  # pixels per bar/row of a horizontal chart, so labels never overlap

THEME = go.layout.Template(
    layout=go.Layout(
        colorway=[
            OKABE_ITO[c]
            for c in ("blue", "orange", "bluish_green", "vermillion", "sky_blue", "reddish_purple")
        ],
        font={"family": FONT_FAMILY, "size": FONT_SIZE, "color": "#1F1F1F"},
        title={"font": {"size": TITLE_SIZE}, "x": 0, "xanchor": "left", "y": 0.98},
        separators=",.",  # decimal comma, thousands dot: 58,11 and 1.234
        paper_bgcolor="white",
        plot_bgcolor="white",
        margin={"l": 10, "r": 16, "t": 56, "b": 10},
        hoverlabel={"font": {"size": FONT_SIZE, "family": FONT_FAMILY}},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "left", "x": 0},
        xaxis={"gridcolor": "#E5E5E5", "zeroline": False, "automargin": True},
        yaxis={"gridcolor": "#E5E5E5", "zeroline": False, "automargin": True},
    )
)


class BandLike(Protocol):
    """A predicate band (analytics.methods.Band): name and the score range it covers."""

    name: str
    min: float
    max: float


def _figure(title: str | None = None, *, sample: bool = False, height: int | None = None) -> go.Figure:
    # one layout dict for the constructor: each later update_layout / add_annotation validates
    # the whole layout again, and reruns should stay fast
    layout: dict = {"template": THEME, "height": height}
    if title:
        # the title sits above the horizontal legend, which sits above the plot
        layout |= {"title": {"text": title}, "margin": {"t": 96}, "legend": {"y": 1.04}}
    if sample:
        layout["annotations"] = [{**_SAMPLE_MARK, "text": f"<b>{t('sample.badge')}</b>"}]
    return go.Figure(layout=layout)


_SAMPLE_MARK = {
    "xref": "paper",
    "yref": "paper",
    "x": 1,
    "y": 1.0,
    "yshift": 34,
    "xanchor": "right",
    "yanchor": "bottom",
    "showarrow": False,
    "font": {"size": 14, "color": OKABE_ITO["vermillion"]},
    "bgcolor": "rgba(255,255,255,0.85)",
    "bordercolor": OKABE_ITO["vermillion"],
    "borderwidth": 1,
    "borderpad": 3,
}


def mark_sample(fig: go.Figure) -> go.Figure:
    """Label a chart built from sample data "data contoh" (top-right corner, always visible)."""
    _add_layers(fig, annotations=[{**_SAMPLE_MARK, "text": f"<b>{t('sample.badge')}</b>"}])
    return fig


def _empty(fig: go.Figure) -> go.Figure:
    fig.add_annotation(text=t("chart.empty"), xref="paper", yref="paper", x=0.5, y=0.5, showarrow=False)
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def _year_axis(fig: go.Figure, years: Sequence[int]) -> None:
    # whole years only, never "2.021" or "2021,5"
    fig.update_xaxes(tickmode="array", tickvals=list(years), ticktext=[str(y) for y in years])


def _add_layers(fig: go.Figure, shapes: Sequence[dict] = (), annotations: Sequence[dict] = ()) -> None:
    """Add shapes and annotations in one layout update.

    plotly's add_annotation / add_hrect validate the whole layout on every call, which made a
    chart with a dozen labels cost tens of milliseconds on every rerun; one update validates once.
    New annotations go last, in the order given.
    """
    # plain assignment: update_layout with the existing objects in the list is far slower
    if shapes:
        fig.layout.shapes = (*fig.layout.shapes, *shapes)
    if annotations:
        fig.layout.annotations = (*fig.layout.annotations, *annotations)


def _shade_bands(fig: go.Figure, bands: Sequence[BandLike], *, vertical: bool = False) -> None:
    """Shade the predicate bands behind the data and write their names on them."""
    shapes, notes = [], []
    font = {"size": 13, "color": "#555555"}
    for band in bands:
        if band.max <= band.min:  # "Tidak Dapat Dinilai" is the single score 0: nothing to shade
            continue
        colour = BAND_COLOURS.get(band.name, BAND_FALLBACK)
        rect = {"type": "rect", "fillcolor": colour, "line": {"width": 0}, "layer": "below"}
        if vertical:
            shapes.append(
                {**rect, "xref": "x", "x0": band.min, "x1": band.max, "yref": "paper", "y0": 0, "y1": 1}
            )
            notes.append(
                {"text": html(band.name), "x": (band.min + band.max) / 2, "xref": "x", "y": 1, "yref": "paper",
                 "yanchor": "bottom", "showarrow": False, "font": font}
            )  # fmt: skip
        else:
            shapes.append(
                {**rect, "yref": "y", "y0": band.min, "y1": band.max, "xref": "paper", "x0": 0, "x1": 1}
            )
            notes.append(
                {"text": html(band.name), "y": band.max, "yref": "y", "x": 0, "xref": "paper", "xanchor": "left",
                 "yanchor": "top", "showarrow": False, "font": font}
            )  # fmt: skip
    _add_layers(fig, shapes, notes)


def _target_line(fig: go.Figure, target: float | None, *, vertical: bool = False) -> None:
    """The goal as a dashed line; on horizontal lines its label is the last annotation added."""
    if target is None or pd.isna(target):
        return
    text = t("chart.target_line", value=fmt_score(target))
    line = {"color": COLOURS["target"], "width": 2.5, "dash": "dash"}
    if vertical:
        # no text on the line: it would cover the bars; the legend names it
        shape = {"type": "line", "xref": "x", "x0": target, "x1": target, "yref": "paper", "y0": 0, "y1": 1}
        _add_layers(fig, [{**shape, "line": line}])
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="lines", line=line, name=text, showlegend=True))
    else:
        shape = {"type": "line", "yref": "y", "y0": target, "y1": target, "xref": "paper", "x0": 0, "x1": 1}
        note = {
            "text": text, "y": target, "yref": "y", "x": 1, "xref": "paper", "xanchor": "right",
            "yanchor": "bottom", "showarrow": False, "font": {"color": COLOURS["target"], "size": 14},
        }  # fmt: skip
        _add_layers(fig, [{**shape, "line": line}], [note])


# ---------------------------------------------------------------------------------------------
# Index score


def figure_score_trend(
    scores: pd.DataFrame,
    bands: Sequence[BandLike] = (),
    target: float | None = None,
    *,
    sample: bool = False,
    title: str | None = None,
) -> go.Figure:
    """The index score over the years: official results and estimates, the target line, the bands.

    `scores`: year, score, kind ('official' | 'estimate'); other columns are ignored. Official
    results are solid blue circles joined by a solid line; estimates open orange diamonds on a
    dotted line, so the two never look alike, also in grey scale.
    """
    fig = _figure(title if title is not None else t("chart.score.title"), sample=sample, height=420)
    _shade_bands(fig, bands)
    _target_line(fig, target)
    data = scores.dropna(subset=["score"]).sort_values("year")
    # official results are labelled above their points, estimates below; the labels sit on a
    # white ground so a line running behind them never makes them unreadable
    styles = {
        "official": {"symbol": "circle", "dash": "solid", "size": 13, "shift": 20},
        "estimate": {"symbol": "diamond-open", "dash": "dot", "size": 14, "shift": -22},
    }
    for kind, style in styles.items():
        part = data[data["kind"] == kind]
        if part.empty:
            continue
        fig.add_trace(
            go.Scatter(
                x=part["year"],
                y=part["score"],
                mode="lines+markers",
                name=t(f"chart.score.{kind}"),
                line={"color": COLOURS[kind], "width": 3, "dash": style["dash"]},
                marker={
                    "symbol": style["symbol"],
                    "size": style["size"],
                    "color": COLOURS[kind],
                    "line": {"width": 2.5, "color": COLOURS[kind]},
                },
                hovertemplate="%{x}: %{y:.2f}<extra>%{fullData.name}</extra>",
            )
        )
        _add_layers(
            fig,
            annotations=[
                {"x": x, "y": y, "text": fmt_score(y), "showarrow": False, "yshift": style["shift"],
                 "font": {"size": 15, "color": COLOURS[kind]}, "bgcolor": "rgba(255,255,255,0.85)",
                 "borderpad": 1}
                for x, y in zip(part["year"], part["score"], strict=True)
            ],
        )  # fmt: skip
    years = sorted(scores["year"].astype(int).unique()) if not scores.empty else []
    if years:
        years = list(range(years[0], years[-1] + 1))
        _year_axis(fig, years)
        # the left margin inside the plot keeps the band names clear of the first point
        fig.update_xaxes(range=[years[0] - 0.9 - 0.1 * len(years), years[-1] + 0.5])
    fig.update_yaxes(range=[0, 100], title_text=t("chart.score.axis"), dtick=20)
    if data.empty:
        fig.add_annotation(
            text=t("chart.score.none"), xref="paper", yref="paper", x=0.5, y=0.5, showarrow=False
        )
    return fig


def figure_goal_path(
    official: pd.DataFrame,
    base_year: int,
    base_score: float,
    goal_year: int,
    goal: float,
    pace: float | None = None,
    bands: Sequence[BandLike] = (),
) -> go.Figure:
    """Official results, the straight path from the latest result to `goal` by `goal_year`, and
    where the current pace (`pace` points a year, when known) would lead by then."""
    fig = _figure(None, height=440)
    # three legend entries wrap on a phone: below the plot they cannot cover the data
    fig.update_layout(legend={"y": -0.14, "yanchor": "top"}, margin={"b": 10})
    _shade_bands(fig, bands)
    _target_line(fig, goal)
    data = official.dropna(subset=["score"]).sort_values("year")
    fig.add_trace(
        go.Scatter(
            x=data["year"],
            y=data["score"],
            mode="lines+markers+text",
            name=t("chart.score.official"),
            line={"color": COLOURS["official"], "width": 3},
            marker={"size": 13},
            text=[fmt_score(v) for v in data["score"]],
            textposition="top center",
            hovertemplate="%{x}: %{y:.2f}<extra>%{fullData.name}</extra>",
        )
    )
    if base_score < goal:  # a goal already reached needs no path
        fig.add_trace(
            go.Scatter(
                x=[base_year, goal_year],
                y=[base_score, goal],
                mode="lines+markers",
                name=t("chart.goal.needed"),
                line={"color": COLOURS["needed"], "width": 3, "dash": "dash"},
                marker={"symbol": "square-open", "size": 12},
                hovertemplate="%{x}: %{y:.2f}<extra>%{fullData.name}</extra>",
            )
        )
    if pace is not None and not pd.isna(pace):
        end = min(100.0, max(0.0, base_score + pace * (goal_year - base_year)))
        fig.add_trace(
            go.Scatter(
                x=[base_year, goal_year],
                y=[base_score, end],
                mode="lines+markers",
                name=t("chart.goal.pace"),
                line={"color": COLOURS["pace"], "width": 3, "dash": "dot"},
                marker={"symbol": "triangle-up-open", "size": 12},
                hovertemplate="%{x}: %{y:.2f}<extra>%{fullData.name}</extra>",
            )
        )
    first = int(data["year"].min()) if not data.empty else base_year
    years = list(range(min(first, base_year), goal_year + 1))
    _year_axis(fig, years)
    fig.update_xaxes(range=[years[0] - 0.9 - 0.1 * len(years), years[-1] + 0.5])
    fig.update_yaxes(range=[0, 100], title_text=t("chart.score.axis"), dtick=20)
    return fig


def figure_region_comparison(
    results: pd.DataFrame, bands: Sequence[BandLike] = (), target: float | None = None
) -> go.Figure:
    """Published results of one year, one bar per region: Pati highlighted, Central Java next.

    `results`: region, score, is_pati, is_central_java (already in display order, top first).
    """
    n = len(results)
    fig = _figure(None, height=int(max(300, 170 + ROW_HEIGHT * 1.6 * n)))
    if results.empty:
        return _empty(fig)
    _shade_bands(fig, bands, vertical=True)
    colours = [
        COLOURS["pati"] if p else (COLOURS["central_java"] if cj else COLOURS["other_region"])
        for p, cj in zip(results["is_pati"], results["is_central_java"], strict=True)
    ]
    names = [
        f"<b>{html(r)}</b>" if p else html(r)
        for r, p in zip(results["region"], results["is_pati"], strict=True)
    ]
    fig.add_trace(
        go.Bar(
            x=results["score"],
            y=names,
            orientation="h",
            marker_color=colours,
            text=[fmt_score(v) for v in results["score"]],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{x:.2f}<extra></extra>",
            showlegend=False,
        )
    )
    # a legend for the colours, because a colour alone must not carry the meaning
    for key in ("pati", "central_java", "other_region"):
        fig.add_trace(go.Bar(x=[None], y=[None], marker_color=COLOURS[key], name=t(f"chart.region.{key}")))
    _target_line(fig, target, vertical=True)
    fig.update_yaxes(autorange="reversed", categoryorder="array", categoryarray=names)
    # no axis title: the legend sits below the axis, and the band names say what the axis is
    fig.update_xaxes(range=[0, 105], dtick=20)
    fig.update_layout(bargap=0.3, legend={"y": -0.1, "yanchor": "top"})
    return fig


# ---------------------------------------------------------------------------------------------
# Participation


def figure_opd_counts(counts: pd.DataFrame, *, sample: bool = False, title: str | None = None) -> go.Figure:
    """Innovations per OPD for one year, sorted (most first); OPD with none shown as 0.

    `counts`: opd_short_name, n_innovations, is_kecamatan.
    """
    data = counts.sort_values(["n_innovations", "opd_short_name"], ascending=[False, True])
    fig = _figure(title, sample=sample, height=max(240, 80 + ROW_HEIGHT * len(data)))
    if data.empty:
        return _empty(fig)
    colours = [COLOURS["kecamatan"] if k else COLOURS["opd"] for k in data["is_kecamatan"]]
    names = [html(n) for n in data["opd_short_name"]]
    fig.add_trace(
        go.Bar(
            x=data["n_innovations"],
            y=names,
            orientation="h",
            marker_color=colours,
            text=[fmt_number(v) for v in data["n_innovations"]],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", categoryorder="array", categoryarray=names)
    top = int(data["n_innovations"].max()) if len(data) else 0
    fig.update_xaxes(range=[0, max(1, top) * 1.15], title_text=t("chart.innovations"), rangemode="tozero")
    fig.update_layout(bargap=0.25)
    return fig


def figure_opd_heatmap(counts: pd.DataFrame, *, sample: bool = False, title: str | None = None) -> go.Figure:
    """OPD by year: the number of innovations in every cell (written in the cell, too).

    `counts`: opd_short_name, year, n_innovations, is_kecamatan. OPD first, kecamatan after them.
    """
    if counts.empty:
        return _empty(_figure(title, sample=sample, height=240))
    order = (
        counts.groupby(["opd_short_name", "is_kecamatan"], as_index=False)["n_innovations"]
        .sum()
        .sort_values(["is_kecamatan", "n_innovations", "opd_short_name"], ascending=[True, False, True])
    )
    grid = counts.pivot_table(index="opd_short_name", columns="year", values="n_innovations", aggfunc="sum")
    grid = grid.reindex(list(order["opd_short_name"])).fillna(0).astype(int)
    years = [int(y) for y in grid.columns]
    fig = _figure(title, sample=sample, height=max(260, 110 + ROW_HEIGHT * len(grid)))
    fig.add_trace(
        go.Heatmap(
            z=grid.to_numpy(),
            x=[str(y) for y in years],
            y=[html(n) for n in grid.index],
            colorscale=SEQUENTIAL,
            text=grid.to_numpy(),
            texttemplate="%{text}",
            textfont={"size": 14},
            xgap=2,
            ygap=2,
            showscale=False,
            hovertemplate="%{y}, %{x}: %{z}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_xaxes(type="category", side="top", tickangle=0)
    return fig


def figure_coverage_trend(
    summary: pd.DataFrame, *, sample: bool = False, title: str | None = None
) -> go.Figure:
    """Share of OPD with at least one innovation per year: all, OPD only, kecamatan; 100 % goal line.

    `summary`: year, opd_coverage, opd_only_coverage, kecamatan_coverage, target_opd_coverage.
    """
    fig = _figure(title, sample=sample, height=400)
    if summary.empty:
        return _empty(fig)
    data = summary.sort_values("year")
    series = (
        ("opd_coverage", "all", "solid", "circle"),
        ("opd_only_coverage", "opd", "dash", "square"),
        ("kecamatan_coverage", "kecamatan", "dot", "diamond"),
    )
    for column, key, dash, symbol in series:
        if column not in data or data[column].isna().all():
            continue
        values = data[column] * 100
        fig.add_trace(
            go.Scatter(
                x=data["year"],
                y=values,
                mode="lines+markers",
                name=t(f"chart.coverage.{key}"),
                line={"color": COLOURS[key], "width": 3, "dash": dash},
                marker={"symbol": symbol, "size": 11},
                hovertemplate="%{x}: %{y:.0f} %<extra>%{fullData.name}</extra>",
            )
        )
    goal = data["target_opd_coverage"].dropna()
    if not goal.empty:
        value = float(goal.iloc[-1]) * 100
        _add_layers(
            fig,
            [{"type": "line", "yref": "y", "y0": value, "y1": value, "xref": "paper", "x0": 0, "x1": 1,
              "line": {"color": COLOURS["target"], "width": 2.5, "dash": "dash"}}],
            [{"text": t("chart.coverage.goal", value=fmt_number(value)), "y": value, "yref": "y", "x": 1,
              "xref": "paper", "xanchor": "right", "yanchor": "bottom", "showarrow": False,
              "font": {"color": COLOURS["target"], "size": 14}}],
        )  # fmt: skip
    _year_axis(fig, [int(y) for y in data["year"]])
    fig.update_yaxes(range=[0, 105], ticksuffix=" %", title_text=t("chart.coverage.axis"))
    return fig


# ---------------------------------------------------------------------------------------------
# Kinds of innovation


def figure_jenis_by_year(
    summary: pd.DataFrame, *, sample: bool = False, title: str | None = None
) -> go.Figure:
    """Digital and non-digital innovations per year, stacked, with the digital share on top.

    `summary`: year, n_digital, n_non_digital.
    """
    fig = _figure(title, sample=sample, height=400)
    if summary.empty:
        return _empty(fig)
    data = summary.sort_values("year")
    for column, key, pattern in (("n_digital", "digital", ""), ("n_non_digital", "non-digital", "/")):
        fig.add_trace(
            go.Bar(
                x=data["year"],
                y=data[column],
                name=label(key),
                marker_color=COLOURS[key],
                marker_pattern_shape=pattern,
                text=[fmt_number(v) for v in data[column]],
                textposition="inside",
                insidetextanchor="middle",
                hovertemplate="%{x}: %{y}<extra>%{fullData.name}</extra>",
            )
        )
    total = data["n_digital"] + data["n_non_digital"]
    share = data["n_digital"] / total.where(total > 0)
    fig.update_layout(barmode="stack", bargap=0.35, legend_traceorder="normal")
    fig.update_xaxes(
        tickmode="array",
        tickvals=list(data["year"]),
        ticktext=[
            f"{int(y)}<br>" + (t("chart.jenis.share", share=fmt_number(s * 100)) if pd.notna(s) else "")
            for y, s in zip(data["year"], share, strict=True)
        ],
        tickangle=0,
        title_text=t("chart.jenis.axis"),
    )
    fig.update_yaxes(title_text=t("chart.innovations"), range=[0, max(1, int(total.max())) * 1.08])
    return fig


def figure_category_counts(
    counts: pd.DataFrame,
    *,
    sample: bool = False,
    title: str | None = None,
    colour: str | None = None,
) -> go.Figure:
    """A horizontal bar per category (bentuk, inisiator, urusan...), largest first.

    `counts`: value (stored code), n. Values are shown with their display labels.
    """
    data = counts.sort_values(["n", "value"], ascending=[False, True])
    fig = _figure(title, sample=sample, height=max(220, 90 + ROW_HEIGHT * 1.5 * len(data)))
    if data.empty:
        return _empty(fig)
    labels = [_wrap(label(v)) for v in data["value"]]
    fig.add_trace(
        go.Bar(
            x=data["n"],
            y=labels,
            orientation="h",
            marker_color=colour or COLOURS["opd"],
            text=[fmt_number(v) for v in data["n"]],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", categoryorder="array", categoryarray=labels)
    fig.update_xaxes(range=[0, max(1, int(data["n"].max())) * 1.18], title_text=t("chart.innovations"))
    fig.update_layout(bargap=0.3)
    return fig


TAHAPAN_ORDER = ("inisiatif", "uji coba", "penerapan")


def figure_tahapan_pipeline(
    counts: pd.DataFrame, *, sample: bool = False, title: str | None = None
) -> go.Figure:
    """The stages as a pipeline, left to right: inisiatif -> uji coba -> penerapan, with counts
    and shares. `counts`: value (tahapan code), n. Stages without innovations show 0."""
    by_stage = dict(zip(counts["value"], counts["n"], strict=True)) if not counts.empty else {}
    values = [int(by_stage.get(s, 0)) for s in TAHAPAN_ORDER]
    total = sum(values)
    fig = _figure(title, sample=sample, height=340)
    if total == 0:
        return _empty(fig)
    colours = [OKABE_ITO["sky_blue"], OKABE_ITO["orange"], OKABE_ITO["bluish_green"]]
    positions = list(range(len(TAHAPAN_ORDER)))
    fig.add_trace(
        go.Bar(
            x=positions,
            y=values,
            marker_color=colours,
            width=0.6,
            text=[f"{fmt_number(v)} ({fmt_number(100 * v / total)} %)" for v in values],
            textposition="outside",
            cliponaxis=False,
            textfont={"size": 16},
            hovertemplate="%{y}<extra></extra>",
        )
    )
    top = max(values)
    arrows = [
        {"x": i + 0.5, "y": top * 0.5, "text": "➜", "showarrow": False, "font": {"size": 30, "color": GREY}}
        for i in positions[:-1]
    ]
    _add_layers(fig, annotations=arrows)
    fig.update_xaxes(
        tickmode="array",
        tickvals=positions,
        ticktext=[f"{i + 1}. {label(s)}" for i, s in enumerate(TAHAPAN_ORDER)],
        range=[-0.5, len(TAHAPAN_ORDER) - 0.5],
    )
    fig.update_yaxes(range=[0, top * 1.2], title_text=t("chart.innovations"))
    return fig


CRITERIA_ORDER = ("perubahan", "dampak terukur", "metode baru", "kolaborasi", "keempatnya")


def figure_criteria(counts: pd.DataFrame, *, sample: bool = False, title: str | None = None) -> go.Figure:
    """How many innovations meet each of the four criteria, and all four, out of all of them.

    `counts`: value (criterion), n, n_of.
    """
    fig = _figure(title, sample=sample, height=340)
    if counts.empty or int(counts["n_of"].max()) == 0:
        return _empty(fig)
    by_value = dict(zip(counts["value"], counts["n"], strict=True))
    n_of = int(counts["n_of"].max())
    values = [int(by_value.get(c, 0)) for c in CRITERIA_ORDER]
    names = [t(f"chart.criteria.{c.replace(' ', '_')}") for c in CRITERIA_ORDER]
    colours = [OKABE_ITO["blue"]] * 4 + [OKABE_ITO["bluish_green"]]
    fig.add_trace(
        go.Bar(
            x=values,
            y=names,
            orientation="h",
            marker_color=colours,
            text=[f"{fmt_number(v)} ({fmt_number(100 * v / n_of)} %)" for v in values],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", categoryorder="array", categoryarray=names)
    fig.update_xaxes(range=[0, n_of * 1.35], title_text=t("chart.criteria.axis", n=fmt_number(n_of)))
    fig.update_layout(bargap=0.3)
    return fig


def figure_evidence_levels(levels: pd.DataFrame, *, sample: bool = False) -> go.Figure:
    """Evidence level (0-3) of each SID indicator of one innovation; mandatory ones marked *."""
    # names wrap onto up to three lines: rows get room for them
    fig = _figure(None, sample=sample, height=max(280, 100 + 42 * len(levels)))
    if levels.empty:
        return _empty(fig)
    names = [
        _wrap(f"{n} *" if m else n, 26)
        for n, m in zip(levels["indicator_name"], levels["mandatory"], strict=True)
    ]
    colours = [
        OKABE_ITO["vermillion"] if (m and lv == 0) else OKABE_ITO["blue"]
        for m, lv in zip(levels["mandatory"], levels["level"], strict=True)
    ]
    fig.add_trace(
        go.Bar(
            x=levels["level"],
            y=names,
            orientation="h",
            marker_color=colours,
            text=[str(int(v)) for v in levels["level"]],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", categoryorder="array", categoryarray=names)
    fig.update_xaxes(range=[0, 3.4], dtick=1, title_text=t("chart.evidence.axis"))
    return fig


def _wrap(text: str, width: int = 28) -> str:
    """Break a long category label onto lines (plotly wraps nothing by itself); each line escaped
    for plotly (`html`), the breaks are plotly's `<br>`."""
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return "<br>".join(html(line) for line in lines)


# ---------------------------------------------------------------------------------------------
# Index estimate: the path to a target and the evidence gaps (scoring engine, always "perkiraan")


def figure_plan_steps(
    steps: pd.DataFrame,
    start_iid: float,
    target: float | None = None,
    *,
    sample: bool = False,
    title: str | None = None,
) -> go.Figure:
    """The path to a target as a waterfall: today's estimate, what each step adds, where it ends.

    `steps`: step, gain_iid, cumulative_iid, description (a `scoring.Plan.steps` frame, largest
    gain first). The axis starts just below today's estimate, because the steps add tenths of a
    point to a score of 50-80 and would be invisible from zero; the bars carry their numbers.
    """
    n = len(steps)
    fig = _figure(title, sample=sample, height=420 if n <= 12 else 480)
    names = [t("scoresim.chart.plan.start")] + [
        t("scoresim.chart.plan.step", n=int(s)) for s in steps["step"]
    ]
    gains = [float(g) for g in steps["gain_iid"]]
    end = start_iid + sum(gains)
    names.append(t("scoresim.chart.plan.end"))
    fig.add_trace(
        go.Waterfall(
            x=names,
            y=[start_iid, *gains, end],
            measure=["absolute", *["relative"] * n, "total"],
            base=0,
            orientation="v",
            text=[fmt_score(start_iid), *(f"+{fmt_score(g)}" for g in gains), fmt_score(end)],
            textposition="outside",
            cliponaxis=False,
            customdata=[
                t("scoresim.chart.plan.start_hover"),
                *(html(d) for d in steps["description"]),
                t("scoresim.chart.plan.end_hover"),
            ],
            hovertemplate="%{customdata}<extra></extra>",
            increasing={"marker": {"color": COLOURS["estimate"]}},
            totals={"marker": {"color": OKABE_ITO["bluish_green"]}},
            decreasing={"marker": {"color": GREY}},
            connector={"line": {"color": GREY, "width": 1, "dash": "dot"}},
        )
    )
    # "absolute" bars are drawn from 0, so the first and last bars fill the zoomed axis
    top = max(end, target if target is not None else end)
    low = max(0.0, min(start_iid, target if target is not None else start_iid) - 2.0)
    fig.update_yaxes(range=[low, min(100.0, top + 1.5)], title_text=t("scoresim.chart.plan.axis"))
    fig.update_xaxes(type="category", tickangle=-45 if n > 8 else 0)
    _target_line(fig, target)
    if target is not None and fig.layout.annotations:
        # the last bar ends near the target on the right: write the target's label on the left
        fig.layout.annotations[-1].update(x=0, xanchor="left")
    fig.update_layout(showlegend=False)
    return fig


def figure_evidence_gaps(
    gaps: pd.DataFrame,
    *,
    label_column: str = "opd_name",
    sample: bool = False,
    title: str | None = None,
    top: int = 15,
) -> go.Figure:
    """Index points at risk from missing mandatory evidence, one bar per OPD (or innovation).

    `gaps`: the label column, points_at_risk, n_missing (a `scoring.gaps_by_opd` or
    `gaps_by_innovation` frame). The `top` largest are drawn, the largest on top; the table
    beside the chart lists all of them. Each name is written above its bar rather than beside
    it: OPD and innovation names are long, and beside the bars they would leave no room for the
    bars on a phone.
    """
    data = gaps.sort_values("points_at_risk", ascending=False, kind="stable").head(top)
    fig = _figure(title, sample=sample, height=max(240, 70 + ROW_HEIGHT * 2.1 * len(data)))
    if data.empty:
        return _empty(fig)
    rows = [str(i) for i in range(len(data))]
    fig.add_trace(
        go.Bar(
            x=data["points_at_risk"],
            y=rows,
            orientation="h",
            marker_color=COLOURS["target"],
            marker_pattern_shape="/",
            width=0.42,
            customdata=[html(n) for n in data[label_column]],
            text=[
                t("scoresim.chart.gaps.bar", points=fmt_score(p), n=int(k))
                for p, k in zip(data["points_at_risk"], data["n_missing"], strict=True)
            ],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{customdata}: %{x:.2f}<extra></extra>",
        )
    )
    # one layout update for all names: add_annotation per row validates the figure each time
    names = [
        {
            "text": html(name),
            "x": 0,
            "xref": "paper",
            "y": row,
            "yref": "y",
            "yshift": 9,
            "xanchor": "left",
            "yanchor": "bottom",
            "showarrow": False,
            "font": {"size": 14, "color": "#333333"},
        }
        for row, name in zip(rows, data[label_column], strict=True)
    ]
    fig.update_layout(annotations=[*fig.layout.annotations, *names])
    fig.update_yaxes(
        autorange="reversed", categoryorder="array", categoryarray=rows, showticklabels=False,
        showgrid=False,
    )  # fmt: skip
    fig.update_xaxes(
        range=[0, float(data["points_at_risk"].max()) * 1.45], title_text=t("scoresim.chart.gaps.axis"),
        tickformat=".2f", nticks=6,
    )  # fmt: skip
    return fig


# ---------------------------------------------------------------------------------------------
# Presentation size: slides (presenter mode) and images for slides people make themselves

PROJECTOR_MIN_FONT = 20  # px: the smallest text a slide may have, read from the back of the room
PROJECTOR_SCALE = 1.4


def for_projector(fig: go.Figure, *, height: int | None = None, width: int | None = None) -> go.Figure:
    """A copy of `fig` for a projector: every text (title, axes, ticks, legend, labels on bars,
    annotations, hover) scaled up and never under PROJECTOR_MIN_FONT px."""

    def size(value: float | None) -> int:
        return max(PROJECTOR_MIN_FONT, round((value or FONT_SIZE) * PROJECTOR_SCALE))

    out = go.Figure(fig)
    layout = out.layout
    base = size(layout.font.size or FONT_SIZE)
    updates: dict = {
        "font": {"size": base},
        "legend": {"font": {"size": base}},
        "hoverlabel": {"font": {"size": base}},
        "title": {"font": {"size": size(layout.title.font.size or TITLE_SIZE)}},
        "annotations": [
            {
                **a.to_plotly_json(),
                "font": {**(a.font.to_plotly_json() if a.font else {}), "size": size(a.font.size)},
            }
            for a in layout.annotations
        ],
    }
    if height is not None:
        updates["height"] = height
    if width is not None:
        updates["width"] = width
    margin = layout.margin
    # room above the plot for the bigger legend and the "data contoh" mark
    updates["margin"] = {
        "t": max(110, margin.t or 0),
        "l": max(30, margin.l or 0),
        "r": max(30, margin.r or 0),
        "b": max(30, margin.b or 0),
    }
    out.update_layout(updates)
    out.update_xaxes(tickfont_size=base, title_font_size=base)
    out.update_yaxes(tickfont_size=base, title_font_size=base)
    for trace in out.data:
        if getattr(trace, "textfont", None) is not None and "textfont" in trace:
            trace.textfont.size = size(trace.textfont.size)
        if trace.type in ("heatmap",) and trace.colorbar is not None:
            trace.colorbar.tickfont.size = base
    return out
