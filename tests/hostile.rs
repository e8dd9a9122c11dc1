//! Hostile input: every case ends in a diagnostic naming the file, or exit 2 — never a panic,
//! a stack overflow, a hang or a memory blow-up. [`common::run`] already fails a test on a
//! panic message, on a signal (stack overflow aborts) and on its 60 s timeout.
//!
//! Most runs use `--select F` so that only the loader and the format rules are measured; the
//! rules of other families have their own tests.

mod common;

use common::*;

const FILE: &str = "pegawai/skp.yaml";

fn one_file(bytes: &[u8]) -> (Ws, Run) {
    let ws = Ws::new();
    ws.bytes(FILE, bytes);
    let r = ws.check_f(&[]);
    (ws, r)
}

/// The run reported a finding `code` on FILE and exited 1.
fn reported(r: &Run, code: &str) -> Diag {
    r.expect_code(1);
    let d = r.diags();
    let f = d
        .iter()
        .find(|d| d.code == code)
        .unwrap_or_else(|| panic!("no {code}:\n{}", list(&d)))
        .clone();
    assert_eq!(f.file, FILE);
    f
}

#[test]
fn billion_laughs_alias_bomb() {
    for levels in [9, 12] {
        let mut s = String::from("apiVersion: skp/v1\nkind: Skp\n");
        s.push_str(
            "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
        );
        for i in 1..levels {
            let p = i - 1;
            let refs = vec![format!("*a{p}"); 9].join(",");
            s.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
        }
        let (_ws, r) = one_file(s.as_bytes());
        let f = reported(&r, "F009");
        assert_eq!(f.args["batas"], "nodes", "{levels} levels");
        assert_eq!(r.diags().len(), 1, "{}", list(&r.diags()));
    }
}

#[test]
fn alias_bomb_in_a_file_that_is_not_ours_is_still_safe() {
    // No apiVersion: the file is not ours, but it must not be expanded either.
    let mut s = String::from("a0: &a0 [x,x,x,x,x,x,x,x,x]\n");
    for i in 1..12 {
        let p = i - 1;
        s.push_str(&format!(
            "a{i}: &a{i} [{}]\n",
            vec![format!("*a{p}"); 9].join(",")
        ));
    }
    let ws = Ws::new();
    ws.file("data.yaml", &s);
    let r = ws.check_f(&[]);
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
}

#[test]
fn hundred_thousand_open_brackets() {
    let s = format!(
        "apiVersion: skp/v1\nkind: Skp\nx: {}\n",
        "[".repeat(100_000)
    );
    let (_ws, r) = one_file(s.as_bytes());
    let f = reported(&r, "F009");
    assert_eq!(f.args["batas"], "depth");
}

#[test]
fn hundred_thousand_open_braces_without_header() {
    // Nesting before any apiVersion could be seen.
    let s = "{".repeat(100_000);
    let (_ws, r) = one_file(s.as_bytes());
    assert!(r.code == 0 || r.code == 1);
    if r.code == 1 {
        assert!(r.diags().iter().all(|d| d.file == FILE));
    }
}

#[test]
fn deep_block_nesting() {
    // `- - - - …` nests 10 000 block sequences on one line.
    let s = format!(
        "apiVersion: skp/v1\nkind: Skp\nx:\n  {}a\n",
        "- ".repeat(10_000)
    );
    let (_ws, r) = one_file(s.as_bytes());
    let f = reported(&r, "F009");
    assert_eq!(f.args["batas"], "depth");
    assert_eq!(f.line, 4);
}

#[test]
fn deep_block_mapping_nesting() {
    let mut s = String::from("apiVersion: skp/v1\nkind: Skp\nx:\n");
    for i in 0..3_000 {
        s.push_str(&" ".repeat(i + 1));
        s.push_str(&format!("k{i}:\n"));
    }
    let (_ws, r) = one_file(s.as_bytes());
    let f = reported(&r, "F009");
    assert_eq!(f.args["batas"], "depth");
}

