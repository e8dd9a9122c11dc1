use super::evaluations;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::convert::did_you_mean;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Kunci `hasil_kerja` pada `Realisasi` yang bukan id indikator (atau RHK) SKP yang
    /// dievaluasi, misalnya `IKI-9.9` pada SKP yang indikatornya berhenti di `IKI-3.2`.
    ///
    /// ## Mengapa
    /// Realisasi dicatat per indikator yang disepakati; realisasi untuk indikator yang tidak
    /// ada tidak dapat dibandingkan dengan target mana pun, dan realisasi indikator yang
    /// dimaksud tetap kosong.
    ///
    /// ## Contoh
    /// ```yaml
    /// hasil_kerja:
    ///   IKI-1.1: { realisasi: 4 }
    ///   IKI-9.9: { realisasi: 2 }   # SKP ini tidak punya IKI-9.9
    /// ```
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan N102 -- alasan`.
    code: "N102",
    name: "realisasi-unknown-indicator",
    level: Error,
    summary: ("Realisasi untuk indikator yang tidak ada di SKP", "Evaluation of an indicator the SKP does not have"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    for e in evaluations(cx) {
        let (Some(skp), Some(hasil)) = (e.skp, &e.realisasi.hasil_kerja) else {
            continue;
        };
        let ids = skp.ids();
        for (key, _) in hasil.iter() {
            if ids.contains(&key.value.as_str()) {
                continue;
            }
            let mut d = Diagnostic::new(
                RULE.code,
                e.doc.file,
                key.span,
                Msg::NUnknownIndicator {
                    id: key.value.clone(),
                    skp: skp.resolved_id.value.clone(),
                },
            )
            .subject(&skp.resolved_id.value, Some(&key.value))
            .arg("id", key.value.as_str());
            if let Some(s) = did_you_mean(&key.value, &ids) {
                d = d.help(Msg::HelpDidYouMean {
                    suggestion: s.to_string(),
                });
            }
            out.push(d);
        }
    }
}
