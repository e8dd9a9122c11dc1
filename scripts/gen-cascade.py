#!/usr/bin/env python3
"""Generate a deterministic workspace of about N SKPs in a realistic cascade, for benchmarking
reference resolution (`skp check --select K`, `skp tree`). Not a test.

    python3 scripts/gen-cascade.py N DIR [--seed 2026] [--year 2026] [--unit-size 200]

DIR must not exist or be empty. The workspace models one Pemerintah Kota with N // UNIT_SIZE
perangkat daerah (OPD, at least one). Each OPD has:

    organisasi/<opd>/renstra.yaml               Renstra (tujuan → sasaran → program, indicators)
    organisasi/<opd>/pk-<year>-kadis.yaml       PK of the Kepala Dinas with the Wali Kota
    organisasi/<opd>/pk-<year>-bidang-<k>.yaml  PK of each Kepala Bidang with the Kepala Dinas
    pegawai/<nip>/skp-<year>.yaml               one SKP per employee

and a four-level cascade:

    Kepala Dinas (jpt_pratama; penilai: the Wali Kota, without NIP)   RHK acuan → own PK sasaran
      Sekretaris / Kepala Bidang (administrator)                      RHK intervensi → Kadis RHK,
                                                                      acuan → own PK sasaran
        Kepala Subbagian / Kepala Seksi (pengawas)                    RHK intervensi → above
          pelaksana / fungsional staff                                RHK intervensi → above

Every SKP but a Kepala Dinas has as `pejabat_penilai` the NIP of its generated superior. Each
SKP has 4 RHKs with 3 IKIs (kuantitas, kualitas, waktu; perspektif for JPT). RHK j of every
subordinate serves RHK j of its superior, so every superior result and every PK indicator is
served and the whole workspace has no K finding at all. References vary: mostly bare (`RHK-2`),
some `NIP/RHK-2`, some `SKP-ID/IKI-2.1`, some `{ ref, teks }` with the served text, some lists
of two (`[RHK-2, IKI-2.1]`, both of the same RHK). Texts name the unit, so SKPs of different
units never look copied (K115).

NIPs are quoted, 18 digits and structurally valid (birth date, year and month of appointment
after the 18th birthday, gender digit 1/2, sequence) and unique. The output is a pure function
of the arguments (seeded `random.Random`). Only the Python standard library is used.
"""

from __future__ import annotations

import argparse
import os
import random
import sys

FIRST = [
    "Agus", "Ahmad", "Andi", "Anisa", "Arif", "Bambang", "Budi", "Citra", "Dedi", "Dewi",
    "Dian", "Dimas", "Eka", "Fajar", "Fitri", "Gita", "Hadi", "Hendra", "Indah", "Intan",
    "Joko", "Kartika", "Lestari", "Lina", "Maya", "Nanda", "Nur", "Putri", "Rahmat", "Rina",
    "Rizki", "Sari", "Siti", "Sri", "Taufik", "Tri", "Wahyu", "Wulan", "Yanti", "Yusuf",
]
LAST = [
    "Anggraini", "Hidayat", "Kurniawan", "Lubis", "Maharani", "Nasution", "Permana",
    "Prakoso", "Pratama", "Rahayu", "Saputra", "Setiawan", "Siregar", "Susanto", "Utami",
    "Wibowo", "Wicaksono", "Wijaya", "Wulandari", "Yulianti",
]

