//! Precision and recall of the SMART (`S`) rules on real, published indicators, scored per
//! rule: an item labelled with a problem counts as found only when a rule *for that problem*
//! fires on it (docs/smart-corpus.md has the labelling guide and the figures).
//!
//! `tests/data/smart-corpus-2` holds the corpus split by source document
//! (`scripts/corpus-split.py`): `dev.csv`, which rules may be tuned on, and `test.csv`, which
//! they are never tuned on. This test scores both and asserts the thresholds on the test part.
//! Each IKI or RHK becomes one SKP, each organisation indicator one Perjanjian Kinerja, in a
//! generated workspace; `skp check --select S` runs once through the real binary. `arah.csv`
//! lists the measures better when lower; one whose source states it (any not labelled
//! `polaritas`) is generated with `polaritas: turun`, as its author would write it in skp.
//!
//! `SKP_CORPUS_ONLY=dev` scores the dev part alone and prints its misses (for work on the rules);
//! `SKP_CORPUS_VERBOSE=dev` prints them in a full run; `SKP_CORPUS_REPORT=FILE` writes the
//! per-class tables (Markdown) of both parts, as published in docs/smart-corpus.md.
//! `SKP_CORPUS_IDS=N` scores only the items whose id starts with `N` (a new part, as it came,
//! before any rule is tuned on it), without the thresholds, which are for the whole corpus.
//! With `SKP_CORPUS_ONLY=dev`, `SKP_CORPUS_RULE=S108` also lists every development item that
//! rule fired on, right or wrong (a rule's precision is not only its items' false positives).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;

use assert_cmd::Command;
use serde_json::Value;

/// What the test part reached when the rules were last changed (scored after tuning on the
/// development part ended): P 0.912 / R 0.824 after the eleventh session's tuning, then
/// P 0.908 / R 0.820 once the `repos4` part (hospital quality indicators and regional plans,
/// 35 test items), unseen, came in, and P 0.912 / R 0.829 with the `indiv3` part (40 test
/// items, mostly RHKs), then P 0.912 / R 0.832 after the changes tuned on their development
/// side and on two reviewers' findings — precision above the goal of 0.90, recall under the
/// goal of 0.85 (docs/smart-corpus.md says where it falls short). While the corpus stays the
/// same these floors only move towards the goal: recall up, and precision down only in
/// exchange for a higher F1 while it stays well above 0.90 (docs/smart-corpus.md records each
/// such trade). A new part (scored before any tuning
/// on it) resets them to what the larger test part reaches.
const PRECISION_MIN: f64 = 0.91;
const RECALL_MIN: f64 = 0.83;

/// Which rule codes find each labelled problem class.
const CLASSES: &[(&str, &[&str])] = &[
    ("normatif", &["S101", "S102"]),
    ("tanpa_ukuran", &["S102", "S101"]),
    ("aktivitas", &["S110", "S109"]),
    ("verba_aktivitas", &["S109"]),
    ("samar", &["S113"]),
    ("mutlak", &["S111"]),
    ("target", &["S103", "S106", "S107"]),
    ("satuan", &["S104", "S105"]),
    ("ulang_rhk", &["S112"]),
    ("polaritas", &["S108"]),
    ("tidak_relevan", &["S119"]),
];

#[derive(Debug, Clone)]
struct Item {
    id: String,
    /// Empty for the first corpus (tests/data/smart-corpus), which was labelled before the
    /// polarity and relevance classes existed: S108 and S119 are not judged on its items.
    dokumen: String,
    level: String,
    indikator: String,
    konteks: String,
    target: String,
    satuan: String,
    jenis: String,
    classes: Vec<String>,
    /// The source states that its measure is better when lower (see [`stated_lower`]): the
    /// generated plan says so too, with `polaritas: turun`.
    turun: bool,
}

impl Item {
    fn tidak(&self) -> bool {
        !self.classes.is_empty()
    }

