use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;
use crate::rules::smart::indicators;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Kunci `target_periodik` yang bukan periode evaluasi SKP-nya: bukan salah satu sel grid
    /// evaluasinya (`evaluasi` SKP, atau `[workspace] evaluation`; bawaan triwulanan) dan bukan
    /// tahun SKP itu, atau di luar periode penilaiannya. Kunci seperti itu tidak ikut diperiksa
    /// T105 dan T107.
    ///
    /// ## Mengapa
    /// Evaluasi sebuah periode diukur terhadap target periodik periode itu, dan bila tidak ada,
    /// terhadap target tahunan (`skp evaluate`, N111). Target untuk `2025-TW2` pada SKP 2026
    /// (tersalin dari rencana tahun lalu) atau untuk `2026-05` pada SKP triwulanan tidak pernah
    /// dipakai: evaluasinya diam-diam diukur dengan target lain.
    ///
    /// ## Contoh
    /// SKP `tahun: 2026` dengan `target_periodik: { 2025-TW1: 1, 2025-TW2: 2 }`: tulis
    /// `2026-TW1` dan `2026-TW2`.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan T108 -- alasan`.
    code: "T108",
    name: "periodic-target-outside-grid",
    level: Warning,
    summary: ("Target periodik untuk periode yang tidak dievaluasi", "Periodic target for a period that is not evaluated"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<crate::diag::Diagnostic>) {
    for c in indicators(cx.ws) {
        // Judged against a period outside its own year (F014), the year itself would be no
        // evaluation.
        if c.skp.period_leaves_year() {
            continue;
        }
        let grid = c.skp.grid(cx.ws.config.workspace.evaluation);
        let periodik = c.iki.target_periodik.iter().flat_map(|p| p.iter());
        for (periode, _) in periodik.filter(|(p, _)| !c.skp.evaluates(grid, p.value)) {
            let expected: Vec<String> = c
                .skp
                .evaluations(grid)
                .iter()
                .map(ToString::to_string)
                .collect();
            out.push(
                c.diag(
                    RULE.code,
                    periode.span,
                    Msg::TPeriodicOutside {
                        periode: periode.value.to_string(),
                        skp: c.skp.resolved_id.value.clone(),
                    },
                )
                .arg("periode", periode.value.to_string())
                .help(Msg::HelpTPeriodicOutside {
                    periode: expected.join(", "),
                }),
            );
        }
    }
}
