"""The dashboard's pages, navigation, filters, links and KPI cards."""

TEXT: dict[str, str] = {
    # {daerah} and the other region words come from the data folder's reference/daerah.toml
    # (analytics.region.Region.words()); no region is named in this catalogue
    "app.name": "Dasbor Inovasi Daerah",
    "app.title": "Dasbor Inovasi Daerah {daerah}",
    "sample.badge": "data contoh",
    "sample.notice": (
        "Sebagian data yang tampil adalah **data contoh** (buatan, bukan data resmi OPD). "
        "Hasil indeks resmi selalu diberi sumbernya."
    ),
    "official.label": "resmi",
    "estimate.label": "perkiraan",
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
    "page.ringkasan.caption": "Posisi {daerah} terhadap sasaran skor {target} dan OPD yang belum berinovasi.",
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
        "Skor Indeks Inovasi Daerah seluruh pemerintah daerah. Hasil resmi bila sudah dipublikasikan; "
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
    "kpi.score.whole_regency": "Skor untuk seluruh pemerintah daerah; tidak terpengaruh filter OPD, jenis, atau tahapan.",
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
    "page.progres.caption": "Hasil resmi {daerah}, jarak ke sasaran, laju yang dibutuhkan, dan perbandingan dengan daerah lain.",
    "page.progres.filters_note": (
        "Skor indeks berlaku untuk seluruh pemerintah daerah: filter OPD, jenis, dan tahapan tidak berlaku di "
        "halaman ini. Tahun penilaian menentukan hasil resmi terakhir yang dipakai."
    ),
    "page.progres.official": "Hasil resmi per tahun",
    "page.progres.unpublished": "Tidak ada hasil resmi yang dipublikasikan untuk: {years}. Tahun itu dibiarkan kosong, tidak dikarang.",
    "page.progres.derived_note": (
        "Untuk hasil resmi yang diumumkan tanpa predikat, predikat diturunkan dari batas pita predikat resmi."
    ),
    "page.progres.none_yet": "Belum ada hasil resmi {daerah} sampai tahun {year}.",
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
    "page.progres.compare": "{daerah_singkat} dan daerah lain",
    "page.progres.compare_year": "Tahun penilaian",
    "page.progres.next_goal": "Sasaran {target} sudah tercapai; sebagai contoh dipakai sasaran berikutnya, {goal}. Geser untuk mengubahnya.",
    "page.progres.compare_caption": (
        "Garis putus-putus merah: sasaran {daerah_singkat}. Jingga: {daerah}; biru: daerah lain di "
        "{provinsi}; abu-abu: daerah lain."
    ),
    "page.progres.compare_none": "Belum ada hasil resmi {daerah} untuk dibandingkan.",
    "page.progres.partial": (
        "Gambaran nasional tidak lengkap: untuk {year} hanya {n} daerah lain yang hasilnya "
        "dipublikasikan dan kami temukan, dari sekitar 546 pemerintah daerah. Daerah {provinsi} "
        "ditampilkan lebih dulu; peringkat {daerah_singkat} tidak diketahui dan tidak dikarang."
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
        "yang diterbitkan Kemendagri/BSKDN untuk {daerah} atau daerah lain, selalu dengan sumbernya."
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
}
