//! Alignment (keselarasan, DESIGN §3): every K rule K101–K117 in its firing and its silent case,
//! the cascading scenarios of domain.md §1.8 (multi-level, two-level through a ketua tim, plt
//! appraisers, mid-year mutasi, several years side by side, a JPT appraised by an official
//! without NIP), `skp tree` and `skp report mph`.
//!
//! Every test builds its own workspace in a temporary folder (`skp.toml` plus YAML written by the
//! small builders below), runs the real binary and reads `--format json` where there is one.

mod common;

use std::fs;
use std::ops::Deref;

use serde_json::Value;

use common::{Diag, Run, example, list, only, pos, with_code};

// =============================================================================================
// Running skp
// =============================================================================================

/// A workspace for one alignment scenario: [`common::Ws`] with a 2026 `skp.toml` and builders
/// for the cascade's documents.
struct Ws(common::Ws);

impl Deref for Ws {
    type Target = common::Ws;

    fn deref(&self) -> &common::Ws {
        &self.0
    }
}

impl Ws {
    fn new() -> Ws {
        Ws(common::Ws::with_toml(
            "min_version = \"0.1\"\n\n[workspace]\nyear = 2026\n",
        ))
    }

    /// Writes an SKP at `pegawai/<nip>/skp-<tahun>.yaml` (or its explicit file name) and
    /// returns the relative path.
    fn skp(&self, s: &Skp) -> String {
        let rel = s.path();
        self.file(&rel, &s.yaml());
        rel
    }

    fn remove(&self, rel: &str) {
        fs::remove_file(self.join(rel)).expect("remove fixture");
    }

    /// The K findings (`skp check --select K --format json`).
    fn k(&self) -> Vec<Diag> {
        let out = self.run(&["check", "--select", "K", "--format", "json"]);
        assert!(
            out.code == 0 || out.code == 1,
            "check exited {}\n{}\n{}",
            out.code,
            out.stdout,
            out.stderr
        );
        let d = out.diags();
        assert!(
            d.iter().all(|d| d.code.starts_with('K')),
            "--select K: {}",
            list(&d)
        );
        d
    }

    /// Every finding of `skp check --format json` (all families).
    fn all(&self) -> Vec<Diag> {
        self.run(&["check", "--format", "json"]).diags()
    }

    fn tree(&self, extra: &[&str]) -> Run {
        let mut a = vec!["tree"];
        a.extend_from_slice(extra);
        self.run(&a)
    }

    fn tree_json(&self, extra: &[&str]) -> Value {
        let mut a = vec!["tree", "--format", "json"];
        a.extend_from_slice(extra);
        let out = self.run(&a);
        out.expect_code(0);
        out.json()
    }

    fn mph(&self, nip: &str, extra: &[&str]) -> Run {
        let mut a = vec!["report", "mph", "--nip", nip];
        a.extend_from_slice(extra);
        self.run(&a)
    }
}

// =============================================================================================
// Diagnostics
// =============================================================================================

fn assert_none(d: &[Diag], codes: &[&str]) {
    let hits: Vec<Diag> = d
        .iter()
        .filter(|x| codes.contains(&x.code.as_str()))
        .cloned()
        .collect();
    assert!(
        hits.is_empty(),
        "expected none of {codes:?}:\n{}",
        list(&hits)
    );
}

fn assert_silent(d: &[Diag]) {
    assert!(d.is_empty(), "expected no K finding:\n{}", list(d));
}

/// Position of `sub` inside the first occurrence of `needle`.
fn pos_in(text: &str, needle: &str, sub: &str) -> (u64, u64) {
    let (line, col) = pos(text, needle);
    let off = needle
        .find(sub)
        .unwrap_or_else(|| panic!("`{sub}` not in `{needle}`"));
    (line, col + needle[..off].chars().count() as u64)
}

// =============================================================================================
// Fixture builders
// =============================================================================================

/// One RHK with two indicators (kuantitas and kualitas, or perspektif for JPT).
#[derive(Clone)]
struct Rhk {
    id: String,
    tambahan: bool,
    text: String,
    /// Raw YAML after `intervensi:` (a scalar, a flow list or a flow map).
    intervensi: Option<String>,
    /// Raw YAML after `acuan:`.
    acuan: Option<String>,
}

#[derive(Clone)]
struct Skp {
    id: Option<String>,
    file: Option<String>,
    tahun: i32,
    periode: Option<(String, String)>,
    jpt_format: bool,
    nip: String,
    nama: String,
    jabatan: String,
    jenis_jabatan: String,
    unit: String,
    penilai_nip: Option<String>,
    penilai_nama: String,
    penilai_jabatan: String,
    sebagai: String,
    penilai_skp: Option<String>,
    atasan: Option<String>,
    rhk: Vec<Rhk>,
}

impl Skp {
    fn new(nip: &str, nama: &str, jabatan: &str, jenis_jabatan: &str, unit: &str) -> Skp {
        Skp {
            id: None,
            file: None,
            tahun: 2026,
            periode: None,
            jpt_format: false,
            nip: nip.into(),
            nama: nama.into(),
            jabatan: jabatan.into(),
            jenis_jabatan: jenis_jabatan.into(),
            unit: unit.into(),
            penilai_nip: None,
            penilai_nama: "Drs. H. Arif Budiman, M.Si.".into(),
            penilai_jabatan: "Wali Kota Contoh".into(),
            sebagai: "definitif".into(),
            penilai_skp: None,
            atasan: None,
            rhk: Vec::new(),
        }
    }

    /// The appraiser is `boss` (its NIP, name and position).
    fn under(mut self, boss: &Skp) -> Skp {
        self.penilai_nip = Some(boss.nip.clone());
        self.penilai_nama = boss.nama.clone();
        self.penilai_jabatan = boss.jabatan.clone();
        self
    }

    /// An appraiser with a NIP and no SKP (or any person by NIP).
    fn under_nip(mut self, nip: &str, nama: &str, jabatan: &str) -> Skp {
        self.penilai_nip = Some(nip.into());
        self.penilai_nama = nama.into();
        self.penilai_jabatan = jabatan.into();
        self
    }

    /// `boss` appraises as Plt. of the position whose SKP is `position`.
    fn plt(mut self, boss: &Skp, position: &str) -> Skp {
        self = self.under(boss);
        self.sebagai = "plt".into();
        self.penilai_skp = Some(position.into());
        self
    }

    fn atasan(mut self, nip: &str) -> Skp {
        self.atasan = Some(nip.into());
        self
    }

    fn year(mut self, y: i32) -> Skp {
        self.tahun = y;
        self
    }

    fn id(mut self, id: &str) -> Skp {
        self.id = Some(id.into());
        self
    }

    fn file(mut self, rel: &str) -> Skp {
        self.file = Some(rel.into());
        self
    }

    fn periode(mut self, from: &str, to: &str) -> Skp {
        self.periode = Some((from.into(), to.into()));
        self
    }

    fn jpt_format(mut self) -> Skp {
        self.jpt_format = true;
        self
    }

    fn push(mut self, id: &str, tambahan: bool, text: &str, iv: &str, acuan: &str) -> Skp {
        let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
        self.rhk.push(Rhk {
            id: id.into(),
            tambahan,
            text: text.into(),
            intervensi: opt(iv),
            acuan: opt(acuan),
        });
        self
    }

    /// A `utama` RHK; `iv`/`acuan` are raw YAML ("" for none).
    fn rhk(self, id: &str, text: &str, iv: &str, acuan: &str) -> Skp {
        self.push(id, false, text, iv, acuan)
    }

    fn tambahan(self, id: &str, text: &str, iv: &str) -> Skp {
        self.push(id, true, text, iv, "")
    }

    fn is_jpt(&self) -> bool {
        self.jpt_format || self.jenis_jabatan.starts_with("jpt")
    }

    /// The resolved SKP id (`<nip>-<tahun>` unless given).
    fn sid(&self) -> String {
        self.id
            .clone()
            .unwrap_or_else(|| format!("{}-{}", self.nip, self.tahun))
    }

    fn path(&self) -> String {
        self.file
            .clone()
            .unwrap_or_else(|| format!("pegawai/{}/skp-{}.yaml", self.nip, self.tahun))
    }

    /// `<sid>/<entry>`.
    fn r(&self, entry: &str) -> String {
        format!("{}/{}", self.sid(), entry)
    }

    fn rhk_text(&self, id: &str) -> String {
        self.rhk
            .iter()
            .find(|r| r.id == id)
            .unwrap_or_else(|| panic!("no {id}"))
            .text
            .clone()
    }

    fn yaml(&self) -> String {
        let mut y = String::from("apiVersion: skp/v1\nkind: Skp\n");
        if let Some(id) = &self.id {
            y += &format!("id: {id}\n");
        }
        y += &format!("tahun: {}\n", self.tahun);
        if let Some((a, b)) = &self.periode {
            y += &format!("periode_penilaian: {{ mulai: {a}, selesai: {b} }}\n");
        }
        y += "pendekatan: kuantitatif\n";
        if self.jpt_format {
            y += "format: jpt\n";
        }
        y += &format!(
            "pegawai:\n  nama: {}\n  nip: \"{}\"\n  jenis_pegawai: pns\n  jabatan: {}\n  jenis_jabatan: {}\n",
            scalar(&self.nama),
            self.nip,
            self.jabatan,
            self.jenis_jabatan
        );
        if self.jenis_jabatan == "fungsional" {
            y += "  jenjang: ahli_pertama\n";
        }
        y += &format!("  unit_kerja: {}\n", self.unit);
        y += "pejabat_penilai:\n";
        if let Some(n) = &self.penilai_nip {
            y += &format!("  nip: \"{n}\"\n");
        }
        y += &format!(
            "  nama: {}\n  jabatan: {}\n  sebagai: {}\n",
            scalar(&self.penilai_nama),
            self.penilai_jabatan,
            self.sebagai
        );
        if let Some(s) = &self.penilai_skp {
            y += &format!("  skp: {s}\n");
        }
        if let Some(a) = &self.atasan {
            y += &format!("atasan_kinerja: \"{a}\"\n");
        }
        y += "hasil_kerja:\n";
        for r in &self.rhk {
            let n = r.id.trim_start_matches("RHK-");
            y += &format!(
                "  - id: {}\n    jenis: {}\n    rhk: {}\n",
                r.id,
                if r.tambahan { "tambahan" } else { "utama" },
                r.text
            );
            if let Some(iv) = &r.intervensi {
                y += &format!("    intervensi: {iv}\n");
            }
            if let Some(a) = &r.acuan {
                y += &format!("    acuan: {a}\n");
            }
            let object = r.text.to_lowercase();
            let (a1, a2) = if self.is_jpt() {
                ("perspektif: proses_bisnis", "perspektif: penerima_layanan")
            } else {
                ("aspek: kuantitas", "aspek: kualitas")
            };
            y += &format!(
                "    indikator:\n      - id: IKI-{n}.1\n        {a1}\n        teks: Jumlah dokumen bukti {object}\n        target: 4 dokumen\n      - id: IKI-{n}.2\n        {a2}\n        teks: Persentase mutu {object}\n        target: 90 %\n"
            );
        }
        y += "perilaku_kerja:\n  berorientasi_pelayanan: {}\n  akuntabel: {}\n  kompeten: {}\n  harmonis: {}\n  loyal: {}\n  adaptif: {}\n  kolaboratif: {}\n";
        y += "lampiran:\n  dukungan_sumber_daya: [Anggaran unit kerja]\n  skema_pertanggungjawaban: [Laporan triwulanan kepada atasan]\n  konsekuensi: [Capaian dibahas dalam dialog kinerja]\n";
        y
    }
}

/// `s` as a YAML scalar: plain when it can be, double-quoted when it starts with an indicator
/// (`@`, `-`, `"`…) or contains `: ` or ` #`.
fn scalar(s: &str) -> String {
    if s.starts_with(|c: char| "@`!&*|>%'\"{[,#?:-+=".contains(c))
        || s.contains(": ")
        || s.contains(" #")
    {
        format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
    } else {
        s.to_string()
    }
}

