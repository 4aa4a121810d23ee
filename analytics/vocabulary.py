"""The values the data may hold, in one place: what every reader, writer and check agrees on.

An innovation's jenis, bentuk, tahapan and inisiator, the kind of an OPD or of a region, the words
read as yes or no, the years data may be entered for and the evidence levels all live here, and
everything else takes them from here: the filters of the dashboard and the CLI (`analytics.scope`,
`ui/filters.py`), the importer and its Excel template, the build from data/, the charts, and the
checks of the stored tables (`analytics/sql/schema.sql`, compared with this module by
tests/test_vocabulary.py). The display labels of the codes stay in the text catalogue
(`analytics.text.LABELS`); this module holds the codes and their order.

The evidence levels are not typed here: they are the `[levels]` of the index method files
(`analytics/methods/iid_<year>.toml`), read by `evidence_levels()`.

Plain Python (no Streamlit), so the CLI, the build and the tests share it.
"""

from __future__ import annotations

import datetime as dt
import functools

# ----------------------------------------------------------------------------- innovation attributes
# Stored codes in the order they are shown and offered (PP 38/2017 and the BSKDN decks; see
# docs and the domain reference). Labels: analytics.text.LABELS.

JENIS = ("digital", "non-digital")
BENTUK = ("tata kelola pemerintahan daerah", "pelayanan publik", "inovasi daerah lainnya")
# in the order an innovation goes through them (the pipeline chart draws them left to right)
TAHAPAN = ("inisiatif", "uji coba", "penerapan")
INISIATOR = ("kepala daerah", "anggota dprd", "opd", "asn", "masyarakat")

# The four criteria of an innovation (the Ministry's speaker, December 2022 workshop): the word the
# dashboard counts it under (analytics/sql/innovation_counts_by_attribute.sql) -> its stored column.
CRITERIA = {
    "perubahan": "has_change",
    "dampak terukur": "has_measured_impact",
    "metode baru": "has_new_method",
    "kolaborasi": "has_collaboration",
}

# Kinds of OPD, in display order: the regency's own units first, the 21 kecamatan as the last group.
OPD_KINDS = ("sekretariat", "inspektorat", "badan", "dinas", "satpol", "rsud", "kecamatan")

# ----------------------------------------------------------------------------- official results
REGION_KINDS = ("kabupaten", "kota", "provinsi")
# Predicates as results are published: the bands of today's method files and two older names
# ("Disclaimer" was the 2020 name of Tidak Dapat Dinilai; "Terinovatif" is an award title that
# some publications print in the predicate column).
PUBLISHED_PREDICATES = (
    "Sangat Inovatif",
    "Inovatif",
    "Kurang Inovatif",
    "Tidak Dapat Dinilai",
    "Disclaimer",
    "Terinovatif",
)

# The allowed values of each coded column of the import templates (template column -> codes).
ALLOWED: dict[str, tuple[str, ...]] = {
    "jenis": JENIS,
    "bentuk": BENTUK,
    "tahapan": TAHAPAN,
    "inisiator": INISIATOR,
    "jenis_daerah": REGION_KINDS,
    "predikat": PUBLISHED_PREDICATES,
}

