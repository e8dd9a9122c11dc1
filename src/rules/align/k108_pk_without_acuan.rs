use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::Content;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Sasaran Perjanjian Kinerja tanpa `acuan` ke Renstra.
    ///
    /// ## Mengapa
    /// Perjanjian Kinerja menjabarkan Renstra untuk satu tahun (Perpres 29/2014 tentang
    /// SAKIP); sasaran PK yang tidak mengacu Renstra tidak dapat ditelusuri ke tujuan
    /// organisasi.
    ///
    /// ## Contoh
    /// Benar:
    /// ```yaml
    ///   - id: S1
    ///     uraian: Meningkatnya kualitas layanan publik berbasis elektronik
    ///     acuan: [RENSTRA-DISKOMINFO/SS1]
    /// ```
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan K108 -- alasan`.
    code: "K108",
    name: "pk-without-acuan",
    level: Warning,
    summary: ("Sasaran PK tanpa acuan Renstra", "PK sasaran without acuan to the Renstra"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    // Real PKs rarely cite Renstra ids; without a Renstra in the workspace there is nothing to
    // cite, so the finding is only a reminder.
    let has_renstra = ws
        .docs
        .iter()
        .any(|d| matches!(d.content, Content::Renstra(_)));
    for doc in &ws.docs {
        let Content::PerjanjianKinerja(pk) = &doc.content else {
            continue;
        };
        for s in pk.sasaran.iter() {
            if s.acuan.as_ref().is_some_and(|a| !a.is_empty()) {
                continue;
            }
            out.push(
                Diagnostic::new(
                    RULE.code,
                    doc.file,
                    s.id.span,
                    Msg::KPkWithoutAcuan {
                        sasaran: s.id.value.clone(),
                    },
                )
                .subject(&pk.id.value, Some(&s.id.value))
                .advisory(!has_renstra)
                .help(if has_renstra {
                    Msg::HelpKPkWithoutAcuan
                } else {
                    Msg::HelpKPkNoRenstra
                }),
            );
        }
    }
}
