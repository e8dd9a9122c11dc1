use super::evaluations;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::vocab::{Perilaku, Vocab};
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Kunci `perilaku_kerja` pada `Realisasi` yang bukan salah satu dari tujuh nilai BerAKHLAK
    /// (`berorientasi_pelayanan`, `akuntabel`, `kompeten`, `harmonis`, `loyal`, `adaptif`,
    /// `kolaboratif`), misalnya `jujur`.
    ///
    /// ## Mengapa
    /// Perilaku kerja ASN dinilai menurut nilai dasar BerAKHLAK (PermenPANRB 6/2022); umpan balik
    /// di bawah kunci lain tidak akan muncul pada dokumen evaluasi.
    ///
    /// ## Contoh
    /// `perilaku_kerja: { jujur: { umpan_balik: … } }` — maksudnya barangkali `akuntabel`.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan N103 -- alasan`.
    code: "N103",
    name: "realisasi-unknown-perilaku",
    level: Error,
    summary: ("Umpan balik untuk nilai BerAKHLAK yang tidak dikenal", "Feedback for an unknown BerAKHLAK value"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let names: Vec<&str> = Perilaku::ALL.iter().map(|(_, code, _)| *code).collect();
    for e in evaluations(cx) {
        let Some(perilaku) = &e.realisasi.perilaku_kerja else {
            continue;
        };
        for (key, _) in perilaku.iter() {
            if names.contains(&key.value.as_str()) {
                continue;
            }
            let help = crate::rules::perilaku::unknown_value_help(&key.value);
            out.push(
                Diagnostic::new(
                    RULE.code,
                    e.doc.file,
                    key.span,
                    Msg::NUnknownPerilaku {
                        kunci: key.value.clone(),
                    },
                )
                .subject(&e.realisasi.skp.value, None)
                .arg("kunci", key.value.as_str())
                .help(help),
            );
        }
    }
}
