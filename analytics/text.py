"""The one Bahasa Indonesia text catalogue, and Indonesian number and date formats.

Every word a user sees (the dashboard, CLI messages, the PDF and Excel exports) comes from here, so
the wording is consistent and can be reviewed in one place. Code stays English; this module holds
the Indonesian.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

MISSING = "–"

# Labels of stored values (the database keeps lower-case codes).
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

TEXT: dict[str, str] = {
    "app.title": "Dasbor Inovasi Daerah Kabupaten Pati",
    "app.subtitle": "Partisipasi OPD, jenis inovasi, dan Indeks Inovasi Daerah (IID)",
    "sample.badge": "data contoh",
    "sample.notice": (
        "Sebagian data yang tampil adalah **data contoh** (buatan, bukan data resmi OPD). "
        "Hasil indeks resmi selalu diberi sumbernya."
    ),
    "official.label": "resmi",
    "estimate.label": "perkiraan",
    "missing.label": "belum ada data",
    # database / CLI messages
    "db.missing": "Basis data belum ada: {path}. Jalankan `python -m analytics build` untuk membuatnya.",
    "db.cannot_open": "Basis data {path} tidak dapat dibuka: {reason}",
    "db.locked": (
        "Basis data {path} sedang dipakai proses lain untuk menulis. Tunggu sampai proses itu "
        "selesai, lalu coba lagi."
    ),
    "db.not_duckdb": "Berkas {path} bukan basis data DuckDB yang valid.",
    "db.has_imports": (
        "Basis data {path} berisi {n} impor data asli yang tidak ada di folder data/. Membangun "
        "ulang akan menghapusnya. Tambahkan --force bila memang itu yang dimaksud (salinan "
        "cadangan dibuat lebih dulu)."
    ),
    "build.done": "Basis data dibangun: {path} ({rows} baris, {seconds} detik).",
    "build.failed": "Pembangunan basis data gagal; basis data lama tidak diubah. Penyebab: {reason}",
    "build.backup": "Salinan cadangan basis data lama: {path}",
    "data.bad_file": "Berkas {file}, baris {row}, kolom '{column}': {reason}",
    "data.missing_file": "Berkas data tidak ditemukan: {file}",
    "data.missing_columns": "Berkas {file}: kolom wajib tidak ada: {columns}",
    "info.tables": "Tabel dan jumlah baris",
    "info.years": "Tahun penilaian",
    "info.opd": "OPD (termasuk kecamatan)",
    "info.kecamatan": "Kecamatan",
    "info.official": "Hasil resmi IID",
    "info.sample_rows": "Baris data contoh",
}


def t(key: str, **values: Any) -> str:
    """The catalogue text for `key`, with `{placeholders}` filled in."""
    text = TEXT[key]
    return text.format(**values) if values else text


def label(value: str | None) -> str:
    """Display label of a stored code (jenis, bentuk, tahapan, ...); unknown codes pass through."""
    if value is None:
        return MISSING
    return LABELS.get(value, value)


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(math.isnan(value))
    except TypeError:
        return False


def fmt_number(value: Any, decimals: int = 0) -> str:
    """Indonesian number format: '.' groups thousands, ',' marks decimals (1.234,56)."""
    if _is_missing(value):
        return MISSING
    text = f"{float(value):,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def fmt_score(value: Any) -> str:
    """An index score with two decimals: 58,11."""
    return fmt_number(value, 2)


def fmt_percent(share: Any, decimals: int = 0) -> str:
    """A share (0..1) as an Indonesian percentage: 0.452 -> '45 %'."""
    if _is_missing(share):
        return MISSING
    return f"{fmt_number(float(share) * 100, decimals)} %"


def fmt_signed(value: Any, decimals: int = 2) -> str:
    """A change with its sign: +5,11 / −2,00."""
    if _is_missing(value):
        return MISSING
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    return f"{sign}{fmt_number(abs(value), decimals)}"


def fmt_date(value: dt.date | dt.datetime | None) -> str:
    """Indonesian long date: 13 Desember 2022 (missing values, NaT included, give '–')."""
    try:
        return f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    except (AttributeError, TypeError, ValueError, IndexError):
        return MISSING