OPD = [
    "Komunikasi dan Informatika", "Kesehatan", "Pendidikan", "Pekerjaan Umum dan Penataan Ruang",
    "Perhubungan", "Sosial", "Lingkungan Hidup", "Kependudukan dan Pencatatan Sipil",
    "Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Perdagangan", "Pertanian",
    "Pariwisata dan Kebudayaan", "Koperasi dan Usaha Mikro", "Ketahanan Pangan",
    "Perumahan dan Kawasan Permukiman", "Pemuda dan Olahraga", "Perpustakaan dan Kearsipan",
    "Tenaga Kerja", "Pemberdayaan Perempuan dan Perlindungan Anak", "Perikanan",
]
FIELDS = [
    "Pelayanan", "Pengembangan", "Pengendalian", "Perencanaan Teknis", "Data dan Informasi",
    "Pembinaan", "Sarana dan Prasarana", "Pengawasan", "Kemitraan",
]
SECTIONS = [
    "Perencanaan", "Pelaksanaan", "Evaluasi", "Standardisasi", "Layanan Informasi",
    "Verifikasi", "Fasilitasi", "Monitoring", "Pendataan", "Bimbingan Teknis",
]
STAFF_POSITIONS = [
    ("Penata Layanan Operasional", "pelaksana", None),
    ("Pengolah Data dan Informasi", "pelaksana", None),
    ("Penelaah Teknis Kebijakan", "pelaksana", None),
    ("Pranata Komputer Ahli Pertama", "fungsional", "ahli_pertama"),
    ("Analis Kebijakan Ahli Pertama", "fungsional", "ahli_pertama"),
    ("Arsiparis Terampil", "fungsional", "terampil"),
]
# (result template, object of the indicators, unit of the kuantitas target)
RESULTS = [
    ("Tersedianya {x} yang mutakhir", "dokumen {x}", "dokumen"),
    ("Terselesaikannya {x} dalam batas waktu layanan", "berkas {x}", "berkas"),
    ("Terkendalinya mutu {x}", "laporan pengendalian mutu {x}", "laporan"),
    ("Meningkatnya keandalan {x}", "rekomendasi perbaikan {x}", "rekomendasi"),
]
THEMES = [
    "data layanan publik", "rencana kerja", "laporan kinerja", "pengelolaan anggaran",
    "layanan pengaduan", "kajian teknis", "arsip dinamis", "standar pelayanan",
]
PERSPEKTIF = ["penerima_layanan", "proses_bisnis", "penguatan_internal", "anggaran"]

BERAKHLAK = [
    "berorientasi_pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif",
    "kolaboratif",
]


class Nips:
    """Unique, structurally valid 18-digit NIPs."""

    def __init__(self, rng: random.Random, year: int) -> None:
        self.rng = rng
        self.year = year
        self.seen: set[str] = set()

    def new(self, born_from: int, born_to: int) -> str:
        while True:
            y = self.rng.randint(born_from, born_to)
            m = self.rng.randint(1, 12)
            d = self.rng.randint(1, 28)
            ty = self.rng.randint(y + 19, min(y + 35, self.year - 1))
            tm = self.rng.randint(1, 12)
            g = self.rng.randint(1, 2)
            seq = self.rng.randint(1, 999)
            nip = f"{y:04d}{m:02d}{d:02d}{ty:04d}{tm:02d}{g}{seq:03d}"
            if nip not in self.seen:
                self.seen.add(nip)
                return nip


class Person:
    def __init__(self, nip: str, nama: str, jabatan: str, jenis: str, jenjang: str | None,
                 unit: str) -> None:
        self.nip = nip
        self.nama = nama
        self.jabatan = jabatan
        self.jenis = jenis
        self.jenjang = jenjang
        self.unit = unit
        self.rhk: list[str] = []