/// A Renstra with one tujuan T1 and two sasaran SS1, SS2 (each with one indicator).
fn renstra(id: &str, from: i32, to: i32) -> String {
    format!(
        "apiVersion: skp/v1
kind: Renstra
id: {id}
tahun_mulai: {from}
tahun_selesai: {to}
unit: Dinas Komunikasi dan Informatika Kota Contoh
tujuan:
  - id: T1
    uraian: Meningkatnya kualitas tata kelola pemerintahan digital
    sasaran:
      - id: SS1
        uraian: Meningkatnya keterpaduan layanan pemerintahan berbasis elektronik
        indikator:
          - {{ id: SS1.I1, uraian: Persentase layanan publik yang terintegrasi, satuan: \"%\", target: {{ {from}: 60 }} }}
      - id: SS2
        uraian: Meningkatnya keterbukaan informasi publik
        indikator:
          - {{ id: SS2.I1, uraian: Nilai keterbukaan informasi publik, satuan: poin, target: {{ {from}: 88 }} }}
"
    )
}

/// A PK: `sasaran` is (id, acuan as raw YAML or "", indicator ids).
fn pk(id: &str, tahun: i32, nip: &str, sasaran: &[(&str, &str, &[&str])]) -> String {
    let mut y = format!(
        "apiVersion: skp/v1
kind: PerjanjianKinerja
id: {id}
tahun: {tahun}
revisi: 0
pihak_pertama:
  nama: Pejabat Pihak Pertama
  nip: \"{nip}\"
  jabatan: Kepala Dinas Komunikasi dan Informatika
pihak_kedua:
  nama: Drs. H. Arif Budiman, M.Si.
  jabatan: Wali Kota Contoh
sasaran:
"
    );
    for (sid, acuan, inds) in sasaran {
        y += &format!("  - id: {sid}\n    uraian: Meningkatnya capaian sasaran {sid}\n");
        if !acuan.is_empty() {
            y += &format!("    acuan: {acuan}\n");
        }
        y += "    indikator:\n";
        for i in *inds {
            y += &format!("      - {{ id: {i}, uraian: Persentase capaian {i}, target: 90 % }}\n");
        }
    }
    y
}

/// A Renstra 2025–2029 and a PK whose every sasaran refers to `RENSTRA-DINAS/SS1`.
fn org(ws: &Ws, pk_id: &str, nip: &str, sasaran: &[(&str, &[&str])]) {
    ws.file(
        "organisasi/renstra-2025-2029.yaml",
        &renstra("RENSTRA-DINAS", 2025, 2029),
    );
    let s: Vec<(&str, &str, &[&str])> = sasaran
        .iter()
        .map(|(id, inds)| (*id, "[RENSTRA-DINAS/SS1]", *inds))
        .collect();
    let file = format!("organisasi/{}.yaml", pk_id.to_lowercase());
    ws.file(&file, &pk(pk_id, 2026, nip, &s));
}

// NIPs: 18 digits, a valid birth date, TMT year and month, and gender digit.
const KADIS: &str = "197406121999031002";
const KABID: &str = "198109232006042001";
const KABID2: &str = "197211021997031004";
const KASI: &str = "198504172009012003";
const STAF: &str = "199212052019021003";
const STAF2: &str = "199603212022012002";
const KETUA: &str = "198602082010121001";
const ANGGOTA: &str = "199507302020032005";
const LAIN: &str = "199001012015032001";
const LAIN2: &str = "199102022016031002";
const LAIN3: &str = "199203032017032003";
const NO_SKP: &str = "198511202010012004";

fn kadis() -> Skp {
    Skp::new(
        KADIS,
        "Dr. Hendra Wicaksono, S.Kom., M.T.",
        "Kepala Dinas Komunikasi dan Informatika",
        "jpt_pratama",
        "Dinas Komunikasi dan Informatika",
    )
}

fn kabid() -> Skp {
    Skp::new(
        KABID,
        "Dewi Anggraini, S.T., M.Kom.",
        "Kepala Bidang Aplikasi Informatika",
        "administrator",
        "Bidang Aplikasi Informatika",
    )
}

fn kabid2() -> Skp {
    Skp::new(
        KABID2,
        "Ratna Kusumawati, S.Sos.",
        "Kepala Bidang Informasi dan Komunikasi Publik",
        "administrator",
        "Bidang Informasi dan Komunikasi Publik",
    )
}

fn kasi() -> Skp {
    Skp::new(
        KASI,
        "Sri Lestari, S.E.",
        "Kepala Seksi Pengembangan Aplikasi",
        "pengawas",
        "Seksi Pengembangan Aplikasi, Bidang Aplikasi Informatika",
    )
}

fn staf() -> Skp {
    Skp::new(
        STAF,
        "Yusuf Hidayat, A.Md.",
        "Pengolah Data dan Informasi",
        "pelaksana",
        "Seksi Pengembangan Aplikasi, Bidang Aplikasi Informatika",
    )
}

fn staf2() -> Skp {
    Skp::new(
        STAF2,
        "Maya Sari Dewi, S.I.Kom.",
        "Pranata Hubungan Masyarakat Ahli Pertama",
        "fungsional",
        "Bidang Informasi dan Komunikasi Publik",
    )
}

fn ketua() -> Skp {
    Skp::new(
        KETUA,
        "Fajar Nugroho, S.Kom.",
        "Pranata Komputer Ahli Muda",
        "fungsional",
        "Bidang Aplikasi Informatika",
    )
}

fn anggota() -> Skp {
    Skp::new(
        ANGGOTA,
        "Putri Maharani, S.Kom.",
        "Pranata Komputer Ahli Pertama",
        "fungsional",
        "Bidang Aplikasi Informatika",
    )
}

/// The multi-level cascade: Renstra → PK of the Kepala Dinas → JPT SKP with acuan → two Kepala
/// Bidang (administrator) → Kepala Seksi (pengawas) → staff (pelaksana), and a second branch
/// Kepala Bidang IKP → Pranata Humas. Every superior result and PK indicator is served.
struct Cascade {
    ws: Ws,
    kadis: Skp,
    kabid: Skp,
    kabid2: Skp,
    kasi: Skp,
    staf: Skp,
    staf2: Skp,
}

fn cascade() -> Cascade {
    let ws = Ws::new();
    ws.file(
        "organisasi/renstra-2025-2029.yaml",
        &renstra("RENSTRA-DINAS", 2025, 2029),
    );
    ws.file(
        "organisasi/pk-2026-kadis.yaml",
        &pk(
            "PK-2026-KADIS",
            2026,
            KADIS,
            &[
                ("S1", "[RENSTRA-DINAS/SS1]", &["S1.I1"]),
                ("S2", "[RENSTRA-DINAS/SS2]", &["S2.I1"]),
            ],
        ),
    );
    let kadis = kadis()
        .rhk(
            "RHK-1",
            "Meningkatnya keterpaduan layanan pemerintahan berbasis elektronik",
            "",
            "[PK-2026-KADIS/S1]",
        )
        .rhk(
            "RHK-2",
            "Meningkatnya keterbukaan informasi publik Pemerintah Kota",
            "",
            "[PK-2026-KADIS/S2.I1]",
        );
    let kabid = kabid().under(&kadis).rhk(
        "RHK-1",
        "Tersedianya aplikasi layanan publik terpadu yang andal",
        "RHK-1",
        "",
    );
    let kabid2 = kabid2().under(&kadis).rhk(
        "RHK-1",
        "Terpenuhinya permohonan informasi publik secara cepat",
        "RHK-2",
        "",
    );
    let kasi = kasi().under(&kabid).rhk(
        "RHK-1",
        "Tersedianya modul aplikasi perizinan yang siap produksi",
        "RHK-1",
        "",
    );
    let staf = staf().under(&kasi).rhk(
        "RHK-1",
        "Tersedianya data uji modul perizinan yang valid",
        "RHK-1",
        "",
    );
    let staf2 = staf2().under(&kabid2).rhk(
        "RHK-1",
        "Tersedianya konten informasi layanan publik yang akurat",
        "RHK-1",
        "",
    );
    for s in [&kadis, &kabid, &kabid2, &kasi, &staf, &staf2] {
        ws.skp(s);
    }
    Cascade {
        ws,
        kadis,
        kabid,
        kabid2,
        kasi,
        staf,
        staf2,
    }
}

/// A workspace with a Kepala Bidang (appraised by a Wali Kota without NIP, linked by acuan to
/// a PK) and whatever the test adds; the Kabid's own links are clean.
fn with_kabid(rhks: &[(&str, &str)]) -> (Ws, Skp) {
    let ws = Ws::new();
    org(&ws, "PK-2026-KADIS", KABID, &[("S1", &["S1.I1"])]);
    let mut k = kabid();
    for (id, text) in rhks {
        k = k.rhk(id, text, "", "[PK-2026-KADIS/S1]");
    }
    ws.skp(&k);
    (ws, k)
}

// =============================================================================================
// Tree and matrix helpers
// =============================================================================================

/// Every node of a `skp tree --format json` document (roots, their descendants, unlinked).
fn nodes(tree: &Value) -> Vec<&Value> {
    fn walk<'v>(n: &'v Value, out: &mut Vec<&'v Value>) {
        out.push(n);
        for c in n["children"].as_array().into_iter().flatten() {
            walk(c, out);
        }
    }
    let mut out = Vec::new();
    for key in ["roots", "unlinked"] {
        for n in tree[key].as_array().expect("array") {
            walk(n, &mut out);
        }
    }
    out
}

/// The ids of the nodes that have a child with id `child`.
fn parents(tree: &Value, child: &str) -> Vec<String> {
    let mut p: Vec<String> = nodes(tree)
        .into_iter()
        .filter(|n| {
            n["children"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|c| c["id"] == child)
        })
        .map(|n| n["id"].as_str().unwrap().to_string())
        .collect();
    p.sort();
    p.dedup();
    p
}

fn ids(tree: &Value) -> Vec<String> {
    let mut v: Vec<String> = nodes(tree)
        .into_iter()
        .map(|n| n["id"].as_str().unwrap().to_string())
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Parses RFC 4180 CSV (every record ends with CRLF).
fn parse_csv(text: &str, sep: char) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    cell.push('"');
                } else {
                    quoted = false;
                }
            } else {
                cell.push(c);
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR must be followed by LF");
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
                at_start = true;
            }
            '\n' => panic!("bare LF outside quotes in CSV: {text:?}"),
            c if c == sep => {
                row.push(std::mem::take(&mut cell));
                at_start = true;
            }
            c => {
                cell.push(c);
                at_start = false;
            }
        }
    }
    assert!(
        cell.is_empty() && row.is_empty(),
        "the last record ends with CRLF: {text:?}"
    );
    rows
}

// =============================================================================================
// Scenarios
// =============================================================================================

#[test]
fn multi_level_cascade_is_silent() {
    let c = cascade();
    assert_silent(&c.ws.k());
    // The fixture is otherwise well-formed: no F error hides an SKP from the cascade.
    let all = c.ws.all();
    assert!(
        all.iter().all(|d| !d.code.starts_with('F')),
        "{}",
        list(&all)
    );
    // Every link resolved: each RHK sits under the result it serves.
    let t = c.ws.tree_json(&[]);
    assert_eq!(
        parents(&t, &c.kadis.r("RHK-1")),
        ["PK-2026-KADIS/S1".to_string()]
    );
    assert_eq!(
        parents(&t, &c.kadis.r("RHK-2")),
        ["PK-2026-KADIS/S2.I1".to_string()]
    );
    assert_eq!(parents(&t, &c.kabid.r("RHK-1")), [c.kadis.r("RHK-1")]);
    assert_eq!(parents(&t, &c.kabid2.r("RHK-1")), [c.kadis.r("RHK-2")]);
    assert_eq!(parents(&t, &c.kasi.r("RHK-1")), [c.kabid.r("RHK-1")]);
    assert_eq!(parents(&t, &c.staf.r("RHK-1")), [c.kasi.r("RHK-1")]);
    assert_eq!(parents(&t, &c.staf2.r("RHK-1")), [c.kabid2.r("RHK-1")]);
    assert_eq!(
        parents(&t, "PK-2026-KADIS/S1"),
        ["RENSTRA-DINAS/SS1".to_string()]
    );
    assert_eq!(t["unlinked"], serde_json::json!([]));
}

/// Kabid → ketua tim → anggota, the anggota appraised by the Kabid but serving the ketua's
/// results through `atasan_kinerja`.
struct TwoLevel {
    ws: Ws,
    kabid: Skp,
    ketua: Skp,
    anggota: Skp,
}

fn two_level() -> TwoLevel {
    let ws = Ws::new();
    org(&ws, "PK-2026-APTIKA", KABID, &[("S1", &["S1.I1"])]);
    let kabid = kabid()
        .rhk(
            "RHK-1",
            "Tersedianya layanan aplikasi perizinan terpadu yang andal",
            "",
            "[PK-2026-APTIKA/S1]",
        )
        .rhk(
            "RHK-2",
            "Terselesaikannya integrasi data perangkat daerah",
            "",
            "[PK-2026-APTIKA/S1.I1]",
        );
    let ketua = ketua()
        .under(&kabid)
        .rhk(
            "RHK-1",
            "Tersedianya modul aplikasi layanan terpadu bagi perangkat daerah",
            "RHK-1",
            "",
        )
        .rhk(
            "RHK-2",
            "Terselesaikannya antarmuka pemrograman aplikasi layanan",
            &format!("\"{}\"", kabid.r("IKI-2.1")),
            "",
        )
        .rhk(
            "RHK-3",
            "Tersedianya panduan teknis integrasi bagi operator",
            "RHK-2",
            "",
        );
    let anggota = anggota()
        .under(&kabid)
        .atasan(KETUA)
        .rhk(
            "RHK-1",
            "Tersedianya modul izin reklame yang siap produksi",
            "RHK-1",
            "",
        )
        .rhk(
            "RHK-2",
            "Terhubungnya data perizinan dengan sistem OSS",
            "[RHK-2, RHK-3]",
            "",
        );
    for s in [&kabid, &ketua, &anggota] {
        ws.skp(s);
    }
    TwoLevel {
        ws,
        kabid,
        ketua,
        anggota,
    }
}

#[test]
fn two_level_cascade_through_a_ketua_tim_is_silent() {
    let c = two_level();
    assert_silent(&c.ws.k());
    let t = c.ws.tree_json(&[]);
    // The member's bare references resolve against the ketua tim, not the appraiser.
    assert_eq!(parents(&t, &c.anggota.r("RHK-1")), [c.ketua.r("RHK-1")]);
    assert_eq!(
        parents(&t, &c.anggota.r("RHK-2")),
        [c.ketua.r("RHK-2"), c.ketua.r("RHK-3")]
    );
    assert_eq!(parents(&t, &c.ketua.r("RHK-1")), [c.kabid.r("RHK-1")]);
    assert_eq!(parents(&t, &c.ketua.r("RHK-2")), [c.kabid.r("RHK-2")]);
}

#[test]
fn member_without_atasan_kinerja_naming_the_ketua_fires_k105() {
    let c = two_level();
    // Without atasan_kinerja the ketua is nobody to this member.
    let mut a = c.anggota.clone();
    a.atasan = None;
    a.rhk[0].intervensi = Some(format!("\"{KETUA}/RHK-1\""));
    a.rhk[1].intervensi = Some(format!("\"{}\"", c.kabid.r("RHK-2")));
    let rel = c.ws.skp(&a);
    let y = a.yaml();
    let d = c.ws.k();
    let k = only(&d, "K105");
    assert_eq!(k.file, rel);
    assert_eq!(k.at(), pos(&y, &format!("\"{KETUA}/RHK-1\"")));
    assert_eq!(k.severity, "warning");
    assert_eq!(k.subject.as_deref(), Some(a.r("RHK-1").as_str()));
    assert_eq!(k.subject_id.as_deref(), Some("RHK-1"));
    assert_eq!(k.args["pemilik"], KETUA);
    assert_eq!(k.args["ref"], format!("{KETUA}/RHK-1"));
    assert!(k.message.contains(&c.ketua.r("RHK-1")), "{}", k.message);
    assert!(k.help().contains("atasan_kinerja"), "{}", k.help());
    // The reference to the appraiser's own RHK is fine.
    assert_eq!(with_code(&d, "K105").len(), 1, "{}", list(&d));
}