#[test]
fn invalid_utf8_bytes() {
    // `tahun: 20<invalid bytes>` on line 3 of an otherwise valid SKP.
    let at = MINIMAL_SKP.find("26\npendekatan").unwrap();
    let mut bytes = MINIMAL_SKP.as_bytes()[..at].to_vec();
    bytes.extend_from_slice(b"\xC3\x28\xA0\xA1");
    bytes.extend_from_slice(&MINIMAL_SKP.as_bytes()[at..]);
    let (_ws, r) = one_file(&bytes);
    let f = reported(&r, "F008");
    assert_eq!(f.at(), (1, 1));
    assert_eq!(f.args["alasan"], "encoding");
    assert!(
        f.message.contains("baris 3"),
        "names the line: {}",
        f.message
    );
}

#[test]
fn utf16_file_is_unreadable_not_a_crash() {
    let mut bytes = vec![0xFF, 0xFE];
    for u in MINIMAL_SKP.encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let (_ws, r) = one_file(&bytes);
    reported(&r, "F008");
}

#[test]
fn nul_bytes() {
    let text = minimal_with("tahun: 2026", "tahun: 2026\0\0");
    let (_ws, r) = one_file(text.as_bytes());
    let f = reported(&r, "F001");
    assert_eq!(f.line, 3);
    // The human output shows the NUL escaped, never raw.
    let ws = Ws::new();
    ws.file(FILE, &text);
    let h = ws.check(&["--select", "F"]);
    assert!(!h.stdout.contains('\0'), "{:?}", h.stdout);
}

#[test]
fn tabs_for_indentation() {
    let text = MINIMAL_SKP.replace("\n  nama: Rina", "\n\tnama: Rina");
    let (_ws, r) = one_file(text.as_bytes());
    let f = reported(&r, "F001");
    assert_eq!(f.line, 6);
    assert!(f.message.contains("tab"), "{}", f.message);
    assert!(
        f.help().contains("spasi"),
        "the help says to use spaces: {}",
        f.help()
    );
    let ws = Ws::new();
    ws.file(FILE, &text);
    let en = ws.check_f(&["--lang", "en"]).diags();
    assert!(en[0].help().contains("spaces"), "{}", en[0].help());
    // A tab before a key under a list item: the scanner stops at the end of the line before,
    // in the middle of a value, with words of its own; the tab is what is reported.
    let text = MINIMAL_SKP.replace("\n        teks: Jumlah", "\n\tteks: Jumlah");
    let (_ws, r) = one_file(text.as_bytes());
    let f = reported(&r, "F001");
    assert_eq!((f.line, f.column), (24, 1), "{}", f.message);
    assert_eq!(f.message, "tab dipakai untuk indentasi");
}

#[test]
fn many_duplicate_keys() {
    let mut text = MINIMAL_SKP.to_string();
    for _ in 0..1_000 {
        text.push_str("tahun: 2026\n");
    }
    let (_ws, r) = one_file(text.as_bytes());
    r.expect_code(1);
    let d = r.diags();
    assert_eq!(with_code(&d, "F006").len(), 1_000);
    assert!(d.iter().all(|d| d.code == "F006"), "{}", list(&d));
}

#[test]
fn twenty_mib_single_line_scalar() {
    let big = format!("Tersedianya {}", "layanan ".repeat(20 * 1024 * 1024 / 8));
    let text = minimal_with(
        "rhk: Tersedianya layanan aplikasi perizinan daring yang andal",
        &format!("rhk: {big}"),
    );
    assert!(text.len() > 20 * 1024 * 1024);
    let (_ws, r) = one_file(text.as_bytes());
    // Loads and is valid as far as the format rules go.
    r.expect_code(0);
    assert!(r.diags().is_empty(), "{}", list(&r.diags()));
}

