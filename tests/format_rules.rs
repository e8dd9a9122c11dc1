//! Every F rule (F001–F020) firing on a minimal fixture with the right code, file, line and
//! column — and silent on valid input. All runs use `--select F`, so the other rule families
//! never disturb these tests.

mod common;

use common::*;

/// A one-file workspace with `text` as `pegawai/skp.yaml`; returns its F diagnostics.
fn f_diags(text: &str) -> Vec<Diag> {
    let ws = Ws::new();
    ws.file("pegawai/skp.yaml", text);
    ws.check_f(&[]).diags()
}

const FILE: &str = "pegawai/skp.yaml";

/// Inserts `lines` right after the line that contains `after` in `text`.
fn insert_after(text: &str, after: &str, lines: &str) -> String {
    let at = text.find(after).expect("anchor in fixture");
    let eol = at + text[at..].find('\n').expect("newline") + 1;
    format!("{}{}{}", &text[..eol], lines, &text[eol..])
}

// ---------------------------------------------------------------------------------------------
// Silence on valid input

#[test]
fn minimal_skp_is_valid() {
    let ws = Ws::new();
    ws.file("pegawai/skp.yaml", MINIMAL_SKP);
    let r = ws.check_f(&[]);
    r.expect_code(0);
    assert!(r.diags().is_empty(), "{}", list(&r.diags()));
    assert!(
        r.stderr.contains("1 berkas diperiksa: tidak ada temuan"),
        "{}",
        r.stderr
    );
}

/// `nip: tidak_diketahui` (DESIGN §9.2): an SKP transcribed from a document with a blank
/// identity is checked like any other, but no NIP finds it: two such plans of one year are not
/// one person's overlapping plans (F013), its unknown appraiser is no superior to look for
/// (K106), and `--nip tidak_diketahui` names nobody.
#[test]
fn an_skp_of_unknown_nip_is_checked_but_cannot_be_referenced_by_nip() {
    let ws = Ws::new();
    let unknown = MINIMAL_SKP
        .replace("nip: \"199001012015032001\"", "nip: tidak_diketahui")
        .replace("nip: \"198005152005011002\"", "nip: tidak_diketahui")
        .replace(
            "rhk: Tersedianya layanan",
            "intervensi: RHK-1\n    rhk: Tersedianya layanan",
        );
    ws.file("pegawai/salinan-a.yaml", &unknown);
    ws.file(
        "pegawai/salinan-b.yaml",
        &unknown.replace("Rina Wulandari, S.Kom.", "Dewi Lestari, S.T."),
    );
    let r = ws.check(&["--format", "json"]);
    let d = r.diags();
    for code in [
        "F004", "F005", "F010", "F012", "F013", "K102", "K105", "K106",
    ] {
        assert!(!d.iter().any(|x| x.code == code), "{code}:\n{}", list(&d));
    }
    // Checked all the same: the SMART and perilaku rules read it.
    assert!(d.iter().any(|x| x.code.starts_with('P')), "{}", list(&d));
    for args in [
        &["report", "--nip", "tidak_diketahui"][..],
        &["render", "skp", "--nip", "tidak_diketahui"],
    ] {
        let r = ws.run(args);
        assert_eq!(r.code, 2, "{args:?}: {}{}", r.stdout, r.stderr);
    }
    // An appraiser of unknown NIP prints blank on the forms, never as "NIP. tidak_diketahui".
    ws.file(
        "pegawai/199001012015032001/skp-2026.yaml",
        &MINIMAL_SKP.replace("nip: \"198005152005011002\"", "nip: tidak_diketahui"),
    );
    let html = ws.run(&["render", "skp", "--nip", "199001012015032001"]);
    assert_eq!(html.code, 0, "{}", html.stderr);
    assert!(!html.stdout.contains("tidak_diketahui"), "printed as a NIP");
    // Shown as written wherever the plan is listed.
    let t = ws.run(&["tree", "--format", "json"]);
    assert_eq!(t.code, 0, "{}", t.stderr);
    assert!(t.stdout.contains("\"tidak_diketahui\""), "{}", t.stdout);
    // Only where §9.2 allows it: a realisasi's appraiser is a NIP.
    let bad = MINIMAL_SKP.replace(
        "jabatan: Kepala Bidang Aplikasi Informatika",
        "jabatan: Kepala Bidang Aplikasi Informatika\natasan_kinerja: tidak_diketahui",
    );
    let d = f_diags(&bad);
    assert!(d.iter().any(|x| x.code == "F004"), "{}", list(&d));
}

/// A file that cannot be parsed (merge-conflict markers left by git) is never hidden: with
/// `--ignore F`, `--select S` or `[rules] ignore` the plan used to drop out of every check and
/// the run passed ("0 kesalahan") — the broken checkout DESIGN §5 says must not pass.
#[test]
fn a_file_that_cannot_be_parsed_is_never_hidden() {
    let conflicted = MINIMAL_SKP.replace(
        "hasil_kerja:\n",
        "<<<<<<< HEAD\nhasil_kerja:\n=======\nhasil_kerja: []\n>>>>>>> cabang\n",
    );
    for (toml, args) in [
        ("", &["--ignore", "F"][..]),
        ("", &["--select", "S"]),
        ("", &["--ignore", "F001"]),
        ("[rules]\nignore = [\"F001\", \"F009\"]\n", &[]),
    ] {
        let ws = Ws::with_toml(&format!("min_version = \"0.1\"\n{toml}"));
        ws.file("pegawai/skp.yaml", &conflicted);
        let mut a = vec!["--format", "json"];
        a.extend_from_slice(args);
        let r = ws.check(&a);
        assert_eq!(r.code, 1, "{args:?} {toml}: {}{}", r.stdout, r.stderr);
        assert!(
            r.diags().iter().any(|d| d.code == "F001"),
            "{args:?} {toml}: {}",
            list(&r.diags())
        );
    }
}

