"""analytics.safe: values from data as literal text in Streamlit Markdown and plotly labels, CSV
downloads without formula cells; and the upload limit of the server matching the importer's.

The browser test tests/e2e/test_hostile_data.py checks the same payloads on every real page."""

from __future__ import annotations

import csv
import html as html_lib
import io
import re
import string
import tomllib

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from analytics import importer, safe
from tests.conftest import ROOT

# Markdown and Streamlit extras that must come out as the same literal text
MD_PAYLOADS = [
    "MD1 [klik](https://evil.example/a)",
    "![x](https://evil.example/x.png)",
    "**tebal**",
    "$x^2$",
    ":red[merah]",
    "# Judul",
    "https://evil.example/bare",
    "www.evil.example",
    "<b>html</b>",
    '<a href="https://evil.example">a</a>',
    "<img src=https://evil.example/i.png>",
    ":material/warning:",
    ":material_home:",
    ":smile:",
    ":streamlit:",
    "1. daftar",
    "> kutipan",
    "`kode`",
    "~~coret~~",
    "budi@evil.example",
    "a -> b",
    "&copy; &amp;",
    "| a | b |",
    "[ref]: https://evil.example/r",
    "<https://evil.example/auto>",
    "x\n\n# Judul baru\n    kode",
    "\\*miring\\*",
]
FORMULAS = ["=cmd|' /C calc'!A0", "+1 F8", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A2)", "\tTAB", "\rCR", "=1+1"]


def unescape_md(text: str) -> str:
    """What a Markdown renderer shows for md()'s output: escapes resolved, word joiners unseen."""
    return re.sub(r"\\(.)", r"\1", text).replace(safe.WORD_JOINER, "")


def one_line(text: str) -> str:
    return re.sub(r"\s*[\r\n\v\f\x85\u2028\u2029]+\s*", " ", text).strip()


# ---------------------------------------------------------------------------------------------
# Markdown


def test_md_payloads_are_literal() -> None:
    for payload in MD_PAYLOADS:
        out = safe.md(payload)
        assert unescape_md(out) == one_line(payload), payload
        # every ASCII punctuation character is escaped: no Markdown syntax is left
        assert not re.search(
            r"(?<!\\)(?:\\\\)*[" + re.escape(string.punctuation.replace("\\", "")) + "]", out
        )
        assert "\n" not in out and "\r" not in out


def test_md_breaks_what_streamlit_finds_after_parsing() -> None:
    """Shortcodes, icons, bare links and e-mail addresses are found in the parsed text, where the
    backslashes are gone: the word joiner must sit inside each pattern."""
    shown = {p: safe.md(p).replace("\\", "") for p in MD_PAYLOADS}
    for text in shown.values():
        assert not re.search(r":[\w+-]", text)  # :smile: :material_home: :red[ :streamlit:
        assert not re.search(r"(?i)https?://|www\.", text)
        assert not re.search(r"@[-\w]", text)
        assert not re.search(r"(?<!\S)(->|<-|--|>=|<=|~=)(?!\S)", text)
    assert "\u2060" in safe.md("www.evil.example")


def test_md_of_plain_text_and_none() -> None:
    assert safe.md("Dinas Kesehatan") == "Dinas Kesehatan"
    assert safe.md(None) == ""
    assert safe.md(2024) == "2024"
    assert unescape_md(safe.md("Kab. Pati, 58,11 (resmi)")) == "Kab. Pati, 58,11 (resmi)"


@given(st.text(max_size=80))
def test_md_round_trip(text: str) -> None:
    assert unescape_md(safe.md(text)) == one_line(text)


def test_md_badge_leaves_brackets_to_st_badge() -> None:
    """st.badge escapes [ and ] itself: after it, the label is md()'s output."""
    for payload in MD_PAYLOADS:
        label = safe.md_badge(payload)
        assert label.replace("[", "\\[").replace("]", "\\]") == safe.md(payload)


# ---------------------------------------------------------------------------------------------
# Plotly


def test_html_payloads_are_literal() -> None:
    for payload in [*MD_PAYLOADS, "A & B", "&lt;b&gt;", "$x^2$", "Kabupaten <b>Pati</b><br>"]:
        out = safe.html(payload)
        assert "<" not in out and ">" not in out
        assert not re.search(r"&(?!amp;|lt;|gt;|#36;)", out)
        assert html_lib.unescape(out) == payload
    assert not safe.html("$x^2$").startswith("$")  # plotly's LaTeX needs a leading "$"
    assert safe.html(None) == ""


@given(st.text(max_size=80))
def test_html_round_trip(text: str) -> None:
    out = safe.html(text)
    assert "<" not in out and html_lib.unescape(out) == text


