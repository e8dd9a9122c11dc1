#!/usr/bin/env python3
"""Generate a large, realistic, deterministic skp workspace for benchmarks.

    python3 scripts/gen-workspace.py OUT_DIR [--count 3000] [--seed 2026] [--year 2026]
                                             [--unit-size 250]

The workspace models one Pemerintah Kabupaten: COUNT SKP files spread over perangkat daerah
(OPD) of about UNIT_SIZE employees each. Every OPD has a Renstra and a Perjanjian Kinerja of
its head, and a four-level cascade:

    Kepala Dinas (jpt_pratama; penilai: the Bupati, who has no NIP)   RHK acuan -> PK sasaran
      Sekretaris / Kepala Bidang (administrator)                      RHK intervensi -> head
        Kepala Subbagian / Kepala Seksi (pengawas)                    RHK intervensi -> above
          Pejabat fungsional / pelaksana                              RHK intervensi -> above

Every SKP except an OPD head's has as pejabat_penilai the NIP of another generated SKP, and
each of its RHKs intervenes an RHK of that SKP (bare `RHK-2`, `NIP/RHK-2`, a list of two, or
`{ ref, teks }` with the served RHK's text), so alignment rules have real work to do. Each SKP
has 5 RHK with 3 IKI each (kuantitas, kualitas, waktu; perspektif for JPT), the seven
BerAKHLAK values and the three lampiran sections -- the shape of
examples/dinas-kominfo/pegawai/*/skp-2026.yaml.

NIPs are structurally valid (birth date, year/month of appointment, gender digit, sequence)
and unique. The output is a pure function of the arguments (seeded `random.Random`), so runs
are comparable across machines. Only the Python standard library is used.

This is a benchmark fixture, not a test: nothing in `cargo test` depends on it.
"""

from __future__ import annotations

import argparse
import os
import random
import sys

# --------------------------------------------------------------------------------------------
# Vocabulary (fictional people, real-sounding Indonesian public-sector wording)

FIRST_NAMES = [
    "Agus", "Ahmad", "Andi", "Anisa", "Ari", "Arif", "Bambang", "Budi", "Citra", "Dedi",
    "Dewi", "Dian", "Dimas", "Eka", "Endang", "Fajar", "Fitri", "Gita", "Hadi", "Hendra",
    "Indah", "Intan", "Joko", "Kartika", "Lestari", "Lina", "Made", "Maya", "Muhammad",
    "Nanda", "Nur", "Nyoman", "Putri", "Rahmat", "Rina", "Rini", "Rizki", "Sari", "Siti",
    "Slamet", "Sri", "Taufik", "Tri", "Wahyu", "Wati", "Wayan", "Yanti", "Yudi", "Yusuf",
]
LAST_NAMES = [
    "Anggraini", "Hidayat", "Kurniawan", "Lubis", "Maharani", "Nasution", "Permana",
    "Prakoso", "Pratama", "Purnamasari", "Rahayu", "Saputra", "Setiawan", "Siregar",
    "Sitompul", "Suryadi", "Susanto", "Utami", "Wibowo", "Wicaksono", "Wijaya", "Wulandari",
    "Yulianti", "Hasibuan", "Simanjuntak", "Manurung", "Pangaribuan", "Tanjung", "Harahap",
]
DEGREES = ["S.Kom.", "S.E.", "S.T.", "S.Sos.", "S.H.", "S.AP.", "S.Si.", "A.Md.", "S.Pd."]
MASTERS = ["M.Si.", "M.T.", "M.M.", "M.Kom.", "M.AP."]