#[test]
fn valid_variants_are_silent() {
    // Each variant is a valid way of writing part of an SKP (DESIGN §2, §4).
    let variants: &[(&str, &str)] = &[
        ("target: 4 modul", "target: 4 (empat) modul"),
        ("target: 4 modul", "target: 4.500 berkas"),
        ("target: 4 modul", "target: 1.250.000"),
        ("target: 4 modul", "target: \"3,5 jam\""),
        ("target: 4 modul", "target: 99,5 %"),
        ("target: 4 modul", "target: 95-100 %"),
        ("target: 4 modul", "target: 95 – 100 %"),
        ("target: 4 modul", "target: ≤ 4 jam"),
        ("target: 4 modul", "target: maksimal 4 jam"),
        ("target: 4 modul", "target: paling lambat 4 hari"),
        ("target: 4 modul", "target: Rp 150.000.000"),
        ("target: 4 modul", "target: Rp150 juta"),
        ("target: 4 modul", "target: \"Rp 1,2 M\""),
        ("target: 4 modul", "target: { nilai: 4, satuan: modul }"),
        (
            "target: 4 modul",
            "target: { min: 95, maks: 100, satuan: \"%\" }",
        ),
        ("target: 4 modul", "target: { kategori: WTP }"),
        (
            "target: 4 modul",
            "target: 4 dokumen\n        satuan: dokumen",
        ),
        ("target: 4 modul", "target: 90 %\n        satuan: persen"),
        (
            "target: 4 modul",
            "target: 4 modul\n        polaritas: naik\n        perhitungan: kumulatif\n        target_periodik: { 2026-TW2: 1, 2026-TW3: 3 }\n        bukti_periode: triwulanan\n        bukti_rencana: [berita acara serah terima, catatan rilis]",
        ),
        (
            "tahun: 2026\n",
            "tahun: 2026\nid: {NIP}-2026\nperiode_penilaian: { mulai: 2026-01-01, selesai: 2026-12-31 }\nevaluasi: triwulanan\nformat: administrasi_fungsional\nstatus: draft\nregulasi: permenpanrb-6-2022\n",
        ),
        (
            "    indikator:\n",
            "    intervensi: [RHK-2, { ref: 198005152005011002/IKI-2.1, teks: Tersedianya layanan }]\n    acuan: PK-2026-APTIKA/S1.I1\n    indikator:\n",
        ),
        (
            "  jabatan: Kepala Bidang Aplikasi Informatika\n",
            "  jabatan: Kepala Bidang Aplikasi Informatika\n  pangkat: Pembina (IV/a)\n  sebagai: definitif\natasan_kinerja: \"198503202010012003\"\nperilaku_kerja:\n  berorientasi_pelayanan: { ekspektasi_khusus: Layanan cepat }\n  akuntabel: {}\n  kompeten: {}\n  harmonis: {}\n  loyal: {}\n  adaptif: {}\n  kolaboratif:\nlampiran:\n  dukungan_sumber_daya: [Server]\n  skema_pertanggungjawaban: [Laporan]\n  konsekuensi: []\n",
        ),
    ];
    let ws = Ws::new();
    for (i, (from, to)) in variants.iter().enumerate() {
        let nip = format!("1990010120150320{i:02}");
        let text = minimal_for_nip(&nip).replacen(from, &to.replace("{NIP}", &nip), 1);
        ws.file(&format!("pegawai/{nip}/skp-2026.yaml"), &text);
    }
    let r = ws.check_f(&[]);
    let d = r.diags();
    assert!(d.is_empty(), "valid variants must be silent:\n{}", list(&d));
    r.expect_code(0);
    assert_eq!(r.json()["summary"]["files"], variants.len());
}

#[test]
fn valid_organisation_documents_are_silent() {
    let ws = Ws::new();
    ws.file(
        "organisasi/renstra.yaml",
        r#"apiVersion: skp/v1
kind: Renstra
id: RENSTRA-DISKOMINFO
tahun_mulai: 2025
tahun_selesai: 2029
unit: Dinas Komunikasi dan Informatika
tujuan:
  - id: T1
    uraian: Meningkatnya kualitas layanan publik berbasis elektronik
    indikator: [ { id: T1.I1, uraian: Indeks kepuasan layanan, satuan: "%", target: { 2026: 80, 2027: 85 } } ]
    sasaran:
      - id: SS1
        uraian: Meningkatnya kualitas layanan publik berbasis elektronik
        indikator: [ { id: SS1.I1, uraian: Indeks SPBE, satuan: indeks, target: { 2026: "3,1" } } ]
        program:
          - id: P1
            kode: "2.16.02"
            uraian: Program Pengelolaan Aplikasi Informatika
            kegiatan:
              - { id: P1.K1, kode: "2.16.02.1.01", uraian: Pengelolaan aplikasi }
---
apiVersion: skp/v1
kind: PerjanjianKinerja
id: PK-2026-APTIKA
tahun: 2026
revisi: 0
pihak_pertama: { nama: "Ir. Bambang Prakoso, M.T.", nip: "198005152005011002", jabatan: Kepala Bidang Aplikasi Informatika }
pihak_kedua: { nama: Kepala Dinas, nip: "197211021997031004", jabatan: Kepala Dinas }
sasaran:
  - id: S1
    uraian: Meningkatnya layanan aplikasi
    acuan: [RENSTRA-DISKOMINFO/SS1]
    indikator: [ { id: S1.I1, uraian: Persentase layanan daring, target: 90 % } ]
"#,
    );
    let r = ws.check_f(&[]);
    assert!(r.diags().is_empty(), "{}", list(&r.diags()));
    r.expect_code(0);
}

// ---------------------------------------------------------------------------------------------
// F001 yaml-syntax

#[test]
fn f001_unclosed_quote() {
    let text = minimal_with("    rhk: Tersedianya", "    rhk: \"Tersedianya");
    let d = f_diags(&text);
    let f = assert_at(&d, "F001", FILE, pos(&text, "\"Tersedianya"));
    assert_eq!(f.severity, "error");
    assert!(f.help().contains("indentasi"), "{}", f.help());
}

#[test]
fn f001_mapping_value_in_the_wrong_place() {
    let text = minimal_with("rhk: Tersedianya layanan", "rhk: Tersedianya: layanan");
    let d = f_diags(&text);
    let f = assert_at(&d, "F001", FILE, pos(&text, ": layanan"));
    // Said in the user's language, with what to do, not in the parser's English.
    assert!(
        f.message.contains(
            "titik dua `:` tidak boleh di sini (teks yang memuat `: ` diapit tanda kutip)"
        ),
        "{}",
        f.message
    );
}

