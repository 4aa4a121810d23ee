"""The one Bahasa Indonesia text catalogue, with the Indonesian number and date formats beside it.

Every word a user sees (the dashboard, CLI messages, the PDF and Excel exports) comes from here, so
the wording is consistent and can be reviewed in one place. Code stays English; this module holds
the Indonesian. The sentences are split by area, one file each in this package (`importing`,
`pages`, `score`, `outputs`, `chrome`, `charts`, `cli`), and merged here into one dictionary `TEXT`
(a key defined in two files stops the import); keys are always written whole where they are used,
so a search for a key finds every use (`tests/test_text_keys.py`). Numbers and dates are formatted by `analytics.formats` (Babel, id_ID); the `fmt_*`
names here are that registry, re-exported so a caller imports words and formats from one place.

A sentence never types a value that lives in configuration (the evidence levels of the method
files, the import limits): it names it as a placeholder from `CONFIG_VALUES`, which `t` fills in
from the value's one home.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from typing import Any

from analytics import formats
from analytics.text import charts as _charts
from analytics.text import chrome as _chrome
from analytics.text import cli as _cli
from analytics.text import importing as _importing
from analytics.text import outputs as _outputs
from analytics.text import pages as _pages
from analytics.text import score as _score

MONTHS = formats.MONTHS
MISSING = formats.MISSING

# Labels of stored values (the database keeps lower-case codes; the codes and their order live in
# analytics/vocabulary.py, and tests/test_vocabulary.py checks that every code has a label here).
LABELS: dict[str, str] = {
    # jenis
    "digital": "Digital",
    "non-digital": "Non-digital",
    # bentuk
    "tata kelola pemerintahan daerah": "Tata kelola pemerintahan daerah",
    "pelayanan publik": "Pelayanan publik",
    "inovasi daerah lainnya": "Inovasi daerah lainnya sesuai urusan",
    # tahapan
    "inisiatif": "Inisiatif",
    "uji coba": "Uji coba",
    "penerapan": "Penerapan",
    # inisiator
    "kepala daerah": "Kepala daerah",
    "anggota dprd": "Anggota DPRD",
    "opd": "OPD (perangkat daerah)",
    "asn": "ASN",
    "masyarakat": "Masyarakat",
    # OPD kinds
    "sekretariat": "Sekretariat",
    "inspektorat": "Inspektorat",
    "badan": "Badan",
    "dinas": "Dinas",
    "satpol": "Satpol PP",
    "rsud": "RSUD",
    "kecamatan": "Kecamatan",
    # provenance of numbers in a method file
    "official": "resmi",
    "reconstructed": "rekonstruksi",
    "assumption": "asumsi",
}

# The catalogue, split by area (one file each, same keys as one dictionary): a key is defined once
TEXT: dict[str, str] = {}
for _area in (_importing, _pages, _score, _outputs, _chrome, _charts, _cli):
    _twice = TEXT.keys() & _area.TEXT.keys()
    if _twice:
        raise RuntimeError(f"text keys defined twice: {sorted(_twice)}")
    TEXT |= _area.TEXT


def _evidence_levels() -> range:
    """The evidence levels of the method files ([levels]), from their one home."""
    from analytics import vocabulary  # imported when used: the vocabulary reads its messages from here

    return vocabulary.evidence_levels()


def _import_limit(name: str) -> int:
    from analytics import importer  # imported when used: the importer reads its messages from here

    return int(getattr(importer, name))


# Placeholders that name a configuration value, and where each value is read. A caller may still
# pass its own value (a test's smaller limit, say); otherwise `t` fills these in.
CONFIG_VALUES: dict[str, Callable[[], str]] = {
    "level_none": lambda: str(_evidence_levels()[0]),  # 0: no evidence
    "level_first": lambda: str(_evidence_levels()[1]),  # 1: the first level with evidence
    "level_max": lambda: str(_evidence_levels()[-1]),  # 3
    "max_mb": lambda: formats.quantity(_import_limit("MAX_BYTES") / 1024 / 1024),  # 20
    "max_rows": lambda: formats.number(_import_limit("MAX_ROWS")),  # 200.000
}


def _placeholders(text: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in string.Formatter().parse(text) if name)


# the keys whose text names a configuration value, and those names
_CONFIG_KEYS = {
    key: names
    for key, text in TEXT.items()
    if (names := tuple(n for n in _placeholders(text) if n in CONFIG_VALUES))
}


def t(key: str, **values: Any) -> str:
    """The catalogue text for `key`, with `{placeholders}` filled in (configuration values from
    their home when the caller does not give them)."""
    text = TEXT[key]
    for name in _CONFIG_KEYS.get(key, ()):
        if name not in values:
            values[name] = CONFIG_VALUES[name]()
    return text.format(**values) if values else text


def label(value: str | None) -> str:
    """Display label of a stored code (jenis, bentuk, tahapan, ...); unknown codes pass through."""
    if value is None:
        return MISSING
    return LABELS.get(value, value)


# The number and date formats (see analytics.formats), under the names the code has always used.
fmt_number = formats.number
fmt_score = formats.score
fmt_quantity = formats.quantity
fmt_decimal = formats.decimal
fmt_percent = formats.percent
fmt_signed = formats.signed
fmt_megabytes = formats.megabytes
fmt_kilobytes = formats.kilobytes
fmt_date = formats.date
fmt_datetime = formats.date_time
parse_decimal = formats.parse_decimal


# The official sources are stored exactly as the shared domain reference gives them (some notes in
# English); on screen and in handouts their few English words are shown in Bahasa Indonesia.
SOURCE_TERMS = (
    ("press report of IID 2023", "pemberitaan pers tentang IID 2023"),
    ("one of 47 kabupaten rated", "salah satu dari 47 kabupaten berpredikat"),
    ("one outlet wrote", "satu media menulis"),
    ("reported as", "diberitakan sebagai"),
    ("as reported by", "sebagaimana diberitakan oleh"),
    ("(of ", "(dari "),
    (" and ", " dan "),
    (" Dec ", " Des "),
)


def source_label(source: str | None) -> str:
    """A stored source or rank scope for display: its English words in Bahasa Indonesia."""
    if source is None or (isinstance(source, float) and source != source):
        return MISSING
    text = f" {source} "
    for english, indonesian in SOURCE_TERMS:
        text = text.replace(english, indonesian)
    return text.strip()
