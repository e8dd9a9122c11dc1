//! The `T` rules through the real binary: each with a case that fires and a near miss that
//! does not, and silence where the comparison has no data.

mod common;

use common::{Diag, MINIMAL_SKP, Ws, minimal_for_nip, only};

const IKI: &str = "        teks: Jumlah modul aplikasi perizinan yang dirilis ke produksi\n        target: 4 modul\n";

fn t(ws: &Ws) -> Vec<Diag> {
    ws.check(&["--select", "T", "--format", "json"]).diags()
}

fn with_iki(extra: &str, target: &str) -> String {
    MINIMAL_SKP.replace(
        IKI,
        &format!(
            "        teks: Jumlah modul aplikasi perizinan yang dirilis ke produksi\n        target: {target}\n{extra}"
        ),
    )
}

/// Last year's SKP of the same employee, its IKI-1.1 targeted at `target`, and an annual
/// evaluation that realised `realised`.
fn last_year(ws: &Ws, target: &str, realised: &str) {
    ws.file(
        "pegawai/a/skp-2025.yaml",
        &with_iki("", target).replace("tahun: 2026", "tahun: 2025"),
    );
    ws.file(
        "pegawai/a/realisasi-2025.yaml",
        &format!(
            "apiVersion: skp/v1\nkind: Realisasi\nskp: 199001012015032001-2025\nperiode: \"2025\"\ndinilai_oleh: \"198005152005011002\"\nhasil_kerja:\n  IKI-1.1: {{ realisasi: {realised} }}\n"
        ),
    );
}

/// A baseline with no number (`banyak`, `-`) is an F004 at its value: it used to switch T101
/// and T102 off without a word. `tidak_tercantum` (the source states none) is taken as it is.
#[test]
fn a_baseline_with_no_number_is_said() {
    for (nilai, said) in [
        ("banyak", true),
        ("\"-\"", true),
        ("tidak_tercantum", false),
        ("6 modul", false),
    ] {
        let ws = Ws::new();
        let text = with_iki(
            &format!("        baseline: {{ nilai: {nilai}, tahun: 2025 }}\n"),
            "4 modul",
        );
        ws.file("pegawai/a/skp-2026.yaml", &text);
        let d = ws.check(&["--select", "F004", "--format", "json"]).diags();
        let hit = d.iter().find(|x| x.args["kolom"] == "baseline");
        assert_eq!(hit.is_some(), said, "{nilai}: {d:?}");
        if let Some(f) = hit {
            assert!(f.message.contains("tidak memuat angka"), "{}", f.message);
        }
    }
}

#[test]
fn t101_target_below_baseline_or_last_years_result() {
    let ws = Ws::new();
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &with_iki(
            "        baseline: { nilai: 6 modul, tahun: 2025 }\n",
            "4 modul",
        ),
    );
    let d = t(&ws);
    let f = only(&d, "T101");
    assert_eq!(f.args["pembanding"], 6.0);
    assert_eq!(f.args["sumber"], "baseline 2025");
    // Equal to the baseline is not below it.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &with_iki(
            "        baseline: { nilai: 4 modul, tahun: 2025 }\n",
            "4 modul",
        ),
    );
    assert!(t(&ws).is_empty());
    // Last year's realisation, found by the indicator's text.
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &with_iki("", "4 modul"));
    last_year(&ws, "5 modul", "7 modul");
    let d = t(&ws);
    let f = only(&d, "T101");
    assert_eq!(f.args["sumber"], "realisasi 2025");
    assert_eq!(f.args["pembanding"], 7.0);
    // Without a realisation last year there is nothing to compare: silence.
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &with_iki("", "4 modul"));
    ws.file(
        "pegawai/a/skp-2025.yaml",
        &with_iki("", "5 modul").replace("tahun: 2026", "tahun: 2025"),
    );
    assert!(t(&ws).iter().all(|d| d.code != "T101"));
}