#[test]
fn f001_says_the_slips_people_make_in_their_language() {
    for (from, to, id, en) in [
        (
            "    rhk: Tersedianya",
            "    rhk: \"Tersedianya",
            "tanda kutip tidak ditutup",
            "unclosed quote",
        ),
        (
            "",
            "catatan: [rapat, laporan\n",
            "kurung `[` tidak ditutup",
            "unclosed bracket `[`",
        ),
    ] {
        let ws = Ws::new();
        let text = if from.is_empty() {
            format!("{MINIMAL_SKP}{to}")
        } else {
            minimal_with(from, to)
        };
        ws.file(FILE, &text);
        let d = ws.check_f(&[]).diags();
        assert!(only(&d, "F001").message.contains(id), "{}", list(&d));
        let d = ws.check_f(&["--lang", "en"]).diags();
        assert!(only(&d, "F001").message.contains(en), "{}", list(&d));
    }
}

/// YAML tags: `!!str` (and `!!map`/`!!seq`) say what skp reads anyway, and `!!str` makes a
/// NIP text as quotes do; any other tag would make skp read the value differently from every
/// other YAML reader (`!!float` rounds a NIP), so the file is refused at the tag.
#[test]
fn f001_yaml_tags_other_than_the_core_ones_that_change_nothing() {
    let nip = "nip: \"199001012015032001\"";
    for text_tag in ["!!str", "!"] {
        let d = f_diags(&minimal_with(
            nip,
            &format!("nip: {text_tag} 199001012015032001"),
        ));
        assert!(d.is_empty(), "{text_tag}: {}", list(&d));
    }
    let d = f_diags(&minimal_with("\npegawai:\n", "\npegawai: !!map\n"));
    assert!(d.is_empty(), "{}", list(&d));
    for tagged in [
        "nip: !!float \"199001012015032001\"",
        "nip: !!null \"199001012015032001\"",
        "nip: !lokal 199001012015032001",
    ] {
        let text = minimal_with(nip, tagged);
        let d = f_diags(&text);
        let tag = tagged.split_whitespace().nth(1).unwrap();
        // At the tagged value, on the tag's line.
        let value = tagged.split_whitespace().nth(2).unwrap();
        let (line, col) = pos(&text, &format!("{tag} {value}"));
        let f = assert_at(&d, "F001", FILE, (line, col + tag.len() as u64 + 1));
        assert!(
            f.help().contains("`!!float` membulatkan NIP"),
            "{}",
            f.help()
        );
        assert!(
            f.message
                .contains(&format!("tag YAML `{tag}` tidak didukung")),
            "{}",
            f.message
        );
    }
}

#[test]
fn f001_bad_indentation() {
    let text = minimal_with("  nama: Rina", " nama: Rina");
    let d = f_diags(&text);
    let f = only(&d, "F001");
    assert_eq!(f.line, 7, "{}", list(&d));
}

#[test]
fn f001_in_one_document_does_not_hide_the_next() {
    let broken = minimal_with("    rhk: Tersedianya", "    rhk: \"Tersedianya");
    let second = minimal_for_nip("199202022016042002").replace("target: 4 modul", "target: 4.500");
    let text = format!("{broken}---\n{second}");
    let d = f_diags(&text);
    assert_eq!(with_code(&d, "F001").len(), 1, "{}", list(&d));
    let f016 = only(&d, "F016");
    assert_eq!(f016.at(), pos(&text, "4.500"));
}

// ---------------------------------------------------------------------------------------------
// F002 unknown-field

#[test]
fn f002_unknown_field_with_did_you_mean() {
    let text = insert_after(
        MINIMAL_SKP,
        "aspek: kuantitas",
        "        polaritass: naik\n",
    );
    let d = f_diags(&text);
    let f = assert_at(&d, "F002", FILE, pos(&text, "polaritass"));
    assert_eq!((f.end_line, f.end_column), (f.line, f.column + 10));
    assert_eq!(f.help(), "maksud Anda `polaritas`?");
    assert_eq!(f.args["kolom"], "polaritass");
    assert_eq!(f.args["induk"], "indikator");
    assert_eq!(f.args["saran"], "polaritas");
    assert!(f.message.contains("polaritass"), "{}", f.message);
}

#[test]
fn f002_unknown_field_without_close_match_lists_known_fields() {
    let text = insert_after(MINIMAL_SKP, "pendekatan: kuantitatif", "xyzzy: 1\n");
    let d = f_diags(&text);
    let f = assert_at(&d, "F002", FILE, (5, 1));
    assert!(f.help().contains("hasil_kerja"), "{}", f.help());
    assert!(f.args.get("saran").is_none());
}

#[test]
fn f002_case_slip_is_suggested() {
    let text = minimal_with("    jenis: utama", "    Jenis: utama");
    let d = f_diags(&text);
    let f = assert_at(&d, "F002", FILE, pos(&text, "Jenis"));
    assert_eq!(f.args["saran"], "jenis");
}

// ---------------------------------------------------------------------------------------------
// F003 missing-field

#[test]
fn f003_missing_required_field_points_at_the_mapping() {
    let text = minimal_with(
        "        teks: Jumlah modul aplikasi perizinan yang dirilis ke produksi\n",
        "",
    );
    let d = f_diags(&text);
    // The finding is about the indicator mapping: its first line.
    let f = assert_at(&d, "F003", FILE, pos(&text, "id: IKI-1.1"));
    assert_eq!(f.args["kolom"], "teks");
    assert_eq!(f.args["induk"], "indikator");
    assert_eq!(f.severity, "error");
}

#[test]
fn f003_missing_pegawai_fields() {
    let text = minimal_with("  unit_kerja: Bidang Aplikasi Informatika\n", "");
    let d = f_diags(&text);
    let f = assert_at(&d, "F003", FILE, pos(&text, "nama: Rina"));
    assert_eq!(f.args["kolom"], "unit_kerja");
}

#[test]
fn f003_document_without_kind() {
    let text = minimal_with("kind: Skp\n", "");
    let d = f_diags(&text);
    let f = assert_at(&d, "F003", FILE, (1, 1));
    assert_eq!(f.args["kolom"], "kind");
}

// ---------------------------------------------------------------------------------------------
// F004 invalid-value

