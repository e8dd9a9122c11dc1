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
    /// tahun punya dua SKP; pekerjaan sebelum mutasi bukan bukti jabatan barunya).
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
        let Some(t) = &e.bukti.tanggal else { continue };
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
            .help(Msg::HelpBDateOutside);
        d.span = t.span;
        out.push(d);
    }
}