    /// The codes this item is judged on: what its source lets us judge.
    fn judged(&self, code: &str) -> bool {
        match code {
            "S109" => self.level == "rhk",
            "S113" => true,
            _ if self.level == "rhk" => false,
            "S108" => !self.dokumen.is_empty(),
            // Off by default (opt-in, its precision is too low to gate on): not scored.
            "S119" => false,
            "S101" | "S102" | "S110" => true,
            "S111" => self.level == "iki",
            "S112" => !self.konteks.is_empty(),
            "S103" | "S106" | "S107" => !self.target.is_empty(),
            // A unit contradicts its measure whether the source wrote it with the target or in
            // a unit column of its own.
            "S105" => !self.target.is_empty() || !self.satuan.is_empty(),
            _ => false,
        }
    }

    /// Whether a rule for `class` is judged on this item. A problem no judged rule can find — a
    /// unit missing (S104 is never judged), a target left empty in the source, an RHK
    /// repeated when the source gives no RHK, an unrelated IKI (S119 is opt-in) — is left out
    /// of recall, as those rules are left out of precision.
    fn judgeable(&self, class: &str) -> bool {
        CLASSES
            .iter()
            .filter(|(c, _)| *c == class)
            .flat_map(|(_, codes)| codes.iter())
            .any(|code| self.judged(code))
    }

    fn expected(&self) -> BTreeSet<&'static str> {
        CLASSES
            .iter()
            .filter(|(c, _)| self.classes.iter().any(|x| x == c))
            .flat_map(|(_, codes)| codes.iter().copied())
            .collect()
    }
}

/// Items whose measure is better when lower (`arah.csv`, annotated from the text alone by an
/// annotator who saw neither the rules nor the labels). Such an item labelled `polaritas` has a
/// source that does not say so; labelled otherwise, its source says so (a polarity column, a
/// decreasing series, "maksimal"), which a plan in skp's format says with `polaritas: turun`.
/// Without it every such item would be scored as if its source had left the direction out.
fn stated_lower(classes: &[String], lower: &BTreeSet<String>, id: &str) -> bool {
    lower.contains(id) && !classes.iter().any(|c| c == "polaritas")
}

fn lower_is_better() -> BTreeSet<String> {
    let path = "tests/data/smart-corpus-2/arah.csv";
    let mut r = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    r.records()
        .map(|rec| rec.unwrap())
        .filter(|rec| &rec[1] == "turun")
        .map(|rec| rec[0].to_string())
        .collect()
}

fn load(part: &str) -> Vec<Item> {
    let lower = lower_is_better();
    let path = format!("tests/data/smart-corpus-2/{part}.csv");
    let mut r = csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let header = r.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let dok = col("dokumen");
    let (id, level, ind, ctx, tgt, sat, jj, alasan) = (
        col("id"),
        col("level"),
        col("indikator"),
        col("konteks"),
        col("target"),
        col("satuan"),
        col("jenis_jabatan"),
        col("alasan"),
    );
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            let classes: Vec<String> = rec[alasan]
                .split('+')
                .filter(|c| !c.is_empty())
                .map(str::to_string)
                .collect();
            Item {
                turun: stated_lower(&classes, &lower, &rec[id]),
                id: rec[id].to_string(),
                dokumen: rec[dok].to_string(),
                level: rec[level].to_string(),
                indikator: rec[ind].to_string(),
                konteks: rec[ctx].to_string(),
                target: rec[tgt].to_string(),
                satuan: rec[sat].to_string(),
                jenis: rec[jj].to_string(),
                classes,
            }
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
    if !t.chars().any(|c| c.is_ascii_digit())
        && t.len() <= 4
        && t.chars()
            .all(|c| c.is_ascii_uppercase() || c == '+' || c == '-')
    {
        return format!("{{ kategori: {} }}", q(t));
    }
    q(t)
}

