//! The SMART rules on organisation indicators: Perjanjian Kinerja and Renstra indicators are
//! checked by the same rules as IKIs, with subjects `PK-…/S1.I1`.

mod common;

use common::{Ws, codes};

const PK: &str = r#"apiVersion: skp/v1
kind: PerjanjianKinerja
id: PK-2026-DINAS
tahun: 2026
pihak_pertama: { nama: Kepala Dinas, nip: "197505202000031001", jabatan: Kepala Dinas }
pihak_kedua: { nama: Bupati, jabatan: Bupati }
sasaran:
  - id: S1
    uraian: Meningkatnya kualitas pelayanan perizinan
    indikator:
      - { id: S1.I1, uraian: Terwujudnya pelayanan perizinan yang prima, target: 100 % }
      - { id: S1.I2, uraian: Jumlah pengaduan pelaku usaha, satuan: pengaduan, target: 40 pengaduan }
      - { id: S1.I3, uraian: Jumlah pengaduan pelaku usaha yang masuk, satuan: pengaduan, target: 40 pengaduan, polaritas: turun }
      - { id: S1.I4, uraian: Indeks kepuasan masyarakat, target: 85 }
"#;

const RENSTRA: &str = r#"apiVersion: skp/v1
kind: Renstra
id: RENSTRA-DINAS
tahun_mulai: 2025
tahun_selesai: 2029
unit: Dinas
tujuan:
  - id: T1
    uraian: Meningkatnya investasi daerah
    sasaran:
      - id: SS1
        uraian: Meningkatnya kemudahan berusaha
        indikator:
          - { id: SS1.I1, uraian: Optimalnya layanan perizinan, target: { 2026: 90 } }
          - { id: SS1.I2, uraian: Angka kematian ibu, target: { 2026: 90 }, polaritas: turun }
"#;

/// A Perjanjian Kinerja `id` of 2026 with the given `sasaran:` list (YAML, indented by two).
fn pk(id: &str, sasaran: &str) -> String {
    format!(
        "apiVersion: skp/v1\nkind: PerjanjianKinerja\nid: {id}\ntahun: 2026\n\
         pihak_pertama: {{ nama: Kepala, nip: \"197505202000031001\", jabatan: Kepala }}\n\
         pihak_kedua: {{ nama: Atasan, jabatan: Atasan }}\nsasaran:\n{}",
        sasaran.trim_start_matches('\n')
    )
}

#[test]
fn s_rules_judge_pk_and_renstra_indicators() {
    let ws = Ws::new();
    ws.file("organisasi/pk-2026.yaml", PK);
    ws.file("organisasi/renstra.yaml", RENSTRA);
    let r = ws.check(&["--select", "S,F", "--format", "json"]);
    let d = r.diags();
    let on = |subject: &str| -> Vec<&str> {
        d.iter()
            .filter(|x| x.subject.as_deref() == Some(subject))
            .map(|x| x.code.as_str())
            .collect()
    };
    assert!(
        !codes(&d).iter().any(|c| c.starts_with('F')),
        "{}",
        common::list(&d)
    );
    // A normative organisation indicator with a vague adjective.
    assert_eq!(
        on("PK-2026-DINAS/S1.I1"),
        ["S101", "S113"],
        "{}",
        common::list(&d)
    );
    // Complaints counted with the default polarity; with `polaritas: turun`, nothing.
    assert_eq!(on("PK-2026-DINAS/S1.I2"), ["S108"]);
    assert!(on("PK-2026-DINAS/S1.I3").is_empty());
    assert!(on("PK-2026-DINAS/S1.I4").is_empty());
    // Renstra indicators: wording and polarity (their yearly targets are each PK's).
    assert_eq!(on("RENSTRA-DINAS/SS1.I1"), ["S101"]);
    assert!(on("RENSTRA-DINAS/SS1.I2").is_empty());
}

