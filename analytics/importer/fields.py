"""The columns of the two import templates (innovations, official results) and how a row is identified.

`Field` says how one column is read and where it is stored; `fields_for()` gives a kind's columns
(the innovation template has one column per SID indicator of the database). `identity_key()` is
what makes two rows the same innovation or the same official result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from analytics.db import query
from analytics.importer.vocabulary import collapse
from analytics.sanitize import clean_text

KINDS = ("inovasi", "hasil")
# the name of each template kind on Kelola Data
KIND_TEXT = {"inovasi": "page.kelola.kind_inovasi", "hasil": "page.kelola.kind_hasil"}


@dataclass(frozen=True)
class Field:
    """One column of an import template: its header, how values are read, where they are stored."""

    name: str  # header in the template (and the matching key in norm_key form, with '_')
    kind: str  # reader: year, text, name, opd, choice, date, bool, level, score, rank, region
    column: str  # stored column (or the indicator code for 'level')
    required: bool = False  # the column must exist and every row must fill it
    aliases: tuple[str, ...] = ()  # other accepted headers
    choice: str | None = None  # key of CHOICES for kind 'choice'


def _innovation_fields(indicators: Sequence[tuple[str, str]]) -> tuple[Field, ...]:
    base = (
        Field("tahun", "year", "year", True, ("tahun penilaian", "tahun inovasi")),
        Field("nama_inovasi", "name", "name", True, ("nama inovasi daerah", "judul inovasi", "inovasi")),
        Field("opd", "opd", "opd_id", True, ("perangkat daerah", "nama opd", "opd pengampu", "satuan kerja")),
        Field("unit", "text", "unit", False, ("unit pelaksana", "unit kerja")),
        Field("jenis", "choice", "jenis", True, ("jenis inovasi",), choice="jenis"),
        Field("bentuk", "choice", "bentuk", True, ("bentuk inovasi",), choice="bentuk"),
        Field("tahapan", "choice", "tahapan", True, ("tahapan inovasi",), choice="tahapan"),
        Field("inisiator", "choice", "inisiator", True, ("inisiator inovasi",), choice="inisiator"),
        Field("urusan", "urusan", "urusan", True, ("urusan pemerintahan", "urusan inovasi")),
        Field("tanggal_uji_coba", "date", "trial_date", False, ("tgl uji coba", "waktu uji coba")),
        Field("tanggal_penerapan", "date", "launch_date", False, ("tgl penerapan", "waktu penerapan")),
        Field("deskripsi", "text", "description", False, ("keterangan", "uraian")),
        Field("perubahan", "bool", "has_change", False, ("ada perubahan",)),
        Field("dampak_terukur", "bool", "has_measured_impact", False, ("dampak",)),
        Field("metode_baru", "bool", "has_new_method", False, ("metode",)),
        Field("kolaborasi", "bool", "has_collaboration", False, ()),
    )
    levels = tuple(Field(code, "level", code, False, (name,)) for code, name in indicators)
    return base + levels


RESULT_FIELDS: tuple[Field, ...] = (
    Field("daerah", "region", "region", True, ("region", "nama daerah", "pemda", "pemerintah daerah")),
    Field("provinsi", "text", "province", True, ("province",)),
    Field("jenis_daerah", "choice", "kind", False, ("kind", "jenis pemda"), choice="jenis_daerah"),
    Field("tahun", "year", "year", True, ("year", "tahun penilaian")),
    Field("skor", "score", "score", True, ("score", "nilai", "indeks", "skor iid", "nilai indeks")),
    Field("predikat", "choice", "predicate", False, ("predicate",), choice="predikat"),
    Field("peringkat", "rank", "rank", False, ("rank", "ranking")),
    Field("lingkup_peringkat", "text", "rank_scope", False, ("rank scope", "lingkup")),
    Field("sumber", "text", "source", True, ("source", "sumber data", "referensi")),
)

INNOVATION_COLUMNS = (
    "innovation_id", "year", "opd_id", "name", "unit", "jenis", "bentuk", "tahapan", "inisiator",
    "urusan", "trial_date", "launch_date", "description", "has_change", "has_measured_impact",
    "has_new_method", "has_collaboration", "is_sample", "load_id",
)  # fmt: skip
RESULT_COLUMNS = (
    "region", "province", "kind", "year", "score", "predicate", "rank", "rank_scope", "source", "load_id",
)  # fmt: skip
TARGET_TABLE = {"inovasi": "innovation", "hasil": "index_result"}
# The columns that identify a row (Record.key): an innovation, an official result.
IDENTITY = {"inovasi": ("tahun", "opd", "nama_inovasi"), "hasil": ("daerah", "tahun")}
# The column a duplicate row is reported on: the one a person changes to tell two rows apart.
IDENTITY_COLUMN = {"inovasi": "nama_inovasi", "hasil": "daerah"}


def fields_for(kind: str, con: duckdb.DuckDBPyConnection) -> tuple[Field, ...]:
    if kind == "inovasi":
        frame = query(con, "import_sid_indicators")
        return _innovation_fields(list(zip(frame["code"], frame["name"], strict=True)))
    if kind == "hasil":
        return RESULT_FIELDS
    raise ValueError(kind)


FIELD_LABEL = {
    "year": "tahun", "opd_id": "opd", "name": "nama_inovasi", "trial_date": "tanggal_uji_coba",
    "launch_date": "tanggal_penerapan", "description": "deskripsi", "has_change": "perubahan",
    "has_measured_impact": "dampak_terukur", "has_new_method": "metode_baru",
    "has_collaboration": "kolaborasi", "is_sample": "status data contoh", "region": "daerah",
    "province": "provinsi", "kind": "jenis_daerah", "score": "skor", "predicate": "predikat",
    "rank": "peringkat", "rank_scope": "lingkup_peringkat", "source": "sumber",
}  # fmt: skip


def identity_key(kind: str, values: dict[str, Any]) -> tuple[Any, ...] | None:
    """The identity of a row from its stored values; None when a value of it could not be read."""
    if kind == "inovasi":
        if not {"year", "opd_id", "name"} <= values.keys():
            return None
        return (values["year"], values["opd_id"], name_key(values["name"]))
    if not {"region", "year"} <= values.keys():
        return None
    return (name_key(values["region"]), values["year"])


def name_key(name: str) -> str:
    """Identity form of a name: case, spacing and invisible characters do not make another innovation.

    Cleaned here too (not only at import), so a name stored before imports were cleaned still
    matches its clean spelling.
    """
    return collapse(clean_text(str(name))).casefold()
