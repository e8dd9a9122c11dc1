use super::evaluations;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// `dinilai_oleh` pada `Realisasi` yang bukan NIP pejabat penilai SKP-nya (termasuk penilai
    /// berstatus plt atau plh yang tertulis di SKP).
    ///
    /// ## Mengapa
    /// Evaluasi kinerja ditetapkan oleh pejabat penilai kinerja (PermenPANRB 6/2022); evaluasi
    /// oleh orang lain tidak sah, dan sering menandakan SKP yang belum diperbarui setelah
    /// pergantian atasan.
    ///
    /// ## Contoh
    /// SKP dengan `pejabat_penilai.nip: "198005152005011002"`, realisasi dengan
    /// `dinilai_oleh: "197406121999031002"`: perbarui penilai di SKP (dengan `sebagai: plt`
    /// bila pelaksana tugas), atau betulkan `dinilai_oleh`.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan N106 -- alasan`.
    code: "N106",
    name: "dinilai-oleh-not-penilai",
    level: Error,
    summary: ("Realisasi dinilai oleh yang bukan pejabat penilai", "Evaluation by someone other than the appraiser"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    for e in evaluations(cx) {
        let (Some(skp), Some(by)) = (e.skp, &e.realisasi.dinilai_oleh) else {
            continue;
        };
        let Some(penilai) = skp.pejabat_penilai.known_nip() else {
            continue;
        };
        if penilai == by.value.as_str() {
            continue;
        }
        out.push(
            Diagnostic::new(
                RULE.code,
                e.doc.file,
                by.span,
                Msg::NNotPenilai {
                    nip: by.value.as_str().to_string(),
                    penilai: penilai.to_string(),
                },
            )
            .subject(&skp.resolved_id.value, None)
            .arg("nip", by.value.as_str())
            .arg("penilai", penilai)
            .help(Msg::HelpNNotPenilai),
        );
    }
}
