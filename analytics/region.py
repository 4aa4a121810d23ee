"""The region the dashboard is about (the subject): its name, short name, kind, province and code.

Nothing in the code or the text catalogue names a region. The subject is one file in the data
folder, `reference/daerah.toml` (read and checked by `subject()`), which the build copies into the
database (table `subject_region`); everything that reads the database (pages, CLI, PDF, Excel,
snapshot, follow-up sheets) asks `subject_of(con)`. Catalogue strings say `{daerah}`,
`{daerah_singkat}`, `{jenis_daerah}` or `{provinsi}`, filled from `Region.words()`; SQL compares
with `$subject_region` / `$subject_province` from `Region.params()`.

The code is the region's Kemendagri code ("33.18": province 33, regency 18), so a national
reference list of regions can find the subject by code rather than by spelling.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from analytics.db import DatabaseError, data_dir, query
from analytics.text import t

SUBJECT_FILE = "reference/daerah.toml"
KINDS = ("kabupaten", "kota", "provinsi")
# Kemendagri codes: "33" for a province, "33.18" for a kabupaten or kota in it.
_PROVINCE_CODE = re.compile(r"\d{2}")
_REGENCY_CODE = re.compile(r"\d{2}\.\d{2}")
# tomllib's message ends with "(at line 3, column 7)"; only the line is said (the rest is English).
_TOML_LINE = re.compile(r"at line (\d+)")
# The file's keys (Bahasa Indonesia, as a Bappeda edits it) and the Region fields they fill.
_FIELDS = {
    "kode": "code",
    "nama": "name",
    "nama_singkat": "short_name",
    "jenis": "kind",
    "provinsi": "province",
}


class RegionError(ValueError):
    """A subject file that cannot be used; the message (Bahasa Indonesia) names the file and key."""


@dataclass(frozen=True)
class Region:
    """The subject region (see the module docstring)."""

    code: str  # Kemendagri code, e.g. "33.18"
    name: str  # e.g. "Kabupaten Pati"
    short_name: str  # e.g. "Pati"
    kind: str  # kabupaten | kota | provinsi
    province: str  # e.g. "Jawa Tengah" (a provinsi's own name)

    @property
    def province_code(self) -> str:
        return self.code[:2]

    def words(self) -> dict[str, str]:
        """The catalogue placeholders that speak of the subject: t(key, **region.words())."""
        return {
            "daerah": self.name,
            "daerah_singkat": self.short_name,
            "jenis_daerah": self.kind,
            "provinsi": self.province,
        }

    def params(self) -> dict[str, str]:
        """The SQL parameters that pick the subject's rows: query(con, name, **region.params())."""
        return {"subject_region": self.name, "subject_province": self.province}


def subject(folder: str | Path | None = None) -> Region:
    """The subject region from `<data folder>/reference/daerah.toml`, checked.

    `folder` defaults to the data folder of `analytics.db.data_dir()` ($INOVASI_DATA or data/).
    """
    path = data_dir(folder) / SUBJECT_FILE
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise RegionError(t("region.missing", file=SUBJECT_FILE)) from exc
    except tomllib.TOMLDecodeError as exc:
        line = _TOML_LINE.search(str(exc))
        raise RegionError(t("region.not_toml", file=SUBJECT_FILE, line=line[1] if line else "?")) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise RegionError(t("region.unreadable", file=SUBJECT_FILE)) from exc
    return parse(raw, SUBJECT_FILE)


def parse(raw: dict[str, Any], file: str = SUBJECT_FILE) -> Region:
    """A Region from the keys of a subject file, or RegionError naming the first wrong key."""
    values = {}
    for key, field in _FIELDS.items():
        value = raw.get(key)
        if not isinstance(value, str) or not value.strip():
            raise RegionError(t("region.bad_key", file=file, name=key, reason=t("region.reason.empty")))
        values[field] = value.strip()
    unknown = sorted(set(raw) - set(_FIELDS))
    if unknown:
        raise RegionError(
            t(
                "region.bad_key",
                file=file,
                name=unknown[0],
                reason=t("region.reason.unknown", known=", ".join(_FIELDS)),
            )
        )
    values["kind"] = values["kind"].lower()
    region = Region(**values)
    if region.kind not in KINDS:
        raise RegionError(
            t("region.bad_key", file=file, name="jenis", reason=t("region.reason.kind", value=region.kind))
        )
    pattern = _PROVINCE_CODE if region.kind == "provinsi" else _REGENCY_CODE
    if not pattern.fullmatch(region.code):
        example = "33" if region.kind == "provinsi" else "33.18"
        raise RegionError(
            t(
                "region.bad_key",
                file=file,
                name="kode",
                reason=t("region.reason.code", value=region.code, kind=region.kind, example=example),
            )
        )
    return region


def subject_of(con: duckdb.DuckDBPyConnection) -> Region:
    """The subject region of the database `con` (stored by the build from the data folder)."""
    try:
        rows = query(con, "subject_region")
    except duckdb.CatalogException:
        # a database built before the subject was stored (it may hold imports, so it is not
        # rebuilt just for this): the data folder's file names the region instead
        try:
            return subject()
        except RegionError as exc:
            raise DatabaseError(str(exc)) from exc
    if len(rows) != 1:  # the build stores exactly one; anything else is a damaged database
        raise DatabaseError(t("region.not_one", n=len(rows)))
    r = rows.iloc[0]
    return Region(
        code=str(r["code"]),
        name=str(r["name"]),
        short_name=str(r["short_name"]),
        kind=str(r["kind"]),
        province=str(r["province"]),
    )