#[test]
fn twenty_mib_line_with_a_finding_is_reported_without_echoing_it() {
    let junk = "x".repeat(20 * 1024 * 1024);
    let text = minimal_with(
        "rhk: Tersedianya layanan aplikasi perizinan daring yang andal",
        &format!("rhk: Tersedianya {junk}\n    catatan: tambahan"),
    );
    let ws = Ws::new();
    ws.file(FILE, &text);
    let r = ws.check(&["--select", "F"]);
    r.expect_code(1);
    assert!(
        r.stdout.contains("kesalahan[F002]"),
        "{}",
        &r.stdout[..r.stdout.len().min(2000)]
    );
    assert!(
        r.stdout.len() < 100_000,
        "a huge line is not echoed in full ({} bytes of output)",
        r.stdout.len()
    );
}

#[test]
fn twenty_mib_value_in_a_finding_is_not_echoed_in_full() {
    // The excerpt of the source line is cut (render/human.rs), but the message repeats the raw
    // target in full, so one pathological value turns into 20 MB on the terminal.
    let junk = "x".repeat(20 * 1024 * 1024);
    let text = minimal_with("target: 4 modul", &format!("target: \"1.2.3 {junk}\""));
    let ws = Ws::new();
    ws.file(FILE, &text);
    let r = ws.check(&["--select", "F"]);
    r.expect_code(1);
    assert!(r.stdout.contains("kesalahan[F015]"));
    assert!(
        r.stdout.len() < 100_000,
        "{} bytes of output",
        r.stdout.len()
    );
}

#[test]
fn two_hundred_thousand_entry_list_is_accepted() {
    let mut text = MINIMAL_SKP.to_string();
    text.push_str("lampiran:\n  konsekuensi:\n");
    for i in 0..200_000 {
        text.push_str(&format!("    - Konsekuensi nomor {i}\n"));
    }
    let (_ws, r) = one_file(text.as_bytes());
    r.expect_code(0);
    assert!(
        r.diags().is_empty(),
        "not a syntax or budget error: {}",
        list(&r.diags())
    );
}

#[test]
fn renstra_with_many_indicators_is_accepted() {
    let mut text = String::from(
        "apiVersion: skp/v1\nkind: Renstra\nid: RENSTRA-BESAR\ntahun_mulai: 2025\ntahun_selesai: 2029\nunit: Pemerintah Provinsi\ntujuan:\n  - id: T1\n    uraian: Tujuan\n    indikator:\n",
    );
    for i in 0..50_000 {
        text.push_str(&format!(
            "      - {{ id: T1.I{i}, uraian: Indikator {i}, satuan: \"%\", target: {{ 2026: 80 }} }}\n"
        ));
    }
    let ws = Ws::new();
    ws.file("organisasi/renstra.yaml", &text);
    let r = ws.check_f(&[]);
    r.expect_code(0);
    assert!(r.diags().is_empty(), "{}", list(&r.diags()));
}

#[test]
fn many_documents_in_one_file_within_budget() {
    let mut text = String::new();
    for i in 0..100 {
        text.push_str(&format!(
            "---\napiVersion: skp/v1\nkind: PerjanjianKinerja\nid: PK-{i}\ntahun: 2026\npihak_pertama: {{ nama: A, jabatan: B }}\npihak_kedua: {{ nama: C, jabatan: D }}\nsasaran: []\n"
        ));
    }
    let (_ws, r) = one_file(text.as_bytes());
    r.expect_code(0);
}

#[cfg(unix)]
#[test]
fn fifo_is_reported_and_never_opened() {
    let ws = Ws::new();
    ws.file("ok.yaml", MINIMAL_SKP);
    let status = std::process::Command::new("mkfifo")
        .arg(ws.join("x.yaml"))
        .status()
        .expect("mkfifo");
    assert!(status.success());
    // Opening the FIFO for reading would block forever: the 60 s timeout of `run` catches it.
    let r = ws.check_f(&[]);
    r.expect_code(1);
    let d = r.diags();
    let f = only(&d, "F008");
    assert_eq!(f.file, "x.yaml");
    assert_eq!(f.at(), (1, 1));
    assert_eq!(f.args["alasan"], "special_file");
    assert_eq!(d.len(), 1, "{}", list(&d));
    // Cannot be hidden, and --list-files lists it as ignored.
    ws.check(&["--ignore", "F"]).expect_code(1);
    let l = ws.check(&["--list-files"]);
    l.expect_code(0);
    assert!(
        l.stdout.contains("diabaikan x.yaml (bukan berkas biasa"),
        "{}",
        l.stdout
    );
}