#[test]
fn member_without_atasan_kinerja_bare_reference_resolves_against_the_kabid_k102() {
    let c = two_level();
    // RHK-3 exists only in the ketua's plan; without atasan_kinerja it is looked up in the
    // Kabid's SKP, which has RHK-1 and RHK-2.
    let mut a = c.anggota.clone();
    a.atasan = None;
    a.rhk[1].intervensi = Some("RHK-3".into());
    let rel = c.ws.skp(&a);
    let y = a.yaml();
    let d = c.ws.k();
    let k = only(&d, "K102");
    assert_eq!(k.file, rel);
    assert_eq!(k.at(), pos_in(&y, "intervensi: RHK-3", "RHK-3"));
    assert_eq!(k.args["dokumen"], c.kabid.sid());
    assert_eq!(k.args["entri"], "RHK-3");
    assert!(k.message.contains(&c.kabid.sid()), "{}", k.message);
    assert_eq!(
        k.help(),
        "id terdekat di dokumen tujuan: RHK-1, RHK-2",
        "hints come from the Kabid's SKP only, never the ketua's RHK-3"
    );
    // RHK-1 (bare) now resolves to the Kabid's RHK-1: allowed, the Kabid is the appraiser.
    assert_none(&d, &["K105"]);
}

#[test]
fn member_appraised_by_the_ketua_naming_the_kabid_fires_k105_unless_atasan_kinerja() {
    let c = two_level();
    // A member whose appraiser is the ketua tim, serving the Kabid's RHK directly.
    let m = Skp::new(
        LAIN,
        "Rina Wulandari, S.Kom.",
        "Pranata Komputer Terampil",
        "fungsional",
        "Bidang Aplikasi Informatika",
    )
    .under(&c.ketua)
    .rhk(
        "RHK-1",
        "Tersedianya formulir izin daring yang siap digunakan",
        &format!("\"{KABID}/RHK-1\""),
        "",
    )
    .rhk(
        "RHK-2",
        "Tersedianya data uji integrasi layanan",
        "RHK-2",
        "",
    );
    let rel = c.ws.skp(&m);
    let d = c.ws.k();
    let k = only(&d, "K105");
    assert_eq!(k.file, rel);
    assert_eq!(k.at(), pos(&m.yaml(), &format!("\"{KABID}/RHK-1\"")));
    assert_eq!(k.args["pemilik"], KABID);
    // With the Kabid as atasan_kinerja the same reference is in order (and bare references
    // then resolve against the Kabid).
    let m2 = m.clone().atasan(KABID);
    c.ws.skp(&m2);
    let d = c.ws.k();
    assert_none(&d, &["K105", "K102"]);
}

/// A Kepala Bidang on leave (position SKP), a Kabid of another field acting as Plt., and a
/// staff member appraised by the Plt. against the position's SKP.
struct Plt {
    ws: Ws,
    position: Skp,
    acting: Skp,
    staff: Skp,
}

fn plt_fixture() -> Plt {
    let ws = Ws::new();
    org(&ws, "PK-2026-KADIS", KADIS, &[("S1", &["S1.I1"])]);
    let kadis = kadis().rhk(
        "RHK-1",
        "Meningkatnya keterpaduan layanan pemerintahan berbasis elektronik",
        "",
        "[PK-2026-KADIS/S1]",
    );
    // The definitive Kabid, whose SKP is the position's plan.
    let position = kabid()
        .under(&kadis)
        .rhk(
            "RHK-1",
            "Tersedianya layanan aplikasi perizinan terpadu",
            "RHK-1",
            "",
        )
        .rhk(
            "RHK-2",
            "Terlindunginya sistem elektronik dari insiden keamanan",
            "RHK-1",
            "",
        );
    // The Plt. has one RHK of his own, served by his own staff.
    let acting = kabid2().under(&kadis).rhk(
        "RHK-1",
        "Terpenuhinya permohonan informasi publik secara cepat",
        "RHK-1",
        "",
    );
    let own = staf2().under(&acting).rhk(
        "RHK-1",
        "Tersedianya konten informasi layanan publik yang akurat",
        "RHK-1",
        "",
    );
    // RHK-2 exists only in the position's plan: resolved against the Plt.'s own SKP it would
    // be a K102.
    let staff = staf()
        .plt(&acting, &position.sid())
        .rhk(
            "RHK-1",
            "Tertutupnya kerentanan aplikasi prioritas sebelum dieksploitasi",
            "RHK-2",
            "",
        )
        .rhk(
            "RHK-2",
            "Tersedianya data integrasi layanan perizinan",
            &format!("\"{}\"", position.r("RHK-1")),
            "",
        );
    for s in [&kadis, &position, &acting, &own, &staff] {
        ws.skp(s);
    }
    Plt {
        ws,
        position,
        acting,
        staff,
    }
}

#[test]
fn plt_appraiser_bare_references_resolve_against_the_position_skp() {
    let p = plt_fixture();
    // No K102 (RHK-2 is found), no K105 (the position's SKP is the plt's), no K106, and the
    // position's results count as served (no K112): the whole cascade is silent.
    assert_silent(&p.ws.k());
    let t = p.ws.tree_json(&[]);
    assert_eq!(parents(&t, &p.staff.r("RHK-1")), [p.position.r("RHK-2")]);
    assert_eq!(parents(&t, &p.staff.r("RHK-2")), [p.position.r("RHK-1")]);
    // The staff member shows in the position's matrix, not in the Plt.'s own.
    let pos_mph = p.ws.mph(KABID, &["--format", "csv"]);
    pos_mph.expect_code(0);
    assert!(pos_mph.stdout.contains(STAF), "{}", pos_mph.stdout);
    let own_mph = p.ws.mph(KABID2, &["--format", "csv"]);
    own_mph.expect_code(0);
    assert!(!own_mph.stdout.contains(STAF), "{}", own_mph.stdout);
    assert!(own_mph.stdout.contains(STAF2), "{}", own_mph.stdout);
}

#[test]
fn plt_without_the_position_skp_resolves_against_the_plt_own_skp() {
    let p = plt_fixture();
    // The same staff member without `skp:`: RHK-2 is looked up in the Plt.'s own SKP.
    let mut s = p.staff.clone();
    s.penilai_skp = None;
    let rel = p.ws.skp(&s);
    let d = p.ws.k();
    let k = only(&d, "K102");
    assert_eq!(k.file, rel);
    assert_eq!(k.args["dokumen"], p.acting.sid());
    // And the explicit reference to the position's SKP is now a K105.
    let k105 = only(&d, "K105");
    assert_eq!(k105.args["pemilik"], KABID);
}

#[test]
fn plt_position_skp_unserved_result_is_uncovered_in_the_tree_as_in_k112() {
    let p = plt_fixture();
    // The staff member serves only the position's RHK-2 now.
    let mut s = p.staff.clone();
    s.rhk[1].intervensi = Some("RHK-2".into());
    p.ws.skp(&s);
    let d = p.ws.k();
    let k = only(&d, "K112");
    assert_eq!(k.subject.as_deref(), Some(p.position.r("RHK-1").as_str()));
    let t = p.ws.tree_json(&["--uncovered"]);
    let uncovered: Vec<String> = nodes(&t)
        .into_iter()
        .filter(|n| n["uncovered"] == true)
        .map(|n| n["id"].as_str().unwrap().to_string())
        .collect();
    assert!(
        uncovered.contains(&p.position.r("RHK-1")),
        "K112 reports {} unserved; the tree should mark it too: {uncovered:?}",
        p.position.r("RHK-1")
    );
}

/// One Kepala Bidang moved in July: `…-2026a` (January–June) and `…-2026b` (July–December).
struct Mutasi {
    ws: Ws,
    a: Skp,
    b: Skp,
    first: Skp,
    second: Skp,
}

fn mutasi() -> Mutasi {
    let ws = Ws::new();
    let base = kabid();
    let a = base
        .clone()
        .id(&format!("{KABID}-2026a"))
        .file(&format!("pegawai/{KABID}/skp-2026a.yaml"))
        .periode("2026-01-01", "2026-06-30")
        .rhk(
            "RHK-1",
            "Tersedianya layanan aplikasi perizinan terpadu semester pertama",
            "RHK-1",
            "",
        );
    let b = base
        .clone()
        .id(&format!("{KABID}-2026b"))
        .file(&format!("pegawai/{KABID}/skp-2026b.yaml"))
        .periode("2026-07-01", "2026-12-31")
        .rhk(
            "RHK-1",
            "Tersedianya data statistik sektoral yang terpadu",
            "RHK-1",
            "",
        );
    // Subordinates whose periods overlap one SKP each; the snapshot `teks` proves which one
    // the bare reference resolved to (K110 otherwise).
    let first = staf().under(&base).periode("2026-01-01", "2026-06-30").rhk(
        "RHK-1",
        "Tersedianya modul izin usaha yang siap produksi",
        &format!("{{ ref: RHK-1, teks: {} }}", a.rhk_text("RHK-1")),
        "",
    );
    let second = staf2()
        .under(&base)
        .periode("2026-07-01", "2026-12-31")
        .rhk(
            "RHK-1",
            "Tersedianya dataset sektoral yang memenuhi standar",
            &format!("{{ ref: RHK-1, teks: {} }}", b.rhk_text("RHK-1")),
            "",
        );
    for s in [&a, &b, &first, &second] {
        ws.skp(s);
    }
    Mutasi {
        ws,
        a,
        b,
        first,
        second,
    }
}

#[test]
fn mid_year_mutasi_bare_references_resolve_to_the_overlapping_skp() {
    let m = mutasi();
    assert_silent(&m.ws.k());
    let t = m.ws.tree_json(&[]);
    assert_eq!(parents(&t, &m.first.r("RHK-1")), [m.a.r("RHK-1")]);
    assert_eq!(parents(&t, &m.second.r("RHK-1")), [m.b.r("RHK-1")]);
    // Each half-year SKP has its own matrix; without --skp the latest one is shown.
    let a = m.ws.mph(KABID, &["--skp", &m.a.sid(), "--format", "csv"]);
    a.expect_code(0);
    assert!(
        a.stdout.contains(STAF) && !a.stdout.contains(STAF2),
        "{}",
        a.stdout
    );
    let b = m.ws.mph(KABID, &["--skp", &m.b.sid(), "--format", "csv"]);
    b.expect_code(0);
    assert!(
        b.stdout.contains(STAF2) && !b.stdout.contains(STAF),
        "{}",
        b.stdout
    );
    let latest = m.ws.mph(KABID, &["--format", "csv"]);
    assert_eq!(latest.stdout, b.stdout);
}

#[test]
fn k103_nip_reference_from_a_full_year_skp_lists_both_candidates() {
    let m = mutasi();
    let s = Skp::new(
        LAIN,
        "Rina Wulandari, S.Kom.",
        "Pranata Komputer Ahli Pertama",
        "fungsional",
        "Bidang Aplikasi Informatika",
    )
    .under(&m.a)
    .rhk(
        "RHK-1",
        "Tersedianya laporan uji keamanan aplikasi",
        &format!("\"{KABID}/RHK-1\""),
        "",
    )
    .rhk("RHK-2", "Tersedianya katalog aplikasi daerah", "RHK-1", "");
    let rel = m.ws.skp(&s);
    let y = s.yaml();
    let d = m.ws.k();
    let k = with_code(&d, "K103");
    assert_eq!(
        k.len(),
        2,
        "the NIP reference and the bare one:\n{}",
        list(&d)
    );
    let by_nip = k
        .iter()
        .find(|x| x.subject_id.as_deref() == Some("RHK-1"))
        .expect("K103 on RHK-1");
    assert_eq!(by_nip.file, rel);
    assert_eq!(by_nip.at(), pos(&y, &format!("\"{KABID}/RHK-1\"")));
    assert_eq!(by_nip.severity, "error");
    assert_eq!(by_nip.subject.as_deref(), Some(s.r("RHK-1").as_str()));
    assert_eq!(by_nip.args["nip"], KABID);
    assert_eq!(
        by_nip.args["calon"],
        serde_json::json!([m.a.sid(), m.b.sid()])
    );
    let rel_files: Vec<&str> = by_nip
        .related
        .iter()
        .map(|r| r["file"].as_str().unwrap())
        .collect();
    assert_eq!(rel_files, [m.a.path().as_str(), m.b.path().as_str()]);
    for r in &by_nip.related {
        // Each candidate is pointed at its `id`.
        assert_eq!(r["line"], 3, "{r}");
    }
    assert!(
        by_nip.message.contains(&m.a.sid()) && by_nip.message.contains(&m.b.sid()),
        "{}",
        by_nip.message
    );
    assert!(by_nip.help().contains("id SKP"), "{}", by_nip.help());
    // The bare reference (appraiser = the moved Kabid) is ambiguous in the same way.
    let bare = k
        .iter()
        .find(|x| x.subject_id.as_deref() == Some("RHK-2"))
        .expect("K103 on RHK-2");
    assert_eq!(bare.at(), pos_in(&y, "intervensi: RHK-1", "RHK-1"));
    assert_eq!(bare.args["calon"], by_nip.args["calon"]);
    // Naming the SKP id resolves it.
    let mut fixed = s.clone();
    fixed.rhk[0].intervensi = Some(format!("\"{}\"", m.a.r("RHK-1")));
    fixed.rhk[1].intervensi = Some(format!("\"{}\"", m.b.r("RHK-1")));
    m.ws.skp(&fixed);
    assert_none(&m.ws.k(), &["K103", "K102"]);
}

/// Two years side by side: a Renstra 2025–2029, a PK per year, and 2025 and 2026 SKPs of the
/// same three people.
struct Years {
    ws: Ws,
    kadis: [Skp; 2],
    kabid: [Skp; 2],
    staf: [Skp; 2],
}

fn years() -> Years {
    let ws = Ws::new();
    ws.file(
        "organisasi/renstra-2025-2029.yaml",
        &renstra("RENSTRA-DINAS", 2025, 2029),
    );
    let mut kd = Vec::new();
    let mut kb = Vec::new();
    let mut st = Vec::new();
    for y in [2025, 2026] {
        ws.file(
            &format!("organisasi/pk-{y}-kadis.yaml"),
            &pk(
                &format!("PK-{y}-KADIS"),
                y,
                KADIS,
                &[("S1", "[RENSTRA-DINAS/SS1]", &["S1.I1"])],
            ),
        );
        let k = kadis().year(y).rhk(
            "RHK-1",
            &format!("Meningkatnya keterpaduan layanan elektronik tahun {y}"),
            "",
            &format!("[PK-{y}-KADIS/S1]"),
        );
        let b = kabid().year(y).under(&k).rhk(
            "RHK-1",
            &format!("Tersedianya aplikasi layanan terpadu tahun {y}"),
            "RHK-1",
            "",
        );
        let s = staf().year(y).under(&b).rhk(
            "RHK-1",
            &format!("Tersedianya modul aplikasi perizinan tahun {y}"),
            "RHK-1",
            "",
        );
        for x in [&k, &b, &s] {
            ws.skp(x);
        }
        kd.push(k);
        kb.push(b);
        st.push(s);
    }
    let arr = |v: Vec<Skp>| -> [Skp; 2] { v.try_into().ok().unwrap() };
    Years {
        ws,
        kadis: arr(kd),
        kabid: arr(kb),
        staf: arr(st),
    }
}

