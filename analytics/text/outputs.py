"""What leaves the building: the briefing, PDF and Excel handouts, follow-up sheets, slides, snapshot."""

TEXT: dict[str, str] = {
    # handouts: the PDF briefing and the Excel workbook (handout.*), their CLI and download buttons
    "handout.title": "Ringkasan Inovasi Daerah {daerah} {year}",
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
    "handout.footer.made": "Dasbor Inovasi Daerah {daerah} · dibuat {date}",
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
    "handout.lembar.kicker": "Lembar tindak lanjut Inovasi Daerah {daerah} {year}",
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
    "handout.lembar.cli.opd": "kode OPD, misalnya dinkes",
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
        "Skor IID {daerah} setiap tahun: resmi (dengan sumber) atau perkiraan (dengan metode); "
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
    "brief.score.official": "Skor Indeks Inovasi Daerah {year} adalah {score} (hasil resmi), predikat {predicate}",
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
}
