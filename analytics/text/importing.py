"""Importing files and the database: the template, checks, plans, history, undo; database problems; the subject region file."""

TEXT: dict[str, str] = {
    # Peringkat: regions of Indonesia (analytics.regions), ranks (analytics.ranking), the page
    # (pages/peringkat.py), its charts (analytics.charts_ranking) and the sample table's CLI
    "region.match.unknown": "daerah '{value}' tidak ada di daftar wilayah Kemendagri",
    "region.match.unknown_hint": "daerah '{value}' tidak ada di daftar wilayah Kemendagri. Mungkin maksudnya: {hint}",
    "region.match.ambiguous": (
        "'{value}' cocok dengan lebih dari satu daerah: {names}. Tulis Kabupaten, Kota atau Provinsi "
        "di depan nama, atau isi kolom jenis_daerah"
    ),
    "region.match.other_province": "{value} tidak ada di provinsi {province}; yang ada: {where}",
    "region.match.kind_conflict": "'{value}' adalah {stated}, tetapi kolom jenis_daerah berisi {kind}",
    "region.match.unknown_province": "provinsi '{value}' tidak dikenal",
    "region.match.unknown_province_hint": "provinsi '{value}' tidak dikenal. Mungkin maksudnya: {hint}",
    "region.import.predicate_flag": (
        "disimpan seperti diterbitkan, tetapi menurut pita predikat metode {method} skor {score} "
        "termasuk {band}"
    ),
    # database / CLI messages
    "db.missing": "Basis data belum ada: {path}. Jalankan `python -m analytics build` untuk membuatnya.",
    "db.locked": (
        "Basis data {path} sedang dipakai proses lain untuk menulis. Tunggu sampai proses itu "
        "selesai, lalu coba lagi."
    ),
    "db.damaged": (
        "Basis data {path} rusak atau tidak lengkap, sehingga tidak dapat dibaca. Pulihkan "
        "cadangannya bila ada: salin berkas cadangan terbaru di folder yang sama (namanya diakhiri "
        '".bak-TANGGAL-JAM") menjadi berkas basis data ini. Atau bangun ulang dari folder data/ '
        "dengan `python -m analytics build`; data yang pernah diimpor tidak ikut terbangun, dan "
        'berkas yang rusak disimpan di sampingnya (".rusak-TANGGAL-JAM").'
    ),
    "db.unreadable": (
        "Basis data {path} tidak dapat dibaca: izin ditolak. Beri pengguna yang menjalankan dasbor "
        "dan perintah ini izin baca dan tulis atas berkas itu, atau pulihkan cadangannya (berkas "
        '".bak-TANGGAL-JAM" di folder yang sama), atau bangun ulang dengan `python -m analytics build`.'
    ),
    "db.not_a_file": (
        "Basis data {path} bukan berkas (mungkin sebuah folder). Pindahkan folder itu, lalu bangun "
        "basis data dengan `python -m analytics build`."
    ),
    "db.reason.os": "galat sistem berkas ({code})",
    "db.reason.other": "galat basis data ({kind})",
    "db.cannot_write": "Basis data {path} tidak dapat diubah; isinya tetap seperti semula. Penyebab: {reason}",
    "db.write_busy": (
        "Basis data {path} sedang diubah oleh impor atau pembatalan lain. Tunggu sebentar sampai "
        "selesai, lalu coba lagi; tidak ada yang berubah."
    ),
    "db.has_imports": (
        "Basis data {path} berisi {n} impor data asli yang tidak ada di folder data/. Membangun "
        "ulang akan menghapusnya. Tambahkan --force bila memang itu yang dimaksud (salinan "
        "cadangan dibuat lebih dulu)."
    ),
    "build.done": "Basis data dibangun: {path} ({rows} baris, {seconds} detik).",
    "build.failed": "Pembangunan basis data gagal; basis data lama tidak diubah. Penyebab: {reason}",
    "build.backup": "Salinan cadangan basis data lama: {path}",
    "build.set_aside": "Basis data lama tidak dapat dibaca; berkasnya disimpan sebagai {path}",
    "data.bad_file": "Berkas {file}, baris {row}, kolom '{column}': {reason}",
    "data.missing_file": "Berkas data tidak ditemukan: {file}",
    "data.missing_columns": "Berkas {file}: kolom wajib tidak ada: {columns}",
    # the subject region file, reference/daerah.toml (analytics.region)
    "region.missing": (
        "Berkas data tidak ditemukan: {file}. Berkas ini menyebut daerah yang menjadi pokok dasbor "
        "(kode, nama, nama_singkat, jenis, provinsi); lihat README, bagian 'Untuk daerah lain'."
    ),
    "region.not_toml": 'Berkas {file} bukan TOML yang sah (baris {line}); tulis setiap isian sebagai kunci = "teks".',
    "region.unreadable": "Berkas {file} tidak dapat dibaca (izin atau penyandian bukan UTF-8).",
    "region.bad_key": "Berkas {file}, isian '{name}': {reason}",
    "region.reason.empty": "wajib diisi dengan teks di antara tanda kutip",
    "region.reason.unknown": "tidak dikenal; isian yang dikenal: {known}",
    "region.reason.kind": "'{value}' bukan kabupaten, kota atau provinsi",
    "region.reason.code": "'{value}' bukan kode wilayah Kemendagri untuk {kind} (contoh: {example})",
    "region.subject_unlisted": (
        "Kode wilayah {code} di reference/daerah.toml tidak ada di daftar wilayah Kemendagri "
        "(reference/wilayah.csv), sehingga peringkat tidak dapat dihitung."
    ),
    "region.not_one": "Basis data rusak: tabel daerah berisi {n} baris, seharusnya satu. Bangun ulang basis data.",
    # import of real data (analytics.importer, the Kelola Data page, the import CLI)
    "import.file.missing": "Berkas tidak ditemukan: {file}",
    "import.file.not_a_file": "{file} bukan berkas (mungkin sebuah folder).",
    "import.file.unreadable": "Berkas {file} tidak dapat dibaca: {reason}",
    "import.file.unsupported": ("Berkas {file} tidak didukung. Gunakan berkas Excel atau CSV ({suffixes})."),
    "import.file.empty": "Berkas {file} kosong: tidak ada isinya.",
    "import.file.too_big": "Berkas {file} terlalu besar ({mb} MB); batasnya {max_mb} MB. Bagi menjadi beberapa berkas.",
    "import.file.too_many_rows": (
        "Berkas {file} berisi lebih dari {max} baris; bagi menjadi beberapa berkas."
    ),
    "import.file.zip_ratio": (
        'Berkas {file} ditolak: bagian "{part}" di dalamnya mengembang dari {packed} MB menjadi '
        "{size} MB (rasio {ratio}×; lembar kerja biasa di bawah {max}×). Berkas sepadat itu dibuat "
        "untuk menghabiskan memori server. Bila ini memang data Anda, buka di Excel atau LibreOffice, "
        "simpan ulang, lalu coba lagi."
    ),
    "import.file.zip_part_too_big": (
        'Berkas {file} ditolak: bagian "{part}" di dalamnya berisi {size} MB bila dibuka; batasnya '
        "{max} MB (cukup untuk {max_rows} baris). Bagi datanya menjadi beberapa berkas."
    ),
    "import.file.zip_too_big": (
        "Berkas {file} ditolak: isinya {size} MB bila dibuka; batasnya {max} MB (cukup untuk "
        "{max_rows} baris). Bagi datanya menjadi beberapa berkas."
    ),
    "import.file.zip_understated": (
        'Berkas {file} ditolak: bagian "{part}" di dalamnya lebih besar daripada yang tercatat di '
        "daftar isi berkas (berkas rusak, atau dibuat untuk menghabiskan memori server)."
    ),
    "import.file.too_wide": (
        "Berkas {file}: ada sel terpakai di kolom {column} (kolom ke-{n}); paling banyak {max} kolom "
        "(sampai kolom {last}) dapat dibaca. Hapus isi dan format di kolom sejauh itu, simpan, "
        "lalu coba lagi."
    ),
    "import.file.not_spreadsheet": (
        "Berkas {file} bukan spreadsheet Excel atau CSV yang dapat dibaca. Simpan ulang dari Excel "
        "sebagai .xlsx atau CSV, lalu coba lagi."
    ),
    "import.file.protected_or_bad": (
        "Berkas {file} tidak dapat dibuka: mungkin dilindungi kata sandi atau rusak. Buka di Excel, "
        "hapus kata sandinya, simpan sebagai .xlsx, lalu coba lagi."
    ),
    "import.file.sheet_unreadable": "Lembar '{sheet}' di berkas {file} tidak dapat dibaca.",
    "import.file.bad_csv": (
        "Berkas CSV {file} tidak dapat dibaca sampai habis: ada kesalahan di sekitar baris {row} "
        "(mis. tanda kutip yang tidak ditutup). Simpan ulang dari Excel sebagai CSV, lalu coba lagi."
    ),
    "import.file.no_rows": "Berkas {file} tidak berisi baris data di bawah judul kolom (baris {row}).",
    "import.header.not_found": (
        "Baris judul kolom tidak ditemukan di {rows} baris pertama. Kolom wajib: {columns}. "
        "Unduh templat di halaman Kelola Data atau dengan `python -m analytics template`."
    ),
    "import.header.missing": "kolom wajib tidak ada di baris judul (baris {row})",
    "import.header.duplicate": "kolom '{field}' muncul dua kali (juga di {other})",
    "import.problem.cell": "Baris {row}, kolom {column}: {message}",
    "import.problem.row": "Baris {row}: {message}",
    "import.problem.column": "Kolom '{column}': {message}",
    "import.report.file": "Berkas {file}{where}{header}.",
    "import.report.where": ", lembar '{sheet}'",
    "import.report.header_row": ", judul kolom di baris {row}",
    "import.report.rows": "{n} baris data dibaca;",
    "import.report.valid": "semua valid.",
    "import.report.invalid": "{n} masalah ditemukan. Tidak ada yang disimpan; perbaiki lalu impor ulang.",
    "import.report.more": "… dan {n} masalah lain.",
    # no arrow in texts the page shows as Markdown: there "→" would be indistinguishable from
    # Streamlit's typography turning a cell's "->" into an arrow (the table cells may hold one)
    "import.report.readings": (
        "{n} nilai dibaca dengan penafsiran; periksa bahwa penafsirannya benar sebelum menyimpan."
    ),
    "import.report.more_readings": "… dan {n} penafsiran lain.",
    "import.report.ignored": "Kolom yang tidak dikenal dan diabaikan: {columns}",
    "import.value.required": "wajib diisi",
    "import.cell.true": "BENAR",
    "import.cell.false": "SALAH",
    "import.cell.yes": "ya",
    "import.cell.no": "tidak",
    "import.reading.short": "{field}: {raw} → {read_as}",
    "import.reading.value": "{raw} → {read_as}",
    "import.value.not_whole": "'{value}' bukan bilangan bulat",
    "import.value.not_year": "'{value}' bukan tahun (contoh: 2023)",
    "import.value.year_range": "tahun {value} di luar rentang {first}–{last}",
    "import.value.not_level": "tingkat bukti '{value}' harus {levels} atau {last}",
    "import.value.not_bool": "'{value}' bukan ya/tidak",
    "import.value.not_choice": "'{value}' tidak dikenal; pilihan: {allowed}",
    "import.value.not_date": (
        "'{value}' bukan tanggal; tulis misalnya 2022-12-13, 13/12/2022 atau 13 Desember 2022"
    ),
    "import.value.date_range": "tanggal '{value}' di luar rentang 1980–{last}",
    "import.value.not_score": "skor '{value}' harus angka 0 sampai 100 (contoh: 58,11)",
    "import.value.score_decimals": "skor '{value}' paling banyak dua angka desimal, seperti yang diterbitkan",
    "import.value.not_rank": "peringkat '{value}' harus bilangan bulat 1 atau lebih",
    "import.value.too_long": "teks terlalu panjang (paling banyak {n} karakter)",
    "import.value.unknown_opd": "OPD '{value}' tidak dikenal",
    "import.value.unknown_opd_hint": "OPD '{value}' tidak dikenal. Mungkin maksudnya: {hint}",
    "import.row.duplicate_inovasi": (
        "inovasi yang sama (tahun, OPD, nama_inovasi) sudah ada di baris {other}"
    ),
    "import.row.duplicate_hasil": "hasil yang sama (daerah, tahun) sudah ada di baris {other}",
    "import.row.opd_not_in_year": "{opd} tidak ada pada tahun {year} (ada {start}–{end})",
    "import.row.trial_after_launch": "tanggal uji coba ({trial}) sesudah tanggal penerapan ({launch})",
    "import.plan.summary": "{added} baru, {updated} diubah, {unchanged} sama, {removed} data contoh dihapus",
    "import.action.insert": "baru",
    "import.action.update": "diubah",
    "import.action.same": "sama",
    "import.action.delete": "dihapus (data contoh)",
    "import.done": (
        "Impor #{batch} dari {file} tersimpan: {added} baris baru, {updated} diubah, {unchanged} "
        "sama, {removed} data contoh dihapus."
    ),
    "import.done.nothing": (
        "Tidak ada yang berubah: {unchanged} baris di {file} sudah tersimpan persis sama. "
        "Basis data tidak diubah."
    ),
    "import.write_failed": "Impor gagal ditulis; basis data tetap seperti semula. Penyebab: {reason}",
    "import.write_failed.disk_full": "ruang disk penuh",
    "import.write_failed.memory": "memori server tidak cukup; coba berkas yang lebih kecil",
    "import.write_failed.other": "galat basis data; coba lagi, dan bila terulang hubungi pengelola dasbor",
    "import.user_unknown": "tidak diketahui",
    "import.undo.done": "Impor #{batch} dibatalkan: {n} baris dikembalikan ke keadaan sebelumnya.",
    "import.undo.note": "pembatalan impor #{batch}",
    "import.undo.unknown": "Impor #{batch} tidak ada dalam riwayat.",
    "import.undo.already": "Impor #{batch} sudah dibatalkan pada {when}.",
    "import.undo.conflict": (
        "Impor #{batch} tidak dapat dibatalkan: {n} baris sudah diubah lagi sesudahnya ({rows}). {hint}"
    ),
    "import.undo.later": "Batalkan dulu impor yang lebih baru: {batches}.",
    # import CLI (analytics.cli_import)
    "import.cli.help": "impor data asli dari berkas Excel atau CSV (semua atau tidak sama sekali)",
    "import.cli.description": (
        "Periksa seluruh berkas lalu simpan dalam satu transaksi. Bila ada satu saja kesalahan, "
        "laporan per baris dicetak (kode keluar 1) dan tidak ada yang disimpan. Kode keluar 2: "
        "berkas tidak dapat dipakai. Aman dijalankan selagi dasbor berjalan."
    ),
    "import.cli.file": "berkas .xlsx, .xls, .ods atau .csv",
    "import.cli.dry_run": "hanya periksa dan tunjukkan apa yang akan berubah; tidak menyimpan",
    "import.cli.kind": "jenis data: inovasi, hasil (hasil indeks resmi) atau auto (dari judul kolom)",
    "import.cli.replace_sample": "hapus data contoh pada tahun-tahun di berkas (tercatat, dapat dibatalkan)",
    "import.cli.user": "nama pengimpor di riwayat (bawaan: pengguna sistem)",
    "import.cli.dry_run_result": "Uji saja, tidak disimpan. Bila diimpor: {summary}.",
    "import.cli.template_help": "tulis templat Excel untuk impor (inovasi atau hasil indeks resmi)",
    "import.cli.template_description": (
        "Tulis templat .xlsx: lembar data dengan pilihan (dropdown), lembar Petunjuk yang "
        "menjelaskan setiap kolom, dan daftar OPD dari basis data."
    ),
    "import.cli.template_out": "berkas keluaran .xlsx",
    "import.cli.template_kind": "inovasi (daftar inovasi) atau hasil (hasil indeks resmi)",
    "import.cli.template_suffix": "Berkas templat harus berakhiran .xlsx: {path}",
    "import.cli.template_folder": "Folder {path} tidak ada.",
    "import.cli.template_unwritable": "Templat tidak dapat ditulis ke {path}: {reason}",
    "import.cli.template_done": "Templat {kind} ditulis: {path}",
    "import.cli.history_help": "riwayat impor: berkas, sha256, baris, oleh siapa, kapan",
    "import.cli.history_description": "Daftar semua impor, yang terbaru dahulu, termasuk yang sudah dibatalkan.",
    "import.cli.json": "keluaran JSON",
    "import.cli.undo_help": "batalkan satu impor (kembalikan baris yang diubahnya)",
    "import.cli.undo_description": (
        "Kembalikan persis keadaan sebelum impor NOMOR untuk setiap baris yang diubahnya. Ditolak "
        "bila baris itu sudah diubah lagi oleh impor yang lebih baru."
    ),
    "import.cli.undo_batch": "nomor impor (lihat `python -m analytics history`)",
    "import.history.empty": "Belum ada impor di {path}.",
    "import.history.line": (
        "#{batch}  {when}  {by:<12} {file}  ({kind}: {added} baru, {updated} diubah, {removed} contoh dihapus)"
    ),
    "import.history.undone": "  — dibatalkan oleh {by}",
    # import templates (analytics.template)
    "import.template.title_inovasi": "Petunjuk pengisian: daftar inovasi daerah",
    "import.template.title_hasil": "Petunjuk pengisian: hasil resmi Indeks Inovasi Daerah",
    "import.template.notes_inovasi": (
        "• Isi lembar 'Inovasi': satu baris untuk setiap inovasi pada satu tahun penilaian. Kolom berwarna merah wajib diisi.\n"
        "• Inovasi dikenali dari tahun, OPD dan nama_inovasi: mengimpor ulang baris yang sama memperbarui isinya, tidak membuat data ganda.\n"
        "• Judul kolom boleh huruf besar atau kecil, dengan spasi atau garis bawah, juga nama indikator (mis. 'Regulasi inovasi daerah'). Baris judul boleh berada di bawah judul dokumen. Baris kosong diabaikan.\n"
        "• OPD boleh ditulis dengan nama lengkap, nama singkat atau sebutan lain (mis. Dinkes); pilihan lengkap ada di kolom opd.\n"
        "• Tanggal boleh ditulis 2022-12-13, 13/12/2022 atau 13 Desember 2022, atau sebagai sel tanggal Excel.\n"
        "• Kolom indikator berisi tingkat bukti {level_none} sampai {level_max} ({level_none} atau kosong = tidak ada bukti).\n"
        "• Kolom yang tidak ada di berkas tidak mengubah data yang sudah tersimpan.\n"
        "• Bila ada satu saja kesalahan, tidak ada yang disimpan; laporan menyebut baris, kolom dan alasannya.\n"
        "• Berkas paling besar {max_mb} MB dan {max_rows} baris; simpan sebagai .xlsx atau CSV."
    ),
    "import.template.notes_hasil": (
        "• Isi lembar 'Hasil': satu baris untuk setiap hasil Indeks Inovasi Daerah yang diterbitkan resmi, satu daerah per tahun.\n"
        "• Hanya angka resmi yang sudah terbit, selalu dengan sumbernya (kolom sumber wajib). Jangan mengisi perkiraan.\n"
        "• Hasil dikenali dari daerah dan tahun: mengimpor ulang memperbarui isinya, tidak membuat data ganda.\n"
        "• Skor 0 sampai 100, paling banyak dua desimal (58,11 atau 58.11). Predikat dan peringkat dikosongkan bila tidak diterbitkan.\n"
        "• Nama daerah dicocokkan dengan daftar wilayah Kemendagri: nama lengkap (Kabupaten ...), singkatan (Kab. ...), huruf besar semua, atau nama saja (bila hanya satu daerah bernama itu) diterima. jenis_daerah boleh kosong, kecuali nama itu dipakai kabupaten dan kota sekaligus.\n"
        "• Tabel satu tahun yang memuat semua kabupaten dan kota memberi peringkat di halaman Peringkat.\n"
        "• Bila ada satu saja kesalahan, tidak ada yang disimpan; laporan menyebut baris, kolom dan alasannya."
    ),
    "import.template.col_column": "Kolom",
    "import.template.col_required": "Wajib",
    "import.template.col_content": "Isi",
    "import.template.col_values": "Nilai yang diterima",
    "import.template.yes": "wajib",
    "import.template.choice_values": "Salah satu dari: {values} (huruf besar/kecil dan ejaan umum lain juga diterima)",
    "import.template.error_title": "Nilai tidak sesuai",
    "import.template.error_message": "Pilih atau tulis nilai yang diterima: {allowed}",
    "import.allowed.bool": "{yes} atau {no} (juga y/n, 1/0); kosong = {no}",
    "import.allowed.level": "{levels} atau {last}; kosong = {blank}",
    "import.allowed.date": "2022-12-13, 13/12/2022, 13 Desember 2022 atau sel tanggal Excel",
    "import.allowed.year": "tahun penilaian, mis. 2023",
    "import.allowed.opd": "nama lengkap, nama singkat atau sebutan lain OPD (mis. Dinkes)",
    "import.allowed.score": "angka 0 sampai 100, paling banyak dua desimal",
    "import.allowed.rank": "bilangan bulat 1 atau lebih; kosong bila tidak diterbitkan",
    "import.allowed.text": "teks bebas",
    "import.col.tahun": "Tahun penilaian IID tempat inovasi ini dilaporkan.",
    "import.col.nama_inovasi": "Nama inovasi seperti yang dilaporkan.",
    "import.col.opd": "OPD (perangkat daerah atau kecamatan) pengampu inovasi.",
    "import.col.unit": "Unit pelaksana di bawah OPD, mis. puskesmas (boleh kosong).",
    "import.col.jenis": "Jenis inovasi: digital (daring) atau non-digital (luring).",
    "import.col.bentuk": "Bentuk inovasi menurut PP 38/2017.",
    "import.col.tahapan": "Tahapan inovasi pada tahun penilaian.",
    "import.col.inisiator": "Siapa yang memprakarsai inovasi.",
    "import.col.urusan": "Urusan pemerintahan inovasi, mis. kesehatan, pendidikan.",
    "import.col.tanggal_uji_coba": "Tanggal mulai uji coba (boleh kosong).",
    "import.col.tanggal_penerapan": "Tanggal mulai penerapan (boleh kosong; tidak boleh sebelum uji coba).",
    "import.col.deskripsi": "Uraian singkat inovasi (boleh kosong).",
    "import.col.perubahan": "Kriteria 1: inovasi membawa perubahan kondisi.",
    "import.col.dampak_terukur": "Kriteria 2: dampaknya terukur.",
    "import.col.metode_baru": "Kriteria 3: memakai metode yang diperbarui.",
    "import.col.kolaborasi": "Kriteria 4: ada kolaborasi.",
    "import.col.level": "Tingkat bukti indikator '{name}' ({level_none} = tidak ada bukti, {level_first} sampai {level_max}).",
    "import.col.level_mandatory": (
        "Tingkat bukti indikator '{name}' ({level_none} = tidak ada bukti, {level_first} sampai {level_max}). "
        "Bukti wajib pada penilaian IID."
    ),
    "import.col.daerah": "Nama daerah diawali Kabupaten, Kota atau Provinsi, seperti di sumbernya.",
    "import.col.provinsi": "Provinsi daerah itu, ditulis seperti di sumbernya.",
    "import.col.jenis_daerah": "kabupaten, kota atau provinsi (boleh kosong bila nama diawali Kabupaten/Kota/Provinsi).",
    "import.col.skor": "Skor IID resmi yang diterbitkan.",
    "import.col.predikat": "Predikat resmi seperti yang diterbitkan (boleh kosong).",
    "import.col.peringkat": "Peringkat resmi (boleh kosong; jangan diisi bila tidak diterbitkan).",
    "import.col.lingkup_peringkat": "Lingkup peringkat, mis. kabupaten nasional (boleh kosong).",
    "import.col.sumber": "Sumber terbitan: keputusan, dokumen atau berita, dengan tanggalnya.",
}
