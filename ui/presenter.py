"""Presenter mode (pages/presentasi.py): the briefing as slides for a projector in a meeting room.

One message per slide (the title sentence states the finding, then the KPI cards or one chart),
type never under 20 px at 1366x768 and 1920x1080, the sidebar and Streamlit's own chrome hidden,
next/previous by buttons and by the keys a presentation clicker sends (→ ← PageDown PageUp
space), and the slide number in the URL (`/presentasi?tahun=2022&slide=3`) with the filters.
Everything shown comes from the briefing model (`analytics.briefing`); this module only lays it out.
"""

from __future__ import annotations

import streamlit as st

from analytics import briefing, charts
from analytics.deferred import Later, later
from analytics.safe import md, md_badge
from analytics.text import t
from ui import figures, links

SLIDE_KEY = "slide"  # bound to the URL: ?slide=3
CHART_HEIGHT = 490

# Streamlit keeps one shortcut per button: the clicker's other keys get a button each, hidden.
NEXT_KEYS = ("Right", "PageDown", "Space")
PREVIOUS_KEYS = ("Left", "PageUp")

# Sizes are in px and never under 20 (the back row of a meeting room); `clamp` lets a 1920 px
# projector use its room while 1366 px still fits one slide on one screen.
_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"],
[data-testid="stMainMenu"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding: 1.2rem 2.4rem 0.6rem 2.4rem !important; max-width: 100% !important; }
.st-key-slide_title h1 { padding: 0 0 0.3rem 0; }
.st-key-slide_body p, .st-key-slide_body li, .st-key-slide_body span, .st-key-slide_body div { font-size: clamp(22px, 1.45vw, 30px); }
.st-key-slide_body [data-testid="stMetricLabel"], .st-key-slide_body [data-testid="stMetricLabel"] * { font-size: clamp(22px, 1.4vw, 30px) !important; }
.st-key-slide_body [data-testid="stMetricValue"], .st-key-slide_body [data-testid="stMetricValue"] * { font-size: clamp(46px, 3.8vw, 76px) !important; line-height: 1.15; }
.st-key-slide_body [data-testid="stCaptionContainer"], .st-key-slide_body [data-testid="stCaptionContainer"] * { font-size: clamp(20px, 1.15vw, 24px) !important; opacity: 1 !important; color: #333 !important; }
.st-key-slide_nav button p, .st-key-slide_nav button span, .st-key-slide_nav div, .st-key-slide_nav kbd { font-size: 20px !important; }
.st-key-slide_title [data-testid="stMarkdownContainer"] p span { font-size: 22px !important; }
.st-key-slide_title h1, .st-key-slide_title h1 * { font-size: clamp(30px, 2.5vw, 50px) !important; line-height: 1.2; }
.st-key-slide_nav button { min-height: 3rem; }
.st-key-slide_keys { display: none !important; }
</style>
"""


def style() -> None:
    st.html(_CSS)


def _go(delta: int, n: int) -> None:
    current = st.session_state.get(SLIDE_KEY) or 1
    st.session_state[SLIDE_KEY] = min(n, max(1, int(current) + delta))


def navigation(n: int) -> int:
    """The slide chooser (bound to the URL) and the next/previous buttons; returns the slide (1-n)."""
    options = list(range(1, n + 1))
    if st.session_state.get(SLIDE_KEY) not in options:
        st.session_state[SLIDE_KEY] = 1
    links.expect(SLIDE_KEY, [str(o) for o in options], t("link.slide", n=1))  # ?slide=99 is said
    with st.container(horizontal=True, key="slide_nav", vertical_alignment="center", gap="medium"):
        st.button(
            t("present.previous"),
            icon=":material/arrow_back:",
            on_click=_go,
            args=(-1, n),
            shortcut=PREVIOUS_KEYS[0],
            key="slide_prev",
        )
        st.segmented_control(
            t("present.slide_of", n=n),
            options,
            key=SLIDE_KEY,
            bind="query-params",
            required=True,
            label_visibility="collapsed",
        )
        st.button(
            t("present.next"),
            icon=":material/arrow_forward:",
            icon_position="right",
            on_click=_go,
            args=(1, n),
            shortcut=NEXT_KEYS[0],
            key="slide_next",
            type="primary",
        )
    with st.container(key="slide_keys"):
        for key in NEXT_KEYS[1:]:
            st.button(key, on_click=_go, args=(1, n), shortcut=key, key=f"slide_next_{key}")
        for key in PREVIOUS_KEYS[1:]:
            st.button(key, on_click=_go, args=(-1, n), shortcut=key, key=f"slide_prev_{key}")
    return int(st.session_state[SLIDE_KEY])


def body():
    """The slide's content area (the page's CSS sizes its text)."""
    return st.container(key="slide_body")


def title(text: str, sample: bool) -> None:
    with st.container(key="slide_title"):
        st.title(md(text), anchor=False)
        if sample:
            st.badge(md_badge(t("sample.badge")), icon=":material/science:", color="orange")


def cards(b: briefing.Briefing) -> None:
    columns = st.columns(len(b.cards), border=True)
    for column, card in zip(columns, b.cards, strict=True):
        with column:
            st.metric(card.label, card.text)  # our own words and numbers
            lines = [x for x in (card.kind_label, card.predicate) if x]
            if lines:
                st.markdown(md(" · ".join(lines)))
            if card.note:
                st.caption(md(card.note))
            if card.change_text:
                st.caption(md(card.change_text))


def chart(view: briefing.View) -> None:
    # one height that leaves the title and the buttons on a 1366x768 screen too
    fig = figures.figure(later(_for_projector, view.figure_spec, CHART_HEIGHT))
    with st.container(key="slide_chart"):
        st.plotly_chart(
            fig, theme=None, config={"displayModeBar": False, "responsive": True}, key=f"slide_{view.key}"
        )


def closing(b: briefing.Briefing) -> None:
    path = b.path
    left, right = st.columns([3, 2], gap="large")
    with left:
        st.markdown(f"**{md(path.title)}**")
        st.markdown(md(path.lead))
        lines = [f"{i}. {md(line)}" for i, line in enumerate(path.lines()[:6], start=1)]
        if len(path.steps) > 6:
            lines.append(md(t("present.more_steps", n=len(path.steps) - 6)))
        if lines:
            st.markdown("\n".join(lines))
        if path.total_line:
            st.markdown(f"**{md(path.total_line)}**")
        st.caption(md(path.label))
    with right:
        st.markdown(f"**{md(t('page.ringkasan.without', year=b.year))}**")
        if b.year_counts.empty:
            st.markdown(md(t("page.no_data", year=b.year)))
        elif b.without.empty:
            st.markdown(md(t("page.ringkasan.without_none")))
        for heading, names in b.without_groups():
            st.markdown(f"**{md(heading)} ({len(names)}):** " + md(", ".join(names)))


def _for_projector(spec: Later, height: int):
    return charts.for_projector(spec(), height=height)
