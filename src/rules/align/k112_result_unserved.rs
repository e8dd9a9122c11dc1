use std::collections::HashSet;

use crate::cascade::Target;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::declare_rule;
use crate::workspace::Workspace;

declare_rule! {
    /// ## Apa yang diperiksa
    /// RHK utama seorang atasan (pegawai yang menjadi Pejabat Penilai atau `atasan_kinerja` bagi
    /// orang lain di ruang kerja) yang tidak diintervensi oleh satu pun RHK bawahannya.
    ///
    /// ## Mengapa
    /// Matriks Peran Hasil membagi setiap hasil pimpinan kepada bawahan. Hasil yang tidak
    /// dilayani siapa pun dikerjakan pimpinan sendiri — wajar untuk sebagian hasil, karena
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
    summary: ("RHK atasan yang tidak dilayani bawahan mana pun", "Superior RHK no subordinate serves"),
    check: Some(check),
}

/// Who is somebody's superior: NIPs others name as `atasan_kinerja` (or penilai), and SKPs
/// named as a plt/plh position's SKP. Shared with `skp tree`, which marks the same gaps.
pub struct Superiors<'a> {
    pub nips: HashSet<&'a str>,
    pub positions: HashSet<&'a str>,
}

pub fn superiors(ws: &Workspace) -> Superiors<'_> {
    let mut nips = HashSet::new();
    let mut positions = HashSet::new();
    for (_, s) in ws.skps() {
        if let Some(a) = &s.atasan_kinerja {
            nips.insert(a.value.as_str());
        } else if let Some(n) = &s.pejabat_penilai.nip {
            nips.insert(n.value.as_str());
        }
        if let Some(p) = &s.pejabat_penilai.skp {
            positions.insert(p.value.as_str());
        }
    }
    Superiors { nips, positions }
}

fn check(ws: &Workspace, out: &mut Vec<Diagnostic>) {
    let c = ws.cascade();
    let Superiors {
        nips: superiors,
        positions,
    } = superiors(ws);
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
        if !superiors.contains(s.nip()) && !positions.contains(s.resolved_id.value.as_str()) {
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