# (code, name, short name used in ids, domain objects)
OPD = [
    ("DISKOMINFO", "Dinas Komunikasi dan Informatika", [
        "layanan aplikasi", "data sektoral", "jaringan intranet", "konten informasi publik"]),
    ("DINKES", "Dinas Kesehatan", [
        "layanan puskesmas", "data imunisasi", "surveilans penyakit", "layanan rujukan"]),
    ("DISDIK", "Dinas Pendidikan", [
        "data pokok pendidikan", "bantuan operasional sekolah", "sarana sekolah",
        "layanan kepegawaian guru"]),
    ("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", [
        "ruas jalan kabupaten", "jaringan irigasi", "dokumen tata ruang",
        "persetujuan bangunan gedung"]),
    ("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", [
        "layanan perizinan", "data investasi", "pengaduan perizinan", "layanan informasi investasi"]),
    ("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", [
        "dokumen kependudukan", "layanan akta kelahiran", "data kependudukan",
        "layanan jemput bola"]),
    ("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", [
        "dokumen perencanaan", "data pembangunan", "evaluasi rencana kerja",
        "usulan musrenbang"]),
    ("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", [
        "layanan kenaikan pangkat", "data kepegawaian", "sertifikat kompetensi pegawai",
        "penilaian kinerja pegawai"]),
    ("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", [
        "laporan keuangan", "data aset daerah", "layanan pencairan dana",
        "rekonsiliasi kas daerah"]),
    ("DINSOS", "Dinas Sosial", [
        "data terpadu kesejahteraan sosial", "layanan rehabilitasi sosial",
        "bantuan sosial", "layanan pengaduan sosial"]),
    ("DLH", "Dinas Lingkungan Hidup", [
        "layanan persampahan", "pengujian kualitas air", "dokumen lingkungan",
        "pengaduan lingkungan"]),
    ("DISHUB", "Dinas Perhubungan", [
        "layanan pengujian kendaraan", "rambu lalu lintas", "layanan angkutan umum",
        "data lalu lintas"]),
]

ADMIN_TITLES = ["Sekretaris", "Kepala Bidang Perencanaan", "Kepala Bidang Pelayanan",
                "Kepala Bidang Pengembangan", "Kepala Bidang Pengendalian"]
PENGAWAS_TITLES = ["Kepala Subbagian Umum dan Kepegawaian", "Kepala Subbagian Keuangan",
                   "Kepala Seksi Pelayanan", "Kepala Seksi Data dan Informasi",
                   "Kepala Seksi Pengendalian"]
FUNGSIONAL = [
    # (jabatan, jenjang)
    ("Analis Kebijakan Ahli Pertama", "ahli_pertama"),
    ("Analis Kebijakan Ahli Muda", "ahli_muda"),
    ("Pranata Komputer Ahli Pertama", "ahli_pertama"),
    ("Pranata Komputer Terampil", "terampil"),
    ("Arsiparis Ahli Pertama", "ahli_pertama"),
    ("Perencana Ahli Muda", "ahli_muda"),
    ("Analis Pengelolaan Keuangan APBN Ahli Pertama", "ahli_pertama"),
    ("Statistisi Ahli Pertama", "ahli_pertama"),
    ("Pranata Hubungan Masyarakat Ahli Muda", "ahli_muda"),
    ("Penata Kelola Sistem dan Teknologi Informasi Ahli Pertama", "ahli_pertama"),
]
PELAKSANA = ["Pengolah Data dan Informasi", "Penata Layanan Operasional",
             "Pengadministrasi Perkantoran", "Operator Layanan Operasional",
             "Penelaah Teknis Kebijakan"]
PANGKAT = {
    "jpt_pratama": ["Pembina Utama Muda (IV/c)", "Pembina Tingkat I (IV/b)"],
    "administrator": ["Pembina (IV/a)", "Pembina Tingkat I (IV/b)"],
    "pengawas": ["Penata Tingkat I (III/d)", "Penata (III/c)"],
    "fungsional": ["Penata Muda (III/a)", "Penata Muda Tingkat I (III/b)", "Penata (III/c)"],
    "pelaksana": ["Pengatur (II/c)", "Penata Muda (III/a)", "Penata Muda Tingkat I (III/b)"],
}

