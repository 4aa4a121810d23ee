"""Chart builders of the dashboard and the ONE chart theme (colours, fonts, number formats).

Every chart is a function `figure_<what>(df, ...) -> go.Figure` that takes the tidy frame a page
query returns, so charts can be tested (and exported to PNG for the PDF handout) without
Streamlit. All of them share `THEME`:

- the Okabe-Ito palette, which stays distinguishable for the common forms of colour blindness;
  colour is never the only cue (lines differ in dash, markers in shape, bars carry their numbers);
- fonts large enough to read on a projector at the back of a meeting room;
- Indonesian number formats through plotly's `separators`, from `analytics.formats` (58,11; 1.234).

Over 500 lines on purpose: every builder of the dashboard's charts sits beside the one theme and
the few drawing helpers they share (bands, the target line, names above bars, the "data contoh"
mark, the one empty state), so a change to how charts look is made and reviewed in one file; the
Peringkat charts, which share none of those helpers' data, are in `analytics/charts_ranking.py`.

Every word on a chart comes from `analytics.text`; every value from the data (names of OPD,
regions, innovations, urusan, indicators, bands) goes through `analytics.safe.html` first, because
plotly renders `<a>`, `<b>`, `<br>` and entities in labels, ticks, hovers and annotations.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from analytics import formats, tables, vocabulary
from analytics.methods import BandLike
from analytics.safe import html
from analytics.text import fmt_number, fmt_percent, fmt_score, label, t

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
MIN_FONT = 14  # px: no text on a chart is smaller (band names, cell numbers, the "data contoh" mark)
ROW_HEIGHT = 26  # pixels per bar/row of a horizontal chart, so labels never overlap
LINE_HEIGHT = 21  # pixels per line of a wrapped label at FONT_SIZE (plotly spaces lines 1.3 em)
EMPTY_HEIGHT = 260  # every empty chart has the same size, so side-by-side empty charts line up

THEME = go.layout.Template(
    layout=go.Layout(
        colorway=[
            OKABE_ITO[c]
            for c in ("blue", "orange", "bluish_green", "vermillion", "sky_blue", "reddish_purple")
        ],
        font={"family": FONT_FAMILY, "size": FONT_SIZE, "color": "#1F1F1F"},
        title={"font": {"size": TITLE_SIZE}, "x": 0, "xanchor": "left", "y": 0.98},
        separators=formats.PLOTLY_SEPARATORS,  # decimal comma, thousands dot: 58,11 and 1.234
        paper_bgcolor="white",
        plot_bgcolor="white",
        margin={"l": 10, "r": 16, "t": 56, "b": 10},
        hoverlabel={"font": {"size": FONT_SIZE, "family": FONT_FAMILY}},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "left", "x": 0},
        # axis titles a little further from the numbers than plotly's default, so the two never
        # touch when the type is scaled up for a projector
        xaxis={"gridcolor": "#E5E5E5", "zeroline": False, "automargin": True, "title": {"standoff": 12}},
        yaxis={"gridcolor": "#E5E5E5", "zeroline": False, "automargin": True, "title": {"standoff": 12}},
    )
)


def _figure(title: str | None = None, *, sample: bool = False, height: int | None = None) -> go.Figure:
    # one layout dict for the constructor: each later update_layout / add_annotation validates
    # the whole layout again, and reruns should stay fast. Shapes, annotations, margins and the
    # "data contoh" mark are gathered in a draft (`_add_layers`) and set in one layout update
    # when the chart is done (`_finish`, run by `_chart` on every figure_* builder).
    layout: dict = {"template": THEME, "height": height}
    if title:
        # the title sits above the horizontal legend, which sits above the plot
        layout |= {"title": {"text": title}, "margin": {"t": 96}, "legend": {"y": 1.04}}
    fig = go.Figure(layout=layout)
    fig._draft = {"shapes": [], "annotations": [], "layout": {}, "sample": sample}
    return fig


_SAMPLE_MARK = {
    "xref": "paper",
    "yref": "paper",
    "x": 1,
    "y": 1.0,
    "yshift": 34,
    "xanchor": "right",
    "yanchor": "bottom",
    "showarrow": False,
    "font": {"size": MIN_FONT, "color": OKABE_ITO["vermillion"]},
    "bgcolor": "rgba(255,255,255,0.85)",
    "bordercolor": OKABE_ITO["vermillion"],
    "borderwidth": 1,
    "borderpad": 3,
}


def _sample_text() -> str:
    return f"<b>{t('sample.badge')}</b>"


def _is_sample_mark(note: go.layout.Annotation) -> bool:
    return note.text == _sample_text() and note.bordercolor == _SAMPLE_MARK["bordercolor"]


def _shows_legend(fig: go.Figure) -> bool:
    # plotly's rule: a legend when asked for, or when two or more traces may appear in it
    if fig.layout.showlegend is not None:
        return bool(fig.layout.showlegend)
    listed = [trace for trace in fig.data if trace.showlegend is not False]
    return len(listed) >= 2 or any(trace.showlegend for trace in fig.data)


def _sample_mark(fig: go.Figure) -> dict:
    """The "data contoh" mark as layout updates. On a chart with a legend it is the legend's
    heading: as a corner mark it would sit on the legend once the legend wraps onto a second line
    (a phone). Other charts get the mark in the top-right corner."""
    if _shows_legend(fig):
        font = {"size": MIN_FONT, "color": _SAMPLE_MARK["bordercolor"]}
        return {"legend_title": {"text": _sample_text(), "side": "top", "font": font}}
    return {"annotations": [{**_SAMPLE_MARK, "text": _sample_text()}]}


def mark_sample(fig: go.Figure) -> go.Figure:
    """Label a finished chart built from sample data "data contoh"."""
    updates = _sample_mark(fig)
    if "annotations" in updates:
        updates["annotations"] = [*fig.layout.annotations, *updates["annotations"]]
    return fig.update_layout(**updates)


def _finish(fig: go.Figure) -> go.Figure:
    """Set what the draft gathered (shapes, annotations, layout updates, the "data contoh" mark)
    in one layout update."""
    draft = fig.__dict__.pop("_draft", None)
    if draft is None:
        return fig
    updates = dict(draft["layout"])
    notes = draft["annotations"]
    if draft["sample"]:
        mark = _sample_mark(fig)
        notes = [*notes, *mark.pop("annotations", [])]
        updates |= mark
    if notes:
        updates["annotations"] = [*fig.layout.annotations, *notes]
    if draft["shapes"]:
        updates["shapes"] = [*fig.layout.shapes, *draft["shapes"]]
    if updates:
        fig.update_layout(**updates)
    return fig


def _chart(build: Callable[..., go.Figure]) -> Callable[..., go.Figure]:
    """Every figure_* builder: the finishing touches of the one theme, after the chart is drawn."""

    @functools.wraps(build)
    def finished(*args: Any, **kwargs: Any) -> go.Figure:
        return _finish(build(*args, **kwargs))

    return finished


def _empty(fig: go.Figure, text: str | None = None) -> go.Figure:
    """The one empty state of every chart: a sentence in the middle and nothing else (no axes, no
    legend, no bands or lines, no "data contoh" mark), at one height; the title stays."""
    fig.__dict__.pop("_draft", None)
    fig.data = ()
    fig.layout.shapes = ()
    fig.layout.annotations = (
        {"text": text or t("chart.empty"), "xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5,
         "showarrow": False, "font": {"size": FONT_SIZE, "color": "#555555"}},
    )  # fmt: skip
    fig.update_layout(
        height=EMPTY_HEIGHT,
        showlegend=False,
        xaxis={"visible": False, "range": [0, 1]},
        yaxis={"visible": False, "range": [0, 1]},
    )
    return fig


def _is_empty(*values: Sequence[float] | pd.Series) -> bool:
    """No data worth a chart: no values at all, or only zeros and gaps."""
    numbers = pd.concat([pd.Series(v, dtype="float64") for v in values]) if values else pd.Series()
    return bool(numbers.fillna(0).eq(0).all())


def _year_axis(fig: go.Figure, years: Sequence[int]) -> None:
    # whole years only, never "2.021" or "2021,5"; at MIN_FONT six or seven years fit a phone
    # side by side without touching
    fig.update_xaxes(
        tickmode="array", tickvals=list(years), ticktext=[str(y) for y in years], tickfont={"size": MIN_FONT}
    )


def _gapped(years: Sequence[int], values: Sequence[float]) -> tuple[list[int], list[float | None]]:
    """Points for a line that breaks where years are missing: a None between two years that are
    not consecutive, so the line never runs through a year without a figure (plotly draws no line
    over a None)."""
    xs: list[int] = []
    ys: list[float | None] = []
    for year, value in zip(years, values, strict=True):
        if xs and int(year) > xs[-1] + 1:
            xs.append(xs[-1] + 1)
            ys.append(None)
        xs.append(int(year))
        ys.append(float(value))
    return xs, ys


def _away_from_line(values: Sequence[float | None]) -> list[str]:
    """Where each point's label goes: under a point whose neighbours on the line are higher (a
    low point), above the others; so the labels of two close points on a rising or falling line
    sit on opposite sides of it instead of side by side."""
    positions = []
    for i, value in enumerate(values):
        around = [v for v in (values[i - 1] if i else None, values[i + 1] if i + 1 < len(values) else None)
                  if v is not None]  # fmt: skip
        low = value is not None and bool(around) and all(v > value for v in around)
        positions.append("bottom center" if low else "top center")
    return positions


def _add_layers(
    fig: go.Figure, shapes: Sequence[dict] = (), annotations: Sequence[dict] = (), **layout: Any
) -> None:
    """Add shapes, annotations and layout updates (plotly's magic names: margin_r=...) to the
    chart's draft, set in one layout update when the chart is done (`_finish`).

    plotly validates the whole layout on every add_annotation / update_layout, and copies every
    annotation already there when the list is assigned again: a chart with a dozen labels cost
    tens of milliseconds on every rerun. New annotations go last, in the order given.
    """
    draft = fig.__dict__.get("_draft")
    if draft is None:  # a finished figure: set at once
        fig.update_layout(
            shapes=[*fig.layout.shapes, *shapes],
            annotations=[*fig.layout.annotations, *annotations],
            **layout,
        )
        return
    draft["shapes"].extend(shapes)
    draft["annotations"].extend(annotations)
    draft["layout"].update(layout)


REGION_WRAP = 40  # characters per line of a region name above its bar
BAND_FONT = {"size": MIN_FONT, "color": "#444444"}
# Horizontal bands (score over the years): the names sit in the right margin, beside their band,
# on two lines, so they never meet a point, its label or the target line, at any width.
BAND_MARGIN_RIGHT = 68
# Vertical bands (one bar per region): the names sit under the axis numbers, the middle band's a
# line lower, so neighbouring names never run together on a phone.
BAND_TICK_ROOM = 30  # px below the plot taken by the axis numbers
BAND_ROW = 20  # px per row of band names
BAND_MARGIN_BOTTOM = BAND_TICK_ROOM + 2 * BAND_ROW + 8


def _shade_bands(fig: go.Figure, bands: Sequence[BandLike], *, vertical: bool = False) -> None:
    """Shade the predicate bands behind the data and write their names beside the plot."""
    shapes, notes = [], []
    shown = sorted((b for b in bands if b.max > b.min), key=lambda b: b.min)
    # "Tidak Dapat Dinilai" is the single score 0: nothing to shade
    for row, band in enumerate(shown):
        colour = BAND_COLOURS.get(band.name, BAND_FALLBACK)
        rect = {"type": "rect", "fillcolor": colour, "line": {"width": 0}, "layer": "below"}
        middle = (band.min + band.max) / 2
        if vertical:
            shapes.append(
                {**rect, "xref": "x", "x0": band.min, "x1": band.max, "yref": "paper", "y0": 0, "y1": 1}
            )
            notes.append(
                {"text": html(band.name), "x": middle, "xref": "x", "y": 0, "yref": "paper", "yanchor": "top",
                 "yshift": -BAND_TICK_ROOM - BAND_ROW * (row % 2), "showarrow": False, "font": BAND_FONT}
            )  # fmt: skip
        else:
            shapes.append(
                {**rect, "yref": "y", "y0": band.min, "y1": band.max, "xref": "paper", "x0": 0, "x1": 1}
            )
            notes.append(
                {"text": _wrap(band.name, 9), "y": middle, "yref": "y", "x": 1, "xref": "paper",
                 "xanchor": "left", "xshift": 6, "yanchor": "middle", "align": "left", "showarrow": False,
                 "font": BAND_FONT, "bgcolor": colour, "borderpad": 3}
            )  # fmt: skip
    if not shown:
        return
    margin = {"margin_b": BAND_MARGIN_BOTTOM} if vertical else {"margin_r": BAND_MARGIN_RIGHT}
    _add_layers(fig, shapes, notes, **margin)


TARGET_LINE = {"color": COLOURS["target"], "width": 2.5, "dash": "dash"}


def _target_line(
    fig: go.Figure, target: float | None, *, vertical: bool = False, label: str = "legend"
) -> None:
    """The goal as a dashed line, named in the legend (`label="legend"`: a name on the line itself
    would sit on a point or bar near the goal), or written on the line, for a chart without a
    legend, at the right (`label="right"`) or the left (`label="left"`)."""
    if target is None or pd.isna(target):
        return
    text = t("chart.target_line", value=fmt_score(target))
    if vertical:
        shape = {"type": "line", "xref": "x", "x0": target, "x1": target, "yref": "paper", "y0": 0, "y1": 1}
    else:
        shape = {"type": "line", "yref": "y", "y0": target, "y1": target, "xref": "paper", "x0": 0, "x1": 1}
    if label == "legend":
        _add_layers(fig, [{**shape, "line": TARGET_LINE}])
        fig.add_trace(
            go.Scatter(x=[None], y=[None], mode="lines", line=TARGET_LINE, name=text, hoverinfo="skip")
        )
    else:
        x, anchor = (0, "left") if label == "left" else (1, "right")
        note = {
            "text": text, "y": target, "yref": "y", "x": x, "xref": "paper", "xanchor": anchor,
            "yanchor": "bottom", "showarrow": False, "font": {"color": COLOURS["target"], "size": 15},
        }  # fmt: skip
        _add_layers(fig, [{**shape, "line": TARGET_LINE}], [note])


def _lines(label: str) -> int:
    return label.count("<br>") + 1


def _name_rows(names: Sequence[str], line: float, bar: float) -> tuple[list[float], list[float], float]:
    """Rows of "name above its bar" charts on a y axis counted in pixels (reversed: 0 at the top):
    each row as tall as its (wrapped) name. Returns the top of each name, the centre of each bar
    and the total height. Names above the bars leave the whole width to the bars: long OPD,
    region and innovation names would otherwise squeeze the plot to nothing on a phone."""
    tops, centres, y = [], [], 0.0
    for name in names:
        tops.append(y + 4)
        centres.append(y + 4 + line * _lines(name) + 8 + bar / 2)
        y += 4 + line * _lines(name) + 8 + bar + 16  # names clear of the numbers beside the bars
    return tops, centres, y


# layout.meta of a chart whose y axis counts the pixels of its rows (`_label_rows`, `_name_rows`):
# a bigger copy (`for_projector`) must grow its height with its type, or the rows would squeeze
PIXEL_ROWS = {"pixel_rows": True}


def _label_rows(labels: Sequence[str], least: float) -> tuple[list[float], float]:
    """Rows of a horizontal bar chart with its labels beside the bars, on a y axis counted in
    pixels (reversed): each row as tall as its wrapped label, at least `least`, so a label of two
    lines never touches its neighbours and one-line rows stay compact. Returns the centre of each
    row and the total height."""
    centres, y = [], 0.0
    for text in labels:
        height = max(least, 14 + LINE_HEIGHT * _lines(text))
        centres.append(y + height / 2)
        y += height
    return centres, y


def _name_notes(names: Sequence[str], tops: Sequence[float], colour: str = "#333333") -> list[dict]:
    return [
        {"text": name, "x": 0, "xref": "paper", "y": top, "yref": "y", "xanchor": "left", "yanchor": "top",
         "align": "left", "showarrow": False, "font": {"size": 15, "color": colour}}
        for top, name in zip(tops, names, strict=True)
    ]  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Index score


# the legend name of each kind of score (progress.OFFICIAL, progress.ESTIMATE)
SCORE_KIND_TEXT = {"official": "chart.score.official", "estimate": "chart.score.estimate"}


@_chart
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
    dotted line, so the two never look alike, also in grey scale. Each line breaks over the years
    without a figure of its kind (official results are not published every year): it never
    suggests a score for a year that has none. Every year of the span is on the axis.
    """
    fig = _figure(title if title is not None else t("chart.score.title"), sample=sample, height=420)
    data = scores.dropna(subset=["score"]).sort_values("year") if not scores.empty else scores
    if data.empty:
        return _empty(fig, t("chart.score.none"))
    _shade_bands(fig, bands)
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
        xs, ys = _gapped(part["year"], part["score"])
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines+markers",
                name=t(SCORE_KIND_TEXT[kind]),
                line={"color": COLOURS[kind], "width": 3, "dash": style["dash"]},
                marker={
                    "symbol": style["symbol"],
                    "size": style["size"],
                    "color": COLOURS[kind],
                    "line": {"width": 2.5, "color": COLOURS[kind]},
                },
                connectgaps=False,
                hovertemplate="%{x}: %{y:.2f}<extra>%{fullData.name}</extra>",
            )
        )
        _add_layers(
            fig,
            annotations=[
                {"x": x, "y": y, "text": fmt_score(y), "showarrow": False, "yshift": style["shift"],
                 "font": {"size": MIN_FONT, "color": COLOURS[kind]}, "bgcolor": "rgba(255,255,255,0.85)",
                 "borderpad": 1}
                for x, y in zip(part["year"], part["score"], strict=True)
            ],
        )  # fmt: skip
    _target_line(fig, target)
    years = sorted(scores["year"].astype(int).unique())
    years = list(range(years[0], years[-1] + 1))
    _year_axis(fig, years)
    fig.update_xaxes(range=[years[0] - 0.6, years[-1] + 0.5])
    fig.update_yaxes(range=[0, 100], title_text=t("chart.score.axis"), dtick=20)
    return fig


