//! The `N` rules through the real binary: a Realisasi checked against the SKP it evaluates.

mod common;

use common::{MINIMAL_SKP, Ws, codes, only};

const SKP_ID: &str = "199001012015032001-2026";

fn realisasi(periode: &str, body: &str) -> String {
    format!(
        "apiVersion: skp/v1\nkind: Realisasi\nskp: {SKP_ID}\nperiode: {periode}\ndinilai_oleh: \"198005152005011002\"\n{body}"
    )
}

fn ws_with(files: &[(&str, String)]) -> Ws {
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    for (rel, text) in files {
        ws.file(rel, text);
    }
    ws
}

/// The evaluation form of the minimal plan's employee for `periode`.
fn render_evaluasi(ws: &Ws, periode: &str) -> common::Run {
    ws.run(&[
        "render",
        "evaluasi",
        "--nip",
        "199001012015032001",
        "--period",
        periode,
    ])
}

/// The first indicator's line of the evaluation of `periode` in `evaluate`'s JSON.
fn first_indicator(json: &serde_json::Value, periode: &str) -> serde_json::Value {
    json["evaluasi"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["periode"] == periode)
        .unwrap()["indikator"][0]
        .clone()
}

/// The N findings, leaving evidence (N109) to its own test.
fn n(ws: &Ws) -> Vec<common::Diag> {
    ws.check(&["--select", "N", "--ignore", "N109", "--format", "json"])
        .diags()
}

/// `[evaluation.matrix]` (DESIGN §1, domain.md §2.2 marks the matrix partly confirmed): an
/// agency that reads a cell otherwise sets it once; N108, `evaluate` and the derived predikat
/// follow it, and a value that is no predikat is a configuration error naming the key.
#[test]
fn an_agency_reads_a_cell_of_the_predikat_matrix_its_own_way() {
    let body = "hasil_kerja:\n  IKI-1.1: { realisasi: 3 modul }\nrating_hasil_kerja: sesuai_ekspektasi\nrating_perilaku_kerja: di_bawah_ekspektasi\npredikat: butuh_perbaikan\n";
    let ws = ws_with(&[("pegawai/a/realisasi-tw1.yaml", realisasi("2026-TW1", body))]);
    assert!(
        n(&ws).iter().any(|d| d.code == "N108"),
        "the Lampiran says kurang"
    );
    ws.file(
        "skp.toml",
        "min_version = \"0.1\"\n\n[evaluation.matrix.sesuai_ekspektasi]\ndi_bawah_ekspektasi = \"butuh_perbaikan\"\n",
    );
    assert!(!n(&ws).iter().any(|d| d.code == "N108"), "{:?}", n(&ws));
    // Derived where not written.
    ws.file(
        "pegawai/a/realisasi-tw1.yaml",
        &realisasi("2026-TW1", &body.replace("predikat: butuh_perbaikan\n", "")),
    );
    let e = ws.run(&["evaluate", "--format", "json"]).json();
    assert_eq!(e["evaluasi"][0]["predikat"], "butuh_perbaikan");
    assert_eq!(e["evaluasi"][0]["predikat_turunan"], true);
    ws.file(
        "skp.toml",
        "min_version = \"0.1\"\n\n[evaluation.matrix.sesuai_ekspektasi]\ndi_bawah_ekspektasi = \"cukup\"\n",
    );
    let r = ws.run(&["check"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("di_bawah_ekspektasi"), "{}", r.stderr);
}

#[test]
fn a_clean_evaluation_has_no_finding() {
    let ws = ws_with(&[(
        "pegawai/a/realisasi-tw1.yaml",
        realisasi(
            "2026-TW1",
            "hasil_kerja:\n  IKI-1.1: { realisasi: 3 modul }\nperilaku_kerja:\n  akuntabel: { umpan_balik: Tepat janji. }\nrating_hasil_kerja: sesuai_ekspektasi\nrating_perilaku_kerja: di_atas_ekspektasi\npredikat: baik\n",
        ),
    )]);
    let d = n(&ws);
    assert!(d.is_empty(), "{}", common::list(&d));
}

#[test]
fn unknown_indicator_perilaku_and_skp_are_errors_with_suggestions() {
    let ws = ws_with(&[
        (
            "pegawai/a/realisasi-tw1.yaml",
            realisasi(
                "2026-TW1",
                "hasil_kerja:\n  IKI-1.2: { realisasi: 3 modul }\n  IKI-9.9: { realisasi: 1 }\nperilaku_kerja:\n  jujur: { umpan_balik: x }\n  akuntabl: { umpan_balik: y }\n",
            ),
        ),
        (
            "pegawai/a/realisasi-lain.yaml",
            "apiVersion: skp/v1\nkind: Realisasi\nskp: 199001012015032001-2025\nperiode: 2025-TW1\n"
                .to_string(),
        ),
    ]);
    let d = n(&ws);
    let n102: Vec<_> = d.iter().filter(|x| x.code == "N102").collect();
    assert_eq!(n102.len(), 2, "{}", common::list(&d));
    assert!(
        n102.iter().any(|x| x.help().contains("IKI-1.1")),
        "{}",
        common::list(&d)
    );
    let n103: Vec<_> = d.iter().filter(|x| x.code == "N103").collect();
    assert_eq!(n103.len(), 2, "{}", common::list(&d));
    assert!(n103.iter().any(|x| x.help().contains("akuntabel")));
    let n101 = only(&d, "N101");
    assert!(n101.help().contains(SKP_ID), "{}", n101.help());
    assert!(d.iter().all(|x| x.severity == "error"));
}

#[test]
fn periods_off_the_grid_wrong_appraiser_duplicates_and_unreadable_values() {
    let ws = ws_with(&[
        (
            "pegawai/a/realisasi-mei.yaml",
            realisasi(
                "2026-05",
                "hasil_kerja:\n  IKI-1.1: { realisasi: sudah berjalan baik }\n",
            ),
        ),
        (
            "pegawai/a/realisasi-tw2.yaml",
            realisasi("2026-TW2", "hasil_kerja:\n  IKI-1.1: { realisasi: 80 % }\n")
                .replace("198005152005011002", "197406121999031002"),
        ),
        ("pegawai/a/realisasi-tw2b.yaml", realisasi("2026-TW2", "")),
        ("pegawai/a/realisasi-2026.yaml", realisasi("2026", "")),
    ]);
    let d = n(&ws);
    let p = only(&d, "N104");
    assert!(p.help().contains("2026-TW2"), "{}", p.help());
    let v: Vec<_> = d.iter().filter(|x| x.code == "N105").collect();
    assert_eq!(
        v.len(),
        2,
        "unreadable and other unit: {}",
        common::list(&d)
    );
    only(&d, "N106");
    let dup = only(&d, "N107");
    assert_eq!(dup.file, "pegawai/a/realisasi-tw2b.yaml");
    // The annual evaluation (periode 2026) is on every grid.
    assert_eq!(codes(&d).iter().filter(|c| **c == "N104").count(), 1);
}

/// A negative realisation (a growth that contracted) is said as negative, with no capaian, not
/// as a number skp cannot read.
#[test]
fn a_negative_realisation_is_named_as_such() {
    let ws = ws_with(&[(
        "pegawai/a/realisasi-tw1.yaml",
        realisasi(
            "2026-TW1",
            "hasil_kerja:\n  IKI-1.1: { realisasi: \"-1 modul\" }\n",
        ),
    )]);
    let d = n(&ws);
    let f = only(&d, "N105");
    assert!(f.message.contains("`-1 modul` negatif"), "{}", f.message);
    assert!(f.help().contains("umpan_balik"), "{}", f.help());
    let j = ws.run(&["evaluate", "--format", "json"]).json();
    assert!(first_indicator(&j, "2026-TW1")["capaian"].is_null(), "{j}");
}

#[test]
fn a_written_predikat_must_agree_with_the_quadrant() {
    let ws = ws_with(&[(
        "pegawai/a/realisasi-tw1.yaml",
        realisasi(
            "2026-TW1",
            "rating_hasil_kerja: sesuai_ekspektasi\nrating_perilaku_kerja: di_atas_ekspektasi\npredikat: sangat_baik\n",
        ),
    )]);
    let d = n(&ws);
    let f = only(&d, "N108");
    assert_eq!(f.args["kuadran"], "baik");
    assert!(f.message.contains("Baik"), "{}", f.message);
    assert!(f.help().contains("predikat: baik"), "{}", f.help());
}

#[test]
fn a_realisation_needs_evidence_for_its_period() {
    use sha2::{Digest, Sha256};
    let content = b"%PDF-1.4\nberita acara";
    let sha: String = Sha256::digest(content)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let ws = ws_with(&[(
        "pegawai/a/realisasi-tw1.yaml",
        realisasi(
            "2026-TW1",
            "hasil_kerja:\n  IKI-1.1: { realisasi: 3 modul }\n",
        ),
    )]);
    let only_n109 = |ws: &Ws| ws.check(&["--select", "N109", "--format", "json"]).diags();
    let d = only_n109(&ws);
    let f = only(&d, "N109");
    assert!(
        f.help().contains("--for IKI-1.1 --period 2026-TW1"),
        "{}",
        f.help()
    );
    // Evidence for the quarter (or for a month in it) silences it; for another quarter not.
    ws.file(
        "pegawai/a/bukti/2026-TW1/ba.pdf",
        std::str::from_utf8(content).unwrap(),
    );
    let ledger = |periode: &str| {
        format!(
            "apiVersion: skp/v1\nkind: BuktiDukung\nskp: {SKP_ID}\nbukti:\n  - {{ sha256: {sha}, berkas: pegawai/a/bukti/2026-TW1/ba.pdf, untuk: [IKI-1.1], periode: {periode}, jenis: dokumen, tanggal: 2026-02-10 }}\n"
        )
    };
    ws.file("pegawai/a/skp-2026.bukti.yaml", &ledger("2026-TW2"));
    assert_eq!(only_n109(&ws).len(), 1);
    ws.file("pegawai/a/skp-2026.bukti.yaml", &ledger("2026-02"));
    let d = only_n109(&ws);
    assert!(d.is_empty(), "{}", common::list(&d));
}

#[test]
fn evaluate_shows_capaian_ratings_and_the_predikat_written_or_derived() {
    let ws = ws_with(&[
        (
            "pegawai/a/realisasi-tw1.yaml",
            realisasi(
                "2026-TW1",
                "hasil_kerja:\n  IKI-1.1: { realisasi: 3 modul }\nrating_hasil_kerja: sesuai_ekspektasi\nrating_perilaku_kerja: di_atas_ekspektasi\n",
            ),
        ),
        (
            "pegawai/a/realisasi-2026.yaml",
            realisasi(
                "2026",
                "hasil_kerja:\n  IKI-1.1: { realisasi: 5 modul }\nrating_hasil_kerja: di_atas_ekspektasi\nrating_perilaku_kerja: di_atas_ekspektasi\npredikat: sangat_baik\n",
            ),
        ),
    ]);
    let r = ws.run(&["evaluate", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = r.json();
    let e = v["evaluasi"].as_array().unwrap();
    assert_eq!(e.len(), 2);
    // The quarter first (by start date), then the year.
    assert_eq!(e[0]["periode"], "2026-TW1");
    assert_eq!(e[0]["predikat"], "baik");
    assert_eq!(e[0]["predikat_turunan"], true);
    assert_eq!(e[0]["indikator"][0]["capaian_advisory"], 75.0);
    assert_eq!(e[0]["indikator"][0]["tercapai"], false);
    assert_eq!(e[1]["predikat"], "sangat_baik");
    assert_eq!(e[1]["predikat_turunan"], false);
    assert_eq!(e[1]["indikator"][0]["capaian_advisory"], 125.0);
    // A Pranata Komputer Ahli Pertama, Sangat Baik for the whole year: 150 % × 12.5.
    assert_eq!(e[1]["angka_kredit"], 18.75);
    assert!(e[0]["angka_kredit"].is_null(), "only the annual evaluation");
    // Tables and CSV, in either language, with the advisory label.
    let t = ws.run(&["evaluate", "--lang", "en", "--period", "2026-TW1"]);
    assert!(t.stdout.contains("% of"), "{}", t.stdout);
    assert!(t.stdout.contains("(from"), "{}", t.stdout);
    assert!(t.stdout.contains("quadrant)"), "{}", t.stdout);
    assert!(t.stdout.contains("advisory"), "{}", t.stdout);
    assert!(!t.stdout.contains("2026-TW1 ┆ IKI-1.1 ┆ 4 modul ┆ 5 modul"));
    // Off a terminal the table fits 80 columns (the advisory note below it is prose) and
    // wraps between words, never inside a NIP.
    let table_end = t.stdout.find('┘').unwrap();
    for line in t.stdout[..table_end].lines() {
        assert!(line.chars().count() <= 80, "{line}");
    }
    assert!(t.stdout.contains("199001012015032001"), "{}", t.stdout);
    // CSV is a machine format: one row per indicator and evaluation, each value in its own
    // column as the JSON has it, the same in every language (it used to be the table's
    // translated text, ratings and predikat packed into the indicator columns).
    let c = ws.run(&["evaluate", "--format", "csv"]);
    let mut rdr = csv::Reader::from_reader(c.stdout.as_bytes());
    let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "skp",
            "nip",
            "nama",
            "periode",
            "iki",
            "target",
            "realisasi",
            "capaian_advisory",
            "tercapai",
            "rating_hasil_kerja",
            "rating_perilaku_kerja",
            "predikat",
            "predikat_turunan",
            "angka_kredit",
            "rekap_perhitungan",
            "rekap_nilai",
            "rekap_periode",
            "target_tahunan",
            "rekap_periode_seharusnya"
        ]
    );
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2, "{}", c.stdout);
    let json = ws.run(&["evaluate", "--format", "json"]).json();
    for (row, e) in rows.iter().zip(json["evaluasi"].as_array().unwrap()) {
        assert_eq!(&row[1], "199001012015032001");
        assert_eq!(&row[3], e["periode"].as_str().unwrap());
        for (col, key) in [
            (9, "rating_hasil_kerja"),
            (10, "rating_perilaku_kerja"),
            (11, "predikat"),
        ] {
            assert_eq!(&row[col], e[key].as_str().unwrap_or(""), "{key}");
        }
        assert_eq!(&row[12], e["predikat_turunan"].to_string());
    }
    let en = ws.run(&["evaluate", "--format", "csv", "--lang", "en"]);
    assert_eq!(en.stdout, c.stdout, "CSV is the same in every language");
    // For a spreadsheet set to Indonesian, as `report --excel`: `;`, a BOM, the NIP kept as
    // text and decimal commas; and only with CSV.
    let x = ws.run(&["evaluate", "--format", "csv", "--excel"]);
    assert_eq!(x.code, 0, "{}", x.stderr);
    let body = x.stdout.strip_prefix('\u{FEFF}').expect("a BOM");
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(body.as_bytes());
    let xrows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(xrows.len(), 2, "{body}");
    for (excel, plain) in xrows.iter().zip(&rows) {
        assert_eq!(&excel[1], "=\"199001012015032001\"");
        assert_eq!(excel[7].replace(',', "."), plain[7].to_string(), "capaian");
    }
    assert!(
        xrows.iter().any(|r| r[7].contains(',')) || !rows.iter().any(|r| r[7].contains('.')),
        "a decimal capaian is written with a comma: {body}"
    );
    let bad = ws.run(&["evaluate", "--excel"]);
    assert_eq!(bad.code, 2, "{}", bad.stderr);
    assert!(bad.stderr.contains("--excel"), "{}", bad.stderr);
}

