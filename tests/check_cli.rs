//! `skp check` on the command line: exit codes, streams, selection, PATH filters, file
//! discovery (`--list-files`), `--statistics`, languages and formats (DESIGN §1, §5).

mod common;

use common::*;

// ---------------------------------------------------------------------------------------------
// Exit codes

#[test]
fn clean_example_exits_0_with_no_findings() {
    // "Clean": no error and no warning. Infos (e.g. superior results nobody serves yet, which
    // DESIGN §3 calls normal during a roll-out) do not fail the run.
    let r = run(&example("dinas-kominfo"), &["check"]);
    r.expect_code(0);
    assert!(
        !r.stdout.contains("kesalahan[") && !r.stdout.contains("peringatan["),
        "{}",
        r.stdout
    );
    assert!(
        r.stderr.contains(" berkas diperiksa: ")
            && (r.stderr.contains("tidak ada temuan")
                || r.stderr.contains(" 0 kesalahan, 0 peringatan")),
        "summary on stderr: {}",
        r.stderr
    );
    run(
        &example("dinas-kominfo"),
        &["check", "--fail-on", "warning"],
    )
    .expect_code(0);
}

#[test]
fn flawed_example_exits_1() {
    let r = run(&example("kesalahan-umum"), &["check"]);
    r.expect_code(1);
    assert!(r.stdout.contains("kesalahan[F001]"), "{}", r.stdout);
}

#[test]
fn no_workspace_exits_2_and_names_the_folder() {
    let dir = Ws::bare();
    let r = dir.check(&[]);
    r.expect_code(2);
    assert_eq!(r.stdout, "");
    let name = dir
        .path()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(
        r.stderr.contains("skp.toml") && r.stderr.contains(&name),
        "the message names skp.toml and the folder: {}",
        r.stderr
    );
}

#[test]
fn no_workspace_for_a_path_argument_exits_2() {
    let dir = Ws::bare();
    dir.file("sub/a.yaml", MINIMAL_SKP);
    let r = dir.check(&["sub"]);
    r.expect_code(2);
    assert!(r.stderr.contains("sub"), "{}", r.stderr);
}

#[test]
fn unknown_key_in_skp_toml_exits_2_with_position_and_did_you_mean() {
    let ws = Ws::with_toml("min_version = \"0.1\"\n\n[workspace]\nyear = 2026\nagencyy = \"x\"\n");
    let r = ws.check(&[]);
    r.expect_code(2);
    assert!(
        r.stderr.contains("skp.toml:5:1"),
        "line:col of the unknown key: {}",
        r.stderr
    );
    assert!(r.stderr.contains("agencyy"), "{}", r.stderr);
    assert!(
        r.stderr.contains("maksud Anda `agency`"),
        "did-you-mean hint: {}",
        r.stderr
    );
}

#[test]
fn unknown_key_in_skp_toml_in_english() {
    let ws = Ws::with_toml("[evidence]\nstorag = \"repo\"\n");
    let r = ws.check(&["--lang", "en"]);
    r.expect_code(2);
    assert!(r.stderr.contains("skp.toml:2:1"), "{}", r.stderr);
    assert!(r.stderr.contains("did you mean `storage`"), "{}", r.stderr);
}

