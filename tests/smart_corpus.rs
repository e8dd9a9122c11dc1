//! Precision and recall of the SMART (`S`) rules on a corpus of real, published indicators
//! (tests/data/smart-corpus, labelled by hand; see its README).
//!
//! Each corpus item becomes one SKP in a generated workspace; `skp check --select S` runs once
//! through the real binary; an item is predicted "not SMART" when a rule that judges what the
//! corpus records (wording; targets and units only where the source gave them) fires on it.
//! The thresholds are what the rules reached when they were set; never lower them.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

use assert_cmd::Command;
use serde_json::Value;

const PRECISION_MIN: f64 = 0.98;
const RECALL_MIN: f64 = 0.89;

/// Rules about the wording of an indicator.
const WORDING: &[&str] = &["S101", "S102", "S110", "S111", "S112", "S113"];
/// Rules about targets and units: judged only where the source gave a target. (S104, unit
/// missing, and S108, polarity, are not judged: the sources rarely carry a satuan column or a
/// polarity at all.)
const TARGET: &[&str] = &["S103", "S105", "S106", "S107"];
/// Rules about an RHK's wording.
const RHK: &[&str] = &["S109"];

struct Item {
    id: String,
    level: String,
    indikator: String,
    konteks: String,
    target: String,
    satuan: String,
    jenis: String,
    tidak: bool,
}

/// A small RFC 4180 reader: the corpus is plain CSV with quoted fields.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\r') => {}
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

fn load() -> Vec<Item> {
    let text = fs::read_to_string("tests/data/smart-corpus/indikator.csv").unwrap();
    let rows = read_csv(&text);
    let header = &rows[0];
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (id, level, ind, ctx, tgt, sat, jj, label) = (
        col("id"),
        col("level"),
        col("indikator"),
        col("konteks"),
        col("target"),
        col("satuan"),
        col("jenis_jabatan"),
        col("label"),
    );
    rows[1..]
        .iter()
        .filter(|r| r.len() == header.len())
        .map(|r| Item {
            id: r[id].clone(),
            level: r[level].clone(),
            indikator: r[ind].clone(),
            konteks: r[ctx].clone(),
            target: r[tgt].clone(),
            satuan: r[sat].clone(),
            jenis: r[jj].clone(),
            tidak: r[label] == "tidak",
        })
        .collect()
}

fn q(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// How a person would write the source's target in skp's format: short letter grades
/// (A, BB, WTP) are categorical; everything else is written as it was.
fn target_yaml(t: &str) -> String {
    let t = t.trim();
    if t.is_empty() {
        return "\"1 dokumen\"".into();
    }
    if !t.chars().any(|c| c.is_ascii_digit())
        && t.len() <= 4
        && t.chars()
            .all(|c| c.is_ascii_uppercase() || c == '+' || c == '-')
    {
        return format!("{{ kategori: {} }}", q(t));
    }
    q(t)
}

fn skp_yaml(i: usize, item: &Item) -> String {
    let jpt = item.jenis == "jpt";
    let (jenis, aspek) = if jpt {
        ("jpt_pratama", "perspektif: proses_bisnis")
    } else {
        ("administrator", "aspek: kuantitas")
    };
    let (rhk, teks) = if item.level == "rhk" {
        (
            item.indikator.clone(),
            "Persentase dokumen hasil kerja yang diterima tanpa revisi mayor".to_string(),
        )
    } else if item.konteks.is_empty() {
        (
            "Tersedianya hasil kerja unit organisasi".to_string(),
            item.indikator.clone(),
        )
    } else {
        (item.konteks.clone(), item.indikator.clone())
    };
    let target = if item.level == "rhk" {
        "90 %".to_string()
    } else {
        target_yaml(&item.target)
    };
    let satuan = if item.level != "rhk" && !item.satuan.is_empty() {
        format!("        satuan: {}\n", q(&item.satuan))
    } else {
        String::new()
    };
    format!(
        "apiVersion: skp/v1\nkind: Skp\nid: {id}\ntahun: 2026\npendekatan: kuantitatif\npegawai:\n  nama: Pegawai {i}\n  nip: \"199001{day:02}2015031{seq:03}\"\n  jabatan: Analis\n  jenis_jabatan: {jenis}\n  unit_kerja: Unit\npejabat_penilai:\n  nama: Penilai\n  jabatan: Kepala\nhasil_kerja:\n  - id: RHK-1\n    jenis: utama\n    rhk: {rhk}\n    indikator:\n      - id: IKI-1\n        {aspek}\n        teks: {teks}\n        target: {target}\n{satuan}",
        id = item.id,
        // A structurally valid NIP per item (birth day, then a three-digit sequence).
        day = 1 + i / 1000,
        seq = i % 1000,
        rhk = q(&rhk),
        teks = q(&teks),
    )
}

#[test]
fn smart_rules_on_the_corpus() {
    let items = load();
    assert!(items.len() >= 200, "corpus has {} items", items.len());
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("skp.toml"), "").unwrap();
    for (i, item) in items.iter().enumerate() {
        let folder = root.join("pegawai").join(&item.id);
        fs::create_dir_all(&folder).unwrap();
        fs::write(folder.join("skp-2026.yaml"), skp_yaml(i, item)).unwrap();
    }
    let out = Command::cargo_bin("skp")
        .unwrap()
        .current_dir(root)
        .env("SKP_LANG", "id")
        .env_remove("SKP_AS_OF")
        .args(["check", "--format", "json", "--select", "S"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON output");
    let mut fired: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for d in json["diagnostics"].as_array().unwrap() {
        let subject = d["subject"].as_str().unwrap_or("");
        let doc = subject.split('/').next().unwrap_or("").to_string();
        fired
            .entry(doc)
            .or_default()
            .insert(d["code"].as_str().unwrap().to_string());
    }
    let (mut tp, mut fp, mut fneg, mut tn) = (0usize, 0usize, 0usize, 0usize);
    let mut report = String::new();
    for item in &items {
        let codes = fired.get(&item.id).cloned().unwrap_or_default();
        let judged: Vec<&String> = codes
            .iter()
            .filter(|c| {
                if item.level == "rhk" {
                    RHK.contains(&c.as_str())
                } else {
                    WORDING.contains(&c.as_str())
                        || (!item.target.is_empty() && TARGET.contains(&c.as_str()))
                }
            })
            .collect();
        let predicted = !judged.is_empty();
        match (item.tidak, predicted) {
            (true, true) => tp += 1,
            (false, true) => {
                fp += 1;
                report.push_str(&format!("FP {} {:?} {}\n", item.id, judged, item.indikator));
            }
            (true, false) => {
                fneg += 1;
                report.push_str(&format!("FN {} {}\n", item.id, item.indikator));
            }
            (false, false) => tn += 1,
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fneg).max(1) as f64;
    let f1 = 2.0 * precision * recall / (precision + recall).max(f64::EPSILON);
    eprintln!(
        "SMART corpus: {} items, TP {tp} FP {fp} FN {fneg} TN {tn}; precision {precision:.3}, recall {recall:.3}, F1 {f1:.3}",
        items.len()
    );
    if std::env::var_os("SKP_CORPUS_VERBOSE").is_some() {
        eprintln!("{report}");
    }
    assert!(
        precision >= PRECISION_MIN,
        "precision {precision:.3} < {PRECISION_MIN}"
    );
    assert!(recall >= RECALL_MIN, "recall {recall:.3} < {RECALL_MIN}");
}