#[test]
fn a_rating_against_every_capaian_and_an_appraiser_below_pengawas() {
    let ws = ws_with(&[(
        "pegawai/a/realisasi-tw1.yaml",
        realisasi(
            "2026-TW1",
            "hasil_kerja:\n  IKI-1.1: { realisasi: 1 modul }\nrating_hasil_kerja: di_atas_ekspektasi\nrating_perilaku_kerja: sesuai_ekspektasi\n",
        ),
    )]);
    let d = n(&ws);
    let f = only(&d, "N111");
    assert_eq!(f.args["rating"], "di_atas_ekspektasi");
    // The appraiser's own SKP says they are a pelaksana.
    let penilai = MINIMAL_SKP
        .replace("199001012015032001", "198005152005011002")
        .replace("jenis_jabatan: fungsional", "jenis_jabatan: pelaksana")
        .replace("  jenjang: ahli_pertama\n", "")
        .replace(
            "nip: \"198005152005011002\"\n  nama: Ir. Bambang",
            "nip: \"197001012000031001\"\n  nama: Ir. Bambang",
        );
    ws.file("pegawai/b/skp-2026.yaml", &penilai);
    let d = n(&ws);
    let p = only(&d, "N110");
    assert_eq!(p.severity, "info");
    assert_eq!(p.args["jenis_jabatan"], "pelaksana");
}

const LEADER: &str = "198005152005011002";

fn capaian(predikat: &str) -> String {
    format!(
        "apiVersion: skp/v1\nkind: CapaianOrganisasi\nid: CAPAIAN-BIDANG-2026-TW1\nunit: Bidang Aplikasi Informatika\npimpinan: \"{LEADER}\"\ntahun: 2026\nperiode: 2026-TW1\npredikat: {predikat}\n"
    )
}

/// A workspace whose unit (everyone appraised by [`LEADER`]) holds one employee per predikat.
fn unit_with(predikat: &[&str], org: &str) -> Ws {
    let ws = Ws::new();
    ws.file("organisasi/capaian-2026-tw1.yaml", &capaian(org));
    for (i, p) in predikat.iter().enumerate() {
        let nip = format!("19900101201503{:04}", 2001 + i);
        ws.file(
            &format!("pegawai/{i}/skp-2026.yaml"),
            &common::minimal_for_nip(&nip),
        );
        ws.file(
            &format!("pegawai/{i}/realisasi-tw1.yaml"),
            &format!(
                "apiVersion: skp/v1\nkind: Realisasi\nskp: {nip}-2026\nperiode: 2026-TW1\ndinilai_oleh: \"{LEADER}\"\nhasil_kerja:\n  IKI-1.1: {{ realisasi: 4 modul }}\npredikat: {p}\n"
            ),
        );
    }
    ws
}

#[test]
fn a_unit_leader_rating_follows_the_organisation_result() {
    let ws = ws_with(&[(
        "pegawai/a/realisasi-tw1.yaml",
        realisasi(
            "2026-TW1",
            "hasil_kerja:\n  IKI-1.1: { realisasi: 4 modul }\nrating_hasil_kerja: di_atas_ekspektasi\nrating_perilaku_kerja: sesuai_ekspektasi\n",
        ),
    )]);
    // The organisation led by the employee of MINIMAL_SKP did well, not outstandingly.
    ws.file(
        "organisasi/capaian.yaml",
        &capaian("baik").replace(LEADER, common::MINIMAL_NIP),
    );
    let d = n(&ws);
    let f = only(&d, "N112");
    assert_eq!(f.severity, "warning");
    assert_eq!(f.args["capaian_organisasi"], "baik");
    assert!(f.help().contains("sesuai_ekspektasi"), "{}", f.help());
    // An outstanding organisation makes the same rating right; another period is not compared.
    ws.file(
        "organisasi/capaian.yaml",
        &capaian("istimewa").replace(LEADER, common::MINIMAL_NIP),
    );
    assert!(!codes(&n(&ws)).contains(&"N112"));
    ws.file(
        "organisasi/capaian.yaml",
        &capaian("kurang")
            .replace(LEADER, common::MINIMAL_NIP)
            .replace("periode: 2026-TW1", "periode: 2026-TW2"),
    );
    assert!(!codes(&n(&ws)).contains(&"N112"));
}

