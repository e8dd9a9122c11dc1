//! The P rules on SKP fixtures: each fires on its case and stays silent on the near miss.

mod common;

use common::{MINIMAL_SKP, Ws, codes, diags_of, only};

const SEVEN: &str = common::seven_perilaku!();

const LAMPIRAN: &str = "lampiran:
  dukungan_sumber_daya: [Akses repositori kode]
  skema_pertanggungjawaban: [Laporan bulanan kepada Kepala Bidang]
  konsekuensi: [Capaian di bawah target dibahas dalam dialog kinerja]
";

/// The P findings of one SKP file.
fn p_codes(skp: &str) -> (Vec<String>, Vec<common::Diag>) {
    let ws = Ws::new();
    ws.file("pegawai/199001012015032001/skp-2026.yaml", skp);
    let r = ws.check(&["--select", "P,F", "--format", "json"]);
    let diags = diags_of(&r.json());
    (codes(&diags).iter().map(|c| c.to_string()).collect(), diags)
}

#[test]
fn complete_perilaku_and_lampiran_pass() {
    let (c, d) = p_codes(&format!("{MINIMAL_SKP}{SEVEN}{LAMPIRAN}"));
    assert!(c.is_empty(), "{}", common::list(&d));
    // A JA/JF SKP without lampiran is not asked for one.
    let (c, _) = p_codes(&format!("{MINIMAL_SKP}{SEVEN}"));
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn p101_lists_the_missing_values_once() {
    let (c, d) = p_codes(&format!(
        "{MINIMAL_SKP}perilaku_kerja:\n  berorientasi_pelayanan: {{}}\n  akuntabel: {{}}\n"
    ));
    assert_eq!(c, ["P101"], "{}", common::list(&d));
    let p = only(&d, "P101");
    assert!(p.message.contains("5 nilai"), "{}", p.message);
    assert_eq!(
        p.args["hilang"],
        "kompeten,harmonis,loyal,adaptif,kolaboratif"
    );
    // No section at all: all seven.
    let (c, d) = p_codes(MINIMAL_SKP);
    assert_eq!(c, ["P101"]);
    assert!(only(&d, "P101").message.contains("7 nilai"));
}

#[test]
fn p102_names_former_aspects_and_typos_instead_of_f002() {
    let skp = format!(
        "{MINIMAL_SKP}{}",
        SEVEN
            .replace("berorientasi_pelayanan", "orientasi_pelayanan")
            .replace("akuntabel", "akuntable")
    );
    let (c, d) = p_codes(&skp);
    assert_eq!(c, ["P101", "P102", "P102"], "{}", common::list(&d));
    let p102: Vec<_> = d.iter().filter(|x| x.code == "P102").collect();
    assert_eq!(p102[0].severity, "error");
    assert!(
        p102[0]
            .help
            .as_deref()
            .unwrap()
            .contains("berorientasi_pelayanan")
            && p102[0]
                .help
                .as_deref()
                .unwrap()
                .contains("PermenPANRB 6/2022"),
        "{:?}",
        p102[0].help
    );
    assert!(p102[1].help.as_deref().unwrap().contains("akuntabel"));
    // The schema still allows only the seven values (editors flag the key as you type).
    let schema: serde_json::Value =
        serde_json::from_str(&common::run(std::path::Path::new("."), &["schema", "skp"]).stdout)
            .unwrap();
    let text = schema.to_string();
    assert!(
        !text.contains("\"lainnya\":") && !text.contains("\"kosong\":"),
        "internal fields leak into the schema"
    );
}

#[test]
fn p103_empty_lampiran_sections() {
    for empty in ["konsekuensi: []", "konsekuensi:", "konsekuensi: [\"\"]"] {
        let lampiran = LAMPIRAN.replace(
            "konsekuensi: [Capaian di bawah target dibahas dalam dialog kinerja]",
            empty,
        );
        let (c, d) = p_codes(&format!("{MINIMAL_SKP}{SEVEN}{lampiran}"));
        assert_eq!(c, ["P103"], "{empty}: {}", common::list(&d));
        assert_eq!(only(&d, "P103").args["bagian"], "konsekuensi");
    }
}

#[test]
fn p104_general_expectations_not_observable_ones() {
    let with = |teks: &str| {
        format!(
            "{MINIMAL_SKP}{}",
            SEVEN.replace(
                "berorientasi_pelayanan: {}",
                &format!("berorientasi_pelayanan: {{ ekspektasi_khusus: {teks} }}"),
            )
        )
    };
    for vague in [
        "Memberikan pelayanan dengan baik",
        "Berorientasi pelayanan",
        "Terwujudnya pelayanan yang prima",
    ] {
        let (c, d) = p_codes(&with(vague));
        assert_eq!(c, ["P104"], "{vague}: {}", common::list(&d));
    }
    for concrete in [
        "Laporan gangguan dari operator perangkat daerah ditanggapi paling lambat 1 hari kerja",
        "Menggunakan aplikasi SRIKANDI untuk registrasi naskah dinas",
        "Menyimpan lembar kerja rekapitulasi beserta sumber datanya pada folder bersama",
    ] {
        let (c, d) = p_codes(&with(concrete));
        assert!(c.is_empty(), "{concrete}: {}", common::list(&d));
    }
}

#[test]
fn p105_jpt_lampiran_needs_every_section() {
    let jpt = MINIMAL_SKP.replace(
        "pendekatan: kuantitatif\n",
        "pendekatan: kuantitatif\nformat: jpt\n",
    );
    let without = LAMPIRAN.replace(
        "  konsekuensi: [Capaian di bawah target dibahas dalam dialog kinerja]\n",
        "",
    );
    let ws = Ws::new();
    ws.file(
        "pegawai/199001012015032001/skp-2026.yaml",
        &format!("{jpt}{SEVEN}{without}"),
    );
    let d = diags_of(&ws.check(&["--select", "P", "--format", "json"]).json());
    assert_eq!(codes(&d), ["P105"], "{}", common::list(&d));
    assert_eq!(only(&d, "P105").args["hilang"], "konsekuensi");
    ws.file(
        "pegawai/199001012015032001/skp-2026.yaml",
        &format!("{jpt}{SEVEN}"),
    );
    let d = diags_of(&ws.check(&["--select", "P", "--format", "json"]).json());
    assert_eq!(
        only(&d, "P105").args["hilang"],
        "dukungan_sumber_daya,skema_pertanggungjawaban,konsekuensi"
    );
    ws.file(
        "pegawai/199001012015032001/skp-2026.yaml",
        &format!("{jpt}{SEVEN}{LAMPIRAN}"),
    );
    let d = diags_of(&ws.check(&["--select", "P", "--format", "json"]).json());
    assert!(d.is_empty(), "{}", common::list(&d));
}

#[test]
fn examples_show_every_d_and_p_code_and_the_clean_one_none() {
    let clean = common::run(
        &common::example("dinas-kominfo"),
        &["check", "--select", "D,P", "--format", "json"],
    );
    assert!(diags_of(&clean.json()).is_empty(), "{}", clean.stdout);
    let flawed = common::run(
        &common::example("kesalahan-umum"),
        &["check", "--select", "D,P", "--format", "json"],
    );
    let d = diags_of(&flawed.json());
    let mut seen: Vec<&str> = codes(&d);
    seen.dedup();
    for code in [
        "D101", "D102", "D103", "D104", "D105", "D106", "D107", "P101", "P102", "P103", "P104",
        "P105",
    ] {
        assert!(
            seen.contains(&code),
            "{code} missing from the flawed example: {seen:?}"
        );
    }
}

/// `skp init --skp` writes a plan the P rules accept: all seven values and the three lampiran
/// sections, each with a commitment to edit (not an empty list), for JA/JF and for JPT.
#[test]
fn init_skp_passes_the_p_rules() {
    let ws = Ws::bare();
    ws.run(&["init"]).expect_code(0);
    for (nip, kind) in [
        ("199001012015032001", "fungsional"),
        ("198001012005011003", "jpt_pratama"),
    ] {
        ws.run(&[
            "init",
            "--skp",
            "--nip",
            nip,
            "--name",
            "Pegawai Baru",
            "--position",
            "Jabatan Baru",
            "--position-type",
            kind,
        ])
        .expect_code(0);
    }
    let d = diags_of(&ws.check(&["--select", "P", "--format", "json"]).json());
    assert!(d.is_empty(), "{}", common::list(&d));
}