/// A broken skp.toml is said in the user's language at its place, not in the TOML parser's
/// English.
#[test]
fn a_toml_slip_is_named_in_the_users_language() {
    let ws = Ws::with_toml("[workspace]\nagency: \"Dinas\"\ntimezone = WIB\n");
    let r = ws.check(&[]);
    r.expect_code(2);
    assert!(
        r.stderr.contains(
            "skp.toml:2:9: kesalahan: skp.toml tidak valid: kunci tanpa nilai: skp.toml ditulis `kunci = nilai`, bukan `kunci: nilai`"
        ),
        "{}",
        r.stderr
    );
    let ws = Ws::with_toml("[rules]\nignore = []\nignore = [\"S101\"]\n");
    for (lang, words) in [
        (
            "id",
            "skp.toml:3:1: kesalahan: skp.toml tidak valid: kunci atau bagian ini sudah ditulis sebelumnya",
        ),
        (
            "en",
            "skp.toml:3:1: error: invalid skp.toml: this key or section is written earlier",
        ),
    ] {
        let r = ws.check(&["--lang", lang]);
        r.expect_code(2);
        assert!(r.stderr.contains(words), "{}", r.stderr);
        assert!(!r.stderr.contains("duplicate key"), "{}", r.stderr);
    }
    // Saved as UTF-16 by a Windows editor: said as such, not as Rust's "valid UTF-8".
    let ws = Ws::new();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("[workspace]\n".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    std::fs::write(ws.path().join("skp.toml"), utf16).unwrap();
    let r = ws.check(&[]);
    r.expect_code(2);
    assert!(
        r.stderr
            .contains("skp.toml: bukan teks UTF-8 (simpan ulang sebagai UTF-8)"),
        "{}",
        r.stderr
    );
}

#[test]
fn unknown_key_with_newer_min_version_asks_to_update_skp() {
    let ws = Ws::with_toml("min_version = \"99.0\"\n[workspace]\nfancy = 1\n");
    let r = ws.check(&[]);
    r.expect_code(2);
    assert!(r.stderr.contains("perbarui skp"), "{}", r.stderr);
}

#[test]
fn a_min_version_that_is_no_version_and_a_folder_store_without_its_folder_exit_2() {
    let ws = Ws::with_toml("min_version = \"abc\"\n");
    let r = ws.check(&[]);
    r.expect_code(2);
    assert!(
        r.stderr
            .contains("skp.toml:1:15: kesalahan: `min_version` harus berupa versi skp"),
        "{}",
        r.stderr
    );
    let ws = Ws::with_toml("[evidence]\nstorage = \"folder\"\n");
    let r = ws.check(&[]);
    r.expect_code(2);
    assert!(
        r.stderr
            .contains("skp.toml:2:11: kesalahan: `storage = \"folder\"` tanpa `location`"),
        "{}",
        r.stderr
    );
    let ws = Ws::with_toml("[evidence]\nstorage = \"folder\"\nlocation = \"/srv/bukti\"\n");
    ws.check(&[]).expect_code(0);
}

#[test]
fn exporting_a_workspace_without_any_skp_says_so() {
    let ws = Ws::new();
    let outside = Ws::bare();
    let out = outside.join("paket");
    let r = ws.run(&["export", "--bagit", out.to_str().unwrap()]);
    r.expect_code(2);
    assert!(
        r.stderr
            .contains("ruang kerja ini belum berisi SKP; tidak ada yang diekspor"),
        "{}",
        r.stderr
    );
}

#[test]
fn toml_syntax_error_exits_2() {
    let ws = Ws::with_toml("[workspace\n");
    let r = ws.check(&[]);
    r.expect_code(2);
    assert!(r.stderr.contains("skp.toml:1:"), "{}", r.stderr);
}

#[test]
fn wrong_value_type_in_skp_toml_exits_2() {
    let ws = Ws::with_toml("[workspace]\nyear = \"dua ribu\"\n");
    ws.check(&[]).expect_code(2);
}

#[test]
fn unknown_rule_code_exits_2() {
    let ws = Ws::new();
    ws.file("a.yaml", MINIMAL_SKP);
    let r = ws.check(&["--select", "X999"]);
    r.expect_code(2);
    assert!(r.stderr.contains("X999"), "{}", r.stderr);
    let r = ws.check(&["--ignore", "F010,Q1"]);
    r.expect_code(2);
    assert!(r.stderr.contains("Q1"), "{}", r.stderr);
}

#[test]
fn unknown_rule_code_in_skp_toml_exits_2_at_its_line_with_the_code_meant() {
    let ws = Ws::with_toml("[rules]\nselect = [\"X9\"]\n");
    let r = ws.check(&[]);
    r.expect_code(2);
    assert!(
        r.stderr
            .contains("skp.toml:2:11: kesalahan: kode aturan `X9` tidak dikenal"),
        "{}",
        r.stderr
    );
    // A level key, and an override's list: each where it is written.
    let ws = Ws::with_toml("[rules]\nignore = []\n\n[rules.level]\nS1O1 = \"off\"\n");
    let r = ws.check(&["--lang", "en"]);
    r.expect_code(2);
    assert!(
        r.stderr
            .contains("skp.toml:5:1: error: unknown rule code `S1O1`")
            && r.stderr.contains("did you mean `S101`?"),
        "{}",
        r.stderr
    );
    let ws =
        Ws::with_toml("[[rules.overrides]]\npaths = [\"pegawai/**\"]\nignore = [\"S101, K99\"]\n");
    let r = ws.check(&[]);
    r.expect_code(2);
    assert!(
        r.stderr
            .contains("skp.toml:3:11: kesalahan: kode aturan `K99` tidak dikenal"),
        "{}",
        r.stderr
    );
    // Every one in one run.
    let ws = Ws::with_toml("[rules]\nselect = [\"S1\", \"D180\"]\nignore = [\"X999\"]\n");
    let r = ws.check(&[]);
    r.expect_code(2);
    assert!(
        r.stderr
            .contains("skp.toml:2:17: kesalahan: kode aturan `D180` tidak dikenal")
            && r.stderr
                .contains("skp.toml:3:11: kesalahan: kode aturan `X999` tidak dikenal"),
        "{}",
        r.stderr
    );
    // On the command line, no place to name.
    let r = Ws::new().check(&["--ignore", "F0l0"]);
    r.expect_code(2);
    assert!(
        r.stderr
            .contains("kesalahan: kode aturan `F0L0` tidak dikenal")
            && r.stderr.contains("maksud Anda `F010`?"),
        "{}",
        r.stderr
    );
}

#[test]
fn bad_lang_exits_2() {
    let ws = Ws::new();
    let r = ws.check(&["--lang", "xx"]);
    r.expect_code(2);
    assert!(r.stderr.contains("xx"), "{}", r.stderr);
    let r = run_env(ws.path(), &["check"], &[("SKP_LANG", "fr")]);
    r.expect_code(2);
}

#[test]
fn bad_as_of_exits_2() {
    let ws = Ws::new();
    let r = ws.check(&["--as-of", "2026-13-01"]);
    r.expect_code(2);
    assert!(r.stderr.contains("2026-13-01"), "{}", r.stderr);
}

#[test]
fn unknown_flag_is_a_usage_error() {
    let ws = Ws::new();
    ws.check(&["--no-such-flag"]).expect_code(2);
}

#[test]
fn fail_on_warning_turns_warnings_into_exit_1() {
    let ws = Ws::new();
    // F016 (ambiguous number) is a warning.
    ws.file("a.yaml", &minimal_with("target: 4 modul", "target: 4.500"));
    let r = ws.check(&[]);
    let d = ws.check_f(&[]).diags();
    assert_eq!(codes(&d), ["F016"]);
    assert_eq!(d[0].severity, "warning");
    assert_eq!(
        ws.check_f(&[]).code,
        0,
        "warnings alone exit 0: {}",
        r.stdout
    );
    let r = ws.check(&["--select", "F", "--fail-on", "warning"]);
    r.expect_code(1);
    let r = ws.check(&["--select", "F", "--fail-on", "error"]);
    r.expect_code(0);
}

#[test]
fn infos_never_fail_even_with_fail_on_warning() {
    let ws = Ws::new();
    // F011 (spaces in a NIP) is an info.
    ws.file(
        "a.yaml",
        &minimal_with(
            "nip: \"199001012015032001\"",
            "nip: \"19900101 201503 2 001\"",
        ),
    );
    let d = ws.check_f(&[]).diags();
    assert_eq!(codes(&d), ["F011"]);
    assert_eq!(d[0].severity, "info");
    ws.check(&["--select", "F", "--fail-on", "warning"])
        .expect_code(0);
}

#[test]
fn fatal_error_wins_over_findings() {
    // A workspace with findings and an unknown code on the command line: 2, not 1.
    let r = run(&example("kesalahan-umum"), &["check", "--select", "F,ZZ"]);
    r.expect_code(2);
}

// ---------------------------------------------------------------------------------------------
// Streams

#[test]
fn diagnostics_on_stdout_summary_on_stderr() {
    let r = run(&example("kesalahan-umum"), &["check", "--select", "F"]);
    r.expect_code(1);
    assert!(r.stdout.contains("kesalahan[F010]"), "{}", r.stdout);
    assert!(!r.stderr.contains("kesalahan[F010]"), "{}", r.stderr);
    assert!(
        r.stderr.contains("berkas diperiksa"),
        "summary line on stderr: {}",
        r.stderr
    );
    assert!(!r.stdout.contains("berkas diperiksa"), "{}", r.stdout);
}

#[test]
fn json_on_stdout_is_pure_json() {
    let r = run(
        &example("kesalahan-umum"),
        &["check", "--format", "json", "--select", "F"],
    );
    r.expect_code(1);
    let v = r.json();
    assert!(v.is_object());
    assert!(r.stdout.ends_with("}\n"));
}

#[test]
fn concise_format_one_line_per_finding() {
    let r = run(
        &example("kesalahan-umum"),
        &["check", "--format", "concise", "--select", "F"],
    );
    r.expect_code(1);
    let json = run(
        &example("kesalahan-umum"),
        &["check", "--format", "json", "--select", "F"],
    )
    .diags();
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), json.len(), "{}", r.stdout);
    for (line, d) in lines.iter().zip(&json) {
        // The JSON keeps the contract's severities; the human formats say them in Indonesian.
        let severity = match d.severity.as_str() {
            "error" => "kesalahan",
            "warning" => "peringatan",
            other => other,
        };
        let head = format!(
            "{}:{}:{}: {severity}[{}]: ",
            d.file, d.line, d.column, d.code
        );
        assert!(
            line.starts_with(&head),
            "`{line}` should start with `{head}`"
        );
        assert!(line.ends_with(&d.message), "`{line}`");
    }
}

/// A workspace whose one plan misspells `polaritas` (F002 at 24:9, with a did-you-mean).
fn misspelt_field() -> Ws {
    let ws = Ws::new();
    ws.file(
        "pegawai/a.yaml",
        &minimal_with(
            "        aspek: kuantitas\n",
            "        aspek: kuantitas\n        polaritass: naik\n",
        ),
    );
    ws
}

#[test]
fn the_human_formats_frame_findings_and_errors_in_the_users_language() {
    let ws = misspelt_field();
    let id = ws.check(&["--select", "F"]);
    assert!(id.stdout.contains(": kesalahan[F002]: "), "{}", id.stdout);
    assert!(id.stdout.contains("= saran: "), "{}", id.stdout);
    let en = ws.check(&["--select", "F", "--lang", "en"]);
    assert!(en.stdout.contains(": error[F002]: "), "{}", en.stdout);
    assert!(en.stdout.contains("= help: "), "{}", en.stdout);
    for (lang, error, help) in [
        ("id", "kesalahan: ", "= saran: "),
        ("en", "error: ", "= help: "),
    ] {
        let r = ws.check(&["--select", "Z999", "--lang", lang]);
        r.expect_code(2);
        assert!(r.stderr.starts_with(error), "{}", r.stderr);
        assert!(r.stderr.contains(help), "{}", r.stderr);
    }
    // JSON keeps the contract's words in every language.
    let d = ws.check_f(&[]).diags();
    assert_eq!(d[0].severity, "error");
}

