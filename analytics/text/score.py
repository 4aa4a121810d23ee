"""The index score: official results, estimates, the scoring simulator and its plans, ranks."""

TEXT: dict[str, str] = {
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
        "Perkiraan selalu mencakup seluruh inovasi {daerah} tahun {year}; filter ({scope}) "
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
