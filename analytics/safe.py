"""Text from data shown as text: never as Markdown, chart markup or a spreadsheet formula.

Innovation names, descriptions, units, urusan, OPD and region names, official sources and
uploaded file names come from files anyone can edit. Three renderers would otherwise read them as
instructions:

- Streamlit's Markdown, used by st.markdown, captions, alerts, metric labels and values, badges,
  widget labels, radio and slider options, tab and expander labels and st.table cells (not
  st.dataframe cells, selectbox options or st.text). Besides GitHub Markdown (links, images, bold,
  headings, lists, tables, HTML) it renders `$..$` as KaTeX, `:red[..]` directives, `:material/..:`
  icons, emoji shortcodes, bare URLs, `www.` and e-mail addresses as links, and `->` as an arrow.
  `md()` makes a value literal text there.
- Plotly's pseudo-HTML in every chart label, hover, axis tick and annotation (`<a>`, `<b>`,
  `<br>`, entities; `$..$` is LaTeX where MathJax is loaded). `html()` makes a value literal there.
- A spreadsheet program opening a CSV: a cell beginning with `=`, `+`, `-`, `@`, tab or carriage
  return is a formula (OWASP "CSV injection"). `csv_bytes()` writes a table with such cells
  neutralised.

Catalogue templates keep their own markup: escape the values put into them, not the sentence,
e.g. `st.caption(t("kpi.score.source", source=md(source)))`.
"""

from __future__ import annotations

import re
import string
from typing import Any

import pandas as pd

# An invisible character that is no space and no line-break opportunity (U+2060 WORD JOINER).
WORD_JOINER = "\u2060"

# CommonMark lets a backslash escape every ASCII punctuation character, which turns off all
# syntax (links, emphasis, headings, lists, HTML, entities, tables, KaTeX, directives).
_MD_ESCAPES = {ord(c): "\\" + c for c in string.punctuation}
# Streamlit finds emoji shortcodes, `:material_x:` icons, bare `https://` links and e-mail
# addresses in the text AFTER Markdown is parsed, when the backslashes are gone: an invisible word
# joiner after `:` and `@` keeps those patterns from matching.
_MD_ESCAPES[ord(":")] = "\\:" + WORD_JOINER
_MD_ESCAPES[ord("@")] = "\\@" + WORD_JOINER
# `www.example` becomes a link by the same late pass
_WWW = re.compile(r"(?i)(www)(?=\\\.)")
# Streamlit's typographic replacements of a stand-alone `->`, `<-`, `<->`, `--`, `>=`, `<=`, `~=`
_ARROWS = re.compile(r"(?<!\S)(<->|->|<-|--|>=|<=|~=)(?!\S)")
# a value is one line of text: a line break would start a heading, list or code block
_LINE_BREAKS = re.compile(r"\s*[\r\n\v\f\x85\u2028\u2029]+\s*")


def md(value: Any) -> str:
    """`value` as literal text inside Streamlit Markdown (shown exactly as stored, on one line)."""
    if value is None:
        return ""
    text = _LINE_BREAKS.sub(" ", str(value)).strip()
    if "-" in text or "<" in text or ">" in text or "~" in text:
        text = _ARROWS.sub(lambda m: m[1][0] + WORD_JOINER + m[1][1:], text)
    text = text.translate(_MD_ESCAPES)
    if "w" in text or "W" in text:
        text = _WWW.sub(r"\1" + WORD_JOINER, text)
    return text


def md_badge(value: Any) -> str:
    """`md()` for the label of st.badge, which escapes `[` and `]` itself (its label sits in a
    `:color-badge[...]` directive): those two are left to it."""
    return md(value).replace("\\[", "[").replace("\\]", "]")


def html(value: Any) -> str:
    """`value` as literal text in a Plotly label, hover or annotation (`<`, `>`, `&` as entities)."""
    if value is None:
        return ""
    text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # plotly reads a label that starts and ends with "$" as LaTeX (where MathJax is loaded)
    return "&#36;" + text[1:] if text.startswith("$") else text


# ---------------------------------------------------------------------------------------------
# CSV downloads

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# a plain number ("-2", "+0,42", "-12,5 %") is no formula and stays a number for the spreadsheet
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*(?:\s?%)?")
CSV_ENCODING = "utf-8-sig"  # with a byte-order mark, so Excel reads the file as UTF-8


def csv_cell(value: Any) -> Any:
    """A cell that a spreadsheet would run as a formula, prefixed with a single quote (OWASP)."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def csv_bytes(table: pd.DataFrame) -> bytes:
    """`table` as a CSV file for a spreadsheet: UTF-8 with BOM, comma-separated, no index, every
    text cell and header neutralised (`csv_cell`); numeric columns are written as numbers."""
    out = table.rename(columns=lambda c: csv_cell(str(c)))
    for column in out.columns:
        if not (pd.api.types.is_numeric_dtype(out[column]) or pd.api.types.is_bool_dtype(out[column])):
            out[column] = out[column].map(csv_cell)
    return out.to_csv(index=False, lineterminator="\r\n").encode(CSV_ENCODING)
