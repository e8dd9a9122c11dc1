use super::entries;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Entri bukti yang `tanggal`-nya (tanggal dokumen atau pekerjaan) berada di luar
    /// `periode`-nya.
    ///
    /// ## Mengapa
    /// Bukti triwulan I yang bertanggal Juli tidak membuktikan kinerja triwulan I; biasanya
    /// salah pilih periode saat mencatat, atau bukti dipakai ulang.
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
    let _ws = cx.ws;
    for e in entries(cx) {
        let Some(t) = &e.bukti.tanggal else { continue };
        let (a, b) = e.bukti.periode.value.bounds();
        if (a..=b).contains(&t.value) || e.suppressed(RULE.code) {
            continue;
        }
        let mut d = e
            .diag(
                RULE.code,
                Msg::BDateOutside {
                    tanggal: t.value.to_string(),
                    periode: e.bukti.periode.value.to_string(),
                },
            )
            .arg("tanggal", t.value.to_string())
            .arg("periode", e.bukti.periode.value.to_string())
            .help(Msg::HelpBDateOutside);
        d.span = t.span;
        out.push(d);
    }
}
