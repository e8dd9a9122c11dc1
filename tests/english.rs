//! `--lang en` is English everywhere a person reads: every human output of the examples is
//! rendered in English and searched for the words of the Indonesian catalogue (and of the
//! Indonesian labels skp prints), minus the words the plans themselves contain — a plan's own
//! text is shown as written. Machine formats (csv, json) keep one set of column and key names
//! in every language (DESIGN §9.6).

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{example, run};

/// `text` without its `code spans`: YAML keys and values quoted in messages stay as written in
/// every language.
fn without_code(text: &str) -> String {
    text.split('`').step_by(2).collect::<Vec<_>>().join(" ")
}

/// Lower-case words of at least four letters, outside code spans.
fn words(text: &str) -> BTreeSet<String> {
    without_code(text)
        .split_whitespace()
        // A path names files as they are called.
        .filter(|t| !t.contains('/'))
        .flat_map(|t| t.split(|c: char| !c.is_alphabetic()))
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .collect()
}

/// The string literals of the lines of `messages.rs` that start with `prefix` (`id` or `en`).
fn catalogue(prefix: &str) -> String {
    let src =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/messages.rs"))
            .expect("messages.rs");
    let mut out = String::new();
    for line in src.lines() {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix(prefix).filter(|r| r.starts_with(' ')) {
            out.push_str(rest);
            out.push('\n');
        }
    }
    out
}

/// Every plan file of a folder.
fn all_text(dir: &Path, out: &mut String) {
    for e in std::fs::read_dir(dir).expect("read dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            all_text(&p, out);
        } else if p.extension().is_some_and(|e| e == "yaml")
            && let Ok(t) = std::fs::read_to_string(&p)
        {
            out.push_str(&t);
            out.push('\n');
        }
    }
}

/// Labels that tables and reports print rather than the catalogue; never right in English
/// output outside a plan's own text.
const LABELS: &str = "kosong terpenuhi belum jatuh tempo tidak berlaku terverifikasi diragukan \
    pegawai periode untuk jenis tanggal indikator triwulanan semesteran bulanan tahunan \
    ekspektasi perbaikan";

/// Indonesian words skp itself might print: the catalogue's, less every word that is also
/// English or appears in the example plans.
fn indonesian_words() -> BTreeSet<String> {
    let mut id = words(&catalogue("id"));
    let en = words(&catalogue("en"));
    let mut plans = String::new();
    for name in ["dinas-kominfo", "kesalahan-umum"] {
        all_text(&example(name), &mut plans);
    }
    let content = words(&plans);
    id.retain(|w| !en.contains(w) && !content.contains(w));
    id
}

fn english(dir: &Path, args: &[&str]) -> String {
    let mut a = vec!["--lang", "en", "--color", "never"];
    a.extend_from_slice(args);
    let r = run(dir, &a);
    assert!(r.code <= 1, "{args:?} failed: {}", r.stderr);
    format!("{}\n{}", r.stdout, r.stderr)
}

#[test]
fn every_human_output_is_english() {
    let forbidden = indonesian_words();
    assert!(
        forbidden.len() > 200,
        "only {} words to look for",
        forbidden.len()
    );
    let clean = example("dinas-kominfo");
    let flawed = example("kesalahan-umum");
    let outputs: Vec<(&Path, Vec<&str>)> = vec![
        (&flawed, vec!["check"]),
        (&flawed, vec!["check", "--format", "concise"]),
        (&flawed, vec!["check", "--statistics"]),
        (&clean, vec!["check"]),
        (&clean, vec!["rules"]),
        (&clean, vec!["report", "--as-of", "2026-06-30"]),
        (
            &clean,
            vec!["report", "--as-of", "2026-06-30", "--format", "markdown"],
        ),
        (&flawed, vec!["report", "--as-of", "2026-12-31"]),
        (
            &clean,
            vec!["report", "--as-of", "2026-06-30", "--format", "github"],
        ),
        (&clean, vec!["report", "mph", "--nip", "198109232006042001"]),
        (
            &clean,
            vec!["report", "target", "--nip", "198602082010121001"],
        ),
        (&flawed, vec!["report", "exemptions"]),
        (&clean, vec!["tree"]),
        (&clean, vec!["evidence", "list"]),
        (&clean, vec!["evidence", "verify"]),
        (&clean, vec!["evaluate"]),
        (&flawed, vec!["evaluate"]),
    ];
    // Outputs that show no free text of the plans are also held to the table labels.
    let labels = words(LABELS);
    let mut found = Vec::new();
    for (dir, args) in &outputs {
        let text = english(dir, args);
        let mut leaked: Vec<String> = words(&text).intersection(&forbidden).cloned().collect();
        let free_text = ["tree", "mph", "target", "check"]
            .iter()
            .any(|a| args.contains(a));
        if !free_text {
            leaked.extend(words(&text).intersection(&labels).cloned());
        }
        if !leaked.is_empty() {
            found.push(format!("skp {}: {}", args.join(" "), leaked.join(", ")));
        }
    }
    assert!(
        found.is_empty(),
        "Indonesian in English output:\n{}",
        found.join("\n")
    );
}

