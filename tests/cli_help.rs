//! The command line itself follows the language: `--help`, usage and argument errors are in
//! Bahasa Indonesia by default and English with `--lang en` or `SKP_LANG=en`, like every other
//! message (DESIGN: "Messages are in Bahasa Indonesia by default"). Flags, commands and value
//! placeholders stay English in both.

mod common;

use common::{run, run_env};

/// clap's English words, which no Indonesian help or error may show.
const CLAP_ENGLISH: &[&str] = &[
    "Usage:",
    "Options:",
    "Arguments:",
    "Commands:",
    "Print help",
    "Print version",
    "[default:",
    "[possible values:",
    "Possible values:",
    "[env:",
    "For more information",
    "tip:",
];

/// Every command path, `skp` first (`skp evidence add` as `["evidence", "add"]`).
fn command_paths() -> Vec<Vec<String>> {
    fn walk(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
        out.push(path.clone());
        for sub in cmd.get_subcommands() {
            let mut p = path.clone();
            p.push(sub.get_name().to_string());
            walk(sub, p, out);
        }
    }
    let mut out = Vec::new();
    walk(
        &<skp::cli::Cli as clap::CommandFactory>::command(),
        Vec::new(),
        &mut out,
    );
    out
}

#[test]
fn every_commands_help_is_indonesian_by_default_and_english_on_request() {
    let dir = tempfile::tempdir().unwrap();
    for path in command_paths() {
        for flag in ["-h", "--help"] {
            let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
            args.push(flag);
            let r = run(dir.path(), &args);
            assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
            assert!(
                r.stdout.contains("Penggunaan: skp"),
                "{args:?}:\n{}",
                r.stdout
            );
            // Arguments before options, as in English.
            if let (Some(a), Some(o)) = (r.stdout.find("\nArgumen:"), r.stdout.find("\nOpsi:")) {
                assert!(a < o, "{args:?}:\n{}", r.stdout);
            }
            for word in CLAP_ENGLISH {
                assert!(
                    !r.stdout.contains(word),
                    "{args:?} shows {word:?}:\n{}",
                    r.stdout
                );
            }
            // The same help in English, by flag or by variable.
            let mut en = args.clone();
            en.extend(["--lang", "en"]);
            let r = run(dir.path(), &en);
            assert_eq!(r.code, 0, "{en:?}: {}", r.stderr);
            assert!(r.stdout.contains("Usage: skp"), "{en:?}:\n{}", r.stdout);
            assert!(!r.stdout.contains("Penggunaan"), "{en:?}:\n{}", r.stdout);
        }
    }
    let r = run_env(dir.path(), &["--help"], &[("SKP_LANG", "en")]);
    assert!(r.stdout.contains("Commands:"), "{}", r.stdout);
}

#[test]
fn the_help_says_what_each_command_and_flag_does_in_indonesian() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(dir.path(), &["--help"]);
    for said in [
        "Perintah:",
        "check        Periksa setiap berkas rencana di ruang kerja",
        "Opsi:",
        "-h, --help",
        "Tampilkan bantuan",
        "Tampilkan versi",
    ] {
        assert!(r.stdout.contains(said), "{said:?}:\n{}", r.stdout);
    }
    // A flag's values, default and variable, in `-h` on one line and in `--help` with the
    // meaning of each value.
    let r = run(dir.path(), &["check", "-h"]);
    assert!(
        r.stdout
            .contains("[bawaan: human] [nilai: human, concise, json"),
        "{}",
        r.stdout
    );
    let r = run(dir.path(), &["check", "--help"]);
    for said in [
        "Nilai yang mungkin:",
        "- json:",
        "Kontrak JSON yang stabil",
        "[variabel lingkungan: SKP_LANG]",
        "Argumen:",
    ] {
        assert!(r.stdout.contains(said), "{said:?}:\n{}", r.stdout);
    }
    // A rule code's meaning comes from the rule registry, in Indonesian.
    let r = run(dir.path(), &["explain", "--help"]);
    assert!(
        r.stdout
            .contains("- B101: Isi berkas bukti berubah sejak dicatat"),
        "{}",
        r.stdout
    );
    // A global flag of a command (`report --mask`) is worded for its subcommands too.
    let r = run(dir.path(), &["report", "target", "-h"]);
    assert!(r.stdout.contains("Samarkan NIP"), "{}", r.stdout);
    // `skp help COMMAND` is the command's own help.
    let r = run(dir.path(), &["help", "evidence", "add"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("Penggunaan: skp evidence add"),
        "{}",
        r.stdout
    );
}