#[test]
fn several_years_side_by_side_each_cascade_is_silent() {
    let y = years();
    assert_silent(&y.ws.k());
    let t = y.ws.tree_json(&[]);
    for i in 0..2 {
        let year = 2025 + i as i32;
        assert_eq!(
            parents(&t, &y.kadis[i].r("RHK-1")),
            [format!("PK-{year}-KADIS/S1")]
        );
        assert_eq!(
            parents(&t, &y.kabid[i].r("RHK-1")),
            [y.kadis[i].r("RHK-1")],
            "bare references resolve to the superior's SKP of the same year"
        );
        assert_eq!(parents(&t, &y.staf[i].r("RHK-1")), [y.kabid[i].r("RHK-1")]);
    }
}

#[test]
fn k104_a_2026_skp_referencing_a_2025_pk() {
    let y = years();
    let mut s = y.staf[1].clone();
    s.rhk[0].acuan = Some("[PK-2025-KADIS/S1.I1]".into());
    let rel = y.ws.skp(&s);
    let d = y.ws.k();
    let k = only(&d, "K104");
    assert_eq!(d.len(), 1, "{}", list(&d));
    assert_eq!(k.file, rel);
    assert_eq!(k.at(), pos(&s.yaml(), "PK-2025-KADIS/S1.I1"));
    assert_eq!(k.severity, "error");
    assert_eq!(k.subject.as_deref(), Some(s.r("RHK-1").as_str()));
    assert_eq!(k.args["tahun"], 2026);
    assert_eq!(k.args["tahun_tujuan"], "2025");
    assert_eq!(k.args["ref"], "PK-2025-KADIS/S1.I1");
    assert!(k.message.contains("PK-2025-KADIS/S1.I1"), "{}", k.message);
}

#[test]
fn k104_intervensi_into_last_year_skp_and_pk_acuan_outside_the_renstra() {
    let y = years();
    // A 2026 RHK serving the 2025 SKP of its own appraiser, named by SKP id.
    let mut s = y.staf[1].clone();
    s.rhk[0].intervensi = Some(format!("\"{}\"", y.kabid[0].r("RHK-1")));
    y.ws.skp(&s);
    // A 2026 PK whose sasaran refers to a Renstra 2020–2024.
    y.ws.file(
        "organisasi/renstra-2020-2024.yaml",
        &renstra("RENSTRA-LAMA", 2020, 2024),
    );
    let pk26 = pk(
        "PK-2026-KADIS",
        2026,
        KADIS,
        &[("S1", "[RENSTRA-LAMA/SS1]", &["S1.I1"])],
    );
    y.ws.file("organisasi/pk-2026-kadis.yaml", &pk26);
    let d = y.ws.k();
    let k = with_code(&d, "K104");
    assert_eq!(k.len(), 2, "{}", list(&d));
    let on_pk = k
        .iter()
        .find(|x| x.file == "organisasi/pk-2026-kadis.yaml")
        .expect("K104 on the PK");
    assert_eq!(on_pk.at(), pos(&pk26, "RENSTRA-LAMA/SS1"));
    assert_eq!(on_pk.subject.as_deref(), Some("PK-2026-KADIS/S1"));
    assert_eq!(on_pk.args["tahun_tujuan"], "2020–2024");
    let on_skp = k.iter().find(|x| x.file == s.path()).expect("K104 on SKP");
    assert_eq!(on_skp.args["tahun_tujuan"], "2025");
    // The appraiser's own (older) SKP: not a K105.
    assert_none(&d, &["K105"]);
}

#[test]
fn jpt_appraised_by_an_official_without_nip_is_never_flagged() {
    let ws = Ws::new();
    org(
        &ws,
        "PK-2026-KADIS",
        KADIS,
        &[("S1", &["S1.I1"]), ("S2", &["S2.I1"])],
    );
    // The Wali Kota has no NIP and no SKP in the workspace: a bare reference to his results
    // cannot be checked and is never reported.
    let k = kadis()
        .rhk(
            "RHK-1",
            "Meningkatnya keterpaduan layanan pemerintahan berbasis elektronik",
            "RHK-1",
            "[PK-2026-KADIS/S1]",
        )
        .rhk(
            "RHK-2",
            "Meningkatnya keterbukaan informasi publik Pemerintah Kota",
            "[RHK-2, IKI-9.9]",
            "[PK-2026-KADIS/S2]",
        );
    assert!(
        k.yaml()
            .contains("pejabat_penilai:\n  nama: Drs. H. Arif Budiman"),
        "the appraiser has no NIP"
    );
    ws.skp(&k);
    let d = ws.k();
    assert_silent(&d);
}

// =============================================================================================
// K101 utama-unlinked
// =============================================================================================

#[test]
fn k101_fires_on_a_utama_rhk_with_neither_intervensi_nor_acuan() {
    let (ws, kb) = with_kabid(&[("RHK-1", "Tersedianya aplikasi layanan terpadu")]);
    let s = staf()
        .under(&kb)
        .rhk(
            "RHK-1",
            "Tersedianya data uji aplikasi layanan",
            "RHK-1",
            "",
        )
        .rhk("RHK-2", "Tersedianya laporan mingguan bidang", "", "");
    let rel = ws.skp(&s);
    let y = s.yaml();
    let d = ws.k();
    let k = only(&d, "K101");
    assert_eq!(k.file, rel);
    assert_eq!(k.at(), pos_in(&y, "- id: RHK-2", "RHK-2"));
    assert_eq!(k.severity, "warning");
    assert_eq!(k.subject.as_deref(), Some(s.r("RHK-2").as_str()));
    assert_eq!(k.subject_id.as_deref(), Some("RHK-2"));
    assert!(k.help().contains("intervensi"), "{}", k.help());
}

#[test]
fn k101_silent_for_tambahan_acuan_only_and_jpt() {
    let (ws, kb) = with_kabid(&[("RHK-1", "Tersedianya aplikasi layanan terpadu")]);
    let s = staf()
        .under(&kb)
        .rhk(
            "RHK-1",
            "Tersedianya data uji aplikasi layanan",
            "RHK-1",
            "",
        )
        .rhk(
            "RHK-2",
            "Tersedianya rekapitulasi capaian indikator",
            "",
            "[PK-2026-KADIS/S1.I1]",
        )
        .tambahan("RHK-3", "Tersusunnya notulen rapat koordinasi tim", "");
    ws.skp(&s);
    // A JPT RHK without links is K107's business, not K101's.
    ws.skp(&kadis().rhk(
        "RHK-1",
        "Meningkatnya keterpaduan layanan pemerintahan",
        "",
        "",
    ));
    let d = ws.k();
    assert_none(&d, &["K101"]);
    assert_eq!(with_code(&d, "K107").len(), 1, "{}", list(&d));
}

// =============================================================================================
// K102 reference-unresolved
// =============================================================================================

#[test]
fn k102_unknown_rhk_hints_the_closest_ids_of_the_target_document_only() {
    let (ws, kb) = with_kabid(&[
        ("RHK-1", "Tersedianya aplikasi layanan terpadu yang andal"),
        ("RHK-2", "Terselesaikannya integrasi data perangkat daerah"),
        ("RHK-3", "Terlindunginya sistem elektronik dari insiden"),
    ]);
    // Somebody else's SKP does have an RHK-9: it must not be offered.
    ws.skp(
        &Skp::new(
            LAIN,
            "Orang Lain",
            "Analis Kebijakan",
            "pelaksana",
            "Sekretariat",
        )
        .under(&kb)
        .rhk("RHK-9", "Tersedianya kajian kebijakan daerah", "RHK-1", ""),
    );
    let s = staf().under(&kb).rhk(
        "RHK-1",
        "Tersedianya data uji aplikasi layanan",
        "RHK-9",
        "",
    );
    let rel = ws.skp(&s);
    let d = ws.k();
    let k = only(&d, "K102");
    assert_eq!(k.file, rel);
    assert_eq!(k.at(), pos_in(&s.yaml(), "intervensi: RHK-9", "RHK-9"));
    assert_eq!(k.severity, "error");
    assert_eq!(k.subject.as_deref(), Some(s.r("RHK-1").as_str()));
    assert_eq!(k.args["ref"], "RHK-9");
    assert_eq!(k.args["dokumen"], kb.sid());
    assert_eq!(k.args["entri"], "RHK-9");
    assert_eq!(k.message, format!("`RHK-9` tidak ada di {}", kb.sid()));
    assert_eq!(
        k.help(),
        "id terdekat di dokumen tujuan: RHK-1, RHK-2, RHK-3"
    );
}

#[test]
fn k102_case_slip_is_hinted() {
    let (ws, kb) = with_kabid(&[("RHK-1", "Tersedianya aplikasi layanan terpadu yang andal")]);
    let s = staf().under(&kb).rhk(
        "RHK-1",
        "Tersedianya data uji aplikasi layanan",
        "rhk-1",
        "",
    );
    ws.skp(&s);
    let d = ws.k();
    let k = only(&d, "K102");
    assert_eq!(k.args["entri"], "rhk-1");
    assert_eq!(k.help(), "id terdekat di dokumen tujuan: RHK-1");
}

#[test]
fn k102_unknown_rhk_of_a_superior_lists_the_superior_rhks() {
    let (ws, kb) = with_kabid(&[
        ("RHK-1", "Tersedianya aplikasi layanan terpadu yang andal"),
        ("RHK-2", "Terselesaikannya integrasi data perangkat daerah"),
    ]);
    let s = staf().under(&kb).rhk(
        "RHK-1",
        "Tersedianya data uji aplikasi layanan",
        "HASIL-UTAMA-BIDANG",
        "",
    );
    ws.skp(&s);
    let d = ws.k();
    let k = only(&d, "K102");
    assert_eq!(k.args["entri"], "HASIL-UTAMA-BIDANG");
    assert_eq!(
        k.help(),
        "RHK di dokumen tujuan: RHK-1 (Tersedianya aplikasi layanan terpadu yang andal); \
         RHK-2 (Terselesaikannya integrasi data perangkat daerah)"
    );
}

#[test]
fn k102_unknown_pk_entry_unknown_document_and_nip_without_skp() {
    let (ws, kb) = with_kabid(&[("RHK-1", "Tersedianya aplikasi layanan terpadu yang andal")]);
    // Another PK has an S3; the hint for PK-2026-KADIS/S3 names S1 of the target PK only.
    ws.file(
        "organisasi/pk-2026-lain.yaml",
        &pk("PK-2026-LAIN", 2026, KABID2, &[("S3", "", &["S3.I1"])]),
    );
    let s = staf()
        .under(&kb)
        .rhk(
            "RHK-1",
            "Tersedianya data uji aplikasi layanan",
            "RHK-1",
            "[PK-2026-KADIS/S3]",
        )
        .rhk(
            "RHK-2",
            "Tersedianya katalog data perangkat daerah",
            "\"PK-2026-KADSI-X/RHK-1\"",
            "",
        )
        .rhk(
            "RHK-3",
            "Tersedianya laporan keamanan aplikasi",
            &format!("\"{NO_SKP}/RHK-1\""),
            "",
        );
    let rel = ws.skp(&s);
    let y = s.yaml();
    let d = ws.k();
    let k = with_code(&d, "K102");
    assert_eq!(k.len(), 3, "{}", list(&d));
    let entry = k
        .iter()
        .find(|x| x.subject_id.as_deref() == Some("RHK-1"))
        .unwrap();
    assert_eq!(entry.file, rel);
    assert_eq!(entry.at(), pos(&y, "PK-2026-KADIS/S3"));
    assert_eq!(entry.args["dokumen"], "PK-2026-KADIS");
    assert_eq!(entry.help(), "id terdekat di dokumen tujuan: S1");
    let doc = k
        .iter()
        .find(|x| x.subject_id.as_deref() == Some("RHK-2"))
        .unwrap();
    assert_eq!(doc.at(), pos(&y, "\"PK-2026-KADSI-X/RHK-1\""));
    assert_eq!(doc.args["dokumen"], "PK-2026-KADSI-X");
    assert!(doc.message.contains("PK-2026-KADSI-X"), "{}", doc.message);
    let nip = k
        .iter()
        .find(|x| x.subject_id.as_deref() == Some("RHK-3"))
        .unwrap();
    assert_eq!(nip.args["dokumen"], NO_SKP);
    assert!(
        nip.help().contains("skp check --list-files"),
        "{}",
        nip.help()
    );
    // An explicit NIP without an SKP is an unknown document, not a missing superior.
    assert_none(&d, &["K106"]);
}

#[test]
fn k102_silent_when_every_form_of_reference_resolves() {
    let (ws, kb) = with_kabid(&[
        ("RHK-1", "Tersedianya aplikasi layanan terpadu yang andal"),
        ("RHK-2", "Terselesaikannya integrasi data perangkat daerah"),
    ]);
    let s = staf()
        .under(&kb)
        .rhk(
            "RHK-1",
            "Tersedianya data uji aplikasi layanan",
            "[RHK-1, IKI-2.1]",
            "[PK-2026-KADIS/S1.I1]",
        )
        .rhk(
            "RHK-2",
            "Tersedianya katalog data perangkat daerah",
            &format!("[\"{KABID}/RHK-2\", \"{}\"]", kb.r("IKI-1.2")),
            "",
        );
    ws.skp(&s);
    assert_silent(&ws.k());
}

// =============================================================================================
// K105 served-not-superior, K106 superior-skp-missing
// =============================================================================================