#[test]
fn f004_enum_lists_allowed_values_with_labels() {
    let text = minimal_with("aspek: kuantitas", "aspek: jumlah");
    let d = f_diags(&text);
    let f = assert_at(&d, "F004", FILE, pos(&text, "jumlah"));
    assert_eq!(f.end_column, f.column + 6);
    assert_eq!(f.args["kolom"], "aspek");
    assert_eq!(f.args["nilai"], "jumlah");
    assert_eq!(
        f.args["nilai_sah"],
        serde_json::json!(["kuantitas", "kualitas", "waktu", "biaya"])
    );
    for label in [
        "kuantitas (Kuantitas)",
        "kualitas (Kualitas)",
        "waktu (Waktu)",
        "biaya (Biaya)",
    ] {
        assert!(f.help().contains(label), "{label} in {}", f.help());
    }
}

#[test]
fn f004_enum_case_slip_is_suggested() {
    let text = minimal_with("jenis_jabatan: fungsional", "jenis_jabatan: Fungsional");
    let d = f_diags(&text);
    let f = assert_at(&d, "F004", FILE, pos(&text, "Fungsional"));
    assert!(
        f.help().contains("maksud Anda `fungsional`?"),
        "{}",
        f.help()
    );
    // Labels with spaces are shown as official labels.
    assert!(
        f.help().contains("jpt_pratama (JPT Pratama)"),
        "{}",
        f.help()
    );
}

#[test]
fn f004_wrong_type() {
    let text = minimal_with("tahun: 2026", "tahun: [2026]");
    let d = f_diags(&text);
    let f = assert_at(&d, "F004", FILE, pos(&text, "[2026]"));
    assert_eq!(f.args["kolom"], "tahun");
    assert_eq!(f.args["diharapkan"], "integer");
    assert_eq!(f.args["ditemukan"], "list");
}

#[test]
fn f004_invalid_date_and_period() {
    let text = minimal_with(
        "tahun: 2026\n",
        "tahun: 2026\nperiode_penilaian: { mulai: 2026-02-30, selesai: 2026-12-31 }\n",
    );
    let d = f_diags(&text);
    let f = assert_at(&d, "F004", FILE, pos(&text, "2026-02-30"));
    assert_eq!(f.args["kolom"], "mulai");
    let text = minimal_with(
        "target: 4 modul",
        "target: 4 modul\n        target_periodik: { 2026-TW5: 1 }",
    );
    let d = f_diags(&text);
    let f = assert_at(&d, "F004", FILE, pos(&text, "2026-TW5"));
    assert_eq!(f.args["kolom"], "target_periodik");
}

// ---------------------------------------------------------------------------------------------
// F005 duplicate-id

#[test]
fn f005_duplicate_iki_id_points_at_the_first() {
    let text = insert_after(
        MINIMAL_SKP,
        "target: 4 modul",
        "      - id: IKI-1.1\n        aspek: kualitas\n        teks: Persentase modul yang lolos uji keamanan\n        target: 100 %\n",
    );
    let d = f_diags(&text);
    let f = assert_at(&d, "F005", FILE, pos_nth(&text, "IKI-1.1", 1));
    assert_eq!(f.args["id"], "IKI-1.1");
    assert_eq!(
        f.subject.as_deref(),
        Some("199001012015032001-2026/IKI-1.1")
    );
    assert_eq!(f.subject_id.as_deref(), Some("IKI-1.1"));
    assert_eq!(f.related.len(), 1);
    let (l, c) = pos(&text, "IKI-1.1");
    assert_eq!(f.related[0]["file"], FILE);
    assert_eq!(f.related[0]["line"], l);
    assert_eq!(f.related[0]["column"], c);
}

#[test]
fn f005_rhk_and_iki_share_one_namespace() {
    let text = minimal_with("      - id: IKI-1.1", "      - id: RHK-1");
    let d = f_diags(&text);
    assert_at(&d, "F005", FILE, pos_nth(&text, "RHK-1", 1));
}

#[test]
fn f005_two_documents_with_one_id_across_files() {
    let ws = Ws::new();
    let a = minimal_with("tahun: 2026\n", "tahun: 2026\nid: SKP-BERSAMA\n");
    let b = minimal_for_nip("199202022016042002")
        .replace("tahun: 2026\n", "tahun: 2026\nid: SKP-BERSAMA\n");
    ws.file("pegawai/a/skp.yaml", &a);
    ws.file("pegawai/b/skp.yaml", &b);
    let d = ws.check_f(&[]).diags();
    let f = only(&d, "F005");
    assert_eq!(f.file, "pegawai/b/skp.yaml", "reported at the later file");
    assert_eq!(f.at(), pos(&b, "SKP-BERSAMA"));
    assert_eq!(f.related[0]["file"], "pegawai/a/skp.yaml");
    let (l, c) = pos(&a, "SKP-BERSAMA");
    assert_eq!(
        (
            f.related[0]["line"].as_u64(),
            f.related[0]["column"].as_u64()
        ),
        (Some(l), Some(c))
    );
}

/// The example, copied: one SKP with its ledger beside it.
fn example_with_ledger() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&example("dinas-kominfo"), dir.path());
    (
        dir,
        "pegawai/198602082010121001/skp-2026.bukti.yaml".to_string(),
    )
}