# ---------------------------------------------------------------------------------------------
# CSV


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the file as UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_cell() -> None:
    for payload in FORMULAS:
        assert safe.csv_cell(payload) == "'" + payload
    for kept in ["Dinas Kesehatan", "–", "'=quoted", "a=b", "-2", "+0,42", "-12,5 %", "1.234", 7, 2.5, None]:
        assert safe.csv_cell(kept) == kept


def test_csv_bytes_neutralises_text_and_keeps_numbers() -> None:
    table = pd.DataFrame(
        {
            "Inovasi": [*FORMULAS, "Biasa"],
            "Jumlah": list(range(-3, len(FORMULAS) - 2)),
            "Skor": [-1.5] * len(FORMULAS) + [58.11],
            "Perubahan": ["-0,42"] * len(FORMULAS) + ["+1,00"],
        }
    )
    table["=Kolom"] = "ok"
    rows = read_csv(safe.csv_bytes(table))
    assert rows[0] == ["Inovasi", "Jumlah", "Skor", "Perubahan", "'=Kolom"]
    body = rows[1:]
    assert [r[0] for r in body] == ["'" + p for p in FORMULAS] + ["Biasa"]
    assert [r[1] for r in body] == [str(n) for n in range(-3, len(FORMULAS) - 2)]
    assert body[0][2] == "-1.5" and body[-1][2] == "58.11"
    assert [r[3] for r in body] == ["-0,42"] * len(FORMULAS) + ["+1,00"]
    # a cell with a line break stays one quoted cell
    assert len(body) == len(FORMULAS) + 1


def test_csv_of_a_dashboard_table() -> None:
    from analytics import tables

    counts = pd.DataFrame(
        {
            "opd_name": ['=HYPERLINK("https://evil.example")', "Dinas Kesehatan"],
            "opd_kind": ["dinas", "dinas"],
            "n_innovations": [3, 5],
            "n_digital": [1, 2],
        }
    )
    rows = read_csv(safe.csv_bytes(tables.table_opd_counts(counts)))
    assert rows[1][0] == "Dinas Kesehatan" and rows[1][2] == "5"
    assert rows[2][0] == '\'=HYPERLINK("https://evil.example")' and rows[2][2] == "3"


# ---------------------------------------------------------------------------------------------
# Streamlit configuration


def test_upload_limit_and_data_export_in_streamlit_config() -> None:
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    # Streamlit counts megabytes of 1024 * 1024 bytes
    assert config["server"]["maxUploadSize"] * 1024 * 1024 == importer.MAX_BYTES
    # the built-in CSV download is off: every table has our own (ui.components.csv_button)
    assert config["client"]["disableDataExport"] is True


# ---------------------------------------------------------------------------------------------
# Charts: every name from the data reaches plotly escaped

HOSTILE = '<a href="https://evil.example">a</a> <b>tebal</b> &amp; $x$'


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def test_charts_escape_names_from_data() -> None:
    from analytics import charts
    from analytics.methods import method_for_year

    counts = pd.DataFrame(
        {
            "opd_id": ["hostile", "dinkes"],
            "opd_short_name": [HOSTILE, "Dinkes"],
            "opd_name": [HOSTILE, "Dinas Kesehatan"],
            "is_kecamatan": [False, False],
            "n_innovations": [3, 5],
            "year": [2025, 2025],
        }
    )
    regions = pd.DataFrame(
        {"region": [HOSTILE, "Kabupaten Pati"], "province": [HOSTILE, HOSTILE], "score": [70.0, 79.6],
         "is_subject": [False, True], "in_subject_province": [True, True]}
    )  # fmt: skip
    category = pd.DataFrame({"value": [HOSTILE, "kesehatan"], "n": [2, 4]})
    gaps = pd.DataFrame({"opd_name": [HOSTILE], "points_at_risk": [1.5], "n_missing": [2]})
    steps = pd.DataFrame({"step": [1], "gain_iid": [0.4], "cumulative_iid": [60.4], "description": [HOSTILE]})
    figures = [
        charts.figure_opd_counts(counts),
        charts.figure_opd_heatmap(counts),
        charts.figure_region_comparison(regions, method_for_year(2023).bands, 60.01),
        charts.figure_category_counts(category),
        charts.figure_evidence_gaps(gaps),
        charts.figure_plan_steps(steps, 60.0, 65.0),
    ]
    for fig in figures:
        texts = _strings(fig.to_plotly_json())
        # our own markup is <b> (the subject's name), <br> (wrapped labels) and hover templates' <extra>
        markup = {m for s in texts for m in re.findall(r"<[^>]*>", s)}
        assert markup <= {"<b>", "</b>", "<br>", "<extra>", "</extra>"}, markup
        assert any(safe.html(HOSTILE) in s.replace("<br>", " ") for s in texts), fig.layout.title