#[test]
fn a_unit_distribution_is_checked_against_its_organisation_curve() {
    let n113 = |ws: &Ws| ws.check(&["--select", "N113", "--format", "json"]).diags();
    // Five employees all "baik" under an organisation result of "baik": more than 70 %.
    let ws = unit_with(&["baik"; 5], "baik");
    let d = n113(&ws);
    let f = only(&d, "N113");
    assert_eq!(f.severity, "warning");
    assert_eq!(f.args["aturan"], "baik_maks_70");
    assert_eq!(f.args["pegawai"], 5);
    assert_eq!(f.file, "organisasi/capaian-2026-tw1.yaml");
    // The curve met: baik the largest group at 60 %, one butuh perbaikan.
    let ws = unit_with(
        &["baik", "baik", "baik", "sangat_baik", "butuh_perbaikan"],
        "baik",
    );
    let d = n113(&ws);
    assert!(d.is_empty(), "{}", common::list(&d));
    // A unit of four cannot meet the "baik" row: said, but as advice, not a warning.
    let ws = unit_with(&["baik"; 4], "baik");
    let d = n113(&ws);
    assert_eq!(only(&d, "N113").severity, "info");
    // A poor organisation with a unit rated mostly "sangat baik".
    let ws = unit_with(
        &["sangat_baik", "sangat_baik", "baik", "kurang", "kurang"],
        "kurang",
    );
    assert_eq!(only(&n113(&ws), "N113").args["aturan"], "kurang_min_60");
    // `skp evaluate` shows the same unit against its curve, in JSON and under the table.
    let j = ws.run(&["evaluate", "--format", "json"]).json();
    let u = &j["unit"][0];
    assert_eq!(u["predikat_organisasi"], "kurang");
    assert_eq!(u["pegawai"], 5);
    assert_eq!(u["sebaran"]["sangat_baik"], 2);
    assert_eq!(u["sesuai_kurva"], false);
    assert_eq!(u["aturan_dilanggar"], "kurang_min_60");
    let t = ws.run(&["evaluate", "--lang", "en"]).stdout;
    assert!(
        t.contains("organisation result Poor: Good 1 (20 %), Poor 2 (40 %), Outstanding 2 (40 %) — breaks the curve: at least 60 % Poor (N113)"),
        "{t}"
    );
    let t = ws.run(&["evaluate"]).stdout;
    assert!(
        t.contains("capaian organisasi Kurang: Baik 1 (20 %), Kurang/Misconduct 2 (40 %), Sangat Baik 2 (40 %) — tidak sesuai kurva: Kurang paling sedikit 60 % (N113)"),
        "{t}"
    );
    // The finding names each predikat by its label, never by its code.
    let m = only(&n113(&ws), "N113").message.clone();
    assert!(
        m.ends_with(": Baik 1 (20 %), Kurang/Misconduct 2 (40 %), Sangat Baik 2 (40 %)"),
        "{m}"
    );
    // A period with no capaian shows no unit.
    let j = ws
        .run(&["evaluate", "--format", "json", "--period", "2026-TW2"])
        .json();
    assert_eq!(j["unit"].as_array().unwrap().len(), 0);
}

#[test]
fn an_agency_sets_its_own_leader_mapping_and_small_unit_size() {
    let ws = Ws::with_toml(
        "[evaluation]\nsmall_unit = 0\n[evaluation.organisation_rating]\nbaik = \"di_atas_ekspektasi\"\n",
    );
    ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    ws.file(
        "pegawai/a/realisasi-tw1.yaml",
        &realisasi(
            "2026-TW1",
            "hasil_kerja:\n  IKI-1.1: { realisasi: 4 modul }\nrating_hasil_kerja: di_atas_ekspektasi\nrating_perilaku_kerja: sesuai_ekspektasi\n",
        ),
    );
    ws.file(
        "organisasi/capaian.yaml",
        &capaian("baik").replace(LEADER, common::MINIMAL_NIP),
    );
    assert!(!codes(&n(&ws)).contains(&"N112"));
    // A unit of one (the employee appraised by LEADER) is warned when no unit counts as small.
    ws.file("organisasi/capaian-bidang.yaml", &capaian("baik"));
    let d = ws.check(&["--select", "N113", "--format", "json"]).diags();
    assert_eq!(only(&d, "N113").severity, "warning");
}

