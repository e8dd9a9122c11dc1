use super::at_reference;
use crate::cascade::Unresolved;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// `intervensi` yang ditandai eksternal — `intervensi: { ref: 1971…/RHK-2, eksternal: true }`
    /// — yaitu hasil kerja atasan yang dokumennya disimpan di repositori lain (instansi atau
    /// unit lain, atau SKP atasan yang tidak dikelola di sini). Bila dokumen itu ternyata ada di
    /// ruang kerja ini, referensinya diperiksa seperti biasa (K102 dan seterusnya).
    ///
    /// ## Mengapa
    /// Referensi itu tidak dapat diselesaikan di ruang kerja ini, sehingga K102 dan K106 tidak
    /// memeriksanya; temuan info ini menyatakan sekali, di tempatnya, bahwa keselarasannya
    /// belum diperiksa oleh skp dan perlu dicek di repositori tempat dokumen itu berada.
    ///
    /// ## Contoh
    /// ```yaml
    /// intervensi:
    ///   - { ref: 197106121996031002/RHK-2, eksternal: true, cara: langsung }
    /// ```
    ///
    /// ## Pengaturan
    /// Sebagai info tidak menggagalkan `check`; matikan dengan `[rules] ignore = ["K117"]` bila
    /// referensi eksternal memang lazim di repositori ini.
    code: "K117",
    name: "reference-external",
    level: Info,
    summary: ("intervensi eksternal tidak diperiksa di ruang kerja ini", "External intervensi not checked in this workspace"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for r in &cx.cascade().references {
        if let Err(Unresolved::External) = &r.result {
            out.push(
                at_reference(
                    ws,
                    r,
                    RULE.code,
                    Msg::KExternal {
                        reference: r.text.clone(),
                    },
                )
                .help(Msg::HelpKExternal),
            );
        }
    }
}
