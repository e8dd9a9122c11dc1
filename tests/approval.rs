//! `skp approve` and the `A` rules through the real binary: an approval recorded by the
//! appraiser only; reformatting keeps it; a change is listed (A101); a target lowered, a
//! polarity flipped or an indicator removed after approval is an error (A102).

mod common;

use common::{MINIMAL_SKP, Ws, only};

const NIP: &str = "199001012015032001";
const PENILAI: &str = "198005152005011002";

fn a(ws: &Ws) -> Vec<common::Diag> {
    ws.check(&["--select", "A", "--format", "json"]).diags()
}

/// The minimal plan with `t` as its one indicator's target.
fn plan_with(t: &str) -> String {
    MINIMAL_SKP.replace("target: 4 modul", &format!("target: {t}"))
}

/// The minimal plan with `target` and its unit in `satuan:`, for a length of time (lower is
/// better).
fn waiting_time(target: &str, satuan: &str) -> String {
    MINIMAL_SKP.replace(
        "target: 4 modul",
        &format!("target: {target}\n        satuan: {satuan}\n        polaritas: turun"),
    )
}

/// A workspace whose plan, with `t` as its target, is approved.
fn approved_with(t: &str) -> Ws {
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &plan_with(t));
    assert_eq!(approve(&ws).code, 0);
    ws
}

fn approve(ws: &Ws) -> common::Run {
    approve_on(ws, "2026-01-20")
}

fn approve_on(ws: &Ws, date: &str) -> common::Run {
    ws.run(&["approve", "--nip", NIP, "--by", PENILAI, "--date", date])
}

#[test]
fn approval_is_recorded_by_the_appraiser_and_survives_reformatting() {
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    // Someone other than the appraiser cannot approve.
    let r = ws.run(&["approve", "--nip", NIP, "--by", "197001012000031001"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(!ws.join("pegawai/a/skp-2026.persetujuan.yaml").exists());
    let r = approve(&ws);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let record = ws.read("pegawai/a/skp-2026.persetujuan.yaml");
    assert!(record.contains("kind: Persetujuan"), "{record}");
    assert!(record.contains("target: \"4 modul\""), "{record}");
    // The record is a valid document: the whole workspace checks clean of F findings.
    let f = ws.check(&["--select", "F,A", "--format", "json"]).diags();
    assert!(f.is_empty(), "{}", common::list(&f));
    // Reformatting (quotes, a comment, spacing) is not a change.
    let reformatted = MINIMAL_SKP
        .replace("tahun: 2026", "tahun:   2026   # tahun rencana")
        .replace("target: 4 modul", "target: \"4 modul\"");
    ws.file("pegawai/a/skp-2026.yaml", &reformatted);
    assert!(a(&ws).is_empty(), "{}", common::list(&a(&ws)));
    // Approving unchanged content records nothing new.
    let r = approve(&ws);
    assert_eq!(r.code, 0);
    assert_eq!(ws.read("pegawai/a/skp-2026.persetujuan.yaml"), record);
}

/// The plan's `status` is the user's text: an approval never rewrites it, and says where it
/// still reads otherwise.
#[test]
fn an_approval_names_a_status_it_leaves_as_written() {
    let ws = Ws::new();
    let plan = MINIMAL_SKP.replace(
        "pendekatan: kuantitatif\n",
        "pendekatan: kuantitatif\nstatus: diajukan\n",
    );
    ws.file("pegawai/a/skp-2026.yaml", &plan);
    let r = approve(&ws);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "pegawai/a/skp-2026.yaml:5 masih menulis `status: diajukan`; skp tidak mengubah berkas rencana"
        ),
        "{}",
        r.stderr
    );
    assert_eq!(
        ws.read("pegawai/a/skp-2026.yaml"),
        plan,
        "the plan was rewritten"
    );
    // Written as approved, or not written at all: nothing to say.
    for status in ["status: disetujui\n", ""] {
        let ws = Ws::new();
        let plan = MINIMAL_SKP.replace(
            "pendekatan: kuantitatif\n",
            &format!("pendekatan: kuantitatif\n{status}"),
        );
        ws.file("pegawai/a/skp-2026.yaml", &plan);
        let r = approve(&ws);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(!r.stderr.contains("masih menulis"), "{}", r.stderr);
    }
}

#[test]
fn a_raised_target_is_listed_a_lowered_one_is_an_error() {
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    assert_eq!(approve(&ws).code, 0);
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &MINIMAL_SKP.replace("target: 4 modul", "target: 6 modul"),
    );
    let d = a(&ws);
    let f = only(&d, "A101");
    assert!(
        f.message.contains("IKI-1.1 target 4 modul → 6 modul"),
        "{}",
        f.message
    );
    assert!(d.iter().all(|x| x.code != "A102"));
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &MINIMAL_SKP.replace("target: 4 modul", "target: 3 modul"),
    );
    let d = a(&ws);
    let e = only(&d, "A102");
    assert_eq!(e.severity, "error");
    assert_eq!(e.args["jenis"], "target");
    // Agreed again: clean.
    assert_eq!(approve(&ws).code, 0);
    assert!(a(&ws).is_empty(), "{}", common::list(&a(&ws)));
    // A flipped polarity and a removed indicator are errors too.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &MINIMAL_SKP.replace(
            "target: 4 modul",
            "target: 3 modul\n        polaritas: turun",
        ),
    );
    assert_eq!(only(&a(&ws), "A102").args["jenis"], "polaritas");
}

#[test]
fn approval_refuses_a_plan_with_errors_a_future_date_and_a_date_before_the_last() {
    let ws = Ws::new();
    // An aspect skp cannot read: the approved content would silently lack it.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &MINIMAL_SKP.replacen("aspek: kuantitas", "aspek: kuantitasX", 1),
    );
    assert_ne!(
        MINIMAL_SKP.replacen("aspek: kuantitas", "aspek: kuantitasX", 1),
        MINIMAL_SKP
    );
    let r = approve(&ws);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("masih memiliki"), "{}", r.stderr);
    assert!(!ws.join("pegawai/a/skp-2026.persetujuan.yaml").exists());

    ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    let r = approve_on(&ws, "2999-01-01");
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("belum tiba"), "{}", r.stderr);
    approve(&ws).expect_code(0);
    // A later change, approved with a date before the first approval: refused.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &MINIMAL_SKP.replace("target: 4 modul", "target: 5 modul"),
    );
    let before = ws.read("pegawai/a/skp-2026.persetujuan.yaml");
    let r = approve_on(&ws, "2026-01-10");
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("2026-01-20"), "{}", r.stderr);
    assert_eq!(ws.read("pegawai/a/skp-2026.persetujuan.yaml"), before);
}