#[test]
fn t101_is_polarity_aware_and_compares_like_with_like() {
    let ws = Ws::new();
    // Lower is better: 5 days against a baseline of 3 days is worse; 2 days is better.
    let waktu = |target: &str| {
        with_iki(
            "        polaritas: turun\n        baseline: { nilai: 3 hari }\n",
            target,
        )
    };
    ws.file("pegawai/a/skp-2026.yaml", &waktu("5 hari"));
    only(&t(&ws), "T101");
    ws.file("pegawai/a/skp-2026.yaml", &waktu("2 hari"));
    assert!(t(&ws).is_empty());
    // A percentage is never compared with a count.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &with_iki("        baseline: { nilai: 80 % }\n", "4 modul"),
    );
    assert!(t(&ws).is_empty());
}

#[test]
fn t102_target_far_beyond_its_history() {
    let ws = Ws::new();
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &with_iki("        baseline: { nilai: 4 modul }\n", "40 modul"),
    );
    let d = t(&ws);
    let f = only(&d, "T102");
    assert_eq!(f.args["batas_kali"], 3.0);
    assert!(
        f.message.contains("lebih dari 3 kali lipat"),
        "{}",
        f.message
    );
    // Better when lower: a third of where it starts is what is too far.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &with_iki(
            "        polaritas: turun
        baseline: { nilai: \"2,25 hari kerja\" }\n",
            "≤ 0,5 hari kerja",
        )
        .replace(
            "Jumlah modul aplikasi perizinan yang dirilis ke produksi",
            "Rata-rata waktu rilis modul aplikasi perizinan",
        ),
    );
    let d = t(&ws);
    let f = only(&d, "T102");
    assert_eq!(
        f.message,
        "target ≤ 0,5 hari kerja kurang dari 1/3 titik tolaknya (baseline: 2,25 hari kerja): target tidak realistis"
    );
    // Three times is the limit, not beyond it.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &with_iki("        baseline: { nilai: 4 modul }\n", "12 modul"),
    );
    assert!(t(&ws).is_empty());
    // The limit is configurable.
    ws.file("skp.toml", "[targets]\nmax_growth = 20\n");
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &with_iki("        baseline: { nilai: 4 modul }\n", "40 modul"),
    );
    assert!(t(&ws).is_empty());
}

#[test]
fn t103_pk_target_differs_from_the_renstra_target_of_its_year() {
    let ws = Ws::new();
    ws.file(
        "organisasi/renstra.yaml",
        "apiVersion: skp/v1\nkind: Renstra\nid: RENSTRA-X\ntahun_mulai: 2025\ntahun_selesai: 2029\nunit: Dinas X\ntujuan:\n  - id: T1\n    uraian: Meningkatnya kualitas layanan digital\n    sasaran:\n      - id: SS1\n        uraian: Meningkatnya keterpaduan layanan digital\n        indikator:\n          - id: SS1.I1\n            uraian: Indeks SPBE\n            satuan: indeks\n            target: { 2026: 3.1, 2027: 3.3 }\n",
    );
    let pk = |target: &str| {
        format!(
            "apiVersion: skp/v1\nkind: PerjanjianKinerja\nid: PK-2026-X\ntahun: 2026\npihak_pertama: {{ nip: \"197406121999031002\", nama: Kadis, jabatan: Kepala Dinas X }}\npihak_kedua: {{ nama: Wali Kota, jabatan: Wali Kota }}\nsasaran:\n  - id: S1\n    uraian: Meningkatnya keterpaduan layanan digital\n    acuan: [RENSTRA-X/SS1]\n    indikator:\n      - id: S1.I1\n        uraian: Indeks SPBE\n        satuan: indeks\n        target: {target}\n"
        )
    };
    ws.file("organisasi/pk.yaml", &pk("\"2,8 indeks\""));
    let d = t(&ws);
    let f = only(&d, "T103");
    assert_eq!(f.args["target"], 2.8);
    assert_eq!(f.args["target_sumber"], 3.1);
    ws.file("organisasi/pk.yaml", &pk("\"3,1 indeks\""));
    assert!(t(&ws).is_empty(), "{}", common::list(&t(&ws)));
}

