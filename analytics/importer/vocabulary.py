"""The importer's vocabulary: the spellings it accepts for each stored code, and the codes it allows.

Kept together in this one small module so that it can be pointed at the project's one home for
domain facts (the allowed values are shared with the template, the filters and the schema's checks).
`norm_key` is the matching form every header and coded value is compared in.
"""

from __future__ import annotations

import re
from typing import Any

from analytics.sanitize import clean_text
from analytics.text import MONTHS


def norm_key(value: Any) -> str:
    """Matching form of a header or a value: lower case, any run of non-letters/digits is one space."""
    return re.sub(r"[^0-9a-z]+", " ", clean_text(str(value)).lower()).strip()


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# Accepted spellings (in norm_key form) of each stored code. The display labels of text.LABELS
# normalise to entries here too.
CHOICES: dict[str, dict[str, str]] = {
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
# The values shown in messages, templates and dropdowns (stored codes, in the template's words).
ALLOWED: dict[str, tuple[str, ...]] = {
    "jenis": ("digital", "non-digital"),
    "bentuk": ("tata kelola pemerintahan daerah", "pelayanan publik", "inovasi daerah lainnya"),
    "tahapan": ("inisiatif", "uji coba", "penerapan"),
    "inisiator": ("kepala daerah", "anggota dprd", "opd", "asn", "masyarakat"),
    "jenis_daerah": ("kabupaten", "kota", "provinsi"),
    "predikat": (
        "Sangat Inovatif",
        "Inovatif",
        "Kurang Inovatif",
        "Tidak Dapat Dinilai",
        "Disclaimer",
        "Terinovatif",
    ),
}
YES = {"ya", "y", "iya", "yes", "true", "benar", "1", "ada", "v", "x", "\u2713"}
NO = {"tidak", "tdk", "t", "n", "no", "false", "salah", "0", "tidak ada", "-", ""}

MONTH_NUMBERS: dict[str, int] = {}
for _i, _name in enumerate(MONTHS, start=1):
    MONTH_NUMBERS[_name.lower()] = _i
    MONTH_NUMBERS[_name.lower()[:3]] = _i
MONTH_NUMBERS.update(
    {
        "agt": 8, "ags": 8, "agu": 8, "sept": 9, "nop": 11, "des": 12,
        # English month names appear in files exported from English-language Excel
        "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
        "august": 8, "october": 10, "december": 12, "feb": 2, "mar": 3, "aug": 8, "oct": 10, "dec": 12,
    }
)  # fmt: skip