#[test]
fn a_change_of_unit_after_approval_is_a_change() {
    let ws = Ws::new();
    let with_unit = |u: &str| {
        MINIMAL_SKP.replace(
            "target: 4 modul",
            &format!("target: 4\n        satuan: {u}"),
        )
    };
    assert_ne!(with_unit("modul"), MINIMAL_SKP);
    ws.file("pegawai/a/skp-2026.yaml", &with_unit("modul"));
    approve(&ws).expect_code(0);
    assert!(a(&ws).is_empty(), "{}", common::list(&a(&ws)));
    let record = ws.read("pegawai/a/skp-2026.persetujuan.yaml");
    assert!(record.contains("satuan: \"modul\""), "{record}");
    // "4 modul" agreed, "4 lembar" delivered: not the same commitment, and the change says so.
    ws.file("pegawai/a/skp-2026.yaml", &with_unit("lembar"));
    let d = a(&ws);
    assert_eq!(common::codes(&d), ["A101"], "{}", common::list(&d));
    assert!(
        d[0].message.contains("4 modul → 4 lembar"),
        "{}",
        common::list(&d)
    );
    // A record made before approvals kept the unit: the change is still listed, as other
    // content, in English too.
    let old_record = record.replace("satuan: \"modul\", ", "");
    let old_record = drop_results(&old_record);
    ws.file("pegawai/a/skp-2026.persetujuan.yaml", &old_record);
    let d = a(&ws);
    assert_eq!(common::codes(&d), ["A101"], "{}", common::list(&d));
    assert!(d[0].message.contains("satuan"), "{}", common::list(&d));
    let r = ws.run(&["check", "--select", "A", "--lang", "en"]);
    assert!(
        r.stdout.contains(
            "other content (RHK, references, units, periodic targets, identity or expectations)"
        ),
        "{}",
        r.stdout
    );
}

/// `record` as approvals made before they kept the RHKs wrote it: without `hasil_kerja` and
/// the hash of the rest.
fn drop_results(record: &str) -> String {
    let start = record
        .find("hasil_kerja: [")
        .expect("a record with its RHKs");
    let end = start
        + record[start..]
            .find("], ")
            .expect("the end of the RHK list")
        + 3;
    let record = format!("{}{}", &record[..start], &record[end..]);
    let start = record
        .find(", sha256_lain: ")
        .expect("a record with the hash of the rest");
    // The approval's own closing brace: the last on its line (`sidik_lain` has its own).
    let line_end = start + record[start..].find('\n').unwrap_or(record.len() - start);
    let end = start
        + record[start..line_end]
            .rfind(" }")
            .expect("the end of the approval");
    format!("{}{}", &record[..start], &record[end..])
}

/// Every change is named beside the others: periodic targets and a unit added where none was
/// agreed, an indicator moved to another RHK, a polarity flipped, other content beside a
/// target; writing the periodic targets in another order is no change.
#[test]
fn every_change_is_named_beside_the_others() {
    let ws = Ws::new();
    let two = MINIMAL_SKP.replace(
        "        target: 4 modul\n",
        "        target: 4 modul\n      - id: IKI-1.2\n        aspek: kualitas\n        teks: Persentase modul yang lolos uji penerimaan\n        target: 90 %\n        target_periodik: { 2026-TW2: 80 %, 2026-TW4: 90 % }\n  - id: RHK-2\n    jenis: utama\n    rhk: Tersedianya data perizinan yang mutakhir\n    indikator:\n      - id: IKI-2.1\n        aspek: kuantitas\n        teks: Jumlah dataset perizinan yang dimutakhirkan\n        target: 12 dataset\n",
    );
    assert_ne!(two, MINIMAL_SKP);
    ws.file("pegawai/a/skp-2026.yaml", &two);
    approve(&ws).expect_code(0);
    let changed = |plan: &str| {
        ws.file("pegawai/a/skp-2026.yaml", plan);
        let d = a(&ws);
        d.iter()
            .find(|d| d.code == "A101")
            .map(|d| d.message.clone())
            .unwrap_or_default()
    };
    // The periods in another order: the same agreement.
    let reordered = two.replace(
        "{ 2026-TW2: 80 %, 2026-TW4: 90 % }",
        "{ 2026-TW4: 90 %, 2026-TW2: 80 % }",
    );
    assert_ne!(reordered, two);
    assert_eq!(changed(&reordered), "");
    // Periodic targets and a unit where none were agreed.
    let m = changed(&two.replace(
        "        target: 4 modul\n",
        "        target: 4 modul\n        satuan: modul\n        target_periodik: { 2026-TW4: 4 }\n",
    ));
    assert!(
        m.contains("IKI-1.1 target 4 modul → 4 modul (satuan modul)"),
        "{m}"
    );
    assert!(m.contains("IKI-1.1 target 2026-TW4 (tidak ada) → 4"), "{m}");
    assert!(!m.contains("isi lain"), "{m}");
    // A target raised and the RHK's kind changed: both named.
    let m = changed(
        &two.replace("target: 12 dataset", "target: 14 dataset")
            .replacen("jenis: utama", "jenis: tambahan", 1),
    );
    assert!(m.contains("IKI-2.1 target 12 dataset → 14 dataset"), "{m}");
    assert!(m.ends_with("; isi lain: jenis atau urutan RHK"), "{m}");
    // An indicator moved to the other RHK (which gets a new one, to keep an indicator).
    let block = "      - id: IKI-2.1\n        aspek: kuantitas\n        teks: Jumlah dataset perizinan yang dimutakhirkan\n        target: 12 dataset\n";
    let moved = two
        .replace(block, "      - id: IKI-2.2\n        aspek: kuantitas\n        teks: Jumlah izin terbit\n        target: 10 izin\n")
        .replace("        target: 4 modul\n", &format!("        target: 4 modul\n{block}"));
    let m = changed(&moved);
    assert!(m.contains("IKI-2.1 pindah RHK-2 → RHK-1"), "{m}");
    // A polarity flipped: named here, and an error of A102's.
    let m = changed(&two.replace("target: 90 %\n", "target: 90 %\n        polaritas: turun\n"));
    assert!(m.contains("IKI-1.2 polaritas naik → turun"), "{m}");
    ws.file("pegawai/a/skp-2026.yaml", &two);
    assert!(a(&ws).is_empty(), "{}", common::list(&a(&ws)));
}

/// A plan that uses one id twice is not approved: the record names results and indicators by
/// id, and a later change would be compared with the wrong one.
#[test]
fn a_plan_with_an_id_used_twice_is_not_approved() {
    let ws = Ws::new();
    let twice = MINIMAL_SKP.replace(
        "        target: 4 modul\n",
        "        target: 4 modul\n      - id: IKI-1.1\n        aspek: kualitas\n        teks: Persentase modul yang lolos uji\n        target: 90 %\n",
    );
    assert_ne!(twice, MINIMAL_SKP);
    ws.file("pegawai/a/skp-2026.yaml", &twice);
    let r = approve(&ws);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("id IKI-1.1 dipakai lebih dari sekali (F005)"),
        "{}",
        r.stderr
    );
    assert!(!ws.join("pegawai/a/skp-2026.persetujuan.yaml").exists());
}