#[cfg(unix)]
#[test]
fn symlink_loop_is_not_read() {
    use std::os::unix::fs::symlink;
    let ws = Ws::new();
    ws.file("ok.yaml", MINIMAL_SKP);
    symlink("b.yaml", ws.join("a.yaml")).unwrap();
    symlink("a.yaml", ws.join("b.yaml")).unwrap();
    let r = ws.check_f(&[]);
    r.expect_code(0);
    assert!(r.diags().is_empty(), "{}", list(&r.diags()));
    let l = ws.check(&["--list-files"]);
    assert!(l.stdout.contains("diabaikan a.yaml"), "{}", l.stdout);
    assert!(l.stdout.contains("diabaikan b.yaml"), "{}", l.stdout);
    assert!(l.stdout.contains("dibaca    ok.yaml"), "{}", l.stdout);
}

#[cfg(unix)]
#[test]
fn symlinked_folder_loop_terminates() {
    use std::os::unix::fs::symlink;
    let ws = Ws::new();
    ws.file("pegawai/a/skp.yaml", MINIMAL_SKP);
    symlink("..", ws.join("pegawai/a/atas")).unwrap();
    symlink(ws.path(), ws.join("pegawai/akar")).unwrap();
    let r = ws.check_f(&[]);
    r.expect_code(0);
    assert_eq!(r.json()["summary"]["files"], 1);
}