#[test]
fn f005_a_second_ledger_for_one_skp_is_reported_at_the_one_skp_does_not_write() {
    let (dir, home) = example_with_ledger();
    let text = std::fs::read_to_string(dir.path().join(&home)).unwrap();
    // A copy left behind after a move, sorted before the ledger at home.
    std::fs::create_dir_all(dir.path().join("arsip")).unwrap();
    std::fs::write(dir.path().join("arsip/salinan.bukti.yaml"), &text).unwrap();
    let r = run(
        dir.path(),
        &["check", "--select", "F005", "--format", "json"],
    );
    let d = r.diags();
    let f = only(&d, "F005");
    assert_eq!(f.file, "arsip/salinan.bukti.yaml", "{}", list(&d));
    assert_eq!(f.args["id"], "198602082010121001-2026");
    assert_eq!(f.related[0]["file"], home.as_str());
    assert!(
        f.message.contains("lebih dari satu buku catatan"),
        "{}",
        f.message
    );
    assert!(f.help().contains(&home), "{}", f.help());
    assert_eq!(r.code, 1);
    // Without a ledger at home, the first by path is named; the help still names home, where
    // `evidence add` will write.
    std::fs::rename(
        dir.path().join(&home),
        dir.path().join("arsip/z.bukti.yaml"),
    )
    .unwrap();
    let d = run(
        dir.path(),
        &["check", "--select", "F005", "--format", "json"],
    )
    .diags();
    let f = only(&d, "F005");
    assert_eq!(f.file, "arsip/z.bukti.yaml", "{}", list(&d));
    assert_eq!(f.related[0]["file"], "arsip/salinan.bukti.yaml");
    assert!(f.help().contains(&home), "{}", f.help());
    // For an SKP that is not there, no ledger is claimed to be the one skp writes.
    for name in ["arsip/salinan.bukti.yaml", "arsip/z.bukti.yaml"] {
        let p = dir.path().join(name);
        let text = std::fs::read_to_string(&p).unwrap();
        std::fs::write(&p, text.replace("198602082010121001-2026", "x-2026")).unwrap();
    }
    let d = run(
        dir.path(),
        &["check", "--select", "F005,B104", "--format", "json"],
    )
    .diags();
    let f = only(&d, "F005");
    assert!(f.help().contains("B104"), "{}", f.help());
    assert!(!f.help().contains("hanya menulis"), "{}", f.help());
    assert_eq!(with_code(&d, "B104").len(), 2, "{}", list(&d));
}

#[test]
fn f005_renstra_entries() {
    let text = r#"apiVersion: skp/v1
kind: Renstra
id: RENSTRA-X
tahun_mulai: 2025
tahun_selesai: 2029
unit: Dinas X
tujuan:
  - id: T1
    uraian: Tujuan satu
    sasaran:
      - { id: SS1, uraian: Sasaran satu }
      - { id: SS1, uraian: Sasaran dua }
"#;
    let d = f_diags(text);
    let f = assert_at(&d, "F005", FILE, pos_nth(text, "SS1", 1));
    assert_eq!(f.subject.as_deref(), Some("RENSTRA-X/SS1"));
}

// ---------------------------------------------------------------------------------------------
// F006 duplicate-key

#[test]
fn f006_duplicate_key_with_related_first() {
    let text = insert_after(MINIMAL_SKP, "target: 4 modul", "        target: 5 modul\n");
    let d = f_diags(&text);
    let f = assert_at(&d, "F006", FILE, pos_nth(&text, "target", 1));
    assert_eq!(f.args["kunci"], "target");
    assert_eq!(f.related.len(), 1);
    let (l, c) = pos(&text, "target: 4 modul");
    assert_eq!(f.related[0]["file"], FILE);
    assert_eq!(f.related[0]["line"], l);
    assert_eq!(f.related[0]["column"], c);
    assert!(!f.related[0]["message"].as_str().unwrap().is_empty());
}

#[test]
fn f006_duplicate_top_level_key() {
    let text = format!("{MINIMAL_SKP}tahun: 2027\n");
    let d = f_diags(&text);
    let f = assert_at(&d, "F006", FILE, (26, 1));
    assert_eq!(f.related[0]["line"], 3);
}

#[test]
fn f006_an_id_or_period_written_twice_as_a_key() {
    // A quarter's target, and an indicator's realisation, written twice: only the first counted.
    let text = insert_after(
        MINIMAL_SKP,
        "target: 4 modul",
        "        target_periodik: { 2026-TW1: 1, 2026-tw1: 2 }\n",
    );
    let d = f_diags(&text);
    let f = only(&d, "F006");
    assert_eq!(
        f.args["kunci"], "2026-tw1",
        "the key that means one already written"
    );
    let realisasi = "apiVersion: skp/v1\nkind: Realisasi\nskp: 199001012015032001-2026\n\
                     periode: 2026-TW1\nhasil_kerja:\n  IKI-1.1: { realisasi: 1 modul }\n\
                     \x20 IKI-1.1: { realisasi: 9 modul }\n";
    let ws = Ws::new();
    ws.file("pegawai/skp.yaml", MINIMAL_SKP);
    ws.file("pegawai/realisasi.yaml", realisasi);
    let d = ws.check_f(&[]).diags();
    let f = only(&d, "F006");
    assert_eq!(f.file, "pegawai/realisasi.yaml");
    assert_eq!(f.args["kunci"], "IKI-1.1");
    assert_eq!(f.related[0]["line"], 6);
}

// ---------------------------------------------------------------------------------------------
// F007 unsupported-document

#[test]
fn f007_unsupported_api_version() {
    let text = minimal_with("apiVersion: skp/v1", "apiVersion: skp/v9");
    let d = f_diags(&text);
    let f = assert_at(&d, "F007", FILE, (1, 13));
    assert_eq!(f.end_column, 19);
    assert_eq!(f.args["apiVersion"], "skp/v9");
    assert!(
        f.message.contains("skp/v1"),
        "names the supported version: {}",
        f.message
    );
    assert_eq!(
        d.len(),
        1,
        "the document is not converted further: {}",
        list(&d)
    );
}

#[test]
fn f007_unknown_kind_suggests_the_right_case() {
    let text = minimal_with("kind: Skp", "kind: SKP");
    let d = f_diags(&text);
    let f = assert_at(&d, "F007", FILE, (2, 7));
    assert_eq!(f.args["jenis_dokumen"], "SKP");
    assert!(f.help().contains("`Skp`"), "{}", f.help());
    assert!(f.help().contains("PerjanjianKinerja"), "{}", f.help());
}

// ---------------------------------------------------------------------------------------------
// F008 unreadable-file

#[test]
fn f008_invalid_utf8() {
    let ws = Ws::new();
    let mut bytes = MINIMAL_SKP.as_bytes().to_vec();
    let at = MINIMAL_SKP.find("Rina").unwrap();
    bytes[at] = 0xFF;
    ws.bytes("pegawai/skp.yaml", &bytes);
    let r = ws.check_f(&[]);
    r.expect_code(1);
    let d = r.diags();
    let f = assert_at(&d, "F008", FILE, (1, 1));
    assert_eq!(f.args["alasan"], "encoding");
    assert!(
        f.message.contains("baris 6"),
        "names the line: {}",
        f.message
    );
    assert!(f.help().contains("UTF-8"), "{}", f.help());
}

