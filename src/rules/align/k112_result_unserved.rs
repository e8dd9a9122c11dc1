use std::collections::HashSet;

use crate::cascade::Target;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// RHK utama seorang atasan (pegawai yang menjadi Pejabat Penilai atau `atasan_kinerja` bagi
    /// orang lain di ruang kerja) yang tidak diintervensi oleh satu pun RHK bawahannya.
    ///
    /// ## Mengapa
    /// Matriks Peran Hasil membagi setiap hasil pimpinan kepada bawahan. Hasil yang tidak
    /// diintervensi siapa pun dikerjakan pimpinan sendiri — wajar untuk sebagian hasil, karena
    /// itu tingkatnya `info` — atau pembagian perannya terlewat.
    ///
    /// ## Contoh
    /// RHK-3 Kepala Bidang (keamanan informasi) tidak diintervensi oleh staf bidang mana pun.
    ///
    /// ## Pengaturan
    /// Jadikan peringatan bila setiap hasil harus dibagi: `[rules.level] K112 = "warning"`.
    code: "K112",
    name: "result-unserved",
    level: Info,
    summary: ("RHK atasan yang tidak diintervensi bawahan mana pun", "Superior RHK no subordinate serves"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let c = cx.cascade();
    let superiors = &c.superiors;
    let served: HashSet<(usize, usize)> = c
        .references
        .iter()
        .filter_map(|r| match &r.result {
            Ok(Target::Skp { doc, rhk, .. }) => Some((*doc, *rhk)),
            _ => None,
        })
        .collect();
    for (i, doc) in ws.docs.iter().enumerate() {
        let Some(s) = ws.skp_at(i) else { continue };
        if !superiors.contains(s.nip(), &s.resolved_id.value) {
            continue;
        }
        for (ri, rhk) in s.hasil_kerja.iter().enumerate() {
            // Tambahan results are personal assignments, not shared through the MPH.
            let tambahan = rhk
                .jenis
                .as_ref()
                .is_some_and(|j| j.value == crate::model::vocab::JenisRhk::Tambahan);
            if tambahan || served.contains(&(i, ri)) {
                continue;
            }
            out.push(
                Diagnostic::new(
                    RULE.code,
                    doc.file,
                    rhk.id.span,
                    Msg::KResultUnserved {
                        rhk: rhk.id.value.clone(),
                    },
                )
                .subject(&s.resolved_id.value, Some(&rhk.id.value))
                .help(Msg::HelpKResultUnserved),
            );
        }
    }
}