#[test]
fn t104_subordinates_targets_do_not_add_up() {
    let ws = Ws::new();
    // The superior (198005152005011002) promises 10 modules; two staff intervene with 3 each.
    let boss = MINIMAL_SKP
        .replace("nip: \"198005152005011002\"", "nip: \"197001012000031001\"")
        .replace("nip: \"199001012015032001\"", "nip: \"198005152005011002\"")
        .replace("target: 4 modul", "target: 10 modul");
    ws.file("pegawai/boss/skp-2026.yaml", &boss);
    let staff = |nip: &str, target: &str| {
        minimal_for_nip(nip)
            .replace("target: 4 modul", &format!("target: {target}"))
            .replace(
                "    jenis: utama\n",
                "    jenis: utama\n    intervensi: RHK-1\n",
            )
    };
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &staff("199001012015032001", "3 modul"),
    );
    ws.file(
        "pegawai/b/skp-2026.yaml",
        &staff("199202022015032002", "3 modul"),
    );
    let d = t(&ws);
    let f = only(&d, "T104");
    assert_eq!(f.severity, "info");
    assert_eq!(f.args["target_atasan"], 10.0);
    assert_eq!(f.args["jumlah_bawahan"], 6.0);
    // Divided in full: silent.
    ws.file(
        "pegawai/b/skp-2026.yaml",
        &staff("199202022015032002", "7 modul"),
    );
    assert!(
        t(&ws).iter().all(|d| d.code != "T104"),
        "{}",
        common::list(&t(&ws))
    );
}

#[test]
fn t105_periodic_targets_against_the_annual_one() {
    let ws = Ws::new();
    let periodic = |p: &str, list: &str| {
        with_iki(
            &format!("        perhitungan: {p}\n        target_periodik: {{ {list} }}\n"),
            "4 modul",
        )
    };
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &periodic(
            "kumulatif",
            "2026-TW1: 1, 2026-TW2: 3, 2026-TW3: 2, 2026-TW4: 4",
        ),
    );
    assert_eq!(only(&t(&ws), "T105").args["masalah"], "kumulatif_turun");
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &periodic(
            "kumulatif",
            "2026-TW1: 1, 2026-TW2: 2, 2026-TW3: 3, 2026-TW4: 5",
        ),
    );
    assert_eq!(only(&t(&ws), "T105").args["masalah"], "akhir_tidak_sama");
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &periodic(
            "kumulatif",
            "2026-TW1: 1, 2026-TW2: 2, 2026-TW3: 3, 2026-TW4: 4",
        ),
    );
    assert!(t(&ws).is_empty());
    // Part of the year only: nothing to say about the end.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &periodic("kumulatif", "2026-TW2: 1, 2026-TW3: 3"),
    );
    assert!(t(&ws).is_empty());
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &periodic(
            "rata_rata",
            "2026-TW1: 2, 2026-TW2: 4, 2026-TW3: 4, 2026-TW4: 4",
        ),
    );
    assert_eq!(
        only(&t(&ws), "T105").args["masalah"],
        "rata_rata_tidak_sama"
    );
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &periodic(
            "rata_rata",
            "2026-TW1: 3, 2026-TW2: 5, 2026-TW3: 4, 2026-TW4: 4",
        ),
    );
    assert!(t(&ws).is_empty());
}

#[test]
fn t106_every_target_100_percent_or_copied_from_last_year() {
    let three = |t1: &str, t2: &str, t3: &str| {
        MINIMAL_SKP.replace(
            IKI,
            &format!(
                "        teks: Persentase modul aplikasi perizinan yang lulus uji penerimaan\n        target: {t1}\n      - id: IKI-1.2\n        aspek: kualitas\n        teks: Persentase permohonan izin daring yang diproses tanpa galat sistem\n        target: {t2}\n      - id: IKI-1.3\n        aspek: waktu\n        teks: Persentase rilis modul yang tepat jadwal\n        target: {t3}\n"
            ),
        )
    };
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &three("100 %", "100 %", "100 %"));
    assert_eq!(only(&t(&ws), "T106").args["jenis"], "semua_100");
    ws.file("pegawai/a/skp-2026.yaml", &three("100 %", "95 %", "100 %"));
    assert!(t(&ws).is_empty());
    // Copied from last year's SKP, indicator by indicator.
    ws.file(
        "pegawai/a/skp-2025.yaml",
        &three("90 %", "95 %", "80 %").replace("tahun: 2026", "tahun: 2025"),
    );
    ws.file("pegawai/a/skp-2026.yaml", &three("90 %", "95 %", "80 %"));
    assert_eq!(
        only(&t(&ws), "T106").args["jenis"],
        "sama_dengan_tahun_lalu"
    );
    ws.file("pegawai/a/skp-2026.yaml", &three("92 %", "95 %", "80 %"));
    assert!(t(&ws).is_empty());
}

