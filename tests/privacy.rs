//! The D rules and `--mask`: personal data found and masked, near misses left alone, and the
//! false-positive rate on real plan and evidence text (which holds no personal data).

mod common;

use skp::privacy::{Allow, Kind, find, identity_document};

/// Every cell of the real indicator and evidence corpora (no personal data in them; the
/// `sumber`/source columns, which are URLs, left out).
fn real_texts() -> Vec<String> {
    let mut out = Vec::new();
    for path in [
        "tests/data/smart-corpus/indikator.csv",
        "tests/data/smart-corpus-2/dev.csv",
        "tests/data/evidence-relevance/items.csv",
    ] {
        let mut rdr = csv::Reader::from_path(path).unwrap();
        let headers = rdr.headers().unwrap().clone();
        for rec in rdr.records() {
            let rec = rec.unwrap();
            for (h, v) in headers.iter().zip(rec.iter()) {
                if !matches!(h, "sumber" | "source" | "url") && !v.is_empty() {
                    out.push(v.to_string());
                }
            }
        }
    }
    out
}

#[test]
fn real_plan_and_evidence_text_has_almost_no_false_positives() {
    let texts = real_texts();
    let allow = Allow::default();
    let hits: Vec<&String> = texts
        .iter()
        .filter(|t| !find(t, &allow).is_empty())
        .collect();
    let names: Vec<&String> = texts
        .iter()
        .filter(|t| identity_document(t).is_some())
        .collect();
    let rate = (hits.len() + names.len()) as f64 / texts.len() as f64;
    eprintln!(
        "privacy false positives: {} of {} texts ({:.3} %): {hits:?} {names:?}",
        hits.len() + names.len(),
        texts.len(),
        rate * 100.0
    );
    assert!(texts.len() > 3000, "{}", texts.len());
    assert!(rate <= 0.002, "{hits:#?} {names:#?}");
}

/// A realistic set: notes of the kind realisasi and ledgers carry (aduan, bansos, honor), each
/// with the kinds it holds; an empty `jenis` is a near miss (numbers plans are full of).
#[test]
fn realistic_cases_find_each_kind_and_nothing_else() {
    let mut rdr = csv::Reader::from_path("tests/data/privacy/cases.csv").unwrap();
    let label = |k: Kind| match k {
        Kind::Nik => "nik",
        Kind::Kk => "kk",
        Kind::Phone => "phone",
        Kind::Email => "email",
        Kind::Npwp => "npwp",
        Kind::Rekening => "rekening",
        Kind::UrlPassword => "url_password",
    };
    let (mut positives, mut negatives) = (0, 0);
    for rec in rdr.records() {
        let rec = rec.unwrap();
        let (teks, jenis) = (&rec[0], &rec[1]);
        let found: Vec<&str> = find(teks, &Allow::default())
            .into_iter()
            .map(|f| label(f.kind))
            .collect();
        let expected: Vec<&str> = jenis.split('+').filter(|s| !s.is_empty()).collect();
        assert_eq!(found, expected, "{teks}");
        if expected.is_empty() {
            negatives += 1;
        } else {
            positives += 1;
        }
    }
    assert!(
        positives >= 19 && negatives >= 15,
        "{positives} {negatives}"
    );
}

const NIK: &str = "7371125308850002";
const PHONE: &str = "0857-1122-3344";
const EMAIL: &str = "rina.w@yahoo.co.id";

/// The minimal SKP with a citizen's NIK in a comment, a phone number in the RHK and an e-mail
/// address in the indicator: the places aduan details end up.
fn leaky() -> String {
    let skp = common::minimal_with(
        "rhk: Tersedianya layanan aplikasi perizinan daring yang andal",
        &format!("rhk: Tersedianya layanan aplikasi perizinan daring yang andal (pelapor {PHONE})"),
    );
    let skp = common::replace_once(
        &skp,
        "teks: Jumlah modul aplikasi perizinan yang dirilis ke produksi",
        &format!("teks: Jumlah modul aplikasi perizinan yang dirilis ke produksi # usul {EMAIL}"),
    );
    common::replace_once(
        &skp,
        "hasil_kerja:\n",
        &format!("# aduan NIK {NIK} sudah ditangani\nhasil_kerja:\n"),
    )
}

