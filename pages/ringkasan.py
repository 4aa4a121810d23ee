"""Ringkasan (for the regent): where the region stands against 60,01, who has no innovation yet, and what
to do to pass 60,01.

One screen, rendered from the briefing model (`analytics.briefing`, the same model as the PDF, the
slides and the snapshot): five KPI cards, each saying what its change compares with; the summary
in three to five sentences; "Langkah menuju 60,01" (an estimate, labelled with its method year);
the OPD without an innovation; the score over the years; the handouts.
"""

from __future__ import annotations

import streamlit as st

from analytics import briefing
from analytics.safe import md
from analytics.text import fmt_score, t
from ui import components, data, downloads, filters

STEPS_SHOWN = 5  # more would push the OPD list off a projector screen; the rest sit in an expander

f = filters.current()
b = data.briefing(f)

components.page_header(
    t("page.ringkasan.title", year=b.year),
    t("page.ringkasan.caption", target=fmt_score(b.target), **data.subject_words()),
)
components.scope_caption(b.scope_text)
if b.method_error:
    st.warning(b.method_error)

# --- KPI cards ------------------------------------------------------------------------------------
components.kpi_cards(b.cards)

# --- the summary in words, and what to do next -------------------------------------------------
left, right = st.columns(2, gap="medium")
with left, st.container(border=True, height="stretch"):
    st.markdown(f"**{t('page.ringkasan.summary')}**")
    components.sample_badge(b.is_sample)
    st.markdown(" ".join(md(s) for s in b.sentences))

with right, st.container(border=True, height="stretch", key="ringkasan_langkah"):
    path = b.path
    st.markdown(f"**{md(path.title)}**")
    st.markdown(md(path.lead))
    lines = path.lines()
    if lines:
        st.markdown("\n".join(f"{i}. {md(line)}" for i, line in enumerate(lines[:STEPS_SHOWN], start=1)))
        if len(lines) > STEPS_SHOWN:
            with st.expander(t("page.ringkasan.more_steps", n=len(lines) - STEPS_SHOWN)):
                st.markdown(
                    "\n".join(
                        f"{i}. {md(line)}"
                        for i, line in enumerate(lines[STEPS_SHOWN:], start=STEPS_SHOWN + 1)
                    )
                )
        if path.total_line:
            st.markdown(f"**{md(path.total_line)}**")
    st.caption(md(path.label))

# --- the OPD without an innovation: the regent's second question --------------------------------
with st.container(border=True):
    st.markdown(f"**{t('page.ringkasan.without', year=b.year)}**")
    components.sample_badge(b.is_sample)
    if b.year_counts.empty:
        components.no_data(b.year)
    elif b.without.empty:
        st.success(t("page.ringkasan.without_none"))
    for heading, names in b.without_groups():
        st.markdown(f"**{md(heading)} ({len(names)}):** " + " · ".join(md(n) for n in names))

# --- score over the years -------------------------------------------------------------------------
score = briefing.view(b, "score")
st.subheader(score.title, anchor=False)
components.chart_with_table(
    score.figure_spec,
    score.table_spec,
    key="ringkasan_score",
    file_name=f"skor-iid-per-tahun-{b.year}",
    caption=score.caption,
)

# --- handouts for the room: made only when clicked (see ui/downloads.py) -----------------------
downloads.buttons(f)