// ---------------------------------------------------------------------------------------------
// F009 parser-budget

#[test]
fn f009_depth() {
    let text = format!("apiVersion: skp/v1\nkind: Skp\nx: {}\n", "[".repeat(100));
    let d = f_diags(&text);
    let f = only(&d, "F009");
    assert_eq!(f.args["batas"], "depth");
    assert_eq!(f.line, 3);
    assert_eq!(d.len(), 1, "{}", list(&d));
}

#[test]
fn f009_documents() {
    let text = "---\napiVersion: skp/v1\nkind: Renstra\n".repeat(101);
    let d = f_diags(&text);
    let f = only(&d, "F009");
    assert_eq!(f.args["batas"], "documents");
    assert_eq!(f.at(), (1, 1));
}

#[test]
fn f009_aliases() {
    let text = format!(
        "apiVersion: skp/v1\nkind: Skp\na: &a x\nb: [{}]\n",
        vec!["*a"; 1001].join(", ")
    );
    let d = f_diags(&text);
    let f = only(&d, "F009");
    assert_eq!(f.args["batas"], "aliases");
    assert_eq!(f.line, 4);
}

#[test]
fn f009_is_not_a_syntax_error() {
    let text = format!("apiVersion: skp/v1\nkind: Skp\nx: {}\n", "[".repeat(100));
    let d = f_diags(&text);
    assert!(with_code(&d, "F001").is_empty(), "{}", list(&d));
}

// ---------------------------------------------------------------------------------------------
// F010 / F011 / F012 NIP

#[test]
fn f010_unquoted_nip() {
    let text = minimal_with("nip: \"199001012015032001\"", "nip: 199001012015032001");
    let d = f_diags(&text);
    let f = assert_at(&d, "F010", FILE, (7, 8));
    assert_eq!((f.end_line, f.end_column), (7, 26));
    assert_eq!(f.severity, "error");
    assert_eq!(f.args["nip"], "199001012015032001");
    assert!(
        f.help().contains("nip: \"199001012015032001\""),
        "the help gives the exact fix: {}",
        f.help()
    );
    assert_eq!(d.len(), 1, "{}", list(&d));
}

#[test]
fn f010_unquoted_penilai_nip_in_english() {
    let ws = Ws::new();
    let text = minimal_with("nip: \"198005152005011002\"", "nip: 198005152005011002");
    ws.file("pegawai/skp.yaml", &text);
    let d = ws.check_f(&["--lang", "en"]).diags();
    let f = assert_at(&d, "F010", FILE, (14, 8));
    assert!(f.help().starts_with("quote it"), "{}", f.help());
}

#[test]
fn f011_nip_with_spaces_is_an_info() {
    let text = minimal_with(
        "nip: \"199001012015032001\"",
        "nip: \"19900101 201503 2 001\"",
    );
    let d = f_diags(&text);
    let f = assert_at(&d, "F011", FILE, (7, 8));
    assert_eq!(f.severity, "info");
    assert_eq!(f.args["nip"], "199001012015032001");
    assert_eq!(d.len(), 1, "normalised, no other finding: {}", list(&d));
}

#[test]
fn f012_nip_structure_is_a_warning() {
    let text = minimal_with("nip: \"199001012015032001\"", "nip: \"199013452015032001\"");
    let d = f_diags(&text);
    let f = assert_at(&d, "F012", FILE, (7, 8));
    assert_eq!(f.severity, "warning");
    assert_eq!(f.args["nip"], "199013452015032001");
    assert_eq!(f.args["bagian"], "tanggal_lahir");
}

#[test]
fn f012_gender_digit() {
    let text = minimal_with("nip: \"199001012015032001\"", "nip: \"199001012015037001\"");
    let d = f_diags(&text);
    let f = assert_at(&d, "F012", FILE, (7, 8));
    assert_eq!(f.args["bagian"], "jenis_kelamin");
}

#[test]
fn nip_with_letters_is_invalid() {
    let text = minimal_with("nip: \"199001012015032001\"", "nip: \"19900101201503200X\"");
    let d = f_diags(&text);
    assert_at(&d, "F004", FILE, (7, 8));
}

// ---------------------------------------------------------------------------------------------
// F013 skp-overlap / F014 skp-outside-year

fn with_period(text: &str, id: &str, mulai: &str, selesai: &str) -> String {
    replace_once(
        text,
        "tahun: 2026\n",
        &format!(
            "tahun: 2026\nid: {id}\nperiode_penilaian: {{ mulai: {mulai}, selesai: {selesai} }}\n"
        ),
    )
}

#[test]
fn f013_two_skps_of_one_nip_overlap() {
    let ws = Ws::new();
    let a = with_period(
        MINIMAL_SKP,
        "199001012015032001-2026a",
        "2026-01-01",
        "2026-07-31",
    );
    let b = with_period(
        MINIMAL_SKP,
        "199001012015032001-2026b",
        "2026-07-01",
        "2026-12-31",
    );
    ws.file("pegawai/199001012015032001/skp-2026a.yaml", &a);
    ws.file("pegawai/199001012015032001/skp-2026b.yaml", &b);
    let r = ws.check_f(&[]);
    r.expect_code(1);
    let d = r.diags();
    let f = only(&d, "F013");
    assert_eq!(f.file, "pegawai/199001012015032001/skp-2026b.yaml");
    assert_eq!(f.at(), pos(&b, "{ mulai"));
    assert_eq!(f.args["nip"], MINIMAL_NIP);
    assert_eq!(f.args["lain"], "199001012015032001-2026a");
    assert_eq!(f.subject.as_deref(), Some("199001012015032001-2026b"));
    assert_eq!(
        f.related[0]["file"],
        "pegawai/199001012015032001/skp-2026a.yaml"
    );
    let (l, c) = pos(&a, "{ mulai");
    assert_eq!(f.related[0]["line"], l);
    assert_eq!(f.related[0]["column"], c);
}