# RHK wording: result language ("Tersedianya …"), never an activity verb; narrower at each
# level, so that no RHK merely restates the result it serves.
RHK_TEMPLATES = {
    "jpt_pratama": [
        "Meningkatnya kualitas {obj} bagi masyarakat Kabupaten Contoh",
        "Meningkatnya kepuasan masyarakat terhadap {obj}",
        "Terwujudnya tata kelola {obj} yang akuntabel",
        "Meningkatnya keterpaduan {obj} antarperangkat daerah",
        "Meningkatnya akuntabilitas kinerja {obj}",
    ],
    "administrator": [
        "Tersedianya {obj} yang akurat dan mutakhir di lingkup bidang",
        "Terselesaikannya permohonan {obj} sesuai standar pelayanan",
        "Terpenuhinya kebutuhan {obj} perangkat daerah",
        "Terkendalinya mutu {obj} pada setiap tahap",
        "Tersusunnya laporan kinerja {obj} bidang yang andal",
    ],
    "pengawas": [
        "Terverifikasinya berkas {obj} sebelum ditetapkan",
        "Tersusunnya rekomendasi perbaikan {obj} bagi kepala bidang",
        "Termutakhirkannya basis data {obj} setiap bulan",
        "Tertanganinya pengaduan {obj} dalam batas waktu",
        "Tersedianya bahan laporan {obj} seksi yang lengkap",
    ],
    "staf": [
        "Terolahnya data {obj} untuk bahan laporan seksi",
        "Terdokumentasinya berkas {obj} secara elektronik",
        "Terverifikasinya kelengkapan permohonan {obj}",
        "Tersajinya informasi {obj} pada kanal layanan",
        "Terarsipnya dokumen {obj} sesuai klasifikasi",
    ],
}
# (aspek, teks template, unit, target template, polaritas)
IKI_KUANTITAS = [
    ("Jumlah dokumen {obj} yang ditetapkan", "dokumen"),
    ("Jumlah laporan {obj} yang disampaikan kepada pimpinan", "laporan"),
    ("Jumlah berkas {obj} yang diselesaikan", "berkas"),
    ("Jumlah paket data {obj} yang dipublikasikan", "paket"),
]
IKI_KUALITAS = [
    "Persentase {obj} yang diterima pimpinan tanpa revisi mayor",
    "Persentase pengguna {obj} yang menyatakan puas",
    "Persentase {obj} yang memenuhi standar mutu",
]
IKI_WAKTU = [
    ("Rata-rata waktu penyelesaian {obj} sejak permohonan lengkap", "hari kerja"),
    ("Rata-rata waktu tanggap atas pengaduan {obj}", "jam"),
]
PERSPEKTIF = ["penerima_layanan", "proses_bisnis", "penguatan_internal", "anggaran"]
EKSPEKTASI = {
    "berorientasi_pelayanan": "Menanggapi permintaan layanan paling lambat 1 hari kerja",
    "akuntabel": "Menyampaikan laporan kemajuan pekerjaan setiap akhir bulan",
    "kompeten": "Menyelesaikan satu pelatihan teknis yang relevan dengan jabatan pada tahun ini",
    "harmonis": "Membangun suasana kerja tim yang saling membantu",
    "loyal": "Menjaga kerahasiaan data pribadi masyarakat yang dikelola",
    "adaptif": "Mengusulkan satu perbaikan proses kerja pada tahun ini",
    "kolaboratif": "Berbagi data dan dokumen kerja melalui folder bersama unit",
}
BERAKHLAK = list(EKSPEKTASI)


# --------------------------------------------------------------------------------------------
# YAML helpers (block style only; quote whenever a plain scalar could be misread)

def q(s: str) -> str:
    """A YAML scalar for `s`: plain when safe, double-quoted otherwise."""
    unsafe_start = "!&*{}[]|>'\"%@`#,?:-<=~"
    if (not s or s[0] in unsafe_start or s[-1] == ":" or ": " in s or " #" in s
            or s.strip() != s or s.lower() in ("true", "false", "yes", "no", "null", "on", "off")
            or s.replace(".", "", 1).replace(",", "", 1).isdigit()):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return s


def fmt_int(n: int) -> str:
    """Indonesian thousands separator for written targets: 4.500 -> '4.500'."""
    return f"{n:,}".replace(",", ".")


# --------------------------------------------------------------------------------------------
# People

class NipFactory:
    def __init__(self, rng: random.Random, year: int):
        self.rng = rng
        self.year = year
        self.seen: set[str] = set()

    def new(self, level: str) -> str:
        r = self.rng
        # Older for higher positions; appointment at 22-30, never after last year.
        lo, hi = {"jpt_pratama": (1966, 1976), "administrator": (1968, 1982),
                  "pengawas": (1972, 1988)}.get(level, (1975, 1999))
        while True:
            by = r.randint(lo, hi)
            bm = r.randint(1, 12)
            bd = r.randint(1, 28)
            ty = min(by + r.randint(22, 30), self.year - 1)
            tm = r.randint(1, 12)
            sex = r.choice("12")
            seq = r.randint(1, 999)
            nip = f"{by:04d}{bm:02d}{bd:02d}{ty:04d}{tm:02d}{sex}{seq:03d}"
            if nip not in self.seen:
                self.seen.add(nip)
                return nip