/// A link inside the workspace that leads to no file (a missing target, a loop) is named as
/// such, not as a link "to outside the workspace", which sent the user looking elsewhere.
#[cfg(unix)]
#[test]
fn a_broken_or_looping_link_is_named_as_such() {
    use std::os::unix::fs::symlink;
    let ws = Ws::new();
    ws.file("ok.yaml", MINIMAL_SKP);
    symlink("hilang.yaml", ws.join("putus.yaml")).unwrap();
    symlink("b.yaml", ws.join("a.yaml")).unwrap();
    symlink("a.yaml", ws.join("b.yaml")).unwrap();
    let r = ws.check_f(&[]);
    r.expect_code(0);
    let l = ws.check(&["--list-files"]);
    for name in ["putus.yaml", "a.yaml", "b.yaml"] {
        assert!(
            l.stdout.contains(&format!(
                "diabaikan {name} (tautan simbolik yang tidak menuju berkas"
            )),
            "{}",
            l.stdout
        );
    }
    assert!(!l.stdout.contains("ke luar ruang kerja"), "{}", l.stdout);
    assert!(
        r.stderr
            .contains("3 tautan simbolik yang tidak menuju berkas tidak dibaca (misalnya a.yaml)"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("ke luar ruang kerja"), "{}", r.stderr);
}

#[cfg(unix)]
#[test]
fn symlink_outside_the_workspace_is_not_read() {
    use std::os::unix::fs::symlink;
    let outside = Ws::bare();
    outside.file(
        "rahasia.yaml",
        &minimal_with("target: 4 modul", "target: \"1.2.3 dokumen\""),
    );
    let ws = Ws::new();
    ws.file("ok.yaml", MINIMAL_SKP);
    symlink(outside.join("rahasia.yaml"), ws.join("luar.yaml")).unwrap();
    symlink(outside.path(), ws.join("folder-luar")).unwrap();
    let r = ws.check_f(&[]);
    r.expect_code(0);
    assert!(r.diags().is_empty(), "{}", list(&r.diags()));
    assert_eq!(r.json()["summary"]["files"], 1);
    let l = ws.check(&["--list-files"]);
    assert!(
        l.stdout
            .contains("diabaikan luar.yaml (tautan simbolik ke luar ruang kerja)"),
        "{}",
        l.stdout
    );
    assert!(!l.stdout.contains("dibaca    folder-luar"), "{}", l.stdout);
    // The summary says so too: a plan linked in from elsewhere is not silently unchecked.
    assert!(
        r.stderr.contains(
            "1 tautan simbolik yang mengarah ke luar ruang kerja tidak dibaca (misalnya luar.yaml)"
        ),
        "{}",
        r.stderr
    );
}

#[cfg(unix)]
#[test]
fn dangling_symlink_is_not_read() {
    use std::os::unix::fs::symlink;
    let ws = Ws::new();
    symlink("tidak-ada.yaml", ws.join("a.yaml")).unwrap();
    let r = ws.check_f(&[]);
    r.expect_code(0);
    let l = ws.check(&["--list-files"]);
    assert!(l.stdout.contains("diabaikan a.yaml"), "{}", l.stdout);
}

#[cfg(unix)]
#[test]
fn symlink_inside_the_workspace_is_read_once() {
    use std::os::unix::fs::symlink;
    let ws = Ws::new();
    ws.file("pegawai/skp.yaml", MINIMAL_SKP);
    symlink("pegawai/skp.yaml", ws.join("pintasan.yaml")).unwrap();
    let r = ws.check_f(&[]);
    let d = r.diags();
    assert!(
        d.is_empty(),
        "the same document must not clash with itself:\n{}",
        list(&d)
    );
    r.expect_code(0);
}

#[cfg(unix)]
#[test]
fn unreadable_permissions_are_f008() {
    use std::os::unix::fs::PermissionsExt;
    let ws = Ws::new();
    ws.file(FILE, MINIMAL_SKP);
    let p = ws.join(FILE);
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    let r = run_under_permissions(ws.path(), &["check", "--format", "json", "--select", "F"]);
    let f = reported(&r, "F008");
    assert_eq!(f.args["alasan"], "io");
}

/// A folder nobody may open hides the plans in it: said (F008), never a silent "all clear".
#[cfg(unix)]
#[test]
fn a_folder_that_cannot_be_opened_is_f008_not_silence() {
    let ws = Ws::new();
    ws.file(FILE, MINIMAL_SKP);
    let folder = ws.join(FILE).parent().unwrap().to_path_buf();
    let (r, listed) = with_mode(&folder, 0o000, || {
        (
            run_under_permissions(ws.path(), &["check", "--format", "json", "--select", "F"]),
            run_under_permissions(ws.path(), &["check", "--list-files"]),
        )
    });
    r.expect_code(1);
    let d = r.diags();
    let f = only(&d, "F008");
    assert_eq!(f.file, "pegawai");
    assert_eq!(f.args["alasan"], "folder");
    assert!(f.message.contains("tidak dapat dibuka"), "{}", f.message);
    assert!(
        listed.stdout.contains("(folder yang tidak dapat dibuka)"),
        "{}",
        listed.stdout
    );
    // Asked for a file in it (a folder that may be searched, not listed): the file was not
    // read, and the finding on its folder is reported with it.
    let r = with_mode(&folder, 0o311, || {
        run_under_permissions(ws.path(), &["check", "--format", "json", FILE])
    });
    r.expect_code(1);
    assert_eq!(only(&r.diags(), "F008").file, "pegawai");
    // A nested workspace that may be searched but not listed is only nested: not F008.
    let nested = ws.join("sub");
    std::fs::create_dir(&nested).unwrap();
    std::fs::write(nested.join("skp.toml"), "").unwrap();
    with_mode(&nested, 0o311, || {
        run_under_permissions(ws.path(), &["check", "--format", "json", "--select", "F"])
            .expect_code(0);
    });
}

/// An ignore file nobody may read leaves its patterns unapplied: the files it excluded are
/// checked, and the cause is said (F008 on the ignore file), at the root and in a subfolder.
#[cfg(unix)]
#[test]
fn an_unreadable_gitignore_is_f008_and_its_files_are_checked() {
    let ws = Ws::new();
    ws.file(FILE, MINIMAL_SKP);
    ws.file("konsep/rusak.yaml", "apiVersion: skp/v1\nkind: SKP\n");
    ws.file(".gitignore", "konsep/\n");
    let quiet = run_under_permissions(ws.path(), &["check", "--format", "json", "--select", "F"]);
    quiet.expect_code(0);
    let r = with_mode(&ws.join(".gitignore"), 0o000, || {
        run_under_permissions(ws.path(), &["check", "--format", "json", "--select", "F"])
    });
    r.expect_code(1);
    let d = r.diags();
    let f = only(&d, "F008");
    assert_eq!(f.file, ".gitignore");
    assert_eq!(f.args["alasan"], "ignore_file");
    assert!(f.message.contains("tidak diterapkan"), "{}", f.message);
    assert!(
        d.iter()
            .any(|d| d.code == "F007" && d.file == "konsep/rusak.yaml"),
        "{}",
        list(&d)
    );
    // In a subfolder, and listed by `--list-files` with its reason.
    ws.file("konsep/.gitignore", "rusak.yaml\n");
    std::fs::rename(ws.join(".gitignore"), ws.join("lama.gitignore")).unwrap();
    let (r, listed) = with_mode(&ws.join("konsep/.gitignore"), 0o000, || {
        (
            run_under_permissions(ws.path(), &["check", "--format", "json", "--select", "F"]),
            run_under_permissions(ws.path(), &["check", "--list-files"]),
        )
    });
    r.expect_code(1);
    assert_eq!(only(&r.diags(), "F008").file, "konsep/.gitignore");
    assert!(
        listed
            .stdout
            .contains("diabaikan konsep/.gitignore (berkas .gitignore yang tidak dapat dibaca"),
        "{}",
        listed.stdout
    );
    // Readable again: its file is excluded, nothing to say.
    run_under_permissions(ws.path(), &["check", "--format", "json", "--select", "F"])
        .expect_code(0);
}

/// `--tracked-only` (the pre-commit hook) is not blocked by a scratch folder git does not
/// track, but is by a tracked one that cannot be opened.
#[cfg(unix)]
#[test]
fn tracked_only_reports_an_unopenable_folder_only_if_git_tracks_it() {
    let ws = Ws::new();
    ws.file(FILE, MINIMAL_SKP);
    git(ws.path(), &["init", "-q"]);
    git(ws.path(), &["add", "-A"]);
    git(
        ws.path(),
        &[
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@t.invalid",
            "commit",
            "-qm",
            "x",
        ],
    );
    let scratch = ws.join("scratch");
    std::fs::create_dir(&scratch).unwrap();
    let tracked = ws.join(FILE).parent().unwrap().to_path_buf();
    let args = [
        "check",
        "--tracked-only",
        "--format",
        "json",
        "--select",
        "F",
    ];
    let (untracked, both) = with_mode(&scratch, 0o000, || {
        let untracked = run_under_permissions(ws.path(), &args);
        let both = with_mode(&tracked, 0o000, || run_under_permissions(ws.path(), &args));
        (untracked, both)
    });
    untracked.expect_code(0);
    both.expect_code(1);
    assert_eq!(only(&both.diags(), "F008").file, "pegawai");
}

#[test]
fn crlf_line_endings_are_accepted() {
    let text = MINIMAL_SKP.replace('\n', "\r\n");
    let (_ws, r) = one_file(text.as_bytes());
    r.expect_code(0);
    assert!(r.diags().is_empty(), "{}", list(&r.diags()));
}

#[test]
fn crlf_positions_match_lf_positions() {
    let lf = minimal_with("target: 4 modul", "target: 4.500");
    let crlf = lf.replace('\n', "\r\n");
    let (_a, a) = one_file(lf.as_bytes());
    let (_b, b) = one_file(crlf.as_bytes());
    let (da, db) = (a.diags(), b.diags());
    assert_eq!(codes(&da), ["F016"]);
    assert_eq!(codes(&db), ["F016"]);
    assert_eq!(da[0].at(), db[0].at());
    assert_eq!(da[0].end_column, db[0].end_column);
    // The carriage return is not shown in the human output.
    let ws = Ws::new();
    ws.file(FILE, &crlf);
    let h = ws.check(&["--select", "F"]);
    assert!(!h.stdout.contains('\r'), "{:?}", h.stdout);
}

#[test]
fn utf8_bom_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(MINIMAL_SKP.as_bytes());
    let (_ws, r) = one_file(&bytes);
    r.expect_code(0);
    assert!(r.diags().is_empty(), "{}", list(&r.diags()));
}