#[test]
fn an_evaluation_after_the_configured_deadline_is_an_info_and_silent_without_one() {
    let files = [
        (
            "pegawai/a/realisasi-tw1.yaml",
            realisasi("2026-TW1", "tanggal_penilaian: \"2026-04-12\"\n"),
        ),
        (
            "pegawai/a/realisasi-tw2.yaml",
            realisasi("2026-TW2", "tanggal_penilaian: \"2026-07-10\"\n"),
        ),
    ];
    // No deadline configured: the instansi sets it, skp does not guess.
    let ws = ws_with(&files);
    assert!(n(&ws).iter().all(|d| d.code != "N114"));
    // Ten days: TW1 recorded twelve days after 31 March is late; TW2 on the tenth is not.
    ws.file("skp.toml", "[evaluation]\ndeadline_days = 10\n");
    let d = n(&ws);
    let late = only(&d, "N114");
    assert_eq!(late.severity, "info");
    assert!(late.file.ends_with("realisasi-tw1.yaml"), "{}", late.file);
    assert_eq!(late.args["batas"], "2026-04-10");
    assert_eq!(late.args["tanggal"], "2026-04-12");
    // A value out of range is a configuration error naming the key.
    ws.file("skp.toml", "[evaluation]\ndeadline_days = -1\n");
    let r = ws.check(&[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("deadline_days"), "{}", r.stderr);
}

#[test]
fn evaluate_accumulates_angka_kredit_over_the_years_against_the_next_pangkat_and_jenjang() {
    let skp_2025 = MINIMAL_SKP.replace("tahun: 2026", "tahun: 2025");
    let annual = |skp: &str, periode: &str, predikat: &str| {
        format!(
            "apiVersion: skp/v1\nkind: Realisasi\nskp: {skp}\nperiode: \"{periode}\"\ndinilai_oleh: \"198005152005011002\"\nrating_hasil_kerja: sesuai_ekspektasi\nrating_perilaku_kerja: sesuai_ekspektasi\npredikat: {predikat}\n"
        )
    };
    let ws = ws_with(&[
        ("pegawai/a/skp-2025.yaml", skp_2025),
        (
            "pegawai/a/realisasi-2025.yaml",
            annual("199001012015032001-2025", "2025", "baik"),
        ),
        (
            "pegawai/a/realisasi-2026.yaml",
            // A quarter's evaluation earns nothing: only the annual predikat converts.
            // Sangat baik: both ratings above expectations (the quadrant it must agree with).
            annual(SKP_ID, "2026", "sangat_baik")
                .replace("sesuai_ekspektasi", "di_atas_ekspektasi"),
        ),
    ]);
    let r = ws.run(&["evaluate", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let j = r.json();
    let ak = &j["angka_kredit"][0];
    assert_eq!(ak["nip"], "199001012015032001");
    assert_eq!(ak["jenjang"], "ahli_pertama");
    assert_eq!(ak["rincian"][0]["tahun"], 2025);
    assert_eq!(ak["rincian"][0]["angka_kredit"], 12.5);
    assert_eq!(ak["rincian"][1]["angka_kredit"], 18.75);
    assert_eq!(ak["rincian"][1]["bulan"], 12);
    assert_eq!(ak["jumlah"], 31.25);
    assert_eq!(ak["kenaikan_pangkat"]["kebutuhan"], 50.0);
    assert_eq!(ak["kenaikan_pangkat"]["kekurangan"], 18.75);
    assert_eq!(ak["kenaikan_jenjang"]["kebutuhan"], 100.0);
    assert_eq!(ak["kenaikan_jenjang"]["kekurangan"], 68.75);
    // --period selects the evaluations shown, not the years that count.
    let r = ws.run(&["evaluate", "--format", "json", "--period", "2026"]);
    assert_eq!(r.json()["angka_kredit"][0]["jumlah"], 31.25);
    // The table says the same in a sentence, and that earlier credit is unknown.
    let t = ws.run(&["evaluate"]);
    assert!(
        t.stdout.contains("2025 12,5 + 2026 18,75 = 31,25")
            && t.stdout
                .contains("kenaikan pangkat butuh 50 (kurang 18,75)")
            && t.stdout
                .contains("kenaikan jenjang butuh 100 (kurang 68,75)"),
        "{}",
        t.stdout
    );
    assert!(t.stdout.contains("tidak diketahui skp"), "{}", t.stdout);
    // Rounding is configurable.
    ws.file("skp.toml", "[evaluation]\nangka_kredit_decimals = 1\n");
    let r = ws.run(&["evaluate", "--format", "json"]);
    assert_eq!(
        r.json()["angka_kredit"][0]["rincian"][1]["angka_kredit"],
        18.8
    );
}

#[test]
fn capaian_rolls_periods_up_by_perhitungan_in_evaluate_and_n111_alike() {
    let skp = MINIMAL_SKP.replace(
        "        target: 4 modul\n",
        "        target: 4 modul\n        perhitungan: kumulatif\n        target_periodik: { 2026-TW1: 2, 2026-TW2: 4 }\n",
    );
    let eval = |periode: &str, body: &str| {
        format!(
            "apiVersion: skp/v1\nkind: Realisasi\nskp: {SKP_ID}\nperiode: \"{periode}\"\ndinilai_oleh: \"198005152005011002\"\n{body}"
        )
    };
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &skp);
    ws.file(
        "pegawai/a/realisasi-tw1.yaml",
        &eval(
            "2026-TW1",
            "hasil_kerja:\n  IKI-1.1: { realisasi: 3 modul }\n",
        ),
    );
    // TW2 alone (2 of 4) looks short; with TW1 the modules to date are 5 of 4.
    ws.file(
        "pegawai/a/realisasi-tw2.yaml",
        &eval(
            "2026-TW2",
            "hasil_kerja:\n  IKI-1.1: { realisasi: 2 modul }\nrating_hasil_kerja: di_bawah_ekspektasi\n",
        ),
    );
    // The year without its own figure: the periods rolled up against the annual target.
    ws.file(
        "pegawai/a/realisasi-2026.yaml",
        &eval(
            "2026",
            "hasil_kerja:\n  IKI-1.1: { umpan_balik: Sesuai rencana. }\n",
        ),
    );
    let j = ws.run(&["evaluate", "--format", "json"]).json();
    let line = |periode: &str| first_indicator(&j, periode);
    assert_eq!(line("2026-TW1")["capaian_advisory"], 150.0);
    assert!(line("2026-TW1")["rekap"].is_null());
    let tw2 = line("2026-TW2");
    assert_eq!(tw2["capaian_advisory"], 125.0);
    assert_eq!(tw2["rekap"]["perhitungan"], "kumulatif");
    assert_eq!(tw2["rekap"]["nilai"], 5.0);
    assert_eq!(tw2["rekap"]["periode"], 2);
    assert_eq!(tw2["rekap"]["periode_seharusnya"], 2);
    let year = line("2026");
    assert_eq!(year["capaian_advisory"], 125.0);
    assert_eq!(year["rekap"]["nilai"], 5.0);
    // Two quarters of the four the year has: the roll-up says it rests on fewer.
    assert_eq!(year["rekap"]["periode_seharusnya"], 4);
    // CSV says what the year's capaian rests on, beside its empty realisasi.
    let c = ws.run(&["evaluate", "--format", "csv", "--period", "2026"]);
    let mut rdr = csv::Reader::from_reader(c.stdout.as_bytes());
    let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    let row = rdr.records().next().unwrap().unwrap();
    let cell = |name: &str| row[header.iter().position(|h| h == name).unwrap()].to_string();
    assert_eq!(cell("realisasi"), "");
    assert_eq!(cell("capaian_advisory"), "125");
    assert_eq!(cell("rekap_perhitungan"), "kumulatif");
    assert_eq!(cell("rekap_nilai"), "5");
    assert_eq!(cell("rekap_periode"), "2");
    assert_eq!(cell("rekap_periode_seharusnya"), "4");
    // The forms print what the capaian rests on: the annual one has no figure of its own, and
    // rests on two quarters of four.
    for (periode, rekap) in [("2026", "2 dari 4"), ("2026-TW2", "2")] {
        let form = render_evaluasi(&ws, periode);
        assert!(
            form.stdout.contains(&format!(
                "<div class=\"rekap\">Rekap {rekap} periode (kumulatif): 5 modul</div>"
            )),
            "{periode}: the form should print the roll-up"
        );
    }
    let t = ws.run(&["evaluate", "--period", "2026"]).stdout;
    assert!(t.contains("s.d. kini 5 (2 dari 4 per.)"), "{t}");
    // N111 measures the same way: "below expectations" while the modules to date are met.
    let d = n(&ws);
    let f = only(&d, "N111");
    assert!(
        f.file.ends_with("realisasi-tw2.yaml"),
        "{}",
        common::list(&d)
    );
    // Averaged instead: (3 + 2) / 2 = 2.5 of 4 is short, and N111 is silent.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &skp.replace("perhitungan: kumulatif", "perhitungan: rata_rata"),
    );
    let j = ws
        .run(&["evaluate", "--format", "json", "--period", "2026-TW2"])
        .json();
    assert_eq!(j["evaluasi"][0]["indikator"][0]["capaian_advisory"], 62.5);
    assert!(n(&ws).iter().all(|d| d.code != "N111"));
}

#[test]
fn a_former_name_of_a_predikat_is_refused_with_todays_code() {
    let ws = ws_with(&[(
        "pegawai/a/realisasi-tw1.yaml",
        realisasi("2026-TW1", "predikat: cukup\n"),
    )]);
    let d = ws.check(&["--select", "F004", "--format", "json"]).diags();
    let f = only(&d, "F004");
    assert!(f.help().contains("`butuh_perbaikan`"), "{}", f.help());
}

#[test]
fn evaluate_refuses_filters_that_match_nothing_and_names_files_it_could_not_read() {
    let ws = ws_with(&[(
        "pegawai/a/realisasi-tw1.yaml",
        realisasi("2026-TW1", "hasil_kerja: [\n"),
    )]);
    for (args, says) in [
        (
            &["evaluate", "--period", "xyz"][..],
            "periode `xyz` tidak dikenal",
        ),
        (&["evaluate", "--period", "2026-TW9"], "2026-TW9"),
        (&["evaluate", "--nip", "123"], "tidak ada SKP untuk NIP 123"),
    ] {
        let r = ws.run(args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(says), "{args:?}: {}", r.stderr);
    }
    // The broken evaluation is not silently missing from the table.
    let r = ws.run(&["evaluate"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("tidak dapat dibaca: pegawai/a/realisasi-tw1.yaml"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_deadline_target_is_met_by_a_date_not_by_arithmetic_on_the_day() {
    // Read as numbers, "2 April 2026" against "31 Maret 2026" was 2 against 31: far above
    // target for a late delivery.
    let skp = common::MINIMAL_SKP.replace("target: 4 modul", "target: paling lambat 31 Maret 2026");
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &skp);
    for (tw, done) in [
        ("1", "20 Maret 2026"),
        ("2", "2 April"),
        ("3", "sudah selesai"),
    ] {
        ws.file(
            &format!("pegawai/a/realisasi-tw{tw}.yaml"),
            &realisasi(
                &format!("2026-TW{tw}"),
                &format!("hasil_kerja:\n  IKI-1.1: {{ realisasi: {done} }}\n"),
            ),
        );
    }
    let r = ws.run(&["evaluate", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = r.json();
    let e = v["evaluasi"].as_array().unwrap();
    let iki = |i: usize| &e[i]["indikator"][0];
    assert_eq!(iki(0)["tercapai"], true, "{}", iki(0));
    assert_eq!(iki(1)["tercapai"], false, "{}", iki(1));
    assert!(iki(0)["capaian_advisory"].is_null(), "{}", iki(0));
    assert!(iki(2)["tercapai"].is_null(), "{}", iki(2));
    // Only the realisation that is no date is N105, with the deadline's own wording.
    let d = n(&ws);
    let f = only(&d, "N105");
    assert!(f.message.contains("tanggal"), "{}", f.message);
    assert!(f.help().contains("20 Maret 2026"), "{}", f.help());
    assert_eq!(f.args["nilai"], "sudah selesai");
    // The plan itself is clean: no F019 (a unit "Maret 2026") and no S finding on the target.
    let c = ws
        .check(&["--select", "F,S103,S107", "--format", "json"])
        .diags();
    assert!(c.is_empty(), "{}", common::list(&c));
}

#[test]
fn a_deadline_is_judged_in_the_year_of_the_period_and_a_periodic_target_takes_its_place() {
    // The annual report of 2026 is due in January 2027; a quarter's own target is a share.
    let skp = common::MINIMAL_SKP.replace(
        "target: 4 modul",
        "target: paling lambat 31 Januari 2027\n        target_periodik: { 2026-TW1: 25 % }",
    );
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &skp);
    ws.file(
        "pegawai/a/realisasi-tw1.yaml",
        &realisasi("2026-TW1", "hasil_kerja:\n  IKI-1.1: { realisasi: 30 % }\n"),
    );
    ws.file(
        "pegawai/a/realisasi-tw4.yaml",
        &realisasi(
            "2026-TW4",
            "hasil_kerja:\n  IKI-1.1: { realisasi: 20 Desember }\n",
        ),
    );
    let r = ws.run(&["evaluate", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = r.json();
    let e = v["evaluasi"].as_array().unwrap();
    assert_eq!(e[0]["indikator"][0]["capaian_advisory"], 120.0, "{}", e[0]);
    // "20 Desember" of the 2026 quarter, not of the deadline's 2027.
    assert_eq!(e[1]["indikator"][0]["tercapai"], true, "{}", e[1]);
    let d = n(&ws);
    assert!(
        common::codes(&d).iter().all(|c| *c != "N105"),
        "{}",
        common::list(&d)
    );
}

#[test]
fn a_completion_date_without_its_year_is_asked_for_when_the_year_decides() {
    let skp =
        common::MINIMAL_SKP.replace("target: 4 modul", "target: paling lambat 31 Desember 2026");
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &skp);
    // In the annual evaluation (made early in 2027), "2 Januari" may be either year.
    ws.file(
        "pegawai/a/realisasi-2026.yaml",
        &realisasi(
            "2026",
            "hasil_kerja:\n  IKI-1.1: { realisasi: 2 Januari }\n",
        ),
    );
    let v = ws.run(&["evaluate", "--format", "json"]).json();
    assert!(
        v["evaluasi"][0]["indikator"][0]["tercapai"].is_null(),
        "{v}"
    );
    let d = n(&ws);
    let f = only(&d, "N105");
    assert!(
        f.message.contains("tidak menyebut tahunnya"),
        "{}",
        f.message
    );
}

#[test]
fn a_unit_that_looks_like_a_month_abbreviation_is_a_unit() {
    // SEP: the BPJS hospital form; read as "10 September" it had no year and no capaian.
    let skp = common::MINIMAL_SKP.replace("target: 4 modul", "target: ≥ 100 SEP");
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &skp);
    ws.file(
        "pegawai/a/realisasi-tw1.yaml",
        &realisasi(
            "2026-TW1",
            "hasil_kerja:\n  IKI-1.1: { realisasi: 95 SEP }\n",
        ),
    );
    let v = ws.run(&["evaluate", "--format", "json"]).json();
    assert_eq!(
        v["evaluasi"][0]["indikator"][0]["capaian_advisory"], 95.0,
        "{v}"
    );
    let c = ws
        .check(&["--select", "S103,N105", "--format", "json"])
        .diags();
    assert!(c.is_empty(), "{}", common::list(&c));
}

/// `evaluate` reads a realisation in another unit of time in the target's unit, judges a range
/// by the bound passed (inside it, the target is met), and a target of zero as met or not;
/// a realisation in another kind of unit gets no capaian (N105 names it).
#[test]
fn capaian_counts_other_units_of_time_ranges_and_zero_targets() {
    let cases = [
        ("≤ 4 hari", "48 jam", Some(150.0), Some(true)),
        ("≤ 48 jam", "3 hari", Some(50.0), Some(false)),
        ("95-100 %", "101 %", Some(101.0), Some(true)),
        ("95-100 %", "99 %", Some(100.0), Some(true)),
        ("0 insiden", "0 insiden", None, Some(true)),
        ("90 %", "12 dokumen", None, None),
        // A count of anything is no share: "2 puskesmas" against 60 % read as 3,3 %.
        ("60 %", "2 puskesmas", None, None),
        ("12 puskesmas", "60 %", None, None),
        // Units skp cannot classify still count against each other.
        ("8 puskesmas", "6 puskesmas", Some(75.0), Some(false)),
        // Another thing counted is no capaian: 4 documents are not 100 % of 4 modules.
        ("4 modul", "4 dokumen", None, None),
        ("10 orang", "12 modul", None, None),
        ("500 eksemplar", "5 judul", None, None),
        ("12 siswa", "12 pasien", None, None),
        // A unit skp does not know is taken at its word, and a classifier counts anything.
        ("100 km", "100 kilometer", Some(100.0), Some(true)),
        ("10 hektar", "10 ha", Some(100.0), Some(true)),
        ("3 server", "3 unit", Some(100.0), Some(true)),
        ("10 kab/kota", "10 kabupaten", Some(100.0), Some(true)),
        (
            "4 rekomendasi",
            "4 dokumen rekomendasi",
            Some(100.0),
            Some(true),
        ),
        ("2 SK", "2 surat keputusan", Some(100.0), Some(true)),
        // A working day has no one length in days.
        ("≤ 3 hari kerja", "4 hari", None, None),
        // Months and years count one another exactly.
        ("≤ 2 tahun", "18 bulan", Some(125.0), Some(true)),
        // The same thing, however named: a report is a document, a participant a person.
        ("4 dokumen", "4 laporan", Some(100.0), Some(true)),
        ("10 peserta", "12 orang", Some(120.0), Some(true)),
        ("4 modul", "3 modul aplikasi", Some(75.0), Some(false)),
        ("12 Dok", "12 dokumen", Some(100.0), Some(true)),
    ];
    for (target, real, capaian, met) in cases {
        let polaritas =
            if target.contains("hari") || target.contains("jam") || target.contains("insiden") {
                "\n        polaritas: turun"
            } else {
                ""
            };
        let skp = MINIMAL_SKP.replace(
            "target: 4 modul",
            &format!("target: \"{target}\"{polaritas}"),
        );
        let ws = Ws::new();
        ws.file("pegawai/a/skp-2026.yaml", &skp);
        ws.file(
            "pegawai/a/realisasi-tw1.yaml",
            &realisasi(
                "2026-TW1",
                &format!("hasil_kerja:\n  IKI-1.1: {{ realisasi: \"{real}\" }}\n"),
            ),
        );
        let r = ws.run(&["evaluate", "--format", "json"]);
        assert_eq!(r.code, 0, "{target} / {real}: {}", r.stderr);
        let v = r.json();
        let line = &v["evaluasi"][0]["indikator"][0];
        assert_eq!(
            line["capaian_advisory"].as_f64(),
            capaian,
            "{target} / {real}: {line}"
        );
        assert_eq!(line["tercapai"].as_bool(), met, "{target} / {real}: {line}");
        // No capaian from a number: N105 says why.
        let n105 = ws.run(&["check", "--select", "N105", "--format", "json"]);
        assert_eq!(
            n105.stdout.contains("\"N105\""),
            capaian.is_none() && met.is_none(),
            "{target} / {real}: {}",
            n105.stdout
        );
    }
}

/// A quarter evaluated against the year's count target (no `target_periodik`, no
/// `perhitungan`) is marked in the table and said in a note, so 3 of 12 documents at 25 % is
/// not read as a failed quarter; a rate is the same kind of figure in a quarter, unmarked.
#[test]
fn a_quarter_against_the_annual_count_target_is_marked() {
    let skp = format!(
        "{MINIMAL_SKP}      - id: IKI-1.2\n        aspek: kualitas\n        teks: Persentase modul yang lolos uji penerimaan pada pengujian pertama\n        target: 90 %\n"
    );
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &skp);
    ws.file(
        "pegawai/a/realisasi-tw3.yaml",
        &realisasi(
            "2026-TW3",
            "hasil_kerja:\n  IKI-1.1: { realisasi: 1 modul }\n  IKI-1.2: { realisasi: 80 % }\n",
        ),
    );
    let t = ws.run(&["evaluate"]);
    assert_eq!(t.code, 0, "{}", t.stderr);
    assert!(t.stdout.contains("4 modul †"), "{}", t.stdout);
    assert!(t.stdout.contains("90 %  "), "{}", t.stdout);
    assert!(!t.stdout.contains("90 % †"), "{}", t.stdout);
    assert!(t.stdout.contains("† Target setahun"), "{}", t.stdout);
    // A periodic target for the quarter: nothing to mark.
    let periodic = skp.replace(
        "target: 4 modul",
        "target: 4 modul\n        target_periodik: { 2026-TW3: 1 modul }",
    );
    ws.file("pegawai/a/skp-2026.yaml", &periodic);
    let t = ws.run(&["evaluate"]);
    assert!(!t.stdout.contains('†'), "{}", t.stdout);
    // Summed to date against the year's count (`kumulatif`): marked; an average is not.
    for (perhitungan, marked) in [("kumulatif", true), ("rata_rata", false)] {
        let summed = skp.replace(
            "target: 4 modul",
            &format!("target: 4 modul\n        perhitungan: {perhitungan}"),
        );
        ws.file("pegawai/a/skp-2026.yaml", &summed);
        let t = ws.run(&["evaluate"]);
        assert_eq!(
            t.stdout.contains("4 modul †"),
            marked,
            "{perhitungan}: {}",
            t.stdout
        );
    }
}

/// Every indicator of the plan is listed in each evaluation, realised or not (domain.md C.17):
/// one left out of the Realisasi shows `realisasi: null`, and "(belum dicatat)" in the table.
#[test]
fn evaluate_lists_an_indicator_with_no_realisation() {
    let skp = format!(
        "{MINIMAL_SKP}      - id: IKI-1.2\n        aspek: kualitas\n        teks: Persentase modul yang lolos uji penerimaan pada pengujian pertama\n        target: 90 %\n"
    );
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &skp);
    ws.file(
        "pegawai/a/realisasi-tw1.yaml",
        &realisasi(
            "2026-TW1",
            "hasil_kerja:\n  IKI-1.1: { realisasi: 3 modul }\n",
        ),
    );
    let r = ws.run(&["evaluate", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = r.json();
    let lines = v["evaluasi"][0]["indikator"].as_array().unwrap();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0]["id"], "IKI-1.1");
    assert_eq!(lines[0]["realisasi"], "3 modul");
    assert_eq!(lines[1]["id"], "IKI-1.2");
    assert!(lines[1]["realisasi"].is_null(), "{lines:?}");
    assert!(lines[1]["tercapai"].is_null(), "{lines:?}");
    // The table wraps the cell between its words.
    let t = ws.run(&["evaluate"]);
    assert!(t.stdout.contains("(belum"), "{}", t.stdout);
    let c = ws.run(&["evaluate", "--format", "csv"]);
    assert!(c.stdout.contains("IKI-1.2,90 %,,"), "{}", c.stdout);
}

/// Periods rolled up are each counted in the target's unit first: `48 jam` and `2 hari`
/// average two days, not 25.
#[test]
fn a_roll_up_counts_each_period_in_the_targets_unit() {
    let skp = MINIMAL_SKP.replace(
        "        target: 4 modul\n",
        "        target: ≤ 4 hari\n        polaritas: turun\n        perhitungan: rata_rata\n",
    );
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &skp);
    for (p, r) in [("2026-TW1", "48 jam"), ("2026-TW2", "2 hari")] {
        ws.file(
            &format!("pegawai/a/realisasi-{p}.yaml"),
            &realisasi(
                &format!("\"{p}\""),
                &format!("hasil_kerja:\n  IKI-1.1: {{ realisasi: {r} }}\n"),
            ),
        );
    }
    let r = ws.run(&["evaluate", "--format", "json", "--period", "2026-TW2"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let line = &r.json()["evaluasi"][0]["indikator"][0];
    assert_eq!(line["rekap"]["nilai"], 2.0, "{line}");
    assert_eq!(line["capaian_advisory"], 150.0, "{line}");
}

/// A written predikat that contradicts the quadrant of its ratings (N108) earns no angka
/// kredit until it is corrected; one that agrees earns its percentage.
#[test]
fn a_predikat_against_its_ratings_earns_no_angka_kredit() {
    for (predikat, credit) in [("sangat_baik", None), ("baik", Some(12.5))] {
        let ws = ws_with(&[(
            "pegawai/a/realisasi-2026.yaml",
            realisasi(
                "\"2026\"",
                &format!(
                    "hasil_kerja:\n  IKI-1.1: {{ realisasi: 4 modul }}\nrating_hasil_kerja: sesuai_ekspektasi\nrating_perilaku_kerja: sesuai_ekspektasi\npredikat: {predikat}\n"
                ),
            ),
        )]);
        let r = ws.run(&["evaluate", "--format", "json"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let v = r.json();
        assert_eq!(
            v["evaluasi"][0]["angka_kredit"].as_f64(),
            credit,
            "{predikat}: {v}"
        );
        let total = v["angka_kredit"].as_array().map_or(0, Vec::len);
        assert_eq!(total, usize::from(credit.is_some()), "{predikat}: {v}");
    }
}

/// Writes the minimal plan with `target` (and what follows it: `satuan`, periodic targets)
/// and a first-quarter evaluation that records `realisasi` for its indicator.
fn target_and_realisation(ws: &Ws, target: &str, realisasi_tw1: &str) {
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &common::MINIMAL_SKP.replace("target: 4 modul", &format!("target: {target}")),
    );
    ws.file(
        "pegawai/a/realisasi-tw1.yaml",
        &realisasi(
            "2026-TW1",
            &format!("hasil_kerja:\n  IKI-1.1: {{ realisasi: \"{realisasi_tw1}\" }}\n"),
        ),
    );
}

/// A percentage recorded as a fraction (`0,9` for 90 %, as a spreadsheet stores it) counts as
/// 0,9 % and drops the capaian to almost nothing: N105 names it with the percentage it would
/// be. A number under one against a small or lower-is-better percentage stays plausible.
#[test]
fn a_percentage_recorded_as_a_fraction_is_named() {
    let ws = Ws::new();
    target_and_realisation(&ws, "95 %", "0,9");
    let d = n(&ws);
    let f = only(&d, "N105");
    assert!(
        f.message
            .contains("realisasi `0,9` tanpa satuan terbaca 0,9 % dari target 95 %")
            && f.message.contains("90 %"),
        "{}",
        f.message
    );
    assert!(f.help().contains("`90 %`, bukan `0,9`"), "{}", f.help());
    let en = ws.check(&["--select", "N105", "--lang", "en"]);
    assert!(
        en.stdout.contains("as a fraction it is 90 %"),
        "{}",
        en.stdout
    );
    // Written in percent, or with its unit, it is read as written.
    for ok in ["90 %", "0,9 %", "90"] {
        target_and_realisation(&ws, "95 %", ok);
        assert!(!codes(&n(&ws)).contains(&"N105"), "{ok}");
    }
    // The unit written apart (`satuan: "%"`, as most plans do), or a bare periodic target in
    // the annual target's unit: the same fraction.
    for (target, said) in [
        ("95\n        satuan: \"%\"", "dari target 95 %"),
        (
            "95 %\n        target_periodik: { 2026-TW1: 40, 2026-TW4: 95 }",
            "dari target 40 %",
        ),
    ] {
        target_and_realisation(&ws, target, "0,6");
        let d = n(&ws);
        let m = &only(&d, "N105").message;
        assert!(m.contains(said) && m.contains("60 %"), "{m}");
    }
    // Against `≤ 1 %` of errors, 0,9 is a plausible percentage.
    target_and_realisation(&ws, "≤ 1 %", "0,9");
    assert!(!codes(&n(&ws)).contains(&"N105"));
    // The other way round: the plan's target the fraction, the realisation in percent, the
    // capaian a hundredfold.
    target_and_realisation(&ws, "\"0,85\"", "85 %");
    let d = n(&ws);
    let f = only(&d, "N105");
    assert!(
        f.message.contains("targetnya `0,85` tanpa satuan") && f.message.contains("85 %"),
        "{}",
        f.message
    );
    assert!(f.help().contains("`85 %`, bukan `0,85`"), "{}", f.help());
}

/// After a mid-year mutasi within the unit, an employee has two SKP segments, each evaluated:
/// the curve still counts them once, by the segment that ends last.
#[test]
fn an_employee_with_two_segments_counts_once_in_the_distribution() {
    let ws = unit_with(&["baik", "butuh_perbaikan"], "baik");
    let nip = "199001012015032001";
    let plan = common::minimal_for_nip(nip);
    let segment = |id: &str, from: &str, to: &str, extra: &str| {
        plan.replacen(
            "tahun: 2026\n",
            &format!("id: {id}\n{extra}tahun: 2026\nperiode_penilaian: {{ mulai: \"{from}\", selesai: \"{to}\" }}\n"),
            1,
        )
    };
    std::fs::remove_file(ws.join("pegawai/0/skp-2026.yaml")).unwrap();
    std::fs::remove_file(ws.join("pegawai/0/realisasi-tw1.yaml")).unwrap();
    ws.file(
        "pegawai/0/skp-2026a.yaml",
        &segment(&format!("{nip}-2026a"), "2026-01-01", "2026-02-15", ""),
    );
    ws.file(
        "pegawai/0/skp-2026b.yaml",
        &segment(
            &format!("{nip}-2026b"),
            "2026-02-16",
            "2026-12-31",
            &format!("melanjutkan: {nip}-2026a\n"),
        ),
    );
    for (seg, p) in [("a", "sangat_baik"), ("b", "baik")] {
        ws.file(
            &format!("pegawai/0/realisasi-tw1{seg}.yaml"),
            &format!(
                "apiVersion: skp/v1\nkind: Realisasi\nskp: {nip}-2026{seg}\nperiode: 2026-TW1\ndinilai_oleh: \"{LEADER}\"\nhasil_kerja:\n  IKI-1.1: {{ realisasi: 4 modul }}\npredikat: {p}\n"
            ),
        );
    }
    let j = ws.run(&["evaluate", "--format", "json"]).json();
    let u = &j["unit"][0];
    // The table tells the two segments apart.
    let t = ws.run(&["evaluate", "--nip", nip]).stdout;
    assert!(
        t.contains(&format!("periode 2026-TW1 · SKP {nip}-2026a"))
            && t.contains(&format!("periode 2026-TW1 · SKP {nip}-2026b")),
        "{t}"
    );
    assert_eq!(u["pegawai"], 2, "{u}");
    assert_eq!(u["sebaran"]["baik"], 1, "{u}");
    assert!(u["sebaran"]["sangat_baik"].is_null(), "{u}");
}

/// A workspace with no evaluation yet: `evaluate` says where the first one goes and what it
/// holds, named after a plan of the workspace.
#[test]
fn evaluate_without_any_realisasi_says_where_the_first_goes() {
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    let r = ws.run(&["evaluate"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("tidak ada realisasi yang cocok")
            && r.stderr.contains(
                "mis. pegawai/a/realisasi-2026-TW1.yaml dengan `skp: 199001012015032001-2026`"
            )
            && r.stderr
                .contains("`hasil_kerja: { IKI-1.1: { realisasi: … } }`")
            && r.stderr.contains("`skp schema Realisasi`"),
        "{}",
        r.stderr
    );
    // On a monthly grid, the first month.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &MINIMAL_SKP.replacen(
            "pendekatan: kuantitatif\n",
            "pendekatan: kuantitatif\nevaluasi: bulanan\n",
            1,
        ),
    );
    let r = ws.run(&["evaluate"]);
    assert!(
        r.stderr.contains("mis. pegawai/a/realisasi-2026-01.yaml")
            && r.stderr.contains("`periode: 2026-01`"),
        "{}",
        r.stderr
    );
    ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    // With evaluations that the filter leaves out, the hint is not given.
    ws.file(
        "pegawai/a/realisasi-tw1.yaml",
        &realisasi(
            "2026-TW1",
            "hasil_kerja:\n  IKI-1.1: { realisasi: 4 modul }\n",
        ),
    );
    let r = ws.run(&["evaluate", "--period", "2026-TW2"]);
    assert!(!r.stderr.contains("skp schema Realisasi"), "{}", r.stderr);
}

/// A target whose unit is written apart (`target: 1-3`, `satuan: hari kerja`) is shown with it
/// in `evaluate`'s table, as on the forms; the machine formats keep the target as written.
#[test]
fn evaluate_shows_a_target_with_its_satuan() {
    let ws = Ws::new();
    target_and_realisation(
        &ws,
        "1-3\n        satuan: hari kerja\n        polaritas: turun",
        "2 hari kerja",
    );
    let t = ws.run(&["evaluate"]).stdout;
    assert!(t.contains("1-3 hari kerja"), "{t}");
    let j = ws.run(&["evaluate", "--format", "json"]).json();
    assert_eq!(j["evaluasi"][0]["indikator"][0]["target"], "1-3", "{j}");
}

/// `{ realisasi: 2,5 modul }`: in braces the comma ends the value, so the loader reads `2` and
/// a field `5 modul` (F002). Check says how to quote it; `evaluate` warns and names the file in
/// its JSON; the printed form says on its face that it is not ready to sign.
#[test]
fn a_decimal_cut_by_a_comma_in_braces_is_named_everywhere_its_figure_goes() {
    let ws = ws_with(&[(
        "pegawai/a/realisasi-tw1.yaml",
        realisasi(
            "2026-TW1",
            "hasil_kerja:\n  IKI-1.1: { realisasi: 2,5 modul }\n",
        ),
    )]);
    let c = ws.run(&["check", "--select", "F", "--format", "json"]);
    let d = only(&c.diags(), "F002").clone();
    let help = d.help.unwrap_or_default();
    assert!(help.contains("realisasi: \"2,5 modul\""), "{help}");
    let e = ws.run(&["evaluate", "--format", "json"]);
    assert_eq!(e.code, 0, "{}", e.stderr);
    assert!(
        e.stderr.contains("F002 di baris 7"),
        "evaluate should warn of the file's errors: {}",
        e.stderr
    );
    let k = &e.json()["evaluasi"][0]["kesalahan"];
    assert_eq!(k["berkas"], "pegawai/a/realisasi-tw1.yaml", "{k}");
    assert_eq!(k["kode"], "F002", "{k}");
    assert_eq!(k["baris"], 7, "{k}");
    let r = render_evaluasi(&ws, "2026-TW1");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("<p class=\"unfinished\">BELUM DAPAT DITANDATANGANI: pegawai/a/realisasi-tw1.yaml masih memiliki 1 kesalahan"),
        "the form should say it is not ready to sign"
    );
    // A clean evaluation carries neither.
    ws.file(
        "pegawai/a/realisasi-tw1.yaml",
        &realisasi(
            "2026-TW1",
            "hasil_kerja:\n  IKI-1.1: { realisasi: 3 modul }\n",
        ),
    );
    let e = ws.run(&["evaluate", "--format", "json"]);
    assert!(e.json()["evaluasi"][0]["kesalahan"].is_null());
    let r = render_evaluasi(&ws, "2026-TW1");
    assert!(!r.stdout.contains("class=\"unfinished\""));
}

/// When the errors are in the plan an evaluation reads, the warning names the plan, not the
/// evaluation's own file.
#[test]
fn evaluate_names_the_plan_when_the_errors_are_in_the_plan() {
    let ws = ws_with(&[
        (
            "pegawai/a/realisasi-tw1.yaml",
            realisasi(
                "2026-TW1",
                "hasil_kerja:\n  IKI-1.1: { realisasi: 3 modul }\n",
            ),
        ),
        (
            "pegawai/a/realisasi-tw2.yaml",
            realisasi(
                "2026-TW2",
                "hasil_kerja:\n  IKI-1.1: { realisasi: 4 modul }\n",
            ),
        ),
    ]);
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &format!("{MINIMAL_SKP}catatan_lain: x\n"),
    );
    let e = ws.run(&["evaluate", "--format", "json"]);
    assert_eq!(e.code, 0, "{}", e.stderr);
    assert!(
        e.stderr.contains(
            "penilaian periode 2026-TW1, 2026-TW2 bertumpu pada pegawai/a/skp-2026.yaml, \
             yang masih memiliki 1 kesalahan (pertama: F002"
        ),
        "{}",
        e.stderr
    );
    assert_eq!(
        e.json()["evaluasi"][0]["kesalahan"]["berkas"],
        "pegawai/a/skp-2026.yaml"
    );
    let en = ws.run(&["evaluate", "--lang", "en"]);
    assert!(
        en.stderr.contains(
            "the 2026-TW1, 2026-TW2 evaluations rest on pegawai/a/skp-2026.yaml, which still has 1 error"
        ),
        "{}",
        en.stderr
    );
}

/// A member with no predikat for the period is not in the counts, and the curve they meet is
/// not the unit's yet: `evaluate` names them, in its line, its JSON and on the form.
#[test]
fn a_unit_member_not_yet_evaluated_is_named_beside_the_distribution() {
    let ws = unit_with(
        &["baik", "baik", "baik", "sangat_baik", "butuh_perbaikan"],
        "baik",
    );
    let late = "199001012015032099";
    ws.file("pegawai/late/skp-2026.yaml", &common::minimal_for_nip(late));
    let v = ws.run(&["evaluate", "--format", "json"]).json();
    let unit = &v["unit"][0];
    assert_eq!(unit["pegawai"], 5, "{unit}");
    assert_eq!(unit["belum_dinilai"], serde_json::json!([late]), "{unit}");
    let t = ws.run(&["evaluate"]);
    assert!(
        t.stdout.contains(&format!(
            "1 pegawai belum dinilai ({late}): sebaran ini belum final"
        )),
        "{}",
        t.stdout
    );
    let r = render_evaluasi(&ws, "2026-TW1");
    assert!(
        r.stdout
            .contains("1 pegawai unit ini belum dinilai untuk periode ini"),
        "the form's distribution should say it is not final"
    );
    // Once evaluated, nobody is pending.
    ws.file(
        "pegawai/late/realisasi-tw1.yaml",
        &format!(
            "apiVersion: skp/v1\nkind: Realisasi\nskp: {late}-2026\nperiode: 2026-TW1\ndinilai_oleh: \"{LEADER}\"\nhasil_kerja:\n  IKI-1.1: {{ realisasi: 4 modul }}\npredikat: baik\n"
        ),
    );
    let v = ws.run(&["evaluate", "--format", "json"]).json();
    assert_eq!(v["unit"][0]["belum_dinilai"], serde_json::json!([]));
}

/// A ceiling for the year (`≤ 12 aduan`, lower better) with no periodic target: a quarter's
/// 5 complaints are not 158 % of it. The capaian stays empty until the ceiling is passed;
/// JSON says the target is the year's, and so does the form.
#[test]
fn a_ceiling_for_the_year_is_not_met_by_a_quarter() {
    let skp = MINIMAL_SKP
        .replace(
            "teks: Jumlah modul aplikasi perizinan yang dirilis ke produksi",
            "teks: Jumlah aduan layanan aplikasi perizinan",
        )
        .replace(
            "target: 4 modul\n",
            "target: ≤ 12 aduan\n        polaritas: turun\n",
        );
    let line = |real: &str, periode: &str| {
        let ws = Ws::new();
        ws.file("pegawai/a/skp-2026.yaml", &skp);
        ws.file(
            "pegawai/a/realisasi.yaml",
            &realisasi(
                periode,
                &format!("hasil_kerja:\n  IKI-1.1: {{ realisasi: {real} }}\n"),
            ),
        );
        let v = ws.run(&["evaluate", "--format", "json"]).json();
        (ws, v["evaluasi"][0]["indikator"][0].clone())
    };
    let (ws, l) = line("5 aduan", "2026-TW1");
    assert!(l["capaian_advisory"].is_null(), "{l}");
    assert!(l["tercapai"].is_null(), "{l}");
    assert_eq!(l["target_tahunan"], true, "{l}");
    let form = render_evaluasi(&ws, "2026-TW1");
    assert!(form.stdout.contains("≤ 12 aduan (target tahunan)"));
    // Passed already in a quarter: broken, whatever the rest of the year brings.
    let (_, l) = line("15 aduan", "2026-TW1");
    assert_eq!(l["tercapai"], false, "{l}");
    // The year itself is measured against its ceiling.
    let (_, l) = line("10 aduan", "2026");
    assert_eq!(l["tercapai"], true, "{l}");
    assert_eq!(l["target_tahunan"], false, "{l}");
    // A rate is the same figure in a quarter as in the year: no year's target, a capaian.
    for (target, real) in [
        ("≤ 10 aduan/bulan", "8 aduan/bulan"),
        (
            "≤ 90 per 100.000 kelahiran hidup",
            "80 per 100.000 kelahiran hidup",
        ),
    ] {
        let rate = skp.replace("target: ≤ 12 aduan", &format!("target: \"{target}\""));
        let ws = Ws::new();
        ws.file("pegawai/a/skp-2026.yaml", &rate);
        ws.file(
            "pegawai/a/realisasi.yaml",
            &realisasi(
                "2026-TW1",
                &format!("hasil_kerja:\n  IKI-1.1: {{ realisasi: \"{real}\" }}\n"),
            ),
        );
        let v = ws.run(&["evaluate", "--format", "json"]).json();
        let l = &v["evaluasi"][0]["indikator"][0];
        assert_eq!(l["target_tahunan"], false, "{target}: {l}");
        assert_eq!(l["tercapai"], true, "{target}: {l}");
    }
    // Summed to the last quarter (`kumulatif`) over every quarter, the figure is the year's:
    // judged (with quarters missing it is not: see the roll-up test below).
    let summed = skp.replace(
        "polaritas: turun",
        "polaritas: turun\n        perhitungan: kumulatif",
    );
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &summed);
    for (q, n) in [
        ("2026-TW1", 1),
        ("2026-TW2", 2),
        ("2026-TW3", 3),
        ("2026-TW4", 4),
    ] {
        ws.file(
            &format!("pegawai/a/realisasi-{q}.yaml"),
            &realisasi(
                q,
                &format!("hasil_kerja:\n  IKI-1.1: {{ realisasi: {n} aduan }}\n"),
            ),
        );
    }
    let v = ws.run(&["evaluate", "--format", "json"]).json();
    let tw = |p: &str| first_indicator(&v, p);
    assert!(tw("2026-TW3")["tercapai"].is_null(), "{}", tw("2026-TW3"));
    assert_eq!(tw("2026-TW4")["tercapai"], true, "{}", tw("2026-TW4"));
    assert_eq!(tw("2026-TW4")["rekap"]["nilai"], 10.0);
}

/// A realisation's number is read as a target's is, and its ambiguities are said the same way
/// (F016): the capaian rests on it.
#[test]
fn an_ambiguous_realisation_number_is_said_as_a_targets_is() {
    let ws = ws_with(&[(
        "pegawai/a/realisasi-tw1.yaml",
        realisasi(
            "2026-TW1",
            "hasil_kerja:\n  IKI-1.1: { realisasi: 3.5 modul }\n",
        ),
    )]);
    let d = ws.check(&["--select", "F016", "--format", "json"]).diags();
    let f = only(&d, "F016");
    assert!(
        f.message.contains("realisasi `3.5 modul` memakai titik"),
        "{}",
        f.message
    );
    ws.file(
        "pegawai/a/realisasi-tw1.yaml",
        &realisasi(
            "2026-TW1",
            "hasil_kerja:\n  IKI-1.1:\n    realisasi: 4.500\n",
        ),
    );
    let d = ws.check(&["--select", "F016", "--format", "json"]).diags();
    assert!(
        only(&d, "F016").message.contains(
            "realisasi 4.500 ditulis sebagai angka YAML yang ambigu; dibaca sebagai 4500"
        ),
        "{}",
        common::list(&d)
    );
    ws.file(
        "pegawai/a/realisasi-tw1.yaml",
        &realisasi(
            "2026-TW1",
            "hasil_kerja:\n  IKI-1.1: { realisasi: \"3,5 modul\" }\n",
        ),
    );
    assert!(
        ws.check(&["--select", "F016", "--format", "json"])
            .diags()
            .is_empty()
    );
}

/// A capaian rolled up over the periods rests on their files: an error in a quarter's file
/// (a decimal cut at its comma) is named on the year's evaluation and its form.
#[test]
fn an_error_in_a_period_a_roll_up_rests_on_is_named() {
    let skp = MINIMAL_SKP.replace(
        "        target: 4 modul\n",
        "        target: 4 modul\n        perhitungan: kumulatif\n",
    );
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &skp);
    ws.file(
        "pegawai/a/realisasi-tw1.yaml",
        &realisasi(
            "2026-TW1",
            "hasil_kerja:\n  IKI-1.1: { realisasi: 1,5 modul }\n",
        ),
    );
    ws.file(
        "pegawai/a/realisasi-tw2.yaml",
        &realisasi(
            "2026-TW2",
            "hasil_kerja:\n  IKI-1.1: { realisasi: 2 modul }\n",
        ),
    );
    ws.file(
        "pegawai/a/realisasi-2026.yaml",
        &realisasi(
            "2026",
            "hasil_kerja:\n  IKI-1.1: { umpan_balik: Sesuai rencana. }\n",
        ),
    );
    let v = ws
        .run(&["evaluate", "--format", "json", "--period", "2026"])
        .json();
    let e = &v["evaluasi"][0];
    assert_eq!(
        e["kesalahan"]["berkas"], "pegawai/a/realisasi-tw1.yaml",
        "{e}"
    );
    let form = render_evaluasi(&ws, "2026");
    assert!(
        form.stdout
            .contains("BELUM DAPAT DITANDATANGANI: pegawai/a/realisasi-tw1.yaml")
    );
}