def person_name(rng: random.Random, senior: bool) -> str:
    name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    if rng.random() < 0.85:
        name += f", {rng.choice(DEGREES)}"
        if senior and rng.random() < 0.7:
            name += f", {rng.choice(MASTERS)}"
    return name


class Person:
    __slots__ = ("nip", "name", "level", "jabatan", "jenjang", "pangkat", "parent",
                 "rhk_texts", "index")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))


# --------------------------------------------------------------------------------------------
# Documents

def renstra(code: str, name: str, year: int, objs: list[str], rng: random.Random) -> str:
    start, end = year - 1, year + 3
    out = [
        "apiVersion: skp/v1",
        "kind: Renstra",
        f"id: RENSTRA-{code}",
        f"tahun_mulai: {start}",
        f"tahun_selesai: {end}",
        f"unit: {q(name + ' Kabupaten Contoh')}",
        "tujuan:",
    ]
    ss = 0
    for t in (1, 2):
        out += [
            f"  - id: T{t}",
            f"    uraian: {q('Meningkatnya kinerja ' + objs[t - 1] + ' Kabupaten Contoh')}",
            "    indikator:",
            f"      - id: T{t}.I1",
            f"        uraian: {q('Indeks kepuasan masyarakat atas ' + objs[t - 1])}",
            "        satuan: indeks",
            "        target: { " + ", ".join(
                f'{y}: "{80 + (y - start) * 2 + t},{rng.randint(0, 9)}"'
                for y in range(start, end + 1)) + " }",
            "    sasaran:",
        ]
        for _ in range(3 if t == 1 else 2):
            ss += 1
            obj = objs[(ss - 1) % len(objs)]
            base = rng.randint(50, 75)
            out += [
                f"      - id: SS{ss}",
                f"        uraian: {q('Meningkatnya kualitas ' + obj)}",
                "        indikator:",
                f"          - id: SS{ss}.I1",
                f"            uraian: {q('Persentase ' + obj + ' yang memenuhi standar pelayanan')}",
                '            satuan: "%"',
                "            target: { " + ", ".join(
                    f"{y}: {min(100, base + (y - start) * 5)}"
                    for y in range(start, end + 1)) + " }",
            ]
    return "\n".join(out) + "\n"


def perjanjian(code: str, name: str, year: int, head: Person, objs: list[str]) -> str:
    out = [
        "apiVersion: skp/v1",
        "kind: PerjanjianKinerja",
        f"id: PK-{year}-{code}",
        f"tahun: {year}",
        "revisi: 0",
        "pihak_pertama:",
        f"  nama: {q(head.name)}",
        f'  nip: "{head.nip}"',
        f"  jabatan: {q('Kepala ' + name)}",
        "pihak_kedua:",
        "  nama: H. Bupati Contoh, S.H., M.Si.",
        "  jabatan: Bupati Contoh",
        "sasaran:",
    ]
    for s in range(1, 6):
        obj = objs[(s - 1) % len(objs)]
        out += [
            f"  - id: S{s}",
            f"    uraian: {q('Meningkatnya kualitas ' + obj)}",
            f"    acuan: [RENSTRA-{code}/SS{s}]",
            "    indikator:",
            f"      - id: S{s}.I1",
            f"        uraian: {q('Persentase ' + obj + ' yang memenuhi standar pelayanan')}",
            '        satuan: "%"',
            f"        target: {60 + s * 5} %",
        ]
    return "\n".join(out) + "\n"


