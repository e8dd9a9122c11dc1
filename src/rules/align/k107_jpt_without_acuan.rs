use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::vocab::FormatSkp;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// RHK pada SKP JPT (atau Pimpinan Unit Kerja Mandiri) tanpa `acuan` ke Perjanjian
    /// Kinerja/Renstra.
    ///
    /// ## Mengapa
    /// Hasil kerja utama JPT berasal dari Perjanjian Kinerja, dengan memperhatikan Renstra dan
    /// RKT (format SKP JPT, PermenPANRB 6/2022). Tanpa `acuan`, rantai keselarasan putus di
    /// puncaknya.
    ///
    /// ## Contoh
    /// Benar:
    /// ```yaml
    ///   - id: RHK-1
    ///     jenis: utama
    ///     rhk: Meningkatnya kualitas layanan publik berbasis elektronik
    ///     acuan: [PK-2026-DISKOMINFO/S1]
    /// ```
    ///
    /// ## Pengaturan
    /// Hasil kerja tambahan dari penugasan pimpinan dapat dikecualikan:
    /// `# skp: abaikan K107 -- penugasan Wali Kota`.
    code: "K107",
    name: "jpt-without-acuan",
    level: Error,
    summary: ("RHK JPT tanpa acuan PK/Renstra", "JPT RHK without acuan"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for (doc, skp) in ws.skps() {
        if skp.format() != FormatSkp::Jpt {
            continue;
        }
        for rhk in skp.hasil_kerja.iter() {
            if rhk.acuan.as_ref().is_some_and(|a| !a.is_empty()) {
                continue;
            }
            out.push(
                Diagnostic::new(
                    RULE.code,
                    doc.file,
                    rhk.id.span,
                    Msg::KJptWithoutAcuan {
                        rhk: rhk.id.value.clone(),
                    },
                )
                .subject(&skp.resolved_id.value, Some(&rhk.id.value))
                .help(Msg::HelpKJptWithoutAcuan),
            );
        }
    }
}