#[test]
fn a_changed_rhk_and_periodic_target_are_named() {
    let ws = Ws::new();
    let plan = MINIMAL_SKP.replace(
        "target: 4 modul",
        "target: 4 modul\n        target_periodik: { 2026-TW2: 2, 2026-TW4: 4 }",
    );
    assert_ne!(plan, MINIMAL_SKP);
    ws.file("pegawai/a/skp-2026.yaml", &plan);
    approve(&ws).expect_code(0);
    let record = ws.read("pegawai/a/skp-2026.persetujuan.yaml");
    assert!(
        record.contains("target_periodik: { \"2026-TW2\": \"2\", \"2026-TW4\": \"4\" }"),
        "{record}"
    );
    assert!(
        record.contains(
            "hasil_kerja: [{ id: \"RHK-1\", rhk: \"Tersedianya layanan aplikasi perizinan daring yang andal\" }]"
        ),
        "{record}"
    );
    // The record is a valid document, and agrees with the plan it was made from.
    let d = ws.check(&["--select", "F,A", "--format", "json"]).diags();
    assert!(d.is_empty(), "{}", common::list(&d));

    // The second quarter moved, the fourth was dropped, the first added, the RHK reworded.
    let edited = plan
        .replace(
            "{ 2026-TW2: 2, 2026-TW4: 4 }",
            "{ 2026-TW1: 1, 2026-TW2: 3 }",
        )
        .replace("yang andal", "yang andal dan aman");
    ws.file("pegawai/a/skp-2026.yaml", &edited);
    let d = a(&ws);
    assert_eq!(common::codes(&d), ["A101"], "{}", common::list(&d));
    assert_eq!(
        d[0].message,
        "SKP ini berubah sesudah disetujui pada 2026-01-20: RHK-1 teks berubah; \
         IKI-1.1 target 2026-TW1 (tidak ada) → 1; IKI-1.1 target 2026-TW2 2 → 3; \
         IKI-1.1 target 2026-TW4 4 → (tidak ada)"
    );
    let r = ws.run(&["check", "--select", "A", "--lang", "en"]);
    assert!(
        r.stdout
            .contains("RHK-1 text changed; IKI-1.1 target 2026-TW1 (none) → 1"),
        "{}",
        r.stdout
    );

    // A new RHK is named as new; other content is named as such, without the RHK and the
    // periodic targets the record now lists one by one.
    let more = edited.replace(
        "hasil_kerja:\n",
        "hasil_kerja:\n  - id: RHK-0\n    jenis: tambahan\n    rhk: Tersusunnya pedoman rilis aplikasi\n    indikator:\n      - id: IKI-0.1\n        aspek: kuantitas\n        teks: Jumlah pedoman rilis yang ditetapkan\n        target: 1 dokumen\n",
    );
    assert_ne!(more, edited);
    ws.file("pegawai/a/skp-2026.yaml", &more);
    let d = a(&ws);
    assert!(
        d[0].message.contains("; RHK-0 baru; "),
        "{}",
        common::list(&d)
    );
    assert!(
        d[0].message.ends_with("; IKI-0.1 baru"),
        "{}",
        common::list(&d)
    );
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &plan.replace("jenis: utama", "jenis: tambahan"),
    );
    let d = a(&ws);
    assert!(
        d[0].message.ends_with(": isi lain: jenis atau urutan RHK"),
        "{}",
        common::list(&d)
    );

    // A record made before approvals kept the RHKs and periodic targets cannot name their
    // changes; it says so, as it did.
    let old = drop_results(&record).replace(
        ", target_periodik: { \"2026-TW2\": \"2\", \"2026-TW4\": \"4\" }",
        "",
    );
    assert_ne!(old, record);
    ws.file("pegawai/a/skp-2026.persetujuan.yaml", &old);
    ws.file("pegawai/a/skp-2026.yaml", &edited);
    let d = a(&ws);
    assert!(
        d[0].message.ends_with(
            ": isi lain (RHK, rujukan, satuan, target periodik, identitas, atau ekspektasi)"
        ),
        "{}",
        common::list(&d)
    );
    // Beside a change it lists, it cannot tell whether anything else changed, and says so.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &edited.replace("target: 4 modul", "target: 5 modul"),
    );
    let d = a(&ws);
    assert!(
        d[0].message.ends_with(
            "IKI-1.1 target 4 modul → 5 modul; mungkin juga isi lain yang tidak dirinci catatan lama (RHK, rujukan, satuan, target periodik, identitas, atau ekspektasi)"
        ),
        "{}",
        common::list(&d)
    );
    ws.file("pegawai/a/skp-2026.yaml", &plan);
    assert!(a(&ws).is_empty(), "{}", common::list(&a(&ws)));
}

#[test]
fn a_unit_of_time_written_apart_is_judged_as_agreed() {
    let ws = Ws::new();
    let with = waiting_time;
    ws.file("pegawai/a/skp-2026.yaml", &with("3", "hari kerja"));
    approve(&ws).expect_code(0);
    let record = ws.read("pegawai/a/skp-2026.persetujuan.yaml");
    assert!(record.contains("satuan: \"hari kerja\""), "{record}");
    // Three working days agreed, three weeks now: the number is the same, the wait is not.
    ws.file("pegawai/a/skp-2026.yaml", &with("3", "minggu"));
    let d = a(&ws);
    let w = only(&d, "A102");
    assert!(
        w.message.contains("3 hari kerja → 3 minggu"),
        "{}",
        common::list(&d)
    );
    // It points at the unit, the line that changed.
    let plan = ws.read("pegawai/a/skp-2026.yaml");
    let line = plan
        .lines()
        .position(|l| l.contains("satuan: minggu"))
        .unwrap()
        + 1;
    assert_eq!(w.line, line as u64, "{}", common::list(&d));
    // A lower number in a longer unit is weaker too (2 weeks against at most 9 days)…
    ws.file("pegawai/a/skp-2026.yaml", &with("2", "minggu"));
    only(&a(&ws), "A102");
    // …and a shorter wait is not.
    ws.file("pegawai/a/skp-2026.yaml", &with("16", "jam"));
    let d = a(&ws);
    only(&d, "A101");
    assert!(d.iter().all(|x| x.code != "A102"), "{}", common::list(&d));
    // A unit that differs only in case or spacing is no change of unit.
    ws.file("pegawai/a/skp-2026.yaml", &with("3", "Hari  Kerja"));
    let d = a(&ws);
    only(&d, "A101");
    assert!(
        !d[0].message.contains("IKI-1.1 target"),
        "{}",
        common::list(&d)
    );
    // Without the unit on record (an approval made before it was kept), the numbers decide:
    // 2 is lower than 3, which `polaritas: turun` counts as better; the change shows the unit
    // written now.
    ws.file(
        "pegawai/a/skp-2026.persetujuan.yaml",
        &record.replace("satuan: \"hari kerja\", ", ""),
    );
    ws.file("pegawai/a/skp-2026.yaml", &with("2", "minggu"));
    let d = a(&ws);
    assert!(d.iter().all(|x| x.code != "A102"), "{}", common::list(&d));
    assert!(
        d[0].message.contains("3 → 2 minggu"),
        "{}",
        common::list(&d)
    );
}

#[test]
fn a_unit_moved_between_target_and_satuan_is_shown_as_written() {
    let ws = Ws::new();
    let plan = waiting_time;
    // The unit in the target's text, agreed: a later `satuan` in weeks is weaker, and says so.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &plan("3 hari kerja", "hari kerja"),
    );
    approve(&ws).expect_code(0);
    ws.file("pegawai/a/skp-2026.yaml", &plan("3", "minggu"));
    let w = only(&a(&ws), "A102").message.clone();
    assert!(w.contains("3 hari kerja → 3 minggu"), "{w}");
    // Only the unit's place changed: the same commitment, listed as the texts were written.
    ws.file("pegawai/a/skp-2026.yaml", &plan("3", "hari kerja"));
    let d = a(&ws);
    only(&d, "A101");
    assert!(
        d[0].message.contains("IKI-1.1 target 3 hari kerja → 3"),
        "{}",
        common::list(&d)
    );
    // Only `satuan` changed beside a target that names its own unit: both are shown.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &plan("3 hari kerja", "hari kerja"),
    );
    approve(&ws).expect_code(0);
    ws.file("pegawai/a/skp-2026.yaml", &plan("3 hari kerja", "jam"));
    let d = a(&ws);
    assert!(
        d[0].message
            .contains("3 hari kerja (satuan hari kerja) → 3 hari kerja (satuan jam)"),
        "{}",
        common::list(&d)
    );
}