/// After a mid-year mutasi into the unit, the quarter the move fell in was evaluated on the
/// segment before it, in the unit before: that person is not waiting for an evaluation here.
#[test]
fn a_member_evaluated_on_the_segment_before_a_mutasi_is_not_pending() {
    let ws = unit_with(&["baik", "baik", "butuh_perbaikan"], "baik");
    let nip = "199001012015032099";
    let segment =
        |id: &str, from: &str, to: &str, penilai: &str| {
            common::minimal_for_nip(nip)
            .replacen(
                "tahun: 2026\n",
                &format!(
                    "id: {id}\ntahun: 2026\nperiode_penilaian: {{ mulai: {from}, selesai: {to} }}\n"
                ),
                1,
            )
            .replace("nip: \"198005152005011002\"", &format!("nip: \"{penilai}\""))
        };
    ws.file(
        "pegawai/moved/skp-2026a.yaml",
        &segment(
            "MOVED-2026a",
            "2026-01-01",
            "2026-06-15",
            "197501012000031001",
        ),
    );
    ws.file(
        "pegawai/moved/skp-2026b.yaml",
        &segment("MOVED-2026b", "2026-06-16", "2026-12-31", LEADER),
    );
    ws.file(
        "organisasi/capaian-2026-tw2.yaml",
        &capaian("baik")
            .replace("CAPAIAN-BIDANG-2026-TW1", "CAPAIAN-BIDANG-2026-TW2")
            .replace("periode: 2026-TW1", "periode: 2026-TW2"),
    );
    let pending = |ws: &Ws| {
        let v = ws.run(&["evaluate", "--format", "json"]).json();
        v["unit"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["periode"] == "2026-TW2")
            .unwrap()["belum_dinilai"]
            .clone()
    };
    assert!(
        pending(&ws).as_array().unwrap().iter().any(|n| n == nip),
        "{}",
        pending(&ws)
    );
    ws.file(
        "pegawai/moved/realisasi-2026a-tw2.yaml",
        "apiVersion: skp/v1\nkind: Realisasi\nskp: MOVED-2026a\nperiode: 2026-TW2\ndinilai_oleh: \"197501012000031001\"\npredikat: baik\n",
    );
    assert!(
        !pending(&ws).as_array().unwrap().iter().any(|n| n == nip),
        "{}",
        pending(&ws)
    );
}

