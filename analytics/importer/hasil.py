"""What is particular to official index results (`hasil`): how a region name is read and checked.

Every hasil-specific rule lives here, in one place: the region name with its prefix written out
(`read_region`), what a cell was taken as (`reading_of_region`), and the rule across columns of a
result row (`check_result_row`: the region matched to the reference list of Indonesia's regions,
the published predicate checked against the year's bands), and whether a table was generated.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from analytics import ranking, regions
from analytics.importer.cells import as_text
from analytics.importer.results import Parsed, Reading, Record
from analytics.importer.vocabulary import collapse

REGION_PREFIX = {"kabupaten": "Kabupaten", "kab": "Kabupaten", "kota": "Kota", "kot": "Kota",
                 "provinsi": "Provinsi", "prov": "Provinsi"}  # fmt: skip


def read_region(value: Any) -> str:
    """A region name with its prefix written out: 'Kab. Pati' -> 'Kabupaten Pati'."""
    text = collapse(as_text(value))
    match = re.fullmatch(r"(?i)(kabupaten|kab|kota|kot|provinsi|prov)\.?\s+(.+)", text)
    if match:
        text = f"{REGION_PREFIX[match[1].lower()]} {match[2]}"
    return text


def reading_of_region(raw: Any, value: str) -> str | None:
    """The region as read, when that differs from the cell as written ('Kab. Pati' -> 'Kabupaten Pati')."""
    return value if value != collapse(as_text(raw)) else None


def check_result_row(
    record: Record, shown: dict[str, str], unreadable: set[str], problem: Callable[[str | None, str], None]
) -> bool:
    """The rules across columns of one official-result row, on the cells that could be read.

    The region: the one entry of the reference list (analytics.regions) its name means, stored as
    the list writes it, with its province and kind; a name that matches nothing or two regions is
    a problem with suggestions (reported through `problem(column shown, message)`). A published
    predicate that is not the band of its score is flagged in the report (a Reading), not refused.
    """
    v = record.values
    if "region" not in v or {"provinsi", "jenis_daerah"} & unreadable:
        return True
    found = regions.reference().match(v["region"], province=v.get("province"), kind=v.get("kind"))
    if found.region is None:
        problem(shown.get(found.column, shown.get("daerah")), found.message or "")
        return False
    if v.get("province") and v["province"] != found.region.province:
        record.readings.append(
            Reading(record.row, shown["provinsi"], "provinsi", v["province"], found.region.province)
        )
    v.update(region=found.region.name, province=found.region.province, kind=found.region.kind)
    flag = (
        "score" in v
        and "year" in v
        and ranking.predicate_disagreement(float(v["score"]), v.get("predicate"), v["year"])
    )
    if flag:
        record.readings.append(Reading(record.row, shown["predikat"], "predikat", v["predicate"], flag))
    return True


def is_generated(parsed: Parsed) -> bool:
    """A generated national table (analytics.sample_results): what is drawn from it says "data contoh"."""
    return parsed.kind == "hasil" and any(
        ranking.is_sample_source(r.values.get("source")) for r in parsed.records
    )