#[test]
fn human_format_shows_source_and_help() {
    let ws = misspelt_field();
    let r = ws.check(&["--select", "F"]);
    r.expect_code(1);
    assert!(
        r.stdout.starts_with(
            "pegawai/a.yaml:24:9: kesalahan[F002]: kolom `polaritass` tidak dikenal di `indikator`\n"
        ),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("polaritass: naik"),
        "source line: {}",
        r.stdout
    );
    assert!(r.stdout.contains("^^^^^^^^^^"), "underline: {}", r.stdout);
    assert!(
        r.stdout.contains("= saran: maksud Anda `polaritas`?"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains('\u{1b}'), "NO_COLOR: no escape codes");
}

#[test]
fn summary_counts_by_severity() {
    let ws = Ws::new();
    ws.file(
        "a.yaml",
        &minimal_with("target: 4 modul", "target: \"1.2.3 dokumen\""),
    );
    ws.file(
        "b.yaml",
        &minimal_for_nip("199202022016042002").replace("target: 4 modul", "target: 4.500"),
    );
    let r = ws.check(&["--select", "F"]);
    r.expect_code(1);
    assert!(
        r.stderr
            .contains("2 berkas diperiksa: 1 kesalahan, 1 peringatan, 0 info"),
        "{}",
        r.stderr
    );
    let r = ws.check(&["--select", "F", "--lang", "en"]);
    assert!(
        r.stderr
            .contains("2 files checked: 1 error, 1 warning, 0 infos"),
        "{}",
        r.stderr
    );
}

// ---------------------------------------------------------------------------------------------
// Selection

/// Findings about a file that could not be read, which no selection hides (DESIGN §5).
const NEVER_HIDDEN: [&str; 3] = ["F001", "F008", "F009"];

#[test]
fn select_prefix_reports_only_matching_codes() {
    let r = run(
        &example("kesalahan-umum"),
        &["check", "--format", "json", "--select", "F01"],
    );
    let d = r.diags();
    assert!(!d.is_empty());
    // The example's broken file (F001) is reported whatever is selected.
    assert!(
        d.iter()
            .all(|d| d.code.starts_with("F01") || NEVER_HIDDEN.contains(&d.code.as_str())),
        "{}",
        list(&d)
    );
    assert!(with_code(&d, "F010").len() == 1, "{}", list(&d));
    let human = run(&example("kesalahan-umum"), &["check", "--select", "F01"]);
    assert!(
        human.stderr.contains("temuan lain disembunyikan"),
        "hidden findings are counted: {}",
        human.stderr
    );
}

#[test]
fn select_is_case_insensitive_and_comma_separated_and_repeatable() {
    let ex = example("kesalahan-umum");
    let a = run(&ex, &["check", "--format", "json", "--select", "f010,F011"]).diags();
    let b = run(
        &ex,
        &[
            "check", "--format", "json", "--select", "F010", "--select", "F011",
        ],
    )
    .diags();
    // F001 and F017 (files not read at all) are never left out.
    assert_eq!(codes(&a), ["F010", "F011", "F017", "F001"]);
    assert_eq!(codes(&a), codes(&b));
}

#[test]
fn ignore_drops_one_code() {
    let ex = example("kesalahan-umum");
    let all = run(&ex, &["check", "--format", "json", "--select", "F"]).diags();
    let without = run(
        &ex,
        &[
            "check", "--format", "json", "--select", "F", "--ignore", "F010",
        ],
    )
    .diags();
    assert!(!with_code(&all, "F010").is_empty());
    assert!(with_code(&without, "F010").is_empty(), "{}", list(&without));
    assert_eq!(all.len() - 1, without.len());
}

#[test]
fn ignore_from_skp_toml_and_rules_level() {
    let ws = Ws::with_toml("[rules]\nignore = [\"F016\"]\n[rules.level]\nF011 = \"error\"\n");
    ws.file("a.yaml", &minimal_with("target: 4 modul", "target: 4.500"));
    ws.file(
        "b.yaml",
        &minimal_for_nip("199202022016042002").replace(
            "nip: \"198005152005011002\"",
            "nip: \"19800515 200501 1 002\"",
        ),
    );
    let r = ws.check_f(&[]);
    let d = r.diags();
    assert_eq!(codes(&d), ["F011"], "{}", list(&d));
    assert_eq!(d[0].severity, "error", "[rules.level] raises F011");
    r.expect_code(1);
}

#[test]
fn overrides_apply_by_path() {
    let ws =
        Ws::with_toml("[[rules.overrides]]\npaths = [\"pegawai/guru/**\"]\nignore = [\"F016\"]\n");
    ws.file(
        "pegawai/guru/a.yaml",
        &minimal_with("target: 4 modul", "target: 4.500"),
    );
    ws.file(
        "pegawai/lain/b.yaml",
        &minimal_for_nip("199202022016042002").replace("target: 4 modul", "target: 4.500"),
    );
    let d = ws.check_f(&[]).diags();
    assert_eq!(codes(&d), ["F016"], "{}", list(&d));
    assert_eq!(d[0].file, "pegawai/lain/b.yaml");
}

#[test]
fn unreadable_file_cannot_be_hidden() {
    let ws = Ws::with_toml("[rules]\nignore = [\"F008\"]\n");
    ws.bytes(
        "rusak.yaml",
        b"apiVersion: skp/v1\nkind: Skp\nrhk: \xff\xfe\n",
    );
    ws.file("ok.yaml", MINIMAL_SKP);
    for args in [
        &["--ignore", "F"][..],
        &["--ignore", "F008"][..],
        &["--select", "F01"][..],
        &[][..],
    ] {
        let mut a = vec!["--format", "json"];
        a.extend_from_slice(args);
        let r = ws.check(&a);
        r.expect_code(1);
        let d = r.diags();
        let f008 = only(&d, "F008");
        assert_eq!(f008.file, "rusak.yaml");
        assert_eq!(f008.severity, "error", "F008 is always an error");
    }
}

// ---------------------------------------------------------------------------------------------
// PATH arguments: filter what is reported, never what is loaded

#[test]
fn path_argument_filters_reports_but_loads_everything() {
    let ex = example("kesalahan-umum");
    // F013 in skp-2026b.yaml needs skp-2026a.yaml to be loaded; it is reported even though only
    // skp-2026b.yaml is asked for.
    let r = run(
        &ex,
        &[
            "check",
            "--format",
            "json",
            "--select",
            "F",
            "pegawai/199208172018011002/skp-2026b.yaml",
        ],
    );
    r.expect_code(1);
    let d = r.diags();
    assert!(
        d.iter()
            .all(|d| d.file == "pegawai/199208172018011002/skp-2026b.yaml"),
        "{}",
        list(&d)
    );
    let f013 = only(&d, "F013");
    assert_eq!(
        f013.related[0]["file"], "pegawai/199208172018011002/skp-2026a.yaml",
        "the related location is in a file that was loaded but not reported"
    );
    // The summary still counts every loaded file.
    let everything = run(&ex, &["check", "--format", "json", "--select", "F"]).json();
    assert_eq!(r.json()["summary"], {
        let mut s = everything["summary"].clone();
        for k in ["errors", "warnings", "infos"] {
            s[k] = r.json()["summary"][k].clone();
        }
        s
    });
    assert!(r.json()["summary"]["files"].as_u64().unwrap() >= 10);
}

#[test]
fn path_argument_folder_and_cwd_subfolder() {
    let ex = example("kesalahan-umum");
    let d = run(
        &ex,
        &[
            "check",
            "--format",
            "json",
            "--select",
            "F",
            "pegawai/rusak",
        ],
    )
    .diags();
    assert_eq!(codes(&d), ["F001"]);
    assert_eq!(d[0].file, "pegawai/rusak/skp-2026.yaml");

    // Run from a subfolder: the workspace is found by walking up, paths stay root-relative.
    let r = run(
        &ex.join("pegawai"),
        &["check", "--format", "json", "--select", "F", "rusak"],
    );
    let d = r.diags();
    assert_eq!(codes(&d), ["F001"]);
    assert_eq!(d[0].file, "pegawai/rusak/skp-2026.yaml");

    // Without PATH from a subfolder: everything is reported.
    let all = run(
        &ex.join("pegawai"),
        &["check", "--format", "json", "--select", "F"],
    )
    .diags();
    let from_root = run(&ex, &["check", "--format", "json", "--select", "F"]).diags();
    assert_eq!(all.len(), from_root.len());
}

#[test]
fn path_argument_filters_a_clean_file_to_exit_0() {
    let ws = Ws::new();
    ws.file("pegawai/a/skp.yaml", MINIMAL_SKP);
    ws.file(
        "pegawai/b/skp.yaml",
        &minimal_for_nip("199202022016042002")
            .replace("target: 4 modul", "target: \"1.2.3 dokumen\""),
    );
    ws.check(&["--select", "F"]).expect_code(1);
    let r = ws.check(&["--select", "F", "pegawai/a"]);
    r.expect_code(0);
    assert_eq!(r.stdout, "");
    ws.check(&["--select", "F", "pegawai/b/skp.yaml"])
        .expect_code(1);
}

#[test]
fn workspace_is_found_from_the_path_argument() {
    // Run from outside the workspace with the workspace as PATH.
    let ws = Ws::new();
    ws.file("a.yaml", &minimal_with("target: 4 modul", "target: 4.500"));
    let outside = Ws::bare();
    let r = run(
        outside.path(),
        &[
            "check",
            "--format",
            "json",
            "--select",
            "F",
            ws.path().to_str().unwrap(),
        ],
    );
    let d = r.diags();
    assert_eq!(codes(&d), ["F016"]);
    assert_eq!(d[0].file, "a.yaml");
}

// ---------------------------------------------------------------------------------------------
// Discovery: --list-files

fn listing(r: &Run) -> Vec<(String, String)> {
    r.stdout
        .lines()
        .map(|l| {
            let (status, rest) = l.split_once(' ').expect("status and path");
            let path = rest.trim_start().split(" (").next().unwrap().to_string();
            (status.to_string(), path)
        })
        .collect()
}

#[test]
fn list_files_lists_read_and_ignored_files() {
    let ws = Ws::with_toml("");
    ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    ws.file("pegawai/a/catatan.yml", "judul: bukan rencana\n");
    ws.file(".github/workflows/ci.yaml", "on: push\n");
    ws.file("ci.yaml", "steps: [build]\n");
    // A nested workspace with its own skp.toml is not read by the parent.
    ws.file("unit-lain/skp.toml", "");
    ws.file("unit-lain/pegawai/skp.yaml", MINIMAL_SKP);
    // Never read: .git/, hidden folders, target/, bukti/, git-ignored paths.
    ws.file(".git/x.yaml", MINIMAL_SKP);
    ws.file(".tersembunyi/x.yaml", MINIMAL_SKP);
    ws.file("target/x.yaml", MINIMAL_SKP);
    ws.file("pegawai/a/bukti/2026-TW1/x.yaml", MINIMAL_SKP);
    ws.file(".gitignore", "arsip/\n*.tmp.yaml\n");
    ws.file("arsip/lama.yaml", MINIMAL_SKP);
    ws.file("pegawai/a/draf.tmp.yaml", MINIMAL_SKP);

    let r = ws.check(&["--list-files"]);
    r.expect_code(0);
    let l = listing(&r);
    let read: Vec<&str> = l
        .iter()
        .filter(|(s, _)| s == "dibaca")
        .map(|(_, p)| p.as_str())
        .collect();
    let ignored: Vec<&str> = l
        .iter()
        .filter(|(s, _)| s == "diabaikan")
        .map(|(_, p)| p.as_str())
        .collect();
    assert_eq!(read, ["pegawai/a/skp-2026.yaml"], "{}", r.stdout);
    assert!(ignored.contains(&"pegawai/a/catatan.yml"), "{}", r.stdout);
    assert!(ignored.contains(&"ci.yaml"), "{}", r.stdout);
    assert!(
        ignored.iter().any(|p| p.starts_with("unit-lain")),
        "nested workspace listed as ignored: {}",
        r.stdout
    );
    assert!(
        !r.stdout.contains("unit-lain/pegawai/skp.yaml"),
        "{}",
        r.stdout
    );
    for never in [
        ".git/x.yaml",
        ".tersembunyi/x.yaml",
        "target/x.yaml",
        "bukti/2026-TW1/x.yaml",
        "arsip/lama.yaml",
        "draf.tmp.yaml",
    ] {
        assert!(
            !read.iter().any(|p| p.ends_with(never)),
            "{never} must not be read: {}",
            r.stdout
        );
    }
    assert_eq!(r.stdout.lines().count(), l.len());
    // The listing is sorted by path.
    let paths: Vec<&String> = l.iter().map(|(_, p)| p).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
}

#[test]
fn list_files_in_english_and_with_reasons() {
    let ws = Ws::new();
    ws.file("a.yaml", MINIMAL_SKP);
    ws.file("b.yaml", "foo: bar\n");
    let r = ws.check(&["--list-files", "--lang", "en"]);
    r.expect_code(0);
    assert!(r.stdout.contains("read      a.yaml"), "{}", r.stdout);
    assert!(
        r.stdout.contains("ignored   b.yaml (not a skp document"),
        "{}",
        r.stdout
    );
}

#[test]
fn plans_a_gitignore_leaves_out_are_said_not_silently_dropped() {
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    ws.file("catatan/docker-compose.yaml", "services: {}\n");
    ws.file(".gitignore", "pegawai/\ncatatan/\n");
    let r = ws.check_f(&[]);
    r.expect_code(0);
    assert!(
        r.stderr.contains(
            "1 berkas rencana tidak diperiksa karena diabaikan oleh .gitignore (misalnya \
             pegawai/a/skp-2026.yaml)"
        ),
        "{}",
        r.stderr
    );
    let listed = ws.check(&["--list-files"]);
    assert!(
        listed
            .stdout
            .contains("diabaikan pegawai/a/skp-2026.yaml (rencana yang diabaikan oleh .gitignore)"),
        "{}",
        listed.stdout
    );
    // Another YAML file the rules leave out is not the workspace's business.
    assert!(
        !listed.stdout.contains("docker-compose"),
        "{}",
        listed.stdout
    );
    // Without the pattern, the plan is read again and nothing is said.
    ws.file(".gitignore", "catatan/\n");
    let r = ws.check_f(&[]);
    assert!(!r.stderr.contains(".gitignore"), "{}", r.stderr);

    // A .gitignore in a folder above the workspace, with no git anywhere, is said too.
    let outer = Ws::bare();
    outer.file(".gitignore", "skp-*.yaml\n");
    outer.file("ws/skp.toml", "");
    outer.file("ws/pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    let r = run(&outer.join("ws"), &["check", "--lang", "en"]);
    r.expect_code(0);
    assert!(
        r.stderr.contains(
            "1 plan file(s) not checked because .gitignore ignores them (e.g. \
             pegawai/a/skp-2026.yaml)"
        ),
        "{}",
        r.stderr
    );
}

/// Git never applies ignore rules to a file it tracks: a `.gitignore` line added over a
/// committed plan must not take it out of CI's check (it did, with exit 0).
#[test]
fn a_plan_git_tracks_is_read_whatever_gitignore_says() {
    let ws = Ws::new();
    let broken = minimal_with("target: 4 modul", "target: \"1.2.3 dokumen\"");
    ws.file("pegawai/a/skp-2026.yaml", &broken);
    let root = ws.path();
    git(root, &["init", "-q"]);
    git(root, &["config", "user.name", "Uji"]);
    git(root, &["config", "user.email", "uji@contoh.go.id"]);
    git(root, &["add", "-A"]);
    git(root, &["commit", "-qm", "rencana"]);
    // A data file that merely looks like a plan, committed and git-ignored: `.gitignore` is
    // how to say it is none, so it stays unread (F017 cannot be switched off).
    ws.file("data/pegawai.yaml", "pegawai:\n  - nama: Rina\n");
    git(root, &["add", "-A"]);
    git(root, &["commit", "-qm", "data"]);
    ws.file(".gitignore", "pegawai/a/\ndata/\n");
    // An untracked plan under the same pattern is still left out, and said.
    ws.file("pegawai/a/skp-2027.yaml", &broken.replace("2026", "2027"));
    for extra in [&[][..], &["--tracked-only"], &["--no-exemptions"]] {
        let r = ws.check_f(extra);
        r.expect_code(1);
        let d = r.diags();
        assert!(
            d.iter()
                .any(|f| f.code == "F015" && f.file == "pegawai/a/skp-2026.yaml"),
            "{extra:?}: {}",
            list(&d)
        );
        assert!(
            !d.iter()
                .any(|f| f.file == "pegawai/a/skp-2027.yaml" || f.file == "data/pegawai.yaml"),
            "{extra:?}: {}",
            list(&d)
        );
    }
    let r = ws.check_f(&[]);
    assert!(
        r.stderr.contains(
            "2 berkas rencana tidak diperiksa karena diabaikan oleh .gitignore (misalnya \
             data/pegawai.yaml)"
        ),
        "{}",
        r.stderr
    );
}

/// A PATH under which nothing is read is an error that says why, not "no findings": a plan in
/// a hidden folder, a file that is not a plan, a name that does not exist.
#[test]
fn a_path_named_on_the_command_line_that_is_not_read_is_said() {
    let ws = Ws::new();
    let broken = minimal_with("target: 4 modul", "target: \"1.2.3 dokumen\"");
    ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    ws.file(".drafts/skp-2026.yaml", &broken);
    ws.file("README.md", "# catatan\n");
    for path in [".drafts/skp-2026.yaml", "README.md"] {
        let r = ws.check(&[path]);
        r.expect_code(2);
        assert!(
            r.stderr.contains(&format!(
                "{path} tidak diperiksa: bukan berkas rencana ruang kerja ini"
            )) && r.stderr.contains("--list-files"),
            "{path}: {}",
            r.stderr
        );
    }
    let r = ws.check(&["tidak-ada.yaml"]);
    r.expect_code(2);
    assert!(
        r.stderr.contains("tidak-ada.yaml tidak ada"),
        "{}",
        r.stderr
    );
    // What is read is checked as before, alone or beside the folder that holds it.
    ws.check(&["pegawai/a/skp-2026.yaml"]).expect_code(0);
    ws.check(&["pegawai", "pegawai/a/skp-2026.yaml"])
        .expect_code(0);
    let r = ws.check(&["--lang", "en", "README.md"]);
    assert!(
        r.stderr
            .contains("README.md was not checked: not a plan file of this workspace"),
        "{}",
        r.stderr
    );
}

/// A plan saved as `SKP-2026.YAML` (Windows tools) is read like any other, never skipped
/// unseen.
#[test]
fn a_plan_with_an_upper_case_extension_is_read() {
    let ws = Ws::new();
    let broken = minimal_with("target: 4 modul", "target: \"1.2.3 dokumen\"");
    ws.file("pegawai/a/SKP-2026.YAML", &broken);
    let r = ws.check_f(&[]);
    r.expect_code(1);
    assert_eq!(
        with_code(&r.diags(), "F015")[0].file,
        "pegawai/a/SKP-2026.YAML"
    );
}

#[test]
fn nested_workspace_is_checked_on_its_own() {
    let ws = Ws::new();
    ws.file("a.yaml", MINIMAL_SKP);
    ws.file("sub/skp.toml", "");
    ws.file(
        "sub/b.yaml",
        &minimal_with("target: 4 modul", "target: \"1.2.3 dokumen\""),
    );
    // The parent does not read sub/: no F015, and no F005/F013 against a.yaml.
    let r = ws.check_f(&[]);
    r.expect_code(0);
    assert!(r.diags().is_empty());
    // …but says it skipped it.
    assert!(
        r.stderr
            .contains("1 ruang kerja bersarang dilewati (misalnya sub;"),
        "{}",
        r.stderr
    );
    // Checked on its own, the nested workspace reports its finding.
    let r = run(
        &ws.join("sub"),
        &["check", "--format", "json", "--select", "F"],
    );
    r.expect_code(1);
    let d = r.diags();
    assert_eq!(codes(&d), ["F015"]);
    assert_eq!(d[0].file, "b.yaml");
}

#[test]
fn files_are_recognised_by_kind_not_by_path() {
    let ws = Ws::new();
    ws.file("di/mana/saja/rencana.yml", MINIMAL_SKP);
    let r = ws.check(&["--list-files"]);
    assert!(
        r.stdout.contains("dibaca    di/mana/saja/rencana.yml"),
        "{}",
        r.stdout
    );
}

// ---------------------------------------------------------------------------------------------
// --statistics

#[test]
fn statistics_counts_per_rule() {
    let r = run(
        &example("kesalahan-umum"),
        &["check", "--statistics", "--select", "F"],
    );
    r.expect_code(1);
    let json = run(
        &example("kesalahan-umum"),
        &["check", "--format", "json", "--select", "F"],
    )
    .diags();
    let mut total = 0;
    for line in r.stdout.lines() {
        let mut parts = line.split_whitespace();
        let count: usize = parts.next().unwrap().parse().expect("count first");
        let code = parts.next().unwrap();
        assert_eq!(
            count,
            with_code(&json, code).len(),
            "count of {code}: {}",
            r.stdout
        );
        total += count;
    }
    assert_eq!(total, json.len(), "{}", r.stdout);
    // The level in the run's language, as `skp rules` says it.
    assert!(
        r.stdout.contains("F004  kesalahan  invalid-value"),
        "code, level and name: {}",
        r.stdout
    );
    let en = run(
        &example("kesalahan-umum"),
        &["--lang", "en", "check", "--statistics", "--select", "F"],
    );
    assert!(
        en.stdout.contains("F004  error      invalid-value"),
        "{}",
        en.stdout
    );
    assert!(
        r.stdout
            .lines()
            .next()
            .unwrap()
            .trim_start()
            .starts_with('2')
    );
}

// ---------------------------------------------------------------------------------------------
// Languages

#[test]
fn lang_en_and_skp_lang_switch_messages() {
    let ex = example("kesalahan-umum");
    let id = run(&ex, &["check", "--format", "concise", "--select", "F010"]);
    let en = run(
        &ex,
        &[
            "check", "--format", "concise", "--select", "F010", "--lang", "en",
        ],
    );
    let env = run_env(
        &ex,
        &["check", "--format", "concise", "--select", "F010"],
        &[("SKP_LANG", "en")],
    );
    assert!(
        id.stdout.contains("ditulis tanpa tanda kutip"),
        "{}",
        id.stdout
    );
    assert!(
        en.stdout.contains("is written without quotes"),
        "{}",
        en.stdout
    );
    assert_eq!(en.stdout, env.stdout);
    assert_eq!(en.stderr, env.stderr);
    assert!(en.stderr.contains("files checked"), "{}", en.stderr);
    // The flag wins over the environment.
    let both = run_env(
        &ex,
        &[
            "check", "--format", "concise", "--select", "F010", "--lang", "id",
        ],
        &[("SKP_LANG", "en")],
    );
    assert_eq!(both.stdout, id.stdout);
    // Codes and exit codes do not change with the language.
    assert_eq!(id.code, en.code);
}

#[test]
fn lang_applies_to_fatal_errors_too() {
    let dir = Ws::bare();
    let r = run(dir.path(), &["--lang", "en", "check"]);
    r.expect_code(2);
    assert!(r.stderr.contains("no skp.toml"), "{}", r.stderr);
}

// ---------------------------------------------------------------------------------------------
// Other commands of the foundation

#[test]
fn rules_lists_every_f_rule() {
    let r = run(&example("dinas-kominfo"), &["rules"]);
    r.expect_code(0);
    for i in 1..=20 {
        let code = format!("F{i:03}");
        assert!(
            r.stdout.lines().any(|l| l.starts_with(&code)),
            "{code} missing from `skp rules`:\n{}",
            r.stdout
        );
    }
}

#[test]
fn explain_known_and_unknown_codes() {
    let dir = Ws::bare();
    let r = run(dir.path(), &["explain", "F010"]);
    r.expect_code(0);
    assert!(r.stdout.contains("F010"), "{}", r.stdout);
    assert!(r.stdout.contains("nip-unquoted"), "{}", r.stdout);
    run(dir.path(), &["explain", "nip-unquoted"]).expect_code(0);
    let r = run(dir.path(), &["explain", "X999"]);
    r.expect_code(2);
    assert!(r.stderr.contains("X999"), "{}", r.stderr);
    // In English, the page's own words are English and say the body is not.
    let r = run(dir.path(), &["--lang", "en", "explain", "F010"]);
    r.expect_code(0);
    assert!(
        r.stdout.contains("- Default level: `error`")
            && r.stdout
                .contains("The documentation below is in Bahasa Indonesia."),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("Tingkat bawaan"), "{}", r.stdout);
}

// ---------------------------------------------------------------------------------------------
// Output that cannot be written

/// A workspace whose human output is far larger than a pipe buffer.
fn noisy_workspace() -> Ws {
    let ws = Ws::new();
    let mut text = MINIMAL_SKP.to_string();
    for _ in 0..2_000 {
        text.push_str("tahun: 2026\n");
    }
    ws.file("a.yaml", &text);
    ws
}

fn fixed_command(dir: &std::path::Path, args: &[&str]) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_skp"));
    cmd.current_dir(dir)
        .args(args)
        .env_remove("SKP_LANG")
        .env_remove("SKP_AS_OF")
        .env("NO_COLOR", "1")
        .env("SKP_TODAY", TODAY);
    cmd
}

/// A reader that stops early (`skp check | head`) gets no error message, and the run still
/// exits with its own code: with `set -o pipefail` a failing check used to pass as 0.
#[test]
fn broken_pipe_is_quiet_and_keeps_the_exit_code() {
    use std::io::Read;
    use std::process::Stdio;
    let ws = noisy_workspace();
    let mut child = fixed_command(ws.path(), &["check", "--select", "F"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read a little (like `skp check | head -1`), then close the pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("Broken pipe"), "quietly: {stderr}");
    assert_eq!(status.code(), Some(1), "the findings' exit code: {stderr}");
}

#[cfg(target_os = "linux")]
#[test]
fn output_that_cannot_be_written_exits_2() {
    use std::process::Stdio;
    let ws = noisy_workspace();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let out = fixed_command(ws.path(), &["check", "--select", "F"])
        .stdout(Stdio::from(full))
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("keluaran tidak dapat ditulis"), "{stderr}");
}

#[test]
fn output_never_replaces_a_plan_a_ledger_or_the_configuration() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(&common::example("dinas-kominfo"), dir.path());
    let plan = "pegawai/199507302020032005/skp-2026.yaml";
    let ledger = "pegawai/199507302020032005/skp-2026.bukti.yaml";
    let before: Vec<Vec<u8>> = [plan, ledger, "skp.toml"]
        .iter()
        .map(|f| std::fs::read(dir.path().join(f)).unwrap())
        .collect();
    for args in [
        &["render", "skp", "--nip", "199507302020032005", "-o", plan][..],
        &["evaluate", "-o", ledger],
        &["template", "--xlsx", "skp.toml"],
        &["check", "-o", &format!("sarif={plan}")],
        &["check", "--write-baseline", "skp.toml"],
    ] {
        let r = common::run_env(dir.path(), args, &[]);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr
                .contains("skp tidak menulis keluaran ke nama seperti itu"),
            "{args:?}: {}",
            r.stderr
        );
    }
    // Nor a new one, which would be read as a plan or as the marker of a nested workspace
    // (`skp.toml` there hides its folder from `check`); nor anything inside .git or .skp.
    for (args, said) in [
        (
            &["tree", "-o", "pegawai/skp.toml"][..],
            "tidak menulis keluaran ke nama seperti itu",
        ),
        (
            &["template", "--xlsx", "baru.YML"],
            "tidak menulis keluaran ke nama seperti itu",
        ),
        (&["tree", "-o", ".git/config"], "folder `.git` atau `.skp`"),
        (
            &["check", "-o", "json=.skp/cache/x.json"],
            "folder `.git` atau `.skp`",
        ),
        // The names Windows resolves to those files and folders: trailing dots and spaces
        // dropped, an NTFS stream (`::$DATA`) being the file's own content.
        (
            &["check", "--format", "json", "-o", "skp.toml."][..],
            "tidak menulis keluaran ke nama seperti itu",
        ),
        (
            &["check", "--format", "json", "-o", "skp.toml "],
            "tidak menulis keluaran ke nama seperti itu",
        ),
        (
            &["check", "--format", "json", "-o", "rencana.yaml::$DATA"],
            "tidak menulis keluaran ke nama seperti itu",
        ),
        // A colon before the plan's extension: refused as written, whatever Windows reads.
        (
            &["check", "--format", "json", "-o", "c:d.yml"],
            "tidak menulis keluaran ke nama seperti itu",
        ),
        (
            &["check", "--format", "json", "-o", ".git./x.json"],
            "folder `.git` atau `.skp`",
        ),
        (
            &[
                "check",
                "--format",
                "json",
                "-o",
                "pegawai/199507302020032005/bukti./x.json",
            ],
            "folder `bukti/`",
        ),
    ] {
        let r = common::run_env(dir.path(), args, &[]);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(said), "{args:?}: {}", r.stderr);
    }
    assert!(!dir.path().join("pegawai/skp.toml").exists());
    assert!(!dir.path().join("baru.YML").exists());
    let after: Vec<Vec<u8>> = [plan, ledger, "skp.toml"]
        .iter()
        .map(|f| std::fs::read(dir.path().join(f)).unwrap())
        .collect();
    assert!(before == after, "a workspace file was replaced");
    // Any other name is written as before.
    let r = common::run_env(
        dir.path(),
        &[
            "render",
            "skp",
            "--nip",
            "199507302020032005",
            "-o",
            "skp.html",
        ],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(dir.path().join("skp.html").is_file());
    // `-o` naming the file the command reads, or writes besides: refused, the file intact.
    std::fs::write(dir.path().join("rencana.csv"), "nip;tahun\n").unwrap();
    std::fs::write(dir.path().join("t.xlsx"), "isi lama").unwrap();
    for (args, file, before) in [
        (
            &["import", "rencana.csv", "--dry-run", "-o", "rencana.csv"][..],
            "rencana.csv",
            "nip;tahun\n",
        ),
        (
            &["template", "--xlsx", "t.xlsx", "-o", "./t.xlsx"],
            "t.xlsx",
            "isi lama",
        ),
    ] {
        let r = common::run_env(dir.path(), args, &[]);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("akan menimpanya"), "{}", r.stderr);
        assert_eq!(
            std::fs::read_to_string(dir.path().join(file)).unwrap(),
            before
        );
    }
    // A report made private stays private when it is written again.
    use std::os::unix::fs::PermissionsExt;
    let report = dir.path().join("temuan.json");
    std::fs::write(&report, "{}").unwrap();
    std::fs::set_permissions(&report, std::fs::Permissions::from_mode(0o600)).unwrap();
    let r = common::run_env(dir.path(), &["check", "-o", "json=temuan.json"], &[]);
    assert!(r.code < 2, "{}", r.stderr);
    assert!(
        std::fs::read_to_string(&report)
            .unwrap()
            .contains("diagnostics")
    );
    let mode = std::fs::metadata(&report).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