/// One Realisasi per `(file, periode, value)` for the minimal plan's indicator, in `unit`.
fn realised(ws: &Ws, unit: &str, periods: &[(&str, &str, u32)]) {
    for (file, periode, value) in periods {
        ws.file(
            &format!("pegawai/a/realisasi-{file}.yaml"),
            &realisasi(
                periode,
                &format!("hasil_kerja:\n  IKI-1.1: {{ realisasi: {value} {unit} }}\n"),
            ),
        );
    }
}

/// A roll-up that rests on fewer periods than the plan's grid has by then says so: TW3's
/// modules to date without a TW2 evaluation (missing, or naming another plan) are "2 dari 3".
/// A period's own figure alone is its own capaian, however many are missing before it; and a
/// ceiling for the year is not judged on the last quarter's sum when quarters are missing.
#[test]
fn a_roll_up_missing_a_period_says_it_rests_on_fewer() {
    let skp = MINIMAL_SKP.replace(
        "        target: 4 modul\n",
        "        target: 4 modul\n        perhitungan: kumulatif\n        target_periodik: { 2026-TW1: 1, 2026-TW2: 2, 2026-TW3: 3 }\n",
    );
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &skp);
    realised(
        &ws,
        "modul",
        &[("tw1", "2026-TW1", 1), ("tw3", "2026-TW3", 2)],
    );
    let j = ws.run(&["evaluate", "--format", "json"]).json();
    let tw3 = first_indicator(&j, "2026-TW3");
    assert_eq!(tw3["capaian_advisory"], 100.0, "{tw3}");
    assert_eq!(tw3["rekap"]["periode"], 2, "{tw3}");
    assert_eq!(tw3["rekap"]["periode_seharusnya"], 3, "{tw3}");
    let t = ws.run(&["evaluate", "--period", "2026-TW3"]).stdout;
    assert!(t.contains("(2 dari 3 per.)"), "{t}");
    let en = ws
        .run(&["evaluate", "--period", "2026-TW3", "--lang", "en"])
        .stdout;
    assert!(en.contains("(2 of 3 per.)"), "{en}");
    let form = render_evaluasi(&ws, "2026-TW3");
    assert!(
        form.stdout
            .contains("Rekap 2 dari 3 periode (kumulatif): 3 modul"),
        "{}",
        form.stdout
    );
    // TW3 alone: its own figure, as written, with no roll-up.
    std::fs::remove_file(ws.join("pegawai/a/realisasi-tw1.yaml")).unwrap();
    let j = ws.run(&["evaluate", "--format", "json"]).json();
    let tw3 = first_indicator(&j, "2026-TW3");
    assert!(tw3["rekap"].is_null(), "{tw3}");
    assert_eq!(tw3["capaian_advisory"], 66.7, "{tw3}");

    // A ceiling for the year, summed: TW1 and TW4 alone are not the year's total.
    let ceiling = MINIMAL_SKP.replace(
        "        target: 4 modul\n",
        "        target: ≤ 12 aduan\n        polaritas: turun\n        perhitungan: kumulatif\n",
    );
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &ceiling);
    realised(
        &ws,
        "aduan",
        &[("tw1", "2026-TW1", 2), ("tw4", "2026-TW4", 3)],
    );
    let j = ws.run(&["evaluate", "--format", "json"]).json();
    let tw4 = first_indicator(&j, "2026-TW4");
    assert_eq!(tw4["rekap"]["periode"], 2, "{tw4}");
    assert_eq!(tw4["rekap"]["periode_seharusnya"], 4, "{tw4}");
    assert!(tw4["capaian_advisory"].is_null(), "{tw4}");
}

