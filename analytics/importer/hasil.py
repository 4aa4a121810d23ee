"""What is particular to official index results (`hasil`): how a region name is read and checked.

Every hasil-specific rule lives here, in one place: the region name with its prefix written out
(`read_region`), what a cell was taken as (`reading_of_region`), and the rule across columns of a
result row (`check_result_row`: a blank jenis_daerah is taken from the name's prefix).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from analytics.importer.cells import as_text
from analytics.importer.vocabulary import collapse
from analytics.text import t

REGION_PREFIX = {"kabupaten": "Kabupaten", "kab": "Kabupaten", "kota": "Kota", "kot": "Kota",
                 "provinsi": "Provinsi", "prov": "Provinsi"}  # fmt: skip


def read_region(value: Any) -> str:
    """A region name with its prefix written out: 'Kab. Pati' -> 'Kabupaten Pati'."""
    text = collapse(as_text(value))
    match = re.fullmatch(r"(?i)(kabupaten|kab|kota|kot|provinsi|prov)\.?\s+(.+)", text)
    if match:
        text = f"{REGION_PREFIX[match[1].lower()]} {match[2]}"
    return text


def kind_from_region(region: str) -> str | None:
    head = region.split(" ", 1)[0].lower()
    return {"kabupaten": "kabupaten", "kota": "kota", "provinsi": "provinsi"}.get(head)


def reading_of_region(raw: Any, value: str) -> str | None:
    """The region as read, when that differs from the cell as written ('Kab. Pati' -> 'Kabupaten Pati')."""
    return value if value != collapse(as_text(raw)) else None


def check_result_row(values: dict[str, Any], unreadable: set[str], problem: Callable[[str], None]) -> bool:
    """The rule across columns of one official-result row, on the cells that could be read.

    jenis_daerah left blank (or no such column): the name's prefix says it; a name without a
    known prefix is a problem (reported through `problem(message)` on the daerah column).
    """
    if "region" in values and "jenis_daerah" not in unreadable and values.get("kind") is None:
        inferred = kind_from_region(values["region"])
        values["kind"] = inferred
        if inferred is None:
            problem(t("import.row.region_kind", value=values["region"]))
            return False
    return True