fn satuan_yaml(item: &Item, indent: &str) -> String {
    if item.satuan.is_empty() {
        String::new()
    } else {
        format!("{indent}satuan: {}\n", q(&item.satuan))
    }
}

/// One SKP for an IKI or an RHK.
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
    let target = if item.level == "rhk" || item.target.is_empty() && item.satuan.is_empty() {
        "\"90 %\"".to_string()
    } else if item.target.is_empty() {
        // A unit column and no target: a bare number, so the unit is the source's own.
        "1".to_string()
    } else {
        target_yaml(&item.target)
    };
    let satuan = if item.level == "rhk" {
        String::new()
    } else {
        satuan_yaml(item, "        ") + polaritas_yaml(item)
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

/// One Perjanjian Kinerja for an organisation indicator, under its sasaran.
fn pk_yaml(item: &Item) -> String {
    let sasaran = if item.konteks.is_empty() {
        "Meningkatnya kinerja organisasi".to_string()
    } else {
        item.konteks.clone()
    };
    let target = if item.target.is_empty() {
        String::new()
    } else {
        format!("        target: {}\n", target_yaml(&item.target))
    };
    format!(
        "apiVersion: skp/v1\nkind: PerjanjianKinerja\nid: {id}\ntahun: 2026\npihak_pertama:\n  nama: Kepala Unit\n  nip: \"197001012000031001\"\n  jabatan: Kepala\npihak_kedua:\n  nama: Pimpinan\n  nip: \"196501011990031001\"\n  jabatan: Pimpinan\nsasaran:\n  - id: S1\n    uraian: {sasaran}\n    indikator:\n      - id: S1.I1\n        uraian: {teks}\n{satuan}{target}",
        id = item.id,
        sasaran = q(&sasaran),
        teks = q(&item.indikator),
        satuan = satuan_yaml(item, "        ") + polaritas_yaml(item),
    )
}

fn polaritas_yaml(item: &Item) -> &'static str {
    if item.turun {
        "        polaritas: turun\n"
    } else {
        ""
    }
}

/// The S codes that fire on each item, by item id.
fn fired(items: &[Item]) -> BTreeMap<String, BTreeSet<String>> {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("skp.toml"), "").unwrap();
    for (i, item) in items.iter().enumerate() {
        let folder = root.join("dokumen").join(&item.id);
        fs::create_dir_all(&folder).unwrap();
        let text = if item.level == "iku" {
            pk_yaml(item)
        } else {
            skp_yaml(i, item)
        };
        fs::write(folder.join("plan.yaml"), text).unwrap();
    }
    let out = Command::cargo_bin("skp")
        .unwrap()
        .current_dir(root)
        .env("SKP_LANG", "id")
        .env_remove("SKP_AS_OF")
        .args(["check", "--format", "json", "--select", "S,F"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON output");
    let by_id: BTreeMap<&str, &Item> = items.iter().map(|i| (i.id.as_str(), i)).collect();
    let mut fired: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for d in json["diagnostics"].as_array().unwrap() {
        let code = d["code"].as_str().unwrap();
        // Every generated document must load: a corpus item is never lost to a format error.
        assert!(
            !code.starts_with('F') || d["severity"] != "error",
            "generated document does not load: {d}"
        );
        let subject = d["subject"].as_str().unwrap_or("");
        let (doc, entry) = subject.split_once('/').unwrap_or((subject, ""));
        // An IKI item is judged on its indicator, an RHK item on its result statement: the
        // other half of the generated SKP is context (the source's RHK) or a filler.
        let item = by_id.get(doc);
        let own = match item.map(|i| i.level.as_str()) {
            Some("rhk") => entry == "RHK-1",
            Some("iki") => entry == "IKI-1",
            _ => true,
        };
        if own {
            fired
                .entry(doc.to_string())
                .or_default()
                .insert(code.to_string());
        }
    }
    fired
}

#[derive(Default)]
struct Score {
    tp: usize,
    fp: usize,
    fneg: usize,
    tn: usize,
    /// Items labelled only with problems that no judged rule can find (see
    /// [`Item::judgeable`]): neither found nor missed.
    unjudged: usize,
    /// Class → (found, missed, not judged).
    classes: BTreeMap<String, (usize, usize, usize)>,
    /// Code → (right problem, wrong or no problem).
    codes: BTreeMap<String, (usize, usize)>,
    misses: String,
    /// Every item the rule named by `SKP_CORPUS_RULE` fired on, right or wrong: how a rule
    /// reads the development part, beyond its misses.
    firings: String,
}

impl Score {
    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }

    fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fneg).max(1) as f64
    }

    /// Recall over every labelled item, counting the unjudged ones as missed (how this corpus
    /// was scored before they were left out; kept for comparison).
    fn recall_all_labelled(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fneg + self.unjudged).max(1) as f64
    }

    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        2.0 * p * r / (p + r).max(f64::EPSILON)
    }
}

