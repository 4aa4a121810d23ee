"""The command line (`python -m analytics`) and editors' accounts."""

TEXT: dict[str, str] = {
    "cli.usage": "cara pakai:",
    "cli.positionals": "argumen",
    "cli.options": "pilihan",
    "cli.help": "tampilkan bantuan ini lalu keluar",
    "cli.build.help": "bangun basis data dari folder data (atomik)",
    "cli.info.help": "isi basis data: daerah, tabel, tahun, OPD, hasil resmi",
    "cli.sample.help": "buat ulang data contoh (data/sample/*.csv) dari benih acak tetap",
    "cli.error": "galat",
    "cli.err.required": "argumen ini wajib diisi: {args}",
    "cli.err.unrecognized": "argumen tidak dikenal: {args}",
    "cli.err.choice": "{arg}: pilihan {value} tidak ada (pilih dari {choices})",
    "cli.err.value": "{arg}: nilai {value} tidak sah",
    "cli.err.one_value": "{arg}: perlu satu nilai",
    "cli.err.not_allowed": "{arg} tidak boleh dipakai bersama {other}",
    "info.subject": "Daerah: {name} ({kind}, {province}; kode Kemendagri {code})",
    "info.tables": "Tabel dan jumlah baris",
    "info.years": "Tahun penilaian",
    "info.opd": "OPD (termasuk kecamatan)",
    "info.kecamatan": "Kecamatan",
    "info.official": "Hasil resmi IID",
    "info.sample_rows": "Baris data contoh",
    "info.year_summary": "Ringkasan per tahun",
    "info.year_row": "{year}: {n} inovasi, {x} dari {total} OPD berinovasi ({coverage}), digital {digital}",
    # editors and sign-in (analytics.auth, ui.auth)
    "auth.file_bad": "Berkas editor {path} tidak dapat dibaca: {reason}",
    "auth.file_unwritable": "Berkas editor {path} tidak dapat ditulis: {reason}",
    "auth.bad_username": (
        "Nama editor '{name}' tidak valid: 2–32 huruf kecil, angka, titik, garis bawah atau tanda hubung."
    ),
    "auth.weak_password": (
        "Kata sandi terlalu lemah: paling sedikit {n} karakter, tanpa spasi di awal/akhir, dan tidak sama dengan nama."
    ),
    "auth.exists": "Editor '{name}' sudah ada. Tambahkan --replace untuk mengganti kata sandinya.",
    "auth.unknown": "Editor '{name}' tidak ada.",
    "auth.wrong": "Nama atau kata sandi salah.",
    "auth.wait": "Terlalu banyak percobaan yang salah. Coba lagi dalam {seconds} detik.",
    "auth.busy": "Terlalu banyak percobaan masuk ke dasbor saat ini. Coba lagi dalam {seconds} detik.",
    "auth.welcome": "Masuk sebagai {name}.",
    "auth.sign_in_title": "Masuk editor",
    "auth.name": "Nama editor",
    "auth.password": "Kata sandi",
    "auth.sign_in": "Masuk",
    "auth.sign_out": "Keluar",
    "auth.signed_in_as": "Masuk sebagai editor **{name}**.",
    "auth.no_editors": (
        "Belum ada editor. Administrator menambahkannya di server dengan "
        "`python -m analytics editor add NAMA`."
    ),
    "auth.cli.help": "kelola editor yang boleh mengimpor data (tambah, hapus, daftar)",
    "auth.cli.description": (
        "Editor masuk ke dasbor dengan nama dan kata sandi untuk membuka halaman Kelola Data. "
        "Hanya hash Argon2id yang disimpan, di $INOVASI_EDITORS atau .streamlit/editors.toml (di luar git)."
    ),
    "auth.cli.file": "berkas editor (bawaan: $INOVASI_EDITORS atau .streamlit/editors.toml)",
    "auth.cli.add_help": "tambah editor (kata sandi diminta, atau dibaca dari stdin)",
    "auth.cli.remove_help": "hapus editor",
    "auth.cli.list_help": "daftar editor",
    "auth.cli.password_stdin": "baca kata sandi dari baris pertama stdin (untuk skrip)",
    "auth.cli.replace": "ganti kata sandi editor yang sudah ada",
    "auth.cli.prompt": "Kata sandi: ",
    "auth.cli.prompt_again": "Ulangi kata sandi: ",
    "auth.cli.mismatch": "Kedua kata sandi tidak sama.",
    "auth.cli.no_password": "Kata sandi tidak diberikan.",
    "auth.cli.added": "Editor '{name}' disimpan di {path}.",
    "auth.cli.removed": "Editor '{name}' dihapus dari {path}.",
    "auth.cli.none": "Belum ada editor ({path}).",
    "auth.cli.since": "sejak",
}
