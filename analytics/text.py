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
    # scoring engine and method files (score.*)
    "score.method.error": "{file}: {field} {problem}",
    "score.method.not_found": "Berkas metode tidak ditemukan: {path}",
    "score.method.unreadable": "Berkas metode {path} tidak dapat dibaca: {reason}",
    "score.method.toml": "{file}: bukan TOML yang sah ({reason})",
    "score.method.none": "Tidak ada berkas metode iid_<tahun>.toml di {path}",
    "score.method.same_year": "Dua berkas metode untuk tahun {year}: {a} dan {b}",
    "score.method.missing": "wajib diisi",
    "score.method.table": "harus berupa tabel",
    "score.method.list": "harus berupa daftar yang tidak kosong",
    "score.method.int_ge": "harus bilangan bulat ≥ {min}",
    "score.method.number_ge": "harus bilangan ≥ {min}",
    "score.method.text": "harus teks yang tidak kosong",
    "score.method.bool": "harus true atau false",
    "score.method.year": "harus tahun antara 2000 dan 2100",
    "score.method.provenance": "harus salah satu dari official, reconstructed, assumption (tertulis '{value}')",
    "score.method.rule": "'{value}' tidak didukung; yang didukung hanya '{rule}'",
    "score.method.code": "'{value}' bukan kode yang sah (huruf kecil, angka, garis bawah; diawali huruf)",
    "score.method.duplicate": "'{code}' sudah dipakai sebelumnya",
    "score.method.unknown_key": "tidak dikenal (yang boleh: {allowed})",
    "score.method.level_range": "harus lebih besar dari levels.min ({min})",
    "score.method.sum_mismatch": "= {value}, padahal jumlah bobot × tingkat maksimum = {expected}",
    "score.method.total_mismatch": "= {value}, padahal SPD + kematangan SID + skor jumlah inovasi = {expected}",
    "score.method.steps_first": "langkah pertama harus min_innovations = 0",
    "score.method.steps_order": "harus lebih besar dari langkah sebelumnya (urutan naik)",
    "score.method.steps_score": "tidak boleh lebih kecil dari skor langkah sebelumnya",
    "score.method.steps_max": "harus sama dengan skor langkah tertinggi ({value}), tertulis {max}",
    "score.method.band_order": "harus ≥ min",
    "score.method.bands_cover": "harus mencakup 0 sampai 100 tanpa celah atau tumpang-tindih ({detail})",
    "score.part.levels": "tingkat bukti {min}–{max}",
    "score.part.total": "total maksimum {value}",
    "score.part.divisor": "pembagi MAX({value}, n)",
    "score.part.max_maturity": "kematangan maksimum {value} per inovasi",
    "score.part.sid_rule": "skor indikator SID = bobot × tingkat",
    "score.part.sid_weights": "bobot {n} indikator SID",
    "score.part.spd_max": "skor SPD maksimum {value}",
    "score.part.spd_rule": "skor indikator SPD = bobot × tingkat",
    "score.part.spd_weights": "daftar dan bobot {n} indikator SPD",
    "score.part.count_max": "skor jumlah inovasi maksimum {value}",
    "score.part.count_steps": "tabel skor jumlah inovasi",
    "score.part.bands": "batas predikat",
    "score.part.with_provenance": "{part} ({provenance})",
    "score.bad_score": "Skor {value} di luar rentang 0–100.",
    "score.no_data": "Tidak ada data untuk tahun penilaian {year}. Tahun yang ada: {years}.",
    "score.bad_target": "Target harus bilangan antara 0 dan 100 (tertulis {value}).",
    "score.bad_level": "Tingkat bukti {level} untuk {what} di luar rentang {min}–{max}.",
    "score.unknown_innovation": "Inovasi dengan id {id} tidak ada pada tahun {year}.",
    "score.unknown_indicator": "Kode indikator {aspect} '{code}' tidak dikenal dalam metode {method}.",
    "score.bad_maturity": "Kematangan harus antara 0 dan {max} (tertulis {value}).",
    "score.effect.lowers": (
        "Menambah inovasi dengan kematangan {maturity} (rata-rata sekarang {average}) menurunkan IID "
        "perkiraan sebesar {delta} poin. Inovasi baru menaikkan skor bila kematangannya minimal {break_even}."
    ),
    "score.plan.already": "IID perkiraan sudah mencapai target {target}.",
    "score.plan.unreachable": (
        "Target {target} tidak tercapai walau semua bukti dinaikkan ke tingkat {max}: "
        "paling tinggi {best} dengan inovasi yang ada."
    ),
    "score.plan.capped": "Dibutuhkan lebih dari {max_steps} langkah; hanya {max_steps} langkah pertama yang dicantumkan.",
    "score.plan.few_innovations": (
        "Baru {n} inovasi (kurang dari {divisor}): jumlah kematangan tetap dibagi {divisor}, jadi setiap "
        "inovasi baru yang berbukti menaikkan kematangan SID."
    ),
    "score.plan.count_step": (
        "Menambah {k} inovasi lagi menaikkan skor jumlah inovasi dari {old} ke {new} (+{iid} poin IID), "
        "asalkan kematangannya tidak di bawah rata-rata ({avg})."
    ),
    "score.step.sid": "Naikkan bukti '{indicator}' pada inovasi '{innovation}' ({opd}) dari tingkat {from_level} ke {to_level}",
    "score.step.spd": "Lengkapi bukti SPD '{indicator}' dari tingkat {from_level} ke {to_level}",
    "score.cli.help": "perkiraan Indeks Inovasi Daerah satu tahun penilaian dari bukti yang tersimpan",
    "score.cli.description": (
        "Hitung PERKIRAAN Indeks Inovasi Daerah (bukan hasil resmi) untuk satu tahun penilaian, "
        "dengan metode tahun itu (analytics/methods/iid_<tahun>.toml) atau berkas --method."
    ),
    "score.cli.year": "tahun penilaian, misalnya 2022",
    "score.cli.method": "berkas metode TOML (bawaan: metode tahun penilaian itu)",
    "score.cli.json": "keluaran satu objek JSON",
    "score.cli.target": "tambahkan jalan menuju target ini (misalnya 60.01): langkah perbaikan bukti",
    "score.cli.title": "PERKIRAAN Indeks Inovasi Daerah {region} {year}",
    "score.cli.sample": "(data contoh)",
    "score.cli.iid": "IID perkiraan",
    "score.cli.parts": "SPD {spd} dari {spd_max} · kematangan SID {sid} dari {sid_max} · skor jumlah inovasi {count} dari {count_max} · total maksimum {total}",
    "score.cli.n": "Jumlah inovasi: {n} (pembagi MAX({divisor_min}, n) = {divisor})",
    "score.cli.method_line": "Metode: {name} ({path})",
    "score.cli.reconstructed": "Bagian metode yang direkonstruksi atau asumsi:",
    "score.cli.official": "Hasil resmi {year}: {score}{predicate} — sumber: {source}",
    "score.cli.no_official": "Hasil resmi {year}: belum ada yang diterbitkan",
    "score.cli.plan": "Jalan menuju {target}: {n} langkah, IID perkiraan {start} → {final}",
    "score.cli.step": "{step:>3}. {description} (+{gain})",
    "score.cli.bad_number": "'{value}' bukan bilangan (contoh: 60,01)",
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