#[test]
fn a_plan_with_only_warnings_is_approved() {
    let ws = Ws::new();
    // A decimal point in a target is an F016 warning, as `check` shows it: no reason to refuse.
    let plan = MINIMAL_SKP.replacen("target: 4 modul", "target: \"4.5 modul\"", 1);
    assert_ne!(plan, MINIMAL_SKP);
    ws.file("pegawai/a/skp-2026.yaml", &plan);
    let f = ws.check(&["--select", "F", "--format", "json"]).diags();
    assert!(common::codes(&f).contains(&"F016"), "{}", common::list(&f));
    approve(&ws).expect_code(0);
}

#[test]
fn a_later_deadline_is_a_weaker_target_and_an_earlier_one_is_not() {
    let ws = approved_with("paling lambat 31 Maret 2026");
    // Read as numbers, 30 (Juni) was "lower" than 31 (Maret): an easier deadline looked harder.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &plan_with("paling lambat 30 Juni 2026"),
    );
    assert_eq!(only(&a(&ws), "A102").args["jenis"], "target");
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &plan_with("paling lambat 28 Februari 2026"),
    );
    let d = a(&ws);
    only(&d, "A101");
    assert!(d.iter().all(|x| x.code != "A102"), "{}", common::list(&d));
    // Without its year, a deadline is in the plan's: still later, still weaker.
    let ws = approved_with("paling lambat 31 Maret");
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &plan_with("paling lambat 30 Juni"),
    );
    assert_eq!(only(&a(&ws), "A102").args["jenis"], "target");
    // A deadline and a number are not compared: the change is listed, not judged.
    ws.file("pegawai/a/skp-2026.yaml", &plan_with("4 modul"));
    let d = a(&ws);
    only(&d, "A101");
    assert!(d.iter().all(|x| x.code != "A102"), "{}", common::list(&d));
}

#[test]
fn a_target_in_another_unit_of_time_is_judged_by_the_days_it_spans() {
    let ws = Ws::new();
    let with = |t: &str| plan_with(&format!("{t}\n        polaritas: turun"));
    ws.file("pegawai/a/skp-2026.yaml", &with("≤ 3 hari kerja"));
    assert_eq!(approve(&ws).code, 0);
    // Read as bare numbers, 2 was "better" than 3: two weeks for three working days.
    ws.file("pegawai/a/skp-2026.yaml", &with("≤ 2 minggu"));
    assert_eq!(only(&a(&ws), "A102").args["jenis"], "target");
    // Sixteen hours is within three working days however they fall: listed, not an error.
    // Read as bare numbers, 16 was "worse" than 3.
    for t in ["≤ 16 jam", "≤ 2 hari kerja"] {
        ws.file("pegawai/a/skp-2026.yaml", &with(t));
        let d = a(&ws);
        only(&d, "A101");
        assert!(
            d.iter().all(|x| x.code != "A102"),
            "{t}: {}",
            common::list(&d)
        );
    }
    // Another unit does not hide a lower number.
    ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    assert_eq!(approve_on(&ws, "2026-01-21").code, 0);
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &MINIMAL_SKP.replace("target: 4 modul", "target: 3 modul aplikasi"),
    );
    assert_eq!(only(&a(&ws), "A102").args["jenis"], "target");
}

#[test]
fn a_deadline_has_no_polarity_to_flip_and_a_lesson_hour_is_45_minutes() {
    let ws = approved_with("paling lambat 31 Maret 2026");
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &plan_with("paling lambat 31 Maret 2026\n        polaritas: turun"),
    );
    let d = a(&ws);
    assert!(d.iter().all(|x| x.code != "A102"), "{}", common::list(&d));
    // 40 lesson hours are 30 hours: 30 hours is the same commitment, 29 is less.
    ws.file("pegawai/a/skp-2026.yaml", &plan_with("≥ 40 jam pelajaran"));
    assert_eq!(approve_on(&ws, "2026-01-21").code, 0);
    ws.file("pegawai/a/skp-2026.yaml", &plan_with("≥ 30 jam"));
    let d = a(&ws);
    assert!(d.iter().all(|x| x.code != "A102"), "{}", common::list(&d));
    ws.file("pegawai/a/skp-2026.yaml", &plan_with("≥ 29 jam"));
    assert_eq!(only(&a(&ws), "A102").args["jenis"], "target");
}

const RECORD: &str = "pegawai/a/skp-2026.persetujuan.yaml";

/// A rewrite of a record's text.
type Edit = fn(&str) -> String;

/// A record approved once (4 modul, on 20 January) rewritten by `edit`, then the plan raised to
/// 5 modul and approved again on 25 January.
fn approve_again_over(edit: impl Fn(&str) -> String) -> (Ws, String, common::Run) {
    let ws = approved_with("4 modul");
    let record = edit(&ws.read(RECORD));
    ws.file(RECORD, &record);
    ws.file("pegawai/a/skp-2026.yaml", &plan_with("5 modul"));
    let r = approve_on(&ws, "2026-01-25");
    (ws, record, r)
}

/// Each approval goes where the record's list ends, however the list is written; a record
/// that is not one list of this SKP's approvals is never written to (it used to get a line at
/// its end: a file every later run refused, an approval inside another document, or another
/// SKP's record approved in its place).
#[test]
fn an_approval_is_added_where_the_list_ends_and_never_to_another_record() {
    let lists: [(&str, Edit); 5] = [
        ("flow, empty", |t| {
            let head = &t[..t.find("persetujuan:").expect("list")];
            format!("{head}persetujuan: []  # belum ada\n")
        }),
        ("flow, one item", |t| {
            let (head, item) = t.split_once("persetujuan:\n  - ").expect("list");
            format!("{head}persetujuan: [ {} ]\n", item.trim_end())
        }),
        ("items at column 0, then a comment", |t| {
            format!("{}# akhir catatan\n", t.replace("\n  - {", "\n- {"))
        }),
        ("items indented four, without a last line end", |t| {
            t.replace("\n  - {", "\n    - {").trim_end().to_string()
        }),
        ("Windows line ends", |t| t.replace('\n', "\r\n")),
    ];
    for (name, edit) in lists {
        let (ws, record, r) = approve_again_over(edit);
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        let now = ws.read(RECORD);
        assert_eq!(
            now.matches("sha256:").count(),
            record.matches("sha256:").count() + 1,
            "{name}: {now}"
        );
        assert!(
            now.contains("# belum ada") || !record.contains("# belum ada"),
            "{name}: {now}"
        );
        assert_eq!(
            now.matches("\r\n").count(),
            if record.contains("\r\n") {
                now.matches('\n').count()
            } else {
                0
            },
            "{name}: mixed line ends: {now:?}"
        );
        // The record reads whole and holds the new approval: no finding at all.
        let found = ws.check(&["--select", "F,A", "--format", "json"]).diags();
        assert!(found.is_empty(), "{name}: {}\n{now}", common::list(&found));
    }
    let refused: [(&str, Edit, &str); 4] = [
        (
            "another document after it",
            |t| format!("{t}---\ncatatan: [rapat 1]\n"),
            "bukan satu catatan persetujuan",
        ),
        (
            "another SKP's record",
            |t| {
                t.replace(
                    "skp: \"199001012015032001-2026\"",
                    "skp: \"199202022019031002-2026\"",
                )
            },
            "mencatat persetujuan SKP `199202022019031002-2026`, bukan 199001012015032001-2026",
        ),
        (
            "plain text",
            |_| "catatan rapat\n".to_string(),
            "bukan satu catatan persetujuan",
        ),
        (
            "an empty file",
            |_| String::new(),
            "bukan satu catatan persetujuan",
        ),
    ];
    for (name, edit, said) in refused {
        let (ws, record, r) = approve_again_over(edit);
        assert_eq!(r.code, 2, "{name}: {}", r.stderr);
        assert!(r.stderr.contains(said), "{name}: {}", r.stderr);
        assert_eq!(ws.read(RECORD), record, "{name}: the record was written");
    }
}