#[test]
fn k105_fires_when_skipping_a_level_and_is_silent_for_the_appraiser() {
    let c = cascade();
    let mut s = c.staf.clone();
    s = s.rhk(
        "RHK-2",
        "Tersedianya laporan uji integrasi layanan",
        &format!("\"{KABID}/RHK-1\""),
        "",
    );
    let rel = c.ws.skp(&s);
    let d = c.ws.k();
    let k = only(&d, "K105");
    assert_eq!(k.file, rel);
    assert_eq!(k.at(), pos(&s.yaml(), &format!("\"{KABID}/RHK-1\"")));
    assert_eq!(k.subject.as_deref(), Some(s.r("RHK-2").as_str()));
    assert_eq!(k.args["pemilik"], KABID);
    assert!(k.message.contains(&c.kabid.nama), "{}", k.message);
    // Only that one: the multi-level cascade itself never triggers K105.
    assert_eq!(d.len(), 1, "{}", list(&d));
}

#[test]
fn k106_fires_for_a_penilai_with_nip_whose_skp_is_missing() {
    let ws = Ws::new();
    let s = staf()
        .under_nip(NO_SKP, "Wulan Sari, S.E.", "Kepala Subbagian Umum")
        .rhk(
            "RHK-1",
            "Tersedianya dokumen pertanggungjawaban belanja",
            "RHK-1",
            "",
        );
    let rel = ws.skp(&s);
    let d = ws.k();
    let k = only(&d, "K106");
    assert_eq!(k.file, rel);
    assert_eq!(k.at(), pos_in(&s.yaml(), "intervensi: RHK-1", "RHK-1"));
    assert_eq!(k.severity, "warning");
    assert_eq!(k.subject.as_deref(), Some(s.r("RHK-1").as_str()));
    assert_eq!(k.args["nip"], NO_SKP);
    assert!(k.message.contains(NO_SKP), "{}", k.message);
    assert_none(&d, &["K102"]);
    // A ketua tim (atasan_kinerja) without an SKP likewise, named in `args.nip`.
    let m = anggota()
        .under_nip(NO_SKP, "Wulan Sari, S.E.", "Kepala Subbagian Umum")
        .atasan(LAIN)
        .rhk(
            "RHK-1",
            "Tersedianya modul izin reklame yang siap produksi",
            "RHK-2",
            "",
        );
    let rel_m = ws.skp(&m);
    let d = ws.k();
    let km = with_code(&d, "K106")
        .into_iter()
        .find(|x| x.file == rel_m)
        .unwrap_or_else(|| panic!("{}", list(&d)));
    assert_eq!(km.args["nip"], LAIN);
    ws.remove(&rel_m);
    // The superior's SKP of another year does not count.
    ws.skp(
        &Skp::new(
            NO_SKP,
            "Wulan Sari, S.E.",
            "Kepala Subbagian Umum",
            "pengawas",
            "Sekretariat",
        )
        .year(2025)
        .under_nip(KABID2, "X", "Sekretaris")
        .rhk("RHK-1", "Tersedianya laporan keuangan tahun lalu", "", ""),
    );
    let d = ws.k();
    assert_eq!(
        with_code(&d, "K106")
            .iter()
            .filter(|x| x.file == rel)
            .count(),
        1,
        "{}",
        list(&d)
    );
    // With the superior's SKP of the same year the reference resolves.
    ws.skp(
        &Skp::new(
            NO_SKP,
            "Wulan Sari, S.E.",
            "Kepala Subbagian Umum",
            "pengawas",
            "Sekretariat",
        )
        .under_nip(KABID2, "X", "Sekretaris")
        .rhk("RHK-1", "Tersedianya laporan keuangan yang andal", "", ""),
    );
    let d = ws.k();
    assert!(
        with_code(&d, "K106").iter().all(|x| x.file != rel),
        "{}",
        list(&d)
    );
    assert_none(&d, &["K102"]);
}

// =============================================================================================
// K107 jpt-without-acuan, K108 pk-without-acuan
// =============================================================================================

#[test]
fn k107_fires_on_jpt_rhk_without_acuan_and_on_format_jpt() {
    let ws = Ws::new();
    org(&ws, "PK-2026-KADIS", KADIS, &[("S1", &["S1.I1"])]);
    let k = kadis()
        .rhk(
            "RHK-1",
            "Meningkatnya keterpaduan layanan pemerintahan",
            "",
            "[PK-2026-KADIS/S1]",
        )
        .rhk("RHK-2", "Meningkatnya kualitas tata kelola data", "", "");
    let rel = ws.skp(&k);
    // A Pimpinan Unit Kerja Mandiri (administrator with format: jpt) likewise.
    let upt = Skp::new(
        LAIN,
        "Dodi Kurniawan, S.T.",
        "Kepala UPT Mal Pelayanan Publik",
        "administrator",
        "UPT Mal Pelayanan Publik",
    )
    .jpt_format()
    .under(&k)
    .rhk(
        "RHK-1",
        "Meningkatnya kecepatan layanan Mal Pelayanan Publik",
        "RHK-1",
        "",
    );
    let rel_upt = ws.skp(&upt);
    let d = ws.k();
    let k107 = with_code(&d, "K107");
    assert_eq!(k107.len(), 2, "{}", list(&d));
    let a = k107.iter().find(|x| x.file == rel).unwrap();
    assert_eq!(a.at(), pos_in(&k.yaml(), "- id: RHK-2", "RHK-2"));
    assert_eq!(a.severity, "error");
    assert_eq!(a.subject.as_deref(), Some(k.r("RHK-2").as_str()));
    assert!(a.help().contains("acuan"), "{}", a.help());
    let b = k107.iter().find(|x| x.file == rel_upt).unwrap();
    assert_eq!(b.subject.as_deref(), Some(upt.r("RHK-1").as_str()));
    // Neither is a K101.
    assert_none(&d, &["K101"]);
}

#[test]
fn k108_is_only_info_when_the_workspace_has_no_renstra() {
    // Real PKs rarely cite Renstra ids, and there is nothing to cite here: a reminder, not a
    // warning on every sasaran.
    let ws = Ws::new();
    let text = pk("PK-2026-KADIS", 2026, KADIS, &[("S1", "", &["S1.I1"])]);
    ws.file("organisasi/pk-2026-kadis.yaml", &text);
    let d = ws.k();
    let k = only(&d, "K108");
    assert_eq!(k.severity, "info");
    assert!(k.help().contains("Renstra"), "{}", k.help());
}

#[test]
fn k108_fires_on_pk_sasaran_without_acuan_and_is_silent_with_it() {
    let ws = Ws::new();
    ws.file(
        "organisasi/renstra-2025-2029.yaml",
        &renstra("RENSTRA-DINAS", 2025, 2029),
    );
    let text = pk(
        "PK-2026-KADIS",
        2026,
        KADIS,
        &[
            ("S1", "[RENSTRA-DINAS/SS1]", &["S1.I1"]),
            ("S2", "", &["S2.I1"]),
        ],
    );
    ws.file("organisasi/pk-2026-kadis.yaml", &text);
    ws.skp(&kadis().rhk(
        "RHK-1",
        "Meningkatnya keterpaduan layanan pemerintahan",
        "",
        "[PK-2026-KADIS/S1, PK-2026-KADIS/S2]",
    ));
    let d = ws.k();
    let k = only(&d, "K108");
    assert_eq!(d.len(), 1, "{}", list(&d));
    assert_eq!(k.file, "organisasi/pk-2026-kadis.yaml");
    assert_eq!(k.at(), pos_in(&text, "- id: S2", "S2"));
    assert_eq!(k.severity, "warning");
    assert_eq!(k.subject.as_deref(), Some("PK-2026-KADIS/S2"));
    assert_eq!(k.subject_id.as_deref(), Some("S2"));
    assert!(k.help().contains("RENSTRA"), "{}", k.help());
}

// =============================================================================================
// K109 reference-cycle
// =============================================================================================

fn person(nip: &str, n: u32) -> Skp {
    Skp::new(
        nip,
        &format!("Pegawai {n}"),
        &format!("Analis Data {n}"),
        "pelaksana",
        &format!("Unit {n}"),
    )
    .under_nip(NO_SKP, "Wulan Sari, S.E.", "Kepala Subbagian Umum")
}

