use super::{indicators, is_admin_format};
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
    /// Pengecualian di tempat: `# skp: abaikan S115 -- alasan`.
    code: "S115",
    name: "jpt-missing-perspektif",
    level: Warning,
    summary: ("Indikator JPT tanpa perspektif", "JPT indicator without perspektif"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for cx in indicators(ws) {
        if is_admin_format(cx.skp)
            || cx.iki.perspektif.is_some()
            || cx.iki.unreadable.contains(&"perspektif")
        {
            continue;
        }
        out.push(
            cx.diag(RULE.code, cx.iki.id.span, Msg::SJptPerspektif)
                .help(Msg::HelpSJptPerspektif),
        );
    }
}
