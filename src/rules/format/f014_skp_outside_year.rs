use crate::base::codes;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// SKP yang `periode_penilaian`-nya dimulai atau berakhir di luar `tahun`-nya.
    ///
    /// ## Mengapa
    /// SKP adalah ekspektasi kinerja tahunan (PermenPANRB 6/2022 Pasal 1); periode penilaian berada di dalam satu tahun.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    /// tahun: 2026
    /// periode_penilaian: { mulai: "2026-07-01", selesai: "2027-06-30" }
    /// ```
    /// Benar:
    /// ```yaml
    /// tahun: 2026
    /// periode_penilaian: { mulai: "2026-07-01", selesai: "2026-12-31" }
    /// ```
    ///
    /// ## Pengaturan
    /// Tingkat dapat diubah di `[rules.level]`.
    code: codes::SKP_OUTSIDE_YEAR,
    name: "skp-outside-year",
    level: Error,
    summary: ("Periode penilaian melewati batas tahun SKP", "Appraisal period leaves the SKP year"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for (doc, skp) in ws.skps() {
        let Some(p) = &skp.periode_penilaian else {
            continue;
        };
        let tahun = skp.tahun.value;
        if skp.period_leaves_year() {
            out.push(
                Diagnostic::new(
                    codes::SKP_OUTSIDE_YEAR,
                    doc.file,
                    p.span,
                    Msg::SkpOutsideYear {
                        tahun,
                        mulai: p.mulai.value.to_string(),
                        selesai: p.selesai.value.to_string(),
                    },
                )
                .arg("tahun", tahun)
                .arg("mulai", p.mulai.value.to_string())
                .arg("selesai", p.selesai.value.to_string())
                .subject(&skp.resolved_id.value, None)
                .help(Msg::HelpSkpOutsideYear),
            );
        }
    }
}
