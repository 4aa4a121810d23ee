"""Indonesia's regional governments, and the names people write for them.

The reference list `data/reference/wilayah.csv` (made by `scripts/wilayah.py` from a kept data
package; its source in `wilayah.sumber.txt`) holds every province, regency (kabupaten) and city
(kota) with its Kemendagri code. This module loads it and matches the names found in published
tables to one entry, whatever their spelling: "Kab. Pati", "KABUPATEN PATI", "Pemkab Pati",
"Pati" (the kabupaten, since there is no Kota Pati), "Kota Semarang", "DKI Jakarta". A name that
fits no entry, or more than one, gets a Bahasa Indonesia message naming the likely entries, so
the person who typed it can correct it.

`subject()` is the one place the region the dashboard is about is read; the ranking module and
the Peringkat page take it from there (a Kemendagri code), never from a name in their own code.

Plain Python (no Streamlit); the importer, the ranking module and the sample-table generator use it.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from analytics.db import DATA_DIR
from analytics.sanitize import clean_text
from analytics.text import t

REFERENCE_FILE = "reference/wilayah.csv"
NEIGHBOURS_FILE = "reference/tetangga.csv"
KINDS = ("provinsi", "kabupaten", "kota")

# Words in front of a name that say its kind (in _key form). "Pemerintah Kabupaten", "Pemkab" and
# the like are how a pemda signs its own documents.
_PREFIX_KIND = {
    "kabupaten": "kabupaten", "kab": "kabupaten", "pemkab": "kabupaten",
    "kota": "kota", "kot": "kota", "pemkot": "kota",
    "provinsi": "provinsi", "propinsi": "provinsi", "prov": "provinsi", "pemprov": "provinsi",
}  # fmt: skip
_FILLER = {"pemerintah", "pemda", "administrasi", "adm"}
# Short words inside names: "Kep. Seribu", "Sumatra" for Sumatera.
_TOKEN = {"kep": "kepulauan", "sumatra": "sumatera"}
# Short names of provinces in common use (in _key form), besides the name itself.
PROVINCE_ALIASES = {
    "daerah khusus ibukota jakarta": ("dki jakarta", "dk jakarta", "jakarta", "dki"),
    "daerah istimewa yogyakarta": ("di yogyakarta", "diy", "yogyakarta", "jogja"),
    "kepulauan bangka belitung": ("bangka belitung", "babel"),
    "kepulauan riau": ("kepri",),
    "jawa barat": ("jabar",), "jawa tengah": ("jateng",), "jawa timur": ("jatim",),
    "sumatera utara": ("sumut",), "sumatera barat": ("sumbar",), "sumatera selatan": ("sumsel",),
    "kalimantan barat": ("kalbar",), "kalimantan tengah": ("kalteng",),
    "kalimantan selatan": ("kalsel",), "kalimantan timur": ("kaltim",), "kalimantan utara": ("kaltara",),
    "sulawesi utara": ("sulut",), "sulawesi tengah": ("sulteng",), "sulawesi selatan": ("sulsel",),
    "sulawesi tenggara": ("sultra",), "sulawesi barat": ("sulbar",),
    "nusa tenggara barat": ("ntb",), "nusa tenggara timur": ("ntt",),
}  # fmt: skip
SUGGESTIONS = 3
SUGGESTION_MIN_SCORE = 80
SUGGESTION_SPREAD = 8


@dataclass(frozen=True)
class Region:
    """One regional government of the reference list."""

    code: str  # Kemendagri: "33" a province, "33.18" a regency or city
    name: str  # "Kabupaten Pati", "Kota Semarang", "Provinsi Jawa Tengah"
    kind: str  # provinsi | kabupaten | kota
    autonomous: bool  # False: an administrative city/regency of DKI Jakarta (no index of its own)
    province_code: str
    province: str  # "Jawa Tengah"

    def describe(self) -> str:
        """'Kabupaten Pati (Jawa Tengah)': a name with its province, for messages and choices."""
        return self.name if self.kind == "provinsi" else f"{self.name} ({self.province})"


@dataclass(frozen=True)
class Match:
    """What a written name was matched to: one region, or the reason (Bahasa Indonesia) and the
    template column the reason is about (daerah, provinsi or jenis_daerah)."""

    region: Region | None
    message: str | None = None
    column: str = "daerah"

    @property
    def ok(self) -> bool:
        return self.region is not None


def _key(text: str) -> str:
    """Matching form: clean, lower case, every run of non-letters/digits one space."""
    return re.sub(r"[^0-9a-z]+", " ", clean_text(str(text)).casefold()).strip()


def parse(text: str) -> tuple[str | None, str]:
    """The kind a written name states by its first word(s), and the rest in matching form.

    'Kab. Pati' -> ('kabupaten', 'pati'); 'Kota Adm. Jakarta Pusat' -> ('kota', 'jakarta pusat');
    'Pati' -> (None, 'pati'); 'Kotawaringin Barat' -> (None, 'kotawaringin barat').
    """
    tokens = [_TOKEN.get(w, w) for w in _key(text).split()]
    kind = None
    while tokens and (tokens[0] in _FILLER or (kind is None and tokens[0] in _PREFIX_KIND)):
        word = tokens.pop(0)
        kind = _PREFIX_KIND.get(word, kind)
    return kind, " ".join(tokens)


def _compact(core: str) -> str:
    # "Toli-Toli" and "Tolitoli", "Gunung Kidul" and "Gunungkidul" are one name
    return core.replace(" ", "")


class Reference:
    """The reference list, indexed for matching."""

    def __init__(self, regions: Iterable[Region], neighbours: Iterable[tuple[str, str]] = ()):
        self.regions = tuple(regions)
        self.by_code = {r.code: r for r in self.regions}
        self.by_name = {r.name: r for r in self.regions}
        self._by_core: dict[str, list[Region]] = {}
        self._provinces: dict[str, Region] = {}  # province name or alias (_key, compact) -> its row
        for region in self.regions:
            keys = {parse(region.name)[1]}
            if region.kind == "provinsi":
                core = _key(region.province)
                keys |= {core, *PROVINCE_ALIASES.get(core, ())}
                for key in keys | {_key(region.name)}:
                    self._provinces[_compact(key)] = region
            for key in keys:
                bucket = self._by_core.setdefault(_compact(key), [])
                if region not in bucket:
                    bucket.append(region)
        self._cores = [(r, parse(r.name)[1]) for r in self.regions]
        self._neighbours: dict[str, list[str]] = {}
        for code, other in neighbours:
            self._neighbours.setdefault(code, []).append(other)

    # ------------------------------------------------------------------------------------- lookups

    def province(self, text: str) -> Region | None:
        """The province row named by `text` ('Jawa Tengah', 'Provinsi Jawa Tengah', 'Jateng', '33')."""
        if text.strip() in self.by_code and self.by_code[text.strip()].kind == "provinsi":
            return self.by_code[text.strip()]
        return self._provinces.get(_compact(_key(text))) or self._provinces.get(_compact(parse(text)[1]))

    def scope(self, kind: str, province_code: str | None = None) -> list[Region]:
        """The autonomous governments of one kind, nationally or in one province (a ranking scope)."""
        return [
            r
            for r in self.regions
            if r.kind == kind and r.autonomous and (province_code is None or r.province_code == province_code)
        ]

    def neighbours(self, code: str) -> list[Region]:
        """The regions next to `code` (data/reference/tetangga.csv), in the file's order."""
        return [self.by_code[c] for c in self._neighbours.get(code, []) if c in self.by_code]

    # ------------------------------------------------------------------------------------ matching

    def match(self, text: str, *, province: str | None = None, kind: str | None = None) -> Match:
        """The one region a written name means; `province` and `kind` (the table's provinsi and
        jenis_daerah cells, when filled) narrow the choice and must agree with it."""
        written = clean_text(str(text)).strip()
        if written in self.by_name and province is None and kind is None:
            return Match(self.by_name[written])  # the usual case: the name as the list writes it
        stated, core = parse(written)
        if stated and kind and stated != kind:
            return Match(
                None, t("region.match.kind_conflict", value=written, stated=stated, kind=kind), "jenis_daerah"
            )
        wanted = stated or kind
        candidates = [r for r in self._by_core.get(_compact(core), []) if wanted is None or r.kind == wanted]
        if province is not None and str(province).strip():
            home = self.province(str(province))
            if home is None:
                return Match(None, self._unknown_province(str(province)), "provinsi")
            inside = [r for r in candidates if r.province_code == home.province_code]
            if candidates and not inside:
                where = "; ".join(r.describe() for r in candidates)
                return Match(None, t("region.match.other_province", value=written, province=home.province, where=where), "provinsi")  # fmt: skip
            candidates = inside
        if len(candidates) == 1:
            return Match(candidates[0])
        if len(candidates) > 1:
            # an administrative city of Jakarta never has a result of its own
            autonomous = [r for r in candidates if r.autonomous]
            if len(autonomous) == 1:
                return Match(autonomous[0])
            names = "; ".join(r.describe() for r in candidates)
            return Match(None, t("region.match.ambiguous", value=written, names=names))
        return Match(None, self._unknown(written, kind, province))

    def suggestions(self, text: str, *, kind: str | None = None, province: str | None = None) -> list[str]:
        """Up to three entries ('Kabupaten Pati (Jawa Tengah)') whose names are close to `text`,
        of the kind it states (or `kind`), in `province` first when that is known."""
        stated, core = parse(text)
        wanted = stated or kind
        home = self.province(province) if province else None
        pool = [(r, c) for r, c in self._cores if wanted is None or r.kind == wanted]
        if home is not None:
            pool.sort(key=lambda item: item[0].province_code != home.province_code)
        found = process.extract(core, [c for _, c in pool], scorer=fuzz.WRatio, limit=SUGGESTIONS * 3)
        out: list[str] = []
        # names far behind the best one are noise ("Rokan Hulu" beside "Hulu Sungai Selatan")
        floor = max(SUGGESTION_MIN_SCORE, found[0][1] - SUGGESTION_SPREAD) if found else SUGGESTION_MIN_SCORE
        for _, score, index in found:
            name = pool[index][0].describe()
            if score >= floor and name not in out:
                out.append(name)
        return out[:SUGGESTIONS]

    def _unknown(self, written: str, kind: str | None, province: str | None) -> str:
        # "Kota Pati" has no near name among the kota: the kabupaten of that name is the likely one
        hint = self.suggestions(written, kind=kind, province=province) or self.suggestions(
            parse(written)[1], province=province
        )
        if hint:
            return t("region.match.unknown_hint", value=written, hint="; ".join(hint))
        return t("region.match.unknown", value=written)

    def _unknown_province(self, written: str) -> str:
        names = [r.province for r in self.regions if r.kind == "provinsi"]
        found = process.extract(written, names, scorer=fuzz.WRatio, processor=_key, limit=SUGGESTIONS)
        hint = [name for name, score, _ in found if score >= SUGGESTION_MIN_SCORE]
        if hint:
            return t("region.match.unknown_province_hint", value=written, hint="; ".join(hint))
        return t("region.match.unknown_province", value=written)


def _yes(value: str) -> bool:
    return value.strip().lower() in ("ya", "y", "true", "1")


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@functools.lru_cache(maxsize=4)
def reference(data_dir: Path = DATA_DIR) -> Reference:
    """The reference list (and the neighbours list) under `data_dir`, loaded once."""
    regions = [
        Region(
            code=row["kode"],
            name=row["nama"],
            kind=row["jenis"],
            autonomous=_yes(row["otonom"]),
            province_code=row["kode_provinsi"],
            province=row["provinsi"],
        )
        for row in _read(data_dir / REFERENCE_FILE)
    ]
    neighbours_path = data_dir / NEIGHBOURS_FILE
    pairs = (
        [(row["kode"], row["kode_tetangga"]) for row in _read(neighbours_path)]
        if neighbours_path.is_file()
        else []
    )
    return Reference(regions, pairs)


def subject(ref: Reference | None = None) -> Region:
    """The region the dashboard is about: the one place it is read for ranking (its code)."""
    # analytics.scoring.REGION names it today; a region-as-subject data file can replace it here
    from analytics.scoring import REGION

    ref = ref or reference()
    found = ref.match(REGION)
    if found.region is None:
        raise LookupError(found.message)
    return found.region