#[test]
fn f013_consecutive_skps_after_a_transfer_are_fine() {
    let ws = Ws::new();
    let a = with_period(
        MINIMAL_SKP,
        "199001012015032001-2026a",
        "2026-01-01",
        "2026-07-31",
    );
    let b = with_period(
        MINIMAL_SKP,
        "199001012015032001-2026b",
        "2026-08-01",
        "2026-12-31",
    );
    ws.file("pegawai/199001012015032001/skp-2026a.yaml", &a);
    ws.file("pegawai/199001012015032001/skp-2026b.yaml", &b);
    let r = ws.check_f(&[]);
    assert!(r.diags().is_empty(), "{}", list(&r.diags()));
    r.expect_code(0);
}

#[test]
fn f013_whole_year_defaults_overlap() {
    // Two SKPs of one NIP without periode_penilaian both cover the whole year.
    let ws = Ws::new();
    ws.file(
        "a.yaml",
        &minimal_with("tahun: 2026\n", "tahun: 2026\nid: X-2026a\n"),
    );
    ws.file(
        "b.yaml",
        &minimal_with("tahun: 2026\n", "tahun: 2026\nid: X-2026b\n"),
    );
    let d = ws.check_f(&[]).diags();
    let f = only(&d, "F013");
    assert_eq!(f.file, "b.yaml");
}

#[test]
fn f014_period_outside_the_year() {
    let text = with_period(
        MINIMAL_SKP,
        "199001012015032001-2026",
        "2026-07-01",
        "2027-01-31",
    );
    let d = f_diags(&text);
    let f = only(&d, "F014");
    assert_eq!(f.at(), pos(&text, "{ mulai"));
    assert_eq!(f.args["tahun"], 2026);
    assert_eq!(f.args["mulai"], "2026-07-01");
    assert_eq!(f.args["selesai"], "2027-01-31");
    assert!(f.message.contains("2027-01-31"), "{}", f.message);
}

#[test]
fn f014_period_starting_the_year_before() {
    let text = with_period(
        MINIMAL_SKP,
        "199001012015032001-2026",
        "2025-12-01",
        "2026-06-30",
    );
    let d = f_diags(&text);
    only(&d, "F014");
}

// ---------------------------------------------------------------------------------------------
// F015 – F020: targets, apiVersion, ids

#[test]
fn f015_unreadable_number() {
    let text = minimal_with("target: 4 modul", "target: \"1.2.3 dokumen\"");
    let d = f_diags(&text);
    let f = assert_at(&d, "F015", FILE, (25, 17));
    assert_eq!(f.end_column, 17 + 15);
    assert_eq!(f.args["target"], "1.2.3 dokumen");
    assert!(
        f.help().contains("4 modul"),
        "the help shows forms: {}",
        f.help()
    );
}

/// A negative figure (a growth that may contract) is said as negative, not as unreadable,
/// however it is written: quoted, a YAML number, after a comparator, with a Unicode minus.
#[test]
fn f015_negative_number_is_named() {
    for target in [
        "\"-0,5 %\"",
        "-2",
        "\"≥ -1,5 %\"",
        "\"\u{2212}3 modul\"",
        "{ nilai: -4, satuan: modul }",
    ] {
        let text = minimal_with("target: 4 modul", &format!("target: {target}"));
        let d = f_diags(&text);
        let f = only(&d, "F015");
        assert!(f.message.contains("negatif"), "{target}: {}", f.message);
        assert!(f.help().contains("penurunan"), "{target}: {}", f.help());
    }
    // A range is not a negative number.
    let text = minimal_with("target: 4 modul", "target: 95-100 %");
    assert!(f_diags(&text).iter().all(|d| d.code != "F015"));
}

#[test]
fn f016_plain_ambiguous_thousands() {
    let text = minimal_with("target: 4 modul", "target: 4.500");
    let d = f_diags(&text);
    let f = assert_at(&d, "F016", FILE, (25, 17));
    assert_eq!(f.end_column, 22);
    assert_eq!(f.severity, "warning");
    assert_eq!(f.args["target"], "4.500");
    assert_eq!(f.args["dibaca"], 4500.0);
    assert!(f.help().contains("4500"), "{}", f.help());
}

#[test]
fn f016_decimal_point() {
    let text = minimal_with("target: 4 modul", "target: \"3.5 jam\"");
    let d = f_diags(&text);
    let f = assert_at(&d, "F016", FILE, (25, 17));
    assert_eq!(f.args["dibaca"], 3.5);
    assert!(f.help().contains("\"3,5 jam\""), "{}", f.help());
}

#[test]
fn f017_misspelt_api_version() {
    let ws = Ws::new();
    let text = minimal_with("apiVersion:", "apiVersoin:");
    ws.file("pegawai/skp.yaml", &text);
    let r = ws.check_f(&[]);
    let d = r.diags();
    let f = assert_at(&d, "F017", FILE, (1, 1));
    // Nothing in the file was checked: an error that no setting hides.
    assert_eq!(f.severity, "error");
    assert_eq!(r.code, 1);
    for hide in [
        &["--ignore", "F017"][..],
        &["--ignore", "F"],
        &["--select", "S"],
    ] {
        let d = ws.check_f(hide).diags();
        assert_eq!(d.len(), 1, "{hide:?}: {}", list(&d));
        assert_eq!(d[0].code, "F017");
    }
    assert_eq!(d.len(), 1, "the file is not checked further: {}", list(&d));
    assert!(f.help().contains("apiVersion: skp/v1"), "{}", f.help());
    // Not read as a skp document.
    let listed = ws.check(&["--list-files"]);
    assert!(
        listed.stdout.contains("diabaikan pegawai/skp.yaml"),
        "{}",
        listed.stdout
    );
}

/// A file is told by its first document with content, or by any later one that declares
/// itself ours: a note put on top of a plan never drops the plan from every check.
#[test]
fn a_plan_after_an_empty_or_foreign_first_document_is_still_read() {
    for top in [
        "---\n# catatan rapat\n---\n",
        "catatan: rapat 3 Januari\n---\n",
    ] {
        let text = format!("{top}{}", minimal_with("target: 4 modul", "target: 4.500"));
        let d = f_diags(&text);
        assert!(
            d.iter().any(|f| f.code == "F016"),
            "{top:?}: the plan was not read: {}",
            list(&d)
        );
    }
    // A foreign file stays foreign.
    let d = f_diags("catatan: rapat\n---\nlain: 1\n");
    assert!(d.is_empty(), "{}", list(&d));
}