#[test]
fn utf8_bom_does_not_shift_columns() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(minimal_with("apiVersion: skp/v1", "apiVersion: skp/v9").as_bytes());
    let (_ws, r) = one_file(&bytes);
    let f = reported(&r, "F007");
    assert_eq!(f.at(), (1, 13));
}

#[test]
fn bom_and_crlf_workspace_from_init_passes_every_rule() {
    let dir = Ws::bare();
    run(dir.path(), &["init", "ws", "--year", "2026"]).expect_code(0);
    let root = dir.join("ws");
    let plain = run(&root, &["check", "--format", "json"]);
    plain.expect_code(0);
    for (rel, text) in yaml_files(&root) {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(text.replace('\n', "\r\n").as_bytes());
        std::fs::write(root.join(&rel), bytes).unwrap();
    }
    let r = run(&root, &["check", "--format", "json"]);
    r.expect_code(0);
    // Exactly the same findings (none, or the same infos) as the LF, BOM-less original.
    assert_eq!(r.stdout, plain.stdout);
    assert_eq!(r.json()["summary"]["files"], 3);
}

#[test]
fn empty_and_odd_files_do_not_crash() {
    let ws = Ws::new();
    ws.file("kosong.yaml", "");
    ws.file("tilde.yaml", "~\n");
    ws.file("daftar.yaml", "- apiVersion: skp/v1\n");
    ws.file("skalar.yaml", "apiVersion\n");
    ws.file("hanya-api.yaml", "apiVersion: skp/v1\n");
    ws.file("kind-daftar.yaml", "apiVersion: skp/v1\nkind: [Skp]\n");
    ws.file(
        "kunci-kompleks.yaml",
        "apiVersion: skp/v1\nkind: Skp\n? [a, b]\n: c\n",
    );
    ws.file(
        "tahun-besar.yaml",
        "apiVersion: skp/v1\nkind: Skp\ntahun: 99999999999999999999999999\n",
    );
    ws.file(
        "rekursif.yaml",
        "apiVersion: skp/v1\nkind: Skp\na: &a [*a]\n",
    );
    ws.file(
        "tag.yaml",
        "apiVersion: !!binary c2twL3Yx\nkind: !custom Skp\n",
    );
    ws.file("dokumen-kosong.yaml", "---\n---\n---\n");
    let r = ws.check_f(&[]);
    r.expect_code(1);
    let d = r.diags();
    for f in [
        "hanya-api.yaml",
        "kind-daftar.yaml",
        "kunci-kompleks.yaml",
        "tahun-besar.yaml",
        "rekursif.yaml",
    ] {
        assert!(
            d.iter().any(|d| d.file == f),
            "{f} is reported:\n{}",
            list(&d)
        );
    }
}

