use super::evaluations;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::convert::did_you_mean;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Berkas `Realisasi` yang `skp:`-nya tidak menyebut SKP mana pun di ruang kerja.
    ///
    /// ## Mengapa
    /// Evaluasi selalu mengukur rencana yang disepakati; tanpa SKP-nya, realisasi tidak dapat
    /// dibandingkan dengan target dan tidak ada yang dapat diperiksa darinya.
    ///
    /// ## Contoh
    /// `skp: 199001012015032001-2025` pada ruang kerja yang hanya memuat SKP 2026.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan N101 -- alasan`.
    code: "N101",
    name: "realisasi-unknown-skp",
    level: Error,
    summary: ("Realisasi untuk SKP yang tidak ada", "Evaluation of an SKP that is not in the workspace"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ids: Vec<&str> = cx.cascade().skp_by_id.keys().map(String::as_str).collect();
    for e in evaluations(cx) {
        if e.skp.is_some() {
            continue;
        }
        let skp = &e.realisasi.skp;
        let mut d = Diagnostic::new(
            RULE.code,
            e.doc.file,
            skp.span,
            Msg::NUnknownSkp {
                skp: skp.value.clone(),
            },
        )
        .subject(&skp.value, None)
        .arg("skp", skp.value.as_str());
        // The plan beside it did not load: another year's id is no suggestion then.
        if let Some(file) = cx.ws.unreadable_skps_beside(e.doc.file).first() {
            d = d.help(Msg::HelpSkpMaybeUnreadable {
                file: file.to_string(),
            });
        } else if let Some(s) = did_you_mean(&skp.value, &ids) {
            d = d.help(Msg::HelpDidYouMean {
                suggestion: s.to_string(),
            });
        }
        out.push(d);
    }
}