fn score(items: &[Item]) -> Score {
    let fired = fired(items);
    let listed = std::env::var("SKP_CORPUS_RULE").ok();
    let mut s = Score::default();
    for item in items {
        let codes: BTreeSet<&str> = fired
            .get(&item.id)
            .map(|c| {
                c.iter()
                    .map(String::as_str)
                    .filter(|c| item.judged(c))
                    .collect()
            })
            .unwrap_or_default();
        let expected = item.expected();
        if let Some(rule) = &listed
            && codes.contains(rule.as_str())
        {
            let _ = writeln!(
                s.firings,
                "{rule} {} {} [{}]{}: {} | {} | target {} {}",
                if expected.contains(rule.as_str()) {
                    "right"
                } else {
                    "WRONG"
                },
                item.id,
                item.classes.join("+"),
                if item.turun { " (turun stated)" } else { "" },
                item.indikator,
                item.konteks,
                item.target,
                item.satuan
            );
        }
        for c in &codes {
            let e = s.codes.entry(c.to_string()).or_default();
            if expected.contains(c) {
                e.0 += 1;
            } else {
                e.1 += 1;
            }
        }
        let judgeable: Vec<&String> = item.classes.iter().filter(|c| item.judgeable(c)).collect();
        for class in item.classes.iter().filter(|c| !item.judgeable(c)) {
            s.classes.entry(class.clone()).or_default().2 += 1;
        }
        if item.tidak() && judgeable.is_empty() {
            s.unjudged += 1;
        } else if item.tidak() {
            let found = codes.iter().any(|c| expected.contains(c));
            if found {
                s.tp += 1;
            } else {
                s.fneg += 1;
                let _ = writeln!(
                    s.misses,
                    "FN {} [{}] fired {:?}: {} | {}",
                    item.id,
                    item.classes.join("+"),
                    codes,
                    item.indikator,
                    item.konteks
                );
            }
            for class in judgeable {
                let own: BTreeSet<&str> = CLASSES
                    .iter()
                    .filter(|(c, _)| c == class)
                    .flat_map(|(_, k)| k.iter().copied())
                    .collect();
                let e = s.classes.entry(class.clone()).or_default();
                if codes.iter().any(|c| own.contains(c)) {
                    e.0 += 1;
                } else {
                    e.1 += 1;
                }
            }
        } else if codes.is_empty() {
            s.tn += 1;
        } else {
            s.fp += 1;
            let _ = writeln!(
                s.misses,
                "FP {} {:?}: {} | {} | target {} {}",
                item.id, codes, item.indikator, item.konteks, item.target, item.satuan
            );
        }
    }
    s
}