/// Approvals given at once are each either recorded or told that the same content is already
/// approved: none is reported recorded and lost.
#[test]
fn approvals_given_at_once_are_all_kept() {
    let ws = approved_with("4 modul");
    ws.file("pegawai/a/skp-2026.yaml", &plan_with("5 modul"));
    let runs: Vec<common::Run> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|_| s.spawn(|| approve_on(&ws, "2026-01-25")))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("thread"))
            .collect()
    });
    assert!(
        runs.iter().all(|r| r.code == 0),
        "{:?}",
        runs.iter().map(|r| &r.stderr).collect::<Vec<_>>()
    );
    let recorded = runs
        .iter()
        .filter(|r| r.stderr.contains("disetujui oleh"))
        .count();
    assert_eq!(
        recorded,
        1,
        "{:?}",
        runs.iter().map(|r| &r.stderr).collect::<Vec<_>>()
    );
    assert_eq!(ws.read(RECORD).matches("sha256:").count(), 2);
}

/// A plan renamed after its approval keeps its record under the old name: a new approval is
/// refused with both names, not recorded in a second record that nothing judges against.
#[test]
fn a_renamed_plan_is_approved_in_its_record_not_a_second_one() {
    let ws = approved_with("4 modul");
    std::fs::rename(
        ws.join("pegawai/a/skp-2026.yaml"),
        ws.join("pegawai/a/rencana-2026.yaml"),
    )
    .unwrap();
    ws.file("pegawai/a/rencana-2026.yaml", &plan_with("5 modul"));
    let r = approve_on(&ws, "2026-01-25");
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("sudah dicatat di pegawai/a/skp-2026.persetujuan.yaml"),
        "{}",
        r.stderr
    );
    assert!(!ws.join("pegawai/a/rencana-2026.persetujuan.yaml").exists());
}

#[test]
fn a_plan_without_an_appraisers_nip_is_refused_by_name() {
    let ws = Ws::new();
    let plan = MINIMAL_SKP.replacen(&format!("nip: \"{PENILAI}\""), "nip: tidak_diketahui", 1);
    assert_ne!(plan, MINIMAL_SKP, "the fixture names the appraiser");
    ws.file("pegawai/a/skp-2026.yaml", &plan);
    let r = approve(&ws);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("SKP di pegawai/a/skp-2026.yaml tidak mencantumkan NIP pejabat penilai"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("= saran: tulis NIP pejabat penilai"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("()"), "{}", r.stderr);
}

/// A period is evaluated against its own target: one lowered after approval is an A102 of its
/// own, named by period; one raised, or dropped, is A101's change only.
#[test]
fn a_periodic_target_lowered_after_approval_is_an_error() {
    let ws = Ws::new();
    let plan = MINIMAL_SKP.replace(
        "target: 4 modul",
        "target: 4 modul\n        perhitungan: kumulatif\n        target_periodik: { 2026-TW1: 1, 2026-TW2: 2, 2026-TW3: 3, 2026-TW4: 4 }",
    );
    ws.file("pegawai/a/skp-2026.yaml", &plan);
    approve(&ws).expect_code(0);
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &plan.replace("2026-TW1: 1, 2026-TW2: 2", "2026-TW1: 2, 2026-TW2: 1"),
    );
    let d = a(&ws);
    let w = only(&d, "A102");
    assert_eq!(w.args["jenis"], "target_periodik");
    assert_eq!(w.args["periode"], "2026-TW2");
    assert_eq!(
        w.message,
        "target periodik IKI-1.1 dilemahkan sesudah SKP disetujui pada 2026-01-20: 2026-TW2 2 → 1"
    );
    let r = ws.check(&["--select", "A"]);
    assert_eq!(r.code, 1, "an error fails the check: {}", r.stdout);
    // Dropping a period is a change, not a weaker target.
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &plan.replace(", 2026-TW4: 4 }", " }"),
    );
    let d = a(&ws);
    assert_eq!(common::codes(&d), ["A101"], "{}", common::list(&d));
}

/// A plan whose result intervenes one its superior does not have (K102, an error) is approved
/// — the agreement is the appraiser's to make — but not in silence.
#[test]
fn approving_a_plan_with_an_alignment_error_says_so() {
    let ws = Ws::new();
    ws.file("pegawai/b/skp-2026.yaml", &common::minimal_for_nip(PENILAI));
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &MINIMAL_SKP.replace(
            "    rhk: Tersedianya layanan aplikasi perizinan daring yang andal\n",
            "    rhk: Tersedianya layanan aplikasi perizinan daring yang andal\n    intervensi: RHK-9\n",
        ),
    );
    let d = ws.check(&["--select", "K102", "--format", "json"]).diags();
    only(&d, "K102");
    let r = approve(&ws);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("kesalahan struktur, SMART atau keselarasan (pertama: K102"),
        "{}",
        r.stderr
    );
}

/// The same length in another unit is the same commitment: `≤ 4 jam` rewritten `≤ 240 menit`
/// is a change (A101), not a weaker target, however the two multiply out in binary.
#[test]
fn the_same_length_in_minutes_is_not_weaker() {
    let ws = Ws::new();
    let with = |t: &str| plan_with(&format!("{t}\n        polaritas: turun"));
    ws.file("pegawai/a/skp-2026.yaml", &with("≤ 4 jam"));
    assert_eq!(approve(&ws).code, 0);
    for t in ["≤ 240 menit", "≤ 14400 detik"] {
        ws.file("pegawai/a/skp-2026.yaml", &with(t));
        let d = a(&ws);
        only(&d, "A101");
        assert!(
            d.iter().all(|x| x.code != "A102"),
            "{t}: {}",
            common::list(&d)
        );
    }
    ws.file("pegawai/a/skp-2026.yaml", &with("≤ 241 menit"));
    assert_eq!(only(&a(&ws), "A102").args["jenis"], "target");
}

