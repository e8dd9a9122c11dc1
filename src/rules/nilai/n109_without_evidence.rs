use std::collections::HashSet;

use super::evaluations;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Realisasi atau umpan balik sebuah indikator pada `Realisasi` padahal buku catatan bukti
    /// SKP itu tidak memuat satu pun bukti untuk indikator tersebut (atau RHK-nya) pada periode
    /// yang dievaluasi.
    ///
    /// ## Mengapa
    /// PermenPANRB 6/2022 menetapkan realisasi dan umpan balik disampaikan **berdasarkan bukti
    /// dukung**. Realisasi tanpa bukti tidak dapat diperiksa pejabat penilai maupun auditor.
    ///
    /// ## Contoh
    /// `IKI-1.1: { realisasi: 3 modul }` untuk 2026-TW1, sementara buku catatan bukti kosong
    /// untuk IKI-1.1 pada triwulan itu: catat buktinya dengan `skp evidence add … --for IKI-1.1
    /// --period 2026-TW1`.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan N109 -- alasan`.
    code: "N109",
    name: "realisasi-without-evidence",
    level: Warning,
    summary: ("Realisasi tanpa bukti dukung pada periodenya", "Realisation with no evidence for its period"),
    needs: [Cascade, Evidence],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let evidence = cx.facts.evidence();
    for e in evaluations(cx) {
        let (Some(skp), Some(hasil)) = (e.skp, &e.realisasi.hasil_kerja) else {
            continue;
        };
        let periode = e.realisasi.periode.value;
        // What the ledgers of this SKP hold evidence for in this period.
        let covered: HashSet<&str> = evidence
            .checked
            .iter()
            .filter(|c| c.skp == skp.resolved_id.value && c.entry.periode.within(periode))
            .flat_map(|c| c.entry.untuk.iter().map(String::as_str))
            .collect();
        for (key, v) in hasil.iter() {
            if v.value.realisasi.is_none() && v.value.umpan_balik.is_none() {
                continue;
            }
            let rhk = skp
                .indicators()
                .find(|(_, i)| i.id.value == key.value)
                .map(|(r, _)| r.id.value.as_str());
            // An id the SKP does not have is N102's.
            let is_rhk = skp.hasil_kerja.iter().any(|r| r.id.value == key.value);
            if rhk.is_none() && !is_rhk {
                continue;
            }
            if covered.contains(key.value.as_str()) || rhk.is_some_and(|r| covered.contains(r)) {
                continue;
            }
            out.push(
                Diagnostic::new(
                    RULE.code,
                    e.doc.file,
                    key.span,
                    Msg::NWithoutEvidence {
                        id: key.value.clone(),
                        periode: periode.to_string(),
                    },
                )
                .subject(&skp.resolved_id.value, Some(&key.value))
                .arg("periode", periode.to_string())
                .help(Msg::HelpNWithoutEvidence {
                    skp: skp.resolved_id.value.clone(),
                    id: key.value.clone(),
                    periode: periode.to_string(),
                }),
            );
        }
    }
}