#[test]
fn k109_two_and_three_cycles_are_each_reported_once() {
    let ws = Ws::new();
    let nips = [LAIN, LAIN2, LAIN3, KETUA, ANGGOTA];
    let sid = |i: usize| format!("{}-2026", nips[i]);
    // 0 → 1 → 0, and 2 → 3 → 4 → 2.
    let next = [1, 0, 3, 4, 2];
    let mut texts = Vec::new();
    for i in 0..5 {
        let s = person(nips[i], i as u32).rhk(
            "RHK-1",
            &format!("Tersedianya hasil analisis data nomor {i}"),
            &format!("\"{}/RHK-1\"", sid(next[i])),
            "",
        );
        ws.skp(&s);
        texts.push((s.path(), s.yaml()));
    }
    let d = ws.k();
    let k = with_code(&d, "K109");
    assert_eq!(k.len(), 2, "one finding per cycle:\n{}", list(&d));
    let mut lens: Vec<usize> = k
        .iter()
        .map(|x| x.args["rantai"].as_array().unwrap().len())
        .collect();
    lens.sort();
    assert_eq!(lens, [3, 4], "the chain closes on its first element");
    for x in &k {
        assert_eq!(x.severity, "error");
        let chain: Vec<&str> = x.args["rantai"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(chain.first(), chain.last());
        // Reported at an intervensi of one of the cycle's members.
        let (_, y) = texts.iter().find(|(p, _)| *p == x.file).unwrap();
        assert_eq!(x.at(), pos_in(y, "intervensi: \"", "\""), "{}", x.file);
        let me = x.subject.as_deref().unwrap();
        assert!(chain.contains(&me), "{me} in {chain:?}");
        assert!(x.message.contains('→'), "{}", x.message);
    }
    // Breaking both cycles silences K109.
    let s = person(nips[1], 1).rhk("RHK-1", "Tersedianya hasil analisis data nomor 1", "", "");
    ws.skp(&s);
    let s = person(nips[4], 4).rhk("RHK-1", "Tersedianya hasil analisis data nomor 4", "", "");
    ws.skp(&s);
    assert_none(&ws.k(), &["K109"]);
}

#[test]
fn tree_still_shows_rhks_caught_in_a_cycle() {
    let ws = Ws::new();
    let a = person(LAIN, 1).rhk(
        "RHK-1",
        "Tersedianya hasil analisis data nomor 1",
        &format!("\"{LAIN2}-2026/RHK-1\""),
        "",
    );
    let b = person(LAIN2, 2).rhk(
        "RHK-1",
        "Tersedianya hasil analisis data nomor 2",
        &format!("\"{LAIN}-2026/RHK-1\""),
        "",
    );
    ws.skp(&a);
    ws.skp(&b);
    assert_eq!(with_code(&ws.k(), "K109").len(), 1);
    let t = ws.tree_json(&[]);
    let all = ids(&t);
    assert!(
        all.contains(&a.r("RHK-1")) && all.contains(&b.r("RHK-1")),
        "every RHK of the workspace appears in the tree: {t}"
    );
    let text = ws.tree(&[]);
    assert!(text.stdout.contains(&a.r("RHK-1")), "{}", text.stdout);
    // Said as what it is, not merely as an RHK linked to nothing.
    assert_eq!(
        text.stdout
            .matches("↻ rantai intervensi melingkar, tidak sampai ke PK/Renstra (K109)")
            .count(),
        2,
        "{}",
        text.stdout
    );
}

#[test]
fn k109_silent_for_a_long_chain_and_a_diamond() {
    let c = cascade();
    // The staff member serves both the Kasi and (through the Kasi's indicator) the same
    // chain: a diamond is not a cycle.
    let s = c.staf.clone().rhk(
        "RHK-2",
        "Tersedianya laporan pengujian modul",
        &format!("[RHK-1, \"{}\"]", c.kasi.r("IKI-1.1")),
        "",
    );
    c.ws.skp(&s);
    assert_silent(&c.ws.k());
}

// =============================================================================================
// K110 snapshot-stale
// =============================================================================================

#[test]
fn k110_fires_when_the_snapshot_text_changed() {
    let (ws, kb) = with_kabid(&[("RHK-1", "Tersedianya layanan aplikasi perizinan yang andal")]);
    let s = staf().under(&kb).rhk(
        "RHK-1",
        "Tersedianya data uji aplikasi layanan",
        "{ ref: RHK-1, teks: Tersedianya layanan aplikasi perizinan daring }",
        "",
    );
    let rel = ws.skp(&s);
    let d = ws.k();
    let k = only(&d, "K110");
    assert_eq!(k.file, rel);
    assert_eq!(
        k.at(),
        pos(&s.yaml(), "Tersedianya layanan aplikasi perizinan daring"),
        "points at the snapshot text"
    );
    assert_eq!(k.severity, "warning");
    assert_eq!(k.subject.as_deref(), Some(s.r("RHK-1").as_str()));
    assert_eq!(
        k.args["sekarang"],
        "Tersedianya layanan aplikasi perizinan yang andal"
    );
    assert!(
        k.help()
            .contains("Tersedianya layanan aplikasi perizinan yang andal"),
        "{}",
        k.help()
    );
    assert!(k.message.contains(&kb.r("RHK-1")), "{}", k.message);
}

#[test]
fn k110_silent_when_only_case_and_spaces_differ_and_for_an_indicator_snapshot() {
    let (ws, kb) = with_kabid(&[("RHK-1", "Tersedianya layanan aplikasi perizinan yang andal")]);
    let s = staf()
        .under(&kb)
        .rhk(
            "RHK-1",
            "Tersedianya data uji aplikasi layanan",
            "{ ref: RHK-1, teks: \"TERSEDIANYA  layanan aplikasi   perizinan yang Andal\" }",
            "",
        )
        .rhk(
            "RHK-2",
            "Tersedianya katalog modul aplikasi",
            "{ ref: IKI-1.1, teks: Jumlah dokumen bukti tersedianya layanan aplikasi perizinan yang andal }",
            "",
        );
    ws.skp(&s);
    assert_silent(&ws.k());
}

// =============================================================================================
// K111 pk-unserved, K112 result-unserved
// =============================================================================================

#[test]
fn k111_info_on_unserved_pk_indicator_only() {
    let ws = Ws::new();
    ws.file(
        "organisasi/renstra-2025-2029.yaml",
        &renstra("RENSTRA-DINAS", 2025, 2029),
    );
    let text = pk(
        "PK-2026-KADIS",
        2026,
        KADIS,
        &[
            ("S1", "[RENSTRA-DINAS/SS1]", &["S1.I1", "S1.I2"]),
            ("S2", "[RENSTRA-DINAS/SS2]", &["S2.I1", "S2.I2"]),
        ],
    );
    ws.file("organisasi/pk-2026-kadis.yaml", &text);
    // S1 served as a whole (both indicators), S2.I1 directly; S2.I2 by nobody.
    let k = kadis().rhk(
        "RHK-1",
        "Meningkatnya keterpaduan layanan pemerintahan",
        "",
        "[PK-2026-KADIS/S1, PK-2026-KADIS/S2.I1]",
    );
    ws.skp(&k);
    let d = ws.k();
    let x = only(&d, "K111");
    assert_eq!(d.len(), 1, "{}", list(&d));
    assert_eq!(x.file, "organisasi/pk-2026-kadis.yaml");
    assert_eq!(x.at(), pos_in(&text, "id: S2.I2", "S2.I2"));
    assert_eq!(x.severity, "info");
    assert_eq!(x.subject.as_deref(), Some("PK-2026-KADIS/S2.I2"));
    assert!(x.message.contains("PK-2026-KADIS/S2.I2"), "{}", x.message);
    // Serving it silences the rule.
    ws.skp(&k.clone().rhk(
        "RHK-2",
        "Meningkatnya keterbukaan informasi publik",
        "",
        "[PK-2026-KADIS/S2.I2]",
    ));
    assert_silent(&ws.k());
}

#[test]
fn k112_info_on_unserved_superior_rhk_silent_for_tambahan_and_non_superiors() {
    let (ws, kb) = with_kabid(&[
        ("RHK-1", "Tersedianya aplikasi layanan terpadu yang andal"),
        ("RHK-2", "Terselesaikannya integrasi data perangkat daerah"),
        ("RHK-3", "Terlindunginya sistem elektronik dari insiden"),
    ]);
    // RHK-4 is a personal assignment (tambahan): never a gap.
    let mut kb2 = kb
        .clone()
        .tambahan("RHK-4", "Tersusunnya kajian arsitektur SPBE", "");
    kb2.rhk[0].acuan = Some("[PK-2026-KADIS/S1]".into());
    let kb_yaml = kb2.yaml();
    ws.skp(&kb2);
    // The staff member serves RHK-1 as a whole and RHK-3 through one indicator.
    let s = staf()
        .under(&kb2)
        .rhk(
            "RHK-1",
            "Tersedianya data uji aplikasi layanan",
            "RHK-1",
            "",
        )
        .rhk("RHK-2", "Tersedianya laporan uji penetrasi", "IKI-3.2", "")
        .rhk("RHK-3", "Tersedianya katalog aplikasi daerah", "RHK-1", "");
    ws.skp(&s);
    let d = ws.k();
    let k = only(&d, "K112");
    assert_eq!(k.file, kb2.path());
    assert_eq!(k.at(), pos_in(&kb_yaml, "- id: RHK-2", "RHK-2"));
    assert_eq!(k.severity, "info");
    assert_eq!(k.subject.as_deref(), Some(kb2.r("RHK-2").as_str()));
    // The staff member is nobody's superior: their own RHK-3, served by nobody, is no gap.
    assert_eq!(d.len(), 1, "{}", list(&d));
}

// =============================================================================================
// K113 same-position-different-results
// =============================================================================================

fn pranata(nip: &str, n: u32) -> Skp {
    Skp::new(
        nip,
        &format!("Pranata {n}"),
        "Pranata Komputer Ahli Pertama",
        "fungsional",
        "Bidang Pelayanan Perizinan",
    )
}

fn penata(nip: &str, n: u32) -> Skp {
    Skp::new(
        nip,
        &format!("Penata {n}"),
        "Penata Layanan Operasional",
        "pelaksana",
        "Bidang Pelayanan Perizinan",
    )
}

#[test]
fn k113_same_functional_post_same_penilai_different_served_results() {
    let (ws, kb) = with_kabid(&[
        ("RHK-1", "Tersedianya aplikasi layanan terpadu yang andal"),
        ("RHK-2", "Terselesaikannya integrasi data perangkat daerah"),
    ]);
    let a = pranata(LAIN, 1).under(&kb).rhk(
        "RHK-1",
        "Terverifikasinya berkas permohonan di loket satu",
        "RHK-1",
        "",
    );
    let b = pranata(LAIN2, 2)
        .under(&kb)
        .rhk(
            "RHK-1",
            "Terverifikasinya berkas permohonan di loket dua",
            "RHK-1",
            "",
        )
        .rhk(
            "RHK-2",
            "Terdokumentasinya data integrasi di loket dua",
            "RHK-2",
            "",
        );
    let c = pranata(LAIN3, 3).under(&kb).rhk(
        "RHK-1",
        "Terverifikasinya berkas permohonan di loket tiga",
        "RHK-1",
        "",
    );
    for s in [&a, &b, &c] {
        ws.skp(s);
    }
    let d = ws.k();
    let k = only(&d, "K113");
    assert_eq!(k.file, b.path(), "the odd one out is reported");
    assert_eq!(
        k.at(),
        pos_in(
            &b.yaml(),
            "jabatan: Pranata Komputer Ahli Pertama",
            "Pranata"
        )
    );
    assert_eq!(k.severity, "warning");
    assert_eq!(k.subject.as_deref(), Some(b.sid().as_str()));
    assert_eq!(k.args["rekan"], a.sid());
    assert_eq!(k.related.len(), 1);
    assert_eq!(k.related[0]["file"], a.path());
    // Aligning the odd one silences it.
    let mut b2 = b.clone();
    b2.rhk[1].intervensi = Some("RHK-1".into());
    ws.skp(&b2);
    assert_none(&ws.k(), &["K113"]);
}

#[test]
fn k113_same_generic_title_is_only_info() {
    // Since PermenPANRB 45/2022 one pelaksana title ("Penata Layanan Operasional") covers very
    // different work: the same finding is a reminder, not a warning.
    let (ws, kb) = with_kabid(&[
        ("RHK-1", "Tersedianya aplikasi layanan terpadu yang andal"),
        ("RHK-2", "Terselesaikannya integrasi data perangkat daerah"),
    ]);
    let a = penata(LAIN, 1).under(&kb).rhk(
        "RHK-1",
        "Terverifikasinya berkas permohonan di loket satu",
        "RHK-1",
        "",
    );
    let b = penata(LAIN2, 2).under(&kb).rhk(
        "RHK-1",
        "Terdokumentasinya data integrasi di loket dua",
        "RHK-2",
        "",
    );
    let c = penata(LAIN3, 3).under(&kb).rhk(
        "RHK-1",
        "Terverifikasinya berkas permohonan di loket tiga",
        "RHK-1",
        "",
    );
    for s in [&a, &b, &c] {
        ws.skp(s);
    }
    let d = ws.k();
    let k = only(&d, "K113");
    assert_eq!(k.file, b.path());
    assert_eq!(k.severity, "info");
}

#[test]
fn k113_silent_for_different_jabatan_or_different_penilai() {
    let (ws, kb) = with_kabid(&[
        ("RHK-1", "Tersedianya aplikasi layanan terpadu yang andal"),
        ("RHK-2", "Terselesaikannya integrasi data perangkat daerah"),
    ]);
    ws.skp(&penata(LAIN, 1).under(&kb).rhk(
        "RHK-1",
        "Terverifikasinya berkas permohonan di loket satu",
        "RHK-1",
        "",
    ));
    // Another position under the same Kabid.
    let mut other = penata(LAIN2, 2).under(&kb).rhk(
        "RHK-1",
        "Terdokumentasinya data integrasi daerah",
        "RHK-2",
        "",
    );
    other.jabatan = "Pengolah Data dan Informasi".into();
    ws.skp(&other);
    // The same position under another appraiser (the Kabid of the second field).
    let kb2 = kabid2().under(&kb).rhk(
        "RHK-1",
        "Tersedianya kanal informasi publik yang mutakhir",
        "RHK-2",
        "",
    );
    ws.skp(&kb2);
    ws.skp(&penata(LAIN3, 3).under(&kb2).rhk(
        "RHK-1",
        "Terunggahnya informasi publik di kanal resmi",
        "RHK-1",
        "",
    ));
    assert_none(&ws.k(), &["K113"]);
}

// =============================================================================================
// K114 rhk-restates-served
// =============================================================================================

#[test]
fn k114_fires_when_an_rhk_restates_the_served_rhk() {
    let (ws, kb) = with_kabid(&[("RHK-1", "Tersedianya layanan aplikasi perizinan yang andal")]);
    let s = staf().under(&kb).rhk(
        "RHK-1",
        "tersedianya  Layanan Aplikasi Perizinan yang andal",
        "RHK-1",
        "",
    );
    let rel = ws.skp(&s);
    let d = ws.k();
    let k = only(&d, "K114");
    assert_eq!(k.file, rel);
    assert_eq!(
        k.at(),
        pos_in(&s.yaml(), "rhk: tersedianya  Layanan", "tersedianya"),
        "points at the RHK text"
    );
    assert_eq!(k.severity, "warning");
    assert_eq!(k.subject.as_deref(), Some(s.r("RHK-1").as_str()));
    assert!(k.message.contains(&kb.r("RHK-1")), "{}", k.message);
}

#[test]
fn k114_silent_for_a_specific_role_and_for_an_indicator_reference() {
    let (ws, kb) = with_kabid(&[("RHK-1", "Tersedianya layanan aplikasi perizinan yang andal")]);
    let s = staf()
        .under(&kb)
        .rhk(
            "RHK-1",
            "Tersedianya modul izin reklame yang siap produksi",
            "RHK-1",
            "",
        )
        // An RHK naming an indicator is compared with nothing.
        .rhk(
            "RHK-2",
            "Jumlah dokumen bukti tersedianya layanan aplikasi perizinan yang andal",
            "IKI-1.1",
            "",
        );
    ws.skp(&s);
    assert_none(&ws.k(), &["K114"]);
}

// =============================================================================================
// K115 copied-skp
// =============================================================================================

fn copied_pair(a: Skp, b: Skp, text: &str) -> (Ws, Skp, Skp) {
    let ws = Ws::new();
    let a = a.rhk("RHK-1", text, "", "").rhk(
        "RHK-2",
        "Tersedianya laporan realisasi anggaran bulanan",
        "",
        "",
    );
    let b = b.rhk("RHK-1", text, "", "").rhk(
        "RHK-2",
        "Tersedianya laporan realisasi anggaran bulanan",
        "",
        "",
    );
    ws.skp(&a);
    ws.skp(&b);
    (ws, a, b)
}

#[test]
fn k115_fires_on_a_copy_from_another_position_in_another_unit() {
    let a = Skp::new(
        LAIN,
        "Hendra Gunawan",
        "Pengelola Keuangan",
        "pelaksana",
        "Sekretariat",
    )
    .under_nip(NO_SKP, "X", "Kepala Subbagian");
    let b = Skp::new(
        LAIN2,
        "Dimas Prasetyo",
        "Pengolah Data Perizinan",
        "pelaksana",
        "Bidang Pelayanan Perizinan",
    )
    .under_nip(NO_SKP, "X", "Kepala Subbagian");
    let (ws, a, b) = copied_pair(a, b, "Tersedianya dokumen pertanggungjawaban belanja");
    let d = ws.k();
    let k = only(&d, "K115");
    assert_eq!(k.file, b.path(), "the later file is the copy");
    assert_eq!(
        k.at(),
        (1, 1),
        "a document without `id` is pointed at its start"
    );
    assert_eq!(k.severity, "info");
    assert_eq!(k.subject.as_deref(), Some(b.sid().as_str()));
    assert_eq!(k.args["sama_dengan"], a.sid());
    assert_eq!(k.related[0]["file"], a.path());
    assert!(
        k.message.contains("Hendra Gunawan") && k.message.contains("Pengelola Keuangan"),
        "{}",
        k.message
    );
}

#[test]
fn k115_fires_on_the_same_person_previous_year() {
    let a = staf().year(2025).under_nip(NO_SKP, "X", "Kepala Subbagian");
    let b = staf().under_nip(NO_SKP, "X", "Kepala Subbagian");
    let (ws, a, b) = copied_pair(a, b, "Tersedianya rekapitulasi data capaian kinerja");
    let d = ws.k();
    let k = only(&d, "K115");
    assert_eq!(k.file, b.path());
    assert_eq!(k.args["sama_dengan"], a.sid());
    assert_eq!(
        k.message,
        "SKP ini sama persis dengan SKP tahun 2025 pegawai yang sama"
    );
}

#[test]
fn k115_the_later_year_is_the_copy_whatever_the_file_names() {
    let a = staf()
        .year(2025)
        .file("lama/skp.yaml")
        .under_nip(NO_SKP, "X", "Kepala Subbagian");
    let b = staf()
        .file("baru/skp.yaml")
        .under_nip(NO_SKP, "X", "Kepala Subbagian");
    let (ws, _a, b) = copied_pair(a, b, "Tersedianya rekapitulasi data capaian kinerja");
    let d = ws.k();
    let k = only(&d, "K115");
    assert_eq!(k.file, b.path(), "the 2026 SKP copies the 2025 one");
    assert_eq!(
        k.message,
        "SKP ini sama persis dengan SKP tahun 2025 pegawai yang sama"
    );
}

#[test]
fn k115_silent_for_same_position_same_unit_colleagues() {
    let a = penata(LAIN, 1).under_nip(NO_SKP, "X", "Kepala Bidang");
    let b = penata(LAIN2, 2).under_nip(NO_SKP, "X", "Kepala Bidang");
    let (ws, _, _) = copied_pair(a, b, "Terverifikasinya berkas permohonan perizinan");
    assert_none(&ws.k(), &["K115"]);
    // Nor for a different position in the same unit, or the same position in another unit.
    let a = penata(LAIN, 1).under_nip(NO_SKP, "X", "Kepala Bidang");
    let mut b = penata(LAIN2, 2).under_nip(NO_SKP, "X", "Kepala Bidang");
    b.jabatan = "Pengolah Data Perizinan".into();
    let (ws, _, _) = copied_pair(a, b, "Terverifikasinya berkas permohonan perizinan");
    assert_none(&ws.k(), &["K115"]);
    let a = penata(LAIN, 1).under_nip(NO_SKP, "X", "Kepala Bidang");
    let mut b = penata(LAIN2, 2).under_nip(NO_SKP, "X", "Kepala Bidang");
    b.unit = "UPT Mal Pelayanan Publik".into();
    let (ws, _, _) = copied_pair(a, b, "Terverifikasinya berkas permohonan perizinan");
    assert_none(&ws.k(), &["K115"]);
}

// =============================================================================================
// K116 reference-wrong-kind
// =============================================================================================

#[test]
fn k116_intervensi_to_pk_or_renstra_and_acuan_to_skp() {
    let (ws, kb) = with_kabid(&[("RHK-1", "Tersedianya aplikasi layanan terpadu yang andal")]);
    let s = staf()
        .under(&kb)
        .rhk(
            "RHK-1",
            "Tersedianya data uji aplikasi layanan",
            "PK-2026-KADIS/S1",
            "",
        )
        .rhk(
            "RHK-2",
            "Tersedianya katalog data perangkat daerah",
            "RHK-1",
            &format!("[\"{}\"]", kb.r("RHK-1")),
        )
        .rhk(
            "RHK-3",
            "Tersedianya laporan keamanan aplikasi",
            "RENSTRA-DINAS/SS1",
            "",
        );
    let rel = ws.skp(&s);
    let y = s.yaml();
    let d = ws.k();
    let k = with_code(&d, "K116");
    assert_eq!(k.len(), 3, "{}", list(&d));
    let iv = k
        .iter()
        .find(|x| x.subject_id.as_deref() == Some("RHK-1"))
        .unwrap();
    assert_eq!(iv.file, rel);
    assert_eq!(iv.at(), pos(&y, "PK-2026-KADIS/S1"));
    assert_eq!(iv.severity, "error");
    assert_eq!(iv.args["ref"], "PK-2026-KADIS/S1");
    assert!(
        iv.message.contains("`intervensi`") && iv.message.contains("PK-2026-KADIS"),
        "{}",
        iv.message
    );
    let ac = k
        .iter()
        .find(|x| x.subject_id.as_deref() == Some("RHK-2"))
        .unwrap();
    assert_eq!(ac.at(), pos(&y, &format!("\"{}\"", kb.r("RHK-1"))));
    assert!(
        ac.message.contains("`acuan`") && ac.message.contains(&kb.sid()),
        "{}",
        ac.message
    );
    assert!(k.iter().any(|x| x.subject_id.as_deref() == Some("RHK-3")));
    // A wrong-kind reference is not also "unresolved".
    assert_none(&d, &["K102"]);
}

/// The document ids a plan names without an entry resolve too: `melanjutkan`, the acting
/// appraiser's position (`pejabat_penilai.skp`) and a PK Perubahan's `menggantikan` were never
/// checked, so a typo broke the mutasi chain, the Plt link or the PK history without a word.
#[test]
fn k102_document_ids_named_without_an_entry() {
    let (ws, kb) = with_kabid(&[("RHK-1", "Tersedianya aplikasi layanan terpadu yang andal")]);
    let s = staf().under(&kb).rhk(
        "RHK-1",
        "Tersedianya data uji aplikasi layanan",
        &format!("[\"{}\"]", kb.r("RHK-1")),
        "",
    );
    let rel = ws.skp(&s);
    let y = s
        .yaml()
        .replacen(
            "tahun: 2026\n",
            "tahun: 2026\nmelanjutkan: SKP-YANG-TIDAK-ADA\n",
            1,
        )
        .replacen(
            "pejabat_penilai:\n",
            "pejabat_penilai:\n  skp: SKP-JABATAN-TIDAK-ADA\n",
            1,
        );
    ws.file(&rel, &y);
    let d = ws.k();
    let k = with_code(&d, "K102");
    for id in ["SKP-YANG-TIDAK-ADA", "SKP-JABATAN-TIDAK-ADA"] {
        let f = k
            .iter()
            .find(|x| x.args["dokumen"] == id)
            .unwrap_or_else(|| panic!("{id}: {}", list(&d)));
        assert_eq!(f.file, rel);
        assert_eq!(f.at(), pos(&y, id));
        assert_eq!(f.severity, "error");
    }
    // Once named rightly, nothing.
    let fixed = y.replace("melanjutkan: SKP-YANG-TIDAK-ADA\n", "").replace(
        "  skp: SKP-JABATAN-TIDAK-ADA\n",
        &format!("  skp: {}\n", kb.sid()),
    );
    ws.file(&rel, &fixed);
    assert!(
        !ws.k().iter().any(|x| x.code == "K102"),
        "{}",
        list(&ws.k())
    );
}

// =============================================================================================
// K117 reference-external (DESIGN §9.2)
// =============================================================================================

/// An `intervensi` marked `eksternal: true` names a document kept in another repository: not
/// resolved, reported once as an info at the reference (not K102, not K106), and its RHK is
/// linked, not a gap of `tree`. `cara` is read as a vocabulary value.
#[test]
fn k117_an_external_reference_is_reported_once_as_info_and_never_resolved() {
    let (ws, kb) = with_kabid(&[("RHK-1", "Tersedianya aplikasi layanan terpadu yang andal")]);
    let external = "199001012015031099/RHK-7";
    let s = staf()
        .under(&kb)
        .rhk(
            "RHK-1",
            "Tersedianya data uji aplikasi layanan",
            &format!("[{{ ref: \"{external}\", eksternal: true, cara: tidak_langsung }}]"),
            "",
        )
        .rhk(
            "RHK-2",
            "Tersedianya katalog data perangkat daerah",
            "[{ ref: RHK-1, eksternal: false, cara: langsung }]",
            "",
        );
    let rel = ws.skp(&s);
    let y = s.yaml();
    let d = ws.k();
    let k = only(&d, "K117");
    assert_eq!(k.severity, "info");
    assert_eq!(k.file, rel);
    assert_eq!(k.at(), pos(&y, &format!("\"{external}\"")));
    assert_eq!(k.subject_id.as_deref(), Some("RHK-1"));
    assert!(k.message.contains("eksternal"), "{}", k.message);
    assert_none(&d, &["K101", "K102", "K106"]);
    // Not a gap of the cascade either.
    let t = ws.tree_json(&[]);
    let unlinked: Vec<&str> = t["unlinked"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap())
        .collect();
    assert!(!unlinked.contains(&s.r("RHK-1").as_str()), "{unlinked:?}");
    // The mark does not switch off a reference this workspace can check: the appraiser's SKP
    // is here, so an entry it lacks is K102, mark or not.
    let here = s.yaml().replace(external, &kb.r("RHK-99"));
    ws.file(&rel, &here);
    let d = ws.k();
    assert!(with_code(&d, "K102").len() == 1, "{}", list(&d));
    assert_none(&d, &["K117"]);
    // An unknown `cara` is a format error that names the allowed values.
    let bad = s.yaml().replace("cara: tidak_langsung", "cara: kadang");
    ws.file(&rel, &bad);
    let f = ws.all();
    let f004 = with_code(&f, "F004");
    assert!(
        f004.iter()
            .any(|x| x.message.contains("kadang") && x.at() == pos(&bad, "kadang")),
        "{}",
        list(&f)
    );
}

// =============================================================================================
// skp tree
// =============================================================================================

#[test]
fn tree_text_shows_the_cascade_lines_in_order() {
    let c = cascade();
    let out = c.ws.tree(&[]);
    out.expect_code(0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    let chain = [
        "RENSTRA-DINAS ".to_string(),
        "RENSTRA-DINAS/SS1 ".to_string(),
        "PK-2026-KADIS/S1 ".to_string(),
        format!("{} ", c.kadis.r("RHK-1")),
        format!("{} ", c.kabid.r("RHK-1")),
        format!("{} ", c.kasi.r("RHK-1")),
        format!("{} ", c.staf.r("RHK-1")),
    ];
    let mut last = None;
    let mut indent = None;
    for id in &chain {
        let (i, line) = lines
            .iter()
            .enumerate()
            .skip(last.map_or(0, |l| l + 1))
            .find(|(_, l)| l.contains(id.as_str()))
            .unwrap_or_else(|| panic!("`{id}` not found after line {last:?}:\n{}", out.stdout));
        let col = line.find(id.as_str()).unwrap();
        if let Some(prev) = indent {
            assert!(col > prev, "`{id}` is nested deeper:\n{}", out.stdout);
        }
        last = Some(i);
        indent = Some(col);
    }
    // Persons are named on their RHK lines; nothing is marked as a gap.
    assert!(out.stdout.contains(&c.staf.nama), "{}", out.stdout);
    assert!(!out.stdout.contains('⚠'), "{}", out.stdout);
}

/// A node's `[N RHK]` counts distinct RHKs: one reached along two chains (serving two
/// results) counted twice, so the Renstra of the example said 48 where 26 were below it.
#[test]
fn tree_rhk_counts_are_distinct_rhks() {
    let ex = common::example("dinas-kominfo");
    let text = common::run(&ex, &["tree"]);
    let json: Value =
        serde_json::from_str(&common::run(&ex, &["tree", "--format", "json"]).stdout).unwrap();
    fn rhks<'v>(n: &'v Value, out: &mut std::collections::BTreeSet<&'v str>) {
        if n["kind"] == "rhk" {
            out.insert(n["id"].as_str().unwrap());
        }
        for c in n["children"].as_array().into_iter().flatten() {
            rhks(c, out);
        }
    }
    let mut checked = 0;
    for root in json["roots"].as_array().unwrap() {
        let mut below = std::collections::BTreeSet::new();
        for c in root["children"].as_array().into_iter().flatten() {
            rhks(c, &mut below);
        }
        let id = root["id"].as_str().unwrap();
        let line = text
            .stdout
            .lines()
            .find(|l| l.starts_with(&format!("{id}  ")))
            .unwrap_or_else(|| panic!("{id} not in:\n{}", text.stdout));
        if !below.is_empty() {
            assert!(
                line.ends_with(&format!("[{} RHK]", below.len())),
                "{line}: {below:?}"
            );
            checked += 1;
        }
    }
    assert!(checked > 0, "{}", text.stdout);
}

#[test]
fn tree_json_is_nested_and_lists_unlinked_rhks() {
    let c = cascade();
    // An utama RHK linked to nothing, and a tambahan one.
    let s = c
        .staf
        .clone()
        .rhk("RHK-2", "Tersedianya laporan mingguan seksi", "", "")
        .tambahan("RHK-3", "Tersusunnya notulen rapat tim", "");
    c.ws.skp(&s);
    let t = c.ws.tree_json(&[]);
    assert_eq!(t["version"], 1);
    let roots = t["roots"].as_array().unwrap();
    assert_eq!(roots[0]["id"], "RENSTRA-DINAS");
    assert_eq!(roots[0]["kind"], "renstra");
    // Renstra → T1 → SS1 → PK S1 → Kadis → Kabid → Kasi → staff, as nested `children`.
    let mut n = &roots[0];
    for (id, kind) in [
        ("RENSTRA-DINAS/T1".to_string(), "tujuan"),
        ("RENSTRA-DINAS/SS1".to_string(), "sasaran"),
        ("PK-2026-KADIS/S1".to_string(), "pk_sasaran"),
        (c.kadis.r("RHK-1"), "rhk"),
        (c.kabid.r("RHK-1"), "rhk"),
        (c.kasi.r("RHK-1"), "rhk"),
        (c.staf.r("RHK-1"), "rhk"),
    ] {
        n = n["children"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == id.as_str())
            .unwrap_or_else(|| panic!("{id} not a child of {}", n["id"]));
        assert_eq!(n["kind"], kind, "{id}");
    }
    assert_eq!(n["pegawai"]["nip"], STAF);
    assert_eq!(n["pegawai"]["unit_kerja"], c.staf.unit.as_str());
    assert_eq!(n["uncovered"], false);
    let unlinked: Vec<&str> = t["unlinked"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap())
        .collect();
    assert!(unlinked.contains(&s.r("RHK-2").as_str()), "{unlinked:?}");
}

#[test]
fn tree_mermaid_and_dot() {
    let c = cascade();
    let m = c.ws.tree(&["--format", "mermaid"]);
    m.expect_code(0);
    assert!(m.stdout.starts_with("graph TD\n"), "{}", m.stdout);
    assert!(m.stdout.contains(" --> "), "{}", m.stdout);
    let d = c.ws.tree(&["--format", "dot"]);
    d.expect_code(0);
    assert!(d.stdout.starts_with("digraph"), "{}", d.stdout);
    assert!(d.stdout.contains(" -> ") && d.stdout.trim_end().ends_with('}'));
}

#[test]
fn tree_nip_keeps_the_person_branches_and_their_subordinates() {
    let c = cascade();
    let t = c.ws.tree_json(&["--nip", KASI]);
    let all = ids(&t);
    for keep in [
        c.kadis.r("RHK-1"),
        c.kabid.r("RHK-1"),
        c.kasi.r("RHK-1"),
        c.staf.r("RHK-1"),
    ] {
        assert!(all.contains(&keep), "{keep} kept: {all:?}");
    }
    for drop in [c.kabid2.r("RHK-1"), c.staf2.r("RHK-1"), c.kadis.r("RHK-2")] {
        assert!(!all.contains(&drop), "{drop} dropped: {all:?}");
    }
    // The same with spaces in the NIP, and in text form.
    let spaced = "19850417 200901 2 003";
    let text = c.ws.tree(&["--nip", spaced]);
    text.expect_code(0);
    assert!(text.stdout.contains(&c.staf.r("RHK-1")), "{}", text.stdout);
    assert!(
        !text.stdout.contains(&c.staf2.r("RHK-1")),
        "{}",
        text.stdout
    );
}

#[test]
fn tree_unit_filters_by_work_unit() {
    let c = cascade();
    let t = c.ws.tree_json(&["--unit", "informasi dan komunikasi"]);
    let all = ids(&t);
    assert!(all.contains(&c.kabid2.r("RHK-1")), "{all:?}");
    assert!(all.contains(&c.staf2.r("RHK-1")), "{all:?}");
    assert!(!all.contains(&c.kasi.r("RHK-1")), "{all:?}");
    assert!(!all.contains(&c.staf.r("RHK-1")), "{all:?}");
}

#[test]
fn tree_uncovered_keeps_only_gaps() {
    let c = cascade();
    let clean = c.ws.tree(&["--uncovered"]);
    clean.expect_code(0);
    assert!(!clean.stdout.contains('⚠'), "{}", clean.stdout);
    assert!(
        !clean.stdout.contains(&c.staf.r("RHK-1")),
        "{}",
        clean.stdout
    );
    // A second Kabid result nobody serves.
    let kb2 = c.kabid2.clone().rhk(
        "RHK-2",
        "Tertindaklanjutinya aduan masyarakat dalam batas waktu",
        "RHK-2",
        "",
    );
    c.ws.skp(&kb2);
    let out = c.ws.tree(&["--uncovered"]);
    out.expect_code(0);
    let gap = out
        .stdout
        .lines()
        .find(|l| l.contains(&kb2.r("RHK-2")))
        .unwrap_or_else(|| panic!("{}", out.stdout));
    assert!(gap.contains('⚠'), "{gap}");
    assert!(!out.stdout.contains(&c.staf.r("RHK-1")), "{}", out.stdout);
    assert!(!out.stdout.contains(&kb2.r("RHK-1")), "{}", out.stdout);
    let t = c.ws.tree_json(&["--uncovered"]);
    let flagged: Vec<&Value> = nodes(&t)
        .into_iter()
        .filter(|n| n["uncovered"] == true)
        .collect();
    assert_eq!(flagged.len(), 1, "{t}");
    assert_eq!(flagged[0]["id"], kb2.r("RHK-2").as_str());
}

#[test]
fn tree_unknown_nip_exits_2() {
    let c = cascade();
    let out = c.ws.tree(&["--nip", "199912312025121001"]);
    out.expect_code(2);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert!(out.stderr.contains("199912312025121001"), "{}", out.stderr);
}

// =============================================================================================
// skp report mph
// =============================================================================================

#[test]
fn mph_rows_are_direct_subordinates_and_columns_the_leader_ikis() {
    let c = cascade();
    let out = c.ws.mph(KADIS, &["--format", "csv"]);
    out.expect_code(0);
    let rows = parse_csv(&out.stdout, ',');
    let header = &rows[0];
    assert_eq!(
        header[0], "pegawai",
        "CSV keeps its column names in every language"
    );
    let cols: Vec<&str> = header[1..]
        .iter()
        .map(|h| h.split(' ').next().unwrap())
        .collect();
    assert_eq!(cols, ["IKI-1.1", "IKI-1.2", "IKI-2.1", "IKI-2.2"]);
    assert!(
        header[1].starts_with("IKI-1.1 Jumlah dokumen bukti"),
        "{}",
        header[1]
    );
    // Only the two Kepala Bidang serve the Kepala Dinas directly.
    assert_eq!(rows.len(), 3, "{rows:?}");
    let row = |nip: &str| {
        rows.iter()
            .find(|r| r[0].contains(nip))
            .unwrap_or_else(|| panic!("no row for {nip}: {rows:?}"))
    };
    let kb = row(KABID);
    assert!(kb[0].starts_with(&c.kabid.nama), "{}", kb[0]);
    assert!(kb[0].contains(&c.kabid.jabatan), "{}", kb[0]);
    let served_whole = format!("RHK-1* {}", c.kabid.rhk_text("RHK-1"));
    assert_eq!(kb[1], served_whole);
    assert_eq!(kb[2], served_whole);
    assert_eq!(kb[3], "");
    assert_eq!(kb[4], "");
    let kb2 = row(KABID2);
    assert_eq!(kb2[1], "");
    assert_eq!(kb2[3], format!("RHK-1* {}", c.kabid2.rhk_text("RHK-1")));
    assert!(!out.stdout.contains(KASI) && !out.stdout.contains(STAF));
    // One level down: the Kasi is the Kabid's only row.
    let rows = parse_csv(&c.ws.mph(KABID, &["--format", "csv"]).stdout, ',');
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows[1][0].contains(KASI));
}

