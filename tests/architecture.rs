//! The structure the architecture page promises, checked: modules only import downwards in
//! the flow; derived facts are built before the rules (a stress run with many rayon threads
//! over hundreds of ledgers); the one walker's boundary holds for every command; one
//! exemption model that `--no-exemptions` switches off whole.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use common::{MINIMAL_SKP, Ws, codes, minimal_for_nip, run_env};
use sha2::{Digest, Sha256};

/// The layers of `src/`, lowest first. A module may import its own layer or any below it.
const LAYERS: &[&[&str]] = &[
    &["base"],
    &["i18n"],
    &["diag", "fsutil"],
    &["yaml"],
    &["model", "schema", "tabular"],
    &["workspace"],
    &["cascade", "evidence", "privacy"],
    &["facts"],
    &["rules"],
    &["render"],
    &["cli"],
    &["cmd"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Every `crate::<module>` a file names, outside its `#[cfg(test)]` module.
fn imports(text: &str) -> Vec<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            out.push(name);
        }
    }
    out
}

#[test]
fn no_module_imports_a_module_above_it_in_the_flow() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut violations: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for f in &files {
        let rel = f.strip_prefix("src").unwrap();
        let top = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if matches!(top.as_str(), "lib" | "main") {
            continue;
        }
        let own = layer_of(&top).unwrap_or_else(|| panic!("module `{top}` has no layer"));
        for m in imports(&fs::read_to_string(f).unwrap()) {
            let Some(l) = layer_of(&m) else { continue };
            if l > own {
                violations
                    .entry(format!("{}", rel.display()))
                    .or_default()
                    .push(m);
            }
        }
    }
    assert!(
        violations.is_empty(),
        "imports against the flow: {violations:#?}"
    );
}

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A workspace of `n` SKPs, each with a ledger of two entries: one intact, one whose file was
/// changed after it was recorded (so B101 fires once per SKP).
fn ledger_workspace(n: usize) -> Ws {
    let ws = Ws::new();
    for i in 0..n {
        let nip = format!("1990010120150320{:02}", i % 100);
        let nip = format!("{}{:02}", &nip[..16], i / 100 + 10);
        let dir = format!("pegawai/p{i:04}");
        ws.file(&format!("{dir}/skp.yaml"), &minimal_for_nip(&nip));
        let good = format!("laporan {i}");
        let bad = format!("notulen {i}");
        ws.file(&format!("{dir}/bukti/2026-T1/a.txt"), &good);
        ws.file(
            &format!("{dir}/bukti/2026-T1/b.txt"),
            "diubah setelah dicatat",
        );
        ws.file(
            &format!("{dir}/skp.bukti.yaml"),
            &format!(
                "apiVersion: skp/v1\nkind: BuktiDukung\nskp: {nip}-2026\nbukti:\n\
                 - {{sha256: {}, berkas: {dir}/bukti/2026-T1/a.txt, ukuran: {}, untuk: [IKI-1.1], periode: 2026-T1, jenis: dokumen}}\n\
                 - {{sha256: {}, berkas: {dir}/bukti/2026-T1/b.txt, ukuran: {}, untuk: [IKI-1.1], periode: 2026-T1, jenis: dokumen}}\n",
                sha256(good.as_bytes()),
                good.len(),
                sha256(bad.as_bytes()),
                bad.len()
            ),
        );
    }
    ws
}

#[test]
fn check_with_evidence_under_many_threads_is_stable_and_never_hangs() {
    let n = 300;
    let ws = ledger_workspace(n);
    let mut first: Option<String> = None;
    for round in 0..6 {
        let threads = ["16", "64", "3", "32", "1", "128"][round];
        // Drop the stat cache every other round, so hashing really happens under the rules.
        if round % 2 == 0 {
            let _ = fs::remove_dir_all(ws.join(".skp"));
        }
        let r = run_env(
            ws.path(),
            &[
                "check",
                "--as-of",
                "2026-12-31",
                "--select",
                "B,K",
                "--format",
                "json",
            ],
            &[("RAYON_NUM_THREADS", threads)],
        );
        let diags = r.diags();
        let changed = diags.iter().filter(|d| d.code == "B101").count();
        assert_eq!(changed, n, "round {round}: {}", common::list(&diags));
        let text = serde_json::to_string(&r.json()["diagnostics"]).unwrap();
        match &first {
            None => first = Some(text),
            Some(f) => assert_eq!(f, &text, "round {round} differs"),
        }
    }
}

#[test]
fn a_ledger_with_one_bad_field_still_has_its_valid_entries_checked() {
    let ws = ledger_workspace(1);
    let ledger = ws.read("pegawai/p0000/skp.bukti.yaml");
    // An unknown key on the first entry: an F002 finding for the ledger ...
    let broken = ledger.replacen("jenis: dokumen}", "jenis: dokumen, warna: merah}", 1);
    ws.file("pegawai/p0000/skp.bukti.yaml", &broken);
    let r = ws.check(&["--select", "F,B", "--format", "json"]);
    let d = r.diags();
    let c = codes(&d);
    assert!(c.contains(&"F002"), "{c:?}");
    // ... and still B101 for the changed file of the second entry.
    assert!(c.contains(&"B101"), "{c:?}");
}