def skp_doc(p: Person, code: str, opd_name: str, year: int, objs: list[str],
            rng: random.Random) -> str:
    jpt = p.level == "jpt_pratama"
    out = [
        "apiVersion: skp/v1",
        "kind: Skp",
        f"tahun: {year}",
        "pendekatan: kuantitatif",
        f"status: {rng.choice(['draft', 'diajukan', 'disetujui', 'disetujui', 'disetujui'])}",
        "pegawai:",
        f"  nama: {q(p.name)}",
        f'  nip: "{p.nip}"',
        "  jenis_pegawai: pns",
        f"  pangkat: {q(p.pangkat)}",
        f"  jabatan: {q(p.jabatan)}",
        f"  jenis_jabatan: {p.level}",
    ]
    if p.jenjang:
        out.append(f"  jenjang: {p.jenjang}")
    out.append(f"  unit_kerja: {q(opd_name + ' Kabupaten Contoh')}")
    out.append("pejabat_penilai:")
    if p.parent is None:
        out += ["  nama: H. Bupati Contoh, S.H., M.Si.", "  jabatan: Bupati Contoh"]
    else:
        boss = p.parent
        out += [
            f'  nip: "{boss.nip}"',
            f"  nama: {q(boss.name)}",
            f"  jabatan: {q(boss.jabatan)}",
            f"  pangkat: {q(boss.pangkat)}",
        ]
    out.append("  sebagai: definitif")
    out.append("hasil_kerja:")
    for j in range(1, 6):
        obj = objs[(p.index + j) % len(objs)]
        text = p.rhk_texts[j - 1]
        out += [
            f"  - id: RHK-{j}",
            f"    jenis: {'utama' if j <= 4 else 'tambahan'}",
            f"    rhk: {q(text)}",
        ]
        if jpt:
            out.append(f"    acuan: [PK-{year}-{code}/S{j}]")
        else:
            out += intervensi_lines(p, j, rng)
        out.append("    indikator:")
        out += indicator_lines(j, obj, jpt, year, rng)
    out.append("perilaku_kerja:")
    for value in BERAKHLAK:
        if rng.random() < 0.3:
            out.append(f"  {value}:")
            out.append(f"    ekspektasi_khusus: {q(EKSPEKTASI[value])}")
        else:
            out.append(f"  {value}: {{}}")
    out += [
        "lampiran:",
        "  dukungan_sumber_daya:",
        f"    - {q('Akses ke sistem informasi ' + objs[p.index % len(objs)])}",
        "    - Ruang kerja dan perangkat komputer unit",
        "  skema_pertanggungjawaban:",
        "    - Laporan kemajuan bulanan kepada pejabat penilai",
        "  konsekuensi:",
        "    - Capaian di bawah target dibahas dalam dialog kinerja triwulanan",
    ]
    return "\n".join(out) + "\n"


def intervensi_lines(p: Person, j: int, rng: random.Random) -> list[str]:
    boss = p.parent
    k = (p.index + j - 1) % 5 + 1            # the served RHK of the penilai
    form = rng.random()
    if form < 0.70:
        return [f"    intervensi: RHK-{k}"]
    if form < 0.82:
        return [f'    intervensi: "{boss.nip}/RHK-{k}"']
    if form < 0.92:
        k2 = k % 5 + 1
        return [f"    intervensi: [RHK-{min(k, k2)}, RHK-{max(k, k2)}]"]
    return [
        "    intervensi:",
        f"      - ref: RHK-{k}",
        f"        teks: {q(boss.rhk_texts[k - 1])}",
    ]