/// An evaluation off the plan's grid (`2026-05` on a quarterly plan: N104's error) adds no
/// figure to a roll-up: with TW1 missing, it made TW2's roll-up look complete ("2 dari 2") on a
/// month no period of the plan measures.
#[test]
fn an_evaluation_off_the_grid_is_not_rolled_up() {
    let skp = MINIMAL_SKP.replace(
        "        target: 4 modul\n",
        "        target: 4 modul\n        perhitungan: kumulatif\n        target_periodik: { 2026-TW1: 1, 2026-TW2: 2 }\n",
    );
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &skp);
    realised(
        &ws,
        "modul",
        &[("mei", "2026-05", 1), ("tw2", "2026-TW2", 1)],
    );
    let check = ws.run(&["check", "--format", "json"]).json();
    assert!(
        check["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "N104"),
        "{check}"
    );
    let j = ws.run(&["evaluate", "--format", "json"]).json();
    let tw2 = first_indicator(&j, "2026-TW2");
    assert!(tw2["rekap"].is_null(), "{tw2}");
    assert_eq!(tw2["capaian_advisory"], 50.0, "{tw2}");
    // With TW1 there, the roll-up rests on the two quarters, not on the month as well.
    realised(&ws, "modul", &[("tw1", "2026-TW1", 1)]);
    let j = ws.run(&["evaluate", "--format", "json"]).json();
    let tw2 = first_indicator(&j, "2026-TW2");
    assert_eq!(tw2["rekap"]["periode"], 2, "{tw2}");
    assert_eq!(tw2["rekap"]["periode_seharusnya"], 2, "{tw2}");
    assert_eq!(tw2["capaian_advisory"], 100.0, "{tw2}");
}

