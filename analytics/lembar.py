"""The follow-up sheet of one OPD ("lembar tindak lanjut"): one A4 page Bappeda sends to each OPD.

The page says, for one OPD and one assessment year: what to do first (the OPD's own step on the
path to the goal, else its largest missing mandatory evidence, else — for an OPD without an
innovation — to create one, the 100 % goal), its innovations with stage and dates and which of the
four criteria each meets (✓ / –, readable in grey print), and the mandatory evidence still missing
with the IID points at risk (an estimate, labelled with its method year); "data contoh" when the
figures come from sample data, the sources and the date made in the footer.

Everything on the page comes from the briefing model (`Briefing.follow_up`), built once per year
and unfiltered, so all 51 sheets of a year cost one model and 51 page renders. The page always
fits one sheet of paper: long lists are cut ("dan N lainnya") and, when still too long, the type
shrinks a step at a time. Plain Python (no Streamlit): the functions return bytes for a download
button or the CLI (`python -m analytics lembar`).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import duckdb
import pandas as pd
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from analytics import briefing, charts
from analytics.pdf import MARGIN, MUTED, Pdf, hex_colour
from analytics.report import ExportError
from analytics.text import MISSING, fmt_date, fmt_number, label, t

CRITERIA = (  # the four criteria of an innovation, as the model's columns, in the catalogue's order
    ("has_change", "chart.criteria.perubahan"),
    ("has_measured_impact", "chart.criteria.dampak_terukur"),
    ("has_new_method", "chart.criteria.metode_baru"),
    ("has_collaboration", "chart.criteria.kolaborasi"),
)
YES, NO = "✓", MISSING
MAX_NAME = 90  # characters of an innovation name on the page: longer names would take 3+ lines
ESTIMATE_COLOUR = hex_colour(charts.COLOURS["estimate"])


@dataclass(frozen=True)
class Fit:
    """How much of the sheet is shown, and how large: tried in order until the page fits."""

    scale: float
    innovations: int  # rows of the innovation table
    missing: int  # rows of the missing-evidence table


FITS = (  # the innovations matter more than the longest missing-evidence lists: those are cut first
    Fit(1.0, 15, 8),
    Fit(0.94, 15, 8),
    Fit(0.88, 15, 8),
    Fit(0.82, 15, 6),
    Fit(0.76, 15, 5),
    Fit(0.7, 15, 4),
    Fit(0.66, 12, 3),
    Fit(0.62, 8, 3),
)


# ---------------------------------------------------------------------------------------------
# One sheet


def sheet_pdf(b: briefing.Briefing, opd_id: str) -> bytes:
    """The follow-up sheet of `opd_id` from the unfiltered briefing of its year (one A4 page)."""
    try:
        fu = b.follow_up(opd_id)
    except briefing.BriefingError as exc:
        raise ExportError(str(exc)) from exc
    return render(fu, b)


def render(fu: briefing.FollowUp, b: briefing.Briefing) -> bytes:
    """The page of gathered facts: the first layout in FITS that stays on one page."""
    for fit in FITS:
        pdf = _draw(fu, b, fit)
        if pdf.page_no() == 1:
            break
    return bytes(pdf.output())


def _clip(text: str, limit: int = MAX_NAME) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _draw(fu: briefing.FollowUp, b: briefing.Briefing, fit: Fit) -> Pdf:
    s = fit.scale
    pdf = Pdf(b.footer_lines(), page_numbers=False)
    pdf.set_title(t("handout.lembar.title", name=fu.opd_name, year=fu.year))
    pdf.set_subject(t("handout.lembar.subject"))
    pdf.add_page()

    # --- who and when -------------------------------------------------------------------------
    pdf.font(10 * s, colour=MUTED)
    pdf.multi_cell(
        0,
        5 * s,
        pdf.text_of(t("handout.lembar.kicker", year=fu.year, **b.subject.words())),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.font(18 * s, bold=True)
    pdf.multi_cell(0, 8.5 * s, pdf.text_of(fu.opd_name), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.font(9.5 * s, colour=MUTED)
    meta = t("handout.made", date=fmt_date(b.made_on)) + " · " + t("handout.lembar.code", code=fu.opd_id)
    pdf.multi_cell(0, 4.8 * s, pdf.text_of(meta), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5 * s)
    if fu.is_sample:
        pdf.sample_note(t("handout.lembar.sample"), size=9 * s, h=4.6 * s)

    # --- what to do first -----------------------------------------------------------------------
    pdf.heading(t("handout.lembar.first"), size=13 * s, h=6.5 * s, space=1.5 * s)
    pdf.set_fill_color(235, 243, 250)
    pdf.font(11 * s, bold=True)
    pdf.multi_cell(
        0,
        5.6 * s,
        pdf.text_of(fu.first_line),
        fill=True,
        padding=2 * s,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    if fu.first is not None:
        pdf.para(fu.estimate_label, size=8.5 * s, colour=ESTIMATE_COLOUR, h=4.2 * s)
    pdf.para(b.sentences[0], size=9 * s, colour=MUTED, h=4.4 * s)

    # --- the innovations and their criteria ----------------------------------------------------
    n = len(fu.innovations)
    pdf.heading(
        t("handout.lembar.innovations", year=fu.year, n=fmt_number(n)), size=13 * s, h=6.5 * s, space=2 * s
    )
    if n == 0:
        pdf.para(t("handout.lembar.no_innovation", year=fu.year), size=10.5 * s, h=5.2 * s)
        _how_to_start(pdf, fu, s)
    else:
        _innovation_table(pdf, fu.innovations.head(fit.innovations), s)
        if n > fit.innovations:
            pdf.para(
                t("handout.lembar.more_innovations", n=fmt_number(n - fit.innovations)),
                size=9 * s,
                h=4.6 * s,
            )
        pdf.para(t("handout.lembar.criteria_legend", yes=YES, no=NO), size=8 * s, colour=MUTED, h=4 * s)

    # --- the mandatory evidence still missing ---------------------------------------------------
    pdf.heading(t("handout.lembar.missing"), size=13 * s, h=6.5 * s, space=2 * s)
    if fu.missing:
        _missing_table(pdf, fu.missing[: fit.missing], s)
        rest = len(fu.missing) - fit.missing
        if rest > 0:
            pdf.para(t("handout.lembar.more_missing", n=fmt_number(rest)), size=9 * s, h=4.6 * s)
        pdf.para(fu.risk_line or "", size=10 * s, bold=True, h=5 * s)
        pdf.para(fu.estimate_label, size=8.5 * s, colour=ESTIMATE_COLOUR, h=4.2 * s)
    elif n == 0:
        pdf.para(t("handout.lembar.missing_none_without"), size=10 * s, h=5 * s)
    elif fu.method_year is None:
        pdf.para(t("handout.lembar.missing_no_evidence", year=fu.year), size=10 * s, h=5 * s)
    else:
        pdf.para(t("handout.lembar.missing_none"), size=10 * s, h=5 * s)

    # --- where the figures come from ------------------------------------------------------------
    pdf.ln(2 * s)
    pdf.para(t("handout.lembar.source"), size=8 * s, colour=MUTED, h=4 * s)
    return pdf


def _how_to_start(pdf: Pdf, fu: briefing.FollowUp, s: float) -> None:
    """For an OPD without an innovation: what an innovation needs to count, and who already has one."""
    pdf.heading(t("handout.lembar.start"), size=11.5 * s, h=6 * s, space=1.5 * s)
    items = [
        t("handout.lembar.start.record"),
        t("handout.lembar.start.criteria", criteria=", ".join(t(key).lower() for _, key in CRITERIA)),
    ]
    if fu.mandatory:
        items.append(t("handout.lembar.start.evidence", evidence=", ".join(fu.mandatory)))
    items.append(fu.peers_line)
    for item in items:
        pdf.font(10 * s)
        pdf.set_x(MARGIN)
        pdf.cell(5 * s, 5 * s, pdf.text_of("•"))
        pdf.multi_cell(0, 5 * s, pdf.text_of(item), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.6 * s)


def _innovation_table(pdf: Pdf, rows: pd.DataFrame, s: float) -> None:
    width = pdf.w - 2 * MARGIN
    # measured in DejaVu Sans: "27 September 2019" at 8 pt is 28,2 mm, "perubahan" at 6,6 pt bold
    # 14,2 mm, "Penerapan" 15,2 mm; plus 1,8 mm padding. The name takes what is left (about 60 mm).
    fixed = (6, 17.5, 30.5) + (16.5,) * len(CRITERIA)
    widths = (fixed[0], width - sum(fixed), *fixed[1:])
    headings = [
        "No",
        t("col.innovation"),
        t("col.tahapan"),
        t("handout.lembar.col.since"),
        # one word a line: the criteria columns are narrow, and a word must never break inside
        *(t(key).replace(" ", "\n") for _, key in CRITERIA),
    ]
    align = ("R", "L", "L", "L", *("C",) * len(CRITERIA))
    pdf.font(8 * s)
    with pdf.table(
        col_widths=widths,
        width=width,
        text_align=align,
        line_height=3.9 * s,
        padding=0.9 * s,
        borders_layout="HORIZONTAL_LINES",
        headings_style=FontFace(emphasis="BOLD", size_pt=6.6 * s, fill_color=(240, 240, 240)),
        first_row_as_headings=True,
        v_align="MIDDLE",
    ) as table:
        head = table.row()
        for text in headings:
            head.cell(pdf.text_of(text))
        for i, r in enumerate(rows.itertuples(), start=1):
            row = table.row()
            row.cell(str(i))
            row.cell(pdf.text_of(_clip(str(r.innovation_name))))
            row.cell(pdf.text_of(label(r.tahapan)))
            row.cell(pdf.text_of(fmt_date(r.stage_date)))
            for column, _ in CRITERIA:
                row.cell(pdf.text_of(YES if bool(getattr(r, column)) else NO))
    pdf.ln(1 * s)


def _missing_table(pdf: Pdf, missing: Sequence[briefing.MissingEvidence], s: float) -> None:
    width = pdf.w - 2 * MARGIN
    widths = (62, width - 62 - 26, 26)
    pdf.font(8.5 * s)
    with pdf.table(
        col_widths=widths,
        width=width,
        text_align=("L", "L", "R"),
        line_height=4.1 * s,
        padding=0.9 * s,
        borders_layout="HORIZONTAL_LINES",
        headings_style=FontFace(emphasis="BOLD", size_pt=7.5 * s, fill_color=(240, 240, 240)),
        first_row_as_headings=True,
        v_align="MIDDLE",
    ) as table:
        head = table.row()
        for text in (t("col.innovation"), t("handout.lembar.col.missing"), t("handout.lembar.col.points")):
            head.cell(pdf.text_of(text))
        for m in missing:
            row = table.row()
            row.cell(pdf.text_of(_clip(m.innovation)))
            row.cell(pdf.text_of(", ".join(m.indicators)))
            row.cell(pdf.text_of(m.points_text))
    pdf.ln(1 * s)


# ---------------------------------------------------------------------------------------------
# Every sheet of a year, and file names


def slug(text: str) -> str:
    """A safe file-name part: ASCII letters and digits joined by "-" ("Kec. Pati" -> "kec-pati")."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def file_names(year: int, follow_ups: Iterable[briefing.FollowUp]) -> list[str]:
    """One unique, safe file name per sheet, from the OPD short name ("lembar-2024-kec-pati.pdf")."""
    names, seen = [], set()
    for fu in follow_ups:
        base = f"lembar-{year}-{slug(fu.short_name) or slug(fu.opd_id) or 'opd'}"
        name, i = f"{base}.pdf", 2
        while name in seen:
            name, i = f"{base}-{i}.pdf", i + 1
        seen.add(name)
        names.append(name)
    return names