# Other spellings people type for each code, in the importer's matching form (lower case, any run
# of non-letters/digits one space: importer.norm_key). Every code is a spelling of itself; the
# display labels of text.LABELS normalise to entries here too (tests/test_vocabulary.py).
SPELLINGS: dict[str, dict[str, str]] = {
    "jenis": {
        "digital": "digital",
        "daring": "digital",
        "online": "digital",
        "inovasi digital": "digital",
        "non digital": "non-digital",
        "nondigital": "non-digital",
        "non digitial": "non-digital",
        "luring": "non-digital",
        "offline": "non-digital",
        "inovasi non digital": "non-digital",
    },
    "bentuk": {
        "tata kelola pemerintahan daerah": "tata kelola pemerintahan daerah",
        "tata kelola pemerintahan": "tata kelola pemerintahan daerah",
        "tata kelola pemda": "tata kelola pemerintahan daerah",
        "tata kelola": "tata kelola pemerintahan daerah",
        "inovasi tata kelola pemerintahan daerah": "tata kelola pemerintahan daerah",
        "pelayanan publik": "pelayanan publik",
        "layanan publik": "pelayanan publik",
        "pelayanan": "pelayanan publik",
        "inovasi pelayanan publik": "pelayanan publik",
        "inovasi daerah lainnya": "inovasi daerah lainnya",
        "inovasi daerah lainnya sesuai urusan": "inovasi daerah lainnya",
        "inovasi daerah lainnya sesuai urusan pemerintahan": "inovasi daerah lainnya",
        "inovasi daerah lainnya sesuai dengan urusan pemerintahan yang menjadi kewenangan daerah": (
            "inovasi daerah lainnya"
        ),
        "inovasi lainnya": "inovasi daerah lainnya",
        "lainnya": "inovasi daerah lainnya",
    },
    "tahapan": {
        "inisiatif": "inisiatif",
        "inisiasi": "inisiatif",
        "uji coba": "uji coba",
        "ujicoba": "uji coba",
        "penerapan": "penerapan",
        "diterapkan": "penerapan",
        "implementasi": "penerapan",
    },
    "inisiator": {
        "kepala daerah": "kepala daerah",
        "kdh": "kepala daerah",
        "bupati": "kepala daerah",
        "wakil bupati": "kepala daerah",
        "anggota dprd": "anggota dprd",
        "dprd": "anggota dprd",
        "opd": "opd",
        "perangkat daerah": "opd",
        "opd perangkat daerah": "opd",
        "asn": "asn",
        "pns": "asn",
        "aparatur sipil negara": "asn",
        "masyarakat": "masyarakat",
        "warga": "masyarakat",
    },
    "jenis_daerah": {
        "kabupaten": "kabupaten",
        "kab": "kabupaten",
        "kota": "kota",
        "provinsi": "provinsi",
        "prov": "provinsi",
    },
    "predikat": {
        "sangat inovatif": "Sangat Inovatif",
        "inovatif": "Inovatif",
        "kurang inovatif": "Kurang Inovatif",
        "tidak dapat dinilai": "Tidak Dapat Dinilai",
        "disclaimer": "Disclaimer",
        "terinovatif": "Terinovatif",
    },
}

# ----------------------------------------------------------------------------- yes and no
# The words written for a yes/no column (template dropdowns, the sample CSVs) ...
YES = "ya"
NO = "tidak"
# ... and every word read as one (lower case; a blank cell is "no": a criterion not stated is
# not met). The build from data/ and the importer read the same words.
YES_WORDS = frozenset({"ya", "y", "iya", "yes", "true", "benar", "1", "ada", "v", "x", "\u2713"})
NO_WORDS = frozenset({"tidak", "tdk", "t", "n", "no", "false", "salah", "0", "tidak ada", "-", ""})

# ----------------------------------------------------------------------------- years
# The earliest assessment year data may hold. 2010, not the 2000 the table check once said: the
# importer and its template (the doors real data comes in by) have always refused earlier years,
# the index itself is assessed from 2018 on (Permendagri 104/2018), and 2010 leaves room for
# innovation lists kept before it. One bound for the tables, the importer, the template, the
# method files and the link check.
FIRST_YEAR = 2010
# The latest year a stored row or a method file may name: a bound against typing errors
# ("20224"), not a forecast. Data entry is bounded more tightly by `last_entry_year()`.
LAST_YEAR = 2100


def last_entry_year(today: dt.date | None = None) -> int:
    """The latest assessment year data may be entered for: next year (a round is prepared ahead)."""
    return (today or dt.date.today()).year + 1


# ----------------------------------------------------------------------------- evidence levels


@functools.cache
def evidence_levels() -> range:
    """The evidence levels a stored row may hold (0 = no evidence): the `[levels]` of the method
    files. Every method file must declare the same range, because the stored levels are scored by
    whichever method a year uses; files that differ raise MethodError naming them."""
    # imported here: analytics.methods takes the year bounds from this module
    from analytics.methods import MethodError, available_methods
    from analytics.text import t

    methods = available_methods()
    first = methods[0]
    for other in methods[1:]:
        if (other.level_min, other.level_max) != (first.level_min, first.level_max):
            raise MethodError(
                t(
                    "score.method.levels_differ",
                    a=first.file_name,
                    b=other.file_name,
                    range_a=f"{first.level_min}–{first.level_max}",
                    range_b=f"{other.level_min}–{other.level_max}",
                )
            )
    return range(first.level_min, first.level_max + 1)
