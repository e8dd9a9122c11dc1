use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Kunci di bawah `perilaku_kerja` SKP yang bukan salah satu dari tujuh nilai BerAKHLAK —
    /// salah ketik (`akuntable`), atau aspek perilaku aturan lama: PermenPANRB 8/2021
    /// (orientasi pelayanan, komitmen, inisiatif kerja, kerja sama, kepemimpinan) dan
    /// PP 46/2011 (integritas, disiplin). Pesan menyarankan nilai yang dimaksud.
    ///
    /// ## Mengapa
    /// Sejak PermenPANRB 6/2022 perilaku kerja dinilai menurut nilai dasar BerAKHLAK. SKP yang
    /// disalin dari format lama masih memuat aspek lama; ekspektasi di bawah kunci itu tidak
    /// tercetak pada formulir dan tidak dinilai.
    ///
    /// ## Contoh
    /// Salah: `perilaku_kerja: { orientasi_pelayanan: {}, kerja_sama: {} }`.
    /// Benar: `perilaku_kerja: { berorientasi_pelayanan: {}, kolaboratif: {} }` (dan lima
    /// nilai lainnya).
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan P102 -- alasan`.
    code: "P102",
    name: "perilaku-unknown",
    level: Error,
    summary: ("Kunci perilaku kerja yang bukan nilai BerAKHLAK", "Behaviour key that is not a BerAKHLAK value"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    for (doc, skp) in cx.ws.skps() {
        let Some(pk) = &skp.perilaku_kerja else {
            continue;
        };
        for key in &pk.value.lainnya {
            out.push(
                Diagnostic::new(
                    RULE.code,
                    doc.file,
                    key.span,
                    Msg::PUnknownPerilaku {
                        kunci: key.value.clone(),
                    },
                )
                .subject(&skp.resolved_id.value, None)
                .arg("kunci", key.value.as_str())
                .help(super::unknown_value_help(&key.value)),
            );
        }
    }
}