def sheets_zip(b: briefing.Briefing) -> bytes:
    """Every OPD's sheet of the briefing's year, one PDF each, in one ZIP."""
    try:
        follow_ups = b.follow_ups()
    except briefing.BriefingError as exc:
        raise ExportError(str(exc)) from exc
    made = b.made_on
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, fu in zip(file_names(int(b.year or 0), follow_ups), follow_ups, strict=True):
            # the date made, not the clock: the same data gives the same archive
            info = zipfile.ZipInfo(name, date_time=(made.year, made.month, made.day, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, render(fu, b))
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# From the database (for the dashboard's download button and the CLI)


def year_briefing(
    con: duckdb.DuckDBPyConnection, year: int, made_on: dt.date | None = None
) -> briefing.Briefing:
    """The unfiltered briefing of `year`, which every sheet of that year renders."""
    try:
        return briefing.build(con, year, made_on=made_on)
    except briefing.BriefingError as exc:
        raise ExportError(str(exc)) from exc


def lembar_pdf(
    con: duckdb.DuckDBPyConnection, year: int, opd_id: str, *, made_on: dt.date | None = None
) -> bytes:
    """The follow-up sheet of one OPD and year, as PDF bytes."""
    return sheet_pdf(year_briefing(con, year, made_on), opd_id)


def lembar_zip(con: duckdb.DuckDBPyConnection, year: int, *, made_on: dt.date | None = None) -> bytes:
    """The follow-up sheets of every OPD of `year`, as ZIP bytes."""
    return sheets_zip(year_briefing(con, year, made_on))