#[test]
fn hostile_targets_do_not_crash() {
    let targets = [
        "\"Rp 99999999999999999999999999999999999 T\"",
        "1e308",
        "\"1e999 %\"",
        "\"-\"",
        "\"95-\"",
        "\"≤\"",
        "\"4 (seratus sembilan puluh sembilan triliun sembilan ratus) modul\"",
        "\"4 ()\"",
        "\"(empat)\"",
        "\"99,5,5 %\"",
        "\".5\"",
        "\"0x10\"",
        "\"٣ modul\"",
        "\"Rp ,\"",
        "\"1.000.000.000.000.000.000.000.000.000 berkas\"",
        "{ nilai: \"abc\" }",
        "{ min: 5 }",
        "{ nilai: [1] }",
        "[1, 2]",
        "\"95 – 100 – 105 %\"",
        "\"maksimal\"",
        "{ min: 100, maks: 1 }",
        "\"4 (empat puluh empat ribu tiga ratus dua puluh satu koma lima) modul\"",
    ];
    let ws = Ws::new();
    for (i, t) in targets.iter().enumerate() {
        let nip = format!("1990010120150320{i:02}");
        ws.file(
            &format!("pegawai/{nip}.yaml"),
            &minimal_for_nip(&nip).replace("target: 4 modul", &format!("target: {t}")),
        );
    }
    // Every rule, not only F: the SMART rules read targets too.
    let r = ws.check(&["--format", "json"]);
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    r.json();
}