fn table(name: &str, items: usize, s: &Score) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "### {name}: {items} items\n\nPrecision **{:.3}**, recall **{:.3}**, F1 **{:.3}** (TP {}, FP {}, FN {}, TN {}; {} labelled items not judged). Counting those as missed, recall is {:.3}.\n",
        s.precision(),
        s.recall(),
        s.f1(),
        s.tp,
        s.fp,
        s.fneg,
        s.tn,
        s.unjudged,
        s.recall_all_labelled()
    );
    let _ = writeln!(
        out,
        "| problem class | items | found | missed | recall | not judged |\n| --- | ---: | ---: | ---: | ---: | ---: |"
    );
    for (class, (found, missed, unjudged)) in &s.classes {
        let n = found + missed;
        let recall = if n == 0 {
            "–".to_string()
        } else {
            format!("{:.2}", *found as f64 / n as f64)
        };
        let _ = writeln!(
            out,
            "| `{class}` | {n} | {found} | {missed} | {recall} | {unjudged} |"
        );
    }
    let _ = writeln!(
        out,
        "\n| rule | fired | on its own problem | elsewhere | precision |\n| --- | ---: | ---: | ---: | ---: |"
    );
    for (code, (right, wrong)) in &s.codes {
        let n = right + wrong;
        let _ = writeln!(
            out,
            "| {code} | {n} | {right} | {wrong} | {:.2} |",
            *right as f64 / n.max(1) as f64
        );
    }
    out
}

#[test]
fn smart_rules_on_the_corpus() {
    let mut dev = load("dev");
    let mut test = load("test");
    let part = std::env::var("SKP_CORPUS_IDS").ok();
    if let Some(prefix) = &part {
        dev.retain(|i| i.id.starts_with(prefix.as_str()));
        test.retain(|i| i.id.starts_with(prefix.as_str()));
    } else {
        assert!(
            dev.len() + test.len() >= 800,
            "corpus has {} items",
            dev.len() + test.len()
        );
    }
    let sd = score(&dev);
    // While rules are being changed, `SKP_CORPUS_ONLY=dev` keeps the test part unscored.
    if std::env::var("SKP_CORPUS_ONLY").as_deref() == Ok("dev") {
        eprintln!(
            "SMART corpus dev: {} items, TP {} FP {} FN {} TN {}, {} not judged; precision {:.3}, recall {:.3} ({:.3} counting those as missed), F1 {:.3}",
            dev.len(),
            sd.tp,
            sd.fp,
            sd.fneg,
            sd.tn,
            sd.unjudged,
            sd.precision(),
            sd.recall(),
            sd.recall_all_labelled(),
            sd.f1()
        );
        eprintln!("{}", sd.misses);
        eprintln!("{}", sd.firings);
        // The per-class and per-rule tables of the dev part alone (the test part stays unscored).
        eprintln!("{}", table("Development part", dev.len(), &sd));
        return;
    }
    let st = score(&test);
    for (name, items, s) in [("dev", &dev, &sd), ("test", &test, &st)] {
        eprintln!(
            "SMART corpus {name}: {} items, TP {} FP {} FN {} TN {}, {} not judged; precision {:.3}, recall {:.3} ({:.3} counting those as missed), F1 {:.3}",
            items.len(),
            s.tp,
            s.fp,
            s.fneg,
            s.tn,
            s.unjudged,
            s.precision(),
            s.recall(),
            s.recall_all_labelled(),
            s.f1()
        );
    }
    // Only the development part's misses are ever printed: the test part is not looked at.
    if std::env::var("SKP_CORPUS_VERBOSE").as_deref() == Ok("dev") {
        eprintln!("{}", sd.misses);
    }
    if let Ok(path) = std::env::var("SKP_CORPUS_REPORT") {
        let text = format!(
            "{}\n{}",
            table("Development part", dev.len(), &sd),
            table("Test part", test.len(), &st)
        );
        fs::write(path, text).unwrap();
    }
    if part.is_some() {
        return;
    }
    assert!(
        st.precision() >= PRECISION_MIN,
        "test-part precision {:.3} < {PRECISION_MIN}",
        st.precision()
    );
    assert!(
        st.recall() >= RECALL_MIN,
        "test-part recall {:.3} < {RECALL_MIN}",
        st.recall()
    );
}