/// A PK or Renstra table often has a unit column and no target yet: the unit is judged alone,
/// at the `satuan` it is written in.
#[test]
fn s105_judges_a_unit_column_without_a_target() {
    let ws = Ws::new();
    ws.file(
        "organisasi/pk-2026.yaml",
        &pk(
            "PK-2026-UNIV",
            r#"
  - id: S1
    uraian: Meningkatnya mutu akademik
    indikator:
      - id: S1.I1
        uraian: Jumlah prodi terakreditasi unggul
        satuan: Persentase
      - id: S1.I2
        uraian: Jumlah penduduk terpilah di daerah rawan bencana
        satuan: Dokumen
      - id: S1.I3
        uraian: Jumlah prodi terakreditasi internasional
        satuan: prodi
"#,
        ),
    );
    let r = ws.check(&["--select", "S105", "--format", "json"]);
    let d = r.diags();
    let at = |subject: &str| -> Vec<(String, u64)> {
        d.iter()
            .filter(|x| x.subject.as_deref() == Some(subject))
            .map(|x| (x.code.clone(), x.line))
            .collect()
    };
    assert_eq!(
        at("PK-2026-UNIV/S1.I1"),
        [("S105".to_string(), 13)],
        "{}",
        common::list(&d)
    );
    assert_eq!(at("PK-2026-UNIV/S1.I2"), [("S105".to_string(), 16)]);
    assert!(at("PK-2026-UNIV/S1.I3").is_empty(), "{}", common::list(&d));
}

/// An organisation counting the documents it verified counts its own activity, as "yang
/// dievaluasi" does; verified within a standard it is the service level, and a state the
/// documents reached ("terverifikasi") is a result.
#[test]
fn s110_an_organisation_counting_what_it_verified() {
    let ws = Ws::new();
    ws.file(
        "organisasi/pk-2026.yaml",
&pk("PK-2026-BPKAD", r#"
  - id: S1
    uraian: Meningkatnya kualitas perencanaan anggaran perangkat daerah
    indikator:
      - { id: S1.I1, uraian: Jumlah RKA-SKPD yang diverifikasi, target: 40 dokumen }
      - { id: S1.I2, uraian: Jumlah DPA-SKPD yang divalidasi, target: 40 dokumen }
      - { id: S1.I3, uraian: Persentase RKA-SKPD yang diverifikasi paling lambat 5 hari kerja, target: 100 % }
      - { id: S1.I4, uraian: Jumlah usulan yang terverifikasi oleh kecamatan, target: 40 usulan }
      - { id: S1.I5, uraian: Jumlah SPJ yang diverifikasi dalam 72 jam, target: 400 dokumen }
      - { id: S1.I6, uraian: Jumlah desa ODF yang diverifikasi, target: 40 desa }
      - { id: S1.I7, uraian: Jumlah pengaduan yang diverifikasi dan ditindaklanjuti, target: 40 pengaduan }
"#),
    );
    let r = ws.check(&["--select", "S110", "--format", "json"]);
    let d = r.diags();
    let kata = |subject: &str| -> Vec<String> {
        d.iter()
            .filter(|x| x.subject.as_deref() == Some(subject))
            .map(|x| x.args["kata"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(
        kata("PK-2026-BPKAD/S1.I1"),
        ["yang diverifikasi"],
        "{}",
        common::list(&d)
    );
    assert_eq!(kata("PK-2026-BPKAD/S1.I2"), ["yang divalidasi"]);
    // Within a standard, a result reached, a place's status, handled complaints: not flagged.
    for i in 3..=7 {
        let subject = format!("PK-2026-BPKAD/S1.I{i}");
        assert!(kata(&subject).is_empty(), "{subject}: {}", common::list(&d));
    }
    // The help points to a standard, not to a meeting's agreements.
    let help = d
        .iter()
        .find(|x| x.subject.as_deref() == Some("PK-2026-BPKAD/S1.I1"))
        .and_then(|x| x.help.clone())
        .unwrap_or_default();
    assert!(help.contains("paling lambat"), "{help}");
}