#[test]
fn f017_top_level_hasil_kerja_without_api_version() {
    let ws = Ws::new();
    ws.file("x.yaml", "hasil_kerja:\n  - id: RHK-1\n");
    ws.file("ci.yaml", "jobs: { build: { runs-on: ubuntu } }\n");
    let d = ws.check_f(&[]).diags();
    let f = only(&d, "F017");
    assert_eq!(f.file, "x.yaml");
    assert_eq!(d.len(), 1, "foreign YAML is not reported: {}", list(&d));
}

#[test]
fn f018_spelled_number_disagrees() {
    let text = minimal_with("target: 4 modul", "target: 4 (lima) modul");
    let d = f_diags(&text);
    let f = assert_at(&d, "F018", FILE, (25, 17));
    assert_eq!(f.severity, "warning");
    assert_eq!(f.args["angka"], 4.0);
    assert_eq!(f.args["terbilang"], 5.0);
}

#[test]
fn f019_unit_mismatch_with_related_satuan() {
    let text = minimal_with(
        "target: 4 modul",
        "target: 4 laporan\n        satuan: dokumen",
    );
    let d = f_diags(&text);
    let f = assert_at(&d, "F019", FILE, (25, 17));
    assert_eq!(f.args["satuan_target"], "laporan");
    assert_eq!(f.args["satuan"], "dokumen");
    assert_eq!(f.related.len(), 1);
    assert_eq!(f.related[0]["line"], 26);
    assert_eq!(f.related[0]["column"], 17);
}

#[test]
fn f020_invalid_id() {
    let text = minimal_with("id: RHK-1", "id: RHK 1");
    let d = f_diags(&text);
    let f = assert_at(&d, "F020", FILE, (18, 9));
    assert_eq!(f.end_column, 14);
    assert_eq!(f.args["kolom"], "id");
    assert_eq!(f.args["nilai"], "RHK 1");
    assert!(f.help().contains("RHK-1"), "{}", f.help());
}

#[test]
fn f020_invalid_reference() {
    let text = minimal_with(
        "    indikator:\n",
        "    intervensi: \"RHK 2\"\n    indikator:\n",
    );
    let d = f_diags(&text);
    let f = assert_at(&d, "F020", FILE, pos(&text, "\"RHK 2\""));
    assert_eq!(f.args["kolom"], "intervensi");
}

// ---------------------------------------------------------------------------------------------
// Conversion collects every problem of a file, not just the first

#[test]
fn every_problem_of_a_file_is_reported() {
    let text = MINIMAL_SKP
        .replace("nip: \"199001012015032001\"", "nip: 199001012015032001")
        .replace("aspek: kuantitas", "aspek: jumlah")
        .replace("id: RHK-1", "id: RHK 1")
        .replace("target: 4 modul", "target: 4.500");
    let text = insert_after(&text, "jenis: utama", "    catatan: x\n");
    let d = f_diags(&text);
    let mut c = codes(&d);
    c.sort();
    assert_eq!(c, ["F002", "F004", "F010", "F016", "F020"], "{}", list(&d));
}

#[test]
fn every_f_rule_has_a_test_here() {
    // A guard: the catalogue lists F001–F020, and this file covers each of them.
    let r = run(&example("dinas-kominfo"), &["rules"]);
    let listed: Vec<String> = r
        .stdout
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| c.starts_with('F') && c.len() == 4)
        .map(str::to_string)
        .collect();
    // The foundation's rules F001–F020 (later F rules are tested with their features).
    let expected: Vec<String> = (1..=20).map(|i| format!("F{i:03}")).collect();
    assert_eq!(listed[..20], expected[..], "{}", r.stdout);
    let me = include_str!("format_rules.rs");
    for code in expected {
        let lower = code.to_lowercase();
        assert!(
            me.contains(&format!("fn {lower}_")),
            "no test function named {lower}_… for {code}"
        );
    }
}

#[test]
fn f004_a_year_written_in_words_or_quotes_says_what_to_write() {
    for written in ["\"dua ribu\"", "\"2026\"", "duaribu"] {
        let d = f_diags(&MINIMAL_SKP.replacen("tahun: 2026", &format!("tahun: {written}"), 1));
        let f = d
            .iter()
            .find(|d| d.code == "F004")
            .unwrap_or_else(|| panic!("{written}: {}", list(&d)));
        assert_eq!(f.line, 3, "{}", list(&d));
        assert!(f.message.contains("bilangan bulat"), "{}", f.message);
        assert!(
            f.help
                .as_deref()
                .is_some_and(|h| h.contains("tanpa tanda kutip")),
            "{:?}",
            f.help
        );
        assert_eq!(f.args["diharapkan"], "integer", "{}", f.args);
    }
    // Quoted digits are said to be quoted; digits beyond any whole number, too large.
    let said = |written: &str| {
        let d = f_diags(&MINIMAL_SKP.replacen("tahun: 2026", &format!("tahun: {written}"), 1));
        d.iter()
            .find(|d| d.code == "F004")
            .map(|f| f.message.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        said("\"2026\""),
        "`tahun` ditulis dalam tanda kutip (`\"2026\"`), sehingga terbaca sebagai teks, bukan bilangan bulat"
    );
    assert_eq!(
        said("99999999999999999999"),
        "`tahun`: 99999999999999999999 terlalu besar untuk bilangan bulat"
    );
}

#[test]
fn a_ledger_for_an_skp_that_is_not_there_is_b104_even_when_empty() {
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", common::MINIMAL_SKP);
    // Left behind when the plan's year or NIP was renamed: it names an SKP no file holds.
    ws.file(
        "pegawai/a/skp-2025.bukti.yaml",
        "apiVersion: skp/v1\nkind: BuktiDukung\nskp: \"199001012015032001-2025\"\nbukti: []\n",
    );
    let d = ws.check(&["--select", "B104", "--format", "json"]).diags();
    let f = common::only(&d, "B104");
    assert_eq!(
        f.file,
        "pegawai/a/skp-2025.bukti.yaml",
        "{}",
        common::list(&d)
    );
    assert_eq!(f.line, 3, "{}", common::list(&d));
    assert!(
        f.message.contains("199001012015032001-2025"),
        "{}",
        f.message
    );
    // There is no record to remove: the help is about the ledger's `skp:`.
    assert!(f.help().contains("perbaiki `skp:`"), "{}", f.help());
}
