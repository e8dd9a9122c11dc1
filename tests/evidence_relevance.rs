//! B114 (evidence text shares nothing with its indicator) measured on a labelled sample of
//! realistic documents (`tests/data/evidence-relevance`, see docs/evidence-relevance.md):
//! each item's text is rendered into the PDF or DOCX it would be, recorded for its indicator,
//! and `skp check --select B114` runs once over all of them. The test fails below the
//! precision reached, so it can only rise; `SKP_RELEVANCE_VERBOSE=1` prints every miss.

mod common;

use std::collections::BTreeSet;

use common::Ws;
use sha2::{Digest, Sha256};

/// Precision (flags on `tidak_relevan` items ÷ all flags) the check must keep.
const MIN_PRECISION: f64 = 0.90;
/// Recall reached (flags on `tidak_relevan` ÷ `tidak_relevan` items): the check is an info
/// and errs towards silence, but it must still find something.
const MIN_RECALL: f64 = 0.15;

struct Item {
    id: String,
    indikator: String,
    rhk: String,
    rencana: Vec<String>,
    berkas: String,
    jenis: String,
    teks: String,
    relevant: bool,
}

fn items() -> Vec<Item> {
    let mut r = csv::Reader::from_path("tests/data/evidence-relevance/items.csv").unwrap();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            let f = |i: usize| rec.get(i).unwrap().trim().to_string();
            Item {
                id: f(0),
                indikator: f(1),
                rhk: f(2),
                rencana: f(3)
                    .split(';')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect(),
                berkas: f(4),
                jenis: f(5),
                teks: f(6),
                relevant: match f(7).as_str() {
                    "relevan" => true,
                    "tidak_relevan" => false,
                    other => panic!("unknown label {other}"),
                },
            }
        })
        .collect()
}

fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A valid NIP per item: born 1990-01-01, appointed 2015-03, woman, sequence = item number.
fn nip(n: usize) -> String {
    format!("199001012015032{n:03}")
}

#[test]
fn b114_precision_on_the_labelled_sample() {
    let items = items();
    assert!(items.len() >= 60, "the sample has {} items", items.len());
    let ws = Ws::new();
    for (n, it) in items.iter().enumerate() {
        let nip = nip(n + 1);
        let rencana = if it.rencana.is_empty() {
            String::new()
        } else {
            format!(
                "\n        bukti_rencana: [{}]",
                it.rencana
                    .iter()
                    .map(|p| quoted(p))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let skp = format!(
            "apiVersion: skp/v1\nkind: Skp\ntahun: 2026\npendekatan: kuantitatif\npegawai:\n  nama: Pegawai {n}\n  nip: \"{nip}\"\n  jenis_pegawai: pns\n  jabatan: Pelaksana\n  jenis_jabatan: pelaksana\n  unit_kerja: Dinas\npejabat_penilai:\n  nip: \"198005152005011002\"\n  nama: Penilai\n  jabatan: Kepala Dinas\nhasil_kerja:\n  - id: RHK-1\n    jenis: utama\n    rhk: {}\n    indikator:\n      - id: IKI-1.1\n        aspek: kuantitas\n        teks: {}\n        target: 4 dokumen{rencana}\n",
            quoted(&it.rhk),
            quoted(&it.indikator)
        );
        ws.file(&format!("pegawai/{nip}/skp-2026.yaml"), &skp);
        let bytes = match it.jenis.as_str() {
            "pdf" => common::docs::pdf(&it.teks, Some("20260320")),
            "docx" => common::docs::docx(&it.teks, Some("2026-03-20")),
            other => panic!("{}: unknown jenis {other}", it.id),
        };
        let berkas = format!("pegawai/{nip}/bukti/2026-TW1/{}", it.berkas);
        ws.bytes(&berkas, &bytes);
        let sha: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        ws.file(
            &format!("pegawai/{nip}/skp-2026.bukti.yaml"),
            &format!(
                "apiVersion: skp/v1\nkind: BuktiDukung\nskp: \"{nip}-2026\"\nbukti:\n  - {{ sha256: {sha}, berkas: {berkas}, ukuran: {}, untuk: [IKI-1.1], periode: \"2026-TW1\", jenis: dokumen, tanggal: \"2026-03-20\", ditambahkan: \"2026-03-25T00:00:00+07:00\" }}\n",
                bytes.len()
            ),
        );
    }
    let run = ws.check(&["--format", "json", "--select", "B114,F"]);
    let doc = run.json();
    let diags = common::diags_of(&doc);
    let f: Vec<_> = diags.iter().filter(|d| d.code.starts_with('F')).collect();
    assert!(f.is_empty(), "the generated workspace must load: {f:#?}");
    let flagged: BTreeSet<String> = diags
        .iter()
        .filter(|d| d.code == "B114")
        .map(|d| d.file.split('/').nth(1).unwrap().to_string())
        .collect();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let verbose = std::env::var_os("SKP_RELEVANCE_VERBOSE").is_some();
    for (n, it) in items.iter().enumerate() {
        let hit = flagged.contains(&nip(n + 1));
        match (hit, it.relevant) {
            (true, false) => tp += 1,
            (true, true) => {
                fp += 1;
                if verbose {
                    eprintln!("FP {}: {} ← {}", it.id, it.indikator, it.berkas);
                }
            }
            (false, false) => {
                fn_ += 1;
                if verbose {
                    eprintln!("FN {}: {} ← {}", it.id, it.indikator, it.berkas);
                }
            }
            (false, true) => {}
        }
    }
    let precision = if tp + fp == 0 {
        1.0
    } else {
        tp as f64 / (tp + fp) as f64
    };
    let recall = tp as f64 / (tp + fn_) as f64;
    eprintln!(
        "B114 on {} items: {} flagged, TP {tp}, FP {fp}, FN {fn_}: precision {precision:.2}, recall {recall:.2}",
        items.len(),
        tp + fp
    );
    assert!(
        precision >= MIN_PRECISION,
        "precision {precision:.2} < {MIN_PRECISION}"
    );
    assert!(recall >= MIN_RECALL, "recall {recall:.2} < {MIN_RECALL}");
}