/// A folder link committed to a repository cannot aim a report out of it; a workbook someone
/// may have filled in is replaced only with `--force`; `-o -` is standard output.
#[test]
fn output_never_leaves_through_a_link_nor_replaces_a_workbook_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    common::copy_dir(&common::example("dinas-kominfo"), dir.path());
    std::os::unix::fs::symlink(outside.path(), dir.path().join("laporan")).unwrap();
    for args in [
        &["check", "-o", "sarif=laporan/skp.sarif"][..],
        &["tree", "-o", "laporan/pohon.txt"],
        &["template", "--xlsx", "laporan/t.xlsx"],
    ] {
        let r = common::run_env(dir.path(), args, &[]);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr.contains("tautan simbolik"),
            "{args:?}: {}",
            r.stderr
        );
    }
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
    // A link that stays inside is a folder like any other.
    std::fs::create_dir(dir.path().join("keluaran")).unwrap();
    std::os::unix::fs::symlink("keluaran", dir.path().join("di-dalam")).unwrap();
    let r = common::run_env(dir.path(), &["tree", "-o", "di-dalam/pohon.txt"], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(dir.path().join("keluaran/pohon.txt").is_file());

    std::fs::write(dir.path().join("terisi.xlsx"), "isi yang sudah diisi").unwrap();
    for args in [
        &["template", "--xlsx", "terisi.xlsx"][..],
        &["export", "--xlsx", "terisi.xlsx"],
    ] {
        let r = common::run_env(dir.path(), args, &[]);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr
                .contains("terisi.xlsx sudah ada; skp tidak menimpanya tanpa --force"),
            "{args:?}: {}",
            r.stderr
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("terisi.xlsx")).unwrap(),
            "isi yang sudah diisi"
        );
    }
    let r = common::run_env(
        dir.path(),
        &["export", "--xlsx", "terisi.xlsx", "--force"],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        std::fs::read(dir.path().join("terisi.xlsx"))
            .unwrap()
            .starts_with(b"PK")
    );

    let r = common::run_env(dir.path(), &["tree", "-o", "-"], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("199507302020032005"), "{}", r.stdout);
    assert!(!dir.path().join("-").exists());
}

