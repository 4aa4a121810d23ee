"""Deferred chart and table builds, and the figure cache of the UI.

Building a plotly figure costs 20-60 ms (plotly validates every property it is given), and a page
draws up to six of them on every rerun. Most of them do not change when the year does (the charts
over all years), and none changes unless its data does. So a page does not build its figures
itself: it hands `later(builder, *inputs)` to `components.chart_with_table`, which builds it once
per set of inputs (and not at all where a section builds only its open tab, as Progres Skor's gaps).
A chart's table (`value`) is kept the same way.

The cache key is the builder and a fingerprint of every input (a DataFrame by the hash of its
contents, other values by their repr), so a cached figure can never be stale. Figures live in
`st.cache_resource` (one store per database file version, least recently used dropped beyond
`MAX_FIGURES`), not `st.cache_data`: a figure copied through pickle is validated again on the way
out, which is the very cost this cache saves. A cached figure is shared by every session, so it is
never changed after it is built: `charts.for_projector` and the PNG export work on copies.
"""

from __future__ import annotations

import dataclasses
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analytics.deferred import Later, later
from ui import data

__all__ = ["Later", "figure", "fingerprint", "later", "value"]

MAX_FIGURES = 512


def key(spec: Later) -> Hashable:
    """The cache key of a deferred build: the builder and a fingerprint of its inputs."""
    return (spec.fn.__module__, spec.fn.__qualname__, fingerprint(spec.args), fingerprint(spec.kwargs))


def fingerprint(value: Any) -> Hashable:
    """A hashable stand-in for `value` that changes whenever its contents do."""
    if isinstance(value, pd.DataFrame | pd.Series):
        try:
            digest = hashlib.blake2b(
                pd.util.hash_pandas_object(value, index=True).to_numpy().tobytes()
            ).hexdigest()
        except TypeError:  # cells that cannot be hashed (lists): their text stands in
            digest = hashlib.blake2b(value.to_csv().encode()).hexdigest()
        columns = tuple(value.columns) if isinstance(value, pd.DataFrame) else (value.name,)
        dtypes = tuple(map(str, value.dtypes)) if isinstance(value, pd.DataFrame) else (str(value.dtype),)
        return (type(value).__name__, columns, dtypes, digest)
    if isinstance(value, list | tuple):
        return (type(value).__name__, *(fingerprint(v) for v in value))
    if isinstance(value, Mapping):
        return ("map", *sorted((str(k), fingerprint(v)) for k, v in value.items()))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (
            type(value).__qualname__,
            *(fingerprint(getattr(value, f.name)) for f in dataclasses.fields(value)),
        )
    return repr(value)


class _Store:
    """A small thread-safe LRU of built figures."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, go.Figure] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_build(self, key: Hashable, build: Callable[[], go.Figure]) -> go.Figure:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        fig = build()  # outside the lock: two sessions may build the same figure once each
        with self._lock:
            self._items[key] = fig
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return fig


@st.cache_resource(max_entries=2, show_spinner=False)
def _store(signature: tuple[str, int, int]) -> _Store:
    return _Store(MAX_FIGURES)


def figure(spec: go.Figure | Later) -> go.Figure:
    """The figure of `spec`: built (once per set of inputs) when it is a `Later`."""
    if isinstance(spec, Later):
        return _store(data.ensure_database()).get_or_build(key(spec), spec)
    return spec


def value(spec: Any) -> Any:
    """The result of `spec` when it is a `Later` (a chart's table: built once per set of inputs, in
    the same store as the figures, and never changed after it is built), else `spec` itself.
    Measured: building Partisipasi OPD's tables on every rerun was a third of its server time."""
    if isinstance(spec, Later):
        return _store(data.ensure_database()).get_or_build(("value", *key(spec)), spec)
    return spec