/// `approve --note` with a password in a link writes nothing: the record is committed and
/// marked not to be edited, so `check`'s D108 could not be answered.
#[test]
fn an_approval_note_with_a_password_is_refused() {
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    let r = ws.run(&[
        "approve",
        "--nip",
        NIP,
        "--by",
        PENILAI,
        "--note",
        "notulen di https://budi:Rahasia123@nas.contoh.go.id/dialog",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("`--note`") && r.stderr.contains("budi:****@nas"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("Rahasia123"), "{}", r.stderr);
    assert!(!ws.join("pegawai/a/skp-2026.persetujuan.yaml").exists());
}

/// Personal data in a note is refused as a password is (D103 would report it on a file
/// nobody is to edit); an official contact the agency allows in skp.toml is written.
#[test]
fn an_approval_note_with_personal_data_is_refused_unless_allowed() {
    let ws = Ws::with_toml("[privacy]\nallow = [\"@contoh.go.id\"]\n");
    ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    let note = |text: &str| {
        ws.run(&[
            "approve",
            "--nip",
            NIP,
            "--by",
            PENILAI,
            "--date",
            "2026-01-20",
            "--note",
            text,
        ])
    };
    let r = note("hasil rapat dikirim ke budi.santoso@gmail.com");
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("memuat data pribadi (D103)") && r.stderr.contains("b***"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("budi.santoso@"), "{}", r.stderr);
    assert!(!ws.join("pegawai/a/skp-2026.persetujuan.yaml").exists());
    let r = note("hubungi 0812-3456-7890");
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("(D102)"), "{}", r.stderr);
    note("salinan ke layanan@contoh.go.id").expect_code(0);
    let d = ws.check(&["--select", "D", "--format", "json"]).diags();
    assert!(d.is_empty(), "{}", common::list(&d));
}

/// How the quarters add up to the year is part of the agreement: `rata_rata` turned into
/// `kumulatif` after approval makes the same four quarters of 30 % a year of 120 %. A101
/// names the change; A102 makes it an error when it gives more from the same quarters, and
/// not when it gives less.
#[test]
fn a_perhitungan_changed_after_approval_is_named_and_an_error_when_it_gives_more() {
    let with = |p: &str| {
        MINIMAL_SKP.replace(
            "target: 4 modul\n",
            &format!("target: 4 modul\n        perhitungan: {p}\n"),
        )
    };
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &with("rata_rata"));
    approve(&ws).expect_code(0);
    let record = ws.read("pegawai/a/skp-2026.persetujuan.yaml");
    assert!(record.contains("perhitungan: rata_rata"), "{record}");
    assert!(a(&ws).is_empty(), "{}", common::list(&a(&ws)));
    ws.file("pegawai/a/skp-2026.yaml", &with("kumulatif"));
    let d = a(&ws);
    let a101 = only(&d, "A101");
    assert!(
        a101.message
            .contains("IKI-1.1 perhitungan rata_rata → kumulatif"),
        "{}",
        a101.message
    );
    let a102 = only(&d, "A102");
    assert!(
        a102.message.contains("perhitungan IKI-1.1 diubah")
            && a102.message.contains("rata_rata → kumulatif"),
        "{}",
        a102.message
    );
    // Summed into their last value: fewer for the same quarters, a change but no weakening.
    ws.file("pegawai/a/skp-2026.yaml", &with("kumulatif"));
    approve_on(&ws, "2026-01-21").expect_code(0);
    ws.file("pegawai/a/skp-2026.yaml", &with("nilai_akhir"));
    let d = a(&ws);
    assert_eq!(common::codes(&d), ["A101"], "{}", common::list(&d));
    // Removed: named, with nothing in its place. Without it each period stands on its own
    // figure: fewer than a sum, so no weakening when higher is better.
    ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    let d = a(&ws);
    assert!(
        only(&d, "A101")
            .message
            .contains("IKI-1.1 perhitungan kumulatif → (tidak ada)"),
        "{}",
        common::list(&d)
    );
    assert!(!common::codes(&d).contains(&"A102"), "{}", common::list(&d));
    // Agreed without it (each period on its own figure), then summed: the same quarters give
    // more, an error as much as a change between two written ones.
    approve_on(&ws, "2026-01-22").expect_code(0);
    ws.file("pegawai/a/skp-2026.yaml", &with("kumulatif"));
    let d = a(&ws);
    assert!(
        only(&d, "A102").message.contains(" → kumulatif"),
        "{}",
        common::list(&d)
    );
    // A deadline is never rolled up: its perhitungan changed is a change, not a weakening.
    let deadline = |p: &str| {
        MINIMAL_SKP.replace(
            "target: 4 modul\n",
            &format!("target: paling lambat 30 November 2026\n        perhitungan: {p}\n"),
        )
    };
    ws.file("pegawai/a/skp-2026.yaml", &deadline("rata_rata"));
    approve_on(&ws, "2026-01-23").expect_code(0);
    ws.file("pegawai/a/skp-2026.yaml", &deadline("kumulatif"));
    let d = a(&ws);
    assert_eq!(common::codes(&d), ["A101"], "{}", common::list(&d));
}

/// What `skp approve` wrote for `MINIMAL_SKP` before the identity entered the approved
/// content (`bentuk: 2`), as that version wrote it.
const SECOND_FORM_RECORD: &str = r#"# Dikelola oleh skp (`skp approve`) — jangan disunting manual.
apiVersion: skp/v1
kind: Persetujuan
skp: "199001012015032001-2026"
persetujuan:
  - { sha256: 8a31eef26a7020387dd561859f5a04871387a221624d4aa24a5c40a8aefb793b, bentuk: 2, oleh: "198005152005011002", tanggal: "2026-01-20", hasil_kerja: [{ id: "RHK-1", rhk: "Tersedianya layanan aplikasi perizinan daring yang andal" }], isi: [{ id: "IKI-1.1", rhk: "RHK-1", teks: "Jumlah modul aplikasi perizinan yang dirilis ke produksi", target: "4 modul", polaritas: naik, target_periodik: {  } }], sha256_lain: 38a6fc55865300279fb43d04886ba42f5d26322ea0085e2703864ba794e6dcc3 }
"#;

/// An approval recorded before `perhitungan` was part of the agreement (no `bentuk` in the
/// record) still holds for its unchanged plan, however it writes `perhitungan`; one of the
/// current form names a `perhitungan` written after it.
#[test]
fn an_approval_made_before_perhitungan_was_kept_still_holds() {
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    approve(&ws).expect_code(0);
    let record = ws.read("pegawai/a/skp-2026.persetujuan.yaml");
    assert!(record.contains("bentuk: 5, "), "{record}");
    let with = MINIMAL_SKP.replace(
        "target: 4 modul\n",
        "target: 4 modul\n        perhitungan: kumulatif\n",
    );
    ws.file("pegawai/a/skp-2026.yaml", &with);
    let d = a(&ws);
    assert!(
        only(&d, "A101")
            .message
            .contains("IKI-1.1 perhitungan (tidak ada) → kumulatif"),
        "{}",
        common::list(&d)
    );
    // The record the version before wrote for the same plan (`bentuk: 2`, made by skp before
    // the identity entered the content), and the same without `bentuk`, as the one before
    // that wrote it: both still hold for the plan they approved.
    // A record with no `bentuk` never covered `perhitungan`, so the plan that adds one is
    // still the plan it approved; `bentuk: 2` did.
    let unnumbered = SECOND_FORM_RECORD.replace("bentuk: 2, ", "");
    ws.file("pegawai/a/skp-2026.persetujuan.yaml", &unnumbered);
    assert!(a(&ws).is_empty(), "{}", common::list(&a(&ws)));
    ws.file("pegawai/a/skp-2026.persetujuan.yaml", SECOND_FORM_RECORD);
    assert!(
        common::codes(&a(&ws)).contains(&"A101"),
        "{}",
        common::list(&a(&ws))
    );
    ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    for previous in [SECOND_FORM_RECORD, &unnumbered] {
        ws.file("pegawai/a/skp-2026.persetujuan.yaml", previous);
        assert!(a(&ws).is_empty(), "{}", common::list(&a(&ws)));
    }
    ws.file("pegawai/a/skp-2026.persetujuan.yaml", &record);
    // A form this version does not know is said at the record (F004), not blamed on the plan.
    ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    for other in ["6", "-1"] {
        ws.file(
            "pegawai/a/skp-2026.persetujuan.yaml",
            &record.replace("bentuk: 5, ", &format!("bentuk: {other}, ")),
        );
        let d = ws.check(&["--select", "F,A", "--format", "json"]).diags();
        let f = only(&d, "F004");
        assert_eq!(f.file, "pegawai/a/skp-2026.persetujuan.yaml");
        assert!(
            f.message
                .contains(&format!("`bentuk: {other}` tidak dikenal")),
            "{}",
            f.message
        );
        assert!(!common::codes(&d).contains(&"A101"), "{}", common::list(&d));
    }
}