def indicator_lines(j: int, obj: str, jpt: bool, year: int,
                    rng: random.Random) -> list[str]:
    out: list[str] = []
    # Kuantitas
    teks, unit = rng.choice(IKI_KUANTITAS)
    n = rng.choice([4, 6, 12, 24, 36, 120, 1500, 4500])
    lines = [
        f"      - id: IKI-{j}.1",
        f"        perspektif: {PERSPEKTIF[(j - 1) % 4]}" if jpt else "        aspek: kuantitas",
        f"        teks: {q(teks.format(obj=obj))}",
        f"        satuan: {unit}",
        f"        target: {fmt_int(n)} {unit}",
        "        perhitungan: kumulatif",
    ]
    if not jpt and n % 4 == 0 and rng.random() < 0.5:
        qs = [n // 4, n // 2, 3 * n // 4, n]
        lines.append("        target_periodik: { " + ", ".join(
            f"{year}-TW{i + 1}: {v}" for i, v in enumerate(qs)) + " }")
    if rng.random() < 0.4:
        lines.append(f"        bukti_rencana: [berita acara {obj}, laporan {obj}]")
    out += lines
    # Kualitas
    pct = rng.choice(["90 %", "95 %", "85 %", "99,5 %", "95-100 %"])
    out += [
        f"      - id: IKI-{j}.2",
        f"        perspektif: {PERSPEKTIF[j % 4]}" if jpt else "        aspek: kualitas",
        f"        teks: {q(rng.choice(IKI_KUALITAS).format(obj=obj))}",
        '        satuan: "%"',
        f"        target: {pct}",
        "        perhitungan: rata_rata",
    ]
    # Waktu
    teks, unit = rng.choice(IKI_WAKTU)
    limit = rng.choice([2, 3, 5, 7, 14]) if unit == "hari kerja" else rng.choice([4, 8, 24])
    out += [
        f"      - id: IKI-{j}.3",
        f"        perspektif: {PERSPEKTIF[(j + 1) % 4]}" if jpt else "        aspek: waktu",
        f"        teks: {q(teks.format(obj=obj))}",
        f"        satuan: {unit}",
        f"        target: ≤ {limit} {unit}",
        "        polaritas: turun",
        "        perhitungan: rata_rata",
    ]
    return out


# --------------------------------------------------------------------------------------------

def split_sizes(total: int, unit_size: int) -> list[int]:
    units = max(1, -(-total // unit_size))
    base, extra = divmod(total, units)
    return [base + (1 if i < extra else 0) for i in range(units)]


def build_unit(size: int, nips: NipFactory, rng: random.Random, objs: list[str],
               opd_name: str) -> list[Person]:
    """People of one OPD in cascade order: head, administrators, pengawas, staff."""
    n_admin = min(5, size - 1)
    n_pengawas = min(4 * n_admin, size - 1 - n_admin)
    n_staff = size - 1 - n_admin - n_pengawas
    people: list[Person] = []

    def add(level, jabatan, jenjang, parent):
        p = Person(nip=nips.new(level), name=person_name(rng, level != "fungsional"
                                                         and level != "pelaksana"),
                   level=level, jabatan=jabatan, jenjang=jenjang,
                   pangkat=rng.choice(PANGKAT[level]), parent=parent, index=len(people))
        templates = RHK_TEMPLATES.get(level, RHK_TEMPLATES["staf"])
        p.rhk_texts = [templates[(p.index + j) % len(templates)].format(
            obj=objs[(p.index + j + 1) % len(objs)]) for j in range(1, 6)]
        people.append(p)
        return p

    head = add("jpt_pratama", "Kepala " + opd_name, None, None)
    admins = [add("administrator", ADMIN_TITLES[i % len(ADMIN_TITLES)], None, head)
              for i in range(n_admin)]
    pengawas = [add("pengawas", PENGAWAS_TITLES[i % len(PENGAWAS_TITLES)], None,
                    admins[i // 4]) for i in range(n_pengawas)]
    bosses = pengawas or admins or [head]
    for i in range(n_staff):
        boss = bosses[i % len(bosses)]
        if rng.random() < 0.6:
            jab, jenjang = rng.choice(FUNGSIONAL)
            add("fungsional", jab, jenjang, boss)
        else:
            add("pelaksana", rng.choice(PELAKSANA), None, boss)
    return people


def evaluations(out: str, people: list[Person], code: str, year: int,
                rng: random.Random) -> int:
    """One OPD's TW1 Realisasi, approval records and unit results; returns the files written.

    The approval records hold a hash no plan has: the worst case for the A rules, which then
    compare each plan with every older form a record may have been made in."""
    files = 0
    leaders = {}
    for p in people:
        penilai = p.parent.nip if p.parent else None
        if p.parent:
            leaders.setdefault(p.parent.nip, p.parent)
        predikat = rng.choice(["baik", "baik", "baik", "sangat_baik", "butuh_perbaikan",
                               "kurang"])
        folder = os.path.join(out, "pegawai", p.nip)
        by = penilai or p.nip
        write(os.path.join(folder, f"realisasi-{year}-TW1.yaml"), "\n".join([
            "apiVersion: skp/v1",
            "kind: Realisasi",
            f"skp: {p.nip}-{year}",
            f"periode: {year}-TW1",
            f'dinilai_oleh: "{by}"',
            f'tanggal_penilaian: "{year}-04-08"',
            "rating_hasil_kerja: sesuai_ekspektasi",
            "rating_perilaku_kerja: sesuai_ekspektasi",
            f"predikat: {predikat}",
            "",
        ]))
        write(os.path.join(folder, f"skp-{year}.persetujuan.yaml"), "\n".join([
            "apiVersion: skp/v1",
            "kind: Persetujuan",
            f'skp: "{p.nip}-{year}"',
            "persetujuan:",
            f'  - {{ sha256: {"0" * 64}, oleh: "{by}", tanggal: "{year}-01-20" }}',
            "",
        ]))
        files += 2
    for i, (nip, leader) in enumerate(leaders.items()):
        write(os.path.join(out, "organisasi", f"capaian-{year}-TW1-{code.lower()}-{i}.yaml"),
              "\n".join([
                  "apiVersion: skp/v1",
                  "kind: CapaianOrganisasi",
                  f"id: CAPAIAN-{code}-{i}-{year}-TW1",
                  f"unit: {q(leader.jabatan)}",
                  f'pimpinan: "{nip}"',
                  f"tahun: {year}",
                  f"periode: {year}-TW1",
                  "predikat: baik",
                  "ditetapkan_oleh: { nama: Bupati Contoh, jabatan: Bupati }",
                  f'tanggal: "{year}-04-06"',
                  "",
              ]))
        files += 1
    return files


def write(path: str, text: str) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="folder to create (must not exist or be empty)")
    ap.add_argument("--count", type=int, default=3000, help="number of SKP files (default 3000)")
    ap.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    ap.add_argument("--year", type=int, default=2026, help="SKP year (default 2026)")
    ap.add_argument("--unit-size", type=int, default=250,
                    help="employees per perangkat daerah (default 250)")
    ap.add_argument("--evaluations", action="store_true",
                    help="also a TW1 Realisasi and an approval record per SKP, and a "
                         "CapaianOrganisasi per unit leader (the A and N rules' work)")
    args = ap.parse_args()
    if args.count < 1 or args.unit_size < 2:
        ap.error("--count must be >= 1 and --unit-size >= 2")
    if os.path.exists(args.out) and os.listdir(args.out):
        ap.error(f"{args.out} exists and is not empty")

    rng = random.Random(args.seed)
    nips = NipFactory(rng, args.year)
    year = args.year
    write(os.path.join(args.out, "skp.toml"), "\n".join([
        "# Generated by scripts/gen-workspace.py (benchmark fixture).",
        'min_version = "0.1"',
        "",
        "[workspace]",
        'agency = "Pemerintah Kabupaten Contoh"',
        f"year = {year}",
        'evaluation = "triwulanan"',
        'timezone = "WIB"',
        "",
        "[vocab]",
        'extra_units = ["paket"]',
        "",
    ]))
    files = 1
    # Its own generator, so that the plans are the same with or without evaluations.
    erng = random.Random(args.seed + 1)
    for u, size in enumerate(split_sizes(args.count, args.unit_size)):
        code0, opd_name, objs = OPD[u % len(OPD)]
        code = code0 if u < len(OPD) else f"{code0}{u // len(OPD) + 1}"
        if u >= len(OPD):
            opd_name = f"{opd_name} Wilayah {u // len(OPD) + 1}"
        people = build_unit(size, nips, rng, objs, opd_name)
        write(os.path.join(args.out, "organisasi", f"renstra-{code.lower()}.yaml"),
              renstra(code, opd_name, year, objs, rng))
        write(os.path.join(args.out, "organisasi", f"pk-{year}-{code.lower()}.yaml"),
              perjanjian(code, opd_name, year, people[0], objs))
        files += 2
        for p in people:
            write(os.path.join(args.out, "pegawai", p.nip, f"skp-{year}.yaml"),
                  skp_doc(p, code, opd_name, year, objs, rng))
            files += 1
        if args.evaluations:
            files += evaluations(args.out, people, code, year, erng)
    print(f"{args.out}: {args.count} SKP, {files} files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