#[test]
fn d_rules_report_masked_values_where_they_are() {
    let ws = common::Ws::new();
    ws.file("pegawai/199001012015032001/skp-2026.yaml", &leaky());
    let r = ws.check(&["--select", "D", "--format", "json"]);
    let diags = common::diags_of(&r.json());
    assert_eq!(
        common::codes(&diags),
        vec!["D101", "D102", "D103"],
        "{}",
        common::list(&diags)
    );
    let d101 = common::only(&diags, "D101");
    assert!(
        d101.message.contains("7371********0002"),
        "{}",
        d101.message
    );
    assert_eq!(d101.args["nilai"], "7371********0002");
    assert!(
        common::only(&diags, "D102")
            .message
            .contains("0857****3344")
    );
    assert!(
        common::only(&diags, "D103")
            .message
            .contains("r***@yahoo.co.id")
    );
    // No output repeats the data, whatever the format.
    for format in ["json", "human", "sarif", "junit", "gitlab", "github"] {
        let r = ws.check(&["--select", "D", "--format", format]);
        for raw in [NIK, PHONE, EMAIL, "085711223344"] {
            assert!(!r.stdout.contains(raw), "{format} shows {raw}");
        }
    }
    // The employee's own NIP and the appraiser's are not personal data findings.
    let clean = common::Ws::new();
    clean.file(
        "pegawai/199001012015032001/skp-2026.yaml",
        common::MINIMAL_SKP,
    );
    let r = clean.check(&["--select", "D", "--format", "json"]);
    assert!(common::diags_of(&r.json()).is_empty());
}

