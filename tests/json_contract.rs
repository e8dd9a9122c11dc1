//! The stable `--format json` contract of DESIGN §6.

mod common;

use common::*;
use serde_json::Value;

fn flawed_json(extra: &[&str]) -> Run {
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(extra);
    run(&example("kesalahan-umum"), &args)
}

#[test]
fn top_level_keys_and_summary() {
    let r = flawed_json(&[]);
    r.expect_code(1);
    let v = r.json();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["version", "as_of", "diagnostics", "summary"]);
    assert_eq!(v["version"], 2);
    assert_eq!(v["as_of"], Value::Null, "check is hermetic without --as-of");
    let summary = v["summary"].as_object().unwrap();
    let keys: Vec<&str> = summary.keys().map(String::as_str).collect();
    assert_eq!(keys, ["files", "ignored", "errors", "warnings", "infos"]);
    let d = r.diags();
    let count = |sev: &str| d.iter().filter(|d| d.severity == sev).count() as u64;
    assert_eq!(summary["errors"], count("error"));
    assert_eq!(summary["warnings"], count("warning"));
    assert_eq!(summary["infos"], count("info"));
    assert_eq!(
        summary["errors"].as_u64().unwrap()
            + summary["warnings"].as_u64().unwrap()
            + summary["infos"].as_u64().unwrap(),
        d.len() as u64
    );
    // `files` and `ignored` agree with --list-files (one file, with `apiVersoin`, is ignored).
    let listing = run(&example("kesalahan-umum"), &["check", "--list-files"]);
    let read = listing
        .stdout
        .lines()
        .filter(|l| l.starts_with("dibaca "))
        .count();
    let ignored = listing
        .stdout
        .lines()
        .filter(|l| l.starts_with("diabaikan "))
        .count();
    assert_eq!(summary["files"], read);
    assert_eq!(summary["ignored"], ignored);
    assert!(read >= 10 && ignored >= 1, "{}", listing.stdout);
}

#[test]
fn clean_example_json() {
    let r = run(&example("dinas-kominfo"), &["check", "--format", "json"]);
    r.expect_code(0);
    let v = r.json();
    assert!(v["summary"]["files"].as_u64().unwrap() >= 12);
    assert_eq!(v["summary"]["errors"], 0);
    assert_eq!(v["summary"]["warnings"], 0);
    assert!(diags_of(&v).iter().all(|d| d.severity == "info"));
}

#[test]
fn every_diagnostic_has_exactly_the_contract_fields() {
    let v = flawed_json(&[]).json();
    let diags = v["diagnostics"].as_array().unwrap();
    assert!(!diags.is_empty());
    for d in diags {
        let keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "code",
                "severity",
                "message",
                "help",
                "file",
                "line",
                "column",
                "end_line",
                "end_column",
                "subject",
                "subject_id",
                "args",
                "related"
            ],
            "{d}"
        );
        assert!(d["code"].is_string());
        assert!(
            ["error", "warning", "info"].contains(&d["severity"].as_str().unwrap()),
            "{d}"
        );
        assert!(d["message"].as_str().is_some_and(|m| !m.is_empty()));
        assert!(d["help"].is_string() || d["help"].is_null());
        assert!(d["subject"].is_string() || d["subject"].is_null());
        assert!(d["subject_id"].is_string() || d["subject_id"].is_null());
        assert!(d["args"].is_object(), "{d}");
        assert!(d["related"].is_array(), "{d}");
        for r in d["related"].as_array().unwrap() {
            let keys: Vec<&str> = r.as_object().unwrap().keys().map(String::as_str).collect();
            assert_eq!(keys, ["file", "line", "column", "message"], "{r}");
            assert!(r["line"].as_u64().unwrap() >= 1);
            assert!(r["column"].as_u64().unwrap() >= 1);
        }
    }
}

