"""The filter a view is narrowed by (OPD or a kind of OPD, jenis, tahapan), as one codec.

The dashboard's OPD chooser, the URL, the CLI (`--opd dinkes`, `--opd jenis:kecamatan`) and every
handout speak of the same filter; this module is the one place that reads it from its written form,
checks it against the allow-lists held in the database and says it in words ("Dinas Kesehatan,
inovasi digital"). Plain Python, so the CLI, the handouts and the pages share it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import duckdb

from analytics.db import query
from analytics.text import label, t
from analytics.vocabulary import JENIS, TAHAPAN

ALL = "semua"
# The OPD chooser's value for a whole kind of OPD ("jenis:kecamatan"): read by `Scope.parse` and
# written by `Scope.opd_code`, nowhere else.
KIND_PREFIX = "jenis:"


class ScopeError(ValueError):
    """A filter value that is not known (message in Bahasa Indonesia, fit to show a user)."""


@dataclass(frozen=True)
class Scope:
    """What a view is narrowed to; None everywhere means everything."""

    opd_id: str | None = None
    opd_kind: str | None = None
    jenis: str | None = None
    tahapan: str | None = None

    @classmethod
    def parse(cls, opd: str | None = None, jenis: str | None = None, tahapan: str | None = None) -> Scope:
        """From the written form: opd "dinkes" or "jenis:kecamatan", "semua"/None/"" = all.
        Values are not checked here (`check` does that against the database)."""
        opd = None if opd in (None, "", ALL) else str(opd)
        is_kind = opd is not None and opd.startswith(KIND_PREFIX)
        return cls(
            opd_id=None if opd is None or is_kind else opd,
            opd_kind=opd.removeprefix(KIND_PREFIX) if is_kind and opd else None,
            jenis=None if jenis in (None, "", ALL) else jenis,
            tahapan=None if tahapan in (None, "", ALL) else tahapan,
        )

    @property
    def opd_code(self) -> str | None:
        """The OPD chooser's value ("dinkes", "jenis:kecamatan") or None for all."""
        if self.opd_id:
            return self.opd_id
        return KIND_PREFIX + self.opd_kind if self.opd_kind else None

    @property
    def is_narrowed(self) -> bool:
        return any((self.opd_id, self.opd_kind, self.jenis, self.tahapan))

    def params(self) -> dict[str, Any]:
        """Bound parameters of the page queries (the SQL ignores the ones it does not use)."""
        return {
            "opd_id": self.opd_id,
            "opd_kind": self.opd_kind,
            "jenis": self.jenis,
            "tahapan": self.tahapan,
        }

    def check(self, con: duckdb.DuckDBPyConnection) -> str | None:
        """Validate against the allow-lists and return the filter in words (None = no filter)."""
        opd = query(con, "opd_list")
        opd_words = None
        if self.opd_id:
            hit = opd[opd["opd_id"] == self.opd_id]
            if hit.empty:
                raise ScopeError(
                    t("handout.error.opd", value=self.opd_id, known=", ".join(sorted(opd["opd_id"])))
                )
            opd_words = str(hit["opd_name"].iloc[0])
        if self.opd_kind:
            kinds = sorted(set(opd["opd_kind"]))
            if self.opd_kind not in kinds:
                raise ScopeError(t("handout.error.kind", value=self.opd_kind, known=", ".join(kinds)))
            opd_words = kind_label(self.opd_kind)
        if self.jenis and self.jenis not in JENIS:
            raise ScopeError(t("handout.error.jenis", value=self.jenis, allowed=", ".join(JENIS)))
        if self.tahapan and self.tahapan not in TAHAPAN:
            raise ScopeError(t("handout.error.tahapan", value=self.tahapan, allowed=", ".join(TAHAPAN)))
        return self.describe(opd_words)

    def describe(self, opd_words: str | None) -> str | None:
        """The filter in words ("Dinas Kesehatan, inovasi digital"), the OPD part as given (the
        dashboard says it as its chooser does), or None when nothing is narrowed."""
        parts = [opd_words] if opd_words else []
        if self.jenis:
            parts.append(t("filter.describe.jenis", jenis=label(self.jenis).lower()))
        if self.tahapan:
            parts.append(t("filter.describe.tahapan", tahapan=label(self.tahapan).lower()))
        return ", ".join(parts) if parts else None


def kind_label(kind: str) -> str:
    """A whole kind of OPD in words inside a sentence ("semua kecamatan")."""
    return t("filter.describe.kind", kind=label(kind).lower())


def fold(written: str) -> str:
    """A filter value as written in a link, folded for lookup: case, spaces around and inside, and
    "-", "_" or "+" used as a space do not matter ("Dinas-Kesehatan", " dinkes ", "UJI_COBA")."""
    return re.sub(r"[\s_+-]+", " ", str(written)).strip().casefold()


def spellings(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """A lookup from the folded spellings of a filter value (its code, its label, a short name) to
    its value, from (spelling, value) pairs; the first pair of a spelling wins, so callers list
    codes before labels and labels before short names."""
    lookup: dict[str, str] = {}
    for spelling, value in pairs:
        if spelling:
            lookup.setdefault(fold(spelling), value)
    return lookup
