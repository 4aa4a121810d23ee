"""Small Streamlit building blocks the pages share: headers, KPI cards, "chart | table" tabs.

Kept here so every page looks and behaves the same: a chart always has its table one click away,
with our own CSV download (Streamlit's is turned off in .streamlit/config.toml because it writes
formula cells as they are), sample data is always labelled "data contoh", and the chart theme is
never overridden by Streamlit's own (`theme=None`).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analytics import briefing, images, safe
from analytics.progress import OFFICIAL
from analytics.safe import md, md_badge
from analytics.text import fmt_number, fmt_score, parse_decimal, t
from ui import data, figures
from ui.figures import Later

# The modebar's tooltips are English and its tools are not needed by officials; the table tab
# gives the numbers, and the PDF handout gives images.
PLOTLY_CONFIG = {"displayModeBar": False, "responsive": True, "scrollZoom": False}

# Streamlit leaves ~6rem empty above the first element; on a 1366x768 projector that pushes the
# KPI cards below the fold. The top padding is cut to just below the (transparent) header bar.
# Type: Streamlit's body text is 16 px and its captions 14 px at 60 % opacity, too faint for a
# projector. Captions are drawn in a dark grey at full opacity everywhere, and from 1600 px wide
# (a 1920x1080 projector) the root size is 18 px, so body text is 18 px and captions, labels and
# badges (0.875rem) about 16 px. Print (Ctrl+P): A4 portrait pages without the sidebar, buttons
# and tabs, laid out as on a 1366 px screen (the 703 px wide A4 text area at zoom 0.75), cards and
# charts not split over pages; "data contoh" badges and notices stay. A chart keeps the width it
# was drawn with on screen, so ui/chrome.py's script scales it to the printed width.
PRINT_TEXT_WIDTH_PX = 703  # A4 (210 mm) less 2 x 12 mm margins, at 96 px per inch
PRINT_ZOOM = 0.75
PRINT_LAYOUT_WIDTH_PX = PRINT_TEXT_WIDTH_PX / PRINT_ZOOM
_CSS = """
<style>
[data-testid="stMainBlockContainer"] { padding-top: 3.6rem; padding-bottom: 2rem; }
[data-testid="stMetricValue"] { font-size: 2.3rem; }
[data-testid="stMetricLabel"] p { font-size: 1.02rem; }
[data-testid="stCaptionContainer"] { opacity: 1 !important; color: #474a52 !important; }
@media (min-width: 1600px) {
  html { font-size: 18px !important; }
  /* the larger type needs a wider sidebar (300 px, resizable) to show "Semua OPD dan kecamatan" */
  [data-testid="stSidebar"] { min-width: 340px !important; }
}
@media print {
  @page { size: A4 portrait; margin: 10mm 12mm; }
  html { font-size: 16px !important; }
  [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
  [data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"],
  [data-testid="stSkipToContent"], [data-testid="stButton"], [data-testid="stDownloadButton"],
  [data-testid="stTooltipIcon"], [data-testid="stTabs"] [role="tablist"],
  [data-testid="stExpanderToggleIcon"] { display: none !important; }
  [data-testid="stApp"]::after { display: none !important; }
  /* Streamlit scrolls inside its main area: let the document flow over as many pages as needed */
  html, body, [data-testid="stApp"], [data-testid="stAppViewContainer"], [data-testid="stMain"],
  [data-testid="stAppScrollToBottomContainer"] {
    height: auto !important; min-height: 0 !important; overflow: visible !important; position: static !important;
  }
  [data-testid="stMainBlockContainer"] {
    zoom: __ZOOM__; max-width: none !important; width: auto !important; padding: 0 !important; margin: 0 !important;
  }
  [data-testid="stVerticalBlockBorderWrapper"], [data-testid="stPlotlyChart"], [data-testid="stMetric"],
  [data-testid="stAlert"] { break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
</style>
"""


def page_style() -> None:
    st.html(_CSS.replace("__ZOOM__", str(PRINT_ZOOM)))


def page_header(title: str, caption: str | None = None) -> None:
    """The page title and its caption (catalogue text: values from data in them escaped by the
    caller with `safe.md`)."""
    st.header(title, anchor=False)
    if caption:
        st.caption(caption)


def sample_badge(is_sample: bool) -> None:
    """The "data contoh" badge, shown wherever sample data is on screen."""
    if is_sample:
        st.badge(t("sample.badge"), icon=":material/science:", color="orange")


def section(title: str, *, sample: bool = False, help: str | None = None) -> None:
    st.subheader(title, anchor=False, help=help)
    sample_badge(sample)


def chart_with_table(
    fig: go.Figure | Later,
    table: pd.DataFrame | Later,
    *,
    key: str,
    file_name: str,
    caption: str | None = None,
    sample: bool = False,
) -> None:
    """The chart, and its table one click away (tabs "Grafik | Tabel") with a CSV download named
    `file_name` (without ".csv").

    Both tabs are sent: a table is light, and switching tabs then needs no rerun (measured: 38 ms
    in the browser, against 370 ms when the open tab was built on demand by a fragment rerun).
    Pass `figures.later(builder, *inputs)` for the figure so it is built once per set of inputs
    (`ui/figures.py`)."""
    chart_tab, table_tab = st.tabs([t("tab.chart"), t("tab.table")])
    with chart_tab:
        built = figures.figure(fig)
        st.plotly_chart(built, theme=None, config=PLOTLY_CONFIG, key=f"chart_{key}", width="stretch")
        if images.available():
            png_button(built, file_name, key=f"png_{key}")
    with table_tab:
        frame = figures.value(table)
        st.dataframe(frame, hide_index=True, width="stretch", key=f"table_{key}")
        if sample:
            st.caption(t("table.sample_note"))
        csv_button(frame, file_name, key=f"csv_{key}")
    if caption:
        st.caption(caption)


def png_button(fig: go.Figure, file_name: str, *, key: str) -> None:
    """The button "Unduh gambar (PNG)": the chart at presentation size (1920 x 1080, projector
    type), for slides people make themselves. Made only when clicked (a few seconds: Chromium
    draws it); the click does not rerun the page."""
    st.download_button(
        t("chart.png"),
        data=lambda: images.slide_png(fig),
        file_name=f"grafik-{file_name}.png",
        mime="image/png",
        key=key,
        help=t("chart.png_help"),
        icon=":material/image:",
        on_click="ignore",
        type="tertiary",
    )


def csv_button(table: pd.DataFrame, file_name: str, *, key: str) -> None:
    """The button "Unduh tabel (CSV)": the shown table, formula-like cells neutralised (`safe.csv_bytes`).

    The file is made only when clicked (a callable as `data`, run by Streamlit on the click), so a
    rerun only draws the button; `on_click="ignore"` keeps the click from rerunning the page.
    """
    st.download_button(
        t("table.csv"),
        data=lambda: safe.csv_bytes(table),
        file_name=f"{file_name}.csv",
        mime="text/csv",
        key=key,
        help=t("table.csv_help"),
        icon=":material/download:",
        on_click="ignore",
        type="tertiary",
    )


def no_data(year: int | None) -> None:
    """Nothing to show: say whether the filters are too narrow or the database holds no innovation."""
    if not bool(data.query("dashboard_years", **data.subject().params())["has_data"].any()):
        st.info(t("page.empty_db"))
    else:
        st.info(t("page.no_data", year=year))


def scope_caption(scope: str | None) -> None:
    """Say which filters narrow what is shown, so a screenshot cannot be misread."""
    if scope:
        # the scope names an OPD from the data
        st.caption(t("filter.scope", scope=safe.md(scope)))


def delta(value: float | None, decimals: int = 0, suffix: str = "") -> str | int | None:
    """A KPI change for st.metric: '+5,11' / '-2' (ASCII minus, which st.metric reads as "down"),
    the number 0 for no change (grey, no arrow), None when there is nothing to compare."""
    if value is None or pd.isna(value):
        return None
    if round(float(value), decimals) == 0:
        return 0
    sign = "+" if value > 0 else "-"
    return f"{sign}{fmt_number(abs(float(value)), decimals)}{suffix}"


# st.metric's delta colour: a rise is good news (normal), a fall is (inverse), or neither (off)
_DELTA_COLOUR = {"up": "normal", "down": "inverse", "neutral": "off"}


def kpi_cards(cards: Sequence[briefing.Card]) -> None:
    """The briefing's KPI cards in a row: value, change, and in the card itself what the change
    compares with, what kind the figure is (resmi / perkiraan) and where it comes from."""
    for column, card in zip(st.columns(len(cards), border=True), cards, strict=True):
        with column:
            # label, value and comparison are our own words and numbers; the note may name a source
            st.metric(
                card.label,
                card.text,
                delta=delta(card.change, card.change_decimals, card.change_suffix),
                delta_color=_DELTA_COLOUR[card.better],
                help=card.help,
            )
            if card.compared_with:
                st.caption(card.compared_with)
            if card.kind_label:
                with st.container(horizontal=True, gap="small"):
                    st.badge(md_badge(card.kind_label), color="blue" if card.kind == OFFICIAL else "orange")
                    if card.predicate:
                        st.badge(md_badge(card.predicate), color="gray")
            if card.note:
                st.caption(md(card.note))
            if card.share is not None:
                st.progress(card.share)
            if card.footnote:
                st.caption(card.footnote)
            sample_badge(card.is_sample and card.key != "score")


def score_input(
    label: str,
    *,
    key: str,
    default: float,
    low: float,
    high: float,
    help: str | None = None,
    width: int = 220,
    messages: tuple[str, str],
) -> float:
    """A box for a score typed the Indonesian way ("62,5", "60,01"; a dot-decimal "62.5" from an
    older link is read too), bound to the URL as typed (`?target=62%2C5`). Returns the score to
    use: the typed one when it is a number from `low` to `high`, otherwise `default`, and then a
    message under the box says what was wrong and which score is used (`messages`: catalogue keys
    for "not a number" and "out of range", with {value}, {low}, {high}, {used}).

    Streamlit's st.number_input shows and reads a dot decimal and answers "62,5" with 625 and an
    English error, so this is a text box with our own reading (`analytics.text.parse_decimal`)."""
    typed = st.text_input(
        label,
        value=fmt_score(default),
        key=key,
        bind="query-params",
        help=help,
        width=width,
        placeholder=fmt_score(default),
    )
    text = (typed or "").strip()
    if not text:
        return default
    number = parse_decimal(text)
    not_number, out_of_range = messages
    if number is None:
        st.warning(t(not_number, value=safe.md(text[:40]), used=fmt_score(default)), icon=":material/error:")
        return default
    if not low <= number <= high:
        st.warning(
            t(
                out_of_range,
                value=fmt_number(number, 2),
                low=fmt_score(low),
                high=fmt_score(high),
                used=fmt_score(default),
            ),
            icon=":material/error:",
        )
        return default
    return number
