"""The shared sidebar filters: assessment year, OPD (or a whole kind of OPD), jenis, tahapan.

The widgets live in the entry script (dashboard.py calls `sidebar_filters()` before the page runs),
so their values survive page switches, and each is bound to the URL (`bind="query-params"`) under
the names tahun, opd, jenis and tahapan: a copied link reopens the same view. A value equal to the
default is left out of the URL, so the plain address shows the default view.

The OPD chooser holds both filters of the issue, "OPD kind and OPD", in one URL parameter: its
options are "all OPD", one entry per kind ("Semua kecamatan", "Semua dinas", ...) and then every
single OPD, ordered by kind with the kecamatan as their own group at the end. Option values are
codes ("semua", "jenis:kecamatan", "dinkes"); the URL carries the display label, which is what
Streamlit's binding stores.

Streamlit's binding takes only that exact label and drops anything else without a word, so
`check_link()` reads the address first, before the widgets bind it: the spellings people type
(the OPD code `opd=dinkes`, a short name, `jenis=digital`, other letter case) lead to the same view
under the address the filters write, and a value not understood (`tahun=abc`, `tahun=1999`,
`opd=unknown`) is said at the top of the page with what is shown instead (ui/links.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from analytics import vocabulary
from analytics.scope import ALL, Scope, fold, spellings
from analytics.text import label, t
from ui import data, links

YEAR_KEY = "tahun"
OPD_KEY = "opd"
JENIS_KEY = "jenis"
TAHAPAN_KEY = "tahapan"

JENIS_OPTIONS = (ALL, *vocabulary.JENIS)
TAHAPAN_OPTIONS = (ALL, *vocabulary.TAHAPAN)


@dataclass(frozen=True)
class Filters:
    """The filter state of a run; `None` means "all"."""

    year: int | None
    opd_id: str | None = None
    opd_kind: str | None = None
    jenis: str | None = None
    tahapan: str | None = None
    opd_name: str | None = None  # display name of the chosen OPD or kind, for captions

    def params(self) -> dict[str, Any]:
        """Bound parameters for the page queries (the SQL ignores the ones it does not use)."""
        return {"year": self.year, **self.scope.params()}

    @property
    def scope(self) -> Scope:
        """What the view is narrowed to, without the year (the handouts and the briefing take it)."""
        return Scope(opd_id=self.opd_id, opd_kind=self.opd_kind, jenis=self.jenis, tahapan=self.tahapan)

    def scope_params(self) -> dict[str, Any]:
        """The parameters without the year (for queries over every year)."""
        return self.scope.params()

    @property
    def is_narrowed(self) -> bool:
        """True when not every OPD, jenis and tahapan is shown."""
        return self.scope.is_narrowed

    def describe(self) -> str | None:
        """The narrowing in words ("Dinas Kesehatan, digital, tahap penerapan"), or None."""
        return self.scope.describe(self.opd_name)


def _years() -> tuple[list[int], int | None]:
    return _years_of(data.ensure_database())


@st.cache_data(max_entries=4, show_spinner=False)
def _years_of(signature: tuple[str, int, int]) -> tuple[list[int], int | None]:
    years = data.query("dashboard_years")
    options = [int(y) for y in years["year"]]
    with_data = [int(y) for y in years.loc[years["has_data"], "year"]]
    default = max(with_data) if with_data else (max(options) if options else None)
    return options, default


def opd_options() -> tuple[list[str], dict[str, str]]:
    """Option codes of the OPD chooser and their display labels, in display order."""
    return _opd_options_of(data.ensure_database())


# cached per database file: every run of every page needs the options, and building them costs
# more than the rest of the filter code
@st.cache_data(max_entries=4, show_spinner=False)
def _opd_options_of(signature: tuple[str, int, int]) -> tuple[list[str], dict[str, str]]:
    opd = data.query("opd_list")
    kinds = [k for k in vocabulary.OPD_KINDS if k in set(opd["opd_kind"])]
    kinds += sorted(set(opd["opd_kind"]) - set(kinds))
    labels: dict[str, str] = {ALL: t("filter.opd.all")}
    for kind in kinds:
        labels[Scope(opd_kind=kind).opd_code] = t("filter.opd.kind", kind=label(kind).lower())
    ordered = opd.assign(_order=opd["opd_kind"].map({k: i for i, k in enumerate(kinds)}))
    for row in ordered.sort_values(["_order", "opd_name"]).itertuples():
        labels[row.opd_id] = row.opd_name
    return list(labels), labels


def _opd_spellings() -> dict[str, str]:
    return _opd_spellings_of(data.ensure_database())


@st.cache_data(max_entries=4, show_spinner=False)
def _opd_spellings_of(signature: tuple[str, int, int]) -> dict[str, str]:
    # codes first, then the chooser's labels, then short names (see scope.spellings)
    codes, labels = _opd_options_of(signature)
    opd = data.query("opd_list")
    pairs = [(code, code) for code in codes] + [(labels[code], code) for code in codes]
    pairs += list(zip(opd["opd_short_name"], opd["opd_id"], strict=True))
    return spellings(pairs)


def _jenis_label(value: str) -> str:
    return t("filter.jenis.all") if value == ALL else label(value)


def _tahapan_label(value: str) -> str:
    return t("filter.tahapan.all") if value == ALL else label(value)


def check_link() -> dict[str, str] | None:
    """Read the shared filters in the address before the widgets take them.

    Returns the address to open instead when a value is written in another spelling of a known
    one (the query parameters with that value in the form the filters write), else None. A value
    that is not understood is noted for the top of the page, and the widget shows its default.
    """
    params = st.query_params
    if not any(key in params for key in (YEAR_KEY, OPD_KEY, JENIS_KEY, TAHAPAN_KEY)):
        return None  # the plain address: nothing to read (most reruns)
    fixes: dict[str, str] = {}

    def read(
        key: str, options: list[str], lookup: dict[str, str], shown: str, template: Callable[[str], str]
    ) -> None:
        # options: the values as the URL writes them; lookup: folded spelling -> that value
        raw = params.get(key)
        if raw is None or raw in options:
            return
        hit = lookup.get(fold(raw))
        if hit is not None:
            fixes[key] = hit
        else:
            links.expect(key, options, shown, template=template(raw))

    def unknown(raw: str) -> str:
        return "link.unknown"

    years, default_year = _years()
    if years:
        texts = [str(y) for y in years]
        read(
            YEAR_KEY,
            texts,
            {y: y for y in texts},
            str(default_year),
            lambda raw: "link.no_year" if fold(raw).isdigit() else "link.unknown",  # 1999 vs abc
        )
    codes, labels = opd_options()
    read(
        OPD_KEY,
        [labels[c] for c in codes],
        {k: labels[code] for k, code in _opd_spellings().items()},
        labels[ALL],
        unknown,
    )
    for key, options, say in (
        (JENIS_KEY, JENIS_OPTIONS, _jenis_label),
        (TAHAPAN_KEY, TAHAPAN_OPTIONS, _tahapan_label),
    ):
        shown = [say(v) for v in options]
        lookup = spellings([(v, say(v)) for v in options] + [(say(v), say(v)) for v in options])
        read(key, shown, lookup, say(ALL), unknown)
    if not fixes:
        return None
    return {**params.to_dict(), **fixes}


def _parse_opd(code: str | None, labels: dict[str, str]) -> tuple[str | None, str | None, str | None]:
    """(opd_id, opd_kind, display name) of a chooser value."""
    if not code or code not in labels:
        return None, None, None
    scope = Scope.parse(code)
    return scope.opd_id, scope.opd_kind, labels.get(code) if scope.is_narrowed else None


def sidebar_filters() -> Filters:
    """Render the shared filters in the sidebar (entry script only) and return their values."""
    years, default_year = _years()
    codes, labels = opd_options()
    with st.sidebar:
        st.markdown(f"### {t('filter.heading')}")
        if years:
            st.selectbox(
                t("filter.year"),
                years,
                index=years.index(default_year) if default_year in years else 0,
                key=YEAR_KEY,
                bind="query-params",
                help=t("filter.year.help"),
            )
        st.selectbox(
            t("filter.opd"),
            codes,
            format_func=labels.__getitem__,
            key=OPD_KEY,
            bind="query-params",
            help=t("filter.opd.help"),
            placeholder=t("chrome.choose"),
        )
        st.selectbox(
            t("filter.jenis"),
            JENIS_OPTIONS,
            format_func=_jenis_label,
            key=JENIS_KEY,
            bind="query-params",
            placeholder=t("chrome.choose"),
        )
        st.selectbox(
            t("filter.tahapan"),
            TAHAPAN_OPTIONS,
            format_func=_tahapan_label,
            key=TAHAPAN_KEY,
            bind="query-params",
            placeholder=t("chrome.choose"),
        )
        narrowed = current(labels)
        if narrowed.is_narrowed or (narrowed.year is not None and narrowed.year != default_year):
            st.button(t("filter.reset"), on_click=_reset, args=(default_year,), width="stretch")
        st.caption(t("filter.link_hint"))
    return current(labels)


def _reset(default_year: int | None) -> None:
    # Runs as a callback, before the widgets are drawn again, so their state may still be set.
    if default_year is not None:
        st.session_state[YEAR_KEY] = default_year
    st.session_state[OPD_KEY] = ALL
    st.session_state[JENIS_KEY] = ALL
    st.session_state[TAHAPAN_KEY] = ALL


def current(labels: dict[str, str] | None = None) -> Filters:
    """The filter values of this run, read from the widget state (pages call this)."""
    if labels is None:
        labels = opd_options()[1]
    state = st.session_state
    year = state.get(YEAR_KEY)
    if year is None:
        year = _years()[1]
    opd_id, opd_kind, name = _parse_opd(state.get(OPD_KEY), labels)
    jenis = state.get(JENIS_KEY)
    tahapan = state.get(TAHAPAN_KEY)
    return Filters(
        year=int(year) if year is not None else None,
        opd_id=opd_id,
        opd_kind=opd_kind,
        jenis=None if jenis in (None, ALL) else jenis,
        tahapan=None if tahapan in (None, ALL) else tahapan,
        opd_name=name,
    )


def opd_frame() -> pd.DataFrame:
    """Every OPD (id, name, short name, kind), for pages that list OPD."""
    return data.query("opd_list")
