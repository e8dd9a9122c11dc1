use crate::diag::Diagnostic;
use crate::evidence::coverage::Status;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Dengan `--as-of DATE|today`: sel cakupan (SKP × indikator × periode) yang sudah jatuh
    /// tempo (`as_of` > akhir periode + `grace_days`) tetapi buktinya kosong atau kurang dari
    /// `min_per_period`. Bukti untuk periode yang lebih rinci dihitung ke sel yang memuatnya;
    /// bukti untuk RHK dihitung ke setiap indikatornya.
    ///
    /// ## Mengapa
    /// Realisasi dinilai berdasarkan bukti dukung; celah yang terlihat sebelum penilaian
    /// periodik masih dapat dilengkapi.
    ///
    /// ## Contoh
    /// `skp check --as-of 2026-04-15`: IKI-1.1 tidak memiliki bukti untuk 2026-TW1.
    ///
    /// ## Pengaturan
    /// Hanya aktif dengan `--as-of` (atau `SKP_AS_OF`): `skp check` tanpa tanggal bersifat
    /// hermetik. Laporan lengkap: `skp report`.
    code: "B109",
    name: "coverage-gap",
    level: Warning,
    summary: ("Sel bukti jatuh tempo yang kosong atau kurang", "Due evidence cell that is empty or short"),
    needs: [Coverage],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let Some(_as_of) = cx.facts.as_of else { return };
    for c in cx.facts.coverage() {
        if !matches!(c.status, Status::Empty | Status::Short) {
            continue;
        }
        let Some(s) = ws.skp_at(c.skp) else { continue };
        let iki = &s.hasil_kerja[c.rhk].indikator[c.iki];
        out.push(
            Diagnostic::new(
                RULE.code,
                ws.docs[c.skp].file,
                iki.id.span,
                Msg::BCoverageGap {
                    iki: iki.id.value.clone(),
                    periode: c.period.to_string(),
                    bukti: c.bukti,
                    min: ws.config.evidence.min_per_period as usize,
                },
            )
            .arg("periode", c.period.to_string())
            .arg("status", c.status.code())
            .arg("bukti", c.bukti)
            .subject(&s.resolved_id.value, Some(&iki.id.value))
            .help(Msg::HelpBCoverageGap),
        );
    }
}
