//! The fuzzed entry points: every parser that reads text a user, a colleague or a spreadsheet
//! wrote. Shared, through `#[path]`, by the targets in `fuzz_targets/` and by the regression test
//! `tests/fuzz_regressions.rs`, which replays every input kept in `fuzz/regressions/`. Each entry
//! takes arbitrary bytes and must return: no panic, no hang, no unbounded memory.

#![allow(dead_code)]

use skp::base::FileId;
use skp::facts::{self, Hashing};
use skp::model::target::{ScalarKind, parse_target};
use skp::rules::{self, Exemptions, Settings};
use skp::workspace::config::{self, Config};
use skp::workspace::{Workspace, load_text};

/// One plan file through the loader, every rule, and the human, JSON and SARIF renderers.
pub fn document(data: &[u8]) {
    check_files(&[("pegawai/199001012015032001/skp-2026.yaml", data)]);
}

/// A ledger beside a plan: the ledger loader and the B rules on arbitrary entries.
pub fn ledger(data: &[u8]) {
    let mut ledger =
        b"apiVersion: skp/v1\nkind: BuktiDukung\nskp: \"199507302020032005-2026\"\n".to_vec();
    ledger.extend_from_slice(data);
    check_files(&[
        ("pegawai/199507302020032005/skp-2026.yaml", PLAN.as_bytes()),
        ("pegawai/199507302020032005/skp-2026.bukti.yaml", &ledger),
    ]);
}

/// The target grammar, as a quoted and as a plain scalar.
pub fn target(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for kind in [ScalarKind::Text, ScalarKind::PlainNumber] {
        if let Ok((q, _)) = parse_target(&text, kind) {
            // What the forms print must read back.
            let _ = parse_target(&q.to_string(), ScalarKind::Text);
        }
    }
}

/// Suppression comments (`# skp: abaikan CODE -- alasan`).
pub fn suppression(data: &[u8]) {
    let _ = skp::rules::suppress::parse_comment(&String::from_utf8_lossy(data));
}

/// `skp.toml`.
pub fn config(data: &[u8]) {
    let _ = config::parse(&String::from_utf8_lossy(data));
}

/// `skp import` of a CSV file: decoding, separator sniffing, every cell, the plans.
pub fn import_csv(data: &[u8]) {
    if let Ok((sheet, _)) = skp::tabular::read::csv(data, "fuzz.csv") {
        let _ = skp::tabular::rows::plans(&sheet, &[]);
    }
}

/// `skp import` of a workbook (xlsx, xls, ods by content).
pub fn import_workbook(data: &[u8]) {
    if let Ok((sheet, _)) = skp::tabular::read::workbook(data.to_vec(), "SKP") {
        let _ = skp::tabular::rows::plans(&sheet, &[]);
    }
}

/// A complete plan of the clean example, which the fuzzed ledger belongs to.
const PLAN: &str =
    include_str!("../examples/dinas-kominfo/pegawai/199507302020032005/skp-2026.yaml");

/// Loads `files` as one workspace (from memory: nothing is read from or written to disk but
/// the evidence a ledger names, under a root that does not exist) and runs every rule.
fn check_files(files: &[(&str, &[u8])]) {
    let mut ws = Workspace {
        root: "/nonexistent/skp-fuzz".into(),
        config: Config::default(),
        sources: Default::default(),
        docs: Vec::new(),
        load_diags: Vec::new(),
        listing: Vec::new(),
        files_read: 0,
        bukti_dirs: Vec::new(),
    };
    for (i, (rel, data)) in files.iter().enumerate() {
        let text = String::from_utf8_lossy(data).into_owned();
        let loaded = load_text(FileId(i as u32), rel.to_string(), text);
        ws.sources.add(loaded.source);
        ws.docs.extend(loaded.docs);
        ws.load_diags.extend(loaded.diags);
        ws.files_read += 1;
    }
    let settings = Settings::new(&Default::default(), &[], &[]).expect("default settings");
    let exemptions = Exemptions::collect(&ws, true);
    let as_of = skp::model::date::Date::parse("2026-12-31");
    let facts = facts::build(&ws, rules::needs(&settings), as_of, Hashing::Cached);
    let outcome = rules::run(&ws, &facts, &exemptions, &settings);
    let lang = skp::i18n::Lang::Id;
    let _ = skp::render::render_human(&outcome.diagnostics, &ws.sources, lang, false);
    let prints = skp::rules::fingerprint::fingerprints(&ws, &outcome.diagnostics);
    let _ = skp::render::ci::sarif(&outcome.diagnostics, &prints, &ws.sources, lang, "");
}