#[test]
fn argument_errors_are_indonesian_by_default_and_english_on_request() {
    let dir = tempfile::tempdir().unwrap();
    for (args, said) in [
        (
            &["chek"][..],
            &[
                "perintah 'chek' tidak dikenal",
                "saran: mungkin maksudnya 'check' atau 'schema'",
            ][..],
        ),
        (
            &["check", "--formt", "json"],
            &[
                "argumen '--formt' tidak dikenal",
                "'--format'",
                "Penggunaan: skp check",
            ],
        ),
        (
            &["check", "--fail-on", "bogus"],
            &[
                "nilai 'bogus' tidak sah untuk '--fail-on <FAIL_ON>'",
                "[nilai yang mungkin: error, warning]",
            ],
        ),
        (&["check", "--format"], &["memerlukan nilai"]),
        (
            &["approve"],
            &[
                "argumen wajib berikut belum diberikan:",
                "--nip <NIP>",
                "--by <NIP>",
            ],
        ),
        (
            &["export", "--bagit", "a", "--xlsx", "b.xlsx"],
            &["tidak dapat dipakai bersama"],
        ),
        (
            &["check", "--format", "json", "--format", "sarif"],
            &["tidak boleh diberikan lebih dari sekali"],
        ),
        (&["evidence"], &["Penggunaan: skp evidence"]),
        // clap's own tips and a number's reason, in Indonesian too.
        (
            &["--format", "json", "check"],
            &["'--format' adalah opsi perintah 'check'"],
        ),
        (
            &["check", "-x"],
            &["untuk memberikan '-x' sebagai nilai, tulis '-- -x'"],
        ),
        (
            &["init", "--year", "abc"],
            &["nilai 'abc' tidak sah untuk '--year <YEAR>': bukan bilangan bulat"],
        ),
        // A subcommand after a flag it cannot follow is named as a command.
        (
            &["report", "--nip", "1", "mph"],
            &["perintah 'mph' tidak dapat dipakai bersama '--nip <NIP>'"],
        ),
        // A usage of two lines keeps its second under the first.
        (
            &["report", "--formt"],
            &["Penggunaan: skp report [OPTIONS]\n            skp report <COMMAND>"],
        ),
    ] {
        let r = run(dir.path(), args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        // Usage errors go to stderr, except a command that needs a subcommand, which prints its
        // help (as clap does).
        let text = format!("{}{}", r.stdout, r.stderr);
        for s in said {
            assert!(text.contains(s), "{args:?}: {s:?}\n{text}");
        }
        for word in CLAP_ENGLISH {
            assert!(!text.contains(word), "{args:?} shows {word:?}:\n{text}");
        }
        if r.stderr.contains("kesalahan:") {
            assert!(
                r.stderr
                    .contains("Untuk keterangan lebih lanjut, coba '--help'."),
                "{args:?}: {}",
                r.stderr
            );
        }
        // In English, clap's own words, wherever `--lang` stands.
        let mut en = vec!["--lang", "en"];
        en.extend_from_slice(args);
        let r = run(dir.path(), &en);
        assert_eq!(r.code, 2, "{en:?}: {}", r.stderr);
        let text = format!("{}{}", r.stdout, r.stderr);
        assert!(
            text.contains("Usage:") || text.contains("For more information"),
            "{en:?}: {text}"
        );
    }
    let r = run(dir.path(), &["chek", "--lang=en"]);
    assert!(
        r.stderr.contains("unrecognized subcommand 'chek'"),
        "{}",
        r.stderr
    );
}

/// A value's description in a list of possible values fits on its line: clap continues a
/// wrapped one at the list's margin, under the value names, where it reads as a value of its
/// own ("- github:  Perintah alur kerja … beserta" then "ringkasan job").
#[test]
fn possible_values_are_described_in_one_line_each() {
    let dir = tempfile::tempdir().unwrap();
    for path in command_paths() {
        for lang in ["id", "en"] {
            let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
            args.extend(["--help", "--lang", lang]);
            // The width clap uses without a terminal, whatever the shell exported.
            let r = run_env(dir.path(), &args, &[("COLUMNS", "100")]);
            let mut in_values = false;
            for line in r.stdout.lines() {
                let item = line.strip_prefix("          - ");
                if item.is_some_and(|i| i.contains(':')) {
                    in_values = true;
                    continue;
                }
                let continued = line
                    .strip_prefix("          ")
                    .is_some_and(|rest| !rest.is_empty() && !rest.starts_with([' ', '-', '[']));
                assert!(
                    !(in_values && continued),
                    "{args:?}: a wrapped value description, {line:?}:\n{}",
                    r.stdout
                );
                in_values = in_values && line.starts_with("          ") && !line.trim().is_empty();
            }
        }
    }
}