#[test]
fn machine_formats_keep_their_names_in_every_language() {
    let clean = example("dinas-kominfo");
    for args in [
        &["report", "--as-of", "2026-06-30", "--format", "csv"][..],
        &[
            "report",
            "mph",
            "--nip",
            "198109232006042001",
            "--format",
            "csv",
        ][..],
        &[
            "report",
            "target",
            "--nip",
            "198602082010121001",
            "--format",
            "csv",
        ][..],
        &["evaluate", "--format", "csv"][..],
    ] {
        let header = |lang: &str| {
            let mut a = vec!["--lang", lang];
            a.extend_from_slice(args);
            let r = run(&clean, &a);
            assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
            r.stdout.lines().next().unwrap_or_default().to_string()
        };
        assert_eq!(
            header("id"),
            header("en"),
            "{args:?}: the CSV header changes with --lang"
        );
    }
}

/// A computed number is written as the reader's language writes it: `18,8 %` in Indonesian,
/// `18.8 %` in English, in the summary and in the GitHub table alike.
#[test]
fn computed_decimals_follow_the_language() {
    let clean = example("dinas-kominfo");
    let share = regex::Regex::new(r"\(\d+([.,])\d %\)").unwrap();
    let last_cell = regex::Regex::new(r"\| \d+([.,])\d \|\n$").unwrap();
    for (lang, mark) in [("id", ","), ("en", ".")] {
        let report = |format: &str| {
            let r = run(
                &clean,
                &[
                    "--lang",
                    lang,
                    "report",
                    "--as-of",
                    "2026-06-30",
                    "--format",
                    format,
                ],
            );
            assert_eq!(r.code, 0, "{}", r.stderr);
            r.stdout
        };
        let human = report("table");
        let c = share.captures(&human).unwrap_or_else(|| panic!("{human}"));
        assert_eq!(&c[1], mark, "{lang}: {human}");
        let github = report("github");
        let c = last_cell
            .captures(&github)
            .unwrap_or_else(|| panic!("{github}"));
        assert_eq!(&c[1], mark, "{lang}: {github}");
    }
}

/// A number a rule computed is kept as a number until its message is rendered: in English
/// `1.5`, not the Indonesian `1,5` (S107, T105 with decimal targets). Text the help suggests
/// writing into the plan stays in the plan's notation.
#[test]
fn rule_messages_write_decimals_as_the_reader_does() {
    let ws = common::Ws::new();
    let skp = common::MINIMAL_SKP.replace(
        "        target: 4 modul\n",
        "        target: 4,5 modul\n        perhitungan: kumulatif\n        target_periodik:\n          2026-TW1: 1,5\n          2026-TW2: 3\n          2026-TW3: 2,5\n          2026-TW4: 4,5\n      - id: IKI-1.2\n        aspek: kualitas\n        teks: Persentase modul yang lolos uji penerimaan pengguna\n        target: 97,5-92,5 %\n",
    );
    ws.file("pegawai/a/skp-2026.yaml", &skp);
    let said = |lang: &str| {
        let r = ws.check(&["--lang", lang, "--select", "S107,T105", "--format", "json"]);
        let diags = r.diags();
        let s107 = common::only(&diags, "S107").clone();
        let t105 = common::only(&diags, "T105").clone();
        (s107, t105)
    };
    let (s107, t105) = said("en");
    assert!(
        s107.message.contains("97.5") && s107.message.contains("92.5"),
        "{}",
        s107.message
    );
    assert!(s107.help().contains("92,5-97,5"), "{}", s107.help());
    assert!(
        t105.message
            .contains("TW1: 1.5; 2026-TW2: 3; 2026-TW3: 2.5")
            && t105.message.contains("annual target 4.5 "),
        "{}",
        t105.message
    );
    let (s107, t105) = said("id");
    assert!(
        s107.message.contains("97,5") && s107.message.contains("92,5"),
        "{}",
        s107.message
    );
    assert!(
        t105.message
            .contains("TW1: 1,5; 2026-TW2: 3; 2026-TW3: 2,5")
            && t105.message.contains("tahunan 4,5 "),
        "{}",
        t105.message
    );
}