#[test]
fn files_are_relative_with_forward_slashes_and_positions_are_1_based() {
    let d = flawed_json(&[]).diags();
    for d in &d {
        assert!(!d.file.starts_with('/'), "{}", d.file);
        assert!(!d.file.contains('\\'), "{}", d.file);
        assert!(!d.file.starts_with("./"), "{}", d.file);
        assert!(d.line >= 1 && d.column >= 1, "{d:?}");
        assert!(
            (d.end_line, d.end_column) >= (d.line, d.column),
            "end before start: {d:?}"
        );
    }
    assert!(d.iter().any(|d| d.file == "pegawai/rusak/skp-2026.yaml"));
    // A finding about a whole file points at its first line, first column.
    let f017 = only(&d, "F017");
    assert_eq!(f017.at(), (1, 1));
}

#[test]
fn positions_of_known_findings_in_the_flawed_example() {
    let d = flawed_json(&["--select", "F"]).diags();
    let f = "pegawai/199001012015032001/skp-2026.yaml";
    // `  nip: 199001012015032001` — the scalar starts at column 8, 18 digits wide.
    let f010 = assert_at(&d, "F010", f, (8, 8));
    assert_eq!((f010.end_line, f010.end_column), (8, 26));
    // `        target: 4.500`
    let f016 = assert_at(&d, "F016", f, (29, 17));
    assert_eq!((f016.end_line, f016.end_column), (29, 22));
    assert_at(&d, "F002", f, (38, 9));
}

#[test]
fn columns_count_unicode_scalar_values_and_end_is_exclusive() {
    let ws = Ws::new();
    let line =
        "      - { id: IKI-1.1, aspek: kuantitas, teks: \"Ékspor… 数据 😀 modul\", target: 4.500 }";
    let text = minimal_with(
        "      - id: IKI-1.1\n        aspek: kuantitas\n        teks: Jumlah modul aplikasi perizinan yang dirilis ke produksi\n        target: 4 modul\n",
        &format!("{line}\n"),
    );
    ws.file("a.yaml", &text);
    let d = ws.check_f(&[]).diags();
    let f016 = only(&d, "F016");
    let (l, c) = pos(&text, "4.500");
    assert_eq!((f016.line, f016.column), (l, c));
    // Column in characters, not bytes (the byte column would be 10 larger).
    let byte_col = line.find("4.500").unwrap() as u64 + 1;
    assert!(byte_col > c);
    assert_eq!(
        c,
        line[..line.find("4.500").unwrap()].chars().count() as u64 + 1
    );
    assert_eq!(f016.end_line, l);
    assert_eq!(f016.end_column, c + "4.500".chars().count() as u64);
}

#[test]
fn columns_after_multibyte_characters_for_an_id_value() {
    let ws = Ws::new();
    // The F020 scalar follows multi-byte characters on the same line.
    let text = minimal_with(
        "  - id: RHK-1\n",
        "  - { rhk: \"Ékspor… 数据\", id: RHK 1 }\n  - id: RHK-2\n",
    );
    ws.file("a.yaml", &text);
    let d = ws.check_f(&[]).diags();
    let f020 = only(&d, "F020");
    let (l, c) = pos(&text, "RHK 1");
    assert_eq!(f020.at(), (l, c), "{}", list(&d));
    assert_eq!(f020.end_column, c + 5);
}

#[test]
fn order_is_total_and_sorted() {
    let d = flawed_json(&[]).diags();
    let keys: Vec<(String, u64, u64, String)> = d
        .iter()
        .map(|d| (d.file.clone(), d.line, d.column, d.code.clone()))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(
        keys, sorted,
        "diagnostics must be sorted by file, line, column, code"
    );
}

#[test]
fn two_runs_are_byte_identical() {
    let a = flawed_json(&[]);
    let b = flawed_json(&[]);
    let c = flawed_json(&[]);
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(a.stdout, c.stdout);
    assert_eq!(a.stderr, b.stderr);
    let h1 = run(&example("kesalahan-umum"), &["check"]);
    let h2 = run(&example("kesalahan-umum"), &["check"]);
    assert_eq!(h1.stdout, h2.stdout);
}

#[test]
fn order_is_stable_across_many_files_loaded_in_parallel() {
    let ws = Ws::new();
    for i in 0..40 {
        let nip = format!("1990010120150320{i:02}");
        ws.file(
            &format!("pegawai/{nip}/skp-2026.yaml"),
            &minimal_for_nip(&nip)
                .replace("target: 4 modul", "target: 4.500")
                .replace("id: RHK-1", "id: RHK 1"),
        );
    }
    let a = ws.check_f(&[]);
    let b = ws.check_f(&[]);
    assert_eq!(a.stdout, b.stdout);
    let d = a.diags();
    assert_eq!(d.len(), 80, "{}", list(&d));
    let files: Vec<&str> = d.iter().map(|d| d.file.as_str()).collect();
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted);
}