/// A target changed only by an invisible character (a no-break space pasted from a document)
/// is a change, named so that it does not read "90 % → 90 %".
#[test]
fn a_change_of_an_invisible_character_is_named() {
    let ws = approved_with("90 %");
    ws.file("pegawai/a/skp-2026.yaml", &plan_with("\"90\u{a0}%\""));
    let d = a(&ws);
    let m = &only(&d, "A101").message;
    assert!(m.contains("IKI-1.1 target 90 % → 90<U+00A0>%"), "{m}");
}

/// The printed form says its content is the one approved, so everything it shows is part of
/// the approval: a new post, jenjang (which sets the angka kredit), name, unit, appraisal
/// period or annex after approval is a change. The plan's `status`, set after the approval it
/// reports, is not. The record's `sidik_lain` lets A101 name the part that changed.
#[test]
fn a_change_of_identity_period_or_annex_after_approval_is_named() {
    let edits: [(&str, &str, &str, &str); 7] = [
        (
            "jabatan",
            "jabatan: Pranata Komputer Ahli Pertama",
            "jabatan: Pranata Komputer Ahli Madya",
            "isi lain: identitas pegawai",
        ),
        (
            "jenjang",
            "jenjang: ahli_pertama",
            "jenjang: ahli_madya",
            "isi lain: identitas pegawai",
        ),
        (
            "unit_kerja",
            "unit_kerja: Bidang Aplikasi Informatika",
            "unit_kerja: Bidang Statistik",
            "isi lain: identitas pegawai",
        ),
        (
            "nama",
            "nama: Rina Wulandari, S.Kom.",
            "nama: Rina W., S.Kom.",
            "isi lain: identitas pegawai",
        ),
        (
            "penilai",
            "nama: Ir. Bambang Prakoso, M.T.",
            "nama: Ir. Bambang P., M.T.",
            "isi lain: pejabat penilai",
        ),
        (
            "periode_penilaian",
            "tahun: 2026\n",
            "tahun: 2026\nperiode_penilaian: { mulai: 2026-01-01, selesai: 2026-03-31 }\n",
            "isi lain: periode penilaian",
        ),
        (
            "lampiran",
            "tahun: 2026\n",
            "tahun: 2026\nlampiran:\n  konsekuensi:\n    - Tunjangan kinerja dipotong\n",
            "isi lain: lampiran",
        ),
    ];
    for (what, from, to, named) in edits {
        let ws = Ws::new();
        ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
        approve(&ws).expect_code(0);
        assert!(MINIMAL_SKP.contains(from), "{what}: the fixture changed");
        ws.file(
            "pegawai/a/skp-2026.yaml",
            &MINIMAL_SKP.replacen(from, to, 1),
        );
        let d = a(&ws);
        let f = only(&d, "A101");
        assert!(f.message.ends_with(named), "{what}: {}", f.message);
        // At the block that changed, not at the results.
        if what == "penilai" {
            let edited = MINIMAL_SKP.replacen(from, to, 1);
            let at = common::pos(&edited, "nip: \"198005152005011002\"");
            assert_eq!((f.line, f.column), at, "{what}");
        }
        let r = ws.run(&["render", "skp", "--nip", NIP]);
        assert!(
            !r.stdout.contains("sama dengan yang disetujui"),
            "{what}: the form still says it was approved as printed"
        );
    }
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    approve(&ws).expect_code(0);
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &MINIMAL_SKP.replacen("tahun: 2026\n", "tahun: 2026\nstatus: disetujui\n", 1),
    );
    assert!(a(&ws).is_empty(), "{}", common::list(&a(&ws)));
    // Two parts at once, in English; then a record without `sidik_lain` (written before it
    // was kept), which can only say "other content".
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &MINIMAL_SKP
            .replacen("jenjang: ahli_pertama", "jenjang: ahli_madya", 1)
            .replacen(
                "tahun: 2026\n",
                "tahun: 2026\nlampiran:\n  konsekuensi:\n    - Teguran\n",
                1,
            ),
    );
    let en = ws.run(&["check", "--select", "A", "--lang", "en"]).stdout;
    assert!(
        en.contains("other content: the employee's identity, the annex"),
        "{en}"
    );
    let record = ws.read("pegawai/a/skp-2026.persetujuan.yaml");
    let start = record
        .find(", sidik_lain: {")
        .expect("a record with its parts");
    let end = start + record[start..].find(" }").unwrap() + 2;
    ws.file(
        "pegawai/a/skp-2026.persetujuan.yaml",
        &format!("{}{}", &record[..start], &record[end..]),
    );
    let d = a(&ws);
    let f = only(&d, "A101");
    assert!(
        f.message.ends_with(
            "isi lain (identitas pegawai atau penilai, periode penilaian, lampiran, urutan atau jenis RHK, aspek, rujukan, atau ekspektasi)"
        ),
        "{}",
        f.message
    );
}

/// A new NIP or year changes the plan's id: the record beside it names a plan that no longer
/// exists, and the plan is no longer approved. A101 says so on the plan, naming both ids.
#[test]
fn a_plan_whose_id_changed_after_approval_is_named() {
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", MINIMAL_SKP);
    approve(&ws).expect_code(0);
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &MINIMAL_SKP.replacen(
            "nip: \"199001012015032001\"",
            "nip: \"199001012015032011\"",
            1,
        ),
    );
    let d = a(&ws);
    let f = only(&d, "A101");
    assert_eq!(f.file, "pegawai/a/skp-2026.yaml");
    assert!(
        f.message
            .contains("id SKP 199001012015032001-2026 → 199001012015032011-2026"),
        "{}",
        f.message
    );
    // The id is in the content the record hashes as a whole; no part of it changed, so no
    // "isi lain" beside it.
    assert!(!f.message.contains("isi lain"), "{}", f.message);
}

/// The parts of the other content are named whatever their shape: a block scalar changed in
/// its second line, a reference moved to another RHK, an RHK moved (its references and
/// indicators with it: only the order), the NIP of a plan whose id is written out. And a record
/// whose fingerprints are incomplete still says "isi lain" beside a detailed change.
#[test]
fn other_content_parts_are_named_whatever_their_shape() {
    const PLAN: &str = "pegawai/199212052019021003/skp-2026.yaml";
    const RECORD: &str = "pegawai/199212052019021003/skp-2026.persetujuan.yaml";
    let start = |edit: &dyn Fn(&str) -> String| {
        let ws = Ws::bare();
        common::copy_dir(&common::example("dinas-kominfo"), ws.path());
        let plan = edit(&ws.read(PLAN));
        ws.file(PLAN, &plan);
        ws.run(&[
            "approve",
            "--nip",
            "199212052019021003",
            "--by",
            "198504172009012003",
            "--date",
            "2026-01-10",
        ])
        .expect_code(0);
        (ws, plan)
    };
    let changed = |ws: &Ws| only(&a(ws), "A101").message.clone();

    let block = |t: &str| {
        t.replacen(
            "    ekspektasi_khusus: Menyimpan lembar kerja rekapitulasi beserta sumber datanya pada folder bersama Subbagian",
            "    ekspektasi_khusus: |\n      Menyimpan lembar kerja rekapitulasi.\n      Mengunggah sumber datanya setiap Jumat.",
            1,
        )
    };
    let (ws, plan) = start(&block);
    assert!(plan.contains("setiap Jumat"), "the fixture changed");
    ws.file(PLAN, &plan.replace("setiap Jumat", "setiap Senin"));
    assert!(
        changed(&ws).ends_with(": isi lain: ekspektasi pimpinan"),
        "{}",
        changed(&ws)
    );
    ws.file(
        PLAN,
        &plan
            .replace("setiap Jumat", "setiap Senin")
            .replacen("target: 95 %", "target: 96 %", 1),
    );
    let m = changed(&ws);
    assert!(m.ends_with("96 %; isi lain: ekspektasi pimpinan"), "{m}");

    // A reference moved from RHK-2 to RHK-1.
    let (ws, plan) = start(&|t: &str| t.to_string());
    let moved = plan
        .replacen(
            "    intervensi: \"198504172009012003-2026/IKI-1.1\"\n",
            "    intervensi: [\"198504172009012003-2026/IKI-1.1\", \"198504172009012003/RHK-2\"]\n",
            1,
        )
        .replacen("    intervensi: \"198504172009012003/RHK-2\"\n", "", 1);
    assert_ne!(moved, plan);
    ws.file(PLAN, &moved);
    let m = changed(&ws);
    assert!(
        m.ends_with(": isi lain: rujukan (intervensi, acuan atau atasan kinerja)"),
        "{m}"
    );

    // The incomplete fingerprints of a hand-edited record: "isi lain" beside the target.
    let record = ws.read(RECORD);
    ws.file(RECORD, &record.replacen("penilai: ", "Penilai: ", 1));
    ws.file(PLAN, &moved.replacen("target: 95 %", "target: 96 %", 1));
    let m = changed(&ws);
    assert!(m.contains("96 %; isi lain ("), "{m}");

    // The NIP of a plan whose id is written out: the id stays, the NIP is named.
    let (ws, plan) =
        start(&|t: &str| t.replacen("tahun: 2026\n", "id: SKP-RIZKI-2026\ntahun: 2026\n", 1));
    assert!(plan.contains("id: SKP-RIZKI-2026"), "the fixture changed");
    ws.file(
        PLAN,
        &plan.replacen(
            "nip: \"199212052019021003\"",
            "nip: \"199212052019021011\"",
            1,
        ),
    );
    let m = changed(&ws);
    assert!(m.ends_with(": isi lain: NIP atau tahun SKP"), "{m}");
}

