"""The PDF plumbing shared by the printed outputs: the briefing handout (`analytics.report`) and the
follow-up sheet of each OPD (`analytics.lembar`).

One A4 page class (`Pdf`) with the DejaVu Sans fonts (a Latin-1 core font as fallback, with plain
letters for what it cannot print), the footer every printed page carries ("data contoh", the
sources of the official figures, the date made, the page number), and the few drawing helpers both
documents use (headings, the sample-data notice). Plain Python, no Streamlit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from analytics import charts
from analytics.text import t

# A Unicode TTF font: fpdf2's core fonts are Latin-1 only and cannot print "–", "·", "−" or "✓".
# DejaVu Sans ships with Debian (fonts-dejavu-core); other common places are tried too.
FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
)
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}

# Page geometry (mm): A4 with 15 mm margins; the footer needs three lines.
MARGIN = 15
FOOTER_HEIGHT = 18
INK = (31, 31, 31)
MUTED = (90, 90, 90)
ACCENT = charts.OKABE_ITO["blue"]
WARN = charts.OKABE_ITO["vermillion"]


def font_paths() -> dict[str, Path] | None:
    """Regular and bold DejaVu Sans, or None when they are not installed."""
    for folder in FONT_DIRS:
        paths = {style: folder / name for style, name in FONT_FILES.items()}
        if all(p.is_file() for p in paths.values()):
            return paths
    return None


def hex_colour(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


# What the Latin-1 core font cannot print, in plain letters (used only without DejaVu Sans).
_TRANSLITERATE = str.maketrans(
    {"–": "-", "—": "-", "−": "-", "…": "...", "“": '"', "”": '"', "’": "'", "✓": "v", "«": '"', "»": '"'}
)


class Pdf(FPDF):
    """An A4 portrait page in DejaVu Sans with the shared footer."""

    def __init__(self, footer_lines: list[str], *, page_numbers: bool = True) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.footer_lines = footer_lines
        self.page_numbers = page_numbers
        fonts = font_paths()
        if fonts:
            for style, path in fonts.items():
                self.add_font("DejaVu", style=style, fname=str(path))
            self.family = "DejaVu"
            self.unicode = True
        else:
            self.family = "Helvetica"
            self.unicode = False
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=MARGIN + FOOTER_HEIGHT)
        self.set_title("")
        self.set_creator(t("app.name"))  # the program; the region is in each document's title
        self.set_lang("id")
        if page_numbers:
            self.alias_nb_pages()

    def multi_cell(self, *args: Any, **kwargs: Any) -> Any:
        # left-aligned: fpdf2 justifies by default, which stretches short KPI notes and titles
        kwargs.setdefault("align", "L")
        return super().multi_cell(*args, **kwargs)

    def text_of(self, text: str) -> str:
        if self.unicode:
            return text
        return text.translate(_TRANSLITERATE).encode("latin-1", "replace").decode("latin-1")

    def font(self, size: float, bold: bool = False, colour: tuple[int, int, int] = INK) -> None:
        self.set_font(self.family, "B" if bold else "", size)
        self.set_text_color(*colour)

    def para(self, text: str, size: float = 11, bold: bool = False, colour=INK, h: float = 5.6) -> None:
        self.font(size, bold, colour)
        self.multi_cell(0, h, self.text_of(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def heading(self, text: str, size: float = 13, h: float = 7, space: float = 2) -> None:
        self.ln(space)
        self.font(size, bold=True, colour=hex_colour(ACCENT))
        self.multi_cell(0, h, self.text_of(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def sample_note(self, text: str, size: float = 9.5, h: float = 5) -> None:
        """The "data contoh" notice: a tinted box in bold, readable in grey print too."""
        self.set_fill_color(253, 239, 226)
        self.font(size, bold=True, colour=hex_colour(WARN))
        self.multi_cell(0, h, self.text_of(text), fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT, padding=2)
        self.ln(1)

    def footer(self) -> None:
        self.set_y(-(MARGIN + FOOTER_HEIGHT - 4))
        self.set_draw_color(200, 200, 200)
        self.line(MARGIN, self.get_y(), self.w - MARGIN, self.get_y())
        self.ln(1.5)
        for i, line in enumerate(self.footer_lines):
            self.font(8, bold=(i == 0 and line.startswith(t("handout.footer.sample_start"))), colour=MUTED)
            self.multi_cell(0, 3.8, self.text_of(line), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if self.page_numbers:
            self.font(8, colour=MUTED)
            self.cell(
                0, 3.8, self.text_of(t("handout.footer.page", page=self.page_no(), pages="{nb}")), align="R"
            )
