"""Chart builders of the Peringkat page, in the one theme of `analytics.charts`.

Each is a function `figure_<what>(frame, ...) -> go.Figure` over a frame of `analytics.ranking`,
testable without Streamlit. The subject region is drawn in the theme's highlight colour
(vermillion) and always named in the chart itself, so the colour is never the only cue; anything
drawn from sample rows carries the "data contoh" mark (`sample=True`).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from analytics.charts import (
    COLOURS,
    GREY,
    MIN_FONT,
    OKABE_ITO,
    BandLike,
    _add_layers,
    _chart,
    _empty,
    _figure,
    _gapped,
    _shade_bands,
    _year_axis,
)
from analytics.safe import html
from analytics.text import fmt_number, fmt_percent, fmt_score, t

BIN_WIDTH = 5  # score points per bar of the distribution: 20 bars over 0-100
# Solid colours of the predicates (the same hues as the bands shaded behind score charts).
PREDICATE_COLOURS = {
    "Sangat Inovatif": OKABE_ITO["bluish_green"],
    "Inovatif": OKABE_ITO["sky_blue"],
    "Kurang Inovatif": OKABE_ITO["orange"],
}
# Neighbours over the years: one colour, dash and marker each, so a line is told apart without colour.
NEIGHBOUR_STYLES = (
    (OKABE_ITO["blue"], "dash", "square"),
    (OKABE_ITO["bluish_green"], "dot", "diamond"),
    (OKABE_ITO["reddish_purple"], "dashdot", "triangle-up"),
    (OKABE_ITO["sky_blue"], "longdash", "x"),
    (OKABE_ITO["orange"], "longdashdot", "star"),
    (OKABE_ITO["black"], "dash", "cross"),
)


@_chart
def figure_score_distribution(
    scores: pd.DataFrame, subject: str, bands: Sequence[BandLike] = (), *, sample: bool = False
) -> go.Figure:
    """How many regions of a scope scored in each 5-point range, the subject's range highlighted
    and its score written above it.

    `scores`: region, score, is_subject (`ranking.distribution`).
    """
    fig = _figure(None, sample=sample, height=400)
    if scores.empty:
        return _empty(fig)
    _shade_bands(fig, bands, vertical=True)
    edges = list(range(0, 100, BIN_WIDTH))
    # a score of exactly 100 belongs to the last range
    index = [min(int(float(s) // BIN_WIDTH), len(edges) - 1) for s in scores["score"]]
    counts = pd.Series(index).value_counts().reindex(range(len(edges)), fill_value=0)
    own = scores[scores["is_subject"]]
    own_bin = min(int(float(own["score"].iloc[0]) // BIN_WIDTH), len(edges) - 1) if len(own) else None
    fig.add_trace(
        go.Bar(
            x=[e + BIN_WIDTH / 2 for e in edges],
            y=counts.to_list(),
            width=BIN_WIDTH * 0.92,
            marker_color=[COLOURS["pati"] if i == own_bin else GREY for i in range(len(edges))],
            customdata=[f"{fmt_number(e)}–{fmt_number(e + BIN_WIDTH)}" for e in edges],
            hovertemplate="%{customdata}: %{y}<extra></extra>",
            showlegend=False,
        )
    )
    if own_bin is not None:
        score = float(own["score"].iloc[0])
        _add_layers(
            fig,
            annotations=[
                {"x": edges[own_bin] + BIN_WIDTH / 2, "y": int(counts.iloc[own_bin]), "yanchor": "bottom",
                 "text": f"<b>{t('chart.rank.subject_mark', subject=html(subject), score=fmt_score(score))}</b>",
                 "showarrow": True, "arrowhead": 0, "ax": 0, "ay": -28, "font": {"size": MIN_FONT + 1,
                 "color": COLOURS["pati"]}, "bgcolor": "rgba(255,255,255,0.9)"}
            ],
        )  # fmt: skip
    top = int(counts.max())
    fig.update_xaxes(range=[0, 100], tickvals=[0, 20, 40, 60, 80, 100])
    fig.update_yaxes(range=[0, max(1, top) * 1.3], title_text=t("chart.rank.n_regions"), rangemode="tozero")
    fig.update_layout(bargap=0)
    return fig


@_chart
def figure_predicate_shares(shares: pd.DataFrame, *, sample: bool = False) -> go.Figure:
    """Share of the regions of a scope per predicate, one bar each with its count and share.

    `shares`: predicate, n, share (`ranking.predicate_shares`), highest predicate first.
    """
    fig = _figure(None, sample=sample, height=max(220, 90 + 52 * len(shares)))
    if shares.empty or shares["n"].sum() == 0:
        return _empty(fig)
    names = [html(p) for p in shares["predicate"]]
    fig.add_trace(
        go.Bar(
            x=shares["share"] * 100,
            y=names,
            orientation="h",
            marker_color=[PREDICATE_COLOURS.get(p, GREY) for p in shares["predicate"]],
            text=[
                t("chart.rank.bar_label", n=fmt_number(n), share=fmt_percent(s))
                for n, s in zip(shares["n"], shares["share"], strict=True)
            ],
            textposition="outside",
            textfont={"size": MIN_FONT + 1},
            cliponaxis=False,
            hovertemplate="%{y}: %{x:.0f} %<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", categoryorder="array", categoryarray=names, ticklabelstandoff=8)
    fig.update_xaxes(range=[0, 125], tickvals=[0, 25, 50, 75, 100], title_text=t("chart.rank.share_axis"))
    fig.update_layout(bargap=0.3)
    return fig


LABEL_ROOM = 8.0  # score points above or below a point that its label takes


def _label_positions(years: Sequence[int], scores: Sequence[float | None], others: pd.DataFrame) -> list[str]:
    """Where each of the subject's score labels goes: below its point when more neighbours' points
    sit just above it than just below, so a label is not written over another line's marker."""
    positions = []
    for year, score in zip(years, scores, strict=True):
        near = others.loc[others["year"] == year, "score"].astype(float) if score is not None else pd.Series()
        above = int(((near > score) & (near <= score + LABEL_ROOM)).sum()) if score is not None else 0
        below = int(((near < score) & (near >= score - LABEL_ROOM)).sum()) if score is not None else 0
        positions.append("bottom center" if above > below else "top center")
    return positions