#[test]
fn report_target_shows_what_the_dialogue_weighs() {
    let ws = Ws::new();
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &with_iki(
            "        baseline: { nilai: 3 modul, tahun: 2025 }\n",
            "5 modul",
        ),
    );
    last_year(&ws, "4 modul", "4 modul");
    let r = ws.run(&["report", "target", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let j = r.json();
    let row = j["indikator"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["skp"] == "199001012015032001-2026")
        .unwrap()
        .clone();
    assert_eq!(row["baseline"], "3 modul (2025)");
    assert_eq!(row["target_tahun_lalu"], "4 modul");
    assert_eq!(row["realisasi_tahun_lalu"], 4.0);
    assert_eq!(row["target"], "5 modul");
    let table = ws.run(&["report", "target", "--nip", "199001012015032001"]);
    assert!(table.stdout.contains("Realisasi"), "{}", table.stdout);
    assert!(table.stdout.contains("5 modul"), "{}", table.stdout);
    let en = ws.run(&["--lang", "en", "report", "target", "--format", "csv"]);
    assert!(
        en.stdout
            .starts_with("pegawai,iki,baseline,target_tahun_lalu"),
        "{}",
        en.stdout
    );
    // A NIP that names nobody is a mistake, as in `skp report`, not an empty table.
    let nobody = ws.run(&["report", "target", "--nip", "199001012015032009"]);
    assert_eq!(nobody.code, 2, "{}", nobody.stdout);
    assert!(
        nobody
            .stderr
            .contains("tidak ada SKP untuk NIP 199001012015032009"),
        "{}",
        nobody.stderr
    );
}

#[test]
fn t104_a_subordinates_share_below_the_superiors_on_the_same_measure() {
    let ws = Ws::new();
    let share = |skp: &str, target: &str| {
        skp.replace(
            IKI,
            &format!(
                "        teks: Persentase permohonan izin yang diverifikasi dalam satu hari kerja\n        target: {target}\n"
            ),
        )
    };
    let boss = MINIMAL_SKP
        .replace("nip: \"198005152005011002\"", "nip: \"197001012000031001\"")
        .replace("nip: \"199001012015032001\"", "nip: \"198005152005011002\"");
    ws.file("pegawai/boss/skp-2026.yaml", &share(&boss, "95 %"));
    let staff = MINIMAL_SKP.replace(
        "    jenis: utama\n",
        "    jenis: utama\n    intervensi: RHK-1\n",
    );
    ws.file("pegawai/a/skp-2026.yaml", &share(&staff, "80 %"));
    let d = t(&ws);
    let f = only(&d, "T104");
    assert!(f.file.starts_with("pegawai/a/"), "{}", f.file);
    assert_eq!(f.args["target_atasan"], 95.0);
    ws.file("pegawai/a/skp-2026.yaml", &share(&staff, "95 %"));
    assert!(t(&ws).iter().all(|d| d.code != "T104"));
}

#[test]
fn t107_a_deadline_outside_the_appraisal_period() {
    let ws = Ws::new();
    let plan = |target: &str, extra: &str| with_iki(extra, target);
    // Last year's deadline, copied with the plan and its year left as it was.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &plan("paling lambat 31 Maret 2025", ""),
    );
    let d = t(&ws);
    let f = only(&d, "T107");
    assert_eq!(f.args["arah"], "sebelum");
    assert_eq!(f.args["tenggat"], "2025-03-31");
    assert!(
        f.message.contains("`paling lambat 31 Maret 2025`"),
        "{}",
        f.message
    );
    assert!(
        f.help().contains("periksa tahunnya (SKP tahun 2026)"),
        "{}",
        f.help()
    );
    assert!(
        f.message.contains("2026-01-01 s.d. 2026-12-31"),
        "{}",
        f.message
    );
    // A year mistyped.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &plan("paling lambat 31 Maret 2062", ""),
    );
    assert_eq!(only(&t(&ws), "T107").args["arah"], "sesudah");
    // Inside the year: nothing; nor for a number.
    for target in [
        "paling lambat 31 Desember 2026",
        "tanggal 1 Januari 2026",
        "4 modul",
    ] {
        ws.file("pegawai/a/skp-2026.yaml", &plan(target, ""));
        let d = t(&ws);
        assert!(
            d.iter().all(|x| x.code != "T107"),
            "{target}: {}",
            common::list(&d)
        );
    }
    // A periodic deadline too, pointed at where it is written.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &plan(
            "paling lambat 31 Desember 2026",
            "        target_periodik: { 2026-TW1: paling lambat 31 Maret 2025 }\n",
        ),
    );
    let d = t(&ws);
    let f = only(&d, "T107");
    let text = ws.read("pegawai/a/skp-2026.yaml");
    let line = text
        .lines()
        .position(|l| l.contains("target_periodik"))
        .unwrap()
        + 1;
    assert_eq!(f.line, line as u64, "{}", common::list(&d));
    // A periodic deadline inside the year but after its own period ends cannot be judged at
    // that period's evaluation; one before its own period (done already) is not reported.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &plan(
            "paling lambat 31 Desember 2026",
            "        target_periodik: { 2026-TW1: paling lambat 30 Juni, 2026-TW3: paling lambat 31 Maret 2026, 2026-TW4: paling lambat 31 Desember 2026 }\n",
        ),
    );
    let d = t(&ws);
    let f = only(&d, "T107");
    assert_eq!(f.line, line as u64, "{}", common::list(&d));
    assert_eq!(f.args["periode"], "2026-TW1");
    assert_eq!(f.args["tenggat"], "2026-06-30");
    assert!(
        f.message
            .contains("tenggat `paling lambat 30 Juni` (2026-06-30) untuk 2026-TW1 jatuh sesudah periode itu selesai (2026-03-31)"),
        "{}",
        f.message
    );
    assert!(f.help().contains("target periodik dinilai"), "{}", f.help());
    let r = ws.run(&["check", "--select", "T107", "--lang", "en"]);
    assert!(
        r.stdout
            .contains("for 2026-TW1 falls after that period ends (2026-03-31)"),
        "{}",
        r.stdout
    );
    // An appraisal period shorter than the year (a transfer in July) is the one that counts.
    let short = plan("paling lambat 31 Maret 2026", "").replace(
        "pendekatan: kuantitatif",
        "periode_penilaian: { mulai: 2026-07-01, selesai: 2026-12-31 }\npendekatan: kuantitatif",
    );
    assert!(short.contains("periode_penilaian"));
    ws.file("pegawai/a/skp-2026.yaml", &short);
    let d = t(&ws);
    let f = only(&d, "T107");
    assert_eq!(f.args["arah"], "sebelum");
    // Its year is right: the help does not ask to check it.
    assert!(
        f.help().contains("lebih pendek dari setahun"),
        "{}",
        f.help()
    );
    // Written without its year, the message says the date it was read as.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &short.replace("paling lambat 31 Maret 2026", "paling lambat 31 Maret"),
    );
    let d = t(&ws);
    let f = only(&d, "T107");
    assert!(
        f.message.contains("`paling lambat 31 Maret` (2026-03-31)"),
        "{}",
        f.message
    );
    // A period outside its own year is F014's; T107 does not pile on.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &short
            .replace("2026-07-01", "2025-07-01")
            .replace("2026-12-31", "2025-12-31"),
    );
    let d = t(&ws);
    assert!(d.iter().all(|x| x.code != "T107"), "{}", common::list(&d));
    ws.file("pegawai/a/skp-2026.yaml", &short);
    // In English.
    let r = ws.run(&["check", "--select", "T107", "--lang", "en"]);
    assert!(
        r.stdout
            .contains("falls before the SKP's appraisal period (2026-07-01 to 2026-12-31)"),
        "{}",
        r.stdout
    );
}