#[test]
fn mph_two_level_members_appear_in_the_ketua_matrix_not_the_kabid() {
    let c = two_level();
    let kabid = parse_csv(&c.ws.mph(KABID, &["--format", "csv"]).stdout, ',');
    assert_eq!(kabid.len(), 2, "{kabid:?}");
    assert!(kabid[1][0].contains(KETUA), "{kabid:?}");
    // The ketua serves the Kabid's IKI-2.1 alone (no `*`) and RHK-1 as a whole.
    let header: Vec<&str> = kabid[0]
        .iter()
        .map(|h| h.split(' ').next().unwrap())
        .collect();
    let col = |iki: &str| header.iter().position(|h| *h == iki).unwrap();
    assert_eq!(
        kabid[1][col("IKI-2.1")],
        format!(
            "RHK-2 {}\nRHK-3* {}",
            c.ketua.rhk_text("RHK-2"),
            c.ketua.rhk_text("RHK-3")
        )
    );
    assert_eq!(
        kabid[1][col("IKI-2.2")],
        format!("RHK-3* {}", c.ketua.rhk_text("RHK-3"))
    );
    assert!(kabid[1][col("IKI-1.1")].starts_with("RHK-1* "));
    assert!(!kabid.iter().any(|r| r[0].contains(ANGGOTA)), "{kabid:?}");
    let ketua = parse_csv(&c.ws.mph(KETUA, &["--format", "csv"]).stdout, ',');
    assert_eq!(ketua.len(), 2, "{ketua:?}");
    assert!(ketua[1][0].contains(ANGGOTA), "{ketua:?}");
    assert!(ketua[1][0].contains(&c.anggota.nama), "{ketua:?}");
}