@_chart
def figure_neighbour_scores(
    scores: pd.DataFrame, bands: Sequence[BandLike] = (), *, sample: bool = False
) -> go.Figure:
    """The subject's and its neighbours' scores over the years: the subject a thick vermillion line
    with its scores written on it, each neighbour its own colour, dash and marker. A line breaks
    over years without a result.

    `scores`: region, year, score, is_subject, order (`ranking.neighbour_scores`).
    """
    fig = _figure(None, sample=sample, height=440)
    if scores.empty:
        return _empty(fig)
    _shade_bands(fig, bands)
    neighbour = 0
    # the subject's line is drawn last, on top of its neighbours' (and still listed first)
    for _, part in sorted(scores.groupby("order", sort=True), key=lambda item: item[0] == 0):
        part = part.sort_values("year")
        name = html(str(part["region"].iloc[0]))
        xs, ys = _gapped(part["year"], part["score"])
        if bool(part["is_subject"].iloc[0]):
            colour, dash, symbol, width = COLOURS["pati"], "solid", "circle", 4
            text = [fmt_score(y) if y is not None else "" for y in ys]
            mode = "lines+markers+text"
            position = _label_positions(xs, ys, scores[~scores["is_subject"]])
        else:
            colour, dash, symbol = NEIGHBOUR_STYLES[neighbour % len(NEIGHBOUR_STYLES)]
            width, text, mode, position = 2.5, None, "lines+markers", "top center"
            neighbour += 1
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode=mode,
                name=name,
                text=text,
                textposition=position,
                textfont={"size": MIN_FONT, "color": colour},
                line={"color": colour, "width": width, "dash": dash},
                marker={"symbol": symbol, "size": 11, "color": colour},
                connectgaps=False,
                legendrank=1 if bool(part["is_subject"].iloc[0]) else 2,
                hovertemplate="%{x}: %{y:.2f}<extra>%{fullData.name}</extra>",
            )
        )
    years = sorted(int(y) for y in scores["year"].unique())
    years = list(range(years[0], years[-1] + 1))
    _year_axis(fig, years)
    fig.update_xaxes(range=[years[0] - 0.5, years[-1] + 0.5])
    fig.update_yaxes(range=[0, 100], title_text=t("chart.score.axis"), dtick=20)
    return fig


def _rank_ticks(best: float, worst: float) -> list[int]:
    """About five whole ranks from 1 (the top) past the worst rank held: never 0 or below."""
    span = max(1.0, worst - best)
    step = next(n for n in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500) if span / n <= 5)
    return [1, *range(step, int(worst + step) + 1, step)] if step > 1 else list(range(1, int(worst) + 2))


@_chart
def figure_rank_history(history: pd.DataFrame, *, sample: bool = False) -> go.Figure:
    """The subject's rank over the years in one scope (1 at the top), each point labelled
    "ke-52 dari 415". Only years with a complete table have a point; the line breaks over the others.

    `history`: year, size, rank of one scope (`ranking.history`, filtered to it).
    """
    fig = _figure(None, sample=sample, height=360)
    data = history.dropna(subset=["rank"]) if not history.empty else history
    if data.empty:
        return _empty(fig)
    xs, ys = _gapped(data["year"], data["rank"].astype(float))
    sizes = dict(zip(data["year"].astype(int), data["size"].astype(int), strict=True))
    colour = COLOURS["pati"]
    fig.add_trace(
        go.Scatter(
            x=xs,
            y=ys,
            mode="lines+markers+text",
            text=[
                t("ranking.rank_of", rank=fmt_number(y), size=fmt_number(sizes[x])) if y is not None else ""
                for x, y in zip(xs, ys, strict=True)
            ],
            textposition="top center",
            textfont={"size": MIN_FONT, "color": colour},
            line={"color": colour, "width": 3},
            marker={"symbol": "circle", "size": 12, "color": colour},
            connectgaps=False,
            hovertemplate="%{x}: %{y}<extra></extra>",
            showlegend=False,
        )
    )
    years = sorted(int(y) for y in history["year"].unique())
    _year_axis(fig, years)
    fig.update_xaxes(range=[years[0] - 0.6, years[-1] + 0.6])
    # 1 at the top: a better rank is higher on the chart, as a reader expects. The axis spans the
    # ranks held (not the whole scope), with room above each point for its label.
    best, worst = float(data["rank"].min()), float(data["rank"].max())
    pad = max(2.0, (worst - best) * 0.25)
    fig.update_yaxes(
        range=[worst + pad * 0.6, best - pad],
        tickvals=_rank_ticks(best, worst),
        title_text=t("chart.rank.axis"),
    )
    return fig
