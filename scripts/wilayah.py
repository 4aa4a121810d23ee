"""Make data/reference/wilayah.csv, the list of Indonesia's provinces and regencies/cities, from a
kept data package, and record where it came from in data/reference/wilayah.sumber.txt.

A build-time tool, not part of the dashboard: the package is fetched with npm's own client, read,
and only the CSV it yields is committed (the dashboard never needs npm). The source is the npm
package `idn-area-data` (Kemendagri codes "based on the latest regulation", data under the Open
Database License), pinned to one version so a rerun gives the same file.

    python scripts/wilayah.py                       # npm pack idn-area-data@VERSION, write both files
    python scripts/wilayah.py --tarball FILE.tgz    # an already downloaded package
    python scripts/wilayah.py --periksa-kecamatan 33.18   # compare data/reference/kecamatan.csv
                                                          # with the package's districts of 33.18

Rows of wilayah.csv: `kode` (Kemendagri: "33" a province, "33.18" a regency or city), `nama` (the
pemda's name: "Provinsi Jawa Tengah", "Kabupaten Pati", "Kota Semarang"), `jenis` (provinsi,
kabupaten, kota), `otonom` (ya/tidak: the five administrative cities and one administrative
regency of DKI Jakarta are not autonomous governments, so they have no index of their own and are
outside every ranking scope), `kode_provinsi`, `provinsi`.

Standard library only, so it runs before the project's virtual environment exists.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "idn-area-data"
VERSION = "4.0.1"
ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "data" / "reference"
COLUMNS = ("kode", "nama", "jenis", "otonom", "kode_provinsi", "provinsi")


def fetch(version: str, folder: Path) -> tuple[Path, str | None]:
    """`npm pack` the pinned package into `folder`: the tarball and npm's integrity string."""
    out = subprocess.run(
        ["npm", "pack", f"{PACKAGE}@{version}", "--json", "--pack-destination", str(folder)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    info = json.loads(out)[0]
    return folder / info["filename"], info.get("integrity")


def _member(archive: tarfile.TarFile, name: str) -> list[dict[str, str]]:
    handle = archive.extractfile(f"package/{name}")
    if handle is None:
        raise SystemExit(f"{name} tidak ada di paket")
    return list(csv.DictReader(io.TextIOWrapper(handle, encoding="utf-8")))


def read_package(tarball: Path) -> dict[str, object]:
    """Provinces, regencies and districts as the package has them, and its name and version."""
    with tarfile.open(tarball, "r:gz") as archive:
        meta = json.load(archive.extractfile("package/package.json"))  # type: ignore[arg-type]
        return {
            "name": meta["name"],
            "version": meta["version"],
            "provinces": _member(archive, "data/provinces.csv"),
            "regencies": _member(archive, "data/regencies.csv"),
            "districts": _member(archive, "data/districts.csv"),
        }


def kind_of(name: str) -> str:
    if name.startswith("Kabupaten "):
        return "kabupaten"
    if name.startswith("Kota "):
        return "kota"
    raise SystemExit(f"jenis daerah tidak dikenal: {name!r}")


def rows(package: dict[str, object]) -> list[dict[str, str]]:
    """wilayah.csv rows: each province, then its regencies and cities, by code."""
    provinces = {p["code"]: p["name"] for p in package["provinces"]}  # type: ignore[union-attr]
    out = []
    for code, name in sorted(provinces.items()):
        out.append(
            {"kode": code, "nama": f"Provinsi {name}", "jenis": "provinsi", "otonom": "ya",
             "kode_provinsi": code, "provinsi": name}
        )  # fmt: skip
    for r in package["regencies"]:  # type: ignore[union-attr]
        province = r["province_code"]
        if province not in provinces:
            raise SystemExit(f"{r['code']} {r['name']}: provinsi {province} tidak ada di paket")
        out.append(
            {
                "kode": r["code"],
                "nama": r["name"],
                "jenis": kind_of(r["name"]),
                "otonom": "tidak" if " Administrasi " in r["name"] else "ya",
                "kode_provinsi": province,
                "provinsi": provinces[province],
            }
        )
    return sorted(out, key=lambda row: (row["kode_provinsi"], row["jenis"] != "provinsi", row["kode"]))


def write(tarball: Path, integrity: str | None, out_dir: Path, today: dt.date) -> list[dict[str, str]]:
    package = read_package(tarball)
    table = rows(package)
    with (out_dir / "wilayah.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
    counts = {k: sum(1 for r in table if r["jenis"] == k) for k in ("provinsi", "kabupaten", "kota")}
    administrative = sum(1 for r in table if r["otonom"] == "tidak")
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
    lines = [
        "Sumber data/reference/wilayah.csv (dibuat oleh scripts/wilayah.py; jangan diubah tangan)",
        f"paket: {package['name']} (npm) versi {package['version']}",
        f"berkas paket: {tarball.name}, sha256 {digest}",
        f"integritas npm: {integrity or '-'}",
        f"tanggal dibuat: {today.isoformat()}",
        "lisensi data: Open Database License (ODbL) 1.0, lihat data/LICENSE.md di dalam paket;"
        " kode dan nama wilayah menurut Kemendagri",
        f"isi: {counts['provinsi']} provinsi, {counts['kabupaten'] + counts['kota']} kabupaten/kota"
        f" ({counts['kabupaten']} kabupaten, {counts['kota']} kota); {administrative} wilayah"
        " administrasi DKI Jakarta ditandai otonom=tidak",
    ]
    (out_dir / "wilayah.sumber.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return table


def check_kecamatan(tarball: Path, regency: str, kecamatan_csv: Path) -> list[str]:
    """Differences between `kecamatan_csv` (kode, nama) and the package's districts of `regency`."""
    package = read_package(tarball)
    source = {d["code"]: d["name"] for d in package["districts"] if d["regency_code"] == regency}  # type: ignore[union-attr]
    with kecamatan_csv.open(encoding="utf-8") as handle:
        ours = {r["kode"]: r["nama"] for r in csv.DictReader(handle)}
    problems = []
    for code in sorted(set(source) | set(ours)):
        if source.get(code) != ours.get(code):
            problems.append(
                f"{code}: berkas {ours.get(code, '(tidak ada)')}, paket {source.get(code, '(tidak ada)')}"
            )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tarball", type=Path, help="paket yang sudah diunduh (idn-area-data-*.tgz)")
    parser.add_argument("--version", default=VERSION, help=f"versi paket (bawaan {VERSION})")
    parser.add_argument("--out", type=Path, default=REFERENCE, help="folder tujuan (bawaan data/reference)")
    parser.add_argument("--periksa-kecamatan", metavar="KODE", help="bandingkan kecamatan.csv dengan paket")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tarball, integrity = (args.tarball, None) if args.tarball else fetch(args.version, Path(tmp))
        if args.periksa_kecamatan:
            problems = check_kecamatan(tarball, args.periksa_kecamatan, args.out / "kecamatan.csv")
            for line in problems:
                print(line)
            print(f"{len(problems)} perbedaan")
            return 1 if problems else 0
        table = write(tarball, integrity, args.out, dt.date.today())
    print(f"{len(table)} baris ditulis ke {args.out / 'wilayah.csv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
