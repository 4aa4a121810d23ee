"""Shared links: an address is followed where it can be, and told where it cannot.

A briefing link names a page (`/progres-skor`) and carries the view in its query parameters
(`?tahun=2022&opd=Dinas+Kesehatan`, see ui/filters.py). Streamlit, left alone, answers an address
that names no page with an English "Page not found" dialog, and its URL binding drops a value it
does not know without a word and shows the default. Here instead:

- `address_pages()` gives st.navigation a hidden page for every address that names no page of the
  dashboard, so Streamlit never sends its "page not found" message: `/ringkasan` (the default page
  lives at `/`) and a page name in other letters (`/Progres-Skor`) lead to that page, any other
  name to Ringkasan with a notice "Halaman /nope tidak ada; yang ditampilkan: Ringkasan."
  (`follow()` does the redirect, keeping the query parameters).
- `expect()` is called before a URL-bound widget is drawn: a value in the address that the widget
  will not take is noted ("Tautan berisi tahun=abc yang tidak dikenal; ditampilkan 2025.").
- `show()` puts the notes of the run in one notice at the top of the page (`notice_slot()`, made
  before the page draws). A note stays while the person looks at the same view (page and shared
  filters) and goes when they change it: by then it no longer describes what is shown.

Only the URL of the browser (`st.context.url`) and public Streamlit calls are used; nothing here
depends on Streamlit internals.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass

import streamlit as st
from streamlit import config

from analytics.safe import md
from analytics.scope import fold
from analytics.text import t

NOTES_KEY = "_tautan_catatan"  # session state: [(markdown text, view it was shown with or None)]
DEFAULT_ALIAS = "ringkasan"  # the default page is served at "/", but people type its name
SHOWN_MAX = 40  # characters of a value from the address quoted back in a notice


@dataclass(frozen=True)
class Alias:
    """A hidden page that stands for an address: where it leads, and what to say (None: nothing)."""

    target: st.Page
    notice: str | None


def _never_drawn() -> None:
    """The body of an alias page; `follow()` redirects before a page body runs."""


def requested_name() -> str | None:
    """The page name in the browser's address ("nope" for http://host/nope), without the
    server's base path; None for the root or when the browser did not say."""
    url = st.context.url
    if not url:
        return None
    path = urllib.parse.urlsplit(url).path
    base = str(config.get_option("server.baseUrlPath") or "").strip("/")
    name = path.strip("/")
    if base:
        if name == base:
            return None
        name = name.removeprefix(base + "/")
    return name or None


def address_pages(pages: Sequence[st.Page], default: st.Page) -> dict[str, Alias]:
    """Hidden pages (by URL path) for the addresses of this run that name no page in `pages`."""
    known = {p.url_path: p for p in pages if p.url_path}
    by_folded = {fold(path): page for path, page in known.items()}
    aliases = {DEFAULT_ALIAS: Alias(default, None)}
    name = requested_name()
    if not name:
        return aliases
    # The browser may send the page name as typed or percent-decoded; both forms are covered.
    decoded = urllib.parse.unquote(name)
    for candidate in dict.fromkeys((name, decoded)):
        if not candidate or "/" in candidate or candidate in known or candidate in aliases:
            continue
        target = by_folded.get(fold(candidate)) or (default if fold(candidate) == DEFAULT_ALIAS else None)
        if target is not None:
            aliases[candidate] = Alias(target, None)
        else:
            path = "/" + decoded[:SHOWN_MAX]
            aliases[candidate] = Alias(default, t("nav.unknown_page", path=md(path), shown=md(default.title)))
    return aliases


def hidden_pages(aliases: dict[str, Alias]) -> list[st.Page]:
    return [
        st.Page(_never_drawn, title=alias.target.title, url_path=path, visibility="hidden")
        for path, alias in aliases.items()
    ]


def follow(page: st.Page, aliases: dict[str, Alias]) -> None:
    """Redirect an alias page to the page it stands for (with the query parameters); a no-op for
    a real page. Stops the run when it redirects."""
    alias = aliases.get(page.url_path)
    if alias is None:
        return
    if alias.notice:
        note(alias.notice)
    redirect(alias.target)


def redirect(target: st.Page, params: dict[str, str] | None = None) -> None:
    """Open `target` with `params` (default: this address's query parameters); stops the run."""
    st.switch_page(target, query_params=st.query_params.to_dict() if params is None else params)


def quoted(value: str) -> str:
    """A value from the address, shortened, as literal Markdown."""
    value = str(value)
    return md(value if len(value) <= SHOWN_MAX else value[: SHOWN_MAX - 1] + "…")


def note(text: str) -> None:
    """Remember a notice for the top of the page (Markdown; values from the address escaped)."""
    notes = st.session_state.setdefault(NOTES_KEY, [])
    if all(existing != text for existing, _ in notes):
        notes.append((text, None))


def expect(
    key: str, allowed: Iterable[str], shown: str, *, template: str = "link.unknown", any_case: bool = False
) -> bool:
    """Before the URL-bound widget `key` is drawn: note a value in the address that is not one of
    `allowed` (the widget's options as the URL writes them; `any_case` for a switch, whose
    "true"/"false" Streamlit reads in any case); `shown` says what is shown instead.
    Returns True when the address holds a value the widget will not take."""
    raw = st.query_params.get(key)
    if raw is None:
        return False
    if (raw.lower() if any_case else raw) in set(allowed):
        return False
    note(t(template, param=md(key), value=quoted(raw), shown=md(shown)))
    return True


def notice_slot():
    """The place at the top of the page where `show()` puts the notice (drawn before the page),
    or None when this run can have none: only an address with query parameters, or a note left
    by a redirect, brings one (an empty slot would still take a line of space)."""
    if st.query_params or st.session_state.get(NOTES_KEY):
        return st.empty()
    return None


def show(slot, view: Hashable) -> None:
    """Put the notes that still describe `view` in `slot` as one notice; forget the others."""
    notes = st.session_state.get(NOTES_KEY)
    if not notes or slot is None:
        return
    kept = [(text, view) for text, seen in notes if seen is None or seen == view]
    st.session_state[NOTES_KEY] = kept
    if kept:
        slot.warning(" ".join(text for text, _ in kept), icon=":material/link_off:")


def run_then_show(run: Callable[[], None], slot, view: Hashable) -> None:
    """Run the page, then show the notes, also when the page stops early (st.stop): a page's
    own choices are checked while it draws them."""
    try:
        run()
    finally:
        show(slot, view)