#[test]
fn control_characters_in_file_names_are_escaped() {
    let ws = Ws::new();
    let name = "pegawai/nama\u{1b}[31mmerah.yaml";
    ws.file(name, &minimal_with("target: 4 modul", "target: 4.500"));
    let r = ws.check(&["--select", "F"]);
    assert!(!r.stdout.contains('\u{1b}'), "{:?}", r.stdout);
    let l = ws.check(&["--list-files"]);
    assert!(!l.stdout.contains('\u{1b}'), "{:?}", l.stdout);
    // JSON carries the exact name (escaped by JSON itself).
    let d = ws.check_f(&[]).diags();
    assert_eq!(d[0].file, name);
}

/// A plan that no longer parses is never passed over for an older one: every command that
/// picks an employee's SKP by NIP stops at it, naming the file, and changes nothing.
#[test]
fn an_unreadable_plan_is_never_replaced_by_last_years() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&example("dinas-kominfo"), dir.path());
    let nip = "199507302020032005";
    let plan = format!("pegawai/{nip}/skp-2026.yaml");
    let path = dir.path().join(&plan);
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("hasil_kerja: [\n");
    std::fs::write(&path, text).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let outside = elsewhere.path().join("bukti-baru.pdf");
    std::fs::write(&outside, b"bukti baru").unwrap();
    let ledger = dir
        .path()
        .join(format!("pegawai/{nip}/skp-2026.bukti.yaml"));
    let ledger_before = std::fs::read(&ledger).unwrap();
    for args in [
        &["approve", "--nip", nip, "--by", "198109232006042001"][..],
        &["render", "skp", "--nip", nip],
        &["export", "--xlsx", "e.xlsx", "--nip", nip],
        &[
            "evidence",
            "add",
            outside.to_str().unwrap(),
            "--for",
            "IKI-1.1",
            "--period",
            "2026-TW2",
            "--nip",
            nip,
        ],
        &["evidence", "rm", "c22f45", "--nip", nip],
    ] {
        let r = run_env(dir.path(), args, &[]);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr.contains(&plan) && r.stderr.contains("tidak dapat dibaca"),
            "{args:?}: {}",
            r.stderr
        );
    }
    assert!(
        !dir.path()
            .join(format!("pegawai/{nip}/skp-2025.persetujuan.yaml"))
            .exists()
    );
    assert!(!dir.path().join("e.xlsx").exists());
    assert_eq!(std::fs::read(&ledger).unwrap(), ledger_before);
    // `check` points the ledger's and the evaluation's findings at the unread plan, not at
    // last year's SKP nor at removing evidence.
    let r = run_env(dir.path(), &["check"], &[]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert_eq!(
        r.stdout.matches("SKP itu mungkin yang ada di").count(),
        2,
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("-2025`?"), "{}", r.stdout);
    assert!(!r.stdout.contains("skp evidence rm"), "{}", r.stdout);
    // Naming the older SKP outright still works.
    let r = run_env(
        dir.path(),
        &["evidence", "list", "--skp", &format!("{nip}-2025")],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
}
