use super::{indicators, is_admin_format};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Indikator pada SKP administrasi/fungsional yang tidak menyebut `aspek` (kuantitas,
    /// kualitas, waktu, atau biaya).
    ///
    /// ## Mengapa
    /// Kolom Aspek adalah bagian format SKP JA/JF (Lampiran PermenPANRB 6/2022); tanpa aspek, kelengkapan
    /// ukuran sebuah RHK (S114) tidak dapat dinilai.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///       - id: IKI-1.1
    ///         teks: Jumlah modul aplikasi yang dirilis
    /// ```
    /// Benar:
    /// ```yaml
    ///       - id: IKI-1.1
    ///         aspek: kuantitas
    ///         teks: Jumlah modul aplikasi yang dirilis
    /// ```
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan S117 -- alasan`.
    code: "S117",
    name: "indicator-without-aspect",
    level: Warning,
    summary: ("Indikator JA/JF tanpa aspek", "Administrative/functional indicator without aspek"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for cx in indicators(ws) {
        if !is_admin_format(cx.skp)
            || cx.iki.aspek.is_some()
            || cx.iki.unreadable.contains(&"aspek")
        {
            continue;
        }
        out.push(
            cx.diag(RULE.code, cx.iki.id.span, Msg::SIkiAspek)
                .help(Msg::HelpSIkiAspek),
        );
    }
}