#[test]
fn evidence_verify_leaves_a_nested_workspace_to_itself() {
    let ws = ledger_workspace(1);
    // A nested workspace with its own ledger whose paths are relative to *its* root.
    let nested = ledger_workspace(1);
    common::copy_dir(nested.path(), &ws.join("unit-lain"));
    let r = ws.run(&["evidence", "verify", "--format", "json"]);
    let v = r.json();
    // Only the outer ledger's two entries are checked: the nested one is another workspace.
    assert_eq!(v["checked"], 2, "{v:#}");
    let problems = v["problems"].as_array().unwrap();
    assert!(
        problems
            .iter()
            .all(|p| !p["ledger"].as_str().unwrap().starts_with("unit-lain")),
        "{v:#}"
    );
    // No "moved"/"missing" from judging the nested ledger against the outer root.
    assert!(problems.iter().all(|p| p["status"] == "berubah"), "{v:#}");
}

#[test]
fn evidence_verify_lists_unrecorded_files_but_not_a_nested_workspace_inside_bukti() {
    let ws = ledger_workspace(1);
    // An unrecorded file in a period folder, and a nested workspace inside the bukti folder
    // whose files belong to it alone.
    ws.file("pegawai/p0000/bukti/2026-T2/baru.pdf", "belum dicatat");
    ws.file("pegawai/p0000/bukti/unit-lain/skp.toml", "");
    ws.file(
        "pegawai/p0000/bukti/unit-lain/sub/lain.pdf",
        "milik unit lain",
    );
    let r = ws.run(&["evidence", "verify", "--format", "json"]);
    let v = r.json();
    assert_eq!(v["checked"], 2, "{v:#}");
    assert_eq!(
        v["unrecorded"],
        serde_json::json!(["pegawai/p0000/bukti/2026-T2/baru.pdf"]),
        "{v:#}"
    );
}

#[test]
fn no_exemptions_switches_off_every_source_at_once() {
    let ws = Ws::with_toml(
        "[rules]\nselect = [\"F\", \"S101\"]\n[rules.level]\nS1 = \"info\"\nS113 = \"off\"\n[vocab]\naccept = [\"Terwujudnya\"]\n",
    );
    let skp = MINIMAL_SKP.replace(
        "teks: Jumlah modul aplikasi perizinan yang dirilis ke produksi",
        "teks: Terwujudnya layanan yang optimal",
    );
    ws.file("pegawai/a/skp.yaml", &skp);
    // With the workspace's exemptions: accepted wording, S113 off, only F and S101 selected.
    let r = ws.check(&["--format", "json"]);
    assert!(r.diags().is_empty(), "{}", common::list(&r.diags()));
    // The inspector's view: every source off — select, levels (the S1 downgrade too) and accept.
    let r = ws.check(&["--format", "json", "--no-exemptions"]);
    let d = r.diags();
    let s101 = common::only(&d, "S101");
    assert_eq!(s101.severity, "warning", "{}", common::list(&d));
    assert!(codes(&d).contains(&"S113"), "{}", common::list(&d));
}

#[test]
fn an_accepted_term_accepts_only_text_that_contains_it_as_words() {
    let ws = Ws::with_toml("[vocab]\naccept = [\"IKM\"]\n");
    let skp = MINIMAL_SKP.replace(
        "teks: Jumlah modul aplikasi perizinan yang dirilis ke produksi",
        "teks: Terwujudnya IKMA yang optimal",
    );
    ws.file("pegawai/a/skp.yaml", &skp);
    let r = ws.check(&["--select", "S101,S113", "--format", "json"]);
    let d = r.diags();
    let c = codes(&d);
    assert!(c.contains(&"S101") && c.contains(&"S113"), "{c:?}");
}

#[test]
fn a_very_wide_mapping_loads_and_reports_each_problem() {
    // 50 000 keys in one mapping, one of them twice: duplicate detection was quadratic in the
    // width of a mapping; it is a hash lookup now (the harness's timeout catches a relapse).
    let ws = Ws::new();
    let mut wide = String::new();
    for i in 0..50_000 {
        wide.push_str(&format!("  k{i}: {i}\n"));
    }
    wide.push_str("  k7: dua kali\n");
    let text = MINIMAL_SKP.replace(
        "  unit_kerja: Bidang",
        &format!("{wide}  unit_kerja: Bidang"),
    );
    ws.file("pegawai/a/skp.yaml", &text);
    let r = ws.check(&["--select", "F", "--statistics"]);
    assert!(r.stdout.contains("F006"), "{}", r.stdout);
    assert!(r.stdout.contains("F002"), "{}", r.stdout);
}

#[test]
fn evidence_add_never_writes_into_a_nested_workspace() {
    let outer = Ws::new();
    outer.file("catatan.txt", "bukti");
    // The employee's SKP lives only in a nested workspace.
    let nested = outer.join("unit-lain");
    fs::create_dir_all(nested.join("pegawai/a")).unwrap();
    fs::write(nested.join("skp.toml"), "").unwrap();
    fs::write(nested.join("pegawai/a/skp.yaml"), MINIMAL_SKP).unwrap();
    let file = outer.join("catatan.txt");
    let r = outer.run(&[
        "evidence",
        "add",
        file.to_str().unwrap(),
        "--nip",
        common::MINIMAL_NIP,
        "--for",
        "IKI-1.1",
        "--period",
        "2026-T1",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(!nested.join("pegawai/a/skp.bukti.yaml").exists());
}