#[test]
fn mph_csv_excel_and_markdown() {
    let c = cascade();
    // A name a spreadsheet would run as a formula.
    let mut kb2 = c.kabid2.clone();
    kb2.nama = "=HYPERLINK(\"http://contoh.invalid\";\"klik\")".into();
    c.ws.skp(&kb2);
    let csv = c.ws.mph(KADIS, &["--format", "csv"]);
    csv.expect_code(0);
    assert!(csv.stdout.starts_with("pegawai,IKI-1.1 "), "{}", csv.stdout);
    assert!(csv.stdout.ends_with("\r\n"));
    let rows = parse_csv(&csv.stdout, ',');
    let width = rows[0].len();
    assert!(rows.iter().all(|r| r.len() == width), "{rows:?}");
    let raw = rows.iter().find(|r| r[0].contains(KABID2)).unwrap();
    assert!(
        raw[0].starts_with("=HYPERLINK"),
        "plain CSV keeps the text: {raw:?}"
    );

    let excel = c.ws.mph(KADIS, &["--format", "csv", "--excel"]);
    excel.expect_code(0);
    let body = excel
        .stdout
        .strip_prefix('\u{feff}')
        .unwrap_or_else(|| panic!("BOM first: {:?}", &excel.stdout[..10]));
    assert!(body.starts_with("pegawai;IKI-1.1 "), "{body}");
    let rows = parse_csv(body, ';');
    assert!(rows.iter().all(|r| r.len() == width), "{rows:?}");
    let safe = rows.iter().find(|r| r[0].contains(KABID2)).unwrap();
    assert!(
        safe[0].starts_with("'=HYPERLINK"),
        "formula-safe cell: {:?}",
        safe[0]
    );
    // Cells that do not start with = + - @ are left alone.
    let kb = rows.iter().find(|r| r[0].contains(KABID)).unwrap();
    assert!(kb[0].starts_with(&c.kabid.nama), "{kb:?}");
    assert!(kb[1].starts_with("RHK-1* "), "{kb:?}");
    for lead in ["+62 Budi", "-Budi", "@Budi"] {
        let mut k = c.kabid2.clone();
        k.nama = lead.into();
        c.ws.skp(&k);
        let out = c.ws.mph(KADIS, &["--format", "csv", "--excel"]);
        let rows = parse_csv(out.stdout.trim_start_matches('\u{feff}'), ';');
        let cell = &rows.iter().find(|r| r[0].contains(KABID2)).unwrap()[0];
        assert!(cell.starts_with(&format!("'{lead} (")), "{cell:?}");
        let plain = c.ws.mph(KADIS, &["--format", "csv"]);
        let rows = parse_csv(&plain.stdout, ',');
        let cell = &rows.iter().find(|r| r[0].contains(KABID2)).unwrap()[0];
        assert!(cell.starts_with(&format!("{lead} (")), "{cell:?}");
    }
    c.ws.skp(&kb2);

    let md = c.ws.mph(KADIS, &["--format", "markdown"]);
    md.expect_code(0);
    let lines: Vec<&str> = md.stdout.lines().collect();
    assert!(
        lines[0].starts_with("| Pegawai | IKI-1.1 "),
        "{}",
        md.stdout
    );
    assert_eq!(lines[1], "| --- | --- | --- | --- | --- |");
    assert_eq!(lines.len(), 4, "{}", md.stdout);
    assert!(
        lines.iter().any(|l| l.contains(&format!("<br>{KABID}"))),
        "the NIP follows the name on a new line: {}",
        md.stdout
    );
}

#[test]
fn mph_table_default_and_unknown_nip_exits_2() {
    let c = cascade();
    let t = c.ws.mph(KABID, &[]);
    t.expect_code(0);
    assert!(
        t.stdout.starts_with("Matriks Peran Hasil — "),
        "{}",
        t.stdout
    );
    assert!(t.stdout.contains(&c.kabid.sid()), "{}", t.stdout);
    assert!(
        t.stdout.contains("* mengintervensi RHK pimpinan"),
        "{}",
        t.stdout
    );
    // A leader nobody serves: the matrix says so.
    let e = c.ws.mph(STAF, &[]);
    e.expect_code(0);
    assert!(e.stdout.contains("Belum ada RHK bawahan"), "{}", e.stdout);
    let bad = c.ws.mph("199912312025121001", &["--format", "csv"]);
    bad.expect_code(2);
    assert!(bad.stdout.is_empty(), "{}", bad.stdout);
    assert!(bad.stderr.contains("199912312025121001"), "{}", bad.stderr);
    c.ws.mph(KABID, &["--skp", "TIDAK-ADA"]).expect_code(2);
}

// =============================================================================================
// The bundled examples
// =============================================================================================

#[test]
fn example_dinas_kominfo_cascades_cleanly() {
    let ex = example("dinas-kominfo");
    let out = common::run(&ex, &["check", "--format", "json"]);
    out.expect_code(0);
    let d = out.diags();
    assert!(d.is_empty(), "no finding at all:\n{}", list(&d));
    let t = common::run(&ex, &["tree", "--uncovered"]);
    t.expect_code(0);
    assert!(!t.stdout.contains('⚠'), "{}", t.stdout);
}

#[test]
fn example_kesalahan_umum_shows_every_k_rule() {
    let ex = example("kesalahan-umum");
    let out = common::run(&ex, &["check", "--select", "K", "--format", "json"]);
    out.expect_code(1);
    let d = out.diags();
    for n in 101..=116 {
        let code = format!("K{n}");
        assert!(
            d.iter().any(|x| x.code == code),
            "{code} missing:\n{}",
            list(&d)
        );
    }
}

/// The tree's gaps in the regulation's words: a PK target not yet *dijabarkan* into an RHK, a
/// superior's RHK not yet *diintervensi* by a subordinate's.
#[test]
fn tree_gaps_use_the_official_terms() {
    let ex = example("kesalahan-umum");
    let t = common::run(&ex, &["tree", "--uncovered"]);
    t.expect_code(0);
    let pk = t
        .stdout
        .lines()
        .find(|l| l.contains("PK-2026-DPMPTSP/S2.I1"))
        .unwrap_or_else(|| panic!("{}", t.stdout));
    assert!(pk.ends_with("⚠ belum dijabarkan ke RHK mana pun"), "{pk}");
    assert!(
        t.stdout
            .lines()
            .any(|l| l.contains("RHK-") && l.ends_with("⚠ belum diintervensi")),
        "{}",
        t.stdout
    );
    let t = common::run(&ex, &["tree", "--uncovered", "--lang", "en"]);
    assert!(
        t.stdout.contains("⚠ not cascaded to any RHK"),
        "{}",
        t.stdout
    );
}

/// Removing a file and checking again works (the index is rebuilt each run).
#[test]
fn removing_the_superior_skp_turns_bare_references_into_k106() {
    let c = cascade();
    c.ws.remove(&c.kasi.path());
    let d = c.ws.k();
    let k = only(&d, "K106");
    assert_eq!(k.file, c.staf.path());
    assert_eq!(k.args["nip"], KASI);
    // With no subordinate left in the workspace the Kabid is nobody's superior: no K112.
    assert_eq!(d.len(), 1, "{}", list(&d));
}

#[test]
fn a_mid_year_move_is_exported_one_skp_per_workbook() {
    let m = mutasi();
    // Both SKPs of 2026 in one template would read back as one plan.
    let r = m.ws.run(&["export", "--xlsx", "semua.xlsx"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!("{KABID}-2026a, {KABID}-2026b")) && r.stderr.contains("--skp"),
        "{}",
        r.stderr
    );
    assert!(!m.ws.join("semua.xlsx").exists());
    for id in ["2026a", "2026b"] {
        let r = m.ws.run(&[
            "export",
            "--xlsx",
            &format!("{id}.xlsx"),
            "--skp",
            &format!("{KABID}-{id}"),
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
}

/// A chain of results deeper than the text tree draws (65 levels, each RHK intervening the
/// one above) ends in a line that says so, never in silence; the JSON holds every level.
#[test]
fn a_chain_deeper_than_the_tree_draws_is_said_to_be_cut() {
    let ws = common::Ws::new();
    for k in 0..70u32 {
        let nip = format!("19900101201503{:04}", 2001 + k);
        let penilai = format!("19900101201503{:04}", 2000 + k);
        let mut plan = common::MINIMAL_SKP
            .replace("\"199001012015032001\"", &format!("\"{nip}\""))
            .replace("\"198005152005011002\"", &format!("\"{penilai}\""));
        if k > 0 {
            plan = plan.replace(
                "    rhk: Tersedianya layanan aplikasi perizinan daring yang andal\n",
                &format!(
                    "    rhk: Tersedianya layanan aplikasi perizinan daring yang andal tingkat {k}\n    intervensi: RHK-1\n"
                ),
            );
        }
        ws.file(&format!("pegawai/{nip}/skp-2026.yaml"), &plan);
    }
    let text = ws.run(&["tree"]).stdout;
    assert!(text.contains("tingkat 64 —"), "{text}");
    assert!(!text.contains("tingkat 65 —"), "{text}");
    assert!(
        text.contains("… (rantai lebih dari 64 tingkat tidak digambar lebih jauh; `skp tree --format json` memuat semuanya)"),
        "{text}"
    );
    let json = ws.run(&["tree", "--format", "json"]).stdout;
    assert!(json.contains("tingkat 69"), "the JSON holds every level");
}
