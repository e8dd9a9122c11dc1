use super::{is_admin_format, results};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Indikator pada SKP JPT (atau Pimpinan Unit Kerja Mandiri, `format: jpt`) yang tidak
    /// memiliki `perspektif`.
    ///
    /// ## Mengapa
    /// Format SKP JPT memuat kolom Perspektif — Penerima Layanan, Proses Bisnis, Penguatan
    /// Internal, Anggaran — sebagai pengganti aspek (Anak Lampiran PermenPANRB 6/2022,
    /// format SKP JPT).
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///       - id: IKI-1.1
    ///         teks: Indeks SPBE Pemerintah Kota
    ///         target: 3,1
    /// ```
    /// Benar:
    /// ```yaml
    ///       - id: IKI-1.1
    ///         perspektif: proses_bisnis
    ///         teks: Indeks SPBE Pemerintah Kota
    ///         target: 3,1
    /// ```
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan S115 -- alasan`.
    code: "S115",
    name: "jpt-missing-perspektif",
    level: Warning,
    summary: ("Indikator JPT tanpa perspektif", "JPT indicator without perspektif"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    // One finding per RHK: one missing column is one thing to fix, not one per indicator.
    for (doc, skp, rhk) in results(ws) {
        if is_admin_format(skp) {
            continue;
        }
        let missing: Vec<&str> = rhk
            .indikator
            .iter()
            .filter(|i| i.perspektif.is_none() && !i.unreadable.contains(&"perspektif"))
            .map(|i| i.id.value.as_str())
            .collect();
        let Some(first) = missing.first() else {
            continue;
        };
        let span = rhk
            .indikator
            .iter()
            .find(|i| i.id.value == *first)
            .map_or(rhk.id.span, |i| i.id.span);
        out.push(
            Diagnostic::new(
                RULE.code,
                doc.file,
                span,
                Msg::SJptPerspektif {
                    iki: missing.join(", "),
                },
            )
            .subject(&skp.resolved_id.value, Some(&rhk.id.value))
            .arg("iki", missing.clone())
            .help(Msg::HelpSJptPerspektif),
        );
    }
}