/// Every `-o` is judged before the run, in the user's language: one file named twice, a name
/// no output may take, an unknown format or a missing file refuse the run with nothing written.
#[test]
fn outputs_are_judged_together_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(&common::example("dinas-kominfo"), dir.path());
    for (args, said) in [
        (
            &["check", "-o", "json=b.txt", "-o", "sarif=./b.txt"][..],
            "sudah dinamai untuk keluaran lain",
        ),
        (
            &[
                "check",
                "--format",
                "json",
                "-o",
                "c.txt",
                "-o",
                "sarif=c.txt",
            ],
            "sudah dinamai untuk keluaran lain",
        ),
        (
            &["check", "-o", "json=a.json", "-o", "sarif=laporan.toml"],
            "tidak menulis keluaran ke nama seperti itu",
        ),
        (
            &["check", "-o", "bogus=x.txt"],
            "format `bogus` tidak dikenal",
        ),
        (
            &["check", "-o", "sarif="],
            "tidak ada nama berkas setelah `sarif=`",
        ),
        (&["tree", "-o", ""], "nama berkasnya kosong"),
        // A report to stdout, where the command's own output goes too.
        (
            &["check", "-o", "sarif=-"],
            "sudah dinamai untuk keluaran lain",
        ),
        // A case-insensitive file system takes `.GIT` for `.git`.
        (
            &["tree", "-o", ".GIT/pohon.txt"],
            "folder `.git` atau `.skp`",
        ),
        // An evidence folder: a report there changes recorded evidence or passes for it.
        (
            &[
                "render",
                "skp",
                "--nip",
                "199507302020032005",
                "-o",
                "pegawai/199507302020032005/bukti/2026-TW1/berita-acara-uat-modul-izin-reklame.pdf",
            ],
            "di dalam folder `bukti/`",
        ),
        (
            &["check", "-o", "sarif=pegawai/x/Bukti/laporan.sarif"],
            "di dalam folder `bukti/`",
        ),
    ] {
        let before = common::snapshot_tree(dir.path());
        let r = common::run_env(dir.path(), args, &[]);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(said), "{args:?}: {}", r.stderr);
        assert_eq!(common::snapshot_tree(dir.path()), before, "{args:?}");
    }
    // The whole path counts: a name typed from inside an evidence folder is refused too...
    let bukti = dir.path().join("pegawai/199507302020032005/bukti/2026-TW1");
    let r = common::run_env(&bukti, &["tree", "-o", "pohon.txt"], &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("di dalam folder `bukti/`"),
        "{}",
        r.stderr
    );
    assert!(!bukti.join("pohon.txt").exists());
    // A report whose folder is a file is refused before any other report is written.
    std::fs::write(dir.path().join("berkas"), "isi").unwrap();
    let r = common::run_env(
        dir.path(),
        &["check", "-o", "sarif=a.sarif", "-o", "junit=berkas/x.xml"],
        &[],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("bukan folder"), "{}", r.stderr);
    assert!(
        !dir.path().join("a.sarif").exists(),
        "a partial set of reports"
    );
    // ...while a folder named so outside any workspace is the user's own.
    let elsewhere = tempfile::tempdir().unwrap();
    let mine = elsewhere.path().join("Bukti/pohon.txt");
    let r = common::run_env(dir.path(), &["tree", "-o", mine.to_str().unwrap()], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(mine.is_file());
}