/// A periodic target keyed by a period the SKP never evaluates measures no evaluation: one
/// copied with last year's plan, a month on a quarterly grid, a quarter outside a short
/// appraisal period.
#[test]
fn t108_a_periodic_target_for_a_period_that_is_not_evaluated() {
    let ws = Ws::new();
    let periodik = |keys: &str| {
        with_iki(
            &format!("        target_periodik: {{ {keys} }}\n"),
            "4 modul",
        )
    };
    // The same, with `field` at the SKP's top level.
    let periodik_with = |keys: &str, field: &str| {
        periodik(keys).replace(
            "pendekatan: kuantitatif",
            &format!("{field}\npendekatan: kuantitatif"),
        )
    };
    let periods = |d: &[common::Diag]| -> Vec<String> {
        common::with_code(d, "T108")
            .iter()
            .map(|f| f.args["periode"].as_str().unwrap().to_string())
            .collect()
    };
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &periodik("2025-TW1: 1, 2026-TW2: 2, 2026-05: 3, 2026: 4"),
    );
    let d = t(&ws);
    assert_eq!(periods(&d), ["2025-TW1", "2026-05"], "{}", common::list(&d));
    let f = common::with_code(&d, "T108")[0];
    let text = ws.read("pegawai/a/skp-2026.yaml");
    assert_eq!((f.line, f.column), common::pos(&text, "2025-TW1"));
    assert!(
        f.message.contains(
            "target periodik untuk 2025-TW1, yang bukan periode evaluasi SKP 199001012015032001-2026: tidak ada evaluasi SKP ini yang diukur dengannya"
        ),
        "{}",
        f.message
    );
    assert!(
        f.help()
            .contains("2026-TW1, 2026-TW2, 2026-TW3, 2026-TW4, 2026"),
        "{}",
        f.help()
    );
    // The SKP's own grid: monthly, the month is an evaluation; the quarter is not.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &periodik_with("2026-05: 3, 2026-TW2: 2", "evaluasi: bulanan"),
    );
    let d = t(&ws);
    assert_eq!(periods(&d), ["2026-TW2"], "{}", common::list(&d));
    // A short appraisal period (from July): TW1 is never evaluated.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &periodik_with(
            "2026-TW1: 1, 2026-TW3: 2",
            "periode_penilaian: { mulai: 2026-07-01, selesai: 2026-12-31 }",
        ),
    );
    let d = t(&ws);
    let f = common::only(&d, "T108");
    assert_eq!(f.args["periode"], "2026-TW1");
    assert!(
        f.help().contains("2026-TW3, 2026-TW4, 2026"),
        "{}",
        f.help()
    );
    // In English.
    let r = ws.run(&["check", "--select", "T108", "--lang", "en"]);
    assert!(
        r.stdout
            .contains("a periodic target for 2026-TW1, which is not an evaluation period of SKP"),
        "{}",
        r.stdout
    );
    // Such a key is T108's alone: T107 does not judge its deadline, nor T105 count it.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &periodik("2025-TW4: paling lambat 31 Desember 2025, 2026-05: paling lambat 30 Juni 2026"),
    );
    let d = t(&ws);
    assert_eq!(common::codes(&d), ["T108", "T108"], "{}", common::list(&d));
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &periodik("2026-TW1: 1, 2026-TW2: 2, 2026-TW3: 3, 2026-TW4: 4, 2027-TW1: 1").replace(
            "        target_periodik",
            "        perhitungan: kumulatif\n        target_periodik",
        ),
    );
    let d = t(&ws);
    assert_eq!(common::codes(&d), ["T108"], "{}", common::list(&d));
    // A yearly grid names its one evaluation once.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &periodik_with("2026-TW1: 1", "evaluasi: tahunan"),
    );
    let d = t(&ws);
    let f = common::only(&d, "T108");
    assert!(
        f.help().contains("periode evaluasi SKP ini: 2026;"),
        "{}",
        f.help()
    );
}