#[test]
fn args_and_positions_do_not_change_with_the_language() {
    let id = flawed_json(&[]).json();
    let en = flawed_json(&["--lang", "en"]).json();
    let di = diags_of(&id);
    let de = diags_of(&en);
    assert_eq!(di.len(), de.len());
    let mut differing_messages = 0;
    for (a, b) in di.iter().zip(&de) {
        assert_eq!(a.code, b.code);
        assert_eq!(a.severity, b.severity);
        assert_eq!(a.file, b.file);
        assert_eq!(a.at(), b.at());
        assert_eq!((a.end_line, a.end_column), (b.end_line, b.end_column));
        assert_eq!(a.subject, b.subject);
        assert_eq!(a.subject_id, b.subject_id);
        assert_eq!(a.args, b.args, "args of {} must not follow --lang", a.code);
        assert_eq!(a.related.len(), b.related.len());
        for (ra, rb) in a.related.iter().zip(&b.related) {
            assert_eq!(ra["file"], rb["file"]);
            assert_eq!(ra["line"], rb["line"]);
            assert_eq!(ra["column"], rb["column"]);
        }
        if a.message != b.message {
            differing_messages += 1;
        }
    }
    assert_eq!(differing_messages, di.len(), "every message is translated");
    assert_eq!(id["summary"], en["summary"]);
}

#[test]
fn as_of_fills_as_of() {
    let v = flawed_json(&["--as-of", "2026-09-30"]).json();
    assert_eq!(v["as_of"], "2026-09-30");
    // `today` follows SKP_TODAY.
    let v = flawed_json(&["--as-of", "today"]).json();
    assert_eq!(v["as_of"], TODAY);
    // SKP_AS_OF is the environment form of --as-of.
    let r = run_env(
        &example("dinas-kominfo"),
        &["check", "--format", "json"],
        &[("SKP_AS_OF", "2026-06-30")],
    );
    assert_eq!(r.json()["as_of"], "2026-06-30");
}

#[test]
fn related_points_at_the_first_occurrence() {
    let d = flawed_json(&["--select", "F"]).diags();
    let f = "pegawai/199013452019031004/skp-2026.yaml";
    let f006 = assert_at(&d, "F006", f, (33, 9));
    assert_eq!(f006.related.len(), 1);
    assert_eq!(f006.related[0]["file"], f);
    assert_eq!(f006.related[0]["line"], 32);
    assert_eq!(f006.related[0]["column"], 9);
    let f005 = assert_at(&d, "F005", f, (43, 13));
    assert_eq!(f005.related[0]["line"], 25);
    assert_eq!(
        f005.subject.as_deref(),
        Some("199013452019031004-2026/IKI-1.1")
    );
    assert_eq!(f005.subject_id.as_deref(), Some("IKI-1.1"));
}

#[test]
fn empty_workspace_json() {
    let ws = Ws::new();
    let r = ws.check(&["--format", "json"]);
    r.expect_code(0);
    let v = r.json();
    assert_eq!(v["diagnostics"], serde_json::json!([]));
    assert_eq!(v["summary"]["files"], 0);
}

#[test]
fn control_characters_in_messages_stay_valid_json() {
    let ws = Ws::new();
    ws.file(
        "a.yaml",
        &minimal_with(
            "        aspek: kuantitas\n",
            "        aspek: \"kuan\\u001b[31mtitas\\u0007\"\n",
        ),
    );
    let r = ws.check_f(&[]);
    let d = r.diags();
    let f004 = only(&d, "F004");
    assert_eq!(f004.args["nilai"], "kuan\u{1b}[31mtitas\u{7}");
    // Human output never passes an escape character through to the terminal.
    let h = ws.check(&["--select", "F"]);
    assert!(!h.stdout.contains('\u{1b}'), "{:?}", h.stdout);
}