/// What `skp approve` wrote (`bentuk: 3`, before `perspektif` entered the approved content) for
/// `MINIMAL_SKP` with `perspektif: proses_bisnis` on its indicator, as that version wrote it.
const THIRD_FORM_RECORD: &str = r#"# Dikelola oleh skp (`skp approve`) — jangan disunting manual.
apiVersion: skp/v1
kind: Persetujuan
skp: "199001012015032001-2026"
persetujuan:
  - { sha256: b44380aac4352235c40834e07fa4ce1cc3d423f7e6192c8fa93e45cbe48c13d4, bentuk: 3, oleh: "198005152005011002", tanggal: "2026-01-20", hasil_kerja: [{ id: "RHK-1", rhk: "Tersedianya layanan aplikasi perizinan daring yang andal" }], isi: [{ id: "IKI-1.1", rhk: "RHK-1", teks: "Jumlah modul aplikasi perizinan yang dirilis ke produksi", target: "4 modul", polaritas: naik, target_periodik: {  } }], sha256_lain: b8b9167127b45eb7c568e3f35a75ed84a25c80da18858f5d67e8118d4ce7f37d }
"#;

/// An indicator's `perspektif` (printed beside it on the JPT form) is part of what is approved
/// from `bentuk: 4` on, named with the indicators; a `bentuk: 3` record, made before, still
/// holds for its unchanged plan.
#[test]
fn a_changed_perspektif_is_named_and_older_records_still_hold() {
    let plan = MINIMAL_SKP.replacen(
        "        aspek: kuantitas\n",
        "        aspek: kuantitas\n        perspektif: proses_bisnis\n",
        1,
    );
    assert_ne!(plan, MINIMAL_SKP);
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &plan);
    ws.file("pegawai/a/skp-2026.persetujuan.yaml", THIRD_FORM_RECORD);
    assert!(a(&ws).is_empty(), "{}", common::list(&a(&ws)));
    approve(&ws).expect_code(0);
    ws.file(
        "pegawai/a/skp-2026.yaml",
        &plan.replacen("perspektif: proses_bisnis", "perspektif: anggaran", 1),
    );
    let d = a(&ws);
    let m = &only(&d, "A101").message;
    assert!(
        m.ends_with(": isi lain: aspek, perspektif atau urutan indikator"),
        "{m}"
    );
}

/// What `skp approve` wrote (`bentuk: 4`, before `atasan_kinerja` entered the approved
/// content) for `MINIMAL_SKP` with `atasan_kinerja` written, as that version wrote it.
const FOURTH_FORM_RECORD: &str = r#"# Dikelola oleh skp (`skp approve`) — jangan disunting manual.
apiVersion: skp/v1
kind: Persetujuan
skp: "199001012015032001-2026"
persetujuan:
  - { sha256: b44380aac4352235c40834e07fa4ce1cc3d423f7e6192c8fa93e45cbe48c13d4, bentuk: 4, oleh: "198005152005011002", tanggal: "2026-01-20", hasil_kerja: [{ id: "RHK-1", rhk: "Tersedianya layanan aplikasi perizinan daring yang andal" }], isi: [{ id: "IKI-1.1", rhk: "RHK-1", teks: "Jumlah modul aplikasi perizinan yang dirilis ke produksi", target: "4 modul", polaritas: naik, target_periodik: {  } }], sha256_lain: b8b9167127b45eb7c568e3f35a75ed84a25c80da18858f5d67e8118d4ce7f37d, sidik_lain: { skp: "d24023ad29059cac", pendekatan: "64b1a1c97617ae3d", pegawai: "ce5c96a8339a32d5", penilai: "320d60d8504bf32a", atasan: "e3b0c44298fc1c14", periode: "e3b0c44298fc1c14", evaluasi: "e3b0c44298fc1c14", format: "e3b0c44298fc1c14", lampiran: "e3b0c44298fc1c14", rhk: "c7f597f469e51cc8", rujukan: "e3b0c44298fc1c14", indikator: "e1afde092ff0a1e5", ekspektasi: "e3b0c44298fc1c14" } }
"#;

/// `atasan_kinerja` decides whose RHK the `intervensi` references are, so whose RHK the form
/// prints as intervened: from `bentuk: 5` on, changing it after the approval is A101, named as
/// a change of the references; a `bentuk: 4` record, made before, still holds for its plan.
#[test]
fn a_changed_atasan_kinerja_voids_the_approval_from_the_fifth_form() {
    let plan = |nip: &str| {
        MINIMAL_SKP.replacen(
            "hasil_kerja:\n",
            &format!("atasan_kinerja: \"{nip}\"\nhasil_kerja:\n"),
            1,
        )
    };
    let ws = Ws::new();
    ws.file("pegawai/a/skp-2026.yaml", &plan(PENILAI));
    ws.file("pegawai/a/skp-2026.persetujuan.yaml", FOURTH_FORM_RECORD);
    assert!(a(&ws).is_empty(), "{}", common::list(&a(&ws)));
    approve_on(&ws, "2026-01-21").expect_code(0);
    assert!(ws.read(RECORD).contains("bentuk: 5, "));
    assert!(a(&ws).is_empty(), "{}", common::list(&a(&ws)));
    ws.file("pegawai/a/skp-2026.yaml", &plan("197001012000031001"));
    let d = a(&ws);
    let msg = &only(&d, "A101").message;
    assert!(msg.contains("isi lain: rujukan"), "{msg}");
    // The fourth form's record alone did not cover it.
    ws.file("pegawai/a/skp-2026.persetujuan.yaml", FOURTH_FORM_RECORD);
    assert!(a(&ws).is_empty(), "{}", common::list(&a(&ws)));
}
