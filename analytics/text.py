"""The one Bahasa Indonesia text catalogue, with the Indonesian number and date formats beside it.

Every word a user sees (the dashboard, CLI messages, the PDF and Excel exports) comes from here, so
the wording is consistent and can be reviewed in one place. Code stays English; this module holds
the Indonesian. Numbers and dates are formatted by `analytics.formats` (Babel, id_ID); the `fmt_*`
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

TEXT: dict[str, str] = {
    "app.title": "Dasbor Inovasi Daerah Kabupaten Pati",
    "sample.badge": "data contoh",
    "sample.notice": (
        "Sebagian data yang tampil adalah **data contoh** (buatan, bukan data resmi OPD). "
        "Hasil indeks resmi selalu diberi sumbernya."
    ),
    "official.label": "resmi",
    "estimate.label": "perkiraan",
    # handouts: the PDF briefing and the Excel workbook (handout.*), their CLI and download buttons
    "handout.title": "Ringkasan Inovasi Daerah Kabupaten Pati {year}",
    "handout.subject": "Ringkasan untuk peserta lokakarya: skor IID, partisipasi OPD, jenis inovasi",
    "handout.made": "Dibuat {date}",
    "handout.sample_notice": (
        "Berisi data contoh: jumlah inovasi, cakupan OPD dan skor perkiraan di sini dihitung dari "
        "data buatan, bukan data resmi OPD. Hasil indeks resmi selalu diberi sumbernya."
    ),
    "handout.chart.heading": "Grafik",
    "handout.chart.coverage": "OPD yang punya minimal satu inovasi",
    "handout.chart.jenis": "Inovasi digital dan non-digital per tahun",
    "handout.chart.failed": (
        "Gambar grafik tidak dapat dibuat di komputer ini (peramban Chromium tidak tersedia). "
        "Angka lengkapnya ada di berkas Excel (Unduh data)."
    ),
    "handout.footer.sample_start": "Data contoh",
    "handout.footer.sample": "Data contoh: sebagian angka berasal dari data buatan, bukan data resmi OPD.",
    "handout.footer.sources": "Sumber hasil resmi: {sources}.",
    "handout.footer.made": "Dasbor Inovasi Daerah Kabupaten Pati · dibuat {date}",
    "handout.footer.page": "Halaman {page} dari {pages}",
    "handout.sources.heading": "Sumber dan keterangan angka",
    "handout.sources.official": "Hasil resmi (dipublikasikan):",
    "handout.sources.official_row": "{year}: skor {score} — sumber: {source}",
    "handout.sources.estimate": (
        "Angka perkiraan ({years}) dihitung oleh dasbor dari bukti yang tercatat menurut metode IID "
        "tahun {methods}; bukan hasil resmi Kemendagri."
    ),
    "handout.sources.reconstructed": "Bagian metode yang direkonstruksi atau diasumsikan: {parts}.",
    "handout.sources.sample": (
        "Data contoh: daftar inovasi dan bukti di dasbor ini sebagian besar buatan (untuk peragaan), "
        "sehingga jumlah, cakupan dan skor perkiraan belum menggambarkan keadaan sebenarnya."
    ),
    "handout.sources.missing": (
        "Tahun tanpa hasil resmi yang dipublikasikan tidak diberi angka resmi; peringkat tidak ditampilkan "
        "karena tidak ada sumbernya."
    ),
    "handout.error.year": "Tahun {year} tidak ada di basis data. Tahun yang tersedia: {years}.",
    "handout.error.opd": "OPD '{value}' tidak dikenal. Kode OPD yang dikenal: {known}.",
    "handout.error.kind": "Kelompok OPD '{value}' tidak dikenal. Yang dikenal: {known}.",
    "handout.error.jenis": "Jenis inovasi '{value}' tidak dikenal. Pilih: {allowed}.",
    "handout.error.tahapan": "Tahapan '{value}' tidak dikenal. Pilih: {allowed}.",
    "handout.error.write": "Berkas {path} tidak dapat ditulis: foldernya tidak ada atau tidak boleh ditulis.",
    "handout.error.suffix": "Nama berkas keluaran harus berakhiran {suffix}: {path}",
    "handout.cli.report.help": "membuat ringkasan PDF untuk dibagikan kepada peserta",
    "handout.cli.report.description": (
        "Membuat ringkasan PDF (A4) satu tahun penilaian: skor IID (resmi dengan sumbernya, atau "
        "perkiraan dengan tahun metodenya), jarak ke sasaran, jumlah inovasi, cakupan OPD, porsi "
        "digital, ringkasan singkat, OPD tanpa inovasi dan grafik."
    ),
    "handout.cli.export.help": "membuat berkas Excel berisi tabel di balik grafik",
    "handout.cli.export.description": (
        "Membuat berkas Excel satu tahun penilaian: lembar Keterangan (data contoh, angka resmi dan "
        "sumbernya, angka perkiraan), daftar inovasi, partisipasi OPD, ringkasan per tahun, skor per "
        "tahun dan bukti wajib yang belum ada."
    ),
    "handout.cli.year": "tahun penilaian, misalnya 2024",
    "handout.cli.out_pdf": "berkas PDF yang dibuat, misalnya ringkasan-2024.pdf",
    "handout.cli.out_xlsx": "berkas Excel yang dibuat, misalnya data-2024.xlsx",
    "handout.cli.opd": "kode OPD (misalnya dinkes) atau kelompok (jenis:kecamatan); bawaan: semua",
    "handout.cli.jenis": "jenis inovasi: digital atau non-digital; bawaan: semua",
    "handout.cli.tahapan": "tahapan: inisiatif, uji coba atau penerapan; bawaan: semua",
    "handout.cli.no_images": "tanpa gambar grafik (lebih cepat)",
    "handout.cli.done": "Tersimpan: {path} ({size} kB, {seconds} detik)",
    "handout.ui.pdf": "Unduh ringkasan (PDF)",
    "handout.ui.pdf_help": (
        "Ringkasan A4 untuk dibagikan, dengan filter yang sedang dipilih. Dibuat saat tombol diklik "
        "(beberapa detik, karena grafik digambar ulang)."
    ),
    "handout.ui.xlsx": "Unduh data (Excel)",
    "handout.ui.xlsx_help": "Tabel di balik grafik, dengan filter yang sedang dipilih, dan lembar Keterangan.",
    "handout.ui.html": "Unduh ringkasan luring (HTML)",
    "handout.ui.html_help": (
        "Satu berkas HTML yang terbuka tanpa internet (misalnya di kantor kecamatan): angka, langkah, "
        "grafik interaktif dan tabelnya, sumber."
    ),
    "handout.ui.sheet": "Unduh lembar tindak lanjut (PDF)",
    "handout.ui.sheet_help": (
        "Satu halaman A4 untuk OPD ini: inovasinya, kriteria yang terpenuhi, bukti wajib yang belum ada, "
        "dan apa yang dikerjakan lebih dulu."
    ),
    # the follow-up sheet of one OPD (handout.lembar.*): one A4 page, and its CLI
    "handout.lembar.title": "Lembar tindak lanjut inovasi {year}: {name}",
    "handout.lembar.subject": "Inovasi OPD, kriteria, bukti wajib yang belum ada, dan langkah pertama",
    "handout.lembar.kicker": "Lembar tindak lanjut Inovasi Daerah Kabupaten Pati {year}",
    "handout.lembar.code": "kode OPD {code}",
    "handout.lembar.sample": (
        "Berisi data contoh: inovasi dan bukti di lembar ini buatan (untuk peragaan), bukan data resmi OPD."
    ),
    "handout.lembar.first": "Yang perlu dilakukan lebih dulu",
    "handout.lembar.innovations": "Inovasi tahun {year} ({n})",
    "handout.lembar.no_innovation": (
        "Belum ada inovasi yang tercatat untuk OPD ini pada {year}. Inovasi yang sudah berjalan tetapi "
        "belum tercatat dapat didaftarkan lewat Bappeda/Bapperida."
    ),
    "handout.lembar.start": "Agar inovasi tercatat dan dinilai",
    "handout.lembar.start.record": (
        "Daftarkan inovasinya dengan nama, tahapan (inisiatif, uji coba atau penerapan) dan tanggalnya."
    ),
    "handout.lembar.start.criteria": "Penuhi empat kriteria inovasi: {criteria}.",
    "handout.lembar.start.evidence": "Siapkan bukti wajibnya: {evidence}.",
    "handout.lembar.more_innovations": "… dan {n} inovasi lainnya (daftar lengkap di dasbor, halaman Data Inovasi).",
    "handout.lembar.criteria_legend": (
        "Empat kriteria inovasi: {yes} = terpenuhi, {no} = belum terpenuhi (menurut data yang tercatat)."
    ),
    "handout.lembar.missing": "Bukti wajib yang belum ada",
    "handout.lembar.more_missing": "… dan {n} inovasi lainnya dengan bukti wajib yang belum ada.",
    "handout.lembar.missing_none": "Tidak ada bukti wajib yang kurang: semua inovasi sudah melengkapinya.",
    "handout.lembar.missing_none_without": "Belum ada inovasi, jadi belum ada bukti yang dinilai.",
    "handout.lembar.missing_no_evidence": "Belum ada bukti indikator yang tercatat untuk {year}.",
    "handout.lembar.col.since": "Sejak (tanggal tahapan)",
    "handout.lembar.col.missing": "Bukti wajib yang belum ada",
    "handout.lembar.col.points": "Poin berisiko (perkiraan)",
    "handout.lembar.source": (
        "Sumber: daftar inovasi dan bukti indikator yang tercatat di Dasbor Inovasi Daerah. Poin berisiko "
        "dan langkah adalah perkiraan dasbor menurut metode IID yang disebut, bukan hasil resmi Kemendagri."
    ),
    # the offline snapshot (one HTML file) and its CLI
    "handout.snapshot.cards": "Angka utama",
    "handout.snapshot.table": "Tabel di balik grafik",
    "handout.snapshot.offline": "berkas luring: terbuka tanpa internet",
    "handout.snapshot.plotly": "Grafik interaktif dengan plotly.js {version} (lisensi MIT), tersimpan di dalam berkas ini.",
    "handout.snapshot.cli.help": "membuat satu berkas HTML luring (tanpa internet) berisi ringkasan dan grafik",
    "handout.snapshot.cli.description": (
        "Membuat satu berkas HTML yang berdiri sendiri: angka utama, ringkasan, langkah menuju sasaran, "
        "OPD tanpa inovasi, grafik interaktif dengan tabelnya, dan sumber. Terbuka dari disk di peramban "
        "mana pun tanpa internet (plotly.js dan huruf ada di dalam berkas)."
    ),
    "handout.snapshot.cli.out": "berkas HTML yang dibuat, misalnya ringkasan-2024.html",
    "handout.lembar.cli.help": "membuat lembar tindak lanjut (PDF) untuk satu OPD atau semua OPD",
    "handout.lembar.cli.description": (
        "Membuat lembar tindak lanjut satu halaman A4 untuk satu OPD (--opd KODE) atau untuk semua OPD "
        "sekaligus (--semua, satu berkas ZIP berisi PDF per OPD): inovasinya dengan tahapan dan tanggal, "
        "empat kriteria, bukti wajib yang belum ada dengan poin berisiko, dan langkah pertama."
    ),
    "handout.lembar.cli.opd": "kode OPD, misalnya dinkes atau kec_pati",
    "handout.lembar.cli.all": "semua OPD tahun itu, satu ZIP berisi satu PDF per OPD",
    "handout.lembar.cli.out": "berkas yang dibuat: .pdf untuk satu OPD, .zip untuk --semua",
    "handout.lembar.cli.which": "Pilih satu OPD dengan --opd KODE (misalnya --opd dinkes), atau --semua untuk semua OPD.",
    "handout.lembar.cli.done_zip": "Tersimpan: {path} ({n} lembar, {size} kB, {seconds} detik)",
    "export.comment": "Berisi data contoh bila disebut di lembar Keterangan.",
    "export.sheet.notes": "Keterangan",
    "export.sheet.innovations": "Inovasi",
    "export.sheet.participation": "Partisipasi OPD",
    "export.sheet.years": "Ringkasan per tahun",
    "export.sheet.scores": "Skor per tahun",
    "export.sheet.gaps": "Bukti wajib belum ada",
    "export.about.innovations": "Inovasi tahun {year} yang sesuai filter, satu baris per inovasi.",
    "export.about.participation": (
        "Setiap OPD dan kecamatan pada tahun {year}: jumlah inovasi (sesuai filter), termasuk yang belum punya."
    ),
    "export.about.years": "Jumlah inovasi, porsi digital dan cakupan OPD setiap tahun (sesuai filter).",
    "export.about.scores": (
        "Skor IID Kabupaten Pati setiap tahun: resmi (dengan sumber) atau perkiraan (dengan metode); "
        "skor tidak bergantung pada filter."
    ),
    "export.about.gaps": (
        "Bukti wajib yang belum ada pada inovasi tahun {year} (sesuai filter), diurutkan menurut poin IID "
        "perkiraan yang berisiko."
    ),
    "export.score.method": "perkiraan menurut {name} (metode {year})",
    "export.note.made": "Dibuat",
    "export.note.year": "Tahun penilaian",
    "export.note.search": "Pencarian",
    "export.note.search_text": "hanya inovasi yang cocok dengan '{search}' (lembar Inovasi dan Bukti wajib belum ada)",
    "export.note.scope": "Filter",
    "export.note.scope_all": "Semua OPD dan kecamatan, semua jenis, semua tahapan",
    "export.note.sample": "Data contoh",
    "export.note.sample_yes": (
        "Ya. Daftar inovasi, bukti dan angka yang dihitung darinya (jumlah, cakupan, skor perkiraan) "
        "sebagian berasal dari data contoh buatan, bukan data resmi OPD. Kolom 'Data contoh' menandai "
        "baris yang berasal dari data contoh."
    ),
    "export.note.sample_no": "Tidak ada data contoh dalam berkas ini.",
    "export.note.official": "Hasil resmi {year}",
    "export.note.official_text": "skor {score}; sumber: {source}",
    "export.note.estimate": "Angka perkiraan",
    "export.note.missing": "Angka yang tidak ada",
    "export.note.method_error": "Perkiraan tidak dapat dihitung",
    "export.note.sheets": "Isi lembar",
    "export.col.year": "Tahun",
    "export.col.innovation": "Nama inovasi",
    "export.col.opd": "OPD",
    "export.col.opd_short": "Singkatan OPD",
    "export.col.unit": "Unit pelaksana",
    "export.col.jenis": "Jenis",
    "export.col.bentuk": "Bentuk",
    "export.col.tahapan": "Tahapan",
    "export.col.inisiator": "Inisiator",
    "export.col.urusan": "Urusan",
    "export.col.trial_date": "Tanggal uji coba",
    "export.col.launch_date": "Tanggal penerapan",
    "export.col.criteria": "Kriteria terpenuhi (dari 4)",
    "export.col.sample": "Data contoh",
    "export.col.group": "Kelompok",
    "export.col.n_innovations": "Jumlah inovasi",
    "export.col.n_digital": "Inovasi digital",
    "export.col.n_non_digital": "Inovasi non-digital",
    "export.col.share_digital": "Porsi digital",
    "export.col.n_opd": "Jumlah OPD",
    "export.col.n_opd_with": "OPD berinovasi",
    "export.col.has_innovation": "Punya inovasi",
    "export.col.coverage": "Cakupan OPD",
    "export.col.coverage_kecamatan": "Cakupan kecamatan",
    "export.col.goal_coverage": "Sasaran cakupan",
    "export.col.score": "Skor",
    "export.col.kind": "Jenis angka",
    "export.col.predicate": "Predikat",
    "export.col.source": "Sumber / metode",
    "export.col.rank": "Urutan",
    "export.col.indicator": "Indikator tanpa bukti",
    "export.col.weight": "Bobot",
    "export.col.points_at_risk": "Poin IID berisiko (perkiraan)",
    "missing.label": "belum ada data",
    # dashboard pages (nav.*, filter.*, page.*, kpi.*, brief.*, trend.*, chart.*, col.*, tab.*)
    "nav.ringkasan": "Ringkasan",
    "nav.partisipasi_opd": "Partisipasi OPD",
    "nav.jenis_inovasi": "Jenis Inovasi",
    "nav.progres_skor": "Progres Skor",
    "nav.peringkat": "Peringkat",
    "nav.data_inovasi": "Data Inovasi",
    "nav.presentasi": "Presentasi",
    # an address that names no page (dashboard.py, ui/links.py)
    "nav.unknown_page": "Halaman {path} tidak ada; yang ditampilkan: {shown}.",
    # Streamlit's own controls, said in Bahasa Indonesia (ui/chrome.py)
    "chrome.skip": "Langsung ke isi halaman",
    "chrome.running": "Memuat…",
    "chrome.reconnecting": "Menghubungkan ulang ke server…",
    "chrome.disconnected": "Terputus dari server dasbor. Muat ulang halaman ini; bila tetap terputus, hubungi pengelola dasbor.",
    "chrome.help_for": "Bantuan: {label}",
    "chrome.no_results": "Tidak ada yang cocok",
    "chrome.choose": "Pilih…",
    "chrome.open": "Buka pilihan",
    "chrome.close": "Tutup",
    "chrome.clear": "Kosongkan",
    "chrome.app_pages": "Halaman dasbor",
    "chrome.sidebar": "Bilah samping",
    "chrome.collapse_sidebar": "Tutup bilah samping",
    "chrome.expand_sidebar": "Buka bilah samping",
    "chrome.main_menu": "Menu",
    "chrome.show_password": "Tampilkan sandi",
    "chrome.hide_password": "Sembunyikan sandi",
    "chrome.link_to_heading": "Tautan ke judul ini",
    "chrome.press_enter": "Tekan Enter untuk memakai",
    "chrome.press_enter_form": "Tekan Enter untuk mengirim",
    "chrome.scroll_tabs_left": "Geser tab ke kiri",
    "chrome.scroll_tabs_right": "Geser tab ke kanan",
    "chrome.previous_page": "Halaman sebelumnya",
    "chrome.next_page": "Halaman berikutnya",
    "chrome.upload": "Pilih berkas",
    "chrome.drop_here": "Lepaskan berkas di sini",
    "chrome.file_upload": "Unggah berkas",
    "chrome.remove_file": "Hapus {name}",
    "chrome.cancel_upload": "Batalkan unggahan {name}",
    "chrome.retry_upload": "Klik untuk mengunggah ulang",
    "chrome.upload_failed": "Unggahan gagal",
    "chrome.error_prefix": "Kesalahan:",
    "chrome.file_too_large": "Berkas lebih besar dari {size}.",
    "chrome.file_type": "Jenis berkas {kind} tidak diterima.",
    "chrome.unexpected": "Terjadi kesalahan. Coba lagi.",
    "chrome.app_error": (
        "Terjadi kesalahan di dasbor. Rinciannya tercatat di log server; beri tahu pengelola dasbor "
        "halaman dan langkah yang baru saja dibuka."
    ),
    "chrome.connection_error": "Koneksi terputus",
    "chrome.connection_error_body": "Server dasbor tidak menjawab. Muat ulang halaman ini; bila tetap terputus, hubungi pengelola dasbor.",
    "chrome.column_menu": "Menu kolom",
    "chrome.copy_column": "Salin nama kolom",
    "chrome.sort_asc": "Urutkan naik",
    "chrome.sort_desc": "Urutkan turun",
    "chrome.statistics": "Statistik",
    "chrome.autosize": "Sesuaikan lebar",
    "chrome.pin": "Sematkan kolom",
    "chrome.unpin": "Lepaskan sematan",
    "chrome.hide_column": "Sembunyikan kolom",
    "chrome.format": "Format",
    "chrome.count": "Jumlah",
    "chrome.distinct": "Nilai berbeda",
    "chrome.empty": "Kosong",
    "chrome.average": "Rata-rata",
    "chrome.min": "Terkecil",
    "chrome.max": "Terbesar",
    "chrome.sum": "Total",
    "chrome.sample_based": "Berdasarkan sampel",
    "chrome.column_type_text": "teks",
    "chrome.column_type_number": "angka",
    # presenter mode (pages/presentasi.py)
    "present.previous": "Sebelumnya",
    "present.next": "Berikutnya",
    "present.slide_of": "Slide (dari {n})",
    "present.more_steps": "… dan {n} langkah lagi (lihat Progres Skor atau ringkasan PDF).",
    "filter.heading": "Filter",
    "filter.year": "Tahun penilaian",
    "filter.year.help": "Tahun penilaian Indeks Inovasi Daerah yang ditampilkan.",
    "filter.opd": "OPD",
    "filter.opd.help": (
        "Pilih satu OPD, atau satu kelompok sekaligus (misalnya semua kecamatan). Ketik untuk mencari."
    ),
    "filter.opd.all": "Semua OPD dan kecamatan",
    "filter.opd.kind": "Semua {kind}",
    "filter.jenis": "Jenis inovasi",
    "filter.jenis.all": "Semua jenis",
    "filter.tahapan": "Tahapan",
    "filter.tahapan.all": "Semua tahapan",
    "filter.reset": "Kembalikan filter awal",
    "filter.link_hint": "Pilihan filter tersimpan di alamat halaman: salin alamatnya untuk membagikan tampilan ini.",
    "filter.describe.kind": "semua {kind}",
    "filter.describe.jenis": "inovasi {jenis}",
    "filter.describe.tahapan": "tahap {tahapan}",
    "filter.scope": "Ditampilkan untuk: {scope}.",
    # a shared link with a value that is not understood (ui/links.py): said, never dropped silently
    "link.unknown": "Tautan berisi {param}={value} yang tidak dikenal; ditampilkan {shown}.",
    "link.no_year": "Tautan berisi {param}={value}, tahun yang tidak ada di data; ditampilkan {shown}.",
    "link.slide": "slide {n}",
    "tab.chart": "Grafik",
    "tab.table": "Tabel",
    "table.sample_note": "Angka di tabel ini berasal dari data contoh.",
    "chart.png": "Unduh gambar (PNG)",
    "chart.png_help": "Grafik ukuran presentasi (lebar 1920 piksel, huruf besar) untuk slide Anda sendiri.",
    "table.csv": "Unduh tabel (CSV)",
    "table.csv_help": (
        "Tabel ini sebagai berkas CSV (UTF-8) untuk Excel atau aplikasi lembar kerja lain. Isian yang "
        "diawali =, +, - atau @ diberi tanda kutip tunggal di depannya agar tidak dijalankan sebagai rumus."
    ),
    "page.no_data": "Belum ada data inovasi untuk tahun {year} dengan filter ini.",
    "page.empty_db": (
        "Basis data belum berisi data inovasi satu tahun pun. Editor dapat mengimpor berkas Excel "
        "atau CSV lewat halaman Kelola Data; `make rebuild` membangun ulang dengan data contoh."
    ),
    "page.ringkasan.title": "Ringkasan {year}",
    "page.ringkasan.caption": "Posisi Kabupaten Pati terhadap sasaran skor {target} dan OPD yang belum berinovasi.",
    "page.ringkasan.summary": "Ringkasan singkat",
    "page.ringkasan.more_steps": "{n} langkah lainnya",
    "page.ringkasan.chart": "Skor indeks dari tahun ke tahun",
    "page.ringkasan.chart_caption": (
        "Titik biru: hasil resmi yang dipublikasikan. Belah ketupat oranye: perkiraan dari bukti "
        "yang tercatat (bukan hasil resmi). Garis putus-putus merah: sasaran."
    ),
    "page.ringkasan.without": "OPD tanpa inovasi, {year}",
    "page.ringkasan.without_none": "Semua OPD sudah punya minimal satu inovasi.",
    "page.ringkasan.group_opd": "Perangkat daerah",
    "page.ringkasan.group_kecamatan": "Kecamatan",
    "kpi.score": "Skor IID",
    "kpi.score.help": (
        "Skor Indeks Inovasi Daerah seluruh kabupaten. Hasil resmi bila sudah dipublikasikan; "
        "bila belum, perkiraan dari bukti yang tercatat menurut berkas metode."
    ),
    "kpi.score.none": "Belum ada hasil resmi maupun perkiraan untuk tahun ini.",
    "kpi.score.source": "sumber: {source}",
    "kpi.score.derived": "predikat diturunkan dari batas pita (tidak dipublikasikan)",
    "kpi.score.derived_short": "predikat diturunkan",
    "kpi.score.method": "perkiraan, metode {year}",
    "kpi.arrows": "Panah menunjukkan perubahan {what}.",
    "kpi.arrows.year": "dibanding {year}",
    "kpi.gap": "Jarak ke {target}",
    "kpi.gap.help": "Sasaran tahun ini: skor minimal {target} (pita {band} mulai {band_min}).",
    "kpi.score.whole_regency": "Skor untuk seluruh kabupaten; tidak terpengaruh filter OPD, jenis, atau tahapan.",
    "app.building_db": "Menyiapkan basis data dari data bawaan…",
    "kpi.gap.points": "{gap} poin",
    "kpi.gap.reached": "Tercapai",
    "kpi.gap.above": "{gap} poin di atas sasaran",
    "kpi.gap.below": "poin lagi menuju sasaran",
    "kpi.innovations": "Jumlah inovasi",
    "kpi.coverage": "OPD berinovasi",
    "kpi.coverage.help": "Bagian OPD (termasuk kecamatan) yang punya minimal satu inovasi. Sasaran: {goal}.",
    "kpi.coverage.caption": "{x} dari {n} OPD · sasaran {goal}",
    "kpi.pp_suffix": " poin %",
    "kpi.digital": "Inovasi digital",
    "kpi.digital.help": "Inovasi non-digital juga dihitung, asal membawa perubahan dan dampak terukur.",
    "kpi.digital.caption": "{x} dari {n} inovasi",
    "brief.score.official": "Skor Indeks Inovasi Daerah Kabupaten Pati {year} adalah {score} (hasil resmi), predikat {predicate}",
    "brief.score.estimate": (
        "Skor resmi {year} belum ada; perkiraan dari bukti yang tercatat adalah {score} "
        "(perkiraan, metode {method_year}), predikat {predicate}"
    ),
    "brief.score.missing": "Untuk {year} belum ada skor resmi maupun perkiraan.",
    "brief.gap.below": ", masih kurang {gap} poin dari sasaran {target}.",
    "brief.gap.reached": ", sudah di atas sasaran {target}.",
    "brief.count": "Tercatat {n} inovasi pada {year}",
    "brief.count.up": ", bertambah {diff} dari {year}",
    "brief.count.down": ", berkurang {diff} dari {year}",
    "brief.count.same": ", sama dengan {year}",
    "brief.scope": "Untuk {scope}: ",
    "brief.coverage.all": "Semua {n} OPD sudah punya minimal satu inovasi: sasaran {goal} tercapai.",
    "brief.coverage.some": (
        "{x} dari {n} OPD ({share}) sudah punya minimal satu inovasi; {missing} belum, yaitu {names}."
    ),
    "brief.coverage.some_kec": (
        "{x} dari {n} OPD ({share}) sudah punya minimal satu inovasi; {missing} belum "
        "({n_kec} di antaranya kecamatan), yaitu {names}."
    ),
    "brief.coverage.more": " dan {n} lainnya",
    "brief.coverage.one": "OPD ini sudah punya minimal satu inovasi.",
    "brief.coverage.one_none": "{name} belum punya inovasi pada tahun ini.",
    "brief.card.vs_score": "dibanding {year} ({kind})",
    "brief.card.innovations_note": "tercatat pada {year}",
    "brief.card.no_data": "belum ada data inovasi",
    # "Langkah menuju 60,01": the path to the goal (briefing.GoalPath)
    "brief.path.title": "Langkah menuju {target}",
    "brief.path.below": "Masih kurang {gap} poin. {n} langkah paling sedikit yang mencapainya:",
    "brief.path.unreachable": (
        "Masih kurang {gap} poin. Dengan inovasi yang ada, {n} langkah ini belum cukup; "
        "dibutuhkan juga inovasi baru yang matang."
    ),
    "brief.path.reached": "Sasaran tercapai dengan selisih {margin} poin. {n} langkah yang menjaganya:",
    "brief.path.reached_nothing": "Sasaran tercapai dengan selisih {margin} poin; tidak ada bukti wajib yang kurang.",
    "brief.path.total": "Jumlah: {total} poin dari {n} langkah.",
    "brief.path.total_protect": "Jumlah poin yang dipertaruhkan: {total} poin.",
    "brief.path.estimate": "Perkiraan dasbor (metode IID {year}), bukan hasil resmi.",
    "brief.path.sample": "Dihitung dari data contoh.",
    "brief.path.unknown": "Langkah belum dapat dihitung.",
    "brief.path.no_score": "Belum ada skor untuk {year}, jadi langkah belum dapat dihitung.",
    "brief.path.no_evidence": "Belum ada bukti indikator yang tercatat untuk {year}, jadi langkah belum dapat dihitung.",
    "brief.step.sid": "Perkuat bukti «{indicator}» inovasi {innovation}",
    "brief.step.sid_new": "Lengkapi bukti «{indicator}» inovasi {innovation}",
    "brief.step.spd": "Lengkapi bukti daerah «{indicator}»",
    "brief.step.gap": "Inovasi {innovation}: lengkapi bukti wajib {missing}",
    "brief.step.owner_regency": "Pemerintah daerah",
    "brief.step.line": "{text} — {owner}: {points} poin",
    # presenter mode (pages/presentasi.py): slide titles that state the finding
    "brief.slide.cards": "Posisi {year}: belum ada skor resmi maupun perkiraan",
    "brief.slide.cards_below": "{year}: skor {score} ({kind}), kurang {gap} poin dari sasaran {target}",
    "brief.slide.cards_reached": "{year}: skor {score} ({kind}), {gap} poin di atas sasaran {target}",
    "brief.slide.coverage": "{x} dari {n} OPD ({share}) punya inovasi; {missing} belum",
    "brief.slide.coverage_all": "Semua {n} OPD punya inovasi",
    "brief.slide.jenis": "{share} inovasi digital; inovasi non-digital tetap dihitung",
    "brief.slide.closing": "Langkah menuju {target} dan OPD yang belum berinovasi ({year})",
    "brief.slide.closing_below": "Kurang {gap} poin: {n} langkah menuju {target}; {n_without} OPD belum berinovasi",
    "brief.slide.closing_below_all": "Kurang {gap} poin: {n} langkah menuju {target}; semua OPD sudah berinovasi",
    "brief.slide.closing_reached": "Sasaran {target} tercapai (+{margin}); {n_without} OPD belum berinovasi",
    "brief.slide.closing_reached_all": "Sasaran {target} tercapai (+{margin}); semua OPD sudah berinovasi",
    "brief.slide.trend_up": "Skor resmi naik dari {first} ({first_year}) ke {last} ({last_year})",
    "brief.slide.trend_down": "Skor resmi turun dari {first} ({first_year}) ke {last} ({last_year})",
    "brief.slide.trend_flat": "Skor resmi tetap {last} dari {first_year} sampai {last_year}",
    "brief.slide.trend_few": "Skor indeks dari tahun ke tahun: hasil resmi dan perkiraan",
    # the follow-up sheet of one OPD: "what to do first" and the points at risk
    "brief.followup.path": "{text}. Langkah ini termasuk jalan terpendek menuju {target}: {points} poin.",
    "brief.followup.protect": "{text}. Langkah ini menjaga skor tetap di atas {target}: {points} poin dipertaruhkan.",
    "brief.followup.gap": "{text}: {points} poin berisiko selama buktinya belum ada.",
    "brief.followup.create": (
        "Buat dan daftarkan minimal satu inovasi. Setiap OPD ditargetkan punya minimal satu inovasi "
        "(sasaran {goal} OPD berinovasi)."
    ),
    "brief.followup.no_evidence": (
        "Catat bukti indikator setiap inovasi, agar poin yang berisiko dan langkahnya dapat dihitung."
    ),
    "brief.followup.complete": (
        "Bukti wajib semua inovasi sudah lengkap. Pertahankan, dan naikkan tingkat buktinya bila bisa."
    ),
    "brief.followup.risk": "Jumlah: {points} poin IID berisiko dari {n} bukti wajib yang belum ada.",
    "brief.followup.peers": "{x} dari {n} {group} sudah punya minimal satu inovasi tahun ini.",
    "brief.followup.group_kecamatan": "kecamatan",
    "brief.followup.group_opd": "perangkat daerah (di luar kecamatan)",
    "brief.followup.no_data": "Belum ada data OPD dan inovasi untuk {year}, jadi lembar tindak lanjut belum dapat dibuat.",
    "brief.followup.narrowed": "Lembar tindak lanjut dibuat dari seluruh data tahun itu, tanpa filter.",
    "brief.digital": (
        "{share} inovasi berjenis digital; inovasi non-digital tetap dihitung asal membawa "
        "perubahan dan dampak terukur."
    ),
    "brief.top": "Inovasi terbanyak datang dari {name} ({n} inovasi).",
    "brief.no_data": "Belum ada data inovasi untuk {year} dengan filter ini.",
    "brief.reminder": "Setiap OPD ditargetkan punya minimal satu inovasi.",
    "trend.reached": "Skor resmi {base_year} ({base}) sudah mencapai sasaran {goal}.",
    "trend.needed": (
        "Dari {base} ({base_year}) ke {goal} pada {goal_year} dibutuhkan kenaikan {needed} poin per tahun."
    ),
    "trend.no_pace": "Baru ada satu hasil resmi, jadi laju kenaikan belum dapat dihitung.",
    "trend.not_rising": "Hasil resmi selama ini tidak naik ({pace} poin per tahun); sasaran tidak tercapai tanpa perubahan.",
    "trend.too_slow": "Dengan laju hasil resmi selama ini ({pace} poin per tahun), sasaran tidak tercapai dalam waktu yang masuk akal.",
    "trend.on_time": "Dengan laju hasil resmi selama ini ({pace} poin per tahun), sasaran tercapai sekitar {reach_year}: tepat waktu.",
    "trend.late": (
        "Dengan laju hasil resmi selama ini ({pace} poin per tahun), sasaran baru tercapai sekitar "
        "{reach_year}: perlu dipercepat."
    ),
    "page.partisipasi.title": "Partisipasi OPD {year}",
    "page.partisipasi.caption": "Berapa inovasi tiap OPD, dari tahun ke tahun, dan seberapa dekat dengan sasaran semua OPD berinovasi.",
    "page.partisipasi.kpi_all": "OPD berinovasi (semua)",
    "page.partisipasi.kpi_opd": "Perangkat daerah berinovasi",
    "page.partisipasi.kpi_kecamatan": "Kecamatan berinovasi",
    "page.partisipasi.group_opd": "Perangkat daerah",
    "page.partisipasi.group_kecamatan": "Kecamatan",
    "page.partisipasi.per_opd": "Jumlah inovasi per OPD, {year}",
    "page.partisipasi.heatmap": "Inovasi per OPD per tahun",
    "page.partisipasi.heatmap_caption": "Angka di tiap kotak adalah jumlah inovasi; kotak pucat berisi 0 berarti belum ada inovasi.",
    "page.partisipasi.coverage": "Cakupan OPD berinovasi dari tahun ke tahun",
    "page.partisipasi.coverage_one": (
        "Untuk satu OPD cakupan hanya bisa 0 % atau 100 %, jadi grafik ini menampilkan jumlah inovasinya "
        "per tahun; tahun dengan 0 berarti OPD itu belum berinovasi."
    ),
    "page.partisipasi.one_opd": "Inovasi satu OPD",
    "page.partisipasi.choose": "Pilih OPD",
    "page.partisipasi.choose_option": "{name} ({n} inovasi)",
    "page.partisipasi.history": "Jumlah inovasi per tahun: ",
    "page.partisipasi.none_for_opd": "{name} belum punya inovasi pada {year}.",
    "page.partisipasi.opd_digital": "{share} dari {n} inovasi ini berjenis digital.",
    "page.jenis.title": "Jenis Inovasi {year}",
    "page.jenis.caption": "Digital atau non-digital, bentuk, tahapan, inisiator, urusan, dan empat kriteria inovasi.",
    "page.jenis.by_year": "Digital dan non-digital per tahun",
    "page.jenis.by_year_caption": "Keduanya sama-sama dihitung dalam indeks; inovasi tidak harus berupa aplikasi.",
    "page.jenis.tahapan": "Tahapan inovasi, {year}",
    "page.jenis.tahapan_caption": "Dari gagasan (inisiatif) ke uji coba sampai diterapkan.",
    "page.jenis.bentuk": "Bentuk inovasi, {year}",
    "page.jenis.inisiator": "Inisiator, {year}",
    "page.jenis.urusan": "{n} urusan terbanyak, {year}",
    "page.jenis.urusan_caption": "Tabel memuat semua {n} urusan.",
    "page.jenis.criteria": "Empat kriteria inovasi, {year}",
    "page.jenis.criteria_caption": (
        "Kriteria dari Kemendagri (lokakarya Desember 2022): ada perubahan, dampak terukur, "
        "metode baru, dan kolaborasi."
    ),
    "page.progres.title": "Progres Skor IID",
    "page.progres.caption": "Hasil resmi Kabupaten Pati, jarak ke sasaran, laju yang dibutuhkan, dan perbandingan dengan daerah lain.",
    "page.progres.filters_note": (
        "Skor indeks berlaku untuk seluruh kabupaten: filter OPD, jenis, dan tahapan tidak berlaku di "
        "halaman ini. Tahun penilaian menentukan hasil resmi terakhir yang dipakai."
    ),
    "page.progres.official": "Hasil resmi per tahun",
    "page.progres.unpublished": "Tidak ada hasil resmi yang dipublikasikan untuk: {years}. Tahun itu dibiarkan kosong, tidak dikarang.",
    "page.progres.derived_note": (
        "Untuk hasil resmi yang diumumkan tanpa predikat, predikat diturunkan dari batas pita predikat resmi."
    ),
    "page.progres.none_yet": "Belum ada hasil resmi Kabupaten Pati sampai tahun {year}.",
    "page.progres.gaps": "Jarak dari hasil resmi {year}",
    "page.progres.latest_before": "Hasil resmi {year} belum ada; yang dipakai hasil resmi terakhir, {base}.",
    "page.progres.kpi_score": "Skor resmi {year}",
    "page.progres.kpi_next_band": "Jarak ke predikat {band}",
    "page.progres.kpi_next_band_none": "Predikat tertinggi",
    "page.progres.next_band_caption": "poin sampai masuk pita {band}",
    "page.progres.top_band": "Sudah di pita predikat tertinggi.",
    "page.progres.trend": "Laju yang dibutuhkan",
    "page.progres.goal": "Skor sasaran",
    "page.progres.goal_year": "Tercapai pada tahun",
    "page.progres.kpi_needed": "Kenaikan per tahun yang dibutuhkan",
    "page.progres.kpi_needed_help": "Dari hasil resmi terakhir sampai skor {goal} pada {year}, dalam garis lurus.",
    "page.progres.kpi_pace": "Laju hasil resmi {first}–{last}",
    "page.progres.pace_help": "Kemiringan garis lurus terbaik melalui semua hasil resmi (poin per tahun).",
    "page.progres.per_year_suffix": " poin/tahun",
    "page.progres.reached_short": "Sudah tercapai",
    "page.progres.compare": "Pati dan daerah lain",
    "page.progres.compare_year": "Tahun penilaian",
    "page.progres.next_goal": "Sasaran {target} sudah tercapai; sebagai contoh dipakai sasaran berikutnya, {goal}. Geser untuk mengubahnya.",
    "page.progres.compare_caption": "Garis putus-putus merah: sasaran Pati. Jingga: Kabupaten Pati; biru: daerah lain di Jawa Tengah; abu-abu: daerah lain.",
    "page.progres.compare_none": "Belum ada hasil resmi Kabupaten Pati untuk dibandingkan.",
    "page.progres.partial": (
        "Gambaran nasional tidak lengkap: untuk {year} hanya {n} daerah lain yang hasilnya "
        "dipublikasikan dan kami temukan, dari sekitar 546 pemerintah daerah. Daerah Jawa Tengah "
        "ditampilkan lebih dulu; peringkat Pati tidak diketahui dan tidak dikarang."
    ),
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
    "ranking.kind.kabupaten": "kabupaten",
    "ranking.kind.kota": "kota",
    "ranking.kind.provinsi": "provinsi",
    "ranking.scope.national": "{kind} se-Indonesia",
    "ranking.scope.province": "{kind} di {province}",
    "ranking.where.national": "se-Indonesia",
    "ranking.where.province": "se-{province}",
    "ranking.rank_of": "ke-{rank} dari {size}",
    "ranking.computed": "peringkat dihitung dari tabel impor",
    "ranking.published": "Peringkat terbitan: {rank} ({scope})",
    "ranking.among": "di antara {size} {scope}",
    "ranking.share_below": "Skornya lebih tinggi daripada {share} {kind} lain.",
    "ranking.top": "Skor tertinggi di antara {scope}.",
    "ranking.partial": (
        "Hasil {year} yang tersimpan baru mencakup {present} dari {size} {scope}; peringkat dihitung "
        "bila semuanya ada."
    ),
    "ranking.no_score": "Hasil {year} yang tersimpan tidak mencakup {subject}.",
    "ranking.change.up": "naik {n}",
    "ranking.change.down": "turun {n}",
    "ranking.change.same": "tetap",
    "ranking.sample.source": "{mark}: tabel sintetis dari python -m analytics sample-hasil (benih {seed}), bukan hasil resmi",
    "ranking.cli.help": "buat tabel hasil IID nasional sintetis (data contoh) satu tahun, untuk uji dan peragaan",
    "ranking.cli.description": (
        "Menulis tabel hasil IID satu tahun untuk semua provinsi, kabupaten dan kota otonom, dengan skor "
        "sintetis berbenih (data contoh); hasil resmi yang sudah tersimpan untuk tahun itu ditulis apa "
        "adanya. Tabel ini tidak pernah dimuat sendiri: impor berkasnya untuk memakainya, dan semua "
        "peringkat darinya diberi tanda data contoh."
    ),
    "ranking.cli.year": "tahun penilaian",
    "ranking.cli.out": "berkas CSV tujuan",
    "ranking.cli.seed": "benih acak (bawaan {seed})",
    "ranking.cli.done": (
        "{n} daerah tahun {year} ditulis ke {file} (data contoh). Impor dengan: "
        "python -m analytics import {file}"
    ),
    "page.peringkat.title": "Peringkat IID",
    "page.peringkat.caption": (
        "Posisi {subject} di antara daerah sejenis, secara nasional dan di {province}: sebaran skor, "
        "predikat, dan daerah tetangga."
    ),
    "page.peringkat.filters_note": (
        "Filter OPD, jenis, dan tahapan tidak berlaku di halaman ini. Peringkat hanya dihitung bila "
        "hasil tahun itu tersimpan untuk semua daerah di lingkupnya; tidak ada peringkat yang dikarang."
    ),
    "page.peringkat.year": "Tahun penilaian",
    "page.peringkat.scope_national": "Se-Indonesia",
    "page.peringkat.none": "Belum ada hasil indeks yang tersimpan.",
    "page.peringkat.standing": "Posisi {subject}, {year}",
    "page.peringkat.kpi_rank": "Peringkat {where}",
    "page.peringkat.kpi_no_rank": "Belum ada",
    "page.peringkat.kpi_score": "Skor {year}",
    "page.peringkat.score_official": "hasil resmi; sumber: {source}",
    "page.peringkat.sample_note": (
        "Peringkat dan grafik tahun ini dihitung dari **data contoh** (tabel sintetis), bukan hasil resmi."
    ),
    "page.peringkat.how": (
        "Untuk mendapatkan peringkat, editor mengimpor tabel hasil IID satu tahun yang memuat semua "
        "kabupaten dan kota (templat hasil di halaman Kelola Data)."
    ),
    "page.peringkat.distribution": "Sebaran skor {scope}, {year}",
    "page.peringkat.distribution_caption": "Setiap batang: banyaknya daerah dengan skor di rentang itu. {subject} ditandai.",
    "page.peringkat.distribution_partial": (
        "Sebaran skor dan porsi predikat digambar bila hasil {year} tersimpan untuk semua {scope}; "
        "sekarang baru {present} dari {size}."
    ),
    "page.peringkat.predicates": "Porsi daerah per predikat, {scope}, {year}",
    "page.peringkat.predicates_derived": (
        "{n} daerah tanpa predikat terbitan; predikatnya diturunkan dari pita predikat resmi."
    ),
    "page.peringkat.neighbours": "{subject} dan tetangganya",
    "page.peringkat.neighbours_missing": "Belum ada hasil tersimpan untuk: {names}.",
    "page.peringkat.neighbours_none": "Daftar tetangga {subject} belum ada.",
    "page.peringkat.history": "Peringkat {where} dari tahun ke tahun",
    "page.peringkat.history_none": (
        "Belum ada tahun yang hasilnya tersimpan untuk semua {scope}, jadi perubahan peringkat belum "
        "dapat ditunjukkan."
    ),
    "page.peringkat.history_partial": "Tahun yang hasilnya belum lengkap: {years}.",
    "chart.rank.n_regions": "Jumlah daerah",
    "chart.rank.axis": "Peringkat (1 = tertinggi)",
    "chart.rank.share_axis": "Porsi daerah (%)",
    "chart.rank.bar_label": "{n} ({share})",
    "chart.rank.subject_mark": "{subject}: {score}",
    "col.scope": "Lingkup",
    "col.regions_present": "Daerah di tabel",
    "col.change": "Perubahan",
    "col.n_regions": "Jumlah daerah",
    "col.derived": "Predikat diturunkan",
    "page.data.title": "Data Inovasi",
    "page.data.caption": "Cari dan saring inovasi; pilih satu baris untuk melihat semua isiannya dan tingkat buktinya.",
    "page.data.search": "Cari inovasi",
    "page.data.search_placeholder": "nama, OPD, urusan, atau uraian",
    "page.data.all_years": "Semua tahun",
    "page.data.all_years_short": "semua tahun",
    "page.data.one_year": "tahun {year} saja",
    "page.data.count": "**{n}** inovasi ditemukan ({where}).",
    "page.data.excel_one_year": "Unduhan Excel berisi tahun {year} saja (satu berkas per tahun penilaian).",
    "page.data.none": "Tidak ada inovasi yang cocok dengan pencarian dan filter ini.",
    "page.data.detail": "Rincian inovasi",
    "page.data.choose": "Inovasi",
    "page.data.choose_help": "Klik baris di tabel atau pilih di sini.",
    "page.data.choose_option": "{name} — {opd} ({year})",
    "page.data.evidence": "Tingkat bukti per indikator SID",
    "page.data.evidence_caption": (
        "Tingkat {level_none} = belum ada bukti, {level_first}–{level_max} = parameter yang dipilih dengan bukti. "
        "Tanda * = bukti wajib; "
        "batang merah = bukti wajib yang belum ada."
    ),
    "chart.empty": "Tidak ada data untuk pilihan ini",
    "chart.target_line": "Sasaran {value}",
    "chart.score.title": "Skor Indeks Inovasi Daerah",
    "chart.score.axis": "Skor (0–100)",
    "chart.score.official": "Hasil resmi",
    "chart.score.estimate": "Perkiraan (bukan resmi)",
    "chart.score.none": "Belum ada skor resmi maupun perkiraan",
    "chart.goal.needed": "Jalur yang dibutuhkan",
    "chart.goal.pace": "Laju selama ini",
    "chart.region.pati": "Kabupaten Pati",
    "chart.region.central_java": "Jawa Tengah",
    "chart.region.other_region": "Daerah lain",
    "chart.innovations": "Jumlah inovasi",
    "chart.coverage.all": "Semua OPD",
    "chart.coverage.opd": "Perangkat daerah",
    "chart.coverage.kecamatan": "Kecamatan",
    "chart.coverage.goal": "Sasaran {value}",
    "chart.coverage.axis": "OPD berinovasi",
    "chart.coverage.one_opd": "Satu OPD dipilih: jumlah inovasinya per tahun",
    "chart.jenis.share": "({share})",
    "chart.jenis.axis": "Tahun (porsi digital)",
    "chart.criteria.perubahan": "Ada perubahan",
    "chart.criteria.dampak_terukur": "Dampak terukur",
    "chart.criteria.metode_baru": "Metode baru",
    "chart.criteria.kolaborasi": "Kolaborasi",
    "chart.criteria.keempatnya": "Memenuhi keempatnya",
    "chart.criteria.axis": "Dari {n} inovasi",
    "chart.evidence.axis": "Tingkat bukti ({min}–{max})",
    "chart.evidence.none": "Belum ada bukti tercatat untuk inovasi ini (semua tingkat {level_none})",
    "col.year": "Tahun",
    "col.score": "Skor",
    "col.kind": "Jenis angka",
    "col.predicate": "Predikat",
    "col.note": "Keterangan",
    "col.opd": "OPD",
    "col.group": "Kelompok",
    "col.n_innovations": "Jumlah inovasi",
    "col.n_digital": "Inovasi digital",
    "col.opd_with": "OPD berinovasi",
    "col.x_of_n": "{x} dari {n}",
    "col.coverage": "Cakupan",
    "col.coverage_opd": "Cakupan perangkat daerah",
    "col.coverage_kecamatan": "Cakupan kecamatan",
    "col.goal": "Sasaran",
    "col.share": "Porsi",
    "col.share_digital": "Porsi digital",
    "col.criterion": "Kriteria",
    "col.region": "Daerah",
    "col.province": "Provinsi",
    "col.rank": "Peringkat",
    "col.rank_value": "{rank} ({scope})",
    "col.source": "Sumber",
    "col.innovation": "Nama inovasi",
    "col.unit": "Unit pelaksana",
    "col.jenis": "Jenis",
    "col.bentuk": "Bentuk",
    "col.tahapan": "Tahapan",
    "col.inisiator": "Inisiator",
    "col.urusan": "Urusan",
    "col.trial_date": "Tanggal uji coba",
    "col.launch_date": "Tanggal penerapan",
    "col.description": "Uraian",
    "col.criteria": "Kriteria terpenuhi",
    "col.criteria_value": "{n} dari 4",
    "col.criterion_change": "Ada perubahan",
    "col.criterion_impact": "Dampak terukur",
    "col.criterion_method": "Metode baru",
    "col.criterion_collaboration": "Kolaborasi",
    "col.sample": "Data contoh",
    "col.field": "Isian",
    "col.value": "Nilai",
    "col.indicator": "Indikator",
    "col.mandatory": "Wajib",
    "col.level": "Tingkat bukti",
    "col.path_needed": "Jalur yang dibutuhkan",
    "col.path_pace": "Laju selama ini",
    "col.yes": "ya",
    "col.no": "tidak",
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
    "cli.usage": "cara pakai:",
    "cli.positionals": "argumen",
    "cli.options": "pilihan",
    "cli.help": "tampilkan bantuan ini lalu keluar",
    "cli.error": "galat",
    "cli.err.required": "argumen ini wajib diisi: {args}",
    "cli.err.unrecognized": "argumen tidak dikenal: {args}",
    "cli.err.choice": "{arg}: pilihan {value} tidak ada (pilih dari {choices})",
    "cli.err.value": "{arg}: nilai {value} tidak sah",
    "cli.err.one_value": "{arg}: perlu satu nilai",
    "cli.err.not_allowed": "{arg} tidak boleh dipakai bersama {other}",
    "info.tables": "Tabel dan jumlah baris",
    "info.years": "Tahun penilaian",
    "info.opd": "OPD (termasuk kecamatan)",
    "info.kecamatan": "Kecamatan",
    "info.official": "Hasil resmi IID",
    "info.sample_rows": "Baris data contoh",
    "info.year_summary": "Ringkasan per tahun",
    "info.year_row": "{year}: {n} inovasi, {x} dari {total} OPD berinovasi ({coverage}), digital {digital}",
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
    # Kelola Data page (pages/kelola_data.py, ui/import_view.py)
    "nav.kelola_data": "Kelola Data",
    "page.kelola.title": "Kelola Data",
    "page.kelola.caption": (
        "Impor data asli dari berkas Excel atau CSV, lihat riwayat impor, dan batalkan impor. "
        "Masuk sebagai editor {name}."
    ),
    "page.kelola.editors_only": 'Halaman ini hanya untuk editor. Masuk melalui "Masuk editor" di bilah samping.',
    "page.kelola.tab_import": "Impor berkas",
    "page.kelola.tab_history": "Riwayat dan pembatalan",
    "page.kelola.kind": "Jenis data",
    "page.kelola.kind_inovasi": "Daftar inovasi",
    "page.kelola.kind_hasil": "Hasil indeks resmi",
    "page.kelola.kind_help": (
        "Daftar inovasi: satu baris per inovasi per tahun, dari OPD. Hasil indeks resmi: skor IID "
        "yang diterbitkan Kemendagri/BSKDN untuk Pati atau daerah lain, selalu dengan sumbernya."
    ),
    "page.kelola.template_download": "Unduh templat {kind} (.xlsx)",
    "page.kelola.upload": "Unggah berkas Excel atau CSV",
    "page.kelola.upload_help": "Paling besar {mb} MB dan {rows} baris. Berkas diperiksa dulu; belum ada yang disimpan.",
    "page.kelola.upload_instructions": (
        "Seret berkas ke kotak ini atau klik **Pilih berkas**. Jenis berkas: {types}; paling besar {mb} MB."
    ),
    "page.kelola.upload_hint": (
        "Berkas diperiksa seluruhnya lebih dulu. Bila ada satu saja kesalahan, tidak ada yang "
        "disimpan, dan laporan menyebut baris, kolom dan alasannya."
    ),
    "page.kelola.checking": "Memeriksa berkas…",
    "page.kelola.report_download": "Unduh laporan masalah (.txt)",
    "page.kelola.readings_download": "Unduh daftar penafsiran (.txt)",
    "page.kelola.replace_sample": (
        "Hapus {n} baris data contoh pada tahun {years} (tercatat di riwayat dan dapat dibatalkan)"
    ),
    "page.kelola.replace_sample_help": (
        "Data contoh adalah data buatan. Bila data asli suatu tahun sudah lengkap, hapus data "
        "contoh tahun itu agar angka dasbor hanya berasal dari data asli."
    ),
    "page.kelola.removed": "data contoh dihapus",
    "page.kelola.preview_caption": "Pratinjau perubahan ({n} baris pertama):",
    "page.kelola.preview_caption_readings": (
        "Pratinjau perubahan ({n} baris pertama). Kolom Penafsiran menunjukkan nilai yang dibaca dengan "
        "penafsiran (mis. online dibaca sebagai Digital); bila ada yang salah, perbaiki berkasnya lalu "
        "unggah ulang:"
    ),
    "page.kelola.nothing_to_do": "Semua baris sudah tersimpan persis sama; tidak ada yang perlu disimpan.",
    "page.kelola.confirm": "Simpan ke basis data",
    "page.kelola.saving": "Menyimpan…",
    "page.kelola.history_empty": "Belum ada impor.",
    "page.kelola.col_when": "Waktu",
    "page.kelola.col_file": "Berkas",
    "page.kelola.col_kind": "Jenis",
    "page.kelola.col_by": "Oleh",
    "page.kelola.col_status": "Status",
    "page.kelola.col_row": "Data",
    "page.kelola.col_action": "Tindakan",
    "page.kelola.col_fields": "Kolom yang berubah",
    "page.kelola.status_active": "berlaku",
    "page.kelola.status_undone": "dibatalkan oleh {by}, {when}",
    "page.kelola.choose_batch": "Rincian impor",
    "page.kelola.already_undone": "Impor ini sudah dibatalkan.",
    "page.kelola.undo_confirm": "Saya yakin: kembalikan {n} baris yang diubah impor #{batch} ke keadaan sebelumnya",
    "page.kelola.undo": "Batalkan impor #{batch}",
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
        "• Nama daerah dicocokkan dengan daftar wilayah Kemendagri: Kabupaten Pati, Kab. Pati, KABUPATEN PATI atau Pati saja (bila hanya satu daerah bernama itu) diterima. jenis_daerah boleh kosong, kecuali nama itu dipakai kabupaten dan kota sekaligus (mis. Semarang).\n"
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
    "import.col.daerah": "Nama daerah, mis. Kabupaten Pati.",
    "import.col.provinsi": "Provinsi daerah itu, mis. Jawa Tengah.",
    "import.col.jenis_daerah": "kabupaten, kota atau provinsi (boleh kosong bila nama diawali Kabupaten/Kota/Provinsi).",
    "import.col.skor": "Skor IID resmi yang diterbitkan.",
    "import.col.predikat": "Predikat resmi seperti yang diterbitkan (boleh kosong).",
    "import.col.peringkat": "Peringkat resmi (boleh kosong; jangan diisi bila tidak diterbitkan).",
    "import.col.lingkup_peringkat": "Lingkup peringkat, mis. kabupaten nasional (boleh kosong).",
    "import.col.sumber": "Sumber terbitan: keputusan, dokumen atau berita, dengan tanggalnya.",
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
    "score.method.year": "harus tahun antara {first} dan {last}",
    "score.method.provenance": "harus salah satu dari official, reconstructed, assumption (tertulis '{value}')",
    "score.method.rule": "'{value}' tidak didukung; yang didukung hanya '{rule}'",
    "score.method.code": "'{value}' bukan kode yang sah (huruf kecil, angka, garis bawah; diawali huruf)",
    "score.method.duplicate": "'{code}' sudah dipakai sebelumnya",
    "score.method.unknown_key": "tidak dikenal (yang boleh: {allowed})",
    "score.method.level_range": "harus lebih besar dari levels.min ({min})",
    "score.method.levels_differ": (
        "Berkas metode {a} dan {b} menyatakan tingkat bukti yang berbeda ({range_a} dan {range_b}); "
        "data yang tersimpan hanya punya satu rentang tingkat bukti."
    ),
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
    "score.no_data_any": (
        "Tidak ada data inovasi untuk tahun penilaian {year}: basis data belum berisi data inovasi. "
        "Impor data lewat halaman Kelola Data atau `python -m analytics import BERKAS`."
    ),
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
    "score.cli.plan_reached": "Jalan menuju {target}: sudah tercapai, IID perkiraan {start}; tidak perlu langkah.",
    "score.cli.plan": "Jalan menuju {target}: {n} langkah, IID perkiraan {start} → {final}",
    "score.cli.step": "{step:>3}. {description} (+{gain})",
    "score.cli.bad_number": "'{value}' bukan bilangan (contoh: 60,01)",
    # estimate sections and simulator of Progres Skor (scoresim.*, ui/score_sections.py)
    "scoresim.title": "Perkiraan IID, jalan menuju target, dan simulasi",
    "scoresim.no_year": "Pilih tahun penilaian di panel samping untuk melihat perkiraan IID.",
    "scoresim.scope_note": (
        "Perkiraan selalu mencakup seluruh inovasi Kabupaten Pati tahun {year}; filter ({scope}) "
        "tidak berlaku di bagian ini."
    ),
    "scoresim.intro": (
        "Angka di bagian ini adalah **perkiraan** Indeks Inovasi Daerah yang dihitung dari bukti "
        "tersimpan dengan **metode penilaian tahun {method_year}**, bukan hasil resmi. Hasil resmi "
        "ditampilkan di sampingnya beserta sumbernya bila sudah diterbitkan."
    ),
    "scoresim.kpi.estimate": "IID perkiraan {year}",
    "scoresim.kpi.estimate_help": "Dihitung dengan {method} (berkas {path}). Bukan hasil resmi.",
    "scoresim.kpi.predicate": "Predikat perkiraan: **{predicate}**",
    "scoresim.kpi.predicate_plain": "Predikat perkiraan: {predicate}",
    "scoresim.kpi.parts": (
        "SPD {spd} dari {spd_max} · kematangan SID {sid} dari {sid_max} · skor jumlah inovasi "
        "{count} dari {count_max} · {n} inovasi"
    ),
    "scoresim.kpi.method": "Perkiraan, metode tahun {method_year} ({name}).",
    "scoresim.kpi.official": "Hasil resmi {year}",
    "scoresim.kpi.official_none": "Belum ada hasil resmi {year} yang diterbitkan.",
    "scoresim.kpi.official_delta": "perkiraan − resmi",
    "scoresim.kpi.official_source": "Sumber: {source}",
    "scoresim.kpi.predicate_official": "Predikat resmi: **{predicate}**",
    "scoresim.kpi.predicate_derived": "Predikat: **{predicate}** (diturunkan dari batas predikat; tidak diterbitkan)",
    "scoresim.reconstructed.title": "Bagian metode yang direkonstruksi atau asumsi ({n})",
    "scoresim.reconstructed.intro": (
        "Bagian metode berikut belum dikonfirmasi sumber resmi, sehingga perkiraan bisa berbeda "
        "dari hasil resmi:"
    ),
    "scoresim.reconstructed.file": "Berkas metode: {path} · sumber: {source}",
    "scoresim.path.title": "Jalan menuju target ({year})",
    "scoresim.path.target": "Target IID",
    "scoresim.path.target_help": (
        "Ketik skor target (bawaan {default}: pita predikat {band} mulai {band_min}). "
        "Daftar langkah dihitung ulang seketika."
    ),
    "scoresim.path.target_not_number": (
        "'{value}' bukan angka. Ketik skor dengan koma desimal, misalnya 62,5. Sementara dipakai target {used}."
    ),
    "scoresim.path.target_out_of_range": (
        "{value} di luar rentang skor {low}–{high}. Sementara dipakai target {used}."
    ),
    "scoresim.path.kpi_start": "IID perkiraan sekarang",
    "scoresim.path.kpi_end": "IID perkiraan setelah {n} langkah",
    "scoresim.path.kpi_end_none": "IID perkiraan tanpa langkah tambahan",
    "scoresim.path.kpi_target": "Target",
    "scoresim.path.reached_short": "tercapai",
    "scoresim.path.not_reached_short": "belum tercapai",
    "scoresim.path.already": "IID perkiraan {start} sudah mencapai target {target}; tidak ada langkah yang dibutuhkan.",
    "scoresim.path.reached": "Target {target} tercapai dengan {n} langkah: IID perkiraan {start} → {final}.",
    "scoresim.path.not_reached": (
        "Target {target} tidak tercapai dengan menaikkan bukti inovasi yang ada: paling tinggi "
        "{best} bila semua bukti di tingkat tertinggi (langkah di bawah sampai {final})."
    ),
    "scoresim.path.how": (
        "Langkah paling sedikit menuju target, diurutkan dari tambahan poin terbesar. Tiap langkah "
        "menaikkan satu indikator pada satu inovasi (atau satu indikator SPD) secukupnya:"
    ),
    "scoresim.path.line": "{step}. {description}: **{gain} poin**",
    "scoresim.path.more": "… dan {n} langkah lagi; semuanya ada di tab Tabel.",
    "scoresim.path.try": "Coba langkah-langkah ini di simulasi",
    "scoresim.path.try_help": "Memasukkan semua langkah ke simulasi di bawah; basis data tidak diubah.",
    "scoresim.gaps.title": "Bukti wajib yang belum ada ({year})",
    "scoresim.gaps.caption": (
        "Indikator wajib: {indicators}. Poin berisiko = tambahan IID perkiraan bila bukti itu "
        "dilengkapi pada tingkat tertinggi; inovasi tanpa bukti wajib juga bisa tidak dinilai."
    ),
    "scoresim.gaps.none": "Semua inovasi tahun {year} sudah punya bukti untuk setiap indikator wajib.",
    "scoresim.gaps.kpi_missing": "Bukti wajib belum ada",
    "scoresim.gaps.kpi_innovations": "Inovasi dengan bukti wajib kurang",
    "scoresim.gaps.n_of": "{n} dari {total}",
    "scoresim.gaps.kpi_points": "Poin IID berisiko",
    "scoresim.gaps.kpi_points_help": "Jumlah tambahan IID perkiraan bila semua bukti wajib yang kurang dilengkapi pada tingkat tertinggi.",
    "scoresim.gaps.by_opd": "Per OPD",
    "scoresim.gaps.top_opd": "Grafik: {top} OPD dengan poin berisiko terbesar; tab Tabel memuat semua {n} OPD.",
    "scoresim.gaps.top_innovation": "Grafik: {top} inovasi dengan poin berisiko terbesar; tab Tabel memuat semua {n} inovasi.",
    "scoresim.gaps.by_innovation": "Per inovasi",
    "scoresim.gaps.estimate_note": "Poin berisiko adalah perkiraan, metode tahun {method_year}.",
    "scoresim.whatif.title": "Simulasi: bagaimana jika bukti dinaikkan?",
    "scoresim.whatif.caption": (
        "Pilih inovasi dan indikator (atau indikator SPD), pilih tingkat bukti, dan perkiraan baru "
        "langsung tampil. Tidak ada yang disimpan ke basis data; skenario hanya berlaku di sesi ini."
    ),
    "scoresim.whatif.aspect": "Jenis indikator",
    "scoresim.whatif.aspect.sid": "Indikator inovasi (SID)",
    "scoresim.whatif.aspect.spd": "Indikator daerah (SPD)",
    "scoresim.whatif.innovation": "Inovasi",
    "scoresim.whatif.innovation_option": "{name} ({opd})",
    "scoresim.whatif.indicator": "Indikator",
    "scoresim.whatif.indicator_option": "{name} (bobot {weight})",
    "scoresim.whatif.indicator_option_mandatory": "{name} (bobot {weight}, wajib)",
    "scoresim.whatif.level": "Tingkat bukti",
    "scoresim.whatif.level0": "0 (tanpa bukti)",
    "scoresim.whatif.level_help": "Skor indikator = bobot × tingkat bukti.",
    "scoresim.whatif.stored": "Tingkat tersimpan: {level}",
    "scoresim.whatif.kpi_before": "IID perkiraan (data tersimpan)",
    "scoresim.whatif.kpi_after": "IID perkiraan (skenario)",
    "scoresim.whatif.changes": "Perubahan dalam skenario ({n})",
    "scoresim.whatif.change_sid": "'{indicator}' pada '{innovation}' ({opd}): tingkat {from_level} → {to_level}",
    "scoresim.whatif.change_spd": "SPD '{indicator}': tingkat {from_level} → {to_level}",
    "scoresim.whatif.none": "Belum ada perubahan: skenario sama dengan data tersimpan.",
    "scoresim.whatif.reset": "Kosongkan skenario",
    "scoresim.new.title": "Menambah inovasi baru",
    "scoresim.new.maturity": "Kematangan inovasi baru (0–{max})",
    "scoresim.new.help": (
        "Kematangan = jumlah bobot × tingkat bukti semua indikator SID. Rata-rata sekarang: {average}."
    ),
    "scoresim.new.kpi": "IID perkiraan + inovasi baru",
    "scoresim.new.kpi_average": "Rata-rata kematangan sekarang",
    "scoresim.new.raises": "Menambah inovasi dengan kematangan {maturity} mengubah IID perkiraan sebesar {delta} poin.",
    "scoresim.new.break_even": (
        "Inovasi baru tidak menurunkan IID perkiraan bila kematangannya minimal {break_even} "
        "(rata-rata sekarang {average})."
    ),
    "scoresim.new.from_scenario": "Dihitung dari skenario simulasi di atas.",
    "scoresim.yes": "ya",
    "scoresim.col.step": "Langkah",
    "scoresim.col.action": "Perbaikan",
    "scoresim.col.mandatory": "Bukti wajib",
    "scoresim.col.gain": "Tambahan poin IID",
    "scoresim.col.after": "IID perkiraan setelahnya",
    "scoresim.col.rank": "Peringkat",
    "scoresim.col.opd": "OPD",
    "scoresim.col.innovation": "Inovasi",
    "scoresim.col.n_innovations": "Inovasi terdampak",
    "scoresim.col.n_missing": "Bukti wajib belum ada",
    "scoresim.col.missing": "Indikator tanpa bukti",
    "scoresim.col.points_at_risk": "Poin IID berisiko",
    "scoresim.chart.plan.start": "Sekarang",
    "scoresim.chart.plan.step": "Langkah {n}",
    "scoresim.chart.plan.end": "Hasil",
    "scoresim.chart.plan.start_hover": "IID perkiraan sekarang",
    "scoresim.chart.plan.end_hover": "IID perkiraan setelah semua langkah",
    "scoresim.chart.plan.axis": "IID perkiraan",
    "scoresim.chart.gaps.bar": "{points} ({n} bukti)",
    "scoresim.chart.gaps.axis": "Poin IID berisiko (perkiraan)",
}


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
