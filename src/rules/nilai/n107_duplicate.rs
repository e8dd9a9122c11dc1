use std::collections::HashMap;

use super::evaluations;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Dua berkas `Realisasi` untuk SKP dan periode yang sama.
    ///
    /// ## Mengapa
    /// Setiap periode dievaluasi sekali; dua evaluasi yang berbeda isi membuat tidak jelas mana
    /// yang berlaku, dan dokumen evaluasi yang dicetak bergantung pada urutan berkas.
    ///
    /// ## Contoh
    /// `realisasi-2026-tw1.yaml` dan `realisasi-tw1-revisi.yaml`, keduanya `periode: 2026-TW1`:
    /// gabungkan, dan biarkan git menyimpan riwayat revisinya.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan N107 -- alasan`.
    code: "N107",
    name: "realisasi-duplicate",
    level: Error,
    summary: ("Dua realisasi untuk SKP dan periode yang sama", "Two evaluations of one SKP and period"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let mut first: HashMap<(String, String), &crate::model::Doc> = HashMap::new();
    let mut evals = evaluations(cx);
    // In file order, so "the first" is stable.
    evals.sort_by(|a, b| ws.rel(a.doc.file).cmp(ws.rel(b.doc.file)));
    for e in evals {
        let key = (
            e.realisasi.skp.value.clone(),
            e.realisasi.periode.value.to_string(),
        );
        match first.get(&key) {
            None => {
                first.insert(key, e.doc);
            }
            Some(earlier) => {
                let earlier_span = match &earlier.content {
                    crate::model::Content::Realisasi(r) => r.periode.span,
                    _ => e.realisasi.periode.span,
                };
                out.push(
                    Diagnostic::new(
                        RULE.code,
                        e.doc.file,
                        e.realisasi.periode.span,
                        Msg::NDuplicate {
                            skp: key.0.clone(),
                            periode: key.1.clone(),
                        },
                    )
                    .subject(&key.0, None)
                    .arg("periode", key.1.as_str())
                    .help(Msg::HelpNDuplicate)
                    .related(earlier.file, earlier_span, Msg::FirstWrittenHere),
                );
            }
        }
    }
}