@_chart
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
    where the current pace (`pace` points a year, when known) would lead by then. The line of the
    official results breaks over years without a published result."""
    fig = _figure(None, height=440)
    data = official.dropna(subset=["score"]).sort_values("year") if not official.empty else official
    if data.empty:
        return _empty(fig)
    _shade_bands(fig, bands)
    xs, ys = _gapped(data["year"], data["score"])
    fig.add_trace(
        go.Scatter(
            x=xs,
            y=ys,
            mode="lines+markers+text",
            textposition=_away_from_line(ys),
            name=t("chart.score.official"),
            line={"color": COLOURS["official"], "width": 3},
            marker={"size": 13},
            text=[fmt_score(v) if v is not None else "" for v in ys],
            textfont={"size": MIN_FONT},
            connectgaps=False,
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
    _target_line(fig, goal)
    first = int(data["year"].min())
    years = list(range(min(first, base_year), goal_year + 1))
    _year_axis(fig, years)
    fig.update_xaxes(range=[years[0] - 0.6, years[-1] + 0.5])
    fig.update_yaxes(range=[0, 100], title_text=t("chart.score.axis"), dtick=20)
    return fig


@_chart
def figure_region_comparison(
    results: pd.DataFrame, bands: Sequence[BandLike] = (), target: float | None = None
) -> go.Figure:
    """Published results of one year, one bar per region: Pati highlighted, Central Java next.

    `results`: region, score, is_pati, is_central_java (already in display order, top first).
    Each region's name is written above its bar (names like "Kabupaten Hulu Sungai Selatan"
    beside the bars would leave a phone no room for them). The legend (colours and the target
    line) sits above the plot, the band names under the axis numbers: nothing runs together.
    """
    names = [
        f"<b>{_wrap(r, REGION_WRAP)}</b>" if p else _wrap(r, REGION_WRAP)
        for r, p in zip(results["region"], results["is_pati"], strict=True)
    ]
    tops, centres, total = _name_rows(names, line=19, bar=20)
    fig = _figure(None, height=int(max(300, 150 + BAND_MARGIN_BOTTOM + total)))
    if results.empty or _is_empty(results["score"]):
        return _empty(fig)
    _shade_bands(fig, bands, vertical=True)
    colours = [
        COLOURS["pati"] if p else (COLOURS["central_java"] if cj else COLOURS["other_region"])
        for p, cj in zip(results["is_pati"], results["is_central_java"], strict=True)
    ]
    fig.add_trace(
        go.Bar(
            x=results["score"],
            y=centres,
            width=20,
            orientation="h",
            marker_color=colours,
            text=[fmt_score(v) for v in results["score"]],
            textposition="outside",
            cliponaxis=False,
            customdata=[html(r) for r in results["region"]],
            hovertemplate="%{customdata}: %{x:.2f}<extra></extra>",
            showlegend=False,
        )
    )
    _add_layers(fig, annotations=_name_notes(names, tops))
    # a legend for the colours, because a colour alone must not carry the meaning
    for key, name in (
        ("pati", "chart.region.pati"),
        ("central_java", "chart.region.central_java"),
        ("other_region", "chart.region.other_region"),
    ):
        fig.add_trace(go.Bar(x=[None], y=[None], marker_color=COLOURS[key], name=t(name)))
    _target_line(fig, target, vertical=True)
    fig.update_yaxes(range=[total, 0], showticklabels=False, showgrid=False, zeroline=False)
    fig.layout.meta = PIXEL_ROWS
    # no axis title: the band names under the axis say what the axis is; room on the right for
    # the number beside a bar of 100
    fig.update_xaxes(range=[0, 112], tickvals=[0, 20, 40, 60, 80, 100])
    return fig


# ---------------------------------------------------------------------------------------------
# Participation


KECAMATAN_SHORT = "Kec. "
# px between the category names and the bars of a horizontal bar chart: a bar's number ("0")
# right beside a name would read as part of it ("Alat kerja 0")
NAME_STANDOFF = 8


def _opd_labels(names: Sequence[str], is_kecamatan: Sequence[bool]) -> list[str]:
    """OPD names for a chart's rows; a chart of kecamatan only (under the heading "Kecamatan")
    drops the repeated "Kec. ", which leaves a phone room for the year columns."""
    only_kecamatan = len(names) > 0 and all(bool(k) for k in is_kecamatan)
    return [html(n.removeprefix(KECAMATAN_SHORT) if only_kecamatan else n) for n in names]


@_chart
def figure_opd_counts(counts: pd.DataFrame, *, sample: bool = False, title: str | None = None) -> go.Figure:
    """Innovations per OPD for one year, sorted (most first); OPD with none shown as 0.

    `counts`: opd_short_name, n_innovations, is_kecamatan (one year: the name is that year's).
    """
    data = counts.sort_values(["n_innovations", "opd_short_name"], ascending=[False, True])
    fig = _figure(title, sample=sample, height=max(240, 80 + ROW_HEIGHT * len(data)))
    if _is_empty(data["n_innovations"]):
        return _empty(fig)
    colours = [COLOURS["kecamatan"] if k else COLOURS["opd"] for k in data["is_kecamatan"]]
    names = _opd_labels(data["opd_short_name"], data["is_kecamatan"])
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
    fig.update_yaxes(
        autorange="reversed", categoryorder="array", categoryarray=names, ticklabelstandoff=NAME_STANDOFF
    )
    top = int(data["n_innovations"].max())
    fig.update_xaxes(range=[0, max(1, top) * 1.15], title_text=t("chart.innovations"), rangemode="tozero")
    fig.update_layout(bargap=0.25)
    return fig


@_chart
def figure_opd_heatmap(
    counts: pd.DataFrame, *, year: int | None = None, sample: bool = False, title: str | None = None
) -> go.Figure:
    """OPD by year: the number of innovations in every cell (written in the cell, too).

    `counts`: opd_id, opd_short_name, year, n_innovations, is_kecamatan. One row per OPD (opd_id),
    under its short name in `year`, the year being viewed (None: the latest), so a renamed OPD
    (Bappeda -> Bapperida) is one row, not two. OPD first, kecamatan after them, most innovations
    first. One heatmap trace with the numbers as its text (no annotation per cell: light to draw).
    The colour scale starts at 0, so a 0 is always the palest cell, whatever the data.
    """
    if counts.empty or _is_empty(counts["n_innovations"]):
        return _empty(_figure(title, sample=sample))
    grid = counts.pivot_table(index="opd_id", columns="year", values="n_innovations", aggfunc="sum")
    grid = grid.fillna(0).astype(int)
    names = tables.opd_names_in_year(counts, year).set_index("opd_id")["opd_short_name"]
    kecamatan = counts.groupby("opd_id")["is_kecamatan"].first()
    order = pd.DataFrame({"is_kecamatan": kecamatan, "total": grid.sum(axis=1), "name": names}).sort_values(
        ["is_kecamatan", "total", "name"], ascending=[True, False, True]
    )
    grid = grid.reindex(order.index)
    years = [str(int(y)) for y in grid.columns]
    z = grid.to_numpy()
    fig = _figure(title, sample=sample, height=max(260, 110 + ROW_HEIGHT * len(grid)))
    fig.add_trace(
        go.Heatmap(
            z=z,
            x=years,
            y=_opd_labels(order["name"], order["is_kecamatan"]),
            zmin=0,
            zmax=max(1, int(z.max())),
            colorscale=SEQUENTIAL,
            texttemplate="%{z}",
            textfont={"size": MIN_FONT},
            xgap=2,
            ygap=2,
            showscale=False,
            hovertemplate="%{y}, %{x}: %{z}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", type="category")
    # the years are the column heads; a smaller type and plotly's own tilt when they would touch
    # keep them apart on a phone ("20212022..." otherwise; tickangle is left unset = auto)
    fig.update_xaxes(type="category", side="top", tickfont={"size": MIN_FONT})
    return fig


@_chart
def figure_coverage_trend(
    summary: pd.DataFrame, *, sample: bool = False, title: str | None = None
) -> go.Figure:
    """Share of OPD with at least one innovation per year: all, OPD only, kecamatan; 100 % goal line.

    `summary`: year, opd_coverage, opd_only_coverage, kecamatan_coverage, target_opd_coverage,
    and (when known) n_opd and n_innovations. For ONE OPD (n_opd is 1 every year) a share can only
    be 0 or 100 %, a flat line that says nothing: the chart shows that OPD's innovations per year
    instead, and says so in its title (`figure_one_opd_by_year`).
    """
    if not summary.empty and "n_opd" in summary and summary["n_opd"].le(1).all():
        return figure_one_opd_by_year(summary, sample=sample)
    fig = _figure(title, sample=sample, height=400)
    columns = [c for c in ("opd_coverage", "opd_only_coverage", "kecamatan_coverage") if c in summary]
    if summary.empty or _is_empty(*(summary[c] for c in columns)):
        return _empty(fig)
    data = summary.sort_values("year")
    series = (
        ("opd_coverage", "all", "chart.coverage.all", "solid", "circle"),
        ("opd_only_coverage", "opd", "chart.coverage.opd", "dash", "square"),
        ("kecamatan_coverage", "kecamatan", "chart.coverage.kecamatan", "dot", "diamond"),
    )
    for column, key, name, dash, symbol in series:
        if column not in data or data[column].isna().all():
            continue
        values = data[column] * 100
        fig.add_trace(
            go.Scatter(
                x=data["year"],
                y=values,
                mode="lines+markers",
                name=t(name),
                line={"color": COLOURS[key], "width": 3, "dash": dash},
                marker={"symbol": symbol, "size": 11},
                hovertemplate="%{x}: %{y:.0f} %<extra>%{fullData.name}</extra>",
            )
        )
    goal = data["target_opd_coverage"].dropna() if "target_opd_coverage" in data else pd.Series()
    if not goal.empty:
        value = float(goal.iloc[-1]) * 100
        # named in the legend: on the line it would sit on the points of a year at 100 %
        line = {"color": COLOURS["target"], "width": 2.5, "dash": "dash"}
        _add_layers(
            fig,
            [{"type": "line", "yref": "y", "y0": value, "y1": value, "xref": "paper", "x0": 0, "x1": 1,
              "line": line}],
        )  # fmt: skip
        fig.add_trace(
            go.Scatter(
                x=[None], y=[None], mode="lines", line=line, hoverinfo="skip",
                name=t("chart.coverage.goal", value=fmt_percent(goal.iloc[-1])),
            )
        )  # fmt: skip
    _year_axis(fig, [int(y) for y in data["year"]])
    fig.update_yaxes(range=[0, 105], ticksuffix=" %", title_text=t("chart.coverage.axis"))
    return fig


@_chart
def figure_one_opd_by_year(summary: pd.DataFrame, *, sample: bool = False) -> go.Figure:
    """The innovations of the one OPD chosen, per year (what the coverage chart shows for one OPD).

    `summary`: year, n_innovations (participation_by_year for one OPD). A year without an
    innovation is a 0 bar labelled "0", so the years the OPD did not count toward the 100 % goal
    stand out. The title says what the chart is, since it stands where the coverage chart was.
    """
    fig = _figure(t("chart.coverage.one_opd"), sample=sample, height=400)
    if summary.empty or _is_empty(summary["n_innovations"]):
        return _empty(fig)
    data = summary.sort_values("year")
    fig.add_trace(
        go.Bar(
            x=data["year"],
            y=data["n_innovations"],
            marker_color=COLOURS["opd"],
            text=[fmt_number(v) for v in data["n_innovations"]],
            textposition="outside",
            cliponaxis=False,
            name=t("chart.innovations"),
            hovertemplate="%{x}: %{y}<extra></extra>",
        )
    )
    _year_axis(fig, [int(y) for y in data["year"]])
    top = int(data["n_innovations"].max())
    fig.update_yaxes(range=[0, max(1, top) * 1.2], title_text=t("chart.innovations"), rangemode="tozero")
    fig.update_layout(bargap=0.35, showlegend=False)
    return fig


# ---------------------------------------------------------------------------------------------
# Kinds of innovation


@_chart
def figure_jenis_by_year(
    summary: pd.DataFrame, *, sample: bool = False, title: str | None = None
) -> go.Figure:
    """Digital and non-digital innovations per year, stacked, with the digital share on top.

    `summary`: year, n_digital, n_non_digital.
    """
    fig = _figure(title, sample=sample, height=400)
    if summary.empty or _is_empty(summary["n_digital"], summary["n_non_digital"]):
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
            f"{int(y)}<br>" + (t("chart.jenis.share", share=fmt_percent(s)) if pd.notna(s) else "")
            for y, s in zip(data["year"], share, strict=True)
        ],
        tickangle=0,
        title_text=t("chart.jenis.axis"),
    )
    fig.update_yaxes(title_text=t("chart.innovations"), range=[0, max(1, int(total.max())) * 1.08])
    return fig


@_chart
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
    labels = [_wrap(label(v)) for v in data["value"]]
    centres, total = _label_rows(labels, ROW_HEIGHT * 1.5)
    fig = _figure(title, sample=sample, height=max(220, 90 + total))
    if _is_empty(data["n"]):
        return _empty(fig)
    fig.add_trace(
        go.Bar(
            x=data["n"],
            y=centres,
            width=ROW_HEIGHT,
            orientation="h",
            marker_color=colour or COLOURS["opd"],
            text=[fmt_number(v) for v in data["n"]],
            textposition="outside",
            cliponaxis=False,
            customdata=labels,
            hovertemplate="%{customdata}: %{x}<extra></extra>",
        )
    )
    fig.update_yaxes(
        range=[total, 0], tickmode="array", tickvals=centres, ticktext=labels, showgrid=False,
        ticklabelstandoff=NAME_STANDOFF,
    )  # fmt: skip
    fig.layout.meta = PIXEL_ROWS
    fig.update_xaxes(range=[0, max(1, int(data["n"].max())) * 1.18], title_text=t("chart.innovations"))
    return fig


@_chart
def figure_tahapan_pipeline(
    counts: pd.DataFrame, *, sample: bool = False, title: str | None = None
) -> go.Figure:
    """The stages as a pipeline, left to right: inisiatif -> uji coba -> penerapan, with counts
    and shares. `counts`: value (tahapan code), n. Stages without innovations show 0."""
    by_stage = dict(zip(counts["value"], counts["n"], strict=True)) if not counts.empty else {}
    values = [int(by_stage.get(s, 0)) for s in vocabulary.TAHAPAN]
    total = sum(values)
    fig = _figure(title, sample=sample, height=340)
    if total == 0:
        return _empty(fig)
    colours = [OKABE_ITO["sky_blue"], OKABE_ITO["orange"], OKABE_ITO["bluish_green"]]
    positions = list(range(len(vocabulary.TAHAPAN)))
    fig.add_trace(
        go.Bar(
            x=positions,
            y=values,
            marker_color=colours,
            width=0.6,
            text=[f"{fmt_number(v)} ({fmt_percent(v / total)})" for v in values],
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
        ticktext=[f"{i + 1}. {label(s)}" for i, s in enumerate(vocabulary.TAHAPAN)],
        range=[-0.5, len(vocabulary.TAHAPAN) - 0.5],
    )
    fig.update_yaxes(range=[0, top * 1.2], title_text=t("chart.innovations"))
    return fig


CRITERIA_ORDER = (*vocabulary.CRITERIA, "keempatnya")  # the four, then all four at once


@_chart
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
    names = [t(tables.CRITERIA_TEXT[c]) for c in CRITERIA_ORDER]
    colours = [OKABE_ITO["blue"]] * 4 + [OKABE_ITO["bluish_green"]]
    fig.add_trace(
        go.Bar(
            x=values,
            y=names,
            orientation="h",
            marker_color=colours,
            text=[f"{fmt_number(v)} ({fmt_percent(v / n_of)})" for v in values],
            # inside a bar long enough to hold it, else beside it: never cut at the chart's edge
            textposition="auto",
            insidetextanchor="end",
            cliponaxis=False,
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    fig.update_yaxes(
        autorange="reversed", categoryorder="array", categoryarray=names, ticklabelstandoff=NAME_STANDOFF
    )
    fig.update_xaxes(range=[0, n_of * 1.35], title_text=t("chart.criteria.axis", n=fmt_number(n_of)))
    fig.update_layout(bargap=0.3)
    return fig


EVIDENCE_WRAP = 24  # characters per line of an indicator name: narrow enough to leave a phone its bars


@_chart
def figure_evidence_levels(levels: pd.DataFrame, *, sample: bool = False) -> go.Figure:
    """Evidence level (the method files' range, 0-3 today) of each SID indicator of one innovation;
    mandatory ones marked *.

    Long names wrap, and each row is as tall as its own name (`_label_rows`), so a two-line name
    never runs into its neighbours and short names stay compact.
    An innovation with no evidence at all (every level 0) gets the empty state, saying so.
    """
    # the mark of a mandatory indicator stays on the last line of its name, never alone on one
    names = [
        _wrap(n, EVIDENCE_WRAP) + (" *" if m else "")
        for n, m in zip(levels["indicator_name"], levels["mandatory"], strict=True)
    ]
    centres, top = _label_rows(names, ROW_HEIGHT * 1.3)
    fig = _figure(None, sample=sample, height=max(280, 110 + top))
    if levels.empty:
        return _empty(fig)
    if _is_empty(levels["level"]):
        return _empty(fig, t("chart.evidence.none"))
    colours = [
        OKABE_ITO["vermillion"] if (m and lv == 0) else OKABE_ITO["blue"]
        for m, lv in zip(levels["mandatory"], levels["level"], strict=True)
    ]
    fig.add_trace(
        go.Bar(
            x=levels["level"],
            y=centres,
            width=ROW_HEIGHT * 0.8,
            orientation="h",
            marker_color=colours,
            text=[str(int(v)) for v in levels["level"]],
            textposition="outside",
            cliponaxis=False,
            customdata=names,
            hovertemplate="%{customdata}: %{x}<extra></extra>",
        )
    )
    fig.update_yaxes(
        range=[top, 0],
        tickmode="array",
        tickvals=centres,
        ticktext=names,
        showgrid=False,
        zeroline=False,
        ticklabelstandoff=NAME_STANDOFF,
    )
    fig.layout.meta = PIXEL_ROWS
    levels_range = vocabulary.evidence_levels()
    lowest, highest = levels_range[0], levels_range[-1]
    fig.update_xaxes(
        range=[lowest, highest + 0.4], dtick=1, title_text=t("chart.evidence.axis", min=lowest, max=highest)
    )
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


@_chart
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
    if steps.empty:  # no step to draw: the goal is reached already, or nothing can be raised
        return _empty(fig)
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
    # the last bar ends near the target on the right: write the target's label on the left
    _target_line(fig, target, label="left")
    fig.update_layout(showlegend=False)
    return fig


GAP_NAME_WRAP = 36  # characters per line of an OPD or innovation name above its bar (fits a phone)
GAP_NAME_LINE = 19  # px per line of such a name (15 px type)
GAP_BAR = 22  # px: the thickness of one bar


@_chart
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
    # names wrap (never cut at the chart's edge on a phone), above their bars (`_name_rows`)
    names = [_wrap(str(n), GAP_NAME_WRAP) for n in data[label_column]]
    tops, centres, total = _name_rows(names, line=GAP_NAME_LINE, bar=GAP_BAR)
    fig = _figure(title, sample=sample, height=max(240, 80 + total))
    if _is_empty(data["points_at_risk"]):
        return _empty(fig)
    fig.add_trace(
        go.Bar(
            x=data["points_at_risk"],
            y=centres,
            orientation="h",
            marker_color=COLOURS["target"],
            marker_pattern_shape="/",
            width=GAP_BAR,
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
    _add_layers(fig, annotations=_name_notes(names, tops))
    fig.update_yaxes(range=[total, 0], showticklabels=False, showgrid=False, zeroline=False)
    fig.layout.meta = PIXEL_ROWS
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
        "legend": {"font": {"size": base}, "title": {"font": {"size": size(layout.legend.title.font.size)}}},
        "hoverlabel": {"font": {"size": base}},
        "title": {"font": {"size": size(layout.title.font.size or TITLE_SIZE)}},
        "annotations": [
            {
                **a.to_plotly_json(),
                "font": {**(a.font.to_plotly_json() if a.font else {}), "size": size(a.font.size)},
                # offsets in pixels (band names under the axis numbers) grow with the type
                "xshift": (a.xshift or 0) * PROJECTOR_SCALE,
                "yshift": (a.yshift or 0) * PROJECTOR_SCALE,
            }
            for a in layout.annotations
        ],
    }
    if height is not None:
        updates["height"] = height
    if isinstance(layout.meta, dict) and layout.meta.get("pixel_rows"):
        # rows sized to their names in pixels: the whole chart grows with its type (the image is
        # then taller than asked), so the bigger names keep their room
        updates["height"] = max(height or 0, round((layout.height or 0) * PROJECTOR_SCALE))
    if width is not None:
        updates["width"] = width
    margin = layout.margin
    # room above the plot for the bigger legend and the "data contoh" mark; margins that hold
    # text (band names beside or under the plot) grow with the type
    updates["margin"] = {
        "t": max(110, margin.t or 0),
        "l": max(30, round((margin.l or 0) * PROJECTOR_SCALE)),
        "r": max(30, round((margin.r or 0) * PROJECTOR_SCALE)),
        "b": max(30, round((margin.b or 0) * PROJECTOR_SCALE)),
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
