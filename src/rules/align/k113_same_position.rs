use crate::model::vocab::JenisJabatan;
use std::collections::{BTreeMap, BTreeSet};

use crate::cascade::{Origin, Target};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Pegawai dengan jabatan (dan jenjang) yang sama di bawah atasan yang sama (penilai, atau
    /// `atasan_kinerja`) pada tahun yang sama, yang mengintervensi hasil kerja atasan yang
    /// berbeda. Temuan dilaporkan pada pegawai yang berbeda dari kebanyakan rekannya: sebagai
    /// peringatan untuk jabatan fungsional yang sama jenjangnya, dan hanya sebagai info untuk
    /// jabatan lain — sejak PermenPANRB 45/2022 menyederhanakan nama jabatan pelaksana ("Penata
    /// Layanan Operasional", "Pengadministrasi Perkantoran"), pekerjaan yang berbeda di bawah
    /// nama jabatan yang sama adalah hal biasa.
    ///
    /// ## Mengapa
    /// Kesalahan umum no. 3 menurut pelatih SKP: staf dengan jabatan sama mengintervensi RHK
    /// atasan yang berbeda. Jabatan yang sama memegang peran hasil yang sama dalam Matriks
    /// Peran Hasil.
    ///
    /// ## Contoh
    /// Dua Penata Layanan Operasional di bawah Kepala Bidang yang sama: satu mengintervensi
    /// RHK-1 dan RHK-2, yang lain RHK-3.
    ///
    /// ## Pengaturan
    /// Bila pembagian peran memang berbeda, kecualikan di tempat pada baris `jabatan`:
    /// `# skp: abaikan K113 -- pembagian tugas per loket`.
    code: "K113",
    name: "same-position-different-results",
    level: Warning,
    summary: ("Jabatan sama di bawah atasan sama mengintervensi hasil berbeda", "Same position under the same superior serves different results"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let c = cx.cascade();
    let mut served: BTreeMap<usize, BTreeSet<(usize, usize)>> = BTreeMap::new();
    for r in &c.references {
        if let (Origin::Intervensi { doc, .. }, Ok(Target::Skp { doc: td, rhk, .. })) =
            (r.origin, &r.result)
        {
            served.entry(doc).or_default().insert((*td, *rhk));
        }
    }
    // (superior, position, year) → members with what they serve.
    let mut groups: BTreeMap<(String, String, i32), Vec<usize>> = BTreeMap::new();
    for (i, _) in ws.docs.iter().enumerate() {
        let Some(s) = ws.skp_at(i) else { continue };
        let sup = s
            .atasan_kinerja
            .as_ref()
            .map(|n| n.value.as_str())
            .or(s.pejabat_penilai.known_nip())
            .map(str::to_string);
        let Some(sup) = sup else { continue };
        if !served.contains_key(&i) {
            continue;
        }
        // Functional posts of one title and level share one role; other titles (since
        // PermenPANRB 45/2022, "Penata Layanan Operasional" covers very different work) may not.
        let jenjang = s
            .pegawai
            .jenjang
            .as_ref()
            .map(|j| format!("{:?}", j.value))
            .unwrap_or_default();
        let position = format!(
            "{}|{}",
            super::normalized(&s.pegawai.jabatan.value),
            jenjang
        );
        groups
            .entry((sup, position, s.tahun.value))
            .or_default()
            .push(i);
    }
    for members in groups.values_mut() {
        if members.len() < 2 {
            continue;
        }
        // By SKP id, not by path: moving a folder must not change who is "the odd one".
        members.sort_by_key(|&m| ws.skp_at(m).map(|s| s.resolved_id.value.clone()));
        let sets: Vec<&BTreeSet<(usize, usize)>> = members.iter().map(|m| &served[m]).collect();
        // The most common set is the group's norm; ties go to the first member.
        let norm = sets
            .iter()
            .max_by_key(|s| {
                (
                    sets.iter().filter(|t| t == s).count(),
                    std::cmp::Reverse(sets.iter().position(|t| t == *s)),
                )
            })
            .copied();
        let Some(norm) = norm else { continue };
        let Some(&norm_member) = members
            .iter()
            .zip(&sets)
            .find(|(_, s)| **s == norm)
            .map(|(m, _)| m)
        else {
            continue;
        };
        for (&m, set) in members.iter().zip(&sets) {
            if *set == norm {
                continue;
            }
            let (Some(s), Some(other)) = (ws.skp_at(m), ws.skp_at(norm_member)) else {
                continue;
            };
            let fungsional = s.pegawai.jenis_jabatan.value == JenisJabatan::Fungsional
                && other.pegawai.jenis_jabatan.value == JenisJabatan::Fungsional;
            let (jabatan, rekan) = (
                s.pegawai.jabatan.value.clone(),
                other.pegawai.nama.value.clone(),
            );
            let msg = if fungsional {
                Msg::KSamePosition { jabatan, rekan }
            } else {
                Msg::KSamePositionOther { jabatan, rekan }
            };
            out.push(
                Diagnostic::new(RULE.code, ws.docs[m].file, s.pegawai.jabatan.span, msg)
                    .advisory(!fungsional)
                    .arg("rekan", other.resolved_id.value.as_str())
                    .subject(&s.resolved_id.value, None)
                    .help(Msg::HelpKSamePosition)
                    .related(
                        ws.docs[norm_member].file,
                        other.pegawai.jabatan.span,
                        Msg::KColleague,
                    ),
            );
        }
    }
}
