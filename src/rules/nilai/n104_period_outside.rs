use super::evaluations;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// `periode` sebuah `Realisasi` yang bukan periode evaluasi SKP-nya: bukan salah satu sel
    /// grid evaluasinya (`evaluasi` SKP, atau `[workspace] evaluation`; bawaan triwulanan) dan
    /// bukan tahun SKP itu (evaluasi akhir tahunan), atau di luar periode penilaiannya.
    ///
    /// ## Mengapa
    /// Evaluasi periodik berjalan pada grid instansi (bulanan atau triwulanan; guru per
    /// semester) dan evaluasi akhir pada tahunnya. Realisasi `2026-05` pada SKP triwulanan, atau
    /// untuk tahun lain, tidak dapat dipadankan dengan target periodiknya; angkanya juga tidak
    /// ikut direkap (`perhitungan`) pada periode sesudahnya, agar rekap tidak tampak lengkap
    /// karena periode yang tidak diukur rencana.
    ///
    /// ## Contoh
    /// `periode: 2026-05` untuk SKP dengan evaluasi triwulanan: tulis `2026-TW2`.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan N104 -- alasan`.
    code: "N104",
    name: "realisasi-period-outside-grid",
    level: Error,
    summary: ("Periode realisasi di luar grid evaluasi SKP", "Evaluation period outside the SKP's grid"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for e in evaluations(cx) {
        let Some(skp) = e.skp else { continue };
        let grid = skp.grid(ws.config.workspace.evaluation);
        let periode = &e.realisasi.periode;
        if skp.evaluates(grid, periode.value) {
            continue;
        }
        let expected: Vec<String> = skp
            .evaluations(grid)
            .iter()
            .map(ToString::to_string)
            .collect();
        out.push(
            Diagnostic::new(
                RULE.code,
                e.doc.file,
                periode.span,
                Msg::NPeriodOutside {
                    periode: periode.value.to_string(),
                    skp: skp.resolved_id.value.clone(),
                },
            )
            .subject(&skp.resolved_id.value, None)
            .arg("periode", periode.value.to_string())
            .help(Msg::HelpNPeriodOutside {
                periode: expected.join(", "),
            }),
        );
    }
}
