use super::{at_reference, doc_id};
use crate::cascade::{Origin, Unresolved};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// `intervensi` yang menunjuk dokumen organisasi (Renstra, PK), atau `acuan` yang menunjuk
    /// SKP seseorang.
    ///
    /// ## Mengapa
    /// `intervensi` menyatakan hasil kerja **orang** yang diintervensi (RHK atau IKI atasan);
    /// `acuan` menyatakan entri **organisasi** (sasaran/indikator PK atau Renstra).
    /// Tertukarnya keduanya membuat rantai keselarasan terbaca salah.
    ///
    /// ## Contoh
    /// Salah: `intervensi: PK-2026-APTIKA/S1`. Benar: `acuan: [PK-2026-APTIKA/S1]`.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan K116 -- alasan`.
    code: "K116",
    name: "reference-wrong-kind",
    level: Error,
    summary: ("intervensi ke dokumen organisasi atau acuan ke SKP", "intervensi to an organisation document or acuan to an SKP"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for r in &cx.cascade().references {
        let Err(Unresolved::WrongKind { doc }) = &r.result else {
            continue;
        };
        let msg = match r.origin {
            Origin::Intervensi { .. } => Msg::KIntervensiToOrg {
                doc: doc_id(ws, *doc),
            },
            _ => Msg::KAcuanToSkp {
                doc: doc_id(ws, *doc),
            },
        };
        out.push(at_reference(ws, r, RULE.code, msg).help(Msg::HelpKWrongKind));
    }
}
