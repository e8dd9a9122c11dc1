use super::entries;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::date::Date;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Entri bukti yang `tanggal`-nya (tanggal dokumen atau pekerjaan) berada di luar
    /// `periode`-nya, atau di luar `periode_penilaian` SKP-nya (pegawai yang mutasi di tengah
    /// tahun punya dua SKP; pekerjaan sebelum mutasi bukan bukti jabatan barunya). Entri tanpa
    /// `tanggal` dihitung menurut hari pencatatannya (`ditambahkan`): bukti triwulan I yang
    /// dicatat tanggal 3 April tanpa `--date` tidak mengisi sel triwulan I, dan aturan ini
    /// menyebutnya.
    ///
    /// ## Mengapa
    /// Bukti triwulan I yang bertanggal Juli tidak membuktikan kinerja triwulan I; biasanya
    /// salah pilih periode saat mencatat, atau bukti dipakai ulang. Bukti seperti itu tidak
    /// dihitung dalam cakupan (`skp report`).
    ///
    /// ## Contoh
    /// `periode: 2026-TW1`, `tanggal: "2026-07-02"`.
    ///
    /// ## Pengaturan
    /// Bila sah (misalnya SK tim yang berlaku setahun), beri alasan:
    /// `skp evidence abaikan SHA --kode B105 --alasan "SK tim berlaku setahun"`.
    code: "B105",
    name: "evidence-date-outside-period",
    level: Warning,
    summary: ("Tanggal bukti di luar periodenya", "Evidence date outside its period"),
    needs: [Evidence],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    // Each SKP's appraisal period, by id: a transfer mid-year ends one SKP and starts another.
    let appraised: std::collections::HashMap<&str, (Date, Date)> = cx
        .ws
        .skps()
        .map(|(_, s)| (s.resolved_id.value.as_str(), s.period()))
        .collect();
    for e in entries(cx) {
        let Some(t) = &e.bukti.tanggal else {
            undated(&e, &appraised, out);
            continue;
        };
        let (a, b) = e.bukti.periode.value.bounds();
        let own = appraised.get(e.ledger.skp.value.as_str()).copied();
        let inside_skp = own.is_none_or(|(p0, p1)| (p0..=p1).contains(&t.value));
        if ((a..=b).contains(&t.value) && inside_skp) || e.suppressed(RULE.code) {
            continue;
        }
        let msg = match own {
            Some((p0, p1)) if (a..=b).contains(&t.value) => Msg::BDateOutsideSkp {
                tanggal: t.value.to_string(),
                awal: p0.to_string(),
                akhir: p1.to_string(),
            },
            _ => Msg::BDateOutside {
                tanggal: t.value.to_string(),
                periode: e.bukti.periode.value.to_string(),
            },
        };
        let mut d = e
            .diag(RULE.code, msg)
            .arg("tanggal", t.value.to_string())
            .arg("periode", e.bukti.periode.value.to_string())
            .help(Msg::HelpBDateOutside { id: e.abaikan_id() });
        d.span = t.span;
        out.push(d);
    }
}

/// An entry with no `tanggal` counts by the day it was recorded (`ditambahkan`): recorded after
/// its period ended (the usual way, at the end of a quarter) it counts for no cell, silently,
/// unless this says so.
fn undated(
    e: &super::EntryCx,
    appraised: &std::collections::HashMap<&str, (Date, Date)>,
    out: &mut Vec<Diagnostic>,
) {
    let Some(added) = &e.bukti.ditambahkan else {
        return;
    };
    let Some(day) = added.value.get(..10).and_then(Date::parse) else {
        return;
    };
    let (a, b) = e.bukti.periode.value.bounds();
    let (a, b) = match appraised.get(e.ledger.skp.value.as_str()) {
        Some((p0, p1)) => (a.max(*p0), b.min(*p1)),
        None => (a, b),
    };
    if (a..=b).contains(&day) || e.suppressed(RULE.code) {
        return;
    }
    let mut d = e
        .diag(
            RULE.code,
            Msg::BRecordedOutside {
                ditambahkan: day.to_string(),
                periode: e.bukti.periode.value.to_string(),
            },
        )
        .arg("ditambahkan", day.to_string())
        .arg("periode", e.bukti.periode.value.to_string())
        .help(Msg::HelpBRecordedOutside);
    d.span = added.span;
    out.push(d);
}