#[test]
fn official_contacts_are_allowed_in_skp_toml() {
    let ws =
        common::Ws::with_toml("[privacy]\nallow = [\"+62 857 1122 3344\", \"@yahoo.co.id\"]\n");
    ws.file("pegawai/199001012015032001/skp-2026.yaml", &leaky());
    let r = ws.check(&["--select", "D", "--format", "json"]);
    let diags = common::diags_of(&r.json());
    assert_eq!(
        common::codes(&diags),
        vec!["D101"],
        "{}",
        common::list(&diags)
    );
    // An unknown key of the section is named, like every other.
    let ws = common::Ws::with_toml("[privacy]\nallowed = []\n");
    ws.file(
        "pegawai/199001012015032001/skp-2026.yaml",
        common::MINIMAL_SKP,
    );
    let r = ws.check(&[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("allow"), "{}", r.stderr);
}

#[test]
fn a_suppression_with_a_reason_silences_a_d_finding() {
    let ws = common::Ws::new();
    let skp = common::replace_once(
        &leaky(),
        "# aduan NIK",
        "# skp: abaikan D101 -- contoh pelatihan, NIK fiktif\n# aduan NIK",
    );
    ws.file("pegawai/199001012015032001/skp-2026.yaml", &skp);
    let r = ws.check(&["--select", "D", "--format", "json"]);
    let diags = common::diags_of(&r.json());
    assert_eq!(
        common::codes(&diags),
        vec!["D102", "D103"],
        "{}",
        common::list(&diags)
    );
}

#[test]
fn d107_names_an_identity_document_recorded_as_evidence() {
    let ws = common::Ws::new();
    ws.file(
        "pegawai/199001012015032001/skp-2026.yaml",
        common::MINIMAL_SKP,
    );
    let outside = tempfile::tempdir().unwrap();
    // Fixtures written with std into the test's own temporary folder.
    let ktp = outside.path().join("scan-KTP-pelapor.jpg");
    std::fs::write(&ktp, b"\xff\xd8\xff\xe0 not really a photo").unwrap();
    let near = outside.path().join("laporan-sktp-triwulan.pdf");
    std::fs::write(&near, b"%PDF-1.4 laporan").unwrap();
    for f in [&ktp, &near] {
        let r = ws.run(&[
            "evidence",
            "add",
            f.to_str().unwrap(),
            "--nip",
            common::MINIMAL_NIP,
            "--for",
            "IKI-1.1",
            "--period",
            "2026-TW1",
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let r = ws.check(&["--select", "D107", "--format", "json"]);
    let diags = common::diags_of(&r.json());
    let d = common::only(&diags, "D107");
    assert!(d.file.ends_with("skp-2026.bukti.yaml"), "{}", d.file);
    assert_eq!(d.args["dokumen"], "KTP");
    assert!(d.message.contains("scan-KTP-pelapor.jpg"), "{}", d.message);
    // A file dropped into the bukti folder without being recorded is named too, at its ledger.
    ws.file(
        "pegawai/199001012015032001/bukti/2026-TW1/Kartu_Keluarga_pelapor.jpg",
        "\u{ff}\u{d8} not recorded",
    );
    let r = ws.check(&["--select", "D107", "--format", "json"]);
    let diags = common::diags_of(&r.json());
    assert_eq!(diags.len(), 2, "{}", common::list(&diags));
    assert!(
        diags
            .iter()
            .any(|d| d.args["dokumen"] == "Kartu Keluarga" && d.line == 1)
    );
}

/// Every person the example names, by NIP and by the words of their name.
fn example_people() -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for (rel, text) in common::yaml_files(&common::example("dinas-kominfo")) {
        if !rel.ends_with("skp-2026.yaml") {
            continue;
        }
        let lines: Vec<&str> = text.lines().collect();
        for (i, l) in lines.iter().enumerate() {
            if let Some(name) = l.trim().strip_prefix("nama: ") {
                let nip = lines[i + 1..]
                    .iter()
                    .take(4)
                    .find_map(|l| l.trim().strip_prefix("nip: "))
                    .map(|n| n.trim_matches('"').to_string());
                let bare = name.split(',').next().unwrap();
                let words = bare
                    .split_whitespace()
                    .filter(|w| !w.ends_with('.') && w.len() >= 3)
                    .map(str::to_string)
                    .collect();
                if let Some(nip) = nip {
                    out.push((nip, words));
                }
            }
        }
    }
    out.sort();
    out.dedup();
    assert!(out.len() >= 10, "{out:?}");
    out
}

/// Asserts that `text` names nobody of the example but `subject`.
fn assert_masked(what: &str, text: &str, subject: Option<&str>) {
    let people = example_people();
    let kept: Vec<&String> = people
        .iter()
        .filter(|(n, _)| Some(n.as_str()) == subject)
        .flat_map(|(_, w)| w)
        .collect();
    for (nip, words) in &people {
        if Some(nip.as_str()) == subject {
            continue;
        }
        assert!(!text.contains(nip.as_str()), "{what} shows NIP {nip}");
        for w in words.iter().filter(|w| !kept.contains(w)) {
            let whole_word = text.match_indices(w.as_str()).any(|(i, _)| {
                let before = text[..i].chars().next_back();
                let after = text[i + w.len()..].chars().next();
                !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
            });
            assert!(!whole_word, "{what} shows the name {w}");
        }
    }
}

fn example_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(&common::example("dinas-kominfo"), dir.path());
    dir
}

/// `--mask` with a format for CI tools is refused: the masked NIPs in file paths made SARIF,
/// JUnit, GitLab and GitHub annotations point at files that do not exist (and merged two
/// employees' files into one). `--statistics` with a machine format is refused too: it printed
/// a table where SARIF was asked for.
#[test]
fn mask_and_statistics_are_refused_with_formats_for_tools() {
    let dir = example_copy();
    let root = dir.path();
    for args in [
        &["check", "--mask", "--format", "sarif"][..],
        &["check", "--mask", "--format", "github"],
        &["check", "--mask", "--format", "gitlab"],
        &["check", "--mask", "--format", "junit"],
        &["check", "--mask", "-o", "sarif=laporan.sarif"],
    ] {
        let r = common::run_env(root, args, &[]);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr.contains("--mask tidak dapat digabung"),
            "{}",
            r.stderr
        );
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.stdout);
        assert!(!root.join("laporan.sarif").exists());
    }
    let r = common::run_env(root, &["check", "--statistics", "--format", "sarif"], &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--statistics"), "{}", r.stderr);
    // Still fine where people read the result.
    let r = common::run_env(root, &["check", "--statistics"], &[]);
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
}

#[test]
fn mask_hides_people_and_personal_data_in_every_shared_output() {
    let dir = example_copy();
    let root = dir.path();
    // A citizen's data in a comment of the subject's SKP.
    let skp = root.join("pegawai/199507302020032005/skp-2026.yaml");
    let text = std::fs::read_to_string(&skp).unwrap();
    // A fixture edit in the test's own temporary copy.
    std::fs::write(
        &skp,
        format!("{text}# aduan NIK {NIK}, HP {PHONE}, {EMAIL}\n"),
    )
    .unwrap();
    let subject = "199507302020032005";
    let runs: Vec<(&str, Vec<&str>, Option<&str>)> = vec![
        ("check human", vec!["check", "--mask"], None),
        (
            "check json",
            vec!["check", "--mask", "--format", "json"],
            None,
        ),
        (
            "check concise",
            vec!["check", "--mask", "--format", "concise"],
            None,
        ),
        (
            "report",
            vec!["report", "--mask", "--as-of", "2026-12-31"],
            None,
        ),
        (
            "report csv",
            vec![
                "report",
                "--mask",
                "--format",
                "csv",
                "--as-of",
                "2026-12-31",
            ],
            None,
        ),
        (
            "report html",
            vec![
                "report",
                "--mask",
                "--format",
                "html",
                "--as-of",
                "2026-12-31",
            ],
            None,
        ),
        (
            "report mph",
            vec!["report", "mph", "--nip", "197406121999031002", "--mask"],
            Some("197406121999031002"),
        ),
        (
            "report target",
            vec!["report", "target", "--mask", "--format", "json"],
            None,
        ),
        (
            "evaluate",
            vec!["evaluate", "--mask", "--format", "json"],
            None,
        ),
        (
            "evaluate one",
            vec!["evaluate", "--mask", "--nip", subject],
            Some(subject),
        ),
        (
            "render skp",
            vec!["render", "skp", "--nip", subject, "--mask"],
            Some(subject),
        ),
        (
            "render evaluasi",
            vec![
                "render", "evaluasi", "--nip", subject, "--period", "2025", "--mask",
            ],
            Some(subject),
        ),
    ];
    for (what, args, subj) in runs {
        let r = common::run(root, &args);
        assert!(r.code == 0 || r.code == 1, "{what}: {}", r.stderr);
        assert!(!r.stdout.is_empty(), "{what}: no output");
        assert_masked(what, &r.stdout, subj);
        for raw in [NIK, PHONE, EMAIL] {
            assert!(!r.stdout.contains(raw), "{what} shows {raw}");
        }
        if let Some(s) = subj {
            assert!(
                r.stdout.contains(s),
                "{what}: the subject's own NIP is kept"
            );
        }
    }
    // Without --mask nothing is hidden (the same command shows the appraiser).
    let r = common::run(root, &["render", "skp", "--nip", subject]);
    assert!(r.stdout.contains("198109232006042001"));
}

/// The ways an NIK and an NIP are written on paper are masked too: an NIK in groups of four
/// (or region, birth and serial), an NIP with dots between its groups.
#[test]
fn mask_hides_grouped_nik_and_dotted_nip() {
    let dir = example_copy();
    let root = dir.path();
    let skp = root.join("pegawai/199507302020032005/skp-2026.yaml");
    let text = std::fs::read_to_string(&skp).unwrap();
    let written = [
        "3201 0145 0190 0003",
        "320101-450190-0003",
        "19860208.201012.1.001",
        "19860208 201012 1 001",
    ];
    std::fs::write(
        &skp,
        format!(
            "{text}# aduan NIK {}, {}; NIP. {}, NIP {}\n",
            written[0], written[1], written[2], written[3]
        ),
    )
    .unwrap();
    let r = common::run(root, &["check", "--mask"]);
    for w in written {
        assert!(!r.stdout.contains(w), "shows {w}: {}", r.stdout);
    }
    assert!(r.stdout.contains("3201 **** **** 0003"), "{}", r.stdout);
    let r = common::run(
        root,
        &["render", "skp", "--nip", "199507302020032005", "--mask"],
    );
    assert!(!r.stdout.contains("19860208.201012"), "{}", r.stdout);
    // Printed in a form's cell, where long runs get break opportunities: still masked.
    let real = root.join("pegawai/199507302020032005/realisasi-2026-TW1.yaml");
    let text = std::fs::read_to_string(&real).unwrap();
    let start = text.find("catatan_rekomendasi:").unwrap();
    let end = start + text[start..].find('\n').unwrap();
    let text = format!(
        "{}catatan_rekomendasi: \"Koordinasi: NIP.19860208.201012.1.001, NIK.3201.0145.0190.0003, surel budi.santoso.pelapor@kominfo.contoh.go.id\"{}",
        &text[..start],
        &text[end..]
    );
    std::fs::write(&real, text).unwrap();
    let r = common::run(
        root,
        &[
            "render",
            "dokumen-evaluasi",
            "--nip",
            "199507302020032005",
            "--period",
            "2026-TW1",
            "--mask",
        ],
    );
    assert!(r.stdout.contains("Koordinasi"), "{}", r.stdout);
    for raw in ["19860208", "0145.0190", "santoso.pelapor@"] {
        assert!(!r.stdout.contains(raw), "shows {raw}: {}", r.stdout);
    }
    // Without --mask, check names the grouped NIK as D101.
    let r = common::run(root, &["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let d101 = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "D101")
        .count();
    assert!(d101 >= 2, "{v}");
}

#[test]
fn export_xlsx_mask_masks_every_cell() {
    let dir = example_copy();
    let root = dir.path();
    let out = root.join("out.xlsx");
    let r = common::run(root, &["export", "--xlsx", out.to_str().unwrap(), "--mask"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // The data sheet, cell by cell (the instructions sheet quotes a sample NIP of its own).
    use calamine::Reader;
    let mut book = calamine::open_workbook_auto(&out).unwrap();
    let range = book.worksheet_range("SKP").unwrap();
    let xml: String = range
        .rows()
        .flat_map(|r| r.iter().map(|c| format!("{c}\t")))
        .collect();
    assert!(
        xml.contains("1995**********2005"),
        "NIPs are masked, not dropped"
    );
    assert_masked("export --xlsx", &xml, None);
    // An audit bag holds the files as recorded: masking it is refused, not half done.
    let r = common::run(
        root,
        &[
            "export",
            "--bagit",
            root.join("bag").to_str().unwrap(),
            "--mask",
        ],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
}

/// A hostile file: one line of forty thousand phone numbers and addresses. Every finding is
/// reported, masked, at the right column (the scan, the spans and the quoted lines work in one
/// pass or within a window of the match; before, this took minutes in the human format).
#[test]
fn a_file_of_one_long_line_of_personal_data_stays_linear() {
    let ws = common::Ws::new();
    let mut text = String::from("apiVersion: skp/v1\nkind: Skp\n# ");
    for i in 0..20_000 {
        text.push_str(&format!("a{i}@contoh.net 0812-3456-{:04} ", i % 10_000));
    }
    ws.file("catatan.yaml", &text);
    let r = ws.check(&["--select", "D"]);
    assert!(r.stdout.contains("D102") && !r.stdout.contains("0812-3456-0042"));
    let r = ws.check(&["--select", "D", "--format", "json"]);
    let diags = common::diags_of(&r.json());
    assert_eq!(diags.len(), 40_000);
    let last = diags.last().unwrap();
    // The last phone number: 14 characters and a space before the end of the line.
    let line = text.lines().nth(2).unwrap().chars().count();
    assert_eq!((last.line, last.column as usize), (3, line - 14));
}

/// A link with `user:password@` in a ledger or a plan is an error that never repeats the
/// password, and `evidence add` refuses to record one.
#[test]
fn a_password_in_a_link_is_refused_at_add_and_named_by_check_without_repeating_it() {
    const SECRET: &str = "Rahasia2026";
    let ws = common::Ws::new();
    ws.file(
        "pegawai/199001012015032001/skp-2026.yaml",
        common::MINIMAL_SKP,
    );
    let url = format!("https://budi:{SECRET}@nas.contoh.go.id/laporan.pdf");
    let r = ws.run(&[
        "evidence",
        "add",
        "--nip",
        "199001012015032001",
        "--url",
        &url,
        "--for",
        "IKI-1.1",
        "--period",
        "2026-TW1",
        "--date",
        "2026-02-02",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("memuat nama pengguna dan kata sandi"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains(SECRET), "{}", r.stderr);
    assert!(
        !ws.join("pegawai/199001012015032001/skp-2026.bukti.yaml")
            .exists()
    );
    // Written by hand (or by an older skp): an error of its own, in every format.
    ws.file(
        "pegawai/199001012015032001/skp-2026.bukti.yaml",
        &format!(
            "apiVersion: skp/v1\nkind: BuktiDukung\nskp: \"199001012015032001-2026\"\nbukti:\n  - {{ url: \"{url}\", untuk: [IKI-1.1], periode: \"2026-TW1\", jenis: tautan, tanggal: \"2026-02-02\", ditambahkan: \"2026-02-02T10:00:00+07:00\" }}\n"
        ),
    );
    let r = ws.check(&["--select", "D", "--format", "json"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let diags = common::diags_of(&r.json());
    assert_eq!(
        common::codes(&diags),
        vec!["D108"],
        "{}",
        common::list(&diags)
    );
    assert_eq!(common::only(&diags, "D108").args["nilai"], "budi:****");
    for format in [
        "json", "human", "concise", "sarif", "github", "gitlab", "junit",
    ] {
        let r = ws.check(&["--format", format]);
        assert!(r.stdout.contains("D108"), "{format}: {}", r.stdout);
        assert!(!r.stdout.contains(SECRET), "{format} shows the password");
    }
    // Nor anything else that shows the link: a baseline (its findings' subjects), the
    // ledger's listing, the evaluation form.
    let bl = ws.join("baseline.json");
    ws.check(&["--write-baseline", bl.to_str().unwrap()]);
    assert!(!ws.read("baseline.json").contains(SECRET), "the baseline");
    for args in [
        &["evidence", "list"][..],
        &["evidence", "list", "--format", "json"][..],
    ] {
        let r = ws.run(args);
        assert!(r.stdout.contains("budi:"), "{args:?}: {}", r.stdout);
        assert!(!r.stdout.contains(SECRET), "{args:?} shows the password");
    }
    // A link that is no web address is refused without repeating it either.
    let r = ws.run(&[
        "evidence",
        "add",
        "--nip",
        "199001012015032001",
        "--url",
        &format!("ftp://budi:{SECRET}@nas.contoh.go.id/x"),
        "--for",
        "IKI-1.1",
        "--period",
        "2026-TW1",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(!r.stderr.contains(SECRET), "{}", r.stderr);
}

/// Messages of other rules quote what people wrote (an unknown key, a value): personal data in
/// them is masked too, in every format.
#[test]
fn no_finding_quotes_personal_data() {
    let ws = common::Ws::new();
    let skp = common::replace_once(
        common::MINIMAL_SKP,
        "hasil_kerja:\n",
        &format!("kontak {PHONE}: ada\nhasil_kerja:\n"),
    );
    ws.file("pegawai/199001012015032001/skp-2026.yaml", &skp);
    for format in [
        "json", "human", "concise", "sarif", "github", "gitlab", "junit",
    ] {
        let r = ws.check(&["--select", "F", "--format", format]);
        assert!(r.stdout.contains("F002"), "{format}: {}", r.stdout);
        assert!(
            !r.stdout.contains(PHONE),
            "{format} quotes {PHONE}:\n{}",
            r.stdout
        );
    }
}

/// YAML's escapes do not hide a password from the scan: `\u0040` for the `@`, `\x3a` for the
/// `:`, an escaped line break inside the link. Each is D108, and no output repeats the
/// password, however its source spells it.
#[test]
fn a_password_spelled_with_yaml_escapes_is_still_found_and_masked() {
    const SECRET: &str = "Rahasia2026";
    for spelled in [
        r"https://budi:Rahasia2026\u0040nas.contoh.go.id/laporan.pdf",
        r"https://budi\x3aRahasia2026@nas.contoh.go.id/laporan.pdf",
        "https://budi:Raha\\\n      sia2026@nas.contoh.go.id/laporan.pdf",
    ] {
        let ws = common::Ws::new();
        ws.file(
            "pegawai/199001012015032001/skp-2026.yaml",
            common::MINIMAL_SKP,
        );
        ws.file(
            "pegawai/199001012015032001/skp-2026.bukti.yaml",
            &format!(
                "apiVersion: skp/v1\nkind: BuktiDukung\nskp: \"199001012015032001-2026\"\nbukti:\n  - url: \"{spelled}\"\n    untuk: [IKI-1.1]\n    periode: \"2026-TW1\"\n    jenis: tautan\n    tanggal: \"2026-02-02\"\n    ditambahkan: \"2026-02-02T10:00:00+07:00\"\n"
            ),
        );
        let r = ws.check(&["--select", "D", "--format", "json"]);
        let diags = common::diags_of(&r.json());
        assert_eq!(
            common::codes(&diags),
            vec!["D108"],
            "{spelled}: {}",
            common::list(&diags)
        );
        assert_eq!(common::only(&diags, "D108").args["nilai"], "budi:****");
        for format in ["human", "json", "sarif", "github"] {
            let r = ws.check(&["--format", format]);
            assert!(
                r.stdout.contains("D108"),
                "{spelled} {format}: {}",
                r.stdout
            );
            assert!(
                !r.stdout.contains(SECRET),
                "{spelled}: {format} shows the password: {}",
                r.stdout
            );
            assert!(
                !r.stdout.contains("sia2026"),
                "{spelled}: {format} shows the password"
            );
        }
        let r = ws.run(&["evidence", "list"]);
        assert!(!r.stdout.contains(SECRET), "{spelled}: {}", r.stdout);
    }
}

/// Pieces of personal data continued across lines with `\` share lines with each other: each
/// finding's excerpt hides every piece that reaches into its lines, not only its own.
#[test]
fn excerpts_hide_every_piece_that_reaches_their_lines() {
    let ws = common::Ws::new();
    let plan = common::MINIMAL_SKP.replace(
        "        target: 4 modul\n",
        "        target: 4 modul\n        catatan: \"HP 08139\\\n          8765432, NIK 3578014\\\n          112900007 https://v:Abcd\\\n          Efgh@h.go.id\"\n",
    );
    ws.file("pegawai/199001012015032001/skp-2026.yaml", &plan);
    let r = ws.check(&["--select", "D", "--color", "never"]);
    assert!(
        r.stdout.contains("D101") && r.stdout.contains("D102") && r.stdout.contains("D108"),
        "{}",
        r.stdout
    );
    for piece in ["8765432", "3578014", "112900007", "Abcd", "Efgh"] {
        assert!(!r.stdout.contains(piece), "{piece} shown: {}", r.stdout);
    }
}

/// A password in a link is shown as `****` by every output, not only by `check`: the tree, the
/// forms, the reports, their JSON; and `evidence add` refuses a note that carries one.
#[test]
fn no_output_repeats_a_password_written_in_a_plan() {
    const SECRET: &str = "PwRhk88";
    let ws = common::Ws::new();
    let plan = common::MINIMAL_SKP.replace(
        "    rhk: Tersedianya layanan aplikasi perizinan daring yang andal\n",
        "    rhk: Tersedianya layanan aplikasi perizinan daring yang andal (https://rhk:PwRhk88@x.contoh.go.id)\n",
    );
    assert!(plan.contains(SECRET));
    ws.file("pegawai/199001012015032001/skp-2026.yaml", &plan);
    for args in [
        &["tree"][..],
        &["tree", "--format", "json"][..],
        &["render", "skp", "--nip", "199001012015032001"][..],
        &["report", "--as-of", "2026-06-30"][..],
        &["report", "--as-of", "2026-06-30", "--format", "json"][..],
        &["report", "--as-of", "2026-06-30", "--format", "csv"][..],
    ] {
        let r = ws.run(args);
        // A form's cells may carry break opportunities (`<wbr>`) in a long run.
        assert!(
            r.stdout.replace("<wbr>", "").contains("x.contoh.go.id") || args[0] == "report",
            "{args:?} shows the RHK: {}{}",
            r.stdout,
            r.stderr
        );
        assert!(
            !r.stdout.contains(SECRET),
            "{args:?} shows the password: {}",
            r.stdout
        );
        assert!(
            !r.stderr.contains(SECRET),
            "{args:?} shows the password: {}",
            r.stderr
        );
    }
    let r = ws.run(&["render", "skp", "--nip", "199001012015032001"]);
    assert!(
        r.stdout
            .replace("<wbr>", "")
            .contains("https://rhk:****@x.contoh.go.id"),
        "{}",
        r.stdout
    );
    ws.file("laporan.pdf", "%PDF-1.4 laporan");
    let r = ws.run(&[
        "evidence",
        "add",
        "laporan.pdf",
        "--nip",
        "199001012015032001",
        "--for",
        "IKI-1.1",
        "--period",
        "2026-TW1",
        "--date",
        "2026-02-02",
        "--note",
        "salinan di https://a:NotePw1@x.contoh.go.id/laporan",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(!r.stderr.contains("NotePw1"), "{}", r.stderr);
    assert!(r.stderr.contains("https://a:****@"), "{}", r.stderr);
    assert!(
        !ws.join("pegawai/199001012015032001/skp-2026.bukti.yaml")
            .exists(),
        "nothing was recorded"
    );
}
