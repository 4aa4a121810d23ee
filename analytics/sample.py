"""The seeded generator of the sample data set (data/sample/*.csv), 2021-2025.

The output is **sample data** (data contoh): made up, but shaped like Kabupaten Pati so that every
page has something realistic to show before real data is imported. It follows the domain reference:
50-120 innovations a year, some OPD without any (more in early years), about 90 % penerapan, health
and education the largest affairs, both jenis, and evidence levels that put an estimate of the 2022
index in the 50s. Real innovation names reported in the press (BERDENTING, SIJAKAPATI, ...) are used
as names, still marked as sample. The CSVs are committed; `python -m analytics sample` regenerates
them byte for byte from the seed.

`--scale K` (for speed measurements, docs/speed.md) writes K times the innovations instead: the
seeded set once as it is, then K-1 seeded variations of it, each innovation named with a copy number
("Gerakan Gizi Balita · 2") so that (year, OPD, name) stays unique, same OPD, year and stage, its
evidence levels and criteria nudged. Every row is still sample data (the build marks all of
data/sample/ as such). The SPD rows are regency-wide (one per indicator per year), so they stay as
they are.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

from analytics.db import DATA_DIR

SEED = 20221213  # the December 2022 workshop
YEARS = (2021, 2022, 2023, 2024, 2025)
# innovations per year, share of OPD without an innovation, mean evidence quality 0..1, SPD level
PLAN = {
    2021: (55, 0.38, 0.28, 1.55),
    2022: (66, 0.28, 0.33, 1.75),
    2023: (82, 0.18, 0.42, 2.00),
    2024: (96, 0.10, 0.50, 2.20),
    2025: (110, 0.06, 0.58, 2.45),
}
SID_CODES = (
    "regulasi", "sdm", "anggaran", "alat_kerja", "bimtek", "rkpd", "aktor", "pelaksana",
    "jejaring", "sosialisasi", "pedoman", "informasi_layanan", "kemudahan_proses", "pengaduan",
    "layanan_terintegrasi", "replikasi", "kecepatan", "kemanfaatan", "monev", "kualitas",
)  # fmt: skip
MANDATORY = {"regulasi", "sdm", "kecepatan", "kemanfaatan", "kualitas"}

# Main affair of each OPD; kecamatan draw from KECAMATAN_AFFAIRS.
OPD_AFFAIR = {
    "setda": "pemerintahan umum", "setwan": "pemerintahan umum", "inspektorat": "pengawasan",
    "satpolpp": "ketenteraman dan ketertiban umum", "bkpsdm": "kepegawaian",
    "kesbangpol": "kesatuan bangsa dan politik", "bpbd": "penanggulangan bencana",
    "bpkad": "keuangan", "bapperida": "perencanaan dan penelitian", "arpusda": "perpustakaan",
    "dkp": "kelautan dan perikanan", "disporapar": "pariwisata",
    "disdukcapil": "administrasi kependudukan", "dinkes": "kesehatan", "dinkp": "pangan",
    "diskominfo": "komunikasi dan informatika", "dinkop": "koperasi dan usaha kecil",
    "dlh": "lingkungan hidup", "dpupr": "pekerjaan umum dan penataan ruang",
    "dispermades": "pemberdayaan masyarakat dan desa", "dpmptsp": "penanaman modal",
    "disdikbud": "pendidikan", "disdagperin": "perdagangan", "dishub": "perhubungan",
    "distan": "pertanian", "disperkim": "perumahan dan kawasan permukiman", "dinsos": "sosial",
    "disnaker": "tenaga kerja", "rsud_soewondo": "kesehatan", "rsud_kayen": "kesehatan",
}  # fmt: skip
KECAMATAN_AFFAIRS = (
    ("pemerintahan umum", 3), ("kesehatan", 3), ("pendidikan", 3),
    ("pemberdayaan masyarakat dan desa", 2), ("sosial", 1), ("administrasi kependudukan", 1),
)  # fmt: skip
# How many innovations an OPD tends to make (Dinkes has 29 puskesmas, Disdikbud the schools).
OPD_WEIGHT = {"dinkes": 14, "disdikbud": 8, "rsud_soewondo": 3, "diskominfo": 3, "disdukcapil": 3,
              "dpmptsp": 2, "bapperida": 2, "rsud_kayen": 2, "dinsos": 2, "distan": 2}  # fmt: skip
ALWAYS_ACTIVE = {"dinkes", "disdikbud", "diskominfo", "disdukcapil", "bapperida", "dpmptsp"}
PUSKESMAS = (
    "Sukolilo I", "Kayen", "Tambakromo", "Winong I", "Pucakwangi I", "Jaken", "Batangan",
    "Juwana", "Jakenan", "Pati I", "Pati II", "Gabus I", "Margorejo", "Gembong", "Tlogowungu",
    "Wedarijaksa I", "Trangkil", "Margoyoso I", "Gunungwungkal", "Cluwak", "Tayu I", "Dukuhseti",
)  # fmt: skip

PREFIXES = (
    "Gerakan", "Sistem Informasi", "Layanan", "Pojok", "Kampung", "Sekolah", "Klinik", "Gerai",
    "Aplikasi", "Jemput Bola", "Rumah", "Kelas", "Gerbang", "Sapa", "Pusat", "Portal",
)  # fmt: skip
TOPICS = {
    "kesehatan": ("Gizi Balita", "Ibu Hamil Risiko Tinggi", "Imunisasi", "Lansia Sehat",
                  "Posyandu Remaja", "Cegah Stunting", "Kesehatan Jiwa", "Sanitasi Desa",
                  "Rujukan Pasien", "Antrean Pasien", "TBC Tuntas", "Deteksi Dini Kanker"),
    "pendidikan": ("Literasi Anak", "Guru Penggerak", "Sekolah Ramah Anak", "Numerasi Dasar",
                   "Anak Putus Sekolah", "Pembelajaran Daring", "Karakter Siswa", "PAUD Desa"),
}  # fmt: skip
GENERIC_TOPICS = ("Pelayanan Terpadu", "Data Terpadu", "Aduan Warga", "Arsip Digital",
                  "Perizinan Cepat", "UMKM Naik Kelas", "Desa Tangguh", "Pelaporan Kinerja",
                  "Kolaborasi Warga", "Antrian Daring", "Pemantauan Lapangan", "Informasi Publik")  # fmt: skip

# Real Pati innovations reported in the press: (name, opd, first year, jenis, urusan, launch date, text)
NAMED = (
    ("BERDENTING", "dinkes", 2023, "non-digital", "kesehatan", dt.date(2023, 6, 14),
     "Rujukan balita stunting ke dokter spesialis; direplikasi Kabupaten Boyolali."),
    ("SIJAKAPATI (Sistem Informasi Jalan dan Jembatan)", "dpupr", 2023, "digital",
     "pekerjaan umum dan penataan ruang", dt.date(2023, 7, 12),
     "Sistem informasi kondisi jalan dan jembatan (Bina Marga); direplikasi Kabupaten Blora."),
    ("Lapor Pak Dewo", "diskominfo", 2025, "digital", "komunikasi dan informatika",
     dt.date(2025, 1, 15), "Kanal pengaduan warga, penerus Teras Aduan dan LaporBup Pati."),
    ("Puspa Melati", "dinkes", 2022, "non-digital", "kesehatan", dt.date(2021, 9, 1),
     "Layanan puskesmas dibawa ke desa-desa."),
    ("1 Hektare 10 Ton", "distan", 2025, "non-digital", "pertanian", dt.date(2025, 2, 1),
     "Pendampingan petani untuk hasil 10 ton per hektare."),
    ("Tarjilu Okke", "disdukcapil", 2021, "digital", "administrasi kependudukan",
     dt.date(2020, 8, 1), "Layanan administrasi kependudukan secara daring."),
    ("Pati Maju", "diskominfo", 2021, "digital", "komunikasi dan informatika",
     dt.date(2018, 3, 1), "Aplikasi kota cerdas Kabupaten Pati."),
)  # fmt: skip
# 2022: seven innovations scored above 90 of 111 [press]: (opd, unit)
TOP_2022 = (("arpusda", None), ("dinkes", "Puskesmas Tambakromo"), ("dinkes", "Puskesmas Cluwak"),
            ("disdukcapil", None), ("dinkes", "Puskesmas Kayen"), ("kec_margorejo", None),
            ("diskominfo", None))  # fmt: skip
SPD_WEIGHTS_FOR_ORDER = ("visi_misi", "apbd_tepat_waktu", "belanja_wajib", "perizinan",
                         "pendapatan_per_kapita", "pengangguran", "investasi", "pad", "opini_bpk",
                         "lakip", "kemiskinan", "ipm", "penghargaan_inovator",
                         "rekomendasi_kebijakan", "ripj_pid", "fasilitasi_hki")  # fmt: skip


@dataclass
class Innovation:
    name: str
    opd_id: str
    unit: str | None
    jenis: str
    bentuk: str
    inisiator: str
    urusan: str
    trial_date: dt.date | None
    launch_date: dt.date | None
    description: str
    quality: float
    entered: list[int] = field(default_factory=list)


def _weighted(rng: random.Random, pairs: tuple[tuple[str, float], ...]) -> str:
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights=weights)[0]


class _Generator:
    def __init__(self, opds: list[dict[str, str]], seed: int = SEED):
        self.rng = random.Random(seed)
        self.opds = opds
        self.used_names: set[str] = set()
        self.pool: list[Innovation] = []
        # a stable propensity per OPD decides who is still without an innovation
        self.propensity = {o["opd_id"]: self.rng.random() for o in opds}
        for opd_id in ALWAYS_ACTIVE:
            self.propensity[opd_id] = 2.0

    def _affair(self, opd: dict[str, str]) -> str:
        if opd["jenis_opd"] == "kecamatan":
            return _weighted(self.rng, KECAMATAN_AFFAIRS)
        return OPD_AFFAIR.get(opd["opd_id"], "pemerintahan umum")

    def _name(self, urusan: str, opd: dict[str, str], unit: str | None) -> str:
        topics = TOPICS.get(urusan, GENERIC_TOPICS)
        for _ in range(200):
            name = f"{self.rng.choice(PREFIXES)} {self.rng.choice(topics)}"
            if unit and self.rng.random() < 0.5:
                name += f" {unit.replace('Puskesmas ', '')}"
            elif opd["jenis_opd"] == "kecamatan" and self.rng.random() < 0.6:
                name += f" {opd['nama'].replace('Kecamatan ', '')}"
            if name not in self.used_names:
                self.used_names.add(name)
                return name
        raise RuntimeError("name space exhausted")

    def _new(self, opd: dict[str, str], year: int, quality: float) -> Innovation:
        rng = self.rng
        unit = (
            f"Puskesmas {rng.choice(PUSKESMAS)}" if opd["opd_id"] == "dinkes" and rng.random() < 0.7 else None
        )
        urusan = self._affair(opd)
        digital_share = 0.36 + 0.045 * (year - 2021)
        jenis = "digital" if rng.random() < digital_share else "non-digital"
        launch = dt.date(year - rng.choice((1, 1, 2, 3)), rng.randint(1, 12), rng.randint(1, 28))
        trial = launch - dt.timedelta(days=rng.randint(60, 240))
        return Innovation(
            name=self._name(urusan, opd, unit),
            opd_id=opd["opd_id"],
            unit=unit,
            jenis=jenis,
            bentuk=_weighted(
                rng,
                (
                    ("pelayanan publik", 55),
                    ("tata kelola pemerintahan daerah", 30),
                    ("inovasi daerah lainnya", 15),
                ),
            ),
            inisiator=_weighted(
                rng, (("opd", 52), ("asn", 26), ("kepala daerah", 10), ("masyarakat", 9), ("anggota dprd", 3))
            ),
            urusan=urusan,
            trial_date=trial,
            launch_date=launch,
            description=f"Inovasi {jenis} bidang {urusan} oleh {opd['nama']}"
            + (f" ({unit})" if unit else "")
            + ".",
            quality=quality,
        )

    def _levels(self, quality: float) -> dict[str, int]:
        levels = {}
        for code in SID_CODES:
            q = quality + (0.12 if code in MANDATORY else 0.0)
            x = self.rng.gauss(q * 3.0, 0.9)
            levels[code] = max(0, min(3, round(x)))
        return levels

    def year_rows(self, year: int) -> list[dict[str, object]]:
        rng = self.rng
        n_target, share_none, mean_quality, _ = PLAN[year]
        by_id = {o["opd_id"]: o for o in self.opds}
        ranked = sorted(self.opds, key=lambda o: self.propensity[o["opd_id"]] + rng.uniform(0, 0.25))
        n_none = round(share_none * len(self.opds))
        active = ranked[n_none:]
        weights = [OPD_WEIGHT.get(o["opd_id"], 0.7 if o["jenis_opd"] == "kecamatan" else 1.0) for o in active]
        per_opd = {o["opd_id"]: 1 for o in active}
        for _ in range(n_target - len(active)):
            per_opd[rng.choices(active, weights=weights)[0]["opd_id"]] += 1

        chosen: list[Innovation] = []
        for opd_id, count in per_opd.items():
            # innovations entered once before may be entered again (at most twice in all)
            carried = [i for i in self.pool if i.opd_id == opd_id and len(i.entered) == 1
                       and i.entered[0] == year - 1 and rng.random() < 0.4][:count]  # fmt: skip
            for item in carried:
                item.quality = min(0.95, item.quality + 0.08)
            chosen.extend(carried)
            for _ in range(count - len(carried)):
                q = min(0.95, max(0.05, rng.gauss(mean_quality, 0.16)))
                item = self._new(by_id[opd_id], year, q)
                self.pool.append(item)
                chosen.append(item)
        for name, opd_id, first_year, jenis, urusan, launch, text in NAMED:
            if year in (first_year, first_year + 1) and opd_id in per_opd:
                item = next((i for i in self.pool if i.name == name), None)
                if item is None:
                    item = Innovation(name, opd_id, None, jenis, "pelayanan publik", "opd", urusan,
                                      launch - dt.timedelta(days=90), launch, text,
                                      min(0.95, mean_quality + 0.2))  # fmt: skip
                    self.used_names.add(name)
                    self.pool.append(item)
                if item not in chosen:
                    chosen.append(item)
        if year == 2022:
            for opd_id, unit in TOP_2022:
                item = next(
                    (i for i in chosen if i.opd_id == opd_id and (unit is None or i.unit == unit)), None
                )
                if item is None and opd_id in by_id:
                    item = self._new(by_id[opd_id], year, 0.9)
                    item.unit = unit
                    self.pool.append(item)
                    chosen.append(item)
                if item is not None:
                    item.quality = 0.97

        rows = []
        for item in chosen:
            item.entered.append(year)
            tahapan = _weighted(rng, (("penerapan", 90), ("uji coba", 5), ("inisiatif", 5)))
            levels = self._levels(item.quality)
            if item.quality >= 0.97:
                levels = {c: 3 if rng.random() < 0.85 else 2 for c in SID_CODES}
            q = item.quality
            rows.append(
                {
                    "tahun": year,
                    "nama_inovasi": item.name,
                    "opd": by_id[item.opd_id]["nama"],
                    "unit": item.unit or "",
                    "jenis": item.jenis,
                    "bentuk": item.bentuk,
                    "tahapan": tahapan,
                    "inisiator": item.inisiator,
                    "urusan": item.urusan,
                    "tanggal_uji_coba": item.trial_date.isoformat()
                    if item.trial_date and tahapan != "inisiatif"
                    else "",
                    "tanggal_penerapan": item.launch_date.isoformat()
                    if item.launch_date and tahapan == "penerapan"
                    else "",
                    "deskripsi": item.description,
                    "perubahan": "ya" if rng.random() < 0.80 + 0.15 * q else "tidak",
                    "dampak_terukur": "ya" if rng.random() < 0.35 + 0.55 * q else "tidak",
                    "metode_baru": "ya" if rng.random() < 0.65 + 0.25 * q else "tidak",
                    "kolaborasi": "ya" if rng.random() < 0.40 + 0.40 * q else "tidak",
                    **levels,
                }
            )
        rows.sort(key=lambda r: (r["opd"], r["nama_inovasi"]))
        return rows

    def spd_rows(self, year: int) -> list[dict[str, object]]:
        mean = PLAN[year][3]
        return [
            {"tahun": year, "indikator": code, "tingkat": max(0, min(3, round(self.rng.gauss(mean, 0.7))))}
            for code in SPD_WEIGHTS_FOR_ORDER
        ]


def _variation(rows: list[dict[str, object]], copy: int, seed: int) -> list[dict[str, object]]:
    """Copy number `copy` (2, 3, ...) of the innovations: a new name, evidence and criteria nudged."""
    rng = random.Random(f"{seed}:{copy}")  # one stream per copy: --scale 10 starts like --scale 50
    out = []
    for row in rows:
        new = dict(row, nama_inovasi=f"{row['nama_inovasi']} · {copy}")
        for code in SID_CODES:
            new[code] = max(0, min(3, int(row[code]) + rng.choice((-1, 0, 0, 0, 1))))
        for criterion in ("perubahan", "dampak_terukur", "metode_baru", "kolaborasi"):
            if rng.random() < 0.1:
                new[criterion] = "tidak" if row[criterion] == "ya" else "ya"
        out.append(new)
    return out


def generate(data_dir: Path = DATA_DIR, seed: int = SEED, scale: int = 1) -> tuple[Path, Path]:
    """Write <data_dir>/sample/inovasi.csv and spd.csv from the seed; return their paths.

    `scale` K > 1 writes K times the innovations (see the module docstring); the OPD list is read
    from <data_dir>/reference/opd.csv.
    """
    if scale < 1:
        raise ValueError(f"scale must be 1 or more, not {scale}")
    with open(data_dir / "reference" / "opd.csv", encoding="utf-8", newline="") as fh:
        opds = list(csv.DictReader(fh))
    gen = _Generator(opds, seed)
    innovations: list[dict[str, object]] = []
    spd: list[dict[str, object]] = []
    for year in YEARS:
        innovations.extend(gen.year_rows(year))
        spd.extend(gen.spd_rows(year))
    if scale > 1:
        copies = [_variation(innovations, copy, seed) for copy in range(2, scale + 1)]
        # each innovation followed by its copies, so the file reads in the sample's order
        innovations = [row for group in zip(innovations, *copies, strict=True) for row in group]
    out_dir = data_dir / "sample"
    out_dir.mkdir(parents=True, exist_ok=True)
    inov_path, spd_path = out_dir / "inovasi.csv", out_dir / "spd.csv"
    for path, rows in ((inov_path, innovations), (spd_path, spd)):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0].keys()), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    return inov_path, spd_path