/// The names an output may not take are judged where the links on the way lead too: a link
/// to `.git`, `.skp` or an evidence folder, in the workspace or named by an absolute path,
/// is refused like the folder itself.
#[cfg(unix)]
#[test]
fn output_through_a_link_is_judged_where_it_leads() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    common::copy_dir(&common::example("dinas-kominfo"), &ws);
    std::fs::create_dir(ws.join(".git")).unwrap();
    std::fs::write(ws.join(".git/config"), "asli").unwrap();
    let bukti = "pegawai/199507302020032005/bukti";
    let evidence = format!("{bukti}/2026-TW1/laporan-perbaikan-cacat-tw1.pdf");
    let before = std::fs::read(ws.join(&evidence)).unwrap();
    symlink(".git", ws.join("g")).unwrap();
    symlink(".skp", ws.join("s")).unwrap();
    symlink(format!("{bukti}/2026-TW1"), ws.join("b")).unwrap();
    symlink(ws.join(bukti), dir.path().join("luar")).unwrap();
    let outside = dir.path().join("luar/2025/rekap.pdf");
    for (args, said) in [
        (
            &["rules", "-o", "g/config"][..],
            "folder `.git` atau `.skp`",
        ),
        (
            &["rules", "-o", "s/cache/stat.bin"],
            "folder `.git` atau `.skp`",
        ),
        (
            &["rules", "-o", "b/laporan-perbaikan-cacat-tw1.pdf"],
            "di dalam folder `bukti/`",
        ),
        (
            &["check", "--write-baseline", "b/baseline.json"],
            "di dalam folder `bukti/`",
        ),
        (
            &["template", "--xlsx", "b/templat.xlsx", "--force"],
            "di dalam folder `bukti/`",
        ),
        (
            &["rules", "-o", outside.to_str().unwrap()],
            "di dalam folder `bukti/`",
        ),
        // A regular file reached through /proc is no stream: judged like any other.
        #[cfg(target_os = "linux")]
        (
            &["rules", "-o", "/proc/self/cwd/g/config"],
            "folder `.git` atau `.skp`",
        ),
        #[cfg(target_os = "linux")]
        (
            &[
                "rules",
                "-o",
                "/proc/self/cwd/b/laporan-perbaikan-cacat-tw1.pdf",
            ],
            "di dalam folder `bukti/`",
        ),
    ] {
        let r = common::run_env(&ws, args, &[]);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(said), "{args:?}: {}", r.stderr);
    }
    assert_eq!(std::fs::read(ws.join(".git/config")).unwrap(), b"asli");
    assert_eq!(std::fs::read(ws.join(&evidence)).unwrap(), before);
    for made in ["baseline.json", "templat.xlsx"] {
        assert!(
            !ws.join(bukti).join("2026-TW1").join(made).exists(),
            "{made}"
        );
    }
    assert!(!ws.join(bukti).join("2025/rekap.pdf").exists());
}