def name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def q(s: str) -> str:
    """A double-quoted YAML scalar."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def skp_yaml(p: Person, year: int, boss: Person | None, refs: list[str], acuan: list[str],
             rng: random.Random) -> str:
    jpt = p.jenis.startswith("jpt")
    out = [
        "apiVersion: skp/v1",
        "kind: Skp",
        f"tahun: {year}",
        "pendekatan: kuantitatif",
        "status: disetujui",
        "pegawai:",
        f"  nama: {p.nama}",
        f'  nip: "{p.nip}"',
        "  jenis_pegawai: pns",
        f"  jabatan: {p.jabatan}",
        f"  jenis_jabatan: {p.jenis}",
    ]
    if p.jenjang:
        out.append(f"  jenjang: {p.jenjang}")
    out.append(f"  unit_kerja: {p.unit}")
    out.append("pejabat_penilai:")
    if boss is None:
        out += ["  nama: Wali Kota Contoh", "  jabatan: Wali Kota Contoh"]
    else:
        out += [f'  nip: "{boss.nip}"', f"  nama: {boss.nama}", f"  jabatan: {boss.jabatan}"]
    out += ["  sebagai: definitif", "hasil_kerja:"]
    for j, text in enumerate(p.rhk, start=1):
        out += [f"  - id: RHK-{j}", "    jenis: utama", f"    rhk: {text}"]
        if refs:
            out.append(f"    intervensi: {refs[j - 1]}")
        if acuan:
            out.append(f"    acuan: [{acuan[j - 1]}]")
        unit = RESULTS[(j - 1) % len(RESULTS)][2]
        theme = text.split(" ", 1)[1].lower()
        target = rng.randint(2, 40)
        out.append("    indikator:")
        aspects = [("kuantitas", f"Jumlah {unit} hasil {theme}", f"{target} {unit}", None),
                   ("kualitas", f"Persentase {unit} {theme} yang lolos verifikasi",
                    f"{rng.randint(85, 99)} %", None),
                   ("waktu", f"Rata-rata waktu penyelesaian {theme}",
                    f"≤ {rng.randint(2, 10)} hari kerja", "turun")]
        for k, (aspek, teks, tgt, pol) in enumerate(aspects, start=1):
            out.append(f"      - id: IKI-{j}.{k}")
            if jpt:
                out.append(f"        perspektif: {PERSPEKTIF[(j + k) % 4]}")
            else:
                out.append(f"        aspek: {aspek}")
            out.append(f"        teks: {teks}")
            out.append(f"        target: {tgt}")
            if pol:
                out.append(f"        polaritas: {pol}")
    out.append("perilaku_kerja:")
    out += [f"  {v}: {{}}" for v in BERAKHLAK]
    out += [
        "lampiran:",
        "  dukungan_sumber_daya:",
        f"    - Anggaran {p.unit} Tahun {year}",
        "  skema_pertanggungjawaban:",
        "    - Laporan capaian kinerja setiap triwulan kepada pejabat penilai",
        "  konsekuensi:",
        "    - Capaian di bawah target dibahas dalam dialog kinerja triwulanan",
    ]
    return "\n".join(out) + "\n"


def results_for(unit: str, level: str, rng: random.Random) -> list[str]:
    """Four RHK texts naming the unit (so no two units share an SKP) and the level."""
    themes = rng.sample(THEMES, 4)
    return [
        RESULTS[j][0].format(x=f"{themes[j]} {level} {unit}") for j in range(4)
    ]


def ref(kind: int, boss: Person, j: int, year: int) -> str:
    """One of the reference forms to RHK j of `boss`."""
    if kind == 0:
        return f"RHK-{j}"
    if kind == 1:
        return q(f"{boss.nip}/RHK-{j}")
    if kind == 2:
        return q(f"{boss.nip}-{year}/IKI-{j}.1")
    if kind == 3:
        return f"{{ ref: RHK-{j}, teks: {q(boss.rhk[j - 1])} }}"
    return f"[RHK-{j}, IKI-{j}.2]"


def pick_kind(rng: random.Random) -> int:
    r = rng.random()
    if r < 0.70:
        return 0
    if r < 0.80:
        return 1
    if r < 0.87:
        return 2
    if r < 0.95:
        return 3
    return 4


def renstra_yaml(rid: str, opd: str, year: int) -> str:
    out = [
        "apiVersion: skp/v1", "kind: Renstra", f"id: {rid}", f"tahun_mulai: {year - 1}",
        f"tahun_selesai: {year + 3}", f"unit: Dinas {opd} Kota Contoh", "tujuan:",
    ]
    for t in (1, 2):
        out += [f"  - id: T{t}", f"    uraian: Meningkatnya kinerja urusan {opd.lower()} {t}",
                "    sasaran:"]
        for s in (2 * t - 1, 2 * t):
            out += [
                f"      - id: SS{s}",
                f"        uraian: Meningkatnya kualitas layanan {opd.lower()} bidang {s}",
                "        indikator:",
                f"          - {{ id: SS{s}.I1, uraian: Persentase layanan {s} yang memenuhi "
                f"standar, satuan: \"%\", target: {{ {year}: 90 }} }}",
                "        program:",
                f"          - id: P{s}",
                f"            uraian: Program layanan {opd.lower()} {s}",
                "            indikator:",
                f"              - {{ id: P{s}.I1, uraian: Jumlah layanan {s} yang "
                f"ditingkatkan, satuan: layanan, target: {{ {year}: 10 }} }}",
            ]
    return "\n".join(out) + "\n"


def pk_yaml(pid: str, year: int, first: Person, second: Person | None, acuan: list[str]) -> str:
    out = ["apiVersion: skp/v1", "kind: PerjanjianKinerja", f"id: {pid}", f"tahun: {year}",
           "revisi: 0", "pihak_pertama:", f"  nama: {first.nama}", f'  nip: "{first.nip}"',
           f"  jabatan: {first.jabatan}", "pihak_kedua:"]
    if second is None:
        out += ["  nama: Wali Kota Contoh", "  jabatan: Wali Kota Contoh"]
    else:
        out += [f"  nama: {second.nama}", f'  nip: "{second.nip}"',
                f"  jabatan: {second.jabatan}"]
    out.append("sasaran:")
    for s in range(1, 5):
        out += [
            f"  - id: S{s}",
            f"    uraian: Meningkatnya capaian sasaran {s} {first.unit}",
            f"    acuan: [{acuan[s - 1]}]",
            "    indikator:",
            f"      - {{ id: S{s}.I1, uraian: Persentase capaian sasaran {s}, target: 90 % }}",
            f"      - {{ id: S{s}.I2, uraian: Jumlah keluaran sasaran {s}, target: 12 dokumen }}",
        ]
    return "\n".join(out) + "\n"


def write(root: str, rel: str, text: str) -> None:
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def generate(n: int, root: str, seed: int, year: int, unit_size: int) -> int:
    rng = random.Random(seed)
    nips = Nips(rng, year)
    write(root, "skp.toml",
          f'min_version = "0.1"\n\n[workspace]\nagency = "Pemerintah Kota Contoh"\n'
          f'year = {year}\nevaluation = "triwulanan"\ntimezone = "WIB"\n')
    opds = max(1, round(n / unit_size))
    per = [n // opds + (1 if i < n % opds else 0) for i in range(opds)]
    count = 0
    for o, size in enumerate(per):
        opd = OPD[o % len(OPD)] + ("" if o < len(OPD) else f" {o // len(OPD) + 1}")
        slug = f"opd-{o + 1:03d}"
        rid = f"RENSTRA-{slug.upper()}"
        write(root, f"organisasi/{slug}/renstra.yaml", renstra_yaml(rid, opd, year))
        dinas = f"Dinas {opd}"
        # Head count per level: 1 Kadis, ~2 % administrators, ~6 % pengawas, the rest staff.
        n_admin = max(1, min(8, round(size * 0.02)))
        n_pengawas = max(n_admin, round(size * 0.06))
        if 1 + n_admin + n_pengawas > size:
            n_admin, n_pengawas = 1, max(0, size - 2)
        n_staff = size - 1 - n_admin - n_pengawas

        kadis = Person(nips.new(1966, 1975), f"Dr. {name(rng)}, M.Si.", f"Kepala {dinas}",
                       "jpt_pratama", None, dinas)
        kadis.rhk = results_for(dinas, "tingkat dinas", rng)
        pk_kadis = f"PK-{year}-{slug.upper()}"
        write(root, f"organisasi/{slug}/pk-{year}-kadis.yaml",
              pk_yaml(pk_kadis, year, kadis, None, [f"{rid}/SS{s}" for s in range(1, 5)]))
        write(root, f"pegawai/{kadis.nip}/skp-{year}.yaml",
              skp_yaml(kadis, year, None, [], [f"{pk_kadis}/S{j}" for j in range(1, 5)], rng))
        count += 1

        admins = []
        for a in range(n_admin):
            field = "Sekretariat" if a == 0 else f"Bidang {FIELDS[(a - 1) % len(FIELDS)]}"
            if a > len(FIELDS):
                field += f" {a}"
            unit = f"{field}, {dinas}"
            jab = f"Sekretaris {dinas}" if a == 0 else f"Kepala {field}"
            p = Person(nips.new(1970, 1982), f"{name(rng)}, S.T., M.M.", jab,
                       "administrator", None, unit)
            p.rhk = results_for(field, "tingkat bidang", rng)
            pk_id = f"PK-{year}-{slug.upper()}-B{a + 1}"
            write(root, f"organisasi/{slug}/pk-{year}-bidang-{a + 1}.yaml",
                  pk_yaml(pk_id, year, p, kadis,
                          [f"{rid}/P{s}" for s in range(1, 5)]))
            refs = [ref(pick_kind(rng), kadis, j, year) for j in range(1, 5)]
            write(root, f"pegawai/{p.nip}/skp-{year}.yaml",
                  skp_yaml(p, year, kadis, refs, [f"{pk_id}/S{j}" for j in range(1, 5)], rng))
            admins.append(p)
            count += 1

        pengawas = []
        for s in range(n_pengawas):
            boss = admins[s % n_admin]
            section = SECTIONS[s % len(SECTIONS)] + f" {s + 1}"
            unit = f"Seksi {section}, {boss.unit}"
            p = Person(nips.new(1975, 1988), f"{name(rng)}, S.E.", f"Kepala Seksi {section}",
                       "pengawas", None, unit)
            p.rhk = results_for(f"Seksi {section} {dinas}", "tingkat seksi", rng)
            refs = [ref(pick_kind(rng), boss, j, year) for j in range(1, 5)]
            write(root, f"pegawai/{p.nip}/skp-{year}.yaml",
                  skp_yaml(p, year, boss, refs, [], rng))
            pengawas.append(p)
            count += 1

        for i in range(n_staff):
            if not pengawas:
                break
            boss = pengawas[i % len(pengawas)]
            jab, jenis, jenjang = STAFF_POSITIONS[rng.randrange(len(STAFF_POSITIONS))]
            p = Person(nips.new(1980, 2001), name(rng), jab, jenis, jenjang, boss.unit)
            # Staff of one position in one section share their results (as the Matriks Peran
            # Hasil intends); different sections never do.
            p.rhk = results_for(f"{boss.unit.split(',')[0]} {dinas}", "tingkat pelaksana",
                                random.Random(f"{boss.nip}{jab}"))
            refs = [ref(pick_kind(rng), boss, j, year) for j in range(1, 5)]
            write(root, f"pegawai/{p.nip}/skp-{year}.yaml",
                  skp_yaml(p, year, boss, refs, [], rng))
            count += 1
    return count


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of SKPs (about)")
    ap.add_argument("dir", help="output folder (must not exist or be empty)")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--year", type=int, default=2026)
    ap.add_argument("--unit-size", type=int, default=200, help="employees per OPD")
    a = ap.parse_args()
    if a.n < 1:
        ap.error("N must be at least 1")
    if os.path.exists(a.dir) and os.listdir(a.dir):
        ap.error(f"{a.dir} exists and is not empty")
    count = generate(a.n, a.dir, a.seed, a.year, a.unit_size)
    print(f"gen-cascade: {count} SKPs in {a.dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