/// A roll-up of large figures is shown with its thousands grouped, as the target beside it is:
/// `450000000` next to `Rp 450.000.000` is misread tenfold.
#[test]
fn a_roll_up_groups_its_thousands() {
    let skp = MINIMAL_SKP.replace(
        "        target: 4 modul\n",
        "        target: 3000 modul\n        perhitungan: kumulatif\n",
    );
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &skp);
    realised(
        &ws,
        "modul",
        &[("tw1", "2026-TW1", 1000), ("tw2", "2026-TW2", 1500)],
    );
    let t = ws.run(&["evaluate", "--period", "2026-TW2"]).stdout;
    assert!(t.contains("s.d. kini 2.500"), "{t}");
    let en = ws
        .run(&["evaluate", "--period", "2026-TW2", "--lang", "en"])
        .stdout;
    assert!(en.contains("2,500"), "{en}");
    let form = render_evaluasi(&ws, "2026-TW2");
    assert!(
        form.stdout.contains("(kumulatif): 2.500 modul"),
        "{}",
        form.stdout
    );
    // Machine formats keep the number itself.
    let j = ws.run(&["evaluate", "--format", "json"]).json();
    assert_eq!(first_indicator(&j, "2026-TW2")["rekap"]["nilai"], 2500.0);
}

/// A category written as plain text (`target: opini WTP` with `satuan: kategori`, as the
/// spreadsheet template has it) is judged as `{ kategori: … }` is: met when the realisation
/// names it, not met when it names another.
#[test]
fn a_plain_text_category_is_judged() {
    let skp = MINIMAL_SKP.replace(
        "        target: 4 modul\n",
        "        satuan: kategori\n        target: opini WTP\n",
    );
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &skp);
    let judged = |figure: &str| {
        ws.file(
            "pegawai/a/realisasi-2026.yaml",
            &realisasi(
                "2026",
                &format!("hasil_kerja:\n  IKI-1.1: {{ realisasi: {figure} }}\n"),
            ),
        );
        let j = ws.run(&["evaluate", "--format", "json"]).json();
        first_indicator(&j, "2026")["tercapai"].clone()
    };
    assert_eq!(judged("opini WTP"), serde_json::json!(true));
    assert_eq!(judged("opini WDP"), serde_json::json!(false));
}

/// An evaluation dated before its period begins (last year's date copied from last year's
/// file) is N115; one dated inside its period (an annual evaluation in December) is not.
#[test]
fn an_evaluation_dated_before_its_period_is_said() {
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    let codes = |tanggal: &str| {
        ws.file(
            "pegawai/a/realisasi-tw1.yaml",
            &realisasi("2026-TW1", &format!("tanggal_penilaian: \"{tanggal}\"\n")),
        );
        let v = ws.run(&["check", "--format", "json"]).json();
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] == "N115")
            .map(|d| d["message"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        codes("2025-12-01"),
        [
            "evaluasi periode 2026-TW1 bertanggal 2025-12-01, sebelum periodenya dimulai (2026-01-01)"
        ]
    );
    assert!(codes("2026-03-30").is_empty());
    assert!(codes("2026-04-07").is_empty());
}