/// An output that names a file the command reads or writes, however it is spelled: a file being
/// recorded as evidence (it was replaced by the report of its own recording), a baseline read
/// or written, another report through `..` or a link to the folder.
#[cfg(unix)]
#[test]
fn output_naming_an_input_is_refused_however_it_is_spelled() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(&common::example("dinas-kominfo"), dir.path());
    std::fs::create_dir(dir.path().join("laporan")).unwrap();
    std::fs::write(dir.path().join("laporan/notulen.txt"), "isi laporan asli").unwrap();
    std::fs::write(
        dir.path().join("manifest.csv"),
        "nip,for,period,file,date\n199404182019032006,IKI-1.1,2026-TW1,laporan/notulen.txt,2026-02-01\n",
    )
    .unwrap();
    // A row naming the file through a link of another name.
    std::os::unix::fs::symlink("notulen.txt", dir.path().join("laporan/lampiran.pdf")).unwrap();
    std::fs::write(
        dir.path().join("tautan.csv"),
        "nip,for,period,file,date\n199404182019032006,IKI-1.1,2026-TW1,laporan/lampiran.pdf,2026-02-01\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("base.json"), "[]").unwrap();
    std::fs::create_dir(dir.path().join("x")).unwrap();
    std::os::unix::fs::symlink(".", dir.path().join("self")).unwrap();
    for (args, said) in [
        (
            &[
                "evidence",
                "add",
                "laporan/notulen.txt",
                "--for",
                "IKI-1.1",
                "--period",
                "2026-TW1",
                "--nip",
                "199404182019032006",
                "--date",
                "2026-02-01",
                "-o",
                "laporan/../laporan/notulen.txt",
            ][..],
            "juga dibaca atau ditulis perintah ini",
        ),
        (
            &[
                "evidence",
                "add",
                "--manifest",
                "manifest.csv",
                "-o",
                "./laporan/notulen.txt",
            ],
            "juga dibaca atau ditulis perintah ini",
        ),
        (
            &[
                "evidence",
                "add",
                "--manifest",
                "tautan.csv",
                "-o",
                "laporan/notulen.txt",
            ],
            "juga dibaca atau ditulis perintah ini",
        ),
        (
            &["check", "--write-baseline", "b.json", "-o", "b.json"],
            "juga dibaca atau ditulis perintah ini",
        ),
        (
            &["check", "--baseline", "base.json", "-o", "self/base.json"],
            "juga dibaca atau ditulis perintah ini",
        ),
        (
            &["check", "--baseline", "base.json", "-o", "sarif=base.json"],
            "juga dibaca atau ditulis perintah ini",
        ),
        (
            &["check", "-o", "json=r.json", "-o", "sarif=x/../r.json"],
            "sudah dinamai untuk keluaran lain",
        ),
        (
            &["check", "-o", "json=r.json", "-o", "sarif=self/r.json"],
            "sudah dinamai untuk keluaran lain",
        ),
    ] {
        let r = common::run_env(dir.path(), args, &[]);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(said), "{args:?}: {}", r.stderr);
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("laporan/notulen.txt")).unwrap(),
        "isi laporan asli"
    );
    assert_eq!(std::fs::read(dir.path().join("base.json")).unwrap(), b"[]");
    for made in ["b.json", "r.json"] {
        assert!(!dir.path().join(made).exists(), "{made}");
    }
}

