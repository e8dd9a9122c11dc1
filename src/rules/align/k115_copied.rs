use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::skp::Skp;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// SKP yang disalin: himpunan RHK dan indikator yang sama persis (setelah huruf besar,
    /// spasi, dan tanda baca disamakan) dengan SKP pegawai lain yang **berbeda jabatan dan
    /// berbeda unit kerja**, atau dengan SKP pegawai yang sama pada tahun sebelumnya. Rekan
    /// dengan jabatan sama di unit yang sama wajar memiliki SKP serupa dan tidak ditandai.
    ///
    /// ## Mengapa
    /// SKP yang disalin dari rekan atau dari tahun lalu adalah keluhan yang sering muncul:
    /// SKP menjadi formalitas (domain pengelolaan kinerja). Temuan ini `info`: hanya penilai
    /// yang tahu apakah kesamaannya wajar.
    ///
    /// ## Contoh
    /// SKP 2026 seorang analis sama kata demi kata dengan SKP 2025-nya.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat pada baris pertama dokumen: `# skp: abaikan K115 -- alasan`.
    code: "K115",
    name: "copied-skp",
    level: Info,
    summary: ("SKP sama persis dengan SKP rekan lain jabatan atau tahun lalu", "SKP identical to a colleague's in another position or last year's"),
    check: Some(check),
}

/// Hash of the normalised RHK and indicator texts, order-independent.
fn fingerprint(s: &Skp) -> Option<u64> {
    let norm = |t: &str| {
        t.to_lowercase()
            .split(|c: char| !c.is_alphanumeric() && c != '%')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut texts: Vec<String> = s
        .hasil_kerja
        .iter()
        .flat_map(|r| {
            std::iter::once(norm(&r.rhk.value))
                .chain(r.indikator.iter().map(|i| norm(&i.teks.value)))
        })
        .filter(|t| !t.is_empty())
        .collect();
    if texts.len() < 2 {
        return None;
    }
    texts.sort();
    let mut h = DefaultHasher::new();
    texts.hash(&mut h);
    Some(h.finish())
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let mut by_print: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, _) in ws.docs.iter().enumerate() {
        if let Some(f) = ws.skp_at(i).and_then(fingerprint) {
            by_print.entry(f).or_default().push(i);
        }
    }
    let mut groups: Vec<Vec<usize>> = by_print.into_values().filter(|g| g.len() > 1).collect();
    groups.sort();
    for mut g in groups {
        // Order by year and id, not by path, so that moving a folder changes nothing.
        g.sort_by_key(|&i| {
            ws.skp_at(i)
                .map(|s| (s.tahun.value, s.resolved_id.value.clone()))
        });
        // One person by NIP; two plans of unknown NIP are not known to be one person's.
        let one_person = |a: &crate::model::skp::Skp, b: &crate::model::skp::Skp| {
            a.nip().is_some() && a.nip() == b.nip()
        };
        for (k, &i) in g.iter().enumerate() {
            let Some(s) = ws.skp_at(i) else { continue };
            // The first earlier SKP this one copies.
            let original = g[..k].iter().copied().find(|&j| {
                ws.skp_at(j).is_some_and(|o| {
                    let same_person = one_person(o, s);
                    let other_year = o.tahun.value != s.tahun.value;
                    let stranger = super::normalized(&o.pegawai.jabatan.value)
                        != super::normalized(&s.pegawai.jabatan.value)
                        && super::normalized(&o.pegawai.unit_kerja.value)
                            != super::normalized(&s.pegawai.unit_kerja.value);
                    (same_person && other_year) || (!same_person && stranger)
                })
            });
            let Some(j) = original else { continue };
            let Some(o) = ws.skp_at(j) else { continue };
            let msg = if one_person(o, s) {
                Msg::KCopiedYear {
                    tahun: o.tahun.value,
                }
            } else {
                Msg::KCopiedColleague {
                    nama: o.pegawai.nama.value.clone(),
                    jabatan: o.pegawai.jabatan.value.clone(),
                }
            };
            out.push(
                Diagnostic::new(RULE.code, ws.docs[i].file, s.resolved_id.span, msg)
                    .arg("sama_dengan", o.resolved_id.value.as_str())
                    .subject(&s.resolved_id.value, None)
                    .help(Msg::HelpKCopied)
                    .related(ws.docs[j].file, o.resolved_id.span, Msg::KOriginal),
            );
        }
    }
}
