"""The PDF handout for workshop presenters: "Ringkasan Inovasi Daerah Kabupaten Pati <tahun>".

A presenter shows the dashboard to a room and hands out this A4 briefing afterwards. It says what
the Ringkasan page says, in the same words (`analytics.briefing`, the same tables and charts):

- the KPI numbers: the index score, official with its source or an estimate labelled "perkiraan"
  with its method year; the distance to the goal (60,01); innovations; OPD coverage; digital share;
- the three-to-five summary sentences and the OPD without an innovation;
- three charts as PNG images (plotly -> kaleido, which drives the system Chromium);
- on every page a footer: "data contoh" when sample data is included, and the sources of the
  official figures; at the end a section with every source and the estimate's method.

`handout(con, year, ...)` gathers the facts once; the Excel workbook (`analytics.export`) reuses
it. Plain Python (no Streamlit), so the CLI, the dashboard's download button and the tests share
it. When chart images cannot be made (no Chromium), the PDF is still made, without images, and
says so, rather than failing a presenter minutes before a meeting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import duckdb
import plotly.graph_objects as go
from fpdf.enums import XPos, YPos

from analytics import briefing, charts, images, progress
from analytics.briefing import publisher as publisher  # part of this module's API (sources)
from analytics.pdf import FOOTER_HEIGHT, INK, MARGIN, MUTED, WARN, Pdf, hex_colour
from analytics.scope import Scope, ScopeError
from analytics.text import fmt_date, fmt_number, t

# Chart images: drawn at this CSS size, then scaled 2x for print sharpness.
CHART_WIDTH_PX = 1000
CHART_SCALE = 2


class ExportError(ValueError):
    """A problem with the request (unknown year or OPD), in Bahasa Indonesia, fit to show a user."""


# ---------------------------------------------------------------------------------------------
# The facts of one handout: the briefing model (shared with the Excel workbook, the slides, the
# OPD sheets and the snapshot)

Handout = briefing.Briefing  # the handout says what the briefing says


def handout(
    con: duckdb.DuckDBPyConnection,
    year: int,
    *,
    opd: str | None = None,
    jenis: str | None = None,
    tahapan: str | None = None,
    made_on: dt.date | None = None,
) -> briefing.Briefing:
    """The briefing of `year` under the dashboard's filters written as the CLI takes them (opd
    "dinkes" or "jenis:kecamatan", jenis, tahapan; None = all)."""
    try:
        return briefing.build(con, year, Scope.parse(opd, jenis, tahapan), made_on=made_on)
    except (ScopeError, briefing.BriefingError) as exc:
        raise ExportError(str(exc)) from exc


# ---------------------------------------------------------------------------------------------
# Chart images


def handout_figures(h: Handout) -> list[tuple[str, go.Figure]]:
    """The charts of the handout, each with its heading (the briefing's views)."""
    out = []
    for view in briefing.views(h):
        fig = view.figure
        if view.key == "score":
            # a little lower than on screen, so it still fits on the first page under the summary
            fig.update_layout(height=370)
        out.append((view.title, fig))
    return out


def figure_images(figures: Sequence[go.Figure]) -> list[bytes] | None:
    """PNG bytes of each figure for print, or None when images cannot be made here (no Chromium)."""
    try:
        return images.pngs(figures, width=CHART_WIDTH_PX, scale=CHART_SCALE)
    except images.ImagesUnavailable:
        return None


# ---------------------------------------------------------------------------------------------
# The PDF


def _kpis(h: Handout) -> list[tuple[str, str, str]]:
    """(label, value, note) of the five KPI boxes: the briefing's cards, as on the Ringkasan page."""
    boxes = []
    for card in h.cards:
        lines = []
        if card.kind_label:
            lines.append(" · ".join(x for x in (card.kind_label, card.predicate) if x))
        if card.note:
            lines.append(card.note)
        if card.change_text:
            lines.append(card.change_text)
        boxes.append((card.label, card.text, "\n".join(lines)))
    return boxes


def _draw_kpis(pdf: Pdf, h: Handout) -> None:
    boxes = _kpis(h)
    gap = 2.5
    width = (pdf.w - 2 * MARGIN - gap * (len(boxes) - 1)) / len(boxes)
    top = pdf.get_y()
    height = 37
    for i, (name, value, note) in enumerate(boxes):
        x = MARGIN + i * (width + gap)
        estimate = i == 0 and h.point.kind == progress.ESTIMATE
        pdf.set_draw_color(*(hex_colour(charts.COLOURS["estimate"]) if estimate else (190, 190, 190)))
        pdf.set_line_width(0.6 if estimate else 0.3)
        pdf.rect(x, top, width, height)
        pdf.set_xy(x + 2, top + 2)
        pdf.font(8.5, colour=MUTED)
        pdf.multi_cell(width - 4, 3.8, pdf.text_of(name))
        pdf.set_xy(x + 2, top + 10.5)
        pdf.font(17 if len(value) < 9 else 12, bold=True)
        pdf.cell(width - 4, 8, pdf.text_of(value))
        pdf.set_xy(x + 2, top + 20)
        pdf.font(7.5, colour=hex_colour(charts.COLOURS["estimate"]) if estimate else MUTED)
        pdf.multi_cell(width - 4, 3.4, pdf.text_of(note), max_line_height=3.4)
    pdf.set_line_width(0.2)
    pdf.set_xy(MARGIN, top + height + 3)


def _without(pdf: Pdf, h: Handout) -> None:
    pdf.heading(t("page.ringkasan.without", year=h.year))
    if h.year_counts.empty:
        pdf.para(t("page.no_data", year=h.year), size=10.5)
        return
    if h.without.empty:
        pdf.para(t("page.ringkasan.without_none"), size=10.5)
        return
    for heading, names in h.without_groups():
        # written in two fonts rather than with fpdf2's markdown: names come from data files
        pdf.font(10.5, bold=True)
        pdf.write(5.4, pdf.text_of(f"{heading} ({fmt_number(len(names))}): "))
        pdf.font(10.5)
        pdf.write(5.4, pdf.text_of(", ".join(names)))
        pdf.ln(6.4)


def _path(pdf: Pdf, h: Handout) -> None:
    """ "Langkah menuju 60,01": the fewest steps, or the margin and what protects it."""
    path = h.path
    pdf.heading(path.title)
    pdf.para(path.lead, size=10.5)
    if path.steps:
        pdf.ln(0.5)
        for i, line in enumerate(path.lines(), start=1):
            pdf.font(10)
            pdf.set_x(MARGIN)
            pdf.cell(7, 5.2, pdf.text_of(f"{i}."))
            pdf.multi_cell(0, 5.2, pdf.text_of(line), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if path.total_line:
            pdf.para(path.total_line, size=10, bold=True)
    pdf.para(path.label, size=9, colour=hex_colour(charts.COLOURS["estimate"]), h=4.6)


def _sources(pdf: Pdf, h: Handout) -> None:
    pdf.heading(t("handout.sources.heading"))
    for kind, text in h.source_notes():
        if kind == "official_heading":
            pdf.para(text, size=10, bold=True)
        elif kind == "official":
            pdf.para(text, size=9.5, h=4.8)
        elif kind == "reconstructed":
            pdf.para(text, size=8.5, h=4.2)
        elif kind == "method_error":
            pdf.para(text, size=9, colour=hex_colour(WARN))
        else:  # estimate, sample, missing: a paragraph of their own
            pdf.ln(1)
            pdf.para(text, size=9.5, h=4.8, colour=hex_colour(WARN) if kind == "sample" else INK)


def briefing_pdf(
    con: duckdb.DuckDBPyConnection,
    year: int,
    *,
    opd: str | None = None,
    jenis: str | None = None,
    tahapan: str | None = None,
    made_on: dt.date | None = None,
    images: bool = True,
) -> bytes:
    """The A4 PDF handout of `year` under the dashboard's filters (opd "dinkes" / "jenis:kecamatan",
    jenis, tahapan; None = all). `images=False` leaves the charts out (fast, for previews)."""
    h = handout(con, year, opd=opd, jenis=jenis, tahapan=tahapan, made_on=made_on)
    return render_pdf(h, images=images)


def render_pdf(h: Handout, *, images: bool = True) -> bytes:
    """The PDF of gathered facts (see `briefing_pdf`)."""
    pdf = Pdf(h.footer_lines())
    pdf.set_title(h.title)
    pdf.set_subject(t("handout.subject"))
    pdf.add_page()

    # --- title block ------------------------------------------------------------------------
    pdf.font(19, bold=True)
    pdf.multi_cell(0, 9, pdf.text_of(h.title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.font(10, colour=MUTED)
    meta = t("handout.made", date=fmt_date(h.made_on))
    if h.scope_text:
        meta += " · " + t("filter.scope", scope=h.scope_text)
    pdf.multi_cell(0, 5, pdf.text_of(meta), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    if h.any_sample:
        pdf.sample_note(t("handout.sample_notice"))

    # --- KPI boxes and the summary -----------------------------------------------------------
    _draw_kpis(pdf, h)
    pdf.heading(t("page.ringkasan.summary"))
    for sentence in h.sentences:
        pdf.font(11)
        pdf.set_x(MARGIN)
        pdf.cell(5, 5.8, pdf.text_of("•"))
        pdf.multi_cell(0, 5.8, pdf.text_of(sentence), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.8)
    _path(pdf, h)
    _without(pdf, h)

    # --- charts ----------------------------------------------------------------------------
    figures = handout_figures(h)
    pngs = figure_images([fig for _, fig in figures]) if images else None
    if images and pngs is None:
        pdf.heading(t("handout.chart.heading"))
        pdf.para(t("handout.chart.failed"), size=10, colour=hex_colour(WARN))
    elif pngs:
        width = pdf.w - 2 * MARGIN
        for (heading, fig), png in zip(figures, pngs, strict=True):
            ratio = int(fig.layout.height or 420) / CHART_WIDTH_PX
            room = pdf.h - MARGIN - FOOTER_HEIGHT - pdf.get_y() - 12
            w = width
            if room < w * ratio:
                # shrink a little rather than leave half a page empty; never below 80 % width
                w = room / ratio if room / ratio >= 0.8 * width else width
                if w == width:
                    pdf.add_page()
            pdf.heading(heading)
            pdf.image(png, x=MARGIN + (width - w) / 2, w=w, h=w * ratio)
            pdf.ln(1)
        pdf.para(t("page.ringkasan.chart_caption"), size=8.5, colour=MUTED, h=4.2)

    # --- sources ---------------------------------------------------------------------------
    _sources(pdf, h)
    return bytes(pdf.output())
