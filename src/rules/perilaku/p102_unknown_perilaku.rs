use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::convert::did_you_mean;
use crate::model::vocab::{Perilaku, Vocab};
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
    /// Pengecualian di tempat: `# skp: abaikan P102 -- alasan`.
    code: "P102",
    name: "perilaku-unknown",
    level: Error,
    summary: ("Kunci perilaku kerja yang bukan nilai BerAKHLAK", "Behaviour key that is not a BerAKHLAK value"),
    check: Some(check),
}

/// Behaviour aspects of the regulations before PermenPANRB 6/2022, with the BerAKHLAK value
/// closest to each (a suggestion for the person editing, not an official mapping).
const FORMER_ASPECTS: &[(&str, &str)] = &[
    ("orientasi_pelayanan", "berorientasi_pelayanan"),
    ("komitmen", "loyal"),
    ("inisiatif_kerja", "adaptif"),
    ("inisiatif", "adaptif"),
    ("kerja_sama", "kolaboratif"),
    ("kerjasama", "kolaboratif"),
    ("kepemimpinan", "kolaboratif"),
    ("integritas", "akuntabel"),
    ("disiplin", "akuntabel"),
];

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let names: Vec<&str> = Perilaku::ALL.iter().map(|(p, _, _)| p.code()).collect();
    for (doc, skp) in cx.ws.skps() {
        let Some(pk) = &skp.perilaku_kerja else {
            continue;
        };
        for key in &pk.value.lainnya {
            let folded = key.value.to_lowercase().replace([' ', '-'], "_");
            let help = match FORMER_ASPECTS.iter().find(|(old, _)| *old == folded) {
                Some((_, value)) => Msg::HelpPFormerAspect {
                    suggestion: value.to_string(),
                },
                None => match did_you_mean(&key.value, &names) {
                    Some(s) => Msg::HelpDidYouMean {
                        suggestion: s.to_string(),
                    },
                    None => Msg::HelpAllowedValues {
                        allowed: names.join(", "),
                        suggestion: None,
                    },
                },
            };
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
                .help(help),
            );
        }
    }
}