/// A FIFO named `keluaran` in `dir`, or `None` (and a note) where `mkfifo` is missing.
fn fifo_in(dir: &std::path::Path) -> Option<std::path::PathBuf> {
    let fifo = dir.join("keluaran");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: no mkfifo");
        return None;
    }
    Some(fifo)
}

/// `-o /dev/null`, `-o >(jq .)`: a device or a pipe is written into, never replaced by a file
/// (renamed over as root, `/dev/null` itself became a regular file). A FIFO stands in for both.
#[test]
fn output_into_a_pipe_or_device_writes_into_it() {
    let dir = tempfile::tempdir().unwrap();
    let Some(fifo) = fifo_in(dir.path()) else {
        return;
    };
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let f = fifo.to_str().unwrap().to_string();
    let r = run(
        &example("dinas-kominfo"),
        &["check", "--format", "json", "-o", &f],
    );
    r.expect_code(0);
    // Before joining: a replaced pipe leaves the reader waiting on it for ever.
    use std::os::unix::fs::FileTypeExt;
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(kind.is_fifo(), "the pipe was replaced: {kind:?}");
    let written = reader.join().unwrap();
    assert!(written.contains("\"diagnostics\""), "{written}");
    // A report of its own (`-o FORMAT=FILE`) too.
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let r = run(
        &example("dinas-kominfo"),
        &["check", "-o", &format!("sarif={f}")],
    );
    r.expect_code(0);
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
    assert!(reader.join().unwrap().contains("\"runs\""));
    // A link to it, as a repository could hold one aimed at a disk, is refused, not followed.
    let link = dir.path().join("skp.sarif");
    std::os::unix::fs::symlink(&fifo, &link).unwrap();
    let r = run(
        &example("dinas-kominfo"),
        &["check", "-o", &format!("sarif={}", link.display())],
    );
    r.expect_code(2);
    assert!(r.stderr.contains("tautan simbolik"), "{}", r.stderr);
    // `/dev/stdout` is the command's own output, wherever it goes.
    let r = run(
        &example("dinas-kominfo"),
        &["check", "--format", "json", "-o", "/dev/stdout"],
    );
    r.expect_code(0);
    assert!(r.stdout.contains("\"diagnostics\""), "{}", r.stdout);
}

/// `-o >(head -c 1)`: a pipe whose reader stops early ends the write quietly, and the run keeps
/// its own exit code (1 for findings) instead of failing with a write error.
#[test]
fn output_into_a_pipe_closed_early_keeps_the_exit_code() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let Some(fifo) = fifo_in(dir.path()) else {
        return;
    };
    // The SARIF text (its rules' metadata) is several times a pipe's 64 KiB buffer.
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut first = [0u8; 1];
            std::fs::File::open(fifo)
                .unwrap()
                .read_exact(&mut first)
                .unwrap();
            first[0]
        })
    };
    let f = fifo.to_str().unwrap().to_string();
    let r = run(
        &example("kesalahan-umum"),
        &["check", "--format", "sarif", "-o", &f],
    );
    assert_eq!(reader.join().unwrap(), b'{');
    r.expect_code(1);
    assert!(!r.stderr.contains("error"), "{}", r.stderr);
}

#[test]
fn several_path_arguments_report_their_union() {
    let ws = Ws::new();
    let bad =
        |nip: &str| minimal_for_nip(nip).replace("target: 4 modul", "target: \"1.2.3 dokumen\"");
    ws.file("pegawai/a/skp.yaml", &bad("199001012015032001"));
    ws.file("pegawai/b/skp.yaml", &bad("199202022016042002"));
    ws.file("pegawai/c/skp.yaml", &bad("198005152005011002"));
    let d = ws.check_f(&["pegawai/a", "pegawai/c/skp.yaml"]).diags();
    let files: Vec<&str> = d.iter().map(|d| d.file.as_str()).collect();
    assert_eq!(files, ["pegawai/a/skp.yaml", "pegawai/c/skp.yaml"]);
}

#[test]
fn missing_path_argument_exits_2_and_names_it() {
    let ws = Ws::new();
    ws.file("a.yaml", MINIMAL_SKP);
    let r = ws.check(&["tidak-ada.yaml"]);
    r.expect_code(2);
    assert!(r.stderr.contains("tidak-ada.yaml"), "{}", r.stderr);
}

#[cfg(unix)]
#[test]
fn workspace_reached_through_a_symlink() {
    let ws = Ws::new();
    ws.file(
        "pegawai/a/skp.yaml",
        &minimal_with("target: 4 modul", "target: 4.500"),
    );
    ws.file("pegawai/b/skp.yaml", &minimal_for_nip("199202022016042002"));
    let outside = Ws::bare();
    let link = outside.join("tautan");
    std::os::unix::fs::symlink(ws.path(), &link).unwrap();
    let r = run(
        &link.join("pegawai"),
        &["check", "--format", "json", "--select", "F", "a"],
    );
    let d = r.diags();
    assert_eq!(codes(&d), ["F016"]);
    assert_eq!(d[0].file, "pegawai/a/skp.yaml");
    let r = run(
        outside.path(),
        &[
            "check",
            "--format",
            "json",
            "--select",
            "F",
            "tautan/pegawai/b",
        ],
    );
    r.expect_code(0);
    assert!(r.diags().is_empty());
}

/// `report` for a NIP (or appraiser) nobody in the workspace has is a mistake said as one, as
/// `render`, `evaluate` and `report mph` say it, not an empty table and exit 0.
#[test]
fn report_for_a_nip_nobody_has_says_so() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(&common::example("dinas-kominfo"), dir.path());
    let r = common::run_env(dir.path(), &["report", "--nip", "000000000000000000"], &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("tidak ada SKP untuk NIP 000000000000000000"),
        "{}",
        r.stderr
    );
    let r = common::run_env(
        dir.path(),
        &["report", "--penilai", "000000000000000000"],
        &[],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("pejabat penilai NIP 000000000000000000"),
        "{}",
        r.stderr
    );
    let r = common::run_env(dir.path(), &["report", "--nip", "199507302020032005"], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}
