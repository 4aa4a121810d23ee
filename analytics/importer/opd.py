"""The OPD lookup of an innovation import: every way an OPD is named, and "did you mean" hints."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import duckdb
import pandas as pd
from rapidfuzz import fuzz, process

from analytics.db import query
from analytics.importer.cells import BadValue, as_text, show
from analytics.importer.state import records
from analytics.importer.vocabulary import norm_key
from analytics.text import t


@dataclass
class OpdIndex:
    """Every way an OPD is named (id, name, short name, aliases, earlier names, kecamatan)."""

    keys: dict[str, str]  # norm_key -> opd_id (ambiguous keys removed)
    names: dict[str, str]  # opd_id -> display name
    years: dict[str, tuple[int | None, int | None]]  # opd_id -> (exists_from, exists_until)
    choices: dict[str, str]  # spelling -> opd_id, for suggestions
    # norm_key -> (opd_id, valid_from, valid_until) of the OPD's own names (not aliases)
    own: dict[str, list[tuple[str, int | None, int | None]]] = field(default_factory=dict)
    _own_seen: dict[tuple[str, str, int | None], bool] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, con: duckdb.DuckDBPyConnection) -> OpdIndex:
        keys: dict[str, str] = {}
        ambiguous: set[str] = set()
        choices: dict[str, str] = {}
        own: dict[str, list[tuple[str, int | None, int | None]]] = {}
        for rec in records(con, "import_opd_names"):
            opd_id, key = rec["opd_id"], norm_key(rec["spelling"])
            if not key:
                continue
            if keys.get(key, opd_id) != opd_id:
                ambiguous.add(key)
            keys[key] = opd_id
            choices[rec["spelling"]] = opd_id
            if rec["own"]:
                own.setdefault(key, []).append((opd_id, rec["valid_from"], rec["valid_until"]))
        for key in ambiguous:
            keys.pop(key, None)
        info = query(con, "import_opd_list")
        names = {r.opd_id: f"{r.name} ({r.short_name})" for r in info.itertuples()}
        years = {
            r.opd_id: (None if pd.isna(r.exists_from) else int(r.exists_from),
                       None if pd.isna(r.exists_until) else int(r.exists_until))
            for r in info.itertuples()
        }  # fmt: skip
        return cls(keys, names, years, choices, own)

    def resolve(self, value: Any) -> str:
        key = norm_key(value)
        if key in self.keys:
            return self.keys[key]
        raise BadValue(self._unknown(as_text(value)))

    def is_own_name(self, value: Any, opd_id: str, year: int | None) -> bool:
        """Whether `value` is the OPD's id, name or short name (of that year), not an alias."""
        key = (str(value), opd_id, year)
        if key not in self._own_seen:  # a column repeats a few spellings thousands of times
            self._own_seen[key] = self._is_own_name(value, opd_id, year)
        return self._own_seen[key]

    def _is_own_name(self, value: Any, opd_id: str, year: int | None) -> bool:
        for own_id, start, end in self.own.get(norm_key(value), []):
            if own_id == opd_id and (
                year is None or ((start is None or year >= start) and (end is None or year <= end))
            ):
                return True
        return False

    def _unknown(self, text: str) -> str:
        found = process.extract(text, list(self.choices), scorer=fuzz.WRatio, processor=norm_key, limit=10)
        seen: list[str] = []
        for spelling, score, _ in found:
            opd_id = self.choices[spelling]
            if score >= 60 and opd_id not in seen:
                seen.append(opd_id)
        if seen:
            hint = "; ".join(self.names[o] for o in seen[:3])
            return t("import.value.unknown_opd_hint", value=show(text), hint=hint)
        return t("import.value.unknown_opd", value=show(text))

    def exists_in(self, opd_id: str, year: int) -> bool:
        start, end = self.years.get(opd_id, (None, None))
        return (start is None or year >= start) and (end is None or year <= end)
